"""Tie a record back to its source text: re-read the text, cut out an event's sentence.

A record stores character offsets, not the sentences themselves; the views (the table,
the CSV) show an event's trigger inside its sentence, so they need the text the offsets
point into. These helpers take a record either as a `DispatchRecord` or as its JSON dict,
and never trust offsets that do not point at the text they claim to.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dispatch_cli.records.printable import path_candidates
from dispatch_cli.records.types import DispatchRecord

RecordLike = Mapping[str, Any] | DispatchRecord


def as_dict(record: RecordLike) -> Mapping[str, Any]:
    """The JSON form of a record, whether given as a dataclass or already as a dict."""
    return record.to_dict() if isinstance(record, DispatchRecord) else record


def as_list(value: Any) -> list[Any]:
    """`value` if it is a list, else an empty one: a hand-edited record may hold anything."""
    return value if isinstance(value, list) else []


def as_mapping(value: Any) -> Mapping[str, Any]:
    """`value` if it is a mapping, else an empty one."""
    return value if isinstance(value, Mapping) else {}


def participant_names(event: Mapping[str, Any]) -> list[str]:
    """The names of an event's participants, in order."""
    participants = event.get("participants")
    names = [p.get("name") if isinstance(p, Mapping) else p for p in as_list(participants)]
    return [str(n) for n in names if n]


@dataclass(frozen=True)
class Evidence:
    """An event's sentence and where its trigger sits inside it."""

    sentence: str
    trigger_start: int  # character offsets into `sentence`, start inclusive
    trigger_end: int  # end exclusive: sentence[trigger_start:trigger_end] is the trigger

    @property
    def before(self) -> str:
        """The sentence's text before the trigger."""
        return self.sentence[: self.trigger_start]

    @property
    def trigger(self) -> str:
        """The trigger's words, as in the text."""
        return self.sentence[self.trigger_start: self.trigger_end]

    @property
    def after(self) -> str:
        """The sentence's text after the trigger."""
        return self.sentence[self.trigger_end:]


def event_evidence(event: Mapping[str, Any], text: str | None) -> Evidence | None:
    """The sentence of `event` with its trigger located, or None without a matching text.

    `event` is an event of a record's JSON; its `trigger` and `sentence` offsets count
    characters of `text`, start inclusive and end exclusive. The sentence is the event's
    `sentence` span when it holds the trigger, else the line around the trigger. None when
    there is no text, or the trigger's offsets do not point at the trigger's words in this
    text (a different version of the file). Never raises.
    """
    trigger = as_mapping(event.get("trigger"))
    start, end = trigger.get("start"), trigger.get("end")
    if text is None or not isinstance(start, int) or not isinstance(end, int):
        return None
    if not 0 <= start <= end <= len(text) or text[start:end] != trigger.get("text"):
        return None
    span = as_mapping(event.get("sentence"))
    s_start, s_end = span.get("start"), span.get("end")
    if not (isinstance(s_start, int) and isinstance(s_end, int) and s_start <= start <= end <= s_end
            and s_end <= len(text)):
        s_start = text.rfind("\n", 0, start) + 1
        s_end = text.find("\n", end)
        s_end = len(text) if s_end < 0 else s_end
    return Evidence(text[s_start:s_end], start - s_start, end - s_start)


def load_source_text(record: RecordLike, relative_to: Path | None = None) -> str | None:
    """The text a record was parsed from, re-read from `source.path`, or None (see
    `find_source_text`, which also says why not)."""
    return find_source_text(record, relative_to)[0]


def find_source_text(record: RecordLike, relative_to: Path | None = None) -> tuple[str | None, str | None]:
    """The text a record was parsed from, re-read from `source.path`, and None; or None and
    why it cannot be had (`source text not found`, `source text changed since it was
    parsed`, ...).

    A relative path is tried as given, then relative to `relative_to` (the folder of the
    JSON file); a path whose undecodable bytes the record wrote as `\\xHH` is tried with
    those bytes too. The file must still be the one that was parsed: its SHA-256 (of the
    bytes, or of the decoded text) must equal the record's. Never raises: a file that
    cannot be read or decoded gives None and the cause.
    """
    source = as_dict(record).get("source") or {}
    path = source.get("path")
    if not isinstance(path, str) or not path:
        return None, "the record names no source file (it was read from stdin)"
    candidates = [Path(name) for name in path_candidates(path)]
    if relative_to is not None and not Path(path).is_absolute():
        candidates += [relative_to / name for name in candidates]
    problem = "source text not found"
    for candidate in candidates:
        if candidate.exists() and not candidate.is_file():  # a folder, or a pipe that would block
            problem = "source text cannot be read: not a regular file"
            continue
        try:
            raw = candidate.read_bytes()
        except OSError as exc:
            if not isinstance(exc, FileNotFoundError | NotADirectoryError):
                reason = exc.strerror or str(exc)
                problem = f"source text cannot be read: {reason[:1].lower()}{reason[1:]}"
            continue
        encoding = source.get("encoding") or "utf-8"
        try:
            text = raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            return None, f"source text changed since it was parsed (no longer {encoding})"
        if text.startswith("\ufeff") and source.get("chars") == len(text) - 1:
            text = text[1:]  # the reader dropped the byte-order mark before parsing
        digest = source.get("sha256")
        if digest and digest not in (hashlib.sha256(raw).hexdigest(),
                                     hashlib.sha256(text.encode("utf-8")).hexdigest()):
            return None, "source text changed since it was parsed (its SHA-256 differs)"
        return text, None
    return None, problem
