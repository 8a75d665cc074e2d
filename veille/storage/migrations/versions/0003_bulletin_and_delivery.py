"""bulletin issues, subscribers and the delivery ledger

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 11:12:27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import veille.storage.models

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issues",
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("intro", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("content", sa.JSON(), nullable=True),
        sa.Column("created_at", veille.storage.models.UTCDateTime(), nullable=False),
        sa.Column("updated_at", veille.storage.models.UTCDateTime(), nullable=False),
        sa.Column("published_at", veille.storage.models.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_issues")),
    )
    with op.batch_alter_table("issues", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_issues_state"), ["state"], unique=False)

    op.create_table(
        "subscribers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("consent_at", veille.storage.models.UTCDateTime(), nullable=True),
        sa.Column("consent_source", sa.String(length=200), nullable=False),
        sa.Column("created_at", veille.storage.models.UTCDateTime(), nullable=False),
        sa.Column("updated_at", veille.storage.models.UTCDateTime(), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscribers")),
        sa.UniqueConstraint("email", name=op.f("uq_subscribers_email")),
    )
    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subscribers_status"), ["status"], unique=False)

    op.create_table(
        "deliveries",
        sa.Column("issue_number", sa.Integer(), nullable=False),
        sa.Column("subscriber_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("updated_at", veille.storage.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_number"],
            ["issues.number"],
            ondelete="CASCADE",
            name=op.f("fk_deliveries_issue_number_issues"),
        ),
        sa.ForeignKeyConstraint(
            ["subscriber_id"],
            ["subscribers.id"],
            ondelete="CASCADE",
            name=op.f("fk_deliveries_subscriber_id_subscribers"),
        ),
        sa.PrimaryKeyConstraint("issue_number", "subscriber_id", name=op.f("pk_deliveries")),
    )
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deliveries_issue_number_status", ["issue_number", "status"], unique=False
        )

    op.create_table(
        "issue_items",
        sa.Column("issue_number", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("theme", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_number"],
            ["issues.number"],
            ondelete="CASCADE",
            name=op.f("fk_issue_items_issue_number_issues"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], ondelete="CASCADE", name=op.f("fk_issue_items_item_id_items")
        ),
        sa.PrimaryKeyConstraint("issue_number", "item_id", name=op.f("pk_issue_items")),
    )


def downgrade() -> None:
    op.drop_table("issue_items")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_issue_number_status")

    op.drop_table("deliveries")
    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subscribers_status"))

    op.drop_table("subscribers")
    with op.batch_alter_table("issues", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issues_state"))

    op.drop_table("issues")
