"""The choosers of the Admin Instansi dialogs: a unit (a combo box found by any part of its name,
its unor atasan shown) and a pegawai (a searchable table)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.services.queries_admin import PegawaiRow, UnorRow
from ekinerja_desktop.views.admin.common import ModelBaris, ProxyCari, kotak_cari, tabel, teks_nip
from ekinerja_desktop.views.common.table_model import Column
from ekinerja_desktop.views.rekap.common import PenyesuaiKolom

translate = QCoreApplication.translate


def urutan_pohon(units: Iterable[UnorRow]) -> list[tuple[UnorRow, int]]:
    """The units in tree order (each after its unor atasan), with their depth."""
    units = list(units)
    anak: dict[str | None, list[UnorRow]] = {}
    for u in units:
        anak.setdefault(u.unor_atasan_id, []).append(u)
    hasil: list[tuple[UnorRow, int]] = []

    def turun(atasan: str | None, depth: int) -> None:
        for u in sorted(anak.get(atasan, []), key=lambda x: x.nama.casefold()):
            hasil.append((u, depth))
            turun(u.id, depth + 1)

    turun(None, 0)
    return hasil


class PemilihUnor(QComboBox):
    """A unit, found by typing any part of its name; each shows its unor atasan, since unit
    names repeat across the tree ("Bagian Umum (Biro Wilayah 1)")."""

    def __init__(self, kosong: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kosong = kosong
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        completer = self.completer()
        assert completer is not None  # an editable combo box has one
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def isi(self, units: Sequence[UnorRow], kecuali: frozenset[str] = frozenset()) -> None:
        nama = {u.id: u.nama for u in units}
        self.clear()
        if self.kosong is not None:
            self.addItem(self.kosong, None)
        for u, depth in urutan_pohon(units):
            if u.id in kecuali:
                continue
            atasan = nama.get(u.unor_atasan_id or "")
            self.addItem(f"{u.nama} ({atasan})" if atasan else u.nama, u.id)
            self.setItemData(self.count() - 1, "  " * depth + u.nama, Qt.ItemDataRole.ToolTipRole)

    def unor_id(self) -> str | None:
        i = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        data = self.itemData(i) if i >= 0 else None
        return str(data) if data else None

    def pilih(self, unor_id: str | None) -> None:
        i = self.findData(unor_id) if unor_id else (0 if self.kosong is not None else -1)
        self.setCurrentIndex(max(i, 0) if self.count() else -1)


def pemilih_unor(
    nama: str,
    units: Sequence[UnorRow],
    terpilih: str | None,
    kosong: str | None = None,
    kecuali: frozenset[str] = frozenset(),
) -> PemilihUnor:
    """A PemilihUnor of `units` (but `kecuali`), on `terpilih`."""
    pemilih = PemilihUnor(kosong)
    pemilih.setAccessibleName(nama)
    pemilih.isi(units, kecuali)
    pemilih.pilih(terpilih)
    return pemilih


class PemilihPegawai(QWidget):
    """A pegawai from a searchable list (name, NIP as typed or grouped, jabatan, unit), with
    an optional "nobody" choice (no atasan)."""

    berubah = Signal()

    def __init__(self, nama: str, kosong: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.model: ModelBaris[PegawaiRow] = ModelBaris(
            (
                Column(translate("PemilihPegawai", "Nama"), lambda r: r.nama),
                Column(translate("PemilihPegawai", "NIP"), lambda r: teks_nip(r.nip)),
                Column(translate("PemilihPegawai", "Jabatan"), lambda r: r.jabatan, tooltip=True),
                Column(translate("PemilihPegawai", "Unit"), lambda r: r.unor_nama, tooltip=True),
            ),
            self,
        )
        self.proxy = ProxyCari(self.model, lambda r: r.nip, self)
        self.cari = kotak_cari(
            translate("PemilihPegawai", "Cari nama, NIP, jabatan atau unit…"),
            f"cari_{nama}",
            self.proxy,
        )
        self.tabel = tabel(f"tabel_{nama}", nama, self.proxy)
        self.tabel.setSortingEnabled(False)
        self.tabel.setMinimumHeight(150)
        self.kolom = PenyesuaiKolom(self.tabel, (0, 2, 3))
        self.tabel.selectionModel().currentRowChanged.connect(lambda *_: self._dipilih())
        self.kosong_tombol: QPushButton | None = None
        self.terpilih_label = QLabel()
        self.terpilih_label.setObjectName(f"terpilih_{nama}")
        self.terpilih_label.setWordWrap(True)
        self.terpilih: PegawaiRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.cari)
        layout.addWidget(self.tabel)
        if kosong is not None:
            self.kosong_tombol = QPushButton(kosong)
            self.kosong_tombol.clicked.connect(lambda: self.pilih(None))
            layout.addWidget(self.kosong_tombol, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.terpilih_label)
        self.setFocusProxy(self.cari)
        self.cari.returnPressed.connect(self._pilih_pertama)
        self._tampilkan()

    def isi(self, rows: Sequence[PegawaiRow], kecuali: str | None = None) -> None:
        self.model.set_rows([r for r in rows if r.id != kecuali])
        self.proxy.sort(0)
        self.kolom.reset()

    def pilih(self, pegawai_id: str | None) -> None:
        row = self.model.row_of_id(pegawai_id) if pegawai_id else None
        if row is None:
            self.tabel.clearSelection()
            self.tabel.setCurrentIndex(QModelIndex())
            self.terpilih = None
            self._tampilkan()
            self.berubah.emit()
            return
        self.tabel.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        self.tabel.scrollTo(
            self.tabel.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter
        )

    def pegawai_id(self) -> str | None:
        return self.terpilih.id if self.terpilih else None

    def _pilih_pertama(self) -> None:
        if self.proxy.rowCount():
            self.tabel.setCurrentIndex(self.proxy.index(0, 0))
            self.tabel.setFocus()

    def _dipilih(self) -> None:
        index = self.tabel.currentIndex()
        self.terpilih = (
            self.model.row_at(self.proxy.mapToSource(index).row()) if index.isValid() else None
        )
        self._tampilkan()
        self.berubah.emit()

    def _tampilkan(self) -> None:
        p = self.terpilih
        if p is None:
            self.terpilih_label.setText(translate("PemilihPegawai", "Terpilih: (tidak ada)"))
        else:
            self.terpilih_label.setText(
                translate("PemilihPegawai", "Terpilih: {nama} — {nip}").format(
                    nama=p.nama, nip=teks_nip(p.nip)
                )
            )
        self.terpilih_label.setAccessibleName(self.terpilih_label.text())


def pemilih_pegawai(
    nama_objek: str,
    nama: str,
    pegawai: Sequence[PegawaiRow],
    terpilih: str | None,
    kosong: str | None = None,
    kecuali: str | None = None,
) -> PemilihPegawai:
    """A PemilihPegawai of `pegawai` (but `kecuali`), on `terpilih`."""
    pemilih = PemilihPegawai(nama_objek, kosong)
    pemilih.setAccessibleName(nama)
    pemilih.isi(pegawai, kecuali)
    pemilih.pilih(terpilih)
    return pemilih
