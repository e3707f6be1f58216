"""Inline suppression: ``tqcheck: ignore[TQ201, leftover-placeholder]`` in a note field.

The codes (or code prefixes) and names may also follow the word without
brackets (``tqcheck: ignore TQ801``, ``tqcheck: ignore: TQ801, TQ802``).  A
directive with none (``tqcheck: ignore``) silences every rule on that
segment.  A directive that silences nothing is reported, so stale
suppressions do not pile up.
"""
from __future__ import annotations

from typing import NamedTuple

import regex

from .text import LazyPattern

#: A rule's code or code prefix ("TQ8"), or its name ("leftover-placeholder").
KEY = r"(?:TQ[0-9]{1,3}|[a-z0-9]+(?:-[a-z0-9]+)+)"
DIRECTIVE_RE = LazyPattern(rf"tqcheck:\s*ignore(?:\[([^\]]*)\]|[ \t]*[:=]?[ \t]*({KEY}(?:[ \t]*,[ \t]*{KEY})*)(?![\w-]))?", regex.IGNORECASE)


class Directive(NamedTuple):
    text: str
    keys: tuple[str, ...]  # empty: every rule

    def matches(self, code: str, name: str) -> bool:
        if not self.keys:
            return True
        return any(code.startswith(k) if k.startswith("TQ") else k == name for k in self.keys)


def parse_directives(notes: str) -> list[Directive]:
    """The suppression directives written in ``notes``.

    >>> [d.keys for d in parse_directives("checked by hand; tqcheck: ignore[TQ201, markup-tag]")]
    [('TQ201', 'markup-tag')]
    >>> [d.keys for d in parse_directives("tqcheck: ignore TQ801, TQ802 (spacing of the original)")]
    [('TQ801', 'TQ802')]
    >>> [d.keys for d in parse_directives("tqcheck: ignore")]
    [()]
    """
    if not notes or "tqcheck" not in notes.lower():
        return []
    out = []
    for m in DIRECTIVE_RE.finditer(notes):
        keys = tuple(k.strip() for k in (m.group(1) or m.group(2) or "").split(",") if k.strip())
        out.append(Directive(m.group(0), keys))
    return out
