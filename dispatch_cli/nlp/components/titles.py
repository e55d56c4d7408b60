"""The `dispatch_titles` component: title phrases, and each person's roles.

It finds the title phrases (`grammar/titles.py`), attaches each to the person it names, and
gives that person the title as written as a role (a plural title shared by several names
gives each the singular). Titles that name no one are left for `dispatch_coreference`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.components.base import LexiconComponent
from dispatch_cli.nlp.components.header import reading_text
from dispatch_cli.nlp.findings import OrgEntity, PersonEntity
from dispatch_cli.nlp.grammar.entities import add_role
from dispatch_cli.nlp.grammar.normalize import BodyForms
from dispatch_cli.nlp.grammar.titles import TitleFinder, bracketed_function

NAME = "dispatch_titles"


class TitleReader(LexiconComponent):
    """Write `doc._.dispatch_titles` and the roles of `doc._.dispatch_actors`."""

    def configure(self) -> None:
        self.finder = TitleFinder(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        text = reading_text(doc)
        titles = self.finder.find(doc)
        people: list[PersonEntity] = doc._.get(keys.ACTORS)
        entity_at = {(m.start, m.end): i for i, p in enumerate(people) for m in p.mentions}
        persons = doc.spans.get(keys.PERSONS, [])
        orgs: list[OrgEntity] = doc._.get(keys.ORGANIZATION_ENTITIES) or []
        bodies = BodyForms({form: f"body{n}" for n, org in enumerate(orgs)
                            for form in (org.name, *org.forms, *org.aliases)})
        for phrase in titles:
            for k, role in self.finder.roles(doc, phrase, text):
                i = entity_at.get((persons[k].start, persons[k].end))
                if i is not None:
                    add_role(people[i], role, self.lexicon, bodies)
        for span in persons:
            i = entity_at.get((span.start, span.end))
            function = bracketed_function(doc, span.end, text)
            if i is not None and function is not None:
                add_role(people[i], function, self.lexicon, bodies)
        doc._.set(keys.TITLES, titles)
        return doc


@Language.factory(NAME, assigns=[f"doc._.{keys.TITLES}", f"doc._.{keys.ACTORS}"],
                  requires=["doc.spans", f"doc._.{keys.ACTORS}", f"doc._.{keys.ORGANIZATION_ENTITIES}"],
                  default_config={"lexicon_dir": None})
def make_titles(nlp: Language, name: str, lexicon_dir: str | None) -> TitleReader:
    """The `dispatch_titles` component; `lexicon_dir`: another rule model's folder."""
    return TitleReader(nlp, name, lexicon_dir)
