"""`dispatch parse --db` on a folder of 300 generated dispatches mixed with bad inputs: the
archive holds what the JSON outputs say, whatever the workers, a second run or a kill."""
from __future__ import annotations

import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dispatch_cli.archive.dump import canonical_dump
from dispatch_cli.archive.schema import name_key
from dispatch_cli.cli import main
from test_batch_runner import dispatch_text

GOOD = 300
BAD = {
    "bad/binary.txt": "binary file (NUL byte at offset 8)",
    "bad/undecodable.txt": "undecodable: neither UTF-8 nor a Western European encoding",
    "bad/broken.txt": "broken symbolic link (to nowhere.txt)",
}
# Parsed, but not a new document: the bytes of 2018/d000.txt again.
DUPLICATE = "dup/copy-of-d000.txt"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("archive-corpus") / "news"
    for i in range(GOOD):
        path = root / f"{2018 + i % 7}" / f"d{i:03}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dispatch_text(i), encoding="utf-8")
    (root / "bad").mkdir()
    (root / "bad" / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "bad" / "undecodable.txt").write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 20)
    os.symlink("nowhere.txt", root / "bad" / "broken.txt")
    (root / "odd").mkdir()
    (root / "odd" / "empty.txt").write_bytes(b"")
    (root / "odd" / "cp1252.txt").write_bytes(dispatch_text(1).encode("cp1252"))
    (root / "dup").mkdir()
    (root / DUPLICATE).write_bytes((root / "2018" / "d000.txt").read_bytes())
    return root


class Runs(dict):
    """`runs[workers]`: the folder parsed into `-o OUT --db DB --errors FILE`, at first use."""

    def __init__(self, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
        super().__init__()
        self.corpus, self.tmp_path_factory = corpus, tmp_path_factory

    def __missing__(self, workers: int):
        folder = self.tmp_path_factory.mktemp(f"archive-run{workers}")
        out, db, errors = folder / "out", folder / "archive.db", folder / "errors.jsonl"
        result = CliRunner().invoke(main, ["parse", str(self.corpus), "-o", str(out), "--db", str(db),
                                           "--errors", str(errors), "--workers", str(workers)])
        self[workers] = (result, out, db, errors)
        return self[workers]


@pytest.fixture(scope="module")
def runs(corpus, tmp_path_factory, parser) -> Runs:
    return Runs(corpus, tmp_path_factory)


def records(out: Path) -> list[dict[str, Any]]:
    """The JSON outputs, one per distinct input bytes (the first in path order)."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(out.rglob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        found.setdefault(rec["source"]["sha256"], rec)
    return list(found.values())


def query(db: Path, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def count(db: Path, sql: str) -> int:
    return query(db, sql)[0]["n"]


def test_the_archive_counts_what_the_json_outputs_hold(runs, corpus):
    result, out, db, _ = runs[1]
    assert result.exit_code == 1
    assert f"{GOOD + 3} parsed, 0 skipped, {len(BAD)} failed" in result.stderr
    assert f"{db}: {GOOD + 2} documents added, 1 already there, {len(BAD)} failures recorded" in result.stderr
    recs = records(out)
    assert len(list(out.rglob("*.json"))) == GOOD + 3 and len(recs) == GOOD + 2
    assert count(db, "SELECT count(*) AS n FROM documents") == len(recs)
    for kind, key in [("actor", "actors"), ("organization", "organizations"), ("place", "places")]:
        assert count(db, f"SELECT count(*) AS n FROM entities WHERE kind = '{kind}'") == sum(len(r[key]) for r in recs)
    entities = [e for r in recs for e in r["actors"] + r["organizations"] + r["places"]]
    assert count(db, "SELECT count(*) AS n FROM mentions") == sum(len(e["mentions"]) for e in entities)
    assert count(db, "SELECT count(*) AS n FROM aliases") == sum(len(e.get("aliases", ())) for e in entities)
    assert count(db, "SELECT count(*) AS n FROM roles") == sum(len(a["roles"]) for r in recs for a in r["actors"])
    assert count(db, "SELECT count(*) AS n FROM events") == sum(len(r["events"]) for r in recs)
    assert count(db, "SELECT count(*) AS n FROM participants") == sum(
        len(e["participants"]) for r in recs for e in r["events"])
    assert count(db, "SELECT count(*) AS n FROM events") >= GOOD  # the corpus does have events
    # the duplicate is stored once, under the path first seen
    assert query(db, "SELECT path FROM documents WHERE path LIKE '%d000.txt' OR path LIKE '%copy-of%'") == [
        {"path": str(corpus / "2018" / "d000.txt")}]


def test_failures_are_in_the_archive_as_in_the_errors_file(runs, corpus):
    _, _, db, errors = runs[1]
    listed = {json.loads(line)["path"]: json.loads(line)["error"] for line in errors.read_text().splitlines()}
    stored = {r["path"]: r["error"] for r in query(db, "SELECT * FROM failures")}
    assert stored == listed
    assert {path: error.split(":")[0] for path, error in stored.items()} == {
        str(corpus / rel): cause.split(":")[0] for rel, cause in BAD.items()}


def test_views_say_what_the_json_says(runs):
    _, out, db, _ = runs[1]
    recs = records(out)
    texts = {r["doc_id"]: r["text"] for r in query(db, "SELECT doc_id, text FROM documents")}
    for rec in recs[::25]:  # a sample of the documents: every event of each
        doc_id = rec["source"]["sha256"][:16]
        meetings = query(db, "SELECT * FROM meetings WHERE doc_id = ?", (doc_id,))
        assert sorted(m["event_id"] for m in meetings) == sorted(f"{doc_id}-{e['id']}" for e in rec["events"])
        by_id = {m["event_id"]: m for m in meetings}
        for event in rec["events"]:
            row = by_id[f"{doc_id}-{event['id']}"]
            assert (row["type"], row["date"], row["place"], row["trigger"]) == (
                event["type"], event["date"], event["place"], event["trigger"]["text"])
            assert row["participants"] == "; ".join(p["name"] for p in event["participants"])
            s = event["sentence"]
            assert row["sentence"] == texts[doc_id][s["start"]:s["end"]]
    # who_met_whom, computed again from the JSON: every pair of the archive
    dated = {}
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for rec in recs:
        for event in rec["events"]:
            key = f"{rec['source']['sha256']}-{event['id']}"
            dated[key] = event["date"] or rec["dateline"]["date"]
            keys = sorted({name_key(p["name"]) for p in event["participants"]})
            for a, b in itertools.combinations(keys, 2):
                pairs[a, b].add(key)
    def span(events: set[str]) -> tuple[int, str | None, str | None]:
        dates = [dated[e] for e in events if dated[e]]  # SQL's min and max leave NULL out
        return len(events), min(dates, default=None), max(dates, default=None)

    expected = {pair: span(events) for pair, events in pairs.items()}
    view = {(r["key_a"], r["key_b"]): (r["encounters"], r["first_date"], r["last_date"])
            for r in query(db, "SELECT * FROM who_met_whom")}
    assert view == expected
    # actor_roles: each person's roles, and the documents that name them
    roles: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    for rec in recs:
        for actor in rec["actors"]:
            roles[name_key(actor["name"])].update(actor["roles"])
            docs[name_key(actor["name"])].add(rec["source"]["sha256"])
    view_roles = {r["name_key"]: (set(r["roles"].split("; ")) if r["roles"] else set(), r["documents"])
                  for r in query(db, "SELECT * FROM actor_roles")}
    assert view_roles == {key: (roles[key], len(docs[key])) for key in docs}


def test_full_text_search_finds_a_name(runs):
    _, out, db, _ = runs[1]
    named = {r["source"]["sha256"][:16] for r in records(out) if any(
        a["name"] == "Mikayil Djabbarov" for a in r["actors"])}
    found = query(db, "SELECT DISTINCT e.doc_id FROM entities_fts JOIN entities AS e ON e.rowid = entities_fts.rowid "
                      "WHERE entities_fts MATCH 'djabbarov' AND e.kind = 'actor'")
    assert named and {r["doc_id"] for r in found} == named
    texts = query(db, "SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH '\"Mikayil Djabbarov\"'")
    assert texts[0]["n"] >= len(named)


def test_a_second_run_over_the_same_folder_inserts_nothing(runs, corpus, tmp_path):
    _, _, db, _ = runs[1]
    copy = tmp_path / "again.db"
    with sqlite3.connect(db) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    before = list(canonical_dump(copy))
    again = CliRunner().invoke(main, ["parse", str(corpus), "--db", str(copy)])
    assert again.exit_code == 1 and again.stdout == ""
    assert f"{GOOD + 3} parsed" in again.stderr
    assert f"0 documents added, {GOOD + 3} already there, {len(BAD)} failures recorded" in again.stderr
    assert list(canonical_dump(copy)) == before
    resumed = CliRunner().invoke(main, ["parse", str(corpus), "--db", str(copy), "--resume"])
    assert f"0 parsed, {GOOD + 3} skipped, {len(BAD)} failed" in resumed.stderr
    assert list(canonical_dump(copy)) == before


@pytest.mark.slow
def test_one_and_two_workers_give_the_same_archive(runs):
    assert runs[2][0].exit_code == 1
    assert list(canonical_dump(runs[1][2])) == list(canonical_dump(runs[2][2]))


@pytest.mark.slow
def test_killed_batch_resumes_to_the_archive_of_an_uninterrupted_run(runs, corpus, tmp_path):
    db = tmp_path / "killed.db"
    args = [sys.executable, "-m", "dispatch_cli", "parse", str(corpus), "--db", str(db), "-q", "--workers", "2"]
    proc = subprocess.Popen(args, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 180
    while True:  # WAL: the archive can be read while the batch writes
        assert proc.poll() is None, "the batch ended before it could be stopped"
        assert time.monotonic() < deadline, "no documents were stored"
        if db.exists():
            try:
                if count(db, "SELECT count(*) AS n FROM documents") >= 40:
                    break
            except sqlite3.OperationalError:
                pass  # the schema is being made
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = count(db, "SELECT count(*) AS n FROM documents")
    assert 40 <= stored < GOOD
    rerun = subprocess.run([*args, "--resume"], capture_output=True, timeout=600)
    assert rerun.returncode == 1 and b"Traceback" not in rerun.stderr
    assert list(canonical_dump(db)) == list(canonical_dump(runs[1][2]))


# ------------------------------------------------------------------ the options, on a few files


@pytest.fixture
def few(tmp_path) -> Path:
    folder = tmp_path / "few"
    folder.mkdir()
    for i in range(5):
        (folder / f"d{i}.txt").write_text(dispatch_text(i), encoding="utf-8")
    return folder


def test_db_alone_writes_nothing_to_stdout(few, tmp_path, parser):
    db = tmp_path / "a.db"
    result = CliRunner().invoke(main, ["parse", str(few), "--db", str(db)])
    assert result.exit_code == 0 and result.stdout == ""
    assert f"{db}: 5 documents added, 0 already there, 0 failures recorded" in result.stderr
    assert count(db, "SELECT count(*) AS n FROM documents") == 5


def test_db_with_jsonl_or_output_folder_writes_both(few, tmp_path, parser):
    db = tmp_path / "a.db"
    lines = CliRunner().invoke(main, ["parse", str(few), "--db", str(db), "--jsonl", "-q"])
    assert lines.exit_code == 0 and lines.stderr == ""  # -q: no summary, no archive line
    assert [json.loads(line)["source"]["path"] for line in lines.stdout.splitlines()] == [
        str(few / f"d{i}.txt") for i in range(5)]
    out, db2 = tmp_path / "out", tmp_path / "b.db"
    files = CliRunner().invoke(main, ["parse", str(few), "--db", str(db2), "-o", str(out), "-q"])
    assert files.exit_code == 0 and len(list(out.glob("*.json"))) == 5
    assert list(canonical_dump(db)) == list(canonical_dump(db2))


def test_one_file_and_stdin_go_to_the_db_too(few, tmp_path, parser):
    db = tmp_path / "a.db"
    one = CliRunner().invoke(main, ["parse", str(few / "d0.txt"), "--db", str(db)])
    assert one.exit_code == 0 and one.stdout == ""
    stdin = CliRunner().invoke(main, ["parse", "-", "--db", str(db)], input=dispatch_text(42).encode())
    assert stdin.exit_code == 0
    assert query(db, "SELECT path FROM documents ORDER BY path") == [{"path": None}, {"path": str(few / "d0.txt")}]


def test_resume_with_db_and_outputs_parses_what_either_lacks(few, tmp_path, parser):
    out, db = tmp_path / "out", tmp_path / "a.db"
    CliRunner().invoke(main, ["parse", str(few), "-o", str(out), "-q"])
    (out / "d4.json").unlink()
    result = CliRunner().invoke(main, ["parse", str(few), "-o", str(out), "--db", str(db), "--resume"])
    assert "5 parsed, 0 skipped" in result.stderr  # every output was missing from the archive
    again = CliRunner().invoke(main, ["parse", str(few), "-o", str(out), "--db", str(db), "--resume"])
    assert "0 parsed, 5 skipped" in again.stderr
    assert count(db, "SELECT count(*) AS n FROM documents") == 5 and (out / "d4.json").exists()


@pytest.mark.parametrize("args, message", [
    (["--db", "a.db", "--format", "csv"], "--format csv writes to stdout; it cannot be combined with --db."),
    (["--db", "a.db", "--jsonl", "--resume"], "--resume skips inputs, which --jsonl would then leave out"),
    (["--resume"], "--resume needs -o DIR or --db FILE"),
])
def test_db_options_that_do_not_go_together(few, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["parse", str(few), *args])
    assert result.exit_code == 2 and message in result.stderr
    assert not (tmp_path / "a.db").exists()


def test_a_db_that_is_no_archive_stops_before_parsing(few, tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("my notes")
    result = CliRunner().invoke(main, ["parse", str(few), "--db", str(notes)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {notes}: file is not a database\n"
    assert notes.read_text() == "my notes"


def test_an_archive_that_cannot_be_written_stops_the_batch(few, tmp_path, monkeypatch, parser):
    from dispatch_cli.archive.errors import ArchiveError
    from dispatch_cli.archive.writer import Archive

    def broken(self):
        raise ArchiveError(f"{self.path}: database or disk is full")

    monkeypatch.setattr(Archive, "commit", broken)
    db = tmp_path / "a.db"
    result = CliRunner().invoke(main, ["parse", str(few), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {db}: database or disk is full\n"
