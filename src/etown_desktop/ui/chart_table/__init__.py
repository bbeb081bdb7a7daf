"""The "Table" toggle on every chart: its figures as a sorted table, with copy and export."""
