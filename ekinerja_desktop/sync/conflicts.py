"""The user's resolution of a conflict or refusal (SYNC.md "Conflicts and the workflow").

"Pakai punya saya" re-applies the user's values as a NEW operation on the record's current
version (the server decides again, with the same rules); "pakai versi server" keeps the
server's value. Both close the issue here at once and are recorded on the server by the next
sync round (`SyncEngine.send_resolutions`), so every device of the user sees the same list.
"""

from __future__ import annotations

from typing import Any

from ekinerja_desktop.errors import NotFoundError, UserError
from ekinerja_desktop.models import SyncIssue
from ekinerja_desktop.services import entities
from ekinerja_desktop.services.uow import Tulis, UnitOfWork
from ekinerja_desktop.sync import apply
from ekinerja_desktop.sync import protocol as p

#: Refusals that the same value would get again: only "pakai versi server" makes sense.
ALASAN_TANPA_ULANG = frozenset(
    {"skp_locked", "forbidden", "deleted", "not_found", "field_not_editable", "unknown_op"}
)


def bisa_pakai_punya_saya(kind: str, op: str, reason: str, resolution: str | None) -> bool:
    """Whether re-applying the user's value can work: an open conflict or refusal of a record
    create/update whose reason is not permanent."""
    if resolution is not None or reason in ALASAN_TANPA_ULANG:
        return False
    verb = p.split_op(op)[1]
    return p.is_record_op(op) and verb in ("create", "update") and kind in ("conflict", "refused")


def pakai_punya_saya(uow: UnitOfWork, issue_id: str) -> str | None:
    """Re-apply the user's value on the current version; returns the new operation's id
    (None when the record already holds exactly that value)."""
    with uow.write() as t:
        issue = _open_issue(t, issue_id)
        if not bisa_pakai_punya_saya(issue.kind, issue.op, issue.reason, issue.resolution):
            raise UserError(
                "Nilai Anda tidak dapat diterapkan ulang untuk masalah ini; "
                "pilih \u201cpakai versi server\u201d atau hubungi pejabat penilai."
            )
        model = p.ENTITY_MODELS[p.split_op(issue.op)[0]]
        obj = t.session.get(model, issue.entity_id)
        if obj is None or obj.deleted_at is not None:
            raise NotFoundError("Data ini sudah dihapus; nilai Anda tetap tercatat di sini.")
        mine = _my_fields(issue.local_value)
        values = p.fields_from_json(model, mine)
        before = len(t.entries)
        entities.update(t, obj, **values)
        t.session.flush()  # the outbox row's op_id is filled in at flush
        op_id = t.entries[-1].op_id if len(t.entries) > before else None
        _close(t, issue, "mine", op_id)
        return op_id


def pakai_versi_server(uow: UnitOfWork, issue_id: str) -> None:
    """Keep the server's value and close the issue (the user's value stays in the history)."""
    with uow.write() as t:
        issue = _open_issue(t, issue_id)
        _close(t, issue, "server", None)


def _open_issue(t: Tulis, issue_id: str) -> SyncIssue:
    issue = t.session.get(SyncIssue, issue_id)
    if issue is None:
        raise NotFoundError("Konflik tidak ditemukan.")
    if issue.resolution is not None:
        raise UserError("Konflik ini sudah diselesaikan.")
    return issue


def _my_fields(local_value: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (local_value or {}).items() if not k.startswith("_")}


def _close(t: Tulis, issue: SyncIssue, resolution: str, op_id: str | None) -> None:
    issue.resolution = resolution
    issue.resolved_at = t.now
    unsent = apply.resolusi_belum_terkirim(t.session)
    unsent[issue.id] = {"resolution": resolution, "op_id": op_id}
    apply.simpan_resolusi_belum_terkirim(t.session, unsent)
    # Its own row in the change set: the Konflik list refreshes from it.
    t.session.info.setdefault("changes", set()).add(("sync_issue", issue.id))
