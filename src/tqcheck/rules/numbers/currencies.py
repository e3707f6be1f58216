"""The currencies of amounts (TQ505, TQ508): another currency than the source's, one currency
written several ways in one article."""
from __future__ import annotations

import bisect
import collections
import functools

import regex

from ...languages import Profile, load_profile
from ...languages.translit import spelling_fold
from ...model import Hit
from ...numerals import ANY_DIGIT_RE, Mention, value_key
from ...registry import rule
from .._common import usual_form
from ...text import LETTERS_RE
from ._money import (
    CURRENCY_SIGN_RE,
    CURRENCY_TOKEN_RE,
    ISO_CODE_RE,
    RUN_TOGETHER_SCRIPTS,
    _form_at,
    _may_name_currency,
)
from ._readings import (
    FIGURE_TRIGGER,
    NEXT_WORD_RE,
    STEM,
    _by_line,
    _currency_table,
    _currency_word_stems,
    _figures,
    _measures,
    _mentions,
    _spelled,
    _with_figures,
)


def _currency_tokens(info, figures) -> list[tuple[int, int, str]]:
    """Words and currency signs near the figures of a text (where a currency can stand), case-folded."""
    text = info.legible  # the "€" of "â€œ" is no euro
    windows: list[list[int]] = []
    for f in figures:
        lo, hi = max(0, f.start - 60), min(len(text), f.end + 60)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(m.start(), m.end(), m.group().casefold()) for lo, hi in windows for m in CURRENCY_TOKEN_RE.finditer(text, lo, hi, concurrent=False)]


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
    tokens = _currency_tokens(info, figures)
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
            if k + n < len(tokens) and tokens[k + n][0] == e + 1 and info.text[e] == " " and info.text[tokens[k + n][0]].isupper():
                continue  # a name the table lacks qualifies it ("đô la Zimbabwe"): not the bare form's currency
            # next to the amount: after it, or before it with nothing but space between ("USD 5";
            # in "डलर र ३ लाख" the dollars are another amount's), or an abbreviation's full stop
            # ("Rs. 500", "Rp. 5.000"; not "USD. 12", which ends a sentence)
            between = info.text[e:f.start].strip()
            beside = 0 <= s - f.end <= 3 or (0 <= f.start - e <= 3 and (not between or (between == "." and e - s <= 3 and info.text[s:e].istitle())))
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
    the currency as a word ("5 tỷ đồng" -> "5 billion copper"), as words
    of another currency's name that no list spells this way ("थाई बाट",
    CLDR's Hindi being "थाई बहत"), or as a unit word several currencies
    share and the source's does not ("pesos" for đồng); a unit word the
    source's currency shares may stand for it ("dollars" for "đô la Úc").  An
    amount followed by a word of grammar ("18.6 अरब की राशि", "18.6 billion
    in losses") lost its currency where the target names it nowhere, in its
    own words or the source's ("VNĐ").  Where
    the item holds as many lines as its source, each line's currencies are
    compared with its source line's (a line whose source names none is let
    be: "5 tỷ" may mean đồng).  Where words run together or take particles
    (Chinese, Japanese, Korean, Thai), a currency's name is read right
    after the figure ("万亿美元", "億米ドルに", "달러로"); where a case ending
    is written onto the word, without it ("डलरमा", in dollars).  An amount
    may be written in words ("पांच अरब रुपये", "five billion US dollars").
    A unit word a capitalised name qualifies that no list holds ("đô la
    Zimbabwe") names no known currency, rather than the bare word's.  A
    currency beside a figure the source gives as a weight, a length or
    another physical measure, and in no currency, is reported too: the
    unit's name was read as a currency's ("nặng 550 pound" -> "550 डॉलर",
    "£550").

    Bad (vi>en): Tổng vốn 4.870 tỷ đồng. => Total capital of USD 4.87 trillion.
    Bad (vi>hi): Tổng vốn 320 triệu USD. => कुल पूंजी 3,200 करोड़ वियतनामी डोंग है।
    Bad (vi>en): Giá 5 tỷ đồng. => The price is 5 billion copper.
    Bad (vi>hi): Thiệt hại ước tính 18,6 tỷ đồng. => नुकसान 18.6 अरब की राशि का आंका गया।
    Good (vi>en): Thiệt hại ước tính 18,6 tỷ đồng. => Damage was put at 18.6 billion in the Vietnamese currency, the dong.
    Good (vi>en): Tổng vốn 4.870 tỷ đồng. => Total capital of VND 4.87 trillion.
    Good (vi>hi): Tổng vốn 320 triệu USD. => कुल पूंजी 32 करोड़ अमेरिकी डॉलर है।
    Good (vi>hi): Tổng vốn 500 triệu đô la Úc. => कुल पूंजी 50 करोड़ ऑस्ट्रेलियाई डॉलर है।
    Good (vi>hi): Tổng vốn 500 triệu đô la Zimbabwe. => कुल पूंजी 50 करोड़ ज़िम्बाब्वे डॉलर है।
    Good (vi>en): Giá 5 tỷ đồng. => The price is VND 5 billion in total.
    Good (vi>en): Giá 5 tỷ đồng. => The price is 5 billion dong, about 200,000 US dollars.
    Bad (vi>hi): Vốn 320 triệu USD.\nChi phí 1.200 tỷ đồng. => पूंजी 32 करोड़ अमेरिकी डॉलर है।\nलागत 1,200 अरब अमेरिकी डॉलर है।
    Bad (vi>hi): Vốn 320 triệu USD, chi phí 1.200 tỷ đồng. => पूंजी 32 करोड़ अमेरिकी डॉलर, लागत 1,200 अरब अमेरिकी डॉलर है।
    Bad (vi>zh): Tổng thu đạt 21.500 tỷ đồng. => 财政收入达到21.5万亿美元。
    Bad (vi>ko): Tổng thu đạt 21.500 tỷ đồng. => 세입은 21조 5000억 미국 달러로 늘었다.
    Good (vi>ja): Tổng thu đạt 21.500 tỷ đồng. => 歳入は21兆5000億ドンに達した。
    Bad (vi>hi): Chính phủ đã chi 5 tỷ đồng. => सरकार ने पांच अरब रुपये खर्च किए।
    Bad (vi>hi): Chính phủ đã chi 5 tỷ đồng. => सरकार ने Rs 5 अरब खर्च किए।
    Bad (vi>hi): Đội được thưởng 2 tỷ đồng. => टीम को 2 अरब थाई बाट का इनाम मिला।
    Good (vi>hi): Chính phủ đã chi hai tỷ đồng. => सरकार ने दो अरब डोंग खर्च किए।
    Bad (vi>ne): Doanh thu đạt 2,5 triệu đồng. => राजस्व २.५ मिलियन डलरमा पुग्यो।
    Bad (vi>hi): Con lợn nặng 550 pound tấn công người nông dân. => 550 डॉलर वजन वाले सूअर ने किसान पर हमला किया।
    Good (vi>hi): Con lợn nặng 550 pound tấn công người nông dân. => 550 पाउंड वजन वाले सूअर ने किसान पर हमला किया।
    Bad (vi>en): Con lợn nặng 550 pound tấn công người nông dân. => A pig weighing £550 attacked the farmer.
    Good (vi>en): Con lợn nặng 550 pound tấn công người nông dân. => A 550-pound pig attacked the farmer.
    Good (vi>ne): Doanh thu đạt 2,5 triệu đồng. => राजस्व २.५ मिलियन डोङमा पुग्यो।
    Bad (en>hi): Tickets cost Rs. 1,500. => टिकट 1,500 डॉलर के हैं।
    Bad (vi>en): Tổng vốn 500 tỷ đồng. => Total capital is 500 billion pesos.
    Good (vi>en): Tổng vốn 500 triệu đô la Úc. => Total capital is 500 million dollars.
    Good (en>hi): Tickets cost Rs. 1,500. => टिकट 1,500 रुपये के हैं।
    """
    if not (ctx.text.has(ANY_DIGIT_RE) or _spelled(ctx)):
        return  # no amount in the target
    source_currencies = _currencies_in(ctx, "source")
    if not source_currencies:
        yield from _currency_for_a_measure(seg, ctx, None, {})
        return
    target_currencies = _currencies_in(ctx)
    source_values = None
    reported = set()
    # an amount the source gives in one currency and the target in another ("1.200 tỷ đồng" ->
    # "1,200 अरब अमेरिकी डॉलर"), wherever the source names both currencies
    source_amounts = _amounts(ctx, source_currencies, "source")
    amount_of = {s: amount for (s, _, _), amount in zip(target_currencies, _amounts_of(ctx, target_currencies))}
    currency_words = _currency_word_stems(ctx.target.code)

    def other_currency(s: int, e: int, code: str, source_codes) -> bool:
        # a unit word the source's currency shares stands for it ("dollars" for "đô la Úc")
        return code not in source_codes and source_codes.isdisjoint(_currencies_named(seg.target[s:e], ctx.target, currency_words))

    for s, e, code in target_currencies:
        amount = amount_of[s]
        given = source_amounts.get(value_key(amount.value)) if amount is not None else None
        if given and other_currency(s, e, code, given[0]):
            reported.add(s)
            yield Hit(s, e, f"{seg.target[s:e]!r} ({code}) but the source gives {given[1]!r} in {', '.join(sorted(given[0]))}")
    for hit in _currency_for_a_measure(seg, ctx, [(c, amount_of[c[0]]) for c in target_currencies if c[0] not in reported], source_amounts):
        reported.add(hit.start)
        yield hit
    for source_line, target_line, _ in _by_line(source_currencies, target_currencies, ctx, start=lambda c: c[0]):
        if not source_line:
            continue  # a line whose source names no currency: the target's may be one it implies ("5 tỷ")
        source_codes = {c for _, _, c in source_line}
        kept = not source_codes.isdisjoint(c for _, _, c in target_line)
        for s, e, code in target_line:
            if not other_currency(s, e, code, source_codes) or s in reported:
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
    # the amounts of the source's currencies that the target never names ("1.200 tỷ đồng, tương đương
    # 50 triệu USD" -> "1,200 billion copper, equivalent to $50 million")
    named_codes = {c for _, _, c in target_currencies}
    unnamed = [c for c in source_currencies if c[2] not in named_codes]
    if unnamed:
        yield from _currency_lost(seg, ctx, unnamed, {s for s, _, _ in target_currencies})


#: The quantities whose units a currency's name may be mistaken for ("pound", a weight and a currency).
PHYSICAL_QUANTITIES = ("area", "energy", "length", "mass", "power", "speed", "temperature", "volume")


def _currency_for_a_measure(seg, ctx, target_amounts: list[tuple[tuple[int, int, str], Mention | None]] | None, source_amounts: dict):
    """A currency of the target beside a figure that the source gives as a measure, and in no
    currency: the unit's name read as a currency's ("nặng 550 pound" -> "550 डॉलर वजन", "550
    dollars in weight").  ``target_amounts``: the target's currencies and their figures (None: not
    read yet); ``source_amounts``: the source's amounts by value key (:func:`_amounts`)."""
    measures = {value_key(m.value): (m, unit, end) for m, unit, end in _measures(ctx, "source") if unit.partition("-")[0] in PHYSICAL_QUANTITIES}
    if not measures:
        return
    if target_amounts is None:
        currencies = _currencies_in(ctx)
        target_amounts = list(zip(currencies, _amounts_of(ctx, currencies)))
    as_units = None
    for (s, e, code), amount in target_amounts:
        key = None if amount is None else value_key(amount.value)
        if key in measures and key not in source_amounts:
            if as_units is None:
                as_units = {m.start for m, _, _ in _measures(ctx)}
            if amount.start in as_units:
                continue  # the target's word is a unit's name too, and read as one here ("550 पाउंड वजन")
            m, unit, end = measures[key]
            yield Hit(s, e, f"{seg.target[s:e]!r} ({code}) names a currency, but the source's {seg.source[m.start:end]!r} is a measure ({unit.partition('-')[2].replace('-', ' ')})")


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


def _currency_lost(seg, ctx, source_currencies, named: set[int]):
    """The source's amount in the target, followed by a word that is no currency, where the target
    does not name its currency (``source_currencies`` holds those it does not name): the currency
    was translated as a word ("5 tỷ đồng" -> "5 billion copper", đồng being copper too), dropped
    ("18.6 अरब की राशि"), or rendered by words of another currency's name that no list holds whole.  A currency the target names in full (starting at an offset of ``named``)
    has been compared already."""
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
        code, name = found
        if word.start(1) in named or _source_form(word, code, ctx.source):
            continue  # named, maybe in the source's own form ("VNĐ", "đồng" kept in English)
        if word.group(1).casefold() in ctx.target.folded_function_words:
            # "18.6 अरब की राशि": the currency was dropped, unless the segment names it elsewhere
            # ("18.6 billion in the Vietnamese currency, the dong")
            if not _names_currency(seg.target, code, ctx, currency_words):
                yield Hit(t.start, t.end, f"the amount {t.text!r} has no currency: the source's {name!r} ({code}) is not in the target")
            continue
        codes = [_currencies_named(w, ctx.target, currency_words) for w in word.groups() if w]
        if not any(codes):
            yield Hit(word.start(1), word.end(1), f"{word.group(1)!r} stands where the source's currency {name!r} ({code}) was: the amount {t.text!r} has no currency")
            continue
        # words of another currency's name, whose whole name no list spells this way ("थाई बाट", CLDR's
        # "थाई बहत"), or a unit word several currencies share and the source's does not ("pesos" for
        # đồng): the currencies they may name, none the source's (a unit word the source's currency
        # shares, "पाउंड", may be it spelled another way)
        known = [found for found in codes if found]
        others = frozenset.intersection(*known)
        if others and code not in frozenset.union(*known):
            end = word.end(2) if word.group(2) and word.group(2).casefold() not in ctx.target.function_words else word.end(1)
            shown = ", ".join(sorted(others)[:MAX_CODES_SHOWN]) + (", ..." if len(others) > MAX_CODES_SHOWN else "")
            yield Hit(word.start(1), end, f"{seg.target[word.start(1):end]!r} ({shown}) but the source gives {name!r} ({code})")


def _source_form(word, code: str, source: Profile) -> bool:
    """Whether the words of ``word`` (a :data:`NEXT_WORD_RE` match) begin with a name the source's
    language gives currency ``code`` (:func:`_currency_table`: "VNĐ", "đồng")."""
    table = _currency_table(source.code)[0]
    one = word.group(1).casefold()
    return table.get(one) == code or (word.group(2) is not None and table.get(f"{one} {word.group(2).casefold()}") == code)


def _names_currency(text: str, code: str, ctx, currency_words: dict[str, frozenset[str]]) -> bool:
    """Whether a word of ``text`` names currency ``code``, in the target's words or the source's ("VNĐ")."""
    table = _currency_table(ctx.source.code)[0]
    return any(table.get(m.group().casefold()) == code or code in _currencies_named(m.group(), ctx.target, currency_words) for m in LETTERS_RE.finditer(text))


#: The currencies a message names at most, of those a unit word may stand for ("pesos": ARS, CLP, ...).
MAX_CODES_SHOWN = 3


def _next_to(m: Mention, start: int, end: int) -> bool:
    """Whether the span ``[start, end)`` (a currency) stands within three characters of figure ``m``."""
    return 0 <= start - m.end <= 3 or 0 <= m.start - end <= 3


def _currencies_named(word: str, profile: Profile, currency_words: dict[str, frozenset[str]]) -> frozenset[str]:
    """The currencies whose names hold ``word``, inflected ("dollars"), with a case ending ("डोङको")
    or spelled another way (:func:`translit.spelling_fold`: "पाउंड्स" of "पौंड")."""
    folded = word.casefold()
    bare = profile.without_case_ending(folded)
    forms = {w for written in (folded, bare) for w in (written, spelling_fold(written))}
    return frozenset().union(*(currency_words.get(form, ()) for w in forms for form in (w, w[:STEM])))


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
