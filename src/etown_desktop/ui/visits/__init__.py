"""The booth report: the visit statistics as a one-page PDF with charts, and the Help dialog."""
