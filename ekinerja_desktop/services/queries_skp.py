"""Read models of one SKP for its editor: header, Hasil Kerja tree, perilaku, lampiran, manual
IKI, status history, the acting user's rights, and the leader RHK one may intervene.

Frozen rows only (never ORM objects in views). The whole editor loads in a handful of queries,
so a 60 RHK / 150 IKI SKP opens well inside the editor's 150 ms budget.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ekinerja_desktop.domain import (
    BERAKHLAK,
    PESAN_SUDAH_DISETUJUI,
    PESAN_TERKUNCI,
    Aspek,
    DomainError,
    IkiUntukValidasi,
    JenisJabatan,
    JenisLampiran,
    JenisRhk,
    JenisSkp,
    KlasifikasiRhk,
    KualitasTingkatKendali,
    NilaiBerakhlak,
    Pendekatan,
    PeranSkp,
    PeriodePelaporan,
    Perspektif,
    RhkUntukValidasi,
    SkpUntukValidasi,
    StatusSkp,
    Temuan,
    boleh_edit_isi,
    format_nip,
    format_pangkat_golongan,
    transisi_tersedia,
    validasi_skp,
)
from ekinerja_desktop.models import (
    AnggotaTim,
    EkspektasiKhusus,
    Iki,
    Instansi,
    LampiranItem,
    ManualIki,
    Pegawai,
    PltPlh,
    Rhk,
    RiwayatStatusSkp,
    Skp,
    TimKerja,
    Unor,
)
from ekinerja_desktop.services.uow import Aktor

# Statuses the PPK may still write ekspektasi khusus in (S000 2.2.1: "saat proses pengajuan").
STATUS_EKSPEKTASI = frozenset({StatusSkp.DRAFT, StatusSkp.PENGAJUAN})


# --- rows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Identitas:
    """One identity block of the SKP (pegawai yang dinilai / pejabat penilai kinerja)."""

    nama: str
    nip: str  # grouped "19660801 198803 1 001"
    pangkat_golongan: str
    jabatan: str
    unor: str


@dataclass(frozen=True)
class SkpHeader:
    id: str
    pegawai_id: str
    pejabat_penilai_id: str | None
    unor_id: str
    unor_nama: str
    instansi_nama: str
    tahun: int
    periode_awal: date
    periode_akhir: date
    pendekatan: Pendekatan
    jenis: JenisSkp
    status: StatusSkp
    plt_plh_jabatan: str | None
    catatan_perbaikan: str | None
    versi_isi: int
    pegawai: Identitas
    pejabat_penilai: Identitas | None


@dataclass(frozen=True)
class IkiRow:
    id: str
    rhk_id: str
    nomor: str  # "1.2"
    indikator: str
    target_min: str | None
    target_max: str | None
    satuan: str | None
    perspektif: Perspektif | None
    aspek: Aspek | None
    urutan: int


@dataclass(frozen=True)
class RhkRow:
    id: str
    nomor: int
    jenis: JenisRhk
    klasifikasi: KlasifikasiRhk
    unor_id: str | None
    tim_kerja_id: str | None
    tautan_nama: str  # the unor or tim kerja an organisasi RHK is tied to
    teks: str
    penugasan_dari: str | None
    rhk_diintervensi_id: str | None
    rhk_diintervensi_teks: str  # "" when none (or no longer visible)
    urutan: int
    iki: tuple[IkiRow, ...]


@dataclass(frozen=True)
class PerilakuRow:
    id: str  # the BerAKHLAK value: one row per value, always seven
    nomor: int
    nilai: NilaiBerakhlak
    nama: str
    indikator: tuple[str, str, str]
    ekspektasi: str


@dataclass(frozen=True)
class LampiranRow:
    id: str
    jenis: JenisLampiran
    nomor: int
    teks: str


@dataclass(frozen=True)
class ManualIkiRow:
    """The Manual Indikator Kinerja of one IKI; `ada` is False while nothing was written."""

    id: str  # the IKI's id
    rhk_teks: str
    indikator: str
    nomor: str
    ada: bool
    tujuan: str
    definisi: str
    formula: str
    satuan: str
    kualitas_tingkat_kendali: KualitasTingkatKendali | None
    sumber_data: str
    periode_pelaporan: PeriodePelaporan | None


@dataclass(frozen=True)
class RiwayatRow:
    id: str
    waktu: datetime
    oleh_nama: str
    dari: StatusSkp
    ke: StatusSkp
    catatan: str


@dataclass(frozen=True)
class HakAkses:
    """What the acting user may do on this SKP now, and why not when they may not edit."""

    peran: PeranSkp | None
    boleh_edit_isi: bool
    alasan_hanya_baca: str  # "" when the content is editable
    boleh_ekspektasi: bool
    boleh_ajukan: bool
    ajukan_ke: StatusSkp  # PENGAJUAN, or PERSETUJUAN for the head of a mandiri unit
    transisi: tuple[StatusSkp, ...]  # "Edit Status" choices (PPK, admin)


@dataclass(frozen=True)
class SkpEditorData:
    header: SkpHeader
    hak: HakAkses
    rhk: tuple[RhkRow, ...]  # Utama first, then Tambahan, each by urutan
    perilaku: tuple[PerilakuRow, ...]
    lampiran: tuple[LampiranRow, ...]
    manual: tuple[ManualIkiRow, ...]  # JPT only; empty otherwise
    riwayat: tuple[RiwayatRow, ...]  # oldest first
    temuan: tuple[Temuan, ...]


@dataclass(frozen=True)
class RhkPimpinanRow:
    """A leader's RHK that an RHK of this SKP may intervene (the searchable list)."""

    id: str
    teks: str
    iki: tuple[str, ...]
    pemilik_nama: str
    pemilik_jabatan: str
    sumber: str  # "Atasan langsung", "Ketua Tim Penyusunan …", "Pembentuk Tim …"
    status_skp: StatusSkp


@dataclass(frozen=True)
class PltRow:
    id: str
    jabatan: str
    unor_nama: str
    periode_awal: date
    periode_akhir: date


@dataclass(frozen=True)
class InfoTambahSkp:
    """What the "Tambah SKP" dialog shows for a check before creating the SKP (S000 Gambar 9)."""

    pegawai_nama: str
    unor_nama: str
    atasan_nama: str | None
    atasan_jabatan: str | None
    unor_atasan_nama: str | None
    plt_aktif: tuple[PltRow, ...]


# --- who acts --------------------------------------------------------------------------------


def memimpin_unor_mandiri(pegawai: Pegawai) -> bool:
    return pegawai.unor.mandiri and pegawai.jenis_jabatan is JenisJabatan.PIMPINAN


def peran(session: Session, aktor: Aktor | None, skp: Skp) -> PeranSkp | None:
    """The acting user's role towards this SKP, from current relations."""
    if aktor is None:
        return None
    if aktor.pegawai_id == skp.pegawai_id:
        owner = session.get(Pegawai, skp.pegawai_id)
        if owner is not None and memimpin_unor_mandiri(owner):
            return PeranSkp.PEGAWAI_UNOR_MANDIRI
        return PeranSkp.PEGAWAI
    if aktor.pegawai_id == skp.pejabat_penilai_id:
        return PeranSkp.PEJABAT_PENILAI
    if aktor.is_admin:
        return PeranSkp.ADMIN
    return None


def hak_akses(session: Session, aktor: Aktor | None, skp: Skp) -> HakAkses:
    role = peran(session, aktor, skp)
    pemilik = role in (PeranSkp.PEGAWAI, PeranSkp.PEGAWAI_UNOR_MANDIRI)
    edit = pemilik and boleh_edit_isi(skp.status)
    mandiri = role is PeranSkp.PEGAWAI_UNOR_MANDIRI
    return HakAkses(
        peran=role,
        boleh_edit_isi=edit,
        alasan_hanya_baca="" if edit else _alasan_hanya_baca(role, skp),
        boleh_ekspektasi=role is PeranSkp.PEJABAT_PENILAI and skp.status in STATUS_EKSPEKTASI,
        boleh_ajukan=edit,
        ajukan_ke=StatusSkp.PERSETUJUAN if mandiri else StatusSkp.PENGAJUAN,
        transisi=(
            transisi_tersedia(skp.status, role)
            if role in (PeranSkp.PEJABAT_PENILAI, PeranSkp.ADMIN)
            else ()
        ),
    )


def _alasan_hanya_baca(role: PeranSkp | None, skp: Skp) -> str:
    nama = skp.snapshot_pegawai.get("nama", "")
    if role is PeranSkp.PEJABAT_PENILAI:
        return (
            f"SKP ini milik {nama}. Sebagai pejabat penilai, Anda dapat mengubah status "
            "dan menulis ekspektasi khusus, tetapi tidak mengubah hasil kerjanya."
        )
    if role is PeranSkp.ADMIN:
        return f"SKP ini milik {nama}; sebagai admin Anda hanya dapat melihat dan mengubah status."
    if role is None:
        return f"SKP ini milik {nama}; Anda hanya dapat melihatnya."
    if skp.status is StatusSkp.PENGAJUAN:
        return f"{PESAN_TERKUNCI}."
    return PESAN_SUDAH_DISETUJUI


# --- the editor --------------------------------------------------------------------------------


def identitas(snapshot: dict[str, str]) -> Identitas | None:
    if not snapshot:
        return None
    golongan = snapshot.get("golongan", "")
    try:
        pangkat = format_pangkat_golongan(golongan) if golongan else ""
    except DomainError:  # an odd spelling in old master data: show it as it is
        pangkat = golongan
    try:
        nip = format_nip(snapshot.get("nip", ""))
    except DomainError:
        nip = snapshot.get("nip", "")
    return Identitas(
        nama=snapshot.get("nama", ""),
        nip=nip,
        pangkat_golongan=pangkat,
        jabatan=snapshot.get("jabatan", ""),
        unor=snapshot.get("unor", ""),
    )


def _header(session: Session, skp: Skp) -> SkpHeader:
    pegawai = session.get(Pegawai, skp.pegawai_id)
    instansi = session.get(Instansi, pegawai.instansi_id) if pegawai else None
    plt = session.get(PltPlh, skp.plt_plh_id) if skp.plt_plh_id else None
    unor = session.get(Unor, skp.unor_id)
    return SkpHeader(
        id=skp.id,
        pegawai_id=skp.pegawai_id,
        pejabat_penilai_id=skp.pejabat_penilai_id,
        unor_id=skp.unor_id,
        unor_nama=unor.nama if unor else "",
        instansi_nama=instansi.nama if instansi else "",
        tahun=skp.tahun,
        periode_awal=skp.periode_awal,
        periode_akhir=skp.periode_akhir,
        pendekatan=skp.pendekatan,
        jenis=skp.jenis,
        status=skp.status,
        plt_plh_jabatan=plt.jabatan if plt else None,
        catatan_perbaikan=skp.catatan_perbaikan,
        versi_isi=skp.versi_isi,
        pegawai=identitas(skp.snapshot_pegawai) or Identitas("", "", "", "", ""),
        pejabat_penilai=identitas(skp.snapshot_pejabat_penilai),
    )


def _urutan_rhk(rhk: Rhk) -> tuple[int, int, datetime]:
    return (0 if rhk.jenis is JenisRhk.UTAMA else 1, rhk.urutan, rhk.created_at)


def rhk_hidup(session: Session, skp_id: str) -> list[Rhk]:
    """The live RHK of an SKP in display order: Utama, then Tambahan, each by urutan."""
    rows = session.scalars(select(Rhk).where(Rhk.skp_id == skp_id, Rhk.deleted_at.is_(None)))
    return sorted(rows, key=_urutan_rhk)


def _iki_per_rhk(session: Session, rhk_ids: Sequence[str]) -> dict[str, list[Iki]]:
    per_rhk: dict[str, list[Iki]] = defaultdict(list)
    if not rhk_ids:
        return per_rhk
    query = (
        select(Iki)
        .where(Iki.rhk_id.in_(rhk_ids), Iki.deleted_at.is_(None))
        .order_by(Iki.urutan, Iki.created_at)
    )
    for iki in session.scalars(query):
        per_rhk[iki.rhk_id].append(iki)
    return per_rhk


def _teks_rhk(session: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    query = select(Rhk.id, Rhk.teks).where(Rhk.id.in_(wanted), Rhk.deleted_at.is_(None))
    return {id_: teks for id_, teks in session.execute(query)}


def _nama_tautan(session: Session, rhk: Sequence[Rhk]) -> dict[str, str]:
    unor_ids = {r.unor_id for r in rhk if r.unor_id}
    tim_ids = {r.tim_kerja_id for r in rhk if r.tim_kerja_id}
    names: dict[str, str] = {}
    if unor_ids:
        query = select(Unor.id, Unor.nama).where(Unor.id.in_(unor_ids))
        names.update((id_, nama) for id_, nama in session.execute(query))
    if tim_ids:
        query = select(TimKerja.id, TimKerja.nama).where(TimKerja.id.in_(tim_ids))
        names.update((id_, nama) for id_, nama in session.execute(query))
    return names


def baris_rhk(session: Session, skp_id: str) -> tuple[RhkRow, ...]:
    rhk = rhk_hidup(session, skp_id)
    iki = _iki_per_rhk(session, [r.id for r in rhk])
    intervensi = _teks_rhk(session, (r.rhk_diintervensi_id or "" for r in rhk))
    tautan = _nama_tautan(session, rhk)
    rows = []
    for nomor, r in enumerate(rhk, start=1):
        rows.append(
            RhkRow(
                id=r.id,
                nomor=nomor,
                jenis=r.jenis,
                klasifikasi=r.klasifikasi,
                unor_id=r.unor_id,
                tim_kerja_id=r.tim_kerja_id,
                tautan_nama=tautan.get(r.tim_kerja_id or r.unor_id or "", ""),
                teks=r.teks,
                penugasan_dari=r.penugasan_dari,
                rhk_diintervensi_id=r.rhk_diintervensi_id,
                rhk_diintervensi_teks=intervensi.get(r.rhk_diintervensi_id or "", ""),
                urutan=r.urutan,
                iki=tuple(
                    IkiRow(
                        id=i.id,
                        rhk_id=r.id,
                        nomor=f"{nomor}.{urut}",
                        indikator=i.indikator,
                        target_min=i.target_min,
                        target_max=i.target_max,
                        satuan=i.satuan,
                        perspektif=i.perspektif,
                        aspek=i.aspek,
                        urutan=i.urutan,
                    )
                    for urut, i in enumerate(iki.get(r.id, ()), start=1)
                ),
            )
        )
    return tuple(rows)


def baris_perilaku(session: Session, skp_id: str) -> tuple[PerilakuRow, ...]:
    query = select(EkspektasiKhusus.nilai, EkspektasiKhusus.teks).where(
        EkspektasiKhusus.skp_id == skp_id, EkspektasiKhusus.deleted_at.is_(None)
    )
    ekspektasi = {nilai: teks for nilai, teks in session.execute(query)}
    return tuple(
        PerilakuRow(
            id=p.nilai.value,
            nomor=nomor,
            nilai=p.nilai,
            nama=p.nama,
            indikator=p.indikator,
            ekspektasi=ekspektasi.get(p.nilai, ""),
        )
        for nomor, p in enumerate(BERAKHLAK, start=1)
    )


def baris_lampiran(session: Session, skp_id: str) -> tuple[LampiranRow, ...]:
    query = (
        select(LampiranItem)
        .where(LampiranItem.skp_id == skp_id, LampiranItem.deleted_at.is_(None))
        .order_by(LampiranItem.urutan, LampiranItem.created_at)
    )
    per_jenis: dict[JenisLampiran, list[LampiranItem]] = defaultdict(list)
    for item in session.scalars(query):
        per_jenis[item.jenis].append(item)
    return tuple(
        LampiranRow(id=item.id, jenis=jenis, nomor=nomor, teks=item.teks)
        for jenis in JenisLampiran
        for nomor, item in enumerate(per_jenis[jenis], start=1)
    )


def baris_manual(session: Session, rhk: Sequence[RhkRow]) -> tuple[ManualIkiRow, ...]:
    iki_ids = [i.id for r in rhk for i in r.iki]
    if not iki_ids:
        return ()
    query = select(ManualIki).where(ManualIki.iki_id.in_(iki_ids), ManualIki.deleted_at.is_(None))
    manual = {m.iki_id: m for m in session.scalars(query)}
    rows = []
    for r in rhk:
        for i in r.iki:
            m = manual.get(i.id)
            rows.append(
                ManualIkiRow(
                    id=i.id,
                    rhk_teks=r.teks,
                    indikator=i.indikator,
                    nomor=i.nomor,
                    ada=m is not None,
                    tujuan=m.tujuan if m else "",
                    definisi=m.definisi if m else "",
                    formula=(m.formula or "") if m else "",
                    satuan=(m.satuan or "") if m else (i.satuan or ""),
                    kualitas_tingkat_kendali=m.kualitas_tingkat_kendali if m else None,
                    sumber_data=m.sumber_data if m else "",
                    periode_pelaporan=m.periode_pelaporan if m else None,
                )
            )
    return tuple(rows)


def baris_riwayat(session: Session, skp_id: str) -> tuple[RiwayatRow, ...]:
    query = (
        select(RiwayatStatusSkp)
        .where(RiwayatStatusSkp.skp_id == skp_id, RiwayatStatusSkp.deleted_at.is_(None))
        .order_by(RiwayatStatusSkp.waktu, RiwayatStatusSkp.created_at)
    )
    return tuple(
        RiwayatRow(
            id=r.id,
            waktu=r.waktu,
            oleh_nama=r.oleh_nama,
            dari=r.dari,
            ke=r.ke,
            catatan=r.catatan or "",
        )
        for r in session.scalars(query)
    )


def skp_hidup(session: Session, skp_id: str) -> Skp | None:
    skp = session.get(Skp, skp_id)
    return skp if skp is not None and skp.deleted_at is None else None


def muat_editor(session: Session, aktor: Aktor | None, skp_id: str) -> SkpEditorData | None:
    """Everything the SKP editor shows, or None when the SKP is gone."""
    skp = skp_hidup(session, skp_id)
    if skp is None:
        return None
    rhk = baris_rhk(session, skp.id)
    return SkpEditorData(
        header=_header(session, skp),
        hak=hak_akses(session, aktor, skp),
        rhk=rhk,
        perilaku=baris_perilaku(session, skp.id),
        lampiran=baris_lampiran(session, skp.id),
        manual=baris_manual(session, rhk) if skp.jenis is JenisSkp.JPT else (),
        riwayat=baris_riwayat(session, skp.id),
        temuan=tuple(validasi_skp(untuk_validasi(session, skp, rhk))),
    )


# --- validation input ------------------------------------------------------------------------


def untuk_validasi(
    session: Session, skp: Skp, rhk: Sequence[RhkRow] | None = None
) -> SkpUntukValidasi:
    """The SKP as the domain's `validasi_skp` reads it, RHK in display order."""
    rows = baris_rhk(session, skp.id) if rhk is None else rhk
    pegawai = session.get(Pegawai, skp.pegawai_id)
    jabatan = (pegawai.jabatan if pegawai else "").casefold()
    mandiri = pegawai is not None and memimpin_unor_mandiri(pegawai)
    return SkpUntukValidasi(
        jenis=skp.jenis,
        pendekatan=skp.pendekatan,
        rhk=tuple(
            RhkUntukValidasi(
                id=r.id,
                teks=r.teks,
                jenis=r.jenis,
                rhk_diintervensi_id=r.rhk_diintervensi_id,
                iki=tuple(
                    IkiUntukValidasi(
                        id=i.id,
                        indikator=i.indikator,
                        target_min=i.target_min,
                        target_max=i.target_max,
                        satuan=i.satuan,
                        perspektif=i.perspektif,
                        aspek=i.aspek,
                    )
                    for i in r.iki
                ),
            )
            for r in rows
        ),
        pemimpin_punya_rhk=bool(rhk_pimpinan(session, skp)),
        staf_ahli="staf ahli" in jabatan,
        ada_pejabat_penilai=skp.pejabat_penilai_id is not None or mandiri,
    )


# --- leader RHK for intervention -------------------------------------------------------------


def tim_terkait(session: Session, skp: Skp) -> list[tuple[TimKerja, str]]:
    """Teams of the SKP's year whose RHK this pegawai may intervene, with the leader whose RHK
    count: the ketua for an anggota, the JPT who formed the team for its ketua."""
    anggota = aliased(AnggotaTim)
    query = (
        select(TimKerja)
        .join(anggota, anggota.tim_kerja_id == TimKerja.id)
        .where(
            anggota.pegawai_id == skp.pegawai_id,
            anggota.deleted_at.is_(None),
            TimKerja.deleted_at.is_(None),
            TimKerja.tahun == skp.tahun,
        )
    )
    teams: list[tuple[TimKerja, str]] = [
        (tim, tim.ketua_id) for tim in session.scalars(query) if tim.ketua_id
    ]
    query = select(TimKerja).where(
        TimKerja.ketua_id == skp.pegawai_id,
        TimKerja.deleted_at.is_(None),
        TimKerja.tahun == skp.tahun,
    )
    teams.extend((tim, tim.dibuat_oleh_id) for tim in session.scalars(query) if tim.dibuat_oleh_id)
    return teams


def rhk_pimpinan(session: Session, skp: Skp) -> list[RhkPimpinanRow]:
    """The atasan's RHK, and the ketua tim's RHK for the team (or, for a ketua, the RHK of the
    JPT who formed it), from their SKPs overlapping this SKP's period; never this pegawai's own."""
    sumber: dict[str, str] = {}  # leader pegawai id → what they are to this pegawai
    hanya_tim: dict[str, set[str]] = defaultdict(set)  # leader id → teams limiting their RHK
    if skp.pejabat_penilai_id:
        sumber[skp.pejabat_penilai_id] = "Atasan langsung"
    for tim, leader in tim_terkait(session, skp):
        if leader == skp.pegawai_id:
            continue
        if tim.ketua_id == leader:
            sumber.setdefault(leader, f"Ketua {tim.nama}")
            if sumber[leader].startswith("Ketua"):
                hanya_tim[leader].add(tim.id)
        else:
            sumber.setdefault(leader, f"Pembentuk {tim.nama}")
    sumber.pop(skp.pegawai_id, None)
    if not sumber:
        return []
    pemilik = aliased(Pegawai)
    query = (
        select(Rhk, Skp.status, pemilik.nama, pemilik.jabatan, Skp.pegawai_id)
        .join(Skp, Skp.id == Rhk.skp_id)
        .join(pemilik, pemilik.id == Skp.pegawai_id)
        .where(
            Skp.pegawai_id.in_(sumber),
            Skp.deleted_at.is_(None),
            Rhk.deleted_at.is_(None),
            Skp.periode_awal <= skp.periode_akhir,
            Skp.periode_akhir >= skp.periode_awal,
        )
    )
    found = [
        row
        for row in session.execute(query)
        if not hanya_tim.get(row[4]) or row[0].tim_kerja_id in hanya_tim[row[4]]
    ]
    found.sort(key=lambda row: (list(sumber).index(row[4]), _urutan_rhk(row[0])))
    iki = _iki_per_rhk(session, [row[0].id for row in found])
    return [
        RhkPimpinanRow(
            id=rhk.id,
            teks=rhk.teks,
            iki=tuple(i.indikator for i in iki.get(rhk.id, ())),
            pemilik_nama=nama,
            pemilik_jabatan=jabatan,
            sumber=sumber[pegawai_id],
            status_skp=status,
        )
        for rhk, status, nama, jabatan, pegawai_id in found
    ]


# --- the "Tambah SKP" dialog -----------------------------------------------------------------


def info_tambah_skp(session: Session, pegawai_id: str, hari_ini: date) -> InfoTambahSkp | None:
    pegawai = session.get(Pegawai, pegawai_id)
    if pegawai is None or pegawai.deleted_at is not None:
        return None
    atasan = pegawai.atasan
    query = (
        select(PltPlh, Unor.nama)
        .join(Unor, Unor.id == PltPlh.unor_id)
        .where(
            PltPlh.pegawai_id == pegawai_id,
            PltPlh.aktif.is_(True),
            PltPlh.deleted_at.is_(None),
            PltPlh.periode_akhir >= date(hari_ini.year - 1, 1, 1),
        )
        .order_by(PltPlh.periode_awal)
    )
    return InfoTambahSkp(
        pegawai_nama=pegawai.nama,
        unor_nama=pegawai.unor.nama,
        atasan_nama=atasan.nama if atasan else None,
        atasan_jabatan=atasan.jabatan if atasan else None,
        unor_atasan_nama=atasan.unor.nama if atasan else None,
        plt_aktif=tuple(
            PltRow(p.id, p.jabatan, unor_nama, p.periode_awal, p.periode_akhir)
            for p, unor_nama in session.execute(query)
        ),
    )
