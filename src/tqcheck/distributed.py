"""Running tqcheck on a Dask cluster: the same checks, the same findings, over many machines.

    from dask.distributed import Client
    from tqcheck.distributed import check_jsonl

    client = Client("scheduler:8786")        # or LocalCluster() for one machine
    findings = check_jsonl(["corpus-*.jsonl"], client=client)

A JSONL file is split into line ranges (one pass over the file finds their
byte offsets), each range is read and checked by a worker, and the findings
come back as the dictionaries ``tqcheck check --format json`` prints, sorted
the same way, so a distributed run and a local run agree exactly.  Dask is
an optional dependency (``pip install tqcheck[dask]``) and is imported only
here.
"""
from __future__ import annotations

import glob
from typing import Iterable, Sequence

from .config import Config
from .engine import Checker
from .io import InputError
from .io.jsonl import _as_list, _record
from .model import Document, Finding

_CHECKERS: dict[str, Checker] = {}


def _checker(config: Config) -> Checker:
    # one checker per worker process and configuration: rule set-up is not repeated per task
    key = repr(config)
    found = _CHECKERS.get(key)
    if found is None:
        found = _CHECKERS[key] = Checker(config)
    return found


def line_ranges(path: str, lines_per_chunk: int = 20000) -> list[tuple[str, int, int, int]]:
    """(path, first line number, start byte, end byte) of consecutive chunks of ``path``."""
    ranges, start, first, line = [], 0, 1, 0
    with open(path, "rb") as f:
        offset = 0
        for raw in f:
            line += 1
            offset += len(raw)
            if line % lines_per_chunk == 0:
                ranges.append((path, first, start, offset))
                start, first = offset, line + 1
    if offset > start or not ranges:
        ranges.append((path, first, start, offset))
    return ranges


def check_range(chunk: tuple[str, int, int, int], config: Config) -> list[dict]:
    """Findings (and input errors, as dictionaries with an ``error`` key) of one line range of a JSONL file."""
    path, first, start, end = chunk
    checker = _checker(config)
    targets, sources = _as_list(config.fields["target"]), _as_list(config.fields["source"])
    out: list[dict] = []
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    for n, raw in enumerate(data.split(b"\n"), first):
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            out.append(InputError(path, n, f"invalid UTF-8 (byte 0x{raw[exc.start]:02x}); tqcheck reads UTF-8 text").to_dict() | {"error": True})
            continue
        if not line.strip():
            continue
        for item in _record(path, n, line, config, targets, sources):
            if isinstance(item, InputError):
                out.append(item.to_dict() | {"error": True})
            else:
                out.extend(f.to_dict() for f in checker.check_document(item).findings)
    return out


def check_records(records: Iterable[dict], config: Config | None = None, path: str = "<records>") -> list[dict]:
    """Findings for records given as dictionaries (a partition of a Dask bag, say), numbered from 1."""
    config = config or Config()
    checker = _checker(config)
    targets, sources = _as_list(config.fields["target"]), _as_list(config.fields["source"])
    from .io.jsonl import _document

    out = []
    for n, record in enumerate(records, 1):
        item = _document(path, n, record, config, targets, sources)
        if isinstance(item, Document):
            out.extend(f.to_dict() for f in checker.check_document(item).findings)
        else:
            out.append(item.to_dict() | {"error": True})
    return out


def _sort_key(d: dict) -> tuple:
    if d.get("error"):
        return (1, d["path"], d.get("line") or 0, d["message"])
    return (0,) + Finding(**{k: d[k] for k in ("path", "record", "field", "line", "column", "start", "end", "code", "name", "category", "message", "suggestion")}, severity=d["severity"]).sort_key()


def check_jsonl(patterns: Sequence[str], config: Config | None = None, client=None, lines_per_chunk: int = 20000) -> list[dict]:
    """Check JSONL files (paths or glob patterns) on a Dask cluster; findings sorted as a local run sorts them.

    Input errors come back as dictionaries with ``"error": True`` after the findings.
    """
    import dask.bag as db

    config = config or Config()
    paths = sorted({p for pattern in patterns for p in (glob.glob(pattern) or [pattern])})
    chunks = [c for p in paths for c in line_ranges(p, lines_per_chunk)]
    bag = db.from_sequence(chunks, npartitions=max(1, len(chunks))).map(check_range, config).flatten()
    results = bag.compute() if client is None else client.compute(bag).result()
    return sorted(results, key=_sort_key)
