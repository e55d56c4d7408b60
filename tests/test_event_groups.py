"""Parties named as a group: a delegation through its head, visitors by a plural noun, people
who attended several meetings, co-chairs, people met as an unnamed group of sportspeople."""
from __future__ import annotations

import pytest

from conftest import party_sets

HEAD = " date 2023-06 Vilnius, 14 juin, AZERTAC\n\n"


@pytest.mark.parametrize("text, expected", [
    # `conduite par X`: the delegation named again meets through X
    ("Une délégation du Parlement lituanien conduite par son vice-président, Jonas Berg, est arrivée lundi à "
     "Riga. Le même jour, la délégation lituanienne a été reçue par le président du Saeima, Edgars Ozols.",
     ("meeting", {"Jonas Berg", "Edgars Ozols"})),
    ("Le ministre Paul Girard a reçu mardi une délégation dirigée par le ministre estonien Karl Tamm. Mercredi, "
     "la délégation a été reçue par le gouverneur de la Banque centrale, Marc Dubois.",
     ("meeting", {"Karl Tamm", "Marc Dubois"})),
    ("Une délégation menée par le ministre kazakh Erlan Nurov effectue une visite à Vilnius. Mardi, la ministre "
     "Rasa Jonaitė a reçu la délégation.", ("meeting", {"Rasa Jonaitė", "Erlan Nurov"})),
])
def test_a_delegation_named_again_meets_through_its_head(parse, text, expected):
    kind, parties = expected
    assert (kind, frozenset(parties)) in party_sets(parse(HEAD + text))


def test_the_delegation_named_again_is_the_last_introduced(parse):
    rec = parse(HEAD + "Une délégation conduite par le ministre Karl Tamm est arrivée à Vilnius. Mardi, la ministre "
                "Rasa Jonaitė a reçu une délégation dirigée par le directeur Ivo Kask. La délégation a ensuite été "
                "reçue par le maire Jonas Berg.")
    assert ("meeting", frozenset({"Ivo Kask", "Jonas Berg"})) in party_sets(rec)


@pytest.mark.parametrize("text", [
    "Une délégation du Sénat conduite par Ali Demir est arrivée lundi à Vilnius. Les sénateurs turcs se sont "
    "ensuite entretenus avec le président du Seimas, Viktoras Pranckus.",
    "Le ministre turc Ali Demir est arrivé lundi à Vilnius. Les membres de la délégation se sont entretenus "
    "mardi avec le président du Seimas, Viktoras Pranckus.",
    # the guests, in the passive or the active
    "Une délégation conduite par le maire d'Izmir, Ali Demir, est en visite à Vilnius. Les invités ont été "
    "reçus mardi par le président du Seimas, Viktoras Pranckus.",
    "Le ministre turc Ali Demir effectue une visite de travail en Lituanie. Les visiteurs ont rencontré le "
    "président du Seimas, Viktoras Pranckus.",
    "Ali Demir, recteur de l'Université d'Ankara, est arrivé à Kaunas. Les hôtes turcs ont été accueillis à "
    "l'université par le recteur Viktoras Pranckus.",
])
def test_a_plural_subject_that_names_no_one_is_the_visitors(parse, text):
    assert ("meeting", frozenset({"Ali Demir", "Viktoras Pranckus"})) in party_sets(parse(HEAD + text))


@pytest.mark.parametrize("text", [
    "La ministre Rasa Jonaitė a reçu mardi l'ambassadeur de France Jean Morel. Elle a ensuite reçu l'ambassadeur "
    "d'Italie Paolo Conti. Le vice-ministre Tomas Kairys a assisté aux deux rencontres.",
    "La ministre Rasa Jonaitė a reçu mardi l'ambassadeur de France Jean Morel. Elle a ensuite reçu l'ambassadeur "
    "d'Italie Paolo Conti. Le vice-ministre Tomas Kairys a pris part à ces entretiens.",
    "La ministre Rasa Jonaitė a reçu mardi l'ambassadeur de France Jean Morel. Elle a ensuite reçu l'ambassadeur "
    "d'Italie Paolo Conti. Le vice-ministre Tomas Kairys était présent aux entretiens.",
])
def test_who_attended_the_meetings_counted_joins_each(parse, text):
    assert party_sets(parse(HEAD + text)) == [
        ("meeting", frozenset({"Rasa Jonaitė", "Jean Morel", "Tomas Kairys"})),
        ("meeting", frozenset({"Rasa Jonaitė", "Paolo Conti", "Tomas Kairys"}))]


def test_more_meetings_counted_than_told_join_none(parse):
    rec = parse(HEAD + "La ministre Rasa Jonaitė a reçu mardi l'ambassadeur de France Jean Morel. Le vice-ministre "
                "Tomas Kairys a assisté aux trois rencontres.")
    assert ("meeting", frozenset({"Rasa Jonaitė", "Jean Morel", "Tomas Kairys"})) not in party_sets(rec)


@pytest.mark.parametrize("text", [
    "Etaient présents à la rencontre le vice-ministre Tomas Kairys et l'ambassadeur Jean Morel.",
    "Etait également présent le vice-ministre Tomas Kairys.",
])
def test_a_capital_without_its_accent_is_the_verb(parse, text):
    rec = parse(HEAD + "La ministre Rasa Jonaitė a reçu mardi le ministre letton Edgars Ozols. " + text)
    sets = party_sets(rec)
    assert len(sets) == 1 and {"Rasa Jonaitė", "Edgars Ozols", "Tomas Kairys"} <= sets[0][1]


@pytest.mark.parametrize("text", [
    "Le ministre des Sports Tomas Kairys a reçu lundi les athlètes de l'équipe nationale.",
    "Le ministre des Sports Tomas Kairys a rencontré mardi les lutteurs médaillés aux championnats du monde.",
    "La ministre Rasa Jonaitė a reçu les lauréats du concours national de mathématiques.",
])
def test_sportspeople_and_laureates_met_are_an_unnamed_group(parse, text):
    rec = parse(HEAD + text)
    assert [t for t, _p in party_sets(rec)] == ["meeting"]


def test_the_co_chairs_of_a_session_just_told_meet(parse):
    rec = parse(HEAD + "La 8e réunion de la commission intergouvernementale s'est tenue lundi à Vilnius. "
                "La réunion a été coprésidée par la ministre Rasa Jonaitė et par le ministre letton Edgars Ozols. "
                "Avant la séance plénière, les coprésidents ont eu un entretien en tête-à-tête.")
    assert ("meeting", frozenset({"Rasa Jonaitė", "Edgars Ozols"})) in party_sets(rec)


@pytest.mark.parametrize("text", [
    "La 8e session du Conseil d'affaires lituano-letton s'est tenue lundi à Vilnius. Elle a été coprésidée par "
    "la ministre Rasa Jonaitė et le ministre letton Edgars Ozols.",
    "Le Forum balte de l'innovation s'est ouvert lundi à Vilnius. Il était présidé conjointement par la ministre "
    "Rasa Jonaitė et le ministre letton Edgars Ozols.",
])
def test_who_held_the_gathering_a_pronoun_names_took_part(parse, text):
    assert {"Rasa Jonaitė", "Edgars Ozols"} <= set().union(*(p for _t, p in party_sets(parse(HEAD + text))))


def test_who_the_co_chairs_are_in_apposition_sign(parse):
    rec = parse(HEAD + "Une réunion de la commission mixte s'est tenue lundi à Vilnius. Les coprésidents, la ministre "
                "Rasa Jonaitė et le ministre letton Edgars Ozols, ont ensuite signé le procès-verbal.")
    assert ("signing", frozenset({"Rasa Jonaitė", "Edgars Ozols"})) in party_sets(rec)


@pytest.mark.parametrize("text, expected", [
    ("Le ministre letton Edgars Ozols a rendu visite à la présidente du Seimas, Viktorija Čmilytė.",
     {"Edgars Ozols", "Viktorija Čmilytė"}),
    ("Mardi, le ministre Karl Tamm a rendu visite au président Gitanas Nausėda.", {"Karl Tamm", "Gitanas Nausėda"}),
])
def test_a_call_on_someone_is_a_meeting(parse, text, expected):
    assert party_sets(parse(HEAD + text)) == [("meeting", frozenset(expected))]


def test_a_call_on_a_place_stays_a_visit(parse):
    rec = parse(HEAD + "Le ministre letton Edgars Ozols a rendu visite à la Lituanie.")
    assert [t for t, _p in party_sets(rec)] == ["visit"]


@pytest.mark.parametrize("text", [
    # an adjective of a portfolio tagged as a verb does not end the title
    "Le ministre des Relations extérieures du Chili, Alberto van Klaveren, est arrivé à Vilnius. "
    "Alberto van Klaveren a rencontré la ministre Rasa Jonaitė.",
    "La ministre des Relations extérieures de la République fédérative du Brésil, Maria Vieira, est arrivée "
    "à Vilnius. Maria Vieira a rencontré la ministre Rasa Jonaitė.",
])
def test_a_name_after_a_portfolio_title_is_a_person(parse, text):
    rec = parse(HEAD + text)
    names = {a["name"] for a in rec["actors"]}
    assert "Rasa Jonaitė" in names and len(names) == 2
    assert not any(o["name"] in names for o in rec["organizations"])
    assert any(t == "meeting" and len(p) == 2 for t, p in party_sets(rec))


@pytest.mark.parametrize("text, expected", [
    ("Le forum d'affaires lituano-polonais s'est tenu mercredi à Vilnius, à l'initiative de la Chambre de "
     "commerce de Lituanie et de l'Agence polonaise d'investissement.",
     {"Chambre de commerce de Lituanie", "Agence polonaise d'investissement"}),
    ("Une conférence sur l'énergie solaire a été organisée mardi à Vilnius sur l'initiative du ministère de "
     "l'Energie, avec la participation du ministre Karl Tamm.", {"ministère de l'Energie", "Karl Tamm"}),
])
def test_who_a_gathering_is_held_on_the_initiative_of_takes_part(parse, text, expected):
    assert ("conference", frozenset(expected)) in party_sets(parse(HEAD + text))


def test_who_organized_a_meeting_takes_part(parse):
    rec = parse(HEAD + "Le maire Jonas Berg et sa délégation se sont réunis mardi avec des représentants de la "
                "communauté d'affaires, à l'initiative de la Chambre de commerce lituano-polonaise.")
    assert party_sets(rec) == [("meeting", frozenset({"Jonas Berg", "Chambre de commerce lituano-polonaise"}))]


def test_who_invited_takes_no_part(parse):
    rec = parse(HEAD + "A l'invitation du maire Jonas Berg, la ministre Rasa Jonaitė a reçu mardi le ministre "
                "letton Edgars Ozols.")
    assert ("meeting", frozenset({"Rasa Jonaitė", "Edgars Ozols"})) in party_sets(rec)


@pytest.mark.parametrize("subject", ["Les deux responsables", "Les deux maires"])
def test_people_counted_sign_whatever_sides_the_document_names(parse, subject):
    rec = parse(HEAD + "Le maire de Vilnius Jonas Berg a reçu mardi le maire de Gdansk Piotr Nowak. "
                f"{subject} ont ensuite signé un accord de jumelage entre Vilnius et Gdansk.")
    assert ("signing", frozenset({"Jonas Berg", "Piotr Nowak"})) in party_sets(rec)


def test_the_sides_sign_when_no_one_is_said_to(parse):
    rec = parse(HEAD + "Le maire de Vilnius Jonas Berg a reçu mardi le maire de Gdansk Piotr Nowak. Les deux "
                "parties ont ensuite signé un accord de jumelage entre la mairie de Vilnius et la mairie de Gdansk.")
    assert ("signing", frozenset({"mairie de Vilnius", "mairie de Gdansk"})) in party_sets(rec)


@pytest.mark.parametrize("text, signers", [
    ("Le sommet du Conseil nordique s'est tenu samedi à Vilnius. Y ont pris part les présidents Gitanas Nausėda, "
     "Alar Karis et Edgars Rinkēvičs. A l'issue du sommet, les chefs d'Etat ont signé une déclaration finale.",
     {"Gitanas Nausėda", "Alar Karis", "Edgars Rinkēvičs"}),
    ("La ministre Rasa Jonaitė a participé à la réunion du Conseil des ministres de la Baltique, qui a réuni le "
     "ministre letton Edgars Ozols et le ministre estonien Karl Tamm. Les ministres ont signé un protocole.",
     {"Rasa Jonaitė", "Edgars Ozols", "Karl Tamm"}),
])
def test_a_plural_title_that_names_no_one_signs_for_the_gathering(parse, text, signers):
    assert ("signing", frozenset(signers)) in party_sets(parse(HEAD + text))


def test_those_a_session_gathers_in_a_relative_clause_take_part_in_it(parse):
    rec = parse(HEAD + "La ministre Rasa Jonaitė a participé à la réunion du Conseil des ministres de la Baltique, "
                "qui a réuni le ministre letton Edgars Ozols et le ministre estonien Karl Tamm.")
    sets = party_sets(rec)
    assert len(sets) == 1 and sets[0][0] == "conference"
    assert {"Rasa Jonaitė", "Edgars Ozols", "Karl Tamm"} <= sets[0][1]


@pytest.mark.parametrize("verb", ["s'est joint aux discussions", "s'est joint à l'entretien",
                                  "s'est ensuite joint à la rencontre"])
def test_who_joined_the_talks_takes_part(parse, verb):
    rec = parse(HEAD + f"La ministre Rasa Jonaitė a reçu mardi le maire Jean Morel. Le consul Ivo Kask {verb}.")
    assert party_sets(rec) == [("meeting", frozenset({"Rasa Jonaitė", "Jean Morel", "Ivo Kask"}))]


@pytest.mark.parametrize("text, expected", [
    ("La ministre Rasa Jonaitė s'est entretenue mardi avec le ministre Karl Tamm, puis avec le maire Jonas Berg.",
     [("meeting", {"Rasa Jonaitė", "Karl Tamm"}), ("meeting", {"Rasa Jonaitė", "Jonas Berg"})]),
    ("En marge de la réunion, le vice-ministre Tomas Kairys s'est entretenu par visioconférence avec le "
     "vice-ministre serbe Marko Ilić, puis avec la secrétaire d'Etat roumaine Ana Popescu.",
     [("call", {"Tomas Kairys", "Marko Ilić"}), ("call", {"Tomas Kairys", "Ana Popescu"})]),
    # the direct objects of a verb of meeting, before and after `puis`
    ("Le ministre Karl Tamm a reçu mardi l'ambassadeur de Suède, Per Lind, puis le consul de Norvège, Ivo Kask.",
     [("meeting", {"Karl Tamm", "Per Lind"}), ("meeting", {"Karl Tamm", "Ivo Kask"})]),
    ("La ministre Rasa Jonaitė a rencontré la commissaire Ana Popescu, puis la direction de la banque Swedbank, "
     "conduite par son président, Jonas Berg.",
     [("meeting", {"Rasa Jonaitė", "Ana Popescu"}), ("meeting", {"Rasa Jonaitė", "Jonas Berg"})]),
])
def test_one_encounter_then_another(parse, text, expected):
    assert party_sets(parse(HEAD + text)) == [(k, frozenset(p)) for k, p in expected]


def test_with_two_counterparts_at_once_is_one_meeting(parse):
    rec = parse(HEAD + "La ministre Rasa Jonaitė s'est entretenue mardi avec le ministre Karl Tamm et le maire "
                "Jonas Berg.")
    assert party_sets(rec) == [("meeting", frozenset({"Rasa Jonaitė", "Karl Tamm", "Jonas Berg"}))]


@pytest.mark.parametrize("means", ["par visioconférence", "en visioconférence", "par vidéoconférence"])
def test_a_gathering_attended_by_videoconference_is_no_call(parse, means):
    rec = parse(HEAD + f"Le vice-ministre Tomas Kairys a pris part mardi, {means}, à la 46e réunion du Conseil "
                "des ministres de la Baltique.")
    assert [t for t, _p in party_sets(rec)] == ["conference"]


def test_a_meeting_held_by_videoconference_is_a_call(parse):
    rec = parse(HEAD + "La ministre Rasa Jonaitė et le ministre Karl Tamm ont tenu mardi une réunion par "
                "visioconférence.")
    assert party_sets(rec) == [("call", frozenset({"Rasa Jonaitė", "Karl Tamm"}))]


def test_a_plural_subject_of_a_support_verb_is_the_visitors(parse):
    rec = parse(HEAD + "Une délégation du Sejm conduite par le député Piotr Nowak se trouve en Lituanie. Les "
                "parlementaires polonais ont ensuite tenu une réunion avec le président du Seimas, Viktoras Pranckus.")
    assert ("meeting", frozenset({"Piotr Nowak", "Viktoras Pranckus"})) in party_sets(rec)


@pytest.mark.parametrize("text, expected", [
    ("Par ailleurs, des représentants de l'Agence d'Etat des routes et du Fonds des Nations unies pour l'enfance "
     "ont tenu une visioconférence.", ("call", {"Agence d'Etat des routes", "Fonds des Nations unies pour l'enfance"})),
    ("Mardi, les représentants du ministère de l'Energie et de la Banque asiatique de développement ont tenu une "
     "réunion de travail à Vilnius.", ("meeting", {"ministère de l'Energie", "Banque asiatique de développement"})),
])
def test_representatives_of_several_bodies_meet_for_each(parse, text, expected):
    kind, parties = expected
    assert party_sets(parse(HEAD + text)) == [(kind, frozenset(parties))]


def test_representatives_of_one_body_are_no_meeting(parse):
    rec = parse(HEAD + "Des représentants du ministère de l'Energie ont tenu une réunion de travail.")
    assert party_sets(rec) == []


@pytest.mark.parametrize("text, company", [
    ("La société lituanienne Ignitis et la société franco-italienne Thales Alenia Space ont signé mardi un contrat "
     "de construction d'un satellite.", "Thales Alenia Space"),
    ("L'Agence spatiale et l'entreprise germano-polonaise Kraft Werner Systems ont signé un accord.",
     "Kraft Werner Systems"),
])
def test_a_company_introduced_with_a_compound_adjective(parse, text, company):
    rec = parse(HEAD + text)
    assert company in {o["name"] for o in rec["organizations"]}
    assert company not in {a["name"] for a in rec["actors"]}


@pytest.mark.parametrize("text, expected", [
    ("La ministre Rasa Jonaitė a reçu le vice-ministre marocain Karim Alami. Le diplomate marocain a ensuite été "
     "reçu par le président du Seimas, Viktoras Pranckus.", {"Karim Alami", "Viktoras Pranckus"}),
    ("Le ministre Karl Tamm a reçu l'ambassadeur de Finlande Petri Salo. Lors de l'entretien avec le diplomate "
     "finlandais, le ministre a évoqué la coopération.", {"Karl Tamm", "Petri Salo"}),
])
def test_the_diplomat_of_a_state_is_that_state_s_person(parse, text, expected):
    assert ("meeting", frozenset(expected)) in party_sets(parse(HEAD + text))


@pytest.mark.parametrize("text", [
    # a body joined by `et` before the verb, however attached
    "La Banque baltique de développement (BBD) a ouvert un bureau. Le ministère lituanien de l'Energie et la BBD "
    "ont par ailleurs signé un accord sur une assistance technique.",
    # the bodies between the opening adverbial and the verb
    "Au terme de la rencontre, l'Agence nationale de déminage et le Programme des Nations unies pour le "
    "développement ont procédé à l'échange des documents du projet.",
])
def test_bodies_before_a_verb_of_signing_sign(parse, text):
    sets = party_sets(parse(HEAD + text))
    assert any(t == "signing" and len(p) == 2 for t, p in sets)


@pytest.mark.parametrize("text, expected", [
    ("Le Premier ministre letton Arturs Karins est arrivé à Vilnius. Le Premier ministre Gintautas Paluckas a eu "
     "un entretien avec son homologue letton.", {"Arturs Karins", "Gintautas Paluckas"}),
    ("La réunion a réuni le ministre estonien Karl Tamm et le ministre letton Edgars Ozols. La ministre Rasa "
     "Jonaitė a également eu un bref entretien avec son homologue estonien.", {"Karl Tamm", "Rasa Jonaitė"}),
])
def test_a_counterpart_of_a_state_after_a_possessive_is_that_state_s_person(parse, text, expected):
    assert ("meeting", frozenset(expected)) in party_sets(parse(HEAD + text))


def test_the_signing_ceremony_told_again_adds_no_signers(parse):
    rec = parse(HEAD + "La société Ignitis et la société Enel ont signé mardi à Vilnius un contrat. La cérémonie de "
                "signature s'est déroulée en présence de la ministre Rasa Jonaitė et de l'ambassadeur Paolo Conti.")
    assert party_sets(rec) == [("signing", frozenset({"Ignitis", "Enel"}))]


def test_a_plural_subject_that_names_no_one_visits_for_the_visitors(parse):
    rec = parse(HEAD + "Le ministre letton Edgars Ozols est arrivé lundi à Vilnius pour une visite de travail. Mardi, "
                "les hôtes lettons ont visité la Bibliothèque nationale de Lituanie, où ils ont été accueillis par "
                "son directeur, Jonas Berg.")
    sets = party_sets(rec)
    assert ("visit", frozenset({"Edgars Ozols", "Bibliothèque nationale de Lituanie"})) in sets
    assert ("meeting", frozenset({"Edgars Ozols", "Jonas Berg"})) in sets


@pytest.mark.parametrize("text, hosts", [
    ("Le ministre Paul Girard a visité mardi l'Université de Vilnius et l'Académie lituanienne des sciences.",
     ["Université de Vilnius", "Académie lituanienne des sciences"]),
    ("Mardi, le maire Jonas Berg visite la Vieille Ville, le Musée national de Lituanie et l'Université technique "
     "de Vilnius.", ["Musée national de Lituanie", "Université technique de Vilnius"]),
])
def test_bodies_visited_one_after_another_are_one_visit_each(parse, text, hosts):
    sets = party_sets(parse(HEAD + text))
    for host in hosts:
        assert any(t == "visit" and host in p for t, p in sets)


@pytest.mark.parametrize("where", ["au siège du Conseil de l'Europe", "dans les locaux du Conseil de l'Europe"])
def test_a_visit_to_the_seat_of_a_body_visits_the_body(parse, where):
    rec = parse(HEAD + f"L'ambassadrice Rasa Jonaitė a fait mardi une visite de courtoisie {where}.")
    assert ("visit", frozenset({"Rasa Jonaitė", "Conseil de l'Europe"})) in party_sets(rec)


def test_a_body_holding_its_own_meeting_is_in_session_with_its_chairs_and_participants(parse):
    rec = parse(HEAD + "Le comité de pilotage du consortium BalticGas a tenu mardi sa réunion annuelle sous la "
                "coprésidence de la société Ignitis et de la société Enel, avec la participation des représentants "
                "de Equinor et de Orlen.")
    sets = party_sets(rec)
    assert len(sets) == 1 and sets[0][0] == "conference"
    assert {"Ignitis", "Enel", "Equinor", "Orlen"} <= sets[0][1]


@pytest.mark.parametrize("text", [
    "La ministre Rasa Jonaitė a eu mardi un entretien avec le journal Lietuvos rytas.",
    "Le ministre Karl Tamm a accordé un entretien exclusif à la chaîne LRT.",
    "La ministre Rasa Jonaitė a eu un long entretien avec le quotidien Delfi sur la sécurité régionale.",
])
def test_an_interview_with_the_press_is_no_meeting(parse, text):
    assert party_sets(parse(HEAD + text)) == []


@pytest.mark.parametrize("text", [
    "La ministre Rasa Jonaitė a souligné l'importance de la visite du président Gitanas Nausėda prévue l'an prochain.",
    "Le ministre Karl Tamm a évoqué la rencontre avec le président Alar Karis envisagée pour l'automne.",
])
def test_an_encounter_a_participle_plans_is_no_event(parse, text):
    assert party_sets(parse(HEAD + text)) == []


def test_a_meeting_with_someone_then_with_a_company(parse):
    rec = parse(HEAD + "La ministre Rasa Jonaitė a eu un échange de vues avec le président de la Chambre de commerce, "
                "Jonas Berg, puis avec les dirigeants du groupe Ignitis.")
    assert party_sets(rec) == [("meeting", frozenset({"Rasa Jonaitė", "Jonas Berg"})),
                               ("meeting", frozenset({"Rasa Jonaitė", "Ignitis"}))]


@pytest.mark.parametrize("text, name", [
    ("Le directeur général de l'Agence, Omar M. Haddad, a été reçu par la ministre Rasa Jonaitė.", "Omar M. Haddad"),
    ("La ministre Rasa Jonaitė a reçu l'ambassadeur du Chili, Diego Ramos de ALMEIDA.", "Diego Ramos de ALMEIDA"),
])
def test_a_middle_initial_and_a_surname_in_capitals_after_a_particle_are_the_name_s(parse, text, name):
    rec = parse(HEAD + text)
    assert ("meeting", frozenset({"Rasa Jonaitė", name})) in party_sets(rec)


def test_a_consortium_of_state_is_a_company(parse):
    rec = parse(HEAD + "Un mémorandum a été signé mardi entre la société Ignitis et le consortium d'Etat Latvenergo.")
    assert party_sets(rec) == [("signing", frozenset({"Ignitis", "Latvenergo"}))]


@pytest.mark.parametrize("title, role", [("Le vice-ministre", "le vice-ministre lituanien de l'Economie"),
                                         ("La vice-présidente", "la vice-présidente de la Commission")])
def test_a_hyphenated_title_stands_for_its_holder(parse, title, role):
    rec = parse(HEAD + f"Le forum s'est ouvert mardi à Vilnius en présence de {role}, Ona Petraitė. "
                f"{title} a ensuite eu un entretien avec le président de la Chambre de commerce, Jonas Berg.")
    assert ("meeting", frozenset({"Ona Petraitė", "Jonas Berg"})) in party_sets(rec)


def test_talks_that_go_on_with_someone_new_are_a_meeting_of_the_visitor(parse):
    rec = parse(HEAD + "Le Premier ministre letton Evika Silina a entamé mardi une visite officielle en Lituanie. "
                "Elle a été reçue par le président Gitanas Nausėda. Les entretiens se sont poursuivis au Seimas "
                "avec la "
                "présidente du Parlement, Viktorija Čmilytė.")
    sets = party_sets(rec)
    assert ("meeting", frozenset({"Evika Silina", "Gitanas Nausėda"})) in sets
    assert ("meeting", frozenset({"Evika Silina", "Viktorija Čmilytė"})) in sets


def test_talks_told_again_with_no_one_new_are_the_same(parse):
    rec = parse(HEAD + "Le Premier ministre letton Evika Silina a entamé mardi une visite officielle en Lituanie. "
                "Elle a été reçue par le président Gitanas Nausėda. Les entretiens se sont poursuivis en format "
                "élargi.")
    assert [t for t, _p in party_sets(rec)].count("meeting") == 1


@pytest.mark.parametrize("text", [
    "Une réunion de la commission mixte s'est tenue mardi à Vilnius. Du côté lituanien, le vice-ministre Tomas Kairys "
    "et le directeur Jonas Berg ; du côté letton, le vice-ministre Edgars Ozols.",
])
def test_people_listed_by_side_join_the_gathering(parse, text):
    sets = party_sets(parse(HEAD + text))
    assert len(sets) == 1 and {"Tomas Kairys", "Edgars Ozols"} <= sets[0][1]


def test_who_joined_the_talks_joins_those_of_the_paragraph(parse):
    rec = parse(HEAD + "Mardi, la ministre Rasa Jonaitė a reçu le maire Jean Morel.\n\n"
                "Le lendemain, elle a rencontré le recteur Paolo Conti. Le consul Ivo Kask s'est joint aux "
                "discussions.")
    assert sorted(party_sets(rec)) == sorted([("meeting", frozenset({"Rasa Jonaitė", "Jean Morel"})),
                                              ("meeting", frozenset({"Rasa Jonaitė", "Paolo Conti", "Ivo Kask"}))])


def test_a_meeting_with_a_group_on_another_day_is_its_own(parse):
    rec = parse(HEAD + "Le 12 juin, la ministre Rasa Jonaitė a rencontré les représentants de la communauté "
                "lituanienne. Le lendemain, elle a reçu le maire Jean Morel.")
    assert sorted(party_sets(rec)) == sorted([("meeting", frozenset({"Rasa Jonaitė"})),
                                              ("meeting", frozenset({"Rasa Jonaitė", "Jean Morel"}))])


def test_an_indefinite_after_a_preposition_of_time_is_a_new_encounter(parse):
    rec = parse(HEAD + "La ministre Rasa Jonaitė a eu mardi une conversation téléphonique avec le ministre Karl Tamm. "
                "Par ailleurs, le vice-ministre Tomas Kairys et son homologue serbe Marko Ilić ont échangé lors "
                "d'un entretien téléphonique sur la préparation de la prochaine réunion du Conseil.")
    assert ("call", frozenset({"Tomas Kairys", "Marko Ilić"})) in party_sets(rec)


def test_the_guests_received_are_the_visitors_just_told(parse):
    rec = parse(HEAD + "Le maire de Tartu, Urmas Klaas, est arrivé lundi à Vilnius. La maire Rasa Jonaitė a reçu "
                "mardi les hôtes estoniens.")
    assert ("meeting", frozenset({"Rasa Jonaitė", "Urmas Klaas"})) in party_sets(rec)


def test_they_who_met_where_the_visit_went_are_its_visitors(parse):
    rec = parse(HEAD + "Le maire Urmas Klaas a reçu lundi la ministre Rasa Jonaitė. Les membres de la délégation "
                "conduite par Jonas Berg ont visité l'Université de Tartu, où ils se sont entretenus avec le "
                "recteur Toomas Asser.")
    assert ("meeting", frozenset({"Jonas Berg", "Toomas Asser"})) in party_sets(rec)


@pytest.mark.parametrize("subject, sides", [
    ("les deux villes", {"Tartu", "Kaunas"}),
    ("les deux universités", {"Université de Tartu", "Université de Kaunas"}),
])
def test_counted_cities_or_bodies_that_sign_are_those_named_before(parse, subject, sides):
    rec = parse(HEAD + "Le maire de Tartu, Urmas Klaas, et le recteur de l'Université de Tartu sont arrivés à "
                "Kaunas, où ils ont été reçus par le maire Visvaldas Matijošaitis et par le recteur de "
                f"l'Université de Kaunas. Mardi, {subject} ont signé un accord de jumelage.")
    assert ("signing", frozenset(sides)) in party_sets(rec)


def test_who_a_participle_of_chairing_names_takes_part(parse):
    rec = parse(HEAD + "Le ministre letton Edgars Ozols a été reçu par la ministre Rasa Jonaitė. Le même jour s'est "
                "tenue la 5e réunion de la Commission intergouvernementale lituano-lettone, coprésidée par les deux "
                "ministres.")
    conferences = [p for t, p in party_sets(rec) if t == "conference"]
    assert len(conferences) == 1 and {"Edgars Ozols", "Rasa Jonaitė"} <= conferences[0]
