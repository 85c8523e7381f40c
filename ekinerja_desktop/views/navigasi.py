"""The pages of the left navigation, in order, each built the first time the user opens it.

Building every page at start (its widgets, its services and libraries, then its queries for the
acting user) took half of a cold start on the users' 2-core laptops, for pages most sessions
never open. So the navigation starts from these entries: what a row needs without its page (the
page's own title and icon, in the page's translation context) and whether the acting user has a
use for the page (`tersedia`), by the same service query and the same rule the page applies once
built. tests/views/test_navigasi.py holds each entry equal to its built page, role by role.

A page module is imported by its factory, so reportlab, openpyxl, QtCharts and QtPdf load with
the first page (or action) that uses them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QWidget

from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.admin import halaman_admin
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page

if TYPE_CHECKING:
    from ekinerja_desktop.services.penilaian import LayananPenilaian

translate = QCoreApplication.translate  # literal contexts (the pages' own), for pyside6-lupdate
Ikon = QStyle.StandardPixmap
Tersedia = Callable[[UnitOfWork, Aktor], bool]


@dataclass(frozen=True)
class EntriHalaman:
    """One row of the navigation. `tersedia` None: the page is for everyone, signed in or not;
    otherwise it is asked only with an acting user (no user: no use for the page)."""

    judul: Callable[[], str]
    ikon: QStyle.StandardPixmap
    buat: Callable[[], Page]
    tersedia: Tersedia | None = None


class HalamanTertunda(Page):
    """The stand-in of a page not built yet: an empty widget in the stack that answers the
    navigation's questions from its entry. The main window swaps in the real page when the
    row is first selected."""

    def __init__(self, entri: EntriHalaman, uow: UnitOfWork, parent: QWidget | None = None):
        super().__init__(parent)
        self.entri = entri
        self.uow = uow
        self.tersedia = entri.tersedia is None

    def title(self) -> str:
        return self.entri.judul()

    def icon(self) -> QIcon:
        return self.style().standardIcon(self.entri.ikon)

    def set_aktor(self, aktor: Aktor | None) -> None:
        periksa = self.entri.tersedia
        if periksa is not None:
            self.tersedia = aktor is not None and periksa(self.uow, aktor)

    def refresh(self) -> None:
        """Nothing shown, nothing to reload: the page loads when built."""

    def bangun(self) -> Page:
        return self.entri.buat()


@dataclass
class _LayananPenilaianBersama:
    """One LayananPenilaian for the three penilaian pages, made by the first of them."""

    uow: UnitOfWork
    data_dir: Path | None
    _layanan: LayananPenilaian | None = field(default=None, init=False)

    def __call__(self) -> LayananPenilaian:
        if self._layanan is None:
            from ekinerja_desktop.paths import Paths
            from ekinerja_desktop.services.blobs import BlobStore
            from ekinerja_desktop.services.penilaian import LayananPenilaian

            paths = Paths(self.data_dir) if self.data_dir is not None else Paths.default()
            self._layanan = LayananPenilaian(self.uow, BlobStore(paths.blobs))  # <data_dir>/blobs
        return self._layanan


def daftar_halaman(
    uow: UnitOfWork, bridge: ChangeBridge, data_dir: Path | None
) -> list[EntriHalaman]:
    """The navigation of the main window, top to bottom (the first is shown at start)."""
    penilaian = _LayananPenilaianBersama(uow, data_dir)
    return [
        EntriHalaman(
            lambda: translate("DaftarSkpPage", "Daftar SKP"),
            Ikon.SP_FileDialogDetailedView,
            lambda: _daftar_skp(uow, bridge),
        ),
        EntriHalaman(
            lambda: translate("TimKerjaPage", "Tim Kerja"),
            Ikon.SP_DirHomeIcon,
            lambda: _tim_kerja(uow, bridge),
            _tim_tersedia,
        ),
        EntriHalaman(
            lambda: translate("MphPage", "Matriks Peran Hasil"),
            Ikon.SP_FileDialogListView,
            lambda: _mph(uow, bridge),
            _mph_tersedia,
        ),
        EntriHalaman(
            lambda: translate("", "Penilaian"),
            Ikon.SP_DialogApplyButton,
            lambda: _penilaian(uow, bridge, penilaian()),
            lambda _uow, _aktor: True,  # everyone with an SKP to be rated
        ),
        EntriHalaman(
            lambda: translate("", "Penilaian Bawahan"),
            Ikon.SP_FileDialogContentsView,
            lambda: _penilaian_bawahan(uow, bridge, penilaian()),
            _bawahan_tersedia,  # a PPK or a ketua tim
        ),
        EntriHalaman(
            lambda: translate("", "Feedback Rekan Kerja"),
            Ikon.SP_MessageBoxInformation,
            lambda: _feedback_rekan(uow, bridge, penilaian()),
            _rekan_tersedia,  # a pegawai who is not JPT/pimpinan
        ),
        EntriHalaman(
            lambda: translate("AktivitasHarianPage", "Aktivitas Harian"),
            Ikon.SP_FileDialogInfoView,
            lambda: _aktivitas_harian(uow, bridge),
            _aktivitas_tersedia,  # a pegawai with an SKP
        ),
        EntriHalaman(
            lambda: translate("ValidasiAktivitasPage", "Validasi Aktivitas"),
            Ikon.SP_DialogYesButton,
            lambda: _validasi_aktivitas(uow, bridge),
            _validasi_aktivitas_tersedia,  # the pejabat penilai of an approved SKP
        ),
        EntriHalaman(
            lambda: translate("RekapPage", "Rekap Penilaian"),
            Ikon.SP_FileDialogListView,
            lambda: _rekap(uow, bridge),
            _cakupan_tersedia,  # a pejabat penilai, a unit head, the admin
        ),
        EntriHalaman(
            lambda: translate("KurvaPage", "Kurva"),
            Ikon.SP_DesktopIcon,
            lambda: _kurva(uow, bridge),
            _cakupan_tersedia,
        ),
        EntriHalaman(
            lambda: translate("CapaianPage", "Capaian Organisasi"),
            Ikon.SP_DirHomeIcon,
            lambda: _capaian(uow, bridge),
            _capaian_tersedia,  # the admin edits, unit heads read
        ),
        EntriHalaman(
            lambda: translate("KeberatanPage", "Keberatan"),
            Ikon.SP_MessageBoxWarning,
            lambda: _keberatan(uow, bridge),
            _keberatan_tersedia,
        ),
        EntriHalaman(
            lambda: translate("CetakPage", "Cetak"),
            Ikon.SP_FileIcon,
            lambda: _cetak(uow, bridge),
        ),
        EntriHalaman(
            lambda: translate("LaporanExcelPage", "Laporan Excel"),
            Ikon.SP_DialogSaveButton,
            lambda: _laporan_excel(uow, bridge),
            _laporan_tersedia,
        ),
        EntriHalaman(
            lambda: translate("AdminPage", "Admin Instansi"),
            Ikon.SP_ComputerIcon,
            lambda: halaman_admin(uow, bridge),
            lambda _uow, aktor: aktor.is_admin,  # the admin instansi only
        ),
    ]


# --- whether the acting user has a use for a page: the rule of the page's own `tersedia` ------


def _tim_tersedia(uow: UnitOfWork, _aktor: Aktor) -> bool:
    """TimKerjaPage: a JPT, or a member of a team this year."""
    from ekinerja_desktop.services.tim import LayananTim

    layanan = LayananTim(uow)
    return layanan.konteks().jpt or bool(layanan.daftar_tim(uow.today().year))


def _mph_tersedia(uow: UnitOfWork, _aktor: Aktor) -> bool:
    """MphPage: a matrix to show this year (the unit's or a team's)."""
    from ekinerja_desktop.services.mph import LayananMph

    return bool(LayananMph(uow).pilihan(uow.today().year))


def _bawahan_tersedia(uow: UnitOfWork, aktor: Aktor) -> bool:
    from ekinerja_desktop.services.queries_bawahan import skp_bawahan_ids

    with uow.read() as session:
        return bool(skp_bawahan_ids(session, aktor.pegawai_id))


def _rekan_tersedia(uow: UnitOfWork, aktor: Aktor) -> bool:
    from ekinerja_desktop.services.queries_bawahan import skp_rekan_ids

    with uow.read() as session:
        return bool(skp_rekan_ids(session, aktor.pegawai_id))


def _cakupan_tersedia(uow: UnitOfWork, aktor: Aktor) -> bool:
    """RekapPage and KurvaPage: `pilihan_rekap(...).cakupan` is this list."""
    from ekinerja_desktop.services.queries_rekap import cakupan_aktor

    with uow.read() as session:
        return bool(cakupan_aktor(session, aktor.pegawai_id, aktor.is_admin))


def _capaian_tersedia(uow: UnitOfWork, aktor: Aktor) -> bool:
    from ekinerja_desktop.services.queries_capaian import unit_terlihat

    if aktor.is_admin:
        return True
    with uow.read() as session:
        return bool(unit_terlihat(session, aktor.pegawai_id, aktor.is_admin))


def _keberatan_tersedia(uow: UnitOfWork, aktor: Aktor) -> bool:
    """KeberatanPage: a predikat to object to, a keberatan to follow, subordinates whose
    keberatan to explain or decide; the admin monitors them all."""
    from ekinerja_desktop.services.queries_keberatan import daftar_keberatan, predikat_saya
    from ekinerja_desktop.services.queries_rekap import cakupan_aktor

    if aktor.is_admin:
        return True
    with uow.read() as session:
        return bool(
            predikat_saya(session, aktor.pegawai_id)
            or cakupan_aktor(session, aktor.pegawai_id, False)
            or daftar_keberatan(session, aktor.pegawai_id, aktor.is_admin)
        )


def _laporan_tersedia(uow: UnitOfWork, _aktor: Aktor) -> bool:
    from ekinerja_desktop.services.laporan_excel import LayananLaporanExcel

    return LayananLaporanExcel(uow).pilihan().tersedia


# --- the factories: each page module loads with its page ------------------------------------


def _daftar_skp(uow: UnitOfWork, bridge: ChangeBridge) -> Page:
    from ekinerja_desktop.views.skp.daftar_skp import DaftarSkpPage

    return DaftarSkpPage(uow, bridge)


def _tim_kerja(uow: UnitOfWork, bridge: ChangeBridge) -> Page:
    from ekinerja_desktop.views.tim.tim_page import TimKerjaPage

    return TimKerjaPage(uow, bridge)


def _mph(uow: UnitOfWork, bridge: ChangeBridge) -> Page:
    from ekinerja_desktop.views.mph.mph_page import MphPage

    return MphPage(uow, bridge)


def _penilaian(uow: UnitOfWork, bridge: ChangeBridge, layanan: LayananPenilaian) -> Page:
    from ekinerja_desktop.views.penilaian.penilaian_page import PenilaianPage

    return PenilaianPage(uow, bridge, layanan)


def _penilaian_bawahan(uow: UnitOfWork, bridge: ChangeBridge, layanan: LayananPenilaian) -> Page:
    from ekinerja_desktop.views.penilaian.penilaian_bawahan import PenilaianBawahanPage

    return PenilaianBawahanPage(uow, bridge, layanan)


def _feedback_rekan(uow: UnitOfWork, bridge: ChangeBridge, layanan: LayananPenilaian) -> Page:
    from ekinerja_desktop.views.penilaian.feedback_rekan import FeedbackRekanPage

    return FeedbackRekanPage(uow, bridge, layanan)


def _rekap(uow: UnitOfWork, bridge: ChangeBridge) -> Page:
    from ekinerja_desktop.views.rekap.rekap_page import RekapPage

    return RekapPage(uow, bridge)


def _kurva(uow: UnitOfWork, bridge: ChangeBridge) -> Page:
    from ekinerja_desktop.views.kurva.kurva_page import KurvaPage

    return KurvaPage(uow, bridge)


def _capaian(uow: UnitOfWork, bridge: ChangeBridge) -> Page:
    from ekinerja_desktop.views.capaian.capaian_page import CapaianPage

    return CapaianPage(uow, bridge)


def _keberatan(uow: UnitOfWork, bridge: ChangeBridge) -> Page:
    from ekinerja_desktop.views.keberatan.keberatan_page import KeberatanPage

    return KeberatanPage(uow, bridge)


def _cetak(uow: UnitOfWork, bridge: ChangeBridge) -> Page:
    from ekinerja_desktop.views.dokumen.halaman_cetak import CetakPage

    return CetakPage(uow, bridge)


def _laporan_excel(uow: UnitOfWork, bridge: ChangeBridge) -> Page:
    from ekinerja_desktop.views.excel.laporan_page import LaporanExcelPage

    return LaporanExcelPage(uow, bridge)


# --- aktivitas harian (S004): the pegawai's page and the pejabat penilai's ---------------------


def _aktivitas_tersedia(uow: UnitOfWork, aktor: Aktor) -> bool:
    """AktivitasHarianPage: a pegawai with an SKP."""
    from ekinerja_desktop.services.aktivitas import LayananAktivitas

    return LayananAktivitas(uow).bisa_mengisi(aktor.pegawai_id)


def _validasi_aktivitas_tersedia(uow: UnitOfWork, aktor: Aktor) -> bool:
    """ValidasiAktivitasPage: the pejabat penilai of someone's approved SKP."""
    from ekinerja_desktop.services.aktivitas import LayananAktivitas

    return LayananAktivitas(uow).bisa_memvalidasi(aktor.pegawai_id)


def _aktivitas_harian(uow: UnitOfWork, bridge: ChangeBridge) -> Page:
    from ekinerja_desktop.views.aktivitas.aktivitas_page import AktivitasHarianPage

    return AktivitasHarianPage(uow, bridge)


def _validasi_aktivitas(uow: UnitOfWork, bridge: ChangeBridge) -> Page:
    from ekinerja_desktop.views.aktivitas.validasi_page import ValidasiAktivitasPage

    return ValidasiAktivitasPage(uow, bridge)
