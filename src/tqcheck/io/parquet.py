"""Parquet: one record per row, read as a JSONL record is (the same configurable fields).

Rows are read a batch at a time, so memory does not grow with the file.  A
finding's line is its row's number, counted from 1.  Reading needs pyarrow
(``pip install tqcheck[parquet]``); without it, a Parquet file is an input
error that says so, never a silent pass.
"""
from __future__ import annotations

from typing import Iterator

from ..config import Config
from . import InputError, Item, stdin_bytes
from .jsonl import _as_list, _document

#: Rows read at a time.
BATCH_ROWS = 2048


def _parquet_file(path: str):
    """A ``pyarrow.parquet.ParquetFile`` of ``path``, or the :class:`InputError` that stops it."""
    import os

    if os.path.isdir(path):
        return InputError(path, None, "is a directory, not a file")
    try:
        import pyarrow.parquet as pq
    except ImportError:
        return InputError(path, None, "reading Parquet needs pyarrow: pip install tqcheck[parquet]")
    data = stdin_bytes(path)
    try:
        if data is not None:
            import pyarrow

            return pq.ParquetFile(pyarrow.BufferReader(data))
        return pq.ParquetFile(path)
    except OSError as exc:
        return InputError(path, None, f"cannot read: {exc.strerror or exc}" if exc.errno else f"not a readable Parquet file ({exc})")
    except Exception as exc:  # pyarrow raises its own errors for a broken footer or schema
        return InputError(path, None, f"not a readable Parquet file ({type(exc).__name__}: {' '.join(str(exc).split())})")


def _opened(path: str, config: Config):
    """(``ParquetFile``, the columns the records need) of ``path``, or the :class:`InputError` that
    stops it: no file, no pyarrow, no target column, or no rows (nothing is reported clean unread)."""
    parquet = _parquet_file(path)
    if isinstance(parquet, InputError):
        return parquet
    fields = config.fields
    targets, sources = _as_list(fields["target"]), _as_list(fields["source"])
    names = set(parquet.schema_arrow.names)
    if not names.intersection(targets):
        present = ", ".join(sorted(names)[:12]) or "none"
        return InputError(
            path, None,
            f"no {' or '.join(map(repr, targets))} column (its columns: {present}); "
            "name the file's own columns in the configuration, e.g. fields = {target = \"mt\", source = \"src\"} under [tool.tqcheck]",
        )
    if parquet.metadata.num_rows == 0:
        return InputError(path, None, "no rows: nothing to check")
    wanted = [*targets, *sources, fields["reference"], fields["id"], fields["notes"], fields["target-lang"], fields["source-lang"]]
    return parquet, [c for c in dict.fromkeys(wanted) if c in names]


def row_groups(path: str, config: Config) -> list[tuple[int, int]] | InputError:
    """(row group index, number of its first row) of each row group of ``path``: the units read
    apart (a corrupt group spoils only its own rows) and checked apart by a distributed run
    (:func:`tqcheck.distributed.check_parquet`)."""
    opened = _opened(path, config)
    return opened if isinstance(opened, InputError) else _row_groups(opened[0])


def _row_groups(parquet) -> list[tuple[int, int]]:
    out, first = [], 1
    for k in range(parquet.metadata.num_row_groups):
        out.append((k, first))
        first += parquet.metadata.row_group(k).num_rows
    return out


def read_parquet(path: str, config: Config, groups: list[int] | None = None) -> Iterator[Item]:
    """The documents of ``path``'s rows (of row groups ``groups`` only), or the input errors that
    stop them: a row group that cannot be read is one error at its first unread row, and reading
    goes on with the next."""
    opened = _opened(path, config)
    if isinstance(opened, InputError):
        yield opened
        return
    parquet, columns = opened
    targets, sources = _as_list(config.fields["target"]), _as_list(config.fields["source"])
    for group, first in _row_groups(parquet):
        if groups is not None and group not in groups:
            continue
        n = first
        try:
            for batch in parquet.iter_batches(batch_size=BATCH_ROWS, row_groups=[group], columns=columns):
                for record in batch.to_pylist():
                    yield _document(path, n, record, config, targets, sources)  # (a null cell reads as a JSON null)
                    n += 1
        except Exception as exc:  # a corrupt page: the rows read stand, the rest of the group is an error
            last = first + parquet.metadata.row_group(group).num_rows - 1
            yield InputError(path, n, f"unreadable Parquet data in rows {n}-{last} ({type(exc).__name__}: {' '.join(str(exc).split())})")
