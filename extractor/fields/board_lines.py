"""Pairing the roles and names of one line (see ``board_mentions.Line``): "Styreleder: Kari
Nordmann", "Kari Nordmann, styreleder", "Kari Nordmann (styreleder)", "Styreleder .......
Kari Nordmann", "Daglig leder er Kari Nordmann", "Varamedlemmer: Ola Hansen, Kari Dahl og Per
Lund", "Per Hansen, tidligere daglig leder, er nå styreleder", roles and names run together
("Kari Nordmann Ola Hansen styreleder nestleder"), "Styret: ..." and "Valgkomité: ..." lists,
and a role someone left ("styreleder fram til juni", "gikk ut av styret"). Which names one role
pairs with is ``board_line_pairs``', the offices a line's role spans name ``board_line_offices``', and
whose a role is (its organ, its owner) ``board_line_organs``'.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from extractor.fields.board_anaphora import referents
from extractor.fields.board_asides import appointer_span, bracketed_qualifier, constituency_label
from extractor.fields.board_events import handed_to, label_taker, respectively
from extractor.fields.board_line_offices import acting_aside, join_groups
from extractor.fields.board_line_organs import body_of, name_owner, parent_after_name
from extractor.fields.board_line_pairs import (DEPUTIES_OF, OF_BOARD, body_list, chair_heading_list, linked_role,
                                               list_limit, own_roles_of, pair, span_floor)
from extractor.fields.board_mentions import SENTENCE_END, Line, Mention, char_at
from extractor.fields.board_name_lists import listed_after, listed_before
from extractor.fields.board_names import explicit, past_aside, past_term, plural_role
from extractor.fields.board_owners import org_after
from extractor.fields.board_statement_names import (again_name, coordinated_name, elided_link_name, leaves_board,
                                                   leaving_name, led_by_name, replacer_name, successor_name)
from extractor.fields.board_statements import (LEFT_AS, LINK_WORDS, MOVED_TO, NEW_WORDS, ended_after, gives_up, is_former,
                                              leaving_before, opens_until, staying_before)
from extractor.fields.people import NameMatch, leading_name, split_names
from extractor.nlp.role_spans import BOARD_CODES, CHAIRS, Role, RoleSpan
from extractor.nlp.roles import title_words
from extractor.nlp.vocab import scope_words

ROLE_LINE_SHARE = 0.6  # a role and name filling most of a line are a listing, else running text
LED_BY = Role("ROLE", "LEDE")  # "Styret har vært ledet av Kari Nordmann"


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
        asides: set[int] = set()  # listed names after ", for de ansatte," or before "for de ansatte" (``listed_after``)
        after = [s for s in spans[n + 1:] if not appointer_span(line, s) and not bracketed_qualifier(line, s)]
        limit = after[0].start if after else len(line.tokens)
        floor = span_floor(line, spans, n, consumed_to)
        if span.role.kind == "BODY":
            if span.role.code == "BOARD" and (gone := leaving_name(line, span, floor, stop)):
                out.append(_left(line, None, gone, reader, listing))
                continue
            if span.role.code == "BOARD" and staying_before(line.words, span.start):
                continue  # "... fortsetter alle i styret": see ``_staying_on``
            if span.role.code == "BOARD" and leaving_before(line.words, span.start) is not None:
                # "Slutta i styret: Ruth Aaland og Elise Hovden": the names after it left
                out += [_left(line, None, name, reader, listing) for name in body_list(line, span, limit, stop)]
                continue
            if span.role.code == "BOARD" and (chair := led_by_name(line, span, limit, stop)):
                out.append(Mention(chair.name, LED_BY, reader, line.unit, line.text, chair.first_name, listing,
                                   body="BOARD", stated=True))
                covered.update(range(span.start, chair.end))
                last = chair
                continue
            role = linked_role(line, spans, n, OF_BOARD) or constituency_label(line, spans, n)  # "For de ansatte: C"
            names = body_list(line, span, limit, stop, linked=role is not None, asides=asides)
        elif _latter(line, span, out, last, stop, reader, listing):
            covered.update(range(span.start, span.end))  # "Medlem: A (valgt av de ansatte)": still a list line
            continue
        elif (pairs := respectively(line, spans, n, floor, stop)) is not None:
            # "A og B ble valgt inn som henholdsvis leder og nestleder": each name its role, in order
            for k, (name, own) in enumerate(pairs):
                organ = body_of(line, spans, n + k)
                out.append(Mention(name.name, own.role, reader, line.unit, line.text, name.first_name, listing,
                                   body=organ.role.code if organ else None, stated=True, new=True,
                                   at=char_at(line, name.start)))
            covered.update(range(pairs[0][0].start, pairs[-1][1].end))
            consumed_to = max(consumed_to, pairs[-1][1].end)
            done.update(range(n, n + len(pairs)))
            last = pairs[-1][0]
            continue
        else:
            found, deputy = pair(line, span, floor, limit, stop, spans[n - 1] if n else None, consumed_to)
            found = found or again_name(line, span, last) \
                or coordinated_name(line, span, spans[n - 1] if n else None, last) \
                or elided_link_name(line, span, spans[n - 1] if n else None, last, stop)
            if not found:
                continue
            names = [found]
            if found.start >= span.end and not deputy and (span.role.code not in CHAIRS or plural_role(line, span)):
                # one chair: "signert av styreleder X og Y" makes Y no chair
                run_on = plural_role(line, span) and explicit(line, span)[0]
                names += listed_after(line, found, list_limit(line, spans, n) if plural_role(line, span) else limit,
                                      stop, run_on, asides)
                own_roles = own_roles_of(line, spans, names, done)
            elif found.end <= span.start:
                names = listed_before(line, found, floor, span, stop) + names
            role = linked_role(line, spans, n, DEPUTIES_OF) or span.role
        if not names:
            continue
        # "A (ansattvalgt) og B": a qualifier the list read past is its name's (``listed_after``'s asides)
        done.update(k for k in range(n + 1, len(spans)) if spans[k].start < names[-1].end
                    and bracketed_qualifier(line, spans[k]))
        lo, hi = min(names[0].start, span.start), max(names[-1].end, span.end)
        owner = name_owner(line, spans, n, consumed_to, names) if role else org_after(line, span.end)
        if owner is None and role is not None and names[0].start >= span.end:
            owner = parent_after_name(line, names[-1].end)
        if role is not None:  # names after "Styret:" stay free for the roles that follow them
            consumed_to = max(consumed_to, names[-1].end, span.end if names[0].start < span.start else 0)
        aside = past_aside(line, span.end, names[0].start)  # "Daglig leder (havnefogd) er X": the title is no link
        between = [w.casefold() for w in (line.words[aside:names[0].start] if names[0].start >= span.end
                                           else line.words[names[-1].end:span.start]) if w]
        if role and opens_until(line.words, lo):
            covered.update(range(lo, hi))  # "Fram til årsmøtet besto styret av ...": the board before a change
            continue
        given_up = role is not None and _given_up(line, span, names, between)
        ended = role is not None and ended_after(line.words, hi)
        if role and (is_former(line.words, lo, hi) or given_up or ended
                     or any(tuple(between[-len(link):]) == link for link in LEFT_AS)):
            gone = None if ended or leaves_board(line, spans, hi) else role
            out += [_left(line, gone, name, reader, listing) for name in names]
            last = names[-1]
            if given_up and role.code == "VARA":  # "rykket opp fra varamedlem": a deputy moved up to a seat
                out += [Mention(name.name, replace(role, code="MEDL"), reader, line.unit, line.text, name.first_name,
                                listing, stated=True, new=True) for name in names]
                continue
            if gone is not None and (after := successor_name(line, hi, stop)) is not None:
                out.append(Mention(after.name, role, reader, line.unit, line.text, after.first_name, listing,
                                   stated=True))  # "..., deretter Ola Lie": the next holder
                consumed_to = max(consumed_to, after.end)
            elif gone is not None and (taker := replacer_name(line, lo, floor, stop)) is not None:
                out.append(Mention(taker.name, role, reader, line.unit, line.text, taker.first_name, listing,
                                   stated=True, new=True))  # "A erstatter B som varamedlem": A holds it now
            continue  # a former chair or daglig leder is not on the board now
        stated = bool(between) and all(w in LINK_WORDS or w.rstrip(".") in title_words() for w in between)
        covered.update(range(lo, past_term(line, hi, limit)))
        body = body_of(line, spans, n) if role and span.role.kind != "BODY" else span
        held = {w.casefold() for w in line.words[span.start:span.end]}  # "konstituert styreleiar": taken now
        new = bool((set(between) | held) & NEW_WORDS) and names[-1].end <= span.start or acting_aside(line, span)
        if role is not None and role.code in BOARD_CODES and not role.employee \
                and employees_chose(line, names[0].start):
            role = replace(role, employee=True)
        if new and tuple(between) in MOVED_TO:
            for m in out:  # "Leder: Ola Strand går over til styremedlem": the label's role is given up
                if m.name == names[-1].name and m.code != (role.code if role else None) and not m.new:
                    m.left = True
        head = chair_heading_list(line, spans, n, names)
        shared = n > 0 and names[0].start >= span.end and _shared_label(line, spans[n - 1], span)
        for k, name in enumerate(names):
            if _held_in(line, name):
                continue  # "Styreleder i Bankenes Sikringsfond, styremedlem i ...": the body a seat is held in
            own = own_roles.get(name.start)
            given = own.role if own else head if head and not k else role
            if given is not None and name.start in asides:
                given = replace(given, employee=True)  # "Siri Holm og, for de ansatte, Bjørn Lia", "Bjørn Lia for de ansatte"
            out.append(Mention(name.name, given, reader, line.unit,
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
    election: "Dei tilsette har valt (X som styremedlem og) ...", "De ansatte valgte ...", the
    subject after the auxiliary when an adverbial opens the sentence ("I tillegg har dei tilsette
    vald X ...")."""
    before = [w.casefold() for w in line.words[:start]]
    if any(w in SENTENCE_END for w in before):
        before = before[len(before) - [w in SENTENCE_END for w in before][::-1].index(True):]
    text = " " + " ".join(w for w in before if w) + " "
    return any(phrase in text for phrase in _employee_choice_phrases())


@lru_cache(maxsize=1)
def _employee_choice_phrases() -> tuple[str, ...]:
    """" dei tilsette har valt ", and with the subject after the auxiliary " har dei tilsette valt "."""
    words = scope_words()
    return tuple(phrase for who in words["elected_by_employees"] for verb in words["employees_chose"]
                 for phrase in (f" {who} {verb} ", *([f" {verb.replace(' ', f' {who} ', 1)} "] if " " in verb else [])))


def _latter(line: Line, span: RoleSpan, out: list[Mention], last: NameMatch | None, stop: frozenset[str],
            reader: str, listing) -> bool:
    """An employee qualifier that marks names read before it: the ones an anaphor points at
    ("..., Per Lund og Anne Berg, den sistnevnte valgt av de ansatte": ``board_anaphora``), else
    the last name read when the qualifier follows it straight ("Styremedlem: Liv Lie
    (ansattvalgt)"); also a role that says so after the name a label already gave a role
    ("Member: Liv Lie, staff-elected member", its constituency). True when it did."""
    qualified_role = span.role.kind == "ROLE" and span.role.employee
    if span.role.kind != "EMPLOYEE_ELECTED" and not qualified_role:
        return False
    if (named := referents(line, span.start, stop)) is not None:
        for name in named:
            marked = [m for m in out if m.name == name.name and not m.left]
            for m in marked:
                m.role = replace(m.role, employee=True) if m.role else span.role
            if not marked:
                out.append(Mention(name.name, span.role, reader, line.unit, line.text, name.first_name, listing,
                                   at=char_at(line, name.start)))
        return True
    right_after = (last is not None and last.end <= span.start and not any(line.words[last.end:span.start])
                   and not explicit(line, span)[0] and not _heads_name(line, span))
    if not out or not right_after or qualified_role and out[-1].role is None:
        return False
    marked = out[-1]
    marked.role = replace(marked.role, employee=True) if marked.role else span.role
    return True


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


_HELD_IN = frozenset({"i", "av"})


def _held_in(line: Line, name: NameMatch) -> bool:
    """A name right after a role and "i"/"av" ("styremedlem i ODIN Forvaltning"): the body the
    role is held in, an organisation's name however person-like its first word."""
    k = name.start
    return k >= 2 and line.words[k - 1].casefold() in _HELD_IN \
        and any(s.end == k - 1 and s.role.kind == "ROLE" for s in line.roles)


def _given_up(line: Line, span: RoleSpan, names: list[NameMatch], between: list[str]) -> bool:
    """"Per Lund rykket opp fra varamedlem": the role after the name's link ending on "fra"."""
    return names[-1].end <= span.start and gives_up(between) \
        and "til" not in (w.casefold() for w in line.words[span.start:span.end])


def _left(line: Line, role: Role | None, name: NameMatch, reader: str, listing) -> Mention:
    """A role held before: kept as evidence that the person left it (see board.py)."""
    return Mention(name.name, role, reader, line.unit, line.text, name.first_name, listing, left=True)
