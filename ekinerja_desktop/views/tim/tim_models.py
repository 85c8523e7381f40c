"""Table models of the Tim Kerja page: teams, anggota, the ketua's team RHK."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ekinerja_desktop.services.queries_tim import AnggotaRow, RhkPimpinanRow, TimRow
from ekinerja_desktop.views.common.table_model import ALIGN_RIGHT, Column, RowTableModel
from ekinerja_desktop.views.tim.common import teks_nip

translate = QCoreApplication.translate
AnyIndex = QModelIndex | QPersistentModelIndex
WARNA_BELUM = QColor("#b91c1c")  # S000 Gambar 26: "Ketua Tim belum diatur" in red


def peran_saya(row: TimRow) -> str:
    if row.aktor_ketua:
        return translate("TimModels", "Ketua")
    if row.aktor_anggota:
        return translate("TimModels", "Anggota")
    if row.dapat_kelola:
        return translate("TimModels", "JPT/Pimpinan")
    return ""


def teks_ketua(row: TimRow) -> str:
    return row.ketua_nama or translate("TimModels", "Ketua Tim belum diatur")


def tim_columns() -> tuple[Column[TimRow], ...]:
    return (
        Column(translate("TimModels", "Tim kerja"), lambda r: r.nama, tooltip=True),
        Column(translate("TimModels", "Unit"), lambda r: r.unor_nama, tooltip=True),
        Column(
            translate("TimModels", "Ketua tim"),
            teks_ketua,
            tooltip=lambda r: (
                f"{r.ketua_nama}\nNIP {teks_nip(r.ketua_nip)}" if r.ketua_id else teks_ketua(r)
            ),
        ),
        Column(translate("TimModels", "Anggota"), lambda r: r.jumlah_anggota, ALIGN_RIGHT),
        Column(translate("TimModels", "RHK tim"), lambda r: r.jumlah_rhk_tim, ALIGN_RIGHT),
        Column(
            translate("TimModels", "SKP organisasi"),
            lambda r: (
                translate("TimModels", "Sudah")
                if r.skp_organisasi_dibuat
                else translate("TimModels", "Belum")
            ),
        ),
        Column(translate("TimModels", "Peran saya"), peran_saya),
    )


class TimTableModel(RowTableModel[TimRow]):
    KOLOM_KETUA = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(tim_columns(), parent)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.KOLOM_KETUA
            and not self.row_at(index.row()).ketua_id
        ):
            return WARNA_BELUM
        return super().data(index, role)


def anggota_columns() -> tuple[Column[AnggotaRow], ...]:
    belum = translate("TimModels", "Belum ada SKP")
    return (
        Column(
            translate("TimModels", "Nama"),
            lambda r: r.nama,
            tooltip=lambda r: f"{r.nama}\nNIP {teks_nip(r.nip)}\n{r.unor_nama}",
        ),
        Column(translate("TimModels", "Jabatan"), lambda r: r.jabatan, tooltip=True),
        Column(
            translate("TimModels", "Status SKP"),
            lambda r: r.status_skp.label if r.status_skp else belum,
        ),
        Column(translate("TimModels", "RHK tim"), lambda r: r.jumlah_rhk_tim, ALIGN_RIGHT),
    )


class AnggotaTableModel(RowTableModel[AnggotaRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(anggota_columns(), parent)


def rhk_columns() -> tuple[Column[RhkPimpinanRow], ...]:
    return (
        Column(
            translate("TimModels", "RHK ketua untuk tim"),
            lambda r: r.teks,
            tooltip=lambda r: "\n".join((r.teks, *(f"IKI: {i}" for i in r.iki))),
        ),
        Column(translate("TimModels", "Jenis"), lambda r: r.jenis),
        Column(translate("TimModels", "IKI"), lambda r: "; ".join(r.iki), tooltip=True),
    )


class RhkKetuaTableModel(RowTableModel[RhkPimpinanRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(rhk_columns(), parent)
