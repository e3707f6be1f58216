"""The examples in module and function docstrings run as tests."""
import doctest
import importlib

import pytest

MODULES = ["tqcheck", "tqcheck.engine", "tqcheck.suppress", "tqcheck.languages.translit", "tqcheck.metrics", "tqcheck.mojibake", "tqcheck.rules._common", "tqcheck.rules.names._spans"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
