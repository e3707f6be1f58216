"""Terminology glossaries: TSV/CSV files and TBX termbases.

A glossary entry says: where the source has ``source``, the target must
have ``target`` (or one of ``accepted``) and must not have any of
``forbidden``.  TBX is read with defusedxml, which refuses entity expansion
and external references.
"""
from __future__ import annotations

import csv
import functools
import io
import os
import unicodedata
from typing import NamedTuple


class GlossaryError(ValueError):
    """A glossary file that cannot be used; the message names the file and line."""


class Entry(NamedTuple):
    source: str
    target: str
    accepted: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    target_lang: str | None = None
    line: int = 0

    @property
    def renderings(self) -> tuple[str, ...]:
        return (self.target, *self.accepted)


def _split(value: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", v.strip()) for v in value.split("|") if v.strip())


def load(path: str) -> tuple[Entry, ...]:
    """Entries of the glossary at ``path`` (.tsv, .csv or .tbx)."""
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot read glossary: {exc.strerror}") from None
    return _load(path, stamp)


@functools.lru_cache(maxsize=8)
def _load(path: str, stamp: int) -> tuple[Entry, ...]:
    if path.lower().endswith(".tbx"):
        return _load_tbx(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            text = f.read()
    except UnicodeDecodeError as exc:
        raise GlossaryError(f"{path}: invalid UTF-8 ({exc.reason})") from None
    dialect = "excel-tab" if path.lower().endswith((".tsv", ".tab", ".txt")) else "excel"
    entries = []
    for n, row in enumerate(csv.reader(io.StringIO(text), dialect=dialect), 1):
        if not row or not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
            continue
        if n == 1 and [c.strip().lower() for c in row[:2]] == ["source", "target"]:
            continue  # header
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise GlossaryError(f"{path}:{n}: expected at least 2 columns: source term, target term[, accepted|variants[, forbidden|variants[, target language]]]")
        targets = _split(row[1])
        entries.append(
            Entry(
                source=unicodedata.normalize("NFC", row[0].strip()),
                target=targets[0],
                accepted=targets[1:] + (_split(row[2]) if len(row) > 2 else ()),
                forbidden=_split(row[3]) if len(row) > 3 else (),
                target_lang=row[4].strip() or None if len(row) > 4 else None,
                line=n,
            )
        )
    return tuple(entries)


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DEPRECATED = {"deprecatedterm-admn-sts", "supersededterm-admn-sts", "deprecated", "forbidden", "notrecommended"}


def _load_tbx(path: str) -> tuple[Entry, ...]:
    try:
        from defusedxml import ElementTree as ET
        from defusedxml.common import DefusedXmlException
    except ImportError:  # pragma: no cover - defusedxml is a dependency
        raise GlossaryError(f"{path}: reading TBX needs the defusedxml package") from None
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, DefusedXmlException) as exc:
        raise GlossaryError(f"{path}: not a usable TBX file: {exc}") from None

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    entries = []
    for concept in (e for e in root.iter() if local(e.tag) in ("termEntry", "conceptEntry")):
        by_lang: dict[str, list[tuple[str, bool]]] = {}
        for lang_set in (e for e in concept if local(e.tag) in ("langSet", "langSec")):
            lang = (lang_set.get(_XML_LANG) or lang_set.get("lang") or "").split("-")[0].lower()
            for holder in lang_set.iter():
                if local(holder.tag) not in ("tig", "ntig", "termSec"):
                    continue
                term = next((e.text for e in holder.iter() if local(e.tag) == "term" and e.text), None)
                status = " ".join((e.text or "").lower() for e in holder.iter() if local(e.tag) == "termNote")
                if term:
                    by_lang.setdefault(lang, []).append((unicodedata.normalize("NFC", term.strip()), any(d in status for d in _DEPRECATED)))
        langs = list(by_lang)
        for src in langs:
            for tgt in langs:
                if src == tgt:
                    continue
                good = [t for t, bad in by_lang[tgt] if not bad]
                bad = tuple(t for t, is_bad in by_lang[tgt] if is_bad)
                if not good:
                    continue
                for term, deprecated in by_lang[src]:
                    if not deprecated:
                        entries.append(Entry(term, good[0], tuple(good[1:]), bad, tgt))
    return tuple(entries)
