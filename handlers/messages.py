"""Message listeners: a pasted article or link becomes a job; everything else is a no-op.

Every message event gets a listener (Bolt answers 404 to unhandled events and Slack would
retry them). A handler validates, acknowledges, enqueues and returns: Bolt has already
acknowledged events before listeners run (process_before_response=False).
"""

from __future__ import annotations

import logging
from typing import Any

import redis
from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.cards import notice_message
from bot.config import Settings
from bot.messages import parse_message
from bot.queue import JobQueue
from bot.store import Store

logger = logging.getLogger(__name__)

WORKING_REACTION = "eyes"
UNAVAILABLE_TEXT = (
    ":warning: I couldn't queue this for coding (storage is unavailable). "
    "Please paste it again in a minute."
)


def register(app: App) -> None:
    app.event("message")(on_message)


def on_message(
    body: dict[str, Any],
    event: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    settings: Settings,
    store: Store,
    jobs: JobQueue,
) -> None:
    event_id = body.get("event_id") if isinstance(body, dict) else None
    verdict = parse_message(
        event,
        own_user_id=context.bot_user_id,
        own_bot_id=context.bot_id,
        allowed_bot_ids=settings.allowed_bot_ids,
        min_article_chars=settings.min_article_chars,
        event_id=event_id,
        team=context.team_id,
    )
    request = verdict.request
    if request is None:
        if verdict.reason.startswith("malformed"):
            logger.warning("message event skipped: %s (event_id=%s)", verdict.reason, event_id)
        else:
            logger.debug("message skipped: %s", verdict.reason)
        return
    if request.event_id:
        try:
            first = store.claim_event(request.event_id, settings.event_id_ttl)
        except redis.RedisError:  # nothing was claimed, so Slack's retry can get through
            logger.exception("could not claim event %s (Redis down)", request.event_id)
            _reply(client, request.channel, request.thread_ts, UNAVAILABLE_TEXT)
            return
        if not first:
            logger.info("event %s seen already: redelivery ignored", request.event_id)
            return
    try:
        job = jobs.enqueue_article(request)
    except redis.RedisError:
        logger.exception("could not enqueue message %s/%s", request.channel, request.ts)
        if request.event_id:
            try:
                store.release_event(request.event_id)
            except redis.RedisError:
                pass
        _reply(client, request.channel, request.thread_ts, UNAVAILABLE_TEXT)
        return
    logger.info(
        "message %s",
        "enqueued" if job is not None else "already queued",
        extra={"event_id": request.event_id, "channel": request.channel,
               "job_id": job.id if job is not None else None, "links": len(request.links),
               "chars": len(request.text)},
    )
    if job is not None and settings.reactions:
        try:
            client.reactions_add(channel=request.channel, timestamp=request.ts, name=WORKING_REACTION)
        except SlackApiError as exc:  # a reaction is a courtesy; never fail the paste for it
            logger.info("could not add reaction: %s", exc.response.get("error"))


def _reply(client: WebClient, channel: str, thread_ts: str, text: str) -> None:
    try:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, **notice_message(text))
    except SlackApiError:
        logger.exception("could not post a notice to %s", channel)
