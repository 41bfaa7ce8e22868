"""`incidentbot serve` in Socket Mode: envelopes over a WebSocket, acked, work enqueued once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fakesocket import FakeSocketMode
from tests.slackkit import BOT_TOKEN, message_event

ARTICLE = (Path(__file__).parent / "fixtures" / "slack" / "two_incidents.txt").read_text()
BIN = Path(sys.executable).parent / "incidentbot"


@pytest.mark.slow
def test_socket_mode_acks_and_enqueues_once_even_when_redelivered(redis_url, prefix, slack, tmp_path,
                                                                   connection):
    socket_mode = FakeSocketMode()
    slack.socket_url = socket_mode.url
    env = dict(os.environ, REDIS_URL=redis_url, INCIDENTBOT_KEY_PREFIX=prefix,
               SLACK_API_URL=slack.api_url, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_APP_TOKEN="xapp-test-1",
               INCIDENTBOT_DATA_DIR=str(tmp_path))
    env.pop("SLACK_SIGNING_SECRET", None)
    bot = subprocess.Popen([str(BIN), "serve"], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
    try:
        assert socket_mode.wait_connected(), bot.stderr.read1().decode() if bot.poll() else "no connect"
        event = message_event(ARTICLE, channel="C0SOCK")
        envelope = {"envelope_id": "env-1", "type": "events_api", "accepts_response_payload": False,
                    "retry_attempt": 0, "retry_reason": "", "payload": event}
        socket_mode.push(envelope)
        assert socket_mode.wait_ack("env-1")
        # Socket Mode redelivery: same event, a new envelope, a retry attempt
        socket_mode.push(dict(envelope, envelope_id="env-2", retry_attempt=1, retry_reason="timeout"))
        assert socket_mode.wait_ack("env-2")
        chatter = message_event("thanks, on it", channel="C0SOCK")
        socket_mode.push({"envelope_id": "env-3", "type": "events_api", "accepts_response_payload": False,
                          "retry_attempt": 0, "retry_reason": "", "payload": chatter})
        assert socket_mode.wait_ack("env-3")
        command = {"envelope_id": "env-4", "type": "slash_commands", "accepts_response_payload": True,
                   "payload": {"command": "/incidents", "text": "help", "channel_id": "C0SOCK",
                               "user_id": "U1", "team_id": "T0TEAM",
                               "response_url": slack.response_url("sock1"), "trigger_id": "t.1"}}
        socket_mode.push(command)
        assert socket_mode.wait_ack("env-4")
        assert slack.wait_for("response") and "/incidents" in slack.calls_to("response")[0].args["text"]
        time.sleep(0.5)
        queue_key = f"rq:queue:{prefix}-articles"
        jobs = connection.lrange(queue_key, 0, -1)
        assert len(jobs) == 1
    finally:
        bot.terminate()
        try:
            bot.wait(timeout=10)
        except subprocess.TimeoutExpired:
            bot.kill()
        socket_mode.close()


@pytest.mark.slow
def test_run_with_tokens_is_the_socket_mode_bot_plus_a_worker(redis_url, prefix, slack, tmp_path):
    """`make run` runs `incidentbot run`: with tokens, the bot and one worker process."""
    import signal

    socket_mode = FakeSocketMode()
    slack.socket_url = socket_mode.url
    env = dict(os.environ, REDIS_URL=redis_url, INCIDENTBOT_KEY_PREFIX=prefix,
               SLACK_API_URL=slack.api_url, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_APP_TOKEN="xapp-test-1",
               INCIDENTBOT_DATA_DIR=str(tmp_path))
    env.pop("SLACK_SIGNING_SECRET", None)
    run = subprocess.Popen([str(BIN), "run"], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        assert socket_mode.wait_connected()
        event = message_event(ARTICLE, channel="C0RUN")
        socket_mode.push({"envelope_id": "run-1", "type": "events_api",
                          "accepts_response_payload": False, "retry_attempt": 0,
                          "retry_reason": "", "payload": event})
        assert socket_mode.wait_ack("run-1")
        deadline = time.monotonic() + 60
        cards = []
        while time.monotonic() < deadline and len(cards) < 2:
            cards = [c for c in slack.calls_to("chat.postMessage")
                     if c.args.get("channel") == "C0RUN" and c.args.get("blocks")]
            time.sleep(0.1)
        assert len(cards) >= 2 and {c.args["thread_ts"] for c in cards} == {event["event"]["ts"]}
        # SIGTERM to `run` alone stops its worker too
        run.send_signal(signal.SIGTERM)
        run.wait(timeout=40)
        time.sleep(0.5)
        assert subprocess.run(["pgrep", "-s", str(run.pid)], capture_output=True).stdout == b""
    finally:
        try:
            os.killpg(run.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        socket_mode.close()
