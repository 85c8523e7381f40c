"""Admin instansi (S003 2.3, 2.4): unit organisasi, pegawai and PLT/PLH assignments.

Every public method is one unit of work: the record and its outbox entry (`unor.create`,
`pegawai.update`, `plt_plh.delete`, …) commit together, or nothing is written. Writes are
authorised by the domain's admin policy (`authz.policy_admin`), the same table the server's
push applies, so a non-admin is refused here before the server would. Bad input raises
`IsianSalah` (a `UserError` naming the field it is about, for the dialog's inline message).

Deactivating is a soft delete. A unit still holding pegawai, sub-units, units that take it as
their unor induk, or an active PLT/PLH is refused; so is a pegawai who is still someone's atasan
or holds an active PLT/PLH: their records would point at nobody.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    DomainError,
    JenisJabatan,
    JenisPlt,
    Jenjang,
    KelompokJabatan,
    PenugasanPlt,
    format_tanggal,
    periksa_atasan,
    periksa_golongan,
    periksa_nomor_pegawai,
    periksa_penugasan_plt,
    periksa_unor_atasan,
    rantai_ke_atas,
)
from ekinerja_desktop.domain.authz import Actor, Refuse, Relations, TargetFacts, authorize
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import Pegawai, PltPlh, Unor
from ekinerja_desktop.models.base import SyncedMixin
from ekinerja_desktop.services import entities, queries_admin
from ekinerja_desktop.services.queries_admin import InstansiRow, PegawaiRow, PltRow, UnorRow
from ekinerja_desktop.services.uow import Tulis, UnitOfWork

PESAN_BUKAN_ADMIN = "Hanya admin instansi yang dapat mengelola data induk."
MAKS_NAMA = 255
MAKS_JENIS_UNOR = 80  # unor.jenis, unor.kota

M = TypeVar("M", bound=SyncedMixin)
T = TypeVar("T")


class IsianSalah(UserError):
    """Refused input; `kolom` names the field (a key of the Data* classes) it is about."""

    def __init__(self, kolom: str, pesan: str) -> None:
        super().__init__(pesan)
        self.kolom = kolom


# --- input ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DataUnor:
    nama: str
    jenis: str = ""
    unor_atasan_id: str | None = None
    unor_induk_id: str | None = None
    mandiri: bool = False
    kota: str = ""


@dataclass(frozen=True)
class DataPegawai:
    nip: str
    nama: str
    jabatan: str
    unor_id: str
    jenis_jabatan: JenisJabatan = JenisJabatan.PEGAWAI
    kelompok_jabatan: KelompokJabatan = KelompokJabatan.JA
    golongan: str | None = None
    jenjang: Jenjang | None = None  # JF only
    tmt_jabatan: date | None = None  # JF only (angka kredit counts from it)
    atasan_id: str | None = None


@dataclass(frozen=True)
class DataPlt:
    pegawai_id: str
    unor_id: str
    jabatan: str
    jenis: JenisPlt
    periode_awal: date
    periode_akhir: date
    aktif: bool = True


def _rapi(teks: str) -> str:
    return " ".join(teks.split())


def _teks(kesalahan: dict[str, str], kolom: str, nilai: str, label: str, maks: int) -> None:
    if not _rapi(nilai):
        kesalahan.setdefault(kolom, f"{label} belum diisi.")
    elif len(_rapi(nilai)) > maks:
        kesalahan.setdefault(kolom, f"{label} paling panjang {maks} karakter.")


def kesalahan_unor(data: DataUnor) -> dict[str, str]:
    """What is wrong with the fields themselves, by field (the dialog shows them inline)."""
    kesalahan: dict[str, str] = {}
    _teks(kesalahan, "nama", data.nama, "Nama unit", MAKS_NAMA)
    if len(_rapi(data.jenis)) > MAKS_JENIS_UNOR:
        kesalahan["jenis"] = f"Jenis paling panjang {MAKS_JENIS_UNOR} karakter."
    if len(_rapi(data.kota)) > MAKS_JENIS_UNOR:
        kesalahan["kota"] = f"Kota paling panjang {MAKS_JENIS_UNOR} karakter."
    return kesalahan


def kesalahan_pegawai(data: DataPegawai) -> dict[str, str]:
    """Field checks of a pegawai: NIP (NIK only for a JPT), golongan of the NIP's kind, names."""
    kesalahan: dict[str, str] = {}
    try:
        nomor = periksa_nomor_pegawai(
            data.nip, boleh_nik=data.kelompok_jabatan is KelompokJabatan.JPT
        )
    except DomainError as error:
        kesalahan["nip"] = str(error)
    else:
        try:
            periksa_golongan(nomor, data.golongan)
        except DomainError as error:
            kesalahan["golongan"] = str(error)
    _teks(kesalahan, "nama", data.nama, "Nama", MAKS_NAMA)
    _teks(kesalahan, "jabatan", data.jabatan, "Jabatan", MAKS_NAMA)
    if not data.unor_id:
        kesalahan["unor_id"] = "Unit organisasi belum dipilih."
    return kesalahan


def kesalahan_plt(data: DataPlt) -> dict[str, str]:
    kesalahan: dict[str, str] = {}
    if not data.pegawai_id:
        kesalahan["pegawai_id"] = "Pegawai belum dipilih."
    if not data.unor_id:
        kesalahan["unor_id"] = "Unit organisasi belum dipilih."
    _teks(kesalahan, "jabatan", data.jabatan, "Jabatan PLT/PLH", MAKS_NAMA)
    if data.periode_akhir < data.periode_awal:
        kesalahan["periode_akhir"] = (
            f"Periode akhir ({format_tanggal(data.periode_akhir)}) tidak boleh sebelum "
            f"periode awal ({format_tanggal(data.periode_awal)})."
        )
    return kesalahan


def _tolak_kesalahan(kesalahan: dict[str, str]) -> None:
    for kolom, pesan in kesalahan.items():
        raise IsianSalah(kolom, pesan)


def penugasan_baru(plt_id: str | None, data: DataPlt) -> PenugasanPlt:
    """The assignment `data` describes, as the overlap rule sees it (the dialog checks it as the
    user types, the service again on save)."""
    return PenugasanPlt(
        plt_id,
        data.unor_id,
        data.jabatan,
        data.jenis,
        data.periode_awal,
        data.periode_akhir,
        data.aktif,
    )


# --- who may: the domain's admin policy --------------------------------------------------------


def admin_aktor(t: Tulis) -> Pegawai:
    """The acting admin's own record; ForbiddenError for anyone else."""
    saya = t.session.get(Pegawai, t.aktor.pegawai_id)
    if saya is None or saya.deleted_at is not None or not t.aktor.is_admin:
        raise ForbiddenError(PESAN_BUKAN_ADMIN)
    return saya


def izinkan(t: Tulis, saya: Pegawai, op: str, instansi_id: str, exists: bool = True) -> None:
    """`authorize` with the op about to be recorded: what the server will decide on push."""
    actor = Actor(saya.id, saya.is_admin, saya.instansi_id, saya.unor_id)
    target = TargetFacts(entity=op.partition(".")[0], exists=exists, instansi_id=instansi_id)
    decision = authorize(actor, op, target, Relations())
    if isinstance(decision, Refuse):
        raise ForbiddenError(decision.pesan)


def hidup(t: Tulis, model: type[M], id_: str, apa: str, instansi_id: str) -> M:
    """A live record of the admin's own instansi (units, pegawai carry `instansi_id`)."""
    obj = entities.get(t, model, id_, apa)
    if getattr(obj, "instansi_id", instansi_id) != instansi_id:
        raise ForbiddenError(f"{apa} ini bukan bagian dari instansi Anda.")
    return obj


def milik_instansi(t: Tulis, saya: Pegawai, model: type[M], id_: str, apa: str, op: str) -> M:
    """The live record `op` is about, once it is known to be of the admin's instansi and the
    admin policy allows `op` on it (`hidup` has checked its instansi is the admin's)."""
    obj = hidup(t, model, id_, apa, saya.instansi_id)
    izinkan(t, saya, op, saya.instansi_id)
    return obj


def _jumlah(t: Tulis, *where: object) -> int:
    return int(t.session.scalar(select(func.count()).where(*where)) or 0)  # type: ignore[arg-type]


# --- the service ------------------------------------------------------------------------------


class LayananDataInduk:
    """What the admin services share: reading the lists of the acting pegawai's instansi, and
    writing as its admin."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def _instansi_id(self) -> str:
        if self.uow.aktor is None:
            raise ForbiddenError("Masuk terlebih dahulu.")
        with self.uow.read() as s:
            return queries_admin.instansi_pegawai(s, self.uow.aktor.pegawai_id)

    def _baca(self, query: Callable[[Session, str], T]) -> T:
        """`query` on the acting pegawai's instansi."""
        instansi_id = self._instansi_id()
        with self.uow.read() as s:
            return query(s, instansi_id)

    @contextmanager
    def _tulis(self) -> Iterator[tuple[Tulis, Pegawai]]:
        """One unit of work of the acting admin, with their own record: anyone else gets a
        ForbiddenError before the method reads or writes anything more."""
        with self.uow.write() as t:
            yield t, admin_aktor(t)


class LayananAdmin(LayananDataInduk):
    """Unit organisasi, pegawai and PLT/PLH of the admin's instansi."""

    # --- reading ------------------------------------------------------------------------------

    def instansi(self) -> InstansiRow:
        return self._baca(queries_admin.instansi)

    def daftar_unor(self) -> list[UnorRow]:
        return self._baca(queries_admin.daftar_unor)

    def daftar_pegawai(self) -> list[PegawaiRow]:
        return self._baca(queries_admin.daftar_pegawai)

    def daftar_plt(self) -> list[PltRow]:
        return self._baca(queries_admin.daftar_plt)

    # --- unit organisasi ----------------------------------------------------------------------

    def tambah_unor(self, data: DataUnor) -> str:
        _tolak_kesalahan(kesalahan_unor(data))
        with self._tulis() as (t, saya):
            izinkan(t, saya, "unor.create", saya.instansi_id, exists=False)
            self._periksa_tempat_unor(t, saya.instansi_id, None, data)
            unor = entities.create(t, Unor, instansi_id=saya.instansi_id, **_kolom_unor(data))
            return unor.id

    def ubah_unor(self, unor_id: str, data: DataUnor) -> None:
        """Rename, re-classify, and (with a new unor atasan) move a unit."""
        _tolak_kesalahan(kesalahan_unor(data))
        with self._tulis() as (t, saya):
            unor = milik_instansi(t, saya, Unor, unor_id, "Unit organisasi", "unor.update")
            self._periksa_tempat_unor(t, saya.instansi_id, unor.id, data)
            entities.update(t, unor, **_kolom_unor(data))

    def pindah_unor(self, unor_id: str, unor_atasan_id: str | None) -> None:
        """Move a unit (with everything below it) under another unit, or to the top."""
        with self.uow.read() as s:
            unor = s.get(Unor, unor_id)
            if unor is None or unor.deleted_at is not None:
                raise UserError("Unit organisasi tidak ditemukan (mungkin sudah dinonaktifkan).")
            data = _data_unor(unor)
        self.ubah_unor(unor_id, replace(data, unor_atasan_id=unor_atasan_id))

    def hapus_unor(self, unor_id: str) -> None:
        """Deactivate (soft delete) a unit nothing depends on any more."""
        with self._tulis() as (t, saya):
            unor = milik_instansi(t, saya, Unor, unor_id, "Unit organisasi", "unor.delete")
            hari_ini = t.now.date()
            masih = {
                "pegawai": _jumlah(t, Pegawai.unor_id == unor.id, Pegawai.deleted_at.is_(None)),
                "unit di bawahnya": _jumlah(
                    t, Unor.unor_atasan_id == unor.id, Unor.deleted_at.is_(None)
                ),
                "unit yang menjadikannya unor induk": _jumlah(
                    t, Unor.unor_induk_id == unor.id, Unor.id != unor.id, Unor.deleted_at.is_(None)
                ),
                "PLT/PLH aktif": _jumlah(
                    t,
                    PltPlh.unor_id == unor.id,
                    PltPlh.deleted_at.is_(None),
                    PltPlh.aktif.is_(True),
                    PltPlh.periode_akhir >= hari_ini,
                ),
            }
            rincian = [f"{n} {apa}" for apa, n in masih.items() if n]
            if rincian:
                raise UserError(
                    f"Unit “{unor.nama}” tidak dapat dinonaktifkan: masih ada "
                    f"{_gabung(rincian)}. Pindahkan atau akhiri terlebih dahulu."
                )
            entities.delete(t, unor)

    def _periksa_tempat_unor(
        self, t: Tulis, instansi_id: str, unor_id: str | None, data: DataUnor
    ) -> None:
        atasan_dari, nama = queries_admin.atasan_unor(t.session, instansi_id)
        if data.unor_atasan_id is not None:
            hidup(t, Unor, data.unor_atasan_id, "Unor atasan", instansi_id)
            try:
                periksa_unor_atasan(unor_id, data.unor_atasan_id, atasan_dari, nama)
            except DomainError as error:
                raise IsianSalah("unor_atasan_id", str(error)) from error
        if data.unor_induk_id is not None:
            hidup(t, Unor, data.unor_induk_id, "Unor induk", instansi_id)
            di_atas_induk = rantai_ke_atas(data.unor_induk_id, atasan_dari)
            if unor_id is not None and unor_id in di_atas_induk[1:]:
                raise IsianSalah(
                    "unor_induk_id",
                    f"Unor induk tidak boleh unit di bawah unit ini ({nama[data.unor_induk_id]}).",
                )
        sama = t.session.scalar(
            select(Unor.nama).where(
                Unor.instansi_id == instansi_id,
                Unor.deleted_at.is_(None),
                Unor.unor_atasan_id.is_(None)
                if data.unor_atasan_id is None
                else Unor.unor_atasan_id == data.unor_atasan_id,
                func.lower(Unor.nama) == _rapi(data.nama).lower(),
                Unor.id != (unor_id or ""),
            )
        )
        if sama is not None:
            tempat = nama.get(data.unor_atasan_id or "", "tingkat teratas")
            raise IsianSalah("nama", f"Sudah ada unit bernama “{sama}” di bawah {tempat}.")

    # --- pegawai ------------------------------------------------------------------------------

    def tambah_pegawai(self, data: DataPegawai) -> str:
        """A new pegawai; a deactivated pegawai with the same NIP comes back with these data."""
        _tolak_kesalahan(kesalahan_pegawai(data))
        with self._tulis() as (t, saya):
            nip = _nip(data)
            lama = t.session.scalar(select(Pegawai).where(Pegawai.nip == nip))
            if lama is not None and lama.deleted_at is None:
                raise IsianSalah("nip", f"NIP {nip} sudah dipakai oleh {lama.nama}.")
            if lama is not None:
                izinkan(t, saya, "pegawai.restore", lama.instansi_id)
                izinkan(t, saya, "pegawai.update", saya.instansi_id)
                self._periksa_pegawai(t, saya.instansi_id, lama.id, data)
                entities.restore(t, lama)
                entities.update(t, lama, **_kolom_pegawai(data))
                return lama.id
            izinkan(t, saya, "pegawai.create", saya.instansi_id, exists=False)
            self._periksa_pegawai(t, saya.instansi_id, None, data)
            pegawai = entities.create(
                t, Pegawai, instansi_id=saya.instansi_id, is_admin=False, **_kolom_pegawai(data)
            )
            return pegawai.id

    def ubah_pegawai(self, pegawai_id: str, data: DataPegawai) -> None:
        _tolak_kesalahan(kesalahan_pegawai(data))
        with self._tulis() as (t, saya):
            pegawai = milik_instansi(t, saya, Pegawai, pegawai_id, "Pegawai", "pegawai.update")
            nip = _nip(data)
            lain = t.session.scalar(
                select(Pegawai).where(Pegawai.nip == nip, Pegawai.id != pegawai.id)
            )
            if lain is not None:
                nonaktif = " (pegawai nonaktif)" if lain.deleted_at is not None else ""
                raise IsianSalah("nip", f"NIP {nip} sudah dipakai oleh {lain.nama}{nonaktif}.")
            self._periksa_pegawai(t, saya.instansi_id, pegawai.id, data)
            entities.update(t, pegawai, **_kolom_pegawai(data))

    def hapus_pegawai(self, pegawai_id: str) -> None:
        """Deactivate a pegawai nobody reports to and who acts in no post any more."""
        with self._tulis() as (t, saya):
            pegawai = milik_instansi(t, saya, Pegawai, pegawai_id, "Pegawai", "pegawai.delete")
            if pegawai.id == saya.id:
                raise UserError("Anda tidak dapat menonaktifkan akun Anda sendiri.")
            bawahan = _jumlah(t, Pegawai.atasan_id == pegawai.id, Pegawai.deleted_at.is_(None))
            if bawahan:
                raise UserError(
                    f"{pegawai.nama} masih menjadi atasan langsung {bawahan} pegawai. "
                    "Ganti atasan mereka terlebih dahulu."
                )
            plt = _jumlah(
                t,
                PltPlh.pegawai_id == pegawai.id,
                PltPlh.deleted_at.is_(None),
                PltPlh.aktif.is_(True),
                PltPlh.periode_akhir >= t.now.date(),
            )
            if plt:
                raise UserError(
                    f"{pegawai.nama} masih memegang {plt} penugasan PLT/PLH aktif. "
                    "Akhiri penugasan itu terlebih dahulu."
                )
            entities.delete(t, pegawai)

    def _periksa_pegawai(
        self, t: Tulis, instansi_id: str, pegawai_id: str | None, data: DataPegawai
    ) -> None:
        hidup(t, Unor, data.unor_id, "Unit organisasi", instansi_id)
        if data.atasan_id is None:
            return
        try:
            hidup(t, Pegawai, data.atasan_id, "Atasan langsung", instansi_id)
            atasan_dari, nama = queries_admin.atasan_pegawai(t.session, instansi_id)
            periksa_atasan(pegawai_id, data.atasan_id, atasan_dari, nama)
        except (DomainError, UserError) as error:
            raise IsianSalah("atasan_id", str(error)) from error

    # --- PLT / PLH ----------------------------------------------------------------------------

    def tambah_plt(self, data: DataPlt) -> str:
        _tolak_kesalahan(kesalahan_plt(data))
        with self._tulis() as (t, saya):
            izinkan(t, saya, "plt_plh.create", saya.instansi_id, exists=False)
            self._periksa_plt(t, saya.instansi_id, None, data)
            plt = entities.create(t, PltPlh, **_kolom_plt(data))
            return plt.id

    def ubah_plt(self, plt_id: str, data: DataPlt) -> None:
        _tolak_kesalahan(kesalahan_plt(data))
        with self._tulis() as (t, saya):
            plt = self._plt(t, saya, plt_id, "plt_plh.update")
            self._periksa_plt(t, saya.instansi_id, plt.id, data)
            entities.update(t, plt, **_kolom_plt(data))

    def akhiri_plt(self, plt_id: str, tanggal: date) -> None:
        """End an assignment on `tanggal` (it still acts that day): never later than planned."""
        with self._tulis() as (t, saya):
            plt = self._plt(t, saya, plt_id, "plt_plh.update")
            if tanggal < plt.periode_awal:
                raise IsianSalah(
                    "periode_akhir",
                    f"Tanggal berakhir tidak boleh sebelum periode awal "
                    f"({format_tanggal(plt.periode_awal)}).",
                )
            if tanggal > plt.periode_akhir:
                raise IsianSalah(
                    "periode_akhir",
                    f"Penugasan ini sudah berakhir {format_tanggal(plt.periode_akhir)}; ubah "
                    "penugasannya untuk memperpanjang.",
                )
            entities.update(t, plt, periode_akhir=tanggal, aktif=tanggal >= t.now.date())

    def hapus_plt(self, plt_id: str) -> None:
        with self._tulis() as (t, saya):
            entities.delete(t, self._plt(t, saya, plt_id, "plt_plh.delete"))

    def _plt(self, t: Tulis, saya: Pegawai, plt_id: str, op: str) -> PltPlh:
        plt = entities.get(t, PltPlh, plt_id, "Penugasan PLT/PLH")
        pemegang = t.session.get(Pegawai, plt.pegawai_id)
        instansi_id = pemegang.instansi_id if pemegang is not None else ""
        izinkan(t, saya, op, instansi_id)
        return plt

    def _periksa_plt(self, t: Tulis, instansi_id: str, plt_id: str | None, data: DataPlt) -> None:
        hidup(t, Pegawai, data.pegawai_id, "Pegawai", instansi_id)
        hidup(t, Unor, data.unor_id, "Unit organisasi", instansi_id)
        rows = t.session.execute(
            select(PltPlh, Pegawai.nama)
            .join(Pegawai, Pegawai.id == PltPlh.pegawai_id)
            .where(PltPlh.unor_id == data.unor_id, PltPlh.deleted_at.is_(None))
        ).all()
        lain = [
            PenugasanPlt(
                p.id, p.unor_id, p.jabatan, p.jenis, p.periode_awal, p.periode_akhir, p.aktif, n
            )
            for p, n in rows
        ]
        try:
            periksa_penugasan_plt(penugasan_baru(plt_id, data), lain)
        except DomainError as error:
            raise IsianSalah("periode_awal", str(error)) from error


# --- fields -----------------------------------------------------------------------------------


def _gabung(bagian: list[str]) -> str:
    return bagian[0] if len(bagian) == 1 else ", ".join(bagian[:-1]) + " dan " + bagian[-1]


def _kolom_unor(data: DataUnor) -> dict[str, object]:
    return {
        "nama": _rapi(data.nama),
        "jenis": _rapi(data.jenis) or None,
        "unor_atasan_id": data.unor_atasan_id,
        "unor_induk_id": data.unor_induk_id,
        "mandiri": data.mandiri,
        "kota": _rapi(data.kota) or None,
    }


def _data_unor(unor: Unor) -> DataUnor:
    return DataUnor(
        unor.nama,
        unor.jenis or "",
        unor.unor_atasan_id,
        unor.unor_induk_id,
        unor.mandiri,
        unor.kota or "",
    )


def _nip(data: DataPegawai) -> str:
    boleh_nik = data.kelompok_jabatan is KelompokJabatan.JPT
    return periksa_nomor_pegawai(data.nip, boleh_nik=boleh_nik).digits


def _kolom_pegawai(data: DataPegawai) -> dict[str, object]:
    nomor = periksa_nomor_pegawai(data.nip, boleh_nik=data.kelompok_jabatan is KelompokJabatan.JPT)
    jf = data.kelompok_jabatan is KelompokJabatan.JF
    return {
        "nip": nomor.digits,
        "nama": _rapi(data.nama),
        "golongan": periksa_golongan(nomor, data.golongan),
        "jabatan": _rapi(data.jabatan),
        "jenis_jabatan": data.jenis_jabatan,
        "kelompok_jabatan": data.kelompok_jabatan,
        "jenjang": data.jenjang if jf else None,
        "tmt_jabatan": data.tmt_jabatan if jf else None,
        "unor_id": data.unor_id,
        "atasan_id": data.atasan_id,
    }


def _kolom_plt(data: DataPlt) -> dict[str, object]:
    return {
        "pegawai_id": data.pegawai_id,
        "unor_id": data.unor_id,
        "jabatan": _rapi(data.jabatan),
        "jenis": data.jenis,
        "periode_awal": data.periode_awal,
        "periode_akhir": data.periode_akhir,
        "aktif": data.aktif,
    }
