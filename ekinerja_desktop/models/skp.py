"""The SKP aggregate: SKP, RHK, IKI, perilaku kerja, lampiran, manual indikator, status history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ekinerja_desktop.domain.enums import (
    Aspek,
    JenisLampiran,
    JenisRhk,
    JenisSkp,
    KlasifikasiRhk,
    KualitasTingkatKendali,
    NilaiBerakhlak,
    Pendekatan,
    PeriodePelaporan,
    Perspektif,
    StatusSkp,
)
from ekinerja_desktop.models.base import Base, SyncedMixin, utcnow


class Skp(SyncedMixin, Base):
    """One SKP of a pegawai for a span within one year.

    The pegawai, pejabat penilai and atasan pejabat penilai are kept as snapshots (name, NIP,
    jabatan… at the time of drafting), because the printed document must show who they were,
    even after a transfer; "Muat ulang" refreshes them from current master data.
    """

    __tablename__ = "skp"

    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"), index=True)
    unor_id: Mapped[str] = mapped_column(ForeignKey("unor.id"), index=True)
    pejabat_penilai_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"), index=True)
    atasan_pejabat_penilai_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    snapshot_pegawai: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    snapshot_pejabat_penilai: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    snapshot_atasan_pejabat_penilai: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    tahun: Mapped[int] = mapped_column(Integer, index=True)
    periode_awal: Mapped[date]
    periode_akhir: Mapped[date]
    pendekatan: Mapped[Pendekatan]
    jenis: Mapped[JenisSkp]
    plt_plh_id: Mapped[str | None] = mapped_column(ForeignKey("plt_plh.id"))
    status: Mapped[StatusSkp] = mapped_column(default=StatusSkp.DRAFT, index=True)
    catatan_perbaikan: Mapped[str | None] = mapped_column(Text)
    # Bumped by every change to the SKP's content: approval binds to what the PPK saw (SYNC.md).
    versi_isi: Mapped[int] = mapped_column(Integer, default=0)

    rhk: Mapped[list[Rhk]] = relationship(
        back_populates="skp", order_by="(Rhk.jenis, Rhk.urutan)", lazy="selectin"
    )

    @property
    def is_plt_plh(self) -> bool:
        return self.plt_plh_id is not None


class Rhk(SyncedMixin, Base):
    """Rencana Hasil Kerja."""

    __tablename__ = "rhk"

    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    jenis: Mapped[JenisRhk] = mapped_column(default=JenisRhk.UTAMA)
    klasifikasi: Mapped[KlasifikasiRhk] = mapped_column(default=KlasifikasiRhk.INDIVIDU)
    unor_id: Mapped[str | None] = mapped_column(ForeignKey("unor.id"))
    tim_kerja_id: Mapped[str | None] = mapped_column(ForeignKey("tim_kerja.id"))
    teks: Mapped[str] = mapped_column(Text, default="")
    penugasan_dari: Mapped[str | None] = mapped_column(String(255))
    rhk_diintervensi_id: Mapped[str | None] = mapped_column(ForeignKey("rhk.id"), index=True)
    urutan: Mapped[int] = mapped_column(Integer, default=0)

    skp: Mapped[Skp] = relationship(back_populates="rhk")
    iki: Mapped[list[Iki]] = relationship(
        back_populates="rhk", order_by="Iki.urutan", lazy="selectin"
    )


class Iki(SyncedMixin, Base):
    """Indikator Kinerja Individu with its target.

    Kuantitatif: indikator + target_min..target_max + satuan. Kualitatif: `indikator` holds the
    one narrative of indicator and target. Targets are kept as typed text so a draft is never
    blocked; validation before "Ajukan" checks they are numbers.
    """

    __tablename__ = "iki"

    rhk_id: Mapped[str] = mapped_column(ForeignKey("rhk.id"), index=True)
    indikator: Mapped[str] = mapped_column(Text, default="")
    target_min: Mapped[str | None] = mapped_column(String(40))
    target_max: Mapped[str | None] = mapped_column(String(40))
    satuan: Mapped[str | None] = mapped_column(String(80))
    perspektif: Mapped[Perspektif | None] = mapped_column(default=None)
    aspek: Mapped[Aspek | None] = mapped_column(default=None)
    urutan: Mapped[int] = mapped_column(Integer, default=0)

    rhk: Mapped[Rhk] = relationship(back_populates="iki")


class EkspektasiKhusus(SyncedMixin, Base):
    """Ekspektasi khusus pimpinan for one BerAKHLAK value of one SKP (written by the PPK)."""

    __tablename__ = "ekspektasi_khusus"

    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    nilai: Mapped[NilaiBerakhlak]
    teks: Mapped[str] = mapped_column(Text, default="")


class LampiranItem(SyncedMixin, Base):
    __tablename__ = "lampiran_item"

    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    jenis: Mapped[JenisLampiran]
    teks: Mapped[str] = mapped_column(Text, default="")
    urutan: Mapped[int] = mapped_column(Integer, default=0)


class ManualIki(SyncedMixin, Base):
    """Manual Indikator Kinerja of one IKI (JPT / pimpinan unit mandiri)."""

    __tablename__ = "manual_iki"

    iki_id: Mapped[str] = mapped_column(ForeignKey("iki.id"), unique=True)
    tujuan: Mapped[str] = mapped_column(Text, default="")
    definisi: Mapped[str] = mapped_column(Text, default="")
    formula: Mapped[str | None] = mapped_column(Text)
    satuan: Mapped[str | None] = mapped_column(String(80))
    kualitas_tingkat_kendali: Mapped[KualitasTingkatKendali | None] = mapped_column(default=None)
    sumber_data: Mapped[str] = mapped_column(Text, default="")
    periode_pelaporan: Mapped[PeriodePelaporan | None] = mapped_column(default=None)


class RiwayatStatusSkp(SyncedMixin, Base):
    """Every status transition of an SKP: who, when, from, to, catatan."""

    __tablename__ = "riwayat_status_skp"

    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    oleh_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    oleh_nama: Mapped[str] = mapped_column(default="")
    waktu: Mapped[datetime] = mapped_column(default=utcnow)
    dari: Mapped[StatusSkp]
    ke: Mapped[StatusSkp]
    catatan: Mapped[str | None] = mapped_column(Text)


class TimKerja(SyncedMixin, Base):
    __tablename__ = "tim_kerja"

    unor_id: Mapped[str] = mapped_column(ForeignKey("unor.id"), index=True)
    nama: Mapped[str]
    tahun: Mapped[int] = mapped_column(Integer)
    dibuat_oleh_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    ketua_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"), index=True)
    skp_organisasi_dibuat: Mapped[bool] = mapped_column(Boolean, default=False)


class AnggotaTim(SyncedMixin, Base):
    __tablename__ = "anggota_tim"

    tim_kerja_id: Mapped[str] = mapped_column(ForeignKey("tim_kerja.id"), index=True)
    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"), index=True)
