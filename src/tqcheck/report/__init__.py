"""Writers for check results.  Each takes a :class:`Report` and a text stream."""
from __future__ import annotations

import collections
from typing import Callable, TextIO

from ..model import Finding, Severity

FORMATS = ("text", "json", "github", "sarif", "junit", "html")
#: Formats written while checking, one finding at a time.
STREAMING = ("text", "json")


class Report:
    """Everything one ``tqcheck check`` run produced.

    Findings arrive one document at a time through :meth:`add`; the tallies
    behind the summary and the statistics are kept as they come.  With
    ``keep_findings`` false, findings go to ``sink`` and are not stored, so
    memory stays flat however large the corpus.
    """

    def __init__(self, rules: tuple[str, ...] = (), show_statistics: bool = False) -> None:
        self.rules = rules
        self.show_statistics = show_statistics
        self.findings: list[Finding] = []
        self.errors: list = []
        self.unused_suppressions: list = []
        self.files = self.documents = self.segments = 0
        self.paths: list[str] = []
        self.keep_findings = True
        self.sink: Callable[[Finding], None] | None = None
        self.baseline: collections.Counter | None = None  # fingerprints still to forgive
        self.fingerprints: collections.Counter | None = None  # filled when a baseline is being written
        self.baselined = self.total = 0
        self.by_severity: collections.Counter = collections.Counter()
        self.by_code: collections.Counter = collections.Counter()
        self.documents_by_code: collections.Counter = collections.Counter()

    def add(self, findings: list[Finding]) -> None:
        """Take the (sorted) findings of one document."""
        if self.fingerprints is not None or self.baseline is not None:
            from .sarif import fingerprint
        codes = set()
        for f in findings:
            if self.fingerprints is not None:
                self.fingerprints[fingerprint(f)] += 1
            if self.baseline is not None:
                key = fingerprint(f)
                if self.baseline[key] > 0:
                    self.baseline[key] -= 1
                    self.baselined += 1
                    continue
            self.total += 1
            self.by_severity[str(f.severity)] += 1
            self.by_code[f.code] += 1
            codes.add(f.code)
            if self.keep_findings:
                self.findings.append(f)
            if self.sink is not None:
                self.sink(f)
        self.documents_by_code.update(codes)

    def sort(self) -> None:
        self.findings.sort(key=Finding.sort_key)
        self.errors.sort(key=lambda e: (e.path, e.line or 0, e.message))
        self.unused_suppressions.sort(key=lambda u: (u.path, u.line, u.directive))

    def counts(self) -> dict[str, int]:
        return {str(s): self.by_severity.get(str(s), 0) for s in Severity}

    def signature(self) -> str:
        """Version and rule-set fingerprint, so figures from two runs can be compared."""
        import hashlib

        from .. import __version__
        from ..languages.detect import auto_backend

        digest = hashlib.sha256(",".join(self.rules).encode()).hexdigest()[:10]
        return f"tqcheck:{__version__}|rules:{len(self.rules)}:{digest}|lid:{auto_backend()}"

    def summary(self) -> dict:
        return {
            "files": self.files,
            "documents": self.documents,
            "segments": self.segments,
            "findings": self.total,
            "by_severity": self.counts(),
            "by_code": dict(sorted(self.by_code.items())),
            "errors": len(self.errors),
            "unused_suppressions": len(self.unused_suppressions),
            "baselined": self.baselined,
            "signature": self.signature(),
        }

    def statistics(self) -> list[tuple[str, str, int, int, float]]:
        """(code, name, findings, documents with one, findings per 1,000 segments) per rule that fired."""
        from ..registry import lookup

        per = 1000 / self.segments if self.segments else 0.0
        return [(code, lookup(code).name, n, self.documents_by_code[code], n * per) for code, n in sorted(self.by_code.items())]


def write_statistics(report: Report, out: TextIO) -> None:
    out.write(f"{'code':6s} {'name':28s} {'findings':>9s} {'documents':>10s} {'per 1k segments':>16s}\n")
    for code, name, n, docs, rate in report.statistics():
        out.write(f"{code:6s} {name:28s} {n:9d} {docs:10d} {rate:16.2f}\n")


def streaming_writer(fmt: str, out: TextIO):
    """The writer object of a streaming format: ``begin()``, ``finding(f)`` for each, ``end(report)``."""
    import importlib

    module = {"json": "json_report"}.get(fmt, fmt)
    return importlib.import_module(f".{module}", __name__).Writer(out)


def write(report: Report, fmt: str, out: TextIO) -> None:
    import importlib

    module = {"json": "json_report"}.get(fmt, fmt)  # imported on demand: a hook run loads one writer
    importlib.import_module(f".{module}", __name__).write(report, out)
