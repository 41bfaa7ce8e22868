"""Faults and hostile input, in one process: nothing lost, nothing leaked, nothing posted twice.

The HTTP endpoint runs in a thread (waitress, as in production) and is driven with requests
signed as Slack signs them; jobs run in this process (SimpleWorker, the session's pipeline);
Slack is the LocalSlack stand-in and links point to a page server on 127.0.0.1. The tests with
real worker processes and a real Redis restart are in tests/test_worker_process.py.
"""

from __future__ import annotations

import http.server
import json
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from html import escape

import pytest
import redis
from rq import SimpleWorker
from rq.job import Job, JobStatus
from rq.registry import FailedJobRegistry, FinishedJobRegistry, ScheduledJobRegistry
from rq.serializers import JSONSerializer

from bot.cli import build_app
from bot.messages import ArticleRequest, job_id_for
from bot.queue import DEFAULT_RETRY_MAX
from bot.server import make_wsgi
from tests.slackkit import (
    link_blocks,
    message_event,
    post,
    post_command,
    post_event,
    signed_headers,
)

# ----------------------------------------------------------------------------- articles

TUZ = """Roadside bomb kills two soldiers near Tuz Khurmatu

KIRKUK, Iraq - A roadside bomb struck an Iraqi army patrol on the road between Tuz Khurmatu \
and Daquq in Salahuddin province on Wednesday, killing two soldiers and wounding three others, \
a security official said.

The official said Islamic State militants planted the device overnight on a dirt road used by \
the army to supply outposts in the Hamrin mountains. No group claimed responsibility, but \
Islamic State cells remain active in the area."""

MAKHMOUR = """Gunmen attack checkpoint near Makhmour

ERBIL, Iraq - Gunmen attacked a checkpoint of the Iraqi army near Makhmour in Nineveh province \
late on Saturday, killing one soldier and wounding two, a military statement said.

The attackers, believed to be Islamic State militants, fled towards the Qarachogh mountains \
after a firefight that lasted about twenty minutes, the statement added. Security forces \
launched a search operation in nearby villages on Sunday morning."""


def article_html(text: str, published: str = "2025-03-05") -> bytes:
    """A small news page around `text` (first line the headline, then paragraphs)."""
    head, _, rest = text.partition("\n")
    paragraphs = "".join(f"<p>{escape(p)}</p>\n" for p in rest.split("\n") if p.strip())
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(head)}</title>"
        f"<meta property='article:published_time' content='{published}T08:00:00+00:00'>"
        "</head><body><header><a href='/'>The Gulf Wire</a></header><main><article>"
        f"<h1>{escape(head)}</h1>\n{paragraphs}</article></main>"
        "<footer>Copyright The Gulf Wire</footer></body></html>"
    ).encode()


# --------------------------------------------------------------------------- page host


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    delay: float = 0.0  # seconds to stall before answering


@dataclass
class PageHost:
    """Pages on 127.0.0.1: fixed status and body per path, an optional stall; counts hits."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)

    def start(self) -> PageHost:
        host = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                path = self.path.split("?")[0]
                host.hits.append(path)
                host.arrived.set()
                route = host.routes.get(path, Route(404, b"<html><body>missing</body></html>"))
                if route.delay:
                    time.sleep(route.delay)
                try:
                    self.send_response(route.status)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    self.wfile.write(route.body)
                except OSError:
                    pass  # the client (a killed worker) hung up

            def log_message(self, *args) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address) -> None:
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def allowed(self) -> tuple[str, ...]:
        return (f"127.0.0.1:{self.port}", f"localhost:{self.port}")

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def count(self, path: str) -> int:
        return self.hits.count(path)


# ----------------------------------------------------------------------------- helpers

_INCIDENT_ID = re.compile(r"inc_[0-9a-f]{8,}")


def card_ids(slack, channel: str | None = None) -> list[str]:
    """Incident ids of the cards Slack accepted (a card starts with a header block)."""
    ids = []
    for call in slack.calls_to("chat.postMessage"):
        blocks = call.args.get("blocks") or []
        if channel and call.args.get("channel") != channel:
            continue
        if blocks and isinstance(blocks, list) and blocks[0].get("type") == "header":
            found = _INCIDENT_ID.search(json.dumps(blocks))
            ids.append(found.group(0) if found else "?")
    return ids


def notices(slack, channel: str | None = None) -> list[str]:
    return [
        c.args.get("text", "")
        for c in slack.calls_to("chat.postMessage")
        if (channel is None or c.args.get("channel") == channel)
        and (c.args.get("blocks") or [{}])[0].get("type") != "header"
    ]


def wait_until(predicate, timeout: float = 10.0, step: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())


def logged(caplog, text: str) -> int:
    return sum(text in r.getMessage() for r in caplog.records)


def drain(rt, *, due: bool = False) -> None:
    """Run every queued job in this process; `due=True` first makes scheduled retries due now
    (RQ's retry intervals are 10/30/90 s) and lets the burst worker's scheduler enqueue them."""
    if due:
        scheduled = ScheduledJobRegistry(queue=rt.queue)
        for job_id in scheduled.get_job_ids():
            rt.redis.zadd(scheduled.key, {job_id: 0})
    worker = SimpleWorker([rt.queue], connection=rt.redis, serializer=JSONSerializer)
    worker.work(burst=True, with_scheduler=due)


def job_of(payload: dict, settings, connection) -> Job:
    event = payload["event"]
    request = ArticleRequest(
        channel=event["channel"],
        ts=event["ts"],
        thread_ts=event["ts"],
        user=event.get("user"),
        text="",
    )
    return Job.fetch(
        job_id_for(request, settings.key_prefix), connection=connection, serializer=JSONSerializer
    )


def link_event(url: str, **kw) -> dict:
    return message_event(f"<{url}>", blocks=link_blocks(url), **kw)


RETRY = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}

# ---------------------------------------------------------------------------- fixtures


@pytest.fixture
def pages():
    host = PageHost().start()
    yield host
    host.close()


@pytest.fixture
def settings(settings, pages):
    return settings.with_(fetch_allowed_private=pages.allowed, fetch_timeout=5.0)


@pytest.fixture
def endpoint(settings):
    from waitress import create_server

    app, connection, jobs = build_app(settings)
    wsgi = make_wsgi(app, connection, jobs, settings.slack_signing_secret)
    server = create_server(wsgi, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    port = server.effective_port
    yield type(
        "Endpoint",
        (),
        {"url": f"http://127.0.0.1:{port}/slack/events", "jobs": jobs, "connection": connection},
    )
    server.close()
    connection.close()


@pytest.fixture
def rt(worker_runtime):
    return worker_runtime.runtime


# ------------------------------------------------------------------ 1. exactly once


def test_redelivered_event_id_makes_no_second_job_or_card(endpoint, slack, rt, caplog):
    """(a) Slack's retries of one event (X-Slack-Retry-Num 1..3), before and after the job ran."""
    caplog.set_level(logging.INFO)
    payload = message_event(TUZ)
    assert post_event(endpoint.url, payload)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    for n in (1, 2):
        headers = {"X-Slack-Retry-Num": str(n), "X-Slack-Retry-Reason": "http_timeout"}
        assert post_event(endpoint.url, payload, extra_headers=headers)[0] == 200
    assert wait_until(lambda: logged(caplog, "redelivery ignored") == 2)
    assert len(endpoint.jobs) == 1
    drain(rt)
    cards = card_ids(slack)
    assert cards and len(cards) == len(set(cards))
    # a late retry, after the job finished: still nothing new
    late = {"X-Slack-Retry-Num": "3", "X-Slack-Retry-Reason": "http_error"}
    assert post_event(endpoint.url, payload, extra_headers=late)[0] == 200
    assert wait_until(lambda: logged(caplog, "redelivery ignored") == 3)
    assert len(endpoint.jobs) == 0
    drain(rt)
    assert card_ids(slack) == cards
    assert len(FinishedJobRegistry(queue=rt.queue)) == 1


def test_event_lost_before_enqueue_is_released_so_the_retry_gets_through(
    endpoint, slack, rt, settings, connection, monkeypatch
):
    """(b) claim_event succeeded, then enqueue failed (Redis down): the claim is released, the
    user is told, and Slack's retry of the same event_id makes the job."""

    def redis_down(*args, **kwargs):
        raise redis.ConnectionError("Error 111 connecting to redis: Connection refused.")

    monkeypatch.setattr(endpoint.jobs.queue, "enqueue", redis_down)
    payload = message_event(TUZ)
    event_key = f"{settings.key_prefix}:event:{payload['event_id']}"
    assert post_event(endpoint.url, payload)[0] == 200
    replies = slack.wait_for("chat.postMessage", timeout=10)
    assert len(replies) == 1 and "paste it again" in replies[0].args["text"]
    assert replies[0].args["thread_ts"] == payload["event"]["ts"]
    assert wait_until(lambda: not connection.exists(event_key))
    assert len(endpoint.jobs) == 0

    monkeypatch.undo()  # Redis is back
    assert post_event(endpoint.url, payload, extra_headers=RETRY)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    assert connection.exists(event_key)
    drain(rt)
    assert card_ids(slack)
    assert job_of(payload, settings, connection).get_status() == JobStatus.FINISHED


def test_same_url_normalised_links_to_the_first_card(endpoint, slack, rt, pages):
    """(c) One article under two spellings of its URL (scheme/host case, utm_*, fragment):
    fetched and coded once; the second paste gets a link to the first thread."""
    pages.routes["/news/tuz"] = Route(body=article_html(TUZ))
    first = pages.url("/news/tuz?id=7&utm_source=twitter#comments", host="localhost")
    second = f"HTTP://LocalHost:{pages.port}/news/tuz?utm_medium=social&id=7&utm_campaign=x"
    one = link_event(first)
    assert post_event(endpoint.url, one)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    drain(rt)
    cards = card_ids(slack)
    assert cards and pages.count("/news/tuz") == 1

    two = link_event(second, channel="C0OTHER")
    assert post_event(endpoint.url, two)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    drain(rt)
    assert pages.count("/news/tuz") == 1  # not fetched again
    assert card_ids(slack) == cards  # no second set of cards
    [reply] = notices(slack, "C0OTHER")
    assert "coded already" in reply
    assert one["event"]["ts"].replace(".", "") in reply  # the permalink of the first thread


def test_same_text_pasted_again_links_to_the_first_card(endpoint, slack, rt):
    """(c) The same article text, re-pasted with other spacing and case in another channel."""
    one = message_event(TUZ, channel="C0NEWS")
    assert post_event(endpoint.url, one)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    drain(rt)
    cards = card_ids(slack)
    assert cards

    again = "  " + TUZ.upper().replace("\n\n", "\n \n  ") + "\n"
    two = message_event(again, channel="C0DESK")
    assert post_event(endpoint.url, two)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    drain(rt)
    assert card_ids(slack) == cards
    [reply] = notices(slack, "C0DESK")
    assert "coded already" in reply and one["event"]["ts"].replace(".", "") in reply


def test_running_the_same_job_twice_posts_cards_once(endpoint, slack, rt, settings, connection):
    """(d) Posting is idempotent per (incident, channel): the job re-run (a retry after its
    result was lost) and the same message under another job id (a delivery that slipped past
    the event dedupe) post nothing new."""
    payload = message_event(MAKHMOUR)
    assert post_event(endpoint.url, payload)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    drain(rt)
    cards = card_ids(slack)
    assert cards

    job = job_of(payload, settings, connection)
    rt.queue.enqueue_job(job)  # the very same job, run again
    drain(rt)
    assert card_ids(slack) == cards

    rt.queue.enqueue(
        "workers.jobs.process_article", job.args[0], job_id=f"{settings.key_prefix}-other"
    )
    drain(rt)
    assert card_ids(slack) == cards
    assert len(FinishedJobRegistry(queue=rt.queue)) == 2


# --------------------------------------------------------------------- 4. Slack hiccups


def test_rate_limit_then_server_error_then_ok_posts_the_card_once(
    endpoint, slack, rt, settings, connection
):
    """429 with Retry-After: 1, then 500, then ok: slack_sdk's retry handlers (bot/app.py) see
    both through within one call; the job never fails and the card is posted once."""
    slack.fail_next("chat.postMessage", status=429, headers={"Retry-After": "1"})
    slack.fail_next("chat.postMessage", status=500)
    payload = message_event(TUZ)
    assert post_event(endpoint.url, payload)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    drain(rt)
    cards = card_ids(slack)
    attempts = [a for a in slack.attempts if a.method == "chat.postMessage"]
    assert cards and len(cards) == len(set(cards))
    assert len(attempts) == len(cards) + 2
    job = job_of(payload, settings, connection)
    assert job.get_status() == JobStatus.FINISHED and job.retries_left == DEFAULT_RETRY_MAX


def test_not_in_channel_ends_the_job_without_retry_and_warns(
    endpoint, slack, rt, settings, connection, caplog
):
    caplog.set_level(logging.INFO)
    slack.channel_error("C0GONE", "not_in_channel")
    payload = message_event(TUZ, channel="C0GONE")
    assert post_event(endpoint.url, payload)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    drain(rt)
    job = job_of(payload, settings, connection)
    assert job.get_status() == JobStatus.FINISHED
    assert job.retries_left == DEFAULT_RETRY_MAX
    assert len(ScheduledJobRegistry(queue=rt.queue)) == 0
    posts = [a for a in slack.attempts if a.method == "chat.postMessage"]
    assert len(posts) == 1  # one refused card, no loop, no notice
    warnings = [
        r
        for r in caplog.records
        if r.levelno == logging.WARNING and "not_in_channel" in r.getMessage()
    ]
    assert warnings and "C0GONE" in warnings[0].getMessage()


# ------------------------------------------------------------ 5. transient vs permanent


def test_link_404_gets_one_reply_and_no_retry(endpoint, slack, rt, pages, settings, connection):
    pages.routes["/gone"] = Route(404, b"<html><body>Not found</body></html>")
    payload = link_event(pages.url("/gone"))
    assert post_event(endpoint.url, payload)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    drain(rt)
    job = job_of(payload, settings, connection)
    assert job.get_status() == JobStatus.FINISHED
    assert job.retries_left == DEFAULT_RETRY_MAX and len(ScheduledJobRegistry(queue=rt.queue)) == 0
    [reply] = notices(slack)
    assert "couldn't read" in reply and "not found" in reply
    assert pages.count("/gone") == 1 and not card_ids(slack)


def test_link_503_is_retried_and_the_user_gets_one_reply_after_the_last_attempt(
    endpoint, slack, rt, pages, settings, connection
):
    pages.routes["/busy"] = Route(503, b"<html><body>Service Unavailable</body></html>")
    payload = link_event(pages.url("/busy"))
    assert post_event(endpoint.url, payload)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    drain(rt)
    scheduled = ScheduledJobRegistry(queue=rt.queue)
    for left in range(DEFAULT_RETRY_MAX - 1, -1, -1):
        job = job_of(payload, settings, connection)
        assert job.get_status() == JobStatus.SCHEDULED and job.retries_left == left
        assert job.id in scheduled.get_job_ids()
        assert not notices(slack)  # nobody is told while a retry is pending
        drain(rt, due=True)
    job = job_of(payload, settings, connection)
    assert job.get_status() == JobStatus.FINISHED and len(scheduled) == 0
    assert pages.count("/busy") == DEFAULT_RETRY_MAX + 1
    [reply] = notices(slack)
    assert "couldn't read" in reply and "error" in reply
    assert len(FailedJobRegistry(queue=rt.queue)) == 0


def test_unexpected_error_is_retried_then_kept_in_the_failed_registry(
    endpoint, slack, rt, settings, connection
):
    class Broken:
        def analyze(self, *args, **kwargs):
            raise RuntimeError("pipeline exploded")

    rt._pipeline = Broken()
    payload = message_event(TUZ)
    assert post_event(endpoint.url, payload)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    drain(rt)
    for _ in range(DEFAULT_RETRY_MAX):
        assert not notices(slack)
        drain(rt, due=True)
    job = job_of(payload, settings, connection)
    failed = FailedJobRegistry(queue=rt.queue)
    assert job.get_status() == JobStatus.FAILED and job.id in failed.get_job_ids()
    assert "pipeline exploded" in (job.latest_result().exc_string or "")
    [reply] = notices(slack)
    assert "Something went wrong" in reply and job.id in reply and "Traceback" not in reply
    assert "x" in [c.args["name"] for c in slack.calls_to("reactions.add")]


# ------------------------------------------------------------- 6. malformed payloads

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


MALFORMED = [
    pytest.param(b"{not json", JSON, id="json-broken"),
    pytest.param(b"", JSON, id="json-empty"),
    pytest.param(b"\xff\xfe\x00garbage", JSON, id="json-not-utf8"),
    pytest.param(b"[1, 2, 3]", JSON, id="json-array"),
    pytest.param(b"null", JSON, id="json-null"),
    pytest.param(b'"event_callback"', JSON, id="json-string"),
    pytest.param(b"{}", JSON, id="json-empty-object"),
    pytest.param(
        json.dumps({"type": "event_callback", "team_id": "T0TEAM"}).encode(),
        JSON,
        id="event-missing",
    ),
    pytest.param(
        json.dumps({"type": "event_callback", "event": [1, 2], "event_id": 5}).encode(),
        JSON,
        id="event-is-a-list",
    ),
    pytest.param(
        json.dumps(
            {"type": "event_callback", "event": "message", "team_id": ["T"], "event_id": {"x": 1}}
        ).encode(),
        JSON,
        id="event-is-a-string",
    ),
    pytest.param(
        json.dumps(
            {
                "type": "event_callback",
                "team_id": "T0TEAM",
                "event_id": "Ev1",
                "event": {
                    "type": "message",
                    "channel": "C1",
                    "ts": "1.1",
                    "user": "U1",
                    "text": "short",
                    "blocks": "nope",
                    "thread_ts": 7,
                    "attachments": {"a": 1},
                },
            }
        ).encode(),
        JSON,
        id="message-fields-wrong-types",
    ),
    pytest.param(
        json.dumps({"type": 42, "event": {"type": None}}).encode(),
        JSON,
        id="type-int",
    ),
    pytest.param(
        json.dumps({"type": "block_actions"}).encode(),
        JSON,
        id="unknown-type",
    ),
    pytest.param(b"payload=%7Bnot+json", FORM, id="interactivity-broken"),
    pytest.param(b"payload=%5B1%2C2%5D", FORM, id="interactivity-array"),
    pytest.param(b"payload=null", FORM, id="interactivity-null"),
    pytest.param(b"command=%2Fincidents", FORM, id="command-fields-missing"),
    pytest.param(
        b"command=%2Fincidents&text=help&response_url=not-a-url",
        FORM,
        id="command-bad-response-url",
    ),
    pytest.param(b"%%%&&&===", FORM, id="form-garbage"),
    pytest.param(b"<xml>hello</xml>", "text/xml", id="wrong-content-type"),
]


@pytest.mark.parametrize("body, ctype", MALFORMED)
def test_malformed_payloads_get_200_signed_401_unsigned_and_never_a_crash(endpoint, body, ctype):
    assert post(endpoint.url, body, {"Content-Type": ctype})[0] == 401
    status, _ = post(endpoint.url, body, signed_headers(body, content_type=ctype))
    assert status == 200
    assert len(endpoint.jobs) == 0


def test_malformed_payloads_are_logged_as_warnings(endpoint, caplog):
    caplog.set_level(logging.INFO)
    for body, ctype in ((b"{not json", JSON), (b"payload=%7Bnot+json", FORM)):
        assert post(endpoint.url, body, signed_headers(body, content_type=ctype))[0] == 200
    event = {
        "type": "event_callback",
        "event_id": "EvBad1",
        "team_id": "T0TEAM",
        "event": {"type": "message", "channel": 5, "ts": [], "text": {"a": 1}},
    }
    assert post_event(endpoint.url, event)[0] == 200
    assert wait_until(lambda: sum(r.levelno == logging.WARNING for r in caplog.records) >= 3)
    texts = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert sum("malformed" in t for t in texts) >= 3


def test_huge_body_is_refused_before_it_is_read_and_the_endpoint_keeps_working(endpoint, slack, rt):
    huge = json.dumps({"type": "event_callback", "pad": "x" * (2 * 1024 * 1024)}).encode()
    assert post(endpoint.url, huge, {"Content-Type": JSON})[0] == 413
    assert post(endpoint.url, huge, signed_headers(huge, content_type=JSON))[0] == 413
    # a big but legal message (Slack's 40 000 characters) still works, signed or not
    big = message_event((TUZ + "\n\n") * 90)
    assert post(endpoint.url, json.dumps(big).encode(), {"Content-Type": JSON})[0] == 401
    assert post_event(endpoint.url, big)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    fields = {
        "command": "/incidents",
        "text": "help",
        "channel_id": "C0NEWS",
        "user_id": "U1",
        "team_id": "T0TEAM",
        "response_url": slack.response_url("h1"),
        "trigger_id": "t.1",
    }
    assert post_command(endpoint.url, fields)[0] == 200


def test_the_articles_give_incidents(pipeline):
    """A guard for the tests above that rely on cards."""
    for text in (TUZ, MAKHMOUR):
        assert pipeline.analyze(text, published=date(2025, 3, 5)).incidents


def test_a_second_article_on_a_known_incident_still_gets_its_card_in_its_thread(
    connection, prefix, slack, settings
):
    """Claims are per thread; the channel is marked so subscriptions send no second copy."""
    from bot.app import make_client
    from bot.models import Incident, Location
    from bot.store import Store
    from bot.subscriptions import Subscription, Subscriptions
    from workers.publish import deliver_to_subscribers, post_cards

    store, subs = Store(connection, prefix), Subscriptions(connection, prefix)
    client = make_client(settings)
    incident = Incident(summary="s", event_type="Battles", sub_event_type="Armed clash",
                        date="2026-11-10", location=Location(name="Hawija", province="Kirkuk",
                                                             province_code="IQ-KI", precision="town"))
    subs.add(Subscription(channel="C0A", place_id="IQ-KI", place_name="Kirkuk",
                          place_kind="province", place_key="prov:IQ-KI"))
    assert len(post_cards(client, store, channel="C0A", thread_ts="1.1", incidents=[incident],
                          owner="job1")) == 1
    assert len(post_cards(client, store, channel="C0A", thread_ts="2.2", incidents=[incident],
                          owner="job2")) == 1
    assert post_cards(client, store, channel="C0A", thread_ts="2.2", incidents=[incident],
                      owner="job3") == []
    assert deliver_to_subscribers(client, store, subs, incidents=[incident], origin_channel="C0B",
                                  owner="job4") == {}
    assert store.posted_ts(incident.id, "C0A") is not None
