"""Generated documentation stays in step with the rule registry."""
import pathlib

from tqcheck.docgen import pages

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs" / "rules"


def test_rule_pages_are_fresh():
    wanted = pages()
    present = {p.name for p in DOCS.glob("*.md")}
    assert present == set(wanted), "run: python -m tqcheck.docgen docs/rules"
    for name, content in wanted.items():
        assert (DOCS / name).read_text(encoding="utf-8") == content, f"docs/rules/{name} is stale: run python -m tqcheck.docgen docs/rules"


def test_explain_prints_the_page(run):
    code, out, _ = run("explain", "leftover-placeholder")
    assert code == 0
    assert out.startswith("# TQ201 leftover-placeholder")
