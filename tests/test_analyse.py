"""Classification and stories on stored items, on SQLite and PostgreSQL."""

import json
import pickle
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from veille.errors import ClassifierError, InputError
from veille.storage import db
from veille.testing.stores import stores
from veille.types import Item, SourceState

from .bulletin_data import make_item
from .conftest import source_yaml

NOW = datetime.now(UTC)


def item(source: str, key: str, title: str, summary: str, url: str | None = None) -> Item:
    """An item published an hour ago; its hash is its title's first 60 characters."""
    stored = make_item(source, key, title, NOW - timedelta(hours=1), summary)
    if url:
        stored = replace(stored, url=url, canonical_url=url)
    return replace(stored, content_hash=title[:60])


HOSPITAL = (
    "Rançongiciel : l'hôpital de Caen contraint de détourner ses urgences",
    "L'attaque a chiffré les serveurs dimanche ; les ambulances sont envoyées à Bayeux.",
)


@pytest.fixture
def app(make_app, tmp_path):
    app = make_app(
        source_yaml("a", "https://a.example/f"),
        source_yaml("b", "https://b.example/f", themes="[cyber, ai, blockchain]"),
        source_yaml("c", "https://c.example/f", themes="[blockchain]"),
        model_file=str(tmp_path / "themes.model"),
    )
    app.sources_sync()
    store = stores(app).store
    store.record(
        SourceState("a", "https://a.example/f"),
        [
            item("a", "1", *HOSPITAL),
            item(
                "a",
                "2",
                "Sécurité routière : moins de morts sur les routes",
                "Le bilan annuel est en baisse grâce aux contrôles.",
            ),
        ],
        NOW,
    )
    store.record(
        SourceState("b", "https://b.example/f"),
        [
            item(
                "b",
                "1",
                "L'hôpital de Caen détourne ses urgences après un rançongiciel",
                "Les serveurs ont été chiffrés dimanche par l'attaque ; ambulances envoyées à "
                "Bayeux.",
            ),
            item(
                "b",
                "2",
                "L'IA générative entre dans les PME normandes",
                "Les dirigeants testent des assistants conversationnels.",
            ),
        ],
        NOW,
    )
    store.record(
        SourceState("c", "https://c.example/f"),
        [
            item(
                "c",
                "1",
                "Le bitcoin dépasse les 100 000 dollars",
                "La cryptomonnaie bat son record.",
            ),
            item("c", "2", *HOSPITAL, url="https://a.example/1"),  # the same article, relayed
        ],
        NOW,
    )
    return app


def rows(app):
    with app.engine.connect() as conn:
        return {
            (r.source_id, r.key): r
            for r in conn.execute(
                text(
                    "select id, source_id, key, themes, theme_scores, to_sort, classified_with, "
                    "story_id from items"
                )
            )
        }


def test_new_items_are_classified_and_grouped(app):
    done = app.analyse_new()
    classified, stories = done.classified, done.stories
    assert classified == 6 and (stories.items, stories.new_stories) == (6, 4)
    r = rows(app)
    themes = {
        k: json.loads(v.themes) if isinstance(v.themes, str) else v.themes for k, v in r.items()
    }
    assert themes[("a", "1")] == ["cyber"] and themes[("a", "2")] == []
    assert themes[("b", "2")] == ["ai"] and themes[("c", "1")] == ["blockchain"]
    assert all(v.classified_with for v in r.values())
    hospital = {r[("a", "1")].story_id, r[("b", "1")].story_id, r[("c", "2")].story_id}
    assert hospital == {r[("a", "1")].id}
    [story] = app.dedup_stories()
    assert [m.source_id for m in story] == ["a", "b", "c"] and story[0].lead
    assert app.analyse_new().classified == 0  # nothing new: nothing done again


def test_a_model_saved_by_an_older_version_is_retrained_not_fatal(app, tmp_path):
    from veille.analyse.classify import MODEL_FORMAT, ThemeClassifier

    model_file = tmp_path / "themes.model"
    model_file.write_bytes(b"cveille.classify\nThemeClassifier\n.")  # the old class path
    assert app.classify_run() == 6
    assert set(ThemeClassifier.load(model_file).themes) == {"ai", "blockchain", "cyber"}
    assert pickle.loads(model_file.read_bytes())["format"] == MODEL_FORMAT


def test_a_person_label_is_kept_and_trains_the_next_model(app):
    app.analyse_new()
    target = rows(app)[("a", "2")].id
    app.classify_label(target, ["cyber"], "editor@cci")
    assert app.classify_run(everything=True) == 5  # the labelled item is not reclassified
    row = rows(app)[("a", "2")]
    assert (json.loads(row.themes) if isinstance(row.themes, str) else row.themes) == ["cyber"]
    assert row.classified_with == "person:editor@cci"
    report = app.classify_train(folds=0)
    assert report.corrections == 1 and report.model.corrections == 1
    with pytest.raises(ClassifierError, match="inconnu"):
        app.classify_label(target, ["energie"], "editor@cci")


def test_split_and_merge_survive_a_full_regrouping(app):
    app.analyse_new()
    r = rows(app)
    relayed, lead, bitcoin = r[("b", "1")].id, r[("a", "1")].id, r[("c", "1")].id
    app.dedup_split(relayed, "editor")
    app.dedup_merge(bitcoin, lead, "editor")
    app.dedup_run(everything=True)
    r = rows(app)
    assert r[("b", "1")].story_id == relayed
    assert r[("c", "1")].story_id == r[("a", "1")].story_id == r[("c", "2")].story_id


def test_explain_gives_scores_and_terms(app):
    app.analyse_new()
    data = app.classify_explain(rows(app)[("a", "1")].id)
    assert dict(data.scores)["cyber"] > 0.5 and "Rançongiciel" in data.terms["cyber"]


def test_jsonl_errors_name_file_and_line(app, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "ok", "labels": []}\n{"title": "no labels"}\n')
    with pytest.raises(InputError, match=r"bad.jsonl:2 .*labels"):
        app.classify_eval_file(str(bad))
    bad.write_text('{"title": "ok"}\nnot json\n')
    with pytest.raises(InputError, match=r"bad.jsonl:2 : JSON invalide"):
        app.classify_predict_file(str(bad))


def test_migration_from_0001_keeps_items(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = db.make_engine(url)
    db.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("insert into partners (id, name) values ('p', 'P')"))
        conn.execute(
            text(
                "insert into sources (id, name, kind, url, current_url, themes, partner_id, "
                "interval, enabled, declared, full_text, max_articles, consecutive_failures) "
                "values ('s', 'S', 'feed', 'http://e.org', 'http://e.org', '[]', 'p', 60, 1, 1, 0, "
                "20, 0)"
            )
        )
        conn.execute(
            text(
                "insert into items (source_id, key, title, summary_html, summary_text, "
                "content_text, published_at, date_from_source, first_seen_at, updated_at, "
                "content_hash) values ('s', 'k', 'T', '', '', '', '2026-11-01 00:00:00', 1, "
                "'2026-11-01 00:00:00', '2026-11-01 00:00:00', 'h')"
            )
        )
    db.upgrade(engine)
    with engine.connect() as conn:
        row = conn.execute(text("select title, to_sort, classified_with from items")).one()
    assert tuple(row) == ("T", 0, None)
    engine.dispose()


def test_explain_an_unknown_item_is_not_found(app):
    from veille.errors import NotFoundError, NotFoundKind

    with pytest.raises(NotFoundError, match="article 999999 introuvable") as caught:
        app.classify_explain(999999)
    assert caught.value.what is NotFoundKind.ITEM and caught.value.ident == 999999
