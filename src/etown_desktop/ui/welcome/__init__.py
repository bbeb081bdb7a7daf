"""First start: the welcome dialog (language, where numbers come from), reopenable from Help."""
