"""What the boilerplate rules share: phrase lists of the profiles and site data, sentence marks, removals."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from ...languages import all_shipped_profiles, load_profile, site_phrases, translit
from ...model import Hit
from ...text import LETTERS_RE, Hint, LazyPattern, any_of, finditer

#: What a scraped line (page furniture, a credit, a caption marker, a notice, a copyright line or a
#: signature) holds that needs no finding of its own: the letters, words and language of the site it
#: was scraped from ("Bình luận (3)" in a Hindi article), and its figures and names, which are not
#: the story's ("Tags: fire, District 7", a date line, "© 2023").
FURNITURE_COVERS = ("TQ101", "TQ102", "TQ601", "TQ602", "TQ603", "TQ604", "names", "numbers", "typography")

#: Credit and caption lines hold a colon (one test per segment for both rules).
COLON = Hint(":：")
SPACES_RE = LazyPattern(r"\s+")


def _phrases(lang: str, kind: str) -> list[str]:
    """Phrases of ``kind`` from every shipped profile, the site-furniture data of other languages, and the target's."""
    words = {w for p in (*all_shipped_profiles(), load_profile(lang)) for w in p.boilerplate.get(kind, ())}
    words.update(w for kinds in site_phrases().values() for w in kinds.get(kind, ()))
    return sorted(words, key=len, reverse=True)


def _alternation(words) -> str:
    """A pattern of ``words`` (longest first), each matching every spelling :func:`translit.nukta_fold`
    folds together ("फेसबुक" and "फ़ेसबुक", "जाएं" and "जाएँ")."""
    folded = sorted(dict.fromkeys(map(translit.nukta_fold, words)), key=len, reverse=True)
    return "(?:" + "|".join(translit.nukta_pattern(regex.escape(w)).replace(r"\ ", r"[ \t]+") for w in folded) + ")"


def _fold(text: str) -> str:
    return SPACES_RE.sub(" ", text).strip().casefold()


def _label_fold(text: str) -> str:
    """``text`` as widget labels are compared: :func:`_fold`, then :func:`translit.nukta_fold`
    (a nukta or none, chandrabindu or anusvara), as :func:`_alternation` matches them."""
    return translit.nukta_fold(_fold(text))


def _word_fold(word: str) -> str:
    return translit.nukta_fold(word.casefold())


@functools.lru_cache(maxsize=None)
def _sentence_marks(sentence_end: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((".", "!", "?", *sentence_end)))


def _marks_in_class(lang: str) -> str:
    """:func:`_sentence_marks` of ``lang``, escaped for a character class."""
    return regex.escape("".join(_sentence_marks(load_profile(lang).sentence_end)))


#: Closing quotes and brackets: a line ending in one ends a quoted sentence, not a widget.
CLOSERS = "\"'”’»)]"


def _removals(text: str, pattern: regex.Pattern, what: str):
    """A hit, whose fix deletes it, for every match of ``pattern`` (trimmed of surrounding space)."""
    for m in finditer(pattern, text):
        s, e = _trim(text, m.start(), m.end())
        yield Hit(s, e, f"{what} {text[s:e]!r}", suggestion="")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


class Phrases(NamedTuple):
    """Phrases, case-folded, with two ways to tell whether a text may hold one."""

    phrases: tuple[str, ...]
    #: Finds whether any phrase occurs in case-folded text (the standard engine).
    pattern: re.Pattern
    #: The first word of each phrase.
    firsts: frozenset[str]

    def may_occur(self, info, profile) -> bool:
        """Whether ``info``'s text may hold a phrase: one of the first words is among its words
        (a set test on words other rules need too, several times cheaper than the pattern), or,
        in a language written without spaces between words, the pattern finds one."""
        if profile.unspaced:
            return self.pattern.search(info.folded) is not None
        return not self.firsts.isdisjoint(info.folded_words)

    def occur(self, info, profile) -> bool:
        """Whether ``info``'s case-folded text holds a phrase (the cheap test first)."""
        return self.may_occur(info, profile) and (profile.unspaced or self.pattern.search(info.folded) is not None)


def _phrase_set(phrases) -> Phrases:
    folded = tuple(_fold(p) for p in phrases)
    return Phrases(folded, any_of(frozenset(folded)), frozenset(w for p in folded for w in LETTERS_RE.findall(p)[:1]))


def _ends_sentence(line: str, profile) -> bool:
    line = line.rstrip().rstrip(CLOSERS)
    return bool(line) and line[-1] in _sentence_marks(profile.sentence_end)
