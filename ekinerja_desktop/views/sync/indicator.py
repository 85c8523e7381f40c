"""The status-bar indicator of sync: what is happening, what waits, what needs the user.

One line, in the order a user needs it: offline / syncing with progress / "Sinkronisasi
tertahan" with the last error; then n waiting and the age of the oldest; n conflicts; the last
sync in server time; and a warning when the device clock is off by more than 5 minutes.
Clicking it opens the Sinkronisasi page.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ekinerja_desktop.models import utcnow
from ekinerja_desktop.services.sync_queries import RingkasanSync
from ekinerja_desktop.sync.scheduler import Fase, SyncStatus

CLOCK_WARN_S = 300.0
REFRESH_MS = 30_000  # ages ("3 menit") tick on their own


translate = QCoreApplication.translate  # literal contexts below, so pyside6-lupdate finds them


def umur(delta: timedelta) -> str:
    """ "baru saja", "5 menit", "2 jam", "3 hari"."""
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 60:
        return translate("SyncIndicator", "baru saja")
    if seconds < 3600:
        return translate("SyncIndicator", "%n menit", None, seconds // 60)
    if seconds < 86400:
        return translate("SyncIndicator", "%n jam", None, seconds // 3600)
    return translate("SyncIndicator", "%n hari", None, seconds // 86400)


def jam_lokal(server_time_utc: datetime) -> str:
    """A server time (naive UTC) as the local wall clock, "10.32" (Indonesian style)."""
    local = server_time_utc.replace(tzinfo=UTC).astimezone()
    return f"{local:%H.%M}"


@dataclass(frozen=True)
class IndicatorText:
    text: str
    tooltip: str
    level: str  # ok | busy | warn | error


def indicator_text(
    status: SyncStatus | None,
    ringkasan: RingkasanSync,
    *,
    signed_in: bool,
    now: datetime | None = None,
    monotonic: float | None = None,
) -> IndicatorText:
    """The indicator's line for a state (pure: tested without widgets)."""
    now = now or utcnow()
    parts: list[str] = []
    tips: list[str] = []
    level = "ok"
    fase = status.fase if status is not None else Fase.BERHENTI
    if not signed_in:
        parts.append(translate("SyncIndicator", "Luring (belum masuk)"))
        level = "warn"
    elif status is not None and status.tertahan(monotonic):
        parts.append(translate("SyncIndicator", "Sinkronisasi tertahan"))
        if status.last_error:
            tips.append(status.last_error)
        level = "error"
    elif fase is Fase.SINKRON:
        progress = status.progress if status is not None else None
        if progress is not None and progress.stage == "upload" and progress.total > 0:
            persen = min(100, round(100 * progress.done / progress.total))
            parts.append(
                translate("SyncIndicator", "Mengunggah lampiran… {persen}%").format(persen=persen)
            )
        elif progress is not None and progress.stage == "unduh":
            parts.append(translate("SyncIndicator", "Mengunduh lampiran…"))
        elif progress is not None and progress.total > 0:
            parts.append(
                translate("SyncIndicator", "Menyinkronkan… {done}/{total}").format(
                    done=progress.done, total=progress.total
                )
            )
        else:
            parts.append(translate("SyncIndicator", "Menyinkronkan…"))
        level = "busy"
    elif fase is Fase.LURING:
        parts.append(translate("SyncIndicator", "Luring"))
        level = "warn"
    elif fase is Fase.PERLU_MASUK:
        parts.append(translate("SyncIndicator", "Perlu masuk kembali"))
        level = "warn"
    elif fase is Fase.PERLU_PEMBARUAN:
        parts.append(translate("SyncIndicator", "Perlu pembaruan aplikasi"))
        level = "error"
    elif fase is Fase.GAGAL:
        parts.append(translate("SyncIndicator", "Sinkronisasi gagal"))
        level = "error"
    if status is not None and status.last_error and level in ("warn", "error"):
        tips.append(status.last_error)

    if ringkasan.menunggu:
        waiting = translate("SyncIndicator", "%n perubahan menunggu", None, ringkasan.menunggu)
        if ringkasan.tertua is not None:
            waiting += " " + translate("SyncIndicator", "(tertua {umur})").format(
                umur=umur(now - ringkasan.tertua)
            )
        parts.append(waiting)
    elif signed_in and fase in (Fase.SIAP, Fase.BERHENTI):
        parts.append(translate("SyncIndicator", "Semua perubahan terkirim"))
    if ringkasan.konflik:
        parts.append(translate("SyncIndicator", "%n konflik", None, ringkasan.konflik))
        level = "error" if level == "error" else "warn"
    if ringkasan.ditolak:
        parts.append(translate("SyncIndicator", "%n ditolak", None, ringkasan.ditolak))
        level = "error" if level == "error" else "warn"
    last = status.last_server_time if status is not None else None
    last = last or ringkasan.last_server_time
    if signed_in and last is not None:
        parts.append(
            translate("SyncIndicator", "terakhir {jam} (waktu server)").format(jam=jam_lokal(last))
        )
    offset = ringkasan.clock_offset_s
    if offset is not None and abs(offset) > CLOCK_WARN_S:
        menit = round(abs(offset) / 60)
        parts.append(translate("SyncIndicator", "⚠ jam komputer selisih %n menit", None, menit))
        tips.append(
            translate(
                "SyncIndicator",
                "Jam komputer ini berbeda lebih dari 5 menit dari server. Perbaiki tanggal dan "
                "jam Windows agar waktu yang tercatat benar; sinkronisasi tetap berjalan.",
            )
        )
        level = "error" if level == "error" else "warn"
    return IndicatorText(" · ".join(parts), "\n".join(tips), level)


COLORS = {"ok": "", "busy": "", "warn": "color: #8a5300;", "error": "color: #b00020;"}


class SyncIndicator(QWidget):
    """The label in the status bar; `activated` when clicked (open the Sinkronisasi page)."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_indicator")
        self.setAccessibleName(self.tr("Status sinkronisasi"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QLabel()
        self.label.setObjectName("sync_indicator_text")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        self.status: SyncStatus | None = None
        self.ringkasan = RingkasanSync(menunggu=0, tertua=None, konflik=0, ditolak=0)
        self.signed_in = False
        self.current = IndicatorText("", "", "ok")
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh_text)
        self._timer.start()
        self.refresh_text()

    def set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.refresh_text()

    def set_ringkasan(self, ringkasan: RingkasanSync, signed_in: bool) -> None:
        self.ringkasan = ringkasan
        self.signed_in = signed_in
        self.refresh_text()

    def refresh_text(self) -> None:
        self.current = indicator_text(
            self.status, self.ringkasan, signed_in=self.signed_in, monotonic=time.monotonic()
        )
        self.label.setText(self.current.text)
        self.label.setStyleSheet(COLORS[self.current.level])
        tip = self.tr("Klik untuk membuka halaman Sinkronisasi.")
        self.setToolTip(f"{self.current.tooltip}\n{tip}" if self.current.tooltip else tip)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
        super().mouseReleaseEvent(event)
