"""Benchmarks of ekinerja-desktop (`make bench`); figures are printed, never asserted in tests."""
