"""What the numbers rules read alike: figures in digits and in words, the currencies, units and
dates beside them, and items paired line by line.
"""
from __future__ import annotations

import bisect
import functools
import math
import re

import regex

from ...languages import Profile, load_profile
from ...languages.profile import date_links
from ...numerals import ANY_DIGIT_RE, Mention, mentions, range_re, scale_after_re, scale_exponent
from ...text import LETTERS_RE, WORD_BEFORE_RE, LazyPattern, any_of, finditer


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
        profile = ctx.target if field == "target" else ctx.source
        # most texts have no scale word: a plain-string test spares them the number words' pattern
        cached = info.__dict__["spelled"] = _spelled_figures(info.text, profile) if info.has(_scale_words_hint(profile.code)) else []
    return cached


class _WordsHint:
    """Whether a text holds one of some words, in any case ("Million", "million"): the words
    lowercased in one pattern (:func:`~tqcheck.text.any_of`), searched in the lowercased text when
    a word has case.  Five times faster than an IGNORECASE alternation, which re cannot narrow by
    first character."""

    def __init__(self, words):
        words = frozenset(w.lower() for w in words)
        self.pattern = any_of(words)
        self.fold = any(w != w.upper() for w in words)

    def search(self, text: str):
        return self.pattern.search(text.lower() if self.fold else text)


class _FigureTrigger:
    """The trigger of the rules that read amounts: a digit; or a scale word of a shipped language,
    whose profile may spell the amount's count in words ("पांच करोड़" holds no digit); or a count
    word from three to nine of a shipped language ("सात विकेट", which may stand for the source's "6
    wickets").  The words are gathered on first use, so that the profiles load only when a text
    is checked."""

    def search(self, text: str):
        found = ANY_DIGIT_RE.search(text)
        if found is not None:
            return found
        hint = self.__dict__.get("hint")
        if hint is None:
            from ...languages import all_shipped_profiles

            profiles = [p for p in all_shipped_profiles() if p.number_words]
            words = {w for p in profiles for w in (*p.scale, *_count_word_forms(p))}
            hint = self.hint = _WordsHint(words)
        return hint.search(text)


FIGURE_TRIGGER = _FigureTrigger()


def _count_word_forms(profile: Profile) -> list[str]:
    """The profile's words for the counts from three to nine, less those that are everyday words
    too (``number_homographs``: Nepali "छ")."""
    return [w for w, v in profile.number_words.items() if 3 <= v < 10 and w.casefold() not in profile.number_homographs]


@functools.lru_cache(maxsize=None)
def _scale_words_hint(lang: str) -> _WordsHint:
    """Whether a text holds one of ``lang``'s scale words, in any case."""
    return _WordsHint(load_profile(lang).scale)


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


@functools.lru_cache(maxsize=None)
def _number_word_table(lang: str) -> dict[str, float]:
    return {k.casefold(): v for k, v in load_profile(lang).number_words.items()}


@functools.lru_cache(maxsize=None)
def _spelled_count_re(lang: str) -> regex.Pattern | None:
    """A run of ``lang``'s number words of one or more (group 1), then its scale words ("पांच करोड़",
    "two billion", "hai trăm tỷ"); None for a language without number words or scale words."""
    profile = load_profile(lang)
    counts = sorted((w for w, v in profile.number_words.items() if v > 0), key=len, reverse=True)
    if not counts or not profile.scale:
        return None
    word = "(?:" + "|".join(regex.escape(w) for w in counts) + ")"
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])({word}(?:[ \t\u00a0-]+{word})*)(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


def _spelled_figures(text: str, profile: Profile) -> list[Mention]:
    """Amounts whose count is written in words before a scale word ("पांच करोड़" is 50 million,
    "hai trăm tỷ" 200 billion), as figures.  A count that words around it change is left unread
    ("two and a half million", "hai tỷ rưỡi": 2.5 billion), unless the word before adds a known
    amount to it (the profile's ``count_offsets``: "साढ़े तीन करोड़" is 3.5 crore), and so are two
    counts side by side ("दो-तीन करोड़", two or three crore).  A count of the profile's
    ``compound_number_words`` alone is read too ("năm tỷ", five billion): the scale word right after
    it makes it a number ("năm" is also a year; "năm tỷ lệ", the year's rates, has no scale word).
    A fraction is a count of its own ("nửa triệu", half a million) where no number stands just
    before it to own it ("two and a half million")."""
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
        start, offset = _count_offset(text, m.start(), profile)
        if (
            any(a < 10 and b < 10 for a, b in zip(values, values[1:]))
            or _count_changed(text, start, scaled.end(), profile, table)
            or (values[-1] < 1 and _count_before(text, start, table))
        ):
            continue
        exponent = sum(scale_exponent(profile, w) for w in scaled.group().split())
        out.append(Mention(start, scaled.end(), m.end(), _compound(values) + offset, exponent, text[start:scaled.end()], False, False, True, None))
    return out


def _count_offset(text: str, start: int, profile: Profile) -> tuple[int, float]:
    """Where a spelled count at ``start`` begins, and what to add to it: the word before, when it is
    one of the profile's ``count_offsets`` ("साढ़े तीन": 3 and a half), is part of it."""
    if not profile.count_offsets:
        return start, 0.0
    before = WORD_BEFORE_RE.search(text, max(0, start - 24), start)
    offset = profile.count_offsets.get(before.group(1).casefold()) if before is not None else None
    return (before.start(1), offset) if offset is not None else (start, 0.0)


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


def _count_before(text: str, start: int, table: dict[str, float]) -> bool:
    """Whether one of the three words before ``start`` is a number, in figures or words: a fraction
    there belongs to it ("two and a half million"), where "nửa triệu" alone is half a million."""
    return any(w.casefold() in table or ANY_DIGIT_RE.search(w) for w in text[max(0, start - 40):start].split()[-3:])


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


#: The currencies news mentions most, whose ISO codes are read as their names in every language.
NEWS_CURRENCIES = ("USD", "EUR", "VND", "GBP", "JPY", "CNY", "INR", "KRW", "THB", "AUD", "SGD", "NPR", "BDT")


@functools.lru_cache(maxsize=None)
def _currency_table(lang: str) -> tuple[dict[str, str], int, frozenset[str]]:
    """Surface form (case-folded, single-spaced) -> ISO code for ``lang``, the longest form in words, and the first words.

    Forms come from the profile, CLDR names (display and plural) and
    symbols, and the ISO codes of the currencies news mentions most.
    """
    from ...languages import cldr

    profile = load_profile(lang)
    table: dict[str, str] = {}
    tender = cldr.tender_currencies()
    # currencies in legal tender first: their names win over those of funds and old coins
    for code, names in sorted(cldr.currency_names(lang).items(), key=lambda item: item[0] not in tender):
        if cldr.pseudo_currency(code):
            continue  # no one pays in "अज्ञात मुद्रा" (unknown currency) or gold
        for name in names:
            plain = _without_note(name)
            # a fund named after its currency ("US Dollar (Next day)", USN) stands for that currency
            # once its note is gone: "अमेरीकी डालर", "Dolar AS" are dollars
            owner = code if plain == name or code in tender else _tender_of(code, tender)
            table.setdefault(" ".join(plain.casefold().split()), owner)
    for code in NEWS_CURRENCIES:
        table.setdefault(code.casefold(), code)
    for code, symbol in cldr.currency_symbols(lang).items():
        if len(symbol) == 1 and not symbol.isalnum():
            table.setdefault(symbol, code)
    for form, code in profile.currencies.items():
        table[" ".join(form.casefold().split())] = code
    longest = max((len(k.split()) for k in table), default=1)
    table = {k: v for k, v in table.items() if k.strip()}
    return table, longest, frozenset(k.split()[0] for k in table)


def _tender_of(code: str, tender: frozenset[str]) -> str:
    """The currency in legal tender a fund's or an old coin's ``code`` belongs to, when its country's
    two letters name just one ("USN" -> "USD"); else ``code`` itself."""
    same_country = [c for c in tender if c[:2] == code[:2]]
    return same_country[0] if len(same_country) == 1 else code


NOTE_RE = LazyPattern(r"\s*\(.*\)")


def _without_note(name: str) -> str:
    """A CLDR currency name without its bracketed note ("Mexican peso (1861-1992)" -> "Mexican peso")."""
    return NOTE_RE.sub("", name)


#: Code points two spellings or inflections of one word share at least at their start.
STEM = 4


@functools.lru_cache(maxsize=None)
def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:STEM] for w in words if len(w) >= STEM)


#: The word after an amount (and its scale words, "5 billion copper"), and the one after it ("अमेरिकी डॉलर्स": a currency's adjective first).
NEXT_WORD_RE = LazyPattern(r"[ \t\u00a0]*([\p{L}\p{M}]+)(?:[ \t\u00a0]+([\p{L}\p{M}]+))?")


@functools.lru_cache(maxsize=None)
def _currency_word_stems(lang: str) -> dict[str, frozenset[str]]:
    """Every word of every currency name ``lang`` knows (CLDR, the profile), case-folded, and its
    first :data:`STEM` letters, so that inflected forms ("डॉलर्स", "dollars") are known too, each
    also as :func:`translit.spelling_fold` writes it ("पौंड" and "पाउंड" are one word) -> the
    currencies whose names hold it ("थाई": THB; "डॉलर": USD, AUD...)."""
    from ...languages.translit import spelling_fold

    # the function words of CLDR's longer names ("का", "और") name no currency on their own
    common = load_profile(lang).function_words
    codes: dict[str, set[str]] = {}
    for form, code in _currency_table(lang)[0].items():
        for word in form.split():
            if word not in common:
                for w in {word, spelling_fold(word)}:
                    for key in (w, w[:STEM]) if len(w) >= STEM else (w,):
                        codes.setdefault(key, set()).add(code)
    return {key: frozenset(found) for key, found in codes.items()}


@functools.lru_cache(maxsize=None)
def _unit_table(lang: str) -> tuple[dict[str, str], regex.Pattern | None]:
    """Surface form -> CLDR unit id for ``lang``: the profile's unit words, then CLDR's forms of the
    units news uses, then the symbols any language writes ("km", "°C"); and the pattern that reads
    one (group 1) where a figure ends, maybe with one of the profile's case endings written onto
    it ("हेक्टरमा", in hectares)."""
    from ...languages import cldr

    profile = load_profile(lang)
    table = {k.casefold(): v for k, v in profile.units.items()}
    for form, unit in cldr.unit_forms(lang).items():
        table.setdefault(form, unit)
    for sign in PERCENT_SIGNS:  # a sign, not a word, so not among CLDR's forms read as words
        table.setdefault(sign, PERCENT)
    for symbol, unit in cldr.UNIT_SYMBOLS.items():
        table.setdefault(symbol, unit)
    forms = sorted(table, key=len, reverse=True)
    endings = "(?:" + "|".join(map(regex.escape, profile.case_endings_longest_first)) + ")?" if profile.case_endings else ""
    # (a hyphen joins them in compound adjectives: "a 550-pound pig")
    pattern = regex.compile(r"\G(?:[ \t\u00a0\u202f]*|-)(" + "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in forms) + ")" + endings + r"(?![\p{L}\p{M}\p{N}])", regex.IGNORECASE)
    return table, pattern


PERCENT = "concentr-percent"
PERCENT_SIGNS = ("%", "٪", "％")


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


#: A figure right after the unit that ends a duration, or the word right before one.
FIGURE_AFTER_RE = LazyPattern(r"[ \t\u00a0]*\p{N}")


@functools.lru_cache(maxsize=None)
def _clock_before_re(lang: str) -> regex.Pattern:
    """The hour and the colon before a clock time's minutes, with the profile's other signs for
    that colon (``[time] clock_colon``: Bengali writes a visarga, "১৯ঃ৩০")."""
    colons = ":" + load_profile(lang).time.get("clock_colon", "")
    return regex.compile(rf"\p{{Nd}}[{regex.escape(colons)}]$")


def _word_before(text: str, m: Mention) -> str:
    """The word right before figure ``m``, case-folded ("" when none stands there)."""
    found = WORD_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    return found.group(1).casefold() if found else ""


def _without_dates(text: str, measures: list[tuple[Mention, str, int]], lang: str) -> list[tuple[Mention, str, int]]:
    """``measures`` less the durations that are parts of a date or a clock time, where a language
    names the day, month and year with its duration words: "ngày 2 tháng 9 năm 2024" holds
    "2 tháng" and "9 năm" but no two months and no nine years ("15 giờ 30" no fifteen hours, and
    "19:30 giờ" or Bengali "১৯ঃ৩০ মিনিটে" no thirty hours or minutes)."""
    table, clock_before = _unit_table(lang)[0], _clock_before_re(lang)

    def in_date(m: Mention, unit: str, end: int) -> bool:
        if not unit.startswith("duration-"):
            return False
        if clock_before.search(text, max(0, m.start - 2), m.start) is not None:
            return True
        return FIGURE_AFTER_RE.match(text, end) is not None or table.get(_word_before(text, m), "").startswith("duration-")

    return [item for item in measures if not in_date(*item)]


def _with_deva_spellings(names: dict[str, int]) -> dict[str, int]:
    """``names`` (name -> month) and the spellings of each that CLDR leaves out ("सितम्बर")."""
    from ...languages.translit import deva_spellings

    out = dict(names)
    for name, month in names.items():
        for spelling in deva_spellings(name):
            out.setdefault(spelling, month)
    return out


def _month_alternation(written: dict[str, int]) -> tuple[dict[str, int], str]:
    """The names of months ``written`` (as written -> number), case-folded -> number, and an
    alternation of them, longest first: spaces any white space, a word that every way it is
    written starts with a capital starting with one ("May", not the verb; "tháng Năm", May, not
    "tháng năm" of "ngày tháng năm sinh", date of birth), and a name that ends in its number ("tháng
    1") ending there ("Tháng 11" is no "tháng 1" before a day 1), one that starts with it ("2월")
    starting there ("12월" is no day 1 of "2월")."""
    forms: dict[str, list[list[str]]] = {}
    names: dict[str, int] = {}
    for name, month in written.items():
        folded = " ".join(name.casefold().split())
        forms.setdefault(folded, []).append(name.split())
        names.setdefault(folded, month)

    def alternative(folded: str) -> str:
        words = folded.split(" ")
        capital = [all(len(way) == len(words) and way[k][:1].isupper() for way in forms[folded]) for k in range(len(words))]
        parts = (f"(?-i:{regex.escape(w[0].upper())}){regex.escape(w[1:])}" if up else regex.escape(w) for w, up in zip(words, capital))
        # a name that starts or ends with its number starts or ends there: "2월" is no February in "12월"
        return (r"(?<!\p{N})" if folded[0].isdigit() else "") + r"\s+".join(parts) + (r"(?!\p{N})" if folded[-1].isdigit() else "")

    return names, "|".join(alternative(folded) for folded in sorted(forms, key=len, reverse=True))


def _case_ending(lang: str) -> str:
    """An optional case ending written onto a word ("अगस्टमा", "সেপ্টেম্বরে"): the profile's endings."""
    endings = load_profile(lang).case_endings_longest_first
    return "(?:" + "|".join(map(regex.escape, endings)) + ")?" if endings else ""


def _date_parts(m: regex.Match, names: dict[str, int]) -> tuple[str, int | None]:
    """The day (as written) and the month number of a match of :func:`_month_date_re`."""
    day, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return day, names.get(" ".join(name.casefold().split()))


def _date_links() -> str:
    """A pattern of the words that join a day to its month's name ("8 de septiembre", "8 of
    September", "8 d'octubre"), from ``data/dates.toml``."""
    words = date_links()
    spaced = "|".join(map(regex.escape, words["links"]))
    return rf"(?:(?:{spaced})\s+|" + "|".join(map(regex.escape, words["elided"])) + ")"


@functools.lru_cache(maxsize=None)
def _month_date_re(lang: str) -> tuple[regex.Pattern | None, dict[str, int], re.Pattern]:
    """A day written with a month's name ("9 अगस्त", "September 8th", "8 de septiembre", "ngày 8 tháng 9"),
    from CLDR's month names in ``lang``; name -> month number; and a pattern for the names'
    first words, which the case-folded text must hold for the first to match."""
    from ...languages import cldr

    names, alternation = _month_alternation(_with_deva_spellings({**cldr.month_names(lang), **load_profile(lang).month_spellings}))
    if not names:
        return None, names, re.compile("(?!)")
    day = r"(\p{Nd}{1,2})(?:st|nd|rd|th|er|e|\.|日|일)?"  # "8th", "8e", "8.", "8日", "8일"
    # a date stands between letters of scripts written without spaces ("2024年3月12日に")
    edge = r"(?:(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])[\p{L}\p{M}]|\p{N})"
    ending = _case_ending(lang)
    # a day and its month may have "de" or "of" between them ("8 de septiembre"), not a word of a range
    # ("from March 29 to April 7": 29 is March's)
    pattern = rf"(?<!{edge})(?:{day}\s*{_date_links()}?({alternation}){ending}|({alternation})\s*{day})(?!{edge})"
    return regex.compile(pattern, regex.IGNORECASE), names, any_of(frozenset(n.split()[0] for n in names))


@functools.lru_cache(maxsize=None)
def _month_name_re(lang: str) -> tuple[regex.Pattern | None, dict[str, int], re.Pattern]:
    """A month named in full, alone or in a date ("सितंबर", "tháng 9", "September"), from CLDR's
    full names in ``lang`` and the profile's other spellings; case-folded name -> month number;
    and a pattern for the names' first words, which the case-folded text must hold for the first
    to match.  A name CLDR capitalises keeps its capital ("May", not the verb "may")."""
    from ...languages import cldr

    names, alternation = _month_alternation(_with_deva_spellings({**cldr.full_month_names(lang), **load_profile(lang).month_spellings}))
    if not names:
        return None, {}, re.compile("(?!)")
    pattern = rf"(?<![\p{{L}}\p{{M}}\p{{N}}])({alternation}){_case_ending(lang)}(?![\p{{L}}\p{{M}}])"
    return regex.compile(pattern, regex.IGNORECASE), names, any_of(frozenset(n.split()[0] for n in names))


def _months_named(info, lang: str) -> list[tuple[int, int, int]]:
    """(month, start, end) of each month a text (in ``lang``) names in full, alone or in a date,
    read once per text (TQ509 asks of the source twice).  A name that is also an everyday word
    (the profile's ``calendar.homographs``) is a month only beside a figure."""
    cached = info.__dict__.get("months_named")
    if cached is None:
        pattern, names, hint = _month_name_re(lang)
        cached = []
        if pattern is not None and hint.search(info.folded) is not None:
            homographs = load_profile(lang).month_homographs
            for m in pattern.finditer(info.text):
                name = " ".join(m.group(1).casefold().split())
                if name not in homographs or _beside_figure(info.text, m.start(), m.end()):
                    cached.append((names[name], m.start(), m.end()))
        info.__dict__["months_named"] = cached
    return cached


@functools.lru_cache(maxsize=None)
def _abbreviated_months(lang: str) -> dict[str, int]:
    """CLDR's abbreviated names of the months in ``lang`` that no full name shares ("dec",
    "sept"), case-folded -> number."""
    full = _month_name_re(lang)[1]
    return {name: month for name, month in load_profile(lang).month_names.items() if name not in full}


def _beside_figure(text: str, start: int, end: int) -> bool:
    """Whether a figure stands right before or after ``text[start:end]``, a space or a comma between."""
    before, after = text[max(0, start - 3):start].rstrip(" \u00a0,"), text[end:end + 3].lstrip(" \u00a0,")
    return before[-1:].isdigit() or after[:1].isdigit()


#: A numeric date with its year ("8/9/2023", "8-9-2023", "8.9.2023"), and what it cannot match without.
NUMERIC_DATE_RE = LazyPattern(r"(?<![\p{N}/.-])(\p{Nd}{1,2})([/.-])(\p{Nd}{1,2})\2\p{Nd}{4}(?![\p{N}])")
NUMERIC_DATE_HINT_RE = re.compile(r"[/.-]\d{4}")


def _dates(info, lang: str, profile: Profile | None = None) -> list[tuple[int, int, int, int]]:
    """(day, month, start, end) of each date in a text: a day with a month's name, a numeric
    date with its year in the language's order, and the profile's "day.month" pattern
    (whose offsets, in the case-folded text, are given as -1)."""
    text, out = info.text, []
    pattern, names, hint = _month_date_re(lang)
    if pattern is not None and hint.search(info.folded) is not None:
        found = list(finditer(pattern, text, overlapped=True))
        # a day before its month wins over a month name before the same day ("थेरेसा मे 20 सप्टेंबर":
        # Theresa May, then 20 September)
        days_first = {m.start(1) for m in found if m.group(1)}
        end = 0
        for m in found:
            if m.start() < end or (m.group(4) and m.start(4) in days_first):
                continue
            day, month = _date_parts(m, names)
            if month is not None and 1 <= int(day) <= 31:
                out.append((int(day), month, m.start(), m.end()))
                end = m.end()
    if NUMERIC_DATE_HINT_RE.search(text) is not None:
        from ...languages import cldr

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
