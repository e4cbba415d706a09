"""Third held-out set, reports 7-8: a water cooperative in 2004 (PDF only, the board before and after
the annual meeting) and a parent-owned kindergarten in 2025 (a transposed board table, the "styrar"
as CEO). Organisations, people and figures are invented.
"""
from __future__ import annotations

from h3_render import Dash
from h3_reports_a import value
from h3_reports_b import pct
from heldout_finance import BUDGET, Col, Statement, balance, income


# ---------------------------------------------------------------------------------------------
# 7. A water cooperative (vannverk BA) in Froland, 2004: bokmål, PDF only, the board before and after
#    the annual meeting in two lists, a reprinted newspaper piece quoting another body's chair,
#    NOK 1000 with next year's budget as the last column, a loss in parentheses


def heiasen_2004() -> dict:
    cols = [Col("Regnskap 2004", 2004), Col("Regnskap 2003", 2003), Col("Budsjett 2005", 2005, BUDGET)]
    inc = income("nb", 3, [
        ("Vannavgift fra andelseierne", "", [1_412, 1_351, 1_476]),
        ("Tilknytningsavgifter", "", [180, 240, 120]),
        ("Andre inntekter", "", [22, 18, 20]),
    ], [
        ("Strøm", "", [96, 88, 100]),
        ("Drift og vedlikehold", "", [418, 377, 450]),
        ("Driftsoperatør", "", [212, 204, 220]),
        ("Vannprøver og analyser", "", [41, 39, 42]),
        ("Avskrivninger", "3", [388, 372, 396]),
        ("Administrasjon og forsikring", "", [97, 92, 100]),
    ], fin=[("Renteinntekter", "", [14, 19, 10]), ("Rentekostnader", "4", [-298, -590, -280])])
    result_st = Statement("Resultatregnskap", cols, inc, unit=1000, negative="paren", note_col="Note",
                          render="unruled", above="Beløp i hele tusen kroner")
    bcols = [Col("31.12.2004", 2004), Col("31.12.2003", 2003)]
    bal = balance("nb", 2, fixed=[
        ("Ledningsnett og høydebasseng", "3", [9_840, 10_110]),
        ("Pumpestasjon og renseanlegg", "3", [1_212, 1_290]),
    ], current=[("Fordringer på andelseiere", "", [188, 174]), ("Bankinnskudd", "", "plug")],
        equity=[("Andelskapital", "", [1_240, 1_200]), ("Annen egenkapital", "", [2_524, 2_446])],
        long=[("Lån i Kommunalbanken", "4", [7_600, 8_000])],
        short=[("Leverandørgjeld", "", [96, 112]), ("Annen kortsiktig gjeld", "", [74, 81])])
    balance_st = Statement("Balanse", bcols, bal, unit=1000, negative="paren", note_col="Note",
                           render="unruled", above="Beløp i hele tusen kroner")
    board = [
        ("Eva Lindtveit", "LEDE", None), ("Rolf Kristiansen", "NEST", None), ("Jon Petter Mosberg", "MEDL", None),
        ("Åse Gundersen", "MEDL", None), ("Hilde Berge Salvesen", "MEDL", None),
        ("Trond Reiersen", "VARA", None), ("Marianne Aas", "VARA", None),
    ]
    items = [
        ("h", 1, "Heiåsen Vannverk BA"),
        ("bh", "Årsberetning 2004", {"size": 14}),
        ("h", 2, "Om vannverket"),
        ("p", "Heiåsen Vannverk BA ble stiftet i 1968 og leverer drikkevann til 142 husstander og fire gårdsbruk "
              "i {g?:Blakstad}-området i {g:Froland} kommune i {g:Aust-Agder}. Vannverket eies av andelseierne og har ingen "
              "ansatte. Den daglige driften ivaretas av driftsoperatør Terje Olsbu på timebasis etter avtale."),
        ("h", 2, "Styret"),
        ("p", "Styret fram til årsmøtet 22. april 2004:"),
        ("li", "Leder: Svein Tore Haugland"),
        ("li", "Nestleder: Eva Lindtveit"),
        ("li", "Kasserer: Jon Petter Mosberg"),
        ("li", "Styremedlem: Åse Gundersen"),
        ("li", "Varamedlem: Trond Reiersen"),
        ("p", "Styret etter årsmøtet 22. april 2004:"),
        ("li", "Leder: Eva Lindtveit"),
        ("li", "Nestleder: Rolf Kristiansen"),
        ("li", "Kasserer: Jon Petter Mosberg"),
        ("li", "Styremedlemmer: Åse Gundersen og Hilde Berge Salvesen"),
        ("li", "Varamedlemmer: Trond Reiersen og Marianne Aas"),
        ("p", "Svein Tore Haugland var leder i ti år og ønsket ikke gjenvalg. Styret har hatt sju møter."),
        ("h", 2, "Drift og vannkvalitet"),
        ("p", "Alle vannprøver i 2004, analysert ved laboratoriet i {g:Arendal}, var innenfor kravene i drikkevannsforskriften. Lekkasjetapet anslås fortsatt "
              "til om lag {p:18 prosent|Lekkasjetapet} av produsert vann, og styret vil skifte 600 meter "
              "gammel ledning i 2005. Vannavgiften ble økt med {p:4,5 prosent|Vannavgiften} fra 1. januar 2004."),
        ("news", {"source": "Gjengitt med tillatelse fra Lokalavisa for {g:Froland} og {g:Åmli}, 3. september 2004",
                  "title": "Fra egen brønn til felles vannverk",
                  "byline": "Tekst: Ingrid Tveit",
                  "paras": [
                      "Stadig flere hytteeiere i {g:Froland} ønsker å koble seg på de private vannverkene. "
                      "– Det er bra for økonomien, men ledningsnettet er gammelt, sier vannverksleder Eva "
                      "Lindtveit.",
                      "Leder i {g:Åmli} Bondelag, Kjetil Håbesland, mener gårdsbrukene må få beholde "
                      "prioritet: – Uten vann til dyrene stopper alt, sier han. Rundt {p:30 prosent|"
                      "gårdsbrukene} av gårdsbrukene i området henter i dag vann fra egen brønn.",
                  ]}),
        ("h", 2, "Økonomi"),
        ("p", f"Årsresultatet ble et overskudd på {result_st.fmt(value(result_st, 'Årsresultat'))} tusen kroner, "
              f"mot et underskudd året før, da vannverket betalte ekstra avdrag og renter på lånet i "
              "Kommunalbanken. Styret mener at forutsetningen om fortsatt drift er til stede."),
        ("stmt", result_st),
        ("stmt", balance_st),
        ("p", "Noter: 3 Avskrivninger over 40 år (ledningsnett) og 15 år (pumpestasjon). 4 Lånet har flytende "
              "rente og nedbetales over 20 år.", {"size": 8}),
        ("sign", "{g:Froland}, 10. februar 2005",
         [("Eva Lindtveit", "leder"), ("Rolf Kristiansen", "nestleder"), ("Jon Petter Mosberg", "kasserer"),
          ("Åse Gundersen", "styremedlem"), ("Hilde Berge Salvesen", "styremedlem")]),
    ]
    return {
        "name": "heiasen-2004", "year": 2004, "title": "Heiåsen Vannverk BA Årsberetning 2004",
        "font": "DejaVu Serif", "body_pt": 10, "heading_colour": "1B3F6B",
        "header": "Heiåsen Vannverk BA – årsberetning 2004", "footer": "Side {PAGE}",
        "organization": {"name": "Heiåsen Vannverk BA", "founded_year": 1968},
        "ceo": None,
        "board": board,
        "not_board": ["Svein Tore Haugland", "Terje Olsbu", "Kjetil Håbesland", "Ingrid Tveit"],
        "items": items,
        "renditions": ["pdf"],
        "notes": "2004 bokmål, water cooperative (BA, before the 2008 cooperative act), Froland (Aust-Agder), "
                 "PDF only. Two board lists in bullets: before and after the annual meeting in April; the "
                 "board is the one after (the former chair is not; the new chair was nestleder before). "
                 "Plural labels 'Styremedlemmer: A og B', 'Varamedlemmer: C og D'; kasserer is MEDL. No "
                 "employees, no daglig leder (a contracted operator is named: not the CEO). A reprinted "
                 "newspaper piece quotes another body's chair (not board). 'Beløp i hele tusen kroner' "
                 "above each statement, Regnskap 2004 | Regnskap 2003 | Budsjett 2005 (next year's budget, "
                 "optional), the 2003 loss in parentheses.",
    }



# ---------------------------------------------------------------------------------------------
# 8. A parent-owned kindergarten in Ullensvang, 2025: nynorsk, the board as a transposed table
#    (roles in the header row, names under them), the samarbeidsutval beside it, the "styrar" is
#    the daglig leder, negatives with an en dash, the unit only in the statements' titles


def kvednahaugen_2025() -> dict:
    cols = [Col("2025", 2025), Col("2024", 2024)]
    inc = income("nn", 2, [
        ("Offentleg tilskot", "2", [10_412, 9_804]),
        ("Foreldrebetaling", "", [1_702, 1_688]),
        ("Kostpengar og andre inntekter", "", [388, 361]),
    ], [
        ("Lønn og sosiale kostnader", "3", [10_118, 9_947]),
        ("Husleige og drift av bygg", "", [1_024, 986]),
        ("Mat", "", [402, 381]),
        ("Leiker og utstyr", "", [214, 296]),
        ("Andre driftskostnader", "", [488, 472]),
    ], fin=[("Renteinntekter", "", [31, 24]), ("Rentekostnader", "", [-62, -71])],
        labels={"fin": "Finanspostar"})
    result_st = Dash("Resultatrekneskap (i heile tusen kroner)", cols, inc, unit=1000, note_col="Note",
                     render="ruled")
    bal = balance("nn", 2, fixed=[("Bygg og uteområde", "4", [4_820, 4_960])], current=[
        ("Fordringar", "", [210, 188]), ("Bankinnskot", "", "plug"),
    ], equity=[("Innskoten kapital", "", [420, 420]), ("Anna eigenkapital", "", [1_905, 1_680])],
        long=[("Lån", "4", [2_900, 3_050])],
        short=[("Leverandørgjeld", "", [310, 298]), ("Skuldige offentlege avgifter", "", [612, 590]),
               ("Anna kortsiktig gjeld", "", [455, 402])])
    balance_st = Dash("Balanse 31. desember (i heile tusen kroner)", cols, bal, unit=1000, note_col="Note",
                      render="ruled")
    parents_share = value(result_st, "Foreldrebetaling") / value(result_st, "Sum driftsinntekter") * 100
    board = [
        ("Aud Kvestad", "LEDE", False), ("Håkon Bleie", "NEST", False), ("Siv Tjoflot", "MEDL", False),
        ("Arne Olav Hus", "MEDL", False), ("Line Måkestad", "MEDL", True),
        ("Tove Sekse", "VARA", None), ("Gunn Helen Aga", "VARA", None),
    ]
    items = [
        ("h", 1, "Årsmelding 2025"),
        ("p", "Kvednahaugen barnehage SA", {"bold": True, "size": 13}),
        ("h", 2, "Om barnehagen"),
        ("p", "Kvednahaugen barnehage SA er ein foreldreeigd barnehage i {g?:Kinsarvik} i {g:Ullensvang} herad i "
              "{g:Vestland}. Barnehagen vart skipa i 1986 og har i dag tre avdelingar med plass til 46 born. "
              "Ved utgangen av året gjekk 42 born i barnehagen, 17 av dei under tre år. Nokre born har "
              "foreldre som pendlar til {g:Odda} og til {g:Bergen}."),
        ("h", 2, "Styret og samarbeidsutvalet"),
        ("p", "Årsmøtet 12. mars 2025 valde dette styret:"),
        ("table", [
            ["Leiar", "Nestleiar", "Kasserar", "Styremedlem", "Tilsette sin representant"],
            ["Aud Kvestad", "Håkon Bleie", "Siv Tjoflot", "Arne Olav Hus", "Line Måkestad"],
        ], {"ruled": True, "size": 8.5, "shade_header": "F2E6C9"}),
        ("p", "Varamedlem for foreldra er Tove Sekse, og varamedlem for dei tilsette er Gunn Helen Aga. "
              "Styrar Ragnhild Aakre er sekretær for styret. Styret har hatt åtte møte."),
        ("p", "I samarbeidsutvalet har Aud Kvestad og Kari Heggland sete for foreldra, Line Måkestad og Mona "
              "Sæbø for dei tilsette."),
        ("h", 2, "Tilsette og arbeidsmiljø"),
        ("p", "Barnehagen hadde 11 tilsette i 9,4 årsverk. To assistentar har {p:50 prosent|50 prosent stilling} "
              "stilling. Sjukefråværet var {p:7,9 prosent|Sjukefråværet}, mot {p:9,2 prosent|i 2024} i 2024. "
              "Barnehagen oppfyller både pedagognorma og bemanningsnorma."),
        ("p", "Av dei tilsette er ti kvinner og ein mann. Styret har tre kvinner og to menn."),
        ("h", 2, "Økonomi"),
        ("p", f"Driftsinntektene var {result_st.fmt(value(result_st, 'Sum driftsinntekter'))} tusen kroner. "
              f"Foreldrebetalinga utgjorde {{p:{pct(parents_share)} %|Foreldrebetalinga}} av inntektene. "
              f"Året gav eit overskot på {result_st.fmt(value(result_st, 'Årsresultat'))} tusen kroner etter "
              "underskotet i 2024, då leikeplassen vart fornya. Styret meiner føresetnaden om vidare drift er "
              "til stades."),
        ("stmt", result_st),
        ("stmt", balance_st),
        ("h", 2, "Vegen vidare"),
        ("p", "Kommunen planlegg ein ny kommunal barnehage i {g?:Lofthus}. Styret vil følgje saka nøye og "
              "samarbeide med dei andre private barnehagane i {g:Hardanger}."),
        ("sign", "{g?:Kinsarvik}, 19. februar 2026",
         [("Aud Kvestad", "leiar"), ("Håkon Bleie", "nestleiar"), ("Siv Tjoflot", "kasserar"),
          ("Arne Olav Hus", "styremedlem"), ("Line Måkestad", "styremedlem"), ("Ragnhild Aakre", "styrar")]),
    ]
    return {
        "name": "kvednahaugen-2025", "year": 2025, "title": "Kvednahaugen barnehage SA Årsmelding 2025",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "7A4A12",
        "header": "Kvednahaugen barnehage SA", "footer": "Årsmelding 2025 – side {PAGE}",
        "organization": {"name": "Kvednahaugen barnehage SA", "founded_year": 1986},
        "ceo": "Ragnhild Aakre",
        "board": board,
        "board_optional": ["Ragnhild Aakre"],
        "not_board": ["Kari Heggland", "Mona Sæbø"],
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "2025 nynorsk, parent-owned kindergarten (SA), Ullensvang (Vestland). The board as a "
                 "transposed ruled table: roles in the header row (Leiar, Nestleiar, Kasserar, Styremedlem, "
                 "'Tilsette sin representant'), names in the row under them; deputies in a sentence; the "
                 "samarbeidsutval (parents and staff, two of them also on the board) is not the board. The "
                 "daglig leder is the 'styrar' (CEO), secretary to the board and signing with it (optional). "
                 "The unit only in the statements' titles '(i heile tusen kroner)'; negatives with an en "
                 "dash ('–276'); 2024 a loss.",
    }


REPORTS = [heiasen_2004, kvednahaugen_2025]
