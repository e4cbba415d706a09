"""The daglig leder and the reporting organisation's own board.

Readers (``READERS``, one per layout) yield ``Mention``s; ``board_scope`` drops the ones that
belong to someone else and adds context reasons; mentions are grouped by person
(``people.group_names``: one person written two ways is one group, two names of one listing
never are); a role someone left ("styreleder fram til juni", "gikk ut av styret") cancels
that role; each group becomes a board member and/or a daglig leder candidate.

Confidence = ``combine(PRIOR, reasons, WEIGHTS, ocr_conf)`` over the reasons of the best
mention (its reader, its context, how sure the role word and first name are) plus checks on
the whole group and board: agreement, conflicting roles, exactly one chair, and doubts where
the evidence is thin (a name seen once in prose, two similar names in one listing, no board
heading anywhere, a name only under a signature rule, an election proposal)."""
from __future__ import annotations

from dataclasses import dataclass, replace

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.board_mentions import LISTINGS, Mention
from extractor.fields.board_wraps import join_cut_names
from extractor.fields.board_lists import ListReader
from extractor.fields.board_readers import CompositionReader, ForewordReader, LineReader, Reader
from extractor.fields.board_stacks import CaptionReader, StackReader
from extractor.fields.board_headings import read_heading
from extractor.fields.board_meeting import drop_after_year, drop_before_meeting, drop_later_board
from extractor.fields.board_context import BoardContext
from extractor.fields.board_scope import apply_scope
from extractor.fields.board_signatures import ESignReader, SignatureReader
from extractor.fields.board_bios import BioReader
from extractor.fields.board_weights import DOUBTS, PRIOR, RANK, WEIGHTS
from extractor.fields.board_deputies import DeputiesReader
from extractor.fields.board_tables import TableReader
from extractor.fields.context import Analysis
from extractor.fields.people import group_names, name_fullness, similar_names
from extractor.nlp.role_spans import BOARD_CODES, CHAIRS, phrase_role
from schemas import fields as f

READERS: dict[str, type[Reader]] = {r.name: r for r in (
    TableReader, DeputiesReader, SignatureReader, StackReader, LineReader, CaptionReader, ESignReader, ListReader,
    CompositionReader, ForewordReader, BioReader)}

CEO_MARGIN = 0.15  # a runner-up this close to the best daglig leder makes the choice doubtful
UNROLED_MEMBERS = ("name_list", "composition")  # bare names these readers give are members


def is_board_heading(heading: str | None) -> bool:
    """'Styret pr. 31.12.22:', 'Styrets sammensetning', 'Tillitsvalgte', 'Hovedstyret'."""
    return read_heading(heading)[0] == "board"


def iter_mentions(ctx: BoardContext):
    for reader in READERS.values():
        # a capitalised role phrase is no name ("Board Member" under "Deputy Chair" in a column)
        yield from (m for m in reader().read(ctx) if phrase_role(m.name.casefold(), False) is None
                    and not _is_body_name(ctx, m))


def _is_body_name(ctx: BoardContext, m: Mention) -> bool:
    """A body named by a word and its place ("Aetat Kongsvinger har møtt som observatør ved ..."):
    the pipeline's ORG span is the whole name and no known first name opens it."""
    if m.first_name in ("known", "initial") or id(m.unit) not in ctx.index:
        return False
    name = m.name.casefold()
    return any(org.text.casefold() == name for org in ctx.docs[ctx.index[id(m.unit)]].spans.get("orgs", ()))


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per unit, name and role: the best-placed reader's, employee-elected when another
    reader's says so (a deputies' label under "Oppnevnt av de ansatte:" the stack reader pairs)."""
    best: dict[tuple, Mention] = {}
    employee: set[tuple] = set()
    for m in mentions:
        key = (id(m.unit), m.name.casefold(), m.code, m.left)
        if m.role is not None and m.role.employee:
            employee.add(key)
        if key not in best or RANK[m.reader] > RANK[best[key].reader]:
            best[key] = m
    for key in employee:
        m = best[key]
        if m.role is not None and not m.role.employee and m.code in BOARD_CODES:
            m.role = replace(m.role, employee=True)
    return list(best.values())


# --- scoring ---------------------------------------------------------------------------------

@dataclass(slots=True)
class Scored:
    mention: Mention
    reasons: list[str]
    rank: float


def _mention_reasons(m: Mention, is_report: bool, ctx: BoardContext) -> list[str]:
    reasons = [m.reader, *m.context]
    if m.stated:
        reasons.append("copula")
    if m.role is None:
        pass
    elif m.reader == "name_list":
        reasons.append("role_label")
    elif m.role.kind == "FUNCTION":
        reasons.append("function_title")
    elif m.role.kind == "HEAD":
        reasons.append("head_title")
    else:
        reasons.append("role_exact" if m.role.score >= 0.95 else f"role_fuzzy:{m.role.score:.2f}")
        if m.role.generic:
            reasons.append("generic_role")
    reasons.append({"known": "first_name_gazetteer", "initial": "initial_first", "fuzzy": "first_name_fuzzy"}
                   .get(m.first_name, "first_name_unknown"))
    reasons += _model_reasons(ctx, m)
    if not is_report:
        reasons.append("not_a_report")
    return reasons


def _model_reasons(ctx: BoardContext, m: Mention) -> list[str]:
    """What a trained NER (``--model``) says about the name: a person, or a place or company."""
    if not ctx.analysis.model:
        return []
    doc = ctx.docs[ctx.index[id(m.unit)]]
    surname = m.name.split()[-1]
    for ent in doc.spans.get("model_ents", []):
        if surname in ent.text.split():
            return ["model_person"] if ent.label_ in ("PER", "PERSON") else ["model_not_person"]
    return []


def _score(m: Mention, is_report: bool, ctx: BoardContext) -> Scored:
    reasons = _mention_reasons(m, is_report, ctx)
    return Scored(m, reasons, combine(PRIOR, reasons, WEIGHTS, m.unit.prov.ocr_confidence))


def _board_code(m: Mention) -> str | None:
    if m.code in BOARD_CODES:
        return m.code
    if m.role is not None and m.role.kind == "EMPLOYEE_ELECTED":
        return "MEDL"
    return None


def _fullest(mentions: list[Mention], best: Mention) -> tuple[str, list[str]]:
    """The fullest spelling, from the listings before an e-signature page (which adds every
    middle name: "Kari Elisabeth Nordmann" for the board's "Kari Nordmann")."""
    names = list(dict.fromkeys(m.name for m in mentions))
    pool = [n for n in names if any(m.name == n and m.reader != "esign" for m in mentions)] or names
    name = max(pool, key=lambda n: (*name_fullness(n), n == best.name))
    return name, [n for n in names if n != name]


def _group_reasons(scored: list[Scored], code: str, best: Scored, doubts: set[str]) -> list[str]:
    reasons = []
    others = [s for s in scored if s.mention.unit is not best.mention.unit]
    if any(s.mention.reader in ("signature", "esign") for s in others):
        reasons.append("also_in_signature")
    elif others:
        reasons.append("also_mentioned")
    elif best.mention.reader == "prose":
        reasons.append("prose_once")
    # "MEDL" is what a bare listing says of anyone, so only two specific roles conflict.
    specific = {_board_code(s.mention) for s in scored} - {None, "MEDL"}
    # ... but a members' list and a deputies' list both holding the name do, unless a sentence says
    # which seat was taken ("første varamedlem X rykket opp som fast medlem")
    listed = {s.mention.code for s in scored if s.mention.reader in LISTINGS and s.mention.role is not None}
    if len(specific | ({code} - {"MEDL", "DAGL"})) > 1:
        reasons.append("conflicting_roles")
    elif {"MEDL", "VARA"} <= listed and not any(s.mention.new for s in scored):
        reasons.append("in_two_lists")
    return reasons + sorted(doubts)


def _cancel_left(group: list[Mention]) -> list[Mention]:
    """Mentions left after the roles the person left: leaving the board (or a seat on it)
    ends every board role but one taken anew ("..., men ble valgt inn som varamedlem");
    leaving the chair or the daglig leder post ends that one."""
    gone = {m.code for m in group if m.left}
    board_gone = None in gone or "MEDL" in gone
    return [m for m in group if not m.left and (m.new and m.code not in gone or not (
        m.code in gone or board_gone and (m.code in BOARD_CODES or m.role is None)))]


def _group(mentions: list[Mention]) -> tuple[list[list[int]], set[int]]:
    """Groups of mentions by person, and the mentions with a near-identical other name in their
    listing (never merged, see ``people.group_names``)."""
    names = [m.name for m in mentions]
    listings = [m.listing for m in mentions]

    def apart(i: int, j: int) -> bool:
        return listings[i] is not None and listings[i] == listings[j] and names[i] != names[j]

    groups = group_names(names, apart)
    similar = {k for i in range(len(names)) for j in range(i) if apart(i, j) and similar_names(names[i], names[j])
               for k in (i, j)}
    return groups, similar


def extract_people(analysis: Analysis) -> tuple[f.Extracted[str] | None, list[f.BoardMember]]:
    from extractor.fields.report import report_kind

    ctx = BoardContext(analysis)
    is_report = report_kind(analysis) is not None
    mentions = _dedupe(drop_after_year(ctx, drop_later_board(ctx, drop_before_meeting(ctx, apply_scope(ctx, list(iter_mentions(ctx)))))))
    mentions = join_cut_names(ctx.units, ctx.index, mentions)
    groups, similar = _group(mentions)
    listed = any(m.code in BOARD_CODES and m.reader not in ("prose", "esign") for m in mentions)
    board: list[f.BoardMember] = []
    ceo_candidates: list[tuple[bool, float, f.Extracted[str]]] = []
    for idx in groups:
        doubts = {"similar_names"} if any(i in similar for i in idx) else set()
        if not ctx.has_board_heading:
            doubts.add("no_board_heading")
        if ctx.council_guessed:
            doubts.add("council_guessed")
        group = _cancel_left([mentions[i] for i in idx])
        if not group:
            continue
        scored = [_score(m, is_report, ctx) for m in group]
        member = _group_to_member(scored, listed, doubts)
        if member:
            board.append(member)
        ceo = _group_to_ceo(scored)
        if ceo:
            ceo_candidates.append(ceo)
    ceo = _choose_ceo(ceo_candidates)
    if ceo is not None and not board and "head_title" in ceo.reasons:
        ceo = _lowered(ceo, "head_without_board", WEIGHTS["head_without_board"])
    return ceo, _chair_check(board)


def _is_member(s: Scored, scored: list[Scored], listed: bool) -> bool:
    m = s.mention
    if "media_section" in s.reasons:
        return False  # a quoted article never makes a member on its own
    ceo = any(o.mention.code == "DAGL" for o in scored)
    if ceo and m.role is not None and (m.role.kind == "FUNCTION" or m.role.generic):
        return False  # "Sekretær: daglig leder Kari Dahl": the daglig leder serving the board
    if _board_code(m):
        return True
    if m.role is not None or ceo:
        return False  # the daglig leder signing or listed is not a member for that
    return m.reader in UNROLED_MEMBERS or m.body == "BOARD" or (m.reader in ("signature", "esign") and not listed)


def _group_to_member(scored: list[Scored], listed: bool, doubts: set[str]) -> f.BoardMember | None:
    board = [s for s in scored if _is_member(s, scored, listed)]
    if not board:
        return None
    # A mention that names a specific role beats one that only lists the person; the chair and
    # the deputy chair are members too, so "ble gjenvalgt som styremedlemmer ... X ble gjenvalgt
    # som styreleder" makes X the chair.
    # a role named ("Varamedlemmer:") beats one only derived from "ansattes representant" (a member)
    # "A og B er valgt av og blant de ansatte" says who the employees chose, not B's seat: a
    # deputy (or chair) listed so stays one; a member taken anew as "ansattes representant" comes first.
    seat = any(s.mention.code in BOARD_CODES and s.mention.code != "MEDL" for s in board)
    best = max(board, key=lambda s: (s.mention.new and _board_code(s.mention) is not None
                                     and not (seat and s.mention.code is None),
                                     _board_code(s.mention) is not None and not s.mention.role.generic,
                                     s.mention.code in BOARD_CODES,
                                     _chair_stated(s.mention), _board_code(s.mention) is not None,
                                     s.rank, RANK[s.mention.reader]))
    code = _board_code(best.mention) or "MEDL"
    if _board_code(best.mention) is None and best.mention.reader in ("signature", "esign"):
        doubts = doubts | {"signature_only"}
    if "no_board_heading" in doubts and best.mention.role is not None and best.mention.role.kind == "FUNCTION":
        doubts = doubts | {"function_no_board"}
    reasons = best.reasons + _group_reasons(scored, code, best, doubts)
    reasons += ocr_reason(best.mention.unit.prov.ocr_confidence)
    name, aliases = _fullest([s.mention for s in scored], best.mention)
    deputy = next((s.mention.deputy_for for s in board if s.mention.deputy_for), None)
    return f.BoardMember(
        name=name, role=f.RoleCode(code),
        employee_elected=any(s.mention.role is not None and s.mention.role.employee for s in board),
        deputy_for=deputy, aliases=aliases,
        confidence=combine(PRIOR, reasons, WEIGHTS, best.mention.unit.prov.ocr_confidence),
        reasons=reasons, source=prov_to_ref(best.mention.unit.prov, best.mention.evidence),
    )


def _chair_stated(m: Mention) -> bool:
    """A chair or deputy chair named in a listing or a statement (not a role word somewhere in
    running text, which may be another body's)."""
    return _board_code(m) in CHAIRS and (m.reader != "prose" or m.stated)


def _group_to_ceo(scored: list[Scored]) -> tuple[bool, float, f.Extracted[str]] | None:
    ceo = [s for s in scored if s.mention.code == "DAGL"]
    if not ceo or all("media_section" in s.reasons for s in ceo):
        return None  # a daglig leder named only in a reprinted article is the article's
    best = max(ceo, key=lambda s: ("media_section" not in s.reasons, s.mention.role.kind != "HEAD", s.rank))
    reasons = best.reasons + _group_reasons(scored, "DAGL", best, set())
    reasons += ocr_reason(best.mention.unit.prov.ocr_confidence)
    conf = combine(PRIOR, reasons, WEIGHTS, best.mention.unit.prov.ocr_confidence)
    name, _ = _fullest([s.mention for s in scored], best.mention)
    value = f.Extracted[str](value=name, confidence=conf, reasons=reasons,
                             source=prov_to_ref(best.mention.unit.prov, best.mention.evidence))
    return best.mention.role.kind != "HEAD", conf, value


def _choose_ceo(candidates: list[tuple[bool, float, f.Extracted[str]]]) -> f.Extracted[str] | None:
    """The best-supported daglig leder; a unit head ("avdelingsleder") only when nobody is
    called daglig leder or the like."""
    if any(strong for strong, *_ in candidates):
        candidates = [c for c in candidates if c[0]]
    elif len(candidates) > 1:
        return None  # several unit heads ("avdelingsleder produksjon", "... AFT"): staff, not the head
    candidates.sort(key=lambda c: -c[1])
    if not candidates:
        return None
    ceo = candidates[0][2]
    if len(candidates) > 1 and candidates[1][1] >= candidates[0][1] - CEO_MARGIN:
        ceo = _lowered(ceo, "several_ceos", WEIGHTS["several_ceos"])
    return ceo


def _lowered(item, reason: str, delta: float):
    reasons = [*item.reasons, reason]
    weights = {**WEIGHTS, reason: delta}
    # Re-derive from the current confidence: the extra reason shifts its log-odds by ``delta``.
    conf = combine(item.confidence, [reason], weights)
    return item.model_copy(update={"confidence": conf, "reasons": reasons})


def _chair_check(members: list[f.BoardMember]) -> list[f.BoardMember]:
    """Exactly one chair raises it; with several, the best-supported keeps its confidence and
    the others are lowered (a chair of another board read as ours). A chair the board's own title
    names in a listing ("Styret har bestått av A (styreleder), ...") comes first: before one a
    generic "leder" names (another body's leader), not a title in running prose."""
    chairs = sorted((m for m in members if m.role is f.RoleCode.LEDE),
                    key=lambda m: ("generic_role" in m.reasons or "prose" in m.reasons, -m.confidence))
    out = []
    for m in members:
        if m.role is f.RoleCode.LEDE and len(chairs) == 1 and not DOUBTS.intersection(m.reasons):
            m = _lowered(m, "one_chair", WEIGHTS["one_chair"])
        elif m.role is f.RoleCode.LEDE and m is not chairs[0]:
            m = _lowered(m, "several_chairs", WEIGHTS["several_chairs"])
        out.append(m)
    order = {c: i for i, c in enumerate(BOARD_CODES)}
    return sorted(out, key=lambda m: (order[m.role.value], -m.confidence))
