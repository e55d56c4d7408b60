"""The indexes that keep the rules linear in a text's length answer as the scans they replace.

Each helper is checked against the scan it stands for, on small hand-made cases and on every
combination of a few extents, so that an off-by-one at a boundary shows.
"""
from __future__ import annotations

import itertools

import spacy
from spacy.tokens import Doc, Span

from dispatch_cli.nlp.grammar.events.reports import QuoteMarks
from dispatch_cli.nlp.grammar.organizations import KnownExtents, name_beginnings

WORDS = ["la", "61e", "Assemblée", "générale", "de", "l'", "ONU", "puis", "l'", "Assemblée", "générale", "et",
         "l'", "Assemblée"]


def _doc() -> Doc:
    return Doc(spacy.blank("fr").vocab, words=WORDS)


def _inside_longer_by_scan(known: list[Span], body: str, start: int, end: int) -> bool:
    return any(k.id_ == body and k.start <= start and end <= k.end and len(k) > end - start for k in known)


def test_known_extents_answer_as_the_scan_of_every_known_name() -> None:
    doc = _doc()
    extents = [(0, 3), (1, 4), (2, 4), (2, 6), (5, 6), (9, 11)]
    for chosen in itertools.chain.from_iterable(itertools.combinations(extents, n) for n in range(4)):
        known = [Span(doc, s, e, label="ORG", span_id="A" if (s + e) % 2 else "B") for s, e in chosen]
        index = KnownExtents(known)
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 6) + 1):
                for body in ("A", "B", "C"):
                    assert index.inside_longer(body, start, end) == _inside_longer_by_scan(known, body, start, end), \
                        (chosen, body, start, end)


def test_a_name_is_not_inside_itself() -> None:
    doc = _doc()
    index = KnownExtents([Span(doc, 2, 4, label="ORG", span_id="A")])
    assert not index.inside_longer("A", 2, 4)
    assert index.inside_longer("A", 2, 3) and index.inside_longer("A", 3, 4)
    assert not index.inside_longer("B", 2, 3)


def test_name_beginnings_are_the_words_before_a_space_of_the_folded_name() -> None:
    doc = _doc()
    counted = [Span(doc, 1, 7, label="ORG"), Span(doc, 9, 11, label="ORG")]
    first = name_beginnings(counted)
    # `61e Assemblée générale de l' ONU` opens at token 1, `Assemblée générale` at token 9
    assert first["61e"] == 1 and first["61e assemblee generale de l'"] == 1
    assert first["assemblee"] == 9
    assert "assemblee generale" not in first  # a whole name is no beginning of itself
    assert "61e assemblee generale de l' onu" not in first
    assert name_beginnings([]) == {}


def _inside_by_scan(text: str, position: int) -> bool:
    para_start = text.rfind("\n", 0, position)
    before = text[max(para_start, 0):position]
    return before.count("«") > before.count("»")


def test_quote_marks_answer_as_the_text_searched() -> None:
    texts = ["", "sans guillemets", "« a » b « c", "«a\n» b « c » d\n«« e »", "»» « x\n\n« y » z «"]
    for text in texts:
        marks = QuoteMarks(text)
        for position in range(len(text) + 2):
            assert marks.inside(position) == _inside_by_scan(text, position), (text, position)
            assert marks.last_opening(position) == text.rfind("«", 0, position), (text, position)
            assert marks.next_closing(position) == text.find("»", position), (text, position)


def test_a_trigger_after_a_line_break_is_outside_the_quote_opened_before_it() -> None:
    marks = QuoteMarks("X a dit : « nous avons\nrencontré Y")
    assert marks.inside(15)  # after the «, same paragraph
    assert not marks.inside(30)  # the next paragraph
