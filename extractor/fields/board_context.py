"""What the board readers and the scope share (``BoardContext``): the analysis, the words of the
organisation's own name, its units and their lines (kept, or made again from their plans in a long
document), the sections' headings read as board, other organ, staff or another organisation's, the
photo captions under a board heading, the e-signature pages and what footnote marks say.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from extractor.document import BlockKind
from extractor.fields.board_headings import heading_line, org_words, own_council, read_heading
from extractor.fields.board_labels import OTHER_ORGAN
from extractor.fields.board_line_labels import label_of
from extractor.fields.board_line_roles import line_roles
from extractor.fields.board_lines import line_to_mentions
from extractor.fields.board_mentions import Line, LinePlan, Mention, doc_to_lines
from extractor.fields.board_statements import note_says_left
from extractor.fields.context import Analysis, TextUnit
from extractor.nlp.marks import MARK, NOTE_MARK, PLAIN_NOTE_MARK, bracketed_mark, marker_key
from extractor.nlp.role_spans import Role, phrase_role
from extractor.nlp.roles import is_employee_elected
from extractor.nlp.vocab import alternation, scope_words


# A photo caption's order: "fra venstre", abbreviated "f.v." ("Konstituert styre, f.v.: ...")
_FROM_LEFT = re.compile(r"\b(?:fra|frå|from) (?:venstre|left)\b|\bf\. ?v\.", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"\s*([^.:]{3,80})[.:]")
# what a footnote says up to its sentence's end ("Vald av og blant dei tilsette" of "... tilsette. Ho ...")
_TO_SENTENCE_END = re.compile(r"[^.;]*")
# The subject opening a caption's first sentence: the board, and whose ("Styret i Nordby Vekst AS
# samlet på ... i oktober.": a sentence too long to read as a heading; its subject reads as one)
_CAPTION_SUBJECT = re.compile(r"\s*(\w+(?:\s+(?:i|for|til)(?:\s+[A-ZÆØÅ][\w-]*)+)?)")
# A row's place in a photo caption ("Bak frå venstre:", "Framme:"); capitalised where a caption runs its
# rows together ("... Per Lund Framme frå venstre: ...") it is no surname (board_lists._names_of).
CAPTION_PLACES = frozenset({"bak", "bakerst", "foran", "framme", "fremst", "fremre", "bakre", "nede", "oppe",
                            "øverst", "nederst", "sittende", "sitjande", "stående", "ståande"})
_ROW_PLACE_END = re.compile(rf"\s(?:{'|'.join(sorted(CAPTION_PLACES))})\s*$", re.IGNORECASE)


def _caption_subject(sentence: str) -> str | None:
    """The subject opening a caption's first sentence (``_CAPTION_SUBJECT``), when words follow it."""
    found = _CAPTION_SUBJECT.match(sentence)
    return found.group(1) if found and sentence[found.end():].strip() else None


# Lines hold spaCy Token objects and their cleaned words (~100 bytes a token): a document of
# up to this many tokens (a report of 25 pages) keeps them for every reader; a longer one keeps
# their plans (a few bytes a token, see ``LinePlan``; ~1.5 MB on a 350-page book, where its Lines
# would be ~13 MB), from which each reader's lines are made again.
LINE_CACHE_TOKENS = 10_000


@lru_cache(maxsize=1)
def _acting_board_pattern() -> re.Pattern:
    words = scope_words()
    alt = lambda key: alternation(words[key])  # noqa: E731
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
        return self._governing[0] | self._acting_board | self._regional_board

    @cached_property
    def branch_boards(self) -> tuple[str, ...]:
        """The regional boards of the branch a heading, the name or the title calls the report
        ("Om fylkeslaget": "fylkesstyret"), or of the region the name says the organisation is
        ("Trøndelag Bordtennisregion": "regionstyret"); empty for any other report. Its chair's
        title ("fylkesleder") is the board's only then."""
        words = set(self.org) | {w.casefold() for h in self._sections for w in h.split()}
        name = org_words(self.org_name)  # "Trøndelag Bordtennisregion": the region is ours
        return tuple(b for group in scope_words()["regional_boards"]
                     if any(w.startswith(tuple(group["branch"])) for w in words)
                     or any(w.casefold().endswith(tuple(group.get("name_ends", ()))) for w in name if group.get("name_ends"))
                     for b in group["boards"])

    @cached_property
    def _regional_board(self) -> frozenset[str]:
        """A branch's own board by its title ("Fylkesstyret" in a fylkeslag's report) where no
        heading is the board's; in a local branch's report the county board is another organ."""
        return frozenset(self.branch_boards) if self.branch_boards and not self._board_heading else frozenset()

    @cached_property
    def _sections(self) -> frozenset[str]:
        """The headings the units stand under."""
        return frozenset(u.section for u in self.analysis.units if u.section)

    @cached_property
    def _board_heading(self) -> bool:
        """Whether a heading reads as the board's (with the name's own words): an organ guessed as
        the board from the organisation's kind is then none."""
        own = org_words(self.org_name)
        return any(read_heading(h, self.org, own)[0] == "board" for h in self._sections)

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
                if self._board_heading:
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
        stands_in: dict[str | None, str | None] = {}  # a heading read as a line → the section it stands in
        for i, unit in enumerate(self.analysis.units):
            if unit.is_heading and self._board_content(i, unit):
                stands_in[unit.text] = out[-1].section if out else None
                unit = replace(unit, block=replace(unit.block, kind=BlockKind.PARAGRAPH), section=stands_in[unit.text])
            elif unit.is_heading:
                stands_in.pop(unit.text, None)
            elif unit.section in stands_in:  # after a sidebar's title the section is the body's again
                unit = replace(unit, section=stands_in[unit.section])
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
        if _role_alone(line) and i and (above := self.analysis.units[i - 1]).block is not None \
                and (named := text_to_name(above.text)) is not None and named.first_name == "known":
            return True  # a card's role under its name, a heading only by the note under it ("Styreleder")
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
    def _caption_orders(self) -> list[tuple[int, re.Match]]:
        """(index, match) of each unit holding a photo caption's order ("fra venstre", "f.v."),
        where both caption readings start."""
        return [(i, order) for i, unit in enumerate(self.units) if (order := _FROM_LEFT.search(unit.text))]

    @cached_property
    def board_captions(self) -> set[int]:
        """Units captioning a photo of our board: people placed "fra venstre" under a first
        sentence that names the board as a heading would ("Styret i Nordby IL 2021. Bak fra
        venstre: Kari Dahl (leder), ...")."""
        out = set()
        for i, order in self._caption_orders:
            unit = self.units[i]
            # "Styret Bak frå venstre: A, B, ...": the board's name run into the caption's order
            lead = _ROW_PLACE_END.sub("", unit.text[:order.start()]).strip(" .:")
            if (first := _FIRST_SENTENCE.match(unit.text)) and (self.is_board_heading(first.group(1))
                                                                 or self.is_board_heading(_caption_subject(first.group(1)))) \
                    or 3 <= len(lead) <= 80 and self.is_board_heading(lead):
                out.add(i)
        return out

    @cached_property
    def other_captions(self) -> set[int]:
        """Units captioning a photo of some other group: the words right before "fra venstre" name
        a group that is not the board ("Dugnadsgjengen fra venstre: ...", "Seilerne frå venstre:"),
        so its people are not the board's even under a board heading."""
        photo = frozenset(scope_words()["caption_photo_words"])
        out = set()
        for i, order in self._caption_orders:
            unit = self.units[i]
            words = re.split(r"[.:!?\n]", unit.text[:order.start()])[-1].replace(",", " ").split()
            while words and words[-1].casefold() in CAPTION_PLACES:
                words.pop()  # "Bak fra venstre:", "Dugnadsgjengen, bak fra venstre:"
            subject = " ".join(words)
            if 1 <= len(words) <= 4 and subject[:1].isupper() and not photo & {w.casefold() for w in words} \
                    and not self.is_board_heading(subject) and not self.is_board_heading(_caption_subject(subject + " .") or ""):
                out.add(i)
        return out

    @cached_property
    def note_marks(self) -> dict[tuple[str | None, str], str]:
        """What the footnote marks of a section say of the members they mark, by (section, marker):
        "employee" for the employees' choice ("... og ett velges av de ansatte (2)" makes "Ketil
        Ravn (2)" employee-elected; "¹ Valgt av og blant de ansatte" under the list), "left" for a
        term ended in the year ("¹ Fratrådte 30. juni", "² Til 1. september")."""
        words = set(scope_words()["elected_by_employees"])
        out: dict[tuple[str | None, str], str] = {}
        for i, unit in enumerate(self.units):
            for line in self.lines(i) if unit.block is not None and "(" in unit.text else []:  # a "(2)" mark needs one
                toks = line.tokens
                for k in range(1, len(toks) - 2):
                    if (mark := bracketed_mark(toks, k)) and (
                            toks[k - 1].text.casefold() in words or any(s.end == k and s.role.employee
                                                                       for s in line.roles)):
                        out[(unit.section, mark)] = "employee"
            for text in re.split(rf"\n(?=\s*(?:{MARK}|\d\s)\s*\S)", unit.text):  # a note under the list, maybe wrapped:
                text = " ".join(text.split())  # "¹) Valgt av og blant de ansatte", "1 Valgt av ..."
                note = NOTE_MARK.match(text) or PLAIN_NOTE_MARK.match(text)
                if note is None:
                    continue
                key = (unit.section, marker_key(note.group("mark")))
                if is_employee_elected(_TO_SENTENCE_END.match(note.group("rest")).group()):
                    out[key] = "employee"
                elif note_says_left(note.group("rest")):
                    out[key] = "left"
        return out

    @cached_property
    def has_board_heading(self) -> bool:
        return any(self.is_board_heading(h) for h in {u.section for u in self.units if u.section})


def _role_alone(line: Line) -> bool:
    """A line that is one role and nothing else ("Styreleder", "Nestleiar", "Styreleder siden 2021")."""
    roles = line_roles(line)
    return roles is not None and len(roles) == 1 and roles[0].kind == "ROLE"
