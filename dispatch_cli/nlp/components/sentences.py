"""The `dispatch_sentences` component: sentence boundaries at final stops and line breaks."""
from __future__ import annotations

from typing import cast

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from dispatch_cli.nlp.words import ABBREVIATIONS, CLOSERS, SENTENCE_END

CONTINUING = frozenset({",", ";", ":", ")"})  # punctuation that goes on with a sentence

NAME = "dispatch_sentences"


@Language.component(NAME, assigns=["token.is_sent_start"])
def sentence_boundaries(doc: Doc) -> Doc:
    """Sentences end at a final stop or a line break, and nowhere else; the stop of an
    abbreviation (`Pr.`, `Dr.`, `M.`) is no final stop.

    Headlines, datelines and paragraphs often have no final stop, and the statistical parser
    cuts long sentences (a list of six ministers with their titles) in the middle; fixing the
    boundaries before the parser runs keeps each reported encounter in one sentence.

    The flags are written for the whole Doc at once (`Doc.from_array`): setting
    `Token.is_sent_start` token by token checks the whole Doc's annotation each time, which
    made this component quadratic in the length of the text.
    """
    flags = numpy.zeros((len(doc), 1), dtype="int64")
    if len(doc):
        flags[0, 0] = 1
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            start = False
        elif "\n" in prev.text or "\n" in prev.whitespace_:
            start = True
        elif prev.text == "." and tok.i > 1 and doc[tok.i - 2].lower_ in ABBREVIATIONS \
                and not doc[tok.i - 2].whitespace_:
            start = False  # `le Pr. Alain Fischer`: the stop of an abbreviation
        elif prev.text in SENTENCE_END or (prev.text in CLOSERS and tok.i > 1
                                           and doc[tok.i - 2].text in SENTENCE_END):
            # a comma or a semicolon goes on with the sentence: the stop was an abbreviation's
            # (`China Railway Container Transport Corp., X`)
            start = (tok.is_title or tok.is_upper or not tok.is_alpha) and tok.text not in CONTINUING
        else:
            start = False
        flags[tok.i, 0] = 1 if start else -1
    # Doc arrays hold uint64: -1 (not a start) is stored as its two's complement.
    doc.from_array(["SENT_START"], cast(Ints2d, flags.astype("uint64")))
    return doc
