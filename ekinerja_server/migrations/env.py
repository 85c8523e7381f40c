"""Alembic environment of the server: the domain tables and the server-only tables, one history.

Run programmatically by `ekinerja_server.migrate.upgrade`, which passes its own connection
(Alembic cookbook, "Sharing a Connection across one or more programmatic migration commands").
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import ekinerja_desktop.models  # noqa: F401  (registers every domain table on Base.metadata)
from ekinerja_desktop.models.base import Base as DesktopBase
from ekinerja_server.migrate import include_object
from ekinerja_server.models import ServerBase

config = context.config
# Domain tables first: server tables refer to them (akun.pegawai_id → pegawai.id).
target_metadata = [DesktopBase.metadata, ServerBase.metadata]


def run_migrations(connection: Connection) -> None:
    # Batch mode rebuilds SQLite tables for ALTERs that SQLite cannot do in place;
    # on PostgreSQL it emits plain ALTERs.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    # Only for the plain `alembic` command line during development (e.g. autogenerate).
    from ekinerja_server.db import create_server_engine

    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("set sqlalchemy.url, or call ekinerja_server.migrate.upgrade()")
    engine = create_server_engine(url)
    try:
        with engine.connect() as conn, conn.begin():
            run_migrations(conn)
    finally:
        engine.dispose()
else:
    run_migrations(connection)
