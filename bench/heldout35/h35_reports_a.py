"""Thirty-fifth held-out set, part A: long reports that name many people beside the board (a
vekstbedrift konsern, a frivilligsentral, a large idrettslag). All names, sentences and figures
are invented; places are real and valid in the report's year. Sums are computed, never typed."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, OTHER, Col, Line, Statement, balance, income  # noqa: F401
from h3_render import Kroner


# ---------------------------------------------------------------- 1. vekstbedrift konsern

def vekstgruppen_toten_2016() -> dict:
    cols = [Col("2016", 2016), Col("2015", 2015), Col("2016", 2016, OTHER), Col("2015", 2015, OTHER)]
    res = income("nb", 4,
                 inc=[("Salgsinntekter", "2", [14_862_410, 13_975_220, 22_447_464, 21_218_903]),
                      ("Tilskudd fra NAV", "3", [11_204_600, 10_880_150, 11_204_600, 10_880_150]),
                      ("Tilskudd fra kommunene", "3", [1_650_000, 1_600_000, 1_650_000, 1_600_000]),
                      ("Andre driftsinntekter", "", [412_880, 388_410, 455_120, 401_775])],
                 cost=[("Varekostnad", "", [4_118_220, 3_902_667, 6_740_118, 6_288_430]),
                       ("Lønnskostnad", "4", [19_880_415, 18_960_320, 23_915_660, 22_870_140]),
                       ("Avskrivning på driftsmidler", "6", [1_044_300, 998_120, 1_288_500, 1_240_650]),
                       ("Annen driftskostnad", "5", [2_655_210, 2_580_990, 3_148_762, 3_065_215])],
                 fin=[("Finansinntekter", "", [96_440, 120_380, 101_226, 124_918]),
                      ("Finanskostnader", "", [-188_220, -205_660, -244_880, -263_140])],
                 tax=("Skattekostnad", "", [0, 0, 41_200, 35_600]))
    # the sheltered company pays no tax; the konsern's figure is the subsidiary's
    res_st = Statement("Resultatregnskap", cols, res, label_header="Beløp i NOK", note_col="Note",
                       negative="paren")
    bal = balance("nb", 4,
                  fixed=[("Bygninger og tomt", "6", [9_820_000, 10_240_000, 9_820_000, 10_240_000]),
                         ("Maskiner, inventar og biler", "6", [2_318_400, 2_501_700, 3_402_650, 3_611_200]),
                         ("Aksjer i datterselskap", "7", [600_000, 600_000, None, None])],
                  current=[("Varelager", "", [688_300, 642_110, 905_420, 860_300]),
                           ("Kundefordringer", "", [1_905_220, 1_744_080, 2_711_640, 2_509_930]),
                           ("Andre fordringer", "", [224_180, 198_760, 251_330, 230_110]),
                           ("Bankinnskudd og kontanter", "8", "plug")],
                  equity=[("Aksjekapital (1 000 aksjer à 1 000 kr)", "9", [1_000_000, 1_000_000, 1_000_000, 1_000_000]),
                          ("Annen egenkapital", "9", [9_040_250, 8_700_285, 9_978_280, 9_498_990])],
                  long=[("Pantelån", "10", [5_612_000, 6_020_000, 5_612_000, 6_020_000])],
                  short=[("Leverandørgjeld", "", [1_102_330, 1_066_540, 1_611_275, 1_530_660]),
                         ("Skyldige offentlige avgifter", "", [1_680_200, 1_622_410, 1_944_880, 1_871_230]),
                         ("Annen kortsiktig gjeld", "", [1_480_990, 1_395_880, 1_725_330, 1_640_210])])
    bal_st = Statement("Balanse pr. 31.12.", cols, bal, label_header="Beløp i NOK", note_col="Note")
    board = [("Terje Rudsengen", "LEDE", False), ("Marit Bergli Haugen", "NEST", False),
             ("Olav Kinnhaug", "MEDL", False), ("Hanne Sørlie Dahl", "MEDL", False),
             ("Rune Myhrer", "MEDL", True), ("Astrid Bjørnstad", "VARA", None)]
    esign = [["Rudsengen, Terje", "Styreleder", "Signert med BankID 22.03.2017 09:14", "ID: 9578-4410-3321"],
             ["Bergli Haugen, Marit", "Nestleder", "Signert med BankID 22.03.2017 10:02", "ID: 9578-4410-3322"],
             ["Kinnhaug, Olav", "Styremedlem", "Signert med BankID 22.03.2017 12:47", "ID: 9578-4410-3323"],
             ["Sørlie Dahl, Hanne", "Styremedlem", "Signert med BankID 23.03.2017 08:30", "ID: 9578-4410-3324"],
             ["Myhrer, Rune", "Styremedlem, ansattvalgt", "Signert med BankID 23.03.2017 13:05", "ID: 9578-4410-3325"],
             ["Fossum Lie, Ingrid", "Daglig leder", "Signert med BankID 22.03.2017 08:55", "ID: 9578-4410-3326"]]
    items = [
        ("p", "ÅRSRAPPORT 2016", {"bold": True, "size": 26, "align": "center"}),
        ("p", "Vekstgruppen Toten AS – morselskap og konsern", {"size": 14, "align": "center"}),
        ("photo", 6, 8, "Ansatte og deltakere ved verkstedet på {g:Lena} under sommeravslutningen i juni."),
        ("p", "Org.nr. 976 442 118 · Bjørnsgårdvegen 14, 2850 {g:Lena} · post@vekstgruppen-toten.no · "
              "www.vekstgruppen-toten.no · Telefon 61 14 82 00", {"align": "center", "size": 9}),
        ("pagebreak",),
        ("toc", [("Daglig leder har ordet", 3), ("Dette er Vekstgruppen", 4), ("Organisasjon og ansatte", 5),
                 ("Arbeidsmiljø og HMS", 6), ("Tiltakene i 2016", 7), ("Toten Miljøservice AS", 9),
                 ("Samarbeidspartnere", 10), ("Styrets årsberetning", 11), ("Resultatregnskap", 13),
                 ("Balanse", 14), ("Noter", 15), ("Revisors beretning", 18)]),
        ("pagebreak",),
        ("h", 1, "Daglig leder har ordet"),
        ("p", "2016 ble et år med mange nye ansikter i huset. Vi tok imot flere deltakere enn noen gang, og "
              "vi fikk på plass den nye snekkerverkstedet på {g:Raufoss} etter nær to år med planlegging."),
        ("p", "Jeg vil rette en særlig takk til avdelingsleder Geir Åge Nyhus, som har bygd opp "
              "verkstedet fra bunnen av, og til Eli Kristin Morken i NAV {g?:Vestre Toten}, som har vært "
              "en trygg samtalepartner i hele prosessen. Takk også til ordfører Bjørn Iddberg i "
              "{g:Østre Toten kommune|Østre Toten}, som åpnet verkstedet i oktober, og til Tove Sandvold, "
              "som gikk av med pensjon etter 27 år som arbeidsleder i kantina."),
        ("p", "Sist, men ikke minst: takk til styret for godt samarbeid, og til alle deltakerne som hver dag "
              "viser at arbeid er mer enn lønn."),
        ("p", "Ingrid Fossum Lie\nDaglig leder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Dette er Vekstgruppen"),
        ("p", "Vekstgruppen Toten AS er en arbeids- og inkluderingsbedrift eid av kommunene på Toten. "
              "Selskapet ble stiftet i 1989 og har hovedkontor på {g:Lena}, med avdelinger på {g:Raufoss} og "
              "{g:Skreia}. Datterselskapet Toten Miljøservice AS driver ordinær virksomhet innen renhold "
              "og vaktmestertjenester."),
        ("table", [["Eier", "Aksjer", "Andel"],
                   ["Østre Toten kommune", "550", "{p:55 %}"],
                   ["Vestre Toten kommune", "450", "{p:45 %}"]], {"ruled": True}),
        ("p", "Bedriften er godkjent for tiltakene varig tilrettelagt arbeid (VTA) med 38 plasser og "
              "arbeidsforberedende trening (AFT) med 26 plasser."),
        ("pagebreak",),
        ("h", 1, "Organisasjon og ansatte"),
        ("p", "Ved utgangen av året hadde morselskapet 34 ansatte, fordelt på 31,2 årsverk. Ledergruppen "
              "og stabsfunksjonene var slik:"),
        ("table", [["Navn", "Stilling"],
                   ["Ingrid Fossum Lie", "Daglig leder"],
                   ["Knut Rognstad", "Økonomisjef"],
                   ["Silje Opsahl", "HR-rådgiver"],
                   ["Geir Åge Nyhus", "Avdelingsleder produksjon"],
                   ["Lene Bråthen", "Avdelingsleder AFT"],
                   ["Tor Egil Hagen", "Avdelingsleder VTA"],
                   ["Hilde Marie Stensrud", "Jobbspesialist"],
                   ["Arnfinn Grønvold", "Verneombud"],
                   ["Kjersti Fjeld", "Hovedtillitsvalgt, Fagforbundet"]], {"ruled": False}),
        ("p", "Bedriften har et arbeidsmiljøutvalg (AMU) med fire medlemmer. Leder i 2016 var "
              "Arnfinn Grønvold (arbeidstakersiden), med HR-rådgiver Silje Opsahl som sekretær."),
        ("pagebreak",),
        ("h", 1, "Arbeidsmiljø og HMS"),
        ("p", "Sykefraværet i morselskapet var {p:6,8 %|sykefraværet} i 2016, mot {p:7,4 %|sykefraværet} "
              "året før. Det har ikke vært skader eller ulykker som har ført til fravær."),
        ("p", "Av de ansatte er {p:58 %|kvinner} kvinner. Bedriften arbeider aktivt for likestilling og "
              "mot diskriminering, og har ingen forskjell i lønn for like stillinger."),
        ("pagebreak",),
        ("h", 1, "Tiltakene i 2016"),
        ("h", 2, "Varig tilrettelagt arbeid"),
        ("p", "Gjennomsnittlig belegg på VTA var {p:97 %|belegg på VTA}. Deltakerne arbeider i "
              "snekkerverkstedet, vaskeriet og kantina."),
        ("h", 2, "Arbeidsforberedende trening"),
        ("p", "I alt 61 deltakere var i AFT i løpet av året. Av de som avsluttet gikk "
              "{p:41 %|til arbeid eller utdanning} til arbeid eller utdanning."),
        ("table", [["Resultat ved avslutning", "2016", "2015"],
                   ["Ordinært arbeid", "14", "11"],
                   ["Utdanning", "5", "4"],
                   ["Annet tiltak", "9", "10"],
                   ["Trygd eller annet", "18", "17"]], {"ruled": True}),
        ("pagebreak",),
        ("h", 1, "Toten Miljøservice AS"),
        ("p", "Datterselskapet eies {p?:100 %} av Vekstgruppen Toten AS. Selskapets styre har i 2016 bestått "
              "av Jon Erik Mølstad (styreleder), Ingrid Fossum Lie og Knut Rognstad. Daglig leder i "
              "datterselskapet er Svein Ove Rustad."),
        ("pagebreak",),
        ("h", 1, "Samarbeidspartnere"),
        ("table", [["Partner", "Kontaktperson"],
                   ["NAV Østre Toten", "Eli Kristin Morken"],
                   ["Totenbygg AS", "Pål Syversen, innkjøpssjef"],
                   ["Raufoss Næringspark", "Heidi Snekkestad, daglig leder"],
                   ["Toten Sparebank", "Morten Eriksrud, bedriftsrådgiver"]], {"ruled": True}),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning 2016"),
        ("p", "Virksomheten drives fra {g:Lena} i {g:Østre Toten kommune|Østre Toten}, og fra avdelingen på "
              "{g:Raufoss}. Morselskapets driftsinntekter økte med {p:5,1 %|driftsinntekter} fra 2015."),
        ("p", "Styret har i 2016 hatt fem medlemmer og ett varamedlem, Astrid Bjørnstad; ett av medlemmene er valgt av og "
              "blant de ansatte. Per Gunnar Svee gikk ut av styret i september da han gikk over i ny "
              "stilling, og generalforsamlingen valgte Hanne Sørlie Dahl som nytt medlem."),
        ("p", "Årsregnskapet er avlagt under forutsetning om fortsatt drift. Styret foreslår at "
              "årsresultatet i morselskapet overføres til annen egenkapital."),
        ("sign", "{g:Lena}, 21. mars 2017",
         [("Terje Rudsengen", "Styreleder"), ("Marit Bergli Haugen", "Nestleder"), ("Olav Kinnhaug", "Styremedlem"),
          ("Hanne Sørlie Dahl", "Styremedlem"), ("Rune Myhrer", "Ansattvalgt styremedlem"),
          ("Ingrid Fossum Lie", "Daglig leder")], {"cols": 3}),
        ("pagebreak",),
        ("groupstmt", res_st, [("Selskapet", 2), ("Konsern", 2)], {"title": "Resultatregnskap"}),
        ("pagebreak",),
        ("groupstmt", bal_st, [("Selskapet", 2), ("Konsern", 2)], {"title": "Balanse pr. 31.12.2016"}),
        ("pagebreak",),
        ("h", 1, "Noter til regnskapet"),
        ("bh", "Note 4 Lønnskostnader, antall ansatte, godtgjørelser"),
        ("table", [["", "2016", "2015"], ["Lønninger", "15 940 220", "15 188 310"],
                   ["Arbeidsgiveravgift", "2 218 400", "2 120 880"], ["Pensjonskostnader", "1 721 795", "1 651 130"]],
         {"ruled": False}),
        ("p", "Lønn til daglig leder utgjorde kr 812 400. Styrehonorar er utbetalt med kr 96 000, "
              "hvorav styreleder kr 36 000. Honorar til revisor var kr 58 500 for lovpålagt revisjon."),
        ("bh", "Note 7 Datterselskap"),
        ("p", "Toten Miljøservice AS, forretningskontor {g:Lena}, eierandel {p?:100 %}. Selskapets egenkapital "
              "pr. 31.12.2016 var kr 1 461 820."),
        ("pagebreak",),
        ("h", 1, "Uavhengig revisors beretning"),
        ("p", "Til generalforsamlingen i Vekstgruppen Toten AS"),
        ("p", "Vi har revidert årsregnskapet for Vekstgruppen Toten AS, som består av selskapsregnskap og "
              "konsernregnskap. Etter vår mening er det medfølgende årsregnskapet avgitt i samsvar med lov "
              "og forskrifter."),
        ("p", "{g:Gjøvik}, 22. mars 2017\nRevisjonsfirmaet Vardal & Co AS\n\nHilde Kvarberg\nstatsautorisert revisor"),
        ("esign", "Signaturer", "Dokumentet er signert elektronisk med BankID. Signaturene er lagret hos "
                                "tjenesteleverandøren.", esign),
    ]
    return {
        "name": "vekstgruppen-toten-2016", "year": 2016, "title": "Årsrapport 2016 Vekstgruppen Toten AS",
        "organization": {"name": "Vekstgruppen Toten AS", "founded_year": 1989, "address": "Bjørnsgårdvegen 14",
                         "email": "post@vekstgruppen-toten.no", "website": "www.vekstgruppen-toten.no",
                         "phone": "61 14 82 00",
                         "owners": [{"name": "Østre Toten kommune", "share_percent": 55},
                                    {"name": "Vestre Toten kommune", "share_percent": 45}]},
        "ceo": "Ingrid Fossum Lie", "board": board, "board_optional": ["Per Gunnar Svee"],
        "not_board": ["Jon Erik Mølstad", "Svein Ove Rustad", "Knut Rognstad", "Silje Opsahl", "Geir Åge Nyhus",
                      "Arnfinn Grønvold", "Kjersti Fjeld", "Hilde Kvarberg", "Eli Kristin Morken", "Bjørn Iddberg",
                      "Tove Sandvold", "Pål Syversen", "Heidi Snekkestad", "Morten Eriksrud"],
        "programs": {"VTA": 38, "AFT": 26},
        "not_places": ["Vestre Toten kommune", "Østre Toten kommune", "NAV Østre Toten",
                       "Raufoss Næringspark", "Toten Miljøservice", "Toten Sparebank"],
        "places_optional": ["Toten"],
        "header": "Vekstgruppen Toten AS · Årsrapport 2016", "header_align": "right",
        "footer": "Side {PAGE} av {NUMPAGES}",
        "items": items, "renditions": ["pdf", "docx"],
        "notes": "Konsern beside morselskap (konsern optional); board as a signature block under the "
                 "beretning and as an e-signature page (Surname, Given names); ansattvalgt member; a "
                 "leaver (optional); the subsidiary's board, staff, AMU, auditor, partners not board.",
    }


# ---------------------------------------------------------------- 2. frivilligsentral

def brandval_frivilligsentral_2013() -> dict:
    cols = [Col("Regnskap 2013", 2013), Col("Budsjett 2013", 2013, BUDGET), Col("Regnskap 2012", 2012),
            Col("Budsjett 2014", 2014, BUDGET)]
    res = income("nb", 4,
                 inc=[("Statstilskudd", "", [305_000, 305_000, 296_000, 315_000]),
                      ("Kommunalt tilskudd", "", [260_000, 260_000, 250_000, 270_000]),
                      ("Gaver og sponsorer", "", [41_350, 30_000, 36_900, 35_000]),
                      ("Inntekter arrangementer og kafé", "", [58_720, 55_000, 52_115, 60_000])],
                 cost=[("Lønn og sosiale kostnader", "", [498_640, 505_000, 482_210, 520_000]),
                       ("Husleie og strøm", "", [72_000, 72_000, 70_500, 74_000]),
                       ("Aktiviteter og arrangementer", "", [48_330, 45_000, 43_880, 50_000]),
                       ("Kontor, telefon og data", "", [21_460, 20_000, 19_770, 22_000]),
                       ("Kjøregodtgjørelse frivillige", "", [18_215, 15_000, 14_330, 18_000])],
                 fin=[("Renteinntekter", "", [2_180, 2_000, 3_440, 2_000])],
                 labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "inc": "Inntekter",
                         "cost": "Kostnader", "fin": None, "net_fin": None})
    st = Kroner("Resultatregnskap", cols, res, label_header="")
    bcols = [Col("31.12.2013", 2013), Col("31.12.2012", 2012)]
    bal = balance("nb", 2, fixed=[],
                  current=[("Kundefordringer", "", [4_200, 2_850]), ("Bankinnskudd", "", "plug")],
                  equity=[("Egenkapital", "", [128_950, 120_345])],
                  long=[], short=[("Skyldige feriepenger", "", [44_110, 42_640]),
                                  ("Annen kortsiktig gjeld", "", [12_300, 9_870])])
    bst = Kroner("Balanse", bcols, bal, label_header="")
    board = [("Hans Petter Flaten", "LEDE", None), ("Anne Lise Vestli", "NEST", None),
             ("Kjell Arne Haugli", "MEDL", None), ("Sigrun Bakken", "MEDL", None), ("Tone Sæther", "MEDL", None),
             ("Ole Martin Strand", "VARA", None), ("Randi Aas", "VARA", None)]
    items = [
        ("p", "Brandval frivilligsentral", {"bold": True, "size": 22, "align": "center"}),
        ("p", "Årsmelding og regnskap 2013", {"size": 15, "align": "center"}),
        ("p", "Frivilligsentralen holder til i Gamle meieriet, Brandvalvegen 211, 2219 {g:Brandval}. Telefon 62 81 40 55. "
              "E-post: brandval.frivilligsentral@gmail.com", {"align": "center", "size": 9}),
        ("pagebreak",),
        ("toc", [("Leders hjørne", 2), ("Om frivilligsentralen", 3), ("Aktiviteter i 2013", 4),
                 ("Frivillige og timer", 6), ("Samarbeid og sponsorer", 7), ("Organisasjon", 8),
                 ("Regnskap 2013 og budsjett 2014", 9), ("Revisors beretning", 11)]),
        ("pagebreak",),
        ("h", 1, "Leders hjørne"),
        ("p", "Kjære alle frivillige! Nok et år er gått, og for et år det har vært. Vi har fått i gang "
              "leksehjelp på skolen på {g:Brandval}, og turgruppa har gått hver tirsdag, i regn og sol."),
        ("p", "En stor takk til Gunvor Lilleeng, som har ledet strikkekafeen i ti år, og til Arvid Holmsen, "
              "som har kjørt over 200 turer med Handlebussen. Takk også til kulturkonsulent Liv Brenden i "
              "{g:Kongsvinger kommune|Kongsvinger}, som alltid tar telefonen, og til Nils Erik Tangen fra "
              "Brandval Lions, som stilte med folk på julemarkedet."),
        ("p", "Bente Nygaard\ndaglig leder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Om frivilligsentralen"),
        ("p", "Brandval frivilligsentral ble startet i 1996 og er en medlemsforening med eget styre. "
              "Sentralen er en møteplass for alle som vil gi eller få en hjelpende hånd i bygda, og har "
              "én ansatt, daglig leder Bente Nygaard i {p:80 %|stilling} stilling."),
        ("pagebreak",),
        ("h", 1, "Aktiviteter i 2013"),
        ("li", "Strikkekafé annenhver onsdag, i gjennomsnitt 14 deltakere"),
        ("li", "Turgruppa «Tirsdagstraskerne», 38 turer, ledet av Åse Marie Rud"),
        ("li", "Leksehjelp for 5.–7. trinn på skolen, koordinert av Per Kristian Sand"),
        ("li", "Handlebussen til {g:Kongsvinger} hver torsdag"),
        ("li", "Julemarked første helg i desember"),
        ("li", "Besøkstjeneste på sykehjemmet i samarbeid med Brandval menighet"),
        ("p", "Julemarkedet samlet rundt 600 besøkende, og overskuddet gikk i sin helhet til "
              "aktivitetene for eldre."),
        ("pagebreak",),
        ("h", 1, "Frivillige og timer"),
        ("table", [["Aktivitet", "Frivillige", "Timer 2013", "Timer 2012"],
                   ["Besøkstjeneste", "11", "640", "590"], ["Handlebussen", "6", "410", "385"],
                   ["Leksehjelp", "9", "352", "0"], ["Strikkekafé", "5", "230", "240"],
                   ["Turgruppa", "4", "190", "176"], ["Arrangementer", "27", "585", "520"]], {"ruled": True}),
        ("p", "Samlet ble det registrert 2 407 frivillige timer, en økning på {p:26 %|frivillige timer} fra året før."),
        ("pagebreak",),
        ("h", 1, "Samarbeid og sponsorer"),
        ("p", "Vi takker våre samarbeidspartnere og sponsorer:"),
        ("tablines", [["Eidsiva Energi", "v/ Marianne Skaug"], ["Kiwi Brandval", "v/ butikksjef Thomas Aaberg"],
                      ["Brandval Lions", "v/ president Nils Erik Tangen"],
                      ["Brandval menighet", "v/ diakon Ingunn Moe"]], {"stops": (6.0,)}),
        ("pagebreak",),
        ("h", 1, "Organisasjon"),
        ("bh", "Styret"),
        ("p", "Styret har i 2013 bestått av Hans Petter Flaten (leder), Anne Lise Vestli (nestleder), "
              "Kjell Arne Haugli (kasserer), Sigrun Bakken (sekretær) og Tone Sæther (oppnevnt av "
              "kommunen), med Ole Martin Strand og Randi Aas som varamedlemmer. Eva Kristiansen gikk ut av "
              "styret i mai da hun flyttet, og Tone Sæther tok over plassen hennes."),
        ("p", "Til sammenligning besto styret i 2012 av:"),
        ("table", [["Verv 2012", "Navn"], ["Leder", "Gudrun Eidsmo"], ["Nestleder", "Hans Petter Flaten"],
                   ["Kasserer", "Kjell Arne Haugli"], ["Sekretær", "Sigrun Bakken"], ["Styremedlem", "Eva Kristiansen"],
                   ["Varamedlem", "Anne Lise Vestli"]], {"ruled": True}),
        ("p", "Styret har hatt sju styremøter og behandlet 41 saker. Daglig leder er styrets sekretær "
              "og har ikke stemmerett."),
        ("bh", "Brukerråd og valgkomité"),
        ("p", "Brukerrådet ledes av Oddbjørg Langseth. Valgkomiteen har bestått av Gudrun Eidsmo (leder) og "
              "Terje Nordli. Revisor er Jan Ivar Kolstad, registrert revisor."),
        ("pagebreak",),
        ("stmt", st, {"title": "Regnskap 2013 og budsjett 2014"}),
        ("p", "Årets resultat er et overskudd på kr 8 605,-, som tillegges egenkapitalen."),
        ("stmt", bst, {"title": "Balanse pr. 31.12.2013"}),
        ("sign", "{g:Brandval}, 18. februar 2014",
         [("Hans Petter Flaten", "leder"), ("Anne Lise Vestli", "nestleder"), ("Kjell Arne Haugli", "kasserer"),
          ("Sigrun Bakken", "sekretær"), ("Tone Sæther", "styremedlem")], {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til årsmøtet i Brandval frivilligsentral. Jeg har revidert regnskapet for 2013, som viser et "
              "overskudd på kr 8 605,-. Regnskapet er ført på en ordentlig måte og gir et riktig bilde av "
              "sentralens økonomi."),
        ("p", "{g:Kongsvinger}, 3. mars 2014\nJan Ivar Kolstad\nregistrert revisor"),
    ]
    return {
        "name": "brandval-frivilligsentral-2013", "year": 2013, "title": "Årsmelding 2013 Brandval frivilligsentral",
        "organization": {"name": "Brandval frivilligsentral", "founded_year": 1996, "address": "Brandvalvegen 211",
                         "email": "brandval.frivilligsentral@gmail.com", "phone": "62 81 40 55"},
        "ceo": "Bente Nygaard", "board": board, "board_optional": ["Eva Kristiansen"],
        "not_board": ["Gudrun Eidsmo", "Terje Nordli", "Oddbjørg Langseth", "Jan Ivar Kolstad", "Gunvor Lilleeng",
                      "Arvid Holmsen", "Liv Brenden", "Nils Erik Tangen", "Åse Marie Rud", "Per Kristian Sand",
                      "Marianne Skaug", "Thomas Aaberg", "Ingunn Moe"],
        "not_places": ["Brandval Lions", "Brandval menighet", "Kiwi Brandval", "Brandvalvegen"],
        "places_optional": ["Brandval"],
        "header": "Brandval frivilligsentral – årsmelding 2013", "footer": "{PAGE}",
        "items": items, "renditions": ["docx", "doc"],
        "notes": "Board in prose far from the start (kasserer, sekretær, kommune's member MEDL), a leaver "
                 "(optional), last year's board in a table (its leder and leaver not board), valgkomité, "
                 "brukerråd, volunteers and sponsors' contacts not board; Kroner with budget columns.",
    }


# ---------------------------------------------------------------- 3. large idrettslag

def bjorkelia_il_2021() -> dict:
    cols = [Col("Regnskap 2021", 2021), Col("Budsjett 2021", 2021, BUDGET), Col("Regnskap 2020", 2020),
            Col("Budsjett 2022", 2022, BUDGET)]
    res = income("nb", 4,
                 inc=[("Medlemskontingent", "", [412_300, 420_000, 398_750, 430_000]),
                      ("Treningsavgifter", "", [1_388_420, 1_350_000, 1_102_660, 1_450_000]),
                      ("Sponsorinntekter", "2", [655_000, 700_000, 610_000, 720_000]),
                      ("Offentlige tilskudd og momskompensasjon", "3", [512_880, 450_000, 688_140, 480_000]),
                      ("Arrangementer og kiosk", "", [298_410, 380_000, 104_220, 400_000])],
                 cost=[("Lønn og arbeidsgiveravgift", "4", [918_660, 930_000, 880_410, 960_000]),
                       ("Trenerhonorarer", "", [402_300, 420_000, 366_880, 440_000]),
                       ("Leie av hall og baner", "", [611_250, 640_000, 498_700, 660_000]),
                       ("Dommere, lisenser og påmeldinger", "", [366_880, 380_000, 240_330, 390_000]),
                       ("Utstyr og drakter", "", [415_220, 380_000, 301_650, 400_000]),
                       ("Drift av klubbhus", "", [288_900, 290_000, 275_100, 300_000]),
                       ("Avskrivninger", "5", [140_000, 140_000, 140_000, 140_000]),
                       ("Egenandel rehabilitering kunstgress", "5", [334_470, 300_000, 0, 0])],
                 fin=[("Renteinntekter", "", [6_120, 5_000, 9_880, 5_000]),
                      ("Rentekostnader", "", [-48_330, -50_000, -52_100, -45_000])],
                 labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "inc": "Inntekter",
                         "cost": "Kostnader", "fin": "Finansposter", "result": "Årsresultat"})
    st = Statement("Resultatregnskap", cols, res, note_col="Note", negative="paren", label_header="Beløp i NOK")
    bcols = [Col("31.12.2021", 2021), Col("31.12.2020", 2020)]
    bal = balance("nb", 2,
                  fixed=[("Klubbhus", "5", [1_960_000, 2_100_000])],
                  current=[("Fordringer", "", [188_300, 142_660]), ("Bankinnskudd", "", "plug")],
                  equity=[("Egenkapital", "", [2_009_350, 2_262_230])],
                  long=[("Lån Sparebank", "6", [1_050_000, 1_150_000])],
                  short=[("Leverandørgjeld", "", [212_770, 168_440]), ("Skyldig offentlige avgifter", "", [96_120, 88_310]),
                         ("Forskuddsbetalte treningsavgifter", "", [318_200, 0])])
    bst = Statement("Balanse", bcols, bal, note_col="Note", label_header="Beløp i NOK")
    board = [("Torunn Hågensen", "LEDE", None), ("Bjørn Inge Skjølsvold", "NEST", None),
             ("Camilla Reitan", "MEDL", None), ("Eirik Lyngvær", "MEDL", None), ("Jonas Brekkan", "MEDL", None),
             ("Marte Storhaug", "MEDL", None), ("Kristoffer Ølstad", "VARA", None)]
    items = [
        ("p", "BJØRKELIA IDRETTSLAG", {"bold": True, "size": 24, "align": "center"}),
        ("p", "Årsberetning 2021 – årsmøtet 24. mars 2022", {"size": 14, "align": "center"}),
        ("photo", 7, 9, "G14 fra Bjørkelia etter seieren i Trondheim Cup. Foto: Vegard Lien"),
        ("p", "Stiftet 1948 · Klubbhuset, Bjørkeliveien 2, 7224 {g:Melhus} · post@bjorkelia-il.no · "
              "www.bjorkelia-il.no", {"align": "center", "size": 9}),
        ("pagebreak",),
        ("toc", [("Innkalling og saksliste", 2), ("Lederen har ordet", 3), ("Klubbens organisasjon", 4),
                 ("Fotballgruppa", 6), ("Håndballgruppa", 7), ("Skigruppa", 8), ("Anlegg", 9),
                 ("Sponsorer og samarbeidspartnere", 10), ("Styrets beretning", 11), ("Regnskap og budsjett", 12),
                 ("Kontrollkomiteens beretning", 14), ("Valgkomiteens innstilling", 15), ("Protokoll", 16)]),
        ("pagebreak",),
        ("h", 1, "Innkalling til årsmøte"),
        ("p", "Medlemmene innkalles til årsmøte torsdag 24. mars 2022 kl. 19.00 i klubbhuset."),
        ("ol", "Godkjenne de stemmeberettigede"),
        ("ol", "Velge dirigent, referent og to medlemmer til å underskrive protokollen"),
        ("ol", "Behandle årsberetning og regnskap 2021"),
        ("ol", "Vedta budsjett 2022 og fastsette kontingent"),
        ("ol", "Valg"),
        ("pagebreak",),
        ("h", 1, "Lederen har ordet"),
        ("p", "Etter et 2020 preget av nedstengning kom aktiviteten tilbake for fullt. Vi passerte 1 100 "
              "medlemmer for første gang, og 14 lag deltok i seriespill."),
        ("p", "Takk til daglig leder Sindre Aune, som har holdt oversikten gjennom skiftende smitteregler, "
              "til banemester Ragnar Fuglem, og til Kari Johanne Seter, som etter 15 år gir seg som "
              "kioskansvarlig. Takk også til idrettskonsulent Per Ivar Stokkan i "
              "{g:Melhus kommune|Melhus}, og til Trøndelag idrettskrets v/ Marianne Hoff for god hjelp "
              "med lovnormen."),
        ("p", "Torunn Hågensen\nleder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Klubbens organisasjon"),
        ("p", "Bjørkelia IL er organisert med et hovedstyre og tre grupper. Daglig drift ivaretas av "
              "daglig leder Sindre Aune i {p:60 %|stilling} stilling."),
        ("table", [["Verv", "Navn", "Valgt for"],
                   ["Leder", "Torunn Hågensen", "2021–2023"],
                   ["Nestleder", "Bjørn Inge Skjølsvold", "2020–2022"],
                   ["Økonomiansvarlig", "Camilla Reitan", "2021–2023"],
                   ["Styremedlem", "Eirik Lyngvær", "2020–2022"],
                   ["Ungdomsrepresentant", "Jonas Brekkan", "2021–2022"],
                   ["Styremedlem (fra september)", "Marte Storhaug", "2021–2022"],
                   ["Varamedlem", "Kristoffer Ølstad", "2021–2022"]], {"ruled": True}),
        ("p", "Lars Fiskvik gikk ut av styret i august etter flytting. Marte Storhaug, som ble valgt som "
              "1. varamedlem, rykket da opp som styremedlem."),
        ("bh", "Gruppeledere"),
        ("table", [["Gruppe", "Leder", "Medlemmer i gruppestyret"],
                   ["Fotball", "Øystein Bakken", "5"], ["Håndball", "Ingvild Rønning", "4"],
                   ["Ski", "Hallvard Sundet", "4"]], {"ruled": True}),
        ("p", "Gruppelederne møter i hovedstyret med talerett, men uten stemmerett."),
        ("bh", "Kontrollkomité, valgkomité og revisor"),
        ("p", "Kontrollkomiteen: Aslak Moe (leder) og Turid Kvam, med Geir Morten Solberg som vara. "
              "Valgkomiteen: Randi Gjære (leder), Ola Tiller og Synnøve Lund. Revisor: Fjellvåg Revisjon AS "
              "v/ statsautorisert revisor Kjetil Håve."),
        ("bh", "Æresmedlemmer"),
        ("p", "Klubbens æresmedlemmer er Arne Kvello (1994), Bodil Sætran (2008) og Johan Petter Lø (2017)."),
        ("pagebreak",),
        ("h", 1, "Fotballgruppa"),
        ("p", "Fotballgruppa hadde 9 lag i serie og 420 aktive spillere. Gruppeleder Øystein Bakken "
              "takker alle trenere og lagledere. A-laget endte på 4. plass i 5. divisjon."),
        ("table", [["Årgang", "Spillere", "Trener"], ["G14", "22", "Vegard Lien"], ["J14", "17", "Elise Hovin"],
                   ["G12", "28", "Tommy Flå"], ["J12", "19", "Siri Engen"]], {"ruled": False}),
        ("pagebreak",),
        ("h", 1, "Håndballgruppa"),
        ("p", "Håndballgruppa hadde 5 lag i serie. Oppmøtet på treningene var i snitt "
              "{p:82 %|oppmøtet på treningene}. Gruppeleder er Ingvild Rønning."),
        ("pagebreak",),
        ("h", 1, "Skigruppa"),
        ("p", "Skigruppa arrangerte Bjørkeliarennet med 214 startende. Lysløypa var åpen i 71 dager. "
              "Gruppeleder Hallvard Sundet retter en takk til løypekjørerne."),
        ("pagebreak",),
        ("h", 1, "Anlegg"),
        ("p", "Kunstgressbanen ble rehabilitert i juni. Prosjektet ble finansiert med spillemidler og et "
              "lån, og ble ledet av anleggskomiteens leder Trond Viggo Eggen."),
        ("pagebreak",),
        ("h", 1, "Sponsorer og samarbeidspartnere"),
        ("table", [["Sponsor", "Avtale", "Kontaktperson"],
                   ["Gauldal Elektro AS", "Hovedsponsor", "Frode Ulvin"],
                   ["Sparebanken Melhus", "Draktsponsor", "Heidi Bratsberg"],
                   ["Coop Extra Lundamo", "Kiosk og arrangementer", "Rune Sandvik"],
                   ["Midtre Gauldal Bil AS", "Minibuss", "Eli Aasbø"]], {"ruled": True}),
        ("pagebreak",),
        ("h", 1, "Styrets beretning"),
        ("p", "Hovedstyret har hatt 10 styremøter og behandlet 86 saker. Klubben hadde 1 104 medlemmer ved "
              "utgangen av året. Regnskapet viser et underskudd på kr 252 880, som skyldes egenandelen "
              "til kunstgressbanen. Styret mener regnskapet gir et rettvisende bilde av klubbens økonomi."),
        ("sign", "{g:Melhus}, 28. februar 2022",
         [("Torunn Hågensen", "leder"), ("Bjørn Inge Skjølsvold", "nestleder"), ("Camilla Reitan", "økonomiansvarlig"),
          ("Eirik Lyngvær", "styremedlem"), ("Jonas Brekkan", "ungdomsrepresentant"), ("Marte Storhaug", "styremedlem")],
         {"cols": 3}),
        ("pagebreak",),
        ("stmt", st, {"title": "Resultatregnskap med budsjett"}),
        ("stmt", bst, {"title": "Balanse"}),
        ("pagebreak",),
        ("h", 1, "Kontrollkomiteens beretning"),
        ("p", "Kontrollkomiteen har gått gjennom regnskapet og styrets protokoller og anbefaler årsmøtet å "
              "godkjenne regnskapet for 2021."),
        ("p", "{g:Melhus}, 10. mars 2022\nAslak Moe, leder · Turid Kvam"),
        ("pagebreak",),
        ("h", 1, "Valgkomiteens innstilling"),
        ("table", [["Verv", "Navn", "Periode"],
                   ["Nestleder", "Eirik Lyngvær (ny som nestleder)", "2022–2024"],
                   ["Styremedlem", "Hege Tangvold (ny)", "2022–2024"],
                   ["Styremedlem", "Marte Storhaug (gjenvalg)", "2022–2024"],
                   ["Ungdomsrepresentant", "Mathias Gjersvold (ny)", "2022–2023"],
                   ["Varamedlem", "Kristoffer Ølstad (gjenvalg)", "2022–2023"]], {"ruled": True}),
        ("p", "Leder Torunn Hågensen og økonomiansvarlig Camilla Reitan er ikke på valg. "
              "Bjørn Inge Skjølsvold har ikke tatt gjenvalg."),
        ("p", "For valgkomiteen: Randi Gjære, leder"),
        ("pagebreak",),
        ("h", 1, "Protokoll fra årsmøtet 24. mars 2022"),
        ("p", "Til stede var 46 stemmeberettigede medlemmer. Som dirigent ble valgt Arne Kvello, og som "
              "referent Sunniva Grøtte. Til å underskrive protokollen ble valgt Petter Aune Rokkones og "
              "Maren Løvås."),
        ("p", "Årsberetning og regnskap ble godkjent uten merknader. Budsjett 2022 ble vedtatt. "
              "Valgkomiteens innstilling ble vedtatt ved akklamasjon."),
        ("p", "Petter Aune Rokkones (sign.)          Maren Løvås (sign.)"),
    ]
    return {
        "name": "bjorkelia-il-2021", "year": 2021, "title": "Årsberetning 2021 Bjørkelia IL",
        "organization": {"name": "Bjørkelia Idrettslag", "founded_year": 1948, "address": "Bjørkeliveien 2",
                         "email": "post@bjorkelia-il.no", "website": "www.bjorkelia-il.no"},
        "ceo": "Sindre Aune", "board": board, "board_optional": ["Lars Fiskvik"],
        "not_board": ["Øystein Bakken", "Ingvild Rønning", "Hallvard Sundet", "Aslak Moe", "Turid Kvam",
                      "Geir Morten Solberg", "Randi Gjære", "Ola Tiller", "Synnøve Lund", "Kjetil Håve",
                      "Arne Kvello", "Bodil Sætran", "Johan Petter Lø", "Hege Tangvold", "Mathias Gjersvold",
                      "Sunniva Grøtte", "Petter Aune Rokkones", "Maren Løvås", "Trond Viggo Eggen", "Frode Ulvin",
                      "Heidi Bratsberg", "Ragnar Fuglem", "Kari Johanne Seter", "Per Ivar Stokkan", "Marianne Hoff"],
        "not_places": ["Trondheim Cup", "Sparebanken Melhus", "Coop Extra Lundamo", "Midtre Gauldal Bil",
                       "Gauldal Elektro", "Trøndelag idrettskrets", "Bjørkeliarennet", "Elise Hovin"],
        "places_optional": ["Trondheim", "Lundamo", "Trøndelag"],
        "header": "Bjørkelia IL · Årsberetning 2021", "header_align": "right", "footer": "Side {PAGE}",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Board in a ruled Verv | Navn | Valgt for table (økonomiansvarlig, ungdomsrepresentant MEDL; "
                 "a varamedlem moved up, the leaver optional); gruppeledere, kontrollkomité, valgkomité, "
                 "æresmedlemmer, the protocol's dirigent, referent and signers, sponsors' contacts and the "
                 "valgkomité's new names not board; budget columns optional.",
    }


REPORTS = [vekstgruppen_toten_2016, brandval_frivilligsentral_2013, bjorkelia_il_2021]
