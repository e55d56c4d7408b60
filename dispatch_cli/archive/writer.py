"""Writing records into an archive: `Archive`, opened by `dispatch parse --db FILE`.

Records are buffered and written in one transaction per `commit()`, which the batch calls
once per chunk of documents: a batch killed at any point leaves the archive as it was after
some chunk, and a rerun (with or without `--resume`) completes it. The database is in WAL
mode, so `dispatch summary` or Datasette can read it while a batch writes.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from dispatch_cli.archive.errors import ArchiveError
from dispatch_cli.archive.schema import ENTITY_KINDS, SCHEMA_VERSION, TABLES, VIEWS, name_key

# How long a writer waits for another one to finish its transaction (two batches writing
# into one archive take turns), in milliseconds.
BUSY_TIMEOUT_MS = 60_000
STDIN_LABEL = "<stdin>"


def doc_id_of(record: dict[str, Any]) -> str:
    """The document's key: the record's `doc_id`, else the first 16 hex digits of its sha256."""
    doc_id = record.get("doc_id")
    return doc_id if isinstance(doc_id, str) and doc_id else str(record["source"]["sha256"])[:16]


def connect(path: str | Path, create: bool = False) -> Database:
    """Open the archive at `path` (and make it if `create` and the file is absent or empty).

    Raises `ArchiveError` when the file is missing (and not to be made), is not SQLite, holds
    other tables than an archive's, or an archive of another format version.
    """
    path = Path(path)
    if not create and not path.is_file():
        raise ArchiveError(f"{path}: no such archive")
    try:
        db = Database(path, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            if db.table_names() or db.view_names():
                raise ArchiveError(f"{path}: a SQLite database that is not a dispatch archive")
            if not create:
                raise ArchiveError(f"{path}: an empty database, not a dispatch archive")
            db.enable_wal()
            _create_schema(db)
        elif version != SCHEMA_VERSION:
            raise ArchiveError(f"{path}: an archive of format {version}; this dispatch reads format "
                               f"{SCHEMA_VERSION}")
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise ArchiveError(f"{path}: {exc}") from None
    return db


def _create_schema(db: Database) -> None:
    with db.atomic():
        for table in TABLES:
            db.table(table.name).create(table.columns, pk=table.pk, not_null=set(table.not_null),
                                  foreign_keys=list(table.foreign_keys))
            for columns in table.indexes:
                db.table(table.name).create_index(columns)
            for column in table.unique:
                db.table(table.name).create_index([column], unique=True)
            if table.fts:
                db.table(table.name).enable_fts(list(table.fts), create_triggers=True)
        for name, (_, sql) in VIEWS.items():
            db.create_view(name, sql)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


@dataclass
class _Pending:
    """A document waiting for the next commit: its rows by table."""

    path: str
    rows: dict[str, list[dict[str, Any]]]


@dataclass
class Archive:
    """An archive open for writing. `add` and `fail` buffer, `commit` writes what was
    buffered in one transaction; the counts say what the commits did."""

    path: Path
    db: Database
    added: int = 0  # documents stored
    present: int = 0  # documents already there (the same bytes), not stored again
    failures: int = 0  # failures recorded
    _pending: list[_Pending] = field(default_factory=list)
    _pending_sha: set[str] = field(default_factory=set)
    _failed: dict[str, str] = field(default_factory=dict)
    _seen: list[str] = field(default_factory=list)  # paths stored or present: no longer failures

    @classmethod
    def open(cls, path: str | Path) -> Archive:
        """Open the archive at `path` for writing, making it if needed (`ArchiveError` if it
        cannot be)."""
        return cls(Path(path), connect(path, create=True))

    def has(self, sha256: str) -> bool:
        """Whether a document of these bytes is stored or waiting to be."""
        if sha256 in self._pending_sha:
            return True
        try:
            return self.db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha256]).fetchone() is not None
        except sqlite3.Error as exc:
            raise ArchiveError(f"{self.path}: {exc}") from None

    def add(self, record: str | dict[str, Any], text: str | None) -> None:
        """Buffer one record (its JSON text or dict) and the text it was parsed from (None
        when unknown: it is then not stored). A record whose bytes are already stored is only
        counted, in `present`."""
        data: dict[str, Any] = json.loads(record) if isinstance(record, str) else record
        sha256 = str(data["source"]["sha256"])
        path = data["source"].get("path") or STDIN_LABEL
        if self.has(sha256):
            self._seen.append(path)
            self.present += 1
            return
        try:
            rows = record_rows(data, text)
        except (KeyError, TypeError, AttributeError) as exc:
            self._failed[path] = f"not a dispatch record: {type(exc).__name__}: {exc}"
            return
        self._seen.append(path)
        self._pending_sha.add(sha256)
        self._pending.append(_Pending(path, rows))

    def fail(self, path: str, error: str) -> None:
        """Buffer a failure: `path` as messages name it, and the cause."""
        self._failed[path] = error

    def commit(self) -> None:
        """Write what was buffered in one transaction. A document the database refuses (a
        record that breaks a key) is recorded as a failure instead; the others are stored.
        Raises `ArchiveError` when the database cannot be written (nothing of this commit
        is then)."""
        if not (self._pending or self._failed or self._seen):
            return
        pending, failed, seen = self._pending, self._failed, self._seen
        try:
            try:
                with self.db.atomic():
                    self._write([doc.rows for doc in pending], failed, seen)
            except sqlite3.IntegrityError:
                # Store the documents one by one, so that only the one that breaks a key fails.
                stored = []
                with self.db.atomic():
                    for doc in pending:
                        try:
                            with self.db.atomic():
                                self._write([doc.rows], {}, [])
                            stored.append(doc)
                        except sqlite3.IntegrityError as exc:
                            failed[doc.path] = f"cannot be stored in the archive: {exc}"
                    self._write([], failed, [s for s in seen if s not in failed])
                pending = stored
        except sqlite3.Error as exc:
            raise ArchiveError(f"{self.path}: {exc}") from None
        self.added += len(pending)
        self.failures += len(failed)
        self._pending, self._pending_sha, self._failed, self._seen = [], set(), {}, []

    def _write(self, docs: list[dict[str, list[dict[str, Any]]]], failed: dict[str, str], seen: list[str]) -> None:
        for table in TABLES:
            rows = [row for doc in docs for row in doc.get(table.name, ())]
            if rows:
                self.db.table(table.name).insert_all(rows)
        if seen:
            self.db.conn.executemany("DELETE FROM failures WHERE path = ?", [(path,) for path in seen])
        if failed:
            self.db.table("failures").upsert_all([{"path": p, "error": e} for p, e in failed.items()], pk="path")

    def close(self) -> None:
        """Commit what is buffered and close the database."""
        try:
            self.commit()
        finally:
            self.db.close()


# ---------------------------------------------------------------- a record as rows


def record_rows(record: dict[str, Any], text: str | None) -> dict[str, list[dict[str, Any]]]:
    """The rows of one record, by table, every column present (None when the record lacks
    the field). Entity and event ids that repeat within the record keep their first
    occurrence; a participant whose ref names no entity of the record keeps its name, with
    no `entity_id`."""
    doc_id = doc_id_of(record)
    source = record["source"]
    dateline = record.get("dateline") or {}
    byline = record.get("byline") or {}
    producer = record.get("producer") or {}
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in ("documents", "entities", "aliases", "roles",
                                                                    "mentions", "events", "participants")}
    rows["documents"].append({
        "doc_id": doc_id, "sha256": source["sha256"], "path": source.get("path"),
        "encoding": source.get("encoding"), "chars": source.get("chars"), "headline": record.get("headline"),
        **{f"dateline_{key}": dateline.get(key) for key in ("text", "place", "date", "year", "month", "day",
                                                           "agency", "start", "end")},
        **{f"byline_{key}": byline.get(key) for key in ("name", "role", "place")},
        "producer_dispatch": _text(producer.get("dispatch")), "producer_model": _text(producer.get("model")),
        "text": text,
    })
    kinds: dict[str, str] = {}
    for key, kind in ENTITY_KINDS.items():
        for entity in record.get(key) or ():
            local = str(entity["id"])
            if local in kinds:
                continue
            kinds[local] = kind
            entity_id = f"{doc_id}-{local}"
            rows["entities"].append({"id": entity_id, "doc_id": doc_id, "local_id": local, "kind": kind,
                                     "name": entity["name"], "name_key": name_key(entity["name"]),
                                     "country": _text(entity.get("country"))})
            rows["aliases"] += [{"entity_id": entity_id, "position": i, "alias": alias}
                                for i, alias in enumerate(entity.get("aliases") or ())]
            rows["roles"] += [{"entity_id": entity_id, "position": i, "role": role}
                              for i, role in enumerate(entity.get("roles") or ())]
            rows["mentions"] += [{"entity_id": entity_id, "position": i, "text": m["text"], "start": m["start"],
                                  "end": m["end"]} for i, m in enumerate(entity.get("mentions") or ())]
    events: set[str] = set()
    for event in record.get("events") or ():
        local = str(event["id"])
        if local in events:
            continue
        events.add(local)
        event_id = f"{doc_id}-{local}"
        trigger = event.get("trigger") or {}
        sentence = event.get("sentence") or {}
        location = event.get("location") or {}
        plover = event.get("plover") or {}
        dyads = event.get("dyads")
        rows["events"].append({
            "id": event_id, "doc_id": doc_id, "local_id": local, "type": event["type"], "date": event.get("date"),
            "date_end": event.get("date_end"), "date_source": _text(event.get("date_source")),
            "place": event.get("place"), "location_name": _text(location.get("name")),
            "location_country": _text(location.get("country")), "location_source": _text(location.get("source")),
            "cameo": _text(event.get("cameo")), "plover_type": _text(plover.get("type")),
            "plover_mode": _text(plover.get("mode")),
            "dyads": None if dyads is None else json.dumps(dyads, ensure_ascii=False, separators=(",", ":")),
            "trigger_text": trigger.get("text"), "trigger_start": trigger.get("start"),
            "trigger_end": trigger.get("end"), "sentence_start": sentence.get("start"),
            "sentence_end": sentence.get("end"),
        })
        for i, party in enumerate(event.get("participants") or ()):
            ref = party.get("ref")
            rows["participants"].append({
                "event_id": event_id, "position": i,
                "entity_id": f"{doc_id}-{ref}" if ref in kinds else None,
                "kind": _text(party.get("kind")) or kinds.get(str(ref)),
                "name": party["name"], "name_key": name_key(party["name"]), "country": _text(party.get("country")),
            })
    return rows


def _text(value: object) -> str | None:
    """A field as a column value: text as it is, None for none, anything else as JSON."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def iter_json_records(folder: Path) -> Iterator[tuple[str, dict[str, Any] | str]]:
    """Every `*.json` below `folder` (depth first, names in order, hidden files left out),
    as `(path, record)`, or `(path, cause)` when the file holds no record."""
    for path in sorted(folder.rglob("*.json")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts) or not path.is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            yield str(path), f"cannot read: {getattr(exc, 'strerror', None) or exc}"
            continue
        except json.JSONDecodeError as exc:
            yield str(path), f"not JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
            continue
        source = data.get("source") if isinstance(data, dict) else None
        if not isinstance(source, dict) or not isinstance(source.get("sha256"), str):
            yield str(path), "not a dispatch record (no `source.sha256`)"
            continue
        yield str(path), data
