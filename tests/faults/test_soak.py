"""The seeded soak of SYNC.md "Proving it": 1,000 operations, three client processes behind
fault proxies, SIGKILLs of clients and server, the eight invariants — 3 seeds on SQLite and 1 on
PostgreSQL in `make test`; `make soak` runs more seeds, more operations, longer partitions.

Every failure prints its seed and the command that replays it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.faults.harness import Template
from tests.faults.soak import SoakPlan, run_soak

SEEDS = [int(s) for s in os.environ.get("FAULT_SEEDS", "101,202,303").split(",") if s]
OPS = int(os.environ.get("FAULT_OPS", "1000"))
PARTITION = tuple(float(x) for x in os.environ.get("FAULT_PARTITION", "0.2,0.8").split(","))
KILLS = int(os.environ.get("FAULT_KILLS", "3"))
BUDGET = float(os.environ.get("FAULT_BUDGET", "150"))


def plan(seed: int) -> SoakPlan:
    low, high = PARTITION
    return SoakPlan(
        seed=seed, ops=OPS, partition_s=(low, high), client_kills=KILLS, budget_s=BUDGET
    )


def replay(seed: int, test: str) -> str:
    return (
        f"FAULT_SEEDS={seed} FAULT_OPS={OPS} FAULT_PARTITION={PARTITION[0]},{PARTITION[1]} "
        f"FAULT_KILLS={KILLS} FAULT_BUDGET={BUDGET:.0f} "
        f".venv/bin/pytest --timeout={int(BUDGET * 2 + 120)} tests/faults/test_soak.py -k {test}"
    )


@pytest.mark.parametrize("seed", SEEDS)
def test_soak_sqlite(seed: int, template: Template, tmp_path: Path) -> None:
    world, report = run_soak(
        template, tmp_path / f"seed-{seed}", plan(seed), replay(seed, "sqlite")
    )
    try:
        print(f"seed {seed}: {report.stats}")
        assert not report.failures, "\n".join([*report.failures, world.explain()])
    finally:
        world.close()


@pytest.mark.slow
def test_soak_postgresql(pg_template: Callable[[], Template], tmp_path: Path) -> None:
    seed = SEEDS[0]
    template = pg_template()
    world, report = run_soak(
        template,
        tmp_path / f"pg-seed-{seed}",
        plan(seed),
        replay(seed, "postgresql"),
    )
    try:
        print(f"postgresql seed {seed}: {report.stats}")
        assert not report.failures, "\n".join([*report.failures, world.explain()])
    finally:
        world.close()
