"""Thirty-second held-out set, part B: a museum foundation whose statements run over two pages, a
nynorsk IKS with budget beside actuals and five years of key figures, a small vekstbedrift in
whole kroner. Invented organisations, people and figures; real places valid in the report's year."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import BUDGET, Col, Line, Statement, balance, income


def _split_at(lines: list[Line], label: str) -> tuple[list[Line], list[Line]]:
    """A statement broken over two pages where the page ends: the rest goes under a "forts." title."""
    at = next(i for i, line in enumerate(lines) if line.label == label)
    return lines[:at], lines[at:]


# ---------------------------------------------------------------- 4: stiftelse, long, "forts."
def sponvika_kystmuseum_2022() -> dict:
    cols = [Col("2022", 2022), Col("2021", 2021)]
    res = income("nb", 2,
                 inc=[("Tilskudd fra staten", "2", [6_120_000, 5_880_000]),
                      ("Tilskudd fra fylkeskommunen", "2", [2_450_000, 2_400_000]),
                      ("Tilskudd fra kommunen", "2", [1_980_000, 1_950_000]),
                      ("Billettinntekter", "", [2_214_630, 1_402_880]),
                      ("Salg i museumsbutikk og kafé", "", [1_388_470, 902_150]),
                      ("Prosjektinntekter og gaver", "3", [684_200, 1_120_500])],
                 cost=[("Lønnskostnader", "4", [8_902_310, 8_611_240]),
                       ("Varekostnad butikk og kafé", "", [702_880, 466_300]),
                       ("Avskrivninger", "5", [612_000, 598_000]),
                       ("Drift og vedlikehold av bygninger og fartøy", "", [2_104_660, 1_877_420]),
                       ("Andre driftskostnader", "", [2_311_480, 2_088_930])],
                 fin=[("Finansinntekter", "", [41_220, 12_880]), ("Finanskostnader", "", [-18_340, -21_100])])
    bal = balance("nb", 2,
                  fixed=[("Bygninger og anlegg", "5", [9_840_000, 10_210_000]),
                         ("Fartøy", "5", [1_610_000, 1_802_000]),
                         ("Samlinger", "", [1, 1])],
                  current=[("Varelager butikk", "", [214_300, 188_450]),
                           ("Fordringer", "", [402_880, 611_020]),
                           ("Bankinnskudd", "6", "plug")],
                  equity=[("Grunnkapital", "7", [200_000, 200_000]),
                          ("Annen egenkapital", "7", [7_168_291, 6_941_441])],
                  long=[("Lån fra Husbanken", "8", [2_300_000, 2_500_000])],
                  short=[("Leverandørgjeld", "", [812_330, 704_120]),
                         ("Ubrukte prosjektmidler", "3", [1_940_500, 2_288_900]),
                         ("Annen kortsiktig gjeld", "", [1_106_450, 1_012_300])],
                  labels={"sum_debt": None})
    page1, page2 = _split_at(bal, "Omløpsmidler")
    res_st = Statement("Resultatregnskap", cols, res, note_col="Note", label_header="Beløp i kroner")
    bal1 = Statement("Balanse pr. 31.12.2022", cols, page1, note_col="Note", label_header="Beløp i kroner")
    bal2 = Statement("Balanse pr. 31.12.2022 (forts.)", cols, page2, note_col="Note", label_header="Beløp i kroner")
    board = [("Hege Thorsrud Løken", "LEDE", False), ("Anders Wiik", "NEST", False),
             ("Mona Fredriksen", "MEDL", False), ("Petter Skaug", "MEDL", False),
             ("Elin Rødsand", "MEDL", True),
             ("Kjersti Nordby", "VARA", None), ("Tor Inge Saxe", "VARA", None)]
    return {
        "name": "sponvika-kystmuseum-2022", "year": 2022,
        "title": "Stiftelsen Sponvika Kystmuseum – Årsmelding 2022",
        "header": "Stiftelsen Sponvika Kystmuseum | Årsmelding 2022",
        "footer": "{PAGE}", "footer_align": "right",
        "organization": {"name": "Stiftelsen Sponvika Kystmuseum", "founded_year": 1987,
                         "address": "Sponvikveien 180", "email": "post@sponvikamuseum.no",
                         "website": "www.sponvikamuseum.no"},
        "ceo": "Ingrid Aamodt Holm",
        "board": board,
        "not_board": ["Siri Bakke Juul", "Ola Rønningen", "Vigdis Stenersen", "Bjørnar Isaksen",
                      "Ellen Sofie Moe", "Rolf Henning Dahl", "Astrid Kalnes"],
        "places_optional": ["Sponvikveien"],
        "not_places": ["Sponvika Båtforening"],
        "renditions": ["docx", "pdf"],
        "notes": "Stiftelse uten eiere; styret i tabell Verv | Navn | Oppnevnt av med varamedlemmer; "
                 "museumsrådets leder, ansatte, revisor; regnskap i prosa («endte på 14,8 millioner»); "
                 "balansen over to sider med «(forts.)».",
        "items": [
            ("p", "Stiftelsen Sponvika Kystmuseum", {"bold": True, "size": 22, "align": "center"}),
            ("p", "Årsmelding 2022", {"size": 16, "align": "center"}),
            ("photo", 2, 5, "Frivillige setter ut sjekta «Svanhild» i {g:Sponvika} i mai."),
            ("p", "Sponvikveien 180 · post@sponvikamuseum.no · www.sponvikamuseum.no", {"align": "center"}),
            ("pagebreak",),
            ("toc", [("Direktørens forord", 3), ("Om stiftelsen", 4), ("Styre og råd", 5),
                     ("Publikum og formidling", 6), ("Samlinger og bevaring", 7), ("Medarbeidere", 8),
                     ("Økonomi", 8), ("Årsregnskap", 9), ("Revisors beretning", 12)]),
            ("pagebreak",),
            ("h", 1, "Direktørens forord"),
            ("p", "Etter to år med stengte dører og begrensninger fikk vi i 2022 endelig et normalt år. "
                  "Publikum kom tilbake, skolene fylte formidlingsprogrammene, og frivillige la ned tusenvis "
                  "av timer på båtene og bryggene."),
            ("p", "Driftsinntektene endte på 14,8 millioner kroner, mot 13,7 millioner året før, og "
                  "stiftelsen fikk et overskudd på om lag 0,23 millioner kroner. Billettinntektene økte med "
                  "{p:58 prosent|Billettinntektene økte}."),
            ("p", "Takk til styret, til museumsrådets leder Siri Bakke Juul og til kulturdirektøren i "
                  "{g:Viken fylkeskommune|Viken}, Ola Rønningen, for godt samarbeid om den nye "
                  "formidlingsavtalen."),
            ("p", "Ingrid Aamodt Holm, direktør", {"italic": True}),
            ("break",),
            ("h", 1, "Om stiftelsen"),
            ("p", "Stiftelsen Sponvika Kystmuseum ble opprettet i 1987 av {g:Halden kommune|Halden}, "
                  "{g:Østfold fylkeskommune|Østfold} og Sponvika Båtforening for å ta vare på kystkulturen ved "
                  "{g:Iddefjorden} og i ytre {g:Østfold}. Stiftelsen har ingen eiere; grunnkapitalen er "
                  "bundet etter stiftelsesloven."),
            ("p", "Museet har tre avdelinger: hovedanlegget i {g:Sponvika}, losstasjonen på {g:Svalerød} og "
                  "båtbyggeriet ved {g:Tistedal}. Stiftelsen er konsolidert i museumsnettverket i "
                  "{g:Viken} sammen med seks andre museer."),
            ("break",),
            ("h", 1, "Styre og råd"),
            ("p", "Styret oppnevnes for fire år av stifterne. Styret hadde i 2022 denne sammensetningen:"),
            ("table", [["Verv", "Navn", "Oppnevnt av"],
                       ["Styreleder", "Hege Thorsrud Løken", "{g:Halden kommune|Halden}"],
                       ["Nestleder", "Anders Wiik", "{g:Viken fylkeskommune|Viken}"],
                       ["Styremedlem", "Mona Fredriksen", "Sponvika Båtforening"],
                       ["Styremedlem", "Petter Skaug", "{g:Halden kommune|Halden}"],
                       ["Styremedlem", "Elin Rødsand", "De ansatte"],
                       ["Varamedlem", "Kjersti Nordby", "{g:Halden kommune|Halden}"],
                       ["Varamedlem", "Tor Inge Saxe", "{g:Viken fylkeskommune|Viken}"]],
             {"ruled": True, "shade_header": "D9E4EC"}),
            ("p", "Styret har hatt 7 møter og behandlet 44 saker. Direktøren er styrets sekretær."),
            ("h", 2, "Museumsrådet"),
            ("p", "Museumsrådet er et rådgivende organ med representanter for lag, foreninger og frivillige. "
                  "Rådet ledes av Siri Bakke Juul, med Vigdis Stenersen og Bjørnar Isaksen som medlemmer. "
                  "Rådet har ingen styrende myndighet."),
            ("break",),
            ("h", 1, "Publikum og formidling"),
            ("table", [["Besøk", "2022", "2021", "2020"],
                       ["Hovedanlegget", "18 412", "11 207", "8 944"],
                       ["Losstasjonen", "4 380", "2 911", "1 706"],
                       ["Båtbyggeriet", "2 156", "1 480", "1 102"],
                       ["Skoleelever i program", "3 904", "1 288", "640"]],
             {"ruled": True, "shade_header": "D9E4EC"}),
            ("p", "Samlet besøk økte med {p:59 %|Samlet besøk økte} fra 2021. Av de besøkende kom "
                  "{p:41 %|Av de besøkende kom} fra {g:Halden} og {p:12 %|fra Sverige} fra "
                  "{g:Sverige}. Den kulturelle skolesekken brakte alle 5.-klassene i "
                  "{g:Halden kommune|Halden} og {g:Aremark} til losstasjonen."),
            ("p", "Sommerens utstilling «Saltvann og sild» ble laget sammen med {g:Strömstad} museum og vist "
                  "på begge sider av grensen."),
            ("break",),
            ("h", 1, "Samlinger og bevaring"),
            ("p", "Samlingen teller 11 260 registrerte gjenstander og 38 fartøy. Ved årsskiftet var "
                  "{p:87 %|av gjenstandene registrert} av gjenstandene registrert i "
                  "DigitaltMuseum. Fartøyvernsenteret har satt i stand losskøyta og sjekta «Svanhild»."),
            ("h", 1, "Medarbeidere"),
            ("p", "Stiftelsen hadde 12 ansatte i 10,4 årsverk. Konservator er Ellen Sofie Moe, "
                  "formidlingsleder Rolf Henning Dahl og båtbygger Astrid Kalnes. Sykefraværet var "
                  "{p:5,2 %|sykefraværet}. Frivillige la ned om lag 6 100 timer."),
            ("h", 1, "Økonomi"),
            ("p", "Offentlige tilskudd utgjorde {p:72 %|offentlige tilskudd} av driftsinntektene. "
                  "Egeninntektene økte, særlig fra billetter og butikk. Årsoverskuddet tilføres annen "
                  "egenkapital. Styret mener årsregnskapet gir et rettvisende bilde av stiftelsens "
                  "stilling, og at forutsetningen om fortsatt drift er til stede."),
            ("pagebreak",),
            ("stmt", res_st, {"title": "Resultatregnskap 2022"}),
            ("pagebreak",),
            ("stmt", bal1, {"title": "Balanse pr. 31.12.2022"}),
            ("pagebreak",),
            ("stmt", bal2, {"title": "Balanse pr. 31.12.2022 (forts.)"}),
            ("sign", "{g:Halden}, 2. mars 2023",
             [("Hege Thorsrud Løken", "styreleder"), ("Anders Wiik", "nestleder"), ("Mona Fredriksen", "styremedlem"),
              ("Petter Skaug", "styremedlem"), ("Elin Rødsand", "styremedlem"), ("Ingrid Aamodt Holm", "direktør")],
             {"cols": 3}),
            ("pagebreak",),
            ("h", 1, "Revisors beretning"),
            ("p", "Til styret i Stiftelsen Sponvika Kystmuseum", {"bold": True}),
            ("p", "Vi har revidert stiftelsens årsregnskap for 2022. Etter vår mening er det medfølgende "
                  "årsregnskapet avgitt i samsvar med lov og forskrifter og gir et rettvisende bilde av "
                  "stiftelsens finansielle stilling per 31. desember 2022. Stiftelsen er forvaltet i samsvar "
                  "med lov, formål og vedtekter."),
            ("p", "Glommen Revisjon AS"),
            ("p", "Kari Anne Brødholt\nstatsautorisert revisor"),
        ],
    }


# ---------------------------------------------------------------- 5: nynorsk IKS, five years
def indre_sogn_reinhald_2018() -> dict:
    cols = [Col("Rekneskap 2018", 2018), Col("Budsjett 2018", 2018, BUDGET), Col("Rekneskap 2017", 2017)]
    res = income("nn", 3,
                 inc=[("Gebyr frå eigarkommunane", "", [31_420_000, 31_200_000, 30_118_000]),
                      ("Sal av materialar", "", [2_918_400, 2_400_000, 2_610_250]),
                      ("Andre driftsinntekter", "", [644_120, 500_000, 702_880])],
                 cost=[("Lønn og sosiale kostnader", "", [11_204_560, 11_350_000, 10_786_300]),
                       ("Transport og behandling", "", [17_018_220, 16_900_000, 16_402_410]),
                       ("Avskrivingar", "", [2_410_000, 2_400_000, 2_288_000]),
                       ("Andre driftskostnader", "", [3_011_340, 2_850_000, 2_940_120])],
                 fin=[("Finansinntekter", "", [84_300, 60_000, 71_900]),
                      ("Finanskostnader", "", [-402_110, -420_000, -431_600])])
    st = Statement("Resultatrekneskap", cols, res, label_header="Tal i kroner")
    bal = balance("nn", 2,
                  fixed=[("Anlegg og bygningar", "", [24_180_000, 25_300_000]),
                         ("Køyretøy og maskinar", "", [6_412_000, 6_980_000])],
                  current=[("Kundefordringar", "", [2_844_600, 2_610_330]),
                           ("Bankinnskot", "", "plug")],
                  equity=[("Innskoten eigenkapital", "", [4_000_000, 4_000_000]),
                          ("Anna eigenkapital", "", [10_317_234, 9_296_644])],
                  long=[("Lån i Kommunalbanken", "", [19_200_000, 20_600_000])],
                  short=[("Leverandørgjeld", "", [2_306_880, 2_104_550]),
                         ("Anna kortsiktig gjeld", "", [1_944_220, 1_802_470])])
    bst = Statement("Balanse", [Col("31.12.2018", 2018), Col("31.12.2017", 2017)], bal, label_header="Tal i kroner")
    # five years: 2018 and 2017 as in the statements, the three before from earlier reports
    by_label = {line.label: line.values for line in res if line.key}
    years = [2018, 2017, 2016, 2015, 2014]
    older = {"Sum driftsinntekter": [32_640_100, 31_022_400, 29_811_000],
             "Sum driftskostnader": [31_550_900, 30_184_200, 29_402_650],
             "Driftsresultat": [1_089_200, 838_200, 408_350],
             "Årsresultat": [724_300, 451_900, -12_400]}
    key_lines = [Line(label, [by_label[label][0], by_label[label][2]] + older[label], key=True)
                 for label in ("Sum driftsinntekter", "Sum driftskostnader", "Driftsresultat", "Årsresultat")]
    five = Statement("Nøkkeltal", [Col(str(y), y) for y in years], key_lines, label_header="Kroner")
    board = [("Sigve Lægreid", "LEDE", None), ("Åshild Offerdal", "NEST", None),
             ("Jostein Hauge", "MEDL", None), ("Marta Fimreite", "MEDL", None),
             ("Kåre Bøthun", "MEDL", None), ("Ingebjørg Nes", "VARA", None)]
    return {
        "name": "indre-sogn-reinhald-2018", "year": 2018,
        "title": "Indre Sogn Reinhald IKS – Årsmelding 2018",
        "header": "Indre Sogn Reinhald IKS – årsmelding 2018", "header_align": "right",
        "footer": "Side {PAGE}",
        "font": "DejaVu Serif",
        "organization": {"name": "Indre Sogn Reinhald IKS", "founded_year": 1994,
                         "phone": "57 66 41 20", "email": "post@isr.no",
                         "owners": [{"name": "Årdal kommune", "share_percent": 38.0},
                                    {"name": "Lærdal kommune", "share_percent": 27.0},
                                    {"name": "Aurland kommune", "share_percent": 20.0},
                                    {"name": "Luster kommune", "share_percent": 15.0}]},
        "ceo": "Torunn Hæreid",
        "board": board,
        "not_board": ["Nils Arne Ohnstad", "Brit Helen Skjerdal", "Gunnar Blåfjelldal", "Reidun Wangen",
                      "Oddbjørn Tønjum", "Jorunn Ljøsne", "Lars Vikøren"],
        "key_figures_optional": [],
        "renditions": ["pdf", "doc"],
        "notes": "Nynorsk IKS; rekneskap ved sida av budsjett (budsjett valfritt); nøkkeltal for fem år; "
                 "styret som tabulatorlinjer med heimkommune; representantskapet i tabell med varamedlem, "
                 "representantskapet sin leiar; revisor.",
        "items": [
            ("p", "Indre Sogn Reinhald IKS", {"bold": True, "size": 20}),
            ("p", "Årsmelding og rekneskap 2018", {"size": 14}),
            ("h", 1, "Om selskapet"),
            ("p", "Indre Sogn Reinhald IKS vart skipa i 1994 og tek hand om innsamling og behandling av "
                  "hushaldsavfall i {g:Årdal}, {g:Lærdal}, {g:Aurland} og {g:Luster}. Selskapet har "
                  "gjenvinningsstasjonar på {g:Årdalstangen}, {g:Lærdalsøyri}, i {g:Flåm} og i {g:Gaupne}, og "
                  "administrasjonen held til på {g:Årdalstangen}. Telefon 57 66 41 20, e-post post@isr.no."),
            ("p", "Eigardelane er fastsette i selskapsavtalen etter folketalet:"),
            ("table", [["Eigar", "Eigardel"],
                       ["{g:Årdal kommune|Årdal}", "{p:38 %}"],
                       ["{g:Lærdal kommune|Lærdal}", "{p:27 %}"],
                       ["{g:Aurland kommune|Aurland}", "{p:20 %}"],
                       ["{g:Luster kommune|Luster}", "{p:15 %}"]], {"ruled": True}),
            ("h", 1, "Representantskapet"),
            ("p", "Representantskapet er selskapet sitt øvste organ. Leiar i 2018 var Nils Arne Ohnstad "
                  "({g:Årdal}). Representantskapet hadde to møte."),
            ("table", [["Kommune", "Medlem", "Varamedlem"],
                       ["{g:Årdal}", "Nils Arne Ohnstad", "Brit Helen Skjerdal"],
                       ["{g:Lærdal}", "Gunnar Blåfjelldal", "Reidun Wangen"],
                       ["{g:Aurland}", "Oddbjørn Tønjum", "Jorunn Ljøsne"],
                       ["{g:Luster}", "Lars Vikøren", "Marta Fimreite"]], {"ruled": True}),
            ("h", 1, "Styret"),
            ("p", "Styret er valt av representantskapet for to år. Marta Fimreite er òg varamedlem i "
                  "representantskapet for {g:Luster}. Styret har hatt 8 møte og handsama 52 saker."),
            ("tablines", [["Styreleiar:", "Sigve Lægreid", "{g:Lærdal}"],
                          ["Nestleiar:", "Åshild Offerdal", "{g:Årdal}"],
                          ["Styremedlem:", "Jostein Hauge", "{g:Aurland}"],
                          ["Styremedlem:", "Marta Fimreite", "{g:Luster}"],
                          ["Styremedlem:", "Kåre Bøthun", "{g:Årdal}"],
                          ["Varamedlem:", "Ingebjørg Nes", "{g:Lærdal}"]], {"stops": (3.5, 8.5)}),
            ("p", "Dagleg leiar er Torunn Hæreid."),
            ("h", 1, "Styret si årsmelding"),
            ("p", "Selskapet samla inn 5 120 tonn avfall i 2018. Utsorteringsgraden auka til "
                  "{p:46,5 %|utsorteringsgraden}, og {p:31 %|materialgjenvinning} av avfallet gjekk til "
                  "materialgjenvinning. Sjukefråværet var {p:4,8 %|sjukefråværet}. Selskapet har 19 tilsette, "
                  "av dei 4 kvinner."),
            ("p", "Rekneskapen viser eit overskot som er betre enn budsjett, mest på grunn av høgare sal av "
                  "materialar. Styret meiner føresetnaden om vidare drift er til stades."),
            ("stmt", st, {"title": "Resultatrekneskap 2018"}),
            ("stmt", bst, {"title": "Balanse pr. 31.12.2018"}),
            ("widekeys", five, [["Utsorteringsgrad", "{p:46,5 %}", "{p:44,1 %}",
                                 "{p:41,0 %}", "{p:39,2 %}", "{p:37,8 %}"]],
             {"title": "Nøkkeltal 2014–2018", "widths": [4.6, 2.36, 2.36, 2.36, 2.36, 2.36]}),
            ("sign", "{g:Årdalstangen}, 21. februar 2019",
             [("Sigve Lægreid", "styreleiar"), ("Åshild Offerdal", "nestleiar"), ("Jostein Hauge", "styremedlem"),
              ("Marta Fimreite", "styremedlem"), ("Kåre Bøthun", "styremedlem"), ("Torunn Hæreid", "dagleg leiar")],
             {"cols": 3}),
            ("h", 1, "Melding frå revisor"),
            ("p", "Til representantskapet i Indre Sogn Reinhald IKS. Vi har revidert årsrekneskapen for 2018. "
                  "Etter vår meining er årsrekneskapen gjeven i samsvar med lov og forskrifter."),
            ("p", "Sogn Kommunerevisjon IKS, {g:Sogndal} 12. mars 2019 – Lars Ove Fretheim, registrert revisor"),
        ],
    }


# ---------------------------------------------------------------- 6: vekstbedrift, ",-", scan
def nea_arbeidssenter_2017() -> dict:
    cols = [Col("2017", 2017), Col("2016", 2016)]
    res = income("nb", 2,
                 inc=[("Salgsinntekter", "", [1_184_220, 1_102_650]),
                      ("Tilskudd fra NAV", "", [2_318_400, 2_204_900]),
                      ("Tilskudd fra kommunene", "", [512_000, 496_000])],
                 cost=[("Lønn og sosiale kostnader", "", [2_896_310, 2_744_120]),
                       ("Varekostnad", "", [402_880, 388_140]),
                       ("Avskrivninger", "", [86_000, 91_000]),
                       ("Andre driftskostnader", "", [571_330, 549_800])],
                 fin=[("Renteinntekter", "", [18_410, 14_220])], heads=False)
    bal = balance("nb", 2,
                  fixed=[("Maskiner og inventar", "", [312_000, 398_000])],
                  current=[("Kundefordringer", "", [146_220, 131_400]), ("Bank", "", "plug")],
                  equity=[("Aksjekapital", "", [200_000, 200_000]),
                          ("Annen egenkapital", "", [713_260, 636_750])],
                  long=[], short=[("Leverandørgjeld", "", [88_410, 79_320]),
                                  ("Skyldige offentlige avgifter", "", [214_600, 201_880]),
                                  ("Annen kortsiktig gjeld", "", [96_300, 88_470])],
                  heads=False)
    res_st = Kroner("Resultatregnskap", cols, res, render="tabs")
    bal_st = Kroner("Balanse pr. 31.12.", cols, bal, render="tabs")
    board = [("Arnfinn Kjelstad", "LEDE", False), ("Randi Græsli", "NEST", False),
             ("Olav Gresseth", "MEDL", False), ("Bodil Hårstad", "MEDL", True),
             ("Svein Are Løvseth", "VARA", None)]
    return {
        "name": "nea-arbeidssenter-2017", "year": 2017,
        "title": "Nea Arbeidssenter AS – Årsberetning 2017",
        "organization": {"name": "Nea Arbeidssenter AS", "founded_year": 1991,
                         "owners": [{"name": "Tydal kommune", "share_percent": 55.0},
                                    {"name": "Selbu kommune", "share_percent": 35.0},
                                    {"name": "Selbu Sparebank", "share_percent": 10.0}]},
        "ceo": "Gro Haugdal",
        "board": board,
        "not_board": ["Jon Kristian Aune", "Marit Lien Østby", "Per Odd Stuedal"],
        "programs": {"VTA": 9, "AFT": 6},
        "not_places": ["Selbu Sparebank"],
        "renditions": ["scan", "doc"],
        "scan": {"dpi": 170},
        "notes": "Liten vekstbedrift; styret som tabulatorlinjer; ansattes representant; hele kroner med «,-» "
                 "satt opp med tabulatorer; VTA- og AFT-plasser; NAV-kontakt og revisor.",
        "items": [
            ("p", "NEA ARBEIDSSENTER AS", {"bold": True, "size": 15}),
            ("p", "Årsberetning 2017", {"bold": True, "size": 12}),
            ("p", "Virksomhetens art. Nea Arbeidssenter AS ble stiftet i 1991 og er en godkjent "
                  "arbeidsmarkedsbedrift i {g:Tydal}. Bedriften har 9 plasser for varig tilrettelagt arbeid (VTA) "
                  "og 6 plasser i arbeidsforberedende trening (AFT) for deltakere fra {g:Tydal} og {g:Selbu}. "
                  "Virksomheten drives i lokaler ved {g:Ås} sentrum, med vedproduksjon, vaskeri og "
                  "kantinedrift."),
            ("p", "Eiere. {g:Tydal kommune|Tydal} eier {p:55 %|Tydal kommune} av aksjene, "
                  "{g:Selbu kommune|Selbu} {p:35 %|Selbu kommune} og Selbu Sparebank {p:10 %|Selbu Sparebank}."),
            ("p", "Styret. Styret har etter generalforsamlingen 11. mai 2017 bestått av:"),
            ("tablines", [["Styreleder:", "Arnfinn Kjelstad"], ["Nestleder:", "Randi Græsli"],
                          ["Styremedlem:", "Olav Gresseth"], ["Ansattes representant:", "Bodil Hårstad"],
                          ["Varamedlem:", "Svein Are Løvseth"]], {"stops": (5.0,)}),
            ("p", "Daglig leder er Gro Haugdal. Kontaktperson i NAV {g:Sør-Trøndelag} er Jon Kristian Aune. "
                  "Arbeidsleder Marit Lien Østby har ansvar for vedproduksjonen."),
            ("p", "Arbeidsmiljø. Bedriften hadde 5 ansatte og 15 deltakere. Sykefraværet blant de ansatte var "
                  "{p:3,9 %|sykefraværet}. {p:40 %|gikk over til arbeid} av deltakerne som avsluttet AFT gikk "
                  "over til arbeid eller utdanning."),
            ("p", "Fortsatt drift. Regnskapet er satt opp under forutsetning om fortsatt drift. Årets overskudd "
                  "overføres til annen egenkapital."),
            ("stmt", res_st, {"title": "Resultatregnskap 2017"}),
            ("stmt", bal_st, {"title": "Balanse pr. 31.12.2017"}),
            ("sign", "{g:Tydal}, 20. februar 2018",
             [("Arnfinn Kjelstad", "styreleder"), ("Randi Græsli", "nestleder"), ("Olav Gresseth", "styremedlem"),
              ("Bodil Hårstad", "styremedlem"), ("Gro Haugdal", "daglig leder")], {"cols": 3}),
            ("p", "Revisors beretning: Regnskapet er revidert av Gauldal Revisjon AS ved registrert revisor "
                  "Per Odd Stuedal, som i sin beretning av 5. mars 2018 mener regnskapet er avgitt i samsvar "
                  "med lov og forskrifter.", {"size": 8.5}),
        ],
    }


REPORTS = [sponvika_kystmuseum_2022, indre_sogn_reinhald_2018, nea_arbeidssenter_2017]
