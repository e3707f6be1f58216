"""Unicode script helpers shared by the script and language rules."""
from __future__ import annotations

import functools
import re

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
_ANY_SCRIPT = LazyPattern(r"\p{sc=Zyyy}|\p{sc=Zinh}")


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


#: Unicode blocks holding only letters of the script, common and inherited characters,
#: per script: text made of them, ASCII punctuation and digits holds no foreign letter.
_SCRIPT_BLOCKS = {
    "Deva": "\u0900-\u097f\ua8e0-\ua8ff",
    "Beng": "\u0980-\u09ff",
    "Latn": "A-Za-z\u00a1-\u024f\u0250-\u02af\u0300-\u036f\u1e00-\u1eff",
}
_NEUTRAL = "\x00-\x40\x5b-\x60\x7b-\x7f\u00a0\u200b-\u206f"


class _ForeignLetters:
    """``search`` for a letter foreign to some scripts: a character outside their blocks is
    looked for first by the standard engine (several times faster), the letter from there."""

    def __init__(self, precise: regex.Pattern, hint: re.Pattern):
        self.precise, self.hint = precise, hint

    def search(self, text: str, pos: int = 0):
        found = self.hint.search(text, pos)
        return None if found is None else self.precise.search(text, found.start())


@functools.lru_cache(maxsize=None)
def foreign_letter_re(scripts: tuple[str, ...]):
    """Letters of any script other than ``scripts`` (common and inherited characters excluded); has ``search``."""
    allowed = "".join(rf"\p{{sc={s}}}" for s in scripts)
    precise = regex.compile(rf"[\p{{L}}--[{allowed}\p{{sc=Zyyy}}\p{{sc=Zinh}}]]", regex.V1)
    if not all(s in _SCRIPT_BLOCKS for s in scripts):
        return precise
    return _ForeignLetters(precise, re.compile(f"[^{_NEUTRAL}{''.join(_SCRIPT_BLOCKS[s] for s in scripts)}]"))


def letter_scripts(word: str) -> set[str]:
    """The scripts of the letters of ``word`` (common and inherited characters ignored)."""
    return {s for s in map(script_of, word) if s != "Zyyy"}
