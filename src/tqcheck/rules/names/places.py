"""Places under their own names where the language has one of its own (TQ404).
"""
from __future__ import annotations

from ...languages import translit
from ...model import Hit
from ...registry import rule
from ._spans import _gazetteer


def _is_deva(profile) -> bool:
    return "Deva" in profile.scripts


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
