"""The Excel reports of S003 2.12 (issue 6): Laporan Rencana SKP Tahunan, Laporan Penilaian SKP,
Laporan Jumlah Tim Lingkup Unit Kerja, the Rekap Penilaian Bawahan and the Matriks Peran Hasil
as a sheet. Each is rows of a service query under declared columns, written by the rekap's
generic writer (`rekap.tulis_buku`): real cell types, a frozen header, a filter, fitted widths.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Protocol, TypeVar

from ekinerja_desktop.domain import PREDIKAT_URUTAN, Predikat, format_tanggal
from ekinerja_desktop.reports.excel.mph import lembar_mph
from ekinerja_desktop.reports.excel.rekap import (
    LABEL_STATUS_REKAP,
    KolomExcel,
    LembarExcel,
    Progres,
    judul_rekap,
    kolom_rekap,
    tulis_buku,
)
from ekinerja_desktop.services.mph import Mph
from ekinerja_desktop.services.queries_laporan import (
    HasilKerjaRow,
    LaporanPenilaianSkp,
    LaporanRencanaSkp,
    OrangLaporan,
    PenilaianSkpRow,
    RencanaSkpRow,
    RingkasanRow,
)
from ekinerja_desktop.services.queries_laporan_tim import (
    JumlahTimRow,
    LaporanJumlahTim,
    TimLaporanRow,
)
from ekinerja_desktop.services.queries_rekap import RekapData

Laporan = LaporanRencanaSkp | LaporanPenilaianSkp | LaporanJumlahTim | RekapData | Mph
BELUM_ADA_SKP = "Belum ada SKP"


def _kolom_orang(
    *, pangkat: bool = True, unit_induk: bool = True
) -> list[KolomExcel[OrangLaporan]]:
    kolom = [
        KolomExcel[OrangLaporan]("NIP", lambda o: o.nip),
        KolomExcel[OrangLaporan]("Nama", lambda o: o.nama),
    ]
    if pangkat:
        kolom.append(KolomExcel("Pangkat/Golongan", lambda o: o.pangkat_golongan))
    kolom += [
        KolomExcel("Jabatan", lambda o: o.jabatan),
        KolomExcel("Unit Kerja", lambda o: o.unor_nama),
    ]
    if unit_induk:
        kolom.append(KolomExcel("Unit Kerja Induk", lambda o: o.unit_induk_nama))
    return kolom


class _PunyaOrang(Protocol):
    @property
    def orang(self) -> OrangLaporan: ...


T = TypeVar("T", bound=_PunyaOrang)


def _dari_orang(kolom: list[KolomExcel[OrangLaporan]], _jenis: type[T]) -> list[KolomExcel[T]]:
    """The pegawai's columns on rows that carry an `orang`."""

    def lewat(k: KolomExcel[OrangLaporan]) -> KolomExcel[T]:
        return KolomExcel(k.judul, lambda r: k.nilai(r.orang), k.format_angka)

    return [lewat(k) for k in kolom]


# --- Laporan Rencana SKP Tahunan -----------------------------------------------------------


def kolom_rencana_skp() -> list[KolomExcel[RencanaSkpRow]]:
    return [
        *_dari_orang(_kolom_orang(), RencanaSkpRow),
        KolomExcel("Punya SKP", lambda r: r.skp_id is not None),
        KolomExcel("Jenis SKP", lambda r: r.jenis),
        KolomExcel("Pendekatan", lambda r: r.pendekatan),
        KolomExcel("Status SKP", lambda r: r.status.label if r.status else BELUM_ADA_SKP),
        KolomExcel("Periode Awal", lambda r: r.periode_awal),
        KolomExcel("Periode Akhir", lambda r: r.periode_akhir),
        KolomExcel("SKP PLT/PLH", lambda r: r.plt_plh or None),
        KolomExcel("Pejabat Penilai", lambda r: r.pejabat_penilai_nama or None),
        KolomExcel("NIP Pejabat Penilai", lambda r: r.pejabat_penilai_nip or None),
        KolomExcel("Jumlah RHK Utama", lambda r: r.jumlah_rhk_utama),
        KolomExcel("Jumlah RHK Tambahan", lambda r: r.jumlah_rhk_tambahan),
        KolomExcel("Jumlah IKI", lambda r: r.jumlah_iki),
    ]


def kolom_hasil_kerja() -> list[KolomExcel[HasilKerjaRow]]:
    return [
        KolomExcel("NIP", lambda r: r.nip),
        KolomExcel("Nama", lambda r: r.nama),
        KolomExcel("Status SKP", lambda r: r.status),
        KolomExcel("No RHK", lambda r: r.nomor_rhk),
        KolomExcel("No IKI", lambda r: r.nomor_iki),
        KolomExcel("Jenis RHK", lambda r: r.jenis_rhk),
        KolomExcel("Klasifikasi", lambda r: r.klasifikasi),
        KolomExcel("RHK Pimpinan yang Diintervensi", lambda r: r.rhk_pimpinan or None),
        KolomExcel("Rencana Hasil Kerja", lambda r: r.rhk),
        KolomExcel("Indikator Kinerja Individu", lambda r: r.iki or None),
        KolomExcel("Target Min", lambda r: r.target_min),
        KolomExcel("Target Max", lambda r: r.target_max),
        KolomExcel("Satuan", lambda r: r.satuan or None),
        KolomExcel("Aspek/Perspektif", lambda r: r.aspek_perspektif or None),
    ]


def judul_rencana_skp(data: LaporanRencanaSkp) -> list[str]:
    status = data.saring_status.label if data.saring_status else "semua status"
    return ["Laporan Rencana SKP Tahunan", f"{data.lingkup_nama} · Tahun {data.tahun} · {status}"]


def lembar_rencana_skp(data: LaporanRencanaSkp) -> list[LembarExcel[Any]]:
    judul = judul_rencana_skp(data)
    return [
        LembarExcel("Rencana SKP", kolom_rencana_skp(), data.pegawai, judul, nomor=True),
        LembarExcel("Hasil Kerja", kolom_hasil_kerja(), data.hasil_kerja, judul, nomor=True),
    ]


# --- Laporan Penilaian SKP ---------------------------------------------------------------------


def kolom_penilaian_skp() -> list[KolomExcel[PenilaianSkpRow]]:
    return [
        *_dari_orang(_kolom_orang(), PenilaianSkpRow),
        KolomExcel("SKP PLT/PLH", lambda r: r.plt_plh or None),
        KolomExcel("Status SKP", lambda r: r.status_skp.label if r.status_skp else BELUM_ADA_SKP),
        KolomExcel("Pejabat Penilai", lambda r: r.pejabat_penilai_nama or None),
        KolomExcel("NIP Pejabat Penilai", lambda r: r.pejabat_penilai_nip or None),
        KolomExcel("Rating Hasil Kerja", lambda r: r.rating_hasil_kerja),
        KolomExcel("Rating Perilaku Kerja", lambda r: r.rating_perilaku_kerja),
        KolomExcel("Predikat Kinerja", lambda r: r.predikat),
        KolomExcel("Tanggal Dinilai", lambda r: r.dinilai_pada),
        KolomExcel("Capaian Organisasi", lambda r: r.capaian_organisasi),
        KolomExcel("Status Penilaian", lambda r: LABEL_STATUS_REKAP[r.status]),
    ]


def _jumlah(p: Predikat) -> KolomExcel[RingkasanRow]:
    return KolomExcel(p.label, lambda r: r.jumlah[p])


def kolom_ringkasan() -> list[KolomExcel[RingkasanRow]]:
    return [
        KolomExcel("Unit Kerja Induk", lambda r: r.unit_induk_nama),
        KolomExcel("Capaian Organisasi", lambda r: r.capaian_organisasi),
        KolomExcel("Jumlah Pegawai", lambda r: r.jumlah_pegawai),
        KolomExcel("Sudah Dinilai", lambda r: r.jumlah_dinilai),
        *(_jumlah(p) for p in reversed(PREDIKAT_URUTAN)),
        KolomExcel("Belum Dinilai", lambda r: r.jumlah_pegawai - r.jumlah_dinilai),
    ]


def judul_penilaian_skp(data: LaporanPenilaianSkp) -> list[str]:
    p = data.periode
    return [
        "Laporan Penilaian SKP",
        f"{data.lingkup_nama} · {p.nama} {p.tahun} "
        f"({format_tanggal(p.awal)} \u2013 {format_tanggal(p.akhir)})",
    ]


def lembar_penilaian_skp(data: LaporanPenilaianSkp) -> list[LembarExcel[Any]]:
    judul = judul_penilaian_skp(data)
    return [
        LembarExcel("Penilaian SKP", kolom_penilaian_skp(), data.rows, judul, nomor=True),
        LembarExcel("Ringkasan", kolom_ringkasan(), data.ringkasan, judul, nomor=True),
    ]


# --- Laporan Jumlah Tim Lingkup Unit Kerja -------------------------------------------------------


def kolom_jumlah_tim() -> list[KolomExcel[JumlahTimRow]]:
    return [
        *_dari_orang(_kolom_orang(pangkat=False), JumlahTimRow),
        KolomExcel("Tahun", lambda r: r.tahun),
        KolomExcel("Jumlah Tim Dibentuk", lambda r: r.tim_dibentuk),
        KolomExcel("Jumlah Tim Diketuai", lambda r: r.tim_diketuai),
        KolomExcel("Jumlah Tim Diikuti (Anggota)", lambda r: r.tim_diikuti),
        KolomExcel("Jumlah Anggota Tim yang Diketuai", lambda r: r.anggota_tim_diketuai),
    ]


def kolom_tim() -> list[KolomExcel[TimLaporanRow]]:
    return [
        KolomExcel("Nama Tim", lambda r: r.nama),
        KolomExcel("Unit Kerja", lambda r: r.unor_nama),
        KolomExcel("Tahun", lambda r: r.tahun),
        KolomExcel("Ketua Tim", lambda r: r.ketua_nama or None),
        KolomExcel("NIP Ketua", lambda r: r.ketua_nip or None),
        KolomExcel("Dibentuk Oleh", lambda r: r.dibentuk_oleh or None),
        KolomExcel("Jumlah Anggota", lambda r: r.jumlah_anggota),
        KolomExcel("Jumlah RHK Tim", lambda r: r.jumlah_rhk_tim),
    ]


def lembar_jumlah_tim(data: LaporanJumlahTim) -> list[LembarExcel[Any]]:
    judul = ["Laporan Jumlah Tim Lingkup Unit Kerja", f"{data.lingkup_nama} · Tahun {data.tahun}"]
    return [
        LembarExcel("Jumlah Tim", kolom_jumlah_tim(), data.pegawai, judul, nomor=True),
        LembarExcel("Tim Kerja", kolom_tim(), data.tim, judul, nomor=True),
    ]


# --- one entry point ---------------------------------------------------------------------------


def lembar(laporan: Laporan) -> list[LembarExcel[Any]]:
    """The sheets of any report."""
    if isinstance(laporan, LaporanRencanaSkp):
        return lembar_rencana_skp(laporan)
    if isinstance(laporan, LaporanPenilaianSkp):
        return lembar_penilaian_skp(laporan)
    if isinstance(laporan, LaporanJumlahTim):
        return lembar_jumlah_tim(laporan)
    if isinstance(laporan, RekapData):
        return [LembarExcel("Rekap", kolom_rekap(), laporan.rows, judul_rekap(laporan))]
    return [lembar_mph(laporan)]


def jumlah_baris(laporan: Laporan) -> int:
    """The data rows of every sheet (for a progress bar)."""
    return sum(len(item.rows) for item in lembar(laporan) if isinstance(item.rows, tuple))


def tulis_laporan(path: Path, laporan: Laporan, progres: Progres | None = None) -> Path:
    """Write any report to `path` (.xlsx), atomically; `progres` may raise to cancel."""
    return tulis_buku(path, lembar(laporan), progres=progres)


def slug_berkas(*bagian: str) -> str:
    """A file name from words: ("Laporan Penilaian SKP", "Biro X", "Periode 1 (TW1) 2026") →
    "laporan-penilaian-skp-biro-x-periode-1-tw1-2026.xlsx"."""
    teks = "-".join(b for b in bagian if b)
    return (re.sub(r"[^\w]+", "-", teks).strip("-").lower() or "laporan") + ".xlsx"


def nama_berkas(laporan: Laporan) -> str:
    """A file name a user recognises, from the report itself."""
    if isinstance(laporan, LaporanRencanaSkp):
        return slug_berkas("laporan rencana skp", laporan.lingkup_nama, str(laporan.tahun))
    if isinstance(laporan, LaporanPenilaianSkp):
        p = laporan.periode
        return slug_berkas("laporan penilaian skp", laporan.lingkup_nama, p.nama, str(p.tahun))
    if isinstance(laporan, LaporanJumlahTim):
        return slug_berkas("laporan jumlah tim", laporan.lingkup_nama, str(laporan.tahun))
    if isinstance(laporan, RekapData):
        p = laporan.periode
        return slug_berkas("rekap penilaian", laporan.cakupan.nama, p.nama, str(p.tahun))
    return slug_berkas(laporan.judul, str(laporan.tahun))
