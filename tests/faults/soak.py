"""The seeded soak: three client processes (pegawai, PPK, ketua tim) behind fault proxies, a
real server process, random SIGKILLs of clients and of the server, then the eight invariants.

Everything random comes from the seed: the proxies' faults, the workload of each client, when
and whom to kill. (Thread and process timing still varies from run to run: a replay repeats
the same decisions, not necessarily the same interleaving.)
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path

from tests.faults import client_proc
from tests.faults.harness import ClientProcess, Template, World, new_world, today
from tests.faults.invariants import Report, check_all, journal, seed_model
from tests.faults.proxy import Faults
from tests.server.sync_support import PASSWORD

LIVENESS_S = 30.0


@dataclass(frozen=True)
class SoakPlan:
    seed: int
    ops: int = 1000  # workload steps, over the three clients
    fault_p: float = 0.03  # each proxy fault, per request
    partition_s: tuple[float, float] = (0.2, 0.8)
    client_kills: int = 3
    server_kills: int = 1
    chaos_every_s: tuple[float, float] = (1.0, 3.0)
    budget_s: float = 150.0


def run_soak(template: Template, folder: Path, plan: SoakPlan, replay: str) -> tuple[World, Report]:
    world = new_world(template, folder, plan.seed, replay)
    world.server.start()
    engine = world.engine()
    try:
        model = seed_model(engine, template.ctx["pp"], template.ctx["pp_skp"])
        faults = Faults.all(plan.fault_p, partition_s=plan.partition_s, reorder_delay_s=(0.01, 0.2))
        per_client = plan.ops // 3
        drain = max(60.0, plan.budget_s / 2)  # long partitions: a client may wait a while
        clients = [
            world.client(
                role, per_client + (plan.ops % 3 if role == "P" else 0), faults, drain_s=drain
            )
            for role in ("P", "K", "T")
        ]
        started = time.monotonic()
        for client in clients:
            client.start()
        last_fault = _chaos(world, clients, plan)
        failures = _wait_all(clients, plan.budget_s)
        world.heal()
        last_fault = max(last_fault, world.last_fault())
        liveness = _liveness(world, clients, last_fault)
        ran = time.monotonic()
        for client in clients:  # settle: one more drain each, so everyone saw the end
            failures += settle(client)
        settled = time.monotonic()
        report = check_all(
            engine,
            model,
            [c.info for c in clients],
            today(),
            [c.info.database for c in clients] + _sqlite_file(world),
            liveness_s=liveness,
            liveness_limit_s=LIVENESS_S,
        )
        report.add("clients exited cleanly", failures)
        report.stats["seconds"] = {
            "run": round(ran - started, 1),
            "settle": round(settled - ran, 1),
            "check": round(time.monotonic() - settled, 1),
        }
        report.stats["kills"] = sum(c.starts - 1 for c in clients)
        report.stats["server_starts"] = world.server.starts
        report.stats["faults"] = sum(
            sum(n for k, n in p.stats.decisions.items() if k != "pass")
            for p in world.proxies.values()
        )
        return world, report
    finally:
        engine.dispose()


def _chaos(world: World, clients: list[ClientProcess], plan: SoakPlan) -> float:
    """Kill clients and the server at seeded moments while the workload runs."""
    rng = random.Random(plan.seed)
    kills = {"client": plan.client_kills, "server": plan.server_kills}
    last = 0.0
    deadline = time.monotonic() + plan.budget_s
    while (kills["client"] or kills["server"]) and time.monotonic() < deadline:
        time.sleep(rng.uniform(*plan.chaos_every_s))
        running = [c for c in clients if c.alive()]
        if not running:
            break
        if kills["server"] and rng.random() < 0.35:
            kills["server"] -= 1
            world.server.kill()
            time.sleep(rng.uniform(0.1, 0.6))
            world.server.start()
        elif kills["client"]:
            kills["client"] -= 1
            victim = rng.choice(running)
            victim.kill()
            time.sleep(rng.uniform(0.05, 0.3))
            victim.start()
        last = time.time()
    return last


def _wait_all(clients: list[ClientProcess], budget_s: float) -> list[str]:
    deadline = time.monotonic() + budget_s
    failures = []
    for client in clients:
        code = client.wait(max(0.1, deadline - time.monotonic()))
        if code is None:
            client.kill()
            failures.append(f"{client.info.name} still running after {budget_s:.0f} s")
        elif code != 0:
            failures.append(f"{client.info.name} exited {code}")
    return failures


def _liveness(world: World, clients: list[ClientProcess], last_fault: float) -> float:
    """Seconds from the last fault (or the last edit, if later) until every queue was empty."""
    worst = 0.0
    for client in clients:
        records = journal(client.info.data)
        steps = [r["t"] for r in records if r.get("event") == "step" and "t" in r]
        drained = [r["t"] for r in records if r.get("event") == "drained"]
        quiet = max([last_fault, *steps])
        after = [t for t in drained if t >= quiet]
        if after:
            worst = max(worst, after[0] - quiet)
        elif not drained or (steps and max(drained) < max(steps)):
            worst = float("inf")  # never drained after its last edit
        # else: it had drained and exited before the last fault, with nothing left to send

    return worst


def settle(client: ClientProcess, timeout_s: float = 30.0) -> list[str]:
    """Drain once more in this process (no process start): pull what the others sent last."""
    args = client_proc.parse(
        [
            "--data",
            str(client.info.data),
            "--server",
            client.server_url,
            "--nip",
            client.info.nip,
            "--password",
            PASSWORD,
            "--drain-s",
            str(timeout_s),
        ]
    )
    local = client_proc.Client(args)
    try:
        local.sign_in()
        code = local.drain()
    finally:
        local.close()
    return [] if code == 0 else [f"{client.info.name} did not settle"]


def _sqlite_file(world: World) -> list[Path]:
    url = world.database_url
    return [Path(url.removeprefix("sqlite:///"))] if url.startswith("sqlite:///") else []
