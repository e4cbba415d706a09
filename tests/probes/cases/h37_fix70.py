"""Kinds from the seventieth blind held-out set's errors (sheltered firms across the agencies'
names, an IKS, a stiftelse), written here with other names, places and words (h37-fix70,
docs/phrasings.md §117): the employees' deputy after a comma in a deputies' list ("A og B, for de
ansatte C"), in prose, after "Som varamedlemmer er valgt" and in "Label:⇥names" tab lines that a
converted .doc reads as a two-column table, where a listed member's "(valgt av de ansatte)" must keep
its flag; owners sharing one stated share ("A og B kommune eier 15 % hver", "kommunane A, B og C med
10 prosent kvar"), every owner named getting it, and an owners' table's total row ("I alt", "Til
saman") that is no owner; an older programme name read as today's (APS as AFT, ASVO as VTA) giving
way to the programme the report names itself beside it; a board member's home place after the name
("Name, Place (leiar)"), a place inside a local agency office's name ("NAV Gloppen"); phone numbers
with an area code before 1993 ("(062) 51 234", "02 - 41 17 80") and after one label for phone and fax
("Tlf./faks"); a statement's title between two unruled statements whose header row gives the unit
("Beløp i 1000 kr | 2022 | 2021").
Names are invented; places are real place names."""
from probes.spec import H, P, T, Expect, Figure, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h37f70-{case_id}", family, tuple(items), expect, **kw)


_TAB = (100.0,)  # a tab stop after the labels: "Styreleder:⇥Name" lines

PROBES = [
    # the employees' deputy after a comma, in a sentence
    _p("employees-deputy-after-a-comma", "board", (
        H("Styret", 2),
        P("Styret har i 2022 bestått av styreleder Håkon Brevik, nestleder Sigrid Alme og styremedlemmene "
          "Terje Lund og Mona Fossli, valgt av de ansatte. Varamedlemmer er Eli Sandnes og Rolf Kvam, for de "
          "ansatte Anita Bergli."),
    ), Expect(board=board(("Håkon Brevik", "LEDE"), ("Sigrid Alme", "NEST"), ("Terje Lund", "MEDL"),
                          ("Mona Fossli", "MEDL", True), ("Eli Sandnes", "VARA"), ("Rolf Kvam", "VARA"),
                          ("Anita Bergli", "VARA", True))),
        formats=WORD, title="Årsberetning 2022 Brevik Produkter AS"),
    # nn: "Som varamedlemer er valde A og B, for dei tilsette C"
    _p("nn-chosen-deputies-after-som", "board", (
        H("Styret", 2),
        P("Styreleiar har vore Arne Tveit. Styremedlemer har vore Randi Myklebust og Sindre Hole (vald av dei "
          "tilsette)."),
        P("Som varamedlemer er valde Gunvor Lid og Olav Skeie, for dei tilsette Marit Strand."),
    ), Expect(board=board(("Arne Tveit", "LEDE"), ("Randi Myklebust", "MEDL"), ("Sindre Hole", "MEDL", True),
                          ("Gunvor Lid", "VARA"), ("Olav Skeie", "VARA"), ("Marit Strand", "VARA", True))),
        lang="nn", formats=WORD, title="Årsmelding 2022 Tveit Vekst AS"),
    # "Label:⇥names" tab lines: a listed member's employee phrase in brackets, the employees' deputy after a comma
    _p("tab-lines-employee-bracket-and-deputy-after-comma", "board", (
        H("Styret", 2),
        P("Selskapet har i 2022 hatt en jevn ordretilgang innen sveising og montering, og styret har fulgt "
          "opp arbeidet med nye lokaler på Stord gjennom hele året. Ved utgangen av 2022 besto styret av:"),
        P("Styreleder:\tKnut Aasland", tabs=_TAB, left_tabs=True),
        P("Nestleder:\tBerit Folkestad", tabs=_TAB, left_tabs=True),
        P("Styremedlemmer:\tJon Are Kleiva, Tone Lysne og Geir Vatne (valgt av de ansatte)", tabs=_TAB, left_tabs=True),
        P("Varamedlemmer:\tSynnøve Hjelle og Lars Ove Tangen, for de ansatte Ingrid Fjære", tabs=_TAB, left_tabs=True),
        P("Styret har hatt seks møter i året."),
    ), Expect(board=board(("Knut Aasland", "LEDE"), ("Berit Folkestad", "NEST"), ("Jon Are Kleiva", "MEDL"),
                          ("Tone Lysne", "MEDL"), ("Geir Vatne", "MEDL", True), ("Synnøve Hjelle", "VARA"),
                          ("Lars Ove Tangen", "VARA"), ("Ingrid Fjære", "VARA", True))),
        formats=WORD, title="Årsberetning 2022 Folkestad Industri AS"),
    # two owners before one share with "hver": each holds it, not only the nearer
    _p("owners-sharing-one-share", "owners", (
        H("Eierforhold", 2),
        P("Nordre Land kommune eier 50 % av aksjene, mens Søndre Land og Gran kommune eier 25 % hver. Selskapet "
          "deler ikke ut utbytte."),
    ), Expect(owners=frozenset({("Nordre Land kommune", 50.0), ("Søndre Land kommune", 25.0),
                                ("Gran kommune", 25.0)}))),
    # nn: a plural "kommunar" after the names, the share after "med"
    _p("nn-owners-sharing-one-share-plural", "owners", (
        H("Eigarar", 2),
        P("Aksjane er eigde av Voss herad (40 %) og Ulvik og Eidfjord kommunar med 30 % kvar."),
    ), Expect(owners=frozenset({("Voss herad", 40.0), ("Ulvik kommune", 30.0), ("Eidfjord kommune", 30.0)})),
        lang="nn", title="Årsmelding 2022 Hardanger Arbeidssenter AS"),
    # the municipalities after "kommunene", one share for all three
    _p("owners-listed-after-kommunene-share-each", "owners", (
        P("Selskapet eies av Moss kommune med 70 prosent og av kommunene Råde, Rygge og Våler med 10 prosent hver."),
    ), Expect(owners=frozenset({("Moss kommune", 70.0), ("Råde kommune", 10.0), ("Rygge kommune", 10.0),
                                ("Våler kommune", 10.0)}))),
    # "hver" between the verb and the share
    _p("owners-each-before-the-share", "owners", (
        P("Hamar kommune eier 60 % av aksjene. Løten og Stange kommune eier hver 20 %."),
    ), Expect(owners=frozenset({("Hamar kommune", 60.0), ("Løten kommune", 20.0), ("Stange kommune", 20.0)}))),
    # an owners' table's total row is no owner
    _p("owners-table-total-row", "owners", (
        H("Eiere", 2),
        T((("Eier", "Antall aksjer", "Eierandel"), ("Ringsaker kommune", "600", "60 %"),
           ("Stange kommune", "400", "40 %"), ("I alt", "1 000", "100 %"))),
    ), Expect(owners=frozenset({("Ringsaker kommune", 60.0), ("Stange kommune", 40.0)})), formats=WORD),
    # nn: "Til saman" under the owners
    _p("nn-owners-table-til-saman-row", "owners", (
        H("Eigarar", 2),
        T((("Eigar", "Eigardel"), ("Sauda kommune", "55 %"), ("Suldal kommune", "45 %"), ("Til saman", "100 %"))),
    ), Expect(owners=frozenset({("Sauda kommune", 55.0), ("Suldal kommune", 45.0)})), lang="nn",
        title="Årsmelding 2022 Ryfylke Vekst AS"),
    # APS (read as AFT) beside an AFT row of its own: the AFT row's count is AFT's
    _p("older-programme-name-beside-today-s", "programs", (
        H("Tiltaksplasser", 2),
        P("Bedriften har i 2004 hatt avtale med Aetat Oppland om disse plassene:"),
        T((("Tiltak", "Plasser"), ("Arbeidspraksis i skjermet virksomhet (APS)", "19"),
           ("Arbeidsforberedende trening (AFT)", "6"), ("Varig tilrettelagt arbeid (VTA)", "11"), ("Sum", "36"))),
    ), Expect(programs={"AFT": 6, "VTA": 11}), formats=WORD, title="Årsberetning 2004 Lenavegen Produkter AS"),
    # ASVO places (read as VTA) in a row of their own above the VTA row
    _p("asvo-row-beside-vta-row", "programs", (
        H("Tiltak", 2),
        P("Plasser ved utgangen av 2001:"),
        T((("Tiltak", "Plasser"), ("Arbeidssamvirke i offentlig virksomhet (ASVO)", "15"),
           ("Varig tilrettelagt arbeid (VTA)", "9"))),
        P("Fra 2002 blir alle ASVO-plassene gjort om til VTA."),
    ), Expect(programs={"VTA": 9}), title="Årsberetning 2001 Fjellvang Arbeidssenter AS"),
    # nn: each member's home place after the name, a post town needing context
    _p("nn-home-place-after-a-member-s-name", "places", (
        H("Styret", 2),
        P("Styret har ved utgangen av 2018 denne samansetjinga:"),
        P("Eirik Hjelle, Olden (leiar)"),
        P("Marit Bakke, Innvik (nestleiar)"),
        P("Lars Gjerde, Loen"),
        P("Varamedlemer: Sigrun Aa, Olden og Tor Kvamme, Innvik"),
    ), Expect(places=("Olden", "Innvik", "Loen")), lang="nn", formats=WORD, title="Årsmelding 2018 Stryn Vekst AS"),
    # a place only inside a local agency office's name
    _p("place-inside-an-agency-office-name", "places", (
        H("Samarbeid", 2),
        P("Vi takkar NAV Gloppen og Aetat Eid for godt samarbeid gjennom året."),
    ), Expect(places=("Gloppen",)), lang="nn", title="Årsmelding 2005 Sandane Arbeidssenter AS"),
    # an area code in brackets, five digits after it (before 1993)
    _p("phone-with-an-area-code-in-brackets", "organisation", (
        P("Storgata 5, 2600 Lillehammer – Tlf. (062) 51 234", centered=True),
        H("Årsberetning for 1990", 2),
        P("Stiftelsen driver et feriested for barn fra byen."),
    ), Expect(phone="(062) 51 234"), formats=WORD, title="Stiftelsen Mesnaløkken"),
    # nn: the two-digit code of the capital, a dash before the six digits
    _p("nn-phone-with-an-area-code-and-a-dash", "organisation", (
        P("Postboks 40, 0101 Oslo – telefon 02 - 41 17 80"),
        H("Årsmelding 1989", 2),
        P("Laget har hatt eit godt år med mange nye medlemer."),
    ), Expect(phone="02 - 41 17 80"), lang="nn", title="Kvitstein Ungdomslag"),
    # one label for phone and fax: the number after it is the phone
    _p("phone-under-one-label-with-the-fax", "organisation", (
        P("Industrivegen 3, 2816 Gjøvik. Tlf./faks: 61 12 34 56."),
        H("Virksomheten", 2),
        P("Bedriften produserer paller og emballasje."),
    ), Expect(phone="61 12 34 56"), title="Årsberetning 2001 Biri Emballasje AS"),
    # the balance sheet's title, bold and a little larger, between two unruled statements in thousands
    _p("statement-title-over-a-unit-header-row", "statements", (
        P("Resultatregnskap 2022", bold=True, size=11.5),
        T((("Beløp i 1000 kr", "2022", "2021"), ("Salgsinntekter", "8 214", "7 930"), ("Tilskudd", "12 406", "11 872"),
           ("Sum driftsinntekter", "20 620", "19 802"), ("Lønnskostnader", "15 118", "14 655"),
           ("Andre driftskostnader", "5 011", "4 840"), ("Sum driftskostnader", "20 129", "19 495"),
           ("Driftsresultat", "491", "307"), ("Årsresultat", "455", "281")),
          ruled=False, bold_header=True, sum_rules=(3, 6), right_aligned=True),
        P("Balanse per 31. desember 2022", bold=True, size=11.5),
        T((("Beløp i 1000 kr", "2022", "2021"), ("Bygninger", "4 410", "4 630"), ("Bankinnskudd", "2 233", "1 935"),
           ("Sum eiendeler", "6 643", "6 565"), ("Egenkapital", "3 284", "2 829"), ("Gjeld", "3 359", "3 736"),
           ("Sum egenkapital og gjeld", "6 643", "6 565")),
          ruled=False, bold_header=True, sum_rules=(3, 6), right_aligned=True),
    ), Expect(headings=("Balanse per 31. desember 2022",), key_figures=(Figure("sum_eiendeler", 2022, 6643000),)),
        formats=WORD, title="Årsberetning 2022 Raufoss Montasje AS"),
]
