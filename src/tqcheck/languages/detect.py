"""Language identification behind a small interface; the only module that imports a language-ID library.

The default backend is langdetect, seeded so that results never differ
between runs and loaded on first use, so a run that needs no language ID
does not pay for it.
"""
from __future__ import annotations

import functools
import threading
from typing import Protocol


class Detector(Protocol):
    name: str

    def detect(self, text: str) -> list[tuple[str, float]]:
        """Candidate languages of ``text`` with probabilities, best first; [] when undecidable."""


class LangdetectDetector:
    name = "langdetect"

    def __init__(self) -> None:
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


@functools.lru_cache(maxsize=None)
def get_detector(name: str = "langdetect") -> Detector:
    if name != "langdetect":
        raise ValueError(f"unknown language detector {name!r} (available: langdetect)")
    return LangdetectDetector()
