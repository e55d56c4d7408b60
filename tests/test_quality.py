"""Quality floors on the dev corpus, scored by the corpus's own scorer.

The floors are the ones agreed for the project; the test is skipped where the shared
corpus is not beside the repository (set DISPATCH_SHARED to point at it).
"""
from __future__ import annotations

FLOORS = {"actors": 0.90, "roles": 0.75, "organizations": 0.80, "events": 0.70}
DATELINE_FLOOR = 0.95


def test_dev_corpus_meets_the_floors(dev_predictions, reference, shared):
    summary, _docs = reference.score(shared / "corpus" / "dev", dev_predictions)
    assert summary["unreadable_predictions"] == 0
    assert summary["dateline_accuracy"] >= DATELINE_FLOOR, summary
    for field, floor in FLOORS.items():
        assert summary[field]["f1"] >= floor, (field, summary[field])
