"""Terminology family (TQ7xx): glossary terms, consistent renderings, spelling variants."""
from __future__ import annotations

import collections
import functools
import unicodedata

import regex

from .. import glossary as glossary_mod
from ..model import Hit, Severity
from ..registry import rule
from ._common import usual_form

WORD_RE = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+")


def _entries(ctx) -> tuple[glossary_mod.Entry, ...]:
    path = ctx.options.get("glossary") or ctx.config.glossary
    if not path:
        return ()
    return tuple(e for e in glossary_mod.load(path) if e.target_lang in (None, ctx.target.code))


@functools.lru_cache(maxsize=4096)
def _term_re(term: str) -> regex.Pattern:
    body = regex.escape(term).replace(r"\ ", r"\s+")
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}]){body}(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


def _find(term: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _term_re(term).finditer(unicodedata.normalize("NFC", text))]


@rule(
    "TQ701",
    "glossary-term",
    category="terminology",
    summary="A glossary term of the source not rendered as the glossary requires",
    severity="error",
    needs_source=True,
    options={"glossary": ""},
)
def glossary_term(seg, ctx):
    """Terms the glossary fixes: where the source has the term, the target must use the glossary's rendering.

    The glossary (``glossary`` in the configuration, or this rule's
    ``glossary`` option) is a TSV or CSV file with the columns source term,
    target term (several accepted renderings separated by "|"), more accepted
    renderings, forbidden renderings, and optionally the target language; or
    a TBX termbase, whose deprecated terms count as forbidden.  A forbidden
    rendering is reported where it stands; a missing rendering is reported on
    the source term.  Without a glossary the rule does nothing.

    Bad (vi>hi): Khối thi đua các huyện họp. => ज़िलों का अनुकरण गुट मिला।
    Good (vi>hi): Khối thi đua các huyện họp. => ज़िलों का अनुकरण ब्लॉक मिला।
    """
    entries = _entries(ctx)
    if not entries:
        return
    source, target = seg.source, seg.target
    for entry in entries:
        spots = _find(entry.source, source)
        if not spots:
            continue
        found_bad = False
        for bad in entry.forbidden:
            for s, e in _find(bad, target):
                found_bad = True
                yield Hit(s, e, f"{target[s:e]!r} is a forbidden rendering of {entry.source!r}; the glossary requires {entry.target!r}", suggestion=entry.target)
        if found_bad:
            continue
        if not any(_find(r, target) for r in entry.renderings):
            s, e = spots[0]
            yield Hit(s, e, f"glossary term {entry.source!r} should be rendered {entry.target!r}, which the target does not contain", suggestion=entry.target, field="source")


@rule(
    "TQ702",
    "term-inconsistency",
    category="terminology",
    summary="One glossary term rendered several ways in one document",
    severity="warning",
    scope="document",
    needs_source=True,
    options={"glossary": ""},
)
def term_inconsistency(doc, ctx):
    """A term rendered in more than one way within an article, even if each way is accepted.

    Readers take "अनुकरण ब्लॉक", "अनुकरण गुट" and "अनुकरण समूह" for three
    different bodies.  For every glossary term found in the sources, the
    renderings used in the targets are counted; all but the most frequent
    are reported.

    Bad (vi>hi): Khối thi đua họp. Khối thi đua được khen. => अनुकरण ब्लॉक मिला। अनुकरण समूह को सराहा गया।
    Good (vi>hi): Khối thi đua họp. Khối thi đua được khen. => अनुकरण ब्लॉक मिला। अनुकरण ब्लॉक को सराहा गया।
    """
    entries = _entries(ctx)
    if not entries:
        return
    for entry in entries:
        if not any(seg.source and _find(entry.source, seg.source) for seg in doc.segments):
            continue
        used = []
        for i, seg in enumerate(doc.segments):
            for rendering in entry.renderings + entry.forbidden:
                used += [(i, s, e, rendering) for s, e in _find(rendering, seg.target)]
        counts = collections.Counter(r for *_, r in used)
        if len(counts) < 2:
            continue
        majority = max(counts, key=lambda r: (counts[r], r == entry.target))
        for i, s, e, rendering in used:
            if rendering != majority:
                yield Hit(s, e, f"{entry.source!r} rendered {rendering!r} here but {majority!r} elsewhere in this document", suggestion=majority, segment=i)


_NASAL_BEFORE_CONSONANT = regex.compile(r"[ङञणनम]\u094d(?=[क-ह])")


@functools.lru_cache(maxsize=65536)
def _spelling_key(word: str) -> str:
    """A Devanagari (or other Indic) word without the marks its spellings vary in.

    Nukta, chandrabindu vs. anusvara, and anusvara vs. a nasal consonant
    with virama before a consonant all fold together.
    """
    w = unicodedata.normalize("NFD", word).replace("\u093c", "").replace("\u0901", "\u0902")
    w = _NASAL_BEFORE_CONSONANT.sub("\u0902", w)
    return unicodedata.normalize("NFC", w.replace("\u200c", "").replace("\u200d", ""))


@functools.lru_cache(maxsize=65536)
def _nfc(word: str) -> str:
    return unicodedata.normalize("NFC", word)


@rule(
    "TQ703",
    "spelling-variants",
    category="terminology",
    summary="One word spelled two ways in one document (ज़िले / जिले, हिंदी / हिन्दी)",
    severity="info",
    scope="document",
    fixable="unsafe",
)
def spelling_variants(doc, ctx):
    """The same word written with and without nukta, with anusvara or a nasal consonant, or with chandrabindu or anusvara.

    All spellings are correct Hindi; mixing them in one article is a style
    slip (careful human news mixes nukta spellings too), so this is reported
    at info level: it does not fail a run unless configured to.  Every
    spelling other than the most frequent one is reported once per place.

    Bad (hi): जिलों और कस्बों में काम हुआ। ज़िलों में बैठक हुई।
    Bad (hi): हिंदी में और हिन्दी में लिखा गया।
    Good (hi): ज़िलों और कस्बों में काम हुआ। ज़िलों में बैठक हुई।
    """
    if "Deva" not in ctx.target.scripts and "Beng" not in ctx.target.scripts:
        return
    places = collections.defaultdict(list)
    for i in range(len(doc.segments)):
        for s, e, word in ctx.info(i).letter_runs:
            if word.isascii():
                continue
            word = _nfc(word)
            places[_spelling_key(word)].append((i, s, e, word))
    for spots in places.values():
        if len(spots) < 2:
            continue
        words = [w for *_, w in spots]
        if words.count(words[0]) == len(words):
            continue  # one spelling only: the common case, decided without counting
        majority = usual_form(words)
        for i, s, e, word in spots:
            if word != majority:
                yield Hit(s, e, f"{word!r} is spelled {majority!r} elsewhere in this document", suggestion=majority, segment=i, severity=Severity.INFO)
