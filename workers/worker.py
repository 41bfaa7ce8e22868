"""Running an RQ worker with the NLP pipeline loaded once, before any job.

The default is RQ's forking Worker: the parent loads spaCy and the known lists, then forks a
child per job that shares them copy-on-write, so a job that crashes or leaks cannot take the
worker down and no job pays for loading the model. SIGTERM lets the current job finish.
"""

from __future__ import annotations

import logging

from rq import SimpleWorker, Worker
from rq.serializers import JSONSerializer

from bot.config import Settings
from workers import runtime

logger = logging.getLogger(__name__)

DEFAULT_MAINTENANCE_INTERVAL = 60  # seconds between RQ's registry clean-ups (abandoned jobs)


def build_worker(settings: Settings, *, simple: bool = False, name: str | None = None) -> Worker:
    rt = runtime.init(settings)
    cls = SimpleWorker if simple else Worker
    worker = cls(
        [rt.queue],
        connection=rt.redis,
        serializer=JSONSerializer,
        name=name,
        maintenance_interval=DEFAULT_MAINTENANCE_INTERVAL,
    )
    kind = "simple (jobs in this process)" if simple else "forking (one child per job)"
    logger.info(
        "worker %s ready on queue %s: %s, model %s and %d places / %d actors loaded once",
        worker.name,
        rt.queue.name,
        kind,
        settings.spacy_model,
        len(rt.pipeline.gazetteer),
        len(rt.pipeline.actors),
    )
    return worker


def run_worker(settings: Settings, *, burst: bool = False, simple: bool = False) -> bool:
    worker = build_worker(settings, simple=simple)
    return worker.work(burst=burst, with_scheduler=True, logging_level=settings.log_level)
