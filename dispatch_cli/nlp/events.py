"""Meeting events: who met whom, of what type, when and where.

An event is read off one sentence around a word of meeting of the rule model:
- a verb (`a rencontré`, `s'est entretenu avec`, `a reçu`, `a été accueillie par`,
  `ont signé`) reports an encounter unless it is planned or only recalled;
- a noun reports a new encounter when it is indefinite or counted (`une rencontre`, `le 5e
  dialogue`), or carried by a support verb (`a tenu une rencontre`, `a participé à un forum`,
  `les consultations ont eu lieu`); after `lors de`, `au cours de` it refers to an encounter
  already reported when there is one, and otherwise reports it (`a déclaré X lors de son
  entretien avec Y`); after `en marge de` it is only the setting, except for a visit;
- quoted speech, infinitives, and markers of planned or recalled encounters (`prochain`,
  `dernier`) report nothing; a noun that names a document (`le Protocole de la 7e réunion`)
  neither.
The parties are the people (titles and pronouns resolved) and organizations on both sides of
the trigger that are not part of someone's title; a visit's host is the country (or, for a
city, its country) or institution visited; `entre X et Y` adds states and organizations.
One sentence gives one event per type, except a series of bilateral meetings, which gives
one per counterpart; people who `y ont pris part` join the conference just reported. Events
with the same type and parties are merged.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dispatch_cli.nlp import lexicon
from dispatch_cli.nlp.names import LEXICON_KEY

NOUN_DETERMINERS = {"le", "la", "l'", "les", "un", "une", "des", "sa", "son", "ses", "leur", "leurs", "cette",
                    "ce", "ces", "du", "au", "aux", "de", "d'", "cet", "notre", "nos"}
INDEFINITE = {"un", "une", "des"}
QUANTITIES = {"série", "plusieurs", "nombre", "cycle", "suite", "dizaine", "multitude"}  # `une série de rencontres`
DOCUMENTS = {"protocole", "procès-verbal", "compte", "ordre", "programme", "résultats", "bilan", "agenda"}
REFLEXIVE = {"s'", "se"}
MOVE_PREPS = {"à", "en", "au", "aux", "dans", "auprès", "chez"}
ORDINAL = re.compile(r"\d+(?:e|er|re|ère|ème|ᵉ)$")  # `5e`, `7ème`, `1er`
NEEDS_TWO = {"meeting", "call", "signing", "visit"}
SERIES_WORDS = {"bilatérales", "bilatéraux", "série", "séparées", "séparés", "respectivement"}
BACKDROP_PREPS = {"marge"}  # `en marge de la session`: the setting of other encounters
ORG_WINDOW = 6  # an organization is a party only as the trigger's direct complement
COORDINATION = {"et", ",", "de", "des", "du", "d'", "l'", "la", "le", "les", "avec", "ainsi", "que"}


@lru_cache(maxsize=1)
def _triggers() -> dict:
    data = lexicon.load_json("triggers.json")
    return {
        "support": {w for form in data["support_verbs"] for w in [form.split()[-1]]},
        "anaphoric": set(data["anaphoric_preps"]),
        "call": set(data["call_markers"]),
        "signing_objects": {w.split()[0] for w in data["signing_objects"]},
        "future": set(data["future_markers"]),
        "past": set(data["past_markers"]),
        "participation": set(data["participation_verbs"]),
        "occurrence": set(data["occurrence_words"]),
    }


@dataclass
class Ref:
    """A mention of an entity: `kind` is actor, org or place; `index` its entity."""

    start: int
    end: int
    kind: str
    index: int
    nested: bool = False  # inside a title or another name: not a party on its own


@dataclass
class FoundEvent:
    """An event under construction."""

    type: str
    trigger: Span
    sentence: Span
    parties: list[tuple[str, int]] = field(default_factory=list)
    date: str | None = None
    place: str | None = None

    def add(self, party: tuple[str, int]) -> None:
        if party not in self.parties:
            self.parties.append(party)


@dataclass
class Calendar:
    """What the dateline says of when the dispatch was written."""

    year: int | None
    month: int | None
    day: int | None

    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


def _is_noun_use(doc: Doc, trig: Span) -> bool:
    prev = doc[trig.start - 1] if trig.start > 0 else None
    if trig.label_ == "TRIGGER_NOUN":
        if prev is not None and (prev.lower_ in REFLEXIVE or prev.pos_ == "AUX" or prev.lower_ in {"ont", "a"}):
            return False
        return True
    return prev is not None and (prev.lower_ in NOUN_DETERMINERS or prev.like_num or prev.pos_ == "ADJ")


def _anaphoric(doc: Doc, trig: Span) -> str | None:
    """`lors de la rencontre`, `au cours de l'entretien`, `en marge de sa visite`: the word."""
    words = _triggers()["anaphoric"]
    lo = max(trig.sent.start, trig.start - 4)
    return next((doc[i].lower_ for i in range(lo, trig.start) if doc[i].lower_ in words), None)


def _in_quotes(text: str, trig: Span) -> bool:
    """Is the trigger inside « ... » (quoted speech) opened in its paragraph?"""
    para_start = text.rfind("\n", 0, trig.start_char)
    before = text[max(para_start, 0):trig.start_char]
    return before.count("«") > before.count("»")


def _infinitive(tok) -> bool:
    """`à avoir effectué`, `pour rencontrer`: an encounter not reported as having happened."""
    if "Inf" in tok.morph.get("VerbForm"):
        return True
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"avoir", "être"}:
        return True
    return any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in tok.children)


def _marked(doc: Doc, trig: Span, words: set[str], window: int = 6) -> bool:
    lo = max(trig.sent.start, trig.start - window)
    hi = min(trig.sent.end, trig.end + window)
    return any(doc[i].lower_ in words for i in range(lo, hi) if not trig.start <= i < trig.end)


def _new_by_noun(doc: Doc, trig: Span) -> bool:
    """Does a noun of meeting report a new encounter in its sentence?"""
    prev = doc[trig.start - 1] if trig.start > 0 else None
    if prev is not None and prev.lower_ == "en":
        return True  # `en visite de travail en France`
    support = _triggers()["support"]
    # `le Protocole de la 7e réunion`: the encounter names a document, it is not reported
    k = trig.start - 1
    while k > trig.sent.start and (doc[k].lower_ in {"de", "d'", "du", "des", "la", "l'", "le"}
                                   or doc[k].like_num or ORDINAL.match(doc[k].lower_)):
        k -= 1
    if k < trig.start - 1 and (doc[k].lower_ in DOCUMENTS or doc[k].lower_ in _triggers()["signing_objects"]):
        return False
    if prev is not None and prev.lower_ in {"de", "d'"} and trig.start > 1 and doc[trig.start - 2].lower_ in QUANTITIES:
        return True
    if prev is not None and prev.lower_ in INDEFINITE:
        return True
    # counted: `le 5e dialogue`, `les premières consultations politiques`
    i = trig.start - 1
    while i > trig.sent.start and doc[i].pos_ == "ADJ":
        i -= 1
    if i >= trig.sent.start and (doc[i].like_num or ORDINAL.match(doc[i].lower_)
                                 or doc[i].lower_ in {"premier", "première", "premières", "premiers"}):
        return True
    head = doc[trig.start].head
    if head.lower_ in support or any(c.lower_ in support for c in head.children if c.dep_.startswith("aux")):
        return head.i != trig.start and not _infinitive(head)
    occurred = _triggers()["occurrence"]
    for tok in doc[trig.end:min(trig.sent.end, trig.end + 12)]:
        if tok.lower_ in occurred:  # `les consultations ... ont eu lieu`
            return True
        if tok.pos_ == "VERB":
            break
    return False


@lru_cache(maxsize=1)
def _date_patterns() -> tuple[re.Pattern[str], dict[str, int], list[tuple[re.Pattern[str], int]]]:
    """The day-and-month pattern, month numbers, and one pattern per weekday (built once)."""
    cal = lexicon.load_json("calendar.json")
    months = cal["months"]
    day_month = re.compile(r"\b(\d{1,2})(?:er)?(?:\s+et\s+\d{1,2})?\s+(" + "|".join(months) + r")\b(?:\s+(\d{4}))?")
    # a weekday, unless `prochain` or `dernier` moves it out of the dispatch's week
    weekdays = [(re.compile(r"\b" + word + r"\b(?!\s+(?:prochain|dernier))"), number)
                for word, number in cal["weekdays"].items()]
    return day_month, months, weekdays


RELATIVE_DAYS = ((re.compile(r"\bavant-hier\b"), 2), (re.compile(r"\bhier\b"), 1),
                 (re.compile(r"\baujourd'hui\b|\bce jour\b"), 0))


def _date_in(sent: Span, cal: Calendar) -> str | None:
    """ISO date of an encounter from its sentence: `le 12 juin`, `mardi 5 décembre`, `ce jeudi`,
    `hier`."""
    day_month, months, weekdays = _date_patterns()
    text = sent.text.lower()
    m = day_month.search(text)
    if m:
        day, month = int(m.group(1)), months[m.group(2)]
        year = int(m.group(3)) if m.group(3) else cal.year
        if year and not m.group(3) and cal.month and month > cal.month + 1:
            year -= 1  # a December encounter reported in January
        try:
            return dt.date(year, month, day).isoformat() if year else None
        except ValueError:
            return None
    ref = cal.date()
    if ref is None:
        return None
    for pattern, number in weekdays:
        if pattern.search(text):
            return (ref - dt.timedelta(days=(ref.weekday() - number) % 7)).isoformat()
    for pattern, days_back in RELATIVE_DAYS:
        if pattern.search(text):
            return (ref - dt.timedelta(days=days_back)).isoformat()
    return None


class EventReader:
    """Read the events of one Doc, given its entities."""

    def __init__(self, doc: Doc, refs: list[Ref], resolved: dict[int, int], cal: Calendar,
                 place_names: list[str], place_country: dict[int, int | None],
                 context_subject: dict[int, int | None] | None = None, home: int | None = None) -> None:
        self.doc = doc
        self.text = doc.text  # built once: Doc.text joins every token
        self.refs = sorted(refs, key=lambda r: r.start)
        # mentions by sentence: each trigger looks at its own sentence only
        self.by_sentence: dict[int, list[Ref]] = {}
        sent_of = {}
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                sent_of[i] = sent.start
        for r in self.refs:
            self.by_sentence.setdefault(sent_of.get(r.start, -1), []).append(r)
        self.resolved = resolved  # token index of an epithet/pronoun -> actor index
        self.cal = cal
        self.place_names = place_names
        self.place_country = place_country
        self.series = False
        self.reported: dict[str, bool] = {}
        self.reported_words: set[str] = set()
        self.context_subject = context_subject  # sentence start -> the protagonist so far
        self.home = home  # the place entity of the dateline's country

    def read(self) -> list[FoundEvent]:
        events: list[FoundEvent] = []
        doc = self.doc
        triggers = filter_spans([s for s in doc.spans.get(LEXICON_KEY, []) if s.label_.startswith("TRIGGER")])
        by_sent: dict[int, list[Span]] = {}
        for trig in triggers:
            by_sent.setdefault(trig.sent.start, []).append(trig)
        participation = _triggers()["participation"]
        for sent in doc.sents:
            self._join_conference(sent, by_sent.get(sent.start, []), events, participation)
            found: dict[str, FoundEvent] = {}  # one event per type and sentence...
            for trig in by_sent.get(sent.start, []):
                produced = self._read_trigger(trig, sent)
                if len(produced) > 1:  # ...except a series of bilateral meetings
                    events.extend(produced)
                    self.reported[produced[0].type] = True
                    continue
                for event in produced:
                    if event.type in found:
                        for p in event.parties:
                            found[event.type].add(p)
                    else:
                        found[event.type] = event
            events.extend(found.values())
            for event in found.values():
                self.reported[event.type] = True
                self.reported_words.add(event.trigger.text.lower().rstrip("s"))
        events.sort(key=lambda e: e.trigger.start)
        # a conference needs a person, or two states or bodies, among its parties
        events = [e for e in events if any(p[0] == "actor" for p in e.parties) or len(e.parties) >= 2]
        return merge_events(events)

    def _read_trigger(self, trig: Span, sent: Span) -> list[FoundEvent]:
        doc = self.doc
        words = _triggers()
        etype = trig.id_
        noun = _is_noun_use(doc, trig)
        if _in_quotes(self.text, trig):
            return []  # quoted speech recalls and plans; the dispatch's own voice reports
        if noun and etype in ("meeting", "conference") and doc[trig.end - 1].lower_.endswith("s") \
                and _marked(doc, trig, SERIES_WORDS, 4):
            self.series = True
        if noun:
            if not self._noun_reports(trig, etype, sent):
                return []
        elif _infinitive(doc[trig.start]):
            return []
        if _marked(doc, trig, words["future"], 3) or _marked(doc, trig, words["past"], 8):
            return []
        low = trig.text.lower()
        if etype == "visit" and not noun:
            nxt = doc[trig.end].lower_ if trig.end < len(doc) else ""
            if low.startswith(("rendu", "arrivé", "venu")) and nxt not in MOVE_PREPS:
                return []
        if etype == "signing":
            objects = words["signing_objects"]
            if not any(t.lower_ in objects for t in sent) and "signature" not in low:
                return []
        if etype == "meeting" and self._is_call(sent):
            etype = "call"
        if noun and low.startswith("réunion") and (self._org_complement(trig)
                                                   or doc[trig.start].head.lower_ in words["participation"]):
            # `la réunion du Conseil de coopération`: a body in session; `a participé à la
            # réunion des ministres`: a gathering one takes part in
            etype = "conference"
        subjects = self._subjects(trig, sent, noun, etype)
        objects = self._objects(trig, sent, etype)
        event = FoundEvent(type=etype, trigger=trig, sentence=sent,
                           date=_date_in(sent, self.cal), place=self._place(trig, sent))
        if etype == "visit":
            host = self._host(trig, sent, allow_home=noun)
            visitors = subjects or [o for o in objects if o[0] == "actor"]
            if host is None or not visitors:
                return []
            event.add(visitors[0])
            event.add(host)
            return [event] if len(event.parties) >= 2 else []
        for p in subjects:
            event.add(p)
        if noun:
            for p in self._between(trig, sent):
                event.add(p)
        counterparts = [o for o in objects if o[0] == "actor" and o not in subjects]
        if self.series and etype == "meeting" and len(counterparts) >= 2 and subjects:
            out = []
            for o in counterparts:
                part = FoundEvent(type=etype, trigger=trig, sentence=sent, date=event.date, place=event.place)
                for p in subjects + [o]:
                    part.add(p)
                out.append(part)
            return out
        for p in objects:
            event.add(p)
        if etype == "conference":
            return [event]  # kept even without parties yet: `X et Y y ont pris part` may follow
        if not any(p[0] == "actor" for p in event.parties):
            return []
        if etype in NEEDS_TWO and len(event.parties) < 2:
            return []
        return [event]

    def _join_conference(self, sent: Span, triggers: list[Span], events: list[FoundEvent],
                         words: set[str]) -> None:
        """`X, Y et Z y ont pris part`: people who took part join the conference just reported
        (a sentence that names a conference of its own is read as its own event)."""
        conferences = [e for e in events if e.type == "conference"]
        if not conferences or any(t.id_ == "conference" for t in triggers):
            return
        for tok in sent:
            if tok.lower_ in words:
                for r in self.in_sent(sent):
                    if r.kind == "actor" and not r.nested and r.start < tok.i:
                        conferences[-1].add((r.kind, r.index))
                return

    def _noun_reports(self, trig: Span, etype: str, sent: Span) -> bool:
        """Does a noun of meeting report an encounter not reported yet?"""
        doc = self.doc
        prep = _anaphoric(doc, trig)
        if prep is None:
            return _new_by_noun(doc, trig)
        if prep in BACKDROP_PREPS and etype != "visit":
            return False  # `en marge de la session`: the setting, not an encounter of the parties
        if etype == "meeting":
            return not (self.reported.get("meeting") or self.reported.get("call"))
        # `lors du Forum`, `lors de sa visite`: new unless that very encounter was reported
        return trig.text.lower().rstrip("s") not in self.reported_words

    def _subjects(self, trig: Span, sent: Span, noun: bool, etype: str) -> list[tuple[str, int]]:
        """The party on the subject side of the trigger, titles and pronouns resolved."""
        before = [r for r in self.in_sent(sent) if r.start < trig.start and not r.nested]
        subjects = [(r.kind, r.index) for r in before if r.kind == "actor"]
        if not subjects:
            subjects = [("actor", a) for i, a in sorted(self.resolved.items()) if sent.start <= i < trig.start]
        if not subjects:
            subjects = [(r.kind, r.index) for r in before if r.kind == "org"][:1]
        if not subjects and not noun and self.context_subject and etype != "conference":
            # `les membres de la délégation ont rencontré X`: the dispatch's protagonist
            protagonist = self.context_subject.get(sent.start)
            if protagonist is not None:
                subjects = [("actor", protagonist)]
        return subjects

    def _objects(self, trig: Span, sent: Span, etype: str) -> list[tuple[str, int]]:
        """People after the trigger; organizations only as its direct complement, with those
        coordinated to them (`avec des représentants de l'OTAN et de l'Union européenne`)."""
        out: list[tuple[str, int]] = []
        reach = trig.end + ORG_WINDOW
        for r in self.in_sent(sent):
            if not (trig.end <= r.start < sent.end) or r.nested:
                continue
            if r.kind == "actor":
                out.append((r.kind, r.index))
            elif r.kind == "org" and r.start <= reach:
                prev = self.doc[r.start - 1].lower_ if r.start > 0 else ""
                if prev not in MOVE_PREPS and not (prev in {"l'", "la", "le", "les"} and r.start > 1
                                                   and self.doc[r.start - 2].lower_ in MOVE_PREPS):
                    out.append((r.kind, r.index))
                    gap = r.end
                    while gap < sent.end and self.doc[gap].lower_ in COORDINATION:
                        gap += 1
                    reach = max(reach, gap if gap > r.end and self.doc[r.end].lower_ in {"et", ","} else reach)
        out += [("actor", a) for i, a in sorted(self.resolved.items()) if trig.end <= i < sent.end]
        return out

    def in_sent(self, sent: Span) -> list[Ref]:
        """The mentions of a sentence, in text order."""
        return self.by_sentence.get(sent.start, [])

    def _org_complement(self, trig: Span) -> bool:
        nxt = trig.end
        while nxt < len(self.doc) and self.doc[nxt].lower_ in {"du", "de", "des", "d'", "la", "l'", "le"}:
            nxt += 1
        return any(r.kind == "org" and r.start == nxt for r in self.in_sent(trig.sent))

    def _is_call(self, sent: Span) -> bool:
        return any(t.lower_ in _triggers()["call"] for t in sent)

    def _between(self, trig: Span, sent: Span) -> list[tuple[str, int]]:
        """Parties named by `entre` right after a noun (`le dialogue entre l'Azerbaïdjan et l'UE`)."""
        out: list[tuple[str, int]] = []
        for tok in self.doc[trig.end:min(sent.end, trig.end + 6)]:
            if tok.lower_ != "entre":
                continue
            stop = tok.i + 1
            while stop < sent.end and not (self.doc[stop].is_punct and self.doc[stop].text != "-"):
                stop += 1
            for r in self.in_sent(sent):
                if tok.i < r.start < stop and not r.nested and r.kind in ("org", "place"):
                    if r.kind == "place" and self.place_country.get(r.index) is None:
                        continue
                    out.append((r.kind, r.index))
            break
        return out

    def _place(self, trig: Span, sent: Span) -> str | None:
        """The city or country where it happened, when the sentence says so."""
        for r in self.in_sent(sent):
            if r.kind == "place" and sent.start <= r.start < sent.end and r.start > 0 \
                    and self.doc[r.start - 1].lower_ in MOVE_PREPS:
                return self.place_names[r.index]
        return None

    def _host(self, trig: Span, sent: Span, allow_home: bool = True) -> tuple[str, int] | None:
        """The country (a city's country) or institution a visit went to."""
        for r in self.in_sent(sent):
            if not (trig.end <= r.start < sent.end) or r.nested:
                continue
            prev = self.doc[r.start - 1].lower_ if r.start > 0 else ""
            if r.kind == "place" and prev in MOVE_PREPS | {"l'", "la", "le"}:
                country = self.place_country.get(r.index)
                if country is not None:  # a place the gazetteer does not know is no host
                    return ("place", country)
            if r.kind == "org" and prev in {"l'", "la", "le", "au", "aux", "à"}:
                return ("org", r.index)
        if self.home is not None and allow_home:
            return ("place", self.home)  # `cette visite`: to where the dispatch was filed
        return None


def merge_events(events: list[FoundEvent]) -> list[FoundEvent]:
    """One event per encounter: same type and parties (or a subset of them) are merged."""
    merged: list[FoundEvent] = []
    for event in events:
        parties = set(event.parties)
        target = None
        for known in merged:
            if known.type != event.type:
                continue
            kp = set(known.parties)
            if parties == kp or (len(parties & kp) >= 2 and (parties <= kp or kp <= parties)):
                target = known
                break
            if event.type == "visit" and known.parties[:1] == event.parties[:1] and known.parties[-1:] == event.parties[-1:]:
                target = known
                break
        if target is None:
            merged.append(event)
            continue
        for p in event.parties:
            target.add(p)
        target.date = target.date or event.date
        target.place = target.place or event.place
    return merged
