"""Language family (TQ6xx): sentences in the wrong language, words left untranslated, and text copied from the source."""
from __future__ import annotations

import functools
import re

from ..languages import all_shipped_profiles, load_profile
from ..languages.translit import NAMES_LANGUAGE, latin_key, split_syllable, typed_markers, typed_syllable
from ..model import Hit, Severity
from ..registry import rule
from ..text import LETTERS_RE, LazyPattern, blanked, one_space_apart
from ._scripts import script_of



@functools.lru_cache(maxsize=None)
def _markers(lang: str) -> frozenset[str]:
    return frozenset(load_profile(lang).markers)


@functools.lru_cache(maxsize=None)
def _typed_markers(lang: str) -> frozenset[str]:
    """The marker words of a language written with diacritics, as typed without them ("cua" for
    "của", "nam" for "năm"): :func:`~tqcheck.languages.translit.typed_markers`."""
    return typed_markers(load_profile(lang).markers)


def _dominant_script(words: list[str]) -> str | None:
    counts: dict[str, int] = {}
    for w in words:
        s = script_of(w[0])
        counts[s] = counts.get(s, 0) + 1
    if not counts:
        return None
    best = max(sorted(counts), key=counts.get)
    return best if counts[best] * 10 >= len(words) * 7 else None


def _evidence(profile, words: list[str]) -> float:
    """How strongly ``words`` look like ``profile``'s language: marker words plus distinctive letters."""
    markers, typed = _markers(profile.code), _typed_markers(profile.code)
    # a capitalised word past the first is most often a name's, whatever it means as a word
    # ("Tran Thi Hong Nhung", where "thi" and "hong" are Vietnamese words typed without diacritics)
    score = sum(1 for k, w in enumerate(words) if (w.casefold() in markers or (w.isascii() and w.casefold() in typed)) and not (k and len(w) > 1 and w[0].isupper()))
    endings = profile.marker_endings
    if endings:
        score += sum(1 for w in words if w.endswith(endings) and w not in endings)
    if profile.distinctive_letters:
        # capitalised words are mostly names, which keep their letters in any language
        letters = set(profile.distinctive_letters)
        score += 2 * sum(1 for w in words if not w[0].isupper() and not letters.isdisjoint(w))
    return score


def identify(words: list[str], script: str) -> tuple[str, float, float] | None:
    """(language, its evidence, runner-up evidence) among shipped languages written in ``script``."""
    scored = sorted(
        ((_evidence(p, words), p.code) for p in all_shipped_profiles() if script in p.scripts),
        reverse=True,
    )
    if not scored or scored[0][0] == 0:
        return None
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    return scored[0][1], scored[0][0], runner_up


CAPITALISED_RE = LazyPattern(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’]*")
QUOTED_RE = LazyPattern(r"«([^«»\n]{1,300})»|“([^“”\n]{1,300})”|\"([^\"\n]{1,300})\"")


def _without_quoted_titles(sentence: str) -> str:
    """``sentence`` with quoted titles blanked: a book or film keeps its original title in any language.

    A quotation counts as a title when most of its words are capitalised
    ("« The Last Palace: Europe's Turbulent Century »"); quoted speech is
    kept, since speech left untranslated is what this rule is for.
    """
    if not any(q in sentence for q in "«“\""):
        return sentence

    def blank(m):
        words = LETTERS_RE.findall(m.group())
        capitalised = sum(1 for w in words if w[0].isupper())
        return " " * len(m.group()) if len(words) >= 2 and capitalised * 10 >= len(words) * 6 else m.group()

    return QUOTED_RE.sub(blank, sentence)


#: What a sentence left in another language holds that needs no finding of its own: its foreign
#: letters and words, figures, names, terms and typography are the untranslated sentence's.
UNTRANSLATED_COVERS = ("TQ101", "TQ603", "TQ604", "numbers", "names", "terminology", "typography")


@rule(
    "TQ601",
    "wrong-language",
    category="language",
    summary="A sentence in another language than the target (untranslated, pivot leftover, or a sister language)",
    severity="warning",
    options={"min_words": 4, "min_probability": 0.8},
    covers=UNTRANSLATED_COVERS + ("TQ602",),
)
def wrong_language(seg, ctx):
    r"""A sentence written in a language other than the target's.

    Catches what the script rules cannot see: a Vietnamese sentence left in
    an English target, an English pivot sentence left in a Hindi article, a
    Marathi or Nepali sentence inside Hindi (same Devanagari script).
    Candidates come from the marker words and distinctive letters of the
    shipped profiles; sister languages of the same script are confirmed with
    the language detector (langdetect, seeded), which must be all but
    certain where a single marker word names the language.  A sentence with
    six words or more besides its capitalised ones (names, and every word of
    a headline), almost none of them the target's marker words, goes to the
    detector too, which may name any language it knows (French in an English
    target); so does a sentence of five such words or more in a script the
    target only tolerates (an English sentence in Hindi), whose language the
    detector's best guess names.  In a target without a profile, a sentence of
    eight such words or more that the detector is all but sure of is in
    another language when it holds a letter the target does not write
    (Spanish "anunció" in French; a detector confuses Russian and Bulgarian,
    whose letters are nearly the same).  Sentences in a script the target does not
    tolerate are left to TQ101.  Within a sentence of the target's, a clause
    (between commas, semicolons or colons) of six words or more with two
    marker words of a sister language and none of the target's is read the
    same way: a Hindi relative clause finishing a Marathi sentence.

    Bad (en): The plan was approved. Năm nay tỉnh phấn đấu thu ngân sách vượt dự toán được giao. Work starts soon.
    Bad (hi): बैठक सोमवार को हुई। The minister said that the budget was approved by the council. फिर चर्चा हुई।
    Bad (hi): प्रांत ने अच्छे परिणाम हासिल किए। This year budget revenue increased significantly across every district.
    Bad (hi): प्रांत ने अच्छे परिणाम हासिल किए। This year the economy grew well.
    Bad (hi): प्रांत ने अच्छे परिणाम हासिल किए। The minister said that the budget was approved।
    Bad (hi): प्रांत ने अच्छे परिणाम हासिल किए। Tinh Hai Duong co nhieu du an lon trong nam nay.
    Good (hi): उनका आदर्श वाक्य था। Il faut bien le faire.
    Bad (hi): बैठक सोमवार को हुई और चर्चा लंबी चली। मुख्यमंत्र्यांनी सांगितले की हे काम लवकरच पूर्ण होणार आहे आणि त्यासाठी निधी मंजूर करण्यात आला आहे। फिर सभा समाप्त हुई।
    Bad (hi): बैठक सोमवार को हुई। शेतकऱ्यांना नवीन बियाणे मिळाल्यानंतर उत्पादन मोठ्या प्रमाणात वाढले आहे.
    Bad (hi): बैठक सोमवार को हुई। किसानहरूलाई नयाँ बीउ पाएपछि उत्पादन धेरै बढेको हो।
    Bad (hi): प्रांत ने इस वर्ष नए घर बनाए। पुढील वर्षी 2,000 घरांचे उद्दिष्ट आहे.
    Bad (hi): पुल का उद्घाटन हुआ। प्रांताने सांगितले की काम सुरू आहे. यातायात शुरू हो गया है।
    Bad (hi): बैठक सोमवार को हुई। उपाध्यक्ष लानले विभागहरूलाई सुधार जारी राख्न आग्रह गर्नुभयो।
    Good (hi): बैठक सोमवार को हुई और किसानों को नए बीज मिलने के बाद उत्पादन बहुत बढ़ गया।
    Good (hi): बैठक में Game of Thrones और FBI का ज़िक्र हुआ, और यह सही है।
    Good (en): The minister, Nguyễn Minh Hưng, visited Hà Nội and Đà Nẵng on Monday.
    Good (en): Director Tran Thi Hong Nhung said turnover rose 12%.
    Good (hi): यह बात उन्होंने कही थी और वे काम में लगे रहे, लेकिन नतीजा नहीं आया।
    Bad (mr): प्रांतात सुमारे 2,10,000 हेक्टर क्षेत्रावर कॉफीची लागवड आहे, जिसमें से 45,000 हेक्टेयर में दोबारा पौधे लगाए गए हैं।
    Good (mr): प्रांतात सुमारे 2,10,000 हेक्टर क्षेत्रावर कॉफीची लागवड आहे, त्यापैकी 45,000 हेक्टरवर पुनर्लागवड करण्यात आली आहे.
    Good (fr): Il est l’auteur du livre « The Last Palace: Europe’s Turbulent Century in Five Lives and One Legendary House », paru en 2018 chez un grand éditeur.
    Bad (fr): Le plan a été approuvé. The minister said that the budget was approved by the council on Monday. Les travaux commencent bientôt.
    Bad (en): The plan was approved. Cette année la production a fortement augmenté dans toute la province. Work starts soon.
    Bad (en): The plan was approved. M. Minh a souligné que la province dépensera 25 milliards pour construire une zone de réinstallation.
    Bad (en): The plan was approved. La province vise 60 000 hectares de riz de haute qualité d'ici 2025.
    Good (en): The plan was approved. The province spent VND5 billion, or 5 billion Vietnamese pesos.
    Bad (en): The plan was approved. Nam nay tinh dat ket qua tot trong cong tac thu ngan sach. Work starts soon.
    Bad (fr): Le plan a été approuvé. Nam nay tinh dat ket qua tot trong cong tac thu ngan sach.
    Bad (en): Revenue rose 12%. Tong thu ngan sach dat 21.500 ty dong.
    Good (en): He can go to the bank on Monday.
    Good (fr): « Non, non, non, non, et non.
    Bad (fr): Le plan a été approuvé lundi. El gobierno anunció que el presupuesto fue aprobado por el consejo provincial.
    Good (ru): Я все еще думала: что же они напишут на моем памятнике?
    Good (hi): प्रांत में राजस्व बढ़ा।\nSource link: https://baohaiduong.vn/kinh-te/thu-ngan-sach-tang-389835.html
    """
    text = seg.target
    target = ctx.target
    # a web address or markup is no language's words ("Source link: https://…" is two English words)
    readable = blanked(text, ctx.text.protected)
    for s, e in ctx.text.sentences:
        sentence = _without_quoted_titles(readable[s:e])
        words = LETTERS_RE.findall(sentence)
        if len(words) < ctx.options["min_words"]:
            continue
        script = _dominant_script(words)
        if script is None:
            continue
        if script not in target.scripts:
            if script not in target.tolerated_scripts or not all(w.isascii() for w in words):
                continue  # TQ101 reports text in scripts the target does not use (and accented Latin)
        lang = _sentence_language(sentence, words, script, target, ctx.options)
        span = (s, e)
        if lang is None and script in target.scripts:
            # a clause of a sister language inside a sentence of the target's ("... लागवड आहे, जिसमें
            # से 45,000 हेक्टेयर में ... हैं।"): where another language's marker words stand
            lang, span = _clause_language(sentence, words, script, target, ctx.options, s)
        if lang is not None:
            why = "untranslated source text" if lang == (ctx.source.code if ctx.source else None) else f"not {target.name}"
            what = "sentence" if span == (s, e) else "clause"
            yield Hit(*span, f"{what} in {load_profile(lang).name} ({why}) in the {target.name} target")


#: What parts a sentence into clauses (not the comma of "45,000").
CLAUSE_BREAK_RE = LazyPattern(r"[,;:،](?!\d)")


def _clause_language(sentence: str, words: list[str], script: str, target, options, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    """The language and span (offset by ``offset``) of a clause of ``sentence`` written in another
    shipped language of ``script`` than the shipped target's, read as a sentence of its own: a
    clause of six words or more (``min_words`` if more) with two marker words of that language and
    none of the target's; (None, None) when there is none."""
    if not target.shipped or CLAUSE_BREAK_RE.search(sentence) is None:
        return None, None
    others = [p for p in all_shipped_profiles() if script in p.scripts and p.code != target.code]
    if not any(_evidence(p, words) >= MIN_MARKER_SCORE for p in others):
        return None, None
    at = 0
    for piece in CLAUSE_BREAK_RE.split(sentence):
        start, at = at, at + len(piece) + 1
        clause_words = LETTERS_RE.findall(piece)
        if len(clause_words) < max(options["min_words"], MIN_WORDS_FOR_DETECTOR) or _evidence(target, clause_words) > 0:
            continue
        if not any(_evidence(p, clause_words) >= MIN_MARKER_SCORE for p in others):
            continue
        lang = _sentence_language(piece, clause_words, script, target, options)
        if lang is not None:
            lead = len(piece) - len(piece.lstrip())
            return lang, (offset + start + lead, offset + start + len(piece.rstrip()))
    return None, None


def _sentence_language(sentence: str, words: list[str], script: str, target, options) -> str | None:
    """The language other than ``target``'s that ``sentence`` is written in, or None."""
    if target.code != NAMES_LANGUAGE and len({w.casefold() for w in words}) >= MIN_WORDS_FOR_DETECTOR and _evidence(target, words) == 0 and _typed_vietnamese(words, NAMES_LANGUAGE):
        # Vietnamese typed without diacritics, too short for its few marker words to tell ("Tong thu
        # ngan sach dat 21.500 ty dong."): no word of the target's, and nearly every word (six
        # different ones at least: "Non, non, non, et non." is French) a syllable
        return NAMES_LANGUAGE
    found = identify(words, script)
    # a sentence in a script the target only tolerates (English left in Hindi) is never in the
    # target's language: with one marker word or none, the detector names it
    foreign = script not in target.scripts
    if found is None or found[0] == target.code or (foreign and found[1] < MIN_MARKER_SCORE):
        return _unlisted_language(sentence, words, script, target, options, any_shipped=foreign)
    lang, score, runner_up = found
    if score <= _evidence(target, words) or score < 2 * runner_up:
        return None
    # one marker word, none of the target's: a long sentence goes to the detector, which must be sure
    weak = score < MIN_MARKER_SCORE
    if weak and len(words) < MIN_WORDS_FOR_ONE_MARKER:
        return None
    if weak or (script in target.scripts and not load_profile(lang).distinctive_letters) or (not target.shipped and not _typed_vietnamese(words, lang)):
        # same script and no telltale letters (hi/mr/ne), or a target without marker words
        # to weigh against (a French sentence quoting an English title): ask the detector
        from ..languages.detect import get_detector

        # names and organisations keep their language everywhere: the detector reads the rest
        guesses = get_detector("auto").detect(CAPITALISED_RE.sub(" ", sentence))
        least = WEAK_MARKER_PROBABILITY if weak else options["min_probability"]
        if not guesses or guesses[0][0] != lang or guesses[0][1] < least:
            # one marker word of a shipped language is chance ("la" is also Vietnamese "là"): the
            # sentence may still be in a language without one (French in an English target)
            return _unlisted_language(sentence, words, script, target, options) if weak else None
    return lang


def _typed_vietnamese(words: list[str], lang: str) -> bool:
    """Whether ``words``, said to be Vietnamese, are Vietnamese typed without diacritics beyond
    doubt: nearly all of them its syllables, which the detector reads poorly without their marks."""
    if lang != NAMES_LANGUAGE or not all(w.isascii() for w in words):
        return False
    return 10 * sum(1 for w in words if typed_syllable(w)) >= 9 * len(words)


#: Marker evidence (:func:`_evidence`) that names a shipped language without the detector's word.
MIN_MARKER_SCORE = 2
#: How sure the detector must be of a language that a single marker word points to.
WEAK_MARKER_PROBABILITY = 0.99
#: Words a sentence needs before the detector is asked about a language without marker words.
MIN_WORDS_FOR_DETECTOR = 6
#: The same for a language a single marker word of the sentence points to.
MIN_WORDS_FOR_ONE_MARKER = 5
#: The same for a sentence in a script the target only tolerates (English left in Hindi).
MIN_WORDS_FOR_TOLERATED_SCRIPT = 5
#: The same, and how sure the detector must be, in a target without a profile (Spanish left in
#: French), whose own words cannot be weighed against the sentence's.
MIN_WORDS_WITHOUT_PROFILE = 8
PROBABILITY_WITHOUT_PROFILE = 0.95


def _unlisted_language(sentence: str, words: list[str], script: str, target, options, any_shipped: bool = False) -> str | None:
    """A language without a shipped profile that ``sentence`` is written in (a French sentence left
    in an English target), or None.  Asked only of sentences with almost none of the target's
    marker words (fewer than one word in ten: no English sentence of NTREX has so few); the
    detector must be as sure as the rule's ``min_probability``, and name a language the markers
    could not (or, with ``any_shipped``, any language: the sentence's script is not the target's).

    Both tests read the words the detector reads, those left once capitalised
    words are taken out: a headline ("Why Trump Will Win a Second Term")
    leaves one word, on which any detector guesses."""
    # in a script the target only tolerates, a sentence is not the target's language however short:
    # the detector need only name it.  Four words or fewer besides names are let be: a motto or a
    # slogan quoted in its own language ("Il faut bien le faire.") is that short
    least = MIN_WORDS_FOR_TOLERATED_SCRIPT if any_shipped else MIN_WORDS_FOR_DETECTOR if target.shipped else MIN_WORDS_WITHOUT_PROFILE
    if len(words) < least:
        return None
    rest = CAPITALISED_RE.sub(" ", sentence)
    read = LETTERS_RE.findall(rest)
    if len(read) < least or _evidence(target, read) * 10 >= len(read):
        return None
    if not target.shipped and not any_shipped and not _letters_not_of(target.code, read):
        return None  # every letter the target's own: a detector confuses sister languages (Russian, Bulgarian)
    from ..languages.detect import get_detector

    guesses = get_detector("auto").detect(rest)
    # in a tolerated script the detector only names the language, and its best guess will do
    # (Vietnamese typed without diacritics reads as Vietnamese, but with less certainty); a target
    # without a profile has no marker words to weigh the sentence by: the detector must be surer
    least_probability = 0.5 if any_shipped else options["min_probability"] if target.shipped else PROBABILITY_WITHOUT_PROFILE
    if not guesses or guesses[0][1] < least_probability:
        return None
    lang = guesses[0][0]
    if not target.shipped and lang.split("-")[0] == target.code.split("-")[0].split("_")[0]:
        return None
    shipped_here = {p.code for p in all_shipped_profiles() if script in p.scripts}
    if lang == target.code or (lang in shipped_here and not any_shipped):
        return None  # the shipped languages of this script were weighed by their marker words
    if not any_shipped:
        # a sentence of the target's own short of its function words ("The province spent VND5
        # billion, or 5 billion Vietnamese pesos." reads as Italian without its capitalised words):
        # read whole, with its names, it is the target's language again
        whole = get_detector("auto").detect(sentence)
        if whole and whole[0][0] == target.code:
            return None
    return lang


def _letters_not_of(lang: str, words: list[str]) -> bool:
    """Whether ``words`` hold a letter ``lang`` does not write (CLDR's sample of its letters): "ó"
    of Spanish "anunció" in a French target."""
    from ..languages import cldr

    own = cldr.letters(lang)
    return any(c.isalpha() and c not in own for c in "".join(words).casefold())


@functools.lru_cache(maxsize=None)
def _foreign_letters(lang: str) -> dict[str, str]:
    """Letter -> the shipped Latin-script language it marks, for the letters that language writes
    and ``lang`` does not (CLDR's names in ``lang`` hold none of them)."""
    from ..languages import cldr

    own = cldr.letters(lang) | set(load_profile(lang).distinctive_letters.casefold())
    return {
        c: p.code
        for p in all_shipped_profiles() if p.code != lang and "Latn" in p.scripts
        for c in p.distinctive_letters.casefold() if c not in own
    }


@functools.lru_cache(maxsize=None)
def _syllable_letters(lang: str) -> frozenset[str]:
    """Accented letters of Vietnamese that other languages write too ("à", "ê") and ``lang`` does
    not: a word with one marks Vietnamese only when it is a Vietnamese syllable beside another.
    Only for a language with a shipped profile: CLDR's names are a sample of an alphabet, which
    may miss a letter ("où" is French, and no French name in CLDR has a "ù")."""
    from ..languages import cldr

    profile = load_profile(lang)
    if lang == NAMES_LANGUAGE or "Latn" not in profile.scripts or not profile.shipped:
        return frozenset()
    own = cldr.letters(lang) | set(profile.distinctive_letters.casefold())
    return frozenset(c for c in cldr.letters(NAMES_LANGUAGE) if not c.isascii() and c.isalpha() and c not in own) - set(_foreign_letters(lang))


@functools.lru_cache(maxsize=None)
def _foreign_letter_re(lang: str) -> re.Pattern:
    """Any of :func:`_foreign_letters` and :func:`_syllable_letters` of ``lang``, in either case:
    without one, TQ603 has nothing to look at."""
    found = "".join(sorted({*_foreign_letters(lang), *_syllable_letters(lang)}))
    return re.compile(f"[{found}{found.upper()}]" if found else "(?!)")


def _marked_words(text: str, runs: list, lang: str) -> list[str | None]:
    """For each word of ``runs``, the shipped language its letters mark (None for none): a letter of
    :func:`_foreign_letters`, or two Vietnamese syllables side by side with letters of
    :func:`_syllable_letters` ("cà phê" in English, whose "café" is no such syllable)."""
    letters = _foreign_letters(lang)
    marked = [next((letters[c] for c in word.casefold() if c in letters), None) for _, _, word in runs]
    shared = _syllable_letters(lang)
    if shared:
        syllables = [m is None and not shared.isdisjoint(w.casefold()) and split_syllable(w.casefold()) is not None for m, (_, _, w) in zip(marked, runs)]
        for k, syllable in enumerate(syllables):
            if syllable and any(
                0 <= j < len(runs) and (syllables[j] or marked[j] == NAMES_LANGUAGE) and one_space_apart(text, *sorted((runs[k], runs[j])))
                for j in (k - 1, k + 1)
            ):
                marked[k] = NAMES_LANGUAGE
    return marked


@rule(
    "TQ603",
    "untranslated-words",
    category="language",
    summary="Words of another language, in its own letters, left inside a sentence (\"tổng thu ngân sách\" in English)",
    severity="warning",
)
def untranslated_words(seg, ctx):
    """Words of a shipped Latin-script language left inside a sentence of a Latin-script target.

    A sentence left whole in the wrong language is TQ601's; MT also leaves
    words and phrases ("the Sở Tài chính said", "tổng thu ngân sách
    reached").  A word with a letter that marks Vietnamese (ư, ơ, đ, ạ, ễ...)
    and that the target's alphabet lacks (as CLDR's names in the target
    language show: "ă" is Romanian, "đ" Croatian) starts a run, which takes
    in the neighbouring syllables of that language (with the source, also
    the unaccented ones at its ends that the source holds: "doanh thu tăng
    mạnh", not "tăng mạnh" alone).  Names keep their
    letters in any language ("Nguyễn Văn An visited Hà Nội"), so a run whose
    words are all capitalised is let be; a run of two words or more is
    reported, a single word only noted (a dish or a term kept on purpose:
    "phở") unless it is one of the language's marker words ("với", "của").

    With a source in such a language, words of it typed without their
    diacritics are found too: words in a row whose letters spell consecutive
    words of the source, two of which carry diacritics there ("the Chu tich
    of the province" for "Chủ tịch", "du an" for "dự án").

    Bad (vi>en): Sở Tài chính tỉnh cho biết. => The Sở Tài chính of the province said so.
    Bad (en): The Sở Y tế of Nghe An province recorded 1,245 dengue cases.
    Bad (en): Total revenue, tổng thu ngân sách, rose by 12%.
    Bad (en): Green cà phê coffee now sells for 118,500 dong a kilogram.
    Good (en): They met at a café and talked about the pâté and crème brûlée, vis-à-vis the menu.
    Good (en): Nguyễn Văn An visited Hà Nội and Đà Nẵng on Monday.
    Good (ro): Veniturile totale au crescut în această lună.
    Good (fr): Le ministre a visité l’île à pied.
    Bad (vi>en): Chủ tịch UBND tỉnh dự hội nghị. => The Chu tich of the provincial committee attended.
    Bad (vi>en): Doanh thu tăng mạnh trong năm nay. => The province said that doanh thu tăng mạnh this year.
    Good (vi>en): Ông Nguyễn Văn An thăm Hà Nội. => Mr Nguyen Van An visited Ha Noi.
    """
    if "Latn" not in ctx.target.scripts:
        return  # in another script, these letters are TQ101's
    if seg.source:
        yield from _source_words_without_diacritics(seg, ctx)
    if not ctx.text.has(_foreign_letter_re(ctx.target.code)):
        return
    text = seg.target
    runs = ctx.text.letter_runs
    marked = _marked_words(text, runs, ctx.target.code)
    if not any(marked):
        return
    k = floor = 0
    while k < len(runs):
        lang = marked[k]
        if lang is None:
            k += 1
            continue
        # take in the language's syllables on both sides, across single spaces ("Sở Tài chính"), and
        # its unaccented ones between them ("tổng thu ngân sách"), not those at the ends ("to", "an")
        first = max(floor, _phrase_edge(text, runs, marked, k, -1, lang))
        last = _phrase_edge(text, runs, marked, k, 1, lang)
        if seg.source:
            first, last = _source_syllables_around(text, runs, first, last, floor, ctx)
        floor = last + 1
        words = [w for _, _, w in runs[first:last + 1]]
        k = last + 1
        if all(w[0].isupper() for w in words):
            continue  # a name: "Nguyễn Văn An", "Hà Nội"
        start, end = runs[first][0], runs[last][1]
        if _in_the_other_language(text, ctx.text.sentences, start, load_profile(lang), ctx.target):
            continue  # a sentence left whole in the other language: TQ601's
        phrase = text[start:end]
        copied = bool(seg.source) and latin_key(phrase) in latin_key(seg.source)
        what = "words of the source left untranslated" if copied else f"{load_profile(lang).name} words"
        # one word may be a term kept on purpose ("phở"), but not one of the language's little words ("của", "với")
        single = len(words) == 1 and words[0].casefold() not in _markers(lang)
        yield Hit(start, end, f"{what} in the {ctx.target.name} target: {phrase!r}", severity=Severity.INFO if single else None)


def _source_syllables_around(text: str, runs: list, first: int, last: int, floor: int, ctx) -> tuple[int, int]:
    """The words ``first`` to ``last`` of a phrase of the source's language, widened over the
    unaccented syllables in lower case beside it that the source holds and that are no function
    words of the target ("doanh thu" of "said that doanh thu tăng mạnh", not "that")."""
    source_words = frozenset(ctx.src.folded_words)
    function_words = ctx.target.folded_function_words

    def joins(j: int) -> bool:
        word = runs[j][2]
        return word.islower() and word in source_words and word not in function_words and split_syllable(word) is not None

    while first - 1 >= floor and one_space_apart(text, runs[first - 1], runs[first]) and joins(first - 1):
        first -= 1
    while last + 1 < len(runs) and one_space_apart(text, runs[last], runs[last + 1]) and joins(last + 1):
        last += 1
    return first, last


def _source_words_without_diacritics(seg, ctx):
    """TQ603's findings of words of a source language with letters of its own (Vietnamese) typed
    into the target without their diacritics: runs of two target words or more, each pair of them
    two consecutive words of the source, and two of its words at least carrying diacritics there
    ("tong thu ngan sach" for "tổng thu ngân sách").  A run of capitalised words is a name, which
    English writes without diacritics ("Ha Noi")."""
    if not ctx.source.distinctive_letters or "Latn" not in ctx.source.scripts:
        return
    source = seg.source
    folded = ctx.src.folded_words
    keys = LETTERS_RE.findall(latin_key(source))
    if len(keys) != len(folded):
        return  # a letter whose decomposition is no letter plus marks: words cannot be paired
    marked = {key for key, word in zip(keys, folded) if key != word}
    pairs = {(keys[i], keys[i + 1]) for i in range(len(keys) - 1) if keys[i] in marked or keys[i + 1] in marked}
    if not pairs or marked.isdisjoint(ctx.text.folded_words):
        return
    text, runs, words = seg.target, ctx.text.letter_runs, ctx.text.folded_words
    k = 0
    while k < len(runs) - 1:
        last = k
        while last + 1 < len(runs) and (words[last], words[last + 1]) in pairs and one_space_apart(text, runs[last], runs[last + 1]):
            last += 1
        run = runs[k:last + 1]
        if sum(w in marked for w in words[k:last + 1]) >= 2 and all(w.isascii() for _, _, w in run) and not all(w[0].isupper() for _, _, w in run):
            start, end = runs[k][0], runs[last][1]
            yield Hit(start, end, f"words of the source without their diacritics in the {ctx.target.name} target: {text[start:end]!r}")
        k = last + 1


def _in_the_other_language(text: str, sentences: list[tuple[int, int]], pos: int, other, target) -> bool:
    """Whether the sentence around ``pos`` is left whole in ``other``, not a few words of it: half
    its words in lower case are ``other``'s accented syllables, and it reads as ``other``'s more
    than twice as strongly as the target's (marker words and letters, names aside; a target
    without marker words has nothing to weigh)."""
    s, e = next(((s, e) for s, e in sentences if s <= pos < e), (pos, pos + 1))
    words = LETTERS_RE.findall(text, s, e)
    lower = [w for w in words if w[0].islower()]
    if 2 * sum(1 for w in lower if not w.isascii() and split_syllable(w) is not None) < len(lower):
        return False
    return not target.shipped or _evidence(other, words) > 2 * _evidence(target, words)


def _phrase_edge(text: str, runs: list, marked: list, k: int, step: int, lang: str) -> int:
    """The last word, going from word ``k`` by ``step``, of the phrase of ``lang`` around it: words
    joined by single spaces that are its syllables, ending on one with its marks.  Unaccented
    syllables count only between two in lower case ("tổng thu ngân sách"; in "phở in Hà Nội" the
    "in" is English)."""
    edge = j = k
    while 0 <= j + step < len(runs) and one_space_apart(text, *sorted((runs[j], runs[j + step]))):
        j += step
        word = runs[j][2]
        if lang != NAMES_LANGUAGE or split_syllable(word) is None:
            break
        if marked[j] == lang or not word.isascii():
            between = runs[min(edge, j) + 1:max(edge, j)]
            if between and (word[0].isupper() or runs[edge][2][0].isupper()) and not all(w[0].isupper() for _, _, w in between):
                break  # unaccented words between a name and another word: the target's own ("phở in Hà Nội")
            edge = j  # (capitalised ones are the phrase's own: "Sở Y tế")
    return edge


@rule(
    "TQ602",
    "copied-from-source",
    category="language",
    summary="A target sentence nearly identical to a source sentence (left untranslated)",
    severity="warning",
    needs_source=True,
    options={"min_chrf": 75.0, "min_words": 4, "min_copied_words": 5},
    covers=UNTRANSLATED_COVERS,
)
def copied_from_source(seg, ctx):
    """A sentence of the target that is (almost) a copy of a source sentence, or a clause copied into one.

    Measured with chrF (sacrebleu) between the target sentence and each
    source sentence, both without diacritics (a copy typed without them is
    still a copy); names and numbers alone never reach the threshold.
    Where source and target share a script (Vietnamese into English or
    French), a run of ``min_copied_words`` words or more that the source
    has word for word, most of them in lower case (names and titles are
    capitalised: "Member of the Welsh Parliament"), is a clause left
    untranslated inside a translated sentence.  Sentences in a script
    the target does not use are left to TQ101.

    Bad (vi>en): Ông An phát biểu. Tỉnh sẽ tạo mọi điều kiện thuận lợi cho nhà đầu tư. => Mr An spoke. Tỉnh sẽ tạo mọi điều kiện thuận lợi cho nhà đầu tư.
    Bad (vi>en): Ông An phát biểu. Tỉnh sẽ tạo mọi điều kiện thuận lợi cho nhà đầu tư. => Mr An spoke. Tinh se tao moi dieu kien thuan loi cho nha dau tu.
    Good (vi>en): Ông Nguyễn Văn An phát biểu tại Hà Nội. => Nguyen Van An spoke in Hanoi on Monday.
    Bad (vi>en): Tỉnh sẽ tiếp tục đẩy mạnh cải cách hành chính. => The province said tinh se tiep tuc day manh cai cach next year.
    Good (vi>en): Ông Nguyễn Văn An đến Thành phố Hồ Chí Minh. => Mr Nguyen Van An went to Ho Chi Minh City.
    Good (en>fr): Members now hold the title MWP (Member of the Welsh Parliament) since May. => Les élus portent désormais le titre de MWP (Member of the Welsh Parliament) depuis mai.
    """
    target, source = seg.target, seg.source
    # compared without diacritics: a copy typed without them is still a copy ("Tinh co nhieu du an")
    src_sentences = [(plain, set(plain.split())) for plain in (latin_key(source[s:e]) for s, e in ctx.src.sentences)]
    chrf = None
    for s, e in ctx.text.sentences:
        sentence = target[s:e]
        words = LETTERS_RE.findall(sentence)
        if len(words) < ctx.options["min_words"] or _dominant_script(words) not in ctx.target.scripts:
            continue
        plain = latin_key(sentence)
        tokens = set(plain.split())
        for src_plain, src_tokens in src_sentences:
            if len(tokens & src_tokens) * 2 < len(tokens):
                continue  # cheap filter before chrF
            if chrf is None:
                from sacrebleu.metrics import CHRF  # loaded only when a sentence could be a copy

                chrf = CHRF()
            score = chrf.sentence_score(plain, [src_plain]).score
            if score >= ctx.options["min_chrf"]:
                yield Hit(s, e, f"sentence copied from the source untranslated (chrF {score:.0f})")
                break
        else:  # no source sentence it copies: a clause it copies, where both write one script
            if ctx.source.scripts[0] in ctx.target.scripts:
                yield from _copied_clauses(target, s, e, ctx)


def _copied_clauses(target: str, start: int, end: int, ctx):
    """Runs of ``min_copied_words`` words or more of ``target[start:end]`` that the source has word
    for word (compared without diacritics), most of them in lower case."""
    n = ctx.options["min_copied_words"]
    grams = ctx.memo.get(("source word runs", ctx.src.text))
    if grams is None:
        keys = [latin_key(w) for w in ctx.src.letter_words]
        grams = ctx.memo[("source word runs", ctx.src.text)] = {tuple(keys[k:k + n]) for k in range(len(keys) - n + 1)}
    if not grams:
        return
    words = [(m.start(), m.end(), m.group()) for m in LETTERS_RE.finditer(target, start, end)]
    keys = [latin_key(w) for _, _, w in words]
    k = 0
    while k + n <= len(keys):
        if tuple(keys[k:k + n]) not in grams:
            k += 1
            continue
        j = k + n
        while j < len(keys) and tuple(keys[j - n + 1:j + 1]) in grams:
            j += 1
        run = words[k:j]
        if 2 * sum(1 for _, _, w in run if w[0].islower()) > len(run):  # not a name or a title ("Member of the Welsh Parliament")
            yield Hit(run[0][0], run[-1][1], f"{j - k} words copied from the source untranslated: {target[run[0][0]:run[-1][1]]!r}")
        k = j



#: Where an abbreviation of capitals may stand: two capitals in a row ("UBND", "HĐND", "GD&ĐT").
CAPITALS_HINT = LazyPattern(r"\p{Lu}\p{Lu}")


@functools.lru_cache(maxsize=None)
def _institution_abbreviations(lang: str) -> tuple[re.Pattern | None, dict[str, tuple[str, str]]]:
    """The abbreviations of the shipped languages other than ``lang`` (profiles'
    ``institutions.abbreviations``) as a pattern of whole words, and each -> (its language, what it
    stands for)."""
    table = {a: (p.code, meaning) for p in all_shipped_profiles() if p.code != lang for a, meaning in p.institution_abbreviations.items()}
    if not table:
        return None, table
    alternation = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w&.-])(?:{alternation})(?![\w&-])"), table


@rule(
    "TQ604",
    "untranslated-abbreviation",
    category="language",
    summary="An abbreviation of the source language's institutions left as it is (\"UBND\" for the People's Committee)",
    severity="warning",
    trigger=CAPITALS_HINT,
)
def untranslated_abbreviation(seg, ctx):
    """An abbreviation of another language's institutions or terms, left in the target.

    MT passes capitals through untouched, so "Chủ tịch UBND tỉnh" becomes
    "the Chairman of the provincial UBND" or "प्रांतीय UBND के अध्यक्ष":
    the reader needs "People's Committee" (Ủy ban nhân dân).  The
    abbreviations are each shipped language's data
    (``institutions.abbreviations``: "UBND", "HĐND", "THPT", "GD&ĐT"...),
    only those that stand for nothing else; an abbreviation of the target's
    own language is at home there, and international ones (UN, NATO, FBI)
    are no one's.  One inside a document number ("2345/QĐ-UBND") stays as
    it is; in a target written without Latin letters, one with letters of
    its own ("HĐND" in Hindi) is TQ101's.

    Bad (vi>hi): Chủ tịch UBND tỉnh phát biểu. => प्रांतीय UBND के अध्यक्ष ने भाषण दिया।
    Bad (vi>en): Trường THPT Chu Văn An khai giảng. => Chu Van An THPT school opened its year.
    Bad (en): The provincial HĐND met on Monday.
    Good (vi>en): Chủ tịch UBND tỉnh phát biểu. => The chairman of the provincial People's Committee spoke.
    Good (hi): FBI और NATO के अधिकारियों की बैठक हुई।
    Good (vi): Chủ tịch UBND tỉnh phát biểu.
    Good (vi>en): Tỉnh ban hành Quyết định số 2345/QĐ-UBND. => The province issued Decision No. 2345/QĐ-UBND.
    """
    pattern, table = _institution_abbreviations(ctx.target.code)
    if pattern is None:
        return
    latin = "Latn" in ctx.target.scripts
    for m in pattern.finditer(seg.target):
        if not (latin or m.group().isascii()):
            continue  # letters of another alphabet ("HĐND" in Hindi): TQ101's
        lang, meaning = table[m.group()]
        yield Hit(m.start(), m.end(), f"{load_profile(lang).name} abbreviation {m.group()!r} ({meaning}) left untranslated in the {ctx.target.name} target")
