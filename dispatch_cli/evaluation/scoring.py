"""Score records against gold annotations, by the rules of the corpus's annotation guide.

This is the project's scorer (`dispatch evaluate`). Its normalization and matching are
those of the reference scorer of the shared corpus (`eval/score.py`), and its figures are
the same on the same predictions; a test keeps them equal. The only differences are on
malformed predictions that make the reference scorer fail: here a participant that is
neither a string nor an object is ignored, `aliases` must be a list, and an actor given
as a bare string has no roles.

Gold files (`NAME.gold.json`) follow the guide: `dateline`, `actors` (name, aliases,
roles), `organizations` and `optional_organizations` (name, aliases), `events` (type,
participants, date, place). A prediction is the JSON of a record.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

from dispatch_cli.evaluation.split import Part, part_of

Entity = Mapping[str, Any] | str
FIELDS: tuple[str, ...] = ("actors", "roles", "organizations", "events")
GOLD_SUFFIX = ".gold.json"
ROLE_MIN_F1 = 0.6
EVENT_MIN_JACCARD = 0.5

_ARTICLE = re.compile(r"^(?:l'|d'|le |la |les |du |des |de la |de l'|de )")
_PUNCT = re.compile(r"[«»\"“”()\[\].,;:!?]")
_APOSTROPHES = re.compile(r"[’‘ʼ`´]")
_DASHES = re.compile(r"[-‐‑‒–—+/]")
_SPACES = re.compile(r"\s+")


def norm(text: object) -> str:
    """Fold case, accents, apostrophes, hyphens and spaces; drop leading articles.

    `"L’Organisation du Traité"` gives `"organisation du traite"`; anything but a string
    gives `""`.
    """
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _APOSTROPHES.sub("'", text)
    text = _DASHES.sub(" ", text)
    text = _PUNCT.sub(" ", text)
    text = _SPACES.sub(" ", text).strip().replace("' ", "'")
    previous = None
    while previous != text:
        previous = text
        text = _ARTICLE.sub("", text).strip()
    return text


def tokens(text: object) -> list[str]:
    """The words of the normalized text (`norm`), apostrophes splitting words, in order."""
    return re.findall(r"\w+", norm(text).replace("'", " "))


def token_f1(a: str, b: str) -> float:
    """F1 of the two strings' word multisets (`tokens`): 0.0 (nothing shared, or an empty
    string) to 1.0 (the same words)."""
    ta, rest = tokens(a), tokens(b)
    if not ta or not rest:
        return 0.0
    total_b = len(rest)
    common = 0
    for token in ta:
        if token in rest:
            rest.remove(token)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / total_b
    return 2 * p * r / (p + r)


def names_of(entity: Entity) -> set[str]:
    """All normalized forms (`norm`) of an entity: a string, or a mapping's `name`,
    `aliases`, `acronyms` and `acronym`; empty forms left out."""
    if isinstance(entity, str):
        return {norm(entity)} - {""}
    forms: list[object] = [entity.get("name")]
    for key in ("aliases", "acronyms"):
        values = entity.get(key)
        if isinstance(values, list):
            forms += values
    forms.append(entity.get("acronym"))
    return {norm(f) for f in forms} - {""}


class FieldScore(TypedDict):
    """The score of one field: precision, recall and F1 (0 to 1, rounded to 4 places) and
    the counts they come from."""

    p: float
    r: float
    f1: float
    tp: int
    fp: int
    fn: int


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        """Add the counts of one document."""
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> FieldScore:
        """Precision, recall and F1, rounded to 4 places; an empty field scores 1."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class EntityMatch:
    """The outcome of matching predicted entities to gold ones."""

    pairs: list[tuple[Mapping[str, Any], Entity]] = field(default_factory=list)
    spurious: list[Entity] = field(default_factory=list)
    missed: list[Mapping[str, Any]] = field(default_factory=list)


def match_entities(gold: Sequence[Mapping[str, Any]], pred: Sequence[Entity],
                   optional: Sequence[Entity] = ()) -> EntityMatch:
    """Match one to one by shared name forms (`names_of`), in prediction order.

    Each prediction takes the first unused gold entity that shares a form with it. A
    prediction that matches no unused gold entity is spurious, unless it names an optional
    one (then it is neither right nor wrong); gold entities left unused are missed.
    """
    gold_forms = [names_of(g) for g in gold]
    optional_forms = set().union(*(names_of(o) for o in optional))
    used: set[int] = set()
    result = EntityMatch()
    for p in pred:
        forms = names_of(p)
        hit = next((i for i, g in enumerate(gold_forms) if i not in used and forms & g), None)
        if hit is not None:
            used.add(hit)
            result.pairs.append((gold[hit], p))
        elif not forms & optional_forms:
            result.spurious.append(p)
    result.missed = [g for i, g in enumerate(gold) if i not in used]
    return result


def match_roles(gold_roles: Sequence[str], pred_roles: Sequence[object]) -> tuple[int, int, int]:
    """(tp, fp, fn) of one actor's roles: each gold role takes its best unused prediction,
    which counts when its `token_f1` with the gold role is at least `ROLE_MIN_F1`; predicted
    roles that are not strings are ignored."""
    rest = [r for r in pred_roles if isinstance(r, str)]
    tp = 0
    for g in gold_roles:
        best = max(rest, key=lambda r: token_f1(g, r), default=None)
        if best is not None and token_f1(g, best) >= ROLE_MIN_F1:
            tp += 1
            rest.remove(best)
    return tp, len(rest), len(gold_roles) - tp


def participant_key(party: object, gold: Mapping[str, Any]) -> str | None:
    """The gold entity a participant (a string, or a mapping with `name` and `aliases`)
    names, as `KIND:INDEX` (`actors:3`), else its smallest normalized form; None when it has
    none or is neither a string nor a mapping."""
    if isinstance(party, Mapping):
        forms = names_of({"name": party.get("name"), "aliases": party.get("aliases")})
    elif isinstance(party, str):
        forms = names_of(party)
    else:
        return None
    for kind in ("actors", "organizations", "optional_organizations"):
        for i, entity in enumerate(gold.get(kind) or []):
            if forms & names_of(entity):
                return f"{kind}:{i}"
    return min(forms) if forms else None


def match_events(gold: Mapping[str, Any], pred_events: Sequence[Mapping[str, Any]]
                 ) -> tuple[list[tuple[int, int]], int, int]:
    """Pair gold and predicted events one to one, best participant overlap first.

    Returns the (gold index, predicted index) pairs (indexes into `gold["events"]` and
    `pred_events`), the false positives and the false negatives. Events pair when the
    Jaccard index of their participants (`participant_key`) is at least
    `EVENT_MIN_JACCARD`; the event type does not count here.
    """
    def party_set(event: Mapping[str, Any]) -> set[str]:
        keys = (participant_key(p, gold) for p in event.get("participants") or [])
        return {key for key in keys if key is not None}

    gold_sets = [party_set(e) for e in gold.get("events") or []]
    pred_sets = [party_set(e) for e in pred_events]
    scored = []
    for i, g in enumerate(gold_sets):
        for j, p in enumerate(pred_sets):
            if g or p:
                jaccard = len(g & p) / len(g | p)
                if jaccard >= EVENT_MIN_JACCARD:
                    scored.append((jaccard, i, j))
    scored.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs, len(pred_sets) - len(pairs), len(gold_sets) - len(pairs)


def dateline_ok(gold: Mapping[str, Any] | None, pred: object) -> bool:
    """Whether the predicted dateline has the gold place, day, month, year and agency
    (place and agency compared normalized); with no gold dateline, whether none was
    predicted."""
    if gold is None:
        return not pred
    if not isinstance(pred, Mapping):
        return False
    if any(gold.get(key) != pred.get(key) for key in ("day", "month", "year")):
        return False
    return norm(gold.get("place")) == norm(pred.get("place")) and \
        norm(gold.get("agency")) == norm(pred.get("agency"))


@dataclass
class Document:
    """One gold document and the prediction for it."""

    name: str
    gold: Mapping[str, Any]
    pred: Mapping[str, Any]
    problem: str | None = None  # why the prediction could not be read, if it could not


class Scorer:
    """Accumulate the counts of documents one by one."""

    def __init__(self) -> None:
        """An empty scorer: no document, all counts zero."""
        self.totals = {key: Counts() for key in FIELDS}
        self.datelines = [0, 0]  # right, all
        self.types = [0, 0]  # right type, matched events
        self.docs: list[dict[str, Any]] = []

    def add(self, document: Document) -> dict[str, Any]:
        """Score one document; returns its misses (the `--per-doc` report): a dict with
    `doc`, `problem`, `dateline` (bool), `actors` and `organizations` (`missed` gold and
    `spurious` predicted names), `roles` (per actor whose roles differ) and `events`
    (`missed` gold and `spurious` predicted participant lists)."""
        gold, pred = document.gold, document.pred
        doc: dict[str, Any] = {"doc": document.name, "problem": document.problem}

        ok = dateline_ok(gold.get("dateline"), pred.get("dateline"))
        self.datelines[0] += ok
        self.datelines[1] += 1
        doc["dateline"] = ok

        actors = match_entities(gold.get("actors") or [], _list(pred, "actors"))
        self.totals["actors"].add(len(actors.pairs), len(actors.spurious), len(actors.missed))
        doc["actors"] = {"missed": [g["name"] for g in actors.missed],
                         "spurious": [_name(p) for p in actors.spurious]}
        roles = self.totals["roles"]
        role_misses = []
        for g, p in actors.pairs:
            pred_roles = p.get("roles") or [] if isinstance(p, Mapping) else []
            tp, fp, fn = match_roles(g.get("roles") or [], pred_roles)
            roles.add(tp, fp, fn)
            if fp or fn:
                role_misses.append({"actor": g["name"], "gold": g.get("roles"),
                                    "pred": p.get("roles") if isinstance(p, Mapping) else None})
        for g in actors.missed:  # roles of people not found count as missed too
            roles.add(0, 0, len(g.get("roles") or []))
        for p in actors.spurious:  # and roles of people not in the gold as spurious
            roles.add(0, len(p.get("roles") or []) if isinstance(p, Mapping) else 0, 0)
        doc["roles"] = role_misses

        orgs = match_entities(gold.get("organizations") or [], _list(pred, "organizations"),
                              gold.get("optional_organizations") or [])
        self.totals["organizations"].add(len(orgs.pairs), len(orgs.spurious), len(orgs.missed))
        doc["organizations"] = {"missed": [g["name"] for g in orgs.missed],
                                "spurious": [_name(p) for p in orgs.spurious]}

        pred_events = [e for e in _list(pred, "events") if isinstance(e, Mapping)]
        pairs, fp, fn = match_events(gold, pred_events)
        self.totals["events"].add(len(pairs), fp, fn)
        gold_events = gold.get("events") or []
        for i, j in pairs:
            self.types[0] += gold_events[i].get("type") == pred_events[j].get("type")
            self.types[1] += 1
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        doc["events"] = {
            "missed": [e.get("participants") for i, e in enumerate(gold_events)
                       if i not in matched_g],
            "spurious": [[_name(x) for x in e.get("participants") or []]
                         for j, e in enumerate(pred_events) if j not in matched_p]}
        self.docs.append(doc)
        return doc

    def summary(self) -> dict[str, Any]:
        """The summary: a `FieldScore` per field of `FIELDS`, `dateline_accuracy` and
    `event_type_accuracy` (0 to 1, rounded to 4 places, or None with nothing to count),
    `documents` and `unreadable_predictions` (counts)."""
        summary: dict[str, Any] = {key: c.prf() for key, c in self.totals.items()}
        summary["dateline_accuracy"] = _ratio(*self.datelines)
        summary["event_type_accuracy"] = _ratio(*self.types)
        summary["documents"] = len(self.docs)
        summary["unreadable_predictions"] = sum(1 for d in self.docs if d["problem"])
        return summary


def score(documents: Iterable[Document]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The summary (`Scorer.summary`) and the per-document misses (`Scorer.add`) of a
    stream of documents, in their order."""
    scorer = Scorer()
    for document in documents:
        scorer.add(document)
    return scorer.summary(), scorer.docs


def gold_files(gold_dir: Path, part: Part | None = None) -> list[tuple[str, Path]]:
    """`(NAME, path)` of each `NAME.gold.json` in the folder, sorted by file name; an
    empty list for a folder without any (or that does not exist). With `part`, only the
    documents of that part of the fixed split (`split.part_of`)."""
    files = [(path.name[: -len(GOLD_SUFFIX)], path)
             for path in sorted(Path(gold_dir).glob(f"*{GOLD_SUFFIX}"))]
    return [(name, path) for name, path in files if part is None or part_of(name) == part]


def read_prediction(path: Path) -> tuple[dict[str, Any], str | None]:
    """A prediction file's object and None, or `{}` and the reason it cannot be read
    (`TYPE: message`: missing, unreadable, not JSON, not an object). Never raises."""
    try:
        if path.exists() and not path.is_file():  # a folder, or a pipe that would block
            raise OSError(f"{path}: not a regular file")
        pred = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(pred, dict):
            raise ValueError("top level is not an object")
    except (OSError, ValueError) as exc:
        return {}, f"{type(exc).__name__}: {exc}"
    return pred, None


def score_dirs(gold_dir: Path | str, pred_dir: Path | str, part: Part | None = None
               ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Score the `NAME.json` files of `pred_dir` against the gold of `gold_dir` (see
    `score` for the result); with `part`, only the documents of that part of the split.

    A missing or unreadable prediction scores as an empty one. Raises `OSError` or
    `ValueError` (JSON) for a gold file that cannot be read.
    """
    def documents() -> Iterable[Document]:
        for name, path in gold_files(Path(gold_dir), part):
            pred, problem = read_prediction(Path(pred_dir) / f"{name}.json")
            yield Document(name, read_gold(path), pred, problem)

    return score(documents())


def read_gold(path: Path) -> dict[str, Any]:
    """A gold annotation file's object. Raises `OSError` if it cannot be read and
    `ValueError` (`json.JSONDecodeError`, `UnicodeDecodeError`) if it is not UTF-8 JSON."""
    gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return gold


def _list(pred: Mapping[str, Any], key: str) -> list[Entity]:
    value = pred.get(key)
    return [v for v in value if isinstance(v, (Mapping, str))] if isinstance(value, list) else []


def _name(entity: object) -> object:
    return entity.get("name") if isinstance(entity, Mapping) else entity


def _ratio(right: int, total: int) -> float | None:
    return round(right / total, 4) if total else None
