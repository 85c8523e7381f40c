"""Issue 5 figures: pushing 10,000 operations over loopback and their bytes on the wire; the
first pull of the pimpinan of a 300-person unit. A real `ekinerja-server serve` process on a
SQLite file; requests gzip'd as the desktop sends them."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from ekinerja_desktop.models import Pegawai
from ekinerja_server.accounts import create_demo
from ekinerja_server.db import create_server_engine
from ekinerja_server.migrate import upgrade

OPS = 10_000
BATCH = 2_000
PASSWORD = "bench-sandi-2026"
TAHUN = 2026


class Server:
    def __init__(self, url: str, folder: Path) -> None:
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.log = (folder / "server.log").open("wb")
        command = [sys.executable, "-m", "ekinerja_server", "serve", "--port", str(port)]
        self.process = subprocess.Popen(
            [*command, "--database-url", url],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        self.log.close()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Wire:
    """A client that counts the bytes it sends and receives (compressed, as on the wire)."""

    def __init__(self, base: str, nip: str) -> None:
        self.http = httpx.Client(base_url=base, timeout=120)
        self.sent = 0
        self.received = 0
        body = self.call("/v1/auth/login", {"nip": nip, "password": PASSWORD}, auth=False)
        self.token = body["access_token"]
        self.client_id = str(uuid.uuid4())
        self.call("/v1/sync/hello", {"client_id": self.client_id, "user_nip": nip})
        self.sent = self.received = 0

    def call(self, path: str, body: dict[str, Any], auth: bool = True) -> dict[str, Any]:
        content = gzip.compress(json.dumps(body, separators=(",", ":")).encode())
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        if auth:
            headers["Authorization"] = f"Bearer {self.token}"
        response = self.http.post(path, content=content, headers=headers)
        response.raise_for_status()
        self.sent += len(content)
        self.received += response.num_bytes_downloaded
        result: dict[str, Any] = response.json()
        return result


def _ids(url: str) -> tuple[dict[str, str], str, str, str | None]:
    engine = create_server_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(select(Pegawai.id, Pegawai.nip, Pegawai.unor_id, Pegawai.atasan_id))
        by_id = {r.id: r for r in rows}
        top = next(r for r in by_id.values() if r.atasan_id is None)
        admin = conn.scalar(select(Pegawai.nip).where(Pegawai.is_admin.is_(True)))
        staff = next(r for r in by_id.values() if r.atasan_id and by_id[r.atasan_id].atasan_id)
    engine.dispose()
    nips = {"top": top.nip, "staff": staff.nip, "admin": str(admin)}
    return nips, staff.id, staff.unor_id, staff.atasan_id


def bench_push(
    server: Server, nips: dict[str, str], me: str, unor: str, atasan: str | None
) -> None:
    wire = Wire(server.url, nips["staff"])
    seq = 0
    skp_id = str(uuid.uuid4())

    def op(
        name: str, entity_id: str, base: int | None, slot: str, **payload: Any
    ) -> dict[str, Any]:
        nonlocal seq
        seq += 1
        return {
            "client_seq": seq,
            "op_id": str(uuid.uuid4()),
            "op": name,
            "entity_id": entity_id,
            "base_version": base,
            slot: payload,
        }

    setup = [
        op(
            "skp.create",
            skp_id,
            0,
            "fields",
            pegawai_id=me,
            unor_id=unor,
            pejabat_penilai_id=atasan,
            snapshot_pegawai={},
            snapshot_pejabat_penilai={},
            snapshot_atasan_pejabat_penilai={},
            tahun=TAHUN + 1,
            periode_awal=f"{TAHUN + 1}-01-01",
            periode_akhir=f"{TAHUN + 1}-12-31",
            pendekatan="KUANTITATIF",
            jenis="JA_JF",
            status="DRAFT",
        )
    ]
    wire.call("/v1/sync/push", {"client_id": wire.client_id, "ops": setup})
    wire.sent = wire.received = 0
    # A realistic drafting mix: new RHK and IKI, then edits of their text and targets.
    rhk_ids: list[str] = []
    iki_ids: list[str] = []
    ops: list[dict[str, Any]] = []
    for i in range(OPS):
        kind = i % 10
        if kind == 0 or not rhk_ids:
            rhk_ids.append(str(uuid.uuid4()))
            ops.append(
                op(
                    "rhk.create",
                    rhk_ids[-1],
                    0,
                    "fields",
                    skp_id=skp_id,
                    teks=f"Meningkatnya kualitas layanan perencanaan wilayah {i}",
                    jenis="UTAMA",
                    klasifikasi="INDIVIDU",
                    urutan=len(rhk_ids),
                )
            )
        elif kind in (1, 2):
            iki_ids.append(str(uuid.uuid4()))
            ops.append(
                op(
                    "iki.create",
                    iki_ids[-1],
                    0,
                    "fields",
                    rhk_id=rhk_ids[-1],
                    indikator=f"Persentase dokumen tepat waktu {i}",
                    target_min="90",
                    satuan="persen",
                    aspek="KUANTITAS",
                    urutan=kind,
                )
            )
        elif kind in (3, 4, 5, 6):
            ops.append(op("rhk.update", rhk_ids[-1], 1, "fields", teks=f"RHK disunting {i}"))
        else:
            ops.append(op("iki.update", iki_ids[-1], 1, "fields", target_max=str(90 + kind)))
    started = time.perf_counter()
    statuses: dict[str, int] = {}
    for start in range(0, len(ops), BATCH):
        body = wire.call(
            "/v1/sync/push", {"client_id": wire.client_id, "ops": ops[start : start + BATCH]}
        )
        for result in body["results"]:
            statuses[result["status"]] = statuses.get(result["status"], 0) + 1
    seconds = time.perf_counter() - started
    print(
        f"push {OPS} ops over loopback ({BATCH}/request, gzip): {seconds:.2f} s "
        f"({OPS / seconds:.0f} ops/s)  goal <= 10 s   outcomes {statuses}"
    )
    print(
        f"bytes per op on the wire (gzip): request {wire.sent / OPS:.0f} B + response "
        f"{wire.received / OPS:.0f} B = {(wire.sent + wire.received) / OPS:.0f} B  goal <= 250 B"
    )


def bench_first_pull(server: Server, nips: dict[str, str], who: str = "top") -> None:
    wire = Wire(server.url, nips[who])
    started = time.perf_counter()
    cursor, rows, pages = 0, 0, 0
    while True:
        body = wire.call(
            "/v1/sync/pull", {"client_id": wire.client_id, "cursor": cursor, "limit_rows": 2000}
        )
        rows += len(body["changes"])
        cursor, pages = body["cursor"], pages + 1
        if not body["has_more"]:
            break
    seconds = time.perf_counter() - started
    label = {
        "top": "pimpinan of a 300-person unit",
        "admin": "admin of the same instansi (every SKP; context)",
    }[who]
    print(
        f"first pull, {label}: {rows} rows in {pages} pages, "
        f"{seconds:.2f} s, {wire.received / 1e6:.2f} MB on the wire  goal <= 3 s, <= 5 MB"
    )


def run() -> None:
    folder = Path(tempfile.mkdtemp(prefix="ekinerja-bench-sync-"))
    url = f"sqlite:///{folder / 'server.db'}"
    try:
        upgrade(url)
        create_demo(url, 300, kata_sandi=PASSWORD, tahun=TAHUN)
        nips, me, unor, atasan = _ids(url)
        server = Server(url, folder)
        try:
            bench_first_pull(server, nips)
            bench_first_pull(server, nips, "admin")
            bench_push(server, nips, me, unor, atasan)
        finally:
            server.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    run()
