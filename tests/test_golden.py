"""Golden tests: each sample dispatch gives exactly its checked-in JSON.

After an intended change of the extraction, regenerate them with
`dispatch parse samples/ -o samples/` and review the diff.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TEXTS = sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_sample_matches_golden(path: Path, dispatch_parser):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    record = dispatch_parser.parse(text, path=expected["source"]["path"]).to_dict()
    assert record == expected


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_every_offset_slices_back_to_its_text(path: Path):
    text = path.read_text(encoding="utf-8")
    record = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
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


def test_samples_have_golden_files():
    assert len(TEXTS) >= 4
    assert all(p.with_suffix(".json").is_file() for p in TEXTS)
