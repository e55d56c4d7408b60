"""The public parsing API: text in, `DispatchRecord` out.

`DispatchParser` owns one loaded spaCy pipeline and turns texts into records, one at a time
(`parse`) or streamed in batches (`pipe`). The CLI, the batch engine and the tests all go
through it, so the pipeline is loaded once per process.

    from dispatch_cli.api import DispatchParser
    record = DispatchParser().parse(text)       # a records.types.DispatchRecord
    record.to_dict()                            # its JSON form
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dispatch_cli import __version__
from dispatch_cli.records.build import build_record
from dispatch_cli.records.printable import printable_path
from dispatch_cli.records.types import DispatchRecord, Producer, Source

if TYPE_CHECKING:  # spaCy is heavy: import it only where a pipeline is built
    from spacy.language import Language


@dataclass
class InputText:
    """One decoded input and what is known of its origin."""

    text: str
    path: str | None = None  # as the file system gives it (undecodable bytes as lone surrogates)
    encoding: str = "utf-8"
    sha256: str | None = None  # of the raw bytes; computed from the UTF-8 text when None
    year: int | None = None  # default year when the text has no ` date YYYY-MM ` line

    def digest(self) -> str:
        """The SHA-256 (hex) of the input's bytes, or of its text encoded in UTF-8."""
        return self.sha256 or hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def source(self) -> Source:
        """The record's description of this input; its path in printable form
        (`records.printable.printable_path`: undecodable bytes as `\\xHH`)."""
        path = None if self.path is None else printable_path(self.path)
        return Source(path=path, sha256=self.digest(), encoding=self.encoding, chars=len(self.text))


class DispatchParser:
    """Parse dispatches with one spaCy pipeline loaded once."""

    def __init__(self, nlp: Language | None = None, batch_size: int = 16) -> None:
        """`nlp`: a pipeline made by `nlp.pipeline.load_pipeline` (or `spacy.load` of one
        saved with `to_disk`); loaded here when None. `batch_size`: texts per `nlp.pipe` batch."""
        if nlp is None:
            from dispatch_cli.nlp.lean_import import import_spacy

            import_spacy()  # first, so that no module below imports spaCy's command line with it
            from dispatch_cli.nlp.pipeline import load_pipeline

            nlp = load_pipeline()
        self.nlp = nlp
        self.batch_size = batch_size
        self.producer = producer_of(nlp)

    def parse(self, text: str, *, path: str | None = None, year: int | None = None) -> DispatchRecord:
        """Parse one text; `year` is used when the text has no ` date YYYY-MM ` line."""
        return next(self.pipe([InputText(text=text, path=path, year=year)]))

    def pipe(self, inputs: Iterable[InputText]) -> Iterator[DispatchRecord]:
        """Parse a stream of inputs lazily, in order, batching them through the pipeline."""
        from dispatch_cli.nlp.language import guess_language
        from dispatch_cli.nlp.pipeline import docs_for

        for inp, doc in docs_for(self.nlp, ((i.text, i.year, i) for i in inputs), batch_size=self.batch_size):
            record = build_record(doc, inp.source(), self.producer)
            warning = guess_language(inp.text).warning()  # the rules read French only
            if warning is not None:
                record.warnings.append(warning)
            yield record


def producer_of(nlp: Language) -> Producer:
    """This `dispatch` and the spaCy pipeline `nlp` (its language, name and version, as
    `fr_core_news_md 3.8.0`)."""
    meta = nlp.meta
    model = f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}".strip()
    return Producer(dispatch=__version__, model=model)
