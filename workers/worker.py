"""Running an RQ worker with the NLP pipeline loaded once, before any job.

The default is RQ's forking Worker: the parent loads spaCy and the known lists, then forks a
child per job that shares them copy-on-write, so a job that crashes or leaks cannot take the
worker down and no job pays for loading the model. SIGTERM lets the current job finish.

A worker that dies mid-job (SIGKILL, OOM, power loss) leaves its job in RQ's
StartedJobRegistry. RQ (3.0) finds such a job only when another worker's maintenance runs
StartedJobRegistry.cleanup() and sees that the job's execution entry expired; the job is then
retried if it has retries left (an AbandonedJobError counts as a failure), else moved to the
FailedJobRegistry. How fast that happens is set by four numbers, tuned here so a dead
worker's job runs again well within two minutes (worst case ~40 s, see `RECOVERY_BOUND`):

* the parent heartbeats the running job every `JOB_MONITORING_INTERVAL` seconds and sets its
  registry entry to expire `JOB_MONITORING_INTERVAL + HEARTBEAT_GRACE` seconds later (RQ
  hard-codes a 60 s grace; `IncidentWorker.get_heartbeat_ttl` makes it ours);
* an idle worker blocks on the queue for `WORKER_TTL - 15` seconds at a time and can only run
  maintenance between two such waits, so `WORKER_TTL` bounds how often an idle worker looks
  (RQ's default 420 s would mean every 405 s whatever `maintenance_interval` says);
* `MAINTENANCE_INTERVAL` is the least time between two maintenance runs of a worker;
* an abandoned job is re-enqueued at once rather than after its retry interval
  (`requeue_abandoned_now`): its retry would otherwise wait for RQ's scheduler, whose lock
  the dead worker may still hold for up to 61 s.
"""

from __future__ import annotations

import logging

from rq import SimpleWorker, Worker
from rq.exceptions import AbandonedJobError
from rq.job import Job
from rq.serializers import JSONSerializer

from bot.config import Settings
from workers import runtime

logger = logging.getLogger(__name__)

JOB_MONITORING_INTERVAL = 5  # seconds between the parent's heartbeats while a job runs
HEARTBEAT_GRACE = 25  # seconds a heartbeat may be late before the job counts as abandoned
WORKER_TTL = 25  # seconds; an idle worker wakes every WORKER_TTL - 15 = 10 s to heartbeat
MAINTENANCE_INTERVAL = 10  # seconds between a worker's registry clean-ups (abandoned jobs)
# worst case from a worker's death to its job being back on the queue, in seconds: the last
# heartbeat's entry expires, then a live worker's next maintenance run sees it
RECOVERY_BOUND = (
    JOB_MONITORING_INTERVAL + HEARTBEAT_GRACE + max(MAINTENANCE_INTERVAL, WORKER_TTL - 15)
)


class IncidentWorker(Worker):
    """RQ's forking worker with a shorter heartbeat grace than RQ's fixed 60 s."""

    heartbeat_grace = HEARTBEAT_GRACE

    def get_heartbeat_ttl(self, job: Job, working_time: float = 0.0) -> int:
        interval = self.job_monitoring_interval
        if job.timeout and job.timeout > 0:
            interval = min(job.timeout - working_time, interval)
        return int(max(interval, 1)) + self.heartbeat_grace


def requeue_abandoned_now(job: Job, exc_type, exc_value, traceback) -> bool:
    """Exception handler: a job whose worker died is retried at once, not after its interval.

    StartedJobRegistry.cleanup calls the worker's exception handlers with AbandonedJobError
    just before `job.retry()`, which reads the interval for this attempt from
    `job.retry_intervals`; zeroing that one entry makes RQ enqueue the job instead of
    scheduling it. Other failures (and later attempts) keep their intervals.
    """
    if exc_type is AbandonedJobError or isinstance(exc_value, AbandonedJobError):
        intervals = list(job.retry_intervals or [])
        if intervals and job.retries_left:
            index = max(len(intervals) - job.retries_left, 0)
            intervals[index] = 0
            job.retry_intervals = intervals
        logger.warning(
            "job %s was abandoned by a dead worker; %s",
            job.id,
            f"retrying now ({job.retries_left} retries left)"
            if job.retries_left
            else "no retries left",
        )
    return True  # let the next handler (RQ's default) run


def build_worker(settings: Settings, *, simple: bool = False, name: str | None = None) -> Worker:
    rt = runtime.init(settings)
    # RQ imports a job's module in the child it forks for each job; imported here, once, it
    # is shared instead (workers.jobs pulls in fetch/article: trafilatura, lxml, htmldate):
    # about 70 ms less per article job (bench/queue.py, "fork-imported")
    import workers.jobs  # noqa: F401
    cls = SimpleWorker if simple else IncidentWorker
    worker = cls(
        [rt.queue],
        connection=rt.redis,
        serializer=JSONSerializer,
        name=name,
        maintenance_interval=MAINTENANCE_INTERVAL,
        job_monitoring_interval=JOB_MONITORING_INTERVAL,
        worker_ttl=WORKER_TTL,
        exception_handlers=[requeue_abandoned_now],
    )
    kind = "simple (jobs in this process)" if simple else "forking (one child per job)"
    logger.info(
        "worker %s ready on queue %s: %s, model %s and %d places / %d actors loaded once",
        worker.name,
        rt.queue.name,
        kind,
        settings.spacy_model,
        len(rt.pipeline.gazetteer),
        len(rt.pipeline.actors.actors),
    )
    return worker


def run_worker(settings: Settings, *, burst: bool = False, simple: bool = False) -> bool:
    worker = build_worker(settings, simple=simple)
    return worker.work(burst=burst, with_scheduler=True, logging_level=settings.log_level)
