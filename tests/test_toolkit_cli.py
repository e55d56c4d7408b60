"""`dispatch show`, `dispatch schema`, `dispatch evaluate` and shell completion."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import handmade
from dispatch_cli.cli import main
from dispatch_cli.records.schema import json_schema


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def record_file(tmp_path) -> Path:
    """A record JSON whose source text sits beside it, named relative to it."""
    (tmp_path / "d1.txt").write_text(handmade.TEXT, encoding="utf-8")
    record = handmade.record()
    record["source"]["path"] = "d1.txt"
    path = tmp_path / "d1.json"
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# show

def test_show_draws_the_record_with_sentences_from_the_source(runner, record_file):
    result = runner.invoke(main, ["show", str(record_file)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Jens Stoltenberg" in result.output and "Meeting events" in result.output
    assert "Ilham Aliyev [a reçu] le 12 juin à Bakou" in result.output
    assert "\x1b[" not in result.output


def test_show_without_the_source_shows_triggers_alone(runner, record_file):
    (record_file.parent / "d1.txt").unlink()
    result = runner.invoke(main, ["show", str(record_file)])
    assert result.exit_code == 0
    assert "[a reçu]" in result.output and "12 juin à Bakou" not in result.output


def test_show_no_text_option_skips_the_source(runner, record_file):
    result = runner.invoke(main, ["show", "--no-text", str(record_file)])
    assert result.exit_code == 0
    assert "[a reçu]" in result.output and "Ensuite" not in result.output


def test_show_reads_json_lines_and_lists_and_stdin(runner, tmp_path):
    first, second = handmade.record(), handmade.record()
    second["headline"] = "Deuxième dépêche"
    jsonl = tmp_path / "all.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (first, second)) + "\n",
                     encoding="utf-8")
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([first, second]), encoding="utf-8")
    for args, stdin in [([str(jsonl)], None), ([str(listed)], None), (["-"], jsonl.read_text())]:
        result = runner.invoke(main, ["show", *args], input=stdin)
        assert result.exit_code == 0, result.output
        assert result.output.count("Meeting events") == 2
        assert "Deuxième dépêche" in result.output


def test_show_reports_a_bad_file_in_one_line_and_goes_on(runner, tmp_path, record_file):
    broken = tmp_path / "broken.json"
    broken.write_text('{"source": ', encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text('{"name": "not a record"}', encoding="utf-8")
    badline = tmp_path / "bad.jsonl"
    badline.write_text(json.dumps(handmade.record()) + "\n{oops\n", encoding="utf-8")
    result = runner.invoke(main, ["show", str(broken), str(record_file), str(other), str(badline),
                                  str(tmp_path / "missing.json")])
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors == [
        f"error: {broken}: not JSON: Expecting value (line 1, column 12)",
        f"error: {other}: record 1 is not a dispatch record (no `source` object)",
        f"error: {badline}: line 2 is not JSON: Expecting property name enclosed in double quotes",
        f"error: {tmp_path / 'missing.json'}: no such file or directory",
    ]
    assert result.stdout.count("Meeting events") == 1  # the good file was shown
    assert "Traceback" not in result.output


def test_show_rejects_a_record_whose_source_is_not_an_object(runner, tmp_path):
    path = tmp_path / "odd.json"
    path.write_text('{"source": "d1.txt"}', encoding="utf-8")
    result = runner.invoke(main, ["show", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: record 1 is not a dispatch record (no `source` object)\n"


# schema

def test_schema_prints_the_generated_schema(runner):
    result = runner.invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == json_schema()
    assert result.output.startswith('{\n  "$schema": ')


def test_schema_indent_option(runner):
    result = runner.invoke(main, ["schema", "--indent", "0"])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == 1
    assert json.loads(result.output) == json_schema()
    assert runner.invoke(main, ["schema", "--indent", "-1"]).exit_code == 2


# evaluate

def test_evaluate_pred_prints_a_table_of_figures(runner, shared, dev_predictions):
    dev = shared / "corpus" / "dev"
    result = runner.invoke(main, ["evaluate", "--gold", str(dev), "--pred", str(dev_predictions)],
                           env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    for word in ("actors", "roles", "organizations", "events", "F1", "dateline accuracy"):
        assert word in result.output
    assert "Misses per document" not in result.output


def test_evaluate_json_equals_the_reference_scorer(runner, shared, dev_predictions, reference):
    dev = shared / "corpus" / "dev"
    summary, docs = reference.score(str(dev), str(dev_predictions))
    result = runner.invoke(main, ["evaluate", "--gold", str(dev), "--pred", str(dev_predictions),
                                  "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output) == summary
    result = runner.invoke(main, ["evaluate", "--gold", str(dev), "--pred", str(dev_predictions),
                                  "--json", "--per-doc"])
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert lines == [*docs, summary]


def test_evaluate_part_scores_only_that_part_of_the_split(runner, shared, dev_predictions,
                                                          reference, tmp_path):
    """--part check equals the reference scorer run on a folder of the check documents alone,
    and the two parts together are the whole corpus."""
    from dispatch_cli.evaluation.split import part_of

    dev = shared / "corpus" / "dev"
    check = tmp_path / "check"
    check.mkdir()
    names = [p.name[: -len(".gold.json")] for p in dev.glob("*.gold.json")]
    for name in names:
        if part_of(name) == "check":
            shutil.copy(dev / f"{name}.gold.json", check)
    counts = {}
    for part in ("tune", "check"):
        result = runner.invoke(main, ["evaluate", "--gold", str(dev), "--pred",
                                      str(dev_predictions), "--json", "--part", part])
        assert result.exit_code == 0, result.output
        counts[part] = json.loads(result.output)["documents"]
        if part == "check":
            assert json.loads(result.output) == reference.score(str(check), str(dev_predictions))[0]
    assert counts["tune"] + counts["check"] == len(names)
    assert 0 < counts["check"] < counts["tune"]


def test_evaluate_a_pred_folder_with_no_prediction_is_an_error(runner, tmp_path, shared):
    """A mistyped --pred folder would score every document as empty: it is refused."""
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(shared / "corpus" / "dev" / "d000.gold.json", gold)
    (tmp_path / "pred").mkdir()
    (tmp_path / "pred" / "other.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(main, ["evaluate", "--gold", str(gold), "--pred", str(tmp_path / "pred")])
    assert result.exit_code == 1
    assert "no NAME.json prediction for any of the 1 gold documents" in result.output
    assert "Traceback" not in result.output


def test_evaluate_part_with_no_document_in_it_is_an_error(runner, tmp_path, shared):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(shared / "corpus" / "dev" / "d000.gold.json", gold)  # d000 is in the tuning part
    result = runner.invoke(main, ["evaluate", "--gold", str(gold), "--pred", str(tmp_path),
                                  "--part", "check"])
    assert result.exit_code == 1
    assert "no *.gold.json files in the check part" in result.output


def test_evaluate_parses_the_gold_folder_by_default(runner, monkeypatch, dispatch_parser, shared,
                                                    dev_predictions, reference):
    """Without --pred the texts are parsed: the figures equal the reference scorer's on the
    same parser's outputs written to files."""
    import dispatch_cli.api

    monkeypatch.setattr(dispatch_cli.api, "DispatchParser", lambda: dispatch_parser)
    dev = shared / "corpus" / "dev"
    result = runner.invoke(main, ["evaluate", "--gold", str(dev), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == reference.score(str(dev), str(dev_predictions))[0]


def test_evaluate_per_doc_lists_the_misses(runner, tmp_path, shared):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(shared / "corpus" / "dev" / "d000.gold.json", gold)
    pred = tmp_path / "pred"
    pred.mkdir()
    (pred / "d000.json").write_text(json.dumps({
        "dateline": None, "actors": [{"name": "Hikmet Hadjiyev", "roles": ["ambassadeur"]},
                                     {"name": "Jean Inventé", "roles": []}],
        "organizations": [{"name": "OTAN"}], "events": []}), encoding="utf-8")
    result = runner.invoke(main, ["evaluate", "--gold", str(gold), "--pred", str(pred),
                                  "--per-doc"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Misses per document" in out and "d000" in out
    assert "wrong or missing" in out and "Jean Inventé" in out and "James Appathurai" in out
    assert "roles of Hikmet Hadjiyev" in out and "ambassadeur" in out


def test_evaluate_reports_unreadable_texts_as_empty_predictions(runner, tmp_path, shared,
                                                                monkeypatch, dispatch_parser):
    import dispatch_cli.api

    monkeypatch.setattr(dispatch_cli.api, "DispatchParser", lambda: dispatch_parser)
    for name in ("d000", "d001"):
        shutil.copy(shared / "corpus" / "dev" / f"{name}.gold.json", tmp_path)
    shutil.copy(shared / "corpus" / "dev" / "d001.txt", tmp_path)  # d000.txt is missing
    result = runner.invoke(main, ["evaluate", "--gold", str(tmp_path), "--json", "--per-doc"])
    assert result.exit_code == 0, result.output
    first, second, summary = [json.loads(line) for line in result.output.splitlines()]
    assert first["problem"].startswith("FileNotFoundError") and second["problem"] is None
    assert second["dateline"] is True
    assert summary["documents"] == 2 and summary["unreadable_predictions"] == 1


def test_evaluate_errors(runner, tmp_path):
    result = runner.invoke(main, ["evaluate", "--gold", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path}: no *.gold.json files\n"
    result = runner.invoke(main, ["evaluate", "--gold", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert runner.invoke(main, ["evaluate"]).exit_code == 2


# shell completion

@pytest.mark.parametrize("shell, marker", [("bash", "complete -o nosort -F _dispatch_completion"),
                                           ("zsh", "#compdef dispatch"),
                                           ("fish", "complete --no-files --command dispatch")])
def test_completion_script_is_produced(runner, shell, marker):
    result = runner.invoke(main, [], prog_name="dispatch",
                           env={"_DISPATCH_COMPLETE": f"{shell}_source"})
    assert result.exit_code == 0
    assert marker in result.output


def test_completion_completes_subcommands(runner):
    result = runner.invoke(main, [], prog_name="dispatch",
                           env={"_DISPATCH_COMPLETE": "bash_complete", "COMP_WORDS": "dispatch ev",
                                "COMP_CWORD": "1"})
    assert result.output.split() == ["plain,evaluate"]


# as real processes

def dispatch_command() -> list[str]:
    script = Path(sys.executable).with_name("dispatch")
    if not script.exists():
        pytest.skip("the dispatch script is not installed in this environment")
    return [str(script)]


@pytest.mark.slow
def test_installed_script_prints_the_bash_completion():
    result = subprocess.run(dispatch_command(), capture_output=True, text=True,
                            env={"_DISPATCH_COMPLETE": "bash_source", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0
    assert "_dispatch_completion()" in result.stdout


@pytest.mark.slow
def test_show_as_a_process_writes_plain_text_when_piped(record_file):
    result = subprocess.run([*dispatch_command(), "show", str(record_file)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert "[a reçu]" in result.stdout and "\x1b[" not in result.stdout


@pytest.mark.slow
def test_importing_the_cli_loads_neither_spacy_nor_rich():
    code = ("import sys, dispatch_cli.cli; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'rich')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
def test_evaluate_as_a_process_prints_what_the_reference_scorer_prints(shared, dev_predictions):
    """Both programs as processes, on the same predictions: the same lines, byte for byte."""
    dev = shared / "corpus" / "dev"
    args = ["--gold", str(dev), "--pred", str(dev_predictions), "--json", "--per-doc"]
    reference = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), *args],
                               capture_output=True, text=True, check=True)
    ours = subprocess.run([*dispatch_command(), "evaluate", *args], capture_output=True,
                          text=True, check=True)
    assert ours.stdout == reference.stdout
    assert json.loads(ours.stdout.splitlines()[-1])["documents"] == len(list(dev.glob("*.gold.json")))
