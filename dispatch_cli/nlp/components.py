"""The dispatch rule components, registered as spaCy factories.

Two `span_ruler` components mark the words of the rule model (titles, words of meeting,
known organizations, countries, cities and nationality adjectives) as span groups, with
patterns generated from the lexicon files of `models/` and serialized with the pipeline like
any spaCy ruler's. The `dispatch_names` component then reads people, organizations and places
off the statistical entities and those lexicon spans (see `names.py`).
"""
from __future__ import annotations

from typing import Any, Iterator

from spacy.language import Language

from dispatch_cli.nlp import lexicon

LEXICON_KEY = "lexicon"


def _phrase(label: str, text: str, ident: str | None = None) -> dict[str, Any]:
    pattern: dict[str, Any] = {"label": label, "pattern": text}
    if ident is not None:
        pattern["id"] = ident
    return pattern


def caseless_patterns() -> Iterator[dict[str, Any]]:
    """Patterns matched on lowercase text: titles, words of meeting, long names of known bodies."""
    titles = lexicon.load_json("titles.json")
    for head in titles["heads"]:
        yield _phrase("TITLE", head)
        first, _, rest = head.partition(" ")
        if not first.endswith(("s", "x")) and not rest:
            # the plural names several people at once (`les députés X, Y et Z`); id: the singular
            yield _phrase("TITLE", first + "s", head)
    for phrase, head in titles["epithets"].items():
        yield _phrase("EPITHET", phrase, head)
    for word in titles["honorifics"]:
        yield _phrase("HONORIFIC", word)
    for org in lexicon.load_json("organizations.json"):
        for form in sorted({org["name"], *org["forms"]}):
            if " " in form:  # long names whatever their capitals (`service européen pour l'action extérieure`)
                yield _phrase("KNOWN_ORG", form, org["name"])
    triggers = lexicon.load_json("triggers.json")
    for kind in ("verbs", "nouns"):
        for event_type, forms in triggers[kind].items():
            for form in forms:
                yield _phrase(f"TRIGGER_{kind[:-1].upper()}", form, event_type)


def cased_patterns() -> Iterator[dict[str, Any]]:
    """Patterns matched as written: places, nationality adjectives, acronyms of known bodies."""
    geo = lexicon.load_json("geo.json")
    for country in geo["countries"]:
        name = country["name"]
        for form in {name, *country["forms"]}:
            yield _phrase("COUNTRY", form, name)
        for adj in country["adjectives"]:
            yield _phrase("NATIONALITY", adj, name)
            yield _phrase("NATIONALITY", adj[:1].upper() + adj[1:], name)
        for city in country["cities"]:
            yield _phrase("CITY", city, name)
    for region in geo["regions"]:
        yield _phrase("REGION", region, region)
    for org in lexicon.load_json("organizations.json"):
        for form in sorted({org["name"], *org["forms"]}):
            if " " not in form:  # acronyms and one-word names as written (`UE`, not `ue`)
                yield _phrase("KNOWN_ORG", form, org["name"])


SENTENCE_END = {".", "!", "?", "…"}


@Language.component("dispatch_sentences")
def sentence_boundaries(doc):
    """Sentences end at a final stop or a line break, and nowhere else.

    Headlines, datelines and paragraphs often have no final stop, and the statistical parser
    cuts long sentences (a list of six ministers with their titles) in the middle; fixing the
    boundaries before the parser runs keeps each reported encounter in one sentence.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            tok.is_sent_start = False
        elif "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
        elif prev.text in SENTENCE_END or (prev.text in {"»", ")", '"'} and tok.i > 1
                                           and doc[tok.i - 2].text in SENTENCE_END):
            tok.is_sent_start = tok.is_title or tok.is_upper or not tok.is_alpha
        else:
            tok.is_sent_start = False
    return doc


def add_to(nlp: Language) -> None:
    """Add the dispatch components to a loaded French pipeline."""
    import dispatch_cli.nlp.names  # noqa: F401  (registers dispatch_names)

    nlp.add_pipe("dispatch_sentences", before="parser")
    caseless = nlp.add_pipe("span_ruler", name="dispatch_words",
                            config={"spans_key": LEXICON_KEY, "phrase_matcher_attr": "LOWER",
                                    "overwrite": False})
    cased = nlp.add_pipe("span_ruler", name="dispatch_gazetteer",
                         config={"spans_key": LEXICON_KEY, "phrase_matcher_attr": "ORTH",
                                 "overwrite": False})
    # The rulers match word forms, which only the tokenizer makes: without this, spaCy runs
    # every statistical component over each of the ~4,000 patterns (seconds at each start).
    with nlp.select_pipes(enable=[]):
        caseless.add_patterns(list(caseless_patterns()))
        cased.add_patterns(list(cased_patterns()))
    nlp.add_pipe("dispatch_names")
