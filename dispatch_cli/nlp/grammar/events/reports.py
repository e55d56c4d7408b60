"""Does a word of meeting report an encounter?

- A verb (`a rencontré`, `s'est entretenu avec`, `a reçu`, `ont signé`) reports one unless it
  is an infinitive (`pour rencontrer`), or the encounter is marked as planned or only
  recalled (`prochain`, `dernier`).
- A noun reports a new encounter when it is indefinite or counted (`une rencontre`, `le 5e
  dialogue`, `une série de rencontres`), or carried by a support verb (`a tenu une rencontre`,
  `a participé à un forum`, `les consultations ont eu lieu`); a noun that names a document
  (`le Protocole de la 7e réunion`) reports nothing.
- Quoted speech (inside « ») recalls and plans; the dispatch's own voice reports.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.lexicon import Triggers
from dispatch_cli.nlp.words import (AUXILIARY_FORMS, AUXILIARY_INFINITIVES, DEFINITE_ARTICLES, INDEFINITE_ARTICLES,
                                    NOUN_DETERMINERS, OF, ORDINAL, ORDINAL_FIRST, REFLEXIVE_PRONOUNS)

ANAPHORIC_REACH = 4  # tokens before a noun where `lors de` may stand
OCCURRENCE_REACH = 12  # tokens after a noun where `a eu lieu` may stand
MARKER_REACH = 6


def is_noun_use(doc: Doc, trig: Span) -> bool:
    """Is the trigger used as a noun (`la visite`) rather than a verb (`a visité`, `visite`)?"""
    prev = doc[trig.start - 1] if trig.start > 0 else None
    if trig.label_ == keys.TRIGGER_NOUN:
        return not (prev is not None and (prev.lower_ in REFLEXIVE_PRONOUNS or prev.pos_ == "AUX"
                                          or prev.lower_ in AUXILIARY_FORMS))
    return prev is not None and (prev.lower_ in NOUN_DETERMINERS or prev.like_num or prev.pos_ == "ADJ")


def in_quotes(text: str, trig: Span) -> bool:
    """Is the trigger inside « ... » (quoted speech) opened in its paragraph?"""
    para_start = text.rfind("\n", 0, trig.start_char)
    before = text[max(para_start, 0):trig.start_char]
    return before.count("«") > before.count("»")


def is_infinitive(tok: Token) -> bool:
    """`à avoir effectué`, `pour rencontrer`: an encounter not reported as having happened."""
    if "Inf" in tok.morph.get("VerbForm", []):
        return True
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in AUXILIARY_INFINITIVES:
        return True
    return any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in tok.children)


def marked(doc: Doc, trig: Span, words: frozenset[str], window: int = MARKER_REACH) -> bool:
    """Is one of `words` within `window` tokens of the trigger, in its sentence?"""
    lo = max(trig.sent.start, trig.start - window)
    hi = min(trig.sent.end, trig.end + window)
    return any(doc[i].lower_ in words for i in range(lo, hi) if not trig.start <= i < trig.end)


class ReportTest:
    """Tell reported encounters from planned, recalled and named ones, with one rule model."""

    def __init__(self, triggers: Triggers) -> None:
        self.words = triggers

    def anaphoric(self, doc: Doc, trig: Span) -> str | None:
        """`lors de la rencontre`, `au cours de l'entretien`, `en marge de sa visite`: the word."""
        lo = max(trig.sent.start, trig.start - ANAPHORIC_REACH)
        return next((doc[i].lower_ for i in range(lo, trig.start) if doc[i].lower_ in self.words.anaphoric_preps),
                    None)

    def is_backdrop(self, word: str) -> bool:
        """`en marge de la session`: the setting, not an encounter of the parties."""
        return word in self.words.backdrop_words

    def planned_or_recalled(self, doc: Doc, trig: Span) -> bool:
        """Is the encounter only planned (`prochain`) or only recalled (`dernier`)?"""
        return marked(doc, trig, self.words.future_markers, 3) or marked(doc, trig, self.words.past_markers, 8)

    def new_by_noun(self, doc: Doc, trig: Span) -> bool:
        """Does a noun of meeting report a new encounter in its sentence?"""
        prev = doc[trig.start - 1] if trig.start > 0 else None
        if prev is not None and prev.lower_ == "en":
            return True  # `en visite de travail en France`
        # `le Protocole de la 7e réunion`: the encounter names a document, it is not reported
        k = trig.start - 1
        while k > trig.sent.start and (doc[k].lower_ in OF | DEFINITE_ARTICLES
                                       or doc[k].like_num or ORDINAL.match(doc[k].lower_)):
            k -= 1
        if k < trig.start - 1 and (doc[k].lower_ in self.words.documents
                                   or doc[k].lower_ in self.words.signing_object_words):
            return False
        if prev is not None and prev.lower_ in {"de", "d'"} and trig.start > 1 \
                and doc[trig.start - 2].lower_ in self.words.quantities:
            return True
        if prev is not None and prev.lower_ in INDEFINITE_ARTICLES:
            return True
        # counted: `le 5e dialogue`, `les premières consultations politiques`
        i = trig.start - 1
        while i > trig.sent.start and doc[i].pos_ == "ADJ":
            i -= 1
        if i >= trig.sent.start and (doc[i].like_num or ORDINAL.match(doc[i].lower_)
                                     or doc[i].lower_ in ORDINAL_FIRST):
            return True
        head = doc[trig.start].head
        support = self.words.support_words
        if head.lower_ in support or any(c.lower_ in support for c in head.children if c.dep_.startswith("aux")):
            return head.i != trig.start and not is_infinitive(head)
        for tok in doc[trig.end:min(trig.sent.end, trig.end + OCCURRENCE_REACH)]:
            if tok.lower_ in self.words.occurrence_words:  # `les consultations ... ont eu lieu`
                return True
            if tok.pos_ == "VERB":
                break
        return False

    def is_series(self, doc: Doc, trig: Span) -> bool:
        """`des rencontres bilatérales`, `des entretiens séparés`: a plural noun of meeting that
        names several separate encounters."""
        return doc[trig.end - 1].lower_.endswith("s") and marked(doc, trig, self.words.series_markers, 4)
