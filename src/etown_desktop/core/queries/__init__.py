"""Queries that scale: the derived list tables the build writes (search text and sort keys per row)
and the paged, filtered, sorted reads of them that the large tables on screen are served from."""
