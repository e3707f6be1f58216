"""What CLDR said, kept on disk between runs, so that a run that needs nothing new from CLDR never
imports Babel nor reads its locale data (a third of a one-file hook run's time).

The facts :mod:`tqcheck.languages.cldr` derives are small plain values (names, symbols,
patterns' words).  Each function decorated with :func:`remembered` looks its arguments up in one
file per Python, Babel and tqcheck code, in the user's cache directory
(``$TQCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/tqcheck``, else ``~/.cache/tqcheck``), and
computes what is missing; new answers are written back when the process ends, atomically (a
temporary file, then a rename), so runs side by side never read half a file.  Values are
stored with :mod:`marshal`, which builds plain values only.  ``TQCHECK_NO_CACHE=1`` turns the
cache off; a directory that cannot be written, or a file that cannot be read, just means CLDR
is asked again.
"""
from __future__ import annotations

import atexit
import functools
import marshal
import os
import sys
import zlib

#: The answers known so far, by (function, arguments); None until first needed.
_known: dict | None = None
#: Whether answers were added since the file was read.
_added = False
#: Answers kept on disk at most: every figure a suggestion formats is an answer, and a corpus
#: run must not grow the file every later run reads.  Later answers are kept in memory only.
MAX_STORED = 5000
#: The answers beyond :data:`MAX_STORED`.
_overflow: dict = {}
#: Seconds after which another installation's file, not written since, is removed.
STALE_AFTER = 30 * 24 * 3600


def _directory() -> str:
    explicit = os.environ.get("TQCHECK_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "tqcheck")


def _fingerprint() -> str:
    """What the stored answers depend on: the Python (marshal's format), the installed Babel, and
    the code that derives them (this package's language modules), by their files' size and time."""
    import importlib.util

    here = os.path.dirname(os.path.abspath(__file__))
    files = [os.path.join(here, name) for name in ("cldr.py", "translit.py", "cldr_cache.py")]
    spec = importlib.util.find_spec("babel")
    if spec is not None and spec.origin:
        files.append(spec.origin)
    parts = [sys.version]
    for path in files:
        try:
            st = os.stat(path)
        except OSError:
            continue
        parts.append(f"{path}\0{st.st_size}\0{st.st_mtime_ns}")
    return f"{zlib.crc32(chr(1).join(parts).encode('utf-8', 'surrogateescape')):08x}"


def _path() -> str:
    return os.path.join(_directory(), f"cldr-{_fingerprint()}.marshal")


def _load() -> dict:
    global _known
    if _known is None:
        _known = {}
        if not os.environ.get("TQCHECK_NO_CACHE"):
            try:
                with open(_path(), "rb") as f:
                    loaded = marshal.load(f)
                if isinstance(loaded, dict):
                    _known = loaded
            except (OSError, EOFError, ValueError, TypeError):
                pass
            atexit.register(_save)
    return _known


def _save() -> None:
    """Write the answers back if any were added; never fails the run."""
    if not _added or _known is None:
        return
    try:
        path = _path()
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        import tempfile  # (only a run that learnt something new writes)

        fd, temporary = tempfile.mkstemp(prefix=".cldr-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(_known, f)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        # answers for another Babel or tqcheck, unused for a month, are no use any more (two
        # installations used side by side, a pre-commit hook's and a project's, keep theirs)
        stale = os.path.getmtime(path) - STALE_AFTER
        for name in os.listdir(folder):
            other = os.path.join(folder, name)
            if name.startswith("cldr-") and name.endswith(".marshal") and other != path and os.path.getmtime(other) < stale:
                os.unlink(other)
    except (OSError, ValueError):
        pass


def remembered(func):
    """Keep ``func``'s answers (plain values, for positional arguments) in memory and on disk."""
    name = func.__qualname__

    @functools.wraps(func)
    def wrapper(*args):
        global _added
        known = _load()
        key = (name, args)
        if key in known:
            return known[key]
        if key in _overflow:
            return _overflow[key]
        value = func(*args)
        if len(known) < MAX_STORED:
            known[key] = value
            _added = True
        else:
            _overflow[key] = value
        return value

    return wrapper
