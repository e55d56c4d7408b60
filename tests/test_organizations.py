"""Organizations: where a name opens and ends, what is no organization, one entity per body."""
from __future__ import annotations

import pytest

HEAD = " date 2023-05 Bakou, 10 mai, AZERTAC\n\n"


def org_names(record: dict) -> list[str]:
    return [o["name"] for o in record["organizations"]]


def org_forms(record: dict) -> set[str]:
    return {f for o in record["organizations"] for f in (o["name"], *o["aliases"])}


# Section and heading words in capitals are no acronyms.

def test_section_line_in_capitals_names_no_organization(parse):
    rec = parse(" date 2022-09 ACTUALITES OFFICIELLES\nLa présidente moldave reçoit le ministre estonien VIDEO\n"
                "Chisinau, 14 septembre, MOLDPRES\nLa présidente Maia Sandu a reçu le ministre Margus Tsahkna.")
    assert org_names(rec) == []


def test_rubric_words_and_months_in_capitals_are_no_acronyms(parse):
    rec = parse(" date 2021-03 ÉCONOMIE\nSPORT\nMARS 2021\nLisbonne, 3 mars, LUSA\n"
                "Selon l'INTERVIEW publiée par le journal, la BCE maintient ses taux. PHOTO")
    assert "BCE" in org_forms(rec)
    assert not org_forms(rec) & {"ÉCONOMIE", "SPORT", "MARS", "INTERVIEW", "PHOTO", "LUSA"}


def test_acronym_in_a_sentence_is_kept(parse):
    rec = parse(HEAD + "Le directeur de la SOCAR a rencontré les dirigeants de l'UNICEF et de la FAO.")
    assert {"SOCAR", "UNICEF", "FAO"} <= org_forms(rec)


# A name goes on through its lowercase complements and coordinations.

def test_de_complements_after_a_capitalized_one_belong_to_the_name(parse):
    rec = parse(HEAD + "Le ministère de l'Emploi et de la Solidarité de la population active a lancé un programme.")
    assert org_names(rec) == ["ministère de l'Emploi et de la Solidarité de la population active"]


def test_complements_coordinated_by_et_de(parse):
    rec = parse(HEAD + "La Fédération de judo et de sambo du Kazakhstan organise le tournoi à Almaty.")
    assert org_names(rec) == ["Fédération de judo et de sambo du Kazakhstan"]


def test_a_pour_complement_goes_on_through_avec(parse):
    rec = parse(HEAD + "Le Comité pour les relations avec les communautés religieuses a publié un rapport.")
    assert org_names(rec) == ["Comité pour les relations avec les communautés religieuses"]


def test_entre_a_et_b_then_pour_belong_to_the_name(parse):
    rec = parse(HEAD + "La Commission intergouvernementale entre la République de Pologne et la Mongolie pour la "
                "coopération commerciale s'est réunie à Varsovie.")
    assert org_names(rec) == ["Commission intergouvernementale entre la République de Pologne et la Mongolie "
                              "pour la coopération commerciale"]


def test_a_state_name_inside_a_name_is_taken_whole(parse):
    rec = parse(HEAD + "Une délégation de l'Académie diplomatique des Émirats arabes unis est arrivée à Varsovie.")
    assert org_names(rec) == ["Académie diplomatique des Émirats arabes unis"]


def test_relation_names_with_dashes_and_the_assembly_a_group_sits_in(parse):
    rec = parse(HEAD + "Le chef du groupe d'amitié Pologne – Mongolie et le président du groupe d'amitié "
                "Azerbaïdjan-Pologne au Sejm ont parlé.")
    assert set(org_names(rec)) == {"groupe d'amitié Pologne – Mongolie", "groupe d'amitié Azerbaïdjan-Pologne au Sejm",
                                   "Sejm"}


def test_a_body_abroad_keeps_its_country_but_a_visit_does_not(parse):
    rec = parse(HEAD + "Lors de la visite du groupe d'amitié en Pologne, l'Association culturelle de Géorgie en "
                "Belgique a organisé un concert.")
    assert org_names(rec) == ["Association culturelle de Géorgie en Belgique"]


# What follows a name is not part of it.

def test_a_complement_of_the_verb_or_a_quantified_phrase_ends_the_name(parse):
    rec = parse(HEAD + "Le ministre a remercié la Commission électorale centrale pour son travail et d'autres organes.")
    assert org_names(rec) == ["Commission électorale centrale"]


def test_the_person_after_a_body_holds_its_title(parse):
    rec = parse(HEAD + "Le président du Sénat Pavel Fischer a reçu la délégation. Le Sénat a voté la loi.")
    assert org_names(rec) == ["Sénat"]
    assert [a["name"] for a in rec["actors"]] == ["Pavel Fischer"]


def test_a_participle_with_its_date_or_a_verb_ends_the_name(parse):
    rec = parse(HEAD + "Le Centre culturel construit en 1985 a été rénové. L'Agence spatiale créée en 2005 a "
                "signé un accord. La Fédération de voile organise la régate.")
    assert set(org_names(rec)) == {"Centre culturel", "Agence spatiale", "Fédération de voile"}


def test_the_agency_before_its_verb(parse):
    rec = parse(HEAD + "L'agence Reuters rapporte que les Forces armées ukrainiennes ont défilé.")
    assert "Reuters" in org_forms(rec)
    assert not any("rapporte" in f for f in org_forms(rec))
    assert "Forces armées ukrainiennes" in org_names(rec)


# Documents, generic parts and common nouns are no organizations.

def test_a_document_of_a_body_is_not_a_body(parse):
    rec = parse(HEAD + "Le Règlement de l'Agence nationale des mines a été approuvé. Le Rapport annuel de la "
                "Banque mondiale est publié.")
    assert set(org_names(rec)) == {"Agence nationale des mines", "Banque mondiale"}
    assert [p["name"] for p in rec["places"] if p["mentions"]] == []


def test_an_indefinite_head_is_a_common_noun(parse):
    rec = parse(HEAD + "Un groupe de représentants de la communauté arménienne de Suisse a visité Genève. "
                "Une commission de l'Assemblée nationale et un comité de l'Union africaine ont été créés.")
    assert set(org_names(rec)) == {"Assemblée nationale", "Union africaine"}


def test_generic_parts_of_a_body_are_not_listed(parse):
    rec = parse(HEAD + "Le président du conseil d'administration de la compagnie Air Astana et le directeur de "
                "l'administration de l'Agence spatiale ont parlé. Le Conseil d'administration de la société "
                "Kazatomprom s'est réuni.")
    assert set(org_names(rec)) == {"Air Astana", "Agence spatiale", "Kazatomprom"}


def test_a_lowercase_head_inside_a_name_is_no_body(parse):
    rec = parse(HEAD + "Le Conseil des chefs de gouvernement de la CEI s'est réuni à Douchanbé pour "
                "l'anniversaire de la fondation de la République.")
    assert "Conseil des chefs de gouvernement de la CEI" in org_names(rec)
    assert not any(n.startswith(("gouvernement", "fondation")) for n in org_names(rec))


def test_a_legal_form_before_the_name_is_not_part_of_it(parse):
    rec = parse(HEAD + "La SARL Azersun et la Société anonyme ouverte Azerkimya ont signé un accord avec la SA "
                "Réseau gazier Nord et l'entreprise unitaire d'État Belarusneft.")
    assert set(org_names(rec)) == {"Azersun", "Azerkimya", "Réseau gazier Nord", "Belarusneft"}


def test_a_company_introduced_by_a_common_noun_is_named_without_it(parse):
    rec = parse(HEAD + "La compagnie Astana Motors a ouvert l'usine « Kazakhmys Copper ». La compagnie "
                "pétrolière britannique BP a signé avec Zorlu Holding.")
    assert {"Astana Motors", "Kazakhmys Copper", "BP", "Zorlu Holding"} <= set(org_names(rec))
    assert [a["name"] for a in rec["actors"]] == []


# One organization per body.

def test_a_bracketed_acronym_is_the_body_even_when_the_model_knows_it(parse):
    rec = parse(HEAD + "La Compagnie pétrolière nationale du Kazakhstan (KazMunayGas) et la Société nationale "
                "de Pétrole de la République d'Azerbaïdjan (SOCAR) ont signé un accord.")
    assert len(rec["organizations"]) == 2
    assert {"KazMunayGas", "SOCAR"} <= org_forms(rec)


def test_an_acronym_goes_with_the_longest_name_before_its_bracket(parse):
    rec = parse(HEAD + "Le directeur de la Fédération des syndicats de l'Organisation de coopération de Shanghai "
                "(FSOCS) a parlé.")
    fed = next(o for o in rec["organizations"] if o["name"].startswith("Fédération"))
    sco = next(o for o in rec["organizations"] if o["name"].startswith("Organisation"))
    assert "FSOCS" in fed["aliases"] and "FSOCS" not in sco["aliases"]


def test_an_acronym_named_far_from_its_expansion(parse):
    rec = parse(HEAD + "L'Agence pour le développement des petites et moyennes entreprises a signé un accord. "
                "Le directeur de l'ADPME a parlé.")
    assert [(o["name"], o["aliases"]) for o in rec["organizations"]] == [
        ("Agence pour le développement des petites et moyennes entreprises", ["ADPME"])]


def test_a_state_named_two_ways_inside_a_name(parse):
    rec = parse(HEAD + "L'Académie des sciences de la Fédération de Russie a signé un accord. Le président de "
                "l'Académie des sciences de Russie a pris la parole. Le Conseil de coopération Pologne-Ukraine "
                "s'est réuni. Le Conseil de coopération entre la République de Pologne et l'Ukraine a adopté "
                "une déclaration.")
    assert len(rec["organizations"]) == 2


def test_a_later_short_form_is_the_body_named_in_full(parse):
    rec = parse(HEAD + "Le Conseil de coordination des Ouzbeks de Belgique a été créé. Leyla Karimova a été élue "
                "coordinatrice du Conseil de coordination.")
    assert [(o["name"], o["aliases"]) for o in rec["organizations"]] == [
        ("Conseil de coordination des Ouzbeks de Belgique", ["Conseil de coordination"])]


def test_a_nationality_adjective_tells_two_bodies_apart(parse):
    rec = parse(HEAD + "La présidente du parlement géorgien a rencontré les membres du Parlement britannique. "
                "Le ministère turc de la Culture et le ministère de la Culture ont signé.")
    assert {"parlement géorgien", "Parlement britannique", "ministère de la Culture"} == set(org_names(rec))


# Rules that replace single entries of the rule model.

def test_a_capitalized_common_noun_qualified_then_named_heads_a_name(parse):
    rec = parse(HEAD + "Le directeur de l'Usine d'assemblage automobile de Tachkent a parlé. Le chef du Pouvoir "
                "exécutif de la ville de Soumgaït et la Centrale thermique de Chirvan ont signé.")
    assert set(org_names(rec)) == {"Usine d'assemblage automobile de Tachkent",
                                   "Pouvoir exécutif de la ville de Soumgaït", "Centrale thermique de Chirvan"}


def test_a_bare_noun_of_a_place_or_a_portfolio_heads_no_name(parse):
    rec = parse(HEAD + "Le Processus de Bakou et le Format d'Astana ont été évoqués par le ministre du "
                "Développement numérique et des Transports de la Géorgie, qui a visité la Mosquée centrale de "
                "Tbilissi.")
    assert org_names(rec) == []


def test_a_capitalized_adjective_opens_the_name(parse):
    rec = parse(HEAD + "Le Haut Conseil de la magistrature et le Grand Conseil de Genève ont siégé.")
    assert set(org_names(rec)) == {"Haut Conseil de la magistrature", "Grand Conseil de Genève"}


def test_a_dash_and_an_article_explain_a_name(parse):
    rec = parse(HEAD + "Il est intervenu lors de la table ronde, organisée par Bruegel – l'Institut européen "
                "d'économie politique. Le dialogue UE – OTAN a été évoqué.")
    bruegel = next(o for o in rec["organizations"] if o["name"].startswith("Bruegel"))
    assert {"Bruegel", "Institut européen d'économie politique"} <= set(bruegel["aliases"])
    assert {"UE", "OTAN"} <= org_forms(rec)


def test_a_verb_opening_a_sentence_is_no_name(parse):
    rec = parse(HEAD + "Remplissez les cases marquées d'un astérisque. Le Programme national de développement de "
                "l'Ouzbékistan a été adopté.")
    assert org_names(rec) == []
    assert "Remplissez" not in [p["name"] for p in rec["places"]]


def test_an_uncertain_lone_name_does_not_cut_a_name(parse):
    rec = parse(HEAD + "Le ministère fédéral de l'Économie et de la Protection du climat a présenté la Chambre de "
                "commerce et d'industrie germano-azerbaïdjanaise (AHK).")
    assert [(o["name"], o["aliases"]) for o in rec["organizations"]] == [
        ("ministère fédéral de l'Économie et de la Protection du climat", []),
        ("Chambre de commerce et d'industrie germano-azerbaïdjanaise", ["AHK"])]


def test_a_press_service_and_the_state_name_no_body(parse):
    rec = parse(HEAD + "Selon le service de presse du chef de l'État, le service de l'État a publié les chiffres.")
    assert org_names(rec) == []


def test_a_city_after_a_is_no_part_of_the_name_unless_a_seat(parse):
    rec = parse(HEAD + "Le Conseil des ministres de l'Organisation des États turciques à Gabala a adopté une "
                "déclaration. L'Office des Nations Unies à Genève l'a saluée.")
    assert "Conseil des ministres de l'Organisation des États turciques" in org_names(rec)
    assert "Office des Nations Unies à Genève" in org_names(rec)


def test_historical_states_streets_and_buildings_are_no_organizations(parse):
    rec = parse(HEAD + "Après l'effondrement de l'Union soviétique, des milliers de personnes se sont rendues à "
                "l'Allée des héros et à la Place de l'Indépendance.")
    assert org_names(rec) == []
    assert "Union soviétique" in [p["name"] for p in rec["places"]]


def test_a_head_after_a_bare_de_is_a_kind_not_a_body(parse):
    rec = parse(HEAD + "Réunis à Minsk, les chefs de gouvernement des pays de l'OTSC ont discuté de la sécurité.")
    assert org_names(rec) == ["OTSC"]
    assert [p["name"] for p in rec["places"]] == ["Minsk"]


def test_a_cut_model_entity_and_a_glued_initial_are_no_names(parse):
    rec = parse(HEAD + "Le festival Jazz à Saint-Germain des Prés a commencé. Le ministre Akmal Saidov a parlé. "
                "A.Saidov a remercié les organisateurs.")
    assert not any(f.endswith(" des") or f == "A.Saidov" for f in org_forms(rec))


def test_a_body_at_an_assembly_is_the_body_of_it(parse):
    rec = parse(HEAD + "Le président du groupe d'amitié Italie-Arménie au Sénat italien a été reçu. Le groupe "
                "d'amitié Italie-Arménie du Sénat italien a été créé en 2019.")
    assert len([n for n in org_names(rec) if n.startswith("groupe")]) == 1


def test_a_name_after_a_legal_form_may_hold_any_word(parse):
    rec = parse(HEAD + "Les actionnaires sont la SAF Corridor gazier Ouest (51 %) et la compagnie Equinor.")
    assert {"Corridor gazier Ouest", "Equinor"} <= set(org_names(rec))


def test_a_known_form_going_on_with_an_adjective_is_another_body(parse):
    rec = parse(HEAD + "Le Conseil de sécurité nationale (NSC) a publié un communiqué. Le Conseil de sécurité de "
                "l'ONU s'est réuni.")
    nsc = next(o for o in rec["organizations"] if "NSC" in o["aliases"])
    assert nsc["name"] == "Conseil de sécurité nationale"
    other = next(o for o in rec["organizations"] if o["name"].startswith("Conseil de sécurité de"))
    assert "NSC" not in other["aliases"]


def test_an_acronym_of_a_name_without_its_state(parse):
    rec = parse(" date 2020-02 Tbilissi, 18 février (Géorgie Online)\n\nLe ministère des Affaires étrangères de "
                "la République de Géorgie a publié un communiqué. Le porte-parole du MAE a parlé. La Banque "
                "Mondiale a répondu.")
    assert next((o["name"], o["aliases"]) for o in rec["organizations"]) == (
        "ministère des Affaires étrangères de la République de Géorgie", ["MAE"])
    assert "Mondiale" not in org_names(rec)


def test_an_adjective_agrees_with_the_noun_before_it(parse):
    rec = parse(HEAD + "Le président de la Commission de coordination des Comités olympiques africains a parlé.")
    assert "Commission de coordination des Comités olympiques africains" in org_names(rec)


def test_events_are_no_organizations(parse):
    rec = parse(HEAD + "Le Festival international de musique de Gabala s'ouvrira demain. Le Concours Eurovision de la "
                "chanson et les Jeux Européens ont été évoqués.")
    assert org_names(rec) == []
    assert rec["actors"] == []


def test_a_name_in_apposition_to_a_thing_names_that_thing(parse):
    rec = parse(HEAD + "Le gazoduc BTC et le projet TAP ont été évoqués par la compagnie BP et l'agence APA.")
    assert {"BP", "APA"} <= org_forms(rec)
    assert "BTC" not in org_forms(rec)


def test_a_designation_in_guillemets_ends_the_name(parse):
    rec = parse(HEAD + "La présidente du Comité d'organisation des Jeux de la Solidarité islamique «Konya-2022», "
                "Mme Ayse Demir, a parlé. Le Comité a publié « un rapport détaillé » hier.")
    assert "Comité d'organisation des Jeux de la Solidarité islamique «Konya-2022»" in org_names(rec)


def test_a_body_handed_to_an_assembly_is_not_in_it(parse):
    rec = parse(HEAD + "Il a présenté le bilan du Comité national olympique au Parlement hier.")
    assert set(org_names(rec)) == {"Comité national olympique", "Parlement"}


def test_a_kind_of_company_introduces_its_name(parse):
    rec = parse(HEAD + "L'agence de notation Fitch Ratings a confirmé la note. L'agence de presse APA et l'agence de "
                "presse du Moyen-Orient (MENA) ont signé. Selon le service de presse du ministère de la Défense, "
                "l'accord est prêt.")
    assert [(o["name"], o["aliases"]) for o in rec["organizations"]] == [
        ("Fitch Ratings", []), ("APA", []), ("agence de presse du Moyen-Orient", ["MENA"]),
        ("ministère de la Défense", [])]


def test_an_agency_credited_in_a_credit_line_counts(parse):
    rec = parse(" date 2023-05 Tunis, 10 mai (TAP)\n\nLe ministre tunisien a reçu son homologue libyen.\n"
                "Source : Anadolu\nPhoto : Sami Ben Ali\n© Xinhua")
    assert {"Anadolu", "Xinhua"} <= set(org_names(rec))
    assert "Sami Ben Ali" not in org_names(rec)


def test_a_body_named_after_two_coordinated_names_belongs_to_both(parse):
    rec = parse(HEAD + "La présidente a rencontré les présidents de la Chambre des représentants et de la Chambre "
                "des conseillers du Parlement marocain.")
    assert set(org_names(rec)) == {"Chambre des représentants", "Chambre des conseillers", "Parlement marocain"}


def test_two_coordinated_noun_phrases_keep_their_own_complements(parse):
    rec = parse(HEAD + "Un accord entre le Ministère de l'Économie de la République de Moldavie et le Ministère du "
                "Commerce de la République de Roumanie a été signé.")
    assert "Ministère du Commerce de la République de Roumanie" in org_names(rec)


def test_documents_and_processes_named_like_bodies_are_no_organizations(parse):
    rec = parse(HEAD + "La Conception de politique étrangère de la Russie et le Livre blanc de la défense du Japon "
                "ont été évoqués, comme le Partenariat oriental de l'Union européenne et le Processus de paix de "
                "Minsk.")
    assert org_names(rec) == ["Union européenne"]


def test_a_counted_gathering_is_an_edition_not_a_body(parse):
    rec = parse(HEAD + "Les participants du 77e Congrès de l'AIPS et du VIe Congrès mondial des Ouïghours ont été "
                "reçus par le Congrès mondial des Ouïghours.")
    assert set(org_names(rec)) == {"AIPS", "Congrès mondial des Ouïghours"}
    assert len(next(o for o in rec["organizations"] if o["name"].startswith("Congrès"))["mentions"]) == 1


# Numbers, enumerations and adjectives inside a name.

def test_a_short_number_between_capitalized_words_is_part_of_the_name(parse):
    rec = parse(HEAD + "L'Université Paris 8 a signé un accord avec l'Institut Pasteur de Dakar. "
                "La Ligue arabe compte 22 membres.")
    assert set(org_names(rec)) == {"Université Paris 8", "Institut Pasteur de Dakar", "Ligue arabe"}


def test_a_pour_complement_listing_nouns_with_commas(parse):
    rec = parse(HEAD + "La directrice de l'Institut pour la démocratie, la paix et le développement a pris la parole.")
    assert org_names(rec) == ["Institut pour la démocratie, la paix et le développement"]


def test_adjectives_listed_with_commas(parse):
    rec = parse(HEAD + "La présidente de la Commission des affaires sociales, culturelles et éducatives du Sénat "
                "a ouvert la séance.")
    assert "Commission des affaires sociales, culturelles et éducatives du Sénat" in org_names(rec)


def test_a_list_of_other_noun_phrases_ends_the_name(parse):
    rec = parse(HEAD + "Le Centre pour la paix, la délégation et le ministre ont visité le site.")
    assert org_names(rec) == ["Centre pour la paix"]


def test_an_adjective_the_tagger_reads_as_a_verb(parse):
    rec = parse(HEAD + "Le Fonds d'assurance médicale obligatoire du Kazakhstan a versé les aides.")
    assert org_names(rec) == ["Fonds d'assurance médicale obligatoire du Kazakhstan"]


def test_places_after_a_company_noun_name_the_body_itself(parse):
    rec = parse(HEAD + "Le président du groupe d'amitié parlementaire Sénégal-Turquie de l'Assemblée nationale, "
                "Moussa Diop, a salué la compagnie aérienne Kenya Airways.")
    assert {"groupe d'amitié parlementaire Sénégal-Turquie de l'Assemblée nationale", "Assemblée nationale",
            "Kenya Airways"} <= set(org_names(rec))


# A bracketed acronym abbreviates the name whose initials it spells.

def test_a_bracketed_acronym_of_the_inner_name(parse):
    rec = parse(HEAD + "Le président du Conseil scientifique de l'Agence nationale de la recherche (ANR), "
                "Paul Girard, a parlé. L'ANR a publié un appel.")
    agency = next(o for o in rec["organizations"] if o["name"] == "Agence nationale de la recherche")
    council = next(o for o in rec["organizations"] if o["name"].startswith("Conseil scientifique"))
    assert "ANR" in agency["aliases"] and len(agency["mentions"]) == 3
    assert "ANR" not in council["aliases"]


def test_a_bracketed_acronym_of_the_whole_name(parse):
    rec = parse(HEAD + "Le directeur de l'Union des radios de la Communauté andine (URCA) a parlé.")
    union = next(o for o in rec["organizations"] if o["name"].startswith("Union des radios"))
    assert "URCA" in union["aliases"]
    assert "Communauté andine" in org_names(rec)


# What ends a name, and what names none.

def test_a_de_complement_of_a_complement_left_out_is_left_out(parse):
    rec = parse(HEAD + "Le protocole entre le gouvernement du Ghana et le gouvernement du Togo sur la gestion des "
                "eaux du fleuve a été signé.")
    assert "gouvernement du Togo" in org_names(rec)


def test_a_caption_after_a_photo_marker_credits_no_one(parse):
    rec = parse(HEAD + "Le président a reçu le ministre.\nPhoto: Prime Minister of Japan Fumio Kishida and the "
                "minister\nLe ministre a parlé.\nPhoto : Reuters")
    assert org_names(rec) == ["Reuters"]


def test_en_compagnie_de_is_no_company(parse):
    rec = parse(HEAD + "Le ministre est arrivé à Nouakchott en compagnie du ministre sénégalais du Pétrole, "
                "Ibrahima Ba.")
    assert org_names(rec) == []


def test_english_nouns_that_end_a_company_name(parse):
    rec = parse(HEAD + "Le PDG de Siemens Energy, Christian Bruch, a rencontré des responsables de la compagnie "
                "Kenya Airways et de l'Atlantic Council au salon Caspian Oil and Gas 2024.")
    assert set(org_names(rec)) == {"Siemens Energy", "Kenya Airways", "Atlantic Council"}
    assert [a["name"] for a in rec["actors"]] == ["Christian Bruch"]


def test_a_name_with_and_without_its_legal_form_is_one_company(parse):
    rec = parse(HEAD + "Le groupe TotalEnergies SE a signé un contrat au Mozambique. TotalEnergies investira "
                "deux milliards.")
    assert len(rec["organizations"]) == 1
    assert {"TotalEnergies SE", "TotalEnergies"} <= org_forms(rec)


def test_a_body_in_its_own_language_after_a_title(parse):
    rec = parse(HEAD + "Le président du Halk Maslahaty du Turkménistan, Ahmet Orazov, a reçu la présidente du "
                "Dewan Rakyat, Johari Abdul. Le ministre du Commerce Ali Diallo était présent.")
    assert set(org_names(rec)) == {"Halk Maslahaty du Turkménistan", "Dewan Rakyat"}


def test_a_counted_gathering_is_no_body_and_nor_is_its_short_mention(parse):
    rec = parse(HEAD + "La délégation prend part à la 45e Assemblée générale de l'Union des parlements africains. "
                "En marge de l'Assemblée générale, elle a rencontré ses homologues.")
    assert org_names(rec) == ["Union des parlements africains"]


def test_a_word_coordinated_with_bodies_is_a_body(parse):
    rec = parse(HEAD + "Ils ont rencontré des responsables de la Société nationale des hydrocarbures (SNH) et de "
                "Perenco, puis des dirigeants de Sonatrach et de la Banque africaine de développement.")
    assert {"Perenco", "Sonatrach"} <= set(org_names(rec))


@pytest.mark.parametrize("sentence, body", [
    ("Norvik et la compagnie Baltgaz ont signé un mémorandum d'entente.", "Norvik"),
    ("La SOCAR et Tecnoplan ont signé un accord de coopération.", "Tecnoplan"),
    ("Le ministre Mikayil Jabbarov a tenu une réunion avec la SOCAR et Tecnoplan.", "Tecnoplan"),
    ("Le ministre Mikayil Jabbarov a rencontré les dirigeants de Norvik et de la compagnie Baltgaz.", "Norvik"),
    # after the `entre` of a signing, past the other body's acronym; a state's name may end the name
    ("Un accord a été signé mardi à Gandja entre l'Agence pour l'innovation (AIN) et Export Canada.",
     "Export Canada"),
])
def test_a_name_coordinated_with_a_body_as_a_side_of_an_encounter_is_a_body(parse, sentence, body):
    assert body in org_names(parse(HEAD + sentence))


@pytest.mark.parametrize("sentence", [
    "Norvik et la compagnie Baltgaz sont des entreprises norvégiennes.",  # no encounter
    "Gandja et la SOCAR ont signé un accord.",  # a place
    "Le ministre Mikayil Jabbarov a salué les liens entre Norvik et la compagnie Baltgaz.",  # no encounter
])
def test_a_name_coordinated_with_a_body_elsewhere_is_not_one(parse, sentence):
    assert not {"Norvik", "Gandja"} & set(org_names(parse(HEAD + sentence)))


def test_a_head_with_a_nationality_adjective_is_the_body_of_that_state(parse):
    rec = parse(HEAD + "Il a reçu une délégation de l'Assemblée nationale du Sénégal. Il a salué le rôle de "
                "l'Assemblée sénégalaise et du Parlement albanais.")
    assembly = next(o for o in rec["organizations"] if o["name"] == "Assemblée nationale du Sénégal")
    assert "Assemblée sénégalaise" in assembly["aliases"]
    assert "Parlement albanais" in org_names(rec)


# Bodies named like portfolios, and portfolios named like bodies.

def test_a_known_body_named_as_a_minister_s_portfolio_is_no_body(parse):
    rec = parse(HEAD + "La ministre de la Culture et de la Francophonie, Aïcha Diallo, a reçu le secrétaire général "
                "de la Francophonie.")
    assert org_names(rec) == ["Francophonie"]
    assert len(rec["organizations"][0]["mentions"]) == 1


def test_coordinated_portfolios_read_as_names_are_no_bodies(parse):
    rec = parse(HEAD + "Le ministre kenyan des Transports, des Affaires maritimes et des Communications, Peter Kamau, "
                "a inauguré le port.")
    assert org_names(rec) == []


def test_a_hyphenated_head_and_its_adjective(parse):
    rec = parse(HEAD + "L'aide a été acheminée par l'intermédiaire du Croissant-Rouge turc, puis la Croix-Rouge a "
                "salué l'État-major général des forces armées.")
    assert set(org_names(rec)) == {"Croissant-Rouge turc", "Croix-Rouge", "État-major général des forces armées"}
    rec = parse(HEAD + "L'aide a été remise au Croissant-Rouge turc et à la Croix-Rouge internationale.")
    assert set(org_names(rec)) == {"Croissant-Rouge turc", "Croix-Rouge internationale"}


def test_two_nouns_of_one_complement_joined_by_et(parse):
    rec = parse(HEAD + "L'Institut national des langues et civilisations orientales (INALCO) a signé un accord.")
    assert org_names(rec) == ["Institut national des langues et civilisations orientales"]


def test_a_university_s_faculty_named_by_its_field(parse):
    rec = parse(HEAD + "Le colloque s'est tenu à la faculté de médecine et pharmacie de l'Université de Lomé. "
                "La Faculté des sciences de Tunis a envoyé une délégation.")
    assert {"faculté de médecine et pharmacie de l'Université de Lomé", "Université de Lomé",
            "Faculté des sciences de Tunis"} <= set(org_names(rec))


def test_a_portfolio_listed_after_others_opens_no_name(parse):
    rec = parse(HEAD + "Il a rencontré des responsables du ministère des Affaires étrangères, de la Coopération "
                "régionale et de l'Intégration africaine du Togo.")
    assert org_names(rec) == ["ministère des Affaires étrangères, de la Coopération régionale et de l'Intégration "
                              "africaine du Togo"]


def test_a_word_with_a_body_s_name_apposed_after_a_comma_is_that_body(parse):
    rec = parse(HEAD + "Le programme est financé avec l'appui de Proparco, la Société de promotion et de "
                "participation pour la coopération économique. Avec Ali, le Centre culturel a organisé un concert.")
    body = next(o for o in rec["organizations"] if "Proparco" in [o["name"], *o["aliases"]])
    assert "Société de promotion et de participation pour la coopération économique" in [body["name"],
                                                                                        *body["aliases"]]
    assert len(rec["organizations"]) == 2


def test_a_head_that_does_not_show_its_number_and_a_noun_compound(parse):
    rec = parse(HEAD + "La ministre a salué le rôle du Fonds national d'assurance maladie (NHIF) et du Fonds "
                "monétaire arabe.")
    assert set(org_names(rec)) == {"Fonds national d'assurance maladie", "Fonds monétaire arabe"}
    assert "NHIF" in next(o for o in rec["organizations"] if o["name"].startswith("Fonds national"))["aliases"]


def test_a_hospital_named_in_lowercase(parse):
    rec = parse(HEAD + "Le directeur de l'hôpital national Kenyatta, Evanson Kamuri, a visité les hôpitaux turcs.")
    assert org_names(rec) == ["hôpital national Kenyatta"]


# Where a name runs on: coordinated adjectives of one noun, a bare noun after `en`, and the
# nationality adjective of a proper name.

def test_two_adjectives_of_one_noun_stay_in_the_name(parse):
    rec = parse(HEAD + "Un accord a été signé avec l'Agence de développement des petites et moyennes entreprises "
                "de Lituanie.")
    assert "Agence de développement des petites et moyennes entreprises de Lituanie" in org_names(rec)


def test_a_bare_noun_after_en_stays_in_the_name(parse):
    rec = parse(HEAD + "L'Agence d'Etat des ressources en eau a présenté son rapport. Le Centre de recherche en "
                "énergie a été inauguré.")
    assert {"Agence d'Etat des ressources en eau", "Centre de recherche en énergie"} <= set(org_names(rec))


def test_a_proper_name_keeps_its_nationality_adjective(parse):
    rec = parse(HEAD + "La Fédération lituanienne de judo et l'Agence azerbaïdjanaise de déminage ont signé un "
                "mémorandum. Le ministère azerbaïdjanais des Affaires étrangères a salué l'accord.")
    names = org_names(rec)
    assert "Fédération lituanienne de judo" in names and "Agence azerbaïdjanaise de déminage" in names
    assert "ministère des Affaires étrangères" in names


def test_two_coordinated_adjectives_before_their_noun_stay_in_the_name(parse):
    rec = parse(HEAD + "Le ministre a visité le Fonds de soutien des petites et moyennes exploitations du Mali.")
    assert "Fonds de soutien des petites et moyennes exploitations du Mali" in org_names(rec)


def test_the_body_whose_gathering_is_counted_is_an_organization(parse):
    rec = parse(HEAD + "Le ministre a ouvert la 15e session de l'OCI à Djeddah.")
    assert "OCI" in org_names(rec)
    assert not any("session" in name for name in org_names(rec))


def test_a_body_in_its_own_language_with_its_state_after_a_title(parse):
    rec = parse(HEAD + "Le président du Jatiya Sangsad du Bangladesh, Shirin Chaudhury, a reçu le ministre.")
    assert "Jatiya Sangsad du Bangladesh" in org_names(rec)


@pytest.mark.parametrize("sentence", [
    "Le ministre a pris part au XIIe Sommet économique de Dakar.",
    "La délégation a participé au 3e Forum mondial de l'eau à Lima.",
])
def test_an_edition_of_a_gathering_is_no_body(parse, sentence):
    assert not [name for name in org_names(parse(HEAD + sentence)) if "Sommet" in name or "Forum" in name]


def test_an_acronym_in_brackets_closes_the_name_a_verb_seemed_to_take_the_complement_of(parse):
    rec = parse(HEAD + "La foire a été ouverte par l'Agence fédérale pour l'emploi des jeunes (AFEJ) et le maire.")
    assert "Agence fédérale pour l'emploi des jeunes" in org_names(rec)


def test_a_complement_of_the_verb_after_a_name_stays_out_of_it(parse):
    rec = parse(HEAD + "Le ministre a remercié le Croissant-Rouge pour son aide aux sinistrés.")
    assert "Croissant-Rouge" in org_names(rec)
    assert not [name for name in org_names(rec) if "aide" in name]


def test_a_state_owned_company_introduced_by_its_kind(parse):
    rec = parse(HEAD + "La compagnie d'État Petrobangla a signé un contrat avec le consortium d’Etat Sonatrach.")
    assert {"Petrobangla", "Sonatrach"} <= set(org_names(rec))


@pytest.mark.parametrize("sentence, body", [
    ("La délégation s'est rendue au siège régional de Veolia, à Lyon.", "Veolia"),
    ("Une cérémonie a eu lieu dans les locaux de Petronas.", "Petronas"),
])
def test_a_lone_name_after_the_premises_of_a_body_is_that_body(parse, sentence, body):
    assert body in org_names(parse(HEAD + sentence))


def test_a_lone_name_after_another_noun_and_de_is_no_body(parse):
    assert org_names(parse(HEAD + "Le ministre a évoqué le régime de Loukachenko.")) == []


def test_a_name_cut_before_its_complement_is_not_a_second_body(parse):
    rec = parse(HEAD + "Le ministre a pris part à la réunion du Conseil des gouverneurs de l'Organisation "
                "internationale de la vigne et du vin (OIV) à Dijon.")
    names = org_names(rec)
    assert "Organisation internationale de la vigne et du vin" in names
    assert "Organisation internationale" not in names


def test_a_body_at_its_premises_keeps_its_adjectives(parse):
    rec = parse(HEAD + "Le maire a été invité par le Conseil municipal de Lyon. Au siège du Conseil municipal, "
                "il a été reçu par Grégory Doucet.")
    assert "Conseil" not in org_names(rec)


def test_a_sports_club_is_an_organization_not_a_person(parse):
    for text, club in [("La rencontre entre Žalgiris FK et le club letton a fini par un match nul.", "Žalgiris FK"),
                       ("Le ministre a reçu le président du club Dinamo FC, Petras Kalnietis.", "Dinamo FC"),
                       ("Le club Sūduva SK a remporté la coupe nationale.", "Sūduva SK")]:
        rec = parse(HEAD + text)
        assert club in org_names(rec)
        assert club not in {a["name"] for a in rec["actors"]}


# A name coordinated with a body is a body.

def test_a_name_coordinated_with_a_body_is_a_body(parse):
    rec = parse(HEAD + "La compagnie chilienne Codelco et l'Enami ont signé un accord à Santiago.")
    assert {"Codelco", "Enami"} <= set(org_names(rec))
    rec = parse(HEAD + "ENAP et la société Petroperu ont échangé un mémorandum sur le transport du brut.")
    assert {"ENAP", "Petroperu"} <= set(org_names(rec))


def test_a_person_a_place_or_a_month_beside_a_body_stays_what_it_is(parse):
    rec = parse(HEAD + "La Banque mondiale et Lima ont signé un accord. L'UNICEF et Mme Ana Ruiz ont visité l'école. "
                "La FAO et Décembre ne sont pas liés.")
    names = set(org_names(rec))
    assert "Lima" not in names and "Ana Ruiz" not in names and "Décembre" not in names
    assert "Ana Ruiz" in {a["name"] for a in rec["actors"]}


def test_a_lone_word_read_as_a_person_beside_a_body_is_a_body(parse):
    # no person of the text is named so: the word beside a company is a company
    rec = parse(HEAD + "En marge du salon, Kazatomprom et la société Orano ont signé un accord d'approvisionnement.")
    assert {"Kazatomprom", "Orano"} <= set(org_names(rec))
    assert rec["actors"] == []


def test_a_body_named_again_by_its_acronym_and_the_name_beside_it(parse):
    rec = parse(HEAD + "Le salon a été organisé par l'Agence nationale de l'innovation (ANINO). À l'issue du salon, "
                "un accord a été signé entre ANINO et Tecnalia Research.")
    assert "Tecnalia Research" in set(org_names(rec))
    signing = [e for e in rec["events"] if e["type"] == "signing"]
    assert len(signing) == 1 and {p["name"] for p in signing[0]["participants"]} == {
        "Agence nationale de l'innovation", "Tecnalia Research"}


@pytest.mark.parametrize("text, name", [
    ("Le Milli Medjlis de la République d'Azerbaïdjan a adopté la loi.",
     "Milli Medjlis de la République d'Azerbaïdjan"),
    ("La SOCAR de la République d'Azerbaïdjan a signé un contrat.", "SOCAR de la République d'Azerbaïdjan"),
])
def test_a_known_body_goes_on_with_the_state_it_belongs_to(parse, text, name):
    assert name in [o["name"] for o in parse(HEAD + text)["organizations"]]


def test_a_company_name_cut_at_an_inner_apostrophe_is_whole(parse):
    names = [o["name"] for o in parse(HEAD + "La délégation a visité le centre logistique de la société Xi’an "
                                             "Free Trade Port Construction.")["organizations"]]
    assert names == ["Xi’an Free Trade Port Construction"]


@pytest.mark.parametrize("text, name", [
    ("Le général a visité l'Académie militaire des forces armées, où il a rencontré les cadets.",
     "Académie militaire des forces armées"),
    ("L'Agence pour la réinstallation des personnes déplacées a signé un accord avec le HCR.",
     "Agence pour la réinstallation des personnes déplacées"),
])
def test_a_past_participle_agreeing_with_a_complement_belongs_to_the_name(parse, text, name):
    assert name in [o["name"] for o in parse(HEAD + text)["organizations"]]
