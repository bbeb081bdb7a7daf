"""The data behind a chart as a sorted table (title, units, qualifiers, sources) — Qt-free."""
