"""The Kurva page on real widgets: the red curve is `kurva_ideal`, the green one is the data,
the "belum dinilai" note, the guidance warnings beside it, live updates, PNG export."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import (
    PREDIKAT_URUTAN,
    CapaianOrganisasi,
    Predikat,
    cek_pola_distribusi,
    kurva_ideal,
    predikat_kinerja,
)
from ekinerja_desktop.models import CapaianOrganisasiUnor, PeriodePenilaian, Skp
from ekinerja_desktop.services.queries_rekap import Cakupan, JenisCakupan, muat_kurva
from ekinerja_desktop.services.uow import ChangeSet, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.kurva.kurva_chart import KurvaTabelModel, persen
from ekinerja_desktop.views.kurva.kurva_page import KurvaPage
from tests.rekap.conftest import bertindak
from tests.rekap.data import ATAS, BAWAH, SESUAI, Unit, buat_unit, tambah_penilaian

RATINGS = [(SESUAI, SESUAI)] * 6 + [(ATAS, ATAS)] * 2 + [(BAWAH, SESUAI), (SESUAI, BAWAH)]
DISPLAY = Qt.ItemDataRole.DisplayRole


def _unit(db: Database, capaian: CapaianOrganisasi | None) -> Unit:
    unit = buat_unit(db, [*RATINGS, None, None])
    if capaian is not None:
        with db.write_session() as s, s.begin():
            s.add(CapaianOrganisasiUnor(unor_id=unit.biro_id, periode_id=unit.tw1, capaian=capaian))
    return unit


def _page(qtbot: QtBot, uow: UnitOfWork, bridge: ChangeBridge, unit: Unit) -> KurvaPage:
    page = KurvaPage(uow, bridge)
    qtbot.addWidget(page)
    page.resize(1000, 620)
    page.show()
    qtbot.waitExposed(page)
    bertindak(uow, page, unit.kepala)
    assert page.pemilih.cakupan() == Cakupan(
        JenisCakupan.BAWAHAN, unit.kepala.pegawai_id, "Kepala Biro Uji"
    )
    page.pemilih.cakupan_combo.setCurrentIndex(1)  # the whole biro
    return page


def _y(series: object) -> list[float]:
    return [p.y() for p in series.points()]  # type: ignore[attr-defined]


@pytest.mark.parametrize("capaian", list(CapaianOrganisasi))
def test_the_curves_are_the_ideal_shares_and_the_data(
    qtbot: QtBot, db: Database, uow: UnitOfWork, bridge: ChangeBridge, capaian: CapaianOrganisasi
) -> None:
    unit = _unit(db, capaian)
    page = _page(qtbot, uow, bridge, unit)
    chart = page.chart
    ideal = kurva_ideal(capaian)
    assert chart.ideal.isVisible()
    assert _y(chart.ideal) == pytest.approx([ideal[p] * 100 for p in PREDIKAT_URUTAN])
    counts = Counter(predikat_kinerja(h, p) for h, p in RATINGS)
    n = len(RATINGS)
    assert _y(chart.aktual) == pytest.approx([counts[p] / n * 100 for p in PREDIKAT_URUTAN])
    # percentages and counts on the points, left to right (Sangat Kurang … Sangat Baik)
    assert chart.label_titik(chart.aktual) == [
        f"{persen(counts[p] / n)} ({counts[p]} org)" for p in PREDIKAT_URUTAN
    ]
    assert chart.label_titik(chart.ideal) == [persen(ideal[p]) for p in PREDIKAT_URUTAN]
    assert chart.ideal.name() == f"Ideal · capaian organisasi {capaian.label}"
    assert chart.aktual.name() == "Aktual · 10 dari 13 pegawai dinilai"  # + 2 unrated + kabag
    # the numbers beside it
    model = page.tabel_model
    teks = {
        model.index(r, 0).data(DISPLAY): model.index(r, 2).data(DISPLAY)
        for r in range(model.rowCount())
    }
    assert teks[Predikat.BAIK.label] == f"{persen(counts[Predikat.BAIK] / n)} · 6"
    # the note while not everyone is rated, and the guidance warnings (never a block)
    assert page.catatan_label.isVisible()
    assert page.catatan_label.text().startswith("3 dari 13 pegawai belum dinilai")
    warnings = cek_pola_distribusi(capaian, counts)
    expected = "\n".join(f"• {w}" for w in warnings).replace(" %", "\u00a0%")
    assert page.peringatan_label.text() == (expected or "Distribusi sesuai panduan.")
    assert bool(warnings) == (capaian is not CapaianOrganisasi.BAIK)
    assert capaian.label in page.capaian_label.text()


def test_updates_as_ratings_arrive(
    qtbot: QtBot, db: Database, uow: UnitOfWork, bridge: ChangeBridge
) -> None:
    unit = _unit(db, CapaianOrganisasi.BAIK)
    page = _page(qtbot, uow, bridge, unit)
    assert page.data is not None and page.data.belum_dinilai == 3
    # The two unrated staf get their ratings (as sync would apply them), then the change set.
    ids = []
    with db.write_session() as s, s.begin():
        for staf in unit.staf[-2:]:
            pp_id = s.scalar(
                select(PeriodePenilaian.id)
                .join(Skp, Skp.id == PeriodePenilaian.skp_id)
                .where(Skp.pegawai_id == staf.pegawai_id, PeriodePenilaian.periode_id == unit.tw1)
            )
            assert pp_id is not None
            ids.append(tambah_penilaian(s, pp_id, (ATAS, ATAS), unit.kabag.pegawai_id))
    uow.notify(ChangeSet(frozenset(("penilaian", i) for i in ids)))
    qtbot.waitUntil(lambda: page.data is not None and page.data.belum_dinilai == 1, timeout=2000)
    assert page.chart.aktual.name() == "Aktual · 12 dari 13 pegawai dinilai"
    assert page.chart.label_titik(page.chart.aktual)[-1] == f"{persen(4 / 12)} (4 org)"
    assert page.catatan_label.text().startswith("1 dari 13 pegawai belum dinilai")


def test_without_capaian_there_is_no_red_curve(
    qtbot: QtBot, db: Database, uow: UnitOfWork, bridge: ChangeBridge
) -> None:
    unit = _unit(db, None)
    page = _page(qtbot, uow, bridge, unit)
    assert not page.chart.ideal.isVisible() and page.chart.label_titik(page.chart.ideal) == []
    assert "belum ditetapkan" in page.capaian_label.text()
    assert page.chart.aktual.count() == 5
    assert page.peringatan_label.text().startswith("Panduan diperiksa setelah")


def test_everyone_rated_hides_the_note(
    qtbot: QtBot, db: Database, uow: UnitOfWork, bridge: ChangeBridge
) -> None:
    unit = buat_unit(db, [(SESUAI, SESUAI)] * 4 + [(BAWAH, SESUAI), (ATAS, ATAS)])
    with db.write_session() as s, s.begin():
        s.add(
            CapaianOrganisasiUnor(
                unor_id=unit.biro_id, periode_id=unit.tw1, capaian=CapaianOrganisasi.BAIK
            )
        )
    page = KurvaPage(uow, bridge)
    qtbot.addWidget(page)
    page.show()
    bertindak(uow, page, unit.kabag)  # the kabag's own bawahan: all 6 rated
    assert page.data is not None and page.data.belum_dinilai == 0
    assert not page.catatan_label.isVisible()
    assert page.data.peringatan == ()
    assert page.peringatan_label.text() == "Distribusi sesuai panduan."


def test_png_export(
    qtbot: QtBot,
    db: Database,
    uow: UnitOfWork,
    bridge: ChangeBridge,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, uow, bridge, _unit(db, CapaianOrganisasi.ISTIMEWA))
    target = tmp_path / "kurva"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.png_button, Qt.MouseButton.LeftButton)
    image = QImage(str(target.with_suffix(".png")))
    assert not image.isNull()
    assert image.width() >= page.chart.width() > 300
    assert page.pesan.kind == "info"


def test_table_model_passes_the_model_tester(qtmodeltester: ModelTester, db: Database) -> None:
    unit = _unit(db, CapaianOrganisasi.BAIK)
    model = KurvaTabelModel()
    with db.read_session() as s:
        model.set_data(muat_kurva(s, Cakupan(JenisCakupan.UNIT, unit.biro_id, ""), unit.tw1))
    assert model.rowCount() == 5
    assert model.index(0, 0).data(DISPLAY) == "Sangat Baik"
    assert model.index(1, 1).data(DISPLAY) == "65\u00a0% · ≈8"  # 0.65 × 13 pegawai
    qtmodeltester.check(model, force_py=True)
