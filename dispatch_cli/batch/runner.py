"""The batch runner of `dispatch parse`: stream inputs through an engine, and write each
output as soon as it is ready.

Data flows in bounded chunks: the inputs are found lazily (`inputs.iter_inputs`), read and
decoded in this process a chunk at a time, parsed by an engine (`local_engine`: here or in
worker processes that each load the pipeline once; `dask_engine`: on a Dask cluster), and
written in input order. At most a few chunks are in memory at any time, however many files
the batch holds. A failed input is counted and reported; it never stops the others. A sink
(`--db`) is handed each record and failure too, and commits once per chunk.
"""
from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from dispatch_cli.api import InputText
from dispatch_cli.batch.inputs import InputError, InputRef, count_inputs, iter_inputs, read_input
from dispatch_cli.batch.local_engine import in_process, process_pool
from dispatch_cli.batch.output import output_path, recorded_sha256, remove_stale_temps, write_atomic
from dispatch_cli.batch.work import CHUNK_SIZE, POOL_CHUNK_SIZE, BatchOptions, Chunk, Engine, Item
from dispatch_cli.records.jsonio import warnings_of
from dispatch_cli.records.printable import error_line, printable_path

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, ProgressColumn

# Failures kept for the final summary; beyond that only counted (all are in --errors FILE).
MAX_LISTED_FAILURES = 1000


@dataclass
class Failure:
    """An input that failed (or was skipped): how messages name it, and the cause."""

    path: str
    error: str


@dataclass
class Summary:
    """The counts of a finished batch; `elapsed` is in seconds."""

    parsed: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)  # the first MAX_LISTED_FAILURES
    # Inputs skipped for a reason worth telling (a pipe found in a folder), not those that
    # --resume skips; the first MAX_LISTED_FAILURES.
    skips: list[Failure] = field(default_factory=list)
    warned: int = 0  # parsed inputs whose record has warnings (not French, ...)
    elapsed: float = 0.0
    loading: float | None = None  # seconds until the pipeline was loaded; None if it was not

    @property
    def inputs(self) -> int:
        """How many inputs the batch met: parsed, skipped or failed."""
        return self.parsed + self.skipped + self.failed

    @property
    def rate(self) -> float:
        """Documents parsed per second of parsing: the pipeline's load is not counted."""
        parsing = self.elapsed - (self.loading or 0.0)
        return self.parsed / parsing if parsing > 0 else 0.0


# ---------------------------------------------------------------- the batch


def run_batch(opts: BatchOptions, stdout: BinaryIO, stdin: BinaryIO | None = None,
              report: Callable[[str], None] | None = None) -> Summary:
    """Run one batch: parse every input, write its JSON, and return the counts.

    `stdout` receives JSON only (when there is no output folder), or what `opts.formatter`
    makes of it; `stdin` is read for the input `-` (default: this process's stdin); `report`
    gets the lines meant for stderr that cannot wait for the summary (a record's warnings,
    and failures under --quiet), each one line (`records.printable.error_line`). A failed
    input is counted in the summary, never raised. Raises `BatchAborted` when the engine
    cannot go on (the outputs written until then are complete), `KeyboardInterrupt` on
    Ctrl-C (worker processes are stopped first), and what writing to `stdout` raises
    (`BrokenPipeError` for a closed pipe).
    """
    started = time.monotonic()
    summary = Summary()
    progress = _Progress(opts.progress, count_inputs(opts.paths) if opts.progress else None)

    def loaded() -> None:  # called once, maybe from an engine's thread, when a pipeline is ready
        if summary.loading is None:
            summary.loading = time.monotonic() - started
            progress.loaded()

    say = report or (lambda line: None)
    checked_dirs: set[Path] = set()
    # Two inputs can only map to the same output name when several arguments are given; the
    # names written are remembered only then, so one folder of any size costs no memory here.
    seen: set[Path] | None = set() if opts.out_dir is not None and len(opts.paths) > 1 else None

    def prepare(ref: InputRef) -> Item:
        item = Item(ref)
        if ref.skip is not None:
            item.skipped = True
            return item
        if opts.out_dir is not None:
            item.out = output_path(opts.out_dir, ref.rel)
            if ref.same_output_as is not None:
                item.error = f"output {item.out} is also the output of {ref.same_output_as}"
                return item
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
        if opts.resume and written(item.out, item.text):
            item.skipped, item.text = True, None
        return item

    def written(out: Path | None, text: InputText) -> bool:
        """--resume: whether each destination (output file, sink) already has this input."""
        if out is None and opts.sink is None:
            return False
        return ((out is None or recorded_sha256(out) == text.sha256)
                and (opts.sink is None or opts.sink.has(text.digest())))

    def fail(item: Item, cause: str) -> None:
        summary.failed += 1
        if len(summary.failures) < MAX_LISTED_FAILURES:
            summary.failures.append(Failure(item.ref.label, cause))
        if opts.errors is not None:
            # JSON escapes control characters; undecodable bytes are written as \xHH.
            failure = {"path": printable_path(item.ref.label), "error": printable_path(cause)}
            opts.errors.write(json.dumps(failure, ensure_ascii=False) + "\n")
            opts.errors.flush()
        if opts.quiet:
            progress.print(say, error_line(item.ref.label, cause))
        if opts.sink is not None:
            opts.sink.fail(item.ref.label, cause)

    def skip(item: Item) -> None:
        summary.skipped += 1
        if item.ref.skip is not None and len(summary.skips) < MAX_LISTED_FAILURES:
            summary.skips.append(Failure(item.ref.label, item.ref.skip))

    def warn(item: Item, data: str) -> None:
        warnings = warnings_of(data)
        if warnings:
            summary.warned += 1
            for warning in warnings:
                progress.print(say, error_line(item.ref.label, warning, "warning"))

    def write(item: Item, data: str, buffer: list[bytes]) -> None:
        assert item.text is not None  # only parsed items are written
        if item.out is None:
            if opts.stdout:
                buffer.append(opts.formatter(data, item.text.text) if opts.formatter else data.encode("utf-8"))
        else:
            folder = item.out.parent
            if folder not in checked_dirs:
                checked_dirs.add(folder)
                remove_stale_temps(folder)
            try:
                write_atomic(item.out, data.encode("utf-8"))
            except OSError as exc:
                raise _WriteError(f"cannot write {item.out}: {exc.strerror or exc}") from None
        if opts.sink is not None:
            opts.sink.add(data, item.text.text)
        summary.parsed += 1
        warn(item, data)

    engine, close, size = _engine(opts, loaded)
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
                        skip(item)
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
                if opts.sink is not None:
                    opts.sink.commit()
                if buffer:
                    stdout.write(b"".join(buffer))
                    stdout.flush()
        ok = True
    finally:
        close(ok)
    summary.elapsed = time.monotonic() - started
    return summary


class _WriteError(Exception):
    """An output file that cannot be written; the message is the cause, for the user."""


def _engine(opts: BatchOptions, loaded: Callable[[], None]) -> tuple[Engine, Callable[[bool], None], int]:
    """The engine `opts` asks for, the function that closes it (told whether the batch
    ended normally), and the number of inputs per chunk it takes. The engine calls `loaded`
    when a pipeline is ready to parse (the first, with several workers)."""
    if opts.engine == "dask":
        from dispatch_cli.batch.dask_engine import dask_engine

        return (*dask_engine(opts, loaded), POOL_CHUNK_SIZE)
    if opts.workers > 1:
        return (*process_pool(opts, loaded), POOL_CHUNK_SIZE)
    return in_process(opts, loaded), lambda ok: None, CHUNK_SIZE


def _chunked(items: Iterable[Item], size: int) -> Iterator[Chunk]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def format_summary(summary: Summary) -> str:
    """The end-of-batch report for stderr, without a final newline: each listed skip
    (`skipped: PATH: reason`) and failure (`error: PATH: cause`), each on one line, a count
    of those not listed, then the counts, the time in seconds (with the pipeline's load,
    when there was one) and the rate in documents per second of parsing, load excluded."""
    lines = [error_line(f.path, f.error, "skipped") for f in summary.skips]
    lines += [error_line(f.path, f.error) for f in summary.failures]
    if summary.failed > len(summary.failures):
        lines.append(f"... and {summary.failed - len(summary.failures)} more failures")
    warned = f" ({summary.warned} with warnings)" if summary.warned else ""
    load = f"load {summary.loading:.1f} s, " if summary.loading is not None else ""
    lines.append(f"{summary.parsed} parsed{warned}, {summary.skipped} skipped, {summary.failed} failed "
                 f"in {summary.elapsed:.1f} s ({load}{summary.rate:.1f} docs/s)")
    return "\n".join(lines)


class _Progress:
    """A rich progress bar on stderr, or nothing.

    Until the engine says a pipeline is loaded (`loaded`), the bar says so; then it counts
    files done of the total, with the rate and the time left measured from the end of the
    load. The bar is drawn when the batch advances, not by a refresh thread: the process
    pool forks its workers from this process, which must then run no other thread.
    """

    def __init__(self, enabled: bool, total: int | None, console: Console | None = None) -> None:
        self._bar: Progress | None = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        counts = _while_parsing(BarColumn(), MofNCompleteColumn(), TextColumn("files"), _rate_column(),
                                TextColumn("{task.fields[failed]} failed"), TimeRemainingColumn())
        self._bar = Progress(TextColumn("{task.description}"), *counts, auto_refresh=False,
                             console=console or Console(stderr=True), transient=False)
        self._task = self._bar.add_task("loading the French pipeline…", total=total, failed=0, loading=True)

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self.loaded()  # nothing to parse (all skipped or failed): show the counts anyway
            self._bar.stop()

    def loaded(self) -> None:
        """The pipeline is ready: from now on the bar counts files and measures the rate."""
        if self._bar is not None and self._bar.tasks[0].fields["loading"]:
            # Rich measures speed from the progress samples and the task's start: restart
            # them at the load's end (reset replaces the fields: give them all).
            task = self._bar.tasks[0]
            self._bar.reset(self._task, start=True, description="parsing", completed=int(task.completed),
                            loading=False, failed=task.fields["failed"])
            self._bar.refresh()

    def advance(self, failed: int) -> None:
        if self._bar is not None:
            self._bar.update(self._task, advance=1, failed=failed, refresh=True)

    def print(self, say: Callable[[str], None], line: str) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            say(line)


def _while_parsing(*columns: ProgressColumn) -> list[ProgressColumn]:
    """The columns, each shown only once the pipeline is loaded."""
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class WhileParsing(ProgressColumn):
        def __init__(self, column: ProgressColumn) -> None:
            super().__init__()
            self.column = column

        def render(self, task: Task) -> Text:
            return Text("") if task.fields.get("loading") else self.column.render(task)  # type: ignore[return-value]

    return [WhileParsing(column) for column in columns]


def _rate_column() -> ProgressColumn:  # built lazily: rich is imported only when a bar is shown
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            # While running, rich's recent-window speed; at the end, the whole batch's rate
            # from the end of the load.
            # (the task was restarted then, so its finished_time counts parsing time only).
            speed = task.speed
            if task.finished and task.finished_time:
                speed = task.completed / task.finished_time
            return Text("-- docs/s" if speed is None else f"{speed:.1f} docs/s")

    return RateColumn()
