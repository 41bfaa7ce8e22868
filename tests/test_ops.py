"""Operations: `incidentbot status` and `incidentbot export`."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rq import SimpleWorker
from rq.serializers import JSONSerializer

from bot import cli
from bot.export import CSV_COLUMNS
from bot.models import ActorRef, Incident, Location, Source
from bot.queue import make_queue
from bot.store import Store


@pytest.fixture
def env(monkeypatch, redis_url, prefix):
    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("INCIDENTBOT_KEY_PREFIX", prefix)
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "LOG_FORMAT"):
        monkeypatch.delenv(name, raising=False)


def incident(day, province=("Anbar", "IQ-AN"), place="Ramadi", lat=33.42, lon=43.3):
    return Incident(summary=f"clash in {place}", event_type="Battles", sub_event_type="Armed clash",
                    date=day, location=Location(name=place, district=place, province=province[0],
                                                province_code=province[1], country="Iraq",
                                                country_code="IQ", lat=lat, lon=lon, precision="town"),
                    actors=[ActorRef("Islamic State", "ISIS", "perpetrator", "Rebel group"),
                            ActorRef("Iraqi Security Forces", "ISF", "target", "State forces")],
                    killed=2, injured=None, evidence=["e"])


def seed(connection, prefix):
    store = Store(connection, prefix)
    store.save_incidents([incident("2026-11-20"), incident("2026-11-21", ("Diyala", "IQ-DI"), "Jalawla",
                                                           34.27, 45.16),
                          incident("2020-01-01"), incident("2026-11-22", lat=None, lon=None)],
                         Source(url="https://news.example/a", site="News Example"), {})


def test_export_csv_has_acled_columns_and_filters(env, connection, prefix, capsys):
    seed(connection, prefix)
    assert cli.main(["export", "--since", "2026-11-01", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 3 and list(rows[0]) == CSV_COLUMNS
    row = next(r for r in rows if r["location"] == "Jalawla")
    assert row["event_type"] == "Battles" and row["actor1"] == "Islamic State"
    assert row["actor2"] == "Iraqi Security Forces" and row["admin1"] == "Diyala"
    assert row["fatalities"] == "2" and row["geo_precision"] == "1" and row["iso"] == "IQ"
    assert cli.main(["export", "--since", "2026-11-01", "--province", "diyla"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["location"] for r in rows] == ["Jalawla"]


def test_export_geojson_points(env, connection, prefix, capsys, tmp_path):
    seed(connection, prefix)
    out = tmp_path / "incidents.geojson"
    assert cli.main(["export", "--since", "2026-11-01", "--format", "geojson", "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 2  # the one without coordinates is left out
    point = next(f for f in data["features"] if f["properties"]["location"] == "Jalawla")
    assert point["geometry"] == {"type": "Point", "coordinates": [45.16, 34.27]}


def test_export_rejects_bad_arguments(env, capsys):
    assert cli.main(["export", "--since", "lately"]) == 2
    assert "--since" in capsys.readouterr().err
    assert cli.main(["export", "--province", "qqqqzzzz"]) == 2
    assert "--province" in capsys.readouterr().err


def test_status_shows_queue_workers_failed_and_memory(env, connection, prefix, settings, capsys):
    seed(connection, prefix)
    queue = make_queue(settings, connection)
    queue.enqueue("workers.jobs.process_article", {"channel": "C1", "ts": "1.1"}, job_id=f"{prefix}-j1")
    worker = SimpleWorker([queue], connection=connection, serializer=JSONSerializer)
    worker.register_birth()
    worker.heartbeat()
    try:
        assert cli.main(["status", "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["queued"] == 1 and data["workers_alive"] == 1 and data["incidents_stored"] == 4
        assert data["oldest_queued_age_s"] is not None and data["redis_used_memory"]
        assert cli.main(["status"]) == 0
        text = capsys.readouterr().out
        assert "1 queued" in text and "workers alive: 1" in text and "incidents stored: 4" in text
    finally:
        worker.register_death()


def test_json_logs_carry_ids_and_never_the_article(settings, slack, worker_runtime, caplog):
    import logging

    from bot.logs import JsonFormatter
    from bot.messages import ArticleRequest
    from bot.queue import JobQueue

    secret_sentence = "Gunmen attacked a checkpoint near Tarmiyah killing four policemen on Monday."
    text = (secret_sentence + " ") * 4
    request = ArticleRequest(channel="C0LOG", ts="1.000001", thread_ts="1.000001", user="U1",
                             text=text, event_id="EvLog1")
    JobQueue(settings, worker_runtime.runtime.redis).enqueue_article(request)
    with caplog.at_level(logging.INFO):
        worker_runtime.work()
    lines = [json.loads(JsonFormatter().format(r)) for r in caplog.records]
    coded = [line for line in lines if line["message"].startswith("coded C0LOG")]
    assert coded and coded[0]["event_id"] == "EvLog1" and coded[0]["channel"] == "C0LOG"
    assert coded[0]["job_id"].endswith("msg-C0LOG-1_000001") and coded[0]["duration_ms"] >= 0
    assert all(secret_sentence not in json.dumps(line) for line in lines)
    assert all(settings.slack_bot_token not in json.dumps(line) for line in lines)


def test_status_check_fails_without_a_live_worker(env, capsys):
    assert cli.main(["status", "--check"]) == 1
    assert "workers alive: 0" in capsys.readouterr().out
