"""Penilaian Bawahan (S000 3.2.1): the pimpinan picks a subordinate ("Belum Dinilai" marks the
ones still to do), reads realisasi, bukti dukung and every feedback labelled by source, gives
feedback and sets the two ratings; the predikat shows at once. A ketua tim sees the team's
members here and gives feedback only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QTabWidget, QWidget

from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.queries_bawahan import (
    BawahanRow,
    daftar_bawahan,
    skp_bawahan_ids,
)
from ekinerja_desktop.services.queries_penilaian import (
    PenilaianDetail,
)
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.penilaian.common import lebar_kolom, tr
from ekinerja_desktop.views.penilaian.evaluasi import HalamanEvaluasi
from ekinerja_desktop.views.penilaian.hasil_kerja import HasilKerjaPanel
from ekinerja_desktop.views.penilaian.models import BawahanModel
from ekinerja_desktop.views.penilaian.perilaku import PerilakuPanel
from ekinerja_desktop.views.penilaian.rating import RatingPanel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

TAB_HASIL_KERJA, TAB_PERILAKU, TAB_RATING = range(3)


class PenilaianBawahanPage(HalamanEvaluasi[BawahanRow]):
    def __init__(
        self,
        uow: UnitOfWork,
        bridge: ChangeBridge,
        layanan: LayananPenilaian,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(uow, bridge, layanan, BawahanModel(), tr("Bawahan"), parent)
        self.setObjectName("page_penilaian_bawahan")
        self.subheading.setText(
            tr(
                "Beri feedback berdasarkan realisasi dan bukti dukung, lalu tetapkan rating "
                "hasil kerja dan rating perilaku kerja."
            )
        )
        lebar_kolom(self.daftar, {0: 96, 2: 90}, melar=(1,))
        self.hasil_kerja = HasilKerjaPanel(layanan, self.pesan)
        self.perilaku = PerilakuPanel(layanan, self.pesan)
        self.rating = RatingPanel(layanan, self.pesan)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs_bawahan")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.hasil_kerja, tr("&Hasil Kerja"))
        self.tabs.addTab(self.perilaku, tr("Peri&laku Kerja"))
        self.tabs.addTab(self.rating, tr("&Rating dan Predikat"))
        self.kanan.addWidget(self.tabs, 1)

    def title(self) -> str:
        return tr("Penilaian Bawahan")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)

    def skp_ids(self, session: Session, aktor: Aktor) -> list[str]:
        return skp_bawahan_ids(session, aktor.pegawai_id)

    def baris(self, session: Session, aktor: Aktor, periode_id: str) -> Sequence[BawahanRow]:
        return daftar_bawahan(session, aktor.pegawai_id, periode_id)

    def periode_penilaian_id(self, row: BawahanRow) -> str | None:
        return row.periode_penilaian_id

    def teks_kosong(self) -> str:
        return tr(
            "Tidak ada bawahan atau anggota tim dengan SKP yang sudah disetujui. Halaman ini "
            "untuk pejabat penilai kinerja dan ketua tim."
        )

    def teks_tanpa_periode(self, row: BawahanRow) -> str:
        return tr(
            "{nama} belum menambahkan periode ini pada SKP-nya, sehingga belum ada yang dapat "
            "dinilai. Minta pegawai menambahkannya lewat \u201cTambah Periode Penilaian\u201d."
        ).format(nama=row.nama)

    def ringkasan(self, rows: Sequence[BawahanRow]) -> str:
        belum = sum(1 for r in rows if r.periode_penilaian_id and not r.sudah_dinilai)
        return tr("%n belum dinilai", "", belum) + tr(" dari {jumlah}").format(jumlah=len(rows))

    def tampilkan_detail(self, detail: PenilaianDetail | None) -> None:
        for panel in (self.hasil_kerja, self.perilaku, self.rating):
            panel.tampilkan(detail)
