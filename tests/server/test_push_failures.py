"""Unexpected server errors on one op: transient (retry_later, nothing after it, the queue not
advanced past it) for 5 attempts, then a `refused: server_error` issue with the payload kept.

The app runs in a uvicorn thread of this process (real HTTP) so the fault can be patched in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ekinerja_desktop.domain.authz import OpSpec
from ekinerja_desktop.sync.protocol import PushOp, PushResult
from ekinerja_server import apply
from ekinerja_server.push import MAX_ATTEMPTS
from tests.server.sync_support import Api, inprocess_server, new_rhk, new_skp, seed_demo


def test_a_failing_op_is_retried_then_refused_and_never_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded = seed_demo(f"sqlite:///{tmp_path / 'fail.db'}")
    original = apply.Processor.apply

    def failing(self: apply.Processor, op: PushOp, spec: OpSpec | None) -> PushResult:
        if op.payload.get("teks") == "BOOM":
            raise RuntimeError("injected")
        return original(self, op, spec)

    monkeypatch.setattr(apply.Processor, "apply", failing)
    with inprocess_server(seeded.url) as url:
        api = Api(url, seeded.nip["Pegawai"]).connect()
        skp_id = new_skp(api, seeded)
        rhk_id = new_rhk(api, skp_id)
        ops: list[dict[str, Any]] = [
            api.op("rhk.update", rhk_id, 1, teks="sebelum"),
            api.op("rhk.update", rhk_id, 1, teks="BOOM"),
            api.op("rhk.update", rhk_id, 1, urutan=9),
        ]
        first = api.push(*ops)
        assert [r["status"] for r in first["results"]] == ["applied", "retry_later"]
        assert first["last_seq"] == ops[0]["client_seq"]  # the failing op did not advance
        assert first["results"][-1]["retry_after"] > 0

        for _ in range(MAX_ATTEMPTS - 2):
            again = api.push(*ops[1:])
            assert [r["status"] for r in again["results"]] == ["retry_later"]
        final = api.push(*ops[1:])
        assert [r["status"] for r in final["results"]] == ["refused", "applied"]
        assert final["results"][0]["reason"] == "server_error"
        assert final["last_seq"] == ops[-1]["client_seq"]

        api.pull()
        issue = api.issues[final["results"][0]["issue_id"]]
        assert issue["reason"] == "server_error"
        assert issue["local_value"] == {"teks": "BOOM"}
        row = api.row("rhk", rhk_id)["fields"]
        assert (row["teks"], row["urutan"]) == ("sebelum", 9)
