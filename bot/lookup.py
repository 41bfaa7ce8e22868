"""Forgiving lookups for what users type: place names, actors, event types.

Used by the /incidents command in the bot process (the workers have their own, richer
matching over article text). Exact and alias hits come from a dictionary of normalised
names; typos fall back to rapidfuzz over the same names, with a preference for provinces
and districts when scores tie (a user asking for "kirkuk" means the province).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.known import Actor, ActorList, Gazetteer, Place
from bot.models import EVENT_TYPES

CONFIDENT_SCORE = 85.0  # a fuzzy match this good acts on its own (anbr→anbar scores 88.9)
SUGGEST_SCORE = 60.0  # below this a name is not worth offering
AMBIGUITY_MARGIN = 4.0  # a runner-up this close to the best makes the query ambiguous
KIND_RANK = {"province": 0, "district": 1, "subdistrict": 2, "town": 3, "village": 4, "country": 5}
KIND_BONUS = {"province": 3.0, "district": 2.0, "country": 1.0}

_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|az|an|at)[- ]+")
_SUFFIX = re.compile(r"\s+(?:governorate|province|district|subdistrict|city|town|village)$")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalize(text: str) -> str:
    """Lower case, no accents, apostrophes or hyphens, no Arabic article, no 'province'."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("'", "").replace("\u2019", "").replace("\u2018", "").replace("`", "")
    text = _NON_WORD.sub(" ", text).strip()
    text = _SUFFIX.sub("", text)
    text = _ARTICLE.sub("", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class PlaceHit:
    place: Place
    score: float
    matched: str


@dataclass(frozen=True)
class PlaceAnswer:
    """`place` when confident; otherwise `candidates` (best first) to offer."""

    place: Place | None
    candidates: tuple[PlaceHit, ...]
    exact: bool = False


class PlaceLookup:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        by_name: dict[str, list[Place]] = {}
        for place in gazetteer:
            for name in place.names:
                key = normalize(name)
                if key:
                    by_name.setdefault(key, []).append(place)
        for key, places in by_name.items():
            by_name[key] = places = list(dict.fromkeys(places))
            places.sort(key=lambda p: (KIND_RANK.get(p.kind, 9), p.id))
        self.by_name = by_name
        self.choices = list(by_name)

    def resolve(self, query: str) -> PlaceAnswer:
        key = normalize(query)
        if not key:
            return PlaceAnswer(None, ())
        exact = self.by_name.get(key)
        if exact:
            unique_places = list(dict.fromkeys(exact))
            return PlaceAnswer(
                unique_places[0], tuple(PlaceHit(p, 100.0, query) for p in unique_places[:3]), True
            )
        hits: dict[str, PlaceHit] = {}
        for name, score, _ in process.extract(
            key, self.choices, scorer=fuzz.ratio, score_cutoff=SUGGEST_SCORE, limit=25
        ):
            for place in self.by_name[name][:1]:  # one place per name: the highest level
                ranked = score + KIND_BONUS.get(place.kind, 0.0)
                if place.id not in hits or hits[place.id].score < ranked:
                    hits[place.id] = PlaceHit(place, ranked, name)
        ordered = sorted(hits.values(), key=lambda h: (-h.score, KIND_RANK.get(h.place.kind, 9)))
        # one entry per displayed name: "Kirkuk" the province beats "Kirkuk" the city
        seen: set[str] = set()
        unique: list[PlaceHit] = []
        for hit in ordered:
            if hit.place.name.lower() in seen:
                continue
            seen.add(hit.place.name.lower())
            unique.append(hit)
        if not unique:
            return PlaceAnswer(None, ())
        best = unique[0]
        runner_up = unique[1].score if len(unique) > 1 else 0.0
        if best.score >= CONFIDENT_SCORE and best.score - runner_up >= AMBIGUITY_MARGIN:
            return PlaceAnswer(best.place, tuple(unique[:3]))
        return PlaceAnswer(None, tuple(unique[:3]))

    def describe(self, place: Place) -> str:
        """'Khanaqin (district, Diyala)' — what the user is told was understood."""
        province = self.gazetteer.province_of(place)
        if place.kind in ("province", "country") or province is None:
            return place.name if place.kind != "province" else f"{place.name} province"
        return f"{place.name} ({place.kind}, {province.name})"


@dataclass(frozen=True)
class ActorAnswer:
    actor: Actor | None
    names: tuple[str, ...]  # canonical names to search: the actor and its parts
    suggestions: tuple[str, ...] = ()


class ActorLookup:
    def __init__(self, actors: ActorList) -> None:
        self.actors = actors
        self.by_name: dict[str, Actor] = {}
        for actor in actors:
            for name in actor.names:
                self.by_name.setdefault(normalize(name), actor)
        self.choices = list(self.by_name)

    def _family(self, actor: Actor) -> tuple[str, ...]:
        names = [actor.name]
        frontier = [actor.id]
        while frontier:
            parent = frontier.pop()
            for other in self.actors:
                if other.parent_id == parent and other.name not in names:
                    names.append(other.name)
                    frontier.append(other.id)
        return tuple(names)

    def resolve(self, query: str) -> ActorAnswer:
        key = normalize(query)
        actor = self.by_name.get(key)
        if actor is None and key:
            best = process.extractOne(key, self.choices, scorer=fuzz.ratio, score_cutoff=80)
            if best:
                actor = self.by_name[best[0]]
        if actor is None:
            near = process.extract(key, self.choices, scorer=fuzz.ratio, limit=3, score_cutoff=50)
            return ActorAnswer(None, (), tuple(dict.fromkeys(self.by_name[n].name for n, *_ in near)))
        return ActorAnswer(actor, self._family(actor))


_TYPE_WORDS = {
    "Battles": ("battle", "battles", "clash", "clashes", "fighting", "armed clash"),
    "Explosions/Remote violence": ("explosion", "explosions", "remote violence", "ied", "bomb",
                                   "bombing", "airstrike", "airstrikes", "shelling", "drone"),
    "Violence against civilians": ("violence against civilians", "vac", "civilians", "attack on civilians",
                                   "abduction", "kidnapping"),
    "Protests": ("protest", "protests", "demonstration", "demonstrations"),
    "Riots": ("riot", "riots", "mob violence"),
    "Strategic developments": ("strategic", "strategic developments", "arrests", "operation",
                               "operations"),
}


def resolve_event_type(query: str) -> str | None:
    key = normalize(query.replace("_", " ").replace("/", " "))
    if not key:
        return None
    choices: dict[str, str] = {}
    for event_type, words in _TYPE_WORDS.items():
        choices[normalize(event_type.replace("/", " "))] = event_type
        for word in words:
            choices[normalize(word)] = event_type
    if key in choices:
        return choices[key]
    for name, event_type in choices.items():
        if name.startswith(key) and len(key) >= 3:
            return event_type
    best = process.extractOne(key, list(choices), scorer=fuzz.ratio, score_cutoff=75)
    return choices[best[0]] if best else None


def event_type_names() -> list[str]:
    return list(EVENT_TYPES)
