"""`dispatch parse` through click's CliRunner (every option) and as a real process."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dispatch_cli import __version__
from dispatch_cli.batch import inputs
from dispatch_cli.cli import main
from dispatch_cli.cli.parse import Workers

GENEVA = "Genève, 3 mai, AZERTAC\n\nLe ministre Jeyhoun Bayramov a rencontré son homologue suisse.\n"
BAKU = " date 2023-06 Bakou, 14 juin, AZERTAC\n\nLe président a reçu l’ambassadeur de France.\n"
DISPATCH = [sys.executable, "-m", "dispatch_cli"]


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture()
def news(tmp_path: Path) -> Path:
    """news/geneve.txt, news/2023/bakou.txt and a file outside the folder."""
    (tmp_path / "news" / "2023").mkdir(parents=True)
    (tmp_path / "news" / "geneve.txt").write_text(GENEVA, encoding="utf-8")
    (tmp_path / "news" / "2023" / "bakou.txt").write_text(BAKU, encoding="utf-8")
    (tmp_path / "news" / "readme.md").write_text("not a dispatch")
    (tmp_path / "extra.txt").write_text(GENEVA, encoding="utf-8")
    return tmp_path


def test_one_file_gives_one_indented_object(news, parser):
    path = str(news / "news" / "geneve.txt")
    result = run("parse", path)
    assert result.exit_code == 0 and result.stderr == ""
    expected = parser.parse(GENEVA, path=path).to_dict()
    assert result.stdout == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    assert '"place": "Genève"' in result.stdout  # not \u00e8


def test_several_inputs_give_json_lines_in_order(news):
    a, b = str(news / "extra.txt"), str(news / "news" / "2023" / "bakou.txt")
    result = run("parse", b, a)
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [b, a]
    assert all(line == json.dumps(json.loads(line), ensure_ascii=False, separators=(",", ":"))
               for line in lines)  # compact
    assert result.exit_code == 0
    assert "2 parsed, 0 skipped, 0 failed" in result.stderr


def test_folder_is_walked_recursively_in_sorted_order(news):
    result = run("parse", str(news / "news"))
    found = [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()]
    assert found == [str(news / "news" / "2023" / "bakou.txt"), str(news / "news" / "geneve.txt")]


def test_jsonl_flag_for_one_file(news):
    result = run("parse", "--jsonl", str(news / "extra.txt"))
    assert result.stdout.count("\n") == 1 and json.loads(result.stdout)["dateline"]["day"] == 3


def test_stdin(news):
    raw = BAKU.encode("cp1252")
    record = json.loads(run("parse", "-", input=raw).stdout)
    assert record["source"] == {"path": None, "sha256": hashlib.sha256(raw).hexdigest(),
                                "encoding": "cp1252", "chars": len(BAKU)}


def test_year_option(news):
    geneva = str(news / "extra.txt")
    assert json.loads(run("parse", geneva).stdout)["dateline"]["year"] is None
    dateline = json.loads(run("parse", "--year", "2021", geneva).stdout)["dateline"]
    assert (dateline["year"], dateline["date"]) == (2021, "2021-05-03")
    # The archive's date line wins over --year.
    baku = str(news / "news" / "2023" / "bakou.txt")
    assert json.loads(run("parse", "--year", "2021", baku).stdout)["dateline"]["year"] == 2023


def test_output_folder_mirrors_the_tree(news):
    out = news / "out"
    result = run("parse", str(news / "news"), str(news / "extra.txt"), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == ["2023/bakou.json", "extra.json", "geneve.json"]
    text = (out / "geneve.json").read_text(encoding="utf-8")
    assert text.startswith('{\n  "source"') and text.endswith("}\n")


def test_output_names_that_collide_fail(news):
    out = news / "out"
    result = run("parse", str(news / "news" / "geneve.txt"), str(news / "news"), "-o", str(out))
    assert result.exit_code == 1
    assert f"error: {news / 'news' / 'geneve.txt'}: output {out / 'geneve.json'} is also" in result.stderr


def test_resume_skips_unchanged_inputs(news):
    out = news / "out"
    run("parse", str(news / "news"), "-o", str(out))
    first = (out / "geneve.json").stat().st_mtime_ns
    (news / "news" / "2023" / "bakou.txt").write_text(BAKU + "Fin.\n", encoding="utf-8")
    result = run("parse", str(news / "news"), "-o", str(out), "--resume")
    assert "1 parsed, 1 skipped, 0 failed" in result.stderr
    assert (out / "geneve.json").stat().st_mtime_ns == first
    assert json.loads((out / "2023" / "bakou.json").read_text())["source"]["chars"] == len(BAKU) + 5


def test_failures_are_reported_and_the_rest_goes_on(news):
    errors = news / "errors.jsonl"
    missing = str(news / "missing.txt")
    result = run("parse", missing, str(news / "extra.txt"), "--errors", str(errors))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["source"]["path"] == str(news / "extra.txt")
    assert f"error: {missing}: no such file or directory" in result.stderr
    assert "1 parsed, 0 skipped, 1 failed" in result.stderr
    assert [json.loads(line) for line in errors.read_text().splitlines()] == [
        {"path": missing, "error": "no such file or directory"}]


def test_errors_file_is_empty_when_nothing_fails(news):
    errors = news / "errors.jsonl"
    assert run("parse", str(news / "extra.txt"), "--errors", str(errors)).exit_code == 0
    assert errors.read_text() == ""


def test_unreadable_file(news, monkeypatch):
    locked = str(news / "news" / "geneve.txt")
    real_open = open

    def fake_open(path, *args, **kwargs):  # root reads chmod 000 files: refuse in open()
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(inputs, "open", fake_open, raising=False)
    result = run("parse", str(news / "news"))
    assert result.exit_code == 1
    assert f"error: {locked}: permission denied" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_quiet_keeps_failures_but_not_the_summary(news):
    missing = str(news / "missing.txt")
    result = run("parse", "-q", str(news / "news"), missing)
    assert result.exit_code == 1
    assert result.stderr == f"error: {missing}: no such file or directory\n"
    assert len(result.stdout.splitlines()) == 2


def test_no_progress_bar_when_stderr_is_not_a_terminal(news):
    result = run("parse", str(news / "news"))
    assert result.stderr.splitlines() == [line for line in result.stderr.splitlines() if "parsed," in line]


def test_trace_logs_parsed_paths(news, monkeypatch):
    trace = news / "trace.log"
    monkeypatch.setenv("DISPATCH_TRACE", str(trace))
    run("parse", str(news / "news"))
    assert trace.read_text().splitlines() == [str(news / "news" / "2023" / "bakou.txt"),
                                              str(news / "news" / "geneve.txt")]


@pytest.mark.parametrize("args, message", [
    (["parse"], "Missing argument"),
    (["parse", "x.txt", "--resume"], "--resume needs -o"),
    (["parse", "x.txt", "--jsonl", "-o", "out"], "cannot be combined"),
    (["parse", "-", "-"], "only once"),
    (["parse", "x.txt", "--workers", "0"], "not a positive number"),
    (["parse", "x.txt", "--workers", "many"], "neither a number nor 'auto'"),
    (["parse", "x.txt", "--year", "abc"], "not a valid integer"),
    (["parse", "x.txt", "--bogus"], "No such option"),
])
def test_usage_errors_exit_2(args, message):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and message in result.stderr


def test_output_must_be_a_folder(news):
    result = CliRunner().invoke(main, ["parse", str(news / "extra.txt"), "-o", str(news / "extra.txt")])
    assert result.exit_code == 2


def test_workers_auto_is_the_cpu_count():
    assert Workers().convert("auto", None, None) == (os.cpu_count() or 1)
    assert Workers().convert("3", None, None) == 3


def test_keyboard_interrupt_exits_130_with_a_hint_where_outputs_persist(news, monkeypatch):
    import dispatch_cli.batch.runner

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(dispatch_cli.batch.runner, "run_batch", interrupted)
    result = CliRunner().invoke(main, ["parse", str(news / "extra.txt")])
    assert result.exit_code == 130 and result.stdout == "" and result.stderr == ""
    result = CliRunner().invoke(main, ["parse", str(news), "-o", str(news / "out")])
    assert result.exit_code == 130 and result.stderr.splitlines() == [
        "interrupted: the outputs written so far are complete; rerun with --resume to finish"]


def test_version_and_help():
    assert run("--version").stdout == f"dispatch, version {__version__}\n"
    for args in (["--help"], ["parse", "--help"]):
        result = run(*args)
        assert result.exit_code == 0 and "Example" in result.stdout and "dispatch parse" in result.stdout


# ------------------------------------------------------------------ real processes


@pytest.mark.slow
def test_subprocess_stdin_and_usage_error(news):
    raw = GENEVA.encode("utf-8")
    proc = subprocess.run([*DISPATCH, "parse", "-"], input=raw, capture_output=True, timeout=120)
    assert proc.returncode == 0 and proc.stderr == b""
    record = json.loads(proc.stdout)
    assert record["source"]["path"] is None and record["source"]["sha256"] == hashlib.sha256(raw).hexdigest()
    proc = subprocess.run([*DISPATCH, "parse", "x.txt", "--resume"], capture_output=True, timeout=60)
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", [["schema"], ["parse", "-"]])
def test_a_full_disk_on_stdout_is_one_line_not_a_traceback(args):
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([*DISPATCH, *args], input=GENEVA.encode("utf-8"), stdout=full,
                              stderr=subprocess.PIPE, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines() == ["error: stdout: no space left on device"]


@pytest.mark.slow
def test_closed_pipe_ends_quietly(tmp_path):
    """`dispatch parse news/ --jsonl | head -1`: no traceback when head goes away."""
    for i in range(40):
        (tmp_path / f"d{i:02}.txt").write_text(GENEVA, encoding="utf-8")
    writer = subprocess.Popen([*DISPATCH, "parse", str(tmp_path), "--jsonl"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = subprocess.Popen(["head", "-1"], stdin=writer.stdout, stdout=subprocess.PIPE)
    writer.stdout.close()  # head holds the only read end
    first, _ = head.communicate(timeout=120)
    _, err = writer.communicate(timeout=120)
    assert json.loads(first)["source"]["path"] == str(tmp_path / "d00.txt")
    assert err == b"" and writer.returncode == 1


def test_a_folder_without_any_text_is_an_error_not_an_empty_success(tmp_path):
    (tmp_path / "notes.md").write_text("rien", encoding="utf-8")
    result = run("parse", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"error: {tmp_path}: no *.txt file in this folder" in result.stderr


def test_an_output_folder_that_cannot_be_made_stops_before_any_parsing(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    result = run("parse", str(tmp_path), "-o", str(blocker / "sub"))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"error: {blocker / 'sub'}: cannot create the output folder: not a directory"]


@pytest.mark.slow
def test_a_process_that_parsed_exits_with_everything_written(tmp_path):
    """The program leaves without freeing the pipeline (`cli.run`): all it wrote is there and
    its status is the batch's, with a bad file among good ones."""
    for i in range(12):
        (tmp_path / f"d{i:02}.txt").write_text(GENEVA, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    proc = subprocess.run([*DISPATCH, "parse", str(tmp_path), "--jsonl"], capture_output=True, timeout=180)
    assert proc.returncode == 1
    assert len(proc.stdout.decode("utf-8").splitlines()) == 12
    assert all(json.loads(line)["actors"] for line in proc.stdout.decode("utf-8").splitlines())
    proc = subprocess.run([*DISPATCH, "parse", str(tmp_path), "-o", str(out), "-q", "--workers", "2"],
                          capture_output=True, timeout=180)
    assert proc.returncode == 1 and "bad.txt" in proc.stderr.decode("utf-8")
    assert sorted(p.name for p in out.glob("*.json")) == [f"d{i:02}.json" for i in range(12)]
