"""Whose board a mention is about: the headings and labels above it, the organ named before it,
a quoted newspaper piece, an election proposal.

A section's heading (or a label line such as "Valgkomité:" or "Styret:") is read by
``board_headings.read_heading``: a board section, another organ's (valgkomité, kontrollutvalg,
representantskap, ...), the staff's, a general one, or another organisation's board
("Styret i Vekst Eiendom AS"). ``apply_scope`` turns that into reasons on each mention, drops the ones
that belong to someone else, and decides the generic words ("leder", "medlem", "kasserer"):
board roles where the text is about the board (a board section, or a listing that also names
a specific board role), nothing elsewhere. What the readers and the scope share is
``board_context.BoardContext``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.fields.board_context import BoardContext
from extractor.fields.board_headings import own_org
from extractor.fields.board_labels import attendance_lines, board_meeting_section, line_labels, line_no
from extractor.fields.board_meeting import adopted_sections, proposal_lines
from extractor.fields.board_mentions import LISTINGS, Mention, sentence_bounds
from extractor.fields.context import TextUnit
from extractor.gazetteers import is_first_name
from extractor.nlp.marks import MARK, WORD_MARK, marker_key
from extractor.nlp.role_spans import BOARD_CODES, Role, non_voting_at, phrase_role
from extractor.nlp.vocab import scope_words

SPECIFIC = frozenset(BOARD_CODES)


# --- scope of each mention ----------------------------------------------------------------------

def _proposal(unit: TextUnit, evidence: str) -> bool:
    words = scope_words()
    text = f" {evidence.casefold()} "
    if any(f" {w} " in text for w in words["proposal_words"]):
        return True
    heading = (unit.section or "").casefold().strip(" :")
    return any(heading == h or heading.startswith(h + " ") for h in words["proposal_headings"])


def _listing_runs(ctx: BoardContext, mentions: list[Mention]) -> None:
    """Role lines in blocks one after another in one section are one listing."""
    units = sorted({ctx.index[id(m.unit)] for m in mentions if m.reader == "line"})
    run_of, start = {}, None
    for k, i in enumerate(units):
        prev = units[k - 1] if k else None
        if prev is None or i != prev + 1 or ctx.units[i].section != ctx.units[prev].section:
            start = i
        run_of[i] = start
    for m in mentions:
        if m.reader == "line":
            m.listing = ("run", run_of[ctx.index[id(m.unit)]])


def _after_deputies(ctx: BoardContext, mentions: list[Mention]) -> set[int]:
    """ids of the club functions a listing names after its deputies ("Varamedlemmer: A og B" /
    "Kurskontakt: C", "Webansvarlig: D"): the seats end with the deputies, and a helper or contact
    under them is no board member; a board's own office stays one ("varamedlem A, sekretær B":
    ``club_offices``). Not where a seat follows a deputy, nor a deputy a function (members each
    beside their own deputy: "X, kasserer | Vara: Y")."""
    listings: dict[object, list[Mention]] = {}
    for m in mentions:
        if m.reader in LISTINGS and m.listing is not None and m.role is not None and not m.left:
            listings.setdefault(m.listing, []).append(m)
    out = set()
    for listed in listings.values():
        listed.sort(key=lambda m: (ctx.index[id(m.unit)], line_no(ctx, m), m.name_at()))
        first = next((k for k, m in enumerate(listed) if m.code == "VARA" and not _personal_deputy(m)), None)
        tail = listed[first:] if first is not None else []
        functions = [k for k, m in enumerate(tail) if m.role.kind == "FUNCTION"]
        if not functions or any(_specific(m) and m.code != "VARA" for m in tail) \
                or any(m.code == "VARA" for m in tail[functions[0]:]):
            continue
        out.update(id(tail[k]) for k in functions if _role_word(tail[k]) not in scope_words()["club_offices"])
    return out


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w]*$")  # "Kurskontakt: " before the name
_WORD_AFTER = re.compile(r"[^\w]*([^\W\d_]+)")  # ", sekretær" after it


def _role_word(m: Mention) -> str:
    """The word labelling a listed name, folded: the one right before it, else the one right after."""
    at = m.name_at()
    found = _WORD_BEFORE.search(m.evidence, 0, max(at, 0)) or _WORD_AFTER.match(m.evidence, max(at, 0) + len(m.name))
    return found.group(1).casefold() if found else ""


def _personal_deputy(m: Mention) -> bool:
    """A deputy named for one member ("deputy_for"), or in brackets after one ("Leder: A (vara: B)")."""
    before = m.evidence[:max(m.name_at(), 0)]
    return m.deputy_for is not None or before.count("(") > before.count(")")


def _specific(m: Mention) -> bool:
    return m.role is not None and m.role.kind == "ROLE" and m.role.code in SPECIFIC and not m.role.generic


def _in_board_listing(m: Mention, specific_listings: set) -> bool:
    """A generic role or club office in a listing (a table, a run of role lines) that also names a
    specific board role: the meeting's election of the board ("Leiar | A | attval", "Nestleiar | B",
    "Kasserar | C | ny"), not the meeting's own officers, nor its attendance ("Forfall: A (vara B
    møtte)" beside "Frå styret: C, styreleiar"), which the caller leaves out."""
    return m.reader in LISTINGS and m.listing is not None and m.listing in specific_listings


def _board_title(m: Mention) -> bool:
    """A chair titled by the board itself ("styreleder", "styreleiar": not the generic "leder",
    nor "nestleder", which a representantskap has too) is ours in an organ's section as well:
    "Møtet ble ledet av styreleder X" under "Årsmøtet"."""
    return _specific(m) and m.code == "LEDE" and m.body is None


def _elected_to_board(m: Mention, ctx: BoardContext) -> bool:
    """A seat the board itself names, stated as taken ("A og B ble gjenvalgt som styremedlemmer",
    "C ble valgt som styreleder") in another organ's section: that organ elects our board
    (a representantskap, a bedriftsforsamling). Not a club group's section: its board is its own."""
    return _specific(m) and m.code in ("LEDE", "MEDL") and m.stated and m.body is None \
        and not ctx.group_heading(m.unit.section)


_LABEL_MARK_BEFORE = re.compile(rf"{WORD_MARK}\s*:?\s*$")  # "STYREMEDLEM¹\n", "Styremedlem (2): " before the name
_LABEL_MARK_AFTER = re.compile(rf"\s*[,(–—-]?\s*{WORD_MARK}")  # "Kari Dahl, styremedlem¹"


def _mark_of(m: Mention) -> str | None:
    """The footnote mark (``marker_key``) on a mention's name ("Ketil Ravn (2)") or on the role word
    labelling it, before the name ("STYREMEDLEM¹" over it, "Styremedlem*: Kari Dahl") or right after
    it ("Kari Dahl, styremedlem¹"); None where neither carries one."""
    if (on_name := re.search(re.escape(m.name) + rf"\s*({MARK})", m.evidence)) is not None:
        return marker_key(on_name.group(1))
    at = m.name_at()
    if at < 0:
        return None
    for label in (_LABEL_MARK_BEFORE.search(m.evidence, 0, at), _LABEL_MARK_AFTER.match(m.evidence, at + len(m.name))):
        if label is not None and phrase_role(label.group("word"), True) is not None:
            return marker_key(label.group("glued") or label.group("bracket") or label.group("raised"))
    return None


def _non_voting_after(m: Mention) -> bool:
    """A non-voting remark right after the name: the seat the employees chose has no vote."""
    at = m.evidence.find(m.name)
    return at >= 0 and non_voting_at(m.evidence[at + len(m.name):])


def apply_scope(ctx: BoardContext, mentions: list[Mention]) -> list[Mention]:
    """Mentions that may be ours, each with its context reasons; the others dropped."""
    _listing_runs(ctx, mentions)
    labels = line_labels(ctx)
    specific_listings = {m.listing for m in mentions if _specific(m) and m.listing is not None}
    # A name its unit also gives a role outside the board: no bare member where a label or a union says
    # so ("Revisor" over a name in a list under "Styret"; "Tillitsvalgte: Siri Holm, Fagforbundet"), no
    # officer by a title ("Økonomiansvarlig X er styrets sekretær"); an aside in prose leaves a member
    # or the leader ("... og C (ordfører i Nesbyen)", "leder A (ordfører i Gol)").
    outside = {(id(m.unit), m.name) for m in mentions if m.role is not None and m.role.kind == "NOT_BOARD"}
    labelled = {(id(m.unit), m.name) for m in mentions if m.role is not None and m.role.kind == "NOT_BOARD"
                and (m.reader != "prose" or m.role.code == "UNION")}
    # "leiar" under a signature names the office of one the text lists as the board ("Styret har vore: A, B, ...")
    board_named = {m.name for m in mentions if m.body == "BOARD" and m.role is None}
    # "Styret har bestått av sokneprest A som leder, rektor B og gårdbruker C": a head title on a
    # name the board's composition lists is the member's job, not our daglig leder
    composed = {(id(m.unit), m.name) for m in mentions if m.reader == "composition"}
    proposed = proposal_lines(ctx)
    attending = attendance_lines(ctx)
    after_deputies = _after_deputies(ctx, mentions)
    out, candidates = [], set()
    for m in mentions:
        i = ctx.index[id(m.unit)]
        line = (i, line_no(ctx, m))
        label = labels.get(line)
        if line in proposed:
            candidates.add(id(m))
        kind = ctx.heading_kind(m.unit.section)
        body = m.body or (label.code if label is not None else None)
        if kind == "board" or body == "BOARD" or i in ctx.board_captions:
            m.context.append("board_section")
        elif kind == "organisation":
            m.context.append("organisation_section")
        if m.unit.quoted:
            m.context.append("media_section")
        if _proposal(m.unit, m.evidence) or id(m) in candidates:
            m.context.append("proposal")
        if line in attending and kind != "board" and body != "BOARD" and not _board_title(m) \
                and not board_meeting_section(m.unit.section):
            m.context.append("attendance")  # another organ's minutes may list its own roles
        ceo = m.code == "DAGL"
        if m.role is not None and m.role.kind == "HEAD" and (id(m.unit), m.name) in composed:
            continue
        if thanked_outsider(m, ctx.org):
            continue  # "Takk til ... rektor X for at vi får øve på skolen": a helper or another body's, not ours
        if ceo and ctx.parish and fellesrad_head(m):
            m.context.append("fellesrad_title")  # the fellesråd's kirkeverge, named in a parish's report
        note = ctx.note_marks.get((m.unit.section, _mark_of(m))) if ctx.note_marks and m.code in SPECIFIC else None
        if note == "employee":
            m.role = replace(m.role, employee=True)
        elif note == "left":
            m.left, m.role = True, None  # "Styremedlem¹: X" over "¹ Fratrådte 30. juni": off the board
        if m.role is not None and m.role.employee and m.code in (None, "MEDL") and _non_voting_after(m):
            m.role = Role("ROLE", "OBS", m.role.score, True)  # "Ansattes representant: X (med talerett)"
        loose = m.role is not None and (m.role.generic or m.role.kind == "FUNCTION")
        key = (id(m.unit), m.name)
        if m.role is not None and m.role.kind == "NOT_BOARD" or m.role is None and key in labelled \
                or m.role is not None and m.role.kind == "FUNCTION" and key in outside:
            continue  # read so that its name is not taken by a neighbouring role
        if id(m) in after_deputies:
            continue  # "Kurskontakt: X" under the deputies: the club's contact, not a seat
        if m.role is not None and m.role.regional and not ctx.branch_boards:
            continue  # "fylkesleiar X" in a local branch's report: its county's chair
        elected = _elected_to_board(m, ctx)  # an organ's label or section may tell of electing our board
        if not ceo and (body == "GROUP" or body == "OTHER" and (m.body or not elected)
                        or kind == "other" and body != "BOARD" and not _board_title(m) and not elected
                        or kind == "meeting" and body != "BOARD" and not _specific(m)
                        and not (line not in attending and _in_board_listing(m, specific_listings))
                        or kind == "other" and body == "BOARD" and m.owner_org is None
                        and ctx.group_heading(m.unit.section)):
            continue  # a committee's, a council's, an honorary member's, a club group's own board; a meeting's secretary
        if (not own_org(m.owner_org, ctx.org)) if m.owner_org else kind == "foreign":
            continue  # another organisation's board or chair (a mention naming ours is ours in its section)
        if (loose or m.role is None) and (kind == "staff" or body == "STAFF") and not ceo:
            continue  # "Kari Dahl, økonomiansvarlig" among the employees
        if loose and not ceo and not ("board_section" in m.context or m.listing in specific_listings
                                      or kind == "organisation" and m.reader != "prose"
                                      or m.reader in ("signature", "esign") and m.name in board_named):
            continue  # "leder", "kasserer" where nothing says it is the board
        if loose and m.reader == "prose" and not m.stated and "board_section" not in m.context:
            continue
        if loose and m.reader == "prose" and _employed(m):
            continue  # "Klubbkoordinator X har vært ansatt i 40 % stilling": staff, not the board
        out.append(m)
    # next year's candidates are no board; a proposal the meeting adopted stays as a doubt beside no sitting board
    sitting = any(m.code in SPECIFIC and id(m) not in candidates for m in out)
    adopted = set() if sitting or not candidates else adopted_sections(ctx)
    out = [m for m in out if id(m) not in candidates or m.unit.section in adopted]
    for m in out:
        if id(m) in candidates:
            m.context.append("adopted_proposal")  # the meeting's, perhaps next year's board
    _composed_roles(mentions, out)
    return _without_other_reports(ctx, out)


def _composed_roles(mentions: list[Mention], kept: list[Mention]) -> None:
    """A board role the composition sentence gives its name ("Styret har vore samansett av A
    (styreleiar), B (nestleiar), C og D") is the board's listing, not a role word somewhere in
    running text: the prose mention of that very name (same unit, same place) counts as the
    composition's."""
    composed = {(id(m.unit), m.name, m.at) for m in mentions if m.reader == "composition" and m.at is not None}
    for m in kept:
        if m.reader == "prose" and m.code in SPECIFIC and (id(m.unit), m.name, m.at) in composed:
            m.reader = "composition"


def _without_other_reports(ctx: BoardContext, mentions: list[Mention]) -> list[Mention]:
    """A subsidiary's own report bound after ours, under a heading that is its name ("Vekst
    Eiendom AS" over "Årsberetning 2024"): the board its sections name is that company's, once
    ours is named outside them."""
    inside = [any(ctx.heading_kind(h) == "foreign" for h in m.unit.headings[:-1]) for m in mentions]
    if not any(_specific(m) and not off for m, off in zip(mentions, inside)):
        return mentions
    return [m for m, off in zip(mentions, inside) if not off]


def fellesrad_head(m: Mention) -> bool:
    """The sentence naming a daglig leder holds a kirkelig fellesråd's head title ("Kyrkjeverje:
    Bjarne Nyhus", "Kirkeverge Bjarne Nyhus i Nordvik kirkelige fellesråd")."""
    return _sentence_has(m, scope_words()["fellesrad_head_titles"])


def thanked_outsider(m: Mention, org: frozenset[str]) -> bool:
    """A name running text thanks (a thanks word before it in its sentence: ``thanks_words``) with a
    title of a helper or of another body: an institution's head ("Takk til rektor X for at vi får øve
    på skolen"), a function that is no seat ("takker baneansvarlig X for dugnaden"), or any title
    with the body the holder serves beside the name ("takker daglig leder X i Sparebanken Nord
    for støtten", "takkar leiar X i NAV", "Takk til dagleg leiar i Sparebanken Nord, X, for ...",
    "Takk til Sparebanken Nord og dagleg leiar X"). A thanks sentence names helpers and other bodies'
    people; our own board and daglig leder, thanked there too, are named without another body. The
    person so thanked is that body's wherever the same paragraph names them again ("Daglig leder X
    delte ut premiene")."""
    if m.reader != "prose" or m.role is None:
        return False
    if _sentence_has(m, scope_words()["thanks_words"], before_name=True) and (
            m.role.kind == "HEAD" or m.role.kind == "FUNCTION" and _role_word(m) not in scope_words()["club_offices"]):
        return True
    return any(body is not None and not own_org(body, org) for body in _thanked_bodies(m))


def _thanked_bodies(m: Mention):
    """For each sentence of the mention's paragraph that thanks its person by name, the body named
    beside the name and title (None where none is)."""
    thanks = scope_words()["thanks_words"]
    for found in re.finditer(re.escape(m.name), m.evidence):
        at = found.start()
        start, _ = sentence_bounds(m.evidence, at)
        before = " ".join(m.evidence[start:at].casefold().split())
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", before) for w in thanks):
            yield _body_after_name(m, at) or _body_before_title(m.evidence[start:at])


_BODY_AFTER = re.compile(r"\s*,?\s*(?:i|hos|fra|frå|ved)\s+((?:[A-ZÆØÅ][\w&.-]*\s*){1,5})")


def _body_after_name(m: Mention, at: int) -> str | None:
    """'Sparebanken Nord' in "daglig leder X i Sparebanken Nord for ...": the capitalised words
    after i/hos/fra/ved right after the name, or a municipal or parent body's noun ("i kommunen")."""
    rest = m.evidence[at + len(m.name):]
    if found := _BODY_AFTER.match(rest):
        return found.group(1).strip()
    words = rest.split()[:2]
    nouns = scope_words()["municipal_bodies"] + scope_words()["parent_bodies"]
    return words[1].strip(",.") if len(words) == 2 and words[0] in ("i", "hos", "fra", "frå") \
        and words[1].strip(",.").casefold() in nouns else None


# The body before the name: "Takk til Sparebanken Nord og dagleg leiar X", "... Nordvik Bil ved daglig leder
# X" (capitalised words, a link word, the title's lower-case words), or "dagleg leiar i Sparebanken Nord, X",
# "daglig leder i sponsoren, X" (the title, i/hos/ved and the body, a comma).
_BODY_BEFORE = re.compile(r"((?:[A-ZÆØÅ][\w&.-]*\s+){0,4}[A-ZÆØÅ][\w&.-]*),?\s+(?:og|ved|med|v/)\s+"
                          r"(?:[a-zæøå][\w.]*\s+){1,3}$")
_BODY_BETWEEN = re.compile(r"(?P<title>(?:[\wæøå.]+\s+){0,2}[\wæøå.]+)\s+(?:i|hos|ved|for)\s+"
                           r"(?P<body>(?:[A-ZÆØÅ][\w&.-]*\s+){0,4}[A-ZÆØÅ][\w&.-]*|[a-zæøå]+(?:en|et|a|n))\s*,\s*$")


def _body_before_title(before: str) -> str | None:
    """The body named before the name in ``before`` (its sentence up to the name); not a person's
    name ("Takk til Kari Dal og daglig leder X": two people thanked)."""
    if (found := _BODY_BETWEEN.search(before)) and any(
            phrase_role(" ".join(found.group("title").split()[k:]), False) for k in range(len(found.group("title").split()))):
        return found.group("body")
    found = _BODY_BEFORE.search(before)
    if found is None or is_first_name(found.group(1).split()[0]):
        return None
    return found.group(1)


def _sentence_has(m: Mention, words: tuple[str, ...], before_name: bool = False) -> bool:
    """Whether the sentence holding a mention's name (with ``before_name``, its part before the
    name) holds one of ``words`` (whole words)."""
    at = max(m.name_at(), 0)
    start, end = sentence_bounds(m.evidence, at)
    sentence = " ".join(m.evidence[start:at if before_name else end].casefold().split())
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence) for w in words)


def _employed(m: Mention) -> bool:
    """The sentence holding a running-text mention says the person is employed
    (``employment_words``: "har vært ansatt", "i 40 % stilling")."""
    return _sentence_has(m, scope_words()["employment_words"])
