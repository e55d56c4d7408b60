"""Quality floors on the whole dev corpus, scored by the corpus's own scorer.

The floors sit a few points under the scores the parser reaches (see the README's quality
table), field by field, so that a change that loses ground on any field fails here. The test
is skipped where the shared corpus is not beside the repository (set DISPATCH_SHARED).
"""
from __future__ import annotations

FLOORS = {"actors": 0.94, "roles": 0.85, "organizations": 0.84, "events": 0.72}
DATELINE_FLOOR = 0.97


def test_dev_corpus_meets_the_floors(dev_predictions, reference, shared):
    summary, _docs = reference.score(shared / "corpus" / "dev", dev_predictions)
    assert summary["documents"] >= 100
    assert summary["unreadable_predictions"] == 0
    assert summary["dateline_accuracy"] >= DATELINE_FLOOR, summary
    for field, floor in FLOORS.items():
        assert summary[field]["f1"] >= floor, (field, summary[field])
