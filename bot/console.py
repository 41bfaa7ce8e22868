"""The local stand-in for Slack: type a message or a slash command, see the cards.

Like errbot's text backend or hubot's shell adapter. The same Bolt app, handlers, jobs and
store run as in production; Slack's Web API is a LocalSlack server on loopback whose calls
are rendered here, and jobs run in this process right after each line (RQ's SimpleWorker
in burst mode). `Console.handle_line` is separate from the input loop so tests feed lines.
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path
from typing import TextIO

from rq import SimpleWorker
from rq.serializers import JSONSerializer
from slack_bolt.request import BoltRequest

from bot.app import create_app
from bot.cards import render_text
from bot.config import Settings
from bot.connection import connect
from bot.localslack import Call, LocalSlack
from bot.queue import JobQueue
from bot.store import Store

CHANNEL = "CCONSOLE"
USER = "UCONSOLE"
PROMPT = "you> "
INTRO = """incidentbot console — the bot, without Slack.
  Type or paste a message (an article, or a link) and press Enter; a line with only '.'
  ends a multi-line paste started with ':paste'. ':file PATH' pastes a file.
  Slash commands work too: /incidents help.  ':quit' (or Ctrl-D) leaves.
"""


class Console:
    def __init__(self, settings: Settings, out: TextIO | None = None) -> None:
        from handlers import register_all
        from workers import runtime

        self.out = out or sys.stdout
        self.slack = LocalSlack(on_call=self._render).start()
        self.settings = settings.with_(
            slack_bot_token="xoxb-console-local",
            slack_signing_secret="console-local",
            slack_api_url=self.slack.api_url,
        )
        from bot.connection import embedded_running

        # the console stops an embedded Redis it started (its data stays on disk, AOF on);
        # one that was already running serves others too and is left alone
        self._own_redis = settings.redis_url is None and not embedded_running(settings.data_dir)
        connection = connect(self.settings)
        self.store = Store(connection, self.settings.key_prefix)
        self.jobs = JobQueue(self.settings, connection)
        self.app = create_app(
            self.settings,
            store=self.store,
            jobs=self.jobs,
            register=register_all,
            process_before_response=True,
        )
        self.runtime = runtime.init(self.settings, connection=connection)
        self.worker = SimpleWorker([self.jobs.queue], connection=connection, serializer=JSONSerializer)
        self._ids = itertools.count(1)

    def close(self) -> None:
        self.slack.stop()
        if self._own_redis:
            from bot.connection import stop_embedded

            stop_embedded(self.settings.data_dir)

    # -- rendering ------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def _render(self, call: Call) -> None:
        args = call.args
        if call.method in ("chat.postMessage", "chat.postEphemeral", "response"):
            who = "bot (only you)" if call.method == "chat.postEphemeral" or args.get(
                "response_type") == "ephemeral" else "bot"
            if args.get("channel") and args.get("channel") != CHANNEL:
                who += f" in #{args['channel']}"
            elif args.get("thread_ts"):
                who += " in thread"
            blocks = args.get("blocks")
            body = render_text(blocks) if isinstance(blocks, list) and blocks else str(args.get("text", ""))
            self._say(f"\n{who}>\n{body}\n")
        elif call.method == "reactions.add":
            self._say(f"  (bot reacted :{args.get('name')}:)")

    # -- input ----------------------------------------------------------------------------

    def _event_id(self) -> str:
        return f"EvConsole{int(time.time())}{next(self._ids)}"

    def _ts(self) -> str:
        return f"{time.time():.6f}"

    def send_message(self, text: str) -> None:
        ts = self._ts()
        body = {
            "type": "event_callback",
            "team_id": "TLOCAL",
            "event_id": self._event_id(),
            "event_time": int(time.time()),
            "event": {
                "type": "message",
                "channel": CHANNEL,
                "channel_type": "channel",
                "user": USER,
                "text": text,
                "ts": ts,
            },
        }
        self.app.dispatch(BoltRequest(body=body, mode="socket_mode"))
        self.worker.work(burst=True, logging_level="WARNING")

    def send_command(self, line: str) -> None:
        command, _, text = line.partition(" ")
        body = {
            "command": command,
            "text": text.strip(),
            "channel_id": CHANNEL,
            "channel_name": "console",
            "user_id": USER,
            "user_name": "you",
            "team_id": "TLOCAL",
            "response_url": self.slack.response_url(f"c{next(self._ids)}"),
            "trigger_id": f"trigger.{next(self._ids)}",
        }
        response = self.app.dispatch(BoltRequest(body=body, mode="socket_mode"))
        if response.status == 404:
            self._say(f"(no such command: {command})")
        elif response.body:
            self._say(response.body)
        self.worker.work(burst=True, logging_level="WARNING")

    def handle_line(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        if line.startswith("/"):
            self.send_command(line)
        else:
            self.send_message(line)


def run_console(settings: Settings, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    import logging

    if settings.log_level == "INFO":  # the terminal is for the conversation; warnings still show
        logging.getLogger().setLevel(logging.WARNING)
    print(INTRO, file=out)
    print("(loading the language model and known lists…)", file=out, flush=True)
    console = Console(settings, out=out)
    interactive = stdin.isatty()
    try:
        while True:
            if interactive:
                print(PROMPT, end="", file=out, flush=True)
            line = stdin.readline()
            if not line:
                break
            line = line.rstrip("\n")
            if line.strip() in (":quit", ":q", ":exit"):
                break
            if line.strip() == ":paste":
                lines = []
                for more in stdin:
                    if more.rstrip("\n") == ".":
                        break
                    lines.append(more)
                console.handle_line("".join(lines))
                continue
            if line.startswith(":file "):
                path = Path(line[len(":file "):].strip()).expanduser()
                try:
                    console.handle_line(path.read_text(encoding="utf-8", errors="replace"))
                except OSError as exc:
                    print(f"cannot read {path}: {exc.strerror}", file=out)
                continue
            console.handle_line(line)
    finally:
        console.close()
    return 0
