"""Segments per second per rule family on NTREX vi->hi (Vietnamese source, Hindi target), in one run.

    python benchmarks/throughput.py [--repeat N]

Each family runs alone over the same 1,997 aligned segments (123 documents);
the ratio column compares its cost per segment with the script family's.
"All rules without language ID" leaves out the language family, whose
sister-language check calls the detector.
"""
from __future__ import annotations

import argparse
import time

from _ntrex import documents, lines

from tqcheck import Config, Document, Segment
from tqcheck.engine import Checker

FAMILIES = ("script", "markup", "boilerplate", "names", "numbers", "language", "terminology", "typography", "fidelity")


def corpus() -> list[Document]:
    src, tgt = lines("vi"), lines("hi")
    return [Document(tuple(Segment(tgt[i], src[i], id=d, line=i + 1) for i in range(a, b)), "hi", "vi", d) for d, a, b in documents()]


def rate(checker: Checker, docs: list[Document], repeat: int) -> float:
    n = sum(len(d.segments) for d in docs)
    checker.check_document(docs[0])  # load profiles, CLDR data and models before timing
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for doc in docs:
            checker.check_document(doc)
        best = min(best, time.perf_counter() - start)
    return n / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is kept (default 3)")
    args = ap.parse_args()
    docs = corpus()
    rows = [(family, rate(Checker(Config(select=(family,))), docs, args.repeat)) for family in FAMILIES]
    rows.append(("all rules, no language ID", rate(Checker(Config(ignore=("language",))), docs, args.repeat)))
    rows.append(("all rules", rate(Checker(Config()), docs, args.repeat)))
    script = dict(rows)["script"]
    print(f"{'rules':28s} {'segments/s':>11s} {'cost vs script':>15s}")
    for name, r in rows:
        print(f"{name:28s} {r:11.0f} {script / r:14.2f}x")


if __name__ == "__main__":
    main()
