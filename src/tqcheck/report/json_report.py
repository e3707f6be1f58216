"""JSON output, written as findings arrive: one finding per line inside ``{"findings": [...], ...}``."""
from __future__ import annotations

import json
from typing import TextIO


class Writer:
    def __init__(self, out: TextIO):
        self.out = out
        self.first = True

    def begin(self) -> None:
        self.out.write('{"findings": [')

    def finding(self, f) -> None:
        self.out.write("\n" if self.first else ",\n")
        self.first = False
        self.out.write(json.dumps(f.to_dict(), ensure_ascii=False))

    def end(self, report) -> None:
        tail = {
            "summary": report.summary(),
            "errors": [e.to_dict() for e in report.errors],
            "unused_suppressions": [u.to_dict() for u in report.unused_suppressions],
        }
        if report.show_statistics:
            tail["statistics"] = [
                {"code": c, "name": n, "findings": k, "documents": d, "per_1000_segments": round(r, 3)} for c, n, k, d, r in report.statistics()
            ]
        self.out.write("\n],\n")
        self.out.write(",\n".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in tail.items()))
        self.out.write("}\n")


def write(report, out: TextIO) -> None:
    writer = Writer(out)
    writer.begin()
    for f in report.findings:
        writer.finding(f)
    writer.end(report)
