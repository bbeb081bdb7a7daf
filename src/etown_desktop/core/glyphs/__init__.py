"""Which characters the bundled font can draw, without Qt or a font library (the import
validation runs in the Qt-free core)."""
