"""Runs the selected rules over documents and turns their hits into findings.

A rule that raises does not stop the run: its exception becomes an error
finding that names the rule, so the input that broke it is reported.
Output order is stable: by position, then code.
"""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import Any

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
        self._sentence_end = {"target": target.sentence_end, "source": source.sentence_end if source else ()}
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
            found = self._info[key] = TextInfo(self.document.segments[key[0]].text(field), self._sentence_end[field])
        return found

    def at(self, index: int) -> None:
        """Move to segment ``index``: ``text`` and ``src`` become its analyses."""
        if index >= len(self.document.segments):
            return
        self.text = self.info(index)
        self.src = self.info(index, "source")


@dataclass(frozen=True)
class UnusedSuppression:
    path: str
    record: str | None
    line: int
    directive: str

    def to_dict(self) -> dict:
        return {"path": self.path, "record": self.record, "line": self.line, "directive": self.directive}


@dataclass
class Result:
    """Findings of one document, plus the suppressions that silenced nothing."""

    findings: list[Finding] = field(default_factory=list)
    unused_suppressions: list[UnusedSuppression] = field(default_factory=list)


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
        return self._finish(doc, raw)

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

    def _finish(self, doc: Document, raw: list[tuple[Rule, Hit]]) -> Result:
        result = Result()
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
                    context=_context(seg.text(hit.field), hit.start, hit.end),
                )
            )
        for owner, ds in directives.items():
            for k, d in enumerate(ds):
                if (owner, k) not in used:
                    result.unused_suppressions.append(UnusedSuppression(doc.path, owner[0], owner[1], d.text))
        result.findings.sort(key=Finding.sort_key)
        return result


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
    from dataclasses import replace

    return replace(hit, segment=index)
