"""Property tests: every rule, on arbitrary Unicode, never crashes, keeps spans inside the text, and is deterministic."""
import pathlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tqcheck import Config, Document, Segment
from tqcheck.engine import Checker
from tqcheck.registry import all_rules

LANGS = ["hi", "vi", "en", "mr", "ne", "bn", "pa", "ta", "th", "ru", "ja", "zh", "ko", "ar", "fr", "ur"]
# Pieces that stress tokenisers: combining marks, joiners, CRLF, danda, digits, markup-ish and Vietnamese text.
PIECES = st.sampled_from(
    [
        "\u0301", "\u0323", "\u093c", "\u200c", "\u200d", "\r\n", "\n", "\r", "।", "॥", "५", "१४,०००", "14.000",
        "2,5", "[", "]", "[ad_1]", "[विज्ञापन_2]", "<p>", "&nbsp;", "{{x}}", "%s", "\"", "“", "”", "'", "(0)",
        "टिप्पणी", "स्रोत: ", "https://a.vn/x", "Nguyễn", "गुयेन", "करोड़", "tỷ", "đồng", " ", "  ", "\t",
        "\ufffd", "Ã¡", "?", ".", "\u202e", "\x00", "ZWJ\u200d", "\U0001F600", "e\u0301", "ा", "्", "নগুয়েন", "ভ্যান", "ো", "\u09c7\u09be",
        # currency names that run their words together or take particles
        "ベトナムドル", "越南元", "21조 5000억 ", "달러로", "万亿美元", "ดอลลาร์เวียดนาม", "ਹੰਗ", "ਦਿੱਤਾ",
        # separators and units of the figure readers: space groups, Arabic-script signs, run-on scale words, conversions
        # boilerplate labels, joiners, bylines, copyright lines and single quotes
        "©", "Copyright ", "All rights reserved", "सर्वाधिकार सुरक्षित", " on ", "Share", "लेखक: ", "‘", "’", " ' ",
        "16\u00a0700", "\u202f", "000", "٬", "،", "٫", "۱۲", "ล้าน", "85 mph", "135 km/h", " dặm", "°F", " cm", " वर्ग फुट", " m2", " ha", " mét vuông", "1 000 000,5", "۱۲٬۵۰۰٫۵", "4،700",
        # breadcrumb trails, date lines, morning hours, braces, dropped digit groups, currencies without an amount, endings
        " » ", "Home > ", "अंतिम अपडेट: ", "Cập nhật: ", "10:30", "15h30", "सुबह ", " a.m.", "{विज्ञापन_2}", "150.000",
        "Vietnamese dollar", "đồng Việt Nam", "वैन", "हरूलाई", "गर्नुभयो",
        # tag lists, typed names, escapes, spellings of unit words, months, whole Latin sentences
        "टैग: ", "Tran Thi Mai", "\\u092a", "\\n", "\\", "दीनार", "यूरो", "जून", "June ", "21/6", "Did you leak the document?", "5% ",
        # durations, and the dates and clock times written with their words
        " ngày", " घंटों", " tuổi", "tháng 9 năm ", " giờ 30", "3-1", "2&1", " – ", "Anzeige_2", "__", "_", "12.03.2024", "2万1500", "万", ".।", "tổng thu ngân sách", " Sở ", "phở",
        # text not in composed form: one-character nukta letters, decomposed Vietnamese, a virama before a nukta
        "\u095c", "\u095e", "\u09df", "y\u0309", "u\u031b\u0323", "\u0915\u094d\u093c", "\u09c7\u09be",
        # wiki links and a template's marks around placeholders
        "[[", "]]", "[[link]]", "[[a|b]]", "<<", ">>", "<<विज्ञापन>>", "**", "|",
        # amounts with abbreviated scales, codes joined to unit words, mojibake of a Hindi word
        "$5m", "£2.5bn", "VND 300k", "VND dollars", "वीएनडी डॉलर", "à¤®à¥‡", "??",
        # days of the week, with endings run on
        "Thứ Hai", "thứ hai", "Chủ nhật", "सोमवार", "মঙ্গলবারের", "गुरुवारी", "Monday",
        # quarters of the year, and prices per unit
        "quý III", "Quý 3", "Q3", "तीसरी तिमाही", "तिमाहीत", "third quarter", "đồng/kg", " प्रति लीटर", "3/15/2024",
        # brackets spaced from their words
        "( ", " )", "[ ", " ]", "(\u00a0",
        # months named alone, dashed and closing placeholders, credits after the last sentence, words first scales
        "tháng 9", "अक्टूबर में", "ऑक्टोंबर", "September", " -- Advertisement -- ", "—", "{{/quote}}", "[विज्ञापन_२_मध्य]",
        "। फोटो: वीएनए", "Reporting by A; editing by B", "इनपुट के साथ", "milioni 1.2", "Bác sĩ ", "bị cáo ", "Đắk Lắk", "गुयन", "थाई बाट", "tons tons tons",
        # words grammar never doubles, doubled
        " के के ", " के लिए के लिए ", " the the ", "of the of the", " của của ", "Jae-in in",
    ]
)
TEXT = st.one_of(st.text(max_size=200), st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join))
GLOSSARY = str(pathlib.Path(__file__).parent / "data" / "glossary.tsv")
ALL = Checker(Config(select=("ALL",), glossary=GLOSSARY, names=GLOSSARY))


def run(target, source, lang):
    doc = Document((Segment(target=target, source=source, id="r1"), Segment(target=source or "", source=target, id="r2")), lang, "vi")
    return ALL.check_document(doc).findings


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(target=TEXT, source=st.one_of(st.none(), TEXT), lang=st.sampled_from(LANGS))
def test_rules_never_crash_and_spans_stay_inside(target, source, lang):
    findings = run(target, source, lang)
    for f in findings:
        assert "crashed" not in f.message and "timed out" not in f.message, f.message
        text = {"r1": {"target": target, "source": source}, "r2": {"target": source or "", "source": target}}[f.record][f.field]
        assert 0 <= f.start <= f.end <= len(text or ""), f
        assert f.line >= 1 and f.column >= 1


@settings(max_examples=100, deadline=None)
@given(target=TEXT, source=st.one_of(st.none(), TEXT), lang=st.sampled_from(LANGS))
def test_rules_are_deterministic(target, source, lang):
    first = [f.to_dict() for f in run(target, source, lang)]
    second = [f.to_dict() for f in Checker(Config(select=("ALL",), glossary=GLOSSARY, names=GLOSSARY)).check_document(
        Document((Segment(target=target, source=source, id="r1"), Segment(target=source or "", source=target, id="r2")), lang, "vi")).findings]
    assert first == second


def test_every_rule_is_exercised_by_the_property_run():
    assert {r.code for r in ALL.rules} == {r.code for r in all_rules()}


@given(st.text(max_size=50))
def test_empty_and_whitespace_segments(text):
    doc = Document((Segment(target=""), Segment(target=text.strip() and " ")), "hi", "vi")
    assert ALL.check_document(doc).findings == []


@pytest.mark.parametrize("code", [r.code for r in all_rules()])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(target=TEXT, source=st.one_of(st.none(), TEXT), lang=st.sampled_from(LANGS))
def test_each_rule_alone(code, target, source, lang):
    checker = _single(code)
    doc = Document((Segment(target=target, source=source, id="r1"),), lang, "vi")
    first = checker.check_document(doc).findings
    for f in first:
        assert "crashed" not in f.message and "timed out" not in f.message, f.message
        text = target if f.field == "target" else source
        assert 0 <= f.start <= f.end <= len(text or "")
    assert [f.to_dict() for f in first] == [f.to_dict() for f in checker.check_document(doc).findings]


_CHECKERS = {}


def _single(code):
    if code not in _CHECKERS:
        _CHECKERS[code] = Checker(Config(select=(code,), glossary=GLOSSARY, names=GLOSSARY))
    return _CHECKERS[code]


TRIGGERED = [r for r in all_rules() if r.trigger is not None]


@pytest.mark.parametrize("code", [r.code for r in TRIGGERED])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(target=TEXT, source=st.one_of(st.none(), TEXT), lang=st.sampled_from(LANGS))
def test_a_trigger_is_a_necessary_condition(code, target, source, lang):
    """A rule skipped for lack of its trigger would have found nothing anyway."""
    ungated = Checker(Config(select=(code,)))
    ungated._segment_rules = [r._replace(trigger=None) for r in ungated._segment_rules]
    rule = next(r for r in TRIGGERED if r.code == code)
    findings = ungated.check_document(Document((Segment(target=target, source=source),), lang, "vi")).findings
    if rule.trigger.search(target) is None:
        assert findings == []


def test_triggered_rules_exist():
    assert {"TQ501", "TQ801", "TQ805"} <= {r.code for r in TRIGGERED}
