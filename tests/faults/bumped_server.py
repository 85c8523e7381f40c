"""`ekinerja-server` one schema version ahead (test only), with a real upcaster for it.

The test-only schema 2 renames the RHK's text on the wire: `teks` becomes `uraian` in
`rhk.create` / `rhk.update` payloads. A schema-2 server no longer knows `teks` (an old payload
that was not upcast loses its text: the tests would see it), and its domain stores `uraian` in
the same column. The upcaster 1 → 2 is registered in the shared registry
(`ekinerja_desktop.sync.upcast.UPCASTERS`), which the server applies to a schema-1 client's
ops and an upgraded client applies to its own older outbox rows.

    EKINERJA_TEST_MIN_SCHEMA=1|2 python -m tests.faults.bumped_server serve ...
"""

from __future__ import annotations

import os
import sys
from typing import Any

from ekinerja_desktop.sync import protocol as p
from ekinerja_desktop.sync.upcast import UPCASTERS
from ekinerja_server import apply

BASE = 1  # the schema this code base really has
RHK_TEXT_OPS = frozenset({"rhk.create", "rhk.update"})


def rename_teks(op: str, payload: dict[str, Any]) -> dict[str, Any]:
    """The upcaster 1 → 2."""
    if op in RHK_TEXT_OPS and "teks" in payload:
        payload["uraian"] = payload.pop("teks")
    return payload


def bump_client() -> None:
    """What an upgraded app (schema 2) has: the new version and the upcaster."""
    p.SCHEMA_VERSION = BASE + 1
    UPCASTERS[BASE] = rename_teks


def install(min_schema: int) -> None:
    bump_client()
    p.MIN_SCHEMA_VERSION = min_schema
    upcast = apply.Processor.upcast

    def upcast_then_read_schema_2(self: apply.Processor, op: p.PushOp) -> dict[str, Any]:
        payload = upcast(self, op)
        if op.op in RHK_TEXT_OPS:
            payload.pop("teks", None)  # not a schema-2 field: ignored, as unknown fields are
            if "uraian" in payload:
                payload["teks"] = payload.pop("uraian")
        return payload

    apply.Processor.upcast = upcast_then_read_schema_2  # type: ignore[method-assign]


if __name__ == "__main__":
    from ekinerja_server.__main__ import main

    install(int(os.environ.get("EKINERJA_TEST_MIN_SCHEMA", "1")))
    sys.exit(main())
