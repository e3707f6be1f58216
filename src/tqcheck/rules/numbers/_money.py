"""What the currency rules read alike: currency signs, ISO codes, the profiles' everyday
currency words, and whether a text can name a currency at all."""
from __future__ import annotations

import functools
import re

from ...languages import Profile, load_profile
from ...numerals import Mention
from ...text import LazyPattern, any_of


CURRENCY_TOKEN_RE = LazyPattern(r"[\p{L}\p{M}]+|[\p{Sc}]")


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
    words, letters = _words_and_letters(profile.code)
    if any_of(words).search(text.casefold() if folded is None else folded) is not None:
        return True
    spans = [(0, len(text))] if figures is None else [(max(0, f.start - CURRENCY_REACH), f.end + CURRENCY_REACH) for f in figures]
    return any(
        CURRENCY_SIGN_RE.search(text, lo, hi) is not None or (CAPITALS_RE.search(text, lo, hi) is not None and ISO_CODE_RE.search(text, max(0, lo - 1), hi + 1) is not None)
        or any(letter in text[lo:hi] for letter in letters)
        for lo, hi in spans
    )


@functools.lru_cache(maxsize=None)
def _words_and_letters(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The profile's currency forms, apart from those of one letter ("đ" of "7.500đ"), which are
    looked for beside a figure only, as signs are: Vietnamese writes "đ" in most of its words."""
    forms = _currency_words(lang)
    letters = frozenset(f for f in forms if len(f) == 1 and f.isalpha())
    return forms - letters, letters


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
    """A shipped profile's everyday currency forms, case-folded: the words its news names money
    with (empty for other languages, whose few supplements to CLDR are no such list)."""
    profile = load_profile(lang)
    return frozenset(form.casefold() for form in profile.currencies) if profile.shipped else frozenset()


def _form_at(words: list[str], k: int, table: dict[str, str], longest: int) -> tuple[int, str] | None:
    """The longest currency form of ``table`` that starts at ``words[k]``: (its length in words, its code)."""
    for n in range(min(longest, len(words) - k), 0, -1):
        code = table.get(" ".join(words[k:k + n]))
        if code is not None:
            return n, code
    return None


#: Scripts whose currency names run their words together ("ベトナムドン", "越南盾"), or take particles
#: after them ("달러로"): their names are read by country and unit word, not word by word.
RUN_TOGETHER_SCRIPTS = frozenset({"Hani", "Hira", "Kana", "Hang", "Thai", "Laoo", "Khmr", "Mymr"})
