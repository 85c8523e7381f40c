"""The scheduler: one round at a time, triggers, backoff with jitter, retries by itself."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable

import pytest

from ekinerja_desktop.errors import TransientError
from ekinerja_desktop.sync.scheduler import (
    BACKOFF_CAP_S,
    STALL_AFTER_S,
    Fase,
    NeedsSignIn,
    RoundOutcome,
    Scheduler,
    SyncStatus,
    backoff_delay,
)

WAIT_S = 10.0


def wait_until(predicate: Callable[[], bool], timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.005)


class Rounds:
    """A round function that records calls, may fail, and may block until released."""

    def __init__(self, failures: list[BaseException] | None = None) -> None:
        self.calls = 0
        self.concurrent = 0
        self.max_concurrent = 0
        self.failures = list(failures or [])
        self.gate: threading.Event | None = None
        self.lock = threading.Lock()

    def __call__(
        self, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]
    ) -> RoundOutcome:
        with self.lock:
            self.calls += 1
            self.concurrent += 1
            self.max_concurrent = max(self.max_concurrent, self.concurrent)
        try:
            progress(1, 2, "push")
            if self.gate is not None:
                assert self.gate.wait(WAIT_S)
            if self.failures:
                raise self.failures.pop(0)
            return RoundOutcome(pending=0)
        finally:
            with self.lock:
                self.concurrent -= 1


def make(rounds: Rounds, **kw: float) -> tuple[Scheduler, list[SyncStatus]]:
    seen: list[SyncStatus] = []
    options = {"interval_s": 3600.0, "debounce_s": 0.05, **kw}
    scheduler = Scheduler(rounds, on_status=seen.append, rng=random.Random(7), **options)
    return scheduler, seen


def test_full_jitter_backoff_stays_within_the_growing_ceiling() -> None:
    rng = random.Random(1)
    for failures, ceiling in ((1, 2.0), (2, 4.0), (3, 8.0), (12, BACKOFF_CAP_S)):
        delays = [backoff_delay(failures, rng) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling * 0.8  # jitter spreads over the whole range
    assert backoff_delay(50, rng) <= BACKOFF_CAP_S


def test_start_runs_a_round_and_the_timer_the_next() -> None:
    rounds = Rounds()
    scheduler, seen = make(rounds, interval_s=0.05)
    scheduler.start()
    try:
        wait_until(lambda: rounds.calls >= 3)
    finally:
        assert scheduler.stop()
    assert any(s.fase is Fase.SINKRON and s.progress is not None for s in seen)
    assert scheduler.status.fase is Fase.BERHENTI


def test_one_transient_failure_is_retried_by_itself_without_new_edits() -> None:
    rounds = Rounds([TransientError("server tidak dapat dihubungi")])
    scheduler, seen = make(rounds)
    # The first backoff is at most 2 s; the seeded rng keeps this test short.
    scheduler.start()
    try:
        wait_until(lambda: rounds.calls >= 2 and scheduler.status.fase is Fase.SIAP)
    finally:
        scheduler.stop()
    luring = [s for s in seen if s.fase is Fase.LURING]
    assert luring and luring[0].last_error == "server tidak dapat dihubungi"
    assert luring[0].next_round_in is not None and luring[0].next_round_in <= 2.0
    assert scheduler.status.failures == 0 or scheduler.status.fase is Fase.BERHENTI


def test_a_trigger_during_a_round_schedules_the_next_and_rounds_never_overlap() -> None:
    rounds = Rounds()
    rounds.gate = threading.Event()
    scheduler, _ = make(rounds)
    scheduler.start()
    try:
        wait_until(lambda: rounds.calls == 1)
        scheduler.outbox_changed()  # an edit while the round runs
        scheduler.sync_now()
        rounds.gate.set()
        wait_until(lambda: rounds.calls == 2)
    finally:
        scheduler.stop()
    assert rounds.max_concurrent == 1


def test_a_burst_of_edits_is_debounced_into_one_round() -> None:
    rounds = Rounds()
    scheduler, _ = make(rounds, debounce_s=0.3)
    scheduler.start()
    try:
        wait_until(lambda: rounds.calls == 1 and scheduler.status.fase is Fase.SIAP)
        for _ in range(20):
            scheduler.outbox_changed()
        wait_until(lambda: rounds.calls == 2)
        time.sleep(0.5)  # not a GUI test: make sure no third round follows the burst
    finally:
        scheduler.stop()
    assert rounds.calls == 2


def test_an_expired_sign_in_pauses_until_the_user_signs_in_again() -> None:
    rounds = Rounds([NeedsSignIn("masuk kembali")])
    scheduler, _ = make(rounds, interval_s=0.01)
    scheduler.start()
    try:
        wait_until(lambda: scheduler.status.fase is Fase.PERLU_MASUK)
        scheduler.outbox_changed()  # edits go on locally, sync waits for the password
        time.sleep(0.2)
        assert rounds.calls == 1
        scheduler.trigger("signed_in")
        wait_until(lambda: rounds.calls >= 2)
    finally:
        scheduler.stop()


@pytest.mark.parametrize(
    ("pending", "idle_s", "stalled"), [(3, 601, True), (3, 30, False), (0, 9999, False)]
)
def test_tertahan_after_ten_minutes_without_progress_while_changes_wait(
    pending: int, idle_s: float, stalled: bool
) -> None:
    status = SyncStatus(pending=pending, last_progress=1000.0, last_error="HTTP 502")
    assert status.tertahan(now=1000.0 + idle_s) is stalled
    assert STALL_AFTER_S == 600


def test_the_network_coming_back_cuts_a_long_backoff_short() -> None:
    rounds = Rounds([TransientError("server tidak dapat dihubungi")] * 20)
    scheduler, _ = make(rounds)
    scheduler.start()
    try:
        # The seeded jitter reaches a wait of more than 5 s within a few failures.
        wait_until(lambda: (scheduler.status.next_round_in or 0) > 5, timeout=20.0)
        calls = rounds.calls
        scheduler.network_returned()
        wait_until(lambda: rounds.calls > calls, timeout=2.0)
    finally:
        scheduler.stop()
