"""``Veille``, the application facade: the only door for the CLI, the web app, the scheduler
and the demo. It builds the adapters once and hands out typed records.

Method names follow one convention: ``<area>_<verb>`` after the CLI command or web action
they serve (``sources_add``, ``classify_train``, ``bulletin_publish``, ``subscribers_import``,
``users_add``, ``job_send``); queries are nouns (``sources()``, ``bulletin(n)``, ``board()``,
``status()``). Time comes from the ``clock`` given at construction."""

from __future__ import annotations

from veille.app.service import ServiceFacade
from veille.settings import load_settings


class Veille(ServiceFacade):
    """Sources, collection, analysis, curation, the bulletin and the service, over one
    database. See the parts: ``app.core``, ``app.sources``, ``app.analysis``,
    ``app.curation``, ``app.bulletin``, ``app.service``."""

    @classmethod
    def from_env(cls, config_file: str | None = None, **overrides: object) -> Veille:
        """Settings from the TOML file and ``VEILLE_*`` variables, then ``overrides``."""
        settings = load_settings(config_file=config_file)
        changes = {k: v for k, v in overrides.items() if v is not None}
        return cls(settings.with_overrides(**changes) if changes else settings)
