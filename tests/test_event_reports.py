"""Does a word of meeting report an encounter? Receptions of things, calls, topics."""
from __future__ import annotations

import pytest

from conftest import party_sets

HEAD = " date 2022-06 Tbilissi, 3 juin, AZERTAC\n\n"


@pytest.mark.parametrize("sentence, expected", [
    # receiving a call is one call
    ("Le ministre Ilia Gogia a reçu un appel téléphonique de son homologue roumain Bogdan Aurescu.",
     [("call", frozenset({"Ilia Gogia", "Bogdan Aurescu"}))]),
    ("La présidente Salomé Kvaratskhelia a reçu le 2 juin un coup de fil du président finlandais Sauli Niinistö.",
     [("call", frozenset({"Salomé Kvaratskhelia", "Sauli Niinistö"}))]),
    # a day between the verb and whom it receives
    ("Le ministre Ilia Gogia a reçu jeudi l'ambassadeur Rui Alves.",
     [("meeting", frozenset({"Ilia Gogia", "Rui Alves"}))]),
    # credentials stand for the ambassador who brings them
    ("La présidente Salomé Kvaratskhelia a reçu les lettres de créance du nouvel ambassadeur du Portugal, "
     "Rui Alves.", [("meeting", frozenset({"Salomé Kvaratskhelia", "Rui Alves"}))]),
    ("La présidente Salomé Kvaratskhelia a reçu la lettre de créance de l'ambassadeur de Suisse, Thomas Kolly.",
     [("meeting", frozenset({"Salomé Kvaratskhelia", "Thomas Kolly"}))]),
    ("Le ministre Jan Horak a été reçu par la présidente Salomé Kvaratskhelia.",
     [("meeting", frozenset({"Jan Horak", "Salomé Kvaratskhelia"}))]),
    # presenting or handing credentials (or their copy) to someone is meeting them
    ("L'ambassadeur Rui Alves a présenté ses lettres de créance à la présidente Salomé Kvaratskhelia.",
     [("meeting", frozenset({"Rui Alves", "Salomé Kvaratskhelia"}))]),
    ("Jeudi, le nouvel ambassadeur du Japon, Kenji Hirata, a remis ses lettres de créance au président "
     "Irakli Garibachvili.", [("meeting", frozenset({"Kenji Hirata", "Irakli Garibachvili"}))]),
    ("L'ambassadeur Rui Alves a présenté une copie de ses lettres de créance au ministre des Affaires "
     "étrangères Ilia Gogia.", [("meeting", frozenset({"Rui Alves", "Ilia Gogia"}))]),
    ("Ayant remis ses lettres de créance au président Irakli Garibachvili, l'ambassadeur Kenji Hirata a "
     "salué les relations.", [("meeting", frozenset({"Kenji Hirata", "Irakli Garibachvili"}))]),
    ("La nouvelle ambassadrice du Chili, Paula Soto, a remis la copie de ses lettres de créance au vice-ministre "
     "Teimuraz Janjalia.", [("meeting", frozenset({"Paula Soto", "Teimuraz Janjalia"}))]),
    # a noun of gathering that completes a person's title names what they preside
    ("Le ministre Ilia Gogia a rencontré le président de la 79e session de l'Assemblée générale, Philemon Yang.",
     [("meeting", frozenset({"Ilia Gogia", "Philemon Yang"}))]),
    ("Le ministre Ilia Gogia s'est entretenu avec la présidente du sommet des femmes dirigeantes, Ana Brnabić.",
     [("meeting", frozenset({"Ilia Gogia", "Ana Brnabić"}))]),
])
def test_reports(parse, sentence, expected):
    assert party_sets(parse(HEAD + sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # receiving a thing is no meeting
    "La présidente Salomé Kvaratskhelia a reçu un message du roi Philippe de Belgique.",
    "Ayant reçu les sincères félicitations du Premier ministre Mark Rutte, le ministre Jan Horak l'a remercié.",
    # what was discussed is no encounter
    "Le ministre Ilia Gogia a évoqué l'état des négociations entre l'Arménie et l'Azerbaïdjan.",
    "Le ministre Ilia Gogia a salué les accords conclus entre les dirigeants de la Serbie et du Kosovo.",
    "Le ministre Ilia Gogia a cité le sommet de Prague qui avait réuni les dirigeants européens.",
    # credentials to be presented, or presented years ago
    "L'ambassadeur Rui Alves présentera ses lettres de créance au président Irakli Garibachvili.",
    "L'ambassadeur Rui Alves, qui a remis ses lettres de créance en 2019 au président Irakli Garibachvili, "
    "quitte la Géorgie.",
])
def test_no_encounter(parse, sentence):
    assert parse(HEAD + sentence)["events"] == []


def test_quoted_speech_addressed_to_the_guest_reports_their_visit(parse):
    rec = parse(HEAD + "La présidente Salomé Kvaratskhelia a reçu le ministre portugais des Affaires "
                "étrangères Rui Alves. « Votre visite en Géorgie ouvre une page nouvelle », "
                "a déclaré la présidente.")
    assert ("visit", frozenset({"Rui Alves", "Géorgie"})) in party_sets(rec)


def test_quoted_speech_of_other_days_reports_nothing(parse):
    rec = parse(HEAD + "« Aujourd'hui, la coopération progresse. Le nombre de sommets de l'Union "
                "africaine a doublé », a dit le ministre Ilia Gogia.")
    assert rec["events"] == []


def test_taking_part_by_a_noun_and_a_counted_gathering(parse):
    rec = parse(HEAD + "Le ministre portugais Rui Alves a souligné l'utilité de sa participation au "
                "IVe Forum de Tbilissi sur la route de la soie.")
    assert party_sets(rec) == [("conference", frozenset({"Rui Alves"}))]


def test_a_body_that_ends_the_object_phrase_is_a_party(parse):
    rec = parse(HEAD + "Le ministre Ilia Gogia a eu une rencontre avec les représentants des agences "
                "sanitaires des pays membres de l'OTSC.")
    assert party_sets(rec) == [("meeting", frozenset({"Ilia Gogia", "OTSC"}))]


@pytest.mark.parametrize("sentence", [
    "Le concert a réuni le pianiste Levan Tsintsadze et la violoniste Nino Gvetadze.",
    "Le projet du ministre Ilia Gogia a rencontré des difficultés.",
])
def test_a_thing_meets_no_one(parse, sentence):
    assert parse(HEAD + sentence)["events"] == []


def test_a_body_receives_someone(parse):
    rec = parse(HEAD + "L'Université d'État de Tbilissi a accueilli le ministre portugais Rui Alves.")
    assert party_sets(rec) == [("meeting", frozenset({"Université d'État de Tbilissi", "Rui Alves"}))]


@pytest.mark.parametrize("sentence, expected", [
    # a day opening the sentence, parsed as the subject, is no thing that meets
    ("Mercredi, le chef de la diplomatie algérienne Ahmed Attaf a reçu le ministre Ilia Gogia.",
     [("meeting", frozenset({"Ahmed Attaf", "Ilia Gogia"}))]),
    # a participle after the article is the noun received, with its complements
    ("Le ministre Ahmed Attaf a reçu l'envoyé spécial de l'ONU pour la Libye, Abdoulaye Bathily.",
     [("meeting", frozenset({"Ahmed Attaf", "Abdoulaye Bathily"}))]),
    # a group met after the day and the place
    ("La vice-présidente Francia Márquez a rencontré jeudi à Bogota des représentants des "
     "communautés autochtones.", [("meeting", frozenset({"Francia Márquez"}))]),
    # a participle clause opening the sentence reports the encounter of its subject
    ("Reçu mercredi par le roi Mohammed VI, le président sénégalais Macky Sall a évoqué la "
     "coopération régionale.", [("meeting", frozenset({"Mohammed VI", "Macky Sall"}))]),
])
def test_the_shape_around_a_verb_of_meeting(parse, sentence, expected):
    assert party_sets(parse(HEAD + sentence)) == expected


def test_a_visit_begun_before_the_week_and_running_into_it_is_reported(parse):
    rec = parse(HEAD + "Le président mongol Ukhnaagiin Khürelsükh, en visite d'Etat au Japon du 24 mai au "
                "1er juin, a été reçu par le Premier ministre Fumio Kishida.")
    assert sorted(party_sets(rec)) == sorted([("visit", frozenset({"Ukhnaagiin Khürelsükh", "Japon"})),
                                              ("meeting", frozenset({"Ukhnaagiin Khürelsükh", "Fumio Kishida"}))])


def test_a_range_over_before_the_week_is_only_recalled(parse):
    rec = parse(HEAD + "Le président Ukhnaagiin Khürelsükh, en visite d'Etat au Japon du 2 au 5 mai, "
                "a été reçu par le Premier ministre Fumio Kishida.")
    assert rec["events"] == []


@pytest.mark.parametrize("text, expected", [
    # the speaker is the subject of the verb of saying after the quotation
    ("« Hier, j'ai rencontré le président Emmerson Mnangagwa et nous avons évoqué les questions "
     "régionales », a déclaré le ministre sud-africain Naledi Pandor.",
     [("meeting", frozenset({"Naledi Pandor", "Emmerson Mnangagwa"}))]),
    # ... or the person the dispatch is about, for an inverted pronoun
    ("La ministre chilienne Antonia Urrejola se trouve en visite de travail en Géorgie. « Ce matin, "
     "j'ai eu un entretien très utile avec mon homologue Ilia Darchiashvili », a-t-elle déclaré.",
     [("visit", frozenset({"Antonia Urrejola", "Géorgie"})),
      ("meeting", frozenset({"Antonia Urrejola", "Ilia Darchiashvili"}))]),
])
def test_quoted_speech_dated_to_the_dispatch_s_week_reports(parse, text, expected):
    assert sorted(party_sets(parse(HEAD + text))) == sorted(expected)


@pytest.mark.parametrize("text", [
    "« J'ai rencontré le président Emmerson Mnangagwa en 2019 », a déclaré la ministre Naledi Pandor.",
    "« Demain, je rencontrerai le président Emmerson Mnangagwa », a déclaré la ministre Naledi Pandor.",
    "« Le 3 mars, j'ai rencontré le président Emmerson Mnangagwa », a rappelé la ministre Naledi Pandor.",
])
def test_quoted_speech_of_other_days_reports_no_encounter(parse, text):
    assert parse(HEAD + text)["events"] == []


@pytest.mark.parametrize("sentence, expected", [
    # a verb of recalling beside an encounter speaks of something else
    ("Le ministre Ilia Gogia a rencontré jeudi le président Alar Karis et a évoqué la coopération.",
     [("meeting", frozenset({"Ilia Gogia", "Alar Karis"}))]),
    ("Le ministre Ilia Gogia a reçu l'ambassadeur Rui Alves, rappelant l'amitié entre les deux pays.",
     [("meeting", frozenset({"Ilia Gogia", "Rui Alves"}))]),
    ("Le président Alar Karis a rappelé jeudi lors de sa rencontre avec le ministre Ilia Gogia le soutien "
     "de l'Estonie.", [("meeting", frozenset({"Alar Karis", "Ilia Gogia"}))]),
    # a participle on people met reports it
    ("Le ministre Ilia Gogia figurait parmi les chefs de délégation reçus jeudi par le président Alar Karis.",
     [("meeting", frozenset({"Ilia Gogia", "Alar Karis"}))]),
])
def test_what_stands_beside_an_encounter(parse, sentence, expected):
    assert party_sets(parse(HEAD + sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # governed by the verb of recalling, it is recalled
    "Le ministre Ilia Gogia a évoqué sa rencontre de l'an dernier avec le président Alar Karis.",
    # a year before the dispatch's
    "Les parties ont salué les accords conclus lors de la visite du président Alar Karis en Géorgie en 2019.",
    "Le ministre Ilia Gogia a souligné que la deuxième conférence de Vilnius, tenue en 2021, avait été un succès.",
])
def test_recalled_encounters(parse, sentence):
    assert parse(HEAD + sentence)["events"] == []


@pytest.mark.parametrize("sentence", [
    # a noun of encounter whose predicate says it is planned
    "La visite du président Xi Jinping en France est prévue pour le mois de juillet.",
    "Une réunion entre les ministres Ann Linde et Pekka Haavisto est prévue en juillet.",
])
def test_an_encounter_said_to_be_planned_is_no_event(parse, sentence):
    assert parse(HEAD + sentence)["events"] == []


def test_a_finite_form_the_tagger_calls_infinitive_is_no_infinitive():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from dispatch_cli.nlp.grammar.events.reports import is_infinitive

    doc = Doc(Vocab(), words=["Le", "forum", "réunit", "pour", "rencontrer", "et", "recevoir", "les", "maires"])
    for i in (2, 4, 6):
        doc[i].set_morph("VerbForm=Inf")
    assert [is_infinitive(doc[i]) for i in (2, 4, 6)] == [False, True, True]


@pytest.mark.parametrize("sentence, named", [
    ("Le ministre de l'Agriculture a rencontré mardi la directrice de la FAO pour l'Europe, Viorel Gutu.",
     "Viorel Gutu"),
    ("Le recteur de l'Université d'Oslo, Svein Stølen, a été reçu par le vice-ministre de l'Éducation.",
     "Svein Stølen"),
])
def test_a_meeting_with_someone_given_only_by_title_keeps_the_named_party(parse, sentence, named):
    assert party_sets(parse(HEAD + sentence)) == [("meeting", frozenset({named}))]


@pytest.mark.parametrize("text", [
    "Le président Irakli Garibachvili effectuera une visite officielle en Arménie à la fin du mois. Selon le "
    "porte-parole, au cours de la visite, le président devrait être reçu par le Premier ministre Nikol Pachinian.",
    "La ministre Salomé Zourabichvili se rendra au Japon le mois prochain. Lors de sa visite, elle devrait "
    "rencontrer le Premier ministre Fumio Kishida.",
])
def test_the_visit_named_again_after_it_was_planned_is_still_planned(parse, text):
    assert parse(HEAD + text)["events"] == []


def test_a_pluperfect_the_day_before_is_reported_even_with_no_year(parse):
    rec = parse("Tbilissi, 3 juin (Interpressnews)\n\nLe ministre Ilia Gogia a reçu mardi l'ambassadeur Rui Alves. "
                "La veille, Ilia Gogia s'était entretenu par téléphone avec le ministre Jan Horak.")
    assert ("call", frozenset({"Ilia Gogia", "Jan Horak"})) in party_sets(rec)


def test_a_pluperfect_earlier_the_same_day_is_reported(parse):
    rec = parse(HEAD + "Le ministre Ilia Gogia a signé jeudi un accord avec la Banque mondiale. Plus tôt dans la "
                "journée, il avait été reçu par le Premier ministre Irakli Kobakhidze.")
    assert ("meeting", frozenset({"Ilia Gogia", "Irakli Kobakhidze"})) in party_sets(rec)


def test_encounters_a_programme_provides_for_are_planned(parse):
    rec = parse(HEAD + "Selon le porte-parole, le programme de la visite prévoit des entretiens avec la présidente "
                "Salomé Zourabichvili.")
    assert rec["events"] == []


def test_a_pluperfect_told_as_earlier_in_the_account_is_reported(parse):
    rec = parse(HEAD + "La commission mixte s'est réunie jeudi sous la coprésidence du ministre Ilia Gogia. "
                "Auparavant, le ministre hongrois István Nagy avait été reçu par le Premier ministre Irakli "
                "Kobakhidze.")
    assert ("meeting", frozenset({"István Nagy", "Irakli Kobakhidze"})) in party_sets(rec)


@pytest.mark.parametrize("text", [
    # a participle coordinated to a pluperfect shares its auxiliary
    "Le 15 juin 2021, les présidents Salomé Zourabichvili et Ilham Aliyev avaient signé la déclaration. Ils "
    "avaient alors tenu des entretiens et visité plusieurs sites de la ville.",
    # a gathering that is the time of an infinitive a modal verb puts in the future
    "Les présidents Salomé Zourabichvili et Ilham Aliyev devaient se retrouver le mois prochain à Astana, lors du "
    "sommet de l'OCS.",
])
def test_recalled_and_planned_by_the_verb_they_hang_on(parse, text):
    assert parse(HEAD + text)["events"] == []


def test_a_visit_that_must_last_some_days_is_still_reported(parse):
    rec = parse(HEAD + "La visite du ministre Jan Horak en Géorgie doit durer trois jours.")
    assert party_sets(rec) == [("visit", frozenset({"Jan Horak", "Géorgie"}))]
