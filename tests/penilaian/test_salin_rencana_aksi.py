"""“Salin rencana aksi dari periode sebelumnya” (USERS.md pain 9): the rencana aksi of the previous
periodic period of the same SKP, or of the same RHK in the pegawai's previous SKP, copied in one
unit of work into the RHK that have none yet; refusals write nothing; the Penilaian page's
preview dialog (no undo stack on that page: the preview is the confirmation)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import (
    DomainError,
    JenisPeriode,
    JenisRhk,
    JenisSkp,
    Pendekatan,
    StatusSkp,
)
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import (
    OutboxEntry,
    Periode,
    PeriodePenilaian,
    RencanaAksi,
    Rhk,
    Skp,
)
from ekinerja_desktop.services.blobs import BlobStore
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.penilaian.penilaian_page import PenilaianPage
from ekinerja_desktop.views.penilaian.salin_rencana_aksi import SalinRencanaAksiDialog
from tests.penilaian.conftest import Jam
from tests.penilaian.dunia import SESUDAH_BATAS_TW1, Dunia
from tests.penilaian.layar import Layar, dialog_terbuka, klik, pilih, semua_baris, simpan


def outbox(db: Database) -> list[tuple[str, str]]:
    with db.read_session() as s:
        query = select(OutboxEntry.op, OutboxEntry.entity_id).order_by(OutboxEntry.client_seq)
        return [(op, id_) for op, id_ in s.execute(query)]


def rencana_aksi(db: Database, pp_id: str) -> list[tuple[str, str, str | None, str | None]]:
    with db.read_session() as s:
        query = (
            select(RencanaAksi)
            .where(RencanaAksi.periode_penilaian_id == pp_id, RencanaAksi.deleted_at.is_(None))
            .order_by(RencanaAksi.rhk_id, RencanaAksi.urutan)
        )
        return [(r.rhk_id, r.teks, r.target, r.satuan) for r in s.scalars(query)]


def nama_periode(db: Database, periode_id: str) -> str:
    with db.read_session() as s:
        periode = s.get(Periode, periode_id)
        assert periode is not None
        return periode.nama


def dua_triwulan(layanan: LayananPenilaian, dunia: Dunia) -> tuple[str, str, list[str]]:
    """TW1 with rencana aksi for both RHK (two for the first); TW2 with one of its own for the
    first RHK only. Returns (TW1, TW2, the RHK ids)."""
    uji = dunia.skp[dunia.staf.pegawai_id]
    tw1 = layanan.tambah_periode_penilaian(uji.id, dunia.periode["TW1"])
    tw2 = layanan.tambah_periode_penilaian(uji.id, dunia.periode["TW2"])
    r1, r2 = uji.rhk_ids
    layanan.tambah_rencana_aksi(tw1, r1, "Menyusun laporan kinerja", "1", "laporan")
    layanan.tambah_rencana_aksi(tw1, r1, "Mengirim laporan kinerja", "1", "surat")
    layanan.tambah_rencana_aksi(tw1, r2, "Memverifikasi SPJ", "120", "SPJ")
    layanan.tambah_rencana_aksi(tw2, r1, "Menyusun laporan kinerja TW II", "1", "laporan")
    return tw1, tw2, [r1, r2]


def test_copies_from_the_previous_period_only_into_rhk_without_rencana_aksi(
    db: Database, dunia: Dunia, layanan: LayananPenilaian
) -> None:
    _tw1, tw2, [r1, r2] = dua_triwulan(layanan, dunia)

    [row] = layanan.rencana_aksi_untuk_disalin(tw2)  # r1 already has one in TW2
    assert (row.id, row.jenis, row.nomor, row.sumber) == (
        r2,
        JenisRhk.UTAMA,
        "2",
        nama_periode(db, dunia.periode["TW1"]),
    )
    assert [(ra.teks, ra.target, ra.satuan) for ra in row.rencana_aksi] == [
        ("Memverifikasi SPJ", "120", "SPJ")
    ]
    seq = len(outbox(db))

    created = layanan.salin_rencana_aksi(tw2)

    assert sorted(rencana_aksi(db, tw2)) == sorted(
        [
            (r1, "Menyusun laporan kinerja TW II", "1", "laporan"),
            (r2, "Memverifikasi SPJ", "120", "SPJ"),
        ]
    )
    assert outbox(db)[seq:] == [("rencana_aksi.create", i) for i in created]
    assert len(created) == 1
    assert layanan.rencana_aksi_untuk_disalin(tw2) == []
    with pytest.raises(UserError, match="Tidak ada rencana aksi yang dapat disalin"):
        layanan.salin_rencana_aksi(tw2)  # every RHK has one now: nothing more to copy
    assert len(outbox(db)) == seq + 1


def test_the_nearest_earlier_period_with_rencana_aksi_is_used(
    db: Database, dunia: Dunia, layanan: LayananPenilaian
) -> None:
    tw1, _tw2, [r1, r2] = dua_triwulan(layanan, dunia)
    uji = dunia.skp[dunia.staf.pegawai_id]
    tw3 = layanan.tambah_periode_penilaian(uji.id, dunia.periode["TW3"])

    rows = {r.id: r for r in layanan.rencana_aksi_untuk_disalin(tw3)}

    assert [ra.teks for ra in rows[r1].rencana_aksi] == ["Menyusun laporan kinerja TW II"]
    assert rows[r1].sumber == nama_periode(db, dunia.periode["TW2"])
    assert [ra.teks for ra in rows[r2].rencana_aksi] == ["Memverifikasi SPJ"]  # TW2 had none
    assert rows[r2].sumber == nama_periode(db, dunia.periode["TW1"])
    layanan.salin_rencana_aksi(tw3, [r2])  # only the chosen RHK
    assert [r[0] for r in rencana_aksi(db, tw3)] == [r2]
    assert len(rencana_aksi(db, tw1)) == 3  # the source is untouched


def skp_tahun_lalu(db: Database, dunia: Dunia, teks: str) -> None:
    """The staf's approved 2025 SKP, its TW4 with rencana aksi for an RHK reading `teks` and for
    another RHK."""
    with db.write_session() as s, s.begin():
        periode = Periode(
            instansi_id=dunia.instansi_id,
            tahun=2025,
            nomor=4,
            nama="Periode 4 (TW4) 2025",
            awal=date(2025, 10, 1),
            akhir=date(2025, 12, 31),
            batas_pengisian=date(2026, 1, 5),
            jenis=JenisPeriode.PERIODIK,
        )
        skp = Skp(
            pegawai_id=dunia.staf.pegawai_id,
            unor_id=dunia.unor_id,
            tahun=2025,
            periode_awal=date(2025, 1, 1),
            periode_akhir=date(2025, 12, 31),
            pendekatan=Pendekatan.KUANTITATIF,
            jenis=JenisSkp.JA_JF,
            status=StatusSkp.PERSETUJUAN,
        )
        s.add_all([periode, skp])
        s.flush()
        pp = PeriodePenilaian(skp_id=skp.id, periode_id=periode.id)
        sama = Rhk(skp_id=skp.id, teks=teks, urutan=1)
        lain = Rhk(skp_id=skp.id, teks="RHK yang tidak ada lagi", urutan=2)
        s.add_all([pp, sama, lain])
        s.flush()
        s.add_all(
            [
                RencanaAksi(periode_penilaian_id=pp.id, rhk_id=sama.id, teks="Laporan TW IV"),
                RencanaAksi(periode_penilaian_id=pp.id, rhk_id=lain.id, teks="Tidak terpakai"),
            ]
        )


def test_without_an_earlier_period_the_same_rhk_of_the_previous_skp_is_used(
    db: Database, dunia: Dunia, layanan: LayananPenilaian
) -> None:
    uji = dunia.skp[dunia.staf.pegawai_id]
    r1, r2 = uji.rhk_ids
    # the same RHK text as r1, typed with other case and spacing
    skp_tahun_lalu(db, dunia, "  tersusunnya LAPORAN  kinerja triwulanan ")
    tw1 = layanan.tambah_periode_penilaian(uji.id, dunia.periode["TW1"])

    rows = {r.id: r for r in layanan.rencana_aksi_untuk_disalin(tw1)}

    assert rows[r1].sumber == "SKP 2025 · Periode 4 (TW4) 2025"
    assert [ra.teks for ra in rows[r1].rencana_aksi] == ["Laporan TW IV"]
    assert (rows[r2].sumber, rows[r2].rencana_aksi) == ("", ())  # no RHK with its text
    created = layanan.salin_rencana_aksi(tw1)
    assert len(created) == 1
    assert rencana_aksi(db, tw1) == [(r1, "Laporan TW IV", None, None)]


def test_refusals_write_nothing(
    db: Database, dunia: Dunia, layanan: LayananPenilaian, jam: Jam, blobs: BlobStore
) -> None:
    tw1, tw2, _ = dua_triwulan(layanan, dunia)
    uji = dunia.skp[dunia.staf.pegawai_id]
    final = layanan.tambah_periode_penilaian(uji.id, dunia.periode["FINAL"])
    seq = len(outbox(db))
    kepala = LayananPenilaian(UnitOfWork(db, aktor=dunia.kepala, clock=jam), blobs)

    with pytest.raises(ForbiddenError, match="pemilik SKP"):
        kepala.salin_rencana_aksi(tw2)
    with pytest.raises(UserError, match="periode periodik"):
        layanan.salin_rencana_aksi(final)
    jam.now = SESUDAH_BATAS_TW1  # TW1 closed; an RHK without rencana aksi there is not enough
    with pytest.raises(DomainError, match="Batas pengisian"):
        layanan.salin_rencana_aksi(tw1)

    assert len(outbox(db)) == seq
    assert [r[1] for r in rencana_aksi(db, tw2)] == ["Menyusun laporan kinerja TW II"]
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(RencanaAksi)) == 4


def test_the_penilaian_page_previews_then_copies(
    qtbot: QtBot, qtmodeltester: object, db: Database, dunia: Dunia, layar: Layar
) -> None:
    _tw1, tw2, [r1, r2] = dua_triwulan(layar.layanan, dunia)
    page = PenilaianPage(layar.uow, layar.bridge, layar.layanan)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    page.set_aktor(dunia.staf)
    pilih(qtbot, page.periode, tw2)
    page.tabs.setCurrentIndex(0)
    panel = page.rencana_aksi
    assert "1 RHK belum memiliki rencana aksi" in panel.peringatan.text()

    klik(qtbot, panel.tombol_salin)
    dialog = dialog_terbuka(qtbot, panel)
    assert isinstance(dialog, SalinRencanaAksiDialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    rhk = dialog.model.index(0, 0)
    assert [rhk.siblingAtColumn(c).data() for c in range(3)] == [
        "Utama 2. Terverifikasinya dokumen keuangan",
        "",
        nama_periode(db, dunia.periode["TW1"]),
    ]
    assert [dialog.model.index(0, c, rhk).data() for c in range(2)] == [
        "Memverifikasi SPJ",
        "120 SPJ",
    ]
    assert dialog.ringkasan.text() == "Akan disalin: 1 rencana aksi untuk 1 RHK."
    simpan(qtbot, dialog)

    qtbot.waitUntil(lambda: "Setiap RHK sudah memiliki rencana aksi" in panel.peringatan.text())
    assert [(b.rhk_id, b.teks) for b in semua_baris(panel.tabel)] == [
        (r1, "Menyusun laporan kinerja TW II"),
        (r2, "Memverifikasi SPJ"),
    ]
    assert (
        page.pesan.text() == f"1 rencana aksi disalin ke {nama_periode(db, dunia.periode['TW2'])}."
    )
    assert not panel.tombol_salin.isEnabled()  # nothing left to copy into


def test_the_preview_says_when_nothing_was_found(qtbot: QtBot, dunia: Dunia, layar: Layar) -> None:
    uji = dunia.skp[dunia.staf.pegawai_id]
    tw1 = layar.layanan.tambah_periode_penilaian(uji.id, dunia.periode["TW1"])
    dialog = SalinRencanaAksiDialog(layar.layanan, tw1, "TW1")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    checkable = Qt.ItemFlag.ItemIsUserCheckable
    assert not dialog.model.flags(dialog.model.index(0, 0)) & checkable
    assert dialog.ringkasan.text() == "Tidak ada rencana aksi sebelumnya yang dapat disalin."
    assert not dialog.tombol_simpan.isEnabled()
