"""Boilerplate family (TQ3xx): page furniture scraped along with the article.

The phrases live in the language profiles (``[boilerplate]``) and, for
languages without a profile, in ``languages/data/boilerplate.toml``; the
rules combine all of them with the target's, so furniture is found whether
it was translated, left in English or left in the source language.
"""
from . import credits, furniture, notices  # noqa: F401  (registers the rules)
