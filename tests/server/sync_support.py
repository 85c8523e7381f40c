"""Helpers of the sync server tests: a seeded demo database and a small protocol client.

`Api` speaks the HTTP protocol of SYNC.md directly (login, hello, push, pull) so the server is
tested on its own; the desktop's sync engine has its own tests.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import httpx
import uvicorn
from sqlalchemy import Engine, select

from ekinerja_desktop.models import Pegawai, Skp
from ekinerja_desktop.sync.protocol import is_record_op
from ekinerja_server.accounts import create_demo
from ekinerja_server.app import create_app
from ekinerja_server.config import Settings
from ekinerja_server.db import create_server_engine
from ekinerja_server.migrate import upgrade
from tests.pg import free_port

PASSWORD = "rahasia-demo-2026"
TAHUN = date.today().year


@dataclass
class Seeded:
    """A migrated server database with the demo instansi and an account per pegawai."""

    url: str
    nip: dict[str, str]  # role → NIP
    id: dict[str, str]  # role → pegawai id


def seed_demo(url: str, pegawai: int = 40) -> Seeded:
    upgrade(url)
    accounts = create_demo(url, pegawai, kata_sandi=PASSWORD, tahun=TAHUN)
    nip = {a.peran: a.nip for a in accounts}
    engine = create_server_engine(url)
    try:
        with engine.connect() as conn:
            ids = {
                role: conn.scalar(select(Pegawai.id).where(Pegawai.nip == n))
                for role, n in nip.items()
            }
            staff = ids["Pegawai"]
            atasan = conn.scalar(select(Pegawai.atasan_id).where(Pegawai.id == staff))
            unor = conn.scalar(select(Pegawai.unor_id).where(Pegawai.id == staff))
            rekan = conn.scalar(
                select(Pegawai.id).where(
                    Pegawai.unor_id == unor,
                    Pegawai.id != staff,
                    Pegawai.atasan_id == atasan,
                    Pegawai.jenis_jabatan == "PEGAWAI",
                    Pegawai.kelompok_jabatan != "JPT",
                )
            )
            atasan_atasan = conn.scalar(select(Pegawai.atasan_id).where(Pegawai.id == atasan))
            lain = conn.scalar(
                select(Pegawai.id).where(
                    Pegawai.unor_id != unor,
                    Pegawai.jenis_jabatan == "PEGAWAI",
                    Pegawai.is_admin.is_(False),
                    Pegawai.atasan_id != atasan,
                )
            )
            for role, pid in (
                ("Atasan", atasan),
                ("Rekan", rekan),
                ("Atasan PPK", atasan_atasan),
                ("Lain", lain),
            ):
                ids[role] = str(pid)
                nip[role] = str(conn.scalar(select(Pegawai.nip).where(Pegawai.id == pid)))
    finally:
        engine.dispose()
    return Seeded(url, nip, {k: str(v) for k, v in ids.items()})


OPEN: list[Api] = []  # closed after each test by the `close_apis` fixture


def close_all() -> None:
    while OPEN:
        OPEN.pop().close()


@dataclass
class Api:
    """One device of one user: a client_id with its own gapless client_seq."""

    base_url: str
    nip: str
    password: str = PASSWORD
    client_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    seq: int = 0
    cursor: int = 0
    rows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    issues: dict[str, dict[str, Any]] = field(default_factory=dict)
    token: str = ""
    refresh_token: str = ""
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=30))

    def __post_init__(self) -> None:
        OPEN.append(self)

    def close(self) -> None:
        self.http.close()

    def login(self) -> Api:
        body = self.post("/v1/auth/login", {"nip": self.nip, "password": self.password}, auth=False)
        self.token = body["access_token"]
        self.refresh_token = body["refresh_token"]
        return self

    def hello(self) -> dict[str, Any]:
        return self.post("/v1/sync/hello", {"client_id": self.client_id, "user_nip": self.nip})

    def connect(self) -> Api:
        self.login()
        self.hello()
        return self

    def request(
        self, path: str, body: dict[str, Any], auth: bool = True, gzipped: bool = False
    ) -> httpx.Response:
        if self.http.is_closed:  # a module-scoped client after the per-test clean-up
            self.http = httpx.Client(timeout=30)
            OPEN.append(self)
        headers = {"Content-Type": "application/json", "Accept-Encoding": "gzip"}
        if auth:
            headers["Authorization"] = f"Bearer {self.token}"
        content = json.dumps(body).encode()
        if gzipped:
            content = gzip.compress(content)
            headers["Content-Encoding"] = "gzip"
        return self.http.post(f"{self.base_url}{path}", content=content, headers=headers)

    def post(self, path: str, body: dict[str, Any], auth: bool = True) -> dict[str, Any]:
        response = self.request(path, body, auth=auth)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def op(
        self, op: str, entity_id: str, base_version: int | None = None, **payload: Any
    ) -> dict[str, Any]:
        self.seq += 1
        slot = "fields" if is_record_op(op) else "params"
        return {
            "client_seq": self.seq,
            "op_id": str(uuid.uuid4()),
            "op": op,
            "entity_id": entity_id,
            "base_version": base_version,
            slot: payload,
        }

    def push(self, *ops: dict[str, Any]) -> dict[str, Any]:
        return self.post("/v1/sync/push", {"client_id": self.client_id, "ops": list(ops)})

    def push_one(
        self, op: str, entity_id: str, base: int | None = None, **kw: Any
    ) -> dict[str, Any]:
        result: dict[str, Any] = self.push(self.op(op, entity_id, base, **kw))["results"][-1]
        return result

    def pull(self, limit_rows: int = 1000) -> list[dict[str, Any]]:
        """Pull until has_more is false; apply to `rows`; returns the pages."""
        pages = []
        while True:
            body = self.post(
                "/v1/sync/pull",
                {"client_id": self.client_id, "cursor": self.cursor, "limit_rows": limit_rows},
            )
            pages.append(body)
            for change in body["changes"]:
                self.rows[(change["entity"], change["id"])] = change
            for gone in body["removed"]:
                self.rows.pop((gone["entity"], gone["id"]), None)
            for issue in body["issues"]:
                self.issues[issue["id"]] = issue
            assert body["cursor"] >= self.cursor
            self.cursor = body["cursor"]
            if not body["has_more"]:
                return pages

    def resync(self) -> None:
        """The scoped resync of SYNC.md: snapshot from cursor 0, keep only what came."""
        self.cursor = 0
        self.rows = {}
        self.pull()

    def row(self, entity: str, entity_id: str) -> dict[str, Any]:
        return self.rows[(entity, entity_id)]


def new_skp(api: Api, seeded: Seeded, role: str = "Pegawai", tahun: int = TAHUN + 1) -> str:
    """A Draft SKP of `role` for a year without SKPs (pushed and applied); returns its id."""
    skp_id = str(uuid.uuid4())
    me = seeded.id[role]
    engine = create_server_engine(seeded.url)
    try:
        with engine.connect() as conn:
            unor, atasan = conn.execute(
                select(Pegawai.unor_id, Pegawai.atasan_id).where(Pegawai.id == me)
            ).one()
            atasan_atasan = conn.scalar(select(Pegawai.atasan_id).where(Pegawai.id == atasan))
    finally:
        engine.dispose()
    result = api.push_one(
        "skp.create",
        skp_id,
        0,
        pegawai_id=me,
        unor_id=unor,
        pejabat_penilai_id=atasan,
        atasan_pejabat_penilai_id=atasan_atasan,
        snapshot_pegawai={},
        snapshot_pejabat_penilai={},
        snapshot_atasan_pejabat_penilai={},
        tahun=tahun,
        periode_awal=f"{tahun}-01-01",
        periode_akhir=f"{tahun}-12-31",
        pendekatan="KUANTITATIF",
        jenis="JA_JF",
        status="DRAFT",
        versi_isi=0,
        plt_plh_id=None,
        catatan_perbaikan=None,
    )
    assert result["status"] == "applied", result
    return skp_id


def new_rhk(api: Api, skp_id: str, teks: str = "RHK uji") -> str:
    rhk_id = str(uuid.uuid4())
    result = api.push_one(
        "rhk.create",
        rhk_id,
        0,
        skp_id=skp_id,
        teks=teks,
        jenis="UTAMA",
        klasifikasi="INDIVIDU",
        urutan=1,
        unor_id=None,
        tim_kerja_id=None,
        penugasan_dari=None,
        rhk_diintervensi_id=None,
    )
    assert result["status"] == "applied", result
    return rhk_id


def skp_row(engine: Engine, skp_id: str) -> Skp | None:
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        return session.get(Skp, skp_id)


@contextmanager
def inprocess_server(url: str) -> Iterator[str]:
    """The app in a uvicorn thread of this process (real HTTP), for tests that patch it."""
    engine = create_server_engine(url)
    app = create_app(Settings(database_url=url), engine)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        engine.dispose()
