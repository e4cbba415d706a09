"""Twenty-second reading (docs/phrasings.md §103): boards and the daglig leder on real wording.
Layouts the earlier readings did not list: members grouped under a row naming who chose them
("Valgt av eierne" / "Valgt av og blant de ansatte"), a list under "Faste medlemmer" with the
party after each name and the seat after a dash, a composition in prose with the party after a
name and "som leder", a news list with "(ansattes repr.)", the administrerende direktør who
attends the board without a vote, a valgkomité member who withdrew, a job title before each
name, a "¹)" mark on the employees' members, numbered deputies, a board in a meeting
attendance table, a rådsforsamling's members with their personal deputies, the nynorsk
composition with party letters, and statutes' rule sentences beside an agenda's elections; each written again with invented names and real places."""
from probes.spec import H, P, T, Expect, Li, Probe, board

PDFS = ("docx", "pdf")
NN = {"lang": "nn"}


def _b(case_id, items, expected, formats=PDFS, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"h36b-{case_id}", "board", tuple(items), expect, formats=formats, **kw)


PROBES = [
    # --- 1. members grouped under a row naming who chose them --------------------------------------
    _b("grouped-under-who-chose-them", (
        H("Styret", 2),
        P("Styret i Rana Arbeidssenter AS har i 2023 hatt denne sammensetningen:"),
        T((("Verv", "Navn"),
           ("Valgt av generalforsamlingen", ""),
           ("Styreleder", "Kari Helstad"),
           ("Nestleder", "Per Åge Lien"),
           ("Styremedlem", "Anne Bergli"),
           ("Valgt av og blant de ansatte", ""),
           ("Styremedlem", "Ole Sandnes"),
           ("Varamedlem", "Liv Mosand")),
          merged=((1, 0, 1), (5, 0, 1))),
    ), board(("Kari Helstad", "LEDE"), ("Per Åge Lien", "NEST"), ("Anne Bergli", "MEDL"),
             ("Ole Sandnes", "MEDL", True), ("Liv Mosand", "VARA", True)),
        title="Årsberetning 2023 Rana Arbeidssenter AS"),
    # --- 2. "Faste medlemmer" with the party after each name and the seat after a dash -----------
    _b("standing-members-party-then-dash-seat", (
        H("Styret", 2),
        P("Styret i foretaket velges av kommunestyret for fire år. Styret har bestått av:"),
        P("Faste medlemmer:", bold=True),
        Li("Toril Gjerstad (Ap) - leder"),
        Li("Hans Einar Brattli (Sp) - nestleder"),
        Li("Inga Skoglund (H)"),
        Li("Mats Reinholdt (Ap)"),
        P("Vara:", bold=True),
        Li("Berit Solnes (Sp)"),
        Li("Kjell Vassbotn (H)"),
    ), board(("Toril Gjerstad", "LEDE"), ("Hans Einar Brattli", "NEST"), ("Inga Skoglund", "MEDL"),
             ("Mats Reinholdt", "MEDL"), ("Berit Solnes", "VARA"), ("Kjell Vassbotn", "VARA")),
        title="Årsmelding 2023 Lavangen Eiendom KF"),
    # --- 3. a composition in prose, the party after a name and "som leder" -----------------------
    _b("prose-party-as-leader-politically-chosen", (
        H("Styret", 2),
        P("Styret i det kommunalt eide selskapet har i 2023 bestått av Jorunn Ekre (Ap) som leder, Heidi "
          "Skaret nestleder, Eivind Gråbakk (Ap) og Arne Hovde (KrF) som de politisk valgte, og Silje Ness som "
          "de ansattes representant. Det var ordfører Oddvar Rønstad som la fram saken om nytt styre."),
    ), board(("Jorunn Ekre", "LEDE"), ("Heidi Skaret", "NEST"), ("Eivind Gråbakk", "MEDL"), ("Arne Hovde", "MEDL"),
             ("Silje Ness", "MEDL", True)),
        title="Årsberetning 2023 Rauma Næringsbygg AS"),
    # --- 4. a news list with "(ansattes repr.)" and the adm. direktør quoted --------------------
    _b("news-list-employees-abbreviated-ceo-quoted", (
        H("To nye i styret", 2),
        P("Årsmøtet i Romsdal Fiskesalgslag valgte to nye styremedlemmer. Styreleder og nestleder ble gjenvalgt, "
          "og de ansattes representant Vigdis Tornes ble også gjenvalgt. Leif Alstad, Helge Lunheim og Remi "
          "Teigen gikk ut av styret."),
        P("– Dette er en god dag for laget, sier administrerende direktør Sveinung Flatmo i Romsdal "
          "Fiskesalgslag."),
        P("Etter årsmøtet har styret følgende sammensetning:"),
        Li("Tore Rødal (leder)"),
        Li("Sigvald Sætre (nestleder)"),
        Li("Jon Grimsbø"),
        Li("Amalie Uggen"),
        Li("Torstein Oldervik"),
        Li("Vigdis Tornes (ansattes repr.)"),
    ), None, title="Årsrapport 2023 Romsdal Fiskesalgslag SA",
        expect=Expect(board=board(("Tore Rødal", "LEDE"), ("Sigvald Sætre", "NEST"), ("Jon Grimsbø", "MEDL"),
                                  ("Amalie Uggen", "MEDL"), ("Torstein Oldervik", "MEDL"),
                                  ("Vigdis Tornes", "MEDL", True)),
                      ceo="Sveinung Flatmo")),
    # --- 5. the adm. direktør attends without a vote: the daglig leder, not a member -----------
    _b("ceo-attends-without-vote", (
        H("Styret og administrasjonen", 2),
        P("Styret har i 2023 bestått av styreleder Kristin Hauge, nestleder Ove Kleiva og styremedlemmene Marit "
          "Sølvberg og Arvid Tuv."),
        P("Administrerende direktør Hanne Viksund møter i styret med tale- og forslagsrett, men uten stemmerett, "
          "og er styrets sekretær."),
    ), None, title="Årsberetning 2023 Hallingdal Vekst AS",
        expect=Expect(board=board(("Kristin Hauge", "LEDE"), ("Ove Kleiva", "NEST"), ("Marit Sølvberg", "MEDL"),
                                  ("Arvid Tuv", "MEDL")),
                      ceo="Hanne Viksund")),
    # --- 6. a valgkomité member who withdrew is no board member ---------------------------------
    _b("valgkomite-member-withdrew", (
        H("Styret", 2),
        P("Leder: Elin Fosshaug\nNestleder: Rolf Myrvang\nStyremedlem: Tone Bakkerud\nVaramedlem: Geir Ulvestad"),
        H("Valgkomiteen", 2),
        P("Styret må meddele at medlem av valgkomiteen, Anita Forsberg, har trukket seg fra valgkomiteen med "
          "umiddelbar virkning. Valgkomiteen består nå av Nils Ramstad (leder) og Guri Tveit."),
    ), board(("Elin Fosshaug", "LEDE"), ("Rolf Myrvang", "NEST"), ("Tone Bakkerud", "MEDL"), ("Geir Ulvestad", "VARA")),
        title="Årsmelding 2023 Modum Hundeklubb"),
    # --- 7. a job title before every name ---------------------------------------------------------
    _b("job-title-before-every-name", (
        H("Styrets sammensetning", 2),
        P("Styreleder: advokat Kari Strømsnes\nNestleder: siviløkonom Per Hogstad\nStyremedlem: rektor Anne "
          "Lerfald\nStyremedlem: fagarbeider Ole Tangvik (ansattvalgt)\nVaramedlem: sykepleier Mona Rise"),
        P("Daglig leder: Jorunn Haugli"),
    ), None, title="Årsberetning 2023 Steinkjer Arbeid og Kompetanse AS",
        expect=Expect(board=board(("Kari Strømsnes", "LEDE"), ("Per Hogstad", "NEST"), ("Anne Lerfald", "MEDL"),
                                  ("Ole Tangvik", "MEDL", True), ("Mona Rise", "VARA")),
                      ceo="Jorunn Haugli")),
    # --- 8. a "¹)" mark on the employees' members, the note under the table ---------------------
    _b("footnote-mark-on-employee-members", (
        H("Styret", 2),
        T((("Navn", "Verv"),
           ("Gunnar Eidsvåg", "Styreleder"),
           ("Lise Hammerstad", "Nestleder"),
           ("Trond Melhus", "Styremedlem"),
           ("Randi Skjølberg ¹)", "Styremedlem"),
           ("Espen Viken ¹)", "Varamedlem"))),
        P("¹) Valgt av og blant de ansatte"),
    ), board(("Gunnar Eidsvåg", "LEDE"), ("Lise Hammerstad", "NEST"), ("Trond Melhus", "MEDL"),
             ("Randi Skjølberg", "MEDL", True), ("Espen Viken", "VARA", True)),
        title="Årsrapport 2023 Orkla Industrivekst AS"),
    # --- 9. numbered deputies -------------------------------------------------------------------------
    _b("numbered-deputies", (
        H("Styret", 2),
        P("Styret har i perioden bestått av leder Sverre Kolstad, nestleder Berit Hundvik og styremedlem Helene "
          "Rotmo."),
        P("1. vara: Vidar Iversen\n2. vara: Harry Emsland\n3. vara: Dyveke Sætran"),
    ), board(("Sverre Kolstad", "LEDE"), ("Berit Hundvik", "NEST"), ("Helene Rotmo", "MEDL"), ("Vidar Iversen", "VARA"),
             ("Harry Emsland", "VARA"), ("Dyveke Sætran", "VARA")),
        title="Årsmelding 2023 Vefsn Museumslag"),
    # --- 10. the board in a meeting attendance table, the daglig leder as its secretary ----------
    _b("board-in-attendance-table", (
        H("Styrets arbeid", 2),
        P("Styret har i 2023 hatt åtte møter og behandlet 64 saker. Oversikt over deltakelse:"),
        T((("Navn", "Funksjon", "Møtt"),
           ("Marit Haslum", "Styreleder", "8 av 8"),
           ("Christer Mjøsund", "Nestleder", "7 av 8"),
           ("Anja Heggen", "Styremedlem", "8 av 8"),
           ("Tom Øverland", "Ansattes representant", "6 av 8"),
           ("Kari Sollie", "Observatør fra Vestby kommune", "5 av 8"))),
        P("Daglig leder Geir Riiser har vært styrets sekretær og møtt på alle møtene."),
    ), None, title="Årsberetning 2023 Vestby Vekst AS",
        expect=Expect(board=board(("Marit Haslum", "LEDE"), ("Christer Mjøsund", "NEST"), ("Anja Heggen", "MEDL"),
                                  ("Tom Øverland", "MEDL", True), ("Kari Sollie", "OBS")),
                      ceo="Geir Riiser")),
    # --- 11. a rådsforsamling's members and their personal deputies are not the board ----------
    _b("council-with-personal-deputies-not-board", (
        H("Rådsforsamlingen", 2),
        P("Rådsforsamlingen består av en representant med personlig vararepresentant fra hver av stifterne:"),
        T((("Stifter", "Representant", "Personlig vara"),
           ("Aurskog-Høland kommune", "Jens Bekkelund", "Mari Hovin"),
           ("Nes kommune", "Solveig Rud", "Kåre Berntsen"))),
        H("Styret", 2),
        P("Rådsforsamlingen har valgt dette styret: leder Arne Fjeldstad, nestleder Inger Løken og styremedlem "
          "Pål Bjørkelund."),
    ), board(("Arne Fjeldstad", "LEDE"), ("Inger Løken", "NEST"), ("Pål Bjørkelund", "MEDL")),
        title="Årsrapport 2023 Stiftelsen Aurskog Utviklingsfond"),
    # --- 12. nynorsk composition with party letters and the employees' member -------------------
    _b("nn-composition-with-party-letters", (
        H("Styret", 2),
        P("Styret har vore samansett slik:\nLeiar: Oddny Sandvik (Sp)\nNestleiar: Eirik Vatne (Ap)\nStyremedlem: "
          "Solfrid Hovden (H)\nTilsette sin representant: Knut Ramsdal\nVaramedlem: Gro Lunde (Sp)"),
        P("Dagleg leiar er Aslak Tveito."),
    ), None, title="Årsmelding 2023 Sogndal Arbeidssenter AS",
        expect=Expect(board=board(("Oddny Sandvik", "LEDE"), ("Eirik Vatne", "NEST"), ("Solfrid Hovden", "MEDL"),
                                  ("Knut Ramsdal", "MEDL", True), ("Gro Lunde", "VARA")),
                      ceo="Aslak Tveito"), **NN),
    # --- 13. the statutes' rule sentences and an agenda's elections name no one --------------------
    _b("rules-and-agenda-name-no-one", (
        H("Styret", 2),
        P("Styret velges av årsmøtet og består av sju medlemmer valgt blant eierne og de ansatte. Fem "
          "styremedlemmer velges av årsmøtet og to velges blant de ansatte etter reglene for bedriftsdemokrati."),
        P("Styret har i 2023 bestått av styreleder Ingrid Aasen, nestleder Bjørn Kvalvik, styremedlemmene Tove "
          "Myhre, Leif Rambøl og Siri Holte, og Per Ove Lid og Rune Kaspersen, valgt av de ansatte."),
        H("Årsmøtet", 2),
        P("Årsmøtet behandler: 1. Valg av møteleder. 2. Årsberetning og regnskap. 3. Valg av styreleder og "
          "nestleder for ett år. 4. Valg av tre medlemmer til valgkomiteen, etter innstilling fra styret."),
    ), board(("Ingrid Aasen", "LEDE"), ("Bjørn Kvalvik", "NEST"), ("Tove Myhre", "MEDL"), ("Leif Rambøl", "MEDL"),
             ("Siri Holte", "MEDL"), ("Per Ove Lid", "MEDL", True), ("Rune Kaspersen", "MEDL", True)),
        title="Årsberetning 2023 Vestfold Meieri SA"),
]
