"""When an encounter took place: the day its sentence gives, read against the dispatch's date.

- A day and month (`le 12 juin`, `mardi 5 décembre`, `le 3 juin 2024`) with the year of the
  dispatch (the year before for a December encounter reported in January). A range (`du 3 au
  5 mars`, `les 3 et 4 mars`, `du 30 mai au 2 juin`) starts on its first day.
- `le 4 courant`: that day of the dispatch's month.
- A weekday (`ce jeudi`) is the last such day on or before the dispatch's date, unless
  `prochain` or `dernier` moves it out of the week; when the dispatch's date is unknown, a
  full date the text gives pins it (the such day nearest to that date).
- `hier`, `avant-hier`, `aujourd'hui` count back from the dispatch's date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span

from dispatch_cli.nlp.lexicon import Calendar

LEAP_YEAR = 2000  # stands in for an unknown year where only days and months are compared
WEEK = 7  # days: an encounter dated further back than this before the dispatch is only recalled
IN_YEAR = re.compile(r"\ben (\d{4})\b")  # `en 2022`: a year as the time of what is told
TIMESTAMP = re.compile(r"\b\d{1,2}\s+\w+\s+\d{4},?\s+(?:à\s+)?\d{1,2}[:h]\d{2}\b")  # `13 Juin 2024 18:42`
SINCE = re.compile(r"\bdepuis(?:\s+(?:le|ce))?\s+$")  # right before a day: when a stay began
UNTIL = re.compile(r"\bjusqu['’](?:au|à)(?:\s+(?:le|ce))?\s+$")  # right before a day: when a stay ends


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


@dataclass(frozen=True)
class Days:
    """A day or a range of days a text gives (`first` == `last` for one day)."""

    first: dt.date
    last: dt.date


class DateReader:
    """Read encounters' dates with the months, weekdays and relative days of one calendar."""

    def __init__(self, calendar: Calendar) -> None:
        self.months = calendar.months
        month = "(" + "|".join(calendar.months) + ")"
        day = r"(\d{1,2})(?:er|ᵉʳ)?"
        # `3 mars`, `3 et 4 mars`, `3 au 5 mars`, `3-5 mars`, `30 mai au 2 juin`, each with an optional year
        self.day_month = re.compile(r"\b" + day + r"(?:\s+" + month + r")?(?:\s*(?:et|au|-|–)\s*" + day + r")?\s+"
                                    + month + r"\b(?:\s+(\d{4}))?")
        self.last_month = re.compile(r"\b" + month + r"\s+dernier\b")
        self.this_month = re.compile(r"\b" + day + r"\s+courant\b")
        self.heading_pattern = re.compile(r"(?:le\s+)?" + day + r"\s+" + month + r"(?:\s+\d{4})?\s*[.:]?")
        shifts = "|".join(calendar.week_shifts)
        self.weekdays = [(re.compile(r"\b" + word + r"\b(?!\s+(?:" + shifts + r"))"), number)
                         for word, number in calendar.weekdays.items()]
        self.relative = [(re.compile(r"\b" + re.escape(words) + r"\b"), days)
                         for words, days in calendar.relative_days.items()]
        self.following = [(re.compile(r"\b" + re.escape(words) + r"\b"), days)
                          for words, days in calendar.following_days.items()]
        self.same_day = [re.compile(r"\b" + re.escape(words) + r"\b") for words in calendar.same_day_phrases]

    def days_in(self, text: str, when: DispatchDate) -> list[Days]:
        """The days and ranges of days a text gives by number, in text order (those whose
        year is unknown left out)."""
        out: list[tuple[int, Days]] = []
        for m in self.day_month.finditer(text.lower()):
            if SINCE.search(text.lower()[:m.start()]):
                continue  # `depuis le 5 mars`: when a stay began, not the day of what is told
            until = UNTIL.search(text.lower()[:m.start()]) is not None
            first_day, first_month, last_day, last_month, year_text = m.groups()
            last_month_number = self.months[last_month]
            year = int(year_text) if year_text else self._year(last_month_number, when)
            if year is None:
                continue
            first_month_number = self.months[first_month] if first_month else last_month_number
            first_year = year - 1 if first_month_number > last_month_number else year
            last = _day(year, last_month_number, int(last_day or first_day))
            first = _day(first_year, first_month_number, int(first_day))
            today = when.date() if until else None
            if first and last and today is not None and today <= first:
                first = today  # `jusqu'au 14 mars`: from the dispatch's day on, up to that day
            if first and last:
                out.append((m.start(), Days(first, max(first, last))))
        if when.year and when.month:
            for m in self.this_month.finditer(text.lower()):
                this = _day(when.year, when.month, int(m.group(1)))
                if this:
                    out.append((m.start(), Days(this, this)))
        return [d for _, d in sorted(out, key=lambda pair: pair[0])]

    def _year(self, month: int, when: DispatchDate) -> int | None:
        """The year of a month named without one: the dispatch's, or the year before for a
        month well after the dispatch's (a December encounter reported in January)."""
        if not when.year:
            return None
        if when.month and month > when.month + 1:
            return when.year - 1
        return when.year

    def anchor(self, text: str, when: DispatchDate) -> dt.date | None:
        """The day weekdays are read against: the dispatch's date, else the first full
        date the text gives, not a timestamp."""
        ref = when.date()
        if ref is not None:
            return ref
        # a web page's own timestamp (`13 Juin 2024 18:42`) is not when the story took place
        days = self.days_in(TIMESTAMP.sub(" ", text), when)
        return days[0].first if days else None

    def date_in(self, sent: Span, when: DispatchDate, anchor: dt.date | None = None) -> str | None:
        """ISO date of an encounter from its sentence (`le 12 juin`, `du 3 au 5 mars`, `le 4
        courant`, `ce jeudi`, `hier`), or None when the sentence gives no day or the year is
        unknown. `anchor` pins weekdays when the dispatch's date is unknown."""
        days = self.days_in(sent.text, when)
        if days:
            return days[0].first.isoformat()
        text = sent.text.lower()
        ref = when.date()
        for pattern, number in self.weekdays:
            found = pattern.search(text)
            if found and not SINCE.search(text[:found.start()]):
                if ref is not None:
                    return (ref - dt.timedelta(days=(ref.weekday() - number) % 7)).isoformat()
                if anchor is not None:  # the day of that name nearest to a date the text gives
                    shift = (number - anchor.weekday() + 3) % 7 - 3
                    return (anchor + dt.timedelta(days=shift)).isoformat()
                return None
        if ref is None:
            return None
        for pattern, days_back in self.relative:
            if pattern.search(text):
                return (ref - dt.timedelta(days=days_back)).isoformat()
        return None

    def names_recent_day(self, sent: Span) -> bool:
        """Does the sentence name a day of the dispatch's week by its distance (`hier`, `la
        veille`), whether or not the dispatch's date is known, or the day of its account
        (`plus tôt dans la journée`)?"""
        text = sent.text.lower()
        return any(pattern.search(text) for pattern, _days in self.relative) \
            or any(pattern.search(text) for pattern in self.same_day)

    def following_day(self, sent: Span) -> int | None:
        """How many days after the encounter told before the sentence puts what it tells
        (`le lendemain`: 1), or None."""
        text = sent.text.lower()
        return next((days for pattern, days in self.following if pattern.search(text)), None)

    def covers(self, sent: Span, when: DispatchDate) -> bool:
        """Does the sentence give a day or a range of days that holds the dispatch's date
        (`du 13 au 16 novembre` in a dispatch of 14 November)? Day and month are enough: with
        no year known, any leap year stands in for it."""
        if when.year is None:
            when = DispatchDate(LEAP_YEAR, when.month, when.day)
        ref = when.date()
        return ref is not None and any(d.first <= ref <= d.last for d in self.days_in(sent.text, when))

    def heading(self, sent: Span, when: DispatchDate) -> str | None:
        """The date of a sentence that is only a date (`Le 11 janvier.`), heading the
        paragraph under it in a chronology; else None."""
        text = sent.text.strip()
        if not self.heading_pattern.fullmatch(text.lower()):
            return None
        days = self.days_in(text, when)
        return days[0].first.isoformat() if days else None

    def names_past_month(self, sent: Span) -> bool:
        """Does the sentence date something to a month gone by (`en juillet dernier`)?"""
        return bool(self.last_month.search(sent.text.lower()))

    @staticmethod
    def names_past_year(sent: Span, when: DispatchDate) -> bool:
        """Does the sentence date something to a year before the dispatch's (`en 2022`, `tenue
        en 2019`)?"""
        return when.year is not None and any(int(m.group(1)) < when.year for m in IN_YEAR.finditer(sent.text))

    @staticmethod
    def recalled(date: str | None, when: DispatchDate) -> bool:
        """Is an encounter of that date from before the dispatch's week (only recalled)?"""
        ref = when.date()
        return date is not None and ref is not None and dt.date.fromisoformat(date) < ref - dt.timedelta(days=WEEK)

    def reaches_week(self, sent: Span, when: DispatchDate) -> bool:
        """Does a range of days the sentence gives run into the dispatch's week (`en visite du
        28 février au 3 mars` in a dispatch of 6 March): what began before it is not only
        recalled."""
        ref = when.date()
        return ref is not None and any(d.last >= ref - dt.timedelta(days=WEEK) for d in self.days_in(sent.text, when))


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
