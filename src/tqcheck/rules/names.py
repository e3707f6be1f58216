"""Names family (TQ4xx): person and place names rendered consistently and acceptably.

Name spans in a Devanagari target are runs of one-syllable words (the shape
transliterated Vietnamese names take); spellings of one name are grouped by
a phonetic key (:mod:`tqcheck.languages.translit`).  In Latin-script
targets, names are runs of capitalised words, grouped without diacritics.
"""
from __future__ import annotations

import collections
import functools
import itertools
import math
import operator
import re
import unicodedata
from typing import NamedTuple

import regex

from ..languages import translit
from ..model import Hit
from ..registry import rule
from ..text import LETTERS_RE, WORD_BEFORE_RE, any_of
from ._common import usual_form

MAX_NAME_RUN = 12


class NameRun(NamedTuple):
    start: int
    end: int
    words: tuple[tuple[int, int, str], ...]

    @property
    def text(self) -> str:
        return " ".join(w for _, _, w in self.words)


def _is_deva(profile) -> bool:
    return "Deva" in profile.scripts


def _brahmic(profile) -> str | None:
    """The target's script when its names are found and keyed as Devanagari ones are (a script in the ISCII order)."""
    return translit.keyed_script(profile.scripts)


def name_runs(text: str, profile, extra: frozenset[str] = frozenset(), keep: frozenset[str] = frozenset(), words=None, flags=None) -> list[NameRun]:
    """Maximal runs of two or more name-like words, separated only by spaces.

    A stopword ends a run, except a name particle (थी for Thị, वान for Văn)
    between two name-like words.  ``extra`` holds words that may sit inside
    a run though they are not name-shaped (the translated given names TQ402
    looks for).  Stopwords in ``keep`` are not trimmed from the start of a
    run.  ``words`` may pass the text's letter runs when they are at hand,
    ``flags`` whether each may stand in a run (:func:`_flags`).  Where the
    language writes case endings onto words, a run ends with the stem of a
    next word that carries one ("गुयेन भान हुङ" of "गुयेन भान हुङले").
    """
    if words is None:
        words = [(m.start(), m.end(), m.group()) for m in LETTERS_RE.finditer(text, concurrent=False)]
    if flags is None:
        flags = _flags([w for _, _, w in words], profile, extra)
    stop, _ = _stop_and_titles(profile.code)
    script = _brahmic(profile)
    particles = _particles(script) if script else frozenset()

    def spaced(a: int, b: int) -> bool:
        """Whether words ``a`` and ``b`` are joined by spaces only ("A B", not "A, B")."""
        gap_start, s = words[a][1], words[b][0]
        return (s - gap_start == 1 and text[gap_start] == " ") or not text[gap_start:s].strip(" \u00a0")

    runs, current, last = [], [], -2
    for k in itertools.compress(range(len(flags)), flags):  # the name-like words only
        if k == last + 1 and spaced(last, k):
            current.append(words[k])
            last = k
            continue
        if len(current) >= 2:
            runs.append((current, last))
        current, last = [words[k]], k
    if len(current) >= 2:
        runs.append((current, last))
    if script and profile.case_endings:
        for run, last in runs:
            if last + 1 < len(words) and spaced(last, last + 1):
                run += _stem_of(words, last + 1, profile, stop)  # "गुयेन भान हुङ" of "... हुङले"
    out = []
    for run, _ in runs:
        while run and ((run[0][2] in stop and run[0][2] not in keep and run[0][2] not in particles) or run[0][2] in extra):
            run = run[1:]
        while run and run[-1][2] in stop and run[-1][2] not in particles and run[-1][2] not in extra:
            run = run[:-1]
        if 2 <= len(run) <= MAX_NAME_RUN:  # a longer run of syllables is a list or noise, not a name
            out.append(NameRun(run[0][0], run[-1][1], tuple(run)))
    return out


def _stem_of(words, k: int, profile, stop: frozenset[str]) -> list[tuple[int, int, str]]:
    """The name-like stem of word ``k`` when a case ending is written onto it ("हुङ" of "हुङले"),
    as a word of its own that ends before the ending; nothing otherwise."""
    s, _e, w = words[k]
    stem = profile.without_case_ending(w)
    if stem == w or stem in stop or not translit.looks_like_syllable(translit.to_deva(stem, _brahmic(profile))):
        return []
    return [(s, s + len(stem), stem)]


#: Per language and set of extra words: word -> whether it may stand in a name run.
_USABLE: dict[tuple[str, frozenset[str]], dict[str, bool]] = {}
#: Words remembered per table before it is emptied (memory stays bounded on any corpus).
USABLE_CACHE_SIZE = 100_000


def _usable_words(profile, extra: frozenset[str]) -> dict[str, bool]:
    table = _USABLE.setdefault((profile.code, extra), {})
    if len(table) > USABLE_CACHE_SIZE:
        table.clear()
    return table


def _flags(words: list[str], profile, extra: frozenset[str] = frozenset()) -> list[bool]:
    """For each of ``words``, whether it may stand in a name run (known words looked up without a Python loop)."""
    usable = _usable_words(profile, extra)
    flags = list(map(usable.get, words))
    if None in flags:
        for k, w in enumerate(words):
            if flags[k] is None:
                flags[k] = usable.setdefault(w, _usable(w, profile, extra))
    return flags


def _usable(w: str, profile, extra: frozenset[str]) -> bool:
    """Name-shaped (a one-syllable word of a Brahmic script, or a capitalised Latin one) and not a
    stopword, unless a name particle or one of ``extra`` (a translated given name such as फूल, which
    is a stopword as the ordinary word it also is)."""
    stop, titles = _stop_and_titles(profile.code)
    script = _brahmic(profile)
    if script:
        if w not in extra and profile.without_case_ending(w) in extra:
            return True  # a translated given name with a case ending ("समृद्धले")
        if w in titles or not (translit.looks_like_syllable(translit.to_deva(w, script)) or w in extra):
            return False
        return w not in stop or w in _particles(script) or w in extra
    return w[0].isupper() and not w.isupper() and (w not in stop or w in extra)


@functools.lru_cache(maxsize=None)
def _stop_and_titles(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words that never stand in a name, and forms of address.  The stopwords of every shipped
    language written in the target's script count: a Hindi sentence left in a Marathi article
    holds Hindi function words ("हुई है"), which are not names either."""
    from ..languages import all_shipped_profiles, load_profile

    profile = load_profile(lang)
    titles = frozenset(profile.name_titles)
    kin = [p.name_stopwords for p in all_shipped_profiles() if not set(p.scripts).isdisjoint(profile.scripts)]
    return frozenset().union(profile.name_stopwords, *kin) | titles, titles


@functools.lru_cache(maxsize=None)
def _particles(script: str = "Deva") -> frozenset[str]:
    """Accepted spellings of Vietnamese surnames and frequent given names in ``script``; some are also Hindi words (थी, हुई, दो)."""
    data = translit.names_data()
    syllables = [*data["surnames"], *data["middle"], *data["given_names"]]
    return frozenset(translit.from_deva(s, script) for syllable in syllables for s in translit.syllable_spellings(syllable))


@functools.lru_cache(maxsize=None)
def _surname_spellings(script: str = "Deva") -> frozenset[str]:
    return frozenset(translit.from_deva(s, script) for syllable in translit.names_data()["surnames"] for s in translit.syllable_spellings(syllable))


def _sub_runs(run: NameRun, stop: frozenset[str], surnames: frozenset[str] = frozenset(), particles: frozenset[str] = frozenset()):
    """Every contiguous part with at least two words that are not stopwords, or that starts with a surname.

    A part may start or end with a name particle that is also a Hindi word
    (काओ तुओंग हुई, तो लाम), never with another stopword.
    """
    words = run.words
    edge_stop = stop - particles
    for i in range(len(words)):
        if words[i][2] in edge_stop:
            continue
        for j in range(i + 2, min(len(words), i + 5) + 1):
            if words[j - 1][2] in edge_stop:
                continue
            part = words[i:j]
            if sum(1 for _, _, w in part if w not in stop) >= 2 or part[0][2] in surnames:
                yield NameRun(part[0][0], part[-1][1], part)


def _edges(profile) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What :func:`_sub_runs` needs of the target: its stopwords, and the surnames and name particles in its script."""
    script = _brahmic(profile)
    if not script:
        return profile.name_stopwords, frozenset(), frozenset()
    return profile.name_stopwords, _surname_spellings(script), _particles(script)


@functools.lru_cache(maxsize=None)
def _word_key(script: str | None):
    """The phonetic key of one word of a name in a target of ``script`` (None: a Latin-script target)."""
    if script is None:
        return translit.latin_key
    if script == "Deva":
        return translit.deva_key
    return functools.partial(translit.brahmic_key, script=script)


def _key(run: NameRun, profile) -> tuple[str, ...]:
    if profile.code == translit.NAMES_LANGUAGE:
        # the names' own language: "Hùng" and "Hưng" are two names, only case and composition vary
        return tuple(unicodedata.normalize("NFC", w).casefold() for _, _, w in run.words)
    return tuple(map(_word_key(_brahmic(profile)), (w for _, _, w in run.words)))


def _aa_slips_merged(groups, profile):
    """Groups of full names (three words or more) merged when their spellings differ only in
    writing "ै" where the other writes "ा" ("गुयेन वैन हंग" / "गुयेन वान हंग").

    The key keeps the two apart, since "ै" also writes a Vietnamese e ("नैन" for Nên); beside
    the same other words of a full name, it is a slip.  Used without the source, which
    otherwise tells which name each spelling renders.
    """
    word_key = _word_key(_brahmic(profile))
    merged: dict[tuple[str, ...], list] = collections.defaultdict(list)
    for key, occurrences in groups.items():
        words = occurrences[0][1].words
        if len(key) >= 3:
            key = tuple(word_key(translit.ai_as_aa(w)) for _, _, w in words)
        merged[key].extend(occurrences)
    return merged if len(merged) < len(groups) else groups


def _runs(ctx, index: int) -> list[NameRun]:
    info = ctx.info(index)
    cached = info.__dict__.get("name_runs")
    if cached is None:
        flags = _flags(info.letter_words, ctx.target)
        # two name-like words side by side somewhere, before any position is computed
        if any(map(operator.and_, flags, flags[1:])):
            cached = name_runs(info.text, ctx.target, words=info.letter_runs, flags=flags)
        else:
            cached = []
        info.__dict__["name_runs"] = cached
    return cached


@rule(
    "TQ401",
    "name-variants",
    category="names",
    summary="One name spelled several ways in one document",
    severity="warning",
    scope="document",
    fixable="unsafe",
    options={"across_corpus": False},
)
def name_variants(doc, ctx):
    """The same person or place spelled differently within one article.

    MT renders each mention afresh: "गुयेन मिन्ह हंग" in one paragraph,
    "न्गुयेन मिन्ह हंग" or "गुयेन मिंह हंग" in the next.  Spellings are
    grouped by a phonetic key that folds nukta, vowel length and clusters,
    anusvara vs. nasal + virama, त्र/ट्र, द/ड, व/ब and aspirates; every
    spelling other than the most frequent (the first, on a tie) is reported
    with that spelling as suggestion.  Bengali, Gurmukhi, Gujarati, Telugu
    and Kannada lay out their Unicode blocks as Devanagari does, so their
    names are read letter for letter as Devanagari and keyed the same way
    ("নগুয়েন ভ্যান হুং" and "গুয়েন ভান হুং" are one name).  In Latin-script
    targets, "Nguyễn Minh Hưng" and "Nguyen Minh Hung" in one document are
    variants; in Vietnamese itself the diacritics tell two names apart
    (Hùng, Hưng).  A single accepted spelling is never reported.  With a
    Vietnamese source, spellings of one source name are one name even when
    a syllable is spelled against the model ("फाम शुआन थांग" and "फाम जुआन
    थांग" for Phạm Xuân Thăng): a name of three syllables or more whose
    other syllables all match counts, unless it could render two names of
    the source; and spellings the key folds together are kept apart when
    they spell different names of the source ("न्गोक तान", Ngọc Tân, and
    "न्गोक थान्ह", Ngọc Thanh).  Where the language writes case endings onto
    words (Nepali, Marathi, Bengali), a name's last word is read without its
    ending ("गुयेन भान हुङले" and "गुयेन भान हङको" are two spellings).  A
    surname spelled as a form of address ("डॉ", Dr, for Đỗ) before the rest
    of a full name the article spells with its surname elsewhere is a
    spelling of that name ("डो डुक खोआ" ... "डॉ डुक खोआ").

    With the option ``across_corpus = true`` the spellings of a whole run
    are compared as well: a document that spells a name one way while the
    rest of the corpus spells it another way gets a finding (the output is
    then written once the run is complete).

    Bad (hi): कॉमरेड गुयेन मिन्ह हंग ने सराहना की। बाद में न्गुयेन मिन्ह हंग ने बताया कि योजना लागू होगी।
    Bad (hi): सुश्री होआंग थी थू हा ने कहा। फिर होंग थी थू हा ने बताया।
    Bad (en): Nguyễn Minh Hưng spoke first. Later Nguyen Minh Hung said the plan would go ahead.
    Bad (bn): জনাব নগুয়েন ভ্যান হুং বক্তব্য দেন। পরে গুয়েন ভান হুং জানান যে কাজ চলবে।
    Bad (ne): अध्यक्ष गुयेन भान हुङले भाषण गरे। पछि गुयेन भान हङको कुरा भयो।
    Good (hi): कॉमरेड गुयेन मिन्ह हंग ने सराहना की। बाद में गुयेन मिन्ह हंग ने बताया कि योजना लागू होगी।
    Bad (vi>hi): Ông Phạm Xuân Thăng phát biểu, sau đó ông Phạm Xuân Thăng trả lời. => श्री फाम शुआन थांग ने भाषण दिया, फिर श्री फाम जुआन थांग ने उत्तर दिया।
    Good (vi>hi): Ông Nguyễn Văn Hùng và ông Nguyễn Thanh Hùng phát biểu. => श्री गुयेन वान हंग और श्री गुयेन थान हंग ने भाषण दिया।
    Good (vi>hi): Bà Nguyễn Thị Thu và bà Nguyễn Thị Thanh Hương phát biểu. => सुश्री गुयेन थी थू और सुश्री गुयेन थी थान हुओंग ने भाषण दिया।
    Good (vi>hi): Ông Phạm Ngọc Tân và bà Võ Ngọc Thanh Thịnh phát biểu. => श्री फाम न्गोक तान और सुश्री वो न्गोक थान्ह थिन्ह ने भाषण दिया।
    Bad (vi>en): Ông Nguyễn Văn Hùng nói, rồi ông Nguyễn Văn Hùng cười. => Mr Nguyen Van Hung spoke, then Mr Nguyen Van Hunk smiled.
    Bad (vi>hi): Ông Phạm Văn Thắng phát biểu, sau đó ông Phạm Văn Thắng trả lời. => श्री फाम वान थांग ने भाषण दिया, फिर श्री फ़ाम वैन थैंग ने उत्तर दिया।
    Good (vi>hi): Ông Phạm Văn Hùng và ông Phạm Văn Hưng phát biểu. => श्री फाम वान हंग और श्री फाम वान हुंग ने भाषण दिया।
    Bad (hi): श्री फाम वान थांग ने भाषण दिया। फिर श्री फाम वैन थांग ने उत्तर दिया।
    Bad (hi): श्री डो डुक खोआ ने भाषण दिया। बाद में डॉ डुक खोआ ने बताया कि काम जारी रहेगा।
    Good (hi): श्री गुयेन डुक खोआ ने भाषण दिया। बाद में डॉ डुक खोआ ने बताया कि काम जारी रहेगा।
    Good (hi): जिलों, कस्बों और शहरों के ज़िलों में काम हुआ।
    Good (en): Nguyen Minh Hung spoke first. Later Nguyen Minh Hung said the plan would go ahead.
    Good (vi): Ông Nguyễn Văn Hùng phát biểu, sau đó ông Nguyễn Văn Hưng trả lời.
    """
    stop, surnames, particles = _edges(ctx.target)
    groups: dict[tuple[str, ...], list[tuple[int, NameRun]]] = collections.defaultdict(list)
    whole: set[tuple[int, int, int]] = set()  # (segment, start, end) of the runs themselves, not their parts
    for i in range(len(doc.segments)):
        for run in _runs(ctx, i):
            whole.add((i, run.start, run.end))
            for part in _sub_runs(run, stop, surnames, particles):
                groups[_key(part, ctx.target)].append((i, part))
    if len(groups) > 1:
        _add_surnames_read_as_titles(doc, ctx, groups)
    rendering = _renderings_of_source_names(ctx) if len(groups) > 1 else None
    if rendering is None and len(groups) > 1 and _brahmic(ctx.target):
        groups = _aa_slips_merged(groups, ctx.target)
    if rendering:
        # spellings of one source name are one name, however far apart their keys ("शुआन" / "जुआन" for Xuân)
        merged: dict[object, list[tuple[int, NameRun]]] = collections.defaultdict(list)
        for key, occurrences in groups.items():
            name, exact = rendering(key)
            for i, part in occurrences:
                # a near spelling counts only as a whole name: "गुयेन थी थान" inside "गुयेन थी थान हुओंग"
                # is no spelling of another source name "Nguyễn Thị Thu"
                joined = name is not None and (exact or (i, part.start, part.end) in whole)
                merged[name if joined else key].append((i, part))
        groups = merged
    readings = _readings_in_source(ctx) if len(groups) > 1 else None
    hits = []
    for occurrences in _apart_by_reading(groups.values(), readings) if readings else groups.values():
        canonical = usual_form([unicodedata.normalize("NFC", run.text) for _, run in occurrences])
        if canonical is None:
            continue
        for i, run in occurrences:
            spelled = unicodedata.normalize("NFC", run.text)
            if spelled != canonical:
                hits.append(Hit(run.start, run.end, f"name spelled {spelled!r} here but {canonical!r} elsewhere in this document", suggestion=canonical, segment=i))
    # a variant is reported once, by its longest span
    for h in hits:
        if not any(o is not h and o.segment == h.segment and o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start) for o in hits):
            yield h


def _add_surnames_read_as_titles(doc, ctx, groups: dict) -> None:
    """Put a name whose surname is spelled as a title ("डॉ", Dr, for Đỗ) into the group of the
    full name the document spells with that surname elsewhere: "डॉ डुक खोआ" beside "डो डुक खोआ"
    is one name spelled two ways, not Dr Duc Khoa.  Titles are left out of name runs, so the
    run after one is the rest of the name."""
    titles = frozenset(ctx.target.name_titles)
    word_key = _word_key(_brahmic(ctx.target))
    full = {key[1:]: key for key in groups if len(key) >= 3}
    if not titles or not full:
        return
    for i in range(len(doc.segments)):
        text = doc.segments[i].target
        for run in _runs(ctx, i):
            key = full.get(_key(run, ctx.target))
            before = WORD_BEFORE_RE.search(text, max(0, run.start - 30), run.start) if key is not None else None
            if before is not None and before.group(1) in titles and word_key(before.group(1)) == key[0]:
                groups[key].append((i, NameRun(before.start(1), run.end, ((before.start(1), before.end(1), before.group(1)), *run.words))))


#: At most this many keyed spellings of one source name are listed (each syllable has a few).
MAX_NAME_SPELLINGS = 256


def _document_source_names(ctx) -> set[str]:
    """The Vietnamese person names of the document's source (empty without a Vietnamese source)."""
    if ctx.source is None or ctx.source.code != translit.NAMES_LANGUAGE:
        return set()
    found = ctx.memo.get("source names")
    if found is None:
        segments = ctx.document.segments
        found = ctx.memo["source names"] = {name for i, seg in enumerate(segments) if seg.source for _, _, name in _source_names(ctx.info(i, "source"))}
    return found


def _readings_in_source(ctx):
    """A function from the words of a Devanagari name to the parts of the source's names it spells
    with accepted spellings, syllable for syllable ("न्गोक थान्ह" -> {"Ngọc Thanh"}); None when the
    target is not in Devanagari or the source names nobody."""
    if _brahmic(ctx.target) != "Deva":
        return None
    names = [name.split() for name in sorted(_document_source_names(ctx))]
    if not names:
        return None

    def reading(words: tuple[str, ...]) -> frozenset[str]:
        n = len(words)
        return frozenset(
            " ".join(syllables[o:o + n])
            for syllables in names
            for o in range(len(syllables) - n + 1)
            if all(w in translit.syllable_spellings(s) for w, s in zip(words, syllables[o:o + n]))
        )

    return reading


def _apart_by_reading(groups, reading):
    """Each group of name occurrences, split where its spellings may spell different parts of the
    source's names: the phonetic key folds "न्गोक थान्ह" (Ngọc Thanh) and "न्गोक तान" (Ngọc Tân,
    or Ngọc Thanh) together, yet the source names two people.  Only spellings that may spell the
    same parts are then compared; one that spells no part is compared with none."""
    for occurrences in groups:
        spellings = {run.text: run for _, run in occurrences}
        if len({unicodedata.normalize("NFC", text) for text in spellings}) < 2:
            yield occurrences
            continue
        spelled = {text: reading(tuple(unicodedata.normalize("NFC", w) for _, _, w in run.words)) for text, run in spellings.items()}
        if len(frozenset().union(*spelled.values())) < 2:
            yield occurrences  # one part of one source name at most: the spellings are of one name
            continue
        apart: dict[frozenset[str], list] = collections.defaultdict(list)
        for i, run in occurrences:
            if spelled[run.text]:
                apart[spelled[run.text]].append((i, run))
        yield from apart.values()


def _renderings_of_source_names(ctx):
    """A function from the key of a target name to the Vietnamese name of the document's source
    it renders (None when it renders none, or could render two), and whether exactly: every
    syllable's key is an accepted one, or (not exactly) all but one of three or more are (a
    syllable spelled against the model, "जुआन" for Xuân, still names the person the source
    names).  None when the document has no Vietnamese source or the target's names are
    neither keyed by syllable nor in Latin letters."""
    script = _brahmic(ctx.target)
    if not (script or "Latn" in ctx.target.scripts):
        return None
    # the keys each syllable may take in the target: the syllable model's, or the Latin letters without diacritics
    syllable_keys = translit.syllable_keys if script else (lambda w: frozenset((translit.latin_key(w),)))
    names = _document_source_names(ctx)
    if not names:
        return None
    exact: dict[tuple[str, ...], str | None] = {}
    near: dict[tuple[str, ...], str | None] = {}
    # consonants only: "फ़ाम वैन थैंग" reads Phạm Văn Thắng with English vowels ("Van", "Thang")
    skeletons: dict[tuple[str, ...], str | None] = {}
    accepted: set[str] = set()

    def claim(table, key, name):
        table[key] = name if table.get(key, name) == name else None  # claimed by two names: neither

    for name in sorted(names):
        needle = [syllable_keys(w) for w in name.split()]
        if math.prod(map(len, needle)) > MAX_NAME_SPELLINGS:
            continue
        accepted.update(*needle)
        for key in itertools.product(*needle):
            claim(exact, key, name)
            if len(key) >= 3:
                for p in range(len(key)):
                    claim(near, key[:p] + ("",) + key[p + 1:], name)
            if len(key) >= 2:
                claim(skeletons, _skeleton(key), name)

    def rendering(key: tuple[str, ...]) -> tuple[str | None, bool]:
        if key in exact:
            return exact[key], True
        if len(key) < 2:
            return None, False
        found = {near.get(key[:p] + ("",) + key[p + 1:]) for p in range(len(key))} - {None} if len(key) >= 3 else set()
        if not found and not accepted.isdisjoint(key):
            # every syllable's consonants right, one syllable spelled as accepted, one source name so spelled
            found = {skeletons.get(_skeleton(key))} - {None}
        return (found.pop() if len(found) == 1 else None), False

    return rendering


def _skeleton(key: tuple[str, ...]) -> tuple[str, ...]:
    """The consonants of each syllable key."""
    return tuple(map(translit.key_consonants, key))


def _source_names(info) -> list[tuple[int, int, str]]:
    """:func:`source_names` of a source's analysis (:class:`~tqcheck.text.TextInfo`), read once."""
    cached = info.__dict__.get("source_names")
    if cached is None:
        cached = info.__dict__["source_names"] = source_names(info.text)
    return cached


@functools.lru_cache(maxsize=None)
def _meanings(lang: str) -> dict[str, tuple[str, ...]]:
    """Word in ``lang`` -> the Vietnamese given names it translates."""
    table: dict[str, list[str]] = collections.defaultdict(list)
    for name, words in translit.names_data().get("meanings", {}).get(lang, {}).items():
        for w in words:
            table[unicodedata.normalize("NFC", w)].append(name)
    return {k: tuple(v) for k, v in table.items()}


@functools.lru_cache(maxsize=None)
def _meaning_words(lang: str) -> frozenset[str]:
    return frozenset(_meanings(lang))


#: Code points of a translated given name's start looked for before its case ending is taken off.
MEANING_START = 3


@functools.lru_cache(maxsize=None)
def _meaning_starts(lang: str) -> frozenset[str]:
    return frozenset(w[:MEANING_START] for w in _meanings(lang))


def _surname_form(word: str, script: str | None) -> str:
    """What of a target word is compared with :func:`_surnames_in`: the Devanagari word itself, the
    phonetic key of a word in another Brahmic script (whose own spelling conventions, such as
    Bengali য় for a glide, the letter-for-letter mapping does not reproduce), or the Latin form
    without diacritics."""
    return word if script == "Deva" else _word_key(script)(word)


@functools.lru_cache(maxsize=None)
def _surnames_in(script: str | None) -> frozenset[str]:
    """Surnames as :func:`_surname_form` gives them for a target in ``script`` (None: a Latin-script target)."""
    if script == "Deva":
        return _surname_spellings()
    if script:
        return frozenset(translit.deva_key(s) for s in _surname_spellings())
    return frozenset(translit.latin_key(k) for k in translit.names_data()["surnames"])


@rule(
    "TQ402",
    "name-translated",
    category="names",
    summary="A given name translated as a word (Hồng -> \"गुलाबी\", pink)",
    severity="error",
    fixable="unsafe",
)
def name_translated(seg, ctx):
    """A Vietnamese given name rendered by its meaning instead of its sound.

    Many given names are ordinary words: Hồng (pink), Hương (fragrance),
    Thanh (blue), Hưng (prosperous).  MT engines translate them: "गुयेन
    मिन्ह समृद्ध" for Nguyễn Minh Hưng.  A name that starts with a known
    surname and holds such a word is reported, with the transliteration as
    suggestion.  The meaning lists are data (``data/vi-names.toml``), for
    Hindi, Marathi, Nepali, Bengali and English; in Bengali the surname is
    recognised by its phonetic key and the suggestion is written with
    Bengali's own spellings (গুয়েন মিন হুং).  A word that translates
    several names ("प्रकाश": Quang, Ánh) is read as the one the source
    has, which the suggestion then spells.

    Bad (hi): अध्यक्ष कॉमरेड गुयेन मिन्ह समृद्ध ने सराहना की।
    Bad (hi): सुश्री डो थी गुलाबी लोआन ने प्रतिनिधियों से कहा।
    Bad (hi): सुश्री ले थी फूल ने भाषण दिया।
    Bad (en): Chairman Nguyen Minh Prosperous praised the sector.
    Bad (bn): চেয়ারম্যান নগুয়েন মিন সমৃদ্ধ খাতটির প্রশংসা করেন।
    Bad (mr): अध्यक्ष न्गुयेन मिन्ह समृद्ध यांनी कौतुक केले.
    Good (hi): अध्यक्ष कॉमरेड गुयेन मिन्ह हंग ने सराहना की।
    Good (hi): उन्होंने गुलाबी रंग की साड़ी पहनी और नीला झंडा लहराया।
    Good (hi): किसानों ने फूल और फल बेचे।
    Good (en): Nguyen Minh Hung praised the bright future of the province.
    Bad (vi>hi): Bà Nguyễn Thị Ánh nói. => सुश्री गुयेन थी प्रकाश ने कहा।
    Bad (vi>hi): Bà Nguyễn Thị Hà nói. => सुश्री गुयेन थी नदी ने कहा।
    Bad (vi>en): Ông Lê Minh phát biểu. => Mr Le Bright spoke.
    Good (vi>hi): Ông Đỗ Hùng nói hai đội thắng. => श्री डो हंग ने कहा कि दो जीत हुईं।
    Good (vi>hi): Sông Đồng Nai dài. => डोंग नाई नदी लंबी है।
    """
    meanings = _meanings(ctx.target.code)
    if not meanings:
        return
    text = seg.target
    words = ctx.text.letter_words
    if _meaning_words(ctx.target.code).isdisjoint(words):
        endings = ctx.target.case_endings
        # a meaning with a case ending written onto it ("समृद्धले") still starts with the meaning
        if not endings or _meaning_starts(ctx.target.code).isdisjoint(w[:MEANING_START] for w in words):
            return
    script = _brahmic(ctx.target)
    surnames = _surnames_in(script)
    if script == "Deva" and surnames.isdisjoint(words):
        return  # a name starts at its surname
    particles = _particles(script) if script else frozenset()
    for run in name_runs(text, ctx.target, extra=_meaning_words(ctx.target.code), keep=particles, words=ctx.text.letter_runs):
        # the name starts at its surname ("Chairman Nguyen Minh ...")
        first = next((k for k, (_, _, w) in enumerate(run.words) if _surname_form(w, script) in surnames), None)
        # a surname, a name syllable and the translated word at least ("दो जीत" is "two wins"); a
        # surname and the word only where the source has such a two-word name ("Ông Lê Minh")
        if first is None or len(run.words) - first < (2 if seg.source else 3):
            continue
        run = NameRun(run.words[first][0], run.end, run.words[first:])
        # (word, its meaning's form): the name's last word may carry a case ending ("गुयेन भान
        # समृद्धले" in Nepali), whose stem is the meaning
        last = run.words[-1][2]
        translated = [(s, e, w, w if w in meanings or w != last else ctx.target.without_case_ending(w)) for s, e, w in run.words]
        translated = [t for t in translated if t[3] in meanings]
        if not translated:
            continue
        if len(run.words) == 2 and not any(not _two_word_given_names(ctx).isdisjoint(meanings[stem]) for *_, stem in translated):
            continue
        in_source = frozenset(ctx.src.letter_words) if seg.source else frozenset()
        last = translated[-1]
        if last[2] in ctx.target.place_words and last[1] == run.end and in_source.isdisjoint(meanings[last[3]]):
            continue  # "डोंग नाई नदी": a place and its river, not a name, unless the source has the name (Hà)
        # a word may translate several names ("प्रकाश": Quang, Ánh): the source's, when it has one
        read = {stem: [n for n in meanings[stem] if n in in_source] or meanings[stem] for _, _, _, stem in translated}
        suggestion = run.text
        for _, _, w, stem in translated:
            names = read[stem]
            rendered = translit.from_deva(translit.vi_to_deva(names[0]) or "", script) if script else translit.latin_key(names[0]).title()
            # a script without a letter the rendering needs (Tamil has no aspirates) gets no suggestion
            if rendered and not any(unicodedata.category(c) == "Cn" for c in rendered):
                suggestion = suggestion.replace(w, rendered + w[len(stem):])
        listed = ", ".join(f"{w!r} ({'/'.join(read[stem])})" for _, _, w, stem in translated)
        yield Hit(run.start, run.end, f"given name translated as a word in {run.text!r}: {listed}", suggestion=suggestion)


VI_NAME_RE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,4}(?![\p{L}\p{M}])")


def _two_word_given_names(ctx) -> frozenset[str]:
    """The given names of the source's two-word names ("Minh" of "Ông Lê Minh")."""
    return frozenset(n.split()[1] for _, _, n in _source_names(ctx.src) if len(n.split()) == 2)


@functools.lru_cache(maxsize=None)
def _source_name_facts() -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """Surnames (lower case), words that are not names, and a pattern for any capitalised surname (standard engine: faster here)."""
    data = translit.names_data()
    surnames = frozenset(k.lower() for k in data["surnames"])
    capitalised = sorted({s[:1].upper() + s[1:] for s in surnames})
    return surnames, frozenset(data["not_names"]), any_of(frozenset(capitalised))


@functools.lru_cache(maxsize=1)
def _title_re() -> regex.Pattern:
    """A form of address right before the name, or an office up to six words before it (case as written)."""
    data = translit.names_data()

    def alternation(words):
        return "(?:" + "|".join(regex.escape(t) for t in sorted(words, key=len, reverse=True)) + ")"

    edge = r"(?:^|[^\p{L}\p{M}])"
    return regex.compile(
        rf"{edge}{alternation(data['honorifics'])}[\s,]*$|{edge}{alternation(data['titles'])}(?![\p{{L}}\p{{M}}])[\s,]*(?:[\p{{L}}\p{{M}}]+\s+){{0,6}}$"
    )


def source_names(text: str) -> list[tuple[int, int, str]]:
    """Vietnamese person names in a source: a title, then a known surname and more syllables.

    Without a title ("ông", "bà", "Chủ tịch ...") capitalised runs are too
    often places, bodies or headline words ("Thái Bình Dương", the Pacific).
    """
    surnames, not_names, any_surname = _source_name_facts()
    if any_surname.search(text) is None:
        return []  # every name starts at a surname
    out = []
    for m in VI_NAME_RE.finditer(text, concurrent=False):
        words = m.group().split()
        # drop organisation and title words in front ("Chủ tịch UBND Nguyễn Văn A")
        start = 0
        while start < len(words) and (words[start] in not_names or words[start].lower() not in surnames):
            start += 1
        words = words[start:]
        if len(words) < 2 or any(translit.split_syllable(w) is None for w in words):
            continue
        offset = m.start() + m.group().index(words[0])
        if not _title_re().search(text[max(0, offset - 80):offset]):
            continue
        out.append((offset, offset + len(" ".join(words)), " ".join(words)))
    return out


@functools.lru_cache(maxsize=1)
def _place_patterns() -> tuple[regex.Pattern, re.Pattern]:
    """A place's name (group 1) after a word for an administrative unit (``place_units`` in the
    names data), and a test for the units' last words, which a text must hold for the first to match."""
    units = translit.names_data()["place_units"]

    def either_case(word: str) -> str:
        first = word[0]
        return f"[{first}{first.upper()}]{regex.escape(word[1:])}" if first.islower() else regex.escape(word)

    alternation = "|".join(" ".join(map(either_case, u.split())) for u in sorted(units, key=len, reverse=True))
    place = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?:{alternation})[ \t]+(\p{{Lu}}[\p{{Ll}}\p{{M}}]*(?:[ \t]+\p{{Lu}}[\p{{Ll}}\p{{M}}]*){{1,3}})(?![\p{{L}}\p{{M}}])"
    )
    last_words = {u.split()[-1].rstrip(".") for u in units}
    return place, any_of(frozenset(last_words | {w[0].upper() + w[1:] for w in last_words}))


def source_places(text: str) -> list[tuple[int, int, str]]:
    """Vietnamese place names of two to four syllables after a word for an administrative unit ("tỉnh Hải Dương")."""
    place, hint = _place_patterns()
    if hint.search(text) is None:
        return []
    out = []
    for m in place.finditer(text, concurrent=False):
        words = m.group(1).split()
        if all(translit.split_syllable(w) is not None for w in words):
            out.append((m.start(1), m.end(1), " ".join(words)))
    return out


@functools.lru_cache(maxsize=None)
def _known_places(lang: str, names_glossary: str | None) -> frozenset[str]:
    """Places not expected transliterated: those with an established name, and foreign places by their Vietnamese reading."""
    return frozenset(_gazetteer(lang, names_glossary)[0]) | frozenset(translit.names_data().get("foreign_places", ()))


def _apart(span: tuple[int, int, str], spans: list[tuple[int, int, str]]) -> bool:
    """True when ``span`` overlaps none of ``spans`` (a name found twice is checked once)."""
    return all(span[0] >= e or span[1] <= s for s, e, _ in spans)


def _joined(keys: tuple[str, ...], needle: list[frozenset[str]]) -> bool:
    """True when one word of ``keys`` renders all of ``needle``'s syllables written together ("वियतनाम")."""
    if len(needle) > 4:
        return False
    joined = {"".join(parts) for parts in itertools.product(*needle)}
    return not joined.isdisjoint(keys)


@rule(
    "TQ403",
    "name-not-rendered",
    category="names",
    summary="A Vietnamese name of the source has no acceptable rendering in the target",
    severity="warning",
    needs_source=True,
)
def name_not_rendered(seg, ctx):
    """A person or place named in the source who cannot be found in the target.

    Each Vietnamese name of the source (a known surname followed by
    syllables, or a place after "tỉnh", "huyện", "xã", "thành phố"...) is
    transliterated into the target's script and looked up by phonetic key,
    so accepted variants (गुयेन / न्गुयेन, ट्रान / त्रान, दांग / डांग) all
    match; a place may also be written as one word ("वियतनाम"), and places
    with an established name are TQ404's.  A name translated word by word
    ("Hải Dương" as "समुद्र सॉस", sea sauce) is not found.  A name left in Latin letters, garbled, or
    dropped is reported on the source, with the expected spelling as
    suggestion.  For Latin-script targets the name is expected with or
    without diacritics; Bengali, Gurmukhi, Gujarati, Telugu and Kannada are
    read as Devanagari (see TQ401); targets in other scripts (Tamil, Thai,
    Chinese...) are checked only against the names glossary.  A names glossary (``names`` in the configuration:
    TSV/CSV with source name, target spelling, accepted variants) overrides
    the model for the names it lists.

    Bad (vi>hi): Ông Lê Quang Tuấn phát biểu. => श्री ले क्वान तुआन ने भाषण दिया।
    Bad (vi>hi): Ông Lê Quang Tuấn phát biểu. => श्री Lê Quang Tuấn ने भाषण दिया।
    Bad (vi>en): Ông Lê Quang Tuấn phát biểu. => Mr Le Quan Tuan spoke.
    Bad (vi>hi): Tỉnh Hải Dương đạt kết quả tốt. => समुद्र सॉस प्रांत ने अच्छे परिणाम हासिल किए।
    Good (vi>hi): Tỉnh Hải Dương đạt kết quả tốt. => हाई डुओंग प्रांत ने अच्छे परिणाम हासिल किए।
    Good (vi>en): Đoàn công tác thăm huyện Gia Lộc. => The delegation visited Gia Loc district.
    Good (vi>hi): Ông Lê Quang Tuấn phát biểu. => श्री ले क्वांग तुआन ने भाषण दिया।
    Good (vi>hi): Bà Nguyễn Thị Thanh Hương nói. => सुश्री न्गुयेन थी थान हुओंग ने कहा।
    Good (vi>en): Ông Lê Quang Tuấn phát biểu. => Le Quang Tuan spoke.
    Good (vi>mr): Ông Nguyễn Văn Hùng phát biểu. => श्री न्गुयेन व्हान हुंग यांनी भाषण केले.
    Good (vi>bn): Ông Nguyễn Văn Hùng phát biểu. => জনাব নগুয়েন ভ্যান হুং বক্তব্য দেন।
    Good (vi>ne): Ông Nguyễn Văn Hùng phát biểu. => श्री गुयेन भान हुङले भाषण गरे।
    Good (vi>mr): Ông Nguyễn Văn Hùng phát biểu. => श्री गुयेन व्हान हुंगने भाषण केले.
    """
    script, latin = _brahmic(ctx.target), "Latn" in ctx.target.scripts
    user = _user_names(ctx)
    if not script and not latin and not user:
        return  # no transliteration model for this script: nothing to expect
    names = list(_source_names(ctx.src))
    names += [n for n in _user_names_in(seg.source, user) if _apart(n, names)]
    places = [p for p in source_places(seg.source) if p[2] not in _known_places(ctx.target.code, ctx.config.names) and _apart(p, names)]
    names += places
    if not names:
        return
    kinds = {p: "place" for p in places}
    target = seg.target
    if script:
        key = _word_key(script)
        keys = tuple(key(w) for _, _, w in ctx.text.letter_runs)
        stems = None  # computed when a name is not found as it is
    else:
        folded = translit.latin_key(target)
    for s, e, name in names:
        entry = user.get(translit.latin_key(name))
        if entry is not None:
            # the user's glossary decides: one of its spellings must be there
            if not any(form in target for form in entry.renderings):
                yield Hit(s, e, f"name {name!r} should be written {entry.target!r} (names glossary), which the target does not contain", suggestion=entry.target, field="source")
            continue
        what = kinds.get((s, e, name), "name")
        if script:
            rendered = translit.name_in_script(name, script)
            needle = [translit.syllable_keys(w) for w in name.split()]
            if rendered is None or _contains(keys, needle) or (what == "place" and _joined(keys, needle)):
                continue
            if ctx.target.case_endings:
                # a case ending written onto the name's last word ("गुयेन भान हुङले" in Nepali)
                stems = stems or tuple(key(ctx.target.without_case_ending(w)) for _, _, w in ctx.text.letter_runs)
                if _contains(keys, needle, stems):
                    continue
            if translit.latin_key(name) in translit.latin_key(target):
                how = "left in Latin letters"
            else:
                how = "not found"
            yield Hit(s, e, f"{what} {name!r} {how} in the target (expected e.g. {rendered!r})", suggestion=rendered, field="source")
        elif latin:
            key = translit.latin_key(name)
            if key in folded or (what == "place" and key.replace(" ", "") in folded.replace(" ", "")):
                continue
            yield Hit(s, e, f"{what} {name!r} not found in the target", suggestion=key.title(), field="source")


def _user_names(ctx) -> dict:
    """The user's names glossary (``names`` in the configuration), keyed by the source name without diacritics."""
    path = ctx.config.names
    if not path:
        return {}
    from .. import glossary

    return {translit.latin_key(e.source): e for e in glossary.load(path) if e.target_lang in (None, ctx.target.code)}


def _user_names_in(source: str, user: dict) -> list[tuple[int, int, str]]:
    """Glossary names found in ``source``, with or without diacritics."""
    if not user:
        return []  # no glossary: nothing to fold the source for
    folded = translit.latin_key(source)
    aligned = len(folded) == len(source)  # folding kept every offset (precomposed text)
    out = []
    for key, entry in user.items():
        at = folded.find(key) if aligned else source.find(entry.source)
        if at >= 0:
            end = at + (len(key) if aligned else len(entry.source))
            out.append((at, end, source[at:end]))
    return out


def _contains(haystack: tuple[str, ...], needle: list[frozenset[str]], stems: tuple[str, ...] | None = None) -> bool:
    """True when consecutive words of ``haystack`` have keys in each of ``needle``'s sets; with
    ``stems`` (the keys of the words without a case ending), the last word may match by its stem."""
    n = len(needle)
    return any(
        all(haystack[i + k] in needle[k] for k in range(n - 1)) and (haystack[i + n - 1] in needle[-1] or (stems is not None and stems[i + n - 1] in needle[-1]))
        for i in range(len(haystack) - n + 1)
    )




@rule(
    "TQ404",
    "exonym",
    category="names",
    summary="A place with an established exonym spelled letter by letter (Hà Nội -> \"हा नोई\" instead of \"हनोई\")",
    severity="info",
    needs_source=True,
)
def exonym(seg, ctx):
    """A place name of the source that has an established name in the target language, which the target does not use.

    The gazetteer (``data/vi-names.toml``, ``[exonyms.LANG]``, extended by
    the ``names`` glossary of the configuration) lists the accepted forms:
    Hà Nội is "हनोई" in Hindi and "Hanoi" in English.  When
    none of them appears but the place's transliteration (or the Vietnamese
    form) does, the accepted form is suggested.

    Bad (vi>hi): Hội nghị tại Đà Nẵng. => सम्मेलन Đà Nẵng में हुआ।
    Bad (vi>en): Hội nghị tại Hà Nội. => The meeting took place in Hà Nội.
    Good (vi>hi): Hội nghị tại Hà Nội. => सम्मेलन हनोई में हुआ।
    Good (vi>en): Hội nghị tại Hà Nội. => The meeting took place in Hanoi.
    """
    table, any_place = _gazetteer(ctx.target.code, ctx.config.names)
    source, target = seg.source, seg.target
    if any_place.search(source) is None:
        return
    for place, accepted in table.items():
        if place not in source or any(form in target for form in accepted):
            continue
        at, end = _locate(place, target, ctx)
        if at >= 0:
            yield Hit(at, end, f"{place} has an established {ctx.target.name} name: {accepted[0]!r}", suggestion=accepted[0])


@functools.lru_cache(maxsize=None)
def _gazetteer(lang: str, names_glossary: str | None) -> tuple[dict[str, list[str]], re.Pattern]:
    """Place -> accepted forms in ``lang``, and a pattern that finds whether any place occurs (the standard engine, faster here)."""
    table = dict(translit.names_data().get("exonyms", {}).get(lang, {}))
    if names_glossary:
        from .. import glossary

        for e in glossary.load(names_glossary):
            if e.target_lang in (None, lang):
                table[e.source] = list(e.renderings)  # the user's gazetteer extends and overrides the shipped one
    return table, any_of(frozenset(table))


def _locate(place: str, target: str, ctx) -> tuple[int, int]:
    """Where ``place`` stands in the target: left as it is, without diacritics, or spelled out syllable by syllable."""
    at = target.find(place)
    if at >= 0:
        return at, at + len(place)
    if _is_deva(ctx.target):
        runs = ctx.text.letter_runs
        needle = [translit.syllable_keys(w) for w in place.split()]
        keys = [translit.deva_key(w) for _, _, w in runs]
        for i in range(len(keys) - len(needle) + 1):
            if all(keys[i + k] in needle[k] for k in range(len(needle))):
                return runs[i][0], runs[i + len(needle) - 1][1]
        return -1, -1
    folded = translit.latin_key(target)
    if len(folded) != len(target):
        return -1, -1  # decomposed text: folded offsets would not be the text's
    at = folded.find(translit.latin_key(place))
    return (at, at + len(translit.latin_key(place))) if at >= 0 else (-1, -1)


def corpus_variants(documents) -> list:
    """TQ401 across documents: spellings that the rest of the corpus writes otherwise.

    Variants inside one document are the document rule's findings; here a
    document is reported only when it does not contain the corpus's usual
    spelling of the name at all.
    """
    from ..engine import _context, position
    from ..languages import load_profile
    from ..model import Finding, Severity
    from ..registry import RULES

    rule_ = RULES["TQ401"]
    groups: dict[tuple, list] = collections.defaultdict(list)
    for doc in documents:
        profile = load_profile(doc.target_lang)
        edges = _edges(profile)
        for seg in doc.segments:
            for run in name_runs(seg.target, profile):
                for part in _sub_runs(run, *edges):
                    key = (profile.code, _key(part, profile))
                    groups[key].append((doc.path, seg, part, unicodedata.normalize("NFC", part.text)))
    out = []
    for occurrences in groups.values():
        spellings = collections.Counter(spelled for *_, spelled in occurrences)
        if len(spellings) < 2:
            continue
        usual = max(sorted(spellings), key=lambda sp: spellings[sp])
        docs_with_usual = {(path, seg.id) for path, seg, _, spelled in occurrences if spelled == usual}
        for path, seg, part, spelled in occurrences:
            if spelled == usual or (path, seg.id) in docs_with_usual:
                continue
            line, column = position(seg, part.start)
            out.append(Finding(
                path=path, record=seg.id, field=seg.field, line=line, column=column, start=part.start, end=part.end,
                code=rule_.code, name=rule_.name, category=rule_.category, severity=Severity.WARNING,
                message=f"name spelled {spelled!r} here but {usual!r} in {spellings[usual]} places elsewhere in this corpus",
                suggestion=usual, context=_context(seg.target, part.start, part.end),
            ))
    kept = [f for f in out if not any(o is not f and o.path == f.path and o.record == f.record and o.line == f.line
                                          and o.start <= f.start and f.end <= o.end and (o.end - o.start) > (f.end - f.start) for o in out)]
    return kept
