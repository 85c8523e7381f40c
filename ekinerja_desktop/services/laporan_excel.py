"""The "Laporan Excel" use cases (S003 2.12, issue 6): which reports a user may download for which
units and periods, and the data of each report.

Who may download what (project choice, as the rekap and kurva decide it): an admin instansi any
unit or the whole instansi; a pimpinan (a head of a unit or a JPT) their own unit and the units
below it; the Rekap Penilaian Bawahan follows the rekap's own scopes (`cakupan_aktor`). Every
public method is one read unit of work; nothing here writes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import JenisJabatan, StatusSkp
from ekinerja_desktop.errors import ForbiddenError, NotFoundError, UserError
from ekinerja_desktop.models import Pegawai, Periode, Skp, Unor
from ekinerja_desktop.services.aturan_tim import adalah_pimpinan, unor_di_bawah
from ekinerja_desktop.services.mph import Mph, mph_unit
from ekinerja_desktop.services.queries_laporan import (
    LaporanPenilaianSkp,
    LaporanRencanaSkp,
    laporan_penilaian_skp,
    laporan_rencana_skp,
)
from ekinerja_desktop.services.queries_laporan_tim import LaporanJumlahTim, laporan_jumlah_tim
from ekinerja_desktop.services.queries_rekap import (
    Cakupan,
    PeriodeRow,
    RekapData,
    cakupan_aktor,
    daftar_periode,
    muat_rekap,
    periode,
    periode_terakhir_dinilai,
)
from ekinerja_desktop.services.uow import Aktor, UnitOfWork

SELURUH_INSTANSI = "Seluruh instansi"


class JenisLaporan(StrEnum):
    RENCANA_SKP = "RENCANA_SKP"
    PENILAIAN_SKP = "PENILAIAN_SKP"
    JUMLAH_TIM = "JUMLAH_TIM"
    REKAP_PENILAIAN = "REKAP_PENILAIAN"
    MPH = "MPH"

    @property
    def per_periode(self) -> bool:
        return self in (JenisLaporan.PENILAIAN_SKP, JenisLaporan.REKAP_PENILAIAN)

    @property
    def per_cakupan(self) -> bool:
        """Chooses a rekap scope (bawahan / unit kerja induk) instead of a unit."""
        return self is JenisLaporan.REKAP_PENILAIAN

    @property
    def dengan_status(self) -> bool:
        return self is JenisLaporan.RENCANA_SKP


@dataclass(frozen=True)
class UnitPilihan:
    """A unit one may report on (None = the whole instansi), indented as in the tree."""

    id: str | None
    nama: str
    kedalaman: int


@dataclass(frozen=True)
class PilihanLaporan:
    unit: tuple[UnitPilihan, ...]
    periode: tuple[PeriodeRow, ...]
    periode_awal: str | None
    tahun: tuple[int, ...]
    tahun_awal: int
    cakupan_rekap: tuple[Cakupan, ...]

    @property
    def tersedia(self) -> bool:
        return bool(self.unit or self.cakupan_rekap)

    def jenis_tersedia(self) -> tuple[JenisLaporan, ...]:
        return tuple(
            j for j in JenisLaporan if (self.cakupan_rekap if j.per_cakupan else self.unit)
        )


class LayananLaporanExcel:
    """Reads for the Excel reports; every public method is one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def pilihan(self) -> PilihanLaporan:
        aktor = self.uow.aktor
        hari_ini = self.uow.today()
        kosong = PilihanLaporan((), (), None, (hari_ini.year,), hari_ini.year, ())
        if aktor is None:
            return kosong
        with self.uow.read() as session:
            pegawai = session.get(Pegawai, aktor.pegawai_id)
            if pegawai is None or pegawai.deleted_at is not None:
                return kosong
            semua = tuple(daftar_periode(session, pegawai.instansi_id))
            awal = periode_terakhir_dinilai(session, pegawai.instansi_id)
            if awal is None and semua:
                hari = [p for p in semua if p.awal <= hari_ini <= p.akhir]
                awal = (hari or list(semua))[0].id
            tahun = _tahun(session, pegawai.instansi_id, semua, hari_ini.year)
            tahun_awal = next((p.tahun for p in semua if p.id == awal), hari_ini.year)
            return PilihanLaporan(
                unit=tuple(_unit_pilihan(session, pegawai, aktor.is_admin)),
                periode=semua,
                periode_awal=awal,
                tahun=tahun,
                tahun_awal=tahun_awal if tahun_awal in tahun else tahun[0],
                cakupan_rekap=tuple(cakupan_aktor(session, pegawai.id, aktor.is_admin)),
            )

    def rencana_skp(
        self,
        unor_id: str | None,
        tahun: int,
        status: StatusSkp | None = None,
        tanpa_skp: bool = True,
    ) -> LaporanRencanaSkp:
        with self.uow.read() as session:
            instansi_id, nama = self._lingkup(session, unor_id)
            return laporan_rencana_skp(
                session, instansi_id, unor_id, nama, tahun, status, tanpa_skp and status is None
            )

    def penilaian_skp(self, unor_id: str | None, periode_id: str) -> LaporanPenilaianSkp:
        with self.uow.read() as session:
            instansi_id, nama = self._lingkup(session, unor_id)
            p = periode(session, periode_id)
            return laporan_penilaian_skp(session, instansi_id, unor_id, nama, p)

    def jumlah_tim(self, unor_id: str | None, tahun: int) -> LaporanJumlahTim:
        with self.uow.read() as session:
            instansi_id, nama = self._lingkup(session, unor_id)
            return laporan_jumlah_tim(session, instansi_id, unor_id, nama, tahun)

    def rekap(self, cakupan: Cakupan, periode_id: str) -> RekapData:
        """The Rekap Penilaian Bawahan, for one of the user's own rekap scopes."""
        aktor = self._aktor()
        with self.uow.read() as session:
            boleh = cakupan_aktor(session, aktor.pegawai_id, aktor.is_admin)
            cocok = next((c for c in boleh if (c.jenis, c.id) == (cakupan.jenis, cakupan.id)), None)
            if cocok is None:
                raise ForbiddenError("Anda tidak dapat mengunduh rekap penilaian ini.")
            return muat_rekap(session, cocok, periode_id)

    def mph(self, unor_id: str | None, tahun: int) -> Mph:
        """The Matriks Peran Hasil of a unit: its pimpinan's RHK against the unit's pegawai."""
        if unor_id is None:
            raise UserError("Pilih satu unit kerja untuk Matriks Peran Hasil.")
        with self.uow.read() as session:
            _instansi_id, nama = self._lingkup(session, unor_id)
            pimpinan = _pimpinan_unit(session, unor_id, tahun)
            if pimpinan is None:
                raise UserError(
                    f"{nama} belum memiliki pimpinan dengan SKP tahun {tahun}, sehingga "
                    "Matriks Peran Hasil-nya belum dapat dibuat."
                )
            hasil = mph_unit(session, pimpinan, tahun)
            if hasil is None:
                raise UserError(f"Pimpinan {nama} belum memiliki SKP tahun {tahun}.")
            return hasil

    # --- access -------------------------------------------------------------------------------

    def _aktor(self) -> Aktor:
        if self.uow.aktor is None:
            raise ForbiddenError("Masuk terlebih dahulu untuk mengunduh laporan.")
        return self.uow.aktor

    def _lingkup(self, session: Session, unor_id: str | None) -> tuple[str, str]:
        """(instansi id, the lingkup's name) if the acting user may report on it."""
        aktor = self._aktor()
        pegawai = session.get(Pegawai, aktor.pegawai_id)
        if pegawai is None or pegawai.deleted_at is not None:
            raise NotFoundError("Pegawai tidak ditemukan (mungkin sudah dihapus).")
        if unor_id is None:
            if not aktor.is_admin:
                raise ForbiddenError("Laporan seluruh instansi hanya untuk admin instansi.")
            return pegawai.instansi_id, SELURUH_INSTANSI
        unor = session.get(Unor, unor_id)
        if unor is None or unor.deleted_at is not None or unor.instansi_id != pegawai.instansi_id:
            raise NotFoundError("Unit kerja tidak ditemukan (mungkin sudah dihapus).")
        if not aktor.is_admin and (
            not adalah_pimpinan(pegawai) or unor_id not in unor_di_bawah(session, pegawai.unor_id)
        ):
            raise ForbiddenError(
                "Laporan hanya dapat diunduh untuk unit kerja yang Anda pimpin dan unit di "
                "bawahnya."
            )
        return pegawai.instansi_id, unor.nama


def _unit_pilihan(session: Session, pegawai: Pegawai, is_admin: bool) -> list[UnitPilihan]:
    rows = session.execute(
        select(Unor.id, Unor.nama, Unor.unor_atasan_id).where(
            Unor.instansi_id == pegawai.instansi_id, Unor.deleted_at.is_(None)
        )
    ).all()
    nama = {r.id: r.nama for r in rows}
    anak: dict[str | None, list[str]] = defaultdict(list)
    for r in rows:
        atasan = r.unor_atasan_id if r.unor_atasan_id in nama else None
        anak[atasan].append(r.id)
    for daftar in anak.values():
        daftar.sort(key=lambda i: nama[i].casefold())
    if is_admin:
        akar, hasil = anak[None], [UnitPilihan(None, SELURUH_INSTANSI, 0)]
        kedalaman_awal = 0
    elif adalah_pimpinan(pegawai):
        akar, hasil, kedalaman_awal = [pegawai.unor_id], [], 0
    else:
        return []
    dilihat: set[str] = set()

    def turun(ids: list[str], kedalaman: int) -> None:
        for i in ids:
            if i in dilihat:  # a cycle in bad master data must not hang the app
                continue
            dilihat.add(i)
            hasil.append(UnitPilihan(i, nama[i], kedalaman))
            turun(anak[i], kedalaman + 1)

    turun([a for a in akar if a in nama], kedalaman_awal)
    return hasil


def _tahun(
    session: Session, instansi_id: str, semua: tuple[PeriodeRow, ...], sekarang: int
) -> tuple[int, ...]:
    pegawai = select(Pegawai.id).where(Pegawai.instansi_id == instansi_id)
    skp = session.scalars(select(Skp.tahun).where(Skp.pegawai_id.in_(pegawai)).distinct())
    periode_tahun = session.scalars(
        select(Periode.tahun).where(Periode.instansi_id == instansi_id).distinct()
    )
    tahun = {sekarang, *skp, *periode_tahun, *(p.tahun for p in semua)}
    return tuple(sorted(tahun, reverse=True))


def _pimpinan_unit(session: Session, unor_id: str, tahun: int) -> str | None:
    """The head of the unit (jenis jabatan Pimpinan) who has an SKP that year."""
    query = (
        select(Pegawai.id)
        .join(Skp, Skp.pegawai_id == Pegawai.id)
        .where(
            Pegawai.unor_id == unor_id,
            Pegawai.jenis_jabatan == JenisJabatan.PIMPINAN,
            Pegawai.deleted_at.is_(None),
            Skp.tahun == tahun,
            Skp.deleted_at.is_(None),
        )
        .order_by(Pegawai.nama)
        .limit(1)
    )
    return session.scalar(query)
