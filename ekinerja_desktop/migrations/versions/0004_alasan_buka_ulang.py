"""alasan buka ulang: the reason an admin gave for reopening a period

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("periode_dibuka_ulang") as batch_op:
        batch_op.add_column(sa.Column("alasan", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("periode_dibuka_ulang") as batch_op:
        batch_op.drop_column("alasan")
