"""What every batch engine shares: the batch's options, its units of work and the parsing.

The batch runner (`runner.py`) reads inputs into `Item`s, groups them into chunks and hands
the chunks to an engine: this process (`local_engine.in_process`), a local process pool
(`local_engine.process_pool`) or a Dask cluster (`dask_engine.dask_engine`). Whatever the
engine, a chunk's texts are parsed by `parse_texts` with the process's one parser
(`shared_parser`), and the results come back in input order through `in_order`. The engines
import this module; this module imports no engine.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO, TypeVar

from dispatch_cli.api import InputText
from dispatch_cli.batch.inputs import InputRef
from dispatch_cli.records.jsonio import to_json
from dispatch_cli.records.printable import one_line

if TYPE_CHECKING:
    from dispatch_cli.api import DispatchParser
    from dispatch_cli.records.types import DispatchRecord

# Inputs per chunk: one `DispatchParser.pipe` call in one process.
CHUNK_SIZE = 16
# With workers, smaller chunks keep the processes evenly busy: at the end of a batch one
# worker waits for the other's last chunk, half a chunk on average (at 8 texts, 0.2-0.5 s of a
# 15 s run on two cores); chunks in flight per worker bound how far reading runs ahead of parsing.
POOL_CHUNK_SIZE = 4
CHUNKS_IN_FLIGHT_PER_WORKER = 2


class BatchAborted(Exception):
    """The batch cannot go on (a worker process died, the cluster failed); the message says
    why, for the user."""


@dataclass
class BatchOptions:
    """What `dispatch parse` asked for."""

    paths: tuple[str, ...]
    out_dir: Path | None = None  # None: JSON on stdout
    pretty: bool = False  # indented JSON (one input on stdout, or files) vs JSON Lines
    # What stdout gets instead of the JSON: (JSON text of one record, its source text) ->
    # bytes, as made by `views.formats.make_formatter`; None writes the JSON as it is.
    formatter: Callable[[str, str], bytes] | None = None
    year: int | None = None
    workers: int = 1
    resume: bool = False
    progress: bool = False  # a rich progress bar on stderr
    quiet: bool = False  # no summary: failures are then reported as they happen
    errors: TextIO | None = None  # failures as JSON Lines
    trace: str | None = None  # DISPATCH_TRACE: a log of every parsed path
    engine: str = "local"  # "local" (this process or a pool) or "dask" (dask_engine.py)
    scheduler: str | None = None  # --engine dask: a running scheduler's address, else a local cluster
    sink: RecordSink | None = None  # --db: where the records are stored too
    stdout: bool = True  # without out_dir: False writes the records to the sink only


class RecordSink(Protocol):
    """Where a batch stores its records besides the JSON (`dispatch parse --db`): told of
    each record and each failure, and committed once per chunk, after the chunk's outputs
    are written. Implemented by `archive.writer.Archive`, which the command opens."""

    def has(self, sha256: str) -> bool:
        """Whether a record of these input bytes is stored (--resume skips the input)."""
        ...

    def add(self, record: str, text: str) -> None:
        """A parsed input: its JSON text and the decoded text it was parsed from."""
        ...

    def fail(self, path: str, error: str) -> None:
        """An input that failed, as messages name it, and the cause."""
        ...

    def commit(self) -> None:
        """Store what the chunk's calls gave, at once."""
        ...


@dataclass
class Item:
    """One input on its way through the batch."""

    ref: InputRef
    text: InputText | None = None  # to parse
    error: str | None = None  # failed before parsing
    skipped: bool = False  # --resume: its output is already there
    out: Path | None = None


Chunk = list[Item]
# The outcome of parsing one text: (True, its JSON text) or (False, the cause of the failure).
Result = tuple[bool, str]
# An engine takes the chunks in input order and yields each chunk with the results of its
# texts to parse (the items with a `text`), one result per such item, in order.
Engine = Callable[[Iterator[Chunk]], Iterator[tuple[Chunk, list[Result]]]]
F = TypeVar("F")  # what an engine's submit returns: a future of the chunk's results


class RecordParser(Protocol):
    """What `parse_texts` needs of a parser: `DispatchParser.pipe`."""

    def pipe(self, inputs: Iterable[InputText]) -> Iterator[DispatchRecord]:
        """One record per input, lazily, in input order."""
        ...


# ---------------------------------------------------------------- parsing (any process)

_parser: DispatchParser | None = None


def loaded() -> bool:
    """Whether this process has loaded its parser."""
    return _parser is not None


def shared_parser() -> DispatchParser:
    """This process's parser, loaded at its first use: one pipeline per process, however
    many batches the process runs. Loading takes seconds (spaCy and the rule model)."""
    global _parser
    if _parser is None:
        from dispatch_cli.api import DispatchParser

        _parser = DispatchParser(batch_size=CHUNK_SIZE)
    return _parser


def parse_texts(parser: RecordParser, texts: list[InputText], pretty: bool,
                trace: str | None = None) -> list[Result]:
    """Parse a chunk of texts into `(True, json)` or `(False, cause)`, one per text, in order.

    `json` is `records.jsonio.to_json` of the record (indented when `pretty`, else one
    line; newline-terminated). The chunk goes through `pipe` at once; if the parser raises,
    the chunk is parsed again text by text so that only the text that breaks it fails, with
    the cause `parser error: TYPE: message`. Never raises for a parser error; `trace` names
    a file to which each text's path (`-` for stdin) is appended, one per line.
    """
    try:
        results = [(True, to_json(r.to_dict(), pretty)) for r in parser.pipe(texts)]
    except Exception:
        results = []
        for text in texts:
            try:
                results.append((True, to_json(next(parser.pipe([text])).to_dict(), pretty)))
            except Exception as exc:  # a parser bug on one text must not stop the batch
                results.append((False, f"parser error: {type(exc).__name__}: {exc}"))
    if trace:
        # A debugging aid (DISPATCH_TRACE=FILE): which inputs were parsed, by any process.
        # Lines shorter than PIPE_BUF, appended with O_APPEND, do not interleave.
        # Paths are written as in error lines (`records.printable.one_line`): one line each.
        # The command checks that the file can be written; one that cannot (removed since)
        # is the aid's loss, not the batch's.
        try:
            with open(trace, "a", encoding="utf-8") as f:
                f.write("".join(f"{one_line(t.path) if t.path is not None else '-'}\n" for t in texts))
        except OSError:
            pass
    return results


def texts_of(chunk: Chunk) -> list[InputText]:
    """The texts of a chunk's items that are to be parsed, in order."""
    return [item.text for item in chunk if item.text is not None]


def in_order(chunks: Iterator[Chunk], submit: Callable[[list[InputText]], F],
             collect: Callable[[Chunk, F | None], tuple[Chunk, list[Result]]],
             window: Callable[[], int]) -> Iterator[tuple[Chunk, list[Result]]]:
    """The chunks' results in input order, with at most `window()` chunks submitted ahead.

    `submit` starts the parsing of a chunk's texts and returns a handle (a future);
    `collect` turns a chunk and its handle (None when the chunk had nothing to parse) into
    the chunk and its results, raising `BatchAborted` if the engine cannot go on.
    Submitting a bounded window ourselves (rather than a map, which submits every chunk up
    front) keeps reading only a few chunks ahead of parsing. `window` is asked each time, as
    an engine may learn how many workers it has only at its first `submit`.
    """
    pending: deque[tuple[Chunk, F | None]] = deque()
    for chunk in chunks:
        texts = texts_of(chunk)
        pending.append((chunk, submit(texts) if texts else None))
        if len(pending) >= window():
            yield collect(*pending.popleft())
    while pending:
        yield collect(*pending.popleft())
