"""Fidelity rules on longer texts: loops after other text, duplicated sentences, length and sentence counts."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck import Document, Segment, check, check_document
from tqcheck.languages.detect import BACKENDS


def test_loop_after_other_repeated_pairs():
    text = "धीरे धीरे काम हुआ और फिर डोंगाला के डोंगाला के डोंगाला के तटीय क्षेत्रों में बाढ़ आई।"
    (f,) = check(text, target_lang="hi", select=["TQ901"])
    assert text[f.start:f.end] == "डोंगाला के डोंगाला के डोंगाला के" and f.suggestion == "डोंगाला के"


def test_two_loops_in_one_segment():
    text = "a conference a conference a conference was held; the first the first the first meeting"
    assert len(check(text, target_lang="en", select=["TQ901"])) == 2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["के", "को", "में", "No", "no", "a-b", "2024", "धीरे"]), max_size=40), st.sampled_from([" ", ", ", " - "]))
def test_loop_prefilter_never_hides_a_loop(words, sep):
    """The cheap test in front of TQ901 is a necessary condition: removing it finds nothing more."""
    from tqcheck.rules import fidelity

    text = sep.join(words)
    fast = check(text, target_lang="hi", select=["TQ901"])
    prefilter = fidelity._may_loop
    fidelity._may_loop = lambda *a: True
    try:
        assert check(text, target_lang="hi", select=["TQ901"]) == fast
    finally:
        fidelity._may_loop = prefilter


def test_duplicated_sentence_across_paragraphs_of_a_document():
    doc = Document((Segment("The province has 3,000 hectares of forest."), Segment("The province has 3,000 hectares of forest.")), "en")
    findings = [f for f in check_document(doc) if f.code == "TQ905"]
    assert len(findings) == 1 and "earlier in this document" in findings[0].message


def test_truncated_target_is_reported():
    source = "Theo báo cáo, tổng thu ngân sách năm nay đạt 21.500 tỷ đồng, bằng 112% dự toán và tăng mạnh so với cùng kỳ năm trước."
    assert [f.code for f in check("राजस्व बढ़ा।", source, target_lang="hi", source_lang="vi", select=["TQ903"])] == ["TQ903"]


@pytest.mark.parametrize("name", sorted(BACKENDS))
def test_every_installed_backend_identifies_hindi_and_marathi(name):
    detector = BACKENDS[name]()
    try:
        hi = detector.detect("प्रांतीय जन समिति ने सोमवार को बजट राजस्व संग्रह पर समीक्षा सम्मेलन आयोजित किया।")
    except ImportError:
        pytest.skip(f"{name} is not installed")
    mr = detector.detect("मुख्यमंत्र्यांनी सांगितले की हे काम लवकरच पूर्ण होणार आहे आणि त्यासाठी निधी मंजूर करण्यात आला आहे।")
    assert hi[0][0] == "hi" and mr[0][0] == "mr"
    assert detector.detect("") == []
