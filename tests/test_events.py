"""Meeting events (nlp/grammar/events) and who titles and pronouns stand for (coreference)."""
from __future__ import annotations

import pytest

from conftest import party_sets

HEAD = " date 2021-03 Bakou, 12 mars, AZERTAC\n\n"  # 12 March 2021 was a Friday

CASES = {
    "meeting_with_avec_complement": (
        "Le ministre de l'Énergie, Parviz Shahbazov, s'est entretenu avec le directeur "
        "de l'Agence, Anders Lund.",
        [("meeting", frozenset({"Parviz Shahbazov", "Anders Lund"}))]),
    "reception_and_passive_accueil": (
        "La présidente slovène Natasa Pirc a été accueillie par le Premier ministre Ali Asadov.",
        [("meeting", frozenset({"Natasa Pirc", "Ali Asadov"}))]),
    "telephone_call": (
        "Le président Ilham Aliyev s'est entretenu par téléphone avec le chancelier Olaf Scholz.",
        [("call", frozenset({"Ilham Aliyev", "Olaf Scholz"}))]),
    "signing_between_two_people": (
        "Un mémorandum d'entente a été signé par Rovshan Rzayev et Ahmed Haddad.",
        [("signing", frozenset({"Rovshan Rzayev", "Ahmed Haddad"}))]),
    "conference_noun_with_support_verb": (
        "La ministre Leyla Abdullayeva a participé à un forum sur l'énergie verte à Vienne.",
        [("conference", frozenset({"Leyla Abdullayeva"}))]),
    "anaphoric_noun_adds_no_second_meeting": (
        "Le ministre Jeyhun Bayramov a reçu l'ambassadrice Kate Ellis. "
        "Lors de la rencontre, Jeyhun Bayramov a remercié Kate Ellis.",
        [("meeting", frozenset({"Jeyhun Bayramov", "Kate Ellis"}))]),
    "series_of_bilateral_meetings_gives_one_event_each": (
        "Le ministre Jeyhun Bayramov a eu une série de rencontres bilatérales. "
        "Il a rencontré Ivan Petrov, ministre bulgare, Luis Soto, ministre chilien, et Aiko Mori, "
        "ministre japonaise.",
        [("meeting", frozenset({"Jeyhun Bayramov", "Ivan Petrov"})),
         ("meeting", frozenset({"Jeyhun Bayramov", "Luis Soto"})),
         ("meeting", frozenset({"Jeyhun Bayramov", "Aiko Mori"}))]),
    "a_series_ends_with_its_enumeration": (
        "La ministre Leyla Abdullayeva a eu des rencontres bilatérales avec Ivan Petrov, Luis Soto "
        "et Aiko Mori. Le lendemain, Leyla Abdullayeva a reçu Nora Berg, Omar Haddad et Piet de Vries.",
        [("meeting", frozenset({"Leyla Abdullayeva", "Ivan Petrov"})),
         ("meeting", frozenset({"Leyla Abdullayeva", "Luis Soto"})),
         ("meeting", frozenset({"Leyla Abdullayeva", "Aiko Mori"})),
         ("meeting", frozenset({"Leyla Abdullayeva", "Nora Berg", "Omar Haddad", "Piet de Vries"}))]),
    "same_encounter_reported_twice_is_one_event": (
        "Le ministre Anar Karimov a rencontré Paolo Conti. "
        "Ensuite, Anar Karimov et Paolo Conti se sont entretenus en tête-à-tête.",
        [("meeting", frozenset({"Anar Karimov", "Paolo Conti"}))]),
    "bodies_whose_representatives_are_met_are_parties": (
        "Le ministre Samir Sharifov s'est entretenu avec des représentants de la Banque "
        "mondiale et du Fonds monétaire international.",
        [("meeting", frozenset({"Samir Sharifov", "Banque mondiale", "Fonds monétaire international"}))]),
    "taking_part_in_a_meeting_is_a_conference": (
        "Le ministre Zakir Hasanov a participé à la réunion des ministres de la Défense à Bruxelles.",
        [("conference", frozenset({"Zakir Hasanov"}))]),
}


@pytest.mark.parametrize("sentence, expected", CASES.values(), ids=CASES.keys())
def test_events(parse, sentence, expected):
    """The events of a sentence written for one rule: (type, parties) each, in any order."""
    assert sorted(party_sets(parse(HEAD + sentence))) == sorted(expected)


def test_visit_to_a_city_gives_its_country(parse):
    rec = parse(HEAD + "Le ministre Elmar Valiyev a effectué une visite de travail à Riga.")
    assert party_sets(rec) == [("visit", frozenset({"Elmar Valiyev", "Lettonie"}))]
    assert rec["events"][0]["place"] == "Riga"


def test_decree_signed_alone_is_no_event(parse):
    rec = parse(HEAD + "Le président Ilham Aliyev a signé un décret sur la réforme agraire.")
    assert rec["events"] == []


def test_planned_and_quoted_encounters_are_not_events(parse):
    rec = parse(HEAD + "Le ministre Samir Sharifov se rendra à Paris le mois prochain. "
        "« J'ai rencontré le président Emmanuel Macron l'an dernier », a dit Samir Sharifov.")
    assert rec["events"] == []


def test_epithet_subject_resolves_to_the_head_of_state(parse):
    rec = parse(HEAD + "Le président de la République, Ilham Aliyev, a inauguré une école. "
        "Le chef de l'Etat a ensuite reçu Jean Asselborn.")
    assert party_sets(rec) == [("meeting", frozenset({"Ilham Aliyev", "Jean Asselborn"}))]
    mentions = [m["text"] for a in rec["actors"] if a["name"] == "Ilham Aliyev" for m in a["mentions"]]
    assert "chef de l'Etat" in " ".join(mentions)


def test_pronoun_subject_resolves_to_the_last_subject(parse):
    rec = parse(HEAD + "La ministre Mariam Hasanova est arrivée à Bakou. Elle a rencontré Tomas Novak.")
    assert ("meeting", frozenset({"Mariam Hasanova", "Tomas Novak"})) in party_sets(rec)


def test_weekday_dates_the_encounter_in_the_dispatch_week(parse):
    rec = parse(HEAD + "Le ministre Anar Karimov a reçu jeudi le gouverneur Paolo Conti.")
    assert rec["events"][0]["date"] == "2021-03-11"


def test_day_and_month_date_the_encounter(parse):
    rec = parse(HEAD + "Le 9 mars, le ministre Anar Karimov a rencontré Paolo Conti à Bakou.")
    event = rec["events"][0]
    assert (event["date"], event["place"]) == ("2021-03-09", "Bakou")


def test_no_year_no_date(parse):
    rec = parse("Bakou, 12 mars, AZERTAC\n\nLe ministre Anar Karimov a reçu jeudi Paolo Conti.")
    assert rec["events"][0]["date"] is None


def test_trigger_and_sentence_offsets(parse):
    text = HEAD + "Le ministre Anar Karimov a rencontré Paolo Conti."
    event = parse(text)["events"][0]
    assert text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"] == "rencontré"
    assert text[event["sentence"]["start"]:event["sentence"]["end"]].startswith("Le ministre")


def test_people_who_took_part_join_the_conference(parse):
    rec = parse(HEAD + "Une réunion trilatérale des ministres de l'Énergie s'est tenue à Ankara. "
        "Le ministre Parviz Shahbazov, le ministre Alparslan Bayraktar et la ministre "
        "Kateryna Tsyhanenko y ont pris part.")
    assert party_sets(rec) == [("conference", frozenset({"Parviz Shahbazov", "Alparslan Bayraktar",
                                                          "Kateryna Tsyhanenko"}))]
    assert rec["events"][0]["place"] == "Ankara"


def test_conference_without_parties_is_dropped(parse):
    rec = parse(HEAD + "Une conférence sur le climat s'est tenue à Nairobi.")
    assert rec["events"] == []


def test_a_visit_that_began_is_reported_with_its_visitor_after_the_noun(parse):
    rec = parse(HEAD + "La visite d'État en Azerbaïdjan du président mongol Ukhnaagiin Khurelsukh a commencé jeudi.")
    assert party_sets(rec) == [("visit", frozenset({"Ukhnaagiin Khurelsukh", "Azerbaïdjan"}))]
    assert rec["events"][0]["date"] == "2021-03-11"


def test_yesterday_is_the_day_before_the_dateline(parse):
    rec = parse(HEAD + "Le ministre Anar Karimov a reçu hier le gouverneur Paolo Conti.")
    assert rec["events"][0]["date"] == "2021-03-11"


@pytest.mark.parametrize("sentence, expected", [
    # two verbs of meeting, each with its own counterpart: two meetings
    ("Le président Gustavo Petro a reçu mardi le ministre Antony Blinken, puis il a rencontré le sénateur "
     "Bob Menendez.", [("meeting", frozenset({"Gustavo Petro", "Antony Blinken"})),
                       ("meeting", frozenset({"Gustavo Petro", "Bob Menendez"}))]),
    ("Le président Lula da Silva a rencontré le président Alberto Fernández ; il s'est également entretenu "
     "avec le président Luis Lacalle Pou.", [("meeting", frozenset({"Lula da Silva", "Alberto Fernández"})),
                                             ("meeting", frozenset({"Lula da Silva", "Luis Lacalle Pou"}))]),
    # one meeting told by two verbs with the same people
    ("Le président Lula da Silva a reçu le président Alberto Fernández, avec qui il s'est entretenu en "
     "tête-à-tête.", [("meeting", frozenset({"Lula da Silva", "Alberto Fernández"}))]),
])
def test_meetings_of_one_sentence(parse, sentence, expected):
    assert sorted(party_sets(parse(HEAD + sentence))) == sorted(expected)


@pytest.mark.parametrize("verb", ["a reporté sa visite", "a annulé son voyage", "a ajourné sa visite"])
def test_an_encounter_put_off_or_cancelled_is_none(parse, verb):
    rec = parse(HEAD + f"Le Premier ministre roumain Ion Popescu {verb} en Moldavie.")
    assert rec["events"] == []


@pytest.mark.parametrize("group", ["un groupe de jeunes chercheurs", "les artistes de l'opéra", "des enfants réfugiés"])
def test_a_group_met_with_no_one_named_is_a_meeting_with_one_party(parse, group):
    rec = parse(HEAD + f"La ministre slovène de la Culture, Asta Vrečko, a rencontré {group}.")
    assert [(e["type"], [p["name"] for p in e["participants"]]) for e in rec["events"]] == [
        ("meeting", ["Asta Vrečko"])]
