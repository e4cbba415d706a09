"""Board layouts: the ways a report lists its own board (people and organisations invented).

Each case is one layout; PDF renditions for the layouts that PDF changes (columns, text boxes,
tables without rules, signatures, images).
"""
from probes.spec import H, P, T, Box, Columns, Expect, Li, Picture, Probe, Sign, board

PDF = ("docx", "pdf")
FOUR = board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"), ("Siri Dahl", "VARA"))
FOUR_NN = board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "NEST"), ("Marit Sæle", "MEDL"), ("Eirik Lid", "VARA"))

PROBES = [
    # --- "Styret har i 20xx bestått av:" followed by lines or bullets -------------------------
    Probe("composition-colon-lines", "board", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av:"),
        P("Kari Nordmann – leder\nOla Hansen – nestleder\nTone Berg – styremedlem\nSiri Dahl – varamedlem"),
    ), Expect(board=FOUR), formats=PDF),
    Probe("composition-colon-bullets-comma", "board", (
        H("Styrets sammensetning", 2),
        P("Styret har i 2023 bestått av følgende personer:"),
        Li("Kari Nordmann, styreleder"), Li("Ola Hansen, nestleder"), Li("Tone Berg, styremedlem"),
        Li("Siri Dahl, varamedlem"),
    ), Expect(board=FOUR)),
    Probe("composition-bullets-parenthesis", "board", (
        H("Styret", 2),
        P("Styret har i 2023 hatt denne sammensetningen:"),
        Li("Kari Nordmann (styreleder)"), Li("Ola Hansen (nestleder)"), Li("Tone Berg (styremedlem)"),
        Li("Siri Dahl (varamedlem)"),
    ), Expect(board=FOUR)),
    Probe("composition-bullets-role-first", "board", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av:"),
        Li("Styreleder: Kari Nordmann"), Li("Nestleder: Ola Hansen"), Li("Styremedlem: Tone Berg"),
        Li("Varamedlem: Siri Dahl"),
    ), Expect(board=FOUR)),
    Probe("composition-lines-nn", "board", (
        H("Styret", 2),
        P("Styret har i 2023 vore samansett slik:"),
        P("Ingrid Haugland – styreleiar\nNils Bakke – nestleiar\nMarit Sæle – styremedlem\nEirik Lid – varamedlem"),
    ), Expect(board=FOUR_NN), lang="nn", title="Årsmelding 2023", formats=PDF),
    Probe("composition-bullets-nn", "board", (
        H("Styret", 2),
        P("Styret har i 2023 hatt desse medlemmene:"),
        Li("Ingrid Haugland, leiar"), Li("Nils Bakke, nestleiar"), Li("Marit Sæle, styremedlem"),
        Li("Eirik Lid, varamedlem"),
    ), Expect(board=FOUR_NN), lang="nn", title="Årsmelding 2023"),
    # --- "Leder:" lines -----------------------------------------------------------------------
    Probe("leder-lines-paragraphs", "board", (
        H("Styret", 2),
        P("Leder: Kari Nordmann"), P("Nestleder: Ola Hansen"), P("Styremedlem: Tone Berg"), P("Vara: Siri Dahl"),
    ), Expect(board=FOUR)),
    Probe("leder-lines-one-paragraph", "board", (
        H("Styret", 2),
        P("Leder: Kari Nordmann\nNestleder: Ola Hansen\nStyremedlem: Tone Berg\nVaramedlem: Siri Dahl"),
    ), Expect(board=FOUR), formats=PDF),
    Probe("leiar-lines-one-paragraph-nn", "board", (
        H("Styret", 2),
        P("Leiar: Ingrid Haugland\nNestleiar: Nils Bakke\nStyremedlem: Marit Sæle\nVaramedlem: Eirik Lid"),
    ), Expect(board=FOUR_NN), lang="nn", title="Årsmelding 2023"),
    Probe("styret-label-then-lines", "board", (
        H("Organisasjon", 2),
        P("Styret:"),
        P("Leder: Kari Nordmann"), P("Nestleder: Ola Hansen"), P("Styremedlem: Tone Berg"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL")))),
    # --- dot leaders ----------------------------------------------------------------------------
    Probe("dot-leaders-role-first", "board", (
        H("Styret", 2),
        P("Styreleder ................ Kari Nordmann\nNestleder ................. Ola Hansen\n"
          "Styremedlem ............... Tone Berg\nVaramedlem ................ Siri Dahl"),
    ), Expect(board=FOUR), formats=PDF),
    Probe("dot-leaders-name-first", "board", (
        H("Styret", 2),
        P("Kari Nordmann .............. styreleder\nOla Hansen ................. nestleder\n"
          "Tone Berg .................. styremedlem\nSiri Dahl .................. varamedlem"),
    ), Expect(board=FOUR)),
    Probe("dot-leaders-nn", "board", (
        H("Styret", 2),
        P("Styreleiar ........ Ingrid Haugland\nNestleiar ......... Nils Bakke\nStyremedlem ....... Marit Sæle\n"
          "Varamedlem ........ Eirik Lid"),
    ), Expect(board=FOUR_NN), lang="nn", title="Årsmelding 2023"),
    # --- tables ---------------------------------------------------------------------------------
    Probe("table-navn-rolle-arbeidstakerne", "board", (
        H("Styret", 2),
        T((("Navn", "Rolle", "Valgt av"),
           ("Kari Nordmann", "Styreleder", "Generalforsamlingen"),
           ("Ola Hansen", "Nestleder", "Generalforsamlingen"),
           ("Per Lund", "Styremedlem", "Arbeidstakerne"))),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Per Lund", "MEDL", True))),
        formats=PDF),
    Probe("table-rolle-navn-unruled", "board", (
        H("Styrets medlemmer", 2),
        T((("Rolle", "Navn"), ("Styreleder", "Kari Nordmann"), ("Nestleder", "Ola Hansen"),
           ("Styremedlem", "Tone Berg"), ("Varamedlem", "Siri Dahl")), ruled=False),
    ), Expect(board=FOUR), formats=PDF),
    Probe("table-four-columns-pairs", "board", (
        H("Styret", 2),
        T((("Styreleder:", "Kari Nordmann", "Nestleder:", "Ola Hansen"),
           ("Styremedlem:", "Tone Berg", "Varamedlem:", "Siri Dahl")), bold_header=False),
    ), Expect(board=FOUR), formats=PDF),
    Probe("table-role-headers", "board", (
        H("Styret", 2),
        T((("Styreleder", "Nestleder", "Styremedlem", "Varamedlem"),
           ("Kari Nordmann", "Ola Hansen", "Tone Berg", "Siri Dahl"))),
    ), Expect(board=FOUR)),
    Probe("table-vald-av-dei-tilsette-nn", "board", (
        H("Styret", 2),
        T((("Namn", "Verv", "Vald av"),
           ("Ingrid Haugland", "Styreleiar", "Årsmøtet"),
           ("Nils Bakke", "Nestleiar", "Årsmøtet"),
           ("Marit Sæle", "Styremedlem", "dei tilsette"))),
    ), Expect(board=board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "NEST"), ("Marit Sæle", "MEDL", True))),
        lang="nn", title="Årsmelding 2023", formats=PDF),
    # --- members beside their personal deputies ------------------------------------------------
    Probe("deputies-table-chair-in-member-column", "board", (
        H("Styret", 2),
        T((("Medlemmer", "Personlige varamedlemmer"),
           ("Arne Hansen, styreleder", "Siri Dahl"),
           ("Liv Strand, nestleder", "Per Lund"),
           ("Tone Berg", "Knut Vik"))),
    ), Expect(board=board(("Arne Hansen", "LEDE"), ("Liv Strand", "NEST"), ("Tone Berg", "MEDL"),
                          ("Siri Dahl", "VARA"), ("Per Lund", "VARA"), ("Knut Vik", "VARA"))), formats=PDF),
    Probe("deputies-table-nn", "board", (
        H("Styret", 2),
        T((("Medlemar", "Personlege varamedlemar"),
           ("Ingrid Haugland, styreleiar", "Eirik Lid"),
           ("Nils Bakke", "Synnøve Rygg"),
           ("Marit Sæle (tilsetterepresentant)", "Oddvar Nes"))),
    ), Expect(board=board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "MEDL"), ("Marit Sæle", "MEDL", True),
                          ("Eirik Lid", "VARA"), ("Synnøve Rygg", "VARA"), ("Oddvar Nes", "VARA", True))),
        lang="nn", title="Årsmelding 2023"),
    # PDF only: the Word reader reads tabs and line breaks inside a paragraph as spaces.
    Probe("deputies-tab-columns", "board", (
        H("Styret", 2),
        P("Medlemmer\t\t\tPersonlige varamedlemmer\nArne Hansen, styreleder\t\tSiri Dahl\n"
          "Liv Strand\t\t\tPer Lund\nTone Berg\t\t\tKnut Vik"),
    ), Expect(board=board(("Arne Hansen", "LEDE"), ("Liv Strand", "MEDL"), ("Tone Berg", "MEDL"),
                          ("Siri Dahl", "VARA"), ("Per Lund", "VARA"), ("Knut Vik", "VARA"))), formats=("pdf",)),
    # --- prose ----------------------------------------------------------------------------------
    Probe("prose-chair-with-occupation-and-others", "board", (
        H("Styret", 2),
        P("Styrets leder har vært advokat Kari Nordmann. Øvrige medlemmer er Per Lund og Anne Berg, "
          "sistnevnte valgt av de ansatte."),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Per Lund", "MEDL"), ("Anne Berg", "MEDL", True)))),
    Probe("prose-former-ceo-now-chair", "board", (
        H("Styret", 2),
        P("Per Hansen, tidligere daglig leder, er nå styreleder. Styremedlemmer er Kari Dahl og Ola Moe."),
    ), Expect(board=board(("Per Hansen", "LEDE"), ("Kari Dahl", "MEDL"), ("Ola Moe", "MEDL")), ceo=None)),
    Probe("prose-composition-with-roles", "board", (
        H("Styrets arbeid", 2),
        P("Styret har i 2023 bestått av styreleder Kari Nordmann, nestleder Ola Hansen og styremedlemmene "
          "Tone Berg og Per Lund. Siri Dahl har vært varamedlem."),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"),
                          ("Per Lund", "MEDL"), ("Siri Dahl", "VARA")))),
    Probe("prose-composition-nn", "board", (
        H("Styret", 2),
        P("Styret har i 2023 vore samansett av styreleiar Ingrid Haugland, nestleiar Nils Bakke og "
          "styremedlemene Marit Sæle og Eirik Lid."),
    ), Expect(board=board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "NEST"), ("Marit Sæle", "MEDL"),
                          ("Eirik Lid", "MEDL"))), lang="nn", title="Årsmelding 2023"),
    Probe("prose-report-paragraph", "board", (
        H("Styrets beretning", 2),
        P("Styret har hatt sju møter i 2023. Styreleder er Kari Nordmann, og Ola Hansen er nestleder. "
          "Tone Berg er ansattes representant i styret."),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL", True)))),
    # --- signatures -----------------------------------------------------------------------------
    Probe("signature-title-above", "board", (
        H("Styrets beretning", 2),
        P("Styret mener årsregnskapet gir et rettvisende bilde av stillingen ved årsskiftet."),
        Sign((("Kari Nordmann", "Styreleder"), ("Ola Hansen", "Nestleder"), ("Tone Berg", "Styremedlem")),
             place_date="Hamar, 12. mars 2024", title_above=True),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"))),
        formats=PDF),
    Probe("signature-two-per-row", "board", (
        H("Styrets beretning", 2),
        P("Årsregnskapet er satt opp under forutsetning om fortsatt drift."),
        Sign((("Kari Nordmann", "styreleder"), ("Ola Hansen", "nestleder"), ("Tone Berg", "styremedlem"),
              ("Per Lund", "styremedlem (ansattvalgt)")), place_date="Gjøvik, 2. mars 2024", per_row=2),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"),
                          ("Per Lund", "MEDL", True))), formats=PDF),
    Probe("signature-without-place", "board", (
        H("Styrets årsberetning", 2),
        P("Styret er ikke kjent med forhold som påvirker regnskapet etter balansedagen."),
        Sign((("Kari Nordmann", "styreleder"), ("Ola Hansen", "styremedlem"), ("Tone Berg", "styremedlem"))),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"), ("Tone Berg", "MEDL")))),
    Probe("signature-nn", "board", (
        H("Årsmelding frå styret", 2),
        P("Styret meiner rekneskapen gir eit rett bilete av stillinga ved årsskiftet."),
        Sign((("Ingrid Haugland", "styreleiar"), ("Nils Bakke", "nestleiar"), ("Marit Sæle", "styremedlem")),
             place_date="Voss, 12. mars 2024"),
    ), Expect(board=board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "NEST"), ("Marit Sæle", "MEDL"))),
        lang="nn", title="Årsmelding 2023", formats=PDF),
    Probe("signature-with-ceo", "board", (
        H("Styrets beretning", 2),
        P("Styret takker alle tilsette for innsatsen i 2023."),
        Sign((("Kari Nordmann", "styreleder"), ("Ola Hansen", "styremedlem"), ("Guro Fossli", "daglig leder")),
             place_date="Lillehammer, 5. mars 2024"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL")), ceo="Guro Fossli"), formats=PDF),
    Probe("signature-names-only-confirm-listing", "board", (
        H("Styret", 2),
        P("Styreleder: Kari Nordmann\nStyremedlem: Ola Hansen\nStyremedlem: Tone Berg"),
        H("Styrets beretning", 2),
        P("Årsregnskapet gir et rettvisende bilde av stillingen."),
        Sign((("Kari Nordmann", ""), ("Ola Hansen", ""), ("Tone Berg", "")), place_date="Moss, 1. mars 2024"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"), ("Tone Berg", "MEDL"))),
        formats=PDF),
    # --- e-signature page -------------------------------------------------------------------------
    Probe("esign-page-surname-first", "board", (
        H("Styret", 2),
        P("Styreleder: Kari Nordmann\nNestleder: Ola Hansen\nStyremedlem: Tone Berg"),
        H("Signaturer", 2),
        P("Dette dokumentet er signert digitalt med BankID."),
        P("Nordmann, Kari Elisabeth\nSerienummer: 9578-0000-1\nHansen, Ola\nSerienummer: 9578-0000-2\n"
          "Berg, Tone Marie\nSerienummer: 9578-0000-3"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"))),
        formats=PDF),
    Probe("esign-page-only-board", "board", (
        H("Styrets årsberetning", 2),
        P("Styret mener at forutsetningen om fortsatt drift er til stede."),
        P("Dokumentet er signert elektronisk. Signaturene i dette dokumentet er juridisk bindende."),
        P("Nordmann, Kari\nStyreleder\nHansen, Ola\nStyremedlem"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL")))),
    # --- text box, columns, collage --------------------------------------------------------------
    Probe("textbox-role-lines", "board", (
        H("Om foreningen", 2),
        P("Foreningen har drevet likepersonsarbeid i hele 2023."),
        Box(("Styret", "Leder: Kari Nordmann", "Nestleder: Ola Hansen", "Styremedlem: Tone Berg")),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"))),
        formats=PDF),
    Probe("textbox-stacks", "board", (
        H("Om foreningen", 2),
        P("Foreningen har drevet likepersonsarbeid i hele 2023."),
        Box(("Styret", "Kari Nordmann", "Styreleder", "Ola Hansen", "Nestleder", "Tone Berg", "Styremedlem")),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"))),
        formats=PDF),
    Probe("two-columns-board-beside-text", "board", (
        Columns((H("Styret", 2),
                 P("Styreleder: Kari Nordmann\nNestleder: Ola Hansen\nStyremedlem: Tone Berg\nVaramedlem: Siri Dahl"),
                 H("Økonomi", 2),
                 P("Driftsinntektene økte i 2023, og resultatet ble bedre enn budsjettert."))),
    ), Expect(board=FOUR), formats=PDF),
    Probe("collage-captions", "board", (
        H("Styret", 2),
        Picture((("Kari Nordmann", "Styreleder"), ("Ola Hansen", "Nestleder"), ("Tone Berg", "Styremedlem"))),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"))), formats=PDF),
    Probe("collage-captions-nn", "board", (
        H("Styret", 2),
        Picture((("Ingrid Haugland", "Styreleiar"), ("Nils Bakke", "Nestleiar"), ("Marit Sæle", "Styremedlem"),
                 ("Eirik Lid", "Varamedlem")), per_row=2),
    ), Expect(board=FOUR_NN), lang="nn", title="Årsmelding 2023", formats=PDF),
    # --- stacks: role / name / e-mail ------------------------------------------------------------
    Probe("stacks-role-name-email-tillitsvalgte", "board", (
        H("Tillitsvalgte", 2),
        P("Siden forrige generalforsamling har foreningens tillitsvalgte vært:"),
        P("Leder"), P("Kari Nordmann"), P("kari@fjordforeningen.no"),
        P("Nestleder"), P("Ola Hansen"), P("ola@fjordforeningen.no"),
        P("Økonomiansvarlig"), P("Tone Berg"), P("tone@fjordforeningen.no"),
        P("Styremedlem"), P("Per Lund"), P("per.lund@epost.no"),
        P("Vara styremedlem"), P("Siri Dahl"), P("siri.dahl@epost.no"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"),
                          ("Per Lund", "MEDL"), ("Siri Dahl", "VARA"))), formats=PDF),
    Probe("stacks-name-over-role-paragraphs", "board", (
        H("Styret", 2),
        P("Kari Nordmann"), P("Styreleder"), P("Ola Hansen"), P("Nestleder"), P("Tone Berg"), P("Styremedlem"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL")))),
    Probe("stacks-role-phone-nn", "board", (
        H("Tillitsvalde", 2),
        P("Leiar\nIngrid Haugland\nTlf. 900 11 222"),
        P("Kasserar\nNils Bakke\nTlf. 900 33 444"),
        P("Skrivar\nMarit Sæle\nTlf. 900 55 666"),
    ), Expect(board=board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "MEDL"), ("Marit Sæle", "MEDL"))),
        lang="nn", title="Årsmelding 2023"),
    # --- headings that are not "Styret" ----------------------------------------------------------
    Probe("heading-organisasjon-og-ledelse", "board", (
        H("Organisasjon og ledelse", 2),
        P("Styreleder: Kari Nordmann\nNestleder: Ola Hansen\nStyremedlem: Tone Berg\nDaglig leder: Guro Fossli"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL")),
              ceo="Guro Fossli")),
    Probe("heading-tillitsvalgte-lines", "board", (
        H("Tillitsvalgte", 2),
        P("Leder: Kari Nordmann\nNestleder: Ola Hansen\nKasserer: Tone Berg\nSekretær: Per Lund"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"),
                          ("Per Lund", "MEDL")))),
    Probe("heading-hovedstyret", "board", (
        H("Hovedstyret", 2),
        P("Leder: Kari Nordmann\nNestleder: Ola Hansen\nStyremedlem: Tone Berg"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL")))),
    # --- club functions as the board ----------------------------------------------------------------
    Probe("club-function-table-unruled", "board", (
        H("Organisering", 2),
        P("Styrets sammensetning siste året:"),
        T((("Kari Nordmann", "Styreleder"), ("Ola Hansen", "Nestleder"), ("Tone Berg", "Økonomiansvarlig"),
           ("Per Lund", "Web og markedsansvarlig"), ("Siri Dahl", "Dugnad og utstyrsansvarlig"),
           ("Knut Vik", "Sekretær")), ruled=False, bold_header=False),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"),
                          ("Per Lund", "MEDL"), ("Siri Dahl", "MEDL"), ("Knut Vik", "MEDL"))), formats=PDF),
    Probe("club-function-lines-nn", "board", (
        H("Styret", 2),
        P("Leiar: Ingrid Haugland\nKasserar: Nils Bakke\nSkrivar: Marit Sæle\nUngdomsrepresentant: Eirik Lid"),
    ), Expect(board=board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "MEDL"), ("Marit Sæle", "MEDL"),
                          ("Eirik Lid", "MEDL"))), lang="nn", title="Årsmelding 2023"),
    # --- changes during the year ---------------------------------------------------------------
    Probe("chair-changed-mid-year", "board", (
        H("Styret", 2),
        P("Styreleder: Ola Hansen\nStyremedlem: Tone Berg\nStyremedlem: Per Lund"),
        P("Kari Nordmann var styreleder fram til årsmøtet i april, da Ola Hansen tok over."),
    ), Expect(board=board(("Ola Hansen", "LEDE"), ("Tone Berg", "MEDL"), ("Per Lund", "MEDL")))),
    Probe("chair-changed-in-listing", "board", (
        H("Styret", 2),
        P("Styreleder: Kari Nordmann (til april)\nStyreleder: Ola Hansen (fra april)\nStyremedlem: Tone Berg"),
    ), Expect(board=board(("Ola Hansen", "LEDE"), ("Tone Berg", "MEDL")))),
    Probe("member-left-during-year", "board", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av:"),
        Li("Kari Nordmann – styreleder"), Li("Ola Hansen – nestleder"), Li("Tone Berg – styremedlem"),
        Li("Per Lund – styremedlem"),
        P("Per Lund gikk ut av styret i september etter eget ønske."),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL")))),
    Probe("member-left-nn", "board", (
        H("Styret", 2),
        P("Leiar: Ingrid Haugland\nStyremedlem: Marit Sæle\nStyremedlem: Eirik Lid"),
        P("Eirik Lid gjekk ut av styret i juni."),
    ), Expect(board=board(("Ingrid Haugland", "LEDE"), ("Marit Sæle", "MEDL"))), lang="nn",
        title="Årsmelding 2023"),
    Probe("member-joined-during-year", "board", (
        H("Styret", 2),
        P("Styreleder: Kari Nordmann\nStyremedlem: Tone Berg"),
        P("Per Lund kom inn som nytt styremedlem i juni."),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Tone Berg", "MEDL"), ("Per Lund", "MEDL")))),
]
