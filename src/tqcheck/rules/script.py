"""Script family (TQ1xx): letters from the wrong writing system, mixed-script words, broken encodings."""
from __future__ import annotations

import functools
import re
import unicodedata

from ..languages import all_shipped_profiles
from ..languages.profile import UNSPACED_SCRIPTS
from ..model import Hit, Severity
from ..registry import rule
from ..text import LETTERS_RE, Hint, LazyPattern, finditer
from ._scripts import foreign_letter_re, letter_scripts, script_name, script_of

#: Acronyms, model and code names that good news copy keeps in Latin ("FBI", "SS99", "KSWB-TV", "D.C.").
ACRONYM_RE = LazyPattern(r"(?:[A-Z][A-Z0-9&]*\.?)+(?:-[A-Z0-9]+)*|[A-Z]{1,3}[a-z]?[A-Z0-9]+")
#: Latin letters that look like letters of other scripts, for suggestions on mixed words.
CONFUSABLES = {
    "а": "a", "в": "B", "е": "e", "к": "k", "м": "M", "н": "H", "о": "o", "р": "p", "с": "c", "т": "T",
    "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M",
    "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K",
    "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X", "Υ": "Y", "Ζ": "Z",
}
MAX_RUN = 60
GAP_RE = LazyPattern(r"[\s\p{P}\p{S}\p{N}]*")


@functools.lru_cache(maxsize=1)
def _telltale_letters() -> frozenset[str]:
    """Letters that mark a Latin word as Vietnamese (or another shipped Latin-script language)."""
    return frozenset("".join(p.distinctive_letters for p in all_shipped_profiles()))


def _looks_vietnamese(words: list[str]) -> bool:
    """Accented Latin that is Vietnamese: telltale letters, or accented words that are all
    Vietnamese syllables ("Kim Thành")."""
    from ..languages.translit import split_syllable

    accented = [w for w in words if not w.isascii()]
    if not accented:
        return False
    if any(not _telltale_letters().isdisjoint(w) for w in accented):
        return True
    return all(split_syllable(w) is not None for w in accented)


def _copied_from_source(words: list[str], phrase: str, ctx) -> bool:
    """Words of the source left as they were, not just a name ("Paz Zárate" in a Thai article is a
    name, wherever it came from): an accented word in lower case among words all in the source, or
    three words or more, most in lower case, that the source has as they stand, in the source's
    language as far as its marker words tell ("Il faut bien le faire" in a Hindi target is left
    untranslated from a French source, and kept as the English source quoted it)."""
    source = ctx.src.text
    if not source:
        return False
    lower = [w for w in words if w[:1].islower()]
    if any(not w.isascii() for w in lower) and all(w in source for w in words):
        return True
    if len(words) < 3 or 2 * len(lower) <= len(words) or phrase not in source:
        return False
    markers = ctx.source.markers
    return not markers or not {w.casefold() for w in words}.isdisjoint(m.casefold() for m in markers)


#: Words a run of Latin words needs before it may read as a clause rather than a name or a title.
MIN_CLAUSE_WORDS = 5


@functools.lru_cache(maxsize=None)
def _latin_markers() -> dict[str, frozenset[str]]:
    """Language name -> the marker words of each shipped Latin-script language, case-folded and
    also without diacritics (Vietnamese typed on an English keyboard: "cua", "duoc")."""
    from ..languages.translit import typed_markers

    return {p.name: frozenset(m.casefold() for m in p.markers) | typed_markers(p.markers) for p in all_shipped_profiles() if "Latn" in p.scripts and p.markers}


def _clause_language(words: list[str]) -> str | None:
    """The language of a run of Latin words left in a target that tolerates Latin, when the run
    reads as a clause ("will continue to push reform in the coming year"): five words or more,
    most of them lower case, two or more of them a shipped language's marker words.  Names and
    titles ("Game of Thrones", "The Lord of the Rings") are capitalised."""
    if len(words) < MIN_CLAUSE_WORDS or 2 * sum(1 for w in words if w[:1].islower()) < len(words):
        return None
    return _marked_language(words, 2)


def _marked_language(words: list[str], least: int) -> str | None:
    """The shipped Latin-script language with the most marker words among ``words``, if it has ``least``."""
    folded = [w.casefold() for w in words]
    best = max(((sum(1 for w in folded if w in markers), name) for name, markers in _latin_markers().items()), default=(0, None))
    return best[1] if best[0] >= least else None


def _lower_case_phrase(text: str, start: int, end: int) -> bool:
    """Whether a run of Latin words reads as a phrase left untranslated although no marker word
    names its language ("trade promotion सम्मेलन"): two words or more, every one of them in lower
    case and one of four letters or more, not in brackets by themselves (a gloss: "करियर पॉइंट
    (career point)").  Names, titles and brands are capitalised ("Game of Thrones", "iPhone"),
    acronyms in capitals; news in another script writes no common words in Latin letters."""
    words = text[start:end].split()  # "e-mail" is one word
    if len(words) < 2 or max(map(len, words)) < 4 or not all(w.isascii() and w.replace("-", "").isalpha() and w.islower() for w in words):
        return False
    return not (text[:start].rstrip().endswith(("(", "[")) and text[end:].lstrip().startswith((")", "]")))


#: Words a run of Latin words needs to be a sentence left untranslated when it makes a whole sentence.
MIN_SENTENCE_WORDS = 4


def _sentence_language(words: list[str], start: int, end: int, info) -> str | None:
    """The language of a run of Latin words that is a whole sentence of the target by itself
    ("Did you leak the document?", a headline "Erdogan gets mixed reception in Cologne"): four
    words or more, one in lower case, one a shipped language's marker word.  A quotation kept in
    a language without markers ("Il faut bien le faire.") is let be."""
    if len(words) < MIN_SENTENCE_WORDS or not any(w[:1].islower() for w in words):
        return None
    text = info.text
    for s, e in info.sentences:
        if s <= start < e:
            if LETTERS_RE.search(text, s, start) or LETTERS_RE.search(text, end, e):
                return None  # other words share the sentence: a name or a title inside it
            return _marked_language(words, 1)
    return None


def _source_spelling(words: list[str], ctx) -> list[str] | None:
    """The source's own words for two or more Vietnamese syllables the target typed without
    diacritics: a name left in Latin letters ("Pham Minh Chinh" for Phạm Minh Chính).  None
    when the source writes no such words, or writes them the same way (a foreign name: "Roa
    Roa", "Mat-Su")."""
    from ..languages.translit import NAMES_LANGUAGE, latin_key, typed_syllable

    if len(words) < 2 or ctx.source is None or ctx.source.code != NAMES_LANGUAGE or not all(w.isascii() and typed_syllable(w) for w in words):
        return None
    source = ctx.src.letter_words
    if set(words) <= set(source):
        return None
    keys = [latin_key(w) for w in words]
    source_keys = [latin_key(w) for w in source]
    n = len(keys)
    return next((source[k:k + n] for k in range(len(source) - n + 1) if source_keys[k:k + n] == keys), None)


#: The most words a name has (a longer run of syllables is a sentence, not a name to transliterate).
MAX_NAME_WORDS = 5


def _typed_name(words: list[str]) -> bool:
    """A Vietnamese name typed without diacritics: a person's ("Nguyen Minh Hung", "Tran Thi Mai"),
    three to :data:`MAX_NAME_WORDS` capitalised syllables, the first a Vietnamese surname (two
    are too easily a foreign name: "Le Pen", "Do Not"); or a province's or city's of the names
    data ("Ha Noi", "Buon Ma Thuot")."""
    from ..languages.translit import latin_key, typed_places, typed_surnames, typed_syllable

    if not 2 <= len(words) <= MAX_NAME_WORDS or not all(w.isascii() and w[0].isupper() and w[1:].islower() for w in words):
        return False
    if latin_key(" ".join(words)) in typed_places():
        return True
    return len(words) >= 3 and latin_key(words[0]) in typed_surnames() and all(map(typed_syllable, words))


def _name_in_target_script(words: list[str], ctx) -> str | None:
    """A Vietnamese name left in Latin letters, written in the target's script when the
    transliteration model knows that script ("Nguyễn Minh Hưng" -> "गुयेन मिन्ह हुंग")."""
    from ..languages import translit

    script = translit.keyed_script(ctx.target.scripts)
    if script is None or not 2 <= len(words) <= MAX_NAME_WORDS:
        return None
    return translit.name_in_script(" ".join(words), script)


def _foreign_words(seg, ctx):
    """(start, end, scripts) of each word part holding letters foreign to the target language.

    A generator, so a rule that stops early (after its hundredth finding on a
    megabyte of garbage) stops the scan too; the search for the first foreign
    letter is shared by TQ101 and TQ102 through the segment's analysis.  Only
    the runs of letters around foreign letters are visited.
    """
    text, info = seg.target, ctx.text
    foreign = foreign_letter_re(ctx.target.scripts)
    at = info.__dict__.get("first_foreign", False)
    if at is False:
        at = info.__dict__["first_foreign"] = foreign.search(text)
    while at is not None:
        p = at.start()
        start = LETTERS_BACK_RE.search(text, 0, p + 1).start()  # runs of one class: no timeout needed
        end = LETTERS_RE.match(text, p).end()
        # a run that starts inside a protected span counts only if a foreign letter follows the
        # span ("\nयातायात" is an escape and a Hindi word)
        after = info.after_protected(start) if info.protected else start
        rest = foreign.search(text, after) if start < after < end else None
        if after == start or (rest is not None and rest.start() < end):
            yield start, end, letter_scripts(text[start:end])
        at = foreign.search(text, end)


#: The run of letters that ends where the search starts, found backwards.
LETTERS_BACK_RE = LazyPattern(r"(?r)[\p{L}\p{M}\u200c\u200d]+")


@rule(
    "TQ101",
    "foreign-script",
    category="script",
    summary="Letters of a script the target language does not use",
    severity="warning",
    # a sentence left in a script the target does not use: its figures, names and words are that sentence's
    covers=("TQ603", "TQ604", "numbers", "names", "terminology", "typography"),
)
def foreign_script(seg, ctx):
    """Text in a writing system the target language does not use.

    Machine translation leaves source words behind: a Vietnamese name in a
    Hindi article ("Nguyễn Minh Hưng"), a whole untranslated sentence, or
    Devanagari in an English target.  Consecutive foreign words are reported
    as one span.

    Latin acronyms, URLs, e-mail addresses, file names and document numbers
    are expected in any news text and are not reported.  In languages whose
    profile tolerates Latin (Hindi, Marathi, Thai, ...), Latin words such as
    brand names, titles or foreign names ("Game of Thrones", "Zárate") are
    reported at info level only, unless five or more of them, most in lower
    case and two or more a shipped language's marker words, read as a clause
    left untranslated ("will continue to push the reform in the coming year"),
    or four or more, one in lower case and one a marker word, make a whole
    sentence by themselves ("Did you leak the document?"), or they were
    copied from the source (an accented word in lower case, or three words
    or more, most in lower case, in the source's language as far as its
    marker words tell); Vietnamese (telltale letters such as ư, ơ, đ, ạ, ễ,
    accented words that are all Vietnamese syllables, or two or more
    syllables of a Vietnamese source typed without their diacritics) is a
    warning, and so is a Vietnamese name typed without diacritics even
    without the source (three capitalised syllables or more after a
    Vietnamese surname: "Tran Thi Mai"; or a province or city of the names
    data: "Ha Noi", "Buon Ma Thuot"); a Vietnamese name gets its
    transliteration as suggestion where the target's script has one.  A
    person's name of one to four capitalised Latin words right after a title
    ("कप्तान Rohit Sharma") is a warning too, in a language whose news writes
    such names in its own script (the profile's ``names.latin``).

    Bad (hi): अध्यक्ष Nguyễn Minh Hưng ने कहा।
    Bad (hi): उन्होंने कहा कि Năm nay tỉnh đạt kết quả tốt. और काम जारी है।
    Bad (en): The minister visited Hà Nội and said निवेश will grow.
    Bad (vi>hi): Thủ tướng Phạm Minh Chính phát biểu. => प्रधानमंत्री Pham Minh Chinh ने भाषण दिया।
    Bad (hi): प्रांतीय जन समिति के अध्यक्ष Nguyen Minh Hung ने कहा।
    Bad (hi): सम्मेलन Buon Ma Thuot शहर में होगा।
    Good (hi): फ्रांसीसी अख़बार Le Monde ने लिखा।
    Bad (hi): प्रांत ने कहा कि वह will continue to push the reform in the coming year।
    Bad (ru): Он спросил. Did you leak the document?
    Good (hi): उन्होंने फ्रेंच में कहा। Il faut bien le faire.
    Bad (en>hi): He said the plan would go ahead. => उन्होंने कहा कि the plan would go ahead।
    Bad (fr>hi): Il faut bien le faire, dit-il. => उन्होंने कहा, Il faut bien le faire.
    Good (en>hi): He said in French: Il faut bien le faire. => उन्होंने फ्रेंच में कहा: Il faut bien le faire.
    Good (hi): उन्होंने The Lord of the Rings और Game of Thrones देखी।
    Bad (hi): व्यापार trade promotion सम्मेलन सोमवार को होगा।
    Good (hi): उन्होंने iPhone और e-mail की बात की, करियर पॉइंट (career point) की भी।
    Good (hi): FBI और CNN ने बताया कि https://example.com/a-b पर जानकारी है।
    Good (vi): Ông Nguyễn Minh Hưng phát biểu tại hội nghị.
    Good (th): ผู้เชี่ยวชาญ Paz Zárate กล่าว
    Good (vi>th): Chuyên gia Paz Zárate cho biết. => ผู้เชี่ยวชาญ Paz Zárate กล่าว
    Good (en): The minister visited Hà Nội on Monday.
    Bad (en>hi): Captain Rohit Sharma scored 112 runs. => कप्तान Rohit Sharma ने 112 रन बनाए।
    Good (hi): सचिव NHS की रिपोर्ट पढ़ी गई। उन्होंने The Sunday Times पढ़ा।
    Good (ne): प्रवक्ता Sutopo Purwo Nugroho ले भने।
    """
    text = seg.target
    tolerated = set(ctx.target.tolerated_scripts)
    group: list[tuple[int, int, set[str]]] = []

    def report(group):
        words = [(s, e, sc) for s, e, sc in group if not (sc <= tolerated and ACRONYM_RE.fullmatch(text[s:e]))]
        if not words:
            return None
        start, end = group[0][0], group[-1][1]
        scripts = set().union(*(sc for _, _, sc in group))
        latin = [text[s:e] for s, e, sc in words if sc <= tolerated]
        accented = _looks_vietnamese(latin)
        copied = not accented and len(latin) == len(words) and _copied_from_source(latin, text[start:end], ctx)
        spelled = None if accented or copied else _source_spelling(latin, ctx)  # the source's spelling of a name typed without diacritics
        stripped = spelled is not None
        typed = not accented and not copied and not stripped and len(latin) == len(words) and _typed_name(latin)
        names = ", ".join(sorted(script_name(s) for s in scripts))
        severity = None
        clause = None
        sentence = None
        lower_case = False
        titled = False
        if scripts <= tolerated and not accented and not copied and not stripped and not typed:
            clause = _clause_language(latin)
            sentence = None if clause or len(latin) < len(words) else _sentence_language(latin, start, end, ctx.text)
            lower_case = not clause and not sentence and len(latin) == len(words) and _lower_case_phrase(text, start, end)
            titled = not (clause or sentence or lower_case) and len(latin) == len(words) and _titled_latin_name(text, start, latin, ctx.target)
            severity = None if clause or sentence or lower_case or titled else Severity.INFO
        what = (
            "a person's name after a title, left in Latin letters" if titled
            else "Vietnamese words of the source without their diacritics" if stripped
            else "Vietnamese name typed without diacritics, left in Latin letters" if typed
            else "Vietnamese-letter text (likely untranslated source)" if accented
            else "words of the source left untranslated" if copied
            else f"{clause} words (likely untranslated)" if clause
            else f"{sentence} sentence (likely untranslated)" if sentence
            else "lower-case Latin words (likely untranslated)" if lower_case
            else f"{names} text"
        )
        suggestion = _name_in_target_script(spelled or latin, ctx) if (accented or stripped or typed) and len(latin) == len(words) else None
        return dict(start=start, end=end, message=f"{what} in the {ctx.target.name} target: {text[start:end]!r}", severity=severity, suggestion=suggestion)

    for s, e, scripts in _foreign_words(seg, ctx):
        if len(scripts) > 1 and not scripts.isdisjoint(ctx.target.scripts):
            continue  # a mixed-script word: TQ102's business
        if "Latn" in scripts and ctx.text.overlaps_misread(s, e):
            continue  # "à¤®": UTF-8 read with the wrong encoding, TQ103's business
        if group:
            gap = text[group[-1][1]:s]
            # a run ends at a line break, at other letters, or after MAX_RUN words (a finding per run is enough)
            if GAP_RE.fullmatch(gap) is None or "\n" in gap or len(group) >= MAX_RUN:
                found = report(group)
                if found:
                    yield Hit(**found)
                group = []
        group.append((s, e, scripts))
    if group:
        found = report(group)
        if found:
            yield Hit(**found)


#: A word of a person's name in Latin letters: a capital, then small letters ("Rohit", "O'Neil", "José").
NAME_WORD_RE = LazyPattern(r"\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*")
#: The word that ends where a search ends (group 1), then one space.
TITLE_BEFORE_RE = LazyPattern(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)\.? $")


def _titled_latin_name(text: str, start: int, latin: list[str], profile) -> bool:
    """Whether the Latin words ``latin`` at ``start`` are a person's name of one to four words
    right after one of the profile's titles ("कप्तान Rohit Sharma", "अध्यक्ष Hung"), in a
    language whose news writes such names in its own script (``names.latin = "wrong"``; where
    it keeps them in Latin letters, as Nepali news often does, they stay at info level)."""
    if profile.latin_names != "wrong" or not 1 <= len(latin) <= 4 or not all(NAME_WORD_RE.fullmatch(w) for w in latin):
        return False
    before = TITLE_BEFORE_RE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) in profile.name_titles


@rule(
    "TQ102",
    "mixed-script-word",
    category="script",
    summary="One word mixing letters of two scripts",
    severity="warning",
)
def mixed_script_word(seg, ctx):
    """A single word whose letters come from two scripts.

    Look-alike letters from another alphabet (a Cyrillic "о" inside an
    English word) break search and spell-checking; a Latin fragment glued to
    a Devanagari word is a broken transliteration.  Where the foreign letters
    have Latin look-alikes, the suggestion replaces them.  In Marathi, Nepali
    and Bengali a case ending written straight onto a Latin word
    ("Trulyसाठी", "CNNले") is common practice, reported at info level (the
    profile's ``case_endings``).

    Bad (en): The cоmpany reported strong growth.
    Bad (hi): मंत्री गुयेनHưng ने कहा।
    Good (en): The company reported strong growth.
    Good (hi): मंत्री गुयेन हंग ने ई-मेल भेजा।
    Good (th): Lee กล่าวกับ CNBCในการสัมภาษณ์
    Good (mr): आणि ऍक्सेसरीज ब्रँड Trulyसाठी वेळ नाही.
    Good (hi): पुल का उदà¥à¤˜à¤¾à¤Ÿà¤¨ हुआ।
    """
    text = seg.target
    for s, e, scripts in _foreign_words(seg, ctx):
        if len(scripts) < 2 or not scripts.isdisjoint(UNSPACED_SCRIPTS):
            continue
        if MOJIBAKE_RUN_ON_RE.match(text, e) and LEAD_BYTE_RE.search(text, s, e):
            continue  # the word runs on into mojibake ("उदà¥à¤˜"): TQ103's
        word = text[s:e]
        names = " and ".join(sorted(script_name(x) for x in scripts))
        ending = _latin_word_with_ending(word, ctx.target.case_endings)
        if ending:
            yield Hit(s, e, f"word {word!r} joins a Latin word and the {ctx.target.name} ending {ending!r}", severity=Severity.INFO)
            continue
        fixed = "".join(CONFUSABLES.get(c, c) for c in word)
        suggestion = fixed if len(letter_scripts(fixed)) == 1 else _split_at_script_change(word)
        yield Hit(s, e, f"word {word!r} mixes {names} letters", suggestion=suggestion)


#: A UTF-8 lead byte read as Latin-1 ("à"), and a continuation byte read so that no word or
#: punctuation of running text starts with it ("¥", "¤"; not a no-break space, a quote or a dash).
LEAD_BYTE_RE = re.compile("[\u00c0-\u00ff]")
MOJIBAKE_RUN_ON_RE = re.compile("[\u0080-\u009f\u00a1-\u00bf]")


def _latin_word_with_ending(word: str, endings: frozenset[str]) -> str | None:
    """The ending of ``word`` when it is a Latin word followed by one of ``endings`` (reported at info)."""
    if not endings:
        return None
    split = next((i for i, c in enumerate(word) if not c.isascii()), None)
    if not split or not word[:split].isalpha():
        return None
    return word[split:] if word[split:] in endings else None


def _split_at_script_change(word: str) -> str | None:
    """"Aldiऔर" -> "Aldi और": two single-script halves that lost the space between them."""
    scripts = [script_of(c) for c in word]
    changes = [i for i in range(1, len(word)) if scripts[i] not in ("Zyyy", scripts[i - 1]) and scripts[i - 1] != "Zyyy"]
    if len(changes) == 1:
        i = changes[0]
        return f"{word[:i]} {word[i:]}"
    return None


@rule(
    "TQ103",
    "broken-encoding",
    category="script",
    summary="Replacement characters and mojibake from a wrong text encoding",
    severity="error",
    trigger=Hint("?\ufffd", re.compile("[\u00C2-\u00F4]")),
)
def broken_encoding(seg, ctx):
    """Characters destroyed by a wrong text encoding somewhere in the pipeline.

    U+FFFD REPLACEMENT CHARACTER marks bytes that could not be decoded;
    "Ã¡", "â€™" or "Æ°" are UTF-8 read as Windows-1252 or Latin-1.  A word's
    pieces are one finding, with the letters glued to them, the bytes
    Windows-1252 has no character for, which became U+FFFD, and the C1
    control characters Latin-1 makes of them; so are the misread words of
    one phrase ("Nguyá»…n VÄƒn HÃ¹ng").  The stray letters, quotation marks
    and currency signs inside them are reported by no other rule.  "Nguy?n"
    is a letter lost to a question mark, "??? ??" in a Hindi sentence are
    words lost to them.  The text cannot be repaired from the target alone,
    so the finding asks for the original.

    Bad (vi): Ông Nguy?n Văn An phát biểu.
    Bad (en): The minister said itâ€™s time.
    Bad (hi): श्री Nguyá»…n VÄƒn HÃ¹ng ने कहा।
    Bad (en): ï»¿The minister said it is time.
    Bad (hi): राजस्व � अरब रहा।
    Bad (hi): सम्मेलन à¤®à¥‡à¤‚ राजस्व रहा।
    Bad (hi): सम्मेलन में ??? ?? राजस्व रहा।
    Bad (bn): সরকার à¦¨à¦¤à§\ufffdà¦¨ প্রকল্প শুরু করেছে।
    Bad (ru): Ð‘Ð°Ð·Ð° Ð´Ð°Ð½Ð½Ñ‹Ñ… обновлена.
    Bad (zh): ä¸­æ–‡新闻
    Bad (en): He said â\x80\x9chelloâ\x80\x9d and paid 5 â\x82¬.
    Good (fr): Il fait 20° à l'ombre, «À bientôt».
    Good (fr): Une équipe de qualité\u00a0», a-t-il dit.
    Good (vi): Ông Nguyễn Văn An phát biểu.
    Good (en): Is it time? Yes, see https://example.com/?q=1 now.
    """
    text = seg.target
    if text.isascii() and "?" not in text:
        return
    runs = ctx.text.misread
    misread: list[tuple[int, int]] = []  # misread words, those of one phrase together ("Há»™i nghá»‹")
    for s, e in runs:
        if "?" in text[s:e]:  # no misread bytes hold one: letters lost to question marks
            lost = "letter" if text[s:e].strip("?") else "word"
            yield Hit(s, e, f"{lost} lost to '?' in {text[s:e]!r} (text passed through a non-Unicode encoding)")
        elif misread and text[misread[-1][1]:s] in (" ", "\u00a0"):
            misread[-1] = (misread[-1][0], e)
        else:
            misread.append((s, e))
    for s, e in misread:
        yield Hit(s, e, f"mojibake {text[s:e]!r}: UTF-8 text decoded with the wrong encoding")
    start = text.find("\ufffd")
    while start >= 0:
        end = start
        while end < len(text) and text[end] == "\ufffd":
            end += 1
        if not any(s <= start < e for s, e in runs):  # not part of a word reported above
            yield Hit(start, end, "U+FFFD replacement character: bytes were lost in decoding")
        start = text.find("\ufffd", end)


INVISIBLE_RE = LazyPattern(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]")


@rule(
    "TQ104",
    "control-character",
    category="script",
    summary="Control characters and bidirectional overrides inside the text",
    severity="warning",
    fixable="safe",
)
def control_character(seg, ctx):
    r"""Control characters and bidirectional embedding or override marks.

    They are invisible, break downstream tools and can reorder what a reader
    sees.  Tabs and line breaks are fine, and so are the joiners (ZWJ, ZWNJ),
    zero-width spaces and direction marks that careful human text uses.  A
    C1 control character inside a word read with the wrong encoding
    ("à¤µà¥\x80") is part of TQ103's finding.

    Bad (en): The budget\x07 was approved.
    Bad (en): Total: \u202e000,01 USD
    Good (hi): क्\u200dया यह सही है?
    Good (en): Tabs\tand\r\nline breaks are fine.
    """
    text = seg.target
    if text.isprintable():
        return
    for m in finditer(INVISIBLE_RE, text):
        ch = m.group()
        if "\x80" <= ch <= "\x9f":
            # a byte of UTF-8 read as Latin-1 inside a word TQ103 reports ("à¤µà¥\x80")
            if ctx.text.overlaps_misread(m.start(), m.end()):
                continue
        name = unicodedata.name(ch, "")  # control characters have none
        yield Hit(m.start(), m.end(), f"invisible character {name + ' (' if name else ''}U+{ord(ch):04X}{')' if name else ''}", suggestion="")

