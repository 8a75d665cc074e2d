"""readership: clicks counted per issue, item and day (no per-person record), and the day's
digests that keep one reader's repeated clicks from counting twice (purged every day)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 21:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clicks",
        sa.Column("issue_number", sa.Integer(), primary_key=True),
        sa.Column("item_id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    op.create_table(
        "click_seen",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("digest", sa.String(64), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("click_seen")
    op.drop_table("clicks")
