"""Read model of the printed Matriks Peran Hasil of a unit or a tim kerja (S001 05, S003 2.11).

The matrix itself is the MPH screen's (`services.mph`): the same columns (the leader's IKI under
their RHK), rows (the unit and the units below it, or the team; pegawai of other units who
intervene the leader) and cells (direct and indirect roles). This module only flattens it for
the writer: a cell per IKI column, "tidak ada peran" where a row has none. Cascading is per RHK,
so a pegawai's RHK stands under every IKI of the RHK it intervenes; the writer merges those.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import JenisJabatan, KelompokJabatan
from ekinerja_desktop.errors import NotFoundError, UserError
from ekinerja_desktop.models import Instansi, Pegawai, PltPlh, TimKerja, Unor
from ekinerja_desktop.services import mph as query_mph
from ekinerja_desktop.services.dokumen import Orang, orang_pegawai
from ekinerja_desktop.services.mph import Mph, PeranRhk


@dataclass(frozen=True)
class MphKolom:
    rhk_id: str
    rhk: str
    iki: str


@dataclass(frozen=True)
class MphBaris:
    nama: str
    jabatan: str
    peran: tuple[tuple[str, ...], ...]  # per kolom: the pegawai's RHK; empty = tidak ada peran


@dataclass(frozen=True)
class MphDok:
    instansi: str
    jenis: str  # "Unit Kerja" / "Tim Kerja"
    nama: str
    tahun: int
    pimpinan: Orang
    kolom: tuple[MphKolom, ...]
    baris: tuple[MphBaris, ...]


def _peran(p: PeranRhk) -> str:
    if p.langsung:
        return p.teks
    lewat = f"{p.melalui} — {p.melalui_pemilik}" if p.melalui_pemilik else p.melalui
    return f"{p.teks} (melalui: {lewat})"


def dari_mph(m: Mph, instansi: str, jenis: str, nama: str, pimpinan: Orang) -> MphDok:
    """The printed form of the MPH screen's matrix (`services.mph`), so both show the same."""
    kolom = tuple(
        MphKolom(
            rhk_id=k.rhk_id,
            rhk=m.grup[k.grup].teks,
            iki=k.teks if k.iki_id is not None else "",
        )
        for k in m.kolom
    )
    baris = []
    for b in m.baris:
        per_grup = [tuple(_peran(p) for p in peran) for peran in b.peran]
        jabatan = f"{b.jabatan} (lintas unit kerja)" if b.lintas_unit else b.jabatan
        baris.append(
            MphBaris(
                nama=b.nama,
                jabatan=jabatan,
                peran=tuple(per_grup[k.grup] for k in m.kolom),
            )
        )
    return MphDok(instansi, jenis, nama, m.tahun, pimpinan, kolom, tuple(baris))


def _pimpinan_unit(session: Session, unor: Unor) -> tuple[Pegawai, str | None]:
    """The head of a unit: its Pimpinan (a JPT first), else its active PLT/PLH."""
    heads = list(
        session.scalars(
            select(Pegawai).where(
                Pegawai.unor_id == unor.id,
                Pegawai.jenis_jabatan == JenisJabatan.PIMPINAN,
                Pegawai.deleted_at.is_(None),
            )
        )
    )
    heads.sort(key=lambda p: (p.kelompok_jabatan is not KelompokJabatan.JPT, p.nama))
    if heads:
        return heads[0], None
    plt = session.scalar(
        select(PltPlh)
        .where(PltPlh.unor_id == unor.id, PltPlh.aktif.is_(True), PltPlh.deleted_at.is_(None))
        .order_by(PltPlh.periode_awal.desc())
    )
    orang = session.get(Pegawai, plt.pegawai_id) if plt is not None else None
    if plt is None or orang is None:
        raise UserError(f"Unit {unor.nama} belum memiliki pimpinan; MPH tidak dapat dicetak.")
    return orang, plt.jabatan


def _instansi(session: Session, instansi_id: str) -> str:
    instansi = session.get(Instansi, instansi_id)
    return instansi.nama if instansi is not None else ""


def mph_unit(session: Session, unor_id: str, tahun: int) -> MphDok:
    unor = session.get(Unor, unor_id)
    if unor is None or unor.deleted_at is not None:
        raise NotFoundError("Unit kerja tidak ditemukan di komputer ini.")
    pimpinan, jabatan_plt = _pimpinan_unit(session, unor)
    m = query_mph.mph_unit(session, pimpinan.id, tahun)
    if m is None:
        raise UserError(
            f"{pimpinan.nama} belum memiliki SKP tahun {tahun}; MPH {unor.nama} belum dapat "
            "dicetak."
        )
    orang = orang_pegawai(pimpinan, jabatan=jabatan_plt)
    return dari_mph(m, _instansi(session, unor.instansi_id), "Unit Kerja", unor.nama, orang)


def mph_tim(session: Session, tim_kerja_id: str) -> MphDok:
    tim = session.get(TimKerja, tim_kerja_id)
    if tim is None or tim.deleted_at is not None:
        raise NotFoundError("Tim kerja tidak ditemukan di komputer ini.")
    m = query_mph.mph_tim(session, tim.id)
    ketua = session.get(Pegawai, tim.ketua_id) if tim.ketua_id else None
    if m is None or ketua is None:
        raise UserError(f"{tim.nama} belum memiliki ketua tim; MPH tidak dapat dicetak.")
    unor = session.get(Unor, tim.unor_id)
    instansi = _instansi(session, unor.instansi_id) if unor is not None else ""
    return dari_mph(m, instansi, "Tim Kerja", tim.nama, orang_pegawai(ketua))


@dataclass(frozen=True)
class MphPilihan:
    """A unit or team whose MPH can be printed, for the Cetak page."""

    jenis: str  # "unit" / "tim"
    id: str
    nama: str  # "Unit kerja: …" / "Tim kerja: …"
    tahun: int


def daftar_mph(session: Session, tahun: int) -> list[MphPilihan]:
    """Units with a pimpinan and the year's teams with a ketua."""
    units = session.execute(
        select(Unor.id, Unor.nama)
        .join(Pegawai, Pegawai.unor_id == Unor.id)
        .where(
            Pegawai.jenis_jabatan == JenisJabatan.PIMPINAN,
            Pegawai.deleted_at.is_(None),
            Unor.deleted_at.is_(None),
        )
        .distinct()
        .order_by(Unor.nama)
    )
    tims = session.execute(
        select(TimKerja.id, TimKerja.nama)
        .where(
            TimKerja.tahun == tahun,
            TimKerja.ketua_id.is_not(None),
            TimKerja.deleted_at.is_(None),
        )
        .order_by(TimKerja.nama)
    )
    return [MphPilihan("unit", i, f"Unit kerja: {n}", tahun) for i, n in units] + [
        MphPilihan("tim", i, f"Tim kerja: {n}", tahun) for i, n in tims
    ]
