"""The pages of the second half of issue 4, in navigation order: Rekap Penilaian, Kurva,
Capaian Organisasi, Keberatan. Each has `tersedia` (the navigation hides it from a user with no
use for it): rekap and kurva for a pejabat penilai, a unit head and the admin; capaian for the
admin (who edits) and those heads (who read); keberatan for whoever has a predikat or a
keberatan to follow, and the admin."""

from __future__ import annotations

from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.capaian.capaian_page import CapaianPage
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.keberatan.keberatan_page import KeberatanPage
from ekinerja_desktop.views.kurva.kurva_page import KurvaPage
from ekinerja_desktop.views.rekap.rekap_page import RekapPage


def halaman_rekap(uow: UnitOfWork, bridge: ChangeBridge) -> list[Page]:
    return [
        RekapPage(uow, bridge),
        KurvaPage(uow, bridge),
        CapaianPage(uow, bridge),
        KeberatanPage(uow, bridge),
    ]
