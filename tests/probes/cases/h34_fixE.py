"""Kinds from a forty-fourth blind held-out set's errors (Norwegian bodies reporting in English),
written here with other names, places and words (h34-fixE, docs/phrasings.md §94): a country or
town that only ends an English body's name ("the Coastal University of Norway"); the landsdeler
as English reports write them ("Northern Norway") and a post town joined by "and" to a
municipality; an English title "Annual Report 2022" over a signature dated the year after; a
"Board of Trustees" listed as "Role: Name, constituency" lines with a "staff-elected member", and the parents' association's officers after them; a "Head of School" signing as the head; "The Board of Directors of <name>" over signatures
where only the chair's has a title.
Names and places are invented or real place names."""
from probes.spec import H, P, Expect, Probe, Sign, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h34e-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # "Norway" ending an English body's name: writers list it or not, so it goes to review; Bodø is sure
    _p("country-ending-an-english-body-name", "places", (
        H("From the Managing Director", 2),
        P("Our partners in the testing programme were the Coastal University of Norway and the Marine "
          "Data Institute of Norway. The company moved its office to new premises in Bodø in May."),
        P("The Board thanks all employees for their effort in the year."),
    ), Expect(places=("Bodø",), doubtful_places=("Norway",)),
        formats=WORD, title="Annual Report 2023 Saltfjord Instruments AS"),
    # a landsdel in English, and a post town joined by "and" to a municipality
    _p("english-landsdel-and-post-town", "places", (
        H("About the foundation", 2),
        P("The foundation supports coastal research in Northern Norway and runs field stations at "
          "Værøy and Svolvær."),
    ), Expect(places=("Northern Norway", "Værøy", "Svolvær")),
        formats=WORD, title="Annual Report 2023 Lofotrand Research Foundation"),
    # the title's year, not the signature's
    _p("english-title-year-over-signing-date", "report", (
        H("Board of Directors' report", 2),
        P("Lundhavn Logistikk AS runs warehouses for retail customers. Revenue grew by 9 %."),
        P("The Board proposes that the profit for the year is transferred to other equity. A new "
          "warehouse opens in 2024, and the Board expects the growth to continue in 2024."),
        Sign((("Eva Strand", "Chair"), ("Tor Heimdal", "Board member"), ("Nils Brekke", "Managing Director")),
             place_date="Drammen, 16 March 2024"),
    ), Expect(report_year=2023, report_kind="årsrapport"),
        formats=WORD, title="Annual Report 2023"),
    # "Role: Name, constituency" lines of a Board of Trustees, one member chosen by the staff
    _p("trustees-member-lines", "board", (
        H("Board of Trustees", 2),
        P("Chair: Marianne Solberg Vik, parent-elected member\n"
          "Vice-Chair: Per Ove Lunde, local community representative\n"
          "Board member: Simon Whitfield, parent-elected member\n"
          "Board member: Hanne Grøtta, staff-elected member\n"
          "Deputy member: Eli Brattvåg, parent-elected deputy"),
        P("The Board of Trustees met six times in the year."),
    ), Expect(board=board(("Marianne Solberg Vik", "LEDE"), ("Per Ove Lunde", "NEST"), ("Simon Whitfield", "MEDL"),
                          ("Hanne Grøtta", "MEDL", True), ("Eli Brattvåg", "VARA"))),
        formats=WORD, title="Annual Report 2023 Fjellby International School Foundation"),
    # the parents' association's officers, named right after the board's lines, are not the board
    _p("pta-officers-after-the-board", "not_board", (
        H("Governance", 2),
        P("Chair: Jorunn Myklebust, parent-elected member\n"
          "Treasurer: Amir Haddad, parent-elected member\n"
          "Board member: Tove Rindal, parent-elected member\n"
          "Deputy member: Geir Sunde, parent-elected deputy"),
        P("Parent-Teacher Association: Laura Bennett (chair), Sindre Hoff (treasurer)."),
    ), Expect(board=board(("Jorunn Myklebust", "LEDE"), ("Amir Haddad", "MEDL"), ("Tove Rindal", "MEDL"),
                          ("Geir Sunde", "VARA"))),
        formats=WORD, title="Annual Report 2023 Vikfjord International School Foundation"),
    # an English signing formula over a signature block where only the chair has a title
    _p("english-signing-formula-only-the-chair-titled", "board", (
        H("Board of Directors' report", 2),
        P("Saltvik Pumper AS sells pumps to the process industry. The Board is satisfied with the year."),
        P("The Board of Directors of Saltvik Pumper AS"),
        Sign((("Lena Åberg Dahl", "Chair"), ("Jussi Koskinen", ""), ("Ingrid Nyqvist", ""), ("Terje Bakkevig", ""),
              ("Runar Solli", "Managing Director")), place_date="Oslo, 20 March 2024"),
    ), Expect(board=board(("Lena Åberg Dahl", "LEDE"), ("Jussi Koskinen", "MEDL"), ("Ingrid Nyqvist", "MEDL"),
                          ("Terje Bakkevig", "MEDL")), ceo="Runar Solli"),
        formats=("pdf",), title="Annual Report 2023"),
    # the school's head signs as "Head of School": the daglig leder
    _p("head-of-school-signs", "ceo", (
        H("Board report", 2),
        P("The foundation runs an approved international primary school with 140 students."),
        Sign((("Karen Aasheim", "Chair"), ("Lars Tveit", "Board member"), ("Oliver Grant", "Head of School")),
             place_date="Molde, 10 March 2024"),
    ), Expect(ceo="Oliver Grant"),
        formats=WORD, title="Annual Report 2023 Romsdal International School Foundation"),
]
