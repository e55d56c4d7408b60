"""Read the meeting events of a Doc, sentence by sentence.

An event is read off one sentence around a word of meeting (`reports.py` says whether it
reports an encounter; `parties.py` who took part and where; `dates.py` when). After `lors de`,
`au cours de`, a noun refers to an encounter already reported when there is one, and
otherwise reports it (`a déclaré X lors de son entretien avec Y`); after `en marge de` it is
only the setting, except for a visit. A bare definite noun that opens its sentence (`La
rencontre s'est tenue en présence de X`, `La session a été ouverte par X`) and a part of a
gathering (`lors de la séance plénière`) name the encounter told before. One sentence gives one
event per type, except a series of separate meetings (`des rencontres bilatérales avec X, Y et
Z`, `a rencontré séparément X, Y et Z`), which gives one per counterpart, two verbs of meeting
each with its own counterpart (`X a reçu Y, puis il a rencontré Z`), and signings by different
signers. Events with the same type and parties are then merged (`merge.py`).

Who takes part. A visit's visitor is the person its phrase attaches to (an apposed `, en
visite en X`, the subject of its copula or verb, its `de` complement or possessor), with those
who go with them (`en compagnie de X`); a host never visits their own country. A signing is
signed by its subjects (`les deux parties`: those of the encounter just reported), bodies
included, with the sides its document names. People named in a later sentence join the
gathering they took part in (`Y ont pris part X, Y et Z`, `Sont intervenus X et Y`, `parmi
les intervenants figuraient X`, `la délégation comprenait ...`, `Les ministres X, Y et Z` after
`une réunion des ministres`); a speaker (`, a déclaré X`) is no party of what they speak of,
but one who speaks at a gathering (`a souligné lors du sommet`) takes part in it. Who is
named in what an encounter is about (`consacrée à l'œuvre de X`, `a discuté de la visite de
X`) takes no part.

The reader remembers, across the document, the encounters it has reported (what an
anaphoric noun, `les parties` or a participation sentence refers back to). A series of
separate meetings belongs to the sentence that announces it (`a eu une série de rencontres
bilatérales`) and to the enumeration of them that follows: it ends with the first sentence
that reports meetings, so a later reception of several guests is one event again. A date
heading (`Le 11 janvier.`) dates its paragraph.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.findings import Party
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.grammar.events.dates import DateReader, DispatchDate
from dispatch_cli.nlp.grammar.events.inflection import PARTICIPLE, PRESENT_PARTICIPLE, has_reflexive
from dispatch_cli.nlp.grammar.events.merge import merge_events, without_retold
from dispatch_cli.nlp.grammar.events.parties import PartyFinder
from dispatch_cli.nlp.grammar.events.reports import (
    PRESENT_PARTICIPLE_ENDING,
    SECOND_PERSON_POSSESSIVES,
    QuoteMarks,
    ReportTest,
    governing_verb,
    in_quotes,
    is_finite,
    is_infinitive,
    is_noun_use,
    quoted_present,
    reads_as_verb,
)
from dispatch_cli.nlp.grammar.events.types import ACTOR, ORG, PLACE, FoundEvent
from dispatch_cli.nlp.grammar.tokens import labels_at
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.words import (
    A_CONTRACTED,
    AMONG,
    AND,
    ARTICLES,
    ASIDES,
    BETWEEN,
    BY,
    CARDINALS,
    CLOSERS,
    DE,
    DEFINITE_ARTICLES,
    DEMONSTRATIVES,
    DESTINATION_PREPOSITIONS,
    FIRST_PERSON,
    FIRST_PERSON_POSSESSIVES,
    IN_PRESENCE,
    MEANS_PREPOSITIONS,
    OBJECT_PRONOUNS,
    OF,
    ON,
    ONE,
    ONE_OWNER,
    ORDINAL,
    PLURAL_DETERMINERS,
    PLURAL_SUBJECT_PRONOUNS,
    POSSESSIVES,
    REFLEXIVE_PRONOUNS,
    SENTENCE_END,
    SUBJECT_PRONOUNS,
    THEN,
    THERE,
    TO,
    WITH,
)

INVITATION = "invitation"  # `à l'invitation de X`: who invited
WHERE = "où"  # the relative of place: `le Centre X, où ils ont été reçus`
INITIATIVE = "initiative"  # `à l'initiative de X`: who organized
NEEDS_TWO = frozenset({"meeting", "call", "signing", "visit"})
ENCOUNTERS = ("meeting", "call", "visit", "conference")  # whose parties `les deux parties` may stand for
GATHERINGS = ("conference", "meeting", "call")  # what people who took part may join
SIGNING_REACH = 16  # tokens after a word of signing where the document's `entre` may stand
VISIT_SOMEONE = "rendre visite"  # the verb of visit that may go to a person
LEADER_REACH = 12  # tokens between a noun of delegation and the participle that names who leads it
QUOTE_REACH = 6  # tokens between a guillemet and the verb of saying of its speaker
TOPIC_REACH = 5  # tokens after a noun of gathering where its topic may open (`une table ronde ministérielle sur`)
TOPIC_CASES = frozenset({"de", "d'", "du", "des", "sur"})  # what opens the topic of a verb (`discuter de`)
MARKER_OPENING = 8  # tokens of an adverbial that may open a sentence before its subject
PARTICIPATION_PREPOSITIONS = frozenset({"à", "au", "aux"})  # `prendre part à`, `être présent au`
PRESENCE = "PRESENCE"  # the label of the visit triggers made of words of presence (`de nouveau en`)
MEMORIAL_REACH = 4  # tokens between a word of visit and its destination (`s'est rendu au mémorial`)
DESTINATION_REACH = 4  # tokens between a preposition of destination and its place (`dans le district de X`)
NEAR_VERB = 5  # tokens before a noun where the verb its preposition hangs on may stand
PART_CHAIN = 3  # `de` complements followed from a part of a gathering to what it is part of
TITLE_COMPLEMENT_REACH = 8  # tokens between a title and a noun of encounter that completes it
# words between a comma and an apposed `en visite` (`, qui se trouve en visite`)
PRESENCE_WORDS = frozenset({"en", "qui", "est", "se", "s'", "trouve", "trouvant", "actuellement", "alors"})


class EventReader:
    """Read the events of one Doc, given where its entities are mentioned."""

    def __init__(self, doc: Doc, parties: PartyFinder, lexicon: Lexicon, when: DispatchDate,
                 dates: DateReader | None = None, reports: ReportTest | None = None,
                 dateline_end: int | None = None) -> None:
        self.doc = doc
        self.dateline_end = dateline_end  # character offset where the dateline ends
        self.text = doc.text  # built once: Doc.text joins every token
        self.quotes = QuoteMarks(self.text)  # where the guillemets are, for the tests of quoted speech
        self.parties = parties
        self.words = lexicon.triggers
        self.heads = lexicon.organization_heads
        self.premises = lexicon.organization_heads.premises  # `au siège du Conseil`: a visit to the body
        self.reports = reports or ReportTest(lexicon.triggers)
        self.dates = dates or DateReader(lexicon.calendar)
        self.when = when
        self.anchor = self.dates.anchor(self.text, when)  # what pins a weekday
        self.paragraph_date: str | None = None  # the date heading the paragraph (`Le 11 janvier.`)
        # The discourse so far: the types and words of the encounters reported.
        self.reported: dict[str, bool] = {}
        self.reported_words: set[str] = set()
        self.unreported: set[str] = set()  # the types of encounters spoken of as planned or recalled
        # A series of separate meetings announced, and not yet enumerated.
        self.series_pending = False
        self.history: list[FoundEvent] = []  # the events of the sentences read so far
        self.delegation_head: tuple[str, int] | None = None  # who leads the delegation last introduced
        self.found_here: dict[str, FoundEvent] = {}  # the events of the sentence being read, by type
        self.continued: FoundEvent | None = None  # the talks told again that go on with someone new
        self.current = self.recent = 0  # the starts of the sentence being read and of the one before
        self.sentence_triggers: list[Span] = []  # the triggers of the sentence being read
        self.cover = labels_at(doc)  # the labels of the rule model's words over each token
        self.kinship = lexicon.titles.kinship  # `a reçu l'épouse du président X`: someone received
        calendar = lexicon.calendar
        # the words of days, those of phrases too (`veille` of `la veille`, `lendemain`)
        phrases = [*calendar.relative_days, *calendar.following_days]
        self.calendar_words = frozenset([*calendar.months, *calendar.weekdays, *phrases, *(
            w for phrase in phrases for w in phrase.split() if w not in DEFINITE_ARTICLES | DEMONSTRATIVES)])

    def read(self) -> list[FoundEvent]:
        """The events of the Doc, in text order of their triggers, merged."""
        events: list[FoundEvent] = self.history
        doc = self.doc
        triggers = filter_spans(one_reading(doc, [s for s in doc.spans.get(keys.LEXICON, [])
                                                 if s.label_ in keys.TRIGGERS]))
        # `une conférence de presse`: a statement to the press, not a gathering of parties
        triggers = [t for t in triggers if not self.parties.inside_org_name(t)
                    and not self.reports.statements.at(doc, t.start)]
        # `a pris part par visioconférence à la réunion`: a word of call after a preposition of
        # means is how another encounter of its sentence took place, not one of its own
        triggers = [t for t in triggers if not (
            t.id_ == "call" and t.label_ == keys.TRIGGER_NOUN and t.start > 0
            and doc[t.start - 1].lower_ in MEANS_PREPOSITIONS
            and any(o.sent.start == t.sent.start and o.start != t.start and o.id_ != "call" for o in triggers))]
        triggers = sorted([*triggers, *self._presence(triggers)], key=lambda t: t.start)
        by_sent: dict[int, list[Span]] = {}
        for trig in triggers:
            by_sent.setdefault(trig.sent.start, []).append(trig)
        previous_end = 0
        for sent in doc.sents:
            if "\n" in self.text[previous_end:sent.start_char]:
                self.paragraph_date = None  # a new paragraph
            previous_end = sent.end_char
            self.recent = self.current
            self.current = sent.start
            heading = self.dates.heading(sent, self.when)
            if heading is not None:
                self.paragraph_date = heading
                continue
            in_sent = by_sent.get(sent.start, [])
            self._note_delegation(sent)
            joined = self._join(sent, in_sent, events)
            in_sent = [t for t in in_sent if t.start not in joined]
            series = self.series_pending or any(self._is_series(trig) for trig in in_sent)
            met = False
            found: dict[str, FoundEvent] = {}  # one event per type and sentence...
            self.found_here = found
            self.sentence_triggers = in_sent
            for trig in in_sent:
                produced = self._read_trigger(trig, sent, series)
                met = met or any(e.type == "meeting" for e in produced)
                if len(produced) > 1:  # ...except a series of bilateral meetings
                    events.extend(produced)
                    self.reported[produced[0].type] = True
                    continue
                for event in produced:
                    if event.type in found and not (event.type == "signing" and self._other_signers(
                            found[event.type], event)) and not self._two_meetings(found[event.type], event):
                        for p in event.parties:
                            found[event.type].add(p)
                        if event.place and not self.parties.in_a_state(found[event.type].place):
                            # `X, qui effectue une tournée en Afrique, s'est rendu à Addis-Abeba`:
                            # the place a gazetteer puts in a state is the more specific
                            found[event.type].place = event.place
                    elif event.type in found:
                        # `X et Y ont signé A, et Z et W ont signé B`, `X a reçu Y, puis il a
                        # rencontré Z`: one each
                        events.append(event)
                    else:
                        found[event.type] = event
            events.extend(found.values())
            self.series_pending = series and not met
            for event in found.values():
                self.reported[event.type] = True
                self.reported_words.add(event.trigger.text.lower().rstrip("s"))
        events.sort(key=lambda e: e.trigger.start)
        # a conference needs a person, or two states or bodies, among its parties
        events = [e for e in events if any(p[0] == ACTOR for p in e.parties) or len(e.parties) >= 2]
        merged = merge_events(events)
        self._dates(merged)
        headings = frozenset(e.sentence.start for e in merged if self._heading(e.sentence))
        merged = without_retold(merged, self.dateline_end if self.dateline_end is not None else 0, headings)
        self._places(merged)
        return merged

    def _heading(self, sent: Span) -> bool:
        """Is the sentence a heading: a line of its own with no final stop?"""
        text = self.text  # (the Doc's text is rebuilt at each call: once per Doc)
        end = sent.end_char
        while end > sent.start_char and text[end - 1].isspace():
            end -= 1
        return end > sent.start_char and text[end - 1] not in SENTENCE_END and text[end - 1] not in CLOSERS \
            and (end == len(text) or text[end] == "\n")

    def _places(self, events: list[FoundEvent]) -> None:
        """A visit with no place in its sentence took place where it went (`a visité Gandja`);
        a meeting, signing or conference with none took place where a visit of one of its
        people did, on the days of that visit (a call took place nowhere). People not on the
        visit met elsewhere, and so did the visitor before the visit's first day or after the
        last day of a range (`X a reçu le 1er mars Y. Du 3 au 5 mars, X a effectué une visite
        en Z`). The dateline's city is not taken: the text must give the place."""
        for event in events:
            if event.type == "visit" and event.place is None:
                event.place = next((self.parties.place_names[p[1]] for p in event.parties if p[0] == PLACE), None)
        visits = [e for e in events if e.type == "visit" and e.place]
        for event in sorted(events, key=lambda e: e.trigger.start):
            if event.place is None and event.type in ("meeting", "signing", "conference"):
                # `en marge de la conférence`, `à l'issue de la réunion`: where that took place
                setting = event.setting.place if event.setting is not None else None
                event.place = setting or next((v.place for v in visits if self._during(event, v)), None)

    def _during(self, event: FoundEvent, visit: FoundEvent) -> bool:
        """Could `event` have taken place on `visit`: one of the people it names is on the
        visit (states and bodies alone act through the visitors), and its day is not before
        the visit's first day, nor after the last day of a range the visit's sentence gives (a
        visit told by one day may go on after it)."""
        people = {p for p in event.parties if p[0] == ACTOR}
        if people and not people & set(visit.parties):
            return False
        if event.date is None or visit.date is None:
            return True
        days = self.dates.days_in(visit.sentence.text, self.when)
        if not days or days[0].first.isoformat() != visit.date:
            return True  # the visit's day is not its sentence's (`les 12 et 13 juin` read elsewhere)
        day = dt.date.fromisoformat(event.date)
        return days[0].first <= day and (days[0].first == days[0].last or day <= days[0].last)

    def _dates(self, events: list[FoundEvent]) -> None:
        """An encounter whose sentence gives no day took place on the day of the one told
        before it (`Mardi, X a reçu Y. ... A l'issue de l'entretien, les parties
        ont signé ...`): a dispatch tells one occasion; `le lendemain`, the day after it.
        Visits, which last several days, are dated only by their own sentence when it tells
        nothing else (`X, en visite en Y, a été reçu mardi par Z`: the day is the meeting's),
        and date nothing else."""
        others = {e.sentence.start for e in events if e.type != "visit"}
        last: str | None = None
        for event in sorted(events, key=lambda e: e.trigger.start):
            if event.type == "visit":
                if event.sentence.start in others:
                    event.date = None
                continue  # its first day dates nothing else
            after = self.dates.following_day(event.sentence)
            if after is not None and last is not None and self.dates.date_in(event.sentence, self.when) is None:
                event.date = (dt.date.fromisoformat(last) + dt.timedelta(days=after)).isoformat()
            event.date = event.date or last
            last = event.date or last

    def _is_series(self, trig: Span) -> bool:
        """A plural noun of meeting or conference marked as separate encounters (`des
        rencontres bilatérales`), or a verb of meeting said of each one apart (`a rencontré
        séparément X, Y et Z`)."""
        if trig.id_ not in ("meeting", "conference"):
            return False
        if is_noun_use(self.doc, trig):
            return self.reports.is_series(self.doc, trig)
        return self.reports.each_apart(self.doc, trig)

    def _read_trigger(self, trig: Span, sent: Span, series: bool) -> list[FoundEvent]:
        doc = self.doc
        etype = trig.id_
        presence = trig.label_ == PRESENCE
        noun = presence or (is_noun_use(doc, trig) and not self._finite(trig))
        quoted = in_quotes(self.quotes, trig)
        if quoted and not (noun and quoted_present(self.text, self.quotes, doc, trig)) and not self._this_week(sent):
            return []  # quoted speech recalls and plans; the dispatch's own voice reports
        if noun and any(trig.start in self._topic_tokens(t, False) for t in self.sentence_triggers
                        if t.start < trig.start and t.id_ == "meeting" and t.label_ == keys.TRIGGER_VERB
                        and reads_as_verb(doc, t.start)):
            return []  # `a discuté avec X de la visite de Y`: what they spoke of
        if noun and self._in_topic_phrase(trig) and any(
                t.start < trig.start and t.id_ in ("meeting", "call", "conference") for t in self.sentence_triggers):
            return []  # `un échange de vues ... sur le calendrier des consultations`: what it was about
        if noun and self.reports.interview(doc, trig):
            return []  # `a accordé un entretien à l'agence X`: an interview, a statement
        if noun and etype == "meeting" and self.reports.game(doc, trig):
            return []  # `la rencontre, disputée jeudi au stade`: a match
        if noun and trig.label_ == keys.TRIGGER_VERB and self._arrival_of_a_thing(trig):
            return []  # `l'arrivée du printemps`: a thing's coming is no visit
        if noun and self._completes_title(trig):
            return []  # `le président de la 79e session de l'Assemblée générale, X`: a title
        if noun and not presence:
            self.continued = None
            if self._told_again(trig, etype, sent):
                return [self.continued] if self.continued is not None else []
            if not self._noun_reports(trig, etype):
                return []
            if trig.text.lower() in self.words.part_nouns and self._part_of_a_thing(trig):
                # `la cérémonie d'ouverture de l'exposition`: the part of a thing that is no
                # gathering is no encounter
                return []
        elif is_infinitive(doc[trig.start]):
            return []
        if self.reports.planned_or_recalled(doc, trig, noun):
            self.unreported.add(etype)
            return []
        going_on = etype == "visit" and (self.dates.covers(sent, self.when) or (
            noun and self.reports.continuation.at(doc, governing_verb(doc[trig.start]).i) is not None))
        if self.reports.later(doc, trig, noun) and not going_on \
                and not (self.reports.compound(doc[trig.start]) and self._this_week(sent)):
            # planned; but a visit that runs over the dispatch's day (or that `poursuivra`, goes
            # on) is reported, and so is
            # what a conditional perfect puts on a day gone by of this week (`aurait rencontré
            # mardi`: reported by others)
            self.unreported.add(etype)
            return []
        verb_form = None if noun else self.reports.verb(doc, trig)
        if not noun:
            verb = verb_form
            if verb is None:
                return []  # `les relations entretenues`: a reflexive verb without its pronoun
            if self._bare_movement(trig, sent):
                return []  # `s'est rendu`, `est arrivé` need their destination
        if not noun and is_topic(doc, trig.start, verb_form.tense == PARTICIPLE if verb_form else False) \
                and not self._names_people(trig.start - 1):
            # `a salué les accords conclus entre les dirigeants`: what is spoken of; but `X
            # figurait parmi les chefs de délégation reçus par Y`: people met
            return []
        if not noun and etype == "meeting" and self._thing_meets(trig):
            return []  # `le concert a réuni X et Y`, `la ville accueille des réfugiés`
        if not noun and etype == "meeting" and self._receives_a_thing(trig):
            return []  # `a reçu un message de X`, `ayant reçu les félicitations de X`
        if etype == "signing" and trig.label_ != keys.TRIGGER_NOUN and not self.reports.names_document(sent):
            return []  # `ont signé` needs what was signed
        if verb_form is not None and etype == "visit" and self._visits_someone(trig, verb_form.entry):
            etype = "meeting"  # `a rendu visite au président X`: a call on someone, a meeting
        if noun and etype == "visit" and self._to_someone(trig):
            etype = "meeting"  # `a fait une visite de courtoisie au président X`: the same
        if etype == "meeting" and any(t.lower_ in self.words.call_markers for t in sent):
            etype = "call"
        if noun and self._in_session(trig):
            etype = "conference"
        subjects = self.parties.subjects(trig, sent, noun, etype)
        first = next((t for t in self.sentence_triggers if t.start < trig.start and t.id_ in ("meeting", "call")
                      and t.label_ == keys.TRIGGER_VERB), None)
        if not noun and first is not None:
            # a second verb of meeting: its own subject (`X a reçu Y, puis il a rencontré Z`),
            # not everyone named before it; a pronoun the first verb's subject
            own = self.parties.subject_of(doc[trig.start])
            k = trig.start - 1  # the pronoun before the auxiliary, adverbs and reflexive pronoun
            while k > sent.start and (doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in REFLEXIVE_PRONOUNS):
                k -= 1
            if not own and doc[k].lower_ in SUBJECT_PRONOUNS:
                own = self.parties.subject_of(doc[first.start])
            subjects = own or subjects
        # the people after the next verb of meeting are its own (`X, qui participe au
        # forum, a rencontré Y`)
        stop = next((t.start for t in self.sentence_triggers if t.start >= trig.end
                     and t.label_ == keys.TRIGGER_VERB and reads_as_verb(doc, t.start)), None)
        objects = self.parties.objects(trig, sent, stop)
        topic = self._topic_tokens(trig, noun)
        if topic:
            # `une table ronde consacrée à l'œuvre du poète X`, `a discuté avec Y de la visite
            # de X`: who is spoken of takes no part
            objects = [p for p in objects if not any(self.parties.mentioned_at(p, i) for i in topic)]
        inviting = self._inviting(sent, trig) if etype in ("meeting", "call") else set()
        if inviting:
            # `X, en visite à l'invitation du ministre Z, a été reçu par Y`: who invited is
            # not said to be at the meeting (but a gathering's host is among its parties)
            def elsewhere(p: tuple[str, int]) -> bool:
                return any(self.parties.mentioned_at(p, i) for i in range(sent.start, sent.end) if i not in inviting)
            objects = [p for p in objects if elsewhere(p)]
            subjects = [p for p in subjects if elsewhere(p)]
        represented = self._represented_bodies(sent, trig) if subjects and all(p[0] == ORG for p in subjects) else []
        if len(represented) >= 2:
            # `des représentants de l'Agence X et du Fonds Y ont tenu une visioconférence`:
            # the representatives of several bodies stand for each of them
            subjects = represented
        if etype in ("meeting", "call") and (all(p[0] == ORG for p in subjects)
                                             or not self.parties.people_at(sent.start, trig.start)):
            # `Les parlementaires azerbaïdjanais se sont ensuite entretenus avec X`, `ont tenu
            # une réunion avec X`, `le Centre X, où ils ont été accueillis par Y`, `Les invités
            # ont été reçus par Y`: a plural subject that names no one, on a visit just told,
            # is the visitors (rather than the dispatch's protagonist)
            governor = governing_verb(doc[trig.start]) if noun else doc[trig.start]
            if not noun or (governor.i != trig.start and self.reports.is_support(governor)):
                subjects = self._visitors_by_plural(governor) or subjects
        if etype in ("meeting", "call") and not noun and not any(o[0] == ACTOR for o in objects):
            # `Y a reçu mercredi les hôtes turcs`: the visitors of the visit just told
            objects = [*objects, *(p for p in self._guests(trig) if p not in subjects)]
        head = self._delegation_named(trig, sent)
        if head is not None:
            # `la délégation a été reçue par X`, `X a reçu la délégation`: the delegation
            # introduced before as led by someone meets through its head
            if head[1] < trig.start and not self.parties.people_at(sent.start, trig.start):
                subjects = [head[0]]
            elif head[1] >= trig.end and head[0] not in objects:
                objects = [*objects, head[0]]
        honoured = self._honoured(sent)
        if honoured:
            # `devant la statue du leader national X`, `au mausolée de X`: the person a memorial
            # honours is not there
            objects = [p for p in objects if not any(self.parties.mentioned_at(p, i) for i in honoured)]
            subjects = [p for p in subjects if not any(self.parties.mentioned_at(p, i) for i in honoured)]
        gathering = None if noun else self._gathering_subject(trig)
        if gathering is not None:
            # `la table ronde ... a réuni X et Y`: those gathered took part in it, not the
            # people of its subject phrase; the event is the gathering's, told here or before
            # (`La conférence, organisée par X, réunit Y et Z`)
            etype, subjects, trig = gathering.id_, [], gathering
            if self._in_session(gathering):
                etype = "conference"
            told = self._referred(gathering, etype)
            if told is not None:
                for p in objects:
                    told.add(p)
                told.touched = sent.start  # named again: those listed next join it (`Étaient présents X et Y`)
                return []
        if not noun and any(c.dep_ in ("nsubj", "nsubj:pass") for c in doc[trig.start].children):
            # `X a déclaré que Y a rencontré Z`, `un accord a été signé ..., a déclaré X`: the
            # speaker is no party of what the verb with its own subject reports
            speakers = self.parties.speakers(sent, self.reports.saying, doc[trig.start])
            subjects = [p for p in subjects if p not in speakers]
            objects = [p for p in objects if p not in speakers]
        clause = governing_verb(doc[trig.start]) if noun else doc[trig.start]
        visit_here = self.found_here.get("visit")
        if etype in GATHERINGS and visit_here is not None \
                and any(doc[k].lower_ == WHERE for k in range(sent.start, trig.start)) \
                and any(c.lower_ in SUBJECT_PRONOUNS | PLURAL_SUBJECT_PRONOUNS
                        for c in clause.children if c.dep_.startswith("nsubj")):
            # `les membres de la délégation ont visité l'Université X, où ils se sont entretenus
            # avec Y`, `la délégation a visité le centre X, où elle a été accueillie par Y`:
            # those on the visit of the sentence
            subjects = [p for p in visit_here.parties if p[0] == ACTOR] or subjects
        elif etype in GATHERINGS and (self.parties.side_anaphor(clause, self.words.side_nouns)
                                      or (len(self.parties.titled_sides(clause)) >= 2
                                          and not self.parties.people_at(sent.start, trig.start))):
            # `les parties ont discuté de ...`, `lors d'une séance de travail, les deux
            # responsables ont examiné ...`, `les ministres ont discuté ...`: the sides of the
            # encounter just reported
            last = self._last_encounter(with_signings=True, people=2)  # the sides are two or more
            if last is not None and last.type in ("meeting", "call") and etype != "conference" \
                    and not (noun and self.reports.counted(doc, trig)):
                # what the sides of that meeting did in it: the same encounter (but `les deux
                # ministres ont coprésidé la 14e réunion`: a gathering of its own)
                return []
            subjects = self.parties.titled_sides(clause) or (
                [p for p in last.parties if p[0] == ACTOR] if last else subjects)
        if quoted and self._first_person(doc[trig.start] if not noun else governing_verb(doc[trig.start])):
            # `« Hier, j'ai eu un entretien avec mon homologue X », a-t-il déclaré`: the speaker
            subjects = [*self._quote_speaker(trig, sent), *subjects]
        if not any(p[0] == ACTOR for p in subjects):
            # `les Premiers ministres ont tenu une réunion`: the two people of that title
            governor = doc[trig.start] if not noun else governing_verb(doc[trig.start])
            subjects = self.parties.titled_sides(governor) or subjects
        if etype == "meeting" and not noun and has_reflexive(doc, trig.start) and subjects \
                and all(p[0] == ORG for p in subjects) and not any(o[0] == ACTOR for o in objects):
            etype = "conference"  # `le Conseil des ministres s'est réuni`: a body in session
        event = FoundEvent(type=etype, trigger=trig, sentence=sent,
                           date=self.date_of(sent), place=self.parties.place(sent, trig.end, topic),
                           gathered=self.parties.gathered_class(trig) if noun and not presence else None)
        event.setting = self._setting(trig, sent)
        event.marginal = any(t.lower_ in self.words.backdrop_words for t in doc[sent.start:trig.start])
        event.fresh = noun and doc[trig.start - 1].lower_ in ONE \
            and any(t.lower_ in THEN for t in doc[sent.start:trig.start])
        if self.dates.recalled(event.date, self.when) and not self.dates.reaches_week(sent, self.when):
            return []  # dated before the dispatch's week: only recalled
        if event.date is None and (self.dates.names_past_month(sent) or self.dates.names_past_year(sent, self.when)
                                   or (self.reports.earlier(doc, trig, noun) and not self._goes_on_dated(sent)
                                       and not self.dates.names_recent_day(sent))):
            # `avait rencontré`, `en juillet dernier`, `en 2022`, with no day of this week
            # (`la veille` is one, known date or not): recalled; but a pluperfect that goes on
            # with an account dated this week (`La veille, X avait été reçu par Y. Il s'était
            # également entretenu avec Z`) reports
            return []
        if etype == "visit":
            if self._to_memorial(trig):
                return []  # `s'est rendu au mémorial`: a wreath-laying, not a visit
            # the dispatch's state stands for the host of a visit named alone (`cette visite`),
            # not of one whose sentence tells where it goes (`est arrivé à Ankara pour une
            # visite de deux jours`)
            # (`est arrivé mercredi pour une visite officielle`: a movement with no destination
            # tells none)
            alone = not any(t.id_ == "visit" and t.start != trig.start and not self._bare_movement(t, sent)
                            for t in self.sentence_triggers)
            # nor of a visit to a site it names that no gazetteer knows (`une visite sur le site
            # de la centrale de X`): a visit with no known host
            site = noun and self._site_named(trig)
            host = self.parties.host(trig, sent, allow_home=noun and not presence and alone and not site,
                                     seats=self.premises)
            # `ont visité la bibliothèque`: a verb with its object visits a place or a body
            k = self._past_adjuncts(trig.end, sent.end)  # `a visité mardi l'usine`
            facility = not noun and k < sent.end and doc[k].pos_ == "DET"
            visitors = self._visitors(trig, sent, noun, subjects, objects)
            if host is not None and host[0] == PLACE:
                # a host never visits their own country; at home one visits a place, not the country
                state = fold(self.parties.place_names[host[1]])
                foreign = [v for v in visitors if state not in self.parties.states_of(v)]
                if facility and not foreign:
                    host = None
                else:
                    visitors = foreign
            if not visitors or (host is None and not facility and not site and not self._went_somewhere(trig, sent)):
                return []
            event.place = self.parties.destination(trig, sent) or event.place
            for visitor in visitors:
                event.add(visitor)
            if host is not None:
                event.add(host)
            others = self._more_hosts(trig, sent, host) if not noun and host is not None else []
            if others:
                # `a visité l'Université X, le Centre Y et le Musée Z`: one visit to each
                out = [event]
                for other in others:
                    more = FoundEvent(type=etype, trigger=trig, sentence=sent, date=event.date, place=event.place)
                    for p in [*visitors, other]:
                        more.add(p)
                    out.append(more)
                return out
            return [event]
        if etype == "signing":
            return self._signing(event, noun, subjects, objects)
        for p in subjects:
            event.add(p)
        if noun:
            for p in [*self._sides(trig, sent), *self.organizers(trig, sent)]:
                event.add(p)
        if etype in ("conference", "meeting"):
            # `s'est tenu à l'initiative de X`, `se sont réunis avec Y à l'initiative de X`:
            # who organized the gathering is a party to it
            for p in self._initiators(sent):
                event.add(p)

        turns = self._turns(trig, sent, subjects) if etype in ("meeting", "call") and subjects else []
        if len(turns) >= 2:
            # `a eu un échange de vues avec X, puis avec les dirigeants du groupe Y`: one
            # encounter with each, people or else the bodies named
            out = []
            for turn in turns:
                part = FoundEvent(type=etype, trigger=trig, sentence=sent, date=event.date, place=event.place,
                                  setting=event.setting)
                for p in [*subjects, *turn]:
                    part.add(p)
                out.append(part)
            return out
        counterparts = [o for o in objects if o[0] == ACTOR and o not in subjects]
        if series and etype in ("meeting", "call") and len(counterparts) >= 2 and subjects:
            out = []
            for o in counterparts:
                part = FoundEvent(type=etype, trigger=trig, sentence=sent, date=event.date, place=event.place,
                                  setting=event.setting)
                for p in [*subjects, o]:
                    part.add(p)
                out.append(part)
            return out
        for p in objects:
            event.add(p)
        if noun and etype == "conference" and any(p[0] == ACTOR for p in event.parties):
            # `a présidé la séance de la commission permanente de l'UIP`: the session of an
            # organ is a gathering of the organization it belongs to too
            for p in self.parties.body_in_session(trig):
                event.add(p)
        if etype == "conference":
            # `a tenu sa réunion sous la coprésidence de A et de B, avec la participation des
            # représentants de C et de D`: who chaired and who took part
            for p in self._attendance(sent):
                event.add(p)
            return [event]  # kept even without parties yet: `X et Y y ont pris part` may follow
        if noun and etype == "meeting" and not event.parties and self.reports.held(doc, trig):
            return [event]  # `une réunion s'est tenue à X`: the same, until people join it
        # `Des négociations ont eu lieu entre les délégations de A et de B`: a meeting held
        # between two states or bodies, whoever represented them
        held_between = noun and self.reports.held(doc, trig) and len(self._sides(trig, sent)) >= 2
        # `La rencontre a réuni des représentants de A et de B`: a gathering that brings two
        # bodies or states together is their meeting
        brought_together = gathering is not None and sum(p[0] != ACTOR for p in objects) >= 2
        # `Azersu et la société Suez ont tenu une réunion`: the bodies of the subject are the sides
        sides = len(subjects) >= 2 and subjects == self.parties.coordinated_bodies(trig, sent, noun)
        if not any(p[0] == ACTOR for p in event.parties) and len(represented) < 2 and not held_between \
                and not brought_together and not sides:
            return []
        alone = self.reports.held(doc, trig) if noun else self.reports.meets_group(doc, trig, self.calendar_words)
        if etype in NEEDS_TWO and len(event.parties) < 2 and not (etype == "meeting" and alone) \
                and not (not noun and self._unnamed_counterpart(doc[trig.start])):
            # one party: only a meeting held by someone, with a group not named, or with
            # someone the text gives only by title (`le ministre de l'Énergie a rencontré X`)
            return []
        return [event]

    def _went_somewhere(self, trig: Span, sent: Span) -> bool:
        """Does a verb of visit go to a place the gazetteer may not know, after its day and
        a preposition of destination (`s'est rendu mardi à Vérone`, `dans le district de X`)?
        The visit is then its visitors', with no host known."""
        if trig.label_ != keys.TRIGGER_VERB:
            return False
        k = self._past_adjuncts(trig.end, sent.end)
        if k >= sent.end or self.doc[k].lower_ not in DESTINATION_PREPOSITIONS:
            return False
        return any(r.kind == PLACE and not r.nested and k < r.start <= k + DESTINATION_REACH
                   for r in self.parties.in_sent(sent))

    def _bare_movement(self, trig: Span, sent: Span) -> bool:
        """Is the trigger a verb of movement with no destination after it (`s'est rendu`,
        `est arrivé mercredi pour une visite`), past its day and place adjuncts?"""
        doc = self.doc
        verb = self.reports.verb(doc, trig) if trig.label_ == keys.TRIGGER_VERB else None
        if verb is None or verb.entry not in self.words.movement_verbs:
            return False
        k = self._past_adjuncts(trig.end, sent.end)  # `est arrivé le 15 mai à Tachkent`
        nxt = doc[k].lower_ if k < len(doc) else ""
        if any(t.start == k + 1 and t.id_ == "visit" for t in self.sentence_triggers):
            nxt = ""  # `arrivé en visite officielle`: the visit is no destination
        return nxt not in DESTINATION_PREPOSITIONS and not self._destination_later(trig, sent)

    def _unnamed_counterpart(self, verb: Token) -> bool:
        """Is the subject, object or agent of the verb a person's title that names no one and
        that no coreference resolved (`le ministre de l'Énergie`, with no name in the text)?"""
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubj:pass", "obj", "obl:agent") or keys.TITLE not in self.cover[c.i]:
                continue
            lo, hi = c.left_edge.i, c.right_edge.i + 1
            if c.i not in self.parties.resolved and not self.parties.people_at(lo, hi) \
                    and not self.parties.bodies_at(lo, hi):
                return True
        return False

    def _sides(self, trig: Span, sent: Span) -> list[Party]:
        """The states and bodies a noun of encounter names as its sides with `entre`: right
        after it (`le dialogue entre A et B`), or after the verb that says it took place, past
        its day and place (`une réunion s'est tenue mardi à Bakou entre A et B`); counted, those
        named before (`une rencontre a eu lieu entre les délégations des deux institutions`);
        none for encounters counted by a number, many and unnamed."""
        doc = self.doc
        if any(doc[k].text.isdigit() or CARDINALS.get(doc[k].lower_, 0) > 1
               for k in range(max(sent.start, trig.start - 3), trig.start)):
            return []  # `plus de 60 rencontres ont été organisées entre entrepreneurs des deux pays`: a count
        states = self.words.state_nouns
        sides = self.parties.between(trig, sent, state_nouns=states)
        occurred = self.reports.occurred_at(self.doc, trig) if not sides else None
        if occurred is not None:
            sides = self.parties.between(trig, sent, start=occurred, state_nouns=states)
        return sides

    def _in_session(self, trig: Span) -> bool:
        """Is a noun of meeting a gathering (`la réunion du Conseil de coopération`: a body in
        session; `une réunion des ministres de l'Énergie`: a class of people gathered; `a
        participé à la réunion`: a gathering one takes part in; `la 14e réunion de haut
        niveau`: a session of a standing format)?"""
        doc = self.doc
        return trig.text.lower().startswith(self.words.session_nouns) and (
            self.parties.org_complement(trig) or self.parties.class_complement(trig)
            or self.reports.participation.at(doc, doc[trig.start].head.i) is not None
            or doc[trig.start].head.lower_ in self.words.participation_nouns
            or self.reports.counted(doc, trig) or self._own_session(trig))

    def _own_session(self, trig: Span) -> bool:
        """`Le comité de pilotage a tenu sa réunion annuelle`: a body holding its own meeting,
        after a possessive, is in session."""
        doc = self.doc
        if trig.start == 0 or doc[trig.start - 1].lower_ not in ONE_OWNER:
            return False
        governor = governing_verb(doc[trig.start])
        return governor.i != trig.start and self.reports.holding.at(doc, governor.i) is not None \
            and bool(self.parties.orgs_in_subject(governor)) and not self.parties.subject_of(governor)

    def _attendance(self, sent: Span) -> list[Party]:
        """Who a gathering is held with: the people and bodies after `sous la (co)présidence
        de`, `avec la participation de (représentants de)`, up to the clause's end, and who a
        participle of holding names (`coprésidée par les deux ministres`)."""
        doc = self.doc
        out: list[Party] = []
        for k in range(sent.start, sent.end - 1):
            if not (doc[k].lower_ in self.words.participation_nouns or doc[k].lower_ in self.words.chairing_nouns) \
                    or doc[k + 1].lower_ not in OF:
                continue
            end = next((j for j in range(k + 2, sent.end) if doc[j].text in (".", ";", ":")
                        or is_finite(doc[j])),
                       sent.end)
            for p in [*self.parties.people_at(k + 2, end), *self.parties.bodies_at(k + 2, end)]:
                if p not in out:
                    out.append(p)
        for tok in sent:
            # `la réunion de la Commission, coprésidée par les deux ministres`: who chaired it
            if tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ != BY or not self.reports.holding.at(doc, tok.i) \
                    or "Part" not in tok.morph.get("VerbForm", []):
                continue
            end = next((j for j in range(tok.i + 2, sent.end) if doc[j].text in (".", ";", ":")
                        or is_finite(doc[j])),
                       sent.end)
            chairs = self.parties.people_at(tok.i + 2, end) or next(
                (found for t in doc[tok.i + 2:end] if (found := self.parties.titled_people(t, tok.i))), [])
            out += [p for p in chairs if p not in out]
        return out

    def _in_topic_phrase(self, trig: Span) -> bool:
        """Does a word of topic open the noun phrase the trigger ends, through articles and
        `de` complements (`sur le calendrier des consultations`, `sur les consultations`)?"""
        doc = self.doc
        k = trig.start - 1
        while k > trig.sent.start and trig.start - k <= TOPIC_REACH and (
                doc[k].lower_ in ARTICLES or doc[k].lower_ in OF
                or (doc[k].pos_ in ("NOUN", "ADJ") and doc[k].is_lower)):
            k -= 1
        return doc[k].lower_ in self.words.topic_words and k < trig.start - 1

    def _part_of_a_thing(self, trig: Span) -> bool:
        """Is a part of a gathering (`la cérémonie d'ouverture`) said of a thing named by a
        common noun that no word of meeting names (`de l'exposition`, `du concours`; not `du
        forum`, `de la Semaine du climat`, nor a body: `la séance de la commission de X`)?"""
        doc = self.doc
        k = trig.end
        if k >= trig.sent.end or doc[k].lower_ not in OF:
            return False
        k += 1
        while k < trig.sent.end and doc[k].lower_ in DEFINITE_ARTICLES:
            k += 1
        if k >= trig.sent.end or not (doc[k].pos_ == "NOUN" and doc[k].is_lower):
            return False
        # the chain of `de` complements, through a part of its own (`la séance plénière
        # d'ouverture du Forum`: the forum's)
        chain = [k]
        j = k + 1
        while j + 1 < trig.sent.end and doc[j].lower_ in OF and len(chain) < PART_CHAIN:
            j += 1
            while j < trig.sent.end and doc[j].lower_ in DEFINITE_ARTICLES:
                j += 1
            chain.append(j)
            j += 1
        for k in chain:
            if any(r.kind == ORG and r.start <= k < r.end for r in self.parties.in_sent(trig.sent)):
                return False  # `la séance de la commission permanente de l'UIP`: a body in session
            if any(t.start == k for t in self.sentence_triggers):
                return False
        return True

    def _finite(self, trig: Span) -> bool:
        """Is a trigger read only as a verb in a finite form after a comma (`X, ministre de Y,
        dirige une délégation`): no noun there (a participle may be one: `, son arrivée`)?"""
        if trig.label_ != keys.TRIGGER_VERB or trig.start == 0 or not self.doc[trig.start - 1].is_punct:
            return False  # after a determiner it is a noun (`un signe de confiance`)
        form = self.reports.verb(self.doc, trig)
        return form is not None and form.tense not in (PARTICIPLE, PRESENT_PARTICIPLE)

    def _setting(self, trig: Span, sent: Span) -> FoundEvent | None:
        """The encounter told before that the sentence puts this one at, by a noun after a
        word of time or setting before the trigger (`En marge de la conférence, X a rencontré
        Y`, `A l'issue de la réunion, les ministres ont signé`)."""
        doc = self.doc
        for t in self.sentence_triggers:
            if t.start >= trig.start or t.label_ != keys.TRIGGER_NOUN or t.id_ == "signing":
                continue
            if self.reports.anaphoric(doc, t) is not None:
                found = self._referent(t, self.history)
                if found is not None:
                    return found
        return None

    def _this_week(self, sent: Span) -> bool:
        """Does the sentence date what it says to the dispatch's week, up to its day (`hier`,
        `ce matin`, `mardi`)? Quoted speech so dated reports what it tells (`« Hier, j'ai eu
        un entretien avec X »`)."""
        ref = self.when.date()
        date = self.dates.date_in(sent, self.when, self.anchor)
        return ref is not None and date is not None and not self.dates.recalled(date, self.when) \
            and dt.date.fromisoformat(date) <= ref

    @staticmethod
    def _first_person(verb: Token) -> bool:
        """Is the subject of the verb the speaker (`j'ai rencontré`, `nous avons eu`)?"""
        return any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in FIRST_PERSON for c in verb.children)

    def _quote_speaker(self, trig: Span, sent: Span) -> list[Party]:
        """Who says the quotation the trigger is in: the subject of the verb of saying right
        after its closing guillemet (`», a déclaré le ministre X`; `», a-t-il déclaré`: the
        person the dispatch is about), else right before its opening one (`X a déclaré : «`)."""
        doc = self.doc
        close = self.quotes.next_closing(trig.end_char)
        opening = self.quotes.last_opening(trig.start_char)
        after = [t for t in sent if t.idx > close >= 0][:QUOTE_REACH]
        before = [t for t in sent if t.idx < opening][-QUOTE_REACH:]
        for tok in [*after, *reversed(before)]:
            if not self.reports.saying.at(doc, tok.i):
                continue
            people = self.parties.subject_of(tok)
            if not people:
                # the subject after the verb, often parsed as its object, after the verb's own
                # complements at times (`», a déclaré à l'agence X le ministre Y, Z`): the first
                # person named in the verb's clause
                stop = next((k for k in range(tok.i + 1, sent.end) if doc[k].pos_ in ("VERB", "AUX")), sent.end)
                people = self.parties.people_at(tok.i + 1, stop)[:1]
            if not people and any(c.lower_.lstrip("-") in SUBJECT_PRONOUNS for c in tok.children):
                protagonist = self.parties.protagonist.get(sent.start)
                people = [(ACTOR, protagonist)] if protagonist is not None else []
            return people
        return []

    def _signs(self, tok: Token) -> bool:
        """Is the token a verb of signing?"""
        form = self.reports.verbs.at(self.doc, tok.i)
        return form is not None and form.entry in self.words.verbs.get("signing", ())

    def _two_meetings(self, one: FoundEvent, other: FoundEvent) -> bool:
        """Do two verbs of meeting of one sentence report two meetings: each with its own
        counterpart, neither's parties among the other's (`X a reçu Y, puis il a rencontré
        Z`; not `X a rencontré Y ; ils se sont entretenus en tête-à-tête`)? Two visits are two
        when they go to different hosts, one of them an institution."""
        doc = self.doc
        verbs = all(e.trigger.label_ == keys.TRIGGER_VERB and reads_as_verb(doc, e.trigger.start)
                    for e in (one, other))
        a, b = set(one.parties), set(other.parties)
        if one.type == "visit" and other.type == "visit":
            # `X, qui effectue une visite en Moldavie, s'est rendu au Parlement`: the visit to
            # the state and the one to an institution there are two visits
            hosts_a, hosts_b = {p for p in a if p[0] != ACTOR}, {p for p in b if p[0] != ACTOR}
            return bool(hosts_a and hosts_b and not hosts_a & hosts_b
                        and any(p[0] == ORG for p in hosts_a | hosts_b))
        return verbs and one.type in ("meeting", "call") and not (a <= b or b <= a)

    @staticmethod
    def _other_signers(one: FoundEvent, other: FoundEvent) -> bool:
        """Were two signings of one sentence signed by different people (none in common)?"""
        people = {p for p in one.parties if p[0] == ACTOR}
        others = {p for p in other.parties if p[0] == ACTOR}
        return bool(people and others and not people & others)

    def _presence(self, triggers: list[Span]) -> list[Span]:
        """`de nouveau en Azerbaïdjan`, `de passage à Paris`: words that put someone in a place
        they visit, as visit triggers (label PRESENCE) where no other trigger is."""
        doc = self.doc
        taken = {i for t in triggers for i in range(t.start, t.end)}
        out = []
        for i in range(len(doc)):
            n = self.reports.presence.at(doc, i)
            if n and i + n < len(doc) and doc[i + n].lower_ in DESTINATION_PREPOSITIONS \
                    and not taken & set(range(i, i + n)):
                out.append(Span(doc, i, i + n, label=PRESENCE, span_id="visit"))
        return out

    def _site_named(self, trig: Span) -> bool:
        """Does a noun of visit say where it goes (`une visite sur le site de X`, `une visite de
        travail à X`): a preposition of destination after its adjectives and its `de`
        complement of kind?"""
        doc = self.doc
        k = trig.end
        while k < trig.sent.end and (doc[k].pos_ == "ADJ" or (doc[k].lower_ in OF and k + 1 < trig.sent.end
                                                                and doc[k + 1].pos_ == "NOUN" and doc[k + 1].is_lower)):
            k += 2 if doc[k].lower_ in OF else 1
        return k < trig.sent.end and (doc[k].lower_ in DESTINATION_PREPOSITIONS or doc[k].lower_ == ON)

    def _inviting(self, sent: Span, trig: Span) -> set[int]:
        """The tokens of the phrase that names who invited (`à l'invitation du ministre X`,
        `sur invitation de X`), up to a comma or a verb, when the trigger is not in it."""
        doc = self.doc
        out: set[int] = set()
        for k in range(sent.start, sent.end - 1):
            if doc[k].lower_ != INVITATION or doc[k + 1].lower_ not in OF:
                continue
            end = next((j for j in range(k + 1, sent.end) if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX")),
                       sent.end)
            if not (k <= trig.start < end):
                out.update(range(k + 1, end))
        return out

    def _honoured(self, sent: Span) -> set[int]:
        """The tokens where people are named as whom a memorial honours: right after a noun of
        memorial and `de` (`la statue du leader national`, `la tombe de X`, `le mausolée de l'imam
        X`)."""
        doc = self.doc
        out: set[int] = set()
        for k in range(sent.start, sent.end - 1):
            n = self.reports.memorials.at(doc, k)
            if not n or k + n >= sent.end or doc[k + n].lower_ not in OF:
                continue
            j = k + n + 1
            if j < sent.end and doc[j].lower_ in DEFINITE_ARTICLES:
                j += 1
            # the name after the title (`du leader national Heydar Aliyev`)
            out.update(range(j, min(j + 3, sent.end)))
        return out

    def _to_memorial(self, trig: Span) -> bool:
        """Is the destination of a visit a memorial (`s'est rendu au mémorial`, `a visité la
        tombe de X`): a wreath-laying, not a visit?"""
        doc = self.doc
        k = self._past_adjuncts(trig.end, trig.sent.end)
        start = k
        while k < trig.sent.end and k - start < MEMORIAL_REACH and (
                doc[k].lower_ in DESTINATION_PREPOSITIONS | DEFINITE_ARTICLES | A_CONTRACTED | OF
                or doc[k].pos_ in ("ADV", "ADJ")):
            k += 1
        return k < trig.sent.end and bool(self.reports.memorials.at(doc, k))

    def _destination_later(self, trig: Span, sent: Span) -> bool:
        """Is a place named as where a verb of movement goes further in its clause, after
        other adjuncts (`est arrivé mardi soir, sur invitation de son homologue, à Manille`,
        `se trouve depuis lundi à Chypre`): a preposition of destination right before the
        place (or its article), before any other verb?"""
        doc = self.doc
        places = {r.start for r in self.parties.in_sent(sent) if r.kind == PLACE and not r.nested}
        for k in range(trig.end, sent.end - 1):
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (";", ":"):
                return False
            if doc[k].lower_ in DESTINATION_PREPOSITIONS:
                j = k + 1 if doc[k + 1].lower_ not in DEFINITE_ARTICLES else k + 2
                if j in places:
                    return True
        return False

    def _past_adjuncts(self, k: int, end: int) -> int:
        """The first token from `k` on that is not an adverb, a comma or a day (`le 15 mai`,
        `mardi`, `ce matin`): where a verb's complement starts."""
        doc = self.doc
        while k < end and (doc[k].pos_ == "ADV" or doc[k].text == "," or doc[k].like_num
                           or doc[k].lower_ in self.calendar_words
                           or (doc[k].lower_ in DEFINITE_ARTICLES | DEMONSTRATIVES and k + 1 < end
                               and (doc[k + 1].like_num or doc[k + 1].lower_ in self.calendar_words))):
            k += 1
        return k

    def _last_encounter(self, with_signings: bool = False, people: int = 1) -> FoundEvent | None:
        """The last encounter reported with someone taking part (what `les deux parties`,
        `ils` or `votre visite` refer back to), with at least `people` people; with
        `with_signings`, a signing by people too (`X et Y ont signé un accord. Lors d'une
        séance de travail, les deux responsables ont examiné ...`)."""
        kinds = (*ENCOUNTERS, "signing") if with_signings else ENCOUNTERS
        return next((e for e in reversed(self.history) if e.type in kinds
                     and sum(p[0] == ACTOR for p in e.parties) >= people), None)

    def _arrival_of_a_thing(self, trig: Span) -> bool:
        """Is a verb of movement used as a noun (`l'arrivée`, `la venue`) completed by `de` and
        a common noun that names no one, no title, group or body (`l'arrivée du printemps`)?"""
        doc, end = self.doc, trig.sent.end
        verb = self.reports.verb(doc, trig)
        if verb is None or verb.entry not in self.words.movement_verbs:
            return False
        k = trig.end
        if k >= end or doc[k].lower_ not in OF:
            return False
        k += 1
        while k < end and doc[k].lower_ in DEFINITE_ARTICLES:
            k += 1
        return k < end and doc[k].pos_ == "NOUN" and not self._names_people(k) \
            and not self.parties.people_at(k, k + 1) and not self.parties.bodies_at(k, k + 1)

    def _completes_title(self, trig: Span) -> bool:
        """Is a noun of encounter the `de` complement of a person's title, directly or through
        another such noun (`le président du sommet`, `la présidente de la 79e session de
        l'Assemblée générale`)? It names what the person presides, not an encounter."""
        doc, cover = self.doc, self.cover
        k, linked = trig.start - 1, False
        while k >= max(trig.sent.start, trig.start - TITLE_COMPLEMENT_REACH):
            tok = doc[k]
            if keys.TITLE in cover[k]:
                return linked
            if tok.lower_ in OF:
                linked = True
            elif not (tok.lower_ in DEFINITE_ARTICLES or tok.pos_ in ("NUM", "ADJ") or ORDINAL.match(tok.text)
                      or keys.TRIGGER_NOUN in cover[k]):
                return False
            k -= 1
        return False

    def _thing_meets(self, trig: Span) -> bool:
        """Is the subject of a verb of meeting a thing, not someone (`le concert a réuni`, `le
        projet a rencontré des difficultés`, `des tapis y sont réunis`): a common noun that
        is no title, group, side, body or gathering (`la réunion a réuni X et Y`: those it
        gathered), with no one named in its phrase?"""
        doc = self.doc
        gatherings = {t.start for t in self.sentence_triggers if t.label_ == keys.TRIGGER_NOUN
                      and t.id_ in ("meeting", "conference")}
        for subject in (c for c in doc[trig.start].children if c.dep_ in ("nsubj", "nsubj:pass")):
            if subject.i in gatherings:
                return False
            if subject.lower_ in self.calendar_words:
                continue  # `Mercredi, le ministre X a reçu`: the day, parsed as the subject
            if self.parties.names_someone(subject.i):
                return False  # a part of a person's name the tagger made a common noun
            if subject.pos_ != "NOUN" or keys.TITLE in self.cover[subject.i] or keys.EPITHET in self.cover[subject.i]:
                return False
            if self.reports.groups.at(doc, subject.i) or subject.lower_ in self.words.side_nouns \
                    or subject.i in self.parties.resolved:
                return False
            lo, hi = subject.left_edge.i, subject.right_edge.i + 1
            return not (self.parties.people_at(lo, hi) or self.parties.bodies_at(lo, hi))
        return False

    def _names_people(self, i: int) -> bool:
        """Is the noun at `i` a title or a group of people (`les ministres`, `les chefs de
        délégation`)?"""
        return keys.TITLE in self.cover[i] or keys.EPITHET in self.cover[i] \
            or bool(self.reports.groups.at(self.doc, i))

    def _receives_a_thing(self, trig: Span) -> bool:
        """Does a verb of reception (`recevoir`, `accueillir`) receive a thing, not someone:
        its object names no person, title, pronoun or group before its first complement
        (`un message du président X`, `les félicitations de X`, `un appel téléphonique de X`),
        and is not a thing that stands for its bearer (`les lettres de créance de X`)?"""
        doc = self.doc
        verb = self.reports.verb(doc, trig)
        if verb is None or verb.entry not in self.words.reception_verbs:
            return False
        # the object after the verb, past adverbs and days (`a reçu le 8 mai un message`)
        end = trig.sent.end
        k = self._past_adjuncts(trig.end, end)
        if k >= end or doc[k].pos_ in ("ADP", "PUNCT", "VERB", "AUX"):
            return False  # no object: `l'a reçu`, `a été reçu par X`
        # the head noun phrase, up to its first complement (a participle right after the
        # article is the noun it makes: `l'envoyé spécial`)
        head_end = next((i for i in range(k + 1, end) if doc[i].pos_ in ("ADP", "PUNCT")
                         or (doc[i].pos_ == "VERB" and doc[i - 1].pos_ != "DET")), end)
        if any(self.reports.reception_objects.at(doc, i) for i in range(k, head_end + 2) if i < end):
            return False
        return not (self.parties.people_at(k, head_end) or any(
            doc[i].pos_ in ("PRON", "PROPN") or keys.TITLE in self.cover[i] or keys.EPITHET in self.cover[i]
            or self.reports.groups.at(doc, i) or doc[i].lower_ in self.kinship for i in range(k, head_end)))

    def _signing(self, event: FoundEvent, noun: bool, subjects: list[Party], objects: list[Party]) -> list[FoundEvent]:
        """The parties of a signing: the signers (`les deux parties`, `ils`: those of the
        encounter just reported), the organizations that are the subject (`l'Agence X et la
        société Y ont signé`), those it is signed by, and the sides the document names (`entre
        le ministère de A et le ministère de B`, `entre les ministères de la République de A et
        de la République de B`). Organizations and states alone may sign."""
        trig, sent = event.trigger, event.sentence
        verb = governing_verb(self.doc[trig.start]) if noun else self.doc[trig.start]
        form = None if noun else self.reports.verb(self.doc, trig)
        if form is not None and form.entry in self.words.adoption_verbs and len(subjects) == 1 \
                and "Plur" not in verb.morph.get("Number", []):
            return []  # `le Parlement a adopté une déclaration`: one body's act, no signing
        signers = [p for p in subjects if p[0] == ACTOR]
        # `X et Y ont signé A, tandis que Z et W ont signé B`: another verb's subjects sign
        # their own document
        others = [p for t in sent if t.i != verb.i and self._signs(t) for p in self.parties.subject_of(t)]
        own = [p for p in self.parties.subject_of(verb) if p not in others]
        # (the parse may give the verb only the last of coordinated subjects: `X, ministre de A,
        # et Y, ministre de B, ont signé`; those before the verb that sign nothing else are its)
        signers = list(dict.fromkeys([*own, *(p for p in signers if p not in others)]))
        objects = [p for p in objects if p not in others]
        witnesses = self._witnesses(trig, sent)
        if witnesses and any(p[0] == ACTOR and p not in witnesses for p in [*signers, *objects]):
            # `signé par X et Y, en présence du ministre Z`: witnesses sign nothing when the
            # signers are named (unnamed, those present stand for them)
            objects = [p for p in objects if p not in witnesses]
        sides = self.parties.between(trig, sent, SIGNING_REACH)
        if self.parties.side_anaphor(verb, self.words.side_nouns):
            # `les deux parties ont signé un mémorandum entre A et B`: no one is said to have
            # signed, the sides the document names are the parties; without them, the people of
            # the encounter just told
            # `les deux responsables ont signé un accord entre Bakou et Naples`: people are
            # said to have signed, those of the encounter just told, whatever sides it names
            people = not sides or self._people_as_sides(verb)
            last = self._last_encounter(people=2)  # the sides are two or more
            signers = self.parties.apposed_to_subject(verb) or self._counted_signers(verb, sent) \
                or self.parties.titled_sides(verb) or (
                [p for p in last.parties if p[0] == ACTOR] if last and people else [])
            if signers and sides:
                sides = []  # said who signed: the sides its document names are not parties
        gathered = self._class_of_gathering(verb) if not sides else []
        if gathered and set(signers) <= set(gathered):
            # `A l'issue du sommet, les chefs d'Etat ont signé une déclaration`: a plural title
            # that names no one, and counts no one, stands for the people of the gathering
            # just told (`les deux ministres`: two of them)
            signers = gathered
        if len(signers) == 1 and signers[0][0] == ACTOR:
            # `Le ministre X et la société Y ont signé`: a person and a body coordinated as the
            # subject, each a side (a body inside the person's title is none)
            signers = [*signers, *(p for p in self.parties.orgs_in_subject(verb) if p not in signers)]
        if not signers:
            # `L'Azerbaïdjan et la Turquie ont signé un accord`: states as the subject sign too
            signers = self.parties.orgs_in_subject(verb) or self._bodies_before(verb) \
                or [p for p in subjects if p[0] == ORG] or [p for p in subjects if p[0] == PLACE]
        if len(signers) == 1 and signers[0][0] == ORG and not objects and not sides:
            # one body as the parse's subject, others coordinated before the verb however it
            # hung them (`La société X et la société Y ont signé ...`)
            signers = list(dict.fromkeys([*signers, *self._bodies_before(verb)]))
        for p in [*signers, *objects, *sides]:
            event.add(p)
        event.named_sides = [p for p in sides if p not in signers]
        told = self._document_told_again(verb) if not noun else None
        if told is not None and any(p[0] == ACTOR for p in event.parties):
            # `Un mémorandum a été signé entre A et B. Le document a été paraphé par X et par
            # Y`: the signing told before, now with who signed it; the signers are its parties,
            # not the sides the document names (bodies said to sign stay: `La société A et la
            # société B ont signé un accord. Le document a été paraphé par X et Y`)
            if not any(p[0] == ACTOR for p in told.parties):
                told.parties = [p for p in told.parties if p not in told.named_sides]
            for p in event.parties:
                if p[0] == ACTOR:
                    told.add(p)
            return []
        return [event] if len(event.parties) >= 2 else []

    def _witnesses(self, trig: Span, sent: Span) -> list[Party]:
        """The people named after the trigger in an `en présence de` complement, to the end of
        the sentence's clause."""
        doc = self.doc
        start = next((k + 1 for k in range(trig.end, sent.end - 1)
                      if (doc[k].lower_, doc[k + 1].lower_) == IN_PRESENCE), None)
        if start is None:
            return []
        end = next((k for k in range(start, sent.end) if doc[k].pos_ in ("VERB", "AUX") or doc[k].text == ";"),
                   sent.end)
        return self.parties.people_at(start, end)

    def _counted_signers(self, verb: Token, sent: Span) -> list[Party]:
        """`les deux villes ont signé`, `les deux compagnies ont signé`: a counted plural noun of
        state, city or body as the subject stands for as many of them named before."""
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")):
            low = subject.lower_
            if low in self.words.state_nouns or low in self.words.city_nouns or low in self.heads.plural_heads:
                return self.parties.counted_sides(subject.left_edge.i, subject.i + 1, sent, self.words.state_nouns,
                                                  self.words.city_nouns)
        return []

    def _document_told_again(self, verb: Token) -> FoundEvent | None:
        """The signing reported before that the subject of a verb of signing names again: a
        bare definite or demonstrative noun of document (`le document`, `ce mémorandum`,
        `l'accord a été paraphé par X`), with no complement that would make it another one."""
        doc = self.doc
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")):
            det = [c.lower_ for c in subject.children if c.dep_ == "det"]
            complement = any(c.dep_ in ("nmod", "amod", "acl", "acl:relcl") and c.i > subject.i
                             for c in subject.children)
            if not det or det[0] not in DEFINITE_ARTICLES | DEMONSTRATIVES or complement:
                continue
            if subject.lower_ in self.words.documents or self.reports.signing_objects.at(doc, subject.i):
                return next((e for e in reversed(self.history) if e.type == "signing"), None)
        return None

    def _visitors(self, trig: Span, sent: Span, noun: bool, subjects: list[Party], objects: list[Party]) -> list[Party]:
        """Who makes a visit. An apposed `, en visite en X` is the visit of the person named
        last before it; a noun's visitor is the subject of its copula (`X et Y seront en
        visite`), the person of its `de` complement (`la visite du président X`), or the subject
        of the verb that governs it (`X effectuait une visite`, `lors de sa visite, X ...`); a
        verb's, its subject. Without any of these, the people before the word, else the
        first one after it."""
        doc = self.doc
        tok = doc[trig.start]
        if noun:
            prev = trig.start - 1
            moving = {k for t in self.sentence_triggers if t.id_ == "visit" and t.start < trig.start
                      and self._bare_movement(t, sent) for k in range(t.start, t.end)}
            while prev > sent.start and (doc[prev].lower_ in PRESENCE_WORDS or prev in moving):
                prev -= 1  # `, en visite`, `, qui se trouve en visite`, `, arrivé en visite`
            apposed = doc[trig.start - 1].lower_ == "en" or trig.label_ == PRESENCE
            if prev >= sent.start and doc[prev].text == "," and apposed:
                return self.parties.nearest_before(prev, sent)  # `X, de nouveau en Y,`
            governor = governing_verb(tok)
            by_clause = self.parties.subject_of(governor) if governor.i != tok.i else []
            if doc[trig.start - 1].lower_ in SECOND_PERSON_POSSESSIVES:
                # `« Votre visite en X »`: the guest of the encounter just reported, not the
                # speaker (hosts are also set apart by their country)
                last = self._last_encounter()
                speakers = self.parties.speakers(sent, self.reports.saying, tok)
                return [p for p in last.parties if p[0] == ACTOR and p not in speakers] if last else []
            if doc[trig.start - 1].lower_ in FIRST_PERSON_POSSESSIVES and in_quotes(self.quotes, trig):
                # `« Lors de ma visite en X, j'ai ... », a déclaré Y`: the speaker's
                found = self._quote_speaker(trig, sent)
            elif doc[trig.start - 1].lower_ in POSSESSIVES:
                found = by_clause  # `X a salué les résultats de sa visite`: the possessor
            else:
                found = self.parties.subject_of(tok) or self.parties.genitive_after(trig, sent) or by_clause
        else:
            found = self.parties.subject_of(tok)
        if not found and not noun:
            # `les hôtes azerbaïdjanais ont visité le Centre X`: the visitors of the visit told
            found = self._visitors_by_plural(tok)
        if not found:
            # `Une délégation conduite par X ... Les membres de la délégation ont visité le site
            # de Y`: the delegation named again visits through its head
            head = self._delegation_named(trig, sent)
            if head is not None and head[1] < trig.start:
                found = [head[0]]
        if not found:
            found = subjects or [o for o in objects if o[0] == ACTOR][:1]
        # `en compagnie du ministre X`, `accompagné de X`: they go together
        return [*found, *(p for p in self.parties.companions(sent, self.reports.company) if p not in found)]

    def _visit_of_someone(self, trig: Span) -> bool:
        """`sa visite en Norvège`, `la visite du président X`: a visit whose visitor the noun
        phrase names is the visit going on (planned and recalled ones are told apart by their
        markers and tense)."""
        prev = self.doc[trig.start - 1] if trig.start > 0 else None
        if prev is not None and prev.lower_ in POSSESSIVES | SECOND_PERSON_POSSESSIVES:
            return True
        return bool(prev is not None and prev.lower_ in DEFINITE_ARTICLES
                    and self.parties.genitive_after(trig, trig.sent))

    def date_of(self, sent: Span) -> str | None:
        """The date of the encounters of a sentence: the day it gives, else the paragraph's.
        A dateline run into the sentence (`Dakar, 12 mars (APS) – X a reçu lundi Y`) dates the
        dispatch, not the encounter."""
        end = self.dateline_end
        if end is not None and sent.start_char < end < sent.end_char:
            rest = self.doc.char_span(end, sent.end_char, alignment_mode="expand")
            sent = rest if rest is not None else sent
        return self.dates.date_in(sent, self.when, self.anchor) or self.paragraph_date

    def _join(self, sent: Span, triggers: list[Span], events: list[FoundEvent]) -> set[int]:
        """People who took part in a gathering already reported join it: `X, Y et Z y ont
        pris part`, `Y ont pris part X, ministre de A, et Y, ministre de B`, `X a participé à la
        réunion`, `X et Y ont eux aussi assisté à la rencontre`; the members of a delegation
        met (`a reçu une délégation ...`) listed after the encounter with it (`la délégation
        comprenait X et Y`). Returns the
        starts of the triggers that named the gathering joined (read as no new event)."""
        used: set[int] = set()
        doc = self.doc
        for tok in sent:
            form = self.reports.participation.at(doc, tok.i)
            if form is None:
                continue
            after = tok.i + form.length  # `a pris part à la réunion`, `ont été présents au congrès`
            nouns = [t for t in triggers if is_noun_use(doc, t) and t.id_ in ("meeting", "conference")
                     and tok.i < t.start and (governing_verb(doc[t.start]).i == tok.i or (
                         after < t.start <= after + 2 and doc[after].lower_ in PARTICIPATION_PREPOSITIONS))]
            before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
            aux_before = tok.i > 1 and doc[tok.i - 2].lower_ == "y"
            if not nouns and "y" not in (before, doc[tok.i - 2].lower_ if aux_before else "") \
                    and not self._absolute(after, sent, triggers):
                continue
            # the people before the verb, else those after it (`Y ont pris part X, Y et Z`),
            # with the bodies named beside them (`des représentants de la Chambre X et de la
            # société Y`: those bodies took part)
            before_verb = self.parties.people_at(sent.start, tok.i) or self.parties.bodies_at(sent.start, tok.i)
            # after it; after a present participle, its subject is that of the main clause, up to
            # its verb (`Prenant la parole, la diplomate a présenté les traditions inscrites au
            # patrimoine de l'UNESCO`: what she spoke of took no part)
            clause_end = sent.end
            if tok.lower_.endswith(PRESENT_PARTICIPLE_ENDING):
                clause_end = next((k for k in range(after, sent.end) if is_finite(doc[k]) and doc[k].is_lower),
                                  sent.end)
            lo, hi = (sent.start, tok.i) if before_verb else (tok.i, clause_end)
            people = [*self.parties.people_at(lo, hi), *self.parties.bodies_at(lo, hi)]
            several = self._meetings_counted(nouns[0], events) if nouns else []
            if several:
                # `ont assisté aux trois rencontres`, `ont pris part à ces entretiens`: each of
                # the meetings told, in which they all took part
                for meeting in several:
                    for party in people:
                        meeting.add(party)
                    meeting.touched = sent.start
                used.update(t.start for t in nouns)
                continue
            if nouns and not self._anaphoric_noun(nouns[0], events):
                continue  # `a participé à un forum`: a gathering of its own
            target = self._referent(nouns[0], events) if nouns else self._just_told(events)
            if target is None:
                continue  # `est intervenu lors de la table ronde`: one not reported yet
            if target.type == "meeting" and not target.parties and len(people) > 2:
                target.type = "conference"  # a meeting of many, listed as those who took part
            for party in people:
                target.add(party)
            target.touched = sent.start
            # `présents au dialogue organisé au siège de l'OTAN à Bruxelles`: where it was
            if target.type != "call":  # a call took place nowhere
                target.place = target.place or self.parties.place(sent)
            used.update(t.start for t in nouns)
        if self.reports.membership_in(sent):
            # the last encounter with a delegation as its counterpart (`a reçu une délégation`)
            target = next((e for e in reversed(events) if e.type in ("meeting", "conference")
                           and any(t.lower_ in self.words.delegation_nouns
                                   for t in self.doc[e.trigger.end:e.sentence.end])), None)
            if target is not None:
                for party in self.parties.people_at(sent.start, sent.end):
                    target.add(party)
        target = next((e for e in reversed(events) if e.type in GATHERINGS), None)
        if target is not None and target.gathered is not None:
            # `Une réunion des ministres de la Défense s'est tenue. Les ministres de la Défense
            # X, Y et Z ont examiné ...`: the definite plural that repeats the class gathered
            # names them
            for party in self._class_named(sent, target.gathered):
                target.add(party)
        told = self._just_told(events)  # the gathering of the sentence before, if any
        if told is not None and (self.reports.represented(sent) or self.reports.listed_by_side(sent)):
            # `Une réunion s'est tenue. La partie azerbaïdjanaise était représentée par X, la
            # partie géorgienne par Y`: who stood for each side took part in the gathering told
            self._add_joined(told, self.parties.people_at(sent.start, sent.end), sent)
        elif told is not None and told.type == "conference" and told.parties \
                and self.reports.represented(sent, delegations=True) \
                and not any(t.id_ in (*GATHERINGS, "visit") for t in triggers):
            # `Des consultations se sont tenues entre A et B. Les délégations étaient conduites
            # par X et Y`: the heads of the sides' delegations, named after `par` up to the
            # clause's end, took part
            by = next((t.i for t in sent if t.lower_ == BY), sent.end)
            end = next((t.i for t in doc[by + 1:sent.end] if t.text in (";", ".") or is_finite(t)), sent.end)
            self._add_joined(told, self.parties.people_at(by + 1, end), sent)
        there = self._acted_there(sent)
        if there is not None and told is not None and told.type == "conference":
            # `La séance s'est tenue à huis clos. Le secrétaire général, X, y a présenté le
            # rapport`: who did something at the gathering just told (`y`: there) took part
            self._add_joined(told, self.parties.people_at(sent.start, there), sent)
        if told is not None and told.type == "conference" and not any(t.id_ in GATHERINGS for t in triggers):
            # `Une conférence sur le climat s'est tenue à Bakou. Le ministre X a souligné ...`:
            # who speaks, or presents something, in the sentence after a gathering, spoke at it
            for tok in sent:
                if tok.dep_ == "ROOT" and self._contributes(tok):
                    self._add_joined(told, self.parties.subject_of(tok), sent)
        held = self._held_by_pronoun(sent)
        if held is not None and told is not None:
            # `La session s'est tenue lundi. Elle a été coprésidée par X et Y`: who held the
            # gathering just told took part in it
            self._add_joined(told, self.parties.people_at(held, sent.end), sent)
        if self._among_participants(sent):
            # `Parmi les intervenants figuraient X et Y`, `X figurait parmi les participants`:
            # the last gathering, which the noun of participants names
            target = next((e for e in reversed(events) if e.type in GATHERINGS), None)
            if target is not None:
                for party in self.parties.people_at(sent.start, sent.end):
                    target.add(party)
                target.touched = sent.start
        return used

    @staticmethod
    def _add_joined(target: FoundEvent, parties: list[Party], sent: Span) -> None:
        """Add people who took part in `target` in sentence `sent`, which now tells of it."""
        for party in parties:
            target.add(party)
        target.touched = sent.start

    def _contributes(self, verb: Token) -> bool:
        """Is the verb one of saying or of contributing to a gathering (`a souligné`, `a
        présenté un rapport`, `a fait une présentation`)?"""
        return bool(self.reports.saying.at(self.doc, verb.i) or self.reports.contribution.at(self.doc, verb.i))

    def _held_by_pronoun(self, sent: Span) -> int | None:
        """The token after `par` when the sentence opens with a subject pronoun and a verb of
        holding in the passive (`Elle a été coprésidée par`, `Il était présidé conjointement
        par`): a thing held, the gathering just told; else None."""
        doc = self.doc
        k = sent.start
        if doc[k].lower_ not in SUBJECT_PRONOUNS | PLURAL_SUBJECT_PRONOUNS:
            return None
        j = k + 1
        while j < sent.end and doc[j].pos_ in ("AUX", "ADV"):
            j += 1
        if j == k + 1 or j >= sent.end or not self.reports.holding.at(doc, j):
            return None  # a passive needs its auxiliary
        j += 1
        while j < sent.end and doc[j].pos_ == "ADV":
            j += 1
        return j + 1 if j < sent.end and doc[j].lower_ == BY else None

    def _bodies_before(self, verb: Token) -> list[Party]:
        """The bodies named between the opening adverbial of the clause and its verb, two or
        more (`Au terme de la rencontre, l'ANAMA et le PNUD ont procédé à l'échange`): its
        subject, however the parser attached it."""
        sent = verb.sent
        start = max((k + 1 for k in range(sent.start, verb.i) if self.doc[k].text == ","), default=sent.start)
        bodies = self.parties.bodies_at(start, verb.i)
        return bodies if len(bodies) >= 2 and not self.parties.people_at(start, verb.i) else []

    def _represented_bodies(self, sent: Span, trig: Span) -> list[Party]:
        """The bodies named before the trigger after a noun of group and `de` (`des
        représentants de l'Agence X et du Fonds Y`, `les délégations du ministère X et de la
        société Y`), when no one is named there."""
        doc = self.doc
        for k in range(sent.start, trig.start - 1):
            if self.reports.groups.at(doc, k) and doc[k + 1].lower_ in OF:
                if self.parties.people_at(k, trig.start):
                    return []
                return self.parties.bodies_at(k, trig.start)
        return []

    def _goes_on_dated(self, sent: Span) -> bool:
        """Did the sentence just before report an encounter dated this week (`La veille, X
        avait été reçu par Y`), which the sentence goes on telling?"""
        return any(e.sentence.start == self.recent and e.date is not None and not self.dates.recalled(e.date, self.when)
                   for e in reversed(self.history[-3:])) and self.recent != sent.start

    def _people_as_sides(self, verb: Token) -> bool:
        """Does the subject that stands for the sides name people, by a noun of person
        counted (`les deux responsables`, `les deux ministres`), not sides (`les parties`)?"""
        return any(s.pos_ == "NOUN" and s.lower_ not in self.words.side_nouns
                   and any(c.lower_ in CARDINALS for c in s.children)
                   for s in verb.children if s.dep_ in ("nsubj", "nsubj:pass"))

    def _class_of_gathering(self, verb: Token) -> list[Party]:
        """The people of the last gathering told, when the subject of a verb is a plural
        title that names no one (`les chefs d'Etat`, `les chefs de gouvernement`, `les
        ministres`)."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is None or subject.pos_ != "NOUN" or "Plur" not in subject.morph.get("Number", []) \
                or not (keys.TITLE in self.cover[subject.i] or keys.EPITHET in self.cover[subject.i]) \
                or any(c.lower_ in CARDINALS for c in subject.children):
            return []
        lo, hi = subject.left_edge.i, subject.right_edge.i + 1
        if self.parties.people_at(lo, hi):
            return []
        gathering = next((e for e in reversed(self.history) if e.type == "conference"), None)
        people = [p for p in gathering.parties if p[0] == ACTOR] if gathering is not None else []
        return people if len(people) >= 2 else []

    def _initiators(self, sent: Span) -> list[Party]:
        """Those on whose initiative a gathering is held (`s'est tenu à l'initiative de
        l'Union X et de l'Agence Y`, `organisé sur l'initiative du ministère`): its
        organizers, parties to it; the people and bodies after `initiative de`, up to the
        clause's end."""
        doc = self.doc
        for k in range(sent.start, sent.end - 1):
            if doc[k].lower_ != INITIATIVE or doc[k + 1].lower_ not in OF:
                continue
            end = next((j for j in range(k + 2, sent.end) if doc[j].text in (".", ";", ":")
                        or doc[j].pos_ in ("VERB", "AUX")), sent.end)
            return [*self.parties.people_at(k + 2, end), *self.parties.bodies_at(k + 2, end)]
        return []

    def _turns(self, trig: Span, sent: Span, subjects: list[Party]) -> list[list[Party]]:
        """The counterparts of an encounter told one after the other (`avec X, puis avec
        Y`, `a rencontré X, puis Y`): for each `avec` of the clause, else each stretch before
        and after a `puis`, the people it names, else its bodies."""
        doc = self.doc
        if not self.reports.one_then_another(doc, trig):
            return []
        withs = []
        for k in range(trig.end, sent.end):
            if doc[k].text in (".", ";") or is_finite(doc[k]):
                break
            if doc[k].lower_ == WITH:
                withs.append(k)
        end_of = [*withs[1:], next((j for j in range(withs[-1], sent.end) if doc[j].text in (".", ";")), sent.end)] \
            if withs else []
        turns = []
        for k, end in zip(withs, end_of, strict=True):
            found = [p for p in self.parties.people_at(k + 1, end) if p not in subjects] \
                or [p for p in self.parties.bodies_at(k + 1, end) if p not in subjects]
            if found:
                turns.append(found)
        if len(turns) >= 2:
            return turns
        # `a rencontré X, puis le ministre Y`: the objects before and after each `puis`
        stop = next((k for k in range(trig.end, sent.end) if doc[k].text in (".", ";")
                     or is_finite(doc[k])), sent.end)
        cuts = [k for k in range(trig.end, stop) if doc[k].lower_ in THEN]
        turns = []
        for lo, hi in zip([trig.end - 1, *cuts], [*cuts, stop], strict=True):
            found = [p for p in self.parties.people_at(lo + 1, hi) if p not in subjects] \
                or [p for p in self.parties.bodies_at(lo + 1, hi) if p not in subjects]
            if found:
                turns.append(found)
        return turns

    def _more_hosts(self, trig: Span, sent: Span, host: Party) -> list[Party]:
        """The other bodies a verb of visit goes to, coordinated with its host by a comma or
        `et` and an article (`a visité la Faculté X, le Centre Y et le Musée Z`), up to the
        end of its clause."""
        if host[0] != ORG:
            return []
        doc = self.doc
        refs = [r for r in self.parties.in_sent(sent) if r.start >= trig.end and not r.nested]
        first = next((r for r in refs if (r.kind, r.index) == host), None)
        if first is None:
            return []
        out: list[Party] = []
        k = first.end
        for r in refs:
            if r.start < k:
                continue
            gap = [t.lower_ for t in doc[k:r.start]]
            if r.kind != ORG or not gap or gap[0] not in (",", AND) or len(gap) > 3 \
                    or not set(gap[1:]) <= DEFINITE_ARTICLES | {AND}:
                if any(t.pos_ in ("VERB", "AUX") or t.text in (";", ".") for t in doc[k:r.start]):
                    break
                continue
            if (ORG, r.index) not in out and (ORG, r.index) != host:
                out.append((ORG, r.index))
            k = r.end
        return out

    def _visits_someone(self, trig: Span, entry: str) -> bool:
        """Does `rendre visite` go to a person (`a rendu visite à la présidente du Parlement,
        X`, `rend visite au ministre X`, `lui a rendu visite`), not to a place or a body?"""
        doc = self.doc
        if entry != VISIT_SOMEONE:
            return False
        if trig.start > 0 and any(doc[k].lower_ in OBJECT_PRONOUNS for k in range(max(0, trig.start - 3), trig.start)):
            return True  # `lui a rendu visite`
        return self._to_someone(trig, self._past_adjuncts(trig.end, trig.sent.end))

    def _to_someone(self, trig: Span, k: int | None = None) -> bool:
        """Does the trigger go `à` a person (`au président X`, `à la ministre`), at token `k`,
        by default past the noun's own adjectives and `de` complements (`une visite de
        courtoisie au président X`)?"""
        doc, end = self.doc, trig.sent.end
        if k is None:
            k = trig.end
            while k < end and (doc[k].pos_ == "ADJ"
                               or (doc[k].lower_ in DE and k + 1 < end and doc[k + 1].pos_ == "NOUN")):
                k += 2 if doc[k].lower_ in DE else 1
        if k >= trig.sent.end or doc[k].lower_ not in TO:
            return False
        j = k + 1
        while j < trig.sent.end and doc[j].lower_ in DEFINITE_ARTICLES | POSSESSIVES:
            j += 1
        return j < trig.sent.end and (keys.TITLE in self.cover[j] or keys.HONORIFIC in self.cover[j]
                                      or self.parties.names_someone(j))

    def _guests(self, trig: Span) -> list[Party]:
        """The visitors of the last visit told, when what a verb of meeting receives, past its
        day, is a definite plural noun of guests (`a reçu mercredi les hôtes turcs`)."""
        doc, end = self.doc, trig.sent.end
        k = self._past_adjuncts(trig.end, end)
        if k + 1 >= end or doc[k].lower_ not in DEFINITE_ARTICLES | DEMONSTRATIVES \
                or doc[k + 1].lower_ not in self.words.guest_nouns:
            return []
        visit = next((e for e in reversed(self.history) if e.type == "visit"), None)
        return [p for p in visit.parties if p[0] == ACTOR] if visit is not None else []

    def _visitors_by_plural(self, verb: Token) -> list[Party]:
        """The visitors of the last visit told, when the subject of a verb of meeting is a
        plural common noun that names no one (`les parlementaires azerbaïdjanais`, `les
        membres de la délégation`, `les invités`): those on the visit met as a group."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is None or "Plur" not in subject.morph.get("Number", []) \
                or subject.lower_ in self.words.side_nouns:
            return []
        pronoun = subject.lower_ in PLURAL_SUBJECT_PRONOUNS
        if subject.pos_ != "NOUN" and not pronoun:
            return []
        lo, hi = subject.left_edge.i, subject.right_edge.i + 1
        if self.parties.people_at(lo, hi) or self.parties.bodies_at(lo, hi):
            return []
        # `ont visité le Centre X, où ils ont été accueillis par Y`: a pronoun, the visit of
        # its own sentence too
        told = [*self.history, *(self.found_here.values() if pronoun else ())]
        visit = next((e for e in reversed(told) if e.type == "visit"), None)
        return [p for p in visit.parties if p[0] == ACTOR] if visit is not None else []

    def _leader_after(self, k: int, sent: Span) -> tuple[str, int] | None:
        """The person a passive verb of leading right after a noun of delegation names
        (`une délégation du Sénat conduite par son président, X`, `une délégation dirigée par
        le ministre X`): the first person after its `par`, within the noun's phrase."""
        doc = self.doc
        for j in range(k + 1, min(sent.end - 1, k + 1 + LEADER_REACH)):
            if doc[j].text in (".", ";", ":") or doc[j].pos_ == "AUX":
                return None
            if self.reports.representation.at(doc, j) and doc[j + 1].lower_ == BY:
                people = self.parties.people_at(j + 2, sent.end)
                return people[0] if people else None
        return None

    def _note_delegation(self, sent: Span) -> None:
        """Remember who leads the delegation a sentence introduces (`une délégation conduite
        par X`); a delegation introduced with no one leading it is led by no one known."""
        doc = self.doc
        for k in range(sent.start, sent.end):
            if doc[k].lower_ not in self.words.delegation_nouns:
                continue
            leader = self._leader_after(k, sent)
            if not self._definite_delegation(k) or leader is not None:
                # (`La délégation azerbaïdjanaise, conduite par X, ...`: definite, with its head)
                self.delegation_head = leader

    def _definite_delegation(self, k: int) -> bool:
        """Is the noun of delegation at `k` definite or demonstrative (`la délégation`, `cette
        délégation`): one already introduced?"""
        prev = self.doc[k - 1].lower_ if k > 0 else ""
        return prev in (DEFINITE_ARTICLES | DEMONSTRATIVES) - PLURAL_DETERMINERS  # one: not `les délégations`

    def _delegation_named(self, trig: Span, sent: Span) -> tuple[tuple[str, int], int] | None:
        """The head of the delegation introduced before, with where the sentence names that
        delegation again by a definite noun with no leader of its own (`la délégation
        ouzbèke`, `cette délégation`), outside the trigger; None when none is."""
        if self.delegation_head is None:
            return None
        doc = self.doc
        for k in range(sent.start, sent.end):
            if doc[k].lower_ in self.words.delegation_nouns and self._definite_delegation(k) \
                    and not trig.start <= k < trig.end and self._leader_after(k, sent) is None \
                    and (k + 1 >= sent.end or doc[k + 1].lower_ not in OF):
                return self.delegation_head, k
        return None

    def _meetings_counted(self, trig: Span, events: list[FoundEvent]) -> list[FoundEvent]:
        """The meetings a definite plural noun of meeting names again (`aux trois rencontres`,
        `aux deux entretiens`, `à ces entretiens`): as many of the last meetings and calls told
        as it counts, else all of them (with no demonstrative, those of the paragraph of the
        last one); none when it names fewer than two, or more than were told."""
        doc = self.doc
        if trig.id_ not in ("meeting", "call") or not doc[trig.end - 1].lower_.endswith(("s", "x")):
            return []
        k = trig.start - 1
        count = None
        if k > 0 and doc[k].lower_ in CARDINALS:
            count = CARDINALS[doc[k].lower_]
            k -= 1
        if k < 0 or doc[k].lower_ not in DEFINITE_ARTICLES | DEMONSTRATIVES | {"aux"}:
            return []
        told = [e for e in events if e.type in ("meeting", "call")]
        if count is not None and count > len(told):
            return []
        if count is None and told and doc[k].lower_ not in DEMONSTRATIVES:
            # `aux entretiens`: those of the stretch of text that told the last one, its
            # paragraph (`Le lendemain, X a reçu Y.` in a paragraph of its own is another day)
            last = told[-1].sentence
            told = [e for e in told if "\n" not in self.text[e.sentence.start_char:last.start_char]]
        told = told[-count:] if count is not None else told
        return told if len(told) >= 2 else []

    def _acted_there(self, sent: Span) -> int | None:
        """The token of the clitic `y` (there) before a finite verb whose subject is named
        before it (`X y a présenté le rapport`, `X et Y y ont pris la parole`), or None; not the
        `y` of `il y a` (there is), nor one after a pronoun subject, which names no one."""
        doc = self.doc
        for tok in sent:
            if tok.lower_ != THERE or tok.i + 1 >= sent.end or tok.i == sent.start:
                continue
            verb = doc[tok.i + 1]
            if verb.pos_ not in ("AUX", "VERB") or doc[tok.i - 1].pos_ == "PRON" or doc[tok.i - 1].lower_ == "n'":
                continue
            return tok.i
        return None

    def _just_told(self, events: list[FoundEvent]) -> FoundEvent | None:
        """The gathering that `y` or a verb of taking part used alone refers to: the last
        one, when the sentence before named it or people joined it there (not a call told
        before a gathering that is only a setting: `en marge de la réunion du Mercosur ... Y
        ont pris part X et Y`)."""
        target = next((e for e in reversed(events) if e.type in GATHERINGS or e.type == "signing"), None)
        if target is None or target.type == "signing" or max(target.sentence.start, target.touched) < self.recent:
            return None
        return target

    def _class_named(self, sent: Span, gathered: str) -> list[Party]:
        """The people of a subject that opens the sentence (after an adverbial at most) with
        `les` and the noun of a class (`Les ministres des Transports X, Y et Z ont ...`)."""
        doc = self.doc
        k = sent.start
        comma = next((i for i in range(sent.start, min(sent.end, sent.start + MARKER_OPENING))
                      if doc[i].text == ","), None)
        if doc[k].lower_ != "les" and comma is not None and not any(
                t.pos_ in ("VERB", "AUX") for t in doc[sent.start:comma]):
            k = comma + 1  # `Au cours de la réunion, les ministres ...`
        if k + 1 >= sent.end or doc[k].lower_ != "les" or doc[k + 1].lower_ != gathered:
            return []
        verb = next((t.i for t in doc[k:sent.end] if t.pos_ in ("VERB", "AUX")), sent.end)
        return self.parties.people_at(k, verb)

    def _absolute(self, k: int, sent: Span, triggers: list[Span]) -> bool:
        """Is a verb of taking part that ends before token `k` used without saying in what
        (`Sont intervenus X et Y`, `X et Y étaient également présents`): no `à` and no noun
        of encounter after it in its clause? It then took part in the gathering just
        reported."""
        doc = self.doc
        starts = {t.start for t in triggers}
        while k < sent.end and not (doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX")):
            if doc[k].lower_ in PARTICIPATION_PREPOSITIONS or k in starts:
                return False
            k += 1
        return True

    def _referent(self, trig: Span, events: list[FoundEvent]) -> FoundEvent | None:
        """The encounter a definite noun names again: the last one reported under the same
        word (`un sommet ... au sommet`), or, for a noun of meeting, the last gathering
        (`s'est entretenu avec X ... à l'entretien`, `le Conseil s'est réuni ... à la
        réunion`). A noun of conference under another word names another gathering (`a
        participé à un dialogue ... est intervenu lors de la table ronde`)."""
        head = self.doc[trig.start].lower_.rstrip("s")
        same = next((e for e in reversed(events) if self.doc[e.trigger.start].lower_.rstrip("s") == head
                     and e.type != "signing"), None)
        if same is not None or trig.id_ != "meeting":
            return same
        return next((e for e in reversed(events) if e.type in GATHERINGS), None)

    def _among_participants(self, sent: Span) -> bool:
        """Does the sentence count people among a gathering's participants (`parmi les
        intervenants`, `parmi les participants de la réunion`)?"""
        doc = self.doc
        for i in range(sent.start, sent.end - 2):
            if doc[i].lower_ == AMONG:
                k = i + 1
                while k < sent.end and (doc[k].lower_ in DEFINITE_ARTICLES or doc[k].pos_ == "ADJ"):
                    k += 1
                if k < sent.end and doc[k].lower_ in self.words.participant_nouns:
                    return True
        return False

    def _anaphoric_noun(self, trig: Span, events: list[FoundEvent]) -> bool:
        """A noun that names a gathering already spoken of: definite or demonstrative, not
        counted (`la réunion`, `ce forum`; not `une réunion`, `le 5e forum`), and, when its
        complement names a body (`la réunion de la commission mixte`), a gathering of that
        body already told (`Le Conseil s'est réuni ... a pris part à la réunion du Conseil`),
        not a meeting told before with others."""
        prev = self.doc[trig.start - 1].lower_ if trig.start > 0 else ""
        if prev not in DEFINITE_ARTICLES | DEMONSTRATIVES | {"au", "aux", "du"}:
            return False
        bodies = self.parties.body_in_session(trig)
        return not bodies or any(b in e.parties for e in events for b in bodies[:1])

    def _told_again(self, trig: Span, etype: str, sent: Span) -> bool:
        """Is a definite noun of encounter one reported before (`_referred`)? Who took part
        joins it: the subject of the verb that governs it when that verb makes it an event,
        else the people after it when that verb says how it took place (`en présence de Z`,
        `par W`), and its organizers."""
        doc = self.doc
        target = self._referred(trig, etype)
        if target is None:
            return False
        if target.type == "signing":
            return True  # `La cérémonie de signature s'est déroulée en présence de X`: witnesses sign nothing
        self.continued = self._continued_with(trig, sent, target)
        if self.continued is not None:
            return True
        target.touched = sent.start
        governor = governing_verb(doc[trig.start])
        if not self.reports.is_support(governor):
            # the parse may hang `lors de la séance` on another verb: the verb right before the
            # preposition is its governor (`X, qui est intervenu lors de la séance plénière`)
            before = next((t for t in reversed(doc[max(sent.start, trig.start - NEAR_VERB):trig.start])
                           if t.pos_ == "VERB"), None)
            if before is not None and self.reports.is_support(before) and self.reports.anaphoric(doc, trig) is not None:
                governor = before
        if governor.i != trig.start and self.reports.is_support(governor) and not self._opens_sentence(trig):
            for party in self.parties.subject_of(governor) or self.parties.people_at(sent.start, trig.start) \
                    or self.parties.people_at(trig.end, sent.end):  # `a été marqué par la présence de X`
                target.add(party)
        elif etype == "conference" and (speaking := self._speaking_verb(trig)) is not None:
            # `X a souligné lors du sommet que ...`, `a déclaré lors du forum le ministre X`:
            # who speaks at a gathering takes part in it
            for party in self.parties.subject_of(speaking) or self.parties.people_at(
                    trig.end, min(sent.end, trig.end + QUOTE_REACH)):
                target.add(party)
        elif target.type == "conference" and governor.i != trig.start and self._contributes(governor) \
                and self.reports.anaphoric(doc, trig) is not None:
            # `Lors de la session, X a présenté un rapport`: who did something at the gathering
            # took part in it
            for party in self.parties.subject_of(governor):
                target.add(party)
        elif governor.i != trig.start and self.reports.tells_how(governor):
            speakers = self.parties.speakers(sent, self.reports.saying, governor)
            for party in self.parties.people_at(trig.end, sent.end):
                if party not in speakers:
                    target.add(party)
        for party in self.organizers(trig, sent):
            target.add(party)
        return True

    def _continued_with(self, trig: Span, sent: Span, target: FoundEvent) -> FoundEvent | None:
        """`X a été reçu par Y. Les entretiens se sont poursuivis avec Z`: the talks told
        again go on with someone new after `avec`, a meeting of the visitor of the talks told
        with that person."""
        doc = self.doc
        if target.type not in ("meeting", "call") or sum(p[0] == ACTOR for p in target.parties) < 2:
            return None
        k = next((j for j in range(trig.end, sent.end) if doc[j].lower_ == WITH), None)
        if k is None:
            return None
        newcomers = [p for p in self.parties.people_at(k + 1, sent.end) if p not in target.parties]
        visit = next((e for e in reversed(self.history) if e.type == "visit"), None)
        guests = [p for p in target.parties if visit is not None and p[0] == ACTOR and p in visit.parties]
        if not newcomers or not guests:
            return None
        event = FoundEvent(type=target.type, trigger=trig, sentence=sent, date=self.date_of(sent),
                           place=self.parties.place(sent, trig.end))
        for p in [*guests, *newcomers]:
            event.add(p)
        return event

    def _speaking_verb(self, trig: Span) -> Token | None:
        """The verb of saying whose adjunct of time the noun is (`a déclaré lors du forum`):
        the verb that governs it, else the nearest verb before it."""
        doc = self.doc
        governor = governing_verb(doc[trig.start])
        if governor.i != trig.start and self.reports.saying.at(doc, governor.i):
            return governor
        before = next((t for t in reversed(doc[trig.sent.start:trig.start]) if t.pos_ == "VERB"), None)
        return before if before is not None and self.reports.saying.at(doc, before.i) else None

    def _referred(self, trig: Span, etype: str) -> FoundEvent | None:
        """The encounter reported before that a definite noun names again: a noun of
        conference under the same word (`la Union a tenu un congrès. X a pris la parole lors
        de la clôture du congrès`), a part of the gathering told (`lors de la séance
        plénière`), or a bare noun that opens its sentence, the subject and the given of what
        the sentence says (`X a reçu Y. La rencontre s'est tenue en présence de Z`, `La session
        a été ouverte par W`); None when it names none."""
        doc = self.doc
        if trig.start == 0 or doc[trig.start - 1].lower_ not in DEFINITE_ARTICLES | {"du", "au", "aux"}:
            return None
        word = trig.text.lower().rstrip("s")
        head = doc[trig.start].lower_.rstrip("s")
        target = None
        if etype == "conference":
            target = next((e for e in reversed(self.history) if e.type == etype
                           and e.trigger.text.lower().rstrip("s") == word), None)
        if target is None and etype == "conference" and (
                trig.text.lower() in self.words.part_nouns or doc[trig.start].lower_ in self.words.part_nouns):
            # `lors de la séance plénière`, `à la cérémonie d'ouverture`: a part of the
            # gathering told
            target = next((e for e in reversed(self.history) if e.type == etype), None)
        if target is None and etype == "signing" and self._opens_sentence(trig):
            # `Un contrat a été signé. La cérémonie de signature s'est déroulée ...`
            return next((e for e in reversed(self.history) if e.type == "signing"), None)
        if target is None and self._opens_sentence(trig) and self._bare(trig):
            # a noun of meeting refers back to a meeting or call, or to a gathering reported
            # under its own word (`une réunion trilatérale ... la réunion`)
            kinds = ("conference",) if etype == "conference" else ("meeting", "call")
            target = next((e for e in reversed(self.history) if e.type in kinds or (
                e.type == "conference" and doc[e.trigger.start].lower_.rstrip("s") == head)), None)
            if etype == "meeting" and self._gathers(trig):
                # `Le forum s'est tenu à Lyon. La réunion a réuni 150 chefs d'entreprise`: the
                # noun of meeting that gathers people names the gathering just told
                last = next((e for e in reversed(self.history) if e.type in GATHERINGS), None)
                if last is not None and last.type == "conference":
                    target = last
        return target

    def _gathers(self, trig: Span) -> bool:
        """Is the noun the subject of a verb of meeting (`la réunion a réuni`)?"""
        tok = self.doc[trig.start]
        return tok.dep_ == "nsubj" and any(t.start == tok.head.i and t.label_ == keys.TRIGGER_VERB
                                           and t.id_ == "meeting" for t in self.sentence_triggers)

    def _opens_sentence(self, trig: Span) -> bool:
        """Does the noun phrase of the trigger open its sentence (`La rencontre, qui ...`),
        after an opening adverbial at most (`Le 5 mars, la réunion ...`)?"""
        doc = self.doc
        k = trig.start - 1  # the article
        if k == trig.sent.start:
            return True
        return k > trig.sent.start and doc[k - 1].text == "," and not any(
            t.pos_ in ("VERB", "AUX") for t in doc[trig.sent.start:k])

    def _bare(self, trig: Span) -> bool:
        """Is the noun without a complement that would name another encounter (`la rencontre`,
        `la séance plénière`; not `la réunion du Conseil`, `la rencontre entre X et Y`)?"""
        doc = self.doc
        k = trig.end
        while k < trig.sent.end and doc[k].pos_ == "ADJ":
            k += 1
        return k >= trig.sent.end or doc[k].lower_ not in OF | {BETWEEN, WITH}

    def organizers(self, trig: Span, sent: Span) -> list[Party]:
        """Those a gathering is said to be organized by (`une table ronde, organisée par
        l'ambassade`, `le forum organisé conjointement par X et Y`): the people and bodies
        after the `par` of a verb of holding that follows the noun, up to the clause's end."""
        doc = self.doc
        for k in range(trig.end, sent.end - 1):
            if doc[k].pos_ in ("VERB", "AUX") and not self.reports.holding.at(doc, k):
                return []  # another clause
            if not self.reports.holding.at(doc, k):
                continue
            by = next((j for j in range(k + 1, min(k + 3, sent.end)) if doc[j].lower_ == BY), None)
            if by is None:
                return []
            end = next((j for j in range(by + 1, sent.end) if doc[j].text in (";", ".")
                        or doc[j].pos_ in ("VERB", "AUX")), sent.end)
            return [*self.parties.people_at(by + 1, end), *self.parties.bodies_at(by + 1, end)]
        return []

    def _noun_reports(self, trig: Span, etype: str) -> bool:
        """Does a noun of meeting report an encounter not reported yet?"""
        if trig.start > 0 and self.doc[trig.start - 1].lower_ in DEMONSTRATIVES:
            return False  # `cette visite`, `ce sommet`: one already spoken of
        prep = self.reports.anaphoric(self.doc, trig)
        if prep is None:
            return self.reports.new_by_noun(self.doc, trig) or (etype == "visit" and self._visit_of_someone(trig)) \
                or (etype in ("meeting", "call") and self._names_its_sides(trig))
        if self.reports.is_backdrop(prep) and etype != "visit":
            return False  # `en marge de la session`: the setting, not an encounter of the parties
        if self.doc[trig.start - 1].lower_ in ONE:
            return True  # `ont échangé lors d'un entretien téléphonique`: an indefinite is new
        if etype == "meeting":
            # `à l'issue de la réunion`: the meeting or call told, or the gathering told under
            # that word (`une réunion trilatérale s'est tenue`)
            head = self.doc[trig.start].lower_.rstrip("s")
            return not (self.reported.get("meeting") or self.reported.get("call") or any(
                self.doc[e.trigger.start].lower_.rstrip("s") == head for e in self.history))
        if etype == "visit" and self.reported.get("visit") \
                and self.parties.destination(trig, trig.sent) is None:
            return False  # `dans le cadre de sa visite`: the visit told, whatever its verb
        if etype in self.unreported and not self.reported.get(etype) \
                and self.doc[trig.start - 1].lower_ in DEFINITE_ARTICLES | POSSESSIVES:
            # `X effectuera une visite à la fin du mois. Au cours de la visite, il devrait ...`:
            # the one only planned (or recalled) before
            return False
        # `lors du Forum`, `lors de sa visite`: new unless that very encounter was reported
        return trig.text.lower().rstrip("s") not in self.reported_words


    def _topic_tokens(self, trig: Span, noun: bool) -> set[int]:
        """The tokens of what an encounter is about: after a noun of gathering, the phrase a
        word of topic opens (`consacrée à`, `sur`, `portant sur`) up to a comma or a verb; after
        a verb of meeting, a complement in `de` or `sur` headed by a thing (`a discuté avec X de
        la visite de Y`)."""
        doc = self.doc
        out: set[int] = set()
        if noun:
            k = trig.end
            while k < min(trig.sent.end, trig.end + TOPIC_REACH) and doc[k].lower_ not in self.words.topic_words:
                if doc[k].text in (",", ".", ";") or doc[k].pos_ == "AUX":
                    return out
                k += 1
            if k >= min(trig.sent.end, trig.end + TOPIC_REACH):
                return out
            j = k + 1 if k + 1 < trig.sent.end and doc[k + 1].lower_ not in DEFINITE_ARTICLES else k + 2
            if j < trig.sent.end and doc[j].lower_ in self.words.planning_nouns:
                return out  # `sur (l')invitation de X`, `sur l'initiative de X`: who called it, no topic
            while k < trig.sent.end and doc[k].text not in (",", ".", ";") and doc[k].pos_ != "AUX" \
                    and not (doc[k].pos_ == "VERB" and "Fin" in doc[k].morph.get("VerbForm", [])):
                out.add(k)
                k += 1
            return out
        if trig.id_ not in ("meeting", "call"):
            return out
        for child in doc[trig.start].children:
            cases = [c.lower_ for c in child.children if c.dep_ in ("case", "fixed")]
            if child.dep_.startswith("obl") and child.i > trig.start and child.pos_ == "NOUN" \
                    and len(cases) == 1 and cases[0] in TOPIC_CASES \
                    and not self._names_people(child.i) and not self.parties.people_at(child.i, child.i + 1):
                out.update(t.i for t in child.subtree)
        # the same by the surface, however parsed: `de` or `sur` right after the verb's
        # adjuncts or after a name closes the verb's complement of people and opens its topic,
        # when a thing follows (`a discuté mardi avec X de la visite de Y`)
        first = self._past_adjuncts(trig.end, trig.sent.end)
        starts = {r.start for r in self.parties.in_sent(trig.sent)}
        for k in range(trig.end, trig.sent.end - 1):
            if doc[k].pos_ in ("AUX",) or doc[k].text in (".", ";"):
                break
            if doc[k].lower_ not in TOPIC_CASES or not (k == first or doc[k - 1].pos_ == "PROPN"):
                continue
            j = k + 1 if doc[k + 1].lower_ not in DEFINITE_ARTICLES else k + 2
            if j < trig.sent.end and doc[j].pos_ == "NOUN" and j not in starts and not self._names_people(j) \
                    and not self.parties.people_at(j, j + 1):
                end = next((i for i in range(j, trig.sent.end) if doc[i].text in (",", ".", ";")
                            or doc[i].pos_ == "AUX"), trig.sent.end)
                out.update(range(k, end))
                break
        return out

    def _gathering_subject(self, trig: Span) -> Span | None:
        """The noun of gathering that is the subject of a verb of meeting (`la table ronde ...
        a réuni X et Y`, `le forum réunit des ministres`), or that a participle of it qualifies
        (`une table ronde réunissant X et Y`)."""
        doc = self.doc
        verb = self.reports.verb(doc, trig)
        if verb is None or verb.entry in self.words.reception_verbs or trig.id_ != "meeting":
            return None
        tok = doc[trig.start]
        subjects = [c.i for c in tok.children if c.dep_ == "nsubj"]
        if verb.tense in (PARTICIPLE, PRESENT_PARTICIPLE) and tok.dep_ == "acl" and tok.head.i < tok.i:
            subjects.append(tok.head.i)
        elif not subjects and tok.i > 0 and doc[tok.i - 1].text == ",":
            # a subject set apart from its verb by an incise between commas (`La conférence,
            # organisée par l'UA, réunit X et Y`): the parser may hang the verb on the incise
            opening = next((k for k in range(tok.i - 2, tok.sent.start, -1) if doc[k].text == ","), None)
            if opening is not None:
                subjects.append(opening - 1)
        if tok.dep_ == "acl:relcl" and tok.head.i < tok.i and any(doc[i].lower_ == "qui" for i in subjects):
            # `la réunion du Conseil, qui a réuni X et Y`: its antecedent, or the noun whose
            # complement the parser took for it
            ante = tok.head
            while ante.dep_ == "nmod" and ante.head.i < ante.i:
                subjects.append(ante.i)
                ante = ante.head
            subjects.append(ante.i)
        return next((t for t in self.sentence_triggers if any(t.start <= i < t.end for i in subjects)
                     and t.id_ in ("conference", "meeting")
                     and t.label_ == keys.TRIGGER_NOUN), None)

    def _names_its_sides(self, trig: Span) -> bool:
        """Does a noun of meeting name its own sides, which makes it that encounter: `entre`
        and two people (`Les entretiens entre X et Y ont porté sur ...`), or `avec` and someone
        after a possessive (`sa rencontre avec X`) or opening a sentence without a determiner
        (a headline's `Rencontre avec X`)?"""
        doc = self.doc
        k = trig.end
        while k < trig.sent.end and doc[k].pos_ == "ADJ":
            k += 1
        if k >= trig.sent.end or doc[k].lower_ not in (BETWEEN, WITH):
            return False
        # up to the verb of the clause (a finite verb or an auxiliary: the tagger makes some
        # nationality adjectives participles)
        end = next((i for i in range(k + 1, trig.sent.end) if doc[i].pos_ == "AUX" or doc[i].text in (".", ";", ":")
                    or (doc[i].pos_ == "VERB" and "Fin" in doc[i].morph.get("VerbForm", []))), trig.sent.end)
        people = self.parties.people_at(k + 1, end)
        if doc[k].lower_ == BETWEEN:
            return len(people) >= 2
        # `sa rencontre avec X`: the possessor's with X
        possessed = trig.start > 0 and doc[trig.start - 1].lower_ in POSSESSIVES
        return bool(people) and (trig.start == trig.sent.start or possessed)

def is_topic(doc: Doc, i: int, participle: bool) -> bool:
    """Is the verb at `i` a participle that qualifies a noun another verb speaks of (`a salué
    les accords conclus entre X et Y`, `a évoqué les questions discutées`): right after a
    common noun, with no auxiliary, the noun after a verb of its sentence? Not the report of an
    encounter."""
    if not participle or i == 0 or doc[i - 1].pos_ != "NOUN":
        return False
    before = tuple(t.lower_ for t in doc[max(0, i - 3):i])
    if before in ASIDES:
        return False  # `X a pour sa part rencontré Y`: an aside between the auxiliary and the verb
    start = doc[i].sent.start
    return any(doc[k].pos_ == "VERB" for k in range(start, i - 1))


def one_reading(doc: Doc, spans: list[Span]) -> list[Span]:
    """One span per word that is both a noun and a verb of meeting (`rencontre`, `visite`):
    the verb where it reads as one (`reads_as_verb`), else the noun."""
    at: dict[tuple[int, int], list[Span]] = {}
    for span in spans:
        at.setdefault((span.start, span.end), []).append(span)
    out = []
    for (start, _end), group in at.items():
        if len({s.label_ for s in group}) > 1:
            want = keys.TRIGGER_VERB if reads_as_verb(doc, start) else keys.TRIGGER_NOUN
            group = [s for s in group if s.label_ == want]
        out.append(group[0])
    return out
