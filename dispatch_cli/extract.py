"""From an annotated spaCy Doc to a `DispatchRecord`."""
from __future__ import annotations

from spacy.tokens import Doc

from dispatch_cli.dateline import read_dateline, read_headline
from dispatch_cli.parser import InputText
from dispatch_cli.records import DispatchRecord, Source


def extract_record(doc: Doc, inp: InputText) -> DispatchRecord:
    """Read everything the record holds off one processed Doc."""
    text = inp.text
    dateline = read_dateline(text, inp.year)
    return DispatchRecord(
        source=Source(path=inp.path, sha256=inp.digest(), encoding=inp.encoding, chars=len(text)),
        headline=read_headline(text, dateline),
        dateline=dateline,
    )
