"""False alarms on clean human news: NTREX-128 references, one document per NTREX document.

Prints, per language, how many documents get a warning or an error from
each rule (target-only), and for pairs with the source (Vietnamese into
each of them, English into Hindi).
Every finding here is on careful human text, so each is a false alarm or a
real slip of the human translator.

    python benchmarks/false_alarms.py [--show N]
"""
from __future__ import annotations

import argparse
import collections

from _ntrex import documents, lines

from tqcheck import Config, Document, Segment
from tqcheck.engine import Checker
from tqcheck.model import Severity


def run(checker, target_lang, source_lang=None, show=0):
    tgt = lines(target_lang)
    src = lines(source_lang) if source_lang else None
    flagged = collections.Counter()
    examples = []
    docs = documents()
    for doc_id, a, b in docs:
        segs = tuple(Segment(tgt[i], src[i] if src else None, id=doc_id, line=i + 1) for i in range(a, b))
        result = checker.check_document(Document(segs, target_lang, source_lang, path=doc_id))
        codes = {f.code for f in result.findings if f.severity >= Severity.WARNING}
        flagged.update(codes)
        examples += [(f, tgt[f.line - 1] if f.field == "target" else src[f.line - 1]) for f in result.findings if f.severity >= Severity.WARNING]
    pair = f"{source_lang}->{target_lang}" if source_lang else target_lang
    any_flagged = len({f.record for f, _ in examples})
    print(f"{pair:8s} documents flagged: {any_flagged}/{len(docs)}  " + "  ".join(f"{c}:{n}" for c, n in sorted(flagged.items())))
    for f, text in examples[:show]:
        print(f"    {f.code} {f.record}:{f.line} {text[max(0, f.start - 20):f.end + 20]!r}: {f.message[:90]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0, help="print the first N findings per language")
    args = ap.parse_args()
    checker = Checker(Config())
    for lang in ("hi", "mr", "ne", "bn", "vi", "en", "ur", "th", "ru", "fr"):
        run(checker, lang, show=args.show)
    for target in ("hi", "mr", "ne", "bn", "en", "fr", "ru", "th", "ur"):
        run(checker, target, "vi", show=args.show)
    run(checker, "hi", "en", show=args.show)


if __name__ == "__main__":
    main()
