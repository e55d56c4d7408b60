"""The rich table view of a record, and JSON highlighting."""
from __future__ import annotations

import copy
import io
import json
import os
import re
from pathlib import Path

import pytest
from rich.console import Console

import handmade
from dispatch_cli.records.types import DispatchRecord, Event, Mention, Source
from dispatch_cli.views.evidence import event_evidence, load_source_text
from dispatch_cli.views.render import make_console, print_json, render_record

SNAPSHOTS = Path(__file__).parent / "snapshots"
ESCAPE = "\x1b["


def plain_view(record, text, width=100) -> str:
    console = Console(width=width, no_color=True, record=True, file=io.StringIO())
    render_record(record, text, console)
    return console.export_text()


def terminal_view(record, text, width=100) -> str:
    out = io.StringIO()
    console = Console(width=width, force_terminal=True, color_system="truecolor", file=out)
    render_record(record, text, console)
    return out.getvalue()


def test_table_view_matches_snapshot():
    """Set UPDATE_SNAPSHOTS=1 to rewrite the snapshot after an intended change of the view."""
    rendered = plain_view(handmade.record(), handmade.TEXT)
    snapshot = SNAPSHOTS / "record_table.txt"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snapshot.write_text(rendered, encoding="utf-8")
    assert rendered == snapshot.read_text(encoding="utf-8")


def test_view_shows_every_part_of_the_record():
    out = plain_view(handmade.record(), handmade.TEXT)
    assert ESCAPE not in out
    for expected in ["Bakou, 14 juin, AZERTAC", "2024-06-14", "Actors", "Organizations",
                     "Meeting events", "Jens Stoltenberg", "Stoltenberg", "homologue belge",
                     "OTAN", "meeting", "call", "2024-06-12", "Byline: Igbal Hadjiyev",
                     "Places: Bakou", "[a reçu]"]:
        assert expected in out, expected
    # events in their order
    assert out.index("[a reçu]") < out.index("[s’est")


def test_trigger_is_highlighted_in_its_sentence_on_a_terminal():
    out = terminal_view(handmade.record(), handmade.TEXT)
    assert ESCAPE in out
    assert "[a reçu]" not in out  # styled, not bracketed
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "Ilham Aliyev a reçu le 12 juin" in plain


def test_without_the_text_the_trigger_is_shown_alone():
    out = plain_view(handmade.record(), None)
    assert "[a reçu]" in out and "[s’est entretenu par téléphone]" in out
    assert "Ensuite" not in out and "12 juin à Bakou" not in out


def test_offsets_into_another_text_fall_back_to_the_trigger():
    other = "x" * 50 + handmade.TEXT  # every offset now points 50 characters too early
    out = plain_view(handmade.record(), other)
    assert "[a reçu]" in out and "Ensuite" not in out


def test_missing_sentence_span_shows_the_line_of_the_trigger():
    record = handmade.record()
    record["events"][1]["sentence"] = None
    evidence = event_evidence(record["events"][1], handmade.TEXT)
    assert evidence.sentence.startswith("Ensuite,") and evidence.sentence.endswith("Lahbib.")
    assert evidence.trigger == "s’est entretenu par téléphone"


def test_narrow_console_wraps_instead_of_cutting():
    width = 50
    out = plain_view(handmade.record(), handmade.TEXT, width=width)
    assert "…" not in out
    assert max(len(line) for line in out.splitlines()) <= width
    words = re.findall(r"\w+", " ".join(out.split()))
    for role in handmade.record()["actors"][1]["roles"]:
        for word in re.findall(r"\w+", role):
            assert word in words


def test_long_words_fold_rather_than_vanish():
    record = handmade.record()
    record["actors"][0]["name"] = "Ω" * 80  # one word longer than its column
    out = plain_view(record, handmade.TEXT, width=60)
    assert "…" not in out
    assert out.count("Ω") == 80


def test_empty_record_says_so():
    out = plain_view({"source": {"path": "x.txt", "sha256": "0"}}, None)
    assert "x.txt" in out and "no dateline" in out
    assert "Actors: none" in out and "Meeting events: none" in out


def test_dataclass_record_renders_like_its_dict():
    record = DispatchRecord(source=Source(path=None, sha256="0"), headline="Titre du jour",
                            events=[Event(id="e1", type="visit",
                                          trigger=Mention("a effectué une visite", 0, 21))])
    assert plain_view(record, None) == plain_view(record.to_dict(), None)
    assert "Titre du jour" in plain_view(record, None)


@pytest.mark.parametrize("no_color", ["1", ""])
def test_make_console_honours_no_color_on_a_terminal(monkeypatch, no_color):
    monkeypatch.setenv("FORCE_COLOR", "1")  # behave as on a terminal
    monkeypatch.setenv("NO_COLOR", no_color)
    out = io.StringIO()
    render_record(handmade.record(), handmade.TEXT, make_console(file=out, width=100))
    assert (ESCAPE in out.getvalue()) is not bool(no_color)
    if no_color:
        assert "[a reçu]" in out.getvalue()


def test_make_console_off_a_terminal_is_plain(monkeypatch):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = io.StringIO()
    render_record(handmade.record(), handmade.TEXT, make_console(file=out))
    assert ESCAPE not in out.getvalue() and "[a reçu]" in out.getvalue()


def test_print_json_highlights_without_changing_a_character():
    text = json.dumps(handmade.record(), ensure_ascii=False, indent=2)
    out = io.StringIO()
    print_json(text, Console(file=out, force_terminal=True, color_system="truecolor", width=40))
    assert ESCAPE in out.getvalue()
    assert re.sub(r"\x1b\[[0-9;]*m", "", out.getvalue()) == text + "\n"
    plain = io.StringIO()
    print_json(text, Console(file=plain, width=40))
    assert plain.getvalue() == text + "\n"


def test_load_source_text_checks_the_file_is_the_parsed_one(tmp_path):
    source = tmp_path / "d.txt"
    source.write_text(handmade.TEXT, encoding="utf-8")
    record = copy.deepcopy(handmade.record())
    record["source"]["path"] = "d.txt"
    assert load_source_text(record) is None  # not relative to the working directory
    assert load_source_text(record, relative_to=tmp_path) == handmade.TEXT
    record["source"]["path"] = str(source)
    assert load_source_text(record) == handmade.TEXT
    source.write_text(handmade.TEXT + "modifié", encoding="utf-8")
    assert load_source_text(record) is None
    source.write_bytes(b"\xef\xbb\xbf" + handmade.TEXT.encode("utf-8"))
    assert load_source_text(record) == handmade.TEXT  # same text behind a byte-order mark
