"""service: workers' claims on sources, scheduled publication, job runs

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 12:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import veille.storage.models

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(length=100), nullable=True))
        batch.add_column(
            sa.Column("claimed_until", veille.storage.models.UTCDateTime(), nullable=True)
        )
    with op.batch_alter_table("issues") as batch:
        batch.add_column(sa.Column("send_at", veille.storage.models.UTCDateTime(), nullable=True))
    op.create_table(
        "job_runs",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("started_at", veille.storage.models.UTCDateTime(), nullable=False),
        sa.Column("finished_at", veille.storage.models.UTCDateTime(), nullable=True),
        sa.Column("ok", sa.Boolean(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("worker", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_job_runs")),
    )


def downgrade() -> None:
    op.drop_table("job_runs")
    with op.batch_alter_table("issues") as batch:
        batch.drop_column("send_at")
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("claimed_until")
        batch.drop_column("claimed_by")
