"""Reading a filled SKP template into RHK with their IKI, with every error located by sheet, row
and column (issue 6). Nothing here writes: `services/impor_skp.py` plans and applies the result.

What the checks know about the SKP (`Konteks`) is built once per import from the same queries
the SKP editor uses, so the template's lists (leader RHK, units and teams) and the checks of the
import agree with the editor's choices.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from ekinerja_desktop.domain import Aspek, JenisRhk, KlasifikasiRhk, Pendekatan, Perspektif
from ekinerja_desktop.models import Skp, Unor
from ekinerja_desktop.services import queries_skp
from ekinerja_desktop.services.impor_sel import (
    MAKS_PENUGASAN,
    MAKS_SATUAN,
    SalahSel,
    nilai_enum,
    norm,
    opsional,
    potong,
    target,
    teks,
    teks_tetap,
)
from ekinerja_desktop.services.queries_skp import IkiRow, RhkPimpinanRow, RhkRow
from ekinerja_desktop.services.template_skp import (
    KOLOM_RHK,
    KOLOM_TERSEMBUNYI,
    MAKS_LABEL,
    BacaanTemplate,
    BarisTemplate,
    KesalahanImpor,
    KolomTemplate,
    PilihanTeks,
    kolom_template,
)

K = KolomTemplate
KOLOM_IKI = (K.IKI, K.ASPEK, K.PERSPEKTIF, K.TARGET_MIN, K.TARGET_MAX, K.SATUAN)
PREFIKS_UNIT = "Unit kerja: "
PREFIKS_TIM = "Tim kerja: "
LABEL_RHK_HILANG = "(RHK pimpinan sudah dihapus)"


# --- what the checks know about the SKP --------------------------------------------------------


@dataclass(frozen=True)
class Konteks:
    """The SKP as the checks see it: its live RHK and IKI by id, and the template's lists."""

    skp_id: str
    unor_id: str
    pendekatan: Pendekatan
    kolom: tuple[KolomTemplate, ...]
    rhk: Mapping[str, RhkRow]
    iki: Mapping[str, IkiRow]
    pimpinan: tuple[PilihanTeks, ...]
    pimpinan_per_teks: Mapping[str, tuple[str, ...]]  # the leader RHK's whole text (normalised)
    tautan: tuple[PilihanTeks, ...]
    label_intervensi: Mapping[str, str]
    label_tautan: Mapping[str, str]


def _label_pimpinan(rows: Sequence[RhkPimpinanRow]) -> tuple[PilihanTeks, ...]:
    """Unique cell texts for the leader RHK: the RHK (shortened) and its owner."""
    dipakai: set[str] = set()
    hasil = []
    for r in rows:
        pemilik = f" ({potong(r.pemilik_nama, 60)})"
        dasar = potong(r.teks, MAKS_LABEL - len(pemilik) - 5) + pemilik
        label, n = dasar, 2
        while norm(label) in dipakai:
            label, n = f"{dasar} [{n}]", n + 1
        dipakai.add(norm(label))
        hasil.append(PilihanTeks(label, r.id))
    return tuple(hasil)


def konteks(session: Session, skp: Skp, rhk: Sequence[RhkRow]) -> Konteks:
    """`rhk`: the SKP's live RHK as the editor shows them (`queries_skp.baris_rhk`)."""
    rows_pimpinan = queries_skp.rhk_pimpinan(session, skp)
    pimpinan = _label_pimpinan(rows_pimpinan)
    per_teks: dict[str, list[str]] = defaultdict(list)
    for row in rows_pimpinan:
        per_teks[norm(row.teks)].append(row.id)
    label_pimpinan = {p.id: p.label for p in pimpinan}
    tim = {t.id: t.nama for t, _ in queries_skp.tim_terkait(session, skp)}
    unit = session.get(Unor, skp.unor_id)
    unor = unit.nama if unit is not None else ""
    tautan = (
        PilihanTeks(f"{PREFIKS_UNIT}{unor}", f"unor:{skp.unor_id}"),
        *(PilihanTeks(f"{PREFIKS_TIM}{nama}", f"tim:{id_}") for id_, nama in sorted(tim.items())),
    )
    label_intervensi: dict[str, str] = {}
    label_tautan: dict[str, str] = {}
    for r in rhk:
        if r.rhk_diintervensi_id:
            label_intervensi[r.id] = label_pimpinan.get(r.rhk_diintervensi_id) or (
                potong(r.rhk_diintervensi_teks, MAKS_LABEL) or LABEL_RHK_HILANG
            )
        if r.tim_kerja_id:
            label_tautan[r.id] = f"{PREFIKS_TIM}{r.tautan_nama}"
        elif r.unor_id:
            label_tautan[r.id] = f"{PREFIKS_UNIT}{r.tautan_nama}"
    return Konteks(
        skp_id=skp.id,
        unor_id=skp.unor_id,
        pendekatan=skp.pendekatan,
        kolom=kolom_template(skp.jenis, skp.pendekatan),
        rhk={r.id: r for r in rhk},
        iki={i.id: i for r in rhk for i in r.iki},
        pimpinan=pimpinan,
        pimpinan_per_teks={k: tuple(v) for k, v in per_teks.items()},
        tautan=tautan,
        label_intervensi=label_intervensi,
        label_tautan=label_tautan,
    )


# --- reading the rows --------------------------------------------------------------------------


@dataclass
class BacaIki:
    """An IKI read from a row; `id` when it updates an existing IKI of this SKP."""

    baris: int
    id: str | None
    fields: dict[str, Any]


@dataclass
class BacaRhk:
    """An RHK read from the row that starts it, with the IKI of its rows."""

    baris: int
    id: str | None
    fields: dict[str, Any]
    sel: dict[KolomTemplate, str]  # the RHK's own cells as text, to compare continuation rows
    iki: list[BacaIki] = field(default_factory=list)


class _Pembaca:
    """Turns the rows of a template into RHK with their IKI, collecting every error."""

    def __init__(self, ctx: Konteks, bacaan: BacaanTemplate) -> None:
        self.ctx = ctx
        self.bacaan = bacaan
        self.kesalahan: list[KesalahanImpor] = []
        self.id_rhk: set[str] = set()
        self.id_iki: set[str] = set()
        self.pimpinan = {norm(p.label): p.id for p in ctx.pimpinan}
        self.tautan = {norm(p.label): p.id for p in ctx.tautan}

    def salah(self, baris: int, kolom: KolomTemplate, pesan: str) -> None:
        self.kesalahan.append(self.bacaan.kesalahan_sel(baris, kolom, pesan))

    def baca(self) -> list[BacaRhk]:
        hasil: list[BacaRhk] = []
        for b in self.bacaan.baris:
            if not any(teks(b.nilai.get(k)) for k in self.ctx.kolom if k not in KOLOM_TERSEMBUNYI):
                continue  # only hidden ids left: the user cleared the row
            if teks(b.nilai.get(K.RHK)):
                hasil.append(self._rhk(b))
            elif not hasil:
                self.salah(
                    b.nomor,
                    K.RHK,
                    "baris ini tidak berisi teks RHK dan tidak berada di bawah RHK mana pun: isi "
                    "kolom 'Rencana Hasil Kerja' pada baris ini atau pada baris di atasnya.",
                )
                continue
            else:
                self._lanjutan(b, hasil[-1])
            iki = self._iki(b)
            if iki is not None:
                hasil[-1].iki.append(iki)
        return hasil

    def _lanjutan(self, b: BarisTemplate, rhk: BacaRhk) -> None:
        """A row without RHK text continues the RHK above; its RHK cells must then be empty
        (or repeat the RHK's), else the user most likely forgot the RHK text."""
        for k in self.ctx.kolom:
            if k not in KOLOM_RHK or k in KOLOM_TERSEMBUNYI or k is K.RHK:
                continue
            nilai = teks(b.nilai.get(k))
            if nilai and norm(nilai) != norm(rhk.sel.get(k, "")):
                self.salah(
                    b.nomor,
                    k,
                    "baris ini tidak berisi teks RHK, sehingga dibaca sebagai IKI dari RHK pada "
                    f"baris {rhk.baris}; isi kolom 'Rencana Hasil Kerja' untuk memulai RHK baru.",
                )
                return

    def _id(self, nilai: object, sah: Mapping[str, object], dipakai: set[str]) -> str | None:
        """An existing row's id; a copied row repeating an id becomes a new row."""
        id_ = teks(nilai)
        if id_ in sah and id_ not in dipakai:
            dipakai.add(id_)
            return id_
        return None

    def _rhk(self, b: BarisTemplate) -> BacaRhk:
        c = self.ctx
        id_ = self._id(b.nilai.get(K.ID_RHK), c.rhk, self.id_rhk)
        lama = c.rhk.get(id_) if id_ else None
        sel = {k: teks(b.nilai.get(k)) for k in c.kolom if k in KOLOM_RHK}
        jenis = self._enum(b, K.JENIS, JenisRhk, "jenis RHK")
        klasifikasi = self._enum(b, K.KLASIFIKASI, KlasifikasiRhk, "klasifikasi")
        fields: dict[str, Any] = {
            "teks": teks_tetap(sel[K.RHK], lama.teks if lama else None),
            "jenis": jenis or (lama.jenis if lama else JenisRhk.UTAMA),
            "klasifikasi": klasifikasi or (lama.klasifikasi if lama else KlasifikasiRhk.INDIVIDU),
            "penugasan_dari": self._penugasan(b, lama),
            "rhk_diintervensi_id": self._intervensi(b, lama),
        }
        fields.update(self._tautan(b, lama, fields["klasifikasi"]))
        return BacaRhk(b.nomor, id_, fields, sel)

    def _enum(self, b: BarisTemplate, kolom: KolomTemplate, cls: type[Enum], apa: str) -> Any:
        if kolom not in self.ctx.kolom:
            return None
        try:
            return nilai_enum(cls, b.nilai.get(kolom), apa)
        except SalahSel as e:
            self.salah(b.nomor, kolom, str(e))
            return None

    def _penugasan(self, b: BarisTemplate, lama: RhkRow | None) -> str | None:
        nilai = teks(b.nilai.get(K.PENUGASAN))
        if len(nilai) > MAKS_PENUGASAN:
            self.salah(
                b.nomor,
                K.PENUGASAN,
                f"terlalu panjang: {len(nilai)} karakter (maksimal {MAKS_PENUGASAN}).",
            )
        return opsional(nilai, lama.penugasan_dari if lama else None)

    def _intervensi(self, b: BarisTemplate, lama: RhkRow | None) -> str | None:
        nilai = teks(b.nilai.get(K.RHK_PIMPINAN))
        if not nilai:
            return None
        if lama is not None and norm(nilai) == norm(self.ctx.label_intervensi.get(lama.id, "")):
            return lama.rhk_diintervensi_id  # unchanged, even if no longer on the list
        if norm(nilai) in self.pimpinan:
            return self.pimpinan[norm(nilai)]
        sama = self.ctx.pimpinan_per_teks.get(norm(nilai), ())
        if len(sama) == 1:  # the RHK typed out instead of picked from the list
            return sama[0]
        self.salah(
            b.nomor,
            K.RHK_PIMPINAN,
            f"'{potong(nilai, 80)}' bukan RHK pimpinan yang dapat Anda intervensi. Pilih dari "
            "daftar pada sel ini (RHK atasan langsung atau ketua tim Anda pada periode SKP ini).",
        )
        return None

    def _tautan(
        self, b: BarisTemplate, lama: RhkRow | None, klasifikasi: KlasifikasiRhk
    ) -> dict[str, str | None]:
        nilai = teks(b.nilai.get(K.TAUTAN))
        if (
            lama is not None
            and nilai
            and norm(nilai) == norm(self.ctx.label_tautan.get(lama.id, ""))
        ):
            return {"unor_id": lama.unor_id, "tim_kerja_id": lama.tim_kerja_id}
        if not nilai:
            if klasifikasi is KlasifikasiRhk.ORGANISASI:  # the SKP's own unit, as the MPH does
                return {"unor_id": self.ctx.unor_id, "tim_kerja_id": None}
            return {"unor_id": None, "tim_kerja_id": None}
        kunci = self.tautan.get(norm(nilai))
        if kunci is None:
            self.salah(
                b.nomor,
                K.TAUTAN,
                f"'{potong(nilai, 80)}' bukan unit kerja atau tim kerja yang dapat dipilih "
                "(pilih dari daftar pada sel ini).",
            )
            return {"unor_id": None, "tim_kerja_id": None}
        jenis, id_ = kunci.split(":", 1)
        return {
            "unor_id": id_ if jenis == "unor" else None,
            "tim_kerja_id": id_ if jenis == "tim" else None,
        }

    def _iki(self, b: BarisTemplate) -> BacaIki | None:
        c = self.ctx
        if not any(teks(b.nilai.get(k)) for k in KOLOM_IKI if k in c.kolom):
            return None
        id_ = self._id(b.nilai.get(K.ID_IKI), c.iki, self.id_iki)
        lama = c.iki.get(id_) if id_ else None
        fields: dict[str, Any] = {
            "indikator": teks_tetap(teks(b.nilai.get(K.IKI)), lama.indikator if lama else None)
        }
        if K.ASPEK in c.kolom:
            fields["aspek"] = self._enum(b, K.ASPEK, Aspek, "aspek")
        if K.PERSPEKTIF in c.kolom:
            fields["perspektif"] = self._enum(b, K.PERSPEKTIF, Perspektif, "perspektif")
        if c.pendekatan is Pendekatan.KUANTITATIF:
            for kolom, nama in ((K.TARGET_MIN, "target_min"), (K.TARGET_MAX, "target_max")):
                try:
                    fields[nama] = target(b.nilai.get(kolom), getattr(lama, nama, None))
                except SalahSel as e:
                    self.salah(b.nomor, kolom, str(e))
            satuan = teks(b.nilai.get(K.SATUAN))
            if len(satuan) > MAKS_SATUAN:
                self.salah(
                    b.nomor,
                    K.SATUAN,
                    f"terlalu panjang: {len(satuan)} karakter (maksimal {MAKS_SATUAN}).",
                )
            fields["satuan"] = opsional(satuan, lama.satuan if lama else None)
        return BacaIki(b.nomor, id_, fields)


def baca_baris(ctx: Konteks, bacaan: BacaanTemplate) -> tuple[list[BacaRhk], list[KesalahanImpor]]:
    """The RHK of the rows in sheet order, and every error found in them."""
    pembaca = _Pembaca(ctx, bacaan)
    return pembaca.baca(), pembaca.kesalahan
