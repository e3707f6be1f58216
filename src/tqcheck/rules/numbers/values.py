"""Figures the source does not support (TQ501): changed values and scales, amounts in words,
Roman numerals, conversions, scores and ranges.
"""
from __future__ import annotations

import collections
import functools
import math
import re

import regex

from ...languages import load_profile
from ...languages.cldr import GENERIC_DEGREES
from ...model import Hit, Severity
from ...numerals import ANY_DIGIT_RE, SCALE_BEFORE_REACH, Mention, join_compounds, render, same_value, scale_before_re, to_ascii_digits, value_key
from ...registry import rule
from ...text import LETTERS_RE, LazyPattern, TextInfo
from ._conversions import _converts, _money_and_unit_words
from ._readings import (
    FIGURE_TRIGGER,
    NEXT_WORD_RE,
    _by_line,
    _clock_before_re,
    _count_word_forms,
    _dates,
    _abbreviated_months,
    _figures,
    _months_named,
    _number_word_table,
    _units_after,
    _WordsHint,
)
from ._source_values import (
    _bare_source_values,
    _number_words,
    _roman_figures,
    _short_years,
    _twelve_hour_forms,
)


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
    in a Vietnamese source is no 1, however its separator reads).  A figure written with a leading
    zero ("03" of "8:03") is a clock's or a date's, which no text spells out."""
    return _under_ten(m) and not (m.digits_end - m.start > 1 and to_ascii_digits(m.text[0]) == "0")


def _under_ten(m: Mention) -> bool:
    """A whole figure under ten without a scale word, maybe written with a leading zero ("08:00")."""
    return m.exponent == 0 and m.number < 10 and m.number == int(m.number) and (m.alternative is None or m.alternative < 10)


def _lost_number_words(ctx, tgt: list[Mention], words) -> list[float]:
    """The whole numbers from 10 to 99 the source writes in words ("twelve", "mười hai") that the
    target gives neither in figures nor in words, each once."""
    spelled = {v for v in _number_words(words.source_folded, ctx.source, whole=True) if 10 <= v < 100 and v == int(v)}
    if not spelled:
        return []
    given = _given_values(tgt, words)
    return sorted(v for v in spelled if value_key(v) not in given)


def _given_values(tgt: list[Mention], words) -> set[float]:
    """Value keys of the target's figures (with and without their scale words) and number words."""
    return {value_key(v) for m in tgt for v in (*m.values, m.number)} | set(map(value_key, words.target_number_words))


def _lost_small_figures(src: list[Mention], tgt: list[Mention], ctx, words) -> list[Mention]:
    """The source's whole figures under ten, and afternoon clock hours (whose twelve-hour form is
    under ten), that the target writes neither in figures, nor in words, nor as a month's name
    (the 6 of "21/6/2024" is "जून" in "21 जून 2024")."""
    return _small_figures_paired(src, tgt, ctx, words)[0]


def _small_figures_paired(src: list[Mention], tgt: list[Mention], ctx, words) -> tuple[list[Mention], collections.Counter]:
    """:func:`_lost_small_figures`, and the target's values (value keys) left over once each
    small figure of the source has taken one."""
    twelve = _twelve_hour_forms(words.source_folded, ctx.source)
    # counted: a month's name accounts for one small figure, "6 tháng" beside "21/6" is another
    present = collections.Counter(key for m in tgt for key in {value_key(v) for v in (*m.values, m.number)})
    present.update(map(value_key, words.target_number_words))
    present.update(map(value_key, words.months))
    small = [s for s in src if _small(s) or value_key(s.value) in twelve]
    if not small:
        return [], present
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
    return lost, present


@functools.lru_cache(maxsize=None)
def _ordinal_words_hint(lang: str) -> _WordsHint:
    """Whether a text may hold one of ``lang``'s ordinal words ("thứ"), after which "hai" counts."""
    return _WordsHint(c for c in load_profile(lang).ordinal_cues if " " not in c)


@functools.lru_cache(maxsize=None)
def _ordinal_table(lang: str) -> frozenset[str]:
    """``lang``'s ordinal number words ("first", "तीसरा"), case-folded."""
    return frozenset(w.casefold() for w in load_profile(lang).ordinals)


@functools.lru_cache(maxsize=None)
def _count_words_hint(lang: str) -> _WordsHint:
    """Whether a text may hold one of ``lang``'s count words from three to nine ("सात", "seven")."""
    return _WordsHint(_count_word_forms(load_profile(lang)))


def _lost_small_counts(src: list[Mention], tgt: list[Mention], ctx, words, but_listed: bool = False) -> list[str]:
    """The source's small counts the target gives neither in figures nor in words, as shown in a
    message: its lost small figures (:func:`_lost_small_figures`), then its counts from three to
    nine written as a word (:func:`_count_words`).  With ``but_listed``, not a figure listed with
    another ("hạng 1 và 3", "1, 2 or 3"): a rank or a choice, which a target may word freely
    ("first and third")."""
    lost, present = _small_figures_paired(src, tgt, ctx, words)
    if but_listed and lost:
        join = _list_join_re(ctx.source.code)
        listed = {s.start for a, b in zip(src, src[1:]) if join.fullmatch(ctx.src.text, a.end, b.start) for s in (a, b)}
        lost = [s for s in lost if s.start not in listed]
    shown = [repr(s.text) for s in lost]
    counts = _count_words(ctx.src if words.spans is None else TextInfo(words.source), ctx.source)
    if counts:
        if ctx.target.case_endings:  # a count word with a case ending written onto it ("ছয়টির", of six)
            table = _number_word_table(ctx.target.code)
            present.update(value_key(table[b]) for w in words.target_words if w not in table and (b := ctx.target.without_case_ending(w)) in table)
        # each target value stands for one count: "thứ hai" is lost beside "2-0" when the target
        # gives the 2 only there
        for _, _, v, w in counts:
            if present[value_key(v)] > 0:
                present[value_key(v)] -= 1
            else:
                shown.append(repr(w))
    return shown


@functools.lru_cache(maxsize=None)
def _list_join_re(lang: str) -> regex.Pattern:
    """What stands between two figures of a list in ``lang``: a comma, "&" or "/", or one of the
    profile's words for "and" and for a range or a choice ("và", "and", "or", "đến")."""
    profile = load_profile(lang)
    words = "|".join(regex.escape(w) for w in sorted({*profile.conjunctions, *profile.range_words}, key=len, reverse=True))
    return regex.compile(rf"[ \t\u00a0]*(?:[,&/]|{words})[ \t\u00a0]*", regex.IGNORECASE)


def _compound_words_read_as_counts(folded: str, profile) -> list[float]:
    """The values of the profile's ``compound_number_words`` that case-folded text uses as numbers:
    before one of its ``count_nouns`` ("năm trận", five matches) or after an ordinal word ("thứ tư",
    fourth); "năm 2024", "đầu tư" hold none."""
    table = _number_word_table(profile.code)
    words = [w for w in profile.compound_number_words if w in folded and w in table]
    if not words:
        return []
    return [
        table[w] for w in words
        if any(f"{w} {noun}" in folded for noun in profile.count_nouns) or any(f"{cue.casefold()} {w}" in folded for cue in profile.ordinal_cues)
    ]


def _count_words(info: TextInfo, profile) -> list[tuple[int, int, float, str]]:
    """The counts from three to nine that a text (its :class:`~tqcheck.text.TextInfo`) writes as a
    word of their own ("six", "sáu"): (start, end, value, word).  Not "one" and "two", which are
    other words too ("a", "give"), unless an ordinal word comes first ("thứ hai", second; "thứ
    Hai", Monday, is a name: see below); nor a word the profile lists as an everyday word
    (``number_homographs``; a ``compound_number_words`` word only before one of the
    ``count_nouns``: "năm tuần", five weeks, not "năm nay", this year); not a word in a compound or
    a range ("twenty-four", "तीन-चार"); and not a word written with a capital inside a sentence,
    which belongs to a name ("tháng Tám", August; "thứ Bảy", Saturday; "Group of Seven")."""
    table = _number_word_table(profile.code)
    text = info.text
    if not table or not (info.has(_count_words_hint(profile.code)) or info.has(_ordinal_words_hint(profile.code))):
        return []
    runs, folded = info.letter_runs, info.folded_words
    cues = {c.casefold() for c in profile.ordinal_cues if " " not in c}
    ordinals = _ordinal_table(profile.code)
    out = []
    for k in [k for k, w in enumerate(folded) if w in table]:
        (start, end, word), value = runs[k], table[folded[k]]
        if value != int(value) or folded[k] in profile.number_homographs or not (3 <= value < 10 or (value in (1, 2) and k and folded[k - 1] in cues)):
            continue
        after = folded[k + 1] if k + 1 < len(folded) else ""
        if folded[k] in profile.compound_number_words and not (after in profile.count_nouns and text[end:runs[k + 1][0]] == " "):
            continue  # ("năm 2016. Người ...": a year, then another sentence)
        if (k and folded[k - 1] in table and folded[k - 1] not in ordinals) or (after in table and not (after in profile.compound_number_words and value < 10)):
            continue  # in a compound ("hai mươi tư"; "the first nine" is none), not before a word that joins none ("sáu năm", six years)
        before = text[max(0, start - 12):start].rstrip(" \t\u00a0\"'“‘«(")[-1:]
        if word[0] != folded[k][0] and before not in ("", "\n", ":") and before not in profile.sentence_end:
            continue  # a capital inside a sentence
        out.append((start, end, value, word))
    return out


GROUP_SPLIT_RE = LazyPattern(r"[.,\s]")
DIGIT_RUN_RE = re.compile(r"\d+", re.ASCII)


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


def _round_thousands_of(t: Mention, src: list[Mention]) -> Mention | None:
    """The source figure of whole thousands whose leading digit group is ``t``'s one or two digits
    ("2.000 người" -> "2 लोग", "15.000" -> "15": the separator read as a decimal point, the zeros dropped)."""
    digits = t.text[: t.digits_end - t.start]
    if t.exponent or not digits.isdigit() or len(digits) > 2:
        return None
    for s in src:
        groups = GROUP_SPLIT_RE.split(s.text[: s.digits_end - s.start])
        if not s.exponent and len(groups) > 1 and groups[0] == digits and all(g.isdigit() and not g.strip("0") for g in groups[1:]):
            return s
    return None


def _scale_word_before(text: str, t: Mention, profile) -> int:
    """Where figure ``t`` begins with its scale word, in a language that writes the word first
    ("milioni 1.2" in Swahili); its digits' start otherwise."""
    if not (profile.scale_first and t.exponent):
        return t.start
    before = scale_before_re(profile.code).search(text, max(0, t.start - SCALE_BEFORE_REACH), t.start)
    return t.start if before is None else before.start(1)


def _one_digit_more(s: Mention, t: Mention) -> bool:
    """Whether the whole figure ``s`` is the whole figure ``t`` with one digit more ("18", "81" and
    "80" for "8"), neither with a scale word."""
    if s.exponent or t.exponent or s.number != int(s.number) or t.number != int(t.number):
        return False
    long, short = str(int(s.number)), str(int(t.number))
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _in_place_of(t: Mention, s: Mention, ctx) -> Hit:
    """The finding of a target figure ``t`` that stands where the source's ``s`` was, with ``s`` rendered as suggestion."""
    return Hit(t.start, t.end, f"{t.text!r} is not in the source, whose {s.text!r} is missing from the target", suggestion=render(s.value, ctx.target, like=s))


def _two_digit_count(m: Mention) -> bool:
    """Whether ``m`` is a whole figure from 10 to 99 without a scale word."""
    return not m.exponent and 10 <= m.number < 100 and m.number == int(m.number)


def _unexplained(tgt: list[Mention], full: set, bare: set) -> list[Mention]:
    """The figures of ``tgt`` whose value is neither one of the source's (``full``) nor its digits without their scale word (``bare``)."""
    return [m for m in tgt if not any(value_key(v) in full for v in m.values) and (m.exponent or value_key(m.number) not in bare)]


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


def _thousands_lost(t: Mention, whole: Mention, ctx) -> Hit:
    """The finding of a target figure ``t`` that is the source's ``whole`` less its last digit groups."""
    return Hit(t.start, t.end, f"{t.text!r} is {_times(whole.value / t.value)} times too small: the source says {whole.text!r}", suggestion=render(whole.value, ctx.target, like=whole))


def _spaced_groups_of(t: Mention, values: set) -> bool:
    """Whether ``t``'s digits are grouped with spaces and each group is a figure of ``values``
    (value keys): "116 123", two numbers, not "30,030", the source's 30 twice."""
    digits = t.text[: t.digits_end - t.start]
    groups = GROUP_SPLIT_RE.split(digits)
    return len(groups) > 1 and any(c.isspace() for c in digits) and all(g.isdigit() and value_key(float(g)) in values for g in groups)


def _joined_from(t: Mention, src: list[Mention], source: str) -> bool:
    """Whether ``t`` is two neighbouring whole figures of the source one space apart, written
    together ("116 123" as "116123", a telephone number's groups)."""
    for a, b in zip(src, src[1:]):
        if source[a.end:b.start] in (" ", "\u00a0") and not (a.exponent or b.exponent) and a.number == int(a.number) and b.number == int(b.number):
            digits = b.text[: b.digits_end - b.start]
            if digits.isdigit() and same_value(a.number * 10 ** len(digits) + b.number, t.number):
                return True
    return False


def _lost_in(unit: str, measures: list[tuple[Mention, str, int]], rendered: set) -> bool:
    """Whether the source gives a figure in ``unit`` that the target lacks (``rendered``: the value
    keys of the target's figures): a figure in that unit then stands for it, not for a conversion.
    Degrees on no stated scale may be on another scale in each text, so they stand for nothing."""
    return unit != GENERIC_DEGREES and any(source_unit == unit and value_key(s.value) not in rendered for s, source_unit, _ in measures)


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
    trigger=FIGURE_TRIGGER,
)
def number_mismatch(seg, ctx):
    r"""A figure in the target whose value is not in the source.

    Values are compared, not digit strings: separators, digit scripts and
    scale words (tỷ, triệu, लाख, करोड़, अरब, billion...) are read per
    language (with the endings Marathi, Nepali and Bengali write onto them:
    "लाखांहून", "লাখেরও"; before the count where CLDR writes them first:
    Swahili "milioni 1.2"), a number in two scale words ("2 tỷ 500 triệu", "21조 5,000억")
    is one figure, so "21.500 tỷ" -> "21,500 अरब" passes and "21.500 tỷ" ->
    "21,500 करोड़" is a scale error (100 times too small) whose suggestion
    is the right rendering.  Roman numerals after an ordinal word ("khóa
    XV") are figures, and so is an amount whose count is written in words
    before a scale word ("पांच करोड़", "hai tỷ", "two million", and "साढ़े
    तीन करोड़", 3.5 crore: the profile's ``count_offsets``; not "two and a
    half million" or "hàng trăm tỷ", whose words change the count: its
    ``count_modifiers``).  Numbers written
    as words (ordinals too: "दूसरे
    स्थान" for "thứ 2"), clock times ("15h" may become 3) and day.month
    dates count as values, and so does a measurement converted to another
    unit of its quantity, rounded as copy rounds it ("85 mph" -> "135
    km/h", "550 lb" -> "250 kg"; degrees on no stated scale, "80 độ", in
    either scale), unless the source gives a figure in that very unit that
    the target lacks ("300 km (180 dặm)" -> "301 km").  A
    target figure is reported as changed when a source figure is missing
    from the target; when every source figure is accounted for, it is an
    extra figure (an added conversion or date) and only noted (info).
    Counts under ten are often spelled out on one side, so such a figure is
    reported only when it is the one unexplained small figure and the
    source's one small count, or afternoon clock hour ("14h", which may
    become 2), appears neither in figures nor in words; a count the target
    writes as another number's word ("6 wickets", "six wickets" -> "सात
    विकेट") is found the same way, and so is a figure from 10 to 99 that
    takes the place of such a small count ("9 tháng" -> "10 महीनों"), where the
    target's number words are read; a month's name
    stands for the month of a numeric date ("21 जून" for "21/6"), not for a
    figure where the source names that month too ("September 30").  Where a
    segment holds several lines (paragraphs) and its source as many, line k
    is compared with line k, its figures and its words: a figure changed
    into one another paragraph has is still found.  A score or a range
    with one of its figures changed ("3-1" -> "3-2") is found even where
    the new figure stands elsewhere in the source, and so is a figure from
    10 to 99 standing for the one such number the source writes in words
    ("mười hai", "twelve") and the target gives in neither; and an ordinal of
    the source given as another number's word ("quý 3" -> "the fourth
    quarter").  In a language without
    a profile, a figure too small by a power of ten with a word after it
    that names no currency or unit is only noted: the word may be a scale
    word CLDR spells otherwise ("تريليون") or lacks.

    Bad (vi>hi): Tổng thu đạt 21.500 tỷ đồng. => कुल राजस्व 21,500 करोड़ डोंग रहा।
    Bad (vi>hi): Hội nghị tổng kết năm 2023. => वर्ष 2024 की समीक्षा बैठक।
    Bad (vi>hi): Dự án 500 tỷ đồng. => परियोजना 5 अरब डोंग की है।
    Bad (vi>en): Khoảng nửa triệu người bị ảnh hưởng. => About 50,000 people were affected.
    Bad (vi>en): Trong 6 tháng đầu năm, doanh thu tăng. => In the first nine months, revenue rose.
    Good (vi>hi): Khoảng nửa triệu người bị ảnh hưởng. => लगभग 5 लाख लोग प्रभावित हुए।
    Bad (vi>id): Ngày 5/6, tổng thu đạt 5 tỷ đồng. => Pada 5 Juni, pendapatan mencapai 5 juta dong.
    Bad (vi>en): Vốn 4.870 tỷ đồng. => Capital of VND 4.87 billion.
    Bad (vi>hi): Có 2.016 hộ dân. => 2,816 परिवार हैं।
    Bad (vi>hi): Giá 150.000 đồng/kg. => कीमत 150 डोंग प्रति किलोग्राम है।
    Bad (vi>hi): Có 2.000 người tham gia. => 2 लोगों ने भाग लिया।
    Good (vi>hi): Có 2.000 người tham gia, 2 người bị thương. => 2,000 लोगों ने भाग लिया, 2 लोग घायल हुए।
    Bad (vi>hi): Quốc lộ 5 dài 100 km. => राष्ट्रीय राजमार्ग 6 की लंबाई 100 किमी है।
    Bad (vi>hi): Có 5 nghìn người tham gia, tăng 5%. => 5,003 लोगों ने भाग लिया, 5% की वृद्धि।
    Good (vi>hi): Có 5 người và 3 xe. => पांच लोग और 3 गाड़ियाँ थीं।
    Good (vi>en): Hội nghị bắt đầu lúc 15h30 ngày 12/3. => The conference began at 3.30pm on 12 March.
    Good (vi>hi): Tổng thu đạt 5 tỷ đồng, tăng 14%. => कुल राजस्व 500 करोड़ डोंग रहा, 14% अधिक।
    Good (vi>hi): Ngày 28/12/2023, lúc 15h30, có hai đoàn. => 28 दिसंबर 2023 को 3:30 बजे 2 दल आए।
    Bad (vi>hi): Cuộc họp bắt đầu lúc 14h30. => बैठक दोपहर 3 बजे शुरू हुई।
    Bad (vi>hi): Hội nghị diễn ra lúc 8h30. => सम्मेलन सुबह 8:03 बजे होगा।
    Good (vi>hi): Hội nghị diễn ra lúc 8h05. => सम्मेलन सुबह 8:05 बजे होगा।
    Good (vi>hi): Khoảng 21h ngày 3/7 xảy ra cháy. => 3 जुलाई को रात 21:00 बजे आग लगी।
    Bad (vi>hi): Cậu bé được tìm thấy lúc 4 giờ sáng. => लड़का सुबह 08:00 बजे मिला।
    Bad (vi>hi): Có hơn 30,000 học sinh. => 30,030 से अधिक छात्र हैं।
    Bad (vi>hi): Thủ phủ dài hơn 300 km (180 dặm). => राजधानी 301 किलोमीटर (180 मील) से अधिक लंबी है।
    Bad (vi>en): Bão di chuyển với vận tốc 12 dặm trên giờ. => The storm is moving at 11 miles per hour.
    Good (vi>hi): Gọi số miễn phí 116 123 để được hỗ trợ. => सहायता के लिए मुफ़्त नंबर 116123 पर कॉल करें।
    Good (vi>fr): Nhiệt độ có thể lên tới 80 độ tại New York. => La température pourrait atteindre 26 degrés à New York.
    Bad (vi>fr): Nhiệt độ có thể lên tới 80 độ tại New York. => La température pourrait atteindre 36 degrés à New York.
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
    Bad (vi>en): Tai nạn làm chết 54 người. Kinh phí 45 tỷ đồng. => The accidents killed 45 people. The cost is VND45 billion.
    Good (vi>en): Đội khách thua 1-3. => The visitors were beaten 3-1.
    Good (vi>en): Mưa từ 5-10 inch. => Rain of 13-25 cm is expected.
    Bad (vi>hi): Hội khỏe lần thứ X khai mạc ngày 3/12. => 3 दिसंबर को 14वां खेल महोत्सव शुरू हुआ।
    Bad (vi>en): Đội đứng thứ 2, kém đội đầu 1 điểm. => The side is second, 4 points behind the leaders.
    Bad (vi>hi): Doanh thu quý III tăng 12%. => चौथी तिमाही में राजस्व 12% बढ़ा।
    Good (vi>en): Doanh thu quý III tăng 12%. => Revenue rose 12% in the third quarter.
    Bad (vi>hi): Chính phủ đã chi 5 tỷ đồng. => सरकार ने पांच करोड़ डोंग खर्च किए।
    Bad (vi>hi): Có 3,5 triệu lượt khách. => साढ़े तीन लाख पर्यटक आए।
    Bad (vi>hi): Tòa tuyên phạt bị cáo 18 năm tù. => अदालत ने आरोपी को 8 वर्ष की सजा सुनाई।
    Bad (vi>hi): Tỉnh trao giấy phép cho 9 dự án. => प्रांत ने 19 परियोजनाओं को लाइसेंस दिए।
    Bad (vi>hi): Doanh thu 9 tháng đạt 265.000 tỷ đồng. => 10 महीनों में राजस्व 2,65,000 अरब डोंग रहा।
    Good (vi>hi): Doanh thu 9 tháng đạt 265.000 tỷ đồng. => नौ महीनों में राजस्व 2,65,000 अरब डोंग रहा, जो 12 प्रतिशत अधिक है।
    Good (vi>hi): Tòa tuyên phạt 18 bị cáo, tám người được hưởng án treo. => अदालत ने 18 आरोपियों को सजा सुनाई, 8 को निलंबित सजा मिली।
    Good (vi>hi): Có 350.000 lượt khách. => साढ़े तीन लाख पर्यटक आए।
    Good (vi>mr): Đã tiêm 1,2 triệu liều. => 12 लाखांहून अधिक मात्रा देण्यात आल्या.
    Bad (vi>mr): Tỉnh đầu tư 320 tỷ đồng. => प्रांताने 320 कोटींचा निधी गुंतवला.
    Good (vi>bn): Đã tiêm 1,2 triệu liều. => ১২ লাখেরও বেশি ডোজ দেওয়া হয়েছে।
    Good (vi>mr): Có 5 tỷ phú. => 5 अब्जाधीश आहेत.
    Good (vi>hi): Chính phủ đã chi hai tỷ đồng. => सरकार ने 2 अरब डोंग खर्च किए।
    Bad (vi>sw): Tỉnh thu về 1,2 tỷ USD. => Jimbo lilipata dola milioni 1.2.
    Good (vi>sw): Tỉnh thu về 1,2 tỷ USD. => Jimbo lilipata dola bilioni 1.2.
    Bad (vi>en): Có mười hai người bị thương. => 17 people were injured.
    Good (vi>en): Có mười hai người bị thương. => 12 people were injured.
    Bad (en>hi): India won by six wickets. => भारत सात विकेट से जीता।
    Bad (vi>hi): Đội thắng 6 trận. => टीम ने सात मैच जीते।
    Good (vi>hi): Vào thứ Bảy, đội thắng năm trận. => शनिवार को टीम ने पांच मैच जीते।
    Good (vi>ne): Đội thắng 7 trận. => टोलीले सातवटा खेल जित्यो।
    Good (vi>en): Có 50.000 người tham dự. => About 50k people attended.
    Bad (vi>en): Có 50.000 người tham dự. => About 40k people attended.
    Bad (en>hi): In the quarter to September 30, profit rose 9%. => 30 सितंबर को समाप्त तिमाही में लाभ 19% बढ़ा।
    Bad (vi>hi): Đội thắng 3-1 và xếp thứ hai. => टीम 3-1 से जीती और तीसरे स्थान पर है।
    Bad (vi>hi): Đội dẫn 2-0, thắng 3-1 và đứng thứ hai. => टीम ने 2-0 की बढ़त ली, 3-1 से जीती और तीसरे स्थान पर है।
    Good (vi>hi): Đội dẫn 2-0, thắng 3-1 và đứng thứ hai. => टीम ने 2-0 की बढ़त ली, 3-1 से जीती और दूसरे स्थान पर है।
    Good (vi>hi): Ngày 30/9, lợi nhuận tăng 9%. => 30 सितंबर को लाभ 9% बढ़ा।
    Bad (vi>hi): Dự án có 25 triệu USD vốn. => परियोजना में पच्चीस लाख डॉलर की पूंजी है।
    """
    tgt = join_compounds(seg.target, _figures(ctx))
    if tgt and ctx.src.protected:
        # the number of an identifier whose letters the target changed ("2345/QĐ-UBND" ->
        # "2345/क्यूडी-यूबीएनडी") is TQ204's: no figure the source lacks
        kept = {run for s, e in ctx.src.protected for run in DIGIT_RUN_RE.findall(seg.source, s, e)}
        tgt = [t for t in tgt if to_ascii_digits(t.text) not in kept]
    if not tgt and not _target_counts(ctx):
        return  # (the rule's trigger found a count word of another language, or a scale word alone)
    src = join_compounds(seg.source, _figures(ctx, "source"))
    # Roman numerals of ten or more are figures the target must give ("khóa XV" -> "15वीं"); smaller
    # ones are counts a target may spell out ("quý III" -> "तीसरी तिमाही"), which only explain figures
    all_romans = _roman_figures(seg.source, ctx.source)
    romans = [m for m in all_romans if m.number >= 10]
    if romans:
        src = sorted(src + romans)
    found = False
    for src_line, tgt_line, spans in _by_line(src, tgt, ctx) if tgt else ():
        for hit in _figures_not_in_source(seg, ctx, src_line, tgt_line, _Words(ctx, spans)):
            found = True
            yield hit
    if not found:
        changed = _changed_number_word(ctx, sorted(src + [m for m in all_romans if m.number < 10]), tgt)
        if changed is not None:
            yield changed


def _changed_number_word(ctx, src: list[Mention], tgt: list[Mention]) -> Hit | None:
    """A small count of the source that the target writes as another number's word ("6 wickets" or
    "six wickets" -> "सात विकेट", "quý 3" -> "चौथी तिमाही"): the one count of the source under ten,
    in figures or as a word of its own from three to nine, that the target gives neither in figures
    nor in words, against the one count word of the target from three to nine (as
    :func:`_count_words` reads them: alone, not a name's, not an everyday word) that no source
    figure or word explains (or none left over: :func:`_number_words_used_up`).  Smaller words
    are left alone ("एक", "one", "दूसरे", "first" are also articles, "other" and idiom; "दो" is
    also "give")."""
    candidates = _target_counts(ctx)
    if not candidates:
        return None
    words = _Words(ctx, None)
    known = {value_key(v) for m in src for v in m.values} | _bare_source_values(ctx, src, tgt, words)
    # a word that is a number only in compounds may be a count ("năm năm", five years; "thứ tư", fourth)
    known |= {value_key(v) for v in _compound_words_read_as_counts(words.source_folded, ctx.source)}
    new = [c for c in candidates if value_key(c[2]) not in known]
    if len(new) > 1:
        return None
    lost = _lost_small_counts(src, tgt, ctx, words, but_listed=True)
    if len(lost) != 1:
        return None
    new = new or _number_words_used_up(ctx, src, tgt, words, candidates)
    if len(new) != 1:
        return None
    start, end, value, word = new[0]
    return Hit(start, end, f"{word!r} ({_times(value)}) is not in the source, whose {lost[0]} is missing from the target")


def _target_counts(ctx) -> list[tuple[int, int, float, str]]:
    """The target's counts from three to nine written as words (:func:`_count_words`), read once."""
    found = ctx.text.__dict__.get("counts")
    if found is None:
        found = ctx.text.__dict__["counts"] = [c for c in _count_words(ctx.text, ctx.target) if c[2] >= 3]
    return found


def _number_words_used_up(ctx, src: list[Mention], tgt: list[Mention], words, candidates: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """Of the target's count words ``candidates`` (:func:`_count_words`), those whose value the target
    gives more often, in figures and words, than the source does: the source's one 3 of "3-1" is
    the target's "3-1", and no longer explains a "तीसरे" (third) beside it."""
    given = collections.Counter(value_key(v) for m in src for v in {m.value, m.number})
    given.update(map(value_key, _number_words(words.source_folded, ctx.source, whole=True)))
    given.update(map(value_key, _compound_words_read_as_counts(words.source_folded, ctx.source)))
    used = collections.Counter(value_key(t.number) for t in tgt if t.exponent == 0)
    used.update(map(value_key, words.target_number_words))
    return [c for c in candidates if used[value_key(c[2])] > given[value_key(c[2])]]


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
        """The number of each month the target names ("जून", "June", "अगस्टमा", "Dec."), as
        :func:`_months_named` reads a month's full name (a capital where CLDR gives one: "may" is
        no May; Nepali "जुन", which, beside a figure only), less the months the source names in
        words ("September 30" -> "30 सितंबर": that month stands for no figure of the source)."""
        text = self.ctx.text
        start, end = self.spans[1] if self.spans is not None else (0, len(text.text))
        months = [float(m) for m, s, _ in _months_named(text, self.ctx.target.code) if start <= s < end]
        abbreviated = _abbreviated_months(self.ctx.target.code)
        months += [float(abbreviated[w]) for w in self.target_words if w in abbreviated]
        if not months:
            return months
        source = self.ctx.src
        start, end = self.spans[0] if self.spans is not None else (0, len(source.text))
        named = collections.Counter(
            float(m) for m, s, e in _months_named(source, self.ctx.source.code)
            if start <= s < end and not ANY_DIGIT_RE.search(source.text, s, e)  # "tháng 9" is a figure of the source
        )
        kept = []
        for m in months:
            if named[m] > 0:
                named[m] -= 1
            else:
                kept.append(m)
        return kept


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
        if t.number == 0 and _clock_before_re(ctx.target.code).search(seg.target, max(0, t.start - 2), t.start) is not None:
            continue  # the minutes of a full hour, which the source's "21h" or "9 giờ" leaves unwritten ("21:00")
        if t.exponent == 0 and 1900 <= t.number <= 2099 and t.number == int(t.number) and t.number % 100 in _short_years(seg.source, src):
            continue  # "2016" for the source's "'16"
        if t.exponent == 0 and any(value_key(t.number - offset) in full for offset in ctx.target.year_offsets):
            continue  # a year of the local calendar: Thai "พ.ศ. 2561" for 2018
        if t.grouping and _spaced_groups_of(t, full):
            continue  # "116 123", a helpline, read as one number where digits are grouped with spaces
        if t.exponent == 0 and _joined_from(t, src, seg.source):
            continue  # the same helpline written without its space ("116123")
        if measures is None:
            measures = _units_after(seg.source, src, ctx.source.code)
            units = {m.start: unit for m, unit, _ in _units_after(seg.target, tgt, ctx.target.code)} if measures else {}
        if rendered is None:
            rendered = {value_key(v) for m in tgt for v in m.values}
        if t.start in units and _converts(t, units[t.start], measures) and not _lost_in(units[t.start], measures, rendered):
            continue  # "85 mph" given as "135 km/h" for metric readers (not "300 km (180 dặm)" -> "301 km")
        # a source figure the target has not given already, one with a scale word first: in "lúc 15h
        # ngày 5/6 ... 5 tỷ" -> "5 juta", the 5 is the 5 billion, not the 5th of June
        same_number = [s for s in src if s.exponent != t.exponent and same_value(s.number, t.number) and value_key(s.value) not in rendered]
        if same_number:
            scaled = min(same_number, key=lambda s: not s.exponent)
        else:
            scaled = next((s for s in src if s.exponent and _power_of_ten_apart(s.value, t.value) and value_key(s.value) not in rendered), None)
        if scaled is not None:
            factor = scaled.value / t.value
            how = f"{_times(factor)} times too small" if factor > 1 else f"{_times(1 / factor)} times too large"
            reported.add(t.start)
            # in a language without a profile, a word right after the figure may be a scale word CLDR
            # spells otherwise ("تريليون" for its "ترليون") or lacks (a loan, "ટ્રિલિયન"): noted only
            unknown = None if ctx.target.shipped or t.exponent or factor < 1 else _unknown_word_after(seg.target, t.end, ctx.target.code)
            start = _scale_word_before(seg.target, t, ctx.target)
            yield Hit(
                start,
                t.end if unknown is None else unknown.end(1),
                f"{seg.target[start:t.end]!r} is {how}: the source says {scaled.text!r}" + ("" if unknown is None else f", unless {unknown.group(1)!r} is a scale word"),
                suggestion=render(scaled.value, ctx.target, like=scaled, written=t) if unknown is None else None,
                severity=Severity.ERROR if unknown is None else Severity.INFO,
            )
            continue
        thousands = _round_thousands_of(t, src)
        if thousands is not None and _lost_thousands(t, thousands, tgt):
            reported.add(t.start)
            yield _thousands_lost(t, thousands, ctx)
            continue
        if _under_ten(t):
            # small counts are often written as words in the source ("hai", "three"): a small figure
            # is changed only where it is the one unexplained small figure and the source has one
            # small figure that the target writes neither in figures nor in words ("Quốc lộ 5" -> 6,
            # "4 giờ" -> "08:00")
            unexplained = [u for u in tgt if _under_ten(u) and u.number and value_key(u.number) not in full and value_key(u.number) not in bare]
            lost = _lost_small_counts(src, tgt, ctx, words) if unexplained == [t] else []
            if len(lost) == 1:
                reported.add(t.start)
                yield Hit(t.start, t.end, f"{t.text!r} is not in the source, whose {lost[0]} is missing from the target")
                continue
            orphans = _orphans(src, [m for m in tgt if m is not t], words.months)
            # a decimal of the source that lost its separator ("0,8%" -> "8%"): no count spelled out
            decimal = next((s for s in orphans if s.number != int(s.number) and not s.exponent and _power_of_ten_apart(s.value, t.value)), None)
            if decimal is not None:
                reported.add(t.start)
                yield Hit(t.start, t.end, f"{t.text!r} is {_times(t.value / decimal.value)} times too large: the source says {decimal.text!r}", suggestion=render(decimal.value, ctx.target, like=decimal))
                continue
            # the one unexplained small figure, and one source figure missing from the target that is
            # it with a digit more ("18 năm" -> "8 वर्ष")
            longer = [s for s in orphans if _one_digit_more(s, t)] if unexplained == [t] else []
            if len(longer) == 1:
                reported.add(t.start)
                yield _in_place_of(t, longer[0], ctx)
                continue
            if _small(t):
                continue  # (one written with a leading zero, "08", is read on as any other figure)
        shown = ", ".join(dict.fromkeys(s.text for s in src)) or "none"
        whole = _split_from(t, src)
        if whole is not None:
            if _lost_thousands(t, whole, tgt):
                reported.add(t.start)
                yield _thousands_lost(t, whole, ctx)
            else:
                yield Hit(t.start, t.end, f"{t.text!r} looks like a piece of the source's {whole.text!r}, broken apart", severity=Severity.INFO)
            continue
        orphans = _orphans(src, [m for m in tgt if m is not t], words.months)
        if not orphans:
            # a small source figure with a digit added ("9 dự án" -> "19 परियोजनाओं"), which no
            # other figure or word of the target gives
            lost = [s for s in _lost_small_figures(src, tgt, ctx, words) if t.number != s.number + 12]  # not "1 pm" -> "13:00"
            grown = [s for s in lost if _one_digit_more(t, s)]
            # or the one figure of the target the source lacks, where the source has one small figure
            # the target lacks ("9 tháng" -> "10 महीनों"), in a language whose number words are read
            # (elsewhere the small figure may stand in words: French "huit")
            replaced = lost if len(lost) == 1 and ctx.target.shipped and _two_digit_count(t) and _unexplained(tgt, full, bare) == [t] else []
            taken = grown if len(grown) == 1 else replaced
            if len(taken) == 1:
                reported.add(t.start)
                yield _in_place_of(t, taken[0], ctx)
                continue
            # a number the source writes in words ("twelve", "mười hai"), which the target gives
            # neither in figures nor in words: this figure took its place
            spelled = _lost_number_words(ctx, tgt, words) if 10 <= t.number < 100 and t.number == int(t.number) else []
            if len(spelled) == 1:
                reported.add(t.start)
                yield Hit(t.start, t.end, f"{t.text!r} is not in the source, whose {spelled[0]:g} (in words) is missing from the target", suggestion=render(spelled[0], ctx.target))
                continue
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
PAIR_JOIN_RE = LazyPattern(r"[ \t\u00a0]?[-–—:&][ \t\u00a0]?")
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


def _unknown_word_after(text: str, end: int, lang: str) -> regex.Match | None:
    """The word right after a figure (group 1), unless it starts with a word of ``lang``'s currency
    names or units, diacritics aside ("dongs" for CLDR's "dông"; "ドンに達した" in unspaced Japanese)."""
    from ...languages.translit import latin_key

    found = NEXT_WORD_RE.match(text, end)
    if found is None:
        return None
    word = latin_key(found.group(1))
    return None if any(word.startswith(k) for k in _money_and_unit_words(lang)) else found
