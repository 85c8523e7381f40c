"""Use cases of the SKP aggregate: create, content edits, status transitions."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ekinerja_desktop.domain import (
    PESAN_TERKUNCI,
    JenisRhk,
    JenisSkp,
    KelompokJabatan,
    KlasifikasiRhk,
    Pendekatan,
    PeranSkp,
    StatusSkp,
    boleh_edit_isi,
    periksa_periode_skp,
    periksa_transisi,
    periode_bertumpuk,
)
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import Iki, Pegawai, PltPlh, Rhk, RiwayatStatusSkp, Skp, Unor
from ekinerja_desktop.services import entities
from ekinerja_desktop.services.uow import Tulis, UnitOfWork

# The op a status change is sent as (SYNC.md "Operations").
OP_STATUS = {
    (StatusSkp.DRAFT, StatusSkp.PENGAJUAN): "skp.submit",
    (StatusSkp.PENGAJUAN, StatusSkp.PERSETUJUAN): "skp.approve",
    (StatusSkp.PENGAJUAN, StatusSkp.DRAFT): "skp.return",
}


def snapshot_pegawai(pegawai: Pegawai | None) -> dict[str, str]:
    """What a printed SKP shows of a person, frozen at drafting time."""
    if pegawai is None:
        return {}
    return {
        "id": pegawai.id,
        "nama": pegawai.nama,
        "nip": pegawai.nip,
        "golongan": pegawai.golongan or "",
        "jabatan": pegawai.jabatan,
        "unor": pegawai.unor.nama,
    }


def jenis_skp_untuk(pegawai: Pegawai) -> JenisSkp:
    """JPT and heads of a mandiri unit make the JPT format; everyone else JA/JF."""
    if pegawai.kelompok_jabatan is KelompokJabatan.JPT or _memimpin_unor_mandiri(pegawai):
        return JenisSkp.JPT
    return JenisSkp.JA_JF


def _memimpin_unor_mandiri(pegawai: Pegawai) -> bool:
    from ekinerja_desktop.domain import JenisJabatan

    return pegawai.unor.mandiri and pegawai.jenis_jabatan is JenisJabatan.PIMPINAN


def peran_aktor(t: Tulis, skp: Skp) -> PeranSkp | None:
    """The acting user's role towards this SKP, from current relations."""
    if t.aktor.pegawai_id == skp.pegawai_id:
        owner = t.session.get(Pegawai, skp.pegawai_id)
        if owner is not None and _memimpin_unor_mandiri(owner):
            return PeranSkp.PEGAWAI_UNOR_MANDIRI
        return PeranSkp.PEGAWAI
    if t.aktor.pegawai_id == skp.pejabat_penilai_id:
        return PeranSkp.PEJABAT_PENILAI
    if t.aktor.is_admin:
        return PeranSkp.ADMIN
    return None


class LayananSkp:
    """SKP use cases; every public method is one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    # --- the SKP itself -------------------------------------------------------------------

    def buat_skp(
        self,
        periode_awal: date,
        periode_akhir: date,
        pendekatan: Pendekatan,
        plt_plh_id: str | None = None,
    ) -> str:
        """The acting pegawai's new Draft SKP; returns its id."""
        periksa_periode_skp(periode_awal, periode_akhir)
        with self.uow.write() as t:
            pegawai = entities.get(t, Pegawai, t.aktor.pegawai_id, "Pegawai")
            plt = self._plt_aktif(t, plt_plh_id, pegawai) if plt_plh_id else None
            self._tolak_bertumpuk(t, pegawai.id, periode_awal, periode_akhir, plt_plh_id)
            unor = t.session.get(Unor, plt.unor_id) if plt else pegawai.unor
            assert unor is not None
            penilai = pegawai.atasan
            skp = entities.create(
                t,
                Skp,
                pegawai_id=pegawai.id,
                unor_id=unor.id,
                pejabat_penilai_id=penilai.id if penilai else None,
                atasan_pejabat_penilai_id=penilai.atasan_id if penilai else None,
                snapshot_pegawai=snapshot_pegawai(pegawai),
                snapshot_pejabat_penilai=snapshot_pegawai(penilai),
                snapshot_atasan_pejabat_penilai=snapshot_pegawai(
                    penilai.atasan if penilai else None
                ),
                tahun=periode_awal.year,
                periode_awal=periode_awal,
                periode_akhir=periode_akhir,
                pendekatan=pendekatan,
                jenis=jenis_skp_untuk(pegawai),
                plt_plh_id=plt.id if plt else None,
            )
            return skp.id

    def muat_ulang_snapshot(self, skp_id: str) -> None:
        """ "Muat ulang": refresh the pegawai and pejabat penilai from current master data."""
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            pegawai = entities.get(t, Pegawai, skp.pegawai_id, "Pegawai")
            penilai = pegawai.atasan
            entities.update(
                t,
                skp,
                pejabat_penilai_id=penilai.id if penilai else None,
                atasan_pejabat_penilai_id=penilai.atasan_id if penilai else None,
                snapshot_pegawai=snapshot_pegawai(pegawai),
                snapshot_pejabat_penilai=snapshot_pegawai(penilai),
                snapshot_atasan_pejabat_penilai=snapshot_pegawai(
                    penilai.atasan if penilai else None
                ),
            )

    def hapus_skp(self, skp_id: str) -> None:
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            entities.delete(t, skp)

    # --- RHK and IKI ----------------------------------------------------------------------

    def tambah_rhk(
        self,
        skp_id: str,
        teks: str,
        jenis: JenisRhk = JenisRhk.UTAMA,
        klasifikasi: KlasifikasiRhk = KlasifikasiRhk.INDIVIDU,
        **fields: Any,
    ) -> str:
        with self.uow.write() as t:
            skp = self._skp_untuk_edit(t, skp_id)
            urutan = 1 + max((r.urutan for r in skp.rhk if r.jenis is jenis), default=0)
            rhk = entities.create(
                t,
                Rhk,
                skp_id=skp.id,
                teks=teks,
                jenis=jenis,
                klasifikasi=klasifikasi,
                urutan=urutan,
                **fields,
            )
            self._isi_berubah(t, skp)
            return rhk.id

    def ubah_rhk(self, rhk_id: str, **fields: Any) -> None:
        with self.uow.write() as t:
            rhk = entities.get(t, Rhk, rhk_id, "RHK")
            skp = self._skp_untuk_edit(t, rhk.skp_id)
            if entities.update(t, rhk, **fields):
                self._isi_berubah(t, skp)

    def hapus_rhk(self, rhk_id: str) -> None:
        """Deletes the RHK with its IKI (soft, so undo can restore them)."""
        with self.uow.write() as t:
            rhk = entities.get(t, Rhk, rhk_id, "RHK")
            skp = self._skp_untuk_edit(t, rhk.skp_id)
            for iki in rhk.iki:
                entities.delete(t, iki)
            entities.delete(t, rhk)
            self._isi_berubah(t, skp)

    def tambah_iki(self, rhk_id: str, indikator: str, **fields: Any) -> str:
        with self.uow.write() as t:
            rhk = entities.get(t, Rhk, rhk_id, "RHK")
            skp = self._skp_untuk_edit(t, rhk.skp_id)
            urutan = 1 + max((i.urutan for i in rhk.iki), default=0)
            iki = entities.create(
                t, Iki, rhk_id=rhk.id, indikator=indikator, urutan=urutan, **fields
            )
            self._isi_berubah(t, skp)
            return iki.id

    def ubah_iki(self, iki_id: str, **fields: Any) -> None:
        with self.uow.write() as t:
            iki = entities.get(t, Iki, iki_id, "IKI")
            skp = self._skp_untuk_edit(t, iki.rhk.skp_id)
            if entities.update(t, iki, **fields):
                self._isi_berubah(t, skp)

    def hapus_iki(self, iki_id: str) -> None:
        with self.uow.write() as t:
            iki = entities.get(t, Iki, iki_id, "IKI")
            skp = self._skp_untuk_edit(t, iki.rhk.skp_id)
            entities.delete(t, iki)
            self._isi_berubah(t, skp)

    # --- status ---------------------------------------------------------------------------

    def ubah_status(self, skp_id: str, ke: StatusSkp, catatan: str | None = None) -> None:
        """A status transition by the acting user, per the domain status machine, recorded."""
        with self.uow.write() as t:
            skp = entities.get(t, Skp, skp_id, "SKP")
            peran = peran_aktor(t, skp)
            if peran is None:
                raise ForbiddenError("Anda tidak berwenang mengubah status SKP ini.")
            dari = skp.status
            periksa_transisi(dari, ke, peran, catatan)
            skp.status = ke
            if ke is StatusSkp.DRAFT:
                skp.catatan_perbaikan = catatan
            t.outbox(
                OP_STATUS.get((dari, ke), "skp.set_status"),
                skp.id,
                {"dari": dari, "ke": ke, "catatan": catatan, "versi_isi": skp.versi_isi},
                base_version=skp.version,
            )
            pelaku = t.session.get(Pegawai, t.aktor.pegawai_id)
            t.session.add(
                RiwayatStatusSkp(
                    skp_id=skp.id,
                    oleh_id=t.aktor.pegawai_id,
                    oleh_nama=pelaku.nama if pelaku else t.aktor.nama,
                    waktu=t.now,
                    dari=dari,
                    ke=ke,
                    catatan=catatan,
                )
            )

    # --- rules shared by the edits --------------------------------------------------------

    def _skp_untuk_edit(self, t: Tulis, skp_id: str) -> Skp:
        """The SKP, if the acting user may edit its content now."""
        skp = entities.get(t, Skp, skp_id, "SKP")
        if t.aktor.pegawai_id != skp.pegawai_id:
            raise ForbiddenError("Hanya pemilik SKP yang dapat mengubah isinya.")
        if not boleh_edit_isi(skp.status):
            raise UserError(PESAN_TERKUNCI)
        return skp

    @staticmethod
    def _isi_berubah(t: Tulis, skp: Skp) -> None:
        # Approval binds to the content version the PPK saw (SYNC.md "stale_review").
        skp.versi_isi += 1
        skp.updated_at = t.now

    @staticmethod
    def _plt_aktif(t: Tulis, plt_plh_id: str, pegawai: Pegawai) -> PltPlh:
        plt = entities.get(t, PltPlh, plt_plh_id, "Penugasan PLT/PLH")
        if plt.pegawai_id != pegawai.id or not plt.aktif:
            raise UserError("SKP PLT/PLH hanya untuk penugasan PLT/PLH Anda yang aktif.")
        return plt

    @staticmethod
    def _tolak_bertumpuk(
        t: Tulis, pegawai_id: str, awal: date, akhir: date, plt_plh_id: str | None
    ) -> None:
        """SKPs of the same kind (definitive, or the same PLT/PLH) must not overlap."""
        query = select(Skp).where(
            Skp.pegawai_id == pegawai_id,
            Skp.deleted_at.is_(None),
            Skp.plt_plh_id.is_(None) if plt_plh_id is None else Skp.plt_plh_id == plt_plh_id,
        )
        for other in t.session.scalars(query):
            if periode_bertumpuk(awal, akhir, other.periode_awal, other.periode_akhir):
                raise UserError(
                    "Periode SKP bertumpuk dengan SKP lain "
                    f"({other.periode_awal:%d-%m-%Y} s.d. {other.periode_akhir:%d-%m-%Y})."
                )
