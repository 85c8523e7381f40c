"""The Capaian Organisasi page (S003 2.5): per unit kerja induk, the capaian of the chosen period,
its state, the statistics line and the bukti dukung link. The admin sets, finalises, cancels
the finalisation and deletes; a pimpinan sees the units that concern them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import PREDIKAT_URUTAN, CapaianOrganisasi, Predikat, StatusCapaian
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.services.capaian import LayananCapaian
from ekinerja_desktop.services.queries_capaian import CapaianRow, daftar_capaian, unit_terlihat
from ekinerja_desktop.services.queries_rekap import PilihanRekap, Statistik, pilihan_rekap
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.capaian.capaian_dialog import CapaianDialog
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.table_model import ID_ROLE, Column, RowTableModel
from ekinerja_desktop.views.rekap.common import (
    HalamanPenilaian,
    PemilihCakupanPeriode,
    PenyesuaiKolom,
    PesanLabel,
    label_periode,
    siapkan_tabel,
)

WATCHED = frozenset(
    {
        "capaian_organisasi",
        "penilaian",
        "periode_penilaian",
        "skp",
        "pegawai",
        "unor",
        "periode",
        "keberatan",
    }
)


def tr(text: str) -> str:
    # A bare `tr("…")`: pyside6-lupdate files it under the empty context, so look it up there.
    return QCoreApplication.translate("", text)


def teks_statistik(st: Statistik) -> str:
    """S003 2.5: "Pegawai dinilai: x / N, Sangat Baik: n, Baik: n, Butuh Perbaikan: n, Kurang: n,
    Sangat Kurang: n"."""
    j = st.jumlah
    return tr(
        "Pegawai dinilai: {x} / {n}, Sangat Baik: {sb}, Baik: {b}, Butuh Perbaikan: {bp}, "
        "Kurang: {k}, Sangat Kurang: {sk}"
    ).format(
        x=st.jumlah_dinilai,
        n=st.jumlah_pegawai,
        sb=j[Predikat.SANGAT_BAIK],
        b=j[Predikat.BAIK],
        bp=j[Predikat.BUTUH_PERBAIKAN],
        k=j[Predikat.KURANG],
        sk=j[Predikat.SANGAT_KURANG],
    )


def _status(r: CapaianRow) -> str:
    if r.status is None:
        return tr("Belum ditetapkan")
    return tr("Final") if r.status is StatusCapaian.FINAL else tr("Belum Final")


def capaian_columns() -> tuple[Column[CapaianRow], ...]:
    return (
        Column(tr("Unit kerja induk"), lambda r: r.unor_nama, tooltip=True),
        Column(
            tr("Capaian organisasi"),
            lambda r: r.capaian.label if r.capaian else "-",
            sort_key=lambda r: (
                -1 if r.capaian is None else -list(CapaianOrganisasi).index(r.capaian)
            ),
        ),
        Column(tr("Status"), _status),
        Column(
            tr("Dinilai"),
            lambda r: f"{r.statistik.jumlah_dinilai} / {r.statistik.jumlah_pegawai}",
            sort_key=lambda r: r.statistik.jumlah_dinilai / max(1, r.statistik.jumlah_pegawai),
        ),
        Column(
            tr("Statistik"),
            lambda r: ", ".join(
                f"{p.label.split('/')[0]}: {r.statistik.jumlah[p]}"
                for p in reversed(PREDIKAT_URUTAN)
            ),
            tooltip=lambda r: teks_statistik(r.statistik),
        ),
        Column(tr("Bukti dukung"), lambda r: r.bukti_dukung_url or "", tooltip=True),
    )


class CapaianModel(RowTableModel[CapaianRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(capaian_columns(), parent)


class CapaianPage(HalamanPenilaian):
    WATCHED = WATCHED

    def __init__(self, uow: UnitOfWork, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(uow, bridge, parent)
        self.setObjectName("page_capaian")
        self.layanan = LayananCapaian(uow)
        self.pilihan = PilihanRekap((), (), None)
        self.units: list[str] = []
        self.dialog: CapaianDialog | None = None
        self.konfirmasi: QMessageBox | None = None

        self.pemilih = PemilihCakupanPeriode(dengan_cakupan=False)
        self.pemilih.berubah.connect(self.muat)
        self.keterangan = QLabel()
        self.keterangan.setWordWrap(True)
        self.pesan = PesanLabel()
        self.model = CapaianModel(self)
        self.table = QTableView()
        siapkan_tabel(self.table, "tabel_capaian")
        self.table.setAccessibleName(self.tr("Capaian organisasi per unit kerja induk"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.kolom = PenyesuaiKolom(self.table, (0, 4, 5))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.tetapkan())
        self.statistik_label = QLabel()
        self.statistik_label.setObjectName("capaian_statistik")
        self.statistik_label.setWordWrap(True)
        self.statistik_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statistik_label.setAccessibleName(self.tr("Statistik unit terpilih"))

        self.tetapkan_button = QPushButton(self.tr("&Tetapkan…"))
        self.tetapkan_button.clicked.connect(self.tetapkan)
        self.final_button = QPushButton(self.tr("&Final"))
        self.final_button.clicked.connect(self.finalkan)
        self.batal_button = QPushButton(self.tr("&Batal Final"))
        self.batal_button.clicked.connect(self.batal_final)
        self.hapus_button = QPushButton(self.tr("&Hapus"))
        self.hapus_button.clicked.connect(self.hapus)
        self.bukti_button = QPushButton(self.tr("B&uka bukti dukung"))
        self.bukti_button.clicked.connect(self.buka_bukti)
        buttons = QHBoxLayout()
        for button in (self.tetapkan_button, self.final_button, self.batal_button):
            buttons.addWidget(button)
        buttons.addWidget(self.hapus_button)
        buttons.addStretch(1)
        buttons.addWidget(self.bukti_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.judul_halaman())
        layout.addWidget(self.pemilih)
        layout.addWidget(self.keterangan)
        layout.addWidget(self.pesan)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.statistik_label)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Capaian Organisasi")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon)

    @property
    def admin(self) -> bool:
        return self.aktor is not None and self.aktor.is_admin

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.pesan.kosongkan()
        self.refresh(autosize=True)

    def refresh(self, autosize: bool = False) -> None:
        self.units = []
        if self.aktor is not None:
            with self.uow.read() as session:
                self.pilihan = pilihan_rekap(
                    session, self.aktor.pegawai_id, self.aktor.is_admin, self.uow.today()
                )
                self.units = unit_terlihat(session, self.aktor.pegawai_id, self.aktor.is_admin)
        self.tersedia = self.aktor is not None and (self.admin or bool(self.units))
        self.pemilih.isi((), self.pilihan.periode, self.pilihan.periode_awal, self.aktor)
        for button in (self.tetapkan_button, self.final_button, self.batal_button):
            button.setVisible(self.admin)
        self.hapus_button.setVisible(self.admin)
        self.keterangan.setText(
            self.tr(
                "Tetapkan capaian kinerja organisasi tiap unit kerja induk, lalu finalkan setelah "
                "semua pegawai dinilai agar grafik pola distribusi sama di setiap cetakan."
            )
            if self.admin
            else self.tr("Capaian organisasi ditetapkan oleh admin instansi.")
        )
        self.muat(autosize)

    def muat(self, autosize: bool = False) -> None:
        selected = self.selected()
        periode_id = self.pemilih.periode_id()
        rows: list[CapaianRow] = []
        if self.aktor is not None and periode_id is not None:
            with self.uow.read() as session:
                rows = daftar_capaian(
                    session, self.aktor.pegawai_id, self.aktor.is_admin, periode_id
                )
        self.model.set_rows(rows)
        if autosize or selected is None:
            self.kolom.reset()
        if rows:
            row = self.model.row_of_id(selected.id) if selected else None
            self.table.setCurrentIndex(self.model.index(row or 0, 0))
        self._update_buttons()

    # --- the selected unit --------------------------------------------------------------------

    def selected(self) -> CapaianRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_of_id(str(index.data(ID_ROLE)))
        return self.model.row_at(row) if row is not None else None

    def select_unit(self, unor_id: str) -> bool:
        row = self.model.row_of_id(unor_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        r = self.selected()
        ada = r is not None and r.capaian_id is not None
        final = ada and r is not None and r.status is StatusCapaian.FINAL
        self.tetapkan_button.setEnabled(r is not None)
        self.final_button.setEnabled(ada and not final)
        self.batal_button.setEnabled(final)
        self.hapus_button.setEnabled(ada and not final)
        self.bukti_button.setEnabled(r is not None and bool(r.bukti_dukung_url))
        if r is None:
            self.statistik_label.setText("")
            return
        self.statistik_label.setText(f"<b>{r.unor_nama}</b> — {teks_statistik(r.statistik)}")

    # --- actions ------------------------------------------------------------------------------

    def tetapkan(self) -> None:
        r, periode = self.selected(), self.pemilih.periode()
        if r is None or periode is None or not self.admin:
            return
        self.dialog = CapaianDialog(r, label_periode(periode), self._simpan, self)
        self.dialog.open()

    def _simpan(self, r: CapaianRow, capaian: CapaianOrganisasi, url: str) -> None:
        self.layanan.tetapkan(r.id, r.periode_id, capaian, url)
        self.pesan.tampilkan(
            self.tr("Capaian organisasi {unit} disimpan.").format(unit=r.unor_nama), "info"
        )

    def finalkan(self) -> None:
        r = self.selected()
        if r is None or r.capaian_id is None:
            return
        teks = self.tr(
            "Apakah Anda yakin ingin melakukan finalisasi Capaian Organisasi ini?\n\n"
            "Pastikan semua pegawai yang ada di Unit Kerja Induk ini sudah dinilai, sehingga "
            "Grafik Pola Distribusi menjadi konsisten di setiap cetakan Form Evaluasi Kinerja."
        )
        if r.statistik.belum_dinilai:
            teks += "\n\n" + self.tr("Saat ini {x} dari {n} pegawai belum dinilai.").format(
                x=r.statistik.belum_dinilai, n=r.statistik.jumlah_pegawai
            )
        capaian_id = r.capaian_id
        self._tanya(
            self.tr("Finalisasi Capaian Organisasi"),
            teks,
            lambda: self._jalankan(
                lambda: self.layanan.finalkan(capaian_id), self.tr("Difinalkan.")
            ),
        )

    def batal_final(self) -> None:
        r = self.selected()
        if r is not None and r.capaian_id is not None:
            capaian_id = r.capaian_id
            self._jalankan(
                lambda: self.layanan.batal_final(capaian_id), self.tr("Finalisasi dibatalkan.")
            )

    def hapus(self) -> None:
        r = self.selected()
        if r is None or r.capaian_id is None:
            return
        capaian_id = r.capaian_id
        self._tanya(
            self.tr("Hapus Capaian Organisasi"),
            self.tr("Hapus capaian organisasi {unit} untuk periode ini?").format(unit=r.unor_nama),
            lambda: self._jalankan(lambda: self.layanan.hapus(capaian_id), self.tr("Dihapus.")),
        )

    def buka_bukti(self) -> None:
        r = self.selected()
        if r is not None and r.bukti_dukung_url:
            QDesktopServices.openUrl(QUrl(r.bukti_dukung_url))

    def _tanya(self, judul: str, teks: str, lanjut: Callable[[], None]) -> None:
        """A window-modal question (never a nested event loop); `lanjut` runs on "Ya"."""
        box = QMessageBox(QMessageBox.Icon.Question, judul, teks, parent=self)
        ya = box.addButton(self.tr("Ya"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ya)

        def clicked(button: QAbstractButton) -> None:
            if button is ya:
                lanjut()

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.konfirmasi = box
        box.open()

    def _jalankan(self, aksi: Callable[[], None], berhasil: str) -> None:
        try:
            aksi()
        except UserError as error:
            self.pesan.tampilkan(str(error), "error")
            return
        self.pesan.tampilkan(berhasil, "info")
