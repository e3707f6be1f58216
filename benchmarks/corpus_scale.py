"""Corpus-scale figures: --jobs scaling, peak memory against input size, one-file hook time, and pofilter on the same units.

    python benchmarks/corpus_scale.py [--sizes 100,1000] [--skip-memory] [--skip-pofilter]

Everything runs the installed ``tqcheck`` command as a user would.  Sizes
are megabytes of generated JSONL (NTREX vi->hi records repeated); peak
memory is the child's maximum resident set size.  pofilter (translate-toolkit)
is timed on a PO file of the same units when it is installed.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

from _ntrex import lines

TQCHECK = [sys.executable, "-m", "tqcheck"]
#: Children run as installed software does: with compiled bytecode cached (a user's
#: environment does not set PYTHONDONTWRITEBYTECODE; without the cache every start recompiles).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
#: pofilter from translate-toolkit, beside this Python or on the PATH.
POFILTER = shutil.which("pofilter", path=os.pathsep.join((os.path.dirname(sys.executable), os.environ.get("PATH", ""))))


def units() -> list[dict]:
    src, tgt = lines("vi"), lines("hi")
    return [{"id": f"u{i}", "source_lang": "vi", "target_lang": "hi", "source": s, "target": t} for i, (s, t) in enumerate(zip(src, tgt)) if s and t]


def write_jsonl(path: str, megabytes: int, records: list[dict]) -> int:
    encoded = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    written = count = 0
    with open(path, "w", encoding="utf-8") as f:
        while written < megabytes * 1_000_000:
            line = encoded[count % len(encoded)]
            f.write(line)
            written += len(line.encode("utf-8"))
            count += 1
    return count


def timed(argv: list[str], env: dict | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env or CHILD_ENV)
    elapsed = time.perf_counter() - start
    return elapsed, max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)


def peak_rss(argv: list[str]) -> int:
    """Peak RSS (KiB) of one child, measured with /usr/bin/time when available."""
    if shutil.which("time") or os.path.exists("/usr/bin/time"):
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        return int(proc.stderr.strip().splitlines()[-1])
    return timed(argv)[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000", help="megabytes of JSONL for the memory test (default 100,1000)")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--skip-pofilter", action="store_true")
    args = ap.parse_args()
    records = units()
    work = tempfile.mkdtemp(prefix="tqcheck-bench-")
    try:
        # --jobs scaling on 20 MB
        corpus = os.path.join(work, "corpus.jsonl")
        n = write_jsonl(corpus, 20, records)
        print(f"--jobs scaling on {n} segments (20 MB JSONL, ignore language family):")
        base = None
        for jobs in sorted({1, 2, os.cpu_count() or 2}):
            elapsed, _ = timed([*TQCHECK, "check", "--format", "json", "--ignore", "language", "--jobs", str(jobs), corpus])
            base = base or elapsed
            print(f"  jobs={jobs}: {elapsed:6.1f} s  {n / elapsed:8.0f} segments/s  speed-up {base / elapsed:4.2f}x")

        # one-file hook run
        one = os.path.join(work, "one.jsonl")
        with open(one, "w", encoding="utf-8") as f:
            f.write(json.dumps(records[0], ensure_ascii=False) + "\n")
        # with the CLDR cache a first run filled (in a directory of its own), and without it,
        # alternated so that a slow spell of the machine falls on both
        hook = [sys.executable, "-m", "tqcheck", "check", one]
        cached = {**CHILD_ENV, "TQCHECK_CACHE_DIR": os.path.join(work, "cache")}
        cached.pop("TQCHECK_NO_CACHE", None)
        uncached = {**CHILD_ENV, "TQCHECK_NO_CACHE": "1"}
        timed(hook, cached)
        runs: dict[str, list[float]] = {"CLDR cache": [], "no cache": []}
        for _ in range(7):
            runs["CLDR cache"].append(timed(hook, cached)[0])
            runs["no cache"].append(timed(hook, uncached)[0])
        for name, times in runs.items():
            times.sort()
            print(f"one-file hook run ({name}): median {times[3] * 1000:.0f} ms, best {times[0] * 1000:.0f} ms (target <= 150 ms)")

        if not args.skip_memory:
            print("peak memory (all rules but language, --jobs 1):")
            for size in (int(s) for s in args.sizes.split(",")):
                path = os.path.join(work, f"m{size}.jsonl")
                count = write_jsonl(path, size, records)
                rss = peak_rss([*TQCHECK, "check", "--format", "json", "--ignore", "language", "--select", "TQ1,TQ2,TQ3", path])
                print(f"  {size:5d} MB ({count} segments): {rss / 1024:7.1f} MiB")
                os.unlink(path)

        if not args.skip_pofilter and POFILTER:
            po = os.path.join(work, "units.po")
            with open(po, "w", encoding="utf-8") as f:
                f.write('msgid ""\nmsgstr ""\n"Language: hi\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
                for r in records:
                    f.write(f"msgid {json.dumps(r['source'], ensure_ascii=False)}\nmsgstr {json.dumps(r['target'], ensure_ascii=False)}\n\n")
            # best of three runs each, interleaved: one slow spell of a shared machine must not decide the ratio
            runs = {"pofilter": [POFILTER, po, os.path.join(work, "out.po")],
                    "all rules but language": [*TQCHECK, "check", "--ignore", "language", po],
                    "pofilter-like rules (script, markup, typography)": [*TQCHECK, "check", "--select", "script,markup,typography", po]}
            best = dict.fromkeys(runs, float("inf"))
            for _ in range(3):
                for label, argv in runs.items():
                    best[label] = min(best[label], timed(argv)[0])
            t_po = best.pop("pofilter")
            for label, t_tq in best.items():
                print(f"pofilter vs tqcheck ({label}) on the same {len(records)} PO units: pofilter {len(records) / t_po:.0f} units/s, "
                      f"tqcheck {len(records) / t_tq:.0f} units/s, ratio {t_po / t_tq:.2f}x (start-up included)")
        elif not args.skip_pofilter:
            print("pofilter not installed (pip install translate-toolkit) - comparison skipped")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
