"""Rule registration and selection.

Every rule is registered once, explicitly, with :func:`rule`.  A rule has a
stable code ``TQnnn`` (the hundreds digit names its family) and one kebab-case
name; either may be used wherever users select or suppress rules.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Mapping, NamedTuple

import regex

from .model import CATEGORIES, Severity
from .text import LazyPattern

CODE_RE = LazyPattern(r"TQ[1-9]\d\d")
NAME_RE = LazyPattern(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")

#: Family (hundreds digit) of each category; a rule's code must agree with it.
FAMILIES = {
    "script": 1,
    "markup": 2,
    "boilerplate": 3,
    "names": 4,
    "numbers": 5,
    "language": 6,
    "terminology": 7,
    "typography": 8,
    "fidelity": 9,
}
assert set(FAMILIES) == set(CATEGORIES)


class Rule(NamedTuple):
    """A registered check and everything users and tools need to know about it."""

    code: str
    name: str
    category: str
    summary: str
    check: Callable
    scope: str = "segment"
    needs_source: bool = False
    severity: Severity = Severity.WARNING
    default_enabled: bool = True
    options: Mapping[str, Any] = {}
    #: "safe": ``--fix`` applies the suggestion; "unsafe": only with ``--unsafe-fixes``; None: no fix.
    fixable: str | None = None
    #: A segment rule that can only fire when this pattern occurs in the target: the engine
    #: tests it once per segment for all rules sharing it, and skips them when it fails.
    trigger: re.Pattern | regex.Pattern | None = None
    #: Codes and categories of the findings that one of this rule's findings (a warning or an
    #: error) makes redundant where it spans them: symptoms of the fault it reports (the figures
    #: and names of a sentence left untranslated, the foreign words of a placeholder).
    covers: tuple[str, ...] = ()

    @property
    def doc(self) -> str:
        import inspect  # only docs and tests read docstrings: a checking run does without its import time

        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def examples(self) -> list[Example]:
        """The "Bad (...)" and "Good (...)" lines of the docstring, parsed."""
        return [parse_example(m) for m in EXAMPLE_RE.finditer(self.doc)]


EXAMPLE_RE = LazyPattern(r"^(Bad|Good) \((\w+)(?:>(\w+))?\): (.*)$", regex.MULTILINE)
_ESCAPE_RE = LazyPattern(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[ntr\\])")


class Example(NamedTuple):
    """A docstring example: ``Bad (hi): text`` or ``Good (vi>hi): source => target``."""

    bad: bool
    target_lang: str
    source_lang: str | None
    source: str | None
    target: str


def _unescape(text: str) -> str:
    def repl(m):
        code = m.group(1)
        return {"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(code) or chr(int(code[1:], 16))

    return _ESCAPE_RE.sub(repl, text)


def parse_example(m) -> Example:
    kind, first, second, body = m.groups()
    body = _unescape(body)
    if second:
        source, target = body.split(" => ", 1)
        return Example(kind == "Bad", second, first, source, target)
    return Example(kind == "Bad", first, None, None, body)


RULES: dict[str, Rule] = {}
#: Old code or name -> current code, so renamed rules keep working in configs.
REDIRECTS: dict[str, str] = {}
_BY_NAME: dict[str, str] = {}


def rule(
    code: str,
    name: str,
    *,
    category: str,
    summary: str,
    scope: str = "segment",
    needs_source: bool = False,
    severity: str = "warning",
    default_enabled: bool = True,
    options: Mapping[str, Any] | None = None,
    fixable: str | None = None,
    trigger: re.Pattern | regex.Pattern | None = None,
    covers: tuple[str, ...] = (),
) -> Callable[[Callable], Callable]:
    """Register the decorated function as a rule.  Fails fast on any mistake."""

    def register(check: Callable) -> Callable:
        if not CODE_RE.fullmatch(code):
            raise ValueError(f"rule code {code!r} is not of the form TQnnn")
        if not NAME_RE.fullmatch(name):
            raise ValueError(f"rule name {name!r} is not kebab-case")
        if category not in FAMILIES:
            raise ValueError(f"{code}: unknown category {category!r}")
        if int(code[2]) != FAMILIES[category]:
            raise ValueError(f"{code}: code does not belong to the {category} family (TQ{FAMILIES[category]}xx)")
        if scope not in ("segment", "document"):
            raise ValueError(f"{code}: scope must be 'segment' or 'document'")
        if code in RULES:
            raise ValueError(f"duplicate rule code {code} ({RULES[code].name} and {name})")
        if name in _BY_NAME:
            raise ValueError(f"duplicate rule name {name} ({_BY_NAME[name]} and {code})")
        if fixable not in (None, "safe", "unsafe"):
            raise ValueError(f"{code}: fixable must be 'safe', 'unsafe' or None")
        if trigger is not None and scope != "segment":
            raise ValueError(f"{code}: only segment rules take a trigger")
        if not check.__doc__:
            raise ValueError(f"{code}: a rule needs a docstring (its user documentation)")
        if code in covers or category in covers:
            raise ValueError(f"{code}: a rule cannot cover its own findings")
        RULES[code] = Rule(
            code=code,
            name=name,
            category=category,
            summary=summary,
            check=check,
            scope=scope,
            needs_source=needs_source,
            severity=Severity.parse(severity),
            default_enabled=default_enabled,
            options=dict(options or {}),
            fixable=fixable,
            trigger=trigger,
            covers=tuple(covers),
        )
        _BY_NAME[name] = code
        return check

    return register


def all_rules() -> list[Rule]:
    """Every registered rule, in code order."""
    from . import rules  # noqa: F401  (registers the rule modules)

    return [RULES[c] for c in sorted(RULES)]


def lookup(key: str) -> Rule | None:
    """The rule with code or name ``key`` (following redirects), else None."""
    all_rules()
    key = REDIRECTS.get(key, key)
    if key in RULES:
        return RULES[key]
    if key in _BY_NAME:
        return RULES[_BY_NAME[key]]
    return None


def did_you_mean(key: str, choices: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(key, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _specificity(entry: str, r: Rule) -> int | None:
    """How precisely ``entry`` names rule ``r``: higher is more precise; None: no match.

    An exact code or name is most precise; a code prefix counts its length; a
    category name is as precise as a family prefix ("TQ2").  Prefixes and
    categories only reach rules that are on by default; ``ALL`` reaches all.
    """
    entry = REDIRECTS.get(entry, entry)
    if entry in (r.code, r.name):
        return 10
    if entry == "ALL":
        return 1
    if not r.default_enabled:
        return None
    if entry == r.category:
        return 3
    if r.code.startswith(entry) and len(entry) >= 2:
        return len(entry)
    return None


def validate_selector(entry: str) -> None:
    """Raise ValueError when ``entry`` names no rule, prefix or category."""
    rules = all_rules()
    entry = REDIRECTS.get(entry, entry)
    if entry == "ALL" or entry in FAMILIES:
        return
    if any(entry in (r.code, r.name) or r.code.startswith(entry) for r in rules) and len(entry) >= 2:
        return
    choices = [r.code for r in rules] + [r.name for r in rules] + list(FAMILIES)
    raise ValueError(f"unknown rule, prefix or category {entry!r}{did_you_mean(entry, choices)}")


def select_rules(
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    extend_select: Iterable[str] = (),
) -> list[Rule]:
    """The rules chosen by ``select``/``extend_select`` minus ``ignore``.

    Without ``select`` the default set (rules on by default) is the base.  For
    each rule the most specific matching entry decides; ``ignore`` wins ties.
    """
    select = list(select) if select is not None else None
    ignore, extend_select = list(ignore), list(extend_select)
    for entry in (select or []) + ignore + extend_select:
        validate_selector(entry)
    chosen = []
    for r in all_rules():
        on_by_default = r.default_enabled and select is None
        best, best_is_select = (0, True) if on_by_default else (-1, False)
        for entry in (select or []) + extend_select:
            s = _specificity(entry, r)
            if s is not None and s > best:
                best, best_is_select = s, True
        for entry in ignore:
            s = _specificity(entry, r)
            if s is not None and s >= best:
                best, best_is_select = s, False
        if best_is_select:
            chosen.append(r)
    return chosen
