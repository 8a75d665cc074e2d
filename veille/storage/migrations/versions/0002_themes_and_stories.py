"""themes and stories: classification columns, people's labels and story links

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 11:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import veille.storage.models

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("themes", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("theme_scores", sa.JSON(), nullable=True))
        batch.add_column(
            sa.Column("to_sort", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("classified_with", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("story_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_items_classified_with"), ["classified_with"])
        batch.create_index(batch.f("ix_items_story_id"), ["story_id"])
    with op.batch_alter_table("items") as batch:
        batch.alter_column("to_sort", server_default=None)
    op.create_table(
        "item_labels",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("created_at", veille.storage.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_item_labels_item_id_items"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_item_labels")),
    )
    op.create_table(
        "story_links",
        sa.Column("item_a", sa.Integer(), nullable=False),
        sa.Column("item_b", sa.Integer(), nullable=False),
        sa.Column("together", sa.Boolean(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("created_at", veille.storage.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_a"], ["items.id"], name=op.f("fk_story_links_item_a_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["item_b"], ["items.id"], name=op.f("fk_story_links_item_b_items"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("item_a", "item_b", name=op.f("pk_story_links")),
    )


def downgrade() -> None:
    op.drop_table("story_links")
    op.drop_table("item_labels")
    with op.batch_alter_table("items") as batch:
        batch.drop_index(batch.f("ix_items_story_id"))
        batch.drop_index(batch.f("ix_items_classified_with"))
        for column in ("story_id", "classified_with", "to_sort", "theme_scores", "themes"):
            batch.drop_column(column)
