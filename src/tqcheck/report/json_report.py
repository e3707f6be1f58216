"""JSON output: ``{"findings": [...], "summary": {...}, "errors": [...], "unused_suppressions": [...]}``."""
from __future__ import annotations

import json
from typing import TextIO


def write(report, out: TextIO) -> None:
    data = {
        "findings": [f.to_dict() for f in report.findings],
        "summary": report.summary(),
        "errors": [e.to_dict() for e in report.errors],
        "unused_suppressions": [u.to_dict() for u in report.unused_suppressions],
    }
    if report.show_statistics:
        data["statistics"] = [
            {"code": c, "name": n, "findings": k, "documents": d, "per_1000_segments": round(r, 3)} for c, n, k, d, r in report.statistics()
        ]
    json.dump(data, out, ensure_ascii=False, indent=1, sort_keys=False)
    out.write("\n")
