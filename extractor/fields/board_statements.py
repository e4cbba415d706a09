"""The words around a board mention in running text: the link that makes it a statement
("Daglig leder er Ingrid Solberg Haugen", "Per Hansen har vært styreleder") and the words that
make a role a former one ("tidligere styreleder Odd Bjerke", "som gikk ut av styret i mai").
The functions here take the cleaned words of a ``board_mentions.Line`` (a sentence's full stop
is a word of its own) and indexes into them; those that take the Line itself (the name before
an apposition, "Per Hansen, tidligere daglig leder, er nå styreleder", a pronoun's subject, a
second role for the name just read, a name that left the board, a list of past holders) are
``board_statement_names``'.
"""
from __future__ import annotations

import re

from extractor.fields.board_mentions import SENTENCE_END
from extractor.fields.people import leading_name
from extractor.nlp.role_spans import phrase_role
from extractor.nlp.vocab import phrases, scope_words, word_set
from extractor.parse import MONTH_NAMES

# A role held before, not now: "tidligere styreleder Odd Bjerke", "Odd Bjerke, som gikk ut av
# styret i mai", "styreleder fram til juni", "tok over etter Jon Hovde".
# "A erstatter B som varamedlem": B held the role, A holds it now (``replacer_name``).
REPLACING = word_set("statement_words", "replacing")
FORMER_BEFORE = word_set("statement_words", "former_before") | REPLACING
_TAKE_OVER = word_set("statement_words", "take_over")  # "(tok) over etter X"


def _alternatives(words) -> str:
    """A regex alternation of words or phrases, a phrase's words apart by any whitespace."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


# Held until a time in the year: "fram til 1. juni", "til årsmøtet", "inntil mai".
_UNTIL = (r"(?:frem\s+til|fram\s+til|til\s+og\s+med|til\s+utgangen|(?:inn)?til\s+\d{1,2}\b|"
          rf"(?:inn)?til\s+(?:{'|'.join(MONTH_NAMES)}|årsmøtet|generalforsamlingen|generalforsamlinga|sommeren|våren|"
          r"hausten|høsten))")
# "var styremedlem oppnevnt av kommunen fram til 1. juni": who appointed the member, before the time.
_APPOINTED_BY = _alternatives((*scope_words()["appointing_verbs"], "valgt", "valt", "vald"))
# "var styremedlem til han flyttet i mai": held until the holder left the place, died or quit.
_TERM_ENDED = _alternatives((*scope_words()["statement_words"]["term_ends"],
                             *scope_words()["statement_words"]["term_ends_until"]))
_UNTIL_LEFT = rf"(?:inn)?til\s+(?:{_alternatives(word_set('statement_words', 'pronouns'))})\s+(?:{_TERM_ENDED})"
_FORMER_AFTER = re.compile(
    r"(?:som\s+)?(?:\S+\s+){0,2}?(?:gikk\s+(?:ut|av)|gjekk\s+(?:ut|av)|har\s+gått\s+(?:ut|av)|fratr[åa]dte|"
    r"fratrådde|fratredde|tr[åa]dte\s+ut|trådde\s+ut|tr[eå]r\s+ut\s+av|sluttet(?!\s+seg)|slutta(?!\s+seg)|ble\s+erstattet|"
    r"trakk\s+seg|trekte\s+seg|går\s+ut|gjekk\s+av|gikk\s+av|takket\s+for\s+seg|takka\s+for\s+seg|"
    r"(?:ble|blei|vart)\s+takk(?:et|a)\s+av|gir\s+seg|ga\s+seg|gav\s+seg|i\s+fjor|"
    r"blei\s+erstatta|vart\s+erstatta|ble\s+ikke\s+gjenvalgt|vart\s+ikkje\s+attvald|tapte\s+valget|"
    r"stilte\s+til\s+gjenvalg\s+men\s+fikk\s+ikke|stilte\s+til\s+attval\s+men\s+fekk\s+ikkje|"
    rf"{_UNTIL_LEFT}|{_UNTIL}|(?:{_APPOINTED_BY})\s+av\s+(?:\S+\s+){{1,4}}?{_UNTIL})\b")
# A sentence opening on the time before a change: "Fram til årsmøtet i mars besto styret av ...".
_UNTIL_OPENING = phrases("statement_words", "until_opening")
_NOT_UNTIL = word_set("statement_words", "not_until")  # "Fram til nå har styret bestått av ...": still so
FORMER_WINDOW = 8  # tokens after a mention searched for "gikk ut av styret", within its sentence
# Words joining a name and its role in a statement: "Daglig leder er (no) Ingrid Solberg Haugen"
# (role first), "Per Hansen har vært styreleder", "X ble ansatt som ny daglig leder" (name first);
# "Frå mars har Per Lid vore dagleg leiar": "vore"/"vært" alone after an inverted subject.
LINKS_ROLE_FIRST = phrases("statement_words", "links_role_first")  # English: "Other board members are A, B and C"
# After "Som <role>" only: "Som observatør møtte Liv Dahl" (``link_after``'s ``after_som``).
_AUXILIARIES = phrases("statement_words", "auxiliaries")
# "Som varamedlemmer er valgt A og B": an auxiliary and a participle of choosing.
LINKS_AFTER_SOM = (*phrases("statement_words", "links_after_som"),
                   *(aux + (chosen,) for aux in _AUXILIARIES if aux
                     for chosen in scope_words()["statement_words"]["chosen_after_som"]))
_HIRED_AS = phrases("statement_words", "hired_as")
# "Kari Nordmann gikk ut som styremedlem": the role held until then (a name-first link).
LEFT_AS = phrases("statement_words", "left_as")
# "Leder: Ola Strand går over til styremedlem": the role after the link is taken in place of the one before.
MOVED_TO = phrases("statement_words", "moved_to")
LINKS_NAME_FIRST = (*LEFT_AS, *phrases("statement_words", "links_name_first"), *MOVED_TO,
                    *(aux + hired for aux in _AUXILIARIES for hired in _HIRED_AS))
# Between the link and the role or name: "er ny daglig leder", "er no Eirik Lid".
_ROLE_ADJECTIVES = word_set("statement_words", "role_adjectives")
_ORDER_WORDS = phrases("statement_words", "order_words")  # "Varamenn i rekkefylgje har vore: ..."
_LONGEST_LINK = max(len(link) for link in LINKS_NAME_FIRST)
LINK_WORDS = _ROLE_ADJECTIVES | {w for link in LINKS_NAME_FIRST + LINKS_ROLE_FIRST for w in link}
# After a role held until a date: who held it next ("..., deretter Ola Lie", "etterfulgt av").
SUCCESSOR_WORDS = phrases("statement_words", "successor_words")
# "Kari Nordmann gikk ut av styret", "Ola Hansen trådte ut av styret i mai": the board named
# after a leaving verb; the name before it has left.
LEAVING = phrases("statement_words", "leaving")
TERM_ENDS = phrases("statement_words", "term_ends")  # "døde", "ba om fritak": the term ended in the year
_TERM_END_OBJECTS = word_set("statement_words", "term_end_objects")  # "fratrådte møtet": the meeting, not the board


def _link_at(words: list[str], links) -> int:
    """Length of the longest link in ``links`` that ``words`` starts with, or 0."""
    return max((len(link) for link in links if tuple(words[:len(link)]) == link), default=0)


_LEGAL_FORM_LINKS = frozenset({"AS", "IS"})  # "Nordby Vekst AS", an "IS" (interessentskap)


def _fold(word: str) -> str:
    """A word as links are matched: "AS" in capitals is a legal form, not English "as"."""
    return word if word in _LEGAL_FORM_LINKS else word.casefold()


def link_after(clean: list[str], i: int, limit: int, after_som: bool = False) -> int:
    """Index past "er (no)"/"har vært" at ``i`` (role, link, name), or ``i``; past "møtte" too when
    the role follows "Som" (``after_som``)."""
    links = LINKS_ROLE_FIRST + LINKS_AFTER_SOM if after_som else LINKS_ROLE_FIRST
    n = _link_at([_fold(c) for c in clean[i:min(limit, i + _LONGEST_LINK)]], links)
    if not n:
        return i
    i += n
    while i < limit and clean[i].casefold() in _ROLE_ADJECTIVES:
        i += 1
    return i


def past_order(clean: list[str], i: int, limit: int) -> int:
    """Index past an order at ``i`` ("Varamenn i rekkefylgje har vore: ..."), or ``i``."""
    return i + _link_at([c.casefold() for c in clean[i:min(limit, i + _LONGEST_LINK)]], _ORDER_WORDS)


def link_before(clean: list[str], end: int, floor: int) -> int:
    """Index before "er (nå) (ny)", "har vært", "ble ansatt som" ending at ``end`` (name, link,
    role), past the comma before it; ``end`` if there is none."""
    i = end
    while i > floor and clean[i - 1].casefold() in _ROLE_ADJECTIVES:
        i -= 1
    if i - 1 > floor and _possessive(clean[i - 1]):
        i -= 1  # "er selskapets daglige leder", "er rådets leiar": the owner's word (board_owners reads it)
        while i > floor and clean[i - 1].casefold() in _ROLE_ADJECTIVES:
            i -= 1
    size = _link_size(clean, i, floor)
    if not size:
        return end
    i = _past_adverbs(clean, i - size, floor)
    while i > floor and not clean[i - 1]:
        i -= 1  # "Per Hansen, er ..."
    if i - 1 > floor and clean[i - 1].casefold() in _PARTY_MARKS and not clean[i - 2]:
        i -= 2  # "Jens Hauge (Ap) ble valgt som": the party's bracket opens after the name
    return i


_PARTY_MARKS = word_set("statement_words", "party_marks")


_LINK_ADVERBS = word_set("statement_words", "link_adverbs")
_INNER_ADVERBS = word_set("statement_words", "link_inner_adverbs")
_INNER_PHRASES = (*((w,) for w in _INNER_ADVERBS), *phrases("statement_words", "link_inner_phrases"))


# "rykket da opp som": the adverb inside a link ending on the role taken, or given up ("fra", given_up)
_ADVERB_LINK_ENDS = frozenset({"som", "til", "fra", "frå"})


# "Per Lund rykket (da) opp fra varamedlem": a link ending on "fra" names the role given up (with
# "til nestleder" after it, join_groups made the span the role taken).
_LEFT_FROM = tuple(link for link in LINKS_NAME_FIRST if link[-1] in ("fra", "frå"))


def ended_after(words: list[str], end: int) -> bool:
    """Whether the words after a name (or its role after it), past a comma, say the person's term
    ended in the year ("Styremedlem Kari Dahl døde i mars", "Per Lid, kasserer, gikk bort i mai",
    "Kari Dahl ba om fritak fra 1. juli"): off the board; not where the verb takes an object, a
    role or another organ ("fratrådte møtet", "trakk seg som kandidat", "trakk seg fra valgkomiteen")."""
    k = end
    while k < len(words) and k - end < 2 and not words[k] and words[k] not in SENTENCE_END:
        k += 1  # "Per Lid, gikk bort": past a comma
    size = phrase_at(words, k, TERM_ENDS)
    return bool(size) and stands_alone(words, k + size)


def note_says_left(text: str) -> bool:
    """Whether a footnote's text says its member's term ended in the year ("Fratrådte 30. juni",
    "Ba om fritak fra 1. mai", "Gikk ut av styret i juni", "Til 1. september")."""
    folded = " ".join(text.casefold().split())
    words = [w.strip(".,;:()") for w in folded.split()]
    return ended_after(words, 0) or bool(phrase_at(words, 0, LEAVING)) or re.match(_UNTIL, folded) is not None


def phrase_at(words: list[str], k: int, among: tuple[tuple[str, ...], ...]) -> int:
    """Words of the longest phrase of ``among`` that the words at ``k`` open, or 0."""
    return max((len(p) for p in among if tuple(w.casefold() for w in words[k:k + len(p)]) == p), default=0)


def stands_alone(words: list[str], k: int) -> bool:
    """Whether a verb ending at ``k`` has no object, no role and no organ after it: the sentence
    ends, or a time, a reason or the board follows ("... i juli", "... fra 1. juli", "... fra
    styret"); the next sentence is not the verb's ("... tok over plassen. Varamedlem er nå X")."""
    after = []
    for word in words[k:k + 3]:
        if word in SENTENCE_END:
            break
        after.append(word.casefold())
    if not after or not after[0]:
        return True
    if "som" in after or after[0] in _TERM_END_OBJECTS:
        return False  # "trakk seg fra vervet som leder": the role given up is read as a link
    return not any(w and (role := phrase_role(w, True)) is not None and role.code != "BOARD" for w in after[:2])


def gives_up(between: list[str]) -> bool:
    """Whether the words between a name and its role (folded) end on a link naming the role given up."""
    words = [w for w in between if w not in _INNER_ADVERBS]
    return any(tuple(words[-len(link):]) == link for link in _LEFT_FROM)


def _link_size(clean: list[str], i: int, floor: int) -> int:
    """Words of the name-first link ending at ``i``, or 0; one adverb (or adverbial phrase: "etter
    dette") inside a link of several words that ends on the role held now counts with it ("rykket
    da opp som", "har etter dette møtt som")."""
    for size in range(min(_LONGEST_LINK + _BODY_WORDS_MAX + 1, i - floor), 2, -1):
        at = _represented_at(clean, i - size, i - 1)
        link = tuple(_fold(c) for c in (*clean[i - size:at], "som")) if at is not None else ()
        if link in LINKS_NAME_FIRST and "i" not in link:  # "sitter i styret for X AS som leder": X's board
            return size  # "møter for Nordvik kommune som": the link with whom the holder speaks for inside it
    longest = max(map(len, _INNER_PHRASES))
    for size in range(min(_LONGEST_LINK + longest, i - floor), 0, -1):
        words = [_fold(c) for c in clean[i - size:i]]
        if size <= _LONGEST_LINK and tuple(words) in LINKS_NAME_FIRST:
            return size
        if words[-1] in _ADVERB_LINK_ENDS and any(tuple(words[k:k + len(inner)]) == inner
                                                  and tuple(words[:k] + words[k + len(inner):]) in LINKS_NAME_FIRST
                                                  for k in range(1, size - 1) for inner in _INNER_PHRASES):
            return size
    return 0


_BODY_WORDS_MAX = 4  # words of the body a holder sits for ("for Nordvik kommune", "for dei tilsette")
_REPRESENTS = frozenset({"for", "fra", "frå"})
_BODY_NOUNS = frozenset({*scope_words()["municipal_bodies"], *scope_words()["home_nouns"],
                         *(w for phrase in scope_words()["elected_by_employees"] for w in phrase.split())})


def _represented_at(clean: list[str], start: int, som: int) -> int | None:
    """Where "for" (or "fra") opens the body a holder sits for, in a link ending on "som" at
    ``som`` ("møter for Nordvik kommune som observatør"): its words capitalised or the nouns of a
    municipality or the employees; None when no such body stands right before "som"."""
    if som >= len(clean) or clean[som].casefold() != "som":
        return None
    for k in range(start + 1, som - 1):
        body = clean[k + 1:som]
        if clean[k].casefold() in _REPRESENTS and len(body) <= _BODY_WORDS_MAX \
                and all(w and (w[0].isupper() or w.casefold() in _BODY_NOUNS) for w in body):
            return k
    return None


_AUX_WORDS = tuple(aux for aux in _AUXILIARIES if aux)


def _past_adverbs(clean: list[str], i: int, floor: int) -> int:
    """Index before the adverbs ending at ``i`` and the auxiliary before them ("ble enstemmig |
    valgt som"), or ``i`` where none stand there: "Kari Dahl ble enstemmig valgt som styreleder"."""
    k = i
    while k > floor and clean[k - 1].casefold() in _LINK_ADVERBS:
        k -= 1
    if k == i:
        return i
    aux = next((len(a) for a in _AUX_WORDS if k - len(a) >= floor
                and tuple(c.casefold() for c in clean[k - len(a):k]) == a), 0)
    return k - aux


_POSSESSIVES = word_set("statement_words", "possessives")


def _possessive(word: str) -> bool:
    """A lower-case genitive ("selskapets", "rådets") or a possessive pronoun ("vår") before a role."""
    return word.casefold() in _POSSESSIVES or (word.islower() and word.isalpha() and len(word) >= 5
                                               and word.endswith("s"))


def opens_until(clean: list[str], lo: int) -> bool:
    """Whether the sentence holding token ``lo`` opens "Fram til <a meeting or date>"."""
    start = next((i + 1 for i in range(lo - 1, -1, -1) if clean[i] in SENTENCE_END
                  and not (i and clean[i - 1].isdigit())), 0)
    words = [c.casefold() for c in clean[start:lo] if c][:4]
    return len(words) >= 3 and tuple(words[:2]) in _UNTIL_OPENING and words[2] not in _NOT_UNTIL \
        and words[2:4] != ["i", "dag"]


def is_former(clean: list[str], lo: int, hi: int) -> bool:
    """Whether the mention over tokens ``lo:hi`` names a role held before, not now; a list the
    leaving name closes leaves with it ("Styremedlemmene A, B og C gikk ut av styret")."""
    if _leaves_with_last(clean, hi):
        return True
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
    text = " ".join(after)
    return bool(_FORMER_AFTER.match(text)) or bool(_CLOSED_TERM.match(text)) \
        and any(c.casefold() in _PAST_LINKS for c in clean[lo:hi])


def _leaves_with_last(clean: list[str], hi: int) -> bool:
    """"og C gikk ut av styret" after a listed name at ``hi``: the list's last name, which the list
    reader leaves to the leaving phrase, and the leaving is the whole list's."""
    k = hi  # "og" right after the name: after a comma it opens a clause of its own
    if k >= len(clean) or clean[k].casefold() not in ("og", "and"):
        return False
    last = leading_name(clean, k + 1)
    if last is None or last.start != k + 1 or last.end < len(clean) and not clean[last.end]:
        return False  # "og D (berre fram til juni)": an aside in brackets or after a comma is D's own
    after = []
    for c in clean[last.end:last.end + FORMER_WINDOW]:
        if c == ".":
            break
        if c:
            after.append(c.casefold())
    return bool(_FORMER_AFTER.match(" ".join(after)))


# "Ola Dahl, som var styreleder fra 1989 til 1998": a past link and a term closed by a year.
_CLOSED_TERM = re.compile(r"(?:fra|frå|from)\s+(?:1[89]|20)\d\d\s+(?:til|to|-|–)\s+(?:1[89]|20)\d\d\b")
_PAST_LINKS = frozenset({"var", "vart", "was"})


_STAYING = phrases("statement_words", "staying")


def staying_before(clean: list[str], body_start: int) -> bool:
    """Whether a phrase of staying on ends just before the board word at ``body_start`` ("Leder
    X og kasserer Y fortsetter alle i | styret"): the names of its sentence are the board's."""
    words = tuple(c.casefold() for c in clean[:body_start])
    return any(words[len(words) - len(phrase):] == phrase for phrase in _STAYING)


def leaving_before(clean: list[str], body_start: int) -> int | None:
    """Index where a leaving phrase ending just before the board word at ``body_start`` starts
    ("Kari Nordmann gikk ut av | styret"), or None."""
    words = [c.casefold() for c in clean[:body_start]]
    for phrase in LEAVING:
        n = len(phrase)
        if tuple(words[-n:]) == phrase:
            return body_start - n
    return None


# Nouns between "i" and an organisation's name: "styret i selskapet Fjordvik AS"; the first
# ones always name another company ("styret i datterselskapet Fjordvik Eiendom AS").
OTHER_COMPANY_NOUNS = frozenset({"datterselskapet", "datterselskap", "dotterselskapet", "morselskapet",
                                 "eierselskapet", "søsterselskapet", "systerselskapet"})
ORG_NOUNS = OTHER_COMPANY_NOUNS | {"selskapet", "foreningen", "forbundet", "stiftelsen", "kommunen", "bedriften",
                                   "laget", "klubben"}
# A compound of these names another body ("bransjeforeininga", "regionlaget", "fylkesutvalet"):
# the report calls its own organisation by the bare noun ("foreningen", "laget").
_BODY_ENDINGS = ("foreningen", "foreninga", "foreininga", "forbundet", "laget", "lagene", "laga", "rådet",
                 "utvalget", "utvalet", "nemnda", "selskapet", "organisasjonen", "sentralen", "senteret")


def other_body_noun(word: str) -> bool:
    """'bransjeforeininga', 'regionlaget': a lower-case compound naming another body."""
    word = word.removesuffix("s")  # "bransjeforeningens regionlag"
    return word.islower() and any(word.endswith(e) and len(word) >= len(e) + 3 for e in _BODY_ENDINGS)


# In the link between a name and a role they say the role is new this year.
# "Siri Bø trådte inn som styremedlem", "rykket opp fra styremedlem til nestleder": the seat taken now
NEW_WORDS = word_set("statement_words", "new_words")
ACTING_ASIDES = word_set("statement_words", "acting_asides")
