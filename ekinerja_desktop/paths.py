"""Every on-disk location of the app. `--data-dir` and tests override the root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ekinerja-desktop"


@dataclass(frozen=True)
class Paths:
    """The folders of one installation (or one test)."""

    root: Path

    @classmethod
    def default(cls) -> Paths:
        # The user profile, not the install folder: users often lack admin rights (USERS.md).
        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))

    @property
    def database(self) -> Path:
        return self.root / "ekinerja.db"

    @property
    def backups(self) -> Path:
        return self.root / "cadangan"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def logs(self) -> Path:
        return self.root / "log"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> Paths:
        for folder in (self.root, self.backups, self.blobs, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self
