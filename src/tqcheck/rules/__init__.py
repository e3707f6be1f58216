"""Rule families, one module each.  Importing this package registers every rule."""
from . import boilerplate, fidelity, language, markup, names, numbers, script, terminology, typography  # noqa: F401  (explicit registration, in code order)
