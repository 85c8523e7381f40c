"""Drafting in Excel: the data of an SKP's template, and the import of a filled template into a
Draft SKP (issue 6, USERS.md pain 9).

The import is ONE unit of work: `LayananSkp`'s methods each open their own, so a file with one
bad row among good ones would leave half an SKP behind. Here every row is checked first and
every error is collected (by sheet, row and column, `impor_baris.py`); only a file without any
error is written, through `entities` (data and outbox entry together) and under the same rules
as `LayananSkp`: the acting user owns the SKP, it is a Draft, a leader RHK is one this pegawai
may intervene (`queries_skp.rhk_pimpinan`: the atasan's, the ketua tim's), an organisasi RHK is
tied to a unit or a team. A value equal to what the row already holds is never an error (an old
target typed as text, a leader RHK no longer on the list): export then import changes nothing.

The sheet is the whole truth of the RHK and IKI: rows without an id are added, rows with one are
updated in place, and the SKP's RHK and IKI missing from the sheet are deleted (softly, so they
can be restored). `periksa` tells what an import would do before it is done.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from sqlalchemy.orm import Session

from ekinerja_desktop.domain import PESAN_TERKUNCI, JenisRhk, boleh_edit_isi
from ekinerja_desktop.errors import ForbiddenError, NotFoundError, UserError
from ekinerja_desktop.models import Iki, Rhk, Skp
from ekinerja_desktop.services import entities, queries_skp
from ekinerja_desktop.services.impor_baris import BacaRhk, Konteks, baca_baris, konteks
from ekinerja_desktop.services.impor_sel import potong
from ekinerja_desktop.services.template_skp import (
    SHEET_HASIL_KERJA,
    BacaanTemplate,
    KesalahanImpor,
    TemplateSkpData,
)
from ekinerja_desktop.services.uow import Aktor, Tulis, UnitOfWork


class ImporGagal(UserError):
    """The file was not imported: carries every error, so the screen lists them all at once."""

    def __init__(self, kesalahan: Sequence[KesalahanImpor]) -> None:
        self.kesalahan = tuple(kesalahan)
        contoh = "\n".join(f"• {k}" for k in self.kesalahan[:5])
        lagi = len(self.kesalahan) - 5
        super().__init__(
            f"Berkas tidak diimpor; tidak ada yang diubah ({len(self.kesalahan)} kesalahan):\n"
            + contoh
            + (f"\n… dan {lagi} kesalahan lain." if lagi > 0 else "")
        )


@dataclass(frozen=True)
class RencanaImpor:
    """What an import does (or did) to the SKP."""

    rhk_baru: int = 0
    rhk_diubah: int = 0
    rhk_dihapus: int = 0
    iki_baru: int = 0
    iki_diubah: int = 0
    iki_dihapus: int = 0
    rhk_dihapus_teks: tuple[str, ...] = ()

    @property
    def kosong(self) -> bool:
        jumlah = (self.rhk_baru, self.rhk_diubah, self.rhk_dihapus)
        return not any((*jumlah, self.iki_baru, self.iki_diubah, self.iki_dihapus))

    def ringkasan(self) -> str:
        if self.kosong:
            return "Tidak ada perubahan: isi berkas sama dengan isi SKP."
        bagian = [
            f"{jumlah} {apa} {aksi}"
            for jumlah, apa, aksi in (
                (self.rhk_baru, "RHK", "ditambahkan"),
                (self.rhk_diubah, "RHK", "diubah"),
                (self.rhk_dihapus, "RHK", "dihapus"),
                (self.iki_baru, "IKI", "ditambahkan"),
                (self.iki_diubah, "IKI", "diubah"),
                (self.iki_dihapus, "IKI", "dihapus"),
            )
            if jumlah
        ]
        return ", ".join(bagian) + "."


# --- the plan ----------------------------------------------------------------------------------


def urutan_baru(lama: Sequence[int | None]) -> list[int]:
    """The urutan of rows in sheet order. Rows keep theirs (`lama`, None for a row new to the
    group) while the sheet kept their order and added rows only at the end, so an unchanged
    sheet changes nothing; otherwise the group is numbered 1, 2, 3 … anew."""
    dikenal = [u for u in lama if u is not None]
    pertama_baru = next((i for i, u in enumerate(lama) if u is None), len(lama))
    tetap = all(a < b for a, b in pairwise(dikenal)) and all(u is None for u in lama[pertama_baru:])
    if not tetap:
        return list(range(1, len(lama) + 1))
    berikut = max(dikenal, default=0)
    hasil = []
    for u in lama:
        if u is None:
            berikut += 1
            u = berikut
        hasil.append(u)
    return hasil


def _atur_urutan(ctx: Konteks, rhk: Sequence[BacaRhk]) -> None:
    per_jenis: dict[JenisRhk, list[BacaRhk]] = defaultdict(list)
    for r in rhk:
        per_jenis[r.fields["jenis"]].append(r)
    for jenis, grup in per_jenis.items():
        lama = [
            ctx.rhk[r.id].urutan if r.id and ctx.rhk[r.id].jenis is jenis else None for r in grup
        ]
        for r, u in zip(grup, urutan_baru(lama), strict=True):
            r.fields["urutan"] = u
    for r in rhk:
        lama = [
            ctx.iki[i.id].urutan if i.id and r.id and ctx.iki[i.id].rhk_id == r.id else None
            for i in r.iki
        ]
        for i, u in zip(r.iki, urutan_baru(lama), strict=True):
            i.fields["urutan"] = u


def _berubah(lama: object, fields: dict[str, Any]) -> bool:
    return any(getattr(lama, key) != value for key, value in fields.items())


def _rencana(ctx: Konteks, rhk: Sequence[BacaRhk]) -> RencanaImpor:
    di_sheet_rhk = {r.id for r in rhk if r.id}
    di_sheet_iki = {i.id for r in rhk for i in r.iki if i.id}
    rhk_dihapus = [r for r in ctx.rhk.values() if r.id not in di_sheet_rhk]
    iki_diubah = 0
    for r in rhk:
        for i in r.iki:
            if i.id is not None:
                pindah = ctx.iki[i.id].rhk_id != r.id
                iki_diubah += pindah or _berubah(ctx.iki[i.id], i.fields)
    return RencanaImpor(
        rhk_baru=sum(1 for r in rhk if r.id is None),
        rhk_diubah=sum(1 for r in rhk if r.id is not None and _berubah(ctx.rhk[r.id], r.fields)),
        rhk_dihapus=len(rhk_dihapus),
        iki_baru=sum(1 for r in rhk for i in r.iki if i.id is None),
        iki_diubah=iki_diubah,
        iki_dihapus=sum(1 for i in ctx.iki if i not in di_sheet_iki),
        rhk_dihapus_teks=tuple(potong(r.teks, 120) for r in rhk_dihapus),
    )


def _terapkan(t: Tulis, ctx: Konteks, skp: Skp, rhk: Sequence[BacaRhk]) -> None:
    """Write the plan: RHK and IKI in sheet order, then the deletions (IKI moved out of a
    deleted RHK have their new RHK by then)."""
    di_sheet_rhk = {r.id for r in rhk if r.id}
    di_sheet_iki = {i.id for r in rhk for i in r.iki if i.id}
    for r in rhk:
        if r.id is not None:
            obj = entities.get(t, Rhk, r.id, "RHK")
            entities.update(t, obj, **r.fields)
        else:
            obj = entities.create(t, Rhk, skp_id=skp.id, **r.fields)
        for i in r.iki:
            if i.id is not None:
                entities.update(t, entities.get(t, Iki, i.id, "IKI"), rhk_id=obj.id, **i.fields)
            else:
                entities.create(t, Iki, rhk_id=obj.id, **i.fields)
    for iki_id in ctx.iki:
        if iki_id not in di_sheet_iki:
            entities.delete(t, entities.get(t, Iki, iki_id, "IKI"))
    for rhk_id in ctx.rhk:
        if rhk_id not in di_sheet_rhk:
            entities.delete(t, entities.get(t, Rhk, rhk_id, "RHK"))
    # Approval binds to the content version the PPK saw (SYNC.md "stale_review").
    skp.versi_isi += 1
    skp.updated_at = t.now


# --- the service -------------------------------------------------------------------------------


class LayananImporSkp:
    """ "Unduh template SKP" and "Impor dari Excel"; every public method is one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def data_template(self, skp_id: str) -> TemplateSkpData:
        """What the template of this SKP is prefilled with (for anyone who may see the SKP)."""
        with self.uow.read() as session:
            editor = queries_skp.muat_editor(session, self.uow.aktor, skp_id)
            skp = queries_skp.skp_hidup(session, skp_id)
            if editor is None or skp is None:
                raise NotFoundError("SKP tidak ditemukan (mungkin sudah dihapus).")
            if editor.hak.peran is None:
                raise ForbiddenError("Anda tidak dapat mengunduh template SKP ini.")
            ctx = konteks(session, skp, editor.rhk)
            return TemplateSkpData(
                header=editor.header,
                kolom=ctx.kolom,
                rhk=editor.rhk,
                rhk_pimpinan=ctx.pimpinan,
                tautan=ctx.tautan,
                label_intervensi=ctx.label_intervensi,
                label_tautan=ctx.label_tautan,
                boleh_impor=editor.hak.boleh_edit_isi,
            )

    def periksa(self, skp_id: str, bacaan: BacaanTemplate) -> RencanaImpor:
        """What importing this file would change; ImporGagal with every error, if any."""
        with self.uow.read() as session:
            skp = _skp_untuk_impor(session, self.uow.aktor, skp_id)
            ctx, rhk = _baca(session, skp, bacaan)
            return _rencana(ctx, rhk)

    def impor(self, skp_id: str, bacaan: BacaanTemplate) -> RencanaImpor:
        """Import the file into the Draft SKP, all of it or (on any error) nothing."""
        with self.uow.write() as t:
            skp = _skp_untuk_impor(t.session, t.aktor, skp_id)
            ctx, rhk = _baca(t.session, skp, bacaan)
            rencana = _rencana(ctx, rhk)
            if not rencana.kosong:
                _terapkan(t, ctx, skp, rhk)
            return rencana


def _skp_untuk_impor(session: Session, aktor: Aktor | None, skp_id: str) -> Skp:
    skp = queries_skp.skp_hidup(session, skp_id)
    if skp is None:
        raise NotFoundError("SKP tidak ditemukan (mungkin sudah dihapus).")
    if aktor is None or aktor.pegawai_id != skp.pegawai_id:
        raise ForbiddenError("Hanya pemilik SKP yang dapat mengimpor isinya dari Excel.")
    if not boleh_edit_isi(skp.status):
        raise UserError(PESAN_TERKUNCI)
    return skp


def _baca(session: Session, skp: Skp, bacaan: BacaanTemplate) -> tuple[Konteks, list[BacaRhk]]:
    """The rows read against the SKP as it is now; ImporGagal if anything is wrong."""
    if bacaan.kesalahan:
        raise ImporGagal(bacaan.kesalahan)
    if bacaan.skp_id != skp.id:
        raise ImporGagal([_bukan_skp_ini(bacaan)])
    ctx = konteks(session, skp, queries_skp.baris_rhk(session, skp.id))
    rhk, kesalahan = baca_baris(ctx, bacaan)
    if kesalahan:  # in the order the user reads the sheet: by row, then left to right
        raise ImporGagal(sorted(kesalahan, key=_urutan_sel))
    _atur_urutan(ctx, rhk)
    return ctx, rhk


def _urutan_sel(k: KesalahanImpor) -> tuple[int, int, str]:
    kolom = k.kolom or ""
    return (k.baris or 0, len(kolom), kolom)


def _bukan_skp_ini(bacaan: BacaanTemplate) -> KesalahanImpor:
    if bacaan.skp_id is None:
        pesan = (
            "sel 'ID SKP' tidak ditemukan, jadi berkas ini bukan template SKP dari aplikasi ini. "
            "Gunakan 'Unduh template SKP', isi berkas itu, lalu impor kembali."
        )
    else:
        pesan = (
            "berkas ini adalah template untuk SKP lain. Unduh template dari SKP ini, salin isinya "
            "ke sana, lalu impor kembali."
        )
    return KesalahanImpor(pesan, SHEET_HASIL_KERJA)
