"""Patterns made only of literal tokens, matched through a lookup table instead of spaCy's
matchers.

The place gazetteer is ~5 600 phrase patterns and ~600 token patterns ("Nordre" + optional
whitespace + "Follo"). Held by spaCy's PhraseMatcher and Matcher they cost ~11 MB in every
process: a Doc per phrase, the matchers' tables and a copy of every pattern dict. A pattern
whose tokens are all literal is a short tuple of string hashes here, indexed by its first token:

- a phrase (a string pattern) matched on LOWER or ORTH: its tokens' hashes, as the
  PhraseMatcher compares them (the phrase is tokenised by the pipeline, like the ruler does);
- a token pattern of ``{"LOWER": "x"}`` / ``{"ORTH": "x"}`` tokens, where a
  ``{"IS_SPACE": true, "OP": "?"}`` may stand between two of them (one whitespace token
  skipped when the Doc has one there, as the Matcher does).

Anything else (REGEX, IN, other attributes and operators) stays with spaCy's Matcher. The
matches are the matchers' ``(key, start, end)`` triples, every one of them (nested and
overlapping ones too).
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc

SPACE = -1  # an optional whitespace token (string hashes are unsigned, never -1)
_ATTRS = {"LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH}
_OPTIONAL_SPACE = {"IS_SPACE": True, "OP": "?"}

Element = tuple[int, int | str]  # (LOWER or ORTH, the string or its hash), or (SPACE, 0)


def spec_to_element(spec: dict) -> Element | None:
    """A literal token spec as an element, None for any other spec."""
    if spec == _OPTIONAL_SPACE:
        return SPACE, 0
    if len(spec) != 1:
        return None
    ((key, value),) = spec.items()
    attr = _ATTRS.get(key.upper())
    if attr is None or not isinstance(value, str) or not value.strip():
        return None  # a whitespace literal would make skipping the optional space ambiguous
    return attr, value


def token_pattern_to_elements(pattern: list[dict]) -> tuple[Element, ...] | None:
    """(attr, string) per token of a literal token pattern, (SPACE, 0) for an optional
    whitespace token between two literals; None when the pattern needs spaCy's Matcher."""
    elements = [spec_to_element(spec) if isinstance(spec, dict) else None for spec in pattern]
    if not elements or any(e is None for e in elements):
        return None
    spaces = [e[0] == SPACE for e in elements]
    if spaces[0] or spaces[-1] or any(a and b for a, b in zip(spaces, spaces[1:])):
        return None
    return tuple(elements)


class LiteralIndex:
    """Literal patterns by their first token: ``{(attr, hash): [(elements, key), ...]}``."""

    def __init__(self) -> None:
        self.by_first: dict[tuple[int, int], list[tuple[tuple[Element, ...], int]]] = {}
        self.uses_orth = False
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def add(self, key: int, elements: Iterable[tuple[int, int | str]]) -> None:
        """Add one pattern under match ``key``; string values are hashed as spaCy hashes them
        (not stored in the StringStore: the Doc's tokens carry the same hashes)."""
        hashed = tuple((attr, value if isinstance(value, int) else hash_string(value)) for attr, value in elements)
        if not hashed:
            return
        self.by_first.setdefault(hashed[0], []).append((hashed[1:], key))
        self.uses_orth = self.uses_orth or any(attr == ORTH for attr, _ in hashed)
        self.count += 1

    def keys(self) -> set[int]:
        return {key for entries in self.by_first.values() for _, key in entries}

    def remove_keys(self, keys: set[int]) -> int:
        """Drop the patterns under these match keys; how many there were."""
        before = self.count
        for first, entries in list(self.by_first.items()):
            kept = [e for e in entries if e[1] not in keys]
            self.count -= len(entries) - len(kept)
            if kept:
                self.by_first[first] = kept
            else:
                del self.by_first[first]
        return before - self.count

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Every ``(key, start, end)`` of a pattern in ``doc``."""
        if not self.by_first or not len(doc):
            return []
        columns = {LOWER: doc.to_array(LOWER).tolist()}
        if self.uses_orth:
            columns[ORTH] = doc.to_array(ORTH).tolist()
        space = None
        size, found, index = len(doc), [], self.by_first
        for attr, values in columns.items():
            for start, value in enumerate(values):
                entries = index.get((attr, value))
                if entries is None:
                    continue
                if space is None:
                    space = doc.to_array(IS_SPACE).tolist()
                for rest, key in entries:
                    end = _walk(rest, columns, space, start + 1, size)
                    if end is not None:
                        found.append((key, start, end))
        return found


def _walk(rest: tuple[Element, ...], columns: dict[int, list[int]], space: list[int], at: int, size: int) -> int | None:
    """Where a pattern whose first token matched ends, None when it does not match at ``at``."""
    for attr, value in rest:
        if attr == SPACE:
            if at < size and space[at]:
                at += 1
            continue
        if at >= size or columns[attr][at] != value:
            return None
        at += 1
    return at
