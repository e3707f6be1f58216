"""Gettext PO files (polib): each translated entry is a segment; translator comments feed suppression."""
from __future__ import annotations

from typing import Iterator

from ..config import Config
from ..model import Document, Segment
from . import InputError, Item, decode, language_error, read_bytes


def read_po(path: str, config: Config) -> Iterator[Item]:
    import polib

    data = read_bytes(path)
    text = data if isinstance(data, InputError) else decode(path, data)
    if isinstance(text, InputError):
        yield text
        return
    if not text.strip():
        yield InputError(path, None, "empty file: expected PO entries")
        return
    try:
        catalogue = polib.pofile(text)
    except (OSError, ValueError, UnicodeError) as exc:
        message = str(exc)
        line = None
        if "line" in message:
            digits = "".join(c for c in message.rsplit("line", 1)[1] if c.isdigit())
            line = int(digits) if digits else None
        yield InputError(path, line, f"malformed PO file: {message}")
        return
    target_lang = (catalogue.metadata.get("Language") or "").strip() or config.target_lang
    if not target_lang:
        yield language_error(path, None)
        return
    segments = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        notes = "\n".join(c for c in (entry.tcomment, entry.comment) if c)
        forms = [("msgstr", entry.msgstr)] if not entry.msgid_plural else [(f"msgstr[{k}]", v) for k, v in sorted(entry.msgstr_plural.items())]
        for field, target in forms:
            if not target:
                continue
            source = entry.msgid if field in ("msgstr", "msgstr[0]") else entry.msgid_plural
            segments.append(Segment(target=target, source=source, id=entry.msgctxt or entry.msgid[:60], line=entry.linenum, notes=notes, field=field, source_field="msgid"))
    yield Document(tuple(segments), target_lang, config.source_lang or "en", path)
