"""Reference-based metrics: BLEU, chrF and TER from sacrebleu, with sacrebleu's signatures.

sacrebleu is imported on first use, so checking text never pays for it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

METRICS = ("bleu", "chrf", "ter")
#: sacrebleu tokenisers that need no download.
TOKENIZERS = ("13a", "intl", "char", "none")


class LengthMismatch(ValueError):
    """Hypotheses and references of different lengths: never truncated silently."""


@dataclass
class Scores:
    """Corpus scores, their sacrebleu signatures, and per-segment chrF when asked for."""

    values: dict[str, float] = field(default_factory=dict)
    signatures: dict[str, str] = field(default_factory=dict)
    segments: int = 0
    sentence_chrf: list[float] | None = None

    def to_dict(self) -> dict:
        out = {
            "segments": self.segments,
            "scores": {k: round(v, 4) for k, v in self.values.items()},
            "signatures": self.signatures,
        }
        if self.sentence_chrf is not None:
            out["sentence_chrf"] = [round(v, 4) for v in self.sentence_chrf]
        return out


def score(
    hypotheses: Sequence[str],
    references: Sequence[str],
    metrics: Sequence[str] = METRICS,
    tokenize: str = "13a",
    sentence_chrf: bool = False,
) -> Scores:
    """Score ``hypotheses`` against one reference each.

    >>> s = score(["नमस्ते दुनिया"], ["नमस्ते दुनिया"])
    >>> round(s.values["chrf"]), s.signatures["chrf"].startswith("nrefs:1")
    (100, True)
    """
    if len(hypotheses) != len(references):
        raise LengthMismatch(f"{len(hypotheses)} hypotheses but {len(references)} references: the inputs must be line-aligned")
    unknown = [m for m in metrics if m not in METRICS]
    if unknown:
        raise ValueError(f"unknown metric {unknown[0]!r} (available: {', '.join(METRICS)})")
    if tokenize not in TOKENIZERS:
        raise ValueError(f"unknown tokenizer {tokenize!r} (available: {', '.join(TOKENIZERS)})")
    from sacrebleu.metrics import BLEU, CHRF, TER

    makers = {"bleu": lambda: BLEU(tokenize=tokenize), "chrf": CHRF, "ter": TER}
    result = Scores(segments=len(hypotheses))
    refs = [list(references)]
    for name in metrics:
        metric = makers[name]()
        result.values[name] = metric.corpus_score(list(hypotheses), refs).score
        result.signatures[name] = str(metric.get_signature())
    if sentence_chrf:
        chrf = CHRF()
        result.sentence_chrf = [chrf.sentence_score(h, [r]).score for h, r in zip(hypotheses, references)]
    return result
