"""A team's own known lists, added through KNOWN_PLACES / KNOWN_ACTORS without touching ours."""

from __future__ import annotations

import pytest

from bot import cli
from bot.config import Settings
from bot.known import load_places
from bot.lookup import PlaceLookup

PLACES = """id,name,kind,parent_id,country_code,lat,lon,aliases,source
IQ-DI-khanaqin-zibara,Qaryat Zibara,village,IQ-DI-khanaqin,IQ,34.3010,45.4120,Zibara|Zebara,team: field report 2026-11
"""
ACTORS = """id,name,type,parent_id,country_code,aliases,note
saraya-awliya-al-dam,Saraya Awliya al-Dam,Political militia,,IQ,Awliya al-Dam|Guardians of Blood Brigades,team list
"""
ARTICLE = ("Militants of Saraya Awliya al-Dam fired rockets at a farm in the village of Zibara in "
           "Khanaqin district of Diyala province on Sunday, killing one farmer and wounding two "
           "others, local officials said.")


@pytest.fixture
def team_files(tmp_path):
    places, actors = tmp_path / "our_places.csv", tmp_path / "our_actors.csv"
    places.write_text(PLACES)
    actors.write_text(ACTORS)
    return places, actors


def test_team_lists_reach_the_pipeline_and_the_command_lookup(team_files):
    from workers.pipeline import Pipeline

    places, actors = team_files
    settings = Settings.from_env({"KNOWN_PLACES": str(places), "KNOWN_ACTORS": str(actors)})
    assert settings.known_places == (places,) and settings.known_actors == (actors,)
    analysis = Pipeline.load(settings).analyze(ARTICLE).to_dict()
    (incident,) = analysis["incidents"]
    assert incident["location"]["name"] == "Qaryat Zibara"
    assert incident["location"]["district"] == "Khanaqin" and incident["location"]["precision"] == "village"
    assert "Saraya Awliya al-Dam" in {a["name"] for a in incident["actors"]}
    lookup = PlaceLookup(load_places(settings.known_places))
    assert lookup.resolve("zebara").place.name == "Qaryat Zibara"
    assert len(load_places()) < len(load_places(settings.known_places))  # shipped list untouched


def test_a_malformed_team_file_stops_with_file_and_line(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "bad_places.csv"
    bad.write_text(PLACES + "IQ-DI-x,Nowhere,hamlet,IQ-DI,IQ,34.0,45.0,,team\n")
    monkeypatch.setenv("KNOWN_PLACES", str(bad))
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    assert cli.main(["analyze", str(article)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:3" in err and "kind" in err
