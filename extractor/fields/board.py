"""The daglig leder and the reporting organisation's own board.

Mentions (a name and a role word, from ``board_layouts``) are placed in context: a section
headed like "Styret" raises them, a section headed like media/press ("i media", "Meninger")
or a role owned by another organisation ("ASVLs styreleder") lowers or drops them. Mentions are
grouped by person (``people.group_names``), so "Per Thorsen (styrelleder)" in an op-ed
confirms the chair "Per S. Thoresen" of the board table instead of adding a second chair.

Confidence = ``combine(PRIOR, reasons, WEIGHTS, ocr_conf)`` over the reasons of the best
mention plus agreement and domain checks on the whole board (exactly one chair).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.board_layouts import TOKEN, Mention, RoleSpan, is_role_only, stack_to_mentions, unit_to_mentions
from extractor.fields.board_statements import is_former
from extractor.fields.board_tables import table_to_mentions
from extractor.fields.context import Analysis, TextUnit
from extractor.fields.people import clean_token, group_names, leading_name, name_fullness, text_to_name
from extractor.nlp import vocab
from schemas import fields as f

PRIOR = 0.5
BOARD_CODES = ("LEDE", "NEST", "MEDL", "VARA", "OBS")
WEIGHTS = {
    "table_cell": 1.6,  # role and name in neighbouring cells: the layout boards are listed in
    "role_line": 1.0,  # a short "Styreleder: Name" line
    "signature": 1.2,  # names with roles under a place and date: the board signing
    "image_text": 0.3,  # OCR'd caption under a photo: right layout, noisy reading
    "prose": -0.6,  # a role word in running text often belongs to someone else's board
    "name_list": -1.4,  # a bare name under "Styret": a member, role unknown
    "role_heading": 0.6,  # bare names under a role heading ("Varamedlemmer")
    "copula": 0.6,  # "Daglig leder er X", "X har vært styreleder": a statement of the role, not a passing word
    "composition": 0.2,  # named in "Styret har bestått av ...": a member, role from its own words
    "board_section": 0.8,  # under a heading like "Styret", "Styrets sammensetning"
    "media_section": -2.2,  # under "i media"/"Meninger": a quoted article
    "role_exact": 0.6,
    "role_fuzzy": -0.4,  # OCR-garbled or unusual role word
    "first_name_gazetteer": 0.8,
    "initial_first": 0.2,
    "first_name_fuzzy": -0.4,
    "first_name_unknown": -1.6,  # may be a place or company ("Asker Produkt")
    "also_mentioned": 0.4,  # the same person elsewhere with a compatible role
    "also_in_signature": 0.6,
    "one_chair": 0.3,  # domain check: a board has exactly one LEDE
    "several_chairs": -1.4,
    "conflicting_roles": -0.8,  # mentions disagree on the role
    "not_a_report": -1.8,  # no annual-report title: probably an article
    "several_ceos": -1.0,  # two people named daglig leder with similar support
}
CEO_MARGIN = 0.15  # a runner-up this close to the best daglig leder makes the choice doubtful
BOARD_HEADINGS = ("styret", "styrets sammensetning", "styrets medlemmer", "styret og ledelse", "styre",
                  "styresammensetning", "styret pr", "styret ved utgangen", "styret består av", "styremedlemmer",
                  "styret i", "styrets beretning", "styrets årsberetning", "styret har bestått av", "tillitsvalgte")
HEADING_SCORE = 85
LAYOUT_RANK = {"table_cell": 5, "signature": 4, "role_line": 3, "role_heading": 3, "image_text": 2, "prose": 1,
               "composition": 0, "name_list": 0}
_COMPOSITION = re.compile(r"\bstyret\b[^.]{0,60}?\b(består|bestått|bestod|besto|sammensatt|samansett|"
                          r"følgende medlemmer|følgjande medlemmer|har vore|har vært)\b", re.IGNORECASE)


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-zæøåéü]+", (text or "").casefold())


def is_board_heading(heading: str | None) -> bool:
    """'Styret pr. 31.12.22:', 'Styrets sammensetning', 'Styret ved utgangen av 2022'."""
    words = _words(heading)
    if not words or len(words) > 7:
        return False
    text = " ".join(words)
    return any(fuzz.partial_ratio(h, text) >= HEADING_SCORE and text.startswith(h[:3]) for h in BOARD_HEADINGS)


def media_unit_ids(analysis: Analysis) -> set[int]:
    """``id`` of every unit inside a media section: from a heading like "i media" down to the
    next heading of the same or a higher level (a quoted article brings its own sub-headings)."""
    return {id(u) for u in analysis.units if u.quoted}


def _org_words(org_name: str | None) -> frozenset[str]:
    forms = {form.casefold() for form in vocab.legal_forms()}
    return frozenset(w for w in _words(org_name) if w not in forms)


def _own_org(word: str, org: frozenset[str]) -> bool:
    """'Produkts' or 'Produkt' for Vekst Produkt AS; 'styret' and the like are no organisation."""
    key = word.casefold().rstrip("'’")
    return key in org or key.removesuffix("s") in org or key in ("styret", "styrets", "selskapet", "bedriften")


# --- collecting ------------------------------------------------------------------------------

def _signature_units(analysis: Analysis) -> set[int]:
    from extractor.fields.report import signature_unit_indexes

    return signature_unit_indexes(analysis)


def iter_mentions(analysis: Analysis):
    stop = _org_words(analysis.org_name)
    signed = _signature_units(analysis)
    tables: dict[int, list[TextUnit]] = {}
    previous: TextUnit | None = None
    for index, unit in enumerate(analysis.units):
        if unit.table is not None:
            tables.setdefault(unit.table_index, []).append(unit)
            previous = None
            continue
        board = is_board_heading(unit.section)
        found = list(unit_to_mentions(unit, board, stop))
        if previous is not None and "\n" not in previous.text + unit.text:
            # Name and role as two blocks (a PDF signature: "Kari Nordmann" / "styreleder").
            found += stack_to_mentions([previous.text, unit.text], previous, "role_line")
        for m in found:
            if index in signed and m.layout in ("role_line", "prose"):
                m.layout = "signature"
            yield m
        previous = unit
        if unit.block is None or unit.is_heading:
            continue
        role_heading = is_role_only(unit.section) if unit.section else None
        if board or (role_heading and role_heading.code in BOARD_CODES):
            yield from _name_list(unit, role_heading)
        yield from _composition(unit)
    for units in tables.values():
        yield from table_to_mentions(units, stop)


def _name_list(unit: TextUnit, role_heading: RoleSpan | None):
    """Bare names under a board heading ("Kari Nordmann, Ola Hansen"): members, role unknown;
    under a role heading ("Varamedlemmer") they take that role."""
    code = role_heading.code if role_heading else None
    employee = bool(role_heading and role_heading.employee)
    for part in re.split(r"[\n,;]| og ", unit.text):
        name = text_to_name(part.strip())
        if name:
            yield Mention(name.name, code, role_heading.score if role_heading else 0.0, employee,
                          "role_heading" if code else "name_list", unit, part.strip(), name.first_name)


def _composition(unit: TextUnit):
    """Every name in a sentence saying who the board is ("Styret har bestått av ..."), roles or not."""
    for sentence in re.split(r"(?<=[.!?])\s+", unit.text):
        if not _COMPOSITION.search(sentence):
            continue
        clean = [clean_token(t) for t in TOKEN.findall(sentence)]
        i = 0
        while i < len(clean):
            name = leading_name(clean, i)
            if name and name.first_name != "unknown":
                if not is_former(clean, name.start, name.end):
                    yield Mention(name.name, None, 0.0, False, "composition", unit, sentence, name.first_name)
                i = name.end
            else:
                i += 1


# --- scoring ---------------------------------------------------------------------------------

@dataclass(slots=True)
class Scored:
    mention: Mention
    reasons: list[str]
    rank: float


def _mention_reasons(m: Mention, is_report: bool, media: set[int]) -> list[str]:
    reasons = [m.layout]
    if m.stated:
        reasons.append("copula")
    if is_board_heading(m.unit.section):
        reasons.append("board_section")
    if id(m.unit) in media:
        reasons.append("media_section")
    if m.code is not None or m.employee:
        reasons.append("role_exact" if m.role_score >= 0.95 else f"role_fuzzy:{m.role_score:.2f}")
    reasons.append({"known": "first_name_gazetteer", "initial": "initial_first", "fuzzy": "first_name_fuzzy"}
                   .get(m.first_name, "first_name_unknown"))
    if not is_report:
        reasons.append("not_a_report")
    return reasons


def _score(m: Mention, is_report: bool, media: set[int]) -> Scored:
    reasons = _mention_reasons(m, is_report, media)
    return Scored(m, reasons, combine(PRIOR, reasons, WEIGHTS, m.unit.prov.ocr_confidence))


def _board_code(m: Mention) -> str | None:
    if m.code in BOARD_CODES:
        return m.code
    if m.code is None and m.employee:
        return "MEDL"
    if m.layout in ("name_list", "composition"):
        return "MEDL"
    return None


def _fullest(mentions: list[Mention], best: Mention) -> tuple[str, list[str]]:
    names = list(dict.fromkeys(m.name for m in mentions))
    name = max(names, key=lambda n: (*name_fullness(n), n == best.name))
    return name, [n for n in names if n != name]


def _group_reasons(scored: list[Scored], code: str, best: Scored) -> list[str]:
    reasons = []
    others = [s for s in scored if s.mention.unit is not best.mention.unit]
    if any(s.mention.layout == "signature" for s in others):
        reasons.append("also_in_signature")
    elif others:
        reasons.append("also_mentioned")
    # "MEDL" is what a bare listing says of anyone, so only two specific roles conflict.
    specific = {_board_code(s.mention) for s in scored} - {None, "MEDL"}
    if len(specific | ({code} - {"MEDL", "DAGL"})) > 1:
        reasons.append("conflicting_roles")
    return reasons


def extract_people(analysis: Analysis) -> tuple[f.Extracted[str] | None, list[f.BoardMember]]:
    from extractor.fields.report import report_kind

    is_report = report_kind(analysis) is not None
    media = media_unit_ids(analysis)
    org = _org_words(analysis.org_name)
    mentions = [m for m in iter_mentions(analysis)
                if not (m.owner_org and not _own_org(m.owner_org, org))]
    groups = group_names([m.name for m in mentions])
    board: list[f.BoardMember] = []
    ceo_candidates: list[tuple[float, f.Extracted[str]]] = []
    for idx in groups:
        group = [mentions[i] for i in idx]
        scored = [_score(m, is_report, media) for m in group]
        member = _group_to_member(scored, group)
        if member:
            board.append(member)
        ceo = _group_to_ceo(scored, group)
        if ceo:
            ceo_candidates.append(ceo)
    members = _chair_check(board)
    ceo_candidates.sort(key=lambda c: -c[0])
    ceo = ceo_candidates[0][1] if ceo_candidates else None
    if len(ceo_candidates) > 1 and ceo_candidates[1][0] >= ceo_candidates[0][0] - CEO_MARGIN:
        ceo = _lowered(ceo, "several_ceos", WEIGHTS["several_ceos"])
    return ceo, members


def _group_to_member(scored: list[Scored], group: list[Mention]) -> f.BoardMember | None:
    # Mentions only in a quoted article (media section) never make a board member on their own.
    board = [s for s in scored if _board_code(s.mention) and "media_section" not in s.reasons]
    if not board:
        return None
    # A mention that names the role beats one that only lists the person.
    best = max(board, key=lambda s: (s.mention.code in BOARD_CODES or s.mention.employee, s.rank,
                                     LAYOUT_RANK[s.mention.layout]))
    code = _board_code(best.mention)
    reasons = best.reasons + _group_reasons(scored, code, best)
    reasons += ocr_reason(best.mention.unit.prov.ocr_confidence)
    name, aliases = _fullest(group, best.mention)
    deputy = next((s.mention.deputy_for for s in board if s.mention.deputy_for), None)
    return f.BoardMember(
        name=name, role=f.RoleCode(code),
        employee_elected=any(s.mention.employee for s in board),
        deputy_for=deputy, aliases=aliases,
        confidence=combine(PRIOR, reasons, WEIGHTS, best.mention.unit.prov.ocr_confidence),
        reasons=reasons, source=prov_to_ref(best.mention.unit.prov, best.mention.evidence),
    )


def _group_to_ceo(scored: list[Scored], group: list[Mention]) -> tuple[float, f.Extracted[str]] | None:
    ceo = [s for s in scored if s.mention.code == "DAGL"]
    if not ceo:
        return None
    best = max(ceo, key=lambda s: ("media_section" not in s.reasons, s.rank))
    reasons = best.reasons + _group_reasons(scored, "DAGL", best) + ocr_reason(best.mention.unit.prov.ocr_confidence)
    conf = combine(PRIOR, reasons, WEIGHTS, best.mention.unit.prov.ocr_confidence)
    name, _ = _fullest(group, best.mention)
    value = f.Extracted[str](value=name, confidence=conf, reasons=reasons,
                             source=prov_to_ref(best.mention.unit.prov, best.mention.evidence))
    return conf, value


def _lowered(item, reason: str, delta: float):
    reasons = [*item.reasons, reason]
    weights = {**WEIGHTS, reason: delta}
    # Re-derive from the current confidence: the extra reason shifts its log-odds by ``delta``.
    conf = combine(item.confidence, [reason], weights)
    return item.model_copy(update={"confidence": conf, "reasons": reasons})


def _chair_check(members: list[f.BoardMember]) -> list[f.BoardMember]:
    """Exactly one chair raises it; with several, the best-supported keeps its confidence and
    the others are lowered (a chair of another board read as ours)."""
    chairs = sorted((m for m in members if m.role is f.RoleCode.LEDE), key=lambda m: -m.confidence)
    out = []
    for m in members:
        if m.role is f.RoleCode.LEDE and len(chairs) == 1 and "prose" not in m.reasons:
            m = _lowered(m, "one_chair", WEIGHTS["one_chair"])
        elif m.role is f.RoleCode.LEDE and m is not chairs[0]:
            m = _lowered(m, "several_chairs", WEIGHTS["several_chairs"])
        out.append(m)
    order = {c: i for i, c in enumerate(BOARD_CODES)}
    return sorted(out, key=lambda m: (order[m.role.value], -m.confidence))
