from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from ekinerja_desktop.domain import (
    Aspek,
    DomainError,
    JenisSkp,
    Pendekatan,
    StatusSkp,
)
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import OutboxEntry, Rhk, RiwayatStatusSkp, Skp
from ekinerja_desktop.services import uow as uow_module
from ekinerja_desktop.services.skp import LayananSkp, SkpBelumValid
from ekinerja_desktop.services.uow import ChangeSet, UnitOfWork
from tests.support import Org, lengkapi_skp, tambah_iki_lengkap

AWAL, AKHIR = date(2026, 1, 1), date(2026, 12, 31)


def outbox(uow: UnitOfWork) -> list[OutboxEntry]:
    with uow.read() as s:
        return list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.client_seq)))


def test_buat_skp_writes_record_and_outbox_entry_together(uow: UnitOfWork, org: Org) -> None:
    skp_id = LayananSkp(uow).buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    with uow.read() as s:
        skp = s.get(Skp, skp_id)
        assert skp is not None
        assert skp.status is StatusSkp.DRAFT
        assert skp.jenis is JenisSkp.JA_JF
        assert skp.pejabat_penilai_id == org.kepala.pegawai_id
        assert skp.snapshot_pejabat_penilai["nama"] == "Kepala Uji"
    [entry] = outbox(uow)
    assert (entry.client_seq, entry.op, entry.entity_id) == (1, "skp.create", skp_id)
    assert entry.payload["pendekatan"] == "KUANTITATIF"
    assert entry.payload["periode_awal"] == "2026-01-01"
    assert entry.schema_version == 1 and entry.base_version == 0


def test_jpt_gets_jpt_format(uow: UnitOfWork, org: Org) -> None:
    uow.aktor = org.kepala
    skp_id = LayananSkp(uow).buat_skp(AWAL, AKHIR, Pendekatan.KUALITATIF)
    with uow.read() as s:
        assert s.get(Skp, skp_id).jenis is JenisSkp.JPT  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("awal", "akhir"),
    [(date(2026, 12, 31), date(2026, 1, 1)), (date(2026, 6, 1), date(2027, 5, 31))],
)
def test_inverted_or_cross_year_period_is_refused(uow: UnitOfWork, awal: date, akhir: date) -> None:
    with pytest.raises(DomainError):
        LayananSkp(uow).buat_skp(awal, akhir, Pendekatan.KUANTITATIF)
    assert outbox(uow) == []


def test_overlapping_skp_is_refused_with_the_other_period(uow: UnitOfWork) -> None:
    layanan = LayananSkp(uow)
    layanan.buat_skp(date(2026, 1, 1), date(2026, 6, 30), Pendekatan.KUANTITATIF)
    with pytest.raises(UserError, match=r"bertumpuk.*01-01-2026"):
        layanan.buat_skp(date(2026, 6, 1), date(2026, 12, 31), Pendekatan.KUANTITATIF)
    layanan.buat_skp(date(2026, 7, 1), date(2026, 12, 31), Pendekatan.KUANTITATIF)
    assert len(outbox(uow)) == 2


def test_update_sends_only_changed_fields_and_skips_no_ops(uow: UnitOfWork) -> None:
    layanan = LayananSkp(uow)
    skp_id = layanan.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = layanan.tambah_rhk(skp_id, "Tersusunnya laporan")
    iki_id = layanan.tambah_iki(
        rhk_id,
        "Jumlah laporan",
        target_min="4",
        target_max="4",
        satuan="laporan",
        aspek=Aspek.KUANTITAS,
    )
    layanan.ubah_iki(iki_id, indikator="Jumlah laporan", target_max="4")  # nothing changed
    layanan.ubah_iki(iki_id, target_max="6")
    ops = [(e.op, e.payload) for e in outbox(uow)]
    assert [op for op, _ in ops] == ["skp.create", "rhk.create", "iki.create", "iki.update"]
    assert ops[-1][1] == {"target_max": "6"}
    with uow.read() as s:
        assert s.get(Skp, skp_id).versi_isi == 3  # type: ignore[union-attr]


def test_delete_rhk_is_soft_and_takes_its_iki(uow: UnitOfWork) -> None:
    layanan = LayananSkp(uow)
    skp_id = layanan.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = layanan.tambah_rhk(skp_id, "RHK")
    layanan.tambah_iki(rhk_id, "IKI")
    layanan.hapus_rhk(rhk_id)
    with uow.read() as s:
        rhk = s.get(Rhk, rhk_id)
        assert rhk is not None and rhk.deleted_at is not None
        assert all(i.deleted_at is not None for i in rhk.iki)
    assert [e.op for e in outbox(uow)][-2:] == ["iki.delete", "rhk.delete"]
    with pytest.raises(UserError, match="tidak ditemukan"):
        layanan.ubah_rhk(rhk_id, teks="lagi")


def test_only_the_owner_edits_and_only_in_draft(uow: UnitOfWork, org: Org) -> None:
    layanan = LayananSkp(uow)
    skp_id = layanan.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = layanan.tambah_rhk(skp_id, "RHK")
    tambah_iki_lengkap(layanan, rhk_id)
    uow.aktor = org.rekan
    with pytest.raises(ForbiddenError):
        layanan.ubah_rhk(rhk_id, teks="bukan milik saya")
    uow.aktor = org.staf
    layanan.ubah_status(skp_id, StatusSkp.PENGAJUAN)
    before = len(outbox(uow))
    with pytest.raises(UserError, match="tidak bisa melakukan perubahan"):
        layanan.ubah_rhk(rhk_id, teks="sesudah diajukan")
    assert len(outbox(uow)) == before


def test_status_flow_is_recorded_and_obeys_the_machine(uow: UnitOfWork, org: Org) -> None:
    layanan = LayananSkp(uow)
    skp_id = layanan.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    with pytest.raises(DomainError):
        layanan.ubah_status(skp_id, StatusSkp.PERSETUJUAN)  # a pegawai cannot approve
    lengkapi_skp(layanan, skp_id)
    layanan.ubah_status(skp_id, StatusSkp.PENGAJUAN)
    uow.aktor = org.kepala
    with pytest.raises(DomainError, match=r"[Cc]atatan"):
        layanan.ubah_status(skp_id, StatusSkp.DRAFT)
    layanan.ubah_status(skp_id, StatusSkp.DRAFT, "Perbaiki target")
    uow.aktor = org.rekan
    with pytest.raises(ForbiddenError):
        layanan.ubah_status(skp_id, StatusSkp.PENGAJUAN)
    uow.aktor = org.staf
    layanan.ubah_status(skp_id, StatusSkp.PENGAJUAN)
    uow.aktor = org.kepala
    layanan.ubah_status(skp_id, StatusSkp.PERSETUJUAN)
    with uow.read() as s:
        skp = s.get(Skp, skp_id)
        assert skp is not None and skp.status is StatusSkp.PERSETUJUAN
        assert skp.catatan_perbaikan == "Perbaiki target"
        history = [
            (r.dari, r.ke, r.oleh_nama, r.catatan)
            for r in s.scalars(select(RiwayatStatusSkp).order_by(RiwayatStatusSkp.waktu))
        ]
    assert history == [
        (StatusSkp.DRAFT, StatusSkp.PENGAJUAN, "Staf Uji", None),
        (StatusSkp.PENGAJUAN, StatusSkp.DRAFT, "Kepala Uji", "Perbaiki target"),
        (StatusSkp.DRAFT, StatusSkp.PENGAJUAN, "Staf Uji", None),
        (StatusSkp.PENGAJUAN, StatusSkp.PERSETUJUAN, "Kepala Uji", None),
    ]
    assert [e.op for e in outbox(uow) if e.op.startswith("skp.")][1:] == [
        "skp.submit",
        "skp.return",
        "skp.submit",
        "skp.approve",
    ]


def test_a_failed_unit_of_work_leaves_nothing_and_no_gap(uow: UnitOfWork) -> None:
    layanan = LayananSkp(uow)
    skp_id = layanan.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    with pytest.raises(RuntimeError), uow.write() as t:
        t.session.add(Rhk(skp_id=skp_id, teks="setengah jadi"))
        t.outbox("rhk.create", "x", {}, 0)
        t.session.flush()
        raise RuntimeError("crash in the middle")
    layanan.tambah_rhk(skp_id, "utuh")
    with uow.read() as s:
        assert s.scalar(select(func.count()).select_from(Rhk)) == 1
    assert [e.client_seq for e in outbox(uow)] == [1, 2]


def test_listeners_get_the_records_a_commit_touched(uow: UnitOfWork) -> None:
    seen: list[ChangeSet] = []
    uow.subscribe(seen.append)
    layanan = LayananSkp(uow)
    skp_id = layanan.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = layanan.tambah_rhk(skp_id, "RHK")
    assert seen[0].ids("skp") == {skp_id}
    assert seen[1].ids("rhk") == {rhk_id} and seen[1].ids("skp") == {skp_id}
    assert "outbox" not in seen[1].kinds()


def test_writing_needs_an_actor(uow: UnitOfWork) -> None:
    uow.aktor = None
    with pytest.raises(ForbiddenError, match="Masuk"):
        LayananSkp(uow).buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)


def test_leaving_draft_by_any_path_is_refused_while_validation_finds_errors(
    uow: UnitOfWork, org: Org
) -> None:
    """Edit Status offers the owner Draft → Pengajuan too: it validates like "Ajukan SKP"."""
    layanan = LayananSkp(uow)
    skp_id = layanan.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = layanan.tambah_rhk(skp_id, "RHK")
    before = len(outbox(uow))
    with pytest.raises(SkpBelumValid) as refused:
        layanan.ubah_status(skp_id, StatusSkp.PENGAJUAN)
    errors = [t.pesan for t in refused.value.temuan if t.tingkat == "ERROR"]
    assert errors == ["RHK ke-1 belum memiliki IKI."]
    with uow.read() as s:
        skp = s.get(Skp, skp_id)
        assert skp is not None and skp.status is StatusSkp.DRAFT
        assert s.scalar(select(func.count()).select_from(RiwayatStatusSkp)) == 0
    assert len(outbox(uow)) == before
    tambah_iki_lengkap(layanan, rhk_id)
    layanan.ubah_status(skp_id, StatusSkp.PENGAJUAN)
    assert outbox(uow)[-1].op == "skp.submit"


def test_today_is_the_users_day_not_utcs(uow: UnitOfWork, monkeypatch: pytest.MonkeyPatch) -> None:
    uow.clock = lambda: datetime(2026, 4, 5, 23, 30)  # 06.30 WIB on 6 April
    monkeypatch.setattr(uow_module, "selisih_lokal", lambda: timedelta(hours=7))
    assert uow.today() == date(2026, 4, 6)
    monkeypatch.setattr(uow_module, "selisih_lokal", lambda: timedelta(0))
    assert uow.today() == date(2026, 4, 5)
