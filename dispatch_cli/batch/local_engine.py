"""The batch engines of this machine: parse in this process, or in a pool of worker processes
(`dispatch parse --workers N`), each loading the pipeline once."""
from __future__ import annotations

import gc
import os
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from dispatch_cli.api import InputText
from dispatch_cli.batch.work import (
    CHUNKS_IN_FLIGHT_PER_WORKER,
    BatchAborted,
    BatchOptions,
    Chunk,
    Engine,
    Result,
    in_order,
    parse_texts,
    shared_parser,
    texts_of,
)

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

_worker_pretty = False
_worker_trace: str | None = None


def in_process(opts: BatchOptions, loaded: Callable[[], None] | None = None) -> Engine:
    """The engine that parses each chunk in this process, with its one parser (loaded at the
    first text: a resumed batch may need none; `loaded` is called once it is)."""

    def run(chunks: Iterator[Chunk]) -> Iterator[tuple[Chunk, list[Result]]]:
        for chunk in chunks:
            texts = texts_of(chunk)
            if not texts:
                yield chunk, []
                continue
            parser = shared_parser()
            if loaded is not None:
                loaded()
            yield chunk, parse_texts(parser, texts, opts.pretty, opts.trace)

    return run


def process_pool(opts: BatchOptions, loaded: Callable[[], None] | None = None
                 ) -> tuple[Engine, Callable[[bool], None]]:
    """The engine that parses chunks in `opts.workers` worker processes, and the function
    that stops them (told whether the batch ended normally: if not, the workers are
    terminated rather than awaited). The pool starts at the first chunk with something to
    parse; `loaded` is called once the pipeline is loaded, before the workers start. Its
    `run` raises `BatchAborted` when a worker process dies.

    The pipeline is loaded once, in this process, and the workers are forked from it: they
    share its memory copy-on-write and start parsing at once, instead of each spending
    seconds loading its own (on two cores, that load was paid twice before anything was
    parsed). Forking is safe because the batch process runs no other thread then (the
    progress bar draws itself when the batch advances, without a refresh thread, and the
    pool's own threads start after its processes) and the workers only parse and write to
    their pipe.
    The objects of the loaded pipeline are moved out of the garbage collector's reach
    (`gc.freeze`) first, so that a collection in a worker does not write to (and so copy)
    the pages they share; they are not collected first, as the `gc` documentation advises
    (a full collection there takes 0.05 s of the serial start and frees a dozen objects).
    """
    import multiprocessing

    executor: ProcessPoolExecutor | None = None  # started at the first text to parse
    alive_w: Connection | None = None

    def submit(texts: list[InputText]) -> Future[list[Result]]:
        nonlocal executor, alive_w
        if executor is None:
            shared_parser()  # load once, here, before forking
            if loaded is not None:
                loaded()
            gc.freeze()
            ctx = multiprocessing.get_context("fork")
            alive_r, alive_w = ctx.Pipe(duplex=False)
            executor = ProcessPoolExecutor(max_workers=opts.workers, mp_context=ctx, initializer=_init_worker,
                                           initargs=(opts.pretty, opts.trace, alive_r, alive_w))
        return executor.submit(_parse_in_worker, texts)

    def run(chunks: Iterator[Chunk]) -> Iterator[tuple[Chunk, list[Result]]]:
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
        gc.unfreeze()

    return run, close


def _init_worker(pretty: bool, trace: str | None, batch_alive: Connection, batch_alive_end: Connection) -> None:
    """Worker start: ignore Ctrl-C (the parent handles it once) and end with the batch. The
    pipeline is already there, inherited from the batch process; so is the write end of the
    pipe that tells the batch is alive, which only the batch process may hold: closed here."""
    global _worker_pretty, _worker_trace
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    batch_alive_end.close()
    _exit_with_batch(batch_alive)
    shared_parser()
    _worker_pretty, _worker_trace = pretty, trace


def _exit_with_batch(batch_alive: Connection) -> None:
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


def _parse_in_worker(texts: list[InputText]) -> list[Result]:
    return parse_texts(shared_parser(), texts, _worker_pretty, _worker_trace)


def _collect(chunk: Chunk, future: Future[list[Result]] | None) -> tuple[Chunk, list[Result]]:
    if future is None:
        return chunk, []
    try:
        return chunk, future.result()
    except BrokenProcessPool:
        raise BatchAborted("a worker process died unexpectedly (out of memory?); the outputs "
                           "written so far are complete: rerun with --resume") from None
