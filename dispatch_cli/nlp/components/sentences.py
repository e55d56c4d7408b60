"""The `dispatch_sentences` component: sentence boundaries at final stops and line breaks."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dispatch_cli.nlp.words import ABBREVIATIONS, CLOSERS, SENTENCE_END


NAME = "dispatch_sentences"


@Language.component(NAME, assigns=["token.is_sent_start"])
def sentence_boundaries(doc: Doc) -> Doc:
    """Sentences end at a final stop or a line break, and nowhere else; the stop of an
    abbreviation (`Pr.`, `Dr.`, `M.`) is no final stop.

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
        elif prev.text == "." and tok.i > 1 and doc[tok.i - 2].lower_ in ABBREVIATIONS and not doc[tok.i - 2].whitespace_:
            tok.is_sent_start = False  # `le Pr. Alain Fischer`: the stop of an abbreviation
        elif prev.text in SENTENCE_END or (prev.text in CLOSERS and tok.i > 1
                                           and doc[tok.i - 2].text in SENTENCE_END):
            tok.is_sent_start = tok.is_title or tok.is_upper or not tok.is_alpha
        else:
            tok.is_sent_start = False
    return doc
