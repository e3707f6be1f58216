"""Names family (TQ4xx): person and place names rendered consistently and acceptably.

Name spans in a Devanagari target are runs of one-syllable words (the shape
transliterated Vietnamese names take); spellings of one name are grouped by
a phonetic key (:mod:`tqcheck.languages.translit`).  In Latin-script
targets, names are runs of capitalised words, grouped without diacritics.
"""
from . import places, rendering, variants  # noqa: F401  (registers the rules)
