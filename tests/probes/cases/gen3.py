"""Third-round cases from a further reading of public reports (docs/phrasings.md, reports 74-):
sports-club and association boards printed as labels then names, role after the name with a
comma or a term marker, group leaders and auditors beside the board, nynorsk minutes-style
prose, photo captions with roles in parentheses, vekst companies' places, staff and a budget
column. Names, places, organisations and figures are invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Figure, Li, Probe, board

NN = {"lang": "nn", "title": "Årsmelding 2023"}
PDF = ("docx", "pdf")


def _b(case_id, items, expected, ceo=None, family="board", **kw) -> Probe:
    doubtful = kw.pop("doubtful", ())
    return Probe(f"g3-{case_id}", family, tuple(items), Expect(board=expected, ceo=ceo, doubtful_board=doubtful), **kw)


PROBES = [
    # --- board: role labels in one column, names in the next, several names to one role ----------
    _b("labels-then-names-multi", (
        H("Tillitsvalgte 2023", 2), H("Hovedstyret", 3),
        P("Valget på forrige årsmøte ga dette resultatet:"),
        T((("Leder", "Trond Aasvik"), ("Nestleder", "Sunniva Hovde"), ("Styremedlem", "Kjetil Brenna"),
           ("", "Aud Solbakk"), ("Varamedlem", "Einar Tufte"), ("Revisor", "Håkon Myrstad")),
          ruled=False, bold_header=False),
        P("Sunniva Hovde har også hatt vervet som kasserer."),
        H("Gruppeledere", 3),
        T((("Håndball", "Linn Eggen"), ("Fotball", "Ove Rasten"), ("Orientering", "Mette Alfheim")),
          ruled=False, bold_header=False)),
        board(("Trond Aasvik", "LEDE"), ("Sunniva Hovde", "NEST"), ("Kjetil Brenna", "MEDL"),
              ("Aud Solbakk", "MEDL"), ("Einar Tufte", "VARA")), formats=PDF),
    # --- board: "Role: Name (n)" with the term left in years, then group boards and control bodies -----
    _b("colon-term-marker-groups", (
        H("Styret", 2),
        P("Leder: Torgeir Lian (1)\nStyremedlem: Bodil Ness (1)\nKasserer: Are Vinje (2)\nVaramedlem: Randi Kalvø (1)"),
        H("Skigruppa", 3),
        P("Leder: Halvor Moen (1)\nStyremedlemmer: Gry Sande (2)\nJon Ystad (1)"),
        H("Kontrollutvalg", 3),
        P("Medlemmer: Kari Bøe (2)\nEspen Rud (1)\nVaramedlem: Pål Hegg (1)"),
        H("Valgkomite", 3),
        P("Medlemmer: Siv Fosse (2)\nOla Brekke (2)")),
        board(("Torgeir Lian", "LEDE"), ("Bodil Ness", "MEDL"), ("Are Vinje", "MEDL"), ("Randi Kalvø", "VARA")),
        formats=PDF),
    _b("club-officer-roles-koordinator", (
        H("Styret", 2),
        P("Leder: May Harstad\nStyremedlem: Mette Andreassen\nUngdomskontakt: Sara Myhren\n"
          "Økonomikoordinator: Hilde Mikkelsen\nVaramedlem: Marina Wik")),
        board(("May Harstad", "LEDE"), ("Mette Andreassen", "MEDL"), ("Sara Myhren", "MEDL"),
              ("Hilde Mikkelsen", "MEDL"), ("Marina Wik", "VARA"))),
    _b("staff-koordinator-not-board", (
        H("Styret", 2),
        P("Styreleder: Jorunn Bakke\nNestleder: Leif Haugan\nStyremedlem: Randi Os"),
        H("Ansatte", 2),
        P("Daglig leder: Gunnar Holm\nJobbkoordinator: Ingrid Sæther\nKvalitetskoordinator: Petter Ramsli")),
        board(("Jorunn Bakke", "LEDE"), ("Leif Haugan", "NEST"), ("Randi Os", "MEDL")), ceo="Gunnar Holm",
        family="not_board"),
    # --- board: "Role, Name." lines with a trailing full stop, then an election list -----------------
    _b("role-comma-name-period", (
        H("Styret 2023", 2),
        P("Leder, Frode Aalvik.\nNestleder, Inga Strand.\nKasserer, Tor Huse.\nMateriellforvalter, Per Ovland.\n"
          "Styremedlem, Bente Moe."),
        H("Valg", 2),
        P("Leder, Frode Aalvik. Ikke på valg\nKasserer, Bente Moe. Ny, valgt for 2 år")),
        board(("Frode Aalvik", "LEDE"), ("Inga Strand", "NEST"), ("Tor Huse", "MEDL"), ("Per Ovland", "MEDL"),
              ("Bente Moe", "MEDL"))),
    # --- board: "Name, role" bullets with acting and deputy-chair variants ------------------------
    _b("name-comma-acting-roles", (
        H("Styret", 2),
        Li("Gunnar Fjeldstad, fungerende styreleder"),
        Li("Ragnhild Oterhals, styrets nestleder"),
        Li("Yngvar Skaret, styremedlem"),
        Li("Eli Sæbø, varamedlem")),
        board(("Gunnar Fjeldstad", "LEDE"), ("Ragnhild Oterhals", "NEST"), ("Yngvar Skaret", "MEDL"),
              ("Eli Sæbø", "VARA"))),
    _b("name-comma-konstituert", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av:"),
        Li("Leif Storaas, styreleder"),
        Li("Janne Grøtte, konstituert nestleder"),
        Li("Harald Vestby"),
        Li("Wenche Lie (ansattvalgt)")),
        board(("Leif Storaas", "LEDE"), ("Janne Grøtte", "NEST"), ("Harald Vestby", "MEDL"),
              ("Wenche Lie", "MEDL", True))),
    # --- nynorsk: name then role word, sentences cut by full stops --------------------------------
    _b("nn-name-then-role-periods", (
        H("Sentralstyret", 2),
        P("Torvald Haugen leiar. Signe Rysstad skrivar. Anders Bleie nestleiar. Maren Vatle styremedlem."),
    ), board(("Torvald Haugen", "LEDE"), ("Signe Rysstad", "MEDL"), ("Anders Bleie", "NEST"),
             ("Maren Vatle", "MEDL")), **NN),
    # --- nynorsk: minutes-style prose of the election with earlier members and deputies --------------
    _b("nn-election-prose-fra-for", (
        H("Styret", 2),
        P("Vala på årsmøtet gav dette resultatet: Leiar Sigurd Helle, styremedlemer Ingvild Brekke og Olav Tjønn. "
          "Frå før står Aslaug Rinde og Nils Vikane. Vara til styret: Brit Hoftun og Jarle Sætre. "
          "Revisor Tor Kvamme, vararevisor Guri Aasen. Leiar for valnemnda Oddny Vik.")),
        board(("Sigurd Helle", "LEDE"), ("Ingvild Brekke", "MEDL"), ("Olav Tjønn", "MEDL"), ("Aslaug Rinde", "MEDL"),
              ("Nils Vikane", "MEDL"), ("Brit Hoftun", "VARA"), ("Jarle Sætre", "VARA")), **NN),
    # --- nynorsk: photo caption with roles in parentheses, a numbered deputy and another body ---------
    _b("nn-caption-roles-in-parentheses", (
        H("Styret", 2),
        P("Styret i perioden. Frå venstre: Eirik Nesse (Ungdomslaget), Kristin Bøyum, Håvard Lid, "
          "Solveig Aarvik (1. vara), Marta Tveito (leiar), Jostein Loen (nestleiar) og Ida Hustveit.")),
        board(("Eirik Nesse", "MEDL"), ("Kristin Bøyum", "MEDL"), ("Håvard Lid", "MEDL"), ("Solveig Aarvik", "VARA"),
              ("Marta Tveito", "LEDE"), ("Jostein Loen", "NEST"), ("Ida Hustveit", "MEDL")), formats=PDF, **NN),
    _b("deputies-til-styret-label", (
        H("Styret", 2),
        P("Styreleder: Dag Vollan\nStyremedlemmer: Hege Rustad og Bjørn Skog"),
        P("Varamedlemmer til styret: Nina Aune og Geir Holten.")),
        board(("Dag Vollan", "LEDE"), ("Hege Rustad", "MEDL"), ("Bjørn Skog", "MEDL"), ("Nina Aune", "VARA"),
              ("Geir Holten", "VARA"))),
    _b("meeting-elected-board-prose", (
        H("Årsmøtet", 2),
        P("Årsmøtet 14. mars valgte dette styret: leder Vigdis Lunde, nestleder Kåre Alnes, kasserer Hanne Nes og "
          "styremedlem Oddvar Gran. Møteleder var Svein Hatle.")),
        board(("Vigdis Lunde", "LEDE"), ("Kåre Alnes", "NEST"), ("Hanne Nes", "MEDL"), ("Oddvar Gran", "MEDL"))),
    _b("statute-roles-without-names", (
        H("Styret", 2),
        P("Etter vedtektene skal styret bestå av styreleder, nestleder, kasserer og to styremedlemmer, "
          "og to varamedlemmer. Styret har i 2023 hatt denne sammensetningen:"),
        T((("Verv", "Navn"), ("Styreleder", "Kristoffer Maalø"), ("Nestleder", "Gunn Tveten"),
           ("Kasserer", "Atle Rønning"), ("Varamedlem", "Lise Hovland")))),
        board(("Kristoffer Maalø", "LEDE"), ("Gunn Tveten", "NEST"), ("Atle Rønning", "MEDL"),
              ("Lise Hovland", "VARA")), family="not_board"),
    _b("nn-lovnorm-sentence-then-list", (
        H("Styret", 2),
        P("Årsmøtet vel styre med leiar, nestleiar og tre styremedlemer, og to varamedlemer."),
        P("Leiar: Hallvard Øyen\nNestleiar: Synnøve Bakke\nStyremedlem: Per Arne Lothe\nVaramedlem: Kari Sandvik")),
        board(("Hallvard Øyen", "LEDE"), ("Synnøve Bakke", "NEST"), ("Per Arne Lothe", "MEDL"),
              ("Kari Sandvik", "VARA")), family="not_board", **NN),
    _b("nn-combined-heading-board-valnemnd-revisor", (
        H("Styret, valnemnd og revisor", 2),
        P("Styret:\nLeiar: Oddbjørn Kleppe\nNestleiar: Turid Hamre\nStyremedlem: Vegard Ness\nVaramedlem: Sissel Urheim"),
        P("Valnemnd:\nLeiar: Åse Mjelde\nMedlem: Rune Tysnes"),
        P("Revisor: Fjordrevisjon AS ved Gunnar Lie")),
        board(("Oddbjørn Kleppe", "LEDE"), ("Turid Hamre", "NEST"), ("Vegard Ness", "MEDL"),
              ("Sissel Urheim", "VARA")), family="not_board", **NN),
    _b("minutes-tilstede-forfall-adm", (
        H("Styret", 2),
        P("Styreleder: Helge Strand\nNestleder: Marit Vik\nStyremedlem: Jon Foss\nStyremedlem: Eva Bratt"),
        H("Styremøte 12. mars", 2),
        P("Tilstede: Helge Strand, Marit Vik og Eva Bratt. Forfall: Jon Foss. Fra adm: Turid Lien. "
          "Andre: revisor Knut Aasen.")),
        board(("Helge Strand", "LEDE"), ("Marit Vik", "NEST"), ("Jon Foss", "MEDL"), ("Eva Bratt", "MEDL")),
        family="not_board"),
    _b("holding-company-chair-shares-our-name", (
        H("Styret", 2),
        P("Styreleder: Ola Bergan\nNestleder: Kari Lunde\nStyremedlem: Per Moen"),
        H("Eierskap", 2),
        P("Selskapet eies av Listavekst Holding AS. Styreleder i Listavekst Holding AS er Siv Holte.")),
        board(("Ola Bergan", "LEDE"), ("Kari Lunde", "NEST"), ("Per Moen", "MEDL")), family="not_board",
        title="Årsrapport 2023 Listavekst AS"),
    _b("caption-names-then-fra-venstre", (
        H("Styret", 2),
        P("Kari Nordvik (styreleder), Ola Hansrud og Per Lundberg (fra venstre).")),
        board(("Kari Nordvik", "LEDE"), ("Ola Hansrud", "MEDL"), ("Per Lundberg", "MEDL"))),
    # --- not board: meeting minutes' attendance of the administration and the auditor ----------------
    _b("attendance-administration-auditor", (
        H("Styret", 2),
        P("Styreleder: Arne Bjørnstad\nNestleder: Liv Undheim\nStyremedlem: Kåre Fossum"),
        H("Styremøter", 2),
        P("Fra administrasjonen møtte Hilde Sanden og Geir Nygård (sak 4). Revisor Rolf Dahle la fram "
          "regnskapet i februarmøtet.")),
        board(("Arne Bjørnstad", "LEDE"), ("Liv Undheim", "NEST"), ("Kåre Fossum", "MEDL")), family="not_board"),
    _b("nn-attendance-forfall", (
        H("Styret", 2),
        P("Styreleiar: Lars Grinde\nNestleiar: Eva Førde\nStyremedlem: Knut Hauge"),
        H("Styremøte i mars", 2),
        P("Til stades: Lars Grinde, Eva Førde og Tone Reite (vara). Forfall: Knut Hauge. "
          "Møteleiar: Lars Grinde. Referent: Brita Sande.")),
        board(("Lars Grinde", "LEDE"), ("Eva Førde", "NEST"), ("Knut Hauge", "MEDL"), ("Tone Reite", "VARA")),
        family="not_board", **NN),
    # --- not board: a newspaper-style piece naming another club's chair ---------------------------
    _b("newspaper-other-club-chair", (
        H("Styret", 2),
        P("Leder: Birgit Holm\nNestleder: Rune Storli\nStyremedlem: Tove Kleiva"),
        H("Omtale i lokalavisen", 2),
        P("– Vi er glade for samarbeidet, sier styreleder i nabolaget Sandvik IL, Kristian Aune, til avisen.")),
        board(("Birgit Holm", "LEDE"), ("Rune Storli", "NEST"), ("Tove Kleiva", "MEDL")), family="not_board"),
    # --- ceo: named in an organisation line of a club and as "Daglig leder:" after the board ----------
    Probe("g3-ceo-after-board-line", "ceo", (
        H("Styret for 2023", 2),
        P("Leder: Ola Bergheim\nNestleder: Anne Fosli\nVaramedlem: Heidi Rød"),
        P("Styremøter: Det er holdt 9 styremøter i 2023."),
        P("Daglig leder: Mats Engen"),
    ), Expect(ceo="Mats Engen")),
    Probe("g3-ceo-nn-dagleg-leiar-sentence", "ceo", (
        H("Administrasjon", 2),
        P("Dagleg leiar i stiftinga er Ragnvald Tysse, som har vore tilsett sidan 2015."),
    ), Expect(ceo="Ragnvald Tysse"), **NN),
    Probe("g3-ceo-dagl-i-stiftelsen-er", "ceo", (
        H("Administrasjon", 2),
        P("Daglig leder i stiftelsen er Synnøve Kalstad, som har vært ansatt siden 2019."),
    ), Expect(ceo="Synnøve Kalstad")),
    Probe("g3-ceo-other-company-i-org-er", "ceo", (
        H("Samarbeid", 2),
        P("Daglig leder i Fjellbygg AS er Per Tangvik, og selskapet leier ut lokaler til oss."),
    ), Expect(ceo=None), title="Årsrapport 2023 for Lyngheim Vekst AS"),
    Probe("g3-ceo-i-perioden-var", "ceo", (
        H("Administrasjon", 2),
        P("Daglig leder i perioden var Hege Dalsbø."),
    ), Expect(ceo="Hege Dalsbø")),
    Probe("g3-ceo-none-proposal", "ceo", (
        H("Forslag til årsmøtet", 2),
        P("Hovedstyret foreslår å innføre en ordning med daglig leder som en prøveordning over to år."),
    ), Expect(ceo=None)),
    # --- organisation and report ------------------------------------------------------------------
    Probe("g3-org-cover-line-pb-address-orgnr", "organisation", (
        P("Årsberetning 2022 Solberg idrettsråd Pb. 41, 3050 Mjøndalen Org.nr 987 654 321"),
        P("Idrettsrådet har hatt 6 styremøter i 2022."),
    ), Expect(org_name="Solberg idrettsråd", report_year=2022), title=None),
    Probe("g3-org-cover-line-caps", "organisation", (
        P("ÅRSBERETNING 2022 ( ) SOLBERG IDRETTSRÅD PB. 41, 3050 MJØNDALEN ORG.NR 987 654 321"),
        P("Idrettsrådet har hatt 6 styremøter i 2022."),
    ), Expect(org_name="SOLBERG IDRETTSRÅD", absent_places=()), title=None),
    Probe("g3-org-iks-minutes-title", "organisation", (
        P("Årsmelding 2023 for Fjordvekst IKS"),
        P("Fjordvekst IKS er eid av fem kommuner og ble stiftet i 1998."),
    ), Expect(org_name="Fjordvekst IKS", founded_year=1998, report_year=2023), title=None),
    Probe("g3-org-nn-stifting-skipa", "organisation", (
        P("Stiftinga Kvernhuset vart skipa i 1987 av tre lag i bygda."),
    ), Expect(org_name="Stiftinga Kvernhuset", founded_year=1987), **NN),
    # --- programs and staff -------------------------------------------------------------------------
    Probe("g3-prog-vta-tiltaksplasser-split", "programs", (
        H("Tiltak", 2),
        P("Bedriften har avtale med NAV om 27 tiltaksplasser i varig tilrettelagt arbeid og 14 plasser i "
          "arbeidsforberedende trening."),
    ), Expect(programs={"VTA": 27, "AFT": 14})),
    Probe("g3-prog-nn-varig-tilrettelagt", "programs", (
        H("Tiltak", 2),
        P("Verksemda har 19 plassar i varig tilrettelagt arbeid (VTA). I løpet av året hadde 23 personar "
          "arbeid her."),
    ), Expect(programs={"VTA": 19}), **NN),
    Probe("g3-prog-elliptic-second-count", "programs", (
        H("Tiltak", 2),
        P("Vi har 24 plasser i VTA og 12 i AFT."),
    ), Expect(programs={"VTA": 24, "AFT": 12})),
    Probe("g3-prog-nn-elliptic-innan", "programs", (
        H("Tiltak", 2),
        P("Vi har 18 tiltaksplassar innan VTA og 9 innan AFT."),
    ), Expect(programs={"VTA": 18, "AFT": 9}), **NN),
    Probe("g3-prog-people-on-places", "programs", (
        H("Tiltak", 2),
        P("I 2023 hadde vi 26 personer på 21 godkjente plasser i VTA."),
    ), Expect(programs={"VTA": 21})),
    Probe("g3-prog-split-word-tilrette-lagte", "programs", (
        H("Tiltak", 2),
        P("Selskapet mottar tilskudd for 22 varig tilrette lagte arbeidsplasser (VTA)."),
    ), Expect(programs={"VTA": 22})),
    Probe("g3-staff-nn-tilsette-arsverk-beside-vta", "staff", (
        H("Personale", 2),
        P("Ved årsskiftet var det 11 tilsette i 9,6 årsverk, i tillegg til 30 arbeidstakarar på VTA."),
    ), Expect(employees=11, person_years=9.6), **NN),
    Probe("g3-staff-offices-hhv", "staff", (
        H("Medarbeidere", 2),
        P("Selskapet har kontorer i Bodø, Mo og Narvik med hhv. 14, 9 og 6 ansatte, i alt 29 ansatte."),
    ), Expect(employees=29)),
    Probe("g3-staff-nn-dagsverk-prosent", "staff", (
        H("Arbeidsmiljø", 2),
        P("Sjukefråværet i 2023 var på 31 dagsverk, noko som utgjer 4,62 prosent."),
    ), Expect(sick_leave=4.62), **NN),
    # --- percentages, places, owners ------------------------------------------------------------
    Probe("g3-pp-nn-two-values-one-word", "percentages", (
        H("Arbeidsmiljø", 2),
        P("Sjukefråværet har vore 40 dagsverk i 2022 og 18 dagsverk i 2023, noko som utgjer 6,2 og 2,9 prosent."),
    ), Expect(percentages=((6.2, "Sjukefråværet"), (2.9, "Sjukefråværet"))), **NN),
    Probe("g3-pp-member-change-column", "percentages", (
        H("Medlemmer", 2),
        T((("Gruppe", "01.01.2023", "31.12.2023", "Endring", "Endring %"),
           ("Håndball", "214", "187", "-27", "-12,6%"),
           ("Fotball", "61", "66", "5", "8,2%"))),
    ), Expect(percentages=((-12.6, "Håndball"), (8.2, "Fotball")))),
    Probe("g3-places-nn-innbyggjarane-i", "places", (
        P("Selskapet har i 2023 levert renovasjonstenester til innbyggjarane i Stryn, Gloppen og Luster kommunar."),
    ), Expect(places=("Stryn", "Gloppen", "Luster")), **NN),
    Probe("g3-owners-nn-eigarar-list", "owners", (
        H("Eigarforhold", 2),
        P("Eigarar: Stryn kommune 40 %, Gloppen kommune 35 % og Luster kommune 25 %."),
    ), Expect(owners=frozenset({("Stryn kommune", 40.0), ("Gloppen kommune", 35.0), ("Luster kommune", 25.0)})),
        **NN),
    Probe("g3-staff-administrasjonen-bestar-av", "staff", (
        H("Organisasjon", 2),
        P("Stiftelsens styre består av 7 medlemmer. Administrasjonen består av 12 ansatte."),
    ), Expect(employees=12)),
    Probe("g3-staff-nn-members-not-staff", "staff", (
        H("Organisasjon", 2),
        P("Ved utgangen av året hadde laget 19 lokallag og 1 275 betalande medlemer. Skrivarstova har 3 tilsette."),
    ), Expect(employees=3), **NN),
    # --- statements: a budget column beside the actual, nynorsk ----------------------------------
    Probe("g3-fs-nn-budsjett-column", "statements", (
        H("Resultatrekneskap", 2),
        T((("", "Rekneskap 2023", "Budsjett 2023", "Rekneskap 2022"),
           ("Driftsinntekter", "1 284 500", "1 200 000", "1 150 320"),
           ("Driftskostnader", "1 190 210", "1 180 000", "1 101 900"),
           ("Driftsresultat", "94 290", "20 000", "48 420"),
           ("Årsresultat", "96 815", "22 000", "50 105"))),
    ), Expect(key_figures=(Figure("driftsinntekter", 2023, 1284500), Figure("arsresultat", 2023, 96815),
                           Figure("arsresultat", 2022, 50105)),
              absent_figures=(Figure("driftsinntekter", 2023, 1200000),)), **NN),
    Probe("g3-fs-note-column-two-refs", "statements", (
        H("Resultatregnskap", 2),
        T((("", "Note", "2023", "2022"),
           ("Salgsinntekt", "", "6 120 400", "5 880 150"),
           ("Sum driftsinntekter", "", "6 120 400", "5 880 150"),
           ("Lønnskostnad", "8, 9", "4 512 300", "4 210 800"),
           ("Avskrivning", "3,", "212 000", "198 500"),
           ("Annen driftskostnad", "", "1 176 800", "1 230 900"),
           ("Sum driftskostnader", "", "5 901 100", "5 640 200"),
           ("Driftsresultat", "", "219 300", "239 950"),
           ("Årsresultat", "", "231 480", "245 010"))),
    ), Expect(key_figures=(Figure("driftsinntekter", 2023, 6120400), Figure("arsresultat", 2023, 231480),
                           Figure("lonnskostnader", 2023, 4512300),
                           Figure("driftskostnader", 2023, 5901100)),
              absent_figures=(Figure("lonnskostnader", 2023, 8.9),),
              sure_figures=(Figure("driftskostnader", 2022, 5640200),)), formats=PDF),
    Probe("g3-fs-budget-only-document", "statements", (
        H("Resultatbudsjett 2024", 2),
        T((("", "Budsjett 2024", "Budsjett 2023"),
           ("Sum driftsinntekter", "8 400 000", "8 100 000"),
           ("Sum driftskostnader", "8 250 000", "7 990 000"),
           ("Årsresultat", "150 000", "110 000"))),
    ), Expect(absent_figures=(Figure("driftsinntekter", 2024, 8400000), Figure("driftsinntekter", 2023, 8100000),
                              Figure("arsresultat", 2023, 110000))), title="Budsjett 2024"),
    Probe("g3-fs-nn-hovudtal-five-years", "statements", (
        H("Hovudtal", 2),
        P("Tal i heile tusen kroner"),
        T((("", "2023", "2022", "2021", "2020", "2019"),
           ("Driftsinntekter", "24 310", "22 870", "21 905", "20 118", "19 640"),
           ("Driftsresultat", "1 204", "988", "-312", "455", "610"),
           ("Årsresultat", "1 150", "1 012", "-280", "470", "598"))),
    ), Expect(key_figures=(Figure("driftsinntekter", 2023, 24310000), Figure("arsresultat", 2021, -280000),
                           Figure("driftsresultat", 2019, 610000))), formats=PDF, **NN),
    Probe("g3-fs-regnskap-budsjett-avvik-no-years", "statements", (
        H("Resultatregnskap 2023", 2),
        T((("", "Regnskap", "Budsjett", "Avvik"),
           ("Sum driftsinntekter", "1 200 000", "1 100 000", "100 000"),
           ("Sum driftskostnader", "1 150 000", "1 080 000", "70 000"),
           ("Årsresultat", "50 000", "20 000", "30 000"))),
    ), Expect(key_figures=(Figure("driftsinntekter", 2023, 1200000), Figure("arsresultat", 2023, 50000)),
              absent_figures=(Figure("driftsinntekter", 2023, 100000), Figure("driftsinntekter", 2023, 1100000)))),
    Probe("g3-fs-club-inntekter-utgifter", "statements", (
        H("Regnskap 2023", 2),
        T((("", "Regnskap 2023", "Budsjett 2024"),
           ("Sum inntekter", "412 350", "420 000"),
           ("Sum utgifter", "398 100", "415 000"),
           ("Resultat", "14 250", "5 000"))),
    ), Expect(absent_figures=(Figure("arsresultat", 2023, 5000), Figure("arsresultat", 2024, 5000)))),
]
