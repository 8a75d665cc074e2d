"""One error tree for the whole project.

    VeilleError
    ├── ConfigError            sources.yaml or settings are invalid (carries file and line)
    ├── SourceError            one source failed; carries the source id and URL
    │   ├── FetchError         HTTP, network, size, redirect or address-guard failure
    │   │   └── BlockedAddressError   the URL leads to an internal address
    │   └── ParseError         the body is not a usable feed or page
    ├── ExtractError           an article page yielded no usable text
    ├── StorageError           the database refused or is not migrated
    ├── NotFoundError          no such item, issue, subscriber, user or source (kind, ident)
    ├── ClassifierError        no usable model, or training data that cannot train one
    │   └── ModelOutdatedError the saved model was written by an older Veille: retrain
    ├── InputError             a JSONL/CSV input file has a bad line (carries file and line)
    ├── BulletinError          an editorial action the issue's state or content forbids
    ├── LinkError              a confirm/unsubscribe/preferences link is forged or expired
    ├── AccessError            not signed in, wrong password, or not allowed for this role
    └── DeliveryError          the mail server cannot be used (connection, login, refusal)

Each error has a ``kind`` (an ``ErrorKind``: a stable identifier, stored with source health
and read by the retry rules) and a message written for people (French where it reaches
users). Where Veille wraps a third-party exception, the original is chained as the cause
(``raise … from exc``) so that logs keep it.
"""

from __future__ import annotations

import enum


class ErrorKind(enum.StrEnum):
    """Stable identifiers of what went wrong (stored as text: never rename a value)."""

    ERROR = "error"
    CONFIG = "config"
    SOURCE = "source"
    STORAGE = "storage"
    NOT_FOUND = "missing"
    CLASSIFIER = "classifier"
    INPUT = "input"
    BULLETIN = "bulletin"
    LINK = "link"
    ACCESS = "access"
    # a source's fetch
    FETCH = "fetch"
    BLOCKED = "blocked"
    INVALID_URL = "invalid_url"
    CONNECT = "connect"
    NETWORK = "network"
    TIMEOUT = "timeout"
    TOO_LARGE = "too_large"
    REDIRECT = "redirect"
    HTTP_ERROR = "http_error"
    HTTP_NOT_FOUND = "not_found"
    GONE = "gone"
    THROTTLED = "throttled"
    SERVER_ERROR = "server_error"
    INTERNAL = "internal"
    # a source's content
    PARSE = "parse"
    MALFORMED = "malformed"
    NOT_A_FEED = "not_a_feed"
    EMPTY = "empty"
    NO_LINKS = "no_links"
    EXTRACT = "extract"
    # the mail server
    DELIVERY = "delivery"
    CONNECTION = "connection"
    SENDER = "sender"
    RECIPIENT = "recipient"
    MESSAGE = "message"
    UNKNOWN_FATE = "unknown"


class NotFoundKind(enum.StrEnum):
    """What was looked for; its value is the French noun used in the message."""

    ITEM = "article"
    ISSUE = "numéro"
    SUBSCRIBER = "abonné"
    USER = "compte"
    SOURCE = "source"
    PARTNER = "partenaire"
    STORY = "histoire"
    BACKUP = "sauvegarde"


class VeilleError(Exception):
    """Root of every error Veille raises on purpose."""

    kind: ErrorKind = ErrorKind.ERROR

    def __init__(self, message: str, *, kind: ErrorKind | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if kind is not None:
            self.kind = ErrorKind(kind)

    def __str__(self) -> str:
        return self.message


class ConfigIssue:
    """One problem found in a configuration file, with where it is."""

    __slots__ = ("file", "line", "message")

    def __init__(self, file: str, line: int | None, message: str) -> None:
        self.file = file
        self.line = line
        self.message = message

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"

    def __repr__(self) -> str:
        return f"ConfigIssue({str(self)!r})"


class ConfigError(VeilleError):
    """The configuration is invalid; ``issues`` lists every problem found."""

    kind = ErrorKind.CONFIG

    def __init__(self, issues: list[ConfigIssue] | str) -> None:
        if isinstance(issues, str):
            issues = [ConfigIssue("configuration", None, issues)]
        self.issues = issues
        super().__init__("\n".join(str(i) for i in issues))


class SourceError(VeilleError):
    """A single source failed; other sources are not affected."""

    kind = ErrorKind.SOURCE

    def __init__(
        self,
        message: str,
        *,
        kind: ErrorKind | str | None = None,
        source_id: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, kind=kind)
        self.source_id = source_id
        self.url = url


class FetchError(SourceError):
    """The HTTP exchange failed (status, network, timeout, size, redirect, guard)."""

    kind = ErrorKind.FETCH

    def __init__(
        self,
        message: str,
        *,
        kind: ErrorKind | str | None = None,
        url: str | None = None,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, kind=kind, url=url)
        self.status = status
        self.retry_after = retry_after


class BlockedAddressError(FetchError):
    """The URL resolves to an internal address and internal addresses are not allowed."""

    kind = ErrorKind.BLOCKED


class ParseError(SourceError):
    """The fetched body is not a usable feed or page."""

    kind = ErrorKind.PARSE


class ExtractError(VeilleError):
    """Article extraction found no usable text."""

    kind = ErrorKind.EXTRACT


class StorageError(VeilleError):
    """The database could not be used (not migrated, unreachable, constraint)."""

    kind = ErrorKind.STORAGE


class NotFoundError(VeilleError):
    """There is no such thing: ``what`` (an item, an issue…) with ``ident``. The web
    answers 404, the CLI exits 1 with the message."""

    kind = ErrorKind.NOT_FOUND

    def __init__(self, what: NotFoundKind, ident: object, detail: str = "") -> None:
        self.what = what
        self.ident = ident
        name = what.value
        super().__init__(f"{name} {ident} introuvable" + (f" {detail}" if detail else ""))


class ClassifierError(VeilleError):
    """The theme model is missing, incompatible, or cannot be trained."""

    kind = ErrorKind.CLASSIFIER


class ModelOutdatedError(ClassifierError):
    """The saved model was written by an older version of Veille: retrain it."""


class InputError(VeilleError):
    """A line of an input file (JSONL, CSV) is unusable; the message names file and line."""

    kind = ErrorKind.INPUT


class BulletinError(VeilleError):
    """An editorial action that the issue's state or content does not allow."""

    kind = ErrorKind.BULLETIN


class LinkError(VeilleError):
    """A signed link (confirmation, unsubscribe, preferences) is invalid or has expired."""

    kind = ErrorKind.LINK

    def __init__(self, message: str, *, expired: bool = False) -> None:
        super().__init__(message)
        self.expired = expired


class DeliveryError(VeilleError):
    """The mail server could not be used: connection, TLS, login, or a refusal of the sender.

    ``temporary`` tells a failure worth retrying (4xx, network) from a permanent one (5xx)."""

    kind = ErrorKind.DELIVERY

    def __init__(
        self,
        message: str,
        *,
        temporary: bool = True,
        code: int | None = None,
        kind: ErrorKind | None = None,
    ) -> None:
        super().__init__(message, kind=kind)
        self.temporary = temporary
        self.code = code


class AccessError(VeilleError):
    """Not signed in, wrong credentials, a locked account, or an action the role forbids."""

    kind = ErrorKind.ACCESS
