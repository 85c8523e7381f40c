"""Keberatan atas predikat kinerja (S003 2.7, domain.md §7)."""
