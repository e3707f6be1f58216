"""--fix: safe fixes only, atomic, byte-preserving and idempotent."""
import os
import shutil
import stat

TEXT = "सम्मेलन हुआ। [विज्ञापन_2] राजस्व 5 अरब वियतनामी डॉलर रहा ।\r\nदूसरी पंक्ति  यहाँ है, ५% अधिक।\r\nटिप्पणी (0)\r\n"


def test_text_fix_keeps_bom_crlf_permissions_and_other_bytes(run, tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    os.chmod(p, 0o640)
    code, _, err = run("check", "--fix", "--target-lang", "hi", p)
    data = p.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    fixed = data[3:].decode()
    assert fixed == "सम्मेलन हुआ। राजस्व 5 अरब वियतनामी डोंग रहा।\r\nदूसरी पंक्ति यहाँ है, ५% अधिक।\r\n"
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o640
    assert "applied" in err
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".tqcheck-fix-")]


def test_second_fix_changes_nothing(run, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    run("check", "--fix", "--target-lang", "hi", p)
    once = p.read_bytes()
    run("check", "--fix", "--target-lang", "hi", p)
    assert p.read_bytes() == once


def test_unsafe_fixes_need_the_flag(run, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("वर्ष 2024 में 112% वृद्धि हुई और ५% अधिक राजस्व मिला।\n", encoding="utf-8")
    run("check", "--fix", "--target-lang", "hi", p)
    assert "५%" in p.read_text(encoding="utf-8")
    run("check", "--fix", "--unsafe-fixes", "--target-lang", "hi", p)
    assert "और 5% अधिक" in p.read_text(encoding="utf-8")


def test_jsonl_fix_rewrites_only_the_target_value(run, tmp_path):
    p = tmp_path / "a.jsonl"
    line = '{"id": "x1", "note": "\\u0915 stays escaped",  "target": "\\u0938\\u092e\\u094d\\u092e\\u0947\\u0932\\u0928 [ad_1]", "target_lang": "hi"}'
    p.write_text(line + "\n" + '{"id": "x2", "target": "ठीक है।", "target_lang": "hi"}\n', encoding="utf-8")
    run("check", "--fix", p)
    first, second = p.read_text(encoding="utf-8").splitlines()
    assert first == line.replace(' [ad_1]', "")
    assert second == '{"id": "x2", "target": "ठीक है।", "target_lang": "hi"}'


def test_a_removed_last_line_of_a_field_takes_its_crlf_with_it():
    from tqcheck.fix import apply
    from tqcheck.model import Finding, Severity

    def removal(text, part):
        start = text.index(part)
        return Finding("a.jsonl", "r1", "target", 1, start + 1, start, start + len(part), "TQ301", "page-furniture", "boilerplate", Severity.ERROR, "", suggestion="")

    for text, fixed in [("यातायात।\r\nटिप्पणी (0)", "यातायात।"), ("यातायात।\r\nटिप्पणी (0)\r\nआगे।", "यातायात।\r\nआगे।"), ("टिप्पणी (0)\r\nयातायात।", "यातायात।")]:
        assert apply(text, [removal(text, "टिप्पणी (0)")]) == (fixed, 1)


def test_line_aligned_source_keeps_line_count(run, tmp_path):
    src, tgt = tmp_path / "a.vi", tmp_path / "a.hi"
    src.write_text("Một.\nHai.\nBình luận (0)\n", encoding="utf-8")
    tgt.write_text("एक।\nदो।\nटिप्पणी (0)\n", encoding="utf-8")
    run("check", "--fix", "--source", src, "--source-lang", "vi", "--target-lang", "hi", "--input-format", "text", tgt)
    assert tgt.read_text(encoding="utf-8") == "एक।\nदो।\n\n"


def test_formats_without_fix_support_are_named(run, tmp_path):
    p = tmp_path / "a.po"
    p.write_text('msgid ""\nmsgstr "Language: hi\\n"\n\nmsgid "Share"\nmsgstr "शेयर [ad_1]"\n', encoding="utf-8")
    before = p.read_bytes()
    code, _, err = run("check", "--fix", p)
    assert "does not rewrite po files" in err and p.read_bytes() == before and code == 1


LANGS = {"hin": "hi", "mar": "mr", "nep": "ne", "ben": "bn", "vie": "vi", "eng": "en", "urd": "ur", "tha": "th", "rus": "ru", "fra": "fr"}


def test_fix_twice_on_ntrex_equals_once(run, tmp_path, shared):
    for source in sorted((shared / "data" / "ntrex").glob("newstest2019-*.txt")):
        lang = LANGS[source.name.split(".")[1]]
        once, twice = tmp_path / f"once-{source.name}", tmp_path / f"twice-{source.name}"
        shutil.copy(source, once)
        run("check", "--fix", "--target-lang", lang, once)
        shutil.copy(once, twice)
        run("check", "--fix", "--target-lang", lang, twice)
        assert once.read_bytes() == twice.read_bytes(), source.name


def test_fix_puts_back_the_space_after_a_danda_and_a_comma(run, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("कॉमरेड ने भाग लिया।उन्होंने कहा कि सड़कें,पुल और स्कूल बनेंगे।\n", encoding="utf-8")
    run("check", "--fix", "--target-lang", "hi", p)
    assert p.read_text(encoding="utf-8") == "कॉमरेड ने भाग लिया। उन्होंने कहा कि सड़कें, पुल और स्कूल बनेंगे।\n"


def test_fix_reads_the_language_from_the_file_name(run, tmp_path):
    # no --target-lang: "news.hi.txt" is Hindi for the fixes as for the check
    p = tmp_path / "news.hi.txt"
    p.write_text("अनुकरण ब्लॉक ने काम किया।\nअनुकरण ब्लॉक को सराहा गया।\nअनुकरण समूह आगे रहा।\n", encoding="utf-8")
    run("check", "--fix", "--unsafe-fixes", "--select", "TQ705", p)
    assert p.read_text(encoding="utf-8").count("अनुकरण ब्लॉक") == 3
    assert run("check", "--select", "TQ705", p)[0] == 0


def test_fix_removes_the_second_copy_of_a_doubled_word(run, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("सड़कों को बेहतर बनाने के लिए लिए धन खर्च किया गया।\n", encoding="utf-8")
    run("check", "--fix", "--target-lang", "hi", p)
    assert p.read_text(encoding="utf-8") == "सड़कों को बेहतर बनाने के लिए धन खर्च किया गया।\n"
