"""a person's reading of what an item announces for the agenda (a call, an event or
nothing, with its date), over the detector's

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 00:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import veille.storage.models

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item_agenda",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("created_at", veille.storage.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_item_agenda_item_id_items"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_item_agenda")),
    )


def downgrade() -> None:
    op.drop_table("item_agenda")
