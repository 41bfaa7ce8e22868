"""The `incidentbot` command. An entry point: it alone wires handlers and workers together."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from bot.config import Settings
from bot.errors import ConfigError, FetchError, IncidentBotError
from bot.logs import setup_logging
from bot.models import Analysis, Source

logger = logging.getLogger("incidentbot")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="incidentbot", description=__doc__)
    parser.add_argument("--log-format", choices=("text", "json"), help="overrides LOG_FORMAT")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the Slack bot (Socket Mode, or HTTP with --http)")
    serve.add_argument("--http", action="store_true", help="serve the Events API over HTTP")
    serve.add_argument("--port", type=int, default=3000)
    serve.add_argument("--host", default="0.0.0.0")

    worker = sub.add_parser("worker", help="run an RQ worker with the NLP pipeline loaded once")
    worker.add_argument("--burst", action="store_true", help="exit when the queue is empty")
    worker.add_argument("--simple", action="store_true", help="run jobs in-process, no fork")

    analyze = sub.add_parser("analyze", help="code an article from a file, a URL or stdin (-)")
    analyze.add_argument("source", help="PATH, URL or - for stdin")
    analyze.add_argument("--json", action="store_true", help="print the analysis as JSON")
    analyze.add_argument("--jsonl", action="store_true",
                         help='read JSON lines {"id","text","date"} (or "url"), write one result a line')
    analyze.add_argument("--date", help="publication date YYYY-MM-DD when the text has none")

    status = sub.add_parser("status", help="queues, workers, failed jobs, Redis memory")
    status.add_argument("--json", action="store_true")
    status.add_argument("--check", action="store_true",
                        help="exit 1 unless Redis answers and a worker is alive (health checks)")

    export = sub.add_parser("export", help="the archive as ACLED-like CSV or GeoJSON points")
    export.add_argument("--since", default="30d", help="24h, 30d, 2w or a date YYYY-MM-DD")
    export.add_argument("--format", choices=("csv", "geojson"), default="csv")
    export.add_argument("--province", help="a province (fuzzy: anbar, ninawa …)")
    export.add_argument("--output", "-o", help="file to write (default stdout)")

    sub.add_parser("console", help="try the bot in the terminal, no Slack workspace needed")
    sub.add_parser("run", help="console without Slack tokens; else Socket Mode bot plus a worker")
    return parser


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--date must be YYYY-MM-DD, got {value!r}") from None


# -- analyze ----------------------------------------------------------------------------


def _read_source(source: str, settings: Settings) -> tuple[str, Source]:
    if source == "-":
        return sys.stdin.read(), Source()
    if source.lower().startswith(("http://", "https://")):
        from workers.jobs import read_link

        return read_link(source, settings)
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8", errors="replace"), Source(title=path.name)
    except OSError as exc:
        raise IncidentBotError(f"cannot read {source}: {exc.strerror or exc}") from None


def format_analysis(analysis: Analysis) -> str:
    from bot.cards import actors_line, place_line

    if not analysis.incidents:
        notes = " ".join(analysis.notes)
        return "No incident found." + (f" {notes}" if notes else "")
    lines: list[str] = []
    for n, inc in enumerate(analysis.incidents, 1):
        loc = inc.location
        lines.append(f"{n}. {inc.event_type} — {inc.sub_event_type}  [{inc.id}]")
        if loc is not None:
            coords = f" ({loc.lat:.4f}, {loc.lon:.4f})" if loc.lat is not None else ""
            lines.append(f"   Where:  {place_line(loc)} [{loc.precision}, {loc.province_code}]{coords}")
        lines.append(f"   When:   {inc.date or 'not stated'}")
        lines.append("   Who:    " + actors_line(inc).replace("*", "").replace("\n", "; "))
        lines.append(f"   Killed: {inc.killed if inc.killed is not None else '-'}   "
                     f"Injured: {inc.injured if inc.injured is not None else '-'}   "
                     f"Confidence: {inc.confidence:.0%}")
        lines.append(f"   {inc.summary}")
        for sentence in inc.evidence:
            lines.append(f"   > {sentence}")
        lines.append("")
    return "\n".join(lines).rstrip()


def _jsonl_items(stream: TextIO, default_day: date | None, settings: Settings
                 ) -> Iterator[tuple[Any, str | None, tuple[str, date | None, Source | None]]]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("not an object")
        except ValueError as exc:
            yield None, f"line {number}: not a JSON object ({exc})", ("", None, None)
            continue
        day = default_day
        if item.get("date"):
            try:
                day = date.fromisoformat(str(item["date"])[:10])
            except ValueError:
                yield item.get("id"), f"line {number}: bad date {item['date']!r}", ("", None, None)
                continue
        text, source = item.get("text"), Source(url=item.get("url"))
        if not text and item.get("url"):
            try:
                text, source = _read_source(str(item["url"]), settings)
            except (FetchError, IncidentBotError) as exc:
                yield item.get("id"), f"line {number}: {getattr(exc, 'reason', exc)}", ("", None, None)
                continue
        if not isinstance(text, str) or not text.strip():
            yield item.get("id"), f"line {number}: no text", ("", None, None)
            continue
        yield item.get("id"), None, (text, day, source)


def cmd_analyze(args: argparse.Namespace, settings: Settings) -> int:
    from workers.pipeline import Pipeline

    day = _parse_day(args.date)
    if args.jsonl:
        stream = sys.stdin if args.source == "-" else open(args.source, encoding="utf-8")  # noqa: SIM115
        pipeline = Pipeline.load(settings)
        with stream:
            for item_id, error, (text, published, source) in _jsonl_items(stream, day, settings):
                if error:
                    print(json.dumps({"id": item_id, "error": error}), flush=True)
                    continue
                out = pipeline.analyze(text, published=published, source=source).to_dict()
                out["id"] = item_id
                print(json.dumps(out, ensure_ascii=False), flush=True)
        return 0
    try:
        text, source = _read_source(args.source, settings)
    except FetchError as exc:
        print(f"incidentbot: could not read {args.source}: {exc.reason}", file=sys.stderr)
        return 1
    published = day
    if source.published and published is None:
        published = _parse_day(source.published[:10])
    pipeline = Pipeline.load(settings)
    analysis = pipeline.analyze(text, published=published, source=source)
    if args.json:
        print(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_analysis(analysis))
    return 0


# -- serve / worker / run ---------------------------------------------------------------


def build_app(settings: Settings, **kwargs: Any):
    """Wire the core, the handlers and the queue into a Bolt app."""
    from bot.app import create_app
    from bot.connection import connect
    from bot.queue import JobQueue
    from bot.store import Store
    from handlers import register_all

    connection = connect(settings)
    store = Store(connection, settings.key_prefix)
    jobs = JobQueue(settings, connection)
    app = create_app(settings, store=store, jobs=jobs, register=register_all, **kwargs)
    return app, connection, jobs


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    if args.http:
        settings.require_http()
        from bot.server import make_wsgi, serve_http

        app, connection, jobs = build_app(settings)
        serve_http(make_wsgi(app, connection, jobs, settings.slack_signing_secret),
                   host=args.host, port=args.port)
        return 0
    if not settings.slack_app_token:
        raise ConfigError("SLACK_APP_TOKEN is required for Socket Mode (or use `serve --http`)")
    if not settings.slack_bot_token:
        raise ConfigError("SLACK_BOT_TOKEN is required for `serve`")
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.app import make_client

    app, _, _ = build_app(settings)
    logger.info("connecting to Slack in Socket Mode")
    web_client = make_client(settings, token=settings.slack_app_token)
    SocketModeHandler(app, settings.slack_app_token, web_client=web_client).start()
    return 0


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from workers.worker import run_worker

    run_worker(settings, burst=args.burst, simple=args.simple)
    return 0


def cmd_console(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import run_console

    return run_console(settings)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """`make run`: the console without Slack tokens; with them, the bot plus one worker."""
    if not settings.slack_bot_token:
        return cmd_console(args, settings)
    from bot.connection import redis_url

    env = dict(os.environ, REDIS_URL=redis_url(settings))
    worker = subprocess.Popen([sys.executable, "-m", "bot.cli", "worker"], env=env)

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(0)  # runs the finally below: the worker is stopped too

    signal.signal(signal.SIGTERM, stop)
    try:
        if settings.slack_app_token:
            return cmd_serve(argparse.Namespace(http=False), settings.with_(redis_url=env["REDIS_URL"]))
        port = int(os.environ.get("PORT", "3000"))
        return cmd_serve(argparse.Namespace(http=True, host="0.0.0.0", port=port),
                         settings.with_(redis_url=env["REDIS_URL"]))
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    import redis

    from bot.connection import connect
    from bot.queue import make_queue
    from bot.status import render, report
    from bot.store import Store

    connection = connect(settings)
    try:
        data = report(connection, make_queue(settings, connection), Store(connection, settings.key_prefix))
    except redis.RedisError as exc:
        print(f"incidentbot: Redis is unreachable: {exc.__class__.__name__}", file=sys.stderr)
        return 1
    print(json.dumps(data, indent=2) if args.json else render(data))
    if args.check and data["workers_alive"] == 0:
        return 1
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands import parse_since
    from bot.connection import connect
    from bot.export import iter_incidents, to_csv, to_geojson
    from bot.known import load_places
    from bot.lookup import PlaceLookup
    from bot.store import Store

    since = parse_since(args.since)
    if since is None:
        raise ConfigError(f"--since must be like 24h, 30d, 2w or YYYY-MM-DD, got {args.since!r}")
    province_code = None
    if args.province:
        lookup = PlaceLookup(load_places(settings.known_places))
        answer = lookup.resolve(args.province)
        place = answer.place
        province = lookup.gazetteer.province_of(place) if place else None
        if province is None:
            names = ", ".join(h.place.name for h in answer.candidates) or "none"
            raise ConfigError(f"--province {args.province!r} is not a known province (closest: {names})")
        province_code = province.id
    store = Store(connect(settings), settings.key_prefix)
    items = iter_incidents(store, since=since.timestamp(), province_code=province_code)
    chunks = to_csv(items) if args.format == "csv" else to_geojson(items)
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout  # noqa: SIM115
    try:
        for chunk in chunks:
            out.write(chunk)
    finally:
        if args.output:
            out.close()
    return 0


COMMANDS = {
    "status": cmd_status,
    "export": cmd_export,
    "analyze": cmd_analyze,
    "serve": cmd_serve,
    "worker": cmd_worker,
    "console": cmd_console,
    "run": cmd_run,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        if args.log_format:
            settings = settings.with_(log_format=args.log_format)
        setup_logging(settings.log_level, settings.log_format)
        return COMMANDS[args.command](args, settings)
    except ConfigError as exc:
        print(f"incidentbot: configuration error: {exc}", file=sys.stderr)
        return 2
    except IncidentBotError as exc:
        print(f"incidentbot: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
