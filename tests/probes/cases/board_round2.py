"""Board cases of the second round: layouts and wordings a second hand's reports showed the
readers missing (other bodies' leaders, members beside deputies with a role column, officers
and group leaders, signatures with the title above, employee-elected wordings, e-signature
pages set in tables, plural labels read as headings, diacritics lost by OCR, the study's
BL-07, BE-09 and BC-03). Names, organisations and wording are invented for these cases."""
from probes.spec import H, P, T, Box, Expect, Header, Li, Picture, Probe, Sign, board

NN = {"lang": "nn", "title": "Årsmelding 2023"}
PDF = ("docx", "pdf")
RULE = "_" * 20


def _case(case_id: str, family: str, items, expected, ceo=None, **kw) -> Probe:
    doubtful = kw.pop("doubtful", ())
    return Probe(f"r2-{case_id}", family, tuple(items), Expect(board=expected, ceo=ceo, doubtful_board=doubtful),
                 **kw)


OWN = (H("Styret", 2), P("Styreleder: Marthe Lyngstad\nNestleder: Kjell Åsheim\nStyremedlem: Gro Fjellvang"))
OWN_BOARD = board(("Marthe Lyngstad", "LEDE"), ("Kjell Åsheim", "NEST"), ("Gro Fjellvang", "MEDL"))
OWN_NN = (H("Styret", 2), P("Styreleiar: Sigve Tufteland\nNestleiar: Oddny Hestnes\nStyremedlem: Brynjar Gjerde"))
OWN_BOARD_NN = board(("Sigve Tufteland", "LEDE"), ("Oddny Hestnes", "NEST"), ("Brynjar Gjerde", "MEDL"))


def _not(case_id: str, *items, nn: bool = False, **kw) -> Probe:
    own, expected = (OWN_NN, OWN_BOARD_NN) if nn else (OWN, OWN_BOARD)
    return _case(case_id, "not_board", own + tuple(items), expected, **(NN if nn else {}), **kw)


PROBES = [
    # --- 1. other bodies' leaders -----------------------------------------------------------------
    _not("branch-leaders-table", H("Lokallagene", 2),
         P("Foreningen har fem lokallag. Disse ledet lokallagene ved årsskiftet:"),
         T((("Lokallag", "Leder"), ("Nordmøre", "Yngve Kaldhol"), ("Romsdal", "Hanne Skotheim"),
            ("Sunnmøre", "Petter Ulvestad"))), formats=PDF),
    _not("branch-leaders-table-nn", H("Fylkeslaga", 2),
         T((("Fylkeslag", "Leiar", "Medlemer"), ("Rogaland", "Tormod Vigrestad", "212"),
            ("Agder", "Liv Haugland Bø", "148"))), nn=True),
    _not("representantskap-deputy-sentence",
         P("Representantskapet har i 2023 hatt Arvid Solheim som leder og Torill Mjøen som nestleder.")),
    _not("representantskap-table-before-board", H("Representantskapet", 2),
         T((("Navn", "Verv", "Kommune"), ("Svein Hovland", "Leder", "Eidskog"),
            ("Mari Bekkevold", "Nestleder", "Grue"), ("Rolf Tangen", "Medlem", "Våler"))), formats=PDF),
    _not("other-org-regional-leader", H("Samarbeid", 2),
         P("Daglig leder er med i arbeidsutvalget for bransjeforeningens Innlandet-region, der Knut Sørli er "
           "leder.")),
    _not("other-board-der-clause", H("Samarbeid", 2),
         P("Daglig leder Frida Holm sitter også i styret for interesseforeningen, der Per Eng er leder."),
         ceo="Frida Holm"),
    _not("other-board-der-clause-nn",
         P("Styreleiaren er òg med i styret i grendelaget, der Arne Vik er leiar."), nn=True),
    _not("other-org-regional-leader-nn", H("Samarbeid", 2),
         P("Dagleg leiar sit i fagrådet til regionlaget, der Ragnhild Myklebust er leiar."), nn=True),
    # --- 2. members beside personal deputies, with a role column and an elected-by column -------------
    _case("deputies-role-column-elected-by", "board", (
        H("Styret", 2),
        T((("Rolle", "Medlem", "Personlig varamedlem", "Valgt av"),
           ("Styreleder", "Eldrid Bakkevold", "Sverre Nordhus", "Generalforsamlingen"),
           ("Nestleder", "Jostein Rimstad", "Aslaug Engebretsen", "Generalforsamlingen"),
           ("Styremedlem", "Vibeke Strømsli", "Harald Kvisle", "Generalforsamlingen"),
           ("Styremedlem", "Arnt Olav Lysgaard", "Wenche Fjeld", "Ansatte")))),
        board(("Eldrid Bakkevold", "LEDE"), ("Jostein Rimstad", "NEST"), ("Vibeke Strømsli", "MEDL"),
              ("Arnt Olav Lysgaard", "MEDL", True), ("Sverre Nordhus", "VARA"), ("Aslaug Engebretsen", "VARA"),
              ("Harald Kvisle", "VARA"), ("Wenche Fjeld", "VARA", True)), formats=PDF),
    _case("deputies-role-column-nn", "board", (
        H("Styret", 2),
        T((("Verv", "Fast medlem", "Personleg vara", "Valt av"),
           ("Leiar", "Gunvor Skeie", "Oddvar Tveit", "Eigarane"),
           ("Nestleiar", "Tarjei Nesheim", "Siri Ullaland", "Eigarane"),
           ("Styremedlem", "Bente Husabø", "Inge Rognaldsen", "Dei tilsette")))),
        board(("Gunvor Skeie", "LEDE"), ("Tarjei Nesheim", "NEST"), ("Bente Husabø", "MEDL", True),
              ("Oddvar Tveit", "VARA"), ("Siri Ullaland", "VARA"), ("Inge Rognaldsen", "VARA", True)),
        formats=PDF, **NN),
    # --- 3. officers and group leaders on the main board -------------------------------------------
    _case("officers-group-leaders-table", "board", (
        H("Hovedstyret", 2),
        T((("Verv", "Navn"), ("Leder", "Silje Brattli"), ("Nestleder", "Håvard Lunde"), ("Kasserer", "Berit Solum"),
           ("Sekretær", "Ivar Moland"), ("Leder sykkel", "Tove Grimstad"), ("Leder orientering", "Endre Holt"),
           ("Ungdomsrepresentant", "Maja Rustad"), ("Vara", "Sindre Aas")), ruled=False)),
        board(("Silje Brattli", "LEDE"), ("Håvard Lunde", "NEST"), ("Berit Solum", "MEDL"), ("Ivar Moland", "MEDL"),
              ("Tove Grimstad", "MEDL"), ("Endre Holt", "MEDL"), ("Maja Rustad", "MEDL"), ("Sindre Aas", "VARA")),
        formats=PDF),
    _case("officers-group-leaders-lines-nn", "board", (
        H("Styret", 2),
        P("Leiar: Ådne Veum\nKasserar: Torbjørg Lii\nSkrivar: Eilev Haugen\nLeiar skiskyting: Aud Nyland\n"
          "Leiar friidrett: Gaute Sandvik")),
        board(("Ådne Veum", "LEDE"), ("Torbjørg Lii", "MEDL"), ("Eilev Haugen", "MEDL"), ("Aud Nyland", "MEDL"),
              ("Gaute Sandvik", "MEDL")), **NN),
    _case("group-leader-name-first", "board", (
        H("Styret", 2),
        Li("Karin Dyrdal, leder"), Li("Pål Wergeland, kasserer"), Li("Unni Stene, leder svømming"),
        Li("Roar Kolstad, leder turn")),
        board(("Karin Dyrdal", "LEDE"), ("Pål Wergeland", "MEDL"), ("Unni Stene", "MEDL"), ("Roar Kolstad", "MEDL"))),
    # --- 4. signatures with the title above the name --------------------------------------------------
    _case("signature-table-title-above-blank-rows", "board", (
        H("Styrets beretning", 2),
        P("Styret mener regnskapet gir et riktig bilde av stiftelsens stilling."),
        P("Larvik, 4. mars 2024"),
        T((("Styreleder", "Nestleder"), ("", ""), (RULE, RULE), ("Ingvild Farstad", "Trygve Holm"), ("", ""),
           ("Styremedlem", "Styremedlem"), ("", ""), (RULE, RULE), ("Sunniva Rød", "Kåre Ellingsen"), ("", ""),
           ("Styremedlem, valgt av de ansatte", "Daglig leder"), ("", ""), (RULE, RULE),
           ("Anette Brekken", "Lasse Hovind")), ruled=False, bold_header=False)),
        board(("Ingvild Farstad", "LEDE"), ("Trygve Holm", "NEST"), ("Sunniva Rød", "MEDL"), ("Kåre Ellingsen", "MEDL"),
              ("Anette Brekken", "MEDL", True)), ceo="Lasse Hovind", formats=PDF),
    _case("signature-title-above-lines-nn", "board", (
        H("Styret si melding", 2),
        P("Styret meiner at føresetnaden for vidare drift er til stades."),
        P("Førde, 2. mars 2024"),
        P("Styreleiar\t\t\tNestleiar\n\n" + RULE + "\t\t" + RULE + "\nTorgeir Vassbotn\t\tHelga Sunde\n\n"
          "Styremedlem\t\t\tStyremedlem\n\n" + RULE + "\t\t" + RULE + "\nJarle Øvrebø\t\tSolfrid Reiten")),
        board(("Torgeir Vassbotn", "LEDE"), ("Helga Sunde", "NEST"), ("Jarle Øvrebø", "MEDL"),
              ("Solfrid Reiten", "MEDL")), formats=("pdf",), **NN),
    # --- 5. employee-elected wordings ------------------------------------------------------------------
    _case("som-tilsetterepresentant-nn", "roles", (
        H("Styret", 2),
        P("Styret har vore leia av Halldis Omdal, med Geir Skaar som nestleiar. Jorunn Lothe har sete i styret "
          "som tilsetterepresentant.")),
        board(("Halldis Omdal", "LEDE"), ("Geir Skaar", "NEST"), ("Jorunn Lothe", "MEDL", True)), **NN),
    _case("som-ansattrepresentant", "roles", (
        H("Styret", 2),
        P("Styreleder: Tore Aasland\nStyremedlem: Inga Myhre"),
        P("Petter Vold er med i styret som ansattrepresentant.")),
        board(("Tore Aasland", "LEDE"), ("Inga Myhre", "MEDL"), ("Petter Vold", "MEDL", True))),
    _case("parenthesis-employee-in-sentence", "roles", (
        H("Styret", 2),
        P("I 2023 satt Nina Grov (styreleder), Bård Eide (nestleder), Lise Kvam (styremedlem) og Odd Skjerve "
          "(ansattes representant) i styret.")),
        board(("Nina Grov", "LEDE"), ("Bård Eide", "NEST"), ("Lise Kvam", "MEDL"), ("Odd Skjerve", "MEDL", True))),
    _case("parenthesis-tilsetterepresentant-nn", "roles", (
        H("Styret", 2),
        P("Styret har hatt desse medlemene: Tordis Heggen (styreleiar), Olav Rye (nestleiar), Magne Tjugum "
          "(styremedlem) og Kristin Aaberg (tilsetterepresentant).")),
        board(("Tordis Heggen", "LEDE"), ("Olav Rye", "NEST"), ("Magne Tjugum", "MEDL"),
              ("Kristin Aaberg", "MEDL", True)), **NN),
    _case("member-valt-av-dei-tilsette-lines-nn", "roles", (
        H("Styret", 2),
        P("Styreleiar: Håkon Fardal\nStyremedlem: Ragna Li\nStyremedlem, valt av dei tilsette: Eirik Leite")),
        board(("Håkon Fardal", "LEDE"), ("Ragna Li", "MEDL"), ("Eirik Leite", "MEDL", True)), **NN),
    _case("textbox-ansattvalgt", "board", (
        H("Om bedriften", 2),
        P("Bedriften gir arbeid og opplæring til personer som står utenfor arbeidslivet."),
        Box(("Styret", "Liv Tangen", "styreleder", "Ove Nesse", "styremedlem", "Hilde Ruud",
             "ansattvalgt styremedlem"))),
        board(("Liv Tangen", "LEDE"), ("Ove Nesse", "MEDL"), ("Hilde Ruud", "MEDL", True)), formats=PDF),
    # --- 6. e-signature pages ------------------------------------------------------------------------
    _case("esign-table-cells-surname-first", "board", (
        H("Styret", 2),
        P("Leder: Tove Marit Kleppe\nNestleder: Arne Sørbø\nKasserer: Linn Eliassen"),
        H("Signaturer", 2),
        P("Årsberetningen er signert elektronisk. Signaturene er verifisert med BankID."),
        T((("Kleppe, Tove Marit Leder Signert 2024-02-10 BankID", "Sørbø, Arne Johan Nestleder Signert 2024-02-11 BankID"),
           ("Eliassen, Linn Kasserer Signert 2024-02-12 BankID", "")), ruled=False, bold_header=False)),
        board(("Tove Marit Kleppe", "LEDE"), ("Arne Sørbø", "NEST"), ("Linn Eliassen", "MEDL")), formats=PDF),
    _case("esign-table-name-over-title-nn", "board", (
        H("Styret", 2),
        P("Leiar: Randi Sæbø\nNestleiar: Vidar Myrold\nSkrivar: Kjersti Vangen"),
        H("Signaturside", 2),
        P("Dokumentet er signert digitalt med BankID av desse personane:"),
        T((("Sæbø, Randi Helene", "Myrold, Vidar"), ("Leiar", "Nestleiar"), ("Signert 2024-02-20", "Signert 2024-02-21"),
           ("Vangen, Kjersti Marie", ""), ("Skrivar", ""), ("Signert 2024-02-22", "")), ruled=False, bold_header=False)),
        # the chair by the full name she signs with ("Sæbø, Randi Helene"; the scorer takes either)
        board(("Randi Helene Sæbø", "LEDE"), ("Vidar Myrold", "NEST"), ("Kjersti Vangen", "MEDL")), formats=PDF, **NN),
    # --- 7. plural labels -------------------------------------------------------------------------------
    _case("plural-labels-bold-paragraphs", "board", (
        H("Styret", 2),
        P("Styreleder: Reidun Walle"),
        P("Styremedlemmer:", bold=True), P("Frode Kristiansen", bold=True), P("Eli Torp", bold=True),
        P("Varamedlemmer:", bold=True), P("Audun Rismyhr", bold=True), P("Tuva Lekang", bold=True),
        H("Valgkomité", 2), P("Leder: Ståle Brun")),
        board(("Reidun Walle", "LEDE"), ("Frode Kristiansen", "MEDL"), ("Eli Torp", "MEDL"), ("Audun Rismyhr", "VARA"),
              ("Tuva Lekang", "VARA")), formats=PDF),
    _case("stacked-bold-names-nn", "board", (
        H("Styret", 2),
        P("Styret har i 2023 vore samansett slik:"),
        P("Inger Lise Hopland", bold=True), P("styreleiar"), P("Trond Eikås", bold=True), P("nestleiar"),
        P("Marte Hjelmeland", bold=True), P("styremedlem"), P("Øystein Dale", bold=True), P("varamedlem"),
        P("Valnemnda har vore Sverre Ask og Nils Tveit.")),
        board(("Inger Lise Hopland", "LEDE"), ("Trond Eikås", "NEST"), ("Marte Hjelmeland", "MEDL"),
              ("Øystein Dale", "VARA")), formats=PDF, **NN),
    # --- 8. OCR without diacritics beside the typed name -----------------------------------------------
    _case("collage-and-signature-diacritics", "board", (
        H("Styret", 2),
        Picture((("Gøril Bråthen", "Styreleder"), ("Øyvind Næss", "Nestleder"), ("Åse Strøm", "Styremedlem"))),
        H("Styrets beretning", 2), P("Styret takker de ansatte for innsatsen."), P("Halden, 3. mars 2024"),
        Sign((("Gøril Bråthen", "Styreleder"), ("Øyvind Næss", "Nestleder"), ("Åse Strøm", "Styremedlem")))),
        board(("Gøril Bråthen", "LEDE"), ("Øyvind Næss", "NEST"), ("Åse Strøm", "MEDL"))),
    # --- the study's candidates -------------------------------------------------------------------------
    _case("bl-07-labels-then-names", "board", (
        H("Styret", 2),
        P("Styret for 2023 har hatt denne sammensetningen:"),
        P("Leder:"), P("Nestleder:"), P("Styremedlem økonomi:"), P("Styremedlem anlegg:"),
        P("Anita Svendsby – på valg"), P("Rune Bekken – 1 år igjen"), P("Kjersti Aalberg – på valg"),
        P("Olav Tronrud – 1 år igjen")),
        board(("Anita Svendsby", "LEDE"), ("Rune Bekken", "NEST"), ("Kjersti Aalberg", "MEDL"),
              ("Olav Tronrud", "MEDL")), formats=PDF),
    _case("be-09-footnote-markers", "roles", (
        H("Styret", 2),
        P("Styret har fire medlemmer: tre velges av generalforsamlingen, ett av de ansatte (2). Kommunen "
          "oppnevner ett medlem (1)."),
        P("Styreleder: Vegard Tollefsen"),
        P("Styremedlemmer: Hanne Rugland (1), Ketil Ravn (2), Lene Bratli")),
        board(("Vegard Tollefsen", "LEDE"), ("Hanne Rugland", "MEDL"), ("Ketil Ravn", "MEDL", True),
              ("Lene Bratli", "MEDL"))),
    _case("bc-03-member-moved-to-deputy", "board", (
        H("Styret", 2),
        P("Styreleder: Grethe Moum\nStyremedlem: Espen Lauvli\nStyremedlem: Ruth Hegge"),
        P("Tor Alvestad gikk ut som styremedlem, men ble valgt inn som 1. varamedlem.")),
        board(("Grethe Moum", "LEDE"), ("Espen Lauvli", "MEDL"), ("Ruth Hegge", "MEDL"), ("Tor Alvestad", "VARA"))),
    # --- 9. the daglig leder under another title --------------------------------------------------------
    _case("generalsekretaer-ceo", "ceo", (
        H("Administrasjonen", 2),
        P("Sekretariatet har fire ansatte og ledes av generalsekretær Marianne Fossum."),
        *OWN),
        OWN_BOARD, ceo="Marianne Fossum"),
    # --- the organisation's name: the full form over the header's short one ----------------------------
    Probe("r2-org-full-form-over-header-abbreviation", "organisation", (
        Header("Haugtun IL · Årsmøte 2024"),
        H("Årsmøtepapirer 2024", 1),
        P("Haugtun Idrettslag inviterer til årsmøte torsdag 14. mars 2024 i klubbhuset."),
        H("Årsberetning 2023", 2), P("Laget hadde 430 medlemmer ved utgangen av året.")),
        Expect(org_name="Haugtun Idrettslag"), title=None),
    Probe("r2-org-full-form-over-header-abbreviation-nn", "organisation", (
        Header("Brekkedal SK – årsmelding"),
        H("Årsmelding 2023", 1),
        P("Brekkedal Skiklubb har i 2023 hatt 210 medlemer og arrangert tre kretsrenn.")),
        Expect(org_name="Brekkedal Skiklubb"), lang="nn", title=None),
    _case("contact-at-business-manager-no-ceo", "ceo", (
        H("Styret", 2), P("Styreleder: Wenche Lunde\nStyremedlem: Frank Haug"),
        H("Forretningsførsel", 2),
        P("Borettslaget har ingen ansatte. Vår kontaktperson hos forretningsføreren er Lars Moen.")),
        board(("Wenche Lunde", "LEDE"), ("Frank Haug", "MEDL")), ceo=None),
    _case("business-manager-company-no-ceo-nn", "ceo", (
        *OWN_NN, H("Om burettslaget", 2),
        P("Burettslaget ligg i Sandvika og har 62 bustader. Forretningsførar er Lindvik Forvaltning AS.")),
        board(("Sigve Tufteland", "LEDE"), ("Oddny Hestnes", "NEST"), ("Brynjar Gjerde", "MEDL")), ceo=None,
        lang="nn"),
    _case("generalsekretaer-line", "ceo", (
        *OWN, H("Sekretariatet", 2), P("Generalsekretær: Hallvard Rønneberg\nRådgiver: Siv Amundsen")),
        OWN_BOARD, ceo="Hallvard Rønneberg"),
]
