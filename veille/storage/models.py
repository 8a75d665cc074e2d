"""SQLAlchemy tables: Alembic's target. Datetimes are stored as UTC and read back aware."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in Python; naive UTC in the database (same on SQLite and PostgreSQL)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ThemeRow(Base):
    __tablename__ = "themes"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class PartnerRow(Base):
    __tablename__ = "partners"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(2000))


class SourceRow(Base):
    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    url: Mapped[str] = mapped_column(String(2000))  # as declared in sources.yaml
    current_url: Mapped[str] = mapped_column(String(2000))  # after permanent redirects
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str | None] = mapped_column(String(8))
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    interval: Mapped[int] = mapped_column(Integer)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    declared: Mapped[bool] = mapped_column(Boolean, default=True)  # still in sources.yaml
    selector: Mapped[str | None] = mapped_column(String(500))
    full_text: Mapped[bool] = mapped_column(Boolean, default=False)
    max_articles: Mapped[int] = mapped_column(Integer, default=20)
    announces: Mapped[str | None] = mapped_column(String(16))  # "call", "event" or None
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    last_checked: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error_kind: Mapped[str | None] = mapped_column(String(32))
    last_error_message: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    next_check: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    # a worker's claim on the source while it collects it (several workers share the work)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ItemRow(Base):
    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("source_id", "key"),
        Index("ix_items_published_at_id", "published_at", "id"),
        # the items whose vulnerability ids are still to read: each analysis pass finds
        # them without scanning the table
        Index(
            "ix_items_cves_unread",
            "id",
            sqlite_where=text("cves IS NULL"),
            postgresql_where=text("cves IS NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(255))
    url: Mapped[str | None] = mapped_column(String(2000))
    canonical_url: Mapped[str | None] = mapped_column(String(2000), index=True)
    title: Mapped[str] = mapped_column(String(600))
    summary_html: Mapped[str] = mapped_column(Text, default="")
    summary_text: Mapped[str] = mapped_column(Text, default="")
    content_text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str | None] = mapped_column(String(300))
    language: Mapped[str | None] = mapped_column(String(8))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    date_from_source: Mapped[bool] = mapped_column(Boolean, default=True)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    content_hash: Mapped[str] = mapped_column(String(64))
    # classification: None until classified; the model version that did it
    themes: Mapped[list[str] | None] = mapped_column(JSON, default=list)
    theme_scores: Mapped[dict[str, float] | None] = mapped_column(JSON, default=dict)
    to_sort: Mapped[bool] = mapped_column(Boolean, default=False)  # « à trier »
    classified_with: Mapped[str | None] = mapped_column(String(64), index=True)
    # the CVE / EUVD ids it cites: None until analysed (again after an edit)
    cves: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    # what of the region it names (gazetteer ids), read in the same pass as ``cves``
    region: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    # stories: the id of the item that leads the story (its own id when it leads)
    story_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # curation: new, proposed, selected, rejected, published (see curate.py)
    curation: Mapped[str] = mapped_column(
        String(16), default="new", server_default="new", index=True
    )


class ItemLabelRow(Base):
    """A person's themes for an item (a correction or a confirmation): training data."""

    __tablename__ = "item_labels"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ItemAgendaRow(Base):
    """A person's reading of what an item announces for the agenda, over the detector's:
    a call or an event (``label``, its date) or nothing (``label`` empty)."""

    __tablename__ = "item_agenda"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    label: Mapped[str] = mapped_column(String(64))
    day: Mapped[date | None] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StoryLinkRow(Base):
    """A person's decision that two items are (or are not) the same story."""

    __tablename__ = "story_links"
    item_a: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    item_b: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    together: Mapped[bool] = mapped_column(Boolean)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class IssueRow(Base):
    """A numbered issue of the bulletin. ``content`` is frozen JSON from « ready » on."""

    __tablename__ = "issues"
    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    title: Mapped[str] = mapped_column(String(300))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    intro: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), index=True)
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    send_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # scheduled publication
    # the editor's changes to « Vulnérabilités à corriger »: {cve: {"hidden": bool, "note": str}}
    vuln_edits: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # the trends the editor put into the issue: [{"label", "theme", "sources", "note"}]
    trends: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    # the items the editor took out of « Appels à projets & agenda »
    agenda_hidden: Mapped[list[int] | None] = mapped_column(JSON)


class IssueItemRow(Base):
    __tablename__ = "issue_items"
    issue_number: Mapped[int] = mapped_column(
        ForeignKey("issues.number", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    theme: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    # as the editors rewrote them for the bulletin (in French); the item keeps its original
    title: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)


class SubscriberRow(Base):
    __tablename__ = "subscribers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), index=True)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # when they confirmed
    consent_source: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status_reason: Mapped[str | None] = mapped_column(Text)  # why unsubscribed or bounced
    # Random values signed into the reader's links (ids can be reused, these never are):
    # link_key for unsubscribe and preferences, confirm_key for the pending confirmation
    # (cleared once used, so a confirmation link works once).
    link_key: Mapped[str] = mapped_column(String(32))
    confirm_key: Mapped[str | None] = mapped_column(String(32))
    # « Mon parc »: the catalogue products the reader uses, and whether flash alerts about
    # them are wanted (they can be stopped without leaving the bulletin)
    products: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    flash: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))


class DeliveryRow(Base):
    """The ledger: one row per (issue, reader), moved pending → sending → sent | failed."""

    __tablename__ = "deliveries"
    __table_args__ = (Index("ix_deliveries_issue_number_status", "issue_number", "status"),)
    issue_number: Mapped[int] = mapped_column(
        ForeignKey("issues.number", ondelete="CASCADE"), primary_key=True
    )
    subscriber_id: Mapped[int] = mapped_column(
        ForeignKey("subscribers.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(16))
    message_id: Mapped[str] = mapped_column(String(200))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class UserRow(Base):
    """A person who signs in: partner staff, editors, administrators."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"))
    role: Mapped[str] = mapped_column(String(16))  # partner, editor, admin
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # bumped on logout, password change and lockout: older session cookies stop working
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ProposalRow(Base):
    """A partner proposes an item for the next bulletin (the first proposal), or supports
    another partner's proposal (the others)."""

    __tablename__ = "proposals"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    first: Mapped[bool] = mapped_column(Boolean, default=False)  # the proposal, not a +1
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ItemEventRow(Base):
    """Who did what to an item, and when: the item's history."""

    __tablename__ = "item_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    partner_id: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class JobRunRow(Base):
    """The last run of each scheduled job, for `veille status` and /healthz."""

    __tablename__ = "job_runs"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ok: Mapped[bool | None] = mapped_column(Boolean)
    detail: Mapped[str] = mapped_column(Text, default="")
    worker: Mapped[str] = mapped_column(String(100), default="")


class VulnerabilityRow(Base):
    """What the catalogues (KEV, EPSS, EUVD) say about one CVE, merged."""

    __tablename__ = "vulnerabilities"
    cve: Mapped[str] = mapped_column(String(32), primary_key=True)
    vendor: Mapped[str] = mapped_column(String(200), default="")
    product: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    kev_added: Mapped[date | None] = mapped_column(Date)
    ransomware: Mapped[bool | None] = mapped_column(Boolean)
    action: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[date | None] = mapped_column(Date)
    cvss: Mapped[float | None] = mapped_column(Float)
    euvd_id: Mapped[str | None] = mapped_column(String(40))
    epss: Mapped[float | None] = mapped_column(Float)
    percentile: Mapped[float | None] = mapped_column(Float)
    epss_day: Mapped[date | None] = mapped_column(Date)  # the day its score last changed
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class VulnEventRow(Base):
    """Something a reader may need to act on at once: a CVE added to the known-exploited
    catalogue, a CERT-FR alert, an EPSS score crossing the alert percentile. ``subject`` is
    the text products are matched on (vendor and product, or the alert's title)."""

    __tablename__ = "vuln_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    cve: Mapped[str | None] = mapped_column(String(32), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    subject: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(String(2000))
    happened_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    __table_args__ = (UniqueConstraint("kind", "cve", "item_id"),)


class FlashRow(Base):
    """The flash ledger: at most one flash per reader per day, moved pending → sending →
    sent | failed like the bulletin's deliveries; ``events`` are the events it carries."""

    __tablename__ = "flashes"
    __table_args__ = (UniqueConstraint("subscriber_id", "day"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date, index=True)
    events: Mapped[list[int]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), index=True)
    message_id: Mapped[str] = mapped_column(String(200))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class InboundRow(Base):
    """A message received for a newsletter source: accepted (with how many items) or
    refused (and why). Refusals are kept so that nothing vanishes silently."""

    __tablename__ = "inbound_messages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    address: Mapped[str] = mapped_column(String(320))
    sender: Mapped[str] = mapped_column(String(320))
    source_id: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[str] = mapped_column(String(300))
    subject: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # accepted, refused
    reason: Mapped[str] = mapped_column(Text)
    items: Mapped[int] = mapped_column(Integer)


class ClickRow(Base):
    """Clicks on an issue's link to an item, per day: a count, nobody's name."""

    __tablename__ = "clicks"
    issue_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class ClickSeenRow(Base):
    """Today's digests (a salt of the day, the client, the link): a second click of the same
    reader the same day does not count twice. Older days are purged."""

    __tablename__ = "click_seen"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)


metadata = Base.metadata
