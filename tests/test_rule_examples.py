"""Every rule's docstring examples are executed.

"Bad" lines must be reported; "Good" lines must get nothing at the rule's
default severity or above (a warning rule may still leave an info note).
"""
import pathlib

import pytest

from tqcheck import Config, check
from tqcheck.registry import all_rules

GLOSSARY = str(pathlib.Path(__file__).parent / "data" / "glossary.tsv")

CASES = [(r, i, e) for r in all_rules() for i, e in enumerate(r.examples)]


def test_every_rule_has_good_and_bad_examples():
    for r in all_rules():
        kinds = {e.bad for e in r.examples}
        assert kinds == {True, False}, f"{r.code} needs both Bad and Good examples"


@pytest.mark.parametrize("r,i,example", CASES, ids=[f"{r.code}-{i}-{'bad' if e.bad else 'good'}" for r, i, e in CASES])
def test_docstring_example(r, i, example):
    # rules driven by a glossary get the test glossary (khối thi đua -> अनुकरण ब्लॉक)
    config = Config(options={r.code: {"glossary": GLOSSARY}}) if "glossary" in r.options else None
    findings = check(example.target, example.source, target_lang=example.target_lang, source_lang=example.source_lang, select=[r.code], config=config)
    if example.bad:
        assert r.code in [f.code for f in findings], f"{r.code} missed its bad example {example.target!r}"
    else:
        serious = [f.message for f in findings if f.severity >= r.severity]
        assert serious == [], f"{r.code} reported its good example {example.target!r}: {serious}"


def test_no_rule_reports_one_span_twice():
    # every rule over every example of every rule: a span is reported once per rule
    for example in {(e.target, e.source, e.target_lang, e.source_lang) for r in all_rules() for e in r.examples}:
        findings = check(example[0], example[1], target_lang=example[2], source_lang=example[3])
        spans = [(f.code, f.field, f.start, f.end) for f in findings]
        assert len(spans) == len(set(spans)), (example[0], sorted(s for s in spans if spans.count(s) > 1))
