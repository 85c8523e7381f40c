"""When to sync: triggers, backoff with full jitter, one round at a time, on one worker thread.

Plain Python (threads, no Qt), so tests drive it with an injected clock-free round function and
the app wraps it in a Qt bridge. SYNC.md "Engine behaviour (client)":
- triggers: start, a timer (60 s; 5 min while the link fails), "Sinkronkan sekarang", a new
  outbox row (debounced 2 s), network return; a trigger during a round schedules the next one;
- backoff with full jitter (2 s base, 5 min cap), reset on success;
- a round is cancelled after 10 minutes;
- never stall silently: `SyncStatus.tertahan()` turns true after 10 minutes without progress
  while changes wait, and the status carries the last error.
"""

from __future__ import annotations

import enum
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from ekinerja_desktop.errors import TransientError

log = logging.getLogger(__name__)

INTERVAL_S = 60.0
INTERVAL_FAILING_S = 300.0
DEBOUNCE_S = 2.0
BACKOFF_BASE_S = 2.0
BACKOFF_CAP_S = 300.0
ROUND_TIMEOUT_S = 600.0
STALL_AFTER_S = 600.0


class Fase(enum.StrEnum):
    """What the sync engine is doing now (the status bar's first word)."""

    SIAP = "siap"  # idle, last round fine
    SINKRON = "sinkron"  # a round is running
    LURING = "luring"  # the server cannot be reached (offline)
    GAGAL = "gagal"  # the last round failed for another reason
    PERLU_MASUK = "perlu_masuk"  # the sign-in expired or was revoked: ask for the password
    PERLU_PEMBARUAN = "perlu_pembaruan"  # the server wants a newer app (426)
    BERHENTI = "berhenti"  # not started, or stopped


class NeedsSignIn(Exception):
    """The server no longer accepts our tokens: sync pauses until the user signs in again."""


class UpgradeRequired(Exception):
    """The server supports only newer apps; local work goes on, the outbox stays."""


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    stage: str  # "hello" | "push" | "pull"


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot of the scheduler for the status bar (times are monotonic seconds)."""

    fase: Fase = Fase.BERHENTI
    progress: Progress | None = None
    last_error: str | None = None
    failures: int = 0
    last_success: float | None = None  # monotonic time of the last successful round
    last_progress: float = field(default_factory=time.monotonic)  # last success or start
    last_server_time: datetime | None = None  # the server's clock at the last success
    next_round_in: float | None = None
    pending: int = 0  # outbox rows still to push after the last round

    def tertahan(self, now: float | None = None) -> bool:
        """Changes wait and nothing has moved for 10 minutes ("Sinkronisasi tertahan")."""
        now = time.monotonic() if now is None else now
        return self.pending > 0 and now - self.last_progress >= STALL_AFTER_S


@dataclass(frozen=True)
class RoundOutcome:
    """What a round reports back to the scheduler."""

    pending: int  # operations still waiting (e.g. `blocked`, or a backlog beyond this round)
    server_time: datetime | None = None
    more: bool = False  # work left that should run again at once


RoundFn = Callable[[Callable[[int, int, str], None], Callable[[], bool]], RoundOutcome]


def backoff_delay(failures: int, rng: random.Random) -> float:
    """Full jitter: uniform in [0, min(cap, base·2^(n−1))] (AWS architecture blog)."""
    ceiling = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** max(0, failures - 1))
    return rng.uniform(0, ceiling)


class Scheduler:
    """Runs `round_fn` on its own thread whenever a trigger or the timer says so."""

    def __init__(
        self,
        round_fn: RoundFn,
        *,
        on_status: Callable[[SyncStatus], None] = lambda _s: None,
        on_error: Callable[[BaseException], None] = lambda _e: None,
        rng: random.Random | None = None,
        interval_s: float = INTERVAL_S,
        debounce_s: float = DEBOUNCE_S,
        round_timeout_s: float = ROUND_TIMEOUT_S,
    ) -> None:
        self._round_fn = round_fn
        self._on_status = on_status
        self._on_error = on_error
        self._rng = rng or random.Random()
        self._interval_s = interval_s
        self._debounce_s = debounce_s
        self._round_timeout_s = round_timeout_s
        self._cond = threading.Condition()
        self._due: float | None = None  # monotonic time of the next round
        self._stopping = False
        self._running_round = False
        self._rerun = False  # a trigger came during the round
        self._paused = False  # needs sign-in: only an explicit trigger resumes
        self._thread: threading.Thread | None = None
        self.status = SyncStatus()

    # --- control (any thread) ---------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping = False
        self._thread = threading.Thread(target=self._loop, name="sync-worker", daemon=True)
        self._set_status(fase=Fase.SIAP, last_progress=time.monotonic())
        self._thread.start()
        self.trigger("start")

    def stop(self, timeout: float = 15.0) -> bool:
        """Stop after the current round (which is asked to cancel); True if the thread ended."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        thread, self._thread = self._thread, None
        if thread is None:
            return True
        thread.join(timeout)
        self._set_status(fase=Fase.BERHENTI, progress=None)
        return not thread.is_alive()

    def trigger(self, reason: str, delay: float = 0.0) -> None:
        """Ask for a round `delay` seconds from now (or sooner if one is already due)."""
        with self._cond:
            if reason in ("manual", "signed_in"):
                self._paused = False
            if self._paused:
                return
            if self._running_round:
                self._rerun = True
                delay = max(delay, 0.0)
            due = time.monotonic() + delay
            if self._due is None or due < self._due or reason == "manual":
                self._due = due
            self._cond.notify_all()
        log.debug("sync trigger %s (in %.1f s)", reason, delay)

    def outbox_changed(self) -> None:
        """A new local edit: push it soon, but let a burst of typing settle first."""
        self.trigger("outbox", self._debounce_s)

    def sync_now(self) -> None:
        """ "Sinkronkan sekarang": a round at once, whatever the backoff says."""
        self.trigger("manual")

    def network_returned(self) -> None:
        """The OS says the link is back: a round at once rather than at the end of a backoff
        that may have grown to minutes while offline."""
        self.trigger("network")

    @property
    def running(self) -> bool:
        return self._thread is not None

    # --- the worker -------------------------------------------------------------------------

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._stopping and not self._is_due():
                    self._cond.wait(self._wait_time())
                if self._stopping:
                    return
                self._due = None
                self._running_round = True
                self._rerun = False
            try:
                self._one_round()
            finally:
                with self._cond:
                    self._running_round = False
                    if self._rerun and not self._paused:
                        self._due = min(self._due or time.monotonic(), time.monotonic())

    def _is_due(self) -> bool:
        return self._due is not None and time.monotonic() >= self._due

    def _wait_time(self) -> float | None:
        if self._due is None:
            return None
        return max(0.0, self._due - time.monotonic())

    def _one_round(self) -> None:
        started = time.monotonic()

        def progress(done: int, total: int, stage: str) -> None:
            self._set_status(fase=Fase.SINKRON, progress=Progress(done, total, stage))

        def cancelled() -> bool:
            return self._stopping or time.monotonic() - started > self._round_timeout_s

        self._set_status(fase=Fase.SINKRON, progress=Progress(0, 0, "hello"))
        try:
            outcome = self._round_fn(progress, cancelled)
        except NeedsSignIn as error:
            with self._cond:
                self._paused = True
            self._failed(Fase.PERLU_MASUK, error, schedule=None)
        except UpgradeRequired as error:
            self._failed(Fase.PERLU_PEMBARUAN, error, schedule=INTERVAL_FAILING_S)
        except TransientError as error:
            self._failed(Fase.LURING, error, schedule=self._backoff())
        except Exception as error:  # a bug or a permanent server answer: retry, slowly
            log.exception("sync round failed")
            self._failed(Fase.GAGAL, error, schedule=self._backoff())
        else:
            self._succeeded(outcome)

    def _backoff(self) -> float:
        return backoff_delay(self.status.failures + 1, self._rng)

    def _succeeded(self, outcome: RoundOutcome) -> None:
        now = time.monotonic()
        delay = 0.0 if outcome.more else self._interval_s
        self._set_status(
            fase=Fase.SIAP,
            progress=None,
            last_error=None,
            failures=0,
            last_success=now,
            last_progress=now,
            last_server_time=outcome.server_time or self.status.last_server_time,
            pending=outcome.pending,
            next_round_in=delay,
        )
        self._schedule(delay)

    def _failed(self, fase: Fase, error: BaseException, schedule: float | None) -> None:
        message = str(error) or type(error).__name__
        log.warning("sync round failed (%s): %s", fase.value, message)
        self._set_status(
            fase=fase,
            progress=None,
            last_error=message,
            failures=self.status.failures + 1,
            next_round_in=schedule,
        )
        self._on_error(error)
        if schedule is not None:
            self._schedule(schedule)

    def _schedule(self, delay: float) -> None:
        with self._cond:
            due = time.monotonic() + delay
            if self._due is None or due < self._due:
                self._due = due

    def set_pending(self, pending: int) -> None:
        """The outbox count changed locally (the status bar shows it before the next round)."""
        if pending == 0:
            self._set_status(pending=0, last_progress=time.monotonic())
        elif self.status.pending == 0:
            # The clock of "nothing moved" starts when something starts waiting.
            self._set_status(pending=pending, last_progress=time.monotonic())
        else:
            self._set_status(pending=pending)

    def _set_status(self, **changes: object) -> None:
        with self._cond:
            self.status = replace(self.status, **changes)  # type: ignore[arg-type]
            status = self.status
        self._on_status(status)
