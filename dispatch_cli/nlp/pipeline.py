"""Build the spaCy pipeline and run texts through it.

The statistical French pipeline gives tokens, parts of speech, dependencies, sentences and
entities; the rule components registered in `dispatch_cli.nlp.components` correct and complete
them with the patterns of the rule model (`models/`).
"""
from __future__ import annotations

from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dispatch_cli.api import InputText
from dispatch_cli.nlp.textview import model_view, split_for_length

BASE_MODEL = "fr_core_news_sm"
# The lemmatizer and its attribute ruler are not used by the rules: they match word forms.
DISABLED = ("lemmatizer", "attribute_ruler")


def load_pipeline() -> Language:
    """Load the French model and add the dispatch rule components."""
    import dispatch_cli.nlp.components  # noqa: F401  (registers the factories)

    nlp = spacy.load(BASE_MODEL, exclude=list(DISABLED))
    dispatch_cli.nlp.components.add_to(nlp)
    return nlp


def docs_for(nlp: Language, inputs: Iterable[InputText], batch_size: int = 16
             ) -> Iterator[tuple[InputText, Doc]]:
    """Yield `(input, doc)` in input order, streaming through `nlp.pipe`.

    A text longer than `nlp.max_length` is cut into paragraph-sized pieces that go through
    the pipeline separately and are joined back into one Doc whose text is the whole text,
    so that every offset still points into the original.
    """

    def pieces() -> Iterator[tuple[str, tuple[int, int, InputText]]]:
        for inp in inputs:
            parts = split_for_length(model_view(inp.text), nlp.max_length)
            for i, part in enumerate(parts):
                yield part, (i, len(parts), inp)

    pending: list[Doc] = []
    for doc, (i, count, inp) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        if count == 1:
            yield inp, doc
            continue
        pending.append(doc)
        if i == count - 1:
            yield inp, Doc.from_docs(pending, ensure_whitespace=False)
            pending = []
