"""the vulnerability ids (CVE, EUVD) each item cites, found at analysis time

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("cves", sa.JSON(), nullable=True))
    op.create_index(
        "ix_items_cves_unread",
        "items",
        ["id"],
        sqlite_where=sa.text("cves IS NULL"),
        postgresql_where=sa.text("cves IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_items_cves_unread", table_name="items")
    with op.batch_alter_table("items") as batch:
        batch.drop_column("cves")
