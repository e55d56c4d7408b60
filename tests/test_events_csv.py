"""Meeting events as CSV, read back with the csv module."""
from __future__ import annotations

import copy
import csv
import io

import handmade
from dispatch_cli.records.types import DispatchRecord, Event, Mention, Participant, Source, Span
from dispatch_cli.views.events_csv import COLUMNS, EventCsvWriter, event_rows, write_events_csv


def read_back(data: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    return rows


def test_one_row_per_event_with_a_header():
    out = io.StringIO(newline="")
    assert write_events_csv([(handmade.record(), handmade.TEXT)], out) == 2
    assert out.getvalue().splitlines()[0] == ",".join(COLUMNS)
    rows = read_back(out.getvalue())
    assert rows[0] == {
        "file": "", "date": "2024-06-12", "type": "meeting", "place": "Bakou",
        "participants": "Ilham Aliyev; Jens Stoltenberg", "trigger": "a reçu",
        "sentence": handmade.TEXT[handmade.TEXT.index("Le président"):
                                  handmade.TEXT.index("Stoltenberg.") + len("Stoltenberg.")],
    }
    assert "\n" in rows[0]["sentence"]  # the sentence keeps the text's own line break
    assert rows[1]["type"] == "call" and rows[1]["date"] == "" and rows[1]["place"] == ""
    assert rows[1]["trigger"] == "s’est entretenu par téléphone"


def test_commas_quotes_and_newlines_survive_a_round_trip():
    text = 'Il a dit « oui, "bien sûr" »,\npuis a reçu X, Y; et "Z".\r\nFin.'
    trigger = "a reçu"
    start = text.index(trigger)
    record = DispatchRecord(
        source=Source(path='dossier, "spécial"\nd1.txt', sha256="0"),
        events=[Event(id="e1", type="meeting",
                      trigger=Mention(trigger, start, start + len(trigger)),
                      participants=[Participant("a1", 'Jean "le Grand", fils'),
                                    Participant("a2", "Marie\nCurie")],
                      date="2024-01-02", place="Saint-Denis, La Réunion",
                      sentence=Span(0, len(text)))])
    out = io.StringIO(newline="")
    write_events_csv([(record, text)], out)
    [row] = read_back(out.getvalue())
    assert row == {"file": 'dossier, "spécial"\nd1.txt', "date": "2024-01-02", "type": "meeting",
                   "place": "Saint-Denis, La Réunion",
                   "participants": 'Jean "le Grand", fils; Marie\nCurie', "trigger": "a reçu",
                   "sentence": text}
    assert row == next(event_rows(record, text))


def test_without_the_text_the_sentence_is_empty():
    rows = list(event_rows(handmade.record(), None))
    assert [r["sentence"] for r in rows] == ["", ""]
    assert [r["trigger"] for r in rows] == ["a reçu", "s’est entretenu par téléphone"]


def test_writer_streams_records_under_one_header(tmp_path):
    path = tmp_path / "events.csv"
    no_events = {"source": {"path": "vide.txt", "sha256": "0"}, "events": []}
    second = copy.deepcopy(handmade.record())
    second["source"]["path"] = "b.txt"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = EventCsvWriter(f)
        assert writer.write(handmade.record(), handmade.TEXT) == 2
        assert writer.write(no_events) == 0
        assert writer.write(second) == 2
        assert writer.rows == 4
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(COLUMNS)
    assert [r[0] for r in rows[1:]] == ["", "", "b.txt", "b.txt"]


def test_header_can_be_left_out():
    out = io.StringIO(newline="")
    write_events_csv([(handmade.record(), None)], out, header=False)
    assert not out.getvalue().startswith("file,")
    assert len(list(csv.reader(io.StringIO(out.getvalue(), newline="")))) == 2
