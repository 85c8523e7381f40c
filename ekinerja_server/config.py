"""Settings of one server process: where the database is and where to listen."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "ekinerja-server"
DEFAULT_HOST = "127.0.0.1"  # loopback: exposing the server is a deliberate choice (--host 0.0.0.0)
DEFAULT_PORT = 8470


def default_database_url() -> str:
    """A SQLite file in the user's data folder, so `ekinerja-server serve` works with no set-up."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{folder / 'server.db'}"


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=default_database_url)
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
