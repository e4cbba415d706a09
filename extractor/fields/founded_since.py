"""The organisation's own work "siden <year>": "<Org> har skapt arbeidsplasser i Vefsn siden 1986",
nn "Vi har drive med arbeidsinkludering sidan 1991". The start of its work, most often the founding,
so a founding in doubt (read like "i drift siden"). The verbs of such work and the words that make the
year another's start (a contract, a person's term) are data (``patterns/founding.jsonl``)."""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.nlp import vocab

# "har <participle> ... siden 1986": the participle, the words up to "siden" (one clause), the year
_HAS_SINCE = re.compile(r"\b(?:har|hadde)\s+([a-zæøå]+)\b([^.;:!?]{0,90}?)\b(?:siden|sidan|sia)\s+((?:18|19|20)\d\d)\b",
                        re.IGNORECASE)


@lru_cache(maxsize=1)
def _since_words() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = vocab.read_rows("founding.jsonl")
    return (frozenset(r["since_verb"] for r in rows if "since_verb" in r),
            tuple(r["since_not"] for r in rows if "since_not" in r))


def work_since(sent: str) -> tuple[int, int] | None:
    """``(year, where "har" stands)`` of the organisation's own work since a year, or None: a verb of
    work ("skapt", "drive"), no contract or person's term between it and "siden"."""
    verbs, nots = _since_words()
    for m in _HAS_SINCE.finditer(sent):
        span = m.group(2).casefold()
        if m.group(1).casefold() in verbs and not any(w in span for w in nots):
            return int(m.group(3)), m.start()
    return None
