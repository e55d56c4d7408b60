"""The batch engine of `dispatch parse`: stream inputs through the parser, in one process or
several, and write each output as soon as it is ready.

Data flows in bounded chunks: the inputs are found lazily (`inputs.iter_inputs`), read and
decoded in this process a chunk at a time, parsed (here or in worker processes that each load
the pipeline once), and written in input order. At most a few chunks are in memory at any
time, however many files the batch holds. A failed input is counted and reported; it never
stops the others.
"""
from __future__ import annotations

import itertools
import json
import os
import signal
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterable, Iterator, TextIO, TypeVar

from dispatch_cli.batch.inputs import InputError, InputRef, count_inputs, iter_inputs, read_input
from dispatch_cli.batch.output import output_path, recorded_sha256, remove_stale_temps, to_json, write_atomic
from dispatch_cli.api import InputText

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from rich.console import Console

    from dispatch_cli.views.formats import Formatter
    from dispatch_cli.api import DispatchParser

# Inputs per chunk: one `DispatchParser.pipe` call in one process.
CHUNK_SIZE = 16
# With workers, smaller chunks keep the processes evenly busy; chunks in flight per worker
# bound how far reading runs ahead of parsing.
POOL_CHUNK_SIZE = 8
CHUNKS_IN_FLIGHT_PER_WORKER = 2
# Failures kept for the final summary; beyond that only counted (all are in --errors FILE).
MAX_LISTED_FAILURES = 1000


class BatchAborted(Exception):
    """The batch cannot go on (a worker process died); the message says why, for the user."""


@dataclass
class BatchOptions:
    """What `dispatch parse` asked for."""

    paths: tuple[str, ...]
    out_dir: Path | None = None  # None: JSON on stdout
    pretty: bool = False  # indented JSON (one input on stdout, or files) vs JSON Lines
    formatter: "Formatter | None" = None  # what stdout gets instead of the JSON (formats.py)
    year: int | None = None
    workers: int = 1
    resume: bool = False
    progress: bool = False  # a rich progress bar on stderr
    quiet: bool = False  # no summary: failures are then reported as they happen
    errors: TextIO | None = None  # failures as JSON Lines
    trace: str | None = None  # DISPATCH_TRACE: a log of every parsed path
    engine: str = "local"  # "local" (this process or a pool) or "dask" (dask_engine.py)
    scheduler: str | None = None  # --engine dask: a running scheduler's address, else a local cluster


@dataclass
class Failure:
    path: str
    error: str


@dataclass
class Summary:
    """The counts of a finished batch."""

    parsed: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def inputs(self) -> int:
        return self.parsed + self.skipped + self.failed


@dataclass
class _Item:
    """One input on its way through the batch."""

    ref: InputRef
    text: InputText | None = None  # to parse
    error: str | None = None  # failed before parsing
    skipped: bool = False  # --resume: its output is already there
    out: Path | None = None


# ---------------------------------------------------------------- parsing (any process)

_parser: "DispatchParser | None" = None
_worker_pretty = False
_worker_trace: str | None = None


def shared_parser() -> "DispatchParser":
    """This process's parser, loaded at its first use: one pipeline per process, however
    many batches the process runs."""
    global _parser
    if _parser is None:
        from dispatch_cli.api import DispatchParser

        _parser = DispatchParser(batch_size=CHUNK_SIZE)
    return _parser


def _init_worker(pretty: bool, trace: str | None, batch_alive: "Connection") -> None:
    """Worker start: ignore Ctrl-C (the parent handles it once), end with the batch, and
    load the pipeline once."""
    global _worker_pretty, _worker_trace
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_batch(batch_alive)
    shared_parser()
    _worker_pretty, _worker_trace = pretty, trace


def _exit_with_batch(batch_alive: "Connection") -> None:
    """End this worker when the batch process is gone, even by SIGKILL.

    A worker idle in the pool never notices its parent died, and each one holds a loaded
    pipeline. `batch_alive` is the read end of a pipe whose only write end the batch process
    holds: the kernel closes it when that process ends, however it ends, and the read end
    then reports end-of-file.
    """
    import threading

    def watch() -> None:
        try:
            batch_alive.poll(None)
        finally:
            os._exit(1)

    threading.Thread(target=watch, name="exit-with-batch", daemon=True).start()


def _parse_in_worker(texts: list[InputText]) -> list[tuple[bool, str]]:
    return parse_texts(shared_parser(), texts, _worker_pretty, _worker_trace)


def parse_texts(parser: "DispatchParser", texts: list[InputText], pretty: bool,
                trace: str | None = None) -> list[tuple[bool, str]]:
    """Parse a chunk of texts into `(True, json)` or `(False, cause)`, one per text, in order.

    The chunk goes through `pipe` at once; if the parser raises, the chunk is parsed again
    text by text so that only the text that breaks it fails.
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
        with open(trace, "a", encoding="utf-8") as f:
            f.write("".join(f"{t.path if t.path is not None else '-'}\n" for t in texts))
    return results


# ---------------------------------------------------------------- engines

Chunk = list[_Item]
F = TypeVar("F")  # what an engine's submit returns: a future of the chunk's results
Engine = Callable[[Iterator[Chunk]], Iterator[tuple[Chunk, list[tuple[bool, str]]]]]


def _texts(chunk: Chunk) -> list[InputText]:
    return [item.text for item in chunk if item.text is not None]


def _in_process(opts: BatchOptions) -> Engine:
    def run(chunks: Iterator[Chunk]) -> Iterator[tuple[Chunk, list[tuple[bool, str]]]]:
        for chunk in chunks:
            texts = _texts(chunk)
            # The parser is loaded at the first text: a resumed batch may need none.
            yield chunk, parse_texts(shared_parser(), texts, opts.pretty, opts.trace) if texts else []

    return run


def _pool(opts: BatchOptions) -> tuple[Engine, Callable[[bool], None]]:
    import multiprocessing

    # forkserver rather than fork: workers are forked from a small clean server process, not
    # from this one, which by then runs threads (the progress bar's refresh, the pool's own)
    # and holds open files (stdout, an output being written, --errors); forking a threaded
    # process can deadlock a child on a lock held by another thread. The cost is that each
    # worker imports spaCy itself (a second or two, in parallel).
    # Nothing is preloaded in the server: before Python 3.13 it ignores this process's
    # sys.path and has the working folder first on its own, so a preloaded dispatch_cli
    # could be another copy found in the working folder. Workers import after taking this
    # process's sys.path, so they run the same code as this process.
    executor: ProcessPoolExecutor | None = None  # started at the first text to parse
    alive_w: "Connection | None" = None

    def submit(texts: list[InputText]) -> Future:
        nonlocal executor, alive_w
        if executor is None:
            ctx = multiprocessing.get_context("forkserver")
            alive_r, alive_w = ctx.Pipe(duplex=False)
            executor = ProcessPoolExecutor(max_workers=opts.workers, mp_context=ctx, initializer=_init_worker,
                                           initargs=(opts.pretty, opts.trace, alive_r))
        return executor.submit(_parse_in_worker, texts)

    def run(chunks: Iterator[Chunk]) -> Iterator[tuple[Chunk, list[tuple[bool, str]]]]:
        return in_order(chunks, submit, _collect, lambda: opts.workers * CHUNKS_IN_FLIGHT_PER_WORKER)

    def close(ok: bool) -> None:
        if executor is None:
            return
        if ok:
            executor.shutdown(wait=True)
        else:
            # Interrupted: do not wait for the workers to finish their chunks. The executor
            # has no public way to stop them (terminate_workers() is Python 3.14), and
            # shutdown() forgets them: take them first.
            procs = list((getattr(executor, "_processes", None) or {}).values())
            executor.shutdown(wait=False, cancel_futures=True)
            for proc in procs:
                proc.terminate()
        assert alive_w is not None
        alive_w.close()

    return run, close


def in_order(chunks: Iterator[Chunk], submit: Callable[[list[InputText]], F],
             collect: Callable[[Chunk, F | None], tuple[Chunk, list[tuple[bool, str]]]],
             window: Callable[[], int]) -> Iterator[tuple[Chunk, list[tuple[bool, str]]]]:
    """The chunks' results in input order, with at most `window()` chunks submitted ahead.

    Submitting a bounded window ourselves (rather than a map, which submits every chunk up
    front) keeps reading only a few chunks ahead of parsing. `window` is asked each time, as
    an engine may learn how many workers it has only at its first `submit`.
    """
    pending: deque[tuple[Chunk, F | None]] = deque()
    for chunk in chunks:
        texts = _texts(chunk)
        pending.append((chunk, submit(texts) if texts else None))
        if len(pending) >= window():
            yield collect(*pending.popleft())
    while pending:
        yield collect(*pending.popleft())


def _collect(chunk: Chunk, future: Future | None) -> tuple[Chunk, list[tuple[bool, str]]]:
    if future is None:
        return chunk, []
    try:
        return chunk, future.result()
    except BrokenProcessPool:
        raise BatchAborted("a worker process died unexpectedly (out of memory?); the outputs "
                           "written so far are complete: rerun with --resume") from None


# ---------------------------------------------------------------- the batch


def run_batch(opts: BatchOptions, stdout: BinaryIO, stdin: BinaryIO | None = None,
              report: Callable[[str], None] | None = None) -> Summary:
    """Run one batch: parse every input, write its JSON, and return the counts.

    `stdout` receives JSON only (when there is no output folder); `report` gets the lines
    meant for stderr that cannot wait for the summary (failures, under --quiet).
    """
    started = time.monotonic()
    summary = Summary()
    progress = _Progress(opts.progress, count_inputs(opts.paths) if opts.progress else None)
    say = report or (lambda line: None)
    checked_dirs: set[Path] = set()
    # Two inputs can only map to the same output name when several arguments are given; the
    # names written are remembered only then, so one folder of any size costs no memory here.
    seen: set[Path] | None = set() if opts.out_dir is not None and len(opts.paths) > 1 else None

    def prepare(ref: InputRef) -> _Item:
        item = _Item(ref)
        if opts.out_dir is not None:
            item.out = output_path(opts.out_dir, ref.rel)
            if seen is not None:
                if item.out in seen:
                    item.error = f"output {item.out} is also the output of an earlier input"
                    return item
                seen.add(item.out)
        try:
            item.text = read_input(ref, opts.year, stdin)
        except InputError as exc:
            item.error = str(exc)
            return item
        if opts.resume and item.out is not None and recorded_sha256(item.out) == item.text.sha256:
            item.skipped, item.text = True, None
        return item

    def fail(item: _Item, cause: str) -> None:
        summary.failed += 1
        if len(summary.failures) < MAX_LISTED_FAILURES:
            summary.failures.append(Failure(item.ref.label, cause))
        if opts.errors is not None:
            opts.errors.write(json.dumps({"path": item.ref.label, "error": cause}, ensure_ascii=False) + "\n")
            opts.errors.flush()
        if opts.quiet:
            progress.print(say, f"error: {item.ref.label}: {cause}")

    def write(item: _Item, data: str, buffer: list[bytes]) -> None:
        if item.out is None:
            buffer.append(opts.formatter(data, item.text) if opts.formatter else data.encode("utf-8"))
        else:
            folder = item.out.parent
            if folder not in checked_dirs:
                checked_dirs.add(folder)
                remove_stale_temps(folder)
            try:
                write_atomic(item.out, data.encode("utf-8"))
            except OSError as exc:
                raise _WriteError(f"cannot write {item.out}: {exc.strerror or exc}") from None
        summary.parsed += 1

    engine, close, size = _engine(opts)
    chunks = _chunked((prepare(ref) for ref in iter_inputs(opts.paths)), size)
    ok = False
    try:
        with progress:
            for chunk, results in engine(chunks):
                buffer: list[bytes] = []
                parsed = iter(results)
                for item in chunk:
                    if item.error is not None:
                        fail(item, item.error)
                    elif item.skipped:
                        summary.skipped += 1
                    else:
                        good, data = next(parsed)
                        if not good:
                            fail(item, data)
                        else:
                            try:
                                write(item, data, buffer)
                            except _WriteError as exc:
                                fail(item, str(exc))
                    progress.advance(summary.failed)
                if buffer:
                    stdout.write(b"".join(buffer))
                    stdout.flush()
        ok = True
    finally:
        close(ok)
    summary.elapsed = time.monotonic() - started
    return summary


class _WriteError(Exception):
    pass


def _engine(opts: BatchOptions) -> tuple[Engine, Callable[[bool], None], int]:
    """The engine `opts` asks for, the function that closes it (told whether the batch
    ended normally), and the number of inputs per chunk it takes."""
    if opts.engine == "dask":
        from dispatch_cli.batch.dask_engine import dask_engine

        return (*dask_engine(opts), POOL_CHUNK_SIZE)
    if opts.workers > 1:
        return (*_pool(opts), POOL_CHUNK_SIZE)
    return _in_process(opts), lambda ok: None, CHUNK_SIZE


def _chunked(items: Iterable[_Item], size: int) -> Iterator[Chunk]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def format_summary(summary: Summary) -> str:
    """The end-of-batch report for stderr: each failure, then the counts and time."""
    lines = [f"error: {f.path}: {f.error}" for f in summary.failures]
    if summary.failed > len(summary.failures):
        lines.append(f"... and {summary.failed - len(summary.failures)} more failures")
    rate = summary.parsed / summary.elapsed if summary.elapsed > 0 else 0.0
    lines.append(f"{summary.parsed} parsed, {summary.skipped} skipped, {summary.failed} failed "
                 f"in {summary.elapsed:.1f} s ({rate:.1f} docs/s)")
    return "\n".join(lines)


class _Progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: bool, total: int | None, console: "Console | None" = None) -> None:
        self._bar = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeRemainingColumn)

        self._bar = Progress(
            TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
            _rate_column(), TextColumn("{task.fields[failed]} failed"), TimeRemainingColumn(),
            console=console or Console(stderr=True), transient=False,
        )
        self._task = self._bar.add_task("parse", total=total, failed=0)

    def __enter__(self) -> "_Progress":
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def advance(self, failed: int) -> None:
        if self._bar is not None:
            self._bar.update(self._task, advance=1, failed=failed)

    def print(self, say: Callable[[str], None], line: str) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            say(line)


def _rate_column():  # built lazily: rich is imported only when a bar is shown
    from rich.progress import ProgressColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task):  # type: ignore[no-untyped-def]
            # While running, rich's recent-window speed; at the end, the whole batch's rate.
            speed = task.completed / task.elapsed if task.finished and task.elapsed else task.speed
            return Text("-- docs/s" if speed is None else f"{speed:.1f} docs/s")

    return RateColumn()
