"""Reports of the sixth held-out set, part A: a kommune's årsmelding, an IKS with a representantskap
table, a 1980s community-hall report typed with tab stops (a scan), and a konsern årsberetning.
All organisations but the kommune, all people and all figures are invented; the kommune is a real
municipality used as a setting only (its people and figures are made up)."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, OTHER, Col, Statement, balance, income
from h3_render import Kroner

# ---------------------------------------------------------------- 1. kommune
def meraker_kommune_2022() -> dict:
    cols = [Col("Regnskap 2022", 2022), Col("Regulert budsjett 2022", 2022, BUDGET), Col("Regnskap 2021", 2021)]
    drift = Statement(
        "Økonomisk oversikt – drift", cols,
        income("nb", 3,
               [("Rammetilskudd", "", [214_318, 211_900, 205_774]),
                ("Inntekts- og formuesskatt", "", [118_402, 114_600, 112_915]),
                ("Eiendomsskatt", "", [21_870, 21_500, 21_118]),
                ("Brukerbetalinger", "", [12_644, 13_100, 12_207]),
                ("Salgs- og leieinntekter", "", [27_390, 26_800, 25_962]),
                ("Overføringer med krav til motytelse", "", [61_275, 48_300, 58_831]),
                ("Andre overføringer og tilskudd fra staten", "", [9_846, 8_200, 14_390])],
               [("Lønnsutgifter", "", [231_907, 228_450, 221_618]),
                ("Sosiale utgifter", "", [54_318, 56_020, 51_902]),
                ("Kjøp av varer og tjenester", "", [109_562, 98_730, 104_441]),
                ("Overføringer og tilskudd til andre", "", [31_205, 29_600, 30_977]),
                ("Avskrivninger", "", [24_116, 23_900, 23_480])],
               fin=[("Renteinntekter", "", [2_941, 1_800, 1_206]),
                    ("Renteutgifter", "", [-9_873, -10_400, -6_514]),
                    ("Avdrag på lån", "", [-22_610, -22_600, -21_950]),
                    ("Motpost avskrivninger", "", [24_116, 23_900, 23_480])],
               labels={"inc": "Driftsinntekter", "cost": "Driftsutgifter", "sum_cost": "Sum driftsutgifter",
                       "op": "Brutto driftsresultat", "fin": "Finansposter",
                       "net_fin": "Netto finansutgifter og avskrivninger", "result": "Netto driftsresultat"}),
        unit=1000, label_header="Beløp i 1000 kr", render="ruled")
    bal = Statement(
        "Balanse", [Col("31.12.2022", 2022), Col("31.12.2021", 2021)],
        balance("nb", 2,
                fixed=[("Faste eiendommer og anlegg", "", [612_480, 598_215]),
                       ("Utstyr, maskiner og transportmidler", "", [28_914, 27_402]),
                       ("Pensjonsmidler", "", [402_118, 388_760])],
                current=[("Kortsiktige fordringer", "", [41_207, 38_915]),
                         ("Bankinnskudd og kontanter", "", "plug")],
                equity=[("Disposisjonsfond", "", [36_412, 30_880]),
                        ("Bundne fond", "", [14_905, 15_672]),
                        ("Kapitalkonto og annen egenkapital", "", [98_330, 91_418])],
                long=[("Pensjonsforpliktelser", "", [498_215, 481_006]),
                      ("Lån", "", [447_630, 441_218])],
                short=[("Kortsiktig gjeld", "", [61_804, 57_390])]),
        unit=1000, label_header="Beløp i 1000 kr", render="ruled")
    not_board = ["Inger Marie Sandvold", "Arvid Støen", "Kjersti Moum Lie", "Per Olav Fossmo", "Tove Eidem",
                 "Rune Svedal", "Hanne Grøtting", "Lars Erik Aune", "Siv Kristin Tangvik", "Jon Magne Rønning",
                 "Eli Brennmo", "Kåre Halsli", "Marit Skjølsvold", "Torgeir Lien Hov", "Anita Floan",
                 "Ragnhild Sundli", "Odd Helge Reitan", "Berit Langmo"]
    return dict(
        name="meraker-kommune-2022", year=2022, title="Årsmelding 2022 Meråker kommune",
        header="{g:Meråker} kommune – Årsmelding 2022", footer="Side {PAGE} av {NUMPAGES}", font="DejaVu Sans",
        organization={"name": "Meråker kommune"},
        ceo="Inger Marie Sandvold", board=[], board_optional=[], not_board=not_board[1:],
        places_optional=["Kopperå", "Stordalen"],
        renditions=["docx", "pdf"],
        items=[
            ("h", 1, "Årsmelding 2022"),
            ("p", "Kommunedirektørens årsmelding for 2022, lagt fram for formannskapet 30. mai og vedtatt av "
                  "kommunestyret 15. juni 2023 i sak 31/23, sammen med årsregnskapet og årsberetningen.", {"italic": True}),
            ("h", 2, "Kommunedirektørens innledning"),
            ("p", "2022 ble året da tjenestene igjen kunne drives uten smitteverntiltak, men også året da "
                  "prisveksten og strømprisene satte budsjettet under press. Netto driftsresultat ble "
                  "{p:2,0 prosent|Netto driftsresultat} av driftsinntektene, mot et mål i "
                  "økonomiplanen på {p:1,75 prosent|mål i økonomiplanen}. Overskuddet skyldes i hovedsak "
                  "høyere skatteinngang og konsesjonskraftinntekter enn budsjettert."),
            ("p", "Folketallet i {g:Meråker} gikk ned med 28 personer og var 2 410 ved utgangen av året. "
                  "Kommunen er fortsatt vertskap for flyktninger fra {g:Ukraina}, og 31 personer ble "
                  "bosatt i løpet av året, flere enn noen gang tidligere."),
            ("p", "Jeg vil takke alle ansatte for innsatsen i et krevende år, og de folkevalgte for et godt "
                  "samarbeid."),
            ("p", "{g:Meråker}, 28. februar 2023"),
            ("p", "Inger Marie Sandvold"),
            ("p", "kommunedirektør", {"italic": True}),
            ("h", 2, "Politisk organisering"),
            ("p", "Kommunestyret har 17 representanter og hadde 9 møter i 2022, med 112 saker til behandling. "
                  "Ordfører er Arvid Støen (Sp) og varaordfører Kjersti Moum Lie (Ap). Formannskapet har fem "
                  "medlemmer og er også kommunens økonomiutvalg."),
            ("bh", "Formannskapet 2019–2023"),
            ("table", [["Navn", "Parti", "Verv"],
                       ["Arvid Støen", "Sp", "Ordfører, leder"],
                       ["Kjersti Moum Lie", "Ap", "Varaordfører, nestleder"],
                       ["Per Olav Fossmo", "Sp", "Medlem"],
                       ["Tove Eidem", "H", "Medlem"],
                       ["Rune Svedal", "Ap", "Medlem"]], {"ruled": True, "size": 9, "shade_header": "E8EDF2"}),
            ("p", "Kontrollutvalget ledes av Hanne Grøtting. Eldrerådet har Lars Erik Aune som leder, og "
                  "rådet for personer med funksjonsnedsettelse ledes av Siv Kristin Tangvik. Ungdomsrådet "
                  "hadde sju møter med Jon Magne Rønning som leder."),
            ("h", 2, "Administrativ organisering"),
            ("p", "Kommunedirektøren leder administrasjonen med en ledergruppe av to kommunalsjefer og "
                  "stabsleder. Kommunalsjef for oppvekst og kultur er Eli Brennmo, kommunalsjef for helse og "
                  "velferd er Kåre Halsli. Tjenestene er organisert i sju enheter, hver med sin enhetsleder."),
            ("table", [["Enhet", "Enhetsleder", "Årsverk", "Sykefravær 2022"],
                       ["{g:Meråker} skole", "Marit Skjølsvold (rektor)", "38,6", "{p:6,8 %}"],
                       ["Barnehagene", "Torgeir Lien Hov", "24,1", "{p:9,2 %}"],
                       ["Hjemmetjenester", "Anita Floan", "41,3", "{p:8,5 %}"],
                       ["Sykehjemmet", "Ragnhild Sundli", "47,9", "{p:11,4 %}"],
                       ["Teknisk drift og eiendom", "Odd Helge Reitan", "19,5", "{p:4,1 %}"],
                       ["NAV {g:Meråker} (kommunal del)", "Berit Langmo", "6,0", "{p:3,3 %}"],
                       ["Sum", "", "177,4", "{p:8,1 %}"]], {"ruled": True, "size": 9, "shade_header": "E8EDF2"}),
            ("p", "Samlet sykefravær var {p:8,1 prosent|Samlet sykefravær}, en nedgang fra "
                  "{p:9,0 prosent|Samlet sykefravær} i 2021. Andelen kvinner blant de fast ansatte er "
                  "{p:79 prosent|Andelen kvinner}."),
            ("h", 2, "Oppvekst og kultur"),
            ("h", 3, "Grunnskolen"),
            ("p", "Rektor Marit Skjølsvold leder skolen, som hadde 251 elever høsten 2022. "
                  "{p:96 prosent|startet i videregående opplæring} av avgangselevene startet i videregående "
                  "opplæring samme høst. Skolebussen fra {g?:Kopperå} ble lagt om etter ønske fra "
                  "foreldrene."),
            ("h", 3, "Barnehagene"),
            ("p", "Enhetsleder Torgeir Lien Hov har ansvar for to barnehager med til sammen 104 barn. "
                  "Alle som søkte innen fristen fikk plass, og "
                  "{p:94 prosent|gikk i barnehage} av barna mellom ett og fem år gikk i barnehage."),
            ("h", 2, "Helse og velferd"),
            ("p", "Hjemmetjenestene, ledet av Anita Floan, ga tjenester til 168 brukere. Sykehjemmet har "
                  "32 plasser og hadde et belegg på {p:97,5 prosent|belegg}. Enhetsleder Ragnhild Sundli "
                  "har ledet arbeidet med velferdsteknologi, og alle beboerne har nå digitalt tilsyn om natta."),
            ("h", 2, "Teknisk drift og eiendom"),
            ("p", "Leder for teknisk drift, Odd Helge Reitan, melder om et år med store vedlikeholdsetterslep. "
                  "Ny vannledning til {g?:Stordalen} ble ferdig i oktober. Energibruken i kommunale bygg "
                  "gikk ned med {p:6 prosent|Energibruken}."),
            ("h", 2, "Økonomi"),
            ("p", "Driftsregnskapet viser et netto driftsresultat på 9,2 millioner kroner. Av overskuddet "
                  "er 5,5 millioner avsatt til disposisjonsfond. Lånegjelden økte med "
                  "{p:1,5 prosent|Lånegjelden} og er ved årsskiftet 447,6 millioner kroner."),
            ("stmt", drift, {"title": "Økonomisk oversikt – drift"}),
            ("stmt", bal, {"title": "Balanse"}),
            ("h", 2, "Nøkkeltall"),
            ("table", [["", "2022", "2021"],
                       ["Innbyggere 31.12.", "2 410", "2 438"],
                       ["Andel innbyggere over 80 år", "{p:6,2 %}", "{p:5,9 %}"],
                       ["Netto driftsresultat, andel av driftsinntektene", "{p:2,0 %}", "{p:3,3 %}"],
                       ["Netto lånegjeld, andel av driftsinntektene", "{p:96,1 %}", "{p:97,8 %}"]],
             {"ruled": True, "size": 9, "shade_header": "E8EDF2"}),
        ],
        notes="Meråker kommune's årsmelding for 2022 (bokmål, Trøndelag), Word through LibreOffice. A "
              "municipality is a real setting; every person and figure is invented. A kommune has no "
              "board in the contract's sense: the kommunestyre and formannskap are elected political "
              "bodies, not a styre in the Brønnøysund role codes, so board is empty and the ordfører, "
              "varaordfører, formannskap, council leaders, kommunalsjefer and unit leaders (rektor, "
              "enhetsleder, leder) are not_board. The ceo is the kommunedirektør, the leader of the "
              "whole administration (kommuneloven's daglig leder of the municipality), who signs the "
              "foreword. Municipal statement Regnskap | Regulert budsjett | Regnskap in 1000 kr with "
              "'Sum driftsutgifter', 'Brutto driftsresultat', 'Netto driftsresultat'; the budget column "
              "is optional. Unit table with sick-leave percentages.",
    )


# ---------------------------------------------------------------- 2. IKS (nynorsk, Chromium)
def fjordrand_arkiv_2021() -> dict:
    cols = [Col("2021", 2021), Col("2020", 2020)]
    res = Statement(
        "Resultatrekneskap", cols,
        income("nn", 2,
               [("Driftstilskot frå eigarkommunane", "2", [6_418_000, 6_240_000]),
                ("Sal av tenester", "", [1_372_455, 1_119_870]),
                ("Andre driftsinntekter", "", [86_210, 142_600])],
               [("Lønn og sosiale kostnader", "3", [5_211_984, 4_986_301]),
                ("Husleige og straum", "", [812_400, 790_115]),
                ("Avskrivingar", "4", [118_250, 121_900]),
                ("Andre driftskostnader", "", [1_409_337, 1_327_660])],
               fin=[("Renteinntekter", "", [6_114, 9_872])],
               labels={"net_fin": "Netto finanspostar"}),
        note_col="Note", label_header="", render="unruled")
    bal = Statement(
        "Balanse pr. 31.12.", cols,
        balance("nn", 2,
                fixed=[("Inventar og IKT-utstyr", "4", [402_118, 486_368])],
                current=[("Kundefordringar", "", [214_905, 187_440]),
                         ("Bankinnskot", "", "plug")],
                equity=[("Innskoten eigenkapital", "", [500_000, 500_000]),
                        ("Anna eigenkapital", "", [1_318_008, 987_200])],
                long=[("Pensjonsforpliktingar", "5", [611_750, 579_014])],
                short=[("Leverandørgjeld", "", [188_402, 201_117]),
                       ("Skuldige offentlege avgifter", "", [327_915, 309_880]),
                       ("Anna kortsiktig gjeld", "", [402_630, 371_552])]),
        note_col="Note", label_header="", render="unruled")
    board = [("Solveig Hauknes", "LEDE", False), ("Atle Rødal", "NEST", False), ("Gunn Britt Ulvestad", "MEDL", False),
             ("Terje Moldskred", "MEDL", False), ("Vibeke Ness Ormset", "MEDL", True),
             ("Leif Arne Bøe", "VARA", None), ("Randi Tokle", "VARA", None)]
    repr_people = ["Jostein Hagebø", "Anne Lise Valle", "Oddbjørn Krogsæter", "Kari Nergård", "Magnus Istad",
                   "Brit Helen Svorkmo", "Sigurd Orvik", "Hilde Nørbech"]
    return dict(
        name="fjordrand-arkiv-2021", year=2021, title="Årsmelding 2021 Fjordrand Arkiv IKS",
        organization={"name": "Fjordrand Arkiv IKS", "founded_year": 2004,
                      "email": "post@fjordrand-arkiv.no", "phone": "71 25 80 40",
                      "owners": [{"name": "Hustadvika kommune", "share_percent": 34.0},
                                 {"name": "Rauma kommune", "share_percent": 31.0},
                                 {"name": "Aukra kommune", "share_percent": 19.0},
                                 {"name": "Gjemnes kommune", "share_percent": 16.0}]},
        ceo="Eirik Naustdal", board=board, board_optional=["Eirik Naustdal"], not_board=repr_people + ["Mona Grytten"],
        renditions=["chrome"], html_lang="nn", accent="2E5E4E",
        items=[
            ("facts", ["Fjordrand Arkiv IKS", "Skipet 4, 6440 {g?:Elnesvågen}", "Telefon 71 25 80 40",
                       "post@fjordrand-arkiv.no", "Skipa 2004", "Dagleg leiar: Eirik Naustdal"]),
            ("h", 1, "Årsmelding 2021"),
            ("p", "Fjordrand Arkiv IKS er eit interkommunalt selskap som tek vare på og formidlar dei "
                  "historiske arkiva til eigarkommunane, og som gir råd om dokumentasjonsforvaltning. "
                  "Selskapet vart skipa i 2004 og held til i {g:Hustadvika}."),
            ("h", 2, "Eigarar"),
            ("p", "Selskapet er eigd av fire kommunar i {g:Møre og Romsdal}. Eigardelane følgjer "
                  "selskapsavtalen og er lagde til grunn for driftstilskotet."),
            ("table", [["Eigar", "Eigardel"],
                       ["{g:Hustadvika} kommune", "{p:34 %}"],
                       ["{g:Rauma} kommune", "{p:31 %}"],
                       ["{g:Aukra} kommune", "{p:19 %}"],
                       ["{g:Gjemnes} kommune", "{p:16 %}"]], {"ruled": True}),
            ("h", 2, "Representantskapet"),
            ("p", "Representantskapet er det øvste organet i selskapet. Kvar eigarkommune har ein "
                  "representant med personleg vara, valt av kommunestyret for valperioden 2019–2023. "
                  "Representantskapet hadde to møte i 2021."),
            ("table", [["Kommune", "Medlem", "Varamedlem"],
                       ["{g:Hustadvika}", "Jostein Hagebø (leiar)", "Anne Lise Valle"],
                       ["{g:Rauma}", "Oddbjørn Krogsæter (nestleiar)", "Kari Nergård"],
                       ["{g:Aukra}", "Magnus Istad", "Brit Helen Svorkmo"],
                       ["{g:Gjemnes}", "Sigurd Orvik", "Hilde Nørbech"]], {"ruled": True}),
            ("h", 2, "Styret"),
            ("p", "Styret vart valt av representantskapet i møte 22. april 2021. Dei tilsette vel sjølve "
                  "sin representant. Styret har hatt seks møte og handsama 41 saker."),
            ("table", [["Verv", "Namn", "Vald av"],
                       ["Styreleiar", "Solveig Hauknes", "Representantskapet"],
                       ["Nestleiar", "Atle Rødal", "Representantskapet"],
                       ["Styremedlem", "Gunn Britt Ulvestad", "Representantskapet"],
                       ["Styremedlem", "Terje Moldskred", "Representantskapet"],
                       ["Styremedlem", "Vibeke Ness Ormset", "Dei tilsette"],
                       ["Varamedlem", "Leif Arne Bøe", "Representantskapet"],
                       ["Varamedlem", "Randi Tokle", "Representantskapet"]], {"ruled": True}),
            ("p", "Dagleg leiar Eirik Naustdal er sekretær for styret. Arkivar Mona Grytten er verneombod."),
            ("h", 2, "Drift i 2021"),
            ("p", "Selskapet tok imot 412 hyllemeter papirarkiv frå eigarkommunane, og "
                  "{p:62 prosent|registrert i arkivportalen} av bestanden er no registrert i arkivportalen. "
                  "Talet på førespurnader frå publikum auka med {p:18 prosent|førespurnader}."),
            ("p", "Sjukefråværet var {p:3,6 prosent|Sjukefråværet}. Selskapet har 8 tilsette i 7,4 "
                  "årsverk, fem kvinner og tre menn."),
            ("h", 2, "Økonomi"),
            ("p", "Årsrekneskapen er sett opp under føresetnad om framleis drift. Overskotet vert overført "
                  "til anna eigenkapital. Alle tal i heile kroner."),
            ("stmt", res, {"title": "Resultatrekneskap"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12."}),
            ("p", "{g?:Elnesvågen}, 17. februar 2022"),
            ("sign", "Styret i Fjordrand Arkiv IKS",
             [("Solveig Hauknes", "styreleiar"), ("Atle Rødal", "nestleiar"), ("Gunn Britt Ulvestad", "styremedlem"),
              ("Terje Moldskred", "styremedlem"), ("Vibeke Ness Ormset", "styremedlem"),
              ("Eirik Naustdal", "dagleg leiar")]),
        ],
        notes="Fjordrand Arkiv IKS, 2021, nynorsk, an inter-municipal archive company owned by four "
              "kommunar in Møre og Romsdal; HTML printed by Chromium. A representantskap table Kommune | "
              "Medlem | Varamedlem with '(leiar)' and '(nestleiar)' after two names stands just before "
              "the board's ruled table Verv | Namn | Vald av ('Dei tilsette'); the representantskap is "
              "not the board. Owners with shares in a table; facts panel floated right with the dagleg "
              "leiar. Statements unruled with a Note column in whole kroner. The dagleg leiar signs under "
              "the board (ceo, not board).",
    )


# ---------------------------------------------------------------- 3. 1980s typed, tab stops, scan
def fjellheim_samfunnshus_1984() -> dict:
    cols = [Col("1984", 1984), Col("1983", 1983)]
    drift = Kroner(
        "DRIFTSREGNSKAP", cols,
        income("nb", 2,
               [("Utleie av salen", "", [48_350, 41_900]),
                ("Kafeteria", "", [22_718, 19_455]),
                ("Kommunalt tilskudd", "", [15_000, 15_000]),
                ("Basarer og dugnader", "", [9_640, 11_275])],
               [("Lys og varme", "", [31_402, 29_880]),
                ("Vedlikehold", "", [18_915, 12_370]),
                ("Forsikring", "", [6_210, 5_840]),
                ("Vaktmester", "", [14_400, 13_200]),
                ("Diverse utgifter", "", [3_118, 2_906])],
               fin=[("Renter bank", "", [2_147, 1_802]), ("Renter lån", "", [-9_860, -10_714])],
               labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter",
                       "sum_cost": "Sum utgifter", "op": "Driftsoverskudd", "fin": None,
                       "net_fin": "Netto renter", "result": "Årets overskudd"}),
        render="tabs")
    status = Kroner(
        "STATUS PR. 31.12.", cols,
        balance("nb", 2,
                fixed=[("Bygning", "", [412_000, 425_000]), ("Inventar", "", [18_500, 21_000])],
                current=[("Kasse", "", [1_214, 986]), ("Bank", "", "plug")],
                equity=[("Egenkapital", "", [263_371, 249_421])],
                long=[("Lån Sparebanken", "", [181_000, 196_000])],
                short=[("Skyldige utgifter", "", [5_750, 8_190])],
                labels={"eq_debt": "Gjeld og egenkapital", "sum_eq_debt": "Sum gjeld og egenkapital",
                        "fixed": None, "sum_fixed": None, "current": None, "sum_current": None,
                        "assets": "Eiendeler", "equity": None, "long": None, "short": None, "debt": "Gjeld"}),
        render="tabs")
    board = [("Olav Tverråk", "LEDE", None), ("Gudrun Skamfer", "NEST", None), ("Arne Brattset", "MEDL", None),
             ("Randi Voll Storli", "MEDL", None), ("Knut Ivar Mellemsæter", "MEDL", None),
             ("Ingrid Hoel", "VARA", None), ("Paul Einar Rogstad", "VARA", None)]
    return dict(
        name="fjellheim-samfunnshus-1984", year=1984, title="Årsberetning 1984 A/L Fjellheim Samfunnshus",
        font="DejaVu Sans Mono", heading_font="DejaVu Sans Mono", body_pt=10, heading_colour="000000",
        organization={"name": "A/L Fjellheim Samfunnshus", "founded_year": 1956},
        ceo=None, board=board, not_board=["Sverre Loe", "Johanne Kvasbø", "Anders Rise", "Martin Haugset",
                                          "Elen Bjørnstad"],
        renditions=["scan"], scan={"dpi": 200, "tilt": 0.6},
        items=[
            ("p", "A/L FJELLHEIM SAMFUNNSHUS", {"bold": True, "align": "center"}),
            ("bh", "ÅRSBERETNING FOR 1984"),
            ("p", "Andelslaget ble stiftet i 1956 og eier samfunnshuset på {g?:Fagerhaug} i "
                  "{g:Oppdal} kommune. Huset leies ut til møter, fester, kino og idrett."),
            ("bh", "1. STYRET"),
            ("p", "Styret har i 1984 hatt følgende sammensetning:"),
            ("tablines", [["Formann:", "Olav Tverråk", "(på valg 1985)"],
                          ["Viseformann:", "Gudrun Skamfer", ""],
                          ["Sekretær:", "Arne Brattset", "(på valg 1985)"],
                          ["Kasserer:", "Randi Voll Storli", ""],
                          ["Styremedlem:", "Knut Ivar Mellemsæter", ""],
                          ["Varamenn:", "Ingrid Hoel", ""],
                          ["", "Paul Einar Rogstad", ""]], {"stops": (4.5, 10.5)}),
            ("p", "Det er holdt 8 styremøter og behandlet 34 saker."),
            ("bh", "2. ANDRE TILLITSVALGTE"),
            ("tablines", [["Revisorer:", "Sverre Loe og Johanne Kvasbø", ""],
                          ["Valgkomite:", "Anders Rise, Martin Haugset", ""],
                          ["Vaktmester:", "Elen Bjørnstad", ""]], {"stops": (4.5, 10.5)}),
            ("bh", "3. DRIFTEN"),
            ("p", "Salen har vært utleid 142 kvelder, mot 121 året før. Det er en økning på "
                  "{p:17 prosent|utleid}. Kinoen i regi av {g:Oppdal} kommune har hatt 26 forestillinger. "
                  "Det nye kjøkkenet ble tatt i bruk til 17. mai, og dugnaden ga 640 timer."),
            ("p", "Strømprisen steg med {p:11 pst.|Strømprisen} fra 1. juli, og styret har søkt "
                  "{g:Sør-Trøndelag} fylkeskommune om tilskudd til etterisolering."),
            ("bh", "4. REGNSKAP"),
            ("stmt", drift, {"title": "DRIFTSREGNSKAP"}),
            ("stmt", status, {"title": "STATUS PR. 31.12.84"}),
            ("p", "Regnskapet er revidert og funnet i orden."),
            ("p", "{g?:Fagerhaug}, 12. februar 1985"),
            ("tablines", [["Olav Tverråk", "Gudrun Skamfer", "Arne Brattset"],
                          ["formann", "viseformann", "sekretær"],
                          ["", "", ""],
                          ["Randi Voll Storli", "Knut Ivar Mellemsæter", ""],
                          ["kasserer", "styremedlem", ""]], {"stops": (6.0, 12.0)}),
        ],
        notes="A/L Fjellheim Samfunnshus, 1984, bokmål of the time: a community hall cooperative in "
              "Oppdal (Sør-Trøndelag), typed in a monospaced font and **laid out with tab stops only** "
              "(no tables anywhere): the board as 'Formann:\\tName\\t(på valg 1985)' lines, the second "
              "deputy on a line with an empty role; revisorer, valgkomite and vaktmester in the same "
              "tab layout right after (not board); statements with tab stops in whole kroner with ',-'; "
              "names under the signature in tab columns with lower-case roles. **Scan only** (200 dpi). "
              "No daglig leder. Formann is LEDE, viseformann NEST, sekretær and kasserer MEDL, "
              "varamenn VARA.",
    )


# ---------------------------------------------------------------- 4. konsern
def gaulstad_holding_2023() -> dict:
    cols = [Col("2023", 2023), Col("2022", 2022), Col("2023", 2023, OTHER), Col("2022", 2022, OTHER)]
    res = Statement(
        "Resultatregnskap", cols,
        income("nb", 4,
               [("Salgsinntekter", "", [4_210, 3_980, 214_518, 196_402]),
                ("Andre driftsinntekter", "", [11_840, 11_200, 3_906, 4_117])],
               [("Varekostnad", "", [0, 0, 118_205, 109_817]),
                ("Lønnskostnad", "2", [8_915, 8_402, 61_380, 56_914]),
                ("Avskrivninger", "5", [1_204, 1_190, 9_812, 9_340]),
                ("Annen driftskostnad", "", [4_870, 4_612, 19_644, 18_250])],
               fin=[("Inntekt på investering i datterselskap", "", [6_500, 4_000, 0, 0]),
                    ("Annen finansinntekt", "", [318, 204, 702, 412]),
                    ("Annen finanskostnad", "", [-1_420, -980, -4_815, -3_902])],
               tax=("Skattekostnad", "8", [312, 255, 1_178, 598]),
               labels={"net_fin": "Netto finansposter"}),
        unit=1000, note_col="Note", label_header="Beløp i 1000 kr")
    bal = Statement(
        "Balanse pr. 31.12.", cols,
        balance("nb", 4,
                fixed=[("Tomter og bygninger", "5", [38_400, 39_250, 71_820, 74_105]),
                       ("Maskiner og anlegg", "5", [1_215, 1_410, 34_918, 33_206]),
                       ("Investering i datterselskap", "6", [24_600, 24_600, 0, 0])],
                current=[("Varer", "", [0, 0, 21_450, 19_780]),
                         ("Kundefordringer", "", [1_120, 980, 28_314, 25_907]),
                         ("Bankinnskudd", "", "plug")],
                equity=[("Aksjekapital", "", [10_000, 10_000, 10_000, 10_000]),
                        ("Annen egenkapital", "", [31_207, 28_540, 61_918, 52_760])],
                long=[("Gjeld til kredittinstitusjoner", "7", [18_500, 20_100, 49_200, 53_800])],
                short=[("Leverandørgjeld", "", [1_015, 870, 17_416, 16_205]),
                       ("Skyldige offentlige avgifter", "", [1_680, 1_544, 8_905, 8_117]),
                       ("Annen kortsiktig gjeld", "", [2_318, 2_476, 12_741, 11_980])]),
        unit=1000, note_col="Note", label_header="Beløp i 1000 kr")
    board = [("Tone Lillegjære", "LEDE", False), ("Helge Bruheim", "NEST", False), ("Marianne Okstad", "MEDL", False),
             ("Ståle Gunnes", "MEDL", False), ("Roar Hemmingsen", "MEDL", True), ("Linda Haugan", "VARA", None)]
    not_board = ["Per Arne Sletvold", "Jorunn Kirkvold", "Vegard Storhaug", "Eivind Stene", "Kirsti Nyhus",
                 "Tom Rune Hovin", "Sunniva Gjersvold"]
    return dict(
        name="gaulstad-holding-2023", year=2023, title="Årsberetning 2023 Gaulstad Holding AS",
        header="Gaulstad Holding AS – årsberetning og årsregnskap 2023", footer="{PAGE}", footer_align="right",
        font="DejaVu Serif", heading_font="DejaVu Sans",
        organization={"name": "Gaulstad Holding AS", "founded_year": 1987,
                      "address": "Industrivegen 14, 7290 Støren", "website": "www.gaulstad.no"},
        ceo="Bjørn Egil Grendahl", board=board, board_optional=["Bjørn Egil Grendahl"], not_board=not_board,
        places_optional=["Støren"],
        renditions=["docx", "doc", "pdf"],
        items=[
            ("h", 1, "Årsberetning 2023"),
            ("p", "Gaulstad Holding AS, Industrivegen 14, 7290 {g?:Støren} – www.gaulstad.no", {"italic": True}),
            ("h", 2, "Virksomhetens art og hvor den drives"),
            ("p", "Gaulstad Holding AS er morselskap i Gaulstad-konsernet. Selskapet ble stiftet i 1987 og har "
                  "forretningskontor i {g:Midtre Gauldal} kommune i {g:Trøndelag}. Morselskapet eier "
                  "bygningene konsernet driver i og leverer administrative tjenester til datterselskapene. "
                  "Konsernet består av morselskapet og tre heleide datterselskaper:"),
            ("li", "Gaulstad Mekaniske AS – sveising, maskinering og service for landbruk og industri"),
            ("li", "Gaulstad Bygg AS – tømrer- og betongarbeid i {g:Trøndelag}"),
            ("li", "Gaulstad Eiendom AS – utleie av næringslokaler på {g?:Støren} og i {g:Trondheim}"),
            ("h", 2, "Datterselskapene"),
            ("h", 3, "Gaulstad Mekaniske AS"),
            ("p", "Daglig leder er Per Arne Sletvold. Selskapet hadde en omsetning på 118,4 millioner kroner, "
                  "en økning på {p:9,6 prosent|Selskapet hadde en omsetning}. Styret i Gaulstad Mekaniske AS "
                  "har bestått av Bjørn Egil Grendahl (styreleder), Jorunn Kirkvold og Vegard Storhaug, "
                  "som er valgt av de ansatte."),
            ("h", 3, "Gaulstad Bygg AS"),
            ("p", "Daglig leder er Eivind Stene. Ordrereserven ved årsskiftet var god, men marginene falt. "
                  "Selskapets styre: styreleder Tone Lillegjære, styremedlem Kirsti Nyhus og styremedlem "
                  "Bjørn Egil Grendahl."),
            ("h", 3, "Gaulstad Eiendom AS"),
            ("p", "Selskapet har ingen egne ansatte. Tom Rune Hovin er daglig leder i en deltidsstilling og "
                  "eneste styremedlem sammen med Sunniva Gjersvold som varamedlem."),
            ("h", 2, "Styret og ledelsen i morselskapet"),
            ("p", "Styret i Gaulstad Holding AS er valgt av generalforsamlingen 15. juni 2023. De ansatte i "
                  "konsernet har valgt ett styremedlem."),
            ("table", [["Navn", "Rolle"],
                       ["Tone Lillegjære", "Styreleder"],
                       ["Helge Bruheim", "Nestleder"],
                       ["Marianne Okstad", "Styremedlem"],
                       ["Ståle Gunnes", "Styremedlem"],
                       ["Roar Hemmingsen", "Styremedlem, valgt av de ansatte"],
                       ["Linda Haugan", "Varamedlem"]], {"ruled": True, "size": 9.5}),
            ("p", "Administrerende direktør i morselskapet og konsernsjef er Bjørn Egil Grendahl."),
            ("h", 2, "Arbeidsmiljø og likestilling"),
            ("p", "Konsernet hadde 86 ansatte ved utgangen av året, hvorav 12 i morselskapet. Sykefraværet i "
                  "konsernet var {p:5,2 prosent|Sykefraværet i konsernet}, i morselskapet "
                  "{p:2,9 prosent|i morselskapet}. Kvinneandelen i konsernet er "
                  "{p:17 prosent|Kvinneandelen}; styret har tre kvinner og tre menn med varamedlem."),
            ("h", 2, "Økonomi"),
            ("p", "Konsernets driftsinntekter økte med {p:8,9 prosent|Konsernets driftsinntekter} til 218,4 "
                  "millioner kroner. Årsresultatet i morselskapet på 6,1 millioner kroner foreslås overført "
                  "til annen egenkapital. Regnskapet er avlagt under forutsetning om fortsatt drift."),
            ("groupstmt", res, [("Morselskap", 2), ("Konsern", 2)], {"title": "Resultatregnskap"}),
            ("groupstmt", bal, [("Morselskap", 2), ("Konsern", 2)], {"title": "Balanse pr. 31.12."}),
            ("sign", "{g?:Støren}, 20. mars 2024",
             [("Tone Lillegjære", "Styreleder"), ("Helge Bruheim", "Nestleder"), ("Marianne Okstad", "Styremedlem"),
              ("Ståle Gunnes", "Styremedlem"), ("Roar Hemmingsen", "Styremedlem"),
              ("Bjørn Egil Grendahl", "Adm. direktør")]),
        ],
        notes="Gaulstad Holding AS, 2023, bokmål: a konsern's årsberetning (parent and three wholly owned "
              "subsidiaries) in Midtre Gauldal (Trøndelag), Word through LibreOffice, also as Word 97 "
              ".doc. Each subsidiary has its own daglig leder and two have their own board named in a "
              "prose sentence (the parent's adm. direktør chairs one, the parent's chair chairs another); "
              "none of them is the reporting organisation's board or ceo. The parent's board is a ruled "
              "Navn | Rolle table with 'Styremedlem, valgt av de ansatte'. Statements have **two column "
              "sets**, Morselskap 2023 | 2022 and Konsern 2023 | 2022, under a group row: the parent's "
              "columns are gold, the konsern's optional. The adm. direktør signs with the board (optional).",
    )


REPORTS = [meraker_kommune_2022, fjordrand_arkiv_2021, fjellheim_samfunnshus_1984, gaulstad_holding_2023]
