"""File names of any bytes, one-line messages, and what a folder walk takes or leaves.

A POSIX file name is bytes: it may be invalid UTF-8 (an old archive unpacked), hold a line
break or a control character. Such a name is parsed like any other, the JSON names it in
printable form (`\\xHH` for a byte that is not UTF-8) and every message about it is one line.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from dispatch_cli.batch.inputs import iter_inputs
from dispatch_cli.batch.runner import Summary, _Progress, format_summary
from dispatch_cli.cli import main
from dispatch_cli.records.printable import error_line, one_line, path_candidates, printable_path

DISPATCH = [sys.executable, "-m", "dispatch_cli"]
TEXT = ("Strasbourg, 2 février, AZERTAC\n\n"
        "La ministre Catherine Colonna a reçu le 1er février l’ambassadeur Rahman Mustafayev.\n")
LATIN1_NAME = os.fsdecode(b"d\xe9p\xeache.txt")  # `dépêche.txt` written in Latin-1
NEWLINE_NAME = "deux\nlignes.txt"


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)


def one_line_each(stderr: str) -> list[str]:
    """The lines of stderr, each checked to be a message of the one style."""
    lines = stderr.splitlines()
    for line in lines:
        assert line.startswith(("error: ", "warning: ", "skipped: ")) or " parsed" in line, line
    return lines


# ------------------------------------------------------------------ the printable form


def test_undecodable_bytes_are_written_as_hex_escapes():
    assert printable_path(LATIN1_NAME) == "d\\xe9p\\xeache.txt"
    assert printable_path("dépêche.txt") == "dépêche.txt"  # valid UTF-8: unchanged
    assert printable_path("a\nb") == "a\nb"  # JSON escapes control characters itself
    json.dumps(printable_path(LATIN1_NAME)).encode("utf-8")  # encodable: no surrogate left


def test_one_line_escapes_every_line_break_and_control_character():
    assert one_line("a\nb\rc\td") == "a\\nb\\rc\\td"
    assert one_line("bell\x07 esc\x1b del\x7f nel\x85") == "bell\\x07 esc\\x1b del\\x7f nel\\x85"
    assert one_line("ligne\u2028paragraphe\u2029") == "ligne\\u2028paragraphe\\u2029"
    assert one_line(LATIN1_NAME + "\n") == "d\\xe9p\\xeache.txt\\n"
    assert one_line("Genève, « 3 mai »\u00a0: ok") == "Genève, « 3 mai »\u00a0: ok"  # printable kept


def test_error_line_has_one_style():
    assert error_line("x\ny.txt", "no such file\nor directory") == "error: x\\ny.txt: no such file\\nor directory"
    assert error_line("a.txt", "not French", "warning") == "warning: a.txt: not French"


def test_a_printable_path_leads_back_to_the_file(tmp_path):
    (tmp_path / LATIN1_NAME).write_text(TEXT, encoding="utf-8")
    printable = printable_path(str(tmp_path / LATIN1_NAME))
    assert [Path(p).exists() for p in path_candidates(printable)] == [False, True]
    assert path_candidates("plain.txt") == ["plain.txt"]


# ------------------------------------------------------------------ the folder walk


def test_walk_takes_txt_in_any_case_and_leaves_hidden_names(tmp_path):
    for rel in ["a.txt", "B.TXT", "c.Txt", ".cache.txt", ".hidden/d.txt", "e.txt.bak", "notes.md",
                "sub/f.TXT"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(TEXT, encoding="utf-8")
    assert [r.rel for r in iter_inputs([str(tmp_path)])] == ["B.TXT", "a.txt", "c.Txt", "sub/f.TXT"]
    # A hidden file or folder named on the command line is read: only the walk leaves them.
    assert [r.rel for r in iter_inputs([str(tmp_path / ".hidden")])] == ["d.txt"]
    assert [r.rel for r in iter_inputs([str(tmp_path / ".cache.txt")])] == [".cache.txt"]


def test_walk_marks_pipes_to_skip_and_names_that_share_an_output(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "note.TXT").write_text(TEXT, encoding="utf-8")
    (tmp_path / "note.txt").write_text(TEXT, encoding="utf-8")
    refs = {r.rel: r for r in iter_inputs([str(tmp_path)])}
    assert refs["pipe.txt"].skip == "not a regular file (a FIFO)"
    assert refs["note.TXT"].same_output_as is None
    assert refs["note.txt"].same_output_as == str(tmp_path / "note.TXT")


# ------------------------------------------------------------------ dispatch parse


@pytest.fixture
def odd_folder(tmp_path: Path) -> Path:
    """in/: a Latin-1 file name between two ordinary files, a name with a line break, a
    FIFO, a hidden file and a file in capitals."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ["a-bon.txt", LATIN1_NAME, NEWLINE_NAME, "z-bon.txt", "MAJUSCULES.TXT", ".cachee.txt"]:
        (folder / name).write_text(TEXT, encoding="utf-8")
    os.mkfifo(folder / "tube.txt")
    return folder


def test_a_file_named_in_latin1_is_parsed_and_named_printably(odd_folder, parser):
    path = str(odd_folder / LATIN1_NAME)
    result = run("parse", path)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout_bytes.decode("utf-8"))  # valid UTF-8
    assert record["source"]["path"] == str(odd_folder) + "/d\\xe9p\\xeache.txt"
    assert record["actors"]  # parsed as any file


def test_a_folder_with_odd_names_loses_no_file(odd_folder, parser):
    result = run("parse", str(odd_folder), "--jsonl")
    assert result.exit_code == 0, result.stderr
    paths = [json.loads(line)["source"]["path"] for line in result.stdout_bytes.decode("utf-8").splitlines()]
    assert [p[len(str(odd_folder)) + 1:] for p in paths] == [
        "MAJUSCULES.TXT", "a-bon.txt", "deux\nlignes.txt", "d\\xe9p\\xeache.txt", "z-bon.txt"]
    assert one_line_each(result.stderr) == [
        f"skipped: {odd_folder}/tube.txt: not a regular file (a FIFO)",
        result.stderr.splitlines()[-1]]
    assert "5 parsed, 1 skipped, 0 failed" in result.stderr


def test_output_folder_keeps_the_raw_bytes_of_a_name(odd_folder, tmp_path, parser):
    out = tmp_path / "out"
    result = run("parse", str(odd_folder), "-o", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    assert sorted(os.listdir(out)) == sorted(["MAJUSCULES.json", "a-bon.json", os.fsdecode(b"d\xe9p\xeache.json"),
                                              "deux\nlignes.json", "z-bon.json"])


def test_two_names_differing_in_the_case_of_the_suffix_do_not_overwrite(tmp_path, parser):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.TXT").write_text(TEXT, encoding="utf-8")
    (tmp_path / "in" / "note.txt").write_text(TEXT.replace("Strasbourg", "Lyon"), encoding="utf-8")
    result = run("parse", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert (f"error: {tmp_path}/in/note.txt: output {tmp_path}/out/note.json is also the output of "
            f"{tmp_path}/in/note.TXT") in result.stderr
    assert "Strasbourg" in (tmp_path / "out" / "note.json").read_text(encoding="utf-8")


def test_every_message_about_an_odd_name_is_one_line(tmp_path, monkeypatch):
    missing = [str(tmp_path / NEWLINE_NAME), str(tmp_path / LATIN1_NAME), str(tmp_path / "cr\rbell\x07.txt")]
    errors, trace = tmp_path / "errors.jsonl", tmp_path / "trace.log"
    result = run("parse", *missing, "--errors", str(errors))
    assert result.exit_code == 1
    assert one_line_each(result.stderr)[:3] == [
        f"error: {tmp_path}/deux\\nlignes.txt: no such file or directory",
        f"error: {tmp_path}/d\\xe9p\\xeache.txt: no such file or directory",
        f"error: {tmp_path}/cr\\rbell\\x07.txt: no such file or directory"]
    failures = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [f["path"] for f in failures] == [missing[0], printable_path(missing[1]), missing[2]]
    # under --quiet, failures are printed as they happen: one line each too
    result = run("parse", *missing, "-q")
    assert len(one_line_each(result.stderr)) == 3
    # the trace of parsed paths is one line per path
    (tmp_path / NEWLINE_NAME).write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("DISPATCH_TRACE", str(trace))
    assert run("parse", str(tmp_path / NEWLINE_NAME), "-q").exit_code == 0
    assert trace.read_text(encoding="utf-8") == f"{tmp_path}/deux\\nlignes.txt\n"


def test_usage_errors_name_odd_paths_on_one_line(tmp_path):
    (tmp_path / "un\nfichier").write_text("x")
    result = run("parse", "-", "-o", str(tmp_path / "un\nfichier"))
    assert result.exit_code == 2
    assert "un\\nfichier" in result.stderr and "un\nfichier" not in result.stderr


# ------------------------------------------------------------------ progress and summary


def test_progress_shows_the_load_then_the_files():
    console = Console(file=io.StringIO(), force_terminal=True, width=120)
    progress = _Progress(True, 5, console=console)
    with progress:
        progress._bar.refresh()
        loading = console.file.getvalue()
        progress.loaded()
        progress.advance(0)
    shown = console.file.getvalue()[len(loading):]
    assert "loading the French pipeline" in loading and "0/5" not in loading and "docs/s" not in loading
    assert "parsing" in shown and "1/5" in shown and "docs/s" in shown


def test_summary_rate_counts_parsing_time_only():
    summary = Summary(parsed=10, elapsed=7.0, loading=5.0)
    assert summary.rate == 5.0
    assert format_summary(summary) == "10 parsed, 0 skipped, 0 failed in 7.0 s (load 5.0 s, 5.0 docs/s)"
    assert format_summary(Summary(failed=1, elapsed=0.1)).endswith("0 parsed, 0 skipped, 1 failed in 0.1 s "
                                                                   "(0.0 docs/s)")


# ------------------------------------------------------------------ real processes


@pytest.mark.slow
def test_the_command_parses_a_folder_of_odd_names_without_a_traceback(odd_folder, tmp_path):
    """As the installed command: arguments and file names reach it as bytes."""
    env = {**os.environ, "PYTHONIOENCODING": "", "LC_ALL": "C.UTF-8"}
    result = subprocess.run([*DISPATCH, "parse", str(odd_folder), os.fsencode(str(tmp_path)) + b"/absent\xe9\n.txt",
                             "--jsonl"], capture_output=True, env=env, timeout=300)
    stderr = result.stderr.decode("utf-8")  # stderr is UTF-8 too
    assert result.returncode == 1 and "Traceback" not in stderr
    assert len(result.stdout.decode("utf-8").splitlines()) == 5
    assert one_line_each(stderr) == [
        f"skipped: {odd_folder}/tube.txt: not a regular file (a FIFO)",
        f"error: {tmp_path}/absent\\xe9\\n.txt: no such file or directory",
        stderr.splitlines()[-1]]
    assert "5 parsed, 1 skipped, 1 failed" in stderr


def test_a_trace_file_that_cannot_be_written_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setenv("DISPATCH_TRACE", str(tmp_path / "no" / "such\nfolder.log"))
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = run("parse", str(tmp_path / "a.txt"))
    assert result.exit_code == 2
    assert result.stderr == (f"error: {tmp_path}/no/such\\nfolder.log: DISPATCH_TRACE cannot be written: "
                             "no such file or directory\n")
