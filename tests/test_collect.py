"""Collection end to end: loopback HTTP server, real database (SQLite and PostgreSQL)."""

from pathlib import Path

from veille.testing.loopback import Route
from veille.testing.stores import stores
from veille.types import OutcomeStatus

from .conftest import source_yaml

DATA = Path(__file__).parent / "data"
RSS = "application/rss+xml; charset=utf-8"


def data(name: str) -> bytes:
    return (DATA / name).read_bytes()


def by_id(report):
    return {o.source_id: o for o in report.outcomes}


def test_bad_inputs_each_end_in_an_error_or_a_partial_result(server, make_app):
    r = server.routes
    r["/good"] = Route(body=data("rss2.xml"), content_type=RSS)
    r["/404"] = Route(status=404)
    r["/410"] = Route(status=410)
    r["/500"] = Route(status=500)
    r["/moved"] = Route(status=301, headers={"Location": "/moved2"})
    r["/moved2"] = Route(status=301, headers={"Location": "/good-atom"})
    r["/good-atom"] = Route(body=data("atom.xml"), content_type="application/atom+xml")
    r["/loop"] = Route(status=302, headers={"Location": "/loop"})
    r["/hang"] = Route(hang=True)
    r["/big"] = Route(endless=True)
    r["/malformed"] = Route(body=data("malformed.xml"))
    r["/encoding"] = Route(body=data("wrong-encoding.xml"))
    r["/html"] = Route(body=data("not-a-feed.html"), content_type="text/html")
    r["/empty"] = Route(body=data("empty-feed.xml"))
    r["/dupes"] = Route(body=data("duplicates.xml"))
    r["/nolinks"] = Route(body=data("no-links-no-dates.xml"))
    names = [
        "good",
        "404",
        "410",
        "500",
        "moved",
        "loop",
        "hang",
        "big",
        "malformed",
        "encoding",
        "html",
        "empty",
        "dupes",
        "nolinks",
    ]
    app = make_app(
        *(source_yaml(f"s-{n}", server.url(f"/{n}")) for n in names),
        max_body_bytes=100_000,
        read_timeout=1,
        total_timeout=2,
    )
    report = app.collect()
    out = by_id(report)
    assert not report.ok
    assert out["s-good"].new == 5 and out["s-good"].status is OutcomeStatus.OK
    assert out["s-moved"].new == 2
    expected_errors = {
        "s-404": "not_found",
        "s-410": "gone",
        "s-500": "server_error",
        "s-loop": "redirect",
        "s-hang": "timeout",
        "s-big": "too_large",
        "s-html": "not_a_feed",
    }
    for source_id, kind in expected_errors.items():
        assert (out[source_id].status, out[source_id].error_kind) == (OutcomeStatus.ERROR, kind)
    assert out["s-malformed"].new >= 2 and "mal formé" in out["s-malformed"].warning
    assert out["s-encoding"].new == 1
    assert out["s-empty"].status is OutcomeStatus.OK and out["s-empty"].new == 0
    assert out["s-dupes"].new == 3 and "double" in out["s-dupes"].warning
    assert out["s-nolinks"].new == 2
    states = stores(app).store.source_states()
    assert states["s-410"].disabled_reason and "410" in states["s-410"].disabled_reason
    assert states["s-moved"].url == server.url("/good-atom")
    assert states["s-500"].consecutive_failures == 1
    assert states["s-500"].last_error_message == "HTTP 500 : erreur du serveur"
    assert states["s-good"].last_success is not None


def test_second_pass_is_conditional_and_writes_nothing(server, make_app):
    server.routes["/f"] = Route(body=data("rss2.xml"), etag='"e1"', content_type=RSS)
    app = make_app(source_yaml("a", server.url("/f")))
    first = app.collect()
    second = app.collect()
    assert first.outcomes[0].new == 5
    assert second.outcomes[0].status is OutcomeStatus.NOT_MODIFIED
    assert server.hits("/f")[1].headers["if-none-match"] == '"e1"'
    assert stores(app).store.count_items() == 5


def test_changed_feed_updates_items_and_adds_new_ones(server, make_app):
    server.routes["/f"] = Route(body=data("rss2.xml"), content_type=RSS)
    app = make_app(source_yaml("a", server.url("/f")))
    app.collect()
    changed = (
        data("rss2.xml")
        .replace(b"Article 1 sur", b"Article 1 (mis a jour) sur")
        .replace(b"<item>", b"<item><title>Nouveau</title><guid>guid-new</guid></item><item>", 1)
    )
    server.routes["/f"] = Route(body=changed, content_type=RSS)
    outcome = app.collect().outcomes[0]
    assert (outcome.new, outcome.updated, outcome.unchanged) == (1, 1, 4)
    assert stores(app).store.count_items() == 6


def test_nothing_stored_is_lost_when_a_source_breaks(server, make_app):
    server.routes["/f"] = Route(body=data("rss2.xml"), content_type=RSS)
    app = make_app(source_yaml("a", server.url("/f")))
    app.collect()
    for broken in (Route(status=500), Route(body=b"<rss><channel><item>"), Route(hang=True)):
        server.routes["/f"] = broken
        assert app.collect().outcomes[0].status is OutcomeStatus.ERROR
        assert stores(app).store.count_items() == 5
    assert stores(app).store.source_states()["a"].consecutive_failures == 3


def test_errors_back_off_and_disabled_sources_are_skipped(server, make_app):
    server.routes["/err"] = Route(status=503, headers={"Retry-After": "7200"})
    server.routes["/gone"] = Route(status=410)
    app = make_app(source_yaml("err", server.url("/err")), source_yaml("gone", server.url("/gone")))
    app.collect()
    state = stores(app).store.source_states()["err"]
    assert (state.next_check - state.last_checked).total_seconds() >= 7200
    report = app.collect()
    assert [o.source_id for o in report.outcomes] == ["err"]  # the 410 one is disabled
    again = app.collect(["gone"])  # an editor can still retry it by name
    assert again.outcomes[0].error_kind == "gone"


def test_due_only_skips_sources_checked_recently(server, make_app):
    server.routes["/f"] = Route(body=data("rss2.xml"), content_type=RSS)
    app = make_app(source_yaml("a", server.url("/f")))
    first = app.collect(due_only=True)  # never checked: due at once
    assert [(o.source_id, o.status.value, o.new) for o in first.outcomes] == [("a", "ok", 5)]
    assert len(server.hits("/f")) == 1
    assert app.collect(due_only=True).outcomes == []
    assert len(server.hits("/f")) == 1, "a source checked a moment ago is not fetched again"


def _page_routes(server):
    server.routes["/news/"] = Route(
        content_type="text/html; charset=utf-8",
        body=b"""
      <html><body><nav><a href="/">Accueil</a><a href="/contact">Contact</a></nav>
      <main><article><h2><a href="/news/one?utm_source=home">Un</a></h2></article>
      <article><h2><a href="/news/two">Deux</a></h2></article>
      <article><h2><a href="/news/missing">Perdu</a></h2></article></main></body></html>""",
    )
    text = "La cybersécurité des PME normandes progresse grâce aux ateliers régionaux. " * 8
    for slug, title in (("one", "Premier article"), ("two", "Second article")):
        server.routes[f"/news/{slug}"] = Route(
            content_type="text/html; charset=utf-8",
            body=(
                f'<html lang="fr"><head><title>{title}</title>'
                '<meta property="article:published_time" content="2026-11-10T08:00:00+00:00">'
                f"</head><body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
            ).encode(),
        )


def test_page_source_extracts_new_articles_once(server, make_app):
    _page_routes(server)
    app = make_app(source_yaml("p", server.url("/news/"), kind="page"))
    first = app.collect().outcomes[0]
    assert first.new == 2 and "1 article(s) non extrait(s)" in first.warning
    items = {i["title"]: i for i in stores(app).store.items()}
    assert set(items) == {"Premier article", "Second article"}
    assert items["Premier article"]["canonical_url"] == server.url("/news/one")
    assert "cybersécurité des PME" in items["Premier article"]["content_text"]
    assert items["Premier article"]["language"] == "fr"
    server.requests.clear()
    second = app.collect().outcomes[0]
    assert second.new == 0
    assert not server.hits("/news/one")  # known articles are not fetched again


def test_full_text_fetches_linked_articles(server, make_app):
    _page_routes(server)
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>Teaser</title><link>{server.url("/news/one")}</link><guid>t1</guid>
      <description>Court</description></item></channel></rss>""".encode()
    server.routes["/teaser"] = Route(body=feed, content_type=RSS)
    app = make_app(source_yaml("t", server.url("/teaser"), extra="    full_text: true\n"))
    assert app.collect().outcomes[0].new == 1
    [row] = stores(app).store.items()
    assert row["summary_text"] == "Court"
    assert "ateliers régionaux" in row["content_text"]


def test_worker_processes_parse_the_same_as_this_one(server, make_app):
    """Large runs parse in worker processes started by a fork server that preloads the
    parsing module by name: the name must import, and the result must not change."""
    import importlib

    from veille.collect.collector import PRELOAD

    for name in PRELOAD:
        importlib.import_module(name)
    server.routes["/f"] = Route(body=data("rss2.xml"), content_type=RSS)
    app = make_app(source_yaml("a", server.url("/f")), parse_processes=2)
    assert app.collect().outcomes[0].new == 5
    titles = sorted(str(i["title"]) for i in stores(app).store.items())
    assert titles == [f"Article {n} sur la cybersécurité" for n in range(1, 6)]
