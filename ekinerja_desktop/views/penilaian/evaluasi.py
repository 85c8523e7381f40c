"""The frame shared by "Penilaian Bawahan" and "Feedback Perilaku Rekan Kerja": a period, a
list of people on the left, the chosen person's period on the right."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.tanggal import format_tanggal
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.queries_bawahan import (
    PeriodePilihanRow,
    periode_awal_pilihan,
    periode_pilihan,
)
from ekinerja_desktop.services.queries_penilaian import (
    PenilaianDetail,
    detail_penilaian,
)
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.common.table_model import HasId, RowTableModel
from ekinerja_desktop.views.penilaian.common import Penyegar, PesanLabel, format_masa, tr
from ekinerja_desktop.views.penilaian.tabel import TabelBaris

if TYPE_CHECKING:  # the page only passes the session from uow.read() on to the queries
    from sqlalchemy.orm import Session

R = TypeVar("R", bound=HasId)


class HalamanEvaluasi(Page, Generic[R]):
    """Subclasses give the people model and query, and fill `self.kanan` with their panels."""

    def __init__(
        self,
        uow: UnitOfWork,
        bridge: ChangeBridge,
        layanan: LayananPenilaian,
        model: RowTableModel[R],
        nama_daftar: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.uow = uow
        self.layanan = layanan
        self.aktor: Aktor | None = None
        self.detail: PenilaianDetail | None = None
        self.tersedia = False
        self._penyegar = Penyegar(self, bridge, self.refresh)

        self.heading = QLabel(self.title())
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.pesan = PesanLabel()

        self.periode_combo = QComboBox()
        self.periode_combo.setObjectName("periode_combo")
        self.periode_combo.setAccessibleName(tr("Periode penilaian"))
        self.periode_combo.currentIndexChanged.connect(lambda _i: self._muat_daftar())
        periode_label = QLabel(tr("&Periode:"))
        periode_label.setBuddy(self.periode_combo)
        self.cari = QLineEdit()
        self.cari.setPlaceholderText(tr("Cari nama atau NIP…"))
        self.cari.setClearButtonEnabled(True)
        self.cari.setAccessibleName(tr("Cari pegawai"))
        self.cari.textChanged.connect(self._saring)
        self.jumlah = QLabel()
        self.jumlah.setObjectName("jumlah")
        bar = QHBoxLayout()
        bar.addWidget(periode_label)
        bar.addWidget(self.periode_combo, 1)
        bar.addSpacing(8)
        bar.addWidget(self.cari, 1)
        bar.addWidget(self.jumlah)

        self.daftar = TabelBaris(model, f"tabel_{nama_daftar}", nama_daftar)
        self.daftar.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.daftar.proxy.setFilterKeyColumn(-1)
        self.daftar.proxy.setFilterRole(Qt.ItemDataRole.ToolTipRole)
        self.daftar.pilihan_berubah.connect(lambda _id: self._muat_detail())

        self.identitas = QLabel()
        self.identitas.setObjectName("identitas")
        self.identitas.setWordWrap(True)
        self.identitas.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kanan = QVBoxLayout()
        self.kanan.setContentsMargins(0, 0, 0, 0)
        self.kanan.addWidget(self.identitas)
        kanan = QWidget()
        kanan.setLayout(self.kanan)
        self.kosong_kanan = QLabel()
        self.kosong_kanan.setWordWrap(True)
        self.kosong_kanan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack_kanan = QStackedWidget()
        self.stack_kanan.addWidget(kanan)
        self.stack_kanan.addWidget(self.kosong_kanan)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.daftar)
        split.addWidget(self.stack_kanan)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 600])

        self.kosong = QLabel()
        self.kosong.setObjectName("empty_state")
        self.kosong.setWordWrap(True)
        self.kosong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(self.kosong)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.pesan)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    # --- for subclasses -------------------------------------------------------------------------

    def skp_ids(self, session: Session, aktor: Aktor) -> list[str]:
        """The SKPs this page shows, to count them per period."""
        raise NotImplementedError

    def baris(self, session: Session, aktor: Aktor, periode_id: str) -> Sequence[R]:
        raise NotImplementedError

    def periode_penilaian_id(self, row: R) -> str | None:
        raise NotImplementedError

    def teks_kosong(self) -> str:
        raise NotImplementedError

    def teks_tanpa_periode(self, row: R) -> str:
        raise NotImplementedError

    def tampilkan_detail(self, detail: PenilaianDetail | None) -> None:
        raise NotImplementedError

    def ringkasan(self, rows: Sequence[R]) -> str:
        return tr("%n pegawai", "", len(rows))

    # --- Page ---------------------------------------------------------------------------------

    def icon(self) -> QIcon:
        return QIcon()

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.pesan.bersihkan()
        self.cari.clear()
        blocked = self.periode_combo.blockSignals(True)
        self.periode_combo.clear()
        self.periode_combo.blockSignals(blocked)
        self.refresh()

    def refresh(self) -> None:
        aktor = self.aktor
        if aktor is None:
            self.tersedia = False
            self._kosong(tr("Belum ada pengguna."))
            return
        with self.uow.read() as session:
            ids = self.skp_ids(session, aktor)
            pilihan = self._periode_pilihan(session, aktor, ids)
        self.tersedia = bool(ids)
        if not ids:
            self._kosong(self.teks_kosong())
            return
        current = self.periode_combo.currentData() or periode_awal_pilihan(
            pilihan, self.uow.today()
        )
        blocked = self.periode_combo.blockSignals(True)
        self.periode_combo.clear()
        for p in pilihan:
            teks = tr("{nama} {tahun} · {masa} · %n SKP menambahkan", "", p.jumlah).format(
                nama=p.nama, tahun=p.tahun, masa=format_masa(p.awal, p.akhir)
            )
            self.periode_combo.addItem(teks, p.id)
        self.periode_combo.setCurrentIndex(max(0, self.periode_combo.findData(current)))
        self.periode_combo.blockSignals(blocked)
        self.stack.setCurrentIndex(0)
        self._muat_daftar()

    def _periode_pilihan(
        self, session: Session, aktor: Aktor, ids: list[str]
    ) -> list[PeriodePilihanRow]:
        return periode_pilihan(session, aktor.pegawai_id, ids)

    def pilih_periode(self, periode_id: str) -> bool:
        index = self.periode_combo.findData(periode_id)
        if index < 0:
            return False
        self.periode_combo.setCurrentIndex(index)
        return True

    # --- loading ------------------------------------------------------------------------------

    def _muat_daftar(self) -> None:
        periode_id = self.periode_combo.currentData()
        if self.aktor is None or not periode_id:
            self.daftar.set_rows(())
            return
        with self.uow.read() as session:
            rows = self.baris(session, self.aktor, str(periode_id))
        self.jumlah.setText(self.ringkasan(rows))
        self.daftar.set_rows(rows)

    def _muat_detail(self) -> None:
        row = self.daftar.selected()
        if row is None or self.aktor is None:
            self.detail = None
            self.kosong_kanan.setText(tr("Pilih pegawai di daftar sebelah kiri."))
            self.stack_kanan.setCurrentIndex(1)
            self.tampilkan_detail(None)
            return
        pp_id = self.periode_penilaian_id(row)
        if pp_id is None:
            self.detail = None
            self.kosong_kanan.setText(self.teks_tanpa_periode(row))
            self.stack_kanan.setCurrentIndex(1)
            self.tampilkan_detail(None)
            return
        with self.uow.read() as session:
            self.detail = detail_penilaian(session, pp_id, self.aktor.pegawai_id, self.uow.today())
        self.stack_kanan.setCurrentIndex(0)
        self._tampilkan_identitas(self.detail)
        self.tampilkan_detail(self.detail)

    def _tampilkan_identitas(self, detail: PenilaianDetail | None) -> None:
        if detail is None:
            self.identitas.setText("")
            return
        skp, p = detail.skp, detail.periode
        status = (
            tr("dapat diisi sampai {batas}")
            if p.terbuka
            else tr("batas pengisian {batas} telah lewat")
        ).format(batas=format_tanggal(p.batas_pengisian))
        self.identitas.setText(
            f"<b>{skp.pegawai_nama}</b> · NIP {skp.nip} · {skp.jabatan}<br>"
            f"{p.nama} ({format_masa(p.awal, p.akhir)}) · {status}"
        )

    def _saring(self, text: str) -> None:
        self.daftar.proxy.setFilterFixedString(text.strip())

    def _kosong(self, teks: str) -> None:
        self.kosong.setText(teks)
        self.stack.setCurrentIndex(1)
        self.daftar.set_rows(())
