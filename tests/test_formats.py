"""Readers for XLIFF 1.2/2.0, TMX, PO and directories, and their malformed-input errors."""
import json
import os
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="vi" target-language="hi" datatype="plaintext" original="news">
  <body>
   <trans-unit id="t1">
    <source>Tổng thu đạt 5 tỷ đồng.</source>
    <target>कुल राजस्व 5 करोड़ डोंग रहा।</target>
   </trans-unit>
   <trans-unit id="t2">
    <source>Hội nghị kết thúc.</source>
    <target>सम्मेलन समाप्त हुआ। [विज्ञापन_1]</target>
    <note>tqcheck: ignore[TQ201]</note>
   </trans-unit>
  </body>
 </file>
</xliff>
"""
XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="vi" trgLang="hi">
 <file id="f1">
  <unit id="u1"><segment><source>Cầu dài 2,5 km.</source><target>पुल 2.5 किलोमीटर लंबा है। &lt;/div&gt;</target></segment></unit>
 </file>
</xliff>
"""
TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="vi" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body>
 <tu tuid="1"><tuv xml:lang="vi"><seg>Tổng thu đạt 5 tỷ đồng.</seg></tuv><tuv xml:lang="hi"><seg>कुल राजस्व 5 करोड़ डोंग रहा।</seg></tuv></tu>
</body></tmx>
"""
PO = '''msgid ""
msgstr ""
"Language: hi\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#. shown on the home page
msgid "Read more"
msgstr "और पढ़ें [ad_1]"

# tqcheck: ignore[TQ201]
msgid "Share"
msgstr "शेयर करें [ad_2]"
'''


def _json(run, *argv):
    code, out, err = run("check", "--format", "json", *argv)
    return code, json.loads(out), err


@pytest.mark.parametrize("name,content,expected", [
    ("a.xlf", XLIFF12, {("t1", "TQ501")}),
    ("b.xliff", XLIFF20, {("u1", "TQ202")}),
    ("c.tmx", TMX, {("1", "TQ501")}),
    ("d.po", PO, {("Read more", "TQ201")}),
])
def test_formats_are_read_with_languages_notes_and_lines(run, tmp_path, name, content, expected):
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    code, data, err = _json(run, p)
    assert code == 1, err
    got = {(f["record"], f["code"]) for f in data["findings"] if f["severity"] != "info"}
    assert got == expected
    assert all(f["line"] > 1 for f in data["findings"])


XLIFF12_INLINE = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="vi" target-language="hi" datatype="plaintext" original="news">
  <body>
   <trans-unit id="1">
    <source>Cầu <g id="1">mới</g> dài 2 km.<x id="2"/></source>
    <target>नया <g id="1">पुल</g> 2 किमी लंबा है।<x id="2"/></target>
   </trans-unit>
   <!-- <trans-unit id="9"> was removed -->
   <trans-unit id="2">
    <source>Hội nghị kết thúc.</source>
    <target>सम्मेलन समाप्त हुआ। [विज्ञापन_1]</target>
   </trans-unit>
  </body>
 </file>
</xliff>
"""
TMX_WITHOUT_TUIDS = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="vi" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body>
 <tu><tuv xml:lang="vi"><seg>Hội nghị kết thúc.</seg></tuv></tu>
 <tu><tuv xml:lang="vi"><seg>Hội nghị kết thúc.</seg></tuv><tuv xml:lang="hi"><seg>सम्मेलन समाप्त हुआ।</seg></tuv></tu>
 <tu><tuv xml:lang="vi"><seg>Hội nghị kết thúc.</seg></tuv><tuv xml:lang="hi"><seg>सम्मेलन समाप्त हुआ। [विज्ञापन_1]</seg></tuv></tu>
</body></tmx>
"""


@pytest.mark.parametrize("name,content,line", [("a.xlf", XLIFF12_INLINE, 10), ("b.tmx", TMX_WITHOUT_TUIDS, 6)])
def test_a_finding_is_on_the_line_of_its_unit(run, tmp_path, name, content, line):
    """Not on the line of an inline code with the unit's id ("<g id="1">"), nor of a commented-out unit."""
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    code, data, err = _json(run, p, "--select", "TQ201")
    assert [f["line"] for f in data["findings"]] == [line], err


XLIFF20_SEGMENTS = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="vi" trgLang="hi">
 <file id="f1">
  <unit id="u1">
   <notes><note>tqcheck: ignore TQ801</note></notes>
   <segment><source>Giao thông.</source><target>यातायात ।</target></segment>
   <segment><source>Tổng thu 5 tỷ đồng.</source><target>कुल 5 अरब डोंग। [विज्ञापन_1]</target></segment>
  </unit>
 </file>
</xliff>
"""


def test_the_notes_of_an_xliff_unit_hold_for_each_of_its_segments(run, tmp_path):
    """The unit's directive names one rule (no brackets): it silences that rule in its first segment
    and is used, and leaves the other rules of the other segment alone."""
    p = tmp_path / "a.xlf"
    p.write_text(XLIFF20_SEGMENTS, encoding="utf-8")
    code, data, err = _json(run, p)
    assert [(f["record"], f["field"], f["code"]) for f in data["findings"]] == [("u1", "target[2]", "TQ201")]
    assert data["unused_suppressions"] == []


def test_json_file_of_one_record_or_an_array_of_records(run, tmp_path):
    record = {"id": "r1", "target_lang": "hi", "source_lang": "vi", "source": "Tổng thu đạt 5 tỷ đồng.", "target": "कुल राजस्व 5 करोड़ डोंग रहा।"}
    one = tmp_path / "one.json"
    one.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{**record, "id": "r2", "target": "ठीक है।"}, record], ensure_ascii=False, indent=2), encoding="utf-8")
    code, data, err = _json(run, one, many)
    assert code == 1, err
    got = {(f["path"].rsplit("/", 1)[1], f["record"], f["line"]) for f in data["findings"] if f["code"] == "TQ501"}
    # the second record of the array starts on line 9 of the indented file
    assert got == {("one.json", "r1", 1), ("many.json", "r1", 9)}


MALFORMED = {
    "truncated.xlf": XLIFF12[: len(XLIFF12) // 2],
    "unclosed.tmx": TMX.replace("</seg></tuv></tu>", "</tuv></tu>", 1),
    "bomb.xlf": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><xliff version="1.2">&b;</xliff>',
    "external.tmx": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><tmx>&e;</tmx>',
    "empty.xlf": "",
    "empty.po": "",
    "empty.jsonl": "",
    "blank.tsv": "\n  \n",
    "empty.txt": "",
    "empty.json": "",
    "emptyarray.json": "[ ]",
    "notrecords.json": '[{"target": "ठीक", "target_lang": "hi"}, 5]',
    "truncated.json": '[{"target": "ठीक", "target_lang": "hi"},\n{"target": "',
    "trailing.json": '{"target": "ठीक", "target_lang": "hi"} {"target": "x"}',
    "broken.po": 'msgid "a"\nmsgstr "b"\nmsgid "c\n',
    "notxliff.xlf": "<html><body/></html>",
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_input_is_a_located_error_and_others_are_still_checked(run, tmp_path, name):
    bad = tmp_path / name
    bad.write_text(MALFORMED[name], encoding="utf-8")
    good = tmp_path / "good.po"
    good.write_text(PO, encoding="utf-8")
    code, data, err = _json(run, bad, good)
    assert code == 2
    lines = [line for line in err.splitlines() if str(bad) in line]
    assert len(lines) == 1 and "Traceback" not in err
    assert [e["path"] for e in data["errors"]] == [str(bad)]
    assert any(f["path"] == str(good) for f in data["findings"])


@pytest.mark.parametrize("suffix", [".xlf", ".tmx", ".po", ".jsonl", ".tsv", ".txt"])
def test_invalid_utf8_and_directory_as_file(run, tmp_path, suffix):
    bad = tmp_path / f"bad{suffix}"
    bad.write_bytes(b"abc\n\xff\xfe\n")
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    code, _, err = run("check", "--target-lang", "hi", "--input-format", {".xlf": "xliff", ".txt": "text"}.get(suffix, suffix[1:]), bad, folder)
    assert code == 2
    assert f"{bad}:2: invalid UTF-8" in err
    assert f"{folder}: is a directory" in err


def test_directory_walk_respects_gitignore_and_globs(run, tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("skipped/\n", encoding="utf-8")
    for rel in ("a/one.po", "skipped/two.po", "a/three.tmx", "a/notes.md"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(PO if rel.endswith(".po") else TMX if rel.endswith(".tmx") else "# notes", encoding="utf-8")
    code, data, _ = _json(run, tmp_path)
    assert data["summary"]["files"] == 2
    code, data, _ = _json(run, "--exclude", "*.tmx", tmp_path)
    assert data["summary"]["files"] == 1
    code, data, _ = _json(run, "--include", "*.tmx", tmp_path)
    assert {f["path"].rsplit("/", 1)[1] for f in data["findings"]} == {"three.tmx"}


def test_directory_walk_reports_a_link_to_nothing(run, tmp_path):
    (tmp_path / "good.jsonl").write_text('{"target": "नमस्ते", "target_lang": "hi"}\n', encoding="utf-8")
    os.symlink(tmp_path / "gone.jsonl", tmp_path / "dangling.jsonl")
    code, data, err = _json(run, tmp_path)
    assert code == 2 and data["summary"]["files"] == 2
    assert "dangling.jsonl: cannot read" in err


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list('[]{},:" \n\r\t0aé\\') + ['"target"', '"target_lang"', '"hi"', "null", "true"]), max_size=40).map("".join))
def test_json_reader_never_raises_and_locates_its_errors(tmp_path_factory, text):
    from tqcheck import Config, Document
    from tqcheck.io import InputError
    from tqcheck.io.jsonl import read_json

    p = tmp_path_factory.mktemp("j") / "x.json"
    p.write_text(text, encoding="utf-8")
    lines = text.count("\n") + 1
    for item in read_json(str(p), Config(target_lang="hi")):
        assert isinstance(item, (Document, InputError))
        line = item.line if isinstance(item, InputError) else item.segments[0].line if item.segments else 1
        assert line is None or 1 <= line <= lines
