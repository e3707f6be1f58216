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
            f"{report.total} findings ({c['error']} errors, {c['warning']} warnings, {c['info']} info) "
            f"in {report.segments} segments of {report.documents} documents, {report.files} files"
            + (f"; {len(report.errors)} input errors" if report.errors else "")
            + (f"; {report.baselined} known findings left out by the baseline" if report.baselined else "")
            + "\n"
        )


def write(report, out: TextIO) -> None:
    writer = Writer(out)
    writer.begin()
    for f in report.findings:
        writer.finding(f)
    writer.end(report)
