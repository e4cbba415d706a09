"""Reports of the fifty-fourth held-out set (b): a large idrettslag, a turforening, a small
vekstbedrift. Invented names and figures; real places valid in the report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income


def sortland_il_2019() -> dict:
    """Large sports club, Sortland (Nordland), long; hovedstyret in a Verv | Navn table after the
    groups' own boards, kasserer and sekretær, the valgkomité's proposal, four-column statement."""
    cols = [Col("Regnskap 2019", 2019), Col("Budsjett 2019", 2019, BUDGET),
            Col("Regnskap 2018", 2018), Col("Budsjett 2020", 2020, BUDGET)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 4,
        inc=[("Medlemskontingent", "", [612_400, 600_000, 588_150, 640_000]),
             ("Treningsavgifter", "", [1_845_300, 1_800_000, 1_702_880, 1_900_000]),
             ("Offentlige tilskudd og momskompensasjon", "", [904_215, 850_000, 866_430, 880_000]),
             ("Sponsor og reklame", "", [1_120_000, 1_250_000, 1_184_500, 1_150_000]),
             ("Arrangement og kiosk", "", [988_644, 900_000, 1_011_370, 950_000])],
        cost=[("Lønn trenere og administrasjon", "", [2_310_880, 2_250_000, 2_195_400, 2_380_000]),
              ("Hall- og banleie", "", [1_022_500, 1_000_000, 981_000, 1_050_000]),
              ("Reise og cuper", "", [1_284_611, 1_150_000, 1_190_322, 1_200_000]),
              ("Utstyr og drakter", "", [544_209, 500_000, 612_480, 500_000]),
              ("Andre kostnader", "", [390_112, 420_000, 377_608, 400_000])],
        fin=[("Renteinntekter", "", [8_412, 5_000, 6_220, 5_000])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "fin": None,
                "net_fin": "Netto finans"}),
        label_header="", negative="minus")
    bal = Statement("Balanse", [Col("31.12.2019", 2019), Col("31.12.2018", 2018)], balance(
        "nb", 2, fixed=[("Klubbhus", "", [1_450_000, 1_520_000])],
        current=[("Kundefordringer", "", [84_300, 122_800]), ("Bank", "", "plug")],
        equity=[("Egenkapital", "", [2_170_719, 2_244_060])], long=[],
        short=[("Leverandørgjeld", "", [188_420, 204_900]), ("Skyldig skatt og feriepenger", "", [241_000, 226_400])],
        labels={"sum_equity": "Sum egenkapital"}),
        label_header="")
    board = [("Hege Mikalsen Strand", "LEDE", None), ("Tommy Lundberg", "NEST", None),
             ("Cecilie Hansen Rødsand", "MEDL", None), ("Jørn Ivar Sjøvoll", "MEDL", None),
             ("Mari-Ann Kristoffersen", "MEDL", None), ("Eskil Jakobsen", "VARA", None)]
    items = [
        ("sidebar", "Innhold", ["Leder har ordet", "Sortland IL i tall", "Hovedstyrets beretning",
                                "Gruppene", "Regnskap", "Valgkomiteens innstilling"]),
        ("h", 2, "Leder har ordet"),
        ("p", "Det har vært et rekordår for Sortland IL. Vi passerte 1 300 medlemmer, og nye Sortlandshallen "
              "ga oss endelig nok treningstid for håndball og futsal. Jeg vil takke alle trenere, "
              "foreldrekontakter og dugnadsfolk, og en særlig takk til daglig leder Vegard Pettersen "
              "og til Trond Eilertsen i {g:Sortland kommune|Sortland}, som har fulgt hallprosjektet fra start."),
        ("p", "Takk også til Anne Lise Hanssen i Nordland idrettskrets og til Vesterålens Sparebank "
              "for gode avtaler."),
        ("p", "Hege Mikalsen Strand, leder", {"italic": True}),
        ("kpi", [("1 312", "", "Medlemmer"), ("{p:61 %}", "", "Medlemmer under 19 år"),
                 ("74", "", "Lag i seriespill"), ("5", "", "Grupper")], {"per_row": 4, "title": "Sortland IL i tall"}),
        ("band", "Hovedstyrets beretning"),
        ("p", "Sortland Idrettslag ble stiftet i 1921 og er medlem av Norges idrettsforbund. Klubbhuset ligger "
              "i Idrettsveien 4, 8400 {g:Sortland}. Klubben har grupper for fotball, håndball, friidrett, ski og "
              "turn, med aktivitet i {g:Sortland}, på {g:Holmstad} og i {g:Sigerfjord}."),
        ("p", "Hovedstyret har hatt elleve styremøter og behandlet 84 saker. Viktige saker har vært ny "
              "sportsplan, ny politiattest-rutine og avtale om leie av Sortlandshallen."),
        ("p", "Medlemstallet økte med {p:6 prosent|medlemstallet}. Andelen jenter blant de aktive er "
              "{p:44 prosent|jenter blant de aktive}."),
        ("photo", 3, 3, "Fotballjentene G14 vant Vesterålscupen i juni. Trener Lars Arne Nilsen i midten bak."),
        ("band", "Gruppene", {"page": True}),
        ("cols3", [
            ("h", 3, "Fotball"),
            ("p", "Gruppa har 38 lag og 540 aktive. Gruppestyret: Leder Roger Jakobsen, kasserer Silje Marthinsen, "
                  "sportslig leder Kenneth Hansen."),
            ("h", 3, "Håndball"),
            ("p", "21 lag, 260 aktive. Leder i håndballgruppa er Ingrid Eide Kvalnes. A-laget rykket opp til "
                  "3. divisjon."),
            ("h", 3, "Friidrett"),
            ("p", "Friidrettsgruppa arrangerte Vesterålslekene på {g:Sortland} stadion med 310 deltakere. Leder: "
                  "Petter Bolle Olsen."),
            ("h", 3, "Ski"),
            ("p", "Skigruppa har kjørt løyper i {g:Kleiva} og på {g:Holmstad}. Leder Gunn Karin Sletten."),
            ("h", 3, "Turn"),
            ("p", "Turngruppa har 140 barn på venteliste. Leder Monica Strøm Hansen."),
        ]),
        ("band", "Sportslige resultater", {"page": True}),
        ("table", [["Lag", "Serie", "Plassering 2019", "Plassering 2018"],
                   ["Fotball herrer A", "4. divisjon", "3", "5"],
                   ["Fotball damer A", "3. divisjon", "2", "4"],
                   ["Håndball herrer", "4. divisjon", "1", "3"],
                   ["Håndball damer", "3. divisjon", "6", "6"],
                   ["G16 fotball", "Interkrets", "4", "7"]]),
        ("p", "Skigruppa hadde sju løpere med i Hovedlandsrennet, og Sigrid Eliassen tok bronse på sprint i "
              "klassen 16 år. I friidrett satte Jonas Hanssen ny klubbrekord på 800 meter."),
        ("h", 3, "Utmerkelser"),
        ("p", "Årets ildsjel ble Ruth Helene Olsen for mange års innsats som kioskansvarlig. Klubbens "
              "hederstegn ble tildelt Kjell Arve Strøm. Æresmedlemmer i Sortland IL er Arnfinn Larsen og "
              "Gerd Johanne Bakken."),
        ("h", 3, "Anlegg"),
        ("p", "Kunstgressbanen på {g:Holmstad} fikk nytt dekke i august. Lysløypa i {g:Kleiva} ble forlenget "
              "med 1,2 kilometer med spillemidler og dugnad. Klubbhuset er leid ut 112 ganger."),
        ("h", 3, "Dugnad og frivillighet"),
        ("p", "Vi anslår at medlemmene har lagt ned om lag 14 000 dugnadstimer i 2019. Uten denne innsatsen "
              "ville det ikke vært mulig å holde treningsavgiftene på dagens nivå. {p:35 prosent|av inntektene fra arrangement} "
              "av inntektene fra arrangement kommer fra dugnad."),
        ("h", 3, "Administrasjon"),
        ("p", "Administrasjonen har bestått av daglig leder Vegard Pettersen og sportskonsulent Mona Karlsen "
              "i {p?:50 %} stilling. Regnskapet føres av Vesterålen Regnskap AS."),
        ("photo", 4, 3, "Dugnadsgjengen på {g:Holmstad} etter at kunstgresset var lagt i august."),
        ("band", "Tillitsvalgte 2019", {"page": True}),
        ("bh", "Hovedstyret"),
        ("wide", [("table", [["Verv", "Navn", ""], ["Leder", "Hege Mikalsen Strand", "står på valg"],
                   ["Nestleder", "Tommy Lundberg", "står på valg"],
                   ["Kasserer", "Cecilie Hansen Rødsand", "1 år igjen"], ["Sekretær", "Jørn Ivar Sjøvoll", "står på valg"],
                   ["Styremedlem anlegg", "Mari-Ann Kristoffersen", "står på valg"],
                   ["Varamedlem", "Eskil Jakobsen", "står på valg"]])]),
        ("bh", "Kontrollkomité"),
        ("p", "Arild Nordvik (leder) og Berit Olaussen."),
        ("bh", "Valgkomité"),
        ("p", "Stig Rune Hansen (leder), Elin Dahl og Oddbjørn Jensen."),
        ("p", "Daglig leder Vegard Pettersen er ansatt i {p?:100 %} stilling og er sekretær for hovedstyret."),
        ("band", "Regnskap 2019", {"page": True}),
        ("wide", [("stmt", res, {"title": "Resultatregnskap 2019 med budsjett 2020"}),
                  ("stmt", bal, {"title": "Balanse"})]),
        ("p", "Revisor: Vesterålen Revisjon AS ved Frank Ove Larsen.", {"small": True}),
        ("sign", "{g:Sortland}, 12. februar 2020", [("Hege Mikalsen Strand", "leder"), ("Tommy Lundberg", "nestleder"),
                                               ("Cecilie Hansen Rødsand", "kasserer"), ("Jørn Ivar Sjøvoll", "sekretær"),
                                               ("Mari-Ann Kristoffersen", "styremedlem")]),
        ("band", "Noter til regnskapet", {"page": True}),
        ("p", "Note 1 Regnskapsprinsipper: Regnskapet er ført etter kontantprinsippet med periodisering av "
              "vesentlige poster ved årsskiftet. Gruppenes regnskap er konsolidert i hovedlagets regnskap."),
        ("p", "Note 2 Momskompensasjon: Klubben mottok 312 440 kroner i momskompensasjon for 2018."),
        ("p", "Note 3 Lønn: Daglig leder har en lønn på 486 000 kroner. Det er ikke utbetalt honorar til styret."),
        ("p", "Note 4 Klubbhus: Klubbhuset avskrives lineært over 30 år."),
        ("h", 3, "Budsjett 2020"),
        ("p", "Hovedstyret legger fram et budsjett med et lite underskudd. Treningsavgiftene foreslås økt med "
              "{p:5 prosent|Treningsavgiftene foreslås økt}, mens kontingenten holdes uendret."),
        ("h", 3, "Kontrollkomiteens beretning"),
        ("p", "Kontrollkomiteen har gått gjennom regnskapet og styrets protokoller og anbefaler at årsmøtet "
              "godkjenner regnskapet for 2019."),
        ("p", "{g:Sortland}, 20. februar 2020 · Arild Nordvik, leder kontrollkomiteen · Berit Olaussen", {"small": True}),
        ("band", "Valgkomiteens innstilling til årsmøtet 2020", {"page": True}),
        ("wide", [("table", [["Verv", "Navn", "Merknad"],
                   ["Leder", "Tommy Lundberg", "ny som leder, 1 år"],
                   ["Nestleder", "Karianne Bergum", "ny, 2 år"],
                   ["Kasserer", "Cecilie Hansen Rødsand", "ikke på valg"],
                   ["Sekretær", "Jørn Ivar Sjøvoll", "gjenvalg, 2 år"],
                   ["Styremedlem", "Hallvard Elvenes", "ny, 2 år"],
                   ["Varamedlem", "Eskil Jakobsen", "gjenvalg, 1 år"]])]),
        ("p", "Hege Mikalsen Strand og Mari-Ann Kristoffersen har frasagt seg gjenvalg.", {"small": True}),
    ]
    return {
        "name": "sortland-il-2019", "year": 2019, "title": "Årsrapport 2019 Sortland Idrettslag",
        "cover": ("Årsrapport 2019", "Sortland Idrettslag"),
        "runner": "Sortland IL · Årsrapport 2019", "accent": "0F4C81", "soft": "E1ECF6",
        "organization": {"name": "Sortland Idrettslag", "founded_year": 1921,
                         "address": "Idrettsveien 4, 8400 Sortland"},
        "ceo": "Vegard Pettersen", "board": board,
        "not_board": ["Roger Jakobsen", "Silje Marthinsen", "Kenneth Hansen", "Ingrid Eide Kvalnes",
                      "Petter Bolle Olsen", "Gunn Karin Sletten", "Monica Strøm Hansen", "Arild Nordvik",
                      "Berit Olaussen", "Stig Rune Hansen", "Elin Dahl", "Oddbjørn Jensen",
                      "Karianne Bergum", "Hallvard Elvenes", "Trond Eilertsen", "Anne Lise Hanssen",
                      "Lars Arne Nilsen", "Frank Ove Larsen", "Sigrid Eliassen",
                      "Jonas Hanssen", "Ruth Helene Olsen", "Kjell Arve Strøm", "Arnfinn Larsen",
                      "Gerd Johanne Bakken", "Mona Karlsen"],
        "places_optional": ["Vesterålen", "Nordland"],
        "not_places": ["Sortland IL", "Sortland Idrettslag"],
        "items": items, "renditions": ["chrome"],
        "notes": "Designed club report, 8+ pages: five group leaders in three columns before the "
                 "hovedstyre's Verv | Navn table (Kasserer and Sekretær are MEDL); kontrollkomité and "
                 "valgkomité; the valgkomité's proposal with the nestleder proposed as leder and new "
                 "names; Regnskap | Budsjett | Regnskap | Budsjett 2020 (budgets optional).",
    }


def hallingskarvet_turlag_2023() -> dict:
    """Larger association (turforening), Gol (Viken in 2023); the board as a two-row group photo
    caption with names only, roles in a sidebar 'Role · Name'; statement in kroner with minus."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Medlemskontingent", "", [1_488_200, 1_402_650]),
             ("Hytteinntekter", "", [3_912_745, 3_604_118]),
             ("Tilskudd og gaver", "", [640_000, 915_500]),
             ("Andre inntekter", "", [212_330, 188_410])],
        cost=[("Lønn", "", [1_622_480, 1_540_207]),
              ("Drift og vedlikehold hytter", "", [3_310_905, 2_504_330]),
              ("Turer og aktiviteter", "", [618_422, 566_090]),
              ("Avskrivninger", "", [402_000, 388_000]),
              ("Andre driftskostnader", "", [447_308, 401_522])],
        fin=[("Netto finansposter", "", [36_140, 12_804])],
        labels={"net_fin": None, "fin": None}),
        label_header="Beløp i kr", negative="minus", note_col="Note")
    board = [("Torunn Bakke Haugen", "LEDE", None), ("Nils Olav Medhus", "NEST", None),
             ("Ida Sørbøen", "MEDL", None), ("Kristoffer Rust", "MEDL", None),
             ("Aslaug Opheim Solbrekke", "MEDL", None), ("Gaute Teigen", "VARA", None),
             ("Signe Lunde Myhre", "VARA", None), ("Olav Ståvi", "VARA", None),
             ("Marit Lien Kvisla", "VARA", None)]
    items = [
        ("kpi", [("4 870", "", "Medlemmer"), ("11 240", "", "Gjestedøgn på hyttene"),
                 ("186", "", "Fellesturer"), ("{p:23 %}", "", "Økning i gjestedøgn")], {"per_row": 4}),
        ("h", 2, "Et år på tur"),
        ("p", "For første gang passerte vi 11 000 gjestedøgn på hyttene våre, en økning på "
              "{p:23 prosent|gjestedøgn på hyttene} fra året før. Den nye selvbetjeningshytta ved "
              "{g:Rødungen} har vært fullbooket i helgene siden åpningen i juli."),
        ("p", "Stor takk til alle turledere og dugnadsfolk, og til hyttevertene på {g:Geilo} og i "
              "{g:Hemsedal}. Takk også til fjelloppsyn Hallvard Grøthe for godt samarbeid om merkingen."),
        ("p", "Torunn Bakke Haugen, styreleder", {"italic": True}),
        ("band", "Organisasjon"),
        ("photo", 3, 2, "Styret samlet på {g:Rødungen} i august. Bak fra venstre: Nils Olav Medhus, Kristoffer Rust "
                        "og Gaute Teigen. Foran fra venstre: Torunn Bakke Haugen og Ida Sørbøen. Aslaug Opheim "
                        "Solbrekke var ikke til stede da bildet ble tatt."),
        ("bh", "Styret"),
        ("p", "Styret har i 2023 bestått av:"),
        ("wide", [("table", [["Torunn Bakke Haugen, {g:Gol}, leder", "på valg", ""],
                   ["Nils Olav Medhus, {g:Ål}, nestleder", "gjenstår 1 år", "Vara: Gaute Teigen"],
                   ["Ida Sørbøen, {g:Hemsedal}, økonomiansvarlig", "på valg", "Vara: Signe Lunde Myhre"],
                   ["Kristoffer Rust, {g:Nesbyen}", "gjenstår 1 år", "Vara: Olav Ståvi"],
                   ["Aslaug Opheim Solbrekke, {g:Hol}", "på valg", "Vara: Marit Lien Kvisla"]],
         {"header": False, "ruled": False})]),
        ("p", "Leder og alle varamedlemmer er på valg hvert år. Revisorer: Åse Ravnås og Tormod Nestegard. "
              "Det er holdt sju styremøter."),
        ("sidebar", "Administrasjon", ["Daglig leder · Ragna Kleppe ({p:80 %|stilling} stilling)",
                                       "Hytteansvarlig · Even Skredsvig", "Kontor: Sentrumsvegen 31, 3550 Gol"]),
        ("p", "Hallingskarvet Turlag er medlemsforening i Den Norske Turistforening og ble stiftet i 1958. "
              "Laget dekker {g:Gol}, {g:Hemsedal}, {g:Ål}, {g:Hol}, {g:Nesbyen} og {g:Flå}."),
        ("p", "Hyttestyret ledes av Bente Rudningen, og Barnas Turlag ledes av Jon Magnus Skaret. "
              "Valgkomiteen har bestått av Sverre Bjørnstad, Laila Thorsrud og Eirik Grøndahl."),
        ("band", "Hyttene"),
        ("table", [["Hytte", "Senger", "Gjestedøgn 2023", "Endring"],
                   ["Rødungstølen", "24", "3 410", "{p:31 %}"],
                   ["Storeskarvet", "16", "2 905", "{p:18 %}"],
                   ["Breiset", "12", "1 870", "{p:-4 %}"],
                   ["Vesle Rødungen (ny)", "8", "1 120", ""],
                   ["Øvre Votna", "10", "1 935", "{p:9 %}"]]),
        ("band", "Årsregnskap", {"page": True}),
        ("wide", [("stmt", res, {"title": "Resultatregnskap 2023"})]),
        ("p", "Årets underskudd på 111 700 kroner skyldes i hovedsak ekstraordinært vedlikehold av taket "
              "på Storeskarvet og dekkes av annen egenkapital.", {"small": True}),
        ("sign", "Gol, 28. februar 2024", [("Torunn Bakke Haugen", "styreleder"), ("Nils Olav Medhus", "nestleder"),
                                          ("Ida Sørbøen", ""), ("Kristoffer Rust", ""),
                                          ("Aslaug Opheim Solbrekke", "")]),
    ]
    return {
        "name": "hallingskarvet-turlag-2023", "year": 2023, "title": "Årsmelding 2023 Hallingskarvet Turlag",
        "cover": ("Årsmelding 2023", "Hallingskarvet Turlag"),
        "runner": "Hallingskarvet Turlag", "accent": "B0342C", "soft": "F7E6E4",
        "organization": {"name": "Hallingskarvet Turlag", "founded_year": 1958,
                         "address": "Sentrumsvegen 31, 3550 Gol"},
        "ceo": "Ragna Kleppe", "board": board,
        "not_board": ["Ragna Kleppe", "Even Skredsvig", "Bente Rudningen", "Jon Magnus Skaret",
                      "Sverre Bjørnstad", "Laila Thorsrud", "Eirik Grøndahl", "Hallvard Grøthe",
                      "Åse Ravnås", "Tormod Nestegard"],
        "not_places": ["Vesle Rødungen"],
        "places_optional": ["Hallingskarvet", "Storeskarvet", "Breiset", "Øvre Votna", "Rødungstølen"],
        "items": items, "renditions": ["chrome"],
        "notes": "Designed association report, 3 pages: the board as a two-row photo caption "
                 "('Bak fra venstre ... Foran fra venstre ...', one member absent) then the board as an "
                 "unruled, headerless table 'Name, Place, role | på valg | Vara: Name' (personal deputies "
                 "VARA), two member-revisors; hyttestyre, Barnas Turlag and valgkomité leaders in prose.",
    }


def fosen_tiltak_2021() -> dict:
    """Small vekstbedrift, Brekstad (Ørland, Trøndelag); the board only in the signature grid,
    key figures spread, statements in kroner with minus and a note column."""
    cols = [Col("2021", 2021), Col("2020", 2020)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [6_884_120, 6_102_455]),
             ("Offentlige tilskudd", "2", [11_905_300, 11_420_870])],
        cost=[("Varekostnad", "", [2_410_335, 2_150_112]),
              ("Lønnskostnad", "3", [13_402_880, 12_886_470]),
              ("Avskrivning", "", [388_400, 402_100]),
              ("Annen driftskostnad", "", [2_905_612, 2_611_908])],
        fin=[("Finansinntekt", "", [14_200, 22_905]), ("Finanskostnad", "", [-41_005, -38_220])]),
        label_header="", note_col="Note", negative="minus")
    bal = Statement("Balanse", cols, balance(
        "nb", 2, fixed=[("Driftsmidler", "", [1_604_000, 1_822_400])],
        current=[("Kundefordringer", "", [905_330, 788_102]), ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [600_000, 600_000]), ("Annen egenkapital", "", [3_104_118, 3_448_730])],
        long=[], short=[("Leverandørgjeld", "", [488_210, 402_880]), ("Annen kortsiktig gjeld", "", [1_905_447, 1_777_305])]),
        label_header="", note_col="Note", negative="minus")
    items = [
        ("kpi", [("18,8", "MNOK", "Driftsinntekter"), ("54", "", "Plasser VTA og AFT"),
                 ("{p:42 %}", "", "Avsluttet til jobb eller skole")], {"per_row": 3, "title": "Året i tall"}),
        ("h", 2, "Kort om Fosen Tiltak"),
        ("p", "Fosen Tiltak AS holder til på {g:Brekstad} og eies av {g:Ørland kommune|Ørland} "
              "({p:62 %|Ørland kommune}) og {g:Indre Fosen kommune|Indre Fosen} ({p:38 %|Indre Fosen kommune}). "
              "Vi har 24 plasser i varig tilrettelagt arbeid (VTA) og 30 plasser i arbeidsforberedende "
              "trening (AFT), og egne avdelinger i {g:Bjugn} og på {g:Rissa}."),
        ("p", "Pandemien preget også 2021, men vi holdt åpent hele året. Sykefraværet blant ansatte var "
              "{p:8,7 prosent|sykefraværet blant ansatte}."),
        ("quote", "Jeg fikk fagbrev i år. Det hadde jeg aldri trodd for tre år siden.", "Deltaker i AFT"),
        ("p", "Daglig leder Åse Marie Ramstad takker NAV {g:Ørland} og jobbspesialist Tonje Rian for et "
              "godt samarbeid om overgang til jobb."),
        ("h", 2, "Styrets årsberetning"),
        ("p", "Selskapets virksomhet er arbeidsrettede tiltak på oppdrag fra NAV. Årsresultatet ble et "
              "underskudd på 344 612 kroner. Egenkapitalen er god, og styret bekrefter at forutsetningen "
              "om fortsatt drift er til stede. Styret består av to kvinner og tre menn."),
        ("sign", "{g:Brekstad}, 24. mars 2022", [("Bjørn Tore Rødseth", "Styrets leder"),
                                             ("Guri Lysø", "Nestleder"),
                                             ("Arvid Berdal", "Styremedlem"),
                                             ("Magnhild Eidem", "Styremedlem, ansattvalgt"),
                                             ("Jan Petter Garnes", "Styremedlem"),
                                             ("Åse Marie Ramstad", "Daglig leder")]),
        ("wide", [("stmt", res, {"title": "Resultatregnskap"}), ("stmt", bal, {"title": "Balanse 31.12."})]),
        ("p", "Adresse: Havnegata 6, 7130 {g:Brekstad}. Revisor: Fosen Revisjon AS ved Oddrun Kvam.", {"small": True}),
    ]
    board = [("Bjørn Tore Rødseth", "LEDE", False), ("Guri Lysø", "NEST", False),
             ("Arvid Berdal", "MEDL", False), ("Magnhild Eidem", "MEDL", True),
             ("Jan Petter Garnes", "MEDL", False)]
    return {
        "name": "fosen-tiltak-2021", "year": 2021, "title": "Årsrapport 2021 Fosen Tiltak AS",
        "cover": ("Årsrapport 2021", "Fosen Tiltak AS"),
        "runner": "Fosen Tiltak AS · 2021", "accent": "2F6F73", "soft": "E2F0F0",
        "organization": {"name": "Fosen Tiltak AS", "address": "Havnegata 6, 7130 Brekstad",
                         "owners": [{"name": "Ørland kommune", "share_percent": 62.0},
                                    {"name": "Indre Fosen kommune", "share_percent": 38.0}]},
        "ceo": "Åse Marie Ramstad", "board": board,
        "not_board": ["Tonje Rian", "Oddrun Kvam"],
        "places_optional": ["Fosen", "Trøndelag"],
        "programs": {"VTA": 24, "AFT": 30},
        "key_figures_optional": [{"label": "Driftsinntekter", "year": 2021, "value": 18_800_000}],
        "items": items, "renditions": ["chrome"],
        "notes": "Designed short report, 2 pages: the board only in the signature grid ('Styrets leder', "
                 "'Styremedlem, ansattvalgt'); key-figure spread; statements in kroner, minus for negatives.",
    }


REPORTS = [sortland_il_2019, hallingskarvet_turlag_2023, fosen_tiltak_2021]
