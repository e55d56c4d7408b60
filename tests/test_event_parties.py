"""Who took part: people named in another sentence join the encounter they took part in."""
from __future__ import annotations

import pytest

from conftest import party_sets

HEAD = " date 2023-10 Astana, 20 octobre, AZERTAC\n\n"


def test_people_listed_after_an_inverted_participation_verb_join_the_gathering(parse):
    rec = parse(HEAD + "Une réunion des ministres de l'Agriculture s'est tenue à Astana. Y ont pris part "
                "Jan Kowal, ministre de Pologne, Eva Lind, ministre de Suède, et Ali Demir, ministre de Turquie.")
    assert party_sets(rec) == [("conference", frozenset({"Jan Kowal", "Eva Lind", "Ali Demir"}))]


def test_a_body_in_session_and_those_who_took_part(parse):
    rec = parse(HEAD + "Le Conseil des ministres de la Défense de l'OTSC s'est réuni à Astana. "
                "Le ministre Ruslan Zhaksylykov a participé à la réunion.")
    assert party_sets(rec) == [("conference", frozenset({"Conseil des ministres de la Défense de l'OTSC",
                                                          "Ruslan Zhaksylykov"}))]


def test_people_who_also_attended_join_the_meeting(parse):
    rec = parse(HEAD + "Le président Nurlan Abenov a reçu le ministre italien Guido Crosetto. "
                "L'ambassadeur Marco Rossi et le général Luca Bianchi ont eux aussi assisté à la rencontre.")
    assert party_sets(rec) == [("meeting", frozenset({"Nurlan Abenov", "Guido Crosetto", "Marco Rossi",
                                                       "Luca Bianchi"}))]


def test_the_members_of_a_delegation_met_join_the_meeting(parse):
    rec = parse(HEAD + "Le ministre Murat Nurtleu s'est entretenu avec une délégation conduite par le "
                "sénateur Paul Girard. La délégation comprenait également la députée Anne Morel et le "
                "sénateur Luc Perrin.")
    assert party_sets(rec) == [("meeting", frozenset({"Murat Nurtleu", "Paul Girard", "Anne Morel", "Luc Perrin"}))]


def test_a_gathering_named_anew_is_its_own_event(parse):
    rec = parse(HEAD + "Le ministre Murat Nurtleu a reçu l'ambassadeur Paul Girard. "
                "Le ministre Murat Nurtleu a ensuite participé à un forum sur le numérique.")
    assert sorted(party_sets(rec)) == sorted([("meeting", frozenset({"Murat Nurtleu", "Paul Girard"})),
                                              ("conference", frozenset({"Murat Nurtleu"}))])


def test_a_meeting_held_by_one_person_is_an_event(parse):
    rec = parse(HEAD + "C'est ce qu'a déclaré le Premier ministre Olzhas Bektenov lors de la réunion sur "
                "les questions agricoles qui s'est tenue le 18 octobre.")
    assert party_sets(rec) == [("meeting", frozenset({"Olzhas Bektenov"}))]
    rec = parse(HEAD + "La gouverneure Aliya Serikova a présidé une réunion de travail à Pavlodar.")
    assert party_sets(rec) == [("meeting", frozenset({"Aliya Serikova"}))]


def test_a_meeting_with_a_group_not_named_is_an_event(parse):
    rec = parse(HEAD + "Le président Nurlan Abenov a rencontré les habitants du village de Kokshetau.")
    assert party_sets(rec) == [("meeting", frozenset({"Nurlan Abenov"}))]


def test_a_meeting_with_one_party_told_again_is_one_event(parse):
    rec = parse(HEAD + "Le ministre Murat Nurtleu s'entretient avec une délégation italienne\n\n"
                "Le ministre Murat Nurtleu s'est entretenu avec une délégation conduite par le sénateur "
                "Paolo Conti.")
    assert party_sets(rec) == [("meeting", frozenset({"Murat Nurtleu", "Paolo Conti"}))]


def test_the_sides_just_reported_discuss(parse):
    rec = parse(HEAD + "Le ministre Murat Nurtleu a reçu l'ambassadeur Paolo Conti. "
                "Les parties ont ensuite discuté de la coopération économique.")
    assert party_sets(rec) == [("meeting", frozenset({"Murat Nurtleu", "Paolo Conti"}))]


def test_one_person_and_a_title_no_one_resolves_is_no_meeting(parse):
    rec = parse(HEAD + "Le ministre Murat Nurtleu s'est ensuite entretenu avec le nonce apostolique.")
    assert rec["events"] == []


def test_the_states_of_a_subject_that_names_no_one_are_the_sides(parse):
    rec = parse(HEAD + "Les ministres de l'Intérieur du Kazakhstan, de l'Ouzbékistan et du Kirghizistan ont tenu "
                "une réunion trilatérale à Tachkent.")
    assert party_sets(rec) == [("conference", frozenset({"Kazakhstan", "Ouzbékistan", "Kirghizistan"}))]


def test_a_speaker_at_a_gathering_takes_part_in_it(parse):
    rec = parse(HEAD + "Le président Nurlan Abenov a prononcé un discours à la conférence des "
                "ambassadeurs.")
    assert party_sets(rec) == [("conference", frozenset({"Nurlan Abenov"}))]


def test_a_gathering_named_again_is_the_one_reported_and_its_speaker_joins_it(parse):
    rec = parse(HEAD + "L'Union des écrivains d'Asie centrale a tenu un congrès à Almaty. Le ministre Aida "
                "Balayeva et le poète Olzhas Suleimenov ont été présents au congrès. Le ministre Murat "
                "Nurtleu a pris la parole lors de la clôture du congrès.")
    assert party_sets(rec) == [("conference", frozenset({"Union des écrivains d'Asie centrale", "Aida Balayeva",
                                                          "Olzhas Suleimenov", "Murat Nurtleu"}))]


def test_a_word_of_meeting_inside_a_name_is_no_trigger(parse):
    rec = parse(HEAD + "Le ministre Murat Nurtleu a reçu le directeur de la Fondation Dialogue des cultures, "
                "Paul Girard.")
    assert party_sets(rec) == [("meeting", frozenset({"Murat Nurtleu", "Paul Girard"}))]


def test_where_an_encounter_between_states_took_place_is_no_side(parse):
    rec = parse(HEAD + "Des consultations politiques entre les ministères des Affaires étrangères du Kazakhstan "
                "et de la Pologne se sont tenues à Varsovie.")
    assert party_sets(rec) == [("conference", frozenset({"Kazakhstan", "Pologne"}))]


def test_the_time_of_a_clause_is_not_what_its_verb_plans(parse):
    rec = parse(HEAD + "Lors de l'entretien, le ministre Murat Nurtleu a invité son homologue Paolo Conti "
                "à se rendre au Kazakhstan.")
    assert party_sets(rec) == [("meeting", frozenset({"Murat Nurtleu", "Paolo Conti"}))]


def test_a_meeting_held_with_no_one_named_gathers_those_listed_after_it(parse):
    rec = parse(HEAD + "Une réunion s'est tenue à Almaty. Y ont pris part Jan Kowal, ministre de Pologne, "
                "Eva Lind, ministre de Suède, et Ali Demir, ministre de Turquie.")
    assert party_sets(rec) == [("conference", frozenset({"Jan Kowal", "Eva Lind", "Ali Demir"}))]
    assert parse(HEAD + "Une réunion s'est tenue à Almaty sur la sécurité routière.")["events"] == []


def test_the_people_after_the_next_verb_of_meeting_are_its_own(parse):
    rec = parse(HEAD + "Le ministre Jan Horak, qui participe au Forum économique de Davos, a rencontré son "
                "homologue suisse Ignazio Cassis.")
    assert sorted(party_sets(rec)) == sorted([("conference", frozenset({"Jan Horak"})),
                                              ("meeting", frozenset({"Jan Horak", "Ignazio Cassis"}))])


def test_a_body_named_as_the_venue_is_no_party(parse):
    rec = parse(HEAD + "Le secrétaire général de la Ligue arabe, Ahmed Aboul Gheit, a reçu hier au siège de "
                "l'Union africaine l'ambassadeur du Kenya, Peter Mutuku.")
    assert party_sets(rec) == [("meeting", frozenset({"Ahmed Aboul Gheit", "Peter Mutuku"}))]


def test_bodies_coordinated_as_the_subject_are_the_sides(parse):
    rec = parse(HEAD + "La société norvégienne Equinor et la compagnie Petrobras ont tenu une réunion de travail "
                "à Oslo.")
    assert party_sets(rec) == [("meeting", frozenset({"Equinor", "Petrobras"}))]
    rec = parse(HEAD + "L'Agence kazakhe des routes et la Banque asiatique de développement ont eu des entretiens "
                "mardi à Astana.")
    assert party_sets(rec) == [("meeting", frozenset({"Agence kazakhe des routes",
                                                      "Banque asiatique de développement"}))]


def test_an_organ_and_its_organization_are_one_side(parse):
    # the council belongs to the union, its acronym in brackets restates it: no meeting between them
    rec = parse(HEAD + "Le Conseil des ministres de l'Union économique eurasiatique (UEE) et l'UEE ont tenu "
                "une réunion à Astana.")
    assert [t for t, _ in party_sets(rec) if t == "meeting"] == []


def test_a_body_named_alone_after_its_premises_is_that_body_where_it_opens_a_sentence(parse):
    # `Kazvodokanal` is read as a place by the model at its first mention; the text names it a body
    rec = parse(HEAD + "Kazvodokanal et la société française Saur ont tenu une réunion au siège de Kazvodokanal.")
    assert {o["name"] for o in rec["organizations"]} >= {"Kazvodokanal", "Saur"}
    assert all(p["name"] != "Kazvodokanal" for p in rec["places"])
    assert party_sets(rec) == [("meeting", frozenset({"Kazvodokanal", "Saur"}))]


def test_the_session_of_a_body_not_yet_told_is_a_gathering_of_its_own(parse):
    rec = parse(HEAD + "Le président du Sénat, Maulen Ashimbayev, a reçu une délégation du Parlement letton conduite "
                "par le député Janis Vucans. La délégation a ensuite pris part à la réunion de la commission "
                "interparlementaire Kazakhstan-Lettonie, coprésidée par Janis Vucans et le sénateur Nurlan Beknazarov.")
    sets = dict((t, s) for t, s in party_sets(rec) if t in ("meeting", "conference"))
    assert {"Maulen Ashimbayev", "Janis Vucans"} <= sets["meeting"] and "Nurlan Beknazarov" not in sets["meeting"]
    assert {"Janis Vucans", "Nurlan Beknazarov"} <= sets["conference"]


def test_taking_part_in_the_session_of_a_body_told_joins_it(parse):
    rec = parse(HEAD + "Le Conseil des ministres de la Défense de l'OTSC s'est réuni à Astana. "
                "Le ministre Ruslan Zhaksylykov a pris part à la réunion du Conseil.")
    assert party_sets(rec) == [("conference", frozenset({"Conseil des ministres de la Défense de l'OTSC",
                                                          "Ruslan Zhaksylykov"}))]


def test_who_did_something_at_the_gathering_just_told_took_part(parse):
    rec = parse(HEAD + "Le Premier ministre Olzhas Bektenov a pris part à la réunion du Conseil des chefs de "
                "gouvernement de l'OCS à Bichkek. Le secrétaire général de l'organisation, Zhang Ming, y a "
                "présenté le rapport annuel.")
    conference = next(s for t, s in party_sets(rec) if t == "conference")
    assert {"Olzhas Bektenov", "Zhang Ming"} <= conference


def test_there_is_names_no_one(parse):
    rec = parse(HEAD + "Le ministre Murat Nurtleu a pris part au forum de Vienne. Il y a eu de nombreux échanges "
                "avec le public.")
    assert party_sets(rec) == [("conference", frozenset({"Murat Nurtleu"}))]


def test_a_meeting_noun_that_gathers_names_the_gathering_just_told_and_those_present_join(parse):
    rec = parse(HEAD + "Le forum d'affaires Kazakhstan-Pologne s'est tenu mardi à Astana. La réunion a réuni plus "
                "de 100 chefs d'entreprise. Étaient présents le président de la Chambre de commerce d'Astana, "
                "Nurlan Abenov, et le vice-ministre polonais Jan Kowalski.")
    assert party_sets(rec) == [("conference", frozenset({"Nurlan Abenov", "Jan Kowalski"}))]


@pytest.mark.parametrize("text, expected", [
    # a hypernym names the body mentioned last again
    ("Sur le stand de la compagnie Vestas, la ministre Rasa Jonaitė a rencontré les dirigeants de l'entreprise "
     "danoise.", ("meeting", {"Rasa Jonaitė", "Vestas"})),
    # a lowercase head names the last body whose name it opens
    ("Le recteur Jonas Berg a reçu une délégation de l'Université de Tartu. Un accord d'échange a été paraphé "
     "entre l'Université de Vilnius et l'université estonienne.",
     ("signing", {"Université de Vilnius", "Université de Tartu"})),
    ("La délégation a visité l'Institut Pasteur de Lille. Un mémorandum a été signé entre l'établissement et "
     "l'Agence lituanienne de la santé.", ("signing", {"Institut Pasteur de Lille", "Agence lituanienne de la santé"})),
])
def test_a_body_named_again_by_a_common_noun(parse, text, expected):
    kind, parties = expected
    assert (kind, frozenset(parties)) in party_sets(parse(HEAD + text))


def test_a_common_noun_with_another_adjective_names_no_body_again(parse):
    rec = parse(HEAD + "La Fondation Nobel a ouvert une exposition. La ministre Rasa Jonaitė a rencontré des "
                "représentants de la société civile.")
    assert all("Fondation Nobel" not in parties for t, parties in party_sets(rec) if t == "meeting")


def test_a_common_noun_inside_a_person_s_title_is_no_party(parse):
    rec = parse(HEAD + "La ministre Rasa Jonaitė a visité l'Université de Tartu, où elle a rencontré le recteur de "
                "l'université, Toomas Asser.")
    assert ("meeting", frozenset({"Rasa Jonaitė", "Toomas Asser"})) in party_sets(rec)


def test_who_gave_a_speech_at_the_gathering_just_told_took_part(parse):
    rec = parse(HEAD + "La conférence internationale sur la sécurité alimentaire s'est ouverte lundi à Astana. Le "
                "ministre Aidarbek Saparov a prononcé le discours d'ouverture.")
    assert party_sets(rec) == [("conference", frozenset({"Aidarbek Saparov"}))]


@pytest.mark.parametrize("text, speaker", [
    ("La 12e session de la commission mixte s'est tenue lundi à Astana. Lors de la session, le vice-ministre "
     "Almas Aidarov a présenté un rapport sur les échanges commerciaux.", "Almas Aidarov"),
    ("Une conférence sur la sécurité alimentaire s'est tenue lundi à Astana. La ministre Aida Balayeva a "
     "souligné l'importance de la coopération régionale.", "Aida Balayeva"),
])
def test_who_spoke_or_presented_at_the_gathering_just_told_took_part(parse, text, speaker):
    assert party_sets(parse(HEAD + text)) == [("conference", frozenset({speaker}))]


def test_a_part_of_a_part_of_a_gathering_is_the_gathering_s(parse):
    rec = parse(HEAD + "Le ministre Murat Nurtleu est intervenu lundi lors de la séance plénière d'ouverture du Forum "
                "international d'Astana, aux côtés du ministre Roman Sklyar.")
    assert ("conference", frozenset({"Murat Nurtleu", "Roman Sklyar"})) in party_sets(rec)


def test_who_spoke_at_the_plenary_the_parse_hung_elsewhere_took_part(parse):
    rec = parse(HEAD + "La 47e réunion du Conseil des ministres de l'OCEMN s'est tenue lundi à Astana. La délégation "
                "kazakhe était conduite par le vice-ministre Akan Rakhmetullin, qui est intervenu lors de la séance "
                "plénière. Le secrétaire général de l'OCEMN, Lazăr Comănescu, a présenté le rapport d'activité.")
    conferences = [p for t, p in party_sets(rec) if t == "conference"]
    assert len(conferences) == 1 and {"Akan Rakhmetullin", "Lazăr Comănescu"} <= conferences[0]


def test_a_gathering_an_encounter_was_about_is_no_encounter(parse):
    rec = parse(HEAD + "Un échange de vues a eu lieu lundi entre le vice-ministre Akan Rakhmetullin et la "
                "vice-ministre grecque Alexandra Papadopoulou, sur le calendrier des consultations politiques.")
    assert party_sets(rec) == [("meeting", frozenset({"Akan Rakhmetullin", "Alexandra Papadopoulou"}))]


def test_a_gathering_at_which_a_recalled_meeting_took_place_is_recalled(parse):
    rec = parse(HEAD + "« Je garde un excellent souvenir de mes entretiens avec le président Macky Sall lors du "
                "sommet de l'OCI à Banjul », a écrit le président Kassym-Jomart Tokaïev.")
    assert rec["events"] == []
