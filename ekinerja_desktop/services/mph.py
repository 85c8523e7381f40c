"""Matriks Peran Hasil (MPH, S000 2.6.1, S001 "peran hasil", S003 2.11).

The matrix of a leader: columns are the leader's IKI grouped under their RHK (an RHK of a
kualitatif SKP, or one without IKI, is a column itself); rows are the pegawai of the unit (for a
JPT/pimpinan: the unit and every unit below it) or of the team (for a ketua tim: the anggota);
a cell lists the RHK of that pegawai which intervene the column's RHK.

RHK intervene an RHK (`Rhk.rhk_diintervensi_id`), not one IKI, so a pegawai's RHK fills every
IKI column of the RHK it intervenes: `BarisMph.peran` is kept per RHK group and the grid draws
one cell across the group's IKI columns. A pegawai's RHK that reaches the leader through
another RHK (staf → ketua tim → JPT) is shown too, marked as indirect with the RHK it goes
through: for a JPT that is how the whole unit's contribution shows. Pegawai of other units
whose RHK intervene the leader are rows as well (S000: "lintas unit kerja").

The query is set-based: a handful of queries whatever the size, then dictionaries in Python;
nothing is fetched per cell.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    JenisJabatan,
    JenisRhk,
    KelompokJabatan,
    KlasifikasiRhk,
    Pendekatan,
    StatusSkp,
    periksa_periode_skp,
    periode_bertumpuk,
)
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import AnggotaTim, Pegawai, Rhk, Skp, TimKerja, Unor
from ekinerja_desktop.services import entities
from ekinerja_desktop.services.aturan_tim import (
    adalah_jpt,
    adalah_pimpinan,
    skp_tahun,
    skp_tujuan,
    tambah_rhk_ke_skp,
    tambah_rhk_tim,
    unor_di_bawah,
)
from ekinerja_desktop.services.skp import buat_draft
from ekinerja_desktop.services.uow import UnitOfWork

# How far up a chain of intervening RHK the matrix looks (staf → ketua → kabag → JPT …).
KEDALAMAN_MAKS = 6


@dataclass(frozen=True)
class KolomMph:
    """One column: an IKI of the leader (or an RHK without separate IKI)."""

    grup: int  # index into Mph.grup
    rhk_id: str
    iki_id: str | None
    nomor: str  # "1.2": RHK 1, IKI 2
    teks: str  # the IKI (or the RHK when the column is the RHK itself)


@dataclass(frozen=True)
class GrupMph:
    """A leader RHK and the columns under it."""

    rhk_id: str
    nomor: int
    teks: str
    jenis: JenisRhk
    kolom_awal: int
    jumlah_kolom: int


@dataclass(frozen=True)
class PeranRhk:
    """An RHK of the row's pegawai in a cell. `melalui` is the RHK it reaches the leader through
    (empty when it intervenes the column directly), with that RHK's owner."""

    rhk_id: str
    teks: str
    jenis: JenisRhk
    skp_id: str
    melalui: str = ""
    melalui_pemilik: str = ""

    @property
    def langsung(self) -> bool:
        return not self.melalui


@dataclass(frozen=True)
class BarisMph:
    id: str  # the pegawai id
    nama: str
    nip: str
    jabatan: str
    unor_nama: str
    skp_id: str | None  # the pegawai's SKP of the year (definitive, latest), if any
    status: StatusSkp | None
    jumlah_skp: int
    lintas_unit: bool  # not of the unit/team, but intervening the leader
    peran: tuple[tuple[PeranRhk, ...], ...]  # per group (Mph.grup)
    di_luar: tuple[PeranRhk, ...]  # the pegawai's RHK that reach none of the leader's RHK

    @property
    def tanpa_peran(self) -> bool:
        return not any(self.peran)


@dataclass(frozen=True)
class PilihanMph:
    """A matrix the acting user may open: their unit (as a leader) or a team they are in."""

    kunci: str  # "unit" or the tim kerja id
    judul: str
    tim_id: str | None


@dataclass(frozen=True)
class Mph:
    judul: str
    tahun: int
    pemimpin_id: str
    pemimpin_nama: str
    pemimpin_jabatan: str
    skp_pemimpin_id: str | None
    pendekatan: Pendekatan | None
    tim_id: str | None
    tim_nama: str | None
    grup: tuple[GrupMph, ...]
    kolom: tuple[KolomMph, ...]
    baris: tuple[BarisMph, ...]
    boleh_ubah: bool  # the acting user leads this matrix (Tambah RHK, Buat SKP, Tambah Pegawai)

    def grup_kolom(self, kolom: int) -> GrupMph:
        return self.grup[self.kolom[kolom].grup]


# --- the query ----------------------------------------------------------------------------------


def pilihan_mph(session: Session, aktor_id: str, tahun: int) -> list[PilihanMph]:
    """The unit matrix for a pimpinan with an SKP that year, then every team of that year the
    user leads or belongs to."""
    hasil = []
    pegawai = session.get(Pegawai, aktor_id)
    if pegawai is not None and adalah_pimpinan(pegawai) and skp_tahun(session, aktor_id, tahun):
        unor = session.get(Unor, pegawai.unor_id)
        hasil.append(PilihanMph("unit", f"Unit kerja: {unor.nama if unor else ''}", None))
    tim_ids = select(AnggotaTim.tim_kerja_id).where(
        AnggotaTim.pegawai_id == aktor_id, AnggotaTim.deleted_at.is_(None)
    )
    unit = unor_di_bawah(session, pegawai.unor_id) if pegawai and adalah_jpt(pegawai) else []
    for tim in session.scalars(
        select(TimKerja)
        .where(
            TimKerja.deleted_at.is_(None),
            TimKerja.tahun == tahun,
            (TimKerja.ketua_id == aktor_id) | TimKerja.id.in_(tim_ids) | TimKerja.unor_id.in_(unit),
        )
        .order_by(TimKerja.nama)
    ):
        hasil.append(PilihanMph(tim.id, f"Tim kerja: {tim.nama}", tim.id))
    return hasil


def mph_unit(
    session: Session, pemimpin_id: str, tahun: int, aktor_id: str | None = None
) -> Mph | None:
    """The unit matrix of a pimpinan, or None when they have no SKP that year."""
    pemimpin = session.get(Pegawai, pemimpin_id)
    skps = skp_tahun(session, pemimpin_id, tahun)
    if pemimpin is None or not skps:
        return None
    skp = skps[0]
    rhk = [r for r in skp.rhk if r.deleted_at is None]
    unit = unor_di_bawah(session, pemimpin.unor_id)
    anggota = list(
        session.scalars(
            select(Pegawai.id).where(
                Pegawai.unor_id.in_(unit), Pegawai.deleted_at.is_(None), Pegawai.id != pemimpin_id
            )
        )
    )
    unor = session.get(Unor, pemimpin.unor_id)
    return _bangun(
        session,
        judul=f"Matriks Peran Hasil {unor.nama if unor else ''}".strip(),
        pemimpin=pemimpin,
        skp=skp,
        rhk=rhk,
        anggota=anggota,
        tahun=tahun,
        tim_id=None,
        boleh_ubah=aktor_id == pemimpin_id and adalah_pimpinan(pemimpin),
    )


def mph_tim(session: Session, tim_id: str, aktor_id: str | None = None) -> Mph | None:
    """The team matrix: the ketua's team RHK against the anggota, or None without a ketua."""
    tim = session.get(TimKerja, tim_id)
    if tim is None or tim.deleted_at is not None or tim.ketua_id is None:
        return None
    ketua = session.get(Pegawai, tim.ketua_id)
    skps = skp_tahun(session, tim.ketua_id, tim.tahun)
    if ketua is None:
        return None
    rhk = [r for s in skps for r in s.rhk if r.deleted_at is None and r.tim_kerja_id == tim.id]
    anggota = list(
        session.scalars(
            select(AnggotaTim.pegawai_id).where(
                AnggotaTim.tim_kerja_id == tim.id, AnggotaTim.deleted_at.is_(None)
            )
        )
    )
    return _bangun(
        session,
        judul=f"Matriks Peran Hasil {tim.nama}",
        pemimpin=ketua,
        skp=skps[0] if skps else None,
        rhk=rhk,
        anggota=anggota,
        tahun=tim.tahun,
        tim_id=tim.id,
        tim_nama=tim.nama,
        boleh_ubah=aktor_id == tim.ketua_id,
    )


def _bangun(
    session: Session,
    *,
    judul: str,
    pemimpin: Pegawai,
    skp: Skp | None,
    rhk: list[Rhk],
    anggota: list[str],
    tahun: int,
    tim_id: str | None,
    boleh_ubah: bool,
    tim_nama: str | None = None,
) -> Mph:
    rhk.sort(key=lambda r: (r.jenis is not JenisRhk.UTAMA, r.urutan))
    kualitatif = skp is not None and skp.pendekatan is Pendekatan.KUALITATIF
    grup, kolom = _kolom(rhk, kualitatif)
    grup_of_rhk = {g.rhk_id: i for i, g in enumerate(grup)}
    # Every RHK of the rows' SKPs of that year, plus anyone intervening the leader directly.
    rhk_baris = _rhk_tahun(session, Skp.pegawai_id.in_(anggota), tahun)
    langsung = _rhk_tahun(session, Rhk.rhk_diintervensi_id.in_(list(grup_of_rhk)), tahun)
    lintas = {r.pegawai_id for r in langsung} - set(anggota) - {pemimpin.id}
    semua = {r.id: r for r in (*rhk_baris, *langsung)}
    _muat_rantai(session, semua, set(grup_of_rhk))
    pemilik = _nama_pegawai(session, {r.pegawai_id for r in semua.values()})
    per_pegawai: dict[str, list[_RhkRow]] = defaultdict(list)
    for r in semua.values():
        per_pegawai[r.pegawai_id].append(r)
    baris_ids = [*anggota, *sorted(lintas)]
    info = _info_pegawai(session, baris_ids, tahun)
    baris = []
    for pegawai_id in baris_ids:
        if pegawai_id not in info:
            continue
        peran: list[list[PeranRhk]] = [[] for _ in grup]
        di_luar: list[PeranRhk] = []
        for r in sorted(per_pegawai.get(pegawai_id, ()), key=_urutan_rhk):
            tujuan, lewat = _tujuan(r, semua, grup_of_rhk)
            melalui = "" if lewat is None else lewat.teks
            oleh = "" if lewat is None else pemilik.get(lewat.pegawai_id, "")
            item = PeranRhk(r.id, r.teks, r.jenis, r.skp_id, melalui, oleh)
            (peran[tujuan] if tujuan is not None else di_luar).append(item)
        baris.append(
            info[pegawai_id].baris(
                pegawai_id in lintas, tuple(tuple(p) for p in peran), tuple(di_luar)
            )
        )
    baris.sort(key=lambda b: (b.lintas_unit, info[b.id].urutan, b.nama.casefold()))
    return Mph(
        judul=judul,
        tahun=tahun,
        pemimpin_id=pemimpin.id,
        pemimpin_nama=pemimpin.nama,
        pemimpin_jabatan=pemimpin.jabatan,
        skp_pemimpin_id=skp.id if skp else None,
        pendekatan=skp.pendekatan if skp else None,
        tim_id=tim_id,
        tim_nama=tim_nama,
        grup=tuple(grup),
        kolom=tuple(kolom),
        baris=tuple(baris),
        boleh_ubah=boleh_ubah,
    )


def _kolom(rhk: list[Rhk], kualitatif: bool) -> tuple[list[GrupMph], list[KolomMph]]:
    grup: list[GrupMph] = []
    kolom: list[KolomMph] = []
    for nomor, r in enumerate(rhk, start=1):
        iki = [] if kualitatif else [i for i in r.iki if i.deleted_at is None]
        awal = len(kolom)
        if iki:
            for j, i in enumerate(iki, start=1):
                kolom.append(KolomMph(len(grup), r.id, i.id, f"{nomor}.{j}", i.indikator))
        else:
            kolom.append(KolomMph(len(grup), r.id, None, str(nomor), r.teks))
        grup.append(GrupMph(r.id, nomor, r.teks, r.jenis, awal, len(kolom) - awal))
    return grup, kolom


@dataclass(frozen=True)
class _RhkRow:
    id: str
    skp_id: str
    pegawai_id: str
    teks: str
    jenis: JenisRhk
    urutan: int
    diintervensi: str | None


def _urutan_rhk(r: _RhkRow) -> tuple[bool, int, str]:
    return (r.jenis is not JenisRhk.UTAMA, r.urutan, r.id)


def _rhk_tahun(session: Session, kondisi: ColumnElement[bool], tahun: int | None) -> list[_RhkRow]:
    query = (
        select(
            Rhk.id,
            Rhk.skp_id,
            Skp.pegawai_id,
            Rhk.teks,
            Rhk.jenis,
            Rhk.urutan,
            Rhk.rhk_diintervensi_id,
        )
        .join(Skp, Skp.id == Rhk.skp_id)
        .where(kondisi, Rhk.deleted_at.is_(None), Skp.deleted_at.is_(None))
    )
    if tahun is not None:
        query = query.where(Skp.tahun == tahun)
    return [_RhkRow(*row) for row in session.execute(query).all()]


def _muat_rantai(session: Session, semua: dict[str, _RhkRow], puncak: set[str]) -> None:
    """Load the intervened RHK that are not loaded yet (leaders outside the rows), level by
    level: one query per level, never one per RHK."""
    for _ in range(KEDALAMAN_MAKS):
        kurang = {
            r.diintervensi
            for r in semua.values()
            if r.diintervensi and r.diintervensi not in semua and r.diintervensi not in puncak
        }
        if not kurang:
            return
        for r in _rhk_tahun(session, Rhk.id.in_(kurang), None):
            semua[r.id] = r


def _tujuan(
    r: _RhkRow, semua: dict[str, _RhkRow], grup_of_rhk: dict[str, int]
) -> tuple[int | None, _RhkRow | None]:
    """The leader RHK group `r` reaches, and the RHK it reaches it through (None: directly)."""
    current: _RhkRow | None = r
    lewat: _RhkRow | None = None
    for _ in range(KEDALAMAN_MAKS):
        if current is None or current.diintervensi is None:
            return None, None
        if current.diintervensi in grup_of_rhk:
            return grup_of_rhk[current.diintervensi], lewat
        current = semua.get(current.diintervensi)
        if lewat is None:
            lewat = current
    return None, None


@dataclass(frozen=True)
class _Info:
    """What a row shows of its pegawai: plain columns, not ORM objects (5,000 rows stay fast)."""

    id: str
    nama: str
    nip: str
    jabatan: str
    unor_nama: str
    skp: tuple[tuple[str, StatusSkp], ...]  # (id, status), the main SKP first
    urutan: int  # pimpinan first, then the rest

    def baris(
        self, lintas: bool, peran: tuple[tuple[PeranRhk, ...], ...], di_luar: tuple[PeranRhk, ...]
    ) -> BarisMph:
        utama = self.skp[0] if self.skp else None
        return BarisMph(
            id=self.id,
            nama=self.nama,
            nip=self.nip,
            jabatan=self.jabatan,
            unor_nama=self.unor_nama,
            skp_id=utama[0] if utama else None,
            status=utama[1] if utama else None,
            jumlah_skp=len(self.skp),
            lintas_unit=lintas,
            peran=peran,
            di_luar=di_luar,
        )


def _info_pegawai(session: Session, ids: list[str], tahun: int) -> dict[str, _Info]:
    skp: dict[str, list[tuple[str, StatusSkp]]] = defaultdict(list)
    for pegawai_id, skp_id, status in session.execute(
        select(Skp.pegawai_id, Skp.id, Skp.status)
        .where(Skp.pegawai_id.in_(ids), Skp.tahun == tahun, Skp.deleted_at.is_(None))
        .order_by(Skp.plt_plh_id.is_not(None), Skp.periode_awal.desc())
    ):
        skp[pegawai_id].append((skp_id, status))
    hasil = {}
    for id_, nama, nip, jabatan, jenis, kelompok, unor_nama in session.execute(
        select(
            Pegawai.id,
            Pegawai.nama,
            Pegawai.nip,
            Pegawai.jabatan,
            Pegawai.jenis_jabatan,
            Pegawai.kelompok_jabatan,
            Unor.nama,
        )
        .join(Unor, Unor.id == Pegawai.unor_id)
        .where(Pegawai.id.in_(ids), Pegawai.deleted_at.is_(None))
    ):
        pimpinan = jenis is JenisJabatan.PIMPINAN or kelompok is KelompokJabatan.JPT
        hasil[id_] = _Info(
            id_, nama, nip, jabatan, unor_nama, tuple(skp.get(id_, ())), 0 if pimpinan else 1
        )
    return hasil


def _nama_pegawai(session: Session, ids: set[str]) -> dict[str, str]:
    return dict(session.execute(select(Pegawai.id, Pegawai.nama).where(Pegawai.id.in_(ids))).all())


# --- the service ----------------------------------------------------------------------------------


class LayananMph:
    """MPH reads and the writes made from it; every public method is one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def pilihan(self, tahun: int) -> list[PilihanMph]:
        if self.uow.aktor is None:
            return []
        with self.uow.read() as session:
            return pilihan_mph(session, self.uow.aktor.pegawai_id, tahun)

    def muat(self, pilihan: PilihanMph, tahun: int) -> Mph | None:
        """The matrix chosen; "Sinkronisasi SKP Bawahan" reloads it from current data."""
        if self.uow.aktor is None:
            return None
        aktor_id = self.uow.aktor.pegawai_id
        with self.uow.read() as session:
            if pilihan.tim_id is not None:
                return mph_tim(session, pilihan.tim_id, aktor_id)
            return mph_unit(session, aktor_id, tahun, aktor_id)

    def tambah_rhk(
        self,
        pegawai_id: str,
        rhk_diintervensi_id: str,
        teks: str,
        jenis: JenisRhk = JenisRhk.UTAMA,
        klasifikasi: KlasifikasiRhk = KlasifikasiRhk.INDIVIDU,
        indikator: str | None = None,
        skp_id: str | None = None,
    ) -> str:
        """ "Tambah RHK" from a cell: the leader adds to the pegawai's Draft SKP an RHK that
        intervenes one of the leader's own RHK. A team RHK goes through the ketua's rules
        (anggota only, tied to the team); otherwise the leader must be a pimpinan, and the
        pegawai may be of any unit (S000: "lintas unit kerja")."""
        with self.uow.write() as t:
            leader_rhk = entities.get(t, Rhk, rhk_diintervensi_id, "RHK yang diintervensi")
            leader_skp = entities.get(t, Skp, leader_rhk.skp_id, "SKP pimpinan")
            if leader_skp.pegawai_id != t.aktor.pegawai_id:
                raise ForbiddenError("RHK hanya dapat ditambahkan untuk mengintervensi RHK Anda.")
            if leader_rhk.tim_kerja_id is not None:
                tim = entities.get(t, TimKerja, leader_rhk.tim_kerja_id, "Tim kerja")
                if tim.ketua_id != t.aktor.pegawai_id:
                    raise ForbiddenError("Hanya ketua tim yang dapat menambahkan RHK anggota.")
                return tambah_rhk_tim(
                    t, tim, pegawai_id, leader_rhk.id, teks, jenis, indikator, skp_id
                )
            aktor = entities.get(t, Pegawai, t.aktor.pegawai_id, "Pegawai")
            if not adalah_pimpinan(aktor):
                raise ForbiddenError("Hanya JPT/pimpinan yang dapat menambahkan RHK bawahan.")
            pegawai = entities.get(t, Pegawai, pegawai_id, "Pegawai")
            if pegawai.id == aktor.id:
                raise UserError("Tambahkan RHK Anda sendiri melalui SKP Anda.")
            skp = skp_tujuan(t, pegawai, leader_skp.tahun, skp_id)
            organisasi = klasifikasi is KlasifikasiRhk.ORGANISASI
            rhk = tambah_rhk_ke_skp(
                t,
                skp,
                teks,
                jenis,
                klasifikasi,
                indikator,
                unor_id=pegawai.unor_id if organisasi else None,
                rhk_diintervensi_id=leader_rhk.id,
                penugasan_dari=aktor.jabatan,
            )
            return rhk.id

    def buat_skp_pegawai(
        self, pegawai_id: str, periode_awal: date, periode_akhir: date, pendekatan: Pendekatan
    ) -> str:
        """ "Buat SKP" (S000 Gambar 21–22): a JPT/pimpinan creates a Draft SKP for a pegawai of
        their unit (or one whose atasan they are); the pegawai then drafts its content."""
        periksa_periode_skp(periode_awal, periode_akhir)
        with self.uow.write() as t:
            aktor = entities.get(t, Pegawai, t.aktor.pegawai_id, "Pegawai")
            pegawai = entities.get(t, Pegawai, pegawai_id, "Pegawai")
            di_unit = pegawai.unor_id in unor_di_bawah(t.session, aktor.unor_id)
            if not (pegawai.atasan_id == aktor.id or (adalah_pimpinan(aktor) and di_unit)):
                raise ForbiddenError(
                    "SKP pegawai hanya dapat dibuat oleh JPT/pimpinan unit kerjanya."
                )
            for other in skp_tahun(t.session, pegawai.id, periode_awal.year):
                if other.plt_plh_id is None and periode_bertumpuk(
                    periode_awal, periode_akhir, other.periode_awal, other.periode_akhir
                ):
                    raise UserError(
                        f"{pegawai.nama} sudah memiliki SKP pada periode itu "
                        f"({other.periode_awal:%d-%m-%Y} s.d. {other.periode_akhir:%d-%m-%Y})."
                    )
            return buat_draft(t, pegawai, pegawai.unor_id, periode_awal, periode_akhir, pendekatan)


__all__ = [
    "BarisMph",
    "GrupMph",
    "KolomMph",
    "LayananMph",
    "Mph",
    "PeranRhk",
    "PilihanMph",
    "mph_tim",
    "mph_unit",
    "pilihan_mph",
]
