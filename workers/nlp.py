"""spaCy, and only here: text in, a light structure of sentences, tokens and spans out.

The rest of the pipeline (matching, incidents) works on `Parsed` and never touches spaCy.
`TextProcessor` wraps a loaded `Language` with two PhraseMatchers built once from every
known name (places and actors): one on LOWER for ordinary names, one on ORTH for short
names and acronyms ("IS", "Hit") whose case matters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

NER_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"})
SHORT_NAME = 4  # names of this many characters or fewer match case-sensitively only

# Lines that are page furniture, not article text (compared lower-cased, stripped).
CHROME_LINES = frozenset(
    {
        "skip to main content",
        "skip to content",
        "back to top",
        "share",
        "share this",
        "share this article",
        "advertisement",
        "print",
        "read more",
        "related articles",
        "related",
        "menu",
        "search",
        "subscribe",
        "sign in",
        "log in",
        "cookie settings",
        "accept cookies",
        "follow us",
        "comments",
        "tweet",
        "email",
    }
)
_LINE_RE = re.compile(r"[^\n]+")
_NEWLINES = re.compile(r"\n\s*\n|\n")


@dataclass(slots=True)
class Tok:
    i: int
    text: str
    lower: str
    lemma: str  # lower-cased lemma; the lower form when there is no lemmatizer
    pos: str  # "" without a tagger
    tag: str
    dep: str  # "" without a parser
    head: int
    idx: int  # character offset
    sent: int  # index of its sentence
    like_num: bool
    is_title: bool
    is_upper: bool
    space: bool  # followed by whitespace


@dataclass(slots=True)
class Span:
    start: int  # token index
    end: int  # token index, exclusive
    start_char: int
    end_char: int
    text: str
    label: str  # NER label, or "PLACE"/"ACTOR" for known-name hits
    sent: int


@dataclass(slots=True)
class Sent:
    index: int
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    paragraph: int  # paragraphs are separated by blank lines or line breaks


@dataclass
class Parsed:
    text: str
    tokens: list[Tok]
    sents: list[Sent]
    ents: list[Span]  # NER spans with labels in NER_LABELS
    hits: list[Span]  # known-name hits, longest first when overlapping
    has_parser: bool = False
    has_tagger: bool = False
    chrome: list[tuple[int, int]] = field(default_factory=list)  # blanked character ranges


def load_model(name: str) -> Language:
    nlp = spacy.load(name)
    ensure_sentences(nlp)
    return nlp


def blank_model(lang: str = "en") -> Language:
    nlp = spacy.blank(lang)
    ensure_sentences(nlp)
    return nlp


@Language.component("incidentbot_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """A sentence starts after a line break: headlines and paragraphs have no full stop."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif "\n" in token.whitespace_ and token.i + 1 < len(doc):
            doc[token.i + 1].is_sent_start = True
    return doc


def ensure_sentences(nlp: Language) -> Language:
    """Add line-break boundaries (before the parser) and a sentencizer when nothing splits."""
    names = set(nlp.pipe_names)
    if "incidentbot_line_breaks" not in names:
        nlp.add_pipe("incidentbot_line_breaks", first=True)
    if not names & {"parser", "senter", "sentencizer"}:
        nlp.add_pipe("sentencizer")
    return nlp


def english_words(nlp: Language) -> frozenset[str]:
    """Lower-case English words the model knows (its lemmatizer's word index plus stop
    words); empty for a blank model. A known name written in lower case counts as a place
    only when it is not one of these ("hit", "market")."""
    words: set[str] = set()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            for values in lookups.get_table("lemma_index").values():
                words.update(values)
    if words:
        words.update(nlp.Defaults.stop_words)
    return frozenset(words)


def _variants(name: str) -> set[str]:
    """Surface forms a phrase pattern is made of: as written, hyphens as spaces, no article."""
    out = {name, name.replace("-", " "), name.replace("’", "'")}
    stripped = re.sub(r"^(?:al|el|a[dnrstz]|ash|adh)[-\s]", "", name, flags=re.IGNORECASE)
    if stripped != name and len(stripped) > SHORT_NAME:
        out.add(stripped)
    return {v.strip() for v in out if v.strip()}


def blank_chrome(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Blank page-furniture lines with spaces, keeping every character offset."""
    ranges: list[tuple[int, int]] = []
    for m in _LINE_RE.finditer(text):
        line = m.group().strip().lower()
        if line in CHROME_LINES:
            ranges.append((m.start(), m.end()))
    if not ranges:
        return text, ranges
    chars = list(text)
    for start, end in ranges:
        for k in range(start, end):
            chars[k] = " "
    return "".join(chars), ranges


def latin_share(text: str) -> float:
    """Share of letters that are Latin script (1.0 for text without letters)."""
    letters = latin = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"):
                latin += 1
    return latin / letters if letters else 1.0


class TextProcessor:
    """A loaded spaCy pipeline plus phrase matchers of every known name, built once."""

    def __init__(
        self,
        nlp: Language,
        place_names: Iterable[str] = (),
        actor_names: Iterable[str] = (),
    ) -> None:
        self.nlp = ensure_sentences(nlp)
        self.has_parser = "parser" in nlp.pipe_names
        self.has_tagger = "tagger" in nlp.pipe_names
        self.stop_words = frozenset(nlp.Defaults.stop_words)
        self.english_words = english_words(nlp)
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._add("PLACE", place_names, acronyms=False)
        self._add("ACTOR", actor_names, acronyms=True)

    def _add(self, label: str, names: Iterable[str], *, acronyms: bool) -> None:
        lower: set[str] = set()
        orth: set[str] = set()
        for name in names:
            for form in _variants(name):
                if len(form) <= SHORT_NAME:
                    orth.add(form)
                    if not (acronyms and form.isupper()):
                        orth.update({form.upper(), form.title()})
                        if not acronyms and form.isalpha() and self.english_words and form.lower() not in self.english_words:
                            orth.add(form.lower())  # a lower-case paste's "homs", "nawa" (kept only where a place stands)
                    elif form.isalpha() and self.english_words and (len(form) == 4 or (len(form) == 3 and form.lower() not in self.english_words)):
                        orth.add(form.lower())  # a lower-case paste: "isis", "pmf", "sdf" (never "is", "jam")
                else:
                    lower.add(form)
        tokenizer = self.nlp.tokenizer
        if lower:
            self.lower_matcher.add(label, list(tokenizer.pipe(sorted(lower))))
        if orth:
            self.orth_matcher.add(label, list(tokenizer.pipe(sorted(orth))))

    def parse(self, text: str) -> Parsed:
        clean, chrome = blank_chrome(text)
        return self._convert(text, self.nlp(clean), chrome)

    def parse_many(self, texts: Iterable[str], batch_size: int = 8) -> Iterator[Parsed]:
        originals: list[str] = []
        chromes: list[list[tuple[int, int]]] = []

        def cleaned() -> Iterator[str]:
            for text in texts:
                clean, chrome = blank_chrome(text)
                originals.append(text)
                chromes.append(chrome)
                yield clean

        for k, doc in enumerate(self.nlp.pipe(cleaned(), batch_size=batch_size)):
            yield self._convert(originals[k], doc, chromes[k])
            originals[k] = ""  # free memory as we go

    def _convert(self, text: str, doc: Doc, chrome: list[tuple[int, int]]) -> Parsed:
        sents: list[Sent] = []
        sent_of = [0] * len(doc)
        for start, end, paragraph in _sentence_ranges(doc):
            index = len(sents)
            for k in range(start, end):
                sent_of[k] = index
            span = doc[start:end]
            stripped = span.text.strip()
            offset = span.text.index(stripped[0])
            sents.append(
                Sent(
                    index=index,
                    start=start,
                    end=end,
                    start_char=span.start_char + offset,
                    end_char=span.start_char + offset + len(stripped),
                    text=" ".join(stripped.split()),
                    paragraph=paragraph,
                )
            )
        has_lemma = doc.has_annotation("LEMMA")
        tokens = [
            Tok(
                i=t.i,
                text=t.text,
                lower=t.lower_,
                lemma=t.lemma_.lower() if has_lemma else t.lower_,
                pos=t.pos_,
                tag=t.tag_,
                dep=t.dep_,
                head=t.head.i,
                idx=t.idx,
                sent=sent_of[t.i],
                like_num=t.like_num,
                is_title=t.is_title,
                is_upper=t.is_upper,
                space=bool(t.whitespace_),
            )
            for t in doc
        ]
        ents = [
            _span(e.start, e.end, doc, e.label_, sent_of)
            for e in doc.ents
            if e.label_ in NER_LABELS and e.text.strip()
        ]
        labelled: dict[tuple[int, int], set[str]] = {}
        for matcher in (self.lower_matcher, self.orth_matcher):
            for match_id, start, end in matcher(doc):
                labelled.setdefault((start, end), set()).add(self.nlp.vocab.strings[match_id])
        hits: list[Span] = []
        for span in filter_spans([doc[start:end] for start, end in labelled]):
            for label in sorted(labelled[(span.start, span.end)]):
                hits.append(_span(span.start, span.end, doc, label, sent_of))
        return Parsed(
            text=text,
            tokens=tokens,
            sents=sents,
            ents=ents,
            hits=hits,
            has_parser=self.has_parser,
            has_tagger=self.has_tagger,
            chrome=chrome,
        )


def _sentence_ranges(doc: Doc) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of non-blank sentences; a fragment the parser cut off before
    a lower-case continuation in the same line is joined to what follows."""
    ranges: list[list[int]] = []
    paragraph = 0
    joinable = False
    for s in doc.sents:
        if s.start > 0:
            before = doc[s.start - 1]
            if "\n" in before.whitespace_ or (before.is_space and "\n" in before.text):
                paragraph += 1
                joinable = False
        if not s.text.strip():
            if ranges:
                ranges[-1][1] = s.end
            continue
        first = next(t for t in s if not t.is_space)
        if joinable and ranges and first.text[:1].islower():
            ranges[-1][1] = s.end
        elif ranges and ranges[-1][2] == paragraph and _numbering(doc, ranges[-1][0], ranges[-1][1]):
            ranges[-1][1] = s.end  # "1. 27 May — Kirkuk province: ...": the item's number and day belong to it
        else:
            ranges.append([s.start, s.end, paragraph])
        last = [t for t in s if not t.is_space][-1]
        joinable = last.text not in _TERMINAL
    out: list[tuple[int, int, int]] = []
    for a, b, p in ranges:
        for start, end in _clauses(doc, a, b):
            out.append((start, end, p))
    return out


_CLAUSE_OPENERS = frozenset({"PROPN", "DET", "NOUN", "ADJ", "NUM"})
_TOLL_WORDS = frozenset({"killed", "killing", "dead", "died", "martyred", "wounded", "wounding", "injured", "injuring", "hurt", "casualties"})


def _clauses(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence that joins two events with ", while" ("Peshmerga forces recaptured
    Jaloula, while Hashd fighters retook nearby Sadiyah") as two: each clause its own
    subject and past-tense verb. A "while" that starts no clause of its own ("while they were
    patrolling", "while fleeing") leaves the sentence whole."""
    for j in range(start + 5, end - 5):
        t = doc[j]
        if t.lower_ in ("while", "whereas") and doc[j - 1].text == ",":
            cut, first = j, doc[j + 1]
        else:
            continue
        if first.pos_ not in _CLAUSE_OPENERS or first.lower_ in ("he", "she", "they", "it", "we", "i"):
            continue
        if any(x.lower_ in _TOLL_WORDS for x in doc[cut:end]):
            continue  # "7 militants were killed, while 2 of our fighters were martyred": one fight's two tolls
        before_verb = any(x.tag_ == "VBD" or (x.tag_ == "VBN" and doc[x.i - 1].lower_ in ("was", "were", "been")) for x in doc[start:j])
        after_verb = any(x.tag_ == "VBD" or (x.tag_ == "VBN" and doc[x.i - 1].lower_ in ("was", "were", "been")) for x in doc[cut:end])
        if before_verb and after_verb:
            return [(start, cut)] + _clauses(doc, cut, end)
    return [(start, end)]


def _numbering(doc: Doc, start: int, end: int) -> bool:
    """A fragment of list numbers and a day only ("1.", "2) 27")."""
    tokens = [t for t in doc[start:end] if not t.is_space]
    return 0 < len(tokens) <= 4 and all(t.like_num or t.is_punct for t in tokens)


_TERMINAL = frozenset({".", "!", "?", ":", ";", "”", '"', "’", "'", ")"})


def _span(start: int, end: int, doc: Doc, label: str, sent_of: list[int]) -> Span:
    # trim whitespace tokens an entity may swallow ("Main Content\n\n")
    while end > start and doc[end - 1].is_space:
        end -= 1
    while start < end and doc[start].is_space:
        start += 1
    span = doc[start:end]
    return Span(
        start=start,
        end=end,
        start_char=span.start_char,
        end_char=span.end_char,
        text=span.text,
        label=label,
        sent=sent_of[start] if start < len(sent_of) else 0,
    )
