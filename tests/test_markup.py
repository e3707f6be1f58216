"""Markup rules: the cheap hints in front of the identifier patterns never hide one."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tqcheck import Config, Document, Segment
from tqcheck.engine import Checker
from tqcheck.rules.markup import VERBATIM, placeholder_re

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


@pytest.mark.parametrize(
    "text,lang,suggestions",
    [
        ("उन्होंने कहा कि \\u092a\\u094d\\u0930 काम जारी है।", "hi", ["प", "्", "र"]),
        ("The bridge opened.\\nTraffic began.", "en", [None]),  # no fix: a line break would shift the lines of a file
        ("Emoji \\ud83d here.", "en", [None]),  # half a surrogate pair is no character
        ("The file is in C:\\new\\reports.", "en", []),  # a path: no mark or space before the backslash
        ("He typed \\n in the box, as the source did.", "en", None),
    ],
)
def test_escape_sequences_written_out_are_markup(text, lang, suggestions):
    from tqcheck import check

    source = "Anh ấy gõ \\n vào ô." if suggestions is None else None
    found = check(text, source, target_lang=lang, source_lang="vi" if source else None, select=["TQ202"])
    assert [f.suggestion for f in found] == (suggestions or [])


def test_a_written_out_escape_is_no_mixed_script_word():
    from tqcheck import check

    assert [f.code for f in check("पुल खुल गया।\\nयातायात शुरू हुआ।", target_lang="hi")] == ["TQ202"]


@pytest.mark.parametrize(
    "text,lang,found",
    [
        # a word joined to an index by an underscore is a placeholder in any language, whatever the word
        ("Der Markt wuchs. Anzeige_2 Die Preise steigen.", "de", ["Anzeige_2"]),
        ("Thị trường tăng. quảng_cáo_2 Giá tăng.", "vi", ["quảng_cáo_2"]),
        ("Prices rose. __AD_2__ Then fell.", "en", ["__AD_2__"]),
        # in other brackets, as a tag would be, the brackets go with it
        ("The market grew <ad_1> and prices rose.", "en", ["<ad_1>"]),
        ("बाजार बढ़ा <विज्ञापन_1> कीमतें बढ़ीं।", "hi", ["<विज्ञापन_1>"]),
        ("बाजार बढ़ा <<विज्ञापन_1>> कीमतें बढ़ीं।", "hi", ["<<विज्ञापन_1>>"]),
        ("The market grew **ad_1** and prices rose.", "en", ["**ad_1**"]),
        ("The market grew ((ad_1)) and prices rose.", "en", ["((ad_1))"]),
        # addresses, handles and file names join words and numbers with underscores too
        ("Send photo_2.jpg to news_desk@example.com or @news_2.", "en", []),
        ("See https://example.com/a_b_2 for more.", "en", []),
        ("Visit www.site_2.com now.", "en", []),
    ],
)
def test_a_placeholder_that_lost_its_brackets_is_found_in_any_language(text, lang, found):
    from tqcheck import check

    assert [text[f.start:f.end] for f in check(text, target_lang=lang, select=["TQ201"])] == found


@pytest.mark.parametrize(
    "text,source,found,fixed",
    [
        ("The bridge opened. [[link]] Traffic resumed.", None, ["[[link]]"], "The bridge opened. Traffic resumed."),
        ("पुल खुला। [[लिंक]] यातायात शुरू हुआ।", None, ["[[लिंक]]"], "पुल खुला। यातायात शुरू हुआ।"),
        # a link keeps its text
        ("It opened in [[Hanoi|the capital]] on Monday.", None, ["[[Hanoi|the capital]]"], "It opened in the capital on Monday."),
        ("It opened in [[Hanoi]] on Monday.", None, ["[[Hanoi]]"], "It opened in Hanoi on Monday."),
        # a placeholder word in doubled angle brackets, without an index
        ("पुल खुला। <<विज्ञापन>> यातायात शुरू हुआ।", None, ["<<विज्ञापन>>"], "पुल खुला। यातायात शुरू हुआ।"),
        # wiki text translated as wiki text keeps its markup
        ("It opened in [[Hanoi]].", "Nó mở ở [[Hanoi]].", [], "It opened in [[Hanoi]]."),
        ("Prices rose [1] and fell [2].", None, [], "Prices rose [1] and fell [2]."),
    ],
)
def test_wiki_markup_and_template_marks(text, source, found, fixed):
    from tqcheck import Document, Segment, check_document
    from tqcheck.fix import apply

    doc = Document((Segment(text, source),), "hi" if not text.isascii() else "en", "vi" if source else None)
    findings = check_document(doc)
    assert [text[f.start:f.end] for f in findings if f.code in ("TQ201", "TQ202")] == found
    assert apply(text, [f for f in findings if f.code == "TQ201"])[0] == fixed


@pytest.mark.parametrize(
    "token,slot",
    [
        ("[विज्ञापन]", True), ("[/कैप्शन]", True), ("{{video}}", True), ("(विज्ञापन)", True), ("(Video 2)", True),
        ("<<विज्ञापन>>", True), ("( विज्ञापन_२ )", True),
        # each opening mark closed by its own partner
        ("[विज्ञापन)", False), ("(विज्ञापन]", False), ("{{video)", False), ("<<ad]", False),
    ],
)
def test_a_known_placeholder_word_is_closed_by_its_own_bracket(token, slot):
    assert bool(placeholder_re("hi").fullmatch(token)) == slot


@pytest.mark.parametrize(
    "text,found",
    [
        ("बाजार बढ़ा। [विज्ञापन:2] कीमतें बढ़ीं।", ["[विज्ञापन:2]"]),  # the index after a colon
        ("The market grew. [mid_ad] Prices rose.", ["[mid_ad]"]),  # a known word after another
        ("The market grew. [top_banner_2] Prices rose.", ["[top_banner_2]"]),
        ("As [John 3:16] says, prices rose. [some_text] stays.", []),  # no placeholder word
    ],
)
def test_known_placeholder_words_with_a_prefix_or_a_colon_before_the_index(text, found):
    from tqcheck import check

    assert [text[f.start:f.end] for f in check(text, target_lang="hi" if not text.isascii() else "en", select=["TQ201"])] == found


@pytest.mark.parametrize(
    "source,target,span",
    [
        ("Theo Quyết định số 2345/QĐ-UBND, tổng vốn là 120 tỷ đồng.", "निर्णय संख्या 2345/क्यूडी-यूबीएनडी के अनुसार, कुल पूंजी 120 अरब डोंग है।", "2345/क्यूडी-यूबीएनडी"),
        ("Liên hệ qua email lienhe@haiduong.gov.vn.", "ईमेल संपर्क@haiduong.gov.vn से संपर्क करें।", "संपर्क@haiduong.gov.vn"),
        ("Xem chi tiết (https://haiduong.gov.vn/tin-tuc).", "विवरण देखें (https://haiduong.gov.vn/समाचार)।", "https://haiduong.gov.vn/समाचार"),
    ],
)
def test_a_mangled_identifier_is_reported_where_the_target_has_it(source, target, span):
    from tqcheck import check as check_text

    findings = [f for f in check_text(target, source, target_lang="hi", source_lang="vi") if f.category in ("markup", "numbers")]
    # where it renders one token, only TQ204 reports it (the identifier's number is no figure for TQ501)
    assert [(f.code, f.field, target[f.start:f.end]) for f in findings] == [("TQ204", "target", span)]


def placeholders_in(text: str, lang: str) -> list[str]:
    doc = Document((Segment(text),), lang)
    return [text[f.start:f.end] for f in Checker(Config(select=("TQ201",))).check_document(doc).findings]


@pytest.mark.parametrize(
    "lang,word",
    [("ta", "விளம்பரம்"), ("te", "ప్రకటన"), ("gu", "જાહેરાત"), ("pa", "ਇਸ਼ਤਿਹਾਰ"), ("ml", "പരസ്യം"), ("sw", "Tangazo"), ("he", "פרסומת"), ("sv", "Annons")],
)
def test_the_ad_word_of_a_language_without_a_profile_is_a_placeholder_in_brackets_only(lang, word):
    assert placeholders_in(f"A. [{word}] B.", lang) == [f"[{word}]"]
    assert placeholders_in(f"A {word} B.", lang) == []


@pytest.mark.parametrize(
    "text,found",
    [
        ("यह [b]डेंगू[/b] का मौसम है।", ["[b]", "[/b]"]),
        ("देखें [url=http://a.vn/x]यहाँ[/url] और", ["[url=http://a.vn/x]", "[/url]"]),
        ("सूची [b] में है।", []),  # an editorial letter, closed by nothing
        ("बैठक हुई। %%विज्ञापन%% फिर", ["%%विज्ञापन%%"]),
        ("बैठक हुई। *विज्ञापन* फिर", ["*विज्ञापन*"]),
        ("ट्रेंड: #विज्ञापन #बजट", []),  # two hashtags
    ],
)
def test_closed_shortcodes_and_marked_placeholder_words(text, found):
    assert placeholders_in(text, "hi") == found


@pytest.mark.parametrize(
    "text,lang,found",
    [
        ("The bridge opened. ADVERTISEMENT Traffic resumed.", "en", ["ADVERTISEMENT"]),
        ("पुल खुल गया। SPONSORED यातायात शुरू हुआ।", "hi", ["SPONSORED"]),
        ("पुल खुल गया। QUẢNG CÁO यातायात शुरू हुआ।", "hi", ["QUẢNG CÁO"]),
        ("ADVERTISEMENT The bridge opened.", "en", ["ADVERTISEMENT"]),
        ("VIDEO: The bridge opened in Hanoi.", "en", []),  # a label before a colon
        ("BREAKING NEWS VIDEO SHOWS THE BRIDGE", "en", []),  # a heading in capitals
        ("देखें VIDEO में पुल का उद्घाटन।", "hi", []),  # inside a sentence
        ("The bridge opened. NASA said so.", "en", []),  # no placeholder word
        ("The bridge opened. ADS Traffic resumed.", "en", []),  # too short to tell from an abbreviation
    ],
)
def test_a_placeholder_word_in_capitals_between_sentences(text, lang, found):
    assert placeholders_in(text, lang) == found


def test_a_placeholder_word_in_capitals_that_the_source_writes_so_is_kept():
    doc = Document((Segment("Cầu thông xe. SPONSORED Giao thông.", "Cầu thông xe. SPONSORED Giao thông."),), "vi", "vi")
    assert Checker(Config(select=("TQ201",))).check_document(doc).findings == []
    doc = Document((Segment("The bridge opened. SPONSORED Traffic resumed.", "Cầu thông xe. SPONSORED Giao thông."),), "en", "vi")
    assert Checker(Config(select=("TQ201",))).check_document(doc).findings == []
