"""The pre-commit hook, run by real pre-commit against a temporary repository."""
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_hook_with_real_pre_commit(tmp_path):
    pytest.importorskip("pre_commit")
    repo = tmp_path / "translations"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    git = lambda *a: subprocess.run(["git", *a], cwd=repo, check=True, capture_output=True, env=env)  # noqa: E731
    git("init", "-q")
    (repo / "good.jsonl").write_text('{"id": "a", "target_lang": "hi", "target": "सम्मेलन आयोजित हुआ।"}\n', encoding="utf-8")
    (repo / "bad.jsonl").write_text('{"id": "b", "target_lang": "hi", "target": "सम्मेलन हुआ। [विज्ञापन_2]"}\n', encoding="utf-8")
    (repo / "notes.md").write_text("[ad_1] is not checked: markdown is not a supported format\n", encoding="utf-8")
    (repo / "news.hi.txt").write_text("सम्मेलन हुआ। [विज्ञापन_2]\n", encoding="utf-8")
    (repo / "readme.txt").write_text("[ad_1] is not checked: a text file named by no language\n", encoding="utf-8")
    git("add", ".")

    def hook(*files, hook_id="tqcheck"):
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook_id, "--files", *files],
            cwd=repo, capture_output=True, text=True, env=env, timeout=900,
        )

    ok = hook("good.jsonl", "notes.md")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = hook("good.jsonl", "bad.jsonl")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "TQ201" in bad.stdout and "bad.jsonl" in bad.stdout
    # plain text: the second hook takes files named by their language, and only those
    assert hook("news.hi.txt", "readme.txt").returncode == 0  # the first hook leaves .txt alone
    text = hook("news.hi.txt", "readme.txt", hook_id="tqcheck-text")
    assert text.returncode == 1, text.stdout + text.stderr
    assert "news.hi.txt" in text.stdout and "TQ201" in text.stdout and "readme.txt" not in text.stdout
