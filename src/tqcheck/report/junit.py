"""JUnit XML: one test case per checked file, failing with its findings at warning or above."""
from __future__ import annotations

from typing import TextIO
from xml.sax.saxutils import escape, quoteattr


def write(report, out: TextIO) -> None:
    by_path: dict[str, list] = {}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    errors = {e.path: e for e in report.errors}
    paths = sorted(set(report.paths) | set(by_path) | set(errors))
    failing = [p for p in paths if any(str(f.severity) != "info" for f in by_path.get(p, ()))]
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<testsuites name="tqcheck" tests="{len(paths)}" failures="{len(failing)}" errors="{len(errors)}">\n')
    out.write(f' <testsuite name="tqcheck" tests="{len(paths)}" failures="{len(failing)}" errors="{len(errors)}">\n')
    for path in paths:
        out.write(f"  <testcase classname=\"tqcheck\" name={quoteattr(path)}>\n")
        if path in errors:
            out.write(f"   <error message={quoteattr(errors[path].message)}>{escape(str(errors[path]))}</error>\n")
        serious = [f for f in by_path.get(path, ()) if str(f.severity) != "info"]
        if serious:
            body = "\n".join(f"{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}" for f in serious)
            out.write(f"   <failure message={quoteattr(f'{len(serious)} findings')} type=\"tqcheck\">{escape(body)}</failure>\n")
        out.write("  </testcase>\n")
    out.write(" </testsuite>\n</testsuites>\n")
