"""curation: users, proposals and supports, the items' history, full-text search

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 11:46:07

Full-text search lives outside the SQLAlchemy metadata (``db.include_object`` keeps
autogenerate away from it): on SQLite an FTS5 table kept in step with ``items`` by triggers,
on PostgreSQL two GIN indexes, French and English, over title and summary.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import veille.storage.models

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE items_fts USING fts5(title, summary_text, content='items', "
    "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    "INSERT INTO items_fts(rowid, title, summary_text) SELECT id, title, summary_text FROM items",
    "CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN "
    "INSERT INTO items_fts(rowid, title, summary_text) "
    "VALUES (new.id, new.title, new.summary_text); END",
    "CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN "
    "INSERT INTO items_fts(items_fts, rowid, title, summary_text) "
    "VALUES ('delete', old.id, old.title, old.summary_text); END",
    "CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary_text ON items BEGIN "
    "INSERT INTO items_fts(items_fts, rowid, title, summary_text) "
    "VALUES ('delete', old.id, old.title, old.summary_text); "
    "INSERT INTO items_fts(rowid, title, summary_text) "
    "VALUES (new.id, new.title, new.summary_text); END",
]
POSTGRES_FTS = [
    f"CREATE INDEX ix_items_fts_{lang[:2]} ON items USING gin "
    f"(to_tsvector('{lang}', title || ' ' || summary_text))"
    for lang in ("french", "english")
]


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", veille.storage.models.UTCDateTime(), nullable=False),
        sa.Column("last_login_at", veille.storage.models.UTCDateTime(), nullable=True),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", veille.storage.models.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_users_partner_id_partners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )
    op.create_table(
        "item_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("created_at", veille.storage.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], ondelete="CASCADE", name=op.f("fk_item_events_item_id_items")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            ondelete="SET NULL",
            name=op.f("fk_item_events_user_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_events")),
    )
    with op.batch_alter_table("item_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_events_item_id"), ["item_id"], unique=False)
    op.create_table(
        "proposals",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("first", sa.Boolean(), nullable=False),
        sa.Column("created_at", veille.storage.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], ondelete="CASCADE", name=op.f("fk_proposals_item_id_items")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_proposals_partner_id_partners")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], ondelete="SET NULL", name=op.f("fk_proposals_user_id_users")
        ),
        sa.PrimaryKeyConstraint("item_id", "partner_id", name=op.f("pk_proposals")),
    )
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("curation", sa.String(length=16), nullable=False, server_default="new")
        )
        batch_op.create_index(batch_op.f("ix_items_curation"), ["curation"], unique=False)
    statements = SQLITE_FTS if op.get_bind().dialect.name == "sqlite" else POSTGRES_FTS
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS items_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS items_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_items_fts_fr")
        op.execute("DROP INDEX IF EXISTS ix_items_fts_en")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_items_curation"))
        batch_op.drop_column("curation")
    op.drop_table("proposals")
    with op.batch_alter_table("item_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_events_item_id"))
    op.drop_table("item_events")
    op.drop_table("users")
