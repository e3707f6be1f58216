import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# the tests and the commands they start keep nothing in the user's cache directory (its own test
# names a temporary one)
os.environ["TQCHECK_NO_CACHE"] = "1"


@pytest.fixture
def shared():
    """The shared reference data beside the project; tests using it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def run(capsys):
    """Run the CLI in-process: returns (exit code, stdout, stderr)."""
    from tqcheck.cli import main

    def _run(*argv):
        code = main(list(map(os.fspath, argv)))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run
