"""Reports of the thirty-sixth held-out set (part B): a typed 1996 vekstbedrift scan, a long 2023
arbeidsinkluderingsbedrift with budget beside actuals and an e-signature page, and a 2017
vekstbedrift whose board is named only in a photo caption. Invented names and figures; real places
valid in the report's year. Markup: see bench/heldout/make_heldout.py."""
from __future__ import annotations

from h3_render import Kroner
from h36_common import CASH_NB, Col, Statement, balance, cash_flow, five_years, income, line_values, result_of
from heldout_finance import BUDGET


def _n(value: float) -> str:
    return f"{round(value):,}".replace(",", " ").replace("-", "-")


def tynset_vekst_1996() -> dict:
    """A typed årsberetning and accounts, scanned: statements with tab stops, Note | 1996 | 1995 in
    whole kroner with ",-"; the board only in the signature block (styreformann, nestformann, the
    employees' representative, daglig leder)."""
    inc = [("Salgsinntekter", "", [3_004_118, 2_861_560]), ("Driftstilskudd arbeidsmarkedsetaten", "2", [2_318_400, 2_246_000]),
           ("Tilskudd Tynset kommune", "2", [414_000, 402_000])]
    cost = [("Varekostnad", "", [1_122_905, 1_041_388]), ("Lønn og sosiale kostnader", "3", [3_803_377, 3_688_140]),
            ("Avskrivninger", "4", [188_200, 176_950]), ("Andre driftskostnader", "", [566_118, 602_447])]
    fin = [("Renteinntekter", "", [22_410, 19_877]), ("Rentekostnader", "", [-41_806, -47_290])]
    res_lines = income("nb", 2, inc, cost, fin, labels={"fin": "Finansposter", "net_fin": None})
    bal_lines = balance("nb", 2,
                        fixed=[("Bygninger", "4", [860_000, 920_000]), ("Maskiner og inventar", "4", [322_800, 351_000])],
                        current=[("Varelager", "", [188_450, 176_020]), ("Kundefordringer", "", [304_117, 288_904]),
                                 ("Bankinnskudd", "", "plug")],
                        equity=[("Aksjekapital", "", [300_000, 300_000]),
                                ("Annen egenkapital", "", [round(611_270 + result_of(res_lines)[1] + result_of(res_lines)[0]),
                                                           round(611_270 + result_of(res_lines)[1])])],
                        long=[("Pantegjeld", "5", [820_000, 880_000])],
                        short=[("Leverandørgjeld", "", [141_806, 150_212]), ("Skyldig offentlige avgifter", "", [236_450, 228_117]),
                               ("Annen kortsiktig gjeld", "", [118_733, 109_540])], sum_debt=False)
    cols = [Col("1996", 1996), Col("1995", 1995)]
    res = Kroner("Resultatregnskap", cols, res_lines, note_col="Note", render="tabs")
    bal = Kroner("Balanse pr. 31.12.1996", cols, bal_lines, note_col="Note", render="tabs")
    board = [("Halvor Moen", "LEDE", False), ("Randi Storbækken", "NEST", False), ("Jon Eggen", "MEDL", False),
             ("Gunhild Bakken", "MEDL", False), ("Ottar Lysgård", "MEDL", True)]
    items = [
        ("bh", "TYNSET VEKST A/S", {"size": 14}),
        ("bh", "ÅRSBERETNING FOR 1996"),
        ("p", "Tynset Vekst A/S ble stiftet i 1979 og har sitt forretningskontor på {g:Tynset}. Bedriften gir "
              "arbeid og attføring for yrkeshemmede fra kommunene i {g:Nord-Østerdalen} og hadde i 1996 avtale med "
              "arbeidsmarkedsetaten om 18 arbeidsplasser. Aksjene eies av Tynset kommune, {g:Tolga}, {g:Os}, {g:Alvdal} og "
              "{g:Rendalen} kommuner."),
        ("p", "Driftsinntektene økte med {p:4,1 %|Driftsinntektene økte} til kr 5 736 518,-. Årsresultatet ble "
              "kr " + _n(result_of(res_lines)[0]) + ",- mot et underskudd på kr " + _n(-result_of(res_lines)[1])
              + ",- i 1995. "
              "Styret foreslår at årsoverskuddet overføres til annen egenkapital."),
        ("p", "Sykefraværet var {p:4,9 %|Sykefraværet} for de fast ansatte. Arbeidsmiljøet anses som godt. "
              "Bedriften forurenser ikke det ytre miljø. Forutsetningen om fortsatt drift er til stede."),
        ("p", "Styret har hatt 6 møter i 1996. Styret takker de ansatte og arbeidskontoret på {g:Tynset} for godt samarbeid."),
        ("sign", "{g:Tynset}, 12. februar 1997",
         [("Halvor Moen", "styreformann"), ("Randi Storbækken", "nestformann"), ("Jon Eggen", "styremedlem"),
          ("Gunhild Bakken", "styremedlem"), ("Ottar Lysgård", "styremedlem (ansattes repr.)"),
          ("Kåre Sletten", "daglig leder")], {"cols": 3}),
        ("pagebreak",),
        ("stmt", res, {"title": "RESULTATREGNSKAP 1996"}),
        ("p", "Beløp i hele kroner", {"size": 8, "italic": True}),
        ("stmt", bal, {"title": "BALANSE PR. 31.12.1996"}),
    ]
    return {
        "name": "tynset-vekst-1996", "lang": "nb", "year": 1996, "title": "Tynset Vekst A/S Årsberetning 1996",
        "organization": {"name": "Tynset Vekst A/S", "founded_year": 1979},
        "ceo": "Kåre Sletten", "board": board, "not_board": [],
        "not_places": ["Tynset Vekst", "Tynset kommune"], "places_optional": ["Tynset kommune"],
        "font": "DejaVu Sans Mono", "body_pt": 9, "heading_font": "DejaVu Sans Mono", "margin_mm": 20,
        "items": items, "renditions": ["scan"], "scan": {"tilt": 0.6},
        "notes": "Typed 1996 årsberetning and accounts, image-only scan: the board only in the signature block "
                 "(styreformann, nestformann, 'styremedlem (ansattes repr.)', daglig leder); statements typed with "
                 "tab stops, Note | 1996 | 1995, kroner with ',-', the unit line printed under the statement.",
    }


def fedafjorden_vekst_2023() -> dict:
    """Long: board in a ruled Navn | Rolle | Valgt av | Periode table, a chair who left in June
    (optional); valgkomité; resultatregnskap Note | Regnskap 2023 | Budsjett 2023 | Regnskap 2022 in
    NOK with minus; balance; kontantstrømoppstilling; an e-signature page."""
    inc = [("Tilskudd fra NAV", "2", [16_884_300, 16_500_000, 15_902_740]),
           ("Kommunale tilskudd", "2", [3_120_000, 3_120_000, 2_980_000]),
           ("Salgsinntekter", "", [9_466_218, 10_200_000, 9_880_405]), ("Andre driftsinntekter", "", [402_115, 250_000, 388_020])]
    cost = [("Varekostnad", "", [2_904_611, 3_100_000, 3_012_884]),
            ("Lønnskostnader", "3", [22_588_402, 22_400_000, 21_176_390]),
            ("Avskrivninger", "4", [1_106_338, 1_100_000, 1_044_512]),
            ("Andre driftskostnader", "5", [4_012_770, 3_600_000, 3_720_118])]
    fin = [("Finansinntekter", "", [312_440, 150_000, 164_902]), ("Finanskostnader", "6", [-388_105, -300_000, -246_330])]
    res_lines = income("nb", 3, inc, cost, fin)
    r = result_of(res_lines)
    result = [r[0], r[2]]
    bal_lines = balance("nb", 2,
                        fixed=[("Bygninger og tomter", "4", [11_240_000, 11_600_000]),
                               ("Driftsløsøre, inventar og biler", "4", [2_388_415, 2_604_117])],
                        current=[("Varelager", "", [704_118, 688_502]), ("Kundefordringer", "", [1_611_902, 1_890_413]),
                                 ("Andre fordringer", "", [318_440, 402_117]), ("Bankinnskudd, kontanter o.l.", "7", "plug")],
                        equity=[("Aksjekapital", "8", [2_000_000, 2_000_000]),
                                ("Annen egenkapital", "8", [round(7_106_502 + result[1] + result[0]), round(7_106_502 + result[1])])],
                        long=[("Gjeld til kredittinstitusjoner", "6", [6_450_000, 6_900_000])],
                        short=[("Leverandørgjeld", "", [1_402_377, 1_288_604]), ("Skyldige offentlige avgifter", "", [2_318_004, 2_204_611]),
                               ("Annen kortsiktig gjeld", "", [3_301_448, 3_118_790])])
    bank = line_values(bal_lines, "Bankinnskudd, kontanter o.l.")
    cash = cash_flow(CASH_NB, result, [1_106_338, 1_044_512], [890_636, 1_306_200], [-450_000, -450_000], bank, 4_880_210)
    res = Statement("Resultatregnskap", [Col("Regnskap 2023", 2023), Col("Budsjett 2023", 2023, BUDGET),
                                         Col("Regnskap 2022", 2022)], res_lines, note_col="Note",
                    label_header="Beløp i NOK")
    bal = Statement("Balanse", [Col("31.12.2023", 2023), Col("31.12.2022", 2022)], bal_lines, note_col="Note",
                    label_header="Beløp i NOK")
    cf = Statement("Kontantstrømoppstilling", [Col("2023", 2023), Col("2022", 2022)], cash, label_header="Beløp i NOK")
    equity = line_values(bal_lines, "Sum egenkapital")
    total = line_values(bal_lines, "Sum eiendeler")
    eq_share = f"{100 * equity[0] / total[0]:.1f}".replace(".", ",")
    board = [("Tor Inge Lindeland", "LEDE", False), ("Marianne Fedde", "NEST", False), ("Olav Rafoss", "MEDL", False),
             ("Siv Egeland Netland", "MEDL", False), ("Kristian Ågedal", "MEDL", True),
             ("Anne Grethe Vatland", "VARA", None)]
    signers = [["Tor Inge Lindeland", "Styreleder", "Signert 14.03.2024 09:41", "Metode: BankID"],
               ["Marianne Fedde", "Nestleder", "Signert 14.03.2024 12:03", "Metode: BankID"],
               ["Olav Rafoss", "Styremedlem", "Signert 15.03.2024 07:58", "Metode: BankID"],
               ["Siv Egeland Netland", "Styremedlem", "Signert 14.03.2024 10:17", "Metode: BankID"],
               ["Kristian Ågedal", "Styremedlem (ansattvalgt)", "Signert 18.03.2024 08:30", "Metode: BankID"],
               ["Hege Stokkeland", "Daglig leder", "Signert 14.03.2024 09:12", "Metode: BankID"]]
    items = [
        ("bh", "Fedafjorden Vekst AS", {"size": 26}),
        ("bh", "Årsrapport 2023"),
        ("photo", 3, 3, "Deltakere i AFT på kurs i lager og logistikk på {g:Liknes}. Foto: Fedafjorden Vekst"),
        ("p", "Fedafjorden Vekst AS · Industriveien 7, 4480 {g:Kvinesdal} · post@fedafjordenvekst.no · "
              "www.fedafjordenvekst.no · 38 35 60 00 · Org.nr. 976 540 118", {"size": 8.5}),
        ("pagebreak",),
        ("toc", [("Dette er Fedafjorden Vekst", 3), ("Daglig leders kommentar", 4), ("Tjenester og resultater", 5),
                 ("Organisasjon", 6), ("Styret og valgkomiteen", 7), ("Årsberetning 2023", 8),
                 ("Resultatregnskap", 10), ("Balanse", 11), ("Kontantstrømoppstilling", 12), ("Noter", 13)]),
        ("pagebreak",),
        ("h", 1, "Dette er Fedafjorden Vekst"),
        ("p", "Fedafjorden Vekst AS er en arbeidsinkluderingsbedrift med avdelinger på {g:Liknes} og i "
              "{g:Flekkefjord}. Selskapet ble etablert i 1990 og eies av Kvinesdal kommune "
              "({p:60 %|Kvinesdal kommune}), Flekkefjord kommune ({p:25 %|Flekkefjord kommune}) og "
              "Sirdal kommune ({p:15 %|Sirdal kommune})."),
        ("p", "Vi har 30 plasser i varig tilrettelagt arbeid (VTA) og er leverandør av arbeidsforberedende trening "
              "(AFT) med 45 plasser i {g:Lister}-regionen."),
        ("h", 1, "Daglig leders kommentar"),
        ("p", "2023 ble et krevende år. Salget i trevareavdelingen falt, mens AFT hadde rekordmange deltakere. "
              "Resultatet ble svakere enn budsjettert, men egenkapitalen er solid."),
        ("p", "Takk til styret, som fikk ny leder midt i året, til NAV {g?:Lister} ved veileder Geir Åmot, og til "
              "Kvinesdal kommune ved kommunedirektør Aslaug Hodne for godt samarbeid. En særlig takk til Bjarne "
              "Lindefjeld, som har vært arbeidsleder i vedproduksjonen i 30 år."),
        ("p", "Hege Stokkeland, daglig leder", {"italic": True}),
        ("h", 1, "Tjenester og resultater"),
        ("table", [["Tiltak", "Plasser", "Deltakere", "Til arbeid eller utdanning"],
                   ["AFT", "45", "96", "{p:41 %}"], ["VTA", "30", "33", "{p:6 %}"]],
         {"ruled": True, "shade_header": "D9E4EC"}),
        ("h", 1, "Organisasjon"),
        ("table", [["Avdeling", "Leder"], ["Trevare og ved", "Arnfinn Stokke"], ["Lager og logistikk", "Reidun Gjervoldstad"],
                   ["AFT og jobbspesialister", "Elin Kvinlaug"], ["Økonomi og HR", "Frode Abrahamsen"]],
         {"ruled": True, "shade_header": "D9E4EC"}),
        ("p", "Hovedverneombud er Gro Haugland. Tillitsvalgt for Fagforbundet er Sindre Tjomsland."),
        ("pagebreak",),
        ("h", 1, "Styret og valgkomiteen"),
        ("p", "Styret etter generalforsamlingen 15. juni 2023:"),
        ("table", [["Navn", "Rolle", "Valgt av", "Periode"],
                   ["Tor Inge Lindeland", "Styreleder", "Generalforsamlingen", "2023–2025"],
                   ["Marianne Fedde", "Nestleder", "Generalforsamlingen", "2022–2024"],
                   ["Olav Rafoss", "Styremedlem", "Generalforsamlingen", "2023–2025"],
                   ["Siv Egeland Netland", "Styremedlem", "Generalforsamlingen", "2022–2024"],
                   ["Kristian Ågedal", "Styremedlem", "De ansatte", "2022–2024"],
                   ["Anne Grethe Vatland", "Varamedlem", "Generalforsamlingen", "2023–2024"]],
         {"ruled": True, "shade_header": "D9E4EC"}),
        ("p", "Svein Egeland var styreleder fram til generalforsamlingen i juni, da han ikke tok gjenvalg. "
              "Tor Inge Lindeland, som hadde vært styremedlem siden 2021, ble valgt til ny leder."),
        ("p", "Valgkomiteen har bestått av Olaug Fidje (leder) og Knut Haugland. Revisor er Sørvest Revisjon AS "
              "ved statsautorisert revisor Tone Sandvik."),
        ("pagebreak",),
        ("h", 1, "Årsberetning 2023"),
        ("h", 2, "Virksomheten"),
        ("p", "Selskapets formål er å kvalifisere personer med nedsatt arbeidsevne for arbeid, og å gi varig "
              "tilrettelagt arbeid. Virksomheten drives i {g:Kvinesdal} og {g:Flekkefjord} kommuner i {g:Agder}. "
              "Selskapet har ikke erverv til formål og deler ikke ut utbytte."),
        ("h", 2, "Resultat og økonomisk stilling"),
        ("p", "Driftsinntektene ble kr " + _n(line_values(res_lines, "Sum driftsinntekter")[0]) + ", og årsresultatet "
              "ble kr " + _n(result[0]) + " mot et budsjett på kr " + _n(r[1]) + ". Egenkapitalandelen er "
              "{p:" + eq_share + " %|Egenkapitalandelen}. Likviditeten er god. Årsregnskapet er avlagt under "
              "forutsetning om fortsatt drift."),
        ("h", 2, "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Selskapet hadde 38 ansatte ved årets slutt. Sykefraværet var {p:9,4 %|Sykefraværet}, en økning "
              "fra {p:7,7 %|en økning fra} i 2022, og skyldes i hovedsak langtidsfravær. Det er ikke registrert "
              "skader med fravær. Av de ansatte er 21 kvinner; styret har to kvinner blant fem medlemmer. "
              "Virksomheten forurenser ikke det ytre miljø utover vanlig transport."),
        ("h", 2, "Disponering av årets resultat"),
        ("p", "Styret foreslår at årets underskudd dekkes av annen egenkapital."
              if result[0] < 0 else "Styret foreslår at årets overskudd overføres til annen egenkapital."),
        ("p", "{g:Kvinesdal}, 14. mars 2024. Styret i Fedafjorden Vekst AS. Signert elektronisk, se siste side.",
         {"italic": True}),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2023"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2023"}),
        ("pagebreak",),
        ("stmt", cf, {"title": "Kontantstrømoppstilling"}),
        ("h", 1, "Noter"),
        ("p", "Note 1 Regnskapsprinsipper: Årsregnskapet er satt opp etter regnskapsloven og god regnskapsskikk for "
              "små foretak. Selskapet er ikke skattepliktig."),
        ("p", "Note 2 Tilskudd: Tilskudd fra NAV gjelder VTA og AFT. Kommunale tilskudd er medfinansiering av VTA."),
        ("table", [["Note 3 Lønnskostnader", "2023", "2022"], ["Lønn", "17 604 118", "16 502 904"],
                   ["Arbeidsgiveravgift", "2 388 002", "2 240 611"], ["Pensjon", "1 802 440", "1 690 225"],
                   ["Andre ytelser", "793 842", "742 650"]], {"ruled": False}),
        ("p", "Antall årsverk: 34,2. Lønn til daglig leder: kr 1 016 000. Styrehonorar: kr 186 000. Revisjonshonorar: "
              "kr 74 500."),
        ("p", "Note 4 Varige driftsmidler: Bygninger avskrives med {p:3 %|Bygninger avskrives med} per år, "
              "driftsløsøre over 3–8 år."),
        ("p", "Note 6 Gjeld til kredittinstitusjoner: Lånet i Sparebanken Sør er sikret med pant i fast eiendom. "
              "Avdrag kr 450 000 per år."),
        ("p", "Note 7 Bundne midler: Bundne skattetrekksmidler utgjør kr 1 106 400."),
        ("p", "Note 8 Egenkapital: Aksjekapitalen er kr 2 000 000 fordelt på 2 000 aksjer."),
        ("esign", "Signaturer", "Dette dokumentet er signert elektronisk av styret og daglig leder i Fedafjorden Vekst AS.",
         signers),
    ]
    return {
        "name": "fedafjorden-vekst-2023", "lang": "nb", "year": 2023, "title": "Fedafjorden Vekst AS Årsrapport 2023",
        "organization": {"name": "Fedafjorden Vekst AS", "founded_year": 1990,
                         "address": "Industriveien 7, 4480 Kvinesdal", "email": "post@fedafjordenvekst.no",
                         "website": "www.fedafjordenvekst.no", "phone": "38 35 60 00",
                         "owners": [{"name": "Kvinesdal kommune", "share_percent": 60},
                                    {"name": "Flekkefjord kommune", "share_percent": 25},
                                    {"name": "Sirdal kommune", "share_percent": 15}]},
        "ceo": "Hege Stokkeland", "board": board, "board_optional": ["Svein Egeland"],
        "not_board": ["Olaug Fidje", "Knut Haugland", "Tone Sandvik", "Geir Åmot", "Aslaug Hodne", "Bjarne Lindefjeld",
                      "Arnfinn Stokke", "Reidun Gjervoldstad", "Elin Kvinlaug", "Frode Abrahamsen", "Gro Haugland",
                      "Sindre Tjomsland"],
        "programs": {"VTA": 30, "AFT": 45},
        "not_places": ["Fedafjorden Vekst", "Kvinesdal kommune", "Flekkefjord kommune", "Sirdal kommune"],
        "places_optional": ["Kvinesdal kommune", "Flekkefjord kommune", "Sirdal kommune", "Sirdal", "Fedafjorden"],
        "header": "Fedafjorden Vekst AS – Årsrapport 2023", "footer": "Side {PAGE}",
        "heading_colour": "2E5E4E",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Long arbeidsinkluderingsbedrift report: the board in a Navn | Rolle | Valgt av | Periode table after "
                 "June's generalforsamling, the chair who left in June optional; valgkomité and staff leaders not board; "
                 "resultatregnskap with Regnskap | Budsjett | Regnskap (budget optional), balance, cash flow; "
                 "an e-signature page with roles.",
    }


def malangen_arbeid_2017() -> dict:
    """The board named only in a photo caption ("Fra venstre: ... (styreleder) ..."), signatures with
    names alone; statements typed with tab stops in NOK with a Note column; key figures in mill. kr."""
    inc = [("Salgsinntekter", "", [7_118_402, 6_804_115]), ("Tilskudd NAV", "2", [8_806_200, 8_512_000]),
           ("Tilskudd Balsfjord kommune", "2", [1_640_000, 1_588_000]), ("Andre inntekter", "", [218_604, 240_117])]
    cost = [("Varekostnad", "", [2_188_401, 2_040_556]), ("Lønnskostnader", "3", [12_904_388, 12_512_040]),
            ("Avskrivninger", "4", [604_118, 588_400]), ("Andre driftskostnader", "", [1_812_560, 2_004_880])]
    fin = [("Finansinntekter", "", [18_440, 22_105]), ("Finanskostnader", "", [-96_218, -104_660])]
    res_lines = income("nb", 2, inc, cost, fin)
    result = result_of(res_lines)
    bal_lines = balance("nb", 2,
                        fixed=[("Bygninger", "4", [4_880_000, 5_040_000]), ("Maskiner og biler", "4", [1_204_402, 1_318_520])],
                        current=[("Kundefordringer", "", [944_118, 1_012_604]), ("Andre fordringer", "", [122_880, 140_117]),
                                 ("Bankinnskudd", "5", "plug")],
                        equity=[("Aksjekapital", "", [600_000, 600_000]),
                                ("Annen egenkapital", "", [round(3_402_118 + result[1] + result[0]), round(3_402_118 + result[1])])],
                        long=[("Pantelån", "6", [2_600_000, 2_800_000])],
                        short=[("Leverandørgjeld", "", [604_221, 588_117]), ("Offentlige avgifter", "", [1_012_880, 980_403]),
                               ("Annen kortsiktig gjeld", "", [1_188_605, 1_102_440])])
    cols = [Col("2017", 2017), Col("2016", 2016)]
    res = Statement("Resultatregnskap", cols, res_lines, note_col="Note", label_header="Beløp i NOK", render="tabs")
    bal = Statement("Balanse", cols, bal_lines, note_col="Note", label_header="Beløp i NOK", render="tabs")
    inc_sum = line_values(res_lines, "Sum driftsinntekter")
    key = five_years([2017, 2016, 2015], [("Driftsinntekter", [round(inc_sum[0] / 1e5) / 10, round(inc_sum[1] / 1e5) / 10, 16.2])],
                     unit=1_000_000, label_header="Mill. kr")
    key.decimals = 1
    board = [("Torunn Mathisen", "LEDE", False), ("Hilde Karlsen", "NEST", False), ("Rune Olsen Bakkeby", "MEDL", False),
             ("Kari Storjord", "MEDL", False), ("Ailo Somby", "MEDL", True)]
    items = [
        ("bh", "Malangen Arbeid AS", {"size": 20}),
        ("bh", "Årsmelding og regnskap 2017"),
        ("p", "Malangen Arbeid AS er en vekstbedrift i {g:Balsfjord} kommune med hovedsete på {g:Storsteinnes} og "
              "avdeling i {g:Nordkjosbotn}. Bedriften har 26 plasser i varig tilrettelagt arbeid (VTA). "
              "Balsfjord kommune eier alle aksjene ({p:100 %|eier alle aksjene})."),
        ("h", 2, "Året som gikk"),
        ("p", "Vi har levert ved og tørrfisk-emballasje til kunder i hele {g:Troms}, og startet en ny kantine "
              "i samarbeid med {g:Tromsø}-firmaet Polarkost AS. Daglig leder Steinar Nygård har ledet arbeidet med "
              "ny strategi."),
        ("photo", 2, 3, "Styret i Malangen Arbeid AS samlet på Storsteinnes i november. Fra venstre: Hilde Karlsen "
                        "(nestleder), Rune Olsen Bakkeby, Torunn Mathisen (styreleder), Ailo Somby (ansattes "
                        "representant) og Kari Storjord. Foto: Jan Erik Vollan"
                        .replace("på Storsteinnes", "på {g:Storsteinnes}")),
        ("h", 2, "Styrets beretning"),
        ("p", "Driftsinntektene ble kr " + _n(inc_sum[0]) + " og årsresultatet kr " + _n(result[0]) + ". "
              "Styret foreslår at resultatet overføres til annen egenkapital. Forutsetningen om fortsatt drift "
              "er til stede. Sykefraværet var {p:5,6 %|Sykefraværet}. Bedriften har 19 ansatte, 10 kvinner og "
              "9 menn. Virksomheten forurenser ikke det ytre miljøet."),
        ("keytable", key, [["Egenkapitalandel", "{p:35,8 %}", "{p:33,0 %}", "{p:31,4 %}"],
                           ["Sykefravær", "{p:5,6 %}", "{p:6,9 %}", "{p:8,2 %}"]], {"title": "Nøkkeltall"}),
        ("sign", "{g:Storsteinnes}, 8. mars 2018",
         [("Torunn Mathisen", ""), ("Hilde Karlsen", ""), ("Rune Olsen Bakkeby", ""), ("Kari Storjord", ""),
          ("Ailo Somby", ""), ("Steinar Nygård", "Daglig leder")], {"cols": 3}),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2017"}),
        ("stmt", bal, {"title": "Balanse 31.12.2017"}),
        ("bh", "Noter"),
        ("p", "Note 1 Regnskapsprinsipper. Regnskapet er satt opp etter regnskapsloven og god regnskapsskikk for små "
              "foretak. Note 2 Tilskudd fra NAV og kommunen gjelder VTA. Note 3 Lønn: 16,8 årsverk; daglig leder "
              "kr 744 000; styrehonorar kr 62 000. Note 4 Bygninger avskrives over 30 år. Note 5 Bundne "
              "skattetrekksmidler kr 402 118. Note 6 Pantelån i Sparebank 1 Nord-Norge, sikret i eiendommen."),
        ("p", "Revisor: Nordlys Revisjon AS, {g:Tromsø}, ved registrert revisor Marit Rasmussen.", {"size": 9}),
    ]
    return {
        "name": "malangen-arbeid-2017", "lang": "nb", "year": 2017, "title": "Malangen Arbeid AS Årsmelding 2017",
        "organization": {"name": "Malangen Arbeid AS",
                         "owners": [{"name": "Balsfjord kommune", "share_percent": 100}]},
        "ceo": "Steinar Nygård", "board": board, "not_board": ["Jan Erik Vollan", "Marit Rasmussen"],
        "programs": {"VTA": 26},
        "not_places": ["Malangen Arbeid", "Balsfjord kommune", "Nord-Norge", "Tilskudd Balsfjord"],
        "places_optional": ["Balsfjord kommune", "Malangen", "Nord-Norge"],
        "items": items, "renditions": ["docx", "doc"],
        "notes": "Vekstbedrift: the board named only in a group photo's caption 'Fra venstre: ...' with roles in "
                 "brackets (ansattes representant); signature lines with names alone and the daglig leder; statements "
                 "typed with tab stops; a three-year key-figure table in mill. kr with one decimal.",
    }


REPORTS = [tynset_vekst_1996, fedafjorden_vekst_2023, malangen_arbeid_2017]
