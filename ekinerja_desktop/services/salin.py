"""Copying from the previous period, so nobody retypes a plan (USERS.md pain 9).

Two copies, both called through their service (`LayananSkp.salin_dari_skp`,
`LayananPenilaian.salin_rencana_aksi`) as one unit of work:

- the RHK and IKI of one of the pegawai's earlier SKPs into a Draft. What belongs to the
  pejabat penilai (ekspektasi khusus) is not copied, and neither is a link that would be wrong in
  the new SKP: the leader RHK it intervenes is kept only when this SKP may still intervene it
  (the same rule as the RHK dialog's list, `queries_skp.rhk_pimpinan`: the current atasan's or
  ketua tim's RHK, in an SKP overlapping this SKP's period), else it is left empty so the check
  before "Ajukan" asks for it. A tim kerja (teams are yearly) is kept only when this SKP's
  pegawai still belongs to it.
- the rencana aksi of an earlier period into a periodic period, for each RHK still without one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    JenisPeriode,
    JenisRhk,
    JenisSkp,
    KlasifikasiRhk,
    Pendekatan,
    StatusSkp,
)
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import (
    Iki,
    Periode,
    PeriodePenilaian,
    RencanaAksi,
    Rhk,
    Skp,
    Unor,
)
from ekinerja_desktop.services import entities
from ekinerja_desktop.services.queries_skp import rhk_hidup, rhk_pimpinan, tim_terkait
from ekinerja_desktop.services.uow import Tulis

PESAN_PILIHAN_BERUBAH = (
    "RHK atau IKI yang dipilih tidak ada lagi pada SKP sumber; tutup dialog lalu coba lagi."
)

# --- rows -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkpSumberRow:
    """An earlier SKP of the same pegawai that RHK can be copied from."""

    id: str
    tahun: int
    periode_awal: date
    periode_akhir: date
    status: StatusSkp
    jenis: JenisSkp
    pendekatan: Pendekatan
    plt_plh: bool
    jumlah_rhk: int


@dataclass(frozen=True)
class HasilSalin:
    """What one copy created (exactly what its undo deletes) and what it had to leave out."""

    rhk_ids: tuple[str, ...]
    iki_ids: tuple[str, ...]
    intervensi_dikosongkan: int  # RHK whose leader RHK is not one this SKP may intervene


@dataclass(frozen=True)
class RencanaAksiSumber:
    teks: str
    target: str | None
    satuan: str | None


@dataclass(frozen=True)
class SalinRencanaAksiRow:
    """An RHK still without rencana aksi in the period, and what would be copied into it."""

    id: str  # the RHK
    nomor: str  # within its jenis, as on the Penilaian page
    jenis: JenisRhk
    rhk_teks: str
    sumber: str  # "Triwulan I", "SKP 2025 · Triwulan IV"; "" when nothing was found
    rencana_aksi: tuple[RencanaAksiSumber, ...]


# --- SKP: the RHK and IKI of an earlier SKP ---------------------------------------------------


def skp_sumber(session: Session, skp: Skp) -> list[SkpSumberRow]:
    """The pegawai's other SKPs that started no later than this one, newest first."""
    jumlah = (
        select(Rhk.skp_id, func.count(Rhk.id).label("n"))
        .where(Rhk.deleted_at.is_(None))
        .group_by(Rhk.skp_id)
        .subquery()
    )
    query = (
        select(Skp, func.coalesce(jumlah.c.n, 0))
        .outerjoin(jumlah, jumlah.c.skp_id == Skp.id)
        .where(
            Skp.pegawai_id == skp.pegawai_id,
            Skp.id != skp.id,
            Skp.deleted_at.is_(None),
            Skp.periode_awal <= skp.periode_awal,
        )
        .order_by(Skp.periode_awal.desc(), Skp.periode_akhir.desc(), Skp.created_at.desc())
    )
    return [
        SkpSumberRow(
            id=s.id,
            tahun=s.tahun,
            periode_awal=s.periode_awal,
            periode_akhir=s.periode_akhir,
            status=s.status,
            jenis=s.jenis,
            pendekatan=s.pendekatan,
            plt_plh=s.plt_plh_id is not None,
            jumlah_rhk=int(n),
        )
        for s, n in session.execute(query)
    ]


def periksa_sumber(skp: Skp, sumber: Skp) -> None:
    if sumber.pegawai_id != skp.pegawai_id:
        raise ForbiddenError("Hanya SKP Anda sendiri yang dapat disalin.")
    if sumber.id == skp.id:
        raise UserError("Pilih SKP lain sebagai sumber salinan, bukan SKP ini sendiri.")


def salin_rhk(t: Tulis, skp: Skp, sumber: Skp, pilihan: Mapping[str, Sequence[str]]) -> HasilSalin:
    """Copy the chosen RHK (id → the ids of its IKI to copy) of `sumber` to the end of their
    groups in `skp`, in the source's order; the caller has checked `skp` may be edited."""
    periksa_sumber(skp, sumber)
    if not pilihan:
        raise UserError("Pilih paling sedikit satu RHK untuk disalin.")
    asal = [r for r in rhk_hidup(t.session, sumber.id) if r.id in pilihan]
    if len(asal) != len(pilihan):
        raise UserError(PESAN_PILIHAN_BERUBAH)
    iki_asal = _iki_dipilih(asal, pilihan)
    boleh_intervensi = {r.id for r in rhk_pimpinan(t.session, skp)}
    tim_ids = {tim.id for tim, _leader in tim_terkait(t.session, skp)}
    urutan = {
        jenis: max((r.urutan for r in rhk_hidup(t.session, skp.id) if r.jenis is jenis), default=0)
        for jenis in JenisRhk
    }
    rhk_ids: list[str] = []
    iki_ids: list[str] = []
    dikosongkan = 0
    for rhk in asal:
        urutan[rhk.jenis] += 1
        leader = rhk.rhk_diintervensi_id if rhk.rhk_diintervensi_id in boleh_intervensi else None
        dikosongkan += bool(rhk.rhk_diintervensi_id) and leader is None
        baru = entities.create(
            t,
            Rhk,
            skp_id=skp.id,
            teks=rhk.teks,
            jenis=rhk.jenis,
            klasifikasi=rhk.klasifikasi,
            penugasan_dari=rhk.penugasan_dari,
            rhk_diintervensi_id=leader,
            urutan=urutan[rhk.jenis],
            **_tautan(t.session, skp, rhk, tim_ids),
        )
        rhk_ids.append(baru.id)
        for nomor, iki in enumerate(iki_asal[rhk.id], start=1):
            fields = _isi_iki(skp, sumber, iki)
            iki_ids.append(entities.create(t, Iki, rhk_id=baru.id, urutan=nomor, **fields).id)
    return HasilSalin(tuple(rhk_ids), tuple(iki_ids), dikosongkan)


def _iki_dipilih(asal: Sequence[Rhk], pilihan: Mapping[str, Sequence[str]]) -> dict[str, list[Iki]]:
    hasil: dict[str, list[Iki]] = {}
    for rhk in asal:
        hidup = {i.id: i for i in rhk.iki if i.deleted_at is None}
        dipilih = set(pilihan[rhk.id])
        if not dipilih <= set(hidup):
            raise UserError(PESAN_PILIHAN_BERUBAH)
        hasil[rhk.id] = sorted(
            (hidup[i] for i in dipilih), key=lambda i: (i.urutan, i.created_at, i.id)
        )
    return hasil


def _tautan(session: Session, skp: Skp, rhk: Rhk, tim_ids: set[str]) -> dict[str, str | None]:
    """The unit or team an RHK is tied to, where it still holds for this SKP; an organisasi
    RHK must keep a tie, so it falls back to this SKP's own unit."""
    unor = session.get(Unor, rhk.unor_id) if rhk.unor_id else None
    unor_id = unor.id if unor is not None and unor.deleted_at is None else None
    tim_id = rhk.tim_kerja_id if rhk.tim_kerja_id in tim_ids else None
    if rhk.klasifikasi is KlasifikasiRhk.ORGANISASI and not (unor_id or tim_id):
        unor_id = skp.unor_id
    return {"unor_id": unor_id, "tim_kerja_id": tim_id}


def _isi_iki(skp: Skp, sumber: Skp, iki: Iki) -> dict[str, Any]:
    """The IKI's fields as the new SKP's format reads them: aspek and perspektif only between
    SKPs of the same format (JA/JF vs JPT); a kuantitatif target folded into the narrative of
    a kualitatif SKP, so nothing typed is lost."""
    sama_jenis = skp.jenis is sumber.jenis
    fields: dict[str, Any] = {
        "indikator": iki.indikator,
        "target_min": iki.target_min,
        "target_max": iki.target_max,
        "satuan": iki.satuan,
        "aspek": iki.aspek if sama_jenis else None,
        "perspektif": iki.perspektif if sama_jenis else None,
    }
    if skp.pendekatan is not sumber.pendekatan:
        fields.update(target_min=None, target_max=None, satuan=None)
        target = format_target(iki.target_min, iki.target_max, iki.satuan)
        if skp.pendekatan is Pendekatan.KUALITATIF and target:
            fields["indikator"] = f"{iki.indikator.rstrip()} (target: {target})"
    return fields


def format_target(minimum: str | None, maksimum: str | None, satuan: str | None) -> str:
    """ "90–100 %", "4 laporan": one number when minimum and maximum agree."""
    lo, hi = (minimum or "").strip(), (maksimum or "").strip()
    angka = f"{lo}–{hi}" if lo and hi and lo != hi else (lo or hi)
    return " ".join(part for part in (angka, (satuan or "").strip()) if part)


def hapus_salinan(t: Tulis, skp: Skp, salinan: HasilSalin) -> None:
    """Undo of a copy: soft-delete exactly the records it created. Refused when a copied RHK
    meanwhile got an IKI of its own (from another device): deleting the RHK would orphan it."""
    milik = _milik(t, skp, salinan)
    disalin = set(salinan.iki_ids)
    for obj in milik:
        if isinstance(obj, Rhk) and any(
            i.deleted_at is None and i.id not in disalin for i in obj.iki
        ):
            raise UserError(
                "RHK hasil salinan sudah ditambah IKI lain, sehingga salinan tidak dapat "
                "dibatalkan sekaligus; hapus RHK-nya satu per satu."
            )
    for obj in milik:
        entities.delete(t, obj)


def pulihkan_salinan(t: Tulis, skp: Skp, salinan: HasilSalin) -> None:
    """Redo of a copy: the same records back (ids kept, so later commands naming them hold)."""
    for obj in reversed(_milik(t, skp, salinan)):
        entities.restore(t, obj)


def _milik(t: Tulis, skp: Skp, salinan: HasilSalin) -> list[Iki | Rhk]:
    """The copied IKI, then the copied RHK, all checked to belong to `skp`."""
    rhk = [t.session.get(Rhk, i) for i in salinan.rhk_ids]
    iki = [t.session.get(Iki, i) for i in salinan.iki_ids]
    found_rhk = [r for r in rhk if r is not None and r.skp_id == skp.id]
    ids = {r.id for r in found_rhk}
    found_iki = [i for i in iki if i is not None and i.rhk_id in ids]
    if len(found_rhk) != len(rhk) or len(found_iki) != len(iki):
        raise UserError("Salinan ini tidak lagi cocok dengan isi SKP; muat ulang lalu coba lagi.")
    return [*found_iki, *found_rhk]


# --- penilaian: the rencana aksi of an earlier period -------------------------------------------


def rencana_aksi_untuk_disalin(session: Session, pp: PeriodePenilaian) -> list[SalinRencanaAksiRow]:
    """Each RHK of the period's SKP without rencana aksi in it, with what would be copied: the
    rencana aksi of the nearest earlier periodic period of the same SKP that has some for this
    RHK, else those of an RHK with the same text in the pegawai's nearest earlier SKP that has
    some (its latest periodic period with rencana aksi for it)."""
    skp = session.get(Skp, pp.skp_id)
    periode = session.get(Periode, pp.periode_id)
    if skp is None or periode is None:
        return []
    semua = rhk_hidup(session, skp.id)
    sudah = set(
        session.scalars(
            select(RencanaAksi.rhk_id).where(
                RencanaAksi.periode_penilaian_id == pp.id, RencanaAksi.deleted_at.is_(None)
            )
        )
    )
    kosong = [(r, nomor) for r, nomor in _bernomor(semua) if r.id not in sudah]
    if not kosong:
        return []
    ini = _terakhir_per_rhk(session, [skp.id], sebelum=(periode.tahun, periode.nomor))
    lama = _dari_skp_sebelumnya(session, skp, [r for r, _ in kosong if r.id not in ini])
    rows = []
    for rhk, nomor in kosong:
        label, isi = ini.get(rhk.id) or lama.get(rhk.id) or ("", ())
        rows.append(SalinRencanaAksiRow(rhk.id, nomor, rhk.jenis, rhk.teks, label, tuple(isi)))
    return rows


def salin_rencana_aksi(t: Tulis, pp: PeriodePenilaian, rhk_ids: Iterable[str] | None) -> list[str]:
    """Create the rencana aksi `rencana_aksi_untuk_disalin` finds (for the given RHK only, when
    given); an RHK that meanwhile got one of its own is skipped. Returns the new ids."""
    wanted = set(rhk_ids) if rhk_ids is not None else None
    created = []
    for row in rencana_aksi_untuk_disalin(t.session, pp):
        if wanted is not None and row.id not in wanted:
            continue
        for nomor, ra in enumerate(row.rencana_aksi, start=1):
            baru = entities.create(
                t,
                RencanaAksi,
                periode_penilaian_id=pp.id,
                rhk_id=row.id,
                teks=ra.teks,
                target=ra.target,
                satuan=ra.satuan,
                urutan=nomor,
            )
            created.append(baru.id)
    if not created:
        raise UserError(
            "Tidak ada rencana aksi yang dapat disalin: setiap RHK yang dipilih sudah memiliki "
            "rencana aksi pada periode ini, atau tidak ada rencana aksi pada periode sebelumnya."
        )
    return created


def _bernomor(rhk: Sequence[Rhk]) -> list[tuple[Rhk, str]]:
    per_jenis: dict[JenisRhk, int] = defaultdict(int)
    hasil = []
    for r in rhk:
        per_jenis[r.jenis] += 1
        hasil.append((r, str(per_jenis[r.jenis])))
    return hasil


Ditemukan = tuple[str, list[RencanaAksiSumber]]  # (where it comes from, what)


def _terakhir_per_rhk(
    session: Session, skp_ids: Sequence[str], sebelum: tuple[int, int] | None = None
) -> dict[str, Ditemukan]:
    """Per RHK of these SKPs, the rencana aksi of its latest periodic period that has any
    (only periods before `sebelum`, (tahun, nomor), when given)."""
    if not skp_ids:
        return {}
    query = (
        select(RencanaAksi, Periode.nama, Periode.tahun, Periode.nomor)
        .join(PeriodePenilaian, PeriodePenilaian.id == RencanaAksi.periode_penilaian_id)
        .join(Periode, Periode.id == PeriodePenilaian.periode_id)
        .where(
            PeriodePenilaian.skp_id.in_(skp_ids),
            PeriodePenilaian.deleted_at.is_(None),
            RencanaAksi.deleted_at.is_(None),
            Periode.jenis == JenisPeriode.PERIODIK,
        )
        .order_by(
            Periode.tahun.desc(),
            Periode.nomor.desc(),
            RencanaAksi.urutan,
            RencanaAksi.created_at,
            RencanaAksi.id,
        )
    )
    hasil: dict[str, Ditemukan] = {}
    kunci: dict[str, tuple[int, int]] = {}
    for ra, nama, tahun, nomor in session.execute(query):
        if sebelum is not None and (tahun, nomor) >= sebelum:
            continue
        if kunci.setdefault(ra.rhk_id, (tahun, nomor)) != (tahun, nomor):
            continue  # an older period of an RHK already found
        hasil.setdefault(ra.rhk_id, (nama, []))[1].append(
            RencanaAksiSumber(ra.teks, ra.target, ra.satuan)
        )
    return hasil


def _dari_skp_sebelumnya(session: Session, skp: Skp, rhk: Sequence[Rhk]) -> dict[str, Ditemukan]:
    """For these RHK, the rencana aksi of an RHK with the same text in the pegawai's nearest
    earlier SKP that has some, labelled with that SKP's year and period."""
    if not rhk:
        return {}
    lama = list(
        session.scalars(
            select(Skp)
            .where(
                Skp.pegawai_id == skp.pegawai_id,
                Skp.id != skp.id,
                Skp.deleted_at.is_(None),
                Skp.periode_awal < skp.periode_awal,
            )
            .order_by(Skp.periode_awal.desc(), Skp.created_at.desc())
        )
    )
    if not lama:
        return {}
    tahun = {s.id: s.tahun for s in lama}
    urutan_skp = {s.id: n for n, s in enumerate(lama)}
    kandidat: dict[str, list[Rhk]] = defaultdict(list)
    for r in session.scalars(
        select(Rhk).where(Rhk.skp_id.in_(list(tahun)), Rhk.deleted_at.is_(None))
    ):
        kandidat[_kunci_teks(r.teks)].append(r)
    ra = _terakhir_per_rhk(session, list(tahun))
    hasil: dict[str, Ditemukan] = {}
    for r in rhk:
        for cocok in sorted(
            kandidat.get(_kunci_teks(r.teks), ()), key=lambda x: urutan_skp[x.skp_id]
        ):
            if cocok.id in ra:
                nama, isi = ra[cocok.id]
                hasil[r.id] = (f"SKP {tahun[cocok.skp_id]} · {nama}", isi)
                break
    return hasil


def _kunci_teks(teks: str) -> str:
    """RHK texts compared as a reader would: case and spacing do not matter."""
    return " ".join(teks.split()).casefold()
