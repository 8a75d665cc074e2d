"""Alembic environment: the engine comes from Veille (``veille db upgrade``) or the settings."""

from __future__ import annotations

from alembic import context

from veille.storage.db import include_object
from veille.storage.models import metadata


def run_migrations() -> None:
    engine = context.config.attributes.get("engine")
    if engine is None:
        from veille.settings import load_settings
        from veille.storage.db import make_engine

        engine = make_engine(load_settings().database_url)
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            include_object=include_object,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; use `veille db upgrade`")
run_migrations()
