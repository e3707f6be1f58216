"""Which files a directory argument means: supported formats, include/exclude globs, .gitignore respected."""
from __future__ import annotations

import fnmatch
import os
from typing import Sequence

from . import _BY_SUFFIX, SUFFIXES, InputError, detect_format, name_language


def _git_files(folder: str) -> list[str] | None:
    """Files git tracks or would track below ``folder`` (ignored ones left out); None outside a work tree."""
    import subprocess  # only directories need it: a hook run on named files starts faster

    try:
        proc = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."],
            cwd=folder, capture_output=True, timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0:
        return None
    return [os.path.join(folder, p) for p in proc.stdout.decode("utf-8", "surrogateescape").split("\0") if p]


def _walk(folder: str) -> list[str]:
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        out.extend(os.path.join(root, f) for f in files)
    return out


def _matches(path: str, patterns: Sequence[str]) -> bool:
    posix = path.replace(os.sep, "/")
    return any(fnmatch.fnmatch(posix, p) or fnmatch.fnmatch(os.path.basename(posix), p) for p in patterns)


def expand(paths: Sequence[str], include: Sequence[str] = (), exclude: Sequence[str] = ()) -> tuple[list[str], list[InputError]]:
    """Files named, and supported files below named directories, sorted, each once; and errors.

    A named file is always checked (its format is guessed or forced); in a
    directory only supported formats are taken, filtered by ``include`` and
    ``exclude`` globs, and files git ignores are skipped.  A directory named
    like a file ("news.xlf/") is reported as such, and so is a directory
    with nothing to check: nothing is skipped without a word.
    """
    out: list[str] = []
    errors: list[InputError] = []
    for path in paths:
        if not os.path.isdir(path) or path.rstrip("/").endswith(SUFFIXES):
            out.append(path)
            continue
        before = len(out)
        found = _git_files(path)
        if found is None:
            found = _walk(path)
        for f in sorted(found):
            # (a link to nothing is taken, to be reported unreadable; a file git still lists but
            # that is gone from the disk is not)
            if not f.endswith(SUFFIXES) or not (os.path.isfile(f) or os.path.islink(f)):
                continue
            if include and not _matches(f, include):
                continue
            if exclude and _matches(f, exclude):
                continue
            out.append(os.path.normpath(f))
        if len(out) == before:
            errors.append(InputError(path, None, "no files to check in this directory (supported: " + " ".join(SUFFIXES) + ")"))
    return list(dict.fromkeys(out)), errors


def pair_sources(files: Sequence[str], source_lang: str | None) -> tuple[list[str], dict[str, str]]:
    """``files`` to check as targets, and the source of each that has one: with a source language
    L, a plain-text file named by another language ("news.hi.txt", "corpus.hi") is read with the
    file beside it named by L ("news.L.txt", "corpus.L") as its line-aligned source, whether that
    file is among ``files`` or not (a pre-commit hook passes only the files that changed).  A
    file of L that is some target's source is not checked itself; one without a partner is."""
    if not source_lang:
        return list(files), {}
    sources: dict[str, str] = {}
    for path in files:
        lang = name_language(path) if detect_format(path) == "text" else None
        if lang is None or lang.casefold() == source_lang.casefold():
            continue
        base, ending = os.path.splitext(path)
        stem, ending = (os.path.splitext(base)[0], ending) if ending.lower() in _BY_SUFFIX else (base, "")
        partner = f"{stem}.{source_lang}{ending}"
        if os.path.isfile(partner):
            sources[path] = partner
    used = {os.path.normpath(p) for p in sources.values()}
    return [f for f in files if os.path.normpath(f) not in used], sources
