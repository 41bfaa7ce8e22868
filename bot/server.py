"""HTTP mode: Bolt's request handler behind a threaded WSGI server, plus GET /healthz.

Slack sends events, slash commands and interactivity to POST /slack/events; Bolt checks the
signature and timestamp (401 when wrong or stale) and acknowledges before listeners run.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

import redis
from rq import Worker
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.queue import JobQueue
from bot.status import is_alive

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


def health(connection: redis.Redis, jobs: JobQueue) -> tuple[bool, dict[str, Any]]:
    """Redis reachable and at least one worker heartbeat recent."""
    report: dict[str, Any] = {"redis": False, "workers": 0, "queued": None}
    try:
        connection.ping()
        report["redis"] = True
        now = time.time()
        report["workers"] = sum(1 for w in Worker.all(queue=jobs.queue) if is_alive(w, now))
        report["queued"] = len(jobs.queue)
    except redis.RedisError as exc:
        report["error"] = exc.__class__.__name__
    ok = report["redis"] and report["workers"] > 0
    report["ok"] = ok
    return ok, report


SIGNATURE_MAX_AGE = 300  # seconds a signed request's timestamp may be off (Slack's rule)
MAX_BODY_BYTES = 1024 * 1024  # Slack's payloads are far smaller; anything bigger is refused


def _respond(start_response: Callable, status: str, body: bytes, ctype: str = "text/plain"):
    start_response(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))])
    return [body]


def is_signed(
    secret: str, body: bytes, environ: dict[str, Any], max_age: int = SIGNATURE_MAX_AGE
) -> bool:
    """Slack's v0 signature over the raw bytes, with a fresh timestamp."""
    timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")
    signature = environ.get("HTTP_X_SLACK_SIGNATURE", "")
    try:
        age = abs(time.time() - int(timestamp))
    except ValueError:
        return False
    if age > max_age:
        return False
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def make_wsgi(
    app: App, connection: redis.Redis, jobs: JobQueue, signing_secret: str | None = None
) -> Callable:
    bolt = SlackRequestHandler(app)

    def events(environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > MAX_BODY_BYTES:
            return _respond(start_response, "413 Payload Too Large", b"too large")
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)
        rewritten = []

        def start_unhandled_as_ok(status: str, headers: list, exc_info: Any = None):
            # Bolt answers 404 to a correctly signed request it has no listener for (an
            # event type, an unknown payload shape); Slack would retry it and may disable the
            # app, so it is acknowledged here. 401 (bad signature) passes through unchanged.
            if status.startswith(("404", "400", "500")):
                rewritten.append(status)
                if not signing_secret or not is_signed(signing_secret, body, environ):
                    return start_response("401 Unauthorized", [("Content-Length", "0")], exc_info)
                logger.warning("unhandled Slack request acknowledged (%s)", status.split()[0])
                return start_response("200 OK", [("Content-Length", "0")], exc_info)
            return start_response(status, headers, exc_info)

        try:
            result = bolt(environ, start_unhandled_as_ok)
            return [b""] if rewritten else result
        except Exception:
            # Bolt parses the payload before checking the signature; a payload of the wrong
            # shape can make it raise. Signed by Slack: acknowledge (so Slack does not retry
            # forever) and log; unsigned: 401 as any other bad request.
            if not signing_secret or not is_signed(signing_secret, body, environ):
                return _respond(start_response, "401 Unauthorized", b"")
            logger.warning("malformed Slack payload acknowledged and dropped", exc_info=True)
            return _respond(start_response, "200 OK", b"")

    def wsgi(environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            ok, report = health(connection, jobs)
            body = json.dumps(report).encode()
            start_response(
                "200 OK" if ok else "503 Service Unavailable",
                [("Content-Type", "application/json"), ("Content-Length", str(len(body)))],
            )
            return [body]
        if path == EVENTS_PATH and method == "POST":
            return events(environ, start_response)
        body = b"not found"
        start_response("404 Not Found", [("Content-Type", "text/plain"), ("Content-Length", "9")])
        return [body]

    return wsgi


def serve_http(wsgi: Callable, *, host: str, port: int, threads: int = 8) -> None:
    from waitress import serve

    logger.info("serving Slack HTTP endpoint on http://%s:%d%s", host, port, EVENTS_PATH)
    serve(wsgi, host=host, port=port, threads=threads, ident="incidentbot")
