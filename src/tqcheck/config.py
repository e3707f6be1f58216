"""Configuration: defaults < ``[tool.tqcheck]`` in the nearest pyproject.toml (or ``--config``) < CLI flags.

Every key, rule code and rule name is validated; a typo is an error that
suggests the closest valid spelling.
"""
from __future__ import annotations

import os
from typing import Any, Mapping, NamedTuple

from . import _toml as toml
from .model import Severity


class ConfigError(ValueError):
    """A configuration that cannot be used; the message says where and why."""


#: Record fields read by the JSONL reader, and the names users may remap.
DEFAULT_FIELDS = {
    "id": "id",
    "target": "target",
    "source": "source",
    "reference": "reference",
    "source-lang": "source_lang",
    "target-lang": "target_lang",
    "notes": "notes",
}


class Config(NamedTuple):
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    per_file_ignores: Mapping[str, tuple[str, ...]] = {}
    severity: Mapping[str, Severity] = {}
    options: Mapping[str, Mapping[str, Any]] = {}
    source_lang: str | None = None
    target_lang: str | None = None
    fields: Mapping[str, Any] = DEFAULT_FIELDS
    glossary: str | None = None
    names: str | None = None
    origin: str | None = None

    def merged(self, **overrides: Any) -> Config:
        """A copy with the given non-None values replaced (CLI flags over file settings)."""
        return self._replace(**{k: v for k, v in overrides.items() if v is not None})


KEYS = {
    "select", "ignore", "extend-select", "fail-on", "per-file-ignores", "severity", "options",
    "source-lang", "target-lang", "fields", "glossary", "names",
}


def _did_you_mean(key: str, choices) -> str:
    from .registry import did_you_mean

    return did_you_mean(key, choices)


def _rule_code(key: str, where: str) -> str:
    from .registry import RULES, all_rules, did_you_mean, lookup

    found = lookup(key)
    if found is None:
        choices = [r.code for r in all_rules()] + [r.name for r in all_rules()]
        raise ConfigError(f"{where}: unknown rule {key!r}{did_you_mean(key, choices)}")
    return found.code if found.code in RULES else key


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return tuple(value)


def _selectors(value: Any, where: str) -> tuple[str, ...]:
    from .registry import validate_selector

    entries = _str_list(value, where)
    for e in entries:
        try:
            validate_selector(e)
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from None
    return entries


def from_mapping(data: Mapping[str, Any], origin: str = "<config>") -> Config:
    """Build a :class:`Config` from a ``[tool.tqcheck]`` table, validating everything."""
    unknown = [k for k in data if k not in KEYS]
    if unknown:
        k = unknown[0]
        raise ConfigError(f"{origin}: unknown key {k!r} in [tool.tqcheck]{_did_you_mean(k, sorted(KEYS))}")
    kw: dict[str, Any] = {"origin": origin}
    if "select" in data:
        kw["select"] = _selectors(data["select"], f"{origin}: select")
    if "ignore" in data:
        kw["ignore"] = _selectors(data["ignore"], f"{origin}: ignore")
    if "extend-select" in data:
        kw["extend_select"] = _selectors(data["extend-select"], f"{origin}: extend-select")
    if "fail-on" in data:
        try:
            kw["fail_on"] = Severity.parse(data["fail-on"])
        except ValueError as exc:
            raise ConfigError(f"{origin}: fail-on: {exc}") from None
    if "per-file-ignores" in data:
        table = data["per-file-ignores"]
        if not isinstance(table, dict):
            raise ConfigError(f"{origin}: per-file-ignores: expected a table of glob = [rules]")
        kw["per_file_ignores"] = {g: _selectors(v, f"{origin}: per-file-ignores.{g}") for g, v in table.items()}
    if "severity" in data:
        table = data["severity"]
        if not isinstance(table, dict):
            raise ConfigError(f"{origin}: severity: expected a table of rule = severity")
        sev = {}
        for k, v in table.items():
            try:
                sev[_rule_code(k, f"{origin}: severity")] = Severity.parse(v)
            except ValueError as exc:
                raise ConfigError(f"{origin}: severity.{k}: {exc}") from None
        kw["severity"] = sev
    if "options" in data:
        kw["options"] = _options(data["options"], origin)
    for key in ("source-lang", "target-lang", "glossary", "names"):
        if key in data:
            if not isinstance(data[key], str):
                raise ConfigError(f"{origin}: {key}: expected a string")
            kw[key.replace("-", "_")] = data[key]
    if "fields" in data:
        kw["fields"] = _fields(data["fields"], origin)
    return Config(**kw)


def _options(table: Any, origin: str) -> dict[str, dict[str, Any]]:
    from .registry import RULES

    if not isinstance(table, dict):
        raise ConfigError(f"{origin}: options: expected a table per rule")
    out: dict[str, dict[str, Any]] = {}
    for key, opts in table.items():
        code = _rule_code(key, f"{origin}: options")
        known = RULES[code].options
        if not isinstance(opts, dict):
            raise ConfigError(f"{origin}: options.{key}: expected a table")
        for name, value in opts.items():
            if name not in known:
                raise ConfigError(f"{origin}: options.{key}: unknown option {name!r}{_did_you_mean(name, known)}")
            default = known[name]
            if default is not None and not isinstance(value, type(default)) and not (isinstance(default, float) and isinstance(value, int)):
                raise ConfigError(f"{origin}: options.{key}.{name}: expected {type(default).__name__}")
        out[code] = dict(opts)
    return out


def _fields(table: Any, origin: str) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ConfigError(f"{origin}: fields: expected a table such as {{target = \"body\"}}")
    fields = dict(DEFAULT_FIELDS)
    for k, v in table.items():
        if k not in DEFAULT_FIELDS:
            raise ConfigError(f"{origin}: fields: unknown field {k!r}{_did_you_mean(k, DEFAULT_FIELDS)}")
        if k in ("target", "source"):
            v = list(_str_list(v, f"{origin}: fields.{k}"))
        elif not isinstance(v, str):
            raise ConfigError(f"{origin}: fields.{k}: expected a string")
        fields[k] = v
    targets = fields["target"] if isinstance(fields["target"], list) else [fields["target"]]
    sources = fields["source"] if isinstance(fields["source"], list) else [fields["source"]]
    if len(targets) != len(sources):
        raise ConfigError(f"{origin}: fields: give one source field for each target field ({len(targets)} vs {len(sources)})")
    return fields


def find_pyproject(start: str | os.PathLike = ".") -> str | None:
    """The nearest pyproject.toml at or above ``start`` that has a [tool.tqcheck] table."""
    folder = os.path.realpath(start)
    while True:
        candidate = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(candidate):
            try:
                with open(candidate, encoding="utf-8") as f:
                    data = toml.loads(f.read())
            except (toml.TOMLDecodeError, UnicodeDecodeError, OSError):
                data = {}
            if "tqcheck" in data.get("tool", {}):
                return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def load(path: str | os.PathLike | None = None, start: str | os.PathLike = ".") -> Config:
    """The configuration from ``path`` (a pyproject.toml or a tqcheck TOML file), or the nearest pyproject.toml."""
    if path is None:
        path = find_pyproject(start)
        if path is None:
            return Config()
    path = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as f:
            data = toml.loads(f.read())
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror}") from None
    except toml.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    table = data.get("tool", {}).get("tqcheck", data if os.path.basename(path) != "pyproject.toml" else {})
    return from_mapping(table, path)
