"""The whole spine as deployed: `incidentbot serve --http` and `incidentbot worker` processes,
a signed Slack event over HTTP, cards posted in the thread at the fake Slack Web API."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.slackkit import BOT_TOKEN, SIGNING_SECRET, message_event, post_event

ARTICLE = (Path(__file__).parent / "fixtures" / "slack" / "two_incidents.txt").read_text()
BIN = Path(sys.executable).parent / "incidentbot"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.slow
def test_serve_http_and_worker_processes_post_threaded_cards(redis_url, prefix, slack, tmp_path):
    port = free_port()
    env = dict(os.environ, REDIS_URL=redis_url, INCIDENTBOT_KEY_PREFIX=prefix,
               SLACK_API_URL=slack.api_url, SLACK_BOT_TOKEN=BOT_TOKEN,
               SLACK_SIGNING_SECRET=SIGNING_SECRET, INCIDENTBOT_DATA_DIR=str(tmp_path),
               LOG_FORMAT="json")
    env.pop("SLACK_APP_TOKEN", None)
    server = subprocess.Popen([str(BIN), "serve", "--http", "--port", str(port), "--host", "127.0.0.1"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    worker = subprocess.Popen([str(BIN), "worker"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        healthy = False
        while time.monotonic() < deadline and not healthy:
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=2) as response:
                    healthy = response.status == 200
            except OSError:
                time.sleep(0.2)
        assert healthy, "server or worker did not come up"
        payload = message_event(ARTICLE, channel="C0E2E")
        started = time.monotonic()
        status, _ = post_event(url + "/slack/events", payload)
        assert status == 200 and time.monotonic() - started < 3
        cards = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(cards) < 2:
            cards = [c for c in slack.calls_to("chat.postMessage") if c.args.get("blocks")]
            time.sleep(0.1)
        assert len(cards) >= 2
        assert {c.args["thread_ts"] for c in cards} == {payload["event"]["ts"]}
        text = json.dumps([c.args["blocks"] for c in cards])
        for name in ("Diyala", "Anbar", "Islamic State", "Iraqi Security Forces"):
            assert name in text
        # SIGTERM: the worker finishes and exits cleanly
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=30) == 0
        log = worker.stderr.read().decode()
        assert "loaded once" in log
    finally:
        for proc in (server, worker):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
