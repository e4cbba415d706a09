"""Board listings in their many layouts, read into ``Mention``s (a name with a role word).

Layouts: "Styreleder: Name", "Name, styreleder" and "Daglig leder er Name" lines,
"Name (styreleder)" in running text, and name-over-role stacks (photo captions read by OCR,
signature blocks, several per line); tables are read in ``board_tables``. A role held before
("tidligere styreleder X") gives no mention. Which board a mention belongs to is decided in
``extractor.fields.board``; this module only reads the layouts.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from extractor.document import BlockKind
from extractor.fields.context import TextUnit
from extractor.fields.people import (NON_BOARD_ROLES, NameMatch, clean_token, leading_name, split_names,
                                     text_to_name, trailing_name)
from extractor.fields.board_statements import LINK_WORDS, is_former, link_after, link_before
from extractor.nlp.roles import GENERIC_WORDS, is_employee_elected, role_code

MAX_ROLE_TOKENS = 4
ROLE_LINE_SHARE = 0.6  # a role and name filling most of a line are a listing, else running text
JUNK_SKIP = 3  # OCR debris ("|", ".", "»") skipped between a role word and its name
MEMBER_HEADERS = frozenset({"medlemmer", "medlem", "styremedlemmer", "faste medlemmer", "medlemar",
                            "faste medlemar"})
ELECTED_BY_EMPLOYEES = frozenset({"ansatte", "de ansatte", "tilsette", "dei tilsette", "ansattvalgt",
                                  "ansattevalgt", "valgt av ansatte", "valgt av de ansatte"})
# Commas apart ("Hansen," ends a name), and a full stop after a lower-case letter apart
# ("Nilsen. Styret har ..."): it ends the sentence and the name; an initial's dot ("S.") stays.
TOKEN = re.compile(r"[^\s,;]+?(?<=[a-zæøåéüöä])(?=\.(?:\s|$))|[^\s,;]+|[,;]")
_COLUMN_GAP = re.compile(r"\t+|\s{3,}")
_CUT_WORDS = frozenset({"for", "etter", "til", "fra"})
OTHER = "OTHER"  # "Sekretær:", "Revisor:": a role outside the board, read so its name is not taken


@dataclass(slots=True)
class RoleSpan:
    start: int  # token indexes
    end: int
    code: str | None  # LEDE, NEST, MEDL, VARA, OBS, DAGL, or None for "ansattvalgt" alone
    score: float  # role_code confidence; 1.0 exact
    employee: bool


@dataclass(slots=True)
class Mention:
    name: str
    code: str | None
    role_score: float
    employee: bool
    layout: str  # table_cell, role_line, signature, image_text, prose; board.py adds list layouts
    unit: TextUnit
    evidence: str
    first_name: str  # known, fuzzy, initial, unknown
    deputy_for: str | None = None
    owner_org: str | None = None  # whose role: "ASVLs" styreleder, styreleder "i ASVL"
    stated: bool = False  # joined by "er"/"har vært": "Daglig leder er Ingrid Solberg Haugen"


# --- role words ------------------------------------------------------------------------------

def _word_key(token: str) -> str:
    return re.sub(r"[.:;,()\[\]*/|]", "", token.casefold())


@lru_cache(maxsize=1)
def _phrase_starters() -> frozenset[str]:
    """First words of the several-word role phrases ("daglig", "styrets", "ansattes"): only an
    n-gram starting with one of them is looked up, which keeps long documents fast."""
    text = resources.files("extractor.nlp.patterns").joinpath("roles.jsonl").read_text(encoding="utf-8")
    phrases = (json.loads(line)["pattern"] for line in text.splitlines() if line.strip())
    return frozenset(_word_key(p.split()[0]) for p in phrases if len(p.split()) > 1)


@lru_cache(maxsize=20000)
def _starts_phrase(key: str) -> bool:
    """'personlige' starts "personlig varamedlem" inflected; short starters ("de") must match whole."""
    return key in _phrase_starters() or any(key.startswith(s) for s in _phrase_starters() if len(s) >= 5)


@lru_cache(maxsize=20000)
def _role_of(text: str):
    return role_code(text), is_employee_elected(text)


def _span_at(tokens: list[str], i: int, allow_generic: bool) -> RoleSpan | None:
    first = clean_token(tokens[i])
    if not first:
        return None  # a role starts at a word, not at the comma before it
    if first.casefold().rstrip(".") in NON_BOARD_ROLES:
        return RoleSpan(i, i + 1, OTHER, 1.0, False)
    longest = min(MAX_ROLE_TOKENS, len(tokens) - i) if _starts_phrase(_word_key(first)) else 1
    for k in range(longest, 0, -1):
        if k > 1 and any(_word_key(t) in _CUT_WORDS for t in tokens[i + 1:i + k]):
            continue  # role_code reads "varamedlem for Kari" as the role alone; the span must stop
        text = " ".join(tokens[i:i + k])
        hit, employee = _role_of(text)
        if hit and (k == 1 or hit[1] >= 0.95):
            word = clean_token(text).casefold().rstrip(".")
            if word in GENERIC_WORDS and not allow_generic:
                return None
            return RoleSpan(i, i + k, hit[0], hit[1], employee)
        if employee and (k == 1 or not _role_of(" ".join(tokens[i + 1:i + k]))[1]):
            if k == 1 or not _role_of(" ".join(tokens[i:i + k - 1]))[1]:
                return RoleSpan(i, i + k, None, 1.0, True)
    return None


def _joinable(token: str) -> bool:
    return clean_token(token).casefold() in {"", "og", "/", "-", "&", "og/eller"}


def _qualifies_back(tokens: list[str], prev: RoleSpan, span: RoleSpan, allow_generic: bool) -> bool:
    """Whether "ansattvalgt" after a role qualifies it ("styremedlem (ansattvalgt)", "styremedlem,
    ansattvalgt"), rather than starting the next role ("..., og ansattvalgt styremedlem er X") or
    standing as a role of its own (a signature's "styremedlem ansattvalgt daglig leder")."""
    if span.code is not None:
        return False
    nxt = _span_at(tokens, span.end, allow_generic) if span.end < len(tokens) else None
    if nxt is not None and nxt.code not in (None, "DAGL", OTHER):
        return False
    between = tokens[prev.end:span.start]
    return tokens[span.start].startswith("(") or any(t in {",", "-", "–"} for t in between)


def iter_role_spans(tokens: list[str], allow_generic: bool):
    """Role words in a token list; adjacent ones ("ansattvalgt styremedlem") merged."""
    spans: list[RoleSpan] = []
    i = 0
    while i < len(tokens):
        span = _span_at(tokens, i, allow_generic)
        if span is None:
            i += 1
            continue
        prev = spans[-1] if spans else None
        between = tokens[prev.end:span.start] if prev else None
        # "ansattvalgt styremedlem": the qualifier joins a board role after it, never "daglig leder".
        forward = prev is not None and prev.code is None and span.code not in ("DAGL", OTHER)
        if prev and all(_joinable(t) for t in between) and (forward or _qualifies_back(tokens, prev, span,
                                                                                        allow_generic)):
            prev.end, prev.code = span.end, prev.code or span.code
            prev.employee = prev.employee or span.employee
            prev.score = min(prev.score, span.score)
        else:
            spans.append(span)
        i = span.end
    return spans


def is_role_only(text: str, allow_generic: bool = True) -> RoleSpan | None:
    """The single role a cell or line holds when it holds nothing else ("Styreleder:")."""
    tokens = text.split()
    spans = iter_role_spans(tokens, allow_generic)
    if len(spans) != 1:
        return None
    rest = tokens[:spans[0].start] + tokens[spans[0].end:]
    return spans[0] if all(not clean_token(t) or clean_token(t).isdigit() for t in rest) else None


# --- one line: role-first and name-first pairings ---------------------------------------------

def _skip_junk(clean: list[str], i: int, limit: int) -> int:
    for _ in range(JUNK_SKIP):
        if i < limit and (not clean[i] or (len(clean[i]) == 1 and not clean[i].isupper())):
            i += 1
    return i


def _forward(clean: list[str], span: RoleSpan, limit: int, stop: frozenset[str]) -> NameMatch | None:
    start = link_after(clean, _skip_junk(clean, span.end, limit), limit)
    found = leading_name(clean[:limit], start, stop)
    return found


def _backward(clean: list[str], span: RoleSpan, floor: int, stop: frozenset[str]) -> NameMatch | None:
    end = span.start
    while end > floor and not clean[end - 1]:
        end -= 1  # the comma or dash between "Kari Nordmann" and ", styreleder"
    end = link_before(clean, end, floor)
    found = trailing_name(clean[floor:end], end - floor, stop)
    if found is None:
        return None
    return NameMatch(found.name, found.start + floor, found.end + floor, found.first_name)


def _deputy_target(clean: list[str], span: RoleSpan, limit: int, stop: frozenset[str]) -> NameMatch | None:
    """'Kari Nordmann' in "varamedlem for Kari Nordmann"."""
    if span.code != "VARA" or span.end + 1 >= limit or clean[span.end].casefold() not in ("for", "til"):
        return None
    found = leading_name(clean[:limit], span.end + 1, stop)
    return found if found and found.first_name != "unknown" else None


def _genitive_before(tokens: list[str], span: RoleSpan) -> str | None:
    """'ASVLs' in "ASVLs styreleder Victor Norman"."""
    if span.start == 0:
        return None
    word = clean_token(tokens[span.start - 1])
    if re.match(r"^[A-ZÆØÅ][\wæøåÆØÅ-]*(?:s|'s|’s)$", word) and len(word) >= 3:
        return word
    return None


def _org_after(tokens: list[str], span: RoleSpan) -> str | None:
    """'ASVL' in "styreleder i ASVL", 'Jobbhuset' in "daglig leder i Jobbhuset" (a capitalised
    word after i/av/for/hos that does not start a person's name)."""
    if span.end + 1 >= len(tokens) or clean_token(tokens[span.end]).casefold() not in ("i", "av", "for", "hos", "ved"):
        return None
    word = clean_token(tokens[span.end + 1])
    if not word or not word[0].isupper():
        return None
    person = leading_name([clean_token(t) for t in tokens], span.end + 1)
    return word if person is None or person.first_name == "unknown" else None


def _listed_after(tokens: list[str], clean: list[str], found: NameMatch, limit: int,
                  stop: frozenset[str]) -> list[NameMatch]:
    """More names after the first, for one role: "Varamedlemmer: Ola Hansen, Kari Dahl og Per Lund"."""
    more: list[NameMatch] = []
    last = found
    while last.end < limit:
        nxt = last.end
        if clean[nxt].casefold() in ("og", "&"):
            nxt += 1
        elif tokens[nxt] == ",":
            nxt += 1
        else:
            break
        name = leading_name(clean[:limit], nxt, stop)
        if name is None or name.first_name == "unknown":
            break
        after = name.end
        while after < limit and not clean[after]:
            after += 1
        if after == limit < len(clean):
            break  # "..., Ola Hansen, styremedlem": that name belongs to the next role
        more.append(name)
        last = name
    return more


def line_to_mentions(line: str, unit: TextUnit, layout: str, allow_generic: bool,
                     stop: frozenset[str] = frozenset()) -> list[Mention]:
    tokens = TOKEN.findall(line)
    if not tokens:
        return []
    spans = iter_role_spans(tokens, allow_generic)
    clean = [clean_token(t) for t in tokens]
    out: list[Mention] = []
    covered: set[int] = set()
    consumed_to = 0  # names may not overlap
    for n, span in enumerate(spans):
        limit = spans[n + 1].start if n + 1 < len(spans) else len(tokens)
        floor = max(consumed_to, spans[n - 1].end if n else 0)
        last = tokens[span.end - 1]
        before = tokens[span.start - 1] if span.start else ""
        explicit_forward = last.endswith(":")
        explicit_back = tokens[span.start].startswith("(") or before.endswith("(")
        # "Kari Nordmann, styreleder" binds back; "..., nestleder Ola Hansen" in a list forward.
        soft_back = before.endswith(",") or before in {"-", "–"}
        forward_first = explicit_forward or (not explicit_back and not soft_back
                                             and all(not c for c in clean[floor:span.start]))
        order = (_forward, _backward) if forward_first else (_backward, _forward)
        deputy = _deputy_target(clean, span, limit, stop)
        if deputy:  # "Per Lund, varamedlem for Kari Nordmann": the name after is not the deputy
            order, consumed_to = (_backward,), max(consumed_to, deputy.end)
        found = None
        for step in order:
            found = (step(clean, span, limit, stop) if step is _forward else step(clean, span, floor, stop))
            if found:
                break
            if explicit_forward or explicit_back:
                break
        if not found:
            continue
        # A word before the role that ends a name already read ("Vera Selnes Observatør:") is
        # that name, not a genitive owner ("ASVLs styreleder").
        owner = (_genitive_before(tokens, span) if span.start > consumed_to else None) or _org_after(tokens, span)
        names = [found]
        if found.start >= span.end and not deputy:
            names += _listed_after(tokens, clean, found, limit, stop)
        consumed_to = max(consumed_to, names[-1].end)
        if is_former(clean, min(found.start, span.start), max(names[-1].end, span.end)):
            continue  # a former chair or daglig leder is not on the board now
        between = [c.casefold() for c in (clean[span.end:found.start] if found.start >= span.end
                                          else clean[found.end:span.start]) if c]
        stated = bool(between) and all(w in LINK_WORDS for w in between)
        if stated and " ".join(clean[span.start:span.end]).casefold().rstrip(".") in GENERIC_WORDS:
            continue  # "Kari Dahl er leder av arbeidsmiljøutvalget": a bare "leder" is anyone's
        covered.update(range(min(found.start, span.start), max(names[-1].end, span.end)))
        for name in names:
            out.append(Mention(name.name, span.code, span.score, span.employee, layout, unit, line,
                               name.first_name, deputy_for=deputy.name if deputy else None, owner_org=owner,
                               stated=stated))
    if layout == "line":
        # Roles and names filling most of the line are a listing; a few inside a sentence are prose.
        words = sum(1 for c in clean if c)
        kind = "role_line" if len({i for i in covered if clean[i]}) >= ROLE_LINE_SHARE * words else "prose"
        for m in out:
            m.layout = kind
    return out


# --- stacks: name line over role line (captions, signatures) ---------------------------------

def _columns(line: str) -> list[str]:
    return [c.strip() for c in _COLUMN_GAP.split(line.strip()) if c.strip()]


def _role_columns(line: str) -> list[RoleSpan] | None:
    """The roles of a signature's role line, one per column, or None if it holds anything else."""
    cols = _columns(line)
    if len(cols) > 1:
        spans = [is_role_only(c) for c in cols]
        return spans if all(spans) else None
    tokens = line.split()
    spans = iter_role_spans(tokens, True)
    inside = {i for s in spans for i in range(s.start, s.end)}
    rest = [t for i, t in enumerate(tokens) if i not in inside and clean_token(t) not in ("", "og")]
    return spans if spans and not rest else None


def stack_to_mentions(lines: list[str], unit: TextUnit, layout: str) -> list[Mention]:
    """'Per Hansen' over 'Styreleder'; several per line when columns are set apart by tabs or
    wide gaps, or run together ("Kari Nordmann Ola Hansen" over "styreleder nestleder")."""
    out: list[Mention] = []
    for upper, lower in zip(lines, lines[1:]):
        roles = _role_columns(lower)
        if not roles:
            continue
        cols = _columns(upper)
        names = [text_to_name(c) for c in cols] if len(cols) == len(roles) else []
        if not names or not all(names):
            names = split_names(upper, len(roles)) or []
        if len(names) != len(roles):
            continue
        for name, role in zip(names, roles):
            out.append(Mention(name.name, role.code, role.score, role.employee, layout, unit,
                               f"{upper}\n{lower}", name.first_name))
    return out


def unit_to_mentions(unit: TextUnit, allow_generic: bool, stop: frozenset[str]) -> list[Mention]:
    """Every mention in a block (not table cells: see ``table_to_mentions``)."""
    if unit.block is None:
        return []
    lines = [ln for ln in unit.text.split("\n") if ln.strip()]
    image = unit.block.kind is BlockKind.IMAGE_TEXT
    out = stack_to_mentions(lines, unit, "image_text" if image else "signature")
    taken = {m.name for m in out}
    for line in lines:
        for m in line_to_mentions(line, unit, "image_text" if image else "line", allow_generic, stop):
            if m.name not in taken:
                out.append(m)
    return out
