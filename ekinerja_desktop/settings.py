"""The user's preferences on this computer: a typed dataclass kept as a small JSON file.

Loading never fails: a missing, unreadable or corrupt file (or a field of the wrong type) gives
the defaults for what cannot be read. Saving writes a temporary file and renames it, so a power
cut never leaves half a file behind; a failed save is logged, never raised.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

BAHASA = ("id", "en")


@dataclass
class Settings:
    bahasa: str = "id"  # "id" (Indonesian, the source language) or "en"
    pegawai_aktif_id: str | None = None  # the pegawai acted as last time
    geometri_jendela: str | None = None  # QMainWindow.saveGeometry() as base64 text

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as error:
            log.warning("settings unreadable, using defaults: %s (%s)", path, error)
            return cls()
        if not isinstance(raw, dict):
            log.warning("settings is not a JSON object, using defaults: %s", path)
            return cls()
        return cls(**_valid_fields(raw))

    def save(self, path: Path) -> bool:
        """Write the settings; returns False (and logs) when the disk refuses."""
        temp = path.with_name(path.name + ".tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
            os.replace(temp, path)
        except OSError as error:
            log.warning("settings not saved to %s: %s", path, error)
            return False
        return True


def _valid_fields(raw: dict[str, Any]) -> dict[str, Any]:
    """The known keys whose values have the right type; anything else keeps its default."""
    valid: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in raw:
            continue
        value = raw[f.name]
        # bahasa is one of BAHASA; the other fields are optional text
        ok = value in BAHASA if f.name == "bahasa" else value is None or isinstance(value, str)
        if ok:
            valid[f.name] = value
        else:
            log.warning("settings field %s has an invalid value, using the default", f.name)
    return valid
