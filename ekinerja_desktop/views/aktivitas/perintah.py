"""Undo commands of "Aktivitas Harian": each `QUndoCommand`'s redo and undo call the service
(undo of an add = delete, undo of a delete = restore, undo of an edit = the previous values).

An edit runs through the service first and is pushed only when the service accepted it, so a
refused edit never sits on the stack and the dialog can show why. An added entry keeps its id:
redo after undo restores the same record. When the service refuses an undo or redo later (the
atasan validated the entry meanwhile, another entry took its time), the command is dropped
from the stack and the reason shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from ekinerja_desktop.domain import IsianAktivitas
from ekinerja_desktop.services.aktivitas import LayananAktivitas
from ekinerja_desktop.views.common.perintah import PerintahLayanan

translate = QCoreApplication.translate


class PerintahAktivitas(PerintahLayanan):
    """One change of an aktivitas through `LayananAktivitas`."""

    def __init__(self, layanan: LayananAktivitas, teks: str, aktivitas_id: str = "") -> None:
        super().__init__(teks)
        self.layanan = layanan
        self.aktivitas_id = aktivitas_id


class TambahAktivitas(PerintahAktivitas):
    def __init__(self, layanan: LayananAktivitas, isian: IsianAktivitas) -> None:
        super().__init__(layanan, translate("PerintahAktivitas", "Tambah aktivitas"))
        self.isian = isian

    def pertama(self) -> None:
        self.aktivitas_id = self.layanan.tambah(self.isian)

    def maju(self) -> None:
        self.layanan.pulihkan(self.aktivitas_id)

    def mundur(self) -> None:
        self.layanan.hapus(self.aktivitas_id)


class UbahAktivitas(PerintahAktivitas):
    def __init__(
        self,
        layanan: LayananAktivitas,
        aktivitas_id: str,
        lama: IsianAktivitas,
        baru: IsianAktivitas,
    ) -> None:
        super().__init__(layanan, translate("PerintahAktivitas", "Ubah aktivitas"), aktivitas_id)
        self.lama, self.baru = lama, baru

    def maju(self) -> None:
        self.layanan.ubah(self.aktivitas_id, self.baru)

    def mundur(self) -> None:
        self.layanan.ubah(self.aktivitas_id, self.lama)


class HapusAktivitas(PerintahAktivitas):
    def __init__(self, layanan: LayananAktivitas, aktivitas_id: str) -> None:
        super().__init__(layanan, translate("PerintahAktivitas", "Hapus aktivitas"), aktivitas_id)

    def maju(self) -> None:
        self.layanan.hapus(self.aktivitas_id)

    def mundur(self) -> None:
        self.layanan.pulihkan(self.aktivitas_id)


class PenyuntingAktivitas(QObject):
    """Runs changes through the service and keeps them on one undo stack."""

    gagal = Signal(str)  # the Indonesian reason a later undo or redo was refused

    def __init__(self, layanan: LayananAktivitas, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layanan = layanan
        self.stack = QUndoStack(self)

    def jalankan(self, perintah: PerintahAktivitas) -> None:
        """The first do; raises what the service refused (nothing is pushed then)."""
        perintah.on_error = self.gagal.emit
        perintah.pertama()
        self.stack.push(perintah)
