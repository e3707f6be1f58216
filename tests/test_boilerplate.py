"""Boilerplate rules: the cheap tests in front of the phrase lists never hide a finding."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck import Config, Document, Segment
from tqcheck import check as check_text
from tqcheck.model import Severity
from tqcheck.engine import Checker
from tqcheck.languages import load_profile
from tqcheck.rules.boilerplate.furniture import _is_widget_line, _labels
from tqcheck.rules.boilerplate.notices import _copyright_words, _notices
from tqcheck.text import LETTERS_RE, TextInfo

HINDI = _labels("hi")
LABELS = st.sampled_from(sorted(HINDI.phrases)).flatmap(lambda p: st.sampled_from([p, p.upper(), p.title()]))
JOINERS = st.sampled_from([" | ", " • ", ", ", "  ", " ", "/", " (3)", ": 12", " [0] ", "» ", " - ", "\t", " पर ", " on ", "on "])


@settings(max_examples=300)
@given(st.lists(st.one_of(LABELS, JOINERS, st.text(max_size=4)), min_size=1, max_size=6).map("".join))
def test_a_widget_line_starts_with_the_first_word_of_a_label(line):
    """TQ301 skips a line whose first word starts no label; such a line is never a widget line."""
    if _is_widget_line(line, HINDI):
        assert LETTERS_RE.search(line.casefold()).group() in HINDI.starts


PHRASE_SETS = [_notices("hi"), _copyright_words("hi")]


@given(
    st.sampled_from(PHRASE_SETS).flatmap(
        lambda phrases: st.tuples(
            st.just(phrases),
            st.lists(st.one_of(st.sampled_from(phrases.phrases).map(str.upper), st.sampled_from(phrases.phrases), st.text(max_size=6)), max_size=4),
        )
    ),
    st.sampled_from(["hi", "vi", "th"]),
)
def test_the_phrase_gates_never_hide_a_phrase(case, lang):
    """The pattern finds exactly the phrases; the first-word test lets through every text holding
    one after a space or at its start (a word of its own)."""
    phrases, pieces = case
    text = " ".join(pieces)
    folded = text.casefold()
    assert (phrases.pattern.search(folded) is not None) == any(p in folded for p in phrases.phrases)
    if any(folded.startswith(p) or f" {p}" in folded for p in phrases.phrases):
        assert phrases.may_occur(TextInfo(text), load_profile(lang))


def check(target: str, lang: str = "hi") -> list[str]:
    return [f.code for f in Checker(Config(select=("boilerplate",))).check_document(Document((Segment(target),), lang)).findings]


@pytest.mark.parametrize(
    "lang,text,found",
    [
        ("hi", "उत्पादन बढ़ा। शेयर करें। प्रांत ने कहा कि काम जारी रहेगा।", "शेयर करें।"),
        ("en", "Output rose. Read more. The province said work goes on.", "Read more."),
        # a sentence that starts with a label word is the story's
        ("hi", "उत्पादन बढ़ा। शेयर बाजार में तेजी रही।", None),
        ("en", "Output rose. “Subscribe,” she said. Work goes on.", None),
    ],
)
def test_a_sentence_of_nothing_but_labels_between_the_storys(lang, text, found):
    findings = Checker(Config(select=("TQ301",))).check_document(Document((Segment(text),), lang)).findings
    assert [text[f.start:f.end] for f in findings] == ([found] if found else [])


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Most viewed"), ("en", "Your email will not be published"), ("en", "Like and share"),
        ("en", "Scan the QR code to download the app"), ("hi", "सबसे ज्यादा देखे गए"), ("hi", "ज़ालो पर हमें फॉलो करें"),
        ("hi", "लाइक और शेयर करें"), ("hi", "पिछला लेख"),
        # reading times, the minutes in CLDR's words of the target or English
        ("en", "Reading time: 3 minutes"), ("en", "4 min read"), ("en", "Read time: 2 mins"), ("hi", "पढ़ने का समय: 3 मिनट"),
        ("hi", "3 मिनट में पढ़ें"), ("hi", "पढ़ने का समय: 3 min"),
        ("en", "Advertisement - Scroll to continue"), ("en", "Skip to main content"), ("en", "Reply"),
        ("hi", "फेसबुक पर फॉलो करें"), ("hi", "पसंद (12)"), ("hi", "और देखें"),
        ("hi", "लेख को रेटिंग दें"), ("hi", "अपनी टिप्पणी दर्ज करें"), ("en", "Enter your comment"),
        ("hi", "लेख को साझा करें:"),
    ],
)
def test_more_widget_labels_are_found(lang, line):
    text = ("Output rose." if lang == "en" else "उत्पादन बढ़ा।") + "\n" + line
    assert [f.code for f in Checker(Config(select=("TQ301",))).check_document(Document((Segment(text),), lang)).findings] == ["TQ301"]


@pytest.mark.parametrize(
    "lang,sentence,line",
    [
        ("mr", "उत्पादन वाढले.", "टिप्पण्या (0)"), ("mr", "उत्पादन वाढले.", "आवडले (12)"), ("mr", "उत्पादन वाढले.", "वर परत जा"),
        ("ne", "उत्पादन बढ्यो।", "टिप्पणीहरू (0)"), ("ne", "उत्पादन बढ्यो।", "मन पर्यो (12)"),
        ("bn", "উৎপাদন বেড়েছে।", "মন্তব্যসমূহ (0)"), ("bn", "উৎপাদন বেড়েছে।", "উপরে ফিরে যান"), ("bn", "উৎপাদন বেড়েছে।", "প্রতিক্রিয়া (5)"),
    ],
)
def test_widget_labels_of_marathi_nepali_and_bengali_sites(lang, sentence, line):
    findings = Checker(Config(select=("TQ301",))).check_document(Document((Segment(f"{sentence}\n{line}"),), lang)).findings
    assert [f.code for f in findings] == ["TQ301"]


def test_widget_lines_in_several_languages_are_found():
    assert check("उत्पादन बढ़ा।\nCOMMENTS (4) | Share") == ["TQ301"]
    assert check("Sản lượng tăng.\nBình luận (0)", "vi") == ["TQ301"]
    assert check("उत्पादन बढ़ा।\nशेयर करें") == ["TQ301"]


def test_a_sentence_starting_like_a_label_is_not_a_widget_line():
    assert check("शेयर बाजार में आज तेजी रही और निवेशकों ने मुनाफा कमाया।") == []


@pytest.mark.parametrize("text", ["Output rose.\nThe meeting lasted 3 minutes", "Views: 3 minutes of silence were held."])
def test_minutes_after_a_count_make_no_widget_of_a_sentence(text):
    assert check(text, "en") == []


def test_tag_lists_are_page_furniture_in_any_language():
    assert check("Sản lượng tăng.\nTừ khóa: Hải Dương, thi đua, khen thưởng", "vi") == ["TQ301"]
    assert check("Output rose.\nTags: Hai Duong; emulation; awards", "en") == ["TQ301"]
    assert check("La production a augmenté.\nMots-clés : Hai Duong, émulation", "fr") == ["TQ301"]
    assert check("उत्पादन बढ़ा।\nMots-clés: Hai Duong, émulation") == ["TQ301"]  # left in the site's language


def test_one_tag_behind_a_tags_label_is_a_tag_list_but_one_topic_is_a_heading():
    assert check("उत्पादन बढ़ा।\nटैग: हाई डुओंग") == ["TQ301"]
    assert check("Sản lượng tăng.\nTừ khóa: Hải Dương", "vi") == ["TQ301"]
    assert check("उत्पादन बढ़ा।\nविषय: हाई डुओंग") == []
    assert check("उत्पादन बढ़ा।\nविषय: हाई डुओंग, बजट") == ["TQ301"]
    assert check("Output rose.\nTopics: budget", "en") == []


def test_a_sentence_after_a_topic_label_is_not_a_tag_list():
    assert check("Topics: the budget, which rose by a fifth this year, came first.", "en") == []
    assert check("विषय: बजट", "hi") == []  # one topic: a heading, not a tag list


@pytest.mark.parametrize(
    "lang,text,furniture",
    [
        ("hi", "उत्पादन बढ़ा।\nफेसबुक ट्विटर", True),
        ("hi", "उत्पादन बढ़ा।\nFacebook Twitter WhatsApp", True),
        ("vi", "Sản lượng tăng.\nFacebook Zalo", True),
        ("en", "Output rose.\nShare on Facebook Email Print", True),
        ("en", "He posted the plan on Facebook and Twitter.", False),
        ("hi", "उन्होंने फेसबुक पर लिखा कि काम जारी रहेगा।", False),
        # two labels joined by a word of the profile's joiners
        ("en", "Output rose.\nShare this article on Facebook", True),
        ("hi", "उत्पादन बढ़ा।\nइस लेख को फेसबुक पर साझा करें", True),  # "इस लेख को" (this article) is part of a label
        ("hi", "उत्पादन बढ़ा।\nइस लेख को पढ़कर लोग खुश हुए", False),
        ("hi", "उत्पादन बढ़ा।\nफेसबुक पर साझा करें | ट्विटर पर शेयर करें", True),
        ("vi", "Sản lượng tăng.\nChia sẻ qua Zalo", True),
        ("en", "Output rose.\nShare on", False),  # a joiner joins two labels, not one to nothing
        ("en", "Output rose.\nOn Facebook", False),
    ],
)
def test_a_share_bar_of_platform_names_is_furniture(lang, text, furniture):
    assert (check(text, lang) == ["TQ301"]) == furniture


@pytest.mark.parametrize(
    "lang,text,furniture",
    [
        ("hi", "उत्पादन बढ़ा।\nये भी पढ़ें: हाई डुओंग में नए पुल का उद्घाटन", True),
        ("vi", "Sản lượng tăng.\nXem thêm: Khánh thành cầu mới ở Hải Dương", True),
        ("hi", "उत्पादन बढ़ा।\nXem thêm >> Khánh thành cầu mới", True),  # left in the site's language
        ("fr", "La production a augmenté.\nÀ lire aussi : le nouveau pont ouvre en mai", True),
        # a sentence after the label is text, not a link
        ("en", "See also: the minister said the report was late. It will come out on Monday.", False),
        ("hi", "उन्होंने कहा कि यह भी पढ़ें: रिपोर्ट देर से आई और सोमवार को जारी होगी।", False),
    ],
)
def test_a_read_also_link_is_furniture(lang, text, furniture):
    assert (check(text, lang) == ["TQ301"]) == furniture


@pytest.mark.parametrize(
    "lang,text,credit",
    [
        ("hi", "उत्पादन बढ़ा।\nलेखक: मिन्ह आन्ह", True),
        ("hi", "उत्पादन बढ़ा।\nसंवाददाता: राम शर्मा", True),
        ("vi", "Sản lượng tăng.\nPhóng viên: Minh Anh", True),
        ("en", "Output rose.\nBy: Minh Anh", True),
        ("en", "Output rose.\nAuthor: Minh Anh.", True),
        # contact and translator lines of the page template
        ("en", "Output rose.\nHotline: 0912 345 678", True),
        ("hi", "उत्पादन बढ़ा।\nईमेल: toasoan@baobinhdinh.vn", True),
        ("hi", "उत्पादन बढ़ा।\nअनुवाद: मिन्ह आन्ह", True),
        # the label, then a sentence of the story
        ("hi", "लेखक: उन्होंने कहा कि किताब अगले साल आएगी।", False),
        ("en", "Reporter: the minister said output rose, and the province agreed.", False),
        ("en", "The author of the report, Minh Anh, said output rose.", False),
    ],
)
def test_a_byline_line_is_a_scraped_credit(lang, text, credit):
    codes = [f.code for f in Checker(Config(select=("TQ302",))).check_document(Document((Segment(text),), lang)).findings]
    assert (codes == ["TQ302"]) == credit


@pytest.mark.parametrize(
    "lang,text,found",
    [
        ("hi", "उत्पादन बढ़ा।\nकॉपीराइट © 2024 बाओ हाई डुओंग", "कॉपीराइट © 2024 बाओ हाई डुओंग"),
        ("hi", "उत्पादन बढ़ा। © 2024 बाओ हाई डुओंग। सर्वाधिकार सुरक्षित।", "© 2024 बाओ हाई डुओंग। सर्वाधिकार सुरक्षित।"),
        ("en", "Output rose.\nCopyright (c) 2024 Hai Duong Newspaper", "Copyright (c) 2024 Hai Duong Newspaper"),
        ("vi", "Sản lượng tăng.\nBản quyền thuộc về Báo Hải Dương", "Bản quyền thuộc về Báo Hải Dương"),
        ("hi", "उत्पादन बढ़ा।\nTous droits réservés.", "Tous droits réservés."),  # left in the site's language
        # sentences about copyright, and list items, are the story's
        ("hi", "कॉपीराइट कानून में बदलाव पर संसद में लंबी बहस हुई।", None),
        ("en", "The terms were agreed.\n(c) the province shall pay the costs.", None),
        ("en", "Copyright holders met on Monday to discuss the new law, which takes effect in 2025.", None),
    ],
)
def test_copyright_lines(lang, text, found):
    findings = Checker(Config(select=("TQ305",))).check_document(Document((Segment(text),), lang)).findings
    assert [text[f.start:f.end] for f in findings] == ([found] if found else [])


@pytest.mark.parametrize(
    "lang,text,found",
    [
        ("hi", "प्रांत ने लक्ष्य पूरा किया।\nवीवाई-डेट[विज्ञापन_2]\nस्रोत: https://baohaiduong.vn/a.html\nटिप्पणी (0)", "वीवाई-डेट"),
        ("en", "The province met its goal.\n\nVY - DAT", "VY - DAT"),
        ("vi", "Tỉnh đã hoàn thành mục tiêu.\nMinh Anh", "Minh Anh"),
        ("hi", "प्रांत ने लक्ष्य पूरा किया।\nस्रोत: बाओ हाई डुओंग\nमिन्ह आन्ह", "मिन्ह आन्ह"),  # after the credit line
        # a heading before more story, a widget line, a sentence without its mark, a lone figure
        ("hi", "प्रांत ने लक्ष्य पूरा किया।\nआगे की योजना\nप्रांत नई योजना बनाएगा।", None),
        ("en", "The province met its goal.\nRead more", None),
        ("en", "The province met its goal.\nand then it rained", None),
        ("en", "The province met its goal.\n2024", None),
        ("en", "VY - DAT", None),  # nothing before it ends a sentence
        # an agency's credit in brackets after the last sentence, on its line
        ("hi", "प्रांत ने लक्ष्य पूरा किया। (पीवी)", "(पीवी)"),
        ("en", "The province met its goal. (AP)", "(AP)"),
        ("en", "The province met its goal. (See page 3)", None),
        ("en", "The province met its goal. (it had missed it twice)", None),
        ("en", "The province met its goal. (AP)\nIt plans more.", None),
        # a credit with its word before or after the name
        ("hi", "प्रांत ने लक्ष्य पूरा किया।\nवीएनएक्सप्रेस के अनुसार", "वीएनएक्सप्रेस के अनुसार"),
        ("en", "The province met its goal.\nAccording to VnExpress", "According to VnExpress"),
        ("hi", "प्रांत ने लक्ष्य पूरा किया।\nउनके अनुसार", None),
    ],
)
def test_an_authors_signature_after_the_story(lang, text, found):
    doc = Document(tuple(Segment(line, line=k + 1) for k, line in enumerate(text.split("\n"))), lang)
    findings = Checker(Config(select=("TQ306",))).check_document(doc).findings
    assert [doc.segments[f.line - 1].target[f.start:f.end] for f in findings] == ([found] if found else [])


def test_a_short_last_unit_of_a_po_file_is_no_signature():
    doc = Document((Segment("Are you sure you want to delete the file?", id="confirm"), Segment("Cancel", id="cancel")), "en")
    assert Checker(Config(select=("TQ306",))).check_document(doc).findings == []
    one_unit = Document((Segment("The province met its goal.\nMINH ANH", id="article"),), "en")
    assert [f.code for f in Checker(Config(select=("TQ306",))).check_document(one_unit).findings] == ["TQ306"]


@pytest.mark.parametrize(
    "segment,furniture",
    [
        (Segment("शेयर करें", "Share", id="share-button"), False),  # a UI string of a PO or XLIFF file
        (Segment("टिप्पणियाँ (3)", "Comments (3)", id="comments"), False),
        (Segment("शेयर करें", "Share"), True),  # a line of a line-aligned text file: scraped with the article
        (Segment("शेयर करें", "Prices rose.", id="p1"), True),
        (Segment("उत्पादन बढ़ा।\nशेयर करें", "Output rose.\nShare", id="article"), True),
    ],
)
def test_a_ui_string_translated_from_one_is_no_furniture(segment, furniture):
    doc = Document((segment,), "hi", "en")
    assert bool(Checker(Config(select=("TQ301",))).check_document(doc).findings) == furniture


@pytest.mark.parametrize(
    "lang,text,found",
    [
        ("fr", "Le pont a été inauguré.\nMis à jour le 12 mars 2024 à 10h30", True),
        ("ru", "Мост открыт.\nОбновлено: 12 марта 2024, 10:30", True),
        ("en", "The bridge opened.\nUpdated 10:30 GMT", True),
        ("en", "The bridge opened.\nUpdated: 2024", False),
        ("hi", "पुल खुला।\nप्रकाशित: 2024 में 50 पुस्तकें आईं", False),
        ("en", "Home > World > Asia\nThe bridge opened.", True),
        ("en", "The bridge opened.\nLeft > right > centre, she said.", False),
        ("ru", "«Ливингстон» > «Рейнджерс» > «Селтик»", False),
    ],
)
def test_date_lines_and_breadcrumb_trails(lang, text, found):
    assert ("TQ301" in check(text, lang)) is found


@pytest.mark.parametrize(
    "lang,line,code",
    [
        ("hi", "रिपोर्ट: मिन्ह आन्ह", "TQ302"), ("hi", "समाचार और तस्वीरें: मिन्ह आन्ह", "TQ302"), ("hi", "द्वारा: मिन्ह आन्ह", "TQ302"),
        ("en", "News and photos: Minh Anh", "TQ302"), ("en", "Thanh Ha (synthesis)", "TQ306"),
        # the source page's address alone on the last line
        ("hi", "https://baohaiduong.vn/kinh-te/abc-123.html", "TQ302"), ("en", "https://baohaiduong.vn/abc-123.html", "TQ302"),
    ],
)
def test_credits_of_the_article_foot(lang, line, code):
    story = "The province met its 2023 budget target." if lang == "en" else "प्रांत ने 2023 में बजट लक्ष्य पूरा किया।"
    findings = [f for f in check_text(f"{story}\n{line}", target_lang=lang) if f.severity >= Severity.WARNING]
    assert [f.code for f in findings] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "प्रांत ने लक्ष्य पूरा किया।\nरिपोर्ट: प्रांत ने कहा कि काम जारी रहेगा और लोग खुश हैं।",  # a sentence after the label
        "Read the full report at\nhttps://example.org/report.pdf",  # the link ends the sentence
        "https://example.org/report.pdf",  # a unit of nothing but a link
    ],
)
def test_a_label_before_a_sentence_or_a_link_of_the_story_is_no_credit(text):
    lang = "en" if text.isascii() else "hi"
    assert [f.code for f in check_text(text, target_lang=lang, select=["TQ302", "TQ306"])] == []


@pytest.mark.parametrize(
    "lang,text,found",
    [
        ("ur", "حکومت نے منصوبے کا اعلان کیا۔ [اشتہار] اخراجات بڑھ گئے۔", "[اشتہار]"),
        ("fa", "دولت برنامه را اعلام کرد. [تبلیغات] هزینه‌ها افزایش یافت.", "[تبلیغات]"),
        ("tr", "Hükümet planı açıkladı.\nDevamını oku", "Devamını oku"),
        ("nl", "De regering kondigde een plan aan.\nLees ook", "Lees ook"),
        ("pl", "Rząd ogłosił plan. [Reklama] Wydatki wzrosły.", "[Reklama]"),
        ("uk", "Уряд оголосив план.\nЧитайте також", "Читайте також"),
        # a site's labels are furniture in any target: a Dutch label scraped into an English article
        ("en", "The government announced a plan.\nLees meer\nSpending rose.", "Lees meer"),
    ],
)
def test_furniture_and_placeholders_of_languages_without_a_profile(lang, text, found):
    findings = check_text(text, target_lang=lang)
    assert [text[f.start:f.end] for f in findings] == [found]
