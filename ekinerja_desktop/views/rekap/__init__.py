"""Rekap penilaian bawahan (S000 3.2.2)."""
