"""Table models of the penilaian screens: declared columns over the services' frozen rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ekinerja_desktop.domain import Predikat, SifatFeedback, SumberFeedback, urutan_predikat
from ekinerja_desktop.domain.penilaian import format_ukuran
from ekinerja_desktop.services.queries_bawahan import (
    BawahanRow,
    RekanRow,
)
from ekinerja_desktop.services.queries_penilaian import (
    BuktiDukungRow,
    FeedbackRow,
    IkiPenilaianRow,
    PerilakuRow,
    PeriodePenilaianRow,
    RhkPenilaianRow,
)
from ekinerja_desktop.views.common.table_model import ALIGN_CENTER, Column, RowTableModel
from ekinerja_desktop.views.penilaian.common import format_masa, label_sumber, status_periode, tr

WARNA_PERINGATAN = QColor("#a16207")
WARNA_NEGATIF = QColor("#b91c1c")
WARNA_POSITIF = QColor("#15803d")


def _predikat_key(p: Predikat | None) -> int:
    return -1 if p is None else urutan_predikat(p)


# --- periods ------------------------------------------------------------------------------------


class PeriodeModel(RowTableModel[PeriodePenilaianRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        belum = tr("Belum dinilai")
        super().__init__(
            (
                Column(tr("Periode penilaian"), lambda r: r.nama, sort_key=lambda r: r.nomor),
                Column(
                    tr("Masa"),
                    lambda r: format_masa(r.awal, r.akhir),
                    sort_key=lambda r: r.awal.isoformat(),
                ),
                Column(tr("Batas pengisian"), lambda r: r.batas_pengisian),
                Column(tr("Status"), status_periode, sort_key=lambda r: int(r.terbuka)),
                Column(
                    tr("Predikat"),
                    lambda r: r.predikat.label if r.predikat else belum,
                    sort_key=lambda r: _predikat_key(r.predikat),
                ),
            ),
            parent,
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 3:
            return QBrush(WARNA_POSITIF if self.row_at(index.row()).terbuka else WARNA_NEGATIF)
        return super().data(index, role)


# --- rencana aksi -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BarisRencanaAksi:
    """One line of the rencana aksi table: a rencana aksi, or an RHK that has none yet."""

    id: str  # the rencana aksi, or "rhk:<id>" for an RHK without one
    rhk_id: str
    rhk_nomor: str
    rhk_teks: str
    rencana_aksi_id: str | None
    teks: str
    target: str
    satuan: str


def baris_rencana_aksi(rhk: Sequence[RhkPenilaianRow]) -> list[BarisRencanaAksi]:
    rows = []
    for r in rhk:
        nomor = f"{r.jenis.label} {r.nomor}"
        if not r.rencana_aksi:
            rows.append(BarisRencanaAksi(f"rhk:{r.id}", r.id, nomor, r.teks, None, "", "", ""))
        for ra in r.rencana_aksi:
            rows.append(
                BarisRencanaAksi(
                    ra.id, r.id, nomor, r.teks, ra.id, ra.teks, ra.target or "", ra.satuan or ""
                )
            )
    return rows


class RencanaAksiModel(RowTableModel[BarisRencanaAksi]):
    def __init__(self, parent: QObject | None = None) -> None:
        belum = tr("Belum ada rencana aksi")
        super().__init__(
            (
                Column(tr("No"), lambda r: r.rhk_nomor),
                Column(tr("Rencana hasil kerja"), lambda r: r.rhk_teks, tooltip=True),
                Column(
                    tr("Rencana aksi"),
                    lambda r: r.teks if r.rencana_aksi_id else belum,
                    tooltip=True,
                ),
                Column(tr("Target"), lambda r: r.target),
                Column(tr("Satuan"), lambda r: r.satuan),
            ),
            parent,
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == 2
            and self.row_at(index.row()).rencana_aksi_id is None
        ):
            return QBrush(WARNA_PERINGATAN)
        return super().data(index, role)


# --- hasil kerja --------------------------------------------------------------------------------


def ringkas_feedback(rows: Sequence[FeedbackRow]) -> str:
    """How many positive and negative: "1 positif", "2 positif · 1 negatif"; "" for none."""
    pos = sum(1 for f in rows if f.sifat is SifatFeedback.POSITIF)
    bagian = [tr("%n positif", "", pos)] if pos else []
    if len(rows) - pos:
        bagian.append(tr("%n negatif", "", len(rows) - pos))
    return " · ".join(bagian)


class HasilKerjaModel(RowTableModel[IkiPenilaianRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(tr("No"), lambda r: r.nomor),
                Column(tr("Rencana hasil kerja"), lambda r: r.rhk_teks, tooltip=True),
                Column(tr("Indikator kinerja individu"), lambda r: r.indikator, tooltip=True),
                Column(tr("Target"), lambda r: r.target),
                Column(tr("Realisasi"), lambda r: r.realisasi, tooltip=True),
                Column(tr("Sumber data"), lambda r: r.sumber_data, tooltip=True),
                Column(tr("Bukti"), lambda r: len(r.bukti_dukung), ALIGN_CENTER),
                Column(
                    tr("Feedback"),
                    lambda r: ringkas_feedback(r.feedback),
                    ALIGN_CENTER,
                    sort_key=lambda r: len(r.feedback),
                ),
            ),
            parent,
        )


class BuktiDukungModel(RowTableModel[BuktiDukungRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(tr("Nama bukti dukung"), lambda r: r.nama, tooltip=True),
                Column(tr("Jenis"), lambda r: tr("Berkas") if r.is_berkas else tr("Tautan")),
                Column(tr("Tautan / berkas"), _isi_bukti, tooltip=True),
                Column(tr("Unggah"), _status_unggah),
            ),
            parent,
        )


def _isi_bukti(r: BuktiDukungRow) -> str:
    if r.is_berkas:
        ukuran = format_ukuran(r.ukuran) if r.ukuran is not None else ""
        return f"{r.nama_berkas or ''} ({ukuran})"
    return r.url or ""


def _status_unggah(r: BuktiDukungRow) -> str:
    if not r.is_berkas:
        return "—"
    if r.upload_state == "done":
        return tr("Terunggah")
    return tr("Menunggu sinkronisasi")


class FeedbackModel(RowTableModel[FeedbackRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(tr("Dari"), label_sumber, sort_key=_sumber_key, tooltip=True),
                Column(
                    tr("Sifat"),
                    lambda r: tr("Positif") if r.sifat is SifatFeedback.POSITIF else tr("Negatif"),
                ),
                Column(tr("Feedback"), lambda r: r.teks, tooltip=True),
                Column(
                    tr("Tanggal"),
                    lambda r: r.dibuat_pada.date(),
                    sort_key=lambda r: r.dibuat_pada.isoformat(),
                ),
            ),
            parent,
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 1:
            positif = self.row_at(index.row()).sifat is SifatFeedback.POSITIF
            return QBrush(WARNA_POSITIF if positif else WARNA_NEGATIF)
        return super().data(index, role)


def _sumber_key(r: FeedbackRow) -> str:
    urutan = {SumberFeedback.ATASAN: 0, SumberFeedback.KETUA_TIM: 1, SumberFeedback.REKAN_KERJA: 2}
    return f"{urutan[r.sumber]}{r.dari_nama.casefold()}"


class PerilakuModel(RowTableModel[PerilakuRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(tr("Perilaku kerja"), lambda r: r.nama),
                Column(
                    tr("Ekspektasi khusus pimpinan"), lambda r: r.ekspektasi_khusus, tooltip=True
                ),
                Column(
                    tr("Feedback"),
                    lambda r: ringkas_feedback(r.feedback),
                    ALIGN_CENTER,
                    sort_key=lambda r: len(r.feedback),
                ),
            ),
            parent,
        )


# --- people -------------------------------------------------------------------------------------


def status_bawahan(r: BawahanRow) -> str:
    if r.periode_penilaian_id is None:
        return tr("Periode belum ditambahkan")
    return tr("Sudah Dinilai") if r.sudah_dinilai else tr("Belum Dinilai")


class BawahanModel(RowTableModel[BawahanRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(
                    tr("Status"),
                    status_bawahan,
                    sort_key=lambda r: (
                        (2 if r.periode_penilaian_id is None else 0) + int(r.sudah_dinilai)
                    ),
                ),
                Column(
                    tr("Pegawai"),
                    lambda r: r.nama,
                    tooltip=lambda r: f"{r.nama}\nNIP {r.nip}\n{r.jabatan}",
                ),
                Column(
                    tr("Predikat"),
                    lambda r: r.predikat.label if r.predikat else "",
                    sort_key=lambda r: _predikat_key(r.predikat),
                ),
            ),
            parent,
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 0:
            row = self.row_at(index.row())
            if row.periode_penilaian_id is None:
                return QBrush(QColor("#6b7280"))
            return QBrush(WARNA_POSITIF if row.sudah_dinilai else WARNA_PERINGATAN)
        return super().data(index, role)


def hubungan_rekan(r: RekanRow) -> str:
    bagian = [tr("Unit")] if r.satu_unit else []
    if r.satu_tim:
        bagian.append(tr("Tim"))
    return " + ".join(bagian)


class RekanModel(RowTableModel[RekanRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(
                    tr("Rekan kerja"),
                    lambda r: r.nama,
                    tooltip=lambda r: f"{r.nama}\nNIP {r.nip}\n{r.jabatan}",
                ),
                Column(
                    tr("Hubungan"),
                    hubungan_rekan,
                    tooltip=lambda r: (
                        tr("Satu unit kerja dan satu tim kerja")
                        if r.satu_unit and r.satu_tim
                        else tr("Satu unit kerja")
                        if r.satu_unit
                        else tr("Satu tim kerja")
                    ),
                ),
                Column(
                    tr("Feedback saya"),
                    lambda r: (
                        r.jumlah_feedback_saya
                        if r.periode_penilaian_id
                        else tr("Periode belum ditambahkan")
                    ),
                    ALIGN_CENTER,
                    sort_key=lambda r: r.jumlah_feedback_saya,
                ),
            ),
            parent,
        )
