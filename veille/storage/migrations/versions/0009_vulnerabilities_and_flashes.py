"""vulnerability catalogues (KEV, EPSS, EUVD), flash-alert events and ledger, « Mon parc »,
and the editor's changes to « Vulnérabilités à corriger »

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 19:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veille.storage.models import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vulnerabilities",
        sa.Column("cve", sa.String(32), primary_key=True),
        sa.Column("vendor", sa.String(200), nullable=False),
        sa.Column("product", sa.String(200), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("kev_added", sa.Date()),
        sa.Column("ransomware", sa.Boolean()),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("due", sa.Date()),
        sa.Column("cvss", sa.Float()),
        sa.Column("euvd_id", sa.String(40)),
        sa.Column("epss", sa.Float()),
        sa.Column("percentile", sa.Float()),
        sa.Column("epss_day", sa.Date()),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "vuln_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("cve", sa.String(32)),
        sa.Column(
            "item_id",
            sa.Integer(),
            sa.ForeignKey("items.id", ondelete="CASCADE", name="fk_vuln_events_item_id_items"),
        ),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("url", sa.String(2000)),
        sa.Column("happened_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("kind", "cve", "item_id", name="uq_vuln_events_kind_cve_item_id"),
    )
    op.create_table(
        "flashes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "subscriber_id",
            sa.Integer(),
            sa.ForeignKey(
                "subscribers.id", ondelete="CASCADE", name="fk_flashes_subscriber_id_subscribers"
            ),
            nullable=False,
        ),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("events", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("message_id", sa.String(200), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("subscriber_id", "day", name="uq_flashes_subscriber_id_day"),
    )
    op.create_index("ix_vuln_events_cve", "vuln_events", ["cve"])
    op.create_index("ix_vuln_events_happened_at", "vuln_events", ["happened_at"])
    op.create_index("ix_flashes_day", "flashes", ["day"])
    op.create_index("ix_flashes_status", "flashes", ["status"])
    with op.batch_alter_table("subscribers") as batch:
        batch.add_column(sa.Column("products", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("flash", sa.Boolean(), nullable=False, server_default=sa.true()))
    with op.batch_alter_table("issues") as batch:
        batch.add_column(sa.Column("vuln_edits", sa.JSON()))


def downgrade() -> None:
    with op.batch_alter_table("issues") as batch:
        batch.drop_column("vuln_edits")
    with op.batch_alter_table("subscribers") as batch:
        batch.drop_column("flash")
        batch.drop_column("products")
    op.drop_table("flashes")
    op.drop_table("vuln_events")
    op.drop_table("vulnerabilities")
