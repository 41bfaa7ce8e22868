"""Test helpers that speak Slack's protocol: signed requests and the payloads Slack sends."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

SIGNING_SECRET = "test-signing-secret-0123456789abcdef"
BOT_TOKEN = "xoxb-test-0000"


def signature(body: bytes, timestamp: str, secret: str = SIGNING_SECRET) -> str:
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(body: bytes, *, content_type: str, secret: str = SIGNING_SECRET,
                   timestamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature(body, ts, secret),
    }


def post(url: str, body: bytes, headers: dict[str, str], timeout: float = 10.0) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def post_event(url: str, payload: dict[str, Any], *, secret: str = SIGNING_SECRET,
               timestamp: int | None = None, extra_headers: dict[str, str] | None = None
               ) -> tuple[int, bytes]:
    body = json.dumps(payload).encode()
    headers = signed_headers(body, content_type="application/json", secret=secret,
                             timestamp=timestamp)
    headers.update(extra_headers or {})
    return post(url, body, headers)


def post_command(url: str, fields: dict[str, str], *, secret: str = SIGNING_SECRET) -> tuple[int, bytes]:
    body = urllib.parse.urlencode(fields).encode()
    headers = signed_headers(body, content_type="application/x-www-form-urlencoded", secret=secret)
    return post(url, body, headers)


_counter = iter(range(1, 10**9))


def message_event(text: str, *, channel: str = "C0NEWS", user: str = "UANALYST",
                  ts: str | None = None, blocks: list | None = None, event_id: str | None = None,
                  **event_fields: Any) -> dict[str, Any]:
    n = next(_counter)
    event = {
        "type": "message",
        "channel": channel,
        "channel_type": "channel",
        "user": user,
        "text": text,
        "ts": ts or f"{1_764_000_000 + n}.{n:06d}",
        "team": "T0TEAM",
    }
    if blocks is not None:
        event["blocks"] = blocks
    event.update(event_fields)
    return {
        "token": "legacy-verification-token",
        "team_id": "T0TEAM",
        "api_app_id": "A0APP",
        "type": "event_callback",
        "event_id": event_id or f"Ev{n:010d}",
        "event_time": int(time.time()),
        "event": event,
        "authorizations": [{"team_id": "T0TEAM", "user_id": "UBOTLOCAL", "is_bot": True}],
    }


def link_blocks(url: str, label: str | None = None) -> list[dict[str, Any]]:
    element: dict[str, Any] = {"type": "link", "url": url}
    if label:
        element["text"] = label
    return [{"type": "rich_text", "block_id": "b1",
             "elements": [{"type": "rich_text_section", "elements": [element]}]}]
