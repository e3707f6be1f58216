"""Numbers family (TQ5xx): values, scales, digit styles, number formats, currencies, times and units.

Figures are compared by value, read with each language's conventions
(:mod:`tqcheck.numerals`), so "5 tỷ" -> "500 करोड़" is right and
"5 tỷ" -> "5 करोड़" is not.  Language facts come from the profiles and CLDR.
"""
from __future__ import annotations

import bisect
import collections
import functools
import math
import os
import re
import unicodedata
from typing import Iterator

import regex

from ..languages import Profile, load_profile
from ..languages.translit import spelling_fold
from ..model import Hit, Severity
from ..numerals import ANY_DIGIT_RE, Mention, join_compounds, mentions, range_re, render, same_value, scale_after_re, scale_exponent, value_key
from ..registry import rule
from ..text import LETTERS_RE, WORD_BEFORE_RE, LazyPattern, any_of, finditer
from ._common import usual_form


def _mentions(ctx, field: str = "target", index: int | None = None) -> list[Mention]:
    """The figures in digits of one field of a segment (the current one by default), read once."""
    info = (ctx.text if field == "target" else ctx.src) if index is None else ctx.info(index, field)
    cached = info.__dict__.get("mentions")
    if cached is None:
        profile = ctx.target if field == "target" else ctx.source
        figures = mentions(info.text, profile, info.overlaps_protected if info.protected else None) if info.has(ANY_DIGIT_RE) else []
        cached = info.__dict__["mentions"] = figures
    return cached


def _spelled(ctx, field: str = "target", index: int | None = None) -> list[Mention]:
    """The amounts one field of a segment (the current one by default) spells in words
    (:func:`_spelled_figures`), read once."""
    info = (ctx.text if field == "target" else ctx.src) if index is None else ctx.info(index, field)
    cached = info.__dict__.get("spelled")
    if cached is None:
        cached = info.__dict__["spelled"] = _spelled_figures(info.text, ctx.target if field == "target" else ctx.source)
    return cached


def _figures(ctx, field: str = "target", index: int | None = None) -> list[Mention]:
    """The figures of one field of a segment, in digits (:func:`_mentions`) and in words (:func:`_spelled`)."""
    figures, spelled = _mentions(ctx, field, index), _spelled(ctx, field, index)
    return sorted(figures + spelled) if spelled else figures


def _measures(ctx, field: str = "target") -> list[tuple[Mention, str, int]]:
    """The figures of one field of the current segment with a unit after them (:func:`_units_after`), read once."""
    info = ctx.text if field == "target" else ctx.src
    cached = info.__dict__.get("measures")
    if cached is None:
        profile = ctx.target if field == "target" else ctx.source
        cached = info.__dict__["measures"] = _units_after(info.text, _mentions(ctx, field), profile.code)
    return cached


def _with_figures(ctx) -> list[int]:
    """Indices of the document's segments whose target has a digit (asked once per document)."""
    found = ctx.memo.get("segments with figures")
    if found is None:
        found = ctx.memo["segments with figures"] = [i for i in range(len(ctx.document.segments)) if ctx.info(i).has(ANY_DIGIT_RE)]
    return found


def _number_words(folded: str, profile: Profile) -> list[float]:
    """Values of numbers written as words in case-folded text, single ("hai") and compound ("hai mươi chín" = 29);
    the profile's ``compound_number_words`` only in compounds."""
    table = _number_word_table(profile.code)
    if not table:
        return []
    out: list[float] = []
    run: list[float] = []
    compound_only = profile.compound_number_words
    for word in LETTERS_RE.findall(folded) + [""]:
        if word in table:
            run.append(table[word])
            if word not in compound_only:
                out.append(table[word])
            continue
        if len(run) > 1:
            out.append(_compound(run))
        run = []
    return out


@functools.lru_cache(maxsize=None)
def _number_word_table(lang: str) -> dict[str, float]:
    return {k.casefold(): v for k, v in load_profile(lang).number_words.items()}


@functools.lru_cache(maxsize=None)
def _spelled_count_re(lang: str) -> regex.Pattern | None:
    """A run of ``lang``'s number words of one or more (group 1), then its scale words ("पांच करोड़",
    "two billion", "hai trăm tỷ"); None for a language without number words or scale words."""
    profile = load_profile(lang)
    counts = sorted((w for w, v in profile.number_words.items() if v >= 1), key=len, reverse=True)
    if not counts or not profile.scale:
        return None
    word = "(?:" + "|".join(regex.escape(w) for w in counts) + ")"
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])({word}(?:[ \t\u00a0-]+{word})*)(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


def _spelled_figures(text: str, profile: Profile) -> list[Mention]:
    """Amounts whose count is written in words before a scale word ("पांच करोड़" is 50 million,
    "hai trăm tỷ" 200 billion), as figures.  A count that words around it change is left unread
    ("two and a half million", "साढ़े तीन करोड़": 3.5 crore, "hai tỷ rưỡi": 2.5 billion), and so
    are two counts side by side ("दो-तीन करोड़", two or three crore) and a count of the profile's
    ``compound_number_words`` alone ("năm tỷ lệ": "năm" is also a year)."""
    pattern = _spelled_count_re(profile.code)
    if pattern is None:
        return []
    table = _number_word_table(profile.code)
    scale_re = scale_after_re(profile.code)
    out = []
    for m in pattern.finditer(text):
        scaled = scale_re.match(text, m.end())
        if scaled is None:
            continue
        words = LETTERS_RE.findall(m.group(1).casefold())
        values = [table[w] for w in words]
        if (
            all(w in profile.compound_number_words for w in words)
            or any(a < 10 and b < 10 for a, b in zip(values, values[1:]))
            or _count_changed(text, m.start(), scaled.end(), profile, table)
        ):
            continue
        exponent = sum(scale_exponent(profile, w) for w in scaled.group().split())
        out.append(Mention(m.start(), scaled.end(), m.end(), _compound(values), exponent, text[m.start():scaled.end()], False, False, True, None))
    return out


def _count_changed(text: str, start: int, end: int, profile: Profile, table: dict[str, float]) -> bool:
    """Whether the word before ``text[start:end]`` (a spelled amount) is one of the profile's
    ``count_modifiers`` ("साढ़े", half again) or a scale word ("hai tỷ năm trăm triệu" is one
    amount), or the word after it is a number word ("rưỡi", and a half)."""
    before = WORD_BEFORE_RE.search(text, max(0, start - 24), start)
    if before is not None:
        word = before.group(1).casefold()
        if word in profile.count_modifiers or scale_exponent(profile, word):
            return True
    after = LETTERS_RE.search(text, end, end + 24)
    return after is not None and not text[end:after.start()].strip() and after.group().casefold() in table


def _compound(values: list[float]) -> float:
    """"two hundred twenty nine" read as one number: hundreds close a group, tens multiply the units before them."""
    total = current = 0.0
    for v in values:
        if v == 100:
            total += (current or 1) * 100
            current = 0
        elif v == 10 and current:
            current *= 10
        else:
            current += v
    return total + current


@functools.lru_cache(maxsize=None)
def _time_pattern(lang: str, kind: str) -> regex.Pattern | None:
    """The profile's pattern for clock times or day.month dates, compiled once.

    Profile patterns are written in lower case and matched against the
    case-folded text (case-insensitive matching of non-ASCII words is slow);
    only the captured numbers are used, never offsets.
    """
    source = load_profile(lang).time.get(kind)
    return regex.compile(source) if source else None


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
DOTTED_TIME_RE = regex.compile(r"([01]?\d|2[0-3])[.,]([0-5]\d)")


def _bare_source_values(ctx, src: list[Mention], tgt: list[Mention], words) -> set[float]:
    """Value keys a target figure may also stand for: the source's figures without their scale words,
    years shortened to two digits, numbers written as words, Roman numerals, clock times and day.month dates."""
    extra = [v for m in src for v in (m.number, m.alternative) if v is not None]
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



def _orphans(src: list[Mention], tgt: list[Mention], months: list[float] = ()) -> list[Mention]:
    """Source figures left without a target counterpart, each target figure (and each of the
    ``months`` the target names) standing for one source figure.

    Figures are paired by value first, and only then by their digits without the scale word, so
    that "5 nghìn" (5,000) does not take the target's "5%" away from the source's "5%"."""
    free = [({value_key(v) for v in t.values}, value_key(t.number)) for t in tgt]
    free += [({value_key(m)}, value_key(m)) for m in months]
    pending = []
    for s in src:
        # a figure with two readings is paired by the likelier first: "1,000" in a Vietnamese source is
        # a thousand written the English way, and is not taken by a target's "1"
        keys = [value_key(v) for v in s.values]
        if len(keys) == 2 and s.value == int(s.value):
            keys.reverse()
        k = next((j for key in keys for j, (values, _) in enumerate(free) if key in values), None)
        if k is None:
            pending.append(s)
        else:
            del free[k]
    left = []
    for s in pending:
        keys = {value_key(v) for v in (*s.values, s.number)}
        k = next((j for j, (values, number) in enumerate(free) if not keys.isdisjoint(values) or number in keys), None)
        if k is not None:
            del free[k]
        elif not _small(s):  # small whole counts are often spelled out in the target
            left.append(s)
    return left


def _small(m: Mention) -> bool:
    """A whole figure under ten without a scale word: a count that either text may spell out ("1,000"
    in a Vietnamese source is no 1, however its separator reads)."""
    return m.exponent == 0 and m.number < 10 and m.number == int(m.number) and (m.alternative is None or m.alternative < 10)


def _value_keys(mentions) -> set:
    """The value keys of ``mentions``: each one's readings and its digits' value before any scale word."""
    return {value_key(v) for m in mentions for v in (*m.values, m.number)}


def _lost_small_figures(src: list[Mention], tgt: list[Mention], ctx, words) -> list[Mention]:
    """The source's whole figures under ten, and afternoon clock hours (whose twelve-hour form is
    under ten), that the target writes neither in figures, nor in words, nor as a month's name
    (the 6 of "21/6/2024" is "जून" in "21 जून 2024")."""
    twelve = _twelve_hour_forms(words.source_folded, ctx.source)
    small = [s for s in src if _small(s) or value_key(s.value) in twelve]
    if not small:
        return []
    # counted: a month's name accounts for one small figure, "6 tháng" beside "21/6" is another
    present = collections.Counter(key for m in tgt for key in {value_key(v) for v in (*m.values, m.number)})
    present.update(map(value_key, words.target_number_words))
    present.update(map(value_key, words.months))
    unmatched = []
    for s in small:
        key = value_key(s.number)
        if present[key] > 0:
            present[key] -= 1
        else:
            unmatched.append(s)
    lost = []
    for s in unmatched:  # then a clock hour's twelve-hour form, once the figures themselves are paired
        form = twelve.get(value_key(s.number))
        if present[form] > 0:
            present[form] -= 1
        else:
            lost.append(s)
    return lost


GROUP_SPLIT_RE = regex.compile(r"[.,\s]")


def _split_from(t: Mention, src: list[Mention]) -> Mention | None:
    """The source figure whose digit groups include ``t``'s digits ("299.200" -> "299" and "200")."""
    digits = t.text[: t.digits_end - t.start]
    if not digits.isdigit() or len(digits) < 3:
        return None
    for s in src:
        groups = GROUP_SPLIT_RE.split(s.text[: s.digits_end - s.start])
        if len(groups) > 1 and digits in groups:
            return s
    return None


def _times(factor: float) -> str:
    """A factor as a message writes it: "100", "1,000,000", "2.5"."""
    return f"{factor:,.0f}" if factor >= 10 and abs(factor - round(factor)) < 1e-6 * factor else f"{factor:g}"


def _lost_thousands(t: Mention, whole: Mention, tgt: list[Mention]) -> bool:
    """Whether ``t`` is the leading digit group of the source's ``whole`` with the rest dropped
    ("150.000 đồng" -> "150 डोंग"): no target figure has the whole's value or another of its groups."""
    groups = GROUP_SPLIT_RE.split(whole.text[: whole.digits_end - whole.start])
    if t.text[: t.digits_end - t.start] != groups[0] or not t.value or whole.value <= t.value:
        return False
    rest = {value_key(float(g)) for g in groups[1:] if g.isdigit()}
    found = {value_key(v) for m in tgt for v in m.values}
    return value_key(whole.value) not in found and not rest & found


def _groups_of(t: Mention, values: set) -> bool:
    """Whether each digit group of ``t`` is a figure of ``values`` (value keys)."""
    groups = GROUP_SPLIT_RE.split(t.text[: t.digits_end - t.start])
    return len(groups) > 1 and all(g.isdigit() and value_key(float(g)) in values for g in groups)


def _power_of_ten_apart(a: float, b: float) -> int | None:
    if a <= 0 or b <= 0 or same_value(a, b):
        return None
    k = math.log10(a / b)
    if abs(k - round(k)) < 1e-6 and 1 <= abs(round(k)) <= 12:
        return round(k)
    return None


@rule(
    "TQ501",
    "number-mismatch",
    category="numbers",
    summary="A figure in the target that the source does not support (changed value or scale)",
    severity="error",
    needs_source=True,
)
def number_mismatch(seg, ctx):
    r"""A figure in the target whose value is not in the source.

    Values are compared, not digit strings: separators, digit scripts and
    scale words (tỷ, triệu, लाख, करोड़, अरब, billion...) are read per
    language, a number in two scale words ("2 tỷ 500 triệu", "21조 5,000억")
    is one figure, so "21.500 tỷ" -> "21,500 अरब" passes and "21.500 tỷ" ->
    "21,500 करोड़" is a scale error (100 times too small) whose suggestion
    is the right rendering.  Roman numerals after an ordinal word ("khóa
    XV") are figures, and so is an amount whose count is written in words
    before a scale word ("पांच करोड़", "hai tỷ", "two million"; not "साढ़े
    तीन करोड़", "two and a half million" or "hàng trăm tỷ", whose words
    change the count: the profile's ``count_modifiers``).  Numbers written
    as words (ordinals too: "दूसरे
    स्थान" for "thứ 2"), clock times ("15h" may become 3) and day.month
    dates count as values, and so does a measurement converted to another
    unit of its quantity, rounded as copy rounds it ("85 mph" -> "135
    km/h", "550 lb" -> "250 kg").  A
    target figure is reported as changed when a source figure is missing
    from the target; when every source figure is accounted for, it is an
    extra figure (an added conversion or date) and only noted (info).
    Counts under ten are often spelled out on one side, so such a figure is
    reported only when it is the one unexplained small figure and the
    source's one small figure, or afternoon clock hour ("14h", which may
    become 2), appears neither in figures nor in words; a month's name
    stands for the month of a numeric date ("21 जून" for "21/6").  Where a
    segment holds several lines (paragraphs) and its source as many, line k
    is compared with line k, its figures and its words: a figure changed
    into one another paragraph has is still found.  A score or a range
    with one of its figures changed ("3-1" -> "3-2") is found even where
    the new figure stands elsewhere in the source, and so is an ordinal of
    the source given as another number's word ("quý 3" -> "the fourth
    quarter").  In a language without
    a profile, a figure too small by a power of ten with a word after it
    that names no currency or unit is only noted: the word may be a scale
    word CLDR spells otherwise ("تريليون") or lacks.

    Bad (vi>hi): Tổng thu đạt 21.500 tỷ đồng. => कुल राजस्व 21,500 करोड़ डोंग रहा।
    Bad (vi>hi): Hội nghị tổng kết năm 2023. => वर्ष 2024 की समीक्षा बैठक।
    Bad (vi>hi): Dự án 500 tỷ đồng. => परियोजना 5 अरब डोंग की है।
    Bad (vi>id): Ngày 5/6, tổng thu đạt 5 tỷ đồng. => Pada 5 Juni, pendapatan mencapai 5 juta dong.
    Bad (vi>en): Vốn 4.870 tỷ đồng. => Capital of VND 4.87 billion.
    Bad (vi>hi): Có 2.016 hộ dân. => 2,816 परिवार हैं।
    Bad (vi>hi): Giá 150.000 đồng/kg. => कीमत 150 डोंग प्रति किलोग्राम है।
    Bad (vi>hi): Quốc lộ 5 dài 100 km. => राष्ट्रीय राजमार्ग 6 की लंबाई 100 किमी है।
    Bad (vi>hi): Có 5 nghìn người tham gia, tăng 5%. => 5,003 लोगों ने भाग लिया, 5% की वृद्धि।
    Good (vi>hi): Có 5 người và 3 xe. => पांच लोग और 3 गाड़ियाँ थीं।
    Good (vi>en): Hội nghị bắt đầu lúc 15h30 ngày 12/3. => The conference began at 3.30pm on 12 March.
    Good (vi>hi): Tổng thu đạt 5 tỷ đồng, tăng 14%. => कुल राजस्व 500 करोड़ डोंग रहा, 14% अधिक।
    Good (vi>hi): Ngày 28/12/2023, lúc 15h30, có hai đoàn. => 28 दिसंबर 2023 को 3:30 बजे 2 दल आए।
    Bad (vi>hi): Cuộc họp bắt đầu lúc 14h30. => बैठक दोपहर 3 बजे शुरू हुई।
    Good (vi>en): Vốn 4.870 tỷ đồng, bằng 96,5% kế hoạch. => Capital of VND 4.87 trillion, or 96.5% of the plan.
    Good (vi>hi): Kỳ họp thứ XIX khai mạc. => 19वां सत्र शुरू हुआ।
    Good (vi>fr): Gió giật 85 mph, cách bờ 385 dặm. => Rafales à 135 km/h, à 620 km de la côte.
    Bad (vi>fr): Gió giật 85 mph, cách bờ 385 dặm. => Rafales à 135 km/h, à 820 km de la côte.
    Good (vi>hi): Dự án 2 tỷ 500 triệu đồng. => परियोजना 2.5 अरब डोंग की है।
    Bad (vi>hi): Tổng kết năm 2023, đặt mục tiêu năm 2024. => वर्ष 2024 की समीक्षा हुई, वर्ष 2024 का लक्ष्य तय हुआ।
    Bad (vi>hi): Nhiệt độ chênh 20 độ.\nMưa kéo dài 10 ngày. => तापमान में 10 डिग्री का अंतर है।\nबारिश 10 दिन चली।
    Bad (vi>hi): Năm 2013, 15% người dân nói tiếng Pháp. => 2013 में 13% लोग फ्रेंच बोलते थे।
    Bad (vi>hi): Ngày 21/6/2024, kim ngạch giảm 4%. => 21 जून 2024 को कारोबार 5% कम रहा।
    Bad (vi>hi): Hội nghị bắt đầu lúc 15h ngày 12/3/2024. => सम्मेलन 12 मार्च 2024 को शाम 5 बजे शुरू हुआ।
    Bad (vi>en): Ngày 21/6, 6 tháng đầu năm kim ngạch giảm 4%. => On June 21, turnover in the first 6 months was down 6%.
    Bad (vi>en): Ngày 14/11, tỉnh đón 10 đoàn.\nLễ hội kéo dài đến ngày 20/11. => On November 14, the province received 20 delegations.\nThe festival runs until November 20.
    Bad (vi>hi): Đội nhà thắng 3-1, Minh ghi 2 bàn. => घरेलू टीम 3-2 से जीती, मिन्ह ने 2 गोल किए।
    Good (vi>en): Đội khách thua 1-3. => The visitors were beaten 3-1.
    Good (vi>en): Mưa từ 5-10 inch. => Rain of 13-25 cm is expected.
    Bad (vi>hi): Hội khỏe lần thứ X khai mạc ngày 3/12. => 3 दिसंबर को 14वां खेल महोत्सव शुरू हुआ।
    Bad (vi>en): Đội đứng thứ 2, kém đội đầu 1 điểm. => The side is second, 4 points behind the leaders.
    Bad (vi>hi): Doanh thu quý III tăng 12%. => चौथी तिमाही में राजस्व 12% बढ़ा।
    Good (vi>en): Doanh thu quý III tăng 12%. => Revenue rose 12% in the third quarter.
    Bad (vi>hi): Chính phủ đã chi 5 tỷ đồng. => सरकार ने पांच करोड़ डोंग खर्च किए।
    Good (vi>hi): Chính phủ đã chi hai tỷ đồng. => सरकार ने 2 अरब डोंग खर्च किए।
    """
    tgt = join_compounds(seg.target, _figures(ctx))
    if not tgt:
        return
    src = join_compounds(seg.source, _figures(ctx, "source"))
    # Roman numerals of ten or more are figures the target must give ("khóa XV" -> "15वीं"); smaller
    # ones are counts a target may spell out ("quý III" -> "तीसरी तिमाही"), which only explain figures
    all_romans = _roman_figures(seg.source, ctx.source)
    romans = [m for m in all_romans if m.number >= 10]
    if romans:
        src = sorted(src + romans)
    found = False
    for src_line, tgt_line, spans in _by_line(src, tgt, ctx):
        for hit in _figures_not_in_source(seg, ctx, src_line, tgt_line, _Words(ctx, spans)):
            found = True
            yield hit
    if not found:
        changed = _changed_number_word(ctx, sorted(src + [m for m in all_romans if m.number < 10]), tgt)
        if changed is not None:
            yield changed


def _changed_number_word(ctx, src: list[Mention], tgt: list[Mention]) -> Hit | None:
    """An ordinal of the source that the target writes as another number's word ("quý 3" or
    "quý III" -> "चौथी तिमाही", "the fourth quarter"): the one small figure of the source the target
    gives neither in figures nor in words, after one of the source's ordinal words, against the
    one number word of the target from three to nine that no source figure or word explains and
    that stands alone (not in a compound: "twenty-four").  Smaller words are left alone ("एक",
    "one", "दूसरे", "first" are also articles, "other" and idiom), and so is a count ("xếp hạng 1
    và 3"): some number words are other words too (Nepali "छ", six, is "is")."""
    table = _number_word_table(ctx.target.code)
    cue = _after_ordinal_word_re(ctx.source.code, "$")  # ending the text searched: "quý "
    if not table or cue is None:
        return None
    source = ctx.src.text
    ordinals = [s for s in src if _small(s) and cue.search(source, max(0, s.start - 24), s.start) is not None]
    if not ordinals:
        return None
    runs, folded = ctx.text.letter_runs, ctx.text.folded_words
    candidates = [k for k, w in enumerate(folded) if 3 <= table.get(w, 0) < 10]
    if not candidates:
        return None
    words = _Words(ctx, None)
    known = {value_key(v) for m in src for v in m.values} | _bare_source_values(ctx, src, tgt, words)
    new = [
        k for k in candidates
        if value_key(table[folded[k]]) not in known
        and not (k and folded[k - 1] in table) and not (k + 1 < len(folded) and folded[k + 1] in table)
    ]
    if len(new) != 1:
        return None
    lost = [s for s in _lost_small_figures(src, tgt, ctx, words) if s in ordinals]
    if len(lost) != 1:
        return None
    start, end, word = runs[new[0]]
    return Hit(start, end, f"{word!r} ({_times(table[folded[new[0]]])}) is not in the source, whose {lost[0].text!r} is missing from the target")


class _Words:
    """The words a target figure is read against besides the figures, read when first asked for:
    of the whole texts, or of the two lines of a pair of lines (``spans``), where a number word or
    a month's name of another paragraph explains nothing."""

    def __init__(self, ctx, spans: tuple | None):
        self.ctx, self.spans = ctx, spans

    @functools.cached_property
    def source(self) -> str:
        return self.ctx.src.text if self.spans is None else self.ctx.src.text[slice(*self.spans[0])]

    @functools.cached_property
    def source_folded(self) -> str:
        return self.ctx.src.folded if self.spans is None else self.source.casefold()

    @functools.cached_property
    def target_folded(self) -> str:
        return self.ctx.text.folded if self.spans is None else self.ctx.text.text[slice(*self.spans[1])].casefold()

    @functools.cached_property
    def target_words(self) -> list[str]:
        return self.ctx.text.folded_words if self.spans is None else LETTERS_RE.findall(self.target_folded)

    @functools.cached_property
    def target_number_words(self) -> list[float]:
        """The values of the numbers the target writes in words."""
        return _number_words(self.target_folded, self.ctx.target)

    @functools.cached_property
    def months(self) -> list[float]:
        """The number of each month the target names ("जून", "June": 6)."""
        from ..languages import cldr

        names = cldr.month_names(self.ctx.target.code)
        return [float(names[w]) for w in self.target_words if w in names]


def _by_line(src: list, tgt: list, ctx, start=lambda item: item.start, src_start=None) -> list[tuple[list, list, tuple | None]]:
    """Items of source and target (figures, currencies: ``start``, or ``src_start`` for the source's,
    gives an item's offset) paired line by line when both texts hold as many non-empty lines (two or
    more), else all of them as one pair; with each pair, the (start, end) of its source line and of
    its target line (None for the one pair of the whole texts).  Pairs without target items are left out."""
    src_lines = [(s, e) for s, e in ctx.src.lines if ctx.src.text[s:e].strip()]
    tgt_lines = [(s, e) for s, e in ctx.text.lines if ctx.text.text[s:e].strip()]
    if len(tgt_lines) < 2 or len(src_lines) != len(tgt_lines):
        return [(src, tgt, None)] if tgt else []
    pairs: list[tuple[list, list, tuple]] = [([], [], spans) for spans in zip(src_lines, tgt_lines)]
    for item in src:
        pairs[max(0, bisect.bisect_right(src_lines, ((src_start or start)(item), math.inf)) - 1)][0].append(item)
    for item in tgt:
        pairs[max(0, bisect.bisect_right(tgt_lines, (start(item), math.inf)) - 1)][1].append(item)
    return [pair for pair in pairs if pair[1]]


def _figures_not_in_source(seg, ctx, src: list[Mention], tgt: list[Mention], words: _Words):
    """TQ501's findings for the target figures ``tgt`` against the source figures ``src`` (and the
    number words, clock times and month names of ``words``)."""
    full = {value_key(v) for m in src for v in m.values}
    bare = measures = units = rendered = None  # read only when a target figure is not one of the source's
    reported: set[int] = set()
    for t in tgt:
        if any(value_key(tv) in full for tv in t.values):
            continue
        if bare is None:
            bare = _bare_source_values(ctx, src, tgt, words)
        if t.exponent == 0 and value_key(t.number) in bare:
            continue
        if t.exponent == 0 and 1900 <= t.number <= 2099 and t.number == int(t.number) and t.number % 100 in _short_years(seg.source, src):
            continue  # "2016" for the source's "'16"
        if t.exponent == 0 and any(value_key(t.number - offset) in full for offset in ctx.target.year_offsets):
            continue  # a year of the local calendar: Thai "พ.ศ. 2561" for 2018
        if t.grouping and _groups_of(t, full):
            continue  # "116 123", a helpline, read as one number where digits are grouped with spaces
        if measures is None:
            measures = _units_after(seg.source, src, ctx.source.code)
            units = {m.start: unit for m, unit, _ in _units_after(seg.target, tgt, ctx.target.code)} if measures else {}
        if t.start in units and _converts(t, units[t.start], measures):
            continue  # "85 mph" given as "135 km/h" for metric readers
        same_number = [s for s in src if s.exponent != t.exponent and same_value(s.number, t.number)]
        if same_number:
            if rendered is None:
                rendered = {value_key(v) for m in tgt for v in m.values}
            # a source figure with a scale word first, and one the target has not given already: in
            # "lúc 15h ngày 5/6 ... 5 tỷ" -> "5 juta", the 5 is the 5 billion, not the 5th of June
            scaled = min(same_number, key=lambda s: (not s.exponent, value_key(s.value) in rendered))
        else:
            scaled = next((s for s in src if s.exponent and _power_of_ten_apart(s.value, t.value)), None)
        if scaled is not None:
            factor = scaled.value / t.value
            how = f"{_times(factor)} times too small" if factor > 1 else f"{_times(1 / factor)} times too large"
            reported.add(t.start)
            # in a language without a profile, a word right after the figure may be a scale word CLDR
            # spells otherwise ("تريليون" for its "ترليون") or lacks (a loan, "ટ્રિલિયન"): noted only
            unknown = None if ctx.target.shipped or t.exponent or factor < 1 else _unknown_word_after(seg.target, t.end, ctx.target.code)
            yield Hit(
                t.start,
                t.end if unknown is None else unknown.end(1),
                f"{t.text!r} is {how}: the source says {scaled.text!r}" + ("" if unknown is None else f", unless {unknown.group(1)!r} is a scale word"),
                suggestion=render(scaled.value, ctx.target, like=scaled) if unknown is None else None,
                severity=Severity.ERROR if unknown is None else Severity.INFO,
            )
            continue
        if _small(t):
            # small counts are often written as words in the source ("hai", "three"): a small figure
            # is changed only where it is the one unexplained small figure and the source has one
            # small figure that the target writes neither in figures nor in words ("Quốc lộ 5" -> 6)
            unexplained = [u for u in tgt if _small(u) and u.number and value_key(u.number) not in full and value_key(u.number) not in bare]
            lost = _lost_small_figures(src, tgt, ctx, words) if unexplained == [t] else []
            if len(lost) == 1:
                reported.add(t.start)
                yield Hit(t.start, t.end, f"{t.text!r} is not in the source, whose {lost[0].text!r} is missing from the target")
            continue
        shown = ", ".join(dict.fromkeys(s.text for s in src)) or "none"
        whole = _split_from(t, src)
        if whole is not None:
            if _lost_thousands(t, whole, tgt):
                reported.add(t.start)
                yield Hit(t.start, t.end, f"{t.text!r} is {_times(whole.value / t.value)} times too small: the source says {whole.text!r}", suggestion=render(whole.value, ctx.target, like=whole))
            else:
                yield Hit(t.start, t.end, f"{t.text!r} looks like a piece of the source's {whole.text!r}, broken apart", severity=Severity.INFO)
            continue
        orphans = _orphans(src, [m for m in tgt if m is not t], words.months)
        if not orphans:
            # every source figure is in the target: this one was added (a conversion, a date, an explanation)
            yield Hit(t.start, t.end, f"{t.text!r} is an extra figure: every figure of the source is already in the target", severity=Severity.INFO)
            continue
        near = ", ".join(dict.fromkeys(s.text for s in orphans))
        reported.add(t.start)
        yield Hit(t.start, t.end, f"{t.text!r} is not in the source, whose {near!r} is missing from the target (source figures: {shown})")
    changed_pair = _changed_pair(seg, src, tgt, reported)
    if changed_pair is not None:
        yield changed_pair  # its new figure is the surplus figure a replacement would be looked for in
    else:
        yield from _replaced_by_a_known_figure(src, tgt, reported, seg, ctx, words)


#: What joins the two figures of a score or a range ("3-1", "2:0", "3 – 5", golf's "2&1"), and
#: what a text cannot hold such a pair without.
PAIR_JOIN_RE = regex.compile(r"[ \t\u00a0]?[-–—:&][ \t\u00a0]?")
PAIR_HINT_RE = re.compile(r"\d[ \t\u00a0]?[-–—:&][ \t\u00a0]?\d")


def _figure_pairs(text: str, figures: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Two whole figures under 1,000 joined by a dash or a colon, and by nothing else to a third
    figure: a score or a range, not a date ("12-3-2024"), a year span or a time range."""
    joined = [PAIR_JOIN_RE.fullmatch(text, a.end, b.start) is not None for a, b in zip(figures, figures[1:])]
    return [
        (a, b)
        for k, (a, b) in enumerate(zip(figures, figures[1:]))
        if joined[k] and not (k and joined[k - 1]) and not (k + 1 < len(joined) and joined[k + 1])
        and all(not m.exponent and m.number == int(m.number) and 0 <= m.number < 1000 for m in (a, b))
    ]


def _changed_pair(seg, src: list[Mention], tgt: list[Mention], reported: set[int]) -> Hit | None:
    """A score or a range with one of its figures changed ("3-1" -> "3-2"), found even where the
    new figure stands elsewhere in the source ("ghi 2 bàn"): the one pair of the source the target
    lacks, against the one pair of the target the source lacks, the two sharing one figure (no
    more: "1-3" is "3-1"; no less: "5-10 inch" -> "13-25 cm" is a conversion)."""
    if PAIR_HINT_RE.search(seg.source) is None or PAIR_HINT_RE.search(seg.target) is None:
        return None
    src_pairs = _figure_pairs(seg.source, src)
    if not src_pairs:
        return None
    src_values = [_pair_values(p) for p in src_pairs]
    tgt_pairs = _figure_pairs(seg.target, tgt)
    tgt_values = [_pair_values(p) for p in tgt_pairs]
    lost = [(p, v) for p, v in zip(src_pairs, src_values) if v not in tgt_values]
    new = [(p, v) for p, v in zip(tgt_pairs, tgt_values) if v not in src_values]
    if len(lost) != 1 or len(new) != 1 or sum((lost[0][1] & new[0][1]).values()) != 1:
        return None
    (a, b), (sa, sb) = new[0][0], lost[0][0]
    if a.start in reported or b.start in reported:
        return None
    was = seg.source[sa.start:sb.end]
    return Hit(a.start, b.end, f"{seg.target[a.start:b.end]!r} is not in the source, whose {was!r} is missing from the target")


def _pair_values(pair: tuple[Mention, Mention]) -> collections.Counter:
    return collections.Counter(value_key(m.value) for m in pair)


def _replaced_by_a_known_figure(src: list[Mention], tgt: list[Mention], reported: set[int], seg, ctx, words: _Words):
    """A source figure replaced by another figure of the text ("năm 2023" -> "वर्ष 2024" beside the source's own 2024).

    The target then has that other figure once too often and lacks the
    source's.  Of its occurrences, those that a score, a unit or a date of
    the source does not tie down come first (:func:`_anchored`), and the
    nearest (by relative position) to where the lost figure stood in the
    source is reported.  A clock hour given in its twelve-hour form ("17h"
    as "5 बजे") is no lost figure, and uses up its occurrence of the
    smaller figure.
    """
    in_source = collections.Counter(value_key(s.value) for s in src)
    in_target = collections.Counter(value_key(t.value) for t in tgt)
    if not in_source - in_target:
        return  # each source figure has a target figure of its value: no orphans (the usual case)
    in_target.update(map(value_key, words.months))  # "21 जून" for "21/6": June's 6 is there
    orphans = _orphans(src, tgt, words.months)
    # a small figure too, when the target writes it neither in figures nor in words ("giảm 4%" ->
    # "down 6%" beside "6 tháng" and "21/6")
    orphans += [s for s in _lost_small_figures(src, tgt, ctx, words) if _small(s) and s not in orphans]
    if orphans:
        twelve = _twelve_hour_forms(words.source_folded, ctx.source)
        kept = []
        for o in orphans:
            form = twelve.get(value_key(o.value))
            if form is not None and in_target[form] > in_source[form]:
                in_target[form] -= 1
            else:
                kept.append(o)
        orphans = kept
    if not orphans:
        return
    src_len, tgt_len = len(seg.source), len(seg.target)
    surplus = [t for t in tgt if t.start not in reported and in_target[value_key(t.value)] > in_source[value_key(t.value)] > 0]
    anchored = _anchored(seg, ctx, src, tgt) if surplus else set()
    for o in orphans:
        similar = [t for t in surplus if o.value and 0.1 < t.value / o.value < 10]
        if not similar:
            continue
        where = o.start / max(1, src_len)
        t = min(similar, key=lambda t: (t.start in anchored, abs(t.start / max(1, tgt_len) - where)))
        surplus = [x for x in surplus if value_key(x.value) != value_key(t.value)]
        yield Hit(t.start, t.end, f"{t.text!r} stands where the source has {o.text!r}, which is missing from the target ({t.text!r} occurs more often than in the source)")


def _anchored(seg, ctx, src: list[Mention], tgt: list[Mention]) -> set[int]:
    """Starts of the target figures that their neighbours tie to a source figure of their value: one
    of a score or range the source has too ("3-1"), one with the unit the source gives it ("5
    दिनों" for "5 ngày"), or the day of a date the source has ("7 दिसंबर" for "7/12").  Of two
    copies of a figure, the other is the one that replaced something."""
    tied = set()
    source_dates = {(day, month) for day, month, _, _ in _dates(ctx.src, ctx.source.code, ctx.source)}
    if source_dates:
        dates = [(day, start, end) for day, month, start, end in _dates(ctx.text, ctx.target.code) if (day, month) in source_dates]
        tied.update(m.start for m in tgt for day, start, end in dates if start <= m.start < end and m.number == day)
    src_pairs = [_pair_values(p) for p in _figure_pairs(seg.source, src)]
    for pair in _figure_pairs(seg.target, tgt):
        if _pair_values(pair) in src_pairs:
            tied.update(m.start for m in pair)
    measures = {(value_key(m.value), unit) for m, unit, _ in _units_after(seg.source, src, ctx.source.code)}
    if measures:
        tied.update(m.start for m, unit, _ in _units_after(seg.target, tgt, ctx.target.code) if (value_key(m.value), unit) in measures)
    return tied


@rule(
    "TQ502",
    "digit-style",
    category="numbers",
    summary="Numbers in a digit system or grouping style other than the document's majority",
    severity="warning",
    scope="document",
    fixable="unsafe",
)
def digit_style(doc, ctx):
    """Digits of two systems in one document (2024 beside २०२४), or inside one number ("6,५००").

    The document's majority style wins and every number that deviates gets
    one finding with the number rewritten as suggestion.  In languages
    without native digits (en, vi) native digits always deviate, and so do
    digits of a script the target does not write (Bengali digits in Hindi).
    Western and Indian grouping mixed in one document ("1,050,000" beside
    "10,50,000") is reported at info level.

    Bad (hi): राजस्व 21,500 अरब रहा, 112% अधिक, और ५% की वृद्धि हुई।
    Bad (hi): लगभग 6,५०० श्रमिकों को रोज़गार मिला।
    Bad (en): Revenue rose 5% to ५०० billion.
    Bad (hi): वर्ष ২০২৩ में राजस्व 21,500 अरब रहा।
    Good (th): ใน พ.ศ. ๒๕๖๑ มีผู้เข้าร่วม ๒๕ คน
    Good (hi): राजस्व 21,500 अरब रहा, 112% अधिक, और 5% की वृद्धि हुई।
    Good (mr): महसूल २१,५०० अब्ज झाला, ११२% अधिक।
    """
    native_digits = ctx.target.native_digits
    all_mentions = [(i, m) for i in _with_figures(ctx) for m in _mentions(ctx, index=i)]
    if not all_mentions:
        return
    own = set("0123456789" + native_digits)
    foreign = {(i, m.start) for i, m in all_mentions if m.native and not own.issuperset(c for c in m.text[: m.digits_end - m.start] if c.isdigit())}
    # digits of another script vote for no style
    styles = collections.Counter(m.native for i, m in all_mentions if not m.mixed_digits and (i, m.start) not in foreign)
    majority_native = bool(native_digits) and styles[True] > styles[False]
    majority_digits = native_digits if majority_native else "0123456789"
    for i, m in all_mentions:
        digits = m.text[: m.digits_end - m.start]
        if (i, m.start) in foreign:
            other = next(c for c in digits if c.isdigit() and c not in own)
            script = unicodedata.name(other, "").split(" DIGIT")[0].title() or "another script's"
            yield Hit(m.start, m.digits_end, f"{digits!r} is written in {script} digits, which {ctx.target.name} does not use", suggestion=_rewrite_digits(digits, majority_digits), segment=i)
        elif m.mixed_digits or m.native != majority_native:
            why = "mixes two digit systems" if m.mixed_digits else ("uses native digits" if m.native else "uses ASCII digits")
            yield Hit(m.start, m.digits_end, f"{digits!r} {why}; this document mostly writes {'native' if majority_native else 'ASCII'} digits", suggestion=_rewrite_digits(digits, majority_digits), segment=i)
    groupings = collections.Counter(m.grouping for _, m in all_mentions if m.grouping and m.number >= 100000)
    if len(groupings) == 2:
        majority = max(sorted(groupings), key=groupings.get)
        for i, m in all_mentions:
            if m.grouping and m.number >= 100000 and m.grouping != majority:
                yield Hit(m.start, m.digits_end, f"{m.text!r} uses {m.grouping} grouping; this document mostly uses {majority}", segment=i, severity=Severity.INFO)


def _rewrite_digits(token: str, digits: str) -> str:
    return "".join(digits[unicodedata.digit(c)] if unicodedata.digit(c, None) is not None else c for c in token)


@rule(
    "TQ503",
    "number-format",
    category="numbers",
    summary="A number written with another locale's separators (\"14.000\" in Hindi reads as 14)",
    severity="error",
    fixable="unsafe",
    trigger=ANY_DIGIT_RE,
)
def number_format(seg, ctx):
    """A number whose separators do not follow the target language.

    Vietnamese groups thousands with "." and writes decimals with ",";
    carried into Hindi or English, "14.000 tỷ" becomes "14.000 अरब", which a
    reader takes for 14.  Several dots ("1.200.000"), a dot before exactly
    three zeros, or a comma before one or two digits ("2,5") are reported
    where the target uses "." for decimals (errors when the value changes,
    warnings otherwise); so is "2.500", a valid decimal, where the source
    has 2,500 and not 2.5.  In languages that write decimals with "," (vi,
    fr, ru), English-style figures are common practice and are reported at
    info level.

    Bad (hi): कुल राजस्व 14.000 अरब रहा।
    Bad (hi): विकास दर 2,5% रही।
    Bad (en): Output reached 1.200.000 tonnes.
    Bad (vi>hi): Có 2.500 người tham dự. => 2.500 लोग शामिल हुए।
    Bad (vi>hi): Tổng thu đạt 21.500 tỷ đồng. => कुल राजस्व 21.500 अरब डोंग रहा।
    Good (hi): कुल राजस्व 14,000 अरब रहा और दर 2.5% रही।
    Good (vi): Tổng thu đạt 14.000 tỷ đồng, tăng 2,5%.
    Good (en): The ratio was 1.425 and the count 1,200,000.
    Good (hi): अधिक जानकारी के लिए 0912.345.678 पर संपर्क करें।
    """
    from ..languages import cldr
    from ..numerals import read_number, to_ascii_digits

    decimal = ctx.target.decimal
    for m in _mentions(ctx):
        digits = m.text[: m.digits_end - m.start]
        if m.valid_format and not _suspicious(digits, ctx.target) and not _grouped_in_source(digits, ctx, seg):
            continue
        if _amid_foreign_words(ctx.text, m.start, m.end, ctx.target):
            continue  # in a sentence left in the source's language, written as that language writes it (TQ101's)
        plain = to_ascii_digits(digits)
        if plain[:1] == "0" and plain[1:2].isdigit():
            continue  # a leading zero: a telephone number or a code ("0912.345.678"), grouped as it is written
        # read with the other convention, the target's decimal sign as the grouping: the value the
        # writer meant ("14.000" is fourteen thousand in Hindi, "2.5" two and a half in French)
        meant, _, _ = read_number(plain, decimal="," if decimal == "." else ".", group=decimal)
        suggestion = cldr.format_decimal(meant, ctx.target.code) if meant else None
        if decimal != ".":
            severity = Severity.INFO  # English-style figures are everyday practice in comma-decimal languages
        elif digits.count(".") > 1 or m.valid_format:
            severity = Severity.ERROR  # "1.200.000", "14.000": the reader gets another value
        else:
            severity = Severity.WARNING
        yield Hit(m.start, m.digits_end, f"{digits!r} follows another locale's separators (decimal {decimal!r}, grouping {ctx.target.group!r} here)", suggestion=suggestion, severity=severity)


def _amid_foreign_words(info, start: int, end: int, profile: Profile) -> bool:
    """Whether the words around ``[start, end)`` of ``info``'s text are written in letters of no
    script of ``profile`` ("... đạt 21.500 tỷ đồng" left in Vietnamese inside a Hindi target): the
    word before and the one after it in its sentence, or the two before one that ends a sentence."""
    from ._scripts import foreign_letter_re

    text = info.text
    sentence_end = next((e for s, e in info.sentences if s <= start < e), end + 40)
    after = LETTERS_RE.findall(text, end, min(sentence_end, end + 40))[:1]
    before = LETTERS_RE.findall(text, max(0, start - 60), start)[-1 if after else -2:]
    foreign = foreign_letter_re(profile.scripts)
    return len(before + after) == 2 and all(foreign.search(w) is not None for w in before + after)


#: A figure that reads both ways: one decimal sign and exactly three digits after it ("2.500").
AMBIGUOUS_GROUP_RE = re.compile(r"\d{1,3}[.,]\d{3}")


def _grouped_in_source(digits: str, ctx, seg) -> bool:
    """"2.500" for the source's "2.500 người": a figure that the target's conventions read as a
    decimal (2.5) while the source has its value as a grouped number (2,500) and not the decimal."""
    if not seg.source or AMBIGUOUS_GROUP_RE.fullmatch(digits) is None or digits[-4] != ctx.target.decimal:
        return False
    values = _value_keys(_mentions(ctx, "source"))  # the digits' value before a scale word too ("21.500 tỷ")
    grouped, as_decimal = int(digits[:-4] + digits[-3:]), float(digits.replace(",", "."))
    return value_key(grouped) in values and value_key(as_decimal) not in values


def _suspicious(digits: str, profile: Profile) -> bool:
    """"14.000" where "." is the decimal sign: a valid decimal no writer would use."""
    dec = profile.decimal
    return digits.count(dec) == 1 and len(digits) <= 7 and digits.endswith(dec + "000") and digits[: -4].isdigit()


@functools.lru_cache(maxsize=None)
def _currency_table(lang: str) -> tuple[dict[str, str], int, frozenset[str]]:
    """Surface form (case-folded, single-spaced) -> ISO code for ``lang``, the longest form in words, and the first words.

    Forms come from the profile, CLDR names (display and plural) and
    symbols, and the ISO codes of the currencies news mentions most.
    """
    from ..languages import cldr

    profile = load_profile(lang)
    table: dict[str, str] = {}
    tender = cldr.tender_currencies()
    # currencies in legal tender first: their names win over those of funds and old coins
    for code, names in sorted(cldr.currency_names(lang).items(), key=lambda item: item[0] not in tender):
        for name in names:
            plain = _without_note(name)
            # a fund named after its currency ("US Dollar (Next day)", USN) stands for that currency
            # once its note is gone: "अमेरीकी डालर", "Dolar AS" are dollars
            owner = code if plain == name or code in tender else _tender_of(code, tender)
            table.setdefault(" ".join(plain.casefold().split()), owner)
    for code in ("USD", "EUR", "VND", "GBP", "JPY", "CNY", "INR", "KRW", "THB", "AUD", "SGD", "NPR", "BDT"):
        table.setdefault(code.casefold(), code)
    for code, symbol in cldr.currency_symbols(lang).items():
        if len(symbol) == 1 and not symbol.isalnum():
            table.setdefault(symbol, code)
    for form, code in profile.currencies.items():
        table[" ".join(form.casefold().split())] = code
    longest = max((len(k.split()) for k in table), default=1)
    table = {k: v for k, v in table.items() if k.strip()}
    return table, longest, frozenset(k.split()[0] for k in table)


def _unknown_word_after(text: str, end: int, lang: str) -> regex.Match | None:
    """The word right after a figure (group 1), unless it starts with a word of ``lang``'s currency
    names or units, diacritics aside ("dongs" for CLDR's "dông"; "ドンに達した" in unspaced Japanese)."""
    from ..languages.translit import latin_key

    found = NEXT_WORD_RE.match(text, end)
    if found is None:
        return None
    word = latin_key(found.group(1))
    return None if any(word.startswith(k) for k in _money_and_unit_words(lang)) else found


@functools.lru_cache(maxsize=None)
def _money_and_unit_words(lang: str) -> frozenset[str]:
    """The words (and first letters) of ``lang``'s currency names and units, without diacritics."""
    from ..languages.translit import latin_key

    return frozenset(latin_key(w) for w in (*_currency_word_stems(lang), *_unit_table(lang)[0]) if len(w) > 1)


def _tender_of(code: str, tender: frozenset[str]) -> str:
    """The currency in legal tender a fund's or an old coin's ``code`` belongs to, when its country's
    two letters name just one ("USN" -> "USD"); else ``code`` itself."""
    same_country = [c for c in tender if c[:2] == code[:2]]
    return same_country[0] if len(same_country) == 1 else code


CURRENCY_TOKEN_RE = LazyPattern(r"[\p{L}\p{M}]+|[\p{Sc}]")


def _currency_tokens(text: str, figures) -> list[tuple[int, int, str]]:
    """Words and currency signs near the figures of a text (where a currency can stand), case-folded."""
    windows: list[list[int]] = []
    for f in figures:
        lo, hi = max(0, f.start - 60), min(len(text), f.end + 60)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(m.start(), m.end(), m.group().casefold()) for lo, hi in windows for m in CURRENCY_TOKEN_RE.finditer(text, lo, hi, concurrent=False)]


#: Unicode's currency signs (general category Sc, Unicode 15), spelled out so that the
#: standard engine, much faster here than regex's \p{Sc}, can look for them.
CURRENCY_SIGNS = "$¢£¤¥֏؋߾߿৲৳৻૱௹฿៛₠₡₢₣₤₥₦₧₨₩₪₫€₭₮₯₰₱₲₳₴₵₶₷₸₹₺₻₼₽₾₿⃀\U000020c1\U000020c2\U000020c3\U000020c4꠸﷼﹩＄￠￡￥￦\U00011fdd\U00011fde\U00011fdf\U00011fe0\U0001e2ff\U0001ecb0"
CURRENCY_SIGN_RE = re.compile(f"[{re.escape(CURRENCY_SIGNS)}]")
#: An ISO-like code ("USD", "VND"); three capitals in a row are looked for first (a word
#: boundary in front of a pattern costs the standard engine its fast scan).
CAPITALS_RE = re.compile("[A-Z]{3}")
ISO_CODE_RE = re.compile(r"\b[A-Z]{3}\b")


def may_name_currency(text: str, profile: Profile, folded: str | None = None, figures: list[Mention] | None = None) -> bool:
    """Cheap test before CLDR is loaded: could ``text`` name a currency at all?

    A shipped profile lists the currency words of everyday news; a text with
    none of them, no currency sign and no ISO-like code names none.  Other
    languages always go to CLDR.  ``folded`` is the text case-folded, when
    it is at hand.  Given its ``figures``, signs and codes are looked for
    only near them, where an amount's currency stands (a currency name holding
    a sign, "US$", is a few characters long).
    """
    forms = _currency_words(profile.code)
    if not forms:
        return True
    if any_of(forms).search(text.casefold() if folded is None else folded) is not None:
        return True
    spans = [(0, len(text))] if figures is None else [(max(0, f.start - CURRENCY_REACH), f.end + CURRENCY_REACH) for f in figures]
    return any(
        CURRENCY_SIGN_RE.search(text, lo, hi) is not None or (CAPITALS_RE.search(text, lo, hi) is not None and ISO_CODE_RE.search(text, max(0, lo - 1), hi + 1) is not None)
        for lo, hi in spans
    )


#: Characters around a figure within which its currency's sign or code stands.
CURRENCY_REACH = 12


def _may_name_currency(info, profile: Profile, figures: list[Mention]) -> bool:
    """:func:`may_name_currency` for a segment's analysis and figures, asked once per text."""
    answer = info.__dict__.get("may_name_currency")
    if answer is None:
        answer = info.__dict__["may_name_currency"] = may_name_currency(info.text, profile, info.folded, figures)
    return answer


@functools.lru_cache(maxsize=None)
def _currency_words(lang: str) -> frozenset[str]:
    return frozenset(form.casefold() for form in load_profile(lang).currencies)


def _currencies_in(ctx, field: str = "target", index: int | None = None) -> list[tuple[int, int, str]]:
    """Currencies named with an amount in one field of a segment, cached with the segment's analysis."""
    info = (ctx.text if field == "target" else ctx.src) if index is None else ctx.info(index, field)
    cached = info.__dict__.get("currencies")
    if cached is None:
        profile = ctx.target if field == "target" else ctx.source
        figures = _figures(ctx, field, index)
        found = _currencies(info, profile.code, figures) if figures and _may_name_currency(info, profile, figures) else []
        cached = info.__dict__["currencies"] = found
    return cached


def _currencies(info, lang: str, figures: list[Mention]) -> list[tuple[int, int, str]]:
    """Currencies named with an amount ("500 tỷ đồng", "USD 4.87", "$39"); a bare "đồng" or "वॉन" may be a word or a name."""
    if not figures:
        return []
    table, longest, first_words = _currency_table(lang)
    if not RUN_TOGETHER_SCRIPTS.isdisjoint(load_profile(lang).scripts):
        return _run_together_currencies(info.text, lang, figures)
    tokens = _currency_tokens(info.text, figures)
    starts = [t[0] for t in tokens]
    words = [t[2] for t in tokens]
    found = set()
    for f in figures:
        # the currency stands right after the figure (and its scale words), or right before it
        after = bisect.bisect_left(starts, f.end)
        before = bisect.bisect_left(starts, max(0, f.start - 60))
        candidates = [k for k in range(after, min(after + 2, len(tokens))) if tokens[k][0] - f.end <= 3]
        candidates += [k for k in range(before, after) if tokens[k][1] <= f.start]
        for k in candidates:
            form = _form_at(words, k, table, longest) if words[k] in first_words else None
            if form is None:
                continue
            n, code = form
            s, e = tokens[k][0], tokens[k + n - 1][1]
            # next to the amount: after it, or before it with nothing but space between ("USD 5";
            # in "डलर र ३ लाख" the dollars are another amount's)
            beside = 0 <= s - f.end <= 3 or (0 <= f.start - e <= 3 and not info.text[e:f.start].strip())
            if not code.startswith("X") and beside:
                found.add((s, e, code))  # CLDR's placeholders (XXX) and commodities are not money
    return sorted(found)


@functools.lru_cache(maxsize=None)
def _run_together_currency_re(lang: str) -> regex.Pattern:
    """Any currency form of ``lang`` (:func:`_currency_table`) at a position, however the words
    after it run on ("美元。", "ドルに", "달러로")."""
    forms = sorted(_currency_table(lang)[0], key=len, reverse=True)
    return regex.compile(r"\G[ \t\u00a0]?(" + "|".join(regex.escape(f).replace(r"\ ", "[ \t]?") for f in forms) + ")", regex.IGNORECASE)


def _run_together_currencies(text: str, lang: str, figures: list[Mention]) -> list[tuple[int, int, str]]:
    """:func:`_currencies` where words run together or take particles: a currency form right
    after a figure, or right before one ("US$5")."""
    table = _currency_table(lang)[0]
    pattern = _run_together_currency_re(lang)
    found = set()
    for f in figures:
        m = pattern.match(text, f.end)
        if m is not None:
            code = table.get(" ".join(m.group(1).casefold().split()))
            if code is not None and not code.startswith("X"):
                found.add((m.start(1), m.end(1), code))
    return sorted(found)


def _form_at(words: list[str], k: int, table: dict[str, str], longest: int) -> tuple[int, str] | None:
    """The longest currency form of ``table`` that starts at ``words[k]``: (its length in words, its code)."""
    for n in range(min(longest, len(words) - k), 0, -1):
        code = table.get(" ".join(words[k:k + n]))
        if code is not None:
            return n, code
    return None


NOTE_RE = regex.compile(r"\s*\(.*\)")


def _without_note(name: str) -> str:
    """A CLDR currency name without its bracketed note ("Mexican peso (1861-1992)" -> "Mexican peso")."""
    return NOTE_RE.sub("", name)


@functools.lru_cache(maxsize=None)
def _adjective_units(lang: str) -> tuple[dict[str, dict[str, str]], frozenset[str], bool]:
    """Country adjective -> {unit word: CLDR name}, all unit words, and whether the unit word comes last.

    The order is read off CLDR itself: in "यूएस डॉलर", "कनाडाई डॉलर" the shared
    word (the unit) is last; in "Đô la Mỹ", "Đô la Canada" it is first.
    """
    from ..languages import cldr

    # the plural forms first: a suggestion is written as running text writes it ("Vietnamese dong", not the
    # display name "Vietnamese Dong")
    names = [_without_note(n) for forms in cldr.currency_names(lang).values() for n in (*forms[1:], forms[0])]
    multi = [n.casefold().split() for n in names if len(n.split()) >= 2]
    firsts = collections.Counter(p[0] for p in multi)
    lasts = collections.Counter(p[-1] for p in multi)
    head_last = max(lasts.values(), default=0) >= max(firsts.values(), default=0)
    adjectives: dict[str, dict[str, str]] = collections.defaultdict(dict)
    # a one-word name of a currency in use is a unit no country's adjective goes with ("वियतनामी
    # यूरो"); the others name metals and old coins, also words of their own ("Gold", "sucre")
    tender = cldr.tender_currencies()
    units: set[str] = {forms[0].casefold() for code, forms in cldr.currency_names(lang).items() if code in tender and len(forms[0].split()) == 1}
    for name in names:
        parts = name.casefold().split()
        if len(parts) < 2:
            continue
        unit, adjective = (parts[-1], " ".join(parts[:-1])) if head_last else (parts[0], " ".join(parts[1:]))
        # the suggestion keeps the number of the words it replaces ("dôngs vietnamiens" for "dollars vietnamiens")
        adjectives[adjective].setdefault(unit, name)
        units.add(unit)
    if head_last:
        # a longer name's first word is a country's adjective too when the next is a unit of its
        # own elsewhere: "ब्रिटिश पाउंड स्टर्लिंग", so "ब्रिटिश रुपये" is a British rupee
        for name in names:
            parts = name.casefold().split()
            if len(parts) >= 3 and parts[1] in units:
                adjectives[parts[0]].setdefault(parts[1], name)
    # the profile's everyday names that CLDR lacks: "अमेरिकी डॉलर" (CLDR: "यूएस डॉलर"), "American dollar"
    for form in load_profile(lang).currencies:
        parts = form.casefold().split()
        if len(parts) >= 2:
            unit, adjective = (parts[-1], " ".join(parts[:-1])) if head_last else (parts[0], " ".join(parts[1:]))
            if unit in units:
                adjectives[adjective].setdefault(unit, form)
    return dict(adjectives), frozenset(units), head_last


@functools.lru_cache(maxsize=None)
def _currency_form_words(lang: str) -> frozenset[str]:
    """Every word of the profile's everyday currency names, case-folded (empty without a profile)."""
    return frozenset(w for form in _currency_words(lang) for w in form.split())


@functools.lru_cache(maxsize=None)
def _cldr_currency_names(lang: str) -> frozenset[str]:
    from ..languages import cldr

    return frozenset(_without_note(n) for forms in cldr.currency_names(lang).values() for n in forms)


@functools.lru_cache(maxsize=None)
def _adjective_names(lang: str) -> frozenset[str]:
    return frozenset(_adjective_units(lang)[0])


@rule(
    "TQ504",
    "currency-name",
    category="numbers",
    summary="A currency name that CLDR does not know, such as \"Vietnamese dollar\"",
    severity="error",
    fixable="safe",
)
def currency_name(seg, ctx):
    """A country's adjective joined to another currency's unit word.

    CLDR names every currency in every language: the đồng is "वियतनामी
    डोंग" in Hindi and "Vietnamese dong" in English.  MT engines produce
    "वियतनामी डॉलर" (Vietnamese dollar).  When the adjective belongs to a
    currency whose unit word differs, the finding suggests CLDR's name.
    Such a name is reported after an amount, or anywhere when the source
    names the adjective's currency ("Đồng Việt Nam mất giá" -> "the
    Vietnamese dollar weakened"); elsewhere it may be a phrase about money
    in another currency ("Japanese dollar bonds").  Unit words are read in
    any common spelling ("दीनार", "रूपये", "पौंड" for CLDR's "दिनार",
    "रुपये", "पाउंड"); a one-word name of a currency in use ("यूरो",
    "euro") goes with no country's adjective.  Where names run their words
    together or take particles (Chinese, Japanese, Korean, Thai), a
    country's CLDR name joined to a unit word that two countries' currency
    names share ("ベトナムドル", "越南元") is read instead.  A currency's code
    joined to another currency's unit word after an amount ("VND dollars",
    "वीएनडी डॉलर", a code read out letter by letter) is no currency either.

    Bad (hi): कुल राजस्व 14,000 अरब वियतनामी डॉलर रहा।
    Bad (hi): कुल निवेश 500 अरब वियतनामी रूपये है।
    Bad (en): Investment reached 500 billion Vietnamese euros.
    Bad (en): Revenue reached 14 trillion Vietnamese dollars.
    Bad (hi): कीमत 20 हज़ार वियतनामी दिनार है।
    Bad (ne): राजस्व ५ अर्ब भियतनामी डलरको पुग्यो।
    Bad (vi>hi): Giá vé là 50 bảng Anh. => टिकट की कीमत 50 ब्रिटिश रुपये है।
    Bad (hi): कुल पूंजी 32 करोड़ अमेरिकी रुपये है।
    Good (hi): कुल राजस्व 14,000 अरब वियतनामी डोंग और 5 करोड़ अमेरिकी डॉलर रहा।
    Good (en): Revenue reached VND 14 trillion, or 550 million US dollars.
    Bad (vi>en): Đồng Việt Nam mất giá so với USD. => The Vietnamese dollar weakened against the US dollar.
    Good (en): Japanese dollar bonds sold well.
    Bad (ja): 予算収入は21兆5000億ベトナムドルに達した。
    Bad (zh): 财政收入达到21.5万亿越南元。
    Bad (ko): 예산 수입은 21조 5000억 베트남 달러로 늘었다.
    Good (ja): 予算収入は21兆5000億ベトナムドンに達した。
    Good (zh): 财政收入达到21.5万亿越南盾，约合8.5亿美元。
    Bad (th): รายได้อยู่ที่ 21.5 ล้านล้านดอลลาร์เวียดนาม
    Good (ja): 価格は100台湾ドルだった。
    Bad (en): The committee spent 1.2 billion VND dollars.
    Bad (hi): समिति ने 1.2 अरब वीएनडी डॉलर खर्च किए।
    Good (en): The committee spent 5 USD and 3 VND.
    """
    text = seg.target
    figures = _mentions(ctx)
    if not RUN_TOGETHER_SCRIPTS.isdisjoint(ctx.target.scripts):
        yield from _run_together_currency_names(seg, ctx, figures)
        return
    folded = ctx.text.folded_words
    if not figures:
        # no amount: the target must hold one of its profile's currency words (where it has a profile),
        # and the source must name a currency; CLDR is read only then
        words = _currency_form_words(ctx.target.code)
        if ctx.source is None or (words and words.isdisjoint(folded)) or not may_name_currency(ctx.src.text, ctx.source, ctx.src.folded):
            return
    adjectives, units, head_last = _adjective_units(ctx.target.code)
    if not adjectives:
        return
    adjective_names = _adjective_names(ctx.target.code)
    if not figures and (units.isdisjoint(folded) or adjective_names.isdisjoint(folded)):
        return  # without an amount, a unit and an adjective written as CLDR writes them
    # the profile's everyday currency words, or else a country's adjective, whose unit word is then
    # the next word (or the one before) and no everyday one ("वियतनामी दिनार": a slip for that)
    near = None
    if not figures or not _may_name_currency(ctx.text, ctx.target, figures):
        if adjective_names.isdisjoint(folded):
            return
        step = 1 if head_last else -1
        near = {k + step for k, w in enumerate(folded) if w in adjective_names}
        if not near:
            return
    if _no_unit(units, folded):
        # no word below is a unit, unless one carries a case ending ("डलरको": the dollar's)
        if not ctx.target.case_endings or _no_unit(units, [ctx.target.without_case_ending(w) for w in folded]):
            return
    words = [(s, e, w) for (s, e, _), w in zip(ctx.text.letter_runs, folded)]
    ends = {f.end for f in figures}
    if figures:
        yield from _code_with_another_unit(text, words, ends, units, head_last, ctx.target)
    for k, (ws, we, written) in enumerate(words):
        if near is not None and k not in near:
            continue
        unit = _listed(written, units) or _listed(ctx.target.without_case_ending(written), units)
        if unit is None:
            continue
        for span in (2, 1):
            lo, hi = (k - span, k) if head_last else (k + 1, k + 1 + span)
            if lo < 0 or hi > len(words):
                continue
            adjective = _listed(" ".join(w[2] for w in words[lo:hi]), adjective_names)
            if adjective is None:
                continue
            allowed = adjectives[adjective]
            if unit in allowed:
                break
            start, end = min(words[lo][0], ws), max(words[hi - 1][1], we)
            name = _form_like(written, allowed)
            if not _after_amount(text, start, ends) and not _source_names_currency_of(ctx, name):
                break  # no amount, and the source names no such currency: "Japanese dollar bonds"
            whose = "CLDR's" if name in _cldr_currency_names(ctx.target.code) else "the usual"
            yield Hit(start, end, f"{text[start:end]!r} is not a currency; {whose} {ctx.target.name} name is {name!r}", suggestion=name)
            break


def _code_with_another_unit(text: str, words: list[tuple[int, int, str]], ends: set[int], units: frozenset[str], head_last: bool, profile) -> Iterator[Hit]:
    """A currency's code, in Latin capitals or read out letter by letter, joined to another
    currency's unit word after an amount ("1.2 billion VND dollars", "1.2 अरब वीएनडी डॉलर")."""
    codes, unit_codes = _code_words(profile.code)
    step = 1 if head_last else -1
    for k in [k for k, (_, _, w) in enumerate(words) if w in codes]:
        if not 0 <= k + step < len(words):
            continue
        (cs, ce, code_word), (us, ue, unit_word) = words[k], words[k + step]
        code = codes[code_word]
        if code_word.isascii() and not text[cs:ce].isupper():
            continue  # "vnd" in lower case may be a word
        unit = _listed(unit_word, units) or _listed(profile.without_case_ending(unit_word), units)
        start, end = min(cs, us), max(ce, ue)
        if unit is None or code in unit_codes.get(unit, ()) or not text[min(ce, ue):max(cs, us)].isspace() or not _after_amount(text, start, ends):
            continue
        name = _currency_name_of(code, profile.code)
        yield Hit(start, end, f"{text[start:end]!r} is not a currency: {text[cs:ce]!r} names the {name}, not {text[us:ue]!r}", suggestion=name)


@functools.lru_cache(maxsize=None)
def _code_words(lang: str) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """The words that write a currency's code in ``lang`` (ISO codes, case-folded, and the profile's
    codes read out letter by letter, "वीएनडी": words of no CLDR name) -> code; and each unit word
    of CLDR's names and the profile's -> the codes of the currencies it names."""
    from ..languages import cldr

    names = cldr.currency_names(lang)
    name_words = {w for forms in names.values() for n in forms for w in _without_note(n).casefold().split()}
    codes = {code.casefold(): code for code in names if len(code) == 3 and code.isalpha()}
    for form, code in load_profile(lang).currencies.items():
        if len(form.split()) == 1 and form.casefold() not in name_words:
            codes[form.casefold()] = code
    head_last = _adjective_units(lang)[2]
    unit_codes: dict[str, set[str]] = collections.defaultdict(set)
    for form, code in _currency_table(lang)[0].items():
        parts = form.split()
        if parts and parts[0] not in codes:
            unit_codes[parts[-1] if head_last else parts[0]].add(code)
    return codes, {unit: frozenset(c) for unit, c in unit_codes.items()}


def _currency_name_of(code: str, lang: str) -> str:
    """CLDR's name of currency ``code`` in ``lang`` as running text writes it (a plural form first)."""
    from ..languages import cldr

    forms = cldr.currency_names(lang).get(code) or (code,)
    return _without_note((*forms[1:], forms[0])[0])


#: Scripts whose currency names run their words together ("ベトナムドン", "越南盾"), or take particles
#: after them ("달러로"): their names are read by country and unit word, not word by word.
RUN_TOGETHER_SCRIPTS = frozenset({"Hani", "Hira", "Kana", "Hang", "Thai", "Laoo", "Khmr", "Mymr"})


@functools.lru_cache(maxsize=None)
def _country_currency_re(lang: str) -> tuple[regex.Pattern | None, dict[str, tuple[str, ...]]]:
    """A country's name in ``lang`` (CLDR's) joined to a currency's unit word, and each country
    name's currency names (CLDR's)."""
    from ..languages import cldr

    names = {code: tuple(dict.fromkeys(_without_note(n) for n in forms)) for code, forms in cldr.currency_names(lang).items()}
    countries = {n: names[code] for n, code in cldr.country_currencies(lang).items() if code in names and len(n) >= 2}
    # a unit word is what stays of a currency's name once its country's name is taken away, and
    # that two countries' currencies share ("カナダドル", "オーストラリアドル"); the country's name
    # stands first or last as most names put it
    flat = ["".join(n.split()) for forms in names.values() for n in forms]
    lengths = {len(c) for c in countries}
    country_first = sum(1 for n in flat for k in lengths if n[:k] in countries) >= sum(1 for n in flat for k in lengths if n[-k:] in countries)
    users: dict[str, set[str]] = collections.defaultdict(set)
    for c, forms in countries.items():
        for n in ("".join(f.split()) for f in forms):
            if len(n) > len(c) and (n.startswith(c) if country_first else n.endswith(c)):
                users[n[len(c):] if country_first else n[:-len(c)]].add(c)
    units = sorted((u for u, cs in users.items() if len(cs) >= 2), key=len, reverse=True)
    if not units or not countries:
        return None, {}
    country = "(" + "|".join(map(regex.escape, sorted(countries, key=len, reverse=True))) + ")"
    unit = "(" + "|".join(map(regex.escape, units)) + ")"
    return regex.compile(country + r"[ \t]?" + unit if country_first else unit + r"[ \t]?" + country), countries


def _run_together_currency_names(seg, ctx, figures: list[Mention]):
    """TQ504's findings in a script whose currency names run together: a country's name joined to
    a unit word that none of its currency's names has ("ベトナムドル", "越南元", "베트남 달러"), after an
    amount or where the source names that currency."""
    pattern, countries = _country_currency_re(ctx.target.code)
    if pattern is None:
        return
    text = seg.target
    ends = {f.end for f in figures}
    for m in pattern.finditer(text):
        country = next(g for g in m.groups() if g in countries)
        written = "".join(m.group().split())
        own = countries[country]
        if any(written in name or name in written for name in ("".join(n.split()) for n in own)):
            continue  # its own currency, maybe shortened or lengthened ("台湾ドル" for "新台湾ドル")
        if not _after_amount(text, m.start(), ends) and not _source_names_currency_of(ctx, own[0]):
            continue
        yield Hit(m.start(), m.end(), f"{m.group()!r} is not a currency; CLDR's {ctx.target.name} name is {own[0]!r}", suggestion=own[0])


def _form_like(written: str, names: dict[str, str]) -> str:
    """The name of ``names`` (unit word -> CLDR name) whose unit word ends most like ``written``, the
    first on a tie: "долларов" is given "вьетнамских донгов", "dollars" "dôngs vietnamiens"."""
    return max(names.items(), key=lambda item: len(os.path.commonprefix((item[0][::-1], written[::-1]))))[1]


def _source_names_currency_of(ctx, name: str) -> bool:
    """Whether the segment's source names the currency the target calls ``name`` (a CLDR name)."""
    if not ctx.src.text or ctx.source is None:
        return False
    code = _currency_table(ctx.target.code)[0].get(" ".join(name.casefold().split()))
    return code is not None and code in _currencies_named(ctx.src, ctx.source.code)


def _currencies_named(info, lang: str) -> frozenset[str]:
    """ISO codes of the currencies a text names anywhere, with or without an amount, read once per text."""
    found = info.__dict__.get("currencies named")
    if found is None:
        table, longest, first_words = _currency_table(lang)
        words = [m.group().casefold() for m in CURRENCY_TOKEN_RE.finditer(info.text)]
        forms = (_form_at(words, k, table, longest) for k, word in enumerate(words) if word in first_words)
        found = info.__dict__["currencies named"] = frozenset(form[1] for form in forms if form is not None)
    return found


#: Code points two spellings or inflections of one word share at least at their start.
STEM = 4


@functools.lru_cache(maxsize=None)
def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:STEM] for w in words if len(w) >= STEM)


@functools.lru_cache(maxsize=None)
def _spelled_stems(words: frozenset[str]) -> frozenset[str]:
    """:func:`_stems` of the words' :func:`spelling_fold`."""
    return _stems(frozenset(spelling_fold(w) for w in words))


@functools.lru_cache(maxsize=None)
def _by_stem(words: frozenset[str]) -> dict[str, tuple[tuple[str, str], ...]]:
    """The start of each word's :func:`spelling_fold` -> (word, its fold) of the words that start so."""
    index: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for w in sorted(words):
        key = spelling_fold(w)
        if len(key) >= STEM:
            index[key[:STEM]].append((w, key))
    return {k: tuple(v) for k, v in index.items()}


def _listed(word: str, words: frozenset[str]) -> str | None:
    """The word of ``words`` that ``word`` writes, allowing for inflection and spelling.

    CLDR gives one form of each name; news writes "रुपये" for "रुपया", "dollars" for
    "dollar", "ভিয়েতনামী" for "ভিয়েতনামি", "வியட்நாமிய" for "வியட்நாமீஸ்".  A listed
    word matches when it is ``word`` itself, starts ``word`` before an ending of up to
    three code points, or shares with it a start of at least 70 % of the longer word
    (and :data:`STEM` code points); the longest shared start wins.  "Indian" and
    "Indonesian", "rupee" and "rupiah" share too little to be confused.  Words are
    compared by their :func:`spelling_fold` ("दीनार" writes CLDR's "दिनार").
    """
    if word in words:
        return word
    best, best_common = None, 0
    word = spelling_fold(word)
    for candidate, key in _by_stem(words).get(word[:STEM], ()):
        common = len(os.path.commonprefix((word, key)))
        if " " in word[common:] or " " in key[common:]:
            continue  # a word more or fewer is no inflection: "vietnamitas, un" is not "vietnamitas"
        inflected = common == len(key) and len(word) - common <= 3
        if (inflected or common >= 0.7 * max(len(word), len(key))) and common > best_common:
            best, best_common = candidate, common
    return best


def _no_unit(units: frozenset[str], words: list[str]) -> bool:
    """Whether none of ``words`` can be one of ``units`` for :func:`_listed` (a quick test first)."""
    if not units.isdisjoint(words):
        return False
    return _spelled_stems(units).isdisjoint(w[:STEM] for w in spelling_fold(" ".join(words)).split(" "))


#: What may stand between an amount and its currency: spaces, or a short linking word
#: ("14 000 milliards de dollars", "5 millones de dólares", "d'euros").
AMOUNT_LINK_RE = regex.compile(r"(?:[\s\u00a0]+|[\s\u00a0]+[\p{Ll}]{1,3}[\s\u00a0]+|[\s\u00a0]+\p{Ll}['’])\Z")


def _after_amount(text: str, start: int, amount_ends: set[int]) -> bool:
    """True when the phrase at ``start`` follows an amount (whose end is in ``amount_ends``)."""
    for end in amount_ends:
        if end == start or (0 < start - end <= 8 and AMOUNT_LINK_RE.match(text[end:start])):
            return True
    return False


@rule(
    "TQ505",
    "currency-mismatch",
    category="numbers",
    summary="The target names a different currency than the source",
    severity="error",
    needs_source=True,
)
def currency_mismatch(seg, ctx):
    r"""An amount in another currency than the source's: đồng rendered as US dollars, or the reverse.

    Currencies are recognised from CLDR names and symbols in each language,
    ISO codes, and the profile's everyday forms ("đồng", "VNĐ", "डोंग").
    Where the target names none of the source's currencies, the source's
    amount followed by another word is reported too: the engine translated
    the currency as a word ("5 tỷ đồng" -> "5 billion copper").  Where
    the item holds as many lines as its source, each line's currencies are
    compared with its source line's (a line whose source names none is let
    be: "5 tỷ" may mean đồng).  Where words run together or take particles
    (Chinese, Japanese, Korean, Thai), a currency's name is read right
    after the figure ("万亿美元", "億米ドルに", "달러로").  An amount may be
    written in words ("पांच अरब रुपये", "five billion US dollars").

    Bad (vi>en): Tổng vốn 4.870 tỷ đồng. => Total capital of USD 4.87 trillion.
    Bad (vi>hi): Tổng vốn 320 triệu USD. => कुल पूंजी 3,200 करोड़ वियतनामी डोंग है।
    Bad (vi>en): Giá 5 tỷ đồng. => The price is 5 billion copper.
    Good (vi>en): Tổng vốn 4.870 tỷ đồng. => Total capital of VND 4.87 trillion.
    Good (vi>hi): Tổng vốn 320 triệu USD. => कुल पूंजी 32 करोड़ अमेरिकी डॉलर है।
    Good (vi>en): Giá 5 tỷ đồng. => The price is VND 5 billion in total.
    Good (vi>en): Giá 5 tỷ đồng. => The price is 5 billion dong, about 200,000 US dollars.
    Bad (vi>hi): Vốn 320 triệu USD.\nChi phí 1.200 tỷ đồng. => पूंजी 32 करोड़ अमेरिकी डॉलर है।\nलागत 1,200 अरब अमेरिकी डॉलर है।
    Bad (vi>hi): Vốn 320 triệu USD, chi phí 1.200 tỷ đồng. => पूंजी 32 करोड़ अमेरिकी डॉलर, लागत 1,200 अरब अमेरिकी डॉलर है।
    Bad (vi>zh): Tổng thu đạt 21.500 tỷ đồng. => 财政收入达到21.5万亿美元。
    Bad (vi>ko): Tổng thu đạt 21.500 tỷ đồng. => 세입은 21조 5000억 미국 달러로 늘었다.
    Good (vi>ja): Tổng thu đạt 21.500 tỷ đồng. => 歳入は21兆5000億ドンに達した。
    Bad (vi>hi): Chính phủ đã chi 5 tỷ đồng. => सरकार ने पांच अरब रुपये खर्च किए।
    Good (vi>hi): Chính phủ đã chi hai tỷ đồng. => सरकार ने दो अरब डोंग खर्च किए।
    """
    if not (ctx.text.has(ANY_DIGIT_RE) or _spelled(ctx)):
        return  # no amount in the target
    source_currencies = _currencies_in(ctx, "source")
    if not source_currencies:
        return
    target_currencies = _currencies_in(ctx)
    source_values = None
    reported = set()
    # an amount the source gives in one currency and the target in another ("1.200 tỷ đồng" ->
    # "1,200 अरब अमेरिकी डॉलर"), wherever the source names both currencies
    source_amounts = _amounts(ctx, source_currencies, "source")
    amount_of = {s: amount for (s, _, _), amount in zip(target_currencies, _amounts_of(ctx, target_currencies))}
    for s, e, code in target_currencies:
        amount = amount_of[s]
        given = source_amounts.get(value_key(amount.value)) if amount is not None else None
        if given and code not in given[0]:
            reported.add(s)
            yield Hit(s, e, f"{seg.target[s:e]!r} ({code}) but the source gives {given[1]!r} in {', '.join(sorted(given[0]))}")
    for source_line, target_line, _ in _by_line(source_currencies, target_currencies, ctx, start=lambda c: c[0]):
        if not source_line:
            continue  # a line whose source names no currency: the target's may be one it implies ("5 tỷ")
        source_codes = {c for _, _, c in source_line}
        kept = not source_codes.isdisjoint(c for _, _, c in target_line)
        for s, e, code in target_line:
            if code in source_codes or s in reported:
                continue
            if kept:
                # the source's currency is there too: another one with a figure the source does not have
                # is a conversion the translator added ("5 tỷ đồng" -> "5 billion dong, about $200,000")
                if source_values is None:
                    source_values = {value_key(v) for m in _mentions(ctx, "source") for v in m.values}
                amount = amount_of[s]
                if amount is not None and source_values.isdisjoint(value_key(v) for v in amount.values):
                    continue
            here = "here " if len(source_line) < len(source_currencies) else ""
            yield Hit(s, e, f"{seg.target[s:e]!r} ({code}) but the source's amounts {here}are in {', '.join(sorted(source_codes))}")
    if not {c for _, _, c in source_currencies}.isdisjoint(c for _, _, c in target_currencies):
        return
    yield from _currency_lost(seg, ctx, source_currencies)


def _amounts_of(ctx, currencies, field: str = "target") -> list[Mention | None]:
    """The figure each currency of a field stands beside; None for one beside no figure.  Of two,
    a sign or an ISO code takes the figure after it ("$200 billion (£150 billion)": the pound's is
    150), a word the figure before it ("3,1 milliards d'euros (3,6 milliards de dollars)")."""
    text = ctx.text.text if field == "target" else ctx.src.text
    figures = _figures(ctx, field)
    found = []
    for s, e, _ in currencies:
        beside = [m for m in figures if _next_to(m, s, e)]
        name = text[s:e]
        prefix = not any(c.isalpha() for c in name) or (name.isascii() and name.isupper())
        found.append(min(beside, key=lambda m: (m.start >= e) != prefix, default=None))
    return found


def _amounts(ctx, currencies, field: str) -> dict[float, tuple[set[str], str]]:
    """Value key of each amount of a field -> the currencies it is given in, and how it is written."""
    found: dict[float, tuple[set[str], str]] = {}
    for (_, _, code), amount in zip(currencies, _amounts_of(ctx, currencies, field)):
        if amount is not None:
            found.setdefault(value_key(amount.value), (set(), amount.text))[0].add(code)
    return found


#: The word after an amount (and its scale words, "5 billion copper"), and the one after it ("अमेरिकी डॉलर्स": a currency's adjective first).
NEXT_WORD_RE = regex.compile(r"[ \t\u00a0]*([\p{L}\p{M}]+)(?:[ \t\u00a0]+([\p{L}\p{M}]+))?")


def _currency_lost(seg, ctx, source_currencies):
    """The source's amount in the target, followed by a word that is no currency, where the target
    names none of the source's currencies: the currency was translated as a word ("5 tỷ đồng" ->
    "5 billion copper", đồng being copper too)."""
    if not ctx.target.shipped:
        return  # the currency words of other languages are known only in CLDR's forms, not inflected
    amounts = {}
    for (s, e, code), m in zip(source_currencies, _amounts_of(ctx, source_currencies, "source")):
        if m is not None:
            amounts.setdefault(value_key(m.value), (code, seg.source[s:e]))
    currency_words = _currency_word_stems(ctx.target.code)
    for t in _figures(ctx):
        found = amounts.get(value_key(t.value))
        word = NEXT_WORD_RE.match(seg.target, t.end) if found else None
        if word is None or _after_currency_sign(seg.target, t.start):
            continue
        folded = word.group(1).casefold()
        if folded in ctx.target.name_stopwords or any(_names_currency(w, ctx.target, currency_words) for w in word.groups() if w):
            continue
        code, name = found
        yield Hit(word.start(1), word.end(1), f"{word.group(1)!r} stands where the source's currency {name!r} ({code}) was: the amount {t.text!r} has no currency")


def _next_to(m: Mention, start: int, end: int) -> bool:
    """Whether the span ``[start, end)`` (a currency) stands within three characters of figure ``m``."""
    return 0 <= start - m.end <= 3 or 0 <= m.start - end <= 3


def _names_currency(word: str, profile: Profile, currency_words: frozenset[str]) -> bool:
    """Whether ``word`` is a word of a currency's name, inflected ("dollars"), or with a case ending ("डोङको")."""
    folded = word.casefold()
    bare = profile.without_case_ending(folded)
    return not {folded, folded[:STEM], bare, bare[:STEM]}.isdisjoint(currency_words)


@functools.lru_cache(maxsize=None)
def _currency_word_stems(lang: str) -> frozenset[str]:
    """Every word of every currency name ``lang`` knows (CLDR, the profile), case-folded, and its
    first :data:`STEM` letters, so that inflected forms ("डॉलर्स", "dollars") are known too."""
    # the function words of CLDR's longer names ("का", "और") name no currency on their own
    common = load_profile(lang).function_words
    words = frozenset(w for form in _currency_table(lang)[0] for w in form.split() if w not in common)
    return words | _stems(words)


def _after_currency_sign(text: str, start: int) -> bool:
    """Whether a currency sign or code stands right before a figure ("$5", "VND 5")."""
    before = text[max(0, start - 4):start]
    return CURRENCY_SIGN_RE.search(before) is not None or ISO_CODE_RE.search(before) is not None


@rule(
    "TQ508",
    "currency-variants",
    category="numbers",
    summary="One currency written several ways in one document",
    severity="info",
    scope="document",
    fixable="unsafe",
)
def currency_variants(doc, ctx):
    """Amounts in one currency written with different names in one article ("वियतनामी डोंग", "VND", "डोंग").

    Readers wonder whether two currencies are meant.  Each form other than
    the most frequent is noted (info: shortening a name after its first
    mention is common house style).

    Bad (hi): राजस्व 500 अरब वियतनामी डोंग रहा और खर्च 20 अरब VND रहा।
    Good (hi): राजस्व 500 अरब वियतनामी डोंग रहा और खर्च 20 अरब वियतनामी डोंग रहा।
    """
    seen: dict[str, list[tuple[int, int, int, str]]] = collections.defaultdict(list)
    for i in _with_figures(ctx):
        for s, e, code in _currencies_in(ctx, index=i):
            seen[code].append((i, s, e, doc.segments[i].target[s:e]))
    for code, spots in sorted(seen.items()):
        usual = usual_form([" ".join(text.split()) for *_, text in spots])
        if usual is None:
            continue
        for i, s, e, text in spots:
            if " ".join(text.split()) != usual:
                yield Hit(s, e, f"{code} written {text!r} here but {usual!r} elsewhere in this document", suggestion=usual, segment=i)


@rule(
    "TQ506",
    "time-as-duration",
    category="numbers",
    summary="A clock time or a date rendered as a duration (\"15h\" -> \"15 घंटे\", \"tháng 9\" -> \"9 महीने\"), in the morning, or as a decimal",
    severity="error",
    needs_source=True,
    trigger=ANY_DIGIT_RE,
)
def time_as_duration(seg, ctx):
    """Dates and times whose meaning changed in translation.

    Vietnamese writes 3 pm as "15h" or "15h30" and 8 September as "8.9".
    MT renders "15h" as "15 घंटे" (15 hours), "20h30" as "8:30 घंटे" or
    "8:30 a.m.", and keeps "8.9" as a decimal.  Each profile says how its
    language writes a duration in hours and a morning hour (time.hour_duration,
    time.morning).  The day or month of a date, which CLDR's duration
    word precedes ("ngày 2", "tháng 9": September), is wrong as a duration
    ("9 महीनों में", in nine months) unless the source also counts that
    many of them.

    Bad (vi>hi): Hội nghị bắt đầu lúc 15h. => सम्मेलन 15 घंटे शुरू हुआ।
    Bad (vi>hi): Hội nghị bắt đầu lúc 20h30. => सम्मेलन 8:30 घंटे शुरू हुआ।
    Bad (vi>en): Khai mạc ngày 8.9 tại Hà Nội. => It opens on 8.9 in Hanoi.
    Bad (vi>en): Giá mới áp dụng từ 15h ngày 3/10. => The new price applies from 3 a.m. on October 3.
    Bad (vi>hi): Hội nghị bắt đầu lúc 20h30. => सम्मेलन सुबह 8:30 बजे शुरू हुआ।
    Bad (vi>en): Hội nghị bắt đầu lúc 15h30. => The conference began at 3:30 in the morning.
    Good (vi>hi): Hội nghị bắt đầu lúc 15h. => सम्मेलन दोपहर 3 बजे शुरू हुआ।
    Good (vi>en): Giá mới áp dụng từ 15h ngày 3/10. => The new price applies from 3 p.m. on October 3.
    Good (vi>hi): Hội nghị bắt đầu lúc 15h và kéo dài 3 giờ. => सम्मेलन 15:00 बजे शुरू हुआ और 3 घंटे चला।
    Good (vi>en): Khai mạc ngày 8.9 tại Hà Nội. => It opens on 8 September in Hanoi.
    Bad (vi>hi): Tháng 9 năm 2024, tỉnh đón 2 triệu khách. => 2024 के 9 महीनों में प्रांत ने 20 लाख पर्यटकों का स्वागत किया।
    Bad (vi>en): Lễ hội khai mạc ngày 2 tháng 9. => The festival opens in 2 days, 9 months.
    Good (vi>hi): Tháng 9 năm 2024, tỉnh đón 2 triệu khách. => सितंबर 2024 में प्रांत ने 20 लाख पर्यटकों का स्वागत किया।
    Good (vi>en): Sau 9 tháng, đến tháng 9 năm 2024, dự án xong. => After 9 months, by September 2024, the project was done.
    """
    tgt = seg.target
    if not _mentions(ctx) or not _mentions(ctx, "source"):
        return
    yield from _date_as_duration(seg, ctx)
    folded = ctx.src.folded
    clock = _time_pattern(ctx.source.code, "clock")
    duration, morning = ctx.target.time.get("hour_duration"), ctx.target.time.get("morning")
    # the source's clock times are read only for a target with hours as a duration or in the morning
    duration = duration if duration and ctx.text.has(_duration_word(duration)) else None
    morning = morning if morning and ctx.text.has(_morning_hour("", morning, "")) else None
    times = sorted({(int(m.group(1)), int(m.group(2) or 0)) for m in clock.finditer(folded)}) if clock and (duration or morning) else []
    if duration:
        for hour, minute in times:
            # the hour as the source writes it, with its minutes or without ("15 घंटे", "15:30 घंटे"),
            # or in its twelve-hour form with minutes ("8:30 घंटे"): "3 घंटे" may be how long it lasted
            for written, with_minutes in sorted({(hour, False), (hour - 12 if hour > 12 else hour, True)}):
                for m in _hours_as_duration(str(written), duration, ctx.target.native_digits, with_minutes).finditer(tgt):
                    yield Hit(m.start(), m.end(), f"{m.group()!r} is a duration, but the source gives the time of day {hour}:{minute:02d}", suggestion=f"{hour}:{minute:02d}")
    if morning:
        for hour, minute in times:
            if hour > 12:  # unambiguous afternoon and evening hours ("3 giờ" alone may be either)
                for m in _morning_hour(str(hour - 12), morning, ctx.target.native_digits).finditer(tgt):
                    yield Hit(m.start(), m.end(), f"{m.group()!r} is in the morning, but the source gives the time of day {hour}:{minute:02d}")
    day_month = _time_pattern(ctx.source.code, "day_month")
    if day_month and ctx.text.has(DECIMAL_LIKE_RE):
        for m in day_month.finditer(folded):
            day, month = m.group(1), m.group(2)
            for t in _day_month_as_decimal(day, month, ctx.target.native_digits).finditer(tgt):
                yield Hit(t.start(), t.end(), f"{t.group()!r} reads as a decimal number; the source means day {day} of month {month}")


#: The parts of a date a duration word may name before the figure ("ngày 2", "tháng 9").  Not the
#: year: other languages write a date's year with the word after it (Russian "2017 года").
DATE_PART_UNITS = frozenset({"duration-day", "duration-month"})


@functools.lru_cache(maxsize=None)
def _date_part_words(lang: str) -> re.Pattern:
    """What a text cannot give a day or month as a duration without: one of ``lang``'s words for them."""
    return any_of(frozenset(form for form, unit in _unit_table(lang)[0].items() if unit in DATE_PART_UNITS))


def _date_as_duration(seg, ctx):
    """TQ506's findings for the day or month of a date given as that many days or months."""
    from ..languages import cldr

    if _date_part_words(ctx.target.code).search(ctx.text.folded) is None:
        return
    durations = [(t, unit, end) for t, unit, end in _measures(ctx) if unit in DATE_PART_UNITS]
    if durations:
        # a day that a date of the target holds is no duration, whatever word it takes ("3月12日")
        dates = [(start, end) for _, _, start, end in _dates(ctx.text, ctx.target.code)]
        durations = [d for d in durations if not any(start <= d[0].start < end for start, end in dates)]
    if not durations:
        return
    forms = cldr.unit_forms(ctx.source.code)  # CLDR's words only: a profile's "tuổi 20" is an age
    points = {}
    for m in _mentions(ctx, "source"):
        unit = forms.get(_word_before(seg.source, m))
        if unit in DATE_PART_UNITS:
            points[value_key(m.value)] = unit
    if not points:
        return
    counted = {(value_key(m.value), unit) for m, unit, _ in _without_dates(seg.source, _measures(ctx, "source"), ctx.source.code)}
    for t, unit, end in durations:
        key = value_key(t.value)
        if points.get(key) == unit and (key, unit) not in counted:
            part = unit.partition("-")[2]
            yield Hit(t.start, end, f"{seg.target[t.start:end]!r} is a duration, but the source's {t.text} is the {part} of a date")


#: What a day.month date kept as a decimal needs in the target: digits on both sides of a separator.
DECIMAL_LIKE_RE = regex.compile(r"\p{Nd}[.,]\p{Nd}")


@functools.lru_cache(maxsize=None)
def _duration_word(duration: str) -> regex.Pattern:
    """The profile's word for hours, alone: without it no time can have become a duration."""
    return regex.compile(duration, regex.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _morning_hour(hour: str, morning: str, native_digits: str) -> regex.Pattern:
    """The profile's pattern for a morning hour (its ``{hour}`` the figures of ``hour``, ASCII or
    native; any hour when ``hour`` is empty)."""
    figures = _any_digits(hour, native_digits) if hour else r"\p{Nd}{1,2}"
    return regex.compile(morning.replace("{hour}", figures), regex.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _hours_as_duration(hour: str, duration: str, native_digits: str, with_minutes: bool = False) -> regex.Pattern:
    """``hour`` in ASCII or the language's own digits, maybe (or, ``with_minutes``, surely) with its
    minutes ("8:30"), then a word for hours."""
    minutes = rf"(?:[:.]\p{{Nd}}{{2}}){'' if with_minutes else '?'}"
    return regex.compile(rf"(?<![\p{{Nd}}:.]){_any_digits(hour, native_digits)}{minutes}\s*{duration}", regex.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _day_month_as_decimal(day: str, month: str, native_digits: str) -> regex.Pattern:
    """"8.9" or "8,9" (in ASCII or native digits) standing alone, as a decimal number would."""
    return regex.compile(rf"(?<![\p{{Nd}}.,]){_any_digits(day, native_digits)}[.,]{_any_digits(month, native_digits)}(?!\p{{Nd}})")


def _any_digits(number: str, native_digits: str) -> str:
    """A pattern for the ASCII digits ``number`` written with ASCII or ``native_digits`` (one digit per value 0-9)."""
    if len(native_digits) != 10:
        return number
    return "".join(f"[{d}{native_digits[int(d)]}]" for d in number)


@functools.lru_cache(maxsize=None)
def _unit_table(lang: str) -> tuple[dict[str, str], regex.Pattern | None]:
    """Surface form -> CLDR unit id for ``lang``: the profile's unit words, then CLDR's forms of the
    units news uses, then the symbols any language writes ("km", "°C")."""
    from ..languages import cldr

    profile = load_profile(lang)
    table = {k.casefold(): v for k, v in profile.units.items()}
    for form, unit in cldr.unit_forms(lang).items():
        table.setdefault(form, unit)
    for sign in PERCENT_SIGNS:  # a sign, not a word, so not among CLDR's forms read as words
        table.setdefault(sign, PERCENT)
    for symbol, unit in cldr.UNIT_SYMBOLS.items():
        table.setdefault(symbol, unit)
    forms = sorted(table, key=len, reverse=True)
    pattern = regex.compile(r"\G[ \t\u00a0\u202f]*(" + "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")(?![\p{L}\p{M}\p{N}])", regex.IGNORECASE)
    return table, pattern


PERCENT = "concentr-percent"
PERCENT_SIGNS = ("%", "٪", "％")


@functools.lru_cache(maxsize=None)
def _percent_stems(lang: str) -> frozenset[str]:
    """The first letters of every word ``lang`` writes "percent" with, so inflected forms count
    ("टक्क्यांनी" for "टक्के")."""
    forms = [f for f, unit in _unit_table(lang)[0].items() if unit == PERCENT and f not in PERCENT_SIGNS]
    return frozenset(w[:STEM] for f in forms for w in f.split())


def _units_after(text: str, items: list[Mention], lang: str) -> list[tuple[Mention, str, int]]:
    """(figure, CLDR unit id, end of the unit) of each of ``items`` with a unit after it; the first
    figure of a range takes the unit of the second ("3 to 6 inches")."""
    table, pattern = _unit_table(lang)
    if pattern is None:
        return []
    out: list[tuple[Mention, str, int]] = []
    for k in range(len(items) - 1, -1, -1):
        m = items[k]
        u = pattern.match(text, m.end)
        if u:
            out.append((m, table[" ".join(u.group(1).split()).casefold()], u.end()))
        elif out and out[-1][0] is items[k + 1] and range_re(lang).fullmatch(text, m.end, items[k + 1].start):
            out.append((m, out[-1][1], m.end))
    return out[::-1]


def _same_measure(a: str, b: str) -> bool:
    """Whether two CLDR unit ids may name one measurement as read: equal, or one the start of the
    other ("length-mile" is how "85 मील प्रति घंटे" reads when the phrase is inflected past CLDR's
    "मील प्रति घंटा", speed-mile-per-hour)."""
    if a == b:
        return True
    a, b = a.partition("-")[2], b.partition("-")[2]
    return bool(a and b) and (a.startswith(b + "-") or b.startswith(a + "-"))


def _quantity(unit: str) -> str:
    """What a CLDR unit measures, for conversions: a speed per hour converts as its length does, so
    "85 dặm trên giờ" read as miles (the start of "dặm trên giờ") still pairs with "137 km/h"."""
    kind = unit.partition("-")[0]
    return "length" if kind == "speed" else kind


def _convert(value: float, unit: str, to: str) -> float:
    """``value`` in ``unit`` expressed in ``to`` (CLDR ids of one quantity)."""
    from ..languages.cldr import NEWS_UNITS

    (factor, offset), (to_factor, to_offset) = NEWS_UNITS[unit], NEWS_UNITS[to]
    return (value * factor + offset - to_offset) / to_factor


#: How far copy rounds a converted figure: "200 miles" is "300 km" (321.9) in careful news.
CONVERSION_TOLERANCE = 0.1


def _converts(t: Mention, unit: str, measures: list[tuple[Mention, str, int]]) -> bool:
    """Whether ``t``, in ``unit``, is one of the source's ``measures`` converted to that unit
    (a figure without a unit is not: "21" is not 500 mm in inches).  A temperature may be a
    degree off, whatever its size.  Units a profile names beyond :data:`NEWS_UNITS` have no
    factor and convert to nothing."""
    from ..languages.cldr import NEWS_UNITS

    if unit not in NEWS_UNITS:
        return False
    for s, source_unit, _ in measures:
        if source_unit != unit and source_unit in NEWS_UNITS and _quantity(source_unit) == _quantity(unit):
            expected = _convert(s.value, source_unit, unit)
            slack = 1.0 if unit.startswith("temperature") else 0.0
            if abs(t.value - expected) <= max(CONVERSION_TOLERANCE * abs(expected), slack):
                return True
    return False


#: What may follow a figure that has certainly lost its unit: punctuation (not a range dash or slash) or the end.
UNIT_LESS_END_RE = LazyPattern(r"[ \t]*(?:[\p{P}--[-–/]]|$)", flags=regex.V1)


@rule(
    "TQ507",
    "unit-mismatch",
    category="numbers",
    summary="A measurement unit that changed or vanished in translation",
    severity="error",
    needs_source=True,
    trigger=ANY_DIGIT_RE,
)
def unit_mismatch(seg, ctx):
    """A figure whose unit differs from the source's (hectares became tonnes), or whose unit was dropped.

    Units are read from the profiles' unit words and from CLDR's long and
    short forms of the units news uses (lengths, areas, masses, volumes,
    temperatures, speeds, power), and its long forms of durations, so
    every CLDR language is covered; the source's figure and the target's
    are paired by value, line by line where the item holds as many lines
    as its source.  A unit read as the start of another ("मील" of "मील
    प्रति घंटे") counts as the same.  A duration word inside a date or a
    clock time ("ngày 2 tháng 9 năm 2024") is no duration, and a figure
    that lost a duration may have become a clock time, so only a duration
    changed into another unit is reported.

    Bad (vi>hi): Khoảng 350 ha lúa bị ngập. => लगभग 350 टन धान डूब गया।
    Bad (vi>hi): Quãng đường dài 15 km. => दूरी 15 मील है।
    Bad (vi>de): Nhiệt độ lên tới 35 độ C. => Es wurden 35 Grad Fahrenheit gemessen.
    Bad (vi>en): Đường dài 3,4 km. => The road's length is 3.4, officials said.
    Good (vi>hi): Khoảng 350 ha lúa bị ngập. => लगभग 350 हेक्टेयर धान डूब गया।
    Good (vi>en): Đường dài 3,4 km và rộng 12 m. => The road is 3.4 km long and 12 metres wide.
    Bad (vi>hi): Doanh thu tăng 12,5%. => राजस्व 12.5 गुना बढ़ा।
    Good (vi>hi): Doanh thu tăng 12,5%, lợi nhuận tăng 5%. => राजस्व 12.5 प्रतिशत और मुनाफ़ा 5% बढ़ा।
    Good (vi>en): Từ 30% đến 43% cử tri ủng hộ. => Between 30 and 43 percent of voters agreed.
    Bad (vi>hi): Mưa lớn kéo dài 3 ngày. => भारी बारिश 3 घंटे तक चली।
    Bad (vi>en): Dự án hoàn thành sau 18 tháng. => The project was finished after 18 years.
    Good (vi>hi): Ngày 2 tháng 9 năm 2024, mưa kéo dài 3 ngày. => 2 सितंबर 2024 को बारिश 3 दिनों तक चली।
    Good (vi>en): Ngày 2 tháng 9 năm 2024 có 2 tuần lễ hội. => On 2 September 2024 two weeks of festivals began.
    """
    src_units = _without_dates(seg.source, _measures(ctx, "source"), ctx.source.code)
    if not src_units:
        return
    tgt_units = {m.start: (unit, end) for m, unit, end in _without_dates(seg.target, _measures(ctx), ctx.target.code)}
    for src_line, tgt_mentions, _ in _by_line(src_units, _mentions(ctx), ctx, src_start=lambda item: item[0].start):
        yield from _units_changed(seg, ctx, src_line, tgt_mentions, tgt_units)


def _units_changed(seg, ctx, src_units, tgt_mentions: list[Mention], tgt_units: dict):
    """TQ507's findings for the source's figures with units ``src_units`` against ``tgt_mentions``."""
    by_value = collections.defaultdict(list)
    for t in tgt_mentions:
        by_value[value_key(t.value)].append(t)
    for s, unit, _ in src_units:
        partners = by_value.get(value_key(s.value), [])
        if not partners:
            continue  # a changed value is TQ501's business
        if any(_same_measure(tgt_units.get(t.start, ("",))[0], unit) for t in partners):
            continue
        t = partners[0]
        found = tgt_units.get(t.start)
        name = unit.split("-", 1)[1]
        if found:
            if unit.startswith("duration-") != found[0].startswith("duration-"):
                # a duration is compared with durations only: beside "6 फुट 6 इंच", a source's
                # "6 foot 6 tuổi" (six years old, for six foot six) is no fault of the translation
                continue
            end = found[1]
            yield Hit(t.start, end, f"{seg.target[t.start:end]!r}: the source's unit is {name} ({seg.source[s.start:s.end + 12].strip()!r})")
        elif unit.startswith("duration-"):
            continue  # a figure without its duration may be a clock time or a date ("lúc 9 tiếng" is rare, "9 बजे" usual)
        elif unit == PERCENT:
            # the shipped languages' ways of writing a percentage are known, before the figure too
            # ("टक्केवारी 34"), so a figure without one has lost it ("12.5 गुना" is 12.5 times); other
            # languages have ways CLDR does not list (Thai "ร้อยละ 15")
            if ctx.target.shipped and not _percent_near(seg.target, t, tgt_mentions, tgt_units, ctx.target.code):
                yield Hit(t.start, t.end, f"{t.text!r} lost its unit ({name} in the source)")
        elif UNIT_LESS_END_RE.match(seg.target, t.end):
            # only a figure followed by punctuation has certainly lost its unit: a word may be a unit name we do not know
            yield Hit(t.start, t.end, f"{t.text!r} lost its unit ({name} in the source)")


#: A figure right after the unit that ends a duration, or the word right before one.
FIGURE_AFTER_RE = regex.compile(r"[ \t\u00a0]*\p{N}")


def _word_before(text: str, m: Mention) -> str:
    """The word right before figure ``m``, case-folded ("" when none stands there)."""
    found = WORD_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    return found.group(1).casefold() if found else ""


def _without_dates(text: str, measures: list[tuple[Mention, str, int]], lang: str) -> list[tuple[Mention, str, int]]:
    """``measures`` less the durations that are parts of a date or a clock time, where a language
    names the day, month and year with its duration words: "ngày 2 tháng 9 năm 2024" holds
    "2 tháng" and "9 năm" but no two months and no nine years ("15 giờ 30" no fifteen hours)."""
    table = _unit_table(lang)[0]

    def in_date(m: Mention, unit: str, end: int) -> bool:
        if not unit.startswith("duration-"):
            return False
        return FIGURE_AFTER_RE.match(text, end) is not None or table.get(_word_before(text, m), "").startswith("duration-")

    return [item for item in measures if not in_date(*item)]


#: What may join two figures that share a unit written after the second ("30 and 43 percent", "30-43%").
SHARED_UNIT_GAP_RE = regex.compile(r"[ \t\u00a0]*(?:[-–]|\p{L}{1,4})?[ \t\u00a0]*")


def _percent_near(text: str, t: Mention, mentions: list[Mention], units: dict, lang: str) -> bool:
    """Whether a percentage without its sign is written as one all the same: a form of "percent"
    the unit table does not list right after it ("टक्क्यांनी", "14-процентном") or among the two
    words before it ("टक्केवारी 34"), or the sign after the next figure that shares it ("30 and 43%")."""
    stems = _percent_stems(lang)
    after = PERCENT_WORD_AFTER_RE.match(text, t.end)
    if after is not None and after.group(1).casefold()[:STEM] in stems:
        return True
    if any(w.casefold()[:STEM] in stems for w in LETTERS_RE.findall(text, max(0, t.start - 40), t.start)[-2:]):
        return True
    later = [m for m in mentions if m.start >= t.end]
    return bool(later) and units.get(later[0].start, ("",))[0] == PERCENT and SHARED_UNIT_GAP_RE.fullmatch(text, t.end, later[0].start) is not None


#: The word right after a figure, maybe joined by a hyphen ("14-процентном").
PERCENT_WORD_AFTER_RE = regex.compile(r"[ \t\u00a0-]*([\p{L}\p{M}]+)")


@functools.lru_cache(maxsize=None)
def _month_date_re(lang: str) -> tuple[regex.Pattern | None, dict[str, int], re.Pattern]:
    """A day written with a month's name ("9 अगस्त", "September 8th", "8 de septiembre", "ngày 8 tháng 9"),
    from CLDR's month names in ``lang``; name -> month number; and a pattern for the names'
    first words, which the case-folded text must hold for the first to match."""
    from ..languages import cldr

    from ..languages.translit import deva_spellings

    names = dict(cldr.month_names(lang))
    for name, month in list(names.items()):
        for spelling in deva_spellings(name):  # spellings CLDR leaves out ("सितम्बर")
            names.setdefault(spelling, month)
    if not names:
        return None, names, re.compile("(?!)")
    alternation = "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    day = r"(\p{Nd}{1,2})(?:st|nd|rd|th|er|e|\.|日|일)?"  # "8th", "8e", "8.", "8日", "8일"
    # a case ending written onto the month ("९ अगस्टमा", "८ সেপ্টেম্বরে"): the profile's endings
    endings = load_profile(lang).case_endings_longest_first
    ending = "(?:" + "|".join(map(regex.escape, endings)) + ")?" if endings else ""
    # a date stands between letters of scripts written without spaces ("2024年3月12日に")
    edge = r"(?:(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])[\p{L}\p{M}]|\p{N})"
    pattern = rf"(?<!{edge})(?:{day}\s*(?:\p{{Ll}}{{1,3}}\s+)?({alternation}){ending}|({alternation})\s*{day})(?!{edge})"
    return regex.compile(pattern, regex.IGNORECASE), names, any_of(frozenset(n.split()[0] for n in names))


#: A numeric date with its year ("8/9/2023", "8-9-2023", "8.9.2023"), and what it cannot match without.
NUMERIC_DATE_RE = regex.compile(r"(?<![\p{N}/.-])(\p{Nd}{1,2})([/.-])(\p{Nd}{1,2})\2\p{Nd}{4}(?![\p{N}])")
NUMERIC_DATE_HINT_RE = re.compile(r"[/.-]\d{4}")


def _dates(info, lang: str, profile: Profile | None = None) -> list[tuple[int, int, int, int]]:
    """(day, month, start, end) of each date in a text: a day with a month's name, a numeric
    date with its year in the language's order, and the profile's "day.month" pattern
    (whose offsets, in the case-folded text, are given as -1)."""
    text, out = info.text, []
    pattern, names, hint = _month_date_re(lang)
    if pattern is not None and hint.search(info.folded) is not None:
        for m in finditer(pattern, text):
            day, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            month = names.get(" ".join(name.casefold().split()))
            if month is not None and 1 <= int(day) <= 31:
                out.append((int(day), month, m.start(), m.end()))
    if NUMERIC_DATE_HINT_RE.search(text) is not None:
        from ..languages import cldr

        day_first = cldr.day_comes_first(lang)
        for m in NUMERIC_DATE_RE.finditer(text):
            a, b = int(m.group(1)), int(m.group(3))
            first = day_first
            if first is None:  # either order is written (English): only a day over 12 tells which
                if (a > 12) == (b > 12):
                    continue
                first = a > 12
            day, month = (a, b) if first else (b, a)
            if 1 <= day <= 31 and 1 <= month <= 12:
                out.append((day, month, m.start(), m.end()))
    day_month = _time_pattern(profile.code, "day_month") if profile is not None else None
    if day_month is not None:
        out += [(int(m.group(1)), int(m.group(2)), -1, -1) for m in day_month.finditer(info.folded)]
    return out


@rule(
    "TQ509",
    "date-mismatch",
    category="numbers",
    summary="A date whose day and month were swapped or whose month changed (8/9 became \"9 अगस्त\")",
    severity="error",
    needs_source=True,
    trigger=ANY_DIGIT_RE,
)
def date_mismatch(seg, ctx):
    """A date of the target that reads the source's date wrongly.

    Vietnamese writes the day first ("ngày 8/9" is 8 September); MT engines
    read it the American way and write "9 अगस्त" (9 August), or keep the day
    and change the month.  Dates are read in both texts from CLDR's month
    names of each language, numeric dates with a year in the language's own
    order (where its countries disagree, English's 12/03/2024 may be either,
    and only a day over 12 tells), and the profile's "day.month" pattern.  A target date is reported
    only when the source holds the same two numbers the other way round,
    the same day in another month, or another day of the same month that
    is no figure of the source ("30/4" written "3 अप्रैल"), or a date the
    target gives once more than the source where a date of the same month
    is missing ("3/9 ... 5/9" written "5 सितंबर ... 5 सितंबर"): a date the
    source does not mention at all may be written in a form not read here.

    Bad (vi>hi): Ngày 8/9, tỉnh tổ chức hội nghị. => 9 अगस्त को प्रांत ने सम्मेलन किया।
    Bad (vi>en): Hội nghị diễn ra ngày 8 tháng 9 năm 2023. => The conference took place on 8 October 2023.
    Bad (vi>hi): Ngày 30/4/2024, cầu được khánh thành. => 3 अप्रैल 2024 को पुल का उद्घाटन हुआ।
    Bad (vi>hi): Ngày 18/11/2023, tỉnh họp. => 11 नवंबर 2023 को प्रांत की बैठक हुई।
    Bad (vi>hi): Ngày 3/9, tỉnh họp. Hạn chót là ngày 5/9. => 5 सितंबर को प्रांत की बैठक हुई। अंतिम तिथि 5 सितंबर है।
    Good (vi>hi): Ngày 8/9, tỉnh tổ chức hội nghị. => 8 सितंबर को प्रांत ने सम्मेलन किया।
    Good (vi>hi): Từ ngày 3 đến 30/4, tỉnh tổ chức hội chợ. => 3 से 30 अप्रैल तक प्रांत ने मेला लगाया।
    Good (vi>en): Hội nghị diễn ra ngày 8/9/2023. => The conference took place on September 8, 2023.
    Good (vi>en): Hội nghị diễn ra ngày 12/3/2024. => The conference took place on 12/03/2024.
    Bad (vi>en): Hội nghị diễn ra ngày 18/11/2023. => The conference took place on 18/10/2023.
    """
    target = [date for date in _dates(ctx.text, ctx.target.code) if date[2] >= 0]
    if not target:
        return
    source_dates = _dates(ctx.src, ctx.source.code, ctx.source)
    source = {(d, m) for d, m, _, _ in source_dates}
    yield from _date_given_twice(seg, target, source_dates)
    for day, month, start, end in target:
        if (day, month) in source:
            continue
        if (month, day) in source and day != month:
            yield Hit(start, end, f"{seg.target[start:end]!r} is day {day} of month {month}; the source's date is day {month} of month {day} (day and month swapped)")
            continue
        months = sorted(m for d, m in source if d == day)
        if months:
            yield Hit(start, end, f"{seg.target[start:end]!r} is in month {month}; the source's day {day} is in month {'/'.join(map(str, months))}")
            continue
        days = sorted(d for d, m in source if m == month)
        if days and not _in_source(ctx, day, source_dates):
            yield Hit(start, end, f"{seg.target[start:end]!r} is day {day}; the source's date in month {month} is day {'/'.join(map(str, days))}")


def _date_given_twice(seg, target, source_dates):
    """A source date written as another date of the source in the same month, which the target then
    gives once too often ("3/9 ... 5/9" -> "5 सितंबर ... 5 सितंबर"): the occurrence nearest (by
    relative position) to where the lost date stood is reported."""
    in_source = collections.Counter((d, m) for d, m, _, _ in source_dates)
    in_target = collections.Counter((d, m) for d, m, _, _ in target)
    lost = in_source - in_target
    if not lost:
        return
    surplus = [t for t in target if in_target[t[:2]] > in_source[t[:2]] > 0]
    for d, m, s, _ in source_dates:
        if not lost[(d, m)]:
            continue
        same_month = [t for t in surplus if t[1] == m]
        if not same_month:
            continue
        where = s / max(1, len(seg.source))
        day, month, start, end = min(same_month, key=lambda t: abs(t[2] / max(1, len(seg.target)) - where))
        lost[(d, m)] -= 1
        surplus = [t for t in surplus if t[:2] != (day, month)]
        yield Hit(start, end, f"{seg.target[start:end]!r} is day {day} of month {month}, given once more than in the source, whose day {d} of that month is missing from the target")


def _in_source(ctx, number: int, dates) -> bool:
    """Whether ``number`` is the value of a figure of the current segment's source other than the
    month of one of its ``dates`` ("18/11" written "11 नवंबर" took the month for the day)."""
    key = value_key(number)
    figures = sum(1 for m in _mentions(ctx, "source") if any(key == value_key(v) for v in m.values))
    return figures > sum(1 for _, m, _, _ in dates if m == number)


def _telling_figure(m: Mention) -> bool:
    """A figure no other sentence would happen to hold: with a scale word, or four digits or more
    that are no year ("21.500 tỷ", "1.250")."""
    return bool(m.exponent) or (m.value >= 1000 and not (1900 <= m.value <= 2100 and m.value == int(m.value)))


@rule(
    "TQ510",
    "sentence-figures-missing",
    category="numbers",
    summary="A source sentence whose figures are all missing from a shorter target (a sentence left out)",
    severity="warning",
    needs_source=True,
    options={"min_figures": 2},
)
def sentence_figures_missing(seg, ctx):
    """A sentence of the source left out of the target, found by its figures.

    MT drops sentences, and a dropped sentence takes its figures along.  When
    the target has fewer sentences than its source and every figure of one
    source sentence (``min_figures`` of them at least, counts under ten left
    aside, since either side may spell them out, or a single one that no
    other sentence would hold: with a scale word, or four digits or more
    that are no year) is missing from the whole target, that sentence is
    reported, on the source.  A target with as many sentences as its source
    lost no sentence: figures given another way there (a conversion, a
    rounded sum) are TQ501's business.

    Bad (vi>hi): Tỉnh có 2.300 hộ nghèo. Năm 2023, tỉnh chi 450 tỷ đồng cho 1.200 công trình. Kết quả rất tốt. => प्रांत में 2,300 गरीब परिवार हैं। परिणाम बहुत अच्छे रहे।
    Good (vi>hi): Tỉnh có 2.300 hộ nghèo. Năm 2023, tỉnh chi 450 tỷ đồng cho 1.200 công trình. => प्रांत में 2,300 गरीब परिवार हैं, और 2023 में 1,200 परियोजनाओं पर 450 अरब डोंग खर्च किए गए।
    Good (vi>en): Gió giật 85 dặm/giờ. Sóng cao 3 m. => Gusts reached 137 km/h. Waves were 3 m high.
    Bad (vi>en): Lũ quét qua huyện. Thiệt hại ước tính 450 tỷ đồng. Người dân đã về nhà. => Floods swept the district. People have returned home.
    Good (vi>en): Năm 2023, lũ quét qua huyện. Người dân đã về nhà. => Floods swept the district. People have returned home.
    """
    least = ctx.options["min_figures"]
    if not ctx.src.has(ANY_DIGIT_RE):
        return
    counted = [m for m in _mentions(ctx, "source") if not _small(m)]
    if len(counted) < least and not any(map(_telling_figure, counted)):
        return
    if len(ctx.src.sentences) <= len(ctx.text.sentences):
        return
    src = join_compounds(seg.source, _mentions(ctx, "source"))
    lost = {id(m) for m in _orphans(src, join_compounds(seg.target, _figures(ctx)))}
    for s, e in ctx.src.sentences:
        figures = [m for m in src if s <= m.start < e and not _small(m)]
        enough = len(figures) >= least or (len(figures) == 1 and _telling_figure(figures[0]))
        if enough and all(id(m) in lost for m in figures):
            shown = ", ".join(repr(m.text) for m in figures)
            yield Hit(s, e, f"no figure of this source sentence ({shown}) is in the target, which has fewer sentences: the sentence was probably left out", field="source")
