"""What the Cetak screens ask: which documents the acting user may print, their data, and the
lists a batch is made of. Every method opens its own read session (views never do)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import JenisPeriode, Rating
from ekinerja_desktop.errors import ForbiddenError, NotFoundError
from ekinerja_desktop.models import Pegawai, PenilaianPeriode, Periode, PeriodePenilaian, Skp, Unor
from ekinerja_desktop.services.dokumen import (
    SkpPilihan,
    ambil_skp,
    daftar_skp_cetak,
    kota_unit,
    lampiran_skp,
    manual_iki,
    periksa_boleh_cetak,
    rencana_skp,
)
from ekinerja_desktop.services.dokumen_mph import MphPilihan, daftar_mph, mph_tim, mph_unit
from ekinerja_desktop.services.dokumen_penilaian import (
    CacheDistribusi,
    dokumen_evaluasi,
    form_penilaian,
)
from ekinerja_desktop.services.mph import pilihan_mph
from ekinerja_desktop.services.queries_rekap import (
    Cakupan,
    PeriodeRow,
    cakupan_aktor,
    daftar_periode,
    instansi_pegawai,
    muat_rekap,
)
from ekinerja_desktop.services.uow import UnitOfWork


class JenisDokumen(StrEnum):
    """The printable documents of domain.md §10 (PDF)."""

    RENCANA_SKP = "RENCANA_SKP"
    LAMPIRAN_SKP = "LAMPIRAN_SKP"
    MANUAL_IKI = "MANUAL_IKI"
    FORM_PENILAIAN = "FORM_PENILAIAN"
    DOKUMEN_EVALUASI = "DOKUMEN_EVALUASI"
    MPH_UNIT = "MPH_UNIT"
    MPH_TIM = "MPH_TIM"

    @property
    def label(self) -> str:
        return _LABEL[self]

    @property
    def per_periode(self) -> bool:
        """Printed for one period of an SKP (the target id is a periode penilaian id)."""
        return self in (JenisDokumen.FORM_PENILAIAN, JenisDokumen.DOKUMEN_EVALUASI)

    @property
    def per_skp(self) -> bool:
        return self in (
            JenisDokumen.RENCANA_SKP,
            JenisDokumen.LAMPIRAN_SKP,
            JenisDokumen.MANUAL_IKI,
        )

    @property
    def bertanda_tangan(self) -> bool:
        """Closes with the pegawai's and the PPK's signatures (asks tanggal, lokasi, anchor)."""
        return self not in (JenisDokumen.MANUAL_IKI, JenisDokumen.MPH_UNIT, JenisDokumen.MPH_TIM)


_LABEL = {
    JenisDokumen.RENCANA_SKP: "Rencana SKP",
    JenisDokumen.LAMPIRAN_SKP: "Lampiran SKP",
    JenisDokumen.MANUAL_IKI: "Manual Indikator Kinerja",
    JenisDokumen.FORM_PENILAIAN: "Form Penilaian",
    JenisDokumen.DOKUMEN_EVALUASI: "Dokumen Evaluasi Kinerja",
    JenisDokumen.MPH_UNIT: "Matriks Peran Hasil (unit kerja)",
    JenisDokumen.MPH_TIM: "Matriks Peran Hasil (tim kerja)",
}

Dokumen = object  # one of the *Dok dataclasses; the writers dispatch on its type


@dataclass(frozen=True)
class PeriodeSkpPilihan:
    """A period of one SKP, for "Form Penilaian" and "Dokumen Evaluasi"."""

    periode_penilaian_id: str
    nama: str
    jenis: JenisPeriode
    awal: date
    akhir: date
    dinilai: bool


@dataclass(frozen=True)
class ItemBatch:
    """One document of a batch: the target id and whose it is (for file names and progress)."""

    target_id: str  # SKP id, or periode penilaian id for per-period documents
    pegawai_nama: str
    nip: str


def muat_dokumen(
    session: Session, jenis: JenisDokumen, target_id: str, cache: CacheDistribusi | None = None
) -> Dokumen:
    """The read model of one document (no authorization check: see LayananDokumen)."""
    if jenis is JenisDokumen.RENCANA_SKP:
        return rencana_skp(session, target_id)
    if jenis is JenisDokumen.LAMPIRAN_SKP:
        return lampiran_skp(session, target_id)
    if jenis is JenisDokumen.MANUAL_IKI:
        return manual_iki(session, target_id)
    if jenis is JenisDokumen.FORM_PENILAIAN:
        return form_penilaian(session, target_id)
    if jenis is JenisDokumen.DOKUMEN_EVALUASI:
        return dokumen_evaluasi(session, target_id, cache)
    if jenis is JenisDokumen.MPH_TIM:
        return mph_tim(session, target_id)
    unor_id, _, tahun = target_id.partition("@")
    return mph_unit(session, unor_id, int(tahun))


def target_mph_unit(unor_id: str, tahun: int) -> str:
    """The target id of a unit's MPH (a unit has one per year)."""
    return f"{unor_id}@{tahun}"


def skp_target(session: Session, jenis: JenisDokumen, target_id: str) -> Skp | None:
    """The SKP a document is made of (None for the MPH)."""
    if jenis.per_skp:
        return ambil_skp(session, target_id)
    if jenis.per_periode:
        pp = session.get(PeriodePenilaian, target_id)
        if pp is None or pp.deleted_at is not None:
            raise NotFoundError("Periode penilaian SKP ini tidak ditemukan di komputer ini.")
        return ambil_skp(session, pp.skp_id)
    return None


def periode_skp(session: Session, skp_id: str) -> list[PeriodeSkpPilihan]:
    query = (
        select(PeriodePenilaian.id, Periode, PenilaianPeriode.rating_hasil_kerja)
        .join(Periode, Periode.id == PeriodePenilaian.periode_id)
        .outerjoin(
            PenilaianPeriode,
            (PenilaianPeriode.periode_penilaian_id == PeriodePenilaian.id)
            & PenilaianPeriode.deleted_at.is_(None),
        )
        .where(PeriodePenilaian.skp_id == skp_id, PeriodePenilaian.deleted_at.is_(None))
        .order_by(Periode.awal, Periode.nomor)
    )
    hasil: list[PeriodeSkpPilihan] = []
    for pp_id, p, rating in session.execute(query):
        hasil.append(
            PeriodeSkpPilihan(pp_id, p.nama, p.jenis, p.awal, p.akhir, isinstance(rating, Rating))
        )
    # The final period last, whatever its dates say.
    hasil.sort(key=lambda x: (x.jenis is JenisPeriode.FINAL, x.awal))
    return hasil


def item_batch(
    session: Session, cakupan: Cakupan, periode_id: str, jenis: JenisDokumen
) -> list[ItemBatch]:
    """The documents of a batch: every counted pegawai of the unit (or the PPK's subordinates)
    whose SKP has the document — the period added, for per-period documents."""
    rekap = muat_rekap(session, cakupan, periode_id)
    hasil: list[ItemBatch] = []
    for row in rekap.rows:
        target = row.periode_penilaian_id if jenis.per_periode else row.skp_id
        if target is not None:
            hasil.append(ItemBatch(target, row.nama, row.nip))
    return hasil


class LayananDokumen:
    """The Cetak screens' service: lists, data and permissions for printing."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def daftar_skp(self) -> list[SkpPilihan]:
        with self.uow.read() as session:
            return daftar_skp_cetak(session, self.uow.aktor)

    def periode_skp(self, skp_id: str) -> list[PeriodeSkpPilihan]:
        with self.uow.read() as session:
            return periode_skp(session, skp_id)

    def kota(self, jenis: JenisDokumen, target_id: str) -> str:
        """The default signing place: the kota of the SKP's unit."""
        with self.uow.read() as session:
            skp = skp_target(session, jenis, target_id)
            if skp is None:
                return ""
            return kota_unit(session, session.get(Unor, skp.unor_id))

    def kota_aktor(self) -> str:
        """The acting user's unit's kota: the signing place of a batch's default."""
        aktor = self.uow.aktor
        if aktor is None:
            return ""
        with self.uow.read() as session:
            pegawai = session.get(Pegawai, aktor.pegawai_id)
            return kota_unit(session, pegawai.unor) if pegawai is not None else ""

    def dokumen(self, jenis: JenisDokumen, target_id: str) -> Dokumen:
        """One document's data, for a user allowed to print it."""
        with self.uow.read() as session:
            skp = skp_target(session, jenis, target_id)
            if skp is not None:
                periksa_boleh_cetak(session, self.uow.aktor, skp)
            return muat_dokumen(session, jenis, target_id)

    def cakupan_batch(self) -> list[Cakupan]:
        aktor = self.uow.aktor
        if aktor is None:
            return []
        with self.uow.read() as session:
            return cakupan_aktor(session, aktor.pegawai_id, aktor.is_admin)

    def periode_instansi(self) -> list[PeriodeRow]:
        aktor = self.uow.aktor
        if aktor is None:
            return []
        with self.uow.read() as session:
            return daftar_periode(session, instansi_pegawai(session, aktor.pegawai_id))

    def item_batch(self, cakupan: Cakupan, periode_id: str, jenis: JenisDokumen) -> list[ItemBatch]:
        if cakupan not in self.cakupan_batch():
            raise ForbiddenError("Anda tidak dapat mencetak dokumen unit atau pegawai ini.")
        with self.uow.read() as session:
            return item_batch(session, cakupan, periode_id, jenis)

    def daftar_mph(self, tahun: int) -> list[MphPilihan]:
        """The matrices the acting user may print: every one for an admin (S003 2.11), else
        those of the MPH screen (their own unit as a pimpinan, their teams)."""
        aktor = self.uow.aktor
        if aktor is None:
            return []
        with self.uow.read() as session:
            if aktor.is_admin:
                return daftar_mph(session, tahun)
            pegawai = session.get(Pegawai, aktor.pegawai_id)
            hasil = []
            for p in pilihan_mph(session, aktor.pegawai_id, tahun):
                if p.tim_id is not None:
                    hasil.append(MphPilihan("tim", p.tim_id, p.judul, tahun))
                elif pegawai is not None:
                    hasil.append(MphPilihan("unit", pegawai.unor_id, p.judul, tahun))
            return hasil
