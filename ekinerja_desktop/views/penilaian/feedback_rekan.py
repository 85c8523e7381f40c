"""Feedback Perilaku Rekan Kerja (S000 3.1.3): a pegawai who is not JPT/pimpinan gives
feedback per BerAKHLAK value to colleagues of the same unit or the same tim kerja."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QWidget

from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.queries_bawahan import (
    RekanRow,
    daftar_rekan,
    skp_rekan_ids,
)
from ekinerja_desktop.services.queries_penilaian import (
    PenilaianDetail,
)
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.penilaian.common import lebar_kolom, tr
from ekinerja_desktop.views.penilaian.evaluasi import HalamanEvaluasi
from ekinerja_desktop.views.penilaian.models import RekanModel
from ekinerja_desktop.views.penilaian.perilaku import PerilakuPanel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class FeedbackRekanPage(HalamanEvaluasi[RekanRow]):
    def __init__(
        self,
        uow: UnitOfWork,
        bridge: ChangeBridge,
        layanan: LayananPenilaian,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(uow, bridge, layanan, RekanModel(), tr("Rekan kerja"), parent)
        self.setObjectName("page_feedback_rekan")
        self.subheading.setText(
            tr(
                "Umpan balik atas perilaku kerja rekan satu unit kerja atau satu tim kerja, per "
                "nilai BerAKHLAK. Pegawai yang Anda nilai melihat feedback ini tanpa nama Anda."
            )
        )
        lebar_kolom(self.daftar, {1: 80, 2: 104}, melar=(0,))
        self.perilaku = PerilakuPanel(layanan, self.pesan)
        self.kanan.addWidget(self.perilaku, 1)

    def title(self) -> str:
        return tr("Feedback Rekan Kerja")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)

    def skp_ids(self, session: Session, aktor: Aktor) -> list[str]:
        return skp_rekan_ids(session, aktor.pegawai_id)

    def baris(self, session: Session, aktor: Aktor, periode_id: str) -> Sequence[RekanRow]:
        return daftar_rekan(session, aktor.pegawai_id, periode_id)

    def periode_penilaian_id(self, row: RekanRow) -> str | None:
        return row.periode_penilaian_id

    def teks_kosong(self) -> str:
        return tr(
            "Tidak ada rekan kerja dengan SKP yang sudah disetujui. Feedback perilaku rekan "
            "kerja diberikan oleh pegawai selain JPT/pimpinan kepada rekan satu unit kerja atau "
            "satu tim kerja."
        )

    def teks_tanpa_periode(self, row: RekanRow) -> str:
        return tr(
            "{nama} belum menambahkan periode ini pada SKP-nya; feedback dapat diberikan "
            "setelah periode ditambahkan."
        ).format(nama=row.nama)

    def tampilkan_detail(self, detail: PenilaianDetail | None) -> None:
        self.perilaku.tampilkan(detail)
