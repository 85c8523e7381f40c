"""LayananAktivitas: the pegawai's writes and the atasan's validation, each with the outbox op
the server accepts; refusals write nothing; "Validasi Semua" is one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

import pytest
from sqlalchemy import event, select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import StatusSkp
from ekinerja_desktop.errors import ForbiddenError, NotFoundError, UserError
from ekinerja_desktop.models import AktivitasHarian, Skp
from ekinerja_desktop.services.aktivitas import IsianTidakValid, LayananAktivitas
from ekinerja_desktop.services.uow import Aktor
from tests.aktivitas.conftest import Data, Jam, isian, outbox


def _aktivitas(db: Database, aktivitas_id: str) -> AktivitasHarian:
    with db.read_session() as s:
        a = s.get(AktivitasHarian, aktivitas_id)
        assert a is not None
        return a


def test_tambah_writes_the_entry_and_its_create_op(
    db: Database, data: Data, staf: LayananAktivitas
) -> None:
    aktivitas_id = staf.tambah(
        isian(
            data,
            uraian="  Menyusun notulen  ",
            rencana_aksi_id=data.rencana_aksi,
            bukti_url=" https://drive.example.go.id/notulen ",
        )
    )
    a = _aktivitas(db, aktivitas_id)
    assert (a.pegawai_id, a.skp_id, a.uraian, a.bukti_url) == (
        data.org.staf.pegawai_id,
        data.skp_staf,
        "Menyusun notulen",
        "https://drive.example.go.id/notulen",
    )
    [(op, entity_id, payload)] = outbox(db)
    assert (op, entity_id) == ("aktivitas_harian.create", aktivitas_id)
    assert payload["tanggal"] == "2026-11-20" and payload["jam_mulai"] == "08:00:00"
    assert payload["divalidasi_oleh_id"] is None and payload["skp_id"] == data.skp_staf
    rows = staf.daftar_bulan(data.org.staf.pegawai_id, 2026, 11)
    assert [(r.id, r.rhk_teks, r.rencana_aksi_teks, r.menit) for r in rows] == [
        (aktivitas_id, "Tersusunnya rencana anggaran", "Rencana aksi TW IV", 60)
    ]


@pytest.mark.parametrize(
    ("ubah", "kolom"),
    [
        ({"hari": 24}, "tanggal"),  # tomorrow
        ({"mulai": 10, "selesai": 9}, "jam"),
        ({"uraian": " "}, "uraian"),
        ({"bukti_url": "drive/berkas"}, "bukti_url"),
        ({"rhk_id": None}, "rhk"),
        ({"rhk_id": "rhk-lain"}, "rhk"),
        ({"rencana_aksi_id": "ra-lain"}, "rencana_aksi"),
    ],
)
def test_a_refused_entry_writes_nothing(
    db: Database, data: Data, staf: LayananAktivitas, ubah: dict[str, object], kolom: str
) -> None:
    with pytest.raises(IsianTidakValid) as refused:
        staf.tambah(isian(data, **ubah))  # type: ignore[arg-type]
    assert [k.kolom for k in refused.value.kesalahan] == [kolom]
    assert outbox(db) == [] and staf.daftar_bulan(data.org.staf.pegawai_id, 2026, 11) == []


def test_rencana_aksi_must_be_of_the_rhk_and_of_the_date_s_period(
    data: Data, staf: LayananAktivitas
) -> None:
    with pytest.raises(IsianTidakValid, match="bukan milik RHK"):
        staf.tambah(isian(data, rhk_id=data.rhk[1], rencana_aksi_id=data.rencana_aksi))
    with pytest.raises(IsianTidakValid, match="bukan milik RHK"):  # TW I's, in November
        staf.tambah(isian(data, rencana_aksi_id=data.rencana_aksi_tw1))
    pilihan = staf.pilihan(data.org.staf.pegawai_id, date(2026, 11, 20))
    assert pilihan is not None and [r.id for r in pilihan.rencana_aksi] == [data.rencana_aksi]
    assert [r.teks for r in pilihan.rhk] == [
        "Tersusunnya rencana anggaran",
        "Terkelolanya arsip unit",
    ]


def test_overlap_with_another_entry_of_the_day_is_refused(
    db: Database, data: Data, staf: LayananAktivitas
) -> None:
    staf.tambah(isian(data, mulai=8, selesai=10))
    staf.tambah(isian(data, mulai=10, selesai=11))  # touching is fine
    staf.tambah(isian(data, hari=19, mulai=9, selesai=10))  # another day
    with pytest.raises(IsianTidakValid, match=r"bertumpuk .*08\.00–10\.00"):
        staf.tambah(isian(data, mulai=9, selesai=12))
    assert len(outbox(db)) == 3


def test_without_an_approved_skp_the_date_is_refused(
    db: Database, data: Data, sebagai: Callable[[Aktor], LayananAktivitas]
) -> None:
    with db.write_session() as s, s.begin():
        skp = s.get(Skp, data.skp_staf)
        assert skp is not None
        skp.status = StatusSkp.DRAFT
    staf = sebagai(data.org.staf)
    with pytest.raises(IsianTidakValid, match="masih berstatus Draft"):
        staf.tambah(isian(data))
    assert staf.pilihan(data.org.staf.pegawai_id, date(2026, 11, 20)) is None
    with pytest.raises(IsianTidakValid, match="Tidak ada SKP"):
        sebagai(data.org.kepala).tambah(isian(data))  # kepala has no SKP at all
    assert outbox(db) == []


def test_ubah_sends_only_changed_fields_and_keeps_the_skp(
    db: Database, data: Data, staf: LayananAktivitas
) -> None:
    aktivitas_id = staf.tambah(isian(data))
    staf.ubah(aktivitas_id, isian(data, mulai=13, selesai=15, uraian="Rapat evaluasi"))
    staf.ubah(aktivitas_id, isian(data, mulai=13, selesai=15, uraian="Rapat evaluasi"))  # no-op
    ops = outbox(db)
    assert [op for op, _, _ in ops] == ["aktivitas_harian.create", "aktivitas_harian.update"]
    assert ops[1][2] == {
        "jam_mulai": "13:00:00",
        "jam_selesai": "15:00:00",
        "uraian": "Rapat evaluasi",
    }
    with pytest.raises(IsianTidakValid, match="masa SKP"):
        staf.ubah(aktivitas_id, isian(data, tanggal=date(2025, 12, 30)))


def test_hapus_and_pulihkan_are_delete_and_restore_ops(
    db: Database, data: Data, staf: LayananAktivitas
) -> None:
    aktivitas_id = staf.tambah(isian(data))
    staf.hapus(aktivitas_id)
    assert staf.daftar_bulan(data.org.staf.pegawai_id, 2026, 11) == []
    staf.pulihkan(aktivitas_id)
    assert [r.id for r in staf.daftar_bulan(data.org.staf.pegawai_id, 2026, 11)] == [aktivitas_id]
    assert [op for op, _, _ in outbox(db)] == [
        "aktivitas_harian.create",
        "aktivitas_harian.delete",
        "aktivitas_harian.restore",
    ]


def test_pulihkan_refuses_when_another_entry_took_the_time(
    db: Database, data: Data, staf: LayananAktivitas
) -> None:
    aktivitas_id = staf.tambah(isian(data))
    staf.hapus(aktivitas_id)
    staf.tambah(isian(data, mulai=8, selesai=12))
    with pytest.raises(UserError, match="bertumpuk"):
        staf.pulihkan(aktivitas_id)
    assert _aktivitas(db, aktivitas_id).deleted_at is not None


def test_someone_else_s_entry_is_not_theirs_to_change(
    db: Database, data: Data, staf: LayananAktivitas, kepala: LayananAktivitas
) -> None:
    aktivitas_id = staf.tambah(isian(data))
    before = outbox(db)
    refused: list[Callable[[], None]] = [
        lambda: kepala.ubah(aktivitas_id, isian(data, uraian="Diubah atasan")),
        lambda: kepala.hapus(aktivitas_id),
        lambda: kepala.pulihkan(aktivitas_id),
    ]
    for aksi in refused:
        with pytest.raises(ForbiddenError, match="Hanya pemilik"):
            aksi()
    assert outbox(db) == before


def test_validasi_by_the_ppk_sends_only_the_validation_fields_and_locks_the_entry(
    db: Database, data: Data, staf: LayananAktivitas, kepala: LayananAktivitas, jam: Jam
) -> None:
    aktivitas_id = staf.tambah(isian(data))
    kepala.validasi(aktivitas_id)
    op, entity_id, payload = outbox(db)[-1]
    assert (op, entity_id) == ("aktivitas_harian.update", aktivitas_id)
    assert payload == {
        "divalidasi_oleh_id": data.org.kepala.pegawai_id,
        "divalidasi_pada": jam.sekarang.isoformat(),
    }
    [row] = staf.daftar_bulan(data.org.staf.pegawai_id, 2026, 11)
    assert row.divalidasi and row.divalidasi_oleh_nama == "Kepala Uji"

    before = outbox(db)
    locked: list[Callable[[], None]] = [
        lambda: staf.ubah(aktivitas_id, isian(data, uraian="Sesudah validasi")),
        lambda: staf.hapus(aktivitas_id),
    ]
    for aksi in locked:
        with pytest.raises(UserError, match="sudah divalidasi atasan dan terkunci"):
            aksi()
    with pytest.raises(UserError, match="sudah divalidasi"):
        kepala.validasi(aktivitas_id)
    assert outbox(db) == before

    kepala.batal_validasi(aktivitas_id)
    assert outbox(db)[-1][2] == {"divalidasi_oleh_id": None, "divalidasi_pada": None}
    staf.ubah(aktivitas_id, isian(data, uraian="Sesudah batal validasi"))  # unlocked
    with pytest.raises(UserError, match="belum divalidasi"):
        kepala.batal_validasi(aktivitas_id)


def test_only_the_ppk_validates_and_never_the_owner(
    db: Database,
    data: Data,
    staf: LayananAktivitas,
    sebagai: Callable[[Aktor], LayananAktivitas],
) -> None:
    aktivitas_id = staf.tambah(isian(data))
    before = outbox(db)
    with pytest.raises(ForbiddenError, match="tidak dapat divalidasi oleh pemiliknya"):
        staf.validasi(aktivitas_id)
    with pytest.raises(ForbiddenError, match="Hanya atasan"):
        sebagai(data.org.rekan).validasi(aktivitas_id)
    with pytest.raises(ForbiddenError, match="Hanya atasan"):
        staf.batal_validasi(aktivitas_id)
    assert outbox(db) == before


def _entries_of_two_subordinates(
    data: Data, staf: LayananAktivitas, rekan: LayananAktivitas
) -> list[str]:
    ids = [staf.tambah(isian(data, hari=h)) for h in (2, 3, 20)]
    ids.append(
        rekan.tambah(isian(data, hari=5, rhk_id=data.rhk_rekan, uraian="Melayani permintaan data"))
    )
    return ids


def test_the_atasan_lists_subordinates_entries_awaiting_validation(
    data: Data,
    staf: LayananAktivitas,
    kepala: LayananAktivitas,
    sebagai: Callable[[Aktor], LayananAktivitas],
) -> None:
    rekan = sebagai(data.org.rekan)
    ids = _entries_of_two_subordinates(data, staf, rekan)
    staf.tambah(isian(data, tanggal=date(2026, 10, 30)))  # another month
    kepala_id = data.org.kepala.pegawai_id
    assert kepala.bisa_memvalidasi(kepala_id) and not staf.bisa_memvalidasi(
        data.org.staf.pegawai_id
    )
    assert [(b.nama, b.belum_divalidasi) for b in kepala.bawahan(kepala_id)] == [
        ("Rekan Uji", 1),
        ("Staf Uji", 4),
    ]
    rows = kepala.daftar_validasi(kepala_id, 2026, 11)
    assert [r.id for r in rows] == [ids[3], ids[0], ids[1], ids[2]]  # by name, then date
    only_staf = kepala.daftar_validasi(kepala_id, 2026, 11, data.org.staf.pegawai_id)
    assert [r.id for r in only_staf] == ids[:3]
    kepala.validasi(ids[0])
    assert ids[0] not in [r.id for r in kepala.daftar_validasi(kepala_id, 2026, 11)]
    assert ids[0] in [r.id for r in kepala.daftar_validasi(kepala_id, 2026, 11, None, True)]
    assert staf.daftar_validasi(data.org.staf.pegawai_id, 2026, 11) == []


def test_validasi_semua_is_one_transaction(
    db: Database,
    data: Data,
    staf: LayananAktivitas,
    kepala: LayananAktivitas,
    sebagai: Callable[[Aktor], LayananAktivitas],
) -> None:
    ids = _entries_of_two_subordinates(data, staf, sebagai(data.org.rekan))
    kepala.validasi(ids[1])  # already validated: left as it is
    commits: list[object] = []

    def committed(session: object) -> None:
        commits.append(session)

    event.listen(db.write_session, "after_commit", committed)
    try:
        assert kepala.validasi_semua(ids) == 3
    finally:
        event.remove(db.write_session, "after_commit", committed)
    assert len(commits) == 1
    updates = [e for e in outbox(db) if e[0] == "aktivitas_harian.update"]
    assert sorted(e[1] for e in updates) == sorted(ids)  # one per entry, ids[1] only once
    assert all(set(e[2]) == {"divalidasi_oleh_id", "divalidasi_pada"} for e in updates)


def test_validasi_semua_writes_nothing_when_one_entry_is_refused(
    db: Database,
    data: Data,
    staf: LayananAktivitas,
    kepala: LayananAktivitas,
    sebagai: Callable[[Aktor], LayananAktivitas],
) -> None:
    ids = _entries_of_two_subordinates(data, staf, sebagai(data.org.rekan))
    before = outbox(db)
    with pytest.raises(NotFoundError):
        kepala.validasi_semua([*ids, "tidak-ada"])
    with pytest.raises(ForbiddenError):
        sebagai(data.org.rekan).validasi_semua(ids)  # not their atasan
    assert outbox(db) == before
    with db.read_session() as s:
        assert (
            s.scalars(
                select(AktivitasHarian.id).where(AktivitasHarian.divalidasi_oleh_id.is_not(None))
            ).all()
            == []
        )


def test_validasi_semua_skips_entries_deleted_meanwhile(
    data: Data, staf: LayananAktivitas, kepala: LayananAktivitas
) -> None:
    ids = [staf.tambah(isian(data, hari=h)) for h in (2, 3)]
    staf.hapus(ids[0])
    assert kepala.validasi_semua(ids) == 1


def test_rekap_of_the_month(data: Data, staf: LayananAktivitas, kepala: LayananAktivitas) -> None:
    a = staf.tambah(isian(data, hari=2, mulai=8, selesai=10))
    staf.tambah(isian(data, hari=3, mulai=8, selesai=9, rhk_id=data.rhk[1]))
    staf.tambah(isian(data, hari=4, mulai=13, selesai=14))
    kepala.validasi(a)
    rekap = staf.rekap(data.org.staf.pegawai_id, 2026, 11)
    assert (rekap.jumlah, rekap.jumlah_divalidasi, rekap.menit, rekap.menit_divalidasi) == (
        3,
        1,
        240,
        120,
    )
    assert rekap.persen_divalidasi == 50.0
    assert {(r.rhk_id, r.menit) for r in rekap.per_rhk} == {(data.rhk[0], 180), (data.rhk[1], 60)}


def test_hari_ini_is_the_local_date(staf: LayananAktivitas, jam: Jam) -> None:
    offset = datetime.now().astimezone().utcoffset()
    assert offset is not None
    assert staf.hari_ini() == (jam.sekarang + offset).date()
    assert time(0) <= (jam.sekarang + offset).time()
