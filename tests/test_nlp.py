"""The spaCy wrapper: sentences, chrome, phrase hits, the light structure (blank model)."""

from __future__ import annotations

import pytest

from workers.nlp import TextProcessor, blank_chrome, blank_model, latin_share


@pytest.fixture(scope="module")
def processor():
    return TextProcessor(
        blank_model(),
        place_names=["Khanaqin", "Bahary Taza", "Hit", "Al-Qa'im", "Deir ez-Zor", "Kirkuk"],
        actor_names=["Islamic State", "IS", "ISIS", "Daesh", "Peshmerga"],
    )


def test_blank_model_gets_sentence_boundaries():
    nlp = blank_model()
    assert "sentencizer" in nlp.pipe_names
    assert "incidentbot_line_breaks" in nlp.pipe_names
    blank_model()  # idempotent on a fresh model; ensure_sentences does not add twice
    from workers.nlp import ensure_sentences

    ensure_sentences(nlp)
    assert nlp.pipe_names.count("sentencizer") == 1


def test_headlines_and_paragraphs_are_sentences(processor):
    parsed = processor.parse("Bomb kills two in Khanaqin\n\nA bomb went off. Two people died.\nMore later")
    texts = [s.text for s in parsed.sents]
    assert texts == ["Bomb kills two in Khanaqin", "A bomb went off.", "Two people died.", "More later"]
    assert parsed.sents[0].paragraph < parsed.sents[1].paragraph
    assert parsed.sents[1].paragraph == parsed.sents[2].paragraph
    for s in parsed.sents:
        assert parsed.text[s.start_char : s.end_char] == s.text


def test_chrome_lines_are_blanked_keeping_offsets():
    text = "skip to Main Content\n\nA bomb exploded in Kirkuk.\n\nBack To Top"
    clean, ranges = blank_chrome(text)
    assert len(clean) == len(text)
    assert "skip" not in clean and "Back" not in clean
    assert clean.index("Kirkuk") == text.index("Kirkuk")
    assert len(ranges) == 2


def test_chrome_produces_no_sentences(processor):
    parsed = processor.parse("skip to Main Content\n\nA bomb exploded in Kirkuk.\n\nBack To Top")
    assert [s.text for s in parsed.sents] == ["A bomb exploded in Kirkuk."]


def test_phrase_hits_case_rules(processor):
    parsed = processor.parse(
        "Is it true? IS fighters attacked Bahary taza near KHANAQIN. Daesh and the Peshmerga "
        "clashed; they hit the road to Hit and al-Qa'im and Deir ez-Zor."
    )
    hits = [(h.text, h.label) for h in parsed.hits]
    assert ("IS", "ACTOR") in hits
    assert ("Is", "ACTOR") not in hits
    assert ("Bahary taza", "PLACE") in hits  # LOWER matcher; the pipeline checks capitals
    assert ("KHANAQIN", "PLACE") in hits
    assert ("Hit", "PLACE") in hits and ("hit", "PLACE") not in hits
    assert ("al-Qa'im", "PLACE") in hits
    assert ("Deir ez-Zor", "PLACE") in hits
    assert ("Daesh", "ACTOR") in hits and ("Peshmerga", "ACTOR") in hits


def test_longest_hit_wins(processor):
    nlp = blank_model()
    tp = TextProcessor(nlp, place_names=["Kirkuk", "Kirkuk Governorate"], actor_names=[])
    parsed = tp.parse("Clashes in Kirkuk Governorate today.")
    assert [h.text for h in parsed.hits] == ["Kirkuk Governorate"]


def test_tokens_are_plain_data(processor):
    parsed = processor.parse("Two soldiers were killed in Khanaqin.")
    tok = parsed.tokens[0]
    assert (tok.text, tok.lower, tok.like_num, tok.sent) == ("Two", "two", True, 0)
    assert parsed.has_parser is False and parsed.has_tagger is False
    assert parsed.tokens[-2].is_title


def test_parse_many_keeps_order(processor):
    texts = [f"Attack number {i} in Kirkuk." for i in range(12)]
    parsed = list(processor.parse_many(iter(texts), batch_size=5))
    assert [p.text for p in parsed] == texts


def test_latin_share():
    assert latin_share("Khanaqin") == 1.0
    assert latin_share("خانقين") == 0.0
    assert latin_share("") == 1.0
    assert latin_share("Khānaqīn") == 1.0
