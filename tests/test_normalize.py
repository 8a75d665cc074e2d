from datetime import UTC, datetime, timedelta
from pathlib import Path

from veille.collect.normalize import normalize_items
from veille.collect.parse import parse_feed
from veille.types import RawItem, Source, SourceKind

DATA = Path(__file__).parent / "data"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
SOURCE = Source(
    id="s",
    name="S",
    kind=SourceKind.FEED,
    url="http://example.org/feed",
    themes=("cyber",),
    language=None,
    partner="cci",
    interval=3600,
)


def items_of(name: str):
    feed = parse_feed((DATA / name).read_bytes(), SOURCE.url, "application/xml")
    return normalize_items(SOURCE, feed.items, SOURCE.url, NOW, feed.language)


def test_canonical_url_and_clean_fields():
    result = items_of("rss2.xml")
    item = result.items[0]
    assert item.url.startswith("http://example.org/articles/1?utm_source")
    assert item.canonical_url == "http://example.org/articles/1"
    assert item.language == "fr"
    assert item.date_from_source


def test_duplicated_guids_in_one_feed_are_dropped():
    result = items_of("duplicates.xml")
    assert [i.key for i in result.items] == ["guid-1", "guid-2", "guid-3"]
    assert result.duplicate_keys == 1


def test_entries_without_links_or_dates():
    result = items_of("no-links-no-dates.xml")
    assert len(result.items) == 2 and result.skipped_empty == 1
    no_guid, with_guid = result.items
    assert no_guid.key.startswith("sha:") and no_guid.url is None
    assert with_guid.key == "guid-2"
    assert no_guid.published_at == NOW and not no_guid.date_from_source


def test_hostile_html_is_inert():
    item = items_of("hostile.xml").items[0]
    assert "<script" not in item.title and item.title.endswith("Titre piégé")
    html = item.summary_html
    for bad in ("onclick", "onerror", "<img", "javascript:", "<iframe", "<style", "steal"):
        assert bad not in html, bad
    assert "<p>Texte" in html


def test_relative_links_resolved_and_rel_added():
    raw = RawItem(key="k", url="/a/1", title="T", summary_html='<p><a href="/b">b</a></p>')
    item = normalize_items(SOURCE, [raw], SOURCE.url, NOW).items[0]
    assert item.url == "http://example.org/a/1"
    assert 'href="http://example.org/b"' in item.summary_html
    assert "nofollow" in item.summary_html


def test_future_dates_are_clamped_and_dates_in_utc():
    future = RawItem(key="f", url=None, title="Futur", published=NOW + timedelta(days=30))
    past = RawItem(
        key="p", url=None, title="Passé", published=datetime(2026, 11, 1, 10, tzinfo=UTC)
    )
    f, p = normalize_items(SOURCE, [future, past], SOURCE.url, NOW).items
    assert f.published_at == NOW and not f.date_from_source
    assert p.published_at.tzinfo is not None and p.date_from_source


def test_language_detected_when_nobody_says():
    raws = [
        RawItem(
            key="en",
            url=None,
            title="Ransomware gang hits hospitals across Europe",
            summary_html="Attackers encrypted patient records and demanded payment.",
        ),
        RawItem(
            key="fr",
            url=None,
            title="Une faille critique touche les routeurs",
            summary_html="Les entreprises doivent appliquer le correctif rapidement.",
        ),
    ]
    en, fr = normalize_items(SOURCE, raws, SOURCE.url, NOW).items
    assert (en.language, fr.language) == ("en", "fr")


def test_content_hash_changes_with_content_and_key_is_stable():
    a = RawItem(key="k", url="http://example.org/x", title="T", summary_html="v1")
    b = RawItem(key="k", url="http://example.org/x", title="T", summary_html="v2")
    ia, ib = (normalize_items(SOURCE, [r], SOURCE.url, NOW).items[0] for r in (a, b))
    assert ia.key == ib.key and ia.content_hash != ib.content_hash


def test_an_empty_link_resolved_against_the_feed_is_no_link():
    """« <link></link> » resolves to the feed's own address: that is not the item's page,
    and items sharing it must not look like one page (stories would merge them)."""
    raws = [
        RawItem(key=f"k{i}", url=url, title=f"Avis {i}")
        for i, url in enumerate(["", SOURCE.url, "http://EXAMPLE.org:80/feed"])
    ]
    items = normalize_items(SOURCE, raws, SOURCE.url, NOW).items
    assert [i.url for i in items] == [None, None, None]
    assert [i.canonical_url for i in items] == [None, None, None]
