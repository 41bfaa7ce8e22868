"""Archive queries at scale: /incidents answers from indexes, not scans.

Stores N incidents (default 100,000) spread over Iraq's and Syria's provinces, districts,
actors, event types and two years, in a private Redis (REDIS_URL, else an embedded server),
under a throw-away key prefix it deletes afterwards. Then times the queries /incidents makes,
against a baseline measured in the same run: a full scan that reads every incident and
filters in Python (what a store without indexes would do).

    .venv/bin/python bench/store.py [--incidents 100000] [--repeat 200]
"""

from __future__ import annotations

import os as _os
import sys as _sys

# bench/queue.py would shadow the standard library's queue module: run from this
# folder, drop it from the import path before anything imports `queue`
_sys.path[:] = [p for p in _sys.path
                if _os.path.abspath(p or ".") != _os.path.dirname(_os.path.abspath(__file__))]

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import redis  # noqa: E402

from bot.known import load_actors, load_places  # noqa: E402
from bot.models import EVENT_TYPES, ActorRef, Incident, Location, Source  # noqa: E402
from bot.store import Store  # noqa: E402


def make_incidents(n: int, seed: int = 7) -> list[Incident]:
    rng = random.Random(seed)
    gazetteer = load_places()
    places = [p for p in gazetteer if p.kind in ("town", "village", "district") and p.lat is not None]
    actors = [a for a in load_actors()]
    types = list(EVENT_TYPES)
    out = []
    for i in range(n):
        place = rng.choice(places)
        province = gazetteer.province_of(place)
        district = gazetteer.district_of(place)
        day = f"{2025 + (i % 2)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        event_type = rng.choice(types)
        out.append(Incident(
            summary=f"synthetic incident {i}",
            event_type=event_type,
            sub_event_type=EVENT_TYPES[event_type][0],
            date=day,
            location=Location(name=place.name, district=district.name if district else None,
                              province=province.name if province else None,
                              province_code=province.id if province else None,
                              country_code=place.country_code, lat=place.lat, lon=place.lon,
                              precision=place.precision),
            actors=[ActorRef(a.name, a.name, "perpetrator", a.type) for a in rng.sample(actors, 2)],
            killed=rng.randint(0, 5),
            evidence=[f"evidence {i}"],
        ))
    return out


def timed(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def full_scan(store: Store, province_code: str, limit: int = 10) -> list[Incident]:
    """The baseline: read every incident, filter and sort in Python."""
    found = []
    cursor = 0
    while True:
        cursor, keys = store.redis.scan(cursor, match=f"{store.prefix}:inc:*", count=2000)
        keys = [k for k in keys if not k.endswith(b":cards")]
        for raw in store.redis.mget(keys) if keys else []:
            if raw and f'"province_code": "{province_code}"'.encode() in raw:
                found.append(raw)
        if cursor == 0:
            break
    return found[:limit]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    tmp = None
    url = os.environ.get("REDIS_URL")
    if not url:
        from bot.connection import start_embedded

        tmp = Path(tempfile.mkdtemp(prefix="ibbench-", dir="/tmp"))
        url = start_embedded(tmp)
    connection = redis.Redis.from_url(url)
    prefix = f"ibbench{uuid.uuid4().hex[:8]}"
    store = Store(connection, prefix)
    try:
        incidents = make_incidents(args.incidents)
        start = time.perf_counter()
        for i in range(0, len(incidents), 1000):
            store.save_incidents(incidents[i:i + 1000], Source(), {"channel": "CBENCH", "ts": "1.1"})
        load_s = time.perf_counter() - start
        since = time.time() - 365 * 86400
        queries = {
            "province (Anbar), newest 10": lambda: store.query(province_code="IQ-AN"),
            "province, page 5": lambda: store.query(province_code="IQ-NI", offset=40),
            "district (Khanaqin)": lambda: store.query(place="Khanaqin"),
            "province + since": lambda: store.query(province_code="IQ-DI", since=since),
            "province + type": lambda: store.query(province_code="IQ-AN",
                                                   event_type="Explosions/Remote violence"),
            "province + actor family": lambda: store.query(
                province_code="SY-DY", actors=["Islamic State", "Syrian Democratic Forces", "YPG"]),
        }
        baseline = statistics.median(timed(lambda: full_scan(store, "IQ-AN"), 3))
        print(f"{args.incidents:,} incidents stored in {load_s:.1f} s "
              f"({args.incidents / load_s:,.0f}/s, pipelined in batches of 1,000)")
        print(f"baseline: full scan of all incidents for one province = {baseline:,.1f} ms (median of 3)")
        print()
        print(f"{'query':34} {'p50 ms':>8} {'p95 ms':>8} {'vs scan':>9}")
        print("-" * 62)
        for name, fn in queries.items():
            samples = sorted(timed(fn, args.repeat))
            p50 = statistics.median(samples)
            p95 = samples[int(len(samples) * 0.95) - 1]
            print(f"{name:34} {p50:8.2f} {p95:8.2f} {baseline / p50:8.0f}x")
    finally:
        for key in connection.scan_iter(match=f"{prefix}:*", count=5000):
            connection.delete(key)
        connection.close()
        if tmp:
            from bot.connection import stop_embedded

            stop_embedded(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
