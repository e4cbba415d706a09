"""Words pointing back at names already read, opening a qualifier after them: "..., Liv Dahl og
Per Lund, den sistnevnte valgt av de ansatte" (the last name), "de to sistnevnte ..." (the last
two), "førstnevnte ..." (the first), or a sentence of its own after the list ("Sistnevnte er
valgt av de ansatte."). Which names they are comes from the sentence's names in order, not from
the roles read so far: in "A (styreleder), B (nestleder), C, D og E, den sistnevnte ..." it is E,
not B, the last name a role was paired with."""
from __future__ import annotations

from dataclasses import dataclass

from extractor.fields.board_mentions import SENTENCE_END, Line
from extractor.fields.people import NameMatch, leading_name
from extractor.nlp.vocab import scope_words, word_set

_ARTICLES = frozenset({"den", "de", "dei", "the"})
_CLAUSE_JOINS = frozenset({"og", "men", "and"})  # "..., og sistnevnte er valgt av de ansatte"


@dataclass(frozen=True, slots=True)
class Anaphor:
    start: int  # token index where its words start ("den", "de to", the word itself)
    last: bool  # the last names read ("sistnevnte"), else the first ("førstnevnte")
    count: int  # how many ("de to sistnevnte": 2)


def _phrases() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Each anaphor phrase as words, with whether it points at the last names; longest first."""
    words = scope_words()["statement_words"]
    found = [(tuple(p.split()), True) for p in words["latter"]] + [(tuple(p.split()), False) for p in words["former"]]
    return tuple(sorted(found, key=lambda f: -len(f[0])))


PHRASES = _phrases()
COUNTS: dict[str, int] = dict(scope_words()["statement_words"]["anaphor_counts"])
LINKS = word_set("statement_words", "anaphor_links")


def anaphor_before(line: Line, end: int) -> Anaphor | None:
    """The anaphor right before token ``end`` (punctuation and link words such as "er" passed
    over): its phrase, an optional count and article before it ("dei to sistnemnde", "den
    sistnevnte"), opening a clause (after a comma, "og", or at a sentence's start)."""
    k = end
    while k > 0 and (not line.words[k - 1] or line.words[k - 1].casefold() in LINKS):
        k -= 1
    words = [w.casefold() for w in line.words[:k]]
    for phrase, last in PHRASES:
        if len(phrase) > len(words) or tuple(words[len(words) - len(phrase):]) != phrase:
            continue
        start, count = len(words) - len(phrase), 1
        if start and words[start - 1] in COUNTS:
            start, count = start - 1, COUNTS[words[start - 1]]
        if start and words[start - 1] in _ARTICLES:
            start -= 1
        opens = not start or not words[start - 1] or words[start - 1] in SENTENCE_END | _CLAUSE_JOINS
        return Anaphor(start, last, count) if opens else None
    return None


def _sentence_start(line: Line, end: int) -> int:
    return max((k + 1 for k in range(end) if line.words[k] in SENTENCE_END), default=0)


def names_before(line: Line, end: int, stop: frozenset[str] = frozenset()) -> list[NameMatch]:
    """The names of the sentence that token ``end`` stands in, up to it, in order; when ``end``
    opens its sentence, the names of the sentence before."""
    start = _sentence_start(line, end)
    if start == end and start:
        start = _sentence_start(line, start - 1)
    words = line.words[:end]
    out: list[NameMatch] = []
    k = start
    while k < end:
        name = leading_name(words, k, stop)
        if name is not None and name.first_name != "unknown":
            out.append(name)
            k = name.end
        else:
            k += 1
    return out


def referents(line: Line, end: int, stop: frozenset[str] = frozenset()) -> list[NameMatch] | None:
    """The names an anaphor right before token ``end`` points at; None when there is no anaphor
    there, or fewer names before it than it counts ("førstnevnte" needs a second name)."""
    anaphor = anaphor_before(line, end)
    if anaphor is None:
        return None
    names = names_before(line, anaphor.start, stop)
    if len(names) < anaphor.count + (0 if anaphor.last else 1):
        return None
    return names[len(names) - anaphor.count:] if anaphor.last else names[:anaphor.count]
