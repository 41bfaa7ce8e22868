"""Real parts for the tests: Redis (REDIS_URL, else an embedded server), a local Slack.

Every test gets a key prefix of its own and deletes only the keys under it (and RQ's keys of
its own queue and jobs), so a shared Redis is never flushed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
import redis

from bot.config import Settings
from bot.localslack import LocalSlack
from tests.slackkit import BOT_TOKEN, SIGNING_SECRET


@pytest.fixture(scope="session")
def redis_url() -> str:
    url = os.environ.get("REDIS_URL")
    if url:
        yield url
        return
    from bot.connection import start_embedded, stop_embedded

    directory = Path(tempfile.mkdtemp(prefix="ibr-", dir="/tmp"))
    yield start_embedded(directory)
    stop_embedded(directory)
    shutil.rmtree(directory, ignore_errors=True)


def _delete_matching(connection: redis.Redis, pattern: str) -> None:
    batch = []
    for key in connection.scan_iter(match=pattern, count=1000):
        batch.append(key)
        if len(batch) >= 500:
            connection.delete(*batch)
            batch.clear()
    if batch:
        connection.delete(*batch)


@pytest.fixture
def prefix(redis_url: str) -> str:
    name = f"ibtest{uuid.uuid4().hex[:10]}"
    yield name
    connection = redis.Redis.from_url(redis_url)
    _delete_matching(connection, f"{name}:*")
    _delete_matching(connection, f"rq:*{name}*")
    connection.close()


@pytest.fixture
def connection(redis_url: str) -> redis.Redis:
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


@pytest.fixture
def slack() -> LocalSlack:
    with LocalSlack() as server:
        yield server


@pytest.fixture
def settings(redis_url: str, prefix: str, slack: LocalSlack, tmp_path: Path) -> Settings:
    return Settings(
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.api_url,
        redis_url=redis_url,
        key_prefix=prefix,
        data_dir=tmp_path / "var",
        dedupe_window=3600,
        reactions=True,
    )


@pytest.fixture(scope="session")
def pipeline():
    """The real pipeline (spaCy model + shipped known lists), loaded once per test session."""
    from workers.pipeline import Pipeline

    return Pipeline.load(Settings.from_env({}))


@pytest.fixture
def worker_runtime(settings, connection, pipeline):
    """A worker's runtime in this process, with the session's pipeline; `.work()` drains."""
    from rq import SimpleWorker
    from rq.serializers import JSONSerializer

    from workers import runtime

    rt = runtime.init(settings, load_pipeline=False)
    rt._pipeline = pipeline

    class Drain:
        def __init__(self):
            self.runtime = rt

        def work(self):
            worker = SimpleWorker([rt.queue], connection=rt.redis, serializer=JSONSerializer)
            worker.work(burst=True, with_scheduler=False)

    yield Drain()
    runtime.reset()
