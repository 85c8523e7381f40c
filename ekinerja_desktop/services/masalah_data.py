"""The admin's queue of master-data problems (USERS.md pain 6), read for the Admin Instansi page.

Four queries whatever the size of the instansi (its pegawai, deactivated ones included to name
them; its units, deactivated ones included; the SKPs still on their way to approval; the
assignments still running), then the domain's pure rules (`periksa_data_induk`). On 5,000
pegawai that is a fraction of a second, not a query per pegawai.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    DataInduk,
    MasalahDataInduk,
    PegawaiPeriksa,
    PltPeriksa,
    SkpPeriksa,
    StatusSkp,
    UnitPeriksa,
    periksa_data_induk,
)
from ekinerja_desktop.models import Pegawai, PltPlh, Skp, Unor
from ekinerja_desktop.services.admin import LayananDataInduk

#: The statuses in which an SKP still needs its pejabat penilai to move on.
STATUS_MENUNGGU_PENILAI = (StatusSkp.DRAFT, StatusSkp.PENGAJUAN)


def data_induk(session: Session, instansi_id: str, hari_ini: date) -> DataInduk:
    """The instansi's master data as the problem rules read it."""
    pegawai = [
        PegawaiPeriksa(
            id=r.id,
            nama=r.nama,
            nip=r.nip,
            unor_id=r.unor_id,
            atasan_id=r.atasan_id,
            jenis_jabatan=r.jenis_jabatan,
            kelompok_jabatan=r.kelompok_jabatan,
            golongan=r.golongan,
            jenjang=r.jenjang,
            tmt_jabatan=r.tmt_jabatan,
            aktif=r.deleted_at is None,
        )
        for r in session.execute(
            select(
                Pegawai.id,
                Pegawai.nama,
                Pegawai.nip,
                Pegawai.unor_id,
                Pegawai.atasan_id,
                Pegawai.jenis_jabatan,
                Pegawai.kelompok_jabatan,
                Pegawai.golongan,
                Pegawai.jenjang,
                Pegawai.tmt_jabatan,
                Pegawai.deleted_at,
            ).where(Pegawai.instansi_id == instansi_id)
        )
    ]
    unit = [
        UnitPeriksa(
            r.id, r.nama, r.unor_atasan_id, r.unor_induk_id, r.mandiri, r.deleted_at is None
        )
        for r in session.execute(
            select(
                Unor.id,
                Unor.nama,
                Unor.unor_atasan_id,
                Unor.unor_induk_id,
                Unor.mandiri,
                Unor.deleted_at,
            ).where(Unor.instansi_id == instansi_id)
        )
    ]
    return DataInduk(
        pegawai,
        unit,
        _skp_menunggu(session, instansi_id),
        _plt_berjalan(session, instansi_id, hari_ini),
        hari_ini,
    )


def _skp_menunggu(session: Session, instansi_id: str) -> list[SkpPeriksa]:
    """Live SKPs in Draft or Pengajuan of the instansi's live pegawai."""
    query = (
        select(
            Skp.id,
            Skp.pegawai_id,
            Skp.status,
            Skp.pejabat_penilai_id,
            Skp.periode_awal,
            Skp.periode_akhir,
        )
        .join(Pegawai, Pegawai.id == Skp.pegawai_id)
        .where(
            Pegawai.instansi_id == instansi_id,
            Pegawai.deleted_at.is_(None),
            Skp.deleted_at.is_(None),
            Skp.status.in_(STATUS_MENUNGGU_PENILAI),
        )
    )
    return [SkpPeriksa(*row) for row in session.execute(query)]


def _plt_berjalan(session: Session, instansi_id: str, hari_ini: date) -> list[PltPeriksa]:
    """Live, active assignments of the instansi that run past today."""
    query = (
        select(
            PltPlh.id,
            PltPlh.pegawai_id,
            PltPlh.unor_id,
            PltPlh.jabatan,
            PltPlh.jenis,
            PltPlh.periode_awal,
            PltPlh.periode_akhir,
        )
        .join(Pegawai, Pegawai.id == PltPlh.pegawai_id)
        .where(
            Pegawai.instansi_id == instansi_id,
            PltPlh.deleted_at.is_(None),
            PltPlh.aktif.is_(True),
            PltPlh.periode_akhir > hari_ini,
        )
    )
    return [PltPeriksa(*row) for row in session.execute(query)]


def daftar_masalah(session: Session, instansi_id: str, hari_ini: date) -> list[MasalahDataInduk]:
    return periksa_data_induk(data_induk(session, instansi_id, hari_ini))


class LayananMasalahData(LayananDataInduk):
    """The queue of the acting admin's instansi ("Masalah Data Induk")."""

    def daftar_masalah(self) -> list[MasalahDataInduk]:
        hari_ini = self.uow.today()
        return self._baca(lambda s, instansi_id: daftar_masalah(s, instansi_id, hari_ini))
