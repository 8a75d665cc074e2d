"""The service part of the facade: what workers and the scheduler's jobs call. Each job is
one of these methods; they hold the only logic, the scheduler none."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from veille.app.bulletin import period_after
from veille.app.core import worker_name
from veille.app.curation import open_draft_among
from veille.app.records import SourceCounts, Status
from veille.app.trends import TrendsFacade
from veille.bulletin.deliver import address_of, build_message
from veille.bulletin.render import Rendered
from veille.bulletin.rules import ISSUE_STATE_FR, DeliveryStatus, IssueState
from veille.errors import VeilleError
from veille.types import CollectReport


class ServiceFacade(TrendsFacade):
    # -- collection work, shared by several workers ------------------------------------------
    def worker_once(self, worker: str, batch: int = 100) -> CollectReport | None:
        """Claim up to ``batch`` due sources, collect them, classify and group what is new,
        and release them; None when nothing was due."""
        self.sources_sync()  # sources.yaml is the truth: new, changed, paused or removed sources
        lease = timedelta(seconds=self.settings.worker_lease)
        claimed = self._service.claim(worker, self.now(), lease, batch)
        if not claimed:
            return None
        try:
            report = self.collect(claimed, claim=False)  # held already
        finally:
            self._service.release(worker, claimed)
        self.analyse_if_free(worker)
        return report

    def analyse_if_free(self, worker: str) -> bool:
        """Classify and group new items, unless another process is doing it right now (it
        will take these items too): one analysis at a time keeps stories consistent and
        saves doing the same work twice. False when it was busy."""
        stale = timedelta(seconds=self.settings.worker_lease)  # a dead analyser lets go then
        if not self._service.take_lease("analyse", worker, self.now(), stale):
            return False
        try:
            done = self.analyse_new()
        except VeilleError as exc:
            self._service.job_finished("analyse", False, str(exc), self.now())
            raise
        self._service.job_finished(
            "analyse",
            True,
            f"{done.classified} classé(s), {done.stories.new_stories} histoire(s)",
            self.now(),
        )
        return True

    def worker_until_idle(
        self, worker: str, batch: int = 100, stop: Callable[[], bool] = lambda: False
    ) -> int:
        """Work while anything is due or held by another worker's live claim (it may die and
        leave it); returns the number of sources collected."""
        done = 0
        while not stop():
            report = self.worker_once(worker, batch)
            if report is not None:
                done += len(report.outcomes)
                continue
            if not self._service.outstanding(self.now()):
                # nothing left to fetch: make sure what was fetched is analysed, then stop
                while not stop() and not self.analyse_if_free(worker):
                    time.sleep(0.5)
                return done
            time.sleep(min(1.0, self.settings.worker_lease / 10))
        return done

    # -- jobs ---------------------------------------------------------------------------------
    def job_run(self, name: str, job: Callable[[], str]) -> str:
        """Run one job, recording its start, end and outcome (for status and /healthz)."""
        self.ensure_schema()
        self._service.job_started(name, worker_name(), self.now())
        try:
            detail = job()
        except VeilleError as exc:
            self._service.job_finished(name, False, str(exc), self.now())
            raise
        except Exception as exc:
            self._service.job_finished(name, False, f"{exc.__class__.__name__}: {exc}", self.now())
            raise
        self._service.job_finished(name, True, detail, self.now())
        return detail

    def job_collect(self) -> str:
        """The scheduler's collect job: work until nothing is due."""
        done = self.worker_until_idle(worker_name())
        return f"{done} source(s) collectée(s)"

    def job_retrain(self) -> str:
        """The scheduler's nightly job: retrain the theme model with the corrections."""
        report = self.classify_train(folds=0)
        return f"modèle {report.model.version} ({report.corrections} correction(s))"

    def job_send(self) -> str:
        """The scheduler's send job: publish issues whose time has come, resume others, and
        send the flash alerts due (at most one per reader and day)."""
        sent = []
        for number in self._service.issues_to_send(self.now()):
            report = self.bulletin_publish(number)
            sent.append(f"N° {number} : {report.sent} envoyé(s), {ISSUE_STATE_FR[report.state]}")
        flashes = self.flash_send()
        if flashes.sent or flashes.failed or flashes.unknown:
            sent.append(f"{flashes.sent} alerte(s) flash envoyée(s)")
        return "; ".join(sent) or "rien à envoyer"

    def job_open_draft(self) -> str:
        """Open the next draft on the bulletin calendar and remind the partners."""
        if self.bulletin_current_draft() is not None:
            return "un brouillon est déjà ouvert"
        opened = self.bulletin_new()
        reminded = self.partners_remind(opened.number)
        return (
            f"N° {opened.number} ouvert ({opened.proposed} article(s) repris), {reminded} rappel(s)"
        )

    def partners_remind(self, number: int) -> int:
        """Mail every partner account what is proposed so far for the draft (the same
        pending proposals the editors' board shows)."""
        record = self.bulletin(number).record
        listed = [
            (row.title, ", ".join(p.partner_name for p in proposals))
            for row, proposals in self.pending_proposals()
        ]
        renderer = self._renderer()
        rendered = renderer.reminder(
            number, record.period_start, record.period_end, listed, renderer.identity.url("veille")
        )
        publisher = self._publisher()
        return self._mail_partners(
            rendered,
            lambda uid: publisher.message_id(number, -uid).replace("veille.", "veille.rappel."),
        )

    def partners_digest(self) -> int:
        """Mail every active account of a partner organisation (editors included) what the
        trend radar sees rising this week; how many were mailed."""
        view = self.trends_radar()
        renderer = self._renderer()
        rendered = renderer.digest(
            view.day,
            [t for t, _ in view.trends[:10]],
            view.settings.window,
            self.sources().theme_labels(),
            renderer.identity.url("tendances"),
        )
        publisher = self._publisher()
        return self._mail_partners(
            rendered,
            lambda uid: (
                f"<tendances-{view.day.isoformat()}-{uid}.{publisher.mail.salt[:12]}"
                f"@{publisher.mail.domain}>"
            ),
        )

    def _mail_partners(self, rendered: Rendered, message_id: Callable[[int], str]) -> int:
        """Mail ``rendered`` to every active account of a partner organisation."""
        people = [u for u in self._users.all() if u.active and u.partner_id]
        if not people:
            return 0
        with self._smtp() as sender:
            for person in people:
                message = build_message(
                    rendered,
                    self.settings.mail_from,
                    person.email,
                    message_id(person.id),
                    self.now(),
                )
                sender.send(address_of(self.settings.mail_from), person.email, message)
        return len(people)

    def job_digest(self) -> str:
        """The scheduler's weekly job: mail the partners what is rising."""
        return f"{self.partners_digest()} compte(s) prévenu(s) des tendances"

    # -- status -------------------------------------------------------------------------------
    def status(self) -> Status:
        """What `veille status` and /healthz report. Reads only."""
        self.ensure_schema()
        now = self.now()
        health = self.sources_health()
        counts = {"ok": 0, "failing": 0, "paused": 0}
        for h in health:
            if h.state.disabled_reason or not h.enabled or not h.declared:
                counts["paused"] += 1
            elif h.state.consecutive_failures:
                counts["failing"] += 1
            else:
                counts["ok"] += 1
        next_checks = [
            h.state.next_check for h in health if h.state.next_check and not h.state.disabled_reason
        ]
        issues = self.bulletin_list()  # read once for the deliveries, the period, the draft
        pending = {}
        for record in issues:
            if record.state is IssueState.PUBLISHING:
                ledger = self._ledger.counts(record.number)
                pending[record.number] = (
                    ledger[DeliveryStatus.PENDING] + ledger[DeliveryStatus.SENDING]
                )
        since = period_after(issues, now.date())[0]
        return Status(
            now=now,
            sources=SourceCounts(len(health), **counts),
            next_check=min(next_checks) if next_checks else None,
            due_or_claimed=self._service.outstanding(now),
            themes_this_period=self._themes.theme_counts(
                datetime.combine(since, datetime.min.time(), tzinfo=now.tzinfo)
            ),
            period_start=since,
            draft=open_draft_among(issues),
            pending_deliveries=pending,
            jobs=self._service.job_runs(),
        )
