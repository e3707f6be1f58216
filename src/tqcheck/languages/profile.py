"""Language profiles: the facts rules ask about a language.

Shipped profiles (``profiles/*.toml``) hold full data for the project's core
languages.  Any other language CLDR knows gets a profile derived from CLDR
(script, digits, number format) with neutral defaults for the rest.
"""
from __future__ import annotations

import functools
import os
import unicodedata
from typing import Mapping

from .. import _toml as toml

#: Full stop by script, for languages without a shipped profile.
_SCRIPT_FULL_STOP = {"Deva": "।", "Beng": "।", "Guru": "।", "Orya": "।", "Hans": "。", "Hant": "。", "Jpan": "。"}
#: Sentence terminals Unicode lists that work as commas in running text (Myanmar little section).
_NOT_SENTENCE_END = frozenset("\u104a")
#: Sentence-final marks of a script that Unicode assigns to no script (full-width forms).
_SCRIPT_SENTENCE_MARKS = {"Hans": ("！", "？"), "Hant": ("！", "？"), "Jpan": ("！", "？")}
#: Languages whose typography puts a space inside these quotation marks (CLDR does not record it).
_SPACED_QUOTES = {"fr": "«»"}
#: Punctuation that typography sets apart from the word before it with a space (French "Qui ? Personne !").
_SPACED_MARKS = {"fr": ";:?!"}
#: Local calendars news gives years in: Buddhist Era (Thai, Lao), Solar Hijri (Persian; the year turns in March).
_YEAR_OFFSETS = {"th": (543,), "lo": (543,), "fa": (-621, -622)}
#: Scripts written without spaces between words: a Latin word glued to them, a word glued to a
#: comma, a scale word run into the noun it counts ("ล้านบาท") are all normal.
UNSPACED_SCRIPTS = frozenset({"Thai", "Laoo", "Khmr", "Mymr", "Hani", "Hira", "Kana", "Tibt"})
#: CLDR writing systems that combine several Unicode scripts.
_SCRIPT_PARTS = {"Hans": ("Hani",), "Hant": ("Hani",), "Jpan": ("Hani", "Hira", "Kana"), "Kore": ("Hang", "Hani")}


class UnknownLanguage(ValueError):
    """A language code that neither a shipped profile nor CLDR knows."""


class Profile:
    """The facts of one language that the rules read; built by :func:`load_profile`, never changed.

    Each fact is declared below with its default (the class attribute, shared and read-only);
    a profile holds only the facts its language sets.
    """

    code: str
    name: str
    scripts: tuple[str, ...]
    native_digits: str = ""
    decimal: str = "."
    group: str = ","
    grouping: str = "western"
    full_stop: str = "."
    sentence_end: tuple[str, ...] = (".", "?", "!")
    #: Words abbreviated with a full stop that ends no sentence ("TP." for thành phố, "Mrs.", "डॉ.").
    abbreviations: tuple[str, ...] = ()
    tolerated_scripts: tuple[str, ...] = ()
    distinctive_letters: str = ""
    markers: tuple[str, ...] = ()
    #: Word endings only this language writes (Nepali plural "-हरू"), counted like marker words.
    marker_endings: tuple[str, ...] = ()
    scale: Mapping[str, int] = {}
    #: Scales abbreviated after an amount in money, where a currency sign or code comes first
    #: ("$5m": 5 million; "5m" alone is metres).
    money_scale: Mapping[str, int] = {}
    #: Those of ``money_scale`` that mean their scale after any figure ("50k people"), case-folded.
    bare_scale: frozenset[str] = frozenset()
    boilerplate: Mapping[str, tuple[str, ...]] = {}
    placeholder_words: tuple[str, ...] = ()
    space_before_stop: str = "wrong"
    #: "common" where the language's copy often spaces quotation marks and brackets from their words (reported at info).
    quote_spacing: str = "wrong"
    #: Quotation marks the language's typography spaces from the words they enclose (« French »).
    spaced_quotes: str = ""
    #: Punctuation the language's typography spaces from the word before it (French ";:?!").
    spaced_marks: str = ""
    #: Case endings the language writes straight onto a word: one in Latin letters ("Trulyसाठी" in
    #: Marathi), a name ("हुङले" in Nepali), a currency word ("डोङको"), a month ("अगस्टमा").
    case_endings: frozenset[str] = frozenset()
    #: Years of the local calendar that news uses, as offsets from the Gregorian year (Thai 2561 = 2018 + 543).
    year_offsets: tuple[int, ...] = ()
    #: Whether scale words stand before the count ("milioni 1.2" in Swahili), as CLDR writes them.
    scale_first: bool = False
    #: Number words, cardinal and ordinal, and their values.
    number_words: Mapping[str, float] = {}
    #: The ordinal number words ("third" = 3), which are also among ``number_words``.
    ordinals: Mapping[str, float] = {}
    #: Number words that are also everyday words (Vietnamese "năm", five and year): they count only
    #: inside a number of several words ("năm mươi", fifty) or right before a scale word ("năm tỷ").
    compound_number_words: frozenset[str] = frozenset()
    #: Nouns a count stands before ("năm trận", five matches; "năm tuần", five weeks): after a
    #: ``compound_number_words`` word, they make it a count ("năm 2024", "đầu năm" are years).
    count_nouns: frozenset[str] = frozenset()
    #: Number words that are also everyday words of their own (Nepali "छ", six and "is"; Bengali
    #: "নয়", nine and "is not"), case-folded: they explain a figure of the other text, but no rule
    #: takes them for a count that the other text lacks.
    number_homographs: frozenset[str] = frozenset()
    #: Words of several syllables that begin with a scale word and are none (Vietnamese "tỷ lệ",
    #: rate; "triệu chứng", symptom), where a language spaces its syllables.
    scale_compounds: tuple[str, ...] = ()
    #: Endings a scale word takes in a language that writes case endings onto words, besides those
    #: (Marathi "लाखांहून", more than ... lakh; Bengali "কোটিরও"): the figure keeps its scale.
    scale_endings: tuple[str, ...] = ()
    #: Words that change the count in words after them (Hindi "साढ़े", half again): "साढ़े तीन करोड़"
    #: is 3.5 crore, so "तीन करोड़" there is not the amount.
    count_modifiers: frozenset[str] = frozenset()
    #: Words that add to the count in words after them, and what: Hindi "साढ़े" (half again), 0.5.
    count_offsets: Mapping[str, float] = {}
    range_words: tuple[str, ...] = ("-", "–")
    ordinal_cues: tuple[str, ...] = ()
    #: Words for a quarter of the year besides CLDR's ("क्वार्टर" beside "तिमाही").
    quarter_words: tuple[str, ...] = ()
    #: Spellings of the months besides CLDR's ("अक्तूबर" beside "अक्टूबर", "tháng Sáu" beside
    #: "tháng 6"), as written -> number: a word written with a capital must have one in the text.
    month_spellings: Mapping[str, int] = {}
    #: Names of months that are also everyday words (Nepali "जुन", June and "which"), case-folded:
    #: read as a month only beside a figure ("१५ जुन", "जुन २०२४").
    month_homographs: frozenset[str] = frozenset()
    currencies: Mapping[str, str] = {}
    units: Mapping[str, str] = {}
    time: Mapping[str, str | list[str]] = {}
    #: Words that say a figure rose ("tăng", "वृद्धि", "rose") or fell ("giảm", "गिरावट", "fell"), by
    #: itself and not by comparing it with another ("अधिक", "more").
    rise_words: tuple[str, ...] = ()
    fall_words: tuple[str, ...] = ()
    #: Words that join two others and each say "and" ("और", "एवं", "तथा"): one phrase written with two
    #: of them is one term written two ways.
    conjunctions: frozenset[str] = frozenset()
    #: Sets of words that name the same thing after the same word ("अनुकरण ब्लॉक", "अनुकरण समूह").
    synonyms: tuple[tuple[str, ...], ...] = ()
    #: Abbreviations of the language's own institutions and terms, which a translation spells out
    #: ("UBND", Ủy ban nhân dân, People's Committee) -> what they stand for.
    institution_abbreviations: Mapping[str, str] = {}
    #: Words grammar never says twice in a row ("के", "the"), case-folded: doubled, they are a slip.
    never_doubled: frozenset[str] = frozenset()
    name_titles: tuple[str, ...] = ()
    #: Whether this language's news leaves a foreign person's name in Latin letters ("common", the
    #: default) or writes it in its own script ("wrong": "कप्तान Rohit Sharma" is a fault).
    latin_names: str = "common"
    name_stopwords: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    #: The endings an adjective changes into with the gender and number of its noun, by the ending
    #: its dictionary form has (Hindi "नीला" -> "नीली", "नीले"): a word read in any of its forms.
    adjective_endings: Mapping[str, tuple[str, ...]] = {}
    shipped: bool = False

    def __init__(self, code: str, name: str, scripts: tuple[str, ...], **facts) -> None:
        unknown = facts.keys() - Profile.__annotations__.keys()
        if unknown:
            raise TypeError(f"unknown profile facts: {', '.join(sorted(unknown))}")
        self.code, self.name, self.scripts = code, name, scripts
        self.__dict__.update(facts)

    def __repr__(self) -> str:
        return f"Profile({self.code!r})"

    def adjective_forms(self, word: str) -> tuple[str, ...]:
        """``word`` and, when it has an adjective's ending, the forms it takes with the others."""
        for ending, others in self.adjective_endings.items():
            if word.endswith(ending) and len(word) > len(ending):
                return (word, *(word[: -len(ending)] + other for other in others))
        return (word,)

    @functools.cached_property
    def case_endings_longest_first(self) -> tuple[str, ...]:
        return tuple(sorted(self.case_endings, key=len, reverse=True))

    @functools.cached_property
    def function_words(self) -> frozenset[str]:
        """Words that belong to no name, term or currency: the name stopwords and the marker words."""
        return self.name_stopwords | frozenset(self.markers)

    @functools.cached_property
    def folded_function_words(self) -> frozenset[str]:
        """:attr:`function_words`, case-folded."""
        return frozenset(w.casefold() for w in self.function_words)

    def without_case_ending(self, word: str) -> str:
        """``word`` without the case ending written onto it ("हुङले" -> "हुङ", "डोङको" -> "डोङ"),
        when what is left has two code points at least."""
        for ending in self.case_endings_longest_first:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                return word[: -len(ending)]
        return word

    @functools.cached_property
    def month_names(self) -> dict[str, int]:
        """Every name of a month the language writes, case-folded -> its number: CLDR's (see
        :func:`cldr.month_names`) and the profile's other spellings."""
        from . import cldr

        return {**cldr.month_names(self.code), **{name.casefold(): month for name, month in self.month_spellings.items()}}

    @functools.cached_property  # asked several times a segment: stored on first use
    def unspaced(self) -> bool:
        """Whether the language writes its words without spaces between them (Thai, Chinese...): its
        main script does (Korean spaces its words of Hangul, and writes some in Han)."""
        return bool(self.scripts) and self.scripts[0] in UNSPACED_SCRIPTS


def normalise_code(lang: str) -> str:
    """"hi-IN", "hi_IN", "HI" and the three-letter "hin" (as NTREX and other corpora name their
    files) all name the profile "hi"."""
    code = lang.strip().replace("_", "-").split("-")[0].lower()
    if len(code) != 3:
        return code
    from . import cldr

    return cldr.three_letter_codes().get(code, code)


PROFILES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "profiles")
#: The language facts beyond the shipped profiles (``data/*.toml``).
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def shipped_languages() -> list[str]:
    return sorted(name[:-5] for name in os.listdir(PROFILES) if name.endswith(".toml"))


def _nfc_tuple(values) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", v) for v in values)


def _nfc_keys(table: Mapping[str, object]) -> dict:
    return {unicodedata.normalize("NFC", k): v for k, v in table.items()}


@functools.lru_cache(maxsize=None)
def load_profile(lang: str) -> Profile:
    """The profile for ``lang`` (any CLDR language); raises :class:`UnknownLanguage`."""
    code = normalise_code(lang)
    path = os.path.join(PROFILES, f"{code}.toml")
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as f:
            data = toml.loads(f.read())
        return Profile(
            code=code,
            name=data.get("name", code),
            scripts=tuple(data["scripts"]),
            native_digits=data.get("native_digits", ""),
            decimal=data.get("decimal", "."),
            group=data.get("group", ","),
            grouping=data.get("grouping", "western"),
            full_stop=data.get("full_stop", "."),
            sentence_end=tuple(data.get("sentence_end", (".", "?", "!"))),
            abbreviations=_nfc_tuple(data.get("abbreviations", ())),
            tolerated_scripts=tuple(data.get("tolerated_scripts", ())),
            distinctive_letters=unicodedata.normalize("NFC", data.get("distinctive_letters", "")),
            markers=_nfc_tuple(data.get("markers", ())),
            marker_endings=_nfc_tuple(data.get("marker_endings", ())),
            scale=_nfc_keys(data.get("scale", {})),
            money_scale={k.casefold(): v for k, v in data.get("money_scale", {}).items()},
            bare_scale=frozenset(k.casefold() for k in data.get("bare_scale", ())),
            boilerplate={k: _nfc_tuple(v) for k, v in data.get("boilerplate", {}).items()},
            placeholder_words=_nfc_tuple(data.get("placeholders", {}).get("words", ())),
            space_before_stop=data.get("space_before_stop", "wrong"),
            quote_spacing=data.get("quote_spacing", "wrong"),
            spaced_quotes=data.get("spaced_quotes", ""),
            spaced_marks=data.get("spaced_marks", ""),
            year_offsets=tuple(data.get("year_offsets", ())),
            case_endings=frozenset(_nfc_tuple(data.get("case_endings", ()))),
            number_words=_nfc_keys({**data.get("number_words", {}), **data.get("ordinals", {})}),
            ordinals=_nfc_keys(data.get("ordinals", {})),
            compound_number_words=frozenset(_nfc_tuple(data.get("compound_number_words", ()))),
            count_nouns=frozenset(w.casefold() for w in _nfc_tuple(data.get("count_nouns", ()))),
            number_homographs=frozenset(w.casefold() for w in _nfc_tuple(data.get("number_homographs", ()))),
            scale_compounds=_nfc_tuple(data.get("scale_compounds", ())),
            scale_endings=_nfc_tuple(data.get("scale_endings", ())),
            count_modifiers=frozenset(w.casefold() for w in _nfc_tuple(data.get("count_modifiers", ()))),
            count_offsets={k.casefold(): float(v) for k, v in _nfc_keys(data.get("count_offsets", {})).items()},
            range_words=_nfc_tuple(data.get("range", ("-", "–"))),
            ordinal_cues=_nfc_tuple(data.get("ordinal_cues", ())),
            quarter_words=_nfc_tuple(data.get("quarter_words", ())),
            month_spellings=_nfc_keys(data.get("calendar", {}).get("months", {})),
            month_homographs=frozenset(w.casefold() for w in _nfc_tuple(data.get("calendar", {}).get("homographs", ()))),
            currencies=_nfc_keys(data.get("currencies", {})),
            units=_nfc_keys(data.get("units", {})),
            time=dict(data.get("time", {})),
            rise_words=_nfc_tuple(data.get("change", {}).get("rise", ())),
            fall_words=_nfc_tuple(data.get("change", {}).get("fall", ())),
            conjunctions=frozenset(w.casefold() for w in _nfc_tuple(data.get("terminology", {}).get("conjunctions", ()))),
            synonyms=tuple(tuple(w.casefold() for w in _nfc_tuple(group)) for group in data.get("terminology", {}).get("synonyms", ())),
            institution_abbreviations=_nfc_keys(data.get("institutions", {}).get("abbreviations", {})),
            never_doubled=frozenset(w.casefold() for w in _nfc_tuple(data.get("fidelity", {}).get("never_doubled", ()))),
            name_titles=_nfc_tuple(data.get("names", {}).get("titles", ())),
            latin_names=data.get("names", {}).get("latin", "common"),
            name_stopwords=frozenset(_nfc_tuple(data.get("names", {}).get("stopwords", ()))),
            place_words=frozenset(_nfc_tuple(data.get("names", {}).get("place_words", ()))),
            adjective_endings={unicodedata.normalize("NFC", k): _nfc_tuple(v) for k, v in data.get("grammar", {}).get("adjective_endings", {}).items()},
            shipped=True,
        )
    return _derived_profile(code)


def _derived_profile(code: str) -> Profile:
    from . import cldr

    if not cldr.is_known(code):
        raise UnknownLanguage(f"unknown language {code!r}: no profile and no CLDR data")
    script = cldr.likely_script(code) or "Latn"
    decimal, group, grouping = cldr.number_format(code)
    full_stop = _SCRIPT_FULL_STOP.get(script, ".")
    return Profile(
        code=code,
        name=cldr.language_name(code),
        scripts=_SCRIPT_PARTS.get(script, (script,)),
        native_digits=cldr.native_digits(code),
        decimal=decimal,
        group=group,
        grouping=grouping,
        full_stop=full_stop,
        sentence_end=tuple(dict.fromkeys((full_stop, ".", "?", "!", *_SCRIPT_SENTENCE_MARKS.get(script, ()), *_sentence_terminals(script)))),
        scale={**cldr.scale_words(code), **_nfc_keys(scale_supplements().get(code, {}))},
        currencies=_nfc_keys(currency_supplements().get(code, {})),
        spaced_quotes=_SPACED_QUOTES.get(code, ""),
        spaced_marks=_SPACED_MARKS.get(code, ""),
        year_offsets=_YEAR_OFFSETS.get(code, ()),
        scale_first=cldr.scale_word_first(code),
        boilerplate=site_phrases().get(code, {}),
        placeholder_words=site_phrases().get(code, {}).get("placeholders", ()),
        time={"hour_duration": duration} if (duration := cldr.hour_duration(code)) else {},
        # Latin brand names and acronyms are everyday news in every script.
        tolerated_scripts=("Latn",) if script != "Latn" else (),
    )


@functools.lru_cache(maxsize=None)
def _sentence_terminals(script: str) -> tuple[str, ...]:
    """Unicode's sentence terminals used with ``script`` ("؟" and "۔" for Arabic, "።" for Ethiopic)."""
    import regex

    codes = _SCRIPT_PARTS.get(script, (script,))
    try:
        own = regex.compile("|".join(rf"\p{{scx={code}}}" for code in codes))
    except regex.error:  # a CLDR script code Unicode's tables do not know
        return ()
    return tuple(c for c in _all_sentence_terminals() if own.match(c))


@functools.lru_cache(maxsize=1)
def _all_sentence_terminals() -> tuple[str, ...]:
    import regex

    # all of them lie below U+20000 (Unicode 15: the last is U+1DA88)
    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x20000)))
    return tuple(c for c in regex.findall(r"\p{Sentence_Terminal}", every) if c not in _NOT_SENTENCE_END)


@functools.lru_cache(maxsize=1)
def site_phrases() -> dict[str, dict[str, tuple[str, ...]]]:
    """News-site furniture of languages without a shipped profile (``data/boilerplate.toml``): language -> kind -> phrases."""
    with open(os.path.join(DATA, "boilerplate.toml"), "rb") as f:
        data = toml.load(f)
    return {lang: {kind: _nfc_tuple(phrases) for kind, phrases in kinds.items()} for lang, kinds in data.items()}


@functools.lru_cache(maxsize=1)
def scale_supplements() -> dict[str, dict[str, int]]:
    """Scale words CLDR lacks for languages without a shipped profile (``data/scales.toml``):
    language -> word -> power of ten."""
    with open(os.path.join(DATA, "scales.toml"), "rb") as f:
        return toml.load(f)


@functools.lru_cache(maxsize=1)
def currency_supplements() -> dict[str, dict[str, str]]:
    """Everyday currency names CLDR spells otherwise, for languages without a shipped profile
    (``data/currencies.toml``): language -> name -> ISO code."""
    with open(os.path.join(DATA, "currencies.toml"), "rb") as f:
        return toml.load(f)


@functools.lru_cache(maxsize=1)
def date_links() -> dict[str, list[str]]:
    """The words that join a day to its month's name in any language (``data/dates.toml``):
    ``links``, followed by a space, and ``elided`` ones, written onto the month."""
    with open(os.path.join(DATA, "dates.toml"), "rb") as f:
        return toml.load(f)


@functools.lru_cache(maxsize=1)
def length_factors() -> dict[str, float]:
    """Letters, marks and digits each language writes for one English writes in the same news
    text (``data/lengths.toml``): language -> factor."""
    with open(os.path.join(DATA, "lengths.toml"), "rb") as f:
        return {lang: float(factor) for lang, factor in toml.load(f).items()}


@functools.lru_cache(maxsize=1)
def all_shipped_profiles() -> tuple[Profile, ...]:
    return tuple(load_profile(code) for code in shipped_languages())
