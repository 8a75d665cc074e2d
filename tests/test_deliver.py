"""The SMTP sender against a real server on loopback, and the message it builds."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest

from veille.bulletin.deliver import MessageTemplate, Pacer, SmtpConfig, SmtpSender, build_message
from veille.bulletin.render import PREFERENCES_MARK, UNSUBSCRIBE_MARK, Rendered
from veille.errors import DeliveryError

WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
RENDERED = Rendered(
    "Bulletin de veille — N° 12",
    "Résumé",
    "<html><body><p>" + "é" * 3000 + f'</p><a href="{UNSUBSCRIBE_MARK}">x</a>'
    f'<a href="{PREFERENCES_MARK}">y</a>\n.\n.ligne</body></html>',
    f"Texte accentué.\n.\nSe désabonner : {UNSUBSCRIBE_MARK}\nThèmes : {PREFERENCES_MARK}\n",
)


def config(sink, **changes):
    return SmtpConfig(port=sink.port, retry_delay=0.01, timeout=5, **changes)


def message(to="lecteur@pme.example", mid="<m1@veille.example>"):
    return build_message(
        RENDERED,
        "Veille <bulletin@veille.example>",
        to,
        mid,
        WHEN,
        "https://veille.example/desabonnement?t=abc",
        "",
        "<b.veille.example>",
    )


def test_the_template_gives_the_same_message_as_composing_it():
    template = MessageTemplate(
        RENDERED, "Veille <bulletin@veille.example>", WHEN, "", "<b.veille.example>"
    )
    unsubscribe, preferences = (
        "https://veille.example/desabonnement?t=abc",
        "https://veille.example/preferences?t=def",
    )
    fast = template.fill("lecteur@pme.example", "<m1@veille.example>", unsubscribe, preferences)
    slow = build_message(
        RENDERED.personalise(unsubscribe, preferences),
        "Veille <bulletin@veille.example>",
        "lecteur@pme.example",
        "<m1@veille.example>",
        WHEN,
        unsubscribe,
        "",
        "<b.veille.example>",
    )
    a, b = (message_from_bytes(m, policy=policy.default) for m in (fast, slow))

    def headers(m):  # the MIME boundary is random in each composition
        return [(k, v) for k, v in m.items() if k != "Content-Type"]

    assert headers(a) == headers(b) and a.get_content_type() == b.get_content_type()
    for kind in ("plain", "html"):
        assert a.get_body((kind,)).get_content() == b.get_body((kind,)).get_content()
    assert (
        "Se désabonner : https://veille.example/desabonnement?t=abc"
        in a.get_body(("plain",)).get_content()
    )
    # a non-ASCII address takes the library's way, and still arrives whole
    odd = template.fill("josé@pme.example", "<m2@veille.example>", unsubscribe, preferences)
    assert message_from_bytes(odd, policy=policy.default)["To"] == "josé@pme.example"


def test_one_connection_carries_many_messages_and_is_renewed(sink):
    with SmtpSender(config(sink, reconnect_every=5)) as sender:
        for i in range(12):
            sender.send("bulletin@veille.example", f"r{i}@pme.example", message(f"r{i}@x.fr"))
    assert sink.count == 12 and sink.handler.sessions == 3
    got = sink.received[0].message()
    assert got["Message-ID"] == "<m1@veille.example>"
    # lines starting with a dot (SMTP dot-stuffing) come back as they were
    assert got.get_body(("plain",)).get_content().replace("\r\n", "\n") == RENDERED.text
    assert ".ligne" in got.get_body(("html",)).get_content()


def test_rate_limit_spaces_messages_at_the_server(sink):
    with SmtpSender(config(sink, rate=20)) as sender:
        for i in range(8):
            sender.send("bulletin@veille.example", f"r{i}@pme.example", message())
    arrivals = [m.at for m in sink.received]
    assert arrivals[-1] - arrivals[0] >= 7 / 20 * 0.9, "no faster than 20 messages/s"


def test_pacer_waits_just_enough():
    clock = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 3))
        clock[0] += seconds

    pacer = Pacer(4, clock=lambda: clock[0], sleep=sleep)
    for _ in range(3):
        pacer.wait()
    clock[0] += 1.0  # a slow message: no catching up in a burst afterwards
    pacer.wait()
    pacer.wait()
    assert slept == [0.25, 0.25, 0.25]
    Pacer(0, sleep=lambda s: pytest.fail("no limit, no wait")).wait()


def test_temporary_then_success_and_permanent_refusals(sink):
    sink.refuse("slow@pme.example", ("rcpt", "451 4.3.0 Later"), ("rcpt", "421 4.7.0 Bye"))
    sink.refuse("bad@pme.example", ("rcpt", "550 5.1.1 Unknown user"))
    sink.refuse("spam@pme.example", ("data", "554 5.7.1 Refused"))
    calls: list[str] = []
    with SmtpSender(config(sink, retries=3)) as sender:
        sender.send(
            "b@veille.example", "slow@pme.example", message(), commit=lambda: calls.append("commit")
        )
        with pytest.raises(DeliveryError) as refused:
            sender.send("b@veille.example", "bad@pme.example", message())
        assert refused.value.kind == "recipient" and not refused.value.temporary
        with pytest.raises(DeliveryError) as spam:
            sender.send(
                "b@veille.example",
                "spam@pme.example",
                message(),
                commit=lambda: calls.append("commit"),
                release=lambda: calls.append("release"),
            )
        assert spam.value.kind == "message" and spam.value.code == 554
        sender.send("b@veille.example", "ok@pme.example", message())
    assert sink.per_recipient() == {"slow@pme.example": 1, "ok@pme.example": 1}
    assert calls == ["commit", "commit", "release"]


def test_a_refused_sender_address_and_an_absent_server(sink):
    sink.refuse("blocked@veille.example", ("mail", "550 5.7.1 Sender not allowed"))
    with SmtpSender(config(sink)) as sender, pytest.raises(DeliveryError) as caught:
        sender.send("blocked@veille.example", "a@pme.example", message())
    assert caught.value.kind == "sender" and "550" in str(caught.value)
    assert sink.count == 0
    port = sink.port
    sink.stop()
    started = time.monotonic()
    with (
        SmtpSender(SmtpConfig(port=port, retries=2, retry_delay=0.01, timeout=2)) as sender,
        pytest.raises(DeliveryError, match="injoignable") as down,
    ):
        sender.send("b@veille.example", "a@pme.example", message())
    assert down.value.kind == "connection" and time.monotonic() - started < 5


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    """A test certificate authority and a certificate for 127.0.0.1 (trustme)."""
    import ssl

    import trustme

    ca = trustme.CA()
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server)
    ca_file = tmp_path_factory.mktemp("tls") / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return server, str(ca_file)


def test_starttls_and_login(tls):
    from veille.testing.smtpsink import SmtpSink

    context, ca_file = tls
    with SmtpSink(starttls=context, users={"bulletin": "s3cret"}) as sink:
        good = SmtpConfig(
            port=sink.port,
            security="starttls",
            user="bulletin",
            password="s3cret",
            ca_file=ca_file,
            retries=0,
            timeout=5,
        )
        with SmtpSender(good) as sender:
            sender.send("b@veille.example", "a@pme.example", message())
        assert sink.count == 1
        wrong = SmtpConfig(
            port=sink.port,
            security="starttls",
            user="bulletin",
            password="nope",
            ca_file=ca_file,
            retries=0,
            timeout=5,
        )
        with SmtpSender(wrong) as sender, pytest.raises(DeliveryError, match="identifiants"):
            sender.send("b@veille.example", "a@pme.example", message())
        untrusted = SmtpConfig(
            port=sink.port,
            security="starttls",
            user="bulletin",
            password="s3cret",
            retries=0,
            timeout=5,
        )
        with SmtpSender(untrusted) as sender, pytest.raises(DeliveryError, match="CERTIFICATE"):
            sender.send("b@veille.example", "a@pme.example", message())
        plain = SmtpConfig(port=sink.port, retries=0, timeout=5)  # no TLS, no login: refused
        with SmtpSender(plain) as sender, pytest.raises(DeliveryError):
            sender.send("b@veille.example", "a@pme.example", message())
        assert sink.count == 1


def test_implicit_tls(tls):
    from veille.testing.smtpsink import SmtpSink

    context, ca_file = tls
    with SmtpSink(implicit_tls=context) as sink:
        config = SmtpConfig(port=sink.port, security="tls", ca_file=ca_file, timeout=5)
        with SmtpSender(config) as sender:
            sender.send("b@veille.example", "a@pme.example", message())
        assert sink.per_recipient() == {"a@pme.example": 1}


def test_a_server_that_leaves_before_the_final_dot_is_not_an_unknown_fate():
    """The server closes the connection right after « 354 »: it cannot have accepted the
    message, so the sender says « not delivered » (to retry), never « fate unknown ». The
    message is larger than loopback's socket buffers, so the body cannot all leave before
    the server is gone, whatever the timing (the small-message case, where only the check
    before the final dot sees it, is the next test)."""
    import socket
    import threading

    from veille.bulletin.deliver import UnknownFate

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]

    def serve() -> None:
        conn, _ = listener.accept()
        reader = conn.makefile("rb")
        conn.sendall(b"220 test ESMTP\r\n")
        while True:
            line = reader.readline()
            if not line:
                break
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                conn.sendall(b"250 test\r\n")
            elif verb == b"DATA":
                conn.sendall(b"354 go ahead\r\n")
                conn.shutdown(socket.SHUT_RDWR)  # and leaves before the end of the message
                break
            else:
                conn.sendall(b"250 ok\r\n")
        conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    committed = []
    sender = SmtpSender(SmtpConfig("127.0.0.1", port, timeout=5.0, retries=0))
    with pytest.raises(DeliveryError) as caught:
        sender.send(
            "a@veille.example",
            "b@pme.example",
            b"Subject: x\r\n\r\n" + (b"y" * 998 + b"\r\n") * 32_000,  # 32 MB
            commit=lambda: committed.append(True),
        )
    assert not isinstance(caught.value, UnknownFate) and caught.value.temporary
    assert committed == [], "the ledger never marked it as sending"
    sender.close()
    listener.close()


def test_the_check_before_the_final_dot_sees_a_server_that_left():
    import select
    import socket
    from types import SimpleNamespace

    from veille.bulletin.deliver import _peer_closed

    ours, theirs = socket.socketpair()
    assert not _peer_closed(SimpleNamespace(sock=ours)), "a server still listening"
    theirs.close()
    select.select([ours], [], [], 5)  # the close reaches our end
    assert _peer_closed(SimpleNamespace(sock=ours)), "a server that left"
    assert _peer_closed(SimpleNamespace(sock=None)), "no connection at all"
    ours.close()
