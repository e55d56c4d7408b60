"""A canonical text form of an archive, to compare two of them.

Two archives of the same inputs hold the same rows, but not the same bytes: pages, free
lists and the segments of the full-text indexes depend on how many transactions wrote them
(one per chunk, and chunks differ with the number of workers or after an interruption). The
canonical dump leaves that out: the schema, every table's rows in primary-key order, and the
vocabulary of every full-text index (each term with the number of rows and of occurrences).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from dispatch_cli.archive.schema import TABLES
from dispatch_cli.archive.writer import connect


def canonical_dump(path: str | Path) -> Iterator[str]:
    """The archive at `path` as lines of text: equal for archives of equal content.
    Raises `ArchiveError` when `path` is not an archive."""
    db = connect(path)
    try:
        yield f"user_version {db.execute('PRAGMA user_version').fetchone()[0]}"
        for kind, name, sql in db.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"):
            yield f"{kind} {name}: {sql}"
        for table in TABLES:
            pk = [table.pk] if isinstance(table.pk, str) else list(table.pk)
            order = ", ".join(f'"{column}"' for column in pk)
            for row in db.execute(f'SELECT * FROM "{table.name}" ORDER BY {order}'):
                yield f"{table.name} {json.dumps(row, ensure_ascii=False)}"
            if table.fts:
                vocab = f"temp.{table.name}_vocab"
                db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} "
                           f"USING fts5vocab(main, '{table.name}_fts', 'row')")
                for row in db.execute(f"SELECT term, doc, cnt FROM {vocab} ORDER BY term"):
                    yield f"{table.name}_fts {json.dumps(row, ensure_ascii=False)}"
    finally:
        db.close()
