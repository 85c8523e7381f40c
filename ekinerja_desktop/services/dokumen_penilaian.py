"""Read models of the period documents: Form Penilaian and Dokumen Evaluasi Kinerja Pegawai.

Both are printed for one SKP in one period (a `PeriodePenilaian`). The evaluation's pola
distribusi is the kurva of the rekap (`queries_rekap`), so the printed chart shows the very
numbers of the Kurva screen: the pegawai's unit kerja induk, its capaian organisasi and the
instansi's ideal curve.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    PREDIKAT_URUTAN,
    CapaianOrganisasi,
    JenisJabatan,
    JenisPeriode,
    NilaiBerakhlak,
    Predikat,
    Rating,
    SifatFeedback,
    nama_bulan,
    predikat_kinerja,
)
from ekinerja_desktop.errors import NotFoundError
from ekinerja_desktop.models import (
    BuktiDukung,
    Feedback,
    Pegawai,
    PenilaianPeriode,
    Periode,
    PeriodePenilaian,
    Realisasi,
    RencanaAksi,
    Skp,
)
from ekinerja_desktop.services.dokumen import (
    IkiDok,
    KepalaDokumen,
    Orang,
    PerilakuDok,
    RhkDok,
    ambil_skp,
    daftar_perilaku_dok,
    daftar_rhk_dok,
    kepala_dokumen,
    orang_dari,
)
from ekinerja_desktop.services.queries_rekap import (
    Cakupan,
    JenisCakupan,
    KurvaData,
    capaian_unit,
    muat_kurva,
    peta_unor,
)

_ROMAWI = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class PeriodeDok:
    id: str
    nama: str
    jenis: JenisPeriode
    awal: date
    akhir: date

    @property
    def label(self) -> str:
        """As printed after "PERIODE :": "AKHIR TAHUN", "TRIWULAN I", "BULAN MARET"."""
        awal, akhir = self.awal, self.akhir
        if self.jenis is JenisPeriode.FINAL:
            return "AKHIR TAHUN"
        if awal.year == akhir.year and awal.day == 1:
            bulan = akhir.month - awal.month + 1
            if bulan == 3 and awal.month % 3 == 1:
                return f"TRIWULAN {_ROMAWI[awal.month // 3]}"
            if bulan == 1:
                return f"BULAN {nama_bulan(awal.month).upper()}"
        return self.nama.upper()


@dataclass(frozen=True)
class UmpanBalikDok:
    sumber: str  # "Atasan", "Ketua Tim", "Rekan Kerja"
    dari: str
    positif: bool
    teks: str


@dataclass(frozen=True)
class BuktiDukungDok:
    nama: str
    tautan: str  # the link, or the file name of a local file


@dataclass(frozen=True)
class IkiPenilaian:
    iki: IkiDok
    realisasi: str
    sumber_data: str
    bukti_dukung: tuple[BuktiDukungDok, ...]
    umpan_balik: tuple[UmpanBalikDok, ...]


@dataclass(frozen=True)
class RencanaAksiDok:
    teks: str
    target: str


@dataclass(frozen=True)
class RhkPenilaian:
    rhk: RhkDok
    rencana_aksi: tuple[RencanaAksiDok, ...]
    iki: tuple[IkiPenilaian, ...]


@dataclass(frozen=True)
class PerilakuPenilaian:
    perilaku: PerilakuDok
    umpan_balik: tuple[UmpanBalikDok, ...]


@dataclass(frozen=True)
class FormPenilaianDok:
    kepala: KepalaDokumen
    periode: PeriodeDok
    hasil_kerja: tuple[RhkPenilaian, ...]
    perilaku: tuple[PerilakuPenilaian, ...]
    rating_hasil_kerja: Rating | None
    rating_perilaku_kerja: Rating | None
    predikat: Predikat | None


@dataclass(frozen=True)
class DistribusiDok:
    """The unit's pola distribusi: shares per predikat in ascending order (Sangat Kurang first)."""

    unit_id: str
    unit: str
    capaian: CapaianOrganisasi | None
    ideal: Mapping[Predikat, float] | None
    jumlah: Mapping[Predikat, int]
    jumlah_pegawai: int

    @property
    def jumlah_dinilai(self) -> int:
        return sum(self.jumlah.values())

    @property
    def belum_dinilai(self) -> int:
        return self.jumlah_pegawai - self.jumlah_dinilai

    def aktual(self, predikat: Predikat) -> float:
        n = self.jumlah_dinilai
        return self.jumlah.get(predikat, 0) / n if n else 0.0


@dataclass(frozen=True)
class EvaluasiDok:
    kepala: KepalaDokumen
    periode: PeriodeDok
    atasan_pejabat_penilai: Orang
    capaian_organisasi: CapaianOrganisasi | None
    rating_hasil_kerja: Rating | None
    rating_perilaku_kerja: Rating | None
    predikat: Predikat | None
    distribusi: DistribusiDok
    catatan_rekomendasi: str


@dataclass
class CacheDistribusi:
    """Distributions already computed in one batch, keyed by (unit id, periode id)."""

    per_unit: dict[tuple[str, str], DistribusiDok] = field(default_factory=dict)


# --- loading -------------------------------------------------------------------------------------


def _konteks(session: Session, periode_penilaian_id: str) -> tuple[PeriodePenilaian, Skp, Periode]:
    pp = session.get(PeriodePenilaian, periode_penilaian_id)
    if pp is None or pp.deleted_at is not None:
        raise NotFoundError("Periode penilaian SKP ini tidak ditemukan di komputer ini.")
    skp = ambil_skp(session, pp.skp_id)
    periode = session.get(Periode, pp.periode_id)
    if periode is None:
        raise NotFoundError("Periode penilaian tidak ditemukan (mungkin sudah dihapus).")
    return pp, skp, periode


def _periode_dok(p: Periode) -> PeriodeDok:
    return PeriodeDok(id=p.id, nama=p.nama, jenis=p.jenis, awal=p.awal, akhir=p.akhir)


def _penilaian(session: Session, pp_id: str) -> PenilaianPeriode | None:
    return session.scalar(
        select(PenilaianPeriode).where(
            PenilaianPeriode.periode_penilaian_id == pp_id, PenilaianPeriode.deleted_at.is_(None)
        )
    )


def _predikat(p: PenilaianPeriode | None) -> Predikat | None:
    """The matrix predikat of the two ratings printed beside it (never a stale stored one)."""
    if p is None or p.rating_hasil_kerja is None or p.rating_perilaku_kerja is None:
        return None
    return predikat_kinerja(p.rating_hasil_kerja, p.rating_perilaku_kerja)


def _umpan_balik(session: Session, pp_id: str) -> list[Feedback]:
    return list(
        session.scalars(
            select(Feedback)
            .where(Feedback.periode_penilaian_id == pp_id, Feedback.deleted_at.is_(None))
            .order_by(Feedback.created_at)
        )
    )


def _nama_pegawai(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Pegawai.id, Pegawai.nama).where(Pegawai.id.in_(ids))).all())


def _ub(f: Feedback, nama: Mapping[str, str]) -> UmpanBalikDok:
    return UmpanBalikDok(
        sumber=f.sumber.label,
        dari=nama.get(f.dari_id, ""),
        positif=f.sifat is SifatFeedback.POSITIF,
        teks=f.teks or "",
    )


def _realisasi(session: Session, pp_id: str) -> dict[str, Realisasi]:
    query = (
        select(Realisasi)
        .where(Realisasi.periode_penilaian_id == pp_id, Realisasi.deleted_at.is_(None))
        .order_by(Realisasi.updated_at)
    )
    return {r.iki_id: r for r in session.scalars(query)}  # the latest one of an IKI wins


def _bukti_dukung(session: Session, pp_id: str) -> dict[str, list[BuktiDukungDok]]:
    query = (
        select(BuktiDukung)
        .where(BuktiDukung.periode_penilaian_id == pp_id, BuktiDukung.deleted_at.is_(None))
        .order_by(BuktiDukung.created_at)
    )
    hasil: dict[str, list[BuktiDukungDok]] = {}
    for b in session.scalars(query):
        hasil.setdefault(b.iki_id, []).append(
            BuktiDukungDok(nama=b.nama or "", tautan=b.url or b.nama_berkas or "")
        )
    return hasil


def form_penilaian(session: Session, periode_penilaian_id: str) -> FormPenilaianDok:
    pp, skp, periode = _konteks(session, periode_penilaian_id)
    feedback = _umpan_balik(session, pp.id)
    nama = _nama_pegawai(session, {f.dari_id for f in feedback})
    realisasi = _realisasi(session, pp.id)
    bukti = _bukti_dukung(session, pp.id)
    ub_iki: dict[str, list[UmpanBalikDok]] = {}
    ub_nilai: dict[NilaiBerakhlak, list[UmpanBalikDok]] = {}
    for f in feedback:
        if f.iki_id is not None:
            ub_iki.setdefault(f.iki_id, []).append(_ub(f, nama))
        elif f.nilai is not None:
            ub_nilai.setdefault(f.nilai, []).append(_ub(f, nama))
    aksi: dict[str, list[RencanaAksiDok]] = {}
    for a in session.scalars(
        select(RencanaAksi)
        .where(RencanaAksi.periode_penilaian_id == pp.id, RencanaAksi.deleted_at.is_(None))
        .order_by(RencanaAksi.urutan, RencanaAksi.created_at)
    ):
        target = " ".join(x for x in ((a.target or "").strip(), (a.satuan or "").strip()) if x)
        aksi.setdefault(a.rhk_id, []).append(RencanaAksiDok(teks=a.teks or "", target=target))

    def iki_penilaian(iki: IkiDok) -> IkiPenilaian:
        r = realisasi.get(iki.id)
        return IkiPenilaian(
            iki=iki,
            realisasi=r.teks if r is not None else "",
            sumber_data=(r.sumber_data or "") if r is not None else "",
            bukti_dukung=tuple(bukti.get(iki.id, ())),
            umpan_balik=tuple(ub_iki.get(iki.id, ())),
        )

    nilai = _penilaian(session, pp.id)
    return FormPenilaianDok(
        kepala=kepala_dokumen(session, skp, periode.awal, periode.akhir),
        periode=_periode_dok(periode),
        hasil_kerja=tuple(
            RhkPenilaian(
                rhk=rhk,
                rencana_aksi=tuple(aksi.get(rhk.id, ())),
                iki=tuple(iki_penilaian(i) for i in rhk.iki),
            )
            for rhk in daftar_rhk_dok(session, skp)
        ),
        perilaku=tuple(
            PerilakuPenilaian(perilaku=p, umpan_balik=tuple(ub_nilai.get(p.nilai, ())))
            for p in daftar_perilaku_dok(session, skp.id)
        ),
        rating_hasil_kerja=nilai.rating_hasil_kerja if nilai else None,
        rating_perilaku_kerja=nilai.rating_perilaku_kerja if nilai else None,
        predikat=_predikat(nilai),
    )


def dokumen_evaluasi(
    session: Session, periode_penilaian_id: str, cache: CacheDistribusi | None = None
) -> EvaluasiDok:
    pp, skp, periode = _konteks(session, periode_penilaian_id)
    nilai = _penilaian(session, pp.id)
    distribusi, capaian = _distribusi_pegawai(session, skp, periode, cache or CacheDistribusi())
    return EvaluasiDok(
        kepala=kepala_dokumen(session, skp, periode.awal, periode.akhir),
        periode=_periode_dok(periode),
        atasan_pejabat_penilai=orang_dari(skp.snapshot_atasan_pejabat_penilai),
        capaian_organisasi=capaian,
        rating_hasil_kerja=nilai.rating_hasil_kerja if nilai else None,
        rating_perilaku_kerja=nilai.rating_perilaku_kerja if nilai else None,
        predikat=_predikat(nilai),
        distribusi=distribusi,
        catatan_rekomendasi=(nilai.catatan_rekomendasi or "") if nilai else "",
    )


def _distribusi_pegawai(
    session: Session, skp: Skp, periode: Periode, cache: CacheDistribusi
) -> tuple[DistribusiDok, CapaianOrganisasi | None]:
    """The distribution the pegawai is counted in, and the capaian of their own organisation
    (for the head of a unit: the unit they lead)."""
    pegawai = session.get(Pegawai, skp.pegawai_id)
    peta = peta_unor(session, periode.instansi_id)
    pimpinan = pegawai is not None and pegawai.jenis_jabatan is JenisJabatan.PIMPINAN
    unit_kurva = peta.unit_pegawai(skp.unor_id, pimpinan)
    unit_sendiri = peta.unit_dari_unor(skp.unor_id)
    capaian_row = capaian_unit(session, unit_sendiri, periode.id) if unit_sendiri else None
    capaian = capaian_row.capaian if capaian_row is not None else None
    if unit_kurva is None:
        kosong = DistribusiDok("", "", None, None, dict.fromkeys(PREDIKAT_URUTAN, 0), 0)
        return kosong, capaian
    kunci = (unit_kurva, periode.id)
    if kunci not in cache.per_unit:
        cakupan = Cakupan(JenisCakupan.UNIT, unit_kurva, peta.nama.get(unit_kurva, ""))
        cache.per_unit[kunci] = distribusi_dari_kurva(muat_kurva(session, cakupan, periode.id))
    return cache.per_unit[kunci], capaian


def distribusi_dari_kurva(kurva: KurvaData) -> DistribusiDok:
    return DistribusiDok(
        unit_id=kurva.cakupan.id,
        unit=kurva.unit_induk.nama if kurva.unit_induk else kurva.cakupan.nama,
        capaian=kurva.capaian,
        ideal=dict(kurva.ideal) if kurva.ideal is not None else None,
        jumlah={p: kurva.jumlah.get(p, 0) for p in PREDIKAT_URUTAN},
        jumlah_pegawai=kurva.jumlah_pegawai,
    )
