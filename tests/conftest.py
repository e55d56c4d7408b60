"""Shared fixtures: one spaCy pipeline per test session, and the shared corpus if present."""
from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def dispatch_parser():
    """One `DispatchParser` for the session: loading the pipeline takes seconds."""
    from dispatch_cli.parser import DispatchParser

    return DispatchParser()


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
