"""`dispatch parse --engine dask` on a real two-worker `distributed.LocalCluster`, started
once for this module: the same bytes as the local engine, JSON Lines in input order, a
worker killed mid-batch, and the message when Dask is not installed."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from dispatch_cli.api import InputText
from dispatch_cli.batch import dask_engine, work
from dispatch_cli.batch.inputs import InputRef
from dispatch_cli.batch.work import BatchAborted, BatchOptions, Item
from dispatch_cli.cli import main
from test_batch_runner import dispatch_text, tree

GOOD = 120
BAD = "bad/binary.txt"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """GOOD generated dispatches in two folders, and one binary file."""
    root = tmp_path_factory.mktemp("dask-corpus") / "news"
    for folder in ("2018", "2019", "bad"):
        (root / folder).mkdir(parents=True)
    for i in range(GOOD):
        (root / f"{2018 + i % 2}" / f"d{i:03}.txt").write_text(dispatch_text(i), encoding="utf-8")
    (root / BAD).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return root


@pytest.fixture(scope="module")
def cluster():
    """A two-worker cluster of processes on the loopback interface, and a client to it."""
    distributed = pytest.importorskip("distributed")
    # The cluster the engine itself starts without --scheduler.
    with dask_engine.local_cluster(2) as cluster, distributed.Client(cluster, set_as_default=False) as client:
        yield cluster.scheduler_address, client


@pytest.fixture(scope="module")
def local(corpus, tmp_path_factory, parser) -> Path:
    """The folder's outputs by the local engine, in this process."""
    out = tmp_path_factory.mktemp("local-out")
    result = CliRunner().invoke(main, ["parse", str(corpus), "-o", str(out)])
    assert result.exit_code == 1, result.stderr
    return out


def run_dask(scheduler: str, *args: str):
    return CliRunner().invoke(main, ["parse", *args, "--engine", "dask", "--scheduler", scheduler])


@pytest.mark.slow
def test_dask_writes_the_local_engines_bytes(cluster, corpus, local, tmp_path):
    out, errors = tmp_path / "out", tmp_path / "errors.jsonl"
    result = run_dask(cluster[0], str(corpus), "-o", str(out), "--errors", str(errors))
    assert result.exit_code == 1
    assert f"{GOOD} parsed, 0 skipped, 1 failed" in result.stderr
    assert f"error: {corpus / BAD}: binary file" in result.stderr
    assert [json.loads(line)["path"] for line in errors.read_text().splitlines()] == [str(corpus / BAD)]
    outputs = tree(out)
    assert len(outputs) == GOOD and outputs == tree(local)  # no temporary file left either

    # Resumed with everything done, the batch needs no cluster: none is reached.
    again = run_dask("tcp://127.0.0.1:1", str(corpus), "-o", str(out), "--resume")
    assert f"0 parsed, {GOOD} skipped, 1 failed" in again.stderr


@pytest.mark.slow
def test_json_lines_in_input_order_from_a_real_process(cluster, corpus, parser):
    args = ["parse", str(corpus), "--jsonl", "-q"]
    expected = CliRunner().invoke(main, args).stdout
    proc = subprocess.run([sys.executable, "-m", "dispatch_cli", *args, "--engine", "dask",
                           "--scheduler", cluster[0]], capture_output=True, timeout=300)
    assert proc.returncode == 1
    assert proc.stderr.decode() == f"error: {corpus / BAD}: binary file (NUL byte at offset 8)\n"
    assert proc.stdout.decode() == expected
    assert len(expected.splitlines()) == GOOD


@pytest.mark.slow
def test_chunks_in_flight_are_bounded(cluster, parser):
    """Reading runs only a window of chunks ahead of the results, however long the batch."""
    pulled = 0

    def chunks():
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield [Item(InputRef(f"d{i}.txt", f"d{i}.txt"), text=InputText(dispatch_text(i), path=f"d{i}.txt"))]

    engine, close = dask_engine.dask_engine(BatchOptions(paths=(), engine="dask", scheduler=cluster[0]))
    try:
        chunk, results = next(engine(chunks()))
    finally:
        close(False)
    assert chunk[0].ref.path == "d0.txt" and results[0][0] is True
    assert pulled == 2 * work.CHUNKS_IN_FLIGHT_PER_WORKER  # two one-thread workers


@pytest.mark.slow
def test_a_worker_killed_mid_batch_loses_no_file(cluster, corpus, local, tmp_path):
    """SIGKILL one worker process once outputs appear: its chunks are run again elsewhere and
    the batch ends with every output. (The cluster is left with a restarted worker.)"""
    scheduler, client = cluster
    victim = sorted(client.run(os.getpid).values())[0]
    out = tmp_path / "out"
    seen_at_kill: list[int] = []

    def kill_when_outputs_appear() -> None:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            done = len(list(out.rglob("*.json"))) if out.exists() else 0
            if done >= 8:
                os.kill(victim, signal.SIGKILL)
                seen_at_kill.append(done)
                return
            time.sleep(0.02)

    killer = threading.Thread(target=kill_when_outputs_appear, daemon=True)
    killer.start()
    result = run_dask(scheduler, str(corpus), "-o", str(out))
    killer.join()
    assert seen_at_kill and seen_at_kill[0] < GOOD, "the batch ended before the worker was killed"
    assert result.exit_code == 1 and f"{GOOD} parsed, 0 skipped, 1 failed" in result.stderr
    assert tree(out) == tree(local)
    client.wait_for_workers(2, timeout=120)
    assert victim not in client.run(os.getpid).values()


@pytest.mark.slow
def test_the_local_cluster_is_the_batchs_own(cluster):
    """What the engine starts without --scheduler: loopback only, workers (the restarted one
    too) that leave Ctrl-C to the batch and keep glibc's malloc trimming, and Dask's
    allowed-failures."""
    scheduler, client = cluster
    assert scheduler.startswith("tcp://127.0.0.1:")
    states = list(client.run(_worker_state).values())
    assert states == [{"host": "127.0.0.1", "sigint_ignored": True, "trim": None}] * 2
    assert client.run_on_scheduler(_allowed_failures) == dask_engine.ALLOWED_FAILURES
    assert client.run_on_scheduler(_http_hosts) == {"127.0.0.1"}  # its health and metrics


def _worker_state(dask_worker) -> dict:
    return {"host": dask_worker.address.split("://")[1].rsplit(":", 1)[0],
            "sigint_ignored": signal.getsignal(signal.SIGINT) == signal.SIG_IGN,
            "trim": os.environ.get("MALLOC_TRIM_THRESHOLD_")}


def _allowed_failures(dask_scheduler) -> int:
    return dask_scheduler.allowed_failures


def _http_hosts(dask_scheduler) -> set[str]:
    from distributed.comm.utils import get_tcp_server_addresses

    return {address[0] for address in get_tcp_server_addresses(dask_scheduler.http_server)}


@pytest.mark.slow
def test_without_scheduler_a_local_cluster_is_started_and_stopped(corpus, local, tmp_path):
    pytest.importorskip("distributed")
    import psutil  # a dependency of distributed

    before = {p.pid for p in psutil.Process().children(recursive=True)}
    out = tmp_path / "out"
    files = [str(corpus / "2018" / f"d{i:03}.txt") for i in (0, 2, 4)]
    result = CliRunner().invoke(main, ["parse", *files, "-o", str(out), "--engine", "dask", "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("3 parsed, 0 skipped, 0 failed")
    assert tree(out) == {f"d{i:03}.json": (local / "2018" / f"d{i:03}.json").read_bytes() for i in (0, 2, 4)}
    assert not _live_workers(psutil, before)


def _live_workers(psutil, known: set[int]) -> list[int]:
    """The worker processes below this one not in `known` (multiprocessing's resource
    tracker is not one: it stays, by design)."""
    found = []
    for proc in psutil.Process().children(recursive=True):
        try:
            if (proc.pid not in known and "spawn_main" in " ".join(proc.cmdline())
                    and proc.status() != psutil.STATUS_ZOMBIE):
                found.append(proc.pid)
        except psutil.NoSuchProcess:
            pass
    return found


# ------------------------------------------------------------------ without a cluster


def test_missing_extra_is_one_line_and_exit_2(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed: import fails
    (tmp_path / "d.txt").write_text(dispatch_text(0), encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "d.txt"), "--engine", "dask"])
    assert result.exit_code == 2
    assert result.stderr == "error: --engine dask needs Dask: pip install 'dispatch-cli[dask]'\n"
    assert result.stdout == ""


@pytest.mark.parametrize("args, message", [
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler goes with --engine dask"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"],
     "the cluster at --scheduler has its own workers"),
])
def test_usage_errors_exit_2(args, message):
    result = CliRunner().invoke(main, ["parse", "x.txt", *args])
    assert result.exit_code == 2 and message in result.stderr


def test_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    dask = pytest.importorskip("dask")
    (tmp_path / "d.txt").write_text(dispatch_text(0), encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = run_dask("tcp://127.0.0.1:1", str(tmp_path / "d.txt"))
    assert result.exit_code == 1 and not (tmp_path / "d.json").exists()
    assert result.stderr.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:1: ")
    assert len(result.stderr.splitlines()) == 1


class _Failed:
    """A stand-in for a Dask future whose task failed with `exc`."""

    def __init__(self, exc: Exception) -> None:
        self.exc, self.released = exc, False

    def result(self):
        raise self.exc

    def release(self) -> None:
        self.released = True


def test_a_chunk_that_keeps_killing_workers_fails_its_files_only():
    pytest.importorskip("distributed")
    from distributed.scheduler import KilledWorker

    chunk = [Item(InputRef("a.txt", "a.txt"), text=InputText("a")), Item(InputRef("b.txt", "b.txt"), error="x"),
             Item(InputRef("c.txt", "c.txt"), text=InputText("c"))]
    future = _Failed(KilledWorker("parse_chunk-1", "tcp://127.0.0.1:1", "died"))
    _, results = dask_engine._collect(chunk, future)
    assert [ok for ok, _ in results] == [False, False]  # one result per text to parse
    assert "worker processes kept dying" in results[0][1] and future.released
    with pytest.raises(BatchAborted, match="rerun with --resume"):
        dask_engine._collect(chunk, _Failed(OSError("scheduler lost")))
