"""Terminology family (TQ7xx): glossary terms, consistent renderings, spelling variants."""
from __future__ import annotations

import collections
import functools
import itertools
import unicodedata

import regex

from .. import glossary as glossary_mod
from ..model import Hit, Severity
from ..registry import rule
from ..text import LETTERS_RE
from ._common import usual_form



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
    r"""A term rendered in more than one way within an article, even if each way is accepted.

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


def _aligned_units(doc, ctx) -> list[tuple[str, str, int, int, int]]:
    """(source text, target text, segment, target start, target end) of units aligned one to one.

    Segments with a source are units; a single segment whose source and
    target have as many lines (else as many sentences) is split into those.
    Nothing is returned when no such alignment exists.
    """
    units = []
    for i, seg in enumerate(doc.segments):
        if not seg.source:
            continue
        for level in ("lines", "sentences"):
            src_parts = [p for p in getattr(ctx.info(i, "source"), level) if seg.source[p[0]:p[1]].strip()]
            tgt_parts = [p for p in getattr(ctx.info(i), level) if seg.target[p[0]:p[1]].strip()]
            if len(src_parts) == len(tgt_parts) and len(src_parts) > 1:
                units += [(seg.source[a:b], seg.target[c:d], i, c, d) for (a, b), (c, d) in zip(src_parts, tgt_parts)]
                break
        else:
            units.append((seg.source, seg.target, i, 0, len(seg.target)))
    return units


def _source_terms(units, markers: frozenset[str]) -> dict[tuple[str, ...], set[int]]:
    """Lower-case word n-grams (2-3 words) that recur in two or more units, without names, digits or edge function words."""
    found: dict[tuple[str, ...], set[int]] = collections.defaultdict(set)
    for k, (source, *_rest) in enumerate(units):
        words = LETTERS_RE.findall(source)
        for n in (2, 3):
            for j in range(len(words) - n + 1):
                gram = words[j:j + n]
                if any(w[0].isupper() for w in gram[1:]) or gram[0].casefold() in markers or gram[-1].casefold() in markers:
                    continue
                found[tuple(w.casefold() for w in gram)].add(k)
    terms = {t: u for t, u in found.items() if len(u) >= 2}
    # keep the longest of nested terms that recur in the same units
    return {t: u for t, u in terms.items() if not any(len(o) > len(t) and terms[o] == u and " ".join(t) in " ".join(o) for o in terms)}


@rule(
    "TQ704",
    "term-renderings",
    category="terminology",
    summary="A recurring source term rendered several ways in one article (found without a glossary)",
    severity="info",
    scope="document",
    needs_source=True,
    default_enabled=False,
    options={"min_paragraphs": 3},
)
def term_renderings(doc, ctx):
    r"""A term that recurs in the source but is rendered differently in the paragraphs that translate it.

    Without a glossary the rule aligns paragraphs (or sentences) one to one,
    takes word sequences that recur in the source, and looks in the aligned
    target paragraphs for the two-word phrase that occurs there and nowhere
    else.  When those phrases share one word but differ in the other
    ("अनुकरण ब्लॉक", "अनुकरण गुट", "अनुकरण समूह" for "khối thi đua"), the
    term was rendered several ways, provided the shared word stands (almost)
    only where the term does and the other words are neither forms of one
    word nor names kept in Latin letters.  Statistical, so reported at info
    level and off by default (``extend-select = ["TQ704"]``): on independent
    human translations it also pairs phrases that merely sit side by side.
    A glossary (TQ701, TQ702) gives firm findings.

    Bad (vi>hi): Khối thi đua các huyện đạt nhiều thành tích.\nÔng đề nghị khối thi đua tiếp tục cố gắng.\nMục tiêu là khối thi đua dẫn đầu tỉnh. => ज़िलों के अनुकरण ब्लॉक ने कई उपलब्धियाँ हासिल कीं।\nउन्होंने अनुकरण गुट से प्रयास जारी रखने को कहा।\nलक्ष्य है कि अनुकरण समूह प्रांत में अग्रणी बने।
    Good (vi>hi): Khối thi đua các huyện đạt nhiều thành tích.\nÔng đề nghị khối thi đua tiếp tục cố gắng. => ज़िलों के अनुकरण ब्लॉक ने कई उपलब्धियाँ हासिल कीं।\nउन्होंने अनुकरण ब्लॉक से प्रयास जारी रखने को कहा।
    """
    units = _aligned_units(doc, ctx)
    if len(units) < 2 or ctx.source is None:
        return
    stop = ctx.target.function_words
    bigrams = []
    for _source, target, *_ in units:
        words = [(m.start(), m.end(), m.group()) for m in LETTERS_RE.finditer(target)]
        grams = {}
        for (s1, _e1, w1), (_s2, e2, w2) in zip(words, words[1:]):
            if w1 not in stop and w2 not in stop and len(w1) > 1 and len(w2) > 1 and target[_e1:_s2].strip() == "":
                grams.setdefault((w1, w2), (s1, e2))
        bigrams.append(grams)
    where: dict[tuple[str, str], set[int]] = collections.defaultdict(set)
    units_with: dict[str, set[int]] = collections.defaultdict(set)
    for k, grams in enumerate(bigrams):
        for gram in grams:
            where[gram].add(k)
            for word in gram:
                units_with[word].add(k)
    latin_target = "Latn" in ctx.target.scripts
    reported = set()
    for term, term_units in sorted(_source_terms(units, frozenset(ctx.source.markers)).items()):
        if len(term_units) < ctx.options["min_paragraphs"]:
            continue
        ordered = sorted(term_units)
        if set.intersection(*(set(bigrams[k]) for k in ordered)):
            continue  # one phrase in every paragraph with the term: rendered consistently
        chosen = _renderings_around_anchor(ordered, bigrams, where, term_units)
        if chosen is None or not _renderings_of_a_term(chosen, units_with, term_units, latin_target):
            continue
        usual = " ".join(usual_form([chosen[k] for k in ordered]))
        for k in ordered:
            gram = chosen[k]
            _source, target, i, offset, _end = units[k]
            start, end = bigrams[k][gram]
            text = " ".join(gram)
            if text != usual and (i, offset + start) not in reported:
                reported.add((i, offset + start))
                yield Hit(offset + start, offset + end, f"{' '.join(term)!r} rendered {text!r} here but {usual!r} elsewhere in this document", suggestion=usual, segment=i)


def _renderings_of_a_term(chosen: dict, units_with: dict, term_units: set[int], latin_target: bool) -> bool:
    """Whether phrases sharing a word render one term, not words that merely sit side by side: the
    shared word stands (almost) only where the term does ("on" or "वाले" stand everywhere), and
    the other words are neither forms of one word ("बजाते", "बजाने") nor names kept in Latin letters
    in a target of another script ("Boots", "Goop")."""
    grams = set(chosen.values())
    shared = set.intersection(*(set(g) for g in grams))
    if not shared or any(len(units_with[w] - term_units) > 1 for w in shared):
        return False
    others = sorted({w for g in grams for w in g if w not in shared})
    if not latin_target and any(w.isascii() for w in others):
        return False
    return not any(a[:3] == b[:3] for a, b in itertools.combinations(others, 2))


def _renderings_around_anchor(ordered, bigrams, where, term_units):
    """Per paragraph, the phrase that holds a word found in every paragraph with the term, when the phrases differ."""
    for position in (0, 1):
        anchors = set.intersection(*({g[position] for g in bigrams[k]} for k in ordered))
        for anchor in sorted(anchors):
            chosen = {}
            for k in ordered:
                options = [g for g in bigrams[k] if g[position] == anchor]
                # the phrase least used outside the term's paragraphs is the term's rendering
                chosen[k] = min(options, key=lambda g: (len(where[g] - term_units), g))
            if len(set(chosen.values())) >= 2 and all(not (where[g] - term_units) for g in chosen.values()):
                return chosen
    return None


#: Per script: nukta, chandrabindu, anusvara, and "nasal consonant + virama before a consonant".
SPELLING_FOLDS = {
    "Deva": ("\u093c", "\u0901", "\u0902", regex.compile(r"[ङञणनम]\u094d(?=[क-ह])")),
    "Beng": ("\u09bc", "\u0981", "\u0982", regex.compile(r"[ঙঞণনম]\u09cd(?=[ক-হ])")),
}


#: Per script, word -> :func:`_spelling_key`; emptied when it outgrows SPELLING_CACHE_SIZE (memory stays bounded).
_SPELLING_KEYS: dict[str, dict[str, str]] = {}
SPELLING_CACHE_SIZE = 200_000


def _spelling_keys(words: set[str], script: str) -> dict[str, str]:
    """A table holding :func:`_spelling_key` of each of ``words`` (looked up in C; only new words computed)."""
    table = _SPELLING_KEYS.setdefault(script, {})
    missing = words.difference(table)  # iterates ``words``, looking each up in the table
    if len(table) + len(missing) > SPELLING_CACHE_SIZE:
        table.clear()
        missing = words
    for word in missing:
        table[word] = _spelling_key(word, script)
    return table


def _spelling_key(word: str, script: str) -> str:
    """``word`` without the marks its spellings vary in (an ASCII word is its own key).

    Nukta, chandrabindu vs. anusvara, and anusvara vs. a nasal consonant
    with virama before a consonant all fold together.
    """
    if word.isascii():
        return word
    nukta, chandrabindu, anusvara, nasal = SPELLING_FOLDS[script]
    w = unicodedata.normalize("NFD", word).replace(nukta, "").replace(chandrabindu, anusvara)
    w = nasal.sub(anusvara, w)
    return unicodedata.normalize("NFC", w.replace("\u200c", "").replace("\u200d", ""))


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
    Bad (bn): কংগ্রেস সভা করেছে। পরে কঙ্গ্রেস নেতারা কথা বলেছেন।
    Good (hi): ज़िलों और कस्बों में काम हुआ। ज़िलों में बैठक हुई।
    """
    script = next((sc for sc in ctx.target.scripts if sc in SPELLING_FOLDS), None)
    if script is None:
        return
    # Spellings are compared over the document's distinct words first: most words have
    # one spelling, and only those with several are looked up again, in place.
    distinct: set[str] = set()
    for i in range(len(doc.segments)):
        distinct.update(ctx.info(i).letter_words)
    keys = _spelling_keys(distinct, script)
    if len(set(map(keys.__getitem__, distinct))) == len(distinct):
        return  # no two words share a key (the usual document)
    forms = collections.defaultdict(set)
    for word in distinct:
        forms[keys[word]].add(unicodedata.normalize("NFC", word))
    varied = {word: (unicodedata.normalize("NFC", word), keys[word]) for word in distinct if len(forms[keys[word]]) > 1}
    places = collections.defaultdict(list)
    for i in range(len(doc.segments)):
        info = ctx.info(i)
        if varied.keys().isdisjoint(info.letter_words):
            continue  # positions only where a varied spelling stands
        for s, e, word in info.letter_runs:
            found = varied.get(word)
            if found is not None:
                places[found[1]].append((i, s, e, found[0]))
    for spots in places.values():
        majority = usual_form([w for *_, w in spots])
        for i, s, e, word in spots:
            if word != majority:
                yield Hit(s, e, f"{word!r} is spelled {majority!r} elsewhere in this document", suggestion=majority, segment=i, severity=Severity.INFO)


@functools.lru_cache(maxsize=None)
def _synonym_sets(lang: str) -> dict[str, int]:
    """Each of the profile's synonyms -> the number of its set (conjunctions are set -1)."""
    from ..languages import load_profile

    profile = load_profile(lang)
    table = {w: k for k, group in enumerate(profile.synonyms) for w in group}
    table.update(dict.fromkeys(profile.conjunctions, -1))
    return table


@rule(
    "TQ705",
    "term-variants",
    category="terminology",
    summary="One term written with different synonyms in one document (अनुकरण ब्लॉक / अनुकरण समूह)",
    severity="warning",
    scope="document",
    fixable="unsafe",
)
def term_variants(doc, ctx):
    """A term written one way in one place and with a synonym in another.

    MT renders each sentence afresh and picks among synonyms: "अनुकरण
    ब्लॉक" in one paragraph, "अनुकरण समूह" in the next (the same emulation
    block), "अनुकरण और प्रशंसा परिषद" then "अनुकरण एवं प्रशंसा परिषद".  A
    reader takes them for different bodies.  The profiles list the words
    that say the same thing (``[terminology]``: ``conjunctions``, and sets of
    ``synonyms``); two of them after the same word or before the same
    word ("प्रांतीय जन समिति", "प्रादेशिक जन समिति"), or two conjunctions
    between the same two words, are one term written two ways, where the
    words around them are no function words.  Every form but the most
    frequent is reported; two conjunctions only at info level, a matter of
    style that human translations show too ("फोरबॉल और फोरसम", "फोरबॉल
    तथा फोरसम": one article of 123 per language in NTREX), where another
    noun for the same body misleads.

    Bad (hi): ज़िलों के अनुकरण ब्लॉक ने काम किया। अनुकरण समूह को सराहा गया।
    Bad (hi): अनुकरण और प्रशंसा परिषद की बैठक हुई। बाद में अनुकरण एवं प्रशंसा परिषद ने रिपोर्ट दी।
    Good (hi): अनुकरण ब्लॉक ने काम किया। अनुकरण ब्लॉक को सराहा गया। किसानों और मजदूरों तथा छात्रों ने भाग लिया।
    Bad (en): The emulation block met. The emulation group then praised the districts.
    Bad (hi): प्रांतीय समिति ने बैठक की। फिर प्रादेशिक समिति ने रिपोर्ट दी।
    Bad (hi): प्रांतीय जन समिति ने बैठक की। फिर प्रांतीय लोक समिति ने रिपोर्ट दी।
    """
    table = _synonym_sets(ctx.target.code)
    if not table:
        return
    present: dict[int, set[str]] = collections.defaultdict(set)
    for i in range(len(doc.segments)):
        for word in table.keys() & ctx.info(i).folded_words:
            present[table[word]].add(word)
    if all(len(words) < 2 for words in present.values()):
        return  # no set has two of its words in this document (the usual one)
    varied = {w for words in present.values() if len(words) > 1 for w in words}
    function_words = ctx.target.function_words
    places = collections.defaultdict(list)
    for i in range(len(doc.segments)):
        info = ctx.info(i)
        runs, folded, text = info.letter_runs, info.folded_words, info.text

        def content_word(j: int, k: int) -> bool:
            """Whether word ``j`` is a word of content beside word ``k``, only spaces between."""
            return 0 <= j < len(folded) and folded[j] not in function_words and len(folded[j]) >= 2 and _joined_words(text, *sorted((runs[j], runs[k])))

        for k, word in enumerate(folded):
            if word not in varied:
                continue
            if table[word] == -1:  # a conjunction: the same two words on either side
                if content_word(k - 1, k) and content_word(k + 1, k):
                    places[("and", folded[k - 1], folded[k + 1])].append((i, runs[k - 1][0], runs[k + 1][1], runs[k], word))
                continue
            if content_word(k - 1, k):  # a synonym after the same word ("अनुकरण ब्लॉक", "अनुकरण समूह")
                places[(table[word], folded[k - 1])].append((i, runs[k - 1][0], runs[k][1], runs[k], word))
            # or before it ("प्रांतीय जन समिति", "प्रादेशिक जन समिति"), unless that word heads a term of the
            # same set itself: "अनुकरण समूह अनुकरण ब्लॉक" holds no term "समूह अनुकरण"
            if content_word(k + 1, k) and table.get(folded[k + 2] if k + 2 < len(folded) else "") != table[word]:
                places[(table[word], "", folded[k + 1])].append((i, runs[k][0], runs[k + 1][1], runs[k], word))
    reported = set()  # a word read after one word and before another is reported once, after it
    for _, spots in sorted(places.items(), key=lambda place: place[0][1] == ""):
        majority = usual_form([word for *_, word in spots])
        if majority is None:
            continue
        usual = next(spot for spot in spots if spot[4] == majority)
        usual_phrase = ctx.info(usual[0]).text[usual[1]:usual[2]]
        for i, s, e, (ws, we, _), word in spots:
            if word != majority and (i, ws) not in reported:
                reported.add((i, ws))
                text = ctx.info(i).text
                suggestion = text[s:ws] + usual[3][2] + text[we:e]
                # "और" for "एवं" is a matter of style; "समूह" for "ब्लॉक" names another body
                severity = Severity.INFO if table[word] == -1 else None
                yield Hit(s, e, f"{text[s:e]!r} here but {usual_phrase!r} elsewhere in this document: one term written two ways", suggestion=suggestion, segment=i, severity=severity)


def _joined_words(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Whether two runs of letters are neighbouring words: only spaces between them."""
    gap = text[a[1]:b[0]]
    return bool(gap) and gap.isspace() and "\n" not in gap
