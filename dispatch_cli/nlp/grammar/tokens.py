"""Token-level tests shared by the name, title and event rules."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.words import APOSTROPHES, HYPHEN

# Endings of adjectives that no inflected French verb form has (`obligatoire`, `parlementaire`):
# a lowercase word so ended right after a noun qualifies it, whatever the tagger calls it.
ADJECTIVE_ENDINGS = ("aire", "aires", "oire", "oires")
# the present participle's ending (`félicitant`, `résidant`): no name word ends so at a
# sentence start, and a title's complement may go on through one
PRESENT_PARTICIPLE_ENDING = "ant"
Cover = list[set[str]]  # for each token (by index), the labels of the lexicon spans over it


def compound_end(doc: Doc, i: int) -> int:
    """End (token index, exclusive) of the hyphenated compound that starts at token `i`
    (`sierra-léonais`, `Saint-Vincent-et-les-Grenadines`): hyphens with no space around them
    join their neighbours."""
    j = i + 1
    while j + 1 < len(doc) and doc[j].text == HYPHEN and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
        j += 2
    return j


def labels_at(doc: Doc) -> Cover:
    """For each token, the labels of the lexicon spans (`doc.spans[keys.LEXICON]`) over it."""
    cover: Cover = [set() for _ in range(len(doc))]  # by index: iterating makes Token objects
    for span in doc.spans.get(keys.LEXICON, []):
        for i in range(span.start, span.end):
            cover[i].add(span.label_)
    return cover


def is_capitalized(tok: Token) -> bool:
    """Does the token open with a capital and hold a letter (`Bakou`, `OTAN`, `E.`)?"""
    text = tok.text
    # An uppercase first character is nearly always a letter: the scan is for the rare rest.
    return bool(text) and text[0].isupper() and (text[0].isalpha() or any(c.isalpha() for c in text))


def glued_after_apostrophe(doc: Doc, i: int) -> bool:
    """Is token `i` the lowercase rest of a capitalized word the tokenizer cut after an inner
    apostrophe as if it were elided (`Wetang'` `ula`, `Xi'` `an`)?"""
    if i == 0 or i >= len(doc) or not (doc[i].is_alpha and doc[i].is_lower):
        return False
    prev = doc[i - 1]
    return not prev.whitespace_ and prev.text[-1:] in APOSTROPHES and len(prev.text) > 2 and is_capitalized(prev)


def sentence_end(doc: Doc, i: int) -> int:
    """End (token index, exclusive) of the sentence of token `i`; the Doc's end when
    sentences are not set."""
    return doc[i].sent.end if doc.has_annotation("SENT_START") else len(doc)
