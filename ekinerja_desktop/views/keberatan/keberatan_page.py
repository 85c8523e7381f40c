"""The Keberatan page (S003 2.7, domain.md §7): the keberatan the user filed, must explain, must
decide, or (admin) all of them; the selected one in full ("Check Keberatan"); and the step the
user may take now. The atasan PPK's first look at a keberatan is recorded when it is selected."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import STATUS_FINAL_KEBERATAN, Rating, StatusKeberatan, format_tanggal
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.services.keberatan import LayananKeberatan
from ekinerja_desktop.services.queries_keberatan import (
    KeberatanRow,
    Nilai,
    PeranKeberatan,
    PredikatSayaRow,
    daftar_keberatan,
    predikat_saya,
)
from ekinerja_desktop.services.queries_rekap import cakupan_aktor
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.table_model import ID_ROLE, Column, RowTableModel
from ekinerja_desktop.views.keberatan.keberatan_dialog import (
    AjukanKeberatanDialog,
    KeputusanDialog,
    PenjelasanDialog,
)
from ekinerja_desktop.views.rekap.common import (
    HalamanPenilaian,
    PenyesuaiKolom,
    PesanLabel,
    SaringProxy,
    siapkan_tabel,
)

WATCHED = frozenset({"keberatan", "penilaian", "periode_penilaian", "skp", "pegawai"})


def tr(text: str) -> str:
    # A bare `tr("…")`: pyside6-lupdate files it under the empty context, so look it up there.
    return QCoreApplication.translate("", text)


def label_status(status: StatusKeberatan) -> str:
    return {
        StatusKeberatan.DIAJUKAN: tr("Diajukan"),
        StatusKeberatan.DIJELASKAN: tr("Dijelaskan"),
        StatusKeberatan.DISETUJUI: tr("Disetujui"),
        StatusKeberatan.DITOLAK: tr("Ditolak"),
        StatusKeberatan.TERLAMBAT: tr("Terlambat"),
    }[status]


def waktu(dt: datetime | None) -> str:
    """A stored (UTC) time in the laptop's time zone: "24 Juni 2024 pukul 08.28"."""
    if dt is None:
        return "-"
    lokal = dt.replace(tzinfo=UTC).astimezone()
    return tr("{tanggal} pukul {jam}").format(
        tanggal=format_tanggal(lokal.date()), jam=f"{lokal:%H.%M}"
    )


def keberatan_columns() -> tuple[Column[KeberatanRow], ...]:
    return (
        Column(tr("Pegawai"), lambda r: r.pegawai_nama, tooltip=True),
        Column(tr("Penilai kinerja"), lambda r: r.pejabat_penilai_nama, tooltip=True),
        Column(tr("Atasan penilai kinerja"), lambda r: r.atasan_nama, tooltip=True),
        Column(tr("Periode"), lambda r: f"{r.periode_nama} {r.tahun}"),
        Column(tr("Status"), lambda r: label_status(r.status)),
        Column(
            tr("Tanggal pengajuan"),
            lambda r: format_tanggal(r.diajukan_pada.date()),
            sort_key=lambda r: r.diajukan_pada.isoformat(),
        ),
    )


class KeberatanModel(RowTableModel[KeberatanRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(keberatan_columns(), parent)


class NilaiModel(RowTableModel["_BarisNilai"]):
    """Sebelum keberatan / Permintaan pegawai / Sesudah keberatan (S003 Gambar 2.38)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(tr("Nilai"), lambda b: b.nama),
                Column(tr("Hasil kerja"), lambda b: b.nilai.rating_hasil_kerja or "-"),
                Column(tr("Perilaku kerja"), lambda b: b.nilai.rating_perilaku_kerja or "-"),
                Column(tr("Hasil akhir"), lambda b: b.nilai.predikat or "-"),
            ),
            parent,
        )

    def set_keberatan(self, row: KeberatanRow | None) -> None:
        if row is None:
            self.set_rows(())
            return
        self.set_rows(
            (
                _BarisNilai("sebelum", tr("Sebelum keberatan"), row.sebelum),
                _BarisNilai("diminta", tr("Permintaan pegawai"), row.diminta),
                _BarisNilai("sesudah", tr("Sesudah keberatan"), row.sesudah),
            )
        )


class _BarisNilai:
    def __init__(self, id_: str, nama: str, nilai: Nilai) -> None:
        self.id = id_
        self.nama = nama
        self.nilai = nilai


class KeberatanDetail(QScrollArea):
    """ "Check Keberatan": status, times, people, texts and the three rows of ratings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("keberatan_detail")
        isi = QWidget()
        self.labels: dict[str, QLabel] = {}
        kiri = QFormLayout()
        for key, teks in (
            ("status", self.tr("Status keberatan:")),
            ("diajukan", self.tr("Waktu pengajuan:")),
            ("dijelaskan", self.tr("Waktu penjelasan:")),
            ("dibuka", self.tr("Pertama kali dibuka atasan:")),
            ("diputuskan", self.tr("Waktu diputuskan:")),
            ("pegawai", self.tr("Pegawai yang mengajukan:")),
            ("ppk", self.tr("Pejabat penilai kinerja:")),
            ("atasan", self.tr("Atasan pejabat penilai:")),
        ):
            kiri.addRow(teks, self._label(key))
        kanan = QVBoxLayout()
        self.nilai_model = NilaiModel(self)
        self.nilai = QTableView()
        siapkan_tabel(self.nilai, "tabel_nilai_keberatan")
        self.nilai.setSortingEnabled(False)
        self.nilai.setModel(self.nilai_model)
        self.nilai.setAccessibleName(self.tr("Nilai sebelum, diminta dan sesudah keberatan"))
        self.nilai.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.nilai.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.nilai.setFixedHeight(4 * self.nilai.verticalHeader().defaultSectionSize() + 8)
        kanan.addWidget(self.nilai)
        for key, teks in (
            ("alasan", self.tr("<b>Alasan mengajukan keberatan</b>")),
            ("penjelasan", self.tr("<b>Penjelasan pejabat penilai kinerja</b>")),
            ("rekomendasi", self.tr("<b>Keputusan dan rekomendasi atasan pejabat penilai</b>")),
        ):
            kanan.addWidget(QLabel(teks))
            kanan.addWidget(self._label(key))
        kanan.addStretch(1)
        grid = QGridLayout(isi)
        grid.addLayout(kiri, 0, 0)
        grid.addLayout(kanan, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.setWidget(isi)
        self.tampilkan(None)

    def _label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"keberatan_{key}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels[key] = label
        return label

    def tampilkan(self, row: KeberatanRow | None) -> None:
        self.nilai_model.set_keberatan(row)
        if row is None:
            for label in self.labels.values():
                label.setText("")
            self.labels["status"].setText(self.tr("Pilih keberatan pada daftar."))
            return
        teks = {
            "status": f"<b>{label_status(row.status)}</b>",
            "diajukan": waktu(row.diajukan_pada),
            "dijelaskan": waktu(row.dijelaskan_pada),
            "dibuka": waktu(row.dibuka_atasan_pada),
            "diputuskan": waktu(row.diputuskan_pada),
            "pegawai": f"{row.pegawai_nama} ({row.pegawai_nip})",
            "ppk": row.pejabat_penilai_nama or "-",
            "atasan": row.atasan_nama or "-",
            "alasan": row.alasan,
            "penjelasan": row.penjelasan or self.tr("(belum ada)"),
            "rekomendasi": row.rekomendasi or self.tr("(belum diputuskan)"),
        }
        for key, value in teks.items():
            self.labels[key].setTextFormat(
                Qt.TextFormat.RichText if key == "status" else Qt.TextFormat.PlainText
            )
            self.labels[key].setText(value)


class KeberatanPage(HalamanPenilaian):
    WATCHED = WATCHED

    def __init__(self, uow: UnitOfWork, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(uow, bridge, parent)
        self.setObjectName("page_keberatan")
        self.layanan = LayananKeberatan(uow)
        self.predikat: list[PredikatSayaRow] = []
        self.dialog: AjukanKeberatanDialog | PenjelasanDialog | KeputusanDialog | None = None

        keterangan = QLabel(
            self.tr(
                "Pegawai mengajukan keberatan atas predikat paling lambat 14 hari setelah "
                "predikat ditetapkan; pejabat penilai memberi penjelasan; atasan pejabat penilai "
                "memutuskan. Keputusan bersifat final."
            )
        )
        keterangan.setWordWrap(True)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Saring menurut status keberatan"))
        self.status_combo.addItem(self.tr("Semua"), None)
        for s in StatusKeberatan:
            self.status_combo.addItem(label_status(s), s.value)
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_combo)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Nama pegawai, penilai, periode…"))
        self.search.setAccessibleName(self.tr("Cari keberatan"))
        search_label = QLabel(self.tr("&Cari:"))
        search_label.setBuddy(self.search)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(status_label)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.count_label)

        self.model = KeberatanModel(self)
        self.proxy: SaringProxy[KeberatanRow] = SaringProxy(self.model, self)
        self.table = QTableView()
        siapkan_tabel(self.table, "tabel_keberatan")
        self.table.setAccessibleName(self.tr("Daftar keberatan"))
        self.table.setModel(self.proxy)
        self.kolom = PenyesuaiKolom(self.table, (0, 1, 2))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._terpilih())
        self.detail = KeberatanDetail()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        self.ajukan_button = QPushButton(self.tr("&Ajukan Keberatan…"))
        self.ajukan_button.clicked.connect(self.ajukan)
        self.jelaskan_button = QPushButton(self.tr("Tulis &Penjelasan…"))
        self.jelaskan_button.clicked.connect(self.jelaskan)
        self.putuskan_button = QPushButton(self.tr("P&utuskan…"))
        self.putuskan_button.clicked.connect(self.putuskan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ajukan_button)
        buttons.addStretch(1)
        buttons.addWidget(self.jelaskan_button)
        buttons.addWidget(self.putuskan_button)
        self.pesan = PesanLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.judul_halaman())
        layout.addWidget(keterangan)
        layout.addLayout(bar)
        layout.addWidget(self.pesan)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.proxy.set_text)
        self.status_combo.currentIndexChanged.connect(self._saring_status)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._terpilih()

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Keberatan")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.pesan.kosongkan()
        self.search.clear()
        self.status_combo.setCurrentIndex(0)
        self.refresh(autosize=True)

    def refresh(self, autosize: bool = False) -> None:
        selected = self.selected()
        rows: list[KeberatanRow] = []
        self.predikat = []
        menilai = False
        if self.aktor is not None:
            with self.uow.read() as session:
                rows = daftar_keberatan(session, self.aktor.pegawai_id, self.aktor.is_admin)
                self.predikat = predikat_saya(session, self.aktor.pegawai_id)
                menilai = bool(cakupan_aktor(session, self.aktor.pegawai_id, False))
        # Shown to whoever has a predikat to object to, a keberatan to follow, or subordinates
        # whose keberatan they may have to explain or decide; admins monitor them all (S003 2.7).
        admin = self.aktor is not None and self.aktor.is_admin
        self.tersedia = self.aktor is not None and bool(rows or self.predikat or admin or menilai)
        self.model.set_rows(rows)
        if autosize:
            self.kolom.reset()
        self.ajukan_button.setVisible(bool(self.predikat))
        self.ajukan_button.setEnabled(any(not p.sudah_diajukan for p in self.predikat))
        if selected is not None and self.select(selected.id):
            return
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._terpilih()

    # --- selection --------------------------------------------------------------------------

    def selected(self) -> KeberatanRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_of_id(str(index.data(ID_ROLE)))
        return self.model.row_at(row) if row is not None else None

    def select(self, keberatan_id: str) -> bool:
        row = self.model.row_of_id(keberatan_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self._terpilih()
        return True

    def _terpilih(self) -> None:
        row = self.selected()
        self.detail.tampilkan(row)
        terbuka = row is not None and row.status not in STATUS_FINAL_KEBERATAN
        peran = row.peran if row is not None else None
        self.jelaskan_button.setVisible(peran is PeranKeberatan.PEJABAT_PENILAI)
        self.jelaskan_button.setEnabled(terbuka)
        self.putuskan_button.setVisible(peran is PeranKeberatan.ATASAN_PEJABAT_PENILAI)
        self.putuskan_button.setEnabled(terbuka)
        # S003 "pertama kali di-check oleh atasan": only when the atasan really has it in view,
        # not when the page merely loads behind another one.
        if (
            row is not None
            and terbuka
            and peran is PeranKeberatan.ATASAN_PEJABAT_PENILAI
            and row.dibuka_atasan_pada is None
            and self.isVisible()
        ):
            self._jalankan(lambda: self.layanan.buka(row.id))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._terpilih()

    def _saring_status(self, _index: int) -> None:
        status = self.status_combo.currentData()
        self.proxy.set_syarat(None if status is None else lambda r: r.status == status)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(
            self.tr("{shown} dari {total} keberatan").format(shown=shown, total=total)
            if self.proxy.filtered
            else self.tr("{total} keberatan").format(total=total)
        )

    # --- the steps ----------------------------------------------------------------------------

    def ajukan(self) -> None:
        if not self.predikat:
            return
        self.dialog = AjukanKeberatanDialog(
            self.predikat, self.uow.today(), self._simpan_ajukan, self
        )
        self.dialog.open()

    def _simpan_ajukan(
        self, p: PredikatSayaRow, alasan: str, hasil: Rating, perilaku: Rating
    ) -> None:
        id_ = self.layanan.ajukan(p.id, alasan, hasil, perilaku)
        self.refresh()
        self.select(id_)
        self.pesan.tampilkan(self.tr("Keberatan diajukan."), "info")

    def jelaskan(self) -> None:
        row = self.selected()
        if row is None:
            return

        def simpan(teks: str) -> None:
            self.layanan.jelaskan(row.id, teks)
            self.pesan.tampilkan(self.tr("Penjelasan disimpan."), "info")

        self.dialog = PenjelasanDialog(row, simpan, self)
        self.dialog.open()

    def putuskan(self) -> None:
        row = self.selected()
        if row is None:
            return

        def simpan(
            keputusan: StatusKeberatan, rekomendasi: str, hasil: Rating, perilaku: Rating
        ) -> None:
            self.layanan.putuskan(row.id, keputusan, rekomendasi, hasil, perilaku)
            self.pesan.tampilkan(
                self.tr("Keberatan diputuskan: {status}.").format(status=label_status(keputusan)),
                "info",
            )

        self.dialog = KeputusanDialog(row, simpan, self)
        self.dialog.open()

    def _jalankan(self, aksi: Callable[[], object]) -> None:
        try:
            aksi()
        except UserError as error:
            self.pesan.tampilkan(str(error), "error")
