"""The archive's tables and views on records built by hand (no parser): what is stored, how
it is keyed, what the views answer, and what a second writing leaves unchanged."""
from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import handmade
from dispatch_cli.archive.dump import canonical_dump
from dispatch_cli.archive.errors import ArchiveError
from dispatch_cli.archive.schema import SCHEMA_VERSION, TABLES, VIEWS, name_key
from dispatch_cli.archive.writer import Archive, connect, record_rows


def record(path: str = "news/bakou.txt", **changes: Any) -> dict[str, Any]:
    rec = handmade.record()
    rec["source"]["path"] = path
    rec.update(changes)
    return rec


def other_record() -> dict[str, Any]:
    """A second dispatch in which Ilham Aliyev meets Jens Stoltenberg again, later, and is
    written without his accent-free spelling folded the same way."""
    rec = copy.deepcopy(handmade.record())
    text = handmade.TEXT.replace("14 juin", "15 juin")
    rec["source"] = {"path": "news/bakou-2.txt", "sha256": "f" * 64, "encoding": "utf-8", "chars": len(text)}
    rec["doc_id"] = "f" * 16  # the first 16 hex digits of its sha256
    rec["dateline"]["date"], rec["dateline"]["day"] = "2024-06-15", 15
    rec["actors"][0]["name"] = "ILHAM ALIYEV"
    rec["events"][0]["participants"][0]["name"] = "ILHAM ALIYEV"
    rec["events"][0]["date"] = "2024-07-01"
    rec["events"] = rec["events"][:1]
    return rec


def write(path: Path, *records: dict[str, Any], text: str | None = handmade.TEXT) -> Archive:
    archive = Archive.open(path)
    for rec in records:
        archive.add(json.dumps(rec, ensure_ascii=False), text)
    archive.commit()
    return archive


def rows(db_path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    write(path, record(), other_record()).close()
    return path


def test_name_key_folds_case_accents_apostrophes_and_articles():
    assert name_key("L’Union  Européenne") == name_key("union europeenne") == "union europeenne"
    assert name_key("Djeyhoun Baïramov") == name_key("DJEYHOUN BAIRAMOV")
    assert name_key("Azerbaïdjan-Turquie") == "azerbaidjan turquie"
    assert name_key("Jeyhoun Bayramov") != name_key("Djeyhoun Baïramov")  # no guess beyond folding


def test_every_table_has_its_columns_keys_and_indexes(db):
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    for table in TABLES:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table.name})")]
        assert columns == list(table.columns)
        fks = {(r[3], r[2], r[4]) for r in conn.execute(f"PRAGMA foreign_key_list({table.name})")}
        assert fks == set(table.foreign_keys)
        indexed = {tuple(r[2] for r in conn.execute(f"PRAGMA index_info('{i[1]}')"))
                   for i in conn.execute(f"PRAGMA index_list({table.name})")}
        for column, _, _ in table.foreign_keys:  # every join column leads an index
            assert any(cols[0] == column for cols in indexed), (table.name, column)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"documents_fts", "entities_fts", "aliases_fts"} | set(VIEWS) <= names
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_record_is_stored_in_normalized_tables(db):
    doc = rows(db, "SELECT * FROM documents WHERE path = 'news/bakou.txt'")[0]
    rec = record()
    assert doc["doc_id"] == rec["source"]["sha256"][:16] and doc["sha256"] == rec["source"]["sha256"]
    assert (doc["dateline_place"], doc["dateline_date"], doc["dateline_agency"]) == ("Bakou", "2024-06-14", "AZERTAC")
    assert doc["byline_name"] == "Igbal Hadjiyev" and doc["text"] == handmade.TEXT
    doc_id = doc["doc_id"]
    actors = rows(db, "SELECT * FROM actors WHERE doc_id = ? ORDER BY local_id", (doc_id,))
    assert [(a["id"], a["name"]) for a in actors] == [(f"{doc_id}-a{i}", a["name"])
                                                      for i, a in enumerate(rec["actors"], 1)]
    assert rows(db, "SELECT alias FROM aliases WHERE entity_id = ?", (f"{doc_id}-o1",)) == [{"alias": "OTAN"}]
    assert rows(db, "SELECT role FROM roles WHERE entity_id = ?", (f"{doc_id}-a3",)) == [
        {"role": "ministre des Affaires étrangères"}]
    for m in rows(db, "SELECT m.* FROM mentions AS m JOIN entities AS e ON e.id = m.entity_id WHERE e.doc_id = ?",
                  (doc_id,)):
        assert handmade.TEXT[m["start"]:m["end"]] == m["text"]
    events = rows(db, "SELECT * FROM events WHERE doc_id = ? ORDER BY id", (doc_id,))
    assert [(e["type"], e["date"], e["place"], e["trigger_text"]) for e in events] == [
        ("meeting", "2024-06-12", "Bakou", "a reçu"), ("call", None, None, "s’est entretenu par téléphone")]
    parties = rows(db, "SELECT * FROM participants WHERE event_id = ? ORDER BY position", (f"{doc_id}-e1",))
    assert [(p["entity_id"], p["kind"], p["name"]) for p in parties] == [
        (f"{doc_id}-a1", "actor", "Ilham Aliyev"), (f"{doc_id}-a2", "actor", "Jens Stoltenberg")]


def test_meetings_view_joins_participants_and_reads_the_sentence(db):
    meeting = rows(db, "SELECT * FROM meetings WHERE path = 'news/bakou.txt' ORDER BY event_id")
    assert [(m["type"], m["participants"], m["filed"]) for m in meeting] == [
        ("meeting", "Ilham Aliyev; Jens Stoltenberg", "2024-06-14"),
        ("call", "Djeyhoun Baïramov; Hadja Lahbib", "2024-06-14")]
    assert meeting[1]["sentence"].startswith("Ensuite, le ministre") and meeting[1]["sentence"].endswith("Lahbib.")


def test_who_met_whom_pairs_by_folded_name_across_documents(db):
    pairs = rows(db, "SELECT * FROM who_met_whom ORDER BY encounters DESC, key_a")
    assert [(p["key_a"], p["key_b"], p["encounters"], p["documents"], p["first_date"], p["last_date"])
            for p in pairs] == [
        ("ilham aliyev", "jens stoltenberg", 2, 2, "2024-06-12", "2024-07-01"),
        # an event without a date of its own is dated by its dispatch
        ("djeyhoun bairamov", "hadja lahbib", 1, 1, "2024-06-14", "2024-06-14")]


def test_actor_roles_lists_every_role_and_the_documents(db):
    aliyev = rows(db, "SELECT * FROM actor_roles WHERE name_key = 'ilham aliyev'")
    assert aliyev == [{"name": "ILHAM ALIYEV", "documents": 2, "roles": "président de la République d’Azerbaïdjan",
                       "name_key": "ilham aliyev"}]


def test_full_text_search_finds_names_aliases_and_words(db):
    found = rows(db, "SELECT e.name FROM entities_fts JOIN entities AS e ON e.rowid = entities_fts.rowid "
                     "WHERE entities_fts MATCH 'bairamov'")
    assert found == [{"name": "Djeyhoun Baïramov"}] * 2  # one entity in each document
    assert rows(db, "SELECT alias FROM aliases_fts WHERE aliases_fts MATCH 'otan'") == [{"alias": "OTAN"}] * 2
    docs = rows(db, "SELECT d.path FROM documents_fts JOIN documents AS d ON d.rowid = documents_fts.rowid "
                    "WHERE documents_fts MATCH 'telephone' ORDER BY d.path")
    assert docs == [{"path": "news/bakou-2.txt"}, {"path": "news/bakou.txt"}]  # accents folded
    assert rows(db, "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'tokyo'") == []


def test_the_same_bytes_are_stored_once(db, tmp_path):
    before = list(canonical_dump(db))
    archive = write(db, record(path="elsewhere/copy.txt"), other_record())
    assert (archive.added, archive.present) == (0, 2)
    archive.close()
    assert list(canonical_dump(db)) == before


def test_failures_are_recorded_once_and_cleared_when_the_input_is_stored(tmp_path):
    path = tmp_path / "a.db"
    archive = Archive.open(path)
    archive.fail("news/bakou.txt", "binary file")
    archive.fail("news/other.txt", "permission denied")
    archive.commit()
    archive.fail("news/other.txt", "permission denied")
    archive.commit()
    assert rows(path, "SELECT * FROM failures ORDER BY path") == [
        {"path": "news/bakou.txt", "error": "binary file"}, {"path": "news/other.txt", "error": "permission denied"}]
    archive.add(json.dumps(record()), handmade.TEXT)
    archive.commit()
    archive.close()
    assert rows(path, "SELECT path FROM failures") == [{"path": "news/other.txt"}]


def test_fields_to_come_fill_their_columns_and_are_not_required(tmp_path):
    rec = record(doc_id="0123456789abcdef", producer={"dispatch": "0.2.0", "model": "fr_core_news_md 3.8.0"})
    rec["actors"][0]["country"] = "Azerbaïdjan"
    event = rec["events"][0]
    event.update(cameo="042", plover={"type": "CONSULT", "mode": "visit"}, date_end="2024-06-13",
                 date_source="text", location={"name": "Bakou", "country": "AZE", "source": "dateline"},
                 dyads=[["a1", "a2"]])
    event["participants"][0].update(kind="person", country="AZE")
    for key in ("cameo", "plover", "date_end", "date_source", "location", "dyads"):
        rec["events"][1].pop(key, None)  # a record of an older version, without them
    path = tmp_path / "a.db"
    write(path, rec).close()
    doc = rows(path, "SELECT doc_id, producer_dispatch, producer_model FROM documents")[0]
    assert doc == {"doc_id": "0123456789abcdef", "producer_dispatch": "0.2.0",
                   "producer_model": "fr_core_news_md 3.8.0"}
    e = rows(path, "SELECT * FROM events WHERE local_id = 'e1'")[0]
    assert (e["cameo"], e["plover_type"], e["plover_mode"], e["date_end"], e["date_source"]) == (
        "042", "CONSULT", "visit", "2024-06-13", "text")
    assert (e["location_name"], e["location_country"], e["location_source"], json.loads(e["dyads"])) == (
        "Bakou", "AZE", "dateline", [["a1", "a2"]])
    p = rows(path, "SELECT kind, country, entity_id FROM participants WHERE event_id = ? AND position = 0", (e["id"],))
    assert p == [{"kind": "person", "country": "AZE", "entity_id": "0123456789abcdef-a1"}]
    assert rows(path, "SELECT country FROM entities WHERE id = '0123456789abcdef-a1'") == [{"country": "Azerbaïdjan"}]
    # and an event without any of them leaves them empty
    assert rows(path, "SELECT cameo FROM events WHERE local_id = 'e2'") == [{"cameo": None}]


def test_a_record_with_repeated_ids_or_a_dangling_ref_is_still_stored(tmp_path):
    rec = record()
    rec["actors"].append(dict(rec["actors"][0], name="Someone Else"))  # a1 again: the first is kept
    rec["events"][0]["participants"].append({"ref": "a9", "name": "Nobody Known"})
    rows_ = record_rows(rec, None)
    assert [e["name"] for e in rows_["entities"] if e["local_id"] == "a1"] == ["Ilham Aliyev"]
    assert rows_["participants"][2]["entity_id"] is None
    path = tmp_path / "a.db"
    write(path, rec).close()
    assert rows(path, "SELECT count(*) AS n FROM participants WHERE entity_id IS NULL") == [{"n": 1}]


def test_a_record_the_database_refuses_fails_alone(tmp_path, monkeypatch):
    """A document that breaks a key is recorded as a failure; the others of its commit are stored."""
    path = tmp_path / "a.db"
    archive = Archive.open(path)
    bad = other_record()
    archive.add(json.dumps(record()), handmade.TEXT)
    archive.add(json.dumps(bad), handmade.TEXT)
    archive._pending[1].rows["roles"].append({"entity_id": "no-such-entity", "position": 0, "role": "x"})
    archive.commit()
    archive.close()
    assert (archive.added, archive.failures) == (1, 1)
    assert rows(path, "SELECT path FROM documents") == [{"path": "news/bakou.txt"}]
    failure = rows(path, "SELECT * FROM failures")[0]
    assert failure["path"] == "news/bakou-2.txt" and "FOREIGN KEY" in failure["error"]


def test_a_record_without_its_fields_is_a_failure_not_a_crash(tmp_path):
    path = tmp_path / "a.db"
    archive = Archive.open(path)
    archive.add({"source": {"path": "x.json", "sha256": "0" * 64}, "actors": [{"id": "a1"}]}, None)
    archive.close()
    assert rows(path, "SELECT path, error FROM failures") == [
        {"path": "x.json", "error": "not a dispatch record: KeyError: 'name'"}]


def test_what_is_not_an_archive_is_refused(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("not a database")
    with pytest.raises(ArchiveError, match=r"notes\.db: file is not a database"):
        Archive.open(text)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(ArchiveError, match="not a dispatch archive"):
        Archive.open(other)
    newer = tmp_path / "newer.db"
    sqlite3.connect(newer).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}").connection.close()
    with pytest.raises(ArchiveError, match="format 2"):
        Archive.open(newer)
    with pytest.raises(ArchiveError, match="no such archive"):
        connect(tmp_path / "missing.db")
    with pytest.raises(ArchiveError, match="unable to open"):
        Archive.open(tmp_path)


def test_canonical_dump_ignores_how_many_transactions_wrote(tmp_path):
    one, many = tmp_path / "one.db", tmp_path / "many.db"
    write(one, record(), other_record()).close()
    archive = Archive.open(many)
    for rec in (record(), other_record()):
        archive.add(json.dumps(rec), handmade.TEXT)
        archive.commit()
    archive.close()
    assert list(canonical_dump(one)) == list(canonical_dump(many))
