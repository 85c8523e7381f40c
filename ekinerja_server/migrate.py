"""Bring a server database to the current schema, and give a new database its epoch."""

from __future__ import annotations

import logging
import uuid

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, insert, select

from ekinerja_server.db import connect, create_server_engine
from ekinerja_server.models import SERVER_EPOCH_KEY, SeqCounter, ServerMeta

log = logging.getLogger(__name__)

# Desktop-only tables on the shared metadata (SYNC.md "Client tables"). Revision 0001 created
# them on the server too (empty, harmless; `app_meta` is used by the demo generator); from then
# on autogenerate ignores them, so a change to them needs no server migration.
CLIENT_ONLY_TABLES = frozenset({"outbox", "sent_log", "sync_state", "sync_issue", "blob"})


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's filter: everything but the desktop-only tables (and their indexes)."""
    table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    return table not in CLIENT_ONLY_TABLES


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configured in code: the migrations ship inside the package, no alembic.ini."""
    config = Config()
    config.set_main_option("script_location", "ekinerja_server:migrations")
    config.attributes["connection"] = connection
    return config


def upgrade(database_url: str) -> str:
    """Migrate to head and return the database's `server_epoch`.

    Schema and first rows are written in one transaction (PostgreSQL and SQLite both have
    transactional DDL), so a failed first run leaves no half-made database with no epoch.
    Raises `DatabaseUnavailableError` if the database cannot be reached.
    """
    engine = create_server_engine(database_url)
    try:
        with connect(engine) as connection, connection.begin():
            command.upgrade(alembic_config(connection), "head")
            return _ensure_first_rows(connection)
    finally:
        engine.dispose()


def read_server_epoch(connection: Connection) -> str | None:
    return connection.scalar(select(ServerMeta.value).where(ServerMeta.key == SERVER_EPOCH_KEY))


def _ensure_first_rows(connection: Connection) -> str:
    # The epoch is made with the database and never changes: clients compare it to detect a
    # restore from backup or a different server (SYNC.md "Versions and recovery").
    epoch = read_server_epoch(connection)
    if epoch is None:
        epoch = str(uuid.uuid4())
        connection.execute(insert(ServerMeta).values(key=SERVER_EPOCH_KEY, value=epoch))
        log.info("new database, server_epoch %s", epoch)
    if connection.scalar(select(SeqCounter.id)) is None:
        connection.execute(insert(SeqCounter).values(id=1, value=0))
    return epoch
