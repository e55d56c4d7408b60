"""The `dispatch_coreference` component: who titles, epithets and pronouns stand for.

`le chef de l'Etat`, `le ministre turc`, a subject `Il` become mentions of the person they
stand for (`grammar/coreference.py`); each sentence's protagonist is recorded for the events.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.components.base import LexiconComponent
from dispatch_cli.nlp.findings import PersonEntity
from dispatch_cli.nlp.grammar.coreference import resolve_mentions

NAME = "dispatch_coreference"


class CoreferenceResolver(LexiconComponent):
    """Write `doc._.dispatch_coreference` and add the references to `doc._.dispatch_actors`."""

    def __call__(self, doc: Doc) -> Doc:
        people: list[PersonEntity] = doc._.get(keys.ACTORS)
        coreference = resolve_mentions(doc, doc._.get(keys.TITLES), people, self.lexicon)
        for actor, start_char, end_char in coreference.resolved.values():
            people[actor].references.append((start_char, end_char))
        doc._.set(keys.COREFERENCE, coreference)
        return doc


@Language.factory(NAME, assigns=[f"doc._.{keys.COREFERENCE}", f"doc._.{keys.ACTORS}"],
                  requires=[f"doc._.{keys.TITLES}", f"doc._.{keys.ACTORS}", f"doc._.{keys.HEADER}", "token.dep",
                            "token.morph"],
                  default_config={"lexicon_dir": None})
def make_coreference(nlp: Language, name: str, lexicon_dir: str | None) -> CoreferenceResolver:
    """The `dispatch_coreference` component; `lexicon_dir`: another rule model's folder."""
    return CoreferenceResolver(nlp, name, lexicon_dir)
