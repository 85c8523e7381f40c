"""Writing an Excel report off the GUI thread, behind a progress dialog that can cancel it.

The query and the writing run on a worker thread (each query its own read unit of work); the
writer reports every few hundred rows, and a cancel makes the next report raise, so the file is
never moved into place (`rekap.tulis_buku` writes beside the target first). A report of 5,000
pegawai takes a few seconds on the users' 2-core laptops: long enough to want a bar.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ekinerja_desktop.errors import UserError
from ekinerja_desktop.views.common.table_model import translate

if TYPE_CHECKING:  # openpyxl loads with the first report, not with the app
    from ekinerja_desktop.reports.excel.laporan import Laporan

log = logging.getLogger(__name__)


class Dibatalkan(Exception):
    """Raised inside the writer when the user pressed Batal."""


@dataclass(frozen=True)
class HasilUnduh:
    path: Path | None  # None when cancelled or failed
    jumlah_baris: int = 0
    dibatalkan: bool = False
    pesan_gagal: str = ""
    laporan: Laporan | None = None


class PekerjaLaporan(QObject):
    """Fetches the report and writes it; `batal()` is safe to call from the GUI thread."""

    progres = Signal(int, int)  # rows written, rows in all
    selesai = Signal(object)  # HasilUnduh

    def __init__(self, ambil: Callable[[], Laporan], path: Path) -> None:
        super().__init__()
        self.ambil = ambil
        self.path = path
        self._batal = threading.Event()
        self._dasar = 0
        self._terakhir = 0
        self._total = 0

    def batal(self) -> None:
        self._batal.set()

    def _lapor(self, ditulis: int, _total_sheet: int) -> None:
        if self._batal.is_set():
            raise Dibatalkan
        if ditulis < self._terakhir:  # the next sheet started counting from 1
            self._dasar += self._terakhir
        self._terakhir = ditulis
        self.progres.emit(self._dasar + ditulis, self._total)

    @Slot()
    def jalankan(self) -> None:
        from ekinerja_desktop.reports.excel.laporan import jumlah_baris, tulis_laporan

        self._total = 0
        try:
            laporan = self.ambil()
            if self._batal.is_set():
                raise Dibatalkan
            self._total = jumlah_baris(laporan)
            self.progres.emit(0, self._total)
            path = tulis_laporan(self.path, laporan, self._lapor)
        except Dibatalkan:
            hasil = HasilUnduh(None, dibatalkan=True)
        except UserError as error:
            hasil = HasilUnduh(None, pesan_gagal=str(error))
        except OSError as error:
            pesan = translate(
                "UnduhLaporan", "Berkas tidak dapat disimpan ke {path}: {error}"
            ).format(path=self.path, error=error.strerror or error)
            hasil = HasilUnduh(None, pesan_gagal=pesan)
        except Exception as error:  # a bug: logged with its traceback, and shown
            log.exception("Excel report failed")
            hasil = HasilUnduh(None, pesan_gagal=str(error) or type(error).__name__)
        else:
            hasil = HasilUnduh(path, self._total, laporan=laporan)
        self.selesai.emit(hasil)


class UnduhLaporan(QObject):
    """Runs one `PekerjaLaporan` with a window-modal progress dialog; `selesai` at the end."""

    selesai = Signal(object)  # HasilUnduh

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.induk = parent
        self.progress: QProgressDialog | None = None
        self._thread: QThread | None = None
        self._pekerja: PekerjaLaporan | None = None

    def sedang_berjalan(self) -> bool:
        return self._thread is not None

    def mulai(self, judul: str, ambil: Callable[[], Laporan], path: Path) -> None:
        if self._thread is not None:
            return
        progress = self.progress = QProgressDialog(
            translate("UnduhLaporan", "Mengambil data…"),
            translate("UnduhLaporan", "&Batal"),
            0,
            0,
            self.induk,
        )
        progress.setObjectName("progres_laporan")
        progress.setWindowTitle(judul)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        pekerja = self._pekerja = PekerjaLaporan(ambil, path)
        thread = self._thread = QThread(self)
        pekerja.moveToThread(thread)
        thread.started.connect(pekerja.jalankan)
        pekerja.progres.connect(self._progres)
        pekerja.selesai.connect(self._selesai)
        progress.canceled.connect(self.batal)
        thread.start()
        progress.show()

    def batal(self) -> None:
        if self._pekerja is not None:
            self._pekerja.batal()
        if self.progress is not None:
            self.progress.setLabelText(translate("UnduhLaporan", "Membatalkan…"))

    def _progres(self, ditulis: int, total: int) -> None:
        if self.progress is None or self.progress.wasCanceled():
            return
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(min(ditulis, total))
        self.progress.setLabelText(
            translate("UnduhLaporan", "Menulis baris {ditulis} dari {total}…").format(
                ditulis=f"{ditulis:,}".replace(",", "."), total=f"{total:,}".replace(",", ".")
            )
        )

    def _selesai(self, hasil: HasilUnduh) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._pekerja is not None:
            self._pekerja.deleteLater()
        self._thread = self._pekerja = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.batal)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.selesai.emit(hasil)
