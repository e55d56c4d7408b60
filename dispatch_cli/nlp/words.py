"""Closed-class French words: articles, prepositions, pronouns, conjunctions, punctuation.

These are the grammar of the language, not vocabulary of the news domain: they do not grow
with the texts read, so they live here, in one place, as named sets. Open-class vocabulary
(titles, heads of organization names, words of meeting, places, months) is data of the rule
model in `models/` and is read through `dispatch_cli.nlp.lexicon`.

Every word is lowercase and compared with `Token.lower_`; the elided forms carry the straight
apostrophe, which is what the model reads (see `textview.model_view`).
"""
from __future__ import annotations

import re

DEFINITE_ARTICLES = frozenset({"le", "la", "l'", "les"})
INDEFINITE_ARTICLES = frozenset({"un", "une", "des"})
ONE = frozenset({"un", "une"})  # the singular indefinite article (`X, un artiste`, `un des leaders`)
# The preposition `de`, elided or not, and its contractions with the definite article.
DE = frozenset({"de", "d'"})
DE_CONTRACTED = frozenset({"du", "des"})
A_CONTRACTED = frozenset({"au", "aux"})
CONTRACTED_SINGULAR = frozenset({"du", "au"})  # de + le, à + le: a definite singular after a preposition
OF = DE | DE_CONTRACTED  # what opens a `de` complement: de, d', du, des
TO = frozenset({"à"}) | A_CONTRACTED  # `à` and its contractions: au, aux
ARTICLES = DEFINITE_ARTICLES | INDEFINITE_ARTICLES | OF | A_CONTRACTED
# What may stand between `de` and the noun of a complement (`de la`, `des`, `du`, `aux`).
COMPLEMENT_ARTICLES = DEFINITE_ARTICLES | DE_CONTRACTED | A_CONTRACTED
POSSESSIVES = frozenset({"sa", "son", "ses", "leur", "leurs", "notre", "nos"})
OBJECT_PRONOUNS = frozenset({"lui", "leur"})  # `lui a rendu visite`: to the person spoken of
ONE_OWNER = frozenset({"son", "sa", "leur"})  # the possessives of one thing of a third person (`son homologue`)
OUR = frozenset({"notre"})  # the writer's own (`notre pays`: the dispatch's state)
# First and second person possessives, of quoted speech (`Votre Excellence`).
SPEAKER_POSSESSIVES = frozenset({"mon", "ma", "mes", "ton", "ta", "tes", "votre", "vos"})
FIRST_PERSON_POSSESSIVES = frozenset({"mon", "ma", "mes", "notre", "nos"})  # the speaker's, in quoted speech
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
# Determiners of a plural noun phrase (`les ministres`, `aux présidents`): several people.
PLURAL_DETERMINERS = frozenset({"les", "ces", "des", "aux", "leurs"})
# What may open a noun phrase (`une rencontre`, `sa visite`, `cette réunion`, `de consultations`).
NOUN_DETERMINERS = (DEFINITE_ARTICLES | INDEFINITE_ARTICLES | POSSESSIVES | DEMONSTRATIVES
                    | DE_CONTRACTED | A_CONTRACTED | DE)
# Indefinite determiners and quantifiers that follow `de` (`d'autres responsables`, `de nombreux
# pays`): they open a common noun phrase, never a name's complement.
QUANTIFIERS = frozenset({"autres", "nombreux", "nombreuses", "plusieurs", "certains", "certaines", "divers",
                         "diverses", "différents", "différentes", "quelques", "tous", "toutes", "chaque",
                         "nouveaux", "nouvelles", "tels", "telles"})
REFLEXIVE_PRONOUNS = frozenset({"s'", "se"})
THERE = "y"  # the adverbial pronoun of place: at the gathering, in the country just named
ADVERBIAL_PRONOUNS = frozenset({THERE, "en"})  # between a reflexive pronoun and its verb (`s'y est entretenu`)
# What stands between a subject and its verb (`X l'a remercié`, `X lui a remis`, `X ne s'y est
# pas rendu`): object, reflexive and adverbial pronouns, and the negation.
OBJECT_CLITICS = frozenset({"le", "la", "l'", "les", "ne", "n'"}) | OBJECT_PRONOUNS | REFLEXIVE_PRONOUNS \
    | ADVERBIAL_PRONOUNS
SUBJECT_PRONOUNS = frozenset({"il", "elle"})  # third person singular: they stand for a person
PLURAL_SUBJECT_PRONOUNS = frozenset({"ils", "elles"})
FIRST_PERSON = frozenset({"je", "j'", "nous"})  # the speaker of quoted speech, as a subject

# Prepositions.
PLACE_PREPOSITIONS = frozenset({"à", "en"})  # `à Bakou`, `en France`
DESTINATION_PREPOSITIONS = frozenset({"à", "en", "au", "aux", "dans", "auprès", "chez"})
BETWEEN = "entre"
ON = "sur"
AMONG = "parmi"
FOR = "pour"
WITH = "avec"
BY = "par"
# Prepositions that attach a complement to a title or an organization's head noun.
TITLE_LINKS = OF | A_CONTRACTED | frozenset({"pour", "auprès", "en", "à", "sur", "entre"})
NAME_LINKS = OF | frozenset({"pour", "sur", "auprès", "en"})
# Words that chain coordinated parties (`avec X, Y ainsi que Z`, `de l'OTAN et de l'UE`).
COORDINATION = DEFINITE_ARTICLES | OF | frozenset({"et", ",", "avec", "ainsi", "que"})
AND = "et"
IN_PRESENCE = ("en", "présence")  # the compound preposition `en présence de`: who witnessed
THEN = frozenset({"puis", "ensuite"})  # one after the other (`avec X, puis avec Y`)
# What puts a word of call as the means of another encounter (`a pris part par visioconférence à`).
MEANS_PREPOSITIONS = frozenset({"par", "en", "via"})
# prepositions that open a phrase and never stand in a person's name, capitalized at the start
# of a sentence or not (`À Brasília, le diplomate ...`); `de` is left out: it is a particle too
PREPOSITIONS = frozenset({"à", "au", "aux", "en", "dans", "par", "pour", "sur", "avec", "chez", "lors", "selon",
                          "après", "avant", "depuis", "pendant", "vers", "sous", "entre", "contre", "parmi",
                          "durant", "dès", "outre", "auprès"})

# What introduces the function in which someone acts: `en tant que président`, `en sa qualité
# d'ambassadeur`, `à titre de médiateur` (each as the tokens before the title).
FUNCTION_MARKERS = (("en", "tant", "que"), ("en", "tant", "qu'"), ("en", "qualité", "de"), ("en", "qualité", "d'"),
                    ("en", "sa", "qualité", "de"), ("en", "sa", "qualité", "d'"), ("en", "leur", "qualité", "de"),
                    ("en", "leur", "qualité", "d'"), ("à", "titre", "de"), ("à", "titre", "d'"))

# Asides that may stand between an auxiliary and its participle (`X a pour sa part rencontré Y`).
ASIDES = frozenset({("pour", "sa", "part"), ("pour", "leur", "part"), ("de", "son", "côté"),
                    ("de", "leur", "côté")})

# Pairs the items of two lists in order (`X et Y, respectivement président et secrétaire`).
RESPECTIVELY = "respectivement"

# Verb forms.
AUXILIARY_INFINITIVES = frozenset({"avoir", "être"})
AUXILIARY_FORMS = frozenset({"ont", "a"})

# Numbers and ranks: `5e`, `7ème`, `1er`; `premier`.
ORDINAL = re.compile(r"\d+(?:e|er|re|ère|ème|ᵉ)$")
ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|er|re|ère|ème|ᵉ)$")  # `VIIe`, as written: capitals
ORDINAL_FIRST = frozenset({"premier", "première", "premières", "premiers"})
# Small cardinals in words, with their value (`les trois ministres`).
CARDINALS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10}

# Abbreviations written with a stop inside a sentence (`le Pr. Alain Fischer`, `M. Durand`):
# the stop after them ends no sentence.
ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "prof", "me", "mgr", "st", "ste",
                           "gén", "cdt", "lt", "sgt"})

# Punctuation.
SENTENCE_END = frozenset({".", "!", "?", "…"})
CLOSERS = frozenset({"»", ")", '"'})  # may follow a sentence's final stop
CLAUSE_BREAKS = frozenset({".", ";", ":", "«", "»"})
HYPHEN = "-"
APOSTROPHES = frozenset({"'", "’"})  # as the model sees it and as the text may write it

# Articles and prepositions folded (no accents, elisions without their apostrophe), as
# `folding.fold` leaves them: ignored when comparing titles and when making initials.
FOLDED_SMALL_WORDS = frozenset({"de", "des", "du", "d", "la", "le", "les", "l", "pour", "et", "a", "en", "sur",
                                "au", "aux"})
# Relative pronouns: the subject of a relative clause, and the complement `dont`
# (`le festival, dont la cérémonie de clôture`).
RELATIVE_SUBJECTS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
WHOSE = "dont"
