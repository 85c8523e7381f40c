"""Capaian kinerja organisasi (S003 2.5)."""
