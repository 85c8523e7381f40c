"""`ekinerja-server` with a bug on one payload (test only): any op whose text is "BOOM" makes the
server raise, as a crash on an unforeseen payload would. Run as
`python -m tests.faults.boom_server serve ...` (the same arguments as `ekinerja_server`)."""

from __future__ import annotations

import sys

from ekinerja_desktop.domain.authz import OpSpec
from ekinerja_desktop.sync.protocol import PushOp, PushResult
from ekinerja_server import apply
from ekinerja_server.__main__ import main

TRIGGER = "BOOM"


def install() -> None:
    original = apply.Processor.apply

    def failing(self: apply.Processor, op: PushOp, spec: OpSpec | None) -> PushResult:
        if op.payload.get("teks") == TRIGGER:
            raise RuntimeError("an unforeseen payload")
        return original(self, op, spec)

    apply.Processor.apply = failing  # type: ignore[method-assign]


if __name__ == "__main__":
    install()
    sys.exit(main())
