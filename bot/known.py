"""The team's known lists: places (a gazetteer with parent chains) and actors.

Plain CSV files, validated on load; errors name the file, the line and the problem.
Shipped lists live in bot/data/; a team adds its own through KNOWN_PLACES / KNOWN_ACTORS
(later files may add entries, or replace a shipped entry by reusing its id).

places.csv columns: id,name,kind,parent_id,country_code,lat,lon,aliases,source
  kind: country|province|district|subdistrict|town|village
  aliases: '|'-separated alternative spellings and transliterations
  provinces carry their ISO 3166-2 code as id (IQ-AN); countries their ISO alpha-2 (IQ).
actors.csv columns: id,name,type,parent_id,country_code,aliases,note
  type: one of ACTOR_TYPES (ACLED's actor types)
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from bot.errors import KnownListError

DATA_DIR = Path(__file__).with_name("data")
SHIPPED_PLACES = DATA_DIR / "places.csv"
SHIPPED_ACTORS = DATA_DIR / "actors.csv"

PLACE_COLUMNS = ("id", "name", "kind", "parent_id", "country_code", "lat", "lon", "aliases", "source")
ACTOR_COLUMNS = ("id", "name", "type", "parent_id", "country_code", "aliases", "note")
PLACE_KINDS = ("country", "province", "district", "subdistrict", "town", "village")
# the precision an incident located at a place of this kind gets (models.PRECISIONS)
PRECISION_OF_KIND = {
    "country": "country",
    "province": "province",
    "district": "district",
    "subdistrict": "town",
    "town": "town",
    "village": "village",
}
ACTOR_TYPES = (
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other forces",
)


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str
    parent_id: str | None
    country_code: str
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...] = ()

    @property
    def precision(self) -> str:
        return PRECISION_OF_KIND[self.kind]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    parent_id: str | None
    country_code: str | None
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise KnownListError(path, None, f"cannot open: {exc.strerror or exc}") from None
    with handle:
        reader = csv.DictReader(handle)
        header = tuple(reader.fieldnames or ())
        missing = [c for c in columns if c not in header]
        if missing:
            raise KnownListError(path, 1, f"missing column(s): {', '.join(missing)}")
        for row in reader:
            line = reader.line_num
            if None in row:
                raise KnownListError(path, line, "more fields than the header has")
            if not any((v or "").strip() for v in row.values()):
                continue
            if (row.get("id") or "").lstrip().startswith("#"):
                continue  # a commented-out entry
            yield line, {k: (v or "").strip() for k, v in row.items()}


def _aliases(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in value.split("|") if a.strip())


def _coordinate(path: Path, line: int, name: str, value: str, bound: float) -> float | None:
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise KnownListError(path, line, f"{name} is not a number: {value!r}") from None
    if not -bound <= number <= bound:
        raise KnownListError(path, line, f"{name} out of range: {value}")
    return number


class Gazetteer:
    """Places by id, with their parent chain (village → district → province → country)."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.places: dict[str, Place] = {}
        for place in places:
            self.places[place.id] = place

    def __len__(self) -> int:
        return len(self.places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self.places.values())

    def __contains__(self, place_id: object) -> bool:
        return place_id in self.places

    def get(self, place_id: str | None) -> Place | None:
        return self.places.get(place_id) if place_id else None

    def ancestors(self, place: Place) -> list[Place]:
        """Parents from the nearest up to the country; cycles are cut."""
        chain: list[Place] = []
        seen = {place.id}
        parent = self.get(place.parent_id)
        while parent is not None and parent.id not in seen:
            chain.append(parent)
            seen.add(parent.id)
            parent = self.get(parent.parent_id)
        return chain

    def _up_to(self, place: Place, kinds: tuple[str, ...]) -> Place | None:
        if place.kind in kinds:
            return place
        for parent in self.ancestors(place):
            if parent.kind in kinds:
                return parent
        return None

    def province_of(self, place: Place) -> Place | None:
        return self._up_to(place, ("province",))

    def district_of(self, place: Place) -> Place | None:
        return self._up_to(place, ("district",))

    def country_of(self, place: Place) -> Place | None:
        return self._up_to(place, ("country",))

    @cached_property
    def covered_countries(self) -> frozenset[str]:
        """The countries the lists cover down to their provinces (Iraq, Syria): an event
        placed only in another country (Jordan, Turkey) is not the team's to code."""
        return frozenset(p.country_code for p in self.places.values() if p.kind == "province" and p.country_code)

    def within(self, place: Place, area: Place) -> bool:
        """True when `place` is `area` or lies inside it."""
        return place.id == area.id or any(p.id == area.id for p in self.ancestors(place))

    def validate(
        self, path: Path | str = "<places>", origins: dict[str, tuple[Path, int]] | None = None
    ) -> None:
        """Check parents; `origins` (id -> file, line) lets the error name where the entry is."""
        for place in self.places.values():
            where, line = (origins or {}).get(place.id, (path, None))
            if place.parent_id and place.parent_id not in self.places:
                raise KnownListError(where, line, f"{place.id}: unknown parent_id {place.parent_id!r}")
            if place.kind != "country" and not place.parent_id:
                raise KnownListError(where, line, f"{place.id}: a {place.kind} needs a parent_id")


class ActorList:
    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors: dict[str, Actor] = {}
        for actor in actors:
            self.actors[actor.id] = actor

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def get(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None


def read_places(path: Path) -> list[Place]:
    return [place for _, place in _read_places(path)]


def _read_places(path: Path) -> list[tuple[int, Place]]:
    places: list[tuple[int, Place]] = []
    seen: set[str] = set()
    for line, row in _rows(path, PLACE_COLUMNS):
        pid, name, kind = row["id"], row["name"], row["kind"]
        if not pid:
            raise KnownListError(path, line, "empty id")
        if pid in seen:
            raise KnownListError(path, line, f"duplicate id {pid!r}")
        seen.add(pid)
        if not name:
            raise KnownListError(path, line, f"{pid}: empty name")
        if kind not in PLACE_KINDS:
            raise KnownListError(path, line, f"{pid}: kind must be one of {', '.join(PLACE_KINDS)}, got {kind!r}")
        country = row["country_code"].upper()
        if len(country) != 2 or not country.isalpha():
            raise KnownListError(path, line, f"{pid}: country_code must be two letters, got {country!r}")
        lat = _coordinate(path, line, "lat", row["lat"], 90.0)
        lon = _coordinate(path, line, "lon", row["lon"], 180.0)
        if (lat is None) != (lon is None):
            raise KnownListError(path, line, f"{pid}: give both lat and lon, or neither")
        places.append(
            (line, Place(
                id=pid,
                name=name,
                kind=kind,
                parent_id=row["parent_id"] or None,
                country_code=country,
                lat=lat,
                lon=lon,
                aliases=_aliases(row["aliases"]),
            ))
        )
    return places


def read_actors(path: Path) -> list[Actor]:
    actors: list[Actor] = []
    seen: set[str] = set()
    for line, row in _rows(path, ACTOR_COLUMNS):
        aid, name, kind = row["id"], row["name"], row["type"]
        if not aid:
            raise KnownListError(path, line, "empty id")
        if aid in seen:
            raise KnownListError(path, line, f"duplicate id {aid!r}")
        seen.add(aid)
        if not name:
            raise KnownListError(path, line, f"{aid}: empty name")
        if kind not in ACTOR_TYPES:
            raise KnownListError(path, line, f"{aid}: type must be one of {', '.join(ACTOR_TYPES)}, got {kind!r}")
        actors.append(
            Actor(
                id=aid,
                name=name,
                type=kind,
                parent_id=row["parent_id"] or None,
                country_code=(row["country_code"] or "").upper() or None,
                aliases=_aliases(row["aliases"]),
            )
        )
    return actors


def load_places(extra: Iterable[Path] = (), *, shipped: bool = True) -> Gazetteer:
    """The shipped gazetteer plus the team's files (a later file overrides an earlier id)."""
    files = ([SHIPPED_PLACES] if shipped else []) + [Path(p) for p in extra]
    places: list[Place] = []
    origins: dict[str, tuple[Path, int]] = {}
    for path in files:
        for line, place in _read_places(path):
            places.append(place)
            origins[place.id] = (path, line)
    gazetteer = Gazetteer(places)
    gazetteer.validate(files[-1] if files else "<places>", origins)
    return gazetteer


def load_actors(extra: Iterable[Path] = (), *, shipped: bool = True) -> ActorList:
    files = ([SHIPPED_ACTORS] if shipped else []) + [Path(p) for p in extra]
    actors: list[Actor] = []
    for path in files:
        actors.extend(read_actors(path))
    return ActorList(actors)
