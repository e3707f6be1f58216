"""Typography family (TQ8xx): spacing around punctuation, quotes, brackets, full stops."""
from __future__ import annotations

import collections
import re
import unicodedata

import regex

from ..model import Hit, Severity
from ..registry import rule
from ..text import LETTERS_RE, Hint, LazyPattern, finditer

#: Right after the end of a word, or of a quotation or bracket closing it.
AFTER_WORD = r"(?<=[\p{L}\p{M}\p{N}\"'”’)\]])"
#: The Indic sentence marks, which no typography spaces from the word before them.
DANDAS = "।॥"
#: The full-width marks of Chinese and Japanese, which no space ever precedes or follows.
FULL_WIDTH_MARKS = "。，、？！；"
#: A space, then a mark that ends the word before it: before a space, a line end or a closing quote,
#: or (a danda) glued to the next word instead ("हुआ ।उन्होंने": the space belongs after it), or (a
#: full-width mark) wherever it stands.
SPACE_BEFORE_RE = LazyPattern(
    AFTER_WORD + rf"[ \t\u00a0\u3000]+(?:([{DANDAS},;:?!](?!\S*//)|\.(?![\p{{N}}.]))(?=\s|$|[\"'”’)\]])|([{DANDAS}])(?=[\p{{L}}\p{{N}}])|([,;])(?=\p{{L}})|([{FULL_WIDTH_MARKS}]))"
)


@rule(
    "TQ801",
    "space-before-punctuation",
    category="typography",
    summary="A space before a danda, full stop, comma, colon, question or exclamation mark",
    severity="warning",
    fixable="safe",
    trigger=re.compile(r"[ \t\u00a0\u3000][।॥,;:.?!。，、？！；]"),
)
def space_before_punctuation(seg, ctx):
    """A space between a word and the punctuation that closes it ("है ।", "said ,", "हुआ ?").

    MT output and careless copy-editing leave it; in Hindi, Marathi and
    English it is an error.  Where a language's typesetting commonly spaces
    its punctuation (Nepali, Bengali), it is reported at info level.  Marks
    a language's typography spaces (French ";", "?", "!") are left alone, and
    so is a no-break space before them in any language; before a danda, a
    full stop or a comma it is reported like any space, and so is any space
    before the full-width marks of Chinese and Japanese ("。", "，").  A colon
    between two figures ("3 : 1") is a score's, and in a language that
    writes no spaces between words (Thai) a space may part a phrase from a
    colon.  The fix removes the space.

    Bad (hi): सामग्री प्राप्त हुई है ।
    Bad (en): The budget rose , officials said.
    Bad (hi): क्या काम पूरा हुआ ?
    Bad (hi): सामग्री प्राप्त हुई है\u00a0।
    Bad (en): The budget rose\u00a0, officials said\u00a0.
    Good (en): Who did it\u00a0? Nobody.
    Bad (hi): सामग्री प्राप्त हुई है ।उन्होंने कहा।
    Bad (hi): उन्होंने सुधार पर बल दिया ,जो जरूरी है।
    Bad (en): Mr Nam said : "We are happy".
    Bad (hi): श्री नाम ने कहा : "हम खुश हैं"।
    Good (en): The home side won 3 : 1 on Sunday.
    Good (th): การโจมตีที่ Midsomer Norton : จับกุมชายสี่คน
    Bad (mr): बैठक झाली . प्रांताने सांगितले.
    Good (fr): Qui l’a fait ? Personne !
    Bad (ru): Кто это сделал ? Никто.
    Good (hi): सामग्री प्राप्त हुई है। लक्ष्य 2.5 है।
    Good (en): The ratio fell to .5 last year, officials said.
    Bad (zh): 该省已向80个国家出口咖啡 。
    Bad (ja): 会議は15時に始まった 。 選手たちは 、いろいろな国から来た。
    Good (zh): 该省已向80个国家出口咖啡。总损失估计为850亿越南盾。
    """
    text = seg.target
    info = ctx.target.space_before_stop == "common"
    for m in finditer(SPACE_BEFORE_RE, text):
        mark = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        if mark == "." and "." not in ctx.target.sentence_end:
            continue  # a full stop where it ends no sentence is too varied to judge
        if mark == ":" and (ctx.target.unspaced or (text[m.start() - 1].isdigit() and text[m.end():m.end() + 2].strip()[:1].isdigit())):
            continue  # a score or a ratio ("3 : 1"); where a space parts phrases (Thai), it may stand before a colon
        if mark in ctx.target.spaced_marks:
            continue  # the language's typography spaces it (French)
        if mark not in DANDAS + FULL_WIDTH_MARKS + ".," and ("\u00a0" in m.group() or "\u202f" in m.group()):
            # a no-break space before a colon, question or exclamation mark is deliberate typography
            # (French); no typography spaces a full stop, a comma or a danda so
            continue
        severity = Severity.INFO if info else None
        # "हुआ ।उन्होंने", "दिया ,जो": the space goes after the mark
        yield Hit(m.start(), m.end(), f"space before {mark!r}", suggestion=mark + " " if m.group(2) or m.group(3) else mark, severity=severity)


#: A word, then a mark that ends a sentence or a clause, then at once the next word: a comma
#: or semicolon before a letter ("1,000" stays), a danda, question or exclamation mark before
#: a letter or digit; a full stop only after two small letters and before a capital and a small one
#: ("opened.The"): abbreviations ("Mr.Smith", "TP.HCM"), domains and decimals join it otherwise.  A
#: "?" before a small letter is left out: a letter lost in a wrong encoding ("Nguy?n", TQ103).
NO_SPACE_AFTER_RE = LazyPattern(AFTER_WORD + r"(?:([,;])(?=\p{L})|([।॥!]|\?(?!\p{Ll}))(?=[\p{L}\p{N}])|(?<=\p{Ll}\p{Ll})\.(?=\p{Lu}\p{Ll}))")


@rule(
    "TQ807",
    "space-after-punctuation",
    category="typography",
    summary="No space after a danda, full stop, comma, semicolon, question or exclamation mark",
    severity="warning",
    fixable="safe",
    # one of the marks with something other than a space or more punctuation after it (most texts
    # have their marks only before spaces and at line ends): the standard engine's fast scan
    trigger=re.compile(r"[,;।॥!?][^\s,;।॥!?.\"'”’)\]]|\.[^\W\d_]"),
)
def space_after_punctuation(seg, ctx):
    """Two words glued together by punctuation ("भाग लिया।कॉमरेड ने कहा", "roads,bridges").

    MT engines and scrapers that join sentences or paragraphs drop the
    space after the mark: after a danda, question or exclamation mark, or a
    full stop between a small letter and a capital ("opened.Traffic"), it is
    a warning.  A comma or semicolon glued to the next word is common in
    careful human copy too (Nepali and Bengali news), so it is reported at
    info level.  URLs, e-mail addresses and other protected spans are left
    alone, and so are languages written without spaces between words
    (Thai, Chinese, Japanese...).  The fix puts the space back.

    Bad (hi): कॉमरेड ने भाग लिया।उन्होंने कहा कि काम जारी रहेगा।
    Bad (en): The province built roads,bridges and schools.
    Bad (en): The bridge opened.Traffic resumed on Monday.
    Good (en): Mr.Smith met officials in TP.HCM and visited example.com.
    Bad (hi): क्या काम पूरा हुआ?अभी नहीं।
    Good (hi): कुल 1,000 लोग आए। उन्होंने कहा, "काम जारी रहेगा।"
    Good (en): See https://example.com/news?id=5,6 for details.
    Good (th): เขากล่าวว่า,ดีมาก
    """
    if ctx.target.unspaced:
        return
    text = seg.target
    info = ctx.text
    for m in finditer(NO_SPACE_AFTER_RE, text):
        if info.protected and info.overlaps_protected(m.start(), m.end()):
            continue
        mark = m.group()
        severity = Severity.INFO if m.group(1) else None
        yield Hit(m.start(), m.end(), f"no space after {mark!r}", suggestion=mark + " ", severity=severity)


QUOTES = "\"“”„«»'‘’"
#: Quotes that open or close by their shape.  A single ‘ is left out of the openers: German
#: and some other typographies close a quotation with it ("‚mutig‘ und").
OPENING, CLOSING = "“„«", "”»’"
QUOTE_RE = re.compile(f"[{QUOTES}]")


@rule(
    "TQ802",
    "quote-spacing",
    category="typography",
    summary="A space just inside quotation marks",
    severity="warning",
    fixable="safe",
    trigger=Hint(QUOTES),
)
def quote_spacing(seg, ctx):
    """A space after an opening quote or before a closing one (`" बजट`, `said "`, `' अच्छा'`).

    A quote touching a word on one side is read from that side, whatever its
    shape; one with spaces on both sides (or starting a line before a space)
    is wrong either way, and so is an opening “ spaced from its word (a “
    after „ closes the quotation, as in German typography).
    Quotations that run over several paragraphs therefore cause no alarm.
    Quotation marks that a language's typography spaces (the profile's
    ``spaced_quotes``: French « ») are left alone.  Where careful copy often
    spaces its quotes (the profile's ``quote_spacing``: Nepali, Bengali news),
    a finding is only a note (info).

    Bad (hi): प्रांत में कुल " बजट राजस्व बढ़ा।
    Bad (hi): " हाई डुओंग प्रांत का विकास" विषय पर।
    Bad (en): He said “ we will win” yesterday.
    Bad (en): He said “we will win ” yesterday.
    Bad (en): He said "we will win ".
    Bad (vi): "Chúng tôi sẽ thắng, " ông nói.
    Bad (hi): उन्होंने कहा, " हम जीतेंगे"।
    Bad (bn): আমি সত্যিই অংশ নিচ্ছি " বলেন তিনি।
    Bad (hi): उन्होंने इसे ' अच्छा' बताया।
    Bad (bn): ‘ অবিশ্বাস্য ' কীর্তি
    Bad (hi): उन्होंने इसे ‘ अच्छा’ बताया।
    Bad (hi): उन्होंने कहा, 'हम जीतेंगे '।
    Bad (hi): उन्होंने कहा, "\u00a0हम जीतेंगे"।
    Bad (hi): उन्होंने कहा, "यह काम जरूरी है। "
    Good (hi): मिलकर खुशी होगी। "
    Good (hi): "अगला अनुच्छेद यहाँ से शुरू होता है
    Good (hi): उन्होंने कहा, "हम जीतेंगे" और चले गए।
    Good (hi): आया जा सकता है," ग्रांट ने कहा।
    Bad (hi): उन्होंने कहा, "हम जीतेंगे " और चले गए।
    Bad (hi): उन्होंने कहा," हम जीतेंगे" और चले गए।
    Good (en): He said “we will win” and left.
    Good (bn): আরিয়ানি বলেছেন, ”এটা এখনো একটি প্রদেশ”।
    Good (bn): তিনি „ধাপে ধাপে“ পদ্ধতির কথা বলেন।
    Good (bn): যুক্তরাষ্ট্র "অনুরূপ ব্যবস্থা“ গ্রহণ করে।
    Bad (en): He said“ we will win.
    Good (de): Er nannte den Plan „mutig“ und ging.
    Good (de): Er nannte den Plan ‚mutig‘ und ging.
    Good (hi): उन्होंने इसे 'अच्छा' और ‘सही’ बताया।
    Good (en): The students' union met at Jacquemus' shop in the '90s.
    Good (fr): Il a dit « nous gagnerons » hier.
    Good (hi): होम » समाचार » प्रांत
    Good (en): Read more »
    """
    text = seg.target
    spaced = ctx.target.spaced_quotes
    severity = Severity.INFO if ctx.target.quote_spacing == "common" else None
    # a no-break space inside quotes is a space, except where typography spaces quotes with one
    gaps = " \t" if spaced else " \t\u00a0\u202f"
    n = len(text)
    low_open = False  # a „ is open, so the next “ closes it („…“: German, and some Bengali copy)
    double_open = False  # a double quote opened a quotation before a word, and none closed it yet
    for m in QUOTE_RE.finditer(ctx.text.legible):
        i, ch = m.start(), m.group()
        if ch in spaced or (ch == "»" and _separates(text, i)):
            continue
        opening = ch in OPENING and not (ch == "“" and low_open)
        low_open = ch == "„" or (low_open and ch not in "“”")
        # a line start counts as space; a line end does not (a closing quote may end a line after a space)
        space_before = i == 0 or text[i - 1] in gaps or text[i - 1] == "\n"
        space_after = i + 1 < n and text[i + 1] in gaps
        if ch in DOUBLE_QUOTES:
            word_before = i > 0 and _in_word(text[i - 1])
            if not word_before and i + 1 < n and _in_word(text[i + 1]):
                double_open = True
            elif word_before and double_open:
                double_open = False
                if ch == "“" and space_after:
                    continue  # a quotation closed with the opening mark ('"অনুরূপ ব্যবস্থা“ গ্রহণ'): its spacing is right
        # spaces on both sides with a word before them: either side; nothing but spaces before: it opens
        side = _spaced_side(text, i, ch) if space_after and space_before and _skip(text, i - 1, -1, gaps) >= 0 else "open"
        if side is None:
            # it may open a quotation or close one: no side is chosen for the fix
            yield Hit(_skip(text, i - 1, -1, gaps) + 1, _skip(text, i + 1, 1, gaps), "spaces on both sides of a quotation mark", severity=severity)
        elif side == "close" and ch != "'":
            # spaces on both sides, after the end of a clause: the quote closes it ('rồi, " ông nói')
            start = _skip(text, i - 1, -1, gaps) + 1
            yield Hit(start - 1, i + 1, "space before a closing quotation mark", suggestion=text[start - 1] + ch, severity=severity)
        elif side == "open" and space_after and (space_before or opening or (ch == '"' and _opens_after_comma(text, i))):
            end = _skip(text, i + 1, 1, gaps)
            word_end = _word_edge(text, end, 1)
            yield Hit(i, word_end, "space after an opening quotation mark", suggestion=ch + text[end:word_end], severity=severity)
        elif side == "close" or (space_before and i > 0 and text[i - 1] != "\n" and _closes(text, i, ch)):
            start = _skip(text, i - 1, -1, gaps) + 1
            word_start = _word_edge(text, start, -1)
            yield Hit(word_start, i + 1, "space before a closing quotation mark", suggestion=text[word_start:start] + ch, severity=severity)


#: The double quotation marks whose pairing :func:`quote_spacing` follows.
DOUBLE_QUOTES = frozenset('"“”„')


def _in_word(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _spaced_side(text: str, i: int, ch: str) -> str | None:
    """Whether the quote at ``i``, spaced on both sides, opens or closes a quotation ("open",
    "close"), or None when it could do either."""
    if ch == "'":
        return _single_side(text, i)
    if _after_clause(text, i, ch):
        return "close"
    if ch == '"' and _open_on_line(text, i):
        return "close"  # a straight quote opened before it on its line: this one closes ('"हम जीतेंगे " और')
    # the segment's one straight double quote, mid-sentence: it may open a quotation that runs
    # on or close one opened earlier
    return None if ch == '"' and text.count('"') == 1 else "open"


def _open_on_line(text: str, i: int) -> bool:
    """Whether an odd number of straight double quotes precede position ``i`` on its line."""
    return text.count('"', text.rfind("\n", 0, i) + 1, i) % 2 == 1


def _opens_after_comma(text: str, i: int) -> bool:
    """Whether the straight double quote at ``i``, glued to a comma or colon before it and spaced
    from the word after it, opens a quotation ('कहा," हम जीतेंगे" और'): it is the first of the
    line's two straight quotes, and the second closes one (glued to the word before it).  Alone
    on its line, it closes a quotation opened in an earlier paragraph ('..., है," ग्रांट ने कहा।')."""
    if i == 0 or text[i - 1] not in ",:;":
        return False
    line_start, line_end = text.rfind("\n", 0, i) + 1, text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    if text.count('"', line_start, line_end) != 2 or text.find('"', line_start) != i:
        return False  # quotes nested in straight quotes ('"Once he says, "O.K.," we can."') pair up by no count
    later = text.find('"', i + 1, line_end)
    return not text[later - 1].isspace() and text[later - 1] not in ",:;"


def _single_side(text: str, i: int) -> str | None:
    """The side of a straight single quote spaced on both sides, from its neighbours: after a
    quote that opens (a ‘, or a ' with a space before it) it closes; before a ' that ends a word
    and no other word, it opens.  Apostrophes make counting quotes useless."""
    before = max(text.rfind("'", 0, i), text.rfind("‘", 0, i))
    if before >= 0 and (text[before] == "‘" or before == 0 or text[before - 1].isspace()):
        return "close"
    after = text.find("'", i + 1)
    if after > 0 and not text[after - 1].isspace() and (after + 1 == len(text) or not text[after + 1].isalnum()):
        return "open"
    return None


def _after_clause(text: str, i: int, ch: str) -> bool:
    """True when the quote at ``i``, spaced on both sides, closes the quotation: a closing mark by
    its shape, or a straight one after the end of a clause (a comma, a full stop...) that either
    pairs with a quote before it or has none after it (the quotation opened in an earlier
    paragraph: '..., " ông nói').  After 'कहा, ' with a quote further on, it opens one."""
    if ch in CLOSING:
        return True
    before = _skip(text, i - 1, -1)
    if ch != '"' or before < 0 or text[before] not in ".,;:!?।":
        return False
    return text.count('"', 0, i) % 2 == 1 or '"' not in text[i + 1:]


def _closes(text: str, i: int, ch: str) -> bool:
    """True when the quote at ``i`` (with a space before it) can only be closing: punctuation follows
    it, or it ends the line as a closing mark by its shape, or as a straight one pairing with a quote
    that opened on its line (a lone one may open a quotation running into the next paragraph)."""
    after = text[i + 1] if i + 1 < len(text) else ""
    if after != "" and after in ".,;:!?।":
        return True
    if after not in ("", "\n", "\r"):
        return False
    return ch in CLOSING or (ch == '"' and _open_on_line(text, i))


def _skip(text: str, pos: int, step: int, gaps: str = " \t") -> int:
    """First position from ``pos`` (moving by ``step``) that is not one of ``gaps`` (by default a space or tab)."""
    while 0 <= pos < len(text) and text[pos] in gaps:
        pos += step
    return pos


def _word_edge(text: str, pos: int, step: int) -> int:
    """End (step 1) or start (step -1) of the word beginning or ending at ``pos``."""
    if step > 0:
        while pos < len(text) and not text[pos].isspace():
            pos += 1
        return pos
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


#: Doubled marks; a full stop beside a danda is one too, unless it ends a dotted abbreviation ("यू.एस.।").
#: Two full stops after a word are one too many, three an ellipsis.
DOUBLED_RE = LazyPattern(
    r"।।+|॥॥+|(?<![.])[,;:](?:[ \t]*[,;:])+|\.[ \t]+\.(?![ \t]*\.)|(?<!\.[\p{L}\p{M}]{1,3})\.।|।\.(?!\.)|(?<=[\p{L}\p{M}\p{N}])\.\.(?!\.)"
)


@rule(
    "TQ803",
    "doubled-punctuation",
    category="typography",
    summary="Doubled danda, commas or stops",
    severity="warning",
    fixable="safe",
    trigger=regex.compile(r"।।|॥॥|[,;:][ \t]*[,;:]|\.[ \t]*\.|\.।|।\."),
)
def doubled_punctuation(seg, ctx):
    """Punctuation written twice ("।।", ",,", ". .", a full stop beside a danda).  An ellipsis is fine.

    Bad (hi): सम्मेलन समाप्त हुआ।।
    Bad (en): The vote passed,, and the session ended.
    Bad (hi): सम्मेलन समाप्त हुआ.।
    Bad (bn): আমরা জোরালোভাবে নামব।.
    Good (en): He paused... and went on.
    Bad (en): The session ended in Buon Ma Thuot city..
    Good (hi): यह "॥" चिह्न है और यह । भी।
    Good (hi): बैठक में यू.एस.। फिर चर्चा हुई।
    """
    text = seg.target
    for m in finditer(DOUBLED_RE, text):
        mark = "।" if "।" in m.group() else m.group()[0]
        yield Hit(m.start(), m.end(), f"doubled punctuation {m.group()!r}", suggestion=mark)


BRACKETS = {"(": ")", "[": "]", "{": "}"}
BRACKET_RE = LazyPattern(r"[()\[\]{}]")


@rule(
    "TQ804",
    "unbalanced-brackets",
    category="typography",
    summary="Brackets or quotation marks that are not closed",
    severity="info",
    trigger=Hint('()[]{}"“”«»'),
)
def unbalanced_brackets(seg, ctx):
    """An opening bracket without its closing one (or the reverse), an odd number of straight double
    quotes in a paragraph, or curly quotes or guillemets whose openers and closers do not pair up.

    Info level: quotations that run over several paragraphs legitimately
    leave quotes open.

    Bad (en): The fund (worth $2 million was approved.
    Bad (hi): उन्होंने कहा, "हम जीतेंगे और चले गए।
    Bad (hi): उन्होंने कहा, “हम जीतेंगे और चले गए।
    Good (bn): আরিয়ানি বলেছেন, ”এটা এখনো একটি প্রদেশ”।
    Good (de): Er nannte den Plan „mutig“ und ging.
    Good (de): Er nannte den Plan ‚mutig‘ und ging.
    Good (hi): उन्होंने इसे 'अच्छा' और ‘सही’ बताया।
    Good (en): The students' union met at Jacquemus' shop in the '90s.
    Good (en): The fund (worth $2 million) was approved.
    Good (en): Items 1) and 2) were agreed.
    Good (vi): Trang chủ » Thời sự » Giao thông
    """
    text = seg.target
    read = ctx.text.legible  # the "“" of "â€“", a misread en dash (TQ103's), is no quotation mark
    for ls, le in ctx.text.lines:
        stack: list[int] = []
        line = read[ls:le]
        if line.count('"') % 2:
            pos = ls + line.rfind('"')
            yield Hit(pos, pos + 1, "unbalanced straight quotation marks in this paragraph")
        for opener, closer in _quote_pairs(line):
            opened, closed = line.count(opener), line.count(closer)
            if opened != closed:
                pos = ls + line.rfind(opener if opened > closed else closer)
                yield Hit(pos, pos + 1, f"{opener}…{closer} quotation marks that do not pair up in this paragraph")
        closers_without_open = []
        for m in BRACKET_RE.finditer(text, ls, le):
            i, ch = m.start(), m.group()
            if ch in BRACKETS:
                stack.append(i)
            elif ch in BRACKETS.values():
                if stack and BRACKETS[text[stack[-1]]] == ch:
                    stack.pop()
                elif not (ch == ")" and i > ls and (text[i - 1].isdigit() or text[i - 1].isalpha() and (i - 1 == ls or not text[i - 2].isalpha()))):
                    closers_without_open.append(i)
        for i in stack:
            yield Hit(i, i + 1, f"{text[i]!r} is never closed")
        for i in closers_without_open:
            yield Hit(i, i + 1, f"{text[i]!r} closes nothing")


def _quote_pairs(line: str) -> list[tuple[str, str]]:
    """The curly quotes and guillemets ``line`` uses as pairs.  Not “” where „ opens (German “ closes)
    or where no “ stands at all (Swedish and some Bengali copy write ”…”), and « » in either order."""
    pairs = [] if "„" in line or "“" not in line else [("“", "”")]
    if "«" in line or any(not _separates(line, m.start()) for m in GUILLEMET_RE.finditer(line)):
        pairs.append(("«", "»"))
    return pairs


GUILLEMET_RE = re.compile("»")


def _separates(text: str, i: int) -> bool:
    """Whether the "»" at ``i`` parts a breadcrumb trail or ends a "read more »" link: spaced from
    the words before and after it (or ending the line), in a text without a "«" to close."""
    return "«" not in text and i > 0 and text[i - 1] in " \t" and (i + 1 == len(text) or text[i + 1] in " \t\r\n")


DOUBLE_SPACE_RE = LazyPattern(r"(?<=\S)[ \u00a0]{2,}(?=\S)")


@rule(
    "TQ805",
    "double-space",
    category="typography",
    summary="Two or more spaces between words",
    severity="info",
    fixable="safe",
    trigger=Hint(("  ", " \u00a0", "\u00a0 ", "\u00a0\u00a0")),
)
def double_space(seg, ctx):
    """Several spaces where one belongs.  Careful human copy has them too, so this is cosmetic (info).

    Bad (hi): सम्मेलन  आयोजित हुआ।
    Good (hi): सम्मेलन आयोजित हुआ।
    """
    for m in finditer(DOUBLE_SPACE_RE, seg.target):
        yield Hit(m.start(), m.end(), "more than one space between words", suggestion=" ")


@rule(
    "TQ806",
    "mixed-full-stops",
    category="typography",
    summary="Danda and Latin full stop both used to end sentences in one document",
    severity="info",
    scope="document",
)
def mixed_full_stops(doc, ctx):
    """Sentences of one document end sometimes with the language's own full stop ("।") and sometimes with ".".

    Each minority ending is reported once, with the majority mark as the
    suggestion.  Only for languages whose full stop is not ".".

    Bad (hi): पहला वाक्य यहाँ है। दूसरा वाक्य भी है। तीसरा वाक्य यहाँ है.
    Good (hi): पहला वाक्य यहाँ है। दूसरा वाक्य भी है। डॉ. शर्मा ने 2.5 कहा।
    """
    stop = ctx.target.full_stop
    if stop == "." or not any("." in seg.target for seg in doc.segments):
        return  # no Latin full stop anywhere: nothing can end with one
    ends = []
    for i, seg in enumerate(doc.segments):
        text = seg.target
        for s, e in ctx.info(i).sentences:
            k = e - 1
            while k > s and text[k] in "\"'”’»)]":
                k -= 1
            mark = text[k]
            # "डॉ." and other abbreviations split off short pseudo-sentences: count real sentences only
            if mark == stop or (mark == "." and len(LETTERS_RE.findall(text, s, k)) >= 3 and LETTERS_RE.match(text[k - 1])):
                ends.append((i, k, mark))
    counts = collections.Counter(mark for _, _, mark in ends)
    if len(counts) < 2:
        return
    majority = stop if counts[stop] >= counts["."] else "."
    for i, pos, mark in ends:
        if mark != majority:
            yield Hit(pos, pos + 1, f"sentence ends with {mark!r} while most end with {majority!r}", suggestion=majority, segment=i)


#: A pair of round or square brackets on one line and what is between them (group 1), read
#: greedily: a lazy reading would try to close the bracket at every character.
BRACKET_PAIR_RE = LazyPattern(r"[(\[]([^()\[\]\n]{1,300})[)\]]")
SPACES = " \t\u00a0"


@rule(
    "TQ808",
    "bracket-spacing",
    category="typography",
    summary="A space just inside round or square brackets",
    severity="warning",
    fixable="safe",
    trigger=Hint(("(", "[")),
)
def bracket_spacing(seg, ctx):
    """A space between a bracket and the words it encloses ("( वीएनए )", "[ photo ]").

    MT engines and their tokenisers leave it; news in any language writes
    brackets against their words.  A bracket pair with nothing but spaces
    inside is left alone, and so is markup (TQ2xx reports it).  Where copy
    often spaces brackets as it does quotation marks (the profile's
    ``quote_spacing``: Nepali, Bengali news) and in languages written without
    spaces between words (Thai), where spaces also divide phrases, it is
    reported at info level.  The fix removes the spaces.

    Bad (hi): कुल राजस्व ( लगभग 112% ) अनुमान से अधिक रहा।
    Bad (hi): बैठक में ( वीएनए के अनुसार) कई फैसले हुए।
    Bad (en): The company (based in Hanoi ) grew fast.
    Good (hi): कुल राजस्व (लगभग 112%) अनुमान से अधिक रहा।
    Good (en): Fill in the form ( ) and sign it; see (a) and (b).
    Good (en): A list ( see [1 ) closes the wrong bracket, which TQ804 reports.
    """
    text = seg.target
    info = ctx.text
    severity = Severity.INFO if ctx.target.unspaced or ctx.target.quote_spacing == "common" else None
    for m in finditer(BRACKET_PAIR_RE, text):
        opening, closing, inside = text[m.start()], text[m.end() - 1], m.group(1)
        lead, trail = len(inside) - len(inside.lstrip(SPACES)), len(inside) - len(inside.rstrip(SPACES))
        if not (lead or trail) or lead == len(inside) or "([".index(opening) != ")]".index(closing):
            continue
        if info.protected and info.overlaps_protected(m.start(), m.end()):
            continue
        if lead:
            yield Hit(m.start(), m.start() + 1 + lead, f"space after {opening!r}", suggestion=opening, severity=severity)
        if trail:
            yield Hit(m.end() - 1 - trail, m.end(), f"space before {closing!r}", suggestion=closing, severity=severity)
