"""The live language switch: English / 简体中文 without a restart, remembered for the next start."""
