"""The Excel reports, read back with openpyxl and compared row by row with the service queries
(and, where another query already answers, with that one: the rekap, the SKP editor's rows)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from ekinerja_desktop.domain import (
    PREDIKAT_URUTAN,
    JenisSkp,
    StatusSkp,
    parse_angka,
    predikat_kinerja,
)
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import AnggotaTim, Pegawai, Skp, TimKerja, Unor
from ekinerja_desktop.reports.excel.laporan import nama_berkas, slug_berkas, tulis_laporan
from ekinerja_desktop.reports.excel.mph import TIDAK_ADA_PERAN
from ekinerja_desktop.reports.excel.rekap import (
    FORMAT_TANGGAL,
    FORMAT_WAKTU,
    LABEL_STATUS_REKAP,
    KolomExcel,
    LembarExcel,
    tulis_buku,
    tulis_rekap,
)
from ekinerja_desktop.services import queries_skp
from ekinerja_desktop.services.aturan_tim import unor_di_bawah
from ekinerja_desktop.services.laporan_excel import LayananLaporanExcel
from ekinerja_desktop.services.queries_rekap import (
    Cakupan,
    JenisCakupan,
    muat_rekap,
    statistik,
)
from tests.excel.conftest import TAHUN, Dunia


def layanan(demo: Dunia, peran: str = "Admin") -> LayananLaporanExcel:
    return LayananLaporanExcel(demo.uow(peran))


def lembar(path: Path, nama: str) -> tuple[list[Any], list[Any], list[list[Any]], Any]:
    """(title lines, header, data rows, worksheet) of a report sheet."""
    ws = openpyxl.load_workbook(path)[nama]
    baris = [[c.value for c in row] for row in ws.iter_rows()]
    n = next(i for i, row in enumerate(baris) if row[0] == "No")
    judul = [row[0] for row in baris[:n] if row[0]]
    return judul, baris[n], baris[n + 1 :], ws


def label(nilai: Any) -> Any:
    return nilai.label if nilai is not None else None


def unit(demo: Dunia, nama: str) -> str:
    with demo.db.read_session() as s:
        id_ = s.scalar(select(Unor.id).where(Unor.nama == nama))
    assert id_ is not None
    return id_


def tw1(demo: Dunia) -> str:
    periode = layanan(demo).pilihan().periode
    return next(p.id for p in periode if p.nomor == 1)


def test_laporan_penilaian_skp_is_the_query_row_by_row(demo: Dunia, tmp_path: Path) -> None:
    data = layanan(demo).penilaian_skp(None, tw1(demo))
    path = tulis_laporan(tmp_path / nama_berkas(data), data)
    assert path.name == "laporan-penilaian-skp-seluruh-instansi-periode-1-tw1-2026.xlsx"
    judul, header, rows, ws = lembar(path, "Penilaian SKP")
    assert judul == [
        "Laporan Penilaian SKP",
        "Seluruh instansi · Periode 1 (TW1) 2026 (1 Januari 2026 – 31 Maret 2026)",
    ]
    assert header[:4] == ["No", "NIP", "Nama", "Pangkat/Golongan"]
    assert ws.freeze_panes == "A5" and ws.auto_filter.ref == f"A4:Q{4 + len(rows)}"
    assert len(rows) == len(data.rows)
    for nomor, (cells, r) in enumerate(zip(rows, data.rows, strict=True), start=1):
        o = r.orang
        assert cells == [
            nomor,
            o.nip,
            o.nama,
            o.pangkat_golongan or None,
            o.jabatan,
            o.unor_nama,
            o.unit_induk_nama or None,
            r.plt_plh or None,
            r.status_skp.label if r.status_skp else "Belum ada SKP",
            r.pejabat_penilai_nama or None,
            r.pejabat_penilai_nip or None,
            label(r.rating_hasil_kerja),
            label(r.rating_perilaku_kerja),
            label(r.predikat),
            r.dinilai_pada,
            label(r.capaian_organisasi),
            LABEL_STATUS_REKAP[r.status],
        ]
        assert isinstance(cells[1], str) and len(cells[1]) == 18  # NIPs stay text
        if r.rating_hasil_kerja and r.rating_perilaku_kerja:
            assert r.predikat is predikat_kinerja(r.rating_hasil_kerja, r.rating_perilaku_kerja)
    dinilai = next(n for n, r in enumerate(data.rows) if r.dinilai_pada is not None)
    assert isinstance(rows[dinilai][14], datetime)
    assert ws.cell(row=5 + dinilai, column=15).number_format == FORMAT_WAKTU
    with demo.db.read_session() as s:
        semua = s.scalar(select(func.count()).select_from(Pegawai))
    assert len({r[1] for r in rows}) == semua  # every pegawai of the instansi, rated or not


def test_laporan_penilaian_agrees_with_the_rekap_of_each_unit(demo: Dunia, tmp_path: Path) -> None:
    periode_id = tw1(demo)
    data = layanan(demo).penilaian_skp(None, periode_id)
    path = tulis_laporan(tmp_path / "penilaian.xlsx", data)
    _judul, header, ringkasan, _ws = lembar(path, "Ringkasan")
    assert header == [
        "No",
        "Unit Kerja Induk",
        "Capaian Organisasi",
        "Jumlah Pegawai",
        "Sudah Dinilai",
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang/Misconduct",
        "Sangat Kurang",
        "Belum Dinilai",
    ]
    per_unit = {row[1]: row for row in ringkasan}
    for nama in ("Biro Perencanaan dan Keuangan", "Biro Wilayah 1"):
        with demo.db.read_session() as s:
            rekap = muat_rekap(s, Cakupan(JenisCakupan.UNIT, unit(demo, nama), nama), periode_id)
        laporan = {
            r.orang.nip: r.predikat
            for r in data.rows
            if r.orang.unit_induk_nama == nama and not r.plt_plh
        }
        assert laporan == {r.nip: r.predikat for r in rekap.rows}
        stat = statistik(rekap.rows)
        row = per_unit[nama]
        assert row[2] == "Baik"  # the demo's capaian of each biro for TW1
        assert row[3:5] == [stat.jumlah_pegawai, stat.jumlah_dinilai]
        assert row[5:10] == [stat.jumlah[p] for p in reversed(PREDIKAT_URUTAN)]
        assert row[10] == stat.belum_dinilai


def test_laporan_rencana_skp_holds_every_skp_and_its_rhk(demo: Dunia, tmp_path: Path) -> None:
    biro = unit(demo, "Biro Perencanaan dan Keuangan")
    data = layanan(demo).rencana_skp(biro, TAHUN)
    path = tulis_laporan(tmp_path / "rencana.xlsx", data)
    judul, header, rows, ws = lembar(path, "Rencana SKP")
    assert judul[1] == "Biro Perencanaan dan Keuangan · Tahun 2026 · semua status"
    assert len(rows) == len(data.pegawai)
    for nomor, (cells, r) in enumerate(zip(rows, data.pegawai, strict=True), start=1):
        assert cells == [
            nomor,
            r.orang.nip,
            r.orang.nama,
            r.orang.pangkat_golongan or None,
            r.orang.jabatan,
            r.orang.unor_nama,
            r.orang.unit_induk_nama or None,
            r.skp_id is not None,
            label(r.jenis),
            label(r.pendekatan),
            r.status.label if r.status else "Belum ada SKP",
            datetime(TAHUN, 1, 1) if r.periode_awal else None,
            datetime(TAHUN, 12, 31) if r.periode_akhir else None,
            r.plt_plh or None,
            r.pejabat_penilai_nama or None,
            r.pejabat_penilai_nip or None,
            r.jumlah_rhk_utama,
            r.jumlah_rhk_tambahan,
            r.jumlah_iki,
        ]
    assert ws.cell(row=5, column=12).number_format == FORMAT_TANGGAL
    # Independently: the SKP of the lingkup by status, straight from the table.
    with demo.db.read_session() as s:
        lingkup = unor_di_bawah(s, biro)
        pegawai = select(Pegawai.id).where(Pegawai.unor_id.in_(lingkup))
        query = select(Skp.status, func.count()).where(
            Skp.pegawai_id.in_(pegawai), Skp.tahun == TAHUN, Skp.deleted_at.is_(None)
        )
        per_status = dict(s.execute(query.group_by(Skp.status)).all())
        jumlah_pegawai = s.scalar(select(func.count()).where(Pegawai.unor_id.in_(lingkup)))
    tampil = Counter(row[10] for row in rows)
    assert {StatusSkp(k).label: v for k, v in per_status.items()} == {
        k: v for k, v in tampil.items() if k != "Belum ada SKP"
    }
    assert len({row[1] for row in rows}) == jumlah_pegawai
    assert tampil["Belum ada SKP"] > 0  # the demo has pegawai who made none

    # The "Hasil Kerja" sheet: every RHK and IKI of each SKP, as the SKP editor reads them.
    _j, header, hasil, _ws = lembar(path, "Hasil Kerja")
    assert header[-6:] == [
        "Rencana Hasil Kerja",
        "Indikator Kinerja Individu",
        "Target Min",
        "Target Max",
        "Satuan",
        "Aspek/Perspektif",
    ]
    harapan = []
    with demo.db.read_session() as s:
        for r in data.pegawai:
            if r.skp_id is None:
                continue
            for rhk in queries_skp.baris_rhk(s, r.skp_id):
                for nomor_iki, iki in enumerate(rhk.iki or (None,), start=1):
                    kategori = None
                    if iki is not None:
                        kategori = iki.perspektif if r.jenis is JenisSkp.JPT else iki.aspek
                    harapan.append(
                        [
                            r.orang.nip,
                            rhk.nomor,
                            nomor_iki if iki else None,
                            rhk.jenis.label,
                            rhk.rhk_diintervensi_teks or None,
                            rhk.teks,
                            iki.indikator if iki else None,
                            parse_angka(iki.target_min) if iki and iki.target_min else None,
                            label(kategori),
                        ]
                    )
    dibaca = [[c[1], c[4], c[5], c[6], c[8], c[9], c[10], c[11], c[14]] for c in hasil]
    assert dibaca == harapan
    assert all(isinstance(c[11], int | float) for c in hasil if c[11] is not None)


def test_a_status_filter_leaves_out_other_skp_and_pegawai_without_one(demo: Dunia) -> None:
    data = layanan(demo).rencana_skp(None, TAHUN, StatusSkp.DRAFT)
    assert data.pegawai and {r.status for r in data.pegawai} == {StatusSkp.DRAFT}
    assert {h.status for h in data.hasil_kerja} == {StatusSkp.DRAFT}


def test_laporan_jumlah_tim_counts_as_the_tables_do(demo: Dunia, tmp_path: Path) -> None:
    data = layanan(demo).jumlah_tim(None, TAHUN)
    path = tulis_laporan(tmp_path / "tim.xlsx", data)
    _judul, header, rows, _ws = lembar(path, "Jumlah Tim")
    assert header[-4:] == [
        "Jumlah Tim Dibentuk",
        "Jumlah Tim Diketuai",
        "Jumlah Tim Diikuti (Anggota)",
        "Jumlah Anggota Tim yang Diketuai",
    ]
    assert [r[1] for r in rows] == [r.orang.nip for r in data.pegawai]
    with demo.db.read_session() as s:
        teams = list(s.scalars(select(TimKerja).where(TimKerja.tahun == TAHUN)))
        anggota = Counter(
            s.scalars(select(AnggotaTim.tim_kerja_id).where(AnggotaTim.deleted_at.is_(None)))
        )
        nip = dict(s.execute(select(Pegawai.id, Pegawai.nip)).all())
    per_nip = {r[1]: r[-4:] for r in rows}
    for tim in teams:
        assert tim.ketua_id is not None and tim.dibuat_oleh_id is not None
        assert per_nip[nip[tim.ketua_id]][1] == 1
        assert per_nip[nip[tim.ketua_id]][3] == anggota[tim.id]
        assert per_nip[nip[tim.dibuat_oleh_id]][0] == 3  # each kepala biro formed three teams
    assert sum(r[-2] for r in rows) == sum(anggota.values())
    _judul, header, tim_rows, _ws = lembar(path, "Tim Kerja")
    assert len(tim_rows) == len(teams) == 6
    assert Counter((r[1], r[7]) for r in tim_rows) == Counter(
        (t.nama, anggota[t.id]) for t in teams
    )
    assert all(r[8] >= 1 for r in tim_rows)  # each ketua tied an RHK to the team


def test_the_rekap_and_the_mph_as_sheets(demo: Dunia, tmp_path: Path) -> None:
    lay = layanan(demo, "Pimpinan")
    pilihan = lay.pilihan()
    cakupan = pilihan.cakupan_rekap[0]
    rekap = lay.rekap(cakupan, tw1(demo))
    a = tulis_laporan(tmp_path / "a.xlsx", rekap)
    b = tulis_rekap(tmp_path / "b.xlsx", rekap)
    wa, wb = openpyxl.load_workbook(a).active, openpyxl.load_workbook(b).active
    assert [[c.value for c in r] for r in wa.iter_rows()] == [
        [c.value for c in r] for r in wb.iter_rows()
    ]
    with pytest.raises(ForbiddenError):
        lay.rekap(Cakupan(JenisCakupan.UNIT, unit(demo, "Biro Wilayah 1"), ""), tw1(demo))

    mph = lay.mph(pilihan.unit[0].id, TAHUN)
    path = tulis_laporan(tmp_path / nama_berkas(mph), mph)
    judul, header, rows, _ws = lembar(path, "MPH")
    assert judul[0] == mph.judul and judul[1].startswith(f"Pimpinan: {mph.pemimpin_nama}")
    assert len(header) == 1 + 6 + len(mph.kolom) + 1
    assert header[7].startswith(f"IKI {mph.kolom[0].nomor}: ")
    assert [r[1] for r in rows] == [b.nip for b in mph.baris]
    for cells, baris in zip(rows, mph.baris, strict=True):
        for k, kolom in enumerate(mph.kolom):
            peran = baris.peran[kolom.grup]
            sel = cells[7 + k]
            if not peran:
                assert sel == TIDAK_ADA_PERAN
            else:
                assert all(p.teks in sel for p in peran)
    assert any(c == TIDAK_ADA_PERAN for r in rows for c in r)
    assert any(c not in (None, TIDAK_ADA_PERAN) for r in rows for c in r[7:-1])


def test_who_may_download_what(demo: Dunia) -> None:
    admin = layanan(demo).pilihan()
    assert admin.unit[0].id is None and admin.unit[0].nama == "Seluruh instansi"
    assert len(admin.jenis_tersedia()) == 5

    pimpinan = layanan(demo, "Pimpinan")
    pilihan = pimpinan.pilihan()
    biro = unit(demo, "Biro Perencanaan dan Keuangan")
    assert pilihan.unit[0].id == biro and len(pilihan.unit) == 4  # the biro and its 3 bagian
    assert [u.kedalaman for u in pilihan.unit] == [0, 1, 1, 1]
    assert pimpinan.jumlah_tim(pilihan.unit[1].id, TAHUN).pegawai
    with pytest.raises(ForbiddenError):
        pimpinan.penilaian_skp(None, tw1(demo))
    with pytest.raises(ForbiddenError):
        pimpinan.rencana_skp(unit(demo, "Biro Wilayah 1"), TAHUN)

    pegawai = layanan(demo, "Pegawai")
    assert not pegawai.pilihan().tersedia and pegawai.pilihan().jenis_tersedia() == ()
    with pytest.raises(ForbiddenError):
        pegawai.jumlah_tim(biro, TAHUN)

    with pytest.raises(UserError, match="belum memiliki pimpinan dengan SKP tahun 2031"):
        layanan(demo).mph(biro, 2031)
    with pytest.raises(UserError):
        layanan(demo).mph(None, TAHUN)


def test_a_cancelled_report_leaves_no_file(tmp_path: Path) -> None:
    kolom = [KolomExcel[int]("Angka", lambda n: n)]
    dipanggil: list[tuple[int, int]] = []

    def batal(ditulis: int, total: int) -> None:
        dipanggil.append((ditulis, total))
        raise RuntimeError("dibatalkan")

    target = tmp_path / "besar.xlsx"
    with pytest.raises(RuntimeError):
        tulis_buku(target, [LembarExcel("Data", kolom, tuple(range(1200)))], progres=batal)
    assert dipanggil == [(500, 1200)]
    assert list(tmp_path.iterdir()) == []  # neither the file nor its temporary sibling

    lengkap: list[tuple[int, int]] = []
    tulis_buku(
        target,
        [LembarExcel("Data", kolom, tuple(range(1200)), nomor=True)],
        progres=lambda a, b: lengkap.append((a, b)),
    )
    assert lengkap == [(500, 1200), (1000, 1200)]
    ws = openpyxl.load_workbook(target)["Data"]
    assert [c.value for c in ws[1]] == ["No", "Angka"] and ws["A1201"].value == 1200


def test_file_names_read_like_the_report() -> None:
    assert slug_berkas("Laporan Jumlah Tim", "Bagian Umum & TU", "2026") == (
        "laporan-jumlah-tim-bagian-umum-tu-2026.xlsx"
    )
    assert slug_berkas("", "") == "laporan.xlsx"
