"""`dispatch parse --engine dask`: the batch's chunks parsed on a Dask cluster.

This is one more engine for `runner.run_batch`: inputs are still found, read and decoded
here, and the outputs written here, a chunk at a time and in input order; only the parsing
runs on the cluster's workers. Each worker process loads the pipeline once, at its first
chunk (`work.shared_parser`), and keeps it for every later chunk. The cluster is the one at
`--scheduler ADDRESS`, or a `distributed.LocalCluster` started for the batch with one worker
process per core on the loopback interface.

A worker that dies mid-batch is replaced (by its nanny) and the scheduler hands its chunks to
the workers left; a chunk on which workers died more than `ALLOWED_FAILURES` times fails its
files, each with that cause, and the batch goes on. Dask is an optional extra: nothing here
imports it before the engine is asked for.
"""
from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator
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
)

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

EXTRA = "dask"
MISSING = f"--engine dask needs Dask: pip install 'dispatch-cli[{EXTRA}]'"
# Deaths of a worker holding a chunk before the chunk itself is blamed (Dask's default, set
# here for the local cluster; a running scheduler keeps its own setting). One death is an
# accident (out of memory, a lost machine) and the chunk is simply run again elsewhere; a
# chunk that kills a fourth worker would go on killing them.
ALLOWED_FAILURES = 3
# The local cluster's settings (its workers take the config in force when it starts).
LOCAL_CLUSTER_CONFIG = {
    "distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
    # Dask has glibc hand freed memory back to the system past 64 KiB; spaCy allocates and
    # frees many small blocks per document, and parsing then costs some 15% more CPU. The
    # batch's memory is bounded by its window of chunks anyway: keep glibc's own threshold.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # A sampling profiler for the dashboard, which the local cluster does not have.
    "distributed.worker.profile.enabled": False,
}


class DaskMissing(Exception):
    """The `dask` extra is not installed."""


def require_dask() -> None:
    """Raise `DaskMissing` (its message says what to install) unless Dask can be used."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise DaskMissing(MISSING) from None


# ---------------------------------------------------------------- on a worker

# A worker may run several tasks at once (`--nthreads`); one parser per process is shared,
# and spaCy pipelines are not documented as safe to share between threads.
_parse_lock = threading.Lock()


def dask_setup(worker: object) -> None:
    """Run by each worker process of the local cluster as it starts (Dask's preload hook).

    Ctrl-C in a terminal reaches the whole process group, the local cluster's workers too;
    stopping them is the batch's job (it closes the cluster), so they ignore it, as the
    local engine's workers do, rather than each printing a traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def parse_chunk(texts: list[InputText], pretty: bool, trace: str | None) -> list[Result]:
    """A chunk's results, computed on a worker with that worker process's one parser."""
    with _parse_lock:
        return parse_texts(shared_parser(), texts, pretty, trace)


# ---------------------------------------------------------------- in the batch process


def load_parser() -> None:
    """A task that loads the worker's parser, telling by completing that it is ready."""
    with _parse_lock:
        shared_parser()


def dask_engine(opts: BatchOptions, loaded: Callable[[], None] | None = None
                ) -> tuple[Engine, Callable[[bool], None]]:
    """The engine and its close function (which closes the client, and the local cluster if
    one was started) for `opts.scheduler`, or a local cluster of `opts.workers` processes.

    The cluster is reached (or started) at the first chunk that has something to parse, so
    a batch with nothing to parse needs none. Raises `DaskMissing` without the extra; the
    engine's `run` raises `BatchAborted` when the scheduler cannot be reached or the cluster
    fails. `loaded` is called (from another thread) when a first worker has its parser.
    """
    require_dask()
    client: Client | None = None
    cluster: LocalCluster | None = None
    window = 1
    probes: list[Future[None]] = []

    def submit(texts: list[InputText]) -> Future[list[Result]]:
        nonlocal client, cluster, window
        if client is None:
            client, cluster = _connect(opts)
            window = max(1, _threads(client)) * CHUNKS_IN_FLIGHT_PER_WORKER
            if loaded is not None:  # kept: a future nobody holds is cancelled
                probes.append(client.submit(load_parser, pure=False))
                probes[0].add_done_callback(lambda _: loaded())
        # pure=False: a task per chunk, never merged with another by a hash of its texts.
        return client.submit(parse_chunk, texts, opts.pretty, opts.trace, pure=False)

    def run(chunks: Iterator[Chunk]) -> Iterator[tuple[Chunk, list[Result]]]:
        return in_order(chunks, submit, _collect, lambda: window)

    def close(ok: bool) -> None:
        # On Ctrl-C too: closing the local cluster stops its workers at once.
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()

    return run, close


def _connect(opts: BatchOptions) -> tuple[Client, LocalCluster | None]:
    from distributed import Client

    if opts.scheduler is not None:
        try:
            return Client(opts.scheduler, set_as_default=False), None
        except (OSError, TimeoutError, ValueError) as exc:
            raise BatchAborted(f"cannot reach the Dask scheduler at {opts.scheduler}: {exc}") from None
    cluster = local_cluster(opts.workers)
    return Client(cluster, set_as_default=False), cluster


def local_cluster(workers: int) -> LocalCluster:
    """A `distributed.LocalCluster` for one batch: `workers` processes of one thread each,
    reachable on the loopback interface only, without a dashboard. Started before it is
    returned (seconds: each worker imports spaCy at its first chunk, not here); the caller
    closes it."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        # The cluster's own log lines stay quiet: it is the batch's, a worker that dies is
        # replaced and its chunks rerun, and what cannot be parsed is reported per file; a
        # worker left alone while the cluster stops would log a traceback otherwise.
        # The scheduler's small HTTP server (health and metrics; the dashboard is off)
        # starts anyway: on a free loopback port rather than 8787, which another cluster
        # may hold.
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                            silence_logs=logging.CRITICAL, preload=[__name__])


def _threads(client: Client) -> int:
    """How many chunks the cluster parses at once: its workers' threads."""
    workers = client.scheduler_info().get("workers", {})
    return sum(w.get("nthreads", 1) for w in workers.values())


def _collect(chunk: Chunk, future: Future[list[Result]] | None) -> tuple[Chunk, list[Result]]:
    from distributed.scheduler import KilledWorker

    if future is None:
        return chunk, []
    try:
        return chunk, future.result()
    except KilledWorker:
        count = sum(1 for item in chunk if item.text is not None)
        cause = "worker processes kept dying while parsing its chunk (out of memory?)"
        return chunk, [(False, cause)] * count
    except Exception as exc:  # the cluster itself failed: a lost scheduler, a worker that cannot import us
        raise BatchAborted(f"the Dask cluster failed: {type(exc).__name__}: {exc}; the outputs "
                           "written so far are complete: rerun with --resume") from None
    finally:
        future.release()
