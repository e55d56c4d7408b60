"""The tuning/check split of the corpus is fixed by the documents' names."""
from __future__ import annotations

from dispatch_cli.evaluation.split import part_of


def test_the_split_depends_only_on_the_name():
    assert part_of("d000") == "tune"
    assert part_of("d002") == "check"
    assert part_of("d035") == "check"
    assert part_of("d072") == "tune"


def test_about_a_third_of_names_are_for_checking():
    names = [f"d{i:03d}" for i in range(1000)]
    share = sum(part_of(n) == "check" for n in names) / len(names)
    assert 0.28 < share < 0.38


def test_samples_are_all_from_the_tuning_part():
    """The golden samples are read document by document, so none may come from the check part."""
    import json
    from pathlib import Path

    gold_names = {"nato-dialogue-brussels": "d000", "paris-matignon-meeting": "d012",
                  "ankara-strategic-council-signings": "d018", "new-york-bilateral-meetings": "d021",
                  "gas-pipeline-no-meeting": "d072"}
    samples = Path(__file__).resolve().parents[1] / "samples"
    assert {p.name[: -len(".gold.json")] for p in samples.glob("*.gold.json")} == set(gold_names)
    assert all(part_of(d) == "tune" for d in gold_names.values())
    assert all(json.loads((samples / f"{s}.gold.json").read_text(encoding="utf-8")) for s in gold_names)
