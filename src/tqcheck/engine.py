"""Runs the selected rules over documents and turns their hits into findings.

A rule that raises does not stop the run: its exception becomes an error
finding that names the rule, so the input that broke it is reported.
Output order is stable: by position, then code.
"""
from __future__ import annotations

import bisect
import fnmatch
import re
import unicodedata
from typing import Any, NamedTuple

from .config import Config
from .languages import Profile, load_profile
from .model import Document, Finding, Hit, Segment, Severity
from .registry import Rule, select_rules
from .suppress import parse_directives
from .text import TextInfo

#: Findings one rule may report on one segment (or document) before it is cut short.
MAX_HITS = 100


class Context:
    """What a rule may ask while it checks one document.

    ``target`` and ``source`` are the language profiles; ``options`` holds the
    options of the rule being run; :meth:`info` gives the shared, lazily
    computed analysis of a segment's text.
    """

    def __init__(self, document: Document, target: Profile, source: Profile | None, config: Config):
        self.document = document
        self.target = target
        self.source = source
        self.config = config
        self.options: dict[str, Any] = {}
        #: Results several rules need once per document (rules pick their own keys).
        self.memo: dict[str, Any] = {}
        self._info: dict[tuple[int, str], TextInfo] = {}
        self._sentences = {"target": (target.sentence_end, target.abbreviations), "source": (source.sentence_end, source.abbreviations) if source else ()}
        #: Analysis of the target (``text``) and source (``src``) of the segment being checked.
        self.text = self.src = TextInfo("")
        self.at(0)

    def info(self, index: int | None = None, field: str = "target") -> TextInfo:
        """The analysis of ``field`` of segment ``index`` (the current segment by default)."""
        if index is None:
            return self.text if field == "target" else self.src
        key = (index, field)
        found = self._info.get(key)
        if found is None:
            found = self._info[key] = TextInfo(self.document.segments[key[0]].text(field), *self._sentences[field])
        return found

    def at(self, index: int) -> None:
        """Move to segment ``index``: ``text`` and ``src`` become its analyses."""
        if index >= len(self.document.segments):
            return
        self.text = self.info(index)
        self.src = self.info(index, "source")


class UnusedSuppression(NamedTuple):
    path: str
    record: str | None
    line: int
    directive: str

    def to_dict(self) -> dict:
        return {"path": self.path, "record": self.record, "line": self.line, "directive": self.directive}


class Result:
    """Findings of one document, plus the suppressions that silenced nothing."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.unused_suppressions: list[UnusedSuppression] = []


def position(seg: Segment, start: int) -> tuple[int, int]:
    """(line, column), 1-based, of code-point offset ``start`` in ``seg``'s field."""
    if not seg.lines_follow_text:
        return seg.line, start + 1
    text = seg.target
    line_start = text.rfind("\n", 0, start) + 1
    return seg.line + text.count("\n", 0, start), start - line_start + 1


class Checker:
    """Checks documents with the rules a :class:`Config` selects.

    >>> from tqcheck.model import Document, Segment
    >>> checker = Checker(Config(select=("TQ201",)))
    >>> [f.code for f in checker.check_document(Document((Segment("Xin chào [ad_1]"),), "vi")).findings]
    ['TQ201']
    """

    def __init__(self, config: Config | None = None):
        self.config = config or Config()
        rules = select_rules(self.config.select, self.config.ignore, self.config.extend_select)
        self.rules = rules
        self._segment_rules = [r for r in rules if r.scope == "segment"]
        self._document_rules = [r for r in rules if r.scope == "document"]
        self._options = {r.code: {**r.options, **self.config.options.get(r.code, {})} for r in rules}
        self._plans: dict[tuple[int, ...], list[tuple[Any, list[tuple], list[tuple]]]] = {}
        self._load_glossaries()

    def option(self, code: str, name: str):
        """The value of option ``name`` of rule ``code`` in this run (None when the rule is not selected)."""
        return self._options.get(code, {}).get(name)

    def _load_glossaries(self) -> None:
        """Read every glossary the selected rules use now, so a broken file stops the run before it starts."""
        from . import glossary

        paths = {self.config.glossary, self.config.names} | {self._options[r.code].get("glossary") for r in self.rules if "glossary" in r.options}
        for path in sorted(p for p in paths if p):
            glossary.load(path)

    def _rules_for(self, path: str) -> tuple[list[Rule], list[Rule]]:
        ignored = {k for pattern, keys in self.config.per_file_ignores.items() if fnmatch.fnmatch(path, pattern) for k in keys}
        if not ignored:
            return self._segment_rules, self._document_rules

        def keep(r: Rule) -> bool:
            return not any(r.code.startswith(k) or k in (r.name, r.category) for k in ignored)

        return [r for r in self._segment_rules if keep(r)], [r for r in self._document_rules if keep(r)]

    def check_document(self, doc: Document) -> Result:
        composed, offsets = _composed(doc)
        return self._finish(doc, self._check(composed), offsets)

    def _check(self, doc: Document) -> list[tuple[Rule, Hit]]:
        """The hits of every selected rule on ``doc``."""
        target = load_profile(doc.target_lang)
        source = load_profile(doc.source_lang or _guess_language(doc)) if any(s.source for s in doc.segments) else None
        ctx = Context(doc, target, source, self.config)
        segment_rules, document_rules = self._rules_for(doc.path)
        raw: list[tuple[Rule, Hit]] = []
        plan = self._plan(segment_rules)
        run = self._run
        for index, seg in enumerate(doc.segments):
            ctx.at(index)
            text, has_source = ctx.text, bool(seg.source)
            for trigger, without_source, with_source in plan:
                if trigger is not None and not text.has(trigger):
                    continue
                for r, check, options in with_source if has_source else without_source:
                    ctx.options = options
                    run(r, check, seg, ctx, index, raw)
        ctx.at(0)
        for r in document_rules:
            if r.needs_source and not any(s.source for s in doc.segments):
                continue
            ctx.options = self._options[r.code]
            self._run(r, r.check, doc, ctx, None, raw)
        return self._uncovered(raw)

    def _uncovered(self, raw: list[tuple[Rule, Hit]]) -> list[tuple[Rule, Hit]]:
        """``raw`` less the hits that a warning or error of a rule covering them spans (see
        :attr:`Rule.covers`): one fault, one finding."""
        covering: dict[tuple[int, str], list[tuple[Rule, Hit]]] = {}
        for r, h in raw:
            if r.covers and self._severity(r, h) >= Severity.WARNING:
                covering.setdefault((h.segment, h.field), []).append((r, h))
        if not covering:
            return raw

        def covered(r: Rule, h: Hit) -> bool:
            return any(
                (r.code in c.covers or r.category in c.covers) and ch.start <= h.start and h.end <= ch.end
                for c, ch in covering.get((h.segment, h.field), ())
            )

        return [(r, h) for r, h in raw if not covered(r, h)]

    def _plan(self, rules: list[Rule]) -> list[tuple[Any, list[tuple], list[tuple]]]:
        """Segment ``rules`` grouped by trigger, rules without one first: (trigger, the group's rules
        for a segment without source, for one with source).  Each trigger is then tested once per segment."""
        key = tuple(map(id, rules))
        plan = self._plans.get(key)
        if plan is None:
            groups: dict[Any, tuple[list, list]] = {}
            for r in rules:
                without_source, with_source = groups.setdefault(r.trigger, ([], []))
                member = (r, r.check, self._options[r.code])
                with_source.append(member)
                if not r.needs_source:
                    without_source.append(member)
            plan = self._plans[key] = sorted(((t, *g) for t, g in groups.items()), key=lambda group: group[0] is not None)
        return plan

    @staticmethod
    def _run(r: Rule, check, subject: Segment | Document, ctx: Context, index: int | None, raw: list[tuple[Rule, Hit]]) -> None:
        """Append the hits of rule ``r`` on ``subject`` to ``raw``.

        ``index`` is the segment's index for a segment-scope rule (its hits
        are moved there), None for a document-scope rule.  This is the
        innermost loop of a run, so it avoids per-call allocations.
        """
        first = len(raw)
        try:
            for hit in check(subject, ctx):
                if index is not None and hit.segment != index:
                    hit = _with_segment(hit, index)
                raw.append((r, hit))
                if len(raw) - first > MAX_HITS:
                    # garbage input (a megabyte of brackets) must not drown the report, nor take minutes
                    last = raw[first + MAX_HITS - 1][1]
                    del raw[first + MAX_HITS:]
                    raw.append((r, Hit(last.start, last.end, f"{r.name}: more than {MAX_HITS} findings here; the rest are not shown", segment=last.segment)))
                    break
        except TimeoutError:
            del raw[first:]
            raw.append((r, Hit(0, 0, f"{r.name}: a pattern timed out on this input; it was not fully checked", segment=index or 0, severity=Severity.ERROR)))
        except Exception as exc:  # isolate a broken rule: report it, keep checking
            del raw[first:]
            message = f"{r.name} crashed on this input ({type(exc).__name__}: {exc}); please report it"
            raw.append((r, Hit(0, 0, message, segment=index or 0, severity=Severity.ERROR)))

    def _severity(self, r: Rule, hit: Hit) -> Severity:
        """Configured severity first, then the hit's own, then the rule's default."""
        configured = self.config.severity.get(r.code)
        if configured is not None:
            return configured
        return hit.severity if hit.severity is not None else r.severity

    def _finish(self, doc: Document, raw: list[tuple[Rule, Hit]], offsets: dict) -> Result:
        result = Result()
        if offsets:
            raw = [(r, _to_written(hit, offsets)) for r, hit in raw]
        # A note belongs to its record: the segments of one record (title, body) share its directives.
        owners = {i: (seg.id, seg.line, seg.notes) for i, seg in enumerate(doc.segments) if seg.notes}
        directives = {key: parse_directives(key[2]) for key in set(owners.values())}
        used: set[tuple[tuple, int]] = set()
        for r, hit in raw:
            seg = doc.segments[hit.segment]
            owner = owners.get(hit.segment)
            silenced = False
            for k, d in enumerate(directives.get(owner, ())):
                if d.matches(r.code, r.name):
                    used.add((owner, k))
                    silenced = True
            if silenced:
                continue
            line, column = position(seg, hit.start) if hit.field == "target" else (seg.line, hit.start + 1)
            result.findings.append(
                Finding(
                    path=doc.path,
                    record=seg.id,
                    field=seg.field if hit.field == "target" else seg.source_field,
                    line=line,
                    column=column,
                    start=hit.start,
                    end=hit.end,
                    code=r.code,
                    name=r.name,
                    category=r.category,
                    severity=self._severity(r, hit),
                    message=hit.message,
                    suggestion=hit.suggestion,
                    segment=hit.segment,
                    context=_context(seg.text(hit.field), hit.start, hit.end),
                )
            )
        for owner, ds in directives.items():
            for k, d in enumerate(ds):
                if (owner, k) not in used:
                    result.unused_suppressions.append(UnusedSuppression(doc.path, owner[0], owner[1], d.text))
        result.findings.sort(key=Finding.sort_key)
        return result


def _composed(doc: Document) -> tuple[Document, dict]:
    """``doc`` with every text in Unicode's composed form (NFC), which the rules' word lists are
    written in, and, for each text that changed, the spans rewritten (:func:`_composed_text`).

    Text typed in decomposed form (Vietnamese from some keyboards: "tỷ" as "y" and two marks) or
    with the one-character nukta letters of Devanagari and Bengali ("ड़" as U+095C) reads the same
    to a reader but not to a pattern: "5 tỷ", "500 करोड़" would lose their scale words.  So does a
    zero-width joiner or non-joiner inside a word ("प्‍रतिशत"), which the rules read without.
    Findings are moved back to the text as written.
    """
    offsets: dict[tuple[int, str], list[tuple[int, int, int, int]]] = {}
    segments = None
    for i, seg in enumerate(doc.segments):
        changes = {}
        for name in ("target", "source", "reference"):
            text = getattr(seg, name)
            if text and UNCOMPOSED_HINT.search(text) is not None:
                found = _composed_text(text)
                if found is not None:
                    changes[name], offsets[(i, name)] = found
        if changes:
            segments = segments or list(doc.segments)
            segments[i] = seg._replace(**changes)
    return (doc if segments is None else doc._replace(segments=tuple(segments))), offsets


#: Where text is not in Unicode's composed form (NFC), in the scripts news is written in: a nukta
#: letter Unicode keeps as two characters ("ड़" typed as U+095C); Latin combining marks after a
#: letter (decomposed Vietnamese); "न", "र", "ळ" and a nukta, which NFC joins; a virama typed before a
#: nukta, which NFC puts after it; a vowel written in two parts (Bengali "ে" and "া"); and the
#: zero-width joiners (:data:`JOINERS`), which are taken out.
UNCOMPOSED_RE = re.compile(
    "[\u0958-\u095f\u09dc\u09dd\u09df\u0a33\u0a36\u0a59-\u0a5b\u0a5e\u0b5c\u0b5d]"
    "|[\u0300-\u036f]+"
    "|[\u0928\u0930\u0933]\u093c"
    "|[\u094d\u09cd\u0a4d\u0b4d][\u093c\u09bc\u0a3c\u0b3c]"
    "|\u09c7[\u09be\u09d7]|\u0b47[\u0b3e\u0b56\u0b57]|\u0bc6[\u0bbe\u0bd7]|\u0bc7\u0bbe|\u0d46[\u0d3e\u0d57]|\u0d47\u0d3e"
    "|[\u200c\u200d]+"
)
#: What a text that :data:`UNCOMPOSED_RE` rewrites nearly always holds, found by a fast scan: a
#: one-character nukta letter, a Latin combining mark or a joiner (the rest, a virama typed before a nukta or
#: a two-part vowel alone, is rare enough to be read as written).
UNCOMPOSED_HINT = re.compile("[\u0958-\u095f\u09dc\u09dd\u09df\u0a33\u0a36\u0a59-\u0a5b\u0a5e\u0b5c\u0b5d\u0300-\u036f\u200c\u200d]")
#: The zero-width joiner and non-joiner: they ask for a glyph's form ("क्‍ष" with a half क), and
#: leave the letters as they are, so that a rule reads "प्‍रतिशत" as "प्रतिशत".
JOINERS = frozenset("\u200c\u200d")
#: Marks a match above starts with that belong to the letter before them.
LEADING_MARKS = frozenset("\u094d\u09cd\u0a4d\u0b4d") | frozenset(map(chr, range(0x300, 0x370)))


def _composed_text(text: str) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    """NFC of ``text``, rewriting only what :data:`UNCOMPOSED_RE` finds, and the spans it rewrote:
    (start and end in the composed text, start and end in ``text``); None when nothing changed."""
    pieces, spans = [], []
    at = shift = 0
    for m in UNCOMPOSED_RE.finditer(text):
        start = m.start() - 1 if m.group()[0] in LEADING_MARKS and m.start() else m.start()
        if start < at:
            continue
        written = text[start:m.end()]
        composed = "" if written[0] in JOINERS else unicodedata.normalize("NFC", written)
        if composed == written:
            continue
        pieces += [text[at:start], composed]
        spans.append((start + shift, start + shift + len(composed), start, m.end()))
        shift += len(composed) - len(written)
        at = m.end()
    if not spans:
        return None
    pieces.append(text[at:])
    return "".join(pieces), spans


def _to_written(hit: Hit, offsets: dict) -> Hit:
    """``hit``, found in the composed text, placed in the text as written."""
    spans = offsets.get((hit.segment, hit.field))
    if spans is None:
        return hit
    start, end = _written(spans, hit.start, False), _written(spans, hit.end, True)
    return hit._replace(start=start, end=max(start, end))


def _written(spans: list[tuple[int, int, int, int]], pos: int, is_end: bool) -> int:
    """Offset ``pos`` of the composed text in the text as written: inside a rewritten span, its
    start (or, for the end of a finding, its end)."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    if k < 0:
        return pos
    start, end, written_start, written_end = spans[k]
    if pos == start or (start < pos < end and not is_end):
        return written_start
    if start < pos < end or pos == end:
        return written_end
    return pos - end + written_end


def _context(text: str, start: int, end: int, width: int = 80) -> tuple[str, str, str]:
    return text[max(0, start - width):start], text[start:end], text[end:end + width]


def _guess_language(doc: Document) -> str:
    """The source language of a document that did not name it, identified from its text."""
    from .languages import UnknownLanguage
    from .languages.detect import get_detector

    sample = "\n".join(s.source for s in doc.segments if s.source)[:2000]
    guesses = get_detector("auto").detect(sample)
    if not guesses or guesses[0][1] < 0.8:
        raise UnknownLanguage("the source language is not given and cannot be identified: pass --source-lang")
    return guesses[0][0]


def _with_segment(hit: Hit, index: int) -> Hit:
    return hit._replace(segment=index)
