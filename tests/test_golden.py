"""Golden samples: each sample dispatch is read as its gold annotation says.

`samples/NAME.txt` is a real dispatch and `samples/NAME.gold.json` its annotation by the
corpus's guide (the same file as in the annotated corpus). Each field is compared the way
the corpus's scorer compares it (names folded, roles by token overlap, events by their
participants), and a matched event must also have the gold's type, date and place. A
field the parser still gets wrong is listed in `KNOWN_MISSES` with what is wrong: the test
then expects the failure (strictly, so a fix shows up), and never locks in a wrong output.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dispatch_cli.evaluation.scoring import Document, Scorer, match_events

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TEXTS = sorted(SAMPLES.glob("*.txt"))
FIELDS = ("dateline", "actors", "roles", "organizations", "events", "event_details")
KNOWN_MISSES = {
    ("ankara-strategic-council-signings", "event_details"):
        "the council's session is read as a signing, without its date",
    ("nato-dialogue-brussels", "event_details"):
        "the dialogue's place comes from the visit it belongs to, which is not carried over",
    ("new-york-bilateral-meetings", "event_details"):
        "the meetings' place is in the sentence that announces them, not in the one that lists them",
    ("paris-matignon-meeting", "event_details"):
        "a building (`Matignon`) is given as the place instead of its city",
    ("nato-dialogue-brussels", "roles"):
        "a misspelt adjective (`représentant permanant de`) is tagged a verb and cuts the title",
}


def _cases() -> list[Any]:
    cases = []
    for path in TEXTS:
        for name in FIELDS:
            reason = KNOWN_MISSES.get((path.stem, name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(path, name, marks=marks, id=f"{path.stem}-{name}"))
    return cases


@pytest.fixture(scope="module")
def readings(dispatch_parser) -> dict[str, tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """For each sample: its gold, its record, and the scorer's misses."""
    out = {}
    for path in TEXTS:
        gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8"))
        record = dispatch_parser.parse(path.read_text(encoding="utf-8"), path=str(path)).to_dict()
        out[path.stem] = (gold, record, Scorer().add(Document(path.stem, gold, record)))
    return out


@pytest.mark.parametrize("path, field", _cases())
def test_sample_reads_like_its_gold(path: Path, field: str, readings):
    gold, record, misses = readings[path.stem]
    if field == "dateline":
        assert misses["dateline"], (gold["dateline"], record["dateline"])
    elif field == "roles":
        assert misses["roles"] == []
    elif field == "event_details":
        pairs, _fp, _fn = match_events(gold, record["events"])
        for g, p in pairs:
            expected, found = gold["events"][g], record["events"][p]
            assert (found["type"], found["date"], found["place"]) == (
                expected["type"], expected["date"], expected["place"]), (expected, found)
    else:
        assert misses[field] == {"missed": [], "spurious": []}


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_every_offset_slices_back_to_its_text(path: Path, readings):
    text = path.read_text(encoding="utf-8")
    _gold, record, _misses = readings[path.stem]
    spans = []
    if record["dateline"]:
        spans.append(record["dateline"])
    for kind in ("actors", "organizations", "places"):
        for entity in record[kind]:
            spans.extend(entity["mentions"])
    for event in record["events"]:
        spans.append(event["trigger"])
        sentence = event["sentence"]
        assert 0 <= sentence["start"] < sentence["end"] <= len(text)
        assert sentence["start"] <= event["trigger"]["start"] < event["trigger"]["end"] <= sentence["end"]
    assert spans, "a sample without any mention tests nothing"
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]


def test_samples_have_gold_files():
    assert len(TEXTS) >= 4
    assert all(p.with_suffix("").with_suffix(".gold.json").is_file() for p in TEXTS)
