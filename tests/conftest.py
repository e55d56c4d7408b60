"""Shared fixtures: one spaCy pipeline per test session, and the shared corpus if present."""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def dispatch_parser():
    """The session's one `DispatchParser` (loading the pipeline takes seconds); `dispatch
    parse` run in-process through CliRunner reuses it, as the batch engine keeps one parser
    per process."""
    from dispatch_cli.batch import work

    return work.shared_parser()


@pytest.fixture(scope="session")
def parser(dispatch_parser):
    """The same parser, under the name the CLI and batch tests use."""
    return dispatch_parser


def shared_dir() -> Path | None:
    """The shared corpus and scorer: `$DISPATCH_SHARED`, else `shared/` beside the repository."""
    path = Path(os.environ.get("DISPATCH_SHARED") or Path(__file__).parents[2] / "shared")
    return path if (path / "corpus" / "dev").is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip("the shared corpus (../shared or $DISPATCH_SHARED) is not available")
    return path


@pytest.fixture(scope="session")
def dev_predictions(tmp_path_factory, dispatch_parser, shared: Path) -> Path:
    """The parser's records of the dev corpus, written as NAME.json."""
    from dispatch_cli.api import InputText

    out = tmp_path_factory.mktemp("dev-pred")
    paths = sorted((shared / "corpus" / "dev").glob("*.txt"))
    inputs = (InputText(p.read_text(encoding="utf-8"), path=str(p)) for p in paths)
    for path, record in zip(paths, dispatch_parser.pipe(inputs), strict=True):
        (out / f"{path.stem}.json").write_text(
            json.dumps(record.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def reference(shared: Path):
    """The corpus's own scorer, `eval/score.py`, loaded as a module."""
    spec = importlib.util.spec_from_file_location("reference_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def parse(dispatch_parser):
    """Parse a text and return its JSON-ready record."""

    def run(text: str, year: int | None = None) -> dict:
        return dispatch_parser.parse(text, year=year).to_dict()

    return run


def actor(record: dict, name: str) -> dict:
    """The actor of that name (a test helper: fails clearly when missing)."""
    found = [a for a in record["actors"] if a["name"] == name]
    assert found, f"no actor {name!r} in {[a['name'] for a in record['actors']]}"
    return found[0]


def party_sets(record: dict) -> list[tuple[str, frozenset[str]]]:
    """Each event as (type, set of participant names)."""
    return [(e["type"], frozenset(p["name"] for p in e["participants"])) for e in record["events"]]
