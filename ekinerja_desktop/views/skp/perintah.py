"""Undo commands of the SKP editor: every edit is a `QUndoCommand` whose redo and undo call the
services (undo of a delete = restore, undo of an edit = the previous values).

An edit runs through the service first (`Penyunting.jalankan`) and is pushed only when the
service accepted it, so a refused edit never sits on the stack. Added records keep their id:
redo after undo restores the same record, so later commands that name it still hold. When a
service refuses an undo or redo later (the SKP was submitted meanwhile, another device deleted
the record), the command is dropped from the stack and the reason shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from ekinerja_desktop.domain import DomainError, JenisLampiran, JenisRhk, NilaiBerakhlak
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.views.common.perintah import PerintahLayanan

translate = QCoreApplication.translate


class Perintah(PerintahLayanan):
    """One edit of an SKP through `LayananSkp`."""

    def __init__(self, layanan: LayananSkp, teks: str) -> None:
        super().__init__(teks)
        self.layanan = layanan


class Penyunting(QObject):
    """Runs edits through the services and keeps them on one undo stack."""

    gagal = Signal(str)  # the Indonesian reason a service refused

    def __init__(self, layanan: LayananSkp, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layanan = layanan
        self.stack = QUndoStack(self)

    def jalankan(self, perintah: Perintah) -> bool:
        perintah.on_error = self.gagal.emit
        try:
            perintah.pertama()
        except DomainError as error:
            self.gagal.emit(str(error))
            return False
        self.stack.push(perintah)
        return True


# --- RHK ------------------------------------------------------------------------------------


class TambahRhk(Perintah):
    def __init__(self, layanan: LayananSkp, skp_id: str, fields: dict[str, Any]) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Tambah RHK"))
        self.skp_id, self.fields = skp_id, dict(fields)
        self.record_id = ""
        self._iki: list[str] = []

    def pertama(self) -> None:
        fields = dict(self.fields)
        teks = fields.pop("teks", "")
        self.record_id = self.layanan.tambah_rhk(self.skp_id, teks, **fields)

    def maju(self) -> None:
        self.layanan.pulihkan_rhk(self.record_id, self._iki)

    def mundur(self) -> None:
        self._iki = self.layanan.hapus_rhk(self.record_id)


class UbahRhk(Perintah):
    def __init__(
        self, layanan: LayananSkp, rhk_id: str, lama: dict[str, Any], baru: dict[str, Any]
    ) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Ubah RHK"))
        self.record_id, self.lama, self.baru = rhk_id, dict(lama), dict(baru)

    def maju(self) -> None:
        self.layanan.ubah_rhk(self.record_id, **self.baru)

    def mundur(self) -> None:
        self.layanan.ubah_rhk(self.record_id, **self.lama)


class HapusRhk(Perintah):
    def __init__(self, layanan: LayananSkp, rhk_id: str) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Hapus RHK"))
        self.record_id = rhk_id
        self._iki: list[str] = []

    def maju(self) -> None:
        self._iki = self.layanan.hapus_rhk(self.record_id)

    def mundur(self) -> None:
        self.layanan.pulihkan_rhk(self.record_id, self._iki)


class UrutanRhk(Perintah):
    def __init__(
        self,
        layanan: LayananSkp,
        skp_id: str,
        lama: dict[JenisRhk, list[str]],
        baru: dict[JenisRhk, list[str]],
    ) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Pindahkan RHK"))
        self.skp_id, self.lama, self.baru = skp_id, lama, baru

    def maju(self) -> None:
        self.layanan.atur_urutan_rhk(self.skp_id, self.baru)

    def mundur(self) -> None:
        self.layanan.atur_urutan_rhk(self.skp_id, self.lama)


# --- IKI ------------------------------------------------------------------------------------


class TambahIki(Perintah):
    def __init__(self, layanan: LayananSkp, rhk_id: str, fields: dict[str, Any]) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Tambah IKI"))
        self.rhk_id, self.fields = rhk_id, dict(fields)
        self.record_id = ""

    def pertama(self) -> None:
        fields = dict(self.fields)
        indikator = fields.pop("indikator", "")
        self.record_id = self.layanan.tambah_iki(self.rhk_id, indikator, **fields)

    def maju(self) -> None:
        self.layanan.pulihkan_iki(self.record_id)

    def mundur(self) -> None:
        self.layanan.hapus_iki(self.record_id)


class UbahIki(Perintah):
    def __init__(
        self, layanan: LayananSkp, iki_id: str, lama: dict[str, Any], baru: dict[str, Any]
    ) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Ubah IKI"))
        self.record_id, self.lama, self.baru = iki_id, dict(lama), dict(baru)

    def maju(self) -> None:
        self.layanan.ubah_iki(self.record_id, **self.baru)

    def mundur(self) -> None:
        self.layanan.ubah_iki(self.record_id, **self.lama)


class HapusIki(Perintah):
    def __init__(self, layanan: LayananSkp, iki_id: str) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Hapus IKI"))
        self.record_id = iki_id

    def maju(self) -> None:
        self.layanan.hapus_iki(self.record_id)

    def mundur(self) -> None:
        self.layanan.pulihkan_iki(self.record_id)


class UrutanIki(Perintah):
    def __init__(
        self, layanan: LayananSkp, lama: dict[str, list[str]], baru: dict[str, list[str]]
    ) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Pindahkan IKI"))
        self.lama, self.baru = lama, baru

    def maju(self) -> None:
        self.layanan.atur_urutan_iki(self.baru)

    def mundur(self) -> None:
        self.layanan.atur_urutan_iki(self.lama)


# --- lampiran -------------------------------------------------------------------------------


class TambahLampiran(Perintah):
    def __init__(self, layanan: LayananSkp, skp_id: str, jenis: JenisLampiran, teks: str) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Tambah butir lampiran"))
        self.skp_id, self.jenis, self.teks = skp_id, jenis, teks
        self.record_id = ""

    def pertama(self) -> None:
        self.record_id = self.layanan.tambah_lampiran(self.skp_id, self.jenis, self.teks)

    def maju(self) -> None:
        self.layanan.pulihkan_lampiran(self.record_id)

    def mundur(self) -> None:
        self.layanan.hapus_lampiran(self.record_id)


class UbahLampiran(Perintah):
    def __init__(self, layanan: LayananSkp, item_id: str, lama: str, baru: str) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Ubah butir lampiran"))
        self.record_id, self.lama, self.baru = item_id, lama, baru

    def maju(self) -> None:
        self.layanan.ubah_lampiran(self.record_id, self.baru)

    def mundur(self) -> None:
        self.layanan.ubah_lampiran(self.record_id, self.lama)


class HapusLampiran(Perintah):
    def __init__(self, layanan: LayananSkp, item_id: str) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Hapus butir lampiran"))
        self.record_id = item_id

    def maju(self) -> None:
        self.layanan.hapus_lampiran(self.record_id)

    def mundur(self) -> None:
        self.layanan.pulihkan_lampiran(self.record_id)


class UrutanLampiran(Perintah):
    def __init__(
        self,
        layanan: LayananSkp,
        skp_id: str,
        jenis: JenisLampiran,
        lama: Sequence[str],
        baru: Sequence[str],
    ) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Pindahkan butir lampiran"))
        self.skp_id, self.jenis, self.lama, self.baru = skp_id, jenis, list(lama), list(baru)

    def maju(self) -> None:
        self.layanan.atur_urutan_lampiran(self.skp_id, self.jenis, self.baru)

    def mundur(self) -> None:
        self.layanan.atur_urutan_lampiran(self.skp_id, self.jenis, self.lama)


# --- the PPK's ekspektasi and the JPT's manual IKI ------------------------------------------


class AturEkspektasi(Perintah):
    def __init__(
        self, layanan: LayananSkp, skp_id: str, nilai: NilaiBerakhlak, lama: str, baru: str
    ) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Ubah ekspektasi khusus"))
        self.skp_id, self.nilai, self.lama, self.baru = skp_id, nilai, lama, baru

    def maju(self) -> None:
        self.layanan.atur_ekspektasi(self.skp_id, self.nilai, self.baru)

    def mundur(self) -> None:
        self.layanan.atur_ekspektasi(self.skp_id, self.nilai, self.lama)


class AturManual(Perintah):
    def __init__(
        self, layanan: LayananSkp, iki_id: str, lama: dict[str, Any], baru: dict[str, Any]
    ) -> None:
        super().__init__(layanan, translate("PerintahSkp", "Ubah manual indikator"))
        self.record_id, self.lama, self.baru = iki_id, dict(lama), dict(baru)

    def maju(self) -> None:
        self.layanan.atur_manual_iki(self.record_id, **self.baru)

    def mundur(self) -> None:
        self.layanan.atur_manual_iki(self.record_id, **self.lama)
