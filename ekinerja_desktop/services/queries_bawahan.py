"""Read models of the evaluators' screens: the periods to pick, the subordinates of
"Penilaian Bawahan" with their "belum dinilai" state, the colleagues of "Feedback Perilaku
Rekan Kerja" (frozen rows; no Qt here)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import (
    JenisPeriode,
    Predikat,
    Rating,
    StatusSkp,
    SumberFeedback,
    periode_untuk_skp,
)
from ekinerja_desktop.models import (
    Feedback,
    Pegawai,
    PenilaianPeriode,
    Periode,
    PeriodePenilaian,
    Skp,
    TimKerja,
)
from ekinerja_desktop.services.penilaian_relasi import (
    anggota_tim,
    is_pimpinan,
    periode_def,
    rekan_satu_tim,
)


@dataclass(frozen=True)
class PeriodePilihanRow:
    """An instansi period to evaluate others in, with how many of them have added it."""

    id: str  # periode
    tahun: int
    nomor: int
    nama: str
    jenis: JenisPeriode
    awal: date
    akhir: date
    batas_pengisian: date
    jumlah: int


@dataclass(frozen=True)
class BawahanRow:
    """A subordinate's (or team member's) SKP in one period, for "Penilaian Bawahan"."""

    id: str  # skp
    pegawai_id: str
    nama: str
    nip: str
    jabatan: str
    sumber: SumberFeedback  # ATASAN: the acting pegawai rates; KETUA_TIM: feedback only
    is_plt_plh: bool
    periode_penilaian_id: str | None
    rating_hasil_kerja: Rating | None
    rating_perilaku_kerja: Rating | None
    predikat: Predikat | None

    @property
    def sudah_dinilai(self) -> bool:
        return self.predikat is not None


@dataclass(frozen=True)
class RekanRow:
    """A colleague one may give peer feedback to, in one period."""

    id: str  # skp
    pegawai_id: str
    nama: str
    nip: str
    jabatan: str
    satu_unit: bool
    satu_tim: bool
    periode_penilaian_id: str | None
    jumlah_feedback_saya: int


def periode_pilihan(session: Session, aktor_id: str, skp_ids: list[str]) -> list[PeriodePilihanRow]:
    """The instansi's periods (newest year first), counting which of these SKPs added each."""
    aktor = session.get(Pegawai, aktor_id)
    if aktor is None:
        return []
    jumlah: dict[str, int] = defaultdict(int)
    if skp_ids:
        for periode_id in session.scalars(
            select(PeriodePenilaian.periode_id).where(
                PeriodePenilaian.skp_id.in_(skp_ids), PeriodePenilaian.deleted_at.is_(None)
            )
        ):
            jumlah[periode_id] += 1
    query = (
        select(Periode)
        .where(Periode.instansi_id == aktor.instansi_id, Periode.deleted_at.is_(None))
        .order_by(Periode.tahun.desc(), Periode.nomor)
    )
    return [
        PeriodePilihanRow(
            p.id,
            p.tahun,
            p.nomor,
            p.nama,
            p.jenis,
            p.awal,
            p.akhir,
            p.batas_pengisian,
            jumlah[p.id],
        )
        for p in session.scalars(query)
    ]


def periode_awal_pilihan(rows: list[PeriodePilihanRow], hari_ini: date) -> str | None:
    """The period to open first: the latest started one that someone added, else the current."""
    dimulai = [r for r in rows if r.awal <= hari_ini and r.jenis is JenisPeriode.PERIODIK]
    dengan_isi = [r for r in dimulai if r.jumlah]
    for pilihan in (dengan_isi, dimulai, rows):
        if pilihan:
            return max(pilihan, key=lambda r: (r.awal, -r.nomor)).id
    return None


def skp_bawahan_ids(session: Session, aktor_id: str) -> list[str]:
    """Approved SKPs the acting pegawai evaluates (PPK) or leads the team of (ketua tim)."""
    ids = set(
        session.scalars(
            select(Skp.id).where(
                Skp.pejabat_penilai_id == aktor_id,
                Skp.status == StatusSkp.PERSETUJUAN,
                Skp.deleted_at.is_(None),
            )
        )
    )
    return sorted(ids | _skp_anggota_tim(session, aktor_id))


def daftar_bawahan(session: Session, aktor_id: str, periode_id: str) -> list[BawahanRow]:
    """Subordinates' and team members' approved SKPs covering the period; unrated first."""
    periode = session.get(Periode, periode_id)
    if periode is None:
        return []
    ids = skp_bawahan_ids(session, aktor_id)
    rows = [
        _bawahan_row(session, skp, pp, penilaian, aktor_id)
        for skp, pp, penilaian in _skp_dalam_periode(session, ids, periode)
    ]
    return sorted(rows, key=lambda r: (r.sudah_dinilai, r.nama.casefold(), r.id))


def skp_rekan_ids(session: Session, aktor_id: str) -> list[str]:
    """Approved SKPs of colleagues one may give peer feedback to: same unit (current master
    data) or a shared team in the SKP's year; none for a pimpinan, never one of a pimpinan."""
    aktor = session.get(Pegawai, aktor_id)
    if aktor is None or is_pimpinan(aktor):
        return []
    satu_unit = set(
        session.scalars(
            select(Pegawai.id).where(
                Pegawai.unor_id == aktor.unor_id,
                Pegawai.id != aktor.id,
                Pegawai.deleted_at.is_(None),
            )
        )
    )
    hasil = []
    query = (
        select(Skp, Pegawai)
        .join(Pegawai, Pegawai.id == Skp.pegawai_id)
        .where(
            Skp.status == StatusSkp.PERSETUJUAN,
            Skp.deleted_at.is_(None),
            Skp.pegawai_id != aktor.id,
        )
    )
    satu_tim: dict[int, set[str]] = {}
    for tahun in _tahun_tim(session):
        satu_tim[tahun] = rekan_satu_tim(session, aktor.id, tahun)
    kandidat = satu_unit | set().union(*satu_tim.values())
    if not kandidat:
        return []
    for skp, pegawai in session.execute(query.where(Skp.pegawai_id.in_(kandidat))):
        rekan = pegawai.id in satu_unit or pegawai.id in satu_tim.get(skp.tahun, set())
        if rekan and not is_pimpinan(pegawai):
            hasil.append(skp.id)
    return sorted(hasil)


def daftar_rekan(session: Session, aktor_id: str, periode_id: str) -> list[RekanRow]:
    """Colleagues in the same unit or the same team (neither of them pimpinan), with an
    approved SKP covering the period."""
    aktor = session.get(Pegawai, aktor_id)
    periode = session.get(Periode, periode_id)
    if aktor is None or periode is None:
        return []
    satu_tim = rekan_satu_tim(session, aktor.id, periode.tahun)
    rows = []
    ids = skp_rekan_ids(session, aktor_id)
    for skp, pp, _penilaian in _skp_dalam_periode(session, ids, periode):
        pegawai = session.get(Pegawai, skp.pegawai_id)
        assert pegawai is not None
        rows.append(
            RekanRow(
                skp.id,
                pegawai.id,
                pegawai.nama,
                pegawai.nip,
                skp.snapshot_pegawai.get("jabatan", pegawai.jabatan),
                pegawai.unor_id == aktor.unor_id,
                pegawai.id in satu_tim,
                pp.id if pp else None,
                _jumlah_feedback_dari(session, pp.id, aktor.id) if pp else 0,
            )
        )
    return sorted(rows, key=lambda r: (r.nama.casefold(), r.id))


def _tahun_tim(session: Session) -> list[int]:
    return list(
        session.scalars(select(TimKerja.tahun).where(TimKerja.deleted_at.is_(None)).distinct())
    )


# --- helpers ------------------------------------------------------------------------------------


def _skp_anggota_tim(session: Session, ketua_id: str) -> set[str]:
    """Approved SKPs of the members of the teams the pegawai leads, in each team's year."""
    hasil: set[str] = set()
    tim = session.execute(
        select(TimKerja.id, TimKerja.tahun).where(
            TimKerja.ketua_id == ketua_id, TimKerja.deleted_at.is_(None)
        )
    ).all()
    for tim_id, tahun in tim:
        anggota = anggota_tim(session, [tim_id]) - {ketua_id}
        if anggota:
            hasil |= set(
                session.scalars(
                    select(Skp.id).where(
                        Skp.pegawai_id.in_(anggota),
                        Skp.tahun == tahun,
                        Skp.status == StatusSkp.PERSETUJUAN,
                        Skp.deleted_at.is_(None),
                    )
                )
            )
    return hasil


def _skp_dalam_periode(
    session: Session, skp_ids: list[str], periode: Periode
) -> list[tuple[Skp, PeriodePenilaian | None, PenilaianPeriode | None]]:
    """The SKPs of the period's year whose span the period touches, with their period row."""
    if not skp_ids:
        return []
    skps = session.scalars(select(Skp).where(Skp.id.in_(skp_ids), Skp.tahun == periode.tahun)).all()
    pp_by_skp = {
        pp.skp_id: pp
        for pp in session.scalars(
            select(PeriodePenilaian).where(
                PeriodePenilaian.skp_id.in_(skp_ids),
                PeriodePenilaian.periode_id == periode.id,
                PeriodePenilaian.deleted_at.is_(None),
            )
        )
    }
    penilaian_by_pp = {
        p.periode_penilaian_id: p
        for p in session.scalars(
            select(PenilaianPeriode).where(
                PenilaianPeriode.periode_penilaian_id.in_([pp.id for pp in pp_by_skp.values()])
            )
        )
    }
    hasil = []
    for skp in skps:
        if not periode_untuk_skp([periode_def(periode)], skp.periode_awal, skp.periode_akhir):
            continue
        pp = pp_by_skp.get(skp.id)
        hasil.append((skp, pp, penilaian_by_pp.get(pp.id) if pp else None))
    return hasil


def _bawahan_row(
    session: Session,
    skp: Skp,
    pp: PeriodePenilaian | None,
    penilaian: PenilaianPeriode | None,
    aktor_id: str,
) -> BawahanRow:
    pegawai = session.get(Pegawai, skp.pegawai_id)
    assert pegawai is not None
    return BawahanRow(
        id=skp.id,
        pegawai_id=pegawai.id,
        nama=pegawai.nama,
        nip=pegawai.nip,
        jabatan=skp.snapshot_pegawai.get("jabatan", pegawai.jabatan),
        sumber=(
            SumberFeedback.ATASAN
            if skp.pejabat_penilai_id == aktor_id
            else SumberFeedback.KETUA_TIM
        ),
        is_plt_plh=skp.plt_plh_id is not None,
        periode_penilaian_id=pp.id if pp else None,
        rating_hasil_kerja=penilaian.rating_hasil_kerja if penilaian else None,
        rating_perilaku_kerja=penilaian.rating_perilaku_kerja if penilaian else None,
        predikat=penilaian.predikat if penilaian else None,
    )


def _jumlah_feedback_dari(session: Session, pp_id: str, dari_id: str) -> int:
    return len(
        session.scalars(
            select(Feedback.id).where(
                Feedback.periode_penilaian_id == pp_id,
                Feedback.dari_id == dari_id,
                Feedback.deleted_at.is_(None),
            )
        ).all()
    )
