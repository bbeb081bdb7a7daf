"""Office documents (Qt-free): stories as PowerPoint decks with native charts (python-pptx), briefs and
tables as Word documents (python-docx). Every number keeps its qualifier and its source line."""
