"""The thirty-eighth set's first three reports: a vekstbedrift AS whose chair left and whose
employees' member changed (an acting chair until an extraordinary generalforsamling), a nynorsk
IKS whose deputy moved up and whose daglig leiar left (a konstituert one signs), and a leirsted
stiftelse listing its board per 31.12. beside the board at signing. Invented names and figures;
sums are computed, never typed."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def vormatun_vekst_2019() -> dict:
    cols = [Col("2019", 2019), Col("2018", 2018)]
    inc = income("nb", 2, [("Salgsinntekter", "", [6_412_880, 6_108_455]),
                           ("Tilskudd fra NAV", "2", [9_847_200, 9_512_600]),
                           ("Tilskudd fra kommunene", "2", [1_884_000, 1_842_000]),
                           ("Andre driftsinntekter", "", [312_410, 287_930])],
                 [("Varekostnad", "", [2_214_560, 2_087_340]),
                  ("Lønnskostnader", "3", [12_918_740, 12_402_115]),
                  ("Avskrivninger", "4", [612_300, 588_900]),
                  ("Andre driftskostnader", "", [2_508_230, 2_478_690])],
                 [("Finansinntekter", "", [48_210, 39_870]), ("Finanskostnader", "", [-61_420, -66_300])])
    res = Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Beløp i NOK",
                    negative="paren")
    bal = balance("nb", 2,
                  [("Bygninger og tomt", "4", [4_812_000, 5_020_000]),
                   ("Maskiner og inventar", "4", [1_206_400, 1_398_700])],
                  [("Varelager", "", [402_350, 388_120]), ("Kundefordringer", "", [712_880, 654_300]),
                   ("Bankinnskudd", "5", "plug")],
                  [("Aksjekapital", "6", [400_000, 400_000]), ("Annen egenkapital", "6", [6_214_090, 6_000_000])],
                  [("Pantelån", "7", [2_840_000, 3_020_000])],
                  [("Leverandørgjeld", "", [512_440, 498_210]), ("Skyldige offentlige avgifter", "", [1_108_300, 1_064_880]),
                   ("Annen kortsiktig gjeld", "", [1_204_170, 1_139_470])])
    bal_st = Statement("Balanse per 31. desember", cols, bal, note_col="Note", label_header="Beløp i NOK",
                       negative="paren")
    board = [("Håkon Berget", "LEDE", False), ("Mona Fjeldberg", "NEST", False),
             ("Endre Solvang", "MEDL", False), ("Gunhild Wiik", "MEDL", False),
             ("Siv Amundrud", "MEDL", True), ("Bjørg Lysaker", "VARA", None),
             ("Kjell Ove Tangen", "VARA", None)]
    items = [
        ("bh", "Vormatun Vekst AS", {"size": 22}),
        ("p", "ÅRSRAPPORT 2019", {"size": 16, "bold": True}),
        ("photo", 4, 5, "Fra snekkerverkstedet på {g:Råholt}. Foto: Vormatun Vekst"),
        ("p", "Vormatun Vekst AS · Sagvegen 14, 2070 {g:Råholt} · Org.nr. 971 224 508 · post@vormatun.no"),
        ("pagebreak",),
        ("toc", [("Daglig leder har ordet", 3), ("Dette er Vormatun Vekst", 4), ("Tiltakene", 4),
                 ("Medarbeidere og arbeidsmiljø", 5), ("Styrets arbeid i 2019", 6),
                 ("Årsberetning 2019", 7), ("Resultatregnskap", 8), ("Balanse", 9), ("Noter", 10)]),
        ("pagebreak",),
        ("h", 1, "Daglig leder har ordet"),
        ("p", "2019 ble et år med mange endringer, både i styret og på gulvet. Vi fikk flere deltakere i "
              "arbeidsforberedende trening enn noen gang, og verkstedet på {g:Eidsvoll Verk} ble bygget om "
              "for å gi plass til et nytt montasjelag."),
        ("p", "Jeg vil takke Arvid Skjellerud, som ledet styret fram til sommeren, for mange års trofast "
              "innsats. Takk også til NAV-veileder Liv Sandaker for et godt samarbeid om inntak, og til "
              "arbeidsleder Per Bråten, som gikk av med pensjon i november etter 24 år i bedriften."),
        ("p", "Trine Holmsbakken\ndaglig leder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Dette er Vormatun Vekst"),
        ("p", "Vormatun Vekst AS er en arbeids- og inkluderingsbedrift eid av kommunene i Øvre Romerike. "
              "Selskapet holder til på {g:Råholt} i {g:Eidsvoll} kommune, med avdeling på {g:Eidsvoll Verk}."),
        ("table", [["Eier", "Aksjer", "Eierandel"], ["Eidsvoll kommune", "320", "{p:80 %}"],
                   ["Hurdal kommune", "80", "{p:20 %}"]], {"widths": [7, 3, 3]}),
        ("h", 2, "Tiltakene"),
        ("p", "Bedriften hadde ved årsskiftet avtale med NAV om 42 plasser i varig tilrettelagt arbeid (VTA) "
              "og 28 plasser i arbeidsforberedende trening (AFT)."),
        ("p", "Av deltakerne som avsluttet AFT i 2019 gikk {p:46 prosent|til arbeid eller utdanning} "
              "til arbeid eller utdanning."),
        ("table", [["Resultat AFT", "2019", "2018"], ["Avsluttet i alt", "37", "33"],
                   ["Til arbeid", "12", "10"], ["Til utdanning", "5", "4"],
                   ["Andre tiltak / avbrutt", "20", "19"]]),
        ("pagebreak",),
        ("h", 1, "Medarbeidere og arbeidsmiljø"),
        ("p", "Ved utgangen av året hadde bedriften 21 ansatte i 19,4 årsverk. Sykefraværet var "
              "{p:6,4 %|sykefraværet} mot {p:7,1 %|sykefraværet} året før."),
        ("table", [["Funksjon", "Navn"], ["Daglig leder", "Trine Holmsbakken"],
                   ["Økonomileder", "Ellen Kirkerud"], ["Avdelingsleder produksjon", "Stian Hovde"],
                   ["Jobbspesialist", "Anette Bøhn"], ["Verneombud", "Roger Haug"]], {"widths": [6, 6]}),
        ("p", "Arbeidsmiljøutvalget ble i 2019 ledet av verneombud Roger Haug."),
        ("pagebreak",),
        ("h", 1, "Styrets arbeid i 2019"),
        ("p", "Styret har hatt 9 møter og behandlet 64 saker. Styreleder Arvid Skjellerud ba om fritak fra "
              "vervet og fratrådte 14. juni. Nestleder Mona Fjeldberg var fungerende styreleder fram til "
              "ekstraordinær generalforsamling 24. oktober, som valgte Håkon Berget til ny styreleder. "
              "Mona Fjeldberg fortsetter som nestleder."),
        ("p", "Ansattes representant Roar Lien sluttet i bedriften i mars. De ansatte valgte Siv Amundrud "
              "som nytt styremedlem fra 1. april, med Kjell Ove Tangen som varamedlem."),
        ("bh", "Styrets sammensetning per 31.12.2019"),
        ("table", [["Verv", "Navn", "Valgt av", "På valg"],
                   ["Styreleder", "Håkon Berget", "Generalforsamlingen", "2021"],
                   ["Nestleder", "Mona Fjeldberg", "Generalforsamlingen", "2020"],
                   ["Styremedlem", "Endre Solvang", "Generalforsamlingen", "2020"],
                   ["Styremedlem", "Gunhild Wiik", "Generalforsamlingen", "2021"],
                   ["Styremedlem", "Siv Amundrud", "De ansatte", "2021"],
                   ["Varamedlem", "Bjørg Lysaker", "Generalforsamlingen", "2020"],
                   ["Varamedlem", "Kjell Ove Tangen", "De ansatte", "2021"]],
         {"widths": [3.5, 4.5, 4.5, 2], "shade_header": "DDE8DD"}),
        ("p", "Styret er ikke forsikret for mulig erstatningsansvar overfor selskapet eller tredjeperson. "
              "Godtgjørelse til styret var 118 500 kroner."),
        ("pagebreak",),
        ("h", 1, "Årsberetning 2019"),
        ("p", "Vormatun Vekst AS driver med tilrettelagt arbeid og arbeidsforberedende trening. "
              "Virksomheten drives på {g:Råholt} og {g:Eidsvoll Verk} i {g:Akershus}."),
        ("p", "Driftsinntektene økte med 705 505 kroner fra året før. Årsresultatet overføres til annen "
              "egenkapital. Forutsetningen om fortsatt drift er til stede, og årsregnskapet er satt opp "
              "under denne forutsetningen."),
        ("p", "Selskapet forurenser ikke det ytre miljø. Av de ansatte er {p:62 %|Av de ansatte} "
              "kvinner. Styret består av tre kvinner og to menn."),
        ("sign", "{g:Råholt}, 11. mars 2020",
         [("Håkon Berget", "styreleder"), ("Mona Fjeldberg", "nestleder"), ("Endre Solvang", "styremedlem"),
          ("Gunhild Wiik", "styremedlem"), ("Siv Amundrud", "styremedlem"), ("Trine Holmsbakken", "daglig leder")]),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2019"}),
        ("pagebreak",),
        ("stmt", bal_st, {"title": "Balanse"}),
        ("pagebreak",),
        ("h", 1, "Noter"),
        ("bh", "Note 1 Regnskapsprinsipper"),
        ("p", "Årsregnskapet er satt opp i samsvar med regnskapsloven og god regnskapsskikk for små foretak."),
        ("bh", "Note 3 Lønnskostnader"),
        ("p", "Daglig leder har en lønn på 812 000 kroner. Honorar til revisor er 46 000 kroner."),
        ("bh", "Revisors beretning"),
        ("p", "Beretningen er avgitt 18. mars 2020 av Bakke & Holt Revisjon AS ved Jon Tore Fossum, "
              "statsautorisert revisor, og følger som eget vedlegg."),
    ]
    return {
        "name": "vormatun-vekst-2019", "year": 2019, "title": "Årsrapport 2019 Vormatun Vekst AS",
        "organization": {"name": "Vormatun Vekst AS", "address": "Sagvegen 14, 2070 Råholt",
                         "email": "post@vormatun.no",
                         "owners": [{"name": "Eidsvoll kommune", "share_percent": 80},
                                    {"name": "Hurdal kommune", "share_percent": 20}]},
        "ceo": "Trine Holmsbakken", "board": board,
        "board_optional": ["Arvid Skjellerud", "Roar Lien"],
        "not_board": ["Liv Sandaker", "Per Bråten", "Ellen Kirkerud", "Stian Hovde", "Anette Bøhn",
                      "Roger Haug", "Jon Tore Fossum"],
        "programs": {"VTA": 42, "AFT": 28},
        "not_places": ["Øvre Romerike", "Eidsvoll kommune", "Hurdal kommune"],
        "places_optional": ["Øvre Romerike", "Hurdal"],
        "header": "Vormatun Vekst AS – Årsrapport 2019", "footer": "Side {PAGE} av {NUMPAGES}",
        "items": items, "renditions": ["pdf", "docx"],
        "notes": "Chair resigned in June, nestleder acting chair until an extraordinary generalforsamling "
                 "elected a new chair in October; employees' member replaced in April (leavers optional); "
                 "board per 31.12. in a Verv | Navn | Valgt av | På valg table; owners as kommune names.",
    }


def gronlia_gjenvinning_2015() -> dict:
    cols = [Col("Rekneskap 2015", 2015), Col("Budsjett 2015", 2015, BUDGET), Col("Rekneskap 2014", 2014)]
    inc = income("nn", 3, [("Renovasjonsgebyr", "", [38_412, 37_900, 36_877]),
                           ("Sal av sekundærråstoff", "", [4_118, 4_500, 4_806]),
                           ("Andre driftsinntekter", "", [1_904, 1_650, 1_712])],
                 [("Lønn og sosiale kostnader", "3", [14_208, 14_450, 13_690]),
                  ("Transport og behandling", "", [19_774, 19_300, 19_021]),
                  ("Avskrivingar", "4", [4_612, 4_700, 4_388]),
                  ("Andre driftskostnader", "", [4_933, 4_800, 5_102])],
                 [("Finansinntekter", "", [212, 180, 264]), ("Finanskostnader", "", [-1_022, -1_100, -1_146])],
                 labels={"sum_inc": "Sum driftsinntekter"})
    res = Statement("Driftsrekneskap", cols, inc, unit=1000, label_header="Tal i 1000 kr", note_col="Note")
    bcols = [Col("31.12.2015", 2015), Col("31.12.2014", 2014)]
    bal = balance("nn", 2, [("Anlegg og bygningar", "4", [31_880, 33_140]),
                            ("Køyretøy og maskiner", "4", [8_412, 9_006])],
                  [("Kundefordringar", "", [4_306, 4_112]), ("Bankinnskot", "5", "plug")],
                  [("Innskoten eigenkapital", "", [2_000, 2_000]), ("Annan eigenkapital", "", [9_880, 9_405])],
                  [("Lån i Kommunalbanken", "6", [26_900, 28_700])],
                  [("Leverandørgjeld", "", [3_512, 3_288]), ("Anna kortsiktig gjeld", "", [4_918, 5_233])])
    bal_st = Statement("Balanse", bcols, bal, unit=1000, label_header="Tal i 1000 kr", note_col="Note")
    board = [("Ragnhild Kvame", "LEDE", False), ("Eirik Moldestad", "NEST", False),
             ("Synnøve Tenden", "MEDL", False), ("Tor Arne Vassbotn", "MEDL", False),
             ("Gunn Helene Myklebust", "MEDL", True), ("Ivar Solheim", "VARA", None),
             ("Hanne Reiakvam", "VARA", None)]
    items = [
        ("bh", "Grønlia Gjenvinning IKS", {"size": 22}),
        ("p", "Årsmelding og rekneskap 2015", {"size": 15}),
        ("p", "Vedteke av representantskapet 21. april 2016"),
        ("pagebreak",),
        ("toc", [("Innleiing", 3), ("Eigarar og representantskap", 3), ("Styret", 4),
                 ("Drift og miljø", 5), ("Nøkkeltal", 6), ("Årsmelding frå styret", 7),
                 ("Driftsrekneskap", 8), ("Balanse", 9)], {"title": "Innhald"}),
        ("pagebreak",),
        ("h", 1, "Innleiing"),
        ("p", "2015 var eit krevjande år for selskapet. Dagleg leiar Bjørn Gjerland slutta 31. august etter "
              "ni år i selskapet, og økonomisjef Marit Sunde har vore konstituert dagleg leiar frå "
              "1. september. Tilsetjing av ny dagleg leiar er ikkje avslutta ved utgangen av året."),
        ("p", "Vi takkar Bjørn Gjerland for innsatsen, og takkar òg miljøkonsulent Aslak Eide i "
              "{g:Førde} kommune og driftsleiar Kåre Nydal ved sorteringsanlegget for godt samarbeid."),
        ("h", 1, "Eigarar og representantskap"),
        ("p", "Selskapet er eit interkommunalt selskap etter IKS-lova, eigd av fire kommunar i "
              "{g:Sunnfjord}. Representantskapet er øvste organ og vel styret."),
        ("table", [["Kommune", "Eigardel", "Representant", "Vararepresentant"],
                   ["{g:Førde}", "{p:40 %}", "Oddny Vie", "Rune Sægrov"],
                   ["{g:Jølster}", "{p:25 %}", "Jakob Skrede", "Elin Årdal"],
                   ["{g:Gaular}", "{p:20 %}", "Lise Hestad", "Arne Viken"],
                   ["{g:Naustdal}", "{p:15 %}", "Knut Grytøyr", "Randi Helgheim"]],
         {"widths": [3, 2.5, 4.5, 4.5]}),
        ("p", "Representantskapet har i 2015 vore leia av Oddny Vie, med Jakob Skrede som nestleiar. "
              "Det har vore halde to møte."),
        ("pagebreak",),
        ("h", 1, "Styret"),
        ("p", "Styremedlem Lars Inge Hauge gjekk ut av styret i april då han flytta frå distriktet. "
              "1. varamedlem Synnøve Tenden rykte opp som fast medlem for resten av valperioden, og "
              "Ivar Solheim er no 1. varamedlem."),
        ("p", "Ved utgangen av 2015 har styret denne samansetjinga:"),
        ("tablines", [["Styreleiar", "Ragnhild Kvame", "{g:Førde}"],
                      ["Nestleiar", "Eirik Moldestad", "{g:Jølster}"],
                      ["Styremedlem", "Synnøve Tenden", "{g:Gaular}"],
                      ["Styremedlem", "Tor Arne Vassbotn", "{g:Naustdal}"],
                      ["Styremedlem", "Gunn Helene Myklebust", "tilsette sin representant"],
                      ["1. varamedlem", "Ivar Solheim", "{g:Førde}"],
                      ["2. varamedlem", "Hanne Reiakvam", "{g:Jølster}"]], {"stops": (4.0, 9.5)}),
        ("p", "Styret har hatt 8 møte og handsama 52 saker. Dagleg leiar er sekretær for styret."),
        ("pagebreak",),
        ("h", 1, "Drift og miljø"),
        ("p", "Selskapet tok i 2015 imot 14 820 tonn avfall. Sorteringsgraden for hushaldsavfall var "
              "{p:41,2 %|sorteringsgraden for hushaldsavfall}, og gjenvinningsstasjonen i {g:Vassenden} "
              "hadde opningstid to kveldar i veka."),
        ("p", "Sjukefråveret var {p:5,8 prosent|sjukefråveret} i 2015. Selskapet har 23 tilsette."),
        ("li", "Ny sorteringslinje for plast sett i drift i mars"),
        ("li", "Innsamling av farleg avfall i alle fire kommunane i mai og september"),
        ("li", "Ny avtale om transport til forbrenning i {g:Bergen}"),
        ("pagebreak",),
        ("h", 1, "Nøkkeltal"),
        ("table", [["", "2015", "2014", "2013"], ["Mottekne tonn", "14 820", "14 512", "14 006"],
                   ["Tilsette", "23", "22", "22"],
                   ["Sorteringsgrad", "{p:41,2 %}", "{p:39,6 %}", "{p:38,0 %}"],
                   ["Abonnentar", "9 812", "9 744", "9 690"]]),
        ("pagebreak",),
        ("h", 1, "Årsmelding frå styret"),
        ("p", "Grønlia Gjenvinning IKS har forretningskontor i {g:Førde}. Selskapet har ansvar for "
              "innsamling og handsaming av hushaldsavfall for eigarkommunane."),
        ("p", "Rekneskapen viser eit årsresultat på 97 000 kroner. Styret meiner rekneskapen gir eit "
              "rett bilete av selskapet si stilling, og føresetnaden om vidare drift er til stades."),
        ("p", "Styret har tre kvinner og to menn; blant dei tilsette er {p:22 %|blant dei tilsette} "
              "kvinner."),
        ("sign", "{g:Førde}, 10. mars 2016",
         [("Ragnhild Kvame", "styreleiar"), ("Eirik Moldestad", "nestleiar"), ("Synnøve Tenden", "styremedlem"),
          ("Tor Arne Vassbotn", "styremedlem"), ("Gunn Helene Myklebust", "styremedlem"),
          ("Marit Sunde", "konst. dagleg leiar")]),
        ("pagebreak",),
        ("stmt", res, {"title": "Driftsrekneskap 2015"}),
        ("pagebreak",),
        ("stmt", bal_st, {"title": "Balanse per 31.12.2015"}),
        ("p", "Revisor er Sogn og Fjordane Revisjon IKS ved oppdragsansvarleg revisor Halvard Lote."),
    ]
    return {
        "name": "gronlia-gjenvinning-2015", "year": 2015, "title": "Årsmelding 2015 Grønlia Gjenvinning IKS",
        "organization": {"name": "Grønlia Gjenvinning IKS",
                         "owners": [{"name": "Førde", "share_percent": 40}, {"name": "Jølster", "share_percent": 25},
                                    {"name": "Gaular", "share_percent": 20}, {"name": "Naustdal", "share_percent": 15}]},
        "ceo": "Marit Sunde", "board": board,
        "board_optional": ["Lars Inge Hauge"],
        "not_board": ["Bjørn Gjerland", "Aslak Eide", "Kåre Nydal", "Oddny Vie", "Jakob Skrede", "Rune Sægrov",
                      "Lise Hestad", "Knut Grytøyr", "Halvard Lote"],
        "not_places": ["Sogn og Fjordane Revisjon IKS"],
        "places_optional": ["Sogn og Fjordane"],
        "header": "Grønlia Gjenvinning IKS · Årsmelding 2015", "footer": "{PAGE}",
        "footer_align": "right",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Nynorsk IKS: a member left in April and the 1st deputy moved up; daglig leiar left in "
                 "August, the konstituert daglig leiar signs (ceo); board as tab lines with kommune; "
                 "representantskap table with its leiar; driftsrekneskap with a budget column (optional).",
    }


def granlund_leirsted_2022() -> dict:
    cols = [Col("2022", 2022), Col("2021", 2021)]
    inc = income("nb", 2, [("Leieinntekter leirsted", "", [2_184_300, 1_612_450]),
                           ("Kioskdrift og kurs", "", [412_880, 298_140]),
                           ("Gaver og tilskudd", "2", [655_000, 910_000])],
                 [("Lønnskostnader", "3", [1_508_220, 1_422_600]),
                  ("Avskrivninger", "", [214_500, 208_000]),
                  ("Vedlikehold", "", [688_410, 502_330]),
                  ("Andre driftskostnader", "", [714_960, 651_270])],
                 [("Renteinntekter", "", [18_420, 4_230]), ("Rentekostnader", "", [-92_110, -88_640])])
    res = Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Beløp i kr", negative="paren")
    bal = balance("nb", 2, [("Leirsted, bygninger", "", [5_420_000, 5_612_000]),
                            ("Inventar", "", [186_000, 208_500])],
                  [("Fordringer", "", [84_300, 61_200]), ("Bank", "", "plug")],
                  [("Grunnkapital", "", [200_000, 200_000]), ("Annen egenkapital", "", [3_862_800, 3_807_400])],
                  [("Lån Husbanken", "", [2_180_000, 2_310_000])],
                  [("Leverandørgjeld", "", [128_400, 97_600]), ("Annen kortsiktig gjeld", "", [242_190, 226_710])])
    bal_st = Statement("Balanse", cols, bal, note_col="Note", label_header="Beløp i kr", negative="paren")
    board = [("Per Anders Kvien", "MEDL", None), ("Solveig Lunde", "MEDL", None),
             ("Magnus Haugen", "MEDL", None), ("Anne Berit Hølje", "VARA", None)]
    items = [
        ("bh", "Stiftelsen Granlund Leirsted", {"size": 20}),
        ("p", "Årsberetning og årsregnskap 2022"),
        ("h", 1, "Om stiftelsen"),
        ("p", "Stiftelsen eier og driver leirstedet ved {g:Fagernes} i {g:Nord-Aurdal}. Formålet er å gi "
              "barn og unge i {g:Valdres} et sted for leir, friluftsliv og fellesskap."),
        ("p", "Daglig leder er Kristin Nes, som også er leirsjef om sommeren. Vaktmester er Terje Bakke."),
        ("h", 1, "Virksomheten i 2022"),
        ("p", "Leirstedet hadde 6 212 gjestedøgn, mot 4 405 året før. Beleggsprosenten var "
              "{p:58 %|beleggsprosenten} i sommersesongen."),
        ("p", "Vi takker leder i Valdres Ungdomsråd Jon Ivar Sletten og alle frivillige som stilte på "
              "dugnadene i mai og oktober."),
        ("h", 1, "Styret"),
        ("p", "Styreleder Einar Tveit trådte ut av styret 9. mai etter flytting til {g:Bergen}. Styret "
              "konstituerte seg med nestleder Hilde Rudi som konstituert styreleder ut året, og varamedlem "
              "Magnus Haugen rykket opp som fast medlem. Stiftelsesrådet oppnevnte Ola Brenna som ny "
              "styreleder fra 1. februar 2023."),
        ("table", [["Styret per 31.12.2022", ""], ["Konstituert styreleder", "Hilde Rudi"],
                   ["Styremedlem", "Per Anders Kvien"], ["Styremedlem", "Solveig Lunde"],
                   ["Styremedlem", "Magnus Haugen"], ["Varamedlem", "Anne Berit Hølje"]],
         {"widths": [5.5, 5.5]}),
        ("table", [["Styret ved avleggelse av regnskapet", ""], ["Styreleder", "Ola Brenna"],
                   ["Nestleder", "Hilde Rudi"], ["Styremedlem", "Per Anders Kvien"],
                   ["Styremedlem", "Solveig Lunde"], ["Styremedlem", "Magnus Haugen"],
                   ["Varamedlem", "Anne Berit Hølje"]], {"widths": [5.5, 5.5]}),
        ("p", "Styret har hatt 7 møter. Det er ikke utbetalt styrehonorar."),
        ("h", 1, "Økonomi"),
        ("p", "Årsresultatet på 52 400 kroner overføres til annen egenkapital. Styret mener at "
              "forutsetningen om fortsatt drift er til stede."),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2022"}),
        ("stmt", bal_st, {"title": "Balanse 31.12.2022"}),
        ("sign", "{g:Fagernes}, 14. mars 2023",
         [("Ola Brenna", "styreleder"), ("Hilde Rudi", "nestleder"), ("Per Anders Kvien", "styremedlem"),
          ("Solveig Lunde", "styremedlem"), ("Magnus Haugen", "styremedlem"), ("Kristin Nes", "daglig leder")]),
        ("p", "Revisor: Revisjon Innlandet AS ved registrert revisor Gro Strand.", {"size": 8}),
    ]
    return {
        "name": "granlund-leirsted-2022", "year": 2022, "title": "Årsberetning 2022 Stiftelsen Granlund Leirsted",
        "organization": {"name": "Stiftelsen Granlund Leirsted"},
        "ceo": "Kristin Nes", "board": board,
        "board_optional": ["Hilde Rudi", "Ola Brenna", "Einar Tveit"],
        "not_board": ["Terje Bakke", "Jon Ivar Sletten", "Gro Strand"],
        "not_places": ["Valdres Ungdomsråd", "Revisjon Innlandet AS"],
        "places_optional": ["Innlandet"],
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Stiftelse: chair left in May, the nestleder konstituert styreleder to year's end, a deputy "
                 "moved up; two tables, 'per 31.12.' and 'ved avleggelse av regnskapet' (the new chair "
                 "signs): the people whose role differs between them are optional, the common members gold.",
    }


REPORTS = [vormatun_vekst_2019, gronlia_gjenvinning_2015, granlund_leirsted_2022]
