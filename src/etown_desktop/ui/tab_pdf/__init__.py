"""A whole tab as a paginated vector document (PDF, print, print preview)."""
