"""perencanaan, penilaian and dokumen features

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Several features land together here; each keeps its own section so edits do not collide.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # --- instansi settings (foundation) ---
    with op.batch_alter_table("instansi") as batch_op:
        batch_op.add_column(
            sa.Column(
                "wajib_feedback_sebelum_rating",
                sa.Boolean(),
                nullable=False,
                server_default=sa.true(),
            )
        )
    # --- issue 3: perencanaan ---
    # --- issue 4: penilaian ---
    # --- issue 6: dokumen ---


def downgrade() -> None:
    # --- issue 6: dokumen ---
    # --- issue 4: penilaian ---
    # --- issue 3: perencanaan ---
    with op.batch_alter_table("instansi") as batch_op:
        batch_op.drop_column("wajib_feedback_sebelum_rating")
