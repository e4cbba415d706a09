"""The words around a board mention in running text: the link that makes it a statement
("Daglig leder er Ingrid Solberg Haugen", "Per Hansen har vært styreleder") and the words that
make a role a former one ("tidligere styreleder Odd Bjerke", "som gikk ut av styret i mai").
Functions take the cleaned words of a ``board_mentions.Line`` (a sentence's full
stop is a token of its own) and token indexes into it.
"""
from __future__ import annotations

import re

from extractor.nlp.roles import title_words

# A role held before, not now: "tidligere styreleder Odd Bjerke", "Odd Bjerke, som gikk ut av
# styret i mai", "styreleder fram til juni", "tok over etter Jon Hovde".
FORMER_BEFORE = frozenset({"tidligere", "tidlegare", "tidl", "forrige", "førre", "fhv", "forhenværende",
                           "forhenverande", "avgåtte", "avgått", "avtroppende", "avtroppande", "fratrådte",
                           "fratrådt", "fratredende", "fråtredande", "daværende", "dåverande", "eks", "ex",
                           "erstattet", "erstatta", "etterfulgte", "etterfølgde", "avløste", "avløyste"})
_TAKE_OVER = frozenset({"over", "overtok", "overtar", "overtek", "tar", "tek"})  # "(tok) over etter X"
_FORMER_AFTER = re.compile(
    r"(?:som\s+)?(?:\S+\s+){0,2}?(?:gikk\s+(?:ut|av)|gjekk\s+(?:ut|av)|har\s+gått\s+(?:ut|av)|fratr[åa]dte|"
    r"fratrådde|fratredde|tr[åa]dte\s+ut|trådde\s+ut|sluttet(?!\s+seg)|slutta(?!\s+seg)|ble\s+erstattet|"
    r"trakk\s+seg|trekte\s+seg|går\s+ut|gjekk\s+av|gikk\s+av|"
    r"blei\s+erstatta|vart\s+erstatta|frem\s+til|fram\s+til|til\s+og\s+med|til\s+utgangen|til\s+\d{1,2}\b|"
    r"til\s+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|årsmøtet|"
    r"generalforsamlingen|generalforsamlinga|sommeren|våren|hausten|høsten))\b")
FORMER_WINDOW = 8  # tokens after a mention searched for "gikk ut av styret", within its sentence
# Words joining a name and its role in a statement: "Daglig leder er (no) Ingrid Solberg Haugen"
# (role first), "Per Hansen har vært styreleder", "X ble ansatt som ny daglig leder" (name first).
LINKS_ROLE_FIRST = (("er",), ("var",), ("blir",), ("vert",), ("heter",), ("heiter",), ("har", "vært"),
                    ("har", "vore"))
_AUXILIARIES = ((), ("ble",), ("blei",), ("vart",), ("er",), ("har", "vært"), ("har", "vore"))
_HIRED_AS = (("ansatt", "som"), ("tilsett", "som"), ("tilsatt", "som"), ("valgt", "som"), ("vald", "som"),
             ("valgt", "til"), ("vald", "til"), ("valt", "som"), ("valt", "til"), ("valgt", "inn", "som"),
             ("vald", "inn", "som"), ("gjenvalgt", "som"), ("attvald", "som"), ("attvalt", "som"),
             ("konstituert", "som"))
LINKS_NAME_FIRST = (("er",), ("var",), ("blir",), ("vert",), ("ble",), ("blei",), ("vart",), ("har", "vært"),
                    ("har", "vore"), ("hadde", "vært"), ("tok", "over", "som"), ("tek", "over", "som"),
                    ("overtok", "som"), ("begynte", "som"), ("kom", "inn", "som"), ("gikk", "inn", "som"),
                    ("kom", "inn", "i", "styret", "som"), ("gjekk", "inn", "som"), ("er", "valgt", "som"), ("byrja", "som"), ("starta", "som"), ("tiltrådte", "som"),
                    *(aux + hired for aux in _AUXILIARIES for hired in _HIRED_AS))
# Between the link and the role or name: "er ny daglig leder", "er no Eirik Lid".
_ROLE_ADJECTIVES = frozenset({"ny", "nye", "nytt", "nytilsatt", "nytilsett", "nyansatt", "konstituert", "fungerende",
                              "fungerande", "nå", "no", "fortsatt", "framleis", "fremdeles", "også", "òg"})
_LONGEST_LINK = max(len(link) for link in LINKS_NAME_FIRST)
LINK_WORDS = _ROLE_ADJECTIVES | {w for link in LINKS_NAME_FIRST + LINKS_ROLE_FIRST for w in link}
TITLES = title_words()
# "Kari Nordmann gikk ut av styret", "Ola Hansen trådte ut av styret i mai": the board named
# after a leaving verb; the name before it has left.
_LEAVING = (("gikk", "ut", "av"), ("gjekk", "ut", "av"), ("trådte", "ut", "av"), ("trådde", "ut", "av"),
            ("tredde", "ut", "av"), ("fratrådte",), ("fråtredde",), ("sluttet", "i"), ("slutta", "i"),
            ("forlot",), ("forlét",), ("går", "ut", "av"), ("gjekk", "ut", "av"), ("gikk", "av", "i"), ("ba", "om", "fritak", "fra"), ("bad", "om", "fritak", "frå"),
            ("har", "gått", "ut", "av"), ("har", "gått", "ut", "av"), ("trakk", "seg", "fra"), ("trekte", "seg", "frå"))


def _link_at(words: list[str], links) -> int:
    """Length of the longest link in ``links`` that ``words`` starts with, or 0."""
    return max((len(link) for link in links if tuple(words[:len(link)]) == link), default=0)


def link_after(clean: list[str], i: int, limit: int) -> int:
    """Index past "er (no)"/"har vært" at ``i`` (role, link, name), or ``i``."""
    n = _link_at([c.casefold() for c in clean[i:min(limit, i + _LONGEST_LINK)]], LINKS_ROLE_FIRST)
    if not n:
        return i
    i += n
    while i < limit and clean[i].casefold() in _ROLE_ADJECTIVES:
        i += 1
    return i


def link_before(clean: list[str], end: int, floor: int) -> int:
    """Index before "er (nå) (ny)", "har vært", "ble ansatt som" ending at ``end`` (name, link,
    role), past the comma before it; ``end`` if there is none."""
    i = end
    while i > floor and clean[i - 1].casefold() in _ROLE_ADJECTIVES:
        i -= 1
    for size in range(min(_LONGEST_LINK, i - floor), 0, -1):
        if tuple(c.casefold() for c in clean[i - size:i]) in LINKS_NAME_FIRST:
            i -= size
            break
    else:
        return end
    while i > floor and not clean[i - 1]:
        i -= 1  # "Per Hansen, er ..."
    return i


def is_former(clean: list[str], lo: int, hi: int) -> bool:
    """Whether the mention over tokens ``lo:hi`` names a role held before, not now."""
    before = [c.casefold() for c in clean[max(0, lo - 3):lo] if c]
    if "." in before:
        before = before[len(before) - before[::-1].index("."):]
    if before and before[-1].rstrip(".") in FORMER_BEFORE:
        return True
    if len(before) >= 2 and before[-1] in ("etter", "for") and before[-2] in _TAKE_OVER:
        return True
    after: list[str] = []
    for c in clean[hi:hi + FORMER_WINDOW]:
        if c == ".":
            break
        if c:
            after.append(c.casefold())
    return bool(_FORMER_AFTER.match(" ".join(after)))


def leaving_before(clean: list[str], body_start: int) -> int | None:
    """Index where a leaving phrase ending just before the board word at ``body_start`` starts
    ("Kari Nordmann gikk ut av | styret"), or None."""
    words = [c.casefold() for c in clean[:body_start]]
    for phrase in _LEAVING:
        n = len(phrase)
        if tuple(words[-n:]) == phrase:
            return body_start - n
    return None


# "..., Anne Berg, sistnevnte valgt av de ansatte": the qualifier is about the name just before.
LATTER = frozenset({"sistnevnte", "sistnemnde", "sistnemnte", "sistnevnt", "den siste"})
# Nouns between "i" and an organisation's name: "styret i selskapet Fjordvik AS"; the first
# ones always name another company ("styret i datterselskapet Fjordvik Eiendom AS").
OTHER_COMPANY_NOUNS = frozenset({"datterselskapet", "datterselskap", "dotterselskapet", "morselskapet",
                                 "eierselskapet", "søsterselskapet", "systerselskapet"})
ORG_NOUNS = OTHER_COMPANY_NOUNS | {"selskapet", "foreningen", "forbundet", "stiftelsen", "kommunen", "bedriften",
                                   "laget", "klubben"}
