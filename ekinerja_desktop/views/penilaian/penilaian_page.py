"""The Penilaian page of the acting pegawai's approved SKP (S000 3.1, S002): its periode
penilaian with batas pengisian, "Tambah Periode Penilaian", and per period rencana aksi,
realisasi, bukti dukung, feedback received and the rating."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import JenisPeriode, StatusSkp
from ekinerja_desktop.domain.tanggal import format_tanggal
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.queries_penilaian import (
    PenilaianDetail,
    PeriodePenilaianRow,
    SkpPenilaianRow,
    detail_penilaian,
    periode_penilaian_skp,
    periode_tersedia,
    skp_penilaian,
)
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.penilaian.common import (
    Penyegar,
    PesanLabel,
    format_masa,
    lebar_kolom,
    tr,
)
from ekinerja_desktop.views.penilaian.dialogs import TambahPeriodeDialog
from ekinerja_desktop.views.penilaian.hasil_kerja import HasilKerjaPanel
from ekinerja_desktop.views.penilaian.models import PeriodeModel
from ekinerja_desktop.views.penilaian.perilaku import PerilakuPanel
from ekinerja_desktop.views.penilaian.rating import RatingPanel
from ekinerja_desktop.views.penilaian.rencana_aksi import RencanaAksiPanel
from ekinerja_desktop.views.penilaian.tabel import TabelBaris

TAB_RENCANA_AKSI, TAB_HASIL_KERJA, TAB_PERILAKU, TAB_PENILAIAN = range(4)


def judul_skp(row: SkpPenilaianRow) -> str:
    teks = f"SKP {row.tahun} · {format_masa(row.periode_awal, row.periode_akhir)}"
    if row.is_plt_plh:
        teks += " · PLT/PLH"
    return f"{teks} · {row.status.label}"


class PenilaianPage(Page):
    def __init__(
        self,
        uow: UnitOfWork,
        bridge: ChangeBridge,
        layanan: LayananPenilaian,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_penilaian")
        self.uow = uow
        self.layanan = layanan
        self.aktor: Aktor | None = None
        self.skp_rows: list[SkpPenilaianRow] = []
        self.detail: PenilaianDetail | None = None
        self.dialog: TambahPeriodeDialog | None = None
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

        self.skp_combo = QComboBox()
        self.skp_combo.setObjectName("skp_combo")
        self.skp_combo.setAccessibleName(tr("SKP yang dinilai"))
        self.skp_combo.currentIndexChanged.connect(lambda _i: self._muat_periode())
        skp_label = QLabel(tr("&SKP:"))
        skp_label.setBuddy(self.skp_combo)
        self.tombol_periode = QPushButton(tr("Tambah &Periode Penilaian…"))
        self.tombol_periode.clicked.connect(self.tambah_periode)
        bar = QHBoxLayout()
        bar.addWidget(skp_label)
        bar.addWidget(self.skp_combo, 1)
        bar.addWidget(self.tombol_periode)

        self.periode = TabelBaris(PeriodeModel(), "tabel_periode", tr("Periode penilaian"))
        lebar_kolom(self.periode, {0: 150, 1: 220, 2: 140, 3: 180})
        self.periode.pilihan_berubah.connect(lambda _id: self._muat_detail())

        self.status_periode = PesanLabel()
        self.status_periode.setObjectName("status_periode")
        self.rencana_aksi = RencanaAksiPanel(layanan, self.pesan)
        self.hasil_kerja = HasilKerjaPanel(layanan, self.pesan)
        self.perilaku = PerilakuPanel(layanan, self.pesan)
        self.rating = RatingPanel(layanan, self.pesan)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs_penilaian")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.rencana_aksi, tr("&Rencana Aksi"))
        self.tabs.addTab(self.hasil_kerja, tr("&Hasil Kerja"))
        self.tabs.addTab(self.perilaku, tr("Peri&laku Kerja"))
        self.tabs.addTab(self.rating, tr("Pe&nilaian"))
        bawah = QWidget()
        bawah_layout = QVBoxLayout(bawah)
        bawah_layout.setContentsMargins(0, 0, 0, 0)
        bawah_layout.addWidget(self.status_periode)
        bawah_layout.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.periode)
        split.addWidget(bawah)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(1, 1)
        self.split = split

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
        self._kosong(tr("Belum ada pengguna."))

    # --- Page ---------------------------------------------------------------------------------

    def title(self) -> str:
        return tr("Penilaian")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.tersedia = aktor is not None
        self.pesan.bersihkan()
        self.skp_rows = []
        self.refresh()

    def refresh(self) -> None:
        if self.aktor is None:
            self.skp_combo.clear()
            self._kosong(tr("Belum ada pengguna."))
            return
        with self.uow.read() as session:
            rows = skp_penilaian(session, self.aktor.pegawai_id)
        pilihan = self.skp_id() or next(
            (r.id for r in rows if r.status is StatusSkp.PERSETUJUAN), None
        )
        self.skp_rows = rows
        blocked = self.skp_combo.blockSignals(True)
        self.skp_combo.clear()
        for row in rows:
            self.skp_combo.addItem(judul_skp(row), row.id)
        index = self.skp_combo.findData(pilihan)
        self.skp_combo.setCurrentIndex(index if index >= 0 else 0)
        self.skp_combo.blockSignals(blocked)
        self._muat_periode()

    def open_skp(self, skp_id: str) -> bool:
        """Show this SKP (from the Daftar SKP page); False if it is not the user's."""
        index = self.skp_combo.findData(skp_id)
        if index < 0:
            return False
        self.skp_combo.setCurrentIndex(index)
        return True

    # --- loading ------------------------------------------------------------------------------

    def skp_id(self) -> str | None:
        value = self.skp_combo.currentData()
        return str(value) if value else None

    def _skp(self) -> SkpPenilaianRow | None:
        skp_id = self.skp_id()
        return next((r for r in self.skp_rows if r.id == skp_id), None)

    def _muat_periode(self) -> None:
        skp = self._skp()
        self.tombol_periode.setEnabled(skp is not None and skp.status is StatusSkp.PERSETUJUAN)
        if skp is None:
            self.subheading.setText("")
            self._kosong(
                tr(
                    "Belum ada SKP. Penilaian diisi pada SKP yang sudah disetujui pejabat "
                    "penilai (menu Daftar SKP)."
                )
            )
            return
        self.subheading.setText(
            tr("{nama} · {jabatan} · {unor} · Pejabat penilai: {penilai}").format(
                nama=skp.pegawai_nama,
                jabatan=skp.jabatan,
                unor=skp.unor_nama,
                penilai=skp.pejabat_penilai_nama or tr("belum ditentukan"),
            )
        )
        if skp.status is not StatusSkp.PERSETUJUAN:
            self._kosong(
                tr(
                    "SKP ini berstatus {status}. Rencana aksi, realisasi, bukti dukung dan "
                    "feedback dapat diisi setelah SKP disetujui pejabat penilai."
                ).format(status=skp.status.label)
            )
            return
        with self.uow.read() as session:
            rows = periode_penilaian_skp(session, skp.id, self.uow.today())
        if not rows:
            self._kosong(
                tr(
                    "Belum ada periode penilaian pada SKP ini. Klik \u201cTambah Periode "
                    "Penilaian\u201d dan pilih periode yang ingin diisi."
                )
            )
            return
        self.stack.setCurrentIndex(0)
        self._tinggi_periode(len(rows))
        self.periode.set_rows(rows, pilih=self._periode_awal(rows))

    def _tinggi_periode(self, jumlah: int) -> None:
        """The period table as tall as its rows (up to five); the rest goes to the details."""
        tinggi = (
            self.periode.horizontalHeader().height()
            + min(max(jumlah, 2), 5) * self.periode.verticalHeader().defaultSectionSize()
            + 2 * self.periode.frameWidth()
            + 2
        )
        total = sum(self.split.sizes()) or self.split.height()
        self.split.setSizes([tinggi, max(total - tinggi, 300)])

    def _periode_awal(self, rows: list[PeriodePenilaianRow]) -> str | None:
        """Keep the shown period; else the first open periodic one."""
        current = self.periode.selected_id()
        if current and any(r.id == current for r in rows):
            return current
        terbuka = [r for r in rows if r.terbuka and r.jenis is JenisPeriode.PERIODIK]
        return (terbuka or rows)[0].id

    def _muat_detail(self) -> None:
        pp_id = self.periode.selected_id()
        detail = None
        if pp_id and self.aktor is not None:
            with self.uow.read() as session:
                detail = detail_penilaian(session, pp_id, self.aktor.pegawai_id, self.uow.today())
        self.detail = detail
        self._tampilkan_status(detail)
        final = detail is not None and detail.periode.jenis is JenisPeriode.FINAL
        self.tabs.setTabEnabled(TAB_RENCANA_AKSI, not final)
        if final and self.tabs.currentIndex() == TAB_RENCANA_AKSI:
            self.tabs.setCurrentIndex(TAB_HASIL_KERJA)
        for panel in (self.rencana_aksi, self.hasil_kerja, self.perilaku, self.rating):
            panel.tampilkan(detail)

    def _tampilkan_status(self, detail: PenilaianDetail | None) -> None:
        if detail is None:
            self.status_periode.bersihkan()
            return
        p = detail.periode
        batas = format_tanggal(p.batas_pengisian)
        if p.dibuka_ulang_sampai is not None and p.terbuka:
            teks = tr("{nama}: dibuka ulang oleh admin sampai {sampai}.").format(
                nama=p.nama, sampai=format_tanggal(p.dibuka_ulang_sampai)
            )
            self.status_periode.tampilkan(teks, "info")
        elif p.terbuka:
            teks = tr("{nama} ({masa}): dapat diisi sampai batas pengisian {batas}.").format(
                nama=p.nama, masa=format_masa(p.awal, p.akhir), batas=batas
            )
            self.status_periode.tampilkan(teks, "info")
        else:
            teks = tr(
                "Batas pengisian {nama} ({batas}) telah lewat; isinya tidak dapat diubah lagi. "
                "Minta admin membuka ulang periode ini bila perlu."
            ).format(nama=p.nama, batas=batas)
            self.status_periode.tampilkan(teks, "warning")

    def _kosong(self, teks: str) -> None:
        self.kosong.setText(teks)
        self.stack.setCurrentIndex(1)
        self.detail = None
        self.periode.set_rows(())

    # --- Tambah Periode Penilaian -------------------------------------------------------------

    def tambah_periode(self) -> None:
        skp = self._skp()
        if skp is None:
            return
        with self.uow.read() as session:
            rows = periode_tersedia(session, skp.id, self.uow.today())
        if not rows:
            self.pesan.tampilkan(
                tr("Semua periode penilaian instansi untuk SKP ini sudah ditambahkan."), "info"
            )
            return
        dialog = TambahPeriodeDialog(rows, self)
        baru: list[str] = []

        def simpan() -> object:
            periode_id = dialog.periode_id()
            if periode_id is not None:
                baru.append(self.layanan.tambah_periode_penilaian(skp.id, periode_id))
            return periode_id

        dialog.simpan = simpan
        dialog.accepted.connect(lambda: self._pilih_baru(baru))
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _pilih_baru(self, baru: list[str]) -> None:
        self._muat_periode()
        if baru:
            self.periode.select_id(baru[0])
