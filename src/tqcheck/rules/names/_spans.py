"""Where names stand: runs of name-like words in a target, and the names and places of a Vietnamese
source.
"""
from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

import regex

from ...languages import translit
from ...text import LETTERS_RE, LazyPattern, any_of


MAX_NAME_RUN = 12


class NameRun(NamedTuple):
    start: int
    end: int
    words: tuple[tuple[int, int, str], ...]

    @property
    def text(self) -> str:
        return " ".join(w for _, _, w in self.words)


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
    from ...languages import all_shipped_profiles, load_profile

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


@functools.lru_cache(maxsize=None)
def _word_key(script: str | None):
    """The phonetic key of one word of a name in a target of ``script`` (None: a Latin-script target)."""
    if script is None:
        return translit.latin_name_key
    if script == "Deva":
        return translit.deva_key
    return functools.partial(translit.brahmic_key, script=script)


def _source_names(info) -> list[tuple[int, int, str]]:
    """:func:`source_names` of a source's analysis (:class:`~tqcheck.text.TextInfo`), read once."""
    cached = info.__dict__.get("source_names")
    if cached is None:
        cached = info.__dict__["source_names"] = source_names(info.text)
    return cached


VI_NAME_RE = LazyPattern(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,4}(?![\p{L}\p{M}])")


@functools.lru_cache(maxsize=None)
def _source_name_facts() -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """Surnames (lower case), words that are not names, and a pattern for any capitalised surname (standard engine: faster here)."""
    data = translit.names_data()
    surnames = frozenset(k.lower() for k in data["surnames"])
    capitalised = sorted({s[:1].upper() + s[1:] for s in surnames})
    return surnames, frozenset(data["not_names"]), any_of(frozenset(capitalised))


def _either_case(word: str) -> str:
    """``word`` as a pattern that also matches it with a capital first letter."""
    first = word[0]
    return f"[{first}{first.upper()}]{regex.escape(word[1:])}" if first.islower() else regex.escape(word)


@functools.lru_cache(maxsize=1)
def _title_re() -> regex.Pattern:
    """A form of address right before the name, or an office up to six words before it (case as written)."""
    data = translit.names_data()

    def alternation(words):  # a title opening a sentence is capitalised ("Bác sĩ Trần Văn Khoa")
        return "(?:" + "|".join(_either_case(t) for t in sorted(set(words), key=len, reverse=True)) + ")"

    edge = r"(?:^|[^\p{L}\p{M}])"
    return regex.compile(
        rf"{edge}{alternation(data['honorifics'] + data['roles'])}[\s,]*$|{edge}{alternation(data['titles'])}(?![\p{{L}}\p{{M}}])[\s,]*(?:[\p{{L}}\p{{M}}]+\s+){{0,6}}$"
    )


def source_names(text: str) -> list[tuple[int, int, str]]:
    """Vietnamese person names in a source: a title, then a known surname and more syllables.

    Without a title ("ông", "bà", "Chủ tịch ...") capitalised runs are too
    often places, bodies or headline words ("Thái Bình Dương", the Pacific).
    A role ("bị cáo", defendant; "tiền đạo", forward) stands right before
    the name; an office may have its body between ("Giám đốc Sở Y tế ...").

    >>> [name for _, _, name in source_names("Bác sĩ Trần Văn Khoa và bị cáo Ngô Thanh Bình có mặt.")]
    ['Trần Văn Khoa', 'Ngô Thanh Bình']
    >>> source_names("Tiền đạo của Kỵ binh Hoàng Gia chuyền bóng.")
    []
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
    alternation = "|".join(" ".join(map(_either_case, u.split())) for u in sorted(units, key=len, reverse=True))
    place = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?:{alternation})[ \t]+(\p{{Lu}}[\p{{Ll}}\p{{M}}]*(?:[ \t]+\p{{Lu}}[\p{{Ll}}\p{{M}}]*){{1,3}})(?![\p{{L}}\p{{M}}])"
    )
    last_words = {u.split()[-1].rstrip(".") for u in units}
    return place, any_of(frozenset(last_words | {w[0].upper() + w[1:] for w in last_words}))


def _source_places(info) -> list[tuple[int, int, str]]:
    """:func:`source_places` of a source's analysis (:class:`~tqcheck.text.TextInfo`), read once."""
    cached = info.__dict__.get("source_places")
    if cached is None:
        cached = info.__dict__["source_places"] = source_places(info.text)
    return cached


def source_places(text: str) -> list[tuple[int, int, str]]:
    """Vietnamese place names of two to four syllables after a word for an administrative unit
    ("tỉnh Hải Dương"), and the provinces and cities of the names data wherever they stand ("tại
    Đồng Hới")."""
    place, hint = _place_patterns()
    out = []
    if hint.search(text) is not None:
        for m in place.finditer(text, concurrent=False):
            words = m.group(1).split()
            if all(translit.split_syllable(w) is not None for w in words):
                out.append((m.start(1), m.end(1), " ".join(words)))
    if _any_known_place().search(text) is None:
        return out
    known = [(m.start(), m.end(), m.group()) for m in _known_place_re().finditer(text) if not _in_longer_name(text, m.start())]
    if known and _known_place_re(foreign=True).search(text) is not None:
        known = []  # a text about China: "Tây Ninh của Thanh Hải" is Xining, of Qinghai
    if known:
        out = sorted(out + [k for k in known if all(k[0] >= e or k[1] <= s for s, e, _ in out)])
    return out


#: A capitalised word just before a position, and what stands before that word.
CAPITALISED_BEFORE_RE = LazyPattern(r"(?:^|(.)[ \t]*)\p{Lu}[\p{L}\p{M}]*[ \t]+$")


def _in_longer_name(text: str, start: int) -> bool:
    """Whether the word before ``start`` is capitalised and does not begin a sentence: the place's
    name is then the end of a longer one ("Thái Bình Dương", the Pacific; not "Tại Đồng Hới")."""
    m = CAPITALISED_BEFORE_RE.search(text, max(0, start - 24), start)
    return m is not None and m.start() > 0 and m.group(1) not in ".!?:;\"“”'‘’()[]-–—\n"


@functools.lru_cache(maxsize=1)
def _any_known_place() -> re.Pattern:
    """Finds whether a text holds a province or city of the names data anywhere (the standard engine, faster here)."""
    return any_of(frozenset(translit.names_data().get("places", ())))


@functools.lru_cache(maxsize=2)
def _known_place_re(foreign: bool = False) -> regex.Pattern:
    """The provinces and cities of the names data (``foreign``: the foreign places it names by their
    Sino-Vietnamese reading), as whole names: no capitalised word right after ("Thái Bình Dương" is
    the Pacific Ocean)."""
    places = sorted(translit.names_data().get("foreign_places" if foreign else "places", ()), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(map(regex.escape, places)) + r")(?![ \t]+\p{Lu}|[\p{L}\p{M}])")


@functools.lru_cache(maxsize=None)
def _gazetteer(lang: str, names_glossary: str | None) -> tuple[dict[str, list[str]], re.Pattern]:
    """Place -> accepted forms in ``lang``, and a pattern that finds whether any place occurs (the standard engine, faster here)."""
    table = dict(translit.names_data().get("exonyms", {}).get(lang, {}))
    if names_glossary:
        from ... import glossary

        for e in glossary.load(names_glossary):
            if e.target_lang in (None, lang):
                table[e.source] = list(e.renderings)  # the user's gazetteer extends and overrides the shipped one
    return table, any_of(frozenset(table))


@functools.lru_cache(maxsize=1)
def addressed_given_name_re() -> regex.Pattern:
    """A form of address before a lone given name ("ông Thắng", "Bà Hoa"): the way Vietnamese
    news refers to a person already named in full."""
    honorifics = sorted(translit.names_data()["honorifics"], key=len, reverse=True)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?:{'|'.join(map(regex.escape, honorifics))})[ \t]+(\p{{Lu}}[\p{{Ll}}\p{{M}}]*)(?![\p{{L}}\p{{M}}])(?![ \t]+\p{{Lu}})"
    )


@functools.lru_cache(maxsize=None)
def _folded_titles(lang: str) -> frozenset[str]:
    return frozenset(t.casefold() for t in _stop_and_titles(lang)[1])


def addressed_words(text: str, runs: list[tuple[int, int, str]], lang: str):
    """(start of the form of address, start, end, word) of each word right after one of ``lang``'s
    forms of address, maybe after its full stop ("श्री विजय", "Ms. Flower"), and the word after
    it, if it follows with nothing but spaces between (None otherwise)."""
    titles = _folded_titles(lang)
    if titles.isdisjoint(w.casefold() for _, _, w in runs):
        return
    for (ts, te, title), (s, e, w), after in zip(runs, runs[1:], [*runs[2:], None]):
        if title.casefold() in titles and not text[te:s].strip(" \t."):
            yield ts, s, e, w, after if after is not None and not text[e:after[0]].strip() else None
