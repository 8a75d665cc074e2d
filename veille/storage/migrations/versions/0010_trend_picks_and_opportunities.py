"""the trends an editor put into an issue, and the opportunity (call for projects, event)
each item announces, read at analysis time

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 20:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issues") as batch:
        batch.add_column(sa.Column("trends", sa.JSON()))


def downgrade() -> None:
    with op.batch_alter_table("issues") as batch:
        batch.drop_column("trends")
