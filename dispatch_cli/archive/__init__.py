"""The archive: dispatch records in a SQLite database, and what can be asked of it.

`dispatch parse --db FILE` stores each record in normalized tables (`schema.py`) through
`writer.Archive`; `summary.py` computes the report of `dispatch summary`; `metadata.py`
describes the database to Datasette; `dump.py` gives a canonical text form of a database,
to compare two of them. This package reads records (their JSON form) and never the parser:
it imports nothing of `nlp`, `api`, `batch`, `views` or `cli`.
"""
