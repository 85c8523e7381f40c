"""Pelaksanaan and penilaian: periods of an SKP, rencana aksi, bukti dukung, realisasi,
feedback, ratings, keberatan and angka kredit."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ekinerja_desktop.domain.enums import (
    Jenjang,
    NilaiBerakhlak,
    Predikat,
    Rating,
    SifatFeedback,
    StatusKeberatan,
    SumberFeedback,
)
from ekinerja_desktop.models.base import Base, SyncedMixin


class PeriodePenilaian(SyncedMixin, Base):
    """An instansi period added to an approved SKP ("Tambah Periode Penilaian")."""

    __tablename__ = "periode_penilaian"

    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    periode_id: Mapped[str] = mapped_column(ForeignKey("periode.id"), index=True)


class RencanaAksi(SyncedMixin, Base):
    __tablename__ = "rencana_aksi"

    periode_penilaian_id: Mapped[str] = mapped_column(
        ForeignKey("periode_penilaian.id"), index=True
    )
    rhk_id: Mapped[str] = mapped_column(ForeignKey("rhk.id"), index=True)
    teks: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str | None] = mapped_column(String(40))
    satuan: Mapped[str | None] = mapped_column(String(80))
    urutan: Mapped[int] = mapped_column(Integer, default=0)


class BuktiDukung(SyncedMixin, Base):
    """Evidence per IKI per period: a link, or a local file kept in the blob store by SHA-256."""

    __tablename__ = "bukti_dukung"

    periode_penilaian_id: Mapped[str] = mapped_column(
        ForeignKey("periode_penilaian.id"), index=True
    )
    iki_id: Mapped[str] = mapped_column(ForeignKey("iki.id"), index=True)
    nama: Mapped[str]
    url: Mapped[str | None] = mapped_column(String(2000))
    blob_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    nama_berkas: Mapped[str | None] = mapped_column(String(255))
    ukuran: Mapped[int | None] = mapped_column(BigInteger)
    mime: Mapped[str | None] = mapped_column(String(100))


class Realisasi(SyncedMixin, Base):
    __tablename__ = "realisasi"

    periode_penilaian_id: Mapped[str] = mapped_column(
        ForeignKey("periode_penilaian.id"), index=True
    )
    iki_id: Mapped[str] = mapped_column(ForeignKey("iki.id"), index=True)
    teks: Mapped[str] = mapped_column(Text, default="")
    sumber_data: Mapped[str | None] = mapped_column(Text)


class Feedback(SyncedMixin, Base):
    """Umpan balik: on an IKI (hasil kerja) or on a BerAKHLAK value (perilaku)."""

    __tablename__ = "feedback"

    periode_penilaian_id: Mapped[str] = mapped_column(
        ForeignKey("periode_penilaian.id"), index=True
    )
    iki_id: Mapped[str | None] = mapped_column(ForeignKey("iki.id"), index=True)
    nilai: Mapped[NilaiBerakhlak | None] = mapped_column(default=None)
    dari_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"), index=True)
    sumber: Mapped[SumberFeedback]
    sifat: Mapped[SifatFeedback]
    teks: Mapped[str] = mapped_column(Text, default="")


class PenilaianPeriode(SyncedMixin, Base):
    """The PPK's ratings of one SKP in one period, and the resulting predikat."""

    __tablename__ = "penilaian"

    periode_penilaian_id: Mapped[str] = mapped_column(
        ForeignKey("periode_penilaian.id"), unique=True
    )
    rating_hasil_kerja: Mapped[Rating | None] = mapped_column(default=None)
    rating_perilaku_kerja: Mapped[Rating | None] = mapped_column(default=None)
    predikat: Mapped[Predikat | None] = mapped_column(default=None)
    dinilai_oleh_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    dinilai_pada: Mapped[datetime | None] = mapped_column(default=None)
    catatan_rekomendasi: Mapped[str | None] = mapped_column(Text)


class Keberatan(SyncedMixin, Base):
    """A formal objection to a predikat: before / requested / after, with the time of each step."""

    __tablename__ = "keberatan"

    penilaian_id: Mapped[str] = mapped_column(ForeignKey("penilaian.id"), index=True)
    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"), index=True)
    # Who must explain and who decides, fixed when the objection is filed (issue 4): a later
    # change of atasan does not move an objection already under way.
    pejabat_penilai_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"), index=True)
    atasan_pejabat_penilai_id: Mapped[str | None] = mapped_column(
        ForeignKey("pegawai.id"), index=True
    )
    status: Mapped[StatusKeberatan] = mapped_column(default=StatusKeberatan.DIAJUKAN)
    alasan: Mapped[str] = mapped_column(Text, default="")
    rating_hasil_kerja_awal: Mapped[Rating]
    rating_perilaku_kerja_awal: Mapped[Rating]
    predikat_awal: Mapped[Predikat]
    rating_hasil_kerja_diminta: Mapped[Rating]
    rating_perilaku_kerja_diminta: Mapped[Rating]
    predikat_diminta: Mapped[Predikat]
    rating_hasil_kerja_akhir: Mapped[Rating | None] = mapped_column(default=None)
    rating_perilaku_kerja_akhir: Mapped[Rating | None] = mapped_column(default=None)
    predikat_akhir: Mapped[Predikat | None] = mapped_column(default=None)
    penjelasan: Mapped[str | None] = mapped_column(Text)
    # "Keputusan dan rekomendasi atasan pejabat penilai kinerja" (S003 2.7).
    rekomendasi: Mapped[str | None] = mapped_column(Text)
    diajukan_pada: Mapped[datetime]
    dijelaskan_pada: Mapped[datetime | None] = mapped_column(default=None)
    dibuka_atasan_pada: Mapped[datetime | None] = mapped_column(default=None)
    diputuskan_pada: Mapped[datetime | None] = mapped_column(default=None)


class AngkaKredit(SyncedMixin, Base):
    """One conversion of a predikat into angka kredit; never recomputed from changed tables."""

    __tablename__ = "angka_kredit"

    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"), index=True)
    skp_id: Mapped[str | None] = mapped_column(ForeignKey("skp.id"))
    awal: Mapped[date]
    akhir: Mapped[date]
    predikat: Mapped[Predikat]
    jenjang: Mapped[Jenjang]
    koefisien: Mapped[float] = mapped_column(Float)
    persentase: Mapped[float] = mapped_column(Float)
    bulan: Mapped[int] = mapped_column(Integer)
    nilai: Mapped[float] = mapped_column(Float)
