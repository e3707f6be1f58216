"""Every rule on adversarial 1 MB single-line inputs: milliseconds per MB (target: at most 200).

    python benchmarks/adversarial.py

The inputs repeat the characters the patterns work on (brackets, quotes,
digits and separators, letters of two scripts, punctuation) with no line
break, the shape that makes backtracking patterns explode.  A rule that hits
the regex timeout reports an error finding instead of hanging; this script
prints those too.
"""
from __future__ import annotations

import time

from tqcheck import Config, Document, Segment
from tqcheck.engine import Checker
from tqcheck.registry import all_rules

MB = 1_000_000
PATTERNS = {
    "brackets": "[[विज्ञापन_ [/a [a b=\"",
    "markup": "<<a </ &#x &nb {{ {a ${ %( %s ",
    "digits": "1.000,5 1,05,000 २.५ 15h30 8.9 ",
    "mixed-script": "aक bख Nguyễnमिन्ह ",
    "quotes": "\" “ ” ' ( ) । ।। , ,, ",
    "words": "गुयेन मिन्ह हंग थी ",
    "latin": "Nguy?n Ã¡ â€™ Read more ",
    "repeats": "sam sam sam sam ",
}


def main() -> None:
    rules = all_rules()
    print(f"{'rule':32s} " + " ".join(f"{k[:8]:>8s}" for k in PATTERNS) + "   worst ms/MB")
    for r in rules:
        checker = Checker(Config(select=(r.code,)))
        times, notes = [], []
        for chunk in PATTERNS.values():
            text = (chunk * (MB // len(chunk) + 1))[:MB]
            doc = Document((Segment(text, text if r.needs_source else None),), "hi", "vi")
            start = time.perf_counter()
            result = checker.check_document(doc)
            times.append((time.perf_counter() - start) * 1000)
            notes += [f.message for f in result.findings if "timed out" in f.message or "crashed" in f.message]
        flag = "" if max(times) <= 200 else "  over target"
        print(f"{r.code} {r.name:26s} " + " ".join(f"{t:8.0f}" for t in times) + f"   {max(times):8.0f}{flag}")
        for note in notes[:2]:
            print(f"    {note}")


if __name__ == "__main__":
    main()
