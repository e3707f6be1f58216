"""Writers for check results.  Each takes a :class:`Report` and a text stream."""
from __future__ import annotations

import collections
import hashlib
from dataclasses import dataclass, field
from typing import TextIO

from ..model import Finding, Severity

FORMATS = ("text", "json", "github", "sarif", "junit", "html")


@dataclass
class Report:
    """Everything one ``tqcheck check`` run produced, in a stable order."""

    findings: list[Finding] = field(default_factory=list)
    errors: list = field(default_factory=list)
    unused_suppressions: list = field(default_factory=list)
    files: int = 0
    documents: int = 0
    segments: int = 0
    rules: tuple[str, ...] = ()
    paths: list[str] = field(default_factory=list)
    show_statistics: bool = False
    baselined: int = 0

    def sort(self) -> None:
        self.findings.sort(key=Finding.sort_key)
        self.errors.sort(key=lambda e: (e.path, e.line or 0, e.message))
        self.unused_suppressions.sort(key=lambda u: (u.path, u.line, u.directive))

    def counts(self) -> dict[str, int]:
        by = collections.Counter(str(f.severity) for f in self.findings)
        return {str(s): by.get(str(s), 0) for s in Severity}

    def signature(self) -> str:
        """Version and rule-set fingerprint, so figures from two runs can be compared."""
        from .. import __version__
        from ..languages.detect import auto_backend

        digest = hashlib.sha256(",".join(self.rules).encode()).hexdigest()[:10]
        return f"tqcheck:{__version__}|rules:{len(self.rules)}:{digest}|lid:{auto_backend()}"

    def summary(self) -> dict:
        by_code = collections.Counter(f.code for f in self.findings)
        return {
            "files": self.files,
            "documents": self.documents,
            "segments": self.segments,
            "findings": len(self.findings),
            "by_severity": self.counts(),
            "by_code": dict(sorted(by_code.items())),
            "errors": len(self.errors),
            "unused_suppressions": len(self.unused_suppressions),
            "baselined": self.baselined,
            "signature": self.signature(),
        }


    def statistics(self) -> list[tuple[str, str, int, int, float]]:
        """(code, name, findings, documents with one, findings per 1,000 segments) per rule that fired."""
        from ..registry import lookup

        counts = collections.Counter(f.code for f in self.findings)
        docs = collections.defaultdict(set)
        for f in self.findings:
            docs[f.code].add((f.path, f.record))
        per = 1000 / self.segments if self.segments else 0.0
        return [(code, lookup(code).name, n, len(docs[code]), n * per) for code, n in sorted(counts.items())]


def write_statistics(report: Report, out: TextIO) -> None:
    out.write(f"{'code':6s} {'name':28s} {'findings':>9s} {'documents':>10s} {'per 1k segments':>16s}\n")
    for code, name, n, docs, rate in report.statistics():
        out.write(f"{code:6s} {name:28s} {n:9d} {docs:10d} {rate:16.2f}\n")


def write(report: Report, fmt: str, out: TextIO) -> None:
    import importlib

    module = {"json": "json_report"}.get(fmt, fmt)  # imported on demand: a hook run loads one writer
    importlib.import_module(f".{module}", __name__).write(report, out)
