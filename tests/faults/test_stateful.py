"""The soak's rules in one process, as a Hypothesis state machine, so a failure shrinks.

A server in a thread of this process (real HTTP, on a copy of the seeded template), a pegawai
and a PPK laptop behind fault proxies. Rules: a workload step of either (with a drawn seed),
a sync round of either, a lost answer or a duplicated push on the next round, a partition.
At the end every laptop drains and the invariants are checked (no loss, no duplication,
model equivalence, convergence and authorisation, monotonic cursors, durability).
"""

from __future__ import annotations

import itertools
import random
import shutil
import tempfile
from contextlib import ExitStack
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from ekinerja_desktop.sync import protocol as p
from tests.faults.client_proc import Client
from tests.faults.harness import Template, World, new_world, today
from tests.faults.invariants import check_all, seed_model
from tests.faults.model import Model
from tests.faults.proxy import Faults
from tests.faults.steps import info
from tests.faults.workload import Context, Workload
from tests.server.sync_support import inprocess_server

TEMPLATE: dict[str, Template] = {}
#: One server for every example (starting one per example would make shrinking crawl); each
#: example has new laptops and a model seeded from the server as it then is.
SHARED: dict[str, object] = {}
WINDOWS = itertools.count()


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.stack = ExitStack()
        self.folder = Path(tempfile.mkdtemp(prefix="faults-stateful-"))
        self.world: World | None = None
        self.model: Model | None = None
        self.laptops: dict[str, Client] = {}
        self.work: dict[str, Workload] = {}

    @initialize()
    def start(self) -> None:
        template = TEMPLATE["sqlite"]
        world = new_world(
            template,
            self.folder / "w",
            5,
            "tests/faults/test_stateful.py",
            database_url=str(SHARED["database_url"]),
        )
        world.server.url = str(SHARED["url"])  # the proxies forward to the shared server
        self.world = world
        engine = world.engine()
        ctx_json = template.ctx
        self.model = seed_model(
            engine, ctx_json["pp"], ctx_json["pp_skp"], base_year=ctx_json["base_year"]
        )
        engine.dispose()
        ctx = Context.from_json(template.ctx)
        # Years of this example only: its choices do not depend on earlier examples' records.
        start = 4000 + 25 * next(WINDOWS)
        for role in ("P", "K"):
            laptop = world.laptop(role)
            self.laptops[role] = laptop
            self.work[role] = Workload(
                role, random.Random(0), laptop.uow, ctx, laptop.blobs, range(start, start + 25)
            )

    @rule(role=st.sampled_from(["P", "K"]), seed=st.integers(0, 2**16), count=st.integers(1, 4))
    def steps(self, role: str, seed: int, count: int) -> None:
        """A few edits in a row (offline work that goes up in one batch)."""
        work = self.work[role]
        work.rng = random.Random(seed)
        for _ in range(count):
            work.step()

    @rule(role=st.sampled_from(["P", "K"]))
    def sync(self, role: str) -> None:
        self.laptops[role].round()

    @rule(
        role=st.sampled_from(["P", "K"]),
        fault=st.sampled_from(["drop_response", "duplicate", "drop_request", "truncate"]),
    )
    def faulty_round(self, role: str, fault: str) -> None:
        laptop = self.laptops[role]
        laptop.proxy.set_faults(Faults(**{fault: 1.0}, paths=(p.PATH_PUSH,)))  # type: ignore[arg-type]
        try:
            laptop.round()
        finally:
            laptop.proxy.heal()

    @invariant()
    def nothing_typed_is_lost_locally(self) -> None:
        for laptop in self.laptops.values():
            assert laptop.waiting() >= 0  # the database answers (no corruption mid-run)

    def teardown(self) -> None:
        try:
            if self.world is not None and self.model is not None:
                for laptop in self.laptops.values():
                    assert laptop.drain() == 0, f"{laptop.name} did not drain"
                for laptop in self.laptops.values():
                    assert laptop.drain() == 0
                engine = self.world.engine()
                try:
                    report = check_all(
                        engine,
                        self.model,
                        [info(x) for x in self.laptops.values()],
                        today(),
                        [info(x).database for x in self.laptops.values()],
                        only_these_clients=True,
                    )
                finally:
                    engine.dispose()
                assert not report.failures, "\n".join(report.failures)
        finally:
            if self.world is not None:
                for laptop in self.laptops.values():
                    laptop.close()
                for proxy in self.world.proxies.values():
                    proxy.stop()
            self.stack.close()
            shutil.rmtree(self.folder, ignore_errors=True)


@pytest.mark.timeout(900)  # passing: ~15 s; failing: time for Hypothesis to shrink
def test_sync_rules_hold_and_shrink(template: Template, tmp_path: Path) -> None:
    TEMPLATE["sqlite"] = template
    database = tmp_path / "server.db"
    shutil.copy(Path(template.url.removeprefix("sqlite:///")), database)
    SHARED["database_url"] = f"sqlite:///{database}"
    with inprocess_server(str(SHARED["database_url"])) as url:
        SHARED["url"] = url
        _run()


def _run() -> None:
    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=6,
            stateful_step_count=14,
            deadline=None,
            derandomize=True,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            database=None,
        ),
    )
