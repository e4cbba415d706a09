"""Names and roles stacked one over the other, the board readers ``stack`` and ``caption``: name
over role or role over name on consecutive lines or blocks, in columns (the PCOS-style "Leder" /
"Kari Nordmann" / "kari@..." block), labels over as many names, and the same in text OCR'd from
an image (a photo collage). ``run_to_stacks`` pairs one run of lines; signatures use it too.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from extractor.fields.board_card_lines import employees_note
from extractor.fields.board_line_labels import column_headers
from extractor.fields.board_mentions import Line, Mention
from extractor.fields.board_table_cells import as_employee
from extractor.fields.board_line_roles import joined_names, kind_of, line_names, line_roles
from extractor.fields.board_readers import Reader
from extractor.fields.board_table_cells import as_employee, cell_role, chosen_by_employees
from extractor.fields.people import NameMatch, trailing_name
from extractor.nlp.role_spans import Role
from extractor.nlp.roles import generic_plural


def _tail_role(line: Line | None) -> Role | None:
    """The role ending a line of other text, after a colon ("... tillitsvalgte vært: Leder"): the
    first role of a stack whose layout ran it into the line above."""
    if line is None or not line.roles:
        return None
    span = line.roles[-1]
    if any(line.words[span.end:]) or span.role.kind == "BODY" or span.start == 0:
        return None
    return span.role if line.tokens[span.start - 1].text.endswith(":") else None


def _ends_on_role(kinds: list[str]) -> bool:
    """Role, name, role, name, ..., role: pairs of name over role with the first name missing."""
    return len(kinds) >= 3 and len(kinds) % 2 == 1 and all(k == ("R" if i % 2 == 0 else "N") for i, k in enumerate(kinds))


def _tail_name(line: Line | None) -> NameMatch | None:
    """The name ending a line of other text after its last sentence ("... og Lillestrøm. Nora
    Lie"): a side box's name line that the layout ran into the text beside it."""
    if line is None or not line.words:
        return None
    end = len(line.words)
    found = trailing_name(line.words, end)
    if found is None or found.first_name != "known" or found.start == 0 or line.words[found.start - 1] != ".":
        return None
    return found


def _has_role(line: Line) -> bool:
    return any(s.role.kind != "BODY" for s in line.roles)


def _pairs(upper: Line, lower: Line, order: str | None):
    """(pairs, order, name line) for two lines, name over role or role over name."""
    # "Varamedlemmer:", a plural "Medlemmer" head what follows (a sidebar's next label), not what is above
    labels = lower.tokens[-1].text.endswith(":") or generic_plural(lower.text) is not None
    if order != "role_first" and not labels and (roles := line_roles(lower)) and not _has_role(upper) \
            and (names := line_names(upper, len(roles))):
        return list(zip(names, roles)), "name_first", upper
    # ... but under names over roles, a plural role without a colon under two names joined is theirs
    # ("Rune Aasgard og Liv Tjelle" / "varamedlemmer")
    if order == "name_first" and not lower.tokens[-1].text.endswith(":") and (roles := line_roles(lower)) \
            and len(roles) == 1 and not _has_role(upper) and (names := joined_names(upper)):
        return [(n, roles[0]) for n in names], order, upper
    if order != "name_first" and (roles := line_roles(upper)) and (names := line_names(lower, len(roles))):
        if _has_role(lower):  # "Kari Nordmann (leder)" under "Styremedlemmer" has a role of her own
            return None, "role_first", None
        return list(zip(names, roles)), "role_first", lower
    return None, order, None


def _ordered(items: list[tuple[Line, int]], reader: str, listing) -> list[Mention]:
    """Pairs of a name line and a role line next to each other, all one way round (the first
    pair decides)."""
    out: list[Mention] = []
    order = None
    k = 0
    while k + 1 < len(items):
        (upper, _), (lower, _) = items[k], items[k + 1]
        pairs, order, name_line = _pairs(upper, lower, order)
        if pairs is None:
            k += 1
            continue
        evidence = f"{upper.text}\n{lower.text}"
        found = [Mention(n.name, r, reader, name_line.unit, evidence, n.first_name, listing) for n, r in pairs]
        k += 2
        if len(found) == 1 and _card_note(items, k, order):  # "Styremedlem" / "Kari Dahl" / "Valgt av de ansatte"
            found, k = [as_employee(found[0])], k + 1
        out += found
    return out


def _card_note(items: list[tuple[Line, int]], k: int, order: str | None) -> bool:
    """Whether line ``k``, under a pair of name and role, is that card's note that the employees
    chose the member: the employees' qualifier alone ("tilsettvald") or a chooser line ("Valgt av de
    ansatte", nn "Vald av dei tilsette"). Not a label over the next name: under titles over names, a
    line with a name under it is the next card's title ("Ansattes representant" / "Ola Hansen"), and
    a label ends on a colon."""
    if k >= len(items):
        return False
    line = items[k][0]
    if line.tokens[-1].text.endswith(":"):
        return False
    alone = [r.kind for r in line_roles(line) or ()] == ["EMPLOYEE_ELECTED"]
    if not alone and not (chosen_by_employees([line.text])
                          and ((role := cell_role(line)) is None or role.kind == "EMPLOYEE_ELECTED")):
        return False
    return order == "name_first" or k + 1 == len(items) or kind_of(items[k + 1][0]) != "N"


def _labels_then_names(run: list[tuple[Line, int]], kinds: list[str], reader: str, listing,
                       lead: Line | None) -> list[Mention] | None:
    """Role labels, then as many names, paired by position: "Leder:" / "Nestleder:" / "Kari
    Nordmann" / "Ola Hansen" (a two-column table read column by column). The first label may
    end the line above (``_tail_role``)."""
    k = kinds.index("N") if "N" in kinds else 0
    first = _tail_role(lead)
    labels = [(lead, [first])] if first is not None and lead is not None else []
    labels += [(line, line_roles(line)) for line, _ in run[:k]]
    names = [line_names(line, 1) for line, _ in run[k:]]
    if len(labels) < 2 or kinds != ["R"] * k + ["N"] * len(labels):
        return None
    if any(r is None or len(r) != 1 for _, r in labels) or any(n is None or len(n) != 1 for n in names):
        return None
    return [Mention(n[0].name, r[0], reader, line.unit, f"{label.text}\n{line.text}", n[0].first_name, listing)
            for (label, r), n, (line, _) in zip(labels, names, run[k:])]


def run_to_stacks(run: list[tuple[Line, int]], reader: str, listing, lead: Line | None = None) -> list[Mention]:
    """Names and roles on lines next to each other. Contact lines and signature rules, where a
    run has them, close each person's block ("Leder" / "Kari Nordmann" / "kari@..."), so the
    pairing cannot slip by one; otherwise name over role or role over name, one way round."""
    kinds = [kind_of(line) for line, _ in run]
    if (labels := _labels_then_names(run, kinds, reader, listing, lead)) is not None:
        return labels
    # a role first with no name after it, or a run of pairs that ends on a role: the first
    # name is the text's last words ("... mellom landsmøta. Helga Nystuen" / "leiar" / ...)
    tail = _tail_name(lead) if kinds[0] == "R" and (len(kinds) == 1 or kinds[1] != "N" or _ends_on_role(kinds)) \
        else None
    if tail is not None and lead is not None and len(roles := line_roles(run[0][0]) or []) == 1:
        head = Mention(tail.name, roles[0], reader, run[0][0].unit, f"{lead.text}\n{run[0][0].text}",
                       tail.first_name, listing, context=["run_into_text"])
        return [head, *run_to_stacks(run[1:], reader, listing)] if len(run) > 1 else [head]
    if "C" not in kinds:
        return _ordered(run, reader, listing)
    groups: list[list[tuple[Line, int]]] = [[]]
    for item, kind in zip(run, kinds):
        if kind == "C":
            groups.append([])
        else:
            groups[-1].append(item)
    out: list[Mention] = []
    for g, group in enumerate(groups):
        names = [line for line, _ in group if kind_of(line) == "N"]
        if g == 0 and len(group) == 1 and names and (role := _tail_role(lead)) and (found := line_names(names[0], 1)):
            out.append(Mention(found[0].name, role, reader, names[0].unit, f"{lead.text}\n{names[0].text}",
                               found[0].first_name, listing))
            continue
        out += _ordered(group, reader, listing)
    return out


class StackReader(Reader):
    """Name over role or role over name, on lines of one block or in blocks one after another."""

    name = "stack"
    image = False

    def read(self, ctx):
        for run, lead, tail in block_runs(ctx, self.image):
            found = run_to_stacks(run, self.name, ("stack", run[0][1], id(run[0][0])), lead)
            if found and tail is not None and len(run) == 2 and employees_note(tail.text) \
                    and found[-1].evidence == f"{run[-2][0].text}\n{run[-1][0].text}":
                found[-1] = as_employee(found[-1])  # a card's note under its name and role: "Valgt av de ansatte."
            yield from found


class CaptionReader(StackReader):
    """Names and roles under the faces of a photo collage, read by OCR: stacks, and lines."""

    name = "caption"
    image = True

    def read(self, ctx):
        yield from super().read(ctx)
        for i, _ in ctx.block_units(image=True):
            for line in ctx.lines(i):
                if line.roles:
                    yield from ctx.line_mentions(line, "caption", ("unit", i))


def block_runs(ctx, image: bool) -> Iterator[tuple[list[tuple[Line, int]], Line | None, Line | None]]:
    """(run, lead, tail) of a ``BoardContext``: runs of lines in consecutive blocks of one section,
    cut at headings, tables and other text; contact lines (e-mail, phone) and signature rules stay in
    the run. ``lead`` is the line of other text just before the run, ``tail`` the one right after
    it (a card's note under its name and role), if any. A role label wrapped
    onto two short lines ("Employee" / "Representative", or "Deputy" / "Kari Dahl" / "Member"
    with the name centred beside it) stays in the run as one role line; a column header ("Role")
    is passed over."""
    run: list[tuple[Line, int]] = []
    lead: Line | None = None
    held: Line | None = None  # other text after the run: its end, or a wrapped label's first half
    centred: list[tuple[Line, int]] = []  # a name line after ``held``, before the label's second half
    last = None
    for i, unit in ctx.block_units(image):
        if unit.is_heading or (last is not None and (i != last + 1 or unit.section != ctx.units[last].section)):
            if run:
                yield run, lead, held
            if centred:
                yield centred, held, None
            run, lead, held, centred = [], None, None, []
        last = i
        if unit.is_heading:
            continue
        for line in ctx.lines(i):
            if column_headers(line):
                continue
            other = kind_of(line) == "O"
            if held is not None and not centred and kind_of(line) == "N":
                centred = [(line, i)]
                continue
            if held is not None:
                joined = _wrapped_role(held, line) if other else None
                if joined is not None:
                    run += [(joined, i), *centred]
                    held, centred = None, []
                    continue
                if run:
                    yield run, lead, held
                run, lead, held, centred = centred, held, None, []
            if other:
                held = line
            else:
                run.append((line, i))
    if run:
        yield run, lead, held
    if centred:
        yield centred, held, None


WRAPPED_ROLE_WORDS = 2  # words on each line of a role label wrapped in a narrow column


def _wrapped_role(lead: Line, line: Line) -> Line | None:
    """``lead`` and ``line``, two short lines of other text one under the other, as one role line
    when together they are one ("Employee" / "Representative", "Deputy" / "Member")."""
    if max(lead.word_count(), line.word_count()) > WRAPPED_ROLE_WORDS:
        return None
    from extractor.fields.board_headings import heading_line

    joined = heading_line(f"{lead.text} {line.text}")
    if joined is None or kind_of(joined) != "R":
        return None
    return replace(joined, unit=line.unit)
