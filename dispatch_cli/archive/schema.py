"""The archive's database: its tables, indexes, full-text indexes and views, defined once.

Identity. A record names its entities per document (`a1`, `o1`, `p1`), and so do the tables:
an entity row is one entity of one document, with the id `<doc_id>-<local id>`. What groups
them across documents is `name_key`, the folded name (`name_key()`: case, accents,
apostrophes, hyphens and a leading article folded), so `Ilham Aliyev` in 300 dispatches is
300 rows with one key. The views that look across the archive (`who_met_whom`,
`actor_roles`) group by that key. Two spellings the parser did not merge (`Jeyhoun
Bayramov`, `Djeyhoun Baïramov`) stay two keys: the archive adds no guess of its own.

A document is keyed by `doc_id`, the first 16 hexadecimal digits of the SHA-256 of its raw
bytes (the record's own `doc_id` when it has one); `sha256` is unique too, so the same bytes
are stored once whatever their path. Every key is made from the record, never from the order
of insertion, so two runs over the same inputs give the same rows whatever the workers or
the interruptions.

Fields that records will gain (event codes, locations, producers) have nullable columns,
filled when a record carries them and empty otherwise.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# PRAGMA user_version of a dispatch archive: the version of the tables below. Raised when a
# change would make an older archive read wrongly (a key folded otherwise, a column renamed).
SCHEMA_VERSION = 1

# The kinds of entity, as the record's lists name them.
ENTITY_KINDS = {"actors": "actor", "organizations": "organization", "places": "place"}


@dataclass(frozen=True)
class Table:
    """One table: its columns in order (name -> Python type), primary key, foreign keys
    (column, table, column), indexes, full-text columns, and what it holds, for people."""

    name: str
    description: str
    columns: dict[str, type]
    pk: str | tuple[str, ...]
    not_null: tuple[str, ...] = ()
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()
    unique: tuple[str, ...] = ()
    fts: tuple[str, ...] = ()  # columns of its FTS5 index, `<name>_fts`
    label: str | None = None  # the column that names a row (Datasette's label column)
    docs: dict[str, str] = field(default_factory=dict)  # descriptions of some columns


TABLES: tuple[Table, ...] = (
    Table(
        "documents", "One row per dispatch (distinct bytes): where it came from, its dateline, "
                     "headline, byline and text.",
        {"doc_id": str, "sha256": str, "path": str, "encoding": str, "chars": int, "headline": str,
         "dateline_text": str, "dateline_place": str, "dateline_date": str, "dateline_year": int,
         "dateline_month": int, "dateline_day": int, "dateline_agency": str, "dateline_start": int,
         "dateline_end": int, "byline_name": str, "byline_role": str, "byline_place": str,
         "producer_dispatch": str, "producer_model": str, "text": str},
        pk="doc_id", not_null=("sha256",), unique=("sha256",), indexes=(("dateline_date",),),
        fts=("headline", "text"), label="path",
        docs={"doc_id": "first 16 hex digits of sha256", "sha256": "SHA-256 of the raw bytes",
              "path": "the input's path when first stored", "dateline_date": "the dispatch's date (YYYY-MM-DD)",
              "text": "the decoded text; every offset counts characters into it (empty when "
                      "loaded from JSON outputs)"},
    ),
    Table(
        "entities", "Every actor (person), organization and place of every document, one row per "
                    "entity of a document; name_key groups them across documents.",
        {"id": str, "doc_id": str, "local_id": str, "kind": str, "name": str, "name_key": str, "country": str},
        pk="id", not_null=("doc_id", "local_id", "kind", "name", "name_key"),
        foreign_keys=(("doc_id", "documents", "doc_id"),),
        indexes=(("doc_id",), ("kind", "name_key"), ("name_key",)), fts=("name",), label="name",
        docs={"id": "<doc_id>-<local_id>", "local_id": "the record's id: a1, o1, p1",
              "kind": "actor, organization or place", "name_key": "the folded name: one key across documents"},
    ),
    Table(
        "aliases", "Other names of an entity in its document (an acronym, a surname alone).",
        {"entity_id": str, "position": int, "alias": str},
        pk=("entity_id", "position"), not_null=("alias",), foreign_keys=(("entity_id", "entities", "id"),),
        fts=("alias",), label="alias",
    ),
    Table(
        "roles", "Every title or function the text gives an actor, in the order given.",
        {"entity_id": str, "position": int, "role": str},
        pk=("entity_id", "position"), not_null=("role",), foreign_keys=(("entity_id", "entities", "id"),),
        indexes=(("role",),), label="role",
    ),
    Table(
        "mentions", "Every stretch of text that names an entity (a name, a title, a pronoun).",
        {"entity_id": str, "position": int, "text": str, "start": int, "end": int},
        pk=("entity_id", "position"), foreign_keys=(("entity_id", "entities", "id"),), label="text",
        docs={"start": "character offset into documents.text, inclusive", "end": "exclusive"},
    ),
    Table(
        "events", "Every meeting event: its type, date, place and the words that report it.",
        {"id": str, "doc_id": str, "local_id": str, "type": str, "date": str, "date_end": str,
         "date_source": str, "place": str, "location_name": str, "location_country": str,
         "location_source": str, "cameo": str, "plover_type": str, "plover_mode": str, "dyads": str,
         "trigger_text": str, "trigger_start": int, "trigger_end": int, "sentence_start": int,
         "sentence_end": int},
        pk="id", not_null=("doc_id", "local_id", "type"), foreign_keys=(("doc_id", "documents", "doc_id"),),
        indexes=(("doc_id",), ("type",), ("date",)), label="trigger_text",
        docs={"id": "<doc_id>-<local_id>", "type": "meeting, call, visit, conference or signing",
              "date": "the event's own date (YYYY-MM-DD) when the text gives one",
              "dyads": "the record's dyads, as JSON"},
    ),
    Table(
        "participants", "The parties to each event, in the record's order: who met whom.",
        {"event_id": str, "position": int, "entity_id": str, "kind": str, "name": str, "name_key": str,
         "country": str},
        pk=("event_id", "position"), not_null=("name", "name_key"),
        foreign_keys=(("event_id", "events", "id"), ("entity_id", "entities", "id")),
        indexes=(("entity_id",), ("name_key",)), label="name",
        docs={"kind": "the record's kind of party, else the kind of the entity it refers to"},
    ),
    Table(
        "failures", "Inputs that could not be parsed or stored, with the cause; a later run that "
                    "stores the input removes its row.",
        {"path": str, "error": str},
        pk="path", not_null=("error",), label="path",
    ),
)

TABLE = {table.name: table for table in TABLES}

# Common questions, as views. A view has no order of its own: the canned queries of
# `metadata.py` and the report of `summary.py` order them.
VIEWS: dict[str, tuple[str, str]] = {
    "actors": ("The entities that are persons.",
               "SELECT id, doc_id, local_id, name, name_key, country FROM entities WHERE kind = 'actor'"),
    "organizations": ("The entities that are organizations.",
                      "SELECT id, doc_id, local_id, name, name_key, country FROM entities "
                      "WHERE kind = 'organization'"),
    "places": ("The entities that are places.",
               "SELECT id, doc_id, local_id, name, name_key, country FROM entities WHERE kind = 'place'"),
    "meetings": (
        "One row per event, with its participants' names joined and the sentence that reports it.",
        """SELECT e.id AS event_id, e.doc_id, d.path, e.type, e.date, e.date_end, e.place,
       (SELECT group_concat(name, '; ') FROM
          (SELECT p.name FROM participants AS p WHERE p.event_id = e.id ORDER BY p.position)) AS participants,
       e.trigger_text AS trigger,
       substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,
       d.dateline_date AS filed, e.cameo
FROM events AS e JOIN documents AS d ON d.doc_id = e.doc_id"""),
    "who_met_whom": (
        "Each unordered pair of parties that took part in one event, by folded name: how many "
        "encounters, in how many documents, first and last date (the event's, else the dispatch's).",
        """SELECT min(a.name) AS party_a, min(b.name) AS party_b,
       count(DISTINCT a.event_id) AS encounters, count(DISTINCT e.doc_id) AS documents,
       min(coalesce(e.date, d.dateline_date)) AS first_date,
       max(coalesce(e.date, d.dateline_date)) AS last_date,
       min(a.kind) AS kind_a, min(b.kind) AS kind_b, a.name_key AS key_a, b.name_key AS key_b
FROM participants AS a
JOIN participants AS b ON b.event_id = a.event_id AND b.name_key > a.name_key
JOIN events AS e ON e.id = a.event_id
JOIN documents AS d ON d.doc_id = e.doc_id
GROUP BY a.name_key, b.name_key"""),
    "actor_roles": (
        "Each person, by folded name, with every role seen (most frequent first) and the number "
        "of documents that name them.",
        """SELECT min(a.name) AS name, count(DISTINCT a.doc_id) AS documents,
       (SELECT group_concat(role, '; ') FROM
          (SELECT r.role FROM roles AS r JOIN entities AS x ON x.id = r.entity_id
           WHERE x.kind = 'actor' AND x.name_key = a.name_key
           GROUP BY r.role ORDER BY count(DISTINCT x.doc_id) DESC, r.role)) AS roles,
       a.name_key
FROM entities AS a WHERE a.kind = 'actor'
GROUP BY a.name_key"""),
}

_APOSTROPHES = re.compile(r"[’‘ʼ`´]")
_DASHES = re.compile(r"[-‐‑‒–—]")
_SPACES = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^(?:l'|le |la |les )")


def name_key(name: str) -> str:
    """The key that groups one name across documents: `L’Union Européenne` and `Union
    européenne` give `union europeenne`. Accents and case are folded, apostrophes made
    straight, hyphens and runs of spaces made one space, a leading definite article dropped.

    The key is part of the archive's format (SCHEMA_VERSION): the parser's own folding may
    change with its rules, this one only with the schema."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _APOSTROPHES.sub("'", text)
    text = _DASHES.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    return _LEADING_ARTICLE.sub("", text)
