"""The user's preferences on this computer: a typed dataclass kept as a small JSON file.

Loading never fails: a missing, unreadable or corrupt file (or a field of the wrong type) gives
the defaults for what cannot be read. Saving writes a temporary file and renames it, so a power
cut never leaves half a file behind; a failed save is logged, never raised.

The proxy choice (USERS.md: e-Faktur's in-app proxy setting) is kept here as `ProxySetting`,
without its password: that goes to the OS keyring (`secrets.py`), never into this file.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

BAHASA = ("id", "en")

ModeProxy = Literal["sistem", "tanpa", "manual"]
MODE_PROXY: tuple[ModeProxy, ...] = ("sistem", "tanpa", "manual")
SKEMA_PROXY = ("http", "https")


@dataclass(frozen=True)
class ProxySetting:
    """How the sync client reaches the server: through the system's proxy ("sistem", the
    default: environment variables, and on Windows the registry), directly ("tanpa"), or
    through the proxy typed in ("manual": `url` is http(s)://host:port, `pengguna` optional).

    `sandi` is the manual proxy's password, filled in from the keyring when the client is
    built; it is never written to the settings file (`to_json` leaves it out)."""

    mode: ModeProxy = "sistem"
    url: str = ""
    pengguna: str = ""
    sandi: str = field(default="", repr=False)

    def to_json(self) -> dict[str, str]:
        return {"mode": self.mode, "url": self.url, "pengguna": self.pengguna}

    @classmethod
    def from_json(cls, raw: object) -> ProxySetting | None:
        """The stored choice, or None when it is not one (a manual proxy with a bad URL)."""
        if not isinstance(raw, dict):
            return None
        mode, url, pengguna = raw.get("mode"), raw.get("url", ""), raw.get("pengguna", "")
        if mode not in MODE_PROXY or not isinstance(url, str) or not isinstance(pengguna, str):
            return None
        if mode == "manual" and kesalahan_url_proxy(url) is not None:
            return None
        return cls(cast(ModeProxy, mode), url, pengguna)


def rapikan_url_proxy(teks: str) -> str:
    """The URL as typed, trimmed, with http:// when no scheme was typed ("proxy:8080")."""
    teks = teks.strip().rstrip("/")
    return teks if "://" in teks or not teks else f"http://{teks}"


#: Why a proxy URL cannot be used (the dialog says it in the user's language).
SalahUrlProxy = Literal["kosong", "skema", "kredensial", "host", "tanpa_port", "port", "path"]


def kesalahan_url_proxy(teks: str) -> SalahUrlProxy | None:
    """What is wrong with a proxy URL as typed; None when it is usable (http(s)://host:port)."""
    url = rapikan_url_proxy(teks)
    if not url:
        return "kosong"
    try:
        bagian = urlsplit(url)
        port = bagian.port
    except ValueError:  # not a number, or above 65535
        return "port"
    if bagian.scheme.lower() not in SKEMA_PROXY:
        return "skema"
    if bagian.username is not None or bagian.password is not None:
        return "kredensial"  # they belong in their own fields (the password in the keyring)
    host = bagian.hostname or ""
    if not host or any(c.isspace() for c in host):
        return "host"
    if port is None:
        return "tanpa_port"
    if port == 0:
        return "port"
    if bagian.path not in ("", "/") or bagian.query or bagian.fragment:
        return "path"
    return None


@dataclass
class Settings:
    bahasa: str = "id"  # "id" (Indonesian, the source language) or "en"
    pegawai_aktif_id: str | None = None  # the pegawai acted as last time
    geometri_jendela: str | None = None  # QMainWindow.saveGeometry() as base64 text
    proxy: ProxySetting = field(default_factory=ProxySetting)  # without its password

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
            temp.write_text(json.dumps(self.to_json(), indent=2), encoding="utf-8")
            os.replace(temp, path)
        except OSError as error:
            log.warning("settings not saved to %s: %s", path, error)
            return False
        return True

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["proxy"] = self.proxy.to_json()  # never the password
        return data


def _valid_fields(raw: dict[str, Any]) -> dict[str, Any]:
    """The known keys whose values have the right type; anything else keeps its default."""
    valid: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in raw:
            continue
        value = raw[f.name]
        if f.name == "proxy":
            value = ProxySetting.from_json(value)
            ok = value is not None
        elif f.name == "bahasa":
            ok = value in BAHASA
        else:  # the other fields are optional text
            ok = value is None or isinstance(value, str)
        if ok:
            valid[f.name] = value
        else:
            log.warning("settings field %s has an invalid value, using the default", f.name)
    return valid
