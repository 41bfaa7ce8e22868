"""The bot's own HTTP endpoint, driven with requests signed exactly as Slack signs them."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from rq import SimpleWorker
from rq.serializers import JSONSerializer

from bot.cli import build_app
from bot.server import make_wsgi
from tests.slackkit import link_blocks, message_event, post, post_command, post_event

ARTICLE = (Path(__file__).parent / "fixtures" / "slack" / "two_incidents.txt").read_text()


@pytest.fixture
def endpoint(settings):
    from waitress import create_server

    app, connection, jobs = build_app(settings)
    server = create_server(make_wsgi(app, connection, jobs, settings.slack_signing_secret), host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    port = server.effective_port
    yield type("Endpoint", (), {"url": f"http://127.0.0.1:{port}/slack/events",
                                "base": f"http://127.0.0.1:{port}", "jobs": jobs,
                                "connection": connection})
    server.close()


def wait_until(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def test_unsigned_wrongly_signed_and_stale_requests_get_401(endpoint):
    payload = message_event(ARTICLE)
    body = json.dumps(payload).encode()
    assert post(endpoint.url, body, {"Content-Type": "application/json"})[0] == 401
    assert post_event(endpoint.url, payload, secret="not-the-secret")[0] == 401
    stale = int(time.time()) - 600
    assert post_event(endpoint.url, payload, timestamp=stale)[0] == 401
    assert len(endpoint.jobs) == 0


def test_url_verification_challenge(endpoint):
    status, body = post_event(endpoint.url, {"type": "url_verification", "challenge": "abc123",
                                             "token": "x"})
    assert status == 200 and b"abc123" in body


def test_article_is_acknowledged_fast_and_enqueued_once(endpoint, slack):
    payload = message_event(ARTICLE)
    started = time.monotonic()
    status, _ = post_event(endpoint.url, payload)
    assert status == 200 and time.monotonic() - started < 3.0
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    # Slack's retry of the same event, and the same message under a new event id
    retry = post_event(endpoint.url, payload, extra_headers={"X-Slack-Retry-Num": "1",
                                                             "X-Slack-Retry-Reason": "http_timeout"})
    assert retry[0] == 200
    again = dict(payload, event_id="EvOther0001")
    assert post_event(endpoint.url, again)[0] == 200
    time.sleep(0.5)
    assert len(endpoint.jobs) == 1
    reactions = slack.wait_for("reactions.add")
    assert reactions and reactions[0].args["name"] == "eyes"


@pytest.mark.parametrize("text, fields", [
    ("thanks, on it", {}),
    (ARTICLE, {"subtype": "message_changed"}),
    (ARTICLE, {"bot_id": "BSOMEBOT", "subtype": "bot_message"}),
    (ARTICLE, {"user": "UBOTLOCAL"}),
])
def test_chatter_edits_and_bots_make_no_job(endpoint, slack, text, fields):
    payload = message_event(text, **fields)
    assert post_event(endpoint.url, payload)[0] == 200
    time.sleep(0.3)
    assert len(endpoint.jobs) == 0
    assert not slack.calls_to("chat.postMessage")


@pytest.mark.parametrize("event", [
    {"type": "message"},
    {"type": "message", "channel": 5, "ts": [], "text": {"a": 1}},
    {"type": "message", "channel": "C1", "ts": "1.2", "text": None, "user": 7},
    {"type": "app_mention", "channel": "C1", "text": "<@UBOTLOCAL> hi", "ts": "1.3", "user": "U1"},
    {"type": "member_joined_channel", "channel": "C1", "user": "U1"},
])
def test_malformed_and_other_events_get_200(endpoint, event):
    payload = {"type": "event_callback", "team_id": "T0TEAM", "api_app_id": "A0APP",
               "event_id": "EvMalformed", "event_time": 1, "event": event}
    assert post_event(endpoint.url, payload)[0] == 200
    assert len(endpoint.jobs) == 0


def test_slash_command_help_is_acknowledged(endpoint, slack):
    fields = {"command": "/incidents", "text": "help", "channel_id": "C0NEWS", "user_id": "U1",
              "team_id": "T0TEAM", "response_url": slack.response_url("h1"), "trigger_id": "t.1"}
    status, _ = post_command(endpoint.url, fields)
    assert status == 200
    responses = slack.wait_for("response")
    assert responses and "/incidents" in responses[0].args["text"]


def test_healthz_reports_redis_and_workers(endpoint, settings):
    import urllib.error
    import urllib.request

    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(endpoint.base + "/healthz", timeout=5)
    assert info.value.code == 503
    report = json.loads(info.value.read())
    assert report["redis"] is True and report["workers"] == 0
    worker = SimpleWorker([endpoint.jobs.queue], connection=endpoint.connection,
                          serializer=JSONSerializer)
    worker.register_birth()
    worker.heartbeat()
    try:
        with urllib.request.urlopen(endpoint.base + "/healthz", timeout=5) as response:
            assert response.status == 200 and json.loads(response.read())["workers"] == 1
    finally:
        worker.register_death()


def test_pasted_article_becomes_threaded_cards(endpoint, slack, settings, worker_runtime):
    payload = message_event(ARTICLE, channel="C0NEWS")
    ts = payload["event"]["ts"]
    assert post_event(endpoint.url, payload)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    worker_runtime.work()
    cards = slack.calls_to("chat.postMessage")
    assert len(cards) >= 2
    assert all(c.args["channel"] == "C0NEWS" and c.args["thread_ts"] == ts for c in cards)
    text = json.dumps([c.args["blocks"] for c in cards])
    for name in ("Diyala", "Anbar", "Islamic State", "Iraqi"):
        assert name in text, name
    done = [c.args["name"] for c in slack.calls_to("reactions.add")]
    assert "white_check_mark" in done


def test_dead_link_gets_a_clear_reply(endpoint, slack, settings, worker_runtime):
    payload = message_event("<https://does-not-exist.invalid/story>",
                            blocks=link_blocks("https://does-not-exist.invalid/story"))
    assert post_event(endpoint.url, payload)[0] == 200
    assert wait_until(lambda: len(endpoint.jobs) == 1)
    worker_runtime.work()
    replies = [c.args["text"] for c in slack.calls_to("chat.postMessage")]
    assert len(replies) == 1 and "couldn't read" in replies[0]
    assert "Traceback" not in replies[0]


def test_an_allowed_bot_such_as_the_rss_app_is_coded(settings, slack):
    """Slack's RSS app posts as a bot with the article's link in an attachment."""
    from waitress import create_server

    allowed = settings.with_(allowed_bot_ids=frozenset({"BRSSAPP"}))
    app, connection, jobs = build_app(allowed)
    server = create_server(make_wsgi(app, connection, jobs, allowed.slack_signing_secret),
                           host="127.0.0.1", port=0, threads=2)
    threading.Thread(target=server.run, daemon=True).start()
    url = f"http://127.0.0.1:{server.effective_port}/slack/events"
    try:
        rss = message_event("", subtype="bot_message", bot_id="BRSSAPP", user=None,
                            attachments=[{"title": "Clashes in Hawija",
                                          "title_link": "https://news.example/hawija-clashes",
                                          "from_url": "https://news.example/hawija-clashes"}])
        other = message_event("", subtype="bot_message", bot_id="BOTHERBOT", user=None,
                              attachments=[{"from_url": "https://news.example/other"}])
        assert post_event(url, rss)[0] == 200 and post_event(url, other)[0] == 200
        assert wait_until(lambda: len(jobs) == 1)
        time.sleep(0.3)
        assert len(jobs) == 1
        job = jobs.queue.jobs[0]
        assert job.args[0]["links"] == ["https://news.example/hawija-clashes"]
    finally:
        server.close()
