"""Markup family (TQ2xx): placeholders, shortcodes, tags and identifiers that must not reach readers."""
from __future__ import annotations

import bisect
import functools
import itertools
import re

import regex

from ..languages import all_shipped_profiles, load_profile
from ..model import Hit
from ..registry import rule
from ..text import EMAIL_RE, ESCAPE_RE, FILENAME_RE, FORMAT_SPECIFIER, IDENTIFIER_RE, WWW_NEEDLES, Hint, LazyPattern, finditer

#: Brackets a placeholder may come in: MT into Chinese or Japanese turns "[" into "【" or "［",
#: and a known placeholder word may stand in parentheses or braces.
OPENING_BRACKETS = "[［【〔({<"
#: The other marks a known placeholder word may stand between ("__विज्ञापन__", "-- Advertisement --").
PLACEHOLDER_MARKS = ("__", "##", "--", "—", "–")
#: Marks a template writes on both sides of a placeholder word ("#विज्ञापन1#", "%%ad%%", "$ad_2$", "@@विज्ञापन@@").
WRAPPING_MARKS = "#%*@$"
#: One of them before a letter, which may open a placeholder.
MARK_BEFORE_LETTER = re.compile(rf"[{re.escape(WRAPPING_MARKS)}][^\W\d_]")
#: What a text must hold for the placeholder rule to read it: a mark before a letter, or two Latin
#: or Cyrillic capitals in a row, which a placeholder word written in capitals starts with.  Written
#: to start with one character class, which the standard engine scans for several times faster
#: than for either of two alternatives.
PLACEHOLDER_HINT = re.compile(rf"[{re.escape(WRAPPING_MARKS)}A-Z\u0410-\u042F](?:(?<=[{re.escape(WRAPPING_MARKS)}])[^\W\d_]|[A-Z\u0410-\u042F])")
#: A word that starts with two Latin or Cyrillic capitals, and the word after it ("ADVERTISEMENT",
#: "QUẢNG CÁO"): the standard engine's fast scan for placeholder words written in capitals.
CAPITALS_RE = re.compile(r"(?<![^\W_])([A-Z\u0410-\u042F]{2}[^\W\d_]*)(?: ([^\W\d_]+))?")
#: The fewest letters of a placeholder word in capitals on its own ("AD" and "LINK" are words of prose too).
SHOUTED_MIN_LETTERS = 5
#: "[ad_2]", "[विज्ञापन_2]", "[quảng cáo 1]", "【广告_2】": a bracketed word with an index, in any script.
INDEXED_RE = r"[\[［【〔{][ \t]*/?[\p{L}\p{M}][\p{L}\p{M}\p{N}_＿ \t-]{0,40}?[:：]?[_＿ \t-]\d{1,4}[ \t]*[\]］】〕}]"
#: "[/caption]", "[/कैप्शन]": the closing half of a shortcode.
CLOSING_RE = r"\[/[\p{L}\p{M}][\p{L}\p{M}_-]{0,30}\]"
#: '[caption id="attachment_1" align="alignnone"]', "[tweet id=123]": a shortcode with attributes.
ATTRIBUTES_RE = r"\[[\p{L}\p{M}][\p{L}\p{M}_-]{0,30}[ \t]+[\p{L}\p{M}_-]{1,30}[ \t]*=[ \t]*(?:[\"'“”]|[\p{L}\p{N}_-]{1,40}(?=\]|[ \t]+[\p{L}\p{M}_-]{1,30}[ \t]*=))[^\]\n]{0,160}\]"


#: One to three words in brackets ("[Фото]", "[ảnh minh họa]"), letters first.
SHORT_BRACKETED_RE = LazyPattern(r"[\[［【〔][ \t]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_＿-]{0,30}(?:[ \t][\p{L}\p{M}\p{N}_＿-]{1,30}){0,2}[ \t]*[\]］】〕]")


@functools.lru_cache(maxsize=None)
def _placeholder_words(lang: str) -> frozenset[str]:
    """The known placeholder words of ``lang`` and the shipped languages."""
    return frozenset(w for p in (*all_shipped_profiles(), load_profile(lang)) for w in p.placeholder_words)


@functools.lru_cache(maxsize=None)
def placeholder_re(lang: str) -> regex.Pattern:
    """Bracketed placeholders: indexed words, shortcodes, and the known placeholder words of ``lang`` and the shipped languages."""
    words = sorted(_placeholder_words(lang), key=len, reverse=True)
    alternation = "(?:" + "|".join(regex.escape(w) for w in words) + ")"
    marks = regex.escape(WRAPPING_MARKS)
    # a known word in square brackets ("[/caption]"), in braces ("{{video}}", "{{/quote}}"), in parentheses
    # ("(विज्ञापन)"), in doubled angle brackets ("<<ad>>"), between double underscores ("__विज्ञापन__"),
    # between one or two of the WRAPPING_MARKS that no word touches ("##विज्ञापन##", "#विज्ञापन1#",
    # "%%ad%%", "$ad_2$") or between spaced dashes that no word touches ("-- Advertisement --"),
    # each closed by its partner, maybe with more words joined by underscores ("[ad_banner]",
    # "[mid_ad]"), in square brackets one more after a space ("[विज्ञापन स्लॉट]"), and an index
    # ("(Video 2)", "[ad_2_middle]", "[विज्ञापन:2]"); the words are written once, since compiling
    # them is most of the cost
    known = (
        rf"(?:(?P<square>[\[［【〔][ \t]*/?)|(?P<brace>\{{\{{?[ \t]*/?)|(?P<paren>\()|(?P<under>__)|(?P<mark>(?<![\p{{L}}\p{{M}}\p{{N}}{marks}])[{marks}]{{1,2}})|(?P<dash>(?<![\p{{L}}\p{{M}}\p{{N}}][ \t]?)(?:--|[—–])[ \t])|<<)[ \t]*(?:[\p{{L}}\p{{M}}]+_){{0,2}}{alternation}"
        rf"(?:_[\p{{L}}\p{{M}}]+){{0,2}}(?(square)(?:[ \t][\p{{L}}\p{{M}}]+)?)(?:[_:： \t-]*\p{{Nd}}{{1,4}}(?:_[\p{{L}}\p{{M}}]+){{0,2}})?[ \t]*"
        rf"(?(square)[\]］】〕]|(?(brace)\}}\}}?|(?(paren)\)|(?(under)__|(?(mark)(?P=mark)(?![\p{{L}}\p{{M}}\p{{N}}{marks}])|(?(dash)[ \t](?:--|[—–])(?![\p{{L}}\p{{M}}\p{{N}}])|>>))))))"
    )
    return regex.compile("|".join((INDEXED_RE, CLOSING_RE, ATTRIBUTES_RE, known)), regex.IGNORECASE)


#: A closing shortcode or BBCode tag as a pattern of its own, to find its opening half by.
CLOSING_TAG_RE = LazyPattern(CLOSING_RE)
#: Different closing names whose openings are looked for in one text (an article has a few).
MAX_CLOSED_NAMES = 20


def _openings(text: str) -> list[tuple[int, int]]:
    """Spans of the opening halves of ``text``'s closed shortcodes: "[b]" of "[b]...[/b]" and
    "[url=...]" of "[url=...]...[/url]", which alone may be an editorial letter or a link's text."""
    last_closing: dict[str, int] = {}  # each name's last closing: one scan per name, however many closings
    for close in finditer(CLOSING_TAG_RE, text):
        last_closing[close.group()[2:-1].casefold()] = close.start()
    spans = []
    for name, end in itertools.islice(last_closing.items(), MAX_CLOSED_NAMES):
        opening = regex.compile(rf"\[{regex.escape(name)}(?:[= \t][^\[\]\n]{{0,200}})?\]", regex.IGNORECASE)
        spans += [m.span() for m in opening.finditer(text, 0, end)]
    return spans


#: "[[link]]", "[[Hà Nội|Hanoi]]": wiki links and templates, which prose never writes.
WIKI_RE = LazyPattern(r"\[\[[^\[\]\n]{1,80}\]\]")
#: Marks that may wrap a placeholder on both sides, each with its partner: "<<ad_1>>", "((ad_1))", "**ad_1**", "##ad_1##".
WRAPPERS = {"<": ">", "«": "»", "‹": "›", "(": ")", "[": "]", "{": "}", "|": "|", **{m: m for m in WRAPPING_MARKS}}


def _wrapped(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened over the pairs of wrapping marks around it ("ad_1" in "<<ad_1>>")."""
    while start and end < len(text) and WRAPPERS.get(text[start - 1]) == text[end]:
        start, end = start - 1, end + 1
    return start, end


#: A placeholder whose brackets were lost on the way (or turned into others: "<ad_1>"), its index
#: kept: "विज्ञापन_2", "Anzeige_2", "quảng_cáo_2", "__AD_2__".  Prose joins no word to a number with
#: an underscore; addresses, handles and file names do, and have a sign or a dot with more after
#: them or a sign before them ("news_2@", "photo_2.jpg", "@news_2", "/a_b_2"; one "#" is a hashtag's,
#: two are a template's: "##विज्ञापन_2##").
BARE_PLACEHOLDER_RE = LazyPattern(
    r"(?<![\p{L}\p{M}\p{N}_@/.:=])(?<!(?<!#)#)_*[\p{L}\p{M}]+(?:_[\p{L}\p{M}]+){0,3}_\p{Nd}{1,4}_*(?![\p{L}\p{M}\p{N}_@/]|\.[\p{L}\p{N}])"
)


def _shouted(text: str, source: str | None, target) -> list[tuple[int, int]]:
    """Spans of known placeholder words written in capitals where a sentence may start, at a
    line's start or after a sentence's end ("The bridge opened. ADVERTISEMENT Traffic resumed."),
    but not a label before a colon ("VIDEO: ..."), nor in a heading (the rest of its line has no
    letter but capitals), nor written so in the source."""
    words, spans = _placeholder_words(target.code), []
    for m in CAPITALS_RE.finditer(text):
        first, second = m.group(1), m.group(2)
        if not first.isupper():
            continue
        if second and second.isupper() and f"{first} {second}".casefold() in words:
            s, e = m.span()
        elif len(first) >= SHOUTED_MIN_LETTERS and first.casefold() in words:
            s, e = m.span(1)
        else:
            continue
        k = s
        while k > 0 and s - k < 3 and text[k - 1] in " \t":
            k -= 1
        if not (s == 0 or text[s - 1] == "\n" or (k < s and k > 0 and text[k - 1] in target.sentence_end)):
            continue
        if text[e:e + 1].isalnum() or text[e:e + 1] in ("_", ":"):
            continue
        line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
        rest = text[line_start:s] + text[e:line_end if line_end >= 0 else len(text)]
        if any(c.isalpha() and not c.isupper() for c in rest) and not (source and text[s:e] in source):
            spans.append((s, e))
    return spans


def _names_placeholder(token: str, lang: str) -> bool:
    """Whether a word of ``token`` is a known placeholder word ("{{ad_slot_2}}": an ad slot, kept
    or not, where "{count_2}" is a software string's variable)."""
    words = _placeholder_words(lang)
    return any(w in words for w in regex.split(r"[\W_\d]+", token.casefold()))


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``pos`` falls in one of ``spans`` (sorted, not overlapping; ``starts`` their starts)."""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos < spans[k][1]


@rule(
    "TQ201",
    "leftover-placeholder",
    category="markup",
    summary="Ad slots, shortcodes and bracketed placeholders left in the text, translated or not",
    severity="error",
    fixable="safe",
    trigger=Hint((*OPENING_BRACKETS, "_", *PLACEHOLDER_MARKS), PLACEHOLDER_HINT),
    covers=("TQ101", "TQ102", "TQ203", "TQ603", "TQ604", "language"),  # the placeholder's words, in whatever language; a variable's marks around them
)
def leftover_placeholder(seg, ctx):
    """Placeholders and shortcodes of the publishing system left in the article.

    Scraped news carries ad slots ("[ad_2]"), WordPress shortcodes
    ("[caption ...]...[/caption]") and similar tokens.  MT engines translate
    them, so the leftover may be in any script: "[विज्ञापन_2]" is "[ad_2]"
    rendered into Hindi.  The rule recognises the shape (a bracketed word
    with an index, a closing "[/word]", a shortcode with attributes) in
    every script, and the common placeholder words of every shipped
    language and of the target (German "[Werbung]", Chinese "【广告】"), also in
    parentheses ("(विज्ञापन)"); a word joined to an
    index by an underscore is one in any language when the brackets were
    lost ("विज्ञापन_2", "Anzeige_2"), and the marks around it go with it ("<<ad_1>>").
    A known placeholder word of five letters or more written in capitals
    where a sentence may start ("... opened. ADVERTISEMENT Traffic ...") is
    one too, unless its line is a heading in capitals, it labels what
    follows ("VIDEO: ..."), or the source writes it so.
    Wiki links and templates ("[[link]]", "[[Hà Nội|Hanoi]]") are reported too,
    a link's text kept by the fix.  With the source, a short bracketed word stands for
    each placeholder of the source otherwise unaccounted for, whatever word
    the engine chose ("[photo]" -> "[Фото]").  Editorial brackets such as
    "[sic]" or "[mentait]" are not reported.

    Bad (hi): सम्मेलन आयोजित किया। [विज्ञापन_2] प्रांतीय कर विभाग ने कहा।
    Bad (en): The bridge opened. [ad_1] Traffic resumed.
    Bad (hi): पुल का उद्घाटन हुआ [/कैप्शन]
    Bad (vi): Cầu được khánh thành. [quảng cáo]
    Bad (de): Die Brücke wurde eröffnet. [Werbung] Der Verkehr läuft wieder.
    Bad (zh): 大桥已经通车。【广告】交通恢复正常。
    Bad (zh): 大桥正式通车。【广告_2】交通恢复。
    Bad (hi): सम्मेलन आयोजित किया। विज्ञापन_2 प्रांतीय कर विभाग ने कहा।
    Bad (hi): सम्मेलन आयोजित किया। (विज्ञापन) प्रांतीय कर विभाग ने कहा।
    Bad (hi): सम्मेलन आयोजित किया। {विज्ञापन} प्रांतीय कर विभाग ने कहा।
    Bad (hi): सम्मेलन आयोजित किया। {विज्ञापन_3} प्रांतीय कर विभाग ने कहा।
    Bad (hi): सम्मेलन आयोजित किया। <<विज्ञापन_3>> प्रांतीय कर विभाग ने कहा।
    Bad (hi): सम्मेलन आयोजित किया। __विज्ञापन__ प्रांतीय कर विभाग ने कहा।
    Bad (hi): सम्मेलन आयोजित किया। ##विज्ञापन_2## प्रांतीय कर विभाग ने कहा।
    Bad (hi): सम्मेलन आयोजित किया। ##विज्ञापन## प्रांतीय कर विभाग ने कहा।
    Bad (hi): सम्मेलन आयोजित किया। 【विज्ञापन】 प्रांतीय कर विभाग ने कहा।
    Bad (en): The bridge opened. [tweet id=1044] Traffic resumed.
    Bad (hi): यह [b]डेंगू[/b] का मौसम है।
    Bad (hi): सम्मेलन आयोजित किया। #विज्ञापन1# प्रांतीय कर विभाग ने कहा।
    Bad (hi): सम्मेलन आयोजित किया। @@विज्ञापन@@ प्रांतीय कर विभाग ने कहा।
    Bad (en): The bridge opened. $ad_2$ Traffic resumed.
    Good (en): Write to news@example.com or @news_desk for $5 a month.
    Good (hi): सम्मेलन के बाद #विज्ञापन #बजट ट्रेंड करने लगे।
    Good (en): The rule [x = 5] holds, he said [the mayor = the chief].
    Good (hi): सम्मेलन के बाद #विज्ञापन_2024 ट्रेंड करने लगा।
    Bad (hi): सम्मेलन आयोजित किया। [छवि: 2] प्रांतीय कर विभाग ने कहा।
    Bad (en): The bridge opened. {{ad_slot_2}} Traffic resumed.
    Bad (hi): पुल खुल गया। {{/quote}} यातायात शुरू हुआ।
    Bad (hi): पुल खुल गया। [विज्ञापन_२_मध्य] यातायात शुरू हुआ।
    Bad (hi): पुल खुल गया। [विज्ञापन स्लॉट] यातायात शुरू हुआ।
    Bad (en): The bridge opened. -- Advertisement -- Traffic resumed.
    Bad (en): The bridge opened. ADVERTISEMENT Traffic resumed.
    Bad (hi): पुल खुल गया। QUẢNG CÁO यातायात शुरू हुआ।
    Good (en): VIDEO: The bridge opened in Hanoi.
    Good (hi): देखें VIDEO में पुल का उद्घाटन।
    Good (en): BREAKING NEWS VIDEO SHOWS THE BRIDGE
    Good (en): The show — video, music, talk — ran late.
    Bad (vi>en): Cầu được khánh thành. {{ad_slot_2}} => The bridge opened. {{ad_slot_2}}
    Bad (en): The bridge opened. [[link]] Traffic resumed.
    Bad (en): The bridge opened in [[Hanoi|the capital]] on Monday.
    Bad (de): Die Brücke wurde eröffnet. Anzeige_2 Der Verkehr rollt.
    Good (en): Send photo_2.jpg to news_desk@example.com or @news_2.
    Good (hi): उन्होंने विज्ञापन (प्रचार) पर खर्च घटाया।
    Bad (vi>ru): Cầu được khánh thành. [ảnh] => Мост открыт. [Фото]
    Good (en): He said it "[was] not easy" to win.
    Good (vi>en): Ông nói "[tỉnh] sẽ làm". => He said "[the province] will do it".
    Good (hi): सूची [1] में 12 नाम हैं।
    Good (en): You have {count_1} new messages.
    """
    text = seg.target
    has_bracket = any(b in text for b in OPENING_BRACKETS)
    scan = has_bracket or any(mark in text for mark in PLACEHOLDER_MARKS) or MARK_BEFORE_LETTER.search(text) is not None
    found = [m.span() for m in finditer(placeholder_re(ctx.target.code), text)] if scan else []
    # a wiki page translated as such keeps its markup
    wiki = {m.start(): m for m in finditer(WIKI_RE, text) if m.group() not in (seg.source or "")} if "[[" in text else {}
    found += [m.span() for m in wiki.values()]
    if "[/" in text:
        found += _openings(text)
    found += _shouted(text, seg.source, ctx.target)
    if "_" in text:
        # a bare "विज्ञापन_2" inside "[ विज्ञापन_2 ]" is the bracketed one, already found
        found.sort()
        starts = [s for s, _ in found]
        found += [m.span() for m in finditer(BARE_PLACEHOLDER_RE, text) if not _inside(m.start(), found, starts)]
    found = sorted({_wrapped(text, s, e) for s, e in found})
    if has_bracket and seg.source and "[" in seg.source:
        # the source's placeholders were translated into words no list holds ("[photo]" -> "[Фото]"):
        # as many short bracketed words as the source has placeholders left unaccounted for
        missing = sum(1 for _ in finditer(placeholder_re(ctx.source.code), seg.source)) - len(found)
        if missing > 0:
            extra = [m.span() for m in finditer(SHORT_BRACKETED_RE, text) if m.span() not in found]
            found += extra[:missing]
    for start, end in sorted(found):
        token = text[start:end]
        if token[0] == "{" and token.isascii() and not _names_placeholder(token, ctx.target.code):
            continue  # "{count_2}" is a template variable: TQ203's, which knows when the source keeps it
        link = wiki.get(start)
        if link is not None and not placeholder_re(ctx.target.code).fullmatch(f"[{link.group()[2:-2]}]"):
            # a link's text is the article's: keep it, drop the marks ("[[Hà Nội|Hanoi]]" -> "Hanoi")
            yield Hit(start, end, f"wiki markup {token!r} left in the text", suggestion=link.group()[2:-2].rpartition("|")[2].strip())
            continue
        yield Hit(start, end, f"leftover placeholder {token!r}{_whose(token, ctx.target.code, ctx.source.code if ctx.source else None)}", suggestion="")


def _whose(token: str, lang: str, source: str | None) -> str:
    """What a placeholder's words say of it: nothing in ASCII ("[ad_2]"); the shipped language
    whose placeholder word it holds, when that is not the target's ("[quảng cáo_2]" in English is
    Vietnamese, the source's); or else that the engine translated it ("[विज्ञापन_2]")."""
    if token.isascii():
        return ""
    folded = token.casefold()
    other = next((p for p in all_shipped_profiles() if p.code != lang and any(w.casefold() in folded for w in p.placeholder_words if not w.isascii())), None)
    if other is not None and not any(w.casefold() in folded for w in load_profile(lang).placeholder_words):
        return f" (in {other.name}, the source's language)" if other.code == source else f" (in {other.name})"
    return " (translated by the MT engine)"


#: Tags an MT engine spaced out ("</ span>", "< / p >", "< br / >", "< बीआर />", "< पी >"): a closing
#: or self-closing tag, a name of two letters or more, or an element of article markup; "a < b > c"
#: is a comparison, so one-letter names need no spaces.
SPACED_TAG = (
    r"<[ \t]*/[ \t]*[A-Za-z][A-Za-z0-9]{0,20}[ \t]*>"
    r"|<[ \t]*/?[ \t]*[\p{L}\p{M}]{2,20}[ \t]*/?[ \t]*>"
    r"|<[ \t]*(?:br|hr|p|div|span|strong|em|li|ul|ol|h[1-6]|img|table|tr|td|figure|figcaption|blockquote)[ \t]*/?[ \t]*>"
)
TAG_RE = LazyPattern(
    r"<!--[^\n]{0,300}?-->"
    r"|</?[A-Za-z][A-Za-z0-9-]{0,20}(?:[ \t\n][^<>\n]{0,300})?[ \t]*/?>"
    r"|</?[\p{L}\p{M}]{1,20}[ \t]*/?>"
    rf"|{SPACED_TAG}"
    r"|&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
    r"|&(?:nbsp|amp|quot|lt|gt|apos|ndash|mdash|hellip|rsquo|lsquo|rdquo|ldquo)\b"
    # an entity an MT engine spaced out ("& nbsp;"), whole to its semicolon
    r"|&[ \t]+(?:nbsp|amp|quot|lt|gt|apos|ndash|mdash|hellip|rsquo|lsquo|rdquo|ldquo|#[0-9]{2,7})[ \t]*;"
    # bulletin-board tags that open ("[url=...]", "[center]"; "[quote]" and "[img]", and every closer, are TQ201's placeholders)
    r"|\[(?:url|center|size|color|font)(?:=[^\[\]\n]{1,200})?\]"
)


@rule(
    "TQ202",
    "html-markup",
    category="markup",
    summary="HTML tags, character entities and escape sequences in plain text",
    severity="error",
    fixable="safe",
    trigger=Hint("<&\\["),
)
def html_markup(seg, ctx):
    r"""HTML tags ("</div>", "<p>"), entities ("&nbsp;", "&#8217;") and escape sequences ("\u092a",
    a written-out "\n") in text meant for readers.

    They come from scraping or from a pipeline that escaped text twice.  A tag,
    entity or escape that also appears in the source is deliberate and is left
    alone.  The suggestion for an entity or escape is the character it stands for.

    Bad (hi): राजस्व 112% रहा। &nbsp; सम्मेलन में
    Bad (hi): कुल निवेश बढ़ा। </div> समारोह में
    Bad (en): <p>The bridge opened on Monday.
    Bad (hi): पुल खुल गया।</ span> यातायात शुरू हुआ।
    Bad (hi): पुल खुल गया। < / p >
    Bad (hi): पुल खुल गया। < बीआर /> यातायात शुरू हुआ।
    Bad (hi): < पी >पुल खुल गया।
    Bad (hi): पुल खुल गया। <!-- विज्ञापन --> यातायात शुरू हुआ।
    Bad (hi): उन्होंने कहा कि \\u092a\\u094d\\u0930 काम जारी है।
    Bad (hi): पुल खुल गया।\\nयातायात शुरू हुआ।
    Good (en): Profits rose 5% (a < b > c is not a tag).
    Good (en): AT&T shares rose; R&D spending fell.
    Bad (hi): राजस्व 112% रहा। & nbsp; सम्मेलन में
    Bad (en): The bridge opened. [url=https://example.org/a]Read the report
    Good (en): Tom & Jerry; the [quoted] line, and Q&A.
    Good (en): The file is in C:\\new\\reports.
    """
    text = seg.target
    source = seg.source or ""
    if "\\" in text:
        for m in finditer(ESCAPE_RE, text):
            token = m.group()
            if token not in source:
                yield Hit(m.start(), m.end(), f"escape sequence {token!r} in plain text", suggestion=_unescaped(token))
    for m in finditer(TAG_RE, text):
        token = m.group()
        if token in source or text[m.start() - 1:m.start()] + text[m.end():m.end() + 1] == "<>":
            continue  # (in doubled angle brackets it is a template's placeholder: TQ201's)
        if token.startswith("&"):
            import html  # only text with entities pays for the entity table

            bare = "".join(token.split())
            decoded = html.unescape(bare if bare.endswith(";") else bare + ";")
            yield Hit(m.start(), m.end(), f"HTML entity {token!r} in plain text", suggestion=decoded if decoded != token else None)
        else:
            yield Hit(m.start(), m.end(), f"{'markup' if token[0] == '[' else 'HTML'} tag {token!r} in plain text", suggestion="")


def _unescaped(token: str) -> str | None:
    """The character a "\\u" escape stands for; None for a line break or tab written out, whose
    fix would change the lines of a line-aligned file, and for a code that is no character."""
    if token[1] not in "uU":
        return None
    code = int(token[2:], 16)
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else None


TEMPLATE_RE = LazyPattern(
    r"\{\{[^{}\n]{1,80}\}\}|\$\{[^{}\n]{1,80}\}|\{[A-Za-z_][A-Za-z0-9_.]{0,40}\}|\{[0-9]{1,2}\}"
    # "%%AD%%", "%AD_SLOT%": an ad server's markers, in any script once translated ("%%विज्ञापन%%")
    r"|%%[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]{0,40}%%|(?<![\p{L}\p{N}%])%[A-Z][A-Z0-9_]{1,30}%(?![\p{L}\p{N}%])"
    # (translated: "%विज्ञापन_बैनर%"; prose puts no letters of another script right after a per cent sign)
    r"|(?<![\p{L}\p{N}%])%(?=[^\x00-\x7f])[\p{L}\p{M}][\p{L}\p{M}\p{N}_]{0,40}%(?![\p{L}\p{N}%])"
    rf"|{FORMAT_SPECIFIER}"
)


@rule(
    "TQ203",
    "template-variable",
    category="markup",
    summary="Template variables and format specifiers left in the text",
    severity="error",
    trigger=Hint("{%"),
)
def template_variable(seg, ctx):
    """Template syntax ("{{author_name}}", "${name}", "{0}", "%s", "%(count)d") in text.

    In a news item such tokens are an unrendered template.  In software
    strings they are real variables: when the same token appears in the
    source it is expected and not reported (TQ204 checks it is kept).  A
    variable named for a placeholder word ("{{ad_slot_2}}") is an ad slot,
    reported by TQ201 even where the source has it.

    Bad (hi): कार्यक्रम संपन्न हुआ। {{author_name}} अगले दिन
    Bad (en): Welcome, %s, to the portal.
    Bad (hi): कुल %1$s लोग आए।
    Bad (hi): पुल खुल गया। %%AD%% यातायात शुरू हुआ।
    Bad (hi): पुल खुल गया। %%विज्ञापन%% यातायात शुरू हुआ।
    Bad (hi): पुल खुल गया। %विज्ञापन_बैनर% यातायात शुरू हुआ।
    Good (hi): लागत 5% विज्ञापन पर और 7% वेतन पर गई।
    Good (en): Profits rose 5% since 2023, and 7% of firms said so.
    Good (en): Growth was 5%-7% in 2023, and 3% in 2024.
    Good (en): Sets like {1, 2} are fine in prose.
    """
    text = seg.target
    source = seg.source or ""
    for m in finditer(TEMPLATE_RE, text):
        if m.group() in source or m.group()[0] == "{" and _names_placeholder(m.group(), ctx.target.code):
            continue  # kept from the source, or an ad slot ("{{ad_2}}"): TQ201's
        yield Hit(m.start(), m.end(), f"unrendered template variable {m.group()!r}")


#: Tokens that must come through translation unchanged, each behind a cheap, case-sensitive
#: pattern for what it cannot occur without (most sources have none, and skip the full pattern).
VERBATIM = (
    (Hint(("://", *WWW_NEEDLES)), LazyPattern(r"(?:https?://|ftp://|www\.)[^\s<>\"'\]\[()]+[^\s<>\"'\]\[().,;:!?]", regex.IGNORECASE)),
    (Hint("@"), EMAIL_RE),
    # a social-media handle ("@baohaiduong"); an e-mail address's "@" follows a letter and is not one
    (Hint("@"), LazyPattern(r"(?<![\w@.])@[A-Za-z0-9_]{2,30}\b")),
    # ASCII word boundaries: a superset of FILENAME_RE's Unicode ones
    (Hint((), re.compile(r"\.[A-Za-z][A-Za-z0-9]{1,3}\b", re.ASCII)), FILENAME_RE),
    (Hint("/"), IDENTIFIER_RE),
    (Hint("<&"), TAG_RE),
    (Hint("{%"), TEMPLATE_RE),
)


@rule(
    "TQ204",
    "verbatim-not-kept",
    category="markup",
    summary="A URL, identifier, tag or variable of the source is missing from the target",
    severity="warning",
    needs_source=True,
)
def verbatim_not_kept(seg, ctx):
    """Tokens that must pass through translation unchanged but did not.

    URLs, e-mail addresses, social-media handles, file names, official
    document numbers such as "3568/TB-UBND", inline tags and template
    variables are identifiers, not words.  MT engines transliterate or
    translate them ("3568/टीबी-यूबीएनडी", "@बाओहाईडुओंग").
    The finding points at the target's rendering of the token where one is
    recognisable (a word sharing a third of the token and four characters
    at least: "3568/टीबी-यूबीएनडी", "https://example.vn/news"; or the word
    with the "@" or "://" of an address spelled in another script:
    "लिएनहे@बाओहाईडुओंग.वीएन"), at the token in the source otherwise; its
    suggestion is the token itself.

    Bad (vi>hi): Theo Công văn số 3568/TB-UBND của tỉnh. => प्रांत के दस्तावेज़ संख्या 3568/टीबी-यूबीएनडी के अनुसार।
    Bad (vi>en): Xem tại https://example.vn/tin-tuc => See https://example.vn/news
    Good (vi>hi): Theo Công văn số 3568/TB-UBND của tỉnh. => प्रांत के दस्तावेज़ संख्या 3568/TB-UBND के अनुसार।
    Good (vi>en): Liên hệ ban@example.vn để biết thêm. => Contact ban@example.vn for details.
    Bad (vi>hi): Theo dõi @baohaiduong để cập nhật. => अपडेट के लिए @बाओहाईडुओंग को फॉलो करें।
    Bad (vi>hi): Liên hệ qua email lienhe@baohaiduong.vn. => ईमेल लिएनहे@बाओहाईडुओंग.वीएन पर संपर्क करें।
    """
    source, target = seg.source, seg.target
    found = {}
    for hint, pattern in VERBATIM:
        if hint.search(source) is not None:
            for m in finditer(pattern, source):
                found.setdefault(m.start(), m)
    covered = -1
    for start in sorted(found):
        m = found[start]
        if m.end() <= covered:
            continue  # an identifier inside a URL already reported
        covered = max(covered, m.end())
        token = m.group()
        if token in target:
            continue
        rendering = _rendering_of(token, target)
        if rendering is not None:
            s, e = rendering
            yield Hit(s, e, f"{target[s:e]!r} renders {token!r} of the source, which must be kept verbatim", suggestion=token)
        else:
            yield Hit(m.start(), m.end(), f"{token!r} from the source is missing from the target (identifiers, URLs and markup must be kept verbatim)", suggestion=token, field="source")


#: A word of the target with the punctuation around it (group 1 is the word).
_CHUNK_RE = re.compile(r"[(\"'“‘«]*(\S+?)[.,;:!?।)\"'”’»]*(?=\s|$)")


def _rendering_of(token: str, target: str) -> tuple[int, int] | None:
    """The span of the target's word that most resembles ``token``, which the target lacks: the
    one sharing the longest stretch with it, of a third of the token and four characters at least
    ("3568/" of "3568/टीबी-यूबीएनडी", "@example.vn" of "संपर्क@example.vn")."""
    import difflib

    best, span = max(4, len(token) // 3) - 1, None
    marked = None  # a word with the token's "@" or "://", spelled in another script ("लिएनहे@बाओहाईडुओंग.वीएन")
    mark = next((mark for mark in RENDERING_MARKS if mark in token), None)
    for m in _CHUNK_RE.finditer(target):
        word = m.group(1)
        shared = difflib.SequenceMatcher(None, token, word, autojunk=False).find_longest_match(0, len(token), 0, len(word)).size
        if shared > best:
            best, span = shared, m.span(1)
        if marked is None and mark is not None and mark in word:
            marked = m.span(1)
    return span or marked


#: What an e-mail address, a handle or a URL keeps however its letters are rendered.
RENDERING_MARKS = ("://", "@")
