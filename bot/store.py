"""Storage in Redis: incidents, their indexes, and the bookkeeping that makes delivery idempotent.

Every key starts with the settings' prefix, so one Redis can host other apps (and each test
run its own prefix). Layout (P = prefix):

  P:inc:<id>             JSON of {"incident", "source", "origin", "stored_at"}
  P:inc:<id>:cards       hash channel -> ts of the message that carries the card
  P:ix:all               zset of incident ids, score = incident time (epoch seconds)
  P:ix:prov:<ISO code>   zset, same scores, per province (IQ-AN)
  P:ix:loc:<slug>        zset per place name at any level (village, town, district)
  P:ix:actor:<slug>      zset per canonical actor name
  P:ix:type:<slug>       zset per ACLED event type
  P:event:<event_id>     Slack event ids seen (SET NX EX), so a redelivery makes no 2nd job
  P:post:<id>:<channel>  posting claim per (incident, channel): "pending" with a TTL, then the ts
  P:seen:<fingerprint>   a URL or text seen recently -> where its first card is
  P:msg:<channel>:<ts>   the result of one pasted message (incident ids), for links and re-use
  P:fp:<day>:<place>:<type>  the incident already stored for a precisely located event that day:
                         a second article about the same attack maps onto the first one's id

Queries read one index with ZREVRANGEBYSCORE, O(log N + k) for k results; with filters, a
ZINTERSTORE of the few index sets involved, O(n·f + m·log m) for the smallest set's size n.
Nothing scans all incidents.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Any

import redis

from bot.models import Incident, Source

DEFAULT_POST_CLAIM_TTL = 120  # seconds a posting claim blocks a second poster
DEFAULT_QUERY_TMP_TTL = 30  # seconds a temporary intersection key lives

_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A key-safe, case- and accent-insensitive form of a name."""
    folded = unicodedata.normalize("NFKD", text or "")
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return _SLUG_DROP.sub("-", folded).strip("-")


def incident_time(incident: Incident, fallback: float) -> float:
    """Epoch seconds an incident sorts by: its date (noon UTC), else when it was stored."""
    if incident.date:
        try:
            day = datetime.strptime(incident.date[:10], "%Y-%m-%d")
            return day.replace(hour=12, tzinfo=timezone.utc).timestamp()
        except ValueError:
            pass
    return fallback


@dataclass(frozen=True)
class StoredIncident:
    incident: Incident
    source: Source
    origin: dict[str, Any]
    stored_at: float
    cards: dict[str, str]


@dataclass(frozen=True)
class Page:
    items: list[StoredIncident]
    total: int


class Store:
    def __init__(self, connection: redis.Redis, prefix: str) -> None:
        self.redis = connection
        self.prefix = prefix

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    # -- Slack deliveries -------------------------------------------------------------

    def claim_event(self, event_id: str, ttl: int) -> bool:
        """True the first time an event id is seen within `ttl` seconds."""
        return bool(self.redis.set(self.key("event", event_id), "1", nx=True, ex=ttl))

    def release_event(self, event_id: str) -> None:
        """Forget an event id (its job could not be enqueued, so a retry must get through)."""
        self.redis.delete(self.key("event", event_id))

    def remember_source(
        self, fingerprint: str, where: dict[str, str], window: int
    ) -> dict[str, str] | None:
        """Record where a URL/text was first processed; returns the earlier place if any."""
        if window <= 0:
            return None
        key = self.key("seen", fingerprint)
        if self.redis.set(key, json.dumps(where), nx=True, ex=window):
            return None
        raw = self.redis.get(key)
        try:
            earlier = json.loads(raw) if raw else None
        except ValueError:
            earlier = None
        if earlier == where:
            return None  # the same message again (a job retry): not a repeat paste
        return earlier

    def forget_source(self, fingerprint: str) -> None:
        self.redis.delete(self.key("seen", fingerprint))

    # -- incidents --------------------------------------------------------------------

    def _index_keys(self, incident: Incident) -> list[str]:
        keys = [self.key("ix", "all")]
        loc = incident.location
        if loc is not None:
            if loc.province_code:
                keys.append(self.key("ix", "prov", loc.province_code.upper()))
            for name in {loc.name, loc.district}:
                if name and slug(name):
                    keys.append(self.key("ix", "loc", slug(name)))
            if loc.country_code:
                keys.append(self.key("ix", "country", loc.country_code.upper()))
        for actor in incident.actors:
            if slug(actor.name):
                keys.append(self.key("ix", "actor", slug(actor.name)))
        if incident.event_type:
            keys.append(self.key("ix", "type", slug(incident.event_type)))
        return sorted(set(keys))

    def save_incidents(
        self, incidents: Sequence[Incident], source: Source, origin: dict[str, Any]
    ) -> list[bool]:
        """Store incidents and index them in one round trip; returns which were new."""
        now = time.time()
        existing = self.redis.pipeline(transaction=False)
        for incident in incidents:
            existing.exists(self.key("inc", incident.id))
        flags = [not bool(x) for x in existing.execute()] if incidents else []
        pipe = self.redis.pipeline(transaction=True)
        for incident, new in zip(incidents, flags, strict=True):
            if not new:
                continue  # first telling wins; the same incident pasted again changes nothing
            record = {
                "incident": incident.to_dict(),
                "source": source.to_dict(),
                "origin": origin,
                "stored_at": now,
            }
            pipe.set(self.key("inc", incident.id), json.dumps(record, ensure_ascii=False))
            score = incident_time(incident, now)
            for key in self._index_keys(incident):
                pipe.zadd(key, {incident.id: score})
        pipe.execute()
        return flags

    def _fingerprints(self, incident: Incident) -> list[str]:
        """Keys of the same event told by another article: day ±1, exact place, event type.

        Only for incidents located at a village, town or district with a date: a province-wide
        or undated report is too vague to call two reports the same event.
        """
        loc = incident.location
        if loc is None or loc.precision not in ("village", "town", "district") or not incident.date:
            return []
        try:
            day = datetime.strptime(incident.date[:10], "%Y-%m-%d")
        except ValueError:
            return []
        place, kind = slug(loc.name), slug(incident.event_type)
        return [
            self.key("fp", (day + timedelta(days=d)).strftime("%Y-%m-%d"), place, kind)
            for d in (0, -1, 1)
        ]

    def canonical(self, incidents: Sequence[Incident], ttl: int = 90 * 86400) -> list[Incident]:
        """The incidents with ids of earlier reports of the same events, where there are any.

        The first report claims its day's fingerprint; later reports of the same event (another
        outlet, another wording) take that incident's id, so the archive holds it once and
        subscribers get one card.
        """
        out: list[Incident] = []
        for incident in incidents:
            keys = self._fingerprints(incident)
            if not keys:
                out.append(incident)
                continue
            pipe = self.redis.pipeline(transaction=False)
            for key in keys:
                pipe.get(key)
            found = next((v.decode() for v in pipe.execute() if v), None)
            if found and found != incident.id and self.redis.exists(self.key("inc", found)):
                out.append(replace(incident, id=found))
                continue
            self.redis.set(keys[0], incident.id, nx=True, ex=ttl)
            out.append(incident)
        return out

    def get(self, incident_id: str) -> StoredIncident | None:
        found = self.get_many([incident_id])
        return found[0] if found else None

    def get_many(self, ids: Sequence[str]) -> list[StoredIncident]:
        if not ids:
            return []
        pipe = self.redis.pipeline(transaction=False)
        for incident_id in ids:
            pipe.get(self.key("inc", incident_id))
            pipe.hgetall(self.key("inc", incident_id, "cards"))
        raw = pipe.execute()
        out: list[StoredIncident] = []
        for record, cards in zip(raw[0::2], raw[1::2], strict=True):
            if not record:
                continue
            data = json.loads(record)
            out.append(
                StoredIncident(
                    incident=Incident.from_dict(data["incident"]),
                    source=Source.from_dict(data.get("source") or {}),
                    origin=data.get("origin") or {},
                    stored_at=float(data.get("stored_at") or 0),
                    cards={k.decode(): v.decode() for k, v in cards.items()},
                )
            )
        return out

    def count(self) -> int:
        return int(self.redis.zcard(self.key("ix", "all")))

    def query(
        self,
        *,
        province_code: str | None = None,
        place: str | None = None,
        actors: Iterable[str] = (),
        event_type: str | None = None,
        since: float | None = None,
        limit: int = 10,
        offset: int = 0,
    ) -> Page:
        """Newest first. One index read, or an intersection of the few indexes named."""
        keys: list[str] = []
        if province_code:
            keys.append(self.key("ix", "prov", province_code.upper()))
        if place:
            keys.append(self.key("ix", "loc", slug(place)))
        actor_keys = [self.key("ix", "actor", slug(a)) for a in actors if slug(a)]
        if event_type:
            keys.append(self.key("ix", "type", slug(event_type)))
        if not keys and not actor_keys:
            keys.append(self.key("ix", "all"))
        low = since if since is not None else "-inf"
        tmp_keys: list[str] = []
        if len(actor_keys) > 1:  # any of several actors (an actor and its aliases' parents)
            union = self.key("tmp", "u", f"{time.time_ns()}")
            self.redis.zunionstore(union, actor_keys, aggregate="MAX")
            self.redis.expire(union, DEFAULT_QUERY_TMP_TTL)
            keys.append(union)
            tmp_keys.append(union)
        elif actor_keys:
            keys.append(actor_keys[0])
        if len(keys) == 1:
            target = keys[0]
        else:
            target = self.key("tmp", "i", f"{time.time_ns()}")
            pipe = self.redis.pipeline(transaction=True)
            pipe.zinterstore(target, keys, aggregate="MAX")
            pipe.expire(target, DEFAULT_QUERY_TMP_TTL)
            pipe.execute()
            tmp_keys.append(target)
        pipe = self.redis.pipeline(transaction=False)
        pipe.zcount(target, low, "+inf")
        pipe.zrevrangebyscore(target, "+inf", low, start=offset, num=limit)
        total, ids = pipe.execute()
        if tmp_keys:
            self.redis.delete(*tmp_keys)
        return Page(items=self.get_many([i.decode() for i in ids]), total=int(total))

    # -- cards ------------------------------------------------------------------------

    def claim_post(
        self, incident_id: str, channel: str, owner: str, ttl: int = DEFAULT_POST_CLAIM_TTL
    ) -> bool:
        """Take the right to post an incident's card into a channel, once.

        The claim names its owner (the job) for `ttl` seconds. The same owner may take it
        again (a retry of a job whose worker died mid-post); another owner may not until
        the claim expires; a finished post holds the card's ts for good.
        """
        key = self.key("post", incident_id, channel)
        if self.redis.set(key, f"pending:{owner}", nx=True, ex=ttl):
            return True
        return self.redis.get(key) == f"pending:{owner}".encode()

    def finish_post(self, incident_id: str, target: str, ts: str) -> None:
        """The claim on `target` (a channel, or "channel/thread_ts") becomes the card's ts."""
        pipe = self.redis.pipeline(transaction=True)
        pipe.set(self.key("post", incident_id, target), ts)
        if "/" not in target:
            pipe.hset(self.key("inc", incident_id, "cards"), target, ts)
        pipe.execute()

    def mark_delivered(self, incident_id: str, channel: str, ts: str) -> None:
        """Note that a channel has an incident's card (in a thread), unless it had one already.

        Subscription deliveries claim per channel: a channel that has the card in a thread
        gets no second copy from a subscription.
        """
        pipe = self.redis.pipeline(transaction=True)
        pipe.set(self.key("post", incident_id, channel), ts, nx=True)
        pipe.hsetnx(self.key("inc", incident_id, "cards"), channel, ts)
        pipe.execute()

    def abort_post(self, incident_id: str, channel: str) -> None:
        self.redis.delete(self.key("post", incident_id, channel))

    def posted_ts(self, incident_id: str, channel: str) -> str | None:
        raw = self.redis.get(self.key("post", incident_id, channel))
        if raw is None or raw.startswith(b"pending:"):
            return None
        return raw.decode()

    # -- messages ---------------------------------------------------------------------

    def save_message_result(self, channel: str, ts: str, result: dict[str, Any]) -> None:
        self.redis.set(self.key("msg", channel, ts), json.dumps(result))

    def message_result(self, channel: str, ts: str) -> dict[str, Any] | None:
        raw = self.redis.get(self.key("msg", channel, ts))
        return json.loads(raw) if raw else None
