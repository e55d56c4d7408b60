"""Places: what the model's LOC entities may be, and the states the text names only indirectly."""
from __future__ import annotations

HEAD = " date 2023-05 Bakou, 10 mai, AZERTAC\n\n"


def places(record: dict) -> dict[str, dict]:
    return {p["name"]: p for p in record["places"]}


def test_verbs_days_months_and_honorifics_are_no_places(parse):
    rec = parse(HEAD + "Veuillez noter que Mercredi, le ministre a reçu le Dr. Hassan Diab. En Juillet, il se "
                "rendra à Strasbourg.")
    assert set(places(rec)) == {"Strasbourg"}


def test_a_surname_used_alone_is_no_place(parse):
    rec = parse(HEAD + "Le président Ilham Aliyev a reçu Ali Karimov, ambassadeur. Karimov a parlé de la "
                "Transnistrie.")
    assert "Karimov" not in places(rec)
    assert "Transnistrie" in places(rec)


def test_a_capitalized_adjective_of_a_noun_is_no_place(parse):
    rec = parse(HEAD + "Le ministre des Transports, de la Communication et des Hautes technologies a visité "
                "l'usine.")
    assert "Hautes" not in places(rec)


def test_a_state_named_only_by_a_city_is_not_listed_unless_an_event_needs_it(parse):
    rec = parse(HEAD + "Le festival a eu lieu à Lyon puis à Porto.")
    assert set(places(rec)) == {"Lyon", "Porto"}
    assert all(p["mentions"] and p["derived_from"] == [] for p in rec["places"])


def test_a_state_taken_from_the_dateline_says_so(parse):
    rec = parse(HEAD + "Le ministre italien Antonio Tajani est en visite officielle.")
    host = places(rec)["Azerbaïdjan"]
    assert host["mentions"] == [] and host["derived_from"] == ["dateline"]
    visit = rec["events"][0]
    assert {"ref": host["id"], "name": "Azerbaïdjan", "kind": "country", "country": "AZE"} in visit["participants"]


def test_a_state_taken_from_a_city_names_the_city(parse):
    rec = parse(" date 2023-05 Ankara, 10 mai (AA)\n\nLe Premier ministre hongrois Viktor Orban est arrivé à "
                "Bakou pour une visite officielle.")
    found = places(rec)
    assert found["Azerbaïdjan"]["mentions"] == []
    assert found["Azerbaïdjan"]["derived_from"] == [found["Bakou"]["id"]]


def test_a_geopolitical_region_is_a_place(parse):
    rec = parse(HEAD + "Le ministre a évoqué les relations entre l'Occident et l'Asie centrale.")
    assert {"Occident", "Asie centrale"} <= set(places(rec))


def test_a_body_is_no_place(parse):
    rec = parse(HEAD + "Les membres du Gouvernement ont déposé des fleurs à Riga.")
    assert set(places(rec)) == {"Riga"}


def test_a_portfolio_is_no_place(parse):
    rec = parse(HEAD + "Le ministre ouzbek des Investissements, de l'Industrie et du Commerce a visité Samarcande.")
    assert set(places(rec)) == {"Samarcande"}


def test_a_people_is_no_place(parse):
    rec = parse(HEAD + "Le Congrès mondial des Azerbaïdjanais a réuni des Azerbaïdjanais de Géorgie.")
    assert set(places(rec)) == {"Géorgie"}


def test_a_person_of_the_text_opening_a_sentence_is_no_place(parse):
    rec = parse(" date 2024-05 Paris, 3 mai, AZERTAC\n\nLe ministre Jean Castex a reçu Leyla Mammadova. "
                "Ensuite, Leyla Mammadova et Jean Castex ont visité le musée.")
    assert "Leyla Mammadova" not in {p["name"] for p in rec["places"]}
