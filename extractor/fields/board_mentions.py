"""What every board reader yields, and the line view they read.

A ``Mention`` is a person's name with the role word that goes with it (or none: a bare name
in a list or under a signature rule), the reader that found it, and where. A ``Line`` is one
line of a unit as the spaCy pipeline saw it: its tokens, the cleaned words the name functions
read (punctuation as "", a sentence's full stop kept), the role spans of
``doc.spans["roles"]`` and where its columns start (a tab or a wide gap). ``board_lines``
pairs the roles and names of a line.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from extractor.fields.context import TextUnit
from extractor.fields.people import clean_token, first_name_evidence
from extractor.nlp.role_spans import Role, RoleSpan
from extractor.nlp.roles import is_title
from extractor.nlp.vocab import scope_words

SENTENCE_END = frozenset({".", "!", "?", ";"})
CONTACT_WORDS = frozenset({"tlf", "tel", "telefon", "mob", "mobil", "e-post", "epost", "mail", "faks"})
LISTINGS = ("name_list", "stack", "line", "table")  # readers of a board listed, not told in running text


SENTENCE_BREAK = re.compile(r"(?<!\d)[.!?;]\s")  # in running text; "14. mars" ends no sentence


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence of running ``text`` that holds position ``at``."""
    start = max((b.end() for b in SENTENCE_BREAK.finditer(text, 0, at)), default=0)
    return start, next((b.start() for b in SENTENCE_BREAK.finditer(text, at)), len(text))


@dataclass(slots=True)
class Mention:
    name: str
    role: Role | None  # None: a bare name (a list, a signature without a title)
    reader: str  # the reader that found it, also its first reason
    unit: TextUnit
    evidence: str
    first_name: str  # known, fuzzy, initial, unknown
    listing: object = None  # names of one listing are different people (see board.group)
    deputy_for: str | None = None
    owner_org: str | None = None  # whose role: "ASVLs" styreleder, styreleder "i ASVL"
    body: str | None = None  # the organ named before it: BOARD ("Styret:") or OTHER ("Valgkomité:")
    stated: bool = False  # joined by "er"/"har vært": "Daglig leder er Ingrid Solberg Haugen"
    left: bool = False  # "gikk ut av styret", "styreleder fram til juni": not on the board at year end
    new: bool = False  # "ble valgt til ny leder": a role taken during the year, over one held before
    context: list[str] = field(default_factory=list)  # reasons the scope adds (board_section, ...)
    at: int | None = None  # where the name starts in ``evidence`` (running text: which sentence holds it)

    @property
    def code(self) -> str | None:
        return self.role.code if self.role else None

    def name_at(self) -> int:
        """Where the name starts in ``evidence`` (-1 when it is not there as written)."""
        return self.at if self.at is not None else self.evidence.find(self.name)


@dataclass(slots=True)
class Line:
    unit: TextUnit
    tokens: list[Token]  # the line's tokens, spaces left out
    words: list[str]  # clean_token of each token; punctuation is ""
    roles: list[RoleSpan]  # indexes into ``tokens``
    columns: list[int]  # token index where each column starts: [0] for one column
    kind: str | None = None  # R, N, C or O, set by ``board_line_roles.kind_of``
    _text: str | None = field(default=None, repr=False, compare=False)  # kept: the readers ask often
    _columns: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(t.text_with_ws for t in self.tokens).strip()
        return self._text

    def column_texts(self) -> list[str]:
        if self._columns is None:
            bounds = [*self.columns, len(self.tokens)]
            self._columns = ["".join(t.text_with_ws for t in self.tokens[a:b]).strip() for a, b in zip(bounds, bounds[1:])]
        return list(self._columns)

    def word_count(self) -> int:
        """Words, not counting contact details ("Tlf. 900 11 222", an e-mail address)."""
        return sum(1 for w in self.words if w and not w.isdigit() and "@" not in w
                   and w.casefold().rstrip(".") not in CONTACT_WORDS)


@dataclass(slots=True)
class LinePlan:
    """A unit's lines without their Token objects, to make them again from the unit's Doc: the
    Doc's index of each token and its cleaned word, line after line, each line's role spans and
    column starts. A few bytes a token against a Line's ~100, so every unit of a 350-page book
    keeps its plan (~1.5 MB), and each reader after the first makes the lines in a tenth of
    ``doc_to_lines``'s time (no word cleaned, no role span read again)."""

    index: array  # the tokens' indexes in the Doc
    words: str  # the cleaned words joined by "\n", which no token holds (spaCy splits it off)
    ends: array  # where each line's tokens end in ``index``
    roles: tuple[tuple[RoleSpan, ...], ...]
    columns: tuple[tuple[int, ...] | None, ...]  # None: one column

    @classmethod
    def of(cls, lines: list[Line]) -> LinePlan:
        index = [t.i for line in lines for t in line.tokens]
        words = [w for line in lines for w in line.words]
        if any("\n" in w for w in words):
            raise ValueError("a word holds a line break")  # never from doc_to_lines
        ends = array("I", [0] * len(lines))
        for n, line in enumerate(lines):
            ends[n] = (ends[n - 1] if n else 0) + len(line.tokens)
        return cls(array("H" if max(index, default=0) < 1 << 16 else "I", index), "\n".join(words), ends,
                   tuple(tuple(line.roles) for line in lines),
                   tuple(None if line.columns == [0] else tuple(line.columns) for line in lines))

    def lines(self, unit: TextUnit, doc: Doc) -> list[Line]:
        out, start, words = [], 0, self.words.split("\n")
        for n, end in enumerate(self.ends):
            columns = self.columns[n]
            out.append(Line(unit, [doc[k] for k in self.index[start:end]], words[start:end], list(self.roles[n]),
                            [0] if columns is None else list(columns)))
            start = end
        return out


def char_at(line: Line, k: int) -> int:
    """Where token ``k`` starts in ``line.text``."""
    return line.tokens[k].idx - line.tokens[0].idx if k < len(line.tokens) else len(line.text)


def last_sentence(line: Line) -> Line | None:
    """The line's last sentence as a line of its own, when a sentence ends before it ("Sak 8 Val.
    Framlegget vart vedteke. Styret for 2024:"): a label closing a paragraph; else None."""
    ends = [k for k, w in enumerate(line.words[:-1]) if w in SENTENCE_END]
    if not ends:
        return None
    k = ends[-1] + 1
    roles = [RoleSpan(r.start - k, r.end - k, r.role) for r in line.roles if r.start >= k]
    return Line(line.unit, line.tokens[k:], line.words[k:], roles, [0])


_ENUMERATOR = re.compile(r"^\d{1,2}[.)]?$")


def _enumerator(doc: Doc, i: int, roles: dict) -> int:
    """Tokens of a list number opening a line before a capitalised name ("1. Kari Stad", "2) Ola
    Lie"), 0 for none; "1. varamedlem" keeps its number (the role phrase's)."""
    if not _ENUMERATOR.match(doc[i].text):
        return 0
    n = 1 if doc[i].text[-1] in ".)" else 2 if i + 1 < len(doc) and doc[i + 1].text in (".", ")") else 0
    nxt = i + n
    if not n or nxt >= len(doc) or nxt in roles or not doc[nxt].is_alpha or not doc[nxt].text[:1].isupper() \
            or not doc[nxt - 1].whitespace_:
        return 0
    return n


def _blank_signed_marks(tokens: list[Token], words: list[str]) -> None:
    """A signature mark in brackets ("Kari Dahl (s.) styreleder", "(sign.)") is no word: the role
    after it is the name's before it."""
    marks = scope_words()["signed_marks"]
    for k, token in enumerate(tokens):
        if token.text != "(":
            continue
        close = next((j for j in range(k + 1, min(k + 4, len(tokens))) if tokens[j].text == ")"), None)
        if close is not None and "".join(t.text for t in tokens[k + 1:close]).casefold().strip(".") in marks:
            words[k:close + 1] = [""] * (close + 1 - k)


def _without_origins(spans: list[RoleSpan], words: list[str]) -> list[RoleSpan]:
    """The spans without an organ or union a board role comes from ("Observatør fra Fagforbundet:",
    "Observatør frå brukarrådet:", "observatør for brukerrådet"): it says where the holder comes
    from, not what the role is of."""
    links, observer = scope_words()["origin_links"], scope_words()["observer_origin_links"]
    drop = {k for k in range(1, len(spans)) if spans[k].role.kind in ("NOT_BOARD", "BODY")
            and spans[k].role.code not in ("BOARD", None) and _board_title_span(spans[k - 1])
            and spans[k].start == spans[k - 1].end + 1 and (words[spans[k - 1].end] in links or (
                spans[k - 1].role.code == "OBS" and words[spans[k - 1].end] in observer))}
    drop |= {k for k in range(1, len(spans)) if _occupation_after_label(spans[k - 1], spans[k], words)}
    drop |= {k for k in range(len(spans) - 1) if _occupation_before_seat(spans[k], spans[k + 1], words)}
    return [_elected_officer(s, words) for k, s in enumerate(spans) if k not in drop]


ELECTED_OFFICER = Role("FUNCTION", "MEDL")


def _elected_officer(span: RoleSpan, words: list[str]) -> RoleSpan:
    """A one-word head's title right after words of an election ("Gjenvalg av havnesjef Per Lie",
    nn "vald som hamnesjef"): an officer the meeting elects, a club function (a member where the
    board is listed, else nothing), never the daglig leder, whom the board employs."""
    if span.role.code != "DAGL" or span.end - span.start != 1:
        return span
    before = tuple(w.casefold() for w in words[max(0, span.start - 3):span.start] if w)
    if not any(before[-len(p):] == p for p in _election_of()[0]) and not _ballot_after(span, words):
        return span
    return RoleSpan(span.start, span.end, replace(ELECTED_OFFICER, score=span.role.score))


ELECTION_AFTER_REACH = 8  # words after a title searched for "(er ikke) på valg": its name and the verb


def _ballot_after(span: RoleSpan, words: list[str]) -> bool:
    """ "Havnesjef Per Olav Lie er ikke på valg": an election list's words after the title's name,
    in its sentence."""
    after = []
    for w in words[span.end:span.end + ELECTION_AFTER_REACH]:
        if w in SENTENCE_END:
            break
        if w:
            after.append(w.casefold())
    return any(tuple(after[k:k + len(p)]) == p for p in _election_of()[1] for k in range(len(after)))


@lru_cache(maxsize=1)
def _election_of() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """The words of an election before a title (``election_of``) and after its name (``election_after``)."""
    words = scope_words()
    return tuple(tuple(p.split()) for p in words["election_of"]), tuple(tuple(p.split()) for p in words["election_after"])


SEAT_NAME_WORDS = (2, 4)  # the words of a name between an occupation and the seat after it


def _occupation_before_seat(title: RoleSpan, seat: RoleSpan, words: list[str]) -> bool:
    """ "Rektor Anne Dahl, nestleder", "Ordførar Per Lid (styreleiar)": one word before a member's
    name that is a head's title or an occupation, the name's board seat right after it past a comma
    or a bracket: the seat is the name's and the title the member's job (a school's rektor on a
    legat's board), not a daglig leder. The post's own phrase ("Daglig leder Kari Dahl, ...") is
    two words and stays; so does a function after the name ("Forretningsfører X, sekretær")."""
    if title.end - title.start != 1 or title.role.is_board \
            or not (title.role.code == "DAGL" or is_title(words[title.start])):
        return False  # "styreleder A, nestleder B": a seat before each name
    if seat.role.kind not in ("ROLE", "EMPLOYEE_ELECTED") or not seat.role.is_board:
        return False
    between = words[title.end:seat.start]
    name = [w for w in between if w]
    low, high = SEAT_NAME_WORDS
    return low <= len(name) <= high and between[:len(name)] == name and all(w[:1].isupper() for w in name) \
        and 1 <= len(between) - len(name) <= 2


def _occupation_after_label(label: RoleSpan, span: RoleSpan, words: list[str]) -> bool:
    """ "Styremedlem: rektor Anne Dahl": a head's title that is an occupation too, in lower case
    between a board role's colon and a name, is the member's job, not a seat of her own."""
    return _board_title_span(label) and span.role.kind == "HEAD" and span.end - span.start == 1 \
        and span.start == label.end + 1 and words[label.end] == "" and words[span.start][:1].islower() \
        and is_title(words[span.start]) and span.end < len(words) and words[span.end][:1].isupper()


def _board_title_span(span: RoleSpan) -> bool:
    role = span.role
    return role.kind == "ROLE" and role.is_board and not role.generic


_ARTICLES = frozenset({"de", "dei"})


def doc_to_lines(unit: TextUnit, doc: Doc) -> list[Line]:
    """The lines of a unit's Doc, each with its role spans and column starts."""
    roles = {s.start: s for s in doc.spans.get("roles", [])}
    lines: list[Line] = []
    tokens: list[Token] = []
    columns: list[int] = [0]
    spans: list[RoleSpan] = []

    def close() -> None:
        if tokens:
            words = [t.text if t.text in SENTENCE_END else "" if t.is_punct else clean_token(t.text) for t in tokens]
            _blank_signed_marks(tokens, words)
            lines.append(Line(unit, list(tokens), words, _without_origins(spans, words), list(columns)))
        tokens.clear(), spans.clear()
        columns[:] = [0]

    i = 0
    while i < len(doc):
        token = doc[i]
        if token.is_space:
            if "\n" in token.text:
                close()
            elif tokens and ("\t" in token.text or len(token.text) >= 2) and columns[-1] != len(tokens):
                columns.append(len(tokens))
            i += 1
            continue
        if not tokens and (skip := _enumerator(doc, i, roles)):
            i += skip  # "2. Anne Ljøen" in a numbered list: the number is no part of the name
            continue
        span = roles.get(i)
        if span is not None and not any(t.is_space for t in span):
            # "som de ansattes representant", nn "dei tilsette sin representant": the article is the phrase's
            start = len(tokens) - 1 if tokens and tokens[-1].lower_ in _ARTICLES and span._.role is not None \
                and span._.role.kind == "EMPLOYEE_ELECTED" else len(tokens)
            spans.append(RoleSpan(start, len(tokens) + len(span), span._.role))
            tokens.extend(span)
            i = span.end
        else:
            tokens.append(token)
            i += 1
        if "\n" in tokens[-1].whitespace_:
            close()
    close()
    return lines


def join_broken_names(units: list[TextUnit], index: dict[int, int], mentions: list[Mention]) -> list[Mention]:
    """A name broken at a line end that the layout made a paragraph break (a photo caption's
    "..., Kari Svanøy Eide, Tor" / "Inge Solheim (tilsettvald) og ..."): the mention that opens
    its unit takes the first name ending the unit before, when the document prints that whole
    name elsewhere (the signatures), so the two are one person."""
    whole = {m.name for m in mentions}
    for m in mentions:
        i = index.get(id(m.unit))
        if not i or not m.unit.text.startswith(m.name):
            continue
        before = units[i - 1]
        words = before.text.rstrip().split()
        if not words or before.prov.page != m.unit.prov.page or not words[-1][:1].isupper():
            continue
        joined = f"{words[-1]} {m.name}"
        if joined in whole and first_name_evidence(words[-1]) == "known":
            m.name, m.first_name = joined, "known"
    return mentions
