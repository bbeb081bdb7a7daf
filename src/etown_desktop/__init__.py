"""E-Town Investor Desktop: an offline fact book of Beijing E-Town for investment-promotion staff."""

__version__ = "0.1.0"
