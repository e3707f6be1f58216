"""The command line, end to end: formats, exit codes, configuration and bad input."""
import json
import re

import pytest

ARTICLE = "सम्मेलन आयोजित किया गया।\nराजस्व 112% रहा। [विज्ञापन_2]\nटिप्पणी (0)\n"
CLEAN = "सम्मेलन आयोजित किया गया।\nराजस्व 112% रहा।\n"


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "item.hi.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_exit_0_when_clean(run, tmp_path):
    p = tmp_path / "clean.txt"
    p.write_text(CLEAN, encoding="utf-8")
    code, out, err = run("check", "--target-lang", "hi", p)
    assert code == 0, err
    assert out.startswith("0 findings")


def test_exit_1_and_text_format(run, article):
    code, out, _ = run("check", "--target-lang", "hi", article)
    assert code == 1
    assert f"{article}:2:18: TQ201 [error] leftover placeholder '[विज्ञापन_2]'" in out
    assert f"{article}:3:1: TQ301 [error]" in out


def test_json_format(run, article):
    code, out, _ = run("check", "--format", "json", "--target-lang", "hi", article)
    data = json.loads(out)
    assert code == 1
    first = data["findings"][0]
    assert set(first) == {"path", "record", "field", "line", "column", "start", "end", "code", "name", "category", "severity", "message", "suggestion"}
    assert (first["code"], first["start"], first["end"], first["field"]) == ("TQ201", 17, 29, "target")
    assert data["summary"]["findings"] == 2 and data["summary"]["by_severity"]["error"] == 2


def test_github_format_escapes_workflow_commands(run, tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"id": "a", "target": "ok [ad_1]\n::set-env name=X::1", "target_lang": "en"}) + "\n", encoding="utf-8")
    code, out, _ = run("check", "--format", "github", p)
    assert code == 1
    assert out.startswith("::error file=")
    assert not any(line.startswith("::set-env") for line in out.splitlines())
    assert len(out.splitlines()) == len([l for l in out.splitlines() if l.startswith(("::error ", "::warning ", "::notice "))])


def test_fail_on_error_ignores_warnings(run, tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("Ông Nguyễn Văn An ने कहा।\n", encoding="utf-8")
    assert run("check", "--target-lang", "hi", p)[0] == 1
    assert run("check", "--target-lang", "hi", "--fail-on", "error", p)[0] == 0


def test_select_and_ignore(run, article):
    code, out, _ = run("check", "--target-lang", "hi", "--select", "markup", article)
    assert "TQ201" in out and "TQ301" not in out
    code, out, _ = run("check", "--target-lang", "hi", "--ignore", "TQ2,page-furniture", article)
    assert code == 0


def test_unknown_rule_is_a_usage_error_with_hint(run, article):
    code, _, err = run("check", "--target-lang", "hi", "--select", "leftover-placeholdr", article)
    assert code == 2
    assert "did you mean 'leftover-placeholder'" in err


def test_usage_error_exit_2(run):
    assert run("check")[0] == 2
    assert run("frobnicate")[0] == 2
    assert run()[0] == 2


def test_check_is_the_default_command(run, article):
    assert run(article)[1] == run("check", article)[1]
    code, out, _ = run("--select", "TQ201", article)
    assert code == 1 and "TQ201" in out and "TQ301" not in out
    code, _, err = run("missing.txt")  # a path that does not exist: said so, not that it names no language
    assert code == 2 and "cannot read" in err and "target language" not in err


def test_missing_language_is_located_error(run, tmp_path):
    unnamed = tmp_path / "item.v2.txt"  # "v2" names no language
    unnamed.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("check", unnamed)
    assert code == 2 and str(unnamed) in err and "target language" in err


def test_languages_from_the_file_names(run, tmp_path, article):
    code, out, _ = run("check", article)
    assert code == 1 and "TQ201" in out  # item.hi.txt: Hindi
    source = tmp_path / "item.vi"
    target = tmp_path / "item.hi"
    source.write_text("Tổng thu đạt 5 tỷ đồng.\n", encoding="utf-8")
    target.write_text("कुल राजस्व 5 करोड़ डोंग रहा।\n", encoding="utf-8")
    code, out, _ = run("check", "--select", "TQ501", "--source", source, target)
    assert code == 1 and "100 times too small" in out  # the source read as Vietnamese, from its name
    # a language given on the command line wins over the name: Devanagari is then foreign
    assert run("check", "--select", "TQ101", article)[0] == 0
    code, out, _ = run("check", "--target-lang", "en", "--select", "TQ101", article)
    assert code == 1 and "TQ101" in out


def test_files_named_by_the_source_language_are_paired_in_directories(run, tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "may").mkdir(parents=True)
    (corpus / "may" / "revenue.vi.txt").write_text("Tổng thu đạt 5 tỷ đồng.\n", encoding="utf-8")
    (corpus / "may" / "revenue.hi.txt").write_text("कुल राजस्व 5 करोड़ डोंग रहा।\n", encoding="utf-8")
    (corpus / "may" / "budget.hi.txt").write_text("बजट 5 करोड़ डोंग है।\n", encoding="utf-8")  # no Vietnamese partner
    code, out, _ = run("check", "--format", "json", "--select", "TQ501,TQ101", "--source-lang", "vi", corpus)
    data = json.loads(out)
    # revenue.hi.txt is read with revenue.vi.txt as its source, which is not checked as a target itself
    assert [(f["path"].rsplit("/", 1)[-1], f["code"]) for f in data["findings"]] == [("revenue.hi.txt", "TQ501")]
    assert data["summary"]["files"] == 2
    # without the source language, each file is checked by itself (and Vietnamese is no foreign script there)
    code, out, _ = run("check", "--format", "json", "--select", "TQ501,TQ101", corpus)
    assert code == 0 and json.loads(out)["summary"]["files"] == 3


def test_unknown_language(run, article):
    code, _, err = run("check", "--target-lang", "xx-nonsense", article)
    assert code == 2 and "unknown language" in err


def test_bad_input_is_reported_and_other_files_still_checked(run, tmp_path, article):
    bad_json = tmp_path / "bad.jsonl"
    bad_json.write_text('{"id": 1, "target": "fine", "target_lang": "en"}\n{"id": 2, "target": \n{"id": 3, "target": "x"\r\n', encoding="utf-8")
    bad_utf8 = tmp_path / "bad.txt"
    bad_utf8.write_bytes("ठीक है\n".encode() + b"\xff\xfe broken\n")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    missing = tmp_path / "missing.txt"
    code, out, err = run("check", "--target-lang", "hi", bad_json, bad_utf8, folder, missing, article)
    assert code == 2
    assert f"{bad_json}:2: invalid JSON: Expecting value (column 21)" in err
    assert f"{bad_json}:3: invalid JSON: Expecting ',' delimiter (column 24)" in err  # at the line's end, not on a next line
    assert f"{bad_utf8}:2: invalid UTF-8" in err
    assert f"{missing}: cannot read" in err
    assert "Traceback" not in err
    assert "TQ201" in out  # the good file was still checked


def test_wrong_column_count_in_tsv(run, tmp_path):
    p = tmp_path / "pairs.tsv"
    p.write_text("Xin chào\tनमस्ते\nonly one column\n", encoding="utf-8")
    code, _, err = run("check", "--target-lang", "hi", p)
    assert code == 2 and f"{p}:2: expected 2 tab-separated columns" in err


def test_empty_file_is_an_input_error_not_a_clean_file(run, tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    code, _, err = run("check", "--target-lang", "hi", p)
    assert code == 2 and f"{p}: empty file: nothing to check" in err


def test_source_file_must_be_line_aligned(run, tmp_path, article):
    src = tmp_path / "item.vi.txt"
    src.write_text("một dòng\n", encoding="utf-8")
    code, _, err = run("check", "--target-lang", "hi", "--source", src, article)
    assert code == 2 and "line-aligned" in err


def test_jsonl_with_mapped_fields_and_suppression(run, tmp_path):
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[tool.tqcheck]\ntarget-lang = "hi"\nfields = {target = ["title", "body"], source = ["title_vi", "body_vi"]}\n', encoding="utf-8")
    p = tmp_path / "feed.jsonl"
    rows = [
        {"id": "n1", "title": "शीर्षक [ad_1]", "body": "खबर।", "title_vi": "Tiêu đề", "body_vi": "Tin."},
        {"id": "n2", "title": "शीर्षक", "body": "खबर [ad_3]", "notes": "tqcheck: ignore[TQ201]"},
        {"id": "n3", "title": "शीर्षक", "body": "खबर", "notes": "tqcheck: ignore[TQ301]"},
    ]
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    code, out, _ = run("check", "--config", cfg, "--format", "json", p)
    data = json.loads(out)
    assert code == 1
    assert [(f["record"], f["field"], f["code"]) for f in data["findings"]] == [("n1", "title", "TQ201")]
    assert [u["record"] for u in data["unused_suppressions"]] == ["n3"]


def test_config_errors(run, tmp_path, article):
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[tool.tqcheck]\nselectt = ["TQ1"]\n', encoding="utf-8")
    code, _, err = run("check", "--config", cfg, "--target-lang", "hi", article)
    assert code == 2 and "did you mean 'select'" in err
    cfg.write_text("[tool.tqcheck\n", encoding="utf-8")
    code, _, err = run("check", "--config", cfg, "--target-lang", "hi", article)
    assert code == 2 and "invalid TOML" in err


def test_per_file_ignores(run, tmp_path, article):
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[tool.tqcheck]\nper-file-ignores = {"*.hi.txt" = ["markup", "boilerplate"]}\n', encoding="utf-8")
    assert run("check", "--config", cfg, "--target-lang", "hi", article)[0] == 0


def test_rules_and_explain(run):
    code, out, _ = run("rules")
    assert code == 0 and "TQ101  foreign-script" in out
    code, out, _ = run("rules", "--format", "json")
    assert {"code", "name", "category", "severity"} <= set(json.loads(out)[0])
    code, _, err = run("explain", "TQ999")
    assert code == 2 and "unknown rule" in err


def test_directory_is_walked(run, tmp_path, article):
    code, out, _ = run("check", "--target-lang", "hi", tmp_path)
    assert code == 1 and "TQ201" in out


def test_json_is_byte_identical_across_runs_and_file_order(run, tmp_path, article):
    other = tmp_path / "b.txt"
    other.write_text("दूसरी खबर [ad_9]\n", encoding="utf-8")
    a = run("check", "--format", "json", "--target-lang", "hi", article, other)[1]
    b = run("check", "--format", "json", "--target-lang", "hi", other, article)[1]
    assert a == b


def test_seed_article(run, shared):
    seed = shared / "seeds" / "000_e665e6902342d190.txt"
    code, out, _ = run("check", "--format", "json", "--target-lang", "hi", seed)
    findings = json.loads(out)["findings"]
    text = seed.read_text(encoding="utf-8").split("\n")
    hits = {text[f["line"] - 1][f["start"]:f["end"]] for f in findings}
    assert "[विज्ञापन_2]" in hits and "टिप्पणी (0)" in hits
    assert any(h.startswith("स्रोत: https://") for h in hits)
    for f in findings:
        line = text[f["line"] - 1]
        url = line.find("https://")
        if url >= 0 and f["severity"] in ("warning", "error"):
            assert not (f["start"] >= url), f"finding inside the URL: {f}"


def test_jobs_give_byte_identical_json(run, tmp_path, shared):
    src = (shared / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("\n".join(src[:120]) + "\n", encoding="utf-8")
    b.write_text("\n".join(src[120:200]) + "\n{broken\n", encoding="utf-8")
    outputs = {jobs: run("check", "--format", "json", "--jobs", str(jobs), a, b)[1] for jobs in (1, 2, 3)}
    assert outputs[1] == outputs[2] == outputs[3]
    assert json.loads(outputs[1])["summary"]["documents"] == 200


def test_no_progress_line_when_piped(tmp_path, article):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "tqcheck", "check", "--target-lang", "hi", str(article)], capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stderr == ""


def test_two_runs_over_the_dev_set_are_byte_identical(run, shared):
    dev = shared / "eval" / "dev.jsonl"
    first = run("check", "--format", "json", dev)[1]
    second = run("check", "--format", "json", dev)[1]
    assert first == second and len(first) > 1000


def test_cli_format_lists_match_the_packages():
    from tqcheck import cli, io, report

    assert cli.INPUT_FORMATS == io.FORMATS and cli.REPORT_FORMATS == report.FORMATS


def test_unwritable_output_is_a_clean_error(run, article, tmp_path):
    code, _, err = run("check", "--target-lang", "hi", "--output", tmp_path / "no" / "such" / "dir" / "r.json", article)
    assert code == 2 and "cannot write the report" in err and "Traceback" not in err


def test_jobs_give_byte_identical_output_and_errors_without_shared_data(run, tmp_path):
    # more records than one batch, and every kind of bad line a worker must report in its place
    lines = [json.dumps({"id": str(k), "target": f"कुल {k} परिवार हैं ।", "source": f"Có {k} hộ dân.", "target_lang": "hi", "source_lang": "vi"}, ensure_ascii=False) for k in range(300)]
    lines[5] = "{broken"
    lines[140] = json.dumps({"id": "x", "target": 5, "target_lang": "hi"})
    lines[200] = json.dumps({"id": "y", "target": "[विज्ञापन_1] ठीक", "target_lang": "xx-unknown"})
    data = ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8") + b"\xff\xfe bad\n"
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(data)
    other = tmp_path / "other.hi.txt"
    other.write_text("टिप्पणी (0)\n", encoding="utf-8")
    runs = {jobs: run("check", "--format", "json", "--target-lang", "hi", "--jobs", str(jobs), feed, other) for jobs in (1, 2, 3)}
    assert runs[1] == runs[2] == runs[3]
    code, out, err = runs[1]
    assert code == 2 and json.loads(out)["summary"]["documents"] == 297 + 1
    assert re.findall(r"feed\.jsonl:(\d+):", err) == ["6", "141", "201", "301"]


def test_three_letter_language_codes_name_the_shipped_profiles(run, tmp_path):
    # corpora such as NTREX name their files "newstest2019-ref.hin.txt"
    source = tmp_path / "ref.vie.txt"
    target = tmp_path / "ref.hin.txt"
    source.write_text("Tổng thu đạt 5 tỷ đồng.\n", encoding="utf-8")
    target.write_text("कुल राजस्व 5 करोड़ वियतनामी डॉलर रहा।\n", encoding="utf-8")
    code, out, _ = run("check", "--select", "TQ501,TQ504", "--source", source, target)
    assert code == 1 and "100 times too small" in out and "वियतनामी डोंग" in out  # Hindi's profile and CLDR names


def test_a_tsv_header_names_the_columns_in_any_order(run, tmp_path):
    p = tmp_path / "news.vi-hi.tsv"
    p.write_text("id\tmt\tsrc\nn1\tकुल राजस्व 5 करोड़ डोंग रहा।\tTổng thu đạt 5 tỷ đồng.\nn2\tयातायात\n", encoding="utf-8")
    code, out, err = run("check", "--format", "json", p)
    data = json.loads(out)
    # the record ids and the source come from the named columns; a row short of the header's columns is an error
    assert code == 2 and [(f["record"], f["line"], f["code"]) for f in data["findings"]] == [("n1", 2, "TQ501")]
    assert "news.vi-hi.tsv:3: expected 3 tab-separated columns" in err


def test_tsv_languages_from_the_name_and_a_header_row(run, tmp_path):
    p = tmp_path / "news.vi-hi.tsv"
    p.write_text("source\ttarget\nTổng thu đạt 5 tỷ đồng.\tकुल राजस्व 5 करोड़ डोंग रहा।\n", encoding="utf-8")
    code, out, _ = run("check", "--format", "json", p)
    data = json.loads(out)
    # the pair's languages come from the name; the header is no segment (no Latin "target" in Hindi)
    assert code == 1 and [(f["line"], f["code"]) for f in data["findings"]] == [(2, "TQ501")]
    assert data["summary"]["segments"] == 1
    # "pt-BR" is one language with its region, not a pair
    from tqcheck.io import name_language_pair

    assert name_language_pair("a.pt-BR.tsv") is None and name_language_pair("a.vi_en.tsv") == ("vi", "en")


def test_standard_input_is_read_for_the_path_dash(run, tmp_path, monkeypatch):
    import io
    import sys

    def stdin(text):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8"))

    stdin("यातायात [विज्ञापन_1]\n")
    code, out, _ = run("check", "--target-lang", "hi", "-")
    assert code == 1 and out.startswith("-:1:9: TQ201")
    # named, it gives its format and languages as a file's name would, and is reported by that name
    stdin('{"id": "r1", "target": "यातायात [विज्ञापन_1]"}\n')
    code, out, _ = run("check", "--stdin-filename", "feed.hi.jsonl", "--format", "json", "-")
    assert code == 1 and [(f["path"], f["record"], f["code"]) for f in json.loads(out)["findings"]] == [("feed.hi.jsonl", "r1", "TQ201")]
    # a later run in the same process does not read it again as that file
    code, _, err = run("check", "--target-lang", "hi", tmp_path / "feed.hi.jsonl")
    assert code == 2 and "cannot read" in err
    stdin("  \n")
    code, _, err = run("check", "--target-lang", "hi", "-")
    assert code == 2 and "-: empty file" in err
    code, _, err = run("check", "--fix", "--target-lang", "hi", "-")
    assert code == 2 and "cannot fix standard input" in err


def test_jsonl_records_without_languages_take_those_of_the_files_name(run, tmp_path):
    p = tmp_path / "feed.vi-hi.jsonl"
    p.write_text('{"id": "r1", "source": "Tổng thu đạt 5 tỷ đồng.", "target": "कुल राजस्व 5 करोड़ डोंग रहा।"}\n', encoding="utf-8")
    code, out, err = run("check", "--format", "json", p)
    assert code == 1 and [f["code"] for f in json.loads(out)["findings"]] == ["TQ501"], err
