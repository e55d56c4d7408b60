"""Shared fixtures: the spaCy pipeline is loaded once per test session."""
from __future__ import annotations

import pytest

from dispatch_cli.parser import DispatchParser


@pytest.fixture(scope="session")
def parser() -> DispatchParser:
    """The session's one `DispatchParser`; `dispatch parse` run in-process (CliRunner)
    reuses it, as the batch engine keeps one parser per process."""
    from dispatch_cli import batch

    return batch.shared_parser()
