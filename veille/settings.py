"""Runtime settings: defaults, then a TOML file, then ``VEILLE_*`` environment variables.

Every setting is listed in ``SETTINGS`` with its type, default and help text;
docs/settings.md documents the same table (a test keeps them in step).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from veille.errors import ConfigError, ConfigIssue


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = "sqlite:///veille.db"
    sources_file: str = "sources.yaml"
    user_agent: str = "Veille/{version} (+{contact_url})"
    contact_url: str = "https://github.com/veille-normandie/veille"
    max_connections: int = 200
    max_per_host: int = 2
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_body_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    allow_internal: bool = False
    backoff_cap: int = 24 * 3600
    page_fetch_limit: int = 20
    parse_processes: int = -1
    log_level: str = "INFO"
    log_format: str = "text"
    model_file: str = "veille-themes.model"
    classify_threshold: float = 0.5
    classify_review_margin: float = 0.15
    classify_source_hint: float = 0.7
    dedup_window_days: int = 14
    dedup_threshold: float = 0.5
    network_name: str = "Réseau normand d'intelligence économique"
    bulletin_title: str = "Bulletin de veille collaborative — Cybersécurité, IA, Blockchain"
    bulletin_per_theme: int = 8
    pdf_edition: bool = True
    count_clicks: bool = True
    inbound_domain: str = "lettres.veille.invalid"
    inbound_host: str = "127.0.0.1"
    inbound_port: int = 2525
    inbound_max_bytes: int = 5 * 1024 * 1024
    vulnerability_theme: str = "cyber"
    vulnerability_rows: int = 12
    products_file: str = ""
    region_file: str = ""
    flash_percentile: float = 0.95
    flash_max_age_days: int = 3
    privacy_contact: str = ""
    privacy_notice: str = ""
    public_url: str = "http://127.0.0.1:8000"
    archive_dir: str = "archive"
    secret_key: str = ""
    secret_key_file: str = "veille-secret.key"
    confirm_days: int = 7
    unsubscribe_days: int = 730
    mail_from: str = "Veille <veille@localhost>"
    mail_reply_to: str = ""
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_security: str = "none"
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_ca_file: str = ""
    smtp_timeout: float = 30.0
    smtp_rate: float = 0.0
    smtp_retries: int = 3
    smtp_retry_delay: float = 2.0
    smtp_reconnect_every: int = 500
    worker_lease: int = 600
    collect_every: int = 60
    retrain_cron: str = "30 3 * * *"
    draft_cron: str = "0 8 * * mon"
    draft_every_weeks: int = 2
    digest_cron: str = "0 9 * * mon"
    timezone: str = "Europe/Paris"

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @property
    def http_user_agent(self) -> str:
        from veille import __version__

        return self.user_agent.format(version=__version__, contact_url=self.contact_url)


SETTINGS_HELP: dict[str, str] = {
    "database_url": "SQLAlchemy URL of the database (SQLite file or postgresql+psycopg://…)",
    "sources_file": "path of the sources file",
    "user_agent": "User-Agent header; {version} and {contact_url} are filled in",
    "contact_url": "where a site owner can learn who is fetching and how to reach us",
    "max_connections": "requests in flight at once, all hosts together",
    "max_per_host": "requests in flight at once to one host (politeness)",
    "connect_timeout": "seconds to establish a connection",
    "read_timeout": "seconds to wait for each chunk of a response",
    "total_timeout": "seconds one fetch may take in all, redirects included",
    "max_body_bytes": "a body larger than this is cut off and the fetch fails",
    "max_redirects": "redirect hops followed before giving up",
    "allow_internal": "allow loopback/private/link-local addresses (demo, tests, benchmarks)",
    "backoff_cap": "longest wait, in seconds, between two checks of a failing source",
    "page_fetch_limit": "article pages fetched at most per page source and check",
    "parse_processes": "worker processes for parsing; 0 = none, -1 = automatic for large runs",
    "log_level": "DEBUG, INFO, WARNING or ERROR (serve, scheduler and worker log at this level)",
    "log_format": "text (for people) or json (one JSON object per line, for log collectors)",
    "model_file": "where the theme classifier is saved (trained from the seed set when missing)",
    "classify_threshold": "probability from which an item gets a theme",
    "classify_review_margin": "an item whose score is this close to the threshold is « à trier »",
    "classify_source_hint": "log-odds added to the themes a specialised source declares",
    "dedup_window_days": "new items are compared with items seen in this many days",
    "dedup_threshold": "probability from which two items are the same story",
    "network_name": "who publishes the bulletin (header, footer, From display name)",
    "bulletin_title": "the bulletin's name: archive pages show it whole; a reader's subject is "
    "« N° 12 · their themes — » and the part before any « — »",
    "bulletin_per_theme": "items proposed per theme when a draft is opened",
    "inbound_domain": "the mail domain of newsletter sources' receiving addresses "
    "(<source id>@this domain, unless the source sets its own address)",
    "inbound_host": "where `veille newsletters listen` receives mail (behind the mail relay)",
    "inbound_port": "the port `veille newsletters listen` receives mail on",
    "inbound_max_bytes": "a received newsletter larger than this is refused",
    "count_clicks": "links to articles in the mail go through Veille's counter (counts per "
    "issue and item only, nothing per person; false: direct links). Never a tracking pixel",
    "pdf_edition": "write each published issue's A4 PDF beside its archive page and link it "
    "from the mail (needs the system's Pango library; off by itself without it)",
    "vulnerability_theme": "the theme whose readers get « Vulnérabilités à corriger » "
    "(empty: no such section)",
    "vulnerability_rows": "rows of « Vulnérabilités à corriger » at most, most urgent first",
    "products_file": "the « Mon parc » product catalogue (YAML); empty: products.yaml beside "
    "the sources file when there is one, else the catalogue shipped with Veille",
    "region_file": "the regional gazetteer (YAML); empty: region.yaml beside the sources "
    "file when there is one, else the Normandy gazetteer shipped with Veille",
    "flash_percentile": "an EPSS percentile (0–1) from which a watched product's flaw is flashed",
    "flash_max_age_days": "events older than this many days are no longer flashed",
    "privacy_contact": "where readers exercise their rights (e-mail or address; empty: "
    "mail_reply_to, else mail_from)",
    "privacy_notice": "the subscription form's privacy notice (paragraphs separated by a blank "
    "line; empty: a default one built from network_name, privacy_contact and confirm_days)",
    "public_url": "public address of the web app: links in mails and archive pages start here",
    "archive_dir": "directory where the static web archive (pages, index, Atom) is written",
    "secret_key": "signs confirmation/unsubscribe links; empty = read or create secret_key_file",
    "secret_key_file": "file holding the secret key when secret_key is empty (created 0600)",
    "confirm_days": "days a subscription confirmation link stays valid",
    "unsubscribe_days": "days an unsubscribe or preferences link stays valid",
    "mail_from": "From address of the bulletin and of confirmation mails",
    "mail_reply_to": "Reply-To address (empty: none)",
    "smtp_host": "SMTP server host",
    "smtp_port": "SMTP server port (25, 587 with starttls, 465 with tls)",
    "smtp_security": "none, starttls or tls",
    "smtp_user": "SMTP login (empty: no authentication)",
    "smtp_password": "SMTP password (prefer the VEILLE_SMTP_PASSWORD variable)",
    "smtp_ca_file": "PEM file of the certificates to trust for TLS (empty: the system's)",
    "smtp_timeout": "seconds to wait for the SMTP server at each step",
    "smtp_rate": "messages per second at most (0: as fast as the server takes them)",
    "smtp_retries": "attempts after a temporary failure (4xx, network) before giving up",
    "smtp_retry_delay": "seconds before the first retry; doubled at each attempt",
    "smtp_reconnect_every": "messages sent on one connection before opening a fresh one",
    "worker_lease": "seconds a worker holds the sources it took; a dead worker's expire then",
    "collect_every": "seconds between two looks for due sources (scheduler)",
    "retrain_cron": "when the classifier is retrained from people's corrections (crontab)",
    "draft_cron": "when the next draft opens and partners are reminded (crontab, empty: never)",
    "digest_cron": "when partners get the weekly mail of what is rising (crontab, empty: never)",
    "draft_every_weeks": "open a draft only every N weeks of the draft_cron days (2: every "
    "other Monday)",
    "timezone": "time zone of the crontab settings and of scheduled sends",
}

SMTP_SECURITY = ("none", "starttls", "tls")

_TRUE = {"1", "true", "yes", "on", "oui"}
_FALSE = {"0", "false", "no", "off", "non", ""}


def _coerce(name: str, raw: Any, kind: type, where: str) -> Any:
    try:
        if kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            raise ValueError
        if kind is int and isinstance(raw, bool):
            raise ValueError
        return kind(raw)
    except (TypeError, ValueError):
        raise ConfigError(
            [
                ConfigIssue(
                    where, None, f"{name} : valeur « {raw} » invalide ({kind.__name__} attendu)"
                )
            ]
        ) from None


def load_settings(
    env: Mapping[str, str] | None = None, config_file: str | Path | None = None
) -> Settings:
    """Defaults ← TOML file (``config_file`` or ``$VEILLE_CONFIG``) ← ``VEILLE_*`` variables."""
    env = os.environ if env is None else env
    types = {f.name: type(f.default) for f in fields(Settings)}
    values: dict[str, Any] = {}
    config_file = config_file or env.get("VEILLE_CONFIG")
    if config_file:
        path = Path(config_file)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError([ConfigIssue(str(path), None, "fichier introuvable")]) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError([ConfigIssue(str(path), None, f"TOML invalide : {exc}")]) from exc
        for key, raw in data.items():
            if key not in types:
                raise ConfigError([ConfigIssue(str(path), None, f"réglage inconnu « {key} »")])
            values[key] = _coerce(key, raw, types[key], str(path))
    for name, kind in types.items():
        var = f"VEILLE_{name.upper()}"
        if var in env:
            values[name] = _coerce(name, env[var], kind, var)
    settings = Settings(**values)
    if settings.max_connections < 1 or settings.max_per_host < 1:
        raise ConfigError("max_connections et max_per_host doivent valoir au moins 1")
    if settings.log_format not in ("text", "json"):
        raise ConfigError(f"log_format : « {settings.log_format} » invalide (text ou json)")
    if settings.smtp_security not in SMTP_SECURITY:
        raise ConfigError(
            f"smtp_security : « {settings.smtp_security} » invalide "
            f"({', '.join(SMTP_SECURITY)} attendu)"
        )
    if not 0.0 <= settings.flash_percentile <= 1.0:
        raise ConfigError(
            f"flash_percentile : « {settings.flash_percentile} » invalide (entre 0 et 1)"
        )
    check_mail_settings(settings)
    return settings


ONE_LINE = (
    "mail_from",
    "mail_reply_to",
    "smtp_host",
    "smtp_user",
    "public_url",
    "network_name",
    "bulletin_title",
)


def check_mail_settings(settings: Settings) -> None:
    """Values that end up in mail headers or SMTP commands hold one line, and the sender is
    an address: a CR or LF would otherwise stop every send (or forge a header)."""
    from email.utils import parseaddr

    issues = [
        ConfigIssue("réglages", None, f"{name} : retour à la ligne ou caractère de contrôle")
        for name in ONE_LINE
        if any(ord(c) < 32 or ord(c) == 127 for c in getattr(settings, name))
    ]
    for name in ("mail_from", "mail_reply_to"):
        value = getattr(settings, name)
        if value and "@" not in parseaddr(value)[1]:
            issues.append(ConfigIssue("réglages", None, f"{name} : adresse « {value} » invalide"))
    if issues:
        raise ConfigError(issues)
