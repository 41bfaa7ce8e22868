"""The shipped known lists (bot/data/places.csv, actors.csv) and the loader's validation."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from bot.errors import KnownListError
from bot.known import (
    ACTOR_COLUMNS,
    ACTOR_TYPES,
    PLACE_COLUMNS,
    SHIPPED_ACTORS,
    SHIPPED_PLACES,
    Gazetteer,
    load_actors,
    load_places,
    read_actors,
    read_places,
)

BOXES = {"IQ": (29.0, 37.5, 38.7, 48.7), "SY": (32.3, 37.4, 35.6, 42.4)}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_places()


@pytest.fixture(scope="module")
def actors():
    return load_actors()


def named(gaz: Gazetteer, name: str, kind: str | None = None, country: str | None = None):
    """Places whose name or alias is `name` (case-insensitive)."""
    low = name.lower()
    return [
        p
        for p in gaz
        if any(n.lower() == low for n in p.names)
        and (kind is None or p.kind == kind)
        and (country is None or p.country_code == country)
    ]


def one(gaz: Gazetteer, name: str, kind: str, country: str = "IQ"):
    hits = [p for p in named(gaz, name, kind, country) if p.name.lower() == name.lower()]
    hits = hits or named(gaz, name, kind, country)
    assert len(hits) == 1, f"{name} ({kind}): {[p.id for p in hits]}"
    return hits[0]


# ---------------------------------------------------------------- shape and counts


def test_shipped_headers_are_exact():
    with SHIPPED_PLACES.open(encoding="utf-8") as fh:
        assert tuple(next(csv.reader(fh))) == PLACE_COLUMNS
    with SHIPPED_ACTORS.open(encoding="utf-8") as fh:
        assert tuple(next(csv.reader(fh))) == ACTOR_COLUMNS


def test_counts(gaz):
    c = Counter((p.country_code, p.kind) for p in gaz)
    assert c["IQ", "province"] == 19
    assert c["SY", "province"] == 14
    assert c["IQ", "district"] >= 100
    assert c["SY", "district"] >= 50
    assert c["IQ", "subdistrict"] >= 150
    assert c["IQ", "town"] + c["IQ", "village"] >= 350
    assert c["SY", "town"] + c["SY", "village"] >= 250
    assert len(gaz) >= 1100
    assert {p.id for p in gaz if p.kind == "country"} >= {"IQ", "SY", "JO", "TR", "IR", "SA", "KW", "LB"}


def test_province_ids_are_iso_like(gaz):
    for p in gaz:
        if p.kind == "province":
            assert re.fullmatch(r"(IQ|SY)-[A-Z]{2}", p.id), p.id
            assert p.parent_id == p.country_code
    assert gaz.get("IQ-DI").name == "Diyala"
    assert gaz.get("IQ-SD").name == "Salah al-Din"
    assert gaz.get("SY-DY").name == "Deir ez-Zor"
    assert gaz.get("IQ-HA").name == "Halabja"


def test_every_place_chains_to_its_country(gaz):
    for p in gaz:
        if p.kind == "country":
            continue
        chain = gaz.ancestors(p)
        assert chain and chain[-1].kind == "country", p.id
        assert chain[-1].id == p.country_code, p.id


def test_coordinates_inside_country_box(gaz):
    for p in gaz:
        if p.lat is None or p.country_code not in BOXES:
            continue
        la0, la1, lo0, lo1 = BOXES[p.country_code]
        assert la0 <= p.lat <= la1 and lo0 <= p.lon <= lo1, (p.id, p.lat, p.lon)


def test_districts_and_towns_have_coordinates(gaz):
    missing = [p.id for p in gaz if p.kind in ("province", "district", "town", "village") and p.lat is None]
    assert missing == []


def test_aliases_are_clean(gaz):
    for p in gaz:
        lowered = [a.lower() for a in p.aliases]
        assert all(a.strip() for a in p.aliases), p.id
        assert p.name.lower() not in lowered, p.id
        assert len(lowered) == len(set(lowered)), p.id
        for a in p.aliases:
            assert all(not ch.isalpha() or ch.isascii() or "LATIN" in _uname(ch) for ch in a), (p.id, a)


def _uname(ch: str) -> str:
    import unicodedata

    return unicodedata.name(ch, "")


# ---------------------------------------------------------------- lookups


def test_khanaqin_district_in_diyala(gaz):
    khanaqin = gaz.get("IQ-DI-khanaqin")
    assert khanaqin.kind == "district" and khanaqin.parent_id == "IQ-DI"
    assert {"Khanaqeen", "Khaneqin"} <= set(khanaqin.aliases)


def test_bahary_taza_chain(gaz):
    bt = one(gaz, "Bahary Taza", "village")
    assert [p.name for p in [bt, *gaz.ancestors(bt)]] == ["Bahary Taza", "Khanaqin", "Diyala", "Iraq"]
    assert {"Bahari Taza", "Bahari Tazah", "Bahri Taza"} <= set(bt.aliases)
    assert bt.lat == pytest.approx(34.33, abs=0.1) and bt.lon == pytest.approx(45.34, abs=0.1)


def test_fallujah_lies_in_anbar(gaz):
    anbar = gaz.get("IQ-AN")
    town = one(gaz, "Fallujah", "town")
    assert gaz.within(town, anbar)
    assert gaz.province_of(one(gaz, "Falluja", "district")) == anbar
    assert named(gaz, "Faluja", "town")


def test_mandali_is_under_baladruz_not_khanaqin(gaz):
    khanaqin = gaz.get("IQ-DI-khanaqin")
    mandalis = named(gaz, "Mandali", country="IQ")
    assert mandalis
    for m in mandalis:
        assert not gaz.within(m, khanaqin), m.id
    town = one(gaz, "Mandali", "town")
    assert gaz.district_of(town).name == "Baladruz"


def test_deir_ezzor_alias(gaz):
    prov = gaz.get("SY-DY")
    assert "Deir Ezzor" in prov.aliases and "Dayr az Zawr" in prov.aliases
    city = one(gaz, "Deir ez-Zor", "town", "SY")
    assert gaz.province_of(city) == prov


@pytest.mark.parametrize(
    ("alias", "province"),
    [
        ("Ninawa", "IQ-NI"),
        ("Salahuddin", "IQ-SD"),
        ("Saladin", "IQ-SD"),
        ("Al Anbar", "IQ-AN"),
        ("Slemani", "IQ-SU"),
        ("Dohuk", "IQ-DA"),
        ("Hawler", "IQ-AR"),
        ("Diwaniyah", "IQ-QA"),
        ("Hassakeh", "SY-HA"),
        ("Deir al-Zor", "SY-DY"),
    ],
)
def test_province_aliases(gaz, alias, province):
    assert province in {p.id for p in named(gaz, alias, "province")}


@pytest.mark.parametrize(
    ("name", "country", "province"),
    [
        ("Jalawla", "IQ", "IQ-DI"),
        ("Saadiya", "IQ", "IQ-DI"),
        ("Tuz Khurmatu", "IQ", "IQ-SD"),
        ("Hawija", "IQ", "IQ-KI"),
        ("Sinjar", "IQ", "IQ-NI"),
        ("Tal Afar", "IQ", "IQ-NI"),
        ("Qayyarah", "IQ", "IQ-NI"),
        ("Baqubah", "IQ", "IQ-DI"),
        ("Al-Qaim", "IQ", "IQ-AN"),
        ("Jurf al-Sakhar", "IQ", "IQ-BB"),
        ("Abu Kamal", "SY", "SY-DY"),
        ("Kobani", "SY", "SY-HL"),
        ("Al-Hol", "SY", "SY-HA"),
        ("Palmyra", "SY", "SY-HI"),
        ("Ras al-Ayn", "SY", "SY-HA"),
    ],
)
def test_hand_towns(gaz, name, country, province):
    town = one(gaz, name, "town", country)
    assert gaz.province_of(town).id == province
    assert town.lat is not None


def test_city_and_province_are_separate(gaz):
    for name, pid in (("Baghdad", "IQ-BG"), ("Kirkuk", "IQ-KI"), ("Basra", "IQ-BA")):
        town = one(gaz, name, "town")
        assert town.id != pid and gaz.province_of(town).id == pid


def test_border_countries_resolve(gaz):
    assert [p.id for p in named(gaz, "Jordan")] == ["JO"]
    assert gaz.get("SY").kind == "country"


# ---------------------------------------------------------------- actors


def test_actors(actors):
    assert len(actors) >= 60
    ids = {a.id for a in actors}
    for a in actors:
        assert a.type in ACTOR_TYPES, a.id
        assert a.parent_id is None or a.parent_id in ids, a.id
        assert all(x.strip() for x in a.aliases), a.id
    by = {a.id: a for a in actors}
    assert "Peshmarga" in by["peshmerga"].aliases
    assert "Daesh" in by["islamic-state"].aliases
    assert by["islamic-state"].type == "Rebel group"
    assert by["cts"].parent_id == "isf" and "Golden Division" in by["cts"].aliases
    assert by["coalition"].type == "External/Other forces"
    assert by["uag"].type == "Political militia"
    assert by["protesters"].type == "Protesters"


def test_actor_names_are_unambiguous(actors):
    owners: dict[str, set[str]] = {}
    for a in actors:
        for n in a.names:
            owners.setdefault(n.lower(), set()).add(a.id)
    assert {n: ids for n, ids in owners.items() if len(ids) > 1} == {}


def test_risky_is_alias_is_flagged():
    with SHIPPED_ACTORS.open(encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["id"] == "islamic-state")
    assert "IS" in row["aliases"].split("|")
    assert "uppercase" in row["note"]


# ---------------------------------------------------------------- validation


PLACE_HEADER = ",".join(PLACE_COLUMNS)
GOOD_PLACES = [
    "IQ,Iraq,country,,IQ,33,44,,t",
    "IQ-DI,Diyala,province,IQ,IQ,33.7,44.6,Diala,t",
]


def write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_small_valid_file_loads(tmp_path):
    path = write(tmp_path, "p.csv", [PLACE_HEADER, *GOOD_PLACES])
    gaz = load_places([path], shipped=False)
    assert gaz.get("IQ-DI").aliases == ("Diala",)


def test_team_file_extends_shipped(tmp_path):
    path = write(tmp_path, "p.csv", [PLACE_HEADER, "x-village,Xville,village,IQ-DI-khanaqin,IQ,34.3,45.3,,team"])
    gaz = load_places([path])
    assert gaz.district_of(gaz.get("x-village")).id == "IQ-DI-khanaqin"


@pytest.mark.parametrize(
    ("bad_line", "problem"),
    [
        ("IQ-X,Xville,hamlet,IQ-DI,IQ,34,45,,t", "kind"),
        ("IQ-X,Xville,village,IQ-DI,IQ,north,45,,t", "lat"),
        ("IQ-X,Xville,village,IQ-DI,IQ,95,45,,t", "lat"),
        ("IQ-X,Xville,village,IQ-DI,IQ,34,,,t", "lat and lon"),
        ("IQ-DI,Diyala again,province,IQ,IQ,33,44,,t", "duplicate"),
        ("IQ-X,Xville,village,IQ-DI,Iraq,34,45,,t", "country_code"),
    ],
)
def test_malformed_place_rows(tmp_path, bad_line, problem):
    path = write(tmp_path, "bad.csv", [PLACE_HEADER, *GOOD_PLACES, bad_line])
    with pytest.raises(KnownListError) as err:
        read_places(path)
    assert err.value.line == 4
    assert problem in err.value.problem
    assert str(path) in str(err.value) and ":4:" in str(err.value)


def test_unknown_parent_names_file_and_line(tmp_path):
    path = write(tmp_path, "bad.csv", [PLACE_HEADER, *GOOD_PLACES, "IQ-X,Xville,village,IQ-NOPE,IQ,34,45,,t"])
    with pytest.raises(KnownListError) as err:
        load_places([path], shipped=False)
    assert "unknown parent_id" in err.value.problem
    assert err.value.path == str(path) and err.value.line == 4


def test_missing_column(tmp_path):
    header = ",".join(c for c in PLACE_COLUMNS if c != "lon")
    path = write(tmp_path, "bad.csv", [header, "IQ,Iraq,country,,IQ,33,,t"])
    with pytest.raises(KnownListError) as err:
        read_places(path)
    assert err.value.line == 1 and "lon" in err.value.problem and str(path) in str(err.value)


def test_malformed_actor_rows(tmp_path):
    header = ",".join(ACTOR_COLUMNS)
    path = write(tmp_path, "a.csv", [header, "isf,ISF,State forces,,IQ,,", "x,X,Army,,IQ,,"])
    with pytest.raises(KnownListError) as err:
        read_actors(path)
    assert err.value.line == 3 and "type" in err.value.problem
    path = write(tmp_path, "a2.csv", [header, "isf,ISF,State forces,,IQ,,", "isf,ISF,State forces,,IQ,,"])
    with pytest.raises(KnownListError) as err:
        read_actors(path)
    assert err.value.line == 3 and "duplicate" in err.value.problem
