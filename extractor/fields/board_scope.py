"""Whose board a mention is about: the headings and labels above it, the organ named before it,
a quoted newspaper piece, an election proposal.

A section's heading (or a label line such as "Valgkomité:" or "Styret:") is read by
``board_headings.read_heading``: a board section, another organ's (valgkomité, kontrollutvalg,
representantskap, ...), the staff's, a general one, or another organisation's board
("Styret i Vekst Eiendom AS"). ``apply_scope`` turns that into reasons on each mention, drops the ones
that belong to someone else, and decides the generic words ("leder", "medlem", "kasserer"):
board roles where the text is about the board (a board section, or a listing that also names
a specific board role), nothing elsewhere.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from extractor.document import BlockKind
from extractor.fields.board_headings import heading_line, org_words, own_council, own_org, read_heading
from extractor.fields.board_labels import OTHER_ORGAN, attendance_lines, board_meeting_section, line_labels, line_no
from extractor.fields.board_line_labels import label_of
from extractor.fields.board_lines import line_to_mentions
from extractor.fields.board_meeting import proposal_lines
from extractor.fields.board_mentions import Line, LinePlan, Mention, doc_to_lines, sentence_bounds
from extractor.fields.context import Analysis, TextUnit
from extractor.nlp.role_spans import BOARD_CODES, Role, non_voting_at, phrase_role
from extractor.nlp.vocab import scope_words

SPECIFIC = frozenset(BOARD_CODES)


# A photo caption's order: "fra venstre", abbreviated "f.v." ("Konstituert styre, f.v.: ...")
_FROM_LEFT = re.compile(r"\b(?:fra|frå|from) (?:venstre|left)\b|\bf\. ?v\.", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"\s*([^.:]{3,80})[.:]")
# A row's place in a photo caption ("Bak frå venstre:", "Framme:"); capitalised where a caption runs its
# rows together ("... Per Lund Framme frå venstre: ...") it is no surname (board_lists._names_of).
CAPTION_PLACES = frozenset({"bak", "bakerst", "foran", "framme", "fremst", "fremre", "bakre", "nede", "oppe",
                            "øverst", "nederst", "sittende", "sitjande", "stående", "ståande"})
_ROW_PLACE_END = re.compile(rf"\s(?:{'|'.join(sorted(CAPTION_PLACES))})\s*$", re.IGNORECASE)


# Lines hold spaCy Token objects and their cleaned words (~100 bytes a token): a document of
# up to this many tokens (a report of 25 pages) keeps them for every reader; a longer one keeps
# their plans (a few bytes a token, see ``LinePlan``; ~1.5 MB on a 350-page book, where its Lines
# would be ~13 MB), from which each reader's lines are made again.
LINE_CACHE_TOKENS = 10_000


@lru_cache(maxsize=1)
def _acting_board_pattern() -> re.Pattern:
    words = scope_words()
    alt = lambda key: "|".join(re.escape(w) for w in sorted(words[key], key=len, reverse=True))  # noqa: E731
    return re.compile(rf"\b(\w+) (?:{alt('acting_board_verbs')}) (?:\w+s |sitt |si )?(?:{alt('acting_board_nouns')})"
                      rf"(?=\s*(?:[.,;]|$| (?:{alt('acting_board_after')})\b))", re.IGNORECASE)


@dataclass
class BoardContext:
    """What readers and the scope share: the analysis, the words of the organisation's own
    name (never part of a person's name), each unit's lines and each heading's reading."""

    analysis: Analysis
    _lines: dict[int, list[Line]] = field(default_factory=dict)  # each unit's lines (``lines``)
    _plans: dict[int, LinePlan] = field(default_factory=dict)  # or their plans, in a long document

    @cached_property
    def org_name(self) -> str | None:
        """The organisation's name, unless it reads as a person's ("Konsernsjef Sigrid Moen" from
        a heading): its words would then stop that person's name being read."""
        from extractor.fields.people import leading_name

        name = self.analysis.org_name
        words = (name or "").split()
        person = any((found := leading_name(words, k)) and found.first_name == "known" for k in range(len(words)))
        return None if person else name

    @cached_property
    def org(self) -> frozenset[str]:
        """Words of the organisation's own name, and of the report's title (which names it:
        "Årsmelding 2023 for Nordby arbeidssenter"), so "virksomhetsleder for Nordby
        arbeidssenter" is ours even when the name itself was not found."""
        from extractor.fields.report import title_units

        title = " ".join(u.text for u in title_units(self.analysis))
        return org_words(self.org_name) | frozenset(
            w for w in org_words(title) if w[:1].isalpha() and not w.isdigit() and len(w) > 2)

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Words of the organisation's name alone (not the title's): its own council ("fellesråd");
        with a governing council's words (``governing_councils``) when the name names no council
        and no heading is the board's: "Fellesrådet" in "Årsmelding 2023 Den norske kyrkja i
        Nordvik", "Menighetsrådet" in "Årsmelding 2023 for Nordvik menighet"; with an organ the
        report declares its board ("Arbeidsutvalget har vært rådets styre")."""
        return self._governing[0] | self._acting_board

    @cached_property
    def _acting_board(self) -> frozenset[str]:
        """The organs a sentence declares the board (``acting_board_verbs``)."""
        found = set()
        for unit in self.analysis.units:
            for match in _acting_board_pattern().finditer(unit.text):
                role = phrase_role(match.group(1).casefold(), True)
                if role is not None and role.kind == "BODY" and role.code == "OTHER":
                    found.add(match.group(1).casefold())
        return frozenset(found)

    @cached_property
    def council_guessed(self) -> bool:
        """Whether a governing council is read as the board though neither the organisation's
        name nor the title names the organisation (a page that names only the council,
        "Menighetsrådet"): maybe the parish's board, maybe not the reporter's."""
        return self._governing[1]

    @cached_property
    def _governing(self) -> tuple[frozenset[str], bool]:
        """(name words, guessed): the first group of ``governing_councils`` whose kinds begin a
        word of the organisation's name or the title's first line, or (a group not ``name_only``,
        no name found) of the cover page's text."""
        own = org_words(self.org_name)
        if any(w.endswith("råd") for w in own):
            return own, False
        from extractor.fields.report import EARLY_UNITS, title_units

        # the name, else the title's first line, else (no name found) the cover page's text
        cover = title_units(self.analysis)[:1] if own else self.analysis.units[:EARLY_UNITS]
        first = own | (org_words(cover[0].text) if cover else frozenset())
        named = own | org_words(" ".join(u.text for u in cover if u is cover[0] or not u.is_heading))
        for group in scope_words()["governing_councils"]:
            kinds = tuple(group["kinds"])
            found = [w for w in (first if group["name_only"] else named) if w.startswith(kinds)]
            if found:
                sections = {u.section for u in self.analysis.units if u.section}
                if any(read_heading(h, self.org, own)[0] == "board" for h in sections):
                    return own, False
                # a council's own word ("Menighetsrådet") names the council, not whose it is
                return own | frozenset(group["councils"]), all("råd" in w for w in found)
        return own, False

    @cached_property
    def parish(self) -> bool:
        """Whether the organisation is a parish reporting through its council ("Austvik sokneråd",
        "Nordvik menighet"), not a kirkelig fellesråd."""
        words = {w.casefold() for w in self.name_words}
        councils = scope_words()["parish_councils"]
        return any(w.startswith(councils) for w in words) and not any("fellesråd" in w for w in words)

    @cached_property
    def stop(self) -> frozenset[str]:
        """The organisation's name words, capitalised: never part of a person's name."""
        words = org_words(self.org_name)
        return frozenset(w.capitalize() for w in words) | frozenset(w.upper() for w in words)

    @cached_property
    def docs(self) -> list:
        return self.analysis.docs

    @cached_property
    def units(self) -> list[TextUnit]:
        """The analysis's units, where a heading that holds board content (a bold name, a plural
        label "Varamedlemmer:", "Leder: Kari Nordmann": short lines a layout or OCR took for
        headings) is read as a line of the section it stands in."""
        out: list[TextUnit] = []
        section = None
        for i, unit in enumerate(self.analysis.units):
            if unit.is_heading and self._board_content(i, unit):
                unit = replace(unit, block=replace(unit.block, kind=BlockKind.PARAGRAPH), section=section)
            elif unit.is_heading:
                section = unit.text
            elif unit.section != section:
                unit = replace(unit, section=section)
            out.append(unit)
        return out

    def _board_content(self, i: int, unit: TextUnit) -> bool:
        from extractor.fields.people import text_to_name

        lines = doc_to_lines(unit, self.docs[i])
        if len(lines) != 1 or lines[0].word_count() > 7:
            return False
        line = lines[0]
        if (name := text_to_name(line.text)) is not None:
            return name.first_name == "known"
        label = label_of(line)
        if label is not None:
            return label.kind != "BODY"
        found = line_to_mentions(line, "line", self.stop) if line.roles else []
        return bool(found) and all(m.reader == "line" and m.role is not None for m in found)

    @cached_property
    def index(self) -> dict[int, int]:
        return {id(u): i for i, u in enumerate(self.units)}

    @cached_property
    def esign_zones(self) -> set:
        from extractor.fields.board_signatures import esign_zones

        return esign_zones(self)

    def surname_first(self, line: Line) -> bool:
        """Whether a line on an e-signature page lists signers as "Surname, Given names"."""
        from extractor.fields.board_signatures import esign_zone, iter_surname_first, labelled_signers

        if esign_zone(line.unit) in self.esign_zones:
            return any(iter_surname_first(line))
        return bool(labelled_signers(line))

    def line_mentions(self, line: Line, reader: str, listing=None) -> list[Mention]:
        """The role-and-name pairs of a line (``board_lines.line_to_mentions``); none from a
        "Surname, Given names" line of an e-signature page, which is the esign reader's."""
        return [] if self.surname_first(line) else line_to_mentions(line, reader, self.stop, listing)

    @cached_property
    def keeps_lines(self) -> bool:
        """Whether the document is short enough to keep its units' Lines for every reader."""
        return sum(len(doc) for doc in self.docs) <= LINE_CACHE_TOKENS

    def lines(self, index: int) -> list[Line]:
        """A unit's lines, built once (``doc_to_lines``, the own council's roles) and kept for the
        readers after the first: the Lines themselves in a short document, else their
        ``LinePlan``, from which each reader gets lines of its own."""
        found = self._lines.get(index)
        if found is not None:
            return found
        plan = self._plans.get(index)
        if plan is not None:
            return plan.lines(self.units[index], self.docs[index])
        found = [own_council(line, self.name_words) for line in doc_to_lines(self.units[index], self.docs[index])]
        if self.keeps_lines:
            self._lines[index] = found
        else:
            self._plans[index] = LinePlan.of(found)
        return found

    def section_units(self, cells: bool = False, image: bool = True) -> Iterator[tuple[int, TextUnit, bool]]:
        """(index, unit, opens) of the units under the headings, in order; ``opens`` on a section's
        first unit: what a reader carries down a section (a label, the side of a meeting, a
        proposal, a foreword's signer) ends there. Table cells only with ``cells``; no image text
        without ``image``."""
        section = object()
        for i, unit in enumerate(self.units):
            if unit.is_heading or unit.block is None and not cells \
                    or not image and unit.block is not None and unit.block.kind is BlockKind.IMAGE_TEXT:
                continue
            opens, section = unit.section != section, unit.section
            yield i, unit, opens

    def block_units(self, image: bool = False):
        """(index, unit) of the blocks (not table cells): image text only, or none of it."""
        for i, unit in enumerate(self.units):
            if unit.block is not None and (unit.block.kind is BlockKind.IMAGE_TEXT) == image:
                yield i, unit

    # --- headings ----------------------------------------------------------------------------

    def _heading(self, heading: str | None) -> tuple[str | None, Role | None]:
        """(kind, role) of a heading: kind board, other, staff, organisation, foreign or None;
        role when the heading is a role ("Varamedlemmer")."""
        if not heading:
            return None, None
        return read_heading(heading, self.org, self.name_words)

    def heading_kind(self, heading: str | None) -> str | None:
        return self._heading(heading)[0]

    def group_heading(self, heading: str | None) -> bool:
        """A heading naming a group of a club not the reporter ("Fotballgruppa" in the club's
        report): its "Styre:" is that group's board."""
        line = heading_line(heading) if heading and len(heading.split()) <= 9 else None
        return line is not None and any(s.role.kind == "BODY" and s.role.code == "GROUP"
                                        for s in own_council(line, self.name_words).roles)

    def heading_label(self, heading: str | None) -> Role | None:
        """A role heading ("Varamedlemmer", "Styreleder") or an organ heading as a label."""
        kind, role = self._heading(heading)
        if role is not None:
            return role
        return {"other": OTHER_ORGAN, "staff": Role("BODY", "STAFF")}.get(kind)

    def is_board_heading(self, heading: str | None) -> bool:
        return self.heading_kind(heading) == "board"

    @cached_property
    def board_captions(self) -> set[int]:
        """Units captioning a photo of our board: people placed "fra venstre" under a first
        sentence that names the board as a heading would ("Styret i Nordby IL 2021. Bak fra
        venstre: Kari Dahl (leder), ...")."""
        out = set()
        for i, unit in enumerate(self.units):
            if not (order := _FROM_LEFT.search(unit.text)):
                continue
            # "Styret Bak frå venstre: A, B, ...": the board's name run into the caption's order
            lead = _ROW_PLACE_END.sub("", unit.text[:order.start()]).strip(" .:")
            if (first := _FIRST_SENTENCE.match(unit.text)) and self.is_board_heading(first.group(1)) \
                    or 3 <= len(lead) <= 80 and self.is_board_heading(lead):
                out.add(i)
        return out

    @cached_property
    def employee_markers(self) -> set[tuple[str | None, str]]:
        """(section, marker) of the footnote markers a section explains as the employees' choice:
        "... og ett velges av de ansatte (2)" makes "Ketil Ravn (2)" employee-elected."""
        words = set(scope_words()["elected_by_employees"])
        out = set()
        for i, unit in enumerate(self.units):
            for line in self.lines(i) if unit.block is not None else []:
                toks = line.tokens
                for k in range(1, len(toks) - 2):
                    if toks[k].text == "(" and toks[k + 1].text.isdigit() and toks[k + 2].text.startswith(")") and (
                            toks[k - 1].text.casefold() in words or any(s.end == k and s.role.employee
                                                                       for s in line.roles)):
                        out.add((unit.section, toks[k + 1].text))
        return out

    @cached_property
    def has_board_heading(self) -> bool:
        return any(self.is_board_heading(h) for h in {u.section for u in self.units if u.section})

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


def _specific(m: Mention) -> bool:
    return m.role is not None and m.role.kind == "ROLE" and m.role.code in SPECIFIC and not m.role.generic


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
    proposed = proposal_lines(ctx)
    attending = attendance_lines(ctx)
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
        if ceo and ctx.parish and fellesrad_head(m):
            m.context.append("fellesrad_title")  # the fellesråd's kirkeverge, named in a parish's report
        marker = re.search(re.escape(m.name) + r"\s*\((\d)\)", m.evidence) if "(" in m.evidence else None
        if marker and (m.unit.section, marker.group(1)) in ctx.employee_markers and m.code in SPECIFIC:
            m.role = replace(m.role, employee=True)
        if m.role is not None and m.role.employee and m.code in (None, "MEDL") and _non_voting_after(m):
            m.role = Role("ROLE", "OBS", m.role.score, True)  # "Ansattes representant: X (med talerett)"
        loose = m.role is not None and (m.role.generic or m.role.kind == "FUNCTION")
        key = (id(m.unit), m.name)
        if m.role is not None and m.role.kind == "NOT_BOARD" or m.role is None and key in labelled \
                or m.role is not None and m.role.kind == "FUNCTION" and key in outside:
            continue  # read so that its name is not taken by a neighbouring role
        elected = _elected_to_board(m, ctx)  # an organ's label or section may tell of electing our board
        if not ceo and (body == "GROUP" or body == "OTHER" and (m.body or not elected)
                        or kind == "other" and body != "BOARD" and not _board_title(m) and not elected
                        or kind == "meeting" and body != "BOARD" and not _specific(m)
                        or kind == "other" and body == "BOARD" and m.owner_org is None
                        and ctx.group_heading(m.unit.section)):
            continue  # a committee's, a council's, an honorary member's, a club group's own board; a meeting's secretary
        if (not own_org(m.owner_org, ctx.org)) if m.owner_org else kind == "foreign":
            continue  # another organisation's board or chair (a mention naming ours is ours in its section)
        if (loose or m.role is None) and (kind == "staff" or body == "STAFF") and not ceo:
            continue  # "Kari Dahl, økonomiansvarlig" among the employees
        if loose and not ceo and not ("board_section" in m.context or m.listing in specific_listings
                                      or kind == "organisation" and m.reader != "prose"):
            continue  # "leder", "kasserer" where nothing says it is the board
        if loose and m.reader == "prose" and not m.stated and "board_section" not in m.context:
            continue
        if loose and m.reader == "prose" and _employed(m):
            continue  # "Klubbkoordinator X har vært ansatt i 40 % stilling": staff, not the board
        out.append(m)
    if any(m.code in SPECIFIC and id(m) not in candidates for m in out):
        out = [m for m in out if id(m) not in candidates]  # next year's candidates beside the sitting board
    return out


def fellesrad_head(m: Mention) -> bool:
    """The sentence naming a daglig leder holds a kirkelig fellesråd's head title ("Kyrkjeverje:
    Bjarne Nyhus", "Kirkeverge Bjarne Nyhus i Nordvik kirkelige fellesråd")."""
    return _sentence_has(m, scope_words()["fellesrad_head_titles"])


def _sentence_has(m: Mention, words: tuple[str, ...]) -> bool:
    """Whether the sentence holding a mention's name holds one of ``words`` (whole words)."""
    start, end = sentence_bounds(m.evidence, max(m.name_at(), 0))
    sentence = " ".join(m.evidence[start:end].casefold().split())
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence) for w in words)


def _employed(m: Mention) -> bool:
    """The sentence holding a running-text mention says the person is employed
    (``employment_words``: "har vært ansatt", "i 40 % stilling")."""
    return _sentence_has(m, scope_words()["employment_words"])
