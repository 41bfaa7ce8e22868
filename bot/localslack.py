"""A small stand-in for Slack's Web API on loopback: records calls and answers like Slack.

The console renders the bot's messages from it; tests point slack_sdk's `base_url` at it and
assert on what was recorded. It speaks the Web API's form/JSON bodies, answers the methods
the bot uses, accepts `response_url` posts at /response/<id>, and can be told to fail
(`fail_next("chat.postMessage", status=429, headers={"Retry-After": "1"})`).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_USER_ID = "UBOTLOCAL"
BOT_ID = "BBOTLOCAL"
TEAM_ID = "TLOCAL"


@dataclass
class Call:
    method: str  # Web API method name, or "response" for response_url posts
    args: dict[str, Any]
    at: float = field(default_factory=time.time)


@dataclass
class Failure:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]


class LocalSlack:
    def __init__(self, on_call: Callable[[Call], None] | None = None, port: int = 0) -> None:
        self.calls: list[Call] = []  # calls Slack answered with ok
        self.attempts: list[Call] = []  # every call, failed ones too
        self.on_call = on_call
        self._lock = threading.Lock()
        self._failures: dict[str, list[Failure]] = {}
        self._ts = 1_700_000_000.000100
        self._channel_errors: dict[str, str] = {}
        self._channel_info: dict[str, dict[str, Any]] = {}
        self.socket_url: str | None = None  # what apps.connections.open hands out (Socket Mode)
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self._handler_class())
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # -- lifecycle --------------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def api_url(self) -> str:
        return self.url + "api/"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.url}response/{name}"

    def start(self) -> LocalSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> LocalSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- test controls ----------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        status: int = 200,
        error: str | None = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        body = {"ok": False, "error": error or ("ratelimited" if status == 429 else "internal_error")}
        with self._lock:
            for _ in range(times):
                self._failures.setdefault(method, []).append(Failure(status, body, headers or {}))

    def channel_error(self, channel: str, error: str | None) -> None:
        """Make every post to `channel` fail with e.g. not_in_channel (None clears it)."""
        with self._lock:
            if error:
                self._channel_errors[channel] = error
            else:
                self._channel_errors.pop(channel, None)

    def set_channel_info(self, channel: str, **info: Any) -> None:
        """What conversations.info says of a channel (is_member, is_private, is_archived…)."""
        with self._lock:
            self._channel_info[channel] = info

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 30.0) -> list[Call]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_to(method)
            if len(found) >= count:
                return found
            time.sleep(0.05)
        return self.calls_to(method)

    def clear(self) -> None:
        with self._lock:
            self.calls.clear()

    # -- answering --------------------------------------------------------------------

    def _next_ts(self) -> str:
        with self._lock:
            self._ts += 0.0001
            return f"{self._ts:.6f}"

    def _answer(self, method: str, args: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]]:
        with self._lock:
            queue = self._failures.get(method)
            failure = queue.pop(0) if queue else None
            channel_error = self._channel_errors.get(str(args.get("channel", "")))
        if failure is not None:
            return failure.status, failure.body, failure.headers
        if channel_error and method.startswith(("chat.", "reactions.")):
            return 200, {"ok": False, "error": channel_error}, {}
        if method == "auth.test":
            return 200, {
                "ok": True,
                "url": "https://local.slack.invalid/",
                "team": "Local",
                "user": "incidentbot",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
            }, {}
        if method in ("chat.postMessage", "chat.update"):
            ts = args.get("ts") if method == "chat.update" else self._next_ts()
            return 200, {"ok": True, "channel": args.get("channel"), "ts": ts, "message": {
                "text": args.get("text"), "ts": ts, "thread_ts": args.get("thread_ts")}}, {}
        if method == "chat.postEphemeral":
            return 200, {"ok": True, "message_ts": self._next_ts()}, {}
        if method == "chat.getPermalink":
            channel, ts = args.get("channel", ""), str(args.get("message_ts", ""))
            link = f"https://local.slack.invalid/archives/{channel}/p{ts.replace('.', '')}"
            return 200, {"ok": True, "channel": channel, "permalink": link}, {}
        if method == "conversations.info":
            channel = str(args.get("channel", ""))
            info = {"id": channel, "name": channel.lower(), "is_member": True,
                    "is_private": channel.startswith("G"), "is_im": channel.startswith("D")}
            with self._lock:
                override = self._channel_info.get(channel)
            if override is not None and override.get("error"):
                return 200, {"ok": False, "error": override["error"]}, {}
            info.update(override or {})
            return 200, {"ok": True, "channel": info}, {}
        if method == "apps.connections.open":
            if not self.socket_url:
                return 200, {"ok": False, "error": "socket_mode_not_enabled"}, {}
            return 200, {"ok": True, "url": self.socket_url}, {}
        if method in ("reactions.add", "reactions.remove", "conversations.join"):
            return 200, {"ok": True}, {}
        if method == "response":
            return 200, {"ok": True}, {}
        return 200, {"ok": False, "error": "unknown_method"}, {}

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        slack = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                ctype = self.headers.get("Content-Type", "")
                if "json" in ctype:
                    try:
                        args = json.loads(raw) if raw else {}
                    except ValueError:
                        args = {"_raw": raw}
                else:
                    args = {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}
                    for key in ("blocks", "attachments"):
                        if isinstance(args.get(key), str):
                            try:
                                args[key] = json.loads(args[key])
                            except ValueError:
                                pass
                path = self.path.split("?")[0]
                if path.startswith("/api/"):
                    method = path[len("/api/"):]
                elif path.startswith("/response/"):
                    method = "response"
                    args["_response_id"] = path[len("/response/"):]
                else:
                    self.send_error(404)
                    return
                auth = self.headers.get("Authorization", "")
                if method != "response" and not auth.startswith("Bearer "):
                    args.setdefault("token", None)
                status, body, headers = slack._answer(method, args)
                with slack._lock:
                    slack.attempts.append(Call(method, args))
                if body.get("ok") or method == "response":
                    call = Call(method, args)
                    with slack._lock:
                        slack.calls.append(call)
                    if slack.on_call:
                        try:
                            slack.on_call(call)
                        except Exception:  # the renderer must not break the server
                            pass
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST  # noqa: N815

        return Handler
