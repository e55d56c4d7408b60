"""The report of `dispatch summary`: what an archive holds, as JSON-ready data.

An archive database is read as it is. A folder of JSON outputs (`dispatch parse -o DIR`) is
first loaded into a temporary archive by the same writer as `--db`, so both give the same
figures for the same records; the failures of such a batch come from its `--errors` file.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from dispatch_cli.archive.errors import ArchiveError
from dispatch_cli.archive.writer import Archive, connect, iter_json_records

# Records loaded from a folder per transaction.
LOAD_CHUNK = 200


def summarize(path: str | Path, top: int = 10) -> dict[str, Any]:
    """The report of the archive at `path` (`ArchiveError` if it is none); `top` bounds the
    lists of actors and pairs. The keys are those of `dispatch summary --json`."""
    db = connect(path)
    try:
        return _report(db, str(path), top)
    finally:
        db.close()


def summarize_folder(folder: str | Path, top: int = 10, errors: str | Path | None = None) -> dict[str, Any]:
    """The report of the records in the `*.json` files below `folder`, and of the failures
    listed in `errors` (JSON Lines of `{"path", "error"}`, as `dispatch parse --errors`
    writes). A file that holds no record is reported as a failure. Raises `ArchiveError`
    for an `errors` file that cannot be read."""
    with tempfile.TemporaryDirectory(prefix="dispatch-summary-") as tmp:
        archive = Archive.open(Path(tmp) / "summary.db")
        try:
            for n, (path, record) in enumerate(iter_json_records(Path(folder)), 1):
                if isinstance(record, str):
                    archive.fail(path, record)
                else:
                    archive.add(record, None)
                if n % LOAD_CHUNK == 0:
                    archive.commit()
            if errors is not None:
                for path, error in _error_lines(Path(errors)):
                    archive.fail(path, error)
            archive.commit()
            return _report(archive.db, str(folder), top)
        finally:
            archive.db.close()


def _error_lines(path: Path) -> list[tuple[str, str]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ArchiveError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    found = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            found.append((str(item["path"]), str(item["error"])))
        except (ValueError, KeyError, TypeError):
            raise ArchiveError(f"{path}: line {number} is not a failure ({{\"path\", \"error\"}})") from None
    return found


def _report(db: Database, name: str, top: int) -> dict[str, Any]:
    def one(sql: str, params: tuple[Any, ...] = ()) -> Any:
        return db.execute(sql, params).fetchone()[0]

    def rows(sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return list(db.query(sql, params))

    first, last = db.execute("SELECT min(dateline_date), max(dateline_date) FROM documents").fetchone()
    # An event is dated by its own date, else by its dispatch's.
    dated = ("SELECT e.type, coalesce(e.date, d.dateline_date) AS date FROM events AS e "
             "JOIN documents AS d ON d.doc_id = e.doc_id")
    return {
        "source": name,
        "documents": one("SELECT count(*) FROM documents"),
        "failed": one("SELECT count(*) FROM failures"),
        "first_date": first,
        "last_date": last,
        "undated_documents": one("SELECT count(*) FROM documents WHERE dateline_date IS NULL"),
        "names": {kind: one("SELECT count(DISTINCT name_key) FROM entities WHERE kind = ?", (kind,))
                  for kind in ("actor", "organization", "place")},
        "events": one("SELECT count(*) FROM events"),
        "events_by_type": {r["type"]: r["n"] for r in rows(
            "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")},
        "events_by_month": {r["month"]: r["n"] for r in rows(
            f"SELECT substr(date, 1, 7) AS month, count(*) AS n FROM ({dated}) WHERE date IS NOT NULL "
            "GROUP BY month ORDER BY month")},
        "undated_events": one(f"SELECT count(*) FROM ({dated}) WHERE date IS NULL"),
        "top_actors": rows(
            """SELECT min(a.name) AS name, count(DISTINCT a.doc_id) AS documents,
                      (SELECT count(DISTINCT p.event_id) FROM participants AS p
                       JOIN entities AS x ON x.id = p.entity_id
                       WHERE x.kind = 'actor' AND x.name_key = a.name_key) AS events,
                      (SELECT r.role FROM roles AS r JOIN entities AS x ON x.id = r.entity_id
                       WHERE x.kind = 'actor' AND x.name_key = a.name_key
                       GROUP BY r.role ORDER BY count(DISTINCT x.doc_id) DESC, r.role LIMIT 1) AS role
               FROM entities AS a WHERE a.kind = 'actor' GROUP BY a.name_key
               ORDER BY documents DESC, events DESC, name LIMIT ?""", (top,)),
        "top_pairs": rows(
            "SELECT party_a, party_b, encounters, first_date, last_date FROM who_met_whom "
            "ORDER BY encounters DESC, last_date DESC, party_a, party_b LIMIT ?", (top,)),
        "failures": rows("SELECT path, error FROM failures ORDER BY path"),
    }
