"""The patterns of the two span rulers that mark the words of the rule model.

`dispatch_words` matches lowercased text: heads of titles (and their plurals), epithets,
honorifics, words of meeting (the inflected forms of the verbs), long names of known bodies.
`dispatch_gazetteer` matches text as written: states, cities, regions, nationality
adjectives, acronyms of known bodies. Both
are spaCy's own `span_ruler`, writing to the span group `keys.LEXICON`; their patterns are
generated here from the `Lexicon` and saved with the pipeline like any ruler's.

A ruler turns each of its ~8,000 phrases into a Doc with the pipeline's tokenizer, a third of
a second at every start. The words the tokenizer gives each phrase depend only on the phrase,
spaCy's version and the base model, so they are computed once and shipped with the rule model
(`models/ruler_tokens.json`, built by `models/tools/build_ruler_tokens.py`); the rulers are
given Docs made from those words, and a phrase the table lacks, or a table made with another
spaCy or model, goes through the tokenizer as before. The matches are the same: the rulers
compare the words' lowercase or written forms, which the table gives exactly.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from spacy.about import __version__ as spacy_version
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.grammar.events.inflection import VerbTable
from dispatch_cli.nlp.grammar.normalize import head_forms
from dispatch_cli.nlp.lexicon import Lexicon

Pattern = dict[str, Any]
WORDS, GAZETTEER = "dispatch_words", "dispatch_gazetteer"
TOKENS_FILE = "ruler_tokens.json"
# A phrase's words and whether a space follows each: (words, spaces).
Words = tuple[list[str], list[bool]]


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


def tokenizer_id(nlp: Language) -> str:
    """What the tokenization of a phrase depends on: spaCy's version and the base model's
    name and version (`spacy 3.8.7 fr_core_news_md 3.8.0`)."""
    meta = nlp.meta
    return f"spacy {spacy_version} {meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}"


def phrase_words(nlp: Language, lexicon: Lexicon) -> dict[str, Words]:
    """Each phrase of the rulers' patterns -> the words `nlp`'s tokenizer makes of it."""
    texts = sorted({p["pattern"] for p in (*caseless_patterns(lexicon), *cased_patterns(lexicon))})
    return {text: ([t.text for t in doc], [bool(t.whitespace_) for t in doc])
            for text, doc in ((text, nlp.make_doc(text)) for text in texts)}


def tokens_table(nlp: Language, lexicon: Lexicon) -> dict[str, Any]:
    """The JSON object of `models/ruler_tokens.json` for `nlp` and `lexicon`: the tokenizer's
    id, the phrases that are one word as written, and the words of the others."""
    single, split = [], {}
    for text, (words, spaces) in phrase_words(nlp, lexicon).items():
        if words == [text]:
            single.append(text)
        else:
            split[text] = [words, [int(s) for s in spaces]]
    return {"_doc": "Generated by models/tools/build_ruler_tokens.py: the words the tokenizer makes of each "
                    "phrase of the span rulers (dispatch_cli/nlp/components/rulers.py). Do not edit.",
            "tokenizer": tokenizer_id(nlp), "single": single, "split": split}


def read_tokens_table(folder: Path, nlp: Language) -> dict[str, Words]:
    """The phrases' words of `folder/ruler_tokens.json`, or nothing when the file is missing,
    unreadable or made for another tokenizer (`tokenizer_id`)."""
    try:
        data = json.loads((folder / TOKENS_FILE).read_text(encoding="utf-8"))
        if data["tokenizer"] != tokenizer_id(nlp):
            return {}
        table: dict[str, Words] = {text: ([text], [False]) for text in data["single"]}
        for text, (words, spaces) in data["split"].items():
            table[text] = (list(words), [bool(s) for s in spaces])
        return table
    except (OSError, ValueError, KeyError, TypeError):
        return {}


@contextmanager
def _pretokenized(nlp: Language, table: dict[str, Words]) -> Iterator[None]:
    """Within the block, `nlp` makes a Doc of a text of `table` from its words, and of any
    other text with its tokenizer."""
    tokenizer: Callable[[str], Doc] = nlp.tokenizer
    vocab = nlp.vocab

    def make(text: str) -> Doc:
        words = table.get(text)
        return tokenizer(text) if words is None else Doc(vocab, words=words[0], spaces=words[1])

    nlp.tokenizer = make
    try:
        yield
    finally:
        nlp.tokenizer = tokenizer


def add_rulers(nlp: Language, lexicon: Lexicon, tokens_dir: Path | None = None) -> None:
    """Add the two span rulers after the last component of `nlp`, with the lexicon's patterns;
    the phrases' words are read from `tokens_dir/ruler_tokens.json` where it has them."""
    rulers = []
    for name, attr in ((WORDS, "LOWER"), (GAZETTEER, "ORTH")):
        ruler = nlp.add_pipe("span_ruler", name=name, config={"spans_key": keys.LEXICON, "phrase_matcher_attr": attr,
                                                              "overwrite": False})
        assert isinstance(ruler, SpanRuler)
        rulers.append(ruler)
    # The rulers match word forms, which only the tokenizer makes: without this, spaCy runs
    # every statistical component over each of the ~4,000 patterns (seconds at each start).
    table = read_tokens_table(tokens_dir, nlp) if tokens_dir is not None else {}
    with nlp.select_pipes(enable=[]), _pretokenized(nlp, table):
        rulers[0].add_patterns(list(caseless_patterns(lexicon)))
        rulers[1].add_patterns(list(cased_patterns(lexicon)))
