"""Board layout readers as plug-ins: each reads one layout and yields ``Mention``s with its own
name as the first reason, the way camelot keeps one parser per table strategy.

``READERS`` maps a name to a reader; ``iter_mentions`` runs them all. Readers here: ``line``
(role and name on one line; "prose" when the line is running text), ``stack`` (name over role
or role over name on consecutive lines or blocks, in columns: the PCOS-style "Leder" /
"Kari Nordmann" / "kari@..." block), ``caption`` (the same in text OCR'd from an image, a photo
collage), ``name_list`` (bare names under a board heading or label, or under a role label such
as "Varamedlemmer:") and ``composition`` (every name of a sentence saying who the board is:
"Styret har bestått av ..."). Tables, member/deputy columns, signature blocks and e-signature
pages have their own modules (``board_tables``, ``board_signatures``); what a line holds is
``board_line_roles``.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from extractor.fields.board_lines import line_to_mentions
from extractor.fields.board_names import FROM_WORDS, is_term_remark, past_home_place
from extractor.fields.board_owners import genitive_before, org_after
from extractor.fields.board_mentions import SENTENCE_END, Line, Mention, char_at
from extractor.fields.board_sides import meeting_colon
from extractor.fields.board_headings import foreword_role
from extractor.fields.board_labels import closing_label
from extractor.fields.board_scope import CAPTION_PLACES, BoardContext, scope_words
from extractor.fields.board_statements import historical, is_former
from extractor.fields.board_line_roles import (COMPOSITION_VERBS, appointed_label, block_runs, column_headers, kind_of,
                                              label_of, line_names, line_roles, list_head)
from extractor.fields.people import NameMatch, leading_name, trailing_name
from extractor.nlp.role_spans import Role
from extractor.nlp.roles import generic_plural

# A photo caption's positions: "Fra venstre bak: Kari Nordmann, Ola Hansen. Foran: ..."
CAPTION_WORDS = frozenset({"fra", "frå", "venstre", "høyre", "høgre", "bak", "foran", "framme", "fremst", "bakerst",
                           "midten", "i", "sittende", "sitjande", "stående", "ståande", "rad", "første", "andre", "f.v",
                           "fv", "fremre", "bakre", "."})
CAPTION_ANCHORS = frozenset({"venstre", "høyre", "høgre", "f.v", "fv"})  # "Fra venstre:", "f.v.:"
# A photo credit ("Foto: Per Lund") ends a caption.
CREDIT_WORDS = frozenset({"foto", "fotograf", "bilde", "bilete", "ill", "illustrasjon"})
DEPUTY = Role("ROLE", "VARA")  # a name in parentheses after a member's, where the list says so



# --- readers ------------------------------------------------------------------------------------

class Reader:
    name = ""

    def read(self, ctx: BoardContext) -> Iterator[Mention]:
        raise NotImplementedError


class LineReader(Reader):
    """Role and name on one line: "Styreleder: Kari Nordmann", "Kari Nordmann (styreleder)"."""

    name = "line"

    def read(self, ctx):
        for i, unit in ctx.block_units():
            for line in ctx.lines(i):
                if line.roles:
                    yield from ctx.line_mentions(line, "line", ("unit", i))


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
        out += [Mention(n.name, r, reader, name_line.unit, evidence, n.first_name, listing) for n, r in pairs]
        k += 2
    return out


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
        for run, lead in block_runs(ctx, self.image):
            yield from run_to_stacks(run, self.name, ("stack", run[0][1], id(run[0][0])), lead)


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


class ListReader(Reader):
    """Bare names under a heading or label that says whose they are: under "Styret" members
    (role unknown), under "Varamedlemmer" deputies, under "Valgkomité" someone else."""

    name = "name_list"

    def read(self, ctx):
        label, anchor, previous_label = None, 0, False
        organ = None  # the last organ label ("Valgkomité:", "Skigruppa:"), kept under its role labels
        bracketed = False  # "(personleg vara i parentes)": a name in parentheses is a deputy
        employees = False  # under "Oppnevnt av de ansatte:": the deputies' label is theirs too
        for i, unit, opens in ctx.section_units(image=False):
            if opens:
                label, anchor, organ = ctx.heading_label(unit.section), i, None
                bracketed = employees = False
            board = ctx.is_board_heading(unit.section) or i in ctx.board_captions  # "Styret. Frå venstre: ..."
            for line in ctx.lines(i):
                bracketed = bracketed or deputies_bracketed(line)
                if (heading := list_head(line)) is not None:
                    label, anchor = heading, i  # its first names are the line reader's; the rest run on
                found = label_of(line) if heading is None else None
                if found is None and heading is None and (closing := closing_label(ctx, line)) is not None \
                        and closing.kind == "BODY":
                    found = closing  # "De ble valgt fra to lister. Menighetsrådets sammensetning er:"
                if found is not None and appointed_label(line) is not None:
                    employees = found.employee  # "Oppnevnt av de ansatte:": their deputies' label too
                elif found is not None and found.code == "VARA" and employees:
                    found = replace(found, employee=True)
                elif found is not None:
                    employees = False
                if found is not None:
                    # Labels one under another ("Leder:" / "Nestleder:" / names): the names pair by
                    # position (the stack reader's), none is under the last label alone.
                    label = None if previous_label and found.kind != "BODY" else found
                    organ = found if found.kind == "BODY" else organ
                    anchor, previous_label = i, True
                    continue
                previous_label = False
                if label is None and not board:
                    continue
                role = label if label is not None and label.kind != "BODY" else None
                other = organ.code if organ is not None and organ.code in ("OTHER", "GROUP") else None
                body = label.code if label is not None and label.kind == "BODY" else (other or ("BOARD" if board else None))
                paren = _parenthesised([t.text for t in line.tokens]) if bracketed else set()
                # "Bjørn Flaten NTL Fjordforsk (Abelia)" under "Styremedlemmer:": a member's union and workplace
                affiliated = body == "BOARD" or role is not None and role.kind == "ROLE" and not role.generic
                observers = role is not None and role.code == "OBS"
                for name in _names_of(line, ctx.stop, affiliated, observers):
                    own = DEPUTY if name.start in paren else role
                    # "Signe Ask (til 1. mars)": on the board until then, not at the year's end
                    yield Mention(name.name, own, self.name, unit, line.text, name.first_name,
                                  ("list", anchor), body=body, left=is_former(line.words, name.start, name.end))
                if role is not None and role.code == "VARA" and line.roles \
                        and all(s.role.kind == "EMPLOYEE_ELECTED" for s in line.roles):
                    # "Tore Lie (ansattes representant)" under "Varamedlemmer:": the employees' deputy
                    for m in line_to_mentions(line, self.name, ctx.stop):
                        yield Mention(m.name, replace(role, employee=True), self.name, unit, line.text, m.first_name,
                                      ("list", anchor), body=body)
                if (closing := closing_label(ctx, line)) is not None and closing.kind == "NOT_BOARD":
                    label, anchor = closing, i  # "... Revisorer:" ran onto the line above its names: theirs


def deputies_bracketed(line: Line) -> bool:
    """"Styret (personleg vara i parentes):", "varamedlemmer står i parentes": a deputy's role,
    then words saying the deputies stand in parentheses."""
    phrases = scope_words()["deputies_in_parentheses"]
    return any(s.role.code == "VARA" and any(p in " ".join(w.casefold() for w in line.words[s.end:s.end + 4] if w)
                                             for p in phrases) for s in line.roles)


HOME_LABEL_WORDS = 5  # "Frå Øvre Nordvik sokn:": the from-word, the place, the noun


def _past_home_label(line: Line) -> int:
    """Where the names start after a label of where they come from opening the line ("Frå
    Nordvik sokn: A, B og C"; ``home_nouns``); 0 when there is none."""
    colon = next((k for k, t in enumerate(line.tokens[:HOME_LABEL_WORDS + 1]) if t.text == ":"), None)
    words = [w.casefold() for w in line.words[:colon or 0]]
    if colon is None or len(words) < 3 or words[0] not in FROM_WORDS or words[-1] not in scope_words()["home_nouns"]:
        return 0
    return colon + 1


def _names_of(line: Line, stop: frozenset[str], affiliated: bool = False, observers: bool = False
              ) -> list[NameMatch]:
    """The bare names of a line: one per column, "Kari Nordmann, Ola Hansen og Per Lund", or the
    names no role of the line claims ("Kari Nordmann (leder) Ola Hansen Tone Berg"). ``affiliated``
    (under a board's or a specific role's label): a union right after a name opens that member's
    union and workplace, to the line's end."""
    if column_headers(line):
        return []
    if affiliated and (name := leading_name(line.words, 0)) is not None and name.first_name != "unknown" \
            and (any(s.start == name.end and s.role.code == "UNION" for s in line.roles)
                 or _comes_from(line, name, observers)):
        return [name]
    claimed = {m.name for m in line_to_mentions(line, "line", stop)} if line.roles else set()
    whole = None if line.roles else line_names(line)
    if whole:
        return whole
    end = _before_next_organ(line)
    if any(s.role.kind == "BODY" and s.role.code in ("OTHER", "STAFF") and s.start < end for s in line.roles):
        return []  # "Valgkomiteen har bestått av ...": someone else's names
    caption = any(w.casefold() in CAPTION_ANCHORS for w in line.words)
    inside = {i for s in line.roles for i in range(s.start, s.end)}
    names, i = [], 0
    words = line.words[:end]
    if caption:  # "Styret i perioden. Frå venstre: A (Ungdomslaget), B (leiar) og C": the names after
        anchor = next(k for k, w in enumerate(words) if w.casefold() in CAPTION_ANCHORS)
        i = anchor if any(w and w[0].isupper() for w in words[anchor + 1:]) else 0  # "A, B og C (fra venstre)"
        inside |= _parenthesised([t.text for t in line.tokens])
        credit = next((k for k in range(anchor + 1, len(words)) if words[k].casefold() in CREDIT_WORDS), len(words))
        words = words[:credit]  # "... og D. Foto: Per Lund": the photographer is no member
        words = ["" if w.casefold() in CAPTION_PLACES else w for w in words]  # no name runs on into a row's place
    else:
        inside |= _remarks(line)  # "Jonny Asper (ikkje på val) Helge Øvstebø (attval)"
        i = _past_home_label(line)
    while i < len(words):
        limit = min((s.start for s in line.roles if s.start > i), default=len(words))
        name = leading_name(words[:limit], i) if i not in inside else None
        if name is not None and name.first_name != "unknown":
            if name.name not in claimed and not historical(line, name.end):
                names.append(name)
            i = past_home_place(line, name.end) if not caption else name.end
        elif words[i] and i not in inside and words[i].casefold() not in ("og", "&") and not (
                caption and words[i].casefold() in CAPTION_WORDS) and not (i == len(words) - 1 and words[i] == "."):
            return []  # other words: running text, not a list of names
        else:
            i += 1
    return names


def _comes_from(line: Line, name: NameMatch, observers: bool) -> bool:
    """"Liv Dahl, Fagforbundet" under a board's or a role's label, "Per Lie, brukerrådet" under an
    observers' label: the union or organ the person comes from, closing the line after a comma
    (a member's organ there, "Per Lie, valgkomiteen", may say the person is that organ's)."""
    last = line.roles[-1] if line.roles else None
    return last is not None and len(line.roles) == 1 and name.end < len(line.tokens) \
        and line.tokens[name.end].text == "," and last.start == name.end + 1 \
        and not any(line.words[last.end:]) and (last.role.code == "UNION" or observers and last.role.kind == "BODY"
                                                 and last.role.code not in ("BOARD", None))


def _before_next_organ(line: Line) -> int:
    """Where a sentence opens on another organ ("... Ingrid Myhre og Kjetil Aasen. Kontrollkomiteen:
    Bente Kvamme (leder)": a PDF ran two label paragraphs into one line): the names end there."""
    return next((s.start for s in line.roles if s.role.kind == "BODY" and s.role.code != "BOARD" and s.start >= 2
                 and line.words[s.start - 1] in SENTENCE_END), len(line.words))


def _remarks(line: Line) -> set[int]:
    """Indexes of the election remarks in parentheses ("(attval 2023–2024)", "(ikkje på val)"); a
    remark of other words ("(gikk ut i mars)") still makes the line running text."""
    paren = _parenthesised([t.text for t in line.tokens])
    out: set[int] = set()
    group: list[int] = []
    for k in range(len(line.tokens) + 1):
        if k in paren:
            group.append(k)
            continue
        if group and is_term_remark([line.words[j] for j in group]):
            out.update(group)
        group = []
    return out


def _parenthesised(tokens: list[str]) -> set[int]:
    """Indexes of the tokens in parentheses, brackets included."""
    out, depth = set(), 0
    for k, w in enumerate(tokens):
        depth += w == "("
        if depth:
            out.add(k)
        depth -= depth > 0 and w == ")"
    return out


class CompositionReader(Reader):
    """Every name in a sentence saying who the board is ("Styret har i 2023 bestått av Kari
    Nordmann, Ola Hansen og ..."), roles or not: the line reader gives the roles."""

    name = "composition"

    def read(self, ctx):
        for i, unit in ctx.block_units():
            for line in ctx.lines(i):
                subject = None  # the board opening the sentence before
                for lo, hi in _sentences(line):
                    body = next((s for s in line.roles if lo <= s.start < hi and s.role.kind == "BODY"
                                 and s.role.code == "BOARD"), None)
                    if body is None and subject is not None and lo < hi and line.words[lo].casefold() in _BACK_REFERENCES:
                        body = replace(subject, start=lo, end=lo + 1)  # "... er rådets styre. Det har bestått av"
                    subject = body if body is not None and body.start == lo else None
                    if body is None and (verb := _appointed(ctx, unit, line, lo, hi)) is not None:
                        yield from self._names(line, verb, hi, ("unit", i), None)
                        continue
                    if body is None or not any(w.casefold() in COMPOSITION_VERBS or _colon_link(line, k)
                                               for k, w in enumerate(line.words[body.end:min(hi, body.end + 8)],
                                                                     start=body.end)) \
                            and not meeting_colon(line, lo, hi):
                        continue
                    owner = org_after(line, body.end) or genitive_before(line, body)  # "Datterselskapets styre"
                    yield from self._names(line, body.end, hi, ("unit", i), owner)

    def _names(self, line: Line, lo: int, hi: int, listing, owner):
        words = line.words[:hi]
        k = lo
        while k < hi:
            name = leading_name(words, k)
            if name and name.first_name != "unknown":
                if not is_former(line.words, name.start, name.end):
                    yield Mention(name.name, None, self.name, line.unit, line.text, name.first_name, listing,
                                  owner_org=owner, body="BOARD", at=char_at(line, name.start))
                k = name.end
            else:
                k += 1


_BACK_REFERENCES = frozenset({"det", "dette", "it"})  # a sentence's subject that is the board before it
_COLON_LINKS = frozenset({"vært", "vore", "var", "er",  # "Styret har i 2008 vore: A (leiar), B ..."
                          # "Styret er dermed redusert frå ti til ni medlemmer: styreleiar A, B, ..."
                          "medlemmer", "medlemer", "medlemar", "members"})


def _colon_link(line: Line, k: int) -> bool:
    """A plain link verb, or the members counted, that a colon follows opens a list of the
    members, as "består av" does."""
    return line.words[k].casefold() in _COLON_LINKS and k + 1 < len(line.tokens) and line.tokens[k + 1].text == ":"


def _appointed(ctx, unit, line: Line, lo: int, hi: int) -> int | None:
    """Where the names start in a sentence of a board section naming the members by appointing
    body ("Bykommunen har oppnevnt A (leder) og B, fylkeskommunen C og D, ..."): an appointing
    verb among its first words, and no person before it."""
    if not ctx.is_board_heading(unit.section):
        return None
    verbs = scope_words()["appointing_verbs"]
    words = line.words[:hi]
    for k in range(lo, min(hi, lo + 4)):
        if leading_name(words, k) is not None:
            return None
        if words[k].casefold() in verbs:
            return k + 1
    return None


def _sentences(line: Line) -> list[tuple[int, int]]:
    out, start = [], 0
    for k, token in enumerate(line.tokens):
        if token.text in SENTENCE_END:
            out.append((start, k))
            start = k + 1
    out.append((start, len(line.tokens)))
    return out


class ForewordReader(Reader):
    """The writer of a foreword headed by a title ("Daglig leder har ordet", "Synspunkt frå
    adm.dir."): the name signed on a line of its own at the end of that section."""

    name = "foreword"

    def read(self, ctx):
        signer, role = None, None
        for i, unit, opens in ctx.section_units(image=False):
            if opens:
                if signer is not None and role is not None:
                    yield signer
                role, signer = foreword_role(unit.section), None
            if role is None:
                continue
            for line in ctx.lines(i):
                names = line_names(line, 1) if not line.roles else None
                if names:
                    signer = Mention(names[0].name, role, self.name, unit, line.text, names[0].first_name)
        if signer is not None and role is not None:
            yield signer
