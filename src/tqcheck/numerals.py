"""Numbers in running text: digits of any script, locale separators, scale words.

``mentions(text, profile)`` finds every figure and reads its value the way
a reader of that language would: "14.000 tỷ" in Vietnamese is 14,000 × 10⁹,
"1,05,000" in Hindi is 105,000, "२.५ करोड़" is 25,000,000.
"""
from __future__ import annotations

import functools
import math
import unicodedata
from typing import NamedTuple

import regex

from .languages import Profile, load_profile
from .text import LazyPattern

ANY_DIGIT_RE = LazyPattern(r"\p{Nd}")
# No look-behind: a match can only follow a non-digit; one after "." or "," (".5") is dropped by hand.
# Arabic-script text writes the decimal sign "٫" and groups thousands with "٬" or the Arabic comma
# "،" ("4،700"); the comma is a group sign only before exactly three digits ("3،4" is a list).
NUMBER_RE = LazyPattern(r"\p{Nd}+(?:(?:[.,٫]|[٬،](?=\p{Nd}{3}(?!\p{Nd})))\p{Nd}+)*")
ARABIC_SEPARATORS = "٫٬،"
#: The spaces that group digits where CLDR's group sign is one ("16 700", "16\u00a0700",
#: "16\u202f700"): writers of those languages type any of them.
GROUP_SPACES = " \u00a0\u202f\u2009"
#: A figure in a language that groups digits with a space: groups of exactly three after a
#: first group of one to three digits ("2018 500" is a year and a count, not one number).
#: Nor is a run of space-separated digit groups after another ("0800 555 111"): a telephone number.
SPACE_GROUPED_NUMBER_RE = LazyPattern(
    rf"(?<!\p{{Nd}}[{GROUP_SPACES}])\p{{Nd}}{{1,3}}(?:[{GROUP_SPACES}]\p{{Nd}}{{3}}(?!\p{{Nd}}))+(?![{GROUP_SPACES}]\p{{Nd}})(?:[.,٫]\p{{Nd}}+)*"
    rf"|{NUMBER_RE.pattern}"
)
SPACE_RE = LazyPattern(f"[{GROUP_SPACES}]")
#: A date written with full stops ("12.03.2024"): no number is grouped in twos, so it is three figures.
DOTTED_DATE_RE = LazyPattern(r"(\p{Nd}{1,2})\.(\p{Nd}{1,2})\.(\p{Nd}{4})")
WESTERN_GROUPS = LazyPattern(r"\d{1,3}(?:G\d{3})+")
INDIAN_GROUPS = LazyPattern(r"\d{1,2}(?:G\d{2})*G\d{3}")


class Mention(NamedTuple):
    """A figure in a text: where it is, what it says, and how it is written.

    A named tuple rather than a dataclass: texts hold many figures and
    tuples are built several times faster.
    """

    start: int  # of the digits
    end: int  # of the digits and any scale words
    digits_end: int
    number: float  # the digits' value, before scale words
    exponent: int  # power of ten contributed by scale words
    text: str
    native: bool  # written with the language's own digits
    mixed_digits: bool  # ASCII and native digits in one number
    valid_format: bool  # separators follow the language's convention
    grouping: str | None  # "indian", "western" or None (no grouping separators)
    alternative: float | None = None  # the digits read with the other convention ("10,000" in Vietnamese)

    @property
    def value(self) -> float:
        return self.number * 10 ** self.exponent

    @property
    def values(self) -> tuple[float, ...]:
        """Every value a reader might take this figure for."""
        if self.alternative is None:
            return (self.value,)
        return (self.value, self.alternative * 10 ** self.exponent)


def to_ascii_digits(token: str) -> str:
    """ASCII digits for the digits of any script; a digit Python's Unicode tables do not know stays as it is."""
    if token.isascii():
        return token
    return "".join(str(unicodedata.digit(c, c)) if not c.isascii() else c for c in token)


def read_number(token: str, decimal: str, group: str) -> tuple[float, bool, str | None]:
    """(value, follows the convention, grouping) of a digit string with separators.

    A string that breaks the convention is read with the separators swapped
    when that makes sense ("2,5" in Hindi is read as 2.5, flagged invalid).
    """
    readings = _readings(token, decimal, group)
    return readings[0]


def _readings(token: str, decimal: str, group: str) -> list[tuple[float, bool, str | None]]:
    """Every sensible reading of ``token``, the language's own convention first."""
    if token.isdigit():
        return [(float(token), True, None)]
    out = []
    for dec, grp, valid in ((decimal, group, True), (group, decimal, False)):
        shape = token.replace(grp, "G").replace(dec, "D")
        if not shape.replace("G", "").replace("D", "").isdigit():
            continue  # a separator this convention does not use (group sign is a space here)
        if shape.count("D") > 1 or ("D" in shape and "G" in shape[shape.index("D"):]):
            continue
        int_part, _, frac = shape.partition("D")
        grouping = None
        if "G" in int_part:
            if WESTERN_GROUPS.fullmatch(int_part):
                grouping = "western"
            elif INDIAN_GROUPS.fullmatch(int_part):
                grouping = "indian"
            else:
                continue
        digits = int_part.replace("G", "")
        out.append((float(f"{digits}.{frac}" if frac else digits), valid, grouping))
    return out or [(float("".join(filter(str.isdigit, token))), False, None)]


#: Scale words that may run straight into the next word: Han numerals (万, 億, 亿), which
#: never begin another word after a figure.
UNSPACED_RE = LazyPattern(r"\p{Han}")
#: In a language written without spaces, a scale word of a million or more runs into the noun
#: it counts ("19 ล้านรายการ", "35 ล้านดอลลาร์").  A smaller one must end its word like any
#: other: Thai "พัน" (thousand) begins "พันโท" (lieutenant colonel) and "พันธมิตร" (ally).
RUN_ON_EXPONENT = 6


@functools.lru_cache(maxsize=None)
def scale_after_re(lang: str) -> regex.Pattern | None:
    """``lang``'s scale words, one or more, at the position matched from (after spaces): "tỷ" of "5 tỷ"."""
    profile = load_profile(lang)
    words = sorted(profile.scale, key=len, reverse=True)
    if not words:
        return None

    def runs_on(word: str) -> bool:
        return bool(UNSPACED_RE.match(word[-1])) or (profile.unspaced and profile.scale[word] >= RUN_ON_EXPONENT)

    endings = _scale_endings(profile)
    ending = f"(?:{'|'.join(map(regex.escape, endings))})?" if endings else ""

    def spaced_word(word: str) -> str:
        # it ends its word ("करोड़", not the "अरब" of "अरबपति"), maybe with a case ending ("लाखांहून"),
        # and begins none of the profile's compounds of several syllables (the "tỷ" of "tỷ lệ", rate)
        tails = [c[len(word) :].strip() for c in profile.scale_compounds if c.casefold().startswith(word.casefold() + " ")]
        unless = rf"(?![ \t\u00a0]+(?:{'|'.join(map(regex.escape, tails))})(?![\p{{L}}\p{{M}}]))" if tails else ""
        return regex.escape(word).replace(r"\ ", r"\s+") + ending + r"(?![\p{L}\p{M}])" + unless

    spaced = [w for w in words if not runs_on(w)]
    unspaced = [w for w in words if runs_on(w)]
    parts = []
    if spaced:
        parts.append("(?:" + "|".join(map(spaced_word, spaced)) + ")")
    if unspaced:
        parts.append("(?:" + "|".join(regex.escape(w) for w in unspaced) + ")")
    return regex.compile(rf"\G(?:[ \t\u00a0]*(?:{'|'.join(parts)}))+", regex.IGNORECASE)


#: Code points before a count searched for a scale word that precedes it.
SCALE_BEFORE_REACH = 24


@functools.lru_cache(maxsize=None)
def scale_before_re(lang: str) -> regex.Pattern:
    """One of ``lang``'s scale words (group 1) right before the position searched up to, a space
    between: "milioni" of "milioni 1.2", for a language that writes it first."""
    words = sorted(load_profile(lang).scale, key=len, reverse=True)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])({'|'.join(map(regex.escape, words)) or '(?!)'})[ \t\u00a0]+$", regex.IGNORECASE)


def mentions(text: str, profile: Profile, skip=None) -> list[Mention]:
    """Every figure in ``text`` read with ``profile``'s conventions.

    ``skip(start, end)`` may exclude spans (URLs, identifiers).
    """
    first = ANY_DIGIT_RE.search(text)
    if first is None:
        return []
    out = []
    scale_re = scale_after_re(profile.code)
    decimal, group = profile.decimal, profile.group
    spaced = group in GROUP_SPACES
    if spaced:
        group = " "  # whichever space the writer typed is the group sign
    number_re = SPACE_GROUPED_NUMBER_RE if spaced else NUMBER_RE
    for m in number_re.finditer(text, first.start(), concurrent=False):  # runs of one class: linear, no timeout needed
        start, digits_end = m.span()
        if start and text[start - 1] in ".,":
            continue
        if skip is not None and skip(start, digits_end):
            continue
        token = m.group()
        date = DOTTED_DATE_RE.fullmatch(token) if "." in token else None
        if date is not None:
            out += [_whole_figure(text, start + date.start(k), start + date.end(k), profile) for k in (1, 2, 3)]
            continue
        if spaced and len(token) > 4 and SPACE_RE.search(token):  # a space-grouped figure: "1 000" at least
            token = SPACE_RE.sub(" ", token)
        if not token.isascii() and any(c in ARABIC_SEPARATORS for c in token):
            token = token.translate({ord("٫"): decimal, ord("٬"): group, ord("،"): group})
        alternative = None
        if token.isascii():
            native = mixed = False
            if token.isdigit():  # the common case: no separators, nothing to interpret
                number, valid, grouping = float(token), True, None
            else:
                number, valid, grouping, alternative = _read(token, decimal, group)
        else:
            ascii_token = to_ascii_digits(token)
            if not ascii_token.isascii():
                continue  # digits newer than this Python's Unicode data: cannot be read safely
            number, valid, grouping, alternative = _read(ascii_token, decimal, group)
            digits = [c for c in token if c.isdigit()]
            native = any(c in profile.native_digits or not c.isascii() for c in digits)
            mixed = native and any(c.isascii() for c in digits)
        if not math.isfinite(number):
            continue
        exponent, end = 0, digits_end
        if scale_re is not None:
            sm = scale_re.match(text, digits_end)
            if sm:
                end = sm.end()
                for word in sm.group().split():
                    exponent += scale_exponent(profile, word)
        if not exponent and profile.scale_first:
            before = scale_before_re(profile.code).search(text, max(0, start - SCALE_BEFORE_REACH), start)
            if before is not None:
                exponent = scale_exponent(profile, before.group(1))
        if not exponent and profile.money_scale and text[digits_end:digits_end + 1].casefold() in _money_scale_firsts(profile.code):
            exponent, end = _money_scale(text, start, digits_end, profile)
        # positional: the field order of Mention (start, end, digits_end, number, exponent, text,
        # native, mixed_digits, valid_format, grouping, alternative); keywords cost a third more here
        out.append(Mention(start, end, digits_end, number, exponent, text[start:end], native, mixed, valid, grouping, alternative))
    return _spread_range_scales(text, out, profile)


@functools.lru_cache(maxsize=None)
def _money_scale_firsts(lang: str) -> frozenset[str]:
    """The letters the profile's abbreviated money scales start with ("m" of "$5m"), case-folded."""
    return frozenset(word[0] for word in load_profile(lang).money_scale)


#: A letter or two glued to a figure, then no more letters.
MONEY_SCALE_RE = LazyPattern(r"[A-Za-z]{1,2}(?![\p{L}\p{M}\p{N}])")
#: A currency sign or an ISO code right before a figure: "$", "£ ", "VND ", "US$".
CURRENCY_BEFORE_RE = LazyPattern(r"(?:\p{Sc}|(?<![\p{L}\p{M}])[A-Z]{3})[ \u00a0]?$")


def _money_scale(text: str, start: int, digits_end: int, profile: Profile) -> tuple[int, int]:
    """(exponent, end) of an amount written with an abbreviated scale after a currency sign or
    code ("$5m", "VND 5m": 5 million), from the profile's ``money_scale``, or after any figure for
    its ``bare_scale`` ("50k people"); (0, ``digits_end``) otherwise ("5m wide" is metres)."""
    m = MONEY_SCALE_RE.match(text, digits_end)
    exponent = profile.money_scale.get(m.group().casefold()) if m else None
    if exponent is None or (m.group().casefold() not in profile.bare_scale and CURRENCY_BEFORE_RE.search(text, max(0, start - 4), start) is None):
        return 0, digits_end
    return exponent, m.end()


def _whole_figure(text: str, start: int, end: int, profile: Profile) -> Mention:
    """The digits of ``text[start:end]`` as a figure without separators or scale word."""
    token = text[start:end]
    digits = to_ascii_digits(token)
    native = not token.isascii()
    return Mention(start, end, end, float(digits), 0, token, native, native and any(c.isascii() for c in token), True, None)


@functools.lru_cache(maxsize=4096)
def _read(token: str, decimal: str, group: str) -> tuple[float, bool, str | None, float | None]:
    """(value, valid, grouping, alternative value) of an ASCII digit string with separators."""
    readings = _readings(token, decimal, group)
    number, valid, grouping = readings[0]
    # "10,000" in a Vietnamese text written the English way: a decimal with exactly three
    # places is as likely a grouped integer, so both readings stand
    ambiguous = grouping is None and len(readings) > 1 and _three_decimals(decimal).fullmatch(token)
    return number, valid, grouping, readings[1][0] if ambiguous else None


@functools.lru_cache(maxsize=None)
def range_re(lang: str) -> regex.Pattern:
    words = sorted(load_profile(lang).range_words, key=len, reverse=True)
    return regex.compile(r"[ \t\u00a0]*(?:" + "|".join(regex.escape(w) for w in words) + r")[ \t\u00a0]*", regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _three_decimals(decimal: str) -> regex.Pattern:
    return regex.compile(rf"\d+{regex.escape(decimal)}\d{{3}}")


def _spread_range_scales(text: str, items: list[Mention], profile: Profile) -> list[Mention]:
    """In "25 से 30 करोड़" or "từ 10 đến 15 tỷ" the scale word of the second figure applies to the first."""
    if len(items) < 2 or not profile.range_words:
        return items
    rx = range_re(profile.code)
    for k in range(len(items) - 2, -1, -1):
        a, b = items[k], items[k + 1]
        if a.exponent == 0 and b.exponent and rx.fullmatch(text, a.end, b.start):
            items[k] = a._replace(exponent=b.exponent)
    return items


#: Scale words of the languages that count in myriads (万, 億, 만, 억...).
MYRIAD_RE = LazyPattern(r"[\p{Han}\p{Hangul}]")


def join_compounds(text: str, items: list[Mention]) -> list[Mention]:
    """Figures that make one number with their scale words ("2 tỷ 500 triệu", "21조 5,000억",
    "1 लाख 20 हज़ार"): each has a scale word, the next a smaller one, and only spaces stand
    between them.  The joined figure spans both and keeps the smaller scale.  In the languages
    that count in myriads, a figure without a scale word may close the number ("2万1500")."""
    if len(items) < 2:
        return items
    out = [items[0]]
    for b in items[1:]:
        a = out[-1]
        if 0 < b.exponent < a.exponent and b.value < 10 ** a.exponent and not text[a.end:b.start].strip():
            number = a.number * 10 ** (a.exponent - b.exponent) + b.number
            out[-1] = a._replace(end=b.end, number=number, exponent=b.exponent, text=text[a.start:b.end], alternative=None)
        elif b.exponent == 0 and a.exponent and b.number < 10 ** a.exponent and not text[a.end:b.start].strip() and MYRIAD_RE.search(text, a.digits_end, a.end):
            # counting in myriads, the units follow the last scale word: "2万1500", "2만 1500" (21,500)
            out[-1] = a._replace(end=b.end, number=a.value + b.number, exponent=0, text=text[a.start:b.end], alternative=None)
        else:
            out.append(b)
    return out


def _scale_endings(profile: Profile) -> tuple[str, ...]:
    """The endings a scale word may carry in ``profile``'s language, longest first."""
    return tuple(sorted(profile.case_endings | set(profile.scale_endings), key=len, reverse=True))


def scale_exponent(profile: Profile, word: str) -> int:
    # multi-word entries ("nghìn tỷ") are matched whole by the pattern; split, their parts add up
    table = _scale_table(profile.code)
    word = unicodedata.normalize("NFC", word).casefold()
    exponent = table.get(word)
    if exponent is None:
        # with a case ending ("लाखांहून"): the longest ending that leaves a scale word
        exponent = next((table[word[: -len(e)]] for e in _scale_endings(profile) if word.endswith(e) and word[: -len(e)] in table), 0)
    return exponent


@functools.lru_cache(maxsize=None)
def _scale_table(lang: str) -> dict[str, int]:
    """Case-folded scale word -> power of ten; the first spelling listed wins."""
    table: dict[str, int] = {}
    for key, exp in load_profile(lang).scale.items():
        table.setdefault(unicodedata.normalize("NFC", key).casefold(), exp)
    return table


@functools.lru_cache(maxsize=8192)
def value_key(v: float) -> float:
    """A value rounded to nine significant digits: equal keys are the same figure (for sets and counters)."""
    return float(f"{v:.9g}")


def same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def render(value: float, profile: Profile, like: Mention | None = None, written: Mention | None = None) -> str:
    """``value`` written for ``profile``'s readers, with a scale word when one fits.

    A figure under a million stays without a scale word where ``like`` (the source figure) has
    none.  Otherwise the language's own scale words are preferred (those its profile lists
    first, in rising order: "लाख", "करोड़", "अरब" in Hindi; "million", "billion" in English):
    the one that keeps the digits of ``like`` ("5 tỷ" -> "5 अरब"), else the single scale word
    of ``written`` (the target's wrong figure) where it leaves 1 to 999 before it ("1.5 लाख"
    for 1.5 million becomes "15 लाख"), else the largest that leaves 1 to 999; then any other.
    """
    from .languages import cldr

    if like is not None and not like.exponent and value < 1e6:
        return cldr.format_decimal(value, profile.code)
    by_exp: dict[int, str] = {}
    for word, exp in profile.scale.items():
        by_exp.setdefault(exp, word)
    own_exps = sorted(set(_rising_prefix(list(profile.scale.values()))), reverse=True)
    rest = sorted(set(by_exp) - set(own_exps), reverse=True)

    def fits(exp: int) -> bool:
        n = value / 10 ** exp
        return 1 <= n < 1000 and same_value(round(n, 3), n)

    choice = None
    if like is not None and like.number >= 1:  # not "0.5 million" for "nửa triệu", half a million
        choice = next((exp for exp in own_exps if same_value(value / 10 ** exp, like.number)), None)
    if choice is None and written is not None and written.exponent and fits(written.exponent):
        word = written.text[written.digits_end - written.start:].strip()  # as the target wrote it
        if word and " " not in word:
            return f"{cldr.format_decimal(round(value / 10 ** written.exponent, 3), profile.code)} {word}"
    if choice is None:
        choice = next((exp for exp in (*own_exps, *rest) if fits(exp)), None)
    if choice is None:
        return cldr.format_decimal(value, profile.code)
    count, word = cldr.format_decimal(value / 10 ** choice, profile.code), by_exp[choice]
    return f"{word} {count}" if profile.scale_first else f"{count} {word}"


def _rising_prefix(exponents: list[int]) -> list[int]:
    """The exponents up to the first that is smaller than one before it: a profile lists its
    language's own scale words first, in rising order, then those it borrows ("मिलियन")."""
    out: list[int] = []
    for exp in exponents:
        if out and exp < out[-1]:
            break
        out.append(exp)
    return out
