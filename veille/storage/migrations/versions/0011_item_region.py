"""what of the region (places, partners, clusters, laboratories) each item names, read at
analysis time with its vulnerability ids: every item is read once more

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 20:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("region", sa.JSON(), nullable=True))
    op.execute("UPDATE items SET cves = NULL")  # the identifiers pass reads them all again


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("region")
