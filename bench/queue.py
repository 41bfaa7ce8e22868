"""Per-job overhead and memory of the worker: forking with the model preloaded (the
default `incidentbot worker`), forking but loading the pipeline in every job, and RQ's
SimpleWorker (jobs in the worker process itself).

Each worker runs as its own process on a private Redis (REDIS_URL, else an embedded
server) under a throw-away key prefix deleted afterwards; jobs post their cards to a
LocalSlack in this process. For each worker kind, N jobs are enqueued at once after the
worker said it was ready, and the time from the first enqueue to the last job's end,
divided by N, is the per-job time. Baseline, measured in the same run: the same article
job called in this process with the pipeline loaded (`workers.jobs.process_article`,
no queue). Empty job: `os.getpid`.

Memory: RSS and PSS (/proc/<pid>/smaps_rollup) summed over each worker's process tree
(the parent and its forked job child), for 1, 2 and 4 forking workers, idle and while
they work through article jobs (the highest sample).

    .venv/bin/python bench/queue.py [--quick] [--empty 40] [--articles 16]
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
# run as `python bench/queue.py`, sys.path[0] is bench/ and this file would shadow the
# standard library's queue module: drop it before anything imports `queue`
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.modules.pop("queue", None)

import argparse  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402

KINDS = {
    "fork-preloaded": "forking Worker, pipeline loaded before the fork (default `incidentbot worker`)",
    "fork-per-job": "forking Worker, pipeline loaded in each job's child",
    "simple": "SimpleWorker, jobs in the worker process (`incidentbot worker --simple`)",
    "fork-imported": "forking Worker, preloaded, and workers.jobs imported before the first fork "
                     "(the proposed change to workers/worker.py, patched in here)",
    "fork-imported-warm": "as fork-imported, plus one article analysed and gc.freeze() before "
                          "the first fork",
}
WARM_UP = ("Gunmen attacked a checkpoint near Kirkuk on Tuesday, killing two soldiers of the "
           "Iraqi Army, police said. Islamic State claimed the attack.")
BOT_TOKEN = "xoxb-bench-0000"
MEMORY_KIND = "fork-preloaded"  # the default `incidentbot worker`


# -- the worker processes -----------------------------------------------------------------


def run_worker(kind: str) -> int:
    """Entry point of a worker subprocess (`bench/queue.py --run-worker KIND`)."""
    from bot.config import Settings
    from bot.logs import setup_logging
    from workers import runtime, worker

    settings = Settings.from_env()
    setup_logging("INFO", "text")
    if kind == "fork-per-job":
        real_init = runtime.init
        runtime.init = lambda s, **kw: real_init(s, **{**kw, "load_pipeline": False})
    w = worker.build_worker(settings, simple=(kind == "simple"))
    if kind == "fork-per-job":
        # build_worker's start-up line reads rt.pipeline (loading it); forget it again so
        # every job's child loads its own (spaCy itself stays imported in the parent)
        runtime.current()._pipeline = None
    if kind.startswith("fork-imported"):
        # RQ imports the job's module in every forked child: without this, each article job
        # pays for importing workers.jobs -> workers.article -> trafilatura, htmldate ...
        import workers.jobs  # noqa: F401
    if kind == "fork-imported-warm":
        import gc

        runtime.current().pipeline.analyze(WARM_UP)  # lazy tables built once, before forking
        gc.collect()
        gc.freeze()  # the children's collections leave the parent's objects (and pages) alone
    w.work(burst=False, with_scheduler=False, logging_level="WARNING")
    return 0


def tree_memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in KiB of a process and its descendants."""
    rss = pss = 0
    pids = [pid]
    seen = set()
    while pids:
        p = pids.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
            with open(f"/proc/{p}/task/{p}/children") as handle:
                pids.extend(int(c) for c in handle.read().split())
        except (OSError, ValueError):
            continue
    return rss, pss


class Bench:
    def __init__(self, redis_url: str, prefix: str, slack_url: str, data_dir: Path) -> None:
        import redis

        from bot.config import Settings

        self.redis_url = redis_url
        self.prefix = prefix
        self.env = dict(os.environ, REDIS_URL=redis_url, INCIDENTBOT_KEY_PREFIX=prefix,
                        SLACK_API_URL=slack_url, SLACK_BOT_TOKEN=BOT_TOKEN,
                        INCIDENTBOT_DATA_DIR=str(data_dir), INCIDENTBOT_REACTIONS="false")
        self.env.pop("SLACK_APP_TOKEN", None)
        self.settings = Settings.from_env(self.env)
        self.connection = redis.Redis.from_url(redis_url)
        from bot.queue import make_queue

        self.queue = make_queue(self.settings, self.connection)
        self.counter = 0

    def start_worker(self, kind: str) -> tuple[subprocess.Popen, str]:
        proc = subprocess.Popen([sys.executable, __file__, "--run-worker", kind], env=self.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        line = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            out = proc.stderr.readline()
            if not out and proc.poll() is not None:
                raise RuntimeError(f"worker {kind} exited with {proc.returncode}")
            if " ready on queue " in out:
                line = out.strip().split(": ", 1)[-1]
                break
        # keep draining stderr so the worker never blocks on a full pipe
        threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()
        time.sleep(0.3)  # the worker is registered and blocking on the queue
        return proc, line

    @staticmethod
    def stop(proc: subprocess.Popen) -> None:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def article_payload(self, text: str) -> dict:
        from bot.messages import ArticleRequest

        self.counter += 1
        n = self.counter
        ts = f"{1_764_000_000 + n}.{n:06d}"
        return ArticleRequest(channel=f"CQB{n:06d}", ts=ts, thread_ts=ts, user="UBENCH",
                              text=variant(text, n)).to_dict()

    def enqueue(self, kind: str, article: str):
        if kind == "empty":
            return self.queue.enqueue("os.getpid", result_ttl=600)
        return self.queue.enqueue("workers.jobs.process_article", self.article_payload(article),
                                  job_timeout=300, result_ttl=600)

    def run_jobs(self, kind: str, n: int, article: str, sample=None) -> tuple[float, list[str]]:
        """Seconds per job: n jobs enqueued at once, first enqueue to last end."""
        from rq.job import Job, JobStatus
        from rq.serializers import JSONSerializer

        start = time.time()
        jobs = [self.enqueue(kind, article) for _ in range(n)]
        ids = [j.id for j in jobs]
        deadline = time.monotonic() + 600
        statuses: list = []
        while time.monotonic() < deadline:
            if sample:
                sample()
            fetched = Job.fetch_many(ids, connection=self.connection, serializer=JSONSerializer)
            statuses = [j.get_status(refresh=False) if j else None for j in fetched]
            if all(s in (JobStatus.FINISHED, JobStatus.FAILED) for s in statuses):
                break
            time.sleep(0.02)
        fetched = Job.fetch_many(ids, connection=self.connection, serializer=JSONSerializer)
        ends = [j.ended_at.timestamp() for j in fetched if j and j.ended_at]
        failed = [j.id for j in fetched if j and j.get_status(refresh=False) == JobStatus.FAILED]
        end = max(ends) if ends else time.time()
        inside = [(j.ended_at - j.started_at).total_seconds() for j in fetched
                  if j and j.ended_at and j.started_at]
        self.last_inside = statistics.median(inside) if inside else float("nan")
        return (end - start) / n, failed

    def cleanup(self) -> None:
        for pattern in (f"{self.prefix}:*", f"rq:*{self.prefix}*"):
            batch = list(self.connection.scan_iter(match=pattern, count=1000))
            for i in range(0, len(batch), 500):
                self.connection.delete(*batch[i:i + 500])


def variant(text: str, n: int) -> str:
    """A distinct paste of the same article (dedupe must not short-cut it)."""
    return f"Bulletin no. {n}, security desk\n\n{text}"


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) + " |"  # noqa: E731
    return "\n".join([fmt(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(fmt, rows)])


def baseline_article(bench: Bench, article: str, n: int) -> float:
    """Seconds for one article job called in this process, pipeline loaded, no queue."""
    from workers import jobs, runtime

    runtime.init(bench.settings)
    jobs.process_article(bench.article_payload(article))  # warm-up
    samples = []
    for _ in range(n):
        payload = bench.article_payload(article)
        start = time.perf_counter()
        jobs.process_article(payload)
        samples.append(time.perf_counter() - start)
    runtime.reset()
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run-worker", choices=sorted(KINDS), help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--empty", type=int, default=40)
    parser.add_argument("--articles", type=int, default=16)
    args = parser.parse_args()
    if args.run_worker:
        return run_worker(args.run_worker)
    if args.quick:
        args.empty, args.articles = 8, 3

    from bot.localslack import LocalSlack

    article = (ROOT / "bench" / "articles" / "roundup_300.txt").read_text()
    tmp = Path(tempfile.mkdtemp(prefix="ibq-", dir="/tmp"))
    url = os.environ.get("REDIS_URL")
    embedded = not url
    if embedded:
        from bot.connection import start_embedded

        url = start_embedded(tmp)
    slack = LocalSlack().start()
    bench = Bench(url, f"ibbenchq{uuid.uuid4().hex[:8]}", slack.api_url, tmp / "var")
    procs: list[subprocess.Popen] = []
    try:
        base = baseline_article(bench, article, 3 if args.quick else 8)
        print(f"baseline: one 300-word article job in this process (analyze + store + "
              f"{len(slack.calls_to('chat.postMessage'))} cards posted so far), no queue: "
              f"{base * 1000:.0f} ms")
        rows = []
        startup = {}
        kinds = ["fork-preloaded", "fork-imported", "fork-imported-warm", "simple", "fork-per-job"]
        for kind in kinds:
            proc, line = bench.start_worker(kind)
            procs.append(proc)
            startup[kind] = line
            per_empty, failed_e = bench.run_jobs("empty", args.empty, article)
            n_art = max(2, args.articles // 3) if kind == "fork-per-job" else args.articles
            per_art, failed_a = bench.run_jobs("article", n_art, article)
            inside = bench.last_inside
            bench.stop(proc)
            procs.remove(proc)
            rows.append([kind, f"{per_empty * 1000:.1f}", f"{per_empty / base:.2f}x",
                         f"{per_art * 1000:.0f}", f"{per_art / base:.2f}x",
                         f"{(per_art - base) * 1000:+.0f}", f"{inside * 1000:.0f}",
                         str(len(failed_e) + len(failed_a))])
        print()
        print(table(rows, ["worker", "empty job ms", "empty vs baseline", "article job ms",
                           "article vs baseline", "overhead ms/article",
                           "in job ms (started->ended)", "failed"]))
        print(f"\n(per-job time = (last job's end - first enqueue) / jobs, {args.empty} empty and "
              f"{args.articles} article jobs ({max(2, args.articles // 3)} for fork-per-job); "
              f"baseline = the article job in-process, {base * 1000:.0f} ms)")
        for kind in kinds:
            print(f"  start-up line, {kind}: {startup[kind]}")

        counts = [1] if args.quick else [1, 2, 4]
        mem_rows = []
        for count in counts:
            workers = [bench.start_worker(MEMORY_KIND)[0] for _ in range(count)]
            procs.extend(workers)
            time.sleep(1.0)
            idle = [tree_memory(p.pid) for p in workers]
            peak = [0, 0]

            def sample(workers=workers, peak=peak) -> None:
                mem = [tree_memory(p.pid) for p in workers]
                rss, pss = sum(m[0] for m in mem), sum(m[1] for m in mem)
                peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)

            per_art, _failed = bench.run_jobs("article", max(2, 2 * count) if args.quick else 4 * count,
                                              article, sample=sample)
            for p in workers:
                bench.stop(p)
                procs.remove(p)
            irss, ipss = sum(m[0] for m in idle), sum(m[1] for m in idle)
            if count == 1:
                one_idle = ipss
            mem_rows.append([str(count), f"{irss / 1024:.0f}", f"{ipss / 1024:.0f}",
                             f"{ipss / one_idle:.2f}x", f"{peak[0] / 1024:.0f}", f"{peak[1] / 1024:.0f}",
                             f"{peak[1] / one_idle:.2f}x", f"{1 / per_art:.2f}"])
        print()
        print(table(mem_rows, ["forking workers", "idle RSS MiB", "idle PSS MiB", "idle PSS vs 1",
                               "load RSS MiB", "load PSS MiB", "load PSS vs 1 idle", "articles/s"]))
        print("\n(sums over each worker's parent and job child; 'load' is the highest sample "
              "while the workers ran article jobs)")
    finally:
        for p in procs:
            bench.stop(p)
        bench.cleanup()
        slack.stop()
        if embedded:
            from bot.connection import stop_embedded

            stop_embedded(tmp)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
