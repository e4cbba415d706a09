"""A company the reporting organisation owns, named in its report: "Stiftelsen eier 100 % av aksjene i
Nordby Arbeid AS", "Datterselskapet Nordby Arbeid AS", "Nordby Arbeid AS er heleid av stiftelsen". A
foundation or a holding body names the company it owns more often than itself, with a legal form and an
"er en arbeidsbedrift", so the company outvotes it; the report's own name is the one on its title, and
its text calls itself by the kind noun that opens that name ("stiftelsen"). The words are
``patterns/owner_words.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.nlp import vocab

_SHARE = r"(?:(?:ca\.?\s+|om\s+lag\s+)?\d{1,3}(?:[,.]\d+)?\s*(?:%|prosent)\s+(?:av\s+)?)?"
_NOT_NAMED = r"(?![\wæøåÆØÅ])(?!\s+(?-i:[A-ZÆØÅ]))"  # "stiftelsen" alone, not "Stiftelsen Nordby"


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    data = vocab.read_json("owner_words.json")
    return {k: vocab.alternation(data[k], any_space=True)
            for k in ("subsidiary_nouns", "owned_objects", "owned_verbs", "owning_verbs")}


@lru_cache(maxsize=256)
def _frames(core: str, noun: str) -> re.Pattern:
    """The frames that say ``core`` is owned: by the body called ``noun`` (its kind noun, definite), or
    as "datterselskapet" when ``noun`` is empty."""
    w = _words()
    name = re.escape(core)
    frames = [rf"\b(?:{w['subsidiary_nouns']})\s+{name}(?![\wæøåÆØÅ])(?!\s+(?:av|til)\b)"]
    if noun:
        owner = re.escape(noun) + _NOT_NAMED
        frames += [rf"\b{owner}\s+(?:{w['owning_verbs']})\s+{_SHARE}(?:{w['owned_objects']})\s+i\s+{name}(?![\wæøåÆØÅ])",
                   rf"(?<![\wæøåÆØÅ]){name}(?:\s+[A-ZÆØÅ]{{2,3}})?\s+(?:{w['owned_verbs']})\s+{_SHARE}av\s+{owner}"]
    return re.compile("|".join(frames), re.IGNORECASE)


def owned_by(core: str, owner_noun: str, text: str) -> bool:
    """``text`` says the company ``core`` (its name without the legal form) is owned by the body its
    text calls ``owner_noun`` ("stiftelsen"), or is "datterselskapet"."""
    return bool(core) and bool(_frames(core, owner_noun.casefold()).search(text))
