"""What event datasets need of each event: CAMEO and PLOVER codes, dyads, participants'
kinds and countries, date ranges and sources, locations, and the record's keys.

Sentences of our own; names of people made up.
"""
from __future__ import annotations

import pytest

from dispatch_cli.nlp.findings import Location
from dispatch_cli.nlp.grammar.coding import Coder, third_party
from dispatch_cli.nlp.grammar.countries import ADJECTIVE, BODY, NAMED, CountryReader
from dispatch_cli.nlp.lexicon import load_lexicon

HEAD = " date 2023-05 Bakou, 10 mai, AZERTAC\n\n"  # a Wednesday


def event(record: dict, etype: str) -> dict:
    found = [e for e in record["events"] if e["type"] == etype]
    assert found, f"no {etype} in {[e['type'] for e in record['events']]}"
    return found[0]


def by_name(record: dict, ev: dict) -> dict[str, dict]:
    return {p["name"]: p for p in ev["participants"]}


def dyads(ev: dict) -> set[tuple[str, str, str]]:
    ids = {p["ref"]: p["name"] for p in ev["participants"]}
    return {(ids[d["source"]], ids[d["target"]], d["cameo"]) for d in ev["dyads"]}


# --- codes and directions, through the whole pipeline ---------------------------------

def test_a_meeting_is_040_both_ways(parse):
    rec = parse(HEAD + "Le ministre géorgien de l'Economie Levan Beridze a rencontré mardi à Bakou le "
                "ministre azerbaïdjanais de l'Energie Parviz Chahbazov.")
    ev = event(rec, "meeting")
    assert ev["cameo"] == "040" and ev["plover"] == {"type": "CONSULT", "mode": None}
    assert dyads(ev) == {("Levan Beridze", "Parviz Chahbazov", "040"), ("Parviz Chahbazov", "Levan Beridze", "040")}


def test_a_meeting_in_neither_partys_state_is_044(parse):
    rec = parse(HEAD + "Le ministre géorgien de l'Economie Levan Beridze a rencontré mardi à Paris le "
                "ministre arménien de l'Energie Aram Petrossian.")
    ev = event(rec, "meeting")
    assert ev["location"] == {"name": "Paris", "country": "FRA", "source": "text"}
    assert ev["cameo"] == "044" and ev["plover"] == {"type": "CONSULT", "mode": "third-party"}
    assert {d["cameo"] for d in ev["dyads"]} == {"044"}


def test_a_meeting_of_a_party_of_unknown_country_is_no_third_party_meeting(parse):
    rec = parse(HEAD + "Le ministre géorgien de l'Economie Levan Beridze a rencontré mardi à Paris le "
                "ministre de l'Energie Aram Petrossian.")
    assert event(rec, "meeting")["cameo"] == "040"


def test_negotiations_are_046(parse):
    rec = parse(HEAD + "Des négociations entre le ministre géorgien Levan Beridze et le ministre arménien "
                "Aram Petrossian ont eu lieu mardi à Bakou.")
    ev = event(rec, "meeting")
    assert ev["cameo"] == "046" and ev["plover"] == {"type": "CONSULT", "mode": None}


def test_a_call_is_041_phone(parse):
    rec = parse(HEAD + "Le président Ilham Aliyev s'est entretenu mardi par téléphone avec le président "
                "français Emmanuel Macron.")
    ev = event(rec, "call")
    assert ev["cameo"] == "041" and ev["plover"] == {"type": "CONSULT", "mode": "phone"}
    assert dyads(ev) == {("Ilham Aliyev", "Emmanuel Macron", "041"), ("Emmanuel Macron", "Ilham Aliyev", "041")}
    assert ev["location"] is None  # a call joins two places: no dateline fallback


def test_a_visit_is_042_from_the_visitor_and_043_from_the_host(parse):
    rec = parse(HEAD + "Le ministre italien des Affaires étrangères Marco Bellini est arrivé mardi en "
                "Azerbaïdjan pour une visite officielle.")
    ev = event(rec, "visit")
    assert ev["cameo"] == "042" and ev["plover"] == {"type": "CONSULT", "mode": "visit"}
    assert dyads(ev) == {("Marco Bellini", "Azerbaïdjan", "042"), ("Azerbaïdjan", "Marco Bellini", "043")}
    parties = by_name(rec, ev)
    assert parties["Azerbaïdjan"]["kind"] == "country" and parties["Azerbaïdjan"]["country"] == "AZE"
    assert parties["Marco Bellini"] == {"ref": parties["Marco Bellini"]["ref"], "name": "Marco Bellini",
                                        "kind": "actor", "country": "ITA"}


def test_a_signing_is_057_between_signers(parse):
    rec = parse(HEAD + "Le ministre azerbaïdjanais de l'Economie Parviz Chahbazov et le ministre turc du "
                "Commerce Ahmet Demir ont signé mardi à Bakou un accord de coopération.")
    ev = event(rec, "signing")
    assert ev["cameo"] == "057" and ev["plover"] == {"type": "SUPPORT", "mode": None}
    assert dyads(ev) == {("Parviz Chahbazov", "Ahmet Demir", "057"), ("Ahmet Demir", "Parviz Chahbazov", "057")}


def test_a_conference_is_040(parse):
    rec = parse(HEAD + "Le ministre géorgien Levan Beridze et le ministre arménien Aram Petrossian ont pris part "
                "mardi au sommet de Bakou.")
    ev = event(rec, "conference")
    assert ev["cameo"] == "040" and ev["plover"] == {"type": "CONSULT", "mode": None}


# --- codes and directions, on findings ------------------------------------------------

@pytest.fixture(scope="module")
def coder() -> Coder:
    lexicon = load_lexicon()
    return Coder(lexicon.event_codes, lexicon.crosswalk)


def test_a_visit_to_a_body_goes_to_the_body(coder):
    coding = coder.code("visit", "visite", [("actor", 0), ("org", 0)], ["ITA", None], None)
    assert coding.dyads == [(0, 1, "042"), (1, 0, "043")]


def test_a_visit_with_no_host_has_no_dyads(coder):
    assert coder.code("visit", "visité", [("actor", 0), ("actor", 1)], [None, None], None).dyads == []


def test_two_visitors_each_visit_the_host(coder):
    coding = coder.code("visit", "visite", [("actor", 0), ("place", 3), ("actor", 1)], ["ITA", "AZE", "ITA"], None)
    assert sorted(coding.dyads) == [(0, 1, "042"), (1, 0, "043"), (1, 2, "043"), (2, 1, "042")]


def test_a_conference_pairs_every_party(coder):
    coding = coder.code("conference", "forum", [("actor", 0), ("actor", 1), ("org", 0)], [None, None, None], None)
    assert len(coding.dyads) == 6 and {c for _, _, c in coding.dyads} == {"040"}


def test_third_party_needs_the_text_to_place_it_and_every_partys_country():
    at_paris = Location("Paris", "FRA", "text")
    two = [("actor", 0), ("actor", 1)]
    assert third_party(two, ["GEO", "ARM"], at_paris)
    assert not third_party(two, ["GEO", "FRA"], at_paris)
    assert not third_party(two, ["GEO", None], at_paris)
    assert third_party([("actor", 0), ("org", 0)], ["GEO", None], at_paris)  # a body with none: international
    assert not third_party(two, ["GEO", "ARM"], Location("Paris", "FRA", "dateline"))
    assert not third_party(two, ["GEO", "ARM"], None)


def test_every_code_given_is_in_the_crosswalk(coder):
    crosswalk = load_lexicon().crosswalk
    for etype in ("meeting", "call", "visit", "conference", "signing"):
        coding = coder.code(etype, "pourparlers", [("actor", 0), ("place", 0)], ["GEO", "ARM"],
                            Location("Paris", "FRA", "text"))
        assert coding.cameo in crosswalk.codes
        assert {c for _, _, c in coding.dyads} <= set(crosswalk.codes)
        assert (coding.plover_type, coding.plover_mode) == (crosswalk.codes[coding.cameo].type,
                                                            crosswalk.codes[coding.cameo].mode)


# --- countries --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def countries() -> CountryReader:
    return CountryReader(load_lexicon())


@pytest.mark.parametrize(("title", "country", "evidence"), [
    ("ministre géorgien des Affaires étrangères", "GEO", ADJECTIVE),
    ("homologue ouzbek", "UZB", ADJECTIVE),
    ("chef d'état-major des forces armées turques", "TUR", ADJECTIVE),
    ("ambassadeur de France en Azerbaïdjan", "FRA", NAMED),
    ("ambassadeur d’Azerbaïdjan en France", "AZE", NAMED),
    ("représentant permanent de la Türkiye auprès de l’OTAN", "TUR", NAMED),
    ("président de la République de Turquie", "TUR", NAMED),
    ("président de la Grande Assemblée nationale de Turquie", "TUR", BODY),
])
def test_a_title_tells_its_bearers_country(countries, title, country, evidence):
    found = countries.of_title(title)
    assert found is not None and (found.country, found.evidence) == (country, evidence)


@pytest.mark.parametrize("title", [
    "président de la République",  # the text does not say which
    "secrétaire général de l'OTAN",  # an international organization's
    "ambassadeur de l'UE en Azerbaïdjan",  # where one serves is not one's own
    "représentant spécial pour la Géorgie",
    "directrice de l'Office des Nations Unies à Genève",
])
def test_a_title_that_names_no_state_of_its_own_gives_none(countries, title):
    assert countries.of_title(title) is None


def test_a_persons_country_is_that_of_their_first_title_naming_one(countries):
    found = countries.of_person(["colonel-général", "ministre azerbaïdjanais de la Défense", "ministre turc"])
    assert found is not None and found.country == "AZE"


def test_a_bodys_country_is_the_one_state_its_name_names(countries):
    assert countries.of_body(["ministère azerbaïdjanais de la Défense"]).country == "AZE"  # type: ignore[union-attr]
    assert countries.of_body(["Gouvernement de la République de Turquie"]).country == "TUR"  # type: ignore[union-attr]
    assert countries.of_body(["Ambassade de France en Azerbaïdjan"]).country == "FRA"  # type: ignore[union-attr]
    assert countries.of_body(["Conseil de coopération entre la République d'Azerbaïdjan et la Turquie"]) is None
    assert countries.of_body(["Union européenne"], "Union européenne") is None
    assert countries.of_body(["Organisation du traité de l'Atlantique nord", "OTAN"], "OTAN") is None


def test_a_place_has_its_states_code(countries):
    assert countries.of_place("Bakou").country == "AZE"  # type: ignore[union-attr]
    assert countries.of_place("Géorgie").country == "GEO"  # type: ignore[union-attr]
    assert countries.of_place("Caucase du Sud") is None


def test_participants_carry_kind_and_country(parse):
    rec = parse(HEAD + "Le ministère azerbaïdjanais de la Défense et l'OTAN ont signé mardi à Bakou un "
                "protocole d'accord.")
    ev = event(rec, "signing")
    kinds = {p["name"]: (p["kind"], p["country"]) for p in ev["participants"]}
    assert ("organization", "AZE") in kinds.values()
    assert ("organization", None) in kinds.values()


# --- when and where ---------------------------------------------------------------------

def test_a_range_of_days_gives_date_end(parse):
    rec = parse(HEAD + "Le ministre italien Marco Bellini effectue les 9 et 10 mai une visite officielle en "
                "Azerbaïdjan.")
    ev = event(rec, "visit")
    assert (ev["date"], ev["date_end"], ev["date_source"]) == ("2023-05-09", "2023-05-10", "text")


def test_from_one_day_to_another(parse):
    rec = parse(HEAD + "Du 8 au 10 mai, le ministre italien Marco Bellini est en visite officielle en "
                "Azerbaïdjan.")
    ev = event(rec, "visit")
    assert (ev["date"], ev["date_end"]) == ("2023-05-08", "2023-05-10")


def test_a_weekday_is_pinned_by_the_dispatchs_date(parse):
    rec = parse(HEAD + "Mardi, le ministre géorgien Levan Beridze a rencontré le ministre arménien Aram "
                "Petrossian.")
    ev = event(rec, "meeting")
    assert (ev["date"], ev["date_end"], ev["date_source"]) == ("2023-05-09", None, "weekday")


def test_no_day_is_unknown(parse):
    rec = parse(HEAD + "Le ministre géorgien Levan Beridze a rencontré le ministre arménien Aram Petrossian.")
    ev = event(rec, "meeting")
    assert (ev["date"], ev["date_source"]) == (None, "unknown")


def test_an_unplaced_meeting_falls_back_on_the_dateline(parse):
    rec = parse(HEAD + "Le ministre géorgien Levan Beridze a rencontré le ministre arménien Aram Petrossian.")
    ev = event(rec, "meeting")
    assert ev["place"] is None
    assert ev["location"] == {"name": "Bakou", "country": "AZE", "source": "dateline"}


def test_a_meeting_during_a_visit_took_place_where_the_visit_did(parse):
    rec = parse(HEAD + "Le ministre italien Marco Bellini est en visite officielle en Géorgie. Le ministre a "
                "rencontré le ministre géorgien Levan Beridze.")
    ev = event(rec, "meeting")
    assert ev["location"] == {"name": "Géorgie", "country": "GEO", "source": "visit"}


def test_the_visitor_met_elsewhere_before_the_visit(parse):
    rec = parse(HEAD + "Le ministre italien Marco Bellini a reçu le 6 mai le ministre géorgien Levan Beridze. "
                "Du 7 au 9 mai, le ministre Marco Bellini a effectué une visite officielle en Arménie.")
    ev = event(rec, "meeting")
    assert ev["location"] == {"name": "Bakou", "country": "AZE", "source": "dateline"}


def test_the_visitor_met_elsewhere_after_the_last_day_of_the_visit(parse):
    rec = parse(HEAD + "Les 6 et 7 mai, la ministre Ana Costa s'est rendue en visite au Portugal. Le 9 mai, "
                "Ana Costa a rencontré le gouverneur Hugo Lindqvist.")
    ev = event(rec, "meeting")
    assert ev["location"]["source"] == "dateline"


def test_the_visitor_met_on_a_day_of_the_visit_where_the_visit_was(parse):
    rec = parse(HEAD + "Du 6 au 9 mai, le ministre Marco Bellini a effectué une visite officielle en Géorgie. "
                "Le 8 mai, Marco Bellini a rencontré le ministre géorgien Levan Beridze.")
    ev = event(rec, "meeting")
    assert ev["location"] == {"name": "Géorgie", "country": "GEO", "source": "visit"}


def test_a_visit_told_by_one_day_may_go_on_after_it(parse):
    rec = parse(HEAD + "Le 8 mai, le maire Tomas Kral a entamé une visite en Pologne. Le 9 mai, Tomas Kral "
                "a rencontré la présidente Maria Lewandowska.")
    ev = event(rec, "meeting")
    assert ev["location"] == {"name": "Pologne", "country": "POL", "source": "visit"}


def test_who_is_not_on_the_visit_met_elsewhere(parse):
    rec = parse(HEAD + "Le ministre italien Marco Bellini est en visite officielle en Géorgie. Le vice-ministre "
                "Aram Petrossian a rencontré l'ambassadeur de France, Paul Girard.")
    ev = event(rec, "meeting")
    assert ev["location"] == {"name": "Bakou", "country": "AZE", "source": "dateline"}


def test_bodies_alone_sign_where_the_visit_took_place(parse):
    rec = parse(HEAD + "Du 6 au 9 mai, le ministre Marco Bellini a effectué une visite officielle en Géorgie. "
                "Le 8 mai, l'Agence italienne de l'énergie et le Fonds géorgien de développement ont signé "
                "un mémorandum.")
    ev = event(rec, "signing")
    assert ev["location"] == {"name": "Géorgie", "country": "GEO", "source": "visit"}


@pytest.mark.parametrize("text", [
    "Le ministre Karl Weber s'est entretenu le 9 mai avec le ministre Hugo Lindqvist de la situation en Syrie.",
    "Le ministre Karl Weber a reçu le 9 mai le ministre Hugo Lindqvist. M. WEBER et M. LINDQVIST ont "
    "discuté de la situation au Sahel.",
])
def test_a_place_spoken_of_is_not_where_they_met(parse, text):
    rec = parse(HEAD + text)
    ev = event(rec, "meeting")
    assert ev["place"] is None
    assert ev["location"]["source"] == "dateline"


def test_where_they_met_beside_what_they_spoke_of(parse):
    rec = parse(HEAD + "Le ministre Karl Weber s'est entretenu le 9 mai à Vienne avec le ministre Hugo "
                "Lindqvist de la situation en Syrie.")
    assert event(rec, "meeting")["place"] == "Vienne"


# --- the record's keys ------------------------------------------------------------------

def test_the_record_has_a_doc_id_and_its_producer(parse):
    rec = parse(HEAD + "Le ministre géorgien Levan Beridze a rencontré le ministre arménien Aram Petrossian.")
    assert rec["doc_id"] == rec["source"]["sha256"][:16]
    assert rec["producer"]["dispatch"] and rec["producer"]["model"].startswith("fr_core_news_md ")
    assert all(isinstance(e["cameo"], str) and len(e["cameo"]) == 3 for e in rec["events"])


# --- the dev corpus -------------------------------------------------------------------

def _dev_records(dev_predictions):
    import json

    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(dev_predictions.glob("*.json"))]


def test_every_dev_event_is_coded_from_the_crosswalk(dev_predictions):
    lexicon = load_lexicon()
    crosswalk = lexicon.crosswalk.codes
    isos = set(lexicon.countries.codes.values())
    events = [e for r in _dev_records(dev_predictions) for e in r["events"]]
    assert events
    for ev in events:
        assert isinstance(ev["cameo"], str) and ev["cameo"] in crosswalk, ev
        assert ev["plover"] == {"type": crosswalk[ev["cameo"]].type, "mode": crosswalk[ev["cameo"]].mode}
        assert {d["cameo"] for d in ev["dyads"]} <= set(crosswalk)
        refs = {p["ref"] for p in ev["participants"]}
        assert all(d["source"] in refs and d["target"] in refs and d["source"] != d["target"] for d in ev["dyads"])
        assert all(p["kind"] in ("actor", "organization", "country") for p in ev["participants"])
        assert all(p["country"] is None or p["country"] in isos for p in ev["participants"])
        assert ev["date_source"] == ("unknown" if ev["date"] is None else ev["date_source"])
        assert ev["date_end"] is None or ev["date_end"] > ev["date"]


def test_the_events_export_of_the_dev_corpus_reads_back_with_unique_keys(dev_predictions, shared, tmp_path):
    import csv

    from dispatch_cli.views.dyads_csv import DYAD_COLUMNS, DyadCsvWriter

    records = _dev_records(dev_predictions)
    path = tmp_path / "events.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = DyadCsvWriter(f)
        for record in records:
            text = (shared / "corpus" / "dev" / f"{record['source']['path'].rsplit('/', 1)[-1]}").read_text(
                encoding="utf-8")
            writer.write(record, text)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and list(rows[0]) == list(DYAD_COLUMNS)
    assert len(rows) == writer.rows
    assert {r["event_id"] for r in rows} == {f"{r['doc_id']}:{e['id']}" for r in records for e in r["events"]}
    owner: dict[str, str] = {}
    for row in rows:  # an event id belongs to one document only
        assert owner.setdefault(row["event_id"], row["file"]) == row["file"]
    assert len({r["doc_id"] for r in records}) == len(records)
    assert all(r["sentence"] and r["cameo"] for r in rows)
