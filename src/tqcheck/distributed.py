"""Running tqcheck on a Dask cluster: the same checks, the same findings, over many machines.

    from dask.distributed import Client
    from tqcheck.distributed import check_jsonl, check_parquet

    client = Client("scheduler:8786")        # or LocalCluster() for one machine
    findings = check_jsonl(["corpus-*.jsonl"], client=client)
    findings = check_parquet(["corpus/*.parquet"], client=client)

A JSONL file is split into line ranges (one pass over the file finds their
byte offsets), a Parquet file into its row groups; each part is read and
checked by a worker, and the findings come back as the dictionaries
``tqcheck check --format json`` prints, sorted the same way, so a
distributed run and a local run agree exactly.  Dask is an optional
dependency (``pip install tqcheck[dask]``, and ``tqcheck[parquet]`` for
Parquet) and is imported only here.
"""
from __future__ import annotations

import glob
import os
from typing import Iterable, Sequence

from .config import Config
from .engine import Checker
from .io import InputError, blank_file
from .io.jsonl import _document, _fields, parse_line
from .model import Finding

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
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    fields = _fields(config)
    lines = enumerate(data.split(b"\n"), first)
    return _results((item for n, raw in lines for item in parse_line(path, n, raw, config, fields)), _checker(config))


def check_records(records: Iterable[dict], config: Config | None = None, path: str = "<records>") -> list[dict]:
    """Findings for records given as dictionaries (a partition of a Dask bag, say), numbered from 1."""
    config = config or Config()
    targets, sources = _fields(config)
    return _results((_document(path, n, record, config, targets, sources) for n, record in enumerate(records, 1)), _checker(config))


def _sort_key(d: dict) -> tuple:
    if d.get("error"):
        return (1, d["path"], d.get("line") or 0, d["message"])
    return (0,) + Finding(**{k: d[k] for k in ("path", "record", "field", "line", "column", "start", "end", "code", "name", "category", "message", "suggestion")}, severity=d["severity"]).sort_key()


def check_jsonl(patterns: Sequence[str], config: Config | None = None, client=None, lines_per_chunk: int = 20000) -> list[dict]:
    """Check JSONL files (paths or glob patterns) on a Dask cluster; findings sorted as a local run sorts them.

    Input errors come back as dictionaries with ``"error": True`` after the findings.
    """
    config = config or Config()
    chunks, errors = [], []
    for path in _paths(patterns):
        unreadable = _unreadable(path)
        if unreadable is not None:
            errors.append(_error(unreadable))
        else:
            chunks.extend(line_ranges(path, lines_per_chunk))
    return _map(chunks, check_range, config, client, errors)


def _unreadable(path: str) -> InputError | None:
    """Why a local run would check nothing in the JSONL file ``path``: it is a directory, cannot be
    opened, or holds nothing but white space."""
    if os.path.isdir(path):
        return InputError(path, None, "is a directory, not a file")
    try:
        open(path, "rb").close()
    except OSError as exc:
        return InputError(path, None, f"cannot read: {exc.strerror or exc}")
    return InputError(path, None, "empty file: nothing to check") if blank_file(path) else None


def check_row_group(chunk: tuple[str, int], config: Config) -> list[dict]:
    """Findings (and input errors, as dictionaries with an ``error`` key) of one row group of a Parquet file."""
    from .io.parquet import read_parquet

    path, group = chunk
    return _results(read_parquet(path, config, groups=[group]), _checker(config))


def check_parquet(patterns: Sequence[str], config: Config | None = None, client=None) -> list[dict]:
    """Check Parquet files (paths or glob patterns) on a Dask cluster, a row group per task;
    findings sorted as a local run sorts them, input errors after them (as :func:`check_jsonl`)."""
    from .io.parquet import row_groups

    config = config or Config()
    chunks, errors = [], []
    for path in _paths(patterns):
        groups = row_groups(path, config)
        if isinstance(groups, InputError):
            errors.append(_error(groups))
        else:
            chunks.extend((path, k) for k, _first in groups)
    return _map(chunks, check_row_group, config, client, errors)


def _paths(patterns: Sequence[str]) -> list[str]:
    return sorted({p for pattern in patterns for p in (glob.glob(pattern) or [pattern])})


def _map(chunks: list, check, config: Config, client, extra: list[dict] = ()) -> list[dict]:
    """``check`` of every chunk, run by Dask (on ``client``'s cluster, or locally), sorted."""
    import dask.bag as db

    bag = db.from_sequence(chunks, npartitions=max(1, len(chunks))).map(check, config).flatten()
    results = bag.compute() if client is None else client.compute(bag).result()
    return sorted([*results, *extra], key=_sort_key)


def _error(error: InputError) -> dict:
    return error.to_dict() | {"error": True}


def _results(items: Iterable, checker: Checker) -> list[dict]:
    """The findings of the documents among ``items``, and their input errors."""
    out: list[dict] = []
    for item in items:
        if isinstance(item, InputError):
            out.append(_error(item))
        else:
            out.extend(f.to_dict() for f in checker.check_document(item).findings)
    return out
