"""Named points at which a fault-injection test kills the server (SYNC.md "Proving it").

`EKINERJA_SERVER_KILL_AT=<point>[:<n>][,<point>[:<n>]…]` makes the process SIGKILL itself the
n-th time (default: the first) it reaches `<point>`. Unset — always, outside the tests —
`reached` is a function that returns at once: nothing is read, counted or checked.

Points: `push.before_commit` (a push's effects written, the transaction still open),
`push.after_commit` (committed, the answer not yet sent), `blob.after_append` (a chunk
fsynced, its offset not yet committed).
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Mapping

ENV = "EKINERJA_SERVER_KILL_AT"


def parse(value: str) -> dict[str, int]:
    points: dict[str, int] = {}
    for part in value.split(","):
        name, _, count = part.strip().partition(":")
        if name:
            points[name] = max(1, int(count)) if count else 1
    return points


def _noop(_point: str) -> None:
    return None


def _killer(points: Mapping[str, int]) -> Callable[[str], None]:
    seen: dict[str, int] = {}
    lock = threading.Lock()

    def reached(point: str) -> None:
        wanted = points.get(point)
        if wanted is None:
            return
        with lock:
            seen[point] = seen.get(point, 0) + 1
            if seen[point] == wanted:
                os.kill(os.getpid(), signal.SIGKILL)

    return reached


_POINTS = parse(os.environ.get(ENV, ""))
reached: Callable[[str], None] = _killer(_POINTS) if _POINTS else _noop
