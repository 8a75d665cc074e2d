"""Mail out: build one MIME message, and hand messages to an SMTP server over one reused
connection, at a bounded rate, retrying temporary failures. The only smtplib user.

The point of no return. A server accepts a message only when it answers the final ``.`` of
DATA. ``SmtpSender.send`` therefore writes the whole message but that last line, calls
``commit`` (the caller records « sending » in the ledger), then writes the ``.``. A crash
before ``commit`` leaves nothing delivered (the server drops a half-sent message); a crash
after it leaves a row in « sending »: exactly the messages whose fate is unknown.
"""

from __future__ import annotations

import base64
import re
import select
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from email.utils import format_datetime, formataddr, parseaddr

from veille.bulletin.render import Rendered
from veille.errors import DeliveryError, ErrorKind

_DOT_STUFF = re.compile(rb"(?m)^\.")


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str = "127.0.0.1"
    port: int = 25
    security: str = "none"  # none, starttls, tls
    user: str = ""
    password: str = ""
    timeout: float = 30.0
    rate: float = 0.0  # messages per second, 0 = no limit
    retries: int = 3
    retry_delay: float = 2.0
    reconnect_every: int = 500
    ca_file: str = ""  # certificates to trust (empty: the system's)
    local_hostname: str | None = None

    def tls(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca_file or None)


def _nothing() -> None:
    return None


class UnknownFate(DeliveryError):
    """The message's last line went to the server but no answer came back."""

    kind = ErrorKind.UNKNOWN_FATE


def compose(
    rendered: Rendered,
    sender: str,
    recipient: str,
    message_id: str,
    when: datetime,
    unsubscribe_url: str | None = None,
    reply_to: str = "",
    list_id: str | None = None,
) -> EmailMessage:
    """The MIME message: a text part and an HTML alternative, both base64 (any line length,
    any character), with RFC 2369/8058 unsubscribe headers when a link is given."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = header_address(sender)
    msg["To"] = recipient
    msg["Subject"] = rendered.subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    if reply_to:
        msg["Reply-To"] = header_address(reply_to)
    if list_id:
        msg["List-Id"] = list_id
    if unsubscribe_url:
        # RFC 2369 and RFC 8058: one-click unsubscribe by POST, without further interaction
        msg["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(rendered.text, subtype="plain", charset="utf-8", cte="base64")
    msg.add_alternative(rendered.html, subtype="html", charset="utf-8", cte="base64")
    return msg


def envelope_address(address: str) -> str:
    """The address as SMTP carries it: the domain in IDNA (``crêperie.fr`` →
    ``xn--crperie-…``), so that only a non-ASCII local part still needs SMTPUTF8."""
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return address


def build_message(
    rendered: Rendered,
    sender: str,
    recipient: str,
    message_id: str,
    when: datetime,
    unsubscribe_url: str | None = None,
    reply_to: str = "",
    list_id: str | None = None,
) -> bytes:
    """The message as bytes with CRLF line ends, ready for SMTP; headers in raw UTF-8
    (RFC 6532) only when an address cannot be written in ASCII."""
    msg = compose(rendered, sender, recipient, message_id, when, unsubscribe_url, reply_to, list_id)
    if recipient.isascii() and address_of(sender).isascii():
        return msg.as_bytes()
    return msg.as_bytes(policy=SMTPUTF8)


class MessageTemplate:
    """One issue's message for one choice of themes, composed once by the email package;
    ``fill`` then makes each reader's copy by putting their address, Message-ID and links in
    place and base64-encoding their two bodies (C speed), instead of composing and folding
    every header again: the same bytes ``build_message`` gives, ten times faster."""

    _TO = "veille-reader@recipient.invalid"
    _ID = "<veille-message@message.invalid>"
    _UNSUBSCRIBE = "https://veille.invalid/__list_unsubscribe__"

    def __init__(
        self,
        rendered: Rendered,
        sender: str,
        when: datetime,
        reply_to: str = "",
        list_id: str | None = None,
    ) -> None:
        self.rendered = rendered
        self._args = (sender, when, reply_to, list_id)
        msg = compose(
            rendered, sender, self._TO, self._ID, when, self._UNSUBSCRIBE, reply_to, list_id
        )
        skeleton = msg.as_bytes()
        text, html = (
            str(part.get_payload()).replace("\n", "\r\n").encode("ascii")
            for part in msg.iter_parts()
        )
        self._pieces: list[bytes] = []
        rest = skeleton
        for marker in (
            self._TO.encode(),
            self._ID.encode(),
            self._UNSUBSCRIBE.encode(),
            text,
            html,
        ):
            before, found, rest = rest.partition(marker)
            if not found:
                raise ValueError("message template: a marker was folded or encoded")
            self._pieces.append(before)
        self._pieces.append(rest)

    def fill(
        self, recipient: str, message_id: str, unsubscribe_url: str, preferences_url: str
    ) -> bytes:
        personal = self.rendered.personalise(unsubscribe_url, preferences_url)
        values = (recipient, message_id, unsubscribe_url)
        if not all(v.isascii() and "\r" not in v and "\n" not in v for v in values):
            sender, when, reply_to, list_id = self._args  # rare: let the library encode it
            return build_message(
                personal, sender, recipient, message_id, when, unsubscribe_url, reply_to, list_id
            )
        p = self._pieces
        return b"".join(
            (
                p[0],
                recipient.encode(),
                p[1],
                message_id.encode(),
                p[2],
                unsubscribe_url.encode(),
                p[3],
                _base64(personal.text),
                p[4],
                _base64(personal.html),
                p[5],
            )
        )


def _base64(text: str) -> bytes:
    """As the email package encodes a text part: CRLF line ends, then 76-column base64."""
    data = b"\r\n".join(text.encode("utf-8").splitlines()) + b"\r\n"
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def address_of(header_value: str) -> str:
    return parseaddr(header_value)[1]


def header_address(value: str) -> Address:
    """« Veille Normandie (démo) <bulletin@…> » as a header: the display name is quoted or
    encoded as a whole, so its parentheses are not read as a comment and lost."""
    name, address = parseaddr(value)
    return Address(display_name=name, addr_spec=address)


def display_from(name: str, address: str) -> str:
    return formataddr((name, address))


class Pacer:
    """At most ``rate`` calls of ``wait()`` per second, evenly spaced."""

    def __init__(
        self,
        rate: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.clock, self.sleep = clock, sleep
        self._next = 0.0

    def wait(self) -> None:
        if not self.interval:
            return
        now = self.clock()
        if self._next > now:
            self.sleep(self._next - now)
            now = self._next
        self._next = now + self.interval


class SmtpSender:
    """One SMTP connection, reused for many messages and reopened when it drops."""

    def __init__(self, config: SmtpConfig, sleep: Callable[[float], None] = time.sleep) -> None:
        self.config = config
        self.sleep = sleep
        self.pacer = Pacer(config.rate, sleep=sleep)
        self._smtp: smtplib.SMTP | None = None
        self._sent_on_connection = 0

    def __enter__(self) -> SmtpSender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connection -------------------------------------------------------------------------
    def connect(self) -> None:
        """Open (or reopen) the connection; DeliveryError says why it cannot."""
        self.close()
        c = self.config
        try:
            if c.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    c.host,
                    c.port,
                    timeout=c.timeout,
                    local_hostname=c.local_hostname,
                    context=c.tls(),
                )
            else:
                smtp = smtplib.SMTP(
                    c.host, c.port, timeout=c.timeout, local_hostname=c.local_hostname
                )
            if c.security == "starttls":
                smtp.starttls(context=c.tls())
            smtp.ehlo_or_helo_if_needed()
            if c.user:
                smtp.login(c.user, c.password)
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(
                f"identifiants SMTP refusés par {c.host} : {_reply(exc)}",
                temporary=False,
                code=exc.smtp_code,
            ) from exc
        except (smtplib.SMTPException, OSError) as exc:
            error = DeliveryError(f"serveur SMTP {c.host}:{c.port} injoignable : {_describe(exc)}")
            error.kind = ErrorKind.CONNECTION
            raise error from exc
        if smtp.sock is not None:  # the final line is a write of its own: no Nagle delay
            smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._smtp = smtp
        self._sent_on_connection = 0

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    def _abort(self) -> None:
        """Drop the connection without QUIT: a message half-written is discarded."""
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()

    # -- sending ----------------------------------------------------------------------------
    def send(
        self,
        sender: str,
        recipient: str,
        message: bytes,
        commit: Callable[[], None] = _nothing,
        release: Callable[[], None] = _nothing,
    ) -> None:
        """Deliver one message, retrying temporary failures with a doubling delay.

        Raises DeliveryError(temporary=False) when the server refuses for good,
        DeliveryError(temporary=True) when retries are exhausted, and UnknownFate when the
        answer to the final line never came (never retried: it may have been delivered).
        ``commit`` runs just before the point of no return; ``release`` when the server then
        refused the message after all (its fate is known again: not delivered)."""
        attempt = 0
        while True:
            self.attempt = attempt + 1  # SMTP attempts of this message so far (the ledger's)
            try:
                self._send_once(sender, recipient, message, commit, release)
                return
            except UnknownFate:
                raise
            except DeliveryError as exc:
                if not exc.temporary or attempt >= self.config.retries:
                    raise
                self.sleep(self.config.retry_delay * (2**attempt))
                attempt += 1

    def _send_once(
        self,
        sender: str,
        recipient: str,
        message: bytes,
        commit: Callable[[], None],
        release: Callable[[], None],
    ) -> None:
        if self._smtp is None or self._sent_on_connection >= self.config.reconnect_every:
            self.connect()
        smtp = self._smtp
        assert smtp is not None
        self.pacer.wait()
        committed = False
        options: list[str] = []
        if not (sender.isascii() and recipient.isascii()):
            if not smtp.has_extn("smtputf8"):
                raise DeliveryError(
                    f"adresse internationalisée {recipient} : le serveur de messagerie "
                    "n'accepte pas les adresses accentuées (SMTPUTF8)",
                    temporary=False,
                    kind=ErrorKind.RECIPIENT,
                )
            options = ["SMTPUTF8", *(["BODY=8BITMIME"] if smtp.has_extn("8bitmime") else [])]
        try:
            self._expect(smtp, smtp.mail(sender, options), (250,), "MAIL FROM")
            self._expect(smtp, smtp.rcpt(recipient), (250, 251), "RCPT TO")
            smtp.putcmd("data")
            self._expect(smtp, smtp.getreply(), (354,), "DATA")
            body = _DOT_STUFF.sub(b"..", message)
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
            smtp.send(body)
            if _peer_closed(smtp):  # the server left before the end: it cannot have it
                raise smtplib.SMTPServerDisconnected("le serveur a coupé avant la fin du message")
            try:
                commit()
            except BaseException:
                self._abort()  # never finish a message the ledger could not record
                raise
            committed = True
            smtp.send(b".\r\n")
            code, reply = smtp.getreply()
        except (TimeoutError, smtplib.SMTPServerDisconnected, OSError) as exc:
            self._abort()
            if committed:
                raise UnknownFate(
                    f"connexion perdue après l'envoi du message : {_describe(exc)}"
                ) from exc
            raise DeliveryError(f"connexion perdue : {_describe(exc)}") from exc
        self._sent_on_connection += 1
        if code != 250:
            release()
            if code == 421 or code == -1:
                self._abort()
            raise _refusal(code, reply, "fin du message")

    def _expect(
        self, smtp: smtplib.SMTP, answer: tuple[int, bytes], codes: tuple[int, ...], step: str
    ) -> None:
        code, reply = answer
        if code in codes:
            return
        if code == 421 or code == -1:
            self._abort()
        else:
            try:
                smtp.rset()
            except (smtplib.SMTPException, OSError):
                self._abort()
        raise _refusal(code, reply, step)


def _peer_closed(smtp: smtplib.SMTP) -> bool:
    """Whether the server spoke or left before the final ``.`` (checked without waiting):
    it cannot have accepted a message it has not seen the end of, so a connection lost while
    the body went out is a message known not delivered (retried), not one of unknown fate."""
    sock = smtp.sock
    if sock is None:
        return True
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


# which party a permanent refusal is about, by SMTP step
_REFUSED = {"MAIL FROM": ErrorKind.SENDER, "RCPT TO": ErrorKind.RECIPIENT}


def _refusal(code: int, reply: bytes, step: str) -> DeliveryError:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    error = DeliveryError(f"{code} {text} ({step})", temporary=not 500 <= code < 600, code=code)
    if not error.temporary:
        error.kind = _REFUSED.get(step, ErrorKind.MESSAGE)
    return error


def _reply(exc: smtplib.SMTPResponseException) -> str:
    error = exc.smtp_error
    return error.decode("utf-8", "replace") if isinstance(error, bytes) else str(error)


def _describe(exc: BaseException) -> str:
    return str(exc) or exc.__class__.__name__
