"""Meeting events: who met whom, of what type, when and where.

`reader.EventReader` reads a Doc sentence by sentence; `reports` decides whether a word of
meeting reports an encounter, `parties` who took part and where, `dates` when, and `merge`
makes one event of each encounter.
"""
