"""Reports of the twenty-seventh held-out set (second half): a konsern of a vekstbedrift in Sandnes
(2019, both boards, budget beside actuals), an EQUASS-style quality report from Kristiansund (2016)
and a long report of an arbeidsinkluderingsbedrift in Senja, Troms og Finnmark (2022). All
organisations, people and figures are invented; places are real and valid in the report's year."""
from __future__ import annotations

from h27_reports_a import kr, result_of
from heldout_finance import BUDGET, OTHER, Col, Line, Statement, balance, income


def share(st: Statement, col: int) -> str:
    """Equity over total assets in one column, printed as a percentage ("41,7 %")."""
    lines = {line.label: line.values[col] for line in st.lines}
    return f"{100 * lines['Sum egenkapital'] / lines['Sum eiendeler']:.1f} %".replace(".", ",")


# ---------- 4. Hanamyr AS 2019: konsern (mother and two subsidiaries), Sandnes (Rogaland) ----------

def hanamyr_konsern_2019() -> dict:
    board = [("Eirik Tjelta", "LEDE", False), ("Hilde Kvernland", "NEST", False),
             ("Per Olav Undheim", "MEDL", False), ("Astrid Rosseland", "MEDL", False),
             ("Kenneth Øglænd", "MEDL", False), ("Marianne Skjæveland", "MEDL", True),
             ("Oddvar Lende", "VARA", None)]
    ceo = "Siv Helen Oftedal"
    cols = [Col("2019", 2019), Col("2018", 2018), Col("2019", 2019, OTHER), Col("2018", 2018, OTHER)]
    inc = income(
        "nb", 4,
        [("Salgsinntekter", "", [18_402_116, 17_210_448, 31_884_502, 29_640_127]),
         ("Tiltaksinntekter NAV", "2", [34_618_900, 33_402_750, 34_618_900, 33_402_750]),
         ("Kommunale tilskudd", "2", [4_280_000, 4_150_000, 4_280_000, 4_150_000]),
         ("Andre driftsinntekter", "", [612_480, 540_118, 702_950, 610_330])],
        [("Varekostnad", "", [5_406_210, 5_102_884, 11_880_412, 10_904_218]),
         ("Lønnskostnader", "3", [41_210_664, 39_804_213, 45_911_806, 44_050_442]),
         ("Avskrivninger", "5", [2_104_000, 1_998_500, 2_416_300, 2_280_710]),
         ("Andre driftskostnader", "", [8_118_340, 7_630_905, 9_880_515, 9_102_660])],
        [("Finansinntekter", "", [310_220, 288_104, 124_808, 96_417]),
         ("Finanskostnader", "", [-402_118, -431_260, -430_905, -462_118])])
    result = result_of(inc)
    res = Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="")
    bal = Statement("Balanse pr. 31. desember", cols, balance(
        "nb", 4,
        [("Tomter og bygninger", "5", [21_400_000, 22_050_000, 21_400_000, 22_050_000]),
         ("Maskiner, inventar og kjøretøy", "5", [4_180_330, 4_402_118, 5_612_940, 5_904_226]),
         ("Aksjer i datterselskap", "6", [1_100_000, 1_100_000, 0, 0])],
        [("Varer", "", [1_412_000, 1_306_500, 2_104_880, 1_980_412]),
         ("Kundefordringer", "", [3_116_450, 2_902_330, 5_204_119, 4_870_650]),
         ("Andre fordringer", "", [804_612, 780_420, 912_004, 880_116]),
         ("Bankinnskudd og kontanter", "7", "plug")],
        [("Aksjekapital", "8", [3_000_000, 3_000_000, 3_000_000, 3_000_000]),
         ("Annen egenkapital", "8", [18_204_118 + result[0], 18_204_118, 19_880_604 + result[2], 19_880_604])],
        [("Pantelån", "9", [12_400_000, 13_200_000, 12_400_000, 13_200_000])],
        [("Leverandørgjeld", "", [2_310_448, 2_118_904, 3_902_117, 3_640_880]),
         ("Skyldige offentlige avgifter", "", [4_402_660, 4_230_118, 5_180_442, 4_990_650]),
         ("Annen kortsiktig gjeld", "", [3_880_204, 3_612_006, 4_610_338, 4_302_915])]),
        note_col="Note", label_header="")
    mother = {line.label: line.values[0] for line in inc}
    wages = mother["Lønnskostnader"]
    actual = [mother["Sum driftsinntekter"], wages, mother["Sum driftskostnader"] - wages,
              mother["Driftsresultat"], result[0]]
    planned = [56_800_000, 41_500_000, 14_900_000, 400_000, 250_000]
    budget = Statement("Regnskap mot budsjett, morselskapet",
                       [Col("Regnskap 2019", 2019), Col("Budsjett 2019", 2019, BUDGET)],
                       [Line(label, [round(a / 1000), round(b / 1000)], bold=label.startswith("Resultat etter"))
                        for label, a, b in zip(("Inntekter i alt", "Lønn og sosiale kostnader", "Øvrige kostnader",
                                                "Resultat før finans", "Resultat etter finans"), actual, planned)],
                       label_header="Tall i 1000 kr")
    toc = [("Konsernsjefen har ordet", 2), ("Dette er Hanamyr", 3), ("Varig tilrettelagt arbeid", 3),
           ("Arbeidsforberedende trening", 3), ("Datterselskapene", 3), ("Nøkkeltall", 4),
           ("Styrets årsberetning", 5), ("Årsregnskap", 6), ("Noter", 8), ("Revisors beretning", 9)]
    items = [
        ("bh", "Hanamyr AS", {"size": 26}),
        ("bh", "Årsrapport 2019", {"size": 20}),
        ("p", "Konsernet Hanamyr: Hanamyr AS · Hanamyr Jobb AS · Hanamyr Kantine AS"),
        ("photo", 4, 5, "Arbeidstakere og arbeidsledere i monteringshallen på {g:Ganddal} en vintermorgen."),
        ("toc", toc),
        ("pagebreak",),
        ("h", 1, "Konsernsjefen har ordet"),
        ("p", "2019 var et år med vekst for hele konsernet. Kantinen i datterselskapet fikk to nye "
              "kunder, og vi flyttet AFT-avdelingen inn i nye lokaler i sentrum av {g:Sandnes}. Vi fikk "
              "fornyet EQUASS-sertifiseringen, og {p:64 %|gikk over til jobb eller skole} av deltakerne "
              "som avsluttet AFT gikk over til jobb eller skole."),
        ("p", "Jeg vil takke avdelingsleder Janne Bø i NAV Sandnes og alle veilederne vi har samarbeidet "
              "med. Takk også til Kari Lunde Hetland, som gikk av som styreleder i Hanamyr Kantine AS "
              "etter mange år, og til alle arbeidsgivere som har tatt imot deltakere fra oss."),
        ("quote", "«Vi har fått fire dyktige medarbeidere gjennom samarbeidet med Hanamyr, og to av dem "
                  "har nå fast stilling,» sier daglig leder Torleif Ree i Ree Byggvare AS."),
        ("p", "Siv Helen Oftedal, administrerende direktør"),
        ("pagebreak",),
        ("h", 1, "Dette er Hanamyr"),
        ("p", "Hanamyr AS er en arbeids- og inkluderingsbedrift i {g:Sandnes}, stiftet i 1979. "
              "Selskapet eies av {g:Sandnes kommune|Sandnes} ({p:80 %|Sandnes kommune}) og "
              "{g:Gjesdal kommune|Gjesdal} ({p:20 %|Gjesdal kommune}). Morselskapet eier alle "
              "aksjene i Hanamyr Jobb AS og Hanamyr Kantine AS. Vi har deltakere fra "
              "{g:Sandnes}, {g:Gjesdal}, {g:Time} og {g:Stavanger}."),
        ("p", "Hovedkontor: Kvålsvegen 22, 4323 {g:Sandnes} · Telefon 51 68 22 00 · www.hanamyr.no"),
        ("h", 1, "Varig tilrettelagt arbeid"),
        ("p", "Morselskapet har 64 godkjente VTA-plasser. I 2019 hadde 71 arbeidstakere VTA hos oss i "
              "løpet av året. De arbeider med montering, emballering, vedproduksjon og vaskeri."),
        ("table", [["", "2019", "2018", "2017"],
                   ["Godkjente VTA-plasser", "64", "64", "60"],
                   ["Arbeidstakere i løpet av året", "71", "69", "66"],
                   ["Belegg", "{p:99,1 %}", "{p:98,4 %}", "{p:97,8 %}"]]),
        ("h", 1, "Arbeidsforberedende trening"),
        ("p", "Hanamyr AS har 45 plasser i AFT. Til sammen 118 deltakere var i tiltaket i 2019, og 69 "
              "avsluttet. Av disse gikk {p:64 %|over til jobb eller skole} over til jobb eller "
              "skole, mot {p:57 %|mot} året før."),
        ("h", 1, "Datterselskapene"),
        ("h", 2, "Hanamyr Jobb AS"),
        ("p", "Hanamyr Jobb AS leverer renhold og grøntanlegg til bedrifter og borettslag, med "
              "arbeidstakere som har lønnstilskudd. Daglig leder er Stian Aase. Styret i Hanamyr "
              "Jobb AS har bestått av Siv Helen Oftedal (styreleder), Rune Haugland og Gro Sirevåg."),
        ("h", 2, "Hanamyr Kantine AS"),
        ("p", "Hanamyr Kantine AS driver tre kantiner og et cateringkjøkken. Daglig leder er Liv Marit "
              "Espedal. Styret har bestått av Siv Helen Oftedal (styreleder fra juni), Bente Gjedrem "
              "og Arvid Skretting."),
        ("pagebreak",),
        ("h", 1, "Nøkkeltall"),
        ("table", [["Konsernet", "2019", "2018", "2017", "2016"],
                   ["Driftsinntekter (mill. kr)", "71,5", "67,8", "64,1", "61,9"],
                   ["Årsverk", "84,6", "81,2", "79,0", "77,4"],
                   ["Sykefravær", "{p:6,8 %}", "{p:7,4 %}", "{p:7,9 %}", "{p:8,1 %}"],
                   ["Egenkapitalandel", f"{{p:{share(bal, 2)}}}", f"{{p:{share(bal, 3)}}}", "{p:45,2 %}",
                    "{p:44,0 %}"]]),
        ("stmt", budget, {"title": "Regnskap mot budsjett 2019 (morselskapet)"}),
        ("p", "Inntektene ble høyere enn budsjettert fordi kantinedriften og monteringsoppdragene "
              "økte. Lønnskostnadene ble litt lavere enn budsjett."),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning 2019"),
        ("bh", "Virksomheten"),
        ("p", "Hanamyr AS er morselskap i konsernet og er godkjent tiltaksarrangør for NAV. "
              "Virksomheten drives i {g:Sandnes} kommune i {g:Rogaland}."),
        ("bh", "Fortsatt drift"),
        ("p", "Forutsetningen om fortsatt drift er lagt til grunn, og styret bekrefter at den er til stede."),
        ("bh", "Arbeidsmiljø og likestilling"),
        ("p", "Sykefraværet i konsernet var {p:6,8 %|Sykefraværet i konsernet var}. Det er ikke "
              "registrert alvorlige skader. Av konsernets ansatte er {p:47 %|Av konsernets ansatte er} "
              "kvinner. Styret i morselskapet har tre kvinner og fire medlemmer som er menn."),
        ("bh", "Resultat"),
        ("p", f"Morselskapet fikk et årsresultat på {kr(result[0])} kroner, konsernet "
              f"{kr(result[2])} kroner. Styret foreslår at resultatet overføres til annen egenkapital."),
        ("bh", "Styret"),
        ("table", [["Verv", "Navn", "Valgt"],
                   ["Styreleder", "Eirik Tjelta", "2018"],
                   ["Nestleder", "Hilde Kvernland", "2019"],
                   ["Styremedlem", "Per Olav Undheim", "2017"],
                   ["Styremedlem", "Astrid Rosseland", "2019"],
                   ["Styremedlem", "Kenneth Øglænd", "2018"],
                   ["Ansattes representant", "Marianne Skjæveland", "2019"],
                   ["Varamedlem", "Oddvar Lende", "2019"]], {"widths": [4.5, 5.5, 2.5]}),
        ("p", "Valgkomiteen har bestått av Aud Helene Vik (leder) og Johannes Sele."),
        ("sign", "{g:Sandnes}, 19. mars 2020",
         [("Eirik Tjelta", "Styreleder"), ("Hilde Kvernland", "Nestleder"), ("Per Olav Undheim", "Styremedlem"),
          ("Astrid Rosseland", "Styremedlem"), ("Kenneth Øglænd", "Styremedlem"),
          ("Marianne Skjæveland", "Styremedlem"), ("Siv Helen Oftedal", "Adm. direktør")], {"cols": 3}),
        ("pagebreak",),
        ("groupstmt", res, [("Morselskap", 2), ("Konsern", 2)], {"title": "Resultatregnskap 2019"}),
        ("groupstmt", bal, [("Morselskap", 2), ("Konsern", 2)], {"title": "Balanse pr. 31.12.2019"}),
        ("pagebreak",),
        ("h", 1, "Noter til regnskapet"),
        ("p", "Note 1 Regnskapsprinsipper. Konsernregnskapet omfatter Hanamyr AS og datterselskapene, "
              "der morselskapet eier {p:100 %|der morselskapet eier} av aksjene.", {"size": 8.5}),
        ("p", "Note 2 Offentlige tilskudd. Tiltaksinntekter fra NAV gjelder VTA og AFT. Kommunale "
              "tilskudd er medfinansiering av VTA-plassene.", {"size": 8.5}),
        ("p", "Note 3 Lønnskostnader. Lønn til administrerende direktør var 1 184 000 kroner. "
              "Styrehonorar i morselskapet var 142 000 kroner.", {"size": 8.5}),
        ("p", "Note 6 Datterselskap. Hanamyr Jobb AS (forretningskontor {g:Sandnes}, eierandel "
              "{p:100 %|eierandel}) og Hanamyr Kantine AS (forretningskontor {g:Sandnes}, eierandel "
              "{p:100 %|eierandel}).", {"size": 8.5}),
        ("p", "Note 9 Pantelån. Lånet er sikret med pant i eiendommen og nedbetales over 20 år.", {"size": 8.5}),
        ("pagebreak",),
        ("bh", "Uavhengig revisors beretning"),
        ("p", "Til generalforsamlingen i Hanamyr AS"),
        ("p", "Vi har revidert årsregnskapet for Hanamyr AS, som består av selskapsregnskap og "
              "konsernregnskap. Etter vår mening gir det medfølgende årsregnskapet et rettvisende "
              "bilde av selskapets og konsernets finansielle stilling per 31. desember 2019."),
        ("p", "{g:Stavanger}, 26. mars 2020 · Fjordrevisjon AS · Kjetil Braut, statsautorisert revisor"),
    ]
    return {
        "name": "hanamyr-konsern-2019", "lang": "nb", "year": 2019,
        "title": "Hanamyr AS – Årsrapport 2019",
        "organization": {"name": "Hanamyr AS", "founded_year": 1979, "address": "Kvålsvegen 22, 4323 Sandnes",
                         "phone": "51 68 22 00", "website": "www.hanamyr.no",
                         "owners": [{"name": "Sandnes kommune", "share_percent": 80.0},
                                    {"name": "Gjesdal kommune", "share_percent": 20.0}]},
        "ceo": ceo, "board": board,
        "not_board": ["Janne Bø", "Kari Lunde Hetland", "Torleif Ree", "Stian Aase", "Rune Haugland",
                      "Gro Sirevåg", "Liv Marit Espedal", "Bente Gjedrem", "Arvid Skretting",
                      "Aud Helene Vik", "Johannes Sele", "Kjetil Braut"],
        "not_places": ["NAV Sandnes"],
        "programs": {"VTA": 64, "AFT": 45},
        "header": "Hanamyr AS · Årsrapport 2019", "footer": "Side {PAGE} av {NUMPAGES}",
        "heading_colour": "7A2E1F",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Konsern: statements with Morselskap and Konsern column groups (konsern columns optional), "
                 "a budget statement beside actuals in thousands (not key figures), both subsidiaries' "
                 "boards and daglig ledere, the adm. direktør chairing the subsidiaries (ceo, not board), "
                 "a partner's leader quoted, the valgkomité, a retired subsidiary chair thanked, the auditor.",
    }


# ---------- 5. Smievågen Kompetanse AS 2016: EQUASS-style kvalitetsrapport, Kristiansund ----------

def smievagen_kvalitet_2016() -> dict:
    board = [("Trond Vullum", "LEDE", None), ("Sissel Bræin", "NEST", None), ("Ola Fiske", "MEDL", None),
             ("Hanne Kvalvik", "MEDL", None), ("Arnt Sæther", "MEDL", True), ("Karin Wullum", "VARA", None)]
    board = [(n, r, (e if e is not None else (False if r != "VARA" else None))) for n, r, e in board]
    ceo = "Geir Inge Skarsvåg"
    cols = [Col("2016", 2016), Col("2015", 2015)]
    key = Statement("Nøkkeltall", cols, [
        Line("Sum driftsinntekter", [28_410_660, 26_902_118], key=True),
        Line("Driftsresultat", [612_430, 388_216], key=True),
        Line("Årsresultat", [688_120, 452_904], key=True),
        Line("Sum eiendeler", [16_204_880, 15_118_402], key=True),
        Line("Sum egenkapital", [9_410_226, 8_722_106], key=True)], label_header="Beløp i kroner")
    items = [
        ("bh", "Kvalitetsrapport 2016", {"size": 20}),
        ("p", "Smievågen Kompetanse AS · Storgata 41, 6509 {g:Kristiansund} · www.smievagen.no"),
        ("h", 1, "Innledning"),
        ("p", "Smievågen Kompetanse AS har vært sertifisert etter EQUASS Assurance siden 2015. "
              "Kvalitetsrapporten viser hvordan vi har arbeidet med de ti prinsippene i 2016, og hvilke "
              "resultater vi har oppnådd for deltakerne. Rapporten inngår i årsrapporten for 2016."),
        ("p", "Selskapet ble stiftet i 1991 og eies av {g:Kristiansund kommune|Kristiansund} "
              "({p:66 %|Kristiansund kommune}) og {g:Averøy kommune|Averøy} ({p:34 %|Averøy kommune}). "
              "Vi har 40 plasser i arbeidsforberedende trening (AFT) og 18 plasser i varig tilrettelagt "
              "arbeid (VTA), og deltakerne kommer fra hele {g:Nordmøre}."),
        ("h", 1, "Resultater for deltakerne"),
        ("p", "{p:62 %|gikk over til arbeid eller utdanning} gikk over til arbeid eller utdanning etter "
              "endt AFT. Det er bedre enn målet vårt, og bedre enn i 2015."),
        ("table", [["Resultatmål", "Mål 2016", "Resultat 2016", "Resultat 2015"],
                   ["Overgang til arbeid eller utdanning (AFT)", "{p:50 %}", "{p:62 %}", "{p:55 %}"],
                   ["Deltakere som er fornøyd med tilbudet", "{p:85 %}", "{p:91 %}", "{p:88 %}"],
                   ["Kartlegging gjennomført innen fire uker", "{p:95 %}", "{p:97 %}", "{p:93 %}"],
                   ["Avvik lukket innen fristen", "{p:90 %}", "{p:84 %}", "{p:80 %}"]],
         {"widths": [7.0, 2.6, 2.8, 2.8]}),
        ("p", "Vi nådde ikke målet for lukking av avvik. Tiltak er satt inn, og kvalitetsleder "
              "Ellen Rønning følger opp hver måned."),
        ("h", 1, "EQUASS-prinsippene i praksis"),
        ("bh", "Lederskap og styring"),
        ("p", "Styret har i 2016 bestått av styreleder Trond Vullum, nestleder Sissel Bræin, "
              "styremedlemmene Ola Fiske og Hanne Kvalvik og Arnt Sæther, som er valgt av og blant de "
              "ansatte. Karin Wullum har vært varamedlem. Daglig leder er Geir Inge Skarsvåg."),
        ("bh", "Rettigheter og medvirkning"),
        ("p", "Brukerrådet har hatt fem møter. Brukerrådets leder Ronny Gjerde har deltatt på to "
              "styremøter som observatør uten stemmerett."),
        ("bh", "Partnerskap"),
        ("p", "Vi har samarbeidsavtaler med 38 bedrifter i {g:Kristiansund} og {g:Averøy}. "
              "Kontaktpersonen vår i NAV Kristiansund er Marte Flatvad."),
        ("bh", "Personorientering"),
        ("p", "Alle deltakere har en individuell plan. {p:97 %|av kartleggingene} av "
              "kartleggingene ble gjennomført innen fire uker."),
        ("bh", "Etikk og helhetlig tilnærming"),
        ("p", "Etisk råd har behandlet tre saker. Sykefraværet blant de ansatte var "
              "{p:5,4 %|Sykefraværet blant de ansatte}."),
        ("h", 1, "Økonomi"),
        ("keytable", key, [["Egenkapitalandel", "{p:58,1 %}", "{p:57,7 %}"]], {"title": "Nøkkeltall 2016"}),
        ("p", "Revisor er Nordmøre Revisjon AS. Det fullstendige årsregnskapet ligger i årsrapporten."),
        ("sign", "{g:Kristiansund}, 15. mars 2017",
         [("Geir Inge Skarsvåg", "daglig leder"), ("Ellen Rønning", "kvalitetsleder")], {"cols": 2}),
    ]
    return {
        "name": "smievagen-kvalitet-2016", "lang": "nb", "year": 2016,
        "title": "Smievågen Kompetanse AS – Kvalitetsrapport 2016",
        "organization": {"name": "Smievågen Kompetanse AS", "founded_year": 1991,
                         "address": "Storgata 41, 6509 Kristiansund", "website": "www.smievagen.no",
                         "owners": [{"name": "Kristiansund kommune", "share_percent": 66.0},
                                    {"name": "Averøy kommune", "share_percent": 34.0}]},
        "ceo": ceo, "board": board,
        "not_board": ["Ronny Gjerde", "Ellen Rønning", "Marte Flatvad"],
        "not_places": ["NAV Kristiansund", "Nordmøre Revisjon AS"],
        "programs": {"AFT": 40, "VTA": 18},
        "header": "Smievågen Kompetanse AS", "header_align": "right",
        "footer": "Kvalitetsrapport 2016 – side {PAGE}",
        "items": items, "renditions": ["docx", "doc"],
        "notes": "EQUASS-style quality report: results table Mål | Resultat with percentages, the board in "
                 "one sentence (an ansattvalgt member stated), the brukerråd's leader attending as an "
                 "observer (not the board's OBS), the kvalitetsleder signing beside the daglig leder, "
                 "a key-figure table only.",
    }


# ---------- 6. Lyngstua Arbeid AS 2022: Senja, Troms og Finnmark; long, portraits ----------

def lyngstua_arbeid_2022() -> dict:
    board = [("Kjell Arne Pedersen", "LEDE", False), ("Ingunn Strand", "NEST", False),
             ("Roger Johansen", "MEDL", False), ("Mette Karlsen", "MEDL", False),
             ("Frank Hugo Isaksen", "MEDL", True), ("Elin Mortensen", "VARA", None)]
    ceo = "Hanne Marie Kristiansen"
    cols = [Col("2022", 2022), Col("2021", 2021)]
    inc = income(
        "nb", 2,
        [("Salgsinntekter", "", [9_884_210, 9_102_446]),
         ("Tilskudd NAV", "2", [14_206_800, 13_710_240]),
         ("Kommunalt tilskudd", "2", [1_420_000, 1_380_000])],
        [("Varekostnad", "", [3_105_880, 2_804_118]), ("Lønnskostnader", "3", [18_412_404, 17_804_662]),
         ("Avskrivninger", "4", [612_500, 598_300]), ("Andre driftskostnader", "", [3_104_662, 2_712_908])],
        [("Finansinntekter", "", [58_410, 12_006]), ("Finanskostnader", "", [-104_220, -96_114])])
    result = result_of(inc)
    res = Statement("Resultatregnskap", cols, inc, note_col="Note", negative="paren", label_header="")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        [("Bygninger", "4", [5_406_000, 5_712_000]), ("Driftsløsøre og biler", "4", [1_204_330, 1_398_118])],
        [("Varer", "", [604_112, 588_430]), ("Kundefordringer", "", [1_102_480, 980_660]),
         ("Bankinnskudd", "5", "plug")],
        [("Aksjekapital", "6", [500_000, 500_000]), ("Annen egenkapital", "6", [4_812_406 + result[0], 4_812_406])],
        [("Lån Husbanken", "7", [2_880_000, 3_040_000])],
        [("Leverandørgjeld", "", [802_118, 744_302]), ("Skyldige offentlige avgifter", "", [1_410_660, 1_306_118]),
         ("Annen kortsiktig gjeld", "", [1_208_440, 1_102_906])]),
        note_col="Note", negative="paren", label_header="")
    toc = [("Daglig leder", 2), ("Om Lyngstua", 3), ("VTA", 3), ("AFT", 3), ("Resultater", 3),
           ("Avdelingene", 3), ("Samarbeid", 4), ("Ansatte", 5), ("Styret", 6), ("Årsberetning", 7),
           ("Regnskap", 8), ("Noter", 9)]
    items = [
        ("bh", "Årsrapport 2022", {"size": 24}),
        ("bh", "Lyngstua Arbeid AS", {"size": 16}),
        ("photo", 5, 4, "Arbeidstakere og ansatte samlet ved verkstedet på {g:Finnsnes} i september."),
        ("toc", toc),
        ("pagebreak",),
        ("h", 1, "Daglig leder"),
        ("p", "Etter to krevende år kunne vi i 2022 igjen ha alle avdelingene i full drift. Vi har tatt "
              "på oss nye oppdrag for fiskeindustrien på {g?:Husøy} og {g?:Gryllefjord}, og vedsalget "
              "har aldri vært større."),
        ("p", "Takk til veileder Tove Hansen i NAV Senja og til alle bedriftene som har tatt imot "
              "deltakere. En særlig takk til Arnfinn Berg, som gikk av med pensjon etter 26 år som "
              "arbeidsleder på snekkerverkstedet."),
        ("p", "Hanne Marie Kristiansen, daglig leder"),
        ("pagebreak",),
        ("h", 1, "Om Lyngstua"),
        ("p", "Lyngstua Arbeid AS er en arbeidsinkluderingsbedrift på {g:Finnsnes} i {g:Senja} "
              "kommune, {g:Troms og Finnmark}. Selskapet ble stiftet i 1984. Eiere er "
              "{g:Senja kommune|Senja} ({p:75 %|Senja kommune}), {g:Sørreisa kommune|Sørreisa} "
              "({p:15 %|Sørreisa kommune}) og {g:Dyrøy kommune|Dyrøy} ({p:10 %|Dyrøy kommune})."),
        ("p", "Postadresse: Postboks 318, 9306 {g:Finnsnes} · E-post: post@lyngstua.no · "
              "Telefon 77 85 40 20"),
        ("h", 1, "Varig tilrettelagt arbeid (VTA)"),
        ("p", "Bedriften har 30 plasser i VTA. 33 arbeidstakere var i tiltaket i løpet av 2022. "
              "Avdelingene er snekkerverksted, vedproduksjon, vaskeri og en bruktbutikk."),
        ("h", 1, "Arbeidsforberedende trening (AFT)"),
        ("p", "Vi har 24 plasser i AFT. 52 deltakere var i tiltaket, og 31 avsluttet i løpet av året."),
        ("h", 1, "Resultater"),
        ("table", [["", "2022", "2021", "2020"],
                   ["Deltakere i AFT", "52", "47", "44"],
                   ["Avsluttet AFT", "31", "28", "25"],
                   ["Til arbeid eller utdanning", "{p:48 %}", "{p:43 %}", "{p:40 %}"],
                   ["Deltakertilfredshet", "{p:89 %}", "{p:86 %}", "{p:87 %}"]]),
        ("p", "Av deltakerne som avsluttet AFT gikk {p:48 %|til arbeid eller utdanning} til "
              "arbeid eller utdanning. {p:23 %|fikk jobb i fiskeindustrien} fikk jobb i "
              "fiskeindustrien."),
        ("h", 1, "Avdelingene"),
        ("bh", "Snekkerverkstedet"),
        ("p", "Verkstedet lager utemøbler, fiskekasser i tre og innredning til hytter. I 2022 leverte vi "
              "420 benker til kommunens friområder og skoler."),
        ("bh", "Vedproduksjon"),
        ("p", "Vi solgte 3 600 sekker ved, en økning på {p:21 %|en økning på} fra året før. Det meste "
              "selges i {g:Senja} og på {g?:Andørja}, resten gjennom to dagligvarebutikker."),
        ("bh", "Vaskeri og bruktbutikk"),
        ("p", "Vaskeriet har faste avtaler med to hoteller og helsetunet. Bruktbutikken i sentrum er "
              "åpen fire dager i uka og er en viktig arena for AFT-deltakere."),
        ("quote", "«Det beste med jobben er at vi blir en gjeng,» sier arbeidstaker Jonas Olsen, som har "
                  "jobbet i vedproduksjonen i seks år."),
        ("h", 1, "Samarbeid"),
        ("p", "Vi samarbeider med 27 bedrifter om praksisplasser. Daglig leder Karianne Solli i "
              "Finnsnes Fisk AS sier at bedriften har fått tre nye medarbeidere gjennom AFT. Vi er "
              "medlem av Arbeid & Inkludering i NHO Service og Handel."),
        ("pagebreak",),
        ("h", 1, "Ansatte"),
        ("p", "Ved årsskiftet var det 19 ansatte i 17,6 årsverk. Sykefraværet var "
              "{p:8,9 %|Sykefraværet var}, en nedgang fra {p:10,2 %|en nedgang fra} i 2021."),
        ("table", [["Navn", "Stilling"], ["Hanne Marie Kristiansen", "Daglig leder"],
                   ["Petter Nygaard", "Økonomi og administrasjon"], ["Lise Enoksen", "Jobbspesialist"],
                   ["Anders Bakkeby", "Arbeidsleder snekkerverksted"], ["Grete Haugland", "Arbeidsleder vaskeri"]],
         {"ruled": False}),
        ("p", "Helse, miljø og sikkerhet: Det ble meldt to mindre skader i 2022. Verneombud er "
              "Lise Enoksen, og arbeidsmiljøutvalget har hatt fire møter."),
        ("pagebreak",),
        ("h", 1, "Styret i 2022"),
        ("portraits", [("Kjell Arne Pedersen", ["Styreleder"]), ("Ingunn Strand", ["Nestleder"]),
                       ("Roger Johansen", ["Styremedlem"]), ("Mette Karlsen", ["Styremedlem"]),
                       ("Frank Hugo Isaksen", ["Styremedlem", "Valgt av de ansatte"]),
                       ("Elin Mortensen", ["Varamedlem"])], {"per_row": 3}),
        ("p", "Styret har hatt sju møter og behandlet 52 saker i 2022."),
        ("bh", "Styret etter generalforsamlingen 2023"),
        ("p", "Generalforsamlingen 26. april 2023 valgte Hege Nilsen til ny styreleder etter Kjell Arne "
              "Pedersen, og Tor Inge Hanssen ble nytt styremedlem. Valgkomiteen har bestått av Rolf "
              "Eliassen og Siri Antonsen."),
        ("pagebreak",),
        ("h", 1, "Årsberetning 2022"),
        ("p", "Virksomheten drives i {g:Senja} kommune. Årsregnskapet er satt opp under forutsetning "
              "om fortsatt drift, og styret bekrefter at forutsetningen er til stede."),
        ("p", "Bedriften har 19 ansatte, hvorav {p:58 %|kvinner} kvinner. Styret har to kvinner og "
              "fire menn. Bedriften forurenser ikke det ytre miljø."),
        ("p", f"Årsresultatet ble {kr(result[0])} kroner. Styret foreslår at det overføres til annen "
              "egenkapital."),
        ("sign", "{g:Finnsnes}, 16. mars 2023",
         [("Kjell Arne Pedersen", "Styreleder"), ("Ingunn Strand", "Nestleder"), ("Roger Johansen", "Styremedlem"),
          ("Mette Karlsen", "Styremedlem"), ("Frank Hugo Isaksen", "Styremedlem"),
          ("Hanne Marie Kristiansen", "Daglig leder")], {"cols": 3, "title_above": True}),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2022"}),
        ("stmt", bal, {"title": "Balanse 31.12.2022"}),
        ("h", 1, "Noter"),
        ("p", "Note 2 Tilskudd. Tilskudd fra NAV gjelder VTA og AFT. Kommunalt tilskudd er "
              "Senja kommunes medfinansiering av VTA.", {"size": 8.5}),
        ("p", "Note 3 Lønn. Daglig leder fikk 968 000 kroner i lønn. Styrehonorar var 64 000 kroner.",
         {"size": 8.5}),
        ("p", "Note 7 Langsiktig gjeld. Lånet i Husbanken nedbetales over 20 år.", {"size": 8.5}),
        ("p", "Revisor: Revisjon Nord AS ved statsautorisert revisor Anita Simonsen.", {"size": 8.5}),
    ]
    return {
        "name": "lyngstua-arbeid-2022", "lang": "nb", "year": 2022,
        "title": "Lyngstua Arbeid AS – Årsrapport 2022",
        "organization": {"name": "Lyngstua Arbeid AS", "founded_year": 1984, "email": "post@lyngstua.no",
                         "phone": "77 85 40 20",
                         "owners": [{"name": "Senja kommune", "share_percent": 75.0},
                                    {"name": "Sørreisa kommune", "share_percent": 15.0},
                                    {"name": "Dyrøy kommune", "share_percent": 10.0}]},
        "ceo": ceo, "board": board,
        "not_board": ["Hege Nilsen", "Tor Inge Hanssen", "Rolf Eliassen", "Siri Antonsen", "Tove Hansen",
                      "Arnfinn Berg", "Anita Simonsen", "Jonas Olsen", "Karianne Solli",
                      "Petter Nygaard", "Lise Enoksen", "Anders Bakkeby", "Grete Haugland"],
        "not_places": ["NAV Senja", "Senja kommunes", "Finnsnes Fisk AS"],
        "programs": {"VTA": 30, "AFT": 24},
        "header": "Lyngstua Arbeid AS – Årsrapport 2022", "footer": "{PAGE}", "footer_align": "right",
        "font": "Liberation Sans", "heading_colour": "1D4E6B",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Long report: cover photo, table of contents, the leader's letter thanking a NAV "
                 "veileder and a retiring arbeidsleder, results over three years, board as portraits "
                 "with 'Valgt av de ansatte', then the board elected after year-end (new chair and "
                 "member) and the valgkomité, statements with parentheses for negatives and notes.",
    }


REPORTS = [hanamyr_konsern_2019, smievagen_kvalitet_2016, lyngstua_arbeid_2022]
