"""Ninth reading (docs/phrasings.md §34): boards on real wording. Thirty public transcripts (a\nhousing co-operative's officers with their home addresses, a club's officers under English labels,\na meeting's chair and apologies beside the board, a chair whose surname is the club's name, a\nboard that changed during the year) read by the whole tool; each kind written again here with\ninvented names, places and streets, in bokmål and nynorsk, in the renditions the layout needs."""
from probes.spec import H, Li, P, T, Expect, Probe, Sign, board

EVERY_PDF = ("docx", "pdf", "tight", "browser")
NN = {"lang": "nn", "title": "Årsmelding 2023"}


def _b(case_id, items, expected, family="board", formats=EVERY_PDF, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"g9b-{case_id}", family, tuple(items), expect, formats=formats, **kw)


# --- 1. officers listed with their home addresses (a housing co-operative's report) ------------
BRL = board(("Randi Holmsen", "LEDE"), ("Tor Einar Blix", "NEST"), ("Anita Øvrebø", "MEDL"),
            ("Kjell Ove Strand", "MEDL"), ("Liv Marie Tofte", "VARA"))
BRL_NN = board(("Sigrun Hatlestad", "LEDE"), ("Oddvar Lunde", "NEST"), ("Marta Kvamme", "MEDL"),
               ("Jostein Eide", "VARA"))

PROBES = [
    _b("brl-officers-colon-aligned-street-numbers", (
        H("Årsberetning for 2023", 2),
        P("TILLITSVALGTE"),
        P("Siden forrige ordinære generalforsamling har borettslagets tillitsvalgte vært:"),
        P("A. STYRET:"),
        P("Leder : Randi Holmsen Lindeveien 11"),
        P("Nestleder : Tor Einar Blix Lindeveien 14"),
        P("Sekretær : Anita Øvrebø Furustien 3"),
        P("Styremedlem : Kjell Ove Strand Lindeveien 21"),
        P("B. VARAMEDLEM TIL STYRET:"),
        P("Liv Marie Tofte Furustien 7"),
        P("Styret har hatt ni møter og behandlet 64 saker."),
    ), BRL, title="Innkalling til generalforsamling i Lindehøgda Borettslag"),
    _b("brl-officers-one-paragraph-street-letters", (
        H("Styrets sammensetning", 2),
        P("Styreleder: Randi Holmsen, Bjørkegata 4b\nNestleder: Tor Einar Blix, Bjørkegata 4c\n"
          "Styremedlem: Anita Øvrebø Kirkebakken 12\nStyremedlem: Kjell Ove Strand Bjørkegata 9\n"
          "Varamedlem: Liv Marie Tofte Bjørkegata 2a"),
        P("Forretningsfører er Boligbyggelaget Vest."),
    ), BRL, title="Årsberetning 2023 Bjørkelia Borettslag"),
    _b("nn-brl-tillitsvalde-med-adresse", (
        H("Tillitsvalde", 2),
        P("Styret har sidan førre generalforsamling vore samansett slik:"),
        P("Leiar: Sigrun Hatlestad Fjellvegen 5"),
        P("Nestleiar: Oddvar Lunde Fjellvegen 12"),
        P("Styremedlem: Marta Kvamme Nausttunet 2"),
        P("Varamedlem: Jostein Eide Fjellvegen 30"),
        P("Styret har halde sju møte i året."),
    ), BRL_NN, **NN),
    _b("brl-role-name-address-table", (
        H("Styret", 2),
        T((("Verv", "Navn", "Adresse"),
           ("Styreleder", "Randi Holmsen", "Lindeveien 11"),
           ("Nestleder", "Tor Einar Blix", "Lindeveien 14"),
           ("Styremedlem", "Anita Øvrebø", "Furustien 3"),
           ("Styremedlem", "Kjell Ove Strand", "Lindeveien 21"),
           ("Varamedlem", "Liv Marie Tofte", "Furustien 7"))),
    ), BRL, formats=("docx", "pdf", "tight"), title="Årsberetning 2023 Lindehøgda Borettslag"),
    # surnames that end as streets do, with no house number after them: whole names
    _b("surnames-like-streets-no-number", (
        H("Styret", 2),
        P("Leder: Hege Nordhagen"),
        P("Nestleder: Ola Storvei"),
        P("Styremedlem: Kari Solbakken"),
        P("Varamedlem: Arne Kirkemoen"),
    ), board(("Hege Nordhagen", "LEDE"), ("Ola Storvei", "NEST"), ("Kari Solbakken", "MEDL"),
             ("Arne Kirkemoen", "VARA"))),

    # --- 2. a label and its name read as one name ------------------------------------------------
    _b("en-officers-treasurer-secretary", (
        H("Board of directors", 2),
        P("The board consists of three permanent members, elected for two years."),
        P("Chairman: Hallvard Tjøtta"),
        P("Vice-chairman/secretary: Gunnar B. Aasen"),
        P("Treasurer: Olaug Veste"),
        P("Deputy board members:"),
        P("Tobias Lende"),
        P("Ruth Hovland"),
    ), board(("Hallvard Tjøtta", "LEDE"), ("Gunnar B. Aasen", "NEST"), ("Olaug Veste", "MEDL"),
             ("Tobias Lende", "VARA"), ("Ruth Hovland", "VARA")), title="Annual report 2023"),
    _b("nn-meeting-chair-and-apologies-beside-board", (
        H("Styret", 2),
        P("Leiar: Bente Rygg"),
        P("Nestleiar: Sverre Hope"),
        P("Styremedlem: Ingrid Lothe"),
        H("Årsmøtet", 2),
        P("Årsmøtet vart halde 14. mars på grendahuset."),
        P("Møteleiar: Torleiv Aksnes"),
        P("Forfall: Jon Arne Tveit"),
        P("Referent: Gudrun Moe"),
    ), board(("Bente Rygg", "LEDE"), ("Sverre Hope", "NEST"), ("Ingrid Lothe", "MEDL")), **NN),
    _b("meeting-chair-label-after-board-list", (
        H("Styret", 2),
        P("Styreleder: Marit Lysaker\nNestleder: Jon Berntsen\nStyremedlem: Åse Hovde"),
        P("Årsmøtet ble holdt 2. mars. Møteleder: Petter Wiik. Revisor: Nina Grande."),
    ), board(("Marit Lysaker", "LEDE"), ("Jon Berntsen", "NEST"), ("Åse Hovde", "MEDL"))),

    # --- 3. a chair whose surname is the club's name ---------------------------------------------
    _b("chair-surname-is-club-name", (
        P("Årsmelding for Breivoll IL 2023", bold=True),
        H("Styret", 2),
        P("Leder: Bente Breivoll"),
        P("Nestleder: Jan Ove Rustad"),
        P("Kasserer: Solveig Lie"),
        P("Breivoll IL har 312 medlemmer og tilbyr fotball, ski og turn."),
    ), board(("Bente Breivoll", "LEDE"), ("Jan Ove Rustad", "NEST"), ("Solveig Lie", "MEDL")),
        title="Årsmelding 2023 Breivoll IL"),
    _b("nn-chair-surname-is-club-name-backward", (
        H("Styret", 2),
        P("Torgeir Skarheim, leiar"),
        P("Maren Dyrdal, nestleiar"),
        P("Åsmund Rui, kasserar"),
        P("Skarheim IL har 140 medlemer."),
    ), board(("Torgeir Skarheim", "LEDE"), ("Maren Dyrdal", "NEST"), ("Åsmund Rui", "MEDL")),
        lang="nn", title="Årsmelding 2023 Skarheim IL"),

    # --- 4. a job title before a name ------------------------------------------------------------
    _b("job-title-before-name-in-staff-and-board", (
        H("Styret", 2),
        P("Styreleder: Anders Fjellheim\nStyremedlem: Mona Kvist\nAnsattes representant: Produksjonsleder Kari Vik"),
        H("Administrasjon", 2),
        P("Daglig leder Rune Aasland har ledet bedriften siden 2015. Økonomisjef Tove Heggem og "
          "produksjonsleder Kari Vik utgjør ledergruppen sammen med ham."),
    ), None, expect=Expect(board=board(("Anders Fjellheim", "LEDE"), ("Mona Kvist", "MEDL"), ("Kari Vik", "MEDL", True)),
                           ceo="Rune Aasland")),
    _b("nn-job-title-before-name-signature", (
        H("Styret si melding", 2),
        P("Styret meiner at føresetnaden om framleis drift er til stades."),
        Sign((("Eirik Hovden", "styreleiar"), ("Produksjonsleiar Guri Nes", "tilsettvald styremedlem"),
              ("Lars Tvedt", "dagleg leiar")), place_date="Nordvik, 12. mars 2024"),
    ), None, expect=Expect(board=board(("Eirik Hovden", "LEDE"), ("Guri Nes", "MEDL", True)), ceo="Lars Tvedt"),
        formats=("docx", "pdf", "tight"), **NN),

    # --- 5. a board that changed during the year, then an e-signature page with roles ----------
    _b("midyear-change-then-esign-roles", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av Heidi Gran (styreleder), Knut Flaten og Astrid Moe."),
        P("På ekstraordinær generalforsamling i juni gikk Heidi Gran ut av styret og Stian Berge kom inn."),
        H("Styrets beretning", 2),
        P("Årsregnskapet gir etter styrets oppfatning et rettvisende bilde av stillingen."),
        P("Dokumentet er signert elektronisk med BankID."),
        P("Stian Berge\nRolle: Styreleder\nKnut Flaten\nRolle: Styremedlem\nAstrid Moe\nRolle: Styremedlem\n"
          "Guro Lid\nRolle: Daglig leder"),
    ), None, expect=Expect(board=board(("Stian Berge", "LEDE"), ("Knut Flaten", "MEDL"), ("Astrid Moe", "MEDL")),
                           ceo="Guro Lid"),
        formats=("docx", "pdf", "tight")),
    _b("nn-midyear-change-then-esign-roles", (
        H("Styret", 2),
        P("Styret har i 2023 vore samansett av Oddbjørg Vik (leiar), Ivar Haugland og Siri Nesse."),
        P("På ekstraordinært årsmøte i september gjekk Oddbjørg Vik ut av styret, og Håkon Sæle kom inn."),
        H("Styret si melding", 2),
        P("Dokumentet er signert elektronisk med BankID."),
        P("Håkon Sæle\nRolle: Styreleiar\nIvar Haugland\nRolle: Nestleiar\nSiri Nesse\nRolle: Styremedlem"),
    ), board(("Håkon Sæle", "LEDE"), ("Ivar Haugland", "NEST"), ("Siri Nesse", "MEDL")),
        formats=("docx", "pdf", "tight"), **NN),

    # the sentence on the change gives him another role than the signing page: doubtful, not sure
    _b("midyear-change-role-conflicts-with-esign", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av Heidi Gran (styreleder), Knut Flaten og Astrid Moe."),
        P("I juni gikk Heidi Gran ut av styret, og Stian Berge ble valgt som nestleder."),
        H("Styrets beretning", 2),
        P("Dokumentet er signert elektronisk med BankID."),
        P("Stian Berge\nRolle: Styreleder\nKnut Flaten\nRolle: Styremedlem\nAstrid Moe\nRolle: Styremedlem"),
    ), None, expect=Expect(doubtful_board=("Stian Berge",)), formats=("docx", "pdf", "tight")),

    # --- 6. an English role table with the employee label wrapped over two lines --------------
    _b("en-role-table-wrapped-employee-label", (
        H("The Board", 2),
        T((("Role", "Name"),
           ("Chair", "Elin Torvund"),
           ("Deputy Chair", "Marius Dahle"),
           ("Board Member", "Sunniva Krogh"),
           ("Employee\nRepresentative", "Tarjei Holt"),
           ("Deputy Member", "Lise Aarvik"))),
    ), board(("Elin Torvund", "LEDE"), ("Marius Dahle", "NEST"), ("Sunniva Krogh", "MEDL"),
             ("Tarjei Holt", "MEDL", True), ("Lise Aarvik", "VARA")),
        formats=("docx", "pdf", "tight", "browser"), title="Annual report 2023"),

    # --- 7. a term in parentheses between a name and its role; a middle initial without its dot ---
    _b("iks-name-term-role-lines", (
        H("Styrende organer", 2),
        P("Daglig leder"),
        P("Vibeke Nordahl Lunde"),
        P("Styre inkl. vara"),
        P("Ragnhild Sæbø (2023-2025) styrets leder"),
        P("Per Ivar Tangstad (2022-2024) nestleder"),
        P("Gunn Elise Holt (2023-2025) styremedlem"),
        P("Arvid Lønning (2023-2025) ansattvalgt"),
        P("Varamedlemmer:"),
        P("Sindre Eik (2022-2024)"),
    ), None, expect=Expect(board=board(("Ragnhild Sæbø", "LEDE"), ("Per Ivar Tangstad", "NEST"), ("Gunn Elise Holt", "MEDL"),
                                       ("Arvid Lønning", "MEDL", True), ("Sindre Eik", "VARA")),
                           ceo="Vibeke Nordahl Lunde"), title="Årsrapport 2023 Vestfjell Arkiv IKS"),
    _b("nn-name-term-role-lines", (
        H("Styret", 2),
        P("Solveig Rygg (attval) leiar"),
        P("Eivind Haugland (2022–2024) nestleiar"),
        P("Torunn Vik (ny) styremedlem"),
    ), board(("Solveig Rygg", "LEDE"), ("Eivind Haugland", "NEST"), ("Torunn Vik", "MEDL")), **NN),
    _b("choir-officers-bare-middle-initial-term", (
        P("Følgende har hatt verv i koret dette året:"),
        P("Leder : Ingvild Rakkestad 2023-24"),
        P("Nestleder : Berit H Solum 2023-25"),
        P("Kasserer : Anne Marie Haug 2022-24"),
        P("Sekretær : Grete E Moen 2023-25"),
    ), board(("Ingvild Rakkestad", "LEDE"), ("Berit H Solum", "NEST"), ("Anne Marie Haug", "MEDL"),
             ("Grete E Moen", "MEDL")), title="Årsmelding 2023 Solum Blandakor"),
    # a club's function with no board heading: a member, maybe a volunteer, never sure
    _b("club-function-no-board-heading-not-sure", (
        P("Følgende har hatt verv i koret dette året:"),
        P("Leder : Ingvild Rakkestad 2023-24"),
        P("Nestleder : Berit H Solum 2023-25"),
        P("Kasserer : Anne Marie Haug 2022-24"),
        P("Bursdagsansvarlig : Liv Tønnessen 2023-24"),
    ), None, expect=Expect(doubtful_board=("Liv Tønnessen", "Anne Marie Haug")), title="Årsmelding 2023 Solum Blandakor"),

    # --- 8. the auditors' label under a committee's names: a PDF runs it onto the line above -----
    _b("choir-officers-then-committees-auditors-label", (
        H("Styrets beretning 2023", 2),
        P("Etter valget på årsmøtet har disse hatt tillitsverv:"),
        P("Styret:"),
        P("Leder Jorunn Aasheim, nestleder Tor Inge Bakke, sekretær Mona Eide, kasserer Kjell Rustad."),
        P("Varamedlemmer Hanne Lie og Pål Sveen"),
        P("Festkomité:"),
        P("Sigrid Holm, Arne Dalen, Tove Brekke"),
        P("Revisorer:"),
        P("Olga Strand, Rune Viken"),
        P("Valgkomité:"),
        P("Berit Haugen, Ivar Moe"),
    ), board(("Jorunn Aasheim", "LEDE"), ("Tor Inge Bakke", "NEST"), ("Mona Eide", "MEDL"), ("Kjell Rustad", "MEDL"),
             ("Hanne Lie", "VARA"), ("Pål Sveen", "VARA")), title="Årsmelding 2023 Sangkoret Tonika"),
]
