"""Use cases of aktivitas harian (S004, SIPIJAR): the pegawai adds, edits and deletes their
own entries; the atasan (the SKP's pejabat penilai) validates them one by one or all shown at
once, and may cancel a validation.

Every write is one unit of work sent as a generic record op the server authorises with
`domain.authz.policy_aktivitas`: `aktivitas_harian.create|update|delete|restore` by the owner;
a validation (or its cancellation) is an `aktivitas_harian.update` of `divalidasi_oleh_id` and
`divalidasi_pada` only. A refused call writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from ekinerja_desktop.domain import StatusSkp
from ekinerja_desktop.domain.aktivitas import (
    KOLOM_RENCANA_AKSI,
    KOLOM_RHK,
    KOLOM_TANGGAL,
    PESAN_SUDAH_DIVALIDASI,
    PESAN_VALIDASI_SENDIRI,
    IsianAktivitas,
    Kesalahan,
    RekapBulan,
    bertumpuk,
    boleh_batal_validasi_aktivitas,
    boleh_ubah_aktivitas,
    boleh_validasi_aktivitas,
    periksa_aktivitas,
    rapikan,
    rekap_bulan,
)
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import AktivitasHarian, Skp
from ekinerja_desktop.services import entities
from ekinerja_desktop.services.queries_aktivitas import (
    AktivitasRow,
    BawahanAktivitasRow,
    PilihanIsian,
    aktivitas_bulan,
    aktivitas_dinilai,
    bawahan_aktivitas,
    pilihan_isian,
    punya_skp,
    rentang_hari,
    skp_dinilai_ids,
    skp_pada,
)
from ekinerja_desktop.services.uow import Tulis, UnitOfWork

PESAN_BUKAN_PEMILIK = "Hanya pemilik yang dapat mengubah atau menghapus aktivitas hariannya."
PESAN_BUKAN_ATASAN = (
    "Hanya atasan yang menjadi pejabat penilai SKP pegawai ini yang dapat memvalidasi "
    "aktivitas hariannya."
)


class IsianTidakValid(UserError):
    """An entry refused by its content: carries each reason with the field it concerns, so the
    form can show them under their fields."""

    def __init__(self, kesalahan: Sequence[Kesalahan]) -> None:
        self.kesalahan = tuple(kesalahan)
        super().__init__("\n".join(k.pesan for k in self.kesalahan))


class LayananAktivitas:
    """Aktivitas harian use cases; every public write is one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def hari_ini(self) -> date:
        """Today where the user is: an entry made before 07.00 WIB is today's, not tomorrow's."""
        return self.uow.today()

    # --- reads ------------------------------------------------------------------------------

    def bisa_mengisi(self, pegawai_id: str) -> bool:
        """Whether the "Aktivitas Harian" page is for this pegawai: they have an SKP."""
        with self.uow.read() as session:
            return punya_skp(session, pegawai_id)

    def bisa_memvalidasi(self, pegawai_id: str) -> bool:
        """Whether the "Validasi Aktivitas" page is for this pegawai: they are the pejabat
        penilai of someone's approved SKP."""
        with self.uow.read() as session:
            return bool(skp_dinilai_ids(session, pegawai_id))

    def daftar_bulan(self, pegawai_id: str, tahun: int, bulan: int) -> list[AktivitasRow]:
        with self.uow.read() as session:
            return aktivitas_bulan(session, pegawai_id, tahun, bulan)

    def rekap(self, pegawai_id: str, tahun: int, bulan: int) -> RekapBulan:
        return rekap_bulan(self.daftar_bulan(pegawai_id, tahun, bulan), tahun, bulan)

    def pilihan(self, pegawai_id: str, tanggal: date) -> PilihanIsian | None:
        """What an entry of that date may refer to: its approved SKP's RHK and rencana aksi."""
        with self.uow.read() as session:
            skp = _skp_disetujui(session, pegawai_id, tanggal)
            return pilihan_isian(session, skp, tanggal) if skp is not None else None

    def bawahan(self, ppk_id: str) -> list[BawahanAktivitasRow]:
        with self.uow.read() as session:
            return bawahan_aktivitas(session, ppk_id)

    def daftar_validasi(
        self,
        ppk_id: str,
        tahun: int,
        bulan: int,
        pegawai_id: str | None = None,
        termasuk_divalidasi: bool = False,
    ) -> list[AktivitasRow]:
        with self.uow.read() as session:
            return aktivitas_dinilai(session, ppk_id, tahun, bulan, pegawai_id, termasuk_divalidasi)

    # --- the pegawai's own entries ------------------------------------------------------------

    def tambah(self, isian: IsianAktivitas) -> str:
        """A new entry on the approved SKP covering its date; returns its id."""
        isian = rapikan(isian)
        with self.uow.write() as t:
            pegawai_id = t.aktor.pegawai_id
            skp = _skp_disetujui(t.session, pegawai_id, isian.tanggal)
            self._periksa(t, isian, skp, pegawai_id, None)
            assert skp is not None
            aktivitas = entities.create(
                t,
                AktivitasHarian,
                pegawai_id=pegawai_id,
                skp_id=skp.id,
                divalidasi_oleh_id=None,
                divalidasi_pada=None,
                **_kolom(isian),
            )
            return aktivitas.id

    def ubah(self, aktivitas_id: str, isian: IsianAktivitas) -> None:
        """Change an own entry that is not validated; it stays on its SKP."""
        isian = rapikan(isian)
        with self.uow.write() as t:
            aktivitas = self._milik_sendiri(t, aktivitas_id)
            skp = t.session.get(Skp, aktivitas.skp_id)
            self._periksa(t, isian, skp, aktivitas.pegawai_id, aktivitas.id)
            entities.update(t, aktivitas, **_kolom(isian))

    def hapus(self, aktivitas_id: str) -> None:
        """Soft delete of an own entry that is not validated (undone with `pulihkan`)."""
        with self.uow.write() as t:
            entities.delete(t, self._milik_sendiri(t, aktivitas_id))

    def pulihkan(self, aktivitas_id: str) -> None:
        """Bring back a deleted own entry, unless another entry took its time meanwhile."""
        with self.uow.write() as t:
            aktivitas = t.session.get(AktivitasHarian, aktivitas_id)
            if aktivitas is None:
                raise UserError("Aktivitas harian tidak ditemukan.")
            if aktivitas.pegawai_id != t.aktor.pegawai_id:
                raise ForbiddenError(PESAN_BUKAN_PEMILIK)
            if aktivitas.deleted_at is None:
                return
            for lain in rentang_hari(t.session, aktivitas.pegawai_id, aktivitas.tanggal):
                if bertumpuk(
                    aktivitas.jam_mulai, aktivitas.jam_selesai, lain.jam_mulai, lain.jam_selesai
                ):
                    raise UserError(
                        "Aktivitas tidak dapat dikembalikan: waktunya kini bertumpuk dengan "
                        "aktivitas lain pada tanggal yang sama."
                    )
            entities.restore(t, aktivitas)

    # --- validation by the atasan -------------------------------------------------------------

    def validasi(self, aktivitas_id: str) -> None:
        with self.uow.write() as t:
            self._validasi(t, aktivitas_id)

    def validasi_semua(self, aktivitas_ids: Sequence[str]) -> int:
        """ "Validasi Semua": every given entry in one unit of work, or none if one is
        refused. Entries validated or deleted meanwhile (by sync) are left as they are;
        returns how many were validated now."""
        with self.uow.write() as t:
            return sum(1 for i in dict.fromkeys(aktivitas_ids) if self._validasi(t, i, True))

    def batal_validasi(self, aktivitas_id: str) -> None:
        """Cancel a validation: the entry is unlocked for its owner again."""
        with self.uow.write() as t:
            aktivitas = entities.get(t, AktivitasHarian, aktivitas_id, "Aktivitas harian")
            ppk, pemilik = self._peran(t, aktivitas)
            divalidasi = aktivitas.divalidasi_oleh_id is not None
            if not boleh_batal_validasi_aktivitas(ppk, pemilik, divalidasi):
                if ppk and not pemilik:
                    raise UserError("Aktivitas ini belum divalidasi.")
                raise ForbiddenError(PESAN_BUKAN_ATASAN)
            entities.update(t, aktivitas, divalidasi_oleh_id=None, divalidasi_pada=None)

    # --- rules shared by the methods ----------------------------------------------------------

    def _validasi(self, t: Tulis, aktivitas_id: str, lewati_yang_sudah: bool = False) -> bool:
        if lewati_yang_sudah:
            ada = t.session.get(AktivitasHarian, aktivitas_id)
            if ada is not None and ada.deleted_at is not None:
                return False  # deleted by its owner meanwhile (sync): nothing to validate
        aktivitas = entities.get(t, AktivitasHarian, aktivitas_id, "Aktivitas harian")
        ppk, pemilik = self._peran(t, aktivitas)
        divalidasi = aktivitas.divalidasi_oleh_id is not None
        if not boleh_validasi_aktivitas(ppk, pemilik, divalidasi):
            if pemilik:
                raise ForbiddenError(PESAN_VALIDASI_SENDIRI)
            if not ppk:
                raise ForbiddenError(PESAN_BUKAN_ATASAN)
            if lewati_yang_sudah:
                return False
            raise UserError("Aktivitas ini sudah divalidasi.")
        entities.update(t, aktivitas, divalidasi_oleh_id=t.aktor.pegawai_id, divalidasi_pada=t.now)
        return True

    @staticmethod
    def _peran(t: Tulis, aktivitas: AktivitasHarian) -> tuple[bool, bool]:
        """(pejabat penilai of the entry's SKP, owner of the entry) for the acting pegawai."""
        skp = t.session.get(Skp, aktivitas.skp_id)
        aktor = t.aktor.pegawai_id
        pemilik = aktivitas.pegawai_id == aktor
        ppk = skp is not None and skp.deleted_at is None and skp.pejabat_penilai_id == aktor
        return ppk, pemilik

    @staticmethod
    def _milik_sendiri(t: Tulis, aktivitas_id: str) -> AktivitasHarian:
        aktivitas = entities.get(t, AktivitasHarian, aktivitas_id, "Aktivitas harian")
        pemilik = aktivitas.pegawai_id == t.aktor.pegawai_id
        if not pemilik:
            raise ForbiddenError(PESAN_BUKAN_PEMILIK)
        if not boleh_ubah_aktivitas(pemilik, aktivitas.divalidasi_oleh_id is not None):
            raise UserError(PESAN_SUDAH_DIVALIDASI)
        return aktivitas

    def _periksa(
        self,
        t: Tulis,
        isian: IsianAktivitas,
        skp: Skp | None,
        pegawai_id: str,
        aktivitas_id: str | None,
    ) -> None:
        """Raise IsianTidakValid with every reason the entry cannot be saved on this SKP."""
        masa = (skp.periode_awal, skp.periode_akhir) if skp is not None else None
        lainnya = rentang_hari(t.session, pegawai_id, isian.tanggal, aktivitas_id)
        kesalahan = periksa_aktivitas(isian, self.hari_ini(), masa, lainnya, aktivitas_id)
        # With a date in the future or outside the SKP, the SKP's RHK cannot be checked yet.
        if not any(k.kolom == KOLOM_TANGGAL for k in kesalahan):
            if skp is None or skp.deleted_at is not None or skp.status is not StatusSkp.PERSETUJUAN:
                pesan = _pesan_tanpa_skp(t.session, isian, pegawai_id)
                kesalahan.insert(0, Kesalahan(KOLOM_TANGGAL, pesan))
            else:
                kesalahan += _periksa_rujukan(pilihan_isian(t.session, skp, isian.tanggal), isian)
        if kesalahan:
            raise IsianTidakValid(kesalahan)


def _skp_disetujui(session: Session, pegawai_id: str, tanggal: date) -> Skp | None:
    skps = skp_pada(session, pegawai_id, tanggal)
    return skps[0] if skps and skps[0].status is StatusSkp.PERSETUJUAN else None


def _pesan_tanpa_skp(session: Session, isian: IsianAktivitas, pegawai_id: str) -> str:
    skps = skp_pada(session, pegawai_id, isian.tanggal)
    if skps:
        return (
            f"SKP Anda untuk tanggal ini masih berstatus {skps[0].status.label}. Aktivitas "
            "harian diisi setelah SKP disetujui atasan."
        )
    return "Tidak ada SKP Anda yang mencakup tanggal ini."


def _periksa_rujukan(pilihan: PilihanIsian, isian: IsianAktivitas) -> list[Kesalahan]:
    """The RHK must be of the entry's SKP; the rencana aksi of that RHK, in a period that
    covers the date."""
    if isian.rhk_id is not None and isian.rhk_id not in {r.id for r in pilihan.rhk}:
        return [Kesalahan(KOLOM_RHK, "RHK ini bukan bagian dari SKP pada tanggal tersebut.")]
    if isian.rencana_aksi_id is not None and isian.rencana_aksi_id not in {
        r.id for r in pilihan.rencana_aksi_untuk(isian.rhk_id)
    }:
        return [
            Kesalahan(
                KOLOM_RENCANA_AKSI,
                "Rencana aksi ini bukan milik RHK terpilih pada periode tanggal tersebut.",
            )
        ]
    return []


def _kolom(isian: IsianAktivitas) -> dict[str, object]:
    return {
        "tanggal": isian.tanggal,
        "jam_mulai": isian.jam_mulai,
        "jam_selesai": isian.jam_selesai,
        "rhk_id": isian.rhk_id,
        "rencana_aksi_id": isian.rencana_aksi_id,
        "uraian": isian.uraian,
        "bukti_url": isian.bukti_url,
    }
