"""Changes to the board in the year told of a name with no role word beside it: a member whose term
ended ("Kari Dahl ba om fritak fra 1. juli", "Per Lie trakk seg i mai", nn "bad om fritak frå") and
a deputy who took a member's seat ("Siri Vik rykket opp i styret", "Siri Vik tok over plassen etter
Kari Dahl", nn "gjekk inn i styret"; past an aside on the role held before and one adverb: "Siri Vik, som
var første varamedlem, rykket da opp i styret"). A role word beside the name is the line reader's
(``board_lines``: "Styremedlem Kari Dahl døde i mai", "rykket opp som fast medlem"); the words are
``statement_words``' term_ends, seat_taken and seat_of.
"""
from __future__ import annotations

from extractor.fields.board_mentions import Line, Mention, char_at
from extractor.fields.board_statements import TERM_ENDS, ended_after, phrase_at, stands_alone
from extractor.fields.people import NameMatch, leading_name, trailing_name
from extractor.nlp.role_spans import Role
from extractor.nlp.vocab import phrases, word_set

SEAT_TAKEN = phrases("statement_words", "seat_taken")
_SEAT_OF = phrases("statement_words", "seat_of")  # "... etter Kari Dahl": whose seat it was
# A member's seat, in words that name no board themselves ("rykket opp"): the scope keeps it where
# the text is about the board, as it does "medlem" (board_scope).
TAKEN_SEAT = Role("ROLE", "MEDL", generic=True)
_FIRST_WORDS = frozenset(p[0] for p in (*TERM_ENDS, *SEAT_TAKEN))
_INNER_ADVERBS = word_set("statement_words", "link_inner_adverbs")  # "rykket da opp i styret"
_ASIDE_WORDS = 10  # a relative aside between a name and its verb: "Siri Vik, som var første varamedlem, ..."


def change_mentions(line: Line, reader: str, stop: frozenset[str], listing=None) -> list[Mention]:
    """A name right before words of a term ended (a mention of no role that left) or of a seat
    taken (a member's seat taken anew, and the name after seat_of left)."""
    words = line.words
    out: list[Mention] = []
    for k in range(1, len(words)):
        if words[k].casefold() not in _FIRST_WORDS:
            continue
        ended = ended_after(words, k)
        seat = 0 if ended else seat_taken_at(words, k)
        if not ended and not (seat and stands_alone(words, k + seat)):
            continue
        name = trailing_name(words[:k], k, stop) or _before_aside(line, k, stop)
        if name is None or name.first_name == "unknown":
            continue
        if ended and not any(s.end == name.start for s in line.roles):  # "Styremedlem Kari Dahl døde": the line reader's
            out.append(_mention(line, name, None, reader, listing, left=True))
        elif seat:
            out.append(_mention(line, name, TAKEN_SEAT, reader, listing, new=True))
            if (before := _seat_of(line, k + seat, stop)) is not None:
                out.append(_mention(line, before, None, reader, listing, left=True))
    return out


def seat_taken_at(words: list[str], k: int) -> int:
    """Words of the seat_taken phrase at ``k``, one adverb after its verb passed over ("rykket da
    opp i styret", nn "tok så over plassen"), or 0."""
    size = phrase_at(words, k, SEAT_TAKEN)
    if size or k + 2 >= len(words) or words[k + 1].casefold() not in _INNER_ADVERBS:
        return size
    size = phrase_at([*words[:k + 1], *words[k + 2:]], k, SEAT_TAKEN)
    return size + 1 if size > 1 else 0


def _before_aside(line: Line, k: int, stop: frozenset[str]) -> NameMatch | None:
    """The name before a relative aside that ends right before ``k`` ("Siri Vik, som var første
    varamedlem, rykket opp"): the aside's role is the one held before the verb at ``k``."""
    texts = [t.text for t in line.tokens]
    if k < 3 or texts[k - 1] != ",":
        return None
    for j in range(k - 2, max(0, k - 2 - _ASIDE_WORDS), -1):
        if texts[j] == ",":
            if line.words[j + 1].casefold() != "som":
                return None
            found = trailing_name(line.words[:j], j, stop)
            return found if found is not None and found.first_name != "unknown" else None
        if not line.words[j]:
            return None  # another mark: no aside
    return None


def _seat_of(line: Line, k: int, stop: frozenset[str]) -> NameMatch | None:
    """The name after "etter", "i stedet for" at ``k``: the member whose seat was taken."""
    size = phrase_at(line.words, k, _SEAT_OF)
    if not size:
        return None
    found = leading_name(line.words, k + size, stop)
    return found if found is not None and found.first_name != "unknown" else None


def _mention(line: Line, name: NameMatch, role: Role | None, reader: str, listing, left: bool = False,
             new: bool = False) -> Mention:
    return Mention(name.name, role, reader, line.unit, line.text, name.first_name, listing, stated=role is not None,
                   left=left, new=new, at=char_at(line, name.start))
