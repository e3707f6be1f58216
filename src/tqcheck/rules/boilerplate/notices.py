"""Browser notices (TQ304) and copyright lines (TQ305)."""
from __future__ import annotations

import functools

import regex

from ...model import Hit
from ...registry import rule
from ...text import LazyPattern, finditer
from ._common import FURNITURE_COVERS, Phrases, _alternation, _marks_in_class, _phrase_set, _phrases, _removals, _trim


GENERIC_NOTICE_RE = LazyPattern(r"\b(?:please[ \t]+)?(?:enable|turn[ \t]+on|activate)[ \t]+javascript\b[^\n]{0,120}", regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _notices(lang: str) -> Phrases:
    return _phrase_set(_phrases(lang, "notice"))


@rule(
    "TQ304",
    "browser-notice",
    category="boilerplate",
    summary="\"Enable JavaScript\" and similar browser notices",
    severity="error",
    fixable="safe",
    covers=FURNITURE_COVERS,
)
def browser_notice(seg, ctx):
    r"""Notices the site shows to browsers ("Please enable JavaScript to view this content").

    Bad (en): The council met. Please enable JavaScript to view the video.
    Bad (hi): परिषद की बैठक हुई।\nकृपया जावास्क्रिप्ट सक्षम करें
    Good (en): JavaScript developers met in Hanoi on Monday.
    """
    text = seg.target
    found = [(m.start(), m.end()) for m in finditer(GENERIC_NOTICE_RE, text)] if "avascript" in text or "AVASCRIPT" in text else []
    notices = _notices(ctx.target.code)
    folded = ctx.text.folded
    if len(folded) == len(text) and notices.occur(ctx.text, ctx.target):
        # (offsets of the case-folded text are the text's own)
        for phrase in notices.phrases:
            at = folded.find(phrase)
            while at >= 0:
                end = text.find("\n", at)
                found.append((at, min(len(text) if end < 0 else end, at + len(phrase) + 120)))
                at = folded.find(phrase, at + 1)
    covered = -1
    for start, end in sorted(found):
        if start < covered:
            continue
        s, e = _trim(text, start, end)
        covered = e
        yield Hit(s, e, f"browser notice {text[s:e]!r}", suggestion="")


@functools.lru_cache(maxsize=None)
def _copyright_words(lang: str) -> Phrases:
    """The copyright words and phrases ("©", "कॉपीराइट", "All rights reserved")."""
    return _phrase_set((*_phrases(lang, "copyright"), *_phrases(lang, "rights")))


@functools.lru_cache(maxsize=None)
def _copyright_lines(lang: str) -> regex.Pattern:
    """The copyright lines: a "©", or a copyright word before "©" or a year, starting a line or
    following its last sentence; or a short line starting or ending with "All rights reserved".
    Compiled only for a text with a copyright word (a long pattern: over 10 ms to compile)."""
    labels, rights = _phrases(lang, "copyright"), _phrases(lang, "rights")
    # "(c)" alone starts list items ("(c) the province shall..."): only after a copyright word
    mark = rf"(?:©|{_alternation(labels)}[ \t]*(?:©|\(c\)|\d{{4}}))"
    reserved = _alternation(rights)
    ends = _marks_in_class(lang)
    line_or_sentence_start = rf"(?:^[ \t]*|(?<=[{ends}][ \t]{{1,3}}))"
    return regex.compile(
        rf"{line_or_sentence_start}{mark}[^\n]{{0,120}}$"
        # the phrase, then a name ("Bản quyền thuộc về Báo Hải Dương"), never a sentence that goes on
        rf"|^[ \t]*{reserved}[^\n{ends}]{{0,60}}\.?\r?$"
        # a short name before the phrase ("Báo Hải Dương. Bảo lưu mọi quyền"), never a sentence
        rf"|{line_or_sentence_start}[^\n{ends}:]{{0,60}}?{reserved}[ \t{ends}]*\r?$",
        regex.IGNORECASE | regex.MULTILINE,
    )


@rule(
    "TQ305",
    "copyright-line",
    category="boilerplate",
    summary="A scraped copyright line (\"© 2024 ...\", \"All rights reserved\")",
    severity="error",
    fixable="safe",
    covers=FURNITURE_COVERS,
)
def copyright_line(seg, ctx):
    r"""The site's copyright notice, scraped from the page footer with the article.

    A line that starts with "©" or a copyright word before "©" or a year
    ("कॉपीराइट © 2024 ...", "Bản quyền 2024 ..."), or that starts or ends
    with "All rights reserved" in any language of the profiles and site
    data; also such a notice after the line's last sentence.  A sentence
    about copyright is left alone.

    Bad (hi): उत्पादन बढ़ा।\nकॉपीराइट © 2024 बाओ हाई डुओंग
    Bad (hi): उत्पादन बढ़ा।\nसर्वाधिकार सुरक्षित।
    Bad (en): Output rose. © 2024 Hai Duong Newspaper. All rights reserved.
    Bad (vi): Sản lượng tăng.\nBản quyền thuộc về Báo Hải Dương
    Good (hi): कॉपीराइट कानून में बदलाव पर संसद में लंबी बहस हुई।
    Good (hi): सर्वाधिकार सुरक्षित रखने के लिए सरकार ने नया कानून बनाया।
    Good (en): The court ruled that all rights reserved by the treaty stay with the state, and the case goes on.
    Good (en): The terms were agreed.\n(c) the province shall pay the costs.
    Good (en): The firm said: all rights reserved.
    """
    # a first word is common on its own ("सभी", all): the whole phrase is looked for before the lines
    if "©" not in seg.target and not _copyright_words(ctx.target.code).occur(ctx.text, ctx.target):
        return
    yield from _removals(seg.target, _copyright_lines(ctx.target.code), "copyright line")
