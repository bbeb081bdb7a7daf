"""Sector profiles: one page per industry the sources know, built from the database (Qt-free)."""

from __future__ import annotations

from etown_desktop.core.profiles.definitions import PROFILES, ZONE_PROFILE, profile_ids
from etown_desktop.core.profiles.profile import Profile, ProfileFigure, build_profile, build_profiles

__all__ = ["PROFILES", "ZONE_PROFILE", "Profile", "ProfileFigure", "build_profile",
           "build_profiles", "profile_ids"]
