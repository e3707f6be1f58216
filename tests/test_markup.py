"""Markup rules: the cheap hints in front of the identifier patterns never hide one."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tqcheck import Config, Document, Segment
from tqcheck.engine import Checker
from tqcheck.rules.markup import VERBATIM

PIECES = st.sampled_from(["https://a.vn/x", "WWW.B.COM", "ban@sở.vn", "báo cáo.PDF", "a.pdfá", "3568/TB-UBND", "２/ĐB", "<b>", "&amp;", "{name}", "%s", "%1$s", " ", ".", "/"])


@given(st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=8).map("".join))
def test_verbatim_hints_never_hide_a_token(text):
    for hint, pattern in VERBATIM:
        if pattern.search(text) is not None:
            assert hint.search(text) is not None, pattern


def check(source: str, target: str) -> list[str]:
    doc = Document((Segment(target, source),), "hi", "vi")
    return [f.code for f in Checker(Config(select=("TQ204",))).check_document(doc).findings]


def test_identifiers_with_full_width_digits_are_still_checked():
    assert check("Văn bản số ３５/TB-UBND.", "दस्तावेज़ संख्या ३५/टीबी।") == ["TQ204"]
    assert check("Văn bản số ３５/TB-UBND.", "दस्तावेज़ संख्या ３５/TB-UBND।") == []
