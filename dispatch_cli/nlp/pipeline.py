"""Build the dispatch pipeline and run texts through it.

The statistical French pipeline gives tokens, parts of speech, dependencies, sentences and
entities; the dispatch components (`components/`) correct and complete them with the rule
model (`models/`) and write what they find onto each Doc.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.components import DOCUMENT_LEVEL, names, sentences
from dispatch_cli.nlp.components.rulers import add_rulers
from dispatch_cli.nlp.lexicon import load_lexicon, packaged_dir
from dispatch_cli.nlp.textview import NormalizedText, model_view, normalize, split_for_length
from dispatch_cli.nlp.token_match import fast_token_match

BASE_MODEL = "fr_core_news_md"
# The lemmatizer and its attribute ruler are not used by the rules: they match word forms.
DISABLED = ("lemmatizer", "attribute_ruler")
# The model's string table (700,000 strings for fr_core_news_md, 0.9 s to read) maps hashes back
# to the words of its training data; parsing never needs it: each text's words are added as
# they are read, and the vectors are keyed by hash. `spacy.load` passes its exclusions on to
# `Vocab.from_disk`, which skips the part so named.
UNREAD_VOCAB = "strings"
Context = TypeVar("Context")


def load_pipeline(model: str = BASE_MODEL, lexicon_dir: str | None = None) -> Language:
    """The French model `model` with the dispatch components added, reading the rule model of
    `lexicon_dir` (default: the one shipped with the package).

    Raises OSError when the model is not installed, `LexiconError` when the rule model is
    broken.
    """
    # spaCy compiles its French token_match pattern at import and at load; the factored form
    # matches the same strings and saves 3–4 s of every start (see `token_match`).
    with fast_token_match():
        nlp = spacy.load(model, exclude=[*DISABLED, UNREAD_VOCAB])
    lexicon = load_lexicon(lexicon_dir)
    config = {"lexicon_dir": lexicon_dir} if lexicon_dir else {}
    nlp.add_pipe(sentences.NAME, before="parser")
    add_rulers(nlp, lexicon, Path(lexicon_dir) if lexicon_dir else packaged_dir())
    for name in (names.NAME, *DOCUMENT_LEVEL):
        nlp.add_pipe(name, config=config)
    return nlp


def docs_for(nlp: Language, items: Iterable[tuple[str, int | None, Context]], batch_size: int = 16
             ) -> Iterator[tuple[Context, Doc]]:
    """Run `(text, default year, context)` items through the pipeline; yield `(context, doc)`
    in input order, lazily.

    The model reads the model view of the normalized text (`textview`); the Doc carries the
    text itself (`doc._.dispatch_source`), which the output's character offsets point into,
    the normalized text (`doc._.dispatch_text`) and the alignment between them
    (`doc._.dispatch_alignment`). A text longer
    than `nlp.max_length` is cut into paragraph-sized pieces that go through the token-level
    components separately and are joined back into one Doc before the document-level
    components run on it, so every offset still points into the whole text.
    """
    document_level = [(name, proc) for name, proc in nlp.pipeline if name in DOCUMENT_LEVEL]

    def pieces() -> Iterator[tuple[str, tuple[int, int, str, NormalizedText, int | None, Context]]]:
        for text, year, context in items:
            normal = normalize(text)
            parts = split_for_length(model_view(normal.text), nlp.max_length)
            for i, part in enumerate(parts):
                yield part, (i, len(parts), text, normal, year, context)

    pending: list[Doc] = []
    for doc, (i, count, text, normal, year, context) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size,
                                                         disable=[name for name, _ in document_level]):
        if count > 1:
            pending.append(doc)
            if i < count - 1:
                continue
            doc = Doc.from_docs(pending, ensure_whitespace=False)
            pending = []
        doc._.set(keys.SOURCE_TEXT, text)
        doc._.set(keys.TEXT, normal.text)
        doc._.set(keys.ALIGNMENT, normal.alignment)
        doc._.set(keys.DEFAULT_YEAR, year)
        for _name, proc in document_level:
            doc = proc(doc)
        yield context, doc
