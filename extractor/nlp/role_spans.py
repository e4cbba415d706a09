"""Role words as spans: where the board vocabulary (``patterns/roles.jsonl``) meets the text.

The ``role_spans`` component puts every role phrase of a Doc in ``doc.spans["roles"]``; the
board readers (``extractor.fields.board_*``) read those spans instead of splitting raw text
again. Labels and ``id_``:

- ROLE, id LEDE/NEST/MEDL/VARA/OBS/DAGL: "styreleder", "Styremedl.", "dagleg leiar", an
  inflected form ("styremedlemmene") or a typo ("styrelleder", see ``roles.role_code``); an
  employee qualifier next to it joins the span ("ansattvalgt styremedlem", "styremedlem
  (ansattvalgt)");
- EMPLOYEE_ELECTED alone ("Ansattvalg:", "valgt av de ansatte"): a member whose seat the
  employees chose, role not said;
- FUNCTION (id MEDL), HEAD (id DAGL), NOT_BOARD (id OTHER), BODY (id BOARD or OTHER): see
  ``roles.word_kind``.

``span._.role`` holds a ``Role`` (kind, code, score, employee, generic). Generic words ("leder",
"medlem", "vara", "medlemmer") are spans too, marked ``generic``: whether they are board roles
depends on where they stand, which only the board readers know.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from extractor.caches import WORD_CACHE
from extractor.nlp.roles import (GENERIC_WORDS, REGIONAL_CHAIRS, _key, _patterns, generic_plural, is_activity, is_employee_elected,
                                 is_employee_phrase, role_code, word_kind)

MAX_ROLE_TOKENS = 6  # "daglig leder ( konst . )", "valgt av og blant de ansatte"
BOARD_CODES = ("LEDE", "NEST", "MEDL", "VARA", "OBS")
CHAIRS = ("LEDE", "NEST")  # roles that include a seat: beat a plain "styremedlem" for the same person
_CUT_WORDS = frozenset({"for", "etter", "til", "fra", "frå"})  # "varamedlem for Kari": the role stops before
_STOPS = frozenset({":", ",", ";", "):", "–", "—"})  # never inside one role phrase
_JOINERS = frozenset({"og", "/", "&", "og/eller", "-", "–", "(", ")", ","})


@dataclass(frozen=True, slots=True)
class Role:
    kind: str  # ROLE, EMPLOYEE_ELECTED, FUNCTION, HEAD, NOT_BOARD, BODY
    code: str | None  # LEDE ... DAGL; MEDL for FUNCTION, DAGL for HEAD, OTHER, BOARD; None for a qualifier
    score: float = 1.0  # role_code confidence
    employee: bool = False
    generic: bool = False  # "leder", "medlem": a board role only where the text is about the board
    regional: bool = False  # "fylkesleder": the board's chair only in a county branch's own report

    @property
    def is_board(self) -> bool:
        return self.code in BOARD_CODES or (self.kind == "EMPLOYEE_ELECTED")


@dataclass(slots=True)
class RoleSpan:
    start: int  # token indexes (into the Doc, or the token list it was found in)
    end: int
    role: Role


if not Span.has_extension("role"):
    Span.set_extension("role", default=None)


@lru_cache(maxsize=1)
def _starters() -> tuple[frozenset[str], frozenset[str]]:
    """(first words of the several-word phrases, abbreviations that keep their full stop)."""
    starts, abbrev = set(), set()
    for p in _patterns():
        if p["label"] == "NON_VOTING":
            continue  # read after an employee's role only (``_non_voting_end``)
        words = p["pattern"].split()
        if len(words) > 1:
            starts.add(_key(words[0]))
        abbrev.update(_key(w) for w in words if w.endswith(".") and len(w) > 2)
    return frozenset(starts), frozenset(abbrev)


@lru_cache(maxsize=WORD_CACHE)
def _starts_phrase(key: str) -> bool:
    """'personlige' starts "personlig varamedlem" inflected; short starters ("de") must match whole."""
    return key in _starters()[0] or any(key[:n] in starts for n, starts in _long_starters().items())


@lru_cache(maxsize=1)
def _long_starters() -> dict[int, frozenset[str]]:
    """The starters of 5 letters or more by length: a key starts with one if its first n letters are one."""
    by_length: dict[int, set[str]] = {}
    for s in _starters()[0]:
        if len(s) >= 5:
            by_length.setdefault(len(s), set()).add(s)
    return {n: frozenset(group) for n, group in by_length.items()}


@lru_cache(maxsize=WORD_CACHE)
def phrase_role(text: str, single: bool) -> Role | None:
    """The Role a phrase names, None for none. ``single``: one token (a typo or a genitive may
    then count; in a longer phrase only listed and inflected forms do)."""
    hit = role_code(text)
    employee = is_employee_elected(text) if single else is_employee_phrase(text)
    if hit and (single or hit[1] >= 0.95):
        return Role("ROLE", hit[0], hit[1], employee, _key(text) in GENERIC_WORDS, _key(text).startswith(REGIONAL_CHAIRS))
    if employee:
        return Role("EMPLOYEE_ELECTED", None, 1.0, True)
    other = word_kind(text)
    if other:
        return Role(other[0], other[1])
    if single and (code := generic_plural(text)):
        return Role("ROLE", code, 0.95, False, True)
    return None


class Tok(NamedTuple):
    """What the finder needs of a spaCy token, read from the Doc's arrays (making a Token
    object per token costs more than the search itself)."""

    text: str
    lower_: str
    whitespace_: str
    is_space: bool
    is_punct: bool

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_


def doc_tokens(doc: Doc) -> list[Tok]:
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SPACY, IS_SPACE, IS_PUNCT]).tolist() if len(doc) else []
    out = []
    for orth, space, is_space, is_punct in rows:
        text = strings[orth]
        out.append(Tok(text, text.lower(), " " if space else "", bool(is_space), bool(is_punct)))
    return out


def _is_word(token: Tok) -> bool:
    return not (token.is_space or token.is_punct) or token.text[:1].isdigit()


@lru_cache(maxsize=WORD_CACHE)
def _may_start(lower: str) -> bool:
    """Whether a span can start at a token of this text (cheap test before the search)."""
    return lower == "(" or _starts_phrase(_key(lower)) or phrase_role(lower, True) is not None


_STAFF_MARKS = frozenset({"ansatte", "tilsette", "tilsatte", "arbeidstakerne"})


def _closes(seg: list[Tok]) -> bool:
    """A phrase may end in ")" ("daglig leder (konst.)") or in an abbreviation's full stop
    ("adm. dir."), never in a sentence's full stop ("... daglig leder.")."""
    last, before = seg[-1].text, seg[-2]
    return last == ")" or last == "." and not before.whitespace_ and _key(before.text) in _starters()[1]


def _span_at(tokens: list[Tok], i: int) -> RoleSpan | None:
    first = tokens[i]
    if not _may_start(first.lower_):
        return None
    if first.text == "(" and i + 2 < len(tokens) and tokens[i + 1].lower_ in _STAFF_MARKS \
            and tokens[i + 2].text.startswith(")"):
        return RoleSpan(i, i + 3, Role("EMPLOYEE_ELECTED", None, 1.0, True))  # "Randi Haugen (ansatte)"
    if not _is_word(first):
        return None
    longest = 1
    if _starts_phrase(_key(first.text)):
        longest = min(MAX_ROLE_TOKENS, len(tokens) - i)
    for k in range(longest, 0, -1):
        seg = tokens[i:i + k]
        if any(t.is_space or t.text in _STOPS for t in seg) or (k > 1 and not _is_word(seg[-1])
                                                                 and not _closes(seg)):
            continue
        text = "".join(t.text_with_ws for t in seg).strip()
        if k > 1 and any(t.lower_ in _CUT_WORDS for t in seg[1:]) and not is_employee_phrase(text) \
                and (word_kind(text) or ("",))[0] != "NOT_BOARD":
            continue  # but "representant for dei tilsette", "sekretær for styret" are one phrase
        role = phrase_role(text, k == 1)
        if role is None:
            continue
        if k > 1 and role.kind == "EMPLOYEE_ELECTED" and phrase_role("".join(
                t.text_with_ws for t in seg[1:]).strip(), False) is not None:
            continue  # "ansattvalgt styremedlem": the qualifier first, then the role, joined below
        end = i + k
        if end < len(tokens) and tokens[end].text == "." and not seg[-1].whitespace_ \
                and _key(seg[-1].text) in _starters()[1]:
            end += 1  # "Styremedl." keeps its full stop
        if any(t.text == "(" for t in seg) and end < len(tokens) and tokens[end].text == ")":
            end += 1  # "styremedlem (ansattvalgt)" keeps its closing parenthesis
        return RoleSpan(i, end, role)
    return None


def _joinable(tokens: list[Tok], lo: int, hi: int) -> bool:
    return all(not t.is_space and (t.lower_ in _JOINERS) for t in tokens[lo:hi])


def _merge(tokens: list[Tok], prev: RoleSpan, span: RoleSpan) -> RoleSpan:
    role = prev.role if prev.role.code is not None else span.role
    employee = prev.role.employee or span.role.employee
    score = min(prev.role.score, span.role.score)
    end = span.end
    if any(t.text == "(" for t in tokens[prev.end:span.start]) and end < len(tokens) and tokens[end].text == ")":
        end += 1
    return RoleSpan(prev.start, end, replace(role, employee=employee, score=score, kind="ROLE"))


def _qualifies(tokens: list[Tok], spans: list[RoleSpan], prev: RoleSpan, span: RoleSpan) -> bool:
    """Whether an employee qualifier and a board role next to each other are one role:
    "ansattvalgt styremedlem" (qualifier first) or "styremedlem (ansattvalgt)" / "styremedlem,
    ansattvalgt" / "styremedlem ansattrepresentant" (after), but not "..., og ansattvalgt
    styremedlem er X" where the qualifier starts the next role, nor "ansattvalgt" beside "daglig
    leder"."""
    if not _joinable(tokens, prev.end, span.start):
        return False
    if prev.role.kind == "EMPLOYEE_ELECTED" and span.role.code in BOARD_CODES:
        return all(t.text in ("-", "/") for t in tokens[prev.end:span.start])
    if span.role.kind != "EMPLOYEE_ELECTED" or prev.role.code not in BOARD_CODES:
        return False
    nxt = _span_at(tokens, span.end) if span.end < len(tokens) else None
    if nxt is not None and nxt.role.code in BOARD_CODES:
        return False
    between = [t.text for t in tokens[prev.end:span.start]]
    if not between:
        # "styremedlem valgt av de ansatte": a phrase after the role qualifies it; so does a word
        # a caption wrapped onto the next line ("Styremedlem" / "ansattrepresentant")
        return True
    return "(" in between or any(t in {",", "-", "–"} for t in between)


def _leader_named_twice(tokens: list[Tok], prev: RoleSpan, span: RoleSpan) -> RoleSpan | None:
    """One office in two languages, a bare "leader" and the daglig leder: "jođiheaddji / daglig
    leder" is the daglig leder (not "styreleder / daglig leder", two offices of one person)."""
    # cheap tests first: this runs for every role span of a document
    if span.start - prev.end != 1 or tokens[prev.end].text != "/" \
            or {prev.role.code, span.role.code} != {"LEDE", "DAGL"}:
        return None
    leader, head = (prev, span) if span.role.code == "DAGL" else (span, prev)
    if not leader.role.generic or head.role.generic:
        return None
    return RoleSpan(prev.start, span.end, head.role)


def _group_leader(tokens: list[Tok], span: RoleSpan) -> RoleSpan:
    """'Leder fotball', 'Leiar alpint': a group's leader, a member of the club's main board."""
    role = span.role
    if role.kind != "ROLE" or role.code not in ("LEDE", "NEST") or span.end >= len(tokens) \
            or not tokens[span.end - 1].whitespace_ or not is_activity(tokens[span.end].text):
        return span
    if tokens[span.end].text[:1].isupper() and not tokens[span.start].text[:1].isupper():
        return span  # "styreleder Ski IL": a place or a club's name, not a group
    return RoleSpan(span.start, span.end + 1, Role("FUNCTION", "MEDL"))


@lru_cache(maxsize=1)
def _non_voting() -> re.Pattern:
    """One or more non-voting remarks ("med tale- og forslagsrett", "møte- og talerett, utan
    røysterett"; roles.jsonl, label NON_VOTING), set off by a comma or in parentheses."""
    phrases = sorted((p["pattern"] for p in _patterns() if p["label"] == "NON_VOTING"), key=len, reverse=True)
    one = "|".join(r"\s*".join(re.escape(w) for w in re.split(r"\s+", ph)) for ph in phrases)
    return re.compile(rf"\s*[,(]?\s*(?:{one})(?:\s*,\s*(?:{one}))*\s*\)?", re.IGNORECASE)


def non_voting_at(text: str) -> bool:
    """Whether ``text`` opens with a non-voting remark ("(med møte- og talerett)", ", utan
    røysterett")."""
    return _non_voting().match(text) is not None


def _non_voting_end(tokens: list[Tok], end: int) -> int | None:
    """The token index after a non-voting remark right after an employee's seat, None for none:
    "Ansattes representant med tale- og forslagsrett: X" names an observer the employees chose."""
    text, ends = "", []
    for j in range(end, min(len(tokens), end + 16)):
        if tokens[j].is_space and "\n" in tokens[j].text:
            break
        text += tokens[j].text_with_ws
        ends.append((len(text.rstrip()), j + 1))
    match = _non_voting().match(text)
    if match is None:
        return None
    stop = len(text[:match.end()].rstrip())
    return next((j for n, j in ends if n >= stop), None)


def _observer(tokens: list[Tok], span: RoleSpan) -> RoleSpan:
    """An employee's seat without a vote is an observer's (OBS), still the employees' choice."""
    role = span.role
    if not role.employee or role.code not in (None, "MEDL") or (end := _non_voting_end(tokens, span.end)) is None:
        return span
    return RoleSpan(span.start, end, Role("ROLE", "OBS", role.score, True))


def _group_label(tokens: list[Tok], i: int) -> RoleSpan | None:
    """A line that is only a club group's name and a colon ("Fotball senior:", "Alpint:"): a
    label over that group's own officers (BODY GROUP), as "Skigruppa:" is by its ending."""
    if not _line_start(tokens, i) or not is_activity(tokens[i].text):
        return None
    j = i + 1
    while j < len(tokens) and not (tokens[j].is_space and "\n" in tokens[j].text):
        j += 1
    line = [t for t in tokens[i:j] if not t.is_space]
    if not line[-1].text.endswith(":") or sum(_is_word(t) for t in line) > 3:
        return None
    return RoleSpan(i, i + 1, Role("BODY", "GROUP"))


def _line_start(tokens: list[Tok], i: int) -> bool:
    return not i or tokens[i - 1].is_space and "\n" in tokens[i - 1].text


def candidate_starts(tokens: list[Tok]) -> list[int]:
    """The tokens a span can start at, in order: a phrase's possible first word
    (``_may_start``), or a group's name opening a line (``_group_label``). Elsewhere both give
    None; a book holds 130 000 tokens and a few thousand of these."""
    return [i for i, t in enumerate(tokens)
            if _may_start(t.lower_) or _line_start(tokens, i) and is_activity(t.text)]


def find_role_spans(tokens: list[Tok]) -> list[RoleSpan]:
    """Role phrases in a token sequence, qualifiers joined to their role."""
    spans: list[RoleSpan] = []
    i = 0
    for start in candidate_starts(tokens):
        if start < i:
            continue  # inside the span before
        i = start
        span = _span_at(tokens, i) or _group_label(tokens, i)
        if span is None:
            continue
        span = _group_leader(tokens, span)
        if spans and (head := _leader_named_twice(tokens, spans[-1], span)):
            spans[-1] = span = head
        elif spans and _qualifies(tokens, spans, spans[-1], span):
            spans[-1] = _merge(tokens, spans[-1], span)
            span = spans[-1] = _observer(tokens, spans[-1])
        else:
            span = _observer(tokens, span)
            spans.append(span)
        i = span.end
    return spans


def _may_open(text: str) -> bool:
    """Whether a token of this text can be in ``candidate_starts``, wherever it stands."""
    return _may_start(text.lower()) or is_activity(text)


# ``_may_open`` by the word's hash (its only cache): no string made per token; emptied at WORD_CACHE words
_OPENS: dict[int, bool] = {}


def may_hold_roles(doc: Doc) -> bool:
    """Whether any of the Doc's distinct words can start a span: most units (a figure, a name,
    a date) hold none, and reading their tokens for the finder was most of its cost."""
    strings = doc.vocab.strings
    for orth in doc.count_by(ORTH):
        found = _OPENS.get(orth)
        if found is None:
            if len(_OPENS) >= WORD_CACHE:
                _OPENS.clear()
            found = _OPENS[orth] = _may_open(strings[orth])
        if found:
            return True
    return False


@Language.component("role_spans", assigns=["doc.spans"])
def role_spans(doc: Doc) -> Doc:
    """``doc.spans["roles"]``: every role phrase (see the module docstring)."""
    out = []
    for found in find_role_spans(doc_tokens(doc)) if may_hold_roles(doc) else ():
        role = found.role
        label = role.kind
        span = Span(doc, found.start, found.end, label=label,
                    span_id=role.code if role.code else "EMPLOYEE_ELECTED" if role.employee else "")
        span._.role = role
        out.append(span)
    doc.spans["roles"] = SpanGroup(doc, name="roles", spans=out)
    return doc
