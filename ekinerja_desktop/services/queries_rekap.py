"""Read models of the rekap penilaian bawahan and the kurva (S000 3.2.2, domain.md §5–§6).

Who is counted (project choice, written down because no guide says it exactly):
- A *unit kerja induk* is a unor that others name as their unor induk, a mandiri unor, a unor
  without an induk, or a JPT unit (its `jenis` starts with "JPT"). Capaian organisasi is set
  per unit kerja induk (S003 2.5: "Unit Kerja JPT / Mandiri").
- Every pegawai belongs to exactly one unit kerja induk: the unit of their unor (the unor itself
  when it is a unit induk, else its unor induk). The head of a unit induk (jenis jabatan
  Pimpinan in that very unor) is counted in the unit above instead: a JPT is rated by their own
  superior, so they are part of that superior's distribution, not of their own (S000 3.2.2:
  "seluruh pegawai bawahan dalam Unit Kerja").
- *Bawahan langsung* of a pejabat penilai: pegawai whose atasan is that person, plus the owners
  of the year's definitive SKPs that name that person as pejabat penilai.
Each counted pegawai gives one rekap row, rated or not, so "x dari N belum dinilai" and the
statistics line of the capaian organisasi count the same people the table shows.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    PREDIKAT_URUTAN,
    CapaianOrganisasi,
    DomainError,
    JenisJabatan,
    JenisPeriode,
    Predikat,
    Rating,
    StatusCapaian,
    StatusSkp,
    cek_pola_distribusi,
    distribusi_aktual,
    kurva_ideal,
    predikat_kinerja,
)
from ekinerja_desktop.errors import NotFoundError
from ekinerja_desktop.models import (
    CapaianOrganisasiUnor,
    KurvaIdealInstansi,
    Pegawai,
    PenilaianPeriode,
    Periode,
    PeriodePenilaian,
    Skp,
    Unor,
)

log = logging.getLogger(__name__)


class JenisCakupan(StrEnum):
    BAWAHAN = "BAWAHAN"  # the direct subordinates of one pejabat penilai
    UNIT = "UNIT"  # every pegawai of one unit kerja induk


class StatusRekap(StrEnum):
    """Why a row has (no) predikat; the views word it."""

    DINILAI = "DINILAI"
    BELUM_DINILAI = "BELUM_DINILAI"
    SKP_BELUM_DISETUJUI = "SKP_BELUM_DISETUJUI"
    BELUM_ADA_SKP = "BELUM_ADA_SKP"


@dataclass(frozen=True)
class Cakupan:
    jenis: JenisCakupan
    id: str  # the pejabat penilai's pegawai id, or the unit kerja induk's unor id
    nama: str  # the pejabat penilai's name, or the unit's name


@dataclass(frozen=True)
class PeriodeRow:
    id: str
    tahun: int
    nomor: int
    nama: str
    awal: date
    akhir: date
    batas_pengisian: date
    jenis: JenisPeriode


@dataclass(frozen=True)
class UnitRow:
    id: str
    nama: str
    jenis: str


@dataclass(frozen=True)
class RekapRow:
    """One pegawai in a rekap; `id` is the pegawai id (one row per pegawai)."""

    id: str
    nip: str
    nama: str
    jabatan: str
    unor_nama: str
    skp_id: str | None
    periode_penilaian_id: str | None
    penilaian_id: str | None
    rating_hasil_kerja: Rating | None
    rating_perilaku_kerja: Rating | None
    predikat: Predikat | None
    dinilai_pada: datetime | None
    status: StatusRekap


@dataclass(frozen=True)
class RekapData:
    cakupan: Cakupan
    periode: PeriodeRow
    rows: tuple[RekapRow, ...]


@dataclass(frozen=True)
class Statistik:
    """The numbers of the capaian organisasi statistics line (S003 2.5)."""

    jumlah_pegawai: int
    jumlah: Mapping[Predikat, int]

    @property
    def jumlah_dinilai(self) -> int:
        return sum(self.jumlah.values())

    @property
    def belum_dinilai(self) -> int:
        return self.jumlah_pegawai - self.jumlah_dinilai


@dataclass(frozen=True)
class KurvaData:
    """The red (ideal) and green (actual) curves of one cakupan in one period."""

    cakupan: Cakupan
    periode: PeriodeRow
    unit_induk: UnitRow | None
    capaian_id: str | None
    capaian: CapaianOrganisasi | None
    status_capaian: StatusCapaian | None
    ideal: Mapping[Predikat, float] | None  # None while the capaian is not set
    statistik: Statistik
    peringatan: tuple[str, ...] = ()
    aktual: Mapping[Predikat, float] = field(default_factory=dict)

    @property
    def jumlah(self) -> Mapping[Predikat, int]:
        return self.statistik.jumlah

    @property
    def jumlah_pegawai(self) -> int:
        return self.statistik.jumlah_pegawai

    @property
    def jumlah_dinilai(self) -> int:
        return self.statistik.jumlah_dinilai

    @property
    def belum_dinilai(self) -> int:
        return self.statistik.belum_dinilai

    def jumlah_ideal(self, predikat: Predikat) -> float:
        """How many pegawai the ideal share stands for in this cakupan (not rounded)."""
        return 0.0 if self.ideal is None else self.ideal[predikat] * self.jumlah_pegawai


# --- units -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PetaUnor:
    """The unor tree of an instansi, enough to place every pegawai in its unit kerja induk."""

    nama: Mapping[str, str]
    induk: Mapping[str, str | None]
    unit_induk: frozenset[str]
    jenis: Mapping[str, str]

    def unit_dari_unor(self, unor_id: str) -> str | None:
        """The unit kerja induk a unor belongs to."""
        if unor_id in self.unit_induk:
            return unor_id
        return self.induk.get(unor_id)

    def unit_pegawai(self, unor_id: str, pimpinan: bool) -> str | None:
        """The unit kerja induk whose distribution counts this pegawai (its head: the one above)."""
        if pimpinan and unor_id in self.unit_induk:
            induk = self.induk.get(unor_id)
            return induk if induk != unor_id else None
        return self.unit_dari_unor(unor_id)

    def unor_calon(self, unit_ids: Iterable[str]) -> set[str]:
        """Unors whose pegawai may count in one of these units (members, or heads of units
        directly below)."""
        units = set(unit_ids)
        return {
            u
            for u in self.nama
            if self.unit_dari_unor(u) in units or (u in self.unit_induk and self.induk[u] in units)
        }


def peta_unor(session: Session, instansi_id: str) -> PetaUnor:
    rows = session.execute(
        select(Unor.id, Unor.nama, Unor.unor_induk_id, Unor.mandiri, Unor.jenis).where(
            Unor.instansi_id == instansi_id, Unor.deleted_at.is_(None)
        )
    ).all()
    punya_anak = {r.unor_induk_id for r in rows if r.unor_induk_id and r.unor_induk_id != r.id}
    unit_induk = frozenset(
        r.id
        for r in rows
        if r.unor_induk_id in (None, r.id)
        or r.mandiri
        or r.id in punya_anak
        or (r.jenis or "").upper().startswith("JPT")
    )
    return PetaUnor(
        nama={r.id: r.nama for r in rows},
        induk={r.id: r.unor_induk_id for r in rows},
        unit_induk=unit_induk,
        jenis={r.id: r.jenis or "" for r in rows},
    )


def daftar_unit_induk(session: Session, instansi_id: str) -> list[UnitRow]:
    peta = peta_unor(session, instansi_id)
    units = [UnitRow(u, peta.nama[u], peta.jenis[u]) for u in peta.unit_induk]
    return sorted(units, key=lambda u: u.nama.casefold())


def instansi_pegawai(session: Session, pegawai_id: str) -> str:
    instansi_id = session.scalar(select(Pegawai.instansi_id).where(Pegawai.id == pegawai_id))
    if instansi_id is None:
        raise NotFoundError("Pegawai tidak ditemukan (mungkin sudah dihapus).")
    return instansi_id


# --- periods -----------------------------------------------------------------------------------


def _periode_row(p: Periode) -> PeriodeRow:
    return PeriodeRow(p.id, p.tahun, p.nomor, p.nama, p.awal, p.akhir, p.batas_pengisian, p.jenis)


def daftar_periode(session: Session, instansi_id: str) -> list[PeriodeRow]:
    """The instansi's periods, the latest year first, in their own order within a year."""
    query = (
        select(Periode)
        .where(Periode.instansi_id == instansi_id, Periode.deleted_at.is_(None))
        .order_by(Periode.tahun.desc(), Periode.nomor)
    )
    return [_periode_row(p) for p in session.scalars(query)]


def periode(session: Session, periode_id: str) -> PeriodeRow:
    p = session.get(Periode, periode_id)
    if p is None or p.deleted_at is not None:
        raise NotFoundError("Periode penilaian tidak ditemukan (mungkin sudah dihapus).")
    return _periode_row(p)


def periode_terakhir_dinilai(session: Session, instansi_id: str) -> str | None:
    """The period with the latest end among those holding any predikat: what a pimpinan most
    likely wants to see first."""
    query = (
        select(Periode.id)
        .join(PeriodePenilaian, PeriodePenilaian.periode_id == Periode.id)
        .join(PenilaianPeriode, PenilaianPeriode.periode_penilaian_id == PeriodePenilaian.id)
        .where(
            Periode.instansi_id == instansi_id,
            Periode.deleted_at.is_(None),
            PenilaianPeriode.predikat.is_not(None),
            PenilaianPeriode.deleted_at.is_(None),
        )
        .order_by(Periode.akhir.desc(), Periode.nomor.desc())
        .limit(1)
    )
    return session.scalar(query)


# --- who may see what --------------------------------------------------------------------------


def cakupan_aktor(session: Session, pegawai_id: str, is_admin: bool) -> list[Cakupan]:
    """The rekap/kurva scopes of a user: their direct subordinates (if they rate anyone), the
    unit kerja induk they head, and every unit for an admin."""
    pegawai = session.get(Pegawai, pegawai_id)
    if pegawai is None or pegawai.deleted_at is not None:
        return []
    hasil: list[Cakupan] = []
    if _menilai_seseorang(session, pegawai_id):
        hasil.append(Cakupan(JenisCakupan.BAWAHAN, pegawai.id, pegawai.nama))
    peta = peta_unor(session, pegawai.instansi_id)
    if is_admin:
        units = [u.id for u in daftar_unit_induk(session, pegawai.instansi_id)]
    elif pegawai.jenis_jabatan is JenisJabatan.PIMPINAN and pegawai.unor_id in peta.unit_induk:
        units = [pegawai.unor_id]
    else:
        units = []
    # The pimpinan's own unit first, then the others by name.
    units.sort(key=lambda u: (u != pegawai.unor_id, peta.nama[u].casefold()))
    hasil.extend(Cakupan(JenisCakupan.UNIT, u, peta.nama[u]) for u in units)
    return hasil


def _menilai_seseorang(session: Session, pegawai_id: str) -> bool:
    bawahan = select(Pegawai.id).where(
        Pegawai.atasan_id == pegawai_id, Pegawai.deleted_at.is_(None)
    )
    skp = select(Skp.id).where(Skp.pejabat_penilai_id == pegawai_id, Skp.deleted_at.is_(None))
    return session.scalar(bawahan.limit(1)) is not None or session.scalar(skp.limit(1)) is not None


# --- the rekap ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Orang:
    id: str
    nip: str
    nama: str
    jabatan: str
    unor_id: str
    unit_id: str | None


@dataclass(frozen=True)
class _SkpPilihan:
    skp_id: str
    pegawai_id: str
    status: StatusSkp
    jabatan: str | None
    periode_awal: date
    pp_id: str | None
    penilaian_id: str | None
    hasil: Rating | None
    perilaku: Rating | None
    dinilai_pada: datetime | None

    def urutan(self) -> tuple[bool, bool, bool, date]:
        """The SKP a row shows when a pegawai has several: rated, approved, with the period."""
        dinilai = self.hasil is not None and self.perilaku is not None
        disetujui = self.status is StatusSkp.PERSETUJUAN
        return (dinilai, disetujui, self.pp_id is not None, self.periode_awal)


def muat_rekap(session: Session, cakupan: Cakupan, periode_id: str) -> RekapData:
    """One row per counted pegawai of the cakupan, with their ratings of the period."""
    p = periode(session, periode_id)
    rows = _rekap_units(session, cakupan, p)
    return RekapData(cakupan, p, tuple(rows.get(cakupan.id, ())))


def _rekap_units(
    session: Session, cakupan: Cakupan, p: PeriodeRow, unit_ids: Sequence[str] | None = None
) -> dict[str, list[RekapRow]]:
    """Rows grouped by unit id (UNIT: `unit_ids`, or the cakupan's unit) or under the pejabat
    penilai's id (BAWAHAN)."""
    instansi_id = session.scalar(select(Periode.instansi_id).where(Periode.id == p.id))
    assert instansi_id is not None
    peta = peta_unor(session, instansi_id)
    if cakupan.jenis is JenisCakupan.BAWAHAN:
        saring_skp: ColumnElement[bool] = Skp.pejabat_penilai_id == cakupan.id
        populasi = or_(
            Pegawai.atasan_id == cakupan.id,
            Pegawai.id.in_(_skp_tahun(p).where(saring_skp).with_only_columns(Skp.pegawai_id)),
        )
        orang = _orang(session, populasi, peta)
        kelompok = {cakupan.id: orang}
    else:
        units = set(unit_ids) if unit_ids is not None else {cakupan.id}
        populasi = Pegawai.unor_id.in_(sorted(peta.unor_calon(units)))
        saring_skp = Skp.pegawai_id.in_(select(Pegawai.id).where(populasi))
        orang = [o for o in _orang(session, populasi, peta) if o.unit_id in units]
        kelompok = {u: [] for u in units}
        for o in orang:
            kelompok[o.unit_id or ""].append(o)
    skp = _skp_terpilih(session, p, saring_skp)
    return {
        k: sorted((_baris(o, skp.get(o.id), peta) for o in anggota), key=_urut_baris)
        for k, anggota in kelompok.items()
    }


def _orang(session: Session, populasi: ColumnElement[bool], peta: PetaUnor) -> list[_Orang]:
    query = select(
        Pegawai.id,
        Pegawai.nip,
        Pegawai.nama,
        Pegawai.jabatan,
        Pegawai.unor_id,
        Pegawai.jenis_jabatan,
    ).where(populasi, Pegawai.deleted_at.is_(None))
    return [
        _Orang(
            r.id,
            r.nip,
            r.nama,
            r.jabatan,
            r.unor_id,
            peta.unit_pegawai(r.unor_id, r.jenis_jabatan is JenisJabatan.PIMPINAN),
        )
        for r in session.execute(query)
    ]


def _skp_tahun(p: PeriodeRow) -> Select[Skp]:
    """Definitive SKPs of the period's year whose span meets the period (PLT/PLH SKPs are
    evaluated on their own and stay out of the distribution)."""
    return select(Skp).where(*_syarat_skp(p))


def _syarat_skp(p: PeriodeRow) -> tuple[ColumnElement[bool], ...]:
    return (
        Skp.deleted_at.is_(None),
        Skp.plt_plh_id.is_(None),
        Skp.tahun == p.tahun,
        Skp.periode_awal <= p.akhir,
        Skp.periode_akhir >= p.awal,
    )


def _skp_terpilih(
    session: Session, p: PeriodeRow, saring: ColumnElement[bool]
) -> dict[str, _SkpPilihan]:
    query = (
        select(
            Skp.id,
            Skp.pegawai_id,
            Skp.status,
            # Only the jabatan of the snapshot, extracted by the database: decoding
            # thousands of JSON documents in Python was half the time of a large rekap.
            Skp.snapshot_pegawai["jabatan"].as_string().label("jabatan"),
            Skp.periode_awal,
            PeriodePenilaian.id.label("pp_id"),
            PenilaianPeriode.id.label("penilaian_id"),
            PenilaianPeriode.rating_hasil_kerja,
            PenilaianPeriode.rating_perilaku_kerja,
            PenilaianPeriode.dinilai_pada,
        )
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
        .where(*_syarat_skp(p), saring)
    )
    terpilih: dict[str, _SkpPilihan] = {}
    for r in session.execute(query):
        calon = _SkpPilihan(
            r.id,
            r.pegawai_id,
            r.status,
            r.jabatan,
            r.periode_awal,
            r.pp_id,
            r.penilaian_id,
            r.rating_hasil_kerja,
            r.rating_perilaku_kerja,
            r.dinilai_pada,
        )
        lama = terpilih.get(r.pegawai_id)
        if lama is None or calon.urutan() > lama.urutan():
            terpilih[r.pegawai_id] = calon
    return terpilih


def _baris(o: _Orang, skp: _SkpPilihan | None, peta: PetaUnor) -> RekapRow:
    unor_nama = peta.nama.get(o.unor_id, "")
    if skp is None:
        return RekapRow(
            id=o.id,
            nip=o.nip,
            nama=o.nama,
            jabatan=o.jabatan,
            unor_nama=unor_nama,
            skp_id=None,
            periode_penilaian_id=None,
            penilaian_id=None,
            rating_hasil_kerja=None,
            rating_perilaku_kerja=None,
            predikat=None,
            dinilai_pada=None,
            status=StatusRekap.BELUM_ADA_SKP,
        )
    hasil, perilaku = skp.hasil, skp.perilaku
    # The predikat is always the S002 matrix of the two ratings shown beside it.
    predikat = predikat_kinerja(hasil, perilaku) if hasil and perilaku else None
    if predikat is not None:
        status = StatusRekap.DINILAI
    elif skp.status is StatusSkp.PERSETUJUAN:
        status = StatusRekap.BELUM_DINILAI
    else:
        status = StatusRekap.SKP_BELUM_DISETUJUI
    return RekapRow(
        id=o.id,
        nip=o.nip,
        nama=o.nama,
        jabatan=skp.jabatan or o.jabatan,
        unor_nama=unor_nama,
        skp_id=skp.skp_id,
        periode_penilaian_id=skp.pp_id,
        penilaian_id=skp.penilaian_id,
        rating_hasil_kerja=hasil,
        rating_perilaku_kerja=perilaku,
        predikat=predikat,
        dinilai_pada=skp.dinilai_pada if predikat is not None else None,
        status=status,
    )


def _urut_baris(row: RekapRow) -> tuple[str, str]:
    return (row.nama.casefold(), row.nip)


# --- statistics and the kurva ------------------------------------------------------------------


def statistik(rows: Iterable[RekapRow]) -> Statistik:
    jumlah = dict.fromkeys(PREDIKAT_URUTAN, 0)
    n = 0
    for row in rows:
        n += 1
        if row.predikat is not None:
            jumlah[row.predikat] += 1
    return Statistik(n, jumlah)


def statistik_units(
    session: Session, periode_id: str, unit_ids: Sequence[str]
) -> dict[str, Statistik]:
    """The statistics line of several units at once (the capaian organisasi list)."""
    if not unit_ids:
        return {}
    p = periode(session, periode_id)
    semua = Cakupan(JenisCakupan.UNIT, unit_ids[0], "")
    rows = _rekap_units(session, semua, p, unit_ids)
    return {u: statistik(rows.get(u, ())) for u in unit_ids}


def unit_induk_cakupan(session: Session, cakupan: Cakupan) -> UnitRow | None:
    """The unit whose capaian organisasi sets the ideal curve: the unit itself, or the unit
    kerja induk of the pejabat penilai's own unor."""
    if cakupan.jenis is JenisCakupan.UNIT:
        unor = session.get(Unor, cakupan.id)
        return UnitRow(unor.id, unor.nama, unor.jenis or "") if unor else None
    pegawai = session.get(Pegawai, cakupan.id)
    if pegawai is None:
        return None
    peta = peta_unor(session, pegawai.instansi_id)
    unit = peta.unit_dari_unor(pegawai.unor_id)
    if unit is None or unit not in peta.nama:
        return None
    return UnitRow(unit, peta.nama[unit], peta.jenis[unit])


def capaian_unit(session: Session, unor_id: str, periode_id: str) -> CapaianOrganisasiUnor | None:
    return session.scalar(
        select(CapaianOrganisasiUnor).where(
            CapaianOrganisasiUnor.unor_id == unor_id,
            CapaianOrganisasiUnor.periode_id == periode_id,
            CapaianOrganisasiUnor.deleted_at.is_(None),
        )
    )


def kurva_ideal_instansi(
    session: Session, instansi_id: str
) -> dict[CapaianOrganisasi, dict[Predikat, float]]:
    """The admin's override rows of the ideal curve (KurvaIdealInstansi), keyed by capaian."""
    rows = session.scalars(
        select(KurvaIdealInstansi).where(
            KurvaIdealInstansi.instansi_id == instansi_id,
            KurvaIdealInstansi.deleted_at.is_(None),
        )
    )
    hasil: dict[CapaianOrganisasi, dict[Predikat, float]] = {}
    for row in rows:
        porsi = row.porsi or {}
        hasil[row.capaian] = {p: float(porsi.get(p.value, 0.0)) for p in Predikat}
    return hasil


def kurva_dari_rekap(session: Session, rekap: RekapData) -> KurvaData:
    stat = statistik(rekap.rows)
    unit = unit_induk_cakupan(session, rekap.cakupan)
    record = capaian_unit(session, unit.id, rekap.periode.id) if unit else None
    capaian = record.capaian if record else None
    ideal: dict[Predikat, float] | None = None
    peringatan: list[str] = []
    if capaian is not None:
        ideal, catatan = _ideal(session, rekap.periode.id, capaian)
        peringatan.extend(catatan)
        peringatan.extend(cek_pola_distribusi(capaian, stat.jumlah))
    return KurvaData(
        cakupan=rekap.cakupan,
        periode=rekap.periode,
        unit_induk=unit,
        capaian_id=record.id if record else None,
        capaian=capaian,
        status_capaian=record.status if record else None,
        ideal=ideal,
        statistik=stat,
        peringatan=tuple(peringatan),
        aktual=distribusi_aktual(stat.jumlah),
    )


def _ideal(
    session: Session, periode_id: str, capaian: CapaianOrganisasi
) -> tuple[dict[Predikat, float], list[str]]:
    """The instansi's ideal row, or the default one (with a warning) when the override is bad."""
    instansi_id = session.scalar(select(Periode.instansi_id).where(Periode.id == periode_id))
    override = kurva_ideal_instansi(session, instansi_id) if instansi_id else {}
    try:
        return kurva_ideal(capaian, override), []
    except DomainError as error:
        log.warning("ideal curve override of instansi %s ignored: %s", instansi_id, error)
        return kurva_ideal(capaian), [f"{error} Kurva ideal bawaan aplikasi dipakai."]


def muat_kurva(session: Session, cakupan: Cakupan, periode_id: str) -> KurvaData:
    return kurva_dari_rekap(session, muat_rekap(session, cakupan, periode_id))


# --- the choosers of the rekap and kurva pages ------------------------------------------------


@dataclass(frozen=True)
class PilihanRekap:
    """What the rekap and kurva pages offer a user: scopes, periods, the period shown first."""

    cakupan: tuple[Cakupan, ...]
    periode: tuple[PeriodeRow, ...]
    periode_awal: str | None


def pilihan_rekap(
    session: Session, pegawai_id: str, is_admin: bool, hari_ini: date
) -> PilihanRekap:
    """The latest period holding a predikat comes first, else the periodic period of today."""
    cakupan = tuple(cakupan_aktor(session, pegawai_id, is_admin))
    instansi_id = session.scalar(select(Pegawai.instansi_id).where(Pegawai.id == pegawai_id))
    if instansi_id is None:
        return PilihanRekap(cakupan, (), None)
    semua = tuple(daftar_periode(session, instansi_id))
    awal = periode_terakhir_dinilai(session, instansi_id)
    if awal is None:
        hari_ini_p = [
            p for p in semua if p.awal <= hari_ini <= p.akhir and p.jenis is JenisPeriode.PERIODIK
        ]
        awal = hari_ini_p[0].id if hari_ini_p else (semua[0].id if semua else None)
    return PilihanRekap(cakupan, semua, awal)
