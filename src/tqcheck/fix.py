"""``--fix``: apply rule suggestions to files, safely.

Only rules that declare a fix take part ("safe" ones always, "unsafe" ones
with ``--unsafe-fixes``).  Files are rewritten atomically (a temporary file
in the same directory, then ``os.replace``), keeping the byte-order mark,
line endings and permissions, and changing no byte outside the fixed spans
(except a line that a fix empties, which goes with its line break).  Fixes
are applied until the text is stable, so a second ``--fix`` finds nothing
to do.  Plain text and JSONL can be fixed; other formats are reported as not
fixable rather than skipped silently.
"""
from __future__ import annotations

import json
import os
import stat
import tempfile
from dataclasses import dataclass

import regex

from .config import Config
from .engine import Checker
from .io import InputError, detect_format, name_language
from .model import Document, Finding, Segment
from .text import LazyPattern

FIXABLE_FORMATS = ("text", "jsonl")
MAX_PASSES = 5
JSON_STRING_RE = LazyPattern(r'"(?:[^"\\]|\\.)*"')


@dataclass
class FixResult:
    path: str
    fixes: int = 0
    error: InputError | None = None


def apply(text: str, findings: list[Finding]) -> tuple[str, int]:
    """``text`` with the suggestions of ``findings`` (non-overlapping, first wins) applied, and how many."""
    chosen, last_end = [], -1
    for f in sorted(findings, key=lambda f: (f.start, -f.end, f.code)):
        if f.suggestion is None or f.start < last_end or (f.start == f.end and not f.suggestion):
            continue
        chosen.append(f)
        last_end = f.end
    for f in reversed(chosen):
        start, end = f.start, f.end
        if f.suggestion == "":
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            if not text[line_start:start].strip() and not text[end:line_end].strip():
                # the fix empties its line: the line goes, with one line break
                start, end = (line_start - 1, line_end) if line_start > 0 else (line_start, min(len(text), line_end + 1))
                if end == len(text) and text[start - 1:start] == "\r":
                    start -= 1  # the last line goes with its "\r\n" before it, not leaving a "\r" behind
            elif start > 0 and text[start - 1] == " " and (end == len(text) or text[end] in " \r\n"):
                start -= 1  # "हुआ। [विज्ञापन_2] प्रांतीय" leaves one space, not two; none at a line end
            elif (start == 0 or text[start - 1] == "\n") and end < len(text) and text[end] == " ":
                end += 1
        text = text[:start] + f.suggestion + text[end:]
    return text, len(chosen)


def _fixable(checker: Checker, unsafe: bool) -> Checker:
    wanted = {"safe", "unsafe"} if unsafe else {"safe"}
    codes = tuple(r.code for r in checker.rules if r.fixable in wanted)
    return Checker(checker.config._replace(select=codes, ignore=(), extend_select=()))


def fix_file(path: str, checker: Checker, fmt: str | None = None, unsafe: bool = False, keep_lines: bool = False) -> FixResult:
    """Fix ``path`` in place.  ``keep_lines`` empties lines instead of removing them (a line-aligned source exists)."""
    fmt = fmt or detect_format(path)
    result = FixResult(path)
    if fmt not in FIXABLE_FORMATS:
        result.error = InputError(path, None, f"--fix does not rewrite {fmt} files; they were checked but not changed")
        return result
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        result.error = InputError(path, None, f"cannot read: {exc.strerror or exc}")
        return result
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        text = data[3 if bom else 0:].decode("utf-8")
    except UnicodeDecodeError as exc:
        result.error = InputError(path, data[: exc.start].count(b"\n") + 1, "invalid UTF-8: not fixed")
        return result
    fixer = _fixable(checker, unsafe)
    if not fixer.rules:
        return result
    new = text
    for _ in range(MAX_PASSES):
        if fmt == "text":
            step, count = _fix_text_file(new, path, fixer, checker.config, keep_lines)
        else:
            step, count = _fix_jsonl(new, path, fixer, checker.config)
        if count == 0:
            break
        new, result.fixes = step, result.fixes + count
    if new != text:
        _write_atomically(path, (b"\xef\xbb\xbf" if bom else b"") + new.encode("utf-8"))
    return result


def _split_lines(text: str) -> list[tuple[str, str]]:
    """(content, line ending) pairs; "\\r\\n" and "\\n" kept as they were."""
    out = []
    for piece in text.split("\n"):
        out.append(piece)
    pairs = []
    for k, piece in enumerate(out):
        last = k == len(out) - 1
        if last and piece == "":
            break
        ending = "" if last else "\n"
        if piece.endswith("\r") and not last:
            piece, ending = piece[:-1], "\r\n"
        pairs.append((piece, ending))
    return pairs


def _fix_text_file(text: str, path: str, fixer: Checker, config: Config, keep_lines: bool) -> tuple[str, int]:
    lines = _split_lines(text)
    # the language as the check reads it: configured, else the file's name ("news.hi.txt")
    target_lang = config.target_lang or name_language(path) or "und"
    doc = Document(tuple(Segment(content, line=i + 1) for i, (content, _) in enumerate(lines)), target_lang, config.source_lang, path)
    by_line: dict[int, list[Finding]] = {}
    for f in fixer.check_document(doc).findings:
        if f.field == "target":
            by_line.setdefault(f.line, []).append(f)
    total, out = 0, []
    for i, (content, ending) in enumerate(lines, 1):
        if i in by_line:
            fixed, n = apply(content, by_line[i])
            total += n
            if n and fixed == "" and content.strip() and not keep_lines:
                continue  # a boilerplate line removed whole
            content = fixed
        out.append(content + ending)
    return "".join(out), total


def _fix_jsonl(text: str, path: str, fixer: Checker, config: Config) -> tuple[str, int]:
    from .io.jsonl import _as_list, _document

    total, out = 0, []
    targets, sources = _as_list(config.fields["target"]), _as_list(config.fields["source"])
    for n, (raw, ending) in enumerate(_split_lines(text), 1):
        try:
            record = json.loads(raw) if raw.strip() else None
        except json.JSONDecodeError:
            record = None
        doc = _document(path, n, record, config, targets, sources) if isinstance(record, dict) else None
        if not isinstance(doc, Document):
            out.append(raw + ending)
            continue
        for seg in doc.segments:
            findings = [f for f in fixer.check_document(Document((seg,), doc.target_lang, doc.source_lang, path)).findings if f.field == seg.field]
            fixed, count = apply(seg.target, findings)
            if count:
                raw = _replace_json_value(raw, seg.field, seg.target, fixed)
                total += count
        out.append(raw + ending)
    return "".join(out), total


def _replace_json_value(raw: str, key: str, old: str, new: str) -> str:
    """Replace the string value of ``key`` in one JSON line, leaving every other byte as it was."""
    for m in regex.finditer(rf'"{regex.escape(key)}"\s*:\s*', raw):
        token = JSON_STRING_RE.match(raw, m.end())
        if token and json.loads(token.group()) == old:
            encoded = json.dumps(new, ensure_ascii=token.group().isascii() and not old.isascii())
            return raw[: token.start()] + encoded + raw[token.end():]
    return raw


def _write_atomically(path: str, data: bytes) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    mode = stat.S_IMODE(os.stat(path).st_mode)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tqcheck-fix-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
