"""XLIFF 1.2 and 2.0: one document per file; each unit's target (and source) is a segment; notes feed suppression."""
from __future__ import annotations

from typing import Iterator

from ..config import Config
from ..model import Document, Segment
from . import InputError, Item, language_error
from .xmlsafe import local, parse, start_tag_lines, text_of


def read_xliff(path: str, config: Config) -> Iterator[Item]:
    parsed = parse(path, "xliff", "XLIFF")
    if isinstance(parsed, InputError):
        yield parsed
        return
    root, text = parsed
    version = root.get("version", "1.2")
    unit_name = "unit" if version.startswith("2") else "trans-unit"
    lines = iter(start_tag_lines(text, unit_name))
    files = [e for e in root if local(e.tag) == "file"]
    for f in files:
        if version.startswith("2"):
            source_lang, target_lang = root.get("srcLang"), root.get("trgLang")
        else:
            source_lang, target_lang = f.get("source-language"), f.get("target-language")
        units = [u for u in f.iter() if local(u.tag) == unit_name]
        target_lang = target_lang or config.target_lang
        if not target_lang:
            yield language_error(path, None)
            return
        segments = []
        for unit in units:
            uid = unit.get("id")
            line = next(lines, 1)
            notes = "\n".join(text_of(n) for n in unit.iter() if local(n.tag) == "note")
            pairs = _pairs(unit, version)
            for k, (source, target) in enumerate(pairs):
                if target is None:
                    continue
                # the segments of a unit are one record (its notes are theirs) told apart by their fields
                numbered = len(pairs) > 1
                segments.append(Segment(target=target, source=source, id=uid, line=line, notes=notes,
                                        field=f"target[{k + 1}]" if numbered else "target", source_field=f"source[{k + 1}]" if numbered else "source"))
        yield Document(tuple(segments), target_lang, source_lang or config.source_lang, path)


def _pairs(unit, version: str) -> list[tuple[str | None, str | None]]:
    if version.startswith("2"):
        out = []
        for seg in (e for e in unit if local(e.tag) in ("segment", "ignorable")):
            source = next((text_of(e) for e in seg if local(e.tag) == "source"), None)
            target = next((text_of(e) for e in seg if local(e.tag) == "target"), None)
            out.append((source, target))
        return out
    source = next((text_of(e) for e in unit if local(e.tag) == "source"), None)
    target = next((text_of(e) for e in unit if local(e.tag) == "target"), None)
    return [(source, target)]

