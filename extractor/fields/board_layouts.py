"""Board listings in their many layouts, read into ``Mention``s (a name with a role word).

Layouts: role:name tables (two pairs per row in a 4-column table), member/deputy column tables
("Medlemmer | Personlige varamedlemmer"), "Styreleder: Name" and "Name, styreleder" lines,
"Name (styreleder)" in running text, and name-over-role stacks (photo captions read by OCR,
signature blocks, several per line). Which board a mention belongs to is decided in
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
from extractor.nlp.roles import GENERIC_WORDS, is_employee_elected, role_code

MAX_ROLE_TOKENS = 4
ROLE_LINE_SHARE = 0.6  # a role and name filling most of a line are a listing, else running text
JUNK_SKIP = 3  # OCR debris ("|", ".", "»") skipped between a role word and its name
MEMBER_HEADERS = frozenset({"medlemmer", "medlem", "styremedlemmer", "faste medlemmer", "medlemar",
                            "faste medlemar"})
ELECTED_BY_EMPLOYEES = frozenset({"ansatte", "de ansatte", "tilsette", "dei tilsette", "ansattvalgt",
                                  "ansattevalgt", "valgt av ansatte", "valgt av de ansatte"})
TOKEN = re.compile(r"[^\s,;]+|[,;]")  # commas apart: "Hansen," ends a name
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
        if prev and all(_joinable(t) for t in between) and (prev.code is None or span.code is None):
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
    start = _skip_junk(clean, span.end, limit)
    found = leading_name(clean[:limit], start, stop)
    return found


def _backward(clean: list[str], span: RoleSpan, floor: int, stop: frozenset[str]) -> NameMatch | None:
    end = span.start
    while end > floor and not clean[end - 1]:
        end -= 1  # the comma or dash between "Kari Nordmann" and ", styreleder"
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
        covered.update(range(min(found.start, span.start), max(names[-1].end, span.end)))
        for name in names:
            out.append(Mention(name.name, span.code, span.score, span.employee, layout, unit, line,
                               name.first_name, deputy_for=deputy.name if deputy else None, owner_org=owner))
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


# --- tables ----------------------------------------------------------------------------------

def _header_roles(row: list[str]) -> list[tuple[str, bool, bool] | None]:
    """Per column: (code, employee, personal-deputy) when the header cell is a role word."""
    out = []
    for text in row:
        key = " ".join(clean_token(t) for t in text.split()).casefold()
        span = is_role_only(text)
        if span and span.code in ("LEDE", "NEST", "MEDL", "VARA", "OBS"):
            out.append((span.code, span.employee, "personlig" in key))
        elif key in MEMBER_HEADERS:
            out.append(("MEDL", False, False))
        else:
            out.append(None)
    return out


def _cell_mentions(texts: list[str], units: list[TextUnit | None], stop: frozenset[str]) -> list[Mention]:
    """Role cell then name cell ("Styreleder:" | "Per S. Thoresen"), name then role, or both in one cell."""
    out: list[Mention] = []
    c = 0
    while c < len(texts):
        unit = units[c]
        role = is_role_only(texts[c]) if texts[c] else None
        nxt = texts[c + 1] if c + 1 < len(texts) else ""
        if role and unit and (name := text_to_name(nxt)):
            out.append(Mention(name.name, role.code, role.score, role.employee, "table_cell", units[c + 1] or unit,
                               f"{texts[c]} {nxt}", name.first_name))
            c += 2
            continue
        name = text_to_name(texts[c]) if texts[c] else None
        back_role = is_role_only(nxt) if nxt else None
        if name and unit and back_role:
            out.append(Mention(name.name, back_role.code, back_role.score, back_role.employee, "table_cell", unit,
                               f"{texts[c]} {nxt}", name.first_name))
            c += 2
            continue
        if unit and texts[c]:
            lines = [ln for ln in texts[c].split("\n") if ln.strip()]
            stacked = stack_to_mentions(lines, unit, "table_cell")
            out += stacked or line_to_mentions(texts[c], unit, "table_cell", True, stop)
        c += 1
    return out


def table_to_mentions(units: list[TextUnit], stop: frozenset[str]) -> list[Mention]:
    """Mentions in one table, given the table's cell units."""
    if not units:
        return []
    table = units[0].table
    grid = table.text_rows()
    by_pos = {(u.row, u.col): u for u in units}
    out: list[Mention] = []
    headers = _header_roles(grid[0]) if grid else []
    if sum(h is not None for h in headers) >= 1 and all(not text_to_name(t) for t in grid[0] if t):
        member_col = next((i for i, h in enumerate(headers) if h and h[0] != "VARA"), None)
        for r, row in enumerate(grid[1:], start=1):
            member = None
            for c, text in enumerate(row):
                unit = by_pos.get((r, c))
                if c >= len(headers) or headers[c] is None or unit is None:
                    continue
                inline = line_to_mentions(text, unit, "table_cell", True, stop)
                if inline:
                    out += inline
                    member = inline[0].name if c == member_col else member
                    continue
                name = text_to_name(text)
                if name is None:
                    continue
                code, employee, personal = headers[c]
                deputy = member if code == "VARA" and personal else None
                out.append(Mention(name.name, code, 1.0, employee, "table_cell", unit,
                                   f"{grid[0][c]}: {text}", name.first_name, deputy_for=deputy))
                if c == member_col:
                    member = name.name
        return out
    for r, row in enumerate(grid):
        found = _cell_mentions(row, [by_pos.get((r, c)) for c in range(len(row))], stop)
        if any(t.strip().casefold() in ELECTED_BY_EMPLOYEES for t in row):
            for m in found:  # a "Valgt av" column saying "Ansatte"
                m.employee = True
        out += found
    return out + _column_stacks(grid, by_pos, {m.name for m in out})


def _column_stacks(grid: list[list[str]], by_pos: dict, taken: set[str]) -> list[Mention]:
    """A name cell over a role cell: signatures set in a table (names in one row, roles below)."""
    out = []
    for r in range(len(grid) - 1):
        for c, text in enumerate(grid[r]):
            below = grid[r + 1][c] if c < len(grid[r + 1]) else ""
            name, role = text_to_name(text), is_role_only(below) if below else None
            if name and role and name.name not in taken and (unit := by_pos.get((r, c))):
                out.append(Mention(name.name, role.code, role.score, role.employee, "table_cell", unit,
                                   f"{text}\n{below}", name.first_name))
    return out
