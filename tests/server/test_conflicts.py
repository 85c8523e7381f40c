"""Field-level merge, conflicts, deletes and the approval workflow (SYNC.md "Conflicts and the
workflow"), over real HTTP on SQLite and PostgreSQL."""

from __future__ import annotations

from tests.server.processes import RunningServer
from tests.server.sync_support import Api, Seeded, new_rhk, new_skp


def _device(server: RunningServer, seeded: Seeded, role: str = "Pegawai") -> Api:
    return Api(server.url, seeded.nip[role]).connect()


def test_different_fields_merge_and_the_same_field_conflicts(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    laptop, kantor = _device(sync_server, seeded), _device(sync_server, seeded)
    skp_id = new_skp(laptop, seeded)
    rhk_id = new_rhk(laptop, skp_id, "awal")

    assert laptop.push_one("rhk.update", rhk_id, 1, teks="dari laptop")["status"] == "applied"
    merged = kantor.push_one("rhk.update", rhk_id, 1, urutan=7)
    assert merged["status"] == "merged"

    same = kantor.push_one("rhk.update", rhk_id, 1, teks="dari laptop")
    assert same["status"] == "merged"  # the same value: a no-op, not a conflict

    clash = kantor.push_one("rhk.update", rhk_id, 1, teks="dari kantor", penugasan_dari="Kabag")
    assert clash["status"] == "conflict"
    assert clash["current"] == {"teks": "dari laptop"}
    kantor.pull()
    row = kantor.row("rhk", rhk_id)["fields"]
    assert (row["teks"], row["urutan"], row["penugasan_dari"]) == ("dari laptop", 7, "Kabag")
    issue = kantor.issues[clash["issue_id"]]
    assert issue["kind"] == "conflict"
    [field] = issue["fields"]
    assert (field["field"], field["mine"], field["server"]) == (
        "teks",
        "dari kantor",
        "dari laptop",
    )
    assert field["server_changed_by"]  # who changed the server's value…
    assert field["server_changed_at"]  # …and when

    # Every device of the user sees the same Konflik list, and the resolution.
    laptop.pull()
    assert clash["issue_id"] in laptop.issues
    resolved = kantor.post(
        f"/v1/sync/issues/{clash['issue_id']}/resolve", {"resolution": "server"}
    )["issue"]
    assert resolved["resolution"] == "server"
    laptop.pull()
    assert laptop.issues[clash["issue_id"]]["resolution"] == "server"
    open_issues = laptop.http.get(
        f"{sync_server.url}/v1/sync/issues", headers={"Authorization": f"Bearer {laptop.token}"}
    ).json()["issues"]
    assert clash["issue_id"] not in {i["id"] for i in open_issues}


def test_a_second_offline_edit_keeps_the_first_base_and_does_not_conflict_with_itself(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    api = _device(sync_server, seeded)
    skp_id = new_skp(api, seeded)
    rhk_id = new_rhk(api, skp_id)
    body = api.push(
        api.op("rhk.update", rhk_id, 1, teks="pertama"),
        api.op("rhk.update", rhk_id, 1, teks="kedua"),
    )
    # The second edit's base is older, but only this device changed it since: applied.
    assert [r["status"] for r in body["results"]] == ["applied", "applied"]
    api.pull()
    assert api.row("rhk", rhk_id)["fields"]["teks"] == "kedua"


def test_deletes_win_over_concurrent_updates(sync_server: RunningServer, seeded: Seeded) -> None:
    laptop, kantor = _device(sync_server, seeded), _device(sync_server, seeded)
    skp_id = new_skp(laptop, seeded)
    hapus, ubah = new_rhk(laptop, skp_id, "hapus"), new_rhk(laptop, skp_id, "ubah")

    assert laptop.push_one("rhk.delete", hapus, 1)["status"] == "applied"
    late = kantor.push_one("rhk.update", hapus, 1, teks="terlambat")
    assert (late["status"], late["reason"]) == ("refused", "deleted")

    assert laptop.push_one("rhk.update", ubah, 1, teks="diubah")["status"] == "applied"
    assert kantor.push_one("rhk.delete", ubah, 1)["status"] == "applied"  # stale base: still wins
    kantor.pull()
    assert kantor.row("rhk", hapus)["deleted"] and kantor.row("rhk", ubah)["deleted"]
    assert kantor.issues[late["issue_id"]]["local_value"] == {"teks": "terlambat"}


def test_approval_first_then_the_offline_edit_is_refused_skp_locked(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    laptop, offline = _device(sync_server, seeded), _device(sync_server, seeded)
    skp_id = new_skp(laptop, seeded)
    rhk_id = new_rhk(laptop, skp_id, "isi")
    laptop.pull()
    versi = laptop.row("skp", skp_id)["fields"]["versi_isi"]
    submit = laptop.push_one(
        "skp.submit", skp_id, None, dari="DRAFT", ke="PENGAJUAN", versi_isi=versi
    )
    assert submit["status"] == "applied"

    ppk = _device(sync_server, seeded, "Atasan")
    ppk.pull()
    seen = ppk.row("skp", skp_id)
    assert seen["fields"]["status"] == "PENGAJUAN"
    approve = ppk.push_one(
        "skp.approve",
        skp_id,
        seen["version"],
        dari="PENGAJUAN",
        ke="PERSETUJUAN",
        versi_isi=seen["fields"]["versi_isi"],
    )
    assert approve["status"] == "applied"

    # The owner's other laptop edited offline, before it heard of the submit or the approval.
    edit = offline.push_one("rhk.update", rhk_id, 1, teks="diketik offline")
    assert (edit["status"], edit["reason"]) == ("refused", "skp_locked")
    offline.pull()
    assert offline.row("skp", skp_id)["fields"]["status"] == "PERSETUJUAN"  # pulls the lock
    assert offline.row("rhk", rhk_id)["fields"]["teks"] == "isi"
    assert offline.issues[edit["issue_id"]]["local_value"] == {"teks": "diketik offline"}


def test_edit_first_then_a_stale_approval_is_refused_stale_review(
    sync_server: RunningServer, seeded: Seeded
) -> None:
    owner = _device(sync_server, seeded)
    skp_id = new_skp(owner, seeded)
    rhk_id = new_rhk(owner, skp_id, "versi awal")
    owner.pull()
    versi = owner.row("skp", skp_id)["fields"]["versi_isi"]
    owner.push_one("skp.submit", skp_id, None, dari="DRAFT", ke="PENGAJUAN", versi_isi=versi)

    ppk_tablet = _device(sync_server, seeded, "Atasan")
    ppk_tablet.pull()
    reviewed = ppk_tablet.row("skp", skp_id)  # the PPK reads this version, then goes offline

    # Meanwhile the SKP goes back to Draft (admin reset), is edited and submitted again.
    admin = _device(sync_server, seeded, "Admin")
    reset = admin.push_one(
        "skp.set_status", skp_id, None, dari="PENGAJUAN", ke="DRAFT", catatan="x"
    )
    assert reset["status"] == "applied"
    assert owner.push_one("rhk.update", rhk_id, 1, teks="versi baru")["status"] == "applied"
    owner.pull()
    versi = owner.row("skp", skp_id)["fields"]["versi_isi"]
    owner.push_one("skp.submit", skp_id, None, dari="DRAFT", ke="PENGAJUAN", versi_isi=versi)

    stale = ppk_tablet.push_one(
        "skp.approve",
        skp_id,
        reviewed["version"],
        dari="PENGAJUAN",
        ke="PERSETUJUAN",
        versi_isi=reviewed["fields"]["versi_isi"],
    )
    assert (stale["status"], stale["reason"]) == ("refused", "stale_review")
    assert stale["message"] == "SKP berubah sejak Anda meninjau; tinjau ulang"

    ppk_tablet.pull()
    fresh = ppk_tablet.row("skp", skp_id)
    assert fresh["fields"]["status"] == "PENGAJUAN"
    ok = ppk_tablet.push_one(
        "skp.approve",
        skp_id,
        fresh["version"],
        dari="PENGAJUAN",
        ke="PERSETUJUAN",
        versi_isi=fresh["fields"]["versi_isi"],
    )
    assert ok["status"] == "applied"
    owner.pull()
    assert owner.row("skp", skp_id)["fields"]["status"] == "PERSETUJUAN"
    history = [
        (r["fields"]["dari"], r["fields"]["ke"])
        for (entity, _), r in owner.rows.items()
        if entity == "riwayat_status_skp" and r["fields"]["skp_id"] == skp_id
    ]
    assert sorted(history) == sorted(
        [
            ("DRAFT", "PENGAJUAN"),
            ("PENGAJUAN", "DRAFT"),
            ("DRAFT", "PENGAJUAN"),
            ("PENGAJUAN", "PERSETUJUAN"),
        ]
    )
