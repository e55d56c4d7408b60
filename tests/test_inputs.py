"""Finding inputs and decoding them: no pipeline needed."""
from __future__ import annotations

import codecs
import hashlib
import io
import os

import pytest

from dispatch_cli.batch import inputs
from dispatch_cli.batch.inputs import InputError, InputRef, count_inputs, decode, iter_inputs, read_input

FRENCH = "Genève, 3 mai, AZERTAC\n\nL’ambassadeur a été reçu par le ministre « à Bakou »."


def paths(args: list[str]) -> list[str | None]:
    return [ref.path for ref in iter_inputs(args)]


def test_folder_walk_is_recursive_sorted_and_only_txt(tmp_path):
    root = tmp_path / "news"
    for rel in ["b.txt", "a.txt", "z/c.txt", "m/d.txt", "m/e.md", "notes.TXT.bak"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x")
    found = list(iter_inputs([str(root)]))
    assert [r.rel for r in found] == ["a.txt", "b.txt", "m/d.txt", "z/c.txt"]
    assert found[2].path == str(root / "m" / "d.txt")
    assert not any(r.explicit for r in found)
    assert count_inputs([str(root)]) == 4


def test_arguments_keep_their_order_and_spelling(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("x")
    (tmp_path / "f.txt").write_text("x")
    args = [str(tmp_path / "f.txt"), "-", str(tmp_path / "d"), "missing.txt"]
    refs = list(iter_inputs(args))
    assert [r.path for r in refs] == [args[0], None, str(tmp_path / "d" / "x.txt"), "missing.txt"]
    assert [r.rel for r in refs] == ["f.txt", "stdin.txt", "x.txt", "missing.txt"]


def test_folder_named_like_a_text_file_is_walked(tmp_path):
    (tmp_path / "2024.txt").mkdir()
    (tmp_path / "2024.txt" / "a.txt").write_text("x")
    assert [r.rel for r in iter_inputs([str(tmp_path)])] == ["2024.txt/a.txt"]


def test_symlink_loops_do_not_hang_the_walk(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x")
    os.symlink("..", tmp_path / "sub" / "up")  # a folder loop
    os.symlink("self.txt", tmp_path / "self.txt")  # a file loop
    os.symlink("sub", tmp_path / "again")  # the same folder twice: walked once, first by name
    assert [r.rel for r in iter_inputs([str(tmp_path)])] == ["again/a.txt", "self.txt"]
    with pytest.raises(InputError, match="symbolic link loop"):
        read_input(InputRef(str(tmp_path / "self.txt"), "self.txt"))


def test_unlistable_subfolder_is_reported_not_raised(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(inputs.os, "scandir", scandir)
    (ref,) = iter_inputs([str(tmp_path)])
    with pytest.raises(InputError, match="cannot list folder: permission denied"):
        read_input(ref)


def test_read_gives_text_hash_and_encoding(tmp_path):
    raw = FRENCH.encode("utf-8")
    (tmp_path / "a.txt").write_bytes(raw)
    inp = read_input(InputRef(str(tmp_path / "a.txt"), "a.txt"), year=2021)
    assert (inp.text, inp.encoding, inp.year) == (FRENCH, "utf-8", 2021)
    assert inp.sha256 == hashlib.sha256(raw).hexdigest()


def test_stdin_is_read_as_bytes():
    inp = read_input(InputRef(None, "stdin.txt"), stdin=io.BytesIO(codecs.BOM_UTF8 + FRENCH.encode()))
    assert (inp.path, inp.text, inp.encoding) == (None, FRENCH, "utf-8-sig")


def test_bom_is_stripped_and_offsets_count_after_it():
    text, enc = decode(codecs.BOM_UTF8 + FRENCH.encode("utf-8"))
    assert (text, enc) == (FRENCH, "utf-8-sig")
    assert text.index("Genève") == 0


def test_crlf_is_kept():
    text, enc = decode(FRENCH.replace("\n", "\r\n").encode("utf-8"))
    assert text == FRENCH.replace("\n", "\r\n") and enc == "utf-8"


@pytest.mark.parametrize("legacy", ["cp1252", "latin-1"])
def test_legacy_encodings_are_detected(legacy):
    sample = FRENCH if legacy == "cp1252" else FRENCH.replace("’", "'")
    text, enc = decode(sample.encode(legacy))
    assert text == sample
    # Latin-1 French text is also valid cp1252, which reads it identically.
    assert enc in ("cp1252", "latin_1")


def test_utf16_with_bom():
    assert decode(FRENCH.encode("utf-16")) == (FRENCH, "utf-16")


def test_empty_is_valid():
    assert decode(b"") == ("", "utf-8")


@pytest.mark.parametrize("data, cause", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"Bakou, 3 mai\x00 AZERTAC", "binary file (NUL byte at offset 12)"),
    (bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 20, "undecodable"),
    (codecs.BOM_UTF8 + b"caf\xe9", "not valid UTF-8 after its byte order mark"),
])
def test_bad_bytes_fail_with_a_cause(data, cause):
    with pytest.raises(InputError, match=cause.replace("(", r"\(").replace(")", r"\)")):
        decode(data)


def test_missing_broken_link_and_unreadable(tmp_path, monkeypatch):
    os.symlink("nowhere.txt", tmp_path / "broken.txt")
    with pytest.raises(InputError, match=r"^no such file or directory$"):
        read_input(InputRef(str(tmp_path / "missing.txt"), "missing.txt"))
    with pytest.raises(InputError, match=r"broken symbolic link \(to nowhere.txt\)"):
        read_input(InputRef(str(tmp_path / "broken.txt"), "broken.txt"))

    # Tests run as root, for whom chmod 000 changes nothing: make open() refuse instead.
    (tmp_path / "locked.txt").write_text("x")

    def refuse(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(inputs, "open", refuse, raising=False)
    with pytest.raises(InputError, match=r"^permission denied$"):
        read_input(InputRef(str(tmp_path / "locked.txt"), "locked.txt"))


def test_pipes_are_read_only_when_named(tmp_path):
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_input(InputRef(str(fifo), "fifo.txt", explicit=False))
