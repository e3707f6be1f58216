"""Text read with the wrong encoding: UTF-8 decoded as Windows-1252 or Latin-1 ("à¤®à¥‡à¤‚",
"Nguyá»…n"), and letters lost to question marks ("Nguy?n").

TQ103 reports these spans; other rules read around them, since a misread word is full of stray
quotation marks, currency signs and one-letter "words" that are no faults of their own.
"""
from __future__ import annotations

from .text import CONTINUATION, LETTERS_RE, LazyPattern, finditer

MOJIBAKE_RE = LazyPattern(
    # every alternative starts with a Latin-1 letter from Â to ô or a "?": a lookahead for them
    # first lets the engine skip the other characters fast (six times faster on Latin text)
    r"(?=[\u00C2-\u00F4?])(?:"
    rf"[ÃÂ][{CONTINUATION}]"
    r"|â€[™œ\u009d\"“”˜¦¢\u2013\u2014]?"
    rf"|Ä[{CONTINUATION}]|Æ[°¡¯ ]|á[º»][{CONTINUATION}]"
    rf"|à[¤¥¦§][{CONTINUATION}]?"
    r"|(?<=\p{L})\?+(?=\p{Ll})"
    # in a script without case, a "?" inside a word ("स?मेलन"), or a word of nothing but them ("??? ??")
    r"|(?<=[\p{Lo}\p{M}])\?+(?=[\p{Lo}\p{M}])|(?:(?<=\s)|^)\?{2,}(?=[\s,.;:।]|$)"
    r"|ï»¿"  # a byte-order mark read as Windows-1252
    # any other script's letters, two at least, since an accented letter before "°", "»" or a
    # no-break space may be meant (French "qualité\u00a0»" decodes as one Chinese character):
    # two-byte ones ("Ð‘Ð°Ð·Ð°" for "База"), three-byte ones ("ä¸­æ–‡" for "中文"), and four-byte
    # ones, kept only when their bytes decode (:func:`_utf8_misread`); and one punctuation mark or
    # currency sign of U+2000-U+20FF read as Latin-1 ("â\x80\x9c" for "“", "â\x82¬" for "€")
    rf"|(?P<generic>(?:[\u00C2-\u00DF][{CONTINUATION}]){{2,}}|(?:[\u00E0-\u00EF][{CONTINUATION}]{{2}}){{2,}}|(?:[\u00F0-\u00F4][{CONTINUATION}]{{3}})+"
    rf"|â[\u0080-\u0083€‚ƒ][{CONTINUATION}]))"
)
#: Windows-1252's characters for the bytes 0x80-0x9F (the others are Latin-1's).
CP1252_BYTES = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _utf8_misread(piece: str) -> bool:
    """Whether ``piece`` is UTF-8 read as Windows-1252 or Latin-1: its characters as those bytes decode."""
    try:
        return bool(bytes(CP1252_BYTES.get(c, ord(c)) for c in piece).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return False


#: What may stand between two pieces of one word read with the wrong encoding: letters, more
#: decoded continuation bytes, and U+FFFD where Windows-1252 has no character for a byte.
MOJIBAKE_GAP_RE = LazyPattern(rf"[\p{{L}}{CONTINUATION}\ufffd]*")
TRAILING_BYTES_RE = LazyPattern(rf"[{CONTINUATION}\ufffd]*")


def _pieces_joined(text: str, info) -> list[tuple[int, int]]:
    """The spans of :data:`MOJIBAKE_RE` outside protected spans, those of one word merged
    ("à¤®à¥‡à¤‚" is one Hindi word read as Windows-1252, not three findings; "à¦¨à¦¤à§�à¦¨" one Bengali word
    with a byte Windows-1252 has no character for)."""
    runs: list[tuple[int, int]] = []
    for m in finditer(MOJIBAKE_RE, text):
        if info.overlaps_protected(m.start(), m.end()) or (m.group("generic") and not _utf8_misread(m.group())):
            continue
        joined = runs and MOJIBAKE_GAP_RE.fullmatch(text, runs[-1][1], m.start()) is not None
        if joined and "?" not in (text[m.start()], text[runs[-1][0]]):
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append(m.span())
    # and a run takes the undecodable bytes that end its word ("à¤¨à¤¯à¤¾à¤�" of "नयाँ")
    return [(s, e if text[s] == "?" else TRAILING_BYTES_RE.match(text, e).end()) for s, e in runs]


#: Letters before and after a run (the letters of the word a run is part of).
LETTERS_BACK_RE = LazyPattern(r"(?r)[\p{L}\p{M}\u200c\u200d]+")
LATIN_BACK_RE = LazyPattern(r"(?r)[\p{Latin}\p{M}]+")
LATIN_RE = LazyPattern(r"[\p{Latin}\p{M}]+")
#: A byte-order mark read as Windows-1252, which stands before a word rather than inside it.
MISREAD_BOM = "ï»¿"


def misread_runs(info) -> list[tuple[int, int]]:
    """Spans of words read with the wrong encoding in the text of ``info`` (a
    :class:`~tqcheck.text.TextInfo`), outside its protected spans: each the whole word, the
    letters glued to the misread bytes included ("Nguyá»…n", "itâ€™s", "Nguy?n", "??? ??").

    >>> from tqcheck.text import TextInfo
    >>> text = "Ông Nguyá»…n nói, sau đó Nguy?n đi."
    >>> [text[s:e] for s, e in misread_runs(TextInfo(text))]
    ['Nguyá»…n', 'Nguy?n']
    """
    text = info.text
    out = []
    for s, e in _pieces_joined(text, info):
        if text[s] == "?":
            back, ahead = LETTERS_BACK_RE, LETTERS_RE
        elif text.startswith(MISREAD_BOM, s):
            back = ahead = None
        else:
            back, ahead = LATIN_BACK_RE, LATIN_RE
        if back is not None:
            before, after = back.search(text, 0, s), ahead.match(text, e)
            s = before.start() if before is not None and before.end() == s else s
            e = after.end() if after is not None else e
        out.append((s, e))
    return out
