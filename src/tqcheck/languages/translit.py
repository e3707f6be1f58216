"""Names across scripts: Vietnamese syllables in Devanagari, and phonetic keys that equate spelling variants.

Bengali, Gurmukhi, Gujarati, Telugu and Kannada are read as Devanagari
letter for letter (their Unicode blocks follow the same ISCII order), so
the same keys serve them.

The tables (``data/vi-deva.toml``, ``data/vi-names.toml``) are data; this
module only reads them.  A phonetic key folds the differences that Hindi
news shows between spellings of one name: nukta, vowel length and vowel
clusters, anusvara vs. nasal consonant + virama, त्र/ट्र, द/ड, व/ब,
aspirates, and a leading न् in न्गुयेन.
"""
from __future__ import annotations

import functools
import unicodedata
import os

import regex

from .. import _toml as toml
from ..text import LazyPattern

VIRAMA, NUKTA, ANUSVARA, CHANDRABINDU = "\u094d", "\u093c", "\u0902", "\u0901"
_CONSONANT_CLASS = {
    "क": "k", "ख": "k", "ग": "g", "घ": "g", "ङ": "ng", "च": "c", "छ": "c", "ज": "j", "झ": "j", "ञ": "n",
    "ट": "t", "ठ": "t", "ड": "d", "ढ": "d", "ण": "n", "त": "t", "थ": "t", "द": "d", "ध": "d", "न": "n",
    "प": "p", "फ": "p", "ब": "b", "भ": "b", "म": "m", "य": "y", "र": "r", "ल": "l", "व": "b", "श": "s",
    "ष": "s", "स": "s", "ह": "h", "ळ": "l",
}
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


#: Independent vowels and vowel signs (a set: the per-character tests below run for every new word).
_VOWELS = frozenset(
    [chr(c) for c in range(0x093E, 0x094D)] + [chr(c) for c in range(0x0904, 0x0915)] + list("\u0955\u0962\u0963\u0972\u0973\u0974\u0975\u0976\u0977")
)
_is_vowel = _VOWELS.__contains__
#: What a य stands between to be read as a glide: vowels, a virama, and the edges of the word
#: ("" before the first character and after the last: an initial या, यु is a glide too).
_GLIDE_SIDES = _VOWELS | {VIRAMA, ""}
_NASAL_CONSONANTS = frozenset("ङञणनम")
_CONSONANTS = frozenset([chr(c) for c in range(0x0915, 0x093A)] + [chr(c) for c in range(0x0958, 0x0960)])
#: Marks that do not change a word's shape.
_SHAPELESS = frozenset((NUKTA, "\u200c", "\u200d"))


#: Vowel classes for keys: length and the i/e, o/au distinctions fold, and so do a and u (Vietnamese
#: ư and â are written अ, आ or उ); a cluster keeps its first vowel.
_VOWEL_CLASS = {
    "\u093e": "A", "\u0905": "A", "\u0906": "A", "\u0949": "O", "\u0911": "O",
    "\u093f": "I", "\u0940": "I", "\u0907": "I", "\u0908": "I", "\u0947": "I", "\u0948": "I",
    "\u090f": "I", "\u0910": "I", "\u0945": "I", "\u090d": "I",
    "\u0941": "A", "\u0942": "A", "\u0909": "A", "\u090a": "A", "\u0943": "A", "\u090b": "A",
    "\u094b": "O", "\u094c": "O", "\u0913": "O", "\u0914": "O",
}


_GLIDE_I = LazyPattern(r"IW(?=[AIO])")
_CLUSTER = LazyPattern(r"([AIUO])[AIUOW]+")
_NG_ONSET = LazyPattern(r"^nAg|^ng")


#: The vowel classes of :func:`deva_key`, to take out of a key.
_VOWEL_CLASS_LETTERS = str.maketrans("", "", "".join(sorted(set(_VOWEL_CLASS.values()))))


#: A nukta or none, candrabindu or anusvara: the letters Devanagari and Bengali news spells a borrowed
#: word or a label with either way most often ("फ़ॉलो"/"फॉलो", "जाएँ"/"जाएं").
_NUKTA_FOLD = {
    "\u093c": None, "ँ": "ं", "\u09bc": None, "ঁ": "ং",
    # the letters with a nukta that have code points of their own, as their base letters
    **dict(zip("\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f", "कखगजडढफय")),
    **dict(zip("\u09dc\u09dd\u09df", "ডঢয")),
}
_NUKTA_FOLD_TABLE = str.maketrans(_NUKTA_FOLD)
#: Letters one word is spelled with either way in Devanagari and Bengali news: those of
#: :data:`_NUKTA_FOLD`, long and short i and u, candra o or aa ("दीनार"/"दिनार", "रूपये"/"रुपये", "डॉलर"/"डालर").
_SPELLING_FOLD = str.maketrans(
    {
        "ी": "ि", "ू": "ु", "ई": "इ", "ऊ": "उ", "ॉ": "ा", "ऑ": "आ",
        "ী": "ি", "ূ": "ু", "ঈ": "ই", "ঊ": "উ",
        **_NUKTA_FOLD,
    }
)


#: The vowel signs ai and aa of Devanagari and Bengali (a name spelled with one where it has the other).
_AI_AS_AA = str.maketrans({"\u0948": "\u093e", "\u09c8": "\u09be"})


def ai_as_aa(word: str) -> str:
    """``word`` with "ै" written "ा" (and the same in Bengali): "वैन" -> "वान"."""
    return word.translate(_AI_AS_AA)


@functools.lru_cache(maxsize=1)
def _slips() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    slips = _data("vi-deva.toml").get("slips", {})
    return tuple(slips.get("any", {}).items()), tuple(slips.get("surname", {}).items())


def without_slips(word: str, surname: bool = False) -> str:
    """``word`` (a name's word in Devanagari) with the one-letter slips of ``data/vi-deva.toml``'s
    ``slips`` set right, a surname's too, and "ै" read as "ा" (:func:`ai_as_aa`)."""
    anywhere, of_surnames = _slips()
    word = ai_as_aa(word)
    for slip, right in anywhere + (of_surnames if surname else ()):
        word = word.replace(slip, right)
    return word


def spelling_fold(text: str) -> str:
    """``text`` with the Devanagari and Bengali letters a word is spelled either way with folded
    together (:data:`_SPELLING_FOLD`; and "ाउ" as "ौ": "पाउंड"/"पौंड"); spaces are kept."""
    return text.translate(_SPELLING_FOLD).replace("ाउ", "ौ")


def nukta_fold(text: str) -> str:
    """``text`` without nukta, and with candrabindu written as anusvara (:data:`_NUKTA_FOLD`)."""
    return text.translate(_NUKTA_FOLD_TABLE)


#: The letters of Devanagari and Bengali that take a nukta in the words news borrows ("फ़ॉलो", "ज़िले").
_NUKTA_TAKERS = {**dict.fromkeys("कखगजडढफय", NUKTA), **dict.fromkeys("কখগজডঢফয", "\u09bc")}
_NASAL_SIGNS = {ANUSVARA: "[ँं]", "ং": "[ঁং]"}


def nukta_pattern(folded: str) -> str:
    """A regular-expression fragment for every spelling whose :func:`nukta_fold` is ``folded``
    (itself a fold, its other characters escaped as need be): "फेसबुक" matches "फ़ेसबुक" too,
    "जाएं" matches "जाएँ".  (Only these letters: a pattern of every spelling
    :func:`spelling_fold` folds compiles twice as slowly.)

    >>> import regex; bool(regex.fullmatch(nukta_pattern(nukta_fold("ऊपर जाएं")), "ऊपर जाएँ"))
    True
    """
    if folded.isascii():
        return folded
    return "".join(_NASAL_SIGNS.get(c, c) + (_NUKTA_TAKERS[c] + "?" if c in _NUKTA_TAKERS else "") for c in folded)


def key_consonants(key: str) -> str:
    """A :func:`deva_key` without its vowel classes: its consonants alone ("वैन" and "वान" share "bn")."""
    return key.translate(_VOWEL_CLASS_LETTERS)


@functools.lru_cache(maxsize=65536)
def deva_key(word: str) -> str:
    """Phonetic key of a Devanagari word: consonant classes, and each vowel cluster as the class of its first vowel.

    >>> deva_key("न्गुयेन") == deva_key("गुयेन") == deva_key("नगुयेन")
    True
    >>> deva_key("मिंह") == deva_key("मिन्ह") == deva_key("मिन")
    True
    >>> deva_key("होंग") == deva_key("होआंग"), deva_key("ट्रान") == deva_key("त्रान"), deva_key("वान") == deva_key("बिएन")
    (True, True, False)
    >>> deva_key("व्हान") == deva_key("वान"), deva_key("तोवान") == deva_key("तोआन"), deva_key("तोआंन") == deva_key("तोआन")
    (True, True, True)
    >>> deva_key("दुयं") == deva_key("दुअं"), deva_key("गयं") == deva_key("गअं"), deva_key("गुयन") == deva_key("गुयेन")
    (True, False, True)
    >>> deva_key("मिनह") == deva_key("मिन्ह"), deva_key("नहर") == deva_key("न्हर"), deva_key("होनग") == deva_key("होंग")
    (True, False, True)
    """
    chars = [c for c in unicodedata.normalize("NFD", word) if c != NUKTA]
    out: list[str] = []
    for i, ch in enumerate(chars):
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in (ANUSVARA, CHANDRABINDU):
            if nxt not in _NASAL_CONSONANTS:  # "तोआंन": a nasal sign before a nasal consonant says it twice
                out.append("n")
        elif ch == VIRAMA or ch == "\u200c" or ch == "\u200d":
            continue
        elif ch == "ह" and prev == VIRAMA and i >= 2 and chars[i - 2] == "व":
            continue  # व्हान: Marathi writes the v of loanwords व्ह
        elif _is_vowel(ch):
            out.append(_VOWEL_CLASS.get(ch, "A"))
        elif ch == "व" and prev == VIRAMA:
            out.append("W")  # क्वांग: a glide, not a consonant
        elif ch == "य" and prev in _GLIDE_SIDES and (nxt in _GLIDE_SIDES and nxt != VIRAMA):
            out.append("W")  # गुयेन: a glide between vowels
        elif ch == "व" and prev in _VOWELS and prev and nxt in _VOWELS and nxt:
            out.append("W")  # तोवान for तोआन: no Vietnamese syllable has a v after its vowel
        elif ch == "य" and prev in _VOWELS and prev and (nxt in (ANUSVARA, CHANDRABINDU) or nxt in _CONSONANT_CLASS):
            # Bengali দুয়ং for Dương, गुयन for Nguyên: a glide and its inherent vowel before a nasal sign or a consonant
            out.append("WA")
        elif ch == "ह" and prev == "न" and i == len(chars) - 1:
            continue  # मिनह for मिन्ह: a final nh written without its virama
        elif ch in _CONSONANT_CLASS:
            out.append(_CONSONANT_CLASS[ch])
            # the inherent vowel before another consonant or a nasal sign, but for a final nh or ng
            # written without the virama ("मिनह", "होनग": मिन्ह, होंग)
            if nxt and nxt not in (VIRAMA, NUKTA) and not _is_vowel(nxt) and not (ch == "न" and nxt in "हग" and i + 2 == len(chars)):
                out.append("A")
        else:
            out.append(ch)
    key = "".join(out)
    key = _GLIDE_I.sub("", key)  # जियांग: the i of a glide
    key = _CLUSTER.sub(r"\1", key).replace("W", "")  # a vowel cluster keeps its first vowel
    key = _NG_ONSET.sub("g", key)  # न्गुयेन / नगुयेन / गुयेन
    if key.endswith("nh"):
        key = key[:-1]  # मिन्ह / मिन
    return key


#: The nasal consonant an anusvara stands for before each class of stops.
_HOMORGANIC_NASAL = {
    **dict.fromkeys("कखगघ", "ङ"), **dict.fromkeys("चछजझ", "ञ"), **dict.fromkeys("टठडढ", "ण"),
    **dict.fromkeys("तथदध", "न"), **dict.fromkeys("पफबभ", "म"),
}


def deva_spellings(word: str) -> set[str]:
    """``word`` and the other spellings Hindi writes it with: without nukta ("फरवरी"), and with
    either spelling of a nasal before a stop (:func:`nasal_spellings`: "सितम्बर" for "सितंबर")."""
    plain = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word).replace(NUKTA, ""))
    return {word, *nasal_spellings(plain)}


#: An anusvara, or a nasal consonant and virama, before a stop, in Devanagari or Bengali (which
#: lays out its block as Devanagari does, 0x80 higher).
_ANUSVARA_BEFORE_STOP_RE = LazyPattern("([\u0902\u0982])([\u0915-\u0939\u0995-\u09b9])")
_NASAL_BEFORE_STOP_RE = LazyPattern("[\u0919\u091e\u0923\u0928\u092e\u0999\u099e\u09a3\u09a8\u09ae]([\u094d\u09cd])(?=[\u0915-\u0939\u0995-\u09b9])")


def nasal_spellings(word: str) -> set[str]:
    """``word`` and its other spelling of a nasal before a stop: the nasal consonant of the stop's
    class and a virama for an anusvara ("सितम्बर" for "सितंबर"), or the reverse ("मंगलबार" for
    "मङ्गलबार"), as Hindi, Marathi, Nepali and Bengali text writes either."""
    return {word, _ANUSVARA_BEFORE_STOP_RE.sub(_as_nasal_consonant, word), _NASAL_BEFORE_STOP_RE.sub(_as_anusvara, word)}


def _as_nasal_consonant(m) -> str:
    stop = m.group(2)
    shift = 0x80 if stop > "\u0980" else 0  # Bengali
    nasal = _HOMORGANIC_NASAL.get(chr(ord(stop) - shift))
    return m.group() if nasal is None else chr(ord(nasal) + shift) + chr(ord(VIRAMA) + shift) + stop


def _as_anusvara(m) -> str:
    return chr(ord(ANUSVARA) + (0x80 if m.group(1) == "\u09cd" else 0))


#: First code point of the Unicode block of each Brahmic script laid out in the ISCII order, as
#: Devanagari's is: a letter sits at the same offset in its block as the corresponding Devanagari
#: letter (ক U+0995 and क U+0915), so names in these scripts are keyed with the Devanagari machinery.
ISCII_BLOCKS = {
    "Deva": 0x0900, "Beng": 0x0980, "Guru": 0x0A00, "Gujr": 0x0A80, "Orya": 0x0B00,
    "Taml": 0x0B80, "Telu": 0x0C00, "Knda": 0x0C80, "Mlym": 0x0D00,
}


@functools.lru_cache(maxsize=None)
def _block_shift(source: str, target: str) -> dict[int, int]:
    start, end = ISCII_BLOCKS[source], ISCII_BLOCKS[target]
    return {cp: cp - start + end for cp in range(start, start + 0x80)}


@functools.lru_cache(maxsize=65536)
def to_deva(text: str, script: str) -> str:
    """``text`` of an ISCII-ordered script letter for letter in Devanagari (composed first, so that
    a two-part vowel sign such as Bengali ো maps to its Devanagari counterpart ो).

    >>> to_deva("নগুয়েন ভ্যান হুং", "Beng")
    'नगुय़ेन भ्यान हुं'
    """
    if script == "Deva":
        return text
    return unicodedata.normalize("NFC", text).translate(_block_shift(script, "Deva"))


#: What a phonetic key must undo of a script's own spellings, once the word reads as Devanagari:
#: Bengali writes a final ng as ং alone (হুং is हुंग), and reads a consonant's own vowel before it as
#: an o (ডং is डोंग, as in "ভিয়েতনামী ডং" and "হা লং"); Gurmukhi writes a nasal with a tippi, which
#: lands on Devanagari's abbreviation sign (ਹੰਗ is हंग), and doubles a consonant with an addak.
_KEY_SPELLINGS = {
    "Beng": ((LazyPattern("(?<=[\u0915-\u0939])\u0902"), "\u094b\u0902"), (LazyPattern("\u0902$"), "\u0902\u0917")),
    "Guru": ((LazyPattern("\u0970"), "\u0902"), (LazyPattern("\u0971"), "")),
}


def brahmic_key(word: str, script: str) -> str:
    """:func:`deva_key` of a word of an ISCII-ordered ``script``.

    >>> brahmic_key("হুং", "Beng") == deva_key("हुंग"), brahmic_key("নগুয়েন", "Beng") == deva_key("गुयेन")
    (True, True)
    >>> brahmic_key("ডং", "Beng") == deva_key("डोंग") != brahmic_key("ডাং", "Beng")
    True
    """
    deva = to_deva(word, script)
    for pattern, spelling in _KEY_SPELLINGS.get(script, ()):
        deva = pattern.sub(spelling, deva)
    return deva_key(deva)


#: Spellings a script uses where the letter-for-letter mapping from Devanagari gives another: in
#: Bengali a glide after a vowel is য় (নগুয়েন), a final ng is ং alone (হুং), a final nh is ন (মিন),
#: v, which has no letter of its own, is ভ (ভান for Văn), and a vowel after a vowel is short (হাই); in Gurmukhi a nasal after a short
#: vowel is a tippi (ਹੁੰਗ).
_SCRIPT_SPELLINGS = {
    "Beng": (
        (LazyPattern(r"(?<=[\u0985-\u0994\u09be-\u09cc])য(?!\u09bc)"), "য়"), (LazyPattern(r"ংগ\b"), "ং"),
        (LazyPattern(r"ন্হ\b"), "ন"), (LazyPattern("\u09b5"), "ভ"),
        # a vowel after a vowel is written short: হাই for Hải (Devanagari हाई), থুই for Thủy
        (LazyPattern(r"(?<=[\u0985-\u0994\u09be-\u09cc])ঈ"), "ই"), (LazyPattern(r"(?<=[\u0985-\u0994\u09be-\u09cc])ঊ"), "উ"),
    ),
    "Guru": ((LazyPattern(r"(?<=[\u0a15-\u0a39\u0a3f\u0a41])\u0a02"), "\u0a70"),),
}


def from_deva(text: str, script: str) -> str:
    """Devanagari ``text`` in another ISCII-ordered script: letter for letter (the inverse of
    :func:`to_deva`), then with the script's own spellings of a name (:data:`_SCRIPT_SPELLINGS`)."""
    if script == "Deva":
        return text
    text = text.translate(_block_shift("Deva", script))
    for pattern, spelling in _SCRIPT_SPELLINGS.get(script, ()):
        text = pattern.sub(spelling, text)
    return text


#: The ISCII-ordered scripts whose words, read as Devanagari, get the keys Devanagari spellings of the
#: same name get.  Not Tamil (no letters for voiced and aspirated consonants) or Malayalam (final
#: consonants as chillu letters), whose readings the key would miss.
KEYED_SCRIPTS = frozenset({"Deva", "Beng", "Guru", "Gujr", "Telu", "Knda"})


@functools.lru_cache(maxsize=None)
def keyed_script(scripts: tuple[str, ...]) -> str | None:
    """The first of ``scripts`` whose names are keyed as Devanagari ones (None when there is none)."""
    return next((s for s in scripts if s in KEYED_SCRIPTS), None)


def shape(word: str) -> str:
    """Consonant/vowel shape of a Devanagari word ("मिन्ह" -> "CVCC"), glides counted as vowels."""
    chars = [c for c in unicodedata.normalize("NFD", word) if c not in _SHAPELESS]
    if len(chars) > 2 and chars[0] == "न" and chars[1] == "ग":
        chars.insert(1, VIRAMA)  # नगुयेन: the onset ng written without virama
    if len(chars) > 2 and chars[-2] == "न" and chars[-1] in "गह" and chars[-3] in _VOWELS:
        chars.insert(len(chars) - 1, VIRAMA)  # होआनग, मिनह: the coda ng or nh written without virama
    out = []
    vowels = _VOWELS
    prev = ""
    for ch, nxt in zip(chars, chars[1:] + [""]):
        if ch in vowels or (ch == "व" and prev == VIRAMA) or (ch == "य" and prev in _GLIDE_SIDES and nxt in _GLIDE_SIDES and nxt != VIRAMA):
            out.append("V")
        elif ch in _CONSONANTS:
            out.append("C")
            if nxt and nxt != VIRAMA and nxt not in vowels and nxt != "व":
                out.append("V")
        elif ch == ANUSVARA or ch == CHANDRABINDU:
            out.append("C")
        elif ch != VIRAMA:
            out.append("?")
        prev = ch
    return "".join(out)


SYLLABLE_SHAPE = LazyPattern(r"C{0,3}V{1,4}C{0,3}")


@functools.lru_cache(maxsize=65536)
def looks_like_syllable(word: str) -> bool:
    """True for one-syllable Devanagari words, the shape of transliterated Vietnamese (and Chinese, Korean) names."""
    return SYLLABLE_SHAPE.fullmatch(shape(word)) is not None


@functools.lru_cache(maxsize=None)
def _data(name: str) -> dict:
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", name), encoding="utf-8") as f:
        return toml.loads(f.read())


#: The language of the names in the names data: in its own texts, diacritics tell names apart
#: (Hùng and Hưng are two names), where elsewhere they are spellings of one.
NAMES_LANGUAGE = "vi"


def names_data() -> dict:
    return _data("vi-names.toml")


def strip_tones(syllable: str) -> str:
    """Lower-case Vietnamese syllable without its tone mark ("Nguyễn" -> "nguyên")."""
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))


@functools.lru_cache(maxsize=4096)
def split_syllable(syllable: str) -> tuple[str, str, str] | None:
    """(onset, nucleus, coda) of a Vietnamese syllable without tone, or None if it is not one."""
    table = _data("vi-deva.toml")
    bare = strip_tones(syllable)
    onsets = sorted(table["onsets"], key=len, reverse=True)
    nuclei = sorted(table["nuclei"], key=len, reverse=True)
    codas = sorted(table["codas"], key=len, reverse=True)
    for onset in onsets:
        if not bare.startswith(onset):
            continue
        rest = bare[len(onset):]
        if onset == "gi" and (not rest or rest[0] not in "aăâeêoôơuưy"):
            continue  # "gì", "gìn": g + i
        if onset == "qu" and not rest:
            continue
        for nucleus in nuclei:
            if rest.startswith(nucleus) and rest[len(nucleus):] in codas:
                return onset, nucleus, rest[len(nucleus):]
    return None


@functools.lru_cache(maxsize=1)
def _typed_parts() -> tuple[list[str], ...]:
    """The onsets, nuclei and codas of the syllable tables as typed without diacritics, longest first."""
    table = _data("vi-deva.toml")
    return tuple(sorted({latin_key(p) for p in table[kind]}, key=len, reverse=True) for kind in ("onsets", "nuclei", "codas"))


@functools.lru_cache(maxsize=1)
def _typed_tables() -> tuple[list[tuple[str, str]], ...]:
    """The onsets, nuclei and codas of the syllable tables as (typed without diacritics, as
    written), the longest typed first, the table's order kept among equals ("uô" before "uơ")."""
    table = _data("vi-deva.toml")
    return tuple(sorted(((latin_key(p), p) for p in table[kind]), key=lambda pair: -len(pair[0])) for kind in ("onsets", "nuclei", "codas"))


@functools.lru_cache(maxsize=4096)
def _typed_split(word: str) -> tuple[str, str, str] | None:
    """(onset, nucleus, coda) of the syllable tables that ``word``, typed without diacritics, spells."""
    onsets, nuclei, codas = _typed_tables()
    coda_of = {}
    for typed, written in codas:
        coda_of.setdefault(typed, written)
    for typed_onset, onset in onsets:
        if word.startswith(typed_onset):
            rest = word[len(typed_onset):]
            for typed_nucleus, nucleus in nuclei:
                if rest.startswith(typed_nucleus) and rest[len(typed_nucleus):] in coda_of:
                    return onset, nucleus, coda_of[rest[len(typed_nucleus):]]
    return None


@functools.lru_cache(maxsize=4096)
def typed_syllable(word: str) -> bool:
    """Whether ``word`` may be a Vietnamese syllable typed without its diacritics ("Nguyen", "Hung")."""
    onsets, nuclei, codas = _typed_parts()
    bare = latin_key(word)
    for onset in onsets:
        if bare.startswith(onset):
            rest = bare[len(onset):]
            if any(rest.startswith(nucleus) and rest[len(nucleus):] in codas for nucleus in nuclei):
                return True
    return False


@functools.lru_cache(maxsize=1)
def typed_surnames() -> frozenset[str]:
    """The surnames of the names data as typed without diacritics ("nguyen", "tran", "dang")."""
    return frozenset(latin_key(s) for s in names_data()["surnames"])


@functools.lru_cache(maxsize=1)
def typed_name_syllables() -> frozenset[str]:
    """The given-name and middle-name syllables of the names data as typed without diacritics ("minh", "van")."""
    data = names_data()
    return frozenset(latin_key(s) for s in (*data["middle"], *data["given_names"]))


@functools.lru_cache(maxsize=1)
def marked_name_syllables() -> frozenset[str]:
    """The syllables of the names data, typed without diacritics, that a name never writes without
    them ("nguyen" of Nguyễn, "van" of Văn; not "minh", which Minh writes so)."""
    data = names_data()
    syllables = {unicodedata.normalize("NFC", s) for s in (*data["surnames"], *data["middle"], *data["given_names"])}
    return frozenset(latin_key(s) for s in syllables if not s.isascii()) - {s.casefold() for s in syllables if s.isascii()}


@functools.lru_cache(maxsize=1)
def typed_places() -> frozenset[str]:
    """The places of the names data as typed without diacritics, one space between syllables ("ha noi", "dak lak")."""
    return frozenset(latin_key(p) for p in names_data().get("places", ()))


@functools.lru_cache(maxsize=4096)
def vi_to_deva(syllable: str) -> str | None:
    """The usual Devanagari spelling of one Vietnamese syllable (tones dropped), or None; a syllable
    typed without diacritics ("Nguyen", "Thuot") is read with the first that fits ("Nguyễn", "thuôt")."""
    data = names_data()
    typed = syllable.isascii()
    for table in (data["surnames"], data["middle"]):
        for key, value in table.items():
            if key.lower() == syllable.lower() or typed and latin_key(key) == syllable.lower():
                return value
    parts = split_syllable(syllable) or (_typed_split(syllable.lower()) if typed else None)
    if parts is None:
        return None
    onset, nucleus, coda = parts
    table = _data("vi-deva.toml")
    sign = table["nuclei"][nucleus][0]
    if not coda and nucleus in ("i", "y", "u", "ư"):
        sign = {"i": "ी", "y": "ी", "u": "ू", "ư": "ू"}[nucleus]  # open syllables are long
    first = table["onsets"][onset][0]
    if not first and (not sign or sign[0] in table["independent"]):
        sign = table["independent"][sign[:1]] + sign[1:]
    return first + sign + table["codas"][coda][0]


def name_to_deva(name: str) -> str | None:
    """A multi-syllable Vietnamese name in Devanagari ("Nguyễn Minh Hưng" -> "गुयेन मिन्ह हुंग")."""
    parts = [vi_to_deva(s) for s in name.split()]
    return None if any(p is None for p in parts) else " ".join(parts)


def name_in_script(name: str, script: str) -> str | None:
    """:func:`name_to_deva`, written in ``script`` (one of :data:`KEYED_SCRIPTS`) with its own spellings."""
    rendered = name_to_deva(name)
    return None if rendered is None else from_deva(rendered, script)


@functools.lru_cache(maxsize=4096)
def syllable_spellings(syllable: str) -> frozenset[str]:
    """Every accepted Devanagari spelling of a Vietnamese syllable, from the onset, nucleus and coda tables."""
    usual = vi_to_deva(syllable)
    out = {usual} if usual else set()
    out.update(_data("vi-deva.toml")["letters"].get(syllable, ()))  # an initial, read as a letter's name
    parts = split_syllable(syllable)
    if parts is None:
        return frozenset(out)
    onset, nucleus, coda = parts
    table = _data("vi-deva.toml")
    for o in table["onsets"][onset]:
        for n in table["nuclei"][nucleus]:
            for c in table["codas"][coda]:
                vowel_before = not o or o[-1] in table["independent"]  # no onset, or one ending in a vowel ("कु" for qu)
                if vowel_before and n and n[0] in table["independent"]:
                    n = table["independent"][n[0]] + n[1:]
                elif vowel_before and not n:
                    n = "अ"
                out.add(o + n + c)
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def syllable_keys(syllable: str) -> frozenset[str]:
    """Phonetic keys of every accepted Devanagari rendering of a Vietnamese syllable."""
    return frozenset(deva_key(s) for s in syllable_spellings(syllable))


_COMBINING = LazyPattern(r"\p{Mn}")


def typed_markers(markers) -> frozenset[str]:
    """Marker words written with diacritics, as typed without them ("cua" for "của", "nguoi" for
    "người"); only those of three letters or more: "la", "do" are words of other languages too."""
    return frozenset(key for m in markers if len(key := latin_key(m)) >= 3 and key != m.casefold())


@functools.lru_cache(maxsize=65536)
def latin_key(text: str) -> str:
    """Latin text folded for comparison: no diacritics, đ as d, case-folded."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return _COMBINING.sub("", decomposed).casefold()


#: A "k" that is no part of "kh": Vietnamese writes the same sound "c" elsewhere.
_K_RE = LazyPattern("k(?!h)")


def latin_name_key(word: str) -> str:
    """:func:`latin_key` of one syllable of a Vietnamese name in Latin letters, with the older
    romanisation of d as "dz" read as d ("Dzung" is Dũng: "dz" starts no Vietnamese syllable), and
    "k" (not "kh") as "c", the letter that writes its sound before most vowels and at a syllable's
    end: "Dak Lak" and "Dac Lac" are one name (Đắk Lắk), and no syllable starts with "ci" or "ce"
    to be confused with "Kim" or "Kiên"."""
    key = _K_RE.sub("c", latin_key(word))
    return "d" + key[2:] if key.startswith("dz") else key
