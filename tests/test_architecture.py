"""The package's layers, read from the source with `ast`: every import of every module.

Layers, low to high: `nlp` < `records` < `api` < {`batch`, `views`, `evaluation`, `archive`} <
`cli`. A module imports its own package and lower layers only; every import counts, at any
depth (inside functions, under `if TYPE_CHECKING:`). Besides, `evaluation` imports nothing
else of `dispatch_cli` and nothing outside the standard library, `views` imports neither
`api` nor `batch`, `archive` reads records and never the parser (neither `nlp` nor `api`),
and no module is part of an import cycle. The package root (`dispatch_cli`, which
holds the version) is below every layer; `dispatch_cli.__main__` is above `cli`.
"""
from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "dispatch_cli"
ROOT = "dispatch_cli"
LAYERS = {ROOT: 0, "nlp": 1, "records": 2, "api": 3, "batch": 4, "views": 4, "evaluation": 4, "archive": 4,
          "cli": 5, "__main__": 6}
FORBIDDEN = {"views": {"api", "batch"}, "batch": {"views", "cli"}, "archive": {"nlp", "api"}}
STDLIB_ONLY = {"evaluation"}

@dataclass(frozen=True)
class Edge:
    """`source` imports `target` (both modules of the package) at `line`."""

    source: str
    target: str
    line: int


def module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name, packages under their own name."""
    return {module_name(p): p for p in sorted(SOURCE.rglob("*.py")) if "__pycache__" not in p.parts}


MODULES = modules()


def _resolve(name: str) -> str:
    """The module a dotted name imports: the longest prefix that is a module of ours."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        if ".".join(parts[:end]) in MODULES:
            return ".".join(parts[:end])
    return ROOT


def _absolute(node: ast.ImportFrom, module: str) -> str:
    """The absolute name of a `from X import ...`, relative imports resolved."""
    if not node.level:
        return node.module or ""
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    base = package.split(".")[: len(package.split(".")) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(module: str, tree: ast.AST) -> tuple[list[Edge], set[str]]:
    """The package modules `module` imports, and the top-level names of everything else it
    imports (standard library and third party)."""
    edges: list[Edge] = []
    others: set[str] = set()

    def add(name: str, line: int) -> None:
        if name == ROOT or name.startswith(ROOT + "."):
            edges.append(Edge(module, _resolve(name), line))
        else:
            others.add(name.split(".")[0])

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, module)
            for alias in node.names:
                # `from pkg import mod` imports the module pkg.mod; `from mod import name` mod.
                full = f"{base}.{alias.name}"
                add(full if full in MODULES else base, node.lineno)
    return edges, others


def graph() -> tuple[dict[str, list[Edge]], dict[str, set[str]]]:
    edges: dict[str, list[Edge]] = {}
    others: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        edges[name], others[name] = imports_of(name, ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return edges, others


EDGES, OTHERS = graph()


def component(module: str) -> str:
    """The layer's name of a module: its subpackage, `api`, the root or `__main__`."""
    parts = module.split(".")
    return ROOT if len(parts) == 1 else parts[1]


def violations(module: str) -> list[str]:
    """What `module`'s imports break of the layer rules, one line each."""
    source = component(module)
    found = []
    if source not in LAYERS:
        return [f"{module} belongs to no layer: add its package to LAYERS"]
    for edge in EDGES[module]:
        target = component(edge.target)
        if target == source:
            continue
        where = f"{module}:{edge.line} imports {edge.target}"
        if source in STDLIB_ONLY:
            found.append(f"{where}: {source} imports nothing else of {ROOT}")
        elif target in FORBIDDEN.get(source, ()):
            found.append(f"{where}: {source} must not import {target}")
        elif target not in LAYERS:
            found.append(f"{where}: {edge.target} belongs to no layer")
        elif LAYERS[target] >= LAYERS[source]:
            found.append(f"{where}: {target} is not below {source}")
    if source in STDLIB_ONLY:
        found += [f"{module} imports {name}, outside the standard library"
                  for name in sorted(OTHERS[module] - set(sys.stdlib_module_names))]
    return found


def cycles() -> list[list[str]]:
    """The import cycles: strongly connected components of more than one module, or a
    module that imports itself (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted({e.target for e in EDGES[v]}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            members = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                members.append(w)
                if w == v:
                    break
            if len(members) > 1 or any(e.target == v for e in EDGES[v]):
                found.append(sorted(members))

    for module in MODULES:
        if module not in index:
            visit(module)
    return found


CYCLES = cycles()


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_its_own_package_and_lower_layers_only(module: str):
    assert violations(module) == []


@pytest.mark.parametrize("module", MODULES)
def test_module_is_in_no_import_cycle(module: str):
    assert [cycle for cycle in CYCLES if module in cycle] == []


def test_the_walk_sees_every_module_and_every_kind_of_import():
    assert {"dispatch_cli.cli", "dispatch_cli.api", "dispatch_cli.batch.runner",
            "dispatch_cli.records.jsonio", "dispatch_cli.__main__"} <= set(MODULES)
    tree = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "import dispatch_cli.nlp.pipeline\n"
        "from dispatch_cli.records import types\n"
        "from dispatch_cli.records.types import Mention\n"
        "from dispatch_cli import __version__\n"
        "from .work import Item\n"
        "if TYPE_CHECKING:\n"
        "    from dispatch_cli.api import InputText\n"
        "def f():\n"
        "    from ..views import render\n"
        "    import json\n")
    edges, others = imports_of("dispatch_cli.batch.runner", tree)
    assert [e.target for e in edges] == [
        "dispatch_cli.nlp.pipeline", "dispatch_cli.records.types", "dispatch_cli.records.types",
        "dispatch_cli", "dispatch_cli.batch.work", "dispatch_cli.api", "dispatch_cli.views.render"]
    assert others == {"typing", "json"}


def test_the_rules_catch_what_they_forbid(monkeypatch):
    monkeypatch.setitem(EDGES, "dispatch_cli.views.render", [Edge("dispatch_cli.views.render", "dispatch_cli.api", 1)])
    monkeypatch.setitem(EDGES, "dispatch_cli.evaluation.scoring",
                        [Edge("dispatch_cli.evaluation.scoring", "dispatch_cli.records.types", 2)])
    monkeypatch.setitem(OTHERS, "dispatch_cli.evaluation.scoring", {"json", "rich"})
    monkeypatch.setitem(EDGES, "dispatch_cli.records.types",
                        [Edge("dispatch_cli.records.types", "dispatch_cli.api", 3)])
    assert violations("dispatch_cli.views.render") == [
        "dispatch_cli.views.render:1 imports dispatch_cli.api: views must not import api"]
    assert violations("dispatch_cli.evaluation.scoring") == [
        "dispatch_cli.evaluation.scoring:2 imports dispatch_cli.records.types: evaluation imports nothing else "
        "of dispatch_cli", "dispatch_cli.evaluation.scoring imports rich, outside the standard library"]
    assert violations("dispatch_cli.records.types") == [
        "dispatch_cli.records.types:3 imports dispatch_cli.api: api is not below records"]
