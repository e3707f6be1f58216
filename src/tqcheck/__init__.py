"""tqcheck: quality checks for machine-translated news.

>>> from tqcheck import check
>>> [f.code for f in check("सम्मेलन हुआ। [विज्ञापन_2]", target_lang="hi")]
['TQ201']
"""
from __future__ import annotations

__version__ = "0.1.0"

from .config import Config
from .model import Document, Finding, Segment, Severity

__all__ = ["Config", "Document", "Finding", "Segment", "Severity", "check", "check_document", "__version__"]


def check_document(document: Document, config: Config | None = None) -> list[Finding]:
    """Findings for one document, in report order."""
    from .engine import Checker

    return Checker(config).check_document(document).findings


def check(
    target: str,
    source: str | None = None,
    *,
    target_lang: str,
    source_lang: str | None = None,
    select: list[str] | tuple[str, ...] | None = None,
    ignore: list[str] | tuple[str, ...] = (),
    config: Config | None = None,
) -> list[Finding]:
    """Check one translated text (optionally with its source) and return the findings.

    ``select`` and ``ignore`` take rule codes, prefixes, names or categories.
    """
    config = (config or Config()).merged(select=tuple(select) if select is not None else None, ignore=tuple(ignore) or None)
    doc = Document((Segment(target=target, source=source, lines_follow_text=True),), target_lang, source_lang)
    return check_document(doc, config)
