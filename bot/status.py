"""`incidentbot status`: what an on-call analyst needs on one screen."""

from __future__ import annotations

import time
from typing import Any

import redis
from rq import Queue, Worker
from rq.registry import (
    DeferredJobRegistry,
    FailedJobRegistry,
    ScheduledJobRegistry,
    StartedJobRegistry,
)

from bot.store import Store

WORKER_STALE_AFTER = 120  # seconds without a heartbeat before a worker counts as gone


def heartbeat_age(worker: Worker, now: float) -> float | None:
    """Seconds since the worker's last heartbeat; None when it never beat."""
    beat = worker.last_heartbeat
    return None if beat is None else now - beat.timestamp()


def is_alive(worker: Worker, now: float) -> bool:
    age = heartbeat_age(worker, now)
    return age is not None and age < WORKER_STALE_AFTER


def report(connection: redis.Redis, queue: Queue, store: Store) -> dict[str, Any]:
    now = time.time()
    workers = []
    for worker in Worker.all(queue=queue):
        age = heartbeat_age(worker, now)
        workers.append({
            "name": worker.name,
            "state": str(worker.get_state()),
            "alive": is_alive(worker, now),
            "last_heartbeat_s": None if age is None else round(age, 1),
            "current_job": worker.get_current_job_id(),
            "successful_jobs": worker.successful_job_count,
            "failed_jobs": worker.failed_job_count,
        })
    oldest_age = None
    first = queue.get_job_ids(0, 1)
    if first:
        job = queue.fetch_job(first[0])
        if job is not None and job.enqueued_at is not None:
            oldest_age = round(now - job.enqueued_at.timestamp(), 1)
    memory = connection.info("memory")
    failed = FailedJobRegistry(queue=queue)
    return {
        "queue": queue.name,
        "queued": len(queue),
        "started": StartedJobRegistry(queue=queue).count,
        "scheduled": ScheduledJobRegistry(queue=queue).count,
        "deferred": DeferredJobRegistry(queue=queue).count,
        "failed": failed.count,
        "failed_recent": failed.get_job_ids(0, 4),
        "oldest_queued_age_s": oldest_age,
        "workers_alive": sum(1 for w in workers if w["alive"]),
        "workers": workers,
        "incidents_stored": store.count(),
        "redis_used_memory": memory.get("used_memory_human"),
        "redis_maxmemory": memory.get("maxmemory_human"),
    }


def render(data: dict[str, Any]) -> str:
    lines = [
        f"queue {data['queue']}: {data['queued']} queued · {data['started']} running · "
        f"{data['scheduled']} scheduled (retries) · {data['failed']} failed",
        f"oldest queued job: {data['oldest_queued_age_s'] if data['oldest_queued_age_s'] is not None else '-'} s",
        f"workers alive: {data['workers_alive']} of {len(data['workers'])} registered",
    ]
    for w in data["workers"]:
        mark = "ok " if w["alive"] else "DEAD"
        job = f" · on {w['current_job']}" if w["current_job"] else ""
        lines.append(f"  [{mark}] {w['name']} {w['state']} · heartbeat {w['last_heartbeat_s']} s ago · "
                     f"{w['successful_jobs']} done / {w['failed_jobs']} failed{job}")
    if data["failed_recent"]:
        lines.append("recent failed jobs: " + ", ".join(data["failed_recent"]) +
                     "  (inspect: rq info / rq-dashboard; requeue: rq requeue --all)")
    lines.append(f"incidents stored: {data['incidents_stored']:,}")
    lines.append(f"redis memory: {data['redis_used_memory']} (max {data['redis_maxmemory']})")
    return "\n".join(lines)
