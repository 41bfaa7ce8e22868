"""`incidentbot analyze`: the pipeline from a file, stdin or JSON lines, as text or JSON."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli

ARTICLE = Path(__file__).parent / "fixtures" / "slack" / "two_incidents.txt"
INCIDENT_KEYS = {"id", "summary", "event_type", "sub_event_type", "date", "location", "actors",
                 "killed", "injured", "evidence", "confidence"}
LOCATION_KEYS = {"name", "district", "province", "province_code", "country", "country_code",
                 "lat", "lon", "precision"}


@pytest.fixture
def fast_pipeline(monkeypatch, pipeline):
    from workers.pipeline import Pipeline

    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, settings: pipeline))


def test_analyze_json_has_the_documented_schema(fast_pipeline, capsys):
    assert cli.main(["analyze", str(ARTICLE), "--json", "--date", "2026-11-18"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"source", "incidents", "places", "actors"}
    assert len(data["incidents"]) >= 2
    for incident in data["incidents"]:
        assert set(incident) == INCIDENT_KEYS
        assert set(incident["location"]) == LOCATION_KEYS
        assert incident["location"]["precision"] in {"village", "town", "district", "province", "country"}
        for actor in incident["actors"]:
            assert set(actor) >= {"name", "matched", "role", "type"}
            assert actor["role"] in {"perpetrator", "target", "other"}
        assert isinstance(incident["evidence"], list) and 0 <= incident["confidence"] <= 1
    provinces = {i["location"]["province_code"] for i in data["incidents"]}
    assert {"IQ-DI", "IQ-AN"} <= provinces
    diyala = next(i for i in data["incidents"] if i["location"]["province_code"] == "IQ-DI")
    assert diyala["killed"] == 3 and diyala["injured"] == 5
    assert diyala["date"] == "2026-11-16"  # "late on Monday" before Wednesday 18 November


def test_analyze_text_from_stdin(fast_pipeline, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE.read_text()))
    assert cli.main(["analyze", "-"]) == 0
    out = capsys.readouterr().out
    assert "Where:" in out and "Diyala" in out


def test_analyze_jsonl_keeps_ids_and_reports_bad_lines(fast_pipeline, capsys, tmp_path):
    lines = tmp_path / "in.jsonl"
    lines.write_text("\n".join([
        json.dumps({"id": "a1", "text": ARTICLE.read_text(), "date": "2026-11-18"}),
        "not json",
        json.dumps({"id": "a3", "text": ""}),
        json.dumps({"id": "a4", "text": "The parliament passed the budget on Sunday.",
                    "date": "2026-11-18"}),
    ]) + "\n")
    assert cli.main(["analyze", "--jsonl", str(lines)]) == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r.get("id") for r in results] == ["a1", None, "a3", "a4"]
    assert len(results[0]["incidents"]) >= 2 and "error" in results[1] and "error" in results[2]
    assert results[3]["incidents"] == []


def test_bad_date_and_missing_file_are_one_clear_line(capsys):
    assert cli.main(["analyze", str(ARTICLE), "--date", "18/11/2026"]) == 2
    assert "--date" in capsys.readouterr().err
    assert cli.main(["analyze", "/nonexistent/article.txt"]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_console_script_is_installed():
    out = subprocess.run([str(Path(sys.executable).parent / "incidentbot"), "--help"],
                         capture_output=True, text=True, check=True)
    for command in ("serve", "worker", "analyze", "console"):
        assert command in out.stdout
