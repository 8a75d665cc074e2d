"""the items an editor took out of an issue's « Appels à projets & agenda »

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 23:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issues") as batch:
        batch.add_column(sa.Column("agenda_hidden", sa.JSON()))


def downgrade() -> None:
    with op.batch_alter_table("issues") as batch:
        batch.drop_column("agenda_hidden")
