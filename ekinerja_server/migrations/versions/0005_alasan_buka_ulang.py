"""alasan buka ulang: the reason an admin gave for reopening a period (desktop migration 0004).

The server migrates the same domain tables as the desktop in its own history. A nullable text
column, no server default, so the same DDL runs on PostgreSQL.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("periode_dibuka_ulang", schema=None) as batch_op:
        batch_op.add_column(sa.Column("alasan", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("periode_dibuka_ulang", schema=None) as batch_op:
        batch_op.drop_column("alasan")
