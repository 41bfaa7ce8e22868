"""Whole extraction (text -> incidents JSON) against bare spaCy over the same articles.

~40 varied articles (tests/eval/articles.jsonl, tests/fixtures/articles/*.txt, the Slack
fixture, and bench/articles/: a 300-word and a 2,000-word article). The baseline, measured
in the same run, is `spacy.load(model).pipe(texts, batch_size=8)`: the stock model, with
none of our components. The whole pipeline (`Pipeline.load` with the shipped known lists;
`analyze_many` with the same batch size, and `analyze` one text at a time) includes our
line-break component, the phrase matchers, conversion to `Parsed`, resolution of mentions,
incident extraction and `json.dumps(analysis.to_dict())`. Rounds alternate the methods and
the median round is reported. Then cProfile over `analyze_many`, top 25 of our own
functions (bot/, workers/) by cumulative time.

    .venv/bin/python bench/pipeline.py [--quick] [--rounds 5] [--no-profile]

Target: whole pipeline >= 0.8x bare spaCy in articles/s.
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
# run as `python bench/pipeline.py`, sys.path[0] is bench/, where queue.py would shadow
# the standard library's queue module
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

import argparse  # noqa: E402
import cProfile  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import pstats  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

BATCH = 8
# CPU seconds of this process: the machine is shared (tests, other benches), and the work is
# single-threaded and CPU-bound, so wall time would measure the neighbours as well
CLOCK = time.process_time
ARTICLES = ROOT / "bench" / "articles"


def load_articles(limit_eval: int = 26) -> list[tuple[str, str]]:
    """(name, text) of about 40 articles, short and long, English and not."""
    out: list[tuple[str, str]] = []
    with open(ROOT / "tests" / "eval" / "articles.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and len(out) < limit_eval:
                item = json.loads(line)
                out.append((f"eval/{item['id']}", item["text"]))
    for path in sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")):
        out.append((f"fixture/{path.stem}", path.read_text(encoding="utf-8")))
    out.append(("slack/two_incidents", (ROOT / "tests/fixtures/slack/two_incidents.txt").read_text()))
    for path in sorted(ARTICLES.glob("*.txt")):
        out.append((f"bench/{path.stem}", path.read_text(encoding="utf-8")))
    return out


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def run_bare(nlp, texts: list[str]) -> float:
    start = CLOCK()
    for _doc in nlp.pipe(texts, batch_size=BATCH):
        pass
    return CLOCK() - start


def run_bare_single(nlp, texts: list[str]) -> float:
    start = CLOCK()
    for t in texts:
        nlp(t)
    return CLOCK() - start


def run_many(pipeline, texts: list[str]) -> float:
    start = CLOCK()
    for analysis in pipeline.analyze_many(((t, None, None) for t in texts), batch_size=BATCH):
        json.dumps(analysis.to_dict())
    return CLOCK() - start


def run_single(pipeline, texts: list[str]) -> float:
    start = CLOCK()
    for t in texts:
        json.dumps(pipeline.analyze(t).to_dict())
    return CLOCK() - start


def measure(methods: dict, texts: list[str], rounds: int) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in methods}
    for fn in methods.values():  # warm-up: caches, lazy tables
        fn(texts[: min(len(texts), 8)])
    for r in range(rounds):
        order = list(methods.items())
        if r % 2:
            order.reverse()
        for name, fn in order:
            gc.collect()
            times[name].append(fn(texts))
    return {name: statistics.median(v) for name, v in times.items()}


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) + " |"  # noqa: E731
    return "\n".join([fmt(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(fmt, rows)])


def profile(pipeline, texts: list[str], top: int = 25) -> str:
    prof = cProfile.Profile()
    prof.enable()
    run_many(pipeline, texts)
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    own = []
    spacy_call = 0.0
    for (filename, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():
        path = filename.replace("\\", "/")
        if "/spacy/language.py" in path and func == "pipe":
            spacy_call = max(spacy_call, ct)
        if str(ROOT) in path and "/.venv/" not in path and "/bench/" not in path:
            rel = path.replace(str(ROOT) + "/", "")
            own.append((ct, tt, nc, f"{rel}:{line}({func})"))
    own.sort(reverse=True)
    rows = [[f"{ct:.3f}", f"{ct / total:.1%}", f"{tt:.3f}", str(nc), name] for ct, tt, nc, name in own[:top]]
    head = (
        f"cProfile of analyze_many over {len(texts)} articles: {total:.2f} s under the profiler, "
        f"of which spaCy's Language.pipe (the model plus our line-break component) "
        f"{spacy_call:.2f} s ({spacy_call / total:.0%}); everything else, {total - spacy_call:.2f} s "
        f"({1 - spacy_call / total:.0%}), sits above spaCy (the phrase matchers run in "
        f"nlp._convert, outside Language.pipe)\n\n"
    )
    return head + table(rows, ["cumtime s", "of total", "tottime s", "calls", "function (our code)"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer articles and one round (CI smoke)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()

    import spacy

    from bot.config import Settings
    from workers.pipeline import Pipeline

    settings = Settings.from_env({})
    start = time.perf_counter()
    pipeline = Pipeline.load(settings)
    load_s = time.perf_counter() - start
    bare = spacy.load(settings.spacy_model)

    articles = load_articles(limit_eval=8 if args.quick else 26)
    if args.quick:
        articles = [a for a in articles if "2000" not in a[0]]
    rounds = 1 if args.quick else args.rounds
    texts = [t for _, t in articles]
    long_texts = [t for n, t in articles if "2000" in n] * 4
    short_texts = [t for t in texts if len(t.split()) < 400]

    methods = {
        "bare spaCy nlp.pipe (baseline)": lambda ts: run_bare(bare, ts),
        "Pipeline.analyze_many -> JSON": lambda ts: run_many(pipeline, ts),
        "bare spaCy nlp(text), one at a time": lambda ts: run_bare_single(bare, ts),
        "Pipeline.analyze (one at a time) -> JSON": lambda ts: run_single(pipeline, ts),
    }
    same_mode = {
        "bare spaCy nlp.pipe (baseline)": "bare spaCy nlp.pipe (baseline)",
        "Pipeline.analyze_many -> JSON": "bare spaCy nlp.pipe (baseline)",
        "bare spaCy nlp(text), one at a time": "bare spaCy nlp(text), one at a time",
        "Pipeline.analyze (one at a time) -> JSON": "bare spaCy nlp(text), one at a time",
    }
    print(f"Pipeline.load (model + {len(pipeline.gazetteer)} places + {len(pipeline.actors.actors)} actors): "
          f"{load_s:.2f} s")
    sets = [("all", texts), ("short (<400 words)", short_texts)]
    if long_texts:
        sets.append(("2,000-word x4", long_texts))
    rows = []
    for label, ts in sets:
        medians = measure(methods, ts, rounds)
        base = medians["bare spaCy nlp.pipe (baseline)"]
        for name, secs in medians.items():
            rows.append([
                label if name.startswith("bare") else "",
                name,
                str(len(ts)),
                f"{words(ts) / len(ts):.0f}",
                f"{len(ts) / secs:.1f}",
                f"{base / secs:.2f}x",
                f"{medians[same_mode[name]] / secs:.2f}x",
            ])
    print()
    print(table(rows, ["articles", "method", "n", "words/article", "articles/CPU-s", "vs bare pipe",
                       "vs bare, same mode"]))
    print(f"\n(median of {rounds} round(s), methods alternating; ratio = baseline seconds / method "
          f"seconds; 'same mode' compares analyze with bare nlp(text) one text at a time; "
          f"target: analyze_many >= 0.80x bare nlp.pipe)")
    if not args.no_profile:
        print()
        print(profile(pipeline, texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
