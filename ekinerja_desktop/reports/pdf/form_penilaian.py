"""Form Penilaian of one period (domain.md §10, S001 "3. a"–"3. e"): the plan with rencana aksi,
realisasi berdasarkan bukti dukung and umpan balik per IKI, the two ratings and the predikat."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import quoteattr

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ekinerja_desktop.domain import JenisSkp, Predikat, Rating
from ekinerja_desktop.reports.pdf.common import (
    ABU,
    ABU_MUDA,
    LEBAR_POTRET,
    BagianPdf,
    Gaya,
    OpsiCetak,
    baris_instansi,
    blok_tanda_tangan,
    esc,
    gaya_tabel,
    judul,
    lebar_kolom,
    m,
    p,
    penanda_pegawai_ppk,
    tabel,
    tabel_identitas,
    tulis_pdf,
)
from ekinerja_desktop.reports.pdf.rencana_skp import kaki
from ekinerja_desktop.services.dokumen_penilaian import (
    BuktiDukungDok,
    FormPenilaianDok,
    IkiPenilaian,
    PerilakuPenilaian,
    RhkPenilaian,
    UmpanBalikDok,
)

JUDUL = "PENILAIAN SASARAN KINERJA PEGAWAI"
BELUM = "Belum dinilai"


def teks_rating(r: Rating | None) -> str:
    return r.label if r is not None else BELUM


def teks_predikat(pr: Predikat | None) -> str:
    return pr.label if pr is not None else BELUM


def tautan(b: BuktiDukungDok) -> str:
    nama = esc(b.nama)
    alamat = b.tautan.strip()
    if alamat.lower().startswith(("http://", "https://")):
        link = f"<a href={quoteattr(alamat)} color='#1a4fa0'>{esc(alamat)}</a>"
        return f"{nama}: {link}" if nama else link
    return " – ".join(x for x in (nama, esc(alamat)) if x)


def umpan_balik(daftar: Sequence[UmpanBalikDok]) -> list[str]:
    baris = []
    for u in daftar:
        siapa = esc(u.sumber) + (f" – {esc(u.dari)}" if u.dari else "")
        sifat = "positif" if u.positif else "negatif"
        baris.append(f"<b>{siapa}</b> ({sifat}): {esc(u.teks)}")
    return baris


def _realisasi(i: IkiPenilaian) -> Paragraph:
    baris = [esc(i.realisasi) or "<i>Belum diisi.</i>"]
    if i.sumber_data:
        baris.append(f"<i>Sumber data:</i> {esc(i.sumber_data)}")
    if i.bukti_dukung:
        baris.append("<i>Bukti dukung:</i>")
        baris.extend(f"- {tautan(b)}" for b in i.bukti_dukung)
    return m("<br/>".join(baris))


def _rhk(r: RhkPenilaian) -> Paragraph:
    rhk = r.rhk
    baris = [f"<b>{esc(rhk.teks) or '-'}</b>"]
    if rhk.rhk_pimpinan:
        baris.append(f"<i>RHK pimpinan yang diintervensi:</i> {esc(rhk.rhk_pimpinan)}")
    if rhk.penugasan_dari:
        baris.append(f"<i>Penugasan dari:</i> {esc(rhk.penugasan_dari)}")
    return m("<br/>".join(baris))


def _rencana_aksi(r: RhkPenilaian) -> Paragraph:
    if not r.rencana_aksi:
        return m("<i>Rencana aksi:</i> -")
    baris = ["<i>Rencana aksi:</i>"]
    for n, a in enumerate(r.rencana_aksi, start=1):
        target = f" (target: {esc(a.target)})" if a.target else ""
        baris.append(f"{n}. {esc(a.teks)}{target}")
    return m("<br/>".join(baris))


def _hasil_kerja(dok: FormPenilaianDok) -> Flowable:
    jpt = dok.kepala.jenis is JenisSkp.JPT
    kepala = [
        "NO",
        "PERSPEKTIF" if jpt else "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
        "REALISASI BERDASARKAN BUKTI DUKUNG",
        "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
    ]
    lebar = lebar_kolom(LEBAR_POTRET, (6, 16, 38, 20, 45, 45))
    data: list[list[Any]] = [
        [m("HASIL KERJA", Gaya.sel_tebal)] + [""] * 5,
        [m(h, Gaya.kepala) for h in kepala],
    ]
    gaya: list[tuple[Any, ...]] = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 1), ABU)]
    for bagian, jenis in (("A. UTAMA", "UTAMA"), ("B. TAMBAHAN", "TAMBAHAN")):
        daftar = [r for r in dok.hasil_kerja if r.rhk.jenis.value == jenis]
        gaya += [
            ("SPAN", (0, len(data)), (-1, len(data))),
            ("BACKGROUND", (0, len(data)), (-1, len(data)), ABU_MUDA),
        ]
        data.append([m(bagian, Gaya.sel_tebal)] + [""] * 5)
        if not daftar:
            data.append([m("-", Gaya.sel_tengah)] + [""] * 5)
            gaya.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        for r in daftar:
            mulai = len(data)
            data.append([m(str(r.rhk.nomor), Gaya.sel_tengah), _rhk(r), "", "", "", ""])
            data.append(["", _rencana_aksi(r), "", "", "", ""])
            for b in (mulai, mulai + 1):
                gaya.append(("SPAN", (1, b), (-1, b)))
            for i in r.iki:
                label = i.iki.perspektif if jpt else i.iki.aspek
                data.append(
                    [
                        "",
                        p(label),
                        p(i.iki.indikator),
                        p(i.iki.target),
                        _realisasi(i),
                        m("<br/>".join(umpan_balik(i.umpan_balik)) or "-"),
                    ]
                )
            for b in range(mulai + 1, len(data)):
                gaya.append(("LINEABOVE", (0, b), (0, b), 0.5, colors.white))
    baris = len(data)
    data.append(
        [m(f"RATING HASIL KERJA: {esc(teks_rating(dok.rating_hasil_kerja))}", Gaya.sel_tebal)]
    )
    data[-1] += [""] * 5
    gaya += [("SPAN", (0, baris), (-1, baris)), ("BACKGROUND", (0, baris), (-1, baris), ABU_MUDA)]
    return tabel(data, lebar, gaya_tabel(*gaya), ulang=2)


def _perilaku_cell(pp: PerilakuPenilaian) -> Paragraph:
    pk = pp.perilaku
    return m("<br/>".join([f"<b>{esc(pk.nama)}</b>", *(f"- {esc(i)}" for i in pk.indikator)]))


def _umpan_balik_perilaku(pp: PerilakuPenilaian) -> Paragraph:
    baris = ["<i>Ekspektasi Khusus Pimpinan:</i> " + (esc(pp.perilaku.ekspektasi_khusus) or "-")]
    baris.extend(umpan_balik(pp.umpan_balik))
    return m("<br/>".join(baris))


def _perilaku(dok: FormPenilaianDok) -> Flowable:
    lebar = lebar_kolom(LEBAR_POTRET, (6, 80, 84))
    data: list[list[Any]] = [
        [m("PERILAKU KERJA", Gaya.sel_tebal), "", ""],
        [
            m("NO", Gaya.kepala),
            m("PERILAKU KERJA", Gaya.kepala),
            m("UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", Gaya.kepala),
        ],
    ]
    for pp in dok.perilaku:
        nomor = m(str(pp.perilaku.nomor), Gaya.sel_tengah)
        data.append([nomor, _perilaku_cell(pp), _umpan_balik_perilaku(pp)])
    baris = len(data)
    rating = esc(teks_rating(dok.rating_perilaku_kerja))
    data.append([m(f"RATING PERILAKU KERJA: {rating}", Gaya.sel_tebal), "", ""])
    gaya = gaya_tabel(
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), ABU),
        ("SPAN", (0, baris), (-1, baris)),
        ("BACKGROUND", (0, baris), (-1, baris), ABU_MUDA),
    )
    return tabel(data, lebar, gaya, ulang=2)


def _predikat(dok: FormPenilaianDok) -> Flowable:
    teks = f"PREDIKAT KINERJA PEGAWAI: {esc(teks_predikat(dok.predikat))}"
    t = tabel([[m(teks, Gaya.teks_tebal)]], [LEBAR_POTRET])
    t.setStyle(gaya_tabel(("BACKGROUND", (0, 0), (-1, -1), ABU)))
    return t


def story_form_penilaian(dok: FormPenilaianDok, opsi: OpsiCetak) -> list[Flowable]:
    k = dok.kepala
    awal = max(dok.periode.awal, k.periode_awal)
    akhir = min(dok.periode.akhir, k.periode_akhir)
    if awal > akhir:  # a period outside the SKP: print the period as it is
        awal, akhir = dok.periode.awal, dok.periode.akhir
    kiri, kanan = penanda_pegawai_ppk(k.pegawai, k.pejabat_penilai, opsi)
    return [
        *judul(JUDUL, f"PERIODE: {dok.periode.label}"),
        baris_instansi(k.instansi, awal, akhir, LEBAR_POTRET),
        tabel_identitas(k.pegawai, k.pejabat_penilai, LEBAR_POTRET),
        Spacer(1, 4 * mm),
        _hasil_kerja(dok),
        Spacer(1, 4 * mm),
        _perilaku(dok),
        Spacer(1, 4 * mm),
        _predikat(dok),
        blok_tanda_tangan(kiri, kanan, LEBAR_POTRET),
    ]


def bagian_form_penilaian(dok: FormPenilaianDok, opsi: OpsiCetak) -> BagianPdf:
    nama = f"Form Penilaian {dok.periode.nama}"
    return BagianPdf(story_form_penilaian(dok, opsi), kaki(nama, dok.kepala))


def tulis_form_penilaian(
    dok: FormPenilaianDok, opsi: OpsiCetak, tujuan: str | Path | BinaryIO
) -> None:
    judul_pdf = f"Form Penilaian {dok.periode.nama} {dok.kepala.pegawai.nama}"
    tulis_pdf([bagian_form_penilaian(dok, opsi)], tujuan, judul_pdf)
