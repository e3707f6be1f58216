"""A change given the other way round (TQ514): "giảm 5%" (down 5%) rendered "5% की वृद्धि" (a 5% rise)."""
from __future__ import annotations

import bisect
import collections
import functools
import re

from ...languages import load_profile
from ...languages.translit import nukta_fold, nukta_pattern
from ...model import Hit
from ...numerals import ANY_DIGIT_RE, Mention, value_key
from ...registry import rule
from ...text import TextInfo
from ._readings import _mentions

RISE, FALL = 1, -1
#: Words on either side of a figure that may say which way it went ("tăng 5%", "5% की वृद्धि",
#: "rose by almost 5%"): a word farther off, or past another figure, a line or a sentence's end,
#: says it of something else.
WINDOW = 3
#: What ends a figure's reach between it and a word, besides another figure and the language's
#: sentence-final marks: a line, a semicolon.
BARRIERS = frozenset("\n;")
#: The sentence-final marks of a text whose language names none (every language ends some with these).
DEFAULT_STOPS = (".", "!", "?")


def _key(word: str) -> str:
    """A word as the direction tables hold it: case-folded, without nukta ("बढ़ा" and "बढा" alike;
    the engine has composed the texts, as the profiles are)."""
    return nukta_fold(word.casefold())


@functools.lru_cache(maxsize=None)
def _directions(lang: str) -> tuple[dict[str, int], re.Pattern | None]:
    """The profile's words for a rise and a fall, each keyed as :func:`_key` keys the text's
    words, and a pattern finding any of them, with or without nukta, in the case-folded text."""
    profile = load_profile(lang)
    table = {_key(w): RISE for w in profile.rise_words}
    table.update((_key(w), FALL) for w in profile.fall_words)
    if not table:
        return table, None
    return table, re.compile("|".join(nukta_pattern(w) for w in sorted(table, key=len, reverse=True)))


def _directed(info: TextInfo, figures: list[Mention], table: dict[str, int]):
    """(figure, direction, word span) for each of ``figures`` that the nearest direction word
    within :data:`WINDOW` words says rose or fell; none where the nearest two disagree."""
    text, runs = info.text, info.letter_runs
    starts = [s for s, _, _ in runs]
    barriers = BARRIERS.union(info.sentence_end or DEFAULT_STOPS)
    for m in figures:
        before = bisect.bisect_left(starts, m.start) - 1
        after = bisect.bisect_left(starts, m.end)
        found = [
            f for f in (
                _nearest(text, runs, range(before, max(-1, before - WINDOW), -1), m.start, table, barriers, backwards=True),
                _nearest(text, runs, range(after, min(len(runs), after + WINDOW)), m.end, table, barriers, backwards=False),
            ) if f is not None
        ]
        if not found:
            continue
        found.sort(key=lambda f: f[0])
        if len(found) == 2 and found[0][0] == found[1][0] and found[0][1] != found[1][1]:
            continue  # as near a rise as a fall: no telling
        yield m, found[0][1], found[0][2]


def _nearest(text: str, runs: list[tuple[int, int, str]], order: range, edge: int, table: dict[str, int], barriers: frozenset[str], backwards: bool) -> tuple[int, int, tuple[int, int]] | None:
    """(distance, direction, span) of the first direction word among the words ``runs[k]`` for
    ``k`` in ``order``, walking from a figure's ``edge`` (its start when ``backwards``, else its
    end); None when one of ``barriers`` or another figure comes first."""
    at = edge
    for distance, k in enumerate(order):
        s, e, word = runs[k]
        gap = text[e:at] if backwards else text[at:s]
        if not barriers.isdisjoint(gap) or ANY_DIGIT_RE.search(gap) is not None:
            return None
        at = s if backwards else e
        direction = table.get(_key(word))
        if direction is not None:
            return distance, direction, (s, e)
    return None


@rule(
    "TQ514",
    "change-direction",
    category="numbers",
    summary="A change given the other way round: a fall rendered as a rise (\"giảm 5%\" -> \"5% की वृद्धि\")",
    severity="warning",
    needs_source=True,
    trigger=ANY_DIGIT_RE,
)
def direction_flipped(seg, ctx):
    """A figure the source says rose that the target says fell, or the other way round.

    MT now and then swaps a verb of change for its opposite: "doanh thu
    giảm 5%" (revenue fell 5%) becomes "राजस्व में 5% की वृद्धि हुई"
    (rose 5%), and every figure still matches.  Each figure is tied to the
    nearest word of rise or fall within three words on either side (the
    profile's ``[change]`` words: "tăng", "giảm"; "बढ़कर", "गिरावट"; "rose",
    "decline"), not past another figure, a line, a sentence's end or a semicolon; a
    figure as near a word of rise as one of fall is tied to neither.  A
    target figure is reported when the source ties every figure of the same
    value to the other direction.  Words that may compare rather than
    change ("अधिक", "कम", "more", "less": "5% से अधिक" is "more than 5%")
    are not in the lists.

    Bad (vi>hi): Doanh thu giảm 5% so với năm trước. => राजस्व में पिछले वर्ष की तुलना में 5% की वृद्धि हुई।
    Bad (vi>en): Giá vàng tăng 2,5%. => The price of gold fell 2.5%.
    Bad (vi>mr): Xuất khẩu giảm 12%. => निर्यातीत 12% वाढ झाली.
    Good (vi>hi): Doanh thu giảm 5% so với năm trước. => राजस्व में पिछले वर्ष की तुलना में 5% की गिरावट आई।
    Good (vi>en): Doanh thu tăng 5%, chi phí giảm 3%. => Revenue rose 5% while costs fell 3%.
    Good (vi>hi): Doanh thu tăng 5%, chi phí giảm 3%. => राजस्व 5% बढ़ा, जबकि लागत में 3% की कमी आई।
    Good (vi>en): Số ca giảm còn 120. => Cases fell to 120.
    """
    (target, target_hint), (source, source_hint) = _directions(ctx.target.code), _directions(ctx.source.code)
    if target_hint is None or source_hint is None or not target_hint.search(ctx.text.folded) or not source_hint.search(ctx.src.folded):
        return
    said: dict[float, dict[int, str]] = collections.defaultdict(dict)  # value -> direction -> the source's words for it
    for m, direction, word in _directed(ctx.src, _mentions(ctx, "source"), source):
        said[value_key(m.value)].setdefault(direction, seg.source[slice(*_phrase(seg.source, m, word))])
    for m, direction, word in _directed(ctx.text, _mentions(ctx, "target"), target):
        given = said.get(value_key(m.value), {})
        if list(given) == [-direction]:
            start, end = _phrase(seg.target, m, word)
            how, other = ("a rise", "a fall") if direction == RISE else ("a fall", "a rise")
            yield Hit(start, end, f"{seg.target[start:end]!r} says {how}; the source says {other}: {given[-direction]!r}")


def _phrase(text: str, m: Mention, word: tuple[int, int]) -> tuple[int, int]:
    """The span of the figure ``m`` with its word of change, and its percent sign if one follows it."""
    end = m.end + 1 if text[m.end:m.end + 1] in ("%", "٪") else m.end
    return min(word[0], m.start), max(word[1], end)
