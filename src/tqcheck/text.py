"""Shared tokenisers: lines, sentences, words, and spans that rules must leave alone.

Every pattern here is written to run in linear time (no nested quantifiers
over overlapping classes).  :data:`TIMEOUT` is a backstop for patterns with
alternatives and look-arounds, used through :func:`finditer` and
:func:`search`: a match that still runs away raises ``TimeoutError``, which
the engine turns into a finding.  The word tokenisers match runs of a single
character class, which cannot run away, and go without it: the regex
module's timeout checks cost two to three times the scan itself.

Scans that return many matches pass ``concurrent=False``: by default the
regex module lets go of the interpreter lock for every match it hands back,
which on sentence-length text costs a fifth of the scan.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Iterable, Iterator

import regex

#: Seconds one regular-expression call may take before it is abandoned.
TIMEOUT = 5.0


class LazyPattern:
    """A regular expression compiled the first time it is used.

    Compiling costs about a millisecond a pattern with the regex module;
    a one-file run (a pre-commit hook) should pay only for the patterns its
    text needs.  After first use, each attribute (``search``, ``finditer``...)
    is the compiled pattern's own, cached on the instance: no overhead.
    """

    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = regex.compile(*self._source)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r})"


URL_RE = LazyPattern(
    r"(?:https?://|ftp://|www\.)[^\s<>\"'\]\[()]+"
    r"|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.(?:com|net|org|gov|edu|info|vn|in|uk|io|co|np|bd|fr|de|ru|us)\b(?:/[^\s<>\"'\]\[()]*)?",
    regex.ASCII | regex.IGNORECASE,
)
EMAIL_RE = LazyPattern(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b")
FILENAME_RE = LazyPattern(
    r"\b[\w-]{1,80}\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|webp|svg|zip|rar|mp[34]|txt|csv|html?)\b",
    regex.IGNORECASE,
)
HANDLE_RE = LazyPattern(r"(?<![\w@])[@#][\p{L}\p{N}_]{2,40}")
#: Document numbers such as "3568/TB-UBND" or "12/2023/NĐ-CP": digits, slash, code.
IDENTIFIER_RE = LazyPattern(r"\b\d{1,6}(?:/\d{2,4})?/[\p{Lu}Đ][\p{Lu}\p{N}Đ]*(?:-[\p{Lu}\p{N}Đ]+)*\b")
#: Bracketed, braced and angle-bracketed tokens: the markup rules report these, not the script rules.
MARKUP_TOKEN_RE = LazyPattern(r"\[[^\[\]\n]{1,60}\]|<[^<>\n]{1,300}>|\{\{?[^{}\n]{1,80}\}\}?|&#?[A-Za-z0-9]{1,10};")
#: Escape sequences a pipeline wrote out instead of the characters: "\u092a", and a line break
#: or tab ("\n") after a sentence or a space (a path, "C:\new", has no mark or space before it).
#: printf-style format specifiers ("%s", "%1$s", "%(count)d"): the variables of software strings.
#: Prose puts no letter or figure right before or after one ("5% में" has a space).
FORMAT_SPECIFIER = (
    r"%\([A-Za-z_][A-Za-z0-9_]{0,40}\)[-+#0]*[0-9]*(?:\.[0-9]+)?[sdifr]"
    r"|(?<![\p{L}\p{N}%])%(?:[1-9][0-9]?\$)?[-+#0]*[0-9]*(?:\.[0-9]+)?[sdif](?![\p{L}\p{N}])"
)
FORMAT_SPECIFIER_RE = LazyPattern(FORMAT_SPECIFIER)
#: What a format specifier cannot do without (a superset, for the standard engine).
FORMAT_SPECIFIER_HINT = r"%[-+#0-9.$]*[sdif(]"
ESCAPE_RE = LazyPattern(r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|(?:(?<=[.!?।॥\"'”\s])|^)\\[nrt]")


class Hint:
    """A fast necessary condition for a pattern: one of ``needles`` is in the text, or ``pattern`` matches.

    Substring tests cost a fraction of a character-class scan in either
    regular-expression engine, and most texts hold none of the characters
    markup, URLs or typography slips need.  A hint has a pattern's ``search``
    (true or None), so it can be a rule's trigger.
    """

    __slots__ = ("needles", "pattern")

    def __init__(self, needles: Iterable[str] = (), pattern: re.Pattern | None = None):
        self.needles = tuple(needles)
        self.pattern = pattern

    def search(self, text: str) -> bool | None:
        for needle in self.needles:
            if needle in text:
                return True
        return True if self.pattern is not None and self.pattern.search(text) is not None else None

    def __repr__(self) -> str:
        return f"Hint({self.needles!r}, {self.pattern!r})"


#: What a UTF-8 continuation byte (0x80-0xBF) becomes when read as Windows-1252 or Latin-1.
CONTINUATION = r"\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122"
#: What every word read with the wrong encoding holds (:mod:`tqcheck.mojibake`), found by a fast
#: scan: a lead byte read as a letter from Â to ô before a continuation byte (or a space: "Æ "), or
#: a "?" for a lost letter.  Vietnamese, whose "â", "ê", "ô" stand before letters, has none of it.
MISREAD_HINT = re.compile(f"[\u00c2-\u00f4][{CONTINUATION}]|\u00c6 |\\?")


def blanked(text: str, spans: Iterable[tuple[int, int]], fill: str = " ") -> str:
    """``text`` with each of the sorted ``spans`` overwritten by as many ``fill`` characters, so
    that offsets stay those of ``text``."""
    pieces, at = [], 0
    for s, e in spans:
        s = max(s, at)
        if s < e:
            pieces += [text[at:s], fill * (e - s)]
            at = e
    return "".join(pieces) + text[at:] if pieces else text


@functools.lru_cache(maxsize=256)
def any_of(strings: frozenset[str]) -> re.Pattern:
    """A pattern finding whether any of ``strings`` occurs (never matches when there are none);
    where several start at one place, the longest matches.

    The standard library's engine: on an alternation of plain strings it is
    several times faster than regex's, and than a substring test per string;
    grouped by first character, so that one test of the character at each
    place picks the strings to try there, it is twice as fast again.
    """
    if "" in strings:
        return re.compile("")  # the empty string occurs everywhere
    by_first: dict[str, list[str]] = {}
    for string in sorted(strings, key=len, reverse=True):
        by_first.setdefault(string[0], []).append(re.escape(string[1:]))
    groups = (re.escape(first) + ("(?:" + "|".join(rests) + ")" if rests != [""] else "") for first, rests in sorted(by_first.items()))
    return re.compile("|".join(groups) or "(?!)")


#: "www." in any case holds one of these.
WWW_NEEDLES = ("ww.", "WW.", "wW.", "Ww.")
#: What a web address without "://" or "www." cannot do without: a dot and a top-level domain.
TOP_LEVEL_DOMAIN_RE = re.compile(r"\.(?:com|net|org|gov|edu|info|vn|in|uk|io|co|np|bd|fr|de|ru|us)\b", re.IGNORECASE | re.ASCII)
#: Each protected pattern behind a hint: what it cannot match without (a "." with a
#: top-level domain or file extension after it is looked for by the standard engine,
#: with ASCII word boundaries, a superset of the patterns' Unicode ones).
PROTECTED_RES = (
    (Hint(("://", *WWW_NEEDLES), TOP_LEVEL_DOMAIN_RE), URL_RE),
    (Hint("@"), EMAIL_RE),
    (Hint((), re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|webp|svg|zip|rar|mp[34]|txt|csv|html?)\b", re.IGNORECASE | re.ASCII)), FILENAME_RE),
    (Hint("@#"), HANDLE_RE),
    (Hint("/"), IDENTIFIER_RE),
    (Hint("[<{&"), MARKUP_TOKEN_RE),
    (Hint("\\"), ESCAPE_RE),
    (Hint((), re.compile(FORMAT_SPECIFIER_HINT)), FORMAT_SPECIFIER_RE),
)
#: All of the hints above in one: most sentences hold none of these.
ANY_PROTECTED = Hint(("://", *WWW_NEEDLES, "@", "#", "/", "[", "<", "{", "&", "\\"), re.compile(rf"\.[A-Za-z][A-Za-z0-9]{{1,3}}\b|{FORMAT_SPECIFIER_HINT}", re.ASCII))

LETTERS_RE = LazyPattern(r"[\p{L}\p{M}\u200c\u200d]+")
#: The word that ends where a search ends (group 1), maybe with spaces after it.
WORD_BEFORE_RE = LazyPattern(r"([\p{L}\p{M}]+)[ \t\u00a0]*$")
TOKEN_RE = LazyPattern(r"[\p{L}\p{M}\p{N}\u200c\u200d]+")
#: A character of a number: where there is none, tokens and letter runs are the same.
NUMERIC_RE = LazyPattern(r"\p{N}")
#: Closing quotes and brackets that stay with the sentence they end (after a no-break
#: space in French typography: "… House.\u00a0»").
CLOSING_CHARS = "\"'”’»)]"
_CLOSERS = "(?:[\u00a0\u202f]?[\"'”’»)\\]])*"
# A full stop ends a sentence unless it closes an initial ("J.") or a dotted abbreviation
# ("U.S.", "यू.के."), or, in a language without a list of its abbreviations, a short title ("Dr.").
_FULL_STOP = r"(?<!\b\p{Lu})(?<!\.[\p{L}\p{M}]{1,3})\.+" + _CLOSERS + r"(?=\s|$)"
_SHORT_TITLE = r"(?<!\b\p{Lu}\p{Ll})"


@functools.lru_cache(maxsize=None)
def mark_hint(marks: tuple[str, ...]) -> re.Pattern | None:
    """Every character at which a sentence may end, line breaks included (None when a mark is longer than one)."""
    if not marks or any(len(m) != 1 for m in marks):
        return None
    return re.compile("[" + re.escape("".join(marks)) + "\n\r]")


@functools.lru_cache(maxsize=None)
def sentence_end_re(marks: tuple[str, ...] = (), abbreviations: tuple[str, ...] = ()) -> regex.Pattern:
    """Where sentences end, given a language's sentence-final marks and the words it abbreviates
    with a full stop inside sentences ("TP." for thành phố, "Mrs.", "डॉ."; without them, a
    capital and a small letter before a full stop are taken for a title: "Dr.").

    Without marks, every Unicode sentence terminal (and the ellipsis) ends a
    sentence.  A full stop, when among the marks, is read with care for
    abbreviations.
    """
    others = "".join(regex.escape(m) for m in marks if m != ".") if marks else r"[\p{Sentence_Terminal}…]--[.]"
    parts = [f"[{others}]+{_CLOSERS}"] if others else []
    if not marks or "." in marks:
        # a language's own list replaces the guess that a capital and a small letter make a title:
        # Vietnamese ends sentences with "thứ Ba." (Tuesday) and names such as "Hà."
        known = "|".join(regex.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
        parts.append(rf"(?<!(?<![\p{{L}}\p{{M}}])(?:{known}))" + _FULL_STOP if known else _SHORT_TITLE + _FULL_STOP)
    return regex.compile("|".join(parts), regex.V1)


def one_space_apart(text: str, a: tuple, b: tuple) -> bool:
    """Whether two runs of letters of ``text`` (start, end, ...), ``a`` before ``b``, are neighbouring
    words of one phrase: a single space between them."""
    return text[a[1]:b[0]] == " "


def finditer(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None, overlapped: bool = False) -> Iterator[regex.Match]:
    """``pattern.finditer`` with the backstop timeout (``overlapped``: a match at every position it can start)."""
    if endpos is None:
        endpos = len(text)
    return pattern.finditer(text, pos, endpos, overlapped=overlapped, timeout=TIMEOUT, concurrent=False)


def search(pattern: regex.Pattern, text: str, pos: int = 0) -> regex.Match | None:
    return pattern.search(text, pos, timeout=TIMEOUT)


class _computed_once:
    """An attribute computed on first use and then stored on the instance.

    :class:`functools.cached_property` without the lock it takes on Python
    3.11, which costs more than most of the analyses it would guard (each
    text is analysed by one thread).
    """

    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


def _fold_each(words: list[str]) -> list[str]:
    """Each word case-folded: one casefold over the words joined (no word holds a space, and folding adds none)."""
    return " ".join(words).casefold().split(" ") if words else []


class TextInfo:
    """Lazily computed facts about one text, shared by every rule that looks at it."""

    __slots__ = ("text", "sentence_end", "abbreviations", "__dict__")

    def __init__(self, text: str, sentence_end: tuple[str, ...] = (), abbreviations: tuple[str, ...] = ()):
        self.text = text
        #: The language's sentence-final marks (every Unicode sentence terminal when empty).
        self.sentence_end = sentence_end
        #: Words the language abbreviates with a full stop that ends no sentence ("Mrs.").
        self.abbreviations = abbreviations

    def has(self, pattern) -> bool:
        """Whether ``pattern`` occurs in the text; asked once per pattern (rule triggers, digit tests)."""
        found = self.__dict__.setdefault("_has", {})
        answer = found.get(pattern)
        if answer is None:
            answer = found[pattern] = pattern.search(self.text) is not None
        return answer

    @_computed_once
    def protected(self) -> list[tuple[int, int]]:
        """Sorted, merged spans of URLs, e-mail addresses, file names, handles, document numbers, markup
        tokens, escape sequences and format specifiers."""
        text = self.text
        if ANY_PROTECTED.search(text) is None:
            return []
        spans = sorted((m.start(), m.end()) for hint, rx in PROTECTED_RES if hint.search(text) for m in finditer(rx, text))
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged

    def after_protected(self, pos: int) -> int:
        """The end of the protected span ``pos`` lies in, or ``pos`` itself outside them (where a
        word glued to a span starts: "\\nयातायात" is a "\\n" and a Hindi word)."""
        spans = self.protected
        k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
        return spans[k][1] if k >= 0 and spans[k][0] <= pos < spans[k][1] else pos

    def overlaps_protected(self, start: int, end: int) -> bool:
        spans = self.protected
        k = bisect.bisect_left(spans, (end,))  # spans starting before ``end``
        return k > 0 and spans[k - 1][1] > start

    @_computed_once
    def misread(self) -> list[tuple[int, int]]:
        """Spans of the words read with the wrong encoding, TQ103's findings (:func:`tqcheck.mojibake.misread_runs`)."""
        if MISREAD_HINT.search(self.text) is None:
            return []
        from .mojibake import misread_runs

        return misread_runs(self)

    def overlaps_misread(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.misread)

    @_computed_once
    def legible(self) -> str:
        """The text with its misread words blanked out by as many U+FFFD, so that rules reading
        quotation marks, currency signs and repeats see none of theirs in "â€œ" or "à¤®" and keep their offsets."""
        return blanked(self.text, self.misread, "\ufffd")

    @_computed_once
    def lines(self) -> list[tuple[int, int]]:
        """(start, end) of every line, without its line break."""
        text = self.text
        out, pos = [], 0
        while True:
            nl = text.find("\n", pos)
            end = len(text) if nl < 0 else nl
            stop = end - 1 if end > pos and text[end - 1] == "\r" else end
            out.append((pos, stop))
            if nl < 0:
                return out
            pos = nl + 1

    @_computed_once
    def folded(self) -> str:
        """The text case-folded (for caseless matching of words; offsets may differ from ``text``'s)."""
        return self.text.casefold()

    @_computed_once
    def letter_words(self) -> list[str]:
        """The runs of letters and marks, without their positions (cheaper when only the words matter)."""
        return LETTERS_RE.findall(self.text, concurrent=False)

    @_computed_once
    def letter_runs(self) -> list[tuple[int, int, str]]:
        """(start, end, text) of every run of letters and marks (no hyphens or digits inside)."""
        # placed by searching for each word after the previous one: between two runs there are
        # no letters, so the first occurrence is the run itself
        text, out, pos = self.text, [], 0
        for word in self.letter_words:
            start = text.find(word, pos)
            pos = start + len(word)
            out.append((start, pos, word))
        return out

    @_computed_once
    def folded_words(self) -> list[str]:
        """:attr:`letter_words`, each case-folded."""
        # a text that folding leaves as it is (most of a Hindi corpus) has its words folded already
        return self.letter_words if self.folded == self.text else _fold_each(self.letter_words)

    @_computed_once
    def folded_tokens(self) -> list[str]:
        """The runs of letters, marks and digits, each case-folded (no positions)."""
        if not self.has(NUMERIC_RE):
            return self.folded_words
        tokens = TOKEN_RE.findall(self.text, concurrent=False)
        return tokens if self.folded == self.text else _fold_each(tokens)

    @_computed_once
    def tokens(self) -> list[tuple[int, int, str]]:
        """(start, end, text) of every run of letters, marks and digits."""
        return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(self.text, concurrent=False)]

    @_computed_once
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of sentences: split at sentence-final punctuation and line breaks, trimmed."""
        single = self._single_sentence()
        if single is None:
            return self.split_sentences()
        return [single] if single[1] > single[0] else []

    def split_sentences(self) -> list[tuple[int, int]]:
        """:attr:`sentences` computed the long way, for every text."""
        out = []
        text = self.text
        ends = sentence_end_re(self.sentence_end, self.abbreviations)
        for ls, le in self.lines:
            pos = ls
            for m in ends.finditer(text, ls, le, concurrent=False):  # bounded look-behinds: linear
                out.append((pos, m.end()))
                pos = m.end()
            out.append((pos, le))
        trimmed = []
        for s, e in out:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                trimmed.append((s, e))
        return trimmed

    def _single_sentence(self) -> tuple[int, int] | None:
        """The trimmed text, when it can only be one sentence; None when it must be split.

        Most segments are one line ending in one sentence-final mark, maybe
        repeated and followed by closing quotes.  When no other character of
        the text could end a sentence, at most that tail matches the pattern
        of :func:`sentence_end_re`, and splitting there leaves one sentence.
        """
        hint = mark_hint(self.sentence_end)
        if hint is None:
            return None
        text = self.text
        end = len(text.rstrip())
        k = end
        while k and text[k - 1] in CLOSING_CHARS:
            k -= 1
        if k and text[k - 1] in self.sentence_end:
            mark = text[k - 1]
            while k and text[k - 1] == mark:
                k -= 1
        if hint.search(text, 0, k) is not None:
            return None
        return len(text) - len(text.lstrip()), end
