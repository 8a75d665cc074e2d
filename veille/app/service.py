"""The service half of the ``Veille`` facade: what the scheduler's jobs and the workers call.
Each job is one of these methods; they hold the only logic, the scheduler none."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from veille.bulletin.deliver import address_of, build_message
from veille.bulletin.rules import ISSUE_STATE_FR, DeliveryStatus, IssueState
from veille.clock import utcnow
from veille.curation.rules import Curation
from veille.errors import BulletinError, VeilleError
from veille.storage.curation import InboxFilter
from veille.storage.service import ServiceStore
from veille.types import CollectReport

if TYPE_CHECKING:
    from veille.app.facade import Veille


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class ServiceFacade:
    service: ServiceStore

    # -- collection work, shared by several workers ------------------------------------------
    def work_once(self: Veille, worker: str, batch: int = 100) -> CollectReport | None:
        """Claim up to ``batch`` due sources, collect them, classify and group what is new,
        and release them; None when nothing was due."""
        lease = timedelta(seconds=self.settings.worker_lease)
        claimed = self.service.claim(worker, utcnow(), lease, batch)
        if not claimed:
            return None
        try:
            report = self.collect(claimed)
        finally:
            self.service.release(worker, claimed)
        self.analyse_if_free(worker)
        return report

    def analyse_if_free(self: Veille, worker: str) -> bool:
        """Classify and group new items, unless another process is doing it right now (it
        will take these items too): one analysis at a time keeps stories consistent and
        saves doing the same work twice. False when it was busy."""
        stale = timedelta(seconds=self.settings.worker_lease)  # a dead analyser lets go then
        if not self.service.take_lease("analyse", worker, utcnow(), stale):
            return False
        try:
            classified, stories = self.analyse_new()
        except VeilleError as exc:
            self.service.job_finished("analyse", False, str(exc), utcnow())
            raise
        self.service.job_finished("analyse", True, f"{classified} classé(s), "
                                  f"{stories.new_stories} histoire(s)", utcnow())
        return True

    def work_until_idle(self: Veille, worker: str, batch: int = 100,
                        stop: Callable[[], bool] = lambda: False) -> int:
        """Work while anything is due or held by another worker's live claim (it may die and
        leave it); returns the number of sources collected."""
        done = 0
        while not stop():
            report = self.work_once(worker, batch)
            if report is not None:
                done += len(report.outcomes)
                continue
            if not self.service.outstanding(utcnow()):
                # nothing left to fetch: make sure what was fetched is analysed, then stop
                while not stop() and not self.analyse_if_free(worker):
                    time.sleep(0.5)
                return done
            time.sleep(min(1.0, self.settings.worker_lease / 10))
        return done

    # -- jobs ---------------------------------------------------------------------------------
    def run_job(self: Veille, name: str, job: Callable[[], str]) -> str:
        """Run one job, recording its start, end and outcome (for status and /healthz)."""
        self.ensure_schema()
        self.service.job_started(name, worker_name(), utcnow())
        try:
            detail = job()
        except VeilleError as exc:
            self.service.job_finished(name, False, str(exc), utcnow())
            raise
        except Exception as exc:
            self.service.job_finished(name, False, f"{exc.__class__.__name__}: {exc}",
                                      utcnow())
            raise
        self.service.job_finished(name, True, detail, utcnow())
        return detail

    def job_collect(self: Veille) -> str:
        done = self.work_until_idle(worker_name())
        return f"{done} source(s) collectée(s)"

    def job_retrain(self: Veille) -> str:
        report = self.train_classifier(folds=0)
        return f"modèle {report.model.version} ({report.corrections} correction(s))"

    def job_send(self: Veille) -> str:
        sent = []
        for number in self.service.issues_to_send(utcnow()):
            report = self.bulletin_publish(number)
            sent.append(f"N° {number} : {report.sent} envoyé(s), "
                        f"{ISSUE_STATE_FR[report.state]}")
        return "; ".join(sent) or "rien à envoyer"

    def job_open_draft(self: Veille) -> str:
        """Open the next draft on the bulletin calendar and remind the partners."""
        if self.current_draft() is not None:
            return "un brouillon est déjà ouvert"
        last = [r.period_end for r in self.bulletin_list() if r.state is not IssueState.CANCELLED]
        today = utcnow().date()
        start = min(max(last) + timedelta(days=1), today) if last else today - timedelta(days=13)
        number, proposed = self.bulletin_new(start, today)
        reminded = self.remind_partners(number)
        return f"N° {number} ouvert ({proposed} article(s) proposé(s)), {reminded} rappel(s)"

    def remind_partners(self: Veille, number: int) -> int:
        """Mail every partner account what is proposed so far for the draft."""
        record, _ = self.bulletin(number)
        rows = self.curation.inbox(InboxFilter(status=Curation.PROPOSED.value), limit=200)
        proposals = self.curation.proposals([r.id for r in rows])
        listed = [(r.title, ", ".join(p.partner_name for p in proposals.get(r.id, [])))
                  for r in rows]
        rendered = self.renderer.reminder(number, record.period_start, record.period_end,
                                          listed, self.renderer.identity.url("veille"))
        people = [u for u in self.users.all() if u.active and u.partner_id]
        if not people:
            return 0
        publisher = self.publisher()
        with self.smtp() as sender:
            for person in people:
                message = build_message(
                    rendered, self.settings.mail_from, person.email,
                    publisher.message_id(number, -person.id).replace(
                        "veille.", "veille.rappel."), utcnow())
                sender.send(address_of(self.settings.mail_from), person.email, message)
        return len(people)

    def schedule_send(self: Veille, number: int, when: datetime | None) -> None:
        """Publish ``number`` at ``when`` (the scheduler's send job does it); None unschedules.
        A draft is made ready first, so what was previewed is what goes."""
        record = self.editorial().record(number)
        if record.state is IssueState.DRAFT and when is not None:
            self.bulletin_ready(number)
        elif record.state is not IssueState.READY:
            raise BulletinError(f"le numéro {number} est {ISSUE_STATE_FR[record.state]} : "
                                "seul un numéro prêt se programme")
        self.service.set_send_at(number, when)

    # -- status -------------------------------------------------------------------------------
    def status(self: Veille) -> dict[str, Any]:
        """What `veille status` and /healthz report."""
        self.ensure_schema()
        now = utcnow()
        health = self.source_health()
        sources = {"total": len(health), "ok": 0, "failing": 0, "paused": 0}
        for h in health:
            if h.state.disabled_reason or not h.enabled or not h.declared:
                sources["paused"] += 1
            elif h.state.consecutive_failures:
                sources["failing"] += 1
            else:
                sources["ok"] += 1
        next_checks = [h.state.next_check for h in health
                       if h.state.next_check and not h.state.disabled_reason]
        draft = self.current_draft()
        issues = self.bulletin_list()
        pending = {}
        for record in issues:
            if record.state is IssueState.PUBLISHING:
                counts = self.ledger.counts(record.number)
                pending[record.number] = (counts[DeliveryStatus.PENDING]
                                          + counts[DeliveryStatus.SENDING])
        last = [r for r in issues if r.state is IssueState.PUBLISHED]
        since = last[0].period_end + timedelta(days=1) if last else now.date() - timedelta(
            days=13)
        return {
            "now": now.isoformat(),
            "sources": sources,
            "next_check": min(next_checks).isoformat() if next_checks else None,
            "due_or_claimed": self.service.outstanding(now),
            "themes_this_period": self.themes.theme_counts(
                datetime.combine(since, datetime.min.time(), tzinfo=now.tzinfo)),
            "period_start": since.isoformat(),
            "draft": draft,
            "pending_deliveries": pending,
            "jobs": [{"name": j.name, "started_at": j.started_at.isoformat(),
                      "finished_at": j.finished_at.isoformat() if j.finished_at else None,
                      "ok": j.ok, "detail": j.detail, "worker": j.worker}
                     for j in self.service.job_runs()],
        }
