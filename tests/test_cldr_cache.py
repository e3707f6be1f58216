"""CLDR's answers kept between runs: a second run reads them instead of importing Babel, and
reports exactly what the first did."""
import json
import os
import subprocess
import sys

# One run of the command, in a fresh interpreter: its JSON report, and whether Babel was imported.
PROGRAM = """
import io, contextlib, json, sys
from tqcheck.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    main(["check", "--format", "json", sys.argv[1]])
print(json.dumps({"report": json.loads(out.getvalue()), "babel": "babel" in sys.modules}))
"""


def _run(path, cache_dir, disabled=False):
    env = {k: v for k, v in os.environ.items() if k != "TQCHECK_NO_CACHE"}
    env["TQCHECK_CACHE_DIR"] = str(cache_dir)
    if disabled:
        env["TQCHECK_NO_CACHE"] = "1"
    proc = subprocess.run([sys.executable, "-c", PROGRAM, str(path)], env=env, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def test_a_second_run_reads_cldr_from_the_cache_and_reports_the_same(tmp_path):
    item = tmp_path / "item.jsonl"
    item.write_text(json.dumps({
        "source_lang": "vi", "target_lang": "hi", "source": "Ngày 5/9, tổng thu đạt 5 tỷ đồng.",
        "target": "5 सितंबर को कुल राजस्व 5 करोड़ वियतनामी डॉलर रहा।",
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first = _run(item, cache)
    assert first["babel"] and [f["code"] for f in first["report"]["findings"]] == ["TQ501", "TQ504"]
    assert [p.name.startswith("cldr-") for p in cache.iterdir()] == [True]
    second = _run(item, cache)
    assert not second["babel"]
    assert second["report"] == first["report"]


def test_the_cache_can_be_turned_off_and_a_broken_file_is_read_past(tmp_path):
    item = tmp_path / "item.hi.txt"
    item.write_text("कुल राजस्व 5 करोड़ वियतनामी डॉलर रहा।\n", encoding="utf-8")
    cache = tmp_path / "cache"
    assert _run(item, cache, disabled=True)["babel"]
    assert not cache.exists()
    _run(item, cache)
    (stored,) = cache.iterdir()
    stored.write_bytes(b"\x00not marshal data")
    again = _run(item, cache)
    assert again["babel"] and [f["code"] for f in again["report"]["findings"]] == ["TQ504"]


def test_reading_date_orders_first_leaves_babels_locale_data_whole():
    """Which way a language orders its dates is read from each locale's own data; Babel must
    still give the merged data afterwards (a run whose other answers come from the cache may ask
    this first): Marathi numbers format with the Latin digits' symbols it inherits."""
    program = (
        "from tqcheck.languages import cldr\n"
        "print(cldr.day_comes_first('mr'), cldr.format_decimal(1200000.5, 'mr'))\n"
    )
    env = {**os.environ, "TQCHECK_NO_CACHE": "1"}
    proc = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True)
    assert proc.stdout.split() == ["True", "12,00,000.5"]
