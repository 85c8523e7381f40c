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
    # issue 4 (rekap/kurva/keberatan helper): keberatan routing, penjelasan time, decision text
    with op.batch_alter_table("keberatan") as batch_op:
        batch_op.add_column(sa.Column("pejabat_penilai_id", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("atasan_pejabat_penilai_id", sa.String(length=36), nullable=True)
        )
        batch_op.add_column(sa.Column("rekomendasi", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("dijelaskan_pada", sa.DateTime(), nullable=True))
        batch_op.create_index("ix_keberatan_pejabat_penilai_id", ["pejabat_penilai_id"])
        batch_op.create_index(
            "ix_keberatan_atasan_pejabat_penilai_id", ["atasan_pejabat_penilai_id"]
        )
        batch_op.create_foreign_key(
            "fk_keberatan_pejabat_penilai_id_pegawai", "pegawai", ["pejabat_penilai_id"], ["id"]
        )
        batch_op.create_foreign_key(
            "fk_keberatan_atasan_pejabat_penilai_id_pegawai",
            "pegawai",
            ["atasan_pejabat_penilai_id"],
            ["id"],
        )
    # --- issue 6: dokumen ---


def downgrade() -> None:
    # --- issue 6: dokumen ---
    # --- issue 4: penilaian ---
    # issue 4 (rekap/kurva/keberatan helper)
    with op.batch_alter_table("keberatan") as batch_op:
        batch_op.drop_constraint(
            "fk_keberatan_atasan_pejabat_penilai_id_pegawai", type_="foreignkey"
        )
        batch_op.drop_constraint("fk_keberatan_pejabat_penilai_id_pegawai", type_="foreignkey")
        batch_op.drop_index("ix_keberatan_atasan_pejabat_penilai_id")
        batch_op.drop_index("ix_keberatan_pejabat_penilai_id")
        batch_op.drop_column("dijelaskan_pada")
        batch_op.drop_column("rekomendasi")
        batch_op.drop_column("atasan_pejabat_penilai_id")
        batch_op.drop_column("pejabat_penilai_id")
    # --- issue 3: perencanaan ---
    with op.batch_alter_table("instansi") as batch_op:
        batch_op.drop_column("wajib_feedback_sebelum_rating")
