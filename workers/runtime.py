"""What a worker process holds for its whole life: settings, Redis, store, Slack client, pipeline.

`init()` runs in the worker's parent before RQ forks a child per job, so the spaCy model and
the known lists are loaded once and shared copy-on-write by every job. A job that runs in a
process where nobody called `init()` (a plain `rq worker`) initialises lazily from the
environment, once.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

import redis
from slack_sdk import WebClient

from bot.app import make_client
from bot.config import Settings
from bot.connection import connect
from bot.queue import make_queue
from bot.store import Store
from bot.subscriptions import Subscriptions

if TYPE_CHECKING:
    from rq import Queue

    from workers.pipeline import Pipeline

logger = logging.getLogger(__name__)


@dataclass
class Runtime:
    settings: Settings
    redis: redis.Redis
    store: Store
    client: WebClient
    queue: Queue
    subscriptions: Subscriptions
    _pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            from workers.pipeline import Pipeline

            self._pipeline = Pipeline.load(self.settings)
        return self._pipeline


_current: Runtime | None = None
_lock = threading.Lock()


def init(
    settings: Settings,
    *,
    load_pipeline: bool = True,
    connection: redis.Redis | None = None,
    client: WebClient | None = None,
) -> Runtime:
    global _current
    connection = connection or connect(settings)
    runtime = Runtime(
        settings=settings,
        redis=connection,
        store=Store(connection, settings.key_prefix),
        client=client or make_client(settings),
        queue=make_queue(settings, connection),
        subscriptions=Subscriptions(connection, settings.key_prefix),
    )
    if load_pipeline:
        runtime.pipeline  # noqa: B018 - load the model now, before any fork
    with _lock:
        _current = runtime
    return runtime


def current() -> Runtime:
    with _lock:
        runtime = _current
    if runtime is None:
        logger.info("worker runtime not initialised: reading settings from the environment")
        runtime = init(Settings.from_env())
    return runtime


def reset() -> None:
    """Forget the runtime (tests)."""
    global _current
    with _lock:
        _current = None
