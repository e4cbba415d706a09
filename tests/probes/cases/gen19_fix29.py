"""Kinds from a twenty-ninth blind held-out set's losses, written here with other names, places and
words (h32-fix29; docs/phrasings.md §80): the nomination committee's proposal for next year under a
heading of its own ("Valnemnda sitt framlegg til styre for 2025", "Valgkomiteens forslag til nytt
styre") in lines of the board's shape, with no label line over it; an acting chair whose role line
qualifies the role after it ("Leiar (fungerande):", "Leder (konstituert):") where the prose still
calls him by his former role.
Names and places are invented."""
from probes.spec import H, P, T, Expect, Li, Probe, board

WORD = ("docx", "pdf")
TABS = (90.0, 230.0)


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g19-fix29-{case_id}", family, tuple(items), expect, **kw)


def _tab_lines(*rows: tuple[str, ...]) -> list[P]:
    return [P("\t".join(row), tabs=TABS) for row in rows]


PROBES = [
    # nn: the valnemnd's proposal under its own heading, the same shape as the sitting board's lines
    _p("nn-proposal-under-its-own-heading", "board", (
        H("Styret", 2),
        P("Styret ved utgangen av 2024:"),
        *_tab_lines(("Leiar:", "Gudrun Aksnes", "Eidsvåg"), ("Nestleiar:", "Halvard Tjørhom", "Eidsvåg"),
                    ("Kasserar:", "Marta Skeie", "Nesset"), ("Varamedlem:", "Eirik Vollan", "Nesset")),
        P("Styret har hatt seks møte. Valnemnda har vore Per Arne Lothe og Solveig Rød."),
        H("Årsmøtet", 2),
        P("Årsmøtet vert halde i grendahuset i mars."),
        H("Valnemnda sitt framlegg til styre for 2025", 2),
        *_tab_lines(("Leiar:", "Gudrun Aksnes", "attval, 2 år"), ("Nestleiar:", "Torunn Myrset", "ny, 2 år"),
                    ("Kasserar:", "Marta Skeie", "ikkje på val"), ("Varamedlem:", "Jostein Hoel", "ny, 1 år")),
        P("Per Arne Lothe og Solveig Rød, valnemnda", italic=True),
    ), Expect(board=board(("Gudrun Aksnes", "LEDE"), ("Halvard Tjørhom", "NEST"), ("Marta Skeie", "MEDL"),
                          ("Eirik Vollan", "VARA"))),
        lang="nn", formats=WORD, title="Årsmelding 2024 Eresfjord Sau og Geit"),
    # nb: the same under "Valgkomiteens forslag til nytt styre"
    _p("proposal-under-its-own-heading", "board", (
        H("Styret", 2),
        *_tab_lines(("Leder:", "Bente Mørkved"), ("Nestleder:", "Roald Singsaas"), ("Kasserer:", "Anita Grøtte"),
                    ("Varamedlem:", "Frode Bakken")),
        P("Styret har hatt åtte styremøter."),
        H("Valgkomiteens forslag til nytt styre", 2),
        *_tab_lines(("Leder:", "Bente Mørkved", "gjenvalg"), ("Nestleder:", "Svein Oddvar Lien", "ny"),
                    ("Kasserer:", "Anita Grøtte", "ikke på valg"), ("Varamedlem:", "Hilde Ramstad", "ny")),
    ), Expect(board=board(("Bente Mørkved", "LEDE"), ("Roald Singsaas", "NEST"), ("Anita Grøtte", "MEDL"),
                          ("Frode Bakken", "VARA"))),
        formats=WORD, title="Årsberetning 2024 Støren Skytterlag"),
    # nn: the nestleiar became acting leiar when the leiar moved; the line says so after the role
    _p("nn-acting-chair-qualified-after-the-role", "board", (
        H("Styret", 2),
        *_tab_lines(("Leiar (fungerande):", "Ottar Hjelmeland"), ("Skrivar:", "Randi Sæbø"),
                    ("Styremedlem:", "Liv Helen Fjellstad"), ("Varamedlem:", "Arvid Kvinlaug")),
        P("Leiaren vår flytta i juni og gjekk ut av styret. Nestleiar Ottar Hjelmeland har "
          "vore fungerande leiar sidan, og laget har ikkje hatt nestleiar resten av året."),
    ), Expect(board=board(("Ottar Hjelmeland", "LEDE"), ("Randi Sæbø", "MEDL"), ("Liv Helen Fjellstad", "MEDL"),
                          ("Arvid Kvinlaug", "VARA"))),
        lang="nn", formats=WORD, title="Årsmelding 2024 Sauda Bonde- og Småbrukarlag"),
    # nb: "Leder (fungerende):" in a short list, the prose naming his former role first
    _p("acting-chair-qualified-after-the-role", "board", (
        H("Styret", 2),
        P("Leder (fungerende): Terje Vangen\nSekretær: Mari Solbakk\nStyremedlem: Jon Egil Rognstad\n"
          "Varamedlem: Tove Hagen"),
        P("Nestleder Terje Vangen har vært fungerende leder siden mai."),
    ), Expect(board=board(("Terje Vangen", "LEDE"), ("Mari Solbakk", "MEDL"), ("Jon Egil Rognstad", "MEDL"),
                          ("Tove Hagen", "VARA"))),
        formats=WORD, title="Årsberetning 2024 Hurdal Historielag"),
]

PROBES += [
    # nn: an unruled table of counts, its headers set flush left and the counts flush right (Word's
    # table with numbers right-aligned): the header and its counts are one column; a bullet list
    # right under it is no part of it
    _p("nn-counts-right-under-headers-left", "tables", (
        H("Kurs", 2),
        P("Kursnemnda skipa til ti kurs i året som gjekk."),
        T((("Kurs", "Tal på kurs", "Påmelde"), ("Knyting", "2", "15"), ("Smiing", "3", "21"),
           ("Bandvev", "1", "9"), ("Skinnfell", "2", "13"), ("Tovning", "2", "18")),
          ruled=False, bold_header=False, figures_right=True),
        Li("Vevstova var open kvar tysdag frå oktober til mars."),
        Li("Laget hadde stand på martnaden i Vinje i august, med godt sal."),
        Li("Tre medlemmer var med på fylkesårsmøtet i Skien."),
    ), Expect(table_rows=(("Kurs", "Tal på kurs", "Påmelde"), ("Knyting", "2", "15"), ("Tovning", "2", "18"))),
        lang="nn", formats=WORD, title="Årsmelding 2024 Vinje Husflidslag"),
]
