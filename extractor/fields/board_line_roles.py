"""What a line or a column of a board listing holds: its role words (``column_role``, a club
function "Kasserer" or "Styreleder i 2 år"), the roles or names a whole line lists
(``line_roles``, ``line_names``) and its kind (role, name, contact, rule, other), which the
readers (``board_readers``), the scope, tables and signature blocks read layouts from. Whether a
line labels the lines under it is ``board_line_labels``'; the runs of role and name lines the stack
reader pairs are ``board_stacks.block_runs``.
"""
from __future__ import annotations

import re

from extractor import gazetteers
from extractor.fields.board_asides import AFFILIATION_ENDS, APPOINTER_WORDS, appointed_at
from extractor.fields.board_line_offices import acting_aside, join_groups
from extractor.fields.board_mentions import Line
from extractor.fields.board_names import FROM_WORDS
from extractor.fields.board_statements import past_order
from extractor.fields.people import PARTICLES, NameMatch, is_name_word, leading_name, split_names, text_to_inverted_name, text_to_name
from extractor.nlp.role_spans import BOARD_CODES, Role, RoleSpan
from extractor.nlp.roles import is_title
from extractor.nlp.vocab import header_words, scope_words

YEAR = re.compile(r"(?:19|20)\d\d")

CONTACT = re.compile(r"@|https?://|www\.|^\s*(?:tlf|telefon|mob|mobil|e-post|epost|tel)\b|^[+\d][\d\s().-]{6,}$",
                     re.IGNORECASE)
RULE = re.compile(r"^[\s_.\-–—]{6,}$")  # a signature line


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
        | _observer_from(line, spans[-1], hi) \
        | ({spans[-1].end + 1} if acting_aside(line, spans[-1]) else set()) \
        | _home_place(line, spans[-1].end, hi) | order_after(line, spans[-1].end, hi) \
        | _card_affiliation(line, spans[-1].end, hi) | _since_year(line, spans[-1].end, hi)
    # "Leiar (fungerande):"; "2. varamedlem Arendal"; "Leder · Nidar BTK"; "Styreleder siden 2021"
    rest = [line.words[i] for i in range(lo, hi) if i not in inside and line.words[i]]
    if _portfolio(line, spans, lo, hi, rest):
        return spans[0].role
    if any(not (w.isdigit() or w.casefold() in ("og", "&")) for w in rest):
        return None
    kinds = {s.role.kind for s in spans}
    if _in_two_languages(line, spans):
        return min((s.role for s in spans), key=lambda r: r.generic)  # "Jođiheaddji / Styreleder": the specific
    if len(spans) == 1 or kinds == {"FUNCTION"} or _whom_in_brackets(line, spans):
        return spans[0].role
    if len({(s.role.kind, s.role.code, s.role.employee) for s in spans}) == 1:
        return spans[-1].role  # "VARAMEDLEMMER" over "1. vara" in one cell: a list's label and its seat
    return None


def _since_year(line: Line, end: int, hi: int) -> set[int]:
    """The indexes of a tenure ending the column right after a role ("Styreleder siden 2021", nn
    "Nestleiar frå 2019"): when the office was taken, not another word of the line."""
    words = line.words[end:hi]
    if len(words) == 2 and words[0] and words[0].casefold() in FROM_WORDS and YEAR.fullmatch(words[1] or ""):
        return {end, end + 1}
    return set()


def order_after(line: Line, end: int, hi: int | None = None) -> set[int]:
    """The indexes of an order after a role ("Varamedlemmer for de kommunevalgte, i rekkefølge:",
    "Varamedlemer (i nummerert rekkjefølgje)"): how the deputies are called in, not who they are."""
    hi = len(line.tokens) if hi is None else hi
    for k in range(end, hi):
        if (stop := past_order(line.words, k, hi)) > k:
            return set(range(k, stop))
    return set()


def _home_place(line: Line, end: int, hi: int) -> set[int]:
    """The holder's home town after the column's role, as a portrait's caption gives it on the
    role's line ("2. varamedlem Arendal", "Styremedlem, Vennesla"): one capitalised place name
    ending the line; its index."""
    k = end + (end < hi and line.tokens[end].text == ",")
    if k != hi - 1 or not line.words[k][:1].isupper() or gazetteers.place(line.words[k]) is None:
        return set()
    return {k}


CARD_DOTS = frozenset({"·", "•"})  # a card's role line sets the holder's club or employer after one
CARD_AFFILIATION_WORDS = 4


def _card_affiliation(line: Line, end: int, hi: int) -> set[int]:
    """The holder's club or employer after a middle dot on a portrait card's role line ("Leder ·
    Nidar BTK", "1. vara · Namsos BTK"): a short capitalised phrase ending the line; its indexes."""
    if end >= hi or line.tokens[end].text not in CARD_DOTS:
        return set()
    return _short_name_after(line, end, hi, CARD_AFFILIATION_WORDS)


def _short_name_after(line: Line, link: int, hi: int, most: int) -> set[int]:
    """The link at ``link`` and a short capitalised name after it ending the column (at most
    ``most`` words): their indexes, or none."""
    words = [w for w in line.words[link + 1:hi] if w]
    return set(range(link, hi)) if 0 < len(words) <= most and words[0][:1].isupper() else set()


def _whom_in_brackets(line: Line, spans: list[RoleSpan]) -> bool:
    """A board seat and, in brackets after it, whom its holder speaks for: "Styremedlem
    (foreldrerepresentant)", "Styremedlem (ungdomsrepresentant)"; the seat is the role."""
    return (len(spans) == 2 and spans[0].role.kind == "ROLE" and spans[0].role.code in BOARD_CODES
            and spans[1].role.kind == "FUNCTION"
            and [t.text for t in line.tokens[spans[0].end:spans[1].start]] == ["("]
            and [t.text for t in line.tokens[spans[1].end:spans[1].end + 1]] == [")"])


def _in_two_languages(line: Line, spans: list[RoleSpan]) -> bool:
    """One role in two languages with a slash between: "Jođiheaddji / Styreleder" (North Sámi and
    bokmål), "Styreleder / Chair"."""
    return (len(spans) == 2 and (spans[0].role.kind, spans[0].role.code) == (spans[1].role.kind, spans[1].role.code)
            and [t.text for t in line.tokens[spans[0].end:spans[1].start]] == ["/"])


MAX_STOOD_IN = 3  # "vara, møtte for Kari Moe": a comma and a verb of attending before "for"


def _deputy_for(line: Line, spans: list, hi: int) -> set[int]:
    """ "Vara for Etne", "Varamedlem for Kari Moe", a deputy signing "vara, møtte for Kari Moe":
    whom a deputy stands in for, after the one deputy role of the column; indexes of those words."""
    last = spans[-1]
    if len(spans) != 1 or last.role.code != "VARA":
        return set()
    k = last.end
    attending = scope_words()["attendance_words"]
    while k < min(hi, last.end + MAX_STOOD_IN) and (not line.words[k] or line.words[k].casefold() in attending):
        k += 1
    if k >= hi or line.words[k].casefold() != "for":
        return set()
    return set(range(last.end, hi))


def _appointed_by(line: Line, end: int, hi: int) -> set[int]:
    """After the column's role, who appointed its holder ("Styremedlem, oppnevnt av kommunen",
    "Varamedlem (oppnevnt av Nordby kommune)"): the role stays the column's; indexes of those words."""
    k = end + (end < hi and line.tokens[end].text in (",", "("))
    if k + 2 > hi or hi - k > APPOINTER_WORDS + 2 or not appointed_at(line, k):
        return set()
    return set(range(end, hi))


ORIGIN_WORDS = 4  # "Observatør fra Vestby kommune", "Observatør frå Sunnfjord Energi AS": a short name


def _observer_from(line: Line, span: RoleSpan, hi: int) -> set[int]:
    """After an observer's role, the body that sent the holder ("Observatør fra Vestby kommune" in
    a table's role column): the role stays the column's; indexes of those words."""
    end = span.end
    if span.role.code != "OBS" or end >= hi or line.words[end].casefold() not in scope_words()["origin_links"]:
        return set()
    return _short_name_after(line, end, hi, ORIGIN_WORDS)


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
    member's or deputy's role with the member's field; an observer with whom they come from
    ("Observer (municipal administration)")."""
    if len(spans) != 1 or spans[0].start != lo or not 0 < len(rest) <= 2 or len(_spans_in(line, lo, hi)) != 1 \
            or not all(w.isalpha() for w in rest):
        return False
    after = [t.text for t in line.tokens[spans[0].end:hi]]
    code = spans[0].role.code
    labelled = code == "MEDL" and after[-1:] == [":"] and all(w.islower() for w in rest)
    return labelled or code in ("MEDL", "VARA", "OBS") and after[:1] == ["("] and after[-1:] == [")"]


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
        names = [None if _places_only(name := text_to_name(c)) else name for c in cols]
        if all(names):
            return names
        if len(cols) == 1 and not line.roles and (name := _name_with_remark(cols[0]) or text_to_inverted_name(cols[0])):
            return [name]
    if count and count > 1:
        return split_names(line.text, count)
    return None


def _places_only(name: NameMatch | None) -> bool:
    """ "Bø Notodden": home towns of portraits side by side run into one line, every word a
    place and no known first name among them; no person."""
    return name is not None and name.first_name == "unknown" \
        and all(gazetteers.place(w) is not None for w in name.name.split())


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


_JOINED = re.compile(r",\s*|\s+(?:og|and|&)\s+", re.IGNORECASE)


def joined_names(line: Line) -> list[NameMatch] | None:
    """Two or more names joined by "og" or commas, each with a known first name ("Rune Aasgard og
    Liv Tjelle"), or None."""
    parts = _JOINED.split(line.text.strip())
    if len(parts) < 2:
        return None
    names = []
    for part in parts:  # the first part that is no name ends it: prose with commas is common
        name = text_to_name(part)
        if name is None or name.first_name != "known":
            return None
        names.append(name)
    return names


def _kind(line: Line) -> str:
    text = line.text
    if CONTACT.search(text) or RULE.match(text):
        return "C"
    if line_roles(line):
        return "R"
    if line_names(line) or joined_names(line):
        return "N"
    words = [w for w in line.words if w]
    if len(words) >= 4 and all(is_name_word(w) or w in PARTICLES for w in words) \
            and any(split_names(text, k) for k in range(2, 6)):
        return "N"  # names run together: "Kari Nordmann Ola Hansen"
    return "O"
