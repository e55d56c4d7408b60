"""When an encounter took place, and encounters put before or after the dispatch's week."""
from __future__ import annotations

import pytest

from conftest import party_sets

HEAD = " date 2022-09 Vilnius, 14 septembre, AZERTAC\n\n"  # 14 September 2022 was a Wednesday


def event_dates(record: dict) -> list[str | None]:
    return [e["date"] for e in record["events"]]


@pytest.mark.parametrize("sentence, date", [
    # a range starts on its first day
    ("Du 12 au 15 septembre, la ministre Ingrid Olsen effectue une visite officielle en Lituanie.", "2022-09-12"),
    ("Les 13 et 14 septembre, le maire Karl Weber a rencontré le gouverneur Hugo Lindqvist.", "2022-09-13"),
    # `courant`: the dispatch's month
    ("Le ministre Karl Weber a reçu le 9 courant l'ambassadeur Hugo Lindqvist.", "2022-09-09"),
    # a weekday in the dispatch's week
    ("Le ministre Karl Weber a reçu mardi l'ambassadeur Hugo Lindqvist.", "2022-09-13"),
    # days named from the dispatch's
    ("Le ministre Karl Weber a reçu ce matin l'ambassadeur Hugo Lindqvist.", "2022-09-14"),
    ("Le ministre Karl Weber s'est entretenu la veille avec l'ambassadeur Hugo Lindqvist.", "2022-09-13"),
])
def test_the_day_an_encounter_took_place(parse, sentence, date):
    assert event_dates(parse(HEAD + sentence)) == [date]


def test_a_range_over_two_months_starts_in_the_first(parse):
    rec = parse(" date 2022-09 Santiago, 2 septembre, AZERTAC\n\n"
                "Du 30 août au 2 septembre, le ministre Karl Weber a effectué une visite officielle au Chili.")
    assert event_dates(rec) == ["2022-08-30"]


def test_a_weekday_is_pinned_by_a_full_date_of_the_text_when_the_dispatch_has_none(parse):
    rec = parse("Réunion à Varsovie\n\nLe 7 juin 2023, les ministres se sont réunis à Varsovie. "
                "Jeudi, le ministre Karl Weber a rencontré son homologue Hugo Lindqvist.")
    assert event_dates(rec) == ["2023-06-08"]


def test_a_date_heading_dates_its_paragraph_and_an_old_encounter_is_only_recalled(parse):
    rec = parse(" date 2022-12 Rome, 28 décembre, AZERTAC\n\n"
                "Les temps forts de l'année.\n\n"
                "Le 3 mars. Le Premier ministre Mario Rossi a effectué une visite officielle à Tunis.\n\n"
                "Le 23 décembre. Le Premier ministre Mario Rossi a reçu le président Kais Ben Ali.")
    assert [(e["type"], e["date"]) for e in rec["events"]] == [("meeting", "2022-12-23")]


def test_a_visit_that_runs_over_the_dispatch_day_counts_in_the_future_tense(parse):
    rec = parse(HEAD + "Le sénateur Paulo Mendes et la députée Ana Costa seront en visite à Riga du 13 "
                "au 16 septembre pour participer à une conférence.")
    assert party_sets(rec) == [("visit", frozenset({"Paulo Mendes", "Ana Costa", "Lettonie"}))]


@pytest.mark.parametrize("sentence", [
    "Le ministre Karl Weber sera en visite à Riga du 20 au 22 septembre.",
    "Le ministre Karl Weber a dit que le sommet de l'Union africaine qui se tiendra à Addis-Abeba serait décisif.",
    "Le maire Karl Weber a ajouté que la réunion se poursuivrait lors du forum de l'OCDE.",
    "Le ministre Karl Weber aura un entretien avec son homologue Hugo Lindqvist.",
    "Le ministre Karl Weber rencontre demain son homologue Hugo Lindqvist.",
    "Le ministre Karl Weber a invité son homologue Hugo Lindqvist à effectuer une visite officielle en Norvège.",
])
def test_planned_encounters_are_not_events(parse, sentence):
    assert parse(HEAD + sentence)["events"] == []


@pytest.mark.parametrize("sentence", [
    # the pluperfect puts it before the time of the report
    "Le ministre Karl Weber a souligné que la visite du président chilien Gabriel Soto en Lituanie "
    "avait ouvert une nouvelle étape.",
    # a month gone by
    "Le gouverneur Hugo Lindqvist a dit que sa rencontre avec le ministre Karl Weber en mai dernier "
    "a été fructueuse.",
    # governed by a verb that recalls
    "Le maire Karl Weber a évoqué ses entretiens avec le gouverneur Hugo Lindqvist.",
    # governed by a word of planning
    "Le ministre Karl Weber a salué la convocation d'une session extraordinaire du Conseil de l'Europe.",
    "Les habitants de Kaunas attendaient la visite du président chilien Gabriel Soto.",
])
def test_recalled_and_planned_encounters_are_not_events(parse, sentence):
    assert parse(HEAD + sentence)["events"] == []


def test_a_demonstrative_noun_is_one_already_spoken_of(parse):
    rec = parse(HEAD + "Le président Gabriel Soto effectue une visite officielle en Lituanie. "
                "En marge de cette visite, il a rencontré le maire Karl Weber.")
    assert sorted(party_sets(rec)) == sorted([("visit", frozenset({"Gabriel Soto", "Lituanie"})),
                                              ("meeting", frozenset({"Gabriel Soto", "Karl Weber"}))])


def test_an_encounter_without_a_day_takes_the_day_of_the_one_before(parse):
    rec = parse(HEAD + "Le ministre Karl Weber a reçu mardi le ministre Hugo Lindqvist. "
                "À l'issue de l'entretien, les deux parties ont signé un accord sur l'énergie.")
    assert [(e["type"], e["date"]) for e in rec["events"]] == [("meeting", "2022-09-13"), ("signing", "2022-09-13")]


def test_a_visit_dates_nothing_else(parse):
    rec = parse(HEAD + "Le 12 septembre, le ministre Hugo Lindqvist a entamé une visite officielle en Lituanie. "
                "Le ministre Hugo Lindqvist a rencontré le maire Karl Weber.")
    assert sorted((e["type"], e["date"]) for e in rec["events"]) == [("meeting", None), ("visit", "2022-09-12")]


def test_without_a_dateline_the_year_comes_from_the_filing_line(parse):
    rec = parse(" date 2021-09 Le président Karl Weber a reçu le 27 septembre un coup de fil du "
                "président Hugo Lindqvist.")
    assert [(e["type"], e["date"]) for e in rec["events"]] == [("call", "2021-09-27")]


def test_the_place_of_a_visit_and_of_the_encounters_during_it(parse):
    rec = parse(HEAD + "Le ministre Hugo Lindqvist a visité Kaunas. Il a rencontré le maire Karl Weber.")
    assert sorted((e["type"], e["place"]) for e in rec["events"]) == [("meeting", "Kaunas"), ("visit", "Kaunas")]


def test_the_next_day_is_the_day_after_the_encounter_told_before(parse):
    rec = parse(HEAD + "Le ministre Karl Weber a rencontré le 12 septembre le gouverneur Hugo Lindqvist. "
                "Le lendemain, il s'est entretenu avec la maire Ona Petraitė.")
    assert event_dates(rec) == ["2022-09-12", "2022-09-13"]


def test_a_visit_in_the_background_takes_no_day_of_the_meeting(parse):
    rec = parse(HEAD + "Le président Gitanas Nausėda a reçu mardi le président finlandais Sauli Niinistö, "
                "en visite d'Etat en Lituanie.")
    dates = {e["type"]: e["date"] for e in rec["events"]}
    assert dates == {"meeting": "2022-09-13", "visit": None}


def test_the_day_a_stay_began_is_not_its_date(parse):
    rec = parse(HEAD + "La ministre Ingrid Olsen se trouve depuis lundi en Lituanie.")
    assert party_sets(rec) == [("visit", frozenset({"Ingrid Olsen", "Lituanie"}))]
    assert event_dates(rec) == [None]


def test_a_web_page_s_timestamp_pins_no_weekday(parse):
    rec = parse("Economie\n13 Juin 2024 18:42\n\nLe forum s'est ouvert ce jeudi à Vilnius. "
                "Le ministre Karl Weber a rencontré son homologue Hugo Lindqvist.")
    assert event_dates(rec) == [None]


def test_the_place_of_the_gathering_an_encounter_took_place_at(parse):
    rec = parse(HEAD + "La ministre Ingrid Olsen, en visite en Lituanie, participe à la conférence sur "
                "l'énergie qui se tient à Vilnius. En marge de la conférence, elle a rencontré le "
                "ministre Hugo Lindqvist.")
    places = {e["type"]: e["place"] for e in rec["events"]}
    assert places == {"visit": "Lituanie", "conference": "Vilnius", "meeting": "Vilnius"}


def test_a_place_in_a_title_is_not_where_it_happened(parse):
    rec = parse(HEAD + "Le ministre Karl Weber a reçu l'ambassadeur de Suède en Lituanie, Hugo Lindqvist.")
    assert [e["place"] for e in rec["events"]] == [None]


@pytest.mark.parametrize("text, expected", [
    ("La commissaire Ana Costa a achevé ce mercredi une visite en Norvège. La veille, Mme Costa avait été reçue par "
     "le ministre Lars Dahl. Elle s'était également entretenue avec le gouverneur Ivo Berg.",
     ("meeting", {"Ana Costa", "Ivo Berg"})),
    ("Mercredi, le ministre Lars Dahl avait reçu le commissaire Paul Girard. Il avait ensuite rencontré le "
     "maire Jonas Berg.", ("meeting", {"Lars Dahl", "Jonas Berg"})),
])
def test_a_pluperfect_that_goes_on_with_an_account_of_this_week_reports(parse, text, expected):
    kind, parties = expected
    assert (kind, frozenset(parties)) in party_sets(parse(HEAD + text))


def test_a_pluperfect_after_no_dated_account_is_recalled(parse):
    rec = parse(HEAD + "Le ministre Lars Dahl a salué les relations avec la Pologne. Il avait rencontré le "
                "président Andrzej Nowak.")
    assert party_sets(rec) == []
