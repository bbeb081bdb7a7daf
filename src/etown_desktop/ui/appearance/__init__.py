"""View → Appearance (System / Light / Dark / High contrast): the menu, the stored choice and the
live switch. The colour sets themselves are Qt-free, in core/appearance."""
