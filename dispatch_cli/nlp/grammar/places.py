"""Places: the states, cities and regions of the gazetteer, then the model's LOC entities."""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.grammar.tokens import is_capitalized
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.words import ARTICLES


def find_places(doc: Doc, taken: set[int], lexicon: Lexicon) -> list[Span]:
    """Place spans (labels `COUNTRY`, `CITY`, `REGION` with the gazetteer's id, or `LOC`),
    sorted by start, none on a token of `taken` (token indexes of people and organizations)."""
    found: list[Span] = []
    for span in doc.spans.get(keys.LEXICON, []):
        if span.label_ in keys.GAZETTEER_PLACES and not any(i in taken for i in range(span.start, span.end)):
            found.append(Span(doc, span.start, span.end, label=span.label_, span_id=span.id_))
    gaz = filter_spans(found)
    # an honorific or a title the model reads as a place is none (`le Dr. Hans Kluge`)
    words = {i for s in doc.spans.get(keys.LEXICON, []) if s.label_ in (keys.HONORIFIC, keys.TITLE)
             for i in range(s.start, s.end)}
    covered = {i for s in gaz for i in range(s.start, s.end)} | taken | words
    extra: list[Span] = []
    not_names = lexicon.organization_heads.not_names_lower
    for ent in doc.ents:
        if ent.label_ != "LOC":
            continue
        s, e = ent.start, ent.end
        while s < e and (doc[s].lower_ in ARTICLES or doc[s].is_punct):
            s += 1
        if s >= e or any(i in covered for i in range(s, e)):
            continue
        if not is_capitalized(doc[s]) or doc[s].lower_ in not_names:
            continue
        if any("\n" in t.text or "+" in t.text for t in doc[s:e]):
            continue
        extra.append(Span(doc, s, e, label=keys.LOC))
    return sorted(gaz + extra, key=lambda s: s.start)
