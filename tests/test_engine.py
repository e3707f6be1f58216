"""The engine: crash isolation, the cap on findings, triggers, stable order."""
from __future__ import annotations

import pytest
import regex

from tqcheck import Config, Document, Segment
from tqcheck.engine import MAX_HITS, Checker
from tqcheck.model import Hit
from tqcheck.registry import _BY_NAME, RULES, all_rules, rule

CALLS: list[str] = []


@pytest.fixture
def temporary_rules():
    """Rules registered by a test are gone after it."""
    all_rules()  # the shipped rules are registered on first use: before the snapshot
    before = set(RULES)
    yield
    for code in set(RULES) - before:
        del _BY_NAME[RULES.pop(code).name]
    CALLS.clear()


def check(code: str, *targets: str):
    doc = Document(tuple(Segment(t, line=k) for k, t in enumerate(targets, 1)), "hi")
    return Checker(Config(select=(code,))).check_document(doc).findings


def test_a_crashing_rule_becomes_one_error_finding(temporary_rules):
    @rule("TQ197", "test-crash", category="script", summary="raises")
    def crash(seg, ctx):
        """Raises after one hit."""
        yield Hit(0, 1, "partial")
        raise ValueError("boom")

    findings = check("TQ197", "पहला", "दूसरा")
    assert [(f.record, f.line, f.message) for f in findings] == [
        (None, 1, "test-crash crashed on this input (ValueError: boom); please report it"),
        (None, 2, "test-crash crashed on this input (ValueError: boom); please report it"),
    ]
    assert all(f.severity.name == "ERROR" for f in findings)


def test_findings_are_capped_per_rule_and_segment(temporary_rules):
    @rule("TQ198", "test-flood", category="script", summary="floods")
    def flood(seg, ctx):
        """One hit per character, without end."""
        k = 0
        while True:
            yield Hit(k % len(seg.target), k % len(seg.target) + 1, "char")
            k += 1

    findings = check("TQ198", "क" * 500)
    assert len(findings) == MAX_HITS + 1
    assert findings[-1].message.startswith("test-flood: more than 100 findings here")


def test_a_trigger_skips_segments_without_it(temporary_rules):
    digits = regex.compile(r"\d")

    @rule("TQ196", "test-trigger-a", category="script", summary="digits only", trigger=digits)
    def a(seg, ctx):
        """Records what it saw."""
        CALLS.append(seg.target)
        yield Hit(0, 1, "seen")

    findings = check("TQ196", "कोई अंक नहीं", "2024 में")
    assert CALLS == ["2024 में"]
    assert [f.line for f in findings] == [2]


def test_a_trigger_is_only_for_segment_rules(temporary_rules):
    with pytest.raises(ValueError, match="only segment rules take a trigger"):
        rule("TQ195", "test-trigger-doc", category="script", summary="x", scope="document", trigger=regex.compile("x"))(lambda doc, ctx: iter(()))


def test_findings_come_in_position_then_code_order():
    doc = Document((Segment("[विज्ञापन_2] टिप्पणी (0)"), Segment("Xin chào [ad_1]")), "hi")
    findings = Checker().check_document(doc).findings
    keys = [(f.line, f.segment, f.column, f.code) for f in findings]
    assert keys == sorted(keys) and len(keys) >= 2


def test_text_not_in_composed_form_is_read_as_composed_and_reported_as_written():
    import unicodedata

    from tqcheck import check

    # Hindi typed with the one-character nukta letter U+095C ("ड़"), Vietnamese typed decomposed
    crore = "\u0915\u0930\u094b\u095c"
    assert check(f"परियोजना की लागत 500 {crore} डोंग है।", "Dự án trị giá 5 tỷ đồng.", target_lang="hi", source_lang="vi", select=["TQ501"]) == []
    target = f"परियोजना की लागत 5 {crore} डोंग है।"
    (f,) = check(target, "Dự án trị giá 5 tỷ đồng.", target_lang="hi", source_lang="vi", select=["TQ501"])
    assert target[f.start:f.end] == f"5 {crore}"
    source = unicodedata.normalize("NFD", "Dự án trị giá 5 tỷ đồng.")
    assert check("परियोजना की लागत 5 अरब डोंग है।", source, target_lang="hi", source_lang="vi", select=["TQ501"]) == []
    decomposed = unicodedata.normalize("NFD", "Ông Nguyễn Văn An nói [quảng cáo] rằng dự án đã xong.")
    (f,) = check(decomposed, target_lang="vi", select=["TQ201"])
    assert decomposed[f.start:f.end] == unicodedata.normalize("NFD", "[quảng cáo]")
    assert f.column == decomposed.index("[") + 1


def test_zero_width_joiners_are_read_past_and_findings_placed_in_the_text_as_written():
    from tqcheck import check

    zwj, zwnj = "\u200d", "\u200c"
    # "प्‍रतिशत" is "प्रतिशत" with a half form asked for: the percentage keeps its unit
    assert check(f"राजस्व 40 प्{zwj}रतिशत बढ़ा।", "Doanh thu tăng 40%.", target_lang="hi", source_lang="vi") == []
    # one name written with and without a joiner is one spelling
    names = f"श्री जॉन स्ट्रीट ने कहा। बाद में श्री जॉन स्{zwnj}ट्{zwj}रीट ने जोर दिया।"
    assert check(names, target_lang="hi", select=["TQ401"]) == []
    target = f"क्{zwj}या हुआ? [विज्ञापन_2] राजस्व 5 करोड़ डोंग रहा।"
    findings = check(target, "Chuyện gì? Doanh thu đạt 5 tỷ đồng.", target_lang="hi", source_lang="vi", select=["TQ201", "TQ501"])
    assert [(f.code, target[f.start:f.end]) for f in findings] == [("TQ201", "[विज्ञापन_2]"), ("TQ501", "5 करोड़")]


def test_findings_say_which_segment_when_segments_have_no_line_numbers():
    segments = (Segment("श्री त्रान वान नाम ने बैठक की।"), Segment("राजस्व बढ़ा। [विज्ञापन_2]"), Segment("श्री ट्रान वान नाम ने कहा।"))
    findings = Checker(Config(select=("TQ201", "TQ401"))).check_document(Document(segments, "hi")).findings
    where = {(f.code, f.segment, segments[f.segment].target[f.start:f.end]) for f in findings}
    assert where == {("TQ201", 1, "[विज्ञापन_2]"), ("TQ401", 2, "ट्रान वान नाम")}
    assert [f.segment for f in findings] == sorted(f.segment for f in findings)


def test_one_fault_one_finding_a_covering_finding_spans_its_symptoms():
    from tqcheck import check

    source = "Tổng thu đạt 21.500 tỷ đồng. Giá vé tham quan vịnh tăng 5% so với năm ngoái."
    target = "Total revenue reached VND21.5 trillion. Giá vé tham quan vịnh tăng 7,5% so với năm ngoái."
    # the untranslated sentence (TQ601) covers the figure it holds, which TQ501 and TQ503 read too
    assert [f.code for f in check(target, source, target_lang="en", source_lang="vi")] == ["TQ601"]
    # selected without the rule that covers it, a rule reports as ever
    assert "TQ501" in [f.code for f in check(target, source, target_lang="en", source_lang="vi", select=["numbers"])]


def test_page_furniture_covers_the_figures_it_holds():
    from tqcheck import check

    source = "Đám cháy được dập tắt lúc 2 giờ."
    target = "The fire was put out.\nTags: fire, warehouse, District 7"
    assert [f.code for f in check(target, source, target_lang="en", source_lang="vi")] == ["TQ301"]
    assert [target[f.start:f.end] for f in check(target, source, target_lang="en", source_lang="vi", select=["TQ501"])] == ["7"]


@pytest.mark.parametrize(
    "target,code",
    [
        ("The road reopened.\nCopyright © 2023 Hai Duong Newspaper", "TQ305"),
        ("The road reopened.\nPhoto: Nguyen Hung 2023", "TQ303"),
    ],
)
def test_a_scraped_line_covers_the_figures_it_holds(target, code):
    from tqcheck import check

    source = "Con đường đã thông xe."
    assert [f.code for f in check(target, source, target_lang="en", source_lang="vi")] == [code]
    assert [target[f.start:f.end] for f in check(target, source, target_lang="en", source_lang="vi", select=["TQ501"])] == ["2023"]


def test_a_rule_cannot_cover_its_own_findings():
    from tqcheck.registry import rule

    def check(seg, ctx):
        """A rule that would hide its own findings."""
        return ()

    with pytest.raises(ValueError, match="cover its own"):
        rule("TQ999", "self-covering", category="fidelity", summary="x", covers=("fidelity",))(check)
