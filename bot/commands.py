"""The /incidents grammar: pure parsing, no Slack and no Redis.

  /incidents                       the channel's subscriptions and their last 24 h
  /incidents help
  /incidents PLACE [since:7d|since:2026-11-01] [actor:NAME] [type:TYPE]
  /incidents subscribe PLACE [type:…] [actor:…]
  /incidents unsubscribe PLACE|ID|all
  /incidents subscriptions
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

HELP_TEXT = """*`/incidents` — ask the archive, subscribe channels*
• `/incidents anbar` — the 10 most recent incidents in Anbar (a province, district or town; typos forgiven)
• `/incidents khanaqin since:7d actor:isis type:explosions` — filters, in any order after the place
  `since:` takes `24h`, `7d`, `2w` or a date `2026-11-01`; `type:` an ACLED event type (battles, explosions, violence against civilians, protests, riots, strategic)
• `/incidents subscribe anbar [type:… actor:…]` — this channel gets a card for every new incident in Anbar
• `/incidents unsubscribe anbar` · `/incidents unsubscribe all` · `/incidents unsubscribe <id>`
• `/incidents subscriptions` — this channel's subscriptions, with their ids
• `/incidents` — this channel's subscriptions and the last 24 h across them
Paste an article or a link in a channel I'm in and I'll reply with incident cards in its thread."""

FILTER_KEYS = ("since", "actor", "type")
_FILTER = re.compile(r"^(since|actor|type):(.*)$", re.IGNORECASE)
_RELATIVE = re.compile(r"^(\d{1,4})\s*(h|d|w|m)$", re.IGNORECASE)
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1),
          "m": timedelta(days=30)}
VERBS = ("help", "subscribe", "unsubscribe", "subscriptions")


@dataclass(frozen=True)
class Command:
    verb: str  # overview | help | query | subscribe | unsubscribe | subscriptions
    place: str = ""
    filters: dict[str, str] = field(default_factory=dict)
    error: str | None = None


def parse_since(value: str, now: datetime | None = None) -> datetime | None:
    now = now or datetime.now(timezone.utc)
    value = value.strip()
    match = _RELATIVE.match(value)
    if match:
        return now - int(match.group(1)) * _UNITS[match.group(2).lower()]
    try:
        day = datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        return None
    return day.replace(tzinfo=timezone.utc)


def parse(text: str) -> Command:
    """Split the command text into a verb, a place and filters; say what is wrong."""
    words = (text or "").replace("\u00a0", " ").split()
    verb = "query"
    if words and words[0].lower() in VERBS:
        verb = words.pop(0).lower()
    if not words and verb == "query":
        return Command("overview")
    place_words: list[str] = []
    filters: dict[str, str] = {}
    pending_key: str | None = None
    for word in words:
        if pending_key:  # "actor: isis" with a space after the colon
            filters[pending_key] = word
            pending_key = None
            continue
        match = _FILTER.match(word)
        if match:
            key, value = match.group(1).lower(), match.group(2)
            if key in filters:
                return Command(verb, error=f"`{key}:` is given twice")
            if value:
                filters[key] = value
            else:
                pending_key = key
            continue
        if ":" in word and not word.startswith("http"):
            name = word.split(":", 1)[0]
            return Command(verb, error=f"unknown filter `{name}:` — use since:, actor: or type:")
        if filters:  # a place word after filters: filters' values may hold spaces (actor:islamic state)
            last = list(filters)[-1]
            filters[last] = f"{filters[last]} {word}"
            continue
        place_words.append(word)
    if pending_key:
        return Command(verb, error=f"`{pending_key}:` needs a value, e.g. `{pending_key}:7d`"
                       if pending_key == "since" else f"`{pending_key}:` needs a value")
    place = " ".join(place_words).strip(" ,.")
    if "since" in filters and parse_since(filters["since"]) is None:
        return Command(verb, place, filters,
                       error=f"`since:{filters['since']}` is not a period — use e.g. `since:7d`, "
                       "`since:24h` or `since:2026-11-01`")
    if verb == "help":
        return Command("help")
    if verb == "subscriptions":
        return Command("subscriptions")
    if verb in ("subscribe", "unsubscribe") and not place:
        example = "anbar" if verb == "subscribe" else "anbar` or `all"
        return Command(verb, error=f"which place? e.g. `/incidents {verb} {example}`")
    if verb == "unsubscribe" and filters:
        return Command(verb, place, error="unsubscribe takes a place, an id or `all`, no filters")
    if verb == "subscribe" and "since" in filters:
        return Command(verb, place, error="`since:` makes no sense for a subscription")
    if verb == "query" and not place:
        return Command(verb, error="which place? e.g. `/incidents anbar since:7d`")
    return Command(verb, place, filters)
