"""Units of measurement (TQ507): a figure's unit changed from the source's.
"""
from __future__ import annotations

import collections
import functools

import regex

from ...languages.cldr import GENERIC_DEGREES
from ...model import Hit
from ...numerals import ANY_DIGIT_RE, Mention, value_key
from ...registry import rule
from ...text import LETTERS_RE, TIMEOUT, Hint, LazyPattern
from ._readings import PERCENT, PERCENT_SIGNS, STEM, _by_line, _measures, _mentions, _unit_table, _without_dates


@functools.lru_cache(maxsize=None)
def _percent_stems(lang: str) -> frozenset[str]:
    """The first letters of every word ``lang`` writes "percent" with, so inflected forms count
    ("टक्क्यांनी" for "टक्के")."""
    forms = [f for f, unit in _unit_table(lang)[0].items() if unit == PERCENT and f not in PERCENT_SIGNS]
    return frozenset(w[:STEM] for f in forms for w in f.split())


def _same_measure(a: str, b: str) -> bool:
    """Whether two CLDR unit ids may name one measurement as read: equal, or one the start of the
    other ("length-mile" is how "85 मील प्रति घंटे" reads when the phrase is inflected past CLDR's
    "मील प्रति घंटा", speed-mile-per-hour)."""
    if a == b or (a.startswith("temperature-") and b.startswith("temperature-") and GENERIC_DEGREES in (a, b)):
        return True  # (degrees on no stated scale are any temperature's)
    a, b = a.partition("-")[2], b.partition("-")[2]
    return bool(a and b) and (a.startswith(b + "-") or b.startswith(a + "-"))


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
    as its source; a unit word may carry a case ending of the profile
    ("हेक्टरमा", in hectares).  A unit read as the start of another ("मील" of "मील
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
    Bad (vi>en): Nhà rộng 200 m2. => The house covers 200 square feet.
    Bad (vi>hi): Doanh thu tăng 12,5%. => राजस्व 12.5 गुना बढ़ा।
    Good (vi>hi): Doanh thu tăng 12,5%, lợi nhuận tăng 5%. => राजस्व 12.5 प्रतिशत और मुनाफ़ा 5% बढ़ा।
    Good (vi>en): Từ 30% đến 43% cử tri ủng hộ. => Between 30 and 43 percent of voters agreed.
    Bad (vi>hi): Mưa lớn kéo dài 3 ngày. => भारी बारिश 3 घंटे तक चली।
    Bad (vi>en): Dự án hoàn thành sau 18 tháng. => The project was finished after 18 years.
    Good (vi>hi): Ngày 2 tháng 9 năm 2024, mưa kéo dài 3 ngày. => 2 सितंबर 2024 को बारिश 3 दिनों तक चली।
    Good (vi>en): Ngày 2 tháng 9 năm 2024 có 2 tuần lễ hội. => On 2 September 2024 two weeks of festivals began.
    Bad (vi>ne): Toàn tỉnh có 210.000 ha cà phê. => प्रान्तभर २,१०,००० एकडमा कफी खेती हुन्छ।
    Good (vi>ne): Toàn tỉnh có 210.000 ha cà phê. => प्रान्तभर २,१०,००० हेक्टरमा कफी खेती हुन्छ।
    Good (vi>bn): Sự việc xảy ra khoảng 19:30 giờ. => ঘটনাটি ১৯ঃ৩০ মিনিটে ঘটে।

    A price or rate keeps the unit it is counted per: "8.500 đồng/kg" is
    not "8,500 डोंग प्रति लीटर".  The words that join the two ("/",
    "प्रति", "per") come from CLDR's compound unit patterns.

    Bad (vi>hi): Giá lúa là 8.500 đồng/kg. => धान का भाव 8,500 डोंग प्रति लीटर है।
    Good (vi>hi): Giá lúa là 8.500 đồng/kg. => धान का भाव 8,500 डोंग प्रति किलोग्राम है।
    Bad (vi>en): Giá xăng là 23.000 đồng/lít. => Petrol costs 23,000 dong per kilogram.
    Good (vi>en): Giá xăng là 23.000 đồng/lít. => Petrol costs 23,000 dong a litre.
    """
    src_units = _without_dates(seg.source, _measures(ctx, "source"), ctx.source.code)
    if src_units:
        tgt_units = {m.start: (unit, end) for m, unit, end in _without_dates(seg.target, _measures(ctx), ctx.target.code)}
        for src_line, tgt_mentions, _ in _by_line(src_units, _mentions(ctx), ctx, src_start=lambda item: item[0].start):
            yield from _units_changed(seg, ctx, src_line, tgt_mentions, tgt_units)
    yield from _per_units_changed(seg, ctx)


def _units_changed(seg, ctx, src_units, tgt_mentions: list[Mention], tgt_units: dict):
    """TQ507's findings for the source's figures with units ``src_units`` against ``tgt_mentions``."""
    by_value = collections.defaultdict(list)
    for t in tgt_mentions:
        by_value[value_key(t.value)].append(t)
    for s, unit, unit_end in src_units:
        partners = by_value.get(value_key(s.value), [])
        if not partners:
            continue  # a changed value is TQ501's business
        if any(_same_measure(tgt_units.get(t.start, ("",))[0], unit) for t in partners):
            continue
        t = partners[0]
        found = tgt_units.get(t.start)
        name = "degrees" if unit == GENERIC_DEGREES else unit.split("-", 1)[1]
        if found:
            if unit.startswith("duration-") != found[0].startswith("duration-"):
                # a duration is compared with durations only: beside "6 फुट 6 इंच", a source's
                # "6 foot 6 tuổi" (six years old, for six foot six) is no fault of the translation
                continue
            end = found[1]
            yield Hit(t.start, end, f"{seg.target[t.start:end]!r}: the source's unit is {name} ({seg.source[s.start:unit_end]!r})")
        elif unit.startswith("duration-"):
            continue  # a figure without its duration may be a clock time or a date ("lúc 9 tiếng" is rare, "9 बजे" usual)
        elif unit == PERCENT:
            # the shipped languages' ways of writing a percentage are known, before the figure too
            # ("टक्केवारी 34"), so a figure without one has lost it ("12.5 गुना" is 12.5 times); other
            # languages have ways CLDR does not list (Thai "ร้อยละ 15")
            if ctx.target.shipped and not _percent_near(seg.target, t, tgt_mentions, tgt_units, ctx.target.code):
                yield Hit(t.start, t.end, f"{t.text!r} lost its unit ({name} in the source)")
        elif unit != GENERIC_DEGREES and UNIT_LESS_END_RE.match(seg.target, t.end):
            # only a figure followed by punctuation has certainly lost its unit: a word may be a unit
            # name we do not know (and bare degrees are an earthquake's magnitude too: "7,5 độ")
            yield Hit(t.start, t.end, f"{t.text!r} lost its unit ({name} in the source)")


#: What may join two figures that share a unit written after the second ("30 and 43 percent", "30-43%").
SHARED_UNIT_GAP_RE = LazyPattern(r"[ \t\u00a0]*(?:[-–]|\p{L}{1,4})?[ \t\u00a0]*")


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
PERCENT_WORD_AFTER_RE = LazyPattern(r"[ \t\u00a0-]*([\p{L}\p{M}]+)")


@functools.lru_cache(maxsize=None)
def _per_unit_re(lang: str) -> regex.Pattern:
    """The unit a figure is counted per, after the figure and at most three words (its scale and
    currency words): "8.500 đồng/kg", "8,500 डोंग प्रति किलोग्राम".  Group 1 is the joining word
    and the unit, group 2 the unit."""
    from ...languages import cldr

    table, _ = _unit_table(lang)
    units = "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in sorted(table, key=len, reverse=True))
    per = "|".join(map(regex.escape, cldr.per_words(lang)))
    return regex.compile(
        # each word is taken whole (possessive): a long run of letters split every way would take cubic time
        rf"\G(?:[ \t\u00a0]*+[\p{{L}}\p{{M}}]++){{0,3}}?[ \t\u00a0]*((?:{per})[ \t\u00a0]*({units}))(?![\p{{L}}\p{{M}}\p{{N}}])",
        regex.IGNORECASE,
    )


def _per_units(text: str, mentions: list[Mention], lang: str) -> dict[int, tuple[str, int, int]]:
    """Figure start -> (the CLDR unit it is counted per, start and end of that reading)."""
    table, pattern = _unit_table(lang)[0], _per_unit_re(lang)
    out = {}
    for m in mentions:
        found = pattern.match(text, m.end, timeout=TIMEOUT)
        if found is not None:
            out[m.start] = (table[" ".join(found.group(2).split()).casefold()], found.start(1), found.end(1))
    return out


def _per_units_changed(seg, ctx):
    """A figure the source counts per one unit ("đồng/kg") and the target per another."""
    source_per = _per_units(seg.source, _mentions(ctx, "source"), ctx.source.code) if _per_hint(ctx.source.code).search(seg.source) else {}
    if not source_per:
        return
    mentions = _mentions(ctx)
    target_per = _per_units(seg.target, mentions, ctx.target.code)
    if not target_per:
        return
    by_value = collections.defaultdict(list)
    for t in mentions:
        if t.start in target_per:
            by_value[value_key(t.value)].append(target_per[t.start])
    for s in _mentions(ctx, "source"):
        if s.start not in source_per:
            continue
        unit, start, end = source_per[s.start]
        partners = by_value.get(value_key(s.value), [])
        if partners and not any(_same_measure(u, unit) for u, _, _ in partners):
            _, t_start, t_end = partners[0]
            yield Hit(t_start, t_end, f"{seg.target[t_start:t_end]!r}: the source's figure is per {unit.split('-', 1)[1]} ({seg.source[s.start:end]!r})")


@functools.lru_cache(maxsize=None)
def _per_hint(lang: str) -> Hint:
    """What a text that counts a figure per a unit in ``lang`` holds: one of its words for "per",
    in small letters or with a capital ("Per")."""
    from ...languages import cldr

    return Hint(sorted({form for w in cldr.per_words(lang) for form in (w, w[:1].upper() + w[1:])}))
