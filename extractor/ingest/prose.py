"""Running text told apart from a table's words: the one test of sentences the table finders share.

A sentence's words mostly open in lowercase; a list of roles and names ("Styreleder Kari Holm"),
a statement's labels ("Sum driftsinntekter") or a header ("Eier Aksjer Andel") open in capitals.
Figures and marks are no words ("12 345", "–"). A word opens where its first letter stands, so a
bracket or a quote before it does not count ("(leder)" opens in lowercase).
"""
from __future__ import annotations

from collections.abc import Iterable

from extractor.ingest.primitives import Word

SENTENCE_END_LETTERS = 5  # a word this long before a full stop ends a sentence, not an abbreviation ("inkl.")
RUNNING_LINES = 1 / 3  # running text: this share of its lines or more open in lowercase (a sentence going on)
LABEL_WORDS = 3  # a label of a table's first column: this many words at most ("Styreleder", "Daglig leder")


def lettered(texts: Iterable[str]) -> list[str]:
    """The words holding a letter."""
    return [t for t in texts if any(c.isalpha() for c in t)]


def opens_lowercase(text: str) -> bool:
    """The word's first letter is lowercase (a word with no letter opens in none)."""
    return next((c for c in text if c.isalpha()), "").islower()


def mostly_lowercase(texts: Iterable[str], share: float) -> bool:
    """Words with letters among ``texts``, ``share`` of them or more opening in lowercase."""
    words = lettered(texts)
    return bool(words) and sum(map(opens_lowercase, words)) >= share * len(words)


def ends_a_sentence(texts: Iterable[str]) -> bool:
    """A word of ``SENTENCE_END_LETTERS`` letters or more ending on a full stop ("selvkostprinsippet.");
    an abbreviation's stop is short ("inkl.", "bl.a.")."""
    return any(t.endswith(".") and t[:-1].isalpha() and len(t) > SENTENCE_END_LETTERS for t in texts)


def is_short_label(texts: Iterable[str]) -> bool:
    """Words of a label, not of a sentence: ``LABEL_WORDS`` words with letters at most, the first
    opening in a capital ("STYRELEDER", "Daglig leder")."""
    words = lettered(texts)
    return 0 < len(words) <= LABEL_WORDS and not opens_lowercase(words[0])


def runs_on(lines: Iterable[Iterable[Word]]) -> bool:
    """Lines of running text: a sentence goes on from one line to the next, so ``RUNNING_LINES`` of
    them or more open in lowercase; the cells of a table's column open every line anew, with a name
    or a capital ("Kari Holm, oppnevnt av Hol kommune" beside its role word)."""
    firsts = [w.text for line in lines if (w := min((w for w in line if lettered([w.text])), key=lambda w: w.x0, default=None))]
    return sum(map(opens_lowercase, firsts)) >= RUNNING_LINES * len(firsts)
