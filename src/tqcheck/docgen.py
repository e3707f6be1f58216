"""Rule documentation generated from rule metadata and docstrings.

``python -m tqcheck.docgen docs/rules`` rewrites the pages; a test fails when
the committed pages differ from what this module produces.
"""
from __future__ import annotations

import os
import sys
from typing import Sequence

from .registry import EXAMPLE_RE, Rule, all_rules


def rule_page(r: Rule) -> str:
    """The Markdown page of one rule."""
    doc = r.doc
    summary_line, _, body = doc.partition("\n")
    prose = EXAMPLE_RE.sub("", body).strip()
    while "\n\n\n" in prose:
        prose = prose.replace("\n\n\n", "\n\n")
    lines = [
        f"# {r.code} {r.name}",
        "",
        f"{summary_line}",
        "",
        "| | |",
        "|---|---|",
        f"| category | `{r.category}` |",
        f"| default severity | `{r.severity}` |",
        f"| scope | {r.scope} |",
        f"| needs the source | {'yes' if r.needs_source else 'no'} |",
        f"| on by default | {'yes' if r.default_enabled else 'no'} |",
        f"| fix | {r.fixable + ' (--fix' + (' --unsafe-fixes' if r.fixable == 'unsafe' else '') + ')' if r.fixable else 'none'} |",
    ]
    if r.covers:
        lines.append(f"| covers (findings inside its own) | {', '.join(f'`{c}`' for c in r.covers)} |")
    lines += [
        "",
    ]
    if prose:
        lines += [prose, ""]
    if r.options:
        lines += ["## Options", "", "| option | default |", "|---|---|"]
        lines += [f"| `{k}` | `{v!r}` |" for k, v in r.options.items()]
        lines += ["", f"Set them under `[tool.tqcheck.options.{r.code}]`.", ""]
    examples = r.examples
    for title, bad in (("Reported", True), (f"Not reported at `{r.severity}` or above", False)):
        chosen = [e for e in examples if e.bad == bad]
        if not chosen:
            continue
        lines += [f"## {title}", ""]
        for e in chosen:
            langs = f"{e.source_lang} → {e.target_lang}" if e.source_lang else e.target_lang
            if e.source is not None:
                lines.append(f"- ({langs}) source `{_code(e.source)}` → target `{_code(e.target)}`")
            else:
                lines.append(f"- ({langs}) `{_code(e.target)}`")
        lines.append("")
    return "\n".join(lines)


def _code(text: str) -> str:
    """An example as inline code: line breaks as ⏎, other invisible characters escaped."""
    shown = "".join(c if c.isprintable() or c == "\n" else f"\\u{ord(c):04x}" for c in text)
    return shown.replace("\n", "⏎").replace("`", "'")


def index_page(rules: list[Rule]) -> str:
    lines = ["# Rules", "", "Generated from the rule registry; `tqcheck rules` prints the same list.", "",
             "| code | name | category | severity | summary |", "|---|---|---|---|---|"]
    for r in rules:
        off = " (off by default)" if not r.default_enabled else ""
        lines.append(f"| [{r.code}]({r.code}.md) | `{r.name}` | {r.category} | {r.severity} | {r.summary}{off} |")
    return "\n".join(lines) + "\n"


def pages() -> dict[str, str]:
    """File name -> content of every generated page."""
    rules = all_rules()
    out = {f"{r.code}.md": rule_page(r) for r in rules}
    out["index.md"] = index_page(rules)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    folder = argv[0] if argv else os.path.join("docs", "rules")
    os.makedirs(folder, exist_ok=True)
    wanted = pages()
    for name in os.listdir(folder):
        if name.endswith(".md") and name not in wanted:
            os.remove(os.path.join(folder, name))
    for name, content in wanted.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    return 0


if __name__ == "__main__":
    sys.exit(main())
