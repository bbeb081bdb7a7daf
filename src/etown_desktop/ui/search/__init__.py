"""The one search box (Ctrl+K): results grouped by kind; Enter jumps to the item and highlights it."""
