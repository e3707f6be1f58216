"""tqcheck score: sacrebleu metrics with signatures, thresholds and strict line alignment."""
import json

from tqcheck.metrics import score


def _write(tmp_path, name, lines):
    p = tmp_path / name
    p.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return p


def test_api_scores_and_signatures():
    s = score(["नमस्ते दुनिया", "यह एक परीक्षण है"], ["नमस्ते दुनिया", "यह परीक्षण है"], sentence_chrf=True)
    assert set(s.values) == {"bleu", "chrf", "ter"}
    assert s.signatures["bleu"].startswith("nrefs:1|case:mixed|eff:no|tok:13a")
    assert s.sentence_chrf[0] == 100 and s.sentence_chrf[1] < 100


def test_cli_json_and_thresholds(tmp_path, run):
    hyp = _write(tmp_path, "hyp.txt", ["नमस्ते दुनिया", "यह एक परीक्षण है"])
    ref = _write(tmp_path, "ref.txt", ["नमस्ते दुनिया", "यह परीक्षण है"])
    code, out, _ = run("score", "--format", "json", "-r", ref, hyp)
    data = json.loads(out)
    assert code == 0 and data["segments"] == 2 and 0 < data["scores"]["chrf"] < 100
    assert run("score", "-r", ref, hyp, "--min-chrf", "99")[0] == 1
    assert run("score", "-r", ref, hyp, "--min-bleu", "1")[0] == 0


def test_different_lengths_are_an_error(tmp_path, run):
    hyp = _write(tmp_path, "hyp.txt", ["a", "b"])
    ref = _write(tmp_path, "ref.txt", ["a"])
    code, _, err = run("score", "-r", ref, hyp)
    assert code == 2 and "line-aligned" in err


def test_jsonl_reference_field(tmp_path, run):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"target": "नमस्ते", "reference": "नमस्ते"}, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _ = run("score", p, "--metrics", "chrf")
    assert code == 0 and out.startswith("CHRF  100.00")
