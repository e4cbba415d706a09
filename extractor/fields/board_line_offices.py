"""A line's role spans joined into the offices they name: a group leader's two spans made one club
function ("leder skigruppa"), a chair's and a member's office held by one person ("Nestleder/sekretær"),
a deputy and the office it stands in for ("Personleg vara nestleiar", "Personal Deputy Chairperson"),
a role for the employees ("Varamedlem for dei tilsette"); and an acting office ("Leiar (fungerande)").
"""
from __future__ import annotations

from dataclasses import replace

from extractor.fields.board_mentions import Line
from extractor.fields.board_names import past_aside, plural_role
from extractor.fields.board_statements import ACTING_ASIDES
from extractor.nlp.role_spans import BOARD_CODES, CHAIRS, Role, RoleSpan
from extractor.nlp.vocab import scope_words

# the noun after "ansattvalgt"/"tilsettvald" in "ansattvalgt representant, vara"
_MEMBER_NOUNS = frozenset({"representant", "styremedlem", "medlem", "representative", "member"})


def join_groups(line: Line, spans: list[RoleSpan] | None = None) -> list[RoleSpan]:
    """The line's role spans (or ``spans``, a column's), a group leader's two spans made one club
    function: "leder skigruppa", "Leiar i fotballgruppa:" is a member of the main board, never its chair."""
    out: list[RoleSpan] = []
    for span in line.roles if spans is None else spans:
        prev = out[-1] if out else None
        between = [w.casefold() for w in line.words[prev.end:span.start] if w] if prev else None
        if prev and span.role.code == "GROUP" and prev.role.code in ("LEDE", "NEST") and between in ([], ["i"], ["for"]):
            out[-1] = RoleSpan(prev.start, span.end, Role("FUNCTION", "MEDL"))
        elif prev and between in (["fungerende"], ["fungerande"]) and "/" in "".join(
                t.text for t in line.tokens[prev.end:span.start]):
            out[-1] = RoleSpan(prev.start, span.end, prev.role)  # "nestleder/fungerende leder": the office held
        elif prev and between in ([], ["og"], ["&"]) and _one_office(line, prev, span):
            # "Nestleder/sekretær:", "kom inn som styremedlem og nestleiar": one person, the chair's office
            chair = prev if prev.role.code in CHAIRS else span
            out[-1] = RoleSpan(prev.start, span.end, chair.role)
        elif prev and between == ["til"] and prev.start and line.words[prev.start - 1].casefold() in ("fra", "frå") \
                and prev.role.kind == span.role.kind == "ROLE":
            out[-1] = RoleSpan(prev.start, span.end, span.role)  # "rykket opp fra styremedlem til nestleder"
        elif _personal_deputy(line, prev, span):  # "Personal Deputy Chairperson": "Personal" read as staff
            staff = prev is not None and prev.role.kind == "BODY" and prev.end <= span.start
            deputy = RoleSpan(prev.start if staff else span.start, span.end, Role("ROLE", "VARA"))
            out[-1:] = [deputy] if staff else [*out[-1:], deputy]
        elif prev and _deputy_of(line, prev, span, between):
            # "Personleg vara styreleiar", "ansattvalgt representant, vara": a deputy, the office or
            # constituency it stands in for; an employee-elected deputy stays employee-elected
            employee = prev.role.kind == "EMPLOYEE_ELECTED" or prev.role.employee or span.role.employee
            out[-1] = RoleSpan(prev.start, span.end, Role("ROLE", "VARA", employee=employee))
        elif prev and span.role.kind == "ROLE" and past_aside(line, prev.end, len(line.tokens)) == span.end + 1:
            out[-1] = RoleSpan(prev.start, span.end, prev.role)  # "Dagleg leiar (hamnesjef)": one office
        elif prev and prev.role.code in BOARD_CODES and between[:1] == ["for"] \
                and _names_employees(line, prev, span):  # "Varamedlem for dei tilsette:"
            out[-1] = RoleSpan(prev.start, span.end, replace(prev.role, employee=True))
        else:
            out.append(span)
    return out


def _one_office(line: Line, first: RoleSpan, second: RoleSpan) -> bool:
    """Two singular role words for one person: a chair or deputy chair and a member's office
    (styremedlem, sekretær, kasserer), in either order; never a plural list label ("Styreleder og
    styremedlemmer: ...") or two chairs of a header row."""
    codes = {first.role.code, second.role.code}
    return len(codes & set(CHAIRS)) == 1 and "MEDL" in codes and not first.role.employee and not second.role.employee \
        and not plural_role(line, first) and not plural_role(line, second)


def _personal_deputy(line: Line, prev: RoleSpan | None, span: RoleSpan) -> bool:
    """"Personal Deputy Chairperson", "Personal deputy Vice-Chairperson": English words before a
    chair's or member's role that make it the office's personal deputy."""
    if span.role.code not in ("LEDE", "NEST", "MEDL", "VARA") or span.role.kind != "ROLE":
        return False
    floor = (prev.start if prev.role.kind == "BODY" else prev.end) if prev else 0  # "Personal" may read as staff
    before = " ".join(w.casefold() for w in line.words[floor:span.start] if w)
    own = line.words[span.start].casefold()
    return any(before.endswith(words) and (words != "personal" or own == "deputy")
               for words in scope_words()["personal_deputy_words"]) and (before.endswith("deputy") or own == "deputy")


def _deputy_of(line: Line, first: RoleSpan, second: RoleSpan, between: list[str]) -> bool:
    """A singular deputy's role and the office it stands in for, side by side ("Personleg vara
    nestleiar", "vara styreleder"), or an employee-elected member's role then "vara"
    ("ansattvalgt representant, vara"): one deputy, not two roles."""
    if plural_role(line, first) or plural_role(line, second):
        return False
    if first.role.code == "VARA" and second.role.kind == "ROLE" and second.role.code in ("LEDE", "NEST", "MEDL"):
        # "(NMBU, vara), leder Guro Lind": a bracket or comma between ends the deputy's remark
        return not between and not any(t.text in (")", ",") for t in line.tokens[first.end:second.start])
    return second.role.code == "VARA" and (first.role.kind == "EMPLOYEE_ELECTED" or first.role.employee) \
        and first.role.code in (None, "MEDL") and set(between) <= _MEMBER_NOUNS


def _names_employees(line: Line, role: RoleSpan, span: RoleSpan) -> bool:
    """Whether the words after "for" up to the end of ``span`` name the employees as a
    constituency ("Varamedlem for dei tilsette", "for de ansatte")."""
    text = " ".join(w.casefold() for w in line.words[role.end + 1:span.end] if w)
    return span.role.kind == "BODY" and text in scope_words()["elected_by_employees"]


def acting_aside(line: Line, span: RoleSpan) -> bool:
    """ "Leiar (fungerande):", "Leder (konstituert)": the listing gives the role held now."""
    k = span.end
    return k + 2 < len(line.tokens) and line.tokens[k].text == "(" \
        and line.words[k + 1].casefold().rstrip(".") in ACTING_ASIDES and line.tokens[k + 2].text.startswith(")")
