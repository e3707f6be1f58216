"""Numbers family (TQ5xx): values, scales, digit styles, number formats, currencies, times and units.

Figures are compared by value, read with each language's conventions
(:mod:`tqcheck.numerals`), so "5 tỷ" -> "500 करोड़" is right and
"5 tỷ" -> "5 करोड़" is not.  Language facts come from the profiles and CLDR.
"""
from . import currencies, currency_names, dates, directions, formats, sentences, units, values  # noqa: F401  (registers the rules)
