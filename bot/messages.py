"""Pure functions that read a Slack message event: is it an article to process, and what links?

No Slack client, no Redis: handlers call `parse_message` and act on its answer.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

# message subtypes that carry a person's (or an allowed bot's) new content
CONTENT_SUBTYPES = frozenset({None, "", "thread_broadcast", "file_share", "bot_message"})

_SLACK_LINK = re.compile(r"<((?:https?://)[^|>\s]+)(?:\|([^>]*))?>")
_SLACK_SPECIAL = re.compile(r"<[@#!][^>]*>")
_BARE_URL = re.compile(r"(?<![<|\w])(https?://[^\s<>\"']+)")
_MAX_LINKS = 5  # per message; more is a link dump, not an article to code


@dataclass(frozen=True)
class ArticleRequest:
    """One pasted message worth processing: the job's JSON-safe argument."""

    channel: str
    ts: str
    thread_ts: str
    user: str | None
    text: str
    links: list[str] = field(default_factory=list)
    event_id: str | None = None
    team: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleRequest:
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True)
class Verdict:
    """What to do with a message event: `request` when there is work, else `reason`."""

    request: ArticleRequest | None
    reason: str = ""


def _walk_rich_text(elements: Iterable[Any]) -> Iterable[str]:
    for element in elements or ():
        if not isinstance(element, dict):
            continue
        if element.get("type") == "link" and isinstance(element.get("url"), str):
            yield element["url"]
        yield from _walk_rich_text(element.get("elements") or ())


def links_from_blocks(blocks: Any) -> list[str]:
    if not isinstance(blocks, list):
        return []
    found: list[str] = []
    for block in blocks:
        if isinstance(block, dict) and block.get("type") == "rich_text":
            found.extend(_walk_rich_text(block.get("elements") or ()))
    return found


def links_from_text(text: str) -> list[str]:
    """Slack's `<url|label>` form (unescaped), then bare URLs as a last resort."""
    found = [html.unescape(m.group(1)) for m in _SLACK_LINK.finditer(text)]
    if not found:
        found = [html.unescape(m.group(1)).rstrip(".,;:)]") for m in _BARE_URL.finditer(text)]
    return found


def links_from_attachments(attachments: Any) -> list[str]:
    """RSS and other bots put the article's link in attachments."""
    if not isinstance(attachments, list):
        return []
    found = []
    for att in attachments:
        if not isinstance(att, dict):
            continue
        for key in ("from_url", "original_url", "title_link"):
            value = att.get(key)
            if isinstance(value, str):
                found.append(value)
                break
    return found


def plain_text(text: str) -> str:
    """Slack's mrkdwn to plain text: links to their labels, mentions dropped, unescaped."""
    text = _SLACK_LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _SLACK_SPECIAL.sub(" ", text)
    return html.unescape(text).strip()


def _unique_http(urls: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for url in urls:
        url = url.strip()
        if url.lower().startswith(("http://", "https://")) and url not in seen:
            seen.append(url)
    return seen[:_MAX_LINKS]


def parse_message(
    event: Any,
    *,
    own_user_id: str | None,
    own_bot_id: str | None,
    allowed_bot_ids: frozenset[str],
    min_article_chars: int,
    event_id: str | None = None,
    team: str | None = None,
) -> Verdict:
    """Decide whether a message event is an article (text or links) to process."""
    if not isinstance(event, dict):
        return Verdict(None, "malformed: event is not an object")
    subtype = event.get("subtype")
    if subtype not in CONTENT_SUBTYPES:
        return Verdict(None, f"ignored subtype {subtype}")
    channel, ts = event.get("channel"), event.get("ts")
    if not isinstance(channel, str) or not channel or not isinstance(ts, str) or not ts:
        return Verdict(None, "malformed: no channel or ts")
    bot_id, user = event.get("bot_id"), event.get("user")
    if user is not None and not isinstance(user, str):
        return Verdict(None, "malformed: user is not a string")
    if (own_user_id and user == own_user_id) or (own_bot_id and bot_id == own_bot_id):
        return Verdict(None, "own message")
    if bot_id or subtype == "bot_message":
        if not bot_id or bot_id not in allowed_bot_ids:
            return Verdict(None, "message from a bot that is not allowed")
    raw_text = event.get("text")
    if raw_text is None:
        raw_text = ""
    if not isinstance(raw_text, str):
        return Verdict(None, "malformed: text is not a string")
    links = links_from_blocks(event.get("blocks"))
    if not links:
        links = links_from_text(raw_text)
    if not links:
        links = links_from_attachments(event.get("attachments"))
    links = _unique_http(links)
    text = plain_text(raw_text)
    if not links and len(text) < min_article_chars:
        return Verdict(None, "chatter: too short and no link")
    thread_ts = event.get("thread_ts") if isinstance(event.get("thread_ts"), str) else ts
    request = ArticleRequest(
        channel=channel,
        ts=ts,
        thread_ts=thread_ts or ts,
        user=user,
        text=text,
        links=links,
        event_id=event_id if isinstance(event_id, str) else None,
        team=team if isinstance(team, str) else None,
    )
    return Verdict(request)


_JOB_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def job_id_for(request: ArticleRequest, prefix: str = "") -> str:
    """Stable per Slack message: a redelivered event maps to the same job id.

    RQ's job keys are global in a Redis, so the id carries the app's key prefix too.
    """
    channel = _JOB_ID_UNSAFE.sub("_", request.channel)
    ts = _JOB_ID_UNSAFE.sub("_", request.ts)
    head = _JOB_ID_UNSAFE.sub("_", prefix) + "-" if prefix else ""
    return f"{head}msg-{channel}-{ts}"


def text_fingerprint(text: str) -> str:
    """Same article pasted again (whitespace and case aside) gives the same fingerprint."""
    normal = " ".join(text.lower().split())
    return "text-" + hashlib.sha256(normal.encode("utf-8")).hexdigest()[:24]
