"""How figures are written (TQ502, TQ503): digit scripts and separators.
"""
from __future__ import annotations

import collections
import re
import unicodedata

from ...languages import Profile
from ...model import Hit, Severity
from ...numerals import ANY_DIGIT_RE, value_key
from ...registry import rule
from ...text import LETTERS_RE
from ._readings import NUMERIC_DATE_HINT_RE, NUMERIC_DATE_RE, _mentions, _with_figures


def _value_keys(mentions) -> set:
    """The value keys of ``mentions``: each one's readings and its digits' value before any scale word."""
    return {value_key(v) for m in mentions for v in (*m.values, m.number)}


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
    Good (ne): ७ जिल्लामा 5G सेवा र COVID-19 परीक्षण ३ महिनादेखि चलेको छ।
    """
    native_digits = ctx.target.native_digits
    segments = doc.segments
    # ASCII digits joined to Latin letters belong to a name in Latin letters ("5G", "A320", "COVID-19")
    all_mentions = [
        (i, m) for i in _with_figures(ctx) for m in _mentions(ctx, index=i)
        if m.native or not _in_latin_token(segments[i].target, m.start, m.digits_end)
    ]
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


def _in_latin_token(text: str, start: int, end: int) -> bool:
    """Whether the digits ``text[start:end]`` are joined to Latin letters, maybe by a hyphen."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 1]
    return (after.isascii() and after.isalpha()) or (before[-1:].isascii() and before[-1:].isalpha()) or (
        before[-1:] == "-" and before[:1].isascii() and before[:1].isalpha()
    )


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
    warnings otherwise); so is a dot before three digits ending in a zero
    ("118.500", a decimal no news writes), a warning, and "2.500" where the
    source has 2,500 and not 2.5.  In languages that write decimals with "," (vi,
    fr, ru), English-style figures are common practice and are reported at
    info level.

    Bad (hi): कुल राजस्व 14.000 अरब रहा।
    Bad (hi): विकास दर 2,5% रही।
    Bad (en): Output reached 1.200.000 tonnes.
    Bad (vi>hi): Có 2.500 người tham dự. => 2.500 लोग शामिल हुए।
    Bad (vi>hi): Tổng thu đạt 21.500 tỷ đồng. => कुल राजस्व 21.500 अरब डोंग रहा।
    Good (hi): कुल राजस्व 14,000 अरब रहा और दर 2.5% रही।
    Good (vi): Tổng thu đạt 14.000 tỷ đồng, tăng 2,5%.
    Good (en): The ratio was 1.425 and the count 1,200,000, the error 0.750.
    Bad (hi): कच्ची कॉफ़ी का भाव 118.500 डोंग प्रति किलोग्राम है।
    Good (hi): अधिक जानकारी के लिए 0912.345.678 पर संपर्क करें।

    A numeric date that can only be read month first ("3/15/2024", as
    American English writes it) is reported in a language whose dates put
    the day first (CLDR's date formats: Hindi, Vietnamese, French...), with
    the day-first date as suggestion; English, written both ways, is left
    alone.

    Bad (hi): बैठक 3/15/2024 को हुई।
    Good (hi): बैठक 15/3/2024 को हुई।
    Good (en): The meeting took place on 3/15/2024.
    """
    from ...languages import cldr
    from ...numerals import read_number, to_ascii_digits

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
        elif digits.count(".") > 1 or m.valid_format and digits.endswith("000"):
            severity = Severity.ERROR  # "1.200.000", "14.000": the reader gets another value
        else:
            severity = Severity.WARNING
        yield Hit(m.start, m.digits_end, f"{digits!r} follows another locale's separators (decimal {decimal!r}, grouping {ctx.target.group!r} here)", suggestion=suggestion, severity=severity)
    if NUMERIC_DATE_HINT_RE.search(seg.target) is not None and cldr.day_comes_first(ctx.target.code):
        yield from _month_first_dates(seg.target, ctx.target)


def _month_first_dates(text: str, profile: Profile):
    """Numeric dates that can only be read month first ("3/15/2024") in a day-first language."""
    for m in NUMERIC_DATE_RE.finditer(text):
        month, day = int(m.group(1)), int(m.group(3))
        if month <= 12 < day <= 31:
            sep = m.group(2)
            swapped = f"{m.group(3)}{sep}{m.group(1)}{text[m.end(3):m.end()]}"
            yield Hit(m.start(), m.end(), f"{m.group()!r} puts the month first; {profile.name} writes the day first", suggestion=swapped, severity=Severity.WARNING)


def _amid_foreign_words(info, start: int, end: int, profile: Profile) -> bool:
    """Whether the words around ``[start, end)`` of ``info``'s text are written in letters of no
    script of ``profile`` ("... đạt 21.500 tỷ đồng" left in Vietnamese inside a Hindi target): the
    word before and the one after it in its sentence, or the two before one that ends a sentence."""
    from .._scripts import foreign_letter_re

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
    """"14.000", "12.500" where "." is the decimal sign: a valid decimal no writer would use, three
    decimals the last of them a zero (news in such languages writes 12.5; NTREX's Hindi, Marathi,
    Nepali, Bengali and English have no decimal of three digits at all)."""
    dec = profile.decimal
    return (
        5 <= len(digits) <= 7 and digits.count(dec) == 1 and digits[-4] == dec and digits[-1] == "0"
        and digits[:-4].isdigit() and digits[-3:].isdigit() and digits[0] != "0"
    )
