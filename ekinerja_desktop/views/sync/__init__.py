"""Sync screens: sign-in dialog, status-bar indicator, Sinkronisasi page, Konflik list."""
