"""The dispatch components, registered as spaCy factories.

Importing this package registers them (and the Doc extensions they write); they are also
declared as `spacy_factories` entry points, so `spacy.load` of a saved dispatch pipeline finds
them in a fresh process. In pipeline order:

| component | kind | writes |
|---|---|---|
| `dispatch_sentences` | token level, before the parser | `token.is_sent_start` |
| `dispatch_words`, `dispatch_gazetteer` | spaCy `span_ruler`s (`rulers.py`) | `doc.spans["lexicon"]` |
| `dispatch_names` | token level | `doc.spans` persons, orgs, places |
| `dispatch_header` | document level | `doc._.dispatch_header` |
| `dispatch_entities` | document level | `doc._.dispatch_actors`, `_organizations`, `_places` |
| `dispatch_titles` | document level | `doc._.dispatch_titles`, actors' roles |
| `dispatch_coreference` | document level | `doc._.dispatch_coreference`, actors' references |
| `dispatch_events` | document level | `doc._.dispatch_events` |

Token-level components may run on the pieces of a text too long for the model; document-level
ones run on the whole Doc (see `pipeline.docs_for`).
"""
from __future__ import annotations

from spacy.tokens import Doc

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.components import coreference, entities, events, header, names, sentences, titles

EXTENSIONS = (keys.SOURCE_TEXT, keys.TEXT, keys.ALIGNMENT, keys.DEFAULT_YEAR, keys.HEADER, keys.ACTORS,
              keys.ORGANIZATION_ENTITIES,
              keys.PLACE_ENTITIES, keys.TITLES, keys.COREFERENCE, keys.EVENTS)
TOKEN_LEVEL = (sentences.NAME, names.NAME)
DOCUMENT_LEVEL = (header.NAME, entities.NAME, titles.NAME, coreference.NAME, events.NAME)

for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
