"""GitHub Actions workflow commands (``::error file=...::message``), escaped against injection."""
from __future__ import annotations

from typing import TextIO

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def write(report, out: TextIO) -> None:
    for f in report.findings:
        props = ",".join(
            f"{k}={_escape_property(str(v))}"
            for k, v in (("file", f.path), ("line", f.line), ("col", f.column), ("title", f"{f.code} {f.name}"))
        )
        out.write(f"::{_LEVEL[str(f.severity)]} {props}::{_escape_data(f.message)}\n")
    for e in report.errors:
        props = f"file={_escape_property(e.path)}" + (f",line={e.line}" if e.line else "")
        out.write(f"::error {props}::{_escape_data(e.message)}\n")
