"""The `dispatch_entities` component: one entity per person, organization and place.

It groups the name mentions of the body (not those of the dateline, nor people of the byline
block) into entities (`grammar/entities.py`): a surname alone or an initial is a mention of
the full name; an acronym, its expansion and a known body's other forms are one
organization. Places are keyed by their folded name; a city brings its state along, and the
dateline's place its state, each marked with where it came from.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.components.base import LexiconComponent
from dispatch_cli.nlp.components.header import reading_text
from dispatch_cli.nlp.findings import Extent, Header, PlaceEntity, Places
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.grammar.byline import byline_body
from dispatch_cli.nlp.grammar.entities import OrganizationGrouper, group_persons

NAME = "dispatch_entities"


class EntityGrouper(LexiconComponent):
    """Write `doc._.dispatch_actors`, `doc._.dispatch_organizations`, `doc._.dispatch_places`."""

    def __call__(self, doc: Doc) -> Doc:
        header: Header = doc._.get(keys.HEADER)
        text = reading_text(doc)
        persons = [s for s in doc.spans.get(keys.PERSONS, []) if header.in_body(s.start_char)]
        excluded = {fold(header.byline.name)} if header.byline else set()
        people, _owner = group_persons(persons, excluded, text)
        # the byline may name the agency: organizations there count, people (the author) do not
        org_spans = [s for s in doc.spans.get(keys.ORGANIZATIONS, [])
                     if header.in_body(s.start_char, with_byline=True)]
        named = byline_body(doc, header, text)
        if named is not None:  # stated by the byline's grammar: it outweighs a weaker reading
            org_spans = [s for s in org_spans if not (s.start < named.end and named.start < s.end)] + [named]
        orgs, _org_owner = OrganizationGrouper(doc, self.lexicon).group(org_spans, text)
        doc._.set(keys.ACTORS, people)
        doc._.set(keys.ORGANIZATION_ENTITIES, orgs)
        doc._.set(keys.PLACE_ENTITIES, self._places(doc, header, text))
        return doc

    def _places(self, doc: Doc, header: Header, text: str) -> Places:
        """Place entities (a state named only by a city or the dateline is there too, with
        where it came from), each place's state, and the entity of the dateline's state."""
        entities: list[PlaceEntity] = []
        index: dict[str, int] = {}

        def entity(name: str) -> int:
            key = fold(name)
            if key not in index:
                index[key] = len(entities)
                entities.append(PlaceEntity(name=name))
            return index[key]

        country_of: dict[int, int | None] = {}
        for span in doc.spans.get(keys.PLACES, []):
            if not header.in_body(span.start_char):
                continue
            written = text[span.start_char:span.end_char]
            i = entity(span.id_ if span.label_ == keys.COUNTRY and span.id_ else written)
            entities[i].mentions.append(Extent.of(span))
            if span.label_ == keys.CITY and span.id_:
                state = entity(span.id_)
                country_of[i] = state
                if i not in entities[state].derived_from:
                    entities[state].derived_from.append(i)
            elif span.label_ == keys.COUNTRY:
                country_of[i] = i
            else:
                country_of.setdefault(i, None)
        for place in entities:
            place.written = own_spelling(place, text)
        dateline = header.dateline
        home_state = self.lexicon.geography.country_of(dateline.place) if dateline and dateline.place else None
        home = entity(home_state) if home_state else None
        if home is not None:
            entities[home].from_dateline = True
        return Places(entities=entities, country_of=country_of, home=home)


def own_spelling(place: PlaceEntity, text: str) -> str | None:
    """The text's own short name of a state it never writes as the gazetteer's usual name
    (`Türkiye`, `Kirghizstan`, `Bélarus` for Turquie, Kirghizistan, Biélorussie): a party is
    written as the text writes it. A long official form (`République de Türkiye`) or an
    acronym (`USA`) is no short name; the usual name stays."""
    forms = [text[m.start_char:m.end_char] for m in place.mentions]
    if not forms or any(fold(f) == fold(place.name) for f in forms):
        return None
    return next((f for f in forms if " " not in f and not f.isupper()), None)


@Language.factory(NAME, assigns=[f"doc._.{keys.ACTORS}", f"doc._.{keys.ORGANIZATION_ENTITIES}",
                                 f"doc._.{keys.PLACE_ENTITIES}"],
                  requires=["doc.spans", f"doc._.{keys.HEADER}"], default_config={"lexicon_dir": None})
def make_entities(nlp: Language, name: str, lexicon_dir: str | None) -> EntityGrouper:
    """The `dispatch_entities` component; `lexicon_dir`: another rule model's folder."""
    return EntityGrouper(nlp, name, lexicon_dir)
