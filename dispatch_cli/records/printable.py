"""How records and messages name a path, whatever its bytes.

A POSIX file name is bytes. Python gives a name that is not valid UTF-8 as a `str` holding
one lone surrogate per undecodable byte (`communiqu\\xe9.txt` becomes `'communiqu\\udce9.txt'`),
which UTF-8 cannot encode: written as it is, it breaks the JSON and the error lines.

- `printable_path`: the form the JSON carries (`source.path`, `--errors FILE`): each byte
  that is not UTF-8 is written as the four characters `\\xHH` (`communiqu\\xe9.txt`);
  everything else is kept, control characters included (JSON escapes them itself).
- `one_line`: the form a line of stderr carries: the same, and besides every control
  character escaped (`\\n`, `\\r`, `\\t`, else `\\xHH` or `\\uHHHH`, line and paragraph
  separators included), so a message is always one line.
- `error_line`: `error: PATH: cause`, the one style of every command's error lines.
- `path_candidates`: the file names a printable path may stand for, to open it again.
"""
from __future__ import annotations

import re
import unicodedata

_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTE = re.compile(r"\\x([89a-fA-F][0-9a-fA-F])")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    # U+DC80..U+DCFF stand for the undecodable bytes 0x80..0xFF (Python's surrogateescape).
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def printable_path(path: str) -> str:
    """`path` with each undecodable byte (a lone surrogate) written as `\\xHH`: a string that
    UTF-8, and so JSON, can carry. A path that is valid UTF-8 is returned unchanged."""
    return _SURROGATE.sub(_escape_surrogate, path)


def _escape_control(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """`text` as part of one line of a message: undecodable bytes as in `printable_path`,
    and every control character, line separator and paragraph separator escaped."""
    text = printable_path(text)
    if text.isprintable():  # the usual case, without a walk over the characters
        return text
    return "".join(_escape_control(c) if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)


def error_line(path: str, cause: str, kind: str = "error") -> str:
    """`error: PATH: cause` (or `warning: …`, `skipped: …` for `kind`) on one line."""
    return f"{kind}: {one_line(path)}: {one_line(cause)}"


def path_candidates(printable: str) -> list[str]:
    """The file names that `printable` may stand for: itself, then, when it holds `\\xHH`
    escapes of bytes 0x80 to 0xFF, the name with those bytes restored (as lone surrogates,
    which `open` and `os.stat` turn back into the raw bytes)."""
    restored = _ESCAPED_BYTE.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), printable)
    return [printable] if restored == printable else [printable, restored]
