"""The dateline (`Bakou, 14 juin, AZERTAC`), the archive's filing line and the headline.

These sit in the first lines of a dispatch, before the prose the language model is good at,
so they are read with patterns over the raw text; the month names and agencies are data of
the rule model (`models/calendar.json`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dispatch_cli.nlp.lexicon import load_json
from dispatch_cli.records.types import Dateline
from dispatch_cli.nlp.textview import DATE_LINE

# How far into a text a dateline may start: after a filing line, section words and a headline.
HEAD_WINDOW = 700


@dataclass(frozen=True)
class Filing:
    """The ` date YYYY-MM[-DD] ` line of the archive."""

    year: int
    month: int
    end: int


@lru_cache(maxsize=1)
def _dateline_re() -> re.Pattern[str]:
    cal = load_json("calendar.json")
    months = "|".join(sorted(cal["months"], key=len, reverse=True))
    return re.compile(
        r"(?P<place>[A-ZÀ-Ý][\w’'\-]*(?:[ \-][A-ZÀ-Ýa-zà-ÿ][\w’'\-]*){0,3})\s*,\s*"
        r"(?P<day>\d{1,2})(?:er)?\s+(?P<month>" + months + r")\.?"
        r"(?:\s+(?P<year>\d{4}))?\s*[,(–—-]\s*(?P<agency>[A-Z][A-Za-z\-]*[A-Z])\b\)?",
        re.IGNORECASE,
    )


def read_filing(text: str) -> Filing | None:
    """The year and month of the archive's ` date YYYY-MM ` line, if the text has one."""
    m = re.match(DATE_LINE.pattern + r"(?:-\d{2})?", text)
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        return None
    return Filing(year, month, m.end())


def read_dateline(text: str, default_year: int | None = None) -> Dateline | None:
    """Find the dateline near the top of the text."""
    filing = read_filing(text)
    start = filing.end if filing else 0
    head = text[:HEAD_WINDOW]
    for m in _dateline_re().finditer(head, start):
        # The place must open a line (or follow the filing line): not a mid-sentence comma.
        before = text[:m.start()].rstrip(" \t")
        if before and not before.endswith("\n") and not (filing and m.start() - filing.end < 3):
            continue
        place = m.group("place").strip()
        if place.lower() in load_json("calendar.json")["weekdays"]:
            continue
        month = load_json("calendar.json")["months"][m.group("month").lower()]
        day = int(m.group("day"))
        year = int(m.group("year")) if m.group("year") else None
        if year is None:
            year = filing.year if filing else default_year
        if year is not None and filing and filing.month == 1 and month == 12 and not m.group("year"):
            year -= 1  # filed in January about the last days of December
        iso = _iso(year, month, day)
        return Dateline(text=m.group(0), place=place, day=day, month=month, year=year,
                        date=iso, agency=m.group("agency"), start=m.start(), end=m.end())
    return None


def read_headline(text: str, dateline: Dateline | None) -> str | None:
    """The title line before the dateline, if any (section words and page clutter skipped)."""
    filing = read_filing(text)
    start = filing.end if filing else 0
    end = dateline.start if dateline else 0
    if end <= start:
        return None
    for line in text[start:end].splitlines():
        line = line.strip(" \t|")
        if len(line) < 15 or line.isupper() or not re.search(r"[a-zà-ÿ]{3}", line):
            continue
        return line
    return None


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
