"""“Salin dari SKP sebelumnya…” (USERS.md pain 9): choose one of one's earlier SKPs, tick the RHK
and IKI to take over, and copy them into this Draft in one step that one Urungkan (Ctrl+Z)
takes back whole.

The dialog only chooses; the copy runs through `LayananSkp.salin_dari_skp` inside the
`SalinDariSkp` undo command, whose undo deletes exactly the records the copy created.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import JenisRhk, JenisSkp, Pendekatan
from ekinerja_desktop.services.queries_skp import RhkRow
from ekinerja_desktop.services.salin import HasilSalin, SkpSumberRow, format_target
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.views.common.pohon_centang import PohonCentangModel, Simpul
from ekinerja_desktop.views.skp.delegates import WrapDelegate
from ekinerja_desktop.views.skp.kepala_skp import periode
from ekinerja_desktop.views.skp.perintah import Perintah

translate = QCoreApplication.translate

# (source SKP id, RHK id → ids of its IKI) → the refusal, or None when copied
Simpan = Callable[[str, dict[str, list[str]]], str | None]
LEBAR_TARGET, LEBAR_KATEGORI, LEBAR_INTERVENSI = 110, 112, 230


class SalinDariSkp(Perintah):
    """The whole copy as one undo step."""

    def __init__(
        self, layanan: LayananSkp, skp_id: str, sumber_id: str, pilihan: dict[str, list[str]]
    ) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Salin dari SKP sebelumnya"))
        self.skp_id, self.sumber_id, self.pilihan = skp_id, sumber_id, pilihan
        self.hasil = HasilSalin((), (), 0)

    def pertama(self) -> None:
        self.hasil = self.layanan.salin_dari_skp(self.skp_id, self.sumber_id, self.pilihan)

    def maju(self) -> None:
        self.layanan.pulihkan_salinan(self.skp_id, self.hasil)

    def mundur(self) -> None:
        self.layanan.hapus_salinan(self.skp_id, self.hasil)


def judul_kolom(jenis: JenisSkp) -> list[str]:
    kolom = [
        translate("SalinSkp", "RHK dan IKI"),
        translate("SalinSkp", "Target"),
        translate("SalinSkp", "Perspektif")
        if jenis is JenisSkp.JPT
        else translate("SalinSkp", "Aspek"),
    ]
    if jenis is JenisSkp.JA_JF:
        kolom.append(translate("SalinSkp", "RHK pimpinan yang diintervensi"))
    return kolom


def simpul_salinan(
    rows: Sequence[RhkRow], sumber: SkpSumberRow, jenis: JenisSkp, pimpinan: set[str]
) -> list[Simpul]:
    """The tree of the copy dialog: Utama / Tambahan → RHK → IKI, all checked; each row shows
    what the copy will write (aspek/perspektif only between SKPs of one format, the leader RHK
    only when this SKP may still intervene it)."""
    sama_jenis = sumber.jenis is jenis
    grup: list[Simpul] = []
    for jenis_rhk in JenisRhk:
        anggota = [r for r in rows if r.jenis is jenis_rhk]
        if not anggota:
            continue
        judul = translate("SalinSkp", "RHK {jenis} ({n})").format(
            jenis=jenis_rhk.label, n=len(anggota)
        )
        node = Simpul(jenis_rhk.value, (judul,), jenis="grup", tebal=True)
        for nomor, rhk in enumerate(anggota, start=1):
            texts = [f"{nomor}. {rhk.teks}", "", ""]
            if jenis is JenisSkp.JA_JF:
                texts.append(_intervensi(rhk, pimpinan))
            anak = [
                Simpul(
                    iki.id,
                    (
                        f"{iki.indikator}",
                        format_target(iki.target_min, iki.target_max, iki.satuan),
                        _kategori(iki.perspektif if jenis is JenisSkp.JPT else iki.aspek)
                        if sama_jenis
                        else "",
                    ),
                )
                for iki in rhk.iki
            ]
            node.anak.append(Simpul(rhk.id, tuple(texts), jenis="rekaman", anak=anak))
        grup.append(node)
    return grup


def _kategori(nilai: object) -> str:
    label = getattr(nilai, "label", None)
    return str(label) if label else ""


def _intervensi(rhk: RhkRow, pimpinan: set[str]) -> str:
    if not rhk.rhk_diintervensi_id:
        return ""
    if rhk.rhk_diintervensi_id in pimpinan and rhk.rhk_diintervensi_teks:
        return rhk.rhk_diintervensi_teks
    return translate("SalinSkp", "(dikosongkan: pilih ulang setelah disalin)")


class KosongSalin(QFrame):
    """The Hasil Kerja area's empty state on an editable SKP without RHK: copy from an earlier
    SKP (when there is one) or add the first RHK."""

    def __init__(self, salin: QAction, tambah: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kosong_salin")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.tombol_salin = QPushButton(self.tr("Salin dari SKP sebelumnya…"))
        self.tombol_salin.setObjectName("tombol_salin_kosong")
        self.tombol_salin.setIcon(salin.icon())
        self.tombol_salin.clicked.connect(salin.trigger)
        self.tombol_tambah = QPushButton(self.tr("Tambah RHK…"))
        self.tombol_tambah.clicked.connect(tambah.trigger)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.tombol_salin)
        layout.addWidget(self.tombol_tambah)
        self.hide()

    def tampilkan(self, kosong: bool, ada_sumber: bool) -> None:
        if ada_sumber:
            self.label.setText(
                self.tr(
                    "SKP ini belum memiliki RHK — salin dari SKP sebelumnya agar tidak perlu "
                    "mengetik ulang, atau tambahkan RHK baru."
                )
            )
        else:
            self.label.setText(self.tr("SKP ini belum memiliki RHK — tambahkan RHK pertama."))
        self.tombol_salin.setVisible(ada_sumber)
        self.setVisible(kosong)


class _WrapCentang(WrapDelegate):
    """Wrapping text beside a check box: the box takes part of the first column."""

    def _width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        width = super()._width(index)
        return width - 24 if index.column() == 0 else width


class SalinSkpDialog(QDialog):
    def __init__(
        self,
        layanan: LayananSkp,
        skp_id: str,
        jenis: JenisSkp,
        pendekatan: Pendekatan,
        simpan: Simpan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_salin_skp")
        self.setWindowTitle(self.tr("Salin dari SKP sebelumnya"))
        self.layanan, self.skp_id = layanan, skp_id
        self.jenis, self.pendekatan, self.simpan = jenis, pendekatan, simpan
        self.sumber = layanan.skp_sumber_salinan(skp_id)
        self.pimpinan = {r.id for r in layanan.rhk_pimpinan(skp_id)}

        pengantar = QLabel(
            self.tr(
                "Pilih SKP Anda sebelumnya, lalu centang RHK dan IKI yang akan disalin ke SKP ini. "
                "RHK ditambahkan di akhir kelompoknya (Utama/Tambahan); Urungkan (Ctrl+Z) "
                "membatalkan seluruh salinan."
            )
        )
        pengantar.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setObjectName("combo_skp_sumber")
        self.combo.setAccessibleName(self.tr("SKP sumber"))
        for row in self.sumber:
            self.combo.addItem(self._judul_sumber(row), row.id)
        label = QLabel(self.tr("SKP &sumber:"))
        label.setBuddy(self.combo)
        baris = QHBoxLayout()
        baris.addWidget(label)
        baris.addWidget(self.combo, 1)

        self.model = PohonCentangModel(judul_kolom(jenis), self)
        self.tree = QTreeView()
        self.tree.setObjectName("tree_salin")
        self.tree.setAccessibleName(self.tr("RHK dan IKI yang akan disalin"))
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(_WrapCentang(self.tree))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setIndentation(16)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((LEBAR_TARGET, LEBAR_KATEGORI, LEBAR_INTERVENSI), 1):
            if column < self.model.columnCount():
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._relayout.start())

        self.tombol_semua = QPushButton(self.tr("Centang s&emua"))
        self.tombol_semua.clicked.connect(lambda: self.model.centang_semua(True))
        self.tombol_kosong = QPushButton(self.tr("&Kosongkan centang"))
        self.tombol_kosong.clicked.connect(lambda: self.model.centang_semua(False))
        self.ringkasan = QLabel()
        self.ringkasan.setObjectName("ringkasan_salin")
        alat = QHBoxLayout()
        alat.addWidget(self.tombol_semua)
        alat.addWidget(self.tombol_kosong)
        alat.addSpacing(12)
        alat.addWidget(self.ringkasan, 1)

        self.catatan = QLabel()
        self.catatan.setObjectName("panduan")
        self.catatan.setWordWrap(True)
        self.galat = QLabel()
        self.galat.setObjectName("galat_salin")
        self.galat.setWordWrap(True)
        self.galat.setStyleSheet(
            "QLabel { background: #fde8e8; color: #7f1d1d; border: 1px solid #f5b5b5;"
            " border-radius: 3px; padding: 6px 8px; }"
        )
        self.galat.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.tombol_salin = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.tombol_salin.setText(self.tr("Sa&lin"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(pengantar)
        layout.addLayout(baris)
        layout.addWidget(self.galat)
        layout.addWidget(self.tree, 1)
        layout.addLayout(alat)
        layout.addWidget(self.catatan)
        layout.addWidget(self.buttons)

        self.model.pilihan_berubah.connect(self._perbarui_ringkasan)
        self.combo.currentIndexChanged.connect(lambda _i: self._muat_sumber())
        self._ukuran_awal()
        self._muat_sumber()

    # --- the source SKP --------------------------------------------------------------------

    def _judul_sumber(self, row: SkpSumberRow) -> str:
        teks = self.tr("SKP {tahun} · {periode} · {status} · {n} RHK").format(
            tahun=row.tahun,
            periode=periode(row.periode_awal, row.periode_akhir),
            status=row.status.label,
            n=row.jumlah_rhk,
        )
        return teks + (self.tr(" · PLT/PLH") if row.plt_plh else "")

    def sumber_terpilih(self) -> SkpSumberRow | None:
        sumber_id = self.combo.currentData()
        return next((r for r in self.sumber if r.id == sumber_id), None)

    def _muat_sumber(self) -> None:
        sumber = self.sumber_terpilih()
        self.galat.hide()
        if sumber is None:
            self.model.set_simpul([])
            self.combo.setEnabled(False)
            self.catatan.setText(
                self.tr(
                    "Anda belum memiliki SKP lain yang dimulai sebelum SKP ini, jadi belum ada "
                    "yang dapat disalin. Tambahkan RHK dengan Tambah RHK (Ctrl+R)."
                )
            )
            return
        rows = self.layanan.isi_skp_sumber(self.skp_id, sumber.id)
        self.model.set_simpul(simpul_salinan(rows, sumber, self.jenis, self.pimpinan))
        self.tree.expandAll()
        self.catatan.setText(self._catatan(sumber))
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def _catatan(self, sumber: SkpSumberRow) -> str:
        teks = [
            self.tr(
                "Ekspektasi khusus pimpinan tidak disalin (ditulis pejabat penilai). RHK "
                "pimpinan yang diintervensi hanya disalin bila masih dapat diintervensi dari "
                "SKP ini (RHK atasan atau ketua tim pada SKP yang periodenya beririsan); "
                "selainnya dikosongkan dan ditandai pada pemeriksaan kelengkapan."
            )
        ]
        if sumber.jenis is not self.jenis:
            teks.append(
                self.tr(
                    "SKP sumber berformat {sumber}, SKP ini {ini}: aspek dan perspektif tidak "
                    "disalin."
                ).format(sumber=sumber.jenis.label, ini=self.jenis.label)
            )
        if sumber.pendekatan is not self.pendekatan:
            teks.append(
                self.tr(
                    "Pendekatan berbeda ({sumber} → {ini}): target IKI tidak disalin ke kolom "
                    "target; pada SKP kualitatif target dimasukkan ke narasi IKI."
                ).format(sumber=sumber.pendekatan.label, ini=self.pendekatan.label)
            )
        return " ".join(teks)

    # --- choosing ---------------------------------------------------------------------------

    def pilihan(self) -> dict[str, list[str]]:
        """RHK id → ids of its checked IKI, for every chosen RHK."""
        return {
            rhk.id: [iki.id for iki in rhk.anak if iki.dicentang]
            for rhk in self.model.dicentang("rekaman")
        }

    def _perbarui_ringkasan(self) -> None:
        pilihan = self.pilihan()
        jumlah_iki = sum(len(v) for v in pilihan.values())
        ringkasan = self.tr("Akan disalin: {rhk} RHK, {iki} IKI.").format(
            rhk=len(pilihan), iki=jumlah_iki
        )
        self.ringkasan.setText(ringkasan if self.sumber else "")
        self.tombol_salin.setEnabled(bool(pilihan))
        ada = any(True for _ in self.model.semua_simpul())
        for tombol in (self.tombol_semua, self.tombol_kosong):
            tombol.setEnabled(ada)

    def accept(self) -> None:
        sumber = self.sumber_terpilih()
        pilihan = self.pilihan()
        if sumber is None or not pilihan:
            return
        galat = self.simpan(sumber.id, pilihan)
        if galat:
            self.galat.setText(galat)
            self.galat.show()
            return
        super().accept()

    def _ukuran_awal(self) -> None:
        """Roomy at 1366×768, and never larger than a 1024×768 screen."""
        screen = QGuiApplication.primaryScreen()
        tersedia = screen.availableGeometry() if screen else None
        lebar, tinggi = 940, 600
        if tersedia is not None:
            lebar = min(lebar, tersedia.width() - 40)
            tinggi = min(tinggi, tersedia.height() - 60)
        self.resize(lebar, tinggi)
