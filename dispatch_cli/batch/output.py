"""Output files of a batch: where each goes, and atomic writes.

An output file is first written to a temporary file in its own folder and then renamed over
its final name, so a reader (or a run killed halfway) never sees a partial or empty output.
The JSON text itself is made by `records.jsonio.to_json`.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from types import FrameType

JSON_SUFFIX = ".json"
# Temporary files are `.NAME.json.PID.RANDOM.tmp`: hidden, and carrying the writer's
# process id, so a later run can tell a dead run's leftovers from a live run's files.
_TEMP_RE = re.compile(r"^\..+\.json\.(\d+)\.[^.]+\.tmp$")


def output_path(out_dir: Path, rel: str) -> Path:
    """Where the output of an input goes: its relative path (POSIX, from `InputRef.rel`),
    `.json` for its suffix, below `out_dir`: `2023/bakou.txt` gives `out_dir/2023/bakou.json`."""
    return out_dir.joinpath(*PurePosixPath(rel).with_suffix(JSON_SUFFIX).parts)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that `path` is either absent, its old content, or `data`.

    Missing folders are created; the data is written to a hidden temporary file in the same
    folder, synced to disk, given mode 0644 and renamed over `path`. Raises `OSError` when
    any step fails (the temporary file is then removed).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with _interrupt_deferred():
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())  # the rename must not reach the disk before the content
            os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are ordinary files
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


@contextlib.contextmanager
def _interrupt_deferred() -> Iterator[None]:
    """Hold a Ctrl-C (SIGINT) that arrives inside the block until the block ends, then raise
    it as `KeyboardInterrupt`.

    A KeyboardInterrupt can be raised between any two bytecodes: inside `mkstemp` after the
    file was created, or before the `try` that would remove it, leaving a temporary file
    behind. Only the main thread may change signal handlers; elsewhere the block runs as is.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(signum: int, _frame: FrameType | None) -> None:
        caught.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught and callable(previous):
            previous(signal.SIGINT, None)  # Python's default handler raises KeyboardInterrupt
        elif caught and previous == signal.SIG_DFL:
            raise KeyboardInterrupt


def recorded_sha256(path: Path) -> str | None:
    """The `source.sha256` (hex) an existing output records, or None (absent, unreadable,
    not a record). Never raises."""
    try:
        with open(path, "rb") as f:
            digest = json.load(f)["source"]["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return digest if isinstance(digest, str) else None


def remove_stale_temps(folder: Path) -> int:
    """Remove the temporary files a killed run left in `folder`; return how many.

    Only files whose writer process is gone are removed, so a run writing into the same
    folder at the same time keeps its own. Never raises: what cannot be listed or removed is
    left.
    """
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        m = _TEMP_RE.match(name)
        if not m or _alive(int(m.group(1))):
            continue
        try:
            os.unlink(folder / name)
            removed += 1
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
