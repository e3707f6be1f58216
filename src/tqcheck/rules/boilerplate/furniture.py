"""Page furniture (TQ301): widget labels, counters, tag lists, timestamps, breadcrumbs and read-also links."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from ...languages import load_profile, site_phrases
from ...model import Hit
from ...registry import rule
from ...text import LETTERS_RE, LazyPattern
from ._common import CLOSERS, FURNITURE_COVERS, _alternation, _label_fold, _phrases, _sentence_marks, _trim, _word_fold

#: A count with thousands separators ("1,234", "1.234").
GROUPED_COUNT_RE = LazyPattern(r"\d{1,3}(?:[.,\u00a0]\d{3})+")
#: What parts the labels of a widget line ("Share | Tweet | Print"): bars, bullets, commas, a colon
#: before more labels ("हमें फॉलो करें: फेसबुक"; one before a figure is a counter's, "Views: 12"),
#: spaced dashes, or wide spaces.
ITEM_SEP_RE = LazyPattern(r"[ \t]*(?:[|•·/,]|[:：](?![ \t]*\d))[ \t]*|[ \t]+[-–—][ \t]+|[ \t]{2,}")
EDGE_PUNCT = " \t\r|•·»›>▶►-–—:.!"
INLINE_COUNTER_RE = LazyPattern(r"\([ \t]*\d{1,7}[ \t]*\)")


class Labels(NamedTuple):
    """The widget labels of a target language, case-folded, and what reading them needs."""

    phrases: frozenset[str]
    #: The longest label, in words.
    longest: int
    #: The words labels start with (None when a label has no letters: every line must be read).
    starts: frozenset[str] | None
    #: Every word of a label.
    words: frozenset[str]
    #: Words that join two labels into one widget ("Share this article" on "Facebook").
    joiners: frozenset[str]
    #: A counter after a label, "(0)", "[12]", ": 3", " 3" or a reading time ("Reading time: 3 minutes"),
    #: or one before it ("12 Comments", "3 min read").
    counter: regex.Pattern
    #: Labels no sentence opens with (``boilerplate.glued``: "और पढ़ें", "শেয়ার করুন"), case-folded.
    glued: frozenset[str]
    #: Words that ask politely before a label (``boilerplate.polite``: "Please", "कृपया"), case-folded, longest first.
    polite: tuple[str, ...]


@functools.lru_cache(maxsize=None)
def _labels(lang: str) -> Labels:
    phrases = frozenset(_label_fold(p) for p in _phrases(lang, "ui"))
    polite = tuple(_label_fold(p) for p in _phrases(lang, "polite"))
    firsts = [LETTERS_RE.findall(p)[:1] for p in phrases | set(polite)]
    starts = None if [] in firsts else frozenset(w for (w,) in firsts)
    joiners = frozenset(_label_fold(w) for w in _phrases(lang, "joiners"))
    longest = max((len(p.split()) for p in phrases), default=1)
    glued = frozenset(_label_fold(p) for p in _phrases(lang, "glued"))
    words = frozenset(w for p in phrases | glued for w in p.split(" ")) | joiners
    return Labels(phrases | glued, longest, starts, words, joiners, _counter_re(lang), glued, polite)


def _counter_re(lang: str) -> regex.Pattern:
    """The counters of :attr:`Labels.counter`, with the minutes of reading times in every shipped
    language and ``lang`` (``boilerplate.counter_units``; from the profiles rather than CLDR, so that
    the boilerplate rules need no locale data)."""
    count = rf"\d{{1,7}}(?:[ \t\u00a0]*{_alternation(_phrases(lang, 'counter_units'))}(?![\p{{L}}\p{{M}}]))?"
    return regex.compile(rf"[ \t]*(?:[(\[][ \t]*\d{{1,7}}[ \t]*[)\]]|[:：][ \t]*{count}|{count})[ \t]*$|^[ \t]*\d{{1,7}}[ \t]+", regex.IGNORECASE)


#: A count between two labels ("Like 12 Share"), which parts them as a separator would.
INNER_COUNT_RE = LazyPattern(r"(?<=[\p{L}\p{M}])[ \t]+\d{1,7}[ \t]+(?=\p{L})")


def _is_widget_line(line: str, labels: Labels) -> bool:
    """True when ``line`` is nothing but widget labels, each optionally with a counter; the labels
    may be set apart by separators, by single spaces ("फेसबुक ट्विटर", "Share on Facebook Email")
    or by a label's count ("पसंद 12 साझा करें")."""
    line = GROUPED_COUNT_RE.sub("0", line)  # "Views: 1,234": the count's comma separates no labels
    if _labels_with_counters(line, labels):
        return True
    # a count between labels is the first label's; one before a unit is a reading time's ("3 minutes")
    parted = INNER_COUNT_RE.sub(" | ", line)
    return parted != line and _labels_with_counters(parted, labels)


def _labels_with_counters(line: str, labels: Labels) -> bool:
    items = [i for i in ITEM_SEP_RE.split(line.strip(EDGE_PUNCT)) if i.strip(EDGE_PUNCT)]
    return bool(items) and all(_labels_only(_label_fold(labels.counter.sub("", item.strip(EDGE_PUNCT))), labels) for item in items)


def _labels_only(item: str, labels: Labels) -> bool:
    """Whether the words of ``item`` (case-folded) split into labels of at most ``labels.longest``
    words each, two labels maybe joined by one joiner word, maybe after a polite word ("please")."""
    for polite in labels.polite:
        if item.startswith(polite + " "):
            item = item[len(polite) + 1:]
            break
    phrases = labels.phrases
    if item in phrases:
        return True
    words = item.split(" ")
    if not labels.words.issuperset(words):
        return False  # a word no label has: a sentence, most often at its first or second word
    # label_ends[k]: the first k words split into labels; joined[k]: ...and a joiner after them
    label_ends = [True] + [False] * len(words)
    joined = [False] * (len(words) + 1)
    for k in range(1, len(words) + 1):
        label_ends[k] = any((label_ends[j] or joined[j]) and " ".join(words[j:k]) in phrases for j in range(max(0, k - labels.longest), k))
        joined[k] = k > 1 and label_ends[k - 1] and words[k - 1] in labels.joiners
    return label_ends[-1]


@rule(
    "TQ301",
    "page-furniture",
    category="boilerplate",
    summary="Comment counters, share buttons, read-more and related-news widgets, breadcrumb trails, date lines",
    severity="error",
    fixable="safe",
    covers=FURNITURE_COVERS,
)
def page_furniture(seg, ctx):
    r"""Interface text of the news site scraped with the article.

    A line that is nothing but "टिप्पणी (0)", "Share", "और पढ़ें",
    "Bình luận" or "Related news", or a comment counter anywhere, is part of
    the web page, not of the story; so is a list of the article's tags
    ("टैग: हाई डुओंग", "Từ khóa: ...": a label, then short topics, or nothing; two or
    more behind a label that also heads a section, ``boilerplate.topics``:
    "विषय: बजट" is a heading), a breadcrumb trail of the site's sections ("Home >
    News > Transport", "Trang chủ » Thời sự": three steps of a few words,
    or two from a home label), a date line ("अंतिम अपडेट: 12 मार्च 2024,
    10:30 IST", "Cập nhật: ...": a ``boilerplate.timestamps`` label, then
    nothing but a date and time), and a link to another article ("यह भी पढ़ें: पुल का
    उद्घाटन", "Xem thêm: ...": a "read also" label, then a headline).
    Labels may stand apart by separators or by single spaces ("Facebook
    Twitter Email"), or be joined by a word of the profile's
    ``boilerplate.joiners`` ("Share this article on Facebook"), and follow a
    word of ``boilerplate.polite`` ("Please enter your comment"); they are
    found after the story's last sentence on its line, as a sentence of
    their own, and glued before a sentence where a scraper lost a line
    break (three words or more, or two that a capital parts from the
    sentence: "... were missing. Read more Initial damage is ..."; any label of
    ``boilerplate.glued``, which no sentence opens with: "और पढ़ें").  Phrases come from the ``boilerplate.ui``,
    ``boilerplate.tags`` and ``boilerplate.related`` lists of the language
    profiles and site data, in every language, and the names of the share
    bars' platforms; a label matches with and without nukta, and with chandrabindu or
    anusvara ("फ़ेसबुक", "ऊपर जाएँ").  A unit of a PO, XLIFF, TMX or JSONL file that is
    nothing but labels, translated from a source that is nothing but
    labels, is a user-interface string (software localisation), not
    furniture scraped with an article; a line of a line-aligned text file
    is still reported.  So is a call to the reader on a short line of its
    own that names a channel ("मौसम अपडेट के लिए सब्सक्राइब करें", "Follow us
    on YouTube": ``boilerplate.calls`` and ``boilerplate.channels``).

    Bad (hi): उत्पादन बढ़ा।\nटिप्पणी (0)
    Bad (hi): उत्पादन बढ़ा।\nटैग: सम्मेलन, प्रांत, हाई डुओंग
    Bad (en): Output rose.\nTags: Hai Duong
    Bad (en): Output rose.\nPlease enter your comment
    Bad (en): The bridge opened. Read more: Floods hit Hai Duong
    Bad (hi): पुल खुल गया। यह भी पढ़ें: हाई डुओंग में बाढ़। यातायात शुरू हो गया है।
    Bad (hi): उत्पादन बढ़ा।\nकृपया अपनी टिप्पणी दर्ज करें
    Good (en): Please share your views with the council, the mayor said.
    Bad (hi): उत्पादन बढ़ा।\nफेसबुक पर साझा करें
    Bad (hi): उत्पादन बढ़ा।\nफ़ेसबुक पर साझा करें
    Bad (hi): उत्पादन बढ़ा।\nऊपर जाएँ\nप्रांत ने कहा कि काम जारी रहेगा।
    Bad (en): Output rose.\nTags:\nThe province said work would go on.
    Bad (hi): उत्पादन बढ़ा।\nफेसबुक ट्विटर व्हाट्सएप
    Bad (hi): उत्पादन बढ़ा।\nयह भी पढ़ें: नए पुल का उद्घाटन अगले महीने
    Bad (en): Output rose.\nRead also: New bridge opens next month
    Bad (hi): उत्पादन बढ़ा।\nशेयर करें
    Bad (en): Output rose.\nRead more
    Bad (en): Output rose.\n12 Comments
    Bad (hi): उत्पादन बढ़ा।\nBình luận (3)
    Bad (en): Output rose.\nShare | Tweet | Print
    Bad (hi): उत्पादन बढ़ा।\nपसंद 12 साझा करें
    Bad (en): Output rose.\nLike 3 Comment 12 Share
    Bad (ar): ارتفع الإنتاج.\nشارك المقال
    Bad (de): Die Produktion stieg.\nMeistgelesen
    Bad (hi): उत्पादन बढ़ा। शेयर करें
    Bad (en): Output rose. Share on Facebook
    Bad (en): Output rose.\nViews: 1,234
    Bad (en): Output rose.\nReading time: 3 minutes
    Bad (hi): उत्पादन बढ़ा।\n3 मिनट में पढ़ें
    Bad (en): Output rose.\nShare this article on Facebook
    Bad (hi): उत्पादन बढ़ा। शेयर करें। प्रांत ने कहा कि काम जारी रहेगा।
    Bad (vi): Sản lượng tăng.\nChia sẻ bài viết lên Facebook
    Bad (en): Home > News > Transport\nThe bridge opened on Monday.
    Bad (hi): पुल का उद्घाटन हुआ।\nअंतिम अपडेट: 12 मार्च 2024, 10:30 IST
    Bad (vi): Cầu được khánh thành.\nCập nhật: Thứ Hai, 12/3/2024 10:30 (GMT+7)
    Good (en): Updated: the ministry now expects 12 bridges by 2030.
    Bad (hi): पुल का उद्घाटन हुआ।\nगुरुवार, 15/11/2024 14:30 (GMT+7)
    Bad (en): The bridge opened.\n15 November 2024, 14:30 GMT+7
    Good (en): The bridge opened.\nThe train left at 14:30.
    Good (en): The bridge opened.\nPublished 12 books in 2024
    Bad (hi): होम » समाचार\nपुल का उद्घाटन सोमवार को हुआ।
    Good (en): Prices rose > 5% in May > June.
    Good (en): The route: Hanoi > Hue > Da Nang, by train.
    Good (fr): « Vive » le sport » dit-il
    Good (hi): उन्होंने कहा कि इस टिप्पणी से वे सहमत नहीं हैं।
    Good (en): Readers may share their views with the editor.
    Good (en): Output rose. Share prices
    Good (en): Output rose.\nShare on
    Good (en): Topics: the budget, which rose by a fifth this year, was the first item on the agenda.
    Good (en): See also: the minister said the report was late. It will come out on Monday.
    Bad (hi): उत्पादन बढ़ा।\nइस लेख को साझा करें प्रांत ने कहा कि काम अगले महीने भी जारी रहेगा।
    Good (en): Share prices rose sharply on Monday after the report.
    Bad (en): Four people were missing. Read more Initial damage is estimated at VND150 billion.
    Bad (en): Four people were missing.\nRead more Initial damage is estimated at VND150 billion.
    Good (en): Four people were missing. Read more about the damage in our report.
    Bad (hi): बाढ़ से नुकसान हुआ।\nताज़ा खबरों के लिए हमें फेसबुक पर फॉलो करें
    Bad (en): Floods caused damage.\nSubscribe to our newsletter for weather updates
    Good (hi): बाढ़ से नुकसान हुआ।\nनियमों को फॉलो करें
    Good (en): Floods caused damage.\n"Follow us to safety," he said.
    Bad (hi): पर्यटक आए।\nऔर पढ़ें पर्यटन विभाग ने बताया कि नौकाएँ प्रतिदिन चलती हैं।
    Good (hi): पर्यटक आए।\nसंबंधित खबरें सामने आने के बाद विभाग ने जाँच शुरू की।
    """
    text = seg.target
    labels = _labels(ctx.target.code)
    whole = []
    marks = _sentence_marks(ctx.target.sentence_end)
    for ls, le in ctx.text.lines:
        if not 0 < le - ls:
            continue
        what = _furniture_line(text[ls:le], ctx.target, labels) if le - ls <= 160 else None
        if what:
            s, e = _trim(text, ls, le)
            if seg.id is not None and (s, e) == _trim(text, 0, len(text)) and _is_label_string(seg.source, ctx.source, labels):
                return  # a unit of nothing but a label, translated from one: a UI string ("Share" -> "शेयर करें")
        elif (head := _labels_before_sentence(text, ls, le, labels, marks)) is not None:
            # a scraper that lost a line break glued the labels to the next paragraph
            what, (s, e) = "page furniture", _trim(text, ls, head)
        else:
            if text[le - 1] in marks:
                continue  # the line ends a sentence: nothing runs on after it
            # widget labels run on after the story's last sentence ("उन्होंने कहा। शेयर करें")
            tail = _unfinished_tail(text, ls, le, marks)
            if tail is None or le - tail > 120:
                continue
            rest = text[tail:le]
            if _is_related_link(rest, ctx.target):
                what = "link to another article"  # "उन्होंने कहा। यह भी पढ़ें: हाई डुओंग में बाढ़"
            elif _starts_label(rest, labels.starts) and _is_widget_line(rest, labels):
                what = "page furniture"
            else:
                continue
            s, e = _trim(text, tail, le)
        whole.append((s, e))
        yield Hit(s, e, f"{what} {text[s:e]!r} scraped with the article", suggestion="")
    sentences = ctx.text.sentences
    if len(sentences) > 1:
        # a sentence of nothing but labels between the story's ("उत्पादन बढ़ा। शेयर करें। प्रांत ने ...")
        ends = "".join(marks) + CLOSERS + " \t"
        for s, e in sentences:
            if any(ws <= s < we for ws, we in whole):
                continue
            body = text[s:e].rstrip(ends)
            if e - s <= 60 and body and _starts_label(body, labels.starts) and _is_widget_line(body, labels):
                whole.append((s, e))
                yield Hit(s, e, f"page furniture {text[s:e]!r} scraped with the article", suggestion="")
            elif s and text[s - 1] != "\n" and _is_related_link(text[s:e], ctx.target):
                # a link to another article between two sentences of a line ("... opened. Read more: Floods hit Hai Duong. Traffic ...")
                whole.append((s, e))
                yield Hit(s, e, f"link to another article {text[s:e]!r} scraped with the article", suggestion="")
            elif s and text[s - 1] != "\n" and (head := _labels_before_sentence(text, s, e, labels, marks)) is not None:
                # labels glued before a sentence inside a line ("... were missing. Read more Initial damage ...")
                ls, le = _trim(text, s, head)
                whole.append((ls, le))
                yield Hit(ls, le, f"page furniture {text[ls:le]!r} scraped with the article", suggestion="")
    if "(" not in text:
        return
    for m in INLINE_COUNTER_RE.finditer(text):
        if any(s <= m.start() < e for s, e in whole):
            continue
        words = LETTERS_RE.findall(text, max(0, m.start() - 60), m.start())
        for n in range(min(labels.longest, len(words)), 0, -1):
            if _label_fold(" ".join(words[-n:])) in labels.phrases:
                start = text.rfind(words[-n], 0, m.start())
                yield Hit(start, m.end(), f"comment or share counter {text[start:m.end()]!r} scraped with the article", suggestion="")
                break


#: Words a sentence needs after widget labels glued before it, and the labels themselves: fewer
#: often open a sentence ("Theo dõi", follow; "Quảng cáo này", this advertisement).
MIN_SENTENCE_WORDS = 4
MIN_GLUED_LABEL_WORDS = 3
#: The same for labels the sentence's capital parts from it ("Read more Initial damage ...").
MIN_CASED_GLUED_LABEL_WORDS = 2


def _labels_before_sentence(text: str, start: int, end: int, labels: Labels, marks: tuple[str, ...]) -> int | None:
    """Where the widget labels that open line ``[start, end)`` end, when a sentence follows them
    on the line ("इस लेख को साझा करें श्री डुंग ने बताया कि ..."): labels of
    :data:`MIN_GLUED_LABEL_WORDS` words or more (two, where a capital opens the sentence after a
    label that ends in a small letter: "Read more Initial damage is ..."; any, for a label no
    sentence opens with, ``boilerplate.glued``: "और पढ़ें"), with nothing but single
    spaces between their words and after them, then at least :data:`MIN_SENTENCE_WORDS` words
    and a sentence mark at the line's end; None otherwise."""
    space = text.find(" ", start, end)
    if text[end - 1] not in marks or space < 0 or (labels.starts is not None and _word_fold(text[start:space]) not in labels.starts):
        return None  # (the first word, up to a space, tested first: a line seldom opens with a label's)
    # the words that open the line, as far as each is a label's word (most lines: one or two)
    words = []
    for m in LETTERS_RE.finditer(text, start, end, concurrent=False):
        if len(words) > labels.longest or _word_fold(m.group()) not in labels.words or (words and text[words[-1].end():m.start()] != " "):
            break
        words.append(m)
    if len(words) < MIN_CASED_GLUED_LABEL_WORDS or text[start:words[0].start()].strip():
        return None
    for n in range(min(labels.longest, len(words)), MIN_CASED_GLUED_LABEL_WORDS - 1, -1):
        after = words[n - 1].end()
        label = _label_fold(" ".join(w.group() for w in words[:n]))
        if n < MIN_GLUED_LABEL_WORDS and label not in labels.glued and not (words[n - 1].group()[-1].islower() and text[after + 1:after + 2].isupper()):
            continue
        if text[after:after + 1] == " " and _labels_only(label, labels):
            return after if len(LETTERS_RE.findall(text, after, end)) >= MIN_SENTENCE_WORDS else None
    return None


def _unfinished_tail(text: str, start: int, end: int, marks: tuple[str, ...]) -> int | None:
    """Where the words after the last sentence of line ``[start, end)`` begin, when the line
    does not end with one of ``marks`` (or a closing quote after one); None otherwise."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if end == start or text[end - 1] in marks or text[end - 1] in CLOSERS:
        return None
    last = max(text.rfind(m, start, end) for m in marks)
    return last + 1 if last > start else None


@functools.lru_cache(maxsize=None)
def _tag_line_re(lang: str) -> regex.Pattern:
    """A tags label at the start of a line, then a colon; the rest of the line (maybe nothing) is group 2.

    Group ``heading`` is set when the label also heads a section (a ``topics`` label: "विषय",
    "Topics"), so that one topic behind it is a heading, not a tag list.
    """
    tags, topics = _alternation(_phrases(lang, "tags")), _alternation(_phrases(lang, "topics"))
    return regex.compile(rf"[ \t]*[#]?(?:(?P<heading>{topics})|{tags})[ \t]*[:：][ \t]*(.*?)[ \t\r]*$", regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _stamp_line_re(lang: str) -> regex.Pattern:
    """An "Updated" or "Published" label at the start of a line, then a colon or a space; the rest is group 1."""
    return regex.compile(rf"[ \t]*{_alternation(_phrases(lang, 'timestamps'))}(?:[ \t]*[:：][ \t]*|[ \t]+)(.+?)[ \t\r]*$", regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _stamp_starts(lang: str) -> frozenset[str]:
    """The first words of the date lines' labels, case-folded."""
    return frozenset(LETTERS_RE.findall(_label_fold(p))[0] for p in _phrases(lang, "timestamps"))


#: Words of a time of day in any language: "10:30 a.m.", "10:30 AM".
MERIDIEM_WORDS = frozenset(("am", "pm", "a", "p", "m"))


@functools.lru_cache(maxsize=None)
def _calendar_words(lang: str) -> frozenset[str]:
    """Words a date may be written with in ``lang`` or English: CLDR's month and day names."""
    from ...languages import cldr

    return _month_words(lang) | cldr.day_names(lang) | cldr.day_names("en") | MERIDIEM_WORDS


DIGIT_RE = re.compile(r"\d")
#: A time of day ("10:30", "10h30") or a numeric date ("12/03/2024").
CLOCK_OR_DATE_RE = LazyPattern(r"\d{1,2}[:h]\d{2}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")


def _is_timestamp(rest: str, lang: str) -> bool:
    """Whether ``rest`` is a date or time: figures, month and day names, a time zone ("IST",
    "GMT+7"), and at most two other short words ("को", "lúc", "at"); a month or day name, a
    clock time or a numeric date among them ("12 books in 2024" is none)."""
    known = _calendar_words(lang)
    words = LETTERS_RE.findall(rest)
    others = [w for w in words if w.casefold() not in known and not (w.isascii() and w.isupper() and len(w) <= 5)]
    if len(others) > 2 or any(len(w) > 5 for w in others):
        return False
    return len(others) < len(words) or CLOCK_OR_DATE_RE.search(rest) is not None


CLOCK_RE = LazyPattern(r"\d{1,2}[:h]\d{2}")


def _is_bare_date_line(line: str, lang: str) -> bool:
    """Whether ``line`` is nothing but the date and time of the page, without a label
    ("15/11/2024 14:30 GMT+7", "गुरुवार, 15 नवंबर 2024, 14:30"): a clock time, and a numeric date
    or a month's name, and nothing else :func:`_is_timestamp` does not allow."""
    clock = CLOCK_RE.search(line)
    if clock is None:
        return False
    rest = line[:clock.start()] + " " + line[clock.end():]
    words = LETTERS_RE.findall(rest)
    if len(words) > MAX_DATE_LINE_WORDS:
        return False  # a sentence with a time in it ("the train left at 14:30"), read without CLDR's names
    if CLOCK_OR_DATE_RE.search(rest) is None and _month_words(lang).isdisjoint(w.casefold() for w in words):
        return False
    return _is_timestamp(line, lang)


#: Words a date line may hold besides its figures: a weekday, a month, a time zone, "lúc", "at".
MAX_DATE_LINE_WORDS = 6


@functools.lru_cache(maxsize=None)
def _month_words(lang: str) -> frozenset[str]:
    """The month names of ``lang`` and English."""
    return frozenset((*load_profile(lang).month_names, *load_profile("en").month_names))


def _is_label_string(source: str | None, profile, labels: Labels) -> bool:
    """Whether ``source`` is one short line of nothing but widget labels (a software string)."""
    if not source or profile is None or "\n" in source.strip() or len(source) > 120:
        return False
    return _furniture_line(source.strip(), profile, labels) == "page furniture"


def _furniture_line(line: str, profile, labels: Labels) -> str | None:
    """What kind of page furniture a whole ``line`` is (a tag list, a link to another article,
    widget labels), or None."""
    if ":" in line or "：" in line:
        tags = _tag_line_re(profile.code).match(line)
        # a tags label alone on its line is the list's (its tags were links on lines of their own)
        if tags and (_are_topics(tags.group(2), profile.sentence_end, 2 if tags.group("heading") else 1) or not (tags.group(2) or tags.group("heading"))):
            return "tag list"
    if len(line) <= 80 and DIGIT_RE.search(line):
        if _starts_label(line, _stamp_starts(profile.code)):
            stamp = _stamp_line_re(profile.code).match(line)
            if stamp and _is_timestamp(stamp.group(1), profile.code):
                return "date line"
        if _is_bare_date_line(line, profile.code):
            return "date line"
    if _is_related_link(line, profile):
        return "link to another article"
    if any(mark in line for mark in CRUMB_MARKS) and _is_breadcrumb(line, profile, labels):
        return "breadcrumb trail"
    if len(line) > 120:
        return None
    if _is_call_line(line, profile.code):
        return "call to the reader"
    if not _starts_label(line, labels.starts):
        return None
    return "page furniture" if _is_widget_line(line, labels) else None


class Calls(NamedTuple):
    """The calls to the reader of :func:`_is_call_line`: one at the start or the end of a line, and
    the channels a call names."""

    call: regex.Pattern
    channel: regex.Pattern


@functools.lru_cache(maxsize=None)
def _calls(lang: str) -> Calls:
    """The :class:`Calls` of a target language: the calls of every shipped profile and the target's."""
    edge = "[" + regex.escape(EDGE_PUNCT + "।") + "]*"
    calls = _alternation(_phrases(lang, "calls"))
    # the platforms of the share bars are channels too ("फेसबुक पर फॉलो करें" aside, "Follow us on YouTube")
    channels = _alternation([*_phrases(lang, "channels"), *site_phrases().get("und", {}).get("ui", ())])
    return Calls(
        regex.compile(rf"^{edge}{calls}(?![\p{{L}}\p{{M}}])|(?<![\p{{L}}\p{{M}}]){calls}{edge}$", regex.IGNORECASE),
        regex.compile(rf"(?<![\p{{L}}\p{{M}}]){channels}(?![\p{{L}}\p{{M}}])", regex.IGNORECASE),
    )


#: The most words a call to the reader takes ("ताज़ा खबरों के लिए हमें फेसबुक पर फॉलो करें").
CALL_WORDS = 10
#: Quotation marks: a line that quotes someone ("Join us," she said) is the story's.
QUOTES = "\"“”«»„"


def _is_call_line(line: str, lang: str) -> bool:
    """Whether ``line`` is a call to the reader that the site shows under its articles: a short
    line, quoting no one, that starts or ends with a call of the profiles' ``boilerplate.calls``
    ("सब्सक्राइब करें", "Subscribe to") and names a channel besides (``boilerplate.channels``:
    "न्यूज़लेटर", "our", "app"; or a platform): "मौसम अपडेट के लिए सब्सक्राइब करें", "Subscribe to our
    newsletter for weather updates"."""
    if line.count(" ") >= CALL_WORDS or any(q in line for q in QUOTES):
        return False
    calls = _calls(lang)
    m = calls.call.search(line)
    return m is not None and calls.channel.search(line[:m.start()] + " " + line[m.end():]) is not None



def _starts_label(line: str, starts: frozenset[str] | None) -> bool:
    """Whether the first word of ``line`` starts a widget label (always, when some label has no letters)."""
    if starts is None:
        return True
    first = LETTERS_RE.search(line)
    return first is not None and _word_fold(first.group()) in starts


#: What parts the steps of a breadcrumb trail ("Home > News > Transport", "Trang chủ » Thời sự").
CRUMB_MARKS = (">", "»", "›")
#: Spaced, as trails write them: unspaced, "»" and "›" close quotations ("«Ливингстона» над").
CRUMB_SEP_RE = LazyPattern(r"[ \t]+[>»›][ \t]+")


def _is_breadcrumb(line: str, profile, labels: Labels) -> bool:
    """A trail of sections: three steps or more, or two from a home label ("Home > World"); each
    step a name of a few words (the last may be the headline), none a sentence."""
    if "«" in line or "‹" in line:
        return False  # guillemets: "»" and "›" are quotation marks here
    steps = CRUMB_SEP_RE.split(line.strip(" \t>»›"))
    if len(steps) < 2 or (len(steps) == 2 and _label_fold(steps[0]) not in labels.phrases):
        return False
    marks = _sentence_marks(profile.sentence_end) + (",", ";")
    for k, step in enumerate(steps, 1):
        words = step.split()
        if not words or len(words) > (12 if k == len(steps) else 4) or LETTERS_RE.search(step) is None:
            return False
        if any(mark in step for mark in marks):
            return False
    return True


#: What stands between a "read also" label and the linked headline.
LINK_MARKS = (":", "：", "»", ">", "|")


@functools.lru_cache(maxsize=None)
def _related_line_re(lang: str) -> regex.Pattern:
    """A "read also" label at the start of a line, then a colon, "»" or ">>"; the rest of the line is group 1."""
    return regex.compile(rf"[ \t]*{_alternation(_phrases(lang, 'related'))}[ \t]*(?:[:：»|]|>>?)[ \t]*(.+?)[ \t\r]*$", regex.IGNORECASE)


def _is_related_link(text: str, profile) -> bool:
    """Whether ``text`` is a "read also" label and the headline of another article ("यह भी पढ़ें:
    हाई डुओंग में बाढ़", "Read more: Floods hit Hai Duong")."""
    if not any(mark in text for mark in LINK_MARKS):
        return False
    link = _related_line_re(profile.code).match(text)
    return link is not None and _is_headline(link.group(1), profile.sentence_end)


def _is_headline(rest: str, sentence_end: tuple[str, ...]) -> bool:
    """A headline: at most twenty words and one sentence (a mark may only end it)."""
    rest = rest.strip()
    marks = (".", "!", "?", *sentence_end)
    return 0 < len(rest.split()) <= 20 and not any(m in rest[:-1] for m in marks)


#: Separators of a tag list.
TAG_SEP_RE = LazyPattern(r"[ \t]*[,;|，、][ \t]*")


def _are_topics(rest: str, sentence_end: tuple[str, ...], least: int) -> bool:
    """``least`` short topics or more (at most four words each) and no sentence inside (none of
    the language's sentence-final marks): a tag list, not a sentence."""
    topics = [t for t in TAG_SEP_RE.split(rest.strip(" \t.")) if t]
    marks = (".", "!", "?", *sentence_end)
    return len(topics) >= least and all(len(t.split()) <= 4 and not any(m in t for m in marks) for t in topics)
