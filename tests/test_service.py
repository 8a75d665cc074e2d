"""Running as a service: workers sharing sources by claims, the scheduler and its stored
jobs, scheduled sending, status and /healthz. SQLite and PostgreSQL, real servers."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import func, select, text

from veille import schedule
from veille.app.facade import Veille
from veille.bulletin.rules import IssueState, SubscriberStatus
from veille.curation.rules import Role
from veille.errors import BulletinError
from veille.storage.models import ItemRow
from veille.testing.loopback import LoopbackServer, Route
from veille.testing.stores import stores

from .bulletin_data import NOW, SOURCES, seed
from .conftest import mail_settings, source_yaml

FORK = multiprocessing.get_context("fork")


def rss(name: str, n: int) -> bytes:
    entries = "".join(
        f"<item><title>{name} article {i}</title><link>https://{name}.example/{i}</link>"
        f"<guid>{name}-{i}</guid><pubDate>Mon, 23 Nov 2026 10:{i:02d}:00 +0000</pubDate>"
        f"<description>Texte {i} sur la cybersécurité des PME.</description></item>"
        for i in range(n)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{name}</title><link>https://{name}.example/</link>"
        f"<language>fr</language>{entries}</channel></rss>"
    ).encode()


@pytest.fixture
def farm():
    with LoopbackServer(default_delay=0.05) as server:
        for i in range(30):
            server.routes[f"/f{i}.xml"] = Route(body=rss(f"s{i}", 5))
        yield server


@pytest.fixture
def fleet(make_app, farm, tmp_path):
    entries = [source_yaml(f"s{i}", farm.url(f"/f{i}.xml")) for i in range(30)]
    app = make_app(*entries, worker_lease=2, model_file=str(tmp_path / "themes.model"))
    app.sources_sync()
    return app


def test_claims_are_disjoint_expire_and_are_released(fleet):
    service = stores(fleet).service
    now = datetime.now(UTC)
    first = service.claim("w1", now, timedelta(seconds=60), 10)
    second = service.claim("w2", now, timedelta(seconds=60), 50)
    assert len(first) == 10 and len(second) == 20 and not set(first) & set(second)
    assert service.claim("w3", now, timedelta(seconds=60), 50) == []
    assert service.outstanding(now) == 30
    later = now + timedelta(seconds=61)  # w1 and w2 died: their claims expire
    assert len(service.claim("w3", later, timedelta(seconds=60), 50)) == 30
    service.release("w3", first)
    service.release("w1", second)  # not w1's any more: nothing changes
    assert service.claim("w4", later, timedelta(seconds=60), 50) == sorted(first)


def _work(settings, stop_after: float | None) -> None:  # type: ignore[no-untyped-def]
    app = Veille(settings)
    app.worker_until_idle(f"worker-{os.getpid()}", batch=3)
    os._exit(0)


def test_several_workers_share_the_sources_and_survive_one_killed(fleet):
    workers = [FORK.Process(target=_work, args=(fleet.settings, None)) for _ in range(3)]
    for w in workers:
        w.start()
    time.sleep(0.4)
    os.kill(workers[0].pid, signal.SIGKILL)  # killed in the middle of its batch
    for w in workers:
        w.join(60)
    assert workers[0].exitcode == -signal.SIGKILL
    assert [w.exitcode for w in workers[1:]] == [0, 0]
    health = fleet.sources_health()
    assert all(h.state.last_success is not None for h in health), [
        h.id for h in health if h.state.last_success is None
    ]
    with fleet.engine.connect() as conn:
        items = conn.scalar(select(func.count()).select_from(ItemRow))
        distinct = conn.scalar(select(func.count(func.distinct(ItemRow.canonical_url))))
    assert items == distinct == 30 * 5, "every item once"
    assert stores(fleet).service.outstanding(datetime.now(UTC)) == 0


@pytest.fixture
def published_setup(make_app, sink, tmp_path):
    app = make_app(
        *SOURCES, **mail_settings(sink, tmp_path), model_file=str(tmp_path / "themes.model")
    )
    app.ids = seed(app)
    return app


def test_a_scheduled_issue_is_sent_by_the_send_job_once(published_setup, sink):
    app = published_setup
    for i in range(3):
        stores(app).subscribers.add(
            f"r{i}@pme.example", ["cyber"], SubscriberStatus.ACTIVE, "t", NOW, NOW
        )
    number = app.bulletin_new((NOW - timedelta(days=13)).date(), NOW.date()).number
    app.bulletin_schedule(number, datetime.now(UTC) + timedelta(hours=1))
    assert stores(app).issues.get(number).state is IssueState.READY
    assert app.job_send() == "rien à envoyer"
    with pytest.raises(BulletinError, match="date d'envoi passée"):
        app.bulletin_schedule(number, datetime.now(UTC) - timedelta(minutes=1))
    later = datetime.now(UTC) + timedelta(hours=2)
    app._clock = lambda: later  # the hour has come
    assert "N° 1 : 3 envoyé(s), publié" in app.job_send()
    assert app.job_send() == "rien à envoyer"
    assert sink.per_recipient() == {f"r{i}@pme.example": 1 for i in range(3)}


def test_scheduler_stores_jobs_and_runs_a_missed_one_once_at_start(published_setup, sink):
    app = published_setup
    app.users_add("camille@cci.example", "Camille", Role.PARTNER, "cci", "mot-de-passe-long")
    settings = {"collect_every": 3600}
    app.settings = app.settings.with_overrides(**settings)
    planner = schedule.build(app, jobs={"draft", "retrain"})
    schedule.start(planner)
    stored = {j.id: j.next_run_time for j in planner.get_jobs()}
    assert set(stored) == {"draft", "retrain"} and all(stored.values())
    planner.pause()
    planner.modify_job("draft", next_run_time=datetime.now(UTC) - timedelta(days=15))
    schedule.stop(planner)  # the service goes down with a run due two weeks ago
    with app.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM apscheduler_jobs")) == 2
    again = schedule.build(app, jobs={"draft", "retrain"})
    schedule.start(again)
    deadline = time.monotonic() + 20
    while app.bulletin_current_draft() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    schedule.stop(again)
    drafts = [r for r in app.bulletin_list() if r.state is IssueState.DRAFT]
    assert len(drafts) == 1, "the missed run ran once, not once per missed slot"
    (reminder,) = [m for m in sink.received if "camille@cci.example" in m.recipients]
    assert "N° 1 ouvert" in reminder.message()["Subject"]
    runs = {j.name: j for j in stores(app).service.job_runs()}
    assert runs["draft"].ok and "N° 1 ouvert" in runs["draft"].detail


def test_status_and_healthz(web_site):
    app, base = web_site
    data = app.status()
    assert data.sources.total == 3 and data.draft is None
    answer = httpx.get(f"{base}/healthz")
    assert answer.status_code == 200 and answer.json()["status"] == "ok"
    stores(app).service.job_started("collect", "test", datetime.now(UTC))
    stores(app).service.job_finished("collect", False, "serveur injoignable", datetime.now(UTC))
    degraded = httpx.get(f"{base}/healthz").json()
    assert degraded["status"] == "degraded" and degraded["failing_jobs"] == ["collect"]


def test_backup_wipe_restore_loses_nothing(published_setup, tmp_path):
    from veille.storage import db

    app = published_setup
    stores(app).subscribers.add(
        "lecteur@pme.example", ["ai"], SubscriberStatus.ACTIVE, "t", NOW, NOW
    )
    app.users_add("camille@cci.example", "Camille", Role.PARTNER, "cci", "mot-de-passe-long")
    number = app.bulletin_new((NOW - timedelta(days=13)).date(), NOW.date()).number
    tables = (
        "items",
        "sources",
        "subscribers",
        "users",
        "issues",
        "issue_items",
        "item_labels",
        "partners",
    )

    def snapshot() -> dict[str, int]:
        with app.engine.connect() as conn:
            return {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in tables}

    before = snapshot()
    assert before["items"] == 8 and before["issue_items"] > 0
    saved = db.backup(app.engine, tmp_path / "sauvegarde.db")
    with app.engine.begin() as conn:  # wipe
        conn.execute(text("DELETE FROM issue_items"))
        conn.execute(text("DELETE FROM issues"))
        conn.execute(text("DELETE FROM subscribers"))
    assert snapshot()["issues"] == 0
    db.restore(app.engine, saved)
    assert snapshot() == before
    assert db.current_revision(app.engine) == db.head_revision(app.engine)
    content = app.bulletin(number).content
    assert content.item_count == before["issue_items"]
    assert app.users_authenticate("camille@cci.example", "mot-de-passe-long").name == "Camille"
    from veille.curation.records import InboxFilter

    assert stores(app).curation.inbox(InboxFilter(query="rançongiciel")), "search works again"
    from veille.errors import NotFoundError

    with pytest.raises(NotFoundError, match=r"sauvegarde .*absent\.db introuvable"):
        db.restore(app.engine, tmp_path / "absent.db")
    assert snapshot() == before, "a missing backup changes nothing"


def test_json_log_lines_carry_their_context(capsys):
    import json
    import logging

    from veille.logs import configure

    root = logging.getLogger()
    saved = root.handlers[:], root.level, logging.getLogger("veille").level
    configure("INFO", "json")
    try:
        logging.getLogger("veille.collect").info(
            "source=%s status=ok", "certfr", extra={"source": "certfr"}
        )
        logging.getLogger("veille.publish").warning("fate unknown", extra={"issue": 12})
    finally:
        root.handlers[:], root.level = saved[0], saved[1]
        logging.getLogger("veille").setLevel(saved[2])
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert lines[0]["source"] == "certfr" and lines[0]["level"] == "info"
    assert lines[0]["message"] == "source=certfr status=ok"
    assert lines[1]["issue"] == 12 and lines[1]["logger"] == "veille.publish"


def test_without_accidents_each_due_source_is_fetched_by_exactly_one_worker(fleet, farm):
    workers = [FORK.Process(target=_work, args=(fleet.settings, None)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    fetched = Counter(r.path for r in farm.requests)
    assert fetched == {f"/f{i}.xml": 1 for i in range(30)}


def test_workers_follow_sources_yaml_without_any_other_command(make_app, farm, tmp_path):
    """A fresh deployment: the database was only migrated, never synced; workers must find
    the sources themselves, and pick up every later edit of the file."""
    from pathlib import Path

    entries = [source_yaml(f"s{i}", farm.url(f"/f{i}.xml")) for i in range(4)]
    app = make_app(*entries, worker_lease=2, model_file=str(tmp_path / "themes.model"))
    app.db_upgrade()
    assert stores(app).store.health() == [], "nothing synced yet"
    worker = Veille(app.settings)  # another process's facade
    assert worker.worker_until_idle("w1", batch=10) == 4
    path = Path(app.settings.sources_file)
    text = path.read_text()
    text = text.replace(source_yaml("s0", farm.url("/f0.xml")), "")  # removed
    text = text.replace(
        source_yaml("s1", farm.url("/f1.xml")),
        source_yaml("s1", farm.url("/f1.xml"), extra="    enabled: false\n"),
    )
    path.write_text(text + source_yaml("s9", farm.url("/f9.xml")), encoding="utf-8")
    later = datetime.now(UTC) + timedelta(days=2)  # everything due again
    worker._clock = lambda: later
    hits = {p: len(farm.hits(p)) for p in ("/f0.xml", "/f1.xml", "/f9.xml")}
    worker.worker_until_idle("w1", batch=10)
    assert len(farm.hits("/f9.xml")) == hits["/f9.xml"] + 1, "the new source is collected"
    assert len(farm.hits("/f0.xml")) == hits["/f0.xml"], "the removed one is not"
    assert len(farm.hits("/f1.xml")) == hits["/f1.xml"], "the disabled one is not"
    worker.close()


def test_collect_leaves_a_source_to_the_worker_that_holds_it(fleet, farm):
    held = stores(fleet).service.claim("another-worker", datetime.now(UTC), timedelta(minutes=5), 5)
    assert len(held) == 5
    report = fleet.collect()
    skipped = {o.source_id for o in report.outcomes if o.status.value == "skipped"}
    assert skipped == set(held)
    assert all(len(farm.hits(f"/f{s[1:]}.xml")) == 0 for s in held), "not fetched twice"
    assert sum(o.status.value == "ok" for o in report.outcomes) == 25
    forced = fleet.collect(source_ids=[held[0]])  # naming a source overrides the claim
    assert forced.outcomes[0].status.value == "ok"


def test_the_weekly_digest_tells_partners_what_is_rising(web_site, sink):
    from .test_web_browser import seed_rising_name

    app, _ = web_site
    seed_rising_name(app)
    for email, partner, role in (
        ("camille@cci.example", "cci", Role.PARTNER),
        ("noe@pole.example", "pole", Role.PARTNER),
        ("redaction@cci.example", "cci", Role.EDITOR),
    ):
        app.users_add(email, email.split("@")[0], role, partner, "mot-de-passe-long")
    assert schedule.triggers(app)["digest"][0] == "veille.schedule:digest"
    assert app.job_digest() == "3 compte(s) prévenu(s) des tendances"
    mails = {m.recipients[0]: m for m in sink.received}
    assert set(mails) == {"camille@cci.example", "noe@pole.example", "redaction@cci.example"}
    message = mails["camille@cci.example"].message()
    text = message.get_body(("plain",)).get_content()
    assert message["Subject"].startswith("Ce qui monte cette semaine")
    assert "Grimpeur (nouveau)" in text and "/tendances" in text
    app.settings = app.settings.with_overrides(digest_cron="")
    assert "digest" not in schedule.triggers(app)
