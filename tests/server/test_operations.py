"""The role × operation table of docs/operations.md, pushed to a real server.

Every forbidden case of the table's second part is one test: the op is `refused` with the
expected reason, nothing is written (no change-log row, the target's version unchanged) and an
issue is recorded for the user. A few allowed cases prove the scenarios themselves are valid.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from ekinerja_desktop.models import Pegawai, Periode, PeriodePenilaian, Skp
from ekinerja_desktop.sync.protocol import ENTITY_MODELS
from ekinerja_server.db import create_server_engine
from ekinerja_server.models import ChangeLog, ServerIssue
from tests.server.processes import RunningServer, start_server
from tests.server.sync_support import TAHUN, Api, Seeded, new_rhk, new_skp, seed_demo

DOC = Path(__file__).resolve().parents[2] / "docs" / "operations.md"
ROLES = {
    "pemilik": "Pegawai",
    "PPK": "Atasan",
    "atasan PPK": "Atasan PPK",
    "rekan": "Rekan",
    "lain": "Lain",
    "admin": "Admin",
}


def forbidden_cases() -> list[tuple[str, str, str, frozenset[str]]]:
    """(op, target, role, reasons) from the doc's "Forbidden cases under test" table."""
    text = DOC.read_text(encoding="utf-8").split("## Forbidden cases under test", 1)[1]
    cases = []
    for line in text.splitlines():
        if not line.startswith("| `"):
            continue
        op, target, roles, reasons = (c.strip() for c in line.strip().strip("|").split("|"))
        for role in roles.split(","):
            cases.append(
                (
                    op.strip("`"),
                    target,
                    role.strip(),
                    frozenset(r.strip() for r in reasons.split(",")),
                )
            )
    return cases


CASES = forbidden_cases()


@dataclass
class World:
    server: RunningServer
    seeded: Seeded
    engine: Engine
    apis: dict[str, Api]
    s1: str
    r1: str
    s2: str
    r2: str
    pp: str
    unor: str
    periode: str

    def api(self, role: str) -> Api:
        if role not in self.apis:
            self.apis[role] = Api(self.server.url, self.seeded.nip[ROLES[role]]).connect()
        return self.apis[role]

    def version(self, entity: str, entity_id: str) -> int | None:
        model = ENTITY_MODELS[entity]
        with self.engine.connect() as conn:
            return conn.scalar(select(model.version).where(model.id == entity_id))

    def log_size(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(ChangeLog)) or 0)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("ops")
    seeded = seed_demo(f"sqlite:///{folder / 'ops.db'}")
    server = start_server(seeded.url, folder / "server.log")
    engine = create_server_engine(seeded.url)
    owner = Api(server.url, seeded.nip["Pegawai"]).connect()
    s1 = new_skp(owner, seeded, tahun=TAHUN + 1)
    r1 = new_rhk(owner, s1)
    s2 = new_skp(owner, seeded, tahun=TAHUN + 2)
    r2 = new_rhk(owner, s2)
    owner.pull()
    versi = owner.row("skp", s2)["fields"]["versi_isi"]
    submitted = owner.push_one(
        "skp.submit", s2, None, dari="DRAFT", ke="PENGAJUAN", versi_isi=versi
    )
    assert submitted["status"] == "applied"
    with engine.connect() as conn:
        pp = conn.scalar(
            select(PeriodePenilaian.id)
            .join(Skp, Skp.id == PeriodePenilaian.skp_id)
            .join(Periode, Periode.id == PeriodePenilaian.periode_id)
            .where(
                Skp.pegawai_id == seeded.id["Pegawai"],
                Skp.status == "PERSETUJUAN",
                Periode.jenis == "FINAL",
            )
        )
        unor = conn.scalar(select(Pegawai.unor_id).where(Pegawai.id == seeded.id["Pegawai"]))
        periode = conn.scalar(select(Periode.id).where(Periode.jenis == "FINAL"))
    assert pp and unor and periode
    yield World(server, seeded, engine, {"pemilik": owner}, s1, r1, s2, r2, pp, unor, periode)
    server.stop()
    engine.dispose()


Scenario = Callable[[World, str], tuple[str, int | None, dict[str, Any]]]


def _new() -> str:
    return str(uuid.uuid4())


def _rhk_fields(skp_id: str) -> dict[str, Any]:
    return {
        "skp_id": skp_id,
        "teks": "RHK",
        "jenis": "UTAMA",
        "klasifikasi": "INDIVIDU",
        "urutan": 1,
    }


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("rhk.update", "R1"): lambda w, r: (w.r1, w.version("rhk", w.r1), {"teks": f"oleh {r}"}),
    ("rhk.delete", "R1"): lambda w, r: (w.r1, w.version("rhk", w.r1), {}),
    ("iki.create", "R1"): lambda w, r: (
        _new(),
        0,
        {"rhk_id": w.r1, "indikator": "IKI", "urutan": 1},
    ),
    ("skp.create", "baru"): lambda w, r: (
        _new(),
        0,
        {
            "pegawai_id": w.seeded.id["Pegawai"],
            "unor_id": w.unor,
            "tahun": TAHUN + 3,
            "periode_awal": f"{TAHUN + 3}-01-01",
            "periode_akhir": f"{TAHUN + 3}-12-31",
            "pendekatan": "KUANTITATIF",
            "jenis": "JA_JF",
            "status": "DRAFT",
            "snapshot_pegawai": {},
            "snapshot_pejabat_penilai": {},
            "snapshot_atasan_pejabat_penilai": {},
        },
    ),
    ("skp.delete", "S1"): lambda w, r: (w.s1, w.version("skp", w.s1), {}),
    ("skp.update", "S1"): lambda w, r: (w.s1, w.version("skp", w.s1), {"status": "PERSETUJUAN"}),
    ("skp.submit", "S1"): lambda w, r: (w.s1, None, {"dari": "DRAFT", "ke": "PENGAJUAN"}),
    ("rhk.update", "R2"): lambda w, r: (w.r2, w.version("rhk", w.r2), {"teks": "terkunci"}),
    ("skp.approve", "S2"): lambda w, r: (
        w.s2,
        None,
        {"dari": "PENGAJUAN", "ke": "PERSETUJUAN", "versi_isi": _versi(w, w.s2)},
    ),
    ("skp.return", "S2"): lambda w, r: (
        w.s2,
        None,
        {"dari": "PENGAJUAN", "ke": "DRAFT", "catatan": "perbaiki"},
    ),
    ("ekspektasi_khusus.create", "S2"): lambda w, r: (
        _new(),
        0,
        {"skp_id": w.s2, "nilai": "AKUNTABEL", "teks": "ekspektasi"},
    ),
    ("rating.set", "PP"): lambda w, r: (
        _new(),
        0,
        {
            "periode_penilaian_id": w.pp,
            "rating_hasil_kerja": "DIATAS_EKSPEKTASI",
            "rating_perilaku_kerja": "DIATAS_EKSPEKTASI",
        },
    ),
    ("feedback.add", "PP"): lambda w, r: (
        _new(),
        0,
        {
            "periode_penilaian_id": w.pp,
            "nilai": "KOMPETEN",
            "dari_id": w.seeded.id[ROLES[r]],
            "sumber": "REKAN_KERJA",
            "sifat": "POSITIF",
            "teks": "bagus",
        },
    ),
    ("realisasi.set", "PP"): lambda w, r: (
        _new(),
        0,
        {"periode_penilaian_id": w.pp, "iki_id": _an_iki(w), "teks": "realisasi"},
    ),
    ("pegawai.update", "pemilik"): lambda w, r: (
        w.seeded.id["Pegawai"],
        w.version("pegawai", w.seeded.id["Pegawai"]),
        {"atasan_id": w.seeded.id["Rekan"]},
    ),
    ("unor.update", "unit pemilik"): lambda w, r: (
        w.unor,
        w.version("unor", w.unor),
        {"nama": "Unit diganti"},
    ),
    ("capaian.set", "baru"): lambda w, r: (
        _new(),
        0,
        {"unor_id": w.unor, "periode_id": w.periode, "capaian": "BAIK", "status": "BELUM_FINAL"},
    ),
    ("riwayat_status_skp.create", "S1"): lambda w, r: (
        _new(),
        0,
        {"skp_id": w.s1, "dari": "DRAFT", "ke": "PERSETUJUAN", "oleh_nama": "x"},
    ),
    ("tim_kerja.create", "baru"): lambda w, r: (
        _new(),
        0,
        {"unor_id": w.unor, "nama": "Tim liar", "tahun": TAHUN},
    ),
    ("anggota_tim.create", "baru"): lambda w, r: (
        _new(),
        0,
        {"tim_kerja_id": _a_team(w), "pegawai_id": w.seeded.id["Lain"]},
    ),
    ("tim.add_anggota", "baru"): lambda w, r: (
        _new(),
        0,
        {"tim_kerja_id": _a_team(w), "pegawai_id": w.seeded.id["Lain"]},
    ),
    ("skp.hapus_semua", "S1"): lambda w, r: (w.s1, None, {}),
}


def _versi(w: World, skp_id: str) -> int:
    with w.engine.connect() as conn:
        return int(conn.scalar(select(Skp.versi_isi).where(Skp.id == skp_id)) or 0)


def _an_iki(w: World) -> str:
    from ekinerja_desktop.models import Iki, Rhk

    with w.engine.connect() as conn:
        skp_id = conn.scalar(select(PeriodePenilaian.skp_id).where(PeriodePenilaian.id == w.pp))
        found = conn.scalar(
            select(Iki.id).join(Rhk, Rhk.id == Iki.rhk_id).where(Rhk.skp_id == skp_id)
        )
    assert found
    return str(found)


def _a_team(w: World) -> str:
    from ekinerja_desktop.models import TimKerja

    with w.engine.connect() as conn:
        found = conn.scalar(select(TimKerja.id))
    assert found
    return str(found)


def test_the_table_has_enough_forbidden_cases() -> None:
    assert len(CASES) >= 20
    assert all((op, target) in SCENARIOS for op, target, _r, _x in CASES)


@pytest.mark.parametrize(
    ("op", "target", "role", "reasons"),
    CASES,
    ids=[f"{op}@{target}-{role}" for op, target, role, _ in CASES],
)
def test_forbidden(world: World, op: str, target: str, role: str, reasons: frozenset[str]) -> None:
    api = world.api(role)
    entity_id, base, payload = SCENARIOS[(op, target)](world, role)
    entity = op.partition(".")[0]
    before_version = world.version(entity, entity_id) if entity in ENTITY_MODELS else None
    before_log = world.log_size()

    result = api.push_one(op, entity_id, base, **payload)

    assert result["status"] == "refused", result
    assert result["reason"] in reasons, result
    assert result["message"]
    assert world.log_size() == before_log  # nothing written
    if entity in ENTITY_MODELS:
        assert world.version(entity, entity_id) == before_version
    with world.engine.connect() as conn:
        issue = conn.execute(
            select(ServerIssue.kind, ServerIssue.reason, ServerIssue.local_value).where(
                ServerIssue.id == result["issue_id"]
            )
        ).one()
    assert issue.kind == "refused" and issue.reason == result["reason"]
    assert issue.local_value == {k: v for k, v in payload.items()}  # the values are kept


@pytest.mark.parametrize(
    ("op", "target", "role"),
    [
        ("rhk.update", "R1", "pemilik"),
        ("skp.return", "S2", "PPK"),
        ("unor.update", "unit pemilik", "admin"),
        ("tim_kerja.create", "baru", "admin"),
    ],
)
def test_allowed(world: World, op: str, target: str, role: str) -> None:
    entity_id, base, payload = SCENARIOS[(op, target)](world, role)
    result = world.api(role).push_one(op, entity_id, base, **payload)
    assert result["status"] in ("applied", "merged"), result
