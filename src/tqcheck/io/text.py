"""Plain text: one segment per non-empty line; ``--source FILE`` gives line-aligned sources.

Without ``--target-lang`` (or ``--source-lang``), a file named by its language gives it
("news.hi.txt", "corpus.vi"): :func:`tqcheck.io.name_language`.
"""
from __future__ import annotations

from typing import Iterator

from ..config import Config
from ..model import Document, Segment
from . import InputError, Item, decode, language_error, name_language, read_bytes


def _lines(path: str) -> list[str] | InputError:
    data = read_bytes(path)
    if isinstance(data, InputError):
        return data
    text = decode(path, data)
    if isinstance(text, InputError):
        return text
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def read_text(path: str, config: Config, source_path: str | None = None) -> Iterator[Item]:
    targets = _lines(path)  # a file that cannot be read is that before it lacks a language
    if isinstance(targets, InputError):
        yield targets
        return
    target_lang = config.target_lang or name_language(path)
    if not target_lang:
        yield language_error(path, None)
        return
    sources: list[str] | None = None
    if source_path:
        found = _lines(source_path)
        if isinstance(found, InputError):
            yield found
            return
        if len(found) != len(targets):
            yield InputError(path, None, f"{len(targets)} lines, but the source {source_path} has {len(found)}: the files must be line-aligned")
            return
        sources = found
    segments = tuple(
        Segment(target=line, source=sources[i] if sources else None, line=i + 1)
        for i, line in enumerate(targets)
        if line.strip() or (sources and sources[i].strip())
    )
    source_lang = config.source_lang or (name_language(source_path) if sources is not None else None)
    yield Document(segments, target_lang, source_lang, path)
