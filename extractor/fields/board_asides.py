"""What stands between a listed name and its role and is neither: the member's home place
("Arne Tveiten, Lundset, leder"; "Osvald Løberg, Snåsa; Knut Krogstad, Stjørdal og ..."), a
seat in the bracket the role closes ("Lena Kjøbli (NMBU, vara)"), the body that appointed a
listed member ("A, oppnevnt av brukerrådet, og B"; "A (brukerrådet) og B") and a listed member's
own role in brackets ("A (leder), B og C" under "Styremedlemmer"). ``board_names`` reads past them.
"""
from __future__ import annotations

from dataclasses import replace

from extractor.fields.board_mentions import Line
from extractor.fields.people import first_name_evidence
from extractor.nlp.role_spans import BOARD_CODES, Role, RoleSpan
from extractor.nlp.vocab import scope_words

AFFILIATION_WORDS = 4  # capitalised words of a seat or owner between a name and its role
APPOINTER_WORDS = 6  # words of ", oppnevnt av de ansattes organisasjoner" after a listed name


def before_open_bracket(line: Line, floor: int, end: int) -> int:
    """Before "(NMBU," when the role closes the bracket: "Lena Kjøbli (NMBU, vara)", the member's
    seat and role in one bracket after the name; ``end`` otherwise."""
    k = end
    while k > floor and end - k < AFFILIATION_WORDS and line.tokens[k - 1].text != "(" \
            and (line.words[k - 1][:1].isupper() or not line.words[k - 1]):
        k -= 1
    if k == end or k <= floor or line.tokens[k - 1].text != "(":
        return end
    k -= 1
    while k > floor and not line.words[k - 1]:
        k -= 1
    return k


AFFILIATION_ENDS = frozenset({"kommune", "fylkeskommune", "herad", "fylke"})  # "Nordby kommune": an owner


def before_home_place(line: Line, floor: int, end: int) -> int:
    """Before ", Lundset" between a listed name and its role ("Arne Tveiten, Lundset, leder", "Kari
    Dahl, Elvå , kasserer": where the member lives); ``end`` otherwise. The place is one capitalised
    word that is no known first name, after a comma and a name of two words or more; or a
    municipality the member comes from ("Kari Dahl, Eikeland kommune, styreleder")."""
    words, k = line.words, end - 1
    if k - 3 >= floor and words[k] in AFFILIATION_ENDS:
        k -= 1
        while k - 3 >= floor and words[k - 1][:1].isupper() and end - k < AFFILIATION_WORDS:
            k -= 1  # "Nord-Fron kommune", "Indre Fosen kommune"
        if words[k][:1].isupper() and not words[k - 1] and line.tokens[k - 1].text == "," \
                and words[k - 2][:1].isupper() and words[k - 3][:1].isupper():
            return k - 1
        return end
    if k - 3 < floor or not words[k][:1].isupper() or not words[k].replace("-", "").isalpha() \
            or first_name_evidence(words[k]) == "known" or words[k - 1] or line.tokens[k - 1].text != ",":
        return end
    if not (words[k - 2][:1].isupper() and words[k - 3][:1].isupper()):
        return end
    return k - 1


OCCUPATION_WORDS = 4  # lower-case words of ", baker i bakeriet," between a member and an employees' phrase


def before_occupation(line: Line, floor: int, end: int) -> int:
    """Before ", baker" between a listed name and the employees' phrase that marks it ("Ola Nes,
    baker, valgt av og blant de ansatte": the member's own job, then how the seat was won); ``end``
    otherwise. The job is up to OCCUPATION_WORDS lower-case words after a comma and a capitalised
    name, with no role among them (a workplace's noun may stand there: "ved avdeling nord");
    "alle"/"begge" there speak of several names (``collective_words``)."""
    words, k = line.words, end
    while k > floor and end - k < OCCUPATION_WORDS and words[k - 1].isalpha() and words[k - 1].islower():
        k -= 1
    if k == end or k - 2 < floor or words[k - 1] or line.tokens[k - 1].text != "," \
            or not words[k - 2][:1].isupper() or words[k].casefold() in scope_words()["collective_words"] \
            or any(k <= s.start < end and _stops_list(s.role) for s in line.roles):
        return end  # "styremedlem i X", "varamedlem": a role there is the name's own
    return k - 1


def past_list_place(line: Line, i: int, limit: int) -> int:
    """Past ", Snåsa" after a listed name when a separator follows ("Osvald Løberg, Snåsa; Knut Krogstad,
    Stjørdal og Kjellrun Landfald, Verdal": where each lives); ``i`` otherwise."""
    k = i + 1
    if k >= limit or line.tokens[i].text != "," or not line.words[k][:1].isupper() \
            or not line.words[k].replace("-", "").isalpha() or first_name_evidence(line.words[k]) == "known":
        return i
    after = k + 1
    separated = after == limit or line.tokens[after].text in (";", ",") or line.words[after].casefold() == "og"
    return after if separated else i


APPOINTER_NAME_WORDS = 3  # "oppnevnt av Øvre Nordvik sokneråd": the most name words between "av" and the body


def appointer_span(line: Line, span: RoleSpan) -> bool:
    """A body or a union named as who appointed the name before it ("oppnevnt av brukerrådet",
    "(brukerrådet)", "(Fagforbundet)"), not a role of its own that a list would stop at."""
    k = span.start
    union = span.role.kind == "NOT_BOARD" and span.role.code == "UNION"  # "A (Fagforbundet) og B"
    if not (span.role.kind == "BODY" or union) or span.role.code == "BOARD" or k < 2:
        return False
    if line.tokens[k - 1].text == "(" and bool(line.words[k - 2]) or appointed_at(line, k - 2):
        return True
    # "oppnevnt av Nordvik menighetsråd": a place or a name of capitalised words before the body
    j = k
    while j > 2 and k - j < APPOINTER_NAME_WORDS and line.words[j - 1][:1].isupper():
        j -= 1
        if appointed_at(line, j - 2):
            return True
    return False



def appointed_at(line: Line, k: int) -> bool:
    """An appointing verb and its "av"/"fra" at token ``k`` ("oppnevnt av", "utnevnt frå")."""
    return k + 1 < len(line.words) and line.words[k].casefold() in scope_words()["appointing_verbs"] \
        and line.words[k + 1].casefold() in ("av", "fra", "frå")


def past_appointer(line: Line, i: int, limit: int) -> int:
    """Past ", oppnevnt av brukerrådet" after a listed name when a separator follows ("A, oppnevnt
    av brukerrådet, og B, oppnevnt av ..."); ``i`` otherwise. "valgt av de ansatte" is not passed:
    it marks the member, and the list reader stops there as before."""
    words = line.words
    if i + 2 >= limit or line.tokens[i].text != "," or not appointed_at(line, i + 1):
        return i
    for k in range(i + 3, min(limit, i + 3 + APPOINTER_WORDS) + 1):
        if k == limit or line.tokens[k].text in (",", ";") or words[k].casefold() == "og":
            return k
    return i


def past_constituency(line: Line, i: int, limit: int) -> int:
    """Past ", for de ansatte," between a list's separator and the next name ("Varamedlemmer har vært
    Siri Holm og, for de ansatte, Bjørn Lia": whose deputy that name is), or past "for de ansatte"
    with the name right after it ("Varamedlemmer: Siri Holm og Ole Dahl, for de ansatte Bjørn Lia");
    ``i`` otherwise."""
    k = i + (i < limit and line.tokens[i].text == ",")
    if k + 2 >= limit or line.words[k].casefold() not in ("for", "fra", "frå"):
        return i
    words = scope_words()["elected_by_employees"]
    for j in range(k + 2, min(limit, k + 5)):
        who = " ".join(w.casefold() for w in line.words[k + 1:j])
        if line.tokens[j].text == ",":
            return j + 1 if who in words else i
        if who in words and line.words[j][:1].isupper():
            return j  # the phrase's own words are lower case: a capital after it opens the name
    return i


CONSTITUENCY_WORDS = 4  # words of "for generalforsamlingens medlemmer" after a listed name
_DETERMINERS = frozenset({"de", "dei", "den", "det"})


def trailing_constituency(line: Line, i: int, limit: int) -> tuple[int, bool] | None:
    """(where it ends, whether it names the employees) of "for <constituency>" at ``i`` right after
    a listed name ("A for generalforsamlingens medlemmer og B for de ansatte", nn "A for eigarane og
    B for dei tilsette": whose deputy each is); None for anything else ("for to år")."""
    if i >= limit or line.words[i].casefold() != "for":
        return None
    k = i + 1
    while k < limit and k - i <= CONSTITUENCY_WORDS and line.words[k].casefold() not in ("og", "&", "and") \
            and line.tokens[k].text not in (",", ";", ".", ")"):
        k += 1
    phrase = [w.casefold() for w in line.words[i + 1:k] if w]
    if phrase and phrase[0] in _DETERMINERS:
        phrase = phrase[1:]
    if not phrase or k - i > CONSTITUENCY_WORDS:
        return None
    kinds = scope_words()["deputy_constituencies"]
    if phrase[0] in kinds["employees"]:
        return k, True
    return (k, False) if phrase[0] in kinds["others"] else None


def bracketed_qualifier(line: Line, span: RoleSpan) -> bool:
    """An employee qualifier alone in brackets right after a name ("A (ansattvalgt) og B
    (eiervalgt)"): the name's before it, not a role a list stops at."""
    k = span.start
    return span.role.kind == "EMPLOYEE_ELECTED" and k >= 2 and line.tokens[k - 1].text == "(" \
        and bool(line.words[k - 2]) and span.end < len(line.tokens) and line.tokens[span.end].text.startswith(")")


def _stops_list(role: Role) -> bool:
    """A role a list of names stops at: any but a body's name, the board's own included."""
    return role.kind != "BODY" or role.code == "BOARD"


def constituency_span(line: Line, span: RoleSpan) -> bool:
    """The employees named in a list as the next name's constituency (``past_constituency``), no
    role a list would stop at; any span inside "for <constituency>" after a listed name ("A for
    generalforsamlingens medlemmer og B", in brackets too: "A (for de eiervalgte medlemmene) og B":
    ``trailing_constituency``)."""
    opening = next((k for k in range(span.start - 1, max(0, span.start - CONSTITUENCY_WORDS) - 1, -1)
                    if line.words[k].casefold() == "for"), None)
    found = trailing_constituency(line, opening, len(line.tokens)) if opening else None
    named = opening - 1 - (line.tokens[opening - 1].text == "(") if opening else -1  # "A (for de eiervalde) og B"
    end = span.end - (line.tokens[span.end - 1].text == ")")  # a span may take the closing bracket in
    if found is not None and found[0] >= end and named >= 0 and line.words[named][:1].isupper():
        return True
    if _stops_list(span.role):
        return False
    start = next((k for k in range(span.start - 1, max(-1, span.start - 4), -1) if line.tokens[k].text == ","), None)
    return start is not None and past_constituency(line, start, len(line.tokens)) > start


_OWN_GENITIVES = frozenset({"styrets", "styrest"})  # "(styrets leder)": the board's own chair


def bracketed_role(line: Line, i: int) -> RoleSpan | None:
    """The board role in the brackets at ``i`` after a listed name ("Kari Dahl (leder), Ola
    Hansen ...", "(styrets leder)"): that member's own role inside a list under another."""
    toks = line.tokens
    if i >= len(toks) or toks[i].text != "(":
        return None
    k = i + 1 + (i + 1 < len(toks) and line.words[i + 1].casefold() in _OWN_GENITIVES)
    span = next((s for s in line.roles if s.start in (i, i + 1, k)), None)  # the span may take the bracket in
    if span is None or span.role.kind != "ROLE" or span.role.code not in BOARD_CODES:
        return None
    closed = toks[span.end - 1].text.startswith(")") or span.end < len(toks) and toks[span.end].text.startswith(")")
    return span if closed else None


def bracket_end(line: Line, span: RoleSpan) -> int:
    """Past the closing bracket of a ``bracketed_role``."""
    return span.end if line.tokens[span.end - 1].text.startswith(")") else span.end + 1


def constituency_label(line: Line, spans: list[RoleSpan], n: int) -> Role | None:
    """The role of a list before a label naming the employees as a constituency ("Varamedlemmer: A
    og B. For de ansatte: C", nn "Varamedlem: A. For dei tilsette: B"): the employees' seat of that
    role, which the names after the label hold; None for any other span."""
    span = spans[n]
    opening = next((k for k in range(span.start - 1, max(-1, span.start - 3), -1)
                    if line.words[k].casefold() == "for"), None)
    if opening is None or span.end >= len(line.tokens) or line.tokens[span.end].text != ":" \
            or opening and line.tokens[opening - 1].text not in (".", ";", ","):
        return None
    found = trailing_constituency(line, opening, span.end)
    if found is None or not found[1]:
        return None
    listed = next((s for s in reversed(spans[:n]) if s.role.kind == "ROLE"), None)
    if listed is None or listed.role.code not in ("MEDL", "VARA"):
        return None
    return replace(listed.role, employee=True)
