"""Push and pull over real HTTP against a real server process, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import httpx
from sqlalchemy import func, select

from ekinerja_desktop.models import Rhk
from ekinerja_server.db import create_server_engine
from ekinerja_server.models import ChangeLog, OpOutcome, ServerIssue
from tests.server.processes import RunningServer
from tests.server.sync_support import Api, Seeded, new_rhk, new_skp


def _api(server: RunningServer, seeded: Seeded, role: str = "Pegawai") -> Api:
    return Api(server.url, seeded.nip[role]).connect()


def _count(seeded: Seeded, statement: Any) -> int:
    engine = create_server_engine(seeded.url)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(statement) or 0)
    finally:
        engine.dispose()


def test_every_response_is_stamped_and_gzip_both_ways(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    api = _api(sync_server, seeded)
    response = api.request(
        "/v1/sync/pull", {"client_id": api.client_id, "cursor": 0, "limit_rows": 50}, gzipped=True
    )
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["x-server-epoch"] == response.json()["server_epoch"]
    assert "x-server-time" in response.headers
    bad = api.http.post(f"{sync_server.url}/v1/sync/pull", json={"client_id": api.client_id})
    assert bad.status_code == 401
    assert bad.json()["code"] == "unauthorized"
    assert bad.headers["x-server-epoch"]


def test_push_twice_has_one_effect_and_returns_stored_outcomes(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    api = _api(sync_server, seeded)
    skp_id = new_skp(api, seeded)
    rhk_id = new_rhk(api, skp_id)
    ops = [api.op("rhk.update", rhk_id, 1, teks="satu"), api.op("nope.op", rhk_id, 1)]
    first = api.push(*ops)
    assert [r["status"] for r in first["results"]] == ["applied", "refused"]
    again = api.push(*ops)  # the response was lost: the same request again
    assert [r["status"] for r in again["results"]] == ["duplicate", "duplicate"]
    assert [r["original_status"] for r in again["results"]] == ["applied", "refused"]
    assert again["results"][0]["version"] == first["results"][0]["version"]
    assert again["results"][1]["issue_id"] == first["results"][1]["issue_id"]
    assert again["last_seq"] == first["last_seq"] == api.seq
    assert _count(seeded, select(Rhk.version).where(Rhk.id == rhk_id)) == 2
    history = select(func.count()).select_from(ChangeLog).where(ChangeLog.entity_id == rhk_id)
    assert _count(seeded, history) == 2  # create + one update


def test_the_same_push_from_two_threads_at_once_has_one_effect(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    api = _api(sync_server, seeded)
    skp_id = new_skp(api, seeded)
    rhk_id = new_rhk(api, skp_id)
    ops = [api.op("rhk.update", rhk_id, 1 + i, teks=f"versi {i}") for i in range(20)]
    body = {"client_id": api.client_id, "ops": ops}
    answers: list[dict[str, Any]] = []
    barrier = threading.Barrier(2)

    def send() -> None:
        with httpx.Client(timeout=30) as http:
            barrier.wait()
            response = http.post(
                f"{sync_server.url}/v1/sync/push",
                json=body,
                headers={"Authorization": f"Bearer {api.token}"},
            )
            answers.append(response.json())

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = sorted({r["status"] for a in answers for r in a["results"]})
    assert statuses == ["applied", "duplicate"]
    assert _count(seeded, select(Rhk.version).where(Rhk.id == rhk_id)) == 21
    outcomes = (
        select(func.count()).select_from(OpOutcome).where(OpOutcome.client_id == api.client_id)
    )
    assert _count(seeded, outcomes) == api.seq


def test_a_gap_stops_with_expected_seq_and_writes_nothing_after_it(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    api = _api(sync_server, seeded)
    skp_id = new_skp(api, seeded)
    rhk_id = new_rhk(api, skp_id)
    good = api.op("rhk.update", rhk_id, 1, teks="sebelum celah")
    api.seq += 1  # client_seq skipped
    after_gap = api.op("rhk.update", rhk_id, 2, teks="sesudah celah")
    body = api.push(good, after_gap)
    assert [r["status"] for r in body["results"]] == ["applied"]
    assert body["expected_seq"] == good["client_seq"] + 1
    assert body["last_seq"] == good["client_seq"]
    api.pull()
    assert api.row("rhk", rhk_id)["fields"]["teks"] == "sebelum celah"


def test_a_refusal_advances_the_queue_and_records_an_issue(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    api = _api(sync_server, seeded)
    other = _api(sync_server, seeded, "Rekan")
    skp_id = new_skp(api, seeded)
    rhk_id = new_rhk(api, skp_id)
    forbidden = other.op("rhk.update", rhk_id, 1, teks="bukan milik saya")
    fine = other.op("nope.op", str(uuid.uuid4()), None)
    body = other.push(forbidden, fine)
    assert [r["status"] for r in body["results"]] == ["refused", "refused"]
    assert body["results"][0]["reason"] == "forbidden"
    assert body["last_seq"] == other.seq
    issues = (
        select(func.count())
        .select_from(ServerIssue)
        .where(ServerIssue.client_id == other.client_id)
    )
    assert _count(seeded, issues) == 2
    other.pull()
    assert {i["reason"] for i in other.issues.values()} >= {"forbidden", "unknown_op"}
    # The values the user typed are kept in the issue.
    kept = next(i for i in other.issues.values() if i["reason"] == "forbidden")
    assert kept["local_value"] == {"teks": "bukan milik saya"}


def test_pull_pages_in_commit_order_and_only_within_scope(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    owner = _api(sync_server, seeded)
    skp_id = new_skp(owner, seeded)
    for i in range(5):
        new_rhk(owner, skp_id, f"RHK {i}")

    ppk = _api(sync_server, seeded, "Atasan")
    pages = ppk.pull(limit_rows=25)
    assert len(pages) > 2
    seqs = [c["server_seq"] for page in pages for c in page["changes"]]
    assert seqs == sorted(seqs)
    assert ppk.row("skp", skp_id)["fields"]["status"] == "DRAFT"

    outsider = _api(sync_server, seeded, "Lain")
    outsider.pull(limit_rows=500)
    assert ("skp", skp_id) not in outsider.rows
    assert not any(
        k[0] == "rhk" and v["fields"]["skp_id"] == skp_id for k, v in outsider.rows.items()
    )
    # ...but master data is shared within the instansi.
    assert ("pegawai", seeded.id["Pegawai"]) in outsider.rows

    # Later pulls bring only what changed after the cursor.
    before = ppk.cursor
    new_rhk(owner, skp_id, "baru")
    page = ppk.pull()[0]
    assert page["cursor"] > before
    assert {c["entity"] for c in page["changes"]} == {"rhk", "skp"}  # skp: versi_isi bumped


def test_hello_and_envelope_errors(sync_server: RunningServer, seeded: Seeded) -> None:
    api = Api(sync_server.url, seeded.nip["Pegawai"]).login()
    hello = api.hello()
    assert hello["last_seq_for_client"] == 0
    assert hello["schema_supported"] == [1]
    assert hello["max_batch_ops"] >= 1000

    intruder = Api(sync_server.url, seeded.nip["Rekan"], client_id=api.client_id).login()
    response = intruder.request(
        "/v1/sync/hello", {"client_id": api.client_id, "user_nip": intruder.nip}
    )
    assert response.status_code == 403
    assert response.json()["code"] == "client_user_mismatch"

    old = api.request(
        "/v1/sync/hello", {"client_id": api.client_id, "user_nip": api.nip, "schema_version": 0}
    )
    assert old.status_code == 426
    assert old.json()["message"] == (
        "Perbarui aplikasi untuk melanjutkan sinkronisasi. Perubahan Anda tetap tersimpan."
    )
    unknown = api.request("/v1/sync/push", {"client_id": str(uuid.uuid4()), "ops": []})
    assert unknown.status_code == 409
    assert unknown.json()["code"] == "unknown_client"
    bad = api.request("/v1/sync/push", {"client_id": api.client_id, "ops": [{"op": 1}]})
    assert bad.status_code == 422
    assert bad.json()["code"] == "invalid_request"


def test_a_cursor_the_server_cannot_serve_asks_for_a_resync(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    api = _api(sync_server, seeded)
    api.pull()
    ahead = api.request(
        "/v1/sync/pull", {"client_id": api.client_id, "cursor": api.cursor + 10**9}
    )  # e.g. the server was restored from an older backup
    assert ahead.status_code == 410
    assert (ahead.json()["code"], ahead.json()["reason"]) == ("resync_required", "cursor_expired")
    other = _api(sync_server, seeded)  # never served that cursor: its scope is unknown
    unknown = other.request("/v1/sync/pull", {"client_id": other.client_id, "cursor": api.cursor})
    assert (unknown.status_code, unknown.json()["reason"]) == (410, "scope_changed")
