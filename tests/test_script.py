"""Script rules: the fast search for a foreign letter finds what the precise one finds; Latin clauses left in a target."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck import check
from tqcheck.rules._scripts import foreign_letter_re

#: Characters at and around the edges of the blocks the fast search trusts, plus anything.
EDGES = st.sampled_from(list("\u08ff\u0900\u0951\u0964\u097f\u0980\u09ff\u0a00\ua8df\ua8e0\ua8ff\ua900\u024f\u0250\u02af\u02b0\u02ea\u036f\u0370\u1dff\u1e00\u1eff\u1f00\u2070\u2071\u200c\u200d\u00aa\u00b5Aaz@[`{\u00a0ĐưLМα中") )


@pytest.mark.parametrize("scripts", [("Deva",), ("Beng",), ("Latn",), ("Deva", "Latn"), ("Thai",)])
def test_the_fast_foreign_letter_search_agrees_with_the_precise_one(scripts):
    finder = foreign_letter_re(scripts)
    precise = getattr(finder, "precise", finder)

    @settings(max_examples=300)
    @given(st.lists(st.one_of(EDGES, st.characters(blacklist_categories=("Cs",))), max_size=12).map("".join), st.integers(0, 12))
    def prop(text, pos):
        fast, slow = finder.search(text, pos), precise.search(text, pos)
        assert (fast and fast.span()) == (slow and slow.span())

    prop()


def test_a_hindi_sentence_with_an_acronym_and_a_vietnamese_name():
    finder = foreign_letter_re(("Deva",))
    text = "FBI ने कहा। अध्यक्ष Nguyễn ने"
    assert finder.search(text).start() == 0
    assert finder.search(text, 3).start() == text.index("N")
    assert finder.search("केवल हिंदी, 2024 में।") is None


@pytest.mark.parametrize("target", ["%d टिप्पणियाँ", "%(count)d टिप्पणियाँ", "%2$s द्वारा %1$s टिप्पणियाँ", "नमस्ते %s, आपके %d नए संदेश हैं"])
def test_the_letters_of_format_specifiers_are_no_latin_text(target):
    assert check(target, target_lang="hi", select=["script"]) == []


@pytest.mark.parametrize(
    "source,target,severity",
    [
        ("Thủ tướng Phạm Minh Chính.", "प्रधानमंत्री Pham Minh Chinh ने कहा।", "WARNING"),  # the name ends the source sentence
        ("Tại tỉnh Quảng Ninh, mưa lớn.", "Quang Ninh प्रांत में भारी बारिश हुई।", "WARNING"),
        ("Khách sạn Roa Roa bị sập.", "Roa Roa होटल ढह गया।", "INFO"),  # written so in the source: a foreign name
        ("Nhà tạm giam Mat-Su.", "Mat-Su हिरासत केंद्र।", "INFO"),
        ("Ông Phạm Minh Chính nói.", "उसके बाद Minh ने कहा।", "INFO"),  # one syllable could be anything
        ("Ông Phạm Minh Chính nói.", "श्री Minh ने कहा।", "WARNING"),  # but after a title it is a name, left in Latin letters
        ("Ông Nguyễn Minh Hưng nói.", "श्री Nguyen Minh Hung ने कहा।", "WARNING"),  # "uye" is no syllable without its circumflex
    ],
)
def test_source_syllables_typed_without_diacritics(source, target, severity):
    from tqcheck import check

    (f,) = check(target, source, target_lang="hi", source_lang="vi", select=["TQ101"])
    assert f.severity.name == severity


@pytest.mark.parametrize(
    "target,lang,severity",
    [
        ("अध्यक्ष Nguyen Minh Hung ने कहा।", "hi", "WARNING"),
        ("सुश्री Tran Thi Mai ने कहा।", "hi", "WARNING"),
        ("Председатель Pham Van Dong заявил.", "ru", "WARNING"),
        ("मरीन Le Pen ने कहा।", "hi", "INFO"),  # two words: as likely a foreign name
        ("Chairman Nguyen Minh Hung spoke.", "en", None),  # Latin is English's own script
        ("होटल Do Not Disturb बोर्ड।", "hi", "INFO"),  # "Disturb" is no syllable
        ("अध्यक्ष NGUYEN MINH HUNG ने कहा।", "hi", None),  # capitals: read as acronyms
    ],
)
def test_a_vietnamese_name_typed_without_diacritics_is_found_without_the_source(target, lang, severity):
    from tqcheck import check

    found = check(target, target_lang=lang, select=["TQ101"])
    assert [f.severity.name for f in found] == ([severity] if severity else [])


@pytest.mark.parametrize(
    "target,source,lang,suggestion",
    [
        ("अध्यक्ष Nguyễn Minh Hưng ने कहा।", None, "hi", "गुयेन मिन्ह हुंग"),
        ("प्रधानमंत्री Pham Minh Chinh ने कहा।", "Thủ tướng Phạm Minh Chính nói.", "hi", "फाम मिन्ह चिन्ह"),  # spelt from the source
        ("সভাপতি Nguyễn Minh Hưng বলেন।", None, "bn", "গুয়েন মিন হুং"),
        ("उन्होंने कहा कि Năm nay tỉnh đạt kết quả tốt.", None, "hi", None),  # a sentence, not a name
    ],
)
def test_a_vietnamese_name_left_in_latin_letters_gets_its_transliteration(target, source, lang, suggestion):
    from tqcheck import check

    (f,) = check(target, source, target_lang=lang, source_lang="vi" if source else None, select=["TQ101"])
    assert f.suggestion == suggestion


@pytest.mark.parametrize(
    "target,severity",
    [
        ("प्रांत ने कहा कि वह will continue to push the reform in the coming year।", "warning"),
        ("प्रांत ने कहा कि tinh se tiep tuc day manh cai cach hanh chinh cua tinh trong nam toi।", "warning"),
        ("उन्होंने The Lord of the Rings और Game of Thrones देखी।", "info"),
        ("बैठक में Apple, Google, Microsoft, Amazon और Meta के प्रतिनिधि थे।", "info"),
        # a whole sentence in Latin letters: a marker word is enough, even in a title-case headline
        ("उन्होंने पूछा।\nDid you leak the document?", "warning"),
        ("Erdogan gets mixed reception in Cologne\nतुर्की के राष्ट्रपति जर्मनी पहुंचे।", "warning"),
        ("उन्होंने कहा।\nIl faut bien le faire.", "info"),  # a quotation kept in a language of no markers
        ("उन्होंने पूछा।\nNew York Times Magazine.", "info"),  # a name, all capitalised
    ],
)
def test_a_latin_clause_left_in_hindi_is_a_warning_a_title_a_note(target, severity):
    findings = check(target, target_lang="hi", select=["TQ101"])
    assert findings and {f.severity.name.lower() for f in findings} == {severity}


def test_a_word_read_with_the_wrong_encoding_is_one_finding_and_no_foreign_text():
    hindi = "सम्मेलन में राजस्व रहा।"
    broken = hindi.replace("में", "में".encode("utf-8").decode("cp1252", errors="replace"))
    findings = check(broken, target_lang="hi")
    assert [(f.code, broken[f.start:f.end]) for f in findings] == [("TQ103", "à¤®à¥‡à¤‚")]


@pytest.mark.parametrize(
    "text,lang,found",
    [
        ("सम्मेलन में ??? ?? राजस्व रहा।", "hi", ["???", "??"]),  # words lost to question marks
        ("स?मेलन में राजस्व रहा।", "hi", ["स?मेलन"]),  # a letter lost inside a word of a script without case
        ("Ông Nguy?n V?n An phát biểu.", "vi", ["Nguy?n", "V?n"]),
        ("Is it time?? Yes, see https://example.com/?q=1 now.", "en", []),
        ("What?? he said.", "en", []),
    ],
)
def test_characters_lost_to_question_marks(text, lang, found):
    assert [text[f.start:f.end] for f in check(text, target_lang=lang, select=["TQ103"])] == found


@pytest.mark.parametrize(
    "lang,sentence,word,codec",
    [
        ("bn", "সরকার খরচ করেছে। {} শুরু হয়।", "প্রকল্প", "cp1252"),  # bytes cp1252 has no character for become U+FFFD
        ("ne", "सरकारले खर्च गर्यो। {} सुरु भयो।", "नयाँ", "cp1252"),
        ("mr", "सरकारने खर्च केले. {} सुरू झाला.", "प्रकल्प", "latin-1"),  # and C1 control characters in Latin-1
        ("en", "The minister {} spoke.", "Văn", "cp1252"),  # "Äƒ": ă
    ],
)
def test_a_word_read_with_the_wrong_encoding_is_one_finding(lang, sentence, word, codec):
    broken = word.encode("utf-8").decode(codec, errors="replace")
    text = sentence.format(broken)
    findings = check(text, target_lang=lang, select=["script"])
    start = text.index(broken)
    assert [(f.code, f.start, f.end) for f in findings] == [("TQ103", start, start + len(broken))]


def test_misread_words_of_one_phrase_are_one_finding_and_nothing_else():
    """The letters, quotation marks and repeats inside misread words are TQ103's alone."""
    name = "Nguyễn Văn Hùng".encode("utf-8").decode("cp1252")  # "Nguyá»…n VÄƒn HÃ¹ng"
    text = f"प्रांत में राजस्व बढ़ा। श्री {name} ने कहा।"
    assert [(f.code, text[f.start:f.end]) for f in check(text, target_lang="hi")] == [("TQ103", name)]
    word = "सम्मेलन".encode("utf-8").decode("latin-1")  # "à¤¸à¤®à¥\x8dà¤®à¥\x87à¤²à¤¨": six one-letter words "à"
    text = f"प्रांत में राजस्व बढ़ा। {word} आयोजित हुआ।"
    assert [(f.code, text[f.start:f.end]) for f in check(text, target_lang="hi")] == [("TQ103", word)]


def test_names_typed_without_diacritics_get_their_transliteration():
    findings = check("सम्मेलन Buon Ma Thuot शहर में होगा। अध्यक्ष Nguyen Minh Hung ने कहा।", target_lang="hi", select=["TQ101"])
    assert [f.suggestion for f in findings] == ["बुओन मा थुओत", "गुयेन मिन्ह हुंग"]
