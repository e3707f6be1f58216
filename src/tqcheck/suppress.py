"""Inline suppression: ``tqcheck: ignore[TQ201, leftover-placeholder]`` in a note field.

A directive without a bracket (``tqcheck: ignore``) silences every rule on
that segment.  A directive that silences nothing is reported, so stale
suppressions do not pile up.
"""
from __future__ import annotations

from typing import NamedTuple

import regex

from .text import LazyPattern

DIRECTIVE_RE = LazyPattern(r"tqcheck:\s*ignore(?:\[([^\]]*)\])?", regex.IGNORECASE)


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
    """
    if not notes or "tqcheck" not in notes.lower():
        return []
    out = []
    for m in DIRECTIVE_RE.finditer(notes):
        keys = tuple(k.strip() for k in (m.group(1) or "").split(",") if k.strip())
        out.append(Directive(m.group(0), keys))
    return out
