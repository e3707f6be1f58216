"""Shared text analysis: sentences per language, protected spans, word runs."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.languages import load_profile
from tqcheck.text import TextInfo


def sentences(text: str, lang: str | None = None) -> list[str]:
    info = TextInfo(text, load_profile(lang).sentence_end, load_profile(lang).abbreviations) if lang else TextInfo(text)
    return [text[s:e] for s, e in info.sentences]


def test_hindi_sentences_end_at_danda_question_mark_and_full_stop():
    assert sentences("बैठक हुई। क्या फैसला हुआ? कुछ नहीं. बस", "hi") == ["बैठक हुई।", "क्या फैसला हुआ?", "कुछ नहीं.", "बस"]


def test_abbreviations_and_initials_do_not_end_sentences():
    assert sentences("Dr. Lan met U.S. officials. J. Smith said “yes.” Then left.", "en") == [
        "Dr. Lan met U.S. officials.",
        "J. Smith said “yes.”",
        "Then left.",
    ]


def test_a_language_s_own_abbreviations_do_not_end_sentences():
    assert sentences("Ông gặp TT. Trump tại TP. Hồ Chí Minh. PGS.TS. Lan nói.", "vi") == ["Ông gặp TT. Trump tại TP. Hồ Chí Minh.", "PGS.TS. Lan nói."]
    assert sentences("Mrs. May met Gov. Newsom on Oct. 3. It rained.", "en") == ["Mrs. May met Gov. Newsom on Oct. 3.", "It rained."]
    assert sentences("डॉ. सिंह ने कहा। बैठक हुई।", "hi") == ["डॉ. सिंह ने कहा।", "बैठक हुई।"]
    assert sentences("श्री. अॅडम्स म्हणाले. बैठक झाली.", "mr") == ["श्री. अॅडम्स म्हणाले.", "बैठक झाली."]
    # a word that merely ends like one still ends its sentence
    assert sentences("Họ đến từ ATP. Sau đó đi.", "vi") == ["Họ đến từ ATP.", "Sau đó đi."]
    # with a list, a capital and a small letter are no title: "thứ Ba" is Tuesday
    assert sentences("Mưa đến vào thứ Ba. Nắng trở lại.", "vi") == ["Mưa đến vào thứ Ba.", "Nắng trở lại."]
    assert sentences("Dr. Lan met Mr. Ba.", "en") == ["Dr. Lan met Mr. Ba."]


def test_a_decimal_point_does_not_end_a_sentence():
    assert sentences("मूल्य 2.5 प्रतिशत बढ़ा। फिर गिरा।", "hi") == ["मूल्य 2.5 प्रतिशत बढ़ा।", "फिर गिरा।"]


def test_a_profile_without_the_full_stop_does_not_split_on_it():
    info = TextInfo("एक. दो। तीन", ("।",))
    assert [info.text[s:e] for s, e in info.sentences] == ["एक. दो।", "तीन"]


def test_languages_without_a_shipped_profile_get_their_scripts_marks():
    assert sentences("هل جاء؟ نعم جاء۔ شكرا", "ur") == ["هل جاء؟", "نعم جاء۔", "شكرا"]
    assert sentences("会议召开了。结果如何？很好！", "zh") == ["会议召开了。", "结果如何？", "很好！"]
    assert sentences("ሰላም ነው። እንዴት ነህ፧ ደህና", "am") == ["ሰላም ነው።", "እንዴት ነህ፧", "ደህና"]


def test_burmese_little_section_is_a_comma_not_a_sentence_end():
    marks = load_profile("my").sentence_end
    assert "။" in marks and "\u104a" not in marks


def test_without_a_language_every_unicode_sentence_terminal_counts():
    assert sentences("A? ب؟ ग। 中。 end") == ["A?", "ب؟", "ग।", "中。", "end"]


def test_line_breaks_end_sentences_and_crlf_is_trimmed():
    assert sentences("शीर्षक\r\nपहली पंक्ति। दूसरी", "hi") == ["शीर्षक", "पहली पंक्ति।", "दूसरी"]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200), st.sampled_from(["hi", "vi", "en", "ar", "zh", None]))
def test_sentences_are_ordered_disjoint_trimmed_spans_inside_the_text(text, lang):
    info = TextInfo(text, load_profile(lang).sentence_end, load_profile(lang).abbreviations) if lang else TextInfo(text)
    spans = info.sentences
    assert spans == info.sentences  # cached and stable
    previous = 0
    for s, e in spans:
        assert previous <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        previous = e


SENTENCE_BITS = st.sampled_from(["।", "॥", ".", "..", "?", "!", "…", "?!", "\"", "”", "’", "»", ")", "]", " ", "\u00a0", "\n", "\r\n", "Dr", "U", "J", "ab", "कहा", "5", "\u200d"])


@settings(max_examples=400)
@given(st.lists(st.one_of(SENTENCE_BITS, st.text(max_size=3)), max_size=6).map("".join), st.sampled_from(["hi", "vi", "en", "zh", "am", None]))
def test_the_one_sentence_shortcut_agrees_with_splitting(text, lang):
    """A text taken as one sentence without splitting splits into that one sentence."""
    info = TextInfo(text, load_profile(lang).sentence_end, load_profile(lang).abbreviations) if lang else TextInfo(text)
    assert info.sentences == info.split_sentences()


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_folded_tokens_and_words_are_the_case_folded_tokens_and_words(text):
    from tqcheck.text import TOKEN_RE

    info = TextInfo(text)
    assert info.folded_tokens == [w.casefold() for w in TOKEN_RE.findall(text)]
    assert info.folded_words == [w.casefold() for w in info.letter_words]


def test_folded_tokens_keep_digits_and_fold_case():
    assert TextInfo("Straße 5 ĐÀ Nẵng, २०२४!").folded_tokens == ["strasse", "5", "đà", "nẵng", "२०२४"]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_letter_runs_are_the_positions_of_the_letter_words(text):
    from tqcheck.text import LETTERS_RE

    info = TextInfo(text)
    assert info.letter_runs == [(m.start(), m.end(), m.group()) for m in LETTERS_RE.finditer(text)]
    assert [w for _, _, w in info.letter_runs] == info.letter_words


URLISH = st.sampled_from(["https://a.vn/x?y=1", "www.B.COM", "x.comă", "ban@sở.vn", "báo cáo.PDF", "#tin_tức", "@user", "3568/TB-UBND", "१२/ĐB", "[ad_1]", "<p>", "&nbsp;", "TP.HCM", "5.000", " ", ".", "/"])


@given(st.lists(st.one_of(URLISH, st.text(max_size=6)), max_size=12).map("".join))
def test_protected_span_hints_never_hide_a_span(text):
    """The cheap tests in front of the protected patterns only skip work: every pattern run on its own finds the same spans."""
    from tqcheck.text import PROTECTED_RES

    spans = sorted((m.start(), m.end()) for _, rx in PROTECTED_RES for m in rx.finditer(text))
    merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    assert TextInfo(text).protected == merged


@given(st.lists(st.one_of(SENTENCE_BITS, st.text(max_size=3)), max_size=8).map("".join), st.sampled_from(["hi", "vi", "en", None]))
def test_the_sentence_bound_of_dropped_sentences_is_an_upper_bound(text, lang):
    from tqcheck.rules.fidelity import _most_sentences

    info = TextInfo(text, load_profile(lang).sentence_end, load_profile(lang).abbreviations) if lang else TextInfo(text)
    assert _most_sentences(info) >= len(info.sentences)
