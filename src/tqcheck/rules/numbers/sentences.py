"""Sentences of the source lost with their figures (TQ510)."""
from __future__ import annotations

from ...model import Hit
from ...numerals import ANY_DIGIT_RE, Mention, join_compounds
from ...registry import rule
from ._readings import _figures, _measures, _mentions
from .values import _Words, _orphans, _small


def _telling_figure(m: Mention, measured: set[int]) -> bool:
    """A figure no other sentence would happen to hold: with a scale word, four digits or more
    ("21.500 tỷ", "1.250"), or a whole count of ten or more ("15 ngôi nhà"), that is no year; a
    count with a unit after it (its start in ``measured``) may come back converted ("50 mét" as
    "164 feet") and tells nothing."""
    if m.exponent:
        return True
    if 1900 <= m.value <= 2100 and m.value == int(m.value):
        return False
    return m.value >= 1000 or (m.value >= 10 and m.value == int(m.value) and m.start not in measured)


@rule(
    "TQ510",
    "sentence-figures-missing",
    category="numbers",
    summary="A source sentence whose figures are all missing from a shorter target (a sentence left out)",
    severity="warning",
    needs_source=True,
    options={"min_figures": 2},
)
def sentence_figures_missing(seg, ctx):
    """A sentence of the source left out of the target, found by its figures.

    MT drops sentences, and a dropped sentence takes its figures along.  When
    the target has fewer sentences than its source and every figure of one
    source sentence (``min_figures`` of them at least, counts under ten left
    aside, since either side may spell them out, or a single one that no
    other sentence would hold: with a scale word, four digits or more
    that are no year, or a count of ten or more with no unit, which a
    target may give converted) is missing from the whole target, that
    sentence is reported, on the source.  A figure the target gives in
    words ("fifteen") or as a month's name ("tháng 11" -> "नवंबर") is not
    missing.  A target with as many sentences as its source
    lost no sentence: figures given another way there (a conversion, a
    rounded sum) are TQ501's business.

    Bad (vi>hi): Tỉnh có 2.300 hộ nghèo. Năm 2023, tỉnh chi 450 tỷ đồng cho 1.200 công trình. Kết quả rất tốt. => प्रांत में 2,300 गरीब परिवार हैं। परिणाम बहुत अच्छे रहे।
    Good (vi>hi): Tỉnh có 2.300 hộ nghèo. Năm 2023, tỉnh chi 450 tỷ đồng cho 1.200 công trình. => प्रांत में 2,300 गरीब परिवार हैं, और 2023 में 1,200 परियोजनाओं पर 450 अरब डोंग खर्च किए गए।
    Good (vi>en): Gió giật 85 dặm/giờ. Sóng cao 3 m. => Gusts reached 137 km/h. Waves were 3 m high.
    Bad (vi>en): Lũ quét qua huyện. Thiệt hại ước tính 450 tỷ đồng. Người dân đã về nhà. => Floods swept the district. People have returned home.
    Good (vi>en): Năm 2023, lũ quét qua huyện. Người dân đã về nhà. => Floods swept the district. People have returned home.
    Bad (vi>en): Có 15 người bị thương. Nhà bị sập. Cảnh sát đang điều tra. => The house collapsed. Police are investigating.
    Good (vi>en): Có 15 người bị thương. Nhà bị sập. => Fifteen people were injured and the house collapsed.
    Good (vi>en): Cây cầu dài 50 mét. Nó được xây năm ngoái. => The 164-foot bridge was built last year.
    Good (vi>hi): Hội nghị diễn ra ngày 15/11. Có 200 đại biểu tham dự. => 200 प्रतिनिधियों की मौजूदगी में सम्मेलन 15 नवंबर को हुआ।
    """
    least = ctx.options["min_figures"]
    if not ctx.src.has(ANY_DIGIT_RE):
        return
    counted = [m for m in _mentions(ctx, "source") if not _small(m)]
    if not counted or len(ctx.src.sentences) <= len(ctx.text.sentences):
        return
    measured = {m.start for m, _, _ in _measures(ctx, "source")}
    if len(counted) < least and not any(_telling_figure(m, measured) for m in counted):
        return
    src = join_compounds(seg.source, _mentions(ctx, "source"))
    # a figure the target gives as a month's name ("tháng 11" -> "नवंबर") or in words ("mười lăm"
    # -> "fifteen") is not lost
    words = _Words(ctx, None)
    lost = {id(m) for m in _orphans(src, join_compounds(seg.target, _figures(ctx)), words.months + words.target_number_words)}
    for s, e in ctx.src.sentences:
        figures = [m for m in src if s <= m.start < e and not _small(m)]
        enough = len(figures) >= least or (len(figures) == 1 and _telling_figure(figures[0], measured))
        if enough and all(id(m) in lost for m in figures):
            shown = ", ".join(repr(m.text) for m in figures)
            yield Hit(s, e, f"no figure of this source sentence ({shown}) is in the target, which has fewer sentences: the sentence was probably left out", field="source")
