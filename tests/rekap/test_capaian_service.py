"""Capaian organisasi: set, finalise, cancel the finalisation; with outbox entries (S003 2.5)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import CapaianOrganisasi, StatusCapaian
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import CapaianOrganisasiUnor, OutboxEntry
from ekinerja_desktop.services.capaian import LayananCapaian
from ekinerja_desktop.services.queries_capaian import daftar_capaian
from ekinerja_desktop.services.uow import Aktor
from tests.rekap.data import ATAS, BAWAH, SESUAI, buat_unit

Oleh = Callable[[Aktor], LayananCapaian]
URL = "https://drive.example.go.id/capaian/tw1"


def _ops(db: Database) -> list[tuple[str, dict[str, object]]]:
    with db.read_session() as s:
        rows = s.scalars(select(OutboxEntry).order_by(OutboxEntry.client_seq))
        return [(e.op, e.payload) for e in rows]


def _record(db: Database, id_: str) -> CapaianOrganisasiUnor:
    with db.read_session() as s:
        record = s.get(CapaianOrganisasiUnor, id_)
        assert record is not None
        return record


def test_set_finalise_and_cancel_with_their_ops(db: Database, capaian_oleh: Oleh) -> None:
    unit = buat_unit(db, [(ATAS, ATAS), (SESUAI, SESUAI), (BAWAH, SESUAI), None])
    admin = capaian_oleh(unit.admin)
    id_ = admin.tetapkan(unit.biro_id, unit.tw1, CapaianOrganisasi.ISTIMEWA, f"  {URL} ")
    record = _record(db, id_)
    assert (record.capaian, record.status, record.bukti_dukung_url) == (
        CapaianOrganisasi.ISTIMEWA,
        StatusCapaian.BELUM_FINAL,
        URL,
    )
    # setting it again edits the same record
    assert admin.tetapkan(unit.biro_id, unit.tw1, CapaianOrganisasi.BAIK, URL) == id_
    admin.finalkan(id_)
    assert _record(db, id_).status is StatusCapaian.FINAL
    admin.batal_final(id_)
    assert _record(db, id_).status is StatusCapaian.BELUM_FINAL
    ops = _ops(db)
    assert [op for op, _ in ops] == [
        "capaian.set",
        "capaian.set",
        "capaian.finalize",
        "capaian.unfinalize",
    ]
    assert ops[0][1]["capaian"] == "ISTIMEWA" and ops[0][1]["unor_id"] == unit.biro_id
    assert ops[1][1] == {"unor_id": unit.biro_id, "periode_id": unit.tw1, "capaian": "BAIK"}
    assert ops[2][1]["status"] == "FINAL"


def test_the_statistics_line_counts_the_unit(db: Database, capaian_oleh: Oleh) -> None:
    unit = buat_unit(db, [(ATAS, ATAS), (SESUAI, SESUAI), (SESUAI, ATAS), (BAWAH, SESUAI), None])
    capaian_oleh(unit.admin).tetapkan(unit.biro_id, unit.tw1, CapaianOrganisasi.BAIK, URL)
    with db.read_session() as s:
        rows = {r.id: r for r in daftar_capaian(s, unit.admin.pegawai_id, True, unit.tw1)}
    biro = rows[unit.biro_id]
    assert biro.capaian is CapaianOrganisasi.BAIK and biro.status is StatusCapaian.BELUM_FINAL
    st = biro.statistik
    # 5 staf + the kabag; 4 rated: 1 Sangat Baik, 2 Baik, 1 Butuh Perbaikan
    assert (st.jumlah_dinilai, st.jumlah_pegawai) == (4, 6)
    assert [st.jumlah[p] for p in st.jumlah] == [0, 0, 1, 2, 1]
    assert rows[unit.setjen_id].capaian_id is None


def test_a_final_capaian_is_locked_but_its_link_may_be_corrected(
    db: Database, capaian_oleh: Oleh
) -> None:
    unit = buat_unit(db, [])
    admin = capaian_oleh(unit.admin)
    id_ = admin.tetapkan(unit.biro_id, unit.tw1, CapaianOrganisasi.BAIK, None)
    admin.finalkan(id_)
    with pytest.raises(UserError, match="sudah final"):
        admin.tetapkan(unit.biro_id, unit.tw1, CapaianOrganisasi.ISTIMEWA, URL)
    with pytest.raises(UserError, match="sudah final"):
        admin.finalkan(id_)
    with pytest.raises(UserError, match="tidak dapat dihapus"):
        admin.hapus(id_)
    admin.tetapkan(unit.biro_id, unit.tw1, CapaianOrganisasi.BAIK, URL)
    record = _record(db, id_)
    assert (record.capaian, record.bukti_dukung_url) == (CapaianOrganisasi.BAIK, URL)
    admin.batal_final(id_)
    admin.hapus(id_)
    assert _record(db, id_).deleted_at is not None
    assert _ops(db)[-1][0] == "capaian_organisasi.delete"


def test_only_the_admin_sets_it(db: Database, capaian_oleh: Oleh) -> None:
    unit = buat_unit(db, [])
    for aktor in (unit.kepala, unit.kabag, Aktor(unit.kepala.pegawai_id, "", "", is_admin=True)):
        with pytest.raises(ForbiddenError, match="Hanya admin"):
            capaian_oleh(aktor).tetapkan(unit.biro_id, unit.tw1, CapaianOrganisasi.BAIK, None)
    assert _ops(db) == []


def test_bad_input_writes_nothing(db: Database, capaian_oleh: Oleh) -> None:
    unit = buat_unit(db, [])
    admin = capaian_oleh(unit.admin)
    with pytest.raises(UserError, match="http"):
        admin.tetapkan(unit.biro_id, unit.tw1, CapaianOrganisasi.BAIK, "drive/capaian")
    with pytest.raises(UserError, match="bukan unit kerja induk"):
        admin.tetapkan(unit.bagian_id, unit.tw1, CapaianOrganisasi.BAIK, None)
    with pytest.raises(ValueError):
        admin.tetapkan(unit.biro_id, unit.tw1, "LUAR_BIASA", None)  # type: ignore[arg-type]
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(CapaianOrganisasiUnor)) == 0
    assert _ops(db) == []
