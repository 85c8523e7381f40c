"""Error classes by who must act: the user (shown), time (retried), or us (a bug, crash dialog)."""

from __future__ import annotations

from ekinerja_desktop.domain.errors import DomainError


class UserError(DomainError):
    """Something the user can fix or must know; the message is Indonesian and shown as is."""


class NotFoundError(UserError):
    """The record asked for does not exist (any more) on this computer."""


class ForbiddenError(UserError):
    """The acting user may not do this (advisory on the client; the server decides)."""


class DatabaseTooNewError(UserError):
    """The database was written by a newer release of the app."""


class TransientError(Exception):
    """A failure that may go away by itself (network, a busy server); retry later."""
