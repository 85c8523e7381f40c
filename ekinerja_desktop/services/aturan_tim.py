"""Rules shared by the Tim Kerja and MPH services: who leads what, which SKP a leader may write
an RHK into, and how that RHK is written (with its outbox entries, in the caller's unit of work).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    MAKS_PANJANG_RHK,
    PESAN_TERKUNCI,
    JenisJabatan,
    JenisRhk,
    JenisSkp,
    KelompokJabatan,
    KlasifikasiRhk,
    StatusSkp,
)
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.models import AnggotaTim, Iki, Pegawai, Rhk, Skp, TimKerja, Unor
from ekinerja_desktop.services import entities
from ekinerja_desktop.services.skp import jenis_skp_untuk
from ekinerja_desktop.services.uow import Tulis


def adalah_jpt(pegawai: Pegawai) -> bool:
    """JPT or head of a mandiri unit: creates teams, leads the unit's MPH."""
    return jenis_skp_untuk(pegawai) is JenisSkp.JPT


def adalah_pimpinan(pegawai: Pegawai) -> bool:
    """Heads a unit (a PPK) or holds a JPT post: may assign RHK to pegawai from the MPH."""
    return (
        pegawai.jenis_jabatan is JenisJabatan.PIMPINAN
        or pegawai.kelompok_jabatan is KelompokJabatan.JPT
    )


def unor_di_bawah(session: Session, unor_id: str) -> list[str]:
    """The unit and every unit below it (through `unor_atasan_id`), the unit first."""
    anak: dict[str, list[str]] = defaultdict(list)
    rows = session.execute(
        select(Unor.id, Unor.unor_atasan_id).where(Unor.deleted_at.is_(None))
    ).all()
    for id_, atasan in rows:
        if atasan is not None:
            anak[atasan].append(id_)
    hasil, antrean, dilihat = [], [unor_id], {unor_id}
    while antrean:
        current = antrean.pop(0)
        hasil.append(current)
        for child in anak[current]:
            if child not in dilihat:  # a cycle in bad master data must not hang the app
                dilihat.add(child)
                antrean.append(child)
    return hasil


def skp_tahun(session: Session, pegawai_id: str, tahun: int) -> list[Skp]:
    """The pegawai's live SKPs of a year, definitive ones first, the latest period first."""
    return list(
        session.scalars(
            select(Skp)
            .where(Skp.pegawai_id == pegawai_id, Skp.tahun == tahun, Skp.deleted_at.is_(None))
            .order_by(Skp.plt_plh_id.is_not(None), Skp.periode_awal.desc())
        )
    )


def skp_draft_tahun(session: Session, pegawai_id: str, tahun: int) -> Skp | None:
    return next(
        (s for s in skp_tahun(session, pegawai_id, tahun) if s.status is StatusSkp.DRAFT), None
    )


def teks_rhk_bersih(teks: str) -> str:
    bersih = " ".join(teks.split())
    if not bersih:
        raise UserError("Teks Rencana Hasil Kerja belum diisi.")
    if len(bersih) > MAKS_PANJANG_RHK:
        raise UserError(
            f"Teks Rencana Hasil Kerja terlalu panjang: {len(bersih)} karakter "
            f"(maksimal {MAKS_PANJANG_RHK})."
        )
    return bersih


def skp_tujuan(t: Tulis, pegawai: Pegawai, tahun: int, skp_id: str | None) -> Skp:
    """The Draft SKP of `pegawai` in `tahun` a leader adds an RHK to, or a clear refusal."""
    if skp_id is not None:
        skp = entities.get(t, Skp, skp_id, "SKP")
        if skp.pegawai_id != pegawai.id:
            raise UserError("SKP yang dipilih bukan milik pegawai tersebut.")
        if skp.status is not StatusSkp.DRAFT:
            raise UserError(PESAN_TERKUNCI)
        return skp
    semua = skp_tahun(t.session, pegawai.id, tahun)
    if not semua:
        raise UserError(f"{pegawai.nama} belum membuat SKP tahun {tahun}.")
    draft = next((s for s in semua if s.status is StatusSkp.DRAFT), None)
    if draft is None:
        raise UserError(
            f"SKP {pegawai.nama} tahun {tahun} sudah {semua[0].status.label}; RHK hanya dapat "
            "ditambahkan pada SKP berstatus Draft. Minta pejabat penilai mengembalikannya ke Draft."
        )
    return draft


def tambah_rhk_ke_skp(
    t: Tulis,
    skp: Skp,
    teks: str,
    jenis: JenisRhk,
    klasifikasi: KlasifikasiRhk,
    indikator: str | None = None,
    **fields: str | None,
) -> Rhk:
    """An RHK (and optionally its first IKI) written into another pegawai's Draft SKP."""
    urutan = 1 + max(
        (r.urutan for r in skp.rhk if r.jenis is jenis and not r.deleted_at), default=0
    )
    rhk = entities.create(
        t,
        Rhk,
        skp_id=skp.id,
        teks=teks_rhk_bersih(teks),
        jenis=jenis,
        klasifikasi=klasifikasi,
        urutan=urutan,
        **fields,
    )
    if indikator and indikator.strip():
        entities.create(t, Iki, rhk_id=rhk.id, indikator=" ".join(indikator.split()), urutan=1)
    # Approval binds to the content version the PPK saw (SYNC.md "stale_review").
    skp.versi_isi += 1
    skp.updated_at = t.now
    return rhk


def rhk_tim_ketua(session: Session, tim: TimKerja) -> list[Rhk]:
    """The ketua's RHK tied to the team, in the ketua's SKPs of the team's year."""
    if tim.ketua_id is None:
        return []
    return list(
        session.scalars(
            select(Rhk)
            .join(Skp, Skp.id == Rhk.skp_id)
            .where(
                Skp.pegawai_id == tim.ketua_id,
                Skp.tahun == tim.tahun,
                Skp.deleted_at.is_(None),
                Rhk.deleted_at.is_(None),
                Rhk.tim_kerja_id == tim.id,
            )
            .order_by(Rhk.jenis, Rhk.urutan)
        )
    )


def tambah_rhk_tim(
    t: Tulis,
    tim: TimKerja,
    pegawai_id: str,
    rhk_diintervensi_id: str,
    teks: str,
    jenis: JenisRhk,
    indikator: str | None,
    skp_id: str | None,
) -> str:
    """The ketua's RHK for an anggota (the acting user is already known to be the ketua)."""
    pegawai = entities.get(t, Pegawai, pegawai_id, "Pegawai")
    anggota = t.session.scalar(
        select(AnggotaTim.id).where(
            AnggotaTim.tim_kerja_id == tim.id,
            AnggotaTim.pegawai_id == pegawai.id,
            AnggotaTim.deleted_at.is_(None),
        )
    )
    if anggota is None:
        raise UserError(f"{pegawai.nama} bukan anggota tim “{tim.nama}”.")
    if rhk_diintervensi_id not in {r.id for r in rhk_tim_ketua(t.session, tim)}:
        raise UserError("RHK yang diintervensi harus RHK ketua untuk tim ini.")
    skp = skp_tujuan(t, pegawai, tim.tahun, skp_id)
    rhk = tambah_rhk_ke_skp(
        t,
        skp,
        teks,
        jenis,
        KlasifikasiRhk.ORGANISASI,
        indikator,
        tim_kerja_id=tim.id,
        rhk_diintervensi_id=rhk_diintervensi_id,
        penugasan_dari=f"Ketua {tim.nama}",
    )
    return rhk.id
