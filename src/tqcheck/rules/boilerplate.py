"""Boilerplate family (TQ3xx): page furniture scraped along with the article.

The phrases live in the language profiles (``[boilerplate]``) and, for
languages without a profile, in ``languages/data/boilerplate.toml``; the
rules combine all of them with the target's, so furniture is found whether
it was translated, left in English or left in the source language.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from ..languages import all_shipped_profiles, load_profile, site_phrases
from ..model import Hit
from ..registry import rule
from ..text import LETTERS_RE, MARKUP_TOKEN_RE, URL_RE, Hint, LazyPattern, any_of, finditer
from .markup import placeholder_re

#: A count with thousands separators ("1,234", "1.234").
GROUPED_COUNT_RE = regex.compile(r"\d{1,3}(?:[.,\u00a0]\d{3})+")
#: Separators between widget labels on one line ("Share | Tweet | Print").
#: What parts the labels of a widget line: bars, bullets, commas, a colon before more labels
#: ("हमें फॉलो करें: फेसबुक"; one before a figure is a counter's, "Views: 12"), spaced dashes, or wide spaces.
ITEM_SEP_RE = regex.compile(r"[ \t]*(?:[|•·/,]|[:：](?![ \t]*\d))[ \t]*|[ \t]+[-–—][ \t]+|[ \t]{2,}")
EDGE_PUNCT = " \t\r|•·»›>▶►-–—:.!"
INLINE_COUNTER_RE = regex.compile(r"\([ \t]*\d{1,7}[ \t]*\)")
SPACES_RE = regex.compile(r"\s+")
#: Credit and caption lines hold a colon (one test per segment for both rules).
COLON = Hint(":：")


def _phrases(lang: str, kind: str) -> list[str]:
    """Phrases of ``kind`` from every shipped profile, the site-furniture data of other languages, and the target's."""
    words = {w for p in (*all_shipped_profiles(), load_profile(lang)) for w in p.boilerplate.get(kind, ())}
    words.update(w for kinds in site_phrases().values() for w in kinds.get(kind, ()))
    return sorted(words, key=len, reverse=True)


def _alternation(words) -> str:
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"[ \t]+") for w in words) + ")"


def _fold(text: str) -> str:
    return SPACES_RE.sub(" ", text).strip().casefold()


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


@functools.lru_cache(maxsize=None)
def _labels(lang: str) -> Labels:
    phrases = frozenset(_fold(p) for p in _phrases(lang, "ui"))
    firsts = [LETTERS_RE.findall(p)[:1] for p in phrases]
    starts = None if [] in firsts else frozenset(w for (w,) in firsts)
    joiners = frozenset(_fold(w) for w in _phrases(lang, "joiners"))
    longest = max((len(p.split()) for p in phrases), default=1)
    return Labels(phrases, longest, starts, frozenset(w for p in phrases for w in p.split(" ")) | joiners, joiners, _counter_re(lang))


def _counter_re(lang: str) -> regex.Pattern:
    """The counters of :attr:`Labels.counter`, with the minutes of reading times in every shipped
    language and ``lang`` (``boilerplate.counter_units``; from the profiles rather than CLDR, so that
    the boilerplate rules need no locale data)."""
    count = rf"\d{{1,7}}(?:[ \t\u00a0]*{_alternation(_phrases(lang, 'counter_units'))}(?![\p{{L}}\p{{M}}]))?"
    return regex.compile(rf"[ \t]*(?:[(\[][ \t]*\d{{1,7}}[ \t]*[)\]]|[:：][ \t]*{count}|{count})[ \t]*$|^[ \t]*\d{{1,7}}[ \t]+", regex.IGNORECASE)


def _is_widget_line(line: str, labels: Labels) -> bool:
    """True when ``line`` is nothing but widget labels, each optionally with a counter; the labels
    may be set apart by separators or by single spaces ("फेसबुक ट्विटर", "Share on Facebook Email")."""
    line = GROUPED_COUNT_RE.sub("0", line)  # "Views: 1,234": the count's comma separates no labels
    items = [i for i in ITEM_SEP_RE.split(line.strip(EDGE_PUNCT)) if i.strip(EDGE_PUNCT)]
    return bool(items) and all(_labels_only(_fold(labels.counter.sub("", item.strip(EDGE_PUNCT))), labels) for item in items)


def _labels_only(item: str, labels: Labels) -> bool:
    """Whether the words of ``item`` (case-folded) split into labels of at most ``labels.longest``
    words each, two labels maybe joined by one joiner word."""
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
)
def page_furniture(seg, ctx):
    r"""Interface text of the news site scraped with the article.

    A line that is nothing but "टिप्पणी (0)", "Share", "और पढ़ें",
    "Bình luận" or "Related news", or a comment counter anywhere, is part of
    the web page, not of the story; so is a list of the article's tags
    ("टैग: हाई डुओंग", "Từ khóa: ...": a label, then short topics; two or
    more behind a label that also heads a section, ``boilerplate.topics``:
    "विषय: बजट" is a heading), a breadcrumb trail of the site's sections ("Home >
    News > Transport", "Trang chủ » Thời sự": three steps of a few words,
    or two from a home label), a date line ("अंतिम अपडेट: 12 मार्च 2024,
    10:30 IST", "Cập nhật: ...": a ``boilerplate.timestamps`` label, then
    nothing but a date and time), and a link to another article ("यह भी पढ़ें: पुल का
    उद्घाटन", "Xem thêm: ...": a "read also" label, then a headline).
    Labels may stand apart by separators or by single spaces ("Facebook
    Twitter Email"), or be joined by a word of the profile's
    ``boilerplate.joiners`` ("Share this article on Facebook").  Phrases come from the ``boilerplate.ui``,
    ``boilerplate.tags`` and ``boilerplate.related`` lists of the language
    profiles and site data, in every language, and the names of the share
    bars' platforms.  A unit of a PO, XLIFF, TMX or JSONL file that is
    nothing but labels, translated from a source that is nothing but
    labels, is a user-interface string (software localisation), not
    furniture scraped with an article; a line of a line-aligned text file
    is still reported.

    Bad (hi): उत्पादन बढ़ा।\nटिप्पणी (0)
    Bad (hi): उत्पादन बढ़ा।\nटैग: सम्मेलन, प्रांत, हाई डुओंग
    Bad (en): Output rose.\nTags: Hai Duong
    Bad (hi): उत्पादन बढ़ा।\nफेसबुक पर साझा करें
    Bad (hi): उत्पादन बढ़ा।\nफेसबुक ट्विटर व्हाट्सएप
    Bad (hi): उत्पादन बढ़ा।\nयह भी पढ़ें: नए पुल का उद्घाटन अगले महीने
    Bad (en): Output rose.\nRead also: New bridge opens next month
    Bad (hi): उत्पादन बढ़ा।\nशेयर करें
    Bad (en): Output rose.\nRead more
    Bad (en): Output rose.\n12 Comments
    Bad (hi): उत्पादन बढ़ा।\nBình luận (3)
    Bad (en): Output rose.\nShare | Tweet | Print
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
        else:
            if text[le - 1] in marks:
                continue  # the line ends a sentence: nothing runs on after it
            # widget labels run on after the story's last sentence ("उन्होंने कहा। शेयर करें")
            tail = _unfinished_tail(text, ls, le, marks)
            if tail is None or le - tail > 120:
                continue
            rest = text[tail:le]
            if not _starts_label(rest, labels.starts) or not _is_widget_line(rest, labels):
                continue
            what, (s, e) = "page furniture", _trim(text, tail, le)
        whole.append((s, e))
        yield Hit(s, e, f"{what} {text[s:e]!r} scraped with the article", suggestion="")
    sentences = ctx.text.sentences
    if len(sentences) > 1:
        # a sentence of nothing but labels between the story's ("उत्पादन बढ़ा। शेयर करें। प्रांत ने ...")
        ends = "".join(marks) + CLOSERS + " \t"
        for s, e in sentences:
            if e - s > 60 or any(ws <= s < we for ws, we in whole):
                continue
            body = text[s:e].rstrip(ends)
            if body and _starts_label(body, labels.starts) and _is_widget_line(body, labels):
                whole.append((s, e))
                yield Hit(s, e, f"page furniture {text[s:e]!r} scraped with the article", suggestion="")
    if "(" not in text:
        return
    for m in INLINE_COUNTER_RE.finditer(text):
        if any(s <= m.start() < e for s, e in whole):
            continue
        words = LETTERS_RE.findall(text, max(0, m.start() - 60), m.start())
        for n in range(min(labels.longest, len(words)), 0, -1):
            if _fold(" ".join(words[-n:])) in labels.phrases:
                start = text.rfind(words[-n], 0, m.start())
                yield Hit(start, m.end(), f"comment or share counter {text[start:m.end()]!r} scraped with the article", suggestion="")
                break




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
def _sentence_marks(sentence_end: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((".", "!", "?", *sentence_end)))


def _marks_in_class(lang: str) -> str:
    """:func:`_sentence_marks` of ``lang``, escaped for a character class."""
    return regex.escape("".join(_sentence_marks(load_profile(lang).sentence_end)))


#: Closing quotes and brackets: a line ending in one ends a quoted sentence, not a widget.
CLOSERS = "\"'”’»)]"


@functools.lru_cache(maxsize=None)
def _tag_line_re(lang: str) -> regex.Pattern:
    """A tags label at the start of a line, then a colon; the rest of the line is group 1.

    Group ``heading`` is set when the label also heads a section (a ``topics`` label: "विषय",
    "Topics"), so that one topic behind it is a heading, not a tag list.
    """
    tags, topics = _alternation(_phrases(lang, "tags")), _alternation(_phrases(lang, "topics"))
    return regex.compile(rf"[ \t]*[#]?(?:(?P<heading>{topics})|{tags})[ \t]*[:：][ \t]*(.+?)[ \t\r]*$", regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _stamp_line_re(lang: str) -> regex.Pattern:
    """An "Updated" or "Published" label at the start of a line, then a colon or a space; the rest is group 1."""
    return regex.compile(rf"[ \t]*{_alternation(_phrases(lang, 'timestamps'))}(?:[ \t]*[:：][ \t]*|[ \t]+)(.+?)[ \t\r]*$", regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _stamp_starts(lang: str) -> frozenset[str]:
    """The first words of the date lines' labels, case-folded."""
    return frozenset(LETTERS_RE.findall(p.casefold())[0] for p in _phrases(lang, "timestamps"))


#: Words of a time of day in any language: "10:30 a.m.", "10:30 AM".
MERIDIEM_WORDS = frozenset(("am", "pm", "a", "p", "m"))


@functools.lru_cache(maxsize=None)
def _calendar_words(lang: str) -> frozenset[str]:
    """Words a date may be written with in ``lang`` or English: CLDR's month and day names."""
    from ..languages import cldr

    return frozenset((*cldr.month_names(lang), *cldr.month_names("en"))) | cldr.day_names(lang) | cldr.day_names("en") | MERIDIEM_WORDS


DIGIT_RE = re.compile(r"\d")
#: A time of day ("10:30", "10h30") or a numeric date ("12/03/2024").
CLOCK_OR_DATE_RE = regex.compile(r"\d{1,2}[:h]\d{2}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")


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
        if tags and _are_topics(tags.group(2), profile.sentence_end, 2 if tags.group("heading") else 1):
            return "tag list"
    if len(line) <= 80 and DIGIT_RE.search(line) and _starts_label(line, _stamp_starts(profile.code)):
        stamp = _stamp_line_re(profile.code).match(line)
        if stamp and _is_timestamp(stamp.group(1), profile.code):
            return "date line"
    if any(mark in line for mark in LINK_MARKS):
        link = _related_line_re(profile.code).match(line)
        if link and _is_headline(link.group(1), profile.sentence_end):
            return "link to another article"
    if any(mark in line for mark in CRUMB_MARKS) and _is_breadcrumb(line, profile, labels):
        return "breadcrumb trail"
    if len(line) > 120:
        return None
    if not _starts_label(line, labels.starts):
        return None
    return "page furniture" if _is_widget_line(line, labels) else None


def _starts_label(line: str, starts: frozenset[str] | None) -> bool:
    """Whether the first word of ``line`` starts a widget label (always, when some label has no letters)."""
    if starts is None:
        return True
    first = LETTERS_RE.search(line.casefold())
    return first is not None and first.group() in starts


#: What parts the steps of a breadcrumb trail ("Home > News > Transport", "Trang chủ » Thời sự").
CRUMB_MARKS = (">", "»", "›")
#: Spaced, as trails write them: unspaced, "»" and "›" close quotations ("«Ливингстона» над").
CRUMB_SEP_RE = regex.compile(r"[ \t]+[>»›][ \t]+")


def _is_breadcrumb(line: str, profile, labels: Labels) -> bool:
    """A trail of sections: three steps or more, or two from a home label ("Home > World"); each
    step a name of a few words (the last may be the headline), none a sentence."""
    if "«" in line or "‹" in line:
        return False  # guillemets: "»" and "›" are quotation marks here
    steps = CRUMB_SEP_RE.split(line.strip(" \t>»›"))
    if len(steps) < 2 or (len(steps) == 2 and _fold(steps[0]) not in labels.phrases):
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


def _is_headline(rest: str, sentence_end: tuple[str, ...]) -> bool:
    """A headline: at most twenty words and one sentence (a mark may only end it)."""
    rest = rest.strip()
    marks = (".", "!", "?", *sentence_end)
    return 0 < len(rest.split()) <= 20 and not any(m in rest[:-1] for m in marks)


#: Separators of a tag list.
TAG_SEP_RE = regex.compile(r"[ \t]*[,;|，、][ \t]*")


def _are_topics(rest: str, sentence_end: tuple[str, ...], least: int) -> bool:
    """``least`` short topics or more (at most four words each) and no sentence inside (none of
    the language's sentence-final marks): a tag list, not a sentence."""
    topics = [t for t in TAG_SEP_RE.split(rest.strip(" \t.")) if t]
    marks = (".", "!", "?", *sentence_end)
    return len(topics) >= least and all(len(t.split()) <= 4 and not any(m in t for m in marks) for t in topics)


def _removals(text: str, pattern: regex.Pattern, what: str):
    """A hit, whose fix deletes it, for every match of ``pattern`` (trimmed of surrounding space)."""
    for m in finditer(pattern, text):
        s, e = _trim(text, m.start(), m.end())
        yield Hit(s, e, f"{what} {text[s:e]!r}", suggestion="")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


@functools.lru_cache(maxsize=None)
def _credit_re(lang: str) -> regex.Pattern:
    label = _alternation(_phrases(lang, "credit"))
    link = r"(?:https?://|www\.)\S{1,500}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}(?:/\S{0,500})?"
    name = r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .&'’-]{0,60}"
    return regex.compile(rf"^[ \t]*[(\[]?{label}[ \t]*[:：][ \t]*(?:{link}|{name})[)\]]?[ \t.\r]*$", regex.IGNORECASE | regex.MULTILINE)


@rule(
    "TQ302",
    "source-credit-line",
    category="boilerplate",
    summary="A scraped \"Source: URL\" credit line",
    severity="error",
    fixable="safe",
    trigger=COLON,
)
def source_credit_line(seg, ctx):
    r"""A line crediting where the article was scraped from or who wrote it ("स्रोत: https://…",
    "Nguồn: VnExpress", "लेखक: मिन्ह आन्ह").

    The credit belongs to the page template; translated into the body it is
    noise, and it often carries the source site's URL.  Only a line that is
    nothing but a label, a colon and a name or link is reported: a sentence
    after the label is the story's own.

    Bad (hi): उत्पादन बढ़ा।\nस्रोत: https://baohaiduong.vn/tin-389835.html
    Bad (en): Output rose.\nSource: vnexpress.net
    Bad (hi): उत्पादन बढ़ा।\nNguồn: Báo Hải Dương
    Bad (hi): उत्पादन बढ़ा।\nलेखक: मिन्ह आन्ह
    Bad (en): Output rose.\nReporter: Minh Anh
    Good (hi): लेखक: उन्होंने कहा कि किताब अगले साल आएगी।
    Good (hi): स्रोत बताते हैं कि बैठक सोमवार को होगी।
    Good (en): The source said: the meeting is on Monday and will run until late in the evening.

    A link alone on the last line, after a line that ends a sentence, is the
    source page's address scraped without its label.

    Bad (hi): उत्पादन बढ़ा।\nhttps://baohaiduong.vn/tin-389835.html
    Good (en): Read the report at\nhttps://example.org/report.pdf
    Good (en): https://example.org/report.pdf
    """
    text = seg.target
    yield from _removals(text, _credit_re(ctx.target.code), "scraped credit line")
    lines = [(s, e) for s, e in ctx.text.lines if text[s:e].strip()]
    if len(lines) >= 2 and _ends_sentence(text[slice(*lines[-2])], ctx.target):
        s, e = _trim(text, *lines[-1])
        if URL_RE.fullmatch(text, s, e) is not None:
            yield Hit(s, e, f"scraped source link {text[s:e]!r}", suggestion="")


@functools.lru_cache(maxsize=None)
def _caption_re(lang: str) -> regex.Pattern:
    label = _alternation(_phrases(lang, "caption"))
    credit = r"[^()\n:：]{1,60}"
    return regex.compile(
        rf"\([ \t]*{label}[ \t]*[:：][ \t]*{credit}\)|^[ \t]*{label}[ \t]*[:：][ \t]*{credit}[ \t\r]*$",
        regex.IGNORECASE | regex.MULTILINE,
    )


@rule(
    "TQ303",
    "photo-caption-marker",
    category="boilerplate",
    summary="Photo credits and caption markers such as \"(Ảnh: TTXVN)\"",
    severity="warning",
    fixable="safe",
    trigger=COLON,
)
def photo_caption_marker(seg, ctx):
    r"""Photo credits and caption markers from the page layout ("(Ảnh: TTXVN)", "Photo: Reuters").

    Bad (vi): Cầu mới được khánh thành (Ảnh: TTXVN).
    Bad (hi): पुल का उद्घाटन हुआ (फोटो: वीएनए)।
    Bad (en): The new bridge.\nPhoto: Reuters
    Good (en): The photo shows the new bridge.
    Good (hi): फोटो प्रदर्शनी में 40 चित्र रखे गए।
    """
    yield from _removals(seg.target, _caption_re(ctx.target.code), "photo caption marker")


GENERIC_NOTICE_RE = LazyPattern(r"\b(?:please[ \t]+)?(?:enable|turn[ \t]+on|activate)[ \t]+javascript\b[^\n]{0,120}", regex.IGNORECASE)


class Phrases(NamedTuple):
    """Phrases, case-folded, with two ways to tell whether a text may hold one."""

    phrases: tuple[str, ...]
    #: Finds whether any phrase occurs in case-folded text (the standard engine).
    pattern: re.Pattern
    #: The first word of each phrase.
    firsts: frozenset[str]

    def may_occur(self, info, profile) -> bool:
        """Whether ``info``'s text may hold a phrase: one of the first words is among its words
        (a set test on words other rules need too, several times cheaper than the pattern), or,
        in a language written without spaces between words, the pattern finds one."""
        if profile.unspaced:
            return self.pattern.search(info.folded) is not None
        return not self.firsts.isdisjoint(info.folded_words)

    def occur(self, info, profile) -> bool:
        """Whether ``info``'s case-folded text holds a phrase (the cheap test first)."""
        return self.may_occur(info, profile) and (profile.unspaced or self.pattern.search(info.folded) is not None)


def _phrase_set(phrases) -> Phrases:
    folded = tuple(_fold(p) for p in phrases)
    return Phrases(folded, any_of(frozenset(folded)), frozenset(w for p in folded for w in LETTERS_RE.findall(p)[:1]))


@functools.lru_cache(maxsize=None)
def _notices(lang: str) -> Phrases:
    return _phrase_set(_phrases(lang, "notice"))


@rule(
    "TQ304",
    "browser-notice",
    category="boilerplate",
    summary="\"Enable JavaScript\" and similar browser notices",
    severity="error",
    fixable="safe",
)
def browser_notice(seg, ctx):
    r"""Notices the site shows to browsers ("Please enable JavaScript to view this content").

    Bad (en): The council met. Please enable JavaScript to view the video.
    Bad (hi): परिषद की बैठक हुई।\nकृपया जावास्क्रिप्ट सक्षम करें
    Good (en): JavaScript developers met in Hanoi on Monday.
    """
    text = seg.target
    found = [(m.start(), m.end()) for m in finditer(GENERIC_NOTICE_RE, text)] if "avascript" in text or "AVASCRIPT" in text else []
    notices = _notices(ctx.target.code)
    folded = ctx.text.folded
    if len(folded) == len(text) and notices.occur(ctx.text, ctx.target):
        # (offsets of the case-folded text are the text's own)
        for phrase in notices.phrases:
            at = folded.find(phrase)
            while at >= 0:
                end = text.find("\n", at)
                found.append((at, min(len(text) if end < 0 else end, at + len(phrase) + 120)))
                at = folded.find(phrase, at + 1)
    covered = -1
    for start, end in sorted(found):
        if start < covered:
            continue
        s, e = _trim(text, start, end)
        covered = e
        yield Hit(s, e, f"browser notice {text[s:e]!r}", suggestion="")


@functools.lru_cache(maxsize=None)
def _copyright_words(lang: str) -> Phrases:
    """The copyright words and phrases ("©", "कॉपीराइट", "All rights reserved")."""
    return _phrase_set((*_phrases(lang, "copyright"), *_phrases(lang, "rights")))


@functools.lru_cache(maxsize=None)
def _copyright_lines(lang: str) -> regex.Pattern:
    """The copyright lines: a "©", or a copyright word before "©" or a year, starting a line or
    following its last sentence; or a short line starting or ending with "All rights reserved".
    Compiled only for a text with a copyright word (a long pattern: over 10 ms to compile)."""
    labels, rights = _phrases(lang, "copyright"), _phrases(lang, "rights")
    # "(c)" alone starts list items ("(c) the province shall..."): only after a copyright word
    mark = rf"(?:©|{_alternation(labels)}[ \t]*(?:©|\(c\)|\d{{4}}))"
    reserved = _alternation(rights)
    ends = _marks_in_class(lang)
    line_or_sentence_start = rf"(?:^[ \t]*|(?<=[{ends}][ \t]{{1,3}}))"
    return regex.compile(
        rf"{line_or_sentence_start}{mark}[^\n]{{0,120}}$"
        # the phrase, then a name ("Bản quyền thuộc về Báo Hải Dương"), never a sentence that goes on
        rf"|^[ \t]*{reserved}[^\n{ends}]{{0,60}}\.?\r?$"
        # a short name before the phrase ("Báo Hải Dương. Bảo lưu mọi quyền"), never a sentence
        rf"|{line_or_sentence_start}[^\n{ends}:]{{0,60}}?{reserved}[ \t{ends}]*\r?$",
        regex.IGNORECASE | regex.MULTILINE,
    )


@rule(
    "TQ305",
    "copyright-line",
    category="boilerplate",
    summary="A scraped copyright line (\"© 2024 ...\", \"All rights reserved\")",
    severity="error",
    fixable="safe",
)
def copyright_line(seg, ctx):
    r"""The site's copyright notice, scraped from the page footer with the article.

    A line that starts with "©" or a copyright word before "©" or a year
    ("कॉपीराइट © 2024 ...", "Bản quyền 2024 ..."), or that starts or ends
    with "All rights reserved" in any language of the profiles and site
    data; also such a notice after the line's last sentence.  A sentence
    about copyright is left alone.

    Bad (hi): उत्पादन बढ़ा।\nकॉपीराइट © 2024 बाओ हाई डुओंग
    Bad (hi): उत्पादन बढ़ा।\nसर्वाधिकार सुरक्षित।
    Bad (en): Output rose. © 2024 Hai Duong Newspaper. All rights reserved.
    Bad (vi): Sản lượng tăng.\nBản quyền thuộc về Báo Hải Dương
    Good (hi): कॉपीराइट कानून में बदलाव पर संसद में लंबी बहस हुई।
    Good (hi): सर्वाधिकार सुरक्षित रखने के लिए सरकार ने नया कानून बनाया।
    Good (en): The court ruled that all rights reserved by the treaty stay with the state, and the case goes on.
    Good (en): The terms were agreed.\n(c) the province shall pay the costs.
    Good (en): The firm said: all rights reserved.
    """
    # a first word is common on its own ("सभी", all): the whole phrase is looked for before the lines
    if "©" not in seg.target and not _copyright_words(ctx.target.code).occur(ctx.text, ctx.target):
        return
    yield from _removals(seg.target, _copyright_lines(ctx.target.code), "copyright line")


@functools.lru_cache(maxsize=None)
def _not_in_signature(lang: str) -> regex.Pattern:
    """What a signature line may not hold: figures, a colon (a label's line), a semicolon, and the
    language's sentence marks."""
    ends = _marks_in_class(lang)
    return regex.compile(rf"[\p{{N}}:：;{ends}]")


@functools.lru_cache(maxsize=None)
def _byline_label_re(lang: str) -> regex.Pattern:
    """A credit label without a colon at the start of a line ("By ", "Reported by "): a byline's;
    or one that follows the name, at the end ("... के अनुसार", according to ...)."""
    after = _phrases(lang, "credit_after")
    end = rf"|[ \t]+{_alternation(after)}[ \t]*$" if after else ""
    return regex.compile(rf"^[ \t]*{_alternation(_phrases(lang, 'credit'))}[ \t]+{end}", regex.IGNORECASE)


def _reads_as_signature(line: str, profile) -> bool:
    """Whether ``line`` reads as an author's signature: one to four words, none of them the
    language's function words, each capitalised in a script with case ("VY - ĐẠT", "Minh Anh"),
    maybe after a credit label ("By Minh Anh") or before one ("वीएनएक्सप्रेस के अनुसार")."""
    line = _byline_label_re(profile.code).sub("", MARKUP_TOKEN_RE.sub(" ", line))
    if len(line.strip()) > 40 or _not_in_signature(profile.code).search(line):
        return False
    words = LETTERS_RE.findall(line)
    # a word of a script without case (Devanagari) has no capital to show
    if not 1 <= len(words) <= 4 or not all(w[0].isupper() or w[0].lower() == w[0].upper() for w in words):
        return False
    return _function_words(profile.code).isdisjoint(w.casefold() for w in words)


@functools.lru_cache(maxsize=None)
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in load_profile(lang).function_words)


@rule(
    "TQ306",
    "author-signature",
    category="boilerplate",
    summary="An author's signature line left after the story (\"वीवाई-डेट\", \"MINH ANH\")",
    severity="warning",
    scope="document",
    fixable="unsafe",
)
def author_signature(doc, ctx):
    r"""The author's initials or name signed on a line of its own after the last paragraph.

    Vietnamese papers sign an article at its foot ("VY - ĐẠT"); scraped with
    the article and transliterated, the signature becomes a line like
    "वीवाई-डेट" between the story and the page furniture, or a news
    agency's credit in brackets ("(TTXVN)", "(वीएनए)"), on its own line or
    after the last sentence on its line ("... किया। (पीवी)").  A line is read as
    a signature when it is one of the three lines after the story's last
    sentence (only credits, widgets or nothing follow it) and has one to
    four words (after a credit label such as "By") and no figure, colon or
    sentence mark; its words must not be the language's function words,
    must all be capitalised in a script with capitals, and must not make a
    widget line (TQ301's).  In formats of
    separate units (PO, XLIFF, TMX) the signature must share its unit with
    the story's last sentence: a short last unit there is a string of its
    own ("Cancel").  Languages written without spaces between words are
    left alone: Thai ends sentences without a mark.  The fix removes the
    line, so it is unsafe.

    Bad (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\nवीवाई-डेट\nस्रोत: https://baohaiduong.vn/a.html
    Bad (en): Output rose and the province met its goal.\nMINH ANH
    Bad (en): Output rose and the province met its goal.\nBy Minh Anh
    Bad (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\nस्रोत: बाओ हाई डुओंग\nमिन्ह आन्ह
    Bad (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\n(वीएनए)
    Bad (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया। (पीवी)
    Good (en): Output rose and the province met its goal. (It had missed it twice.)
    Good (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\nआगे की योजना\nप्रांत नई योजना बनाएगा।
    Good (en): Output rose and the province met its goal.\nwe will see
    Good (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\nऔर अब
    Good (th): ผลผลิตเพิ่มขึ้น\nโอ้ ไม่
    Good (en): Output rose and the province met its goal.\nShare
    Good (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया। (विज्ञापन)
    Good (en): Output rose and the province met its goal.\n(Video)
    """
    if ctx.target.unspaced:
        return  # Thai, Lao, Khmer end sentences without a mark: no line shows that the story ended
    lines = [(i, s, e) for i in range(len(doc.segments)) for s, e in ctx.info(i).lines if doc.segments[i].target[s:e].strip()]
    if lines:
        i, s, e = lines[-1]
        text = doc.segments[i].target
        credit = _trailing_credit_re(ctx.target.code).search(text, s, e)
        # "(विज्ञापन)", "(Video)": an ad or media slot, TQ201's, rather than a credit
        if credit is not None and not placeholder_re(ctx.target.code).fullmatch(credit.group(1)) and _reads_as_signature(credit.group(1)[1:-1], ctx.target):
            yield Hit(*credit.span(1), f"agency credit {credit.group(1)!r} left after the story", suggestion="", segment=i)
    if len(lines) < 2:
        return
    # the lines after the story's last sentence: none of them ends one
    last_sentence = max((k for k, (i, s, e) in enumerate(lines) if _ends_sentence(doc.segments[i].target[s:e], ctx.target)), default=None)
    if last_sentence is None:
        return
    labels = _labels(ctx.target.code)
    story = lines[last_sentence][0]
    for i, s, e in lines[last_sentence + 1:last_sentence + 4]:  # the page's foot: credits, widgets, the signature
        if i != story and doc.segments[i].id is not None:
            continue  # a unit of its own (PO, XLIFF, TMX): a UI string such as "Cancel", no article's foot
        text = doc.segments[i].target
        line = text[s:e]
        if _reads_as_signature(line, ctx.target) and _furniture_line(line, ctx.target, labels) is None:
            s, e = _trim(text, s, e)
            if placeholder_re(ctx.target.code).fullmatch(text, s, e):
                continue
            # "(TTXVN)", "(वीएनए)": in brackets, the news agency's credit rather than a reporter's name
            if text[s] == "(" and text[e - 1] == ")":
                what = "agency credit"
            else:
                what = "credit line" if _byline_label_re(ctx.target.code).search(line) else "author's signature"
            yield Hit(s, e, f"{what} {text[s:e]!r} left after the story", suggestion="", segment=i)


@functools.lru_cache(maxsize=None)
def _trailing_credit_re(lang: str) -> regex.Pattern:
    """A credit in brackets after the story's last sentence, on its line: "... किया। (पीवी)", "... resumed. (AP)"."""
    return regex.compile(rf"(?<=[{_marks_in_class(lang)}][ \t]{{1,3}})(\([^()\n\d:]{{1,24}}\))[ \t]*$")


def _ends_sentence(line: str, profile) -> bool:
    line = line.rstrip().rstrip(CLOSERS)
    return bool(line) and line[-1] in _sentence_marks(profile.sentence_end)
