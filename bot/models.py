"""The incident model: plain dataclasses that turn into the JSON of `analyze --json`.

These are what the pipeline produces, the store keeps and the cards render. `to_dict()`
gives exactly the documented JSON fields; `from_dict()` reads them back.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

PRECISIONS = ("village", "town", "district", "province", "country")
ROLES = ("perpetrator", "target", "other")

# ACLED event types and their sub-event types (ACLED codebook, 2023 edition).
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}


@dataclass(frozen=True)
class Location:
    name: str
    district: str | None = None
    province: str | None = None
    province_code: str | None = None
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "country"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Location:
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True)
class ActorRef:
    name: str
    matched: str
    role: str = "other"
    type: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActorRef:
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__ if k in data})


@dataclass
class Incident:
    summary: str
    event_type: str
    sub_event_type: str
    date: str | None = None
    location: Location | None = None
    actors: list[ActorRef] = field(default_factory=list)
    killed: int | None = None
    injured: int | None = None
    evidence: list[str] = field(default_factory=list)
    confidence: float = 0.5
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = incident_id(self)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {
            "id": self.id,
            "summary": self.summary,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date,
            "location": data["location"],
            "actors": data["actors"],
            "killed": self.killed,
            "injured": self.injured,
            "evidence": list(self.evidence),
            "confidence": round(float(self.confidence), 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Incident:
        location = data.get("location")
        evidence = data.get("evidence") or []
        if isinstance(evidence, str):
            evidence = [evidence]
        return cls(
            id=data.get("id") or "",
            summary=data.get("summary") or "",
            event_type=data.get("event_type") or "",
            sub_event_type=data.get("sub_event_type") or "",
            date=data.get("date"),
            location=Location.from_dict(location) if location else None,
            actors=[ActorRef.from_dict(a) for a in data.get("actors") or []],
            killed=data.get("killed"),
            injured=data.get("injured"),
            evidence=list(evidence),
            confidence=float(data.get("confidence") or 0.0),
        )


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def incident_id(incident: Incident) -> str:
    """A content-derived id: the same incident read from the same text gets the same id.

    Pasting an article twice, or in two channels, yields the same ids, which is what makes
    storage and subscription delivery idempotent.
    """
    loc = incident.location
    parts = [
        incident.event_type,
        incident.sub_event_type,
        incident.date or "",
        loc.name if loc else "",
        loc.province or "" if loc else "",
        ",".join(sorted(a.name for a in incident.actors)),
        str(incident.killed),
        str(incident.injured),
        _norm(" ".join(incident.evidence)),
    ]
    digest = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()
    return "inc_" + digest[:16]


@dataclass
class Source:
    """Where an analysis came from: a URL and its page metadata, or a pasted text."""

    url: str | None = None
    title: str | None = None
    site: str | None = None
    published: str | None = None  # ISO date of publication, when known
    channel: str | None = None
    ts: str | None = None  # the Slack message's ts, when it came from Slack
    permalink: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__ if k in data})


@dataclass
class Analysis:
    """What the pipeline returns for one article: the JSON of `analyze --json`."""

    source: Source
    incidents: list[Incident] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "text does not look like English"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source.to_dict(),
            "incidents": [i.to_dict() for i in self.incidents],
            "places": list(self.places),
            "actors": list(self.actors),
        }
        if self.notes:
            data["notes"] = list(self.notes)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            source=Source.from_dict(data.get("source") or {}),
            incidents=[Incident.from_dict(i) for i in data.get("incidents") or []],
            places=list(data.get("places") or []),
            actors=list(data.get("actors") or []),
            notes=list(data.get("notes") or []),
        )
