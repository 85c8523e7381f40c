"""Berkas → Pulihkan dari cadangan…: choose an automatic backup or a file, see what it holds
(checked before anything changes), confirm what will be replaced; the app then restores it
and opens again (app.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.penilaian import format_ukuran
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.services.cadangan import (
    CadanganOtomatis,
    InfoCadangan,
    LayananCadangan,
)
from ekinerja_desktop.views.cadangan.cadangkan import folder_dokumen
from ekinerja_desktop.views.cadangan.ringkasan import (
    alasan_label,
    asal,
    isi_singkat,
    pemilik,
    ringkasan_html,
)
from ekinerja_desktop.views.common.table_model import (
    ALIGN_RIGHT,
    SORT_ROLE,
    Column,
    RowTableModel,
)
from ekinerja_desktop.views.common.tasks import jalankan_di_latar

translate = QCoreApplication.translate

#: (parent, start folder) → the chosen file, or None (tests replace it).
PilihBerkas = Callable[[QWidget | None, Path], Path | None]


def kolom_otomatis() -> tuple[Column[CadanganOtomatis], ...]:
    return (
        Column(translate("PulihkanDialog", "Tanggal"), lambda r: r.dibuat_pada),
        Column(translate("PulihkanDialog", "Keterangan"), lambda r: alasan_label(r.alasan)),
        Column(
            translate("PulihkanDialog", "Ukuran"),
            lambda r: format_ukuran(r.ukuran),
            ALIGN_RIGHT,
            sort_key=lambda r: r.ukuran,
        ),
    )


class PulihkanDialog(QDialog):
    def __init__(
        self,
        layanan: LayananCadangan,
        minta_pulihkan: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_pulihkan")
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.layanan = layanan
        self.minta_pulihkan = minta_pulihkan
        self.pilih_berkas: PilihBerkas = self._dialog_buka
        self.terpilih: InfoCadangan | None = None
        self.saat_ini: InfoCadangan | None = None

        intro = QLabel(
            self.tr(
                "Pilih cadangan untuk mengganti data e-Kinerja di komputer ini, misalnya "
                "setelah pindah laptop. Cadangan diperiksa dulu; data sekarang disimpan sebagai "
                "cadangan otomatis sebelum diganti, jadi pemulihan dapat dibatalkan."
            )
        )
        intro.setWordWrap(True)

        self.model = RowTableModel(kolom_otomatis(), self)
        self.proxy = proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.tabel = QTableView()
        self.tabel.setObjectName("tabel_cadangan_otomatis")
        self.tabel.setModel(proxy)
        self.tabel.setSortingEnabled(True)
        self.tabel.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.verticalHeader().hide()
        header = self.tabel.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabel.setAccessibleName(self.tr("Cadangan otomatis di komputer ini"))
        self.tabel.selectionModel().selectionChanged.connect(self._baris_dipilih)
        label_tabel = QLabel(self.tr("&Cadangan otomatis di komputer ini:"))
        label_tabel.setBuddy(self.tabel)
        self.kosong = QLabel(self.tr("Belum ada cadangan otomatis. Pilih berkas cadangan Anda."))
        self.kosong.setObjectName("tanpa_cadangan_otomatis")

        self.tombol_berkas = QPushButton(self.tr("Pilih &berkas cadangan…"))
        self.tombol_berkas.setObjectName("pilih_berkas")
        self.tombol_berkas.setToolTip(
            self.tr("Cadangan yang Anda buat dengan Cadangkan sekarang, mis. di flashdisk")
        )
        self.tombol_berkas.clicked.connect(self._pilih_berkas)

        self.ringkasan = QLabel()
        self.ringkasan.setObjectName("ringkasan_cadangan")
        self.ringkasan.setWordWrap(True)
        self.ringkasan.setTextFormat(Qt.TextFormat.RichText)
        self.ringkasan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ringkasan.setAccessibleName(self.tr("Isi cadangan terpilih"))
        self.galat = QLabel()
        self.galat.setObjectName("galat_cadangan")
        self.galat.setWordWrap(True)
        self.galat.setStyleSheet("color: #b00020;")
        self.galat.setAccessibleName(self.tr("Cadangan ditolak"))
        self.galat.hide()
        kotak_terpilih = QGroupBox(self.tr("Cadangan terpilih"))
        isi = QVBoxLayout(kotak_terpilih)
        isi.addWidget(self.ringkasan)
        isi.addWidget(self.galat)

        self.ringkasan_saat_ini = QLabel()
        self.ringkasan_saat_ini.setObjectName("ringkasan_saat_ini")
        self.ringkasan_saat_ini.setWordWrap(True)
        self.ringkasan_saat_ini.setAccessibleName(self.tr("Data di komputer ini sekarang"))
        kotak_sekarang = QGroupBox(self.tr("Data di komputer ini sekarang (akan diganti)"))
        QVBoxLayout(kotak_sekarang).addWidget(self.ringkasan_saat_ini)

        tombol = QDialogButtonBox()
        self.tombol_pulihkan = tombol.addButton(
            self.tr("&Pulihkan…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.tombol_pulihkan.setObjectName("pulihkan")
        self.tombol_pulihkan.setEnabled(False)
        tutup = tombol.addButton(QDialogButtonBox.StandardButton.Close)
        tutup.setText(self.tr("&Tutup"))
        tombol.accepted.connect(self._pulihkan)
        tombol.rejected.connect(self.reject)

        baris_berkas = QHBoxLayout()
        baris_berkas.addWidget(self.kosong, 1)
        baris_berkas.addStretch(0)
        baris_berkas.addWidget(self.tombol_berkas)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label_tabel)
        layout.addWidget(self.tabel, 1)
        layout.addLayout(baris_berkas)
        layout.addWidget(kotak_terpilih)
        layout.addWidget(kotak_sekarang)
        layout.addWidget(tombol)
        self.resize(720, 600)
        self.muat()

    # --- loading ------------------------------------------------------------------------------

    def muat(self) -> None:
        rows = self.layanan.daftar_otomatis()
        self.model.set_rows(rows)
        self.kosong.setVisible(not rows)
        self.saat_ini = self.layanan.info_saat_ini()
        self.ringkasan_saat_ini.setText(
            self.tr("Milik: {pemilik} · {isi} · lampiran belum terunggah: {lampiran}").format(
                pemilik=pemilik(self.saat_ini),
                isi=isi_singkat(self.saat_ini),
                lampiran=self.saat_ini.lampiran,
            )
        )
        self._tampilkan(None, "")
        self.ringkasan.setText(self.tr("Pilih cadangan dari daftar atau dari berkas."))

    def _baris_dipilih(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        source = self.proxy.mapToSource(indexes[0])
        self.periksa(self.model.row_at(source.row()).path)

    def _pilih_berkas(self) -> None:
        path = self.pilih_berkas(self, folder_dokumen())
        if path is None:
            return
        self.tabel.clearSelection()
        self.periksa(path)

    def _dialog_buka(self, parent: QWidget | None, folder: Path) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            self.tr("Pilih berkas cadangan e-Kinerja"),
            str(folder),
            self.tr("Cadangan e-Kinerja (*.db);;Semua berkas (*)"),
        )
        return Path(chosen) if chosen else None

    # --- checking -----------------------------------------------------------------------------

    def periksa(self, path: Path) -> InfoCadangan | None:
        """Check the file off the GUI thread (integrity_check reads all of it); show the
        result. Returns what it holds, or None when refused."""
        try:
            info = jalankan_di_latar(
                self, self.tr("Memeriksa cadangan…"), lambda: self.layanan.periksa_cadangan(path)
            )
        except UserError as error:
            self._tampilkan(None, str(error))
            self.ringkasan.setText(self.tr("Berkas: {path}").format(path=path))
            return None
        self._tampilkan(info, "")
        return info

    def _tampilkan(self, info: InfoCadangan | None, galat: str) -> None:
        self.terpilih = info
        self.tombol_pulihkan.setEnabled(info is not None)
        self.galat.setText(galat)
        self.galat.setVisible(bool(galat))
        if info is not None:
            self.ringkasan.setText(ringkasan_html(info))

    # --- restoring ----------------------------------------------------------------------------

    def _pulihkan(self) -> None:
        info = self.terpilih
        if info is None or not self.konfirmasi(info):
            return
        self.accept()
        self.minta_pulihkan(info.path)

    def konfirmasi(self, info: InfoCadangan) -> bool:
        """Ask, naming what will be replaced by what."""
        box = QMessageBox(self)
        box.setObjectName("konfirmasi_pulihkan")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        box.setText(self.tr("Ganti data di komputer ini dengan isi cadangan?"))
        box.setInformativeText(self.teks_konfirmasi(info))
        ganti = box.addButton(
            self.tr("&Ganti data dan buka ulang"), QMessageBox.ButtonRole.DestructiveRole
        )
        ganti.setObjectName("ganti")
        batal = box.addButton(self.tr("&Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(batal)
        box.setEscapeButton(batal)
        box.exec()
        return box.clickedButton() is ganti

    def teks_konfirmasi(self, info: InfoCadangan) -> str:
        saat_ini = self.saat_ini
        bagian = []
        if saat_ini is not None:
            bagian.append(
                self.tr("Yang diganti: data di komputer ini — milik {pemilik}; {isi}.").format(
                    pemilik=pemilik(saat_ini), isi=isi_singkat(saat_ini)
                )
            )
        bagian.append(
            self.tr("Diganti dengan: {asal} — milik {pemilik}; {isi}.").format(
                asal=asal(info), pemilik=pemilik(info), isi=isi_singkat(info)
            )
        )
        if saat_ini is not None and saat_ini.belum_terkirim:
            bagian.append(
                self.tr(
                    "Perhatian: {n} perubahan di komputer ini belum terkirim ke server. Setelah "
                    "pemulihan, perubahan itu hanya ada di cadangan otomatis sebelum pemulihan."
                ).format(n=saat_ini.belum_terkirim)
            )
        if saat_ini is not None and saat_ini.nip and info.nip and saat_ini.nip != info.nip:
            bagian.append(
                self.tr("Perhatian: cadangan ini milik pengguna lain ({pemilik}).").format(
                    pemilik=pemilik(info)
                )
            )
        bagian.append(
            self.tr(
                "Data sekarang disimpan dulu sebagai cadangan otomatis. Aplikasi lalu ditutup "
                "dan dibuka kembali dengan data dari cadangan."
            )
        )
        return "\n\n".join(bagian)
