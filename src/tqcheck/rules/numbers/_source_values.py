"""Values a source gives without figures in digits: number words ("hai mươi chín"), clock
times and day.month dates, two-digit years, Roman numerals after their cue words ("quý IV")."""
from __future__ import annotations

import functools
import re

import regex

from ...languages import Profile, load_profile
from ...numerals import Mention, value_key
from ...text import LETTERS_RE, LazyPattern
from ._readings import _compound, _number_word_table, _time_pattern


def _number_words(folded: str, profile: Profile, whole: bool = False) -> list[float]:
    """Values of numbers written as words in case-folded text, single ("hai") and compound ("hai mươi chín" = 29);
    the profile's ``compound_number_words`` only in compounds, and after a word of ten or more
    there ("hai mươi tư" is 24; "bốn năm", four years, is no 9).  With ``whole``, a compound's
    words are not numbers of their own ("mười hai" is 12, not 10 and 2 too)."""
    table = _number_word_table(profile.code)
    if not table:
        return []
    out: list[float] = []
    run: list[str] = []
    compound_only = profile.compound_number_words

    def close() -> None:
        if len(run) > 1:
            out.append(_compound([table[w] for w in run]))
        elif run and whole and run[0] not in compound_only:
            out.append(table[run[0]])
        run.clear()

    for word in LETTERS_RE.findall(folded) + [""]:
        if word in table:
            if word in compound_only and run and table[run[-1]] < 10:
                close()
            run.append(word)
            if word not in compound_only and not whole:
                out.append(table[word])
        elif run:
            close()
    return out


def _twelve_hour_forms(folded: str, profile: Profile) -> dict[float, float]:
    """Value key of each afternoon hour the (case-folded) source gives as a clock time -> that of
    its twelve-hour form ("17h" may come back as "5 बजे")."""
    clock = _time_pattern(profile.code, "clock")
    if clock is None:
        return {}
    hours = {int(m.group(1)) for m in clock.finditer(folded)}
    return {value_key(h): value_key(h - 12) for h in hours if h > 12}


def _time_values(folded: str, profile: Profile) -> list[float]:
    """Numbers a clock time or a day.month date in the (case-folded) source may legitimately become."""
    out: list[float] = []
    clock = _time_pattern(profile.code, "clock")
    if clock:
        for m in clock.finditer(folded):
            hour = int(m.group(1))
            out += [hour, hour % 12 or 12]
            if m.group(2):
                minute = int(m.group(2))
                # and the time as a figure reads it where the target writes it with a full stop ("3.30pm")
                out += [minute, hour + minute / 100, (hour % 12 or 12) + minute / 100]
    day_month = _time_pattern(profile.code, "day_month")
    if day_month:
        for m in day_month.finditer(folded):
            out += [int(m.group(1)), int(m.group(2))]
    return out


#: A time of day written with a separator, as a figure reads it ("7.55", "15,30").
DOTTED_TIME_RE = LazyPattern(r"([01]?\d|2[0-3])[.,]([0-5]\d)")


def _bare_source_values(ctx, src: list[Mention], tgt: list[Mention], words) -> set[float]:
    """Value keys a target figure may also stand for: the source's figures without their scale words,
    years shortened to two digits, numbers written as words, Roman numerals, clock times and day.month dates."""
    # a scaled figure's number alone ("45" of "45 tỷ"), unless the target gives the figure in full:
    # then a bare "45" beside "VND45 billion" stands for something else ("killing 45" for "54 người")
    given = {value_key(v) for t in tgt for v in t.values}
    extra = [v for m in src if not (m.exponent and value_key(m.value) in given) for v in (m.number, m.alternative) if v is not None]
    # a year may come back shortened ("the 30s", "les années 80", "'16"), unless the target writes it in
    # full: then "13 प्रतिशत" beside "2013 में" is no year
    written = {value_key(t.number) for t in tgt if t.exponent == 0}
    extra += [m.number % 100 for m in src if m.exponent == 0 and 1900 <= m.number <= 2099 and m.number == int(m.number) and value_key(m.number) not in written]
    # a time written with a full stop ("7.55") comes back as "7:55", "07h55" or "19.55"
    for m in src:
        clock = DOTTED_TIME_RE.fullmatch(m.text) if m.exponent == 0 else None
        if clock:
            hour, minute = int(clock.group(1)), int(clock.group(2))
            extra += [hour, minute, (hour + 12) % 24 + minute / 100]
    folded = words.source_folded
    extra += _number_words(folded, ctx.source) + [m.number for m in _roman_figures(words.source, ctx.source)]
    if src:
        extra += _time_values(folded, ctx.source)
    return {value_key(v) for v in extra}


#: What stands before a year shortened to two digits: an apostrophe ("'16"), or a full year and a
#: dash ("1950-53", "2019–20").
SHORT_YEAR_BEFORE_RE = re.compile(r"(?:['’‘]|(?<!\d)(?:1[89]|20)\d\d[ \t]*[-–—/][ \t]*)$")


def _short_years(source: str, src: list[Mention]) -> set[int]:
    """Years the source writes with two digits; any other two-digit figure (the day of
    "30/4/2024") is no year, and "2030" does not stand for it."""
    return {
        int(m.number) for m in src
        if m.exponent == 0 and len(m.text) == 2 and SHORT_YEAR_BEFORE_RE.search(source, max(0, m.start - 12), m.start)
    }


ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_value(token: str) -> int | None:
    """The value of a Roman numeral ("IX" -> 9), or None when ``token`` is not a well-formed one."""
    if not token or any(c not in ROMAN for c in token):
        return None
    total = 0
    for a, b in zip(token, token[1:] + " "):
        v = ROMAN[a]
        total += -v if b in ROMAN and ROMAN[b] > v else v
    return total if _to_roman(total) == token else None


def _to_roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


@functools.lru_cache(maxsize=None)
def _after_ordinal_word_re(lang: str, then: str) -> regex.Pattern | None:
    """One of ``lang``'s ordinal words ("quý", "lần thứ"), spaces, then the pattern ``then``."""
    cues = load_profile(lang).ordinal_cues
    if not cues:
        return None
    alternation = "|".join(regex.escape(c) for c in sorted(cues, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alternation})[ \t]+{then}", regex.IGNORECASE)


#: A Roman numeral, as a whole word (group 1).
ROMAN_WORD = r"([IVXLCDM]{1,8})(?![\p{L}\p{M}\p{N}])"


#: What a text cannot hold a Roman numeral without: a word of its letters only.
ROMAN_HINT_RE = re.compile(r"\b[IVXLCDM]+\b")


def _roman_figures(text: str, profile: Profile) -> list[Mention]:
    """Counts written as Roman numerals after an ordinal word ("lần thứ IX" is 9, "quý I" is 1), as figures."""
    pattern = _after_ordinal_word_re(profile.code, ROMAN_WORD)
    if pattern is None or ROMAN_HINT_RE.search(text) is None:
        return []
    return [
        Mention(m.start(1), m.end(1), m.end(1), float(v), 0, m.group(1), False, False, True, None)
        for m in pattern.finditer(text) if (v := roman_value(m.group(1))) is not None
    ]
