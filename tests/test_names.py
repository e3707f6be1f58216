"""Names: accepted Devanagari spellings of Vietnamese names pass; variants, translations and garbling fail."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck import Document, Segment, check, check_document
from tqcheck.model import Severity

# Vietnamese name -> spellings seen in Hindi news (the first is the usual one).
NAMES = {
    "Nguyễn Minh Hưng": ["गुयेन मिन्ह हंग", "न्गुयेन मिन्ह हुंग", "नगुयेन मिंह हंग"],
    "Lê Quang Tuấn": ["ले क्वांग तुआन", "ले क्वांग तुआं"],
    "Hoàng Thị Thu Hà": ["होआंग थी थू हा", "होंग थी थू हा"],
    "Phạm Minh Chính": ["फाम मिन्ह चिन्ह", "फ़ाम मिंह चिंह"],
    "Trần Thanh Mẫn": ["ट्रान थान्ह मान", "त्रान थान मान"],
    "Võ Văn Thưởng": ["वो वान थुओंग", "वो वान थुआंग"],
    "Tô Lâm": ["तो लाम", "टो लाम"],
    "Vương Đình Huệ": ["वुओंग दिन्ह हुए", "वुओंग डिन्ह हुए"],
    "Nguyễn Xuân Phúc": ["गुयेन सुआन फुक", "न्गुयेन शुआन फ़ुक"],
    "Đặng Thị Ngọc Thịnh": ["दांग थी न्गोक थिन्ह", "डांग थी न्गोक थिंह"],
    "Trương Thị Mai": ["ट्रुओंग थी माई", "त्रुओंग थी माइ"],
    "Bùi Thanh Sơn": ["बुई थान्ह सोन", "बुई थान सोन"],
    "Phan Văn Giang": ["फान वान ज़ांग", "फान वान जियांग"],
    "Lương Cường": ["लुओंग कुओंग", "लुओंग कुआंग"],
    "Đỗ Văn Chiến": ["डो वान चिएन", "दो वान चिएन"],
    "Nguyễn Hòa Bình": ["गुयेन होआ बिन्ह", "गुयेन होआ बिंह"],
    "Trần Lưu Quang": ["ट्रान लुउ क्वांग", "त्रान लू क्वांग"],
    "Lê Minh Khái": ["ले मिन्ह खाई", "ले मिंह खाइ"],
    "Nguyễn Chí Dũng": ["गुयेन ची डुंग", "गुयेन ची दुंग"],
    "Đinh Tiến Dũng": ["दिन्ह तिएन डुंग", "डिन्ह तियेन दुंग"],
    "Nguyễn Văn Nên": ["गुयेन वान नेन", "गुयेन वान नैन"],
    "Lê Hoài Trung": ["ले होआई ट्रुंग", "ले होआइ त्रुंग"],
    "Bùi Văn Cường": ["बुई वान कुओंग", "बुई वान कुआंग"],
    "Đào Ngọc Dung": ["दाओ न्गोक डुंग", "डाओ न्गोक दुंग"],
    "Huỳnh Thành Đạt": ["हुइन्ह थान्ह डात", "हुइंह थान दात"],
    "Nguyễn Kim Sơn": ["गुयेन किम सोन", "गुयेन किम सों"],
    "Lê Thành Long": ["ले थान्ह लोंग", "ले थान लॉन्ग"],
    "Phạm Thị Thanh Trà": ["फाम थी थान्ह ट्रा", "फाम थी थान त्रा"],
    "Nguyễn Thanh Nghị": ["गुयेन थान्ह न्गी", "गुयेन थान नगी"],
    "Đặng Quốc Khánh": ["डांग क्वोक खान्ह", "दांग क्वोक खांह"],
    "Trần Hồng Hà": ["ट्रान होंग हा", "त्रान होंग हा"],
    "Lê Văn Thành": ["ले वान थान्ह", "ले वान थांह"],
    "Vũ Đức Đam": ["वू डुक डाम", "वु दुक दाम"],
    "Phạm Bình Minh": ["फाम बिन्ह मिन्ह", "फाम बिंह मिन"],
    "Trịnh Đình Dũng": ["त्रिन्ह दिन्ह डुंग", "ट्रिन्ह डिन्ह दुंग"],
    "Ngô Xuân Lịch": ["न्गो सुआन लिच", "न्गो शुआन लिच"],
    "Tạ Minh Tâm": ["ता मिन्ह ताम", "ता मिंह ताम"],
    "Cao Minh Đức": ["काओ मिन्ह डुक", "काओ मिन्ह दुक"],
    "Mai Thị Phương": ["माई थी फुओंग", "माइ थी फ़ुओंग"],
    "Ngô Thị Phương Thảo": ["न्गो थी फुओंग थाओ", "न्गो थी फ़ुओंग थाओ"],
    "Đỗ Thị Hồng Loan": ["डो थी होंग लोआन", "दो थी होंग लोआन"],
    "Lý Thị Yến": ["ली थी येन", "ली थी यें"],
    "Châu Văn Lâm": ["चाउ वान लाम", "चाउ वान लम"],
    "Quách Tuấn Anh": ["क्वाच तुआन आन्ह", "क्वाच तुआन आंह"],
    "Triệu Văn Lực": ["त्रिउ वान लुक", "ट्रिउ वान लुक"],
    "Dương Văn An": ["डुओंग वान आन", "दुओंग वान आन"],
    "Lại Xuân Môn": ["लाई सुआन मोन", "लाइ सुआन मोन"],
    "Hồ Đức Phớc": ["हो डुक फोक", "हो दुक फ़ोक"],
    "Phan Đình Trạc": ["फान दिन्ह ट्राक", "फान डिन्ह त्राक"],
    "Nguyễn Khắc Định": ["गुयेन खाक दिन्ह", "गुयेन खाक डिंह"],
    "Lê Minh Hoan": ["ले मिन्ह होआन", "ले मिंह होआं"],
    "Hoàng Trung Hải": ["होआंग ट्रुंग हाई", "होआंग त्रुंग हाइ"],
}


def _source(name):
    return f"Ông {name} phát biểu tại hội nghị."


def _target(spelling):
    return f"सम्मेलन में श्री {spelling} ने भाषण दिया।"


def test_at_least_fifty_names():
    assert len(NAMES) >= 50


@pytest.mark.parametrize("name,spelling", [(n, s) for n, spellings in NAMES.items() for s in spellings])
def test_accepted_spellings_pass(name, spelling):
    codes = [f.code for f in check(_target(spelling), _source(name), target_lang="hi", source_lang="vi", select=["names"])]
    assert codes == [], f"{spelling!r} for {name}: {codes}"


@pytest.mark.parametrize("name", list(NAMES))
def test_garbled_spelling_fails(name):
    spelling = NAMES[name][0].split()
    spelling[-1] = "क्ष" + spelling[-1]  # a syllable the name does not have
    target = _target(" ".join(spelling))
    findings = check(target, _source(name), target_lang="hi", source_lang="vi", select=["TQ403"])
    assert [f.code for f in findings] == ["TQ403"] and findings[0].suggestion
    if len(spelling) >= 3:
        # all syllables but one spelled right: the misspelling is pointed at in the target
        assert findings[0].field == "target" and target[findings[0].start:findings[0].end] == " ".join(spelling)
    else:
        assert findings[0].field == "source"


@pytest.mark.parametrize("name", list(NAMES)[:10])
def test_name_left_in_latin_fails(name):
    findings = check(_target(name), _source(name), target_lang="hi", source_lang="vi", select=["TQ403", "TQ101"])
    assert {f.code for f in findings} == {"TQ403", "TQ101"}
    assert any("left in Latin" in f.message for f in findings)


@pytest.mark.parametrize("name", [n for n in NAMES if len(set(NAMES[n])) > 1])
def test_two_spellings_in_one_document_fail(name):
    usual, variant = NAMES[name][0], NAMES[name][1]
    doc = Document((Segment(_target(usual), id="p1"), Segment(f"बाद में {variant} ने बताया कि योजना लागू होगी।", id="p2")), "hi")
    findings = [f for f in check_document(doc) if f.code == "TQ401"]
    assert [(f.record, f.suggestion) for f in findings] == [("p2", usual)]


@pytest.mark.parametrize(
    "spelling,word",
    [
        ("गुयेन मिन्ह समृद्ध", "समृद्ध"),
        ("डो थी गुलाबी लोआन", "गुलाबी"),
        ("हा नीला ताम", "नीला"),
        ("गुयेन थी थान्ह सुगंध", "सुगंध"),
        ("ले उज्ज्वल खाई", "उज्ज्वल"),
        ("फाम थी मोती हा", "मोती"),
        ("त्रान राष्ट्रीय वुओंग", "राष्ट्रीय"),  # Quốc, as an adjective
        ("गुयेन थी सौम्य", "सौम्य"),  # Hiền
        ("ले वान योद्धा", "योद्धा"),  # Chiến
    ],
)
def test_translated_given_names_fail(spelling, word):
    findings = check(_target(spelling), target_lang="hi", select=["TQ402"])
    assert len(findings) == 1 and word in findings[0].message


def test_same_name_in_english_with_and_without_diacritics():
    doc = Document((Segment("Nguyễn Minh Hưng opened the bridge."), Segment("Later Nguyen Minh Hung thanked the workers.")), "en")
    assert [f.code for f in check_document(doc) if f.category == "names"] == ["TQ401"]


def test_user_names_glossary_overrides_the_model(tmp_path):
    from tqcheck import Config

    g = tmp_path / "names.tsv"
    g.write_text("Nguyễn Minh Hưng\tन्गुयेन मिन्ह हुंग\nĐà Nẵng\tदानांग\n", encoding="utf-8")
    config = Config(names=str(g))
    source = "Ông Nguyễn Minh Hưng phát biểu tại Đà Nẵng."
    good = "श्री न्गुयेन मिन्ह हुंग ने दानांग में भाषण दिया।"
    model_spelling = "श्री गुयेन मिन्ह हंग ने दानांग में भाषण दिया।"
    assert [f.code for f in check(good, source, target_lang="hi", source_lang="vi", config=config, select=["names"])] == []
    (f,) = check(model_spelling, source, target_lang="hi", source_lang="vi", config=config, select=["TQ403"])
    assert f.suggestion == "न्गुयेन मिन्ह हुंग"
    (f,) = check("श्री न्गुयेन मिन्ह हुंग ने दा नांग में भाषण दिया।", source, target_lang="hi", source_lang="vi", config=config, select=["TQ404"], )
    assert f.suggestion == "दानांग"


def test_names_across_a_corpus_are_opt_in(run, tmp_path):
    import json as _json

    rows = [
        {"id": "a", "target_lang": "hi", "target": "अध्यक्ष श्री काओ तुओंग हुई ने उद्घाटन किया।"},
        {"id": "b", "target_lang": "hi", "target": "श्री काओ तुओंग हुई ने धन्यवाद दिया।"},
        {"id": "c", "target_lang": "hi", "target": "बाद में काओ तुओंग हुय ने कहा कि काम पूरा होगा।"},
    ]
    p = tmp_path / "feed.jsonl"
    p.write_text("".join(_json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    code, out, _ = run("check", "--format", "json", "--select", "TQ401", p)
    assert _json.loads(out)["findings"] == []
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text("[tool.tqcheck]\n[tool.tqcheck.options.name-variants]\nacross_corpus = true\n", encoding="utf-8")
    code, out, _ = run("check", "--config", cfg, "--format", "json", "--select", "TQ401", p)
    (f,) = _json.loads(out)["findings"]
    assert (f["record"], f["suggestion"]) == ("c", "काओ तुओंग हुई") and code == 1


def test_source_names_are_only_sought_where_a_surname_stands():
    """The surname hint in front of source_names never hides a name."""

    from tqcheck.languages import translit
    from tqcheck.rules.names._spans import _source_name_facts, source_names

    surnames = sorted(translit.names_data()["surnames"])
    piece = st.one_of(
        st.sampled_from(surnames).flatmap(lambda s: st.sampled_from([s, s.lower(), s.upper(), s.title()])),
        st.sampled_from(["Ông ", "bà ", "Chủ tịch ", "Văn ", "Thị ", "Minh ", "Hùng", " ", ", ", "\n"]),
        st.text(max_size=4),
    )

    @settings(max_examples=300)
    @given(st.lists(piece, max_size=8).map("".join))
    def prop(text):
        if source_names(text):
            assert _source_name_facts()[2].search(text) is not None

    prop()
    assert source_names("Ông Nguyễn Văn Hùng phát biểu.") == [(4, 19, "Nguyễn Văn Hùng")]


@pytest.mark.parametrize(
    "source,target,lang,found",
    [
        ("Tỉnh Hải Dương đạt kết quả tốt.", "समुद्र सॉस प्रांत ने अच्छे परिणाम हासिल किए।", "hi", True),  # translated word by word
        ("Tỉnh Hải Dương đạt kết quả tốt.", "Sea Sauce province achieved good results.", "en", True),
        ("Tỉnh Hải Dương đạt kết quả tốt.", "हाई डुओंग प्रांत ने अच्छे परिणाम हासिल किए।", "hi", False),
        ("Tỉnh Hải Dương đạt kết quả tốt.", "हाईडुओंग प्रांत ने अच्छे परिणाम हासिल किए।", "hi", False),  # written as one word
        ("Tỉnh Hải Dương đạt kết quả tốt.", "Haiduong province achieved good results.", "en", False),
        ("UBND tỉnh Nghệ An họp.", "न्हे आन प्रांतीय समिति की बैठक हुई।", "hi", False),
        ("Mưa lớn ở tỉnh Vân Nam.", "युन्नान प्रांत में भारी बारिश हुई।", "hi", False),  # a Chinese province by its Vietnamese reading
        ("Đoàn đến thăm huyện Gia Lộc.", "प्रतिनिधिमंडल ने जिया लोक जिले का दौरा किया।", "hi", False),
    ],
)
def test_places_of_the_source_are_found_in_the_target(source, target, lang, found):
    findings = check(target, source, target_lang=lang, source_lang="vi", select=["TQ403"])
    assert bool(findings) == found


def test_the_place_hint_never_hides_a_place():

    from tqcheck.rules.names._spans import _place_patterns

    PLACE_RE, PLACE_HINT = _place_patterns()

    unit = st.sampled_from(["tỉnh", "Tỉnh", "huyện", "Huyện", "thị xã", "Thị Xã", "xã", "Xã", "thành phố", "Thành Phố", "thành Phố", "TP", "TP.", "quận", "Quận", "phường", "Phường", "thị trấn", "Thị Trấn", "thị Trấn"])
    name = st.sampled_from(["Hải Dương", "Gia Lộc", "Hồ Chí Minh", "Nghệ An"])

    place = st.tuples(unit, st.sampled_from([" ", "\t", "  "]), name).map("".join)

    @settings(max_examples=200)
    @given(st.lists(st.one_of(place, unit, name, st.sampled_from([" ", ", "]), st.text(max_size=3)), max_size=4).map("".join))
    def prop(text):
        if PLACE_RE.search(text):
            assert PLACE_HINT.search(text)

    prop()


def test_hindi_function_words_left_in_a_marathi_article_are_not_name_variants():
    target = "प्रांताने चांगले यश मिळवले. इस वर्ष उत्पादन में भारी वृद्धि हुई है और किसानों को लाभ हुआ है।"
    assert check(target, target_lang="mr", select=["TQ401"]) == []


@pytest.mark.parametrize(
    "lang,first,later",
    [
        ("bn", "জনাব নগুয়েন ভ্যান হুং সভায় বক্তব্য দেন।", "পরে গুয়েন ভান হুং জানান যে কাজ চলবে।"),
        ("bn", "জনাব ত্রান থান মান সেতুটি উদ্বোধন করেন।", "অনুষ্ঠানে ট্রান থান মান শ্রমিকদের ধন্যবাদ জানান।"),
        ("te", "శ్రీ న్గుయెన్ వాన్ హంగ్ సమావేశంలో మాట్లాడారు.", "తరువాత గుయెన్ వాన్ హంగ్ పని కొనసాగుతుందని చెప్పారు."),
        ("gu", "શ્રી ન્ગુયેન મિન્હ હંગ સભામાં બોલ્યા.", "પછી ગુયેન મિન્હ હંગ આભાર માન્યો."),
        ("pa", "ਸ੍ਰੀ ਨਗੁਏਨ ਮਿਨ੍ਹ ਹੰਗ ਨੇ ਭਾਸ਼ਣ ਦਿੱਤਾ।", "ਬਾਅਦ ਵਿੱਚ ਗੁਏਨ ਮਿਨ ਹੁੰਗ ਨੇ ਕਿਹਾ।"),  # the tippi of ਹੰਗ read as a nasal
    ],
)
def test_name_variants_in_other_brahmic_scripts(lang, first, later):
    # Bengali, Telugu, Gujarati, Gurmukhi: their Unicode blocks follow Devanagari's layout, so names are keyed alike
    doc = Document((Segment(first, id="p1"), Segment(later, id="p2")), lang)
    findings = [f for f in check_document(doc) if f.code == "TQ401"]
    assert [f.record for f in findings] == ["p2"]
    assert findings[0].suggestion in first


@pytest.mark.parametrize(
    "lang,text",
    [
        ("bn", "জনাব নগুয়েন ভ্যান হুং বক্তব্য দেন। পরে নগুয়েন ভ্যান হুং জানান যে কাজ চলবে।"),
        # everyday Bengali: short words of one syllable are not names
        ("bn", "এই বছর তার দল ভালো কাজ করে। সেই দল আর এই দল এক সাথে কাজ করে, তাই সব ঠিক আছে।"),
        ("bn", "তিনি বলেন, এখন সময় নেই। তবে কাল আবার দেখা হবে, আজ নয়।"),
        # function words spelled two ways (কি / কী): the profile's stopwords, not names
        ("bn", "সে কি না জানে? তবু সে কী না করে দেখাল!"),
    ],
)
def test_one_spelling_or_ordinary_words_in_bengali_pass(lang, text):
    assert check(text, target_lang=lang, select=["TQ401"]) == []


@given(st.text(alphabet=st.characters(min_codepoint=0x0980, max_codepoint=0x09FF), max_size=30))
def test_bengali_maps_to_devanagari_letter_for_letter(text):
    import unicodedata

    from tqcheck.languages.translit import to_deva

    composed = unicodedata.normalize("NFC", text)
    deva = to_deva(text, "Beng")
    assert len(deva) == len(composed) and all(ord(d) - ord(b) == 0x0900 - 0x0980 for b, d in zip(composed, deva))


@pytest.mark.parametrize(
    "name,bengali",
    [("Nguyễn Minh Hưng", "গুয়েন মিন হুং"), ("Trần Văn Nam", "ট্রান ভান নাম"), ("Phạm Thị Lan", "ফাম থী লান")],
)
def test_names_rendered_into_bengali_with_its_own_spellings(name, bengali):
    from tqcheck.languages.translit import from_deva, name_to_deva

    assert from_deva(name_to_deva(name), "Beng") == bengali


@pytest.mark.parametrize(
    "target,found",
    [
        ("জনাব নগুয়েন ভ্যান হুং বক্তব্য দেন।", False),
        ("জনাব গুয়েন ভান হুং বক্তব্য দেন।", False),
        ("জনাব নগুয়েন ভ্যান থাং বক্তব্য দেন।", True),
        ("জনাব Nguyễn Văn Hùng বক্তব্য দেন।", True),
    ],
)
def test_a_source_name_is_looked_for_in_a_bengali_target(target, found):
    findings = check(target, "Ông Nguyễn Văn Hùng phát biểu.", target_lang="bn", source_lang="vi", select=["TQ403"])
    assert bool(findings) == found and all(f.suggestion == "গুয়েন ভান হুং" for f in findings)


def test_scripts_whose_names_the_key_would_misread_get_no_name_check():
    # Tamil writes Nguyễn with ந (no ga of its own): read as Devanagari it would never be found
    assert check("திரு நுயென் வான் ஹங் உரையாற்றினார்.", "Ông Nguyễn Văn Hùng phát biểu.", target_lang="ta", source_lang="vi", select=["names"]) == []


@pytest.mark.parametrize(
    "target,lang",
    [
        ("অর্থ বিভাগের পরিচালক ত্রান কুওক ভুওং জানান।", "bn"),  # "qu" spelled as "ku" before a vowel
        ("वित्त विभाग के निदेशक त्रान कुओक वुओंग ने बताया।", "hi"),
        ("वित्त विभाग के निदेशक त्रान क्वोक वुओंग ने बताया।", "hi"),
    ],
)
def test_qu_may_be_written_with_a_u_vowel(target, lang):
    assert check(target, "Ông Trần Quốc Vượng, Giám đốc Sở Tài chính, cho biết.", target_lang=lang, source_lang="vi", select=["TQ403"]) == []


@pytest.mark.parametrize(
    "target,lang,found",
    [
        ("श्री गुयेन भान हुङले भाषण गरे।", "ne", False),  # a case ending written onto the name
        ("श्री गुयेन व्हान हुंगने भाषण केले.", "mr", False),
        ("জনাব নগুয়েন ভ্যান হুংকে বলা হয়।", "bn", False),
        ("श्री गुयेन भान थाङले भाषण गरे।", "ne", True),  # another name, ending or not
    ],
)
def test_a_name_with_a_case_ending_is_found(target, lang, found):
    findings = check(target, "Ông Nguyễn Văn Hùng phát biểu.", target_lang=lang, source_lang="vi", select=["TQ403"])
    assert bool(findings) == found


@pytest.mark.parametrize(
    "target,lang,found",
    [
        ("अध्यक्ष गुयेन भान समृद्धले भाषण गरे।", "ne", "गुयेन भान हुंगले"),  # a case ending on the translated name
        ("चेयरमन नगुयेन मिन सমৃদ্ধকে", "bn", None),  # mixed scripts: no name
        ("অধ্যক্ষ নগুয়েন মিন সমৃদ্ধকে প্রশংসা করা হয়।", "bn", "নগুয়েন মিন হুংকে"),
        # the ergative "ले" after a Latin name, then a word with an ending, then more: no name
        ("उहाँको छोरा Dushko ले राष्ट्रको नाम परिवर्तन गर्न चाहन्थे।", "ne", None),
    ],
)
def test_a_translated_given_name_with_a_case_ending(target, lang, found):
    findings = check(target, target_lang=lang, select=["TQ402"])
    assert [f.suggestion for f in findings] == ([found] if found else [])


@pytest.mark.parametrize(
    "text,lang,found",
    [
        # the last syllable spelled two ways, each time with a case ending: the span stops before it
        ("अध्यक्ष गुयेन भान हुङले भाषण गरे। पछि गुयेन भान हङको कुरा भयो।", "ne", ("गुयेन भान हङ", "गुयेन भान हुङ")),
        ("উনি নগুয়েন ভান হুংকে দেখেছেন। পরে নগুয়েন ভান হাংয়ের সাথে কথা হয়।", "bn", ("নগুয়েন ভান হাং", "নগুয়েন ভান হুং")),
        # one spelling, two endings
        ("अध्यक्ष गुयेन भान हुङले भाषण गरे। पछि गुयेन भान हुङको कुरा भयो।", "ne", None),
    ],
)
def test_name_variants_under_case_endings(text, lang, found):
    findings = check(text, target_lang=lang, select=["TQ401"])
    assert [(text[f.start:f.end], f.suggestion) for f in findings] == ([found] if found else [])


@pytest.mark.parametrize(
    "source,target,found",
    [
        # an initial standing for a name news leaves out is written as a syllable or as the letter's name
        ("Ông Nguyễn Văn A, 45 tuổi, bị bắt.", "45 वर्षीय गुयेन वान ए को गिरफ्तार किया गया।", False),
        ("Ông Nguyễn Văn A, 45 tuổi, bị bắt.", "45 वर्षीय गुयेन वान आ को गिरफ्तार किया गया।", False),
        ("Chị Trần Thị B cho biết.", "सुश्री त्रान थी बी ने बताया।", False),
        ("Ông Nguyễn Văn A, 45 tuổi, bị bắt.", "45 वर्षीय गुयेन वान बी को गिरफ्तार किया गया।", True),
    ],
)
def test_an_initial_in_a_name_may_be_written_as_its_letter(source, target, found):
    assert bool(check(target, source, target_lang="hi", source_lang="vi", select=["TQ403"])) == found


@pytest.mark.parametrize(
    "place,spelling",
    [
        ("Gia Lộc", "गिया लोक"),  # gi with a glide
        ("Kiên Giang", "कियेन गियांग"),
        ("Kiên Giang", "कियेन जियांग"),
        ("Bạc Liêu", "बाक लियू"),  # iêu as a long u after the glide
        ("Cẩm Giàng", "कैम जियांग"),  # â as ai, as in कैन थो
    ],
)
def test_places_as_hindi_news_spells_them_are_rendered(place, spelling):
    assert check(f"{spelling} में 15 कम्यून हैं।", f"Huyện {place} có 15 xã.", target_lang="hi", source_lang="vi", select=["TQ403"]) == []


@pytest.mark.parametrize("spelling", ["गुयेन सुआन फुक", "गुयेन शुआन फुक", "गुयेन ज़ुआन फुक", "गुयेन जुआन फुक"])
def test_x_may_be_written_as_sa_sha_or_za(spelling):
    assert check(f"श्री {spelling} दा नांग पहुंचे।", "Ông Nguyễn Xuân Phúc đến Đà Nẵng.", target_lang="hi", source_lang="vi", select=["TQ403"]) == []


@pytest.mark.parametrize(
    "source,target,lang",
    [
        # given names that are everyday words: a country, "new", a page
        ("Bà Nguyễn Thị Nga, Giám đốc Sở, cho biết.", "Director Nguyen Thi Russia said.", "en"),
        ("Ông Trần Văn Tân phát biểu.", "श्री ट्रान वान नया ने भाषण दिया।", "hi"),
        ("Bà Lê Thị Trang phát biểu.", "Ms Le Thi Page spoke.", "en"),
        ("Bà Trần Thị Mai cho biết.", "Ms. Tran Thi Plum Blossom said.", "en"),
    ],
)
def test_more_given_names_translated_as_words(source, target, lang):
    assert [f.code for f in check(target, source, target_lang=lang, source_lang="vi", select=["TQ402"])] == ["TQ402"]


@pytest.mark.parametrize(
    "target,lang,found",
    [
        ("श्री विजय यांनी भर दिला.", "mr", "श्री विजय"),
        ("श्री विजयले जोड दिनुभयो।", "ne", "श्री विजयले"),  # with a case ending
        ("জনাব বিজয় জোর দিয়ে বলেন।", "bn", "জনাব বিজয়"),
        ("Mr Victory stressed it.", "en", "Mr Victory"),
        ("श्री थांग ने जोर दिया।", "hi", None),
        ("विजय के बाद श्री थांग ने जोर दिया।", "hi", None),  # the word without a title before it
    ],
)
def test_a_given_name_addressed_alone_and_translated(target, lang, found):
    findings = check(target, "Ông Thắng nhấn mạnh sau chiến thắng.", target_lang=lang, source_lang="vi", select=["TQ402"])
    assert [target[f.start:f.end] for f in findings] == ([found] if found else [])


@pytest.mark.parametrize(
    "lang,target,found",
    [
        ("mr", "श्री गुयेन व्हान वारा यांनी भाषण केले.", True),  # Phong, "wind"
        ("ne", "श्री गुयेन भान हावाले भाषण गर्नुभयो।", True),
        ("bn", "জনাব নগুয়েন ভান বাতাস বক্তব্য রাখেন।", True),
        ("en", "Mr Nguyen Van Wind spoke.", True),
        ("mr", "श्री गुयेन व्हान फोंग यांनी भाषण केले.", False),
        ("bn", "জনাব নগুয়েন ভান ফং বক্তব্য রাখেন।", False),
        ("en", "Mr Nguyen Van Phong spoke.", False),
    ],
)
def test_given_names_translated_in_every_shipped_target(lang, target, found):
    findings = check(target, "Ông Nguyễn Văn Phong phát biểu.", target_lang=lang, source_lang="vi", select=["TQ402"])
    assert bool(findings) == found


@pytest.mark.parametrize(
    "target,lang,found",
    [
        ("श्री ट्रान वान थांग ने कहा। श्री थैंग ने जोर दिया।", "hi", "थैंग"),
        ("श्री ट्रान भान थाङले भने। श्री थैङले जोड दिनुभयो।", "ne", "थैङ"),  # read without the case ending
        ("Mr. Tran Van Thang said. Mr. Thắng stressed it.", "en", "Thắng"),
        ("श्री ट्रान वान थांग ने कहा। श्री थांग ने जोर दिया।", "hi", None),
        ("श्री ट्रान वान थांग ने कहा। बाद में श्री ट्रान वान थांग ने जोर दिया।", "hi", None),
    ],
)
def test_a_given_name_addressed_alone_is_spelled_as_in_the_full_name(target, lang, found):
    source = "Ông Trần Văn Thắng cho biết. Ông Thắng nhấn mạnh."
    findings = check(target, source, target_lang=lang, source_lang="vi", select=["TQ401"])
    assert [target[f.start:f.end] for f in findings] == ([found] if found else [])


def test_a_given_name_two_people_share_is_left_alone():
    # two full names end in Hùng, spelled two ways: which one "श्री हंग" means cannot be told
    source = "Ông Nguyễn Văn Hùng và ông Trần Minh Hùng cho biết. Ông Hùng nhấn mạnh."
    target = "श्री गुयेन वान हुंग और श्री ट्रान मिन्ह हंग ने कहा। श्री हंग ने जोर दिया।"
    assert [f.message for f in check(target, source, target_lang="hi", source_lang="vi", select=["TQ401"]) if "given name" in f.message] == []


def test_the_suggested_spelling_renders_the_source_name():
    # one spelling each: the faithful one is the name's, whatever comes first
    source = "Ông Nguyễn Văn Hải phát biểu. Ông Nguyễn Văn Hải nói thêm. Ông Nguyễn Văn Hải cười."
    target = "Mr Nguyen Van Sea spoke. Mr Nguyen Van Hoi added. Mr Nguyen Van Hai smiled."
    findings = check(target, source, target_lang="en", source_lang="vi", select=["TQ401"])
    assert sorted(target[f.start:f.end] for f in findings) == ["Nguyen Van Hoi", "Nguyen Van Sea"]
    assert {f.suggestion for f in findings} == {"Nguyen Van Hai"}


@pytest.mark.parametrize(
    "target,found",
    [
        # a final ng written without its virama: still one syllable of a name
        ("निदेशक श्री होआंग वान डुंग ने कहा। श्री होआंग वान डुंग ने जोर दिया। होआनग वान डुंग ने बताया।", "होआनग वान डुंग"),
        # "ो" where the name's other spellings write "ुओ" (Dương): without the source, a slip beside the same other words
        ("निदेशक श्री डुओंग वान फुक ने कहा। श्री डुओंग वान फुक ने जोर दिया। डोंग वान फुक ने बताया।", "डोंग वान फुक"),
        # "न" for the "न्ह" of Nhung
        ("सुश्री त्रान थी होंग न्हुंग ने कहा। सुश्री त्रान थी होंग न्हुंग ने जोर दिया। त्रान थी होंग नुंग ने बताया।", "त्रान थी होंग नुंग"),
        # the x of Xuân written "श" or "स" beside "ज़"
        ("श्री गुयेन ज़ुआन फुक ने कहा। श्री गुयेन ज़ुआन फुक ने जोर दिया। श्री गुयेन शुआन फुक ने बताया।", "गुयेन शुआन फुक"),
        ("श्री गुयेन ज़ुआन फुक ने कहा। श्री गुयेन ज़ुआन फुक ने जोर दिया। श्री गुयेन सुआन फुक ने बताया।", "गुयेन सुआन फुक"),
        # two people with two surnames: no variant
        ("श्री डुओंग वान फुक ने कहा। श्री ट्रान वान होंग ने जोर दिया।", None),
    ],
)
def test_slips_in_a_full_name_without_the_source(target, found):
    findings = check(target, target_lang="hi", select=["TQ401"])
    assert [target[f.start:f.end] for f in findings] == ([found] if found else [])


@pytest.mark.parametrize(
    "target,lang,span,what",
    [
        ("अध्यक्ष श्री गुयेन मिन्ह ने भाषण दिया।", "hi", "गुयेन मिन्ह", "lacks"),
        ("अध्यक्ष श्री मिन्ह हंग ने भाषण दिया।", "hi", "मिन्ह हंग", "lacks"),
        ("अध्यक्ष श्री गुयेन मिन्ह हैंग ने भाषण दिया।", "hi", "गुयेन मिन्ह हैंग", "misspells"),
        ("Chairman Nguyen Minh said the plan will go ahead.", "en", "Nguyen Minh", "lacks"),
    ],
)
def test_a_name_short_of_a_syllable_is_told_from_a_misspelt_one(target, lang, span, what):
    findings = check(target, "Ông Nguyễn Minh Hưng phát biểu tại hội nghị.", target_lang=lang, source_lang="vi", select=["TQ403"])
    assert [target[f.start:f.end] for f in findings] == [span]
    assert f"{span!r} {what} one syllable of" in findings[0].message


@pytest.mark.parametrize(
    "target,found",
    [
        ("According to Nguyen Văn Thinh, the cause is under investigation.", "Nguyen Văn Thinh"),
        ("According to Nguyen Van Thịnh, the cause is under investigation.", "Nguyen Van Thịnh"),
        ("According to Nguyễn Văn Thịnh, the cause is under investigation.", None),
        ("According to Nguyen Van Thinh, the cause is under investigation.", None),
        # Minh writes no diacritics: "Nguyễn Minh" is whole
        ("According to Nguyễn Minh Hưng, the cause is under investigation.", None),
        ("José María Aznar met Nguyen Phu Trong in Hanoi.", None),  # no Vietnamese name half marked
    ],
)
def test_a_latin_name_half_written_with_its_diacritics(target, found):
    findings = check(target, target_lang="en", select=["TQ401"])
    assert [target[f.start:f.end] for f in findings] == ([found] if found else [])


@pytest.mark.parametrize(
    "target,lang",
    [
        ("पर्यटन विभाग की निदेशक फाम थी नीला हुयेन ने बताया।", "hi"),
        ("पर्यटन विभागाच्या संचालक फाम थी निळा हुयेन यांनी सांगितले.", "mr"),
        ("Director Pham Thi Blue Huyen said the boats run every day.", "en"),
        ("पर्यटन विभागकी निर्देशक फाम थी निलो हुयेनले डुङ्गाहरू चल्ने बताइन्।", "ne"),  # a case ending on the name
    ],
)
def test_a_translated_given_name_is_reported_once(target, lang):
    findings = check(target, "Bà Phạm Thị Thanh Huyền, Giám đốc Sở Du lịch, cho biết.", target_lang=lang, source_lang="vi", select=["names"])
    assert [f.code for f in findings] == ["TQ402"]


# Names outside the Vietnamese model (other_names): read by their letters, noted at info level.


@pytest.mark.parametrize(
    "source,target,lang,source_lang,found",
    [
        ("Captain Rohit Sharma scored 112. Rohit Sharma said the team played well.", "कप्तान रोहित शर्मा ने 112 रन बनाए। रोहित सरमा ने कहा कि टीम ने अच्छा खेला।", "hi", "en", "रोहित सरमा"),
        ("Tổng thống Mỹ Joe Biden thăm Hà Nội. Ông Joe Biden gặp lãnh đạo.", "अमेरिकी राष्ट्रपति जो बाइडेन ने हनोई का दौरा किया। जो बिडेन ने नेताओं से मुलाकात की।", "hi", "vi", "जो बिडेन"),
        ("President Emmanuel Macron spoke. Emmanuel Macron left.", "राष्ट्रपति इमैनुएल मैक्रों ने भाषण दिया। इमैनुएल मैक्रॉन चले गए।", "hi", "en", "इमैनुएल मैक्रॉन"),
        ("Captain Rohit Sharma scored 112. Rohit Sharma said the team played well.", "कर्णधार रोहित शर्मा यांनी 112 धावा केल्या. रोहित सरमांनी सांगितले की संघ चांगला खेळला.", "mr", "en", "रोहित सरमां"),
        ("Captain Rohit Sharma scored 112. Rohit Sharma said the team played well.", "অধিনায়ক রোহিত শর্মা ১১২ রান করেন। রোহিত সরমা বলেন দল ভালো খেলেছে।", "bn", "en", "রোহিত সরমা"),
        (None, "Captain Rohit Sharma scored 112 runs. Later Rohit Sarma said the team played well.", "en", None, "Sarma"),
        (None, "Ms Davis spoke. Her friend has known Ms Davies for years.", "en", None, "Davies"),
    ],
)
def test_other_names_spelled_two_ways_are_noted(source, target, lang, source_lang, found):
    (f,) = check(target, source, target_lang=lang, source_lang=source_lang, select=["TQ401"])
    assert target[f.start:f.end] == found and f.severity == Severity.INFO


@pytest.mark.parametrize(
    "source,target,lang,source_lang",
    [
        # one spelling throughout, under a case ending too
        ("Captain Rohit Sharma scored 112. Rohit Sharma said the team played well.", "कर्णधार रोहित शर्मा यांनी 112 धावा केल्या. रोहित शर्मांनी सांगितले की संघ चांगला खेळला.", "mr", "en"),
        # a nukta or vowel length alone: TQ703's (info) note, not a second spelling of the name
        ("Global Citizen said. Global Citizen also said.", "ग्लोबल सिटिज़न ने कहा। ग्लोबल सिटिजन ने यह भी कहा।", "hi", "en"),
        # ordinary words with the consonants of a name ("पहली बार", first time, for Paul Barreira)
        ("Paul Barreira said it. Paul Barreira left.", "पॉल बर्रेरा ने यह कहा। पहली बार पॉल बर्रेरा चले गए।", "hi", "en"),
        # a sentence's first word is no name's
        ("On Friday, Ford spoke. On Friday they left.", "शुक्रवार को फ़ोर्ड ने बात की। अन्य फ़रियादी चले गए।", "hi", "en"),
        # two names of the source with the same consonants: which one a spelling renders is not known
        ("Rohit Sharma and Rohit Sarma played.", "रोहित शर्मा और रोहित सरमा खेले।", "hi", "en"),
        # Latin targets: two Vietnamese names, a word with an ending, a short word
        (None, "Mr Nguyen Van Hung spoke first. Later Mr Nguyen Van Hong said the plan would go ahead.", "en", None),
        (None, "South Korea met North Korea. South Korean officials spoke.", "en", None),
        (None, "Kim Jong Un met Kim Jong Il's widow.", "en", None),
    ],
)
def test_other_names_spelled_one_way_pass(source, target, lang, source_lang):
    assert check(target, source, target_lang=lang, source_lang=source_lang, select=["TQ401"]) == []


def test_other_names_give_way_to_the_vietnamese_model():
    # a Vietnamese name's variant is reported once, as the syllable model's warning
    target = "Mr Nguyen Van Hung spoke first. Later Mr Nguyen Van Hungg said the plan would go ahead."
    (f,) = check(target, target_lang="en", select=["TQ401"])
    assert f.severity == Severity.WARNING


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzđáàạ-'’ ", max_size=20))
def test_latin_skeletons_never_fail(word):
    from tqcheck.rules.names.other_names import latin_skeletons

    skeletons = latin_skeletons(word)
    assert all(s.isascii() and s.isalpha() or s == "" for s in skeletons)


@pytest.mark.parametrize(
    "source,target,lang",
    [
        ("Ông Lê Vương cho biết.", "Mr Le King said.", "en"),
        ("Ông Lê Minh cho biết.", "श्री ले उज्ज्वल ने बताया।", "hi"),
        ("Bà Trần Thị Tươi cho biết.", "सुश्री त्रान थी ताज़ा ने बताया।", "hi"),
    ],
)
def test_a_translated_given_name_is_one_finding_not_also_a_missing_name(source, target, lang):
    codes = [f.code for f in check(target, source=source, source_lang="vi", target_lang=lang) if f.category == "names"]
    assert codes == ["TQ402"]


def test_a_two_syllable_name_that_is_gone_is_still_missing():
    codes = [f.code for f in check("The minister said.", source="Ông Lê Minh cho biết.", source_lang="vi", target_lang="en")]
    assert codes == ["TQ403"]


@pytest.mark.parametrize(
    "lang,target",
    [
        ("hi", "थान्ह हा कम्यून के 35 वर्षीय दांग वान नायक।"),  # Hùng, hero
        ("hi", "नीली नदी कम्यून के 35 वर्षीय दांग वान हंग।"),  # Thanh Hà, with the adjective's feminine form
        ("ne", "निली नदी गाउँपालिकाका ३५ वर्षीय दाङ भान हुङ।"),
        ("mr", "निळी नदी ग्रामपंचायतीचे ३५ वर्षीय दांग वान हुंग."),
    ],
)
def test_a_name_translated_by_meaning_is_found_in_any_form_of_the_adjective(lang, target):
    doc = Document((Segment(target, "Anh Đặng Văn Hùng, 35 tuổi, ở xã Thanh Hà."),), lang, "vi")
    findings = [f for f in check_document(doc) if f.category == "names"]
    assert [f.field for f in findings] == ["target"], findings


def test_adjective_forms_come_from_the_profile():
    from tqcheck.languages import load_profile

    assert load_profile("hi").adjective_forms("नीला") == ("नीला", "नीली", "नीले")
    assert load_profile("hi").adjective_forms("नदी") == ("नदी",)
    assert load_profile("en").adjective_forms("Blue") == ("Blue",)
