"""Dates and times of day (TQ506, TQ509): a time given as a duration, a date read the wrong way;
the day of the week (TQ511) and the quarter of the year (TQ512) the source does not name; dates
and times that cannot be (TQ513).
"""
from __future__ import annotations

import collections
import functools
import re
from typing import NamedTuple

import regex

from ...languages import load_profile
from ...model import Hit
from ...numerals import ANY_DIGIT_RE, to_ascii_digits, value_key
from ...registry import rule
from ...text import Hint, LazyPattern, any_of
from ._readings import (
    NUMERIC_DATE_HINT_RE,
    NUMERIC_DATE_RE,
    _date_parts,
    _dates,
    _measures,
    _month_date_re,
    _months_named,
    _mentions,
    _time_pattern,
    _unit_table,
    _without_dates,
    _word_before,
)


@rule(
    "TQ506",
    "time-as-duration",
    category="numbers",
    summary="A clock time or a date rendered as a duration (\"15h\" -> \"15 घंटे\", \"tháng 9\" -> \"9 महीने\"), in the wrong half of the day, or as a decimal",
    severity="error",
    needs_source=True,
    trigger=ANY_DIGIT_RE,
)
def time_as_duration(seg, ctx):
    """Dates and times whose meaning changed in translation.

    Vietnamese writes 3 pm as "15h" or "15h30" and 8 September as "8.9".
    MT renders "15h" as "15 घंटे" (15 hours), "20h30" as "8:30 घंटे" or
    "8:30 a.m.", and keeps "8.9" as a decimal.  Each profile says how its
    language writes a duration in hours, a morning hour and a later one
    (time.hour_duration, time.morning, time.evening): a morning time given
    in the afternoon or the evening ("8h30" as "8:30 p.m.") is wrong too.
    Other languages take CLDR's words for hours as a duration where their
    clock says the hour with another word ("15 Uhr", "15时", "15시", Thai
    "15.00 น."), not where hours name the time of day too ("à 15 heures",
    Bulgarian "в 15 часа", whose clock abbreviates it "ч.").  The day or month of a date, which CLDR's duration
    word precedes ("ngày 2", "tháng 9": September), is wrong as a duration
    ("9 महीनों में", in nine months) unless the source also counts that
    many of them.

    Bad (vi>hi): Hội nghị bắt đầu lúc 15h. => सम्मेलन 15 घंटे शुरू हुआ।
    Bad (vi>hi): Hội nghị bắt đầu lúc 20h30. => सम्मेलन 8:30 घंटे शुरू हुआ।
    Bad (vi>en): Đến 1h30 sáng hôm sau, đám cháy được khống chế. => By 1.30 hours the next day, the fire was under control.
    Bad (vi>zh): Hội nghị bắt đầu lúc 15h. => 会议于15小时开始。
    Good (vi>zh): Hội nghị bắt đầu lúc 15h. => 会议于15时开始。
    Bad (vi>de): Hội nghị bắt đầu lúc 15h. => Die Konferenz begann um 15 Stunden.
    Bad (vi>th): Hội nghị bắt đầu lúc 15h. => การประชุมเริ่มเวลา 15 ชั่วโมง
    Good (vi>th): Hội nghị bắt đầu lúc 15h. => การประชุมเริ่มเวลา 15.00 น.
    Good (vi>bg): Hội nghị bắt đầu lúc 15h. => Срещата започна в 15 часа.
    Good (vi>fr): Hội nghị bắt đầu lúc 15h. => La conférence a commencé à 15 heures.
    Bad (vi>en): Khai mạc ngày 8.9 tại Hà Nội. => It opens on 8.9 in Hanoi.
    Bad (vi>en): Giá mới áp dụng từ 15h ngày 3/10. => The new price applies from 3 a.m. on October 3.
    Bad (vi>hi): Hội nghị bắt đầu lúc 20h30. => सम्मेलन सुबह 8:30 बजे शुरू हुआ।
    Bad (vi>en): Hội nghị bắt đầu lúc 15h30. => The conference began at 3:30 in the morning.
    Good (vi>hi): Hội nghị bắt đầu lúc 15h. => सम्मेलन दोपहर 3 बजे शुरू हुआ।
    Bad (vi>en): Hội nghị bắt đầu lúc 8h30. => The conference began at 8:30 p.m.
    Bad (vi>hi): Hội nghị bắt đầu lúc 8h sáng. => सम्मेलन रात 8 बजे शुरू हुआ।
    Good (vi>en): Hội nghị bắt đầu lúc 8 giờ tối. => The conference began at 8 p.m.
    Good (vi>en): Hội nghị bắt đầu lúc 8h30. => The conference began at 8:30 a.m.
    Good (vi>en): Phiên sáng lúc 8h30, phiên tối lúc 20h30. => The morning session was at 8:30 a.m., the evening one at 8:30 p.m.
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
    duration, morning, evening = (ctx.target.time.get(kind) for kind in ("hour_duration", "morning", "evening"))
    # the source's clock times are read only for a target with hours as a duration, in the morning or later
    duration = duration if duration and ctx.text.has(_duration_word(duration)) else None
    morning = morning if morning and ctx.text.has(_hour_said("", morning, "")) else None
    evening = evening if evening and ctx.text.has(_hour_said("", evening, "")) else None
    times = sorted({(int(m.group(1)), int(m.group(2) or 0)) for m in clock.finditer(folded)}) if clock and (duration or morning or evening) else []
    if duration:
        said = set()  # spans reported: a morning hour is written alike in both forms ("1.30 hours")
        for hour, minute in times:
            # the hour as the source writes it, with its minutes or without ("15 घंटे", "15:30 घंटे"),
            # or in its twelve-hour form with minutes ("8:30 घंटे"): "3 घंटे" may be how long it lasted
            for written, with_minutes in sorted({(hour, False), (hour - 12 if hour > 12 else hour, True)}):
                for m in _hours_as_duration(str(written), duration, ctx.target.native_digits, with_minutes).finditer(tgt):
                    if m.span() not in said:
                        said.add(m.span())
                        yield Hit(m.start(), m.end(), f"{m.group()!r} is a duration, but the source gives the time of day {hour}:{minute:02d}", suggestion=f"{hour}:{minute:02d}")
    if morning:
        for hour, minute in times:
            # unambiguous afternoon and evening hours ("3 giờ" alone may be either), unless the source
            # also gives the morning one ("8h30 và 20h30")
            if hour > 12 and (hour - 12, minute) not in times:
                for m in _hour_said(str(hour - 12), morning, ctx.target.native_digits).finditer(tgt):
                    yield Hit(m.start(), m.end(), f"{m.group()!r} is in the morning, but the source gives the time of day {hour}:{minute:02d}")
    if evening:
        said_morning = [ctx.source.time[kind] for kind in ("morning", "clock_24h") if kind in ctx.source.time]
        for hour, minute in times:
            # a morning hour: one the source says is in the morning, or gives on the 24-hour clock
            # ("8h30"; "lúc 2 giờ" may be 2 pm), and not in its afternoon form too ("8h30 và 20h30")
            if 1 <= hour < 12 and (hour + 12, minute) not in times and any(_hour_said(str(hour), said, "").search(folded) for said in said_morning):
                for m in _hour_said(str(hour), evening, ctx.target.native_digits).finditer(tgt):
                    yield Hit(m.start(), m.end(), f"{m.group()!r} is in the afternoon or later, but the source gives the time of day {hour}:{minute:02d}")
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
    from ...languages import cldr

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
DECIMAL_LIKE_RE = LazyPattern(r"\p{Nd}[.,]\p{Nd}")


@functools.lru_cache(maxsize=None)
def _duration_word(duration: str) -> regex.Pattern:
    """The profile's word for hours, alone: without it no time can have become a duration."""
    return regex.compile(duration, regex.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _hour_said(hour: str, pattern: str, native_digits: str) -> regex.Pattern:
    """A profile's pattern for an hour said a certain way (``time.morning``, ``time.evening``,
    ``time.clock_24h``), its ``{hour}`` the figures of ``hour``, ASCII or native; any hour when
    ``hour`` is empty."""
    figures = _any_digits(hour, native_digits) if hour else r"\p{Nd}{1,2}"
    return regex.compile(pattern.replace("{hour}", figures), regex.IGNORECASE)


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


@rule(
    "TQ509",
    "date-mismatch",
    category="numbers",
    summary="A date whose day and month were swapped or whose month changed (8/9 became \"9 अगस्त\")",
    severity="error",
    needs_source=True,
    covers=("TQ501",),  # the date's day or month, which is then also a figure the source lacks
)
def date_mismatch(seg, ctx):
    """A date of the target that reads the source's date wrongly.

    Vietnamese writes the day first ("ngày 8/9" is 8 September); MT engines
    read it the American way and write "9 अगस्त" (9 August), or keep the day
    and change the month.  Dates are read in both texts from CLDR's month
    names of each language and the profile's other spellings of them
    ("अक्तूबर"), numeric dates with a year in the language's own
    order (where its countries disagree, English's 12/03/2024 may be either,
    and only a day over 12 tells), and the profile's "day.month" pattern.  A target date is reported
    only when the source holds the same two numbers the other way round,
    the same day in another month, or another day of the same month that
    is no figure of the source ("30/4" written "3 अप्रैल"), or a date the
    target gives once more than the source where a date of the same month
    is missing ("3/9 ... 5/9" written "5 सितंबर ... 5 सितंबर"): a date the
    source does not mention at all may be written in a form not read here,
    unless each text holds one date only: the target's then stands for the
    source's ("20/5" written "5 फरवरी").  A month the target names on its
    own ("अक्टूबर में") is reported where the source names it nowhere and a
    month the source names, alone ("tháng 9", or in words: "tháng Sáu", the
    profile's ``calendar.months``) or in a date, is missing from the target.

    Bad (vi>hi): Ngày 8/9, tỉnh tổ chức hội nghị. => 9 अगस्त को प्रांत ने सम्मेलन किया।
    Bad (vi>en): Hội nghị diễn ra ngày 8 tháng 9 năm 2023. => The conference took place on 8 October 2023.
    Bad (vi>hi): Ngày 30/4/2024, cầu được khánh thành. => 3 अप्रैल 2024 को पुल का उद्घाटन हुआ।
    Bad (vi>hi): Ngày 18/11/2023, tỉnh họp. => 11 नवंबर 2023 को प्रांत की बैठक हुई।
    Bad (vi>hi): Lễ hội khai mạc ngày 15/10/2024. => महोत्सव 10 अक्तूबर 2024 को शुरू हुआ।
    Good (vi>hi): Lễ hội khai mạc ngày 15/10/2024. => महोत्सव 15 अक्तूबर 2024 को शुरू हुआ।
    Bad (vi>hi): Ngày 3/9, tỉnh họp. Hạn chót là ngày 5/9. => 5 सितंबर को प्रांत की बैठक हुई। अंतिम तिथि 5 सितंबर है।
    Good (vi>hi): Ngày 8/9, tỉnh tổ chức hội nghị. => 8 सितंबर को प्रांत ने सम्मेलन किया।
    Good (vi>hi): Từ ngày 3 đến 30/4, tỉnh tổ chức hội chợ. => 3 से 30 अप्रैल तक प्रांत ने मेला लगाया।
    Good (vi>en): Hội nghị diễn ra ngày 8/9/2023. => The conference took place on September 8, 2023.
    Good (vi>en): Hội nghị diễn ra ngày 12/3/2024. => The conference took place on 12/03/2024.
    Good (vi>en): Lễ hội diễn ra từ ngày 29/3 đến 7/4. => The festival runs from March 29 to April 7.
    Bad (vi>en): Hội nghị diễn ra ngày 18/11/2023. => The conference took place on 18/10/2023.
    Bad (vi>hi): Sáng 20/5, Sở Y tế cho biết. => 5 फरवरी की सुबह स्वास्थ्य विभाग ने बताया।
    Bad (vi>en): Sáng 21/3, tỉnh họp để chuẩn bị cho dịp lễ 30/4. => On March 21, the province met to prepare for the March 30 holiday.
    Bad (vi>en): Thứ Hai (15/3), tỉnh họp. => The province met on Monday (March 16).
    Bad (vi>hi): Đỉnh dịch có thể rơi vào tháng 9. => महामारी का चरम अक्टूबर में आ सकता है।
    Good (vi>hi): Đỉnh dịch có thể rơi vào tháng 9. => महामारी का चरम सितंबर में आ सकता है।
    Good (vi>en): Từ tháng 9, giá tăng 5%. => Prices have risen 5% since September, and may rise again in March.
    Good (vi>hi): Sáng 20/5, Sở Y tế cho biết số ca mắc tăng từ ngày 2/9. => 20 मई की सुबह स्वास्थ्य विभाग ने बताया कि 2 सितंबर से मामले बढ़े।
    Bad (vi>en): Sân bay sẽ đóng cửa cho đến tháng Mười. => The airport will stay closed until July.
    Good (vi>en): Sân bay sẽ đóng cửa cho đến tháng Mười. => The airport will stay closed until October.
    Bad (vi>hi): Nếu Anh rời EU vào ngày 29/03, sẽ có gián đoạn. => अगर ब्रिटेन 29 मई को ईयू छोड़ता है, तो व्यवधान होगा।
    Good (vi>en): Ghi rõ ngày tháng năm sinh. => Give your date of birth, as in the May form.
    """
    # a date has digits; a month named alone may have none ("अक्टूबर में"), and the source's
    # month it stands for has them ("tháng 9", "14/3") or is named in words ("tháng Sáu")
    digits = ctx.text.has(ANY_DIGIT_RE)
    if not digits and not ctx.src.has(ANY_DIGIT_RE) and not _months_named(ctx.src, ctx.source.code):
        return
    target = _dates(ctx.text, ctx.target.code) if digits else []
    months = _months_named(ctx.text, ctx.target.code)
    if not target and not months:
        return
    source_dates = _dates(ctx.src, ctx.source.code, ctx.source)
    if months:
        yield from _month_named_otherwise(seg, ctx, target, months, source_dates)
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
            continue
        if len(source) == 1 and len(target) == 1 and not months and not days:
            # one date on each side, sharing neither day nor month: the target's stands for the source's
            ((d, m),) = source
            yield Hit(start, end, f"{seg.target[start:end]!r} is day {day} of month {month}; the source's only date is day {d} of month {m}")


def _month_named_otherwise(seg, ctx, target_dates, months, source_dates):
    """A month the target names on its own ("अक्टूबर में") that the source names nowhere, when a
    month the source names (alone, "tháng 9", or in a date) is missing from the target."""
    named = {m for _, m, _, _ in source_dates} | {m for m, _, _ in _months_named(ctx.src, ctx.source.code)}
    missing = named - {m for _, m, _, _ in target_dates} - {m for m, _, _ in months}
    if not missing:
        return
    lost = "/".join(map(str, sorted(missing)))
    for month, start, end in months:
        if month not in named and not any(s <= start < e for _, _, s, e in target_dates):
            yield Hit(start, end, f"{seg.target[start:end]!r} is month {month}, which the source does not name; its month {lost} is missing from the target")


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


@functools.lru_cache(maxsize=None)
def _weekday_re(lang: str) -> regex.Pattern | None:
    """The days of the week named in full in ``lang`` (group ``d0`` Monday to ``d6`` Sunday), None
    without CLDR's names.  Case does not matter, except in names built as one word and a number
    ("Thứ Hai" to "Thứ Bảy"), whose number keeps CLDR's case: "thứ hai" is "second" in
    Vietnamese ("Chủ nhật", Sunday, is no ordinal), unless one of the profile's
    ``time.weekday_after`` words stands before it ("chiều thứ bảy", Saturday afternoon).  Group
    ``tail`` holds the letters the name runs on into (:func:`_weekdays` reads them)."""
    from ...languages import cldr

    names = cldr.weekday_names(lang)
    shared = collections.Counter(name.partition(" ")[0] for name in names if " " in name)
    cues = "|".join(map(regex.escape, load_profile(lang).time.get("weekday_after", ())))
    by_day: dict[int, list[str]] = collections.defaultdict(list)
    for name, number in names.items():
        first, _, rest = name.partition(" ")
        if rest and shared[first] > 1:
            # the number as CLDR writes it, or in any case after a part of the day (looked for
            # behind the first word, which the search finds first)
            first, rest = regex.escape(first), regex.escape(rest)
            any_case = f"|(?<=(?i:{cues})\\s+(?i:{first}) )(?i:{rest})" if cues else ""
            by_day[number].append(f"(?i:{first}) (?:{rest}{any_case})")
        else:
            by_day[number].append(f"(?i:{regex.escape(name)})")
    if not by_day:
        return None
    days = "|".join(f"(?P<d{number}>{'|'.join(sorted(names, key=len, reverse=True))})" for number, names in sorted(by_day.items()))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{days})(?P<tail>[\p{{L}}\p{{M}}]*)")


@functools.lru_cache(maxsize=None)
def _weekday_hint(lang: str) -> Hint:
    """What a text naming a day of the week in ``lang`` holds: a name, or the first word of one
    written in several ("Thứ "), with a capital or a small first letter."""
    from ...languages import cldr

    starts = {name.partition(" ")[0] + " " if " " in name else name for name in cldr.weekday_names(lang)}
    return Hint(sorted({form for start in starts for form in (start, start[:1].lower() + start[1:], start[:1].upper() + start[1:])}))


MARKS_RE = LazyPattern(r"\p{M}*")


def _only_endings(tail: str | None, *endings) -> bool:
    """Whether the letters a name runs on into are no word of their own: vowel signs, then nothing
    or one of ``endings`` (collections of a profile's endings)."""
    if not tail:
        return True
    tail = tail[MARKS_RE.match(tail).end():]
    return not tail or any(tail in e for e in endings)


def _weekdays(text: str, profile) -> list[tuple[int, int, int]]:
    """(day, start, end) of each day of the week named in ``text``, in the language of ``profile``:
    a whole word, or one that runs on into vowel signs ("मंगळवारी", "সোমবারে"), a case ending of
    the profile, or both ("সোমবারের"); not a longer word ("پیریڈ", period, is no "پیر", Monday)."""
    pattern = _weekday_re(profile.code)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text, concurrent=False):
        tail = m.group("tail")
        if not _only_endings(tail, profile.case_endings):
            continue
        day = next(int(name[1:]) for name, value in m.groupdict().items() if value is not None and name != "tail")
        out.append((day, m.start(), m.start("tail")))
    return out


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@rule(
    "TQ511",
    "weekday-mismatch",
    category="numbers",
    summary="A day of the week other than the source's (\"Thứ Hai\", Monday, became \"मंगलवार\", Tuesday)",
    severity="error",
    needs_source=True,
)
def weekday_mismatch(seg, ctx):
    """A day of the week that is not the one the source names.

    Each text's days are read from CLDR's full names in its language
    ("Thứ Hai", "सोमवार", "Monday"), also where an ending runs on
    ("मंगळवारी", "সোমবারের").  A day the target names is reported
    when the source names other days and one of them is missing from the
    target: "Thứ Hai" (Monday) written "मंगलवार" (Tuesday).  A target that
    names no day, or only the source's, is left alone (a day may be dropped
    in favour of the date), and so is a day the target names where the
    source names none.

    Bad (vi>hi): Thứ Hai tuần trước, tỉnh tổ chức hội nghị. => पिछले मंगलवार को प्रांत ने सम्मेलन आयोजित किया।
    Bad (vi>en): Hội nghị diễn ra vào Chủ nhật. => The conference took place on Saturday.
    Bad (vi>mr): Hội nghị diễn ra vào thứ Sáu. => परिषद गुरुवारी झाली.
    Good (vi>hi): Thứ Hai tuần trước, tỉnh tổ chức hội nghị. => पिछले सोमवार को प्रांत ने सम्मेलन आयोजित किया।
    Good (vi>hi): Đây là lần thứ hai tỉnh tổ chức hội nghị vào thứ Ba. => यह दूसरी बार है जब प्रांत ने मंगलवार को सम्मेलन आयोजित किया।
    Good (vi>en): Từ thứ Hai đến thứ Sáu, cửa hàng mở cửa. => The shop is open from Monday to Friday.
    Good (vi>mr): Hội nghị diễn ra vào thứ Sáu. => परिषद शुक्रवारी झाली.
    Bad (vi>bn): Kết quả của cuộc họp thứ Năm được công bố. => মঙ্গলবারের বৈঠকের ফল প্রকাশ করা হয়েছে।
    Good (vi>ur): Trong giờ học ngày thứ Bảy, cô giáo vắng mặt. => ہفتے کے دن ایک پیریڈ کے دوران استانی غیر حاضر تھیں۔
    Bad (vi>en): Giờ lý tưởng để uống bia là 5 giờ chiều thứ bảy. => The perfect time for a pint is 5pm on a Wednesday.
    Good (vi>en): Giá vàng giảm ngày thứ hai liên tiếp. => Gold fell for a second day on Tuesday.
    """
    if not _weekday_hint(ctx.source.code).search(seg.source):
        return  # substring tests, several times faster than reading the days
    source = _weekdays(seg.source, ctx.source)
    if source:
        yield from _named_otherwise(seg.target, source, _weekdays(seg.target, ctx.target), WEEKDAYS)


def _named_otherwise(target: str, source: list[tuple[int, int, int]], found: list[tuple[int, int, int]], names: tuple[str, ...]):
    """A hit for each (number, start, end) of ``found`` in ``target`` that is not among the
    ``source``'s, when one of the source's is missing from the target: a day or a quarter
    dropped for another, not one added or left out."""
    named = {n for n, _, _ in source}
    missing = named - {n for n, _, _ in found}
    if not missing:
        return
    expected = " and ".join(names[n] for n in sorted(missing))
    for n, start, end in found:
        if n not in named:
            yield Hit(start, end, f"{target[start:end]!r} is {names[n]}, which the source does not name; its {expected} is missing from the target")


ROMAN_QUARTERS = {"I": 0, "II": 1, "III": 2, "IV": 3}


class QuarterReading(NamedTuple):
    """How a language names the quarters of the year, for :func:`_quarters`."""

    #: Group ``n`` an ordinal and ``q`` the quarter word (``tail`` the letters run on after a
    #: quarter word its ordinal precedes), or group ``a`` an abbreviation ("Q3").
    pattern: regex.Pattern
    #: Each ordinal, case-folded -> quarter 0 to 3.
    ordinals: dict[str, int]
    #: Each abbreviation, as written -> quarter.
    abbreviations: dict[str, int]
    #: What a text naming a quarter holds.
    hint: Hint


@functools.lru_cache(maxsize=None)
def _quarter_reading(lang: str) -> QuarterReading | None:
    """How ``lang`` names the quarters of the year ("तीसरी तिमाही", "quý III", "third quarter",
    "Q3").  The ordinals are CLDR's, the profile's ("third"), and where CLDR writes the number
    itself ("Quý 3"), Roman numerals and the language's digits; the ordinal stands where CLDR puts
    it ("2 quý", two quarters, names none).  The quarter word is CLDR's or one of the profile's
    ``quarter_words`` ("क्वार्टर").  None without CLDR's names."""
    from ...languages import cldr, load_profile

    names = cldr.quarter_names(lang)
    if names is None:
        return None
    word, written_ordinals, first, abbreviations = names
    profile = load_profile(lang)
    ordinals = {**written_ordinals, **{w.casefold(): int(v) - 1 for w, v in profile.ordinals.items() if v in (1, 2, 3, 4)}}
    if all(o.isdigit() for o in written_ordinals):
        ordinals.update((roman.casefold(), n) for roman, n in ROMAN_QUARTERS.items())
        ordinals.update((d, n) for n, d in enumerate(cldr.native_digits(lang)[1:5]))
    abbreviations = {**{f"Q{n + 1}": n for n in range(4)}, **abbreviations}
    gap = r"[ \t\u00a0]*" if profile.unspaced else r"(?:[ \t\u00a0]+|-)"  # "third-quarter growth"
    number = "|".join(map(regex.escape, sorted(ordinals, key=len, reverse=True)))
    words = sorted({word, *(w.casefold() for w in profile.quarter_words)}, key=len, reverse=True)
    quarter = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    phrase = rf"(?P<n>{number}){gap}(?P<q>{quarter})(?P<tail>[\p{{L}}\p{{M}}]*)" if first else rf"(?P<q>{quarter}){gap}(?P<n>{number})(?![\p{{L}}\p{{M}}\p{{N}}])"
    written = "|".join(map(regex.escape, sorted(abbreviations, key=len, reverse=True)))
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:(?i:{phrase})|(?P<a>{written})(?![\p{{L}}\p{{M}}\p{{N}}]))")
    return QuarterReading(pattern, ordinals, abbreviations, Hint(sorted({*words, *(w[:1].upper() + w[1:] for w in words), *abbreviations})))


def _quarters(text: str, profile) -> list[tuple[int, int, int]]:
    """(quarter 0 to 3, start, end) of each quarter of the year ``text`` names in the language of
    ``profile``; a quarter word may carry an ending the profile's nouns take (its case endings and
    those of its scale words: "तिमाहीत"), not another ("तिमाहियों", of quarters; "quarterly"), and a
    Roman numeral is written in capitals ("quý III")."""
    reading = _quarter_reading(profile.code)
    if reading is None:
        return []
    out = []
    for m in reading.pattern.finditer(text, concurrent=False):
        if m.group("a"):
            out.append((reading.abbreviations[m.group("a")], m.start(), m.end()))
            continue
        ordinal, tail = m.group("n"), m.groupdict().get("tail")
        if not _only_endings(tail, profile.case_endings, profile.scale_endings):
            continue
        if ordinal.upper() in ROMAN_QUARTERS and not ordinal.isupper():
            continue
        out.append((reading.ordinals[ordinal.casefold()], m.start(), max(m.end("n"), m.end("q"))))
    return out


QUARTERS = ("Q1", "Q2", "Q3", "Q4")


@rule(
    "TQ512",
    "quarter-mismatch",
    category="numbers",
    summary="A quarter of the year other than the source's (\"quý III\" became \"दूसरी तिमाही\")",
    severity="error",
    needs_source=True,
)
def quarter_mismatch(seg, ctx):
    """A quarter of the year that is not the one the source names.

    Each text's quarters are read from CLDR's names in its language
    ("तीसरी तिमाही", "Quý 3", "3rd quarter", "Q3"), with the profile's
    ordinals ("third", "तिसऱ्या") and words for a quarter ("क्वार्टर") and,
    where CLDR writes the number itself (Vietnamese, Thai), Roman numerals
    ("quý III").  As with days of the
    week (TQ511), a quarter the target names is reported when the source
    names others and one of them is missing from the target.

    Bad (vi>hi): Trong quý III, doanh thu tăng 12%. => दूसरी तिमाही में राजस्व 12% बढ़ा।
    Bad (vi>en): Doanh thu quý 1 tăng 12%. => Revenue rose 12% in the fourth quarter.
    Bad (vi>mr): Doanh thu quý 3 tăng. => चौथ्या तिमाहीत महसूल वाढला.
    Good (vi>hi): Trong quý III, doanh thu tăng 12%. => तीसरी तिमाही में राजस्व 12% बढ़ा।
    Good (vi>en): Doanh thu quý 1 tăng 12%. => Revenue rose 12% in Q1.
    Bad (vi>en): Quý III tăng 5%. => Second-quarter growth was 5%.
    Good (vi>en): Quý III tăng 5%. => Third-quarter growth was 5%.
    Good (vi>mr): Doanh thu quý 3 tăng. => तिसऱ्या तिमाहीत महसूल वाढला.
    Good (vi>hi): Trong 2 quý đầu năm, doanh thu tăng. => पहली दो तिमाहियों में राजस्व बढ़ा।
    Good (vi>hi): Quý khách vui lòng chờ. Quý 2 bắt đầu. => दूसरी तिमाही शुरू हुई। कृपया प्रतीक्षा करें।
    Bad (vi>hi): Trong quý 2 năm 2018, số ca mắc tăng. => 2018 के तीसरे क्वार्टर में मामले बढ़े।
    Good (vi>hi): Trong quý 2 năm 2018, số ca mắc tăng. => 2018 के दूसरे क्वार्टर में मामले बढ़े।
    """
    reading = _quarter_reading(ctx.source.code)
    if reading is None or not reading.hint.search(seg.source):
        return
    source = _quarters(seg.source, ctx.source)
    if source:
        yield from _named_otherwise(seg.target, source, _quarters(seg.target, ctx.target), QUARTERS)


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
#: The most days each month has (February's in a leap year).
MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: Time zones and halves of the day, which mark a clock time in any language ("14:75 GMT").
CLOCK_MARKS = r"GMT|UTC|BST|ICT|IST|EST|EDT|PST|PDT|CET|CEST|[ap]\.?m\b\.?"
#: What a clock time of :func:`_clock_time_re` cannot be without (the standard engine: faster).
CLOCK_HINT_RE = re.compile(r"\d[:.hঃ]\d\d")


@functools.lru_cache(maxsize=None)
def _clock_time_re(lang: str) -> regex.Pattern:
    """A clock time, hours and minutes, marked as a time of day by the word after it (the profile's
    ``clock_after``, a zone, "a.m.": "25:30 बजे", "14:75 GMT") or by an "h" between them
    ("25h30"); a bare "25:30" may be a score.  The colon may be the profile's ``clock_colon``."""
    time = load_profile(lang).time
    marks = CLOCK_MARKS + (f"|{time['clock_after']}" if time.get("clock_after") else "")
    colons = regex.escape(":." + time.get("clock_colon", ""))
    return regex.compile(
        rf"(?<![\p{{N}}.:,/])(\p{{Nd}}{{1,2}})(?:[{colons}](\p{{Nd}}{{2}})(?![\p{{N}}]|[.:]\p{{Nd}})[ \t\u00a0]*(?:{marks})|h(\p{{Nd}}{{2}})(?![\p{{N}}]))",
        regex.IGNORECASE,
    )


#: A year after a day and month ("29 फरवरी, 2023").
YEAR_AFTER_RE = LazyPattern(r"[ \t\u00a0,]*(\p{Nd}{4})(?![\p{N}])")


def _leap(year: int) -> bool:
    import calendar  # only a 29 February with its year asks

    return calendar.isleap(year)


@rule(
    "TQ513",
    "impossible-date",
    category="numbers",
    summary="A date or a time of day that cannot be (\"31 अप्रैल\", \"64 मई\", \"25:30 बजे\")",
    severity="error",
    trigger=ANY_DIGIT_RE,
)
def impossible_date(seg, ctx):
    """A date or a clock time no calendar or clock has, wherever it came from.

    A digit slipped in translation or typing leaves a day past its
    month's end ("31 अप्रैल", "December 60"; 29 February of a year that is
    no leap year), a month past twelve in a numeric date with its year
    (in the language's order; where either order is written, as in
    English, only two numbers over twelve tell), or an hour past 24 or
    minutes past 59 in a time of day, marked as one by the word or zone
    after it ("25:30 बजे", "14:75 GMT", "25h30"): a bare "25:30" may be a
    score.  No source is needed.

    Bad (hi): सम्मेलन 31 अप्रैल 2024 को आयोजित हुआ।
    Bad (hi): सम्मेलन 64 मई 2024 को आयोजित हुआ।
    Bad (en): The conference was held on December 60, 2023.
    Bad (en): The conference was held on February 29, 2023.
    Good (en): The conference was held on February 29, 2024.
    Bad (hi): बैठक 25:30 बजे शुरू हुई।
    Bad (en): The crash happened at about 50:15 BST near the city.
    Bad (vi): Cuộc họp bắt đầu lúc 25h30 ngày 3/5/2024.
    Bad (hi): बैठक 18/13/2024 को हुई।
    Good (hi): बैठक 24:00 बजे समाप्त हुई और टीम ने मैच 25:23 से जीता।
    Good (en): The meeting ended at 23:59 GMT on April 30, 2024.
    """
    text = seg.target
    pattern, names, hint = _month_date_re(ctx.target.code)
    if pattern is not None and hint.search(ctx.text.folded) is not None:
        for m in pattern.finditer(text):
            day, month = _date_parts(m, names)
            if month is None:
                continue
            day, end = int(to_ascii_digits(day)), m.end() - (text[m.end() - 1] == ".")  # "February 30." ends a sentence
            if day == 0 or day > MONTH_DAYS[month - 1]:
                yield Hit(m.start(), end, f"{text[m.start():end]!r} is no date: {MONTHS[month - 1]} has {MONTH_DAYS[month - 1] if month != 2 else '28 or 29'} days")
            elif month == 2 and day == 29 and (year := YEAR_AFTER_RE.match(text, m.end())) is not None and not _leap(int(to_ascii_digits(year.group(1)))):
                yield Hit(m.start(), year.end(), f"{text[m.start():year.end()]!r} is no date: {to_ascii_digits(year.group(1))} is no leap year")
    if NUMERIC_DATE_HINT_RE.search(text) is not None:  # (the standard engine's \d reads any script's digits)
        from ...languages import cldr

        day_first = cldr.day_comes_first(ctx.target.code)
        for m in NUMERIC_DATE_RE.finditer(text):
            a, b = int(to_ascii_digits(m.group(1))), int(to_ascii_digits(m.group(3)))
            if day_first is None:
                impossible = a > 12 and b > 12
            else:
                day, month = (a, b) if day_first else (b, a)
                impossible = not 1 <= month <= 12 or not 1 <= day <= MONTH_DAYS[month - 1]
            if impossible:
                yield Hit(m.start(), m.end(), f"{m.group()!r} is no date: no month has these numbers")
    if CLOCK_HINT_RE.search(text) is not None:
        for m in _clock_time_re(ctx.target.code).finditer(text):
            hours, minutes = int(to_ascii_digits(m.group(1))), int(to_ascii_digits(m.group(2) or m.group(3)))
            if minutes > 59 or hours > 24 or (hours == 24 and minutes):
                yield Hit(m.start(), m.end(), f"{m.group().strip()!r} is no time of day: hours run to 23 and minutes to 59")
