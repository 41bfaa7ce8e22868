"""RQ entry points. Each calls the pipeline's small modules in order:

fetch → article → pipeline (nlp → matching → incidents) → store → publish.

Known failures become a short reply in the thread; transient ones are raised so RQ retries
them (bot.queue sets the Retry); the unexpected propagate so RQ records them in its failed
registry, and the user is told on the last attempt.
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import date, datetime, timezone
from typing import Any

from rq import get_current_job
from slack_sdk.errors import SlackApiError

from bot.errors import FetchError
from bot.messages import ArticleRequest, text_fingerprint
from bot.models import Analysis, Source
from workers import article as article_text
from workers import fetch as fetching
from workers import publish, runtime

logger = logging.getLogger(__name__)

DONE_REACTION = "white_check_mark"
EMPTY_REACTION = "heavy_minus_sign"
FAILED_REACTION = "x"
MAX_ANALYZED_CHARS = 100_000  # characters of a fetched article given to the pipeline


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _message_day(ts: str | None) -> date | None:
    try:
        return datetime.fromtimestamp(float(ts or ""), tz=timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        return None


def _job_id() -> str:
    job = get_current_job()
    return job.id if job is not None else "inline"


def _last_attempt() -> bool:
    job = get_current_job()
    if job is None:
        return True
    return not (job.retries_left or 0)


def _url_fingerprint(url: str) -> str:
    return "url-" + hashlib.sha256(fetching.normalize_url(url).encode()).hexdigest()[:24]


def read_link(url: str, settings) -> tuple[str, Source]:
    """Fetch a link and pull out its article text; raises FetchError subclasses."""
    page = fetching.fetch(
        url,
        timeout=settings.fetch_timeout,
        max_bytes=settings.fetch_max_bytes,
        allowed_private=settings.fetch_allowed_private,
    )
    art = article_text.extract_from_page(page)
    source = Source(url=page.url, title=art.title, site=art.site_name, published=art.published)
    return art.text[:MAX_ANALYZED_CHARS], source


def process_article(payload: dict[str, Any]) -> dict[str, Any]:
    """Code one pasted message (text or links) and post its cards in the thread."""
    rt = runtime.current()
    request = ArticleRequest.from_dict(payload)
    try:
        return _process(rt, request)
    except Exception as exc:
        if _last_attempt() and not isinstance(exc, FetchError):
            publish.post_notice(
                rt.client,
                channel=request.channel,
                thread_ts=request.thread_ts,
                text=f":x: Something went wrong while coding this message; nothing was lost "
                f"and the team can inspect job `{_job_id()}` in the failed registry.",
            )
            if rt.settings.reactions:
                publish.set_reaction(
                    rt.client, channel=request.channel, ts=request.ts, remove="eyes", add=FAILED_REACTION
                )
        raise


def _process(rt: runtime.Runtime, request: ArticleRequest) -> dict[str, Any]:
    started = time.monotonic()
    owner = _job_id()
    where = {"channel": request.channel, "ts": request.thread_ts}
    client, store, settings = rt.client, rt.store, rt.settings
    result: dict[str, Any] = {"incidents": [], "notices": []}

    def notice(text: str) -> None:
        result["notices"].append(text)
        publish.post_notice(client, channel=request.channel, thread_ts=request.thread_ts, text=text)

    def seen_before(fingerprint: str, what: str) -> bool:
        """A link or text pasted again within the window links to its first card."""
        earlier = store.remember_source(fingerprint, where, settings.dedupe_window)
        if earlier:
            link = publish.permalink(client, earlier["channel"], earlier["ts"])
            notice(f"This {what} was coded already: {link or 'see the earlier thread'}.")
        return bool(earlier)

    work: list[tuple[str, Source]] = []
    if len(request.text) >= settings.min_article_chars:
        if not seen_before(text_fingerprint(request.text), "text"):
            url = request.links[0] if request.links else None
            source = Source(url=url, channel=request.channel, ts=request.ts)
            work.append((request.text[: settings.max_text_chars], source))
    else:
        for url in request.links:
            fingerprint = _url_fingerprint(url)
            if seen_before(fingerprint, "link"):
                continue
            try:
                text, source = read_link(url, settings)
            except FetchError as exc:
                store.forget_source(fingerprint)
                if exc.transient and not _last_attempt():
                    logger.info("transient fetch failure, will retry: %s", exc.__class__.__name__)
                    raise
                notice(f":warning: I couldn't read <{url}|this link>: {exc.reason}.")
                continue
            source.channel, source.ts = request.channel, request.ts
            work.append((text, source))

    analyses: list[Analysis] = []
    for text, source in work:
        # a pasted text carries no date of its own: it is taken to be today's news, so
        # "on Tuesday" resolves against the day it was pasted
        published = _parse_date(source.published) or _message_day(request.ts)
        analyses.append(rt.pipeline.analyze(text, published=published, source=source))

    try:
        for analysis in analyses:
            incidents = store.canonical(analysis.incidents)
            origin = {"channel": request.channel, "ts": request.thread_ts, "user": request.user}
            store.save_incidents(incidents, analysis.source, origin)
            publish.post_cards(
                client,
                store,
                channel=request.channel,
                thread_ts=request.thread_ts,
                incidents=incidents,
                owner=owner,
                source_url=analysis.source.url,
            )
            result["incidents"].extend(i.id for i in incidents)
            publish.deliver_to_subscribers(
                client,
                store,
                rt.subscriptions,
                incidents=incidents,
                origin_channel=request.channel,
                owner=owner,
                source_url=analysis.source.url,
            )
            if not incidents:
                if analysis.notes:
                    notice("No incident found. " + " ".join(analysis.notes))
                else:
                    notice(
                        "No incident found in this text: I look for attacks, clashes, "
                        "explosions, protests and arrests with a place in Iraq or Syria."
                    )
    except SlackApiError as exc:
        error = exc.response.get("error")
        if error in publish.CHANNEL_GONE:
            logger.warning("cannot post in %s: %s", request.channel, error)
            return result
        raise

    store.save_message_result(request.channel, request.ts, result)
    if settings.reactions:
        outcome = DONE_REACTION if result["incidents"] else EMPTY_REACTION
        publish.set_reaction(client, channel=request.channel, ts=request.ts, remove="eyes", add=outcome)
    logger.info(
        "coded %s/%s: %d incident(s)",
        request.channel,
        request.ts,
        len(result["incidents"]),
        extra={
            "job_id": owner,
            "event_id": request.event_id,
            "channel": request.channel,
            "incidents": len(result["incidents"]),
            "links": len(request.links),
            "duration_ms": round((time.monotonic() - started) * 1000),
        },
    )
    return result
