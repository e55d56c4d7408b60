"""`dispatch evaluate`: score the parser against gold annotations."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from dispatch_cli.cli.messages import OneLinePath, echo_error, os_cause

if TYPE_CHECKING:
    from rich.console import Console

    from dispatch_cli.evaluation.scoring import Document
    from dispatch_cli.evaluation.split import Part

FOLDER = OneLinePath(exists=True, file_okay=False, path_type=Path)


@click.command()
@click.option("--gold", "gold_dir", type=FOLDER, required=True,
              help="Folder of NAME.gold.json annotations (and NAME.txt texts).")
@click.option("--pred", "pred_dir", type=FOLDER, default=None,
              help="Score the NAME.json outputs in this folder instead of parsing the texts.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--per-doc", is_flag=True, help="Also report the misses of each document.")
@click.option("--part", type=click.Choice(["tune", "check"]), default=None,
              help="Score only one part of the fixed split of the corpus: the documents "
                   "rules are tuned on, or the third kept aside to check them.")
def evaluate(gold_dir: Path, pred_dir: Path | None, as_json: bool, per_doc: bool,
             part: Part | None) -> None:
    """Score extraction against gold annotations: precision, recall and F1 per field.

    By default the NAME.txt beside each NAME.gold.json is parsed; with --pred, the
    NAME.json files already written there are scored (a missing one counts as empty).
    Names, roles and events are matched by the rules of the annotation guide. The split
    of --part depends only on each document's name (one in three, by a SHA-256 hash), so
    it stays fixed as the corpus grows.

    \b
    Examples:
        dispatch evaluate --gold samples/
        dispatch parse samples/ -o out/ && dispatch evaluate --gold samples/ --pred out/
        dispatch evaluate --gold samples/ --part tune
    """
    from dispatch_cli.evaluation import scoring

    gold = scoring.gold_files(gold_dir, part)
    if not gold:
        echo_error(str(gold_dir), f"no *{scoring.GOLD_SUFFIX} files"
                   + (f" in the {part} part" if part else ""))
        sys.exit(1)
    bad = [(path, cause) for _, path in gold if (cause := _unreadable_gold(path)) is not None]
    for path, cause in bad:
        echo_error(str(path), cause)
    if bad:
        sys.exit(1)
    if pred_dir is not None and not any((pred_dir / f"{name}.json").exists() for name, _ in gold):
        # Each missing prediction scores as empty; none at all is a wrong folder, not a score.
        echo_error(str(pred_dir), f"no NAME.json prediction for any of the {len(gold)} gold documents")
        sys.exit(1)
    try:
        if pred_dir is not None:
            summary, docs = scoring.score_dirs(gold_dir, pred_dir, part)
        else:
            summary, docs = scoring.score(_parsed_documents(gold_dir, part))
    except (KeyError, TypeError, AttributeError, ValueError) as exc:  # a gold file the checks above let through
        echo_error(str(gold_dir), f"cannot score: {type(exc).__name__}: {exc}")
        sys.exit(1)

    if as_json:
        # Same lines as the corpus's reference scorer: each document's misses, then the summary.
        for doc in docs if per_doc else []:
            click.echo(json.dumps(doc, ensure_ascii=False))
        click.echo(json.dumps(summary, ensure_ascii=False))
        return
    from dispatch_cli.views.render import make_console

    console = make_console()
    if per_doc:
        _print_misses(docs, console)
    _print_summary(summary, console)


def _unreadable_gold(path: Path) -> str | None:
    """Why a gold file cannot be scored (unreadable, not UTF-8 JSON, not an object), or None."""
    from dispatch_cli.evaluation.scoring import read_gold

    try:
        gold: object = read_gold(path)  # typed as a dict; any JSON value until checked
    except OSError as exc:
        return os_cause(exc)
    except UnicodeDecodeError as exc:
        return f"not UTF-8 text (byte {exc.start})"
    except json.JSONDecodeError as exc:
        return f"not JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
    if not isinstance(gold, dict):
        return "not a gold annotation (not a JSON object)"
    for key in ("actors", "organizations", "optional_organizations", "events"):
        items = gold.get(key)
        if items is not None and not (isinstance(items, list) and all(isinstance(i, dict) for i in items)):
            return f"not a gold annotation (`{key}` is not a list of objects)"
        if key != "events" and any(not isinstance(i.get("name"), str) for i in items or []):
            return f"not a gold annotation (an item of `{key}` has no `name`)"
    if not isinstance(gold.get("dateline"), dict | None):
        return "not a gold annotation (`dateline` is not an object)"
    return None


def _parsed_documents(gold_dir: Path, part: Part | None) -> Iterator[Document]:
    """Each gold document with the record parsed from its NAME.txt, in name order."""
    from dispatch_cli.api import DispatchParser, InputText
    from dispatch_cli.evaluation.scoring import Document, gold_files, read_gold

    entries: list[tuple[str, Path, InputText | str]] = []
    for name, gold_path in gold_files(gold_dir, part):
        text_path = gold_dir / f"{name}.txt"
        try:
            if text_path.exists() and not text_path.is_file():  # a folder, or a pipe that would block
                raise OSError(f"{text_path}: not a regular file")
            text: InputText | str = InputText(text_path.read_text(encoding="utf-8"),
                                              path=str(text_path))
        except (OSError, UnicodeDecodeError) as exc:
            text = f"{type(exc).__name__}: {exc}"
        entries.append((name, gold_path, text))

    parser = DispatchParser()
    records = parser.pipe(e[2] for e in entries if isinstance(e[2], InputText))
    for name, gold_path, text in entries:
        if isinstance(text, str):  # the text could not be read: an empty prediction
            yield Document(name, read_gold(gold_path), {}, text)
        else:
            yield Document(name, read_gold(gold_path), next(records).to_dict())


def _print_summary(summary: dict[str, Any], console: Console) -> None:
    from rich.table import Table

    from dispatch_cli.evaluation.scoring import FIELDS

    table = Table(title=f"Scores on {summary['documents']} documents", title_justify="left")
    for column in ("Field", "P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(column, justify="left" if column == "Field" else "right")
    for key in FIELDS:
        s = summary[key]
        table.add_row(key, f"{s['p']:.3f}", f"{s['r']:.3f}", f"{s['f1']:.3f}",
                      str(s["tp"]), str(s["fp"]), str(s["fn"]))
    console.print(table)
    console.print(f"dateline accuracy: {_figure(summary['dateline_accuracy'])}")
    console.print(f"event type accuracy (matched events): "
                  f"{_figure(summary['event_type_accuracy'])}")
    if summary["unreadable_predictions"]:
        console.print(f"unreadable predictions: {summary['unreadable_predictions']}")


def _print_misses(docs: list[dict[str, Any]], console: Console) -> None:
    """One table of what each document missed (gold only) and invented (predicted only)."""
    from rich.table import Table

    table = Table(title="Misses per document", title_justify="left", show_lines=True)
    table.add_column("Document")
    table.add_column("Field")
    table.add_column("Missed (gold)", overflow="fold")
    table.add_column("Spurious (predicted)", overflow="fold")
    for doc in docs:
        rows: list[tuple[str, str, str]] = []
        if doc["problem"]:
            rows.append(("prediction", doc["problem"], ""))
        if not doc["dateline"]:
            rows.append(("dateline", "wrong or missing", ""))
        for key in ("actors", "organizations"):
            if doc[key]["missed"] or doc[key]["spurious"]:
                rows.append((key, _lines(doc[key]["missed"]), _lines(doc[key]["spurious"])))
        for miss in doc["roles"]:
            rows.append((f"roles of {miss['actor']}", _lines(miss["gold"] or []),
                         _lines(miss["pred"] or [])))
        events = doc["events"]
        if events["missed"] or events["spurious"]:
            rows.append(("events", _lines(", ".join(map(str, e or [])) for e in events["missed"]),
                         _lines(", ".join(map(str, e)) for e in events["spurious"])))
        for i, row in enumerate(rows):
            table.add_row(doc["doc"] if i == 0 else "", *row)
    if table.row_count:
        console.print(table)
    else:
        console.print("No misses.")


def _lines(values: Any) -> str:
    return "\n".join(str(v) for v in values)


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"
