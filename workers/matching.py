"""Resolving a name as written to a known place or actor; the only module using rapidfuzz.

Every known name and alias is normalised once, when a matcher is built, into three keys:

- exact: case and diacritics folded, apostrophes dropped, hyphens and dots as spaces
  ("Al-Qa'im" -> "al qaim");
- compact: the exact key without spaces and with doubled letters single ("Deir ez-Zor"
  and "Deir Ezzor" -> "deirezor");
- loose: the Arabic article (al-, el-, ad-, as-, ash-, az-, ...) dropped, common
  transliteration swaps applied (ou->u, oo->u, ee->i, q->k, kh->k, dh->d, -iyah->-iya,
  final -ah/-eh -> -a, final -y -> -i), then compacted ("Khanaqeen" == "Khanaqin").

A name is looked up by dict on those keys first (a name written exactly as a known one
skips even the normalisation). Only a name that no key finds is tried fuzzily: rapidfuzz
`fuzz.ratio` on the loose key, with `score_cutoff=FUZZY_CUTOFF`, against a blocked candidate
set: the loose keys within the length window (LENGTH_SLACK, and no wider than the cut-off
allows) that share enough character trigrams with it to reach the cut-off at all (the
q-gram count filter: an insertion or deletion destroys at most three trigrams, and a score
of FUZZY_CUTOFF allows at most (1 - FUZZY_CUTOFF / 100) * (len(a) + len(b)) of them), at
most FUZZY_CANDIDATES of them, those sharing most. A misspelt first letter no longer hides
the name, and the work no longer grows with the gazetteer (bench/matching.py). Names of SHORT_NAME
characters or fewer never match fuzzily, and all-capital short names (acronyms like "IS")
match only as written, case included.

FUZZY_CUTOFF was chosen on data: tests/test_matching.py (run `pytest -s -k cutoff`) makes
one misspelling (vowel swap, deletion, doubled or transposed letter) of every known name
longer than five letters, and resolves them plus 400 ordinary English words (capitalised)
and 85 person/city names. "wrong" = a misspelling resolved to another known item (dense
village names: "Al Karimah"/"Al Karamah"), "words" = an ordinary word or name resolved
fuzzily at all. Measured 2026-11-25 on the shipped lists (1155 places, 70 actors):

    places  cutoff  precision  recall    tp  wrong  words   (5867 misspellings)
              75      0.942    0.899   5276   270     54
              80      0.949    0.896   5256   242     42
              83      0.960    0.876   5137   202     12
              85      0.968    0.808   4739   155      3   <- chosen
              88      0.970    0.671   3935   119      2
              90      0.969    0.627   3680   114      2
    actors    85      0.990    0.966    619     0      6   (641 misspellings; the six are
                                                             singulars: "Farmer" ~ "farmers")

With the transposition rule below (re-measured 2026-11-25, same lists): at 85 recall rises
from 0.808 to 0.839 (4920 right, 157 wrong, 3 words) and precision stays 0.969; the same
gain holds at every cut-off, and no ordinary word or person name resolves through it.

85 is where ordinary words stop resolving (the three left are person names, "Karim" ~
"Al Karimah"; PERSON spans are never matched fuzzily) while four of five misspellings
still resolve ("Peshmarga" 88.9; "Khanaqeen" and "Kirkouk" are dict hits on the loose key).
Transpositions cost two edits under `fuzz.ratio` and mostly fall below the cut-off, so a
name of TRANSPOSE_MIN letters or more that misses the cut-off is retried with the optimal
string alignment (Damerau) distance: exactly one swap of neighbouring letters and nothing
else ("Tikrti" -> "Tikrit") resolves.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from bot.known import Actor, ActorList, Gazetteer, Place

FUZZY_CUTOFF = 85.0
SHORT_NAME = 4
TRANSPOSE_MIN = 6  # names this long or longer may have two neighbouring letters swapped
LENGTH_SLACK = 3  # fuzzy candidates differ in length by at most this many characters
FUZZY_CANDIDATES = 48  # loose keys scored per fuzzy lookup at most: those sharing most trigrams

_APOSTROPHES = re.compile(r"[’‘`'ʼʿʾ´]")
_SEPARATORS = re.compile(r"[^\w]+|_")
_ARTICLES = frozenset(
    {"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "et", "ez", "ul"}
)
_SWAPS = (
    ("iyah", "iya"),
    ("iyeh", "iya"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("kh", "k"),
    ("ck", "k"),
    ("q", "k"),
    ("dh", "d"),
    ("ph", "f"),
)
_END_SWAPS = (("ah", "a"), ("eh", "a"), ("y", "i"))
_DOUBLE = re.compile(r"(.)\1+")
# generic words around a name: "Kirkuk province", "the town of Hit", "ISIS militants"
PLACE_KIND_WORDS = {
    "province": "province",
    "governorate": "province",
    "district": "district",
    "subdistrict": "subdistrict",
    "sub-district": "subdistrict",
    "nahiya": "subdistrict",
    "city": "town",
    "town": "town",
    "village": "village",
    "country": "country",
}
_PLACE_GENERIC = frozenset({*PLACE_KIND_WORDS, "region", "area", "countryside", "outskirts"})
_ACTOR_GENERIC = frozenset(
    {"militants", "militant", "fighters", "fighter", "jihadists", "members", "cells", "cell",
     "group", "militia", "militias", "militiamen", "troops", "soldiers", "units", "forces"}
)
_LEADING = frozenset({"the", "a", "an", "anti", "pro", "so-called", "so", "called"})


def fold(text: str) -> str:
    """Case and diacritics folded, apostrophes dropped, other punctuation as single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.casefold())
    return " ".join(_SEPARATORS.sub(" ", text).split())


def compact_key(folded: str) -> str:
    return _DOUBLE.sub(r"\1", folded.replace(" ", ""))


def loose_key(folded: str) -> str:
    words = [w for w in folded.split() if w not in _ARTICLES] or folded.split()
    text = "".join(words)
    for old, new in _SWAPS:
        text = text.replace(old, new)
    for old, new in _END_SWAPS:
        if text.endswith(old) and len(text) > len(old) + 2:
            text = text[: -len(old)] + new
    return _DOUBLE.sub(r"\1", text)


def keys(text: str) -> tuple[str, str, str]:
    folded = fold(text)
    return folded, compact_key(folded), loose_key(folded)


def is_acronym(name: str) -> bool:
    return len(name) <= SHORT_NAME and name.isupper()


T = TypeVar("T")


@dataclass(frozen=True)
class Match(Generic[T]):
    item: T
    matched: str  # the text as written
    score: float  # 100 for dict hits, the fuzzy score otherwise
    method: str  # "exact" | "compact" | "loose" | "fuzzy"
    candidates: tuple[T, ...] = ()  # every known item sharing the name


@dataclass(frozen=True)
class Context:
    """What the article says around a place name, for choosing among namesakes.

    same: ids of places (and their parents) named unambiguously in the same sentence;
    near: in the neighbouring sentences; anywhere: anywhere in the article; kind: a kind
    the text states ("Kirkuk province" -> "province").
    """

    same: frozenset[str] = field(default_factory=frozenset)
    near: frozenset[str] = field(default_factory=frozenset)
    anywhere: frozenset[str] = field(default_factory=frozenset)
    kind: str | None = None
    fuzzy: bool = True


class _Index(Generic[T]):
    """Dict lookups by the three keys, then blocked fuzzy lookup on the loose key."""

    def __init__(self, named: Iterable[tuple[str, T]]) -> None:
        named = list(named)
        self.case: dict[str, list[T]] = defaultdict(list)  # acronyms, as written
        self.exact: dict[str, list[T]] = defaultdict(list)
        self.compact: dict[str, list[T]] = defaultdict(list)
        self.loose: dict[str, list[T]] = defaultdict(list)
        for name, item in named:
            if is_acronym(name):
                _add(self.case[name], item)
                continue
            folded, compact, loose = keys(name)
            if not folded:
                continue
            _add(self.exact[folded], item)
            if len(compact) > SHORT_NAME:
                _add(self.compact[compact], item)
            if len(loose) > SHORT_NAME:
                _add(self.loose[loose], item)
        # fuzzy candidates: the loose keys ordered by length (a length window is a slice
        # from starts[n]), and for every trigram of " key " the positions of the keys with it
        self.fuzzy_keys: list[str] = sorted(self.loose, key=lambda k: (len(k), k))
        lengths = [len(k) for k in self.fuzzy_keys]
        self.starts = [bisect_left(lengths, n) for n in range((lengths[-1] if lengths else 0) + 2)]
        postings: dict[str, list[int]] = defaultdict(list)
        for position, key in enumerate(self.fuzzy_keys):
            for gram in set(_trigrams(key)):
                postings[gram].append(position)
        self.postings = {g: np.asarray(v, dtype=np.int32) for g, v in postings.items()}
        # names as written: their dict answer, without normalising the text again
        self.written: dict[str, tuple[list[T], str, float, str]] = {}
        for name, _item in named:
            if name not in self.written and not is_acronym(name):
                found = self.lookup(name, fuzzy=False)
                if found[0]:
                    self.written[name] = found

    def lookup(self, text: str, *, fuzzy: bool = True, cutoff: float = FUZZY_CUTOFF) -> tuple[list[T], str, float, str]:
        """(items, method, score, key) for a name; items is empty when nothing matches."""
        if text in self.case:
            return self.case[text], "exact", 100.0, text
        written = self.written.get(text)
        if written is not None:
            return written
        folded, compact, loose = keys(text)
        if not folded:
            return [], "", 0.0, ""
        if folded in self.exact:
            if len(folded) > SHORT_NAME or not text.islower():
                return self.exact[folded], "exact", 100.0, folded
        if len(compact) <= SHORT_NAME:
            return [], "", 0.0, ""
        if compact in self.compact:
            return self.compact[compact], "compact", 100.0, compact
        if len(loose) <= SHORT_NAME:
            return [], "", 0.0, ""
        if loose in self.loose:
            return self.loose[loose], "loose", 100.0, loose
        if not fuzzy:
            return [], "", 0.0, ""
        block = self._candidates(loose, cutoff)
        if not block:
            return [], "", 0.0, ""
        best = process.extractOne(
            loose,
            block,
            scorer=fuzz.ratio,
            score_cutoff=cutoff,
            processor=None,
        )
        if best is None and len(loose) >= TRANSPOSE_MIN:
            # one swap of neighbouring letters ("Tikrti") costs two edits under fuzz.ratio:
            # accept it as one when it is the only difference (OSA distance 1, Indel 2)
            swap = process.extractOne(loose, block, scorer=OSA.distance, score_cutoff=1, processor=None)
            if swap is not None and len(swap[0]) == len(loose) and Levenshtein.distance(swap[0], loose) == 2:
                return self.loose[swap[0]], "fuzzy", float(fuzz.ratio(swap[0], loose)), swap[0]
        if best is None:
            return [], "", 0.0, ""
        choice, score, _ = best
        return self.loose[choice], "fuzzy", float(score), choice

    def _candidates(self, loose: str, cutoff: float) -> list[str]:
        """The loose keys that can score `cutoff` against `loose` (see the module doc)."""
        n = len(loose)
        starts = self.starts
        if not starts:
            return []
        slack = min(LENGTH_SLACK, int((1 - cutoff / 100) * (2 * n + LENGTH_SLACK)))
        lo = starts[min(max(n - slack, 0), len(starts) - 1)]
        hi = starts[min(n + slack + 1, len(starts) - 1)]
        if lo >= hi:
            return []
        grams = _trigrams(loose)
        distinct = set(grams)
        postings = self.postings
        hits = [postings[g] for g in distinct if g in postings]
        if not hits:
            return []
        shared = np.bincount(np.concatenate(hits), minlength=len(self.fuzzy_keys))[lo:hi]
        # the count filter at its weakest over the window: " key " has len(key) trigrams,
        # an insertion or deletion destroys at most three, a repeated trigram counts once;
        # the same-length swap the transposition rule accepts keeps len(key) - 4
        need = min(
            max(length, n) - 3 * int((1 - cutoff / 100) * (length + n))
            for length in range(n - slack, n + slack + 1)
        )
        if n >= TRANSPOSE_MIN:
            need = min(need, n - 4)  # one swap of neighbouring letters destroys four at most
        need -= len(grams) - len(distinct)
        keep = np.flatnonzero(shared >= max(need, 1))
        if len(keep) > FUZZY_CANDIDATES:
            keep = keep[np.argpartition(shared[keep], -FUZZY_CANDIDATES)[-FUZZY_CANDIDATES:]]
        keys_ = self.fuzzy_keys
        return [keys_[lo + k] for k in keep.tolist()]


def _trigrams(key: str) -> list[str]:
    padded = f" {key} "
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def _add(items: list[T], item: T) -> None:
    if item not in items:
        items.append(item)


def strip_generic(text: str, generic: frozenset[str]) -> tuple[str, str | None]:
    """("the Khanaqin district") -> ("Khanaqin", "district"): leading articles and one
    trailing generic word removed; the generic word is returned as a hint."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in _LEADING:
        words = words[1:]
    hint = None
    if len(words) > 1 and words[-1].lower() in generic:
        hint = words[-1].lower()
        words = words[:-1]
    if len(words) > 2 and words[-1].lower() == "of" and words[0].lower() in generic:
        words = words[2:]
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    return " ".join(words), hint


_KIND_RANK = {"town": 5, "province": 4, "district": 3, "subdistrict": 2, "village": 1, "country": 6}


class PlaceMatcher:
    """Known places by every name and alias; built once per gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.index: _Index[Place] = _Index((n, p) for p in gazetteer for n in p.names)

    def names(self) -> list[str]:
        return [n for p in self.gazetteer for n in p.names]

    def resolve(self, text: str, context: Context | None = None) -> Match[Place] | None:
        context = context or Context()
        items, method, score, _ = self.index.lookup(text, fuzzy=context.fuzzy)
        kind = context.kind
        if not items:
            bare, hint = strip_generic(text, _PLACE_GENERIC)
            if bare and bare != text:
                items, method, score, _ = self.index.lookup(bare, fuzzy=context.fuzzy)
                kind = kind or PLACE_KIND_WORDS.get(hint or "")
        if not items:
            return None
        best = self.choose(items, Context(context.same, context.near, context.anywhere, kind), text)
        return Match(best, text, score, method, tuple(items))

    def choose(self, places: list[Place], context: Context, written: str | None = None) -> Place:
        """Among namesakes: the stated kind, then inside an area named in the same sentence,
        the neighbouring ones, anywhere in the article, then towns over provinces over
        villages."""
        if len(places) == 1:
            return places[0]
        if context.kind not in ("district", "subdistrict"):
            # a district named after its seat: the name means the town
            seated = [
                p
                for p in places
                if p.kind in ("district", "subdistrict")
                and any(q.kind == "town" and q.id != p.id and self.gazetteer.within(q, p) for q in places)
            ]
            if seated:
                places = [p for p in places if p not in seated]
        folded = fold(strip_generic(written, _PLACE_GENERIC)[0]) if written else ""

        def score(place: Place) -> tuple[int, ...]:
            chain = {place.id} | {p.id for p in self.gazetteer.ancestors(place)}
            return (
                1 if context.kind and place.kind == context.kind else 0,
                1 if chain & context.same - {place.id} else 0,
                1 if chain & context.near - {place.id} else 0,
                1 if chain & context.anywhere - {place.id} else 0,
                1 if folded and fold(place.name) == folded else 0,  # its own name, not an alias
                _KIND_RANK.get(place.kind, 0),
                1 if place.lat is not None else 0,
            )

        return max(places, key=score)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _lost_beginning(text: str, key: str) -> bool:
    """The name is the known key's end without its beginning: a word of its own."""
    loose = keys(text)[2]
    return len(key) > len(loose) and key.endswith(loose)


class ActorMatcher:
    """Known actors by every name and alias; built once per actor list."""

    def __init__(self, actors: ActorList) -> None:
        self.actors = actors
        self.index: _Index[Actor] = _Index((n, a) for a in actors for n in a.names)

    def names(self) -> list[str]:
        return [n for a in self.actors for n in a.names]

    def resolve(self, text: str, context: Context | None = None) -> Match[Actor] | None:
        fuzzy = context.fuzzy if context else True
        items, method, score, key = self.index.lookup(text, fuzzy=fuzzy)
        if not items:
            bare, _hint = strip_generic(text, _ACTOR_GENERIC)
            if bare and bare != text:
                items, method, score, key = self.index.lookup(bare, fuzzy=fuzzy)
        if items and method == "fuzzy" and (_lost_beginning(text, key) or _digits(text) != _digits(key)):
            return None  # "Syrian" is not a misspelt "Assyrian", the 8th Division not the 4th
        if not items:
            return None
        return Match(items[0], text, score, method, tuple(items))
