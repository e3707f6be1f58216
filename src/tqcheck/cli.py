"""Command line: ``tqcheck check|rules|explain``.  ``main(argv) -> int`` never raises for bad input."""
from __future__ import annotations

import argparse
import collections
import os
import sys
from typing import Sequence, TextIO

from . import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
# Kept here rather than imported, so that building the argument parser loads nothing else.
INPUT_FORMATS = ("text", "jsonl", "json", "tsv", "xliff", "tmx", "po", "parquet")
REPORT_FORMATS = ("text", "json", "github", "sarif", "junit", "html")


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's default exits; report and return 2 instead
        raise _UsageError(message)


class _UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="tqcheck", description="Quality checks for machine-translated news.",
        epilog="'tqcheck PATH...' is short for 'tqcheck check PATH...'; 'tqcheck check --help' lists its options.",
    )
    p.add_argument("--version", action="version", version=f"tqcheck {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    c = sub.add_parser("check", help="check files and report findings")
    c.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (.txt, .jsonl, .tsv, .xlf, .xliff, .tmx, .po, .parquet); - reads standard input")
    c.add_argument("--format", choices=REPORT_FORMATS, default="text", help="output format (default: text)")
    c.add_argument("--statistics", action="store_true", help="add per-rule counts and rates (text: a table after the findings; json: a statistics list)")
    c.add_argument("--input-format", choices=INPUT_FORMATS, help="read every PATH in this format instead of guessing from its name")
    c.add_argument("--source", metavar="FILE", help="line-aligned source text for a plain-text PATH")
    c.add_argument("--stdin-filename", metavar="NAME", help="the name standard input (PATH -) is reported by, and whose ending and language codes give its format and languages as a file's would (feed.jsonl, news.hi.txt)")
    c.add_argument("--include", action="append", default=[], metavar="GLOB", help="in directories, check only files matching GLOB (repeatable)")
    c.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="in directories, skip files matching GLOB (repeatable)")
    c.add_argument("--source-lang", metavar="LANG", help="source language (BCP 47, e.g. vi); plain-text files named by it (news.vi.txt) are then the sources of the files beside them named by other languages (news.hi.txt)")
    c.add_argument("--target-lang", metavar="LANG", help="target language (BCP 47, e.g. hi)")
    c.add_argument("--select", metavar="RULES", help="comma-separated codes, prefixes, names or categories to check (replaces the default set)")
    c.add_argument("--extend-select", metavar="RULES", help="rules to add to the selection")
    c.add_argument("--ignore", metavar="RULES", help="rules to leave out")
    c.add_argument("--fail-on", choices=("info", "warning", "error"), help="lowest severity that makes the exit status 1 (default: warning)")
    c.add_argument("--config", metavar="FILE", help="configuration file (default: [tool.tqcheck] in the nearest pyproject.toml)")
    c.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    c.add_argument("--baseline", metavar="FILE", help="leave out findings recorded in this baseline (fail only on new ones)")
    c.add_argument("--write-baseline", metavar="FILE", help="record every finding of this run in FILE")
    c.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="worker processes (0: one per core; default 1); the output is the same for any N")
    c.add_argument("--no-progress", action="store_true", help="no progress line on a terminal (it is never shown when piped or under CI)")
    c.add_argument("--fix", action="store_true", help="apply safe fixes to plain-text and JSONL files, then report what is left")
    c.add_argument("--unsafe-fixes", action="store_true", help="with --fix, also apply fixes that may change meaning (numbers, names, spellings)")
    c.add_argument("--debug", action="store_true", help="show tracebacks for internal errors")

    r = sub.add_parser("rules", help="list the rules")
    r.add_argument("--format", choices=("text", "json"), default="text")
    r.add_argument("--all", action="store_true", help="include rules that are off by default")

    e = sub.add_parser("explain", help="print a rule's documentation")
    e.add_argument("rule", metavar="CODE|NAME")

    s = sub.add_parser("score", help="BLEU, chrF and TER against references (sacrebleu)")
    s.add_argument("hypotheses", metavar="HYP", help="translations: plain text, one per line, or JSONL with target and reference fields")
    s.add_argument("--reference", "-r", metavar="REF", help="references, line-aligned with HYP (not needed for JSONL with a reference field)")
    s.add_argument("--metrics", default="bleu,chrf,ter", help="comma-separated: bleu, chrf, ter (default: all)")
    s.add_argument("--tokenize", default="13a", help="BLEU tokenizer: 13a (default), intl, char, none")
    s.add_argument("--sentence-chrf", action="store_true", help="also give chrF for every segment")
    s.add_argument("--min-chrf", type=float, metavar="X", help="exit 1 when corpus chrF is below X")
    s.add_argument("--min-bleu", type=float, metavar="X", help="exit 1 when corpus BLEU is below X")
    s.add_argument("--format", choices=("text", "json"), default="text")
    return p


def _split(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _checker(args, err: TextIO):
    """The configuration (file, then flags) and a checker for it; None after reporting a usage error."""
    from . import config as config_mod
    from .engine import Checker

    try:
        cfg = config_mod.load(args.config).merged(
            select=_split(args.select),
            ignore=_split(args.ignore),
            extend_select=_split(args.extend_select),
            fail_on=config_mod.Severity.parse(args.fail_on) if args.fail_on else None,
            source_lang=args.source_lang,
            target_lang=args.target_lang,
        )
        return cfg, Checker(cfg)
    except (config_mod.ConfigError, ValueError) as exc:
        err.write(f"tqcheck: {exc}\n")
        return None


def _apply_fixes(files, sources, checker, args, err: TextIO) -> None:
    from .fix import fix_file

    fixed = 0
    for path in files:
        outcome = fix_file(path, checker, args.input_format, args.unsafe_fixes, keep_lines=path in sources)
        fixed += outcome.fixes
        if outcome.error is not None and outcome.error.message.startswith("--fix does not"):
            err.write(f"tqcheck: {outcome.error}\n")
    err.write(f"tqcheck: applied {fixed} fix{'' if fixed == 1 else 'es'}\n")


def _check_and_write(files, sources, cfg, checker, report, args, stream: TextIO) -> None:
    """Check ``files`` and write the report; text and JSON while checking, other formats at the end."""
    from .report import STREAMING, streaming_writer, write, write_statistics
    from .runner import Progress, check_paths

    across_corpus = checker.option("TQ401", "across_corpus")
    streaming = args.format in STREAMING and not across_corpus
    if streaming:
        # written while checking: memory stays flat on any corpus
        writer = streaming_writer(args.format, stream)
        report.keep_findings, report.sink = False, writer.finding
        writer.begin()
    jobs = args.jobs or os.cpu_count() or 1
    check_paths(files, cfg, report, args.input_format, sources, jobs=jobs, progress=Progress(len(files), False if args.no_progress else None))
    if across_corpus:
        from .io import read
        from .model import Document
        from .rules.names.variants import corpus_variants

        docs = (d for path in sorted(files) for d in read(path, cfg, args.input_format, sources.get(path)) if isinstance(d, Document))
        report.add(sorted(corpus_variants(docs), key=lambda f: f.sort_key()))
        report.sort()
    if streaming:
        writer.end(report)
    else:
        write(report, args.format, stream)
    if args.statistics and args.format == "text":
        write_statistics(report, stream)


def cmd_check(args, out: TextIO, err: TextIO) -> int:
    from .io import STDIN, use_stdin
    from .io.walk import expand, pair_sources
    from .model import Severity
    from .report import Report

    loaded = _checker(args, err)
    if loaded is None:
        return EXIT_ERROR
    cfg, checker = loaded
    if args.source and len(args.paths) != 1:
        err.write("tqcheck: --source pairs with exactly one target PATH\n")
        return EXIT_ERROR
    report = Report(rules=tuple(r.code for r in checker.rules), show_statistics=args.statistics)
    if args.baseline:
        from . import baseline

        try:
            report.baseline = baseline.load(args.baseline)
        except baseline.BaselineError as exc:
            err.write(f"tqcheck: {exc}\n")
            return EXIT_ERROR
    if args.write_baseline:
        report.fingerprints = collections.Counter()

    if STDIN in args.paths and args.fix:
        err.write("tqcheck: --fix rewrites files in place; it cannot fix standard input\n")
        return EXIT_ERROR
    stdin_name = args.stdin_filename or STDIN
    use_stdin(stdin_name if STDIN in args.paths else None)
    paths = [stdin_name if p == STDIN else p for p in args.paths]
    files, report.errors = expand(paths, args.include, args.exclude)
    # an explicit --source, or files named by their languages beside one named by the source language
    files, sources = (files, dict.fromkeys(files, args.source)) if args.source else pair_sources(files, cfg.source_lang)
    if args.fix:
        _apply_fixes(files, sources, checker, args, err)
    try:
        stream = open(args.output, "w", encoding="utf-8", newline="\n") if args.output else out
    except OSError as exc:
        err.write(f"tqcheck: {args.output}: cannot write the report: {exc.strerror or exc}\n")
        return EXIT_ERROR
    try:
        _check_and_write(files, sources, cfg, checker, report, args, stream)
    finally:
        if args.output:
            stream.close()
    if args.write_baseline:
        from . import baseline

        baseline.write(args.write_baseline, report.fingerprints)
    for e in report.errors:
        err.write(f"tqcheck: {e}\n")
    if report.errors:
        return EXIT_ERROR
    failing = any(report.by_severity[str(s)] for s in Severity if s >= cfg.fail_on)
    return EXIT_FINDINGS if failing or report.unused_suppressions else EXIT_OK


def cmd_rules(args, out: TextIO, err: TextIO) -> int:
    import json

    from .registry import all_rules

    rules = [r for r in all_rules() if args.all or r.default_enabled]
    if args.format == "json":
        data = [
            {"code": r.code, "name": r.name, "category": r.category, "severity": str(r.severity), "scope": r.scope,
             "needs_source": r.needs_source, "default_enabled": r.default_enabled, "fix": r.fixable, "summary": r.summary}
            for r in rules
        ]
        out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    for r in rules:
        flags = ("source " if r.needs_source else "") + ("off " if not r.default_enabled else "")
        out.write(f"{r.code}  {r.name:28s} {r.category:12s} {str(r.severity):8s} {flags}{r.summary}\n")
    return EXIT_OK


def cmd_explain(args, out: TextIO, err: TextIO) -> int:
    from .docgen import rule_page
    from .registry import all_rules, did_you_mean, lookup

    found = lookup(args.rule)
    if found is None:
        choices = [r.code for r in all_rules()] + [r.name for r in all_rules()]
        err.write(f"tqcheck: unknown rule {args.rule!r}{did_you_mean(args.rule, choices)}\n")
        return EXIT_ERROR
    out.write(rule_page(found))
    return EXIT_OK


def _read_lines(path: str) -> list[str]:
    from .io import InputError, decode, read_bytes

    data = read_bytes(path)
    text = data if isinstance(data, InputError) else decode(path, data)
    if isinstance(text, InputError):
        raise ValueError(str(text))
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def _jsonl_pairs(path: str) -> tuple[list[str], list[str]]:
    import json

    hyps, refs = [], []
    for n, line in enumerate(_read_lines(path), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: invalid JSON: {exc.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get("target"), str) or not isinstance(record.get("reference"), str):
            raise ValueError(f"{path}:{n}: a record needs string fields 'target' and 'reference' to be scored")
        hyps.append(record["target"])
        refs.append(record["reference"])
    return hyps, refs


def cmd_score(args, out: TextIO, err: TextIO) -> int:
    import json

    from .metrics import LengthMismatch, score

    try:
        if args.reference:
            hyps, refs = _read_lines(args.hypotheses), _read_lines(args.reference)
        elif args.hypotheses.endswith((".jsonl", ".ndjson")):
            hyps, refs = _jsonl_pairs(args.hypotheses)
        else:
            err.write("tqcheck: score needs --reference REF (or a JSONL file with reference fields)\n")
            return EXIT_ERROR
        metrics = tuple(m.strip() for m in args.metrics.split(",") if m.strip())
        if args.min_chrf is not None and "chrf" not in metrics:
            metrics += ("chrf",)
        if args.min_bleu is not None and "bleu" not in metrics:
            metrics += ("bleu",)
        result = score(hyps, refs, metrics, args.tokenize, args.sentence_chrf)
    except LengthMismatch as exc:
        err.write(f"tqcheck: {args.hypotheses}: {exc}\n")
        return EXIT_ERROR
    except ValueError as exc:
        err.write(f"tqcheck: {exc}\n")
        return EXIT_ERROR
    if args.format == "json":
        out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        for name, value in result.values.items():
            out.write(f"{name.upper():5s} {value:6.2f}  {result.signatures[name]}\n")
        for i, value in enumerate(result.sentence_chrf or (), 1):
            out.write(f"{i}\tchrF {value:.2f}\n")
    failed = []
    if args.min_chrf is not None and result.values["chrf"] < args.min_chrf:
        failed.append(f"chrF {result.values['chrf']:.2f} < {args.min_chrf}")
    if args.min_bleu is not None and result.values["bleu"] < args.min_bleu:
        failed.append(f"BLEU {result.values['bleu']:.2f} < {args.min_bleu}")
    for f in failed:
        err.write(f"tqcheck: below threshold: {f}\n")
    return EXIT_FINDINGS if failed else EXIT_OK


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _parser()
    commands = {"check": cmd_check, "rules": cmd_rules, "explain": cmd_explain, "score": cmd_score}
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in commands and argv[0] not in ("-h", "--help", "--version"):
        argv.insert(0, "check")  # "tqcheck news.hi.txt" checks it, as flake8 and pre-commit users expect
    try:
        args = parser.parse_args(argv)
    except _UsageError as exc:
        err.write(f"tqcheck: {exc}\n")
        return EXIT_ERROR
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(out)
        return EXIT_ERROR
    try:
        return commands[args.command](args, out, err)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (tqcheck ... | head): not an error of ours
        import os as _os

        _os.dup2(_os.open(_os.devnull, _os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        if getattr(args, "debug", False):
            raise
        err.write(f"tqcheck: internal error: {type(exc).__name__}: {exc} (run with --debug for a traceback)\n")
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
