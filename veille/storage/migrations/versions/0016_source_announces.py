"""a source declared to announce calls or events (sources.yaml « announces »): each of its
items is one, for the agenda

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 02:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("announces", sa.String(length=16)))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("announces")
