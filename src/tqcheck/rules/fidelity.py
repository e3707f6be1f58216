"""Fidelity family (TQ9xx): output that does not follow its source: loops, doubled glosses, lost or invented text."""
from __future__ import annotations

import functools
import itertools
import math
import operator
import unicodedata

import regex

from ..languages.profile import length_factors
from ..model import Hit, Severity
from ..registry import rule
from ..text import CLOSING_CHARS, Hint, LazyPattern, TextInfo, finditer, mark_hint, sentence_end_re


def _repeats(tokens, n: int, i: int) -> int:
    """How many times the n-gram at ``i`` repeats back to back (1 = no repeat)."""
    count = 1
    gram = tokens[i:i + n]
    j = i + n
    while j + n <= len(tokens) and tokens[j:j + n] == gram:
        count += 1
        j += n
    return count


def _may_loop(tokens: list[str], max_n: int, min_repeats: int, min_single: int, min_bare: int, min_doubled: int, min_content: int = 0) -> bool:
    """Cheap necessary conditions for a loop.

    A phrase of n words said r times in a row makes (r - 1) * n positions k
    with ``tokens[k] == tokens[k + n]``, and as many repeated tokens: r - 1
    for a word said over and over (r is ``min_bare`` at least, or ``min_repeats``
    for a content word where ``min_content`` is set), 2n for a
    phrase said ``min_repeats`` times, n for one of ``min_doubled`` words or
    more said twice, and n such positions side by side for a shorter one of
    ``min_content`` words or more said twice ("A B A B").
    """
    single = min(min_single, min_bare)
    if min_content:
        single = min(single, min_repeats)  # a content word said min_repeats times
    doubled = min_doubled or max_n + 1
    shorter = range(min_content, min(doubled, max_n + 1)) if min_content else range(0)
    # each position k with tokens[k] == tokens[k + n] has a repeated token at k + n: there are
    # no more such positions at any distance n than repeated tokens
    repeated = len(tokens) - len(set(tokens))
    if repeated < min(single - 1, 2 * (min_repeats - 1), doubled, *shorter):
        return False
    if single - 1 <= sum(map(operator.eq, tokens, tokens[1:])):
        return True
    for n in shorter:
        if n <= repeated and b"\x01" * n in bytes(map(operator.eq, tokens, tokens[n:])):  # n such positions side by side
            return True
    return any(
        (1 if n >= doubled else min_repeats - 1) * n <= sum(map(operator.eq, tokens, tokens[n:]))
        for n in range(2, min(max_n, repeated) + 1)
    )


@rule(
    "TQ901",
    "repetition-loop",
    category="fidelity",
    summary="A phrase repeated in a row (an MT decoding loop)",
    severity="error",
    options={
        "max_phrase_words": 8, "min_repeats": 3, "min_repeats_single_word": 6, "min_repeats_bare_word": 4, "min_words_doubled": 3,
        "min_content_words_doubled": 2, "min_letters_doubled_unspaced": 4,
    },
    fixable="unsafe",
)
def repetition_loop(seg, ctx):
    """The same phrase over and over ("सम्मेलन को सम्मेलन को सम्मेलन को").

    Neural MT falls into loops when decoding goes wrong.  A phrase of two to
    ``max_phrase_words`` words repeated ``min_repeats`` times in a row, a
    single word repeated ``min_repeats_single_word`` times, or
    ``min_repeats_bare_word`` times with nothing but spaces between
    ("समापन समापन समापन समापन", or with the same colon or danda glued to
    each copy: "गई: गई: गई: गई:"), is reported once, spanning the whole loop,
    unless the source repeats itself as many times (a faithful translation).
    So is a phrase of ``min_words_doubled`` words or more (0: never) said
    just twice with no punctuation between ("नई योजना को मंजूरी दी नई
    योजना को मंजूरी दी", "कम से कम 5% कम से कम 5%"): a chant keeps a
    comma between its copies ("Pump it out, pump it out"), and shorter
    doubles are often idiom ("से कम से कम"), unless each of their words
    (``min_content_words_doubled`` or more; 0: never) is a word of three
    letters or more and none a function word of a shipped profile ("घरेलू
    हिंसा घरेलू हिंसा", "happen early happen early"), or they are two words
    with only a space between them, one such word and one function word
    ("in the western the western part"; not a refrain that goes on
    alternating them, "more and more and more"); such a word alone
    said ``min_repeats`` times with nothing but spaces between is a loop
    too ("tons tons tons"), and so is one of four letters or more with a
    comma after each copy, outside a quotation ("জানায়, জানায়, জানায়,").  A span copied twice from
    mid-clause, across a sentence's end, is reported with its punctuation
    ("injuring 12. people and injuring 12.").
    Emphatic speech ("No, no, no, no", "बहुत बहुत") is below both
    single-word thresholds; in languages written without spaces between
    words, a space parts phrases as a comma does, so only the first applies
    and no phrase said twice is reported.  Inside their runs of letters,
    a span of two letters or more (not one letter over and over, "哈哈哈")
    repeated ``min_repeats`` times is a loop ("出口出口出口"), and so is one of
    ``min_letters_doubled_unspaced`` letters or more said twice (0: never),
    each letter counted with its marks: reduplication doubles shorter words
    ("看看", "いろいろ").

    Bad (hi): सम्मेलन को सम्मेलन को सम्मेलन को संबोधित करते हुए
    Bad (en): Director of the Department of Finance and Finance and Finance and head of the bloc
    Bad (hi): सम्मेलन का समापन समापन समापन समापन हुआ।
    Bad (hi): योजना बंद हो गई: गई: गई: गई: और लोग लौटे।
    Bad (hi): प्रांत ने नई योजना को मंजूरी दी नई योजना को मंजूरी दी और काम शुरू हुआ।
    Bad (en): The province approved the new plan the new plan on Monday.
    Bad (en): Traffic eases in the western the western part of the city.
    Good (en): Prices rose more and more and more.
    Bad (hi): लक्ष्य कम से कम 5% कम से कम 5% अधिक राजस्व जुटाना है।
    Bad (bn): প্রদেশে উচ্চমানের ধান উচ্চমানের ধান চাষ হয়।
    Good (hi): उन पर घरेलू हिंसा, घरेलू हिंसा की रिपोर्ट में बाधा डालने का आरोप है।
    Bad (en): The crash killed 3 people and injuring 12. people and injuring 12.
    Bad (hi): समारोह आयोजित किया। प्रतियोगिता 5 दिनों तक, किया। प्रतियोगिता 5 दिनों तक, चलेगी।
    Good (en): He said we will fight them, we will fight them, and won.
    Good (en): "No, no, no, no, no," she said.
    Bad (bn): তদন্তকারী সংস্থা জানায়, জানায়, জানায়, জানায়, মে থেকে চুরি হয়েছে।
    Bad (en): The agency reported, reported, reported, reported, that thefts began in May.
    Good (en): "Work, work, work, work," the crowd chanted.
    Good (en): They shouted yes, yes, yes and left.
    Good (th): เขาตะโกนว่า ไม่ ไม่ ไม่ ไม่ ไม่
    Bad (zh): 该省已向80个国家出口出口出口咖啡。
    Bad (zh): 该省出口咖啡出口咖啡到80个国家。
    Bad (zh): 研究研究所研究研究所的报告
    Bad (th): จังหวัดส่งออกกาแฟส่งออกกาแฟไปยัง 80 ประเทศ
    Good (zh): 我们研究研究再说，哈哈哈哈。
    Good (ja): 選手たちはいろいろな国から来た。
    Bad (ko): 성은 80개국에 커피를 수출했다 수출했다 수출했다 수출했다.
    Good (hi): बहुत बहुत धन्यवाद, धीरे धीरे आगे बढ़ें।
    Bad (en): Rice exports reached 7.8 million tons tons tons this year.
    Good (en): He waved and shouted "go go go" at the runners.
    Good (hi): कम से कम 20 लोग आए, 5 से कम से कम 2 गए।
    Good (en): They chanted "Pump it out, pump it out" all night.
    Good (vi>hi): Giá tăng, tăng, tăng, tăng, tăng, tăng mãi. => कीमतें बढ़ीं, बढ़ीं, बढ़ीं, बढ़ीं, बढ़ीं, बढ़ीं लगातार।
    """
    options = ctx.options
    max_n, min_repeats, min_single = options["max_phrase_words"], options["min_repeats"], options["min_repeats_single_word"]
    if ctx.target.unspaced:
        yield from _unspaced_loops(seg, ctx, min_repeats, options["min_letters_doubled_unspaced"])
    min_bare, min_doubled, content = _spacing_thresholds(ctx.target, options)
    if not _may_loop(ctx.text.folded_tokens, max_n, min_repeats, min_single, min_bare, min_doubled, content[0]):
        return
    text, words = seg.target, ctx.text.tokens
    in_source = None
    for i, n, count in _loops(text, words, max_n, min_repeats, min_single, min_bare, min_doubled, ctx.target.sentence_end, content):
        if in_source is None:
            # a source that repeats itself as often was translated faithfully ("tăng 5%, tăng 5%, tăng 5%")
            if seg.source:
                bare, doubled, source_content = _spacing_thresholds(ctx.source, options)
                in_source = {c for _, _, c in _loops(seg.source, ctx.src.tokens, max_n, min_repeats, min_single, bare, doubled, ctx.source.sentence_end, source_content)}
            else:
                in_source = set()
        if count in in_source or ctx.text.overlaps_misread(words[i][0], words[i + n * count - 1][1]):
            continue  # a faithful repeat, or the letters of a misread word ("à¤¸à¤®à¥\x8dà¤®"), TQ103's
        phrase = text[words[i][0]:words[i + n - 1][1]]
        times = "twice" if count == 2 else f"{count} times"
        yield Hit(words[i][0], words[i + n * count - 1][1], f"{phrase!r} repeated {times} in a row", suggestion=phrase)


#: The letters of a loop inside a run of text written without spaces, each with its marks: the
#: longest span it repeats, back to back.
MAX_UNSPACED_LOOP_LETTERS = 12


@functools.lru_cache(maxsize=None)
def _unspaced_loop_re(scripts: tuple[str, ...]) -> regex.Pattern:
    """A span of two letters or more of ``scripts`` said at least twice in a row, the longest first:
    "研究研究所" said twice, not "研究"."""
    letter = "[" + "".join(rf"\p{{scx={code}}}" for code in scripts) + r"]\p{M}*"
    return regex.compile(rf"((?:{letter}){{2,{MAX_UNSPACED_LOOP_LETTERS}}})\1+")


def _root(span: str) -> str:
    """The shortest part ``span`` is made of, over and over ("出口" of "出口出口出口")."""
    size = len(span)
    for n in range(1, size):
        if size % n == 0 and span[:n] * (size // n) == span:
            return span[:n]
    return span


#: One letter of any script with its marks: what the letters of a loop are counted in.
LETTER_WITH_MARKS_RE = LazyPattern(r"\p{L}\p{M}*")


def _unspaced_loops(seg, ctx, min_repeats: int, min_letters_doubled: int):
    """TQ901's loops inside the runs of letters of a language written without spaces."""
    text = seg.target
    pattern = _unspaced_loop_re(ctx.target.scripts)
    m = pattern.search(text)
    while m:
        span, end = _root(m.group(1)), m.end()
        while text.startswith(span, end):  # the copies of the root after the last copy of the longer span
            end += len(span)
        count = (end - m.start()) // len(span)
        if len(span) == 1:
            m = pattern.search(text, end)  # one letter over and over ("哈哈哈哈")
            continue
        if count < min_repeats and not 0 < min_letters_doubled <= len(LETTER_WITH_MARKS_RE.findall(span)):
            # a short double ("研究研究") may begin a longer loop at its first letter
            m = pattern.search(text, m.start() + 1)
            continue
        if not (seg.source and span * count in seg.source):  # else the source's own words, kept as they are
            times = "twice" if count == 2 else f"{count} times"
            yield Hit(m.start(), end, f"{span!r} repeated {times} in a row", suggestion=span)
        m = pattern.search(text, end)


#: Letters each word of a short phrase said twice needs to count (not "আই এস আই এস", ISIS spelled out).
MIN_CONTENT_WORD_LETTERS = 3


def _spacing_thresholds(profile, options) -> tuple[int, int, tuple[int, frozenset[str]]]:
    """The bare-word and doubled-phrase thresholds for a language, and the words a phrase of
    content words said twice needs with the words that are none (the function words of a shipped
    profile): in one written without spaces between words, a space parts phrases as a comma does
    ("ไม่ ไม่ ไม่ ไม่"), so neither doubled threshold applies."""
    if profile is None or profile.unspaced:
        return options["min_repeats_single_word"], 0, (0, frozenset())
    content = options["min_content_words_doubled"] if profile.shipped else 0
    return options["min_repeats_bare_word"], options["min_words_doubled"], (content, profile.folded_function_words)


def _unpunctuated(gap: str) -> bool:
    """Whether ``gap`` holds spaces and nothing that parts phrases: signs ("%", "$", "°") may stand
    in it, ending the first copy, but no comma, stop, dash, quote or bracket."""
    return gap[-1:].isspace() and all(c.isspace() or c in "%‰‱" or unicodedata.category(c)[0] == "S" for c in gap)


def _copied_mid_clause(text: str, words: list[tuple[int, int, str]], i: int, n: int, sentence_end: tuple[str, ...]) -> bool:
    """Whether the phrase of ``n`` words at ``i``, said twice with punctuation between the copies,
    is a span copied twice rather than a refrain ("Pump it out, pump it out", "we will fight them,
    we will fight them"): the first copy follows a word with only spaces between them, holds the
    end of a sentence, and the copies are the same to the letter, the punctuation after each
    included ("killing 3 people and injuring 12. people and injuring 12.")."""
    if i == 0 or not text[words[i - 1][1]:words[i][0]].isspace():
        return False
    first = text[words[i][0]:words[i + n][0]].rstrip()
    second_end = words[i + 2 * n][0] if i + 2 * n < len(words) else len(text)
    return sentence_end_re(sentence_end).search(first) is not None and first == text[words[i + n][0]:second_end].rstrip()


#: Marks glued to each copy of a word said over and over that make it a loop, not speech: a
#: comma, stop, question or exclamation mark repeats a word in speech ("No, no, no, no!").
LOOP_MARKS = frozenset(":;।॥-–—")
#: Commas, after each copy of a content word of :data:`MIN_COMMA_LOOP_LETTERS` letters or more
#: said ``min_repeats`` times outside a quotation, make a loop too.
COMMAS = frozenset(",،")
MIN_COMMA_LOOP_LETTERS = 4


#: How far back a quotation's opening mark is looked for (a quotation seldom runs longer; the
#: bound keeps a megabyte of repeated words linear).
QUOTE_REACH = 400


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened on its line, within :data:`QUOTE_REACH`
    characters: after an odd number of straight double quotes, or after an opening curly or
    angle quote not closed before it."""
    before = text[max(text.rfind("\n", 0, at) + 1, at - QUOTE_REACH):at]
    if before.count('"') % 2:
        return True
    return any(before.rfind(opening) > before.rfind(closing) for opening, closing in (("“", "”"), ("«", "»"), ("„", "“")))


def _loops(
    text: str, words: list[tuple[int, int, str]], max_n: int, min_repeats: int, min_single: int, min_bare: int, min_doubled: int,
    sentence_end: tuple[str, ...] = (), content: tuple[int, frozenset[str]] = (0, frozenset()),
):
    """(first word, words in the phrase, times in a row) of each loop among ``words`` of ``text``
    (a language's sentence-final marks ``sentence_end``: every Unicode terminal when empty; the
    words a phrase of content words said twice needs, and the function words, ``content``)."""
    tokens = [w.casefold() for _, _, w in words]
    total = len(tokens)
    i = 0
    while i < total:
        found = None
        for n in range(1, max_n + 1):
            if i + 2 * n > total:
                break
            if tokens[i] != tokens[i + n] or tokens[i:i + n] != tokens[i + n:i + 2 * n]:
                continue
            repeats = _repeats(tokens, n, i)
            if n == 1 and repeats < min_single:
                # only the repeats with nothing but spaces between them count now, or the same mark
                # glued to each copy that no speaker repeats a word with ("गई: गई: गई: गई:", not "no, no")
                gaps = [text[words[k][1]:words[k + 1][0]] for k in range(i, i + repeats - 1)]
                mark = gaps[0].strip() if gaps and gaps[0][-1:].isspace() else ""
                # a comma after each copy of a content word of some length, outside a quotation, is a
                # loop's too ("জানায়, জানায়, জানায়,"): speech repeats short words so ("No, no, no,
                # no"), and a quotation may repeat any
                comma = mark in COMMAS and len(tokens[i]) >= MIN_COMMA_LOOP_LETTERS and content[0] and _content_word(tokens[i], content[1]) and not _quoted(text, words[i][0])
                same = gaps[0] if mark and (mark in LOOP_MARKS or comma) else None
                repeats = 1 + sum(1 for _ in itertools.takewhile(lambda gap: gap.isspace() or gap == same, gaps))
                # a content word said three times in a row is a loop too ("tons tons tons", "टन टन टन"):
                # speech repeats short words and function words ("no no no", "very very very")
                needed = min(min_bare, min_repeats) if comma or (content[0] and _content_words(tokens[i:i + 1], (1, content[1]))) else min_bare
            elif (0 < min_doubled <= n or _content_words(tokens[i:i + n], content) or _word_and_its_function_word(text, words, tokens, i, n, content)) and repeats < min_repeats:
                # said just twice: a loop only when no punctuation joins the copies (spaces, or a
                # sign the phrase ends with: "कम से कम 5% कम से कम 5%"), or when a span was copied
                # from mid-clause, its punctuation with it
                doubled = _unpunctuated(text[words[i + n - 1][1]:words[i + n][0]]) or _copied_mid_clause(text, words, i, n, sentence_end)
                needed = 2 if doubled else min_repeats
            else:
                needed = min_single if n == 1 else min_repeats
            if repeats >= needed:
                found = (n, repeats)
                break
        if found:
            n, count = found
            yield i, n, count
            i += n * count
        else:
            i += 1


def _content_words(phrase: list[str], content: tuple[int, frozenset[str]]) -> bool:
    """Whether ``phrase`` is short enough to count said twice only as content words, and is:
    none of its words a function word, each of :data:`MIN_CONTENT_WORD_LETTERS` letters or more."""
    least, function_words = content
    return 0 < least <= len(phrase) and all(_content_word(w, function_words) for w in phrase)


def _content_word(word: str, function_words: frozenset[str]) -> bool:
    """A word of :data:`MIN_CONTENT_WORD_LETTERS` letters or more, without digits, and no function word."""
    return len(word) >= MIN_CONTENT_WORD_LETTERS and not any(map(str.isdigit, word)) and word not in function_words


def _word_and_its_function_word(text: str, words: list[tuple[int, int, str]], tokens: list[str], i: int, n: int, content: tuple[int, frozenset[str]]) -> bool:
    """Whether the two words at ``i``, said twice from there, are a content word of
    :data:`MIN_CONTENT_WORD_LETTERS` letters or more and a function word with only spaces
    between them ("the western the western", "कमी में कमी में"): not speech ("I said, I said, I"),
    nor a refrain that alternates its words once more on either side ("more and more and more")."""
    if n != 2 or not content[0] or (i + 4 < len(tokens) and tokens[i + 4] == tokens[i]) or (i and tokens[i - 1] == tokens[i + 1]):
        return False
    if not text[words[i][1]:words[i + 1][0]].isspace():
        return False
    first, second = tokens[i], tokens[i + 1]
    if (first in content[1]) == (second in content[1]):
        return False  # two function words ("के लिए"), or two content words (:func:`_content_words`)
    return _content_word(second if first in content[1] else first, content[1])


@rule(
    "TQ905",
    "duplicated-sentence",
    category="fidelity",
    summary="The same sentence twice in one document",
    severity="warning",
    scope="document",
    options={"min_words": 5},
    fixable="unsafe",
)
def duplicated_sentence(doc, ctx):
    """A sentence that occurs twice in one document, word for word.

    MT engines that lose their place repeat a whole sentence; a scraper may
    also take a paragraph twice.  Sentences shorter than ``min_words`` words
    (datelines, "No comment.") are not compared.

    Bad (en): The province has 3,000 hectares of mangrove forest. The province has 3,000 hectares of mangrove forest.
    Good (en): The province has 3,000 hectares of mangrove forest. It plans to plant 500 more.
    Good (en>hi): Fears grew. Fears grew again and again, he said. Fears grew again and again, he said. => डर बढ़ा। डर बार बार बढ़ता रहा, उन्होंने कहा। डर बार बार बढ़ता रहा, उन्होंने कहा।
    """
    allowed = None  # the sources' own repeats, counted only once the target has one
    seen: dict[str, tuple[int, int]] = {}
    for i in range(len(doc.segments)):
        for s, e, key in _sentence_keys(ctx.info(i), ctx.options["min_words"]):
            if key in seen and allowed is None:
                allowed = _source_repeats(doc, ctx)
            if key in seen and allowed > 0:
                allowed -= 1
            elif key in seen:
                first = seen[key]
                where = "earlier in this paragraph" if first[0] == i else "earlier in this document"
                yield Hit(s, e, f"sentence repeated word for word ({where})", suggestion="", segment=i)
            else:
                seen[key] = (i, s)


def _source_repeats(doc, ctx) -> int:
    """How many sentences the sources repeat: the target may repeat as many."""
    seen, repeats = set(), 0
    for i, seg in enumerate(doc.segments):
        if not seg.source:
            continue
        for _s, _e, key in _sentence_keys(ctx.info(i, "source"), 0):
            repeats += key in seen
            seen.add(key)
    return repeats


def _sentence_keys(info, min_words: int):
    """(start, end, words) of each sentence of at least ``min_words`` words; words case-folded, joined by spaces."""
    spans = info.sentences
    if len(spans) == 1:  # the usual paragraph of one sentence: its words are the text's
        if len(info.folded_tokens) >= min_words:
            yield spans[0][0], spans[0][1], " ".join(info.folded_tokens)
        return
    for s, e in spans:
        words = TextInfo(info.text[s:e]).folded_tokens
        if len(words) >= min_words:
            yield s, e, " ".join(words)


GLOSS_RE = LazyPattern(r"(?<![\p{L}\p{M}])([\p{L}\p{M}\u200c\u200d]+(?:[ \t][\p{L}\p{M}\u200c\u200d]+){0,3})[ \t]*\([ \t]*\1[ \t]*\)")


@rule(
    "TQ902",
    "doubled-gloss",
    category="fidelity",
    summary="A word followed by itself in brackets, \"गृहनगर (गृहनगर)\"",
    severity="warning",
    fixable="unsafe",
    trigger=Hint("("),
)
def doubled_gloss(seg, ctx):
    """A term followed by the same term in brackets.

    Source texts gloss a local term with a foreign one ("quê hương (hometown)");
    when both halves are translated, the gloss doubles up.

    Bad (hi): वे अपने गृहनगर (गृहनगर) लौटे।
    Bad (en): the emulation bloc (emulation bloc) met.
    Good (hi): वे अपने गृहनगर (हाई डुओंग) लौटे।
    """
    text = seg.target
    for m in finditer(GLOSS_RE, text):
        yield Hit(m.start(), m.end(), f"{m.group(1)!r} glossed by itself", suggestion=m.group(1))


def _paragraph_pairs(seg, ctx) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Source and target paragraphs paired one to one when both texts have as many (lines
    with text), else the two whole texts."""
    whole = [((0, len(seg.source)), (0, len(seg.target)))]
    if "\n" not in seg.source and "\n" not in seg.target:
        return whole  # one paragraph each (the usual case)
    src_lines = [l for l in ctx.src.lines if seg.source[l[0]:l[1]].strip()]
    tgt_lines = [l for l in ctx.text.lines if seg.target[l[0]:l[1]].strip()]
    return list(zip(src_lines, tgt_lines)) if len(src_lines) == len(tgt_lines) else whole


@rule(
    "TQ903",
    "length-mismatch",
    category="fidelity",
    summary="A paragraph much shorter or longer than its source (truncated or hallucinated)",
    severity="warning",
    needs_source=True,
    options={"min_source_chars": 60, "min_ratio": 0.3, "max_ratio": 3.0},
)
def length_mismatch(seg, ctx):
    """A target paragraph whose length is far from its source paragraph's.

    Paragraphs are compared when source and target have the same number of
    them; otherwise the whole text is.  News translation between vi, hi and
    en stays within 0.4-1.8 times the source length in human references; a
    ratio outside ``min_ratio``..``max_ratio`` means text was dropped or
    invented.

    Bad (vi>hi): Theo báo cáo, tổng thu ngân sách năm nay đạt 21.500 tỷ đồng, bằng 112% dự toán được giao và tăng mạnh so với cùng kỳ. => राजस्व बढ़ा।
    Good (vi>hi): Tổng thu ngân sách đạt 21.500 tỷ đồng, bằng 112% dự toán được giao trong năm. => कुल बजट राजस्व 21,500 अरब डोंग रहा, जो निर्धारित अनुमान का 112% है।
    """
    for (ss, se), (ts, te) in _paragraph_pairs(seg, ctx):
        src_len = len(seg.source[ss:se].strip())
        tgt_len = len(seg.target[ts:te].strip())
        if src_len < ctx.options["min_source_chars"]:
            continue
        ratio = tgt_len / src_len
        if ratio < ctx.options["min_ratio"]:
            yield Hit(ts, te, f"target is {ratio:.2f} times as long as its source paragraph: text was probably dropped")
        elif ratio > ctx.options["max_ratio"]:
            yield Hit(ts, te, f"target is {ratio:.1f} times as long as its source paragraph: text was probably invented or repeated")


@rule(
    "TQ904",
    "dropped-sentences",
    category="fidelity",
    summary="Far fewer sentences in the target than in the source",
    severity="warning",
    needs_source=True,
    options={"min_source_sentences": 4, "min_share": 0.5},
)
def dropped_sentences(seg, ctx):
    """The target has far fewer sentences than its source: sentences were omitted.

    Translators merge sentences now and then, so only a target with less than
    ``min_share`` of the source's sentence count is reported.

    Bad (vi>hi): Câu một. Câu hai. Câu ba. Câu bốn. Câu năm. Câu sáu. => पहला वाक्य। दूसरा वाक्य।
    Good (vi>hi): Câu một. Câu hai. Câu ba. Câu bốn. => पहला वाक्य। दूसरा और तीसरा वाक्य। चौथा वाक्य।
    """
    if _most_sentences(ctx.src) < ctx.options["min_source_sentences"]:
        return
    n_src = len(ctx.src.sentences)
    n_tgt = len(ctx.text.sentences)
    if n_src >= ctx.options["min_source_sentences"] and n_tgt < n_src * ctx.options["min_share"]:
        end = len(seg.target.rstrip())
        yield Hit(0, end, f"{n_tgt} sentences for the source's {n_src}: some were probably dropped", severity=Severity.WARNING)


def _most_sentences(info) -> float:
    """An upper bound on ``len(info.sentences)`` found without splitting: every sentence
    but the last of a line ends at a sentence-final mark, so there are at most as
    many as marks plus lines (the last line not counted when it ends with a mark)."""
    marks = info.sentence_end
    if not marks:
        return float("inf")
    text = info.text
    last_ends = text.rstrip().rstrip(CLOSING_CHARS)[-1:] in marks
    hint = mark_hint(marks)  # marks and line breaks in one scan ("\r\n" counts twice: still a bound)
    found = len(hint.findall(text)) if hint is not None else sum(text.count(m) for m in marks) + text.count("\n")
    return found + (not last_ends)


#: Sentence alignment beads (source sentences, target sentences) and the cost of their prior
#: odds, -log p, from how often human translators keep, merge, split, drop and add sentences.
BEADS = ((1, 1, 0.117), (2, 1, 2.42), (1, 2, 2.42), (3, 1, 4.6), (1, 0, 4.6), (0, 1, 4.6))
#: Letters, marks and digits: the length of a sentence, without its spaces and punctuation.
LETTER_RE = LazyPattern(r"[\p{L}\p{M}\p{N}]")


def _length_cost(source: int, target: int, factor: float) -> float:
    """-log of the chance that a translation of ``source`` letters into ``target`` letters is
    this far from the expected ``source * factor`` or farther: the log of their ratio is normal
    around 0, its variance 0.01 + 1.4 / source (fitted on NTREX: short sentences vary more)."""
    z = abs(math.log(target / (source * factor))) / math.sqrt(0.01 + 1.4 / source)
    return -math.log(max(math.erfc(z / math.sqrt(2)), 1e-300))


def _aligned(source: list[int], target: list[int], factor: float, without: tuple[int, int] | None = None) -> tuple[float, list[tuple[int, int, int, int]]]:
    """The cheapest alignment of sentences of ``source`` and ``target`` letters (dynamic
    programming over :data:`BEADS`, as Gale and Church align by length), maybe ``without`` one
    kind of bead (``(1, 0)``: no source sentence left out): its cost and its beads (source start,
    end, target start, end)."""
    n, m = len(source), len(target)
    best = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) == (0, 0):
                continue
            options = []
            for di, dj, prior in BEADS:
                if i < di or j < dj or (di, dj) == without or (i - di, j - dj) not in best:
                    continue
                cost = best[(i - di, j - dj)][0] + prior
                if di and dj:
                    cost += _length_cost(sum(source[i - di:i]) or 1, sum(target[j - dj:j]) or 1, factor)
                options.append((cost, (i - di, j - dj)))
            if options:
                best[(i, j)] = min(options)
    if (n, m) not in best:
        return math.inf, []
    beads, at = [], (n, m)
    while at != (0, 0):
        before = best[at][1]
        beads.append((before[0], at[0], before[1], at[1]))
        at = before
    return best[(n, m)][0], beads[::-1]


def _unmatched_sentences(seg, ctx, added: bool):
    """The (start, end) of sentences no sentence of the other text translates: of the source, left
    out (``added`` false), or of the target, added (``added`` true), in each pair of paragraphs
    where that text has more sentences than the other.  An alignment by length that leaves such a
    sentence unmatched must explain the lengths better than any without, by ``min_evidence``."""
    factors = length_factors()
    if ctx.source is None or ctx.target.unspaced or ctx.source.unspaced:
        return
    source_factor, target_factor = factors.get(ctx.source.code), factors.get(ctx.target.code)
    if source_factor is None or target_factor is None:
        return
    if (len(ctx.text.sentences) < 2) if added else (_most_sentences(ctx.src) <= len(ctx.text.sentences)):
        return  # (the target's sentences are split for other rules too; the source's are not)
    bead = (0, 1) if added else (1, 0)
    for src_span, tgt_span in _paragraph_pairs(seg, ctx):
        source = [s for s in ctx.src.sentences if src_span[0] <= s[0] < src_span[1]]
        target = [s for s in ctx.text.sentences if tgt_span[0] <= s[0] < tgt_span[1]]
        more, fewer = (target, source) if added else (source, target)
        if not fewer or len(more) <= len(fewer):
            continue
        src_letters = [len(LETTER_RE.findall(seg.source, s, e)) for s, e in source]
        tgt_letters = [len(LETTER_RE.findall(seg.target, s, e)) for s, e in target]
        letters = tgt_letters if added else src_letters
        factor = target_factor / source_factor
        cost, beads = _aligned(src_letters, tgt_letters, factor)
        alone = [(j if added else i) for i, k, j, l in beads if (k - i, l - j) == bead]
        alone = [more[k] for k in alone if letters[k] >= ctx.options["min_letters"]]
        if alone and _aligned(src_letters, tgt_letters, factor, without=bead)[0] - cost >= ctx.options["min_evidence"]:
            yield from alone


@rule(
    "TQ906",
    "omitted-sentence",
    category="fidelity",
    summary="A source sentence the translation left out",
    severity="warning",
    needs_source=True,
    options={"min_letters": 25, "min_evidence": 5.0},
)
def omitted_sentence(seg, ctx):
    """A sentence of the source with nothing in the target translating it.

    Where a paragraph of the target has fewer sentences than its source's,
    the sentences are aligned by their lengths (in letters, a language
    writing more or fewer of them for the same text than another, as
    measured on NTREX-128), allowing for merged and split sentences.  When
    leaving one source sentence out explains the lengths better than any
    merging does, by ``min_evidence`` (a log-likelihood ratio), that
    sentence is reported in the source.  Sentences under ``min_letters``
    letters are too short to tell.  Only languages whose length factor is
    known are checked (``languages/data/lengths.toml``).

    Bad (vi>hi): Tỉnh đã khánh thành cây cầu mới bắc qua sông Hồng vào sáng thứ Hai. Dự án có tổng vốn đầu tư hơn 500 tỷ đồng từ ngân sách trung ương và địa phương. Cây cầu dài 1,2 km và rộng 20 m. Người dân địa phương rất vui mừng vì không còn phải đi phà. => प्रांत ने सोमवार सुबह लाल नदी पर बने नए पुल का उद्घाटन किया। पुल 1.2 किमी लंबा और 20 मीटर चौड़ा है। स्थानीय लोग बहुत खुश हैं क्योंकि अब उन्हें नाव से नहीं जाना पड़ेगा।
    Good (vi>hi): Tỉnh đã khánh thành cây cầu mới. Cây cầu dài 1,2 km và rộng 20 m. => प्रांत ने नए पुल का उद्घाटन किया, जो 1.2 किमी लंबा और 20 मीटर चौड़ा है।
    """
    for s, e in _unmatched_sentences(seg, ctx, added=False):
        yield Hit(s, e, "no sentence of the target translates this one: it seems to have been left out", field="source")


@rule(
    "TQ907",
    "added-sentence",
    category="fidelity",
    summary="A target sentence that translates nothing in the source",
    severity="info",
    needs_source=True,
    default_enabled=False,
    options={"min_letters": 25, "min_evidence": 5.0},
)
def added_sentence(seg, ctx):
    """A sentence of the target that no sentence of the source says: invented by the engine
    (a hallucination) or carried over from elsewhere.

    Where a paragraph of the target has more sentences than its source's, the
    sentences are aligned by their lengths as for TQ906, allowing for split
    sentences; when leaving one target sentence unmatched explains the
    lengths better than any split does, by ``min_evidence``, it is noted.
    Human translators split sentences more freely than they drop them, so
    this is a note (info), off by default (``extend-select = ["TQ907"]``):
    on NTREX-128 paragraphs of four sentences it notes one in 270, and finds
    38 % of the sentences put in from elsewhere in the article; where the
    target has other extra lines (furniture, an untranslated sentence) it may
    pick the wrong sentence.

    Bad (vi>hi): Tỉnh đã khánh thành cây cầu mới bắc qua sông Hồng vào sáng thứ Hai. Cây cầu dài 1,2 km và rộng 20 m. => प्रांत ने सोमवार सुबह लाल नदी पर बने नए पुल का उद्घाटन किया। इस परियोजना को पूरा होने में पाँच साल लगे और इसमें हजारों मजदूरों ने काम किया। पुल 1.2 किमी लंबा और 20 मीटर चौड़ा है।
    Good (vi>hi): Tỉnh đã khánh thành cây cầu mới, dài 1,2 km và rộng 20 m. => प्रांत ने नए पुल का उद्घाटन किया। यह 1.2 किमी लंबा और 20 मीटर चौड़ा है।
    """
    for s, e in _unmatched_sentences(seg, ctx, added=True):
        yield Hit(s, e, "no sentence of the source says this: it seems to have been added")


#: Words in a phrase of words grammar never says twice (the profile's ``fidelity.never_doubled``).
MAX_DOUBLED_GRAMMAR_WORDS = 2


@rule(
    "TQ908",
    "doubled-word",
    category="fidelity",
    summary="A word that grammar never says twice, said twice (\"में में\", \"of the of the\")",
    severity="info",
    fixable="safe",
)
def doubled_word(seg, ctx):
    """A word, or two, that grammar never says twice in a row, said twice with only spaces
    between: "में में", "के लिए के लिए", "of the of the".

    The words are the profile's ``fidelity.never_doubled``: postpositions,
    articles, auxiliaries ("के", "की", "the", "của"), not the words a
    language doubles on purpose ("धीरे धीरे", "ছোট ছোট", "từ từ", "that
    that").  Said a third time it is a loop, TQ901's; after a hyphen it
    ends a word of its own ("Moon Jae-in in 2018").  A slip of MT and of
    careful writers alike (NTREX's human references have it in three
    Hindi articles of 123), so it is a note (info); raise it with
    ``severity = {TQ908 = "warning"}``.  The fix removes the second copy.

    Bad (hi): सड़कों को बेहतर बनाने के लिए लिए धन खर्च किया गया।
    Bad (hi): यूके के बाज़ार में जाने के लिए के लिए योजना बनी।
    Bad (en): According to to the official, none of the of the states agreed.
    Bad (vi): Toàn bộ phần xương đòn của của cậu bé bị lộ ra.
    Good (hi): बहुत बहुत धन्यवाद, धीरे धीरे आगे बढ़ें।
    Good (en): He said that that was wrong, as Moon Jae-in in Seoul had.
    Good (hi): के के के के के लोग आए।
    """
    never = ctx.target.never_doubled
    folded = ctx.text.folded_tokens
    if not any(map(operator.eq, folded, folded[1:])) and b"\x01\x01" not in bytes(map(operator.eq, folded, folded[2:])):
        return  # no word said twice, nor two words (two words side by side each equal to the one two after it)
    text, tokens = seg.target, ctx.text.tokens
    after = 0  # where the last doubled phrase reported ends
    for k in [k for k, w in enumerate(folded) if w in never]:
        if k < after:
            continue
        for n in range(1, MAX_DOUBLED_GRAMMAR_WORDS + 1):
            phrase = folded[k:k + n]
            if k + 2 * n > len(folded) or folded[k + n:k + 2 * n] != phrase or not never.issuperset(phrase) or len(set(phrase)) < n:
                continue
            if folded[k + 2 * n:k + 3 * n] == phrase or (k >= n and folded[k - n:k] == phrase):
                continue  # three times or more: a loop, reported as one
            start, end = tokens[k][0], tokens[k + 2 * n - 1][1]
            if any(text[tokens[j][1]:tokens[j + 1][0]].strip(" \u00a0") for j in range(k, k + 2 * n - 1)):
                continue  # something else than spaces between the words ("it, it")
            if start and text[start - 1] in "-–'’":
                continue  # the end of a word joined by a hyphen ("Jae-in in")
            said = " ".join(phrase)
            if seg.source and f"{said} {said}" in ctx.src.folded:
                continue
            first = text[start:tokens[k + n - 1][1]]
            yield Hit(start, end, f"{first!r} said twice in a row", suggestion=first)
            after = k + 2 * n
            break
