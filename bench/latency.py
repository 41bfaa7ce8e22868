"""Paste -> card in thread, over the HTTP endpoint, with one `incidentbot worker`.

Starts `incidentbot serve --http` and `incidentbot worker` as processes on a private Redis
(REDIS_URL, else an embedded server) under a throw-away key prefix deleted afterwards, with a
LocalSlack (fake Slack Web API) in this process. Posts signed message events, one at a
time, each a distinct paste (so text dedupe does not short-cut it) in a channel of its own
(so the same incident's card is not suppressed as already posted there): ~20 of a 300-word
and ~20 of a 2,000-word article (bench/articles/). Measures the ack (HTTP response) and
paste -> first card in the thread (the card's chat.postMessage arriving at LocalSlack).

Baseline, measured in the same run: the bare pipeline (`Pipeline.analyze`, in this process)
on the same texts; the ratio shows what the queue, the worker's fork, the store and Slack
add.

    .venv/bin/python bench/latency.py [--quick] [--pastes 20] [--simple | --worker-kind KIND]
"""

from __future__ import annotations

import os as _os
import sys as _sys

# bench/queue.py would shadow the standard library's queue module: run from this
# folder, drop it from the import path before anything imports `queue`
_sys.path[:] = [p for p in _sys.path
                if _os.path.abspath(p or ".") != _os.path.dirname(_os.path.abspath(__file__))]

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.modules.pop("queue", None)

import argparse  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402
import uuid  # noqa: E402

ARTICLES = {"300-word": "roundup_300.txt", "2,000-word": "review_2000.txt"}


def variant(text: str, n: int) -> str:
    return f"Bulletin no. {n}, security desk\n\n{text}"


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def command() -> list[str]:
    script = Path(sys.executable).parent / "incidentbot"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) + " |"  # noqa: E731
    return "\n".join([fmt(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(fmt, rows)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="4 pastes of each size")
    parser.add_argument("--pastes", type=int, default=20)
    parser.add_argument("--simple", action="store_true",
                        help="run `incidentbot worker --simple` (no fork), for comparison")
    parser.add_argument("--worker-kind", help="a worker of bench/queue.py (e.g. fork-imported, a "
                        "proposed change patched in) instead of `incidentbot worker`")
    args = parser.parse_args()
    pastes = 4 if args.quick else args.pastes

    from bot.config import Settings
    from bot.localslack import LocalSlack
    from tests.slackkit import BOT_TOKEN, SIGNING_SECRET, message_event, post_event
    from workers.pipeline import Pipeline

    texts = {label: (ROOT / "bench" / "articles" / name).read_text() for label, name in ARTICLES.items()}
    tmp = Path(tempfile.mkdtemp(prefix="ibl-", dir="/tmp"))
    url = os.environ.get("REDIS_URL")
    embedded = not url
    if embedded:
        from bot.connection import start_embedded

        url = start_embedded(tmp)
    prefix = f"ibbenchl{uuid.uuid4().hex[:8]}"
    slack = LocalSlack().start()
    port = free_port()
    env = dict(os.environ, REDIS_URL=url, INCIDENTBOT_KEY_PREFIX=prefix, SLACK_API_URL=slack.api_url,
               SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
               INCIDENTBOT_DATA_DIR=str(tmp / "var"), LOG_LEVEL="WARNING")
    env.pop("SLACK_APP_TOKEN", None)
    procs: list[subprocess.Popen] = []
    try:
        # the baseline first, while nothing else runs: the bare pipeline on the same texts
        pipeline = Pipeline.load(Settings.from_env({}))
        base: dict[str, float] = {}
        for label, text in texts.items():
            pipeline.analyze(variant(text, 0))
            samples = []
            for n in range(1, min(pastes, 8) + 1):
                start = time.perf_counter()
                pipeline.analyze(variant(text, n))
                samples.append(time.perf_counter() - start)
            base[label] = statistics.median(samples)
        del pipeline

        server = subprocess.Popen([*command(), "serve", "--http", "--port", str(port), "--host", "127.0.0.1"],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        procs.append(server)
        worker_cmd = [*command(), "worker", *(["--simple"] if args.simple else [])]
        if args.worker_kind:
            worker_cmd = [sys.executable, str(ROOT / "bench" / "queue.py"), "--run-worker", args.worker_kind]
        worker = subprocess.Popen(worker_cmd, env=dict(env, LOG_LEVEL="INFO"),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        procs.append(worker)
        ready_line = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = worker.stderr.readline()
            if not line and worker.poll() is not None:
                raise RuntimeError("the worker exited")
            if " ready on queue " in line:
                ready_line = line.strip().split(": ", 1)[-1]
                break
        for proc in (server, worker):  # drain their logs
            threading.Thread(target=lambda p=proc: [None for _ in p.stderr], daemon=True).start()
        base_url = f"http://127.0.0.1:{port}"
        healthy = False
        while time.monotonic() < deadline and not healthy:
            try:
                with urllib.request.urlopen(base_url + "/healthz", timeout=2) as response:
                    healthy = response.status == 200
            except OSError:
                time.sleep(0.2)
        if not healthy:
            raise RuntimeError("server or worker did not come up")

        events = base_url + "/slack/events"
        acks: list[float] = []
        card: dict[str, list[float]] = {label: [] for label in texts}
        missing = 0
        n = 0
        # one warm-up paste: the first job of a fresh worker, and the server's first request
        for label, text in texts.items():
            for k in range(1 + pastes):
                n += 1
                channel = f"CLAT{n:05d}"
                payload = message_event(variant(text, 1000 + n), channel=channel)
                thread = payload["event"]["ts"]
                start = time.time()
                status, _ = post_event(events, payload)
                ack = time.time() - start
                found = None
                limit = time.monotonic() + 60
                while time.monotonic() < limit and found is None:
                    for call in slack.calls_to("chat.postMessage"):
                        if call.args.get("channel") == channel and call.args.get("thread_ts") == thread \
                                and call.args.get("blocks"):
                            found = call
                            break
                    else:
                        time.sleep(0.005)
                if k == 0:
                    continue  # warm-up
                acks.append(ack)
                if status != 200 or found is None:
                    missing += 1
                    continue
                card[label].append(found.at - start)

        rows = []
        for label in texts:
            values = card[label]
            p50, p95 = percentile(values, 0.5), percentile(values, 0.95)
            rows.append([label, str(len(values)), f"{base[label] * 1000:.0f}", f"{p50 * 1000:.0f}",
                         f"{p95 * 1000:.0f}", f"{p50 / base[label]:.2f}x", f"{p95 / base[label]:.2f}x",
                         f"{(p50 - base[label]) * 1000:+.0f}"])
        print(f"worker: {ready_line}")
        print()
        print(table(rows, ["article", "pastes", "bare pipeline ms (baseline)", "paste->card p50 ms",
                           "p95 ms", "p50 vs baseline", "p95 vs baseline", "queue+fork+Slack ms (p50)"]))
        print()
        a50, a99 = percentile(acks, 0.5), percentile(acks, 0.99)
        print(table([[str(len(acks)), f"{a50 * 1000:.1f}", f"{a99 * 1000:.1f}",
                      f"{a50 / base['300-word']:.2f}x", f"{a99 / 3.0:.3f}"]],
                    ["acks", "ack p50 ms", "ack p99 ms", "ack p50 vs 300-word pipeline",
                     "ack p99 / Slack's 3 s limit"]))
        print(f"\n(one paste at a time, each waited for; first paste of each size not counted "
              f"(warm-up); missing or non-200: {missing}; p99 of {len(acks)} acks is near their maximum)")
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        import redis

        connection = redis.Redis.from_url(url)
        for pattern in (f"{prefix}:*", f"rq:*{prefix}*"):
            keys = list(connection.scan_iter(match=pattern, count=1000))
            for i in range(0, len(keys), 500):
                connection.delete(*keys[i:i + 500])
        slack.stop()
        if embedded:
            from bot.connection import stop_embedded

            stop_embedded(tmp)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
