"""Finding the inputs of `dispatch parse` and decoding them into text.

Inputs are discovered lazily: a folder is walked one level at a time (entries of a level
sorted by name), so a folder of any size costs the memory of one level's names. Decoding
turns raw bytes into the text the parser reads; every offset in the output is an offset into
that decoded text (after a UTF-8 byte order mark is removed, CRLF line ends kept as they are).
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import BinaryIO

from dispatch_cli.api import InputText

STDIN = "-"
SUFFIX = ".txt"
# The archive is French: when a file is not UTF-8 it is in a Western European code page.
# Letting charset-normalizer choose among all code pages mistakes short French texts for
# cp1250 or big5, so it only chooses among these.
LEGACY_ENCODINGS = ["cp1252", "latin_1", "iso8859_15"]


class InputError(Exception):
    """An input that cannot be read or decoded; the message is the cause, for the user."""


@dataclass(frozen=True)
class InputRef:
    """One input to parse, as found, before it is read."""

    path: str | None  # as given or found; None for stdin
    rel: str  # where its output goes, relative to the output folder (with its .txt name)
    explicit: bool = True  # named on the command line, not found in a folder
    error: str | None = None  # a problem met while finding it (an unlistable folder)
    skip: str | None = None  # why it is not read, though found (a pipe or device in a folder)
    same_output_as: str | None = None  # an earlier input of its folder with the same output name

    @property
    def label(self) -> str:
        """How messages name this input."""
        return "<stdin>" if self.path is None else self.path


def iter_inputs(args: Iterable[str], suffixes: tuple[str, ...] = (SUFFIX,)) -> Iterator[InputRef]:
    """The inputs named by command-line arguments, in order, found lazily.

    `-` is stdin (output name `stdin.txt`); a folder gives every file below it whose name
    ends with one of `suffixes`, in any case (see `_walk`); anything else is taken as a file
    (a missing one fails when it is read, with the other inputs still processed). Never
    raises: a folder that cannot be listed, or holds no file to read, gives an `InputRef`
    whose `error` says why.
    """
    for arg in args:
        if arg == STDIN:
            yield InputRef(path=None, rel="stdin.txt")
        elif os.path.isdir(arg):
            found = False
            for ref in _walk(arg, suffixes):
                found = True
                yield ref
            if not found:  # a mistyped or wrong folder must not look like a batch that succeeded
                kinds = " or ".join(f"*{s}" for s in suffixes)
                yield InputRef(arg, os.path.basename(os.path.normpath(arg)), error=f"no {kinds} file in this folder")
        else:
            yield InputRef(path=arg, rel=os.path.basename(arg) or arg)


def count_inputs(args: Iterable[str]) -> int:
    """How many inputs the arguments name: a walk of names only, no file is opened."""
    return sum(1 for _ in iter_inputs(args))


def _walk(root: str, suffixes: tuple[str, ...] = (SUFFIX,)) -> Iterator[InputRef]:
    """Every file below `root` whose name ends with one of `suffixes` (`*.txt`), compared
    without case (`NOTE.TXT` too), depth first, each level in name order.

    Hidden files and folders (names starting with `.`) below `root` are left out, as `ls`
    and shell globs do. Symbolic links to folders are followed, but a folder already visited
    (by its device and inode) is not entered again, so a link loop cannot make the walk
    endless. A pipe, socket or device with a matching name is given with `skip` set: it is
    never opened (reading it could block forever). Two files of one folder whose names
    differ only in the case of the suffix (`a.txt`, `a.TXT`) would have one output name:
    the second is given with `same_output_as` naming the first.
    """
    visited: set[tuple[int, int]] = set()

    def walk(folder: str) -> Iterator[InputRef]:
        try:
            st = os.stat(folder)
        except OSError as exc:
            yield InputRef(folder, _rel(root, folder), explicit=False, error=describe_os_error(exc))
            return
        key = (st.st_dev, st.st_ino)
        if key in visited:
            return
        visited.add(key)
        try:
            with os.scandir(folder) as it:
                entries = sorted((e.name, e.path) for e in it)
        except OSError as exc:
            yield InputRef(folder, _rel(root, folder), explicit=False,
                           error=f"cannot list folder: {describe_os_error(exc)}")
            return
        stems: dict[str, str] = {}  # output stem -> the first path of this level that has it
        for name, path in entries:
            if name.startswith("."):
                continue
            if os.path.isdir(path):  # follows links; a broken or looping link is False
                yield from walk(path)
                continue
            suffix = next((s for s in suffixes if name.lower().endswith(s)), None)
            if suffix is None:
                continue
            stem = name[: -len(suffix)]
            yield InputRef(path, _rel(root, path), explicit=False, skip=_special_file(path),
                           same_output_as=stems.get(stem))
            stems.setdefault(stem, path)

    yield from walk(root)


def _special_file(path: str) -> str | None:
    """Why a file found in a folder is not to be read (`not a regular file (a FIFO)`), or
    None for a regular file, a broken link or anything `os.stat` fails on (those fail when
    they are read, with their cause)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file")
    return f"not a regular file ({kind})"


def _rel(root: str, path: str) -> str:
    return PurePath(path).relative_to(root).as_posix()


def read_input(ref: InputRef, year: int | None = None, stdin: BinaryIO | None = None) -> InputText:
    """Read and decode one input (`ref.path`, or `stdin` for stdin: default this process's).

    The `InputText` holds the decoded text (every offset of the record counts characters of
    it), the encoding used, the SHA-256 of the raw bytes (hex) and `year`. Raises
    `InputError` with the cause when the input cannot be found, read or decoded.
    """
    if ref.error:
        raise InputError(ref.error)
    if ref.path is None:
        data = (stdin or sys.stdin.buffer).read()
    else:
        data = read_bytes(ref.path, allow_special=ref.explicit)
    text, encoding = decode(data)
    return InputText(text=text, path=ref.path, encoding=encoding,
                     sha256=hashlib.sha256(data).hexdigest(), year=year)


def read_bytes(path: str, allow_special: bool = True) -> bytes:
    """The raw bytes of a file. Pipes and devices are read only when named explicitly
    (`allow_special`: `<(...)`, `/dev/stdin`): found in a folder, reading one could block
    forever. Raises `InputError` (a folder, a special file not allowed, a broken link, any
    operating-system error)."""
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a folder, not a file")
        if not stat.S_ISREG(st.st_mode) and not allow_special:
            raise InputError("not a regular file")
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and os.path.islink(path):
            raise InputError(f"broken symbolic link (to {os.readlink(path)})") from None
        raise InputError(describe_os_error(exc)) from None


def decode(data: bytes) -> tuple[str, str]:
    """The text of raw bytes and the name of the encoding used.

    UTF-8 is tried first, strictly; a UTF-8 byte order mark is removed (encoding
    `utf-8-sig`), so offsets count from the first character after it. UTF-16 with a byte
    order mark is decoded as such. Bytes with NUL are binary. Anything else goes to
    charset-normalizer, among the legacy Western European code pages.

    Raises `InputError` for binary data, invalid UTF-8 or UTF-16 after a byte order mark,
    and bytes that no candidate encoding decodes.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-8 after its byte order mark (byte {exc.start + 3})") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16 after its byte order mark") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"binary file (NUL byte at offset {nul})")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only files that are not UTF-8 need it

    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise InputError("undecodable: neither UTF-8 nor a Western European encoding "
                         f"({', '.join(LEGACY_ENCODINGS)})")
    return data.decode(best.encoding), best.encoding


def describe_os_error(exc: OSError) -> str:
    """A short lower-case cause for an operating-system error (`no such file or
    directory`, `symbolic link loop`)."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]
