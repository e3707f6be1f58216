"""A self-contained HTML report for a corpus run: charts per rule and per file, the worst documents, every finding in context."""
from __future__ import annotations

import collections
import html
from typing import TextIO

CSS = """
body{font-family:system-ui,"Noto Sans","Noto Sans Devanagari",sans-serif;margin:2rem;color:#1d1d1f;max-width:1200px}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
.meta{color:#666;font-size:.9rem}
.cards{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}.card{border:1px solid #ddd;border-radius:8px;padding:.8rem 1.2rem;min-width:8rem}
.card b{display:block;font-size:1.5rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}td,th{padding:.35rem .5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
.bar{height:.9rem;border-radius:3px;display:inline-block;vertical-align:middle}
.error{background:#d93025}.warning{background:#f29900}.info{background:#1a73e8}
.sev{color:#fff;border-radius:4px;padding:0 .4rem;font-size:.8rem}
mark{background:#ffe08a;padding:0 .1rem;border-radius:2px}
.ctx{font-size:1rem;line-height:1.6}.code{font-family:ui-monospace,monospace}
details{margin:.3rem 0}summary{cursor:pointer}
"""


def _bar(count: int, most: int, severity: str) -> str:
    width = max(2, int(240 * count / most)) if most else 0
    return f'<span class="bar {severity}" style="width:{width}px"></span> {count}'


def write(report, out: TextIO) -> None:
    e = html.escape
    findings = report.findings
    counts = report.counts()
    by_rule = collections.Counter((f.code, f.name) for f in findings)
    worst_sev = {}
    for f in findings:
        worst_sev[f.code] = max(worst_sev.get(f.code, f.severity), f.severity)
    by_file = collections.Counter(f.path for f in findings)
    by_doc = collections.Counter((f.path, f.record) for f in findings if str(f.severity) != "info")
    out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>tqcheck report</title>")
    out.write(f"<style>{CSS}</style></head><body>\n")
    out.write(f"<h1>tqcheck report</h1><p class=\"meta\">{e(report.signature())}</p>\n")
    out.write('<div class="cards">')
    for label, value in (("findings", len(findings)), ("errors", counts["error"]), ("warnings", counts["warning"]), ("info", counts["info"]),
                         ("documents", report.documents), ("segments", report.segments), ("input errors", len(report.errors))):
        out.write(f'<div class="card"><b>{value}</b>{label}</div>')
    out.write("</div>\n")
    if report.errors:
        out.write("<h2>Input that could not be checked</h2><ul>")
        out.writelines(f"<li class=\"code\">{e(str(err))}</li>" for err in report.errors)
        out.write("</ul>\n")
    most = max(by_rule.values(), default=0)
    out.write("<h2>Findings per rule</h2><table><tr><th>rule</th><th>findings</th></tr>")
    for (code, name), n in by_rule.most_common():
        out.write(f'<tr><td class="code">{code} {e(name)}</td><td>{_bar(n, most, str(worst_sev[code]))}</td></tr>')
    out.write("</table>\n")
    most = max(by_file.values(), default=0)
    out.write("<h2>Findings per file</h2><table><tr><th>file</th><th>findings</th></tr>")
    for path, n in sorted(by_file.items(), key=lambda kv: (-kv[1], kv[0]))[:50]:
        out.write(f'<tr><td class="code">{e(path)}</td><td>{_bar(n, most, "warning")}</td></tr>')
    out.write("</table>\n")
    out.write("<h2>Worst documents</h2><table><tr><th>file</th><th>record</th><th>warnings and errors</th></tr>")
    for (path, record), n in sorted(by_doc.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1] or ""))[:20]:
        out.write(f'<tr><td class="code">{e(path)}</td><td class="code">{e(record or "")}</td><td>{n}</td></tr>')
    out.write("</table>\n<h2>All findings</h2>\n")
    for path in sorted(by_file):
        out.write(f"<details open><summary class=\"code\">{e(path)} ({by_file[path]})</summary><table>")
        for f in (f for f in findings if f.path == path):
            before, span, after = f.context or ("", "", "")
            where = f"{f.line}:{f.column}" + (f" · {e(f.record)}" if f.record else "") + (f" · {e(f.field)}" if f.field != "target" else "")
            fix = "" if f.suggestion is None else (" → remove" if f.suggestion == "" else f" → <mark>{e(f.suggestion)}</mark>")
            out.write(
                f'<tr><td class="code">{where}</td><td><span class="sev {f.severity}">{f.severity}</span></td>'
                f'<td class="code">{f.code}</td><td>{e(f.message)}{fix}<div class="ctx">…{e(before)}<mark>{e(span) or "&#8203;"}</mark>{e(after)}…</div></td></tr>'
            )
        out.write("</table></details>\n")
    out.write("</body></html>\n")
