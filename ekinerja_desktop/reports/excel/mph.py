"""The Matriks Peran Hasil as a sheet (issue 6): one row per pegawai, one column per IKI of the
leader (S003 Gambar 2.46), a cell listing the pegawai's RHK that intervene the column's RHK.

RHK intervene an RHK, not one IKI (services/mph.py), so every IKI column of a leader RHK shows
the same roles, as the printed matrix spans them; "tidak ada peran" where there is none, as in
the print. An RHK that reaches the leader through another RHK says through which.
"""

from __future__ import annotations

from ekinerja_desktop.reports.excel.rekap import KolomExcel, LembarExcel
from ekinerja_desktop.services.impor_sel import potong
from ekinerja_desktop.services.mph import BarisMph, KolomMph, Mph, PeranRhk

TIDAK_ADA_PERAN = "tidak ada peran"
MAKS_JUDUL_KOLOM = 90


def teks_peran(peran: tuple[PeranRhk, ...]) -> str:
    """The cell of one leader RHK: each intervening RHK on its own line."""
    if not peran:
        return TIDAK_ADA_PERAN
    baris = []
    for p in peran:
        if p.langsung:
            baris.append(p.teks)
        else:
            oleh = f" ({p.melalui_pemilik})" if p.melalui_pemilik else ""
            baris.append(f"{p.teks} [melalui: {potong(p.melalui, 80)}{oleh}]")
    return "\n".join(baris)


def _kolom_iki(mph: Mph, kolom: KolomMph) -> KolomExcel[BarisMph]:
    grup = mph.grup[kolom.grup]
    if kolom.iki_id is None:
        judul = f"RHK {grup.nomor}: {kolom.teks}"
    else:
        judul = f"IKI {kolom.nomor}: {kolom.teks}"
    return KolomExcel(potong(judul, MAKS_JUDUL_KOLOM), lambda b: teks_peran(b.peran[kolom.grup]))


def kolom_mph(mph: Mph) -> list[KolomExcel[BarisMph]]:
    return [
        KolomExcel("NIP", lambda b: b.nip),
        KolomExcel("Nama", lambda b: b.nama),
        KolomExcel("Jabatan", lambda b: b.jabatan),
        KolomExcel("Unit Kerja", lambda b: b.unor_nama),
        KolomExcel("Status SKP", lambda b: b.status.label if b.status else "Belum ada SKP"),
        KolomExcel("Lintas Unit", lambda b: b.lintas_unit),
        *(_kolom_iki(mph, k) for k in mph.kolom),
        KolomExcel(
            "RHK yang Tidak Mengintervensi RHK Pimpinan",
            lambda b: "\n".join(p.teks for p in b.di_luar) or None,
        ),
    ]


def judul_mph(mph: Mph) -> list[str]:
    judul = [
        mph.judul,
        f"Pimpinan: {mph.pemimpin_nama} · {mph.pemimpin_jabatan} · Tahun {mph.tahun}",
    ]
    judul.extend(f"RHK {g.nomor} ({g.jenis.label}): {potong(g.teks, 200)}" for g in mph.grup)
    return judul


def lembar_mph(mph: Mph) -> LembarExcel[BarisMph]:
    return LembarExcel("MPH", kolom_mph(mph), mph.baris, judul_mph(mph), nomor=True)
