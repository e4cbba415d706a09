"""Twenty-fifth held-out set, reports 1-3: a renovasjon IKS (long), a harbour KF with budget
columns, a revisjon IKS in nynorsk. Organisations, people and figures invented; places real and
valid in the report's year."""
from __future__ import annotations

from h3_render import Kroner
from h25_text import Marker, marked
from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income

ORG_A = "Trollheimsporten Renovasjon IKS"


def trollheimsporten_2023() -> dict:
    mark = Marker(["Surnadal", "Rindal", "Heim", "Aure", "Nordmøre", "Trøndelag", "Møre og Romsdal",
                   "Skei", "Kyrksæterøra", "Tustna", "Norge", "Trondheim"],
                  optional=["Hemne", "Trollheimen"], protect=[ORG_A, "Industrivegen 14"])
    board = [("Kjersti Holmeide Vågbø", "LEDE", False), ("Arnfinn Tødenes", "NEST", False),
             ("Ragnhild Søyseth Aunan", "MEDL", False), ("Per Ivar Storflor", "MEDL", False),
             ("Tommy Rennemo", "MEDL", True), ("Eli Kristin Øyen", "VARA", None),
             ("Jostein Halse", "VARA", None)]
    inc = [("Renovasjonsgebyrer husholdning", "2", [41_873_412, 39_950_118]),
           ("Slamgebyrer", "2", [6_112_905, 5_874_230]),
           ("Salg av gjenvinnbare fraksjoner", "", [4_208_331, 5_617_904]),
           ("Næringsavfall og andre inntekter", "", [3_377_600, 3_021_455])]
    cost = [("Kjøp av transport- og behandlingstjenester", "", [27_904_118, 26_415_902]),
            ("Lønnskostnader", "3", [14_651_240, 13_884_517]),
            ("Avskrivninger", "4", [4_118_760, 3_902_344]),
            ("Andre driftskostnader", "", [7_412_884, 7_380_311])]
    fin = [("Finansinntekter", "", [402_117, 188_405]), ("Finanskostnader", "", [-1_187_442, -902_117])]
    res = Statement("Resultatregnskap", [Col("2023", 2023), Col("2022", 2022)],
                    income("nb", 2, inc, cost, fin), note_col="Note", label_header="Beløp i kroner")
    bal = Statement("Balanse pr. 31.12.", [Col("31.12.2023", 2023), Col("31.12.2022", 2022)],
                    balance("nb", 2,
                            fixed=[("Tomter og bygninger", "4", [18_402_500, 18_977_300]),
                                   ("Renovasjonsbiler og maskiner", "4", [14_226_118, 12_604_770]),
                                   ("Containere og beholdere", "4", [3_914_002, 4_120_655])],
                            current=[("Kundefordringer", "", [5_118_440, 4_876_213]),
                                     ("Andre fordringer", "", [912_334, 1_044_902]),
                                     ("Bankinnskudd", "5", "plug")],
                            equity=[("Innskutt egenkapital", "6", [2_000_000, 2_000_000]),
                                    ("Annen egenkapital", "6", [9_833_270, 9_511_180])],
                            long=[("Gjeld til kredittinstitusjoner", "7", [22_500_000, 20_750_000]),
                                  ("Pensjonsforpliktelser", "3", [3_118_902, 3_402_611])],
                            short=[("Leverandørgjeld", "", [4_402_118, 4_210_334]),
                                   ("Skyldige offentlige avgifter", "", [1_702_450, 1_618_207]),
                                   ("Annen kortsiktig gjeld", "", [2_415_331, 2_380_090])]),
                    note_col="Note", label_header="Beløp i kroner")
    letter = [
        "2023 ble et år der prisene på gjenvinnbare fraksjoner falt, mens kostnadene for transport og "
        "lønn steg. Likevel har selskapet levert de tjenestene innbyggerne i de fire eierkommunene "
        "forventer, og kundeundersøkelsen i høst viste at {p:87 %|fornøyde med hentingen} av de som svarte er "
        "fornøyde med hentingen.",
        "Styret fikk én ny representant i 2023: Per Ivar Storflor kom inn etter Ingvild Brattset, som hadde "
        "sittet i to perioder og som vi takker for god innsats. Jeg vil også takke representantskapet og "
        "leder Solveig Bruset Hoel for et tett og godt samarbeid, og ikke minst de ansatte, som har stått "
        "på gjennom en krevende høst med nye sorteringsordninger.",
        "Fra 2024 skal matavfall samles inn separat i hele området. Forberedelsene er godt i gang, og styret "
        "har tro på at vi sammen med innbyggerne når målet om høyere materialgjenvinning.",
    ]
    items = [
        ("p", "ÅRSRAPPORT 2023", {"bold": True, "size": 26}),
        ("p", ORG_A, {"size": 15}),
        ("p", "Innsamling og behandling av husholdningsavfall for Surnadal, Rindal, Heim og Aure",
         {"italic": True}),
        ("photo", 3, 4, "De ansatte samlet ved gjenvinningsstasjonen på Skei i september. Foto: Selskapet"),
        ("pagebreak",),
        ("toc", [("Styrelederen har ordet", 3), ("Om selskapet", 4), ("Eierskap og styrende organer", 4),
                 ("Administrasjon og ansatte", 6), ("Virksomheten i 2023", 6), ("Styrets årsberetning", 7),
                 ("Årsregnskap 2023", 8), ("Noter", 10), ("Revisors beretning", 11)]),
        ("pagebreak",),
        ("h", 1, "Styrelederen har ordet"),
        *[("p", t) for t in letter],
        ("p", "Surnadal, mars 2024"),
        ("p", "Kjersti Holmeide Vågbø\nstyreleder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Om selskapet"),
        ("p", f"{ORG_A} ble stiftet i 1994 av kommunene på indre Nordmøre for å ta hånd om innsamling og "
              "behandling av husholdningsavfall. Hemne kommune kom med i 2003, og etter "
              "kommunesammenslåingen i 2020 er det Heim kommune som er eier. Rindal kommune ble en del av "
              "Trøndelag i 2019, slik at selskapet i dag har eiere i to fylker: Møre og Romsdal og Trøndelag."),
        ("p", "Selskapet er organisert etter lov om interkommunale selskaper og driver etter "
              "selvkostprinsippet. Hovedkontoret ligger i Industrivegen 14, 6650 Surnadal. Selskapet driver "
              "fire gjenvinningsstasjoner og har et omlastingsanlegg for restavfall på Skei."),
        ("table", [["Organisasjonsform", "Interkommunalt selskap (IKS)"], ["Stiftet", "1994"],
                   ["Adresse", "Industrivegen 14, 6650 Surnadal"], ["Telefon", "71 65 40 00"],
                   ["E-post", "post@tprenovasjon.no"], ["Nettside", "www.tprenovasjon.no"],
                   ["Daglig leder", "Marit Settemsdal"], ["Abonnenter", "9 412"]],
         {"ruled": False, "widths": [4.5, 9.0], "header_bold": False, "size": 9.5}),
        ("h", 1, "Eierskap og styrende organer"),
        ("h", 2, "Eierkommuner"),
        ("p", "Eierandelene følger av selskapsavtalen og er fastsatt etter innbyggertallet."),
        ("table", [["Eierkommune", "Eierandel", "Innbyggere 1.1.2023"],
                   ["Surnadal kommune", "{p:38,1 %}", "5 870"], ["Heim kommune", "{p:27,0 %}", "5 912"],
                   ["Rindal kommune", "{p:22,4 %}", "1 998"], ["Aure kommune", "{p:12,5 %}", "3 466"]],
         {"ruled": True, "shade_header": "DCE6DC", "widths": [6.0, 3.5, 4.5], "size": 9.5}),
        ("h", 2, "Representantskapet"),
        ("p", "Representantskapet er selskapets øverste organ. Hver eierkommune har ett medlem med personlig "
              "varamedlem, valgt av kommunestyret for valgperioden. Representantskapet hadde to møter i "
              "2023 og behandlet blant annet årsregnskapet for 2022, budsjettet for 2024 og økonomiplanen."),
        ("table", [["Kommune", "Medlem", "Personlig varamedlem"],
                   ["Surnadal", "Solveig Bruset Hoel (leder)", "Knut Sæther Dalen"],
                   ["Heim", "Hallvard Kvernmo (nestleder)", "Sigrid Bakken Husby"],
                   ["Rindal", "Aslaug Ramsøy", "Ola Haugset Bolme"],
                   ["Aure", "Terje Vinsnesbakk", "Mona Fjeldvær"]],
         {"ruled": True, "shade_header": "DCE6DC", "size": 9.5}),
        ("h", 2, "Styret"),
        ("p", "Styret velges av representantskapet for to år, med unntak av ansattes representant, som "
              "velges av og blant de ansatte. Styret har i 2023 hatt sju møter og behandlet 46 saker."),
        ("table", [["Navn", "Verv", "Valgt av"],
                   ["Kjersti Holmeide Vågbø", "Styreleder", "Representantskapet"],
                   ["Arnfinn Tødenes", "Nestleder", "Representantskapet"],
                   ["Ragnhild Søyseth Aunan", "Styremedlem", "Representantskapet"],
                   ["Per Ivar Storflor", "Styremedlem", "Representantskapet"],
                   ["Tommy Rennemo", "Styremedlem", "De ansatte"],
                   ["Eli Kristin Øyen", "Varamedlem", "Representantskapet"],
                   ["Jostein Halse", "Varamedlem", "De ansatte"]],
         {"ruled": False, "widths": [6.0, 3.5, 4.5], "size": 9.5}),
        ("h", 2, "Eierskapskontroll"),
        ("p", "Kontrollutvalgene i eierkommunene fører tilsyn med forvaltningen av kommunenes interesser i "
              "selskapet. Kontrollutvalget i Surnadal kommune, ledet av Oddbjørn Skjølsvold, fikk i mai en "
              "orientering om økonomien i selskapet og om arbeidet med ny innsamlingsordning."),
        ("pagebreak",),
        ("h", 1, "Administrasjon og ansatte"),
        ("p", "Selskapet hadde ved utgangen av året 21 ansatte fordelt på 19,6 årsverk. Daglig leder er "
              "Marit Settemsdal, som har ledet selskapet siden 2017."),
        ("table", [["Stilling", "Navn"], ["Daglig leder", "Marit Settemsdal"], ["Driftsleder", "Arne Løfaldli"],
                   ["Økonomiansvarlig", "Gunn Britt Heggem"], ["Rådgiver miljø og kommunikasjon", "Sindre Bøe Tiset"],
                   ["Verkstedleder", "Roar Hoseth"]],
         {"ruled": False, "widths": [6.5, 6.0], "size": 9.5}),
        ("p", "Sykefraværet var {p:6,8 %|sykefraværet} i 2023, mot {p:8,1 %|sykefraværet} i 2022. Det har ikke "
              "vært skader med fravær. Av de ansatte er fire kvinner og sytten menn; i styret er det tre "
              "kvinner og to menn."),
        ("h", 1, "Virksomheten i 2023"),
        ("h", 2, "Innsamling"),
        ("p", "Selskapet samlet inn avfall fra 9 412 abonnenter. Restavfall hentes hver andre uke, papir og "
              "plast hver fjerde uke. Innsamlingen i Heim og Aure gjøres av egne biler, mens Rindal betjenes "
              "fra depotet i Surnadal."),
        ("h", 2, "Avfallsmengder"),
        ("table", [["Fraksjon", "Tonn 2022", "Tonn 2023", "Andel 2023"],
                   ["Restavfall", "4 212", "4 018", "{p:41,2 %}"], ["Papir og papp", "1 905", "1 872", "{p:19,2 %}"],
                   ["Plastemballasje", "402", "436", "{p:4,5 %}"], ["Glass- og metallemballasje", "388", "401", "{p:4,1 %}"],
                   ["Trevirke", "1 310", "1 266", "{p:13,0 %}"], ["Hageavfall", "905", "977", "{p:10,0 %}"],
                   ["Andre fraksjoner", "790", "781", "{p:8,0 %}"],
                   ["Sum", "9 912", "9 751", "{p?:100 %}"]],
         {"ruled": True, "shade_header": "DCE6DC", "size": 9}),
        ("p", "Materialgjenvinningsgraden for husholdningsavfallet var {p:47,3 %|materialgjenvinningsgraden} "
              "i 2023, mot {p:45,8 %|året før} året før. Nasjonalt mål er {p:55 %|nasjonalt mål} innen 2025."),
        ("h", 2, "Gjenvinningsstasjoner"),
        ("p", "Gjenvinningsstasjonene på Skei, i Rindal, på Kyrksæterøra og på Tustna hadde til sammen "
              "38 600 besøk. Åpningstidene på lørdager ble utvidet i sommerhalvåret."),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning"),
        ("p", "Virksomhetens art og hvor den drives: Selskapet samler inn og behandler husholdningsavfall og "
              "slam for eierkommunene. Virksomheten drives fra Surnadal."),
        ("p", "Fortsatt drift: Årsregnskapet er satt opp under forutsetning om fortsatt drift. Styret mener "
              "regnskapet gir et rettvisende bilde av selskapets eiendeler og gjeld, finansielle stilling og "
              "resultat."),
        ("p", "Arbeidsmiljø og likestilling: Sykefraværet er omtalt foran. Selskapet arbeider for å rekruttere "
              "flere kvinner til sjåførstillingene."),
        ("p", "Ytre miljø: Selskapets biler går på biodiesel, og to av tolv biler er elektriske."),
        ("p", "Disponering av resultatet: Styret foreslår at årets overskudd overføres til annen egenkapital."),
        ("sign", "Surnadal, 14. mars 2024",
         [("Kjersti Holmeide Vågbø", "Styreleder"), ("Arnfinn Tødenes", "Nestleder"),
          ("Ragnhild Søyseth Aunan", "Styremedlem"), ("Per Ivar Storflor", "Styremedlem"),
          ("Tommy Rennemo", "Styremedlem"), ("Marit Settemsdal", "Daglig leder")], {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "Årsregnskap 2023"),
        ("stmt", res),
        ("stmt", bal),
        ("pagebreak",),
        ("h", 1, "Noter"),
        ("bh", "Note 1 Regnskapsprinsipper", {"size": 10.5}),
        ("p", "Årsregnskapet er satt opp i samsvar med regnskapsloven og god regnskapsskikk for små foretak."),
        ("bh", "Note 2 Selvkost", {"size": 10.5}),
        ("p", "Husholdningsrenovasjonen og slamtømmingen drives etter selvkost. Selvkostgraden var "
              "{p:98,6 %|selvkostgraden} for renovasjon og {p:101,2 %|for slam} for slam."),
        ("bh", "Note 3 Lønnskostnader og pensjon", {"size": 10.5}),
        ("p", "Selskapet har 19,6 årsverk. Godtgjørelse til daglig leder var kr 1 012 400, og styret fikk "
              "til sammen kr 214 000. Selskapet har kollektiv pensjonsordning i KLP."),
        ("bh", "Note 7 Langsiktig gjeld", {"size": 10.5}),
        ("p", "Lånet i Kommunalbanken er garantert av eierkommunene etter eierandel. Renten er flytende."),
        ("pagebreak",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til representantskapet i Trollheimsporten Renovasjon IKS", {"bold": True}),
        ("p", "Vi har revidert årsregnskapet for selskapet, som består av balanse per 31. desember 2023, "
              "resultatregnskap for regnskapsåret avsluttet per denne datoen og noter. Etter vår mening "
              "gir årsregnskapet et rettvisende bilde av selskapets finansielle stilling."),
        ("p", "Trondheim, 28. mars 2024\nFjellstad Revisjon AS\nBjørnar Eidsli\nstatsautorisert revisor"),
    ]
    return {
        "name": "trollheimsporten-renovasjon-2023", "year": 2023, "title": f"{ORG_A} – Årsrapport 2023",
        "organization": {"name": ORG_A, "founded_year": 1994, "address": "Industrivegen 14, 6650 Surnadal",
                         "phone": "71 65 40 00", "email": "post@tprenovasjon.no", "website": "www.tprenovasjon.no",
                         "owners": [{"name": "Surnadal kommune", "share_percent": 38.1},
                                    {"name": "Heim kommune", "share_percent": 27.0},
                                    {"name": "Rindal kommune", "share_percent": 22.4},
                                    {"name": "Aure kommune", "share_percent": 12.5}]},
        "ceo": "Marit Settemsdal", "board": board,
        "not_board": ["Solveig Bruset Hoel", "Hallvard Kvernmo", "Oddbjørn Skjølsvold", "Ingvild Brattset",
                      "Bjørnar Eidsli", "Arne Løfaldli", "Knut Sæther Dalen"],
        "header": f"{ORG_A} – Årsrapport 2023", "header_align": "right", "footer": "Side {PAGE} av {NUMPAGES}",
        "items": marked(items, mark), "renditions": ["docx", "pdf"],
        "notes": "Long IKS report: representantskap of ordførere (leader, nestleder: not board), "
                 "styre table with Valgt av, owners with shares, a kontrollutvalg leader, a former member, "
                 "the auditor and staff.",
    }


ORG_B = "Vikna Havn KF"


def vikna_havn_2018() -> dict:
    mark = Marker(["Rørvik", "Vikna", "Trøndelag", "Nærøy", "Garstad", "Austafjord", "Norge", "Nærøysund"],
                  protect=[ORG_B, "Strandgata 41"])
    board = [("Oddvar Kvaløsæter", "LEDE", None), ("Bente Sørli Moen", "NEST", None),
             ("Frode Hanssen Nygård", "MEDL", None), ("Marianne Lorentzen Rise", "MEDL", None),
             ("Kåre Aune Eidem", "MEDL", None), ("Torun Skjærvø", "VARA", None), ("Håkon Myhre", "VARA", None)]
    cols = [Col("Regnskap 2018", 2018), Col("Budsjett 2018", 2018, BUDGET), Col("Regnskap 2017", 2017)]
    inc = [("Anløpsavgifter og kaivederlag", "", [3_412_880, 3_300_000, 3_187_450]),
           ("Leieinntekter", "", [1_905_214, 1_850_000, 1_877_300]),
           ("Salg av strøm og vann", "", [612_420, 550_000, 588_102]),
           ("Andre inntekter", "", [240_118, 150_000, 199_870])]
    cost = [("Lønn og sosiale kostnader", "", [1_944_305, 2_010_000, 1_880_612]),
            ("Kjøp av varer og tjenester", "", [1_712_660, 1_600_000, 1_590_118]),
            ("Avskrivninger", "", [1_102_400, 1_100_000, 1_068_900]),
            ("Andre driftskostnader", "", [611_702, 640_000, 574_330])]
    fin = [("Renteinntekter", "", [31_220, 20_000, 18_455]), ("Renteutgifter", "", [-398_118, -420_000, -405_662])]
    res = Kroner("Driftsregnskap", cols, income("nb", 3, inc, cost, fin, labels={"result": "Årsresultat"}),
                 label_header="", render="unruled")
    bal = Kroner("Balanse", [Col("31.12.2018", 2018), Col("31.12.2017", 2017)],
                 balance("nb", 2, fixed=[("Kaianlegg og bygninger", "", [21_405_000, 22_110_400]),
                                          ("Flytebrygger og utstyr", "", [2_318_600, 2_542_000])],
                         current=[("Kundefordringer", "", [702_118, 655_310]),
                                  ("Bankinnskudd", "", "plug")],
                         equity=[("Egenkapital", "", [5_995_770, 5_563_103])],
                         long=[("Lån fra kommunen", "", [17_600_000, 18_400_000])],
                         short=[("Leverandørgjeld og annen kortsiktig gjeld", "", [1_912_402, 2_011_550])]),
                 render="unruled")
    items = [
        ("p", "Vikna Havn KF", {"bold": True, "size": 20}),
        ("p", "Årsberetning og regnskap 2018", {"size": 13}),
        ("h", 1, "1. Foretaket"),
        ("p", "Vikna Havn KF er et kommunalt foretak etter kommuneloven kapittel 11, eid av Vikna kommune i Trøndelag. "
              "Foretaket forvalter kommunens kaier, småbåthavner og næringsarealer ved sjøen i Rørvik, på "
              "Garstad og i Austafjord, og har ansvar for havnevirksomheten i kommunens sjøområder."),
        ("p", "Foretaket har kontor i Strandgata 41, 7900 Rørvik. Telefon 74 39 12 80, "
              "e-post havn@viknahavn.no."),
        ("h", 1, "2. Havnestyret"),
        ("p", "Havnestyret er foretakets styre og er valgt av kommunestyret for perioden 2015–2019. "
              "Styret har i 2018 bestått av:"),
        ("tablines", [["Leder", "Oddvar Kvaløsæter (Sp)"], ["Nestleder", "Bente Sørli Moen (Ap)"],
                      ["Medlem", "Frode Hanssen Nygård (H)"], ["Medlem", "Marianne Lorentzen Rise (Ap)"],
                      ["Medlem", "Kåre Aune Eidem (Frp)"],
                      ["Varamedlemmer", "Torun Skjærvø (Sp), Håkon Myhre (H)"]], {"stops": [4.0]}),
        ("p", "Ordfører Eirik Strand Løvøy og rådmann Gunnhild Tettingen har møte- og talerett i havnestyret, "
              "men er ikke medlemmer. Havnesjef Jan Ove Fossum er foretakets daglige leder og styrets "
              "sekretær. Styret har hatt seks møter og behandlet 31 saker."),
        ("h", 1, "3. Drift i 2018"),
        ("p", "Det var 1 214 anløp til kaiene i 2018, mot 1 146 året før, en økning på "
              "{p:5,9 %|en økning på}. Hurtigruten anløper Rørvik to ganger i døgnet, og brønnbåttrafikken "
              "til oppdrettsanleggene står for en stadig større del av anløpene."),
        ("table", [["Anløp etter type", "2017", "2018", "Andel 2018"],
                   ["Hurtigruten", "730", "730", "{p:60,1 %}"], ["Brønnbåter og servicefartøy", "221", "284", "{p:23,4 %}"],
                   ["Godsfartøy", "118", "127", "{p:10,5 %}"], ["Fiskefartøy", "77", "73", "{p:6,0 %}"],
                   ["Sum", "1 146", "1 214", "{p?:100 %}"]],
         {"ruled": True, "shade_header": "D9E2F3", "size": 9.5}),
        ("p", "Belegget i småbåthavnene var {p:92 %|belegget i småbåthavnene}. Nye flytebrygger på Garstad "
              "ble ferdige i juni. Arbeidet med utdyping av innseilingen til Rørvik er i regi av "
              "Kystverket og ventes ferdig i 2020."),
        ("h", 1, "4. Personale og arbeidsmiljø"),
        ("p", "Foretaket har tre ansatte: havnesjefen, en havnebetjent i full stilling og en "
              "havnebetjent i {p:60 %|stilling} stilling. Sykefraværet var {p:2,1 %|sykefraværet}. Det har "
              "ikke vært skader eller ulykker i 2018."),
        ("h", 1, "5. Økonomi"),
        ("p", "Driftsinntektene ble kr 6 170 632, som er {p:5,5 %|over budsjett} over budsjett. Årsresultatet "
              "ble et overskudd på kr 432 667, mot et budsjettert overskudd på kr 100 000. Overskuddet "
              "overføres til foretakets disposisjonsfond etter vedtak i kommunestyret."),
        ("stmt", res, {"title": "Driftsregnskap 2018"}),
        ("stmt", bal, {"title": "Balanse 31.12.2018"}),
        ("h", 1, "6. Framtidsutsikter"),
        ("p", "Fra 1. januar 2020 slås Vikna og Nærøy sammen til Nærøysund kommune. Havnestyret "
              "har bedt om at havnevirksomheten i den nye kommunen blir samlet i ett foretak."),
        ("sign", "Rørvik, 20. februar 2019",
         [("Oddvar Kvaløsæter", "leder"), ("Bente Sørli Moen", "nestleder"), ("Frode Hanssen Nygård", ""),
          ("Marianne Lorentzen Rise", ""), ("Kåre Aune Eidem", ""), ("Jan Ove Fossum", "havnesjef")],
         {"cols": 3}),
    ]
    return {
        "name": "vikna-havn-kf-2018", "year": 2018, "title": "Vikna Havn KF – Årsberetning 2018",
        "organization": {"name": ORG_B, "address": "Strandgata 41, 7900 Rørvik", "phone": "74 39 12 80",
                         "email": "havn@viknahavn.no"},
        "ceo": "Jan Ove Fossum", "board": board,
        "not_board": ["Eirik Strand Løvøy", "Gunnhild Tettingen"],
        "font": "Liberation Serif", "body_pt": 11, "footer": "Vikna Havn KF · Årsberetning 2018 · {PAGE}",
        "items": marked(items, mark), "renditions": ["docx", "pdf"],
        "notes": "KF harbour: board elected by the kommunestyre as tab lines with party letters; ordfører and "
                 "rådmann attend without being members; driftsregnskap Regnskap | Budsjett | Regnskap "
                 "(budget optional) in kroner with ',-'.",
    }


ORG_C = "Indre Nordfjord Revisjon IKS"


def indre_nordfjord_revisjon_2014() -> dict:
    mark = Marker(["Nordfjordeid", "Eid", "Stryn", "Gloppen", "Hornindal", "Sandane", "Sogn og Fjordane",
                   "Nordfjord", "Førde", "Norge"], protect=[ORG_C, "Sjøgata 6"])
    board = [("Synnøve Eikrem Hjelle", "LEDE", False), ("Lars Inge Myklebust", "NEST", False),
             ("Bodil Solheim Rygg", "MEDL", False), ("Kjartan Lote", "MEDL", False),
             ("Åshild Gjerde Heggheim", "MEDL", True), ("Olav Bakke Sandal", "VARA", None),
             ("Randi Hildeskor", "VARA", None)]
    cols = [Col("Rekneskap 2014", 2014), Col("Budsjett 2014", 2014, BUDGET), Col("Rekneskap 2013", 2013)]
    inc = [("Honorar frå eigarkommunane", "", [7_412, 7_380, 7_105]),
           ("Honorar frå andre oppdrag", "", [1_188, 900, 1_046])]
    cost = [("Løn og sosiale kostnader", "2", [5_706, 5_820, 5_512]),
            ("Pensjonskostnader", "2", [1_114, 1_050, 1_020]),
            ("Husleige og kontorhald", "", [802, 780, 771]),
            ("Reiser og kurs", "", [398, 430, 412]),
            ("Andre driftskostnader", "", [301, 280, 266])]
    fin = [("Renteinntekter", "", [62, 50, 71])]
    res = Statement("Resultatrekneskap", cols, income("nn", 3, inc, cost, fin), unit=1000, note_col="Note",
                    label_header="Tal i 1000 kr", render="unruled")
    bal = Statement("Balanse pr. 31.12.", [Col("2014", 2014), Col("2013", 2013)],
                    balance("nn", 2, fixed=[("Inventar og IT-utstyr", "", [212, 248])],
                            current=[("Kundefordringar", "", [1_406, 1_290]), ("Bankinnskot", "", "plug")],
                            equity=[("Eigenkapital", "3", [1_914, 1_573])],
                            long=[("Pensjonsforpliktingar", "2", [1_130, 1_212])],
                            short=[("Skuldige offentlege avgifter", "", [512, 488]),
                                   ("Anna kortsiktig gjeld", "", [420, 398])]),
                    unit=1000, note_col="Note", label_header="Tal i 1000 kr", render="unruled")
    items = [
        ("p", ORG_C, {"bold": True, "size": 18}),
        ("p", "Årsmelding og rekneskap 2014", {"size": 14}),
        ("p", "Vedteken av styret 12. februar 2015 og lagd fram for representantskapet 10. mars 2015",
         {"italic": True, "size": 9}),
        ("h", 1, "1 Om selskapet"),
        ("p", f"{ORG_C} vart skipa i 2004 og er eigd av Eid, Stryn, Gloppen og Hornindal kommunar. "
              "Selskapet utfører rekneskapsrevisjon, forvaltningsrevisjon og selskapskontroll for eigarane, "
              "og har kontor i Sjøgata 6, 6770 Nordfjordeid, og ei avdeling på Sandane."),
        ("p", "Eigardelane er fastsette i selskapsavtalen etter innbyggjartalet i kommunane:"),
        ("table", [["Eigar", "Eigardel"], ["Eid kommune", "{p:34,0 %}"], ["Stryn kommune", "{p:31,5 %}"],
                   ["Gloppen kommune", "{p:26,5 %}"], ["Hornindal kommune", "{p:8,0 %}"]],
         {"ruled": True, "shade_header": "E4E4E4", "widths": [6.0, 3.0], "size": 9.5}),
        ("h", 1, "2 Representantskapet"),
        ("p", "Representantskapet er det øvste organet i selskapet og har ein representant frå kvar "
              "eigarkommune. I valperioden 2011–2015 er leiar ordførar i Gloppen, Trond Heggdal Nes, og "
              "nestleiar ordførar i Stryn, Gunhild Tenden Vik. Representantskapet hadde to møte i 2014."),
        ("h", 1, "3 Styret"),
        ("p", "Styret vart valt av representantskapet i mars 2013 for to år. Tilsette sin representant er "
              "vald av og blant dei tilsette. Styret har i 2014 vore samansett slik:"),
        ("li", "Synnøve Eikrem Hjelle, styreleiar"),
        ("li", "Lars Inge Myklebust, nestleiar"),
        ("li", "Bodil Solheim Rygg, styremedlem"),
        ("li", "Kjartan Lote, styremedlem"),
        ("li", "Åshild Gjerde Heggheim, styremedlem vald av dei tilsette"),
        ("p", "Varamedlemer er Olav Bakke Sandal og Randi Hildeskor. Styret har hatt fem møte og handsama "
              "27 saker. Revisjonssjefen er sekretær for styret."),
        ("h", 1, "4 Tilsette"),
        ("p", "Revisjonssjef Eirik Hauge Nygård er dagleg leiar. Ved utgangen av året hadde selskapet sju "
              "tilsette i 6,6 årsverk: revisjonssjefen, to oppdragsansvarlege revisorar, to revisorar, ein "
              "forvaltningsrevisor og ein konsulent i {p:60 %|stilling} stilling."),
        ("table", [["Namn", "Stilling", "Stad"], ["Eirik Hauge Nygård", "Revisjonssjef", "Nordfjordeid"],
                   ["Marta Loen", "Oppdragsansvarleg revisor", "Nordfjordeid"],
                   ["Helge Årdal Ommedal", "Oppdragsansvarleg revisor", "Sandane"],
                   ["Ingrid Skrede Felde", "Forvaltningsrevisor", "Nordfjordeid"],
                   ["Anders Myklebust Tefre", "Revisor", "Sandane"]],
         {"ruled": False, "size": 9, "widths": [5.5, 5.5, 3.5]}),
        ("p", "Sjukefråværet var {p:3,4 %|sjukefråværet} i 2014, mot {p:5,2 %|sjukefråværet} i 2013. "
              "Av dei tilsette er fire kvinner og tre menn."),
        ("pagebreak",),
        ("h", 1, "5 Verksemda i 2014"),
        ("h", 2, "Rekneskapsrevisjon"),
        ("p", "Selskapet reviderte rekneskapane til dei fire kommunane, til åtte kommunale føretak og "
              "interkommunale selskap og til tolv stiftingar og andre einingar. Alle revisjonsmeldingane "
              "for 2013 vart leverte innan fristen 15. april."),
        ("h", 2, "Forvaltningsrevisjon og selskapskontroll"),
        ("p", "Det vart levert fem forvaltningsrevisjonsrapportar i 2014, mellom anna om sakshandsaminga i "
              "byggjesaker i Stryn og om innkjøp i Gloppen. Selskapskontroll vart gjennomført i to selskap."),
        ("h", 2, "Kontrollutvala"),
        ("p", "Selskapet rapporterer til kontrollutvala i eigarkommunane. Sekretariatet for kontrollutvala "
              "er lagt til eit eige selskap i Førde; rådgjevar Tone Sætre er sekretær for alle fire utvala. "
              "Leiarane i kontrollutvala var i 2014:"),
        ("table", [["Kommune", "Leiar i kontrollutvalet"], ["Eid", "Inger Marie Flo"], ["Stryn", "Sverre Ulvedal"],
                   ["Gloppen", "Gunnvor Bødal"], ["Hornindal", "Per Hjalmar Grov"]],
         {"ruled": True, "shade_header": "E4E4E4", "size": 9.5}),
        ("h", 2, "Timefordeling"),
        ("table", [["Oppgåve", "Timar 2014", "Del av timane"], ["Rekneskapsrevisjon", "6 120", "{p:64,4 %}"],
                   ["Forvaltningsrevisjon", "1 890", "{p:19,9 %}"], ["Selskapskontroll", "410", "{p:4,3 %}"],
                   ["Attestasjonar og rettleiing", "730", "{p:7,7 %}"], ["Administrasjon", "350", "{p:3,7 %}"],
                   ["Sum", "9 500", "{p?:100 %}"]],
         {"ruled": True, "shade_header": "E4E4E4", "size": 9.5}),
        ("h", 1, "6 Økonomi"),
        ("p", "Rekneskapen for 2014 viser eit overskot på 341 000 kroner. Honorara frå andre oppdrag vart "
              "høgare enn budsjettert. Overskotet vert ført mot eigenkapitalen; representantskapet avgjer "
              "om delar av det skal betalast tilbake til eigarane."),
        ("stmt", res, {"title": "Resultatrekneskap 2014"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2014"}),
        ("p", "Note 2: Selskapet har kollektiv pensjonsordning i KLP. Note 3: Eigenkapitalen auka med årets "
              "overskot.", {"size": 8.5}),
        ("h", 1, "7 Framtidsutsikter"),
        ("p", "Kommunereforma kan endre eigarbiletet. Styret følgjer arbeidet i kommunane og vil leggje fram "
              "ei sak for representantskapet når det ligg føre vedtak."),
        ("sign", "Nordfjordeid, 12. februar 2015",
         [("Synnøve Eikrem Hjelle", "styreleiar"), ("Lars Inge Myklebust", "nestleiar"),
          ("Bodil Solheim Rygg", "styremedlem"), ("Kjartan Lote", "styremedlem"),
          ("Åshild Gjerde Heggheim", "styremedlem"), ("Eirik Hauge Nygård", "revisjonssjef")], {"cols": 3}),
    ]
    return {
        "name": "indre-nordfjord-revisjon-2014", "year": 2014, "title": f"{ORG_C} – Årsmelding 2014",
        "organization": {"name": ORG_C, "founded_year": 2004, "address": "Sjøgata 6, 6770 Nordfjordeid",
                         "owners": [{"name": "Eid kommune", "share_percent": 34.0},
                                    {"name": "Stryn kommune", "share_percent": 31.5},
                                    {"name": "Gloppen kommune", "share_percent": 26.5},
                                    {"name": "Hornindal kommune", "share_percent": 8.0}]},
        "ceo": "Eirik Hauge Nygård", "board": board,
        "not_board": ["Trond Heggdal Nes", "Gunhild Tenden Vik", "Tone Sætre", "Inger Marie Flo",
                      "Sverre Ulvedal", "Marta Loen"],
        "header": f"{ORG_C} | Årsmelding 2014", "footer": "{PAGE}", "footer_align": "right",
        "items": marked(items, mark), "renditions": ["docx", "pdf"],
        "notes": "Nynorsk revisjon IKS in Sogn og Fjordane (2014): board as bullets 'Name, verv', the "
                 "representantskap's leader and deputy (ordførarar) in prose, the kontrollutval leaders in a "
                 "table, their secretary, staff table; statement in 1000 kr with a Budsjett column.",
    }


REPORTS = [trollheimsporten_2023, vikna_havn_2018, indre_nordfjord_revisjon_2014]
