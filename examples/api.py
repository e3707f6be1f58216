"""Using tqcheck from Python: check one translation, then a whole document."""
from tqcheck import Config, Document, Segment, check, check_document

source = "Tổng vốn đầu tư 2.100 tỷ đồng."
target = "कुल निवेश 2,100 करोड़ वियतनामी डॉलर है। [विज्ञापन_1]"

for finding in check(target, source, target_lang="hi", source_lang="vi"):
    print(f"{finding.code} {finding.name} [{finding.severity}] {finding.message}")
    if finding.suggestion:
        print(f"    suggestion: {finding.suggestion}")

# A news item of several paragraphs: document rules (name and digit consistency) see them together.
# Each finding says which paragraph it is in (finding.segment, counted from 0) and where in it
# (finding.start and finding.end, offsets in that paragraph's text).
item = Document(
    segments=(
        Segment("अध्यक्ष श्री काओ तुओंग हुई ने उद्घाटन किया।", id="p1"),
        Segment("श्री काओ तुओंग हुय ने धन्यवाद दिया।", id="p2"),
    ),
    target_lang="hi",
)
for finding in check_document(item, Config(select=("names",))):
    print(finding.record, finding.segment, finding.code, finding.message)
