"""The evaluation set (tests/eval/articles.jsonl) and the scoring in scripts/evaluate.py.

The scoring is tested with hand-made predictions; the labelled set is validated line by line;
the slow regression test runs the real pipeline over the set against tests/eval/floors.json.
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from bot.known import Actor
from bot.models import EVENT_TYPES, ActorRef, Analysis, Incident, Location, Source

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "tests" / "eval"
ARTICLES = EVAL_DIR / "articles.jsonl"
FLOORS = EVAL_DIR / "floors.json"


def _load_evaluate():
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "scripts" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("evaluate", module)
    spec.loader.exec_module(module)
    return module


ev = _load_evaluate()


# --------------------------------------------------------------------------------------
# hand-made gold articles and predictions


def gold_incident(**changes):
    incident = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "province_code": "IQ-DI",
        "province": "Diyala",
        "place": "Jalawla",
        "district": "Khanaqin",
        "actors": ["Islamic State", "Peshmerga"],
        "perpetrator": "Islamic State",
        "killed": 2,
        "injured": 4,
        "date": "2023-07-21",
    }
    incident.update(changes)
    return incident


def gold_article(*incidents, id="a1"):
    return {
        "id": id,
        "text": "...",
        "date": "2023-07-22",
        "split": "dev",
        "incidents": list(incidents),
    }


def predicted_from(article):
    """The prediction a perfect pipeline would make, as the dict `Analysis.to_dict()` gives."""
    incidents = []
    for g in article["incidents"]:
        incidents.append(
            {
                "event_type": g["event_type"],
                "sub_event_type": g.get("sub_event_type") or "",
                "date": g.get("date"),
                "location": {
                    "name": g["place"] or g["district"] or g["province"],
                    "district": g["district"],
                    "province": g["province"],
                    "province_code": g["province_code"],
                    "country_code": g["province_code"][:2],
                    "precision": "village" if g["place"] else "province",
                },
                "actors": [{"name": a, "role": "other", "type": None} for a in g["actors"]],
                "killed": g["killed"],
                "injured": g["injured"],
            }
        )
    return {"incidents": incidents, "places": [], "actors": []}


TWO_INCIDENTS = gold_article(
    gold_incident(),
    gold_incident(
        event_type="Strategic developments",
        sub_event_type="Arrests",
        province_code="IQ-KI",
        province="Kirkuk",
        place="Daquq",
        district="Daquq",
        actors=["Iraqi Security Forces", "Islamic State"],
        killed=None,
        injured=None,
    ),
    id="two",
)
NO_INCIDENT = gold_article(id="none")


def test_a_perfect_prediction_scores_one_everywhere():
    gold = [TWO_INCIDENTS, NO_INCIDENT, gold_article(gold_incident(), id="one")]
    scores = ev.score(gold, [predicted_from(a) for a in gold])
    assert scores["articles"] == 3
    for name in ev.SET_METRICS:
        assert scores[name]["precision"] == scores[name]["recall"] == scores[name]["f1"] == 1.0, (
            name
        )
    for name in ev.RATE_METRICS:
        assert scores[name]["rate"] == 1.0, name


def test_a_missed_province_lowers_recall_not_precision():
    predicted = predicted_from(TWO_INCIDENTS)
    predicted["incidents"].pop()  # the Kirkuk arrest is missed
    scores = ev.score([TWO_INCIDENTS], [predicted])
    assert scores["provinces"]["recall"] == 0.5
    assert scores["provinces"]["precision"] == 1.0
    assert scores["provinces"]["fn"] == 1
    assert scores["incident_count"]["rate"] == 0.0


def test_a_wrong_province_lowers_both():
    predicted = predicted_from(gold_article(gold_incident()))
    predicted["incidents"][0]["location"]["province_code"] = "IQ-SD"
    scores = ev.score([gold_article(gold_incident())], [predicted])
    assert scores["provinces"]["precision"] == scores["provinces"]["recall"] == 0.0


def test_an_extra_actor_lowers_precision_not_recall():
    predicted = predicted_from(TWO_INCIDENTS)
    predicted["incidents"][0]["actors"].append({"name": "Global Coalition", "role": "other"})
    scores = ev.score([TWO_INCIDENTS], [predicted])
    assert scores["actors"]["recall"] == 1.0
    assert scores["actors"]["precision"] == pytest.approx(3 / 4)
    assert scores["actors"]["fp"] == 1


def test_actors_are_a_set_per_article_and_generic_actors_are_left_out():
    predicted = predicted_from(TWO_INCIDENTS)
    predicted["incidents"][0]["actors"] += [
        {"name": "islamic  state", "role": "perpetrator"},  # same actor, other spelling
        {"name": "Civilians (Iraq)", "type": "Civilians"},
        {"name": "Protesters (Iraq)", "type": "Protesters"},
        {"name": "Unidentified Armed Group (Iraq)", "type": "Political militia"},
    ]
    scores = ev.score([TWO_INCIDENTS], [predicted])
    assert scores["actors"]["precision"] == scores["actors"]["recall"] == 1.0


def test_a_predicted_sub_unit_counts_as_its_gold_parent_not_the_reverse():
    known = [
        Actor("isf", "Iraqi Security Forces", "State forces", None, "IQ"),
        Actor("army", "Iraqi Army", "State forces", "isf", "IQ"),
        Actor("pmf", "Popular Mobilization Forces", "State forces", "isf", "IQ"),
        Actor("kh", "Kataib Hezbollah", "Political militia", "pmf", "IQ"),
        Actor("is", "Islamic State", "Rebel group", None, None),
    ]
    chains = ev.actor_chains(known)
    assert chains["kataib hezbollah"] == (
        "kataib hezbollah",
        "popular mobilization forces",
        "iraqi security forces",
    )
    gold = gold_article(
        gold_incident(actors=["Iraqi Security Forces", "Popular Mobilization Forces"])
    )
    predicted = predicted_from(gold)
    predicted["incidents"][0]["actors"] = [{"name": "Iraqi Army"}, {"name": "Kataib Hezbollah"}]
    assert ev.score([gold], [predicted], chains)["actors"]["f1"] == 1.0
    assert ev.score([gold], [predicted])["actors"]["f1"] == 0.0  # no chains: exact names

    child_gold = gold_article(gold_incident(actors=["Kataib Hezbollah"]))
    parent_predicted = predicted_from(child_gold)
    parent_predicted["incidents"][0]["actors"] = [{"name": "Popular Mobilization Forces"}]
    assert ev.score([child_gold], [parent_predicted], chains)["actors"]["f1"] == 0.0


def test_event_types_are_a_multiset():
    gold = gold_article(gold_incident(), gold_incident(place="Qoratu"))  # two clashes
    predicted = predicted_from(gold)
    predicted["incidents"][1]["event_type"] = "Explosions/Remote violence"
    predicted["incidents"][1]["sub_event_type"] = "Remote explosive/landmine/IED"
    scores = ev.score([gold], [predicted])
    assert scores["event_types"]["recall"] == 0.5
    assert scores["event_types"]["precision"] == 0.5
    assert scores["sub_event_types"]["f1"] == 0.5


def test_sub_event_type_is_scored_with_its_event_type():
    gold = gold_article(gold_incident())
    predicted = predicted_from(gold)
    predicted["incidents"][0]["sub_event_type"] = "Government regains territory"
    scores = ev.score([gold], [predicted])
    assert scores["event_types"]["f1"] == 1.0
    assert scores["sub_event_types"]["f1"] == 0.0


@pytest.mark.parametrize(
    ("gold_name", "predicted_name"),
    [
        ("Fallujah", "Falluja"),
        ("Khanaqin", "Khanaqeen"),
        ("Deir ez-Zor", "Deir Ezzor"),
        ("Deir ez-Zor", "Dayr az Zawr"),
        ("Tuz Khurmatu", "Tuz Khurmato"),
        ("Al-Qaim", "Qaim"),
        ("Qurna", "Al-Qurna District"),
        ("Qoratu", "Qarato"),
        ("Balad Ruz", "Baladruz"),
        ("al-Hol", "Al Hawl"),
    ],
)
def test_place_names_match_across_transliterations(gold_name, predicted_name):
    assert ev.same_place(gold_name, predicted_name)


@pytest.mark.parametrize(("a", "b"), [("Hit", "Haditha"), ("Mosul", "Makhmour"), ("Rutba", "")])
def test_different_places_do_not_match(a, b):
    assert not ev.same_place(a, b)


def test_places_match_on_the_location_name_or_its_district():
    gold = gold_article(gold_incident(place="Qoratu", district="Khanaqin"))
    district_only = predicted_from(gold)
    district_only["incidents"][0]["location"].update(
        name="Khanaqeen", district=None, precision="district"
    )
    assert ev.score([gold], [district_only])["places"]["f1"] == 1.0

    elsewhere = predicted_from(gold)
    elsewhere["incidents"][0]["location"].update(name="Muqdadiyah", district="Muqdadiyah")
    scores = ev.score([gold], [elsewhere])
    assert scores["places"]["precision"] == scores["places"]["recall"] == 0.0


def test_a_province_level_location_gives_no_place():
    gold = gold_article(gold_incident(place=None, district=None))
    predicted = predicted_from(gold)
    assert predicted["incidents"][0]["location"]["name"] == "Diyala"
    scores = ev.score([gold], [predicted])
    assert scores["places"]["gold"] == scores["places"]["predicted"] == 0
    assert scores["places"]["f1"] == 1.0


def test_a_city_named_like_its_province_is_a_place():
    gold = gold_article(gold_incident(province_code="SY-DI", province="Damascus", place="Damascus", district=None))
    predicted = predicted_from(gold)
    predicted["incidents"][0]["location"].update(name="Damascus", district=None, precision="town", province="Damascus")
    assert ev.score([gold], [predicted])["places"]["f1"] == 1.0


def test_an_extra_place_lowers_place_precision():
    gold = gold_article(gold_incident())
    predicted = predicted_from(TWO_INCIDENTS)  # Jalawla and Daquq
    scores = ev.score([gold], [predicted])
    assert scores["places"]["recall"] == 1.0
    assert scores["places"]["precision"] == 0.5


def test_totals_sum_incidents_and_count_null_as_zero():
    assert ev.total([{"killed": 2}, {"killed": None}, {"killed": 3}], "killed") == 5
    assert ev.total([{"killed": None}], "killed") is None
    assert ev.total([], "killed") is None
    assert ev.totals_match(None, None)
    assert ev.totals_match(None, 0)
    assert ev.totals_match(5, 5)
    assert not ev.totals_match(None, 3)
    assert not ev.totals_match(5, 4)


def test_totals_are_article_level():
    gold = gold_article(gold_incident(killed=2, injured=4), gold_incident(killed=1, injured=None))
    predicted = predicted_from(gold_article(gold_incident(killed=3, injured=4)))  # one merged
    scores = ev.score([gold], [predicted])
    assert scores["killed"]["rate"] == 1.0
    assert scores["injured"]["rate"] == 1.0
    assert scores["incident_count"]["rate"] == 0.0

    predicted["incidents"][0]["killed"] = 2
    assert ev.score([gold], [predicted])["killed"]["rate"] == 0.0


def test_an_article_without_incidents_predicted_empty_is_right():
    scores = ev.score([NO_INCIDENT], [{"incidents": []}])
    assert scores["incident_count"]["rate"] == 1.0
    assert scores["event_types"]["precision"] == 1.0


def test_incidents_invented_for_an_empty_article_lower_precision():
    predicted = predicted_from(gold_article(gold_incident()))
    scores = ev.score([NO_INCIDENT, TWO_INCIDENTS], [predicted, predicted_from(TWO_INCIDENTS)])
    assert scores["event_types"]["precision"] == pytest.approx(2 / 3)
    assert scores["event_types"]["recall"] == 1.0
    assert scores["killed"]["rate"] == 0.5
    assert scores["incident_count"]["rate"] == 0.5


def test_nothing_predicted_scores_zero_not_one():
    scores = ev.score([TWO_INCIDENTS], [{"incidents": []}])
    assert scores["actors"]["precision"] == scores["actors"]["recall"] == 0.0


def test_analysis_objects_are_scored_like_their_dicts():
    gold = gold_article(gold_incident())
    analysis = Analysis(
        source=Source(published="2023-07-22"),
        incidents=[
            Incident(
                summary="clash",
                event_type="Battles",
                sub_event_type="Armed clash",
                date="2023-07-21",
                location=Location(
                    name="Jalawla",
                    district="Khanaqin",
                    province="Diyala",
                    province_code="IQ-DI",
                    country_code="IQ",
                    precision="town",
                ),
                actors=[
                    ActorRef(name="Islamic State", matched="Daesh", role="perpetrator"),
                    ActorRef(name="Peshmerga", matched="Peshmarga", role="target"),
                ],
                killed=2,
                injured=4,
            )
        ],
    )
    assert ev.score([gold], [analysis]) == ev.score([gold], [predicted_from(gold)])


def test_score_needs_one_prediction_per_article():
    with pytest.raises(ValueError):
        ev.score([NO_INCIDENT, NO_INCIDENT], [{"incidents": []}])


def test_floors():
    scores = ev.score([TWO_INCIDENTS], [predicted_from(gold_article(gold_incident()))])
    assert ev.below_floors(scores, {"provinces": {"precision": 1.0}}) == []
    failures = ev.below_floors(scores, {"provinces": {"recall": 0.9}, "killed": {"rate": 0.5}})
    assert failures == ["provinces.recall 0.500 < 0.900"]
    with pytest.raises(ValueError):
        ev.below_floors(scores, {"provinse": {"f1": 0.5}})
    with pytest.raises(ValueError):
        ev.below_floors(scores, {"provinces": {"f2": 0.5}})


def test_the_floors_file_names_every_metric():
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    scores = ev.score([NO_INCIDENT], [{"incidents": []}])
    assert ev.below_floors(scores, floors) == []
    assert set(floors) == set(ev.SET_METRICS) | set(ev.RATE_METRICS)


class PerfectPipeline:
    """Answers from the gold labels: what the CLI does with a pipeline, without one."""

    def __init__(self, articles):
        self.by_text = {a["text"]: a for a in articles}
        self.calls = []

    def analyze(self, text, published=None):
        self.calls.append(published)
        return predicted_from(self.by_text[text])


def test_the_command_prints_a_table_and_checks_floors(tmp_path, monkeypatch, capsys):
    articles = [dict(TWO_INCIDENTS, text="two incidents"), dict(NO_INCIDENT, text="nothing")]
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    pipeline = PerfectPipeline(articles)
    monkeypatch.setattr(ev, "load_pipeline", lambda: (pipeline, {}))

    assert ev.main(["--set", str(path)]) == 0
    out = capsys.readouterr().out
    assert "provinces" in out and "killed total" in out and "1.000" in out
    assert pipeline.calls == [dt.date(2023, 7, 22)] * 2

    assert ev.main(["--set", str(path), "--json", "--split", "dev"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"] == 2 and data["actors"]["f1"] == 1.0

    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"actors": {"f1": 1.0}}), encoding="utf-8")
    assert ev.main(["--set", str(path), "--min-file", str(floors)]) == 0
    monkeypatch.setattr(ev, "predict", lambda p, arts: [{"incidents": []} for _ in arts])
    assert ev.main(["--set", str(path), "--min-file", str(floors)]) == 1
    assert "below floor: actors.f1" in capsys.readouterr().err


def test_the_command_reports_a_missing_set(tmp_path, capsys):
    assert ev.main(["--set", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl" in capsys.readouterr().err


# --------------------------------------------------------------------------------------
# the labelled set

CODE = re.compile(r"^(IQ|SY)-[A-Z]{2}$")
INCIDENT_KEYS = {
    "event_type",
    "sub_event_type",
    "province_code",
    "province",
    "place",
    "district",
    "actors",
    "perpetrator",
    "killed",
    "injured",
    "date",
}


def _lines():
    return [line for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _articles():
    return [json.loads(line) for line in _lines()]


def _count(value):
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)


def _iso(value):
    return dt.date.fromisoformat(value)


def test_every_line_parses_and_ids_are_unique():
    ids = []
    for number, line in enumerate(_lines(), 1):
        try:
            article = json.loads(line)
        except json.JSONDecodeError as exc:
            pytest.fail(f"articles.jsonl:{number}: {exc}")
        assert {"id", "text", "date", "split", "incidents"} <= set(article), number
        ids.append(article["id"])
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_the_set_is_big_and_split_about_evenly():
    articles = _articles()
    assert len(articles) >= 40
    splits = [a["split"] for a in articles]
    assert set(splits) == {"dev", "test"}
    assert 0.4 <= splits.count("dev") / len(splits) <= 0.6
    assert sum(1 for a in articles if not a["incidents"]) >= 4
    assert sum(1 for a in articles if len(a["incidents"]) > 1) >= 5
    countries = {i["province_code"][:2] for a in articles for i in a["incidents"]}
    assert countries == {"IQ", "SY"}


def test_articles_are_well_formed():
    for article in _articles():
        where = article["id"]
        assert isinstance(article["text"], str) and len(article["text"]) >= 200, where
        published = _iso(article["date"])
        assert isinstance(article["incidents"], list), where
        for incident in article["incidents"]:
            assert set(incident) <= INCIDENT_KEYS, (where, set(incident) - INCIDENT_KEYS)
            assert {"event_type", "province_code", "actors", "killed", "injured"} <= set(incident)
            event = incident["event_type"]
            assert event in EVENT_TYPES, (where, event)
            sub = incident.get("sub_event_type")
            assert sub is None or sub in EVENT_TYPES[event], (where, event, sub)
            assert CODE.match(incident["province_code"]), (where, incident["province_code"])
            assert isinstance(incident.get("province"), str) and incident["province"], where
            for key in ("place", "district"):
                assert incident.get(key) is None or isinstance(incident[key], str), (where, key)
            assert isinstance(incident["actors"], list), where
            assert all(isinstance(a, str) and a for a in incident["actors"]), where
            perpetrator = incident.get("perpetrator")
            assert perpetrator is None or perpetrator in incident["actors"], (where, perpetrator)
            assert _count(incident["killed"]) and _count(incident["injured"]), where
            if incident.get("date"):
                assert _iso(incident["date"]) <= published, (where, incident["date"])


@pytest.mark.skipif(not (ROOT / "bot" / "data" / "places.csv").exists(), reason="no places.csv yet")
def test_gold_provinces_are_in_the_shipped_gazetteer():
    from bot.known import load_places

    gazetteer = load_places()
    for article in _articles():
        for incident in article["incidents"]:
            province = gazetteer.get(incident["province_code"])
            assert province is not None and province.kind == "province", article["id"]
            assert any(ev.same_place(n, incident["province"]) for n in province.names), (
                article["id"],
                incident["province"],
                province.name,
            )


@pytest.mark.skipif(not (ROOT / "bot" / "data" / "actors.csv").exists(), reason="no actors.csv yet")
def test_gold_actors_are_canonical_names_of_the_shipped_list():
    from bot.known import load_actors

    canonical = {ev.norm_actor(a.name) for a in load_actors()}
    for article in _articles():
        for incident in article["incidents"]:
            for actor in incident["actors"]:
                assert ev.norm_actor(actor) in canonical, (article["id"], actor)


def test_load_articles_filters_by_split():
    dev, test, everything = (ev.load_articles(ARTICLES, s) for s in ("dev", "test", "all"))
    assert len(dev) + len(test) == len(everything)
    assert {a["split"] for a in dev} == {"dev"}
    with pytest.raises(ValueError):
        ev.load_articles(ARTICLES, "train")


# --------------------------------------------------------------------------------------
# the pipeline against the floors


@pytest.mark.slow
def test_the_pipeline_stays_at_or_above_the_floors():
    if importlib.util.find_spec("workers.pipeline") is None:
        pytest.skip("workers.pipeline does not exist yet: nothing to evaluate")
    articles = ev.load_articles(ARTICLES, "all")
    scores, _ = ev.evaluate(copy.deepcopy(articles))
    failures = ev.below_floors(scores, json.loads(FLOORS.read_text(encoding="utf-8")))
    assert not failures, "\n".join(failures) + "\n\n" + ev.format_table(scores)
