"""What a line or a column of a board listing holds: its role words (``column_role``, a club
function "Kasserer" or "Styreleder i 2 år"), the roles or names a whole line lists
(``line_roles``, ``line_names``), its kind (role, name, contact, rule, other), and whether it
labels the lines under it (``label_of``: "Varamedlemmer:", "Styret:", "Styret for 2023:"), which
the readers (``board_readers``), the scope, tables and signature blocks read layouts from; and the
runs of role and name lines in consecutive blocks that the stack reader pairs (``block_runs``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from extractor.fields.board_asides import AFFILIATION_ENDS, APPOINTER_WORDS, appointed_at
from extractor.fields.board_line_offices import acting_aside, join_groups
from extractor.fields.board_mentions import Line
from extractor.fields.board_sides import meeting_label
from extractor.fields.board_names import plural_role
from extractor.fields.board_owners import org_after
from extractor.fields.people import PARTICLES, NameMatch, is_name_word, leading_name, split_names, text_to_name
from extractor.nlp.role_spans import Role, RoleSpan
from extractor.nlp.roles import is_title
from extractor.nlp.vocab import header_words, scope_words

CONTACT = re.compile(r"@|https?://|www\.|^\s*(?:tlf|telefon|mob|mobil|e-post|epost|tel)\b|^[+\d][\d\s().-]{6,}$",
                     re.IGNORECASE)
RULE = re.compile(r"^[\s_.\-–—]{6,}$")  # a signature line
# "Styret har bestått av ...", "Styret har i 2023 hatt følgende sammensetning: ...".
COMPOSITION_VERBS = frozenset({"består", "bestått", "bestod", "besto", "bestående", "beståande", "sammensatt",
                               "samansett", "utgjøres",
                               "utgjort", "følgende", "følgjande", "nedenstående", "vært", "vore",
                               # "Menighetsrådets sammensetning er:": the noun says it as well
                               "sammensetning", "samansetjing", "samansetning", "samansetnad",
                               "consisted", "consists", "comprised", "comprises", "composed"})
_DATED = re.compile(r"\d[\d./\-–]*")  # "2022", "31.12.2021", "2021–2022"


def _spans_in(line: Line, lo: int, hi: int) -> list[RoleSpan]:
    return [s for s in line.roles if lo <= s.start and s.end <= hi]


def column_role(line: Line, lo: int = 0, hi: int | None = None) -> Role | None:
    """The one role a column (or line) holds when it holds nothing else: "Styreleder:",
    "Vara styremedlem", "Økonomiansvarlig og klubbkontakt"."""
    hi = len(line.tokens) if hi is None else hi
    # joined as a line is read: "Varamedlem for de ansatte" is one role, the employees' deputy
    spans = [s for s in join_groups(line, _spans_in(line, lo, hi)) if s.role.kind != "BODY"]
    if not spans:
        return None
    if len(spans) == 1 and _other_organs(line, lo, hi, spans[0]):
        return OTHER_ORGANS_OFFICE
    inside = {i for s in spans for i in range(s.start, s.end)} | _role_label(line, lo, spans[0].start) \
        | _office_and_qualifiers(line, lo, spans[0].start) | _deputy_for(line, spans, hi) \
        | _appointed_by(line, spans[-1].end, hi) | _in_the_board(line, spans[-1].end, hi) \
        | ({spans[-1].end + 1} if acting_aside(line, spans[-1]) else set())  # "Leiar (fungerande):"
    rest = [line.words[i] for i in range(lo, hi) if i not in inside and line.words[i]]
    if _portfolio(line, spans, lo, hi, rest):
        return spans[0].role
    if any(not (w.isdigit() or w.casefold() in ("og", "&")) for w in rest):
        return None
    kinds = {s.role.kind for s in spans}
    if len(spans) == 1 or kinds == {"FUNCTION"} or _in_two_languages(line, spans):
        return spans[0].role
    return None


def _in_two_languages(line: Line, spans: list[RoleSpan]) -> bool:
    """One role in two languages with a slash between: "Jođiheaddji / Styreleder" (North Sámi and
    bokmål), "Styreleder / Chair"."""
    return (len(spans) == 2 and spans[0].role == spans[1].role
            and [t.text for t in line.tokens[spans[0].end:spans[1].start]] == ["/"])


def _deputy_for(line: Line, spans: list, hi: int) -> set[int]:
    """ "Vara for Etne", "Varamedlem for Kari Moe": whom a deputy stands in for, after the one
    deputy role of the column; indexes of those words."""
    last = spans[-1]
    if len(spans) != 1 or last.role.code != "VARA" or last.end >= hi or line.words[last.end].casefold() != "for":
        return set()
    return set(range(last.end, hi))


def _appointed_by(line: Line, end: int, hi: int) -> set[int]:
    """After the column's role, who appointed its holder ("Styremedlem, oppnevnt av kommunen",
    "Varamedlem (oppnevnt av Nordby kommune)"): the role stays the column's; indexes of those words."""
    k = end + (end < hi and line.tokens[end].text in (",", "("))
    if k + 2 > hi or hi - k > APPOINTER_WORDS + 2 or not appointed_at(line, k):
        return set()
    return set(range(end, hi))


# "Valgkomiteens leder", nn "valnemnda sin leiar", "medlem i kontrollkomiteen": an office in
# another organ, under a signer's name or in a list; its holder is no board member.
OTHER_ORGANS_OFFICE = Role("NOT_BOARD", "OTHER")
_POSSESSIVES = frozenset({"sin", "si", "sitt", "sine"})


def _other_organs(line: Line, lo: int, hi: int, role: RoleSpan) -> bool:
    """Whether the column is one role and the organ it is held in, not the board: the organ's
    genitive before it, or "i"/"av" and the organ after it."""
    organs = [s for s in _spans_in(line, lo, hi) if s.role.kind == "BODY"]
    if len(organs) != 1 or organs[0].role.code == "BOARD":
        return False
    organ = organs[0]
    words = [k for k in range(lo, hi) if line.words[k]]
    if organ.end <= role.start:
        between = [line.words[k].casefold() for k in words if organ.end <= k < role.start]
        genitive = line.words[organ.end - 1].casefold().endswith("s") and not between
        return words[0] == organ.start and words[-1] == role.end - 1 and (genitive or between in (["sin"], ["si"],
                                                                                                ["sitt"], ["sine"]))
    between = [line.words[k].casefold() for k in words if role.end <= k < organ.start]
    return words[0] == role.start and words[-1] == organ.end - 1 and between in (["i"], ["av"])


def _in_the_board(line: Line, end: int, hi: int) -> set[int]:
    """After the column's role, the board it is held in ("1. varamedlem i sentralstyret", "medlem
    av styret"): the role stays the column's; indexes of those words. Another organ ("medlem i
    valgkomiteen") is no board role, so that column holds none."""
    if end + 2 > hi or line.words[end].casefold() not in ("i", "av"):
        return set()
    organ = [s for s in _spans_in(line, end + 1, hi) if s.role.kind == "BODY"]
    if len(organ) != 1 or organ[0].role.code != "BOARD" or organ[0].start != end + 1 \
            or any(line.words[k] for k in range(organ[0].end, hi)):
        return set()
    return set(range(end, hi))


def _office_and_qualifiers(line: Line, lo: int, first: int) -> set[int]:
    """Before a role, the words that qualify it ("fast medlem") and an office the member holds
    it by, a title then a comma ("Sokneprest, fast medlem"): indexes of those words."""
    qualifiers = scope_words()["role_qualifiers"]
    out = {k for k in range(lo, first) if line.words[k].casefold() in qualifiers}
    words = [k for k in range(lo, first) if line.words[k] and k not in out]
    if len(words) == 1 and is_title(line.words[words[0]]) and line.tokens[words[0] + 1].text == ",":
        out.add(words[0])
    return out


def _role_label(line: Line, lo: int, first: int) -> set[int]:
    """The label "Rolle:" ("Role:", "Verv:") before the role it labels, as an e-signature page
    prints a signer's title under the name: indexes of its words, else none."""
    words = [k for k in range(lo, first) if line.words[k]]
    if len(words) == 1 and line.words[words[0]].casefold() in header_words() \
            and line.tokens[words[0] + 1].text == ":":
        return set(words)
    return set()


def _portfolio(line: Line, spans: list[RoleSpan], lo: int, hi: int, rest: list[str]) -> bool:
    """"Styremedlem økonomi:", "Styremedlem anlegg:", "Styremedlem (ski)", "Varamedlem (fotball)": a
    member's or deputy's role with the member's field."""
    if len(spans) != 1 or spans[0].start != lo or not 0 < len(rest) <= 2 or len(_spans_in(line, lo, hi)) != 1 \
            or not all(w.isalpha() for w in rest):
        return False
    after = [t.text for t in line.tokens[spans[0].end:hi]]
    code = spans[0].role.code
    labelled = code == "MEDL" and after[-1:] == [":"] and all(w.islower() for w in rest)
    return labelled or code in ("MEDL", "VARA") and after[:1] == ["("] and after[-1:] == [")"]


def function_role(text_line: Line) -> Role | None:
    """A club function in looser words ("SoMe, dugnad og utstyrsansvarlig"): a FUNCTION span,
    no board role, no name, a few words."""
    spans = text_line.roles
    if not spans or any(s.role.kind != "FUNCTION" for s in spans) or text_line.word_count() > 7:
        return None
    if any(leading_name(text_line.words, i) for i in range(len(text_line.words))):
        return None
    return spans[-1].role


def line_roles(line: Line) -> list[Role] | None:
    """One role per column, or the roles of a line of role words run together
    ("styreleder nestleder styremedlem"), or None when the line holds anything else."""
    bounds = [*line.columns, len(line.tokens)]
    if len(bounds) > 2:
        roles = [column_role(line, a, b) for a, b in zip(bounds, bounds[1:])]
        return roles if all(roles) else None
    spans = [s for s in line.roles if s.role.kind != "BODY"]
    inside = {i for s in spans for i in range(s.start, s.end)}
    rest = [w for i, w in enumerate(line.words) if i not in inside and w and w.casefold() != "og"]
    if spans and not rest:
        return [s.role for s in spans]
    return [role] if spans and (role := column_role(line)) else None


def line_names(line: Line, count: int | None = None) -> list[NameMatch] | None:
    """The names of a name line, one per column, or ``count`` names run together."""
    cols = line.column_texts()
    if count is None or len(cols) == count:
        names = [text_to_name(c) for c in cols]
        if all(names):
            return names
        if len(cols) == 1 and not line.roles and (name := _name_with_remark(cols[0])):
            return [name]
    if count and count > 1:
        return split_names(line.text, count)
    return None


_REMARK = re.compile(r"\s+[–—-]\s+(?:\S+\s*){1,5}$")
# "Kari Nordmann, Eikeland kommune": the owner the member comes from (an IKS's or a KF's board)
_MUNICIPALITY = re.compile(rf",\s+(?:[A-ZÆØÅ][\w-]*\s+){{1,3}}(?:{'|'.join(sorted(AFFILIATION_ENDS))})\s*$")


def _name_with_remark(text: str) -> NameMatch | None:
    """'Kari Nordmann – på valg', 'Ola Hansen - 1 år igjen': a name and a short remark on its term;
    'Kari Nordmann, Eikeland kommune': a name and the municipality it comes from."""
    cut = _REMARK.search(text) or _MUNICIPALITY.search(text)
    return text_to_name(text[:cut.start()]) if cut else None


def kind_of(line: Line) -> str:
    """R (roles only), N (names only), C (contact details, a signature rule) or O (other)."""
    if line.kind is None:
        line.kind = _kind(line)
    return line.kind


def _kind(line: Line) -> str:
    text = line.text
    if CONTACT.search(text) or RULE.match(text):
        return "C"
    if line_roles(line):
        return "R"
    if line_names(line):
        return "N"
    words = [w for w in line.words if w]
    if len(words) >= 4 and all(is_name_word(w) or w in PARTICLES for w in words) \
            and any(split_names(text, k) for k in range(2, 6)):
        return "N"  # names run together: "Kari Nordmann Ola Hansen"
    return "O"


def dated_label(line: Line, end: int) -> bool:
    """The words after an organ (from ``end``) only say when, before a colon: "Styret for 2022:",
    "Styret pr. 31.12.2021:", nn "Valnemnda i perioden 2022–2024:", "Styret i perioden:" label what follows as the organ's,
    as "Styret:" does; so does a year alone after it, colon or not ("Soknerådet 2023" over a box's
    list). A name after the organ ("Styret i Vekst AS:") is no date."""
    if not line.tokens[-1].text.endswith(":"):
        rest = [w for w in line.words[end:] if w]
        return bool(rest) and all(_DATED.fullmatch(w) for w in rest)
    rest = [w.casefold() for w in line.words[end:] if w]
    when = scope_words()["label_period_words"]
    dated = any(_DATED.fullmatch(w) or w in scope_words()["label_period_nouns"] for w in rest)
    return dated and all(w in when or _DATED.fullmatch(w) for w in rest)


BOARD = Role("BODY", "BOARD")


def english_board_label(text: str) -> bool:
    """"Board", "The Board:" alone on a line or as a heading: the board, in an English summary."""
    return " ".join(text.casefold().replace(":", " ").split()) in scope_words()["english_board_labels"]


def column_headers(line: Line) -> bool:
    """A header line over a role column and a name column: "Role", "Name", "Rolle  Namn"."""
    words = [w.casefold() for w in line.words if w]
    return bool(words) and len(words) <= 3 and all(w in header_words() for w in words)


def label_of(line: Line) -> Role | None:
    """A line that labels what follows: "Varamedlemmer:", "Styret:", "Valgkomité:", "Board"."""
    spans = line.roles
    if not spans and english_board_label(line.text):
        return BOARD
    if (role := _role_of_board_label(line)) is not None:
        return role
    if (role := appointed_label(line)) is not None:
        return role
    if (role := _board_now_label(line)) is not None:
        return role
    if (role := meeting_label(line)) is not None:
        return role
    if (role := _plural_role_sentence(line)) is not None:
        return role
    if len(spans) != 1 or line.word_count() > 4:
        return composition_label(line)  # several organs: only another organ composed (``_other_organ_composition``)
    role = column_role(line)
    if role is not None and (line.tokens[-1].text.endswith(":") or plural_role(line, line.roles[0])):
        return role
    span = spans[0]
    if span.role.kind == "BODY" and span.start == 0 and (all(not w for w in line.words[span.end:])
                                                          or dated_label(line, span.end)):
        return span.role
    return composition_label(line)


_NOW_WORDS = frozenset({"nå", "no", "slik", "sånn", "dette", "følgende", "fylgjande"})


def _board_now_label(line: Line) -> Role | None:
    """A sentence ending in the board and a colon ("Etter årsmøtet er klubbens styre nå:", "Styret
    ser no slik ut:") labels the lines under it as the board, whatever organ it names before."""
    spans = line.roles
    if len(spans) < 2 or not line.tokens[-1].text.endswith(":") or spans[-1].role.kind != "BODY" \
            or spans[-1].role.code != "BOARD":
        return None
    rest = [w.casefold() for w in line.words[spans[-1].end:] if w]
    return spans[-1].role if all(w in _NOW_WORDS or w in ("ser", "ut") for w in rest) else None


APPOINTED_MEMBER = Role("ROLE", "MEDL")
EMPLOYEES_MEMBER = Role("EMPLOYEE_ELECTED", None, employee=True)


def appointed_label(line: Line) -> Role | None:
    """"Oppnevnt av Kulturdepartementet:", "Valgt av de ansatte:": a label of the members a body
    appointed (members; employee-elected when the employees chose them), under which a deputies'
    label lists that body's deputies."""
    words = [w.casefold() for w in line.words if w]
    if len(words) < 3 or not line.tokens[-1].text.endswith(":") or words[1] != "av" \
            or words[0] not in (*scope_words()["appointing_verbs"], "valgt", "valt", "vald") \
            or any(s.role.kind != "BODY" for s in line.roles):
        return None
    tail = " ".join(words[2:])
    employees = any(tail == w or tail.endswith(" " + w.split()[-1]) for w in scope_words()["elected_by_employees"])
    return EMPLOYEES_MEMBER if employees else APPOINTED_MEMBER


def _role_of_board_label(line: Line) -> Role | None:
    """"Varamedlemmer til styret:", "B. VARAMEDLEM TIL STYRET:": a role label naming the board
    it is of (a role, "til"/"i", the board, a colon; a list letter may come first); "Styrets
    medlemmer" alone on its line."""
    spans = line.roles
    if len(spans) == 2 and spans[0].start == 0 and spans[0].role.code == "BOARD" and spans[1].start == spans[0].end \
            and spans[1].role.kind == "ROLE" and spans[1].end >= len([w for w in line.words if w]) \
            and line.words[0].casefold().endswith("s") and plural_role(line, spans[1]):
        return replace(spans[1].role, generic=False)  # "Styrets medlemmer", "Styrets varamedlemmer:": the board's
    if len(spans) != 2 or spans[0].role.kind == "BODY" or spans[1].role.code != "BOARD" \
            or not line.tokens[-1].text.endswith(":") or spans[1].end < len(line.tokens) - 1:
        return None
    between = [w.casefold() for w in line.words[spans[0].end:spans[1].start] if w]
    before = [w for w in line.words[:spans[0].start] if w]
    if between not in (["til"], ["i"]) or len(before) > 1 or before and not _LIST_LETTER.fullmatch(before[0]):
        return None
    return spans[0].role


_LIST_LETTER = re.compile(r"(?:[A-Za-z]|\d{1,2})[.)]?")


ROLE_SENTENCE_WORDS = 8  # "I tillegg har to observatører møtt i styret:": the most words of such a label


def _plural_role_sentence(line: Line) -> Role | None:
    """A sentence ending in a specific plural role and a colon ("Følgende har møtt som
    observatører:", "I tillegg møter to observatører i styret:"): the names under it hold that role.
    No name and no other organ in it; a generic role ("medlemmer") says whose only with its organ."""
    roles = [s for s in line.roles if not (s.role.kind == "BODY" and s.role.code == "BOARD")]
    if len(roles) != 1 or roles[0].role.kind != "ROLE" or roles[0].role.generic \
            or not line.tokens[-1].text.endswith(":") \
            or not plural_role(line, RoleSpan(roles[0].start, roles[0].start + 1, roles[0].role)) \
            or line.word_count() > ROLE_SENTENCE_WORDS or not any(line.words[:roles[0].start]):
        return None
    rest = [w.casefold() for w in line.words[roles[0].end:] if w]
    if rest not in ([], ["i", "styret"], ["til", "styret"]) \
            or any(leading_name(line.words, k) for k in range(len(line.words))):
        return None
    return roles[0].role


def composition_label(line: Line) -> Role | None:
    """A sentence saying who the board (or another organ) is, ending in a colon before the list
    ("Det nye styret er no samansett slik:", "Styret har i 2023 bestått av:", "Øvrige
    tillitsvalgte har vært:")."""
    board = [s for s in line.roles if s.role.kind == "BODY"]
    if not board or not line.tokens[-1].text.endswith(LIST_COLONS):
        return None
    if len(board) != 1 or len(line.roles) != 1:
        return _other_organ_composition(line, board)
    after = {w.casefold() for w in line.words[board[0].end:]}
    return board[0].role if after & COMPOSITION_VERBS and org_after(line, board[0].end) is None \
        and not any(leading_name(line.words, k) for k in range(board[0].end, len(line.words))) else None


_OF_WORDS = frozenset({"av", "i", "til", "for"})  # "medlemmer av styret": the board inside the organ's errand
LIST_COLONS = (":", ";")  # "... en valgkomite bestående av;": a semicolon typed for the colon before a list


def _other_organ_composition(line: Line, organs: list[RoleSpan]) -> Role | None:
    """"Videre ble det oppnevnt en valgkomite for valg av medlemmer av styret bestående av:": the
    first organ, another than the board, is the one composed; the board and roles after it only
    say what that organ is for. Its lines are that organ's, not the board's."""
    first = line.roles[0]
    if first is not organs[0] or first.role.code == "BOARD" \
            or " ".join(line.words[first.start:first.end]).casefold() in scope_words()["meetings"]:
        return None  # "Etter årsmøtet 3. mars har styret bestått av:": the meeting says when
    if any(s.role.code == "BOARD" and (not s.start or line.words[s.start - 1].casefold() not in _OF_WORDS)
           for s in organs[1:]):
        return None  # the board as the subject ("... har styret bestått av:") is the one composed
    after = {w.casefold() for w in line.words[line.roles[-1].end:]}
    return first.role if after & COMPOSITION_VERBS \
        and not any(leading_name(line.words, k) for k in range(len(line.words))) else None


def list_head(line: Line) -> Role | None:
    """A plural label with its first names on the line ("Varamedlemer: Jan Grønli (attval)"): the
    bare names on the lines under it continue its list."""
    spans = line.roles
    if len(spans) != 1 or spans[0].start != 0 or spans[0].role.kind == "BODY" or not plural_role(line, spans[0]):
        return None
    end = spans[0].end
    labelled = end < len(line.tokens) and line.tokens[end].text == ":"
    return spans[0].role if labelled and any(line.words[end + 1:]) else None


def block_runs(ctx, image: bool) -> Iterator[tuple[list[tuple[Line, int]], Line | None]]:
    """(run, lead) of a ``BoardContext``: runs of lines in consecutive blocks of one section, cut
    at headings, tables and other text; contact lines (e-mail, phone) and signature rules stay in
    the run. ``lead`` is the line of other text just before the run, if any. A role label wrapped
    onto two short lines ("Employee" / "Representative", or "Deputy" / "Kari Dahl" / "Member"
    with the name centred beside it) stays in the run as one role line; a column header ("Role")
    is passed over."""
    run: list[tuple[Line, int]] = []
    lead: Line | None = None
    held: Line | None = None  # other text after the run: its end, or a wrapped label's first half
    centred: list[tuple[Line, int]] = []  # a name line after ``held``, before the label's second half
    last = None
    for i, unit in ctx.block_units(image):
        if unit.is_heading or (last is not None and (i != last + 1 or unit.section != ctx.units[last].section)):
            if run:
                yield run, lead
            if centred:
                yield centred, held
            run, lead, held, centred = [], None, None, []
        last = i
        if unit.is_heading:
            continue
        for line in ctx.lines(i):
            if column_headers(line):
                continue
            other = kind_of(line) == "O"
            if held is not None and not centred and kind_of(line) == "N":
                centred = [(line, i)]
                continue
            if held is not None:
                joined = _wrapped_role(held, line) if other else None
                if joined is not None:
                    run += [(joined, i), *centred]
                    held, centred = None, []
                    continue
                if run:
                    yield run, lead
                run, lead, held, centred = centred, held, None, []
            if other:
                held = line
            else:
                run.append((line, i))
    if run:
        yield run, lead
    if centred:
        yield centred, held


WRAPPED_ROLE_WORDS = 2  # words on each line of a role label wrapped in a narrow column


def _wrapped_role(lead: Line, line: Line) -> Line | None:
    """``lead`` and ``line``, two short lines of other text one under the other, as one role line
    when together they are one ("Employee" / "Representative", "Deputy" / "Member")."""
    if max(lead.word_count(), line.word_count()) > WRAPPED_ROLE_WORDS:
        return None
    from extractor.fields.board_headings import heading_line

    joined = heading_line(f"{lead.text} {line.text}")
    if joined is None or kind_of(joined) != "R":
        return None
    return replace(joined, unit=line.unit)
