"""The analysis part of the facade: the theme classifier (train, run, evaluate, explain,
people's corrections) and stories (the same story told by several outlets)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from veille.analyse.records import StoryMember, TrainReport
from veille.analyse.region import Gazetteer
from veille.app.records import Analysis, Explanation, ModelInfo, NewSource, SourceAdded
from veille.app.sources import SourcesFacade
from veille.curation.rules import User
from veille.errors import NotFoundError, NotFoundKind, VeilleError
from veille.sources.region import gazetteer_path, load_gazetteer

if TYPE_CHECKING:
    from veille.analyse.classify import ThemeClassifier
    from veille.analyse.records import DedupReport


class AnalysisFacade(SourcesFacade):
    _model: ThemeClassifier | None = None

    def _classifier(self) -> ThemeClassifier:
        """The saved model (trained first when there is none, it is outdated, or the themes
        changed); loaded once per process."""
        from veille.analyse import service

        if self._model is None:
            self.ensure_schema()
            self._model = service.load_or_train(
                self.settings, self.sources(), self._themes, self.now()
            )
        return self._model

    def classify_model(self) -> ModelInfo:
        """The theme model in use (loaded, or trained now when there is none)."""
        model = self._classifier()
        return ModelInfo(model.version, tuple(model.themes))

    def classify_train(self, folds: int = 5) -> TrainReport:
        """Train on the seed set and people's corrections, save, and use the new model."""
        from veille.analyse import service

        self.ensure_schema()
        report = service.train(self.settings, self.sources(), self._themes, self.now(), folds)
        self._model = report.model
        return report

    def classify_run(self, everything: bool = False) -> int:
        """Classify stored items (new ones, or all); people's labels are kept."""
        from veille.analyse import service

        self.ensure_schema()
        return service.classify_stored(
            self._classifier(), self._themes, self.settings.classify_source_hint, everything
        )

    def dedup_run(self, everything: bool = False) -> DedupReport:
        """Place items in stories (new ones, or all again), respecting people's decisions."""
        from veille.analyse import service

        self.ensure_schema()
        return service.dedup_stored(self.settings, self._themes, self.now(), everything)

    def vulnerabilities_run(self) -> int:
        """Read the CVE, EUVD and CERT-FR ids of the items not read yet (new or edited
        ones), recording recent CERT-FR alerts for flash alerts; how many cite a CVE."""
        from veille.analyse import service

        self.ensure_schema()
        return service.vulnerabilities_stored(self._themes, self._vulns, self.now(), self.region())

    def region(self) -> Gazetteer:
        """The regional gazetteer (places, partners, clusters, laboratories, companies),
        read again when its file changes."""
        path = gazetteer_path(self.settings.region_file, self.settings.sources_file)
        return self._read_list(path, load_gazetteer)

    def region_labels(self, places: Sequence[str]) -> list[str]:
        """The names of gazetteer entries, for display (« Caen », « Pôle TES »)."""
        known = {p.id: p.label for p in self.region().places}
        return [known.get(p, p) for p in places]

    def analyse_new(self) -> Analysis:
        """What follows each collection: classify, read vulnerability ids, then group into
        stories."""
        classified = self.classify_run()
        citing = self.vulnerabilities_run()
        return Analysis(classified, self.dedup_run(), citing)

    def sources_add_and_collect(self, user: User, new: NewSource) -> SourceAdded:
        """Add a feed (``sources_add``), visit it at once and analyse what it brought, so
        that the person who added it sees what it gives."""
        added = self.sources_add(user, new)
        if not added.added:
            return SourceAdded(None, added.notes, None, "")
        source_id = added.added[0]
        report = self.collect([source_id], claim=False)
        outcome = report.outcomes[0] if report.outcomes else None
        problem = ""
        if outcome is not None and outcome.new:
            try:
                self.analyse_new()
            except VeilleError as exc:  # the items stay; the next analysis classifies them
                problem = str(exc)
        return SourceAdded(source_id, added.notes, outcome, problem)

    def classify_predict_file(self, path: str) -> list[dict[str, Any]]:
        """Each JSONL line of ``path`` with the predicted labels and scores added."""
        from veille.analyse import service

        rows = service.read_jsonl(path, {"title": str})
        return list(service.predict_rows(self._classifier(), rows))

    def classify_eval_file(self, path: str) -> dict[str, Any]:
        """Per-theme precision, recall and F1 on labelled JSONL lines (the JSON report)."""
        from veille.analyse import service

        rows = service.read_jsonl(path, {"title": str, "labels": list})
        return service.evaluate_rows(self._classifier(), rows)

    def dedup_eval_file(self, path: str) -> dict[str, Any]:
        """Precision, recall and F1 of the duplicate decision on labelled pairs (JSON)."""
        from veille.analyse import service

        rows = service.read_jsonl(path, {"a": str, "b": str, "duplicate": bool})
        return service.dedup_eval_rows(self.settings, rows)

    def classify_label(self, item_id: int, themes: list[str], author: str) -> None:
        """A person's themes for an item: applied at once, used by the next training."""
        from veille.analyse import service

        self.ensure_schema()
        self._themes.label(
            item_id, service.require_themes(themes, self.sources()), author, self.now()
        )

    def classify_explain(self, item_id: int) -> Explanation:
        """Scores of an item and, for each theme, the terms that weighed most."""
        from veille.analyse.classify import Doc

        self.ensure_schema()
        rows = self._store.items_by_id([item_id])
        if not rows:
            raise NotFoundError(NotFoundKind.ITEM, item_id)
        row = rows[0]
        model = self._classifier()
        doc = Doc(str(row["title"]), str(row["summary_text"]), row["language"])  # type: ignore[arg-type]
        scores = model.scores([doc])[0]
        ranked = sorted(((t, round(p, 4)) for t, p in scores.items()), key=lambda tp: -tp[1])
        return Explanation(
            item_id,
            str(row["title"]),
            list(row["themes"] or []),  # type: ignore[call-overload]
            ranked,
            model.explain_all(doc),
        )

    def dedup_split(self, item_id: int, author: str) -> int:
        """Take an item out of its story; later runs keep it apart. Its new story."""
        self.ensure_schema()
        return self._themes.split(item_id, author, self.now())

    def dedup_merge(self, item_id: int, into_item_id: int, author: str) -> int:
        """Put an item's story into another item's; later runs keep them together."""
        self.ensure_schema()
        return self._themes.merge(item_id, into_item_id, author, self.now())

    def dedup_story(self, item_id: int) -> list[StoryMember]:
        """Every item of the story this item belongs to, the lead first ([] if not grouped)."""
        self.ensure_schema()
        try:
            return self._themes.members(self._themes.story_of(item_id))
        except NotFoundError:  # not grouped yet
            return []

    def dedup_stories(self, limit: int = 10) -> list[list[StoryMember]]:
        """The stories told by most outlets."""
        self.ensure_schema()
        return self._themes.largest_stories(limit)
