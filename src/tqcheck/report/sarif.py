"""SARIF 2.1.0 for GitHub code scanning and other SARIF consumers."""
from __future__ import annotations

import hashlib
import json
from typing import TextIO

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def fingerprint(f) -> str:
    """A content fingerprint: the same finding on the same text keeps it when lines move."""
    key = "\x1f".join((f.code, f.path, f.record or "", f.field, f.message))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def document(report) -> dict:
    from .. import __version__
    from ..registry import lookup

    rules = [lookup(code) for code in report.rules]
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for f in report.findings:
        region = {"startLine": f.line, "startColumn": f.column}
        if f.end > f.start:
            region["endColumn"] = f.column + (f.end - f.start)
        result = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _LEVEL[str(f.severity)],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": f.path.replace("\\", "/")}, "region": region}}],
            "partialFingerprints": {"tqcheck/v1": fingerprint(f)},
            "properties": {"category": f.category, "record": f.record, "field": f.field, "start": f.start, "end": f.end},
        }
        if f.suggestion is not None:
            result["properties"]["suggestion"] = f.suggestion
        results.append(result)
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "tqcheck",
                        "version": __version__,
                        "rules": [
                            {
                                "id": r.code,
                                "name": r.name,
                                "shortDescription": {"text": r.summary},
                                "fullDescription": {"text": r.doc.split("\n\n")[0]},
                                "help": {"text": f"tqcheck explain {r.code}", "markdown": f"See `docs/rules/{r.code}.md` or run `tqcheck explain {r.code}`."},
                                "defaultConfiguration": {"level": _LEVEL[str(r.severity)], "enabled": r.default_enabled},
                                "properties": {"category": r.category, "tags": [r.category]},
                            }
                            for r in rules
                        ],
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not report.errors,
                        "toolExecutionNotifications": [
                            {
                                "level": "error",
                                "message": {"text": e.message},
                                "locations": [{"physicalLocation": {"artifactLocation": {"uri": e.path.replace("\\", "/")}, **({"region": {"startLine": e.line}} if e.line else {})}}],
                            }
                            for e in report.errors
                        ],
                    }
                ],
                "results": results,
                "properties": {"signature": report.signature()},
            }
        ],
    }


def write(report, out: TextIO) -> None:
    json.dump(document(report), out, ensure_ascii=False, indent=1)
    out.write("\n")
