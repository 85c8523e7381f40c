"""Every table model of the penilaian screens passes Qt's model tester, cell by cell checks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from ekinerja_desktop.domain import NilaiBerakhlak, Rating, SifatFeedback
from ekinerja_desktop.services import queries_bawahan as qb
from ekinerja_desktop.services import queries_penilaian as q
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.queries_penilaian import PenilaianDetail
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.table_model import ID_ROLE, SORT_ROLE, HasId, RowTableModel
from ekinerja_desktop.views.penilaian.models import (
    BawahanModel,
    BuktiDukungModel,
    FeedbackModel,
    HasilKerjaModel,
    PerilakuModel,
    PeriodeModel,
    RekanModel,
    RencanaAksiModel,
    baris_rencana_aksi,
    ringkas_feedback,
)
from tests.penilaian.dunia import TAHUN, Dunia

HARI = date(TAHUN, 3, 20)
R = TypeVar("R", bound=HasId)
POS, NEG = SifatFeedback.POSITIF, SifatFeedback.NEGATIF


@pytest.fixture
def isi(layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia) -> PenilaianDetail:
    uji = dunia.skp[dunia.staf.pegawai_id]
    pp = layanan.tambah_periode_penilaian(uji.id, dunia.periode["TW1"])
    layanan.tambah_periode_penilaian(uji.id, dunia.periode["FINAL"])
    layanan.tambah_rencana_aksi(pp, uji.rhk_ids[0], "Menyusun laporan", "1", "laporan")
    layanan.set_realisasi(pp, uji.iki_ids[0], "1 laporan", "e-Kinerja")
    layanan.tambah_bukti_dukung_link(pp, uji.iki_ids[0], "Laporan", "https://a.go.id/l")
    uow.aktor = dunia.rekan
    layanan.tambah_feedback(pp, POS, "Ramah", nilai=NilaiBerakhlak.HARMONIS)
    uow.aktor = dunia.kepala
    layanan.tambah_feedback(pp, POS, "Rapi", iki_id=uji.iki_ids[0])
    layanan.tambah_feedback(pp, NEG, "Kurang teliti", iki_id=uji.iki_ids[0])
    layanan.set_rating(pp, Rating.SESUAI_EKSPEKTASI, Rating.DIATAS_EKSPEKTASI)
    with uow.read() as s:
        detail = q.detail_penilaian(s, pp, dunia.kepala.pegawai_id, HARI)
    assert detail is not None
    return detail


def checked(qtmodeltester: ModelTester, model: RowTableModel[R], rows: Sequence[R]) -> None:
    qtmodeltester.check(model)
    model.set_rows(rows)
    qtmodeltester.check(model)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            assert isinstance(model.data(index), str)
            assert model.data(index, ID_ROLE) == model.row_at(row).id
            assert model.data(index, SORT_ROLE) is not None
    assert model.data(QModelIndex()) is None


def test_every_model_passes_the_tester(
    qtmodeltester: ModelTester, isi: PenilaianDetail, uow: UnitOfWork, dunia: Dunia
) -> None:
    with uow.read() as s:
        periode = q.periode_penilaian_skp(s, isi.skp.id, HARI)
        bawahan = qb.daftar_bawahan(s, dunia.kepala.pegawai_id, dunia.periode["TW1"])
        rekan = qb.daftar_rekan(s, dunia.staf.pegawai_id, dunia.periode["TW1"])
    checked(qtmodeltester, PeriodeModel(), periode)
    checked(qtmodeltester, RencanaAksiModel(), baris_rencana_aksi(isi.rhk))
    checked(qtmodeltester, HasilKerjaModel(), isi.iki)
    checked(qtmodeltester, BuktiDukungModel(), isi.iki[0].bukti_dukung)
    checked(qtmodeltester, FeedbackModel(), isi.iki[0].feedback)
    checked(qtmodeltester, PerilakuModel(), isi.perilaku)
    checked(qtmodeltester, BawahanModel(), bawahan)
    checked(qtmodeltester, RekanModel(), rekan)


def test_cells_say_what_the_user_needs(isi: PenilaianDetail, uow: UnitOfWork) -> None:
    with uow.read() as s:
        periode = q.periode_penilaian_skp(s, isi.skp.id, HARI)
    model = PeriodeModel()
    model.set_rows(periode)
    assert model.row_texts(0) == (
        "Periode 1 (TW1)",
        "1 Januari – 31 Maret 2026",
        "5 April 2026",
        "Terbuka",
        "Baik",
    )
    assert model.row_texts(1)[4] == "Belum dinilai"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is not None

    hk = HasilKerjaModel()
    hk.set_rows(isi.iki)
    assert hk.row_texts(0) == (
        "1.1",
        "Tersusunnya laporan kinerja triwulanan",
        "Jumlah laporan kinerja",
        "4 laporan",
        "1 laporan",
        "e-Kinerja",
        "1",
        "1 positif · 1 negatif",
    )
    ra = RencanaAksiModel()
    ra.set_rows(baris_rencana_aksi(isi.rhk))
    assert ra.row_texts(0) == (
        "Utama 1",
        "Tersusunnya laporan kinerja triwulanan",
        "Menyusun laporan",
        "1",
        "laporan",
    )
    assert ra.row_texts(1)[2] == "Belum ada rencana aksi"
    fb = FeedbackModel()
    fb.set_rows(isi.iki[0].feedback)
    assert [fb.row_texts(i)[:3] for i in range(2)] == [
        ("Atasan — Kepala Bagian Uji", "Positif", "Rapi"),
        ("Atasan — Kepala Bagian Uji", "Negatif", "Kurang teliti"),
    ]
    bukti = BuktiDukungModel()
    bukti.set_rows(isi.iki[0].bukti_dukung)
    assert bukti.row_texts(0) == ("Laporan", "Tautan", "https://a.go.id/l", "—")


def test_ringkas_feedback() -> None:
    assert ringkas_feedback(()) == ""
