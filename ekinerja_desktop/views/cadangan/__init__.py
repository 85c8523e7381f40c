"""Cadangkan sekarang and Pulihkan dari cadangan: the action, the dialog, the restart."""
