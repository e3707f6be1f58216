"""Baselines: record today's findings so CI fails only on new ones.

Findings are keyed by content (rule, file, record, field, message), not by
line number, so edits elsewhere in a file do not resurrect them.  A finding
that occurs n times in the baseline is forgiven n times.
"""
from __future__ import annotations

import collections
import json
import os
import tempfile


VERSION = 1


class BaselineError(ValueError):
    pass


def write(path: str, counts: collections.Counter) -> None:
    """Record ``counts`` (fingerprint -> occurrences, see :meth:`Report.add`) in ``path``, atomically."""
    data = {"tool": "tqcheck", "version": VERSION, "findings": dict(sorted(counts.items()))}
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tqcheck-baseline-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
    os.replace(tmp, path)


def load(path: str) -> collections.Counter:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}: not a tqcheck baseline (invalid JSON: {exc.msg})") from None
    if not isinstance(data, dict) or data.get("tool") != "tqcheck" or not isinstance(data.get("findings"), dict):
        raise BaselineError(f"{path}: not a tqcheck baseline")
    return collections.Counter({k: int(v) for k, v in data["findings"].items()})


