"""Organizations: where a name opens and ends, what is no organization, one entity per body."""
from __future__ import annotations

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
