"""Alembic environment: run programmatically by `db.upgrade` on the app's own connection."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import ekinerja_desktop.models  # noqa: F401  (registers every table on Base.metadata)
from ekinerja_desktop.models.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection: Connection) -> None:
    # Batch mode rebuilds SQLite tables for ALTERs that SQLite cannot do in place.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    from ekinerja_desktop.db import create_sqlite_engine

    engine = create_sqlite_engine(
        config.get_main_option("sqlalchemy.url", ":memory:") or ":memory:"
    )
    with engine.connect() as conn, conn.begin():
        run_migrations(conn)
else:
    run_migrations(connection)
