"""The batch runner and its local engines on a folder of 300 generated dispatches mixed with bad
inputs, with one and two workers, killed and resumed, interrupted."""
from __future__ import annotations

import codecs
import io
import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from click.testing import CliRunner

from dispatch_cli.api import InputText
from dispatch_cli.batch import inputs, local_engine, runner, work
from dispatch_cli.batch.inputs import InputRef
from dispatch_cli.batch.runner import _Progress, run_batch
from dispatch_cli.batch.work import BatchOptions, parse_texts
from dispatch_cli.cli import main

DISPATCH = [sys.executable, "-m", "dispatch_cli"]
GOOD = 300

PLACES = ["Bakou", "Bruxelles", "Genève", "Ankara", "Paris", "Tachkent", "New York"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
PEOPLE = ["Jeyhoun Bayramov", "Hikmet Hadjiyev", "Mikayil Djabbarov", "Elmar Mammadyarov",
          "Sahiba Gafarova", "Ali Assadov"]
ROLES = ["ministre des Affaires étrangères", "assistant du président de la République",
         "ministre de l’Economie", "présidente du Milli Medjlis", "Premier ministre"]
SENTENCES = [
    "{p}, {r}, a rencontré {q} le {d} {m}.",
    "Le président Ilham Aliyev a reçu {q}, {r}.",
    "{p} a eu un entretien téléphonique avec son homologue {c}.",
    "Les parties ont discuté des perspectives de la coopération entre l’Azerbaïdjan et la {c}.",
    "Un mémorandum d’entente a été signé entre les deux pays à l’issue de la rencontre.",
]
COUNTRIES = ["Turquie", "France", "Belgique", "Hongrie", "Roumanie"]


def dispatch_text(i: int) -> str:
    """A short dispatch, varied by `i`: filing line (every third), dateline, 2-3 sentences."""
    pick = lambda seq, k=0: seq[(i * 7 + k) % len(seq)]  # noqa: E731
    fields = dict(p=pick(PEOPLE), q=pick(PEOPLE, 3), r=pick(ROLES), c=pick(COUNTRIES),
                  d=i % 28 + 1, m=pick(MONTHS, 1))
    head = f" date 20{18 + i % 7}-{i % 12 + 1:02} " if i % 3 == 0 else ""
    body = " ".join(pick(SENTENCES, k).format(**fields) for k in range(2 + i % 2))
    return f"{head}{pick(PLACES)}, {fields['d']} {fields['m']}, AZERTAC\n\n{body}\n"


# The bad inputs of the folder and the cause each must be reported with.
BAD = {
    "bad/binary.txt": "binary file (NUL byte at offset 8)",
    "bad/nul.txt": "binary file (NUL byte at offset 12)",
    "bad/undecodable.txt": "undecodable: neither UTF-8 nor a Western European encoding",
    "bad/broken.txt": "broken symbolic link (to nowhere.txt)",
    "bad/self-loop.txt": "symbolic link loop",
    "bad/unreadable.txt": "permission denied",
}
# Found in the folder but not read: skipped, and listed as such.
SKIPPED = {"bad/fifo.txt": "not a regular file (a FIFO)"}
ODD = {"odd/empty.txt": b"", "odd/cp1252.txt": dispatch_text(1).encode("cp1252"),
       "odd/bom.txt": codecs.BOM_UTF8 + dispatch_text(2).encode(),
       "odd/crlf.txt": dispatch_text(3).replace("\n", "\r\n").encode()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus") / "news"
    for i in range(GOOD):
        path = root / f"{2018 + i % 7}" / f"d{i:03}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dispatch_text(i), encoding="utf-8")
    (root / "bad").mkdir()
    (root / "odd").mkdir()
    (root / "bad" / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "bad" / "nul.txt").write_bytes(b"Bakou, 3 mai\x00 AZERTAC")
    (root / "bad" / "undecodable.txt").write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 20)
    os.symlink("nowhere.txt", root / "bad" / "broken.txt")
    os.symlink("self-loop.txt", root / "bad" / "self-loop.txt")
    os.mkfifo(root / "bad" / "fifo.txt")
    (root / "bad" / "unreadable.txt").write_text(dispatch_text(4), encoding="utf-8")
    os.symlink("..", root / "odd" / "loop")  # a folder loop: walked once, not forever
    for rel, data in ODD.items():
        (root / rel).write_bytes(data)
    return root


def expected_outputs() -> set[str]:
    good = {f"{2018 + i % 7}/d{i:03}.json" for i in range(GOOD)}
    return good | {rel.replace(".txt", ".json") for rel in ODD}


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def unreadable_open(root: Path):
    """Tests run as root, who can read a chmod 000 file: make open() refuse this one."""
    locked = str(root / "bad" / "unreadable.txt")

    def fake_open(path, *args, **kwargs):
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return open(path, *args, **kwargs)

    return fake_open


class Runs(dict):
    """The folder parsed with N workers, each into its own folder: `runs[N]` is
    `(result, out, errors)`, run at the first use (two workers start a process pool, which
    only the slow tests need)."""

    def __init__(self, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
        super().__init__()
        self.corpus, self.tmp_path_factory = corpus, tmp_path_factory

    def __missing__(self, workers: int):
        out = self.tmp_path_factory.mktemp(f"out{workers}")
        errors = out.parent / f"errors{workers}.jsonl"
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(inputs, "open", unreadable_open(self.corpus), raising=False)
            result = CliRunner().invoke(main, ["parse", str(self.corpus), "-o", str(out), "--errors",
                                               str(errors), "--workers", str(workers)])
        self[workers] = (result, out, errors)
        return self[workers]


@pytest.fixture(scope="module")
def runs(corpus, tmp_path_factory, parser) -> Runs:
    """The folder parsed once with one worker and once with two, each into its own folder."""
    return Runs(corpus, tmp_path_factory)


@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_batch_outputs_failures_and_exit_status(runs, corpus, workers):
    result, out, errors = runs[workers]
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"{GOOD + len(ODD)} parsed, {len(SKIPPED)} skipped, {len(BAD)} failed" in result.stderr
    # Every good file has its output, and nothing else is there: no temporary file.
    assert set(tree(out)) == expected_outputs()
    # Every bad file is listed with its cause, in --errors and in the summary.
    failures = {json.loads(line)["path"]: json.loads(line)["error"] for line in errors.read_text().splitlines()}
    assert set(failures) == {str(corpus / rel) for rel in BAD}
    for rel, cause in BAD.items():
        assert failures[str(corpus / rel)].startswith(cause)
        assert f"error: {corpus / rel}: {cause}" in result.stderr
    for rel, reason in SKIPPED.items():
        assert f"skipped: {corpus / rel}: {reason}\n" in result.stderr


@pytest.mark.slow
def test_one_and_two_workers_write_identical_bytes(runs):
    assert tree(runs[1][1]) == tree(runs[2][1])


def test_odd_inputs_are_parsed(runs, corpus):
    out = runs[1][1]
    record = lambda rel: json.loads((out / rel).read_text(encoding="utf-8"))  # noqa: E731
    empty = record("odd/empty.json")
    assert empty["source"]["chars"] == 0 and empty["dateline"] is None
    assert empty["actors"] == empty["organizations"] == empty["events"] == []
    for rel, encoding in [("odd/cp1252.json", "cp1252"), ("odd/bom.json", "utf-8-sig"),
                          ("odd/crlf.json", "utf-8")]:
        rec = record(rel)
        text, _ = inputs.decode(ODD[rel.replace(".json", ".txt")])
        assert rec["source"]["encoding"] == encoding and rec["source"]["chars"] == len(text)
        dateline = rec["dateline"]
        assert dateline is not None and text[dateline["start"]:dateline["end"]] == dateline["text"]
    assert "\r\n" in inputs.decode(ODD["odd/crlf.txt"])[0]  # kept: offsets into the file's text


@pytest.mark.slow
def test_json_lines_keep_input_order_with_workers(tmp_path, parser):
    for i in range(20):  # more chunks than workers, so they can finish out of order
        (tmp_path / f"d{i:02}.txt").write_text(dispatch_text(i), encoding="utf-8")
    one = CliRunner().invoke(main, ["parse", str(tmp_path), "-q"])
    two = CliRunner().invoke(main, ["parse", str(tmp_path), "-q", "--workers", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    paths = [json.loads(line)["source"]["path"] for line in two.stdout.splitlines()]
    assert paths == [str(tmp_path / f"d{i:02}.txt") for i in range(20)]


def test_long_text_goes_through_in_pieces(tmp_path, parser, monkeypatch):
    monkeypatch.setattr(parser.nlp, "max_length", 400)
    text = dispatch_text(0) + "\n".join(dispatch_text(i).split("\n\n")[1] for i in range(1, 30))
    assert len(text) > 2000
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "long.txt")])
    assert result.exit_code == 0, result.stderr
    rec = json.loads(result.stdout)
    assert rec["source"]["chars"] == len(text) and rec["dateline"]["start"] == 14


def test_input_is_read_lazily(tmp_path, parser):
    """Reading stays a chunk ahead of writing: the stream is never read whole."""
    (tmp_path / "d.txt").write_text(dispatch_text(5), encoding="utf-8")
    pulled = 0

    def refs(args):
        nonlocal pulled
        for _ in range(1000):
            pulled += 1
            yield InputRef(str(tmp_path / "d.txt"), "d.txt")

    class Stop(Exception):
        pass

    class Stdout(io.BytesIO):
        def write(self, data):
            raise Stop(pulled)

    original = runner.iter_inputs
    runner.iter_inputs = refs
    try:
        with pytest.raises(Stop) as stop:
            run_batch(BatchOptions(paths=("x",)), Stdout())
    finally:
        runner.iter_inputs = original
    assert stop.value.args[0] == work.CHUNK_SIZE


def test_a_parser_error_fails_only_its_text():
    class Fragile:
        def pipe(self, texts):
            for t in texts:
                if "BOOM" in t.text:
                    raise ValueError("cannot read this")
                yield type("R", (), {"to_dict": lambda self, t=t: {"text": t.text}})()

    texts = [InputText("a"), InputText("BOOM"), InputText("c")]
    assert parse_texts(Fragile(), texts, pretty=False) == [
        (True, '{"text":"a"}\n'), (False, "parser error: ValueError: cannot read this"),
        (True, '{"text":"c"}\n')]


def test_a_dead_worker_aborts_the_batch_with_a_hint():
    future: Future = Future()
    future.set_exception(BrokenProcessPool("gone"))
    with pytest.raises(work.BatchAborted, match="rerun with --resume"):
        local_engine._collect([], future)


def test_progress_bar_shows_files_rate_and_failures():
    from rich.console import Console

    console = Console(file=io.StringIO(), force_terminal=True, width=120)
    with _Progress(True, 3, console=console) as progress:
        progress.advance(0)
        progress.advance(1)
    shown = console.file.getvalue()
    assert "2/3" in shown and "docs/s" in shown and "1 failed" in shown


# ------------------------------------------------------------------ real processes


def _wait_for_outputs(out: Path, count: int, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while len(list(out.rglob("*.json"))) < count:
        assert proc.poll() is None, "the batch ended before it could be stopped"
        assert time.monotonic() < deadline, "no outputs appeared"
        time.sleep(0.1)


def _wait_for_group_end(pgid: int, timeout: float = 15) -> bool:
    """True when no process of the group is left (workers and forkserver included)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.slow
def test_killed_batch_resumes_to_the_same_outputs(runs, corpus, tmp_path):
    """SIGKILL mid-batch, rerun with --resume: the outputs of an uninterrupted run, and no
    input parsed again whose output was already written."""
    out, trace = tmp_path / "out", tmp_path / "trace.log"
    # Run the installed command from a folder holding another dispatch_cli: the workers must
    # run the command's own code, not a copy found in the working folder.
    decoy = tmp_path / "checkout" / "dispatch_cli"
    decoy.mkdir(parents=True)
    (decoy / "__init__.py").write_text(f"open({str(tmp_path / 'decoy-imported')!r}, 'w')\n")
    command = Path(sys.executable).parent / "dispatch"
    args = [str(command), "parse", str(corpus), "-o", str(out), "-q", "--workers", "2"]
    proc = subprocess.Popen(args, stderr=subprocess.DEVNULL, start_new_session=True, cwd=decoy.parent)
    _wait_for_outputs(out, 40, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _wait_for_group_end(proc.pid), "worker processes outlived the killed batch"
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.rglob("*.json")}
    assert 40 <= len(before) < GOOD

    env = dict(os.environ, DISPATCH_TRACE=str(trace))
    rerun = subprocess.run([*args, "--resume"], env=env, capture_output=True, timeout=600, cwd=decoy.parent)
    assert rerun.returncode == 1 and b"Traceback" not in rerun.stderr
    assert not (tmp_path / "decoy-imported").exists()
    # Outside the test process nothing makes unreadable.txt unreadable: it is parsed here.
    after = tree(out)
    assert after.pop("bad/unreadable.json")
    assert after == tree(runs[1][1])
    # Outputs written before the kill were left alone; the rest was parsed exactly once.
    assert all((p.stat().st_ino, p.stat().st_mtime_ns) == v for p, v in before.items())
    reparsed = trace.read_text().splitlines()
    assert len(reparsed) == len(set(reparsed))
    done = {str(corpus / p.relative_to(out).with_suffix(".txt")) for p in before}
    assert not done & set(reparsed)
    assert len(done) + len(reparsed) == GOOD + len(ODD) + 1


@pytest.mark.slow
def test_ctrl_c_stops_with_130_and_a_hint(corpus, tmp_path):
    out = tmp_path / "out"
    # A shell starts background jobs with SIGINT ignored, and Python keeps it ignored: give
    # the batch the default disposition, as a foreground command in a terminal has.
    proc = subprocess.Popen([*DISPATCH, "parse", str(corpus), "-o", str(out), "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    _wait_for_outputs(out, 10, proc)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert stdout == b"" and stderr.decode().splitlines() == [
        "interrupted: the outputs written so far are complete; rerun with --resume to finish"]
    assert _wait_for_group_end(proc.pid)
    assert all(p.suffix == ".json" for p in out.rglob("*") if p.is_file()), sorted(out.rglob("*"))


@pytest.mark.parametrize("moment", ["mkstemp", "fsync"])
def test_ctrl_c_during_an_atomic_write_leaves_the_whole_file_and_no_temporary(tmp_path, monkeypatch, moment):
    """A Ctrl-C that arrives while an output is being written is held until the file is in
    place: the interrupt still stops the batch, and no temporary file is left behind."""
    import tempfile

    from dispatch_cli.batch import output

    real = {"mkstemp": tempfile.mkstemp, "fsync": os.fsync}[moment]

    def interrupted(*args, **kwargs):
        result = real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)  # delivered to this (main) thread right away
        return result

    monkeypatch.setattr(tempfile if moment == "mkstemp" else os, moment, interrupted)
    target = tmp_path / "out" / "d.json"
    with pytest.raises(KeyboardInterrupt):
        output.write_atomic(target, b'{"ok": true}')
    assert target.read_bytes() == b'{"ok": true}'
    assert [p.name for p in target.parent.iterdir()] == ["d.json"]
