"""The only module that imports Babel: CLDR facts, loaded on first use and kept between runs
(:mod:`tqcheck.languages.cldr_cache`)."""
from __future__ import annotations

import functools
import os
import re

from ..text import LazyPattern
from .cldr_cache import remembered

#: Code point of digit zero for CLDR numbering systems used by news languages.
_ZERO = {
    "latn": 0x30, "arab": 0x660, "arabext": 0x6F0, "beng": 0x9E6, "deva": 0x966,
    "gujr": 0xAE6, "guru": 0xA66, "knda": 0xCE6, "mlym": 0xD66, "orya": 0xB66,
    "tamldec": 0xBE6, "telu": 0xC66, "thai": 0xE50, "laoo": 0xED0, "tibt": 0xF20,
    "mymr": 0x1040, "khmr": 0x17E0, "olck": 0x1C50, "mtei": 0xABF0, "cakm": 0x11136,
}


@functools.lru_cache(maxsize=None)
def _locale(lang: str):
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


@remembered
def three_letter_codes() -> dict[str, str]:
    """ISO 639-2 and 639-3 codes -> the two-letter code CLDR uses ("hin" -> "hi", "vie" -> "vi")."""
    from babel.core import get_global

    return {k: v for k, v in get_global("language_aliases").items() if len(k) == 3 and len(v) == 2}


@remembered
def is_known(lang: str) -> bool:
    """True when CLDR has data for ``lang``."""
    return _locale(lang) is not None


@remembered
def likely_script(lang: str) -> str | None:
    """ISO 15924 code of the script ``lang`` is usually written in ("Deva" for hi)."""
    from babel.core import get_global

    loc = _locale(lang)
    if loc is None:
        return None
    if loc.script:
        return loc.script
    likely = get_global("likely_subtags").get(loc.language)
    parts = likely.split("_") if likely else []
    return next((p for p in parts[1:] if len(p) == 4), None)


@remembered
def number_format(lang: str) -> tuple[str, str, str]:
    """(decimal sign, group sign, "indian" or "western" grouping) for ``lang``."""
    loc = _locale(lang)
    if loc is None:
        return ".", ",", "western"
    symbols = loc.number_symbols.get("latn", {})
    pattern = loc.decimal_formats.get(None)
    grouping = "indian" if pattern is not None and pattern.grouping[0] != pattern.grouping[1] else "western"
    return symbols.get("decimal", "."), symbols.get("group", ","), grouping


@remembered
def native_digits(lang: str) -> str:
    """The ten digits of ``lang``'s own numbering system, or "" when it writes ASCII digits only.

    CLDR's default system, or where that is ASCII the one it calls native
    (Thai, Tamil, Hindi news write ASCII digits mostly, their own too).
    """
    loc = _locale(lang)
    system = getattr(loc, "default_numbering_system", "latn") if loc else "latn"
    if system == "latn" and loc is not None:
        system = loc.other_numbering_systems.get("native", "latn")
    zero = _ZERO.get(system)
    if zero is None or zero == 0x30:
        return ""
    return "".join(chr(zero + i) for i in range(10))


@remembered
def language_name(lang: str) -> str:
    loc = _locale(lang)
    return loc.get_display_name("en") if loc else lang


@remembered
def currency_names(lang: str) -> dict[str, tuple[str, ...]]:
    """ISO 4217 code -> the names CLDR gives that currency in ``lang`` (display and plural forms)."""
    loc = _locale(lang)
    if loc is None:
        return {}
    plural = loc._data.get("currency_names_plural", {})
    names: dict[str, tuple[str, ...]] = {}
    for code, name in loc.currencies.items():
        forms = [name] + [f for f in (plural.get(code) or {}).values() if f]
        names[code] = tuple(dict.fromkeys(forms))
    return names


@remembered
def territory_tenders() -> dict[str, tuple[str, ...]]:
    """Territory code -> the ISO 4217 codes of the currencies in legal tender there today."""
    from babel.core import get_global

    return {
        territory: tuple(code for code, _, until, tender in spans if until is None and tender)
        for territory, spans in get_global("territory_currencies").items()
    }


@remembered
def tender_currencies() -> frozenset[str]:
    """ISO 4217 codes of the currencies that are legal tender in some territory today."""
    return frozenset(code for codes in territory_tenders().values() for code in codes)


def pseudo_currency(code: str) -> bool:
    """Whether ``code`` is a code of ISO 4217 that no one pays with in any territory: a unit of
    account, a test or "unknown" code, a metal (the "X" codes no country uses: XXX, XDR, XAU)."""
    return code.startswith("X") and code not in tender_currencies()


@remembered
def country_currencies(lang: str) -> dict[str, str]:
    """A country's name in ``lang`` (CLDR's) -> the ISO code of a currency in legal tender there
    (the last CLDR lists, where there are several)."""
    loc = _locale(lang)
    if loc is None:
        return {}
    return {name: codes[-1] for territory, name in loc.territories.items() if (codes := territory_tenders().get(territory))}


@remembered
def letters(lang: str) -> frozenset[str]:
    """The letters ``lang`` writes, case-folded, read off CLDR's names of languages, countries,
    months and days in it: a fair sample of its alphabet ("ă" is Romanian, "đ" Croatian)."""
    loc = _locale(lang)
    if loc is None:
        return frozenset()
    texts = [*loc.languages.values(), *loc.territories.values()]
    for names in (loc.months, loc.days):
        texts += [name for widths in names.values() for width in widths.values() for name in width.values()]
    return frozenset(c for c in "".join(texts).casefold() if c.isalpha())


@remembered
def month_names(lang: str) -> dict[str, int]:
    """Every name CLDR gives a month in ``lang`` (wide and abbreviated, in running text and
    standing alone), case-folded, without a closing full stop -> the month's number."""
    from .translit import nasal_spellings

    loc = _locale(lang)
    if loc is None:
        return {}
    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in loc.months.get(context, {}).get(width, {}).items():
                name = name.casefold().rstrip(".")
                for spelled in nasal_spellings(name) if name else ():  # "नवम्बर" beside "नवंबर"
                    out.setdefault(spelled, number)
    return out


@remembered
def full_month_names(lang: str) -> dict[str, int]:
    """CLDR's full names of the months in ``lang``, as written (in running text and standing
    alone: "tháng 9", "Tháng 9", "September", "सितंबर") -> the month's number."""
    loc = _locale(lang)
    if loc is None:
        return {}
    return {name: number for context in ("format", "stand-alone") for number, name in loc.months.get(context, {}).get("wide", {}).items() if name}


@remembered
def weekday_names(lang: str) -> dict[str, int]:
    """CLDR's full names of the days of the week in ``lang``, as written ("Thứ Hai", "सोमवार")
    -> the day's number, Monday 0 to Sunday 6."""
    from .translit import nasal_spellings

    loc = _locale(lang)
    if loc is None:
        return {}
    return {
        spelled: number
        for context in ("format", "stand-alone")
        for number, name in loc.days.get(context, {}).get("wide", {}).items() if name
        for spelled in nasal_spellings(name)
    }


@remembered
def quarter_names(lang: str) -> tuple[str, dict[str, int], bool, dict[str, int]] | None:
    """How ``lang`` names the quarters of the year, read off CLDR's wide names ("तीसरी तिमाही",
    "Quý 3", "3rd quarter", "第三季度"): the word for a quarter, case-folded ("तिमाही"); each
    quarter's ordinal as written there, case-folded -> quarter 0 to 3 ("तीसरी" -> 2); whether the
    ordinal comes first; and the abbreviations that join a letter and a digit ("Q3", "ति3") ->
    quarter.  None where CLDR lacks the names or they share no word."""
    loc = _locale(lang)
    if loc is None:
        return None
    found: dict[str, tuple[str, bool]] = {}  # ordinal -> (word, whether the ordinal comes first)
    ordinals: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        names = loc.quarters.get(context, {})
        wide = [names.get("wide", {}).get(n, "").casefold() for n in range(1, 5)]
        split = _ordinal_and_word(wide)
        if split is None:
            continue
        for n, (ordinal, word, first) in enumerate(split):
            ordinals[ordinal] = n
            found[ordinal] = (word, first)
        for number, abbreviation in names.get("abbreviated", {}).items():
            if any(c.isalpha() for c in abbreviation) and any(c.isdigit() for c in abbreviation) and " " not in abbreviation:
                abbreviations[abbreviation] = number - 1
    shapes = set(found.values())
    if len(shapes) != 1:
        return None
    ((word, first),) = shapes
    return word, ordinals, first, abbreviations


def _ordinal_and_word(names: list[str]) -> list[tuple[str, str, bool]] | None:
    """(ordinal, the word all ``names`` share, whether the ordinal comes first) of each name:
    words apart where the names hold spaces ("3rd quarter"), else letters ("第三季度")."""
    if not all(names):
        return None
    if all(" " in name for name in names):
        shared = [w for w in names[0].split() if all(w in name.split() for name in names[1:])]
        out = []
        for name in names:
            words = name.split()
            rest = [w for w in words if w not in shared]
            if not shared or len(rest) != 1:
                return None
            out.append((rest[0], " ".join(shared), words.index(rest[0]) < words.index(shared[0])))
        return out
    suffix = os.path.commonprefix([name[::-1] for name in names])[::-1]
    prefix = os.path.commonprefix(names)
    if suffix and all(len(name) > len(suffix) for name in names):
        return [(name[:-len(suffix)], suffix, True) for name in names]
    if prefix and all(len(name) > len(prefix) for name in names):
        return [(name[len(prefix):], prefix, False) for name in names]
    return None


@remembered
def day_names(lang: str) -> frozenset[str]:
    """Every word of CLDR's names of the days of the week in ``lang`` (wide and abbreviated), case-folded."""
    loc = _locale(lang)
    if loc is None:
        return frozenset()
    return frozenset(
        word.rstrip(".")
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in loc.days.get(context, {}).get(width, {}).values()
        for word in name.casefold().split()
    )


@remembered
def day_comes_first(lang: str) -> bool | None:
    """Whether ``lang``'s short numeric dates put the day before the month (8/9 is 8 September);
    None when the places that write the language disagree (en_GB writes 8/9/2024, en_US 9/8/2024).

    Only the dates written with their year last count: the year-first ones ("2024-09-08") read
    the same everywhere.
    """
    import pickle

    from babel import localedata

    loc = _locale(lang)
    if loc is None:
        return True
    orders = set()
    for name in localedata.locale_identifiers():
        if name == loc.language or name.startswith(loc.language + "_"):
            # a locale's own data only: the others inherit their format from one that is read too.
            # Read from its file, not with load(merge_inherited=False), whose answer Babel would keep
            # for the locale's merged data too (it caches by name): "mr" would then lack the
            # symbols it inherits, and formatting a number in it would fail
            with open(localedata.resolve_locale_filename(name), "rb") as f:
                own = pickle.load(f)
            short = own.get("date_formats", {}).get("short")
            pattern = getattr(short, "pattern", "")
            if pattern and pattern.find("y") > max(pattern.find("d"), pattern.find("M")):
                orders.add(pattern.find("d") < pattern.find("M"))
    if len(orders) == 2:
        return None
    pattern = loc.date_formats["short"].pattern
    return orders.pop() if orders else pattern.find("d") < pattern.find("M")


@remembered
def currency_symbols(lang: str) -> dict[str, str]:
    """ISO 4217 code -> the symbol CLDR uses for it in ``lang``."""
    loc = _locale(lang)
    return dict(loc.currency_symbols) if loc else {}


def format_decimal(value, lang: str) -> str:
    """``value`` (a number, or a Decimal) written as ``lang`` writes numbers ("21,500", "1,20,000")."""
    return _formatted(str(value), lang)


@remembered
def _formatted(digits: str, lang: str) -> str:
    import decimal

    from babel.numbers import format_decimal as fmt

    # Babel rounds in the current decimal context, whose 28 digits a long run of digits exceeds
    number = decimal.Decimal(digits)
    with decimal.localcontext() as context:
        context.prec = max(context.prec, number.adjusted() + 12)
        return fmt(number, locale=lang.replace("-", "_"))


#: The measurement units news reports in (CLDR ids), each with what one of it is in its
#: quantity's base unit (metre, square metre, kilogram, cubic metre, metre per hour, watt,
#: kilowatt-hour, second) and the offset added after (kelvin for temperatures): how a figure is
#: converted to another unit of its quantity ("85 mph" is about "137 km/h").  The US "ton" is
#: left out: copy in any language writes "tons" for metric tonnes, and two ids for one word
#: would only disagree.
NEWS_UNITS: dict[str, tuple[float, float]] = {
    "length-kilometer": (1000, 0), "length-meter": (1, 0), "length-centimeter": (0.01, 0), "length-millimeter": (0.001, 0),
    "length-mile": (1609.344, 0), "length-foot": (0.3048, 0), "length-inch": (0.0254, 0), "length-yard": (0.9144, 0),
    "length-nautical-mile": (1852, 0),
    "area-hectare": (10_000, 0), "area-square-kilometer": (1_000_000, 0), "area-square-meter": (1, 0),
    "area-acre": (4046.8564224, 0), "area-square-mile": (2_589_988.110336, 0), "area-square-foot": (0.09290304, 0),
    "mass-tonne": (1000, 0), "mass-kilogram": (1, 0), "mass-gram": (0.001, 0), "mass-pound": (0.45359237, 0), "mass-ounce": (0.028349523125, 0),
    "volume-liter": (0.001, 0), "volume-milliliter": (0.000001, 0), "volume-cubic-meter": (1, 0),
    "volume-gallon": (0.003785411784, 0), "volume-barrel": (0.158987294928, 0),
    "temperature-celsius": (1, 273.15), "temperature-fahrenheit": (5 / 9, 273.15 - 32 * 5 / 9),
    "speed-kilometer-per-hour": (1000, 0), "speed-mile-per-hour": (1609.344, 0),
    "power-kilowatt": (1000, 0), "power-megawatt": (1_000_000, 0), "power-gigawatt": (1_000_000_000, 0),
    "energy-kilowatt-hour": (1, 0),
    "concentr-percent": (1, 0),
    # durations, in seconds (a month and a year on their Gregorian average): "2 ngày" is "48 hours"
    "duration-second": (1, 0), "duration-minute": (60, 0), "duration-hour": (3600, 0), "duration-day": (86_400, 0),
    "duration-week": (604_800, 0), "duration-month": (2_629_746, 0), "duration-year": (31_556_952, 0),
    "duration-decade": (315_569_520, 0), "duration-century": (3_155_695_200, 0),
}

#: Degrees of temperature on no stated scale ("80 độ", "27 градусов"): Fahrenheit in a story from
#: the United States, Celsius elsewhere, so either, when converted.
GENERIC_DEGREES = "temperature-generic"

#: Unit symbols news writes in Latin letters whatever its language ("18°C", "2.5 km" in Hindi
#: copy), case-folded; CLDR gives them only where a language's own short forms are these.
UNIT_SYMBOLS = {
    "km": "length-kilometer", "cm": "length-centimeter", "mm": "length-millimeter", "kg": "mass-kilogram",
    "ha": "area-hectare", "m2": "area-square-meter", "m²": "area-square-meter", "km2": "area-square-kilometer",
    "km²": "area-square-kilometer", "m3": "volume-cubic-meter", "m³": "volume-cubic-meter",
    "km/h": "speed-kilometer-per-hour", "mph": "speed-mile-per-hour", "°c": "temperature-celsius",
    "°f": "temperature-fahrenheit",
}

#: Abbreviations CLDR gives that are ordinary words too ("2 in 10 people" is no length in inches).
_AMBIGUOUS_UNIT_FORMS = frozenset({"in", "po", "pi"})
#: A number at either end of a formatted unit ("15 km", "15\u202fkm", "km 15").
_NUMBER_AT_EDGE = re.compile(r"^[\d\s]+|[\d\s]+$")


@remembered
def unit_forms(lang: str) -> dict[str, str]:
    """How ``lang`` writes the units of :data:`NEWS_UNITS` (and :data:`GENERIC_DEGREES`) after a number, case-folded -> CLDR id.

    Long and short forms, singular and plural, read off CLDR's patterns.
    A form two units share, one without a letter ("°", "′"), a single
    letter of an alphabet ("m", "م", "м": abbreviations of other things too),
    or an abbreviation that is also a word is left out; a single Han
    character is a word ("米", "克").
    """
    claims: dict[str, set[str]] = {}
    for unit in (*NEWS_UNITS, GENERIC_DEGREES):
        # short forms of durations are single letters with a full stop ("m.", "s.", "j"), which
        # a sentence ending in a figure of metres or seconds also has
        for form in unit_words(lang, unit, ("long",) if unit.startswith("duration-") else ("long", "short")):
            claims.setdefault(form, set()).add(unit)
    return {
        form: units.pop()
        for form, units in claims.items()
        if len(units) == 1 and any(c.isalpha() for c in form)
        and (len(form) > 1 or "\u4e00" <= form <= "\u9fff") and form not in _AMBIGUOUS_UNIT_FORMS
    }


@remembered
def per_words(lang: str) -> tuple[str, ...]:
    """What ``lang`` writes between a quantity and the unit it is counted per, in CLDR's compound
    unit patterns ("प्रति" of "{0} प्रति {1}", "per"), and the slash every language writes
    ("8.500 đồng/kg"); longest first."""
    loc = _locale(lang)
    words = {"/"}
    if loc is not None:
        for length in loc._data.get("compound_unit_patterns", {}).get("per", {}).values():
            between = length.get("compound", "").replace("{0}", " ").replace("{1}", " ").strip()
            if between:
                words.add(between.casefold())
    return tuple(sorted(words, key=len, reverse=True))


@remembered
def unit_words(lang: str, unit: str, lengths: tuple[str, ...] = ("long", "short")) -> frozenset[str]:
    """Every way ``lang`` writes ``unit`` after a number in CLDR's forms of ``lengths``, singular and
    plural, case-folded ("minute", "minutes", "min"); none where CLDR lacks the unit or the language."""
    from babel.units import format_unit, get_unit_name

    locale = lang.replace("-", "_")
    words = set()
    for length in lengths:
        try:
            texts = [format_unit(n, unit, locale=locale, length=length) for n in (1, 2, 5, 15)]
            texts.append(get_unit_name(unit, length=length, locale=locale) or "")
        except Exception:  # babel raises several unrelated types for units a locale lacks
            continue
        for text in texts:
            form = " ".join(_NUMBER_AT_EDGE.sub("", text).split()).casefold()
            if form and not any(c.isdigit() for c in form):
                words.add(form)
    return frozenset(words)


@remembered
def hour_duration(lang: str) -> str | None:
    """A pattern for ``lang``'s words for hours as a duration, when its clock says the hour with
    another word: German "Uhr" (of "15 Uhr") against "Stunden", Chinese "时" against "小时", Korean
    "시" against "시간", Thai "น." against "ชั่วโมง".  None where CLDR's clock writes no word
    (French "15 h", Spanish "las 15 horas" and Russian "15 часов" are times of day as well as
    durations)."""
    loc = _locale(lang)
    if loc is None:
        return None
    # the words of the clock's patterns for an hour, or an hour and minutes (Thai "HH:mm น.")
    written = {re.sub(r"[Hm'\s:]", "", str(p.pattern)).casefold() for k in ("H", "Hm") if (p := loc.datetime_skeletons.get(k)) is not None}
    clock = {w for w in written if any(c.isalpha() for c in w)}
    if not clock:
        return None

    def said_by_clock(word: str) -> bool:
        # the clock's own word, or the word its abbreviation stands for (Bulgarian "ч." of "часа",
        # Mongolian "ц" of "цаг": "в 15 часа" is a time of day); a Han or Hangul letter is a word
        return any(
            word == c or (c.endswith(".") or len(c) == 1 and not _IDEOGRAPHIC.match(c)) and word.startswith(c.rstrip("."))
            for c in clock
        )

    # an abbreviation of one or two letters ("h", "st.") may be anything
    words = sorted(
        (w for w in unit_words(lang, "duration-hour") if not said_by_clock(w) and (sum(c.isalpha() for c in w) >= 3 or _IDEOGRAPHIC.match(w))),
        key=len, reverse=True,
    )
    return "(?:" + "|".join(map(re.escape, words)) + ")" if words else None


#: A letter that is a word: Han, Hangul, kana (compiled on first use: a wide class costs milliseconds).
_IDEOGRAPHIC = LazyPattern("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@remembered
def scale_word_first(lang: str) -> bool:
    """Whether ``lang`` writes its scale words before the count, as CLDR's long compact pattern for
    millions does ("milioni 0" in Swahili, "Miliyan 0" in Hausa)."""
    loc = _locale(lang)
    if loc is None:
        return False
    for forms in (loc.compact_decimal_formats.get("long") or {}).values():
        pattern = forms.get("1000000")
        text = getattr(pattern, "pattern", pattern)
        if isinstance(text, str) and "0" in text:
            before = text.partition(";")[0].partition("0")[0]
            return any(c.isalpha() for c in before)
    return False


@remembered
def scale_words(lang: str) -> dict[str, int]:
    """Scale words and their powers of ten from CLDR's compact-number patterns ("0 million" -> 6, "0億" -> 8)."""
    loc = _locale(lang)
    if loc is None:
        return {}
    out: dict[str, int] = {}
    # the long forms are words ("0 million"); where CLDR has only short ones, those are
    # the words too in the languages concerned ("0万", "0億", "0억").  Short forms that are
    # abbreviations of two letters or more come after them ("млн", "Mio.", "mln"): news
    # writes them, while single letters ("5M", "5B") name flats and grades as often.
    styles = loc.compact_decimal_formats
    long_forms = styles.get("long") or styles.get("short") or {}
    for style, wanted in ((long_forms, lambda word: True), (styles.get("short") or {}, _abbreviation)):
        for forms in style.values():
            for magnitude, pattern in forms.items():
                text = getattr(pattern, "pattern", pattern)
                if not isinstance(text, str) or not magnitude.isdigit():
                    continue
                text = text.partition(";")[0]  # the positive pattern only ("milioni 0;milioni -0")
                zeros = text.count("0")
                word = " ".join(text.replace("0", "").replace("'", "").split())
                # (a single Latin letter, "K" or "G", is CLDR's fallback for a language it has no words for)
                if zeros and word and not any(c.isdigit() for c in word) and wanted(word) and not (len(word) == 1 and word.isascii()):
                    out.setdefault(word, len(magnitude) - zeros)
    return out


def _abbreviation(word: str) -> bool:
    """A short scale form every part of which has two letters or more ("млн", "Mio.", not "M" or "mil M")."""
    return all(sum(c.isalpha() for c in part) >= 2 for part in word.split())
