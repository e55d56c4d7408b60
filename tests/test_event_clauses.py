"""Clauses around a word of meeting: clitic pronouns, subjects that are things or gatherings,
relative clauses on a party, participles on a gathering, the phrase a setting word opens."""
from __future__ import annotations

import pytest

from conftest import party_sets

HEAD = " date 2024-04 Vilnius, 11 avril, AZERTAC\n\n"  # 11 April 2024 was a Thursday


@pytest.mark.parametrize("text, expected", [
    # `y` or `en` between the reflexive pronoun and the auxiliary (`s'y est entretenu`)
    ("Le ministre Gabrielius Landsbergis est arrivé mardi à Riga. Il s'y est entretenu avec son homologue "
     "letton Krisjanis Karins.", ("meeting", {"Gabrielius Landsbergis", "Krisjanis Karins"})),
    ("La ministre Ingrida Simonyte s'y est longuement entretenue avec le commissaire Valdis Dombrovskis.",
     ("meeting", {"Ingrida Simonyte", "Valdis Dombrovskis"})),
    ("Le député Tomas Vaitkus et la sénatrice Ana Costa s'y sont réunis mercredi.",
     ("meeting", {"Tomas Vaitkus", "Ana Costa"})),
])
def test_an_adverbial_pronoun_between_the_reflexive_and_the_verb(parse, text, expected):
    kind, people = expected
    assert (kind, frozenset(people)) in party_sets(parse(HEAD + text))


@pytest.mark.parametrize("text", [
    # things gathered, in the passive (`des tapis y sont réunis`), are no encounter
    "Une soixantaine de pièces tissées entre le XVIIe et le XXe siècle y sont réunies, dont un tapis "
    "conçu par Latif Kerimov.",
    "Des photographies de Jonas Mekas sont réunies dans un album publié à Vilnius.",
    "Plus de deux cents manuscrits du poète Kristijonas Donelaitis ont été réunis par la bibliothèque.",
])
def test_things_gathered_are_no_meeting(parse, text):
    assert parse(HEAD + text)["events"] == []


def test_a_roman_ordinal_is_no_organization(parse):
    record = parse(HEAD + "Les tapis du XIXe et du XXe siècle ont été exposés à Vilnius.")
    assert record["organizations"] == []


@pytest.mark.parametrize("text, expected", [
    # `la réunion a réuni X et Y`: those gathered are the gathering's parties
    ("Une réunion du Conseil de coopération UE-Lituanie s'est tenue hier à Bruxelles. La réunion a réuni "
     "le commissaire Valdis Dombrovskis et le ministre Gabrielius Landsbergis.",
     ("conference", {"Conseil de coopération UE-Lituanie", "Valdis Dombrovskis", "Gabrielius Landsbergis"})),
    ("Un forum des maires baltes s'est ouvert mercredi à Kaunas. Le forum a réuni la maire Ana Costa et "
     "le maire Tomas Vaitkus.", ("conference", {"Ana Costa", "Tomas Vaitkus"})),
    # a participle of gathering on the noun (`une table ronde réunissant X`)
    ("La cérémonie a été suivie d'une table ronde réunissant des recteurs, dont le recteur de l'université "
     "de Vilnius, Rimvydas Petrauskas.", ("conference", {"Rimvydas Petrauskas"})),
    ("Mercredi s'est tenu à Kaunas un séminaire réunissant l'architecte Ana Costa et l'urbaniste "
     "Tomas Vaitkus.", ("conference", {"Ana Costa", "Tomas Vaitkus"})),
])
def test_a_gathering_that_gathers_people(parse, text, expected):
    kind, people = expected
    assert (kind, frozenset(people)) in party_sets(parse(HEAD + text))


@pytest.mark.parametrize("text, expected", [
    # `X, qui l'a informé de ...`: the counterpart tells something at the encounter, no speaker of it
    ("Le ministre Gabrielius Landsbergis a été accueilli par le directeur du port, Algis Latakas, qui l'a "
     "informé de l'état des travaux.", {"Gabrielius Landsbergis", "Algis Latakas"}),
    ("La ministre Ana Costa a été reçue par le maire Tomas Vaitkus, qui lui a expliqué le projet de tramway.",
     {"Ana Costa", "Tomas Vaitkus"}),
])
def test_who_speaks_in_a_relative_clause_on_a_party_takes_part(parse, text, expected):
    assert ("meeting", frozenset(expected)) in party_sets(parse(HEAD + text))


@pytest.mark.parametrize("text, expected", [
    # `en marge de la 78e session de l'Assemblée générale`: the gathering inside the setting's
    # phrase is the setting too, not an encounter of the parties
    ("En marge de la 78e session de l'Assemblée générale des Nations unies, le ministre Gabrielius "
     "Landsbergis et la ministre Ana Costa ont eu un entretien mercredi.",
     [("meeting", frozenset({"Gabrielius Landsbergis", "Ana Costa"}))]),
    ("En marge de la réunion annuelle du Conseil des Etats de la mer Baltique, le ministre Gabrielius "
     "Landsbergis a rencontré son homologue suédois Tobias Billström.",
     [("meeting", frozenset({"Gabrielius Landsbergis", "Tobias Billström"}))]),
])
def test_a_gathering_inside_the_phrase_of_a_setting_is_the_setting(parse, text, expected):
    assert party_sets(parse(HEAD + text)) == expected


@pytest.mark.parametrize("text, expected", [
    # `le gouverneur de la BCA et le président de la Banque, X`: two people, the first one
    # named before under the title now repeated
    ("Le gouverneur de la Banque centrale de Lituanie (BCL), Gediminas Simkus, effectue une visite de travail "
     "en Lettonie. Le gouverneur de la BCL et le président de la Banque de Lettonie, Martins Kazaks, se sont "
     "entretenus mardi à Riga.", ("meeting", {"Gediminas Simkus", "Martins Kazaks"})),
    ("La ministre lituanienne de la Culture Ana Costa est arrivée lundi à Tallinn. La ministre lituanienne et "
     "le directeur du Musée d'art d'Estonie, Tomas Vaitkus, ont eu un entretien mardi.",
     ("meeting", {"Ana Costa", "Tomas Vaitkus"})),
])
def test_a_title_told_again_before_another_persons_title(parse, text, expected):
    kind, people = expected
    assert (kind, frozenset(people)) in party_sets(parse(HEAD + text))


def test_each_title_with_its_own_article_is_another_persons(parse):
    record = parse(HEAD + "Le maire de Kaunas et la présidente de l'Université de Vilnius, Ana Costa, ont "
                   "inauguré mardi une exposition.")
    roles = {a["name"]: a["roles"] for a in record["actors"]}
    assert roles["Ana Costa"] == ["présidente de l'Université de Vilnius"]


@pytest.mark.parametrize("text, expected", [
    # `Y ont pris part des représentants de X et de Y`: the bodies took part
    ("Le ministre Gabrielius Landsbergis a coprésidé mardi la 5e réunion de la Commission mixte "
     "lituano-polonaise. Y ont pris part des représentants de la Chambre de commerce de Vilnius et de la "
     "société Orlen Lietuva.", {"Gabrielius Landsbergis", "Commission mixte lituano-polonaise",
                                "Chambre de commerce de Vilnius", "Orlen Lietuva"}),
    ("Une conférence sur l'énergie s'est tenue mercredi à Kaunas. Y ont participé le ministre Dainius "
     "Kreivys et des experts de l'Agence internationale de l'énergie.",
     {"Dainius Kreivys", "Agence internationale de l'énergie"}),
])
def test_bodies_named_among_those_who_took_part_join_the_gathering(parse, text, expected):
    assert ("conference", frozenset(expected)) in party_sets(parse(HEAD + text))


@pytest.mark.parametrize("text, name", [
    # the second half of a compound adjective names a side: it stays in the name
    ("La Commission intergouvernementale mixte turco-azerbaïdjanaise de coopération économique s'est réunie "
     "à Ankara.", "Commission intergouvernementale mixte turco-azerbaïdjanaise de coopération économique"),
    ("La Commission mixte lituano-polonaise pour la coopération transfrontalière a tenu sa session à Vilnius.",
     "Commission mixte lituano-polonaise pour la coopération transfrontalière"),
])
def test_a_compound_nationality_stays_in_an_organizations_name(parse, text, name):
    assert name in [o["name"] for o in parse(HEAD + text)["organizations"]]


@pytest.mark.parametrize("text, expected", [
    # `Le document a été paraphé par X et par Y`: the signing told before, with its signers
    ("Un mémorandum d'entente a été signé jeudi à Vilnius entre l'Agence lituanienne de l'innovation et "
     "la Chambre de commerce de Finlande. Le document a été paraphé par le directeur de l'Agence, Tomas "
     "Vaitkus, et par la présidente de la Chambre, Ana Costa.",
     [("signing", frozenset({"Tomas Vaitkus", "Ana Costa"}))]),
    ("Un accord de coopération a été conclu mardi entre le ministère lituanien de la Culture et le ministère "
     "letton de la Culture. Cet accord a été signé par les ministres Simonas Kairys et Agnese Logina.",
     [("signing", frozenset({"Simonas Kairys", "Agnese Logina"}))]),
])
def test_a_document_named_again_with_its_signers_is_the_signing_told(parse, text, expected):
    assert party_sets(parse(HEAD + text)) == expected


@pytest.mark.parametrize("text, expected", [
    # bodies said to sign stay parties when their document is named again with its signers
    ("La compagnie Wärtsilä et la société Azerenerji ont signé mardi un contrat de maintenance. Le "
     "document a été paraphé par Håkan Agnevall et Baba Rzayev.",
     [("signing", frozenset({"Wärtsilä", "Azerenerji", "Håkan Agnevall", "Baba Rzayev"}))]),
    ("L'Université de Gand et l'Université de Tartu ont conclu un accord d'échange. Cet accord a été "
     "signé par les recteurs Rik Van de Walle et Toomas Asser lors d'une cérémonie.",
     [("signing", frozenset({"Université de Gand", "Université de Tartu", "Rik Van de Walle",
                             "Toomas Asser"}))]),
])
def test_bodies_that_signed_stay_when_their_document_is_named_again(parse, text, expected):
    assert party_sets(parse(HEAD + text)) == expected


def test_a_document_with_its_own_complement_is_another_signing(parse):
    text = ("Le ministre Simonas Kairys et la ministre Agnese Logina ont signé mardi un accord culturel. "
            "Le protocole sur les archives a été signé par le ministre Gabrielius Landsbergis et le ministre "
            "Krisjanis Karins.")
    assert party_sets(parse(HEAD + text)) == [
        ("signing", frozenset({"Simonas Kairys", "Agnese Logina"})),
        ("signing", frozenset({"Gabrielius Landsbergis", "Krisjanis Karins"}))]


@pytest.mark.parametrize("text", [
    # `le festival, dont la cérémonie de clôture s'est déroulée hier`: the noun is the festival's;
    # the people named before `dont` are not its parties
    "Le film « Vilnius » du réalisateur Sarunas Bartas a remporté le Grand Prix du Festival de Kaunas, "
    "dont la cérémonie de clôture s'est déroulée hier soir.",
    "Le roman de l'écrivaine Ana Costa a été primé par le jury du Salon du livre de Vilnius, dont la "
    "séance plénière a eu lieu mercredi.",
])
def test_a_gathering_of_a_relative_clause_of_dont_is_the_antecedents(parse, text):
    assert parse(HEAD + text)["events"] == []


@pytest.mark.parametrize("text, expected", [
    # the person a memorial honours is not there
    ("La cérémonie d'ouverture du forum a débuté par le dépôt de fleurs devant la statue du poète "
     "Kristijonas Donelaitis, en présence du ministre Simonas Kairys.",
     [("conference", frozenset({"Simonas Kairys"}))]),
    ("Le ministre Simonas Kairys et son homologue letton Agnese Logina se sont rendus ensemble au mausolée "
     "de Jonas Basanavicius, où ils ont eu un entretien.",
     [("meeting", frozenset({"Simonas Kairys", "Agnese Logina"}))]),
])
def test_the_person_a_memorial_honours_takes_no_part(parse, text, expected):
    assert party_sets(parse(HEAD + text)) == expected


@pytest.mark.parametrize("text, expected", [
    # `Ont pris la parole X et Y`: those who spoke took part in the gathering just told
    ("Le Forum de Vilnius s'est ouvert mardi. Ont pris la parole le président Gitanas Nauseda et l'ancien "
     "président Valdas Adamkus.", {"Gitanas Nauseda", "Valdas Adamkus"}),
    ("Une conférence sur la mer Baltique a eu lieu mercredi à Klaipeda. Le ministre Simonas Kairys et la "
     "députée Ana Costa y ont pris la parole.", {"Simonas Kairys", "Ana Costa"}),
])
def test_those_who_spoke_took_part(parse, text, expected):
    assert ("conference", frozenset(expected)) in party_sets(parse(HEAD + text))


@pytest.mark.parametrize("text, expected", [
    # the opening ceremony of a thing that is no gathering is no encounter
    ("La cérémonie d'ouverture de l'exposition a eu lieu mardi, en présence de la ministre Ana Costa.", []),
    ("Le maire Tomas Vaitkus a pris la parole lors de la cérémonie d'ouverture du concours de piano.", []),
    # that of a gathering is one
    ("Le maire Tomas Vaitkus a pris la parole lors de la cérémonie d'ouverture du forum des villes baltes.",
     [("conference", frozenset({"Tomas Vaitkus"}))]),
])
def test_the_ceremony_of_a_thing_is_no_gathering(parse, text, expected):
    assert party_sets(parse(HEAD + text)) == expected


@pytest.mark.parametrize("text, hidden", [
    # a person's name that names a place, after the place's head and an adjective
    ("A l'aéroport international Heydar Aliyev, le ministre Simonas Kairys a été accueilli par le "
     "vice-ministre Tomas Vaitkus.", "Heydar Aliyev"),
    ("Le match a été disputé au stade républicain Tofig Bahramov.", "Tofig Bahramov"),
    ("La délégation a visité le parc national Kristijonas Donelaitis.", "Kristijonas Donelaitis"),
])
def test_a_name_inside_a_places_name_is_no_actor(parse, text, hidden):
    assert hidden not in [a["name"] for a in parse(HEAD + text)["actors"]]


@pytest.mark.parametrize("text", [
    # a `rencontre` played is a match
    "La rencontre entre le Zalgiris Vilnius et le FK Riga, disputée jeudi soir au stade LFF, s'est soldée "
    "par un match nul.",
    "La rencontre entre Ana Costa et Tomas Vaitkus s'est jouée en trois sets au tournoi de Kaunas.",
])
def test_a_match_played_is_no_meeting(parse, text):
    assert parse(HEAD + text)["events"] == []


@pytest.mark.parametrize("text, expected", [
    # `la partie X était représentée par Y`: who stood for each side took part in the gathering told
    ("Une réunion du groupe de travail lituano-letton s'est tenue mardi à Riga. La partie lituanienne était "
     "représentée par le vice-ministre Tomas Vaitkus, la partie lettone par la vice-ministre Ana Costa.",
     {"Tomas Vaitkus", "Ana Costa"}),
    ("Des consultations politiques entre la Lituanie et la Pologne ont eu lieu mercredi à Varsovie. La partie "
     "polonaise était conduite par le secrétaire d'Etat Marcin Bosacki.",
     {"Lituanie", "Pologne", "Marcin Bosacki"}),
])
def test_who_stood_for_a_side_took_part(parse, text, expected):
    assert any(parties == frozenset(expected) for _, parties in party_sets(parse(HEAD + text)))


@pytest.mark.parametrize("text, expected", [
    # a surname the tagger makes a common noun is still someone (`Mercredi, le Premier ministre X a reçu`)
    ("Mercredi, le Premier ministre Ali Assadov a reçu le vice-président de la Commission européenne Maros "
     "Sefcovic.", ("meeting", {"Ali Assadov", "Maros Sefcovic"})),
    ("Mardi, la ministre Ingrida Simonyte a reçu le commissaire Valdis Dombrovskis.",
     ("meeting", {"Ingrida Simonyte", "Valdis Dombrovskis"})),
    # a body in session past the adjectives of the noun (`une réunion informelle du Conseil`),
    # which those who took part join
    ("Une réunion informelle du Conseil des ministres de l'Organisation des Etats turciques s'est tenue "
     "vendredi à Gabala. Les ministres Djeyhoun Baïramov et Hakan Fidan y ont pris part.",
     ("conference", {"Conseil des ministres de l'Organisation des Etats turciques", "Djeyhoun Baïramov",
                     "Hakan Fidan"})),
])
def test_subjects_and_bodies_the_tagger_misreads(parse, text, expected):
    kind, people = expected
    assert (kind, frozenset(people)) in party_sets(parse(HEAD + text))


@pytest.mark.parametrize("text", [
    # `ont procédé à l'échange du mémorandum`: an exchange of documents is a signing by the
    # sides just reported, however the parser reads the compound tense
    "Le ministre Gabrielius Landsbergis a rencontré le ministre portugais Paulo Rangel. Les deux ministres ont "
    "ensuite procédé à l'échange du Mémorandum d'entente sur la coopération économique.",
    "Le ministre Gabrielius Landsbergis s'est entretenu avec le ministre Paulo Rangel. Les deux parties ont "
    "procédé à la signature d'un accord sur la culture.",
])
def test_the_sides_just_reported_exchange_a_document(parse, text):
    assert ("signing", frozenset({"Gabrielius Landsbergis", "Paulo Rangel"})) in party_sets(parse(HEAD + text))


@pytest.mark.parametrize("text, expected", [
    # `jusqu'au 14 avril`: a stay that runs from the dispatch's day on is reported, in the future too
    ("La visite du ministre Paulo Rangel en Lituanie se poursuivra jusqu'au 13 avril.",
     [("visit", frozenset({"Paulo Rangel", "Lituanie"}))]),
    ("Le ministre Paulo Rangel séjournera en Lituanie jusqu'au 12 avril.",
     [("visit", frozenset({"Paulo Rangel", "Lituanie"}))]),
    # a later stay is planned
    ("Le ministre Paulo Rangel se rendra en Lituanie du 20 au 22 avril.", []),
])
def test_a_stay_until_a_day_to_come_covers_the_dispatchs_day(parse, text, expected):
    assert party_sets(parse(HEAD + text)) == expected


@pytest.mark.parametrize("text, bodies", [
    # the session of a body is a gathering (not a part of a thing), and the session of an
    # organ is one of the organization it belongs to too
    ("La députée Ana Costa a présidé lundi la séance de la commission permanente des affaires sociales de "
     "l'Union interparlementaire.",
     {"commission permanente des affaires sociales de l'Union interparlementaire", "Union interparlementaire"}),
    ("Le ministre Gabrielius Landsbergis a participé à la séance du Comité des ministres du Conseil de l'Europe.",
     {"Comité des ministres du Conseil de l'Europe", "Conseil de l'Europe"}),
])
def test_a_session_of_an_organ_is_a_gathering_of_its_organization(parse, text, bodies):
    events = [(kind, parties) for kind, parties in party_sets(parse(HEAD + text)) if kind == "conference"]
    assert len(events) == 1 and bodies <= events[0][1]


def test_a_session_named_without_anyone_is_no_gathering_of_two_bodies(parse):
    text = ("Le ministre Gabrielius Landsbergis a rencontré le ministre Paulo Rangel. Ils ont évoqué l'ordre du "
            "jour de la 80e session de l'Assemblée générale des Nations unies.")
    assert [kind for kind, _ in party_sets(parse(HEAD + text))] == ["meeting"]


@pytest.mark.parametrize("text, expected", [
    # who invited is not said to be at the meeting
    ("Le ministre portugais Paulo Rangel, en visite officielle en Lituanie à l'invitation du ministre "
     "Gabrielius Landsbergis, a été reçu mardi par le président Gitanas Nauseda.",
     ("meeting", {"Paulo Rangel", "Gitanas Nauseda"})),
    ("Le ministre Paulo Rangel, arrivé à Vilnius sur invitation de la ministre Ana Costa, s'est entretenu "
     "mardi avec le maire Tomas Vaitkus.", ("meeting", {"Paulo Rangel", "Tomas Vaitkus"})),
    # unless named as a party too
    ("A l'invitation du ministre Gabrielius Landsbergis, le ministre Paulo Rangel s'est rendu à Vilnius, où "
     "il a rencontré Gabrielius Landsbergis.", ("meeting", {"Paulo Rangel", "Gabrielius Landsbergis"})),
])
def test_who_invited_takes_no_part(parse, text, expected):
    kind, people = expected
    assert (kind, frozenset(people)) in party_sets(parse(HEAD + text))


@pytest.mark.parametrize("text, expected", [
    # a present participle opening the sentence heads a clause on its subject: who it meets
    ("Recevant le ministre letton Krisjanis Karins, le président Gitanas Nauseda a souligné l'importance "
     "des relations.", ("meeting", {"Krisjanis Karins", "Gitanas Nauseda"})),
    ("Recevant mercredi la délégation conduite par le ministre Krisjanis Karins, la Première ministre "
     "Ingrida Simonyte a salué la coopération.", ("meeting", {"Krisjanis Karins", "Ingrida Simonyte"})),
    ("Rencontrant le commissaire Valdis Dombrovskis, le ministre Gabrielius Landsbergis a évoqué "
     "l'énergie.", ("meeting", {"Valdis Dombrovskis", "Gabrielius Landsbergis"})),
])
def test_a_fronted_present_participle_names_who_the_subject_meets(parse, text, expected):
    kind, people = expected
    assert (kind, frozenset(people)) in party_sets(parse(HEAD + text))


@pytest.mark.parametrize("text", [
    "Recevant les félicitations du ministre Krisjanis Karins, le président Gitanas Nauseda l'a remercié.",
    "Rencontrant des difficultés, le ministre Gabrielius Landsbergis a salué les relations.",
])
def test_a_fronted_present_participle_of_a_thing_is_no_meeting(parse, text):
    assert parse(HEAD + text)["events"] == []
