"""TSV: one segment per line, columns source and target (a third column, if any, is notes).

Languages come from the configuration, else from the file's name: both languages of the pair
("news.vi-hi.tsv"), or the target's alone ("news.hi.tsv").  A first line naming the columns
("source<TAB>target") is a header, not a segment.
"""
from __future__ import annotations

from typing import Iterator

from ..config import Config
from ..model import Document, Segment
from . import InputError, Item, decode, language_error, name_language, name_language_pair, read_bytes

HEADER = ("source", "target", "notes")


def read_tsv(path: str, config: Config) -> Iterator[Item]:
    pair = name_language_pair(path)
    target_lang = config.target_lang or (pair[1] if pair else name_language(path))
    source_lang = config.source_lang or (pair[0] if pair else None)
    if not target_lang:
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
        if not segments and tuple(c.strip().casefold() for c in cols) in (HEADER[:2], HEADER):
            continue  # the columns' names
        if len(cols) not in (2, 3):
            yield InputError(path, n, f"expected 2 tab-separated columns (source, target), found {len(cols)}")
            continue
        segments.append(Segment(target=cols[1], source=cols[0] or None, line=n, notes=cols[2] if len(cols) == 3 else ""))
    yield Document(tuple(segments), target_lang, source_lang, path)
