"""The `dispatch_header` component: the filing line, dateline, headline and byline.

They are read from the normalized text (`doc._.dispatch_text`, set by `pipeline.docs_for`),
which keeps the archive's filing line that the model's view blanks out; the year of a text
without one is `doc._.dispatch_year` (`--year`).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.components.base import LexiconComponent
from dispatch_cli.nlp.findings import Header
from dispatch_cli.nlp.grammar.byline import BylineReader, byline_start
from dispatch_cli.nlp.grammar.dateline import HEAD_WINDOW, DatelineReader, read_filing, read_headline

NAME = "dispatch_header"


def reading_text(doc: Doc) -> str:
    """The normalized text of the Doc, of the Doc's length, in which names are read (the
    Doc's own text when the Doc was made without `pipeline.docs_for`)."""
    text = doc._.get(keys.TEXT)
    return text if isinstance(text, str) else doc.text


class HeaderReader(LexiconComponent):
    """Write `doc._.dispatch_header`."""

    def __init__(self, nlp: Language, name: str, lexicon_dir: str | None, head_window: int) -> None:
        self.head_window = head_window
        super().__init__(nlp, name, lexicon_dir)

    def configure(self) -> None:
        self.datelines = DatelineReader(self.lexicon.calendar, self.lexicon.geography, self.head_window)
        self.bylines = BylineReader(self.lexicon.titles.author_roles)

    def __call__(self, doc: Doc) -> Doc:
        text = reading_text(doc)
        dateline = self.datelines.dateline(text, doc._.get(keys.DEFAULT_YEAR))
        byline = self.bylines.byline(text)
        doc._.set(keys.HEADER, Header(filing=read_filing(text), dateline=dateline,
                                      headline=read_headline(text, dateline), byline=byline,
                                      body_end=byline_start(text, byline)))
        return doc


@Language.factory(NAME, assigns=[f"doc._.{keys.HEADER}"],
                  default_config={"lexicon_dir": None, "head_window": HEAD_WINDOW})
def make_header(nlp: Language, name: str, lexicon_dir: str | None, head_window: int) -> HeaderReader:
    """The `dispatch_header` component; `head_window`: how far into the text (characters) a
    dateline may start."""
    return HeaderReader(nlp, name, lexicon_dir, head_window)
