"""Unicode script helpers shared by the script and language rules."""
from __future__ import annotations

import functools

import regex

from ..text import LazyPattern

#: Scripts tried, in order, when naming the script of a letter (ISO 15924 -> English name).
SCRIPT_NAMES = {
    "Latn": "Latin", "Deva": "Devanagari", "Beng": "Bengali", "Cyrl": "Cyrillic", "Grek": "Greek",
    "Arab": "Arabic", "Hebr": "Hebrew", "Thai": "Thai", "Hani": "Han", "Hira": "Hiragana", "Kana": "Katakana",
    "Hang": "Hangul", "Guru": "Gurmukhi", "Gujr": "Gujarati", "Orya": "Oriya", "Taml": "Tamil", "Telu": "Telugu",
    "Knda": "Kannada", "Mlym": "Malayalam", "Sinh": "Sinhala", "Mymr": "Myanmar", "Khmr": "Khmer", "Laoo": "Lao",
    "Tibt": "Tibetan", "Geor": "Georgian", "Armn": "Armenian", "Ethi": "Ethiopic",
}
_SCRIPT_RES = {code: LazyPattern(rf"\p{{sc={code}}}") for code in SCRIPT_NAMES}
_ANY_SCRIPT = regex.compile(r"\p{sc=Zyyy}|\p{sc=Zinh}")


@functools.lru_cache(maxsize=65536)
def script_of(ch: str) -> str:
    """ISO 15924 code of ``ch``'s script; "Zyyy" for common characters, "Zzzz" when unlisted."""
    if _ANY_SCRIPT.match(ch):
        return "Zyyy"
    for code, rx in _SCRIPT_RES.items():
        if rx.match(ch):
            return code
    return "Zzzz"


def script_name(code: str) -> str:
    return SCRIPT_NAMES.get(code, code)


@functools.lru_cache(maxsize=None)
def foreign_letter_re(scripts: tuple[str, ...]) -> regex.Pattern:
    """Letters of any script other than ``scripts`` (common and inherited characters excluded)."""
    allowed = "".join(rf"\p{{sc={s}}}" for s in scripts)
    return regex.compile(rf"[\p{{L}}--[{allowed}\p{{sc=Zyyy}}\p{{sc=Zinh}}]]", regex.V1)


def letter_scripts(word: str) -> set[str]:
    """The scripts of the letters of ``word`` (common and inherited characters ignored)."""
    return {s for s in map(script_of, word) if s != "Zyyy"}
