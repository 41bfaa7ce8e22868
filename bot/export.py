"""The archive for GIS and spreadsheets: ACLED-like CSV rows or GeoJSON points.

Reads the time index (P:ix:all, or one province's index), so an export of the last 30 days
touches only those incidents.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from bot.store import Store, StoredIncident

# ACLED's column names where ours carry the same thing; injured and confidence are ours
CSV_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "iso", "admin1", "admin2",
    "location", "latitude", "longitude", "geo_precision", "source", "source_url", "notes",
    "fatalities", "injured", "confidence", "incident_id", "timestamp",
]
# ACLED's geo_precision: 1 the exact place, 2 a nearby or larger area (district), 3 a province
GEO_PRECISION = {"village": 1, "town": 1, "district": 2, "province": 3, "country": 3}
BATCH = 500  # incidents read per round trip


def iter_incidents(store: Store, *, since: float | None, province_code: str | None = None
                   ) -> Iterator[StoredIncident]:
    key = store.key("ix", "prov", province_code.upper()) if province_code else store.key("ix", "all")
    low = since if since is not None else "-inf"
    offset = 0
    while True:
        ids = store.redis.zrangebyscore(key, low, "+inf", start=offset, num=BATCH)
        if not ids:
            return
        yield from store.get_many([i.decode() for i in ids])
        offset += len(ids)


def _actors(item: StoredIncident, role: str) -> list[str]:
    return [a.name for a in item.incident.actors if a.role == role]


def csv_row(item: StoredIncident) -> dict[str, Any]:
    inc, loc = item.incident, item.incident.location
    perpetrators, targets = _actors(item, "perpetrator"), _actors(item, "target")
    others = _actors(item, "other")
    actor1 = perpetrators[0] if perpetrators else (others[0] if others else "")
    assoc1 = "; ".join(perpetrators[1:] + (others[1:] if not perpetrators else others))
    return {
        "event_id_cnty": f"{(loc.country_code if loc else '') or 'XX'}-{inc.id[4:]}",
        "event_date": inc.date or "",
        "year": (inc.date or "")[:4],
        "time_precision": 1 if inc.date else 3,
        "event_type": inc.event_type,
        "sub_event_type": inc.sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "actor2": targets[0] if targets else "",
        "assoc_actor_2": "; ".join(targets[1:]),
        "country": (loc.country if loc else "") or "",
        "iso": (loc.country_code if loc else "") or "",
        "admin1": (loc.province if loc else "") or "",
        "admin2": (loc.district if loc else "") or "",
        "location": loc.name if loc else "",
        "latitude": "" if not loc or loc.lat is None else f"{loc.lat:.4f}",
        "longitude": "" if not loc or loc.lon is None else f"{loc.lon:.4f}",
        "geo_precision": GEO_PRECISION.get(loc.precision, 3) if loc else "",
        "source": item.source.site or item.source.title or "",
        "source_url": item.source.url or "",
        "notes": inc.summary,
        "fatalities": inc.killed if inc.killed is not None else 0,
        "injured": "" if inc.injured is None else inc.injured,
        "confidence": f"{inc.confidence:.2f}",
        "incident_id": inc.id,
        "timestamp": int(item.stored_at),
    }


def to_csv(items: Iterator[StoredIncident]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for item in items:
        writer.writerow(csv_row(item))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def to_geojson(items: Iterator[StoredIncident]) -> Iterator[str]:
    """A FeatureCollection of points; incidents without coordinates are left out."""
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for item in items:
        loc = item.incident.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
            "properties": csv_row(item) | {"actors": [a.__dict__ for a in item.incident.actors]},
        }
        yield ("" if first else ",") + "\n" + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "\n]}\n"
