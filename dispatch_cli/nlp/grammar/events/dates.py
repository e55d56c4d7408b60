"""When an encounter took place: the day its sentence gives, read against the dispatch's date.

A day and month (`le 12 juin`, `mardi 5 décembre`) with the year of the dispatch (the year
before for a December encounter reported in January); a weekday (`ce jeudi`) is the last such
day on or before the dispatch's date, unless `prochain` or `dernier` moves it out of the week;
`hier`, `avant-hier`, `aujourd'hui` count back from the dispatch's date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span

from dispatch_cli.nlp.lexicon import Calendar


@dataclass(frozen=True)
class DispatchDate:
    """What the dateline says of when the dispatch was written (each part may be unknown)."""

    year: int | None
    month: int | None
    day: int | None

    def date(self) -> dt.date | None:
        """The full date, when year, month and day are known and make a real day."""
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


class DateReader:
    """Read encounters' dates with the months, weekdays and relative days of one calendar."""

    def __init__(self, calendar: Calendar) -> None:
        self.months = calendar.months
        self.day_month = re.compile(r"\b(\d{1,2})(?:er)?(?:\s+et\s+\d{1,2})?\s+(" + "|".join(calendar.months)
                                    + r")\b(?:\s+(\d{4}))?")
        shifts = "|".join(calendar.week_shifts)
        self.weekdays = [(re.compile(r"\b" + word + r"\b(?!\s+(?:" + shifts + r"))"), number)
                         for word, number in calendar.weekdays.items()]
        self.relative = [(re.compile(r"\b" + re.escape(words) + r"\b"), days)
                         for words, days in calendar.relative_days.items()]

    def date_in(self, sent: Span, when: DispatchDate) -> str | None:
        """ISO date of an encounter from its sentence (`le 12 juin`, `mardi 5 décembre`, `ce
        jeudi`, `hier`), or None when the sentence gives no day or the year is unknown."""
        text = sent.text.lower()
        m = self.day_month.search(text)
        if m:
            day, month = int(m.group(1)), self.months[m.group(2)]
            year = int(m.group(3)) if m.group(3) else when.year
            if year and not m.group(3) and when.month and month > when.month + 1:
                year -= 1  # a December encounter reported in January
            try:
                return dt.date(year, month, day).isoformat() if year else None
            except ValueError:
                return None
        ref = when.date()
        if ref is None:
            return None
        for pattern, number in self.weekdays:
            if pattern.search(text):
                return (ref - dt.timedelta(days=(ref.weekday() - number) % 7)).isoformat()
        for pattern, days_back in self.relative:
            if pattern.search(text):
                return (ref - dt.timedelta(days=days_back)).isoformat()
        return None
