"""A sync server on this computer for the demo (`--with-local-server`, `make run`).

Starts `python -m ekinerja_server serve` on a free loopback port with a SQLite file in the data
folder, seeds the demo instansi there the first time (`ekinerja-server demo`, which prints each
demo user's password once), and stops the process when the app closes. The demo accounts are
kept next to that server's database: they exist only on this throwaway loopback server, and
the app needs them to sign the demo user in at every start. Real accounts never go to disk.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

log = logging.getLogger(__name__)

START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 10.0
NIP = re.compile(r"\b(\d{18})\b")
PERAN = ("Pegawai", "Ketua Tim", "Pimpinan", "Admin")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(frozen=True)
class DemoAkun:
    peran: str
    nip: str
    password: str


def parse_demo_output(text: str) -> list[DemoAkun]:
    """The demo accounts from `ekinerja-server demo`'s output: JSON lines or objects with
    `nip`/`password`, or text lines holding a role, an 18-digit NIP and the password last."""
    found: list[DemoAkun] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                data = json.loads(line)
            except ValueError:
                data = None
            if isinstance(data, dict) and "nip" in data and "password" in data:
                peran = str(data.get("peran") or data.get("role") or "")
                found.append(DemoAkun(peran, str(data["nip"]), str(data["password"])))
                continue
        match = NIP.search(line)
        if match is None:
            continue
        tokens = line[match.end() :].replace("|", " ").replace(",", " ").split()
        if not tokens:
            continue
        prefix = line[: match.start()].strip(" ,|:")
        peran = prefix if prefix in PERAN else next((p for p in PERAN if p in line), "")
        found.append(DemoAkun(peran, match.group(1), tokens[-1]))
    return found


@dataclass
class LocalServer:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    accounts: list[DemoAkun] = field(default_factory=list)

    def account(self, peran: str) -> DemoAkun | None:
        return next((a for a in self.accounts if a.peran == peran), None) or (
            self.accounts[0] if self.accounts else None
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_local_server(folder: Path, seed_demo: bool = True) -> LocalServer:
    """Start (and the first time seed) the local server; raises RuntimeError with its log."""
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "server.db"
    accounts_file = folder / "demo-akun.json"
    url = f"sqlite:///{database}"
    log_path = folder / "server.log"
    accounts: list[DemoAkun] = []
    if accounts_file.exists():
        accounts = [DemoAkun(**a) for a in json.loads(accounts_file.read_text("utf-8"))]
    elif seed_demo:
        done = subprocess.run(
            [sys.executable, "-m", "ekinerja_server", "demo", "--database-url", url],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"ekinerja-server demo gagal:\n{done.stdout}\n{done.stderr}")
        accounts = parse_demo_output(done.stdout)
        accounts_file.write_text(json.dumps([a.__dict__ for a in accounts]), "utf-8")
    port = free_port()
    command = [sys.executable, "-m", "ekinerja_server", "serve", "--port", str(port)]
    with log_path.open("ab") as out:
        process = subprocess.Popen(
            [*command, "--database-url", url],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = LocalServer(f"http://127.0.0.1:{port}", process, log_path, accounts)
    try:
        _wait_healthy(server)
    except BaseException:
        server.stop()
        raise
    log.info("local sync server at %s", server.url)
    return server


def _wait_healthy(server: LocalServer) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server lokal berhenti:\n{server.log_path.read_text('utf-8')}")
        try:
            if httpx.get(f"{server.url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"server lokal tidak siap dalam {START_TIMEOUT_S:.0f} detik")
