"""Parquet corpora: rows read as records, malformed files reported, the same findings locally and on Dask."""
import json

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

ROWS = [
    {"id": "p1", "source": "Tổng thu đạt 5 tỷ đồng.", "target": "कुल राजस्व 5 करोड़ डोंग रहा।", "target_lang": "hi", "source_lang": "vi"},
    {"id": "p2", "source": "Giao thông đã thông suốt.", "target": "यातायात सुचारू हो गया। [विज्ञापन_1]", "target_lang": "hi", "source_lang": "vi"},
    {"id": "p3", "source": None, "target": None, "target_lang": "hi", "source_lang": "vi"},  # not translated yet
    {"id": "p4", "source": "Hội nghị kết thúc.", "target": "सम्मेलन समाप्त हुआ।", "target_lang": "hi", "source_lang": "vi"},
]


def _write(path, rows, row_group_size=2):
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    return path


def _json(run, *argv):
    code, out, err = run("check", "--format", "json", *argv)
    return code, json.loads(out), err


def test_rows_are_records_and_findings_are_on_their_row(run, tmp_path):
    path = _write(tmp_path / "corpus.parquet", ROWS * 2)
    code, data, err = _json(run, path)
    assert code == 1, err
    assert [(f["record"], f["line"], f["code"]) for f in data["findings"]] == [
        ("p1", 1, "TQ501"), ("p2", 2, "TQ201"), ("p1", 5, "TQ501"), ("p2", 6, "TQ201"),
    ]
    assert data["summary"]["documents"] == 8
    # the same output with worker processes, and from a directory walk
    assert run("check", "--format", "json", "--jobs", "2", path)[1] == run("check", "--format", "json", tmp_path)[1]


def test_columns_are_named_by_the_configured_fields(run, tmp_path):
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[tool.tqcheck]\nsource-lang = "vi"\ntarget-lang = "hi"\nfields = {target = "mt", source = "src"}\n', encoding="utf-8")
    path = _write(tmp_path / "mt.parquet", [{"src": "Tổng thu đạt 5 tỷ đồng.", "mt": "कुल राजस्व 5 करोड़ डोंग रहा।", "score": 0.9}])
    code, data, _ = _json(run, "--config", cfg, path)
    assert [(f["line"], f["field"], f["code"]) for f in data["findings"]] == [(1, "mt", "TQ501")]


def test_malformed_files_are_located_errors_and_the_rest_is_still_checked(run, tmp_path):
    good = _write(tmp_path / "good.parquet", ROWS)
    truncated = tmp_path / "truncated.parquet"
    truncated.write_bytes(good.read_bytes()[:200])
    empty = tmp_path / "empty.parquet"
    empty.write_bytes(b"")
    text = tmp_path / "text.parquet"
    text.write_text("id,target\n1,x\n", encoding="utf-8")
    folder = tmp_path / "folder.parquet"
    folder.mkdir()
    no_target = _write(tmp_path / "no_target.parquet", [{"mt": "x"}])
    no_rows = tmp_path / "no_rows.parquet"
    pq.write_table(pa.table({"target": pa.array([], pa.string())}), no_rows)
    wrong_type = _write(tmp_path / "wrong_type.parquet", [{"target": 5, "target_lang": "hi"}])
    code, data, err = _json(run, good, truncated, empty, text, folder, no_target, no_rows, wrong_type)
    assert code == 2
    assert {f["code"] for f in data["findings"]} == {"TQ501", "TQ201"}  # the good file was checked
    errors = {e["path"].rsplit("/", 1)[-1]: (e["line"], e["message"]) for e in data["errors"]}
    assert set(errors) == {"truncated.parquet", "empty.parquet", "text.parquet", "folder.parquet", "no_target.parquet", "no_rows.parquet", "wrong_type.parquet"}
    assert errors["folder.parquet"][1] == "is a directory, not a file"
    assert errors["no_target.parquet"][1].startswith("no 'target' column (its columns: mt)")
    assert errors["no_rows.parquet"][1] == "no rows: nothing to check"
    assert errors["wrong_type.parquet"] == (1, "field 'target' must be a string, found int")
    assert all(m.startswith("not a readable Parquet file") for f in ("truncated.parquet", "empty.parquet", "text.parquet") for _, m in [errors[f]])
    assert all("\n" not in line for line in err.splitlines(keepends=False))
    assert "Traceback" not in err


def test_a_corrupt_row_group_spoils_only_its_rows(run, tmp_path):
    rows = [{"id": f"r{i}", "target": f"यातायात सुचारू हो गया। [विज्ञापन_{i}] " + "अ" * 200, "target_lang": "hi"} for i in range(30)]
    path = tmp_path / "c.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=10, compression="snappy")
    meta = pq.ParquetFile(path).metadata
    middle = meta.row_group(1).column(1)  # the target column of rows 11-20
    data = bytearray(path.read_bytes())
    start = middle.dictionary_page_offset or middle.data_page_offset
    end = start + middle.total_compressed_size
    data[start:end] = bytes(b ^ 0x5A for b in data[start:end])
    path.write_bytes(bytes(data))
    code, out, err = _json(run, "--select", "TQ201", path)
    assert code == 2
    assert [e["line"] for e in out["errors"]] == [11] and "rows 11-20" in out["errors"][0]["message"]
    assert sorted({f["line"] for f in out["findings"]}) == [*range(1, 11), *range(21, 31)]


def test_standard_input_named_as_parquet(run, tmp_path, monkeypatch):
    import io
    import sys

    path = _write(tmp_path / "x.parquet", ROWS)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
    code, data, _ = _json(run, "--stdin-filename", "feed.parquet", "-")
    assert code == 1 and [(f["path"], f["record"]) for f in data["findings"]] == [("feed.parquet", "p1"), ("feed.parquet", "p2")]


def test_local_cluster_matches_local_run(run, tmp_path):
    distributed = pytest.importorskip("distributed")
    from tqcheck.distributed import check_parquet

    a = _write(tmp_path / "a.parquet", ROWS * 3, row_group_size=3)
    b = _write(tmp_path / "b.parquet", [{"mt": "x"}])
    local = json.loads(run("check", "--format", "json", a, b)[1])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            results = check_parquet([str(tmp_path / "*.parquet")], client=client)
    assert [r for r in results if not r.get("error")] == local["findings"]
    assert [{k: r[k] for k in ("path", "line", "message")} for r in results if r.get("error")] == local["errors"]
