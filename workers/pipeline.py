"""The extraction pipeline: article text in, `Analysis` (incidents, places, actors) out.

    pipeline = Pipeline.load(settings)          # once per worker, before forking
    analysis = pipeline.analyze(text, published=date(2024, 3, 5), source=Source(url=...))
    for analysis in pipeline.analyze_many(items, batch_size=8): ...

Stages: workers.nlp parses (spaCy, with phrase matchers of every known name), this module
turns NER spans and known-name hits into resolved mentions (workers.matching), and
workers.incidents groups sentences into incidents.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from bot.config import Settings
from bot.known import ActorList, Gazetteer, Place, load_actors, load_places
from bot.models import Analysis, Source
from workers import incidents as inc
from workers.matching import PLACE_KIND_WORDS, SHORT_NAME, ActorMatcher, Context, PlaceMatcher
from workers.nlp import Parsed, Span, TextProcessor, latin_share, load_model

NOT_ENGLISH = "text does not look like English: the bot reads English for now"
PLACE_FIRST = frozenset({"GPE", "LOC", "FAC"})
_KIND_BEFORE = {"town": "town", "city": "town", "village": "village", "province": "province", "governorate": "province", "district": "district"}
_NATIONAL = {"IQ": "Iraqi"}
_BARE_FORCES = frozenset({"soldier", "soldiers", "troops", "army"})
_NOT_NATIONAL = frozenset({"turkish", "syrian", "iranian", "american", "us", "russian", "israeli", "kurdish", "peshmerga", "former", "ex", "-", "child", "retired", "foreign", "coalition", "enemy", "regime"})
_LINKS = frozenset({"and", "or", "to", "from", "&", "between", "while", "but"})
_AREA_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern", "rural"})
_SUB_AREAS = frozenset({"district", "subdistrict", "sub-district", "nahiya", "town", "village", "city"})
_ARTICLE_WORDS = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "es", "et", "ez", "the"})


EVENT_WORD_MIN = 5  # letters; shorter words are too close to each other to correct


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


_EVENT_WORDS = frozenset(w for w in (*inc.TRIGGERS, *inc._KILL, *inc._INJURE) if w.isalpha())
# symmetric-delete index: every event word and its one-letter deletions -> the event words
_EVENT_INDEX: dict[str, set[str]] = {}
for _word in _EVENT_WORDS:
    if len(_word) >= EVENT_WORD_MIN:
        for _key in {_word, *_deletes(_word), *_swaps(_word)}:
            _EVENT_INDEX.setdefault(_key, set()).add(_word)


def _event_word_for(word: str) -> str | None:
    """The single event word one edit away from `word`, or None (none, or ambiguous)."""
    found: set[str] = set()
    for key in {word, *_deletes(word), *_swaps(word)}:
        found |= _EVENT_INDEX.get(key, set())
    found = {w for w in found if _one_edit(word, w)}
    return next(iter(found)) if len(found) == 1 else None


def _known_stem(word: str, english: frozenset[str]) -> str | None:
    """The known word this one inflects ("remained" -> "remain", "raised" -> "raise"),
    whatever the tagger made of it in its sentence; None when it is no inflected word."""
    stems = [word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e"]
    if word.endswith(("ies", "ied")):
        stems.append(word[:-3] + "y")
    for stem in sorted(stems, key=len, reverse=True):
        if len(stem) >= 3 and stem in english:
            return stem
    return None


def _one_edit(a: str, b: str) -> bool:
    """Levenshtein distance 1, or one swap of neighbouring letters."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


class Pipeline:
    def __init__(self, processor: TextProcessor, places: PlaceMatcher, actors: ActorMatcher) -> None:
        self.processor = processor
        self.places = places
        self.actors = actors
        self.gazetteer: Gazetteer = places.gazetteer

    @classmethod
    def load(cls, settings: Settings) -> Pipeline:
        """The configured spaCy model, the shipped lists plus the team's; slow, call once."""
        nlp = load_model(settings.spacy_model)
        gazetteer = load_places(settings.known_places)
        actors = load_actors(settings.known_actors)
        return cls.from_parts(nlp, gazetteer, actors)

    @classmethod
    def from_parts(cls, nlp: Any, gazetteer: Gazetteer, actors: ActorList) -> Pipeline:
        places = PlaceMatcher(gazetteer)
        actor_matcher = ActorMatcher(actors)
        processor = TextProcessor(nlp, places.names(), actor_matcher.names())
        return cls(processor, places, actor_matcher)

    # ------------------------------------------------------------------ public API

    def analyze(
        self,
        text: str,
        *,
        published: dt.date | None = None,
        source: Source | None = None,
    ) -> Analysis:
        return self._analyze(self.processor.parse(text), published, source)

    def analyze_many(
        self,
        items: Iterable[tuple[str, dt.date | None, Source | None]],
        batch_size: int = 8,
    ) -> Iterator[Analysis]:
        pending: deque[tuple[dt.date | None, Source | None]] = deque()

        def texts() -> Iterator[str]:
            for text, published, source in items:
                pending.append((published, source))
                yield text

        for parsed in self.processor.parse_many(texts(), batch_size=batch_size):
            published, source = pending.popleft()
            yield self._analyze(parsed, published, source)

    # ------------------------------------------------------------------ stages

    def _analyze(self, parsed: Parsed, published: dt.date | None, source: Source | None) -> Analysis:
        source = source or Source()
        if published is None and source.published:
            try:
                published = dt.date.fromisoformat(source.published[:10])
            except ValueError:
                published = None
        places, actors = self.mentions(parsed, published)
        notes: list[str] = []
        english = self.looks_english(parsed)
        if not english:
            notes.append(NOT_ENGLISH)
            found = []
        else:
            self._correct_event_words(parsed)
            found = inc.extract(parsed, places, actors, self.gazetteer, published)
        return Analysis(
            source=source,
            incidents=found,
            places=[self._place_dict(m) for m in places],
            actors=[
                {
                    "matched": m.matched,
                    "name": m.actor.name,
                    "id": m.actor.id,
                    "type": m.actor.type,
                    "start": m.start_char,
                    "end": m.end_char,
                }
                for m in actors
            ],
            notes=notes,
        )

    def _correct_event_words(self, parsed: Parsed) -> None:
        """Misspelt event words ("attaked", "kiled", "woundded") read as the words they miss.

        Only a token that is no English word the model knows (neither its form nor its
        lemma), of EVENT_WORD_MIN letters or more, one edit (insert, delete, substitute or swap
        neighbours) from exactly one event word; "raised" is a word and never "raided".
        """
        english = self.processor.english_words
        if not english:
            return
        for tok in parsed.tokens:
            w = tok.lower
            if len(w) < EVENT_WORD_MIN or not w.isalpha() or w in _EVENT_WORDS:
                continue
            if w in english or tok.lemma in english:
                continue
            fixed = _event_word_for(w)
            stem = _known_stem(w, english)
            if fixed is not None and (stem is None or fixed.startswith(stem)):
                tok.lower = fixed  # "woundded" is still "wounded"; "remained" never "regained"

    def looks_english(self, parsed: Parsed) -> bool:
        text = parsed.text
        if not text.strip():
            return True
        if latin_share(text) < 0.5:
            return False
        words = [t.lower for t in parsed.tokens if t.lower.isalpha() and len(t.lower) > 1]
        if len(words) < 12:
            return True
        stops = sum(1 for w in words if w in self.processor.stop_words)
        if stops / len(words) >= 0.12:
            return True
        # a dense news line has few stop words ("U.S. forces conducted a drone strike near
        # Sarmada on Monday, killing a senior Hurras al-Din official."): its words are English
        english = self.processor.english_words
        if not english or len(words) >= 60:
            return False
        lemmas = [t.lemma for t in parsed.tokens if t.lower.isalpha() and len(t.lower) > 1]
        return sum(1 for w in lemmas if w in english) / len(lemmas) >= 0.6

    def mentions(self, parsed: Parsed, published: dt.date | None = None) -> tuple[list[inc.PlaceMention], list[inc.ActorMention]]:
        """Known places and actors in the text: phrase-matcher hits first, then NER spans
        that cover no hit, resolved by dict and, for NER leftovers, fuzzily."""
        tokens = parsed.tokens
        covered = [False] * len(tokens)
        ner_at: dict[int, str] = {}
        person_spans: list[Span] = []
        for ent in parsed.ents:
            for k in range(ent.start, ent.end):
                ner_at[k] = ent.label
            if ent.label == "PERSON":
                person_spans.append(ent)
        place_spans: list[tuple[Span, list[Place], str | None, float, str]] = []
        actor_mentions: list[inc.ActorMention] = []

        by_span: dict[tuple[int, int], set[str]] = {}
        for hit in parsed.hits:
            by_span.setdefault((hit.start, hit.end), set()).add(hit.label)
        seen: set[tuple[int, int]] = set()
        # the last word of every full name ("Ahmed al-Sharaa"): the same word alone later is him
        person_names = {
            parsed.tokens[p.end - 1].lower
            for p in person_spans
            if p.end - p.start >= 2 and _is_name(parsed, p) and parsed.tokens[p.end - 1].text[:1].isupper()
        }
        for hit in parsed.hits:
            key = (hit.start, hit.end)
            if key in seen:
                continue
            seen.add(key)
            labels = by_span[key]
            if "ACTOR" not in labels and any(
                p.start <= hit.start and hit.end <= p.end and (p.start, p.end) != key and _is_name(parsed, p)
                for p in person_spans
            ):
                continue  # a village name inside a person's name
            ner = ner_at.get(hit.start, "")
            as_place = "PLACE" in labels and ("ACTOR" not in labels or ner in PLACE_FIRST)
            if as_place:
                if not self._plausible_place(parsed, hit, ner) or _person_word(parsed, hit, person_names):
                    continue
                kind = self._kind_hint(parsed, hit)
                written = hit.text.title() if hit.text.islower() and len(hit.text) <= SHORT_NAME else hit.text  # a placed "homs"
                match = self.places.resolve(written, Context(kind=kind, fuzzy=False))
                if match is None:
                    continue
                place_spans.append((hit, list(match.candidates), kind, match.score, match.method))
            else:
                match = self.actors.resolve(hit.text, Context(fuzzy=False))
                if match is None and hit.text.islower() and len(hit.text) <= SHORT_NAME:
                    match = self.actors.resolve(hit.text.upper(), Context(fuzzy=False))  # "isis" in a paste
                if match is None:
                    continue
                actor_mentions.append(self._actor_mention(hit, match.item))
            for k in range(hit.start, hit.end):
                covered[k] = True

        for ent in parsed.ents:
            if any(covered[k] for k in range(ent.start, ent.end)):
                continue
            text = ent.text
            if not _capitalised(text) or len(text) <= 1:
                continue
            fuzzy = ent.label != "PERSON" and len(text) > SHORT_NAME
            order = ("place", "actor") if ent.label in PLACE_FIRST else ("actor", "place")
            for what in order:
                if what == "place":
                    if _person_word(parsed, ent, person_names) or (ent.label == "PERSON" and text.lower() in person_names):
                        continue
                    kind = self._kind_hint(parsed, ent)
                    match = self.places.resolve(text, Context(kind=kind, fuzzy=fuzzy))
                    if match is not None:
                        place_spans.append((ent, list(match.candidates), kind, match.score, match.method))
                        break
                else:
                    amatch = self.actors.resolve(text, Context(fuzzy=fuzzy))
                    if amatch is not None:
                        actor_mentions.append(self._actor_mention(ent, amatch.item))
                        break

        places = self._disambiguate(place_spans, tokens)
        places.sort(key=lambda m: m.start)
        actor_mentions.extend(self._national_forces(parsed, places, covered))
        actor_mentions.extend(self._numbered_divisions(parsed, places, covered))
        actor_mentions.sort(key=lambda m: m.start)
        actor_mentions.extend(_our_forces(parsed, actor_mentions, covered))
        actor_mentions.sort(key=lambda m: m.start)
        actor_mentions = [m for m in actor_mentions if not _reporting_journalist(tokens, m)]
        return places, self._country_consistent(actor_mentions, places, published)

    def _country_consistent(
        self, mentions: list[inc.ActorMention], places: list[inc.PlaceMention], published: dt.date | None
    ) -> list[inc.ActorMention]:
        """A generic force name means the force of the country the article is about:
        "Asayish" in Sulaymaniyah is the KRG's Asayish, in Qamishli the NE Syria one;
        "security forces" in Syria are not Iraq's (the transitional government's from
        December 2024, the Syrian army before)."""
        country = _article_country(places)
        place_countries = {m.place.country_code for m in places if m.place.kind != "country"}
        syrian_only = "SY" in place_countries and "IQ" not in place_countries
        if country is None and not syrian_only:
            return mentions
        out = []
        nes_police = self.actors.actors.get("asayish-nes")
        tribesmen = self.actors.actors.get("tribal-militia")
        interim = self.actors.actors.get("syrian-interim-forces")
        nes = country == "SY" and any(m.actor.id in ("asayish-nes", "sdf") for m in mentions)
        for m in mentions:
            actor = m.actor
            if nes and nes_police is not None and actor.id == "iraqi-police" and m.matched.lower() in _BARE_POLICE:
                # bare "police" where the SDF / Asayish hold the ground are the Asayish, never Iraq's police
                out.append(replace(m, actor=nes_police))
                continue
            if actor.id == "tribal-mobilization" and syrian_only and tribesmen is not None:
                # Iraq's Tribal Mobilization is a PMF body: "tribal fighters" in Syria are tribesmen
                out.append(replace(m, actor=tribesmen))
                continue
            if country == "SY" and not nes and actor.id == "iraqi-police" and m.matched.lower() in _BARE_POLICE:
                continue  # bare "police" in Syria are no Iraqi force, and the lists know no Syrian police
            if actor.id == "saa" and interim is not None and published is not None and published >= _SYRIA_TRANSITION and not _OLD_REGIME.search(m.matched.lower()):
                # "two soldiers of the Syrian army" in August 2025: the transitional government's army
                out.append(replace(m, actor=interim))
                continue
            if actor.country_code in _COUNTERPARTS and actor.country_code != country and actor.type == "State forces":
                wanted = _COUNTERPARTS[actor.country_code].get(actor.id, {}).get(country)
                if wanted == "syrian-forces":
                    wanted = "syrian-interim-forces" if published is None or published >= _SYRIA_TRANSITION else "saa"
                other = self.actors.actors.get(wanted) if wanted else None
                if other is not None and m.matched.lower() in _GENERIC_FORCE_NAMES:
                    m = replace(m, actor=other)
            out.append(m)
        return out

    def _national_forces(self, parsed: Parsed, places: list[inc.PlaceMention], covered: list[bool]) -> list[inc.ActorMention]:
        """Bare "soldiers", "troops", "the army" in an article about one country are that
        country's army ("killing two soldiers" at an Iraqi checkpoint): resolved as
        "Iraqi soldiers" / "Syrian army" through the actor list. Not after another name
        ("Peshmerga soldiers", "Turkish troops", "SDF fighters")."""
        countries = {m.place.country_code for m in places if m.place.country_code}
        if len(countries) != 1:
            return []
        country = countries.pop()
        adjective = _NATIONAL.get(country)
        if adjective is None:
            return []
        tokens = parsed.tokens
        out: list[inc.ActorMention] = []
        for k, tok in enumerate(tokens):
            if tok.lower not in _BARE_FORCES or covered[k]:
                continue
            prev = tokens[k - 1] if k > 0 else None
            spaced_dash = prev is not None and prev.lower in ("-", "–", "—") and prev.space and k > 1 and tokens[k - 2].space
            if prev is not None and not spaced_dash and (covered[prev.i] or (prev.text[:1].isupper() and prev.sent == tok.sent and prev.i != parsed.sents[tok.sent].start) or prev.lower in _NOT_NATIONAL):
                continue  # "Peshmerga soldiers", "ex-army" (but "SANA - Army units": a dateline's dash)
            match = self.actors.resolve(f"{adjective} {tok.lower}", Context(fuzzy=False))
            if match is None:
                continue
            span = Span(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, "ACTOR", tok.sent)
            out.append(self._actor_mention(span, match.item))
        return out

    def _numbered_divisions(self, parsed: Parsed, places: list[inc.PlaceMention], covered: list[bool]) -> list[inc.ActorMention]:
        """A numbered division ("the 8th Division", "the army's 9th Infantry Division") in an
        article about Iraq is the Iraqi Army's; not one owned by another named force
        ("the SAA's 25th Division", "PMF 30th Division") and never outside Iraq."""
        if _article_country(places) != "IQ":
            return []
        army = self.actors.actors.get("iraqi-army")
        if army is None:
            return []
        tokens = parsed.tokens
        out: list[inc.ActorMention] = []
        for k, tok in enumerate(tokens):
            if not _ORDINAL.match(tok.lower) or covered[k]:
                continue
            end = k + 1
            while end < len(tokens) and tokens[end].lower in _DIVISION_KINDS:
                end += 1
            if end >= len(tokens) or tokens[end].lower not in ("division", "div") or covered[end]:
                continue
            j = k - 1
            if j >= 0 and tokens[j].lower in ("'s", "’s") and j >= 1:
                j -= 1  # the possessor: "the army's 9th Division"
                if covered[j] and tokens[j].lower not in ("army", "military"):
                    continue
            elif j >= 0 and covered[j]:
                continue  # "PMF 30th Division"
            end_tok = tokens[end]
            span = Span(k, end + 1, tok.idx, end_tok.idx + len(end_tok.text), parsed.text[tok.idx : end_tok.idx + len(end_tok.text)], "ACTOR", tok.sent)
            out.append(self._actor_mention(span, army))
        return out

    # ------------------------------------------------------------------ helpers

    def _plausible_place(self, parsed: Parsed, hit: Span, ner: str) -> bool:
        """A known name as an ordinary word is not a place: it must be capitalised, and a
        short name opening a sentence ("Hit by ...") needs the NER to agree."""
        if not _capitalised(hit.text):
            # a sloppy lower-case paste: only names that are no English word ("khanaqeen"), or
            # a name that stands where a place stands ("south of homs", "nr kirkuk", "mosul city")
            english = self.processor.english_words
            words = hit.text.lower().replace("-", " ").split()
            tokens = parsed.tokens
            before = tokens[hit.start - 1].lower if hit.start > 0 else ""
            after = tokens[hit.end].lower if hit.end < len(tokens) else ""
            placed = (before in _PLACE_BEFORE or after in _PLACE_AFTER) and hit.text.lower() not in _ENGLISH_PLACE_NAMES
            if not english:
                return False
            if not placed and (len(hit.text) <= SHORT_NAME or any(w in english for w in words if w not in _ARTICLE_WORDS)):
                return False
            if placed:
                return True  # the tagger guesses at lower-case names: the place's position is the evidence
        if len(hit.text) <= SHORT_NAME:
            sent = parsed.sents[hit.sent] if hit.sent < len(parsed.sents) else None
            if sent is not None and hit.start == sent.start and ner not in PLACE_FIRST:
                return False
            tok = parsed.tokens[hit.start]
            if parsed.has_tagger and tok.pos not in ("PROPN", "NOUN", "") and ner not in PLACE_FIRST:
                return False
        return True

    @staticmethod
    def _listed_kind(tokens: list[Any], k: int) -> str | None:
        """The kind a plural kind word gives every name of the list it closes: "Kirkuk and
        Salah al-Din governorates", "Anbar, Nineveh and Diyala provinces"."""
        seen_link = False
        for j in range(k, min(len(tokens), k + 10)):
            w = tokens[j].lower
            if w.endswith("s") and w[:-1] in PLACE_KIND_WORDS:
                return PLACE_KIND_WORDS[w[:-1]] if (seen_link or j == k) else None
            if w in (",", "and", "&"):
                seen_link = True
                continue
            if tokens[j].text[:1].isupper() or w in ("al", "el", "-", "ad", "as", "ash", "az", "ar"):
                continue
            return None
        return None

    def _kind_hint(self, parsed: Parsed, span: Span) -> str | None:
        tokens = parsed.tokens
        words = span.text.lower().split()
        if words and words[-1] in PLACE_KIND_WORDS:
            return PLACE_KIND_WORDS[words[-1]]
        if span.end < len(tokens) and tokens[span.end].lower in PLACE_KIND_WORDS:
            return PLACE_KIND_WORDS[tokens[span.end].lower]
        listed = self._listed_kind(tokens, span.end)
        if listed is not None:
            return listed
        # the wider area: "the Idlib countryside", "countryside of Latakia", "western Idlib",
        # "Daquq district in Kirkuk" (a name that is a province and its capital: the province)
        if span.end < len(tokens) and tokens[span.end].lower == "countryside":
            return "province"
        before = [t.lower for t in tokens[max(0, span.start - 3) : span.start]]
        if before[-2:] == ["countryside", "of"] or before[-1:] and before[-1] in _AREA_ADJECTIVES:
            return "province"
        if len(before) >= 2 and before[-1] in ("in", "of") and before[-2] in _SUB_AREAS and span.start >= 3 and tokens[span.start - 3].text[:1].isupper():
            return "province"
        if span.start >= 2 and tokens[span.start - 1].lower == "of" and tokens[span.start - 2].lower in _KIND_BEFORE:
            return _KIND_BEFORE[tokens[span.start - 2].lower]
        if span.start >= 3 and tokens[span.start - 1].lower == "the" and tokens[span.start - 2].lower == "of" and tokens[span.start - 3].lower in _KIND_BEFORE:
            return _KIND_BEFORE[tokens[span.start - 3].lower]
        return None

    def _disambiguate(self, spans: list[tuple[Span, list[Place], str | None, float, str]], tokens: list[Any]) -> list[inc.PlaceMention]:
        """Choose among namesakes by the areas (districts, provinces) the article names
        unambiguously: in the same or neighbouring sentences first, then anywhere."""
        areas_by_sent: dict[int, set[str]] = {}
        anywhere: set[str] = set()
        for span, candidates, kind, _score, _method in spans:
            if len(candidates) != 1:
                of_kind = [c for c in candidates if kind and c.kind == kind]
                if len(of_kind) != 1:
                    continue
                candidates = of_kind
            place = candidates[0]
            ids = {place.id} | {p.id for p in self.gazetteer.ancestors(place)}
            areas_by_sent.setdefault(span.sent, set()).update(ids)
            anywhere.update(ids)
        # a kind stated once ("the province of Anbar") holds for the name's other mentions
        stated: dict[str, str] = {}
        for _span, candidates, kind, _score, _method in spans:
            if kind and any(c.kind == kind for c in candidates):
                stated.setdefault(candidates[0].id, kind)
        # the countries the article names unambiguously (dict hits only)
        countries = {
            candidates[0].country_code
            for _span, candidates, _kind, _score, method in spans
            if method != "fuzzy"
            and len({c.country_code for c in candidates}) == 1
            and any(c.kind in ("country", "province", "district", "town") for c in candidates)
        }
        # the countries whose provinces or districts the article names: what it is about
        regions = {
            candidates[0].country_code
            for _span, candidates, _kind, _score, method in spans
            if method != "fuzzy" and len({c.country_code for c in candidates}) == 1 and any(c.kind in ("province", "district") for c in candidates)
        }
        out: list[inc.PlaceMention] = []
        for span, candidates, kind, _score, method in spans:
            if countries and not any(c.country_code in countries for c in candidates):
                distinctive = method != "fuzzy" and len(candidates) == 1 and len(span.text.split()) >= 2 and not (regions - {candidates[0].country_code})
                if distinctive:
                    pass  # "Makhmour camp" in a story told from Ankara: a name of its own, in no other country's region
                elif method == "fuzzy" or all(c.kind in ("village", "subdistrict") for c in candidates):
                    # a near-spelling or a village namesake in a country the article is not
                    # about ("Khanasor" ~ Aleppo's "Khanasir", Idlib's "Jabal al-Zawiya" ~ a
                    # village near Mosul)
                    continue
            kind = kind or stated.get(candidates[0].id)
            same = areas_by_sent.get(span.sent, set())
            near = areas_by_sent.get(span.sent - 1, set()) | areas_by_sent.get(span.sent + 1, set())
            context = Context(frozenset(same), frozenset(near), frozenset(anywhere), kind)
            place = self.places.choose(candidates, context, span.text)
            out.append(
                inc.PlaceMention(
                    place=place,
                    matched=span.text,
                    start_char=span.start_char,
                    end_char=span.end_char,
                    start=span.start,
                    end=span.end,
                    sent=span.sent,
                )
            )
        return self._drop_outside_stated_area(out, tokens)

    def _drop_outside_stated_area(self, mentions: list[inc.PlaceMention], tokens: list[Any]) -> list[inc.PlaceMention]:
        """A small place followed in its sentence by the area it lies in ("Al-Bara in the
        countryside of Idlib", "Al-Imam, north-east of Muqdadiyah", "X in Diyala province")
        must lie in that area's province: otherwise the name is a namesake of an unlisted
        place, and is dropped."""
        gazetteer = self.gazetteer

        def anchors(r: inc.PlaceMention) -> bool:
            if r.place.kind == "province":
                return True
            return r.start > 0 and tokens[r.start - 1].lower == "of"

        def bearing(r: inc.PlaceMention) -> bool:
            return r.start > 1 and tokens[r.start - 1].lower == "of" and tokens[r.start - 2].lower in _BEARINGS

        keep: list[inc.PlaceMention] = []
        for m in mentions:
            province = gazetteer.province_of(m.place) if m.place.kind in ("village", "subdistrict", "town") else None
            if province is not None and any(
                r is not m
                and r.sent == m.sent
                and 0 <= r.start - m.end <= 12
                and gazetteer.province_of(r.place) not in (None, province)
                and anchors(r)
                and not any(t.lower in _LINKS for t in tokens[m.end : r.start])  # "between Kirkuk and Diyala"
                and not _near_city(m.place, r.place, _BEARING_KM if bearing(r) else _NEAR_CITY_KM)
                # ("al-Kiswah south of Damascus": the city's outskirts lie in the next province; "Jurf
                # al-Sakhar, south of Baghdad": a bearing from a city 60 km away)
                and not any(t.lower in ("border", "borders", "boundary", "boundaries", "bordering", "frontier") for t in tokens[max(m.end, r.start - 3) : r.start])  # "near the boundary with Diyala"
                for r in mentions
            ):
                continue
            keep.append(m)
        return keep

    @staticmethod
    def _actor_mention(span: Span, actor: Any) -> inc.ActorMention:
        return inc.ActorMention(
            actor=actor,
            matched=span.text,
            start_char=span.start_char,
            end_char=span.end_char,
            start=span.start,
            end=span.end,
            sent=span.sent,
        )

    def _place_dict(self, m: inc.PlaceMention) -> dict[str, Any]:
        place = m.place
        district = self.gazetteer.district_of(place)
        province = self.gazetteer.province_of(place)
        return {
            "matched": m.matched,
            "name": place.name,
            "id": place.id,
            "kind": place.kind,
            "district": district.name if district else None,
            "province": province.name if province else None,
            "province_code": inc.province_code(province),
            "country_code": place.country_code,
            "lat": place.lat,
            "lon": place.lon,
            "start": m.start_char,
            "end": m.end_char,
        }


# generic force names and their counterparts by country (actor id -> country -> actor id)
_COUNTERPARTS: dict[str, dict[str, dict[str, str]]] = {
    "IQ": {
        "isf": {"SY": "syrian-forces"},
        "asayish-krg": {"SY": "asayish-nes"},
    },
    "SY": {
        "asayish-nes": {"IQ": "asayish-krg"},
        "syrian-interim-forces": {"IQ": "isf"},
    },
}
_GENERIC_FORCE_NAMES = frozenset(
    {"security forces", "asayish", "asayesh", "asayiş", "kurdish asayish", "kurdish asayesh", "the asayish", "asayish police", "kurdish police", "kurdish-led police", "asayish forces", "kurdish security forces", "internal security forces",
     "general security", "public security", "security personnel", "intelligence forces"}
)
_SYRIA_TRANSITION = dt.date(2024, 12, 8)
_OLD_REGIME = re.compile(r"\b(?:regime|assad|former|ousted|fallen|old|loyalist|remnants?)\b")
_BARE_POLICE = frozenset({"police", "policemen", "police officers", "police forces", "local police", "police patrol"})
_ORDINAL = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)$")
_DIVISION_KINDS = frozenset({"infantry", "armoured", "armored", "army", "mechanised", "mechanized", "motorised", "motorized"})


# words that put a lower-case name in a place's position, and place names that are also English words
_PLACE_BEFORE = frozenset({"s", "n", "e", "w", "ne", "nw", "se", "sw", "in", "near", "nr", "of", "at", "outside", "around", "from", "to", "towards", "twd", "into", "across", "/", "(", ","})
_PLACE_AFTER = frozenset({"city", "province", "prov", "governorate", "gov", "district", "distr", "dist", "countryside", "cntryside", "village", "vil", "town", "area", "camp", "road", "rd", "dam", "base", "airport", ",", ")", "/", ":", "-"})
_ENGLISH_PLACE_NAMES = frozenset({"hit", "ana", "karma", "tall", "bab", "dana", "sur", "nasr", "salam", "dora", "jamal", "rawa", "saida", "sabha", "mayor", "tower", "bridge", "market", "camp", "palace", "stadium"})
_SPEECH_VERBS = frozenset({"said", "says", "reported", "reports", "saw", "witnessed", "observed", "confirmed", "learned", "learnt", "added", "noted", "counted"})


def _reporting_journalist(tokens: list[Any], m: inc.ActorMention) -> bool:
    """The journalist who tells the news is no party to it: "our correspondent", "an AFP
    reporter said", "told reporters", "spoke to journalists"."""
    if m.actor.id != "journalists":
        return False
    before = [tokens[j].lower for j in range(max(0, m.start - 2), m.start)]
    after = tokens[m.end].lower if m.end < len(tokens) else ""
    if before and before[-1] in ("our", "told", "to", "by", "tells", "telling", "("):
        return True
    if before[-1:] == ["'s"] or after in _SPEECH_VERBS:
        return True  # "Reuters' correspondent", "the reporter said"
    if after == "in" and m.end + 1 < len(tokens) and m.matched.lower() in ("correspondent", "reporter"):
        return True  # "our correspondent in Mosul"
    return False


_OUR_UNITS = frozenset({"forces", "force", "fighters", "members", "units", "unit", "troops", "heroes", "men", "personnel", "patrol", "patrols", "detachments", "brigade", "teams"})
_ISSUERS = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces"})


def _our_forces(parsed: Parsed, mentions: list[inc.ActorMention], covered: list[bool]) -> list[inc.ActorMention]:
    """"Our forces", "our fighters" in a statement are the issuer's: the armed actor its
    header or first sentence names ("SDF Media Center: our forces repelled ...", "Ninawa
    Police Command: Our forces arrested ...")."""
    issuer = next((m for m in mentions if m.sent <= 2 and m.actor.type in _ISSUERS), None)
    if issuer is None:
        return []
    tokens = parsed.tokens
    out = []
    for k in range(len(tokens) - 1):
        if tokens[k].lower != "our" or covered[k]:
            continue
        end = k + 1
        while end < len(tokens) and end - k <= 3 and tokens[end].lower not in _OUR_UNITS and tokens[end].text[:1].islower() and tokens[end].lower.isalpha():
            end += 1  # "our brave forces", "our security forces"
        if end >= len(tokens) or tokens[end].lower not in _OUR_UNITS:
            continue
        last = tokens[end]
        out.append(inc.ActorMention(issuer.actor, " ".join(t.text for t in tokens[k : end + 1]), tokens[k].idx, last.idx + len(last.text), k, end + 1, tokens[k].sent))
    return out


def _article_country(places: list[inc.PlaceMention]) -> str | None:
    """The country most of the article's sub-national places lie in (two thirds or more)."""
    codes = [m.place.country_code for m in places if m.place.kind != "country" and m.place.country_code]
    if not codes:
        return None
    top, n = Counter(codes).most_common(1)[0]
    return top if n * 3 >= len(codes) * 2 else None


def _is_name(parsed: Parsed, span: Span) -> bool:
    """A PERSON span that looks like a name: every word capitalised ("Abdul Amir Yarallah"),
    Arabic articles and particles aside ("Ahmed al-Sharaa", "Abu Bakr al-Baghdadi")."""
    return all(
        t.text[:1].isupper() or not t.text[:1].isalpha() or t.lower in _ARTICLE_WORDS or t.lower in _NAME_PARTICLES
        for t in parsed.tokens[span.start : span.end]
    )


_NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "abu", "umm", "um", "abi", "abd", "abdul"})
_KUNYA = frozenset({"abu", "umm", "um", "abi", "bin", "ibn", "bint"})
_TITLES = frozenset({"president", "minister", "mr", "mrs", "ms", "dr", "sheikh", "general", "gen", "commander", "leader", "mullah", "imam", "cleric", "colonel", "col", "brigadier", "lieutenant", "major", "captain", "governor", "mayor", "mukhtar", "spokesman", "emir", "judge", "mp", "lawmaker", "ayatollah", "sayyid"})


def _person_word(parsed: Parsed, span: Span, person_names: set[str]) -> bool:
    """A name that is part of a person's: after "Abu"/"Umm"/"bin" ("Abu Hamza" is a man, not
    the district of Hamza), after a title ("President Sharaa"), or a word already seen in a
    person's name in this text ("Ahmed al-Sharaa" ... "Sharaa's efforts")."""
    tokens = parsed.tokens
    k = span.start - 1
    while k >= 0 and tokens[k].lower in ("-", "al", "el") and k >= span.start - 2:
        k -= 1
    if k >= 0 and tokens[k].lower in _KUNYA:
        return True
    if span.start > 0 and tokens[span.start - 1].lower in _TITLES and tokens[span.start - 1].text[:1].isupper():
        return True
    return span.text.lower() in person_names


_NEAR_CITY_KM = 40.0
_BEARING_KM = 90.0  # "X, south of <city>": a bearing from a city this far away names no other province


_BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western"})


def _near_city(place: Place, anchor: Place, km: float) -> bool:
    """A place told relative to a nearby city (not a province) that lies across a province
    border from it: a city's outskirts often do ("al-Kiswah south of Damascus" is in Rif
    Dimashq), so the name is no namesake when the two are close."""
    if anchor.kind == "province" or None in (place.lat, place.lon, anchor.lat, anchor.lon):
        return False
    lat = math.radians((place.lat + anchor.lat) / 2)  # type: ignore[operator]
    dx = (place.lon - anchor.lon) * math.cos(lat) * 111.32  # type: ignore[operator]
    dy = (place.lat - anchor.lat) * 110.57  # type: ignore[operator]
    return math.hypot(dx, dy) <= km


def _capitalised(text: str) -> bool:
    """Some word other than an Arabic article starts with a capital letter."""
    for word in text.replace("-", " ").split():
        if word.lower() in _ARTICLE_WORDS:
            continue
        if word[:1].isupper():
            return True
    return False
