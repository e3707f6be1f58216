"""JSONL: one record per line; each record is one document (a news item).  A JSON file holds
one such record, or an array of them.

Field names come from ``config.fields`` so a feed's own records can be
checked as they are, e.g. ``fields = {target = ["title", "body"], source =
["title_vi", "body_vi"]}``.  Unknown fields are ignored.  A record without
languages takes the configuration's, else those of the file's name
("feed.hi.jsonl", "feed.vi-hi.jsonl").
"""
from __future__ import annotations

import functools
import json
import re
from typing import Iterator

from ..config import Config
from ..model import Document, Segment
from . import InputError, Item, language_error, name_language, name_language_pair


def _as_list(value) -> list[str]:
    return value if isinstance(value, list) else [value]


def read_jsonl(path: str, config: Config) -> Iterator[Item]:
    """Records one at a time: memory stays flat however large the file."""
    fields = _fields(config)
    for item in read_lines(path):
        if isinstance(item, InputError):
            yield item
        else:
            yield from parse_line(path, *item, config, fields)


def read_json(path: str, config: Config) -> Iterator[Item]:
    """A JSON file of one record (an object) or an array of records, each read as a JSONL
    line's; a record's line is the line it starts on.  The file is read whole: corpora belong
    in JSONL, which is read a record at a time."""
    from . import decode, read_bytes

    data = read_bytes(path)
    text = data if isinstance(data, InputError) else decode(path, data)
    if isinstance(text, InputError):
        yield text
        return
    fields = _fields(config)
    decoder = json.JSONDecoder()
    at = _after_space(text, 0)
    if at == len(text):
        return  # blank: the run reports the empty file
    array = text[at] == "["
    if array:
        at = _after_space(text, at + 1)
        if text.startswith("]", at):
            yield InputError(path, _line(text, at), "an empty array: no records to check")
            return
    while True:
        try:
            record, end = decoder.raw_decode(text, at)
        except json.JSONDecodeError as exc:
            yield InputError(path, exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno})")
            return
        n = _line(text, at)
        yield _document(path, n, record, config, *fields) if isinstance(record, dict) else InputError(path, n, f"expected a JSON object, found {type(record).__name__}")
        at = _after_space(text, end)
        if array and text.startswith(",", at):
            at = _after_space(text, at + 1)
            continue
        if array and text.startswith("]", at):
            at = _after_space(text, at + 1)
        elif array:
            yield InputError(path, _line(text, at), "invalid JSON: expected ',' or ']' after a record")
            return
        if at != len(text):
            yield InputError(path, _line(text, at), "invalid JSON: more after the " + ("array" if array else "record"))
        return


#: JSON's white space (what the json module skips between values).
JSON_SPACE_RE = re.compile(r"[ \t\r\n]*")


def _after_space(text: str, at: int) -> int:
    return JSON_SPACE_RE.match(text, at).end()


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def read_lines(path: str) -> Iterator[tuple[int, bytes] | InputError]:
    """(line number, raw bytes) of every line, not yet decoded: parallel runs parse them in the workers."""
    import io
    import os

    from . import stdin_bytes

    if os.path.isdir(path):
        yield InputError(path, None, "is a directory, not a file")
        return
    data = stdin_bytes(path)
    try:
        handle = open(path, "rb") if data is None else io.BytesIO(data)
    except OSError as exc:
        yield InputError(path, None, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        yield from enumerate(handle, 1)


def _fields(config: Config) -> tuple[list[str], list[str]]:
    """The record fields that hold the target texts and the source texts."""
    return _as_list(config.fields["target"]), _as_list(config.fields["source"])


def parse_line(path: str, n: int, raw: bytes, config: Config, fields: tuple[list[str], list[str]] | None = None) -> Iterator[Item]:
    """The document of line ``n`` (raw bytes), or its input error; nothing for a blank line."""
    if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield InputError(path, n, f"invalid UTF-8 (byte 0x{raw[exc.start]:02x}); tqcheck reads UTF-8 text")
        return
    if line.strip():
        yield from _record(path, n, line, config, *(fields or _fields(config)))


def _record(path: str, n: int, line: str, config: Config, target_fields, source_fields) -> Iterator[Item]:
    try:
        record = json.loads(line.rstrip("\r\n"))  # (an error at its end is on this line, not "line 2 column 1")
    except json.JSONDecodeError as exc:
        yield InputError(path, n, f"invalid JSON: {exc.msg} (column {exc.colno})")
        return
    if not isinstance(record, dict):
        yield InputError(path, n, f"expected a JSON object, found {type(record).__name__}")
        return
    yield _document(path, n, record, config, target_fields, source_fields)


def _text_field(record: dict, name: str, path: str, n: int) -> str | None | InputError:
    value = record.get(name)
    if value is None or isinstance(value, str):
        return value
    return InputError(path, n, f"field {name!r} must be a string, found {type(value).__name__}")


@functools.lru_cache(maxsize=64)
def _named_languages(path: str) -> tuple[str | None, str | None]:
    """(source, target) languages the file's name gives, for records that name none: both
    ("feed.vi-hi.jsonl") or the target's ("feed.hi.jsonl")."""
    pair = name_language_pair(path)
    return pair if pair else (None, name_language(path))


def _document(path: str, n: int, record: dict, config: Config, target_fields, source_fields) -> Item:
    f = config.fields
    if not any(name in record for name in target_fields):
        present = ", ".join(sorted(map(str, record))[:12]) or "none"
        return InputError(
            path, n,
            f"record has no {' or '.join(map(repr, target_fields))} field (its fields: {present}); "
            "name the record's own fields in the configuration, e.g. fields = {target = \"mt\", source = \"src\"} under [tool.tqcheck]",
        )
    named_source, named_target = _named_languages(path)
    target_lang = record.get(f["target-lang"]) or config.target_lang or named_target
    if not target_lang:
        return language_error(path, n)
    source_lang = record.get(f["source-lang"]) or config.source_lang or named_source
    rid = record.get(f["id"])
    rid = None if rid is None else str(rid)
    notes = record.get(f["notes"]) or ""
    if isinstance(notes, list):
        notes = "\n".join(map(str, notes))
    segments = []
    for tname, sname in zip(target_fields, source_fields):
        target = _text_field(record, tname, path, n)
        source = _text_field(record, sname, path, n)
        reference = _text_field(record, f["reference"], path, n) if len(target_fields) == 1 else None
        for value in (target, source, reference):
            if isinstance(value, InputError):
                return value
        if target is None:
            continue
        segments.append(
            Segment(target=target, source=source, reference=reference, id=rid, line=n, notes=str(notes), field=tname, source_field=sname)
        )
    return Document(tuple(segments), str(target_lang), str(source_lang) if source_lang else None, path)
