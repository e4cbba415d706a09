"""A list of names after a preposition of where that a place mention is one item of ("i Tveit,
Kveldsvik og Stormyra", "på Hovden og i Bygland"): context enough for a post town or a village
the registers lack (``place_evidence``, ``place_spans``).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.nlp.components import PLACE_LABELS
from extractor.nlp.place_words import LOCATIVE_BEFORE, is_capitalised_word, is_qualifier, word_after, word_before

MAX_LIST_ITEMS = 6
_LAST_JOINS = frozenset({"og", "eller", "and", "or"})  # before a list's last item
_LIST_JOINS = _LAST_JOINS | {","}


def _item_at(doc: Doc, i: int, matches: list[Span], forward: bool) -> tuple[int, int] | None:
    """The list item whose first (``forward``) or last token is ``i``: a place match, or one
    capitalised word (a village the registers lack), either after a capitalised qualifier
    ("Nedre Sigdal", "Øvre Vang": the lower part of a place is a place of its own)."""
    if forward and is_qualifier(doc[i]):
        after = _item_at(doc, i + 1, matches, True) if i + 1 < len(doc) else None
        return (i, after[1]) if after is not None and after[0] == i + 1 else None
    item = None
    for s in matches:
        if (s.start if forward else s.end - 1) == i:
            item = s.start, s.end
            break
    token = doc[i]
    if item is None and is_capitalised_word(token) and not token.is_upper:
        item = i, i + 1
    if item is not None and not forward and item[0] > 0 and is_qualifier(doc[item[0] - 1]):
        item = item[0] - 1, item[1]
    return item



def _own_preposition_item(doc: Doc, preposition, matches: list[Span]) -> tuple[int, int] | None:
    """The item before "og"/"," and a preposition, with a preposition of its own: Hovden in
    "på Hovden og i Bygland" (each item of the list has its own)."""
    link = word_before(doc, preposition.i)
    before = word_before(doc, link.i) if link is not None and link.lower_ in _LIST_JOINS else None
    item = _item_at(doc, before.i, matches, forward=False) if before is not None else None
    own = word_before(doc, item[0]) if item is not None else None
    return item if own is not None and own.lower_ in LOCATIVE_BEFORE else None


def locative_list(doc: Doc, span: Span) -> tuple[Token, list[tuple[int, int]]] | None:
    """(the preposition, the items' token bounds) of a list of names after a preposition of
    where that ``span`` is one item of: "i Tveit, Kveldsvik og Stormyra", "i Kveldsvik, Stormyra
    og Vinstra", "på Tveit og i Stormyra". Each item is a place match or one capitalised word; two
    capitalised words in a row ("Kari Kveldsvik, Ola Stormyra") are people or names, not such a
    list."""
    matches = [s for s in doc.spans.get("place_candidates", []) if s.label_ in PLACE_LABELS]
    items = [(span.start, span.end)]
    i = span.start
    head = None
    for _ in range(MAX_LIST_ITEMS):  # back to the preposition
        join = word_before(doc, i)
        if join is None:
            return None
        if join.lower_ in LOCATIVE_BEFORE:
            head = join
            item = _own_preposition_item(doc, join, matches)
            if item is None:
                break
            items.insert(0, item)
            i = item[0]
            continue
        if join.lower_ not in _LIST_JOINS:
            return None
        before = word_before(doc, join.i)
        item = _item_at(doc, before.i, matches, forward=False) if before is not None else None
        if item is None:
            return None
        items.insert(0, item)
        i = item[0]
    if head is None:
        return None
    j, last_join = span.end, None
    for _ in range(MAX_LIST_ITEMS):  # on to the list's end
        join = word_after(doc, j)
        if join is None or join.lower_ not in _LIST_JOINS or last_join in _LAST_JOINS:
            break
        nxt = word_after(doc, join.i + 1)
        if nxt is not None and nxt.lower_ in LOCATIVE_BEFORE and join.lower_ != ",":  # "... og på Stormyra"
            nxt = word_after(doc, nxt.i + 1)
        item = _item_at(doc, nxt.i, matches, forward=True) if nxt is not None else None
        if item is None:
            break
        items.append(item)
        j, last_join = item[1], join.lower_
    if len(items) < 2:
        return None
    after = word_after(doc, items[-1][1])
    if after is not None and is_capitalised_word(after):
        return None  # "i Tveit, Ola Stormyra": the last item runs on into a name
    return head, items
