"""The dateline (`Bakou, 14 juin, AZERTAC`), the archive's filing line and the headline.

These sit in the first lines of a dispatch, before the prose the language model is good at,
so they are read with patterns over the raw text; the month names and weekdays are data of
the rule model (`models/calendar.json`).
"""
from __future__ import annotations

import datetime as dt
import re

from dispatch_cli.nlp.findings import Dateline, Filing
from dispatch_cli.nlp.lexicon import Calendar
from dispatch_cli.nlp.textview import DATE_LINE

# How far into a text a dateline may start: after a filing line, section words and a headline.
HEAD_WINDOW = 700
MIN_HEADLINE = 15  # characters


class DatelineReader:
    """Read the dateline and headline with the months and weekdays of one calendar."""

    def __init__(self, calendar: Calendar, head_window: int = HEAD_WINDOW) -> None:
        self.calendar = calendar
        self.head_window = head_window
        months = "|".join(sorted(calendar.months, key=len, reverse=True))
        self.pattern = re.compile(
            r"(?P<place>[A-ZÀ-Ý][\w’'\-]*(?:[ \-][A-ZÀ-Ýa-zà-ÿ][\w’'\-]*){0,3})\s*,\s*"
            r"(?P<day>\d{1,2})(?:er)?\s+(?P<month>" + months + r")\.?"
            r"(?:\s+(?P<year>\d{4}))?\s*[,(–—-]\s*(?P<agency>[A-Z][A-Za-z\-]*[A-Z])\b\)?",
            re.IGNORECASE,
        )

    def dateline(self, text: str, default_year: int | None = None) -> Dateline | None:
        """The dateline near the top of `text`; its year from the dateline itself, else the
        filing line, else `default_year` (never today's date)."""
        filing = read_filing(text)
        start = filing.end if filing else 0
        head = text[:self.head_window]
        for m in self.pattern.finditer(head, start):
            # The place must open a line (or follow the filing line): not a mid-sentence comma.
            before = text[:m.start()].rstrip(" \t")
            if before and not before.endswith("\n") and not (filing and m.start() - filing.end < 3):
                continue
            place = m.group("place").strip()
            if place.lower() in self.calendar.weekdays:
                continue
            month = self.calendar.months[m.group("month").lower()]
            day = int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else None
            if year is None:
                year = filing.year if filing else default_year
            if year is not None and filing and filing.month == 1 and month == 12 and not m.group("year"):
                year -= 1  # filed in January about the last days of December
            return Dateline(text=m.group(0), place=place, day=day, month=month, year=year,
                            date=_iso(year, month, day), agency=m.group("agency"), start=m.start(), end=m.end())
        return None


def read_filing(text: str) -> Filing | None:
    """The year and month of the archive's ` date YYYY-MM ` line, if the text has one."""
    m = re.match(DATE_LINE.pattern + r"(?:-\d{2})?", text)
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        return None
    return Filing(year, month, m.end())


def read_headline(text: str, dateline: Dateline | None) -> str | None:
    """The title line before the dateline, if any (section words and page clutter skipped)."""
    filing = read_filing(text)
    start = filing.end if filing else 0
    end = dateline.start if dateline else 0
    if end <= start:
        return None
    for line in text[start:end].splitlines():
        line = line.strip(" \t|")
        if len(line) < MIN_HEADLINE or line.isupper() or not re.search(r"[a-zà-ÿ]{3}", line):
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
