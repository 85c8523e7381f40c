"""The fault-test world: a real server process, a fault proxy and a client process per user.

A seeded demo instansi is made once per session per backend (`Template`) and copied per test.
The server listens on a fixed port for the whole test, so it can be killed and started again
(with or without a kill point) behind the same proxies. Clients are `tests.faults.client_proc`
processes on their own data folders; they can be killed and started again on the same folder.
Every failure message carries the seed and the command that replays the test.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, select

from ekinerja_desktop.models import (
    AnggotaTim,
    Iki,
    Pegawai,
    Periode,
    PeriodePenilaian,
    Rhk,
    Skp,
    TimKerja,
)
from ekinerja_server.db import create_server_engine
from tests.faults import client_proc
from tests.faults.invariants import ClientInfo
from tests.faults.proxy import FaultProxy, Faults
from tests.pg import free_port
from tests.server.sync_support import PASSWORD, TAHUN, Seeded, seed_demo

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 30.0
ROLE_NAMES = {"P": "pegawai", "K": "ppk", "T": "ketua"}


@dataclass(frozen=True)
class Template:
    """A seeded server database to copy, with the people and the context of the workload."""

    url: str  # of the template itself (SQLite file or PostgreSQL database)
    seeded: Seeded
    roles: dict[str, str]  # P/K/T → pegawai id
    nips: dict[str, str]
    ctx: dict[str, Any]


def make_template(url: str, pegawai: int = 24) -> Template:
    seeded = seed_demo(url, pegawai)
    engine = create_server_engine(url)
    try:
        return _template(url, seeded, engine)
    finally:
        engine.dispose()


def _template(url: str, seeded: Seeded, engine: Engine) -> Template:
    p = seeded.id["Pegawai"]
    with engine.connect() as conn:
        k = conn.scalar(select(Pegawai.atasan_id).where(Pegawai.id == p))
        t = conn.scalar(
            select(TimKerja.ketua_id)
            .join(AnggotaTim, AnggotaTim.tim_kerja_id == TimKerja.id)
            .where(AnggotaTim.pegawai_id == p, TimKerja.ketua_id != p, TimKerja.ketua_id != k)
        )
        pp_skp, pp = conn.execute(
            select(Skp.id, PeriodePenilaian.id)
            .join(PeriodePenilaian, PeriodePenilaian.skp_id == Skp.id)
            .join(Periode, Periode.id == PeriodePenilaian.periode_id)
            .where(Skp.pegawai_id == p, Skp.status == "PERSETUJUAN", Periode.jenis == "FINAL")
        ).one()
        ikis = conn.scalars(
            select(Iki.id)
            .join(Rhk, Rhk.id == Iki.rhk_id)
            .where(Rhk.skp_id == pp_skp, Iki.deleted_at.is_(None), Rhk.deleted_at.is_(None))
            .order_by(Iki.id)
        ).all()
        roles = {"P": p, "K": str(k), "T": str(t or seeded.id["Ketua Tim"])}
        nips = {
            role: str(conn.scalar(select(Pegawai.nip).where(Pegawai.id == pid)))
            for role, pid in roles.items()
        }
    assert k and len(set(roles.values())) == 3 and ikis, (roles, ikis)
    ctx = {
        "pp": pp,
        "pp_skp": pp_skp,
        "pp_ikis": list(ikis),
        "roles": roles,
        "base_year": TAHUN + 5,
    }
    return Template(url, seeded, roles, nips, ctx)


# --- processes --------------------------------------------------------------------------------


class ServerProcess:
    """`ekinerja-server serve` on one port for the whole test; SIGKILL and start again."""

    def __init__(self, database_url: str, folder: Path, max_blob_mb: float | None = None) -> None:
        self.database_url = database_url
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.max_blob_mb = max_blob_mb
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(
        self, env: Mapping[str, str] | None = None, module: str = "ekinerja_server"
    ) -> ServerProcess:
        self.starts += 1
        command = [sys.executable, "-m", module, "serve", "--port", str(self.port)]
        command += ["--database-url", self.database_url]
        if self.max_blob_mb is not None:
            command += ["--max-blob-mb", str(self.max_blob_mb)]
        log = (self.folder / f"server-{self.starts}.log").open("wb")
        self.process = subprocess.Popen(
            command,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited:\n{self.log()}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"server not healthy:\n{self.log()}")

    def log(self) -> str:
        return "\n".join(
            p.read_text(errors="replace") for p in sorted(self.folder.glob("server-*.log"))
        )

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


@dataclass
class ClientProcess:
    """One installation as a process of its own; start, SIGKILL, start again."""

    info: ClientInfo
    role: str
    server_url: str  # the proxy's
    seed: int
    ops: int
    ctx_path: Path | None
    round_every: int = 12
    drain_s: float = 60.0
    clock_days: float = 0.0
    extra: list[str] = field(default_factory=list)
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0

    def start(self, kill_at: str | None = None, ops: int | None = None) -> ClientProcess:
        self.starts += 1
        command = [
            sys.executable,
            "-m",
            "tests.faults.client_proc",
            "--data",
            str(self.info.data),
            "--server",
            self.server_url,
            "--nip",
            self.info.nip,
            "--password",
            PASSWORD,
            "--role",
            self.role,
            "--seed",
            str(self.seed),
            "--ops",
            str(self.ops if ops is None else ops),
            "--round-every",
            str(self.round_every),
            "--drain-s",
            str(self.drain_s),
            "--clock-days",
            str(self.clock_days),
        ]
        if self.ctx_path is not None:
            command += ["--ctx", str(self.ctx_path)]
        if kill_at:
            command += ["--kill-at", kill_at]
        command += self.extra
        self.info.data.mkdir(parents=True, exist_ok=True)
        log = (self.info.data / f"client-{self.starts}.log").open("wb")
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        log.close()
        return self

    def wait(self, timeout: float) -> int | None:
        assert self.process is not None
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self) -> str:
        return "\n".join(
            p.read_text(errors="replace") for p in sorted(self.info.data.glob("client-*.log"))
        )


# --- the world --------------------------------------------------------------------------------


@dataclass
class World:
    name: str
    seed: int
    folder: Path
    template: Template
    database_url: str
    server: ServerProcess
    proxies: dict[str, FaultProxy] = field(default_factory=dict)
    clients: dict[str, ClientProcess] = field(default_factory=dict)
    laptops: list[client_proc.Client] = field(default_factory=list)
    replay: str = ""
    shared: bool = False  # the server is another world's: leave it running

    @property
    def blob_dir(self) -> Path:
        """The server's attachment folder (next to its SQLite file)."""
        return Path(self.database_url.removeprefix("sqlite:///")).parent / "blobs"

    @property
    def ctx_path(self) -> Path:
        return self.folder / "ctx.json"

    def engine(self) -> Engine:
        return create_server_engine(self.database_url)

    def client(
        self,
        role: str,
        ops: int,
        faults: Faults | None = None,
        data: Path | None = None,
        **kwargs: Any,
    ) -> ClientProcess:
        """A client process for `role` behind its own seeded proxy (not started); `data`: an
        existing installation's folder (e.g. a laptop made in this process)."""
        proxy = FaultProxy(
            self.server.url, seed=self.seed * 10 + len(self.proxies), faults=faults
        ).start()
        name = f"{ROLE_NAMES[role]}-{len(self.clients) + 1}"
        self.proxies[name] = proxy
        info = ClientInfo(
            name, data or self.folder / name, self.template.nips[role], self.template.roles[role]
        )
        client = ClientProcess(
            info,
            role,
            proxy.url,
            seed=self.seed * 100 + len(self.clients),
            ops=ops,
            ctx_path=self.ctx_path,
            **kwargs,
        )
        self.clients[name] = client
        return client

    def laptop(
        self,
        role: str,
        faults: Faults | None = None,
        clock_days: float = 0.0,
        proxy_kwargs: Mapping[str, Any] | None = None,
        sign_in: bool = True,
    ) -> client_proc.Client:
        """An installation in this process (services + engine) behind its own proxy."""
        proxy = FaultProxy(
            self.server.url,
            seed=self.seed * 10 + len(self.proxies),
            faults=faults,
            **(proxy_kwargs or {}),
        ).start()
        name = f"{ROLE_NAMES[role]}-{len(self.proxies) + 1}"
        self.proxies[name] = proxy
        args = client_proc.parse(
            [
                "--data",
                str(self.folder / name),
                "--server",
                proxy.url,
                "--nip",
                self.template.nips[role],
                "--password",
                PASSWORD,
                "--role",
                role,
                "--clock-days",
                str(clock_days),
                "--drain-s",
                "20",
            ]
        )
        laptop = client_proc.Client(args)
        laptop.proxy = proxy
        laptop.name = name
        self.laptops.append(laptop)
        if sign_in:
            laptop.sign_in()
        return laptop

    def heal(self) -> float:
        for proxy in self.proxies.values():
            proxy.heal()
        return time.monotonic()

    def last_fault(self) -> float:
        times = [p.last_fault_at for p in self.proxies.values() if p.last_fault_at]
        return max(times, default=0.0)

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()
        for client in self.clients.values():
            client.kill()
        for proxy in self.proxies.values():
            proxy.stop()
        if not self.shared:
            self.server.stop()

    def sibling(self, folder: Path, replay: str) -> World:
        """Another test's world on this one's server (its own laptops, proxies, clients)."""
        folder.mkdir(parents=True, exist_ok=True)
        world = World(
            name=folder.name,
            seed=self.seed,
            folder=folder,
            template=self.template,
            database_url=self.database_url,
            server=self.server,
            replay=replay,
            shared=True,
        )
        world.ctx_path.write_text(json.dumps(self.template.ctx))
        return world

    def explain(self) -> str:
        """What a failure prints: the seed, the replay command, the logs' tails."""
        lines = [f"seed {self.seed}; replay: {self.replay}", f"data: {self.folder}"]
        for name, client in self.clients.items():
            lines.append(f"--- {name} log (tail) ---\n{client.log()[-3000:]}")
        lines.append(f"--- server log (tail) ---\n{self.server.log()[-3000:]}")
        return "\n".join(lines)


def new_world(
    template: Template,
    folder: Path,
    seed: int,
    replay: str,
    database_url: str | None = None,
    copy: Callable[[str], str] | None = None,
) -> World:
    """A world on a copy of the template (a file copy for SQLite; `copy` for PostgreSQL)."""
    folder.mkdir(parents=True, exist_ok=True)
    if database_url is None:
        if copy is not None:
            database_url = copy(template.url)
        elif not template.url.startswith("sqlite:///"):
            database_url = template.url  # a PostgreSQL template made for this one world
        else:
            source = Path(template.url.removeprefix("sqlite:///"))
            target = folder / "server.db"
            shutil.copy(source, target)
            database_url = f"sqlite:///{target}"
    server = ServerProcess(database_url, folder)
    world = World(
        name=folder.name,
        seed=seed,
        folder=folder,
        template=template,
        database_url=database_url,
        server=server,
        replay=replay,
    )
    world.ctx_path.write_text(json.dumps(template.ctx))
    return world


def today() -> date:
    return date.today()


def unique() -> str:
    return uuid.uuid4().hex[:8]
