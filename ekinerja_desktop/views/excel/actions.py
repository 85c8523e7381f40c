"""The SKP editor's Excel actions (issue 6, USERS.md pain 9), for its toolbar or menu:

    unduh_template_skp(parent, uow, skp_id)   "Unduh template SKP": the SKP as a workbook to
                                              draft in Excel (any SKP the user may see)
    impor_dari_excel(parent, uow, skp_id)     "Impor dari Excel": a filled template back into
                                              the user's Draft SKP, all of it or nothing
    boleh_impor(uow, skp_id)                  whether to enable "Impor dari Excel"

The dialogs (file choice, the error table, the confirmation, messages) are parameters with
real defaults, so tests drive the flow without modal loops. The import itself is one unit of
work in `services/impor_skp.py`; the editor refreshes from the change set it emits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from ekinerja_desktop.errors import UserError
from ekinerja_desktop.services.impor_skp import ImporGagal, LayananImporSkp, RencanaImpor
from ekinerja_desktop.services.template_skp import KesalahanImpor, TemplateSkpData
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.table_model import translate
from ekinerja_desktop.views.excel.dialog_impor import DialogKesalahanImpor, DialogRencanaImpor

# (parent, title, suggested path, filter) → the chosen path, "" when cancelled
PilihBerkas = Callable[[QWidget | None, str, str, str], str]
Kabari = Callable[[QWidget | None, str, str], None]  # (parent, message, "info" | "warning")
TampilkanKesalahan = Callable[[QWidget | None, tuple[KesalahanImpor, ...], str], None]
Konfirmasi = Callable[[QWidget | None, RencanaImpor], bool]

_folder_terakhir: dict[str, Path] = {}  # where the user last saved or picked a template


def pilih_simpan(parent: QWidget | None, judul: str, usulan: str, saring: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, judul, usulan, saring)
    return path


def pilih_buka(parent: QWidget | None, judul: str, usulan: str, saring: str) -> str:
    path, _filter = QFileDialog.getOpenFileName(parent, judul, usulan, saring)
    return path


def kabari(parent: QWidget | None, pesan: str, jenis: str) -> None:
    judul = translate("ExcelSkp", "Excel SKP")
    if jenis == "warning":
        QMessageBox.warning(parent, judul, pesan)
    else:
        QMessageBox.information(parent, judul, pesan)


def tampilkan_kesalahan(
    parent: QWidget | None, kesalahan: tuple[KesalahanImpor, ...], nama_berkas: str
) -> None:
    DialogKesalahanImpor(kesalahan, nama_berkas, parent).exec()


def konfirmasi(parent: QWidget | None, rencana: RencanaImpor) -> bool:
    return DialogRencanaImpor(rencana, parent).exec() == QDialog.DialogCode.Accepted


def nama_template(data: TemplateSkpData) -> str:
    from ekinerja_desktop.reports.excel.laporan import slug_berkas

    h = data.header
    return slug_berkas("template skp", h.pegawai.nama, str(h.tahun))


def _folder() -> Path:
    return _folder_terakhir.get("folder", Path.home())


def boleh_impor(uow: UnitOfWork, skp_id: str) -> bool:
    """The acting user owns this SKP and it is a Draft (else the action is disabled)."""
    try:
        return LayananImporSkp(uow).data_template(skp_id).boleh_impor
    except UserError:
        return False


def unduh_template_skp(
    parent: QWidget | None,
    uow: UnitOfWork,
    skp_id: str,
    *,
    pilih: PilihBerkas = pilih_simpan,
    kabar: Kabari = kabari,
) -> Path | None:
    """Ask where, write the template; the path written, or None."""
    from ekinerja_desktop.reports.excel.template_skp import tulis_template  # openpyxl

    try:
        data = LayananImporSkp(uow).data_template(skp_id)
    except UserError as error:
        kabar(parent, str(error), "warning")
        return None
    saring = translate("ExcelSkp", "Buku kerja Excel (*.xlsx)")
    path = pilih(
        parent,
        translate("ExcelSkp", "Unduh template SKP"),
        str(_folder() / nama_template(data)),
        saring,
    )
    if not path:
        return None
    tujuan = Path(path)
    if tujuan.suffix.lower() != ".xlsx":
        tujuan = tujuan.with_name(tujuan.name + ".xlsx")
    try:
        tulis_template(tujuan, data)
    except OSError as error:
        kabar(
            parent,
            translate("ExcelSkp", "Template tidak dapat disimpan ke {path}: {error}").format(
                path=tujuan, error=error.strerror or error
            ),
            "warning",
        )
        return None
    _folder_terakhir["folder"] = tujuan.parent
    pesan = translate("ExcelSkp", "Template disimpan ke {path}.").format(path=tujuan)
    if data.boleh_impor:
        pesan += " " + translate(
            "ExcelSkp", "Isi di Excel, simpan, lalu pilih \u201cImpor dari Excel\u201d."
        )
    kabar(parent, pesan, "info")
    return tujuan


def impor_dari_excel(
    parent: QWidget | None,
    uow: UnitOfWork,
    skp_id: str,
    *,
    pilih: PilihBerkas = pilih_buka,
    setuju: Konfirmasi = konfirmasi,
    kesalahan: TampilkanKesalahan = tampilkan_kesalahan,
    kabar: Kabari = kabari,
) -> RencanaImpor | None:
    """Pick a filled template, show every error or what will change, then import it whole.
    Returns what was imported, or None (cancelled, refused)."""
    from ekinerja_desktop.reports.excel.template_skp import baca_template  # openpyxl

    layanan = LayananImporSkp(uow)
    try:
        data = layanan.data_template(skp_id)
    except UserError as error:
        kabar(parent, str(error), "warning")
        return None
    if not data.boleh_impor:
        kabar(
            parent,
            translate(
                "ExcelSkp",
                "Impor dari Excel hanya untuk pemilik SKP selama SKP masih berstatus Draft. "
                "Template tetap dapat diunduh untuk dilihat di Excel.",
            ),
            "warning",
        )
        return None
    path = pilih(
        parent,
        translate("ExcelSkp", "Impor dari Excel"),
        str(_folder()),
        translate("ExcelSkp", "Buku kerja Excel (*.xlsx)"),
    )
    if not path:
        return None
    berkas = Path(path)
    _folder_terakhir["folder"] = berkas.parent
    try:
        with _sibuk():
            bacaan = baca_template(berkas, data)
            rencana = layanan.periksa(skp_id, bacaan)
        if rencana.kosong:
            kabar(parent, rencana.ringkasan(), "info")
            return rencana
        if not setuju(parent, rencana):
            return None
        with _sibuk():
            hasil = layanan.impor(skp_id, bacaan)
    except ImporGagal as gagal:
        kesalahan(parent, gagal.kesalahan, berkas.name)
        return None
    except UserError as error:
        kabar(parent, str(error), "warning")
        return None
    kabar(
        parent,
        translate("ExcelSkp", "Impor selesai: {ringkasan}").format(ringkasan=hasil.ringkasan()),
        "info",
    )
    return hasil


@contextmanager
def _sibuk() -> Iterator[None]:
    """The wait cursor while a file is read and checked (small: a fraction of a second)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
