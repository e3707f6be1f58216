"""The data every part of tqcheck shares: segments, documents, findings."""
from __future__ import annotations

import enum
from typing import NamedTuple

CATEGORIES = (
    "script",
    "markup",
    "boilerplate",
    "names",
    "numbers",
    "language",
    "terminology",
    "typography",
    "fidelity",
)


class Severity(enum.IntEnum):
    """How bad a finding is; ordered so that ``Severity.ERROR > Severity.INFO``."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use info, warning or error)") from None


class Segment(NamedTuple):
    """One unit of translated text and what is known about it.

    ``target`` is the text checked; ``source`` and ``reference`` are optional.
    ``line`` is the input line the segment starts on.  ``field`` and
    ``source_field`` name the fields in the input record, so findings can say
    where they point.  ``notes`` carries format comments (used for inline
    suppression).  When ``lines_follow_text`` is true, a newline inside the
    target starts a new input line (plain text); otherwise the text sits on
    the record's line (JSONL, TSV) and columns count code points in the field.
    """

    target: str
    source: str | None = None
    reference: str | None = None
    id: str | None = None
    line: int = 1
    notes: str = ""
    field: str = "target"
    source_field: str = "source"
    lines_follow_text: bool = False

    def text(self, field: str) -> str:
        """The text of ``field`` ("target" or "source"), empty when absent."""
        if field == "source":
            return self.source or ""
        return self.target


class Document(NamedTuple):
    """A news item or a file: segments that belong together, and their languages.

    Document-scope rules (consistency of names, terms, digit styles) look at
    all the segments of one document at once.
    """

    segments: tuple[Segment, ...]
    target_lang: str
    source_lang: str | None = None
    path: str = "<string>"


class Hit(NamedTuple):
    """What a rule reports; the engine turns it into a :class:`Finding`.

    ``start`` and ``end`` are code-point offsets into ``field`` of the segment
    (for document-scope rules, the segment at index ``segment``).
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    field: str = "target"
    segment: int = 0
    severity: Severity | None = None


class Finding(NamedTuple):
    """One problem found in one place.  Immutable; ``sort_key`` gives report order."""

    path: str
    record: str | None
    field: str
    line: int
    column: int
    start: int
    end: int
    code: str
    name: str
    category: str
    severity: Severity
    message: str
    suggestion: str | None = None
    #: The index of the segment in its document: where the finding is when segments carry no line numbers.
    segment: int = 0
    #: (text before, flagged text, text after), for reports that show findings in context.
    context: tuple[str, str, str] | None = None

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "record": self.record,
            "field": self.field,
            "line": self.line,
            "column": self.column,
            "start": self.start,
            "end": self.end,
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "suggestion": self.suggestion,
        }

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.record or "", self.field, self.segment, self.start, self.end, self.code, self.message)
