"""`dispatch parse --format`: the table view, CSV rows, and JSON highlighting on a terminal."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from click.testing import CliRunner

from dispatch_cli.cli import main
from dispatch_cli.views.formats import make_formatter

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
MATIGNON = str(SAMPLES / "paris-matignon-meeting.txt")


def test_table_format_shows_actors_and_events(parser):
    result = CliRunner().invoke(main, ["parse", MATIGNON, "--format", "table"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Mehriban Aliyeva" in out and "Premier ministre français" in out
    assert "[entretenue]" in out  # the trigger marked in its sentence, no escape codes off a terminal
    assert "\x1b[" not in out


def test_csv_format_one_row_per_event_read_back(parser):
    result = CliRunner().invoke(main, ["parse", str(SAMPLES), "--format", "csv", "-q"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    records = CliRunner().invoke(main, ["parse", str(SAMPLES), "--jsonl", "-q"]).stdout.splitlines()
    expected = sum(len(json.loads(line)["events"]) for line in records)
    assert len(rows) == expected > 0
    assert set(rows[0]) == {"event_id", "doc_id", "file", "dateline_date", "date", "type", "place", "participants",
                            "participant_ids", "trigger", "sentence"}
    signing = [r for r in rows if r["type"] == "signing"]
    assert signing and all("; " in r["participants"] for r in signing)
    assert result.stdout.count("event_id,doc_id,file") == 1  # one header for the whole batch


def test_format_other_than_json_needs_stdout(parser, tmp_path):
    result = CliRunner().invoke(main, ["parse", MATIGNON, "--format", "csv", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "--format csv" in result.output


def test_json_on_a_terminal_is_highlighted_but_the_same_text(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    data = json.dumps({"name": "Ilham Aliyev", "day": 14}, indent=2)
    highlighted = make_formatter("json", terminal=True)(data, "")
    assert b"\x1b[" in highlighted
    plain = highlighted.decode("utf-8")
    assert re.sub(r"\x1b\[[0-9;]*m", "", plain).strip() == data
    assert make_formatter("json", terminal=False) is None  # piped: byte for byte, no formatter
    monkeypatch.setenv("NO_COLOR", "1")
    assert b"\x1b[" not in make_formatter("json", terminal=True)(data, "")
