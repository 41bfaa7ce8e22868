"""Posting cards and notices into Slack: idempotent per (incident, channel).

A card is posted only by the job that claimed it (store.claim_post); a job retried after
its worker died re-takes its own claim, so the card still appears once.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.cards import incident_message, notice_message
from bot.models import Incident
from bot.store import Store
from bot.subscriptions import Subscriptions

logger = logging.getLogger(__name__)

# Slack errors that no retry can fix: the channel is gone or the bot is not in it
CHANNEL_GONE = frozenset({"not_in_channel", "channel_not_found", "is_archived", "access_denied"})


def post_cards(
    client: WebClient,
    store: Store,
    *,
    channel: str,
    thread_ts: str | None,
    incidents: Sequence[Incident],
    owner: str,
    source_url: str | None = None,
) -> list[str]:
    """Post one card per incident into the thread; returns the ts of the cards posted now.

    Claims are per thread: a second article about an incident that a channel already has
    still gets its card in its own thread, while the channel is marked as having the card,
    so a subscription never sends it there again.
    """
    posted: list[str] = []
    target = f"{channel}/{thread_ts}" if thread_ts else channel
    for incident in incidents:
        if not store.claim_post(incident.id, target, owner):
            logger.info("card %s already in %s", incident.id, target)
            continue
        try:
            response = client.chat_postMessage(
                channel=channel,
                thread_ts=thread_ts,
                **incident_message(incident, source_url=source_url),
            )
        except Exception:
            store.abort_post(incident.id, target)
            raise
        ts = str(response.get("ts"))
        store.finish_post(incident.id, target, ts)
        store.mark_delivered(incident.id, channel, ts)
        posted.append(ts)
    return posted


def post_notice(client: WebClient, *, channel: str, thread_ts: str | None, text: str) -> str | None:
    """A short reply in the thread; a failure to post it is logged, not raised."""
    try:
        response = client.chat_postMessage(channel=channel, thread_ts=thread_ts, **notice_message(text))
        return str(response.get("ts"))
    except SlackApiError as exc:
        logger.warning("could not post notice to %s: %s", channel, exc.response.get("error"))
        return None


def set_reaction(client: WebClient, *, channel: str, ts: str, remove: str | None, add: str | None) -> None:
    """Swap the working reaction for the outcome's; best effort."""
    for name, call in ((remove, client.reactions_remove), (add, client.reactions_add)):
        if not name:
            continue
        try:
            call(channel=channel, timestamp=ts, name=name)
        except SlackApiError as exc:
            logger.debug("reaction %s on %s: %s", name, channel, exc.response.get("error"))


def permalink(client: WebClient, channel: str, ts: str) -> str | None:
    try:
        return client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
    except SlackApiError:
        return None


def deliver_to_subscribers(
    client: WebClient,
    store: Store,
    subscriptions: Subscriptions,
    *,
    incidents: Sequence[Incident],
    origin_channel: str,
    owner: str,
    source_url: str | None = None,
) -> dict[str, int]:
    """Post each incident into every subscribed channel, once per (incident, channel).

    Never into the channel it was pasted in (its thread has the card already). A channel
    Slack will not let us post in (not_in_channel, channel_not_found, is_archived) has its
    subscriptions paused and kept; other Slack errors propagate so the job is retried, and
    the claims make the retry skip what was already delivered.
    """
    delivered: dict[str, int] = {}
    gone: set[str] = set()
    for incident in incidents:
        channels = []
        for sub in subscriptions.matching(incident):
            if sub.channel != origin_channel and sub.channel not in channels and sub.channel not in gone:
                channels.append(sub.channel)
        for channel in channels:
            if not store.claim_post(incident.id, channel, owner):
                continue
            try:
                response = client.chat_postMessage(
                    channel=channel,
                    **incident_message(incident, source_url=source_url, note=f"from <#{origin_channel}>"),
                )
            except SlackApiError as exc:
                store.abort_post(incident.id, channel)
                error = exc.response.get("error")
                if error in CHANNEL_GONE:
                    paused = subscriptions.pause_channel(channel, error)
                    gone.add(channel)
                    logger.warning("paused %d subscription(s) of %s: %s", len(paused), channel, error)
                    continue
                raise
            except Exception:
                store.abort_post(incident.id, channel)
                raise
            store.finish_post(incident.id, channel, str(response.get("ts")))
            delivered[channel] = delivered.get(channel, 0) + 1
    return delivered
