"""Names rendered wrongly (TQ402, TQ403): translated word by word, or missing from the target.
"""
from __future__ import annotations

import collections
import functools
import itertools
import unicodedata

import regex


from ...languages import load_profile, translit
from ...model import Hit
from ...registry import rule
from ...text import WORD_BEFORE_RE, any_of, one_space_apart
from ._spans import NameRun, _brahmic, _gazetteer, _particles, _source_names, _source_places, _stop_and_titles, _word_key, addressed_given_name_re, addressed_words, name_runs


@functools.lru_cache(maxsize=None)
def _meanings(lang: str) -> dict[str, tuple[str, ...]]:
    """Word in ``lang`` -> the Vietnamese given names it translates."""
    table: dict[str, list[str]] = collections.defaultdict(list)
    for name, words in _syllable_meanings(lang).items():
        for w in sorted(words):
            table[w].append(name)
    return {k: tuple(v) for k, v in table.items()}


@functools.lru_cache(maxsize=None)
def _meaning_words(lang: str) -> frozenset[str]:
    return frozenset(_meanings(lang))


#: Code points of a translated given name's start looked for before its case ending is taken off.
MEANING_START = 3


@functools.lru_cache(maxsize=None)
def _meaning_starts(lang: str) -> frozenset[str]:
    return frozenset(w[:MEANING_START] for w in _meanings(lang))


def _surname_form(word: str, script: str | None) -> str:
    """What of a target word is compared with :func:`_surnames_in`: the Devanagari word itself, the
    phonetic key of a word in another Brahmic script (whose own spelling conventions, such as
    Bengali য় for a glide, the letter-for-letter mapping does not reproduce), or the Latin form
    without diacritics."""
    return word if script == "Deva" else _word_key(script)(word)


def _surnames_in(script: str | None) -> frozenset[str]:
    """Surnames as :func:`_surname_form` gives them for a target in ``script`` (None: a Latin-script target)."""
    return _name_syllables_in("surnames", script)


def _middles_in(script: str | None) -> frozenset[str]:
    """The middle names of the names data ("Văn", "Thị") as :func:`_surname_form` gives them."""
    return _name_syllables_in("middle", script)


@functools.lru_cache(maxsize=None)
def _name_syllables_in(kind: str, script: str | None) -> frozenset[str]:
    """The names data's syllables of ``kind`` ("surnames", "middle") as :func:`_surname_form` gives
    them: their accepted Devanagari spellings, those spellings' keys for another Brahmic script,
    or their Latin form without diacritics."""
    syllables = translit.names_data()[kind]
    if script is None:
        return frozenset(translit.latin_key(k) for k in syllables)
    spellings = frozenset(s for syllable in syllables for s in translit.syllable_spellings(syllable))
    return spellings if script == "Deva" else frozenset(map(translit.deva_key, spellings))


@rule(
    "TQ402",
    "name-translated",
    category="names",
    summary="A given name translated as a word (Hồng -> \"गुलाबी\", pink)",
    severity="error",
    fixable="unsafe",
    covers=("TQ401", "TQ403"),  # a name translated is spelled unlike the source's and its other mentions
)
def name_translated(seg, ctx):
    """A Vietnamese given name rendered by its meaning instead of its sound.

    Many given names are ordinary words: Hồng (pink), Hương (fragrance),
    Thanh (blue), Hưng (prosperous).  MT engines translate them: "गुयेन
    मिन्ह समृद्ध" for Nguyễn Minh Hưng.  A name that starts with a known
    surname and holds such a word is reported, with the transliteration as
    suggestion.  The meaning lists are data (``data/vi-names.toml``), for
    Hindi, Marathi, Nepali, Bengali and English; in Bengali the surname is
    recognised by its phonetic key and the suggestion is written with
    Bengali's own spellings (গুয়েন মিন হুং).  A word that translates
    several names ("प्रकाश": Quang, Ánh) is read as the one the source
    has, which the suggestion then spells.  A surname that is also a word
    of the target language (Marathi "हा", this, spells Hà) starts a name only
    where the source holds the name the word translates, or after a form of
    address ("सुश्री दो थी गुलाबी"): "हा संपूर्ण भाग" is "this whole part".

    Bad (hi): अध्यक्ष कॉमरेड गुयेन मिन्ह समृद्ध ने सराहना की।
    Bad (hi): सुश्री डो थी गुलाबी लोआन ने प्रतिनिधियों से कहा।
    Bad (hi): सुश्री ले थी फूल ने भाषण दिया।
    Bad (en): Chairman Nguyen Minh Prosperous praised the sector.
    Bad (bn): চেয়ারম্যান নগুয়েন মিন সমৃদ্ধ খাতটির প্রশংসা করেন।
    Bad (mr): अध्यक्ष न्गुयेन मिन्ह समृद्ध यांनी कौतुक केले.
    Good (hi): अध्यक्ष कॉमरेड गुयेन मिन्ह हंग ने सराहना की।
    Good (hi): उन्होंने गुलाबी रंग की साड़ी पहनी और नीला झंडा लहराया।
    Good (hi): किसानों ने फूल और फल बेचे।
    Good (en): Nguyen Minh Hung praised the bright future of the province.
    Bad (vi>hi): Bà Nguyễn Thị Ánh nói. => सुश्री गुयेन थी प्रकाश ने कहा।
    Bad (vi>hi): Bà Nguyễn Thị Hà nói. => सुश्री गुयेन थी नदी ने कहा।
    Bad (vi>en): Ông Lê Minh phát biểu. => Mr Le Bright spoke.
    Good (vi>hi): Ông Đỗ Hùng nói hai đội thắng. => श्री डो हंग ने कहा कि दो जीत हुईं।
    Good (vi>hi): Sông Đồng Nai dài. => डोंग नाई नदी लंबी है।
    Bad (hi): श्री गुयेन वान समुद्र ने भाषण दिया।
    Good (mr): हा संपूर्ण भाग पाण्याखाली गेला.
    Bad (hi): सुश्री दो थी गुलाबी ने कहा कि लक्ष्य पूरा हुआ।
    Bad (hi): प्रधानमंत्री फाम मिन्ह मुख्य ने सम्मेलन को संबोधित किया।
    Bad (vi>mr): Ông Hà Văn Toàn phát biểu. => श्री हा व्हान संपूर्ण यांनी भाषण केले.

    A person named in full once is then addressed by the given name alone
    ("ông Thắng"); where the source does so, a form of address before the
    word that translates that given name is reported too ("श्री विजय",
    Mr Victory).

    Bad (vi>hi): Ông Thắng nhấn mạnh. => श्री विजय ने जोर दिया।
    Bad (vi>en): Bà Hoa phát biểu. => Ms. Flower spoke.
    Good (vi>hi): Ông Thắng nhấn mạnh. => श्री थांग ने जोर दिया।
    Good (vi>hi): Đội nhà đã thắng. => श्री विजय की टीम जीती।

    A business named by such syllables after "Công ty", "Tập đoàn" and the
    like (the names data's ``organisations``, legal forms such as "TNHH"
    skipped) is a name too: two of its syllables side by side, translated,
    or one translated beside the other's sound, are reported ("Công ty TNHH
    Hoàng Long" -> "Golden Dragon Co., Ltd", "Golden Long Co., Ltd").

    Bad (vi>hi): Xưởng của Công ty TNHH Hoàng Long bị cháy. => सुनहरा ड्रैगन कंपनी लिमिटेड की कार्यशाला में आग लगी।
    Bad (vi>en): Xưởng của Công ty TNHH Hoàng Long bị cháy. => The workshop of Golden Dragon Co., Ltd caught fire.
    Good (vi>en): Xưởng của Công ty TNHH Hoàng Long bị cháy. => The workshop of Hoang Long Co., Ltd caught fire.
    Bad (vi>en): Xưởng của Công ty TNHH Hoàng Long bị cháy. => The workshop of Golden Long Co., Ltd caught fire.
    Bad (vi>hi): Xưởng của Công ty TNHH Hoàng Long bị cháy. => होआंग ड्रैगन कंपनी लिमिटेड की कार्यशाला में आग लगी।
    Bad (en): Chairman Tran Van Sea spoke at the meeting.
    Good (en): Ships crossed the Dong Nai River at dawn.
    """
    meanings = _meanings(ctx.target.code)
    if not meanings:
        return
    text = seg.target
    words = ctx.text.letter_words
    if _meaning_words(ctx.target.code).isdisjoint(words):
        endings = ctx.target.case_endings
        # a meaning with a case ending written onto it ("समृद्धले") still starts with the meaning
        if not endings or _meaning_starts(ctx.target.code).isdisjoint(w[:MEANING_START] for w in words):
            return
    script = _brahmic(ctx.target)
    businesses = []
    if seg.source:
        yield from _addressed_by_meaning(seg, ctx, meanings, script)
        businesses = list(_business_by_meaning(seg, ctx, script))
        yield from businesses
    surnames = _surnames_in(script)
    if script == "Deva" and surnames.isdisjoint(words):
        return  # a name starts at its surname
    particles = _particles(script) if script else frozenset()
    for run in name_runs(text, ctx.target, extra=_meaning_words(ctx.target.code), keep=particles, words=ctx.text.letter_runs):
        # the name starts at its surname ("Chairman Nguyen Minh ...")
        first = next((k for k, (_, _, w) in enumerate(run.words) if _surname_form(w, script) in surnames), None)
        # a surname, a name syllable and the translated word at least ("दो जीत" is "two wins"); a
        # surname and the word only where the source has such a two-word name ("Ông Lê Minh")
        if first is None or len(run.words) - first < (2 if seg.source else 3):
            continue
        run = NameRun(run.words[first][0], run.end, run.words[first:])
        if any(h.start < run.end and run.start < h.end for h in businesses):
            continue  # a business's name, reported as one
        # (word, its meaning's form): the name's last word may carry a case ending ("गुयेन भान
        # समृद्धले" in Nepali), whose stem is the meaning
        last = run.words[-1][2]
        translated = [(s, e, w, w if w in meanings or w != last else ctx.target.without_case_ending(w)) for s, e, w in run.words]
        translated = [t for t in translated if t[3] in meanings]
        if not translated:
            continue
        if len(run.words) == 2 and not any(not _two_word_given_names(ctx).isdisjoint(meanings[stem]) for *_, stem in translated):
            continue
        in_source = frozenset(ctx.src.letter_words) if seg.source else frozenset()
        if (
            run.words[0][2] in ctx.target.name_stopwords and all(in_source.isdisjoint(meanings[stem]) for *_, stem in translated)
            and not _after_title(text, run.start, ctx.target.code)
        ):
            # a surname that is also a word of the language (Marathi "हा", this, for Hà): only with
            # the source's name, or after a form of address ("सुश्री दो थी गुलाबी")
            continue
        last = translated[-1]
        if (
            last[2] in ctx.target.place_words and last[1] == run.end and in_source.isdisjoint(meanings[last[3]])
            and not _after_title(text, run.start, ctx.target.code)
            and not any(_surname_form(w, script) in _middles_in(script) for _, _, w in run.words[1:-1])
        ):
            # "डोंग नाई नदी": a place and its river, not a name, unless the source has the name (Hà),
            # a form of address names a person ("श्री गुयेन वान समुद्र") or a middle name stands in
            # it ("Tran Van Sea": no place takes one)
            continue
        # a word may translate several names ("प्रकाश": Quang, Ánh): the source's, when it has one
        read = {stem: [n for n in meanings[stem] if n in in_source] or meanings[stem] for _, _, _, stem in translated}
        suggestion = run.text
        for _, _, w, stem in translated:
            rendered = _rendered(read[stem][0], script)
            if rendered:
                suggestion = suggestion.replace(w, rendered + w[len(stem):])
        listed = ", ".join(f"{w!r} ({'/'.join(read[stem])})" for _, _, w, stem in translated)
        yield Hit(run.start, run.end, f"given name translated as a word in {run.text!r}: {listed}", suggestion=suggestion)


@functools.lru_cache(maxsize=None)
def _business_name_re():
    """A business's name in Vietnamese, after its marker and legal forms ("Công ty TNHH Hoàng
    Long"): capitalised syllables (group 1); and what a text holding one holds (a marker's
    first word, in either case).  None without the names data's ``organisations``."""
    data = translit.names_data().get("organisations", {})
    markers, forms = data.get("markers", ()), data.get("legal_forms", ())
    if not markers:
        return None, None

    def alternation(words) -> str:
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    legal = rf"(?:\s+(?:{alternation(forms)})(?![\p{{L}}\p{{M}}]))*" if forms else ""
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{alternation(markers)}){legal}\s+(\p{{Lu}}[\p{{L}}\p{{M}}]*(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}]*)+)")
    firsts = {m.split()[0] for m in markers}
    return pattern, any_of(frozenset(firsts | {w.lower() for w in firsts}))


def _business_by_meaning(seg, ctx, script):
    """Two syllables of a business's name in the source ("Công ty TNHH Hoàng Long") rendered in the
    target side by side, by their meanings ("सुनहरा ड्रैगन", "Golden Dragon") or one of them
    so and the other as its sound ("Golden Long"; the second may carry a case ending)."""
    if ctx.source is None or ctx.source.code != translit.NAMES_LANGUAGE:
        return
    pattern, hint = _business_name_re()
    if pattern is None or hint.search(seg.source) is None:
        return
    meaning = _syllable_meanings(ctx.target.code)
    text, runs, profile = seg.target, ctx.text.letter_runs, ctx.target
    key = _word_key(script)

    def means(word: str, syllable: str) -> bool:
        return syllable in meaning and (word in meaning[syllable] or profile.without_case_ending(word) in meaning[syllable])

    def sounds(word: str, syllable: str) -> bool:
        if script is None:
            return translit.latin_name_key(word) == translit.latin_name_key(syllable)
        return not translit.syllable_keys(syllable).isdisjoint({key(word), key(profile.without_case_ending(word))})

    for m in pattern.finditer(seg.source):
        syllables = m.group(1).split()
        for x, y in zip(syllables, syllables[1:]):
            if x not in meaning and y not in meaning:
                continue
            for a, b in zip(runs, runs[1:]):
                if ((means(a[2], x) and (means(b[2], y) or sounds(b[2], y))) or (sounds(a[2], x) and means(b[2], y))) and one_space_apart(text, a, b):
                    rendered = " ".join(_rendered(n, script) for n in (x, y))
                    yield Hit(a[0], b[1], f"name {x + ' ' + y!r} of {m.group(0)!r} translated by its meaning: {text[a[0]:b[1]]!r}", suggestion=rendered if rendered.strip() else None)


def _after_title(text: str, start: int, lang: str) -> bool:
    """Whether the word before ``start`` is a form of address ("श्री", "Mr")."""
    before = WORD_BEFORE_RE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1) in _stop_and_titles(lang)[1]


def _rendered(name: str, script: str | None) -> str:
    """A Vietnamese given name transliterated into the target's script (None: Latin letters without
    diacritics); empty where the script lacks a letter the rendering needs (Tamil has no aspirates)."""
    rendered = translit.from_deva(translit.vi_to_deva(name) or "", script) if script else translit.latin_key(name).title()
    return "" if any(unicodedata.category(c) == "Cn" for c in rendered) else rendered


def _addressed_by_meaning(seg, ctx, meanings: dict[str, tuple[str, ...]], script: str | None):
    """A form of address before the word that translates the given name the source addresses
    alone ("Ông Thắng" rendered "श्री विजय", Mr Victory)."""
    addressed = None
    for ts, s, e, w, _ in addressed_words(seg.target, ctx.text.letter_runs, ctx.target.code):
        if addressed is None:
            addressed = {m.group(1) for m in addressed_given_name_re().finditer(seg.source)}
        stem = w if w in meanings else ctx.target.without_case_ending(w)
        names = [n for n in meanings.get(stem, ()) if n in addressed]
        if names:
            rendered = _rendered(names[0], script)
            yield Hit(ts, e, f"given name translated as a word in {seg.target[ts:e]!r}: {w!r} ({'/'.join(names)})", suggestion=seg.target[ts:s] + rendered + w[len(stem):] if rendered else None)


def _two_word_given_names(ctx) -> frozenset[str]:
    """The given names of the source's two-word names ("Minh" of "Ông Lê Minh")."""
    return frozenset(n.split()[1] for _, _, n in _source_names(ctx.src) if len(n.split()) == 2)


@functools.lru_cache(maxsize=None)
def _known_places(lang: str, names_glossary: str | None) -> frozenset[str]:
    """Places not expected transliterated: those with an established name, and foreign places by their Vietnamese reading."""
    return frozenset(_gazetteer(lang, names_glossary)[0]) | frozenset(translit.names_data().get("foreign_places", ()))


def _apart(span: tuple[int, int, str], spans: list[tuple[int, int, str]]) -> bool:
    """True when ``span`` overlaps none of ``spans`` (a name found twice is checked once)."""
    return all(span[0] >= e or span[1] <= s for s, e, _ in spans)


def _joined(keys: tuple[str, ...], needle: list[frozenset[str]]) -> bool:
    """True when one word of ``keys`` renders all of ``needle``'s syllables written together ("वियतनाम")."""
    if len(needle) > 4:
        return False
    joined = {"".join(parts) for parts in itertools.product(*needle)}
    return not joined.isdisjoint(keys)


@rule(
    "TQ403",
    "name-not-rendered",
    category="names",
    summary="A Vietnamese name of the source has no acceptable rendering in the target",
    severity="warning",
    needs_source=True,
)
def name_not_rendered(seg, ctx):
    """A person or place named in the source who cannot be found in the target.

    Each Vietnamese name of the source (a known surname followed by
    syllables, a place after "tỉnh", "huyện", "xã", "thành phố"..., or a
    province or city of the names data wherever it stands, unless it ends a
    longer name, "Thái Bình Dương", or the text names Chinese places) is
    transliterated into the target's script and looked up by phonetic key,
    so accepted variants (गुयेन / न्गुयेन, ट्रान / त्रान, दांग / डांग) all
    match; a place may also be written as one word ("वियतनाम"), and places
    with an established name are TQ404's.  A name rendered by the meaning
    of a syllable or more, and by the sound of the others ("थाई शांति" for
    Thái Bình, "Mountain La" for Sơn La: the meanings of ``data/vi-names.toml``,
    an adjective in any of the forms of the profile's ``grammar.adjective_endings``: "नीली नदी" for
    Thanh Hà) is reported in the target; one translated otherwise ("Hải Dương" as
    "समुद्र सॉस", sea sauce) is not found.  A name left in Latin letters, garbled, or
    dropped is reported on the source, with the expected spelling as
    suggestion; one of three syllables or more that the target spells right
    but for one syllable ("Pham Van Zung") is reported there, in the target.  For Latin-script targets the name is expected with or
    without diacritics, its syllables maybe joined by hyphens and in the
    older romanisation ("Dac Lac" for Đắk Lắk, as TQ401 reads it); Bengali, Gurmukhi, Gujarati, Telugu and Kannada are
    read as Devanagari (see TQ401); targets in other scripts (Tamil, Thai,
    Chinese...) are checked only against the names glossary.  A names glossary (``names`` in the configuration:
    TSV/CSV with source name, target spelling, accepted variants) overrides
    the model for the names it lists.

    Bad (vi>hi): Ông Lê Quang Tuấn phát biểu. => श्री ले क्वान तुआन ने भाषण दिया।
    Bad (vi>hi): Ông Lê Quang Tuấn phát biểu. => श्री Lê Quang Tuấn ने भाषण दिया।
    Bad (vi>en): Ông Lê Quang Tuấn phát biểu. => Mr Le Quan Tuan spoke.
    Bad (vi>en): Ông Phạm Văn Dũng phát biểu. => Mr Pham Van Zung spoke.
    Bad (vi>hi): Ông Phạm Văn Dũng phát biểu. => श्री फाम वैन डुंग ने भाषण दिया।
    Bad (vi>hi): Ông Nguyễn Minh Hưng phát biểu. => श्री गुयेन मिन्ह ने भाषण दिया।
    Bad (vi>hi): Tỉnh Hải Dương đạt kết quả tốt. => समुद्र सॉस प्रांत ने अच्छे परिणाम हासिल किए।
    Good (vi>hi): Tỉnh Hải Dương đạt kết quả tốt. => हाई डुओंग प्रांत ने अच्छे परिणाम हासिल किए।
    Bad (vi>hi): Mưa lớn tại Đồng Hới. => पूर्वी समुद्र में भारी बारिश हुई।
    Good (vi>hi): Mưa lớn tại Đồng Hới. => डोंग होई में भारी बारिश हुई।
    Bad (vi>hi): Tỉnh Bình Dương đạt kết quả tốt. => शांत सागर प्रांत ने अच्छे परिणाम हासिल किए।
    Bad (vi>en): Tỉnh Sơn La đạt kết quả tốt. => Mountain La province did well.
    Bad (vi>hi): Anh Hùng ở xã Thanh Hà. => हंग नीली नदी कम्यून में रहते हैं।
    Good (vi>hi): Anh Hùng ở xã Thanh Hà. => हंग थान्ह हा कम्यून में रहते हैं।
    Good (vi>en): Tỉnh Sơn La đạt kết quả tốt. => Son La province did well.
    Good (vi>en): Mưa lớn tại Đắk Lắk và Thừa Thiên Huế. => Heavy rain fell in Dac Lac and Thua Thien-Hue.
    Good (vi>hi): Bão mạnh lên trên Thái Bình Dương. => प्रशांत महासागर पर तूफान तेज हुआ।
    Good (vi>en): Đoàn công tác thăm huyện Gia Lộc. => The delegation visited Gia Loc district.
    Good (vi>hi): Ông Lê Quang Tuấn phát biểu. => श्री ले क्वांग तुआन ने भाषण दिया।
    Good (vi>hi): Bà Nguyễn Thị Thanh Hương nói. => सुश्री न्गुयेन थी थान हुओंग ने कहा।
    Good (vi>en): Ông Lê Quang Tuấn phát biểu. => Le Quang Tuan spoke.
    Good (vi>mr): Ông Nguyễn Văn Hùng phát biểu. => श्री न्गुयेन व्हान हुंग यांनी भाषण केले.
    Good (vi>bn): Ông Nguyễn Văn Hùng phát biểu. => জনাব নগুয়েন ভ্যান হুং বক্তব্য দেন।
    Good (vi>bn): Tỉnh Đồng Tháp xuất khẩu gạo. => ডং থাপ প্রদেশ চাল রপ্তানি করে।
    Good (vi>ne): Ông Nguyễn Văn Hùng phát biểu. => श्री गुयेन भान हुङले भाषण गरे।
    Good (vi>mr): Ông Nguyễn Văn Hùng phát biểu. => श्री गुयेन व्हान हुंगने भाषण केले.
    """
    script, latin = _brahmic(ctx.target), "Latn" in ctx.target.scripts
    user = _user_names(ctx)
    if not script and not latin and not user:
        return  # no transliteration model for this script: nothing to expect
    names = list(_source_names(ctx.src))
    names += [n for n in _user_names_in(seg.source, user) if _apart(n, names)]
    places = [p for p in _source_places(ctx.src) if p[2] not in _known_places(ctx.target.code, ctx.config.names) and _apart(p, names)]
    names += places
    if not names:
        return
    kinds = {p: "place" for p in places}
    target = seg.target
    if script:
        key = _word_key(script)
        keys = tuple(key(w) for _, _, w in ctx.text.letter_runs)
        stems = None  # computed when a name is not found as it is
    else:
        folded = translit.latin_key(target)
        # the target's words as name keys, one space apart: "Dac Lac" is "Dak Lak", "Thien-Hue" "Thien Hue"
        name_keys = " " + " ".join(translit.latin_name_key(w) for _, _, w in ctx.text.letter_runs) + " "
    for s, e, name in names:
        entry = user.get(translit.latin_key(name))
        if entry is not None:
            # the user's glossary decides: one of its spellings must be there
            if not any(form in target for form in entry.renderings):
                yield Hit(s, e, f"name {name!r} should be written {entry.target!r} (names glossary), which the target does not contain", suggestion=entry.target, field="source")
            continue
        what = kinds.get((s, e, name), "name")
        if script:
            rendered = translit.name_in_script(name, script)
            needle = [translit.syllable_keys(w) for w in name.split()]
            if rendered is None or _contains(keys, needle) or (what == "place" and _joined(keys, needle)):
                continue
            if ctx.target.case_endings:
                # a case ending written onto the name's last word ("गुयेन भान हुङले" in Nepali)
                stems = stems or tuple(key(ctx.target.without_case_ending(w)) for _, _, w in ctx.text.letter_runs)
                if _contains(keys, needle, stems):
                    continue
            if translit.latin_key(name) in translit.latin_key(target):
                how = "left in Latin letters"
            else:
                by_meaning = _rendered_by_meaning(ctx.text.letter_runs, keys, needle, name, target, ctx.target.code, what)
                if by_meaning is None and ctx.target.case_endings:
                    # the words read without the case endings written onto them ("फाम थी निलो हुयेनले")
                    stems = stems or tuple(key(ctx.target.without_case_ending(w)) for _, _, w in ctx.text.letter_runs)
                    bare = [(s, e, ctx.target.without_case_ending(w)) for s, e, w in ctx.text.letter_runs]
                    by_meaning = _rendered_by_meaning(bare, stems, needle, name, target, ctx.target.code, what)
                if by_meaning is not None:
                    if by_meaning[2]:
                        yield _meaning_hit(by_meaning, target, what, name, rendered)
                    continue
                near = _near_rendering(ctx.text.letter_runs, keys, needle, target, _no_name_word(ctx.target.code, script))
                if near is not None:
                    yield Hit(near[0], near[1], f"{target[near[0]:near[1]]!r} {near[2]} the source's {what} {name!r} (expected e.g. {rendered!r})", suggestion=rendered)
                    continue
                how = "not found"
            yield Hit(s, e, f"{what} {name!r} {how} in the target (expected e.g. {rendered!r})", suggestion=rendered, field="source")
        elif latin:
            key = translit.latin_key(name)
            if key in folded or (what == "place" and key.replace(" ", "") in folded.replace(" ", "")):
                continue
            if " " + " ".join(map(translit.latin_name_key, name.split())) + " " in name_keys:
                continue
            runs = ctx.text.letter_runs
            keys = tuple(translit.latin_name_key(w) for _, _, w in runs)
            needle = [{translit.latin_name_key(w)} for w in name.split()]
            by_meaning = _rendered_by_meaning(runs, keys, needle, name, target, ctx.target.code, what)
            if by_meaning is not None:
                if by_meaning[2]:
                    yield _meaning_hit(by_meaning, target, what, name, key.title())
                continue
            near = _near_rendering(runs, keys, needle, target, _no_name_word(ctx.target.code, None))
            if near is not None:
                yield Hit(near[0], near[1], f"{target[near[0]:near[1]]!r} {near[2]} the source's {what} {name!r}", suggestion=key.title())
                continue
            yield Hit(s, e, f"{what} {name!r} not found in the target", suggestion=key.title(), field="source")


@functools.lru_cache(maxsize=None)
def _syllable_meanings(lang: str) -> dict[str, frozenset[str]]:
    """Vietnamese name syllable -> the words of ``lang`` an MT engine translates it with (the
    meaning tables of ``data/vi-names.toml``: "Bình" -> शांति, शांत), adjectives in each of their
    forms ("Thanh" -> नीला, नीली, नीले)."""
    profile = load_profile(lang)
    return {
        name: frozenset(form for w in words for form in profile.adjective_forms(unicodedata.normalize("NFC", w)))
        for name, words in translit.names_data().get("meanings", {}).get(lang, {}).items()
    }


def _rendered_by_meaning(runs: list, keys: tuple[str, ...], needle: list, name: str, text: str, lang: str, what: str):
    """(start, end, translated words) of the words side by side in the target that render each
    syllable of ``name`` by its sound (a key of ``needle``) or by its meaning, one at least by its
    meaning ("थाई शांति" for Thái Bình, "Tran Nation Toan"); None when there is no such run.  A
    person's name whose surname is rendered by its sound is left to TQ402, which reads the given
    names of the source (no translated words are given then); one of two syllables both rendered
    by meaning is not read as the name."""
    meanings = _syllable_meanings(lang)
    words_of = [meanings.get(syllable, frozenset()) for syllable in name.split()]
    n = len(needle)
    if not any(words_of) or n < 2:
        return None
    for k in range(len(keys) - n + 1):
        by_meaning = [runs[k + j][2] in words_of[j] for j in range(n)]
        if (
            any(by_meaning) and all(by_meaning[j] or keys[k + j] in needle[j] for j in range(n))
            and all(one_space_apart(text, runs[k + j - 1], runs[k + j]) for j in range(1, n))
        ):
            if what != "place" and not by_meaning[0]:
                return runs[k][0], runs[k + n - 1][1], []  # "फाम थी नीला हुयेन", "Le King": a given name translated, TQ402's finding
            if what != "place" and n == 2:
                continue  # a person's two words both read by meaning: no telling them from prose
            return runs[k][0], runs[k + n - 1][1], [runs[k + j][2] for j in range(n) if by_meaning[j]]
    return None


def _meaning_hit(found, target: str, what: str, name: str, rendered: str) -> Hit:
    start, end, translated = found
    listed = ", ".join(map(repr, translated))
    return Hit(start, end, f"{target[start:end]!r} translates the source's {what} {name!r} by meaning ({listed}) instead of rendering its sound", suggestion=rendered)


def _near_rendering(runs: list, keys: tuple[str, ...], needle: list, text: str, no_name_word) -> tuple[int, int, str] | None:
    """The span of words side by side in the target that render a name of three syllables or more
    but one ("Pham Van Zung" for Phạm Văn Dũng, "फाम वैन डुंग"): each word's key among the accepted
    keys of its syllable (``needle``) but one; None when there is no such run, or more than one.
    With the span, what is wrong: where the odd word at either end is no name's (``no_name_word``:
    a function word, a form of address: "श्री मिन्ह हंग", "गुयेन मिन्ह ने", "Nguyen Minh said"),
    the name lacks that syllable, and the span is the words that render the rest."""
    n = len(needle)
    if n < 3:
        return None
    found = []
    for k in range(len(keys) - n + 1):
        if sum(keys[k + j] in needle[j] for j in range(n)) != n - 1:
            continue
        if all(one_space_apart(text, runs[k + j - 1], runs[k + j]) for j in range(1, n)):
            odd = next(j for j in range(n) if keys[k + j] not in needle[j])
            if odd in (0, n - 1) and no_name_word(runs[k + odd][2]):
                first, last = (k + 1, k + n - 1) if odd == 0 else (k, k + n - 2)
                found.append((runs[first][0], runs[last][1], "lacks one syllable of"))
            else:
                found.append((runs[k][0], runs[k + n - 1][1], "misspells one syllable of"))
    return found[0] if len(found) == 1 else None


def _no_name_word(lang: str, script: str | None):
    """Whether a word of a ``lang`` target is none of a name's: a function word or a form of
    address, or (in Latin letters, where names are capitalised) a word in lower case."""
    stop, titles = _stop_and_titles(lang)
    if script:
        return lambda word: word in stop or word in titles
    return lambda word: word in stop or word in titles or not word[:1].isupper()


def _user_names(ctx) -> dict:
    """The user's names glossary (``names`` in the configuration), keyed by the source name without diacritics."""
    path = ctx.config.names
    if not path:
        return {}
    from ... import glossary

    return {translit.latin_key(e.source): e for e in glossary.load(path) if e.target_lang in (None, ctx.target.code)}


def _user_names_in(source: str, user: dict) -> list[tuple[int, int, str]]:
    """Glossary names found in ``source``, with or without diacritics."""
    if not user:
        return []  # no glossary: nothing to fold the source for
    folded = translit.latin_key(source)
    aligned = len(folded) == len(source)  # folding kept every offset (precomposed text)
    out = []
    for key, entry in user.items():
        at = folded.find(key) if aligned else source.find(entry.source)
        if at >= 0:
            end = at + (len(key) if aligned else len(entry.source))
            out.append((at, end, source[at:end]))
    return out


def _contains(haystack: tuple[str, ...], needle: list[frozenset[str]], stems: tuple[str, ...] | None = None) -> bool:
    """True when consecutive words of ``haystack`` have keys in each of ``needle``'s sets; with
    ``stems`` (the keys of the words without a case ending), the last word may match by its stem."""
    n = len(needle)
    return any(
        all(haystack[i + k] in needle[k] for k in range(n - 1)) and (haystack[i + n - 1] in needle[-1] or (stems is not None and stems[i + n - 1] in needle[-1]))
        for i in range(len(haystack) - n + 1)
    )
