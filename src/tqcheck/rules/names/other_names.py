"""Names outside the Vietnamese model spelled two ways in one article (part of TQ401).

The Vietnamese names of a story are read syllable by syllable (:mod:`.variants`).  Every other
name is read by its letters alone:

- in a Latin-script target, a name of two words or more written twice with one word a letter
  apart ("Rohit Sharma" / "Rohit Sarma"), beside the same other words;
- in a Brahmic target, a name the source writes in Latin letters ("Joe Biden", "Rohit
  Sharma") rendered two ways, each rendering found by its consonants ("बाइडेन", "बिडेन").

Both are noted at info level: careful human news spells a foreign name two ways too (9 of
the 123 NTREX Hindi documents do: "किट हरिंगटन" / "किट हेरिंगटन"), so such a finding does
not fail a run unless configured to.
"""
from __future__ import annotations

import collections
import functools
import itertools
import math
import unicodedata

from ...languages import translit
from ...model import Hit, Severity
from ...text import LazyPattern
from .._common import one_edit_apart, usual_form

#: A capitalised word in Latin letters; the parts of a hyphenated name are one word ("Sang-sik").
CAPITALISED = r"\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]*)*"
#: Two capitalised words or more, one space apart.
CAPITALISED_RUN_RE = LazyPattern(rf"\b{CAPITALISED}(?: {CAPITALISED})+\b")
#: The most words of a name compared, and the fewest letters of the word two spellings differ in
#: (shorter words a letter apart are often two names: "Hung", "Hong").
MAX_NAME_WORDS = 4
MIN_VARIED_WORD = 5
#: The fewest consonants a name rendered in a Brahmic script is found by (fewer match everyday words).
MIN_CONSONANTS = 4


def _capitalised_runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of two capitalised words or more, one space apart: (start, end, word) each."""
    runs = []
    for m in CAPITALISED_RUN_RE.finditer(text):
        at, run = m.start(), []
        for word in m.group().split(" "):
            run.append((at, at + len(word), word))
            at += len(word) + 1
        runs.append(run)
    return runs


def _parts(run: list):
    """The contiguous parts of a run (of words, or of their places) of two to
    :data:`MAX_NAME_WORDS` words ("Captain Rohit Sharma" holds "Rohit Sharma")."""
    for a in range(len(run)):
        for b in range(a + 2, min(len(run), a + MAX_NAME_WORDS) + 1):
            yield run[a:b]


def latin_variants(doc, ctx) -> list[Hit]:
    """In a Latin-script target other than Vietnamese (whose diacritics tell names apart), a word
    of a name written two ways a letter apart beside the same other words ("Rohit Sharma" /
    "Rohit Sarma", "Joe Biden" / "Joe Bidden"): the less frequent spelling is reported."""
    if "Latn" not in ctx.target.scripts or ctx.target.code == translit.NAMES_LANGUAGE:
        return []
    # the words first (one scan of each text), their places only where two are a letter apart
    found = [CAPITALISED_RUN_RE.findall(ctx.info(i).text) for i in range(len(doc.segments))]
    uses = collections.Counter(w for runs in found for run in runs for w in run.split(" "))
    varied = _letter_apart_words(uses)
    if not varied:
        return []  # (the usual case)
    runs = [(i, run) for i, texts in enumerate(found) if texts for run in _capitalised_runs(ctx.info(i).text)]
    # (words before, words after) -> word standing between them -> its places
    between: dict[tuple, dict[str, list[tuple[int, int, int]]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for i, run in runs:
        if varied.isdisjoint(w for _, _, w in run):
            continue
        for part in _parts(run):
            words = [w for _, _, w in part]
            for k, (s, e, w) in enumerate(part):
                if w in varied:
                    between[(tuple(words[:k]), tuple(words[k + 1:]))][w].append((i, s, e))
    hits, seen = [], set()
    for spelled in between.values():
        if len(spelled) < 2:
            continue
        for x, y in itertools.combinations(spelled, 2):
            if not _a_letter_apart(x, y):
                continue
            # the usual spelling: the more frequent in the article, else the first written
            usual, other = (x, y) if (uses[x], -min(spelled[x])[0]) >= (uses[y], -min(spelled[y])[0]) else (y, x)
            for i, s, e in spelled[other]:
                if (i, s) not in seen:
                    seen.add((i, s))
                    hits.append(Hit(s, e, f"name spelled {other!r} here but {usual!r} elsewhere in this document", suggestion=usual, segment=i, severity=Severity.INFO))
    return hits


def _letter_apart_words(words) -> set[str]:
    """The words of ``words`` (of :data:`MIN_VARIED_WORD` letters or more) a letter apart from another (:func:`_a_letter_apart`)."""
    by_initial = collections.defaultdict(list)
    for w in words:
        if len(w) >= MIN_VARIED_WORD:
            by_initial[w[0].casefold()].append(w)
    return {w for group in by_initial.values() for x, y in itertools.combinations(group, 2) if _a_letter_apart(x, y) for w in (x, y)}


def _a_letter_apart(x: str, y: str) -> bool:
    """Whether two capitalised words are one name's spellings: the same first letter, a letter
    added, dropped, changed or two swapped, neither the other with an ending ("Korea", "Korean"),
    and not two Vietnamese syllables (two names: "Thanh", "Thinh")."""
    a, b = x.casefold(), y.casefold()
    if a[0] != b[0] or a.startswith(b) or b.startswith(a):
        return False
    differ = [k for k in range(len(a)) if a[k] != b[k]] if len(a) == len(b) else []
    swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]
    return (swapped or one_edit_apart(a, b)) and not (_vietnamese_syllable(x) and _vietnamese_syllable(y))


#: Latin letters and letter groups -> consonant classes of :func:`translit.deva_key` (vowels, h and y
#: carry none); a letter read two ways has both ("c": k in "Carter", s in "Cecil").
LATIN_GROUPS = (
    ("tch", ("c",)), ("sch", ("s",)), ("sh", ("s",)), ("ch", ("c", "k")), ("th", ("t",)), ("ph", ("p",)), ("kh", ("k",)),
    ("gh", ("g",)), ("bh", ("b",)), ("dh", ("d",)), ("jh", ("j",)), ("ck", ("k",)), ("qu", ("kb", "k")), ("x", ("ks",)),
    ("c", ("k", "s")), ("g", ("g", "j")), ("w", ("b", "")), ("z", ("j", "s")), ("f", ("p",)), ("v", ("b",)), ("q", ("k",)),
)
LATIN_LETTERS = frozenset("bdjklmnprst")
#: Skeletons a word of a source name may have at most (its ambiguous letters multiply them).
MAX_SKELETONS = 16


@functools.lru_cache(maxsize=8192)
def latin_skeletons(word: str) -> frozenset[str]:
    """The consonant skeletons a Latin-script word of a name may be rendered with ("Sharma": "srm")."""
    plain = "".join(c for c in unicodedata.normalize("NFD", word.casefold().replace("đ", "d")) if not unicodedata.combining(c))
    options: list[tuple[str, ...]] = []
    k = 0
    while k < len(plain):
        for group, classes in LATIN_GROUPS:
            if plain.startswith(group, k):
                options.append(classes)
                k += len(group)
                break
        else:
            options.append((plain[k],) if plain[k] in LATIN_LETTERS else ("",))
            k += 1
    if not options:
        return frozenset()
    skeletons = {""}
    for classes in options:
        skeletons = {s + c for s in skeletons for c in classes}
        if len(skeletons) > MAX_SKELETONS:
            return frozenset()  # too many readings to tell a rendering by
    return frozenset(_normal(s) for s in skeletons)


def _normal(skeleton: str) -> str:
    """A skeleton as both scripts' are compared: doubled consonants once, m before p or b as the
    n an anusvara gives ("ट्रंप", "ट्रम्प", Trump)."""
    out = []
    for k, c in enumerate(skeleton):
        if c == "m" and skeleton[k + 1:k + 2] in ("p", "b"):
            c = "n"
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@functools.lru_cache(maxsize=None)
def _word_skeletons(lang: str, script: str):
    """:func:`brahmic_skeletons` of a word of ``lang`` without its case ending, remembered per word."""
    from ...languages import load_profile

    without_ending = load_profile(lang).without_case_ending

    @functools.lru_cache(maxsize=65536)
    def skeletons(word: str) -> tuple[str, ...]:
        return brahmic_skeletons(without_ending(word), script)

    return skeletons


def brahmic_skeletons(word: str, script: str) -> tuple[str, ...]:
    """The consonant skeleton of a word of a Brahmic script, as :func:`latin_skeletons` gives it;
    and, for a word that ends in a nasalised vowel, the skeleton without that nasal too (the
    Marathi oblique "सरमां", and "मैक्रों" for Macron)."""
    skeleton = _normal(translit.key_consonants(translit.brahmic_key(word, script)).replace("h", "").replace("y", ""))
    if word[-1:] in NASAL_SIGNS and skeleton.endswith("n"):
        return skeleton, skeleton[:-1]
    return (skeleton,)


#: Anusvara and chandrabindu of the ISCII-ordered scripts.
NASAL_SIGNS = frozenset(chr(block + offset) for block in translit.ISCII_BLOCKS.values() for offset in (1, 2))


def rendered_variants(doc, ctx, script: str) -> list[Hit]:
    """A name the Latin-script source writes ("Rohit Sharma", "Kim Sang-sik"; in a Vietnamese
    source, a name that is not Vietnamese), rendered in a Brahmic target in two spellings, each
    found in the segment whose source names it, where consecutive target words have the
    consonants of the name's words ("रोहित शर्मा", "रोहित सरमा").  A name whose consonants
    another name of the source shares is left alone."""
    if ctx.source is None or "Latn" not in ctx.source.scripts:
        return []
    named = _source_names(doc, ctx)
    if not named:
        return []
    profile = ctx.target
    word_skeletons = _word_skeletons(profile.code, script)
    found: dict[tuple[str, ...], list[tuple[int, int, int, str]]] = collections.defaultdict(list)
    for i, names in named.items():
        # the skeleton of a name's first word -> (skeletons of its words, the name)
        by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = collections.defaultdict(list)
        for skeletons, name in names:
            by_first[skeletons[0]].append((skeletons, name))
        info = ctx.info(i)
        runs, text = info.letter_runs, info.text
        options = [word_skeletons(w) for w in info.letter_words]
        for k, first in enumerate(options):
            for key in first:
                for skeletons, name in by_first.get(key, ()):
                    end = k + len(skeletons)
                    if end <= len(runs) and all(skeletons[j - k] in options[j] and text[runs[j - 1][1]:runs[j][0]] in (" ", "-") for j in range(k + 1, end)):
                        s, e = runs[k][0], runs[end - 1][1]
                        e -= len(runs[end - 1][2]) - len(profile.without_case_ending(runs[end - 1][2]))
                        found[name].append((i, s, e, unicodedata.normalize("NFC", text[s:e])))
    hits = []
    for name, places in found.items():
        # spellings that differ in what Hindi and Bengali news writes either way (a nukta, vowel
        # length, an anusvara for a nasal: "सिटिज़न" / "सिटिजन") are one: TQ703 notes those
        folded = [_folded(spelling) for *_, spelling in places]
        if len(set(folded)) < 2:
            continue
        for group in _close_groups(folded):
            usual_folded = usual_form([f for f in folded if f in group])
            usual = next(spelling for (*_, spelling), f in zip(places, folded) if f == usual_folded)
            for (i, s, e, spelling), f in zip(places, folded):
                if f in group and f != usual_folded:
                    hits.append(Hit(s, e, f"name {' '.join(name)!r} spelled {spelling!r} here but {usual!r} elsewhere in this document", suggestion=usual, segment=i, severity=Severity.INFO))
    return hits


def _folded(spelling: str) -> str:
    """``spelling`` as spellings of a name are compared: with a nasal before a stop and the letters
    :func:`translit.spelling_fold` folds written one way, and without a nasalised last vowel (a
    Marathi oblique plural: "सरमां" of "सरमांनी")."""
    folded = translit.spelling_fold(min(translit.nasal_spellings(spelling)))
    return " ".join(w[:-1] if w[-1:] in NASAL_SIGNS else w for w in folded.split(" "))


def _close_groups(spellings) -> list[set[str]]:
    """The spellings of one name's consonants that are spellings of one another (linked by
    :func:`_close`), in groups of two or more: "पहली बार" (first time) has the consonants of "Paul
    Barreira" but is no spelling of "पॉल बर्रेरा"."""
    forms = list(dict.fromkeys(spellings))
    group_of = {f: {f} for f in forms}
    for a, b in itertools.combinations(forms, 2):
        if group_of[a] is not group_of[b] and _close(a, b):
            merged = group_of[a] | group_of[b]
            for f in merged:
                group_of[f] = merged
    return [g for g in {id(g): g for g in group_of.values()}.values() if len(g) >= 2]


def _close(a: str, b: str) -> bool:
    """Whether each word of ``a`` is at most half its letters (at least one) away from the word of ``b`` beside it."""
    words_a, words_b = a.split(), b.split()
    return len(words_a) == len(words_b) and all(_distance(x, y) <= max(1, min(len(x), len(y)) // 2) for x, y in zip(words_a, words_b))


def _distance(a: str, b: str) -> int:
    """Levenshtein distance between two short words."""
    previous = list(range(len(b) + 1))
    for k, x in enumerate(a, 1):
        current = [k]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def _pieces_by_skeleton(words) -> dict[str, list[tuple[str, str]]]:
    """Each skeleton of a word of the source's names -> (run word, word) pairs that have it (the
    parts of a hyphenated run word are words of their own)."""
    index = collections.defaultdict(list)
    for w in words:
        for piece in _name_words([w]):
            for skeleton in latin_skeletons(piece):
                index[skeleton].append((w, piece))
    return index


def _has_rival(name: tuple[str, ...], options: list[frozenset[str]], pieces: dict[str, list[tuple[str, str]]], runs) -> bool:
    """Whether another name of the source, of as many words, may be written with the consonants
    of ``name`` (each word's skeletons ``options``): one of its words is another word of the
    source (``pieces``: :func:`_pieces_by_skeleton`) with a skeleton of the name's word at its place."""
    near = {w for o in options for skeleton in o for w, piece in pieces.get(skeleton, ()) if piece not in name}
    if not near:
        return False  # (the usual case: no word of the source reads like one of the name's)
    for run in runs:
        if near.isdisjoint(run):
            continue
        for part in _parts(run):
            other = _name_words(part)
            if other != name and len(other) == len(name) and all(map(frozenset.intersection, options, map(latin_skeletons, other))):
                return True
    return False


def _spans_of_two(flags: list[bool]):
    """(start, end) of each stretch of two true ``flags`` or more."""
    start = None
    for k, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = k
        elif not flag and start is not None:
            if k - start >= 2:
                yield start, k
            start = None


def _name_words(part: list[str]) -> tuple[str, ...]:
    """The words of a part of a capitalised run, a hyphenated or elided word as its parts ("Sang-sik", "O'Neil")."""
    return tuple(p for w in part for p in w.replace("’", "-").replace("'", "-").split("-") if p)


@functools.lru_cache(maxsize=8192)
def _vietnamese_syllable(word: str) -> bool:
    return translit.typed_syllable(translit.latin_key(word))


def _source_names(doc, ctx) -> dict[int, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """For each segment whose source names someone or something the source names again, in two
    words or more (capitalised runs and their parts, hyphenated words read as their parts; in a
    Vietnamese source, only names with a word that is no Vietnamese syllable): (the skeletons of
    the name's words, the name's words) for each reading of the name.  A name named once cannot
    be spelled two ways; one whose skeletons another name of the source may share is left out."""
    vietnamese = ctx.source.code == translit.NAMES_LANGUAGE
    function_words = ctx.source.folded_function_words
    # the words of each run of capitalised words, read with one scan of the whole source
    sources = [seg.source or "" for seg in doc.segments]
    runs = [run.split(" ") for run in CAPITALISED_RUN_RE.findall("\n".join(sources))]
    uses = collections.Counter(w for run in runs for w in run)
    written: dict[tuple[str, ...], str] = {}  # a name's words -> the name as the source writes it
    times: collections.Counter[tuple[str, ...]] = collections.Counter()
    for run in runs:
        # the parts of the run whose every word the source names again (most runs: none)
        for a, b in _spans_of_two([uses[w] > 1 for w in run]):
            for part in _parts(run[a:b]):
                words = _name_words(part)
                if not (vietnamese and all(map(_vietnamese_syllable, words))):  # a Vietnamese name: the syllable model's
                    written[words] = " ".join(part)
                    times[words] += 1
    named: dict[int, list] = collections.defaultdict(list)
    others = None
    for name, count in times.items():
        if count < 2 or name[0].casefold() in function_words or name[-1].casefold() in function_words:
            continue  # named once, or a sentence's first word ("On Friday")
        options = list(map(latin_skeletons, name))
        if not all(options) or math.prod(map(len, options)) > MAX_SKELETONS:
            continue
        if others is None:
            others = _pieces_by_skeleton(uses)
        if _has_rival(name, options, others, runs):
            continue  # another name of the source may be written with the same consonants ("Sharma", "Sarma")
        readings = [r for r in itertools.product(*options) if "" not in r and sum(map(len, r)) >= MIN_CONSONANTS]
        for i, source in enumerate(sources):
            if written[name] in source:
                named[i] += [(r, name) for r in readings]
    return dict(named)
