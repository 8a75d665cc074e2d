"""link keys for readers' signed links, session versions for accounts

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 15:00:00
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("subscribers") as batch:
        batch.add_column(sa.Column("link_key", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("confirm_key", sa.String(length=32), nullable=True))
    conn = op.get_bind()
    table = sa.table(
        "subscribers",
        sa.column("id", sa.Integer),
        sa.column("status", sa.String),
        sa.column("link_key", sa.String),
        sa.column("confirm_key", sa.String),
    )
    for ident, status in conn.execute(sa.select(table.c.id, table.c.status)).all():
        conn.execute(
            table.update()
            .where(table.c.id == ident)
            .values(
                link_key=secrets.token_urlsafe(12),
                confirm_key=secrets.token_urlsafe(12) if status == "pending" else None,
            )
        )
    with op.batch_alter_table("subscribers") as batch:
        batch.alter_column("link_key", existing_type=sa.String(length=32), nullable=False)
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("session_version", sa.Integer(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("session_version")
    with op.batch_alter_table("subscribers") as batch:
        batch.drop_column("confirm_key")
        batch.drop_column("link_key")
