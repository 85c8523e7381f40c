"""Issue 5 (client) anchor: one edit saved locally vs the same edit made online through a
loopback proxy that adds 300 ms latency (a satellite office link, USERS.md).

The local figure is one service call (the RHK update and its outbox entry, one transaction,
`synchronous=FULL`); the online figure is the same operation pushed to a real server as one
request through the proxy (connection kept alive, like a web app would).
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

from bench.common import summary
from ekinerja_desktop.domain import Pendekatan
from ekinerja_desktop.secrets import MemoryKeyring, TokenStore
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.sync import protocol as p
from ekinerja_desktop.sync.local_server import free_port, parse_demo_output
from ekinerja_desktop.sync.service import SyncService
from tests.server.processes import start_server
from tests.support import migrated_database

LATENCY_S = 0.300
EDITS = 30
PASSWORD = "bench-sandi-123"


class LatencyProxy:
    """TCP proxy on loopback: every chunk from the client waits `latency` before it is sent
    on (one request ≈ one added round trip of latency)."""

    def __init__(self, target_port: int, latency: float) -> None:
        self.target_port = target_port
        self.latency = latency
        self.port = free_port()
        self._server = socket.create_server(("127.0.0.1", self.port))
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pipe, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, False), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket, delay: bool) -> None:
        try:
            while data := source.recv(65536):
                if delay:
                    time.sleep(self.latency)
                target.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, target):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._stop = True
        self._server.close()


def run() -> None:
    folder = Path(tempfile.mkdtemp(prefix="ekinerja-bench-sync-client-"))
    try:
        _run(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(folder: Path) -> None:
    url = f"sqlite:///{folder / 'server.db'}"
    demo = ["demo", "--pegawai", "12", "--kata-sandi", PASSWORD, "--database-url", url]
    done = subprocess.run(
        [sys.executable, "-m", "ekinerja_server", *demo],
        capture_output=True,
        text=True,
        check=True,
    )
    nip = {a.peran: a.nip for a in parse_demo_output(done.stdout)}["Pegawai"]
    server = start_server(url, folder / "server.log")
    proxy = LatencyProxy(int(server.url.rsplit(":", 1)[1]), LATENCY_S)
    try:
        (folder / "laptop").mkdir()
        db = migrated_database(folder / "laptop")
        uow = UnitOfWork(db)
        service = SyncService(db, uow, TokenStore(MemoryKeyring()))
        online = f"http://127.0.0.1:{proxy.port}"
        akun = service.sign_in(online, nip, PASSWORD, start=False)
        engine = service.engine
        assert engine is not None and akun.pegawai_id is not None
        engine.run_round()
        uow.aktor = Aktor(akun.pegawai_id, akun.nip, akun.nama)
        layanan = LayananSkp(uow)
        skp_id = layanan.buat_skp(date(2035, 1, 1), date(2035, 12, 31), Pendekatan.KUANTITATIF)
        rhk_id = layanan.tambah_rhk(skp_id, "Teks awal")
        engine.run_round()

        local: list[float] = []
        remote: list[float] = []
        for i in range(EDITS):
            started = time.perf_counter()
            layanan.ubah_rhk(rhk_id, teks=f"Suntingan lokal {i}")
            local.append((time.perf_counter() - started) * 1000)
            state = engine.state()
            ops = engine._next_batch()
            started = time.perf_counter()
            request = p.PushRequest(client_id=state.client_id, ops=ops)
            answer = engine._call(p.PATH_PUSH, request, p.PushResponse)
            remote.append((time.perf_counter() - started) * 1000)
            engine._record_push(answer, ops, set())
        print(f"sync client: one edit saved locally, ms: {summary(local)}")
        print(
            f"sync client: the same edit online via +{LATENCY_S * 1000:.0f} ms proxy, ms: "
            f"{summary(remote)}"
        )
        print(
            "sync client: online / local = "
            f"{statistics.median(remote) / statistics.median(local):.0f}× (goal: local ≪ online)"
        )
        service.close()
        db.dispose()
    finally:
        proxy.close()
        server.stop()


if __name__ == "__main__":
    run()
