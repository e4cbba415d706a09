"""Pairing the roles and names of one line (see ``board_mentions.Line``): "Styreleder: Kari
Nordmann", "Kari Nordmann, styreleder", "Kari Nordmann (styreleder)", "Styreleder .......
Kari Nordmann", "Daglig leder er Kari Nordmann", "Varamedlemmer: Ola Hansen, Kari Dahl og Per
Lund", "Per Hansen, tidligere daglig leder, er nå styreleder", roles and names run together
("Kari Nordmann Ola Hansen styreleder nestleder"), "Styret: ..." and "Valgkomité: ..." lists,
and a role someone left ("styreleder fram til juni", "gikk ut av styret").
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from extractor.fields.board_asides import appointer_span, bracketed_role
from extractor.fields.board_events import handed_to, label_taker, respectively
from extractor.fields.board_mentions import SENTENCE_END, Line, Mention, char_at
from extractor.fields.board_names import (ELECTED, FROM_WORDS, backward, deputy_target, explicit, footnote_end,
                                          forward, listed_after, listed_before, past_aside, past_term, plural_role,
                                          skip_junk)
from extractor.fields.board_owners import (OWNER_LINKS, employer_after, genitive_before, opening_org, org_after,
                                          subject_org)
from extractor.fields.board_statements import (ACTING_ASIDES, LATTER, LEFT_AS, LINK_WORDS, MOVED_TO, NEW_WORDS,
                                              again_name, apposition_name, coordinated_name, elided_link_name,
                                              historical, is_former, leaves_board, leaving_before, led_by_name,
                                              leaving_name, link_after, link_before, opens_until, pronoun_subject,
                                              staying_before, successor_name)
from extractor.fields.people import NameMatch, leading_name, split_names
from extractor.nlp.role_spans import BOARD_CODES, CHAIRS, Role, RoleSpan
from extractor.nlp.roles import title_words
from extractor.nlp.vocab import scope_words

ROLE_LINE_SHARE = 0.6  # a role and name filling most of a line are a listing, else running text
LED_BY = Role("ROLE", "LEDE")  # "Styret har vært ledet av Kari Nordmann"
# "Styret fram til årsmøtet 2024: Leder ...", "etter årsmøtet: ...": a meeting named as a time scopes nothing.
_TIME_LINKS = FROM_WORDS | {"til", "etter", "før", "ved"}
# the noun after "ansattvalgt"/"tilsettvald" in "ansattvalgt representant, vara"
_MEMBER_NOUNS = frozenset({"representant", "styremedlem", "medlem", "representative", "member"})


_PASSIVE_BY = frozenset({"av", "blant"})  # "valgt av", "valt blant": chosen by others, not choosing


def _body_of(line: Line, spans: list[RoleSpan], n: int) -> RoleSpan | None:
    """The organ role ``n`` is a role in: named right after it ("leder i valgkomiteen") or
    before it in its sentence ("Valgkomiteens leder ...", "Valgkomité: Kari Dahl (leder)"); a
    meeting is never the organ of a chair the board's title names ("Årsmøtet ... ble ledet av
    styreleder X": the board's chair led it), nor an organ said to elect to a seat the board's
    title names ("På møte i bedriftsforsamlingen ble X valgt som styreleder")."""
    body = _organ_of(line, spans, n)
    titled = not spans[n].role.generic \
        and any(w.casefold().startswith("styre") for w in line.words[spans[n].start:spans[n].end])
    if body is not None and titled and spans[n].role.code in CHAIRS \
            and " ".join(line.words[body.start:body.end]).casefold() in scope_words()["meetings"]:
        return None
    if body is not None and titled and body.role.code == "OTHER" and body.end <= spans[n].start \
            and {w.casefold() for w in line.words[body.end:spans[n].start]} & _ADOPTED:
        return None  # "I bedriftsforsamlingen ble X valgt som styreleder": the organ elected our board's
    return body


_ADOPTED = frozenset(scope_words()["adopted_words"])


def _organ_of(line: Line, spans: list[RoleSpan], n: int) -> RoleSpan | None:
    nxt = spans[n + 1] if n + 1 < len(spans) else None
    if nxt is not None and nxt.role.kind == "BODY" and nxt.start == spans[n].end + 1 \
            and line.words[spans[n].end].casefold() in OWNER_LINKS:
        return nxt
    for prev in reversed(spans[:n]):
        if any(w in SENTENCE_END for w in (t.text for t in line.tokens[prev.end:spans[n].start])):
            break
        if prev.role.kind == "BODY":
            words = [w.casefold() for w in line.words[prev.end:spans[n].start]]
            # "Valgkomiteen valde X som leiar" elects the board's; "Representantskapet, valt av
            # eigarane, med X som leiar" has its own
            elects = any(w in ELECTED and (k + 1 == len(words) or words[k + 1] not in _PASSIVE_BY)
                         for k, w in enumerate(words))
            as_time = prev.start > 0 and line.words[prev.start - 1].casefold() in _TIME_LINKS
            return None if (elects or as_time) and prev.role.code == "OTHER" else prev
    first = spans[0]
    # "Valgkomiteen har bestått av ... . Leder er ...": an organ opening the line scopes all of it;
    # a meeting that elected ("Årsmøtet valgte X som leder. Y fortsetter i styret.") scopes nothing,
    # nor one that has no such officers ("Årsmøtet ble holdt 20. februar. Leder X fortsetter ...").
    if first.role.kind == "BODY" and first.role.code in ("OTHER", "STAFF") and not any(line.words[:first.start]) \
            and not {w.casefold() for w in line.words[first.end:first.end + 3]} & ELECTED \
            and not (line.words[first.start].casefold() in scope_words()["meetings"]
                     and any(w in SENTENCE_END for w in line.words[first.end:spans[n].start])):
        return first
    return None


def _name_owner(line: Line, spans: list[RoleSpan], n: int, consumed_to: int, names=()) -> str | None:
    span = spans[n]
    body = _body_of(line, spans, n)
    # "Kari Voss Styreleder": the surname before the role is the name read, not a genitive ("ASVLs")
    named = any(name.start < span.start <= name.end for name in names)
    speaks_for = span.role.code == "OBS" and span.end < len(line.words) \
        and line.words[span.end].casefold() in scope_words()["observer_origin_links"]  # "observatør for brukerrådet"
    owner = (genitive_before(line, span) if span.start > consumed_to and not named else None) \
        or (None if speaks_for else org_after(line, span.end)) or employer_after(line, span)
    if owner is None and body is not None:
        owner = org_after(line, body.end) or (genitive_before(line, body) if body.start >= consumed_to else None)
    return owner or subject_org(line, span) or opening_org(line, span)


def _list_limit(line: Line, spans: list[RoleSpan], n: int) -> int:
    """Where the names a plural role heads may run to: the next role, past those in brackets
    after a listed name ("Styremedlemmer: Kari Dahl (leder), Ola Hansen og Per Lie")."""
    for s in spans[n + 1:]:
        if appointer_span(line, s):
            continue
        bracket = next((k for k in range(max(0, s.start - 2), s.start + 1) if line.tokens[k].text == "("), None)
        own = bracketed_role(line, bracket) if bracket else None
        if own is not None and own.start == s.start and line.words[bracket - 1]:
            continue
        return s.start
    return len(line.tokens)


def _own_roles(line: Line, spans: list[RoleSpan], names: list[NameMatch], done: set[int]) -> dict[int, RoleSpan]:
    """Each listed name's role in brackets after it, by the name's start; those spans are read."""
    out = {}
    for name in names:
        own = bracketed_role(line, footnote_end(line, name.end))
        if own is not None:
            out[name.start] = own
            done.update(k for k, s in enumerate(spans) if s.start == own.start)
    return out


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


def _chair_heading_list(line: Line, spans: list[RoleSpan], n: int, names: list[NameMatch]) -> Role | None:
    """The chair's role for the first name of "Styreleder og styremedlemmer: A, B og C" (a singular
    chair and a plural member label joined by "og" over one list); None otherwise."""
    if not n or len(names) < 2 or names[0].start < spans[n].end:
        return None
    prev, span = spans[n - 1], spans[n]
    between = [w.casefold() for w in line.words[prev.end:span.start] if w]
    if between == ["og"] and prev.role.code in CHAIRS and plural_role(line, span) and not plural_role(line, prev):
        return prev.role
    return None


def _names_employees(line: Line, role: RoleSpan, span: RoleSpan) -> bool:
    """Whether the words after "for" up to the end of ``span`` name the employees as a
    constituency ("Varamedlem for dei tilsette", "for de ansatte")."""
    text = " ".join(w.casefold() for w in line.words[role.end + 1:span.end] if w)
    return span.role.kind == "BODY" and text in scope_words()["elected_by_employees"]


@dataclass(frozen=True)
class _RoleLink:
    """A role, a link word and a second span that only says what the role's names are of:
    ``codes`` of the role, ``target`` (kind, code) of the second span (None: any), ``links`` the
    first word between them, at most ``words`` words between."""

    codes: frozenset[str]
    target: tuple[str | None, str | None]
    links: frozenset[str]
    words: int


# "Vara til styret: A og B", "Varamedlemmer i styret:": the names the board lists hold the role
_OF_BOARD = _RoleLink(frozenset(BOARD_CODES), (None, "BOARD"), frozenset({"i", "til", "for", "av"}), 1)
# "Personlige varamedlemmer for de eiervalgte medlemmene er A og B", "Deputies for the members are
# ...": the names after it are deputies, not members
_DEPUTIES_OF = _RoleLink(frozenset({"VARA"}), ("ROLE", None), frozenset({"for", "til", "of", "to"}), 4)


def _linked_role(line: Line, spans: list[RoleSpan], n: int, link: _RoleLink) -> Role | None:
    """The role before span ``n`` when ``link`` joins them (see ``_RoleLink``); None otherwise."""
    prev = spans[n - 1] if n else None
    kind, code = link.target
    if prev is None or prev.role.kind != "ROLE" or prev.role.code not in link.codes \
            or kind is not None and spans[n].role.kind != kind or code is not None and spans[n].role.code != code:
        return None
    between = [w.casefold() for w in line.words[prev.end:spans[n].start] if w]
    return prev.role if between and between[0] in link.links and len(between) <= link.words else None


def _pair(line: Line, span: RoleSpan, floor: int, limit: int, stop: frozenset[str],
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
    the writer's "meg"), never of the name after it; "Som leder har Kari ..." opens a sentence."""
    k = span.start - 1
    while k >= floor and not line.words[k]:
        k -= 1
    return k > floor and line.words[k].casefold() == "som" and bool(line.words[k - 1])


def _role_before_bracketed(line: Line, span: RoleSpan, limit: int, stop: frozenset[str]) -> bool:
    """Whether the role stands between two bracketed names, right before the second: "Ellen Dahl
    (UiT), nestleder Kristin Dæhli (NTNU)", a caption's or list's every name with its seat after it."""
    k = span.start - 1  # a comma, not a dash: "(Vestfylket) – nestleiar" binds back
    if k < 1 or line.tokens[k].text != "," or line.tokens[k - 1].text != ")":
        return False
    after = forward(line, span, limit, stop)
    return after is not None and after.start == span.end and after.end < len(line.tokens) \
        and line.tokens[after.end].text == "("


def _floor(line: Line, spans: list[RoleSpan], n: int, consumed_to: int) -> int:
    """Where the words that may belong to span ``n`` start: after the span before it, or before
    that when the span before is the board inside a link ("Per Lund sit i styret som
    tilsetterepresentant")."""
    prev = spans[n - 1] if n else None
    if prev is not None and prev.role.kind == "BODY" and prev.role.code == "BOARD":
        lower = max(consumed_to, spans[n - 2].end if n >= 2 else 0)
        if link_before(line.words, spans[n].start, lower) <= prev.start:
            return lower
    return max(consumed_to, prev.end if prev else 0)


def line_to_mentions(line: Line, reader: str, stop: frozenset[str] = frozenset(), listing=None) -> list[Mention]:
    """Every role-and-name pairing of a line; ``reader`` "line" becomes "prose" when the roles
    and names cover less than ROLE_LINE_SHARE of the line (a role word in running text)."""
    out, paired = _by_position(line, reader, listing)
    covered: set[int] = set(range(len(line.tokens))) if paired else set()
    consumed_to = 0  # names may not overlap
    spans = join_groups(line) if not paired else line.roles
    last: NameMatch | None = None
    done: set[int] = set()  # spans read with one before them (``respectively``)
    for n, span in enumerate(spans):
        if n in paired or n in done:
            consumed_to = max(consumed_to, span.end)
            continue
        own_roles: dict[int, RoleSpan] = {}  # a listed name's own role in brackets, by the name's start
        after = [s for s in spans[n + 1:] if not appointer_span(line, s)]
        limit = after[0].start if after else len(line.tokens)
        floor = _floor(line, spans, n, consumed_to)
        if span.role.kind == "BODY":
            if span.role.code == "BOARD" and (gone := leaving_name(line, span, floor, stop)):
                out.append(_left(line, None, gone, reader, listing))
                continue
            if span.role.code == "BOARD" and staying_before(line.words, span.start):
                continue  # "... fortsetter alle i styret": see ``_staying_on``
            if span.role.code == "BOARD" and leaving_before(line.words, span.start) is not None:
                # "Slutta i styret: Ruth Aaland og Elise Hovden": the names after it left
                out += [_left(line, None, name, reader, listing) for name in _body_list(line, span, limit, stop)]
                continue
            if span.role.code == "BOARD" and (chair := led_by_name(line, span, limit, stop)):
                out.append(Mention(chair.name, LED_BY, reader, line.unit, line.text, chair.first_name, listing,
                                   body="BOARD", stated=True))
                covered.update(range(span.start, chair.end))
                last = chair
                continue
            role = _linked_role(line, spans, n, _OF_BOARD)
            names = _body_list(line, span, limit, stop, linked=role is not None)
        elif _latter(line, span, out, last):
            covered.update(range(span.start, span.end))  # "Medlem: A (valgt av de ansatte)": still a list line
            continue
        elif (pairs := respectively(line, spans, n, floor, stop)) is not None:
            # "A og B ble valgt inn som henholdsvis leder og nestleder": each name its role, in order
            for k, (name, own) in enumerate(pairs):
                organ = _body_of(line, spans, n + k)
                out.append(Mention(name.name, own.role, reader, line.unit, line.text, name.first_name, listing,
                                   body=organ.role.code if organ else None, stated=True, new=True,
                                   at=char_at(line, name.start)))
            covered.update(range(pairs[0][0].start, pairs[-1][1].end))
            consumed_to = max(consumed_to, pairs[-1][1].end)
            done.update(range(n, n + len(pairs)))
            last = pairs[-1][0]
            continue
        else:
            found, deputy = _pair(line, span, floor, limit, stop, spans[n - 1] if n else None, consumed_to)
            found = found or again_name(line, span, last) \
                or coordinated_name(line, span, spans[n - 1] if n else None, last) \
                or elided_link_name(line, span, spans[n - 1] if n else None, last, stop)
            if not found:
                continue
            names = [found]
            if found.start >= span.end and not deputy and (span.role.code not in CHAIRS or plural_role(line, span)):
                # one chair: "signert av styreleder X og Y" makes Y no chair
                run_on = plural_role(line, span) and explicit(line, span)[0]
                names += listed_after(line, found, _list_limit(line, spans, n) if plural_role(line, span) else limit,
                                      stop, run_on)
                own_roles = _own_roles(line, spans, names, done)
            elif found.end <= span.start:
                names = listed_before(line, found, floor, span, stop) + names
            role = _linked_role(line, spans, n, _DEPUTIES_OF) or span.role
        if not names:
            continue
        lo, hi = min(names[0].start, span.start), max(names[-1].end, span.end)
        owner = _name_owner(line, spans, n, consumed_to, names) if role else org_after(line, span.end)
        if role is not None:  # names after "Styret:" stay free for the roles that follow them
            consumed_to = max(consumed_to, names[-1].end, span.end if names[0].start < span.start else 0)
        aside = past_aside(line, span.end, names[0].start)  # "Daglig leder (havnefogd) er X": the title is no link
        between = [w.casefold() for w in (line.words[aside:names[0].start] if names[0].start >= span.end
                                           else line.words[names[-1].end:span.start]) if w]
        if role and opens_until(line.words, lo):
            covered.update(range(lo, hi))  # "Fram til årsmøtet besto styret av ...": the board before a change
            continue
        if role and (is_former(line.words, lo, hi) or any(tuple(between[-len(link):]) == link for link in LEFT_AS)):
            gone = None if leaves_board(line, spans, hi) else role
            out += [_left(line, gone, name, reader, listing) for name in names]
            last = names[-1]
            if gone is not None and (after := successor_name(line, hi, stop)) is not None:
                out.append(Mention(after.name, role, reader, line.unit, line.text, after.first_name, listing,
                                   stated=True))  # "..., deretter Ola Lie": the next holder
                consumed_to = max(consumed_to, after.end)
            continue  # a former chair or daglig leder is not on the board now
        stated = bool(between) and all(w in LINK_WORDS or w.rstrip(".") in title_words() for w in between)
        covered.update(range(lo, past_term(line, hi, limit)))
        body = _body_of(line, spans, n) if role and span.role.kind != "BODY" else span
        held = {w.casefold() for w in line.words[span.start:span.end]}  # "konstituert styreleiar": taken now
        new = bool((set(between) | held) & NEW_WORDS) and names[-1].end <= span.start or acting_aside(line, span)
        if role is not None and role.code in BOARD_CODES and not role.employee \
                and employees_chose(line, names[0].start):
            role = replace(role, employee=True)
        if new and tuple(between) in MOVED_TO:
            for m in out:  # "Leder: Ola Strand går over til styremedlem": the label's role is given up
                if m.name == names[-1].name and m.code != (role.code if role else None) and not m.new:
                    m.left = True
        head = _chair_heading_list(line, spans, n, names)
        shared = n > 0 and names[0].start >= span.end and _shared_label(line, spans[n - 1], span)
        for k, name in enumerate(names):
            own = own_roles.get(name.start)
            out.append(Mention(name.name, own.role if own else head if head and not k else role, reader, line.unit,
                               line.text, name.first_name, listing,
                               deputy_for=deputy.name if role and deputy else None, owner_org=owner,
                               body=body.role.code if body else None, stated=stated, new=new,
                               context=["conflicting_roles"] if shared else [], at=char_at(line, name.start)))
        last = names[-1]
    _staying_on(line, spans, out)
    if (handed := handed_to(line, out, stop)) is not None:
        giver, taker = handed
        giver.left = True
        out.append(Mention(taker.name, giver.role, reader, line.unit, line.text, taker.first_name, listing,
                           body=giver.body, stated=True, new=True))
    if (taker := label_taker(line, spans, out, stop)) is not None:
        out.append(Mention(taker.name, spans[0].role, reader, line.unit, line.text, taker.first_name, listing,
                           stated=True, new=True))
        covered.update(range(taker.start, taker.end + 2))
    if reader == "line":
        kind = "line" if len({i for i in covered if line.words[i]}) >= ROLE_LINE_SHARE * line.word_count() else "prose"
        for m in out:
            m.reader = kind
    return out


def _staying_on(line: Line, spans: list[RoleSpan], out: list[Mention]) -> None:
    """The names of a sentence that says they stay on the board ("Leder X, nestleder Y og kasserer
    Z fortsetter alle i styret", the role phrase "fortsetter i styret") are the board's."""
    for span in spans:
        board = span.end - 1  # the board word ends the span: "styret", or "fortsetter i styret"
        if not (span.role.code == "BOARD" or span.role.kind == "ROLE" and board > span.start
                and line.words[board].casefold().startswith("styre")) \
                or not staying_before(line.words, span.start if span.role.code == "BOARD" else board):
            continue
        start = char_at(line, max((k + 1 for k in range(span.start) if line.words[k] in SENTENCE_END), default=0))
        for m in out:
            if m.at is not None and start <= m.at < char_at(line, span.start) and m.body is None:
                m.body = "BOARD"


def _shared_label(line: Line, first: RoleSpan, second: RoleSpan) -> bool:
    """Two plural roles joined as one label ("styremedlemmer og varamedlemmer er A, B, C og D"):
    which names are members and which deputies the text leaves open."""
    between = [w.casefold() for w in line.words[first.end:second.start] if w]
    return between in (["og"], ["and"], []) and first.role.code != second.role.code \
        and plural_role(line, first) and plural_role(line, second)


def employees_chose(line: Line, start: int) -> bool:
    """Whether the sentence before token ``start`` has the employees as the subject of an
    election: "Dei tilsette har valt (X som styremedlem og) ...", "De ansatte valgte ..."."""
    words = scope_words()
    before = [w.casefold() for w in line.words[:start]]
    if any(w in SENTENCE_END for w in before):
        before = before[len(before) - [w in SENTENCE_END for w in before][::-1].index(True):]
    text = " " + " ".join(w for w in before if w) + " "
    return any(f" {who} {verb} " in text for who in words["elected_by_employees"] for verb in words["employees_chose"])


def _latter(line: Line, span: RoleSpan, out: list[Mention], last: NameMatch | None) -> bool:
    """An employee qualifier that marks the last name read: "..., Per Lund og Anne Berg,
    sistnevnte valgt av de ansatte", "Styremedlem: Liv Lie (ansattvalgt)". True when it did."""
    before = [w.casefold() for w in line.words[:span.start] if w]
    if not out or span.role.kind != "EMPLOYEE_ELECTED" or not before:
        return False
    right_after = (last is not None and last.end <= span.start and not any(line.words[last.end:span.start])
                   and not explicit(line, span)[0] and not _heads_name(line, span))
    if before[-1] not in LATTER and not right_after:
        return False
    marked = out[-1]
    marked.role = replace(marked.role, employee=True) if marked.role else span.role
    return True


def acting_aside(line: Line, span: RoleSpan) -> bool:
    """ "Leiar (fungerande):", "Leder (konstituert)": the listing gives the role held now."""
    k = span.end
    return k + 2 < len(line.tokens) and line.tokens[k].text == "(" \
        and line.words[k + 1].casefold().rstrip(".") in ACTING_ASIDES and line.tokens[k + 2].text.startswith(")")


def _heads_name(line: Line, span: RoleSpan) -> bool:
    """A capitalised label straight before a name heads it, as "Ansattes representant: Ola Hansen"
    does (lines run together: "Board Member Ola Sandnes Employee Representative Siv Rasmussen")."""
    return line.tokens[span.start].text[:1].isupper() and leading_name(line.words, span.end) is not None


def _by_position(line: Line, reader: str, listing) -> tuple[list[Mention], set[int]]:
    """Roles run together beside as many names run together, paired by position: a signature
    line flattened to "Kari Nordmann Ola Hansen styreleder nestleder", a caption row of roles
    over a row of names. (mentions, indexes of the role spans used)."""
    spans = line.roles
    runs: list[list[int]] = []
    for n, span in enumerate(spans):
        joined = runs and runs[-1] and all(not w or w.casefold() == "og"
                                           for w in line.words[spans[runs[-1][-1]].end:span.start])
        if span.role.kind in ("BODY", "EMPLOYEE_ELECTED"):
            runs.append([])
        elif joined and runs[-1]:
            runs[-1].append(n)
        else:
            runs.append([n])
    out: list[Mention] = []
    used: set[int] = set()
    for run in (r for r in runs if len(r) >= 2):
        first, last = spans[run[0]], spans[run[-1]]
        # Only names no other role can claim: from the line's start or the last run paired by
        # position ("A B C styreleder nestleder styremedlem D E styremedlem daglig leder"), or
        # up to the line's end.
        before = [s for s in spans[:run[0]] if s.role.kind != "BODY"]
        sides = [(before[-1].end if before else 0, first.start)] if not before or spans.index(before[-1]) in used else []
        if not any(s.start >= last.end for s in spans):
            sides.append((last.end, len(line.tokens)))
        for lo, hi in sides:
            names = split_names(" ".join(w for w in line.words[lo:hi] if w), len(run))
            if names:
                for name, n in zip(names, run):
                    out.append(Mention(name.name, spans[n].role, reader, line.unit, line.text, name.first_name, listing))
                used.update(run)
                break
    return out, used


def _left(line: Line, role: Role | None, name: NameMatch, reader: str, listing) -> Mention:
    """A role held before: kept as evidence that the person left it (see board.py)."""
    return Mention(name.name, role, reader, line.unit, line.text, name.first_name, listing, left=True)


def _body_list(line: Line, span: RoleSpan, limit: int, stop: frozenset[str], linked: bool = False) -> list[NameMatch]:
    """Names after "Styret:" or "Valgkomité:" on one line; ``linked``: a role before the board
    ("Varamedlem til styret"), so a link after it leads to names as well ("... er Kari Dahl")."""
    start = link_after(line.words, span.end, limit) if linked else span.end
    if start == span.end and not explicit(line, span)[0]:
        return []
    first = leading_name(line.words[:limit], skip_junk(line, start, limit) if start == span.end else start, stop)
    if first is None or first.first_name == "unknown":
        return []
    return [n for n in (first, *listed_after(line, first, limit, stop)) if not historical(line, n.end)]

