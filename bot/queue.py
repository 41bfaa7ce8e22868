"""The only place that knows queue names, job ids, retries and TTLs.

Jobs are named by dotted string, so the bot process never imports the workers' heavy
dependencies (spaCy); arguments are JSON-safe (RQ's JSON serializer).
"""

from __future__ import annotations

import logging

import redis
from rq import Queue, Retry
from rq.exceptions import DuplicateJobError
from rq.job import Job
from rq.serializers import JSONSerializer

from bot.config import Settings
from bot.messages import ArticleRequest, job_id_for

logger = logging.getLogger(__name__)

ARTICLE_JOB = "workers.jobs.process_article"
DEFAULT_RETRY_MAX = 3  # attempts after the first, for transient failures and dead workers
DEFAULT_RETRY_INTERVALS = [10, 30, 90]  # seconds between attempts
DEFAULT_RESULT_TTL = 24 * 3600  # seconds a finished job's result is kept
DEFAULT_FAILURE_TTL = 30 * 24 * 3600  # seconds a failed job stays in the failed registry


def make_queue(settings: Settings, connection: redis.Redis) -> Queue:
    return Queue(settings.queue_name, connection=connection, serializer=JSONSerializer)


class JobQueue:
    """What handlers need of the queue: enqueue an article, once per Slack message."""

    def __init__(self, settings: Settings, connection: redis.Redis) -> None:
        self.settings = settings
        self.queue = make_queue(settings, connection)

    def enqueue_article(self, request: ArticleRequest) -> Job | None:
        """Enqueue; None when a job for this message already exists (a redelivery)."""
        job_id = job_id_for(request, self.settings.key_prefix)
        try:
            return self.queue.enqueue(
                ARTICLE_JOB,
                request.to_dict(),
                job_id=job_id,
                unique=True,
                job_timeout=self.settings.job_timeout,
                result_ttl=DEFAULT_RESULT_TTL,
                failure_ttl=DEFAULT_FAILURE_TTL,
                retry=Retry(max=DEFAULT_RETRY_MAX, interval=DEFAULT_RETRY_INTERVALS),
                description=f"article from {request.channel} at {request.ts}",
            )
        except DuplicateJobError:
            logger.info("job %s exists already: redelivered event", job_id)
            return None

    def __len__(self) -> int:
        return len(self.queue)
