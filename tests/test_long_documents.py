"""Long documents: one paragraph without a line break, longer than the model takes at once.

How the time grows with the length is measured by `benchmarks/bench.py` (its long
documents, with a bound on the time per character), not by a timed test: these tests check
what a long document must come out as, on texts made long relative to a lowered
`nlp.max_length`.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from click.testing import CliRunner

from dispatch_cli.cli import main

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"
SENTENCES = [
    "Le ministre des Affaires étrangères Jeyhoun Bayramov a reçu le {d} mars l’ambassadeur {guest}.",
    "Les parties ont évoqué la coopération régionale et les perspectives du partenariat « stratégique ».",
    "Le président Ilham Aliyev s’est entretenu par téléphone avec le Premier ministre {caller}.",
]
LAST = {"guest": "Hans Zimmermann", "caller": "Mateusz Morawiecki"}  # named in the last round only


def paragraph(count: int) -> str:
    """A dateline, then `count` rounds of the sentences above in one line."""
    rounds = [{"guest": "Karl Muster", "caller": "Petr Fiala"}] * (count - 1) + [LAST]
    body = " ".join(s.format(d=i % 28 + 1, **names) for i, names in enumerate(rounds) for s in SENTENCES)
    return f" date 2024-03 Bakou, 14 mars, AZERTAC\n\n{body}\n"


def spans(record: dict) -> list[dict]:
    """Every stretch of text the record points at."""
    found = [m for key in ("actors", "organizations", "places") for e in record[key] for m in e["mentions"]]
    found += [e["trigger"] for e in record["events"]]
    return found


def test_one_long_paragraph_is_cut_and_joined_back(tmp_path, parser, monkeypatch):
    monkeypatch.setattr(parser.nlp, "max_length", 1000)
    text = paragraph(40)
    assert len(text) > 10 * 1000 and text.count("\n") == 3
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "long.txt"), "--jsonl"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["chars"] == len(text) and record["warnings"] == []
    found = spans(record)
    assert found and all(text[s["start"]:s["end"]] == s["text"] for s in found)
    # the pieces after the first are read too: the last round's people are there
    last = [a for a in record["actors"] if a["name"] in LAST.values()]
    assert len(last) == 2 and all(m["start"] > 9 * 1000 for a in last for m in a["mentions"])
    for event in record["events"]:
        sentence = event["sentence"]
        assert sentence["start"] <= event["trigger"]["start"] < event["trigger"]["end"] <= sentence["end"]
        assert "\n" not in text[sentence["start"]:sentence["end"]].strip()


def test_a_line_longer_than_the_model_takes_with_no_space(tmp_path, parser, monkeypatch):
    monkeypatch.setattr(parser.nlp, "max_length", 1000)
    text = "Bakou, 14 mars, AZERTAC\n\n" + "x" * 5000 + "\n"
    (tmp_path / "line.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "line.txt")])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["chars"] == len(text)


def test_the_benchmark_makes_one_paragraph_of_the_size_asked(tmp_path):
    spec = importlib.util.spec_from_file_location("bench", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    (tmp_path / "a.txt").write_text("Bakou, 14 mars, AZERTAC\n\nLe président a reçu le ministre.\n", encoding="utf-8")
    text = bench.long_text([tmp_path / "a.txt"], 5000)
    assert 4950 <= len(text) <= 5000 and text.endswith("\n") and "\n" not in text[:-1]
    assert bench.LONG_SIZES[-1] >= 1_000_000 and bench.MAX_LONG_GROWTH <= 1.5
