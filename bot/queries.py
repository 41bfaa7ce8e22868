"""Answers to /incidents: from a parsed command to the reply, reading the store.

No Slack client here: the handler passes a `permalink(channel, ts)` callable and posts what
comes back. Queries are ephemeral; subscription changes are announced in the channel.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from bot.cards import choice_blocks, compact_line, results_blocks
from bot.commands import HELP_TEXT, Command, parse_since
from bot.known import Place
from bot.lookup import CONFIDENT_SCORE, ActorLookup, PlaceLookup, resolve_event_type
from bot.store import Store, StoredIncident, slug
from bot.subscriptions import Subscription, Subscriptions

PAGE_SIZE = 10  # incidents per answer
OVERVIEW_WINDOW = 24 * 3600  # seconds of the no-argument overview

Permalink = Callable[[str, str], "str | None"]


@dataclass
class Reply:
    text: str
    blocks: list[dict[str, Any]] | None = None
    in_channel: bool = False  # announced to the channel (subscription changes)
    subscribe: Subscription | None = None  # the handler checks the channel, then confirms


@dataclass
class Context:
    store: Store
    subscriptions: Subscriptions
    places: PlaceLookup
    actors: ActorLookup
    channel: str
    user: str
    permalink: Permalink = field(default=lambda channel, ts: None)


def _place_query(place: Place) -> dict[str, str]:
    if place.kind == "province":
        return {"province_code": place.id}
    return {"place": place.name}


def _place_key(place: Place) -> str:
    return f"prov:{place.id}" if place.kind == "province" else f"loc:{slug(place.name)}"


def _link(ctx: Context, item: StoredIncident) -> str | None:
    origin = item.origin.get("channel")
    if origin and origin in item.cards:
        return ctx.permalink(origin, item.cards[origin])
    for channel, ts in item.cards.items():
        return ctx.permalink(channel, ts)
    return None


def _lines(ctx: Context, items: list[StoredIncident]) -> list[str]:
    return [compact_line(i.incident, permalink=_link(ctx, i)) for i in items]


def _resolve_place(ctx: Context, command: Command, place_id: str | None) -> Place | Reply:
    if place_id:
        place = ctx.places.gazetteer.get(place_id)
        if place is not None:
            return place
    answer = ctx.places.resolve(command.place)
    if answer.place is not None:
        return answer.place
    label = "Subscribe to" if command.verb == "subscribe" else "Show"
    choices = [
        (f"{label} {ctx.places.describe(h.place)}",
         json.dumps({"verb": command.verb, "place_id": h.place.id, "filters": command.filters}))
        for h in answer.candidates
    ]
    if answer.candidates and answer.candidates[0].score >= CONFIDENT_SCORE:
        question = f"'{command.place}' could be more than one place. Which one?"
        return Reply(question, choice_blocks(question, choices))
    best = answer.candidates[0].score if answer.candidates else 0.0
    close = [n for n, h in enumerate(answer.candidates) if h.score >= best - 8]
    names = [answer.candidates[n].place.name for n in close]
    if names:
        question = (f"No place called '{command.place}'. "
                    f"Did you mean {' or '.join(dict.fromkeys(names))}?")
        return Reply(question, choice_blocks(question, [choices[n] for n in close]))
    return Reply(f"No place called '{command.place}'. Try a province, district or town, "
                 "e.g. `/incidents anbar`, or see `/incidents help`.")


def _filters(ctx: Context, filters: dict[str, str]) -> dict[str, Any] | Reply:
    out: dict[str, Any] = {}
    if "type" in filters:
        event_type = resolve_event_type(filters["type"])
        if event_type is None:
            return Reply(f"No event type called '{filters['type']}'. Use one of: battles, "
                         "explosions, violence against civilians, protests, riots, strategic.")
        out["event_type"] = event_type
    if "actor" in filters:
        answer = ctx.actors.resolve(filters["actor"])
        if answer.actor is None:
            hint = f" Did you mean {' or '.join(answer.suggestions)}?" if answer.suggestions else ""
            return Reply(f"No actor called '{filters['actor']}'.{hint}")
        out["actor"] = answer.actor.name
        out["actors"] = list(answer.names)
    if "since" in filters:
        since = parse_since(filters["since"])
        out["since"] = since.timestamp() if since else None
        out["since_text"] = filters["since"]
    return out


def _describe_filters(f: dict[str, Any]) -> str:
    bits = []
    if f.get("event_type"):
        bits.append(f["event_type"])
    if f.get("actor"):
        bits.append(f"actor {f['actor']}")
    if f.get("since_text"):
        bits.append(f"since {f['since_text']}")
    return f" ({', '.join(bits)})" if bits else ""


def query(ctx: Context, command: Command, *, place_id: str | None = None, offset: int = 0) -> Reply:
    place = _resolve_place(ctx, command, place_id)
    if isinstance(place, Reply):
        return place
    f = _filters(ctx, command.filters)
    if isinstance(f, Reply):
        return f
    page = ctx.store.query(
        **_place_query(place),
        actors=f.get("actors", ()),
        event_type=f.get("event_type"),
        since=f.get("since"),
        limit=PAGE_SIZE,
        offset=offset,
    )
    name = ctx.places.describe(place)
    if page.total == 0:
        return Reply(f"No incidents in {name}{_describe_filters(f)} yet.")
    shown_to = offset + len(page.items)
    heading = f"*{name}*{_describe_filters(f)} — {offset + 1}–{shown_to} of {page.total}, newest first"
    more = None
    if shown_to < page.total:
        more = json.dumps({"verb": "query", "place_id": place.id, "filters": command.filters,
                           "offset": shown_to})
    blocks = results_blocks(heading, _lines(ctx, page.items), more_value=more)
    return Reply(f"{name}: {page.total} incident(s)", blocks)


def subscribe(ctx: Context, command: Command, *, place_id: str | None = None) -> Reply:
    place = _resolve_place(ctx, command, place_id)
    if isinstance(place, Reply):
        return place
    f = _filters(ctx, command.filters)
    if isinstance(f, Reply):
        return f
    sub = Subscription(
        channel=ctx.channel,
        place_id=place.id,
        place_name=place.name,
        place_kind=place.kind,
        place_key=_place_key(place),
        event_type=f.get("event_type"),
        actor=f.get("actor"),
        actor_names=list(f.get("actors", [])),
        created_by=ctx.user,
        created_at=time.time(),
    )
    return Reply("", subscribe=sub)


def confirm_subscribe(ctx: Context, sub: Subscription) -> Reply:
    """Called by the handler once the channel can receive cards."""
    stored, created = ctx.subscriptions.add(sub)
    if not created:
        return Reply(f"This channel is already subscribed to {stored.place_name} "
                     f"({stored.filters_text()}) — nothing changed. Id `{stored.id}`.")
    return Reply(f"<@{ctx.user}> subscribed this channel to {stored.place_name} "
                 f"({stored.filters_text()}). Id `{stored.id}`.", in_channel=True)


def unsubscribe(ctx: Context, command: Command) -> Reply:
    subs = ctx.subscriptions.for_channel(ctx.channel)
    target = command.place.strip()
    if target.lower() == "all":
        if not subs:
            return Reply("This channel has no subscriptions.")
        for sub in subs:
            ctx.subscriptions.remove(sub)
        names = ", ".join(s.place_name for s in subs)
        return Reply(f"<@{ctx.user}> unsubscribed this channel from everything ({names}).",
                     in_channel=True)
    chosen = [s for s in subs if s.id == target.lower()]
    if not chosen:
        answer = ctx.places.resolve(target)
        candidates = [answer.place] if answer.place else [h.place for h in answer.candidates[:1]
                                                          if h.score >= 85]
        ids = {p.id for p in candidates if p is not None}
        chosen = [s for s in subs if s.place_id in ids]
        if not chosen:
            name = answer.place.name if answer.place else target
            return Reply(f"This channel is not subscribed to {name} — use "
                         f"`/incidents subscribe {target}` to subscribe, or "
                         f"`/incidents subscriptions` to see what it follows.")
    for sub in chosen:
        ctx.subscriptions.remove(sub)
    what = "; ".join(f"{s.place_name} ({s.filters_text()})" for s in chosen)
    return Reply(f"<@{ctx.user}> unsubscribed this channel from {what}.", in_channel=True)


def _subscription_lines(subs: list[Subscription]) -> list[str]:
    lines = []
    for s in subs:
        when = datetime.fromtimestamp(s.created_at, timezone.utc).strftime("%Y-%m-%d")
        state = f" · :double_vertical_bar: paused ({s.paused}) — re-subscribe to resume" if s.paused else ""
        lines.append(f"`{s.id}` *{s.place_name}* — {s.filters_text()} · by <@{s.created_by}> "
                     f"on {when}{state}")
    return lines


def subscriptions(ctx: Context) -> Reply:
    subs = ctx.subscriptions.for_channel(ctx.channel)
    if not subs:
        return Reply("This channel has no subscriptions. Try `/incidents subscribe anbar`.")
    heading = f"This channel follows {len(subs)} place(s):"
    return Reply(heading, results_blocks(heading, _subscription_lines(subs),
                                         footer="`/incidents unsubscribe <id>` removes one."))


def overview(ctx: Context) -> Reply:
    subs = ctx.subscriptions.for_channel(ctx.channel)
    if not subs:
        return Reply("This channel has no subscriptions yet.\n\n" + HELP_TEXT)
    since = time.time() - OVERVIEW_WINDOW
    seen: dict[str, StoredIncident] = {}
    for sub in subs:
        place = ctx.places.gazetteer.get(sub.place_id)
        if place is None:
            continue
        page = ctx.store.query(**_place_query(place), actors=sub.actor_names,
                               event_type=sub.event_type, since=since, limit=PAGE_SIZE)
        for item in page.items:
            seen.setdefault(item.incident.id, item)
    recent = sorted(seen.values(), key=lambda i: (i.incident.date or "", i.stored_at), reverse=True)
    lines = _subscription_lines(subs)
    lines.append(f"*Last 24 h across them:* {len(recent)} incident(s)")
    lines.extend(_lines(ctx, recent[:PAGE_SIZE]))
    heading = f"This channel follows {len(subs)} place(s):"
    return Reply(heading, results_blocks(heading, lines))


def answer(ctx: Context, command: Command, *, place_id: str | None = None, offset: int = 0) -> Reply:
    if command.error:
        return Reply(f"{command.error}. See `/incidents help`.".replace("..", "."))
    if command.verb == "help":
        return Reply(HELP_TEXT)
    if command.verb == "overview":
        return overview(ctx)
    if command.verb == "subscriptions":
        return subscriptions(ctx)
    if command.verb == "subscribe":
        return subscribe(ctx, command, place_id=place_id)
    if command.verb == "unsubscribe":
        return unsubscribe(ctx, command)
    return query(ctx, command, place_id=place_id, offset=offset)
