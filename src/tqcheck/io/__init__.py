"""Readers: turn input files into documents, or into located input errors.

A reader never raises for bad input: it yields an :class:`InputError` naming
the file and line and, where it can, goes on with the rest of the file.
"""
from __future__ import annotations

import os
from typing import Iterator, NamedTuple, Union

from ..config import Config
from ..model import Document

FORMATS = ("text", "jsonl", "json", "tsv", "xliff", "tmx", "po", "parquet")
_BY_SUFFIX = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".tsv": "tsv", ".xlf": "xliff", ".xliff": "xliff", ".tmx": "tmx",
    ".po": "po", ".pot": "po", ".txt": "text", ".parquet": "parquet",
}
#: Every file name ending that tqcheck reads when it walks a directory.
SUFFIXES = tuple(_BY_SUFFIX)
#: Endings read in their format when a file is named, not when a directory is walked: a
#: repository's ".json" files are mostly configuration, not records.
_NAMED_ONLY = {".json": "json"}


class InputError(NamedTuple):
    """Input that could not be checked: where and why."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "message": self.message}


Item = Union[Document, InputError]


def detect_format(path: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    return _BY_SUFFIX.get(suffix) or _NAMED_ONLY.get(suffix, "text")


#: The path that means standard input on the command line.
STDIN = "-"
#: Standard input, read once, under the name it is reported by ("-", or ``--stdin-filename``).
_stdin: dict[str, bytes] = {}


def use_stdin(name: str | None) -> None:
    """Read standard input now and serve it as the file ``name`` (its name gives its format and
    languages as a file's would: "feed.jsonl", "news.hi.txt"); with None, serve it as no file.
    Each run calls this, so no run reads what an earlier one in the process was given."""
    _stdin.clear()
    if name is not None:
        import sys

        _stdin[name] = sys.stdin.buffer.read()


def stdin_bytes(path: str) -> bytes | None:
    """The bytes of standard input when ``path`` names it, else None."""
    return _stdin.get(path)


#: The largest file :func:`blank_file` reads.
BLANK_FILE_BYTES = 4096


def blank_file(path: str) -> bool:
    """Whether the file at ``path`` holds nothing but white space: no text, which a run must not
    report clean.  (Only a small file is read: a large one is not blank.)"""
    data = stdin_bytes(path)
    if data is not None:
        return not data.strip()
    try:
        if os.path.getsize(path) > BLANK_FILE_BYTES:
            return False
        with open(path, "rb") as f:
            return not f.read().strip()
    except OSError:
        return False


def read_bytes(path: str) -> bytes | InputError:
    if path in _stdin:
        return _stdin[path]
    if os.path.isdir(path):
        return InputError(path, None, "is a directory, not a file")
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        return InputError(path, None, f"cannot read: {exc.strerror or exc}")


def decode(path: str, data: bytes) -> str | InputError:
    """UTF-8 text (a leading BOM dropped), or an error naming the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return InputError(path, line, f"invalid UTF-8 (byte 0x{data[exc.start]:02x}); tqcheck reads UTF-8 text")


def read(path: str, config: Config, fmt: str | None = None, source_path: str | None = None) -> Iterator[Item]:
    """Documents (or input errors) from ``path`` in format ``fmt`` (detected from the name by default)."""
    fmt = fmt or detect_format(path)
    if fmt in ("xliff", "tmx", "po"):
        from . import po, tmx, xliff

        reader = {"xliff": xliff.read_xliff, "tmx": tmx.read_tmx, "po": po.read_po}[fmt]
        return reader(path, config)
    if fmt in ("jsonl", "json"):
        from .jsonl import read_json, read_jsonl

        return (read_jsonl if fmt == "jsonl" else read_json)(path, config)
    if fmt == "tsv":
        from .tsv import read_tsv

        return read_tsv(path, config)
    if fmt == "parquet":
        from .parquet import read_parquet

        return read_parquet(path, config)
    from .text import read_text

    return read_text(path, config, source_path)


def language_error(path: str, line: int | None) -> InputError:
    return InputError(path, line, "no target language: pass --target-lang, set target-lang in [tool.tqcheck], name the file by its language (news.hi.txt, corpus.hi), or give records a target_lang field")


def _language_part(path: str | None) -> tuple[str, str]:
    """The two halves of the part of a file's name that names languages, split at "-" or "_": the
    part before a known format's ending ("news.hi.txt", "news.vi-hi.tsv") or the ending itself
    ("corpus.vi"); ("", "") without a path."""
    if not path:
        return "", ""
    stem, ending = os.path.splitext(os.path.basename(path))
    if ending.lower() in _BY_SUFFIX or ending.lower() in _NAMED_ONLY:
        ending = os.path.splitext(stem)[1]
    first, _, second = ending[1:].replace("_", "-").partition("-")
    return first, second


def _code_shaped(code: str) -> bool:
    return 2 <= len(code) <= 3 and code.isascii() and code.isalpha()


def name_language(path: str | None) -> str | None:
    """The language a file's name gives, as parallel corpora name their files ("news.hi.txt",
    "corpus.vi"), when CLDR knows it as a language ("pt-BR" and "pt_BR" too); None otherwise
    ("notes.v2.txt")."""
    language, region = _language_part(path)
    if not _code_shaped(language) or region and not (region.isascii() and region.isalnum()):
        return None
    from ..languages import cldr

    code = language.lower() + ("-" + region if region else "")
    return code if cldr.is_known(code) else None


def name_language_pair(path: str | None) -> tuple[str, str] | None:
    """(source, target) for a file of pairs named by both its languages, as MT corpora are
    ("news.vi-hi.tsv", "corpus.vi_hi.tsv"): two language codes in lower case that CLDR knows (a
    region is written in capitals: "pt-BR" names one language); None otherwise."""
    source, target = _language_part(path)
    if not all(_code_shaped(c) and c.islower() for c in (source, target)):
        return None
    from ..languages import cldr

    return (source, target) if cldr.is_known(source) and cldr.is_known(target) else None
