"""The Profiles tab: one page per sector, and two profiles side by side."""
