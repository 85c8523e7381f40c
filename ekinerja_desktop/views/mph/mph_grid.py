"""The MPH grid: a table view with a two-level header (RHK over its IKI), pegawai in a frozen
vertical header, and a delegate drawing each cell's RHK as wrapped, elided lines.

Smooth at 300 rows × 40 columns on a slow laptop: rows have one height, computed once per
model reset from the fullest cell; painting reads only what the model already holds (no query,
no per-paint allocation beyond the visible text), and wrapped lines are cached per text and
width. Columns of one RHK group are drawn as one cell (a span per row), because the pegawai's
RHK intervene the RHK, not one IKI.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ekinerja_desktop.services.mph import BarisMph, PeranRhk
from ekinerja_desktop.views.mph.mph_model import (
    BARIS_ROLE,
    GRUP_ROLE,
    PERAN_ROLE,
    GrupHeader,
    MphFilterProxy,
    MphTableModel,
)

translate = QCoreApplication.translate
AnyIndex = QModelIndex | QPersistentModelIndex

LEBAR_KOLOM = 180  # px per IKI column at least; a group of n IKI draws its cell n times as wide
LEBAR_KOLOM_MAKS = 340  # few columns share the free width up to this
LEBAR_TANPA_PERAN = 200
LEBAR_PEGAWAI = 230  # the frozen vertical header
PAD = 4
BARIS_MIN, BARIS_MAKS = 3, 5  # lines of text per row
BARIS_GRUP, BARIS_IKI = 2, 3  # lines of the two header levels
WARNA_PERINGATAN = QColor("#b45309")  # the demo badge's amber: readable on light and dark
CACHE_MAKS = 20_000


class Pembungkus:
    """Greedy word wrap into at most `n` lines, the last one elided; cached per (text, width)."""

    def __init__(self, metrics: QFontMetrics) -> None:
        self.metrics = metrics
        self._cache: dict[tuple[str, int, int], tuple[str, ...]] = {}

    def wrap(self, text: str, width: int, n: int) -> tuple[str, ...]:
        key = (text, width, n)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        if len(self._cache) > CACHE_MAKS:
            self._cache.clear()
        fm, elide = self.metrics, Qt.TextElideMode.ElideRight
        words = text.split()
        lines: list[str] = []
        i = 0
        while i < len(words) and len(lines) < n - 1:
            line = words[i]
            i += 1
            while i < len(words) and fm.horizontalAdvance(f"{line} {words[i]}") <= width:
                line = f"{line} {words[i]}"
                i += 1
            if fm.horizontalAdvance(line) > width:
                line = fm.elidedText(line, elide, width)
            lines.append(line)
        if i < len(words):
            lines.append(fm.elidedText(" ".join(words[i:]), elide, width))
        result = tuple(lines)
        self._cache[key] = result
        return result


def tinggi_baris(line_spacing: int, terbanyak: int) -> int:
    """The one row height of the grid: enough lines for the fullest cell, within limits."""
    lines = min(BARIS_MAKS, max(BARIS_MIN, terbanyak))
    return lines * line_spacing + 2 * PAD


def bagi_baris(jumlah_item: int, total: int) -> list[int]:
    """Lines per item when `jumlah_item` RHK share `total` lines (≥ 1 each, extras first)."""
    if jumlah_item == 0:
        return []
    per, sisa = divmod(total, jumlah_item)
    return [per + (1 if i < sisa else 0) for i in range(jumlah_item)]


class PeranDelegate(QStyledItemDelegate):
    """Draws a cell's RHK: "•" intervening directly, "↳" (grey) through another RHK;
    "tidak ada peran" in grey where empty; the last column marks pegawai without any role."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.font_changed(view.font())
        self.teks_kosong = translate("MphGrid", "tidak ada peran")
        self.teks_tanpa_peran = translate("MphGrid", "Tidak ada peran")

    def font_changed(self, font: QFont) -> None:
        self.font = QFont(font)
        self.italic = QFont(font)
        self.italic.setItalic(True)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.metrics = QFontMetrics(self.font)
        self.pembungkus = Pembungkus(self.metrics)
        self.indent = self.metrics.horizontalAdvance("↳ ")

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(LEBAR_KOLOM, tinggi_baris(self.metrics.lineSpacing(), BARIS_MIN))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        style = self.view.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, self.view
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        warna = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        redup = warna if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect: QRect = option.rect.adjusted(PAD + 1, PAD, -PAD, -PAD)
        peran: tuple[PeranRhk, ...] = index.data(PERAN_ROLE) or ()
        model = index.model()
        painter.save()
        try:
            y = rect.top()
            if self._kolom_tanpa_peran(model, index):
                baris: BarisMph | None = index.data(BARIS_ROLE)
                if baris is not None and baris.tanpa_peran:
                    painter.setFont(self.bold)
                    painter.setPen(warna if selected else WARNA_PERINGATAN)
                    painter.drawText(
                        QRect(rect.left(), y, rect.width(), self.metrics.lineSpacing()),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        self.teks_tanpa_peran,
                    )
                    y += self.metrics.lineSpacing()
                self._gambar_peran(painter, rect, y, peran, redup, redup)
            elif not peran:
                painter.setFont(self.italic)
                painter.setPen(redup)
                painter.drawText(
                    rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.teks_kosong
                )
            else:
                self._gambar_peran(painter, rect, y, peran, warna, redup)
            if option.state & QStyle.StateFlag.State_HasFocus:
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        finally:
            painter.restore()

    @staticmethod
    def _kolom_tanpa_peran(model: QAbstractItemModel | None, index: AnyIndex) -> bool:
        return model is not None and index.column() == model.columnCount() - 1

    def _gambar_peran(
        self,
        painter: QPainter,
        rect: QRect,
        y: int,
        peran: Sequence[PeranRhk],
        warna: QColor,
        redup: QColor,
    ) -> None:
        spacing = self.metrics.lineSpacing()
        total = max(1, (rect.bottom() - y + 1) // spacing)
        tampil = list(peran)
        lainnya = 0
        if len(tampil) > total:  # no room: a count of the rest on the last line
            lainnya = len(tampil) - (total - 1)
            tampil = tampil[: total - 1]
        width = max(10, rect.width() - self.indent)
        painter.setFont(self.font)
        for item, n in zip(
            tampil, bagi_baris(len(tampil), total - (1 if lainnya else 0)), strict=True
        ):
            painter.setPen(warna if item.langsung else redup)
            painter.drawText(
                QRect(rect.left(), y, self.indent, spacing),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                "•" if item.langsung else "↳",
            )
            for line in self.pembungkus.wrap(item.teks, width, n):
                painter.drawText(
                    QRect(rect.left() + self.indent, y, width, spacing),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    line,
                )
                y += spacing
        if lainnya:
            painter.setFont(self.italic)
            painter.setPen(redup)
            painter.drawText(
                QRect(rect.left(), y, rect.width(), spacing),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                translate("MphGrid", "+{n} RHK lainnya").format(n=lainnya),
            )


class GrupHeaderView(QHeaderView):
    """Horizontal header in two levels: the RHK (spanning its IKI columns) over each IKI."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self._fonts()

    def _fonts(self) -> None:
        self.bold = QFont(self.font())
        self.bold.setBold(True)
        self.metrics = QFontMetrics(self.font())
        self.metrics_bold = QFontMetrics(self.bold)
        self.wrap = Pembungkus(self.metrics)
        self.wrap_bold = Pembungkus(self.metrics_bold)

    def tinggi_grup(self) -> int:
        return BARIS_GRUP * self.metrics_bold.lineSpacing() + 2 * PAD

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        height = self.tinggi_grup() + BARIS_IKI * self.metrics.lineSpacing() + 2 * PAD
        return QSize(size.width(), height)

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        model = self.model()
        if not rect.isValid() or model is None:
            return
        palette = self.palette()
        teks = str(model.headerData(logicalIndex, self.orientation()) or "")
        grup: GrupHeader | None = model.headerData(logicalIndex, self.orientation(), GRUP_ROLE)
        painter.save()
        try:
            if grup is None:
                self._sel(painter, rect, palette, teks, bold=True, n=BARIS_GRUP + BARIS_IKI)
            else:
                atas = self.tinggi_grup()
                x0 = self.sectionViewportPosition(grup.awal)
                akhir = grup.awal + grup.jumlah - 1
                x1 = self.sectionViewportPosition(akhir) + self.sectionSize(akhir)
                kotak = QRect(x0, rect.top(), x1 - x0, atas)
                # The title stays readable while its group is scrolled half out of view.
                terlihat = kotak.intersected(self.viewport().rect()) or kotak
                painter.fillRect(kotak, palette.color(QPalette.ColorRole.Midlight))
                self._garis(painter, kotak, palette)
                self._teks(painter, terlihat, grup.judul, bold=True, n=BARIS_GRUP)
                bawah = QRect(rect.left(), rect.top() + atas, rect.width(), rect.height() - atas)
                self._sel(painter, bawah, palette, teks, bold=False, n=BARIS_IKI)
            if self.isSortIndicatorShown() and self.sortIndicatorSection() == logicalIndex:
                panah = "▲" if self.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder else "▼"
                painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
                painter.drawText(
                    rect.adjusted(0, 0, -PAD, -1),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                    panah,
                )
        finally:
            painter.restore()

    def _sel(
        self, painter: QPainter, rect: QRect, palette: QPalette, teks: str, bold: bool, n: int
    ) -> None:
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Button))
        self._garis(painter, rect, palette)
        self._teks(painter, rect, teks, bold, n)

    def _teks(self, painter: QPainter, rect: QRect, teks: str, bold: bool, n: int) -> None:
        metrics = self.metrics_bold if bold else self.metrics
        wrap = self.wrap_bold if bold else self.wrap
        inner = rect.adjusted(PAD + 1, PAD, -PAD - 1, -PAD)
        lines = wrap.wrap(
            teks, max(10, inner.width()), max(1, min(n, inner.height() // metrics.lineSpacing()))
        )
        painter.setFont(self.bold if bold else self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        y = inner.top()
        for line in lines:
            painter.drawText(
                QRect(inner.left(), y, inner.width(), metrics.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            y += metrics.lineSpacing()

    @staticmethod
    def _garis(painter: QPainter, rect: QRect, palette: QPalette) -> None:
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())


class PegawaiHeaderView(QHeaderView):
    """The frozen first column: the pegawai's name, jabatan and SKP status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setFixedWidth(LEBAR_PEGAWAI)
        self.bold = QFont(self.font())
        self.bold.setBold(True)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.88))
        self.metrics = QFontMetrics(self.font())
        self.metrics_small = QFontMetrics(self.small)
        self.wrap = Pembungkus(self.metrics)
        self.teks_belum = translate("MphGrid", "Belum ada SKP")
        self.teks_lintas = translate("MphGrid", "unit lain")

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        model = self.model()
        if not rect.isValid() or model is None:
            return
        baris: BarisMph | None = model.headerData(logicalIndex, self.orientation(), BARIS_ROLE)
        palette = self.palette()
        painter.save()
        try:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Button))
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(rect.topRight(), rect.bottomRight())
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            selection = self.selectionModel()
            if selection is not None and selection.currentIndex().row() == logicalIndex:
                painter.fillRect(
                    QRect(rect.left(), rect.top(), 3, rect.height()),
                    palette.color(QPalette.ColorRole.Highlight),
                )
            if baris is not None:
                self._isi(painter, rect.adjusted(PAD + 3, PAD, -PAD, -PAD), baris, palette)
        finally:
            painter.restore()

    def _isi(self, painter: QPainter, rect: QRect, baris: BarisMph, palette: QPalette) -> None:
        spacing = self.metrics.lineSpacing()
        total = max(1, rect.height() // spacing)
        teks = palette.color(QPalette.ColorRole.ButtonText)
        redup = palette.color(QPalette.ColorRole.PlaceholderText)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(self.bold)
        painter.setPen(teks)
        nama = QFontMetrics(self.bold).elidedText(
            baris.nama, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), spacing), left, nama)
        y = rect.top() + spacing
        baris_jabatan = max(0, total - 2) if total >= 3 else max(0, total - 1)
        painter.setFont(self.font())
        painter.setPen(redup)
        for line in (
            self.wrap.wrap(baris.jabatan, rect.width(), baris_jabatan) if baris_jabatan else ()
        ):
            painter.drawText(QRect(rect.left(), y, rect.width(), spacing), left, line)
            y += spacing
        if total < 3:
            return
        status = baris.status.label if baris.status else self.teks_belum
        if baris.jumlah_skp > 1:
            status = translate("MphGrid", "{status} · {n} SKP").format(
                status=status, n=baris.jumlah_skp
            )
        if baris.lintas_unit:
            status = f"{status} · {self.teks_lintas}"
        painter.setFont(self.small)
        painter.setPen(teks if baris.status else WARNA_PERINGATAN)
        bottom = QRect(rect.left(), rect.bottom() - spacing + 1, rect.width(), spacing)
        painter.drawText(
            bottom,
            left,
            self.metrics_small.elidedText(status, Qt.TextElideMode.ElideRight, rect.width()),
        )


class MphGridView(QTableView):
    """The grid; `sesuaikan()` after every reset sets row height, column widths and spans."""

    def __init__(self, model: MphTableModel, proxy: MphFilterProxy, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = model
        self._fitting = False
        self._user_sized = False
        # The corner above the pegawai column says what the rows are.
        self.sudut = QLabel(translate("MphGrid", "Pegawai / jabatan / status SKP"), self)
        self.sudut.setObjectName("sudut_mph")
        self.sudut.setWordWrap(True)
        self.sudut.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.sudut.setMargin(PAD + 2)
        self.sudut.setAutoFillBackground(True)
        self.sudut.setBackgroundRole(QPalette.ColorRole.Button)
        self.header_grup = GrupHeaderView(self)
        self.header_pegawai = PegawaiHeaderView(self)
        self.setHorizontalHeader(self.header_grup)
        self.setVerticalHeader(self.header_pegawai)
        self.setModel(proxy)
        self.delegate = PeranDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the grid, arrows move inside
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.header_grup.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header_grup.setMinimumSectionSize(80)
        self.header_grup.setSortIndicatorClearable(True)
        self.header_grup.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.header_grup.sectionResized.connect(self._section_resized)
        for signal in (
            proxy.modelReset,
            proxy.layoutChanged,
            proxy.rowsInserted,
            proxy.rowsRemoved,
        ):
            signal.connect(self.atur_span)

    def sesuaikan(self) -> None:
        """Uniform row height from the fullest cell (once per reset), widths, spans."""
        self.delegate.font_changed(self.font())
        height = tinggi_baris(self.delegate.metrics.lineSpacing(), self.source.jumlah_baris_maks())
        self.header_pegawai.setDefaultSectionSize(height)
        self.header_pegawai.setMinimumSectionSize(height)
        self.header_grup.setMinimumHeight(self.header_grup.sizeHint().height())
        self._user_sized = False
        self.lebar_kolom()
        self.atur_span()

    def lebar_kolom(self) -> None:
        """IKI columns share the free width (a matrix of a few columns fills the screen), never
        narrower than LEBAR_KOLOM; until the user drags a column."""
        count = self.source.columnCount()
        if count == 0 or self._user_sized:
            return
        bebas = self.viewport().width() - LEBAR_TANPA_PERAN
        lebar = max(LEBAR_KOLOM, min(LEBAR_KOLOM_MAKS, bebas // max(1, count - 1)))
        self._fitting = True
        try:
            for column in range(count):
                last = column == count - 1
                self.header_grup.resizeSection(column, LEBAR_TANPA_PERAN if last else lebar)
        finally:
            self._fitting = False

    def _section_resized(self, _section: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.lebar_kolom()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        frame = self.frameWidth()
        self.sudut.setGeometry(
            frame, frame, self.verticalHeader().width(), self.horizontalHeader().height()
        )

    def atur_span(self, *_args: object) -> None:
        """One span per row over the IKI columns of each RHK with more than one IKI."""
        self.clearSpans()
        mph = self.source.mph
        if mph is None:
            return
        groups = [g for g in mph.grup if g.jumlah_kolom > 1]
        if not groups:
            return
        for row in range(self.model().rowCount()):
            for g in groups:
                self.setSpan(row, g.kolom_awal, 1, g.jumlah_kolom)
