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
    doc_id = handmade.record()["doc_id"]
    assert rows[0] == {
        "event_id": f"{doc_id}:e1", "doc_id": doc_id, "dateline_date": "2024-06-14", "participant_ids": "a1; a2",
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
    assert row == {"event_id": "0:e1", "doc_id": "0", "dateline_date": "", "participant_ids": "a1; a2",
                   "file": 'dossier, "spécial"\nd1.txt', "date": "2024-01-02", "type": "meeting",
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
    assert [r[COLUMNS.index("file")] for r in rows[1:]] == ["", "", "b.txt", "b.txt"]


def test_header_can_be_left_out():
    out = io.StringIO(newline="")
    write_events_csv([(handmade.record(), None)], out, header=False)
    assert not out.getvalue().startswith("event_id,")
    assert len(list(csv.reader(io.StringIO(out.getvalue(), newline="")))) == 2


# --- the events export: one row per dyad ----------------------------------------------

def test_one_row_per_dyad_with_codes_countries_and_titles():
    from dispatch_cli.views.dyads_csv import DYAD_COLUMNS, dyad_rows

    rows = list(dyad_rows(handmade.record(), handmade.TEXT))
    assert len(rows) == 4 and all(list(r) == list(DYAD_COLUMNS) for r in rows)
    doc_id = handmade.record()["doc_id"]
    first = rows[0]
    assert first["event_id"] == f"{doc_id}:e1" and first["doc_id"] == doc_id
    assert (first["cameo"], first["plover_type"], first["plover_mode"]) == ("040", "CONSULT", "")
    assert (first["source_name"], first["source_kind"], first["source_country"], first["source_title"]) == (
        "Ilham Aliyev", "actor", "AZE", "président de la République d’Azerbaïdjan")
    assert (first["target_name"], first["target_country"]) == ("Jens Stoltenberg", "")
    assert (first["place"], first["place_country"], first["place_source"]) == ("Bakou", "AZE", "text")
    assert first["sentence"].startswith("Le président") and first["trigger"] == "a reçu"
    call = rows[2]
    assert (call["cameo"], call["plover_type"], call["plover_mode"]) == ("041", "CONSULT", "phone")
    assert call["place"] == "" and call["date"] == ""


def test_a_hosts_direction_has_its_own_plover_mode():
    from dispatch_cli.views.dyads_csv import dyad_rows

    record = copy.deepcopy(handmade.record())
    visit = record["events"][0]
    visit.update(type="visit", cameo="042", plover={"type": "CONSULT", "mode": "visit"},
                 dyads=[{"source": "a2", "target": "a1", "cameo": "042"},
                        {"source": "a1", "target": "a2", "cameo": "043"}])
    rows = [r for r in dyad_rows(record) if r["event_type"] == "visit"]
    assert [(r["source_name"], r["cameo"], r["plover_mode"]) for r in rows] == [
        ("Jens Stoltenberg", "042", "visit"), ("Ilham Aliyev", "043", "host")]


def test_an_event_with_no_pair_has_one_row_without_target():
    from dispatch_cli.views.dyads_csv import dyad_rows

    record = copy.deepcopy(handmade.record())
    record["events"][0]["dyads"] = []
    rows = [r for r in dyad_rows(record) if r["event_id"].endswith(":e1")]
    assert len(rows) == 1 and rows[0]["source_name"] == "Ilham Aliyev" and rows[0]["target_name"] == ""


def test_tsv_and_excel_formatters():
    import json

    from dispatch_cli.views.formats import BOM, make_formatter

    data = json.dumps(handmade.record())
    tsv = make_formatter("events", terminal=False, tsv=True)
    assert tsv is not None
    first = tsv(data, handmade.TEXT).decode("utf-8")
    assert first.startswith("event_id\tdate\t") and not first.startswith(BOM)
    assert "event_id" not in tsv(data, handmade.TEXT).decode("utf-8")  # one header per batch
    rows = list(csv.DictReader(io.StringIO(first, newline=""), delimiter="\t"))
    assert len(rows) == 4 and rows[0]["source_country"] == "AZE"
    excel = make_formatter("csv", terminal=False, excel=True)
    assert excel is not None
    out = excel(data, handmade.TEXT)
    assert out.startswith(BOM.encode("utf-8")) and not excel(data, handmade.TEXT).startswith(BOM.encode("utf-8"))
    assert out.decode("utf-8-sig").startswith("event_id,doc_id,")
