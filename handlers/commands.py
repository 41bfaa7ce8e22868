"""The /incidents slash command: acknowledged at once, answered through respond().

Parsing is bot.commands (pure); answers are bot.queries (store reads, no Slack); this
listener only acks, checks that a channel can receive cards, and responds.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import queries
from bot.commands import Command, parse
from bot.lookup import ActorLookup, PlaceLookup
from bot.store import Store
from bot.subscriptions import Subscriptions

logger = logging.getLogger(__name__)

INVITE_HINT = ("I can't post in this channel yet. Invite me first with `/invite @incidentbot`, "
               "then run the command again.")


def register(app: App) -> None:
    app.command("/incidents")(on_incidents)


def context_for(
    *, client: WebClient, store: Store, subscriptions: Subscriptions, places: PlaceLookup,
    actors: ActorLookup, channel: str, user: str,
) -> queries.Context:
    def permalink(channel_id: str, ts: str) -> str | None:
        try:
            return client.chat_getPermalink(channel=channel_id, message_ts=ts).get("permalink")
        except SlackApiError:
            return None

    return queries.Context(store=store, subscriptions=subscriptions, places=places, actors=actors,
                           channel=channel, user=user, permalink=permalink)


def channel_problem(client: WebClient, channel: str) -> str | None:
    """Why this channel cannot receive subscription cards, or None when it can."""
    if channel.startswith("D"):
        return ("Subscriptions are for channels, not direct messages. Run "
                "`/incidents subscribe …` in the channel that should receive the cards.")
    try:
        info = client.conversations_info(channel=channel).get("channel") or {}
    except SlackApiError as exc:
        error = exc.response.get("error")
        if error in ("channel_not_found", "not_in_channel", "missing_scope"):
            return INVITE_HINT
        logger.warning("conversations.info failed for %s: %s", channel, error)
        return None  # let the first delivery tell; the subscription can be paused then
    if info.get("is_archived"):
        return "This channel is archived."
    if info.get("is_im") or info.get("is_mpim"):
        return "Subscriptions are for channels, not direct messages."
    if not info.get("is_member", True):
        return INVITE_HINT
    return None


def reply(respond: Respond, result: queries.Reply, *, replace: bool = False) -> None:
    kwargs: dict[str, Any] = {"text": result.text, "replace_original": replace}
    if result.blocks:
        kwargs["blocks"] = result.blocks
    kwargs["response_type"] = "in_channel" if result.in_channel else "ephemeral"
    respond(**kwargs)


def run(
    ctx: queries.Context, command: Command, client: WebClient, respond: Respond, *,
    place_id: str | None = None, offset: int = 0, replace: bool = False,
) -> None:
    result = queries.answer(ctx, command, place_id=place_id, offset=offset)
    if result.subscribe is not None:
        problem = channel_problem(client, ctx.channel)
        if problem:
            reply(respond, queries.Reply(problem), replace=replace)
            return
        result = queries.confirm_subscribe(ctx, result.subscribe)
    reply(respond, result, replace=replace)


def on_incidents(
    ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient, store: Store,
    subscriptions: Subscriptions, places: PlaceLookup, actors: ActorLookup,
) -> None:
    ack()
    channel, user = command.get("channel_id"), command.get("user_id")
    if not isinstance(channel, str) or not isinstance(user, str):
        logger.warning("slash command without channel or user")
        return
    ctx = context_for(client=client, store=store, subscriptions=subscriptions, places=places,
                      actors=actors, channel=channel, user=user)
    try:
        run(ctx, parse(str(command.get("text") or "")), client, respond)
    except Exception:
        logger.exception("/incidents %r failed", command.get("text"))
        respond(response_type="ephemeral",
                text=":warning: Something went wrong answering that; please try again in a minute.")
