"""The Hasil Kerja tree model: Qt's model tester through in-place refreshes, cell by cell per
SKP format, target parsing, and the drop plans of drag and drop."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ekinerja_desktop.domain import (
    Aspek,
    JenisRhk,
    JenisSkp,
    KlasifikasiRhk,
    Pendekatan,
    Perspektif,
    Temuan,
)
from ekinerja_desktop.services.queries_skp import IkiRow, RhkRow
from ekinerja_desktop.views.skp.hasil_kerja_model import (
    ID_ROLE,
    HasilKerjaModel,
    Kolom,
    format_target,
    pisah_target,
)


@pytest.fixture(autouse=True)
def _app(qapp: Any) -> None:
    """Icons and palettes need the application object."""


def iki(id_: str, rhk_id: str, nomor: str, teks: str = "", **kw: Any) -> IkiRow:
    fields: dict[str, Any] = dict(
        target_min="90", target_max="100", satuan="%", perspektif=None, aspek=Aspek.KUANTITAS,
        urutan=1,
    )  # fmt: skip
    fields.update(kw)
    return IkiRow(id=id_, rhk_id=rhk_id, nomor=nomor, indikator=teks or f"IKI {nomor}", **fields)


def rhk(id_: str, nomor: int, ikis: tuple[IkiRow, ...] = (), **kw: Any) -> RhkRow:
    fields: dict[str, Any] = dict(
        jenis=JenisRhk.UTAMA, klasifikasi=KlasifikasiRhk.INDIVIDU, unor_id=None,
        tim_kerja_id=None, tautan_nama="", teks=f"RHK {nomor}", penugasan_dari=None,
        rhk_diintervensi_id="leader", rhk_diintervensi_teks="RHK pimpinan", urutan=nomor,
    )  # fmt: skip
    fields.update(kw)
    return RhkRow(id=id_, nomor=nomor, iki=ikis, **fields)


def rows() -> list[RhkRow]:
    return [
        rhk("a", 1, (iki("a1", "a", "1.1"), iki("a2", "a", "1.2"))),
        rhk("b", 2, (iki("b1", "b", "2.1"),)),
        rhk("c", 3, (), jenis=JenisRhk.TAMBAHAN),
    ]


def cell(model: HasilKerjaModel, id_: str, kolom: Kolom, role: int = 0) -> object:
    index = model.index_of_id(id_, model.kolom.index(kolom))
    return model.data(index, role or Qt.ItemDataRole.DisplayRole)


def test_model_tester_through_inserts_removals_and_moves(qtmodeltester: Any) -> None:
    model = HasilKerjaModel(JenisSkp.JA_JF, Pendekatan.KUANTITATIF)
    model.set_rows(rows())
    qtmodeltester.check(model)
    a, b, c = rows()
    moved_iki = iki("a2", "b", "2.2")
    a2 = replace(a, iki=(a.iki[0],))
    b2 = replace(b, iki=(*b.iki, moved_iki))
    # the C++ tester stays attached and checks every signal of these refreshes
    model.set_rows([b2, a2, c])
    model.set_rows([b2, replace(c, jenis=JenisRhk.UTAMA), a2])
    model.set_rows([rhk("d", 1, (iki("d1", "d", "1.1"),))])
    model.set_rows([])
    model.set_rows(rows())
    qtmodeltester.check(model)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(2)] == ["UTAMA", "TAMBAHAN"]


def test_refresh_keeps_persistent_indexes_on_unchanged_rows() -> None:
    model = HasilKerjaModel()
    model.set_rows(rows())
    persistent = qt_persistent(model.index_of_id("b1"))
    a, b, c = rows()
    model.set_rows([b, replace(a, teks="RHK satu diubah"), c])
    assert persistent.isValid() and persistent.data(ID_ROLE) == "b1"
    assert cell(model, "a", Kolom.RHK) == "RHK satu diubah"


def qt_persistent(index: QModelIndex) -> QPersistentModelIndex:
    return QPersistentModelIndex(index)


@pytest.mark.parametrize(
    ("jenis", "pendekatan", "kolom"),
    [
        (JenisSkp.JPT, Pendekatan.KUANTITATIF, ["No.", "Rencana hasil kerja",
         "Indikator kinerja individu", "Target", "Perspektif"]),
        (JenisSkp.JA_JF, Pendekatan.KUANTITATIF, ["No.", "RHK pimpinan yang diintervensi",
         "Rencana hasil kerja", "Aspek", "Indikator kinerja individu", "Target"]),
        (JenisSkp.JPT, Pendekatan.KUALITATIF, ["No.", "Rencana hasil kerja",
         "Indikator kinerja individu dan target", "Perspektif"]),
        (JenisSkp.JA_JF, Pendekatan.KUALITATIF, ["No.", "RHK pimpinan yang diintervensi",
         "Rencana hasil kerja", "Indikator kinerja individu dan target"]),
    ],
)  # fmt: skip
def test_columns_follow_the_skp_format(
    jenis: JenisSkp, pendekatan: Pendekatan, kolom: list[str]
) -> None:
    model = HasilKerjaModel(jenis, pendekatan)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == kolom


def test_cells_of_rhk_and_iki_rows() -> None:
    model = HasilKerjaModel(JenisSkp.JA_JF, Pendekatan.KUANTITATIF)
    a, b, c = rows()
    a = replace(a, penugasan_dari="Kepala Bagian")
    b = replace(
        b, teks="", rhk_diintervensi_teks="", iki=(iki("b1", "b", "2.1", target_min="4",
                                                       target_max="4", satuan="laporan"),)
    )  # fmt: skip
    model.set_rows([a, b, c], [Temuan("ERROR", "x", "b"), Temuan("PERINGATAN", "y", "a")])
    group = model.index(0, 0)
    assert group.data() == "A. UTAMA (2 RHK)" and model.index(1, 0).data() == "B. TAMBAHAN (1 RHK)"
    assert cell(model, "a", Kolom.NOMOR) == "1"
    assert cell(model, "a", Kolom.RHK) == "RHK 1 (Penugasan dari Kepala Bagian)"
    assert cell(model, "a", Kolom.INTERVENSI) == "RHK pimpinan"
    assert cell(model, "a", Kolom.RHK, Qt.ItemDataRole.EditRole) == "RHK 1"
    assert cell(model, "b", Kolom.RHK) == "(RHK belum diisi)"
    assert cell(model, "b", Kolom.INTERVENSI) == "(belum mengintervensi)"
    assert cell(model, "a1", Kolom.NOMOR) == "1.1"
    assert cell(model, "a1", Kolom.ASPEK) == "Kuantitas"
    assert cell(model, "a1", Kolom.TARGET) == "90–100 %"
    assert cell(model, "b1", Kolom.TARGET) == "4 laporan"
    assert cell(model, "a1", Kolom.RHK) == ""  # IKI rows leave the RHK columns empty
    assert cell(model, "b", Kolom.NOMOR, Qt.ItemDataRole.DecorationRole) is not None
    assert cell(model, "b1", Kolom.NOMOR, Qt.ItemDataRole.DecorationRole) is None
    model.set_rows([a, b, c], [])
    assert cell(model, "b", Kolom.NOMOR, Qt.ItemDataRole.DecorationRole) is None


def test_editing_hands_fields_to_the_editor_and_respects_read_only() -> None:
    model = HasilKerjaModel(JenisSkp.JPT, Pendekatan.KUANTITATIF)
    model.set_rows(rows())
    seen: list[tuple[str, str, dict[str, Any]]] = []
    model.edit_handler = lambda kind, id_, fields: not seen.append((kind, id_, fields))  # type: ignore[func-returns-value]
    target = model.index_of_id("a1", model.kolom.index(Kolom.TARGET))
    assert not model.setData(target, "80-90 %")  # read-only: nothing handed over
    assert not model.flags(target) & Qt.ItemFlag.ItemIsEditable
    model.set_editable(True)
    assert model.flags(target) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index_of_id("a", 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(target, "80-90 %")
    perspektif = model.index_of_id("a1", model.kolom.index(Kolom.PERSPEKTIF))
    assert model.setData(perspektif, "ANGGARAN")
    assert model.setData(model.index_of_id("a", model.kolom.index(Kolom.RHK)), "  Baru ")
    assert seen == [
        ("iki", "a1", {"target_min": "80", "target_max": "90", "satuan": "%"}),
        ("iki", "a1", {"perspektif": Perspektif.ANGGARAN}),
        ("rhk", "a", {"teks": "Baru"}),
    ]


@pytest.mark.parametrize(
    ("teks", "hasil"),
    [
        ("80-90 %", ("80", "90", "%")),
        ("80 – 90 persen", ("80", "90", "persen")),
        ("3,5 s.d. 4 indeks", ("3,5", "4", "indeks")),
        ("4 laporan", ("4", "4", "laporan")),
        ("1.250.000 rupiah", ("1.250.000", "1.250.000", "rupiah")),
        ("100%", ("100", "100", "%")),
        ("sepuluh dokumen", ("sepuluh dokumen", "sepuluh dokumen", None)),
        ("  ", (None, None, None)),
    ],
)
def test_target_typed_in_a_cell(teks: str, hasil: tuple[str | None, ...]) -> None:
    assert pisah_target(teks) == hasil


def test_target_shown() -> None:
    assert format_target(iki("x", "r", "1.1", target_min="4", target_max=None)) == "4 %"
    assert format_target(iki("x", "r", "1.1", target_min=None, target_max=None, satuan=None)) == ""


def _drop(model: HasilKerjaModel, id_: str, row: int, parent: QModelIndex) -> Any:
    seen: list[Any] = []
    model.order_handler = lambda kind, before, after: not seen.append((kind, before, after))  # type: ignore[func-returns-value]
    data = model.mimeData([model.index_of_id(id_)])
    allowed = model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    return allowed, (seen[0] if seen else None)


def test_drop_plans_for_rhk_and_iki() -> None:
    model = HasilKerjaModel()
    model.set_rows(rows())
    utama, tambahan = model.group_index(JenisRhk.UTAMA), model.group_index(JenisRhk.TAMBAHAN)
    allowed, plan = _drop(model, "a", 0, tambahan)
    assert not allowed and plan is None  # read-only: no drops at all
    model.set_editable(True)
    allowed, plan = _drop(model, "a", 2, utama)  # after b
    assert allowed and plan[0] == "rhk"
    assert plan[2] == {JenisRhk.UTAMA: ["b", "a"], JenisRhk.TAMBAHAN: ["c"]}
    assert plan[1] == {JenisRhk.UTAMA: ["a", "b"], JenisRhk.TAMBAHAN: ["c"]}
    _, plan = _drop(model, "a", -1, tambahan)  # onto the group: at its end
    assert plan[2] == {JenisRhk.UTAMA: ["b"], JenisRhk.TAMBAHAN: ["c", "a"]}
    _, plan = _drop(model, "c", -1, model.index_of_id("a"))  # onto an RHK: takes its place
    assert plan[2] == {JenisRhk.UTAMA: ["c", "a", "b"], JenisRhk.TAMBAHAN: []}
    _, plan = _drop(model, "a2", 0, model.index_of_id("a"))
    assert plan == ("iki", {"a": ["a1", "a2"]}, {"a": ["a2", "a1"]})
    _, plan = _drop(model, "a2", -1, model.index_of_id("b1"))  # onto an IKI of another RHK
    assert plan == ("iki", {"a": ["a1", "a2"], "b": ["b1"]}, {"a": ["a1"], "b": ["a2", "b1"]})
    assert _drop(model, "a1", 0, utama) == (False, None)  # an IKI never goes into a group
    assert _drop(model, "a", 0, model.index_of_id("b1")) == (False, None)
    assert _drop(model, "a", 0, utama) == (False, None)  # already there: nothing to do


def test_keyboard_moves_make_the_same_plans() -> None:
    model = HasilKerjaModel()
    model.set_rows(rows())
    model.set_editable(True)
    plan = model.plan_geser(model.index_of_id("a"), 1)
    assert plan is not None and plan[2][JenisRhk.UTAMA] == ["b", "a"]
    plan = model.plan_geser(model.index_of_id("a2"), -1)
    assert plan is not None and plan[2] == {"a": ["a2", "a1"]}
    assert model.plan_geser(model.index_of_id("a"), -1) is None
    assert model.plan_geser(model.index_of_id("b1"), 1) is None
