"""The kurva chart: the ideal share of each predikat (red) against the actual share (green),
with percentages and counts on the points (S000 3.2.2), and the numbers as a small table.

The predikat run left to right from Sangat Kurang to Sangat Baik, as on the BKN curves (S001).
The chart is built once; `set_data` replaces the points in place, so ratings arriving while the
page is open redraw it without rebuilding anything.
"""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem, QWidget

from ekinerja_desktop.domain import PREDIKAT_URUTAN, Predikat
from ekinerja_desktop.services.queries_rekap import KurvaData
from ekinerja_desktop.views.common.table_model import ALIGN_RIGHT, Column, RowTableModel
from ekinerja_desktop.views.rekap.common import label_cakupan, label_periode

MERAH = QColor("#c62828")
HIJAU = QColor("#2e7d32")
JARAK = 5  # px between a point and its label


def persen(nilai: float) -> str:
    """A share as Indonesian percent text: 65 %, 66,7 %."""
    teks = f"{nilai * 100:.1f}".removesuffix(".0")
    return f"{teks.replace('.', ',')}\u00a0%"  # no line break between the number and "%"


def label_sumbu(predikat: Predikat) -> str:
    """The axis label on two lines ("Butuh<br>Perbaikan"): five labels fit a 1024-pixel window."""
    teks = predikat.label.replace("/", "/ ")
    kata = teks.split(" ")
    if len(kata) < 2:
        return teks
    return f"{kata[0]}<br>{' '.join(kata[1:])}".replace("/ ", "/")


class LabelTitik(QGraphicsRectItem):
    """A point's label: bold coloured text on a translucent white box, so a line running
    behind it does not cross the digits."""

    def __init__(self, parent: QGraphicsItem, color: QColor, font: QFont) -> None:
        super().__init__(parent)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(QBrush(QColor(255, 255, 255, 215)))
        self.setZValue(10)
        self.teks = QGraphicsSimpleTextItem(self)
        self.teks.setFont(font)
        self.teks.setBrush(QBrush(color))
        self.teks.setPos(2, 0)

    def set_teks(self, teks: str) -> None:
        self.teks.setText(teks)
        rect = self.teks.boundingRect()
        self.setRect(0, 0, rect.width() + 4, rect.height())


class KurvaChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.setObjectName("kurva_chart")
        self.setAccessibleName(self.tr("Kurva distribusi predikat kinerja"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(420, 320)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 10.5))
        chart.setTitleFont(title_font)

        self.ideal = self._series(MERAH, Qt.PenStyle.DashLine)
        self.aktual = self._series(HIJAU, Qt.PenStyle.SolidLine)
        for series in (self.ideal, self.aktual):
            chart.addSeries(series)
        self.label_ideal = self._label_items(MERAH)
        self.label_aktual = self._label_items(HIJAU)
        chart.plotAreaChanged.connect(self._atur_label)

        self.sumbu_x = QCategoryAxis()
        self.sumbu_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.sumbu_x.setRange(-0.5, len(PREDIKAT_URUTAN) - 0.5)
        for i, predikat in enumerate(PREDIKAT_URUTAN):
            self.sumbu_x.append(label_sumbu(predikat), i)
        self.sumbu_x.setTitleText(self.tr("Predikat kinerja"))
        self.sumbu_x.setGridLineVisible(False)
        self.sumbu_y = QValueAxis()
        self.sumbu_y.setLabelFormat("%d")
        self.sumbu_y.setTitleText(self.tr("Persentase pegawai (%)"))
        for axis, align in (
            (self.sumbu_x, Qt.AlignmentFlag.AlignBottom),
            (self.sumbu_y, Qt.AlignmentFlag.AlignLeft),
        ):
            chart.addAxis(axis, align)
            for series in (self.ideal, self.aktual):
                series.attachAxis(axis)
        self.data: KurvaData | None = None
        self.set_data(None)

    @staticmethod
    def _series(color: QColor, style: Qt.PenStyle) -> QLineSeries:
        series = QLineSeries()
        pen = QPen(color)
        pen.setWidthF(3.0)
        pen.setStyle(style)
        series.setPen(pen)
        series.setColor(color)
        series.setPointsVisible(True)
        series.setMarkerSize(7)
        return series

    def _label_items(self, color: QColor) -> list[LabelTitik]:
        # Our own labels rather than the series' point labels: those sit centred on the point,
        # so the red and the green label of one predikat overlap when the values are close.
        font = QFont(self.chart().font())
        font.setBold(True)
        return [LabelTitik(self.chart(), color, font) for _ in PREDIKAT_URUTAN]

    # --- data ---------------------------------------------------------------------------------

    def set_data(self, data: KurvaData | None) -> None:
        self.data = data
        chart = self.chart()
        if data is None:
            chart.setTitle(self.tr("Pilih cakupan dan periode"))
            self.ideal.clear()
            self.aktual.clear()
            self.ideal.setVisible(False)
            self.aktual.setVisible(False)
            self.sumbu_y.setRange(0, 100)
            self._atur_label()
            return
        # Everything a saved PNG needs to stand alone: what, whose, when.
        chart.setTitle(
            self.tr(
                '<div align="center"><b>Pola distribusi predikat kinerja · {periode}</b><br>'
                "{cakupan}</div>"
            ).format(cakupan=label_cakupan(data.cakupan, None), periode=label_periode(data.periode))
        )
        self._isi_ideal(data)
        self._isi_aktual(data)
        tertinggi = max([*data.aktual.values(), *(data.ideal or {}).values(), 0.0], default=0.0)
        # Room above the highest point for its label; whole tens up to 100 %.
        self.sumbu_y.setRange(0, min(100, max(20, math.ceil((tertinggi * 100 + 12) / 10) * 10)))
        self.sumbu_y.setTickCount(int(self.sumbu_y.max() // 10) + 1)
        self._atur_label()

    def _isi_ideal(self, data: KurvaData) -> None:
        ideal = data.ideal
        self.ideal.setVisible(ideal is not None)
        if ideal is None:
            self.ideal.clear()
            self.ideal.setName(self.tr("Ideal (capaian organisasi belum ditetapkan)"))
            return
        capaian = data.capaian.label if data.capaian else ""
        self.ideal.setName(self.tr("Ideal · capaian organisasi {capaian}").format(capaian=capaian))
        self.ideal.replace([QPointF(i, ideal[p] * 100) for i, p in enumerate(PREDIKAT_URUTAN)])
        for item, p in zip(self.label_ideal, PREDIKAT_URUTAN, strict=True):
            item.set_teks(persen(ideal[p]))

    def _isi_aktual(self, data: KurvaData) -> None:
        self.aktual.setVisible(True)
        self.aktual.setName(
            self.tr("Aktual · {dinilai} dari {n} pegawai dinilai").format(
                dinilai=data.jumlah_dinilai, n=data.jumlah_pegawai
            )
        )
        self.aktual.replace(
            [QPointF(i, data.aktual[p] * 100) for i, p in enumerate(PREDIKAT_URUTAN)]
        )
        for item, p in zip(self.label_aktual, PREDIKAT_URUTAN, strict=True):
            item.set_teks(
                self.tr("{persen} ({n} org)").format(
                    persen=persen(data.aktual[p]), n=data.jumlah[p]
                )
            )

    def label_titik(self, series: QLineSeries) -> list[str]:
        """The labels shown at the points of a series, left to right ([] when hidden)."""
        items = self.label_ideal if series is self.ideal else self.label_aktual
        return [item.teks.text() for item in items if item.isVisible()]

    # --- label placement ----------------------------------------------------------------------

    def _atur_label(self) -> None:
        """Per predikat, the higher point's label goes above it and the lower one's below it;
        when there is no room below (a point on the x axis), beside it, to the right, and the
        higher label moves to the left if the two would touch."""
        area = self.chart().plotArea()
        for i in range(len(PREDIKAT_URUTAN)):
            titik = []
            for series, items in ((self.ideal, self.label_ideal), (self.aktual, self.label_aktual)):
                shown = series.isVisible() and series.count() > i
                items[i].setVisible(shown)
                if shown:
                    pos = self.chart().mapToPosition(series.at(i), series)
                    titik.append((series.at(i).y(), series is self.aktual, pos, items[i]))
            titik.sort(key=lambda t: (t[0], t[1]), reverse=True)  # highest first; ties: green
            if titik:
                _, _, pos, item = titik[0]
                item.setPos(self._tengah(item, pos.x(), area), pos.y() - _tinggi(item) - JARAK)
            if len(titik) == 2:
                self._label_bawah(titik[0][3], titik[1][2], titik[1][3], area)

    def _label_bawah(
        self,
        atas: LabelTitik,
        pos: QPointF,
        item: LabelTitik,
        area: QRectF,
    ) -> None:
        y = pos.y() + JARAK + 2
        if y + _tinggi(item) <= area.bottom():
            item.setPos(self._tengah(item, pos.x(), area), y)
            return
        x = min(pos.x() + 2 * JARAK, area.right() - item.boundingRect().width())
        item.setPos(x, pos.y() - _tinggi(item) - 2)
        if atas.sceneBoundingRect().intersects(item.sceneBoundingRect()):
            lebar = atas.boundingRect().width()
            atas.setPos(max(area.left(), pos.x() - lebar - 2 * JARAK), atas.pos().y())
        if atas.sceneBoundingRect().intersects(item.sceneBoundingRect()):
            # No room on either side (the first predikat at the axis): stack it above.
            item.setPos(self._tengah(item, pos.x(), area), atas.pos().y() - _tinggi(item))

    @staticmethod
    def _tengah(item: LabelTitik, x: float, area: QRectF) -> float:
        lebar = item.boundingRect().width()
        return min(max(x - lebar / 2, area.left()), area.right() - lebar)


def _tinggi(item: LabelTitik) -> float:
    return item.boundingRect().height()


# --- the numbers beside the chart -----------------------------------------------------------


class BarisKurva:
    """One predikat's numbers (a plain class: RowTableModel needs only `id`)."""

    def __init__(self, predikat: Predikat, data: KurvaData) -> None:
        self.id = predikat.value
        self.predikat = predikat
        self.ideal = data.ideal[predikat] if data.ideal is not None else None
        self.jumlah_ideal = data.jumlah_ideal(predikat) if data.ideal is not None else None
        self.aktual = data.aktual[predikat]
        self.jumlah = data.jumlah[predikat]


def tr(text: str) -> str:
    # A bare `tr("…")`: pyside6-lupdate files it under the empty context, so look it up there.
    return QCoreApplication.translate("", text)


def _ideal_teks(b: BarisKurva) -> str:
    if b.ideal is None or b.jumlah_ideal is None:
        return "–"
    return tr("{persen} · ≈{n}").format(persen=persen(b.ideal), n=round(b.jumlah_ideal))


def _aktual_teks(b: BarisKurva) -> str:
    return tr("{persen} · {n}").format(persen=persen(b.aktual), n=b.jumlah)


def kurva_columns() -> tuple[Column[BarisKurva], ...]:
    """Predikat, then "share · pegawai" for the ideal (a rounded expectation) and the actual."""
    return (
        Column(tr("Predikat"), lambda b: b.predikat),
        Column(
            tr("Ideal"),
            _ideal_teks,
            ALIGN_RIGHT,
            tooltip=lambda b: tr("Porsi ideal · perkiraan jumlah pegawai"),
        ),
        Column(
            tr("Aktual"),
            _aktual_teks,
            ALIGN_RIGHT,
            tooltip=lambda b: tr("Porsi pegawai yang sudah dinilai · jumlah pegawai"),
        ),
    )


class KurvaTabelModel(RowTableModel[BarisKurva]):
    """Sangat Baik at the top, as the statistics line of S003 reads."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(kurva_columns(), parent)

    def set_data(self, data: KurvaData | None) -> None:
        if data is None:
            self.set_rows(())
            return
        self.set_rows(BarisKurva(p, data) for p in reversed(PREDIKAT_URUTAN))
