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


def one_edit_apart(a: str, b: str) -> bool:
    """Whether one letter added, dropped or changed turns ``a`` into ``b``.

    >>> one_edit_apart("Hung", "Hungg"), one_edit_apart("Sharma", "Sarma"), one_edit_apart("Hung", "Hung"), one_edit_apart("Tuan", "Toan")
    (True, True, False, True)
    """
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    k = next((k for k, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[k:] == long[k + 1:]
