"""Kurva distribusi predikat kinerja (S000 3.2.2, domain.md §6)."""
