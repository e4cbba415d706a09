"""The sixty-first set's reports, first half: a vekstbedrift (2021), a fire IKS in nynorsk (2013)
and a coastal-culture foundation (2010). Everything is invented; places are real and valid in the
report's year. Sums and balances come from ``heldout_finance`` (never typed); each year's result
is carried into the equity of the balance."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income

CHROME = ["chrome"]


def _result(lines) -> list[float]:
    return lines[-1].values


def sjovang_arbeid_2021() -> dict:
    years = [Col("2021", 2021), Col("2020", 2020)]
    inc_lines = income("nb", 2, inc=[("Salgsinntekter", "", [9_412_300, 8_876_950]),
                                     ("Tilskudd fra NAV", "2", [7_935_600, 7_611_200]),
                                     ("Tilskudd fra kommunene", "", [1_150_000, 1_100_000]),
                                     ("Andre driftsinntekter", "", [312_480, 288_100])],
                       cost=[("Varekostnad", "", [3_104_220, 2_951_600]),
                             ("Lønnskostnad", "3", [13_402_880, 12_905_410]),
                             ("Avskrivninger", "4", [512_300, 498_700]),
                             ("Andre driftskostnader", "", [1_624_910, 1_570_330])],
                       fin=[("Finansinntekter", "", [38_450, 21_300]), ("Finanskostnader", "", [-64_200, -71_900])])
    res = _result(inc_lines)
    other_eq_2020 = 3_215_640
    bal_lines = balance("nb", 2, fixed=[("Maskiner og utstyr", "4", [2_104_500, 2_236_800])],
                        current=[("Kundefordringer", "", [1_288_400, 1_102_300]),
                                 ("Andre fordringer", "", [214_600, 198_450]),
                                 ("Bankinnskudd", "5", "plug")],
                        equity=[("Aksjekapital", "", [400_000, 400_000]),
                                ("Annen egenkapital", "", [other_eq_2020 + res[0], other_eq_2020])],
                        long=[("Pantelån", "", [1_150_000, 1_300_000])],
                        short=[("Leverandørgjeld", "", [712_340, 654_100]),
                               ("Skyldige offentlige avgifter", "", [1_034_220, 987_660]),
                               ("Annen kortsiktig gjeld", "", [1_402_880, 1_356_020])])
    res_st = Statement("Resultatregnskap", years, inc_lines, note_col="Note", label_header="Beløp i kroner")
    bal_st = Statement("Balanse pr. 31.12.", years, bal_lines, note_col="Note", label_header="Beløp i kroner")
    board = [("Geir Arne Tangen", "LEDE", False), ("Solveig Ruud Hagen", "NEST", False),
             ("Paal Kristiansen", "MEDL", False), ("Hilde Mæhlum Berg", "MEDL", False),
             ("Linda Brennodden", "MEDL", True), ("Ove Bråten", "VARA", None)]
    items = [
        ("sheet", [
            ("kicker", "Årsrapport 2021"),
            ("gap", 18),
            ("h", 1, "Sjøvang Arbeid AS"),
            ("p", "Arbeid, opplæring og mestring ved Hurdalsjøen", {"lead": True}),
            ("gap", 10),
            ("photo", "Forsiden: Deltakere i vedproduksjonen på Sjøvang en morgen i mars. Arbeidsleder "
                      "Tore Vestby (til høyre) viser hvordan kløyveren stilles inn. Foto: Sjøvang Arbeid",
             {"h": 95, "hue": 25}),
        ], {"folio": False}),
        ("spread", [
            ("kicker", "Innhold"),
            ("p", "Daglig leder har ordet · Året i tall · Tiltakene · Organisasjon · Årsberetning · Regnskap"),
            ("gap", 6),
            ("h", 2, "Daglig leder har ordet", {"num": "01"}),
            ("p", "2021 ble året da vi endelig kunne ha alle deltakerne på huset samtidig igjen. "
                  "Etter et krevende 2020, med et lite underskudd, endte vi i år med et positivt resultat, "
                  "og vi har tatt imot flere nye deltakere fra både {g:Hurdal} og {g:Eidsvoll}."),
            ("p", "Samarbeidet med NAV {g?:Øvre Romerike} har vært tett. En særlig takk til veileder "
                  "Anne Karin Skaug, som har fulgt opp AFT-deltakerne gjennom hele året, og til "
                  "Bjørn Ivar Lunde, som gikk av som styreleder ved generalforsamlingen i mai etter seks år. "
                  "Han har betydd mye for utviklingen av bedriften."),
            ("p", "Takk også til alle kunder, og ikke minst til deltakere og ansatte som har stått på."),
            ("p", "Marit Hovde Solbakken"),
            ("p", "daglig leder", {"small": True}),
        ], [
            ("h", 2, "Året i tall", {"num": "02"}),
            ("figs", [("18,8 mill.", "driftsinntekter i kroner"),
                      ("91", "deltakere gjennom året"),
                      ("{p:34 %}", "overgang til arbeid eller utdanning (AFT)¹"),
                      ("{p:5,2 %}", "sykefravær blant de ansatte²")]),
            ("fn", ["¹ Av de som avsluttet AFT i løpet av 2021.",
                    "² Legemeldt og egenmeldt fravær. Sykefraværet i 2020 var {p:6,9 %|Sykefraværet i 2020}."]),
            ("block", [
                ("kicker", "Om oss"),
                ("p", "Sjøvang Arbeid AS er en arbeids- og inkluderingsbedrift stiftet i 1989, med adresse "
                      "Sjøvegen 14, 2090 {g:Hurdal}. Selskapet eies av Hurdal kommune ({p:60 %|Hurdal kommune}) "
                      "og Eidsvoll kommune ({p:40 %|Eidsvoll kommune}) og er godkjent som tiltaksarrangør "
                      "i {g:Viken}."),
            ], {"bg": "#2f5d50"}),
        ], {"right_bg": None}),
        ("spread", [
            ("h", 2, "Tiltakene", {"num": "03"}),
            ("p", "Bedriften har 18 plasser i varig tilrettelagt arbeid (VTA) og 26 plasser i "
                  "arbeidsforberedende trening (AFT). VTA-deltakerne arbeider i vedproduksjon, vaskeri og "
                  "kantine. AFT-deltakerne får kartlegging, opplæring og utprøving i ordinære bedrifter "
                  "i {g:Nannestad}, {g:Eidsvoll} og {g:Hurdal}."),
            ("table", [["Tiltak", "Plasser", "Deltakere 2021", "Deltakere 2020"],
                       ["VTA", "18", "21", "20"],
                       ["AFT", "26", "70", "58"],
                       ["Sum", "44", "91", "78"]], {"title": "Plasser og deltakere"}),
            ("table", [["Avsluttet AFT 2021", "Antall", "Andel"],
                       ["Arbeid", "14", "{p:29 %}"],
                       ["Utdanning", "3", "{p:6 %}"],
                       ["Annet tiltak eller ytelse", "31", "{p:65 %}"]], {"title": "Resultater AFT"}),
        ], [
            ("photo", "Kantinen på Sjøvang serverer lunsj til ansatte i kommunen hver dag. "
                      "Kjøkkensjef Randi Aasen og VTA-deltaker Jon Erik Holm klargjør salatbaren.",
             {"h": 70, "hue": 140}),
            ("quote", "Jeg hadde ikke vært i jobb på fire år. Nå har jeg fast deltidsstilling på lageret.",
             "Tidligere AFT-deltaker, 2021"),
            ("p", "Bedriften har avtaler med 22 arbeidsgivere i regionen om utplassering. Den største er "
                  "Gardermoen Logistikk AS, der jobbspesialist Kenneth Olsrud følger opp deltakerne."),
        ]),
        ("spread", [
            ("h", 2, "Ledelse", {"num": "04"}),
            ("roster", [("Daglig leder", "Marit Hovde Solbakken"), ("Økonomileder", "Stein Rune Myhre"),
                        ("Avdelingsleder AFT", "Tonje Amundrud"), ("Avdelingsleder VTA", "Pål Erik Sveen")],
             {"per_row": 2}),
            ("p", "Bedriften hadde 19 ansatte fordelt på 17,4 årsverk ved utgangen av året. "
                  "Verneombud er Rune Kolstad, og hovedtillitsvalgt er Eva Lill Grinde."),
            ("p", "Revisor er Romerike Revisjon AS ved statsautorisert revisor Helge Brenden."),
        ], [
            ("h", 2, "Styret"),
            ("roster", [("Styreleder", "Geir Arne Tangen"), ("Nestleder", "Solveig Ruud Hagen"),
                        ("Styremedlem", "Paal Kristiansen"), ("Styremedlem", "Hilde Mæhlum Berg"),
                        ("Styremedlem¹", "Linda Brennodden"), ("Varamedlem", "Ove Bråten")],
             {"per_row": 2}),
            ("fn", ["¹ Valgt av og blant de ansatte."]),
            ("p", "Styret har hatt seks møter og behandlet 41 saker. Ny styreleder ble valgt ved "
                  "generalforsamlingen 18. mai."),
        ], {"right_bg": "#2f5d50"}),
        ("spread", [
            ("h", 2, "Årsberetning 2021", {"num": "05"}),
            ("cols", 2, [
                ("h", 3, "Virksomhetens art"),
                ("p", "Sjøvang Arbeid AS driver arbeidsrettede tiltak på oppdrag fra NAV, med lokaler i {g:Hurdal}."),
                ("h", 3, "Fortsatt drift"),
                ("p", "Forutsetningen om fortsatt drift er lagt til grunn. Årets resultat på 140 320 kroner "
                      "foreslås overført til annen egenkapital."),
                ("h", 3, "Arbeidsmiljø og likestilling"),
                ("p", "Sykefraværet blant de ansatte var {p:5,2 prosent|sykefraværet blant de ansatte} i 2021. "
                      "Av de ansatte er {p:58 %|Av de ansatte} kvinner. Styret består av tre kvinner "
                      "og to menn."),
                ("h", 3, "Ytre miljø"),
                ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for bransjen."),
            ]),
            ("sign", "Hurdal, 14. mars 2022",
             [("Geir Arne Tangen", "styreleder"), ("Solveig Ruud Hagen", "nestleder"),
              ("Paal Kristiansen", ""), ("Hilde Mæhlum Berg", ""), ("Linda Brennodden", ""),
              ("Marit Hovde Solbakken", "daglig leder")]),
        ], [
            ("stmt", res_st),
        ]),
        ("spread", [
            ("stmt", bal_st),
        ], [
            ("h", 3, "Noter"),
            ("p", "Note 2: Tilskuddene fra NAV gjelder VTA og AFT etter gjeldende satser.", {"small": True}),
            ("p", "Note 3: Daglig leder har hatt lønn på 912 400 kroner. Styrehonorar er utbetalt med "
                  "148 000 kroner, hvorav 40 000 kroner til styreleder.", {"small": True}),
            ("p", "Note 4: Maskiner og utstyr avskrives lineært over fem til ti år.", {"small": True}),
            ("p", "Note 5: Av bankinnskuddene er 612 000 kroner bundne skattetrekksmidler.", {"small": True}),
            ("gap", 30),
            ("back", ["Sjøvang Arbeid AS", "Sjøvegen 14, 2090 {g:Hurdal}", "Telefon 63 98 41 00",
                      "post@sjovang-arbeid.no", "www.sjovang-arbeid.no"]),
        ]),
    ]
    return {
        "name": "sjovang-arbeid-2021", "year": 2021, "title": "Sjøvang Arbeid AS – årsrapport 2021",
        "running": "Sjøvang Arbeid · Årsrapport 2021", "accent": "#2f5d50", "pale": "#c7d9d2",
        "organization": {"name": "Sjøvang Arbeid AS", "founded_year": 1989,
                         "address": "Sjøvegen 14, 2090 Hurdal", "phone": "63 98 41 00",
                         "email": "post@sjovang-arbeid.no", "website": "www.sjovang-arbeid.no",
                         "owners": [{"name": "Hurdal kommune", "share_percent": 60},
                                    {"name": "Eidsvoll kommune", "share_percent": 40}]},
        "ceo": "Marit Hovde Solbakken",
        "board": board,
        "not_board": ["Bjørn Ivar Lunde", "Anne Karin Skaug", "Stein Rune Myhre", "Tonje Amundrud",
                      "Pål Erik Sveen", "Rune Kolstad", "Eva Lill Grinde", "Helge Brenden", "Tore Vestby",
                      "Randi Aasen", "Jon Erik Holm", "Kenneth Olsrud"],
        "programs": {"VTA": 18, "AFT": 26},
        "not_places": ["Hurdal kommune", "Eidsvoll kommune", "Gardermoen Logistikk AS", "Romerike Revisjon AS",
                       "Hurdal, 14. mars 2022"],
        "places_optional": ["Hurdalsjøen", "Gardermoen", "Romerike"],
        "items": items, "renditions": CHROME,
        "notes": "Landscape designer report with two-page spreads. The board as role-over-name tiles on a "
                 "coloured half page; the employee-elected member shown only by a footnote mark "
                 "('Styremedlem¹' / '¹ Valgt av og blant de ansatte'); the management tiles in the same "
                 "layout on the facing page (not board); the former chair thanked (not board); the varamedlem "
                 "not in the signature row. Places inside other bodies' names optional.",
    }


def bjornefjord_brann_2013() -> dict:
    years = [Col("2013", 2013), Col("2012", 2012)]
    inc_lines = income("nn", 2, inc=[("Eigarinnskot frå kommunane", "2", [31_480_000, 29_960_000]),
                                     ("Gebyr feiing og tilsyn", "", [5_212_450, 4_987_300]),
                                     ("Andre driftsinntekter", "", [1_386_720, 1_204_880])],
                       cost=[("Løn og sosiale kostnader", "3", [28_904_310, 27_612_540]),
                             ("Avskrivingar", "5", [1_877_400, 1_702_900]),
                             ("Andre driftskostnader", "", [6_988_120, 6_514_030])],
                       fin=[("Finansinntekter", "", [212_300, 186_400]), ("Finanskostnader", "", [-498_700, -512_600])])
    res = _result(inc_lines)
    other_2012 = 1_480_210
    bal_lines = balance("nn", 2, fixed=[("Brannbilar og utstyr", "5", [14_220_600, 13_870_300]),
                                        ("Bygningar", "5", [8_904_000, 9_212_000])],
                        current=[("Kundefordringar", "", [1_102_380, 987_450]), ("Bankinnskot", "", "plug")],
                        equity=[("Innskoten eigenkapital", "", [2_000_000, 2_000_000]),
                                ("Anna eigenkapital", "", [other_2012 + res[0], other_2012])],
                        long=[("Lån i Kommunalbanken", "6", [17_400_000, 18_300_000])],
                        short=[("Leverandørgjeld", "", [1_604_330, 1_388_200]),
                               ("Skuldige offentlege avgifter", "", [2_411_900, 2_302_560]),
                               ("Anna kortsiktig gjeld", "", [1_886_720, 1_712_400])])
    res_st = Statement("Resultatrekneskap", years, inc_lines, note_col="Note", label_header="Tal i kroner")
    bal_st = Statement("Balanse 31. desember", years, bal_lines, note_col="Note", label_header="Tal i kroner")
    board = [("Kjellaug Tveit", "LEDE", False), ("Arve Rolland", "NEST", False), ("Synnøve Haugland", "MEDL", False),
             ("Leif Magne Eide", "MEDL", False), ("Terje Hatlevik", "MEDL", True)]
    items = [
        ("spread", [
            ("block", [
                ("kicker", "Årsmelding 2013"),
                ("gap", 30),
                ("h", 1, "Bjørnefjord Brannvesen IKS"),
                ("p", "Brann og redning for {g:Os}, {g:Fusa} og {g:Samnanger}", {"lead": True}),
            ], {"bg": "#8c1c13"}),
        ], [
            ("photo", "Øving på {g:Osøyro} i september: Utrykkingsleiar Kåre Fjellstad (t.v.) og brannkonstabel "
                      "Marte Sævareid røykdykkar inn i den gamle lagerbygningen. Foto: Bjørnefjord Brannvesen",
             {"h": 150, "hue": 5}),
        ], {"folio": False}),
        ("spread", [
            ("h", 2, "Føreord", {"num": "01"}),
            ("p", "Brannvesenet hadde 412 utrykkingar i 2013, ein auke frå året før. Dei fleste var "
                  "automatiske alarmar, men vi hadde også to store bygningsbrannar i {g:Fusa} og ei krevjande "
                  "trafikkulukke i {g:Tysse}."),
            ("p", "Eg vil takke mannskapa på dei fire stasjonane for innsatsen, og takke Hordaland "
                  "sivilforsvarsdistrikt og distriktssjef Ragnar Mjelde for godt samarbeid under storbrannen "
                  "på {g:Eikelandsosen}."),
            ("p", "Ola Kvamme, brannsjef og dagleg leiar"),
            ("h", 3, "Nøkkeltal"),
            ("figs", [("412", "utrykkingar"), ("1 984", "feia pipeløp"), ("71", "tilsette, av dei 58 deltidsmannskap"),
                      ("{p:4,1 %}", "sjukefråvær¹")]),
            ("fn", ["¹ Gjeld heiltidstilsette. For deltidsmannskapa vert fråværet ikkje rekna ut."]),
        ], [
            ("h", 2, "Om selskapet", {"num": "02"}),
            ("p", "Bjørnefjord Brannvesen IKS vart skipa i 2004 og er eigd av kommunane {g:Os} ({p:70 %|eigd av kommunane Os}), "
                  "{g:Fusa} ({p:20 %|Fusa}) og {g:Samnanger} ({p:10 %|Samnanger}). "
                  "Selskapet har hovudstasjon på {g:Osøyro} og deltidsstasjonar på {g:Eikelandsosen}, {g:Tysse} og "
                  "{g:Hålandsdal} i {g:Hordaland}."),
            ("table", [["Medlem", "Kommune", "Vara"],
                       ["Torbjørn Vågenes (leiar)", "{g:Os}", "Marit Kvinge"],
                       ["Kari Fosse Økland (nestleiar)", "{g:Fusa}", "Jon Ove Heggland"],
                       ["Bjarte Engevik", "{g:Samnanger}", "Randi Nesheim"]],
             {"title": "Representantskapet"}),
            ("table", [["Namn", "Verv", "Vald av"],
                       ["Kjellaug Tveit", "Styreleiar", "Representantskapet"],
                       ["Arve Rolland", "Nestleiar", "Representantskapet"],
                       ["Synnøve Haugland", "Styremedlem", "Representantskapet"],
                       ["Leif Magne Eide", "Styremedlem", "Representantskapet"],
                       ["Terje Hatlevik", "Styremedlem", "Dei tilsette"]],
             {"title": "Styret"}),
            ("p", "Varamedlemer for dei tilsette er Gunnar Hope. Styret har hatt sju møte i 2013."),
            ("p", "Leiargruppa: brannsjef Ola Kvamme, varabrannsjef Eirik Tysnes, førebyggande leiar "
                  "Hanne Rødseth og feiarmeister Sigbjørn Aadland."),
        ]),
        ("spread", [
            ("h", 2, "Årsmelding frå styret", {"num": "03"}),
            ("cols", 2, [
                ("p", "Bjørnefjord Brannvesen IKS har som føremål å ta hand om oppgåvene til eigarkommunane "
                      "etter brann- og eksplosjonsvernlova. Hovudkontoret ligg på {g:Osøyro}."),
                ("p", "Årsresultatet vart eit overskot på 22 940 kroner. Styret meiner rekneskapen gjev eit "
                      "rett bilete av stillinga ved årsskiftet, og føresetnaden om vidare drift er til stades."),
                ("p", "Av dei 71 tilsette er {p:9 %|Av dei 71 tilsette} kvinner. Styret har to kvinner og "
                      "tre menn. Selskapet arbeider for å rekruttere fleire kvinner til deltidsstyrkane."),
                ("p", "Det har ikkje vore alvorlege arbeidsulukker i 2013. Selskapet påverkar det ytre miljøet "
                      "gjennom utslepp frå køyretøy og øvingsfelt."),
            ]),
            ("sign", "Os, 20. februar 2014",
             [("Kjellaug Tveit", "styreleiar"), ("Arve Rolland", "nestleiar"), ("Synnøve Haugland", "styremedlem"),
              ("Leif Magne Eide", "styremedlem"), ("Terje Hatlevik", "styremedlem"), ("Ola Kvamme", "dagleg leiar")]),
        ], [
            ("stmt", res_st),
            ("fn", ["Eigarinnskota er fordelte etter innbyggjartal (note 2). Revisor er Vestlandsrevisjon AS "
                    "ved registrert revisor Per Atle Tellnes."]),
        ]),
        ("spread", [
            ("stmt", bal_st),
        ], [
            ("h", 3, "Notar"),
            ("p", "Note 2: Os kommune betalte 22 036 000 kroner, Fusa kommune 6 296 000 kroner og Samnanger "
                  "kommune 3 148 000 kroner i eigarinnskot.", {"small": True}),
            ("p", "Note 3: Dagleg leiar har hatt løn på 834 200 kroner. Godtgjersle til styret var 96 000 kroner.",
             {"small": True}),
            ("p", "Note 6: Lånet vert nedbetalt med 900 000 kroner årleg.", {"small": True}),
            ("gap", 20),
            ("block", [
                ("back", ["Bjørnefjord Brannvesen IKS", "Hamnevegen 3, 5200 {g:Os}", "Telefon 56 57 48 00",
                          "post@bjornefjord-brann.no"], {"title": "Kontakt"}),
            ], {"bg": "#8c1c13"}),
        ]),
    ]
    return {
        "name": "bjornefjord-brann-2013", "year": 2013, "title": "Bjørnefjord Brannvesen IKS – årsmelding 2013",
        "running": "Bjørnefjord Brannvesen IKS · 2013", "accent": "#8c1c13", "pale": "#ecc9c4", "html_lang": "nn",
        "organization": {"name": "Bjørnefjord Brannvesen IKS", "founded_year": 2004,
                         "address": "Hamnevegen 3, 5200 Os", "phone": "56 57 48 00",
                         "email": "post@bjornefjord-brann.no",
                         "owners": [{"name": "Os kommune", "share_percent": 70},
                                    {"name": "Fusa kommune", "share_percent": 20},
                                    {"name": "Samnanger kommune", "share_percent": 10}]},
        "ceo": "Ola Kvamme",
        "board": board,
        "board_optional": ["Gunnar Hope"],
        "not_board": ["Kåre Fjellstad", "Marte Sævareid", "Ragnar Mjelde", "Torbjørn Vågenes", "Marit Kvinge",
                      "Kari Fosse Økland", "Jon Ove Heggland", "Bjarte Engevik", "Randi Nesheim", "Eirik Tysnes",
                      "Hanne Rødseth", "Sigbjørn Aadland", "Per Atle Tellnes"],
        "not_places": ["Hordaland sivilforsvarsdistrikt", "Os kommune", "Fusa kommune", "Samnanger kommune",
                       "Os, 20. februar", "Vestlandsrevisjon AS"],
        "places_optional": ["Bjørnefjorden"],
        "items": items, "renditions": CHROME,
        "notes": "Nynorsk, landscape, cover as a spread (coloured block left, a photo whose overlaid caption names "
                 "two firefighters right). Representantskap with a leiar and nestleiar in a hairline table right "
                 "before the board's hairline table 'Namn | Verv | Vald av' ('Dei tilsette' marks the employee "
                 "member); the employees' deputy in one sentence (optional); leiargruppa in prose with the "
                 "brannsjef who is dagleg leiar (ceo); the auditor in a footnote under the statement. Table cells "
                 "'Os', 'Fusa', 'Samnanger' in the representantskap table are places printed unmarked? no: owners' "
                 "names are the kommune names (the owners as printed in prose).",
    }


def lista_kystkultur_2010() -> dict:
    years = [Col("2010", 2010), Col("2009", 2009)]
    labels = {"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "inc": "Inntekter", "cost": "Kostnader",
              "fin": "Finansposter", "result": "Årets resultat"}
    inc_lines = income("nb", 2, inc=[("Billettinntekter", "", [412_350, 388_900]),
                                     ("Driftstilskudd fra kommunen", "", [350_000, 350_000]),
                                     ("Tilskudd fra fylkeskommunen", "", [275_000, 250_000]),
                                     ("Gaver og sponsorinntekter", "", [96_400, 121_800]),
                                     ("Salg i museumsbutikken", "", [148_720, 139_410])],
                       cost=[("Lønn og sosiale kostnader", "2", [734_600, 702_350]),
                             ("Vedlikehold av bygninger og fartøy", "", [288_950, 214_300]),
                             ("Utstillinger og formidling", "", [121_480, 98_700]),
                             ("Andre driftskostnader", "", [176_210, 169_820])],
                       fin=[("Renteinntekter", "", [18_220, 24_600])], labels=labels)
    res = _result(inc_lines)
    other_2009 = 3_312_480
    bal_lines = balance("nb", 2, fixed=[("Bygninger", "3", [2_410_000, 2_480_000]), ("Fartøy", "3", [640_000, 660_000])],
                        current=[("Varelager butikk", "", [84_300, 79_100]), ("Bankinnskudd", "", "plug")],
                        equity=[("Grunnkapital", "", [200_000, 200_000]),
                                ("Annen egenkapital", "", [other_2009 + res[0], other_2009])],
                        long=[], short=[("Leverandørgjeld", "", [62_410, 48_900]),
                                        ("Annen kortsiktig gjeld", "", [104_220, 96_310])])
    res_st = Statement("Resultatregnskap 2010", years, inc_lines, note_col="Note", label_header="")
    bal_st = Statement("Balanse 31.12.2010", years, bal_lines, note_col="Note", label_header="")
    board = [("Torunn Egeland Vatne", "LEDE", False), ("Svein Tore Brekne", "NEST", False),
             ("Aslaug Haugland", "MEDL", False), ("Bjarne Eik", "MEDL", False), ("Elin Rasmussen", "VARA", None)]
    items = [
        ("sheet", [
            ("gap", 40),
            ("h", 1, "Stiftelsen Lista Kystkultursenter"),
            ("p", "Årsrapport 2010", {"lead": True}),
            ("gap", 20),
            ("p", "Fyrvokterboligen · Båtbyggeriet · Skøyta «Havørn»"),
        ], {"bg": "#e9e1cf", "folio": False}),
        ("spread", [
            ("photo", "Skøyta «Havørn» på vei inn til {g:Vanse} under Kystkulturdagene i juni. Ved roret skipper "
                      "Harald Skjeggestad, i baugen frivillige fra venneforeningen.", {"h": 120, "hue": 210}),
        ], [
            ("h", 2, "Forord"),
            ("p", "Kystkultursenteret hadde sitt beste publikumsår noensinne med 6 120 besøkende. "
                  "Likevel endte regnskapet med et lite underskudd, fordi vi tok et nødvendig løft på "
                  "vedlikeholdet av skøyta og båtbyggeriet.", {"lead": True}),
            ("p", "Vi takker Farsund kommune og Vest-Agder fylkeskommune for driftstilskudd, og Sparebanken "
                  "Sør for støtte til det nye formidlingsrommet. Kulturkonsulent Reidun Stray i fylkeskommunen "
                  "har gitt gode råd. Takk også til Lista Kystlag ved leder Kjell Olav Tjørve og til alle "
                  "frivillige som har lagt ned over 2 300 dugnadstimer."),
            ("p", "Torunn Egeland Vatne, styreleder"),
        ], {"folio": True}),
        ("spread", [
            ("h", 2, "Året 2010", {"num": "2"}),
            ("cols", 2, [
                ("p", "Sesongen varte fra mai til september. Skoleprogrammet ble gitt til alle 5. klasser i "
                      "{g:Farsund} og {g:Lyngdal}, og {p:78 %|besøkte båtbyggeriet} av elevene besøkte båtbyggeriet."),
                ("p", "Utstillingen «Fiskevær på Lista» åpnet i juni og ble laget i samarbeid med Vest-Agder-museet "
                      "ved konservator Åse Gunn Nilsen."),
                ("p", "Billettinntektene økte med {p:6 %|Billettinntektene økte} fra 2009."),
            ]),
            ("table", [["Besøk", "2010", "2009"], ["Ordinære gjester", "4 870", "4 410"],
                       ["Skoleelever", "812", "766"], ["Arrangementer", "438", "521"]], {"title": "Besøkstall"}),
        ], [
            ("block", [
                ("h", 2, "Om stiftelsen"),
                ("p", "Stiftelsen Lista Kystkultursenter ble opprettet i 1996 og har til formål å ta vare på og "
                      "formidle kystkulturen på {g:Lista}. Stiftelsen holder til på Fyrveien 22, 4563 {g:Borhaug}."),
                ("p", "Styret oppnevnes for to år. Farsund kommune oppnevner styrets leder og ett medlem, "
                      "Lista Kystlag oppnevner to medlemmer. Styret har i 2010 bestått av Torunn Egeland Vatne "
                      "(leder), Svein Tore Brekne (nestleder), Aslaug Haugland og Bjarne Eik, med Elin Rasmussen "
                      "som varamedlem. Styret har hatt fem møter."),
                ("p", "Daglig drift ivaretas av museumsleder Tor Inge Lindeland i {p:80 %|museumsleder} "
                      "stilling, med sesongansatte om sommeren. Revisor er Sørlandsrevisjon DA ved Kari Ølnes."),
            ], {"bg": "#1f4e6b"}),
        ], {"folio": True}),
        ("spread", [
            ("stmt", res_st),
            ("fn", ["Note 2: Stiftelsen har 1,4 årsverk. Museumsleder har hatt lønn på 398 000 kroner. "
                    "Styret er ikke honorert."]),
        ], [
            ("stmt", bal_st),
            ("fn", ["Note 3: Bygninger og fartøy avskrives over 30 år."]),
        ]),
        ("sheet", [
            ("sign", "Farsund, 22. februar 2011",
             [("Torunn Egeland Vatne", "leder"), ("Svein Tore Brekne", "nestleder"), ("Aslaug Haugland", ""),
              ("Bjarne Eik", "")]),
            ("gap", 10),
            ("back", ["Stiftelsen Lista Kystkultursenter", "Fyrveien 22, 4563 {g:Borhaug}",
                      "Museumsleder Tor Inge Lindeland", "Telefon 38 39 77 10", "post@listakystkultur.no",
                      "Åpent daglig 15. juni – 15. august"], {"title": "Besøk oss"}),
        ], {"bg": "#e9e1cf", "folio": False}),
    ]
    return {
        "name": "lista-kystkultur-2010", "year": 2010, "title": "Stiftelsen Lista Kystkultursenter – årsrapport 2010",
        "running": "Lista Kystkultursenter 2010", "accent": "#1f4e6b", "pale": "#c4d3dd",
        "organization": {"name": "Stiftelsen Lista Kystkultursenter", "founded_year": 1996,
                         "address": "Fyrveien 22, 4563 Borhaug", "phone": "38 39 77 10",
                         "email": "post@listakystkultur.no"},
        "ceo": "Tor Inge Lindeland",
        "board": board,
        "not_board": ["Harald Skjeggestad", "Reidun Stray", "Kjell Olav Tjørve", "Åse Gunn Nilsen", "Kari Ølnes"],
        "not_places": ["Farsund kommune", "Vest-Agder fylkeskommune", "Sparebanken Sør", "Lista Kystlag",
                       "Vest-Agder-museet", "Fiskevær på Lista", "Farsund, 22. februar", "Stiftelsen Lista"],
        "places_optional": ["Vest-Agder"],
        "items": items, "renditions": CHROME,
        "notes": "Landscape foundation report: cover and back page on a coloured ground, the back page with "
                 "contact details naming the museumsleder (ceo). The board only in prose on a coloured block "
                 "('bestått av Name (leder), Name (nestleder), Name og Name, med Name som varamedlem'); who "
                 "appoints it in the sentence before (no employee members: employee_elected false). The skipper "
                 "in an overlaid photo caption, thanked people (a fylkeskommune officer, the kystlag's leader), "
                 "a museum's conservator and the auditor are not board.",
    }


REPORTS = [sjovang_arbeid_2021, bjornefjord_brann_2013, lista_kystkultur_2010]
