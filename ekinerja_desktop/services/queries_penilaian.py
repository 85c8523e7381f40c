"""Read models of the penilaian screens: frozen rows, never ORM objects (no Qt here).

Who sees which feedback (project choice, kept in one place, `_feedback_terlihat`): the PPK sees
all of it with names; the owner sees all of it, but peer feedback without the peer's name; a
ketua tim sees the atasan's and ketua tim's feedback and their own; a rekan kerja only their own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    BERAKHLAK,
    JenisPeriode,
    JenisRhk,
    JenisSkp,
    NilaiBerakhlak,
    Predikat,
    Rating,
    SifatFeedback,
    StatusSkp,
    SumberFeedback,
    bisa_diisi,
    periode_untuk_skp,
)
from ekinerja_desktop.domain.penilaian import RelasiPenilaian, sumber_feedback
from ekinerja_desktop.models import (
    Blob,
    BuktiDukung,
    EkspektasiKhusus,
    Feedback,
    Iki,
    Instansi,
    Pegawai,
    PenilaianPeriode,
    Periode,
    PeriodePenilaian,
    Realisasi,
    RencanaAksi,
    Rhk,
    Skp,
    Unor,
)
from ekinerja_desktop.services.penilaian_relasi import (
    dibuka_ulang,
    periode_def,
    periode_instansi,
    relasi_penilaian,
)

# --- rows ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkpPenilaianRow:
    id: str
    pegawai_id: str
    pegawai_nama: str
    nip: str
    jabatan: str
    unor_nama: str
    tahun: int
    periode_awal: date
    periode_akhir: date
    status: StatusSkp
    jenis: JenisSkp
    pejabat_penilai_nama: str
    is_plt_plh: bool


@dataclass(frozen=True)
class PeriodePenilaianRow:
    """A period added to an SKP, cut to the SKP's span, with its deadline and state."""

    id: str  # periode penilaian
    periode_id: str
    nomor: int
    nama: str
    jenis: JenisPeriode
    awal: date
    akhir: date
    batas_pengisian: date
    dibuka_ulang_sampai: date | None
    terbuka: bool
    predikat: Predikat | None


@dataclass(frozen=True)
class PeriodeTersediaRow:
    """An instansi period the SKP can still take ("Tambah Periode Penilaian")."""

    id: str  # periode
    nomor: int
    nama: str
    jenis: JenisPeriode
    awal: date
    akhir: date
    batas_pengisian: date
    terbuka: bool


@dataclass(frozen=True)
class RencanaAksiRow:
    id: str
    rhk_id: str
    teks: str
    target: str | None
    satuan: str | None
    urutan: int


@dataclass(frozen=True)
class RhkPenilaianRow:
    id: str
    nomor: str
    jenis: JenisRhk
    teks: str
    rencana_aksi: tuple[RencanaAksiRow, ...]


@dataclass(frozen=True)
class BuktiDukungRow:
    id: str
    iki_id: str
    nama: str
    url: str | None
    blob_sha256: str | None
    nama_berkas: str | None
    ukuran: int | None
    mime: str | None
    upload_state: str | None  # of the file: pending, uploading, done; None for a link

    @property
    def is_berkas(self) -> bool:
        return self.blob_sha256 is not None


@dataclass(frozen=True)
class FeedbackRow:
    id: str
    iki_id: str | None
    nilai: NilaiBerakhlak | None
    dari_id: str | None  # None: a peer the viewer may not know
    dari_nama: str
    sumber: SumberFeedback
    sifat: SifatFeedback
    teks: str
    dibuat_pada: datetime
    milik_aktor: bool


@dataclass(frozen=True)
class IkiPenilaianRow:
    id: str  # iki
    rhk_id: str
    nomor: str
    jenis_rhk: JenisRhk
    rhk_teks: str
    indikator: str
    target: str
    kategori: str  # aspek (JA/JF) or perspektif (JPT)
    realisasi_id: str | None
    realisasi: str
    sumber_data: str
    bukti_dukung: tuple[BuktiDukungRow, ...]
    feedback: tuple[FeedbackRow, ...]


@dataclass(frozen=True)
class PerilakuRow:
    id: str  # the BerAKHLAK value
    nilai: NilaiBerakhlak
    nama: str
    indikator: tuple[str, ...]
    ekspektasi_khusus: str
    feedback: tuple[FeedbackRow, ...]


@dataclass(frozen=True)
class RatingRow:
    rating_hasil_kerja: Rating | None
    rating_perilaku_kerja: Rating | None
    predikat: Predikat | None
    dinilai_oleh_nama: str
    dinilai_pada: datetime | None


@dataclass(frozen=True)
class PenilaianDetail:
    """One period of one SKP as the acting pegawai may see and act on it."""

    skp: SkpPenilaianRow
    periode: PeriodePenilaianRow
    relasi: RelasiPenilaian
    sumber_aktor: SumberFeedback | None
    rhk: tuple[RhkPenilaianRow, ...]
    iki: tuple[IkiPenilaianRow, ...]
    perilaku: tuple[PerilakuRow, ...]
    rating: RatingRow
    wajib_feedback_sebelum_rating: bool
    ada_feedback_atasan_hasil_kerja: bool

    @property
    def boleh_isi(self) -> bool:
        """Rencana aksi, realisasi, bukti dukung: the owner, while the period is open."""
        return self.relasi.pemilik and self.periode.terbuka

    @property
    def boleh_feedback(self) -> bool:
        return self.sumber_aktor is not None and self.periode.terbuka

    @property
    def boleh_rating(self) -> bool:
        return self.relasi.pejabat_penilai and self.periode.terbuka

    @property
    def rating_menunggu_feedback(self) -> bool:
        return self.wajib_feedback_sebelum_rating and not self.ada_feedback_atasan_hasil_kerja

    @property
    def rhk_tanpa_rencana_aksi(self) -> tuple[RhkPenilaianRow, ...]:
        """S002: every RHK needs a rencana aksi in a periodic period."""
        if self.periode.jenis is JenisPeriode.FINAL:
            return ()
        return tuple(r for r in self.rhk if not r.rencana_aksi)


# --- the owner's page ---------------------------------------------------------------------------


def skp_penilaian(session: Session, pegawai_id: str) -> list[SkpPenilaianRow]:
    """The pegawai's SKPs, newest first (the page explains the ones not yet approved)."""
    query = (
        select(Skp)
        .where(Skp.pegawai_id == pegawai_id, Skp.deleted_at.is_(None))
        .order_by(Skp.tahun.desc(), Skp.periode_awal.desc())
    )
    return [_skp_row(session, skp) for skp in session.scalars(query)]


def skp_row(session: Session, skp_id: str) -> SkpPenilaianRow | None:
    skp = session.get(Skp, skp_id)
    if skp is None or skp.deleted_at is not None:
        return None
    return _skp_row(session, skp)


def periode_penilaian_skp(
    session: Session, skp_id: str, hari_ini: date
) -> list[PeriodePenilaianRow]:
    """The periods added to an SKP, in the instansi's order."""
    skp = session.get(Skp, skp_id)
    if skp is None:
        return []
    query = (
        select(PeriodePenilaian, Periode, PenilaianPeriode.predikat)
        .join(Periode, Periode.id == PeriodePenilaian.periode_id)
        .outerjoin(PenilaianPeriode, PenilaianPeriode.periode_penilaian_id == PeriodePenilaian.id)
        .where(PeriodePenilaian.skp_id == skp_id, PeriodePenilaian.deleted_at.is_(None))
        .order_by(Periode.tahun, Periode.nomor)
    )
    return [
        _periode_row(session, skp, pp, periode, predikat, hari_ini)
        for pp, periode, predikat in session.execute(query)
    ]


def periode_tersedia(session: Session, skp_id: str, hari_ini: date) -> list[PeriodeTersediaRow]:
    """The instansi's periods of the SKP's year not yet added, cut to the SKP's span."""
    skp = session.get(Skp, skp_id)
    pegawai = session.get(Pegawai, skp.pegawai_id) if skp else None
    if skp is None or pegawai is None:
        return []
    sudah = set(
        session.scalars(
            select(PeriodePenilaian.periode_id).where(
                PeriodePenilaian.skp_id == skp.id, PeriodePenilaian.deleted_at.is_(None)
            )
        )
    )
    semua = periode_instansi(session, pegawai.instansi_id, skp.tahun)
    per_nomor = {p.nomor: p for p in semua}
    hasil = []
    for d in periode_untuk_skp(
        [periode_def(p) for p in semua], skp.periode_awal, skp.periode_akhir
    ):
        periode = per_nomor[d.nomor]
        if periode.id in sudah:
            continue
        dibuka = dibuka_ulang(session, periode.id, skp.unor_id, hari_ini) is not None
        hasil.append(
            PeriodeTersediaRow(
                periode.id,
                d.nomor,
                d.nama,
                d.jenis,
                d.awal,
                d.akhir,
                d.batas_pengisian,
                bisa_diisi(hari_ini, d.batas_pengisian, dibuka),
            )
        )
    return hasil


def detail_penilaian(
    session: Session, periode_penilaian_id: str, aktor_id: str, hari_ini: date
) -> PenilaianDetail | None:
    """Everything of one period of one SKP, as the acting pegawai may see it."""
    found = session.execute(
        select(PeriodePenilaian, Periode, Skp)
        .join(Periode, Periode.id == PeriodePenilaian.periode_id)
        .join(Skp, Skp.id == PeriodePenilaian.skp_id)
        .where(PeriodePenilaian.id == periode_penilaian_id, PeriodePenilaian.deleted_at.is_(None))
    ).first()
    if found is None:
        return None
    pp, periode, skp = found
    penilaian = session.scalar(
        select(PenilaianPeriode).where(PenilaianPeriode.periode_penilaian_id == pp.id)
    )
    relasi = relasi_penilaian(session, aktor_id, skp)
    feedback = _feedback(session, pp.id, aktor_id, relasi)
    rhk_rows, iki_rows = _hasil_kerja(session, skp, pp.id, feedback, relasi)
    return PenilaianDetail(
        skp=_skp_row(session, skp),
        periode=_periode_row(
            session, skp, pp, periode, penilaian.predikat if penilaian else None, hari_ini
        ),
        relasi=relasi,
        sumber_aktor=sumber_feedback(relasi),
        rhk=rhk_rows,
        iki=iki_rows,
        perilaku=_perilaku(session, skp.id, feedback),
        rating=_rating(session, penilaian),
        wajib_feedback_sebelum_rating=_wajib_feedback(session, skp),
        ada_feedback_atasan_hasil_kerja=any(
            f.sumber is SumberFeedback.ATASAN and f.iki_id is not None
            for f, _nama in _semua_feedback(session, pp.id)
        ),
    )


# --- helpers ------------------------------------------------------------------------------------


def _skp_row(session: Session, skp: Skp) -> SkpPenilaianRow:
    pegawai = session.get(Pegawai, skp.pegawai_id)
    unor_nama = session.scalar(select(Unor.nama).where(Unor.id == skp.unor_id)) or ""
    snap = skp.snapshot_pegawai
    return SkpPenilaianRow(
        id=skp.id,
        pegawai_id=skp.pegawai_id,
        pegawai_nama=pegawai.nama if pegawai else snap.get("nama", ""),
        nip=pegawai.nip if pegawai else snap.get("nip", ""),
        jabatan=snap.get("jabatan") or (pegawai.jabatan if pegawai else ""),
        unor_nama=unor_nama,
        tahun=skp.tahun,
        periode_awal=skp.periode_awal,
        periode_akhir=skp.periode_akhir,
        status=skp.status,
        jenis=skp.jenis,
        pejabat_penilai_nama=skp.snapshot_pejabat_penilai.get("nama", ""),
        is_plt_plh=skp.plt_plh_id is not None,
    )


def _periode_row(
    session: Session,
    skp: Skp,
    pp: PeriodePenilaian,
    periode: Periode,
    predikat: Predikat | None,
    hari_ini: date,
) -> PeriodePenilaianRow:
    [cut] = periode_untuk_skp([periode_def(periode)], skp.periode_awal, skp.periode_akhir) or [
        periode_def(periode)
    ]
    sampai = dibuka_ulang(session, periode.id, skp.unor_id, hari_ini)
    return PeriodePenilaianRow(
        id=pp.id,
        periode_id=periode.id,
        nomor=periode.nomor,
        nama=periode.nama,
        jenis=periode.jenis,
        awal=cut.awal,
        akhir=cut.akhir,
        batas_pengisian=periode.batas_pengisian,
        dibuka_ulang_sampai=sampai,
        terbuka=bisa_diisi(hari_ini, periode.batas_pengisian, sampai is not None),
        predikat=predikat,
    )


def _semua_feedback(session: Session, pp_id: str) -> list[tuple[Feedback, str]]:
    query = (
        select(Feedback, Pegawai.nama)
        .join(Pegawai, Pegawai.id == Feedback.dari_id)
        .where(Feedback.periode_penilaian_id == pp_id, Feedback.deleted_at.is_(None))
        .order_by(Feedback.created_at, Feedback.id)
    )
    return [(f, nama) for f, nama in session.execute(query)]


def _feedback(
    session: Session, pp_id: str, aktor_id: str, relasi: RelasiPenilaian
) -> list[FeedbackRow]:
    rows = []
    for f, nama in _semua_feedback(session, pp_id):
        milik = f.dari_id == aktor_id
        if not _feedback_terlihat(f.sumber, milik, relasi):
            continue
        anonim = f.sumber is SumberFeedback.REKAN_KERJA and relasi.pemilik
        rows.append(
            FeedbackRow(
                id=f.id,
                iki_id=f.iki_id,
                nilai=f.nilai,
                dari_id=None if anonim else f.dari_id,
                dari_nama="" if anonim else nama,
                sumber=f.sumber,
                sifat=f.sifat,
                teks=f.teks,
                dibuat_pada=f.created_at,
                milik_aktor=milik,
            )
        )
    return rows


def _feedback_terlihat(sumber: SumberFeedback, milik: bool, relasi: RelasiPenilaian) -> bool:
    if milik or relasi.pejabat_penilai or relasi.pemilik:
        return True
    if relasi.ketua_tim:
        return sumber is not SumberFeedback.REKAN_KERJA
    return False  # a rekan kerja sees only their own


def _hasil_kerja(
    session: Session,
    skp: Skp,
    pp_id: str,
    feedback: list[FeedbackRow],
    relasi: RelasiPenilaian,
) -> tuple[tuple[RhkPenilaianRow, ...], tuple[IkiPenilaianRow, ...]]:
    rhk_list = list(
        session.scalars(
            select(Rhk)
            .where(Rhk.skp_id == skp.id, Rhk.deleted_at.is_(None))
            .order_by(Rhk.jenis, Rhk.urutan, Rhk.id)
        )
    )
    rencana = _rencana_aksi(session, pp_id)
    nomor: dict[str, str] = {}
    per_jenis: dict[JenisRhk, int] = defaultdict(int)
    rhk_rows = []
    for rhk in sorted(rhk_list, key=lambda r: (r.jenis is not JenisRhk.UTAMA, r.urutan, r.id)):
        per_jenis[rhk.jenis] += 1
        nomor[rhk.id] = str(per_jenis[rhk.jenis])
        rhk_rows.append(
            RhkPenilaianRow(rhk.id, nomor[rhk.id], rhk.jenis, rhk.teks, rencana.get(rhk.id, ()))
        )
    if not (relasi.pemilik or relasi.pejabat_penilai or relasi.ketua_tim):
        return tuple(rhk_rows), ()  # a rekan kerja comments on perilaku only
    return tuple(rhk_rows), _iki_rows(session, skp, rhk_rows, nomor, pp_id, feedback)


def _iki_rows(
    session: Session,
    skp: Skp,
    rhk_rows: list[RhkPenilaianRow],
    nomor: dict[str, str],
    pp_id: str,
    feedback: list[FeedbackRow],
) -> tuple[IkiPenilaianRow, ...]:
    rhk_ids = [r.id for r in rhk_rows]
    iki_per_rhk: dict[str, list[Iki]] = defaultdict(list)
    for iki in session.scalars(
        select(Iki)
        .where(Iki.rhk_id.in_(rhk_ids), Iki.deleted_at.is_(None))
        .order_by(Iki.urutan, Iki.id)
    ):
        iki_per_rhk[iki.rhk_id].append(iki)
    realisasi = {
        r.iki_id: r
        for r in session.scalars(
            select(Realisasi).where(
                Realisasi.periode_penilaian_id == pp_id, Realisasi.deleted_at.is_(None)
            )
        )
    }
    bukti = _bukti_dukung(session, pp_id)
    fb_per_iki: dict[str, list[FeedbackRow]] = defaultdict(list)
    for f in feedback:
        if f.iki_id is not None:
            fb_per_iki[f.iki_id].append(f)
    rows = []
    for rhk in rhk_rows:
        for i, iki in enumerate(iki_per_rhk[rhk.id], start=1):
            real = realisasi.get(iki.id)
            rows.append(
                IkiPenilaianRow(
                    id=iki.id,
                    rhk_id=rhk.id,
                    nomor=f"{nomor[rhk.id]}.{i}",
                    jenis_rhk=rhk.jenis,
                    rhk_teks=rhk.teks,
                    indikator=iki.indikator,
                    target=format_target(iki.target_min, iki.target_max, iki.satuan),
                    kategori=_kategori(skp, iki),
                    realisasi_id=real.id if real else None,
                    realisasi=real.teks if real else "",
                    sumber_data=(real.sumber_data or "") if real else "",
                    bukti_dukung=tuple(bukti.get(iki.id, ())),
                    feedback=tuple(fb_per_iki.get(iki.id, ())),
                )
            )
    return tuple(rows)


def format_target(minimum: str | None, maksimum: str | None, satuan: str | None) -> str:
    """ "90–100 %", "4 laporan"; empty for a kualitatif IKI (its target is in the narrative)."""
    lo, hi = (minimum or "").strip(), (maksimum or "").strip()
    angka = f"{lo}–{hi}" if lo and hi and lo != hi else (lo or hi)
    return " ".join(part for part in (angka, (satuan or "").strip()) if part)


def _kategori(skp: Skp, iki: Iki) -> str:
    nilai = iki.perspektif if skp.jenis is JenisSkp.JPT else iki.aspek
    return nilai.label if nilai is not None else ""


def _rencana_aksi(session: Session, pp_id: str) -> dict[str, tuple[RencanaAksiRow, ...]]:
    per_rhk: dict[str, list[RencanaAksiRow]] = defaultdict(list)
    query = (
        select(RencanaAksi)
        .where(RencanaAksi.periode_penilaian_id == pp_id, RencanaAksi.deleted_at.is_(None))
        .order_by(RencanaAksi.urutan, RencanaAksi.created_at, RencanaAksi.id)
    )
    for ra in session.scalars(query):
        per_rhk[ra.rhk_id].append(
            RencanaAksiRow(ra.id, ra.rhk_id, ra.teks, ra.target, ra.satuan, ra.urutan)
        )
    return {rhk_id: tuple(rows) for rhk_id, rows in per_rhk.items()}


def _bukti_dukung(session: Session, pp_id: str) -> dict[str, list[BuktiDukungRow]]:
    per_iki: dict[str, list[BuktiDukungRow]] = defaultdict(list)
    query = (
        select(BuktiDukung, Blob.upload_state)
        .outerjoin(Blob, Blob.sha256 == BuktiDukung.blob_sha256)
        .where(BuktiDukung.periode_penilaian_id == pp_id, BuktiDukung.deleted_at.is_(None))
        .order_by(BuktiDukung.created_at, BuktiDukung.id)
    )
    for b, state in session.execute(query):
        per_iki[b.iki_id].append(
            BuktiDukungRow(
                b.id,
                b.iki_id,
                b.nama,
                b.url,
                b.blob_sha256,
                b.nama_berkas,
                b.ukuran,
                b.mime,
                state if b.blob_sha256 else None,
            )
        )
    return per_iki


def _perilaku(
    session: Session, skp_id: str, feedback: list[FeedbackRow]
) -> tuple[PerilakuRow, ...]:
    ekspektasi = {
        e.nilai: e.teks
        for e in session.scalars(
            select(EkspektasiKhusus).where(
                EkspektasiKhusus.skp_id == skp_id, EkspektasiKhusus.deleted_at.is_(None)
            )
        )
    }
    per_nilai: dict[NilaiBerakhlak, list[FeedbackRow]] = defaultdict(list)
    for f in feedback:
        if f.nilai is not None:
            per_nilai[f.nilai].append(f)
    return tuple(
        PerilakuRow(
            p.nilai.value,
            p.nilai,
            p.nama,
            p.indikator,
            ekspektasi.get(p.nilai, ""),
            tuple(per_nilai.get(p.nilai, ())),
        )
        for p in BERAKHLAK
    )


def _rating(session: Session, penilaian: PenilaianPeriode | None) -> RatingRow:
    if penilaian is None or penilaian.deleted_at is not None:
        return RatingRow(None, None, None, "", None)
    penilai = session.get(Pegawai, penilaian.dinilai_oleh_id) if penilaian.dinilai_oleh_id else None
    return RatingRow(
        penilaian.rating_hasil_kerja,
        penilaian.rating_perilaku_kerja,
        penilaian.predikat,
        penilai.nama if penilai else "",
        penilaian.dinilai_pada,
    )


def _wajib_feedback(session: Session, skp: Skp) -> bool:
    instansi = session.scalar(
        select(Instansi)
        .join(Pegawai, Pegawai.instansi_id == Instansi.id)
        .where(Pegawai.id == skp.pegawai_id)
    )
    return True if instansi is None else instansi.wajib_feedback_sebelum_rating
