"""Settings of one server process: where the database is and where to listen."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from sqlalchemy import make_url

from ekinerja_desktop.domain.penilaian import BATAS_UKURAN_BERKAS

APP_NAME = "ekinerja-server"
DEFAULT_HOST = "127.0.0.1"  # loopback: exposing the server is a deliberate choice (--host 0.0.0.0)
DEFAULT_PORT = 8470


def default_database_url() -> str:
    """A SQLite file in the user's data folder, so `ekinerja-server serve` works with no set-up."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{folder / 'server.db'}"


def default_blob_dir(database_url: str) -> Path:
    """Attachments next to a SQLite database (`<folder>/blobs`, backed up with it); for
    PostgreSQL the user's data folder."""
    try:
        url = make_url(database_url)
    except Exception:  # an unparsable URL fails later, with its own message
        url = None
    sqlite = url is not None and url.get_backend_name() == "sqlite"
    if sqlite and url is not None and url.database and url.database != ":memory:":
        return Path(url.database).resolve().parent / "blobs"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "blobs"


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=default_database_url)
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    #: Where uploaded attachments live (None: `default_blob_dir(database_url)`).
    blob_dir: Path | None = None
    #: The largest attachment accepted (SYNC.md: 20 MB by default).
    max_blob_bytes: int = BATAS_UKURAN_BERKAS

    def blobs(self) -> Path:
        return self.blob_dir or default_blob_dir(self.database_url)
