"""A row of portrait cards' bold names over their roles ("Kari Dahl   Ola Brun" / "Styreleder
Styremedlem"), which a reader of blocks would take for a bold heading over a line: a person's name
is no heading. The roles' line may stand at the next page's head (a card split by a page break)."""
from __future__ import annotations

import re

from extractor.gazetteers import is_first_name

MAX_NAME_WORDS = 4  # a name of two to four words ...
MAX_NAMES = 5  # ... and at most this many cards in a row
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def card_names(text: str) -> bool:
    """``text`` is one to ``MAX_NAMES`` persons' names one after the other: every word
    capitalised, no digit, each name opening with a first name ("Kari Dahl Ola Brun")."""
    words = text.split()
    if not words or any(ch.isdigit() for ch in text) or not all(_WORD.fullmatch(w) and w[0].isupper() for w in words):
        return False
    starts = [k for k, w in enumerate(words) if is_first_name(w)]
    if not starts or starts[0] != 0:
        return False
    sizes = [b - a for a, b in zip(starts, [*starts[1:], len(words)])]
    return len(starts) <= MAX_NAMES and all(1 <= n <= MAX_NAME_WORDS for n in sizes) and sizes[-1] >= 2


def role_line(text: str) -> bool:
    """``text`` holds board roles only ("Styreleder", "Nestleder Styremedlem Varamedlem")."""
    from extractor.nlp.roles import role_words  # here: the roles' fuzzy matcher stays out of the PDF reader's start-up

    words = [w.strip(".,:;()").casefold() for w in text.split()]
    return bool(words) and len(words) <= 3 * MAX_NAMES and all(w in role_words() for w in words if w)
