"""Bare names under a heading or label that says whose they are, the board reader ``name_list``:
under "Styret" members (role unknown), under "Varamedlemmer" deputies, under "Valgkomité" someone
else; a line's bare names (one per column, a list, a photo caption's "Fra venstre: ...") and the
remarks, home labels and bracketed deputies around them.
"""
from __future__ import annotations

from dataclasses import replace

from extractor.fields.board_lines import line_to_mentions
from extractor.fields.board_names import FROM_WORDS, is_term_remark, past_home_place
from extractor.fields.board_mentions import SENTENCE_END, Line, Mention
from extractor.fields.board_labels import closing_label
from extractor.fields.board_readers import Reader
from extractor.fields.board_context import CAPTION_PLACES
from extractor.fields.board_statement_names import historical
from extractor.fields.board_statements import is_former
from extractor.fields.board_table_list import continued_tails
from extractor.fields.board_line_labels import appointed_label, column_headers, label_of, list_head
from extractor.fields.board_line_roles import kind_of, line_names
from extractor.fields.people import NameMatch, leading_name
from extractor.nlp.role_spans import Role
from extractor.nlp.vocab import scope_words

# A photo caption's positions: "Fra venstre bak: Kari Nordmann, Ola Hansen. Foran: ..."
CAPTION_WORDS = frozenset({"fra", "frå", "venstre", "høyre", "høgre", "bak", "foran", "framme", "fremst", "bakerst",
                           "midten", "i", "sittende", "sitjande", "stående", "ståande", "rad", "første", "andre", "f.v",
                           "fv", "fremre", "bakre", "."})
CAPTION_ANCHORS = frozenset({"venstre", "høyre", "høgre", "f.v", "fv"})  # "Fra venstre:", "f.v.:"
# A photo credit ("Foto: Per Lund") ends a caption.
CREDIT_WORDS = frozenset({"foto", "fotograf", "bilde", "bilete", "ill", "illustrasjon"})
DEPUTY = Role("ROLE", "VARA")  # a name in parentheses after a member's, where the list says so


class ListReader(Reader):
    """Bare names under a heading or label that says whose they are: under "Styret" members
    (role unknown), under "Varamedlemmer" deputies, under "Valgkomité" someone else."""

    name = "name_list"

    def read(self, ctx):
        label, anchor, previous_label = None, 0, False
        organ = None  # the last organ label ("Valgkomité:", "Skigruppa:"), kept under its role labels
        bracketed = False  # "(personleg vara i parentes)": a name in parentheses is a deputy
        employees = False  # under "Oppnevnt av de ansatte:": the deputies' label is theirs too
        above = None  # the line before
        tails = continued_tails(ctx)
        for i, unit, opens in ctx.section_units(image=False):
            if i in tails:
                continue  # a card's note ran on under the grid of cards: "... leder i" / "Bakkelund Sag."
            if opens:
                label, anchor, organ = ctx.heading_label(unit.section), i, None
                bracketed = employees = False
            board = (ctx.is_board_heading(unit.section) or i in ctx.board_captions) \
                and i not in ctx.other_captions  # "Styret. Frå venstre: ...", not "Dugnadsgjengen fra venstre: ..."
            for line in ctx.lines(i):
                line_above, above = above, line
                bracketed = bracketed or deputies_bracketed(line)
                if (heading := list_head(line)) is not None:
                    label, anchor = heading, i  # its first names are the line reader's; the rest run on
                found = label_of(line) if heading is None else None
                if found is None and heading is None and (closing := closing_label(ctx, line)) is not None \
                        and closing.kind == "BODY":
                    found = closing  # "De ble valgt fra to lister. Menighetsrådets sammensetning er:"
                if found is None and label is not None and label.kind != "BODY" and (key := _role_key(line)) is not None \
                        and key.code != label.code:
                    found = key  # "DAGLIG LEDER" under "VARAMEDLEMMER" in a sidebar: the deputies' list has ended
                if found is not None and found.kind != "BODY" and role_under_name(line, line_above):
                    label, previous_label = None, False  # "Liv Tjelle" / "varamedlemmer": hers, no list's head
                    continue
                if found is not None and (appointed_label(line) is not None or found.kind == "EMPLOYEE_ELECTED"):
                    employees = found.employee  # "Oppnevnt av de ansatte:": their deputies' label too
                elif found is not None and found.code == "VARA" and employees:
                    found = replace(found, employee=True)
                elif found is not None:
                    employees = False
                if found is not None:
                    # Labels one under another ("Leder:" / "Nestleder:" / names): the names pair by
                    # position (the stack reader's), none is under the last label alone. A table
                    # between them was the first label's ("Styret har bestått av:" / table / "Varamedlemmer:").
                    label = None if previous_label and i <= anchor + 1 and found.kind != "BODY" else found
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
                if role is not None and role.kind == "EMPLOYEE_ELECTED" and line.roles:
                    chosen = list(_employees_mentions(self.name, line, unit, ctx.stop, ("list", anchor), body,
                                                      lambda m: m.role if m.code in ("MEDL", "VARA") else None))
                    yield from chosen
                    if not chosen:
                        label = None  # "Styret har hatt seks møter.": the employees' list has ended
                if role is not None and role.code == "VARA" and line.roles \
                        and all(s.role.kind == "EMPLOYEE_ELECTED" for s in line.roles):
                    # "Tore Lie (ansattes representant)" under "Varamedlemmer:": the employees' deputy
                    yield from _employees_mentions(self.name, line, unit, ctx.stop, ("list", anchor), body,
                                                   lambda _: role)
                if (closing := closing_label(ctx, line)) is not None and closing.kind == "NOT_BOARD":
                    label, anchor = closing, i  # "... Revisorer:" ran onto the line above its names: theirs
                elif heading is not None and _closed_list(line):
                    label = None  # "Varamedlemer: Kari Dahl og Per Lund.": a sentence, its list ends with it


def role_under_name(line: Line, above: Line | None) -> bool:
    """A role in lower case with no colon right under a line of names: a designer's name over role
    ("Liv Tjelle" / "varamedlemmer", "Arild Berntsen" / "daglig leder"), the role of the names above,
    not a label over the names under it."""
    words = [w for w in line.words if w]
    return above is not None and bool(words) and words[0][:1].islower() and not line.text.rstrip().endswith(":") \
        and kind_of(above) == "N"


def _closed_list(line: Line) -> bool:
    """A list head written as a sentence, its names closed by a full stop: the names on the lines
    under it (a signature row, the next paragraph) are not its list's."""
    texts = [t.text for t in line.tokens if not t.is_space]
    return len(texts) > 2 and texts[-1] == "."


def _role_key(line: Line) -> Role | None:
    """A line that is one role and nothing else ("DAGLIG LEDER", "Revisor"), a key over the names
    under it in a sidebar of keys over values: whoever is under it is that role's, not the list's
    above. Employees' qualifiers ("Ansattvalgt") go with the list they stand in."""
    spans = line.roles
    words = [w for w in line.words if w]
    if len(spans) != 1 or spans[0].start != 0 or spans[0].role.kind == "EMPLOYEE_ELECTED" \
            or any(w for w in line.words[spans[0].end:]) or not words:
        return None
    return spans[0].role


def _employees_mentions(reader: str, line: Line, unit, stop, listing, body, role_of):
    """The line reader's people on a line under an employees' label, as chosen by the employees
    (the line reader gives the role, not who chose): ``role_of`` gives each one's role, or None to
    pass them by. "Valgt av og blant de ansatte:" over "Anne Lie, styremedlem": a member's or
    deputy's own role; "Tore Lie (ansattes representant)" under "Varamedlemmer:": the label's."""
    for m in line_to_mentions(line, reader, stop):
        if (role := role_of(m)) is not None:
            yield Mention(m.name, replace(role, employee=True), reader, unit, line.text, m.first_name, listing,
                          body=body)


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
        # "... og D. Foto: Per Lund": the photographer is no member; "... og D. Varamedlem E var ikke
        # til stede.": the list ends with its sentence (a later one is the line reader's)
        credit = next((k for k in range(anchor + 1, len(words)) if words[k].casefold() in CREDIT_WORDS
                       or line.tokens[k].text in SENTENCE_END and k > i + 1), len(words))
        words = words[:credit]
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
