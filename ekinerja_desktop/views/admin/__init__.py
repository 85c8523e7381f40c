"""Admin Instansi: unit organisasi, pegawai, PLT/PLH, periods and the ideal curve (S003).

Only the factory lives here, so the navigation can name the page without loading it: the page
and its modules load when the admin first opens it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ekinerja_desktop.services.uow import UnitOfWork
    from ekinerja_desktop.views.common.bridge import ChangeBridge
    from ekinerja_desktop.views.common.page import Page


def halaman_admin(uow: UnitOfWork, bridge: ChangeBridge) -> Page:
    from ekinerja_desktop.views.admin.admin_page import AdminPage

    return AdminPage(uow, bridge)
