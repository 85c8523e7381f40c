"""Small steps the named scenarios share: drafting, reading the server, checking invariants."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import Pendekatan
from ekinerja_desktop.models import OutboxEntry, SyncIssue, SyncState
from ekinerja_desktop.models.base import SyncedMixin
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_server.models import OpOutcome
from tests.faults.client_proc import Client
from tests.faults.harness import World, today
from tests.faults.invariants import ClientInfo, Report, check_all
from tests.faults.model import Model
from tests.support import tambah_iki_lengkap

M = TypeVar("M", bound=SyncedMixin)
_YEARS = itertools.count(3001)  # apart from the workload's years (base_year on)


def skp(laptop: Client) -> LayananSkp:
    return LayananSkp(laptop.uow)


def draft(laptop: Client, rhks: int = 1, lengkap: bool = False) -> tuple[str, list[str]]:
    """A Draft SKP of a year no other test uses, with `rhks` RHK, made locally; `lengkap`:
    each RHK with a complete IKI, so that the SKP can be submitted."""
    year = next(_YEARS)
    layanan = skp(laptop)
    skp_id = layanan.buat_skp(date(year, 1, 1), date(year, 12, 31), Pendekatan.KUANTITATIF)
    rhk_ids = [layanan.tambah_rhk(skp_id, f"RHK {n + 1} tahun {year}") for n in range(rhks)]
    for rhk_id in rhk_ids if lengkap else ():
        tambah_iki_lengkap(layanan, rhk_id)
    return skp_id, rhk_ids


def on_server(world: World, model: type[M], id_: str) -> M:
    engine = world.engine()
    try:
        with Session(engine) as session:
            row = session.get(model, id_)
            assert row is not None, f"{model.__name__} {id_} not on the server"
            session.expunge(row)
            return row
    finally:
        engine.dispose()


def local(laptop: Client, model: type[M], id_: str) -> M | None:
    with laptop.uow.read() as session:
        row = session.get(model, id_)
        if row is not None:
            session.expunge(row)
        return row


def outcome(world: World, op_id: str) -> OpOutcome:
    engine = world.engine()
    try:
        with Session(engine) as session:
            row = session.scalar(select(OpOutcome).where(OpOutcome.op_id == op_id))
            assert row is not None, f"no outcome for {op_id}"
            session.expunge(row)
            return row
    finally:
        engine.dispose()


def last_op(laptop: Client, op: str) -> OutboxEntry | Any:
    """The newest op of this kind recorded here (still in the outbox or in the sent log)."""
    from ekinerja_desktop.models import SentLog

    found: list[Any] = []
    with laptop.uow.read() as session:
        for model in (OutboxEntry, SentLog):
            row = session.scalar(
                select(model).where(model.op == op).order_by(model.client_seq.desc()).limit(1)
            )
            if row is not None:
                session.expunge(row)
                found.append(row)
    assert found, f"{laptop.name} recorded no {op}"
    return max(found, key=lambda row: row.client_seq)


def issues(laptop: Client) -> list[SyncIssue]:
    with laptop.uow.read() as session:
        rows = list(session.scalars(select(SyncIssue)))
        for row in rows:
            session.expunge(row)
        return rows


def state(laptop: Client) -> SyncState:
    with laptop.uow.read() as session:
        row = session.get(SyncState, laptop.args.nip)
        assert row is not None
        session.expunge(row)
        return row


def info(laptop: Client) -> ClientInfo:
    assert laptop.uow.aktor is not None
    return ClientInfo(laptop.name, laptop.data, laptop.args.nip, laptop.uow.aktor.pegawai_id)


def rounds(*laptops: Client) -> None:
    for laptop in laptops:
        assert laptop.round(), f"{laptop.name}: the round failed"


def holds(
    world: World,
    laptops: Iterable[Client],
    model: Model | None,
    skip: Iterable[str] = (),
) -> Report:
    """The invariants over these laptops (model equivalence only with a model); asserts."""
    laptops = list(laptops)
    for laptop in laptops:
        assert laptop.drain() == 0, f"{laptop.name} did not drain"
    engine = world.engine()
    try:
        databases = [laptop.database for laptop in (info(x) for x in laptops)]
        if world.database_url.startswith("sqlite:///"):
            from pathlib import Path

            databases.append(Path(world.database_url.removeprefix("sqlite:///")))
        report = check_all(
            engine,
            model,
            [info(x) for x in laptops],
            today(),
            databases,
            only_these_clients=world.shared,
        )
    finally:
        engine.dispose()
    skipped = set(skip)
    failures = [f for f in report.failures if not any(f.startswith(f"[{s}]") for s in skipped)]
    assert not failures, "\n".join([*failures, world.explain()])
    return report
