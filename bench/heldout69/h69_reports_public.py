"""Two publicly rooted bodies of the sixty-ninth set: a housing foundation for seniors in Ringsaker
(Hedmark) in 2018 and a waste-recovery IKS of three Buskerud municipalities in 2025."""
from __future__ import annotations

from h69_common import board, millions, printed
from heldout_finance import Col, Statement, balance, income


def solbergtunet_2018() -> dict:
    cols = [Col("2018", 2018), Col("2017", 2017)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, inc=[
        ("Husleieinntekter", "", [4268400, 4152900]),
        ("Andre inntekter", "", [86220, 71400])], cost=[
        ("Lønn og sosiale kostnader", "1", [812440, 786102]),
        ("Avskrivninger", "2", [618000, 618000]),
        ("Vedlikehold", "", [944812, 702660]),
        ("Kommunale avgifter", "", [512300, 498700]),
        ("Forsikring", "", [112880, 108440]),
        ("Energi", "", [286410, 301220]),
        ("Andre driftskostnader", "", [322006, 298412])], fin=[
        ("Renteinntekter", "", [41220, 36880]),
        ("Rentekostnader", "3", [-498612, -512344])]), note_col="Note", label_header="Beløp i kroner")
    result = [line for line in res.lines if line.label == "Årsresultat"][0].values
    bal = Statement("Balanse", [Col("31.12.18", 2018), Col("31.12.17", 2017)], balance("nb", 2, fixed=[
        ("Bygninger og tomter", "2", [22614000, 23232000])], current=[
        ("Leiefordringer", "", [38220, 44610]),
        ("Bankinnskudd", "4", "plug")], equity=[
        ("Grunnkapital", "", [500000, 500000]),
        ("Annen egenkapital", "", [8412664 + result[0], 8412664])], long=[
        ("Lån i Husbanken", "3", [14612000, 15104000])], short=[
        ("Forskuddsbetalt husleie", "", [188400, 176200]),
        ("Leverandørgjeld", "", [212440, 198600]),
        ("Annen kortsiktig gjeld", "", [96800, 88120])]), note_col="Note", label_header="Beløp i kroner")
    ceo = "Eva Marit Holen"
    members = [("Asbjørn Hovland Bakken", "LEDE", None), ("Gro Merete Snekkerbakken", "NEST", None),
               ("Jan Erik Rognstad", "MEDL", None), ("Kari-Anne Fossum", "MEDL", None), ("Leif Brenden", "VARA", None)]
    res_txt = printed(res, "Årsresultat")
    items = [
        ("sheet", {"foot": False}, [("cover", {
            "layout": "frame", "kicker": "Stiftelsen Solbergtunet", "title": "Årsberetning 2018",
            "lines": ["Trygge boliger for seniorer i {g:Brumunddal} siden 1987"], "seed": 1801, "scene": "houses",
            "caption": "Forsiden: Tun C etter fasaderehabiliteringen i 2018. Foto: Kristian Vold"})]),
        ("sheet", {}, [
            ("grid", "1fr 1fr", [
                [("h1", "Innhold"), ("toc", [("Styrelederen har ordet", 3), ("Styret og administrasjonen", 4),
                                             ("Årsberetning", 5), ("Resultatregnskap", 6), ("Balanse og noter", 7)])],
                [("box", [("h3", "Om stiftelsen", {"gold": False}),
                          ("p", "Stiftelsen Solbergtunet ble opprettet av {g:Ringsaker} kommune i 1987 og eier og leier "
                                "ut 48 leiligheter for seniorer i tre tun sentralt i {g:Brumunddal}."),
                          ("dl", [("Adresse", "Solbergvegen 9, 2380 {g:Brumunddal}"), ("Telefon", "62 34 55 10"),
                                  ("E-post", "post@solbergtunet.no"), ("Nett", "www.solbergtunet.no"),
                                  ("Org.nr.", "953 611 208")], {"columns": "17mm 1fr"})], {"background": "#f1ede4"})]]),
            ("h2", "Nøkkeltall 2018"),
            ("tiles", [("48", "leiligheter i tre tun"), ("{p:97,9 %}", "utleiegrad gjennom året"),
                       ("7 450", "kroner i gjennomsnittlig månedsleie"), ("11", "nye leietakere")], {"cols": 4}),
            ("grid", "1fr 1fr", [
                [("bars", "Husleieinntekter, 1000 kr", [("2014", "3 712", .87), ("2015", "3 824", .9), ("2016", "3 990", .93),
                                                        ("2017", "4 153", .97), ("2018", "4 268", 1)])],
                [("p", "Husleiene ble regulert med {p:1,6 %|husleiene ble regulert} fra 1. januar, i tråd med "
                       "konsumprisindeksen. Ventelisten hadde 36 søkere ved utgangen av året."),
                 ("p", "Gjennomsnittsalderen blant leietakerne er 81 år, og {p:72 %|av leietakerne er kvinner} av "
                       "leietakerne er kvinner.")]])]),
        ("sheet", {}, [
            ("kicker", "Leder"), ("h1", "Styrelederen har ordet"),
            ("grid", "1fr 62mm", [
                [("cols", 2, [
                    ("p", "Det viktigste vi gjorde i 2018, var å fullføre fasaderehabiliteringen av tun C. Arbeidet "
                          "startet i april og ble ferdig før første snø, innenfor budsjettet. Leietakerne har vist "
                          "stor tålmodighet med stillas og støy, og det vil styret takke for."),
                    ("p", "Vedlikeholdet kostet mer enn i et normalår, og det preger resultatet. Styret mener likevel "
                          "at det er riktig å ta vare på bygningene nå, slik at vi unngår større kostnader senere."),
                    ("p", "Samarbeidet med {g:Ringsaker} kommune er godt. Kommunen tildeler leilighetene etter søknad, "
                          "mens stiftelsen har ansvaret for drift og vedlikehold."),
                    ("p", "Ved årsskiftet gikk Ola Mælum ut av styret etter tolv år, de siste seks som styreleder. "
                          "Vi takker ham for stor innsats."),
                    ("p", "Asbjørn Hovland Bakken, styreleder")])],
                [("people", [("Asbjørn Hovland Bakken", ["styreleder"])], {"cols": 1, "seed": 18, "face_bg": "#efe6d2"}),
                 ("quote", "Gode boliger gir trygge dager. Det er hele grunnen til at vi finnes.")]]),
            ("photo", 1802, "houses", "Tun A og B sett fra hagen. Beboerne har selv plantet de nye bedene.",
             {"height": "80mm"})]),
        ("sheet", {}, [
            ("kicker", "Organisasjon"), ("h1", "Styret og administrasjonen"),
            ("photo", 1803, "hall", "Styret i Stiftelsen Solbergtunet. Foran fra venstre: styreleder Asbjørn Hovland "
                                    "Bakken og nestleder Gro Merete Snekkerbakken. Bak fra venstre: styremedlemmene "
                                    "Jan Erik Rognstad og Kari-Anne Fossum og varamedlem Leif Brenden. Foto: Kristian Vold",
             {"height": "92mm"}),
            ("grid", "1fr 1fr", [
                [("h3", "Styret"),
                 ("p", "Styret har fire medlemmer og ett varamedlem. Tre medlemmer og varamedlemmet oppnevnes av "
                       "kommunestyret i {g:Ringsaker}, ett medlem velges av leietakerne. Styret har hatt sju møter "
                       "og behandlet 33 saker."),
                 ("p", "Beboerrådet ledes av Solveig Klokkerhaug og har møtt styret to ganger i året.")],
                [("h3", "Administrasjon"),
                 ("dl", [("Daglig leder", f"{ceo} ({{p:50 %|stilling}} stilling)"), ("Vaktmester", "Rune Furuseth"),
                         ("Regnskapsfører", "Bakkehaug Regnskap AS"), ("Revisor", "Statsautorisert revisor Nils Ove Tangen")],
                  {"columns": "28mm 1fr"}),
                 ("p", "Kommunens kontaktperson er boligkonsulent Hanne Stai i enhet for tildeling.")]])]),
        ("sheet", {}, [
            ("kicker", "Styrets beretning"), ("h1", "Årsberetning 2018"),
            ("cols", 2, [
                ("h3", "Virksomhetens art"),
                ("p", "Stiftelsen Solbergtunet har som formål å eie og leie ut boliger til eldre og andre med behov "
                      "for tilrettelagt bolig i {g:Ringsaker} kommune. Stiftelsen holder til i {g:Brumunddal} i "
                      "{g:Hedmark} og er underlagt tilsyn av Stiftelsestilsynet."),
                ("h3", "Drift"),
                ("p", "Utleiegraden var {p?:97,9 %}. Det ble gjennomført 11 inn- og utflyttinger. Fasadene på "
                      "tun C ble rehabilitert for 1,2 millioner kroner, hvorav 410 000 kroner er kostnadsført som "
                      "vedlikehold."),
                ("h3", "Arbeidsmiljø, likestilling og ytre miljø"),
                ("p", "Stiftelsen har to ansatte i til sammen 1,3 årsverk. Det har ikke vært skader eller ulykker, og "
                      "sykefraværet var lavt. Styret består av to kvinner og to menn. Virksomheten forurenser ikke "
                      "det ytre miljø."),
                ("h3", "Økonomi"),
                ("p", f"Driftsinntektene ble {printed(res, 'Sum driftsinntekter')} kroner og driftsresultatet "
                      f"{printed(res, 'Driftsresultat')} kroner. Etter netto finansposter ble årsresultatet "
                      f"{res_txt} kroner, som overføres til annen egenkapital. Forutsetningen om fortsatt drift er "
                      "lagt til grunn."),
                ("h3", "Utsikter"),
                ("p", "Styret planlegger tilsvarende rehabilitering av tun A i 2020 og vil søke Husbanken om "
                      "tilskudd.")]),
            ("sign", "{g:Brumunddal}, 26. februar 2019", [
                ("Asbjørn Hovland Bakken", "styreleder"), ("Gro Merete Snekkerbakken", "nestleder"),
                ("Jan Erik Rognstad", "styremedlem"), ("Kari-Anne Fossum", "styremedlem")], {"cols": 4})]),
        ("sheet", {}, [("stmt", res, {"title": "Resultatregnskap", "level": 1})]),
        ("sheet", {}, [
            ("stmt", bal, {"title": "Balanse", "level": 1}),
            ("h2", "Noter"),
            ("cols", 2, [
                ("p", "Note 1 Lønn: Stiftelsen har to ansatte. Lønn til daglig leder var 388 200 kroner. Styret "
                      "har fått 42 000 kroner i honorar. Revisors honorar var 24 500 kroner.", {"cls": "small"}),
                ("p", "Note 2 Bygninger og tomter: Bygningene avskrives lineært over 50 år. Tomtene avskrives ikke. "
                      "Årets avskrivninger var 618 000 kroner.", {"cls": "small"}),
                ("p", "Note 3 Lån: Lånet i Husbanken har flytende rente og nedbetales over 30 år. Avdrag i 2018 var "
                      "492 000 kroner.", {"cls": "small"}),
                ("p", "Note 4 Bankinnskudd: Av bankinnskuddene er 61 400 kroner bundne skattetrekksmidler og "
                      "384 000 kroner depositumskonto for leietakere.", {"cls": "small"})])]),
    ]
    return {
        "name": "solbergtunet-2018", "lang": "nb", "year": 2018, "title": "Stiftelsen Solbergtunet – Årsberetning 2018",
        "foot": "Stiftelsen Solbergtunet · Årsberetning 2018",
        "design": {"font": "DejaVu Serif", "accent": "#5b4a2e", "accent2": "#4d7c5a", "tint": "#f1ede4",
                   "size": "9pt", "paper": "#fffdf8"},
        "organization": {"name": "Stiftelsen Solbergtunet", "founded_year": 1987,
                         "address": "Solbergvegen 9, 2380 Brumunddal", "phone": "62 34 55 10",
                         "email": "post@solbergtunet.no", "website": "www.solbergtunet.no"},
        "ceo": ceo, "board": board(members),
        "not_board": [ceo, "Ola Mælum", "Solveig Klokkerhaug", "Rune Furuseth", "Nils Ove Tangen", "Hanne Stai",
                      "Kristian Vold"],
        "items": items, "renditions": ["chrome"],
        "notes": "Designed A4 portrait in a serif face, 7 sheets: framed photo cover, contents beside a facts box, "
                 "tiles and a bar chart of five years' rents, chair's letter with a former chair thanked, the board "
                 "only in a group photo's caption (role words before the names: 'styremedlemmene A og B'), "
                 "statements with notes as small paragraphs under the balance.",
    }


def midtfylket_2025() -> dict:
    cols = [Col("2025", 2025), Col("2024", 2024)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, inc=[
        ("Renovasjonsgebyrer", "1", [88412, 84106]),
        ("Salg av gjenvunnet materiale", "", [6214, 7088]),
        ("Andre driftsinntekter", "", [1412, 1206])], cost=[
        ("Transport og behandling", "", [41886, 40112]),
        ("Lønnskostnader", "2", [28604, 27412]),
        ("Avskrivninger", "3", [9212, 8806]),
        ("Andre driftskostnader", "", [11480, 10944])], fin=[
        ("Finansinntekter", "", [1106, 988]),
        ("Finanskostnader", "4", [-3412, -3618])]), unit=1000, note_col="Note", label_header="Beløp i 1000 kr")
    result = [line for line in res.lines if line.label == "Årsresultat"][0].values
    bal = Statement("Balanse", cols, balance("nb", 2, fixed=[
        ("Bygninger og anlegg", "3", [68412, 71206]),
        ("Kjøretøy og maskiner", "3", [24880, 22410])], current=[
        ("Kundefordringer", "", [9612, 9104]),
        ("Andre fordringer", "", [2210, 1988]),
        ("Bankinnskudd", "", "plug")], equity=[
        ("Innskutt egenkapital", "", [12000, 12000]),
        ("Annen egenkapital", "", [11112 + result[0], 11112])], long=[
        ("Pensjonsforpliktelser", "2", [14206, 13512]),
        ("Gjeld til kredittinstitusjoner", "4", [58000, 61500])], short=[
        ("Leverandørgjeld", "", [6412, 5980]),
        ("Skyldige offentlige avgifter", "", [3880, 3612]),
        ("Annen kortsiktig gjeld", "", [5206, 4780])]), unit=1000, note_col="Note", label_header="Beløp i 1000 kr")
    ceo = "Thomas Engebretsen Vik"
    members = [("Marit Holte Kvisler", "LEDE", False), ("Stian Hagen Ødegård", "NEST", False),
               ("Åse Lunde Tveiten", "MEDL", False), ("Bjørn Egil Ramberg", "MEDL", False),
               ("Lise Mørk", "MEDL", True), ("Roger Teigen", "OBS", None), ("Per Kristian Kolsrud", "VARA", None),
               ("Hege Sundby", "VARA", None), ("Arvid Lien", "VARA", None)]
    res_txt = printed(res, "Årsresultat")
    owners = [("{g:Modum kommune|Modum}", "{p:48 %}"), ("{g:Sigdal kommune|Sigdal}", "{p:30 %}"),
              ("{g:Krødsherad kommune|Krødsherad}", "{p:22 %}")]
    items = [
        ("sheet", {"foot": False}, [("cover", {
            "layout": "numeral", "numeral": "2025", "kicker": "Midtfylket Gjenvinning IKS", "title": "Årsrapport",
            "seed": 2501, "scene": "plant",
            "caption": "Gjenvinningsstasjonen i {g:Vikersund} etter ombyggingen. Foto: Lars Erik Solberg"})]),
        ("sheet", {}, [
            ("grid", "1fr 1.3fr", [
                [("h1", "Innhold"), ("toc", [("Styrelederen har ordet", 3), ("Nøkkeltall 2025", 4),
                                             ("Eierstyring og styre", 5), ("Styrets årsberetning", 6),
                                             ("Resultatregnskap", 7), ("Balanse", 8), ("Noter", 9)])],
                [("kicker", "Om selskapet"), ("h2", "Dette er Midtfylket Gjenvinning"),
                 ("p", "Midtfylket Gjenvinning IKS ble stiftet i 2001 og samler inn og behandler husholdningsavfall "
                       "for rundt 19 000 innbyggere i {g:Modum}, {g:Sigdal} og {g:Krødsherad}. Selskapet driver tre "
                       "gjenvinningsstasjoner og et omlastingsanlegg i {g:Vikersund}."),
                 ("p", "Selskapet drives etter selvkostprinsippet. Gebyrene fastsettes av kommunestyrene etter "
                       "forslag fra representantskapet."),
                 ("dl", [("Adresse", "Gjenvinningsveien 3, 3370 {g:Vikersund}"), ("Telefon", "32 78 50 00"),
                         ("E-post", "post@mfgi.no"), ("Nett", "www.mfgi.no")], {"columns": "18mm 1fr"})]]),
            ("band", [("kicker", "Eierskap"), ("h2", "Eierne og deres andeler")], {"background": "#2f5d3a"}),
            ("tiles", [(share, label) for label, share in owners], {"cols": 3}),
            ("small", "Eierandelene følger innbyggertallet og ble sist justert av representantskapet i 2022."),
            ("photo", 2502, "plant", "Nye containere for tekstil og smått elektrisk ble satt ut på alle stasjonene i 2025.",
             {"height": "70mm"})]),
        ("sheet", {}, [
            ("band", [("kicker", "Styreleder"), ("h1", "Styrelederen har ordet")], {"background": "#2f5d3a"}),
            ("grid", "1fr 1fr 58mm", [
                [("p", "2025 ble året da sorteringskravene for husholdningsavfall for alvor slo inn. Fra 1. januar "
                       "har innbyggerne sortert ut tekstiler, og fra sommeren har vi samlet inn plast sammen med "
                       "metall og glass i ny beholder."),
                 ("p", "Innbyggerne har tatt utfordringen på strak arm. Sorteringsgraden økte til {p?:62,4 %}, "
                       "og restavfallet per innbygger gikk ned for tredje år på rad.")],
                [("p", "Styret har samtidig brukt mye tid på finansieringen av det nye omlastingsanlegget. Eierne har "
                       "sluttet seg til planen, og byggestart er satt til våren 2026."),
                 ("p", "Jeg vil takke de ansatte, representantskapet og eierkommunene for godt samarbeid."),
                 ("p", "Marit Holte Kvisler, styreleder")],
                [("people", [("Marit Holte Kvisler", ["styreleder"])], {"cols": 1, "seed": 25, "face_bg": "#dfeadf"})]]),
            ("quote", "Avfallet vårt er ikke lenger søppel. Det er råvarer vi ennå ikke har funnet kjøperen til.",
             "Marit Holte Kvisler"),
            ("collage", [(2510, "plant", "Ny komprimator på omlastingsanlegget."),
                         (2511, "houses", "Tømming i {g:Prestfoss}: 3 100 abonnenter i {g:Sigdal} fikk ny beholder."),
                         (2512, "workshop", "Lærling Jonas Brekke på verkstedet.")],
             {"columns": "1fr 1fr 1fr", "height": "44mm"})]),
        ("sheet", {}, [
            ("kicker", "Resultater"), ("h1", "Nøkkeltall 2025"),
            ("tiles", [("{p:62,4 %}", "sorteringsgrad for husholdningsavfall"), ("14 260", "tonn avfall samlet inn"),
                       ("4,6", "av 6 i kundetilfredshet"), ("{p:4,9 %}", "sykefravær")], {"cols": 4}),
            ("grid", "1fr 1fr", [
                [("bars", "Husholdningsavfall per innbygger, kg", [("{g:Modum}", "412", .9), ("{g:Sigdal}", "455", 1),
                                                                    ("{g:Krødsherad}", "438", .96)])],
                [("bars", "Sorteringsgrad 2021–2025", [("2021", "{p:55,1 %}", .551), ("2022", "{p:57,8 %}", .578),
                                                      ("2023", "{p:59,0 %}", .59), ("2024", "{p:60,9 %}", .609),
                                                      ("2025", "{p?:62,4 %}", .624)])]]),
            ("h2", "Mengder per fraksjon"),
            ("table", [["Fraksjon", "2025 (tonn)", "2024 (tonn)", "Endring"],
                       ["Restavfall", "5 120", "5 498", "{p:-6,9 %}"], ["Matavfall", "2 214", "2 106", "{p:5,1 %}"],
                       ["Papir og papp", "2 860", "2 912", "{p:-1,8 %}"], ["Plast", "612", "488", "{p:25,4 %}"],
                       ["Glass og metall", "706", "690", "{p:2,3 %}"], ["Hageavfall og trevirke", "2 748", "2 610", "{p:5,3 %}"],
                       ["Sum", "14 260", "14 304", "{p:-0,3 %}"]]),
            ("small", "Tallene omfatter avfall fra husholdninger og fritidsboliger. Kilde: selskapets veiesystem.")]),
        ("sheet", {}, [
            ("kicker", "Eierstyring"), ("h1", "Eierstyring og styre"),
            ("h2", "Representantskapet"),
            ("p", "Representantskapet er selskapets øverste organ og består av ett medlem fra hver eierkommune. "
                  "Det har hatt to møter i 2025."),
            ("table", [["Kommune", "Medlem", "Varamedlem"],
                       ["{g:Modum}", "Anne Sofie Grøtterud (leder)", "Jørn Ivar Hagen"],
                       ["{g:Sigdal}", "Ole Kristian Haug", "Tone Elin Buttingsrud"],
                       ["{g:Krødsherad}", "Berit Skaug (nestleder)", "Svein Roar Lie"]]),
            ("h2", "Styret"),
            ("people", [("Marit Holte Kvisler", ["Valgt av representantskapet"]),
                        ("Stian Hagen Ødegård", ["Valgt av representantskapet"]),
                        ("Åse Lunde Tveiten", ["Valgt av representantskapet"]),
                        ("Bjørn Egil Ramberg", ["Valgt av representantskapet"]),
                        ("Lise Mørk", ["Valgt av de ansatte"])],
             {"cols": 5, "seed": 9, "face_bg": "#dfeadf", "chips": {
                 "Marit Holte Kvisler": ["Styreleder"], "Stian Hagen Ødegård": ["Nestleder"],
                 "Åse Lunde Tveiten": ["Styremedlem"], "Bjørn Egil Ramberg": ["Styremedlem"],
                 "Lise Mørk": ["Styremedlem"]}}),
            ("p", "Varamedlemmer: 1. Per Kristian Kolsrud, 2. Hege Sundby. For de ansatte: Arvid Lien. "
                  "Hovedverneombud Roger Teigen har møtt i styret som observatør."),
            ("h2", "Ledergruppen"),
            ("dl", [("Daglig leder", ceo), ("Driftsleder", "Espen Dokken"), ("Økonomileder", "Camilla Nyhus"),
                    ("Miljørådgiver", "Sara Lunde Haugen")], {"columns": "30mm 1fr"})]),
        ("sheet", {}, [
            ("kicker", "Årsberetning"), ("h1", "Styrets årsberetning 2025"),
            ("cols", 2, [
                ("h3", "Virksomheten"),
                ("p", "Midtfylket Gjenvinning IKS er et interkommunalt selskap eid av {g:Modum} ({p?:48 %}), "
                      "{g:Sigdal} ({p?:30 %}) og {g:Krødsherad} ({p?:22 %}) kommuner i {g:Buskerud}. Selskapet har "
                      "forretningskontor i {g:Vikersund} i {g:Modum} kommune."),
                ("h3", "Styrets arbeid"),
                ("p", "Styret har fem medlemmer, hvorav fire er valgt av representantskapet og ett av og blant de "
                      "ansatte. Det er holdt ni styremøter og behandlet 71 saker."),
                ("h3", "Arbeidsmiljø og likestilling"),
                ("p", "Selskapet hadde 41 ansatte ved utgangen av året, hvorav åtte kvinner. Sykefraværet var "
                      "{p?:4,9 %}, mot {p:6,2 %|sykefraværet} i 2024. Det ble registrert to skader med fravær. "
                      "Selskapet arbeider for å rekruttere flere kvinner til sjåføryrket."),
                ("h3", "Ytre miljø"),
                ("p", "Selskapets virksomhet påvirker miljøet gjennom transport og behandling av avfall. Alle nye "
                      "renovasjonsbiler går på biogass eller strøm."),
                ("h3", "Økonomi og fortsatt drift"),
                ("p", f"Driftsinntektene ble {millions(res, 'Sum driftsinntekter')} millioner kroner. Årsresultatet "
                      f"ble {res_txt} tusen kroner og avsettes til selvkostfondet innenfor annen egenkapital. "
                      "Forutsetningen om fortsatt drift er til stede.")]),
            ("sign", "{g:Vikersund}, 12. mars 2026", [
                ("Marit Holte Kvisler", "styreleder"), ("Stian Hagen Ødegård", "nestleder"),
                ("Åse Lunde Tveiten", "styremedlem"), ("Bjørn Egil Ramberg", "styremedlem"),
                ("Lise Mørk", "styremedlem"), (ceo, "daglig leder")], {"cols": 3, "esign": True})]),
        ("sheet", {}, [("stmt", res, {"title": "Resultatregnskap", "level": 1})]),
        ("sheet", {}, [("stmt", bal, {"title": "Balanse", "level": 1})]),
        ("sheet", {}, [
            ("h1", "Noter"),
            ("h3", "Note 1 Renovasjonsgebyrer"),
            ("table", [["Beløp i 1000 kr", "2025", "2024"], ["{g:Modum}", "42 438", "40 371"],
                       ["{g:Sigdal}", "26 524", "25 232"], ["{g:Krødsherad}", "19 450", "18 503"],
                       ["Sum gebyrer", "88 412", "84 106"]]),
            ("h3", "Note 2 Lønn og pensjon"),
            ("p", "Lønn til daglig leder var 1 186 000 kroner. Honorar til styret var samlet 312 000 kroner. "
                  "Selskapet har kollektiv pensjonsordning i KLP."),
            ("h3", "Note 3 Varige driftsmidler"),
            ("p", "Bygninger avskrives over 30 år og kjøretøy over 8 år. Årets investeringer var 8 888 000 kroner."),
            ("h3", "Note 4 Lån"),
            ("p", "Gjelden til Kommunalbanken avdras med 3 500 000 kroner i året. Eierkommunene garanterer for "
                  "lånet i forhold til eierandelene.")]),
    ]
    return {
        "name": "midtfylket-gjenvinning-iks-2025", "lang": "nb", "year": 2025,
        "title": "Midtfylket Gjenvinning IKS – Årsrapport 2025", "foot": "Midtfylket Gjenvinning IKS · Årsrapport 2025",
        "design": {"accent": "#2f5d3a", "accent2": "#7a9a2e", "tint": "#eef3ea", "font": "DejaVu Sans"},
        "organization": {"name": "Midtfylket Gjenvinning IKS", "founded_year": 2001,
                         "address": "Gjenvinningsveien 3, 3370 Vikersund", "phone": "32 78 50 00",
                         "email": "post@mfgi.no", "website": "www.mfgi.no",
                         "owners": [{"name": "Modum kommune", "share_percent": 48},
                                    {"name": "Sigdal kommune", "share_percent": 30},
                                    {"name": "Krødsherad kommune", "share_percent": 22}]},
        "ceo": ceo, "board": board(members),
        "not_board": [ceo, "Anne Sofie Grøtterud", "Jørn Ivar Hagen", "Ole Kristian Haug", "Tone Elin Buttingsrud",
                      "Berit Skaug", "Svein Roar Lie", "Espen Dokken", "Camilla Nyhus", "Sara Lunde Haugen",
                      "Jonas Brekke", "Lars Erik Solberg"],
        "items": items, "renditions": ["chrome"],
        "notes": "Designed A4 portrait, 9 sheets: cover with the year as a huge outlined numeral, owners only as "
                 "three tiles (share over the municipality's name), chair's letter, tiles, bar charts and a "
                 "table of tonnages with signed changes, representantskap table, board cards with the role as a "
                 "chip above the name and how chosen under it, numbered deputies, an observer, ledergruppe as "
                 "label/name pairs, statements in 1000 kr with notes.",
    }


REPORTS = [solbergtunet_2018, midtfylket_2025]
