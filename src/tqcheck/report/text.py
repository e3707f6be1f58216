"""Human-readable output: ``path:line:col: CODE [severity] message``, written as findings arrive."""
from __future__ import annotations

from typing import TextIO


def line(f) -> str:
    where = f"{f.path}:{f.line}:{f.column}:"
    record = f" ({f.record})" if f.record is not None else ""
    field = f" [{f.field}]" if f.field != "target" else ""
    hint = ""
    if f.suggestion is not None:
        hint = " -> remove" if f.suggestion == "" else f" -> {f.suggestion!r}"
    return f"{where}{record}{field} {f.code} [{f.severity}] {f.message}{hint}\n"


class Writer:
    def __init__(self, out: TextIO):
        self.out = out

    def begin(self) -> None:
        pass

    def finding(self, f) -> None:
        self.out.write(line(f))

    def end(self, report) -> None:
        for u in report.unused_suppressions:
            self.out.write(f"{u.path}:{u.line}: unused suppression {u.directive!r}: nothing to silence here\n")
        c = report.counts()
        self.out.write(
            f"{_count(report.total, 'finding')} ({_count(c['error'], 'error')}, {_count(c['warning'], 'warning')}, {c['info']} info) "
            f"in {_count(report.segments, 'segment')} of {_count(report.documents, 'document')}, {_count(report.files, 'file')}"
            + (f"; {_count(len(report.errors), 'input error')}" if report.errors else "")
            + (f"; {report.baselined} known findings left out by the baseline" if report.baselined else "")
            + "\n"
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def write(report, out: TextIO) -> None:
    writer = Writer(out)
    writer.begin()
    for f in report.findings:
        writer.finding(f)
    writer.end(report)
