"""The pola distribusi chart as vector graphics: the ideal curve in red against the actual
distribution in green, as on the Kurva screen of S000 3.2.2."""

from __future__ import annotations

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from ekinerja_desktop.domain import PREDIKAT_URUTAN
from ekinerja_desktop.reports.pdf.common import ABU_TEKS, FONT, daftarkan_font
from ekinerja_desktop.services.dokumen_penilaian import DistribusiDok

MERAH = colors.HexColor("#D32F2F")
HIJAU = colors.HexColor("#2E7D32")
TINGGI = 46 * mm


def persen(x: float) -> str:
    """ "65 %", "12,5 %": one decimal with the Indonesian comma, none when whole."""
    teks = f"{x * 100:.1f}".removesuffix(".0").replace(".", ",")
    return f"{teks} %"


class _Gambar(Drawing):  # type: ignore[misc]
    """A Drawing whose renderer starts in the embedded font: the default state names Helvetica,
    which would then be referenced by the PDF without being embedded."""

    initialFontName = FONT


def grafik_distribusi(d: DistribusiDok, lebar: float) -> Drawing:
    daftarkan_font()
    gambar = _Gambar(lebar, TINGGI)
    chart = HorizontalLineChart()
    chart.x, chart.y = 14 * mm, 9 * mm
    chart.width, chart.height = lebar - 22 * mm, TINGGI - 17 * mm
    data: list[list[float]] = []
    warna: list[colors.Color] = []
    legenda: list[tuple[colors.Color, str]] = []
    if d.ideal is not None:
        data.append([d.ideal.get(p, 0.0) * 100 for p in PREDIKAT_URUTAN])
        warna.append(MERAH)
        capaian = d.capaian.label if d.capaian is not None else ""
        legenda.append((MERAH, f"Kurva ideal (capaian organisasi {capaian})"))
    data.append([d.aktual(p) * 100 for p in PREDIKAT_URUTAN])
    warna.append(HIJAU)
    legenda.append((HIJAU, f"Distribusi aktual ({d.jumlah_dinilai} pegawai dinilai)"))
    chart.data = data
    for i, w in enumerate(warna):
        chart.lines[i].strokeColor = w
        chart.lines[i].strokeWidth = 1.6
        chart.lines[i].symbol = makeMarker("FilledCircle", size=4, fillColor=w, strokeColor=w)
    chart.categoryAxis.categoryNames = [p.label for p in PREDIKAT_URUTAN]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.gridStrokeWidth = 0.4
    gambar.add(chart)
    legend = Legend()
    legend.x, legend.y = 14 * mm, TINGGI - 2 * mm
    legend.fontName = FONT
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 6
    legend.deltax = 75 * mm
    legend.colorNamePairs = legenda
    gambar.add(legend)
    if d.ideal is None:
        gambar.add(
            _catatan(lebar, "Capaian kinerja organisasi belum ditetapkan: kurva ideal belum ada.")
        )
    elif d.jumlah_dinilai == 0:
        gambar.add(_catatan(lebar, "Belum ada pegawai yang dinilai pada periode ini."))
    return gambar


def _catatan(lebar: float, teks: str) -> String:
    return String(
        lebar / 2,
        TINGGI / 2,
        teks,
        fontName=FONT,
        fontSize=7.5,
        fillColor=ABU_TEKS,
        textAnchor="middle",
    )
