"""One name spelled several ways (TQ401), within an article and across a corpus.
"""
from __future__ import annotations

import collections
import itertools
import math
import operator
import unicodedata

from ...languages import translit
from ...model import Hit
from ...registry import rule
from ...text import WORD_BEFORE_RE, one_space_apart
from .._common import one_edit_apart
from . import other_names
from ._spans import NameRun, _brahmic, _flags, _particles, _source_names, _source_places, _surname_spellings, _word_key, addressed_given_name_re, addressed_words, name_runs


def _sub_runs(run: NameRun, stop: frozenset[str], surnames: frozenset[str] = frozenset(), particles: frozenset[str] = frozenset()):
    """Every contiguous part with at least two words that are not stopwords, or that starts with a surname.

    A part may start or end with a name particle that is also a Hindi word
    (काओ तुओंग हुई, तो लाम), never with another stopword.
    """
    words = run.words
    edge_stop = stop - particles
    for i in range(len(words)):
        if words[i][2] in edge_stop:
            continue
        for j in range(i + 2, min(len(words), i + 5) + 1):
            if words[j - 1][2] in edge_stop:
                continue
            part = words[i:j]
            if sum(1 for _, _, w in part if w not in stop) >= 2 or part[0][2] in surnames:
                yield NameRun(part[0][0], part[-1][1], part)


def _edges(profile) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What :func:`_sub_runs` needs of the target: its stopwords, and the surnames and name particles in its script."""
    script = _brahmic(profile)
    if not script:
        return profile.name_stopwords, frozenset(), frozenset()
    return profile.name_stopwords, _surname_spellings(script), _particles(script)


def _key(run: NameRun, profile) -> tuple[str, ...]:
    if profile.code == translit.NAMES_LANGUAGE:
        # the names' own language: "Hùng" and "Hưng" are two names, only case and composition vary
        return tuple(unicodedata.normalize("NFC", w).casefold() for _, _, w in run.words)
    return tuple(map(_word_key(_brahmic(profile)), (w for _, _, w in run.words)))


def _aa_slips_merged(groups, profile):
    """Groups of full names (three words or more) merged when their spellings differ only in
    writing "ै" where the other writes "ा" ("गुयेन वैन हंग" / "गुयेन वान हंग"), a surname's
    "ुआ" where the other writes "ोआ" ("हुआंग वान नाम" / "होआंग वान नाम", Hoàng), or "ो" where
    the other writes "ुओ" ("डोंग वान फुक" / "डुओंग वान फुक", Dương), or "न" for "न्ह" ("त्रान थी
    होंग नुंग" / "त्रान थी होंग न्हुंग", Nhung).

    The key keeps them apart, since "ै" also writes a Vietnamese e ("नैन" for Nên), "ुआ"
    a Vietnamese ua, "ो" an o (Đông beside Dương) and "न" an n; beside the same other words of a full
    name, each is a slip (:func:`translit.without_slips`; the slips are ``data/vi-deva.toml``'s
    ``slips``).  Used without the source, which otherwise tells which name each spelling renders.
    """
    word_key = _word_key(_brahmic(profile))
    merged: dict[tuple[str, ...], list] = collections.defaultdict(list)
    for key, occurrences in groups.items():
        if len(key) >= 3:
            key = tuple(word_key(translit.without_slips(w, surname=k == 0)) for k, (_, _, w) in enumerate(occurrences[0][1].words))
        merged[key].extend(occurrences)
    return merged if len(merged) < len(groups) else groups


def _typos_merged(groups):
    """Groups of full names (three words or more) in Latin letters merged when they differ in one
    word only, which one of them misspells: a letter more, less or other than the other's word,
    making no Vietnamese syllable ("Tran Quoc Hungg" beside "Tran Quoc Hung"), or no name's
    syllable where the other's is one ("Trang Quoc Hung": Trang is no surname; "Dang Vanh Minh":
    Vanh no middle name).  Two names' syllables ("Hung", "Hong") may be two people's names and
    are kept apart."""
    keys = [key for key in groups if len(key) >= 3]
    into: dict[tuple[str, ...], tuple[str, ...]] = {}
    for a, b in itertools.combinations(keys, 2):
        if len(a) != len(b):
            continue
        differ = [k for k in range(len(a)) if a[k] != b[k]]
        if len(differ) != 1:
            continue
        x, y = a[differ[0]], b[differ[0]]
        if not one_edit_apart(x, y):
            continue
        for known in (translit.typed_syllable, _typed_name_syllable(differ[0])):
            if known(x) != known(y):
                typo, right = (a, b) if known(y) else (b, a)
                into.setdefault(typo, right)
                break
    if not into:
        return groups
    merged: dict[tuple[str, ...], list] = collections.defaultdict(list)
    for key, occurrences in groups.items():
        merged[into.get(key, key)].extend(occurrences)
    return merged


def _typed_name_syllable(position: int):
    """Whether a word typed without diacritics is a syllable names take at ``position``: a surname
    first, a middle or given name after it."""
    table = translit.typed_surnames() if position == 0 else translit.typed_name_syllables()
    return lambda word: translit.latin_key(word) in table


def _runs(ctx, index: int) -> list[NameRun]:
    info = ctx.info(index)
    cached = info.__dict__.get("name_runs")
    if cached is None:
        flags = info.__dict__["name_flags"] = _flags(info.letter_words, ctx.target)
        # two name-like words side by side somewhere, before any position is computed
        if any(map(operator.and_, flags, flags[1:])):
            cached = name_runs(info.text, ctx.target, words=info.letter_runs, flags=flags)
        else:
            cached = []
        info.__dict__["name_runs"] = cached
    return cached


@rule(
    "TQ401",
    "name-variants",
    category="names",
    summary="One name spelled several ways in one document",
    severity="warning",
    scope="document",
    fixable="unsafe",
    options={"across_corpus": False},
)
def name_variants(doc, ctx):
    """The same person or place spelled differently within one article.

    MT renders each mention afresh: "गुयेन मिन्ह हंग" in one paragraph,
    "न्गुयेन मिन्ह हंग" or "गुयेन मिंह हंग" in the next.  Spellings are
    grouped by a phonetic key that folds nukta, vowel length and clusters,
    anusvara vs. nasal + virama, त्र/ट्र, द/ड, व/ब and aspirates; every
    spelling other than the most frequent (with a Vietnamese source, the
    most frequent of those that render its name syllable for syllable; on a
    tie, the first, or in a Latin-script target the one written with or
    without diacritics as most of the document's names are) is reported
    with that spelling as suggestion.  Bengali, Gurmukhi, Gujarati, Telugu
    and Kannada lay out their Unicode blocks as Devanagari does, so their
    names are read letter for letter as Devanagari and keyed the same way
    ("নগুয়েন ভ্যান হুং" and "গুয়েন ভান হুং" are one name).  In Latin-script
    targets, "Nguyễn Minh Hưng" and "Nguyen Minh Hung" in one document are
    variants; in Vietnamese itself the diacritics tell two names apart
    (Hùng, Hưng).  A single accepted spelling is never reported.  With a
    Vietnamese source, spellings of one source name are one name even when
    a syllable is spelled against the model ("फाम शुआन थांग" and "फाम जुआन
    थांग" for Phạm Xuân Thăng): a name of three syllables or more whose
    other syllables all match counts, unless it could render two names of
    the source; and spellings the key folds together are kept apart when
    they spell different names of the source ("न्गोक तान", Ngọc Tân, and
    "न्गोक थान्ह", Ngọc Thanh).  The places the source names after an
    administrative unit ("tỉnh Hải Dương") are read the same way: "हाई डुओंग"
    and "हाई ज़ुओंग" both spell Hải Dương.  Where the language writes case endings onto
    words (Nepali, Marathi, Bengali), a name's last word is read without its
    ending ("गुयेन भान हुङले" and "गुयेन भान हङको" are two spellings).  A
    surname spelled as a form of address ("डॉ", Dr, for Đỗ) before the rest
    of a full name the article spells with its surname elsewhere is a
    spelling of that name ("डो डुक खोआ" ... "डॉ डुक खोआ").  In a Latin-script target, a
    name that keeps the diacritics of some of its syllables only ("Nguyen Văn Thinh") is
    reported even where it occurs once.

    A person named in full once is then addressed by the given name alone
    ("ông Thắng"); where the source does so, the given name after a form of
    address is compared with the full name's last word ("श्री थैंग" beside
    "श्री फाम वान थांग"; in Latin letters, a word a letter off the name that
    is no other name of the source: "Mr Tuan" beside "Mr Tran Quoc Toan").

    Names outside the Vietnamese model are read by their letters (:mod:`.other_names`): in a
    Latin-script target, a name of two words or more written twice with one word a letter apart
    beside the same other words ("Rohit Sharma" / "Rohit Sarma"); in a Brahmic target, a name the
    source writes in Latin letters rendered two ways, each rendering found by the consonants of
    the name's words ("जो बाइडेन" / "जो बिडेन" for Joe Biden).  Human news spells foreign names
    two ways too, so these are noted at info level.

    With the option ``across_corpus = true`` the spellings of a whole run
    are compared as well: a document that spells a name one way while the
    rest of the corpus spells it another way gets a finding (the output is
    then written once the run is complete).

    Bad (hi): कॉमरेड गुयेन मिन्ह हंग ने सराहना की। बाद में न्गुयेन मिन्ह हंग ने बताया कि योजना लागू होगी।
    Bad (hi): सुश्री होआंग थी थू हा ने कहा। फिर होंग थी थू हा ने बताया।
    Bad (en): Nguyễn Minh Hưng spoke first. Later Nguyen Minh Hung said the plan would go ahead.
    Bad (bn): জনাব নগুয়েন ভ্যান হুং বক্তব্য দেন। পরে গুয়েন ভান হুং জানান যে কাজ চলবে।
    Bad (ne): अध्यक्ष गुयेन भान हुङले भाषण गरे। पछि गुयेन भान हङको कुरा भयो।
    Good (hi): कॉमरेड गुयेन मिन्ह हंग ने सराहना की। बाद में गुयेन मिन्ह हंग ने बताया कि योजना लागू होगी।
    Bad (vi>hi): Ông Phạm Xuân Thăng phát biểu, sau đó ông Phạm Xuân Thăng trả lời. => श्री फाम शुआन थांग ने भाषण दिया, फिर श्री फाम जुआन थांग ने उत्तर दिया।
    Good (vi>hi): Ông Nguyễn Văn Hùng và ông Nguyễn Thanh Hùng phát biểu. => श्री गुयेन वान हंग और श्री गुयेन थान हंग ने भाषण दिया।
    Good (vi>hi): Bà Nguyễn Thị Thu và bà Nguyễn Thị Thanh Hương phát biểu. => सुश्री गुयेन थी थू और सुश्री गुयेन थी थान हुओंग ने भाषण दिया।
    Good (vi>hi): Ông Phạm Ngọc Tân và bà Võ Ngọc Thanh Thịnh phát biểu. => श्री फाम न्गोक तान और सुश्री वो न्गोक थान्ह थिन्ह ने भाषण दिया।
    Bad (vi>en): Ông Nguyễn Văn Hùng nói, rồi ông Nguyễn Văn Hùng cười. => Mr Nguyen Van Hung spoke, then Mr Nguyen Van Hunk smiled.
    Bad (vi>en): Đại tá Lê Vinh Quy phát biểu. Theo Đại tá Lê Vinh Quy, lúa tốt. => Colonel Le Vinh Quy spoke. According to Colonel Le Vinh Quynh, the rice is good.
    Bad (vi>hi): Ông Phạm Văn Thắng phát biểu, sau đó ông Phạm Văn Thắng trả lời. => श्री फाम वान थांग ने भाषण दिया, फिर श्री फ़ाम वैन थैंग ने उत्तर दिया।
    Bad (vi>hi): Tỉnh Hải Dương có 12 huyện. Hải Dương là tỉnh công nghiệp. => हाई डुओंग प्रांत में 12 जिले हैं। हाई ज़ुओंग एक औद्योगिक प्रांत है।
    Good (vi>hi): Tỉnh Hải Dương giáp tỉnh Hưng Yên. => हाई डुओंग प्रांत की सीमा हंग येन प्रांत से लगती है।
    Good (vi>hi): Ông Phạm Văn Hùng và ông Phạm Văn Hưng phát biểu. => श्री फाम वान हंग और श्री फाम वान हुंग ने भाषण दिया।
    Bad (vi>en): Ông Trần Quốc Toản cho biết, ông Toản nói thêm. => Mr Tran Quoc Toan said, and Mr Tuan added.
    Good (vi>en): Ông Trần Quốc Toản và ông Lê Văn Tuấn nói, ông Toản và ông Tuấn cười. => Mr Tran Quoc Toan and Mr Le Van Tuan spoke, Mr Toan and Mr Tuan smiled.
    Bad (hi): श्री फाम वान थांग ने भाषण दिया। फिर श्री फाम वैन थांग ने उत्तर दिया।
    Bad (hi): श्री होआंग वान नाम ने भाषण दिया। फिर श्री हुआंग वान नाम ने उत्तर दिया।
    Bad (hi): श्री डो डुक खोआ ने भाषण दिया। बाद में डॉ डुक खोआ ने बताया कि काम जारी रहेगा।
    Good (hi): श्री गुयेन डुक खोआ ने भाषण दिया। बाद में डॉ डुक खोआ ने बताया कि काम जारी रहेगा।
    Good (hi): जिलों, कस्बों और शहरों के ज़िलों में काम हुआ।
    Good (en): Nguyen Minh Hung spoke first. Later Nguyen Minh Hung said the plan would go ahead.
    Bad (vi>en): Ông Trần Anh Thư, Phó Chủ tịch tỉnh An Giang, phát biểu. Theo ông Trần Anh Thư, lúa tốt. => Trần Anh Thư, Vice Chairman of An Giang, spoke. According to Tran Anh Thu, the rice is good.
    Bad (bn): ডাক লাক প্রদেশে বৃষ্টি হয়েছে। ডাক লাখ প্রদেশের কৃষকরা খুশি।
    Bad (hi): श्री गुयेन वान हाई ने भाषण दिया। बाद में श्री गुयेन वान है ने बताया कि काम जारी रहेगा।
    Bad (en): Mr Tran Quoc Hung spoke first. Later Mr Tran Quoc Hungg said the plan would go ahead.
    Good (en): Mr Nguyen Van Hung spoke first. Later Mr Nguyen Van Hong said the plan would go ahead.
    Bad (en): Mr Tran Quoc Hung spoke first. Later Mr Trang Quoc Hung said the plan would go ahead.
    Good (vi): Ông Nguyễn Văn Hùng phát biểu, sau đó ông Nguyễn Văn Hưng trả lời.
    Bad (vi>hi): Ông Phạm Văn Thắng phát biểu. Ông Thắng nhấn mạnh. => श्री फाम वान थांग ने भाषण दिया। श्री थैंग ने जोर दिया।
    Good (vi>hi): Ông Phạm Văn Thắng phát biểu. Ông Thắng nhấn mạnh. => श्री फाम वान थांग ने भाषण दिया। श्री थांग ने जोर दिया।
    Bad (vi>en): Ông Phạm Văn Thắng phát biểu. Ông Thắng nhấn mạnh. => Mr Pham Van Thang spoke. Mr Thắng stressed it.
    Bad (vi>en): Ông Phạm Văn Dũng phát biểu. Ông Dũng nhấn mạnh. => Mr Pham Van Dung spoke. Mr Dzung stressed it.
    Bad (en): According to Nguyen Văn Thinh, the cause is under investigation.
    Bad (en): Captain Rohit Sharma scored 112 runs. Later Rohit Sarma said the team played well.
    Bad (en>hi): Joe Biden visited Hanoi. Joe Biden met the leaders. => जो बाइडेन ने हनोई का दौरा किया। जो बिडेन ने नेताओं से मुलाकात की।
    Good (en): South Korea met North Korea, and South Korean officials spoke.
    Good (en): According to Nguyễn Minh Hưng, the cause is under investigation.
    """
    stop, surnames, particles = _edges(ctx.target)
    groups: dict[tuple[str, ...], list[tuple[int, NameRun]]] = collections.defaultdict(list)
    whole: set[tuple[int, int, int]] = set()  # (segment, start, end) of the runs themselves, not their parts
    for i in range(len(doc.segments)):
        for run in _runs(ctx, i):
            whole.add((i, run.start, run.end))
            for part in _sub_runs(run, stop, surnames, particles):
                groups[_key(part, ctx.target)].append((i, part))
    if groups:
        _add_runs_cut_short(doc, ctx, groups, whole)
    if len(groups) > 1:
        _add_surnames_read_as_titles(doc, ctx, groups)
    rendering = _renderings_of_source_names(ctx) if len(groups) > 1 else None
    if rendering is None and len(groups) > 1:
        # without the source to tell which name a spelling renders, the known slips of spelling
        if _brahmic(ctx.target):
            groups = _aa_slips_merged(groups, ctx.target)
        elif "Latn" in ctx.target.scripts:
            groups = _typos_merged(groups)
    faithful: set[str] = set()  # spellings that render a source name syllable for syllable
    if rendering:
        # spellings of one source name are one name, however far apart their keys ("शुआन" / "जुआन" for Xuân)
        merged: dict[object, list[tuple[int, NameRun]]] = collections.defaultdict(list)
        for key, occurrences in groups.items():
            name, exact = rendering(key)
            if name is not None and exact:
                faithful.update(unicodedata.normalize("NFC", run.text) for _, run in occurrences)
            for i, part in occurrences:
                # a near spelling counts only as a whole name: "गुयेन थी थान" inside "गुयेन थी थान हुओंग"
                # is no spelling of another source name "Nguyễn Thị Thu"
                joined = name is not None and (exact or (i, part.start, part.end) in whole)
                merged[name if joined else key].append((i, part))
        groups = merged
    readings = _readings_in_source(ctx) if len(groups) > 1 else None
    plain = _names_written_plain(groups.values(), ctx.target)
    hits = []
    for occurrences in _apart_by_reading(groups.values(), readings) if readings else groups.values():
        spellings = [unicodedata.normalize("NFC", run.text) for _, run in occurrences]
        if len(set(spellings)) < 2:
            continue  # one spelling throughout
        # the usual one of the spellings that render the source's name, where some do ("Nguyen Van
        # Hai", not "Nguyen Van Sea" or "Nguyen Van Hoi", however often those occur)
        counts = collections.Counter([s for s in spellings if s in faithful] or spellings)
        most = max(counts.values())
        tied = [s for s in counts if counts[s] == most]  # in order of first use
        # of spellings as frequent, the one written as the document writes its names, with or without
        # the Vietnamese diacritics ("Tran Anh Thu" once and "Trần Anh Thư" once, amid "An Giang");
        # else the first
        canonical = next((s for s in tied if s.isascii() == plain), tied[0]) if plain is not None else tied[0]
        for i, run in occurrences:
            spelled = unicodedata.normalize("NFC", run.text)
            if spelled != canonical:
                hits.append(Hit(run.start, run.end, f"name spelled {spelled!r} here but {canonical!r} elsewhere in this document", suggestion=canonical, segment=i))
    # names outside the Vietnamese model, where no finding above covers them
    script = _brahmic(ctx.target)
    others = other_names.rendered_variants(doc, ctx, script) if script else other_names.latin_variants(doc, ctx)
    hits += [h for h in others if not any(o.segment == h.segment and o.start < h.end and h.start < o.end for o in hits)]
    yield from _outermost(hits)
    yield from _short_forms(doc, ctx)
    if plain is not None:
        yield from _half_marked(doc, ctx)


def _half_marked(doc, ctx):
    """In a Latin-script target other than Vietnamese, a name that keeps the diacritics of some of
    its Vietnamese syllables and drops those of others ("Nguyen Văn Thinh"): one way or the other,
    a name is written whole."""
    marked_only = translit.marked_name_syllables()
    for i in range(len(doc.segments)):
        for run in _runs(ctx, i):
            words = [w for _, _, w in run.words]
            marked = [w for w in words if not w.isascii()]
            if not marked or len(marked) == len(words) or not all(translit.split_syllable(w) for w in marked):
                continue  # written one way throughout, or a word that is no Vietnamese syllable ("José")
            bare = [w for w in words if w.isascii() and translit.latin_key(w) in marked_only]
            if bare:
                plain = " ".join(translit.latin_key(w).title() for w in words)
                yield Hit(run.start, run.end, f"name {run.text!r} keeps the diacritics of {', '.join(map(repr, marked))} but not those of {', '.join(map(repr, bare))}", suggestion=plain, segment=i)


def _names_written_plain(groups, profile) -> bool | None:
    """In a Latin-script target other than Vietnamese, whether the document writes most of its names
    without diacritics (True) or with them (False); None in other scripts and languages."""
    if "Latn" not in profile.scripts or profile.code == translit.NAMES_LANGUAGE:
        return None
    runs = [run.text for occurrences in groups for _, run in occurrences]
    plain = sum(1 for text in runs if text.isascii())
    return plain * 2 >= len(runs)


def _outermost(hits: list[Hit]) -> list[Hit]:
    """``hits`` less those inside a longer one of the same segment: a variant is reported once, by
    its longest span.  One sweep over the spans in order (start, then longest first): a span lies
    inside a longer one exactly when an earlier, different span reaches as far."""
    kept = []
    reach: dict[int, int] = {}  # segment -> furthest end of the distinct spans swept so far
    spans = sorted({(h.segment, h.start, -h.end) for h in hits})
    inside = set()
    for segment, start, neg_end in spans:
        if reach.get(segment, -1) >= -neg_end:
            inside.add((segment, start, -neg_end))
        reach[segment] = max(reach.get(segment, -1), -neg_end)
    for h in hits:
        if (h.segment, h.start, h.end) not in inside:
            kept.append(h)
    return kept


def _short_forms(doc, ctx):
    """A given name the source addresses alone ("ông Thắng"), spelled after a form of address in
    the target otherwise than the full name spells it ("श्री थैंग" beside "फाम वान थांग")."""
    sources = _document_source_names(ctx)
    if not sources:
        return
    last_words = {name.split()[-1] for name in sources}
    given = {m.group(1) for seg in doc.segments if seg.source for m in addressed_given_name_re().finditer(seg.source)} & last_words
    if not given:
        return
    script = _brahmic(ctx.target)
    key = _word_key(script)
    profile = ctx.target
    exact = {translit.latin_name_key(word) for word in last_words}  # the given names of the source's full names

    def renders(word: str, name: str) -> bool:
        if not script:
            # a letter off the name ("Tuan" for Toản), unless the word is another name of the source
            written, expected = key(word), translit.latin_name_key(name)
            return written == expected or (written not in exact and one_edit_apart(written, expected))
        # "थैंग" for Thắng: a slip of "ै" for "ा" is one of its spellings here
        return not translit.syllable_keys(name).isdisjoint((key(word), key(translit.ai_as_aa(word))))

    for name in sorted(given):
        # the full names' spellings of the given name: their last words
        full = {unicodedata.normalize("NFC", profile.without_case_ending(run.words[-1][2])) for i in range(len(doc.segments)) for run in _runs(ctx, i) if len(run.words) >= 2 and renders(profile.without_case_ending(run.words[-1][2]), name)}
        if len(full) != 1:
            continue  # not spelled in full, or spelled several ways there (the full names' variants are reported above)
        (spelling,) = full
        for i, seg in enumerate(doc.segments):
            for _, s, e, w, after in addressed_words(seg.target, ctx.info(i).letter_runs, profile.code):
                if after is not None and any(run.start <= s < run.end for run in _runs(ctx, i)):
                    continue  # the start of a full name
                bare = profile.without_case_ending(w)
                written = unicodedata.normalize("NFC", bare)
                if written != spelling and renders(bare, name):
                    yield Hit(s, s + len(bare), f"given name spelled {written!r} here but {spelling!r} in the full name elsewhere in this document", suggestion=spelling, segment=i)


def _add_runs_cut_short(doc, ctx, groups: dict, whole: set[tuple[int, int, int]]) -> None:
    """Add to ``groups`` the spellings of a name of the article that a word of the target's own
    language cut short: "ডাক লাখ" ("লাখ" is lakh) beside "ডাক লাক", where each word that ends no
    name run has the key of the name's word and is a letter away from it, or has that key once
    its "ै" is read as "ा" (the slip of :func:`_aa_slips_merged`: "गुयेन वान है" for "गुयेन वान हाई").
    The name's first word must be written as elsewhere, where the name is a whole run (``whole``:
    (segment, start, end)), and may stand in a name.  In Brahmic
    scripts only: elsewhere, a name's words after the first that fall out of its run are
    written in lower case ("Newport police" beside "Newport Police"), no slip of spelling."""
    script = _brahmic(ctx.target)
    if not script:
        return
    # first word as written -> (key, words as written) of each name of two words or more
    names: dict[str, list[tuple[tuple[str, ...], list[str]]]] = collections.defaultdict(list)
    for key, occurrences in groups.items():
        run = next((run for i, run in occurrences if (i, run.start, run.end) in whole), None) if len(key) >= 2 else None
        if run is not None:
            spelled = [w for _, _, w in run.words]
            names[spelled[0]].append((key, spelled))
    if not names:
        return
    word_key = _word_key(script)
    for i in range(len(doc.segments)):
        info = ctx.info(i)
        if not any(first in info.text for first in names):
            continue
        _runs(ctx, i)
        runs, words, flags = info.letter_runs, info.letter_words, info.__dict__["name_flags"]
        for k, first in enumerate(words):
            if first not in names or not flags[k]:
                continue
            for key, spelled in names[first]:
                end = k + len(key)
                if end > len(words) or all(flags[k:end]):
                    continue  # a name run itself, already grouped
                if all(
                    one_space_apart(info.text, runs[j - 1], runs[j]) and _spells(words[j], flags[j], key[j - k], spelled[j - k], word_key)
                    for j in range(k + 1, end)
                ):
                    groups[key].append((i, NameRun(runs[k][0], runs[end - 1][1], tuple(runs[k:end]))))


def _spells(word: str, may_be_name: bool, key: str, name_word: str, word_key) -> bool:
    """Whether ``word`` spells the word of a name whose key is ``key`` and that is elsewhere
    written ``name_word``: a word that may stand in a name with that key; another with it, a letter
    away; or another whose "ै" read as "ा" gives it."""
    if word_key(word) == key:
        return may_be_name or one_edit_apart(word, name_word)
    aa = translit.ai_as_aa(word)
    return not may_be_name and aa != word and word_key(aa) == key


def _add_surnames_read_as_titles(doc, ctx, groups: dict) -> None:
    """Put a name whose surname is spelled as a title ("डॉ", Dr, for Đỗ) into the group of the
    full name the document spells with that surname elsewhere: "डॉ डुक खोआ" beside "डो डुक खोआ"
    is one name spelled two ways, not Dr Duc Khoa.  Titles are left out of name runs, so the
    run after one is the rest of the name."""
    titles = frozenset(ctx.target.name_titles)
    word_key = _word_key(_brahmic(ctx.target))
    full = {key[1:]: key for key in groups if len(key) >= 3}
    if not titles or not full:
        return
    for i in range(len(doc.segments)):
        text = doc.segments[i].target
        for run in _runs(ctx, i):
            key = full.get(_key(run, ctx.target))
            before = WORD_BEFORE_RE.search(text, max(0, run.start - 30), run.start) if key is not None else None
            if before is not None and before.group(1) in titles and word_key(before.group(1)) == key[0]:
                groups[key].append((i, NameRun(before.start(1), run.end, ((before.start(1), before.end(1), before.group(1)), *run.words))))


#: At most this many keyed spellings of one source name are listed (each syllable has a few).
MAX_NAME_SPELLINGS = 256


def _document_source_names(ctx) -> set[str]:
    """The Vietnamese person names of the document's source (empty without a Vietnamese source)."""
    if ctx.source is None or ctx.source.code != translit.NAMES_LANGUAGE:
        return set()
    found = ctx.memo.get("source names")
    if found is None:
        segments = ctx.document.segments
        found = ctx.memo["source names"] = {name for i, seg in enumerate(segments) if seg.source for _, _, name in _source_names(ctx.info(i, "source"))}
    return found


def _document_source_places(ctx) -> set[str]:
    """The Vietnamese places of the document's source named after an administrative unit ("tỉnh
    Hải Dương"), which the target transliterates as it does people's names."""
    if ctx.source is None or ctx.source.code != translit.NAMES_LANGUAGE:
        return set()
    found = ctx.memo.get("source places")
    if found is None:
        found = ctx.memo["source places"] = {place for i, seg in enumerate(ctx.document.segments) if seg.source for _, _, place in _source_places(ctx.info(i, "source"))}
    return found


def _readings_in_source(ctx):
    """A function from the words of a Devanagari name to the parts of the source's names it spells
    with accepted spellings, syllable for syllable ("न्गोक थान्ह" -> {"Ngọc Thanh"}); None when the
    target is not in Devanagari or the source names nobody."""
    if _brahmic(ctx.target) != "Deva":
        return None
    names = [name.split() for name in sorted(_document_source_names(ctx) | _document_source_places(ctx))]
    if not names:
        return None

    def reading(words: tuple[str, ...]) -> frozenset[str]:
        n = len(words)
        return frozenset(
            " ".join(syllables[o:o + n])
            for syllables in names
            for o in range(len(syllables) - n + 1)
            if all(w in translit.syllable_spellings(s) for w, s in zip(words, syllables[o:o + n]))
        )

    return reading


def _apart_by_reading(groups, reading):
    """Each group of name occurrences, split where its spellings may spell different parts of the
    source's names: the phonetic key folds "न्गोक थान्ह" (Ngọc Thanh) and "न्गोक तान" (Ngọc Tân,
    or Ngọc Thanh) together, yet the source names two people.  Only spellings that may spell the
    same parts are then compared; one that spells no part is compared with none."""
    for occurrences in groups:
        spellings = {run.text: run for _, run in occurrences}
        if len({unicodedata.normalize("NFC", text) for text in spellings}) < 2:
            yield occurrences
            continue
        spelled = {text: reading(tuple(unicodedata.normalize("NFC", w) for _, _, w in run.words)) for text, run in spellings.items()}
        if len(frozenset().union(*spelled.values())) < 2:
            yield occurrences  # one part of one source name at most: the spellings are of one name
            continue
        apart: dict[frozenset[str], list] = collections.defaultdict(list)
        for i, run in occurrences:
            if spelled[run.text]:
                apart[spelled[run.text]].append((i, run))
        yield from apart.values()


def _renderings_of_source_names(ctx):
    """A function from the key of a target name to the Vietnamese name of the document's source
    it renders (None when it renders none, or could render two), and whether exactly: every
    syllable's key is an accepted one, or (not exactly) all but one of three or more are (a
    syllable spelled against the model, "जुआन" for Xuân, still names the person the source
    names).  None when the document has no Vietnamese source or the target's names are
    neither keyed by syllable nor in Latin letters."""
    script = _brahmic(ctx.target)
    if not (script or "Latn" in ctx.target.scripts):
        return None
    # the keys each syllable may take in the target: the syllable model's, or the Latin letters without diacritics
    syllable_keys = translit.syllable_keys if script else (lambda w: frozenset((translit.latin_name_key(w),)))
    names = _document_source_names(ctx) | _document_source_places(ctx)
    if not names:
        return None
    exact: dict[tuple[str, ...], str | None] = {}
    near: dict[tuple[str, ...], str | None] = {}
    # consonants only: "फ़ाम वैन थैंग" reads Phạm Văn Thắng with English vowels ("Van", "Thang")
    skeletons: dict[tuple[str, ...], str | None] = {}
    accepted: set[str] = set()

    def claim(table, key, name):
        table[key] = name if table.get(key, name) == name else None  # claimed by two names: neither

    for name in sorted(names):
        needle = [syllable_keys(w) for w in name.split()]
        if math.prod(map(len, needle)) > MAX_NAME_SPELLINGS:
            continue
        accepted.update(*needle)
        for key in itertools.product(*needle):
            claim(exact, key, name)
            if len(key) >= 3:
                for p in range(len(key)):
                    claim(near, key[:p] + ("",) + key[p + 1:], name)
            if len(key) >= 2:
                claim(skeletons, _skeleton(key), name)

    def rendering(key: tuple[str, ...]) -> tuple[str | None, bool]:
        if key in exact:
            return exact[key], True
        if len(key) < 2:
            return None, False
        found = {near.get(key[:p] + ("",) + key[p + 1:]) for p in range(len(key))} - {None} if len(key) >= 3 else set()
        if not found and not accepted.isdisjoint(key):
            # every syllable's consonants right, one syllable spelled as accepted, one source name so spelled
            found = {skeletons.get(_skeleton(key))} - {None}
        return (found.pop() if len(found) == 1 else None), False

    return rendering


def _skeleton(key: tuple[str, ...]) -> tuple[str, ...]:
    """The consonants of each syllable key."""
    return tuple(map(translit.key_consonants, key))


def corpus_variants(documents) -> list:
    """TQ401 across documents: spellings that the rest of the corpus writes otherwise.

    Variants inside one document are the document rule's findings; here a
    document is reported only when it does not contain the corpus's usual
    spelling of the name at all.
    """
    from ...engine import _context, position
    from ...languages import load_profile
    from ...model import Finding, Severity
    from ...registry import RULES

    rule_ = RULES["TQ401"]
    groups: dict[tuple, list] = collections.defaultdict(list)
    for doc in documents:
        profile = load_profile(doc.target_lang)
        edges = _edges(profile)
        for index, seg in enumerate(doc.segments):
            for run in name_runs(seg.target, profile):
                for part in _sub_runs(run, *edges):
                    key = (profile.code, _key(part, profile))
                    groups[key].append((doc.path, (seg, index), part, unicodedata.normalize("NFC", part.text)))
    out = []
    for occurrences in groups.values():
        spellings = collections.Counter(spelled for *_, spelled in occurrences)
        if len(spellings) < 2:
            continue
        usual = max(sorted(spellings), key=lambda sp: spellings[sp])
        docs_with_usual = {(path, seg.id) for path, (seg, _), _, spelled in occurrences if spelled == usual}
        for path, (seg, index), part, spelled in occurrences:
            if spelled == usual or (path, seg.id) in docs_with_usual:
                continue
            line, column = position(seg, part.start)
            out.append(Finding(
                path=path, record=seg.id, field=seg.field, line=line, column=column, start=part.start, end=part.end,
                code=rule_.code, name=rule_.name, category=rule_.category, severity=Severity.WARNING,
                message=f"name spelled {spelled!r} here but {usual!r} in {spellings[usual]} places elsewhere in this corpus",
                suggestion=usual, segment=index, context=_context(seg.target, part.start, part.end),
            ))
    kept = [f for f in out if not any(o is not f and o.path == f.path and o.record == f.record and o.line == f.line
                                          and o.start <= f.start and f.end <= o.end and (o.end - o.start) > (f.end - f.start) for o in out)]
    return kept
