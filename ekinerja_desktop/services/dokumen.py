"""Read models of the printed documents (domain.md §10): frozen rows that `reports/pdf` lays out.

Every document is gathered in one read session and returned as plain dataclasses, so the PDF
writers never see the ORM and a batch can gather hundreds of documents on a worker thread.
People are printed as they were when the SKP was drafted (the SKP's snapshots), with NIP grouped
and golongan spelled "Penata Tingkat I / III/d". An acting (PLT/PLH) signer is taken from the
data: a PLT SKP prints its PLT jabatan, and a unit led by an acting head gets that head as PPK.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    BERAKHLAK,
    DomainError,
    JenisLampiran,
    JenisRhk,
    JenisSkp,
    KualitasTingkatKendali,
    NilaiBerakhlak,
    Pendekatan,
    PeriodePelaporan,
    StatusSkp,
    format_nip,
    format_pangkat_golongan,
)
from ekinerja_desktop.errors import ForbiddenError, NotFoundError, UserError
from ekinerja_desktop.models import (
    EkspektasiKhusus,
    Iki,
    Instansi,
    LampiranItem,
    ManualIki,
    Pegawai,
    PltPlh,
    Rhk,
    Skp,
    Unor,
)
from ekinerja_desktop.services.uow import Aktor

# --- rows --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Orang:
    """A person as printed in an identity block or under a signature; empty strings if unknown."""

    nama: str = ""
    nip: str = ""
    pangkat_golongan: str = ""
    jabatan: str = ""
    unit_kerja: str = ""
    pelaksana: bool = False  # signs as PLT/PLH: the jabatan is printed under the signature

    @property
    def ada(self) -> bool:
        return bool(self.nama.strip())


@dataclass(frozen=True)
class KepalaDokumen:
    """What every SKP document prints above its content, and the signers below it."""

    skp_id: str
    instansi: str
    periode_awal: date
    periode_akhir: date
    kota: str  # the unit's kota: the default signing place
    pegawai: Orang
    pejabat_penilai: Orang
    jenis: JenisSkp
    pendekatan: Pendekatan
    status: StatusSkp
    is_plt_plh: bool = False


@dataclass(frozen=True)
class IkiDok:
    id: str
    indikator: str
    target: str
    perspektif: str  # label, JPT only
    aspek: str  # label, JA/JF only


@dataclass(frozen=True)
class RhkDok:
    id: str
    nomor: int  # numbered on through A. UTAMA and B. TAMBAHAN, as in the S001 formats
    jenis: JenisRhk
    teks: str
    rhk_pimpinan: str  # the leader's RHK this one intervenes (JA/JF)
    penugasan_dari: str
    iki: tuple[IkiDok, ...]


@dataclass(frozen=True)
class PerilakuDok:
    nomor: int
    nilai: NilaiBerakhlak
    nama: str
    indikator: tuple[str, ...]
    ekspektasi_khusus: str


@dataclass(frozen=True)
class RencanaSkpDok:
    kepala: KepalaDokumen
    rhk: tuple[RhkDok, ...]
    perilaku: tuple[PerilakuDok, ...]

    @property
    def utama(self) -> tuple[RhkDok, ...]:
        return tuple(r for r in self.rhk if r.jenis is JenisRhk.UTAMA)

    @property
    def tambahan(self) -> tuple[RhkDok, ...]:
        return tuple(r for r in self.rhk if r.jenis is JenisRhk.TAMBAHAN)


@dataclass(frozen=True)
class LampiranDok:
    kepala: KepalaDokumen
    dukungan_sumber_daya: tuple[str, ...]
    skema_pertanggungjawaban: tuple[str, ...]
    konsekuensi: tuple[str, ...]


@dataclass(frozen=True)
class ManualIkiItem:
    rhk: str
    indikator: str
    tujuan: str = ""
    definisi: str = ""
    formula: str = ""
    satuan: str = ""
    kualitas_tingkat_kendali: KualitasTingkatKendali | None = None
    sumber_data: str = ""
    periode_pelaporan: PeriodePelaporan | None = None


@dataclass(frozen=True)
class ManualIkiDok:
    kepala: KepalaDokumen
    item: tuple[ManualIkiItem, ...]


@dataclass(frozen=True)
class SkpPilihan:
    """An SKP one may print, for the Cetak page's list."""

    id: str
    pegawai_id: str
    pegawai_nama: str
    nip: str
    jabatan: str
    tahun: int
    periode_awal: date
    periode_akhir: date
    jenis: JenisSkp
    status: StatusSkp
    is_plt_plh: bool


# --- formatting ----------------------------------------------------------------------------------


def teks_nip(nip: str) -> str:
    """Grouped NIP; a NIK or a number the rules reject is printed as written, never dropped."""
    nip = (nip or "").strip()
    if not nip:
        return ""
    try:
        return format_nip(nip)
    except DomainError:
        return nip


def teks_golongan(golongan: str | None) -> str:
    golongan = (golongan or "").strip()
    if not golongan:
        return ""
    try:
        return format_pangkat_golongan(golongan)
    except DomainError:
        return golongan


def teks_target(iki: Iki) -> str:
    """ "90 – 100 %", "1 dokumen", or whatever part of the target was written."""
    lo = (iki.target_min or "").strip()
    hi = (iki.target_max or "").strip()
    angka = f"{lo} – {hi}" if lo and hi and lo != hi else (lo or hi)
    satuan = (iki.satuan or "").strip()
    return f"{angka} {satuan}".strip() if angka else satuan


def orang_dari(snapshot: Mapping[str, str] | None, jabatan: str | None = None) -> Orang:
    """A person from an SKP snapshot; `jabatan` given = their PLT/PLH jabatan."""
    s = snapshot or {}
    return Orang(
        pelaksana=jabatan is not None,
        nama=str(s.get("nama", "") or ""),
        nip=teks_nip(str(s.get("nip", "") or "")),
        pangkat_golongan=teks_golongan(str(s.get("golongan", "") or "")),
        jabatan=jabatan or str(s.get("jabatan", "") or ""),
        unit_kerja=str(s.get("unor", "") or ""),
    )


def orang_pegawai(pegawai: Pegawai, jabatan: str | None = None, unit: str | None = None) -> Orang:
    """A person from master data; `jabatan` given = their PLT/PLH jabatan."""
    return Orang(
        pelaksana=jabatan is not None,
        nama=pegawai.nama,
        nip=teks_nip(pegawai.nip),
        pangkat_golongan=teks_golongan(pegawai.golongan),
        jabatan=jabatan or pegawai.jabatan,
        unit_kerja=unit or pegawai.unor.nama,
    )


# --- shared loading ------------------------------------------------------------------------------


def ambil_skp(session: Session, skp_id: str) -> Skp:
    skp = session.get(Skp, skp_id)
    if skp is None or skp.deleted_at is not None:
        raise NotFoundError("SKP tidak ditemukan di komputer ini.")
    return skp


def boleh_cetak(session: Session, aktor: Aktor | None, skp: Skp) -> bool:
    """The owner, the PPK, the PPK's superior and admins print an SKP; nobody else."""
    if aktor is None:
        return False
    if aktor.is_admin or aktor.pegawai_id in (
        skp.pegawai_id,
        skp.pejabat_penilai_id,
        skp.atasan_pejabat_penilai_id,
    ):
        return True
    # An acting head of the unit signs as PPK, so may print too.
    return _plt_unit(session, skp) == aktor.pegawai_id


def periksa_boleh_cetak(session: Session, aktor: Aktor | None, skp: Skp) -> None:
    if not boleh_cetak(session, aktor, skp):
        raise ForbiddenError(
            "Anda tidak dapat mencetak SKP ini: hanya pegawai yang bersangkutan, pejabat "
            "penilai, atasan pejabat penilai, dan admin."
        )


def _aktif_pada(plt: PltPlh, awal: date, akhir: date) -> bool:
    return plt.aktif and plt.periode_awal <= akhir and awal <= plt.periode_akhir


def _plt_aktif(session: Session, unor_ids: Sequence[str], awal: date, akhir: date) -> PltPlh | None:
    rows = session.scalars(
        select(PltPlh)
        .where(PltPlh.unor_id.in_(list(unor_ids)), PltPlh.deleted_at.is_(None))
        .order_by(PltPlh.periode_awal.desc())
    )
    return next((p for p in rows if _aktif_pada(p, awal, akhir)), None)


def _plt_unit(session: Session, skp: Skp) -> str | None:
    """The pegawai acting as head of the SKP's unit during the SKP, if any (not the owner)."""
    plt = _plt_aktif(session, [skp.unor_id], skp.periode_awal, skp.periode_akhir)
    if plt is None or plt.pegawai_id == skp.pegawai_id:
        return None
    return plt.pegawai_id


def pejabat_penilai_dok(session: Session, skp: Skp, awal: date, akhir: date) -> Orang:
    """The PPK as printed: the snapshot; or the acting (PLT/PLH) head of the pegawai's unit, with
    the PLT/PLH jabatan, when no PPK is recorded or the recorded PPK is that acting head."""
    plt = _plt_aktif(session, [skp.unor_id], awal, akhir)
    if plt is not None and plt.pegawai_id != skp.pegawai_id:
        orang = session.get(Pegawai, plt.pegawai_id)
        if orang is not None:
            tanpa_ppk = not skp.snapshot_pejabat_penilai.get("nama")
            # The head of their own unit signs with their own jabatan even while a PLT exists.
            bertindak = skp.pejabat_penilai_id == orang.id and orang.unor_id != skp.unor_id
            if tanpa_ppk or bertindak:
                return orang_pegawai(orang, jabatan=plt.jabatan)
    return orang_dari(skp.snapshot_pejabat_penilai)


def pegawai_dok(session: Session, skp: Skp) -> Orang:
    jabatan = None
    if skp.plt_plh_id is not None:
        plt = session.get(PltPlh, skp.plt_plh_id)
        jabatan = plt.jabatan if plt is not None else None
    return orang_dari(skp.snapshot_pegawai, jabatan=jabatan)


def kota_unit(session: Session, unor: Unor | None) -> str:
    """The unit's kota, else the nearest ancestor's (S003: it is printed as the signing place)."""
    seen: set[str] = set()
    while unor is not None and unor.id not in seen:
        if unor.kota:
            return unor.kota
        seen.add(unor.id)
        parent_id = unor.unor_atasan_id or unor.unor_induk_id
        unor = session.get(Unor, parent_id) if parent_id else None
    return ""


def kepala_dokumen(
    session: Session, skp: Skp, awal: date | None = None, akhir: date | None = None
) -> KepalaDokumen:
    unor = session.get(Unor, skp.unor_id)
    instansi = session.get(Instansi, unor.instansi_id) if unor is not None else None
    awal = awal or skp.periode_awal
    akhir = akhir or skp.periode_akhir
    return KepalaDokumen(
        skp_id=skp.id,
        instansi=instansi.nama if instansi is not None else "",
        periode_awal=skp.periode_awal,
        periode_akhir=skp.periode_akhir,
        kota=kota_unit(session, unor),
        pegawai=pegawai_dok(session, skp),
        pejabat_penilai=pejabat_penilai_dok(session, skp, awal, akhir),
        jenis=skp.jenis,
        pendekatan=skp.pendekatan,
        status=skp.status,
        is_plt_plh=skp.plt_plh_id is not None,
    )


def rhk_aktif(session: Session, skp_id: str) -> list[Rhk]:
    return list(
        session.scalars(
            select(Rhk)
            .where(Rhk.skp_id == skp_id, Rhk.deleted_at.is_(None))
            .order_by(Rhk.jenis, Rhk.urutan, Rhk.created_at)
        )
    )


def iki_aktif(rhk: Rhk) -> list[Iki]:
    return [i for i in rhk.iki if i.deleted_at is None]


def _teks_rhk_pimpinan(session: Session, rhk_ids: set[str]) -> dict[str, str]:
    if not rhk_ids:
        return {}
    rows = session.execute(select(Rhk.id, Rhk.teks).where(Rhk.id.in_(rhk_ids)))
    return {id_: teks for id_, teks in rows}


def iki_dok(iki: Iki) -> IkiDok:
    return IkiDok(
        id=iki.id,
        indikator=iki.indikator or "",
        target=teks_target(iki),
        perspektif=iki.perspektif.label if iki.perspektif is not None else "",
        aspek=iki.aspek.label if iki.aspek is not None else "",
    )


def daftar_rhk_dok(session: Session, skp: Skp) -> tuple[RhkDok, ...]:
    rhk = rhk_aktif(session, skp.id)
    urut = [r for r in rhk if r.jenis is JenisRhk.UTAMA] + [
        r for r in rhk if r.jenis is JenisRhk.TAMBAHAN
    ]
    pimpinan = _teks_rhk_pimpinan(
        session, {r.rhk_diintervensi_id for r in urut if r.rhk_diintervensi_id}
    )
    return tuple(
        RhkDok(
            id=r.id,
            nomor=n,
            jenis=r.jenis,
            teks=r.teks or "",
            rhk_pimpinan=pimpinan.get(r.rhk_diintervensi_id or "", ""),
            penugasan_dari=r.penugasan_dari or "",
            iki=tuple(iki_dok(i) for i in iki_aktif(r)),
        )
        for n, r in enumerate(urut, start=1)
    )


def daftar_perilaku_dok(session: Session, skp_id: str) -> tuple[PerilakuDok, ...]:
    ekspektasi: dict[NilaiBerakhlak, list[str]] = {}
    for e in session.scalars(
        select(EkspektasiKhusus)
        .where(EkspektasiKhusus.skp_id == skp_id, EkspektasiKhusus.deleted_at.is_(None))
        .order_by(EkspektasiKhusus.created_at)
    ):
        if e.teks.strip():
            ekspektasi.setdefault(e.nilai, []).append(e.teks.strip())
    return tuple(
        PerilakuDok(
            nomor=n,
            nilai=p.nilai,
            nama=p.nama,
            indikator=p.indikator,
            ekspektasi_khusus="\n".join(ekspektasi.get(p.nilai, [])),
        )
        for n, p in enumerate(BERAKHLAK, start=1)
    )


# --- the SKP documents ---------------------------------------------------------------------------


def rencana_skp(session: Session, skp_id: str) -> RencanaSkpDok:
    skp = ambil_skp(session, skp_id)
    return RencanaSkpDok(
        kepala=kepala_dokumen(session, skp),
        rhk=daftar_rhk_dok(session, skp),
        perilaku=daftar_perilaku_dok(session, skp.id),
    )


def lampiran_skp(session: Session, skp_id: str) -> LampiranDok:
    skp = ambil_skp(session, skp_id)
    per_jenis: dict[JenisLampiran, list[str]] = {j: [] for j in JenisLampiran}
    for item in session.scalars(
        select(LampiranItem)
        .where(LampiranItem.skp_id == skp.id, LampiranItem.deleted_at.is_(None))
        .order_by(LampiranItem.urutan, LampiranItem.created_at)
    ):
        if item.teks.strip():
            per_jenis[item.jenis].append(item.teks.strip())
    return LampiranDok(
        kepala=kepala_dokumen(session, skp),
        dukungan_sumber_daya=tuple(per_jenis[JenisLampiran.DUKUNGAN_SUMBER_DAYA]),
        skema_pertanggungjawaban=tuple(per_jenis[JenisLampiran.SKEMA_PERTANGGUNGJAWABAN]),
        konsekuensi=tuple(per_jenis[JenisLampiran.KONSEKUENSI]),
    )


def manual_iki(session: Session, skp_id: str) -> ManualIkiDok:
    """One manual per IKI of a JPT SKP; IKIs without a manual yet print with empty fields, to
    be filled in by hand rather than silently left out."""
    skp = ambil_skp(session, skp_id)
    if skp.jenis is not JenisSkp.JPT:
        raise UserError(
            "Manual Indikator Kinerja hanya untuk SKP JPT atau pimpinan unit kerja mandiri."
        )
    items: list[ManualIkiItem] = []
    for rhk in daftar_rhk_dok(session, skp):
        manual = _manual_per_iki(session, [i.id for i in rhk.iki])
        for iki in rhk.iki:
            m = manual.get(iki.id)
            items.append(_manual_item(rhk.teks, iki.indikator, m))
    return ManualIkiDok(kepala=kepala_dokumen(session, skp), item=tuple(items))


def _manual_per_iki(session: Session, iki_ids: list[str]) -> dict[str, ManualIki]:
    if not iki_ids:
        return {}
    rows = session.scalars(
        select(ManualIki).where(ManualIki.iki_id.in_(iki_ids), ManualIki.deleted_at.is_(None))
    )
    return {m.iki_id: m for m in rows}


def _manual_item(rhk: str, indikator: str, m: ManualIki | None) -> ManualIkiItem:
    if m is None:
        return ManualIkiItem(rhk=rhk, indikator=indikator)
    return ManualIkiItem(
        rhk=rhk,
        indikator=indikator,
        tujuan=m.tujuan or "",
        definisi=m.definisi or "",
        formula=m.formula or "",
        satuan=m.satuan or "",
        kualitas_tingkat_kendali=m.kualitas_tingkat_kendali,
        sumber_data=m.sumber_data or "",
        periode_pelaporan=m.periode_pelaporan,
    )


def daftar_skp_cetak(session: Session, aktor: Aktor | None) -> list[SkpPilihan]:
    """The SKPs the acting user may print: their own, their subordinates', all for an admin.

    Columns, not entities: an admin of 5,000 pegawai lists about 5,000 SKPs, and building ORM
    objects for them cost a second."""
    if aktor is None:
        return []
    query = (
        select(
            Skp.id,
            Skp.pegawai_id,
            Skp.snapshot_pegawai,
            Pegawai.nama,
            Pegawai.nip,
            Pegawai.jabatan,
            Skp.tahun,
            Skp.periode_awal,
            Skp.periode_akhir,
            Skp.jenis,
            Skp.status,
            Skp.plt_plh_id,
        )
        .join(Pegawai, Pegawai.id == Skp.pegawai_id)
        .where(Skp.deleted_at.is_(None))
        .order_by(Skp.tahun.desc(), Pegawai.nama, Skp.periode_awal)
    )
    if not aktor.is_admin:
        query = query.where(
            (Skp.pegawai_id == aktor.pegawai_id)
            | (Skp.pejabat_penilai_id == aktor.pegawai_id)
            | (Skp.atasan_pejabat_penilai_id == aktor.pegawai_id)
        )
    return [
        SkpPilihan(
            id=r.id,
            pegawai_id=r.pegawai_id,
            pegawai_nama=str((r.snapshot_pegawai or {}).get("nama") or r.nama),
            nip=r.nip,
            jabatan=str((r.snapshot_pegawai or {}).get("jabatan") or r.jabatan),
            tahun=r.tahun,
            periode_awal=r.periode_awal,
            periode_akhir=r.periode_akhir,
            jenis=r.jenis,
            status=r.status,
            is_plt_plh=r.plt_plh_id is not None,
        )
        for r in session.execute(query)
    ]
