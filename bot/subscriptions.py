"""Channel subscriptions: a channel receives a card for every new incident in a place.

Keys (P = prefix):
  P:sub:<id>           JSON of one subscription
  P:subs:ch:<channel>  set of the channel's subscription ids
  P:subs:at:<key>      set of subscription ids listening on a place key: prov:<ISO code> for a
                       province, loc:<slug> for a district, town or village

Matching an incident reads the two or three place keys its location has: O(subscriptions
on those places), whatever the number of channels or incidents. Subscription ids are
derived from (channel, place, filters), so subscribing twice is the same subscription.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass, field
from typing import Any

import redis

from bot.models import Incident
from bot.store import slug


@dataclass
class Subscription:
    channel: str
    place_id: str
    place_name: str
    place_kind: str
    place_key: str  # prov:IQ-AN or loc:khanaqin
    event_type: str | None = None
    actor: str | None = None  # canonical name as the user asked
    actor_names: list[str] = field(default_factory=list)  # the actor and its parts
    created_by: str | None = None
    created_at: float = 0.0
    paused: str | None = None  # why deliveries stopped (e.g. not_in_channel), None when active
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            basis = "|".join([self.channel, self.place_id, self.event_type or "", self.actor or ""])
            self.id = hashlib.sha1(basis.encode()).hexdigest()[:6]

    def filters_text(self) -> str:
        parts = [self.event_type or "all incident types"]
        if self.actor:
            parts.append(f"actor {self.actor}")
        return ", ".join(parts)

    def accepts(self, incident: Incident) -> bool:
        if self.event_type and incident.event_type != self.event_type:
            return False
        if self.actor_names:
            names = {a.name for a in incident.actors}
            if not names & set(self.actor_names):
                return False
        return True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Subscription:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


def place_keys(incident: Incident) -> list[str]:
    """The subscription keys an incident's location answers to."""
    loc = incident.location
    if loc is None:
        return []
    keys = []
    if loc.province_code:
        keys.append("prov:" + loc.province_code.upper())
    for name in (loc.name, loc.district):
        if name and slug(name) and "loc:" + slug(name) not in keys:
            keys.append("loc:" + slug(name))
    return keys


class Subscriptions:
    def __init__(self, connection: redis.Redis, prefix: str) -> None:
        self.redis = connection
        self.prefix = prefix

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    def add(self, sub: Subscription) -> tuple[Subscription, bool]:
        """Store; returns (the subscription, True when new). Re-adding resumes a paused one."""
        existing = self.get(sub.id)
        if existing is not None and existing.channel == sub.channel:
            if existing.paused:
                existing.paused = None
                self._save(existing)
            return existing, False
        if not sub.created_at:
            sub.created_at = time.time()
        self._save(sub)
        pipe = self.redis.pipeline(transaction=True)
        pipe.sadd(self.key("subs", "ch", sub.channel), sub.id)
        pipe.sadd(self.key("subs", "at", sub.place_key), sub.id)
        pipe.execute()
        return sub, True

    def _save(self, sub: Subscription) -> None:
        self.redis.set(self.key("sub", sub.id), json.dumps(sub.to_dict()))

    def get(self, sub_id: str) -> Subscription | None:
        raw = self.redis.get(self.key("sub", sub_id))
        return Subscription.from_dict(json.loads(raw)) if raw else None

    def _load(self, ids: list[bytes] | set[bytes]) -> list[Subscription]:
        ids = sorted(i.decode() if isinstance(i, bytes) else i for i in ids)
        if not ids:
            return []
        raws = self.redis.mget([self.key("sub", i) for i in ids])
        return [Subscription.from_dict(json.loads(r)) for r in raws if r]

    def for_channel(self, channel: str) -> list[Subscription]:
        subs = self._load(self.redis.smembers(self.key("subs", "ch", channel)))
        return sorted(subs, key=lambda s: s.created_at)

    def remove(self, sub: Subscription) -> None:
        pipe = self.redis.pipeline(transaction=True)
        pipe.delete(self.key("sub", sub.id))
        pipe.srem(self.key("subs", "ch", sub.channel), sub.id)
        pipe.srem(self.key("subs", "at", sub.place_key), sub.id)
        pipe.execute()

    def matching(self, incident: Incident) -> list[Subscription]:
        keys = [self.key("subs", "at", k) for k in place_keys(incident)]
        if not keys:
            return []
        ids = self.redis.sunion(keys)
        return [s for s in self._load(ids) if not s.paused and s.accepts(incident)]

    def pause_channel(self, channel: str, reason: str) -> list[Subscription]:
        paused = []
        for sub in self.for_channel(channel):
            if not sub.paused:
                sub.paused = reason
                self._save(sub)
                paused.append(sub)
        return paused
