"""Pelaksanaan and penilaian screens: the pegawai's Penilaian page, the pimpinan's Penilaian
Bawahan, and Feedback Perilaku Rekan Kerja."""

from __future__ import annotations

from pathlib import Path

from ekinerja_desktop.paths import Paths
from ekinerja_desktop.services.blobs import BlobStore
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.penilaian.feedback_rekan import FeedbackRekanPage
from ekinerja_desktop.views.penilaian.penilaian_bawahan import PenilaianBawahanPage
from ekinerja_desktop.views.penilaian.penilaian_page import PenilaianPage

__all__ = ["FeedbackRekanPage", "PenilaianBawahanPage", "PenilaianPage", "halaman_penilaian"]


def halaman_penilaian(
    uow: UnitOfWork,
    bridge: ChangeBridge,
    data_dir: Path | None,
    layanan: LayananPenilaian | None = None,
) -> list[Page]:
    """The three pages, sharing one service whose attachments live in `<data_dir>/blobs`.

    Each page has `tersedia`: whether the acting user has a use for it (the navigation hides
    the others): Penilaian for everyone, Penilaian Bawahan for a PPK or ketua tim, Feedback
    Rekan Kerja for a pegawai who is not JPT/pimpinan.
    """
    if layanan is None:
        paths = Paths(data_dir) if data_dir is not None else Paths.default()
        layanan = LayananPenilaian(uow, BlobStore(paths.blobs))
    return [
        PenilaianPage(uow, bridge, layanan),
        PenilaianBawahanPage(uow, bridge, layanan),
        FeedbackRekanPage(uow, bridge, layanan),
    ]
