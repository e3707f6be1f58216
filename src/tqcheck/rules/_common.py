"""Small helpers shared by rule families."""
from __future__ import annotations

import collections
from typing import Hashable, Sequence


def usual_form(forms: Sequence[Hashable]) -> Hashable | None:
    """The most frequent of ``forms``, the earliest on a tie; None when they are all the same.

    >>> usual_form(["ज़िलों", "जिलों", "जिलों"]), usual_form(["a", "b"]), usual_form(["a", "a"])
    ('जिलों', 'a', None)
    """
    counts = collections.Counter(forms)
    if len(counts) < 2:
        return None
    return max(counts, key=counts.__getitem__)  # Counter keeps first-seen order, and max keeps the first of equals
