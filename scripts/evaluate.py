"""Score the extraction pipeline against the labelled articles in tests/eval/articles.jsonl.

    python scripts/evaluate.py [--split dev|test|all] [--json] [--set PATH]
                               [--min-file tests/eval/floors.json] [--verbose]

Loads the pipeline once, analyzes every article of the split, and prints one table:

- provinces: the set of ISO 3166-2 province codes per article (IQ-AN, SY-DY, ...);
- places: the sub-province places per article. A gold incident contributes its place and
  district as one unit; a predicted incident its location name and district (a location that
  is only a province or a country contributes nothing). Two units match when any of their
  names match after normalising (case, accents, Arabic articles, "District" suffixes, vowels:
  "Falluja" = "Fallujah", "Khanaqeen" = "Khanaqin", "Deir Ezzor" = "Deir ez-Zor");
- actors: the set of canonical actor names per article, over the incidents' actors. Generic
  collective actors (types Civilians, Protesters, Rioters; "unidentified ..." groups) are
  left out of the predictions: the gold labels name organised actors only. A predicted actor
  counts as a gold one that is its parent in the known actor list ("Iraqi Army" for gold
  "Iraqi Security Forces", "Kataib Hezbollah" for "Popular Mobilization Forces"), not the
  other way round;
- event types: the multiset of ACLED event types per article; sub-event types: the multiset
  of (event type, sub-event type) pairs;
- incident count: the share of articles whose number of incidents is exactly right;
- killed / injured: the share of articles whose total (summed over incidents; null counts
  as 0) is exactly right.

Set scores are micro-averaged: true/false positives and negatives are summed over articles.
The scoring is pure (`score(gold_articles, predicted_analyses)`), so it is tested without the
pipeline. Exit status: 0; 1 when --min-file is given and a score is below its floor; 2 when
the set or the pipeline cannot be loaded.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT / "tests" / "eval" / "articles.jsonl"
DEFAULT_FLOORS = ROOT / "tests" / "eval" / "floors.json"
SPLITS = ("dev", "test", "all")

SET_METRICS = ("provinces", "places", "actors", "event_types", "sub_event_types")
RATE_METRICS = ("incident_count", "killed", "injured")
LABELS = {
    "provinces": "provinces",
    "places": "places (sub-province)",
    "actors": "actors",
    "event_types": "event types",
    "sub_event_types": "sub-event types",
    "incident_count": "incident count",
    "killed": "killed total",
    "injured": "injured total",
}

GENERIC_ACTOR_TYPES = frozenset({"Civilians", "Protesters", "Rioters"})
GENERIC_ACTOR_PREFIXES = ("unidentified", "unknown")
# Arabic articles and administrative words that transliterations add or drop at will
_ARTICLES = frozenset(
    {"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "az", "ez", "ed", "es", "ul"}
)
_ADMIN_WORDS = frozenset(
    {"district", "subdistrict", "governorate", "province", "qadha", "qada", "nahiya", "nahia"}
)
_ADMIN_PREFIXES = ("qada ", "qadha ", "nahiyat ", "muhafazat ")


# --------------------------------------------------------------------------------------
# the labelled set


def load_articles(path: Path | str = DEFAULT_SET, split: str = "all") -> list[dict[str, Any]]:
    """The articles of one split (dev, test, or all), in file order."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, got {split!r}")
    articles = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON: {exc.msg}") from None
            if split == "all" or article.get("split") == split:
                articles.append(article)
    return articles


# --------------------------------------------------------------------------------------
# normalising names


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def norm_name(text: str | None) -> str:
    """Lower case, no accents or punctuation, no Arabic articles or "District"-like words."""
    if not text:
        return ""
    folded = re.sub(r"[^a-z0-9]+", " ", _fold(text).replace("'", "").replace("\u2019", ""))
    folded = folded.strip() + " "
    for prefix in _ADMIN_PREFIXES:
        if folded.startswith(prefix):
            folded = folded[len(prefix) :]
    words = [w for w in folded.split() if w not in _ARTICLES and w not in _ADMIN_WORDS]
    return " ".join(words)


def name_skeleton(text: str | None) -> str:
    """The consonants of a normalised name, for transliteration variants.

    "Khanaqeen" and "Khanaqin", "Falluja" and "Fallujah", "Tuz Khurmato" and "Tuz Khurmatu"
    share a skeleton. Only ever compared within one article, where collisions are unlikely.
    """
    name = norm_name(text).replace(" ", "")
    name = re.sub(r"(?<=[aeiou])h$", "", name)  # Fallujah / Falluja
    name = re.sub(r"[aeiouyw]", "", name)
    return re.sub(r"(.)\1+", r"\1", name)


def same_place(a: str | None, b: str | None) -> bool:
    na, nb = norm_name(a), norm_name(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    sa, sb = name_skeleton(a), name_skeleton(b)
    return len(sa) >= 2 and sa == sb


def norm_actor(name: str | None) -> str:
    return " ".join(_fold(name or "").replace("\u2019", "'").split())


# --------------------------------------------------------------------------------------
# reading gold and predicted articles into comparable units


def _analysis_dict(analysis: Any) -> dict[str, Any]:
    if analysis is None:
        return {"incidents": []}
    if hasattr(analysis, "to_dict"):
        return analysis.to_dict()
    if isinstance(analysis, Mapping):
        return dict(analysis)
    raise TypeError(f"cannot score a {type(analysis).__name__}: give an Analysis or its dict")


def _incidents(analysis: Any) -> list[dict[str, Any]]:
    return list(_analysis_dict(analysis).get("incidents") or [])


def gold_provinces(article: Mapping[str, Any]) -> set[str]:
    return {
        i["province_code"].upper() for i in article.get("incidents") or [] if i.get("province_code")
    }


def predicted_provinces(analysis: Any) -> set[str]:
    codes = set()
    for incident in _incidents(analysis):
        code = (incident.get("location") or {}).get("province_code")
        if code:
            codes.add(code.upper())
    return codes


def gold_place_units(article: Mapping[str, Any]) -> list[tuple[str, ...]]:
    units = []
    for incident in article.get("incidents") or []:
        names = tuple(n for n in (incident.get("place"), incident.get("district")) if n)
        if names:
            units.append(names)
    return _dedupe_units(units)


def predicted_place_units(analysis: Any) -> list[tuple[str, ...]]:
    units = []
    for incident in _incidents(analysis):
        location = incident.get("location") or {}
        names = []
        name = location.get("name")
        coarse = location.get("precision") in ("province", "country")
        if name and not coarse:
            names.append(name)
        if location.get("district"):
            names.append(location["district"])
        if names:
            units.append(tuple(names))
    return _dedupe_units(units)


def _dedupe_units(units: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Units naming the same place once: two incidents in Hawija are one place."""
    kept: list[tuple[str, ...]] = []
    for unit in units:
        for index, other in enumerate(kept):
            if _units_match(unit, other):
                kept[index] = other + tuple(
                    n for n in unit if not any(same_place(n, o) for o in other)
                )
                break
        else:
            kept.append(unit)
    return kept


def _units_match(a: Sequence[str], b: Sequence[str]) -> bool:
    return any(same_place(x, y) for x in a for y in b)


def gold_actors(article: Mapping[str, Any]) -> set[str]:
    return {
        norm_actor(a) for i in article.get("incidents") or [] for a in i.get("actors") or [] if a
    }


def _is_generic(actor: Mapping[str, Any]) -> bool:
    name = norm_actor(actor.get("name")).lower()
    return actor.get("type") in GENERIC_ACTOR_TYPES or name.startswith(GENERIC_ACTOR_PREFIXES)


def predicted_actors(
    analysis: Any,
    gold: Iterable[str] = (),
    chains: Mapping[str, Sequence[str]] | None = None,
) -> set[str]:
    """Normalised names; an actor whose ancestor is a gold actor takes that gold name."""
    gold = set(gold)
    names = set()
    for incident in _incidents(analysis):
        for actor in incident.get("actors") or []:
            if isinstance(actor, str):
                actor = {"name": actor}
            if not actor.get("name") or _is_generic(actor):
                continue
            name = norm_actor(actor["name"])
            chain = (chains or {}).get(name.lower(), (name,))
            names.add(next((n for n in chain if n in gold), name))
    return names


def actor_chains(actors: Iterable[Any]) -> dict[str, tuple[str, ...]]:
    """For each known actor (bot.known.Actor): its name and its ancestors' names, nearest first.

    Keyed by the lower-cased normalised name; the values are normalised names.
    """
    by_id = {a.id: a for a in actors}
    chains = {}
    for actor in by_id.values():
        chain, seen = [norm_actor(actor.name)], {actor.id}
        parent = by_id.get(actor.parent_id) if actor.parent_id else None
        while parent is not None and parent.id not in seen:
            chain.append(norm_actor(parent.name))
            seen.add(parent.id)
            parent = by_id.get(parent.parent_id) if parent.parent_id else None
        chains[chain[0].lower()] = tuple(chain)
    return chains


def _event_types(incidents: Iterable[Mapping[str, Any]]) -> Counter[str]:
    return Counter(i.get("event_type") or "" for i in incidents)


def _sub_event_types(incidents: Iterable[Mapping[str, Any]]) -> Counter[tuple[str, str]]:
    return Counter((i.get("event_type") or "", i.get("sub_event_type") or "") for i in incidents)


def total(incidents: Iterable[Mapping[str, Any]], key: str) -> int | None:
    """The article's total of `key` over its incidents; None when no incident gives a number."""
    values = [i.get(key) for i in incidents]
    numbers = [int(v) for v in values if v is not None]
    return sum(numbers) if numbers else None


def totals_match(gold: int | None, predicted: int | None) -> bool:
    """Null counts as 0: (None, None), (None, 0) and (3, 3) match; (None, 3) does not."""
    return (gold or 0) == (predicted or 0)


# --------------------------------------------------------------------------------------
# scoring


def _prf(tp_precision: int, n_predicted: int, tp_recall: int, n_gold: int) -> dict[str, Any]:
    if n_predicted:
        precision = tp_precision / n_predicted
    else:
        precision = 1.0 if n_gold == 0 else 0.0
    recall = tp_recall / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": tp_recall,
        "fp": n_predicted - tp_precision,
        "fn": n_gold - tp_recall,
        "gold": n_gold,
        "predicted": n_predicted,
    }


def _rate(correct: int, n: int) -> dict[str, Any]:
    return {"rate": correct / n if n else 1.0, "correct": correct, "total": n}


def compare_article(
    article: Mapping[str, Any],
    analysis: Any,
    chains: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, Any]:
    """One article's counts for every metric, and what was missed or added (for --verbose)."""
    gold_incidents = list(article.get("incidents") or [])
    predicted = _incidents(analysis)
    out: dict[str, Any] = {"id": article.get("id")}

    actors = gold_actors(article)
    for name, gold, pred in (
        ("provinces", gold_provinces(article), predicted_provinces(analysis)),
        ("actors", actors, predicted_actors(analysis, actors, chains)),
    ):
        out[name] = {
            "tp_p": len(gold & pred),
            "n_pred": len(pred),
            "tp_r": len(gold & pred),
            "n_gold": len(gold),
            "missed": sorted(gold - pred),
            "extra": sorted(pred - gold),
        }

    gold_units, pred_units = gold_place_units(article), predicted_place_units(analysis)
    found = [u for u in gold_units if any(_units_match(u, p) for p in pred_units)]
    right = [p for p in pred_units if any(_units_match(p, u) for u in gold_units)]
    out["places"] = {
        "tp_p": len(right),
        "n_pred": len(pred_units),
        "tp_r": len(found),
        "n_gold": len(gold_units),
        "missed": ["/".join(u) for u in gold_units if u not in found],
        "extra": ["/".join(p) for p in pred_units if p not in right],
    }

    for name, counter in (("event_types", _event_types), ("sub_event_types", _sub_event_types)):
        gold_c, pred_c = counter(gold_incidents), counter(predicted)
        common = sum((gold_c & pred_c).values())
        out[name] = {
            "tp_p": common,
            "n_pred": sum(pred_c.values()),
            "tp_r": common,
            "n_gold": sum(gold_c.values()),
            "missed": sorted(_show(k) for k in (gold_c - pred_c).elements()),
            "extra": sorted(_show(k) for k in (pred_c - gold_c).elements()),
        }

    out["incident_count"] = {
        "ok": len(gold_incidents) == len(predicted),
        "gold": len(gold_incidents),
        "predicted": len(predicted),
    }
    for key in ("killed", "injured"):
        g, p = total(gold_incidents, key), total(predicted, key)
        out[key] = {"ok": totals_match(g, p), "gold": g, "predicted": p}
    return out


def _show(key: Any) -> str:
    return " / ".join(key) if isinstance(key, tuple) else str(key)


def score(
    gold_articles: Sequence[Mapping[str, Any]],
    predicted_analyses: Sequence[Any],
    actor_chains: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, Any]:
    """Scores of the predictions (Analysis objects or their dicts, one per gold article).

    `actor_chains` (from `actor_chains(known actors)`) lets a predicted sub-unit count as its
    gold parent; without it actor names must match exactly (after normalising).
    """
    if len(gold_articles) != len(predicted_analyses):
        raise ValueError(
            f"{len(gold_articles)} gold articles but {len(predicted_analyses)} predictions"
        )
    details = [
        compare_article(a, p, actor_chains)
        for a, p in zip(gold_articles, predicted_analyses, strict=True)
    ]
    scores: dict[str, Any] = {"articles": len(details)}
    for name in SET_METRICS:
        sums = Counter()
        for d in details:
            for key in ("tp_p", "n_pred", "tp_r", "n_gold"):
                sums[key] += d[name][key]
        scores[name] = _prf(sums["tp_p"], sums["n_pred"], sums["tp_r"], sums["n_gold"])
    for name in RATE_METRICS:
        scores[name] = _rate(sum(d[name]["ok"] for d in details), len(details))
    return scores


# --------------------------------------------------------------------------------------
# floors


def below_floors(scores: Mapping[str, Any], floors: Mapping[str, Any]) -> list[str]:
    """Each score under its floor, as "actors.f1 0.512 < 0.600". Unknown floor names raise."""
    failures = []
    for metric, wanted in floors.items():
        if metric not in scores or not isinstance(scores[metric], Mapping):
            raise ValueError(f"floors: unknown metric {metric!r}")
        if not isinstance(wanted, Mapping):
            raise ValueError(f"floors: {metric} must map measures to floors, e.g. {{'f1': 0.5}}")
        for measure, floor in wanted.items():
            if measure not in scores[metric]:
                raise ValueError(f"floors: unknown measure {metric}.{measure}")
            value = scores[metric][measure]
            if value < float(floor):
                failures.append(f"{metric}.{measure} {value:.3f} < {float(floor):.3f}")
    return failures


def load_floors(path: Path | str) -> dict[str, Any]:
    with Path(path).open(encoding="utf-8") as handle:
        return json.load(handle)


# --------------------------------------------------------------------------------------
# output


def format_table(scores: Mapping[str, Any], title: str = "") -> str:
    lines = [title] if title else []
    lines.append(
        f"{'metric':<24}{'precision':>10}{'recall':>9}{'f1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"
    )
    for name in SET_METRICS:
        s = scores[name]
        lines.append(
            f"{LABELS[name]:<24}{s['precision']:>10.3f}{s['recall']:>9.3f}{s['f1']:>8.3f}"
            f"{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}"
        )
    lines.append("")
    lines.append(f"{'exact match':<24}{'rate':>10}{'correct':>12}")
    for name in RATE_METRICS:
        s = scores[name]
        lines.append(f"{LABELS[name]:<24}{s['rate']:>10.3f}{s['correct']:>7}/{s['total']:<4}")
    return "\n".join(lines)


def format_details(
    gold_articles: Sequence[Mapping[str, Any]],
    predicted: Sequence[Any],
    actor_chains: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """What each article got wrong: one block per imperfect article."""
    lines = []
    for article, analysis in zip(gold_articles, predicted, strict=True):
        d = compare_article(article, analysis, actor_chains)
        problems = []
        for name in SET_METRICS:
            if d[name]["missed"]:
                problems.append(f"  {LABELS[name]} missed: {', '.join(d[name]['missed'])}")
            if d[name]["extra"]:
                problems.append(f"  {LABELS[name]} extra: {', '.join(d[name]['extra'])}")
        for name in RATE_METRICS:
            if not d[name]["ok"]:
                problems.append(
                    f"  {LABELS[name]}: gold {d[name]['gold']}, got {d[name]['predicted']}"
                )
        if problems:
            lines.append(f"{d['id']}:")
            lines.extend(problems)
    return "\n".join(lines) if lines else "every article scored perfectly"


# --------------------------------------------------------------------------------------
# running the pipeline


def load_pipeline() -> tuple[Any, dict[str, tuple[str, ...]]]:
    """The pipeline built once from the environment's settings, and the actor chains of the
    same known lists (imports here: they are heavy, and the scoring does not need them)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bot.config import Settings
    from bot.known import load_actors
    from workers.pipeline import Pipeline

    settings = Settings.from_env()
    return Pipeline.load(settings), actor_chains(load_actors(settings.known_actors))


def _published(article: Mapping[str, Any]) -> dt.date | None:
    value = article.get("date")
    return dt.date.fromisoformat(value) if value else None


def predict(pipeline: Any, articles: Sequence[Mapping[str, Any]]) -> list[Any]:
    return [pipeline.analyze(a["text"], published=_published(a)) for a in articles]


def evaluate(articles: Sequence[Mapping[str, Any]]) -> tuple[dict[str, Any], list[Any]]:
    """Run the pipeline over the articles and score it: (scores, predictions)."""
    pipeline, chains = load_pipeline()
    predictions = predict(pipeline, articles)
    return score(articles, predictions, chains), predictions


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split", choices=SPLITS, default="all", help="which articles (default all)"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--set", type=Path, default=DEFAULT_SET, help="the labelled articles (JSONL)"
    )
    parser.add_argument(
        "--min-file", type=Path, help="floors (JSON); exit 1 if a score is below one"
    )
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="also list each article's errors"
    )
    args = parser.parse_args(argv)

    try:
        articles = load_articles(args.set, args.split)
        floors = load_floors(args.min_file) if args.min_file else None
    except (OSError, ValueError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    try:
        pipeline, chains = load_pipeline()
    except ImportError as exc:
        print(f"evaluate: cannot load the pipeline: {exc}", file=sys.stderr)
        return 2
    predictions = predict(pipeline, articles)
    scores = score(articles, predictions, chains)

    if args.json:
        print(json.dumps({"split": args.split, "set": str(args.set), **scores}, indent=2))
    else:
        title = f"{len(articles)} articles, split {args.split}, {args.set}"
        print(format_table(scores, title))
        if args.verbose:
            print()
            print(format_details(articles, predictions, chains))

    if floors is not None:
        try:
            failures = below_floors(scores, floors)
        except ValueError as exc:
            print(f"evaluate: {args.min_file}: {exc}", file=sys.stderr)
            return 2
        for failure in failures:
            print(f"below floor: {failure}", file=sys.stderr)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
