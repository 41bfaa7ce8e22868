"""Resolving mentions against a gazetteer of >= 50,000 names: naive loop, rapidfuzz, ours.

The gazetteer: the shipped places (names and aliases) plus generated ones up to --names
(default 50,000): transliteration swaps (q/k, ou/u, ee/i, kh/k, dh/d, -iyah/-iya, final
-ah/-a) and al-/el- prefixes as *aliases of the same place*, and prefixed/suffixed names
("Tal X", "Khirbet X", "X al-Sharqi", "X Ulya" ...) as *new places*, as in a real
GeoNames-sized list of Iraqi and Syrian villages.

The mentions: names drawn from the gazetteer as written, one in five misspelled (a random
edit of one or two letters: substitution, deletion, insertion, transposition), and one in
ten an ordinary capitalised English word or a person's name (which must resolve to
nothing). A place mention is right when the answer shares a name with the place it was
drawn from (namesakes cannot be told apart without context); a non-place is right when
nothing is returned.

Methods, all on one core, all with the project's cut-off (FUZZY_CUTOFF) on `fuzz.ratio`:
 (a) naive: max(fuzz.ratio(m, n) for n in names), a Python loop (time-boxed: small sample)
 (b) rapidfuzz.process.extractOne(m, names) over all names
 (c) rapidfuzz.process.cdist(mentions, names) in one batch, argmax per row
 (d) the project's matcher: workers.matching.PlaceMatcher(gazetteer).resolve(m)
 (e) optional, --candidate FILE: a PlaceMatcher from another copy of workers/matching.py
     (a proposed fix, measured without touching workers/)
(b) is the accuracy reference; (d) targets >= 20,000 mentions/s with no loss against it.
Speeds are per CPU-second of this process (the machine is shared).

    .venv/bin/python bench/matching.py [--quick] [--names 50000] [--mentions 20000]
                                      [--candidate /path/to/matching.py]
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

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from dataclasses import replace  # noqa: E402

import numpy as np  # noqa: E402
from rapidfuzz import fuzz, process, utils  # noqa: E402

from bot.known import Gazetteer, Place, load_places  # noqa: E402
from workers import matching  # noqa: E402

CLOCK = time.process_time
SEED = 20251125

ALIAS_SWAPS = (
    ("q", "k"), ("k", "q"), ("u", "ou"), ("ou", "u"), ("i", "ee"), ("ee", "i"), ("kh", "k"),
    ("dh", "d"), ("iyah", "iya"), ("iya", "iyah"), ("a", "e"),
)
PREFIXES = ("Tal", "Khirbet", "Kafr", "Ain", "Umm", "Abu", "Beit", "Jisr", "Qasr", "Bir",
            "Wadi", "Hay", "Albu", "Sheikh", "Deir", "Qaryat", "Mazraat")
SUFFIXES = ("al-Jadida", "al-Qadima", "al-Sharqi", "al-Gharbi", "al-Shamali", "al-Janubi",
            "al-Ulya", "al-Sufla", "al-Kabir", "al-Saghir", "Camp", "Junction", "Farms",
            "Station", "Fawqani", "Tahtani", "Gate", "Bridge")
PERSONS = """Ahmed Mohammed Hassan Hussein Omar Khalid Yusuf Ibrahim Mustafa Abdullah Salim
Mahmoud Jamal Faisal Nabil Rashid Tariq Walid Ziad Samir Adnan Bashar Haider Nouri Ayad
Masoud Nechirvan Barham Jalal Qubad Fuad Mazloum Ilham Leila Zainab Fatima Maryam Noor
Reuters Pentagon Washington London Moscow Tehran Ankara Beirut Cairo Riyadh Brussels Geneva
Vienna Berlin Paris Madrid Athens Warsaw Prague Budapest Johnson Williams Brown Miller Davis
Wilson Anderson Thompson Martinez Robinson Clark Lewis Walker Young Allen King Wright Scott
Green Baker Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards
Collins Stewart Morris Rogers Reed Cook Morgan Bell Murphy Bailey Cooper Richardson Howard""".split()


# -- data ---------------------------------------------------------------------------------


def _swap(name: str, rng: random.Random) -> str | None:
    lower = name.lower()
    options = [(a, b) for a, b in ALIAS_SWAPS if a in lower]
    if not options:
        return None
    a, b = rng.choice(options)
    at = lower.index(a)
    out = name[:at] + (b.upper() if name[at].isupper() and len(b) == 1 else b) + name[at + len(a):]
    return out if out != name else None


def _article(name: str, rng: random.Random) -> str | None:
    for art in ("Al-", "al-", "Al ", "El-", "el-"):
        if name.startswith(art):
            return name[len(art):] if len(name) - len(art) > 4 else None
    return rng.choice(("Al-", "al-", "El-")) + name


def build_gazetteer(target: int, rng: random.Random) -> Gazetteer:
    shipped = list(load_places())
    places: list[Place] = []
    count = 0
    for p in shipped:  # transliteration aliases of the shipped places
        extra = []
        for name in p.names:
            for variant in (_swap(name, rng), _article(name, rng)):
                if variant and variant not in p.names and variant not in extra:
                    extra.append(variant)
        q = replace(p, aliases=p.aliases + tuple(extra[:2]))
        places.append(q)
        count += len(q.names)
    # new places are named after a real place's main name (an alias would make a second,
    # differently spelled copy of the same new place)
    bases = [(p.name, p) for p in shipped if p.kind != "country" and len(p.name) > 3]
    combos = [(pre, None) for pre in PREFIXES] + [(None, suf) for suf in SUFFIXES]
    pairs = [(b, c) for b in range(len(bases)) for c in range(len(combos))]
    rng.shuffle(pairs)
    k = 0
    seen = {n.casefold() for p in places for n in p.names}
    for b, c in pairs:
        if count >= target:
            break
        base, parent = bases[b]
        pre, suf = combos[c]
        name = f"{pre} {base}" if pre else f"{base} {suf}"
        if name.casefold() in seen:
            continue
        seen.add(name.casefold())
        aliases = ()
        if rng.random() < 0.5:
            alias = _swap(name, rng)
            if alias and alias.casefold() not in seen:
                seen.add(alias.casefold())
                aliases = (alias,)
        k += 1
        places.append(Place(id=f"SYN{k:06d}", name=name, kind="village",
                            parent_id=parent.parent_id or parent.id,
                            country_code=parent.country_code, lat=parent.lat, lon=parent.lon,
                            aliases=aliases))
        count += 1 + len(aliases)
    return Gazetteer(places)


def misspell(name: str, rng: random.Random) -> str:
    """One or two random edits of letters: substitute, delete, insert, transpose."""
    for _ in range(20):
        chars = list(name)
        for _edit in range(rng.choice((1, 2))):
            letters = [i for i, ch in enumerate(chars) if ch.isalpha()]
            if len(letters) < 3:
                break
            i = rng.choice(letters)
            op = rng.choice(("sub", "del", "ins", "swap"))
            if op == "sub":
                chars[i] = rng.choice("abdefghiklmnoqrstuwyz")
            elif op == "del":
                del chars[i]
            elif op == "ins":
                chars.insert(i, rng.choice("abdefghiklmnoqrstuwyz"))
            elif i + 1 < len(chars) and chars[i + 1].isalpha():
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
        out = "".join(chars)
        if out.casefold() != name.casefold():
            return out
    return name + "x"


def english_words(limit: int, rng: random.Random, names: set[str]) -> list[str]:
    import spacy

    from bot.config import DEFAULT_SPACY_MODEL
    from workers.nlp import english_words as model_words

    words = sorted(w for w in model_words(spacy.load(DEFAULT_SPACY_MODEL))
                   if w.isalpha() and len(w) >= 5 and w not in names)
    return [w.capitalize() for w in rng.sample(words, limit)]


def make_mentions(gazetteer: Gazetteer, n: int, rng: random.Random):
    """[(text, truth place id or None, kind)] with kind in clean|misspelled|non-place."""
    entries = [(name, p.id) for p in gazetteer for name in p.names]
    folded = {matching.fold(name) for name, _ in entries}
    non_places = [w for w in PERSONS if matching.fold(w) not in folded]
    non_places += english_words(max(400, n // 10), rng, folded)
    out = []
    for i in range(n):
        if i % 10 == 9:
            out.append((rng.choice(non_places), None, "non-place"))
            continue
        name, pid = rng.choice(entries)
        if i % 5 == 0:
            out.append((misspell(name, rng), pid, "misspelled"))
        else:
            out.append((name, pid, "clean"))
    return entries, out


# -- methods --------------------------------------------------------------------------------


class Judge:
    """strict: the answer shares a name (case and diacritics folded) with the truth;
    loose: ... or a spelling of one (the project's loose key: articles, transliteration
    swaps), as "Qasr Rastan" and "Qasr Ar Rastan", two entries no method can tell apart
    without the article's context."""

    def __init__(self, gazetteer: Gazetteer, loose: bool = False) -> None:
        key = (lambda n: matching.loose_key(matching.fold(n))) if loose else matching.fold
        self.names = {p.id: {key(n) for n in p.names} for p in gazetteer}

    def right(self, truth: str | None, answer: str | None) -> bool:
        if truth is None or answer is None:
            return truth is answer
        return bool(self.names[truth] & self.names[answer])


def run_naive(entries, mentions, cutoff):
    names = [utils.default_process(n) for n, _ in entries]
    answers = []
    start = CLOCK()
    for text, _, _ in mentions:
        m = utils.default_process(text)
        best, best_i = -1.0, -1
        for i, n in enumerate(names):
            s = fuzz.ratio(m, n)
            if s > best:
                best, best_i = s, i
        answers.append(entries[best_i][1] if best >= cutoff else None)
    return CLOCK() - start, answers


def run_extract_one(entries, mentions, cutoff):
    names = [utils.default_process(n) for n, _ in entries]
    answers = []
    start = CLOCK()
    for text, _, _ in mentions:
        best = process.extractOne(utils.default_process(text), names, scorer=fuzz.ratio,
                                  processor=None, score_cutoff=cutoff)
        answers.append(entries[best[2]][1] if best else None)
    return CLOCK() - start, answers


def run_cdist(entries, mentions, cutoff):
    names = [utils.default_process(n) for n, _ in entries]
    start = CLOCK()
    queries = [utils.default_process(t) for t, _, _ in mentions]
    scores = process.cdist(queries, names, scorer=fuzz.ratio, processor=None,
                           score_cutoff=cutoff, dtype=np.uint8, workers=1)
    best = scores.argmax(axis=1)
    top = scores[np.arange(len(queries)), best]
    answers = [entries[b][1] if s >= cutoff else None for b, s in zip(best.tolist(), top.tolist(), strict=True)]
    return CLOCK() - start, answers


def run_matcher(matcher, mentions):
    answers = []
    start = CLOCK()
    for text, _, _ in mentions:
        match = matcher.resolve(text)
        answers.append(match.item.id if match else None)
    return CLOCK() - start, answers


def load_candidate(path: str):
    spec = importlib.util.spec_from_file_location("candidate_matching", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["candidate_matching"] = module
    spec.loader.exec_module(module)
    return module


def score(judge, mentions, answers) -> dict[str, float]:
    kinds: dict[str, list[int]] = {}
    for (_, truth, kind), answer in zip(mentions, answers, strict=True):
        ok = judge.right(truth, answer)
        kinds.setdefault(kind, []).append(int(ok))
        kinds.setdefault("all", []).append(int(ok))
    return {k: sum(v) / len(v) for k, v in kinds.items()}


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) + " |"  # noqa: E731
    return "\n".join([fmt(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(fmt, rows)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--names", type=int, default=50_000)
    parser.add_argument("--mentions", type=int, default=20_000)
    parser.add_argument("--sample", type=int, default=1000, help="mentions for (b), (c)")
    parser.add_argument("--naive", type=int, default=40, help="mentions for (a)")
    parser.add_argument("--show", type=int, default=6, help="losses against (b) to list")
    parser.add_argument("--candidate", help="another copy of workers/matching.py to measure as (e)")
    args = parser.parse_args()
    if args.quick:
        args.mentions, args.sample, args.naive = 3000, 200, 10

    rng = random.Random(SEED)
    start = time.perf_counter()
    gazetteer = build_gazetteer(args.names, rng)
    entries, mentions = make_mentions(gazetteer, args.mentions, rng)
    judge = Judge(gazetteer)
    judge_loose = Judge(gazetteer, loose=True)
    print(f"gazetteer: {len(gazetteer)} places, {len(entries)} names (shipped {len(load_places())} "
          f"places); {len(mentions)} mentions: 70% clean, 20% misspelled, 10% non-places; "
          f"built in {time.perf_counter() - start:.1f} s")
    cutoff = matching.FUZZY_CUTOFF

    start = CLOCK()
    matcher = matching.PlaceMatcher(gazetteer)
    build_d = CLOCK() - start
    matchers = [("(d) workers.matching.PlaceMatcher.resolve", matcher, build_d)]
    if args.candidate:
        module = load_candidate(args.candidate)
        start = CLOCK()
        cand = module.PlaceMatcher(gazetteer)
        matchers.append((f"(e) candidate {Path(args.candidate).name}", cand, CLOCK() - start))

    # one shared sample for the slow methods, stratified like the whole set
    sample = mentions[: args.sample]
    naive_sample = mentions[: args.naive]
    results = []  # (name, n, secs, answers, sample)
    secs, ans = run_naive(entries, naive_sample, cutoff)
    results.append(("(a) naive max(fuzz.ratio) loop", naive_sample, secs, ans))
    secs, ans = run_extract_one(entries, sample, cutoff)
    results.append(("(b) process.extractOne, all names", sample, secs, ans))
    secs, ans = run_cdist(entries, sample, cutoff)
    results.append(("(c) process.cdist batch, argmax", sample, secs, ans))
    for name, m, _build in matchers:
        run_matcher(m, mentions[:200])  # warm-up
        secs, ans = run_matcher(m, mentions)
        results.append((name, mentions, secs, ans))

    ref = results[1]
    ref_rate = len(ref[1]) / ref[2]
    rows = []
    for name, ms, secs, ans in results:
        acc = score(judge, ms, ans)
        # accuracy on (b)'s sample, for a like-for-like comparison
        same = score(judge, sample, ans[: len(sample)]) if len(ms) >= len(sample) else acc
        rate = len(ms) / secs
        loose = score(judge_loose, ms, ans)
        rows.append([name, str(len(ms)), f"{rate:,.0f}", f"{rate / ref_rate:.2f}x",
                     f"{same['all']:.3f}", f"{acc['all']:.3f}", f"{loose['all']:.3f}", f"{acc.get('clean', 0):.3f}",
                     f"{acc.get('misspelled', 0):.3f}", f"{acc.get('non-place', 0):.3f}"])
    print()
    print(table(rows, ["method", "mentions", "mentions/CPU-s", "vs (b)", f"acc on (b)'s {len(sample)}",
                       "acc (own set)", "same up to spelling", "clean", "misspelled", "non-place"]))
    for name, _m, build in matchers:
        print(f"\n{name}: index built in {build:.2f} CPU-s")
    print(f"\n(cut-off {cutoff} on fuzz.ratio everywhere; (a) on {len(naive_sample)} mentions, "
          f"(b) and (c) on the first {len(sample)}, (d)/(e) on all {len(mentions)}; "
          f"target (d) >= 20,000 mentions/s and accuracy >= (b)'s)")

    # where the matchers lose against (b), on (b)'s sample
    for name, _ms, _secs, answers in results[3:]:
        ours = answers[: len(sample)]
        lost = [(m, b, d) for m, b, d in zip(sample, ref[3], ours, strict=True)
                if judge.right(m[1], b) and not judge.right(m[1], d)]
        won = sum(1 for m, b, d in zip(sample, ref[3], ours, strict=True)
                  if not judge.right(m[1], b) and judge.right(m[1], d))
        print(f"\n{name} vs (b) on the same {len(sample)}: (b) right and it wrong {len(lost)}, "
              f"the reverse {won}")
        for (text, truth, kind), b, d in lost[:args.show]:
            print(f"  {kind:10} {text!r}: truth {gazetteer.get(truth).name if truth else None!r}, "
                  f"(b) {gazetteer.get(b).name if b else None!r}, "
                  f"it {gazetteer.get(d).name if d else None!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
