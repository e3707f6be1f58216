"""Shared loader for the NTREX-128 data beside the project (../shared/data/ntrex)."""
from __future__ import annotations

import pathlib
import sys

NTREX = pathlib.Path(__file__).resolve().parents[2] / "shared" / "data" / "ntrex"
FILES = {
    "en": "newstest2019-src.eng.txt", "hi": "newstest2019-ref.hin.txt", "vi": "newstest2019-ref.vie.txt",
    "mr": "newstest2019-ref.mar.txt", "ne": "newstest2019-ref.nep.txt", "bn": "newstest2019-ref.ben.txt",
    "ur": "newstest2019-ref.urd.txt", "th": "newstest2019-ref.tha.txt", "ru": "newstest2019-ref.rus.txt",
    "fr": "newstest2019-ref.fra.txt",
}


def require() -> pathlib.Path:
    if not NTREX.is_dir():
        sys.exit(f"NTREX data not found at {NTREX}; these figures need ../shared beside the project")
    return NTREX


def lines(lang: str) -> list[str]:
    return (require() / FILES[lang]).read_text(encoding="utf-8").split("\n")[:1997]


def documents() -> list[tuple[str, int, int]]:
    """(document id, first line index, end index) in file order."""
    ids = [line.split("\t")[0] for line in (require() / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split("\n")[:1997]]
    out, start = [], 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[start]:
            out.append((ids[start], start, i))
            start = i
    return out
