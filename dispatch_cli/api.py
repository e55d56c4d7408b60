"""The public parsing API: text in, `DispatchRecord` out.

`DispatchParser` owns one loaded spaCy pipeline and turns texts into records, one at a time
(`parse`) or streamed in batches through `nlp.pipe` (`pipe`). The CLI, the batch engine and
the tests all go through it, so the pipeline is loaded once per process.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator

from dispatch_cli.records.types import DispatchRecord

if TYPE_CHECKING:  # spaCy is heavy: import it only where a pipeline is built
    from spacy.language import Language


@dataclass
class InputText:
    """One decoded input and what is known of its origin."""

    text: str
    path: str | None = None
    encoding: str = "utf-8"
    sha256: str | None = None  # of the raw bytes; computed from the UTF-8 text when None
    year: int | None = None  # default year when the text has no ` date YYYY-MM ` line

    def digest(self) -> str:
        return self.sha256 or hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class DispatchParser:
    """Parse dispatches with one spaCy pipeline loaded once."""

    def __init__(self, nlp: "Language | None" = None, batch_size: int = 16) -> None:
        from dispatch_cli.nlp.pipeline import load_pipeline

        self.nlp = nlp if nlp is not None else load_pipeline()
        self.batch_size = batch_size

    def parse(self, text: str, *, path: str | None = None, year: int | None = None) -> DispatchRecord:
        """Parse one text."""
        return next(self.pipe([InputText(text=text, path=path, year=year)]))

    def pipe(self, inputs: Iterable[InputText]) -> Iterator[DispatchRecord]:
        """Parse a stream of inputs lazily, in order, batching them through `nlp.pipe`."""
        from dispatch_cli.records.build import extract_record
        from dispatch_cli.nlp.pipeline import docs_for

        for inp, doc in docs_for(self.nlp, inputs, batch_size=self.batch_size):
            yield extract_record(doc, inp)
