"""Reports of the thirty-third held-out set, part a: a vekstbedrift's slide deck, an IKS's årsmelding
as a web page printed from the browser, a stiftelse's magazine-style report. Invented names and
figures; real places valid in the report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income


def fannefjord_vekst_2023() -> dict:
    """A landscape slide deck saved as PDF: one idea per slide, key figures as big numbers, the
    board and the leader group both as portrait cards."""
    inc = [("Salgsinntekter", "", [6480, 5960]), ("Tilskudd fra NAV", "", [6912, 6544]),
           ("Tilskudd fra eierkommunene", "", [821, 790])]
    cost = [("Varekostnad", "", [1480, 1310]), ("Lønnskostnader", "", [10120, 9640]),
            ("Avskrivninger", "", [410, 395]), ("Andre driftskostnader", "", [1905, 1780])]
    fin = [("Finansinntekter", "", [64, 21]), ("Finanskostnader", "", [-48, -39])]
    cols = [Col("2023", 2023), Col("2022", 2022)]
    res = Statement("Resultat 2023", cols, income("nb", 2, inc, cost, fin), unit=1000,
                    label_header="Tall i 1000 kr", render="unruled")
    bal = Statement("Balanse per 31.12.2023", cols,
                    balance("nb", 2, fixed=[("Bygninger", "", [3850, 4020]), ("Maskiner og inventar", "", [1210, 1280])],
                            current=[("Kundefordringer", "", [1140, 980]), ("Andre fordringer", "", [310, 260]),
                                     ("Bankinnskudd", "", "plug")],
                            equity=[("Aksjekapital", "", [500, 500]), ("Annen egenkapital", "", [5214, 4900])],
                            long=[("Pantelån", "", [2400, 2600])],
                            short=[("Leverandørgjeld", "", [620, 540]), ("Skyldige offentlige avgifter", "", [880, 820]),
                                   ("Annen kortsiktig gjeld", "", [1190, 1030])]),
                    unit=1000, label_header="Tall i 1000 kr", render="unruled")
    items = [
        ("slide", [("h", 1, "Årsrapport 2023"),
                   ("p", "Fannefjord Vekst AS"),
                   ("p", "Arbeid, opplæring og mestring for folk i {g:Molde}, {g:Aukra} og {g:Hustadvika}"),
                   ("p", "Presentert for generalforsamlingen 14. mai 2024", {"small": True})]),
        ("slide", [("h", 1, "Innhold"),
                   ("li", "Daglig leder har ordet"), ("li", "2023 i tall"), ("li", "Tiltakene våre"),
                   ("li", "Avdelingene"), ("li", "Eierne"), ("li", "Styret"), ("li", "Ledergruppen"),
                   ("li", "Resultat og balanse"), ("li", "Takk for samarbeidet")]),
        ("slide", [("h", 1, "Daglig leder har ordet"),
                   ("p", "2023 ble året da vi flyttet kantina og vaskeriet inn i nye lokaler på Årø, og året da "
                         "flere deltakere enn noen gang gikk videre til jobb. Det er deltakerne og arbeidslederne "
                         "som har gjort jobben. Jeg vil også takke markedskoordinator Hilde Rakvåg i NAV {g:Molde} "
                         "og rådgiver Jostein Bergheim i {g:Aukra} kommune for et tett og godt samarbeid."),
                   ("p", "Ragnhild Sæter, daglig leder", {"italic": True})]),
        ("slide", [("h", 1, "2023 i tall"),
                   ("kpi", [("312", "deltakere gjennom året"), ("{p:87 %}", "fornøyde deltakere i brukerundersøkelsen"),
                            ("14,2 mill.", "i omsetning"), ("{p:41 %}", "av AFT-deltakerne gikk til arbeid eller utdanning")]),
                   ("kpi", [("38", "ansatte"), ("{p:5,9 %}", "sykefravær blant ansatte"), ("7", "avdelinger")],
                    {"per_row": 4})]),
        ("slide", [("h", 1, "Tiltakene våre"),
                   ("p", "Vi har 46 godkjente plasser i varig tilrettelagt arbeid (VTA) og 52 plasser i "
                         "arbeidsforberedende trening (AFT). Plassene er fordelt mellom avdelingene i sentrum "
                         "og verkstedet i {g:Elnesvågen}."),
                   ("table", [["Tiltak", "Plasser", "Deltakere 2023", "Deltakere 2022"],
                              ["VTA", "46", "51", "49"], ["AFT", "52", "214", "187"],
                              ["Lærekandidater", "–", "9", "7"], ["Sommerjobb for ungdom", "–", "38", "30"]])]),
        ("slide", [("h", 1, "Avdelingene"),
                   ("table", [["Avdeling", "Sted", "Arbeidsledere"],
                              ["Kantine og catering", "Årø", "4"], ["Vaskeri", "Årø", "3"],
                              ["Snekkerverksted", "{g:Elnesvågen}", "3"], ["Grønt og uteområder", "{g:Molde}", "2"],
                              ["Gjenbruksbutikken", "{g:Molde} sentrum", "2"], ["Montasje", "{g:Aukra}", "2"],
                              ["Karrieresenteret", "{g:Molde} sentrum", "5"]])]),
        ("slide", [("h", 1, "Eierne"),
                   ("table", [["Eier", "Eierandel"],
                              ["{g:Molde kommune|Molde}", "{p:60 %}"], ["{g:Hustadvika kommune|Hustadvika}", "{p:25 %}"],
                              ["{g:Aukra kommune|Aukra}", "{p:15 %}"]])]),
        ("slide", [("h", 1, "Styret"),
                   ("cards", [("Arne Tøsse", ["Styreleder"]), ("Marit Gjendem", ["Nestleder"]),
                              ("Ole Kristian Hoem", ["Styremedlem"]), ("Bente Lyngstad", ["Styremedlem", "ansattvalgt"]),
                              ("Henning Vikan", ["Varamedlem"])], {"per_row": 5}),
                   ("p", "Styret er valgt av generalforsamlingen, unntatt det ansattvalgte medlemmet. Styret hadde "
                         "7 møter og behandlet 54 saker.", {"small": True})]),
        ("slide", [("h", 1, "Ledergruppen"),
                   ("cards", [("Ragnhild Sæter", ["Daglig leder"]), ("Tor Inge Malmedal", ["Fagleder AFT"]),
                              ("Sissel Eikrem", ["Økonomileder"]), ("Kjetil Ramstad", ["Driftsleder", "verneombud"])],
                    {"per_row": 5})]),
        ("slide", [("h", 1, "Resultat 2023"), ("stmt", res, {"title": None}),
                   ("p", "Årsresultatet overføres til annen egenkapital.", {"small": True})]),
        ("slide", [("h", 1, "Balanse"), ("stmt", bal, {"title": None})]),
        ("slide", [("h", 1, "Takk for samarbeidet"),
                   ("pull", "«Folkene fra Fannefjord Vekst er en fast del av arbeidslaget vårt.» "
                            "– Geir Magne Rød, daglig leder i Rød Bakeri"),
                   ("p", "Revisor: Romsdal Revisjon AS ved statsautorisert revisor Kjell Ove Hjelseth.", {"small": True}),
                   ("p", "Fannefjord Vekst AS · Årøsetervegen 7, 6421 {g:Molde} · post@fannefjordvekst.no",
                    {"small": True})]),
    ]
    return {
        "name": "fannefjord-vekst-2023", "year": 2023, "title": "Fannefjord Vekst AS – Årsrapport 2023",
        "landscape": True, "accent": "1D6A5B",
        "organization": {"name": "Fannefjord Vekst AS", "address": "Årøsetervegen 7", "email": "post@fannefjordvekst.no",
                         "owners": [{"name": "Molde kommune", "share_percent": 60},
                                    {"name": "Hustadvika kommune", "share_percent": 25},
                                    {"name": "Aukra kommune", "share_percent": 15}]},
        "ceo": "Ragnhild Sæter",
        "board": [("Arne Tøsse", "LEDE", False), ("Marit Gjendem", "NEST", False), ("Ole Kristian Hoem", "MEDL", False),
                  ("Bente Lyngstad", "MEDL", True), ("Henning Vikan", "VARA", None)],
        "not_board": ["Tor Inge Malmedal", "Sissel Eikrem", "Kjetil Ramstad", "Hilde Rakvåg", "Jostein Bergheim",
                      "Geir Magne Rød", "Kjell Ove Hjelseth"],
        "programs": {"VTA": 46, "AFT": 52},
        "places_optional": ["Årø"],
        "items": items, "renditions": ["chrome"],
        "notes": "Landscape slide deck; board and leder group as portrait cards (the daglig leder is ceo, "
                 "the leder group not board); key figures as big numbers; statements in 1000 kr.",
    }


def sanddola_renovasjon_2019() -> dict:
    """An IKS's årsmelding as a page on its web site, printed from the browser with its header and
    footer lines: menu, breadcrumb, cookie banner, a footer with address and org.nr."""
    cols = [Col("Regnskap 2019", 2019), Col("Budsjett 2019", 2019, BUDGET), Col("Regnskap 2018", 2018)]
    inc = [("Renovasjonsgebyr husholdning", "", [21460, 21300, 20715]),
           ("Slamgebyr", "", [2980, 3050, 2890]), ("Salg av gjenvinnbare fraksjoner", "", [1310, 1500, 1642]),
           ("Andre driftsinntekter", "", [745, 600, 688])]
    cost = [("Lønn og sosiale kostnader", "", [7840, 7700, 7412]),
            ("Behandling av avfall", "", [10420, 10250, 9980]), ("Transport", "", [3365, 3300, 3190]),
            ("Avskrivninger", "", [2270, 2300, 2105]), ("Andre driftskostnader", "", [2780, 2600, 2530])]
    fin = [("Finansinntekter", "", [118, 90, 96]), ("Finanskostnader", "", [-610, -640, -575])]
    res = Statement("Resultatregnskap", cols, income("nb", 3, inc, cost, fin), unit=1000,
                    label_header="Beløp i 1000 kr", negative="paren", render="ruled")
    bcols = [Col("31.12.2019", 2019), Col("31.12.2018", 2018)]
    bal = Statement("Balanse", bcols,
                    balance("nb", 2, fixed=[("Bygg og anlegg", "", [18420, 19110]), ("Renovasjonsbiler", "", [6230, 6980]),
                                            ("Containere og beholdere", "", [2140, 2310])],
                            current=[("Kundefordringer", "", [3120, 2990]), ("Bankinnskudd", "", "plug")],
                            equity=[("Innskutt egenkapital", "", [2000, 2000]),
                                    ("Selvkostfond", "", [1234, 1906]), ("Annen egenkapital", "", [4310, 4310])],
                            long=[("Lån i Kommunalbanken", "", [19800, 21100])],
                            short=[("Leverandørgjeld", "", [2210, 1980]), ("Annen kortsiktig gjeld", "", [3105, 2870])]),
                    unit=1000, label_header="Beløp i 1000 kr", negative="paren", render="ruled")
    items = [
        ("cookie", ["Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse av nettstedet og for "
                    "å lage anonym statistikk. Les mer i personvernerklæringen.",
                    "Godta alle     Bare nødvendige     Innstillinger"]),
        ("h", 1, "Årsmelding 2019"),
        ("p", "Publisert 29.04.2020 · Sist oppdatert 06.05.2020", {"small": True}),
        ("p", "Sanddøla Renovasjon IKS samler inn og behandler husholdningsavfall og slam for rundt 6 200 "
              "abonnenter i {g:Grong}, {g:Snåsa}, {g:Namsskogan} og {g:Høylandet}. Årsmeldingen ble vedtatt av "
              "representantskapet 22. april 2020. Årsregnskapet med noter kan lastes ned som PDF nederst på siden."),
        ("h", 2, "Eierforhold"),
        ("p", "Selskapet er et interkommunalt selskap etter IKS-loven og eies av fire kommuner i {g:Trøndelag}:"),
        ("table", [["Eierkommune", "Eierandel", "Representant i representantskapet"],
                   ["{g:Grong kommune|Grong}", "{p:38 %}", "Oddvar Hammerstad"],
                   ["{g:Snåsa kommune|Snåsa}", "{p:27 %}", "Toril Lyngstad"],
                   ["{g:Namsskogan kommune|Namsskogan}", "{p:20 %}", "Kåre Moen Tangen"],
                   ["{g:Høylandet kommune|Høylandet}", "{p:15 %}", "Anita Skorstad"]]),
        ("p", "Representantskapet har hatt to møter i 2019. Leder av representantskapet er ordfører i {g:Snåsa}, "
              "Toril Lyngstad, med Oddvar Hammerstad som nestleder."),
        ("h", 2, "Styret"),
        ("p", "Styret er valgt av representantskapet for to år. Hvert medlem har en personlig vara. De ansatte "
              "velger ett medlem med personlig vara."),
        ("table", [["Medlem", "Personlig vara"],
                   ["Jon Erik Bakkmo, styreleder", "Kari Nyrønning"],
                   ["Mette Sørli Aune, nestleder", "Asbjørn Hegge"],
                   ["Pål Tomasgard, styremedlem", "Ingunn Vestvik"],
                   ["Siri Brennmo, ansattes representant", "Tore Flatmo"]]),
        ("p", "Styret har hatt 8 møter og behandlet 47 saker. Daglig leder Bjørnar Tømmerås er styrets sekretær."),
        ("h", 2, "Året som gikk"),
        ("p", "Den nye gjenvinningsstasjonen på {g:Formofoss} åpnet i mars og har hatt over 14 000 besøk. I juni "
              "gikk vi over til egen beholder for matavfall i hele {g:Snåsa}. Innsamlingen av plast økte med "
              "{p:12 %|innsamlingen av plast} fra året før."),
        ("table", [["Nøkkeltall", "2019", "2018"],
                   ["Husholdningsavfall innsamlet (tonn)", "4 812", "4 690"],
                   ["Sorteringsgrad", "{p:46,3 %}", "{p:44,1 %}"],
                   ["Abonnenter", "6 240", "6 198"],
                   ["Tømminger ikke utført (avvik)", "112", "187"]]),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Selskapet hadde 14 ansatte ved utgangen av året, 3 kvinner og 11 menn. Sykefraværet var "
              "{p:6,8 %|sykefraværet}, mot {p:8,1 %|sykefraværet} i 2018. Det har ikke vært skader med fravær."),
        ("h", 2, "Økonomi"),
        ("p", "Selskapet har et underskudd for 2019 som dekkes av selvkostfondet. Renovasjonsområdet drives "
              "etter selvkostprinsippet."),
        ("stmt", res), ("stmt", bal),
        ("p", "Revisor er Trøndersk Kommunerevisjon IKS ved oppdragsansvarlig revisor Lene Moe Sandvik.", {"small": True}),
        ("p", "Dokumenter: Årsregnskap 2019 med noter (PDF, 412 kB) · Revisors beretning 2019 (PDF, 96 kB)", {"small": True}),
        ("p", "Tidligere årsmeldinger: Årsmelding 2018 · Årsmelding 2017 · Årsmelding 2016", {"small": True}),
        ("p", "Del siden: Facebook · E-post · Skriv ut", {"small": True}),
    ]
    return {
        "name": "sanddola-renovasjon-2019", "year": 2019, "title": "Årsmelding 2019 – Sanddøla Renovasjon IKS",
        "page_file": "arsmelding-2019", "accent": "2C6E2F",
        "site": {"name": "Sanddøla Renovasjon IKS",
                 "menu": ["Tømmekalender", "Gjenvinningsstasjoner", "Priser og gebyrer", "Slam", "Om oss", "Kontakt"],
                 "crumb": "Forsiden › Om oss › Årsmeldinger › Årsmelding 2019",
                 "footer": ["Sanddøla Renovasjon IKS · Formovegen 14, 7870 {g:Grong} · Org.nr. 986 412 775",
                            "Telefon 74 33 18 00 · post@sanddola-renovasjon.no · Åpningstider kontor: 08.00–15.30",
                            "Personvernerklæring · Tilgjengelighetserklæring · Informasjonskapsler"]},
        "organization": {"name": "Sanddøla Renovasjon IKS", "address": "Formovegen 14",
                         "email": "post@sanddola-renovasjon.no", "phone": "74 33 18 00",
                         "owners": [{"name": "Grong kommune", "share_percent": 38},
                                    {"name": "Snåsa kommune", "share_percent": 27},
                                    {"name": "Namsskogan kommune", "share_percent": 20},
                                    {"name": "Høylandet kommune", "share_percent": 15}]},
        "ceo": "Bjørnar Tømmerås",
        "board": [("Jon Erik Bakkmo", "LEDE", False), ("Mette Sørli Aune", "NEST", False),
                  ("Pål Tomasgard", "MEDL", False), ("Siri Brennmo", "MEDL", True),
                  ("Kari Nyrønning", "VARA", None), ("Asbjørn Hegge", "VARA", None),
                  ("Ingunn Vestvik", "VARA", None), ("Tore Flatmo", "VARA", None)],
        "not_board": ["Toril Lyngstad", "Oddvar Hammerstad", "Kåre Moen Tangen", "Anita Skorstad", "Lene Moe Sandvik"],
        "items": items, "renditions": ["web"],
        "notes": "A CMS page printed from the browser with its date/title/URL lines; the board with personal "
                 "deputies in a two-column table; the representantskap (its leader an ordfører) is not the board.",
    }


def saltstraumen_kystkultur_2021() -> dict:
    """A magazine-style report of a stiftelse: three text columns, pull quotes, sidebars, photo
    captions; the board in a sidebar and in the signatures, the statements at the back."""
    cols = [Col("2021", 2021), Col("2020", 2020)]
    inc = [("Billettinntekter og guiding", "", [1284350, 702410]), ("Tilskudd fra {g:Bodø} kommune", "3", [1450000, 1400000]),
           ("Tilskudd fra {g:Nordland} fylkeskommune", "3", [620000, 600000]),
           ("Prosjekttilskudd og gaver", "3", [935800, 1210500]), ("Salg i kafé og butikk", "", [486920, 233140])]
    cost = [("Lønnskostnader", "4", [2604100, 2480300]), ("Avskrivninger", "5", [214000, 214000]),
            ("Vedlikehold fartøy og bygg", "", [1012450, 688200]), ("Andre driftskostnader", "", [1034780, 876640])]
    fin = [("Renteinntekter", "", [6220, 9870]), ("Rentekostnader", "", [-48310, -52900])]
    lines = income("nb", 2, inc, cost, fin, labels={"fin": "Finansposter"})
    res = Statement("Resultatregnskap", cols, lines, label_header="Beløp i NOK", negative="paren",
                    note_col="Note", render="unruled")
    bal = Statement("Balanse per 31. desember", cols,
                    balance("nb", 2, fixed=[("Fartøy", "5", [1820000, 1960000]), ("Naust og kai", "5", [1354000, 1428000])],
                            current=[("Varelager", "", [84200, 91600]), ("Fordringer", "", [112540, 240380]),
                                     ("Bankinnskudd", "", "plug")],
                            equity=[("Grunnkapital", "6", [200000, 200000]), ("Annen egenkapital", "6", [1728590, 1858940])],
                            long=[("Lån Sparebanken", "7", [1180000, 1260000])],
                            short=[("Leverandørgjeld", "", [231400, 198700]), ("Skyldige offentlige avgifter", "", [188620, 176540]),
                                   ("Annen kortsiktig gjeld", "", [315900, 402180])]),
                    label_header="Beløp i NOK", negative="paren", note_col="Note", render="unruled")
    items = [
        ("h", 1, "Kystkultur i strømmen · Årsrapport 2021"),
        ("p", "Stiftelsen Saltstraumen Kystkultur", {"italic": True}),
        ("fig", "Forsidebilde: Fembøringen «Straumkjerringa» på vei inn mot naustet ved {g:Saltstraumen} en "
                "augustkveld. Ved roret skipper Ellen Marie Bodøgaard."),
        ("side", "Innhold", [("li", "Styreleder har ordet"), ("li", "Et år med folk i naustene igjen"),
                             ("li", "Skolen på sjøen"), ("li", "Frivilligheten"), ("li", "Styret og administrasjonen"),
                             ("li", "Årsberetning"), ("li", "Regnskap og noter"), ("li", "Revisors beretning")]),
        ("pagebreak",),
        ("h", 2, "Styreleder har ordet"),
        ("cols3", [
            ("p", "Etter et år der dørene var stengt i lange perioder, fikk vi i 2021 igjen høre stemmer i naustene. "
                  "Sommersesongen ble den beste vi har hatt, med flere besøkende fra {g:Bodø} og resten av "
                  "{g:Nordland} enn før. Mange ferierte hjemme, og mange av dem fant veien til oss."),
            ("p", "Stiftelsen har som formål å ta vare på og formidle kystkulturen rundt {g:Saltstraumen}: "
                  "båtene, naustene, fiskeværene og fortellingene. Det gjør vi med en liten stab og en stor "
                  "flokk frivillige."),
            ("pull", "«Vi fikk igjen høre stemmer i naustene.»"),
            ("p", "Jeg vil takke de frivillige i Venneforeningen, som under ledelse av Gunnar Aspvik la ned over "
                  "3 000 dugnadstimer. Takk også til kultursjef Liv Hammervold i {g:Bodø} kommune og til "
                  "rådgiver Trond Misvær i {g:Nordland} fylkeskommune for god dialog om tilskudd og planer."),
            ("p", "Økonomien er fortsatt stram. Vedlikeholdet av de gamle fartøyene koster mer hvert år, og vi "
                  "må lete etter nye inntekter. Styret ser likevel lyst på 2022."),
            ("p", "Marit Bjørnsen, styreleder", {"italic": True}),
        ]),
        ("pagebreak",),
        ("h", 2, "Et år med folk i naustene igjen"),
        ("cols3", [
            ("p", "Sesongen åpnet 1. juni med ny utstilling om saltfisk og klippfisk. Gjennom sommeren hadde vi "
                  "åpent alle dager, og høstferien fikk et eget tilbud for familier. Vi talte 18 650 besøkende, "
                  "mot 9 870 året før."),
            ("side", "Året i tall", [("p", "18 650 besøkende"), ("p", "1 940 elever på skoletur"),
                                     ("p", "62 aktive frivillige"), ("p", "{p:94 %|ville anbefale oss} svarte at de ville anbefale oss")]),
            ("p", "Guidede turer med robåt gjennom strømmen var fullbooket i juli. Vi hadde 412 turer med til sammen "
                  "2 870 deltakere. Kaféen i det gamle handelshuset fikk ny meny med lokal fisk, og omsetningen "
                  "ble mer enn doblet."),
            ("fig", "Naustfestivalen samlet over 1 200 mennesker. Fra venstre: festivalsjef Ruben Kvarving, "
                    "båtbygger Lars Petter Hanøy og leder i Venneforeningen Gunnar Aspvik."),
            ("p", "Naustfestivalen i august var tilbake etter ett års pause. Været var med oss, og både "
                  "båtbyggerkurset og kappróingen hadde rekordmange påmeldte. Festivalen drives i samarbeid med "
                  "{g:Saltstraumen} Båtforening."),
            ("pull", "«Ungene ror, og vi voksne står på land og heier. Det er sånn det skal være.» "
                     "– Tone Alsos, forelder på familiedagen"),
            ("p", "Det gamle bryggeriet fikk nytt tak i høst. Arbeidet ble finansiert med et tilskudd fra "
                  "Kulturminnefondet og utført av lokale håndverkere."),
        ]),
        ("pagebreak",),
        ("h", 2, "Skolen på sjøen"),
        ("cols3", [
            ("p", "Den kulturelle skolesekken sendte 1 940 elever fra skolene i {g:Bodø} og {g:Gildeskål} til oss i "
                  "2021. Elevene lærer knuter, ror, sløyer fisk og hører fortellinger om livet i fiskeværene."),
            ("p", "Undervisningen ledes av formidlingsansvarlig Hanne Strøm Karlsen, med hjelp av frivillige "
                  "pensjonister som selv har vært fiskere."),
            ("pull", "«For mange av elevene er det første gang de har holdt i en åre.» – Hanne Strøm Karlsen"),
            ("p", "Lærerne svarer i evalueringen at tilbudet treffer godt: {p:91 %|tilbudet treffer godt} "
                  "svarte «svært godt» eller «godt». Vi vil utvide med et tilbud til ungdomstrinnet i 2022."),
        ]),
        ("h", 2, "Frivilligheten"),
        ("cols3", [
            ("p", "62 frivillige var aktive i løpet av året. De fleste er med i Venneforeningen Saltstraumen "
                  "Kystkultur, som har sitt eget styre og sin egen økonomi."),
            ("side", "Venneforeningen", [("p", "Leder: Gunnar Aspvik"), ("p", "Kasserer: Randi Sørheim"),
                                         ("p", "Medlemmer: 214"), ("p", "Dugnadstimer: 3 120")]),
            ("p", "Venneforeningen drev kaféen i helgene, passet båtene og sto for det meste av arbeidet under "
                  "festivalen. Uten dem hadde det ikke blitt noen sesong."),
        ]),
        ("pagebreak",),
        ("h", 2, "Styret og administrasjonen"),
        ("cols3", [
            ("side", "Styret 2021", [("p", "Marit Bjørnsen, styreleder"), ("p", "Halvard Eidissen, nestleder"),
                                     ("p", "Synnøve Tverå, styremedlem"),
                                     ("p", "Frank Olsen Rognan, styremedlem (oppnevnt av {g:Bodø} kommune)"),
                                     ("p", "Ingrid Kjerstad, varamedlem")]),
            ("p", "Styret har hatt 6 møter og behandlet 38 saker. Styret oppnevnes etter vedtektene: tre medlemmer "
                  "velges av rådet, ett oppnevnes av {g:Bodø} kommune."),
            ("side", "Administrasjonen", [("p", "Daglig leder: Øystein Kvalvik"),
                                          ("p", "Formidlingsansvarlig: Hanne Strøm Karlsen"),
                                          ("p", "Båtbygger og vaktmester: Lars Petter Hanøy"),
                                          ("p", "Kafé og butikk: Mona Lill Saltnes")]),
            ("p", "Stiftelsens råd, med leder Terje Furnes, møttes i mai og valgte styre og revisor."),
        ]),
        ("h", 2, "Årsberetning 2021"),
        ("cols3", [
            ("bh", "Virksomhetens art"),
            ("p", "Stiftelsen Saltstraumen Kystkultur ble opprettet i 1994 og holder til ved {g:Saltstraumen} i "
                  "{g:Bodø} kommune. Stiftelsen har ikke erverv som formål."),
            ("bh", "Fortsatt drift"),
            ("p", "Årsregnskapet er satt opp under forutsetning om fortsatt drift. Stiftelsen hadde et "
                  "underskudd i 2021, som dekkes av annen egenkapital."),
            ("bh", "Arbeidsmiljø og likestilling"),
            ("p", "Stiftelsen hadde 5 faste ansatte og 11 sesongansatte. Sykefraværet var {p:3,2 %|sykefraværet}. "
                  "Styret består av tre kvinner og to menn."),
            ("bh", "Ytre miljø"),
            ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for bruk av eldre fartøy."),
        ]),
        ("sign", "{g:Bodø}, 24. mars 2022",
         [("Marit Bjørnsen", "styreleder"), ("Halvard Eidissen", "nestleder"), ("Synnøve Tverå", "styremedlem"),
          ("Frank Olsen Rognan", "styremedlem"), ("Øystein Kvalvik", "daglig leder")]),
        ("pagebreak",),
        ("stmt", res),
        ("stmt", bal),
        ("bh", "Noter"),
        ("cols3", [
            ("p", "Note 1 Regnskapsprinsipper. Årsregnskapet er satt opp etter regnskapsloven og god regnskapsskikk "
                  "for små foretak.", {"small": True}),
            ("p", "Note 3 Tilskudd. Driftstilskudd fra {g:Bodø} kommune og {g:Nordland} fylkeskommune er inntektsført "
                  "i det året de gjelder. Prosjekttilskudd er inntektsført i takt med kostnadene.", {"small": True}),
            ("p", "Note 4 Lønnskostnader. Daglig leder har fått lønn på kr 612 000. Styret har ikke fått honorar.",
             {"small": True}),
            ("p", "Note 5 Varige driftsmidler avskrives lineært over 10–25 år.", {"small": True}),
            ("p", "Note 6 Egenkapital. Grunnkapitalen er kr 200 000 og kan ikke deles ut.", {"small": True}),
            ("p", "Note 7 Lånet er sikret med pant i naust og kai.", {"small": True}),
        ]),
        ("bh", "Revisors beretning"),
        ("p", "Vi har revidert årsregnskapet for Stiftelsen Saltstraumen Kystkultur for 2021. Etter vår mening gir "
              "årsregnskapet et rettvisende bilde av stiftelsens finansielle stilling per 31. desember 2021."),
        ("p", "Salten Revisjon AS · Kristian Hovdenak, statsautorisert revisor · {g:Bodø}, 28. mars 2022", {"small": True}),
    ]
    return {
        "name": "saltstraumen-kystkultur-2021", "year": 2021,
        "title": "Stiftelsen Saltstraumen Kystkultur – Årsrapport 2021", "accent": "1B4F72",
        "organization": {"name": "Stiftelsen Saltstraumen Kystkultur", "founded_year": 1994},
        "ceo": "Øystein Kvalvik",
        "board": [("Marit Bjørnsen", "LEDE", None), ("Halvard Eidissen", "NEST", None), ("Synnøve Tverå", "MEDL", None),
                  ("Frank Olsen Rognan", "MEDL", None), ("Ingrid Kjerstad", "VARA", None)],
        "not_board": ["Gunnar Aspvik", "Randi Sørheim", "Liv Hammervold", "Trond Misvær", "Ellen Marie Bodøgaard",
                      "Ruben Kvarving", "Lars Petter Hanøy", "Tone Alsos", "Hanne Strøm Karlsen", "Mona Lill Saltnes",
                      "Terje Furnes", "Kristian Hovdenak"],
        "not_places": ["Saltstraumen Båtforening", "Venneforeningen Saltstraumen Kystkultur"],
        "items": items, "renditions": ["chrome"],
        "notes": "Magazine layout: three columns, pull quotes, sidebars, photo captions naming staff and "
                 "volunteers; the board in a sidebar of 'Name, role' lines and in the signatures; the "
                 "Venneforening's and the råd's leaders not board; statements in NOK with note column and brackets.",
    }


REPORTS = [fannefjord_vekst_2023, sanddola_renovasjon_2019, saltstraumen_kystkultur_2021]
