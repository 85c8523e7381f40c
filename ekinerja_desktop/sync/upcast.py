"""Upcasters: an operation's payload from one schema version to the next (SYNC.md "Versions").

One registry for both sides. The server upcasts what a client one version behind sends
(`N−1 → N`); a client upcasts its own older outbox rows at push time, so rows recorded before
an upgrade reach the server in the shape it knows — the rows themselves are never rewritten
(client migrations never touch the outbox). A schema change is additive first; an upcaster is
needed only where a payload's meaning moves (a renamed or split field, a new required value).

`UPCASTERS[n]` turns a schema-`n` payload into a schema-`n+1` one; a missing entry means the
shapes are the same. At schema 1 the registry is empty; the fault tests register a real one for
a test-only schema 2.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Upcaster = Callable[[str, dict[str, Any]], dict[str, Any]]

#: from-version → upcaster to from-version + 1.
UPCASTERS: dict[int, Upcaster] = {}


def upcast(op: str, payload: Mapping[str, Any], version: int, target: int) -> dict[str, Any]:
    """`payload` of `op`, recorded at schema `version`, in the shape of schema `target`."""
    out = dict(payload)
    while version < target:
        step = UPCASTERS.get(version)
        if step is not None:
            out = step(op, dict(out))
        version += 1
    return out
