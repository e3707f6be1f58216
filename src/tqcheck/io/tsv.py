"""TSV: one segment per line, columns source and target (a third column, if any, is notes).

Languages come from the configuration, else from the file's name: both languages of the pair
("news.vi-hi.tsv"), or the target's alone ("news.hi.tsv").  A first line naming the columns
("source<TAB>target", "id<TAB>src<TAB>mt<TAB>comment") is a header, not a segment: the columns
are then read by their names, in any order, and columns of other names are left alone.
"""
from __future__ import annotations

from typing import Iterator

from ..config import Config
from ..model import Document, Segment
from . import InputError, Item, decode, language_error, name_language, name_language_pair, read_bytes

#: The names a header may give each column, case-folded.
COLUMN_NAMES = {
    "source": ("source", "src", "original"),
    "target": ("target", "tgt", "translation", "mt", "hyp", "hypothesis"),
    "notes": ("notes", "note", "comment", "comments"),
    "id": ("id", "key", "segid", "segment_id"),
}
#: The columns of a file without a header.
DEFAULT_COLUMNS = {"source": 0, "target": 1, "notes": 2}


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
    columns, widths = DEFAULT_COLUMNS, (2, 3)
    first = True
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        cols = line.split("\t")
        if first:
            first, header = False, _header(cols)
            if header is not None:
                columns, widths = header, (len(cols),)
                continue
        if len(cols) not in widths:
            expected = "2 tab-separated columns (source, target)" if header is None else f"{widths[0]} tab-separated columns, as the header names"
            yield InputError(path, n, f"expected {expected}, found {len(cols)}")
            continue
        field = {role: cols[k] for role, k in columns.items() if k < len(cols)}
        segments.append(Segment(target=field["target"], source=field.get("source") or None, id=field.get("id") or None, line=n, notes=field.get("notes", "")))
    yield Document(tuple(segments), target_lang, source_lang, path)


def _header(cols: list[str]) -> dict[str, int] | None:
    """Column indexes by role when ``cols`` are all column names and name a target, else None."""
    roles = {name: role for role, names in COLUMN_NAMES.items() for name in names}
    found = [roles.get(c.strip().casefold()) for c in cols]
    if None in found or "target" not in found or len(set(found)) < len(found):
        return None
    return {role: k for k, role in enumerate(found)}
