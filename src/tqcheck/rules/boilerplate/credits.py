"""The article's foot: credit lines (TQ302), photo-caption markers (TQ303) and author signatures (TQ306)."""
from __future__ import annotations

import functools

import regex

from ...model import Hit
from ...registry import rule
from ...text import LETTERS_RE, MARKUP_TOKEN_RE, TOP_LEVEL_DOMAIN_RE, URL_RE, WWW_NEEDLES, Hint, LazyPattern, finditer
from ..markup import placeholder_re
from ._common import COLON, FURNITURE_COVERS, _alternation, _ends_sentence, _marks_in_class, _phrases, _removals, _sentence_marks, _trim
from .furniture import _furniture_line, _labels


@functools.lru_cache(maxsize=None)
def _credit_re(lang: str) -> regex.Pattern:
    label = _alternation(_phrases(lang, "credit"))
    link = r"(?:https?://|www\.)\S{1,500}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}(?:/\S{0,500})?"
    name = r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .&'’-]{0,60}"
    # more credits on the line, parted by semicolons or bars ("Story: Minh Anh; Photos: Thu Ha")
    more = rf"(?:[ \t]*[;|][ \t]*{_alternation(_phrases(lang, 'credit') + _phrases(lang, 'caption'))}[ \t]*[:：][ \t]*{name})*"
    # a dash may part the label from a link ("स्रोत- https://…"), not from a name ("Source - a minister");
    # the credit may also end the line after its last sentence, the line break lost ("rose. Source: VnExpress")
    return regex.compile(
        rf"(?:^|(?<=[.!?।॥][\"”’)]?)[ \t]+)[ \t]*[(\[]?{label}(?:[ \t]*[:：][ \t]*(?:{link}|{name}{more})|[ \t]*[-–—][ \t]*(?:https?://|www\.)\S{{1,500}})[)\]]?[ \t.\r]*$",
        regex.IGNORECASE | regex.MULTILINE,
    )


@rule(
    "TQ302",
    "source-credit-line",
    category="boilerplate",
    summary="A scraped \"Source: URL\" credit line",
    severity="error",
    fixable="safe",
    covers=FURNITURE_COVERS,
    # a label's colon, or a web address alone (which may have no "://")
    trigger=Hint((":", "：", *WWW_NEEDLES), TOP_LEVEL_DOMAIN_RE),
)
def source_credit_line(seg, ctx):
    r"""A line crediting where the article was scraped from or who wrote it ("स्रोत: https://…",
    "Nguồn: VnExpress", "लेखक: मिन्ह आन्ह").

    The credit belongs to the page template; translated into the body it is
    noise, and it often carries the source site's URL.  Only a line that is
    nothing but a label, a colon and a name or link is reported, or that
    ends with them after its last sentence (the line break lost in
    scraping): a sentence after the label is the story's own.

    Bad (hi): उत्पादन बढ़ा।\nस्रोत: https://baohaiduong.vn/tin-389835.html
    Bad (en): Output rose.\nSource: vnexpress.net
    Bad (hi): उत्पादन बढ़ा।\nNguồn: Báo Hải Dương
    Bad (hi): उत्पादन बढ़ा।\nलेखक: मिन्ह आन्ह
    Bad (hi): उत्पादन बढ़ा।\nस्त्रोत: https://baohaiduong.vn/tin-389835.html
    Bad (hi): उत्पादन बढ़ा।\nस्रोत- https://baohaiduong.vn/tin-389835.html
    Good (en): Output rose.\nSource - a minister who asked not to be named.
    Bad (en): Output rose.\nReporter: Minh Anh
    Bad (en): Output rose.\nStory: Minh Anh; Photos: Thu Ha
    Bad (en): Output rose. Source: VnExpress
    Bad (hi): उत्पादन बढ़ा। स्रोत: https://baohaiduong.vn/tin-389835.html
    Good (en): Output rose. Source: officials at the ministry of finance, who asked not to be named, said so on Monday.
    Good (hi): लेखक: उन्होंने कहा कि किताब अगले साल आएगी।
    Good (hi): स्रोत बताते हैं कि बैठक सोमवार को होगी।
    Good (en): The source said: the meeting is on Monday and will run until late in the evening.

    A link alone on the last line, after a line that ends a sentence, is the
    source page's address scraped without its label.

    Bad (hi): उत्पादन बढ़ा।\nhttps://baohaiduong.vn/tin-389835.html
    Bad (en): Output rose.\nbaohaiduong.vn/tin-389835.html
    Good (en): Read the report at\nhttps://example.org/report.pdf
    Good (en): https://example.org/report.pdf
    """
    text = seg.target
    for m in finditer(_credit_re(ctx.target.code), text):
        s, e = _trim(text, m.start(), m.end())
        # after a sentence on its line, the spaces before the credit go with it
        yield Hit(m.start() if text[m.start()] in " \t" else s, e, f"scraped credit line {text[s:e]!r}", suggestion="")
    lines = [(s, e) for s, e in ctx.text.lines if text[s:e].strip()]
    if len(lines) >= 2 and _ends_sentence(text[slice(*lines[-2])], ctx.target):
        s, e = _trim(text, *lines[-1])
        if URL_RE.fullmatch(text, s, e) is not None:
            yield Hit(s, e, f"scraped source link {text[s:e]!r}", suggestion="")


@functools.lru_cache(maxsize=None)
def _caption_re(lang: str) -> regex.Pattern:
    label = _alternation(_phrases(lang, "caption"))
    credit = r"[^()\n:：]{1,60}"
    # in brackets anywhere, alone on its line, or ending the line after its last sentence (the line
    # break lost: "... जारी है। फोटो: वीएनए"), where it holds no sentence mark of its own
    return regex.compile(
        rf"\([ \t]*{label}[ \t]*[:：][ \t]*{credit}\)"
        rf"|(?:^|(?<=[{_marks_in_class(lang)}][\"”’)]?)[ \t]+)[ \t]*{label}[ \t]*[:：][ \t]*[^()\n:：{_marks_in_class(lang)}]{{1,60}}[ \t\r]*$",
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
    covers=FURNITURE_COVERS,
)
def photo_caption_marker(seg, ctx):
    r"""Photo credits and caption markers from the page layout ("(Ảnh: TTXVN)", "Photo: Reuters").

    Bad (vi): Cầu mới được khánh thành (Ảnh: TTXVN).
    Bad (hi): पुल का उद्घाटन हुआ (फोटो: वीएनए)।
    Bad (en): The new bridge.\nPhoto: Reuters
    Bad (hi): जांच जारी है। फोटो: ज़ुआन हंग
    Good (en): The new bridge opened. Photo: the one on the front page, taken at dawn. It won a prize.
    Good (en): The photo shows the new bridge.
    Good (hi): फोटो प्रदर्शनी में 40 चित्र रखे गए।
    """
    yield from _removals(seg.target, _caption_re(ctx.target.code), "photo caption marker")


@functools.lru_cache(maxsize=None)
def _not_in_signature(lang: str) -> regex.Pattern:
    """What a signature line may not hold: figures, a colon (a label's line), a semicolon, and the
    language's sentence marks."""
    ends = _marks_in_class(lang)
    return regex.compile(rf"[\p{{N}}:：;{ends}]")


@functools.lru_cache(maxsize=None)
def _byline_label_re(lang: str) -> regex.Pattern:
    """A credit label without a colon at the start of a line or in brackets ("By ", "(According to "):
    a byline's; or one that follows the name, at the end ("... के अनुसार", according to ...)."""
    after = _phrases(lang, "credit_after")
    end = rf"|[ \t]+{_alternation(after)}[ \t]*\)?[ \t]*[{_marks_in_class(lang)}]?[ \t]*$" if after else ""
    return regex.compile(rf"(?:^[ \t]*\(?|(?<=\()[ \t]*){_alternation(_phrases(lang, 'credit'))}[ \t]+{end}", regex.IGNORECASE)


#: A line of nothing but initials, each closed by a full stop ("N.H.", "एन.एच."): a signature, whose
#: last full stop ends no sentence.
INITIALS_RE = LazyPattern(r"[ \t]*[\p{L}\p{M}]{1,4}(?:\.[ \t]?[\p{L}\p{M}]{1,4}){1,3}\.?[ \t\r]*")


#: The full stop after an initial ("T.H - VNA"), which ends no sentence.
INITIAL_STOP_RE = LazyPattern(r"(?<=(?<![\p{L}\p{M}])[\p{L}\p{M}]{1,4})\.")


def _reads_as_signature(line: str, profile) -> bool:
    """Whether ``line`` reads as an author's signature: one to four words, none of them the
    language's function words, each capitalised in a script with case ("VY - ĐẠT", "Minh Anh"),
    maybe after a credit label ("By Minh Anh") or before one ("वीएनएक्सप्रेस के अनुसार"), or
    initials ("T.H - VNA"); or several of these parted by semicolons ("Reporting by Thu Huyen;
    editing by Mark Heinrich"), or two by a slash, the author's and the paper's ("Minh Anh / Tuoi
    Tre News")."""
    if ";" in line:
        return all(part.strip() and _reads_as_signature(part, profile) for part in line.split(";"))
    if line.count("/") == 1 and URL_RE.search(line) is None:
        return all(part.strip() and _reads_as_signature(part, profile) for part in line.split("/"))
    # a site's bare address names it as a name would ("baohaiduong.vn के अनुसार"); a link to a page is no signature
    line = URL_RE.sub(lambda m: m.group() if "/" in m.group() else " Site ", MARKUP_TOKEN_RE.sub(" ", line))
    line = INITIAL_STOP_RE.sub(" ", _byline_label_re(profile.code).sub("", line))
    if len(line.strip()) > 40 or _not_in_signature(profile.code).search(line):
        return False
    words = LETTERS_RE.findall(line)
    # a word of a script without case (Devanagari) has no capital to show
    if not 1 <= len(words) <= 4 or not all(w[0].isupper() or w[0].lower() == w[0].upper() for w in words):
        return False
    return profile.folded_function_words.isdisjoint(w.casefold() for w in words)


@rule(
    "TQ306",
    "author-signature",
    category="boilerplate",
    summary="An author's signature line left after the story (\"वीवाई-डेट\", \"MINH ANH\")",
    severity="warning",
    scope="document",
    fixable="unsafe",
    covers=FURNITURE_COVERS,
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
    Bad (en): Output rose and the province met its goal.\nAccording to VnExpress.
    Bad (en): Output rose and the province met its goal.\nPhuong Anh (According to VnExpress)
    Bad (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\n(वीएनए के अनुसार)
    Bad (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\nbaohaiduong.vn के अनुसार
    Good (en): Output rose and the province met its goal.\nAccording to police, it will rise again.
    Good (en): Output rose and the province met its goal. (It had missed it twice.)
    Good (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\nआगे की योजना\nप्रांत नई योजना बनाएगा।
    Good (en): Output rose and the province met its goal.\nwe will see
    Good (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\nऔर अब
    Good (th): ผลผลิตเพิ่มขึ้น\nโอ้ ไม่
    Good (en): Output rose and the province met its goal.\nShare
    Good (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया। (विज्ञापन)
    Bad (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\nवीवाई-डेट[विज्ञापन_2]
    Good (en): Output rose and the province met its goal.\n(Video)
    Bad (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\nएन.एच.
    Bad (en): Output rose and the province met its goal.\nN.H.
    Bad (en): Output rose and the province met its goal.\nReporting by Thu Huyen; editing by Mark Heinrich
    Bad (en): Output rose and the province met its goal.\nMinh Anh / Tuoi Tre News
    Bad (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\nथू हा/वीओवी
    Good (en): Output rose and the province met its goal.\nImports / exports rose too
    Good (en): Output rose and the province met its goal.\nPrices; wages
    Bad (hi): उत्पादन बढ़ा और प्रांत ने लक्ष्य पूरा किया।\nएजेंसी इनपुट के साथ
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
    # the lines after the story's last sentence: none of them ends one, unless it is a byline
    # with a full stop ("According to VnExpress.")
    last_sentence = max((k for k, (i, s, e) in enumerate(lines) if _ends_story(doc.segments[i].target[s:e], ctx.target)), default=None)
    if last_sentence is None:
        return
    labels = _labels(ctx.target.code)
    story = lines[last_sentence][0]
    for i, s, e in lines[last_sentence + 1:last_sentence + 4]:  # the page's foot: credits, widgets, the signature
        if i != story and doc.segments[i].id is not None:
            continue  # a unit of its own (PO, XLIFF, TMX): a UI string such as "Cancel", no article's foot
        text = doc.segments[i].target
        line = text[s:e]
        if _reads_as_signature(_without_final_mark(line, ctx.target), ctx.target) and _furniture_line(line, ctx.target, labels) is None:
            s, e = _without_placeholders(text, *_trim(text, s, e), ctx.target.code)
            if s >= e:
                continue  # nothing but a placeholder: TQ201's
            # "(TTXVN)", "(वीएनए)": in brackets, the news agency's credit rather than a reporter's name
            if text[s] == "(" and text[e - 1] == ")":
                what = "agency credit"
            else:
                what = "credit line" if _byline_label_re(ctx.target.code).search(line) else "author's signature"
            yield Hit(s, e, f"{what} {text[s:e]!r} left after the story", suggestion="", segment=i)


def _without_placeholders(text: str, s: int, e: int, lang: str) -> tuple[int, int]:
    """``[s, e)`` without the placeholders at its edges ("वीवाई-डेट[विज्ञापन_2]": the signature is
    "वीवाई-डेट"; the placeholder is TQ201's), trimmed."""
    for m in placeholder_re(lang).finditer(text, s, e):
        if m.start() == s:
            s = m.end()
        elif m.end() == e:
            e = m.start()
    return _trim(text, s, e) if s < e else (s, s)


def _ends_story(line: str, profile) -> bool:
    """Whether ``line`` ends a sentence of the story: a byline ends with a full stop at times."""
    if not _ends_sentence(line, profile) or INITIALS_RE.fullmatch(line) is not None:
        return False
    # a byline is short: a sentence of the story is not read further
    return len(line) > 60 or _byline_label_re(profile.code).search(line) is None or not _reads_as_signature(_without_final_mark(line, profile), profile)


def _without_final_mark(line: str, profile) -> str:
    line = line.rstrip()
    return line[:-1] if line and line[-1] in _sentence_marks(profile.sentence_end) else line


@functools.lru_cache(maxsize=None)
def _trailing_credit_re(lang: str) -> regex.Pattern:
    """A credit in brackets after the story's last sentence, on its line: "... किया। (पीवी)", "... resumed. (AP)"."""
    return regex.compile(rf"(?<=[{_marks_in_class(lang)}][ \t]{{1,3}})(\([^()\n\d:]{{1,24}}\))[ \t]*$")
