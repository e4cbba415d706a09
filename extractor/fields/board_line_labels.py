"""Whether a line of a board listing labels the lines under it (``label_of``): a role label
("Varamedlemmer:"), the board or another organ ("Styret:", "Styret for 2023:", "Board"), a body's
appointees ("Valgt av de ansatte:"), a sentence ending in the board or in a plural role and a colon,
one saying who the board is ("Styret har i 2023 bestått av:"), a column header ("Rolle  Namn"), and
a plural label with its first names on the line (``list_head``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.fields.board_line_roles import column_role, order_after
from extractor.fields.board_mentions import Line
from extractor.fields.board_names import plural_role
from extractor.fields.board_owners import org_after
from extractor.fields.board_sides import meeting_label
from extractor.fields.people import leading_name
from extractor.nlp.role_spans import Role, RoleSpan
from extractor.nlp.vocab import header_words, scope_words

# "Styret har bestått av ...", "Styret har i 2023 hatt følgende sammensetning: ...".
COMPOSITION_VERBS = frozenset({"består", "bestått", "bestod", "besto", "bestående", "beståande", "sammensatt",
                               "samansett", "utgjøres",
                               "utgjort", "følgende", "følgjande", "nedenstående", "vært", "vore",
                               # "Menighetsrådets sammensetning er:": the noun says it as well
                               "sammensetning", "samansetjing", "samansetning", "samansetnad",
                               "consisted", "consists", "comprised", "comprises", "composed"})
_DATED = re.compile(r"\d[\d./\-–]*")  # "2022", "31.12.2021", "2021–2022"


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
    if (role := appointed_label(line) or employees_label(line) or delegates_label(line)) is not None:
        return role
    if (role := _board_now_label(line)) is not None:
        return role
    if (role := meeting_label(line)) is not None:
        return role
    if (role := _plural_role_sentence(line)) is not None:
        return role
    if len(spans) != 1 or line.word_count() - len(order_after(line, spans[0].end)) > 4:
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


def employees_label(line: Line) -> Role | None:
    """"Valgt av og blant de ansatte:", one employees' phrase and a colon, however long: the
    members under it are the employees' choice."""
    spans = line.roles
    if len(spans) != 1 or spans[0].role.kind != "EMPLOYEE_ELECTED" or not line.tokens[-1].text.endswith(":") \
            or any(line.words[:spans[0].start]) or any(line.words[spans[0].end:]):
        return None
    return spans[0].role


OTHER_ORGAN = Role("BODY", "OTHER")


def delegates_label(line: Line) -> Role | None:
    """"DELEGERTE TIL BOLIGBYGGELAGETS GENERALFORSAMLING", "Utsendingar til landsmøtet:": the
    delegates to another body's meeting, an organ of their own; no name on the line."""
    words = [w.casefold() for w in line.words if w]
    if len(words) < 3 or words[0] not in scope_words()["delegate_words"] \
            or words[1] not in scope_words()["delegate_links"] \
            or _has_name(line):
        return None
    return OTHER_ORGAN


def _role_of_board_label(line: Line) -> Role | None:
    """"Varamedlemmer til styret:", "B. VARAMEDLEM TIL STYRET:": a role label naming the board
    it is of (a role, "til"/"i", the board, an order perhaps, a colon; a list letter may come
    first); "Styrets medlemmer" alone on its line."""
    spans = line.roles
    if len(spans) == 2 and spans[0].start == 0 and spans[0].role.code == "BOARD" and spans[1].start == spans[0].end \
            and spans[1].role.kind == "ROLE" and spans[1].end >= len([w for w in line.words if w]) \
            and line.words[0].casefold().endswith("s") and plural_role(line, spans[1]):
        return replace(spans[1].role, generic=False)  # "Styrets medlemmer", "Styrets varamedlemmer:": the board's
    if len(spans) != 2 or spans[0].role.kind == "BODY" or spans[1].role.code != "BOARD" \
            or not line.tokens[-1].text.endswith(":"):
        return None
    order = order_after(line, spans[1].end)  # "Varamedlemmer til styret, i prioritert rekkefølge:"
    if any(line.words[k] for k in range(spans[1].end, len(line.tokens)) if k not in order):
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
            or _has_name(line):
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
        and not _has_name(line, board[0].end) else None


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
        and not _has_name(line) else None


def _has_name(line: Line, start: int = 0) -> bool:
    """A person's name opens at some word of the line from ``start`` on: a label's line holds none."""
    return any(leading_name(line.words, k) for k in range(start, len(line.words)))


def list_head(line: Line) -> Role | None:
    """A plural label with its first names on the line ("Varamedlemer: Jan Grønli (attval)"): the
    bare names on the lines under it continue its list."""
    spans = line.roles
    if len(spans) != 1 or spans[0].start != 0 or spans[0].role.kind == "BODY" or not plural_role(line, spans[0]):
        return None
    end = spans[0].end
    labelled = end < len(line.tokens) and line.tokens[end].text == ":"
    return spans[0].role if labelled and any(line.words[end + 1:]) else None
