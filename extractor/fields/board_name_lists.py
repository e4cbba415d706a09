"""The names listed with a role's first one on a line: after it ("Varamedlemmer: Ola Hansen, Kari
Dahl og Per Lund", past footnote markers, remarks in brackets, a listed name's own role, home places and
appointers) and before it ("Randi Bakke og Terje Dahl er styremedlemmer"); ``board_names`` finds the first.
"""
from __future__ import annotations

from extractor.fields.board_asides import (appointer_span, bracket_end, bracketed_qualifier, bracketed_role, past_appointer,
                                          past_constituency, past_list_place, trailing_constituency)
from extractor.fields.board_mentions import Line
from extractor.fields.board_names import REMARK_TOKENS, explicit, footnote_end, past_ordinal, plural_role, skip_titles
from extractor.fields.board_statements import LINK_WORDS
from extractor.fields.people import NameMatch, leading_name, trailing_name
from extractor.nlp.role_spans import RoleSpan
from extractor.nlp.vocab import scope_words


def listed_after(line: Line, found: NameMatch, limit: int, stop: frozenset[str], run_on: bool = False,
                 asides: set[int] | None = None) -> list[NameMatch]:
    """More names after the first, for one role: "Varamedlemmer: Ola Hansen, Kari Dahl og Per Lund";
    ``run_on``: also names with nothing between ("Varamedlemmer: Ola Hansen Kari Dahl", a list
    under a plural label that a layout ran into one line). ``asides`` collects the start of each
    name that a constituency aside leads to ("Siri Holm og, for de ansatte, Bjørn Lia":
    ``past_constituency``)."""
    more: list[NameMatch] = []
    last = found
    while last.end < limit:
        end = footnote_end(line, last.end)
        own = bracketed_role(line, end)
        end = bracket_end(line, own) if own is not None and own.end <= limit else end  # "Kari Dahl (leder), ...": hers
        if (stands_for := _constituency_after(line, end, limit)) is not None:  # "A for eigarane og B for dei tilsette"
            end = stands_for[0]
            if stands_for[1] and asides is not None:
                asides.add(last.start)
        nxt = past_appointer(line, past_list_place(line, remark_end(line, end, limit), limit), limit)
        if nxt >= limit:
            break
        if line.words[nxt].casefold() in ("og", "&", "and") or line.tokens[nxt].text in (",", "/", ";"):
            nxt += 1
        elif not (run_on and line.words[nxt]):
            break
        if nxt < limit and line.words[nxt].casefold() in ("og", "&", "and"):
            nxt += 1  # "Ola Hansen, og Kari Dahl"
        passed = past_constituency(line, nxt, limit)  # "Siri Holm og, for de ansatte, Bjørn Lia"
        after_aside = passed if passed != nxt else None
        nxt = past_ordinal(line, passed, limit)
        name = leading_name(line.words[:limit], skip_titles(line.words, nxt, limit), stop)
        if name is None or name.first_name == "unknown" and not _known_name_next(line, name.end, limit, stop):
            break  # an unknown first name only between listed names ("Kari Dahl, Ralph Moe og Ola Lie")
        rest = remark_end(line, footnote_end(line, name.end), limit)  # past "(ny)": a remark, no link
        between = [w.casefold() for w in line.words[rest:limit] if w]
        if rest < limit and all(w in LINK_WORDS for w in between) and (between or not _names_next(line, limit, stop)):
            break  # "..., og Ola Hansen er nestleder", "..., Ola Hansen, styremedlem": the name goes with the next role
        after = footnote_end(line, name.end)
        while after < limit and not line.words[after]:
            after += 1
        if after == limit < len(line.words) and not _qualifier_at(line, limit) and not _heads_list(line, limit) \
                and not _names_next(line, limit, stop):
            break  # "..., Ola Hansen, styremedlem": that name belongs to the next role, unless a name follows it
        more.append(name)
        if asides is not None and name.start == after_aside:
            asides.add(name.start)
        last = name
    return more


def _constituency_after(line: Line, end: int, limit: int) -> tuple[int, bool] | None:
    """``trailing_constituency`` right after a listed name, or in brackets there ("A (for de
    eiervalgte medlemmene) og B (for de ansatte)", "A (ansattvalgt) og B"): where it ends (past the
    bracket), whether it names the employees."""
    if end < limit and line.tokens[end].text == "(":
        if (span := next((s for s in line.roles if s.start == end + 1), None)) is not None \
                and bracketed_qualifier(line, span) and span.end < limit:
            return span.end + 1, True  # "A (ansattvalgt) og B": the employees chose A
        found = trailing_constituency(line, end + 1, limit)
        if found is None or found[0] >= limit or line.tokens[found[0]].text != ")":
            return None
        return found[0] + 1, found[1]
    return trailing_constituency(line, end, limit)


def _known_name_next(line: Line, i: int, limit: int, stop: frozenset[str]) -> bool:
    """Whether a list separator at ``i`` is followed by a name with a known first name."""
    if i >= limit or not (line.tokens[i].text == "," or line.words[i].casefold() in ("og", "&", "and")):
        return False
    k = i + 1 + (i + 1 < limit and line.words[i + 1].casefold() in ("og", "&", "and"))
    name = leading_name(line.words[:limit], k, stop)
    return name is not None and name.start == k and name.first_name == "known"


def _names_next(line: Line, start: int, stop: frozenset[str]) -> bool:
    """Whether the role starting at ``start`` is followed right away by a name of its own: "...
    styremedlemmer A og B, varamedlem C", an enumeration of roles each before its names."""
    span = next((s for s in line.roles if s.start == start), None)
    if span is None or span.role.kind != "ROLE":
        return False
    name = leading_name(line.words, span.end, stop)
    return name is not None and name.start == span.end


def listed_before(line: Line, found: NameMatch, floor: int, span: RoleSpan, stop: frozenset[str]) -> list[NameMatch]:
    """More names before the first, for a role stated after them: "Randi Bakke og Terje Dahl er
    styremedlemmer", "Geir Rønning og Turid Hagen er vara", "A og B var ikkje på val"."""
    between = [w.casefold() for w in line.words[found.end:span.start] if w]
    # a role phrase that opens with its verb ("... var ikkje på val", "... fortsetter i styret")
    predicate = span.end - span.start > 1 and line.words[span.start].casefold() in LINK_WORDS
    # nn "Gunnar Indre og Rune Slette, styremedlemer": names joined by "og" before a plural role
    joined = not between and plural_role(line, span) and found.start - 1 > floor \
        and line.words[found.start - 1].casefold() in ("og", "&")
    if not between and not joined and (pair := employees_pair(line, found, 0, span, stop)):
        return [pair]
    if not (between or predicate or joined) or not all(w in LINK_WORDS for w in between):
        return []
    opening = line.tokens[found.end].text if found.end < len(line.tokens) else ""
    if between[:1] == ["som"] and opening == "," \
            or opening == "(" and (span.role.kind == "EMPLOYEE_ELECTED" or not plural_role(line, span)):
        return []  # "A, B og C, som er valt av dei tilsette", "... og C (ansattvalgt)": the last name's alone
    more: list[NameMatch] = []
    first = found
    while first.start - 1 > floor:
        end = first.start - 1
        if not (line.tokens[end].text == "," or line.words[end].casefold() in ("og", "&")):
            break
        name = trailing_name(line.words[floor:end], end - floor, stop)
        if name is None or name.first_name == "unknown":
            break
        first = NameMatch(name.name, name.start + floor, name.end + floor, name.first_name)
        more.insert(0, first)
    return more


def employees_pair(line: Line, found: NameMatch, floor: int, span: RoleSpan, stop: frozenset[str]) -> NameMatch | None:
    """The first of two names joined by "og" that a group of their own opens (after ", og", a colon
    or the line's start) before the employees' participle: "..., og Per Lid og Rune Dahl, valgt av
    de ansatte" are both the employees'; in "A, B og C, valgt av de ansatte" the list's last name
    stays alone (whose the phrase is, is not told)."""
    chosen = tuple(scope_words()["adopted_words"])  # "valgt av de ansatte", "ansattvalgte": number-free
    if span.role.kind != "EMPLOYEE_ELECTED" or not line.words[span.start].casefold().endswith(chosen) \
            and not line.words[span.end - 1].casefold().endswith(chosen):
        return None
    k = found.start - 1
    if k <= floor or line.words[k].casefold() not in ("og", "&"):
        return None
    name = trailing_name(line.words[floor:k], k - floor, stop)
    if name is None or name.first_name == "unknown":
        return None
    start = name.start + floor
    opens = start == floor or line.tokens[start - 1].text == ":" or line.words[start - 1].casefold() == "og" \
        and start - 2 >= floor and line.tokens[start - 2].text == ","
    return NameMatch(name.name, start, name.end + floor, name.first_name) if opens else None


DEPUTY_FOR_WORDS = frozenset({"for"})  # "(for Kari Dahl)": whose personal deputy
DEPUTY_FOR_TOKENS = 11  # "for", two names of up to four words and "og"


def remark_end(line: Line, i: int, limit: int) -> int:
    """Past a short remark in parentheses with no role in it at ``i`` ("Reidun Aas (for Lars
    Grøtting), Terje Bolme ...", "Kjetil Orre (Sp), ..."; whose deputy, two members at most), or ``i``."""
    toks = line.tokens
    if i >= limit or toks[i].text != "(":
        return i
    # a personal deputy's members may be two ("Ola Lie (for Kari Aasen Dahl og Per Moen), ...")
    span = DEPUTY_FOR_TOKENS if i + 1 < limit and toks[i + 1].text.casefold() in DEPUTY_FOR_WORDS else REMARK_TOKENS
    close = next((k for k in range(i + 1, min(limit, i + span + 2)) if toks[k].text.startswith(")")), None)
    if close is None or any(i < s.start < close and not appointer_span(line, s) for s in line.roles):
        return i
    return close + 1


def _heads_list(line: Line, start: int) -> bool:
    """Whether the role span at ``start`` heads the names after it ("Varamedlemmer:")."""
    return any(s.start == start and explicit(line, s)[0] for s in line.roles)


def _qualifier_at(line: Line, start: int) -> bool:
    """Whether the role span at ``start`` is an employee qualifier ("Randi Haugen (ansatte)")."""
    return any(s.start == start and s.role.kind == "EMPLOYEE_ELECTED" for s in line.roles)
