"""TSV: one segment per line, columns source and target (a third column, if any, is notes)."""
from __future__ import annotations

from typing import Iterator

from ..config import Config
from ..model import Document, Segment
from . import InputError, Item, decode, language_error, read_bytes


def read_tsv(path: str, config: Config) -> Iterator[Item]:
    if not config.target_lang:
        yield language_error(path, None)
        return
    data = read_bytes(path)
    text = data if isinstance(data, InputError) else decode(path, data)
    if isinstance(text, InputError):
        yield text
        return
    segments = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) not in (2, 3):
            yield InputError(path, n, f"expected 2 tab-separated columns (source, target), found {len(cols)}")
            continue
        segments.append(Segment(target=cols[1], source=cols[0] or None, line=n, notes=cols[2] if len(cols) == 3 else ""))
    yield Document(tuple(segments), config.target_lang, config.source_lang, path)
