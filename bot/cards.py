"""Block Kit cards: pure functions from an incident to blocks plus a plain-text fallback.

Slack's limits are respected here (section text 3,000 chars, a field 2,000, 10 fields,
header 150), so a long evidence sentence never makes chat.postMessage fail.
"""

from __future__ import annotations

from typing import Any

from bot.models import Incident, Location

ACTION_MORE = "incidents_more"  # the "more" button of a query's results
ACTION_PICK_PLACE = "incidents_pick_place"  # a button among an ambiguous query's candidates

EVENT_EMOJI = {
    "Battles": ":crossed_swords:",
    "Explosions/Remote violence": ":boom:",
    "Violence against civilians": ":warning:",
    "Protests": ":mega:",
    "Riots": ":fire:",
    "Strategic developments": ":compass:",
}

_HEADER_MAX = 150
_TEXT_MAX = 3000
_FIELD_MAX = 2000


def _clip(text: str, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn reserves."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def place_line(location: Location | None) -> str:
    if location is None:
        return "unknown"
    parts = [location.name]
    for level in (location.district, location.province, location.country):
        if level and level not in parts:
            parts.append(level)
    return ", ".join(parts)


def map_link(location: Location | None) -> str | None:
    if location is None or location.lat is None or location.lon is None:
        return None
    lat, lon = round(location.lat, 5), round(location.lon, 5)
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=12/{lat}/{lon}"


def _count(value: int | None) -> str:
    return "not reported" if value is None else str(value)


def actors_line(incident: Incident) -> str:
    by_role: dict[str, list[str]] = {"perpetrator": [], "target": [], "other": []}
    for actor in incident.actors:
        names = by_role.setdefault(actor.role, [])
        if actor.name not in names:
            names.append(actor.name)
    parts = []
    if by_role["perpetrator"]:
        parts.append("*By:* " + ", ".join(escape(n) for n in by_role["perpetrator"]))
    if by_role["target"]:
        parts.append("*Against:* " + ", ".join(escape(n) for n in by_role["target"]))
    if by_role["other"]:
        parts.append("*Also:* " + ", ".join(escape(n) for n in by_role["other"]))
    return "\n".join(parts) or "not identified"


def title(incident: Incident) -> str:
    where = incident.location.name if incident.location else "unknown place"
    return f"{incident.event_type or 'Incident'} in {where}"


def fallback_text(incident: Incident) -> str:
    """The notification and screen-reader text of a card."""
    bits = [title(incident)]
    if incident.date:
        bits.append(incident.date)
    if incident.killed:
        bits.append(f"{incident.killed} killed")
    if incident.injured:
        bits.append(f"{incident.injured} injured")
    return _clip(" · ".join(bits) + f" — {incident.summary}", _TEXT_MAX)


def incident_blocks(
    incident: Incident, *, source_url: str | None = None, note: str | None = None
) -> list[dict[str, Any]]:
    emoji = EVENT_EMOJI.get(incident.event_type, ":pushpin:")
    loc = incident.location
    where = escape(place_line(loc))
    link = map_link(loc)
    if link:
        where = f"<{link}|{where}>"
    if loc is not None:
        where += f"\n_{loc.precision}_"
        if loc.province_code:
            where += f" · {loc.province_code}"
    fields = [
        {"type": "mrkdwn", "text": _clip(f"*Where*\n{where}", _FIELD_MAX)},
        {"type": "mrkdwn", "text": f"*When*\n{incident.date or 'date not stated'}"},
        {
            "type": "mrkdwn",
            "text": _clip(
                f"*What*\n{escape(incident.event_type)}\n_{escape(incident.sub_event_type)}_",
                _FIELD_MAX,
            ),
        },
        {
            "type": "mrkdwn",
            "text": f"*Killed / injured*\n{_count(incident.killed)} / {_count(incident.injured)}",
        },
    ]
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": _clip(title(incident), _HEADER_MAX), "emoji": True},
        },
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": _clip(f"{emoji} {escape(incident.summary)}", _TEXT_MAX)},
        },
        {"type": "section", "fields": fields},
        {"type": "section", "text": {"type": "mrkdwn", "text": _clip(actors_line(incident), _TEXT_MAX)}},
    ]
    if incident.evidence:
        quote = " ".join(incident.evidence)
        blocks.append(
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": _clip(f"> {escape(quote)}", _TEXT_MAX)}],
            }
        )
    meta = f"confidence {incident.confidence:.0%} · `{incident.id}`"
    if note:
        meta = f"{note} · {meta}"
    if source_url:
        meta += f" · <{source_url}|source>"
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": meta}]})
    return blocks


def incident_message(
    incident: Incident, *, source_url: str | None = None, note: str | None = None
) -> dict[str, Any]:
    """Keyword arguments for chat.postMessage (channel and thread added by the caller)."""
    return {
        "text": fallback_text(incident),
        "blocks": incident_blocks(incident, source_url=source_url, note=note),
        "unfurl_links": False,
        "unfurl_media": False,
    }


def notice_message(text: str) -> dict[str, Any]:
    """A short plain reply in a thread (a link that could not be read, no incident found)."""
    return {
        "text": _clip(text, _TEXT_MAX),
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": _clip(text, _TEXT_MAX)}}],
        "unfurl_links": False,
    }


def compact_line(incident: Incident, *, permalink: str | None = None) -> str:
    """One line of a query's results."""
    emoji = EVENT_EMOJI.get(incident.event_type, ":pushpin:")
    bits = [incident.date or "undated", escape(place_line(incident.location))]
    casualties = []
    if incident.killed:
        casualties.append(f"{incident.killed} killed")
    if incident.injured:
        casualties.append(f"{incident.injured} injured")
    line = f"{emoji} *{escape(incident.event_type)}* · " + " · ".join(bits)
    if casualties:
        line += " · " + ", ".join(casualties)
    summary = _clip(incident.summary, 200)
    line += f"\n{escape(summary)}"
    if permalink:
        line += f" <{permalink}|card>"
    return line


def render_text(blocks: list[dict[str, Any]]) -> str:
    """Blocks as terminal text, for the console (and readable test failures)."""
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            text = block["text"]["text"]
            lines.append(text)
            lines.append("=" * min(len(text), 72))
        elif kind == "section":
            if "text" in block:
                lines.append(block["text"]["text"])
            for field in block.get("fields", []):
                lines.append("  " + field["text"].replace("\n", " "))
        elif kind == "context":
            for element in block.get("elements", []):
                lines.append("  " + element.get("text", ""))
        elif kind == "actions":
            labels = [e.get("text", {}).get("text", "") for e in block.get("elements", [])]
            lines.append("  [" + "] [".join(labels) + "]")
        elif kind == "divider":
            lines.append("-" * 40)
    return "\n".join(lines)


def results_blocks(
    heading: str,
    lines: list[str],
    *,
    footer: str | None = None,
    more_value: str | None = None,
) -> list[dict[str, Any]]:
    """A query's answer: a heading, one section per incident line, an optional "more" button."""
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": _clip(heading, _TEXT_MAX)}}
    ]
    for line in lines[:40]:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": _clip(line, _TEXT_MAX)}})
    if footer:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": _clip(footer, _TEXT_MAX)}]})
    if more_value:
        blocks.append({
            "type": "actions",
            "elements": [{
                "type": "button",
                "action_id": ACTION_MORE,
                "text": {"type": "plain_text", "text": "More"},
                "value": more_value[:2000],
            }],
        })
    return blocks


def choice_blocks(question: str, choices: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """A question with one button per choice: (label, value)."""
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": _clip(question, _TEXT_MAX)}},
        {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "action_id": f"{ACTION_PICK_PLACE}_{n}",
                    "text": {"type": "plain_text", "text": _clip(label, 75)},
                    "value": value[:2000],
                }
                for n, (label, value) in enumerate(choices[:3])
            ],
        },
    ]
