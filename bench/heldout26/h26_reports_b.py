"""Held-out set 26, part B: a nynorsk ungdomslag, a foundation running a folk high school and a typed
velforening report from 1990. Invented organisations, people and figures; real places, valid in the
report's year (Ulvik in Hordaland 2008, Nord-Aurdal in Innlandet 2024, Borre in Vestfold 1990)."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def stigande_ungdomslag_2008() -> dict:
    """An ungdomslag in nynorsk (Ulvik): the board elected at the årsmøte in a ruled table, last year's
    board printed for comparison, the husstyret of the lag's hall with its own leiar, the fylkeslag's
    leiar at the årsmøte, the valnemnd; a small rekneskap in kroner with ",-"."""
    cols = [Col("Rekneskap 2008", 2008), Col("Rekneskap 2007", 2007)]
    res = Kroner("Rekneskap", cols, income("nn", 2, [
        ("Medlemspengar", "", [14_600, 13_200]),
        ("Utleige av Stigandeheimen", "", [86_450, 71_900]),
        ("Dansar og arrangement", "", [57_310, 63_840]),
        ("Tilskot frå kommunen", "", [25_000, 25_000]),
        ("Grasrotandel og gåver", "", [6_820, 0]),
    ], [
        ("Straum og oppvarming", "", [41_215, 38_660]),
        ("Vedlikehald av huset", "", [62_930, 29_475]),
        ("Forsikring", "", [12_408, 11_950]),
        ("Arrangementskostnader", "", [38_114, 41_280]),
        ("Kontingent til Noregs Ungdomslag", "", [4_380, 3_960]),
        ("Andre kostnader", "", [7_926, 6_105]),
    ], labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
               "op": None, "result": "Overskot"}), render="ruled")
    r = res.lines[-1].values
    bal = Kroner("Balanse", [Col("31.12.2008", 2008), Col("31.12.2007", 2007)], balance("nn", 2,
        [("Stigandeheimen", "", [350_000, 350_000])],
        [("Kasse", "", [2_140, 3_415]), ("Bank", "", "plug")],
        [("Eigenkapital 1.1.", "", [round(402_906 + r[1], 2), 402_906]), ("Overskot", "", [r[0], r[1]])],
        [], [("Skuldige kostnader", "", [8_750, 4_300])], sum_debt=False), render="ruled")
    return {
        "name": "stigande-ungdomslag-2008",
        "year": 2008,
        "title": "Ungdomslaget Stigande – årsmelding 2008",
        "font": "Liberation Sans",
        "body_pt": 10.5,
        "organization": {"name": "Ungdomslaget Stigande", "founded_year": 1911},
        "ceo": None,
        "board": [("Ingvild Hauge Lekve", "LEDE", None), ("Sjur Tveit", "NEST", None),
                  ("Gunhild Nesheim", "MEDL", None), ("Eirik Lekve Bjotveit", "MEDL", None),
                  ("Marte Ringøy", "MEDL", None), ("Aslak Hjeltnes", "VARA", None), ("Randi Osa", "VARA", None)],
        "not_board": ["Olav Brakestad", "Synneva Djønne", "Knut Oddvar Hus", "Brita Eidnes", "Lars Ivar Kvåle",
                      "Kari Tveit", "Torstein Fykse", "Helga Jåstad",
                      "Aud Ljones", "Per Egil Tjoflot", "Hanna Lekve"],
        "renditions": ["docx", "pdf"],
        "notes": "Nynorsk ungdomslag: this year's board in a table, last year's board in tab lines below it "
                 "(its leavers not board); husstyret's leiar, the fylkeslag's leiar, revisorar and valnemnd "
                 "not board. No dagleg leiar.",
        "items": [
            ("h", 1, "Ungdomslaget Stigande"),
            ("bh", "Årsmelding for 2008", {"size": 14}),
            ("p", "Ungdomslaget Stigande vart skipa i 1911 og er med i {g:Hordaland} Ungdomslag og Noregs "
                  "Ungdomslag. Laget eig og driv Stigandeheimen i {g:Ulvik}."),
            ("h", 2, "Årsmøtet"),
            ("p", "Årsmøtet vart halde i Stigandeheimen 15. februar 2008 med 34 medlemer til stades. Leiaren "
                  "i {g:Hordaland} Ungdomslag, Olav Brakestad, helsa frå fylkeslaget og fortalde om "
                  "kurstilbodet for lagsstyre."),
            ("h", 2, "Styret"),
            ("p", "Styret i 2008 har vore:"),
            ("table", [["Verv", "Namn", "Attval / ny"],
                       ["Leiar", "Ingvild Hauge Lekve", "ny"],
                       ["Nestleiar", "Sjur Tveit", "attval"],
                       ["Kasserar", "Gunhild Nesheim", "attval"],
                       ["Skrivar", "Eirik Lekve Bjotveit", "ny"],
                       ["Styremedlem", "Marte Ringøy", "attval"],
                       ["Varamedlem", "Aslak Hjeltnes", "ny"],
                       ["Varamedlem", "Randi Osa", "attval"]], {"ruled": True, "shade_header": "EFE6D6"}),
            ("p", "Til samanlikning var styret i 2007 slik:", {"italic": True}),
            ("tablines", [["Leiar", "Synneva Djønne"], ["Nestleiar", "Sjur Tveit"], ["Kasserar", "Gunhild Nesheim"],
                          ["Skrivar", "Knut Oddvar Hus"], ["Styremedlem", "Marte Ringøy"],
                          ["Varamedlem", "Randi Osa"]], {"stops": (4.0,), "size": 9}),
            ("p", "Styret har hatt 9 styremøte og handsama 41 saker. Synneva Djønne og Knut Oddvar Hus gjekk ut "
                  "av styret etter mange år, og laget takkar for god innsats."),
            ("h", 2, "Husstyret"),
            ("p", "Husstyret for Stigandeheimen har vore Brita Eidnes (leiar), Lars Ivar Kvåle og Kari Tveit. "
                  "Husstyret har ansvar for utleige og vedlikehald og melder til styret."),
            ("h", 2, "Aktivitetar"),
            ("li", "Revy i mars med fire framsyningar og til saman 520 publikum."),
            ("li", "17. mai-feiring i samarbeid med skulen og sogelaget."),
            ("li", "Sankthansfest på {g?:Osasanden}."),
            ("li", "Julebord og juletrefest."),
            ("li", "Leikarringen har øvd kvar onsdag og dansa på kappleiken på {g:Voss}."),
            ("p", "Utleiga av Stigandeheimen auka med {p:20 %|auka med} frå 2007. Mellom anna har "
                  "{g:Ulvik} herad leigt salen til eldretreff ein gong i månaden."),
            ("h", 2, "Medlemer"),
            ("p", "Laget hadde 146 betalande medlemer i 2008, mot 131 året før. Av medlemene er "
                  "{p:38 %|under 26 år} under 26 år."),
            ("h", 2, "Rekneskap"),
            ("p", "Vedlikehaldet av huset var større enn vanleg fordi taket på scenebygget vart skifta. "
                  "Laget har likevel eit overskot."),
            ("stmt", res, {"title": "Rekneskap 2008"}),
            ("stmt", bal, {"title": "Balanse 31.12.2008"}),
            ("p", "Rekneskapen er revidert av Torstein Fykse og Helga Jåstad."),
            ("h", 2, "Val"),
            ("p", "Valnemnda har vore Aud Ljones, Per Egil Tjoflot og Hanna Lekve."),
            ("sign", "{g:Ulvik}, 20. januar 2009", [("Ingvild Hauge Lekve", "leiar"), ("Sjur Tveit", "nestleiar"),
                                                   ("Gunhild Nesheim", "kasserar"), ("Eirik Lekve Bjotveit", "skrivar"),
                                                   ("Marte Ringøy", "styremedlem")], {"cols": 3}),
        ],
    }


def skogvang_folkehogskole_2024() -> dict:
    """A foundation running a folk high school (bokmål, Nord-Aurdal): a long årsrapport with the rektor's
    letter first, elevtall tables, the representantskap (with its leader) beside the board, the board as
    portraits far back, an employee-elected member and the elevrådets leader as observer, staff, the
    statements with notes and the auditor's page, then an e-signature page."""
    cols = [Col("2024", 2024), Col("2023", 2023)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, [
        ("Statstilskudd", "2", [14_206_000, 13_512_000]),
        ("Elevbetaling kost og losji", "", [8_944_300, 8_611_950]),
        ("Kurs og utleie", "", [1_352_480, 1_206_775]),
        ("Andre inntekter", "", [418_260, 395_140]),
    ], [
        ("Lønn og sosiale kostnader", "3", [14_880_412, 14_026_380]),
        ("Kost, reiser og linjeaktiviteter", "", [5_116_834, 4_970_512]),
        ("Drift og vedlikehold av bygg", "", [2_208_655, 2_312_404]),
        ("Avskrivninger", "4", [1_044_000, 1_012_000]),
        ("Andre driftskostnader", "", [1_236_118, 1_188_207]),
    ], fin=[("Finansinntekter", "", [214_660, 168_115]), ("Finanskostnader", "5", [-412_334, -441_080])]),
        note_col="Note", label_header="Beløp i NOK", negative="paren", render="ruled")
    r = res.lines[-1].values
    bal = Statement("Balanse", cols, balance("nb", 2,
        [("Bygninger og tomter", "4", [38_412_000, 39_180_000]), ("Inventar og kjøretøy", "4", [1_688_000, 1_724_000])],
        [("Fordringer", "", [512_440, 488_120]), ("Bankinnskudd", "", "plug")],
        [("Grunnkapital", "", [500_000, 500_000]), ("Annen egenkapital", "", [round(12_940_365 + r[0], 2), 12_940_365])],
        [("Pantelån", "5", [21_760_000, 22_890_000])],
        [("Leverandørgjeld", "", [1_108_335, 986_720]), ("Forskuddsbetalt elevbetaling", "", [2_205_600, 2_118_900]),
         ("Skyldige offentlige avgifter", "", [1_301_904, 1_244_617]), ("Annen kortsiktig gjeld", "", [1_874_212, 1_705_332])]),
        note_col="Note", label_header="Beløp i NOK", negative="paren", render="ruled")
    board = [("Kristin Thune Bøe", "Styreleder", ["Oppnevnt av representantskapet"]),
             ("Halvard Rudi", "Nestleder", ["Oppnevnt av representantskapet"]),
             ("Eli Marie Granheim", "Styremedlem", ["Oppnevnt av representantskapet"]),
             ("Sindre Haugen Strand", "Styremedlem", ["Oppnevnt av Valdres Ungdomslag"]),
             ("Gro Bakkerud", "Styremedlem", ["Valgt av de ansatte"]),
             ("Vilde Sørlie", "Observatør", ["Elevrådets leder"])]
    return {
        "name": "skogvang-folkehogskole-2024",
        "year": 2024,
        "title": "Stiftelsen Skogvang folkehøgskole – årsrapport 2024",
        "header": "Stiftelsen Skogvang folkehøgskole",
        "header_align": "right",
        "footer": "Årsrapport 2024  |  {PAGE}",
        "font": "Liberation Sans",
        "organization": {"name": "Stiftelsen Skogvang folkehøgskole", "founded_year": 1924,
                         "website": "www.skogvang.fhs.no", "phone": "61 35 72 00"},
        "ceo": "Johannes Løkken Bye",
        "board": [("Kristin Thune Bøe", "LEDE", False), ("Halvard Rudi", "NEST", False),
                  ("Eli Marie Granheim", "MEDL", False), ("Sindre Haugen Strand", "MEDL", False),
                  ("Gro Bakkerud", "MEDL", True), ("Vilde Sørlie", "OBS", False),
                  ("Torleif Qvale", "VARA", None), ("Mona Fjelstad", "VARA", None)],
        "not_board": ["Arne Ødegård", "Bodil Hestenes", "Ivar Kvam Sælid", "Ragna Lie", "Nils Petter Grøv",
                      "Hege Tveito", "Steinar Dokken", "Kjersti Hove", "Marit Anny Bolstad"],
        "renditions": ["docx", "pdf"],
        "notes": "Long report: the board as portrait cells on page 6 with who appointed each; the staff's "
                 "member employee-elected; the elevrådets leader an observer (OBS); deputies in a sentence; "
                 "the representantskap and its leader, the staff and the auditor are not board; the rektor "
                 "is daglig leder (ceo). Negatives in parentheses.",
        "items": [
            ("bh", "ÅRSRAPPORT 2024", {"size": 24}),
            ("p", "Stiftelsen Skogvang folkehøgskole", {"size": 14}),
            ("p", "{g?:Leira} i {g:Valdres}, {g:Nord-Aurdal} kommune", {"italic": True}),
            ("photo", 6, 5, "Elevene på friluftslinja på tur til {g:Jotunheimen} i september."),
            ("toc", [("Rektors hilsen", 2), ("Skoleåret i tall", 3), ("Linjer og aktiviteter", 4),
                     ("Organisasjon og styring", 5), ("Styret", 6), ("Ansatte", 7), ("Årsberetning", 8),
                     ("Årsregnskap", 9), ("Noter", 11), ("Revisors beretning", 12)], {"title": "Innhold"}),
            ("break",),
            ("h", 1, "Rektors hilsen"),
            ("p", "Skoleåret 2024/25 startet med fullt hus for første gang på mange år. 112 elever flyttet inn "
                  "i august, og vi har hatt venteliste på to linjer. Det er et resultat av mange års arbeid "
                  "med linjetilbudet og med internatet."),
            ("p", "I 2024 var det hundre år siden skolen ble grunnlagt i 1924, og jubileet ble feiret med "
                  "elevtreff i juni."),
            ("p", "Takk til representantskapets leder Arne Ødegård for et tett samarbeid i jubileumsåret, og "
                  "til ordfører Bodil Hestenes, som åpnet den nye flerbrukshallen i mai. Takk også til "
                  "Ivar Kvam Sælid, som gikk av med pensjon etter 31 år som lærer på skolen."),
            ("p", "Johannes Løkken Bye\nrektor", {"italic": True}),
            ("break",),
            ("h", 1, "Skoleåret i tall"),
            ("p", "Skolen hadde i snitt 104 elever gjennom skoleåret 2023/24, og belegget var "
                  "{p:93,6 %|belegget} av godkjent kapasitet. {p:89 %|fullførte skoleåret} av elevene fullførte "
                  "skoleåret."),
            ("table", [["", "2024/25", "2023/24", "2022/23"],
                       ["Elever ved skolestart", "112", "106", "97"],
                       ["Andel jenter", "{p:54 %}", "{p:57 %}", "{p:52 %}"],
                       ["Andel fra {g:Innlandet}", "{p:31 %}", "{p:28 %}", "{p:33 %}"],
                       ["Belegg", "{p:99,1 %}", "{p:93,6 %}", "{p:85,8 %}"]],
             {"ruled": True, "shade_header": "E3ECE3"}),
            ("p", "Elevene kom fra alle fylker unntatt {g:Finnmark}. Den største gruppen kom fra {g:Innlandet} "
                  "og {g:Akershus}."),
            ("h", 1, "Linjer og aktiviteter"),
            ("p", "Skolen hadde seks linjer: friluftsliv, langrenn og skiskyting, musikk, kunst og håndverk, "
                  "friluftsliv med hest og «Valdres rundt». Studieturene gikk til {g:Island}, {g:Lofoten} og "
                  "{g:Tromsø}."),
            ("p", "Sommerkursene hadde 388 deltakere, en økning på {p:12 %|sommerkursene} fra 2023."),
            ("break",),
            ("h", 1, "Organisasjon og styring"),
            ("p", "Skogvang folkehøgskole eies og drives av en selveiende stiftelse. Stiftelsens organer er "
                  "representantskapet og styret. Representantskapet oppnevner styrets medlemmer, godkjenner "
                  "årsregnskapet og velger revisor."),
            ("bh", "Representantskapet"),
            ("table", [["Navn", "Oppnevnt av"],
                       ["Arne Ødegård (leder)", "Valdres Ungdomslag"],
                       ["Ragna Lie", "{g:Nord-Aurdal} kommune"],
                       ["Nils Petter Grøv", "Valdres Bondelag"],
                       ["Hege Tveito", "Skogvang elevlag"],
                       ["Steinar Dokken", "Valdres Ungdomslag"]], {"ruled": False}),
            ("p", "Representantskapet hadde ett møte, 11. juni 2024."),
            ("break",),
            ("h", 1, "Styret"),
            ("portraits", [(n, [t] + lines) for n, t, lines in board], {"per_row": 3}),
            ("p", "Varamedlemmer er Torleif Qvale (for de oppnevnte medlemmene) og Mona Fjelstad (for de "
                  "ansattes representant). Elevrådets leder møter med tale- og forslagsrett."),
            ("p", "Styret har hatt 7 møter og behandlet 58 saker. Styret har fått honorar på til sammen "
                  "186 000 kroner."),
            ("h", 1, "Ansatte"),
            ("p", "Rektor Johannes Løkken Bye er skolens daglige leder. Inspektør er Marit Anny Bolstad. "
                  "Skolen hadde 31 ansatte fordelt på 26,4 årsverk ved utgangen av året. Sykefraværet var "
                  "{p:4,8 %|sykefraværet}, mot {p:6,1 %|i 2023} i 2023."),
            ("p", "Av de ansatte er {p:58 %|kvinner} kvinner. Styret består av fire kvinner og to menn, "
                  "medregnet observatøren."),
            ("break",),
            ("h", 1, "Årsberetning"),
            ("p", "Stiftelsen har til formål å drive folkehøgskole i {g:Valdres} etter folkehøgskoleloven. "
                  "Årets resultat er et overskudd på 237 347 kroner, mot et underskudd året før, som skyldtes vedlikehold "
                  "av internatet. "
                  "Stiftelsens likviditet er god, og styret mener forutsetningene for fortsatt drift er til stede."),
            ("p", "Skolens virksomhet forurenser ikke det ytre miljø utover det som er vanlig for en skole med "
                  "internat."),
            ("stmt", res, {"title": "Resultatregnskap"}),
            ("stmt", bal, {"title": "Balanse 31.12."}),
            ("bh", "Noter"),
            ("p", "Note 1 Regnskapsprinsipper. Årsregnskapet er satt opp etter regnskapsloven og god "
                  "regnskapsskikk for små foretak. Note 2 Statstilskudd: Tilskuddet beregnes per elevuke. "
                  "Note 3 Lønn: 26,4 årsverk; rektors lønn 912 400 kroner. Note 4 Varige driftsmidler avskrives "
                  "lineært. Note 5 Lånet i KLP har en rente på {p:5,35 %|rente} og nedbetales over 25 år.",
             {"size": 8.5}),
            ("break",),
            ("h", 1, "Revisors beretning"),
            ("p", "Til representantskapet i Stiftelsen Skogvang folkehøgskole"),
            ("p", "Vi har revidert stiftelsens årsregnskap, som viser et overskudd på 237 347 kroner. Etter vår mening er "
                  "årsregnskapet gitt i samsvar med lov og forskrifter og gir et rettvisende bilde av "
                  "stiftelsens finansielle stilling per 31. desember 2024."),
            ("p", "{g:Fagernes}, 3. mars 2025\nInnlandet Revisjon AS\nKjersti Hove\nstatsautorisert revisor"),
            ("p", "Stiftelsen Skogvang folkehøgskole  ·  tlf. 61 35 72 00  ·  www.skogvang.fhs.no", {"size": 9}),
            ("esign", "Signert elektronisk", "Dokumentet er signert elektronisk av styret og rektor.",
             [["Bøe, Kristin Thune", "Styreleder", "2025-02-27"], ["Rudi, Halvard", "Nestleder", "2025-02-27"],
              ["Granheim, Eli Marie", "Styremedlem", "2025-02-28"], ["Strand, Sindre Haugen", "Styremedlem", "2025-02-27"],
              ["Bakkerud, Gro", "Styremedlem", "2025-02-28"], ["Bye, Johannes Løkken", "Rektor", "2025-02-27"]]),
        ],
        "not_places": ["Valdres Ungdomslag", "Valdres Bondelag", "Innlandet Revisjon",
                       "«Valdres rundt»"],
    }


def bergsasen_vel_1990() -> dict:
    """A velforening's typed årsberetning from 1990 (bokmål, Borre in Vestfold): formann and varamenn,
    the outgoing formann thanked, the vegkomité, the kommune's contact; a kasserer's account laid out
    with tab stops. Short enough for the set's one scan."""
    cols = [Col("1990", 1990), Col("1989", 1989)]
    res = Kroner("Regnskap", cols, income("nb", 2, [
        ("Kontingent 84 husstander", "", [16_800, 15_600]),
        ("Kommunalt vegtilskudd", "", [9_500, 9_000]),
        ("Dugnad og loppemarked", "", [7_245, 6_130]),
    ], [
        ("Brøyting og strøing", "", [18_960, 17_420]),
        ("Vegvedlikehold", "", [6_300, 11_850]),
        ("Gatelys", "", [2_874, 2_655]),
        ("Porto og papir", "", [618, 544]),
    ], fin=[("Renter", "", [1_312, 1_096])], labels={"inc": "Inntekter", "sum_inc": "Sum inntekter",
        "cost": "Utgifter", "sum_cost": "Sum utgifter", "op": None, "fin": None, "net_fin": None,
        "result": "Årets resultat"}, heads=True), render="tabs")
    return {
        "name": "bergsasen-vel-1990",
        "year": 1990,
        "title": "Bergsåsen Vel – årsberetning 1990",
        "font": "Liberation Mono",
        "heading_font": "Liberation Mono",
        "body_pt": 10,
        "margin_mm": 25,
        "organization": {"name": "Bergsåsen Vel", "founded_year": 1967},
        "ceo": None,
        "board": [("Asbjørn Kolstad", "LEDE", None), ("Randi Ellefsen", "NEST", None),
                  ("Tor Henning Berg", "MEDL", None), ("Else Marie Holt", "MEDL", None),
                  ("Jan Erik Skalleberg", "VARA", None), ("Bjørg Wold", "VARA", None)],
        "not_board": ["Finn Aukland", "Egil Sand", "Reidun Kjær", "Harald Ness", "Arild Bache"],
        "renditions": ["scan", "doc"],
        "notes": "Typed 1990 report: formann/nestformann/sekretær/kasserer, varamenn; the outgoing formann "
                 "(thanked) and the vegkomité, the revisor and the kommune's engineer are not board.",
        "items": [
            ("bh", "BERGSÅSEN VEL", {"size": 12}),
            ("bh", "ÅRSBERETNING FOR 1990", {"size": 11}),
            ("p", "Styret har i 1990 bestått av:"),
            ("tablines", [["Formann:", "Asbjørn Kolstad"], ["Nestformann:", "Randi Ellefsen"],
                          ["Sekretær:", "Tor Henning Berg"], ["Kasserer:", "Else Marie Holt"],
                          ["Varamenn:", "Jan Erik Skalleberg, Bjørg Wold"]], {"stops": (4.5,)}),
            ("p", "Vegkomiteen: Egil Sand og Reidun Kjær. Revisor: Harald Ness."),
            ("p", "Velet ble stiftet i 1967 og har 84 medlemshusstander. Styret har hatt 6 møter. Finn Aukland gikk av som formann på årsmøtet i mars etter åtte år, "
                  "og velet takker ham for innsatsen."),
            ("bh", "VEGER OG BRØYTING", {"size": 10}),
            ("p", "Brøytingen er utført av Arild Bache etter avtale. Vinteren var snørik, og brøytingen "
                  "kostet om lag {p:9 %|brøytingen} mer enn året før. Velet har søkt {g:Borre} kommune om "
                  "å overta Bergsåsveien og Furulia som kommunale veger. Kommuneingeniøren har lovet svar i 1991."),
            ("bh", "GATELYS OG LEKEPLASS", {"size": 10}),
            ("p", "Seks nye lysmaster er satt opp langs stien til skolen. Lekeplassen ble ryddet på dugnad "
                  "i mai, og 41 av 84 husstander, eller nesten {p:50 %|husstander} stilte."),
            ("bh", "ANDRE SAKER", {"size": 10}),
            ("p", "Velet har sammen med de andre velene i {g:Borre} gitt uttalelse til fylkesplanen for "
                  "{g:Vestfold} om trafikksikkerhet langs hovedveien mellom {g:Horten} og {g:Åsgårdstrand}."),
            ("stmt", res, {"title": "REGNSKAP 1990"}),
            ("p", "Beholdning i {g:Borre} Sparebank pr. 31.12.90: kr 31 418,-"),
            ("p", "{g:Borre}, 20. januar 1991"),
            ("p", "Asbjørn Kolstad            Randi Ellefsen", {"size": 9}),
            ("p", "Tor Henning Berg           Else Marie Holt", {"size": 9}),
        ],
    }


REPORTS = [stigande_ungdomslag_2008, skogvang_folkehogskole_2024, bergsasen_vel_1990]
