"""The seeded workload of the fault tests: what each role types, through the real services.

Roles (SYNC.md "Proving it": the real role mix):
- `P` the pegawai: drafts SKPs of fresh years (RHK, IKI, edits, deletes), submits them;
- `K` the PPK (P's atasan): approves or returns what was submitted, gives feedback and rates
  P's approved SKP of the demo year (`ctx.pp`, its Final periode penilaian);
- `T` the ketua tim (P's team, also P's colleague, also under K): drafts its own SKPs, gives
  ketua-tim feedback on P's approved SKP.
About 10 % of the steps are forbidden or stale on purpose: written straight into the outbox (as
a buggy or outdated client would), since the services refuse them early.

A step reads the local database to choose (so it reacts to what was pulled), performs one
service call (one unit of work) and returns what it did; a choice the services refuse because
the local state moved is skipped. Every decision comes from the step's `random.Random`.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from ekinerja_desktop.domain import DomainError, Pendekatan, Rating, SifatFeedback, StatusSkp
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.models import Feedback, Iki, Rhk, Skp
from ekinerja_desktop.services.blobs import BlobStore
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import UnitOfWork
from tests.support import lengkapi_skp

FORBIDDEN_SHARE = 0.10


@dataclass(frozen=True)
class Context:
    """Shared facts every client process gets (written by the harness)."""

    pp: str  # P's Final periode penilaian (approved SKP of the demo year)
    pp_skp: str
    pp_ikis: tuple[str, ...]
    roles: dict[str, str]  # role → pegawai id
    base_year: int  # fresh SKPs start here (no demo data in those years)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Context:
        return cls(
            pp=data["pp"],
            pp_skp=data["pp_skp"],
            pp_ikis=tuple(data["pp_ikis"]),
            roles=dict(data["roles"]),
            base_year=int(data["base_year"]),
        )


class Workload:
    def __init__(
        self,
        role: str,
        rng: random.Random,
        uow: UnitOfWork,
        ctx: Context,
        blobs: BlobStore,
        years: range | None = None,
    ) -> None:
        """`years`: the SKP years this workload works in (default: from `ctx.base_year` on);
        a window of its own keeps a run's choices independent of older runs' records."""
        self.role = role
        self.years = years or range(ctx.base_year, 3000)  # (the scenarios draft from 3001)
        self.feedback_given = False
        self.rng = rng
        self.uow = uow
        self.ctx = ctx
        self.skp = LayananSkp(uow)
        self.penilaian = LayananPenilaian(uow, blobs)
        self.me = ctx.roles[role]
        self.counter = 0

    # --- one step -------------------------------------------------------------------------

    def step(self) -> str:
        self.counter += 1
        try:
            if self.role == "K":
                return self._ppk()
            if self.role == "T" and self.rng.random() < 0.3:
                return self._feedback("KETUA_TIM")
            return self._pemilik()
        except (UserError, DomainError):
            return "skip"

    # --- the pegawai (P, and T for its own SKPs) ------------------------------------------

    def _pemilik(self) -> str:
        rng = self.rng
        drafts = self._skps(self.me, StatusSkp.DRAFT)
        r = rng.random()
        if r < FORBIDDEN_SHARE:
            return self._forbidden_pemilik()
        if not drafts or r < 0.14:
            return self._new_skp()
        skp_id = rng.choice(drafts)
        rhks = self._live(Rhk, Rhk.skp_id == skp_id)
        ikis = self._live_iki(rhks)
        r = rng.random()
        if not rhks or r < 0.22:
            self.skp.tambah_rhk(skp_id, self._text("RHK"))
            return "rhk.create"
        if r < 0.52:
            self.skp.ubah_rhk(rng.choice(rhks), teks=self._text("RHK diubah"))
            return "rhk.update"
        if r < 0.67:
            self.skp.tambah_iki(rng.choice(rhks), self._text("IKI"), target_min="1")
            return "iki.create"
        if r < 0.80 and ikis:
            self.skp.ubah_iki(rng.choice(ikis), indikator=self._text("IKI diubah"))
            return "iki.update"
        if r < 0.86 and len(rhks) > 1:
            self.skp.hapus_rhk(rng.choice(rhks))
            return "rhk.delete"
        lengkapi_skp(self.skp, skp_id)  # as a pegawai does after "Ajukan SKP" lists the errors
        self.skp.ubah_status(skp_id, StatusSkp.PENGAJUAN)
        return "skp.submit"

    def _new_skp(self) -> str:
        with self.uow.read() as session:
            years = session.scalars(
                select(Skp.tahun).where(
                    Skp.pegawai_id == self.me,
                    Skp.tahun >= self.years.start,
                    Skp.tahun < self.years.stop,
                )
            ).all()
        year = max(years, default=self.years.start - 1) + 1
        if year >= self.years.stop:
            return "skip"
        self.skp.buat_skp(date(year, 1, 1), date(year, 12, 31), Pendekatan.KUANTITATIF)
        return "skp.create"

    def _forbidden_pemilik(self) -> str:
        """An edit of an SKP no longer in Draft (stale), or approving one's own SKP."""
        locked = self._skps(self.me, StatusSkp.PENGAJUAN) + self._skps(
            self.me, StatusSkp.PERSETUJUAN
        )
        if locked and self.rng.random() < 0.6:
            rhks = self._live(Rhk, Rhk.skp_id == self.rng.choice(locked))
            if rhks:
                return self._raw("rhk.update", self.rng.choice(rhks), {"teks": "terlambat"}, 1)
        mine = self._skps(self.me, None)
        if not mine:
            return self._new_skp()
        target = self.rng.choice(mine)
        return self._raw(
            "skp.approve", target, {"dari": "PENGAJUAN", "ke": "PERSETUJUAN", "versi_isi": 0}
        )

    # --- the PPK (K) ----------------------------------------------------------------------

    def _ppk(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < FORBIDDEN_SHARE:
            return self._forbidden_ppk()
        submitted = self._skps(None, StatusSkp.PENGAJUAN)
        if submitted and r < 0.65:
            skp_id = rng.choice(submitted)
            if rng.random() < 0.65:
                self.skp.ubah_status(skp_id, StatusSkp.PERSETUJUAN)
                return "skp.approve"
            self.skp.ubah_status(skp_id, StatusSkp.DRAFT, catatan=self._text("Perbaiki"))
            return "skp.return"
        if r < 0.88 or not self.feedback_given:
            return self._feedback("ATASAN")
        self.penilaian.set_rating(
            self.ctx.pp,
            rng.choice(list(Rating)),
            rng.choice(list(Rating)),
        )
        return "rating.set"

    def _forbidden_ppk(self) -> str:
        """Editing the pegawai's RHK (not the PPK's), or approving on a stale versi_isi."""
        submitted = self._skps(None, StatusSkp.PENGAJUAN)
        if submitted and self.rng.random() < 0.4:
            skp_id = self.rng.choice(submitted)
            with self.uow.read() as session:
                skp = session.get(Skp, skp_id)
                versi = (skp.versi_isi if skp else 0) + 1  # not what the server has
            return self._raw(
                "skp.approve",
                skp_id,
                {"dari": "PENGAJUAN", "ke": "PERSETUJUAN", "versi_isi": versi},
            )
        return self._foreign_rhk_edit()

    # --- feedback (K as atasan, T as ketua tim) ----------------------------------------------

    def _feedback(self, sumber: str) -> str:
        if self.role == "T" and self.rng.random() < FORBIDDEN_SHARE * 3:
            return self._foreign_rhk_edit()
        iki = self.rng.choice(self.ctx.pp_ikis)
        sifat = SifatFeedback.POSITIF if self.rng.random() < 0.7 else SifatFeedback.NEGATIF
        self.penilaian.tambah_feedback(self.ctx.pp, sifat, self._text(sumber), iki_id=iki)
        self.feedback_given = True
        return "feedback.add"

    def _foreign_rhk_edit(self) -> str:
        owner = self.ctx.roles["P"]
        skps = self._skps(owner, None)
        rhks = self._live(Rhk, Rhk.skp_id.in_(skps)) if skps else []
        if not rhks:
            return self._raw(
                "skp.approve",
                self.ctx.pp_skp,
                {"dari": "PENGAJUAN", "ke": "PERSETUJUAN", "versi_isi": 0},
            )
        return self._raw("rhk.update", self.rng.choice(rhks), {"teks": "bukan milik saya"}, 1)

    # --- helpers ---------------------------------------------------------------------------

    def _skps(self, owner: str | None, status: StatusSkp | None) -> list[str]:
        owners = [owner] if owner else [self.ctx.roles["P"], self.ctx.roles["T"]]
        query = select(Skp.id).where(
            Skp.pegawai_id.in_(owners),
            Skp.tahun >= self.years.start,
            Skp.tahun < self.years.stop,
            Skp.deleted_at.is_(None),
        )
        if status is not None:
            query = query.where(Skp.status == status)
        with self.uow.read() as session:
            return sorted(session.scalars(query.order_by(Skp.tahun)))

    def _live(self, model: type[Rhk], *where: Any) -> list[str]:
        with self.uow.read() as session:
            query = select(model.id).where(model.deleted_at.is_(None), *where)
            return sorted(session.scalars(query))

    def _live_iki(self, rhks: list[str]) -> list[str]:
        if not rhks:
            return []
        with self.uow.read() as session:
            query = select(Iki.id).where(Iki.deleted_at.is_(None), Iki.rhk_id.in_(rhks))
            return sorted(session.scalars(query))

    def _text(self, what: str) -> str:
        return f"{what} {self.role}{self.counter} {self.rng.randrange(10**6)}"

    def _raw(
        self, op: str, entity_id: str, payload: dict[str, Any], base_version: int | None = None
    ) -> str:
        """An op the services would refuse, straight into the outbox (nothing local changes)."""
        if op == "skp.approve":
            payload = {**payload, "catatan": None, "riwayat_id": str(uuid.uuid4())}
        with self.uow.write() as t:
            t.outbox(op, entity_id, payload, base_version)
        return f"raw:{op}"


def atasan_feedback_ada(uow: UnitOfWork, pp: str) -> bool:
    with uow.read() as session:
        found = session.scalar(
            select(Feedback.id).where(
                Feedback.periode_penilaian_id == pp,
                Feedback.sumber == "ATASAN",
                Feedback.iki_id.is_not(None),
                Feedback.deleted_at.is_(None),
            )
        )
    return found is not None
