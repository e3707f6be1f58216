"""A source figure converted into another unit or currency ("385 dặm" -> "620 km"): the
quantity each side names, and whether one value converts into the other."""
from __future__ import annotations

import functools

from ...numerals import Mention
from ._readings import _currency_word_stems, _unit_table


@functools.lru_cache(maxsize=None)
def _money_and_unit_words(lang: str) -> frozenset[str]:
    """The words (and first letters) of ``lang``'s currency names and units, without diacritics."""
    from ...languages.translit import latin_key

    return frozenset(latin_key(w) for w in (*_currency_word_stems(lang), *_unit_table(lang)[0]) if len(w) > 1)


def _quantity(unit: str) -> str:
    """What a CLDR unit measures, for conversions: a speed per hour converts as its length does, so
    "85 dặm trên giờ" read as miles (the start of "dặm trên giờ") still pairs with "137 km/h"."""
    kind = unit.partition("-")[0]
    return "length" if kind == "speed" else kind


def _convert(value: float, unit: str, to: str) -> float:
    """``value`` in ``unit`` expressed in ``to`` (CLDR ids of one quantity)."""
    from ...languages.cldr import NEWS_UNITS

    (factor, offset), (to_factor, to_offset) = NEWS_UNITS[unit], NEWS_UNITS[to]
    return (value * factor + offset - to_offset) / to_factor


#: The scales degrees on no stated scale may be in.
TEMPERATURE_SCALES = ("temperature-celsius", "temperature-fahrenheit")


def _degrees_converted(t: Mention, unit: str, measures: list[tuple[Mention, str, int]]) -> bool:
    """Whether ``t`` in ``unit`` is a temperature of the source's converted to the other scale,
    where one side or both give degrees on no stated scale ("80 độ" -> "27 градусов"): within a
    degree, either way round."""
    from ...languages.cldr import GENERIC_DEGREES

    if not unit.startswith("temperature-"):
        return False
    targets = TEMPERATURE_SCALES if unit == GENERIC_DEGREES else (unit,)
    for s, source_unit, _ in measures:
        if not source_unit.startswith("temperature-") or GENERIC_DEGREES not in (unit, source_unit):
            continue
        sources = TEMPERATURE_SCALES if source_unit == GENERIC_DEGREES else (source_unit,)
        if any(a != b and abs(t.value - _convert(s.value, a, b)) <= 1.0 for a in sources for b in targets):
            return True
    return False


#: How far copy rounds a converted figure: "200 miles" is "300 km" (321.9) in careful news.
CONVERSION_TOLERANCE = 0.1


def _converts(t: Mention, unit: str, measures: list[tuple[Mention, str, int]]) -> bool:
    """Whether ``t``, in ``unit``, is one of the source's ``measures`` converted to that unit
    (a figure without a unit is not: "21" is not 500 mm in inches).  A temperature may be a
    degree off, whatever its size.  Units a profile names beyond :data:`NEWS_UNITS` have no
    factor and convert to nothing."""
    from ...languages.cldr import GENERIC_DEGREES, NEWS_UNITS

    if unit == GENERIC_DEGREES or any(u == GENERIC_DEGREES for _, u, _ in measures):
        if _degrees_converted(t, unit, measures):
            return True
    if unit not in NEWS_UNITS:
        return False
    for s, source_unit, _ in measures:
        # (a unit read under two names, "12 dặm trên giờ" as miles and "12 mph", is no conversion: "11 mph")
        if source_unit in NEWS_UNITS and NEWS_UNITS[source_unit] != NEWS_UNITS[unit] and _quantity(source_unit) == _quantity(unit):
            expected = _convert(s.value, source_unit, unit)
            slack = 1.0 if unit.startswith("temperature") else 0.0
            if abs(t.value - expected) <= max(CONVERSION_TOLERANCE * abs(expected), slack):
                return True
    return False
