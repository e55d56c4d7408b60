"""The archive's one error, apart from the writer so that callers can catch it without
importing SQLite tooling they may not use."""
from __future__ import annotations


class ArchiveError(Exception):
    """The archive cannot be opened, read or written; the message says why, for the user."""
