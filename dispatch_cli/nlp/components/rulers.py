"""The patterns of the two span rulers that mark the words of the rule model.

`dispatch_words` matches lowercased text: heads of titles (and their plurals), epithets,
honorifics, words of meeting (the inflected forms of the verbs), long names of known bodies.
`dispatch_gazetteer` matches text as written: states, cities, regions, nationality
adjectives, acronyms of known bodies. Both
are spaCy's own `span_ruler`, writing to the span group `keys.LEXICON`; their patterns are
generated here from the `Lexicon` and saved with the pipeline like any ruler's.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.language import Language
from spacy.pipeline import SpanRuler

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.grammar.events.inflection import VerbTable
from dispatch_cli.nlp.grammar.normalize import head_forms
from dispatch_cli.nlp.lexicon import Lexicon

Pattern = dict[str, Any]
WORDS, GAZETTEER = "dispatch_words", "dispatch_gazetteer"


def _phrase(label: str, text: str, ident: str | None = None) -> Pattern:
    pattern: Pattern = {"label": label, "pattern": text}
    if ident is not None:
        pattern["id"] = ident
    return pattern


def caseless_patterns(lexicon: Lexicon) -> Iterator[Pattern]:
    """Patterns matched on lowercase text: titles, words of meeting, long names of known bodies."""
    titles = lexicon.titles
    # each head with its feminine, plural and prefixed forms; a plural names several people at
    # once (`les députés X, Y et Z`) and has the singular as its id
    title_forms: dict[str, str | None] = {}
    for head in titles.heads:
        for form, singular in head_forms(head, titles.adjectives).items():
            if form not in title_forms or title_forms[form] is not None:
                title_forms[form] = singular
    for form, singular in title_forms.items():
        yield _phrase(keys.TITLE, form, singular)
    for phrase, head in titles.epithets.items():
        yield _phrase(keys.EPITHET, phrase, head)
    for word in titles.honorifics:
        # the tokenizer cuts abbreviations by their capitals (`MM.` is one token, `mm.` two):
        # each written form is tokenized as the text writes it
        for form in sorted({word, word[:1].upper() + word[1:], word.upper()}):
            yield _phrase(keys.HONORIFIC, form)
    for org in lexicon.organizations:
        for form in sorted({org.name, *org.forms}):
            if " " in form:  # long names whatever their capitals (`service européen pour l'action extérieure`)
                yield _phrase(keys.KNOWN_ORG, form, org.name)
    for event_type, verbs in lexicon.triggers.verbs.items():
        for form in VerbTable(verbs).forms:  # the inflected forms of each infinitive
            yield _phrase(keys.TRIGGER_VERB, form, event_type)
    for event_type, nouns in lexicon.triggers.nouns.items():
        for noun in nouns:
            yield _phrase(keys.TRIGGER_NOUN, noun, event_type)


def cased_patterns(lexicon: Lexicon) -> Iterator[Pattern]:
    """Patterns matched as written: places, nationality adjectives, acronyms of known bodies."""
    for country in lexicon.geography.countries:
        name = country.name
        for form in {name, *country.forms}:
            yield _phrase(keys.COUNTRY, form, name)
        for adj in country.adjectives:
            yield _phrase(keys.NATIONALITY, adj, name)
            yield _phrase(keys.NATIONALITY, adj[:1].upper() + adj[1:], name)
        for city in country.cities:
            yield _phrase(keys.CITY, city, name)
    for region in lexicon.geography.regions:
        yield _phrase(keys.REGION, region, region)
    for org in lexicon.organizations:
        for form in sorted({org.name, *org.forms}):
            if " " not in form:  # acronyms and one-word names as written (`UE`, not `ue`)
                yield _phrase(keys.KNOWN_ORG, form, org.name)


def add_rulers(nlp: Language, lexicon: Lexicon) -> None:
    """Add the two span rulers after the last component of `nlp`, with the lexicon's patterns."""
    rulers = []
    for name, attr in ((WORDS, "LOWER"), (GAZETTEER, "ORTH")):
        ruler = nlp.add_pipe("span_ruler", name=name, config={"spans_key": keys.LEXICON, "phrase_matcher_attr": attr,
                                                              "overwrite": False})
        assert isinstance(ruler, SpanRuler)
        rulers.append(ruler)
    # The rulers match word forms, which only the tokenizer makes: without this, spaCy runs
    # every statistical component over each of the ~4,000 patterns (seconds at each start).
    with nlp.select_pipes(enable=[]):
        rulers[0].add_patterns(list(caseless_patterns(lexicon)))
        rulers[1].add_patterns(list(cased_patterns(lexicon)))
