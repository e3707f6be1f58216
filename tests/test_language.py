"""Language identification: wrong-language sentences inside an article, and the seed article's correct text."""
import pytest

from tqcheck import Document, Segment, check, check_document
from tqcheck.languages.detect import get_detector

HINDI = "प्रांतीय जन समिति ने सोमवार को बजट राजस्व संग्रह कार्यों पर समीक्षा सम्मेलन आयोजित किया।"
MARATHI = "मुख्यमंत्र्यांनी सांगितले की हे काम लवकरच पूर्ण होणार आहे आणि त्यासाठी निधी मंजूर करण्यात आला आहे।"
NEPALI = "प्रदेश सरकारले यो वर्ष बजेट संकलनमा राम्रो प्रगति गरेको छ र लक्ष्य पनि पूरा हुने अपेक्षा गरिएको छ।"
ENGLISH = "The provincial committee said that the budget target had been met for the third year in a row."


def _codes(text, **kw):
    return [f.code for f in check(text, target_lang="hi", select=["language"], **kw)]


def test_marathi_sentence_in_hindi_article():
    findings = check(f"{HINDI} {MARATHI} {HINDI}", target_lang="hi", select=["TQ601"])
    assert len(findings) == 1
    start = len(HINDI) + 1
    assert (findings[0].start, findings[0].end) == (start, start + len(MARATHI))
    assert "Marathi" in findings[0].message


def test_nepali_sentence_in_hindi_article():
    findings = check(f"{HINDI}\n{NEPALI}", target_lang="hi", select=["TQ601"])
    assert [f.message.split(" (")[0] for f in findings] == ["sentence in Nepali"]


def test_english_sentence_in_hindi_article():
    findings = check(f"{HINDI} {ENGLISH}", target_lang="hi", select=["TQ601"])
    assert len(findings) == 1 and "English" in findings[0].message


def test_untranslated_vietnamese_in_english_names_the_source_language():
    findings = check(
        "The plan was approved. Năm nay tỉnh phấn đấu thu ngân sách vượt dự toán được giao.",
        "Kế hoạch được phê duyệt. Năm nay tỉnh phấn đấu thu ngân sách vượt dự toán được giao.",
        target_lang="en",
        source_lang="vi",
        select=["language"],
    )
    # one fault, one finding: the sentence in Vietnamese covers its copy of the source (TQ602)
    assert {f.code for f in findings} == {"TQ601"}
    assert any("untranslated source text" in f.message for f in findings)
    alone = check(
        "The plan was approved. Năm nay tỉnh phấn đấu thu ngân sách vượt dự toán được giao.",
        "Kế hoạch được phê duyệt. Năm nay tỉnh phấn đấu thu ngân sách vượt dự toán được giao.",
        target_lang="en",
        source_lang="vi",
        select=["TQ602"],
    )
    assert [f.code for f in alone] == ["TQ602"]


def test_hindi_alone_is_silent():
    assert _codes(HINDI * 3) == []


def test_seed_article_sentences_are_silent(shared):
    text = (shared / "seeds" / "000_e665e6902342d190.txt").read_text(encoding="utf-8")
    doc = Document(tuple(Segment(line, line=i + 1) for i, line in enumerate(text.split("\n")) if line.strip()), "hi")
    assert [f for f in check_document(doc) if f.category == "language"] == []


def test_detector_is_deterministic_and_handles_degenerate_input():
    detector = get_detector()
    assert detector.detect("") == [] and detector.detect("12345 !!!") == []
    first = detector.detect(MARATHI)
    assert first == detector.detect(MARATHI) and first[0][0] == "mr"


def test_a_sentence_in_a_language_without_a_profile_is_found():
    from tqcheck import check

    text = "The plan was approved. Cette année la production a fortement augmenté dans toute la province. Work starts soon."
    (f,) = check(text, target_lang="en", select=["TQ601"])
    assert "French" in f.message and text[f.start:f.end].startswith("Cette année")


def test_english_sentences_with_few_function_words_stay_english():
    from tqcheck import check

    assert check("Prices rose sharply. Farmers, traders, exporters welcomed higher rice prices yesterday.", target_lang="en", select=["TQ601"]) == []


@pytest.mark.parametrize(
    "text",
    [
        # a headline: once its capitalised words are set aside, too few words are left to identify
        "Review: Sofia Marin's New Opera Dazzles at Covent Garden",
        # quoted speech whose lower-case words are English markers
        '"She said, "Because it makes me proud,"" Mr. Ortega told me.',
    ],
)
def test_the_detector_is_not_asked_about_headlines_and_names(text):
    assert check(text, target_lang="en", select=["TQ601"]) == []


def test_an_english_sentence_with_few_function_words_left_in_hindi_is_found():
    text = "प्रांत ने अच्छे परिणाम हासिल किए। Budget revenue increased significantly across all provinces."
    (f,) = check(text, target_lang="hi", select=["TQ601"])
    assert "English" in f.message and text[f.start:f.end].startswith("Budget")
    # names and titles in Latin letters stay what they are
    assert check("उन्होंने Ministry of Home Affairs और Game of Thrones का ज़िक्र किया।", target_lang="hi", select=["TQ601"]) == []


@pytest.mark.parametrize(
    "sentence,language",
    [
        ("प्रांतीय जन समितिको उपाध्यक्ष सुश्री होआङ थी लानले विभागहरूलाई सुधार जारी राख्न आग्रह गर्नुभयो।", "Nepali"),
        ("शेतकऱ्यांना नवीन बियाणे देण्यात आली आणि अधिकाऱ्यांनी पिकांच्या पाहणीसाठी गावांना भेट दिली.", "Marathi"),
        ("जुलाई में सरकार ने किसानों की भलाई के लिए बीजों की सप्लाई बढ़ाई और सिलाई केंद्र खोले।", None),
    ],
)
def test_word_endings_only_one_language_writes_name_it(sentence, language):
    findings = check(f"{HINDI} {sentence}", target_lang="hi", select=["TQ601"])
    assert [f.message.split(" (")[0] for f in findings] == ([f"sentence in {language}"] if language else [])


@pytest.mark.parametrize(
    "target,lang,found",
    [
        # words of the source left inside a translated sentence, with its letters
        ("The Sở Tài chính of the province said revenue rose.", "en", ["WARNING"]),
        ("The department said tổng thu ngân sách reached VND 21.5 trillion.", "en", ["WARNING"]),
        ("Nguyễn Văn An said tổng thu ngân sách rose.", "en", ["WARNING"]),
        ("La province a annoncé que tổng thu ngân sách a augmenté.", "fr", ["WARNING"]),
        # one word is only noted (a dish, a term kept on purpose); names keep their letters
        ("He ate phở in Hà Nội.", "en", ["INFO"]),
        ("Nguyễn Văn An visited Hà Nội and Đà Nẵng on Monday.", "en", []),
        # letters of the target's own alphabet ("ă" is Romanian), another script (TQ101's), and a
        # sentence left whole in Vietnamese (TQ601's)
        ("Veniturile totale au crescut în această lună.", "ro", []),
        ("विभाग ने कहा कि tổng thu ngân sách बढ़ा।", "hi", []),
        ("Revenue rose. Tổng thu ngân sách của tỉnh đạt kết quả tốt trong năm nay.", "en", []),
    ],
)
def test_words_left_untranslated_inside_a_sentence(target, lang, found):
    findings = check(target, target_lang=lang, select=["TQ603"])
    assert [f.severity.name for f in findings] == found


def test_untranslated_words_copied_from_the_source_say_so():
    (f,) = check("The Sở Tài chính of the province said so.", "Sở Tài chính tỉnh cho biết.", target_lang="en", source_lang="vi", select=["TQ603"])
    assert "words of the source" in f.message


def test_a_single_untranslated_marker_word_is_reported():
    findings = check("Revenue rose 12% so với last year.", target_lang="en", select=["TQ603"])
    assert [(f.severity.name, f.end - f.start) for f in findings] == [("WARNING", 3)]


@pytest.mark.parametrize(
    "source,target,found",
    [
        ("Chủ tịch UBND tỉnh dự hội nghị.", "The Chu tich of the provincial committee attended.", "Chu tich"),
        ("Tổng thu ngân sách tăng 12%.", "Total revenue, tong thu ngan sach, rose by 12%.", "tong thu ngan sach"),
        ("Các quan chức cho biết dự án sẽ xong.", "Officials said the du an would be finished.", "du an"),
        ("Ông Nguyễn Văn An thăm Hà Nội.", "Mr Nguyen Van An visited Ha Noi.", None),  # names keep no diacritics in English
        ("Tỉnh sẽ xây một cây cầu mới.", "The province will build a new cau.", None),  # one word: a term, perhaps
        ("Tổng thu ngân sách tăng 12%.", "Total budget revenue rose by 12%.", None),
    ],
)
def test_source_words_typed_without_diacritics_in_an_english_target(source, target, found):
    findings = check(target, source, target_lang="en", source_lang="vi", select=["TQ603"])
    assert [target[f.start:f.end] for f in findings] == ([found] if found else [])
