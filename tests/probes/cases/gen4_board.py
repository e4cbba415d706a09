"""Fourth-round cases from a further reading of public reports (docs/phrasings.md §16): housing
co-operatives and sameier, IKS with a representantskap, municipal companies whose boards carry
party or municipality notes, boards with personal deputies side by side, election tables with
terms, one table holding the board and the control bodies, e-signature pages, nynorsk boards and
staff. Names, places, organisations and figures are invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Li, Probe, Sign, board

NN = {"lang": "nn", "title": "Årsmelding 2023"}
PDF = ("docx", "pdf")


def _b(case_id, items, expected, ceo=None, family="board", **kw) -> Probe:
    return Probe(f"g4-{case_id}", family, tuple(items), Expect(board=expected, ceo=ceo), **kw)


PROBES = [
    # --- sameie / borettslag: the chair in parentheses, then the rest in one sentence; accountant,
    #     auditor and the election committee in the next sentences --------------------------------
    _b("brl-prose-leader-parens-then-names", (
        H("Styrets beretning for driftsåret 2023", 2),
        P("Styret har i perioden bestått av Torstein Ravndal (leder), Mette Aasgard, Henrik Solum, "
          "Ingunn Brevik og Sindre Lothe. Regnskapsfører har vært Fjordregnskap AS og revisor Lars Opdal. "
          "Det har vært holdt ni styremøter."),
        P("Valgkomiteen har bestått av Jorunn Skarpe, Halvard Meling og Siv Tangen.")),
        board(("Torstein Ravndal", "LEDE"), ("Mette Aasgard", "MEDL"), ("Henrik Solum", "MEDL"),
              ("Ingunn Brevik", "MEDL"), ("Sindre Lothe", "MEDL")),
        title="Årsberetning 2023 Solsletta Borettslag"),
    _b("brl-constituted-itself", (
        H("Styret", 2),
        P("Styret har konstituert seg slik: Bente Vollan fortsetter som nestleder, Anders Tjelle fortsetter som "
          "sekretær og ble gjenvalgt for to år. Styreleder Birgit Sørum ble gjenvalgt for to år. "
          "Kåre Nilsen er styremedlem.")),
        board(("Birgit Sørum", "LEDE"), ("Bente Vollan", "NEST"), ("Anders Tjelle", "MEDL"), ("Kåre Nilsen", "MEDL")),
        title="Årsberetning 2023 Granlia Sameie"),
    _b("brl-forretningsforer-company-not-ceo", (
        H("Styret", 2),
        P("Styreleder: Marte Hovda\nStyremedlem: Per Aune\nVaramedlem: Lise Kran"),
        H("Forretningsførsel", 2),
        P("Forretningsfører har vært Bylag Eiendomsforvaltning AS. Kontaktperson hos forretningsfører er "
          "Tove Myrhaug.")),
        board(("Marte Hovda", "LEDE"), ("Per Aune", "MEDL"), ("Lise Kran", "VARA")), family="not_board",
        title="Årsberetning 2023 Kjeldsåsen Borettslag"),
    # --- IKS: the representantskap's table names a leiar and a nestleiar; the board comes after ---
    _b("nn-iks-representantskap-table-then-board", (
        H("Representantskapet", 2),
        T((("Kommune", "Medlem", "Varamedlem"),
           ("Nordvik", "Turid Haugsnes (leiar)", "Jens Aksnes"),
           ("Sørvåg", "Kenneth Lyngvær (nestleiar)", "Harry Valde"),
           ("Austbø", "Einar Nordang", "Steinar Aanes (numerisk vald)"))),
        H("Styret", 2),
        P("Styreleiar: Gunvor Tennfjord\nNestleiar: Olav Rekdal\nStyremedlem: Mari Ulstein\n"
          "Styremedlem: Arve Skodje")),
        board(("Gunvor Tennfjord", "LEDE"), ("Olav Rekdal", "NEST"), ("Mari Ulstein", "MEDL"), ("Arve Skodje", "MEDL")),
        family="not_board", formats=PDF, **NN),
    _b("iks-representantskap-prose-before-board", (
        H("Selskapets organer", 2),
        P("Representantskapet har bestått av ordførerne i de fire eierkommunene. Leder av representantskapet "
          "har vært Oddvar Rimstad, og nestleder Hanne Tveit."),
        P("Styret har i 2023 bestått av styreleder Kjell Arve Moldskred, nestleder Randi Fuglseth og "
          "styremedlemmene Eirik Sandnes og Liv Torvik.")),
        board(("Kjell Arve Moldskred", "LEDE"), ("Randi Fuglseth", "NEST"), ("Eirik Sandnes", "MEDL"),
              ("Liv Torvik", "MEDL")), family="not_board"),
    _b("nn-eigarmote-ordforar-not-board", (
        H("Eigarmøte og generalforsamling", 2),
        P("Generalforsamlinga vart halden 20. april. Møteleiar var ordførar Astrid Hjelmeland, og "
          "varaordførar Bjarne Lunde skreiv under protokollen."),
        H("Styret", 2),
        P("Styreleiar: Heidi Vatnaland\nNestleiar: Rolf Apeland\nStyremedlem: Tor Ekrheim")),
        board(("Heidi Vatnaland", "LEDE"), ("Rolf Apeland", "NEST"), ("Tor Ekrheim", "MEDL")),
        family="not_board", **NN),
    # --- KF and IKS boards: party and municipality notes after the names ---------------------------
    _b("kf-board-party-abbreviations", (
        H("Styret", 2),
        P("Styret er oppnevnt av bystyret for perioden 2019–2023 og har bestått av:"),
        Li("Styreleder Hallgeir Nesheim (H)"),
        Li("Nestleder Randi Sølvberg (Ap)"),
        Li("Styremedlem Kjetil Orre (Sp)"),
        Li("Styremedlem Ane Myklebust (KrF)"),
        Li("Ansattes representant Vidar Hope")),
        board(("Hallgeir Nesheim", "LEDE"), ("Randi Sølvberg", "NEST"), ("Kjetil Orre", "MEDL"),
              ("Ane Myklebust", "MEDL"), ("Vidar Hope", "MEDL", True)),
        title="Årsmelding 2023 Nordvik Eiendom KF"),
    _b("iks-board-table-municipality-column", (
        H("Styret", 2),
        T((("Verv", "Navn", "Kommune"),
           ("Styreleder", "Ragnhild Eikrem", "Nordvik"),
           ("Nestleder", "Bjørn Haram", "Sørvåg"),
           ("Styremedlem", "Janne Gjerde", "Austbø"),
           ("Styremedlem", "Ole Petter Vik", "Nordvik")))),
        board(("Ragnhild Eikrem", "LEDE"), ("Bjørn Haram", "NEST"), ("Janne Gjerde", "MEDL"),
              ("Ole Petter Vik", "MEDL")), formats=PDF),
    # --- election tables: the term column holds a year or "på valg" -------------------------------
    _b("table-name-role-elected-until", (
        H("Styrets sammensetning", 2),
        T((("Navn", "Verv", "Valgt til"),
           ("Karin Løvstad", "Styreleder", "2025"),
           ("Trond Harstad", "Nestleder", "2024"),
           ("Elin Sørgård", "Kasserer", "2025"),
           ("Morten Bye", "Sekretær", "2024"),
           ("Nina Ruud", "Varamedlem", "2024")))),
        board(("Karin Løvstad", "LEDE"), ("Trond Harstad", "NEST"), ("Elin Sørgård", "MEDL"), ("Morten Bye", "MEDL"),
              ("Nina Ruud", "VARA")), formats=PDF),
    _b("table-role-name-on-election", (
        H("Styret", 2),
        T((("Verv", "Navn", "På valg"),
           ("Leder", "Arild Moe", "Ja"),
           ("Nestleder", "Grethe Wold", "Nei"),
           ("Styremedlem", "Hans Kolstad", "Ja"),
           ("Varamedlem", "Tone Gausdal", "Nei")))),
        board(("Arild Moe", "LEDE"), ("Grethe Wold", "NEST"), ("Hans Kolstad", "MEDL"), ("Tone Gausdal", "VARA")),
        formats=PDF),
    _b("nn-table-namn-verv-periode", (
        H("Styret", 2),
        T((("Namn", "Verv", "Periode"),
           ("Sigve Rørvik", "Styreleiar", "2022–2024"),
           ("Marit Aarstad", "Nestleiar", "2023–2025"),
           ("Jon Bakken", "Styremedlem", "2023–2025"),
           ("Randi Hove", "Varamedlem", "2023–2024")))),
        board(("Sigve Rørvik", "LEDE"), ("Marit Aarstad", "NEST"), ("Jon Bakken", "MEDL"), ("Randi Hove", "VARA")),
        formats=PDF, **NN),
    # --- personal deputies side by side ------------------------------------------------------------
    _b("table-member-personal-deputy", (
        H("Styret", 2),
        P("Styret har tre medlemmer med personlige varamedlemmer:"),
        T((("Medlem", "Personlig varamedlem"),
           ("Gunnar Fossli (leder)", "Ellen Brattli"),
           ("Anita Skjelbred (nestleder)", "Rune Tveter"),
           ("Olav Heggem", "Siri Langmo")))),
        board(("Gunnar Fossli", "LEDE"), ("Ellen Brattli", "VARA"), ("Anita Skjelbred", "NEST"), ("Rune Tveter", "VARA"),
              ("Olav Heggem", "MEDL"), ("Siri Langmo", "VARA")), formats=PDF),
    _b("prose-personal-deputies-for", (
        H("Styret", 2),
        P("Styreleder: Lars Grøtting\nStyremedlem: Wenche Alstad\nStyremedlem: Knut Viken"),
        P("Personlige varamedlemmer: Reidun Aas (for Lars Grøtting), Terje Bolme (for Wenche Alstad) og "
          "Hilde Moan (for Knut Viken).")),
        board(("Lars Grøtting", "LEDE"), ("Wenche Alstad", "MEDL"), ("Knut Viken", "MEDL"), ("Reidun Aas", "VARA"),
              ("Terje Bolme", "VARA"), ("Hilde Moan", "VARA"))),
    # --- one table for the board, the control committee and the election committee ---------------
    _b("one-table-board-kontrollkomite-valgkomite", (
        H("Tillitsvalgte", 2),
        T((("Styret", ""),
           ("Leder", "Frode Lien"),
           ("Nestleder", "Camilla Haug"),
           ("Styremedlem", "Petter Sveen"),
           ("Varamedlem", "Berit Ask"),
           ("Kontrollkomité", ""),
           ("Leder", "Kjersti Moen"),
           ("Medlem", "Øyvind Holt"),
           ("Valgkomité", ""),
           ("Leder", "Sverre Dahl"),
           ("Medlem", "Inger Rue")), bold_header=False)),
        board(("Frode Lien", "LEDE"), ("Camilla Haug", "NEST"), ("Petter Sveen", "MEDL"), ("Berit Ask", "VARA")),
        family="not_board", formats=PDF),
    _b("kontrollkomite-label-lines-after-board", (
        H("Hovedstyret", 2),
        P("Leder: Ivar Sandbakk\nNestleder: Ruth Elvebakk\nKasserer: Geir Ødegård\nSekretær: Line Husby"),
        P("Kontrollkomiteen:\nLeder: Jan Erik Strøm\nMedlem: Bodil Tangen\nVaramedlem: Eivind Lunde"),
        P("Valgkomiteen:\nLeder: Aud Røstad\nMedlem: Ketil Brun")),
        board(("Ivar Sandbakk", "LEDE"), ("Ruth Elvebakk", "NEST"), ("Geir Ødegård", "MEDL"), ("Line Husby", "MEDL")),
        family="not_board"),
    _b("nn-kontrollnemnd-valnemnd-prose", (
        H("Styret", 2),
        P("Styret har vore samansett slik: styreleiar Eldbjørg Nes, nestleiar Kjartan Myklebust og "
          "styremedlemene Reidar Solheim og Gro Tvinnereim. Varamedlem: Sunniva Vik."),
        P("Kontrollnemnda har vore Oddny Helle (leiar) og Petter Sandal. Valnemnda har vore Astrid Lid (leiar), "
          "Ove Furnes og Tora Bø.")),
        board(("Eldbjørg Nes", "LEDE"), ("Kjartan Myklebust", "NEST"), ("Reidar Solheim", "MEDL"),
              ("Gro Tvinnereim", "MEDL"), ("Sunniva Vik", "VARA")), family="not_board", **NN),
    # --- nynorsk role words and employee-elected wordings ----------------------------------------
    _b("nn-tilsette-representant-and-deputy", (
        H("Styret", 2),
        P("Styreleiar: Brynjulv Haugland\nNestleiar: Ingrid Sæbø\nStyremedlem: Arnfinn Tveit\n"
          "Styremedlem valt av dei tilsette: Eli Nordbø\nVaramedlem: Sjur Hoff (tilsette)")),
        board(("Brynjulv Haugland", "LEDE"), ("Ingrid Sæbø", "NEST"), ("Arnfinn Tveit", "MEDL"),
              ("Eli Nordbø", "MEDL", True), ("Sjur Hoff", "VARA", True)), **NN),
    _b("nn-deputy-for-the-employees-label", (
        H("Styret", 2),
        P("Styreleiar: Kjellaug Fure\nStyremedlem: Arvid Lote\nStyremedlem for dei tilsette: Rune Sæbø\n"
          "Varamedlem for dei tilsette: Gunn Vikøyr")),
        board(("Kjellaug Fure", "LEDE"), ("Arvid Lote", "MEDL"), ("Rune Sæbø", "MEDL", True),
              ("Gunn Vikøyr", "VARA", True)), **NN),
    _b("deputies-for-the-employees-list", (
        H("Styret", 2),
        P("Styreleder: Bente Krogstad\nStyremedlem: Ivar Myhre"),
        P("Varamedlemmer for de ansatte: Tore Aasen og Lise Brun")),
        board(("Bente Krogstad", "LEDE"), ("Ivar Myhre", "MEDL"), ("Tore Aasen", "VARA", True),
              ("Lise Brun", "VARA", True))),
    _b("table-valgt-av-column-ansatte", (
        H("Styret", 2),
        T((("Navn", "Rolle", "Valgt av"),
           ("Hege Brenden", "Styreleder", "Generalforsamlingen"),
           ("Tom Vassli", "Styremedlem", "Generalforsamlingen"),
           ("Reidar Moum", "Styremedlem", "De ansatte"),
           ("Anne Fjær", "Varamedlem", "De ansatte")))),
        board(("Hege Brenden", "LEDE"), ("Tom Vassli", "MEDL"), ("Reidar Moum", "MEDL", True),
              ("Anne Fjær", "VARA", True)), formats=PDF),
    _b("nn-table-vald-av-tilsette", (
        H("Styret", 2),
        T((("Namn", "Rolle", "Vald av"),
           ("Magnhild Eide", "Styreleiar", "Eigarane"),
           ("Torleiv Sande", "Styremedlem", "Eigarane"),
           ("Liv Brekke", "Styremedlem", "Dei tilsette")))),
        board(("Magnhild Eide", "LEDE"), ("Torleiv Sande", "MEDL"), ("Liv Brekke", "MEDL", True)), formats=PDF, **NN),
    # --- numbered lists and numbered deputies ----------------------------------------------------
    _b("numbered-list-name-role", (
        H("Styret", 2),
        P("Styret hadde ved utgangen av året disse medlemmene:"),
        P("1. Åsmund Kvitberg, styreleder\n2. Liv Hatlevik, nestleder\n3. Per Ove Sande, styremedlem\n"
          "4. Mona Steen, varamedlem")),
        board(("Åsmund Kvitberg", "LEDE"), ("Liv Hatlevik", "NEST"), ("Per Ove Sande", "MEDL"), ("Mona Steen", "VARA"))),
    _b("deputies-in-order-numbered", (
        H("Styret", 2),
        P("Leder: Tove Bjerkan\nStyremedlemmer: Geir Solberg og Anne Lise Hoel"),
        P("Varamedlemmer i nummerert rekkefølge: 1. Øystein Rød, 2. Kari Vangen.")),
        board(("Tove Bjerkan", "LEDE"), ("Geir Solberg", "MEDL"), ("Anne Lise Hoel", "MEDL"), ("Øystein Rød", "VARA"),
              ("Kari Vangen", "VARA"))),
    # --- sign-off: place and date, then the board with the daglig leder last; e-signature page ------
    _b("sign-place-date-ceo-last", (
        H("Styrets beretning", 2),
        P("Styret mener årsregnskapet gir et rettvisende bilde av stillingen ved årsskiftet."),
        Sign((("Janne Rødseth", "styreleder"), ("Kristian Aarnes", "nestleder"), ("Hilde Bårdsen", "styremedlem"),
              ("Ove Nakken", "styremedlem"), ("Svein Ulvund", "daglig leder")), place_date="Molde, 14. mars 2024")),
        board(("Janne Rødseth", "LEDE"), ("Kristian Aarnes", "NEST"), ("Hilde Bårdsen", "MEDL"), ("Ove Nakken", "MEDL")),
        ceo="Svein Ulvund", formats=PDF),
    _b("e-signature-page-surname-first", (
        H("Styret", 2),
        P("Styreleder: Kari Haugstad\nStyremedlem: Ola Brennvik\nStyremedlem: Siri Tømmerås"),
        H("Signaturer", 2),
        P("Dokumentet er signert elektronisk med BankID."),
        T((("Signert av", "Rolle", "Dato"),
           ("Haugstad, Kari", "Styreleder", "2024-03-12"),
           ("Brennvik, Ola", "Styremedlem", "2024-03-12"),
           ("Tømmerås, Siri", "Styremedlem", "2024-03-13"),
           ("Lund, Erlend", "Daglig leder", "2024-03-13")))),
        board(("Kari Haugstad", "LEDE"), ("Ola Brennvik", "MEDL"), ("Siri Tømmerås", "MEDL")), ceo="Erlend Lund",
        formats=PDF),
    _b("nn-sign-place-date-title-above", (
        H("Styret si melding", 2),
        P("Styret meiner rekneskapen gjev eit rett bilete av drifta i 2023."),
        Sign((("Arnhild Sæle", "styreleiar"), ("Gaute Myklebust", "nestleiar"), ("Berit Hovland", "styremedlem"),
              ("Endre Laukeland", "dagleg leiar")), place_date="Førde, 20. mars 2024", title_above=True)),
        board(("Arnhild Sæle", "LEDE"), ("Gaute Myklebust", "NEST"), ("Berit Hovland", "MEDL")),
        ceo="Endre Laukeland", formats=PDF, **NN),
    # --- dates of joining and leaving in the composition list ------------------------------------
    _b("composition-with-from-dates", (
        H("Styret", 2),
        P("Styret har hatt følgende sammensetning i 2023:"),
        Li("Berit Lykke, styreleder (fra 1. januar)"),
        Li("Stein Aamot, nestleder (hele året)"),
        Li("Janne Rist, styremedlem (fra 15. mars)"),
        Li("Eilif Hope, varamedlem (fra 15. mars)")),
        board(("Berit Lykke", "LEDE"), ("Stein Aamot", "NEST"), ("Janne Rist", "MEDL"), ("Eilif Hope", "VARA"))),
    # --- election news in the report: who was re-elected, who continues, who declined ----------
    _b("reelected-members-then-chair", (
        H("Styret", 2),
        P("Per Askvik, Liv Bergset og Tor Dalsrud ble gjenvalgt som styremedlemmer for to år. Eva Lidal trer "
          "ut av styret, og Ole Moberg ble valgt som nytt styremedlem for ett år. Per Askvik ble gjenvalgt "
          "som styreleder.")),
        board(("Per Askvik", "LEDE"), ("Liv Bergset", "MEDL"), ("Tor Dalsrud", "MEDL"), ("Ole Moberg", "MEDL"))),
    _b("nn-employees-elected-member-and-deputy", (
        H("Styret", 2),
        P("Styreleiar: Lodvar Sunde"),
        P("Dei tilsette har valt Siri Gjerdset som ny styremedlem og Stine Lode som varamedlem.")),
        board(("Lodvar Sunde", "LEDE"), ("Siri Gjerdset", "MEDL", True), ("Stine Lode", "VARA", True)), **NN),
    _b("nn-held-fram-declined-reelection", (
        H("Styret", 2),
        P("Styreleiar: Hanne Bjørke"),
        P("Jon Østre held fram i styret, det same gjer Ellen Kvale som varamedlem, medan Brit Dahle hadde "
          "takka nei til attval.")),
        board(("Hanne Bjørke", "LEDE"), ("Jon Østre", "MEDL"), ("Ellen Kvale", "VARA")), **NN),
    _b("nn-ministry-appointed-member-deputies", (
        H("Styret", 2),
        P("Styreleiar: Arne Fosse\nNestleiar: Tove Heggheim"),
        P("Departementet har oppnemnt Kari Lyngstad som ny medlem, og Bjørn Moen og Sven Nystad som nye "
          "varamedlemer.")),
        board(("Arne Fosse", "LEDE"), ("Tove Heggheim", "NEST"), ("Kari Lyngstad", "MEDL"), ("Bjørn Moen", "VARA"),
              ("Sven Nystad", "VARA")), **NN),
    _b("thanked-leavers-welcomed-new-members", (
        H("Styret", 2),
        P("Leder: Marit Ølmheim\nNestleder: Stein Dale"),
        P("Vi takker av Geir Dalland og Linda Meier, som har gjort en stor innsats i styret, og ønsker "
          "velkommen de nye styremedlemmene Stian Ølberg og Marion Dalen.")),
        board(("Marit Ølmheim", "LEDE"), ("Stein Dale", "NEST"), ("Stian Ølberg", "MEDL"), ("Marion Dalen", "MEDL"))),
    _b("table-columns-board-and-valgkomite", (
        H("Tillitsvalgte", 2),
        T((("Styret", "Valgkomité"),
           ("Leder: Anne Askeland", "Leder: Bjørn Bøhmer"),
           ("Nestleder: Cato Dahle", "Medlem: Dina Engen"),
           ("Kasserer: Erik Fosse", "Varamedlem: Frida Gran")))),
        board(("Anne Askeland", "LEDE"), ("Cato Dahle", "NEST"), ("Erik Fosse", "MEDL")), family="not_board",
        formats=PDF),
    _b("ceo-serves-as-board-secretary", (
        H("Styret", 2),
        P("Styreleder: Harald Vinje\nStyremedlem: Gro Lien\nStyremedlem: Nils Stene"),
        P("Daglig leder Kari Fjeldstad er styrets sekretær.")),
        board(("Harald Vinje", "LEDE"), ("Gro Lien", "MEDL"), ("Nils Stene", "MEDL")), ceo="Kari Fjeldstad",
        family="not_board"),
    _b("member-is-other-bodys-deputy-chair", (
        H("Styret", 2),
        P("Styreleder: Trude Hamre\nStyremedlem: Vegard Sunde\nStyremedlem: Line Aas"),
        P("Vegard Sunde er også nestleder i Nordvik idrettsråd, og styret har god kontakt med rådet.")),
        board(("Trude Hamre", "LEDE"), ("Vegard Sunde", "MEDL"), ("Line Aas", "MEDL")), family="not_board"),
    _b("chair-until-meeting-succeeded-by", (
        H("Styret", 2),
        P("Styreleder var Per Holen fram til årsmøtet i mars, etterfulgt av Anne Brunvoll."),
        P("Nestleder: Siv Hammer\nStyremedlem: Odd Rustad")),
        board(("Anne Brunvoll", "LEDE"), ("Siv Hammer", "NEST"), ("Odd Rustad", "MEDL"))),
    _b("caption-first-names-only-beside-list", (
        H("Styret", 2),
        P("Styreleder: Birgit Sørlie\nNestleder: Andreas Kvam\nSekretær: Sunniva Holt"),
        P("Styret samlet, f.v.: Andreas, Sunniva og Birgit. Foto: Lillian Aasen")),
        board(("Birgit Sørlie", "LEDE"), ("Andreas Kvam", "NEST"), ("Sunniva Holt", "MEDL")), family="not_board"),
    _b("caption-period-fv-photographer", (
        H("Styret", 2),
        P("Styret for perioden 2023–2024, f.v.: Kari Gran, Anita Eik, Sonja Bratt og Terje Hamre. "
          "Foto: Lillian Andvik")),
        board(("Kari Gran", "MEDL"), ("Anita Eik", "MEDL"), ("Sonja Bratt", "MEDL"), ("Terje Hamre", "MEDL")),
        family="not_board"),
    _b("representantskap-elected-the-chair", (
        H("Styret", 2),
        P("Nestleder: Jorunn Vatne\nStyremedlem: Leif Aarseth"),
        P("Representantskapet valgte i mai Per Lundgren til ny styreleder for to år.")),
        board(("Per Lundgren", "LEDE"), ("Jorunn Vatne", "NEST"), ("Leif Aarseth", "MEDL")), family="not_board"),
    _b("nn-eigarmote-elected-chair", (
        H("Styret", 2),
        P("Eigarmøtet 12. mai valde Kari Dalseth som ny styreleiar. Generalforsamlinga valde Per Lyngbø som "
          "nytt styremedlem."),
        P("Nestleiar: Synnøve Bø")),
        board(("Kari Dalseth", "LEDE"), ("Per Lyngbø", "MEDL"), ("Synnøve Bø", "NEST")), family="not_board", **NN),
    # --- ceo wordings --------------------------------------------------------------------------------
    Probe("g4-ceo-nn-har-vore", "ceo", (
        H("Administrasjon", 2),
        P("Dagleg leiar har vore Torgeir Haukås heile året. Administrasjonen har elles hatt to tilsette."),
    ), Expect(ceo="Torgeir Haukås"), **NN),
    Probe("g4-ceo-new-from-date-acting-before", "ceo", (
        H("Administrasjon", 2),
        P("Konstituert daglig leder fram til 1. mai var Oddvar Lien. Fra 1. mai er Silje Aakre ansatt som "
          "daglig leder."),
    ), Expect(ceo="Silje Aakre")),
    Probe("g4-ceo-virksomhetsleder-kf", "ceo", (
        H("Ledelse", 2),
        P("Foretaket ledes av daglig leder Gunn Marit Skaug, som rapporterer til styret."),
    ), Expect(ceo="Gunn Marit Skaug")),
    Probe("g4-ceo-until-then-successor", "ceo", (
        H("Administrasjon", 2),
        P("Daglig leder har vært Kari Dahlen fram til 31. august, deretter Ola Lien."),
    ), Expect(ceo="Ola Lien")),
    # --- organisation ---------------------------------------------------------------------------------
    Probe("g4-org-name-change-tidligere-asvo", "organisation", (
        P("Årsberetning 2023 for Nordvik Arbeidssenter AS"),
        P("Nordvik Arbeidssenter AS (tidligere Nordvik ASVO AS) ble stiftet i 1991 og er en vekstbedrift."),
    ), Expect(org_name="Nordvik Arbeidssenter AS", founded_year=1991, report_year=2023), title=None),
    Probe("g4-org-kf-opprettet-av-kommunestyret", "organisation", (
        P("Årsmelding 2023 Sørvåg Havn KF"),
        P("Foretaket ble opprettet av kommunestyret i 2004 og eies av Sørvåg kommune."),
    ), Expect(org_name="Sørvåg Havn KF", founded_year=2004, report_year=2023), title=None),
    Probe("g4-org-borettslag-cover", "organisation", (
        P("Årsberetning og regnskap 2023"),
        P("Kjeldsåsen Borettslag"),
        P("Org.nr. 948 123 452"),
        P("Borettslaget ble stiftet i 1972 og har 84 andeler."),
    ), Expect(org_name="Kjeldsåsen Borettslag", org_number="948123452", founded_year=1972), title=None),
    Probe("g4-org-nn-stifting-oppretta", "organisation", (
        P("Årsmelding 2023 for Stiftinga Nordfjord Folkemuseum"),
        P("Stiftinga vart oppretta i 1992 av fire kommunar."),
    ), Expect(org_name="Stiftinga Nordfjord Folkemuseum", founded_year=1992, report_year=2023), title=None,
        lang="nn"),
    Probe("g4-owners-nn-eigardel-table", "owners", (
        H("Eigarar", 2),
        T((("Kommune", "Eigardel"),
           ("Nordvik kommune", "40 %"),
           ("Sørvåg kommune", "35 %"),
           ("Austbø kommune", "25 %"))),
    ), Expect(owners={("Nordvik kommune", 40), ("Sørvåg kommune", 35), ("Austbø kommune", 25)}), **NN),
    Probe("g4-owners-deltakerkommune-eierandel-pct", "owners", (
        H("Eierforhold", 2),
        T((("Deltakerkommune", "Eierandel (%)"),
           ("Nordvik", "60"),
           ("Sørvåg", "40"),
           ("Sum", "100"))),
    ), Expect(owners={("Nordvik", 60), ("Sørvåg", 40)})),
    Probe("g4-owners-not-participant-shares", "owners", (
        H("Deltakere", 2),
        T((("Kommune", "Andel av deltakerne"),
           ("Nordvik kommune", "55 %"),
           ("Sørvåg kommune", "45 %"))),
    ), Expect(owners=frozenset())),
    # --- staff and sick leave -------------------------------------------------------------------------
    Probe("g4-staff-nn-talet-pa-arsverk", "staff", (
        H("Personale", 2),
        P("Talet på årsverk var 14,2 ved utgangen av året, fordelt på 17 tilsette."),
    ), Expect(person_years=14.2, employees=17), **NN),
    Probe("g4-staff-fast-ansatte-beside-deltakere", "staff", (
        H("Ansatte", 2),
        P("Ved utgangen av året hadde bedriften 18 fast ansatte og 42 tiltaksdeltakere."),
    ), Expect(employees=18)),
    Probe("g4-staff-sick-leave-table-legemeldt", "staff", (
        H("Sykefravær", 2),
        T((("", "Egenmeldt", "Legemeldt", "Totalt"),
           ("2023", "1,4 %", "3,9 %", "5,3 %"),
           ("2022", "1,1 %", "4,6 %", "5,7 %"))),
    ), Expect(sick_leave=5.3)),
    Probe("g4-staff-nn-sick-leave-prior-in-parens", "staff", (
        H("Arbeidsmiljø", 2),
        P("Sjukefråvær 2023: 6,1 % (2022: 7,4 %)."),
    ), Expect(sick_leave=6.1), **NN),
    Probe("g4-staff-sick-leave-av-arbeidstid", "staff", (
        H("Arbeidsmiljø", 2),
        P("Det samlede sykefraværet utgjorde 4,3 % av total arbeidstid, mot 5,0 % året før."),
    ), Expect(sick_leave=4.3)),
    Probe("g4-staff-sick-leave-target-in-parens", "staff", (
        H("Arbeidsmiljø", 2),
        P("Sykefraværet var 5,1 % i 2023 (målet var 6 %)."),
    ), Expect(sick_leave=5.1)),
    Probe("g4-staff-sick-leave-fell-from-to", "staff", (
        H("Arbeidsmiljø", 2),
        P("Sykefraværet har gått ned fra 8,2 % i 2022 til 6,4 % i 2023."),
    ), Expect(sick_leave=6.4)),
    Probe("g4-staff-nn-sick-leave-against-goal", "staff", (
        H("Arbeidsmiljø", 2),
        P("Sjukefråveret var 4,2 prosent, mot eit mål på 5 prosent."),
    ), Expect(sick_leave=4.2), **NN),
    Probe("g4-staff-arsverk-inline-years", "staff", (
        H("Nøkkeltal", 2),
        P("Antall årsverk: 2023: 14,5 – 2022: 13,0"),
    ), Expect(person_years=14.5)),  # a year labelling the figures: the report year's figure (fields/years.py)
    Probe("g4-org-number-footer-foretaksnummer", "organisation", (
        P("Årsberetning 2023 for Lynghaug Vekst AS"),
        P("Selskapet driver varig tilrettelagt arbeid i Nordvik."),
        P("Lynghaug Vekst AS – Foretaksnummer NO 976 543 211 MVA – post@lynghaug.no"),
    ), Expect(org_name="Lynghaug Vekst AS", org_number="976543211"), title=None),
    # --- programs -----------------------------------------------------------------------------------
    Probe("g4-prog-plasser-code-without-i", "programs", (
        H("Tiltak", 2),
        P("Bedriften har 30 plasser VTA og 8 plasser VTO."),
    ), Expect(programs={"VTA": 30, "VTO": 8})),
    Probe("g4-prog-nn-godkjenning-capitalised", "programs", (
        H("Tiltak", 2),
        P("Verksemda har godkjenning for 22 plassar i Varig tilrettelagt arbeid og 6 plassar i "
          "Arbeidsførebuande trening."),
    ), Expect(programs={"VTA": 22, "AFT": 6}), **NN),
]
