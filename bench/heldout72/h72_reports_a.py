"""Reports of the seventy-second set made in office programs: two Word reports (an
arbeidsmarkedsbedrift in Hallingdal 2009, an arbeidsinkluderingsbedrift on Sunnmøre 2021, nynorsk) and
a LibreOffice Writer report with frames (a vekstbedrift in Setesdal 2005, nynorsk). Organisations,
people and figures are invented; places are real and valid in the report's year.
"""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement

from h72_common import accounts, nok_words


def pct(value: float, decimals: int = 1) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def equity_share(bal: Statement, col: int, lang: str = "nb") -> float:
    eq = "Sum egenkapital" if lang == "nb" else "Sum eigenkapital"
    total = "Sum eiendeler" if lang == "nb" else "Sum eigedelar"
    values = {line.label: line.values[col] for line in bal.lines}
    return 100 * values[eq] / values[total]


# ---------------------------------------------------------------------------------------------
# Vestreheim Industri AS, Gol (Buskerud), 2009: Word, bokmål
# ---------------------------------------------------------------------------------------------

def vestreheim_2009() -> dict:
    cols = [Col("2009", 2009), Col("2008", 2008)]
    inc, bal, bal_cols = accounts(
        "nb", 1, cols,
        inc=[("Salgsinntekter", "", [6_842_310, 6_415_990]), ("Tilskudd fra NAV", "2", [7_356_400, 7_011_250]),
             ("Tilskudd fra eierkommunene", "2", [812_000, 790_000]), ("Andre driftsinntekter", "", [143_760, 98_420])],
        cost=[("Varekostnad", "", [2_415_880, 2_288_140]), ("Lønnskostnader", "3", [9_874_215, 9_402_660]),
              ("Avskrivninger", "4", [486_300, 471_900]), ("Andre driftskostnader", "", [2_101_455, 1_964_330])],
        fin=[("Renteinntekter", "", [88_640, 132_510]), ("Rentekostnader", "", [-41_220, -47_860])],
        fixed=[("Bygninger og tomt", "4", [3_210_000, 3_365_000]), ("Maskiner og inventar", "4", [842_600, 903_800])],
        current=[("Varelager", "", [512_300, 488_900]), ("Kundefordringer", "", [1_104_520, 987_340]),
                 ("Andre fordringer", "", [214_880, 176_210]), ("Bankinnskudd og kontanter", "5", "plug")],
        paid_in=("Aksjekapital", "6", 1_000_000), other_equity=("Annen egenkapital", "6", 3_452_110),
        long=[("Pantelån", "7", [1_540_000, 1_680_000])],
        short=[("Leverandørgjeld", "", [688_410, 602_950]), ("Skyldige offentlige avgifter", "", [912_330, 864_120]),
               ("Annen kortsiktig gjeld", "", [1_066_840, 1_010_470])])
    income = Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Beløp i kroner")
    balance = Statement("Balanse pr. 31.12.", bal_cols, bal, note_col="Note", label_header="Beløp i kroner")
    eq09, eq08 = equity_share(balance, 0), equity_share(balance, 1)
    revenue = nok_words(income, "Sum driftsinntekter")
    revenue_prev = nok_words(income, "Sum driftsinntekter", 1)
    result = nok_words(income, "Årsresultat")
    board = [("Ingrid Sæbø Rud", "LEDE", False), ("Knut Olav Fossheim", "NEST", False),
             ("Marit Brenden Haugo", "MEDL", False), ("Sigurd Lappegard", "MEDL", False),
             ("Anne-Grete Rustand", "MEDL", False), ("Øystein Kvisler", "MEDL", True),
             ("Halvor Nestegard", "VARA", None), ("Guri Tveito", "VARA", None), ("Ola Kirkevoll", "VARA", None),
             ("Berit Fekjær", "VARA", None)]
    items = [
        ("h", 1, "Årsrapport 2009"),
        ("p", "Vestreheim Industri AS – arbeid, opplæring og attføring i {g:Hallingdal} siden 1986", {"italic": True}),
        ("h", 2, "Dette er Vestreheim Industri"),
        ("p", "Vestreheim Industri AS er en arbeidsmarkedsbedrift med hovedkontor og produksjon på {g:Gol}, og med "
              "en avdeling for vedproduksjon og vaskeri på {g:Geilo}. Bedriften ble stiftet i 1986 av kommunene i "
              "{g:Hallingdal} og er godkjent av NAV som tiltaksarrangør for varig tilrettelagt arbeid, arbeidspraksis "
              "i skjermet virksomhet, tiltak i arbeidsmarkedsbedrift og arbeid med bistand."),
        ("p", "Aksjene i selskapet eies av de seks kommunene i dalen:"),
        ("table", [["Aksjonær", "Antall aksjer", "Eierandel"],
                   ["{g:Gol} kommune", "340", "{p:34 %}"],
                   ["{g:Ål} kommune", "220", "{p:22 %}"],
                   ["{g:Hol} kommune", "140", "{p:14 %}"],
                   ["{g:Nes} kommune", "120", "{p:12 %}"],
                   ["{g:Hemsedal} kommune", "100", "{p:10 %}"],
                   ["{g:Flå} kommune", "80", "{p:8 %}"],
                   ["Sum", "1 000", "{p?:100 %}"]],
         {"widths": [6.5, 3.2, 3.2], "size": 9, "bold_rows": {7}}),
        ("h", 2, "Styrets årsberetning for 2009"),
        ("h", 3, "Virksomhetens art og hvor den drives"),
        ("p", "Selskapets formål er gjennom produksjon av varer og tjenester å gi arbeid, arbeidstrening og "
              "kvalifisering til personer med nedsatt arbeidsevne, slik at flest mulig kan gå over i ordinært "
              "arbeid. Virksomheten drives fra egne lokaler i Gamlevegen 14 på {g:Gol} og fra leide lokaler på "
              "{g:Geilo}. Selskapet har ikke erverv til formål, og et eventuelt overskudd skal brukes i bedriften."),
        ("h", 3, "Tiltak og resultater"),
        ("p", "Bedriften har hatt et godkjent tiltaksnivå på 60 plasser fordelt på fire tiltak. Tabellen viser "
              "plasser, utførte årsverk og antall personer som har vært på tiltak i løpet av året."),
        ("table", [["Tiltak", "Godkjente plasser", "Årsverk deltakere", "Deltakere i alt"],
                   ["Varig tilrettelagt arbeid (VTA)", "26", "25,4", "28"],
                   ["Arbeidspraksis i skjermet virksomhet (APS)", "18", "16,7", "45"],
                   ["Tiltak i arbeidsmarkedsbedrift (AMB)", "10", "8,9", "19"],
                   ["Arbeid med bistand (AB)", "6", "5,6", "10"],
                   ["Sum", "60", "56,6", "102"]],
         {"widths": [7.4, 2.9, 2.9, 2.9], "size": 9, "bold_rows": {5}}),
        ("p", "Belegget på VTA har vært {p:97,7 %|belegget på VTA} av godkjente plasser. I 2009 avsluttet 41 "
              "deltakere APS eller AMB. Av disse gikk 13 til ordinært arbeid og 4 til utdanning, slik at "
              "{p:41,5 %|gikk til arbeid eller utdanning} gikk til arbeid eller utdanning. Nedgangen i "
              "arbeidsmarkedet høsten 2008 merket vi gjennom hele året, særlig innen bygg."),
        ("p", "Samarbeidet med NAV {g:Gol} og NAV {g:Ål} har vært godt. Styret vil takke rådgiver Eldbjørg "
              "Thorsrud i NAV for et konstruktivt samarbeid om inntak og oppfølging."),
        ("h", 3, "Arbeidsmiljø og personale"),
        ("p", "Ved utgangen av 2009 hadde bedriften 15 ansatte i ordinære stillinger, til sammen 14,2 årsverk. "
              "Sykefraværet blant de ordinært ansatte var {p:5,9 %|sykefraværet blant de ordinært ansatte} mot "
              "{p:7,4 %|året før} året før. Det har ikke vært skader eller ulykker som har ført til fravær. "
              "Hovedverneombud har vært Jorunn Hagaløkken, og Fagforbundets tillitsvalgte er Tor Egil Sundre."),
        ("h", 3, "Likestilling"),
        ("p", "Av de ordinært ansatte er 8 kvinner og 7 menn. Styret har tre kvinner og tre menn. Bedriften "
              "praktiserer lik lønn for likt arbeid."),
        ("h", 3, "Ytre miljø"),
        ("p", "Bedriften forurenser ikke det ytre miljø utover det som er vanlig for denne typen virksomhet. "
              "Flis og kapp fra vedproduksjonen selges som brensel."),
        ("h", 3, "Økonomi"),
        ("p", f"Driftsinntektene ble kr {revenue} mot kr {revenue_prev} i 2008. Årsresultatet ble et overskudd "
              f"på kr {result}, som styret foreslår overført til annen egenkapital. Egenkapitalandelen var "
              f"{{p:{pct(eq09)} %|egenkapitalandelen var}} ved utgangen av 2009, mot "
              f"{{p:{pct(eq08)} %|ved utgangen av 2008}} ved utgangen av 2008."),
        ("h", 3, "Fortsatt drift"),
        ("p", "Forutsetningen om fortsatt drift er lagt til grunn ved utarbeidelsen av regnskapet. Styret "
              "kjenner ikke til forhold etter regnskapsårets slutt som har betydning for regnskapet."),
        ("h", 2, "Styrets sammensetning og arbeid"),
        ("p", "Styret har ved utgangen av 2009 bestått av:"),
        ("roster", [("Ingrid Sæbø Rud, styreleder", []), ("Knut Olav Fossheim, nestleder", []),
                    ("Marit Brenden Haugo, styremedlem", []), ("Sigurd Lappegard, styremedlem", []),
                    ("Anne-Grete Rustand, styremedlem", []),
                    ("Øystein Kvisler, styremedlem, ansattes representant", ["Personlig vara: Berit Fekjær"])]),
        ("p", "Varamedlemmer i rekkefølge: Halvor Nestegard, Guri Tveito og Ola Kirkevoll."),
        ("p", "Per Arne Skrindo gikk ut av styret ved generalforsamlingen 23. april 2009 etter to perioder, og "
              "Anne-Grete Rustand ble valgt i hans sted. Ordfører i {g:Gol}, Helge Bakkerud, var møteleder på "
              "generalforsamlingen."),
        ("p", "Styret har i 2009 hatt 8 styremøter og behandlet 52 saker. Daglig leder Torleiv Brekkhus har "
              "vært styrets sekretær, og økonomileder Kari Hølto har møtt når regnskap og budsjett har vært "
              "behandlet."),
        ("h", 2, "Administrasjon"),
        ("roster", [("Torleiv Brekkhus, daglig leder", []), ("Kari Hølto, økonomileder", []),
                    ("Svein Ove Vatsend, produksjonsleder", []), ("Liv Tonette Rue, attføringsleder", [])]),
        ("sign", "{g:Gol}, 16. februar 2010",
         [("Ingrid Sæbø Rud", "styreleder"), ("Knut Olav Fossheim", "nestleder"), ("Marit Brenden Haugo", "styremedlem"),
          ("Sigurd Lappegard", "styremedlem"), ("Anne-Grete Rustand", "styremedlem"), ("Øystein Kvisler", "styremedlem"),
          ("Torleiv Brekkhus", "daglig leder")], {"cols": 3}),
        ("break",),
        ("h", 2, "Resultatregnskap 2009"),
        ("stmt", income),
        ("h", 2, "Balanse pr. 31. desember 2009"),
        ("stmt", balance),
        ("h", 2, "Noter til regnskapet"),
        ("p", "Note 1 – Regnskapsprinsipper. Årsregnskapet er satt opp i samsvar med regnskapsloven og god "
              "regnskapsskikk for små foretak."),
        ("p", "Note 2 – Tilskudd. Tilskudd fra NAV gjelder driftstilskudd for VTA, APS, AMB og AB. Kommunene "
              "gir et årlig tilskudd til de varig tilrettelagte plassene etter eierandel."),
        ("p", "Note 3 – Lønnskostnader. Lønnskostnader omfatter lønn til ordinært ansatte og til arbeidstakere "
              "på VTA. Daglig leder har i 2009 mottatt lønn på kr 612 400. Honorar til styret er kr 84 000, og "
              "honorar til revisor Fjellrevisjon AS ved registrert revisor Arne Grøthe er kr 46 500."),
    ]
    return {
        "name": "vestreheim-industri-2009", "year": 2009, "layout": "word", "lang": "nb",
        "title": "Vestreheim Industri AS – Årsrapport 2009",
        "organization": {"name": "Vestreheim Industri AS", "founded_year": 1986, "address": "Gamlevegen 14, 3550 Gol",
                         "phone": "32 07 45 10", "email": "post@vestreheimindustri.no",
                         "website": "www.vestreheimindustri.no",
                         "owners": [{"name": "Gol kommune", "share_percent": 34}, {"name": "Ål kommune", "share_percent": 22},
                                    {"name": "Hol kommune", "share_percent": 14}, {"name": "Nes kommune", "share_percent": 12},
                                    {"name": "Hemsedal kommune", "share_percent": 10},
                                    {"name": "Flå kommune", "share_percent": 8}]},
        "ceo": "Torleiv Brekkhus", "board": board,
        "not_board": ["Per Arne Skrindo", "Helge Bakkerud", "Torleiv Brekkhus", "Kari Hølto", "Svein Ove Vatsend",
                      "Liv Tonette Rue", "Eldbjørg Thorsrud", "Jorunn Hagaløkken", "Tor Egil Sundre", "Arne Grøthe"],
        "programs": {"VTA": 26},
        "footer": "Vestreheim Industri AS  •  Gamlevegen 14, 3550 {g:Gol}  •  Telefon 32 07 45 10  •  "
                  "post@vestreheimindustri.no  •  www.vestreheimindustri.no",
        "footer_align": "center", "font": "DejaVu Sans", "body_pt": 9.5, "heading_colour": "7A3B12",
        "items": items, "renditions": ["docx", "pdf", "doc"],
        "notes": "Word report of an arbeidsmarkedsbedrift owned by six municipalities (owners table). The board as "
                 "'Name, verv' bullets, the employees' member with his personal deputy on the line under him, the "
                 "ordered deputies in one sentence; the administration below as bullets in the same form; the "
                 "member who left at the generalforsamling, the ordfører, NAV adviser, verneombud, tillitsvalgt and "
                 "revisor are not board. Programme table with places and person-years (VTA gold; APS, AMB, AB not). "
                 "E-mail and web address only in the page footer; statements in kroner with a Note column.",
    }




# ---------------------------------------------------------------------------------------------
# Sjøbakken Arbeid AS, Ulstein (Møre og Romsdal), 2021: Word, nynorsk
# ---------------------------------------------------------------------------------------------

def sjobakken_2021() -> dict:
    cols = [Col("Rekneskap 2021", 2021), Col("Budsjett 2021", 2021, BUDGET), Col("Rekneskap 2020", 2020)]
    inc, bal, bal_cols = accounts(
        "nn", 1000, cols,
        inc=[("Sal av varer og tenester", "", [11_482, 11_200, 10_655]), ("Tilskot frå NAV", "2", [16_934, 16_800, 16_102]),
             ("Andre driftsinntekter", "", [612, 450, 588])],
        cost=[("Varekostnad", "", [3_318, 3_250, 3_104]), ("Løn og sosiale kostnader", "3", [20_145, 20_080, 19_472]),
              ("Avskrivingar", "4", [934, 950, 902]), ("Andre driftskostnader", "", [3_862, 3_760, 3_588])],
        fin=[("Finansinntekter", "", [96, 60, 121]), ("Finanskostnader", "", [-148, -150, -162])],
        fixed=[("Bygningar og tomt", "4", [8_412, 8_760]), ("Maskinar og inventar", "4", [1_936, 1_744])],
        current=[("Varelager", "", [1_204, 1_150]), ("Kundefordringar", "", [2_318, 2_066]),
                 ("Andre fordringar", "", [402, 377]), ("Bankinnskot", "", "plug")],
        paid_in=("Aksjekapital", "5", 600), other_equity=("Anna eigenkapital", "5", 9_850),
        long=[("Gjeld til kredittinstitusjonar", "6", [4_120, 4_560])],
        short=[("Leverandørgjeld", "", [1_388, 1_214]), ("Skuldige offentlege avgifter", "", [1_902, 1_811]),
               ("Anna kortsiktig gjeld", "", [2_466, 2_302])],
        balance_headers=["31.12.2021", "31.12.2020"])
    unit = "Tal i heile tusen kroner"
    income = Statement("Resultatrekneskap", cols, inc, unit=1000, note_col="Note", label_header=unit, render="unruled")
    balance = Statement("Balanse", bal_cols, bal, unit=1000, note_col="Note", label_header=unit, render="unruled")
    revenue = nok_words(income, "Sum driftsinntekter")
    result = nok_words(income, "Årsresultat")
    budget_result = nok_words(income, "Årsresultat", 1)
    eq21 = equity_share(balance, 0, "nn")
    board = [("Geir Magne Overå", "LEDE", False), ("Astrid Dimmen", "NEST", False), ("Oddvar Flåskjer", "MEDL", False),
             ("Lene Marie Tarberg", "MEDL", False), ("Hallvard Djupvik", "MEDL", True),
             ("Inger Lise Kopperstad", "VARA", None), ("Bjørn Tore Saunes", "VARA", None), ("Mona Sævik", "VARA", None)]
    label_table = {"ruled": False, "gold_rows": False, "header_bold": False, "widths": [5.2, 9.6], "size": 9.5}
    items = [
        ("bh", "Sjøbakken Arbeid AS", {"size": 20}),
        ("h", 1, "Årsmelding 2021"),
        ("p", "Arbeid, opplæring og inkludering på {g:Søre Sunnmøre} sidan 1991", {"italic": True}),
        ("h", 2, "Dagleg leiar har ordet"),
        ("p", "2021 vart eit år der vi igjen måtte leve med smitteverntiltak store delar av året, men der "
              "aktiviteten likevel tok seg opp. Vi fekk nye oppdrag frå verfta og frå handelsnæringa i "
              "{g:Ulsteinvik}, og vi starta eit nytt samarbeid med {g:Herøy} kommune om reinhald. Takk til alle "
              "tilsette og deltakarar for innsatsen, og til NAV {g:Ulstein} og NAV {g:Hareid} for godt samarbeid."),
        ("p", "Randi Aarflot Liavåg, dagleg leiar", {"italic": True, "align": "right"}),
        ("h", 2, "Styret si årsmelding"),
        ("h", 3, "Verksemda og kvar ho held til"),
        ("p", "Sjøbakken Arbeid AS er ei arbeidsinkluderingsbedrift med forretningsadresse Sjøbakkvegen 3, 6065 "
              "{g:Ulsteinvik}. Selskapet er eigd av {g:Ulstein} kommune med {p:45 %|Ulstein kommune}, {g:Hareid} "
              "kommune med {p:25 %|Hareid kommune}, {g:Herøy} kommune med {p:20 %|Herøy kommune} og {g:Sande} "
              "kommune med {p:10 %|Sande kommune} av aksjane. Føremålet er å gje personar med nedsett arbeidsevne "
              "høve til arbeid, opplæring og kvalifisering, og selskapet har ikkje utbytte til føremål."),
        ("p", "Bedrifta har avdelingar for snikkarverkstad, reinhald, kantine og logistikk, og leverer tenester "
              "til kundar i {g:Ulstein}, {g:Hareid}, {g:Herøy} og {g:Sande}. Deltakarar frå {g:Vanylven} blir tekne "
              "inn etter avtale med NAV."),
        ("h", 3, "Tiltak og resultat"),
        ("p", "Tabellen viser avtalte plassar, nytta årsverk og kor mange som har vore på tiltak i løpet av året."),
        ("table", [["Tiltak", "Avtalte plassar", "Nytta årsverk", "Deltakarar i året"],
                   ["Arbeidsførebuande trening (AFT)", "32", "30,2", "84"],
                   ["Varig tilrettelagt arbeid (VTA)", "24", "23,6", "26"],
                   ["Varig tilrettelagt arbeid i ordinær verksemd (VTO)", "7", "6,8", "8"],
                   ["Sum", "63", "60,6", "118"]],
         {"widths": [7.6, 2.8, 2.8, 2.8], "size": 9, "bold_rows": {4}, "shade_header": "E3ECEE"}),
        ("p", "Av dei 61 deltakarane som avslutta AFT i 2021, gjekk 22 over til arbeid og 6 til utdanning. Det gjev "
              "ein overgang til arbeid eller utdanning på {p:45,9 %|overgang til arbeid eller utdanning}. "
              "Måltalet frå NAV var {p:40 %|måltalet frå NAV}."),
        ("p", "I tillegg hadde vi fem lærekandidatar i 2021, tre innan reinhald og to innan logistikk. To av dei "
              "tok kompetanseprøve i juni."),
        ("h", 3, "Arbeidsmiljø"),
        ("p", "Ved utgangen av året hadde selskapet 27 faste tilsette i 25,4 årsverk. Sjukefråværet var "
              "{p:7,8 %|sjukefråværet} mot {p:6,3 %|året før} året før. Det er ikkje registrert personskadar. "
              "Hovudverneombod er Arnfinn Voldsund, og hovudtillitsvald for Fagforbundet er Britt Elin Skeide."),
        ("h", 3, "Likestilling og diskriminering"),
        ("p", "Av dei faste tilsette er 15 kvinner og 12 menn. Leiargruppa har tre kvinner og to menn, og styret "
              "har to kvinner og tre menn. Selskapet arbeider aktivt for likestilling og mot diskriminering."),
        ("h", 3, "Ytre miljø"),
        ("p", "Verksemda ureinar ikkje det ytre miljøet ut over det som er vanleg i bransjen."),
        ("h", 3, "Økonomi og vidare drift"),
        ("p", f"Driftsinntektene var {revenue} kroner, og årsresultatet vart {result} kroner mot eit budsjett på "
              f"{budget_result} kroner. Eigenkapitalen utgjer {{p:{pct(eq21)} %|eigenkapitalen utgjer}} av "
              f"totalkapitalen. Styret meiner føresetnaden om vidare drift er til stades."),
        ("h", 2, "Styret og leiinga"),
        ("p", "På den ordinære generalforsamlinga 9. juni 2021 vart Geir Magne Overå attvald som styreleiar for "
              "to år. Kjell Arve Grimstad gjekk ut av styret etter to periodar, og Lene Marie Tarberg vart vald "
              "som nytt styremedlem. Styret har hatt sju møte og handsama 48 saker."),
        ("p", "Styret ved utgangen av 2021:"),
        ("table", [["Styreleiar", "Geir Magne Overå"], ["Nestleiar", "Astrid Dimmen"], ["Styremedlem", "Oddvar Flåskjer"],
                   ["Styremedlem", "Lene Marie Tarberg"], ["Styremedlem, tilsetterepresentant", "Hallvard Djupvik"],
                   ["Varamedlemer", "Inger Lise Kopperstad, Bjørn Tore Saunes"], ["Vara for dei tilsette", "Mona Sævik"]],
         label_table),
        ("p", "Leiargruppa:"),
        ("table", [["Dagleg leiar", "Randi Aarflot Liavåg"], ["Fagleiar AFT", "Sindre Hovlid"],
                   ["Fagleiar VTA og VTO", "Eli Synnøve Furnes"], ["Økonomileiar", "Terje Aakre"],
                   ["Leiar produksjon", "Jostein Waage"]], label_table),
        ("sign", "{g:Ulsteinvik}, 2. mars 2022",
         [("Geir Magne Overå", "styreleiar"), ("Astrid Dimmen", "nestleiar"), ("Oddvar Flåskjer", "styremedlem"),
          ("Lene Marie Tarberg", "styremedlem"), ("Hallvard Djupvik", "styremedlem"), ("Randi Aarflot Liavåg", "dagleg leiar")],
         {"cols": 3}),
        ("break",),
        ("h", 2, "Resultatrekneskap"),
        ("stmt", income),
        ("h", 2, "Balanse per 31. desember"),
        ("stmt", balance),
        ("p", "Revisor er Sunnmørsrevisjon AS ved statsautorisert revisor Kåre Standal. Noteopplysningane ligg "
              "i eit eige vedlegg til årsrekneskapen.", {"size": 8.5, "italic": True}),
    ]
    return {
        "name": "sjobakken-arbeid-2021", "year": 2021, "layout": "word", "lang": "nn",
        "title": "Sjøbakken Arbeid AS – Årsmelding 2021",
        "organization": {"name": "Sjøbakken Arbeid AS", "founded_year": 1991, "address": "Sjøbakkvegen 3, 6065 Ulsteinvik",
                         "phone": "70 01 58 20", "email": "post@sjobakken.no", "website": "www.sjobakken.no",
                         "owners": [{"name": "Ulstein kommune", "share_percent": 45},
                                    {"name": "Hareid kommune", "share_percent": 25},
                                    {"name": "Herøy kommune", "share_percent": 20},
                                    {"name": "Sande kommune", "share_percent": 10}]},
        "ceo": "Randi Aarflot Liavåg", "board": board,
        "not_board": ["Kjell Arve Grimstad", "Randi Aarflot Liavåg", "Sindre Hovlid", "Eli Synnøve Furnes", "Terje Aakre",
                      "Jostein Waage", "Arnfinn Voldsund", "Britt Elin Skeide", "Kåre Standal"],
        "places_optional": ["Sjøbakkvegen"],
        "programs": {"AFT": 32, "VTA": 24, "VTO": 7},
        "header": "Sjøbakken Arbeid AS · Årsmelding 2021", "header_align": "right",
        "footer": "Sjøbakken Arbeid AS · Sjøbakkvegen 3, 6065 {g:Ulsteinvik} · tlf. 70 01 58 20 · post@sjobakken.no · "
                  "www.sjobakken.no · side {PAGE}",
        "footer_align": "center", "font": "DejaVu Serif", "body_pt": 10, "heading_colour": "1D4F5C",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Word report in nynorsk of an arbeidsinkluderingsbedrift owned by four municipalities, the shares in "
                 "one prose sentence ('Ulstein kommune med 45 %, ...'). The board as a borderless two-column "
                 "label/name table (two deputies in one cell, 'Vara for dei tilsette'), the leiargruppa just below in "
                 "the same table form; the member who left at the generalforsamling, verneombod, tillitsvald and "
                 "revisor are not board. AFT, VTA and VTO places in a table with person-years; statements in 1000 kr "
                 "with Rekneskap | Budsjett | Rekneskap columns (budget optional). Contact facts in the running footer.",
    }




# ---------------------------------------------------------------------------------------------
# Hovdeheia Arbeid AS, Evje og Hornnes (Aust-Agder), 2005: LibreOffice Writer with frames, nynorsk
# ---------------------------------------------------------------------------------------------

def hovdeheia_2005() -> dict:
    cols = [Col("Rekneskap 2005", 2005), Col("Budsjett 2005", 2005, BUDGET), Col("Rekneskap 2004", 2004)]
    inc, bal, bal_cols = accounts(
        "nn", 1, cols,
        inc=[("Salsinntekter", "", [3_845_210, 3_700_000, 3_612_880]),
             ("Driftstilskot frå Aetat", "", [3_912_600, 3_900_000, 3_784_200]),
             ("Tilskot frå eigarkommunane", "", [540_000, 540_000, 520_000]),
             ("Andre inntekter", "", [61_340, 40_000, 55_120])],
        cost=[("Varekostnad", "", [1_402_770, 1_350_000, 1_328_410]), ("Lønskostnader", "2", [5_512_880, 5_540_000, 5_307_960]),
              ("Avskrivingar", "3", [212_400, 215_000, 198_600]), ("Andre driftskostnader", "", [1_061_930, 1_020_000, 1_010_540])],
        fin=[("Renteinntekter", "", [42_110, 30_000, 38_760]), ("Rentekostnader", "", [-18_920, -20_000, -22_300])],
        fixed=[("Bygningar", "3", [1_480_000, 1_540_000]), ("Maskinar og utstyr", "3", [386_200, 412_800])],
        current=[("Varelager", "", [244_500, 231_900]), ("Kundefordringar", "", [618_340, 574_210]),
                 ("Bankinnskot og kontantar", "", "plug")],
        paid_in=("Aksjekapital", "4", 500_000), other_equity=("Anna eigenkapital", "4", 1_802_410),
        long=[("Pantelån", "", [620_000, 700_000])],
        short=[("Leverandørgjeld", "", [288_930, 302_170]), ("Skuldig offentlege avgifter", "", [496_120, 471_880]),
               ("Anna kortsiktig gjeld", "", [402_770, 366_440])],
        balance_headers=["2005", "2004"])
    income = Statement("Resultatrekneskap 2005", cols, inc, note_col="Note", label_header="")
    balance = Statement("Balanse pr. 31.12.2005", bal_cols, bal, note_col="Note", label_header="")
    revenue = nok_words(income, "Sum driftsinntekter")
    result = nok_words(income, "Årsresultat")
    board = [("Tor Inge Austad", "LEDE", False), ("Gunvor Helle", "NEST", False), ("Kjetil Tveit", "MEDL", False),
             ("Randi Fjeldstad", "MEDL", False), ("Eivind Haugland", "MEDL", True),
             ("Sigrid Kvaale", "VARA", None), ("Arne Lislevand", "VARA", None), ("Torunn Skaar", "OBS", None)]
    facts = [
        ("p", "Fakta om bedrifta", {"b": True, "size": 11}),
        ("p", "Hovdeheia Arbeid AS", {"after": 0.5}),
        ("p", "Verkstadvegen 6, 4735 {g:Evje}", {"after": 0.5}),
        ("p", "Tlf. 37 93 12 40 – faks 37 93 12 41", {"after": 0.5}),
        ("p", "post@hovdeheia.no", {"after": 0.5}),
        ("p", "www.hovdeheia.no", {"after": 2}),
        ("p", "Skipa: 1984", {"after": 0.5}),
        ("p", "Org.nr.: 961 448 207", {"after": 2}),
        ("p", "Eigarar", {"b": True, "after": 0.8}),
        ("p", "{g:Evje og Hornnes} kommune {p:40 %|Evje og Hornnes kommune}", {"after": 0.3, "size": 9}),
        ("p", "{g:Bygland} kommune {p:20 %|Bygland kommune}", {"after": 0.3, "size": 9}),
        ("p", "{g:Valle} kommune {p:15 %|Valle kommune}", {"after": 0.3, "size": 9}),
        ("p", "{g:Bykle} kommune {p:15 %|Bykle kommune}", {"after": 0.3, "size": 9}),
        ("p", "{g:Iveland} kommune {p:10 %|Iveland kommune}", {"after": 0.3, "size": 9}),
    ]
    styret = [
        ("p", "Styret i 2005", {"b": True, "size": 11}),
        ("p", "Leiar: Tor Inge Austad", {"after": 0.6}),
        ("p", "Nestleiar: Gunvor Helle", {"after": 0.6}),
        ("p", "Styremedlem: Kjetil Tveit", {"after": 0.6}),
        ("p", "Styremedlem: Randi Fjeldstad", {"after": 0.6}),
        ("p", "Tilsette sin representant: Eivind Haugland", {"after": 1.6}),
        ("p", "Varamedlemer: Sigrid Kvaale og Arne Lislevand", {"after": 1.6}),
        ("p", "Observatør frå Aetat: Torunn Skaar", {"after": 0.6, "i": True}),
    ]
    tilsette = [
        ("p", "Tilsette ved utgangen av 2005", {"b": True, "size": 11}),
        ("p", "Aslaug Kjetså Lunden, dagleg leiar", {"after": 0.6}),
        ("p", "Nils Arne Bjørndal, arbeidsleiar snikkarverkstad", {"after": 0.6}),
        ("p", "Ingebjørg Løyning, arbeidsleiar tekstil og vask", {"after": 0.6}),
        ("p", "Gro Anita Skomedal, attføringskonsulent ({p:60 %|attføringskonsulent} stilling)", {"after": 0.6}),
        ("p", "Halvard Rysstøl, vaktmeister og sjåfør", {"after": 0.6}),
    ]
    items = [
        ("p", "Hovdeheia Arbeid AS", {"b": True, "size": 13, "after": 0.5}),
        ("h", 1, "Årsmelding 2005"),
        ("frame", facts, {"width": 58, "side": "right", "fill": "EEF0E6",
                          "text": "Hovdeheia Arbeid AS er ei vekstbedrift i {g:Setesdal} med verkstad og kontor på "
                                  "{g:Evje}. Bedrifta gjev varig tilrettelagt arbeid og arbeidspraksis til folk frå "
                                  "heile dalen, og sel snikkarvarer, ved og vaskeritenester til private og offentlege "
                                  "kundar frå {g:Bykle} i nord til {g:Kristiansand} i sør."}),
        ("h", 2, "Styret si melding for 2005"),
        ("h", 3, "Om verksemda"),
        ("p", "Føremålet til selskapet er å skaffe arbeid og arbeidstrening til personar med redusert arbeidsevne. "
              "Aksjane er eigde av dei fem kommunane i {g:Setesdal}, der {g:Valle} og {g:Bykle} har "
              "{p:15 %|Valle og Bykle} kvar. Selskapet held til i eigne lokale i Verkstadvegen 6 på {g:Evje}."),
        ("p", "Olav Tveiten var dagleg leiar fram til 31. mars 2005, då han gjekk av med alderspensjon etter 19 år i "
              "bedrifta. Aslaug Kjetså Lunden tok over som dagleg leiar 1. april. Styret takkar Olav Tveiten for "
              "lang og trufast teneste."),
        ("h", 3, "Tiltaksplassar og resultat"),
        ("p", "Bedrifta har i 2005 hatt 36 godkjende tiltaksplassar frå Aetat:"),
        ("table", [["Tiltak", "Godkjende plassar", "Utførte årsverk", "Deltakarar i alt"],
                   ["Varig tilrettelagt arbeid (VTA)", "20", "19,6", "21"],
                   ["Arbeidspraksis i skjerma verksemd (APS)", "12", "10,9", "31"],
                   ["Arbeid med bistand (AB)", "4", "3,7", "7"]],
         {"widths": [74, 28, 28, 28], "grid": True, "head_fill": "E4E7DA", "size": 9}),
        ("p", "Av dei 24 som avslutta APS i 2005, gjekk 7 ut i arbeid og 3 til skule eller anna utdanning. Det er "
              "{p:41,7 %|gjekk ut i arbeid eller utdanning} som gjekk ut i arbeid eller utdanning, mot "
              "{p:35,0 %|året før} året før. Samarbeidet med Aetat {g:Evje} og trygdekontora i dalen har vore godt."),
        ("frame", tilsette, {"width": 70, "side": "left", "fill": "F4F1E6",
                             "text": "Ved utgangen av året hadde bedrifta 6 tilsette i 5,4 årsverk, i tillegg til "
                                     "arbeidstakarane på VTA. Sjukefråværet var {p:4,1 %|sjukefråværet}, og det har "
                                     "ikkje vore ulukker eller skadar i året."}),
        ("h", 3, "Tilsette og arbeidsmiljø"),
        ("p", "Arbeidsmiljøet blir vurdert som godt. Verneombod er Nils Arne Bjørndal. Det er halde fem møte i "
              "arbeidsmiljøutvalet."),
        ("h", 3, "Likestilling"),
        ("p", "Av dei tilsette er tre kvinner og tre menn. Styret har to kvinner og tre menn."),
        ("h", 3, "Ytre miljø"),
        ("p", "Bedrifta ureinar ikkje det ytre miljøet."),
        ("h", 3, "Økonomi"),
        ("p", f"Driftsinntektene vart {revenue} kr, og årsresultatet vart eit overskot på {result} kr, som er betre "
              f"enn budsjettert. Overskotet blir overført til anna eigenkapital. Rekneskapen er sett opp under "
              f"føresetnad om vidare drift."),
        ("frame", styret, {"width": 64, "side": "right", "fill": "EEF0E6",
                           "text": "Generalforsamlinga vart halden 27. april 2005 med ordførar i {g:Evje og Hornnes}, "
                                   "Jon Kåre Mykland, som møteleiar. Styret har i 2005 hatt seks møte og handsama 38 "
                                   "saker."}),
        ("h", 3, "Framtidsutsikter"),
        ("p", "Aetat har varsla at talet på APS-plassar kan bli redusert frå 2006. Styret vil arbeide for å halde "
              "oppe tilbodet i dalen, og ser særleg på nye oppdrag innan vedproduksjon og vask for hytteeigarar i "
              "{g:Bykle} og {g:Valle}. Revisor er Heiane Revisjon AS ved statsautorisert revisor Gunnar Åsland."),
        ("sign", "{g:Evje}, 20. februar 2006",
         [("Tor Inge Austad", "leiar"), ("Gunvor Helle", "nestleiar"), ("Kjetil Tveit", "styremedlem"),
          ("Randi Fjeldstad", "styremedlem"), ("Eivind Haugland", "styremedlem"), ("Aslaug Kjetså Lunden", "dagleg leiar")],
         {"cols": 3}),
        ("break",),
        ("stmt", income, {"title": "Resultatrekneskap 2005", "widths": [66, 12, 30, 30, 30]}),
        ("stmt", balance, {"title": "Balanse pr. 31.12.2005", "widths": [82, 12, 38, 38]}),
    ]
    return {
        "name": "hovdeheia-arbeid-2005", "year": 2005, "layout": "writer", "lang": "nn",
        "title": "Hovdeheia Arbeid AS – Årsmelding 2005",
        "organization": {"name": "Hovdeheia Arbeid AS", "founded_year": 1984, "address": "Verkstadvegen 6, 4735 Evje",
                         "phone": "37 93 12 40", "email": "post@hovdeheia.no", "website": "www.hovdeheia.no",
                         "owners": [{"name": "Evje og Hornnes kommune", "share_percent": 40},
                                    {"name": "Bygland kommune", "share_percent": 20},
                                    {"name": "Valle kommune", "share_percent": 15},
                                    {"name": "Bykle kommune", "share_percent": 15},
                                    {"name": "Iveland kommune", "share_percent": 10}]},
        "ceo": "Aslaug Kjetså Lunden", "board": board,
        "not_board": ["Olav Tveiten", "Aslaug Kjetså Lunden", "Nils Arne Bjørndal", "Ingebjørg Løyning",
                      "Gro Anita Skomedal", "Halvard Rysstøl", "Jon Kåre Mykland", "Gunnar Åsland"],
        "places_optional": ["Verkstadvegen"],
        "programs": {"VTA": 20},
        "page": {"font": "DejaVu Serif", "size": 10, "margin": 20,
                 "footer": "Hovdeheia Arbeid AS – Verkstadvegen 6, 4735 {g:Evje} – side {PAGE}"},
        "author": "Hovdeheia Arbeid AS",
        "items": items, "renditions": ["writer"],
        "notes": "LibreOffice Writer report in nynorsk with text frames: a facts frame beside the first page's text "
                 "(address, phone and fax, e-mail, web, year founded, owners with their shares line by line), a "
                 "frame of staff on the left of the running text, and the board in a frame beside the "
                 "generalforsamling's paragraph as 'Leiar: Name' lines, with 'Tilsette sin representant', two "
                 "deputies in one line and Aetat's observer (OBS). The daglig leiar changed on 1 April (ceo is the "
                 "new one; the old one is thanked). VTA gold, APS and AB not; statements in kroner with Rekneskap | "
                 "Budsjett | Rekneskap (budget optional).",
    }


REPORTS = [vestreheim_2009, sjobakken_2021, hovdeheia_2005]
