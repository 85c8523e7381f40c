"""A seeded fault-injecting HTTP proxy on loopback, one per client (SYNC.md "Proving it").

Store and forward, one request per connection: the client's request is read whole (throttled),
a fault is drawn from `random.Random(seed)`, and the request is forwarded to the server on a
new connection with `Connection: close`; the server's whole answer is read (so a dropped
answer is dropped *after the server committed*) and relayed, throttled, or not. Faults:

- `drop_request`: the connection is closed; the server never sees the request;
- `drop_response`: forwarded and answered, the answer thrown away;
- `duplicate`: forwarded twice at once (the same push twice, concurrently); one answer relayed;
- `reorder`: forwarded and answered; a copy is replayed later, after newer requests;
- `truncate`: half the request body reaches the server, or half the answer the client;
- `error_5xx`: 502 or 503 without asking the server;
- `partition`: every connection refused (accepted and closed) for a while;
- `corrupt` (blob chunks only, `PATCH`): one byte of the body flipped on the way, the chunk's
  checksum header left as the client sent it (elsewhere TLS protects the bytes).
Besides: `throttle_bps` (bytes per second each way, shared by the proxy's connections) and
`cut_every_s` (every open connection cut at that period: the bench's flaky satellite link).

Loopback only: the proxy listens on 127.0.0.1 and forwards only to 127.0.0.1. Bounded: at most
`max_connections` at once, socket timeouts, and it stops by itself after `lifetime_s`.
With one client doing one request at a time the sequence of decisions is reproducible.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from types import TracebackType
from urllib.parse import urlsplit

LOOPBACK = "127.0.0.1"
IO_TIMEOUT_S = 60.0
PIECE = 16 * 1024

FAULT_KINDS = (
    "drop_request",
    "drop_response",
    "duplicate",
    "reorder",
    "truncate",
    "error_5xx",
    "partition",
)


@dataclass(frozen=True)
class Faults:
    """Probability of each fault per request (they are tried in this order)."""

    drop_request: float = 0.0
    drop_response: float = 0.0
    duplicate: float = 0.0
    reorder: float = 0.0
    truncate: float = 0.0
    error_5xx: float = 0.0
    partition: float = 0.0
    corrupt: float = 0.0  # PATCH bodies only; not part of `all`
    partition_s: tuple[float, float] = (0.3, 1.5)
    reorder_delay_s: tuple[float, float] = (0.05, 0.4)
    #: Faults only on requests whose path starts with one of these (None: every request).
    paths: tuple[str, ...] | None = None

    @classmethod
    def all(cls, p: float, **extra: object) -> Faults:
        """Every fault with probability `p` each."""
        return replace(cls(**{k: p for k in FAULT_KINDS}), **extra)  # type: ignore[arg-type]

    def quiet(self) -> bool:
        return self.corrupt == 0 and all(getattr(self, k) == 0 for k in FAULT_KINDS)


class _Bucket:
    """Bytes per second, shared by every connection in one direction."""

    def __init__(self, rate: int | None) -> None:
        self.rate = rate
        self._lock = threading.Lock()
        self._next = time.monotonic()

    def take(self, n: int) -> None:
        if not self.rate or n <= 0:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + n / self.rate
            wait = self._next - now
        if wait > 0:
            time.sleep(wait)


class _Cut(Exception):
    """The link was cut (partition, periodic cut, proxy stopping)."""


@dataclass
class _Request:
    method: str
    path: str
    head: bytes  # request line + headers, rewritten with Connection: close
    body: bytes


@dataclass
class ProxyStats:
    decisions: Counter[str] = field(default_factory=Counter)
    events: list[tuple[float, str, str, str]] = field(default_factory=list)  # t, kind, verb, path
    bytes_up: int = 0  # request bytes received from the client
    bytes_down: int = 0  # answer bytes relayed to the client
    cut_bytes_up: int = 0  # request bytes received on connections that were then cut


class FaultProxy:
    def __init__(
        self,
        upstream: str,
        seed: int,
        faults: Faults | None = None,
        *,
        throttle_bps: int | None = None,
        cut_every_s: float | None = None,
        lifetime_s: float = 900.0,
        max_connections: int = 32,
    ) -> None:
        parts = urlsplit(upstream)
        if parts.hostname not in (LOOPBACK, "localhost") or parts.port is None:
            raise ValueError(f"loopback upstreams only, got {upstream!r}")
        self.upstream = (LOOPBACK, parts.port)
        self.seed = seed
        self.rng = random.Random(seed)
        self.faults = faults or Faults()
        self.up = _Bucket(throttle_bps)
        self.down = _Bucket(throttle_bps)
        self.cut_every_s = cut_every_s
        self.lifetime_s = lifetime_s
        self.stats = ProxyStats()
        self.last_fault_at: float | None = None
        self._slots = threading.BoundedSemaphore(max_connections)
        self._lock = threading.Lock()
        self._partition_until = 0.0
        self._cut_generation = 0
        self._stopping = threading.Event()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((LOOPBACK, 0))
        self._listener.listen(64)
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    # --- control ------------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        self._spawn(self._accept_loop, "proxy-accept")
        if self.cut_every_s:
            self._spawn(self._cutter, "proxy-cutter")
        return self

    def stop(self) -> None:
        self._stopping.set()
        for thread in list(self._threads):
            thread.join(5)
        with contextlib.suppress(OSError):
            self._listener.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self, _t: type[BaseException] | None, _e: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self.stop()

    def set_faults(self, faults: Faults) -> None:
        with self._lock:
            self.faults = faults

    def heal(self) -> None:
        """No more faults from now on (the partition, if any, ends too)."""
        with self._lock:
            self.faults = Faults()
            self._partition_until = 0.0

    def partition_for(self, seconds: float) -> None:
        with self._lock:
            self._partition_until = time.monotonic() + seconds
            self._note("partition", "-", "-")

    def set_throttle(self, bps: int | None) -> None:
        self.up.rate = bps
        self.down.rate = bps

    def partitioned(self) -> bool:
        return time.monotonic() < self._partition_until

    # --- internals ----------------------------------------------------------------------------

    def _spawn(self, target: object, name: str, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)  # type: ignore[arg-type]
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(thread)
        thread.start()

    def _note(self, kind: str, method: str, path: str) -> None:
        now = time.time()  # wall clock: compared with the client processes' journals
        self.stats.decisions[kind] += 1
        if kind != "pass":
            self.last_fault_at = now
            self.stats.events.append((now, kind, method, path))

    def _accept_loop(self) -> None:
        deadline = time.monotonic() + self.lifetime_s
        while not self._stopping.is_set() and time.monotonic() < deadline:
            try:
                conn, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self.partitioned() or not self._slots.acquire(blocking=False):
                with self._lock:
                    self._note("refused", "-", "-")
                _close(conn)
                continue
            self._spawn(self._serve, "proxy-conn", conn)
        self._stopping.set()

    def _cutter(self) -> None:
        assert self.cut_every_s
        while not self._stopping.wait(self.cut_every_s):
            with self._lock:
                self._cut_generation += 1
                self._note("cut", "-", "-")

    def _check(self, generation: int) -> None:
        if self._stopping.is_set() or generation != self._cut_generation or self.partitioned():
            raise _Cut()

    def _serve(self, conn: socket.socket) -> None:
        generation = self._cut_generation
        try:
            conn.settimeout(IO_TIMEOUT_S)
            request = self._read_request(conn, generation)
            if request is None:
                return
            kind, delay = self._decide(request)
            self._act(kind, delay, conn, request, generation)
        except (_Cut, OSError, ValueError):
            pass
        finally:
            _close(conn)
            self._slots.release()

    def _decide(self, request: _Request) -> tuple[str, float]:
        with self._lock:
            faults = self.faults
            applies = faults.paths is None or request.path.startswith(faults.paths)
            kind = "pass"
            if applies and not faults.quiet():
                for name in FAULT_KINDS:
                    if self.rng.random() < getattr(faults, name):
                        kind = name
                        break
            corruptible = applies and request.method == "PATCH" and request.body
            if kind == "pass" and corruptible and self.rng.random() < faults.corrupt:
                kind = "corrupt"
            if kind == "partition":
                low, high = faults.partition_s
                self._partition_until = time.monotonic() + self.rng.uniform(low, high)
            if kind == "truncate":
                kind = "truncate_request" if self.rng.random() < 0.5 else "truncate_response"
            delay = self.rng.uniform(*faults.reorder_delay_s) if kind == "reorder" else 0.0
            self._note(kind, request.method, request.path)
            return kind, delay

    def _act(
        self, kind: str, delay: float, conn: socket.socket, request: _Request, generation: int
    ) -> None:
        if kind in ("drop_request", "partition"):
            return
        if kind == "error_5xx":
            status = b"502 Bad Gateway" if len(request.body) % 2 else b"503 Service Unavailable"
            body = b'{"code":"unavailable","message":"proxy"}'
            conn.sendall(
                b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\n"
                b"Content-Length: "
                + str(len(body)).encode()
                + b"\r\nConnection: close\r\n\r\n"
                + body
            )
            return
        if kind == "truncate_request":
            self._forward(request, truncate=True)
            return
        if kind == "corrupt":
            flipped = bytearray(request.body)
            flipped[len(flipped) // 2] ^= 0x55
            request = replace(request, body=bytes(flipped))
        if kind == "duplicate":
            copy = threading.Thread(target=self._forward_quietly, args=(request,), daemon=True)
            copy.start()
        answer = self._forward(request)
        if kind == "duplicate":
            copy.join(IO_TIMEOUT_S)
        if kind == "reorder":
            self._spawn(self._replay_later, "proxy-replay", request, delay)
        if kind == "drop_response" or answer is None:
            return
        if kind == "truncate_response":
            answer = answer[: max(1, len(answer) // 2)]
        self._send(conn, answer, generation)

    def _replay_later(self, request: _Request, delay: float) -> None:
        if not self._stopping.wait(delay):
            self._forward_quietly(request)

    def _forward_quietly(self, request: _Request) -> None:
        with contextlib.suppress(OSError):
            self._forward(request)

    def _forward(self, request: _Request, truncate: bool = False) -> bytes | None:
        with socket.create_connection(self.upstream, timeout=IO_TIMEOUT_S) as upstream:
            body = request.body[: len(request.body) // 2] if truncate else request.body
            upstream.sendall(request.head + body)
            if truncate:
                return None
            # No half-close: uvicorn takes it as a client gone and drops the request. The
            # server closes after its answer (Connection: close).
            parts: list[bytes] = []
            while chunk := upstream.recv(PIECE):
                parts.append(chunk)
            return b"".join(parts)

    def _send(self, conn: socket.socket, data: bytes, generation: int) -> None:
        for start in range(0, len(data), PIECE):
            piece = data[start : start + PIECE]
            self.down.take(len(piece))
            self._check(generation)
            conn.sendall(piece)
            with self._lock:
                self.stats.bytes_down += len(piece)

    def _read_request(self, conn: socket.socket, generation: int) -> _Request | None:
        buffer = b""
        while b"\r\n\r\n" not in buffer:
            chunk = conn.recv(PIECE)
            if not chunk or len(buffer) > 64 * 1024:
                return None
            buffer += chunk
        head, _, rest = buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _version = lines[0].split(" ", 2)
        headers = [line for line in lines[1:] if line]
        length = 0
        for line in headers:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        body = bytearray(rest)
        received = len(buffer)
        self._arrived(len(buffer), received, generation)
        while len(body) < length:
            chunk = conn.recv(min(PIECE, length - len(body)))
            if not chunk:
                return None
            received += len(chunk)
            self._arrived(len(chunk), received, generation)
            body += chunk
        kept = [
            line
            for line in headers
            if line.partition(":")[0].strip().lower() not in ("connection", "keep-alive")
        ]
        rewritten = "\r\n".join([lines[0], *kept, "Connection: close", "", ""]).encode("latin-1")
        return _Request(method, path, rewritten, bytes(body))

    def _arrived(self, n: int, received: int, generation: int) -> None:
        """Count (and throttle) request bytes; a cut link loses what this request sent."""
        self.up.take(n)
        with self._lock:
            self.stats.bytes_up += n
        try:
            self._check(generation)
        except _Cut:
            with self._lock:
                self.stats.cut_bytes_up += received
            raise


def _close(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        conn.close()
