"""The scorer: its matching rules, and equality with the corpus's reference scorer."""
from __future__ import annotations

import copy
import json
import random

import pytest

from dispatch_cli.evaluation import scoring
from dispatch_cli.evaluation.scoring import (
    Counts,
    Document,
    match_entities,
    match_events,
    match_roles,
    norm,
    score,
    score_dirs,
    token_f1,
)


def test_norm_folds_case_accents_apostrophes_hyphens_and_articles():
    assert norm("L’Organisation  du Traité") == "organisation du traite"
    assert norm("la Türkiye") == norm("Turkiye") == "turkiye"
    assert norm("Azerbaïdjan-OTAN") == "azerbaidjan otan"
    assert norm("« OTAN+Azerbaïdjan »") == "otan azerbaidjan"
    assert norm("de l' Union") == "union"
    assert norm(None) == ""


def test_token_f1_of_roles():
    assert token_f1("ministre des Affaires étrangères", "le ministre des affaires etrangeres") == 1.0
    # 4 common words of 5 and 4: P 4/5, R 1
    assert token_f1("ministre italien de la Défense", "ministre de la Défense") == pytest.approx(8 / 9)
    assert token_f1("président", "") == 0.0
    assert token_f1("a b", "c d") == 0.0


def test_entities_match_by_any_name_form_once_and_optional_ones_are_free():
    gold = [{"name": "Union européenne", "aliases": ["UE"]}, {"name": "OTAN", "aliases": ["NATO"]}]
    pred = [{"name": "UE"}, {"name": "l’union europeenne"}, "NATO", {"name": "COP29"},
            {"name": "Banque mondiale", "acronym": "BM"}]
    result = match_entities(gold, pred, optional=[{"name": "COP29", "aliases": []}])
    assert [g["name"] for g, _ in result.pairs] == ["Union européenne", "OTAN"]
    assert result.spurious == [{"name": "l’union europeenne"},
                               {"name": "Banque mondiale", "acronym": "BM"}]
    assert result.missed == []


def test_roles_match_at_token_f1_of_six_tenths():
    gold = ["ministre italien de la Défense", "président de l’Assemblée parlementaire de l’OTAN"]
    assert match_roles(gold, ["ministre de la Défense", "député", 3]) == (1, 1, 1)


def test_events_pair_by_participant_overlap_best_first():
    gold = {"actors": [{"name": "Ilham Aliyev", "aliases": []},
                       {"name": "Recep Tayyip Erdogan", "aliases": ["Erdogan"]},
                       {"name": "Charles Michel", "aliases": []}],
            "events": [{"participants": ["Ilham Aliyev", "Recep Tayyip Erdogan"]},
                       {"participants": ["Ilham Aliyev", "Charles Michel", "Belgique"]}]}
    pred = [{"participants": [{"ref": "a1", "name": "Ilham Aliyev"}, {"name": "Charles Michel"}]},
            {"participants": ["Erdogan", "Ilham Aliyev"]},
            {"participants": ["Ilham Aliyev"]}]
    assert match_events(gold, pred) == ([(0, 1), (1, 0)], 1, 0)


def test_counts_of_an_empty_field_score_one():
    assert Counts().prf() == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 0, "fp": 0, "fn": 0}
    assert Counts(0, 0, 3).prf()["p"] == 0.0
    assert Counts(2, 1, 1).prf() == {"p": 0.6667, "r": 0.6667, "f1": 0.6667,
                                     "tp": 2, "fp": 1, "fn": 1}


def as_prediction(gold: dict) -> dict:
    """A record-shaped prediction that says exactly what the gold says."""
    return {"dateline": gold.get("dateline"),
            "actors": [{"name": a["name"], "aliases": a["aliases"], "roles": a["roles"]}
                       for a in gold.get("actors") or []],
            "organizations": gold.get("organizations") or [],
            "events": [{"type": e["type"], "participants": [{"name": p} for p in e["participants"]]}
                       for e in gold.get("events") or []]}


def test_gold_as_prediction_scores_perfectly(shared):
    dev = shared / "corpus" / "dev"
    docs = [Document(name, scoring.read_gold(path), as_prediction(scoring.read_gold(path)))
            for name, path in scoring.gold_files(dev)]
    summary, _ = score(docs)
    for key in scoring.FIELDS:
        assert summary[key]["f1"] == 1.0, key
    assert summary["dateline_accuracy"] == 1.0 and summary["event_type_accuracy"] == 1.0
    assert summary["documents"] == len(docs) > 30 and summary["unreadable_predictions"] == 0


def test_missing_and_broken_predictions_score_as_empty(tmp_path, shared):
    dev = shared / "corpus" / "dev"
    (tmp_path / "d000.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / "d001.json").write_text("{broken", encoding="utf-8")
    summary, docs = score_dirs(dev, tmp_path)
    assert docs[0]["problem"] == "ValueError: top level is not an object"
    assert docs[1]["problem"].startswith("JSONDecodeError: ")
    assert docs[2]["problem"].startswith("FileNotFoundError: ")
    assert summary["unreadable_predictions"] == summary["documents"]
    assert summary["actors"]["tp"] == 0 and summary["actors"]["fn"] > 0


def perturbed(gold: dict, rng: random.Random) -> dict:
    """A plausible wrong prediction: entities dropped, renamed, invented; roles and
    participants changed; datelines and types sometimes wrong."""
    pred = copy.deepcopy(as_prediction(gold))

    def shuffle_some(items: list) -> list:
        kept = [x for x in items if rng.random() < 0.75]
        rng.shuffle(kept)
        return kept

    for actor in pred["actors"]:
        if actor["aliases"] and rng.random() < 0.3:
            actor["name"] = actor["aliases"][0]
        elif rng.random() < 0.2:
            actor["name"] = actor["name"].split()[-1].upper()
        actor["roles"] = [r if rng.random() < 0.6 else " ".join(r.split()[: rng.randint(1, 4)])
                          for r in shuffle_some(actor["roles"])]
        if rng.random() < 0.2:
            actor["roles"].append("ministre de la Culture")
    pred["actors"] = shuffle_some(pred["actors"]) + rng.sample(
        # a bare string only where it matches no gold actor: the reference scorer fails on those
        [{"name": "Jean Dupont", "roles": ["ambassadeur"]}, "Paul Inconnu",
         {"name": "Marie Curie", "aliases": ["M. Curie"], "roles": []}], rng.randint(0, 2))
    orgs = shuffle_some(pred["organizations"]) + rng.sample(
        [{"name": "COP29"}, {"name": "Banque mondiale", "acronym": "BM"}, "gouvernement",
         {"name": "Fondation", "acronyms": ["FHA"]}], rng.randint(0, 3))
    pred["organizations"] = orgs
    for event in pred["events"]:
        event["participants"] = shuffle_some(event["participants"])
        if rng.random() < 0.3:
            event["participants"].append(rng.choice(["Azerbaïdjan", {"name": "Ilham Aliyev"}]))
        if rng.random() < 0.3:
            event["type"] = rng.choice(["meeting", "call", "visit", "conference", "signing"])
    pred["events"] = shuffle_some(pred["events"]) + [{"type": "meeting", "participants": []}] * rng.randint(0, 1)
    if pred["dateline"] and rng.random() < 0.2:
        pred["dateline"] = dict(pred["dateline"], year=None)
    return pred


def test_figures_equal_the_reference_scorer_on_perturbed_predictions(tmp_path, shared, reference):
    dev = shared / "corpus" / "dev"
    rng = random.Random(11)
    for round_ in range(3):
        pred_dir = tmp_path / f"round{round_}"
        pred_dir.mkdir()
        for name, path in scoring.gold_files(dev):
            if rng.random() < 0.05:
                continue  # a missing prediction
            pred = perturbed(scoring.read_gold(path), rng)
            (pred_dir / f"{name}.json").write_text(json.dumps(pred, ensure_ascii=False),
                                                  encoding="utf-8")
        ours = score_dirs(str(dev), str(pred_dir))
        assert ours == reference.score(str(dev), str(pred_dir))
        assert 0 < ours[0]["actors"]["f1"] < 1 and 0 < ours[0]["events"]["f1"] < 1


def test_figures_equal_the_reference_scorer_on_parser_output(shared, dev_predictions, reference):
    dev = shared / "corpus" / "dev"
    assert score_dirs(dev, dev_predictions) == reference.score(dev, dev_predictions)
