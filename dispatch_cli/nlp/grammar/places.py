"""Places: the states, cities and regions of the gazetteer, then the model's LOC entities.

The model's LOC entities are kept only where they read as a place's name: not a verb
(`Veuillez`), a day or a month (`Mercredi`), an honorific and a name (`Dr. Hassan`), a
surname of a person of the text used alone, a word qualifying the noun after it (`des Hautes
technologies`), a minister's portfolio (`ministre des Investissements`), a title, a head of
organizations' names (`Gouvernement`), a section line in capitals or a word that names no
place (`not_names`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.grammar.organizations import heading_tokens
from dispatch_cli.nlp.grammar.tokens import is_capitalized
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.words import ARTICLES, DESTINATION_PREPOSITIONS

# Parts of speech of the words that may follow a place's name: it takes no adjective or
# noun after it, but prepositions, conjunctions, verbs and the rest.
AFTER_A_PLACE = frozenset({"ADP", "CCONJ", "SCONJ", "PRON", "DET", "AUX", "ADV", "PUNCT", "NUM", "PROPN"})


class PlaceFinder:
    """Find places in a Doc with the words of one rule model."""

    def __init__(self, lexicon: Lexicon) -> None:
        heads = lexicon.organization_heads
        titles = lexicon.titles
        calendar = lexicon.calendar
        self.not_names = heads.not_names_lower | titles.words | set(calendar.months) | set(calendar.weekdays) \
            | {w.lower() for w in heads.capitalized}  # `le Gouvernement`: a body, not a place
        self.honorifics = titles.honorific_words
        self.portfolio_heads = heads.portfolio_heads

    def find(self, doc: Doc, taken: set[int], persons: list[Span]) -> list[Span]:
        """Place spans (labels `COUNTRY`, `CITY`, `REGION` with the gazetteer's id, or `LOC`),
        sorted by start, none on a token of `taken` (token indexes of people and
        organizations); `persons`: the people's names, whose words alone are no place."""
        found: list[Span] = []
        for span in doc.spans.get(keys.LEXICON, []):
            if span.label_ in keys.GAZETTEER_PLACES and not any(i in taken for i in range(span.start, span.end)):
                found.append(Span(doc, span.start, span.end, label=span.label_, span_id=span.id_))
        gaz = filter_spans(found)
        nationality = {i for s in doc.spans.get(keys.LEXICON, []) if s.label_ == keys.NATIONALITY
                       for i in range(s.start, s.end)}
        # an honorific or a title the model reads as a place is none (`le Dr. Hans Kluge`)
        words = {i for s in doc.spans.get(keys.LEXICON, []) if s.label_ in (keys.HONORIFIC, keys.TITLE)
                 for i in range(s.start, s.end)}
        covered = {i for s in gaz for i in range(s.start, s.end)} | taken | heading_tokens(doc) | words
        surnames = {p[-1].lower_ for p in persons if len(p) > 1}
        full_names = {fold(p.text) for p in persons if len(p) > 1}  # `Ensuite, Mehriban Aliyeva et X`
        extra: list[Span] = []
        for ent in doc.ents:
            if ent.label_ != "LOC":
                continue
            s, e = ent.start, ent.end
            while s < e and (doc[s].lower_ in ARTICLES or doc[s].is_punct):
                s += 1
            while e > s and (doc[e - 1].lower_ in ARTICLES or doc[e - 1].is_punct):
                e -= 1  # `Juventus de` before a city
            if s >= e or any(i in covered for i in range(s, e)) or all(i in nationality for i in range(s, e)):
                continue  # a people (`des Azerbaïdjanais`) is no place
            if fold(doc[s:e].text) in full_names:
                continue  # a person of the text named in full, read as a place where it opens a sentence
            if self._is_place(doc[s:e], surnames, nationality):
                extra.append(Span(doc, s, e, label=keys.LOC))
        return sorted(gaz + extra, key=lambda s: s.start)

    def _is_place(self, span: Span, surnames: set[str], adjectives: set[int]) -> bool:
        """Does a LOC entity of the model read as a place's name?"""
        doc = span.doc
        first = span[0]
        if not is_capitalized(first) or first.lower_ in self.not_names or first.lower_ in self.honorifics:
            return False
        if any("\n" in t.text or "+" in t.text for t in span):
            return False
        i = span.start - 1
        while i >= 0 and (doc[i].lower_ in ARTICLES or (doc[i].is_lower and (doc[i].pos_ == "ADJ" or i in adjectives))):
            i -= 1
        if i >= 0 and i < span.start - 1 and doc[i].lower_ in self.portfolio_heads:
            return False  # a portfolio: `le ministre ouzbek des Investissements`
        if len(span) == 1 and (first.lower_ in surnames or (first.pos_ in ("VERB", "AUX")
                               and ("Fin" in first.morph.get("VerbForm", []) or first.morph.get("Mood", [])))):
            return False  # `Aliyev a déclaré`, `Veuillez remplir`
        nxt = doc[span.end] if span.end < len(doc) else None
        if len(span) == 1 and first.is_sent_start and nxt is not None and nxt.lower_ in DESTINATION_PREPOSITIONS:
            return False  # a participle opening the sentence: `Réunis à Minsk, les chefs…`
        # a word of the noun phrase it opens is no place: `des Hautes technologies`
        return not (nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.pos_ not in AFTER_A_PLACE
                    and "Fin" not in nxt.morph.get("VerbForm", []))

