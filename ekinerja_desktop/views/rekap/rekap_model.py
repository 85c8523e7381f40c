"""The rekap table: declared columns over `RekapRow`, and its sort/filter proxy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ekinerja_desktop.domain import Predikat, Rating, urutan_predikat
from ekinerja_desktop.services.queries_rekap import RekapRow, StatusRekap
from ekinerja_desktop.views.common.table_model import Column, RowTableModel
from ekinerja_desktop.views.rekap.common import SaringProxy

RATING_URUTAN = {
    Rating.DIBAWAH_EKSPEKTASI: 0,
    Rating.SESUAI_EKSPEKTASI: 1,
    Rating.DIATAS_EKSPEKTASI: 2,
}
KOSONG = "-"  # what e-Kinerja shows for a rating not given yet (S000 Gambar 58)
# Text columns that may be narrowed (elided, full text in the tooltip).
# At 1024×768 even the ratings give way (elided, "Di Atas Ekspek…", full text in the tooltip).
KOLOM_ELASTIS = (1, 2, 3, 4, 5)


def tr(text: str) -> str:
    # A bare `tr("…")`: pyside6-lupdate files it under the empty context, so look it up there.
    return QCoreApplication.translate("", text)


def label_status(status: StatusRekap) -> str:
    teks = {
        StatusRekap.DINILAI: QCoreApplication.translate("Rekap", "Sudah dinilai"),
        StatusRekap.BELUM_DINILAI: QCoreApplication.translate("Rekap", "Belum dinilai"),
        StatusRekap.SKP_BELUM_DISETUJUI: QCoreApplication.translate("Rekap", "SKP belum disetujui"),
        StatusRekap.BELUM_ADA_SKP: QCoreApplication.translate("Rekap", "Belum ada SKP"),
    }
    return teks[status]


def _rating_key(rating: Rating | None) -> int:
    return -1 if rating is None else RATING_URUTAN[rating]


def _predikat_key(predikat: Predikat | None) -> int:
    return -1 if predikat is None else urutan_predikat(predikat)


def rekap_columns() -> tuple[Column[RekapRow], ...]:
    """S000 Gambar 58 (NIP, Nama, Jabatan, ratings, predikat) plus unit kerja and status.

    The rating headers take two lines, so the table fits a 1024-pixel window."""

    return (
        Column(tr("NIP"), lambda r: r.nip),
        Column(tr("Nama"), lambda r: r.nama, tooltip=True),
        Column(tr("Jabatan"), lambda r: r.jabatan, tooltip=True),
        Column(tr("Unit kerja"), lambda r: r.unor_nama, tooltip=True),
        Column(
            tr("Rating\nhasil kerja"),
            lambda r: r.rating_hasil_kerja or KOSONG,
            sort_key=lambda r: _rating_key(r.rating_hasil_kerja),
            tooltip=True,
        ),
        Column(
            tr("Rating\nperilaku kerja"),
            lambda r: r.rating_perilaku_kerja or KOSONG,
            sort_key=lambda r: _rating_key(r.rating_perilaku_kerja),
            tooltip=True,
        ),
        Column(
            tr("Predikat"),
            lambda r: r.predikat or KOSONG,
            sort_key=lambda r: _predikat_key(r.predikat),
        ),
        Column(tr("Status"), lambda r: label_status(r.status)),
    )


class RekapModel(RowTableModel[RekapRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(rekap_columns(), parent)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        # Unrated rows are greyed, so the eye finds who is still to be rated.
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if self.row_at(index.row()).predikat is None:
                return QBrush(QColor("#6b7280"))
            return None
        return super().data(index, role)


# The predikat filter: None = all, a Predikat, or BELUM = every row without a predikat.
BELUM = "BELUM"


class RekapProxy(SaringProxy[RekapRow]):
    """The word search, plus the predikat filter (the Buleleng review team checks every Sangat
    Baik, S002)."""

    def __init__(self, model: RekapModel, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self.predikat: Predikat | str | None = None

    def set_predikat(self, predikat: Predikat | str | None) -> None:
        self.predikat = predikat
        if predikat is None:
            self.set_syarat(None)
        elif predikat == BELUM:
            self.set_syarat(lambda r: r.predikat is None)
        else:
            self.set_syarat(lambda r: r.predikat == predikat)
