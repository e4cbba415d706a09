"""Which names a role on a line pairs with: forward or back from it (``pair``), where a plural
role's list may run to, a listed name's own role in brackets, a chair heading a members' list, a
role linked to the board or to the members it deputises for ("Vara til styret", "Personlige
varamedlemmer for de eiervalgte medlemmene"), and the names a body's label lists ("Styret: ...").
"""
from __future__ import annotations

from dataclasses import dataclass

from extractor.fields.board_asides import appointer_span, bracketed_qualifier, bracketed_role, constituency_span
from extractor.fields.board_mentions import SENTENCE_END, Line
from extractor.fields.board_name_lists import listed_after
from extractor.fields.board_names import (backward, deputy_target, explicit, footnote_end, forward, plural_role,
                                          skip_junk)
from extractor.fields.board_statement_names import apposition_name, historical, pronoun_subject
from extractor.fields.board_statements import link_after, link_before
from extractor.fields.people import NameMatch, leading_name
from extractor.nlp.role_spans import BOARD_CODES, CHAIRS, Role, RoleSpan
from extractor.nlp.vocab import phrases


def list_limit(line: Line, spans: list[RoleSpan], n: int) -> int:
    """Where the names a plural role heads may run to: the next role, past those in brackets
    after a listed name ("Styremedlemmer: Kari Dahl (leder), Ola Hansen og Per Lie", "A (ansattvalgt) og B")."""
    for s in spans[n + 1:]:
        if appointer_span(line, s) or constituency_span(line, s) or bracketed_qualifier(line, s):
            continue
        bracket = next((k for k in range(max(0, s.start - 2), s.start + 1) if line.tokens[k].text == "("), None)
        own = bracketed_role(line, bracket) if bracket else None
        if own is not None and own.start == s.start and line.words[bracket - 1]:
            continue
        return s.start
    return len(line.tokens)


def own_roles_of(line: Line, spans: list[RoleSpan], names: list[NameMatch], done: set[int]) -> dict[int, RoleSpan]:
    """Each listed name's role in brackets after it, by the name's start; those spans are read."""
    out = {}
    for name in names:
        own = bracketed_role(line, footnote_end(line, name.end))
        if own is not None:
            out[name.start] = own
            done.update(k for k, s in enumerate(spans) if s.start == own.start)
    return out


def chair_heading_list(line: Line, spans: list[RoleSpan], n: int, names: list[NameMatch]) -> Role | None:
    """The chair's role for the first name of "Styreleder og styremedlemmer: A, B og C" (a singular
    chair and a plural member label joined by "og" over one list); None otherwise."""
    if not n or len(names) < 2 or names[0].start < spans[n].end:
        return None
    prev, span = spans[n - 1], spans[n]
    between = [w.casefold() for w in line.words[prev.end:span.start] if w]
    if between == ["og"] and prev.role.code in CHAIRS and plural_role(line, span) and not plural_role(line, prev):
        return prev.role
    return None


@dataclass(frozen=True)
class _RoleLink:
    """A role, a link word and a second span that only says what the role's names are of:
    ``codes`` of the role, ``target`` (kinds, code) of the second span (None: any), ``links`` the
    first word between them, at most ``words`` words between."""

    codes: frozenset[str]
    target: tuple[frozenset[str] | None, str | None]
    links: frozenset[str]
    words: int


# "Vara til styret: A og B", "Varamedlemmer i styret:": the names the board lists hold the role
OF_BOARD = _RoleLink(frozenset(BOARD_CODES), (None, "BOARD"), frozenset({"i", "til", "for", "av"}), 1)
# "Personlige varamedlemmer for de eiervalgte medlemmene er A og B", "Deputies for the members are
# ...", nn "Personleg vara for tilsetterepresentanten er A" (a seat named by who chose it): the names
# after it are deputies, not members
DEPUTIES_OF = _RoleLink(frozenset({"VARA"}), (frozenset({"ROLE", "EMPLOYEE_ELECTED"}), None),
                        frozenset({"for", "til", "of", "to"}), 4)


def linked_role(line: Line, spans: list[RoleSpan], n: int, link: _RoleLink) -> Role | None:
    """The role before span ``n`` when ``link`` joins them (see ``_RoleLink``); None otherwise."""
    prev = spans[n - 1] if n else None
    kinds, code = link.target
    if prev is None or prev.role.kind != "ROLE" or prev.role.code not in link.codes \
            or kinds is not None and spans[n].role.kind not in kinds or code is not None and spans[n].role.code != code:
        return None
    between = [w.casefold() for w in line.words[prev.end:spans[n].start] if w]
    return prev.role if between and between[0] in link.links and len(between) <= link.words else None


def pair(line: Line, span: RoleSpan, floor: int, limit: int, stop: frozenset[str],
          prev: RoleSpan | None = None, consumed_to: int = 0):
    """(name, deputy target) for one role span, or (None, None)."""
    explicit_forward, explicit_back = explicit(line, span)
    before = line.tokens[span.start - 1].text if span.start else ""
    # "Kari Nordmann, styreleder" binds back; "..., nestleder Ola Hansen" in a list forward.
    soft_back = before.endswith(",") or before in {"-", "–", "—"} or set(before) == {"."}
    forward_first = explicit_forward or (not explicit_back and not soft_back
                                         and all(not w for w in line.words[floor:span.start]))
    order = (forward, backward) if forward_first else (backward, forward)
    if soft_back and _role_before_bracketed(line, span, limit, stop):
        order = (forward, backward)  # "A (UiT), nestleder B (NTNU)": each name with its seat after it
    deputy = deputy_target(line, span, limit, stop)
    if deputy:  # "Per Lund, varamedlem for Kari Nordmann": the name after is not the deputy
        order = (backward,)
    elif _as_role(line, span, floor):  # "..., meg som leder, Sverre Bø som nestleder": the role is the one before
        order = (backward,)
    for step in order:
        found = step(line, span, limit, stop) if step is forward else step(line, span, floor, stop)
        if found or explicit_forward or explicit_back:
            return found, deputy
    return apposition_name(line, span, prev, consumed_to, stop) or pronoun_subject(line, span, floor, stop), deputy


def _as_role(line: Line, span: RoleSpan, floor: int) -> bool:
    """ "<who> som <role>" within a clause: the role is that of the word before "som" (a name, or
    the writer's "meg"), never of the name after it; "Som leder har Kari ..." opens a sentence,
    also after the one before it ("... nestleder. Som varamedlemmer har A og B vært valgt")."""
    k = span.start - 1
    while k >= floor and not line.words[k]:
        k -= 1
    return k > floor and line.words[k].casefold() == "som" and bool(line.words[k - 1]) \
        and line.words[k - 1] not in SENTENCE_END


def _role_before_bracketed(line: Line, span: RoleSpan, limit: int, stop: frozenset[str]) -> bool:
    """Whether the role stands between two bracketed names, right before the second: "Ellen Dahl
    (UiT), nestleder Kristin Dæhli (NTNU)", a caption's or list's every name with its seat after it."""
    k = span.start - 1  # a comma, not a dash: "(Vestfylket) – nestleiar" binds back
    if k < 1 or line.tokens[k].text != "," or line.tokens[k - 1].text != ")":
        return False
    after = forward(line, span, limit, stop)
    return after is not None and after.start == span.end and after.end < len(line.tokens) \
        and line.tokens[after.end].text == "("


def span_floor(line: Line, spans: list[RoleSpan], n: int, consumed_to: int) -> int:
    """Where the words that may belong to span ``n`` start: after the span before it, or before
    that when the span before is the board inside a link ("Per Lund sit i styret som
    tilsetterepresentant")."""
    prev = spans[n - 1] if n else None
    if prev is not None and prev.role.kind == "BODY" and prev.role.code == "BOARD":
        lower = max(consumed_to, spans[n - 2].end if n >= 2 else 0)
        if link_before(line.words, spans[n].start, lower) <= prev.start:
            return lower
    return max(consumed_to, prev.end if prev else 0)


def body_list(line: Line, span: RoleSpan, limit: int, stop: frozenset[str], linked: bool = False,
              asides: set[int] | None = None) -> list[NameMatch]:
    """Names after "Styret:" or "Valgkomité:" on one line; ``linked``: a role before the board
    ("Varamedlem til styret"), so a link after it leads to names as well ("... er Kari Dahl");
    ``asides`` as ``listed_after``'s."""
    start = link_after(line.words, span.end, limit) if linked else span.end
    seated = not linked and start == span.end and _seated_at(line, span)
    if seated:
        start += seated
    elif start == span.end and not explicit(line, span)[0]:
        return []
    first = leading_name(line.words[:limit], skip_junk(line, start, limit) if start == span.end else start, stop)
    if first is None or first.first_name == "unknown":
        return []
    names = [first, *listed_after(line, first, limit, stop, asides=asides)]
    if seated and not _ends_sentence(line, names[-1].end):
        return []  # "I styret sitter Kari Dahl som leder": the role after the names is theirs
    return [n for n in names if not historical(line, n.end)]


_SEATED = phrases("statement_words", "seated")


def _seated_at(line: Line, span: RoleSpan) -> int:
    """Length of "sitter (ellers)", "har de" after "i styret" ("Med seg i styret har de A, B og C"),
    or 0."""
    if not span.start or line.words[span.start - 1].casefold() != "i":
        return 0
    words = tuple(w.casefold() for w in line.words[span.end:span.end + 3])
    return max((len(p) for p in _SEATED if words[:len(p)] == p), default=0)


def _ends_sentence(line: Line, end: int) -> bool:
    k = end
    while k < len(line.words) and not line.words[k] and line.words[k] not in SENTENCE_END:
        k += 1
    return k >= len(line.words) or line.words[k] in SENTENCE_END
