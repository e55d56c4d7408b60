"""The dateline (`Bakou, 14 juin, AZERTAC`), the archive's filing line and the headline.

These sit in the first lines of a dispatch, before the prose the language model is good at,
so they are read with patterns over the raw text; the month names and weekdays are data of
the rule model (`models/calendar.json`). Agencies write their datelines in a few forms:

- place, day and month, agency: `Bakou, 14 juin, AZERTAC`, `Moscou, le 13 janvier (Hibya)`,
  `Tunis, 12 mai 2023 (TAP) -`;
- place and agency or outlet without a date: `Istanbul (AA) -`, `AA / Istanbul`, `Paris / La
  Gazette` (the side that is a known place is the place);
- a bare agency prefix (`AMI -`) names no place and is no dateline.
"""
from __future__ import annotations

import datetime as dt
import re

from dispatch_cli.nlp.findings import Dateline, Filing
from dispatch_cli.nlp.lexicon import Calendar, Geography
from dispatch_cli.nlp.textview import DATE_LINE

# How far into a text a dateline may start: after a filing line, section words and a headline.
HEAD_WINDOW = 700
# A place or an agency's name: one to four words, each opening with a capital (or `de`, `la`).
_NAME = r"[A-ZÀ-Ý][\w’'\-.]*(?:[ \-](?:[A-ZÀ-Ý][\w’'\-.]*|de|du|la|le|des)){0,3}"
# `AA / Istanbul`, `Paris / La Gazette`: two names around a slash, alone on their line or
# before the text (after a dash or a colon).
_SLASH = re.compile(r"(?P<left>" + _NAME + r")\s*/\s*(?P<right>" + _NAME + r")[ \t]*(?:$|[-–—:]\s*)",
                    re.MULTILINE)
# `Istanbul (AA) -`: a place and the agency in brackets, before the text.
_BRACKETED = re.compile(r"(?P<place>" + _NAME + r")\s*\((?P<agency>[A-ZÀ-Ý][\w\- ]{0,30})\)[ \t]*(?:$|[-–—:])",
                        re.MULTILINE)
MIN_HEADLINE = 15  # characters


class DatelineReader:
    """Read the dateline and headline with the months and weekdays of one calendar."""

    def __init__(self, calendar: Calendar, geography: Geography, head_window: int = HEAD_WINDOW) -> None:
        self.calendar = calendar
        self.geography = geography
        self.head_window = head_window
        months = "|".join(sorted(calendar.months, key=len, reverse=True))
        self.pattern = re.compile(
            r"(?P<place>[A-ZÀ-Ý][\w’'\-]*(?:[ \-][A-ZÀ-Ýa-zà-ÿ][\w’'\-]*){0,3})\s*,\s*(?:le\s+)?"
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
        return self._undated(text, start, filing.year if filing else default_year)

    def _undated(self, text: str, start: int, year: int | None) -> Dateline | None:
        """A place-and-agency dateline without a date (`Istanbul (AA) -`, `AA / Istanbul`),
        opening a line near the top of the text."""
        head = text[:self.head_window]
        found: list[tuple[int, re.Match[str], str, str]] = []
        for m in _BRACKETED.finditer(head, start):
            if self._opens_line(text, m.start(), start) and self._is_place(m.group("place")):
                found.append((m.start(), m, m.group("place"), m.group("agency")))
        for m in _SLASH.finditer(head, start):
            if not self._opens_line(text, m.start(), start):
                continue
            left, right = m.group("left").strip(), m.group("right").strip()
            if self._is_place(right) and not self._is_place(left):
                found.append((m.start(), m, right, left))
            elif self._is_place(left) and not self._is_place(right):
                found.append((m.start(), m, left, right))
        if not found:
            return None
        _at, m, place, agency = min(found, key=lambda f: f[0])
        end = m.end()
        while end > m.start() and text[end - 1] in " \t\n-–—:":
            end -= 1
        return Dateline(text=text[m.start():end], place=place.strip(), day=None, month=None, year=year, date=None,
                        agency=agency.strip(), start=m.start(), end=end)

    def _opens_line(self, text: str, at: int, start: int) -> bool:
        before = text[:at].rstrip(" \t")
        return not before or before.endswith("\n") or at - start < 3

    def _is_place(self, name: str) -> bool:
        """Is the name a state's or a city's of the gazetteer?"""
        return self.geography.country_of(name.strip()) is not None


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
