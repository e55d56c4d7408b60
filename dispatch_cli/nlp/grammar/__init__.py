"""The rules of French news grammar that the dispatch components apply.

Each module has one job and works on a processed spaCy `Doc` with the rule model
(`dispatch_cli.nlp.lexicon.Lexicon`) it is given; none registers a component or keeps state
between documents. The components in `dispatch_cli.nlp.components` call them and write what
they find onto the Doc.
"""
