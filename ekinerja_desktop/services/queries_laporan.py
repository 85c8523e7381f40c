"""Read models of the Excel reports of S003 2.12 (issue 6): Laporan Rencana SKP Tahunan, Laporan
Penilaian SKP and Laporan Jumlah Tim Lingkup Unit Kerja.

A report covers a *lingkup*: one unit and every unit below it (`unor_atasan_id`), or the whole
instansi. Its pegawai are those whose unor is in the lingkup. Every query is set-based (a handful
of statements whatever the size), so 5,000 pegawai fit the report's 5 s budget. Project choices,
written down because S003 shows only the column heads:
- one row per SKP (a PLT/PLH SKP is a row of its own, marked), and one row for a pegawai
  without any SKP, so "who has not made an SKP" is in the same sheet;
- the predikat is the S002 matrix of the two ratings shown beside it, and the unit kerja induk
  is the one the rekap and the kurva count the pegawai in (`PetaUnor.unit_pegawai`), so the
  report's counts agree with the kurva's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session, aliased

from ekinerja_desktop.domain import (
    PREDIKAT_URUTAN,
    Aspek,
    CapaianOrganisasi,
    DomainError,
    JenisJabatan,
    JenisRhk,
    JenisSkp,
    KlasifikasiRhk,
    Pendekatan,
    Perspektif,
    Predikat,
    Rating,
    StatusSkp,
    format_pangkat_golongan,
    predikat_kinerja,
)
from ekinerja_desktop.models import (
    CapaianOrganisasiUnor,
    Iki,
    Pegawai,
    PenilaianPeriode,
    PeriodePenilaian,
    PltPlh,
    Rhk,
    Skp,
    Unor,
)
from ekinerja_desktop.services.aturan_tim import unor_di_bawah
from ekinerja_desktop.services.impor_sel import label_enum, nilai_target
from ekinerja_desktop.services.queries_rekap import PeriodeRow, PetaUnor, StatusRekap, peta_unor

Sel = int | float | str | None


# --- who is in a report ----------------------------------------------------------------------


@dataclass(frozen=True)
class OrangLaporan:
    id: str
    nip: str
    nama: str
    jabatan: str
    pangkat_golongan: str
    unor_id: str
    unor_nama: str
    unit_induk_id: str | None
    unit_induk_nama: str

    def urutan(self) -> tuple[str, str, str, str]:
        return (
            self.unit_induk_nama.casefold(),
            self.unor_nama.casefold(),
            self.nama.casefold(),
            self.nip,
        )


def pangkat_golongan(golongan: str | None) -> str:
    if not golongan:
        return ""
    try:
        return format_pangkat_golongan(golongan)
    except DomainError:  # an odd spelling in old master data: show it as it is
        return golongan


def lingkup_unor(session: Session, instansi_id: str, unor_id: str | None) -> list[str]:
    """The unit and the units below it, or every unit of the instansi."""
    if unor_id is not None:
        return unor_di_bawah(session, unor_id)
    query = select(Unor.id).where(Unor.instansi_id == instansi_id, Unor.deleted_at.is_(None))
    return list(session.scalars(query))


def orang_lingkup(session: Session, peta: PetaUnor, unor_ids: Sequence[str]) -> list[OrangLaporan]:
    query = select(
        Pegawai.id,
        Pegawai.nip,
        Pegawai.nama,
        Pegawai.jabatan,
        Pegawai.golongan,
        Pegawai.unor_id,
        Pegawai.jenis_jabatan,
    ).where(Pegawai.unor_id.in_(unor_ids), Pegawai.deleted_at.is_(None))
    hasil = []
    for r in session.execute(query):
        unit = peta.unit_pegawai(r.unor_id, r.jenis_jabatan is JenisJabatan.PIMPINAN)
        hasil.append(
            OrangLaporan(
                id=r.id,
                nip=r.nip,
                nama=r.nama,
                jabatan=r.jabatan,
                pangkat_golongan=pangkat_golongan(r.golongan),
                unor_id=r.unor_id,
                unor_nama=peta.nama.get(r.unor_id, ""),
                unit_induk_id=unit,
                unit_induk_nama=peta.nama.get(unit or "", ""),
            )
        )
    return sorted(hasil, key=OrangLaporan.urutan)


def _populasi(unor_ids: Sequence[str]) -> Select[str]:
    return select(Pegawai.id).where(Pegawai.unor_id.in_(unor_ids), Pegawai.deleted_at.is_(None))


# --- Laporan Rencana SKP Tahunan ---------------------------------------------------------------


@dataclass(frozen=True)
class RencanaSkpRow:
    """One SKP of the year (or a pegawai without any): `id` is the SKP's, else the pegawai's."""

    id: str
    orang: OrangLaporan
    skp_id: str | None
    jenis: JenisSkp | None
    pendekatan: Pendekatan | None
    status: StatusSkp | None
    periode_awal: date | None
    periode_akhir: date | None
    plt_plh: str  # the PLT/PLH jabatan of an SKP PLT/PLH, "" for a definitive SKP
    pejabat_penilai_nama: str
    pejabat_penilai_nip: str
    jumlah_rhk_utama: int
    jumlah_rhk_tambahan: int
    jumlah_iki: int


@dataclass(frozen=True)
class HasilKerjaRow:
    """One IKI (or an RHK without IKI) of an SKP in the report, in the SKP's order."""

    id: str
    skp_id: str
    nip: str
    nama: str
    status: StatusSkp
    nomor_rhk: int
    nomor_iki: int | None
    jenis_rhk: JenisRhk
    klasifikasi: KlasifikasiRhk
    rhk_pimpinan: str
    rhk: str
    iki: str
    target_min: Sel
    target_max: Sel
    satuan: str
    aspek_perspektif: str


@dataclass(frozen=True)
class LaporanRencanaSkp:
    lingkup_nama: str
    tahun: int
    saring_status: StatusSkp | None
    tanpa_skp: bool  # pegawai without an SKP are listed
    pegawai: tuple[RencanaSkpRow, ...]
    hasil_kerja: tuple[HasilKerjaRow, ...]


@dataclass(frozen=True)
class _Skp:
    id: str
    pegawai_id: str
    jenis: JenisSkp
    pendekatan: Pendekatan
    status: StatusSkp
    periode_awal: date
    periode_akhir: date
    plt: str
    penilai: dict[str, str]


def _skp_tahun(session: Session, unor_ids: Sequence[str], tahun: int) -> list[_Skp]:
    query = (
        select(
            Skp.id,
            Skp.pegawai_id,
            Skp.jenis,
            Skp.pendekatan,
            Skp.status,
            Skp.periode_awal,
            Skp.periode_akhir,
            PltPlh.jabatan,
            Skp.snapshot_pejabat_penilai,
        )
        .outerjoin(PltPlh, PltPlh.id == Skp.plt_plh_id)
        .where(Skp.pegawai_id.in_(_populasi(unor_ids)), Skp.tahun == tahun)
        .where(Skp.deleted_at.is_(None))
    )
    return [_Skp(*row[:7], row[7] or "", row[8] or {}) for row in session.execute(query)]


@dataclass(frozen=True)
class _Rhk:
    id: str
    skp_id: str
    jenis: JenisRhk
    klasifikasi: KlasifikasiRhk
    teks: str
    urutan: int
    created_at: datetime
    diintervensi: str | None


@dataclass(frozen=True)
class _Iki:
    id: str
    rhk_id: str
    indikator: str
    target_min: str | None
    target_max: str | None
    satuan: str | None
    perspektif: Perspektif | None
    aspek: Aspek | None


def _isi_skp(
    session: Session, unor_ids: Sequence[str], tahun: int
) -> tuple[dict[str, list[_Rhk]], dict[str, list[_Iki]], dict[str, str]]:
    """Live RHK per SKP of the year in the lingkup (display order), IKI per RHK, and the text
    of the leader RHK they intervene: plain columns, three statements."""
    skp_ids = select(Skp.id).where(
        Skp.pegawai_id.in_(_populasi(unor_ids)), Skp.tahun == tahun, Skp.deleted_at.is_(None)
    )
    rhk: dict[str, list[_Rhk]] = defaultdict(list)
    query = select(
        Rhk.id,
        Rhk.skp_id,
        Rhk.jenis,
        Rhk.klasifikasi,
        Rhk.teks,
        Rhk.urutan,
        Rhk.created_at,
        Rhk.rhk_diintervensi_id,
    ).where(Rhk.skp_id.in_(skp_ids), Rhk.deleted_at.is_(None))
    for row in session.execute(query):
        rhk[row.skp_id].append(_Rhk(*row))
    for daftar in rhk.values():
        daftar.sort(key=lambda r: (r.jenis is not JenisRhk.UTAMA, r.urutan, r.created_at))
    iki: dict[str, list[_Iki]] = defaultdict(list)
    query_iki = (
        select(
            Iki.id,
            Iki.rhk_id,
            Iki.indikator,
            Iki.target_min,
            Iki.target_max,
            Iki.satuan,
            Iki.perspektif,
            Iki.aspek,
        )
        .join(Rhk, Rhk.id == Iki.rhk_id)
        .where(Rhk.skp_id.in_(skp_ids), Iki.deleted_at.is_(None), Rhk.deleted_at.is_(None))
        .order_by(Iki.urutan, Iki.created_at)
    )
    for baris in session.execute(query_iki):
        iki[baris.rhk_id].append(_Iki(*baris))
    leader = aliased(Rhk)
    query_leader = (
        select(leader.id, leader.teks)
        .join(Rhk, Rhk.rhk_diintervensi_id == leader.id)
        .where(Rhk.skp_id.in_(skp_ids), Rhk.deleted_at.is_(None), leader.deleted_at.is_(None))
        .distinct()
    )
    teks = {id_: t for id_, t in session.execute(query_leader)}
    return rhk, iki, teks


def laporan_rencana_skp(
    session: Session,
    instansi_id: str,
    unor_id: str | None,
    lingkup_nama: str,
    tahun: int,
    saring_status: StatusSkp | None = None,
    tanpa_skp: bool = True,
) -> LaporanRencanaSkp:
    """Every SKP of the year in the lingkup (filtered by status), with its RHK and IKI."""
    peta = peta_unor(session, instansi_id)
    unor_ids = lingkup_unor(session, instansi_id, unor_id)
    orang = orang_lingkup(session, peta, unor_ids)
    per_pegawai: dict[str, list[_Skp]] = defaultdict(list)
    for s in _skp_tahun(session, unor_ids, tahun):
        if saring_status is None or s.status is saring_status:
            per_pegawai[s.pegawai_id].append(s)
    rhk, iki, leader = _isi_skp(session, unor_ids, tahun)
    baris: list[RencanaSkpRow] = []
    hasil: list[HasilKerjaRow] = []
    for o in orang:
        skps = sorted(per_pegawai.get(o.id, ()), key=lambda s: (s.plt != "", s.periode_awal))
        if not skps and tanpa_skp:
            baris.append(_tanpa_skp(o))
        for s in skps:
            daftar = rhk.get(s.id, [])
            baris.append(_baris_rencana(o, s, daftar, iki))
            hasil.extend(_baris_hasil_kerja(o, s, daftar, iki, leader))
    return LaporanRencanaSkp(
        lingkup_nama, tahun, saring_status, tanpa_skp, tuple(baris), tuple(hasil)
    )


def _tanpa_skp(o: OrangLaporan) -> RencanaSkpRow:
    return RencanaSkpRow(o.id, o, None, None, None, None, None, None, "", "", "", 0, 0, 0)


def _baris_rencana(
    o: OrangLaporan, s: _Skp, rhk: Sequence[_Rhk], iki: dict[str, list[_Iki]]
) -> RencanaSkpRow:
    return RencanaSkpRow(
        id=s.id,
        orang=o,
        skp_id=s.id,
        jenis=s.jenis,
        pendekatan=s.pendekatan,
        status=s.status,
        periode_awal=s.periode_awal,
        periode_akhir=s.periode_akhir,
        plt_plh=s.plt,
        pejabat_penilai_nama=s.penilai.get("nama", ""),
        pejabat_penilai_nip=s.penilai.get("nip", ""),
        jumlah_rhk_utama=sum(1 for r in rhk if r.jenis is JenisRhk.UTAMA),
        jumlah_rhk_tambahan=sum(1 for r in rhk if r.jenis is JenisRhk.TAMBAHAN),
        jumlah_iki=sum(len(iki.get(r.id, ())) for r in rhk),
    )


def _baris_hasil_kerja(
    o: OrangLaporan,
    s: _Skp,
    rhk: Sequence[_Rhk],
    iki: dict[str, list[_Iki]],
    leader: dict[str, str],
) -> Iterable[HasilKerjaRow]:
    for nomor, r in enumerate(rhk, start=1):
        daftar: Sequence[_Iki | None] = iki.get(r.id) or [None]
        for urut, i in enumerate(daftar, start=1):
            kategori = (i.perspektif if s.jenis is JenisSkp.JPT else i.aspek) if i else None
            yield HasilKerjaRow(
                id=i.id if i else r.id,
                skp_id=s.id,
                nip=o.nip,
                nama=o.nama,
                status=s.status,
                nomor_rhk=nomor,
                nomor_iki=urut if i else None,
                jenis_rhk=r.jenis,
                klasifikasi=r.klasifikasi,
                rhk_pimpinan=leader.get(r.diintervensi or "", ""),
                rhk=r.teks,
                iki=i.indikator if i else "",
                target_min=nilai_target(i.target_min) if i else None,
                target_max=nilai_target(i.target_max) if i else None,
                satuan=(i.satuan or "") if i else "",
                aspek_perspektif=label_enum(kategori),
            )


# --- Laporan Penilaian SKP ---------------------------------------------------------------------


@dataclass(frozen=True)
class PenilaianSkpRow:
    """One SKP meeting the period (or a pegawai without any): ratings and predikat."""

    id: str
    orang: OrangLaporan
    skp_id: str | None
    plt_plh: str
    status_skp: StatusSkp | None
    pejabat_penilai_nama: str
    pejabat_penilai_nip: str
    periode_ditambahkan: bool  # "Tambah Periode Penilaian" was done for this period
    rating_hasil_kerja: Rating | None
    rating_perilaku_kerja: Rating | None
    predikat: Predikat | None
    dinilai_pada: datetime | None
    capaian_organisasi: CapaianOrganisasi | None
    status: StatusRekap

    def urutan_pilihan(self) -> tuple[bool, bool, bool, bool]:
        """Which row stands for the pegawai in the summary (as the rekap picks its SKP)."""
        return (
            self.plt_plh == "",
            self.predikat is not None,
            self.status_skp is StatusSkp.PERSETUJUAN,
            self.periode_ditambahkan,
        )


@dataclass(frozen=True)
class RingkasanRow:
    """The statistics line of one unit kerja induk (S003 2.5), with its capaian."""

    id: str
    unit_induk_nama: str
    capaian_organisasi: CapaianOrganisasi | None
    jumlah_pegawai: int
    jumlah_dinilai: int
    jumlah: dict[Predikat, int]


@dataclass(frozen=True)
class LaporanPenilaianSkp:
    lingkup_nama: str
    periode: PeriodeRow
    rows: tuple[PenilaianSkpRow, ...]
    ringkasan: tuple[RingkasanRow, ...]


def laporan_penilaian_skp(
    session: Session,
    instansi_id: str,
    unor_id: str | None,
    lingkup_nama: str,
    periode: PeriodeRow,
) -> LaporanPenilaianSkp:
    peta = peta_unor(session, instansi_id)
    unor_ids = lingkup_unor(session, instansi_id, unor_id)
    orang = orang_lingkup(session, peta, unor_ids)
    capaian = _capaian(session, periode.id)
    per_pegawai: dict[str, list[_Penilaian]] = defaultdict(list)
    for r in _penilaian(session, unor_ids, periode):
        per_pegawai[r.pegawai_id].append(r)
    rows: list[PenilaianSkpRow] = []
    wakil: list[PenilaianSkpRow] = []
    for o in orang:
        daftar = [_baris_penilaian(o, r, capaian) for r in per_pegawai.get(o.id, ())]
        if not daftar:
            daftar = [_tanpa_skp_penilaian(o, capaian)]
        daftar.sort(key=lambda r: r.plt_plh != "")
        rows.extend(daftar)
        wakil.append(max(daftar, key=PenilaianSkpRow.urutan_pilihan))
    return LaporanPenilaianSkp(lingkup_nama, periode, tuple(rows), _ringkasan(wakil, peta, capaian))


@dataclass(frozen=True)
class _Penilaian:
    skp_id: str
    pegawai_id: str
    status: StatusSkp
    plt: str
    penilai: dict[str, str]
    pp_id: str | None
    hasil: Rating | None
    perilaku: Rating | None
    dinilai_pada: datetime | None


def _penilaian(session: Session, unor_ids: Sequence[str], p: PeriodeRow) -> list[_Penilaian]:
    query = (
        select(
            Skp.id,
            Skp.pegawai_id,
            Skp.status,
            Skp.snapshot_pejabat_penilai,
            PltPlh.jabatan,
            PeriodePenilaian.id.label("pp_id"),
            PenilaianPeriode.rating_hasil_kerja,
            PenilaianPeriode.rating_perilaku_kerja,
            PenilaianPeriode.dinilai_pada,
        )
        .outerjoin(PltPlh, PltPlh.id == Skp.plt_plh_id)
        .outerjoin(
            PeriodePenilaian,
            and_(
                PeriodePenilaian.skp_id == Skp.id,
                PeriodePenilaian.periode_id == p.id,
                PeriodePenilaian.deleted_at.is_(None),
            ),
        )
        .outerjoin(
            PenilaianPeriode,
            and_(
                PenilaianPeriode.periode_penilaian_id == PeriodePenilaian.id,
                PenilaianPeriode.deleted_at.is_(None),
            ),
        )
        .where(
            Skp.pegawai_id.in_(_populasi(unor_ids)),
            Skp.deleted_at.is_(None),
            Skp.tahun == p.tahun,
            Skp.periode_awal <= p.akhir,
            Skp.periode_akhir >= p.awal,
        )
    )
    per_skp: dict[str, _Penilaian] = {}
    for r in session.execute(query):
        calon = _Penilaian(
            r.id,
            r.pegawai_id,
            r.status,
            r.jabatan or "",
            r.snapshot_pejabat_penilai or {},
            r.pp_id,
            r.rating_hasil_kerja,
            r.rating_perilaku_kerja,
            r.dinilai_pada,
        )
        lama = per_skp.get(r.id)
        # A duplicated period row must not make two report rows: the rated one wins.
        if lama is None or (calon.hasil and calon.perilaku and not (lama.hasil and lama.perilaku)):
            per_skp[r.id] = calon
    return list(per_skp.values())


def _capaian(session: Session, periode_id: str) -> dict[str, CapaianOrganisasi]:
    query = select(CapaianOrganisasiUnor.unor_id, CapaianOrganisasiUnor.capaian).where(
        CapaianOrganisasiUnor.periode_id == periode_id,
        CapaianOrganisasiUnor.deleted_at.is_(None),
    )
    return {unor_id: capaian for unor_id, capaian in session.execute(query)}


def _baris_penilaian(
    o: OrangLaporan, r: _Penilaian, capaian: dict[str, CapaianOrganisasi]
) -> PenilaianSkpRow:
    predikat = predikat_kinerja(r.hasil, r.perilaku) if r.hasil and r.perilaku else None
    if predikat is not None:
        status = StatusRekap.DINILAI
    elif r.status is StatusSkp.PERSETUJUAN:
        status = StatusRekap.BELUM_DINILAI
    else:
        status = StatusRekap.SKP_BELUM_DISETUJUI
    return PenilaianSkpRow(
        id=r.skp_id,
        orang=o,
        skp_id=r.skp_id,
        plt_plh=r.plt,
        status_skp=r.status,
        pejabat_penilai_nama=r.penilai.get("nama", ""),
        pejabat_penilai_nip=r.penilai.get("nip", ""),
        periode_ditambahkan=r.pp_id is not None,
        rating_hasil_kerja=r.hasil,
        rating_perilaku_kerja=r.perilaku,
        predikat=predikat,
        dinilai_pada=r.dinilai_pada if predikat is not None else None,
        capaian_organisasi=capaian.get(o.unit_induk_id or ""),
        status=status,
    )


def _tanpa_skp_penilaian(o: OrangLaporan, capaian: dict[str, CapaianOrganisasi]) -> PenilaianSkpRow:
    return PenilaianSkpRow(
        id=o.id,
        orang=o,
        skp_id=None,
        plt_plh="",
        status_skp=None,
        pejabat_penilai_nama="",
        pejabat_penilai_nip="",
        periode_ditambahkan=False,
        rating_hasil_kerja=None,
        rating_perilaku_kerja=None,
        predikat=None,
        dinilai_pada=None,
        capaian_organisasi=capaian.get(o.unit_induk_id or ""),
        status=StatusRekap.BELUM_ADA_SKP,
    )


def _ringkasan(
    wakil: Sequence[PenilaianSkpRow], peta: PetaUnor, capaian: dict[str, CapaianOrganisasi]
) -> tuple[RingkasanRow, ...]:
    """One line per unit kerja induk: each pegawai once, by their definitive SKP (PLT/PLH SKPs
    stay out of the distribution, as in the rekap)."""
    per_unit: dict[str, list[PenilaianSkpRow]] = defaultdict(list)
    for r in wakil:
        per_unit[r.orang.unit_induk_id or ""].append(r)
    hasil = []
    for unit, rows in per_unit.items():
        definitif = [r for r in rows if r.plt_plh == ""]
        jumlah = Counter(r.predikat for r in definitif if r.predikat is not None)
        hasil.append(
            RingkasanRow(
                id=unit,
                unit_induk_nama=peta.nama.get(unit, ""),
                capaian_organisasi=capaian.get(unit),
                jumlah_pegawai=len(rows),
                jumlah_dinilai=sum(jumlah.values()),
                jumlah={p: jumlah.get(p, 0) for p in reversed(PREDIKAT_URUTAN)},
            )
        )
    return tuple(sorted(hasil, key=lambda r: r.unit_induk_nama.casefold()))
