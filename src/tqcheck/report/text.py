"""Human-readable output: ``path:line:col: CODE [severity] message``."""
from __future__ import annotations

from typing import TextIO


def write(report, out: TextIO) -> None:
    for f in report.findings:
        where = f"{f.path}:{f.line}:{f.column}"
        record = f" ({f.record})" if f.record is not None else ""
        field = f" [{f.field}]" if f.field != "target" else ""
        hint = ""
        if f.suggestion is not None:
            hint = f" -> remove" if f.suggestion == "" else f" -> {f.suggestion!r}"
        out.write(f"{where}:{record}{field} {f.code} [{f.severity}] {f.message}{hint}\n")
    for u in report.unused_suppressions:
        out.write(f"{u.path}:{u.line}: unused suppression {u.directive!r}: nothing to silence here\n")
    c = report.counts()
    out.write(
        f"{len(report.findings)} findings ({c['error']} errors, {c['warning']} warnings, {c['info']} info) "
        f"in {report.segments} segments of {report.documents} documents, {report.files} files"
        + (f"; {len(report.errors)} input errors" if report.errors else "")
        + (f"; {report.baselined} known findings left out by the baseline" if report.baselined else "")
        + "\n"
    )
