"""The demo with a local server: each demo role is a laptop of its own.

One installation is one outbox stream bound to one signed-in user (SYNC.md "Identifiers"), so
acting as another demo user on the same database would push their edits under the wrong
account. Instead, choosing another role opens a second app, with its own data folder, signed in
to the same local server: edits then travel between the two windows as between two laptops.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the demo's local server loads only with --with-local-server
    from ekinerja_desktop.sync.local_server import DemoAkun

log = logging.getLogger(__name__)

# Read once and removed at start, so the password is never passed on to further processes.
ENV_NIP = "EKINERJA_MASUK_NIP"
ENV_KATA_SANDI = "EKINERJA_MASUK_KATA_SANDI"


@dataclass(frozen=True)
class PerintahLaptop:
    argv: list[str]
    env: dict[str, str]
    data_dir: Path


def perintah_laptop(
    akun: DemoAkun, server_url: str, root: Path, base_env: Mapping[str, str]
) -> PerintahLaptop:
    """How to start the laptop of one demo account (the password goes in the environment, not
    on the command line where other users of the machine could read it)."""
    data_dir = root / "laptop-demo" / akun.nip
    argv = [sys.executable, "-m", "ekinerja_desktop", "--data-dir", str(data_dir)]
    argv += ["--server", server_url]
    env = {**base_env, ENV_NIP: akun.nip, ENV_KATA_SANDI: akun.password}
    return PerintahLaptop(argv, env, data_dir)


def masuk_dari_lingkungan(environ: dict[str, str] | None = None) -> tuple[str, str] | None:
    """The (NIP, password) a demo parent passed to this process, taken out of the environment."""
    env = os.environ if environ is None else environ
    nip = env.pop(ENV_NIP, None)
    kata_sandi = env.pop(ENV_KATA_SANDI, None)
    return (nip, kata_sandi) if nip and kata_sandi else None


class LaptopDemo:
    """Starts and, when the demo closes, stops the other demo laptops."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.proses: dict[str, subprocess.Popen[bytes]] = {}

    def buka(self, akun: DemoAkun, server_url: str) -> bool:
        """Open (or leave open) the laptop of `akun`; False if it is already running."""
        running = self.proses.get(akun.nip)
        if running is not None and running.poll() is None:
            return False
        perintah = perintah_laptop(akun, server_url, self.root, os.environ)
        perintah.data_dir.mkdir(parents=True, exist_ok=True)
        log.info("opening the demo laptop of %s in %s", akun.peran, perintah.data_dir)
        self.proses[akun.nip] = subprocess.Popen(perintah.argv, env=perintah.env)
        return True

    def close(self) -> None:
        for proses in self.proses.values():
            if proses.poll() is None:
                proses.terminate()
        for proses in self.proses.values():
            try:
                proses.wait(10)
            except subprocess.TimeoutExpired:
                proses.kill()
                proses.wait()
        self.proses.clear()
