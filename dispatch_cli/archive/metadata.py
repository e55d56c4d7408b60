"""Datasette metadata for an archive: labels for its tables and views, and canned queries.

`dispatch metadata archive.db > metadata.json`, then `datasette archive.db --metadata
metadata.json`: every table and view is described, foreign keys are labelled by the name of
the row they point at, and the common questions are canned queries on the database's page.
Datasette names a database after its file, so the metadata is made for one file name.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from dispatch_cli.archive.schema import TABLES, VIEWS

# name -> (title, SQL, description). Parameters (`:name`) become a form in Datasette.
CANNED_QUERIES: dict[str, tuple[str, str, str]] = {
    "meetings": (
        "Meetings", "SELECT * FROM meetings ORDER BY coalesce(date, filed), event_id",
        "Every event in date order, with its participants and the sentence that reports it."),
    "who_met_whom": (
        "Who met whom",
        "SELECT party_a, party_b, encounters, documents, first_date, last_date, kind_a, kind_b "
        "FROM who_met_whom ORDER BY encounters DESC, last_date DESC, party_a, party_b",
        "Each pair of parties with how often they met, first and last date."),
    "actor_roles": (
        "Actors and their roles", "SELECT name, documents, roles FROM actor_roles ORDER BY documents DESC, name",
        "Each person with every role the dispatches give them."),
    "meetings_of": (
        "Meetings of a name",
        "SELECT m.* FROM meetings AS m WHERE m.event_id IN ("
        "SELECT p.event_id FROM participants AS p JOIN entities AS e ON e.id = p.entity_id "
        "JOIN entities_fts ON entities_fts.rowid = e.rowid WHERE entities_fts MATCH :name) "
        "ORDER BY coalesce(m.date, m.filed), m.event_id",
        "The events in which a name takes part (full-text: accents and case do not matter)."),
    "search": (
        "Search the dispatches",
        "SELECT d.doc_id, d.path, d.dateline_date, "
        "snippet(documents_fts, 1, '[', ']', '…', 16) AS excerpt "
        "FROM documents_fts JOIN documents AS d ON d.rowid = documents_fts.rowid "
        "WHERE documents_fts MATCH :words ORDER BY rank",
        "Full-text search of headlines and texts."),
}


def datasette_metadata(database: str | Path) -> dict[str, Any]:
    """The Datasette metadata for the archive file `database` (its name is the file's stem)."""
    tables: dict[str, Any] = {}
    for table in TABLES:
        entry: dict[str, Any] = {"description": table.description}
        if table.label:
            entry["label_column"] = table.label
        if table.docs:
            entry["columns"] = dict(table.docs)
        if table.name == "events":
            entry["facets"] = ["type"]
        tables[table.name] = entry
    for name, (description, _) in VIEWS.items():
        tables[name] = {"description": description}
    return {
        "title": "Dispatch archive",
        "description": "French news dispatches parsed by dispatch: documents, actors, organizations, "
                       "places and meeting events.",
        "databases": {
            Path(database).stem: {
                "tables": tables,
                "queries": {name: {"title": title, "sql": sql, "description": description}
                            for name, (title, sql, description) in CANNED_QUERIES.items()},
            },
        },
    }
