"""Currency names CLDR does not know (TQ504): a country's adjective joined to another currency's
unit word ("वियतनामी डॉलर")."""
from __future__ import annotations

import collections
import functools
import os
import unicodedata
from typing import Iterator

import regex

from ...languages import load_profile
from ...languages.translit import spelling_fold
from ...model import Hit
from ...numerals import Mention
from ...registry import rule
from ...text import LazyPattern
from ._money import (
    CURRENCY_TOKEN_RE,
    RUN_TOGETHER_SCRIPTS,
    _currency_words,
    _form_at,
    _may_name_currency,
    may_name_currency,
)
from ._readings import NEWS_CURRENCIES, STEM, _currency_table, _mentions, _stems, _without_note


#: Countries whose currencies' names must start with the same two words for them to be one unit ("đô la").
MIN_COUNTRIES_OF_A_TWO_WORD_UNIT = 3


@functools.lru_cache(maxsize=None)
def _adjective_units(lang: str) -> tuple[dict[str, dict[str, str]], frozenset[str], bool]:
    """Country adjective -> {unit word: CLDR name}, all unit words, and whether the unit word comes last.

    The order is read off CLDR itself: in "यूएस डॉलर", "कनाडाई डॉलर" the shared
    word (the unit) is last; in "Đô la Mỹ", "Đô la Canada" it is first.
    """
    from ...languages import cldr

    # the plural forms first: a suggestion is written as running text writes it ("Vietnamese dong", not the
    # display name "Vietnamese Dong"); the currencies news names most first, whose names a suggestion
    # then takes where two countries share an adjective's last word ("दक्षिण कोरियाई वॉन" for "कोरियाई")
    tender = cldr.tender_currencies()
    # no unit of account, test code or metal (CLDR's "अज्ञात मुद्रा", unknown currency, would make
    # "मुद्रा" a unit, and "वियतनामी मुद्रा डोंग", the Vietnamese currency dong, no currency)
    currencies = sorted(
        ((code, forms) for code, forms in cldr.currency_names(lang).items() if not cldr.pseudo_currency(code)),
        key=lambda item: item[0] not in NEWS_CURRENCIES,
    )
    names = [_without_note(n) for _, forms in currencies for n in (*forms[1:], forms[0])]
    multi = [n.casefold().split() for n in names if len(n.split()) >= 2]
    firsts = collections.Counter(p[0] for p in multi)
    lasts = collections.Counter(p[-1] for p in multi)
    head_last = max(lasts.values(), default=0) >= max(firsts.values(), default=0)
    # a unit of two words, where the unit comes first: two words that start the names of several
    # countries' currencies ("đô la" of "đô la Mỹ", "đô la Canada"), the first never a unit alone
    # (no name of two words starts with it: "đồng" of "đồng Việt Nam" and "đồng euro" is one)
    two_word: set[str] = set()
    if not head_last:
        countries: dict[str, set[str]] = collections.defaultdict(set)
        for p in multi:
            if len(p) >= 3:
                countries[" ".join(p[:2])].add(" ".join(p[2:]))
        alone = {p[0] for p in multi if len(p) == 2}
        two_word = {head for head, rest in countries.items() if len(rest) >= MIN_COUNTRIES_OF_A_TWO_WORD_UNIT and head.split(" ")[0] not in alone}
    adjectives: dict[str, dict[str, str]] = collections.defaultdict(dict)
    # a one-word name of a currency in use is a unit no country's adjective goes with ("वियतनामी
    # यूरो"); the others name metals and old coins, also words of their own ("Gold", "sucre")
    units: set[str] = {forms[0].casefold() for code, forms in cldr.currency_names(lang).items() if code in tender and len(forms[0].split()) == 1}
    for name in names:
        parts = name.casefold().split()
        if len(parts) < 2:
            continue
        if len(parts) >= 3 and " ".join(parts[:2]) in two_word:  # (only where the unit comes first)
            unit, adjective = " ".join(parts[:2]), " ".join(parts[2:])
        else:
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
    if head_last:
        # the last word of a country's adjective of several ("दक्षिण कोरियाई", South Korean) goes
        # with that country's units: "कोरियाई वॉन" is the won, "कोरियाई डॉलर" no currency
        for adjective, named in list(adjectives.items()):
            last = adjective.rsplit(" ", 1)[-1]
            if last != adjective and last not in adjectives:
                for unit, name in named.items():
                    adjectives.setdefault(last, {}).setdefault(unit, name)
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
    "euro") goes with no country's adjective, and the last word of an
    adjective of several goes with that country's units ("कोरियाई" of
    "दक्षिण कोरियाई वॉन": "कोरियाई डॉलर" is none).  Where names run their words
    together or take particles (Chinese, Japanese, Korean, Thai), a
    country's CLDR name joined to a unit word that two countries' currency
    names share ("ベトナムドル", "越南元"), or to the whole name of a currency in use that names
    no country ("越南美元", "ベトナムユーロ"), is read instead.  A currency's code
    joined to another currency's unit word after an amount ("VND dollars",
    "वीएनडी डॉलर", a code read out letter by letter) is no currency either,
    nor is a unit word of one currency alone so joined ("डोंग डॉलर").  A unit of two words
    that the names of several countries' currencies start with is one unit ("đô la" of "đô la
    Mỹ": "đô la Việt Nam" is no currency).

    Bad (hi): कुल राजस्व 14,000 अरब वियतनामी डॉलर रहा।
    Bad (hi): कुल निवेश 500 अरब वियतनामी रूपये है।
    Bad (en): Investment reached 500 billion Vietnamese euros.
    Bad (en): Revenue reached 14 trillion Vietnamese dollars.
    Bad (hi): कीमत 20 हज़ार वियतनामी दिनार है।
    Bad (ne): राजस्व ५ अर्ब भियतनामी डलरको पुग्यो।
    Bad (vi): Tổng thu đạt 21.500 tỷ đô la Việt Nam.
    Good (vi): Tổng thu đạt 21.500 tỷ đồng, tương đương 850 triệu đô la Mỹ.
    Bad (vi>hi): Giá vé là 50 bảng Anh. => टिकट की कीमत 50 ब्रिटिश रुपये है।
    Bad (hi): कुल निवेश 500 अरब कोरियाई डॉलर है।
    Good (hi): कुल निवेश 500 अरब कोरियाई वॉन है।
    Good (hi): कुल निवेश 500 अरब वियतनामी मुद्रा डोंग है।
    Bad (hi): कुल पूंजी 32 करोड़ अमेरिकी रुपये है।
    Good (hi): कुल राजस्व 14,000 अरब वियतनामी डोंग और 5 करोड़ अमेरिकी डॉलर रहा।
    Good (en): Revenue reached VND 14 trillion, or 550 million US dollars.
    Bad (vi>en): Đồng Việt Nam mất giá so với USD. => The Vietnamese dollar weakened against the US dollar.
    Good (en): Japanese dollar bonds sold well.
    Bad (ja): 予算収入は21兆5000億ベトナムドルに達した。
    Bad (zh): 财政收入达到21.5万亿越南元。
    Bad (zh): 财政收入达到21.5万亿越南美元。
    Good (zh): 财政收入达到21.5万亿越南盾和20亿美元。
    Bad (ko): 예산 수입은 21조 5000억 베트남 달러로 늘었다.
    Bad (ko): 예산 수입은 21조 5000억 베트남 위안으로 늘었다.
    Good (ja): 予算収入は21兆5000億ベトナムドンに達した。
    Good (zh): 财政收入达到21.5万亿越南盾，约合8.5亿美元。
    Bad (th): รายได้อยู่ที่ 21.5 ล้านล้านดอลลาร์เวียดนาม
    Good (ja): 価格は100台湾ドルだった。
    Bad (en): The committee spent 1.2 billion VND dollars.
    Bad (hi): समिति ने 1.2 अरब वीएनडी डॉलर खर्च किए।
    Bad (hi): समिति ने 500 अरब डोंग डॉलर खर्च किए।
    Bad (hi): समिति ने 500 अरब वियतनामी डोंग डॉलर खर्च किए।
    Good (hi): समिति ने 500 अरब डोंग और 20 लाख डॉलर खर्च किए।
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
    runs = None  # the words' positions, read only when a unit of two words is to be joined or a word is reported
    two_word, firsts = _two_word_units(ctx.target.code)
    if two_word and not firsts.isdisjoint(folded):
        runs, folded = _joined_units(text, ctx.text.letter_runs, folded, two_word)
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
    words = [(s, e, w) for (s, e, _), w in zip(runs or ctx.text.letter_runs, folded)]
    ends = {f.end for f in figures}
    if figures:
        yield from _code_with_another_unit(text, words, ends, units, head_last, ctx.target, adjective_names)
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


@functools.lru_cache(maxsize=None)
def _two_word_units(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The currency units of two words of ``lang`` ("đô la"), and their first words."""
    units = frozenset(u for u in _adjective_units(lang)[1] if " " in u)
    return units, frozenset(u.split(" ")[0] for u in units)


def _joined_units(text: str, runs: list, folded: list[str], two_word: frozenset[str]) -> tuple[list, list[str]]:
    """The words of a text with each unit of two words ("đô la") made one, a space between them."""
    out_runs, out_folded, k = [], [], 0
    while k < len(folded):
        if k + 1 < len(folded) and f"{folded[k]} {folded[k + 1]}" in two_word and text[runs[k][1]:runs[k + 1][0]] == " ":
            out_runs.append((runs[k][0], runs[k + 1][1], text[runs[k][0]:runs[k + 1][1]]))
            out_folded.append(f"{folded[k]} {folded[k + 1]}")
            k += 2
        else:
            out_runs.append(runs[k])
            out_folded.append(folded[k])
            k += 1
    return out_runs, out_folded


def _code_with_another_unit(text: str, words: list[tuple[int, int, str]], ends: set[int], units: frozenset[str], head_last: bool, profile, adjectives: frozenset[str]) -> Iterator[Hit]:
    """A currency's code, in Latin capitals or read out letter by letter, or a unit word of one
    currency alone, joined to another currency's unit word after an amount ("1.2 billion VND
    dollars", "1.2 अरब वीएनडी डॉलर", "500 अरब डोंग डॉलर"), maybe after a country's adjective
    ("500 अरब वियतनामी डोंग डॉलर")."""
    codes, unit_codes = _code_words(profile.code)
    step = 1 if head_last else -1
    for k in [k for k, (_, _, w) in enumerate(words) if w in codes or len(unit_codes.get(w, ())) == 1]:
        if not 0 <= k + step < len(words):
            continue
        (cs, ce, code_word), (us, ue, unit_word) = words[k], words[k + step]
        if code_word in codes:
            code = codes[code_word]
            if code_word.isascii() and not text[cs:ce].isupper():
                continue  # "vnd" in lower case may be a word
        else:
            (code,) = unit_codes[code_word]
        unit = _listed(unit_word, units) or _listed(profile.without_case_ending(unit_word), units)
        start, end = min(cs, us), max(ce, ue)
        if head_last:
            start = next((words[k - n][0] for n in (2, 1) if k >= n and _listed(" ".join(w for _, _, w in words[k - n:k]), adjectives)), start)
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


@functools.lru_cache(maxsize=None)
def _country_currency_re(lang: str) -> tuple[regex.Pattern | None, dict[str, tuple[str, ...]]]:
    """A country's name in ``lang`` (CLDR's) joined to a currency's unit word, and each country
    name's currency names (CLDR's)."""
    from ...languages import cldr

    names = {code: tuple(dict.fromkeys(_without_note(n) for n in forms)) for code, forms in cldr.currency_names(lang).items()}
    for form, code in load_profile(lang).currencies.items():  # and the everyday ones ("위안" for "중국 위안화")
        if code in names:
            names[code] += (form,)
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
    units = {u for u, cs in users.items() if len(cs) >= 2}
    # and the whole name of a currency in use that names no country ("美元", "ユーロ"): "越南美元" is no currency
    tender = cldr.tender_currencies()
    units.update(
        n for code, forms in names.items() if code in tender for n in ("".join(f.split()) for f in forms)
        if len(n) >= 2 and not any((n.startswith(c) if country_first else n.endswith(c)) for c in countries)
    )
    units = sorted(units, key=len, reverse=True)
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

    CLDR gives one form of each name; news writes "रुपये" or "रुपयों" for "रुपया", "dollars" for
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
        # an ending added, or one in place of the word's last vowel sign ("रुपयों" of "रुपया")
        inflected = (common == len(key) or (common == len(key) - 1 and unicodedata.category(key[-1]) in ("Mn", "Mc"))) and len(word) - common <= 3
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
AMOUNT_LINK_RE = LazyPattern(r"(?:[\s\u00a0]+|[\s\u00a0]+[\p{Ll}]{1,3}[\s\u00a0]+|[\s\u00a0]+\p{Ll}['’])\Z")


def _after_amount(text: str, start: int, amount_ends: set[int]) -> bool:
    """True when the phrase at ``start`` follows an amount (whose end is in ``amount_ends``)."""
    for end in amount_ends:
        if end == start or (0 < start - end <= 8 and AMOUNT_LINK_RE.match(text[end:start])):
            return True
    return False
