"""Data editions: imported fact databases in the user's data folder, the two ways in (edition
pack and Excel workbook), one validation engine, the change preview and the safe switch."""
