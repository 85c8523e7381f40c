"""Aktivitas harian (S004, SIPIJAR): daily activities validated by the atasan."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import ForeignKey, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from ekinerja_desktop.models.base import Base, SyncedMixin


class AktivitasHarian(SyncedMixin, Base):
    __tablename__ = "aktivitas_harian"

    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"), index=True)
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    tanggal: Mapped[date] = mapped_column(index=True)
    jam_mulai: Mapped[time] = mapped_column(Time)
    jam_selesai: Mapped[time] = mapped_column(Time)
    rhk_id: Mapped[str | None] = mapped_column(ForeignKey("rhk.id"))
    rencana_aksi_id: Mapped[str | None] = mapped_column(ForeignKey("rencana_aksi.id"))
    uraian: Mapped[str] = mapped_column(Text, default="")
    bukti_url: Mapped[str | None] = mapped_column(String(2000))
    divalidasi_oleh_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    divalidasi_pada: Mapped[datetime | None] = mapped_column(default=None)
