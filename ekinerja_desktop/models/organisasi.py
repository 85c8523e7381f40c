"""Instansi, unit organisasi, pegawai, PLT/PLH and the instansi's periods."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy import true as sa_true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ekinerja_desktop.domain.enums import (
    CapaianOrganisasi,
    JenisJabatan,
    JenisPeriode,
    JenisPlt,
    Jenjang,
    KelompokJabatan,
    PolaPeriode,
    StatusCapaian,
)
from ekinerja_desktop.models.base import Base, SyncedMixin


class Instansi(SyncedMixin, Base):
    __tablename__ = "instansi"

    nama: Mapped[str]
    kode: Mapped[str | None] = mapped_column(String(32))
    pola_periode: Mapped[PolaPeriode] = mapped_column(default=PolaPeriode.TRIWULANAN)
    # S002: the PPK gives feedback on hasil kerja before a rating is saved (a setting, default on).
    wajib_feedback_sebelum_rating: Mapped[bool] = mapped_column(
        Boolean, default=True, server_default=sa_true()
    )


class Unor(SyncedMixin, Base):
    """Unit organisasi: a node of the instansi's tree."""

    __tablename__ = "unor"

    instansi_id: Mapped[str] = mapped_column(ForeignKey("instansi.id"), index=True)
    nama: Mapped[str]
    jenis: Mapped[str | None] = mapped_column(String(80))  # eselon, e.g. "JPT Pratama / Eselon IIa"
    unor_atasan_id: Mapped[str | None] = mapped_column(ForeignKey("unor.id"), index=True)
    unor_induk_id: Mapped[str | None] = mapped_column(ForeignKey("unor.id"), index=True)
    mandiri: Mapped[bool] = mapped_column(Boolean, default=False)
    kota: Mapped[str | None] = mapped_column(String(80))

    unor_atasan: Mapped[Unor | None] = relationship(
        foreign_keys=[unor_atasan_id], remote_side="Unor.id"
    )


class Pegawai(SyncedMixin, Base):
    __tablename__ = "pegawai"

    instansi_id: Mapped[str] = mapped_column(ForeignKey("instansi.id"), index=True)
    nip: Mapped[str] = mapped_column(
        String(18), unique=True
    )  # NIP/NI PPPK, or NIK (16) for non-ASN JPT
    nama: Mapped[str]
    golongan: Mapped[str | None] = mapped_column(String(8))  # "III/d" or PPPK "IX"
    jabatan: Mapped[str]
    jenis_jabatan: Mapped[JenisJabatan] = mapped_column(default=JenisJabatan.PEGAWAI)
    kelompok_jabatan: Mapped[KelompokJabatan] = mapped_column(default=KelompokJabatan.JA)
    jenjang: Mapped[Jenjang | None] = mapped_column(default=None)
    tmt_jabatan: Mapped[date | None] = mapped_column(default=None)
    unor_id: Mapped[str] = mapped_column(ForeignKey("unor.id"), index=True)
    atasan_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(120))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)  # admin instansi

    unor: Mapped[Unor] = relationship(foreign_keys=[unor_id])
    atasan: Mapped[Pegawai | None] = relationship(
        foreign_keys=[atasan_id], remote_side="Pegawai.id"
    )


class PltPlh(SyncedMixin, Base):
    """An acting (PLT) or daily-acting (PLH) assignment; an active one may hold its own SKP."""

    __tablename__ = "plt_plh"

    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"), index=True)
    unor_id: Mapped[str] = mapped_column(ForeignKey("unor.id"), index=True)
    jabatan: Mapped[str]  # "PLT Direktur …"
    jenis: Mapped[JenisPlt]
    periode_awal: Mapped[date]
    periode_akhir: Mapped[date]
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)


class Periode(SyncedMixin, Base):
    """One of the instansi's evaluation periods of a year (S003 2.2)."""

    __tablename__ = "periode"

    instansi_id: Mapped[str] = mapped_column(ForeignKey("instansi.id"), index=True)
    tahun: Mapped[int] = mapped_column(Integer, index=True)
    nomor: Mapped[int] = mapped_column(Integer)
    nama: Mapped[str]
    awal: Mapped[date]
    akhir: Mapped[date]
    batas_pengisian: Mapped[date]
    jenis: Mapped[JenisPeriode]


class PeriodeDibukaUlang(SyncedMixin, Base):
    """An admin reopened a period after its batas pengisian for one unit."""

    __tablename__ = "periode_dibuka_ulang"

    periode_id: Mapped[str] = mapped_column(ForeignKey("periode.id"), index=True)
    unor_id: Mapped[str] = mapped_column(ForeignKey("unor.id"), index=True)
    sampai: Mapped[date]
    oleh_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    alasan: Mapped[str | None] = mapped_column(Text, default=None)


class CapaianOrganisasiUnor(SyncedMixin, Base):
    """Capaian kinerja organisasi per unor induk × periode (S003 2.5)."""

    __tablename__ = "capaian_organisasi"

    unor_id: Mapped[str] = mapped_column(ForeignKey("unor.id"), index=True)
    periode_id: Mapped[str] = mapped_column(ForeignKey("periode.id"), index=True)
    capaian: Mapped[CapaianOrganisasi]
    bukti_dukung_url: Mapped[str | None] = mapped_column(String(1000))
    status: Mapped[StatusCapaian] = mapped_column(default=StatusCapaian.BELUM_FINAL)


class KurvaIdealInstansi(SyncedMixin, Base):
    """The admin's override of the ideal curve (domain.md §6, project choice, editable)."""

    __tablename__ = "kurva_ideal"

    instansi_id: Mapped[str] = mapped_column(ForeignKey("instansi.id"), index=True)
    capaian: Mapped[CapaianOrganisasi]
    porsi: Mapped[dict[str, float]] = mapped_column(JSON)
