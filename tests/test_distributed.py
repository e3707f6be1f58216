"""The Dask integration gives exactly the findings of a local run."""
import json

import pytest

from tqcheck.distributed import check_jsonl, check_records, line_ranges


@pytest.fixture
def corpus(tmp_path, shared):
    lines = (shared / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("\n".join(lines[:90]) + "\n", encoding="utf-8")
    b.write_text("\n".join(lines[90:150]) + "\n{not json\n", encoding="utf-8")
    return a, b


def test_line_ranges_cover_the_file(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b"".join(b'{"n": %d}\n' % i for i in range(25)))
    ranges = line_ranges(str(p), 10)
    assert [(first, start) for _, first, start, _ in ranges] == [(1, 0), (11, 90), (21, 190)]
    assert ranges[-1][3] == p.stat().st_size


def test_local_cluster_matches_local_run(run, corpus):
    distributed = pytest.importorskip("distributed")
    local = json.loads(run("check", "--format", "json", *corpus)[1])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            results = check_jsonl([str(p) for p in corpus], client=client, lines_per_chunk=25)
    findings = [r for r in results if not r.get("error")]
    errors = [{k: r[k] for k in ("path", "line", "message")} for r in results if r.get("error")]
    assert findings == local["findings"]
    assert errors == local["errors"]


def test_records_api():
    found = check_records([{"id": "a", "target": "ठीक है। [विज्ञापन_1]", "target_lang": "hi"}])
    assert [(f["record"], f["code"]) for f in found] == [("a", "TQ201")]


def test_files_a_local_run_cannot_check_are_the_same_errors(run, tmp_path):
    pytest.importorskip("dask")
    empty, folder, missing = tmp_path / "empty.jsonl", tmp_path / "folder.jsonl", tmp_path / "missing.jsonl"
    empty.write_text(" \n", encoding="utf-8")
    folder.mkdir()
    local = json.loads(run("check", "--format", "json", "--target-lang", "hi", empty, folder, missing)[1])
    results = check_jsonl([str(empty), str(folder), str(missing)])
    assert [{k: r[k] for k in ("path", "line", "message")} for r in results] == local["errors"]
    assert all(r["error"] for r in results) and len(results) == 3
