"""TMX: one document per file; each translation unit is a segment (source from the header's srclang)."""
from __future__ import annotations

from typing import Iterator

from ..config import Config
from ..languages import normalise_code
from ..model import Document, Segment
from . import InputError, Item, language_error
from .xmlsafe import XML_LANG, local, parse, start_tag_lines, text_of


def read_tmx(path: str, config: Config) -> Iterator[Item]:
    parsed = parse(path, "tmx", "TMX")
    if isinstance(parsed, InputError):
        yield parsed
        return
    root, text = parsed
    header = next((e for e in root if local(e.tag) == "header"), None)
    source_lang = (header.get("srclang") if header is not None else None) or config.source_lang
    target_lang = config.target_lang
    src_code = normalise_code(source_lang) if source_lang else None
    units, lines = [], iter(start_tag_lines(text, "tu"))
    for tu in (e for e in root.iter() if local(e.tag) == "tu"):
        variants = {}
        for tuv in (e for e in tu if local(e.tag) == "tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
            seg = next((s for s in tuv if local(s.tag) == "seg"), None)
            variants[normalise_code(lang)] = text_of(seg)
        units.append((tu, next(lines, 1), variants))
    # the first language other than the source's, in any unit: the first unit may have no translation
    target_lang = target_lang or next((lang for _, _, variants in units for lang in variants if lang != src_code), None)
    if not target_lang:
        yield language_error(path, None)
        return
    segments = []
    for n, (tu, line, variants) in enumerate(units, 1):
        target = variants.get(normalise_code(target_lang))
        if target is None:
            continue
        tuid = tu.get("tuid") or str(n)
        notes = "\n".join(text_of(e) for e in tu if local(e.tag) in ("note", "prop"))
        segments.append(Segment(target=target, source=variants.get(src_code) if src_code else None, id=tuid, line=line, notes=notes))
    yield Document(tuple(segments), target_lang, source_lang, path)
