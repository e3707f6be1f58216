"""Glossaries (TSV, CSV, TBX), term consistency and spelling variants."""
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tqcheck import Config, Document, Segment, check, check_document
from tqcheck.glossary import GlossaryError, load

SOURCE = "Khối thi đua các huyện họp. Khối thi đua được khen thưởng."


def _config(path):
    return Config(glossary=str(path))


def test_forbidden_rendering_and_consistency(tmp_path):
    g = tmp_path / "terms.tsv"
    g.write_text("khối thi đua\tअनुकरण ब्लॉक\t\tअनुकरण गुट|अनुकरण समूह\n", encoding="utf-8")
    target = "ज़िलों का अनुकरण ब्लॉक मिला। अनुकरण समूह को पुरस्कार मिला।"
    findings = check(target, SOURCE, target_lang="hi", source_lang="vi", config=_config(g))
    by_code = {f.code: f for f in findings if f.category == "terminology" and f.severity >= 1}
    assert by_code["TQ701"].suggestion == "अनुकरण ब्लॉक"
    assert target[by_code["TQ702"].start:by_code["TQ702"].end] == "अनुकरण समूह"


def test_missing_rendering_points_at_the_source(tmp_path):
    g = tmp_path / "terms.csv"
    g.write_text("source,target\nkhối thi đua,अनुकरण ब्लॉक\n", encoding="utf-8")
    (f,) = check("ज़िलों की टीम मिली।", SOURCE, target_lang="hi", source_lang="vi", config=_config(g), select=["TQ701"])
    assert f.field == "source" and SOURCE[f.start:f.end] == "Khối thi đua"


def test_tbx_termbase_with_deprecated_term(tmp_path):
    g = tmp_path / "terms.tbx"
    g.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="c1">
 <langSet xml:lang="vi"><tig><term>khối thi đua</term></tig></langSet>
 <langSet xml:lang="hi">
  <tig><term>अनुकरण ब्लॉक</term></tig>
  <tig><term>अनुकरण गुट</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
 </langSet>
</termEntry>
</body></text></martif>""",
        encoding="utf-8",
    )
    (entry,) = [e for e in load(str(g)) if e.target_lang == "hi"]
    assert (entry.source, entry.target, entry.forbidden) == ("khối thi đua", "अनुकरण ब्लॉक", ("अनुकरण गुट",))
    (f,) = check("अनुकरण गुट मिला।", SOURCE, target_lang="hi", source_lang="vi", config=_config(g), select=["TQ701"])
    assert f.suggestion == "अनुकरण ब्लॉक"


def test_tbx_entity_expansion_is_refused(tmp_path):
    g = tmp_path / "bomb.tbx"
    g.write_text('<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><martif>&b;</martif>', encoding="utf-8")
    with pytest.raises(GlossaryError):
        load(str(g))


def test_broken_glossary_is_a_located_usage_error(tmp_path, run):
    g = tmp_path / "terms.tsv"
    g.write_text("khối thi đua\n", encoding="utf-8")
    item = tmp_path / "a.txt"
    item.write_text("ठीक है।\n", encoding="utf-8")
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text(f'[tool.tqcheck]\nglossary = "{g}"\n', encoding="utf-8")
    code, _, err = run("check", "--config", cfg, "--target-lang", "hi", item)
    assert code == 2 and f"{g}:1:" in err


def test_spelling_variants_are_info():
    doc = Document((Segment("जिलों और कस्बों में काम हुआ।"), Segment("ज़िलों में बैठक हुई और जिलों ने भाग लिया।")), "hi")
    findings = [f for f in check_document(doc) if f.code == "TQ703"]
    assert {str(f.severity) for f in findings} == {"info"}
    assert [f.suggestion for f in findings] == ["जिलों"]


def test_seed_article_spelling_variants(shared):
    text = (shared / "seeds" / "000_e665e6902342d190.txt").read_text(encoding="utf-8")
    findings = check(text, target_lang="hi", select=["TQ703"])
    spans = {text[f.start:f.end] for f in findings}
    assert spans and spans <= {"जिलों", "ज़िलों"}


@pytest.mark.parametrize(
    "target,found",
    [
        # three renderings of "khối thi đua" around one word that stands only where the term does
        ("ज़िलों के अनुकरण ब्लॉक ने उपलब्धियाँ हासिल कीं।\nउन्होंने अनुकरण गुट से प्रयास जारी रखने को कहा।\nलक्ष्य है कि अनुकरण समूह प्रांत में अग्रणी बने।", True),
        # forms of one word ("बजाते", "बजाने") and names kept in Latin letters are no renderings
        ("ज़िलों के अनुकरण ब्लॉक ने उपलब्धियाँ हासिल कीं।\nउन्होंने अनुकरण ब्लॉकों से प्रयास जारी रखने को कहा।\nलक्ष्य है कि अनुकरण ब्लॉकों प्रांत में अग्रणी बने।", False),
        ("ज़िलों के अनुकरण Boots ने उपलब्धियाँ हासिल कीं।\nउन्होंने अनुकरण Goop से प्रयास जारी रखने को कहा।\nलक्ष्य है कि अनुकरण समूह प्रांत में अग्रणी बने।", False),
    ],
)
def test_term_renderings_around_a_shared_word(target, found):
    source = "Khối thi đua các huyện đạt nhiều thành tích.\nÔng đề nghị khối thi đua tiếp tục cố gắng.\nMục tiêu là khối thi đua dẫn đầu tỉnh."
    findings = check(target, source, target_lang="hi", source_lang="vi", select=["TQ704"])
    assert bool(findings) == found


def test_seed_article_term_variants(shared):
    # the seed renders "khối thi đua" three ways and "thi đua, khen thưởng" with two conjunctions
    text = (shared / "seeds" / "000_e665e6902342d190.txt").read_text(encoding="utf-8")
    findings = check(text, target_lang="hi", select=["TQ705"])
    assert {text[f.start:f.end] for f in findings} == {"अनुकरण समूह", "अनुकरण गुट", "अनुकरण और प्रशंसा"}
    assert {f.suggestion for f in findings} == {"अनुकरण ब्लॉक", "अनुकरण एवं प्रशंसा"}


PHRASES = ["अनुकरण ब्लॉक", "अनुकरण समूह", "अनुकरण गुट", "किसानों और मजदूरों", "किसानों तथा मजदूरों", "ने काम किया", "के समूह", "और", "।", "\n", " "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), max_size=30), st.lists(st.sampled_from(PHRASES), max_size=30))
@example(["अनुकरण समूह", "अनुकरण ब्लॉक", "अनुकरण ब्लॉक"], ["अनुकरण समूह", "अनुकरण ब्लॉक", " ", "अनुकरण ब्लॉक"])  # spaced differently
def test_term_variants_point_at_a_synonym_beside_the_same_word(first, second):
    doc = Document((Segment(" ".join(first)), Segment(" ".join(second))), "hi")
    findings = [f for f in check_document(doc) if f.code == "TQ705"]
    seen = {}
    for f in findings:
        assert f.suggestion and f.suggestion != f.context[1]
        words = f.context[1].split()
        variants = {"ब्लॉक", "समूह", "गुट", "और", "तथा"}
        # after the word they share ("अनुकरण ब्लॉक"), or before it ("ब्लॉक अनुकरण")
        shared = words[0] if words[0] in ("अनुकरण", "किसानों") else words[-1]
        assert shared in ("अनुकरण", "किसानों") and (set(words) & variants)
        seen.setdefault((shared, words[0] == shared), set()).add(" ".join(f.suggestion.split()))  # the spacing is the text's own
    assert all(len(s) == 1 for s in seen.values())  # one usual form per term
    assert findings == [f for f in check_document(doc) if f.code == "TQ705"]


def test_a_synonym_is_not_read_before_the_next_term_of_its_set():
    # "समूह अनुकरण" is the end of one term and the start of the next, no term of its own
    text = "अनुकरण समूह अनुकरण ब्लॉक ने काम किया। अनुकरण ब्लॉक को सराहा गया।"
    findings = check(text, target_lang="hi", select=["TQ705"])
    assert [text[f.start:f.end] for f in findings] == ["अनुकरण समूह"]


@pytest.mark.parametrize(
    "text,lang,found",
    [
        ("जिला पुलिस ने जांच शुरू की। बाद में डिस्ट्रिक्ट पुलिस ने बताया कि मामला दर्ज हुआ।", "hi", "डिस्ट्रिक्ट पुलिस"),
        ("विकास कार्यक्रम शुरू हुआ। इस विकास प्रोग्राम में 5 गांव शामिल हैं।", "hi", "विकास प्रोग्राम"),
        ("The provincial Tax Department said revenue rose. Later the Tax Agency raised its target. The Tax Department agreed.", "en", "Tax Agency"),
        # one word of a set beside different words is no variant
        ("जिला अस्पताल में भर्ती हुए। डिस्ट्रिक्ट कलेक्टर ने दौरा किया।", "hi", None),
    ],
)
def test_a_native_word_and_a_loan_for_it_beside_the_same_word(text, lang, found):
    findings = check(text, target_lang=lang, select=["TQ705"])
    assert [text[f.start:f.end] for f in findings] == ([found] if found else [])
