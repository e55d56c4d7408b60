"""Every command's `--help` has an Examples block, and every example runs as written.

The examples are run from a copy of the repository root made of links to its entries (and
to the shared corpus as `../shared` beside it, when that is there), so paths such as `samples/` or
`../shared/corpus/dev` resolve as they do for a user at the root, while what the examples
write (`out/`, `events.csv`) goes to a temporary folder. Each example line goes through
click's CliRunner in this process; `cat FILE |`, `> FILE` and `&&` are done by the test.
A line may use the files that earlier lines of its block write (`> nato.json`, then
`dispatch show nato.json`): those lines run first.
"""
from __future__ import annotations

import itertools
import re
import shlex
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from conftest import shared_dir
from dispatch_cli.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = shared_dir()  # linked as ../shared beside the copy of the root
# Entries of the root that the examples may create: not linked, so they are written in the copy.
NOT_LINKED = {"out", "build", "dist"}


def commands(group: click.Group = main, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The path of every command below `main` (`()` for `main` itself), in name order."""
    found = [path]
    for name in sorted(group.commands):
        command = group.commands[name]
        if isinstance(command, click.Group):
            found += commands(command, (*path, name))
        else:
            found.append((*path, name))
    return found


def help_text(path: tuple[str, ...]) -> str:
    result = CliRunner().invoke(main, [*path, "--help"], prog_name="dispatch")
    assert result.exit_code == 0, result.output
    return result.output


def examples(text: str) -> list[str]:
    """The lines of the `Example:` or `Examples:` block of a help text."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.fullmatch(r"\s*Examples?:\s*", line):
            indent = len(line) - len(line.lstrip())
            block = []
            for following in lines[i + 1:]:
                if not following.strip() or len(following) - len(following.lstrip()) <= indent:
                    break
                block.append(following.strip())
            return block
    return []


def tokens(line: str) -> list[str]:
    lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    return list(lexer)


def split(words: list[str], separator: str) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    for word in words:
        if word == separator:
            parts.append([])
        else:
            parts[-1].append(word)
    return parts


def written(line: str) -> set[str]:
    """The files and folders a line writes: after `>`, `-o`/`--output`, `--errors` and `--db`."""
    words = tokens(line)
    return {after.rstrip("/") for before, after in itertools.pairwise(words)
            if before in (">", "-o", "--output", "--errors", "--db")}


def needs(line: str, block: list[str]) -> list[str]:
    """The earlier lines of `block` that write a file `line` names, in block order,
    with what they need in turn."""
    names = {word.rstrip("/") for word in tokens(line)}
    earlier = block[: block.index(line)]
    found: list[str] = []
    for other in earlier:
        if written(other) & names:
            found += [n for n in needs(other, block) if n not in found] + [other]
    return found


def marks(lines: list[str]) -> list[pytest.MarkDecorator]:
    """Skip what needs a running Dask scheduler or the shared corpus; mark slow what starts
    processes (a worker pool, a Dask cluster)."""
    words = [word for line in lines for word in tokens(line)]
    found = []
    if "--scheduler" in words:
        found.append(pytest.mark.skip(reason="needs a running Dask scheduler"))
    if any(word.startswith("../shared") for word in words) and SHARED is None:
        found.append(pytest.mark.skip(reason="needs the shared corpus beside the repository (../shared)"))
    workers = [after for before, after in itertools.pairwise(words) if before == "--workers"]
    if "dask" in words or any(w != "1" for w in workers):
        found.append(pytest.mark.slow)
    return found


COMMANDS = commands()
HELP = {path: help_text(path) for path in COMMANDS}
EXAMPLES = [
    pytest.param(line, needs(line, block), id=f"{' '.join(path) or 'main'}: {line}",
                 marks=marks([*needs(line, block), line]))
    for path in COMMANDS for block in [examples(HELP[path])] for line in block
]


@pytest.mark.parametrize("path", COMMANDS, ids=lambda path: " ".join(("dispatch", *path)))
def test_help_has_examples_of_this_command(path: tuple[str, ...]):
    block = examples(HELP[path])
    assert block, f"`dispatch {' '.join(path)} --help` has no Example(s) block"
    for line in block:
        commands_run = [part[0] for part in split(tokens(line), "&&") for part in split(part, "|")]
        assert set(commands_run) <= {"dispatch", "cat"}, line
    name = " ".join(("dispatch", *path))
    assert any(name in line for line in block), f"no example of {name} itself"


@pytest.fixture
def root_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder where the repository root's entries (and ../shared) are links."""
    copy = tmp_path / ROOT.name
    copy.mkdir()
    for entry in ROOT.iterdir():
        if not entry.name.startswith(".") and entry.name not in NOT_LINKED and not entry.name.endswith(".egg-info"):
            (copy / entry.name).symlink_to(entry)
    if SHARED is not None:
        (tmp_path / "shared").symlink_to(SHARED)
    monkeypatch.chdir(copy)
    return copy


def run_line(line: str) -> None:
    """Run one example line: `A && B`, `cat FILE | dispatch ...`, `dispatch ... > FILE`."""
    for chain in split(tokens(line), "&&"):
        stdin: bytes | None = None
        for command in split(chain, "|"):
            if command[0] == "cat":
                stdin = b"".join(Path(name).read_bytes() for name in command[1:])
                continue
            target = None
            if ">" in command:
                command, target = command[: command.index(">")], command[command.index(">") + 1]
            assert command[0] == "dispatch", f"cannot run {command[0]!r} in: {line}"
            result = CliRunner().invoke(main, command[1:], input=stdin, prog_name="dispatch")
            assert result.exit_code == 0, f"{line}\n{result.stderr}\n{result.exception!r}"
            stdin = result.stdout_bytes
            if target is not None:
                Path(target).write_bytes(stdin)


@pytest.mark.parametrize("line, setup", EXAMPLES)
def test_example_runs_from_the_repository_root(line: str, setup: list[str], root_copy: Path, parser):
    for earlier in setup:
        run_line(earlier)
    run_line(line)
    for name in written(line):
        assert (root_copy / name).exists(), f"{line} did not write {name}"
