"""Currencies (TQ504, TQ505, TQ508): names checked against CLDR, the source's currency kept, one
name per article.
"""
from __future__ import annotations

import bisect
import collections
import functools
import os
import re
from typing import Iterator

import regex

from ...languages import Profile, load_profile
from ...languages.translit import spelling_fold
from ...model import Hit
from ...numerals import ANY_DIGIT_RE, Mention, value_key
from ...registry import rule
from ...text import LazyPattern, any_of, without_misread_punctuation
from .._common import usual_form
from ._readings import (
    FIGURE_TRIGGER,
    NEXT_WORD_RE,
    STEM,
    _by_line,
    _currency_table,
    _currency_word_stems,
    _figures,
    _mentions,
    _spelled,
    _stems,
    _with_figures,
    _without_note,
)


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
    text = without_misread_punctuation(text)  # the "€" of "â€œ" is no euro
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
    profile = load_profile(lang)
    if profile.case_endings:
        tokens = _without_case_endings(tokens, profile, _currency_table_words(lang))
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


def _without_case_endings(tokens: list[tuple[int, int, str]], profile: Profile, known: frozenset[str]) -> list[tuple[int, int, str]]:
    """``tokens`` with the case ending the profile's language writes onto a currency word taken
    off ("डलरमा", in dollars; "ইউরোতে"), the span ending with the bare word."""
    out = []
    for s, e, word in tokens:
        if word not in known:
            bare = profile.without_case_ending(word)
            if bare in known:
                s, e, word = s, e - (len(word) - len(bare)), bare
        out.append((s, e, word))
    return out


@functools.lru_cache(maxsize=None)
def _currency_table_words(lang: str) -> frozenset[str]:
    """Every word of ``lang``'s currency forms (:func:`_currency_table`)."""
    return frozenset(w for form in _currency_table(lang)[0] for w in form.split())


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


@functools.lru_cache(maxsize=None)
def _adjective_units(lang: str) -> tuple[dict[str, dict[str, str]], frozenset[str], bool]:
    """Country adjective -> {unit word: CLDR name}, all unit words, and whether the unit word comes last.

    The order is read off CLDR itself: in "यूएस डॉलर", "कनाडाई डॉलर" the shared
    word (the unit) is last; in "Đô la Mỹ", "Đô la Canada" it is first.
    """
    from ...languages import cldr

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
    from ...languages import cldr

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
    from ...languages import cldr

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
    from ...languages import cldr

    forms = cldr.currency_names(lang).get(code) or (code,)
    return _without_note((*forms[1:], forms[0])[0])


#: Scripts whose currency names run their words together ("ベトナムドン", "越南盾"), or take particles
#: after them ("달러로"): their names are read by country and unit word, not word by word.
RUN_TOGETHER_SCRIPTS = frozenset({"Hani", "Hira", "Kana", "Hang", "Thai", "Laoo", "Khmr", "Mymr"})


@functools.lru_cache(maxsize=None)
def _country_currency_re(lang: str) -> tuple[regex.Pattern | None, dict[str, tuple[str, ...]]]:
    """A country's name in ``lang`` (CLDR's) joined to a currency's unit word, and each country
    name's currency names (CLDR's)."""
    from ...languages import cldr

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
    trigger=FIGURE_TRIGGER,
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
    after the figure ("万亿美元", "億米ドルに", "달러로"); where a case ending
    is written onto the word, without it ("डलरमा", in dollars).  An amount
    may be written in words ("पांच अरब रुपये", "five billion US dollars").

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
    Bad (vi>ne): Doanh thu đạt 2,5 triệu đồng. => राजस्व २.५ मिलियन डलरमा पुग्यो।
    Good (vi>ne): Doanh thu đạt 2,5 triệu đồng. => राजस्व २.५ मिलियन डोङमा पुग्यो।
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
