"""Buttons on /incidents answers: "More" pages through results; a place button settles an
ambiguous query. Only the person who ran the command sees these (ephemeral), and Slack only
lets channel members run it, so a button cannot change another channel's subscriptions.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.cards import ACTION_MORE, ACTION_PICK_PLACE
from bot.commands import Command
from bot.lookup import ActorLookup, PlaceLookup
from bot.store import Store
from bot.subscriptions import Subscriptions
from handlers.commands import context_for, run

logger = logging.getLogger(__name__)


def register(app: App) -> None:
    app.action(ACTION_MORE)(on_button)
    app.action(re.compile(rf"^{ACTION_PICK_PLACE}_\d+$"))(on_button)


def _command(value: dict[str, Any]) -> Command:
    """The command a button stands for; its place comes as an id, not as text to resolve."""
    verb = value.get("verb") if value.get("verb") in ("query", "subscribe") else "query"
    filters = value.get("filters") if isinstance(value.get("filters"), dict) else {}
    return Command(verb, filters={k: v for k, v in filters.items() if isinstance(v, str)})


def on_button(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
    store: Store, subscriptions: Subscriptions, places: PlaceLookup, actors: ActorLookup,
) -> None:
    ack()
    try:
        value = json.loads(action.get("value") or "{}")
        if not isinstance(value, dict):
            raise ValueError("not an object")
    except ValueError:
        logger.warning("button with a malformed value")
        return
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    user = (body.get("user") or {}).get("id")
    if not isinstance(channel, str) or not isinstance(user, str):
        logger.warning("button without channel or user")
        return
    ctx = context_for(client=client, store=store, subscriptions=subscriptions, places=places,
                      actors=actors, channel=channel, user=user)
    run(ctx, _command(value), client, respond, place_id=value.get("place_id"),
        offset=int(value.get("offset") or 0), replace=value.get("verb") == "query")
