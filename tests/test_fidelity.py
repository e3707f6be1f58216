"""Fidelity rules on longer texts: loops after other text, duplicated sentences, length and sentence counts."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck import Config, Document, Segment, check, check_document
from tqcheck.languages.detect import BACKENDS


def test_loop_after_other_repeated_pairs():
    text = "धीरे धीरे काम हुआ और फिर डोंगाला के डोंगाला के डोंगाला के तटीय क्षेत्रों में बाढ़ आई।"
    (f,) = check(text, target_lang="hi", select=["TQ901"])
    assert text[f.start:f.end] == "डोंगाला के डोंगाला के डोंगाला के" and f.suggestion == "डोंगाला के"


def test_two_loops_in_one_segment():
    text = "a conference a conference a conference was held; the first the first the first meeting"
    assert len(check(text, target_lang="en", select=["TQ901"])) == 2


WORDS = st.sampled_from(["के", "को", "में", "No", "no", "a-b", "2024", "धीरे"])


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.tuples(st.lists(WORDS, max_size=40), st.sampled_from([" ", ", ", " - "])).map(lambda t: t[1].join(t[0])),
        # a phrase said twice, between other words
        st.tuples(st.lists(WORDS, max_size=6), st.lists(WORDS, min_size=1, max_size=9), st.lists(WORDS, max_size=6)).map(
            lambda t: " ".join(t[0] + t[1] + t[1] + t[2])
        ),
    ),
    st.sampled_from([0, 2, 3, 5]),
)
def test_loop_prefilter_never_hides_a_loop(text, doubled):
    """The cheap test in front of TQ901 is a necessary condition: removing it finds nothing more."""
    from tqcheck.rules import fidelity

    config = Config(select=("TQ901",), options={"TQ901": {"min_words_doubled": doubled}})
    fast = check(text, target_lang="hi", config=config)
    prefilter = fidelity._may_loop
    fidelity._may_loop = lambda *a: True
    try:
        assert check(text, target_lang="hi", config=config) == fast
    finally:
        fidelity._may_loop = prefilter


@pytest.mark.parametrize(
    "text,lang,found",
    [
        ("प्रांत ने नई योजना को मंजूरी दी नई योजना को मंजूरी दी और काम शुरू हुआ।", "hi", "'नई योजना को मंजूरी दी' repeated twice in a row"),
        ("The plan was approved by the council by the council on Monday.", "en", "'by the council' repeated twice in a row"),
        ("Sở đã chỉ đạo các đơn vị các đơn vị triển khai.", "vi", "'các đơn vị' repeated twice in a row"),
        # two words said twice are often idiom; a comma between copies is a chant or a list
        ("कम से कम 20 लोग आए, 5 से कम से कम 2 गए।", "hi", None),
        ("They chanted pump it out, pump it out all night.", "en", None),
        ("of the of the budget", "en", None),
    ],
)
def test_a_long_phrase_said_twice(text, lang, found):
    assert [f.message for f in check(text, target_lang=lang, select=["TQ901"])] == ([found] if found else [])


def test_a_phrase_the_source_says_twice_is_translated_faithfully():
    source = "Họ hô vang hãy đứng lên hãy đứng lên suốt đêm."
    for target, lang in (("वे रात भर खड़े हो जाओ खड़े हो जाओ चिल्लाते रहे।", "hi"), ("They chanted rise up now rise up now all night.", "en")):
        assert check(target, source, target_lang=lang, source_lang="vi", select=["TQ901"]) == []
        assert len(check(target, target_lang=lang, select=["TQ901"])) == 1


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


SOURCE_PARAGRAPH = (
    "Tỉnh đã khánh thành cây cầu mới bắc qua sông Hồng vào sáng thứ Hai. "
    "Dự án có tổng vốn đầu tư hơn 500 tỷ đồng từ ngân sách trung ương và địa phương. "
    "Cây cầu dài 1,2 km và rộng 20 m. "
    "Người dân địa phương rất vui mừng vì không còn phải đi phà."
)
TARGET_SENTENCES = [
    "प्रांत ने सोमवार सुबह लाल नदी पर बने नए पुल का उद्घाटन किया।",
    "परियोजना में केंद्रीय और स्थानीय बजट से 500 अरब डोंग से अधिक का कुल निवेश हुआ है।",
    "पुल 1.2 किमी लंबा और 20 मीटर चौड़ा है।",
    "स्थानीय लोग बहुत खुश हैं क्योंकि अब उन्हें नाव से नहीं जाना पड़ेगा।",
]


def omitted(source: str, target: str, target_lang: str = "hi") -> list[str]:
    return [source[f.start:f.end] for f in check(target, source, target_lang=target_lang, source_lang="vi", select=["TQ906"])]


def test_a_sentence_left_out_is_found_in_the_source():
    target = " ".join(TARGET_SENTENCES[:1] + TARGET_SENTENCES[2:])
    assert omitted(SOURCE_PARAGRAPH, target) == ["Dự án có tổng vốn đầu tư hơn 500 tỷ đồng từ ngân sách trung ương và địa phương."]


def test_sentences_merged_or_all_kept_are_no_omission():
    assert omitted(SOURCE_PARAGRAPH, " ".join(TARGET_SENTENCES)) == []
    # the first two sentences made one: the lengths still add up
    merged = TARGET_SENTENCES[0].rstrip("।") + ", और " + TARGET_SENTENCES[1] + " " + " ".join(TARGET_SENTENCES[2:])
    assert omitted(SOURCE_PARAGRAPH, merged) == []


def test_paragraphs_are_aligned_one_to_one_and_unknown_length_factors_are_not_checked():
    source = SOURCE_PARAGRAPH + "\nĐây là đoạn thứ hai của bài viết."
    target = " ".join(TARGET_SENTENCES[:1] + TARGET_SENTENCES[2:]) + "\nयह लेख का दूसरा अनुच्छेद है।"
    assert len(omitted(source, target)) == 1
    # Chinese writes a third as many characters: without a measured factor, no guess is made
    assert omitted(SOURCE_PARAGRAPH, "省里周一上午为横跨红河的新桥举行了通车仪式。大桥长1.2公里，宽20米。", "zh") == []


def test_a_sentence_put_into_the_target_is_noted_but_a_split_one_is_not():
    source = "Tỉnh đã khánh thành cây cầu mới bắc qua sông Hồng vào sáng thứ Hai. Cây cầu dài 1,2 km và rộng 20 m."
    added = "इस परियोजना को पूरा होने में पाँच साल लगे और इसमें हजारों मजदूरों ने दिन रात काम किया।"
    target = " ".join((TARGET_SENTENCES[0], added, TARGET_SENTENCES[2]))
    findings = check(target, source, target_lang="hi", source_lang="vi", select=["TQ907"])
    assert [target[f.start:f.end] for f in findings] == [added]
    assert findings[0].severity.name == "INFO"
    split = "प्रांत ने सोमवार सुबह लाल नदी पर बने नए पुल का उद्घाटन किया। यह पुल लाल नदी पर बना है। पुल 1.2 किमी लंबा और 20 मीटर चौड़ा है।"
    assert check(split, source, target_lang="hi", source_lang="vi", select=["TQ907"]) == []


@pytest.mark.parametrize(
    "text,found",
    [
        ("योजना बंद हो गई: गई: गई: गई: और लोग लौटे।", "गई: गई: गई: गई"),
        ("योजना बंद हो गई। गई। गई। गई। और लोग लौटे।", "गई। गई। गई। गई"),
        # speech repeats a word with commas, stops and exclamation marks
        ("\"No, no, no, no,\" she said.", None),
        ("\"No! No! No! No!\" she said.", None),
        # the marks must be the same between every copy
        ("योजना बंद हो गई: गई। गई: गई। और लोग लौटे।", None),
    ],
)
def test_a_word_said_over_and_over_with_a_mark_glued_to_each_copy(text, found):
    findings = check(text, target_lang="en" if text.isascii() else "hi", select=["TQ901"])
    assert [text[f.start:f.end] for f in findings] == ([found] if found else [])


@pytest.mark.parametrize(
    "target,source,lang,found",
    [
        ("তদন্তকারী সংস্থা জানায়, জানায়, জানায়, জানায়, মে থেকে চুরি হয়েছে।", None, "bn", "জানায়, জানায়, জানায়, জানায়"),
        ("जांच एजेंसी ने बताया, बताया, बताया, बताया, कि चोरी हुई।", "Cơ quan điều tra cho biết vụ trộm đã xảy ra.", "hi", "बताया, बताया, बताया, बताया"),
        ("प्रांत ने सुरक्षित, सुरक्षित, सुरक्षित, परिवारों को हटाया।", None, "hi", "सुरक्षित, सुरक्षित, सुरक्षित"),
        ("He said, said, said it twice.", None, "en", None),  # a function word of English
        # speech and quotations repeat words with commas; a faithful translation repeats the source
        ("He shouted no, no, no, no, no.", None, "en", None),
        ("“Work, work, work, work,” the crowd chanted.", None, "en", None),
        ("कीमतें बढ़ीं, बढ़ीं, बढ़ीं, बढ़ीं लगातार।", "Giá tăng, tăng, tăng, tăng mãi.", "hi", None),
    ],
)
def test_a_content_word_said_over_and_over_with_commas(target, source, lang, found):
    findings = check(target, source, target_lang=lang, source_lang="vi" if source else None, select=["TQ901"])
    assert [target[f.start:f.end] for f in findings] == ([found] if found else [])
