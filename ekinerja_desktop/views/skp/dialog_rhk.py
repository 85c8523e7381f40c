"""The "Tambah RHK" / "Ubah RHK" dialog (S000 Gambar 11, 18, 32, 33): the leader's RHK it
intervenes (a searchable list), klasifikasi, unit or tim kerja, jenis, text, penugasan dari."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import MAKS_PANJANG_RHK, JenisRhk, KlasifikasiRhk
from ekinerja_desktop.services.queries_skp import RhkPimpinanRow, RhkRow

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class KonteksRhk:
    """What the dialog offers: the leader RHK, the unit of the SKP and the pegawai's teams."""

    pimpinan: Sequence[RhkPimpinanRow]
    tampilkan_intervensi: bool  # JA/JF (and ketua tim): the leader's RHK is chosen
    unor: tuple[str, str]  # (id, nama) of the SKP's unit
    tim: Sequence[tuple[str, str]]
    penugasan_bawaan: str  # the pejabat penilai's jabatan


class RhkPimpinanModel(QAbstractListModel):
    """The leader RHK, with "(tidak mengintervensi)" first; each item searchable by its RHK,
    IKI, owner and source."""

    def __init__(self, rows: Sequence[RhkPimpinanRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = list(rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.row() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, SEARCH_ROLE):
                return self.tr("(Tidak mengintervensi RHK pimpinan)")
            return "" if role == ID_ROLE else None
        row = self.rows[index.row() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [row.teks, f"{row.pemilik_nama} · {row.sumber} · SKP {row.status_skp.label}"]
            lines.extend(f"   IKI: {iki}" for iki in row.iki)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.teks}\n{row.pemilik_nama}, {row.pemilik_jabatan}"
        if role == ID_ROLE:
            return row.id
        if role == SEARCH_ROLE:
            return " ".join((row.teks, *row.iki, row.pemilik_nama, row.sumber)).casefold()
        return None


class _CariProxy(QSortFilterProxyModel):
    """Keeps items having every typed word; the "none" item always stays."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: tuple[str, ...] = ()

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self.words = tuple(text.casefold().split())
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.words = tuple(text.casefold().split())
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if source_row == 0 or not self.words:
            return True
        model = self.sourceModel()
        text = str(model.index(source_row, 0, source_parent).data(SEARCH_ROLE))
        return all(word in text for word in self.words)


class RhkDialog(QDialog):
    """`simpan` runs the service with the fields; it returns the refusal to show, or None."""

    def __init__(
        self,
        konteks: KonteksRhk,
        simpan: Callable[[dict[str, Any]], str | None],
        rhk: RhkRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_rhk")
        self.konteks = konteks
        self.simpan = simpan
        self.rhk = rhk
        self.setWindowTitle(self.tr("Ubah RHK") if rhk else self.tr("Tambah RHK"))
        self.resize(640, 560 if konteks.tampilkan_intervensi else 380)

        self.cari = QLineEdit()
        self.cari.setPlaceholderText(self.tr("Cari RHK atau IKI pimpinan…"))
        self.cari.setClearButtonEnabled(True)
        self.cari.setAccessibleName(self.tr("Cari RHK pimpinan"))
        self.pimpinan = QListView()
        # The models live and die with the list, never before it.
        self.pimpinan_model = RhkPimpinanModel(konteks.pimpinan, self.pimpinan)
        self.pimpinan_proxy = _CariProxy(self.pimpinan)
        self.pimpinan_proxy.setSourceModel(self.pimpinan_model)
        self.pimpinan.setObjectName("daftar_rhk_pimpinan")
        self.pimpinan.setAccessibleName(self.tr("RHK pimpinan yang diintervensi"))
        self.pimpinan.setModel(self.pimpinan_proxy)
        self.pimpinan.setWordWrap(True)
        self.pimpinan.setAlternatingRowColors(True)
        self.pimpinan.setUniformItemSizes(False)
        self.cari.textChanged.connect(self.pimpinan_proxy.set_text)
        kosong = QLabel(
            self.tr(
                "Pimpinan Anda belum memiliki RHK untuk periode SKP ini. Anda tetap dapat "
                "menyimpan RHK ini dan memilih RHK pimpinan nanti."
            )
        )
        kosong.setWordWrap(True)
        kosong.setVisible(not konteks.pimpinan)

        self.klasifikasi = QComboBox()
        self.klasifikasi.addItem(
            self.tr("Organisasi — tertaut di unit organisasi / tim kerja"),
            KlasifikasiRhk.ORGANISASI.value,
        )
        self.klasifikasi.addItem(self.tr("Individu"), KlasifikasiRhk.INDIVIDU.value)
        self.tautan = QComboBox()
        self.tautan.addItem(self.tr("Unit: {nama}").format(nama=konteks.unor[1]),
                            ("unor", konteks.unor[0]))  # fmt: skip
        for tim_id, nama in konteks.tim:
            self.tautan.addItem(self.tr("Tim kerja: {nama}").format(nama=nama), ("tim", tim_id))
        self.jenis = QComboBox()
        for jenis in JenisRhk:
            self.jenis.addItem(jenis.label, jenis.value)
        self.teks = QPlainTextEdit()
        self.teks.setTabChangesFocus(True)
        self.teks.setPlaceholderText(
            self.tr("Hasil yang diharapkan, dalam bahasa hasil, bukan aktivitas")
        )
        self.teks.setMinimumHeight(64)
        self.teks.setMaximumHeight(140)
        self.penugasan = QLineEdit()
        self.penugasan.setPlaceholderText(self.tr("Jabatan pimpinan yang menugaskan"))
        self.sisa = QLabel()
        self.pesan = QLabel()
        self.pesan.setObjectName("pesan_error")
        self.pesan.setStyleSheet("color: #b00020;")
        self.pesan.setWordWrap(True)

        for widget, name in (
            (self.klasifikasi, self.tr("Klasifikasi RHK")),
            (self.tautan, self.tr("Unit organisasi atau tim kerja")),
            (self.jenis, self.tr("Jenis RHK")),
            (self.teks, self.tr("Rencana hasil kerja")),
            (self.penugasan, self.tr("Penugasan dari")),
        ):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Klasifikasi RHK:"), self.klasifikasi)
        form.addRow(self.tr("&Unit/tim kerja:"), self.tautan)
        form.addRow(self.tr("&Jenis RHK:"), self.jenis)
        form.addRow(self.tr("&Rencana hasil kerja:"), self.teks)
        form.addRow("", self.sisa)
        form.addRow(self.tr("&Penugasan dari:"), self.penugasan)

        bantuan = QLabel(
            self.tr(
                "<b>RHK Organisasi</b> tertaut dengan unit kerja atau tim kerja dan diwariskan "
                "kepada pejabat berikutnya di tahun yang sama. <b>RHK Individu</b> tertaut "
                "kepada Anda saja."
            )
        )
        bantuan.setWordWrap(True)
        self.tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.tombol.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.tombol.accepted.connect(self.accept)
        self.tombol.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if konteks.tampilkan_intervensi:
            judul = QLabel(self.tr("RHK &pimpinan yang diintervensi:"))
            judul.setBuddy(self.cari)
            layout.addWidget(judul)
            layout.addWidget(self.cari)
            layout.addWidget(self.pimpinan, 1)
            layout.addWidget(kosong)
        else:
            self.cari.hide()
            self.pimpinan.hide()
        layout.addLayout(form)
        layout.addWidget(bantuan)
        layout.addWidget(self.pesan)
        layout.addWidget(self.tombol)

        self.klasifikasi.currentIndexChanged.connect(self._periksa)
        self.teks.textChanged.connect(self._periksa)
        self._isi(rhk)
        self._periksa()
        (self.cari if konteks.tampilkan_intervensi else self.teks).setFocus()

    def _isi(self, rhk: RhkRow | None) -> None:
        if rhk is None:
            self.klasifikasi.setCurrentIndex(1)
            self.penugasan.setText(self.konteks.penugasan_bawaan)
            self._pilih_pimpinan("")
            return
        self.klasifikasi.setCurrentIndex(self.klasifikasi.findData(rhk.klasifikasi.value))
        tautan = ("tim", rhk.tim_kerja_id) if rhk.tim_kerja_id else ("unor", rhk.unor_id)
        found = self.tautan.findData(tautan)
        if found < 0 and rhk.tim_kerja_id:  # a team this pegawai is no longer in: keep it
            self.tautan.addItem(rhk.tautan_nama, tautan)
            found = self.tautan.count() - 1
        self.tautan.setCurrentIndex(max(found, 0))
        self.jenis.setCurrentIndex(self.jenis.findData(rhk.jenis.value))
        self.teks.setPlainText(rhk.teks)
        self.penugasan.setText(rhk.penugasan_dari or "")
        self._pilih_pimpinan(rhk.rhk_diintervensi_id or "")

    def _pilih_pimpinan(self, rhk_id: str) -> None:
        rows = [r.id for r in self.pimpinan_model.rows]
        row = rows.index(rhk_id) + 1 if rhk_id in rows else 0
        index = self.pimpinan_proxy.mapFromSource(self.pimpinan_model.index(row, 0))
        self.pimpinan.setCurrentIndex(index)

    def _periksa(self) -> None:
        organisasi = self.klasifikasi.currentData() == KlasifikasiRhk.ORGANISASI.value
        self.tautan.setEnabled(organisasi)
        teks = self.teks.toPlainText().strip()
        self.sisa.setText(
            self.tr("{n} dari {maks} karakter").format(n=len(teks), maks=MAKS_PANJANG_RHK)
        )
        pesan = ""
        if not teks:
            pesan = self.tr("Isi rencana hasil kerja terlebih dahulu.")
        elif len(teks) > MAKS_PANJANG_RHK:
            pesan = self.tr("Rencana hasil kerja terlalu panjang.")
        self.pesan.setText(pesan)
        self.tombol.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not pesan)

    def pilihan_pimpinan(self) -> str | None:
        index = self.pimpinan.currentIndex()
        value = str(index.data(ID_ROLE) or "") if index.isValid() else ""
        return value or None

    def fields(self) -> dict[str, Any]:
        """The RHK as the services take it."""
        klasifikasi = KlasifikasiRhk(self.klasifikasi.currentData())
        jenis_tautan, tautan_id = self.tautan.currentData()
        organisasi = klasifikasi is KlasifikasiRhk.ORGANISASI
        fields: dict[str, Any] = {
            "teks": self.teks.toPlainText().strip(),
            "jenis": JenisRhk(self.jenis.currentData()),
            "klasifikasi": klasifikasi,
            "unor_id": tautan_id if organisasi and jenis_tautan == "unor" else None,
            "tim_kerja_id": tautan_id if organisasi and jenis_tautan == "tim" else None,
            "penugasan_dari": self.penugasan.text().strip() or None,
        }
        if self.konteks.tampilkan_intervensi:
            fields["rhk_diintervensi_id"] = self.pilihan_pimpinan()
        return fields

    def accept(self) -> None:
        error = self.simpan(self.fields())
        if error:
            self.pesan.setText(error)
            return
        super().accept()
