"""Sync against a real server process with several real clients (SYNC.md "Proving it")."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from sqlalchemy import func, select

from ekinerja_desktop.domain import Pendekatan, StatusSkp
from ekinerja_desktop.errors import TransientError, UserError
from ekinerja_desktop.models import OutboxEntry, Pegawai, Rhk, SentLog, Skp
from ekinerja_desktop.services import entities
from ekinerja_desktop.services.sync_queries import IssueRow, daftar_issue, daftar_outbox
from ekinerja_desktop.sync import protocol as p
from ekinerja_desktop.sync.conflicts import pakai_punya_saya, pakai_versi_server
from tests.support import ajukan
from tests.sync.conftest import Laptop, Laptops, wait_for

TAHUN = 2031


def draft(laptop: Laptop, teks: str, tahun: int = TAHUN) -> tuple[str, str]:
    """A new Draft SKP with one RHK, made locally (offline): (skp_id, rhk_id)."""
    layanan = laptop.skp()
    skp_id = layanan.buat_skp(date(tahun, 1, 1), date(tahun, 12, 31), Pendekatan.KUANTITATIF)
    return skp_id, layanan.tambah_rhk(skp_id, teks)


def rhk(laptop: Laptop, rhk_id: str) -> Rhk | None:
    with laptop.uow.read() as session:
        return session.get(Rhk, rhk_id)


def status(laptop: Laptop, skp_id: str) -> StatusSkp:
    with laptop.uow.read() as session:
        skp = session.get(Skp, skp_id)
        assert skp is not None
        return skp.status


def waiting(laptop: Laptop) -> int:
    with laptop.uow.read() as session:
        return len(daftar_outbox(session))


def test_drafts_made_offline_on_two_laptops_arrive_once_each(laptops: Laptops) -> None:
    pegawai, ketua = laptops("Pegawai"), laptops("Ketua Tim")
    _, rhk_a = draft(pegawai, "Menyusun rencana anggaran unit")
    _, rhk_b = draft(ketua, "Mengoordinasikan tim perencanaan")
    assert waiting(pegawai) == 2 and waiting(ketua) == 2  # skp.create, rhk.create
    for laptop in (pegawai, ketua, pegawai, ketua):  # online again; a second round too
        laptop.sync()
    assert waiting(pegawai) == 0 and waiting(ketua) == 0
    admin = laptops("Admin")
    with admin.uow.read() as session:
        teks = session.scalars(select(Rhk.teks).where(Rhk.id.in_([rhk_a, rhk_b]))).all()
        same_text = session.scalar(
            select(func.count()).where(Rhk.teks == "Menyusun rencana anggaran unit")
        )
    assert sorted(teks) == ["Mengoordinasikan tim perencanaan", "Menyusun rencana anggaran unit"]
    assert same_text == 1
    with pegawai.uow.read() as session:
        outcomes = set(session.scalars(select(SentLog.outcome)))
    assert outcomes <= {"applied", "merged"}


class DropPushResponse(httpx.BaseTransport):
    """Forwards a push, lets the server commit it, then loses the answer (once when armed)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.armed = False
        self.pushes = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path == p.PATH_PUSH:
            self.pushes += 1
            if self.armed:
                self.armed = False
                response.read()
                response.close()
                raise httpx.ReadTimeout("answer lost after commit", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


def test_a_lost_push_response_has_one_effect(laptops: Laptops) -> None:
    drop = DropPushResponse()
    pegawai = laptops("Pegawai", transport=drop)
    _, rhk_id = draft(pegawai, "Versi pertama")
    pegawai.sync()
    before = rhk(pegawai, rhk_id)
    assert before is not None and before.version == 1
    pegawai.skp().ubah_rhk(rhk_id, teks="Versi kedua")
    drop.armed = True
    with pytest.raises(TransientError):
        pegawai.sync()
    assert waiting(pegawai) == 1  # unacknowledged: still waiting, nothing lost
    pegawai.sync()  # the same op again: the server answers with the stored outcome
    after = rhk(pegawai, rhk_id)
    assert after is not None and after.teks == "Versi kedua"
    assert after.version == 2  # one effect: one version step, not two
    assert waiting(pegawai) == 0
    with pegawai.uow.read() as session:
        assert session.scalar(select(func.count()).select_from(SentLog)) == 3
    assert daftar_issue_count(pegawai) == 0
    admin = laptops("Admin")
    on_server = rhk(admin, rhk_id)
    assert on_server is not None and (on_server.teks, on_server.version) == ("Versi kedua", 2)


def daftar_issue_count(laptop: Laptop) -> int:
    with laptop.uow.read() as session:
        return len(daftar_issue(session))


def test_approval_on_the_pimpinan_laptop_reaches_the_pegawai_and_locks_the_skp(
    laptops: Laptops,
) -> None:
    pegawai = laptops("Pegawai")
    skp_id, rhk_id = draft(pegawai, "Menyusun laporan kinerja")
    ajukan(pegawai.skp(), skp_id)
    pegawai.sync()
    ppk = laptops("PPK")
    assert status(ppk, skp_id) is StatusSkp.PENGAJUAN  # the subordinate's SKP reached the PPK
    ppk.skp().ubah_status(skp_id, StatusSkp.PERSETUJUAN)
    ppk.sync()
    result = pegawai.sync()
    assert ("skp", skp_id) in result.changes.changed  # open screens refresh from this
    assert status(pegawai, skp_id) is StatusSkp.PERSETUJUAN
    with pytest.raises(UserError):
        pegawai.skp().ubah_rhk(rhk_id, teks="Diubah setelah disetujui")


def test_offline_edit_arriving_after_approval_is_kept_in_the_konflik_list(
    laptops: Laptops,
) -> None:
    kantor = laptops("Pegawai", name="kantor")
    skp_id, rhk_id = draft(kantor, "Teks yang diajukan")
    kantor.sync()
    rumah = laptops("Pegawai", name="rumah")  # the same pegawai's second laptop
    ajukan(kantor.skp(), skp_id)
    kantor.sync()
    ppk = laptops("PPK")
    ppk.skp().ubah_status(skp_id, StatusSkp.PERSETUJUAN)
    ppk.sync()
    rumah.skp().ubah_rhk(rhk_id, teks="Diketik di rumah tanpa internet")  # still Draft there
    rumah.sync()
    assert status(rumah, skp_id) is StatusSkp.PERSETUJUAN
    row = rhk(rumah, rhk_id)
    assert row is not None and row.teks == "Teks yang diajukan"
    with rumah.uow.read() as session:
        issues = daftar_issue(session)
    assert [(i.kind, i.reason) for i in issues] == [("refused", "skp_locked")]
    assert issues[0].local_value["teks"] == "Diketik di rumah tanpa internet"
    with pytest.raises(UserError):
        rumah.skp().ubah_rhk(rhk_id, teks="lagi")  # the form is locked there too


def test_approval_of_a_changed_skp_is_refused_as_stale_review(laptops: Laptops) -> None:
    pegawai = laptops("Pegawai")
    skp_id, rhk_id = draft(pegawai, "Versi yang ditinjau")
    ajukan(pegawai.skp(), skp_id)
    pegawai.sync()
    ppk_lama = laptops("PPK", name="ppk-lama")  # opened the SKP, then went offline
    ppk_baru = laptops("PPK", name="ppk-baru")
    ppk_baru.skp().ubah_status(skp_id, StatusSkp.DRAFT, catatan="Perbaiki RHK")
    ppk_baru.sync()
    pegawai.sync()
    pegawai.skp().ubah_rhk(rhk_id, teks="Versi yang diperbaiki")
    ajukan(pegawai.skp(), skp_id)
    pegawai.sync()
    ppk_lama.skp().ubah_status(skp_id, StatusSkp.PERSETUJUAN)  # on what it saw back then
    ppk_lama.sync()
    assert status(ppk_lama, skp_id) is StatusSkp.PENGAJUAN
    with ppk_lama.uow.read() as session:
        issues = daftar_issue(session)
    assert [i.reason for i in issues] == ["stale_review"]
    row = rhk(ppk_lama, rhk_id)
    assert row is not None and row.teks == "Versi yang diperbaiki"  # to review again


def test_overlapping_offline_edits_make_one_conflict_resolved_with_my_value(
    laptops: Laptops,
) -> None:
    kantor = laptops("Pegawai", name="kantor")
    _, rhk_id = draft(kantor, "Awal")
    kantor.sync()
    rumah = laptops("Pegawai", name="rumah")
    kantor.skp().ubah_rhk(rhk_id, teks="Dari kantor")
    rumah.skp().ubah_rhk(rhk_id, teks="Dari rumah")
    kantor.sync()
    rumah.sync()
    kantor.sync()
    row = rhk(rumah, rhk_id)
    assert row is not None and row.teks == "Dari kantor"  # the server value stands
    issues = {}
    for laptop in (kantor, rumah):
        with laptop.uow.read() as session:
            issues[laptop.name] = daftar_issue(session)
    assert len(issues["rumah"]) == 1
    assert [i.id for i in issues["kantor"]] == [issues["rumah"][0].id]  # every device, one list
    konflik = issues["rumah"][0]
    assert konflik.kind == "conflict"
    assert konflik.local_value["teks"] == "Dari rumah"
    assert konflik.server_value["teks"] == "Dari kantor"

    assert pakai_punya_saya(rumah.uow, konflik.id) is not None
    rumah.sync()
    kantor.sync()
    row = rhk(kantor, rhk_id)
    assert row is not None and row.teks == "Dari rumah"
    with kantor.uow.read() as session:
        assert [i.resolution for i in daftar_issue(session)] == ["mine"]


def test_a_conflict_resolved_with_the_server_value_closes_on_every_device(
    laptops: Laptops,
) -> None:
    kantor = laptops("Pegawai", name="kantor")
    _, rhk_id = draft(kantor, "Awal")
    kantor.sync()
    rumah = laptops("Pegawai", name="rumah")
    kantor.skp().ubah_rhk(rhk_id, teks="Dari kantor")
    rumah.skp().ubah_rhk(rhk_id, teks="Dari rumah")
    kantor.sync()
    rumah.sync()
    (konflik,) = (i for i in _issues(rumah))
    pakai_versi_server(rumah.uow, konflik.id)
    rumah.sync()
    kantor.sync()
    assert [(i.id, i.resolution) for i in _issues(kantor)] == [(konflik.id, "server")]
    row = rhk(kantor, rhk_id)
    assert row is not None and row.teks == "Dari kantor"


def _issues(laptop: Laptop) -> list[IssueRow]:
    with laptop.uow.read() as session:
        return daftar_issue(session)


def test_edits_of_different_fields_merge(laptops: Laptops) -> None:
    kantor = laptops("Pegawai", name="kantor")
    _, rhk_id = draft(kantor, "Awal")
    kantor.sync()
    rumah = laptops("Pegawai", name="rumah")
    kantor.skp().ubah_rhk(rhk_id, teks="Teks dari kantor")
    rumah.skp().ubah_rhk(rhk_id, penugasan_dari="Kepala Bagian")
    kantor.sync()
    rumah.sync()
    kantor.sync()
    for laptop in (kantor, rumah):
        row = rhk(laptop, rhk_id)
        assert row is not None
        assert (row.teks, row.penugasan_dari) == ("Teks dari kantor", "Kepala Bagian")
        assert _issues(laptop) == []
    with rumah.uow.read() as session:
        assert set(session.scalars(select(SentLog.outcome))) >= {"merged"}


class FailFirstPush(httpx.BaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.pushes = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == p.PATH_PUSH:
            self.pushes += 1
            if self.pushes == 1:
                raise httpx.ConnectError("link down", request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_one_transient_failure_and_no_further_edits_is_retried_by_itself(
    laptops: Laptops,
) -> None:
    link = FailFirstPush()
    pegawai = laptops("Pegawai", transport=link, start=True)
    draft(pegawai, "Dikirim walau jaringan sempat putus")  # the only edit: nothing else comes
    wait_for(lambda: link.pushes >= 2 and waiting(pegawai) == 0)
    with pegawai.uow.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0


def test_no_client_holds_a_row_outside_its_scope_after_a_transfer(laptops: Laptops) -> None:
    """The pegawai moves to another bagian; their Draft SKP takes the new atasan as pejabat
    penilai ("Muat ulang"): the old PPK's laptop must not keep it."""
    pegawai = laptops("Pegawai")
    skp_id, rhk_id = draft(pegawai, "Sebelum pindah")
    pegawai.sync()
    ppk = laptops("PPK")
    assert status(ppk, skp_id) is StatusSkp.DRAFT and rhk(ppk, rhk_id) is not None
    assert pegawai.uow.aktor is not None
    pegawai_id = pegawai.uow.aktor.pegawai_id
    admin = laptops("Admin")
    with admin.uow.write() as t:
        orang = entities.get(t, Pegawai, pegawai_id, "Pegawai")
        entities.update(
            t, orang, unor_id=laptops.demo.unor_lain, atasan_id=laptops.demo.kepala_lain
        )
    admin.sync()
    pegawai.sync()
    pegawai.skp().muat_ulang_snapshot(skp_id)
    pegawai.sync()
    ppk.sync()
    with ppk.uow.read() as session:
        assert session.get(Skp, skp_id) is None
        assert session.get(Rhk, rhk_id) is None
    with pegawai.uow.read() as session:
        moved = session.get(Skp, skp_id)
        assert moved is not None and moved.pejabat_penilai_id == laptops.demo.kepala_lain
