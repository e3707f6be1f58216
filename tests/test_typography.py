"""Quote spacing (TQ802): which side a spaced quote belongs to decides its fix."""
import pytest

from tqcheck import check


def quote_fixes(text: str, lang: str = "hi") -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end], f.suggestion) for f in check(text, target_lang=lang, select=["TQ802"])]


@pytest.mark.parametrize(
    "lang,text,fixes",
    [
        # a single quote spaced from its word, on either side
        ("hi", "उन्होंने इसे ' अच्छा' बताया।", [("' अच्छा'", "'अच्छा'")]),
        ("hi", "उन्होंने इसे ‘ अच्छा’ बताया।", [("‘ अच्छा’", "‘अच्छा’")]),
        ("hi", "उन्होंने इसे 'अच्छा ' बताया।", [("'अच्छा '", "'अच्छा'")]),  # after the quote that opened
        ("hi", "उन्होंने कहा, 'हम जीतेंगे '।", [("जीतेंगे '", "जीतेंगे'")]),
        # spaced on both sides: after an opening quote it closes; before a word-final quote it opens
        ("hi", "‘ अविश्वसनीय ' उपलब्धि", [("‘ अविश्वसनीय", "‘अविश्वसनीय"), ("अविश्वसनीय '", "अविश्वसनीय'")]),
        ("hi", "उन्होंने कहा ' हम जीतेंगे' और चले गए।", [("' हम", "'हम")]),
        # neither: reported, but no side is chosen
        ("en", "He said ' we won and left", [(" ' ", None)]),
        # apostrophes are no quotes
        ("en", "The students' union met at Jacquemus' shop in the '90s.", []),
        ("fr", "L’ami d’enfance est venu.", []),
    ],
)
def test_single_quotes(lang, text, fixes):
    assert quote_fixes(text, lang) == fixes


def test_a_german_single_quotation_closes_with_a_high_quote():
    assert quote_fixes("Er nannte den Plan ‚mutig‘ und ging.", "de") == []


@pytest.mark.parametrize(
    "lang,text,fix",
    [
        ("hi", "सामग्री प्राप्त हुई है ।उन्होंने कहा।", (" ।", "। ")),  # the space belongs after the danda
        ("hi", "सामग्री प्राप्त हुई है । उन्होंने कहा।", (" ।", "।")),
        ("mr", "बैठक झाली . प्रांताने सांगितले.", (" .", ".")),
    ],
)
def test_a_space_before_a_stop_moves_or_goes(lang, text, fix):
    (f,) = check(text, target_lang=lang, select=["TQ801"])
    assert (text[f.start:f.end], f.suggestion) == fix


@pytest.mark.parametrize(
    "text,found",
    [
        # a straight quote glued to a comma, spaced from its word, opens when the line's other quote closes
        ('उन्होंने कहा," हम जीतेंगे" और चले गए।', ["space after an opening quotation mark"]),
        ('उन्होंने कहा, "हम जीतेंगे " और चले गए।', ["space before a closing quotation mark"]),
        # it closes a quotation of an earlier paragraph; nested straight quotes pair up by no count
        ('आया जा सकता है," ग्रांट ने कहा।', []),
        ('"Once the government says, "O.K., this is a disaster," we can open."', []),
    ],
)
def test_the_side_of_a_straight_quote_is_read_from_its_line(text, found):
    assert [f.message for f in check(text, target_lang="hi" if not text.isascii() else "en", select=["TQ802"])] == found


@pytest.mark.parametrize("text", ["He said â€œwe will winâ€\x9d and left.", "Revenue rose â€“ a record â€” and fell.", "Said â€˜yesâ€™ twice."])
def test_quotation_marks_of_misread_punctuation_are_no_quotation_marks(text):
    # "â€“" is an en dash read with the wrong encoding (TQ103's): its "“" is no quotation mark
    assert check(text, target_lang="en", select=["typography"]) == []
