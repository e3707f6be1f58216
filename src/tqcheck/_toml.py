"""The TOML parser: tomli, whose wheels are compiled (three times faster than the standard
library's tomllib on the shipped profiles and names data, which even a one-file pre-commit run
reads), else tomllib where an install lacks it."""
try:
    from tomli import TOMLDecodeError, load, loads
except ModuleNotFoundError:  # pragma: no cover - tomli is a dependency; tomllib has the same API
    from tomllib import TOMLDecodeError, load, loads

__all__ = ["TOMLDecodeError", "load", "loads"]
