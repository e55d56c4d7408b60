"""Does a word of meeting report an encounter?

- A verb (`a rencontré`, `s'est entretenu avec`, `a reçu`, `ont signé`) reports one unless it
  is an infinitive (`pour rencontrer`), in the future or conditional (`se rencontreront`; but
  a conditional perfect on a day gone by of this week, `aurait rencontré mardi`, reports what
  others tell), in the pluperfect with no day of this week, a participle that qualifies a
  thing spoken of (`les accords conclus`; not people: `les chefs de délégation reçus par X`),
  or marked as planned or only recalled (`prochain`, `dernier`, `en 2019`; a verb of recalling
  only when it governs the encounter: `a évoqué sa rencontre`, not `a rencontré X et a évoqué
  la coopération`). A reflexive verb needs its pronoun; `recevoir` needs someone received.
- A noun reports a new encounter when it is indefinite or counted (`une rencontre`, `le 5e
  dialogue`, `une série de rencontres`), carried by a support verb (`a tenu une rencontre`,
  `a participé à un forum`, `les consultations ont eu lieu`), or names its sides (`les
  entretiens entre X et Y`, `sa rencontre avec X`), unless an infinitive or a word of planning
  governs it (`à effectuer une visite`, `la convocation d'une session`, `est prévue`); a noun
  that names a document (`le Protocole de la 7e réunion`) or a statement (`une conférence de
  presse`), or follows a demonstrative (`cette visite`), reports nothing new.
- Quoted speech (inside « ») recalls and plans; the dispatch's own voice reports, and so does
  speech addressed to the guest (`« Votre visite »`) or dated within the dispatch's week, up
  to its day (`« Hier, j'ai eu un entretien avec X »`, `aujourd'hui`).
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.grammar.events.inflection import AUXILIARIES, IMPERFECT, LATER, VerbForm, VerbTable
from dispatch_cli.nlp.lexicon import Triggers
from dispatch_cli.nlp.words import (
    A_CONTRACTED,
    AUXILIARY_FORMS,
    AUXILIARY_INFINITIVES,
    BY,
    DEFINITE_ARTICLES,
    DESTINATION_PREPOSITIONS,
    INDEFINITE_ARTICLES,
    NOUN_DETERMINERS,
    OF,
    ORDINAL,
    ORDINAL_FIRST,
    REFLEXIVE_PRONOUNS,
    ROMAN_ORDINAL,
    THEN,
    WITH,
)

SECOND_PERSON_POSSESSIVES = frozenset({"votre", "vos"})
OBJECT_DETERMINERS = NOUN_DETERMINERS - OF - A_CONTRACTED  # what opens an object (`le`, `son`, `ce`)
TODAY = "aujourd'hui"
INTERVIEW = "entretien"  # the noun of meeting that a verb of giving makes an interview
NOUN_PREPOSITIONS = frozenset({"en", "pour", "par", "après", "avant", "avec", "sans", "sur", "dans", "entre"})

ANAPHORIC_REACH = 4  # tokens before a noun where `lors de` may stand
PHRASE_REACH = 10  # tokens before a noun, inside one noun phrase, where `lors de` may stand
OCCURRENCE_REACH = 12  # tokens after a noun where `a eu lieu` may stand
MARKER_REACH = 6
GAME_REACH = 12  # tokens after a noun of meeting where the participle of a match may stand
SERIES_REACH = 5  # tokens after a verb where `séparément` may stand (`a rencontré mercredi à Ankara séparément`)
GOVERNOR_REACH = 3  # steps up the parse from a noun to the verb that governs it
AUXILIARY_TABLE = VerbTable(AUXILIARIES)
FUTURE_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront")
CONDITIONAL_ENDINGS = ("rais", "rait", "rions", "riez", "raient")
PRESENT_PARTICIPLE_ENDING = "ant"
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies")


def is_noun_use(doc: Doc, trig: Span) -> bool:
    """Is the trigger used as a noun (`la visite`) rather than a verb (`a visité`, `visite`)?"""
    prev = doc[trig.start - 1] if trig.start > 0 else None
    if trig.label_ == keys.TRIGGER_NOUN:
        return not (prev is not None and (prev.lower_ in REFLEXIVE_PRONOUNS or prev.pos_ == "AUX"
                                          or prev.lower_ in AUXILIARY_FORMS))
    return not reads_as_verb(doc, trig.start)


def reads_as_verb(doc: Doc, i: int) -> bool:
    """Does a word that may be a noun or a verb (`rencontre`, `visite`) read as a verb here?
    A noun has a determiner, a number, a preposition or an adjective before it (`une
    rencontre`, `en visite`, `la première visite`); a verb follows its subject (`le président
    turc rencontre`), a pronoun or an auxiliary. A sentence's first word is a noun (a headline's
    `Rencontre avec ...`)."""
    if i == 0 or doc[i].is_sent_start:
        # a participle opening its sentence heads a clause on the subject (`Reçu par X, Y a
        # déclaré`, `Recevant X, Y a souligné`: no noun of meeting ends in -ant)
        return ("Part" in doc[i].morph.get("VerbForm", []) and doc[i].lower_.endswith(PARTICIPLE_ENDINGS)) \
            or doc[i].lower_.endswith(PRESENT_PARTICIPLE_ENDING)
    prev = doc[i - 1]
    low = prev.lower_
    if low in REFLEXIVE_PRONOUNS or low in AUXILIARY_FORMS or prev.pos_ == "AUX":
        return True
    if low == "," and "Part" in doc[i].morph.get("VerbForm", []) and doc[i].lower_.endswith(PARTICIPLE_ENDINGS):
        return True  # `X, arrivé mardi à Nairobi, ...`: a participle clause on the subject
    if low == "," and i + 1 < len(doc) and (doc[i + 1].lower_ in OBJECT_DETERMINERS or doc[i + 1].pos_ == "PROPN"):
        # `X, ministre de Y, rencontre ce jeudi son homologue`: the verb after the apposition,
        # with its object or a day (`, rencontre de haut niveau`: a noun with its complement)
        return True
    if low in NOUN_DETERMINERS or low in NOUN_PREPOSITIONS or prev.like_num or ORDINAL.match(low) \
            or prev.pos_ in ("DET", "ADP", "PUNCT"):
        return False
    if prev.pos_ == "ADJ":  # `une nouvelle rencontre`, not `le président turc rencontre`
        return not (i > 1 and (doc[i - 2].lower_ in NOUN_DETERMINERS or doc[i - 2].pos_ == "DET"))
    return True


def governing_verb(tok: Token) -> Token:
    """The verb that governs a noun, through the words between (`se poursuivrait lors du
    sommet`: `poursuivrait`); the noun itself when none does within a few steps."""
    head = tok
    for _ in range(GOVERNOR_REACH):
        if head.head.i == head.i:
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return tok


class QuoteMarks:
    """The positions of a text's guillemets and line breaks, in order. What the tests of
    quoted speech ask of the text around a trigger (the « and » since its paragraph's start,
    the last « before it, the next » after it) is then a bisection: counting or searching
    the text itself from its start, for each trigger, was quadratic in a long paragraph."""

    def __init__(self, text: str) -> None:
        self.opening = _positions(text, "«")
        self.closing = _positions(text, "»")
        self.breaks = _positions(text, "\n")

    def inside(self, position: int) -> bool:
        """Is character `position` inside « ... » opened in its paragraph: more « than »
        between the paragraph's last line break before it (or the text's start) and it?"""
        i = bisect_left(self.breaks, position)
        para_start = self.breaks[i - 1] if i else 0
        return _count(self.opening, para_start, position) > _count(self.closing, para_start, position)

    def last_opening(self, end: int) -> int:
        """The offset of the last « before `end`, -1 if none (`str.rfind("«", 0, end)`)."""
        i = bisect_left(self.opening, end)
        return self.opening[i - 1] if i else -1

    def next_closing(self, start: int) -> int:
        """The offset of the first » at or after `start`, -1 if none (`str.find("»", start)`)."""
        i = bisect_left(self.closing, start)
        return self.closing[i] if i < len(self.closing) else -1


def _positions(text: str, char: str) -> list[int]:
    """The offsets of `char` in `text`, in order."""
    found = []
    i = text.find(char)
    while i >= 0:
        found.append(i)
        i = text.find(char, i + 1)
    return found


def _count(positions: list[int], start: int, end: int) -> int:
    """How many of the sorted `positions` are in [start, end)."""
    return bisect_left(positions, end) - bisect_left(positions, start)


def in_quotes(marks: QuoteMarks, trig: Span) -> bool:
    """Is the trigger inside « ... » (quoted speech) opened in its paragraph?"""
    return marks.inside(trig.start_char)


def quoted_present(text: str, marks: QuoteMarks, doc: Doc, trig: Span) -> bool:
    """Does quoted speech speak of the encounter going on as it is spoken: a noun addressed
    to the guest (`« Votre visite ... »`) or what `aujourd'hui` dates (`« Aujourd'hui, lors
    de la visite ... »`)?"""
    if trig.start > 0 and doc[trig.start - 1].lower_ in SECOND_PERSON_POSSESSIVES:
        return True
    opening = max(marks.last_opening(trig.start_char), trig.sent.start_char)  # in the trigger's sentence
    return TODAY in text[opening:trig.start_char].lower().replace("’", "'")


PLANNED_REACH = 8  # words of a noun's complements before the participle that plans it
INFINITIVE_ENDINGS = ("r", "re")  # aller, finir, recevoir, prendre


def is_finite(tok: Token) -> bool:
    """Is the token a verb or auxiliary in a finite form: the verb of a clause?"""
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm", [])


def is_infinitive(tok: Token) -> bool:
    """`à avoir effectué`, `pour rencontrer`: an encounter not reported as having happened."""
    if "Inf" in tok.morph.get("VerbForm", []) and tok.text.lower().endswith(INFINITIVE_ENDINGS):
        return True  # every French infinitive ends in -r or -re: the tagger errs on `réunit`
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in AUXILIARY_INFINITIVES:
        return True
    return any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in tok.children)


def marked(doc: Doc, trig: Span, words: frozenset[str], window: int = MARKER_REACH, no_verbs: bool = False) -> bool:
    """Is one of `words` within `window` tokens of the trigger, in its sentence? With
    `no_verbs`, a verb among them counts only through the parse (`governed_by_planning`): a
    verb of recalling near an encounter speaks of it only when it governs it (`a évoqué sa
    rencontre`), not beside it (`a rencontré X et a évoqué la coopération`)."""
    lo = max(trig.sent.start, trig.start - window)
    hi = min(trig.sent.end, trig.end + window)
    return any(doc[i].lower_ in words and not (no_verbs and doc[i].pos_ in ("VERB", "AUX"))
               for i in range(lo, hi) if not trig.start <= i < trig.end)


class ReportTest:
    """Tell reported encounters from planned, recalled and named ones, with one rule model."""

    def __init__(self, triggers: Triggers) -> None:
        self.words = triggers
        self.verbs = VerbTable(v for verbs in triggers.verbs.values() for v in verbs)
        self.support = VerbTable(triggers.support_verbs)
        self.occurrence = VerbTable(triggers.occurrence_verbs)
        self.participation = VerbTable(triggers.participation_verbs)
        self.signing_objects = Phrases(triggers.signing_objects)
        self.planning = VerbTable(triggers.planning_verbs)
        self.membership = VerbTable(triggers.membership_verbs)
        self.saying = VerbTable(triggers.saying_verbs)
        self.contribution = VerbTable(triggers.contribution_verbs)
        self.continuation = VerbTable(triggers.continuation_verbs)
        self.modal = VerbTable(triggers.modal_verbs)
        self.holding = VerbTable(triggers.holding_verbs)
        self.groups = Phrases(triggers.group_nouns)
        self.reception_objects = Phrases(triggers.reception_objects)
        self.presence = Phrases(triggers.presence_phrases)
        self.memorials = Phrases(triggers.memorial_nouns)
        self.statements = Phrases(triggers.statement_nouns)
        self.company = Phrases(triggers.company_phrases)
        self.interviews = VerbTable(triggers.interview_verbs)
        self.games = VerbTable(triggers.game_verbs)
        self.representation = VerbTable(triggers.representation_verbs)
        self.media = Phrases(triggers.media_nouns)

    def represented(self, sent: Span, delegations: bool = False) -> bool:
        """Does the sentence say who stood for a side (`la partie géorgienne était représentée
        par X`, `la partie turque était conduite par Y`): a passive verb of representation with
        `par`, whose subject is a side (`partie`, `côté`), or with `delegations` a delegation
        (`les délégations étaient conduites par X et Y`)?"""
        doc = sent.doc
        sides = {w.rstrip("s") for w in (*self.words.side_nouns, *(self.words.delegation_nouns if delegations else ()))}
        for tok in sent:
            if not self.representation.at(doc, tok.i) or tok.i + 1 >= sent.end:
                continue
            passive = any(c.dep_ == "aux:pass" for c in tok.children) or doc[tok.i + 1].lower_ == BY
            # the side before the verb, however parsed (`La partie polonaise` may give the
            # adjective as the subject)
            # `Les délégations étaient conduites par X et par Y`: a delegation stands for its side
            if passive and any(t.pos_ == "NOUN" and t.lower_.rstrip("s") in sides for t in doc[sent.start:tok.i]):
                return True
        return False

    def listed_by_side(self, sent: Span) -> bool:
        """Does the sentence list people by side with no verb (`Du côté azerbaïdjanais, X et
        Y ; du côté turc, Z`): it opens with `du côté` and has no finite verb?"""
        doc = sent.doc
        k = sent.start
        while k < sent.end and doc[k].is_space:
            k += 1
        if k + 1 >= sent.end or doc[k].lower_ != "du" or doc[k + 1].lower_.rstrip("s") not in \
                {w.rstrip("s") for w in self.words.side_nouns}:
            return False
        return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) for t in sent)

    def game(self, doc: Doc, trig: Span) -> bool:
        """Is a noun of meeting a match played (`la rencontre entre Qarabag et Lyon, disputée
        jeudi`, `la rencontre se jouera à huis clos`): a verb of playing within its clause, as a
        participle on it or as the verb it is the subject of?"""
        tok = doc[trig.start]
        verbs = [c for c in tok.children if c.dep_ in ("acl", "acl:relcl")]
        if tok.dep_.startswith("nsubj"):
            verbs.append(tok.head)
        if any(self.games.at(doc, v.i) for v in verbs):
            return True
        # however parsed: a participle of playing after the noun's complement, at the next comma
        for k in range(trig.end, min(trig.sent.end - 1, trig.end + GAME_REACH)):
            if doc[k].text == "," and self.games.at(doc, k + 1):
                return True
            if doc[k].pos_ in ("VERB", "AUX"):
                break
        return False

    def verb(self, doc: Doc, trig: Span) -> VerbForm | None:
        """What the verb of a verb trigger is (entry, tense), or None when it is not used as
        its entry says (a reflexive verb without its pronoun)."""
        return self.verbs.at(doc, trig.start)

    def is_support(self, tok: Token) -> bool:
        """Is the token a support verb (`a tenu une réunion`, `ont pris part au forum`)?"""
        return self.support.at(tok.doc, tok.i) is not None

    def interview(self, doc: Doc, trig: Span) -> bool:
        """Is the noun `entretien` an interview given to the press (`a accordé un entretien
        à l'agence X`, `donnera un entretien`): the object of a verb of giving, right after it
        (a determiner and adverbs between)?"""
        if not doc[trig.start].lower_.startswith(INTERVIEW):
            return False
        # `un entretien avec le journal X`, `un entretien exclusif à la chaîne Y`: to the press
        k = trig.end
        while k < trig.sent.end and doc[k].pos_ == "ADJ":
            k += 1
        if k < trig.sent.end and doc[k].lower_ in (WITH, "à", "au"):
            j = k + 1
            while j < trig.sent.end and doc[j].pos_ == "DET":
                j += 1
            if j < trig.sent.end and self.media.at(doc, j):
                return True
        k = trig.start - 1
        while k > trig.sent.start and doc[k].pos_ in ("DET", "ADV", "ADJ"):
            k -= 1
        return k < trig.start - 1 and self.interviews.at(doc, k) is not None

    def tells_how(self, verb: Token) -> bool:
        """Does the verb tell how an encounter took place, what it is the subject of: a
        verb that makes it an event, says it took place or was held (`s'est déroulée en
        présence de X`, `s'est tenue sous la présidence de X`), or a passive with its agent
        (`a été ouverte par X`)?"""
        doc, i = verb.doc, verb.i
        return any(table.at(doc, i) for table in (self.support, self.occurrence, self.holding)) \
            or "Pass" in verb.morph.get("Voice", []) or any(c.dep_ == "aux:pass" for c in verb.children)

    def membership_in(self, sent: Span) -> bool:
        """Does the sentence list who a delegation was made of (`la délégation comprenait`,
        `faisaient partie de la délégation`)?"""
        return any(t.lower_ in self.words.delegation_nouns for t in sent) \
            and any(self.membership.at(sent.doc, i) for i in range(sent.start, sent.end))

    def names_document(self, sent: Span) -> bool:
        """Does the sentence name what a signing signs (`un accord`, `le plan d'action`)?"""
        return any(self.signing_objects.at(sent.doc, i) for i in range(sent.start, sent.end))

    def anaphoric(self, doc: Doc, trig: Span) -> str | None:
        """`lors de la rencontre`, `au cours de l'entretien`, `en marge de sa visite`: the word;
        also over the `de` complement the noun heads (`en marge de la 78e session de
        l'Assemblée générale`: the noun inside the same phrase)."""
        lo = max(trig.sent.start, trig.start - ANAPHORIC_REACH)
        near = next((doc[i].lower_ for i in range(lo, trig.start) if doc[i].lower_ in self.words.anaphoric_preps),
                    None)
        if near is not None:
            return near
        k = trig.start - 1
        while k >= max(trig.sent.start, trig.start - PHRASE_REACH) and not doc[k].is_punct \
                and doc[k].pos_ in ("DET", "ADP", "NUM", "ADJ", "NOUN", "PROPN"):
            if doc[k].lower_ in self.words.anaphoric_preps and doc[k + 1].lower_ in OF | A_CONTRACTED:
                return doc[k].lower_
            k -= 1
        return None

    def is_backdrop(self, word: str) -> bool:
        """`en marge de la session`: the setting, not an encounter of the parties."""
        return word in self.words.backdrop_words

    def planned_or_recalled(self, doc: Doc, trig: Span, noun: bool = True) -> bool:
        """Is the encounter only planned (`prochain`, `attendaient la visite`, `la convocation
        d'une session`) or only recalled (`dernier`)? A verb that reports heads its own clause:
        what governs it is a parse of a participle clause (`Reçu par X, Y a évoqué ...`), not
        a word of planning over it."""
        return marked(doc, trig, self.words.future_markers, 3) or marked(doc, trig, self.words.past_markers, 8, True) \
            or (noun and (self.governed_by_planning(doc[trig.start]) or self.planned_by_participle(doc[trig.start])))

    def planned_by_participle(self, tok: Token) -> bool:
        """`la visite du président X prévue l'an prochain`: a participle of planning that
        qualifies the noun, however far its complements put it."""
        # (the parser may hang the participle on the noun's complement, or on the verb: the
        # words after the noun up to it are then its complements, with no verb among them)
        # (an adjective only on the noun itself: `la préparation de la prochaine réunion`
        # plans another gathering, not this one)
        if any(c.dep_ in ("acl", "amod") and c.i > tok.i and c.lower_ in self.words.future_markers
               and (c.head.i == tok.i or c.pos_ == "VERB") for c in tok.subtree):
            return True
        doc = tok.doc
        for k in range(tok.i + 1, min(tok.sent.end, tok.i + 1 + PLANNED_REACH)):
            if doc[k].lower_ in self.words.future_markers:
                return doc[k].pos_ in ("VERB", "ADJ") and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ")
            if doc[k].pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "PRON"):
                return False
        return False

    def governed_by_planning(self, tok: Token) -> bool:
        """Is the word governed, up to the verb of its clause, by a word of planning, or by a
        verb that recalls (`a évoqué ses rencontres`)? Not when it is only the time of the
        clause (`lors de l'entretien, X a invité Y à ...`)."""
        if self.anaphoric(tok.doc, tok.doc[tok.i:tok.i + 1]) is not None:
            # the time of its clause; but of a noun that is only recalled, the time of that
            # (`le souvenir de mes entretiens avec X lors du sommet de Y`)
            head = tok
            for _ in range(GOVERNOR_REACH):
                if head.head.i == head.i:
                    return False
                if head.head.pos_ in ("VERB", "AUX"):
                    # `devaient se retrouver le mois prochain lors du sommet`: the clause's verb
                    # is itself only planned
                    verb = head.head
                    return is_infinitive(verb) and verb.head.i != verb.i and (
                        self.planning.at(tok.doc, verb.head.i) is not None
                        or self.modal.at(tok.doc, verb.head.i) is not None)
                head = head.head
                if head.lower_ in self.words.past_markers and head.pos_ == "NOUN":
                    return True
            return False
        head = tok
        for _ in range(GOVERNOR_REACH):
            if head.head.i == head.i:
                return False
            head = head.head
            if head.lower_ in self.words.planning_nouns or self.planning.at(head.doc, head.i) \
                    or head.lower_ in self.words.past_markers or head.lower_ in self.words.future_markers:
                return True  # `a évoqué ses rencontres`: recalled; `la visite ... est prévue`: planned
            if head.pos_ in ("VERB", "AUX"):
                return False
        return False

    def tense_is_later(self, tok: Token) -> bool:
        """Is the verb `tok` in the future or the conditional (`se tiendra`, `aura lieu`,
        `se poursuivrait`, `seront`)? From the forms of the rule model's verbs and of the
        auxiliaries, else from the tagger's morphology."""
        for table in (self.verbs, self.support, self.occurrence, self.participation, AUXILIARY_TABLE):
            form = table.at(tok.doc, tok.i)
            if form is not None:
                return form.tense in LATER
        # the tagger's word alone is not enough (`revêtait` tagged conditional): the form must
        # also end as a future or a conditional does
        low = tok.lower_
        return ("Fut" in tok.morph.get("Tense", []) and low.endswith(FUTURE_ENDINGS)) \
            or ("Cnd" in tok.morph.get("Mood", []) and low.endswith(CONDITIONAL_ENDINGS))

    @staticmethod
    def compound(tok: Token) -> bool:
        """Is the verb a past participle with its auxiliary (`aurait rencontré`, `sera
        arrivé`): a compound tense?"""
        return any(c.dep_.startswith("aux") and AUXILIARY_TABLE.forms.get(c.lower_) is not None for c in tok.children) \
            and "Part" in tok.morph.get("VerbForm", [])

    def later(self, doc: Doc, trig: Span, noun: bool) -> bool:
        """Is the encounter put after the time of writing by the tense of the verb that
        reports it: the verb itself or its auxiliary (`se rencontreront`, `sera signé`), or,
        for a noun, the verb that governs it when that one says it takes place, its copula,
        or a relative clause on it (`aura une rencontre`, `seront en visite`, `le sommet qui
        se tiendra`)?"""
        tok = doc[trig.start]
        verbs = [tok]
        if noun:
            # only a verb that says the encounter takes place dates it (`aura lieu`, `effectuera
            # une visite`, `se poursuivrait lors du sommet`), not one that says what it will do
            # (`votre visite donnera une impulsion`)
            governor = governing_verb(tok)
            verbs = [governor] if governor.i != tok.i and self.dates_encounter(governor) else []
            verbs += [c for c in tok.children if c.dep_ in ("cop", "acl:relcl", "acl")]
        for verb in list(verbs):
            verbs += [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
        return any(self.tense_is_later(v) for v in verbs)

    def dates_encounter(self, verb: Token) -> bool:
        """Does the verb say that an encounter takes place (a support, occurrence, holding or
        participation verb, or `être`)?"""
        doc, i = verb.doc, verb.i
        return any(table.at(doc, i) for table in (self.support, self.occurrence, self.holding, self.participation,
                                                   AUXILIARY_TABLE))

    def earlier(self, doc: Doc, trig: Span, noun: bool) -> bool:
        """Is the encounter put before the time of the report by the pluperfect of the verb
        that reports or governs it (`avait rencontré`, `la visite ... avait joué un rôle`, `la
        rencontre qui s'était tenue`), or of the verb a participle is coordinated to without an
        auxiliary of its own (`avaient tenu des entretiens et visité la ville`)?"""
        tok = doc[trig.start]
        verbs = [tok] if not noun else [governing_verb(tok)]
        if noun:
            verbs += [c for c in tok.children if c.dep_ in ("acl:relcl", "acl")]
        elif tok.dep_ == "conj" and not any(c.dep_.startswith("aux") for c in tok.children):
            verbs.append(tok.head)  # `avaient tenu des entretiens et visité la ville`: its auxiliary
        return any(c.dep_.startswith("aux") and AUXILIARY_TABLE.forms.get(c.lower_) is not None
                   and AUXILIARY_TABLE.forms[c.lower_].tense == IMPERFECT
                   for v in verbs for c in v.children if c.i != tok.i)

    def new_by_noun(self, doc: Doc, trig: Span) -> bool:
        """Does a noun of meeting report a new encounter in its sentence?"""
        governor = governing_verb(doc[trig.start])
        if governor.i != trig.start and is_infinitive(governor):
            return False  # `à effectuer une visite`, `pour participer à un forum`: a purpose, planned
        prev = doc[trig.start - 1] if trig.start > 0 else None
        if prev is not None and prev.lower_ == "en":
            return True  # `en visite de travail en France`
        # `le Protocole de la 7e réunion`: the encounter names a document, it is not reported
        k = trig.start - 1
        while k > trig.sent.start and (doc[k].lower_ in OF | DEFINITE_ARTICLES
                                       or doc[k].like_num or ORDINAL.match(doc[k].lower_)):
            k -= 1
        if k < trig.start - 1 and (doc[k].lower_ in self.words.documents or self.signing_objects.at(doc, k)):
            return False
        if prev is not None and prev.lower_ in {"de", "d'"} and trig.start > 1 \
                and doc[trig.start - 2].lower_ in self.words.quantities:
            return True
        if prev is not None and prev.lower_ in INDEFINITE_ARTICLES:
            return True
        if self.counted(doc, trig):
            return True
        head = doc[trig.start].head
        if self.is_support(head):
            return head.i != trig.start and not is_infinitive(head)
        if governor.i != trig.start and self.is_support(governor):
            # through the words between: `a participé activement aux travaux du forum`, `a
            # prononcé un discours à la conférence`
            return True
        if head.i != trig.start and head.lower_ in self.words.participation_nouns:
            return True  # `sa participation au forum`
        for tok in doc[trig.end:min(trig.sent.end, trig.end + OCCURRENCE_REACH)]:
            if self.occurrence.at(doc, tok.i):  # `les consultations ... ont eu lieu`
                return True
            if tok.pos_ == "VERB":
                break
        return False

    @staticmethod
    def counted(doc: Doc, trig: Span) -> bool:
        """Is the noun counted (`le 5e dialogue`, `la 14e réunion`, `les premières consultations
        politiques`): one of a series, an encounter of its own? An ordinal may be tagged an
        adjective."""
        i = trig.start - 1
        while i > trig.sent.start and doc[i].pos_ == "ADJ" and not ORDINAL.match(doc[i].lower_):
            i -= 1
        if i < trig.sent.start or doc[i].lower_ in INDEFINITE_ARTICLES:  # `un`: an article, no count
            return False
        return bool(doc[i].like_num or ORDINAL.match(doc[i].lower_) or ROMAN_ORDINAL.match(doc[i].text)
                    or doc[i].lower_ in ORDINAL_FIRST)

    def held(self, doc: Doc, trig: Span) -> bool:
        """Is the meeting said to be held (`a présidé une réunion`, `la réunion qui s'est
        tenue`, `une réunion a eu lieu`)?"""
        head = doc[trig.start].head
        if head.i != trig.start and self.holding.at(doc, head.i):
            return True
        return self.occurred_at(doc, trig) is not None

    def occurred_at(self, doc: Doc, trig: Span) -> int | None:
        """Where the verb that says the noun took place ends (`une réunion s'est tenue`, `des
        consultations ont eu lieu`, after the noun's complements); None when no such verb
        follows it."""
        for tok in doc[trig.end:min(trig.sent.end, trig.end + OCCURRENCE_REACH)]:
            form = self.occurrence.at(doc, tok.i)
            if form is not None:
                return tok.i + form.length
            if tok.pos_ == "VERB":
                break
        return None

    def meets_group(self, doc: Doc, trig: Span, days: frozenset[str] = frozenset()) -> bool:
        """Does the verb meet a group of people it does not name (`a rencontré les habitants
        de Choucha`, `a reçu des représentants de la communauté`): its object (or `avec`
        complement) opens with a noun of a group?"""
        tok = doc[trig.start]
        for child in tok.children:
            if child.i > tok.i and child.dep_ in ("obj", "obl:arg", "obl:mod", "obl"):
                k = child.left_edge.i
                while k <= child.i and (doc[k].pos_ in ("DET", "ADP", "ADJ", "NUM") or doc[k].lower_ == "avec"):
                    k += 1
                if self.groups.at(doc, k):
                    return True
        # the object after the day and the place, however parsed (`a rencontré jeudi à Bogota
        # des représentants de ...`): the first noun of the clause after the verb that is no
        # day and no place's
        k = trig.end
        while k < trig.sent.end and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX"):
            if doc[k].pos_ in ("NOUN", "PROPN") and not doc[k].like_num \
                    and doc[k - 1].lower_ not in DESTINATION_PREPOSITIONS:
                if self.groups.at(doc, k):
                    return doc[k - 1].pos_ in ("DET", "ADP") or doc[k - 1].lower_ == "avec"
                if doc[k].pos_ == "NOUN" and doc[k].lower_ not in days:
                    return False
            k += 1
        return False

    def is_series(self, doc: Doc, trig: Span) -> bool:
        """`des rencontres bilatérales`, `des entretiens séparés`: a plural noun of meeting that
        names several separate encounters."""
        return doc[trig.end - 1].lower_.endswith("s") and marked(doc, trig, self.words.series_markers, 4)

    def each_apart(self, doc: Doc, trig: Span) -> bool:
        """`a rencontré séparément X, Y et Z`, `a reçu successivement X et Y`: a verb of
        meeting with an adverb that makes one encounter of each (right after it, days and
        places between)."""
        for tok in doc[trig.end:min(trig.sent.end, trig.end + SERIES_REACH)]:
            if tok.pos_ == "ADV" and tok.lower_ in self.words.series_markers:
                return True
            if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";"):
                break
        return self.one_then_another(doc, trig)

    @staticmethod
    def one_then_another(doc: Doc, trig: Span) -> bool:
        """`s'est entretenu avec X, puis avec Y`, `a rencontré X, puis Y`: a verb of meeting
        whose complements follow one another in time, one encounter after the other, in its
        own clause."""
        for k in range(trig.end, trig.sent.end - 1):
            tok = doc[k]
            if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";"):
                return False
            if tok.lower_ in THEN and (doc[k + 1].lower_ == WITH or doc[k + 1].pos_ in ("DET", "NOUN", "PROPN")):
                return True  # `avec X, puis avec Y`, `a rencontré X, puis le ministre Y`
        return False


class Phrases:
    """Phrases of a few words, looked up at a token (`plan d'action`, `feuille de route`)."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = words_of(phrase)
            self.by_first.setdefault(words[0], []).append(tuple(words[1:]))

    def at(self, doc: Doc, i: int) -> int:
        """Length in tokens of the longest phrase that starts at token `i`; 0 when none does."""
        best = 0
        for rest in self.by_first.get(doc[i].lower_, ()):
            if i + len(rest) < len(doc) and all(doc[i + 1 + k].lower_ == w for k, w in enumerate(rest)):
                best = max(best, 1 + len(rest))
        return best


def words_of(phrase: str) -> list[str]:
    """The tokens of a phrase as the tokenizer cuts it: at spaces and after an elision (`d'`)."""
    out: list[str] = []
    for word in phrase.split():
        while "'" in word[:-1]:
            cut = word.index("'") + 1
            out.append(word[:cut])
            word = word[cut:]
        out.append(word)
    return out
