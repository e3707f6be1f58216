"""Checking many files: reading, optional worker processes, progress, one stable report.

Output never depends on ``jobs``: documents are checked in reading order
and the report is sorted before it is written.
"""
from __future__ import annotations

import itertools
import os
import sys
import time
from typing import Iterable, Iterator, Mapping, Sequence

from .config import Config
from .engine import Checker
from .io import InputError, blank_file, detect_format, read
from .io.jsonl import read_lines
from .languages import UnknownLanguage
from .model import Document
from .report import Report

_WORKER: Checker | None = None
#: Documents (or JSONL lines) a worker process gets at a time: one message per document would
#: cost the main process a fifth of a worker's time on one-paragraph records.
BATCH = 128


def _init_worker(config: Config) -> None:
    global _WORKER
    _WORKER = Checker(config)


def _check(doc: Document):
    try:
        result = _WORKER.check_document(doc)
    except UnknownLanguage as exc:
        line = doc.segments[0].line if doc.segments else None
        return doc.path, len(doc.segments), None, InputError(doc.path, line, str(exc))
    return doc.path, len(doc.segments), result, None


def _check_batch(batch: tuple[str, str, list]) -> list:
    """The results of a batch of documents, or of raw JSONL lines, parsed here (in the worker)."""
    kind, path, items = batch
    if kind == "documents":
        return [_check(doc) for doc in items]
    from .io.jsonl import parse_line

    out = []
    for n, raw in items:
        for item in parse_line(path, n, raw, _WORKER.config):
            out.append((path, 0, None, item) if isinstance(item, InputError) else _check(item))
    return out


class Progress:
    """A one-line counter on standard error, only on a terminal and never under CI."""

    def __init__(self, total_files: int, enabled: bool | None = None):
        if enabled is None:
            enabled = sys.stderr.isatty() and not os.environ.get("CI")
        self.enabled, self.total, self.docs, self.files, self.last = enabled, total_files, 0, 0, 0.0

    def update(self, docs: int = 0, files: int = 0) -> None:
        self.docs += docs
        self.files += files
        now = time.monotonic()
        if self.enabled and now - self.last > 0.2:
            self.last = now
            sys.stderr.write(f"\rtqcheck: {self.files}/{self.total} files, {self.docs} documents checked")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.last:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def check_paths(
    files: Sequence[str],
    config: Config,
    report: Report,
    fmt: str | None = None,
    sources: Mapping[str, str] | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> Report:
    """Check ``files`` into ``report`` (findings, errors, counts), using ``jobs`` processes; a plain-text
    file among ``sources`` is read with the line-aligned source file it maps to."""
    sources = sources or {}
    progress = progress or Progress(len(files), enabled=False)

    def batches() -> Iterator[tuple[str, str, list]]:
        # sorted files, documents in file order, findings sorted per document: the stream is in
        # report order.  JSONL lines go to the workers unparsed: parsing in the main process
        # would make it the bottleneck of a many-core run
        for path in sorted(files):
            report.files += 1
            report.paths.append(path)
            if (fmt or detect_format(path)) == "jsonl":
                kind, items = "lines", read_lines(path)
            else:
                kind, items = "documents", read(path, config, fmt, sources.get(path))
            batch: list = []
            errors = len(report.errors)
            for item in items:
                if isinstance(item, InputError):
                    report.errors.append(item)
                    continue
                batch.append(item)
                if len(batch) == BATCH:
                    yield kind, path, batch
                    batch = []
            if batch:
                yield kind, path, batch
            if len(report.errors) == errors and blank_file(path):
                report.errors.append(InputError(path, None, "empty file: nothing to check"))
            progress.update(files=1)

    if jobs > 1:
        import multiprocessing

        context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
        with context.Pool(jobs, initializer=_init_worker, initargs=(config,)) as pool:
            _collect(itertools.chain.from_iterable(pool.imap(_check_batch, batches())), report, progress)
    else:
        _init_worker(config)
        _collect(itertools.chain.from_iterable(map(_check_batch, batches())), report, progress)
    progress.close()
    report.sort()
    return report


def _collect(results: Iterable, report: Report, progress: Progress) -> None:
    for _path, segments, result, error in results:
        if error is not None:
            report.errors.append(error)
            continue
        report.documents += 1
        report.segments += segments
        report.add(result.findings)
        report.unused_suppressions.extend(result.unused_suppressions)
        progress.update(docs=1)
