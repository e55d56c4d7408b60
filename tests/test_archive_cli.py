"""`dispatch summary` on an archive and on a folder of JSON outputs, `dispatch metadata`, and
the archive in Datasette (with the `web` extra)."""
from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import handmade
from dispatch_cli.archive.metadata import CANNED_QUERIES, datasette_metadata
from dispatch_cli.archive.summary import summarize, summarize_folder
from dispatch_cli.archive.writer import Archive
from dispatch_cli.cli import main
from test_archive import other_record, record
from test_batch_runner import dispatch_text

FILES = 12


@pytest.fixture(scope="module")
def batch(tmp_path_factory, parser) -> tuple[Path, Path, Path, Path]:
    """A folder of generated dispatches and a bad file, parsed into -o OUT --db DB --errors FILE."""
    root = tmp_path_factory.mktemp("summary")
    news = root / "news"
    news.mkdir()
    for i in range(FILES):
        (news / f"d{i:02}.txt").write_text(dispatch_text(i), encoding="utf-8")
    (news / "zz-binary.txt").write_bytes(b"\x00\x01binary")
    out, db, errors = root / "out", root / "archive.db", root / "errors.jsonl"
    result = CliRunner().invoke(main, ["parse", str(news), "-o", str(out), "--db", str(db), "--errors", str(errors)])
    assert result.exit_code == 1, result.stderr
    return news, out, db, errors


def test_summary_report_of_an_archive(batch):
    news, out, db, _ = batch
    report = summarize(db, top=3)
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))]
    assert report["source"] == str(db)
    assert (report["documents"], report["failed"]) == (FILES, 1)
    dates = sorted(r["dateline"]["date"] for r in records if r["dateline"]["date"])
    assert (report["first_date"], report["last_date"]) == (dates[0], dates[-1])
    events = [e for r in records for e in r["events"]]
    assert report["events"] == len(events) == sum(report["events_by_type"].values())
    assert report["events"] == sum(report["events_by_month"].values()) + report["undated_events"]
    assert len(report["top_actors"]) == len(report["top_pairs"]) == 3
    assert report["top_pairs"][0]["encounters"] >= report["top_pairs"][-1]["encounters"]
    assert report["failures"] == [{"path": str(news / "zz-binary.txt"), "error": "binary file (NUL byte at offset 0)"}]


def test_summary_of_the_json_outputs_equals_the_archive_s(batch):
    _, out, db, errors = batch
    from_db = summarize(db)
    from_folder = summarize_folder(out, errors=errors)
    assert from_folder.pop("source") == str(out) and from_db.pop("source") == str(db)
    assert from_folder == from_db
    without_errors = summarize_folder(out)
    assert without_errors["failed"] == 0 and without_errors["documents"] == FILES


def test_a_folder_file_that_holds_no_record_is_a_failure(tmp_path):
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / ".hidden.json").write_text("{", encoding="utf-8")
    (tmp_path / "ok.json").write_text(json.dumps(handmade.record()), encoding="utf-8")
    report = summarize_folder(tmp_path)
    assert report["documents"] == 1
    assert report["failures"] == [
        {"path": str(tmp_path / "broken.json"), "error": "not JSON: Expecting property name enclosed in double "
                                                         "quotes (line 1, column 2)"},
        {"path": str(tmp_path / "list.json"), "error": "not a dispatch record (no `source.sha256`)"}]


def test_summary_command_draws_the_report(batch, monkeypatch):
    _, _, db, _ = batch
    monkeypatch.setenv("COLUMNS", "100")
    result = CliRunner().invoke(main, ["summary", str(db), "--top", "2"])
    assert result.exit_code == 0, result.stderr
    shown = result.stdout
    for heading in ("Events by type", "Events by month", "Most frequent actors", "Most frequent pairs", "Failed"):
        assert heading in shown
    report = summarize(db, top=2)
    assert f"{report['documents']} documents, 1 failed" in shown
    assert report["top_actors"][0]["name"] in shown and "zz-binary.txt" in shown
    assert "\x1b[" not in shown  # not a terminal: plain text
    assert not [line for line in shown.splitlines() if line != line.rstrip()]  # without padding at line ends


def test_summary_json_and_options(batch):
    news, out, db, errors = batch
    as_json = CliRunner().invoke(main, ["summary", str(db), "--json", "--top", "1"])
    assert json.loads(as_json.stdout) == summarize(db, top=1)
    folder = CliRunner().invoke(main, ["summary", str(out), "--json", "--errors", str(errors)])
    assert json.loads(folder.stdout) == summarize_folder(out, errors=errors)
    wrong = CliRunner().invoke(main, ["summary", str(db), "--errors", str(errors)])
    assert wrong.exit_code == 2 and "--errors goes with a folder" in wrong.stderr
    bad_errors = out.parent / "not-errors.jsonl"
    bad_errors.write_text("hello\n")
    refused = CliRunner().invoke(main, ["summary", str(out), "--errors", str(bad_errors)])
    assert refused.exit_code == 1 and "line 1 is not a failure" in refused.stderr
    text = CliRunner().invoke(main, ["summary", str(news / "d00.txt")])
    assert text.exit_code == 1 and text.stderr == f"error: {news / 'd00.txt'}: file is not a database\n"
    missing = CliRunner().invoke(main, ["summary", str(news / "missing.db")])
    assert missing.exit_code == 2 and "does not exist" in missing.stderr


def test_summary_of_a_failed_run_lists_the_first_failures(tmp_path, monkeypatch):
    archive = Archive.open(tmp_path / "a.db")
    for i in range(5):
        archive.fail(f"news/{i}.txt", "binary file")
    archive.close()
    monkeypatch.setenv("COLUMNS", "100")
    result = CliRunner().invoke(main, ["summary", str(tmp_path / "a.db"), "--top", "2"])
    assert result.exit_code == 0
    assert "Failed (first 2 of 5)" in result.stdout and "news/1.txt" in result.stdout
    assert "news/2.txt" not in result.stdout and "Events by type" not in result.stdout


def test_metadata_command_prints_datasette_metadata(tmp_path):
    result = CliRunner().invoke(main, ["metadata", str(tmp_path / "news-2024.db")])
    assert result.exit_code == 0
    metadata = json.loads(result.stdout)
    assert metadata == datasette_metadata("news-2024.db")
    database = metadata["databases"]["news-2024"]
    assert set(database["queries"]) == {"meetings", "who_met_whom", "actor_roles", "meetings_of", "search"}
    assert {"documents", "entities", "events", "participants", "meetings"} <= set(database["tables"])


# ------------------------------------------------------------------ Datasette


def datasette_get(db: Path, path: str) -> Any:
    """GET `path` from a Datasette serving `db` with the archive's metadata, through its own
    test client; the JSON of the answer."""
    datasette_app = pytest.importorskip("datasette.app", reason="Datasette is the web extra: pip install '.[web]'")

    async def get() -> Any:
        ds = datasette_app.Datasette([str(db)], metadata=datasette_metadata(db))
        await ds.invoke_startup()
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(get())


@pytest.fixture
def archive_db(tmp_path) -> Path:
    db = tmp_path / "archive.db"
    archive = Archive.open(db)
    for rec in (record(), other_record()):
        archive.add(json.dumps(rec), handmade.TEXT)
    archive.close()
    return db


def test_datasette_runs_the_canned_queries(archive_db):
    pairs = datasette_get(archive_db, "/archive/who_met_whom.json?_shape=array")
    assert [(p["party_a"], p["party_b"], p["encounters"], p["first_date"], p["last_date"]) for p in pairs] == [
        ("ILHAM ALIYEV", "Jens Stoltenberg", 2, "2024-06-12", "2024-07-01"),
        ("Djeyhoun Baïramov", "Hadja Lahbib", 1, "2024-06-14", "2024-06-14")]
    meetings = datasette_get(archive_db, "/archive/meetings_of.json?_shape=array&name=bairamov")
    assert [(m["type"], m["participants"]) for m in meetings] == [("call", "Djeyhoun Baïramov; Hadja Lahbib")]
    roles = datasette_get(archive_db, "/archive/actor_roles.json?_shape=array")
    assert [r["documents"] for r in roles] == [2] * 4  # the second dispatch names them all again
    assert {"name": "ILHAM ALIYEV", "documents": 2, "roles": "président de la République d’Azerbaïdjan"} in roles
    found = datasette_get(archive_db, "/archive/search.json?_shape=array&words=telephone")
    assert len(found) == 2 and all("[téléphone]" in row["excerpt"] for row in found)


def test_datasette_shows_the_labels_of_the_metadata(archive_db):
    table = datasette_get(archive_db, "/archive/participants.json?_shape=objects&_labels=on&_size=1")
    row = table["rows"][0]
    assert row["entity_id"]["label"] == row["name"]  # a foreign key shown by the name it points at
    queries = {q["name"] for q in datasette_get(archive_db, "/archive.json")["queries"]}
    assert queries == set(CANNED_QUERIES)
