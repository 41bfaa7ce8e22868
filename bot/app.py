"""The Bolt app factory: a fresh app per call, nothing global at import time.

`create_app` wires settings, the store and the job queue into every request's context, so
listeners receive `settings`, `store` and `jobs` by parameter name. Which listeners exist is
the caller's choice (`register`), keeping bot's core free of imports from handlers/.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.config import Settings
from bot.known import load_actors, load_places
from bot.lookup import ActorLookup, PlaceLookup
from bot.queue import JobQueue
from bot.store import Store
from bot.subscriptions import Subscriptions

logger = logging.getLogger(__name__)

WEB_CLIENT_TIMEOUT = 15  # seconds per Web API call


def make_client(settings: Settings, token: str | None = None) -> WebClient:
    """A Web API client pointed at SLACK_API_URL, retrying 429 (Retry-After), 5xx, resets."""
    client = WebClient(
        token=token or settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=WEB_CLIENT_TIMEOUT,
    )
    client.retry_handlers.extend(
        [
            ConnectionErrorRetryHandler(max_retry_count=2),
            RateLimitErrorRetryHandler(max_retry_count=4),
            ServerErrorRetryHandler(max_retry_count=4),
        ]
    )
    return client


def create_app(
    settings: Settings,
    *,
    store: Store,
    jobs: JobQueue,
    register: Callable[[App], None],
    client: WebClient | None = None,
    verify_token: bool = True,
    process_before_response: bool = False,
    places: PlaceLookup | None = None,
    actors: ActorLookup | None = None,
) -> App:
    places = places or PlaceLookup(load_places(settings.known_places))
    actors = actors or ActorLookup(load_actors(settings.known_actors))
    subscriptions = Subscriptions(store.redis, store.prefix)
    app = App(
        signing_secret=settings.slack_signing_secret or "unused-in-socket-mode",
        client=client or make_client(settings),
        token_verification_enabled=verify_token,
        process_before_response=process_before_response,
        raise_error_for_unhandled_request=False,
        logger=logging.getLogger("incidentbot.bolt"),
    )

    @app.middleware
    def provide(context: BoltContext, next: Callable[[], None]) -> None:  # noqa: A002
        context["settings"] = settings
        context["store"] = store
        context["jobs"] = jobs
        context["subscriptions"] = subscriptions
        context["places"] = places
        context["actors"] = actors
        next()

    @app.error
    def on_error(error: Exception, body: dict, logger: logging.Logger) -> None:
        logger.exception("listener failed: %s", error.__class__.__name__, exc_info=error)

    register(app)
    return app
