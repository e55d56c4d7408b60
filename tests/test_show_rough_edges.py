"""`dispatch show` and `dispatch evaluate` on what a new user hands them: folders of outputs,
records whose source text is gone or changed, odd file names, broken gold files; and the
table view's width and line ends, the same in `show` and `parse --format table`."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import handmade
from dispatch_cli.cli import main

LATIN1_NAME = os.fsdecode(b"r\xe9ception.txt")


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False, env=env)


def write_record(folder: Path, name: str, source: str | None, text: str | None = handmade.TEXT) -> Path:
    """NAME.json holding the handmade record, its source named `source`, that text written there."""
    record = handmade.record()
    record["source"]["path"] = source
    if source is not None and text is not None:
        (folder / source).write_text(text, encoding="utf-8")
    path = folder / name
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


# ------------------------------------------------------------------ show


def test_show_takes_a_folder_of_outputs(tmp_path):
    out = tmp_path / "out"
    (out / "2024").mkdir(parents=True)
    write_record(out, "b.json", "b.txt")
    write_record(out / "2024", "a.JSON", "a.txt")
    write_record(out, ".b.json.123.x.tmp", "b.txt")  # a temporary file of a running batch
    (out / ".hidden.json").write_text("{not a record", encoding="utf-8")
    (out / "notes.md").write_text("not a record", encoding="utf-8")
    result = run("show", str(out), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("Meeting events") == 2 and result.stderr == ""
    assert "Ilham Aliyev [a reçu] le 12 juin à Bakou" in result.stdout


def test_show_of_a_folder_without_records_says_so(tmp_path):
    result = run("show", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path}: no *.json or *.jsonl file in this folder\n"


@pytest.mark.parametrize("case, expected", [
    ("missing", "source text not found"),
    ("changed", "source text changed since it was parsed (its SHA-256 differs)"),
    ("stdin", "the record names no source file (it was read from stdin)"),
])
def test_show_says_once_why_it_shows_triggers_alone(tmp_path, case, expected):
    source = {"missing": "gone.txt", "changed": "d1.txt", "stdin": None}[case]
    text = handmade.TEXT.replace("Bakou", "Gandja") if case == "changed" else None
    path = write_record(tmp_path, "d1.json", source, text)
    result = run("show", str(path), env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "[a reçu]" in result.stdout and "le 12 juin à Bakou" not in result.stdout
    named = source or str(path)
    assert result.stderr == f"warning: {named}: {expected}: events show their trigger words only\n"
    # with --no-text nothing is missing: nothing to say
    assert run("show", "--no-text", str(path)).stderr == ""


def test_show_finds_a_source_whose_name_is_not_utf8(tmp_path, parser):
    (tmp_path / LATIN1_NAME).write_text(handmade.TEXT, encoding="utf-8")
    parsed = run("parse", str(tmp_path / LATIN1_NAME))
    assert json.loads(parsed.stdout)["source"]["path"].endswith("r\\xe9ception.txt")
    result = run("show", "-", input=parsed.stdout, env={"COLUMNS": "200"})
    assert result.exit_code == 0 and result.stderr == ""  # found: nothing to say
    assert "s’est [entretenu] par téléphone" in result.stdout


def test_show_prints_a_record_holding_lone_surrogates(tmp_path):
    record = handmade.record()
    record["source"]["path"] = "r\udce9ception.txt"
    path = tmp_path / "old.json"
    path.write_text(json.dumps(record), encoding="utf-8")  # ensure_ascii: "\udce9" escaped
    result = run("show", "--no-text", str(path))
    assert result.exit_code == 0 and "r\\xe9ception.txt" in result.stdout


def test_show_errors_are_one_line_for_odd_names(tmp_path):
    (tmp_path / "bin\n.json").write_bytes(b"\x89PNG\x00\xff")
    result = run("show", str(tmp_path / "bin\n.json"), str(tmp_path / "absent\r.json"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path}/bin\\n.json: not UTF-8 text (byte 0)",
        f"error: {tmp_path}/absent\\r.json: no such file or directory"]


# ------------------------------------------------------------------ table width and line ends


def table_lines(output: str) -> list[str]:
    return output.splitlines()


@pytest.mark.parametrize("columns", ["60", "132"])
def test_table_off_a_terminal_fits_columns_without_trailing_spaces(tmp_path, parser, columns):
    (tmp_path / "d1.txt").write_text(handmade.TEXT, encoding="utf-8")
    env = {"COLUMNS": columns}
    parsed = run("parse", str(tmp_path / "d1.txt"), "--format", "table", env=env).stdout
    json_path = tmp_path / "d1.json"
    json_path.write_text(run("parse", str(tmp_path / "d1.txt")).stdout, encoding="utf-8")
    shown = run("show", str(json_path), env=env).stdout
    for output in (parsed, shown):
        lines = table_lines(output)
        assert max(len(line) for line in lines) <= int(columns)
        assert not [line for line in lines if line != line.rstrip()]
    assert max(len(line) for line in table_lines(shown)) > int(columns) - 10  # the width is used
    assert table_lines(parsed)[:-1] == table_lines(shown)  # one view, the same in both commands


# ------------------------------------------------------------------ evaluate


def test_evaluate_reports_a_broken_gold_file_in_one_line(tmp_path):
    (tmp_path / "a.gold.json").write_text("{oops", encoding="utf-8")
    (tmp_path / "b\n.gold.json").write_text("[]", encoding="utf-8")
    result = run("evaluate", "--gold", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path}/a.gold.json: not JSON: Expecting property name enclosed in double quotes "
        "(line 1, column 2)",
        f"error: {tmp_path}/b\\n.gold.json: not a gold annotation (not a JSON object)"]


def test_evaluate_usage_errors_name_the_folder_on_one_line(tmp_path):
    result = run("evaluate", "--gold", str(tmp_path / "no\nwhere"))
    assert result.exit_code == 2
    assert "no\\nwhere" in result.stderr and "no\nwhere" not in result.stderr


def test_evaluate_example_scores_the_samples_from_the_repository_root(monkeypatch, parser):
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    result = run("evaluate", "--gold", "samples/", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["documents"] == 5


@pytest.mark.slow
def test_show_as_a_process_on_a_folder_of_outputs(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    write_record(out, "d1.json", "d1.txt")
    write_record(out, "d2.json", "gone.txt", text=None)
    result = subprocess.run([sys.executable, "-m", "dispatch_cli", "show", str(out)], capture_output=True,
                            text=True, env={**os.environ, "COLUMNS": "90"}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "warning: gone.txt: source text not found: events show their trigger words only\n"
    assert result.stdout.count("Meeting events") == 2
    assert all(line == line.rstrip() and len(line) <= 90 for line in result.stdout.splitlines())


def test_show_draws_a_hand_edited_record_of_odd_shapes(tmp_path):
    path = tmp_path / "edited.json"
    path.write_text(json.dumps({
        "source": {"path": 5}, "headline": 7, "dateline": 3, "places": 4, "byline": 3,
        "actors": [{"name": 1, "aliases": 3, "roles": [None]}], "organizations": "none",
        "events": [{"trigger": 3, "date": 5, "participants": 4, "sentence": []}, 5]}), encoding="utf-8")
    result = run("show", str(path))
    assert result.exit_code == 0, result.stderr
    assert "Meeting events" in result.stdout and "Traceback" not in result.output
    from dispatch_cli.views.events_csv import event_rows

    assert [row["date"] for row in event_rows(json.loads(path.read_text()), None)] == [5]  # CSV too


def test_evaluate_reports_a_gold_file_of_the_wrong_shape(tmp_path):
    (tmp_path / "a.gold.json").write_text('{"actors": "Ilham Aliyev", "events": 5}', encoding="utf-8")
    (tmp_path / "b.gold.json").write_text('{"actors": [{"roles": []}]}', encoding="utf-8")
    (tmp_path / "c.gold.json").write_text('{"dateline": "Bakou"}', encoding="utf-8")
    result = run("evaluate", "--gold", str(tmp_path), "--pred", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path}/a.gold.json: not a gold annotation (`actors` is not a list of objects)",
        f"error: {tmp_path}/b.gold.json: not a gold annotation (an item of `actors` has no `name`)",
        f"error: {tmp_path}/c.gold.json: not a gold annotation (`dateline` is not an object)"]


def test_a_source_or_a_text_that_is_a_pipe_is_never_read(tmp_path):
    os.mkfifo(tmp_path / "d1.txt")
    path = write_record(tmp_path, "d1.json", "d1.txt", text=None)
    result = run("show", str(path))  # would block on the pipe
    assert result.exit_code == 0
    assert result.stderr == ("warning: d1.txt: source text cannot be read: not a regular file: events show "
                             "their trigger words only\n")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d1.gold.json").write_text(json.dumps(handmade.record()), encoding="utf-8")
    os.mkfifo(gold / "d1.txt")
    result = run("evaluate", "--gold", str(gold), "--json", "--per-doc")
    assert result.exit_code == 0, result.stderr
    assert "not a regular file" in json.loads(result.stdout.splitlines()[0])["problem"]


def test_pipes_among_outputs_are_skipped_by_show_and_evaluate(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    write_record(out, "d1.json", "d1.txt")
    os.mkfifo(out / "d2.json")
    result = run("show", "--no-text", str(out))
    assert result.exit_code == 0
    assert result.stderr == f"skipped: {out}/d2.json: not a regular file (a FIFO)\n"
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d2.gold.json").write_text(json.dumps(handmade.record()), encoding="utf-8")
    result = run("evaluate", "--gold", str(gold), "--pred", str(out), "--json", "--per-doc")
    assert result.exit_code == 0, result.stderr
    assert "not a regular file" in json.loads(result.stdout.splitlines()[0])["problem"]
