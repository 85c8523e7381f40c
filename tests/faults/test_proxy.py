"""The fault proxy: each fault does what it says, decisions follow the seed, loopback only."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.faults.proxy import FaultProxy, Faults


class Upstream:
    """A tiny loopback HTTP server that counts the requests it completed, by body."""

    def __init__(self) -> None:
        self.seen: list[bytes] = []
        self.lock = threading.Lock()
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                if len(body) < length:
                    return  # truncated: never "committed"
                with upstream.lock:
                    upstream.seen.append(body)
                answer = b'{"ok":true,"echo":"' + body[:20] + b'"}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *_args: object) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def count(self, body: bytes) -> int:
        with self.lock:
            return self.seen.count(body)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    server = Upstream()
    yield server
    server.close()


CLIENT = httpx.Client(timeout=10, verify=False)  # plain HTTP on loopback; made once (fast)


@pytest.fixture(autouse=True, scope="module")
def _close_client() -> Iterator[None]:
    yield
    CLIENT.close()


def _post(proxy: FaultProxy, body: bytes) -> httpx.Response:
    return CLIENT.post(f"{proxy.url}/v1/sync/push", content=body)


def _wait(predicate: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_each_fault_does_what_it_says(upstream: Upstream) -> None:
    with FaultProxy(upstream.url, seed=1) as proxy:
        assert _post(proxy, b"plain").json()["ok"] is True
        assert upstream.count(b"plain") == 1

        proxy.set_faults(Faults(drop_request=1.0))
        with pytest.raises(httpx.TransportError):
            _post(proxy, b"dropped-request")
        assert upstream.count(b"dropped-request") == 0

        proxy.set_faults(Faults(drop_response=1.0))
        with pytest.raises(httpx.TransportError):
            _post(proxy, b"dropped-answer")
        assert upstream.count(b"dropped-answer") == 1  # done on the server, answer lost

        proxy.set_faults(Faults(duplicate=1.0))
        assert _post(proxy, b"twice").status_code == 200
        _wait(lambda: upstream.count(b"twice") == 2)

        proxy.set_faults(Faults(reorder=1.0, reorder_delay_s=(0.2, 0.2)))
        assert _post(proxy, b"old").status_code == 200
        proxy.heal()
        assert _post(proxy, b"new").status_code == 200
        _wait(lambda: upstream.count(b"old") == 2)
        assert upstream.seen.index(b"new") < len(upstream.seen) - 1  # the old copy came last

        proxy.set_faults(Faults(error_5xx=1.0))
        assert _post(proxy, b"busy").status_code in (502, 503)
        assert upstream.count(b"busy") == 0

        proxy.set_faults(Faults(partition=1.0, partition_s=(0.5, 0.5)))
        with pytest.raises(httpx.TransportError):
            _post(proxy, b"cut-off")
        proxy.set_faults(Faults())
        with pytest.raises(httpx.TransportError):
            _post(proxy, b"during-partition")  # refused while it lasts
        _wait(lambda: not proxy.partitioned())
        assert _post(proxy, b"after").status_code == 200
        assert upstream.count(b"during-partition") == 0

        assert proxy.last_fault_at is not None
        assert {"drop_request", "drop_response", "duplicate", "reorder", "error_5xx"} <= set(
            proxy.stats.decisions
        )


def test_truncation_cuts_either_side(upstream: Upstream) -> None:
    with FaultProxy(upstream.url, seed=3, faults=Faults(truncate=1.0)) as proxy:
        for n in range(8):
            with pytest.raises((httpx.TransportError, ValueError)):
                _post(proxy, f"truncated-{n}".encode() * 50).json()
        requests = proxy.stats.decisions["truncate_request"]
        answers = proxy.stats.decisions["truncate_response"]
        assert requests > 0 and answers > 0
        # A truncated request never reached the handler whole; a truncated answer did.
        assert len(upstream.seen) == answers


def test_throttle_and_periodic_cuts(upstream: Upstream) -> None:
    body = b"x" * 40_000
    with FaultProxy(upstream.url, seed=4, throttle_bps=200_000) as proxy:
        started = time.monotonic()
        assert _post(proxy, body).status_code == 200
        assert time.monotonic() - started >= 0.15  # 40 kB at 200 kB/s
    with FaultProxy(upstream.url, seed=4, throttle_bps=100_000, cut_every_s=0.1) as proxy:
        with pytest.raises(httpx.TransportError):
            _post(proxy, body * 2)  # 0.8 s of sending: cut after 0.1 s
        assert proxy.stats.cut_bytes_up > 0


def test_decisions_follow_the_seed(upstream: Upstream) -> None:
    quick = Faults.all(0.1, partition_s=(0.05, 0.1), reorder_delay_s=(0.01, 0.02))

    def run(seed: int) -> list[str]:
        with FaultProxy(upstream.url, seed=seed, faults=quick) as proxy:
            for n in range(30):
                try:
                    _post(proxy, f"seeded-{n}".encode())
                except httpx.TransportError:
                    _wait(lambda proxy=proxy: not proxy.partitioned())
            return [kind for _t, kind, _m, _p in proxy.stats.events if kind != "refused"]

    assert run(11) == run(11)
    assert run(11) != run(12)


def test_only_loopback() -> None:
    with pytest.raises(ValueError, match="loopback"):
        FaultProxy("http://10.0.0.1:80", seed=1)
