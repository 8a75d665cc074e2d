"""The only APScheduler user: which job runs when. Jobs hold no logic: each calls one method
of the facade (``ServiceFacade``), the same the CLI calls.

Jobs live in the database (APScheduler's SQLAlchemy job store, table ``apscheduler_jobs``),
so a restart neither loses nor repeats them: a run missed while the server was down runs
once when it comes back (``coalesce``, no grace limit), and a job never overlaps itself
(``max_instances=1``; collection also shares its sources between processes by claims).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from veille.errors import ConfigError, VeilleError

if TYPE_CHECKING:
    from veille.app.facade import Veille

log = logging.getLogger("veille.schedule")
_app: Veille | None = None  # the facade this process's jobs call


def collect() -> None:
    _run("collect", lambda app: app.job_collect())


def send() -> None:
    _run("send", lambda app: app.job_send())


def retrain() -> None:
    _run("retrain", lambda app: app.job_retrain())


def open_draft() -> None:
    _run("draft", lambda app: app.job_open_draft())


def digest() -> None:
    _run("digest", lambda app: app.job_digest())


def _run(name: str, job: object) -> None:
    app = _app
    if app is None:
        raise RuntimeError("schedule.bind(app) was not called in this process")
    try:
        detail = app.job_run(name, lambda: job(app))  # type: ignore[operator]
        log.info("job %s: %s", name, detail, extra={"job": name})
    except VeilleError as exc:
        log.error("job %s failed: %s", name, exc, extra={"job": name})


def triggers(app: Veille) -> dict[str, tuple[str, BaseTrigger]]:
    """Job id → (function reference, trigger), from the settings."""
    s = app.settings
    zone = ZoneInfo(s.timezone)
    try:
        jobs: dict[str, tuple[str, BaseTrigger]] = {
            "collect": (
                "veille.schedule:collect",
                IntervalTrigger(seconds=s.collect_every, timezone=zone),
            ),
            "send": ("veille.schedule:send", IntervalTrigger(seconds=60, timezone=zone)),
            "retrain": (
                "veille.schedule:retrain",
                CronTrigger.from_crontab(s.retrain_cron, timezone=zone),
            ),
        }
        if s.draft_cron:
            minute, hour, day, month, weekday = s.draft_cron.split()
            jobs["draft"] = (
                "veille.schedule:open_draft",
                CronTrigger(
                    minute=minute,
                    hour=hour,
                    day=day,
                    month=month,
                    day_of_week=weekday,
                    week=f"*/{s.draft_every_weeks}" if s.draft_every_weeks > 1 else "*",
                    timezone=zone,
                ),
            )
        if s.digest_cron:
            jobs["digest"] = (
                "veille.schedule:digest",
                CronTrigger.from_crontab(s.digest_cron, timezone=zone),
            )
    except ValueError as exc:
        raise ConfigError(f"planification invalide : {exc}") from exc
    return jobs


def build(app: Veille, jobs: set[str] | None = None) -> BackgroundScheduler:
    """A scheduler over the database's job store, not started (see ``start``)."""
    global _app
    _app = app
    app.ensure_schema()
    scheduler = BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=app.engine)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        timezone=ZoneInfo(app.settings.timezone),
    )
    scheduler.veille_jobs = {k: v for k, v in triggers(app).items() if jobs is None or k in jobs}
    return scheduler


def start(scheduler: BackgroundScheduler) -> None:
    """Start paused, make the stored jobs match the settings, then run. A job already
    stored keeps its next run time unless its trigger changed, so a run missed while the
    service was down is not forgotten: it runs once, now."""
    wanted: dict[str, tuple[str, BaseTrigger]] = scheduler.veille_jobs
    scheduler.start(paused=True)
    for job in scheduler.get_jobs():
        if job.id not in wanted:
            scheduler.remove_job(job.id)
    for job_id, (func, trigger) in wanted.items():
        existing = scheduler.get_job(job_id)
        if existing is None:
            scheduler.add_job(func, trigger, id=job_id, name=job_id)
        elif str(existing.trigger) != str(trigger):
            scheduler.reschedule_job(job_id, trigger=trigger)
    scheduler.resume()


def stop(scheduler: BackgroundScheduler) -> None:
    """Shut down without losing a run. APScheduler 3's thread looks at due jobs once more
    after ``shutdown()`` has stopped the executors, and marks a job that was due then as run
    although it could not start: detaching the job store first leaves it nothing to take,
    so that run happens at the next start instead."""
    scheduler.pause()
    scheduler.remove_jobstore("default", shutdown=False)
    scheduler.shutdown(wait=True)


def next_runs(scheduler: BaseScheduler) -> dict[str, str | None]:
    return {
        job.id: job.next_run_time.isoformat() if job.next_run_time else None
        for job in scheduler.get_jobs()
    }
