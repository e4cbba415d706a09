"""Bokmål reports of the sixtieth held-out set: a stiftelse running ASVO places in 1998, an
arbeidsinkluderingsbedrift AS in 2025, a vekstbedrift AS in 2010. Names and figures are invented;
places are real and valid in the report's year."""
from __future__ import annotations

from h3_render import Kroner
from h60_reports_a import kr, result_of
from heldout_finance import BUDGET, Col, Statement, balance, income


def kjeldal_1998() -> dict:
    """Grue 1998: a stiftelse (no owners); ASVO and AMB places without a program code; the board in
    an attendance table (Navn | Verv | Oppnevnt av | Møter); statements in tab stops."""
    cols = [Col("1998", 1998), Col("1997", 1997)]
    res = Statement("Resultatregnskap 1998", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [1_906_412, 1_822_300]),
             ("Driftstilskudd fra arbeidsmarkedsetaten", "", [2_288_000, 2_196_000]),
             ("Tilskudd fra Grue kommune", "", [240_000, 240_000])],
        cost=[("Varekostnad", "", [702_118, 668_440]),
              ("Lønn og sosiale kostnader", "", [3_140_906, 3_022_514]),
              ("Avskrivninger", "", [96_000, 91_000]),
              ("Andre driftskostnader", "", [388_204, 402_833])],
        fin=[("Renteinntekter", "", [31_880, 28_412])]), render="tabs", thousands=".")
    bal = Statement("Balanse pr. 31. desember 1998", cols, balance(
        "nb", 2,
        fixed=[("Maskiner og utstyr", "", [418_000, 474_000])],
        current=[("Varebeholdning", "", [121_300, 115_800]), ("Kundefordringer", "", [233_412, 201_944]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Grunnkapital", "", [200_000, 200_000]), ("Annen egenkapital", "", [1_021_332, 911_268])],
        long=[],
        short=[("Leverandørgjeld", "", [88_412, 92_110]), ("Skyldige offentlige avgifter", "", [214_806, 201_330]),
               ("Annen kortsiktig gjeld", "", [96_120, 84_406])]), render="tabs", thousands=".")
    return {
        "name": "kjeldal-arbeidssenter-1998", "lang": "nb", "year": 1998, "title": "Årsberetning 1998",
        "organization": {"name": "Stiftelsen Kjeldal Arbeidssenter", "founded_year": 1979},
        "ceo": "Arvid Bjørkli",
        "board": [("Ragnhild Nordby", "LEDE", False), ("Terje Kaarstad", "NEST", False),
                  ("Inger Lise Haugseth", "MEDL", False), ("Bjørn Vestli", "MEDL", False),
                  ("Gerd Sørlie", "MEDL", True), ("Hans Petter Eng", "VARA", None)],
        "not_board": ["Ole Bakken", "Karin Myhre", "Tor Egil Lund", "Astrid Hagen"],
        "renditions": ["pdf", "doc"],
        "font": "Liberation Serif",
        "items": [
            ("p", "STIFTELSEN KJELDAL ARBEIDSSENTER", {"bold": True, "size": 14, "align": "center"}),
            ("bh", "Årsberetning for 1998"),
            ("bh", "Virksomheten", {"size": 10.5}),
            ("p", "Stiftelsen Kjeldal Arbeidssenter ble opprettet i 1979 og holder til på {g:Kirkenær} i "
                  "{g:Grue} kommune i {g:Hedmark}. Stiftelsens formål er å gi arbeid og arbeidstrening til "
                  "yrkeshemmede. Senteret hadde i 1998 20 plasser for arbeidssamvirke (ASVO) og 8 plasser i "
                  "arbeidsmarkedsbedrift (AMB), godkjent av arbeidsmarkedsetaten i {g:Hedmark}."),
            ("p", "Produksjonen omfatter snekkerarbeid, vedproduksjon og pakkeoppdrag for industrien i "
                  "{g:Kongsvinger} og {g:Solør}."),
            ("bh", "Styret", {"size": 10.5}),
            ("p", "Ole Bakken gikk ut av styret ved årsskiftet etter åtte år som styreleder. Styret takker "
                  "ham for stor innsats. Styret har i 1998 hatt 8 møter, og sammensetning og fremmøte har vært:"),
            ("table", [["Navn", "Verv", "Oppnevnt av", "Møter"],
                       ["Ragnhild Nordby", "Leder", "{g:Grue kommune|Grue}", "8 av 8"],
                       ["Terje Kaarstad", "Nestleder", "{g:Grue kommune|Grue}", "7 av 8"],
                       ["Inger Lise Haugseth", "Medlem", "Grue Sanitetsforening", "6 av 8"],
                       ["Bjørn Vestli", "Medlem", "{g:Grue kommune|Grue}", "8 av 8"],
                       ["Gerd Sørlie", "Medlem", "De ansatte", "8 av 8"],
                       ["Hans Petter Eng", "Varamedlem", "{g:Grue kommune|Grue}", "2 av 8"]],
             {"ruled": True, "size": 9.5}),
            ("bh", "Arbeidsmiljø og personale", {"size": 10.5}),
            ("p", "Daglig leder er Arvid Bjørkli. Ved årets slutt var det 6 ansatte i administrasjon og "
                  "arbeidsledelse. Sykefraværet blant de ansatte var {p:9,2 %|sykefraværet blant de ansatte}, "
                  "mot {p?:11,0 %} i 1997. Verneombud er Karin Myhre. Det har ikke vært skader i året."),
            ("p", "Fem av de ansatte er kvinner. Virksomheten forurenser ikke det ytre miljø."),
            ("bh", "Årsregnskapet", {"size": 10.5}),
            ("p", f"Årsoverskuddet på kr {kr(result_of(res, 0))} overføres til annen egenkapital. Forutsetningen "
                  "om fortsatt drift er til stede. Revisor er Tor Egil Lund, Solør Revisjonskontor."),
            ("stmt", res),
            ("stmt", bal),
            ("p", "Styret takker de ansatte, arbeidstakerne og kontaktperson Astrid Hagen ved arbeidskontoret "
                  "for godt samarbeid."),
            ("sign", "{g:Kirkenær}, 2. mars 1999",
             [("Ragnhild Nordby", "leder"), ("Terje Kaarstad", "nestleder"), ("Inger Lise Haugseth", ""),
              ("Bjørn Vestli", ""), ("Gerd Sørlie", ""), ("Arvid Bjørkli", "daglig leder")], {"cols": 3}),
        ],
        "not_places": ["Solør Revisjonskontor", "Grue Sanitetsforening", "Tilskudd fra Grue kommune"],
        "notes": "Measuring set. Stiftelse: no owners. ASVO and AMB have no program code (programs empty). Board "
                 "in an attendance table; a chair who left at the turn of the year thanked (not board). "
                 "Kirkenær (the village) gold where printed.",
    }


def leirelva_2025() -> dict:
    """Lillestrøm 2025: the owner-elected board in a Navn | Funksjon | Valgt første gang | På valg table,
    the employee members in a sentence under it; a ledergruppe table; valgkomité; 1000 kr with budget."""
    cols = [Col("Regnskap 2025", 2025), Col("Budsjett 2025", 2025, BUDGET), Col("Regnskap 2024", 2024)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 3,
        inc=[("Salgsinntekter", "", [14_220, 14_800, 13_604]),
             ("Tiltaksinntekter", "2", [31_488, 31_200, 29_915]),
             ("Andre driftsinntekter", "", [1_104, 900, 1_366])],
        cost=[("Varekostnad", "", [5_402, 5_600, 5_118]),
              ("Lønnskostnad", "3", [35_916, 35_700, 33_840]),
              ("Avskrivninger", "4", [1_288, 1_300, 1_204]),
              ("Annen driftskostnad", "", [4_640, 4_400, 4_905])],
        fin=[("Finansinntekter", "", [402, 300, 455]), ("Finanskostnader", "", [-266, -250, -301])]),
        unit=1000, negative="paren", note_col="Note", label_header="(Beløp i 1000 kr)")
    bal_cols = [Col("31.12.2025", 2025), Col("31.12.2024", 2024)]
    bal = Statement("Balanse", bal_cols, balance(
        "nb", 2,
        fixed=[("Tomter og bygninger", "4", [11_820, 12_244]), ("Driftsløsøre og kjøretøy", "4", [2_106, 2_418])],
        current=[("Varer", "", [1_188, 1_104]), ("Kundefordringer", "", [3_402, 3_066]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [2_000, 2_000]), ("Annen egenkapital", "", [14_512, 14_130])],
        long=[("Pensjonsforpliktelser", "", [2_944, 2_805]), ("Gjeld til kredittinstitusjoner", "", [6_400, 7_000])],
        short=[("Leverandørgjeld", "", [1_702, 1_588]), ("Skyldige offentlige avgifter", "", [2_866, 2_701]),
               ("Annen kortsiktig gjeld", "", [3_050, 2_874])]),
        unit=1000, negative="paren", note_col="Note", label_header="(Beløp i 1000 kr)")
    return {
        "name": "leirelva-inkludering-2025", "lang": "nb", "year": 2025, "title": "Årsrapport 2025",
        "organization": {"name": "Leirelva Inkludering AS", "founded_year": 1989,
                         "website": "www.leirelva.no",
                         "owners": [{"name": "Lillestrøm kommune", "share_percent": 70},
                                    {"name": "Nes kommune", "share_percent": 20},
                                    {"name": "Aurskog-Høland kommune", "share_percent": 10}]},
        "ceo": "Sunniva Rød",
        "board": [("Jan Erik Solberg", "LEDE", False), ("Mette Fjeld", "NEST", False),
                  ("Kristoffer Aas", "MEDL", False), ("Hilde Strand", "MEDL", False),
                  ("Nora Lie", "MEDL", True), ("Fredrik Holm", "MEDL", True),
                  ("Elin Brøten", "VARA", None), ("Tone Haug", "VARA", None)],
        "not_board": ["Petter Wold", "Camilla Berg", "Anders Moen", "Siri Kolstad", "Lars Granli",
                      "Ingrid Næss", "Ahmed Karim"],
        "programs": {"AFT": 48, "VTA": 36},
        "renditions": ["docx", "pdf"],
        "header": "Leirelva Inkludering AS | Årsrapport 2025",
        "footer": "{PAGE}",
        "footer_align": "right",
        "items": [
            ("h", 1, "Årsrapport 2025"),
            ("p", "Leirelva Inkludering AS · www.leirelva.no", {"size": 9}),
            ("h", 2, "Daglig leder har ordet"),
            ("p", "2025 ble et år med god aktivitet og flere deltakere ut i jobb enn noen gang. Takk til alle "
                  "ansatte og deltakere, til våre kontaktpersoner i NAV {g:Lillestrøm} og til Ingrid Næss i "
                  "næringsforeningen for et godt samarbeid om praksisplasser.", {"italic": True}),
            ("p", "Sunniva Rød, daglig leder"),
            ("h", 2, "Styrets årsberetning"),
            ("h", 3, "Virksomhetens art"),
            ("p", "Leirelva Inkludering AS er en arbeids- og inkluderingsbedrift med hovedkontor i "
                  "{g:Lillestrøm} og avdelinger i {g:Nes} og {g:Aurskog-Høland} i {g:Akershus}. Selskapet "
                  "ble stiftet i 1989 og har ikke erverv til formål. Aksjene eies av Lillestrøm kommune "
                  "({p:70 %|Lillestrøm kommune}), Nes kommune ({p:20 %|Nes kommune}) og "
                  "Aurskog-Høland kommune ({p:10 %|Aurskog-Høland kommune})."),
            ("p", "Selskapet hadde 48 plasser i arbeidsforberedende trening (AFT) og 36 plasser i varig "
                  "tilrettelagt arbeid (VTA). Av deltakerne som avsluttet AFT, gikk "
                  "{p:46 %|av deltakerne som avsluttet AFT} til arbeid eller utdanning. Selskapet har også "
                  "11 lærekandidater."),
            ("h", 3, "Arbeidsmiljø og likestilling"),
            ("p", "Selskapet hadde 46 ansatte i 43,2 årsverk. Sykefraværet var {p:6,4 %|sykefraværet}. "
                  "Hovedverneombud er Anders Moen og hovedtillitsvalgt Siri Kolstad. Av de ansatte er "
                  "{p:52 %|Av de ansatte er} kvinner; styret har tre kvinner av seks medlemmer."),
            ("h", 3, "Ledelse"),
            ("table", [["Navn", "Stilling"], ["Sunniva Rød", "Daglig leder"], ["Petter Wold", "Økonomisjef"],
                       ["Camilla Berg", "Avdelingsleder AFT"], ["Ahmed Karim", "Avdelingsleder produksjon"]],
             {"ruled": True, "widths": [6.0, 6.0]}),
            ("h", 3, "Styret"),
            ("table", [["Navn", "Funksjon", "Valgt første gang", "På valg"],
                       ["Jan Erik Solberg", "Styreleder", "2019", "2027"],
                       ["Mette Fjeld", "Nestleder", "2021", "2026"],
                       ["Kristoffer Aas", "Styremedlem", "2023", "2027"],
                       ["Hilde Strand", "Styremedlem", "2025", "2027"],
                       ["Elin Brøten", "Varamedlem", "2024", "2026"]], {"ruled": True}),
            ("p", "Ansattevalgte styremedlemmer er Nora Lie og Fredrik Holm, med Tone Haug som vara. "
                  "Valgkomiteen har bestått av Lars Granli (leder) og Ingrid Næss. Styret har hatt 8 møter."),
            ("h", 3, "Åpenhetsloven og ytre miljø"),
            ("p", "Selskapet har gjennomført aktsomhetsvurderinger etter åpenhetsloven; redegjørelsen ligger på "
                  "nettsidene. Virksomheten har liten påvirkning på det ytre miljø."),
            ("h", 3, "Resultat og fortsatt drift"),
            ("p", f"Årsresultatet ble {kr(result_of(res, 0) * 1000)} kroner mot budsjettert "
                  f"{kr(result_of(res, 1) * 1000)} kroner. Forutsetningen om fortsatt drift er til stede. "
                  "Revisor er BDO AS."),
            ("stmt", res),
            ("stmt", bal),
            ("sign", "{g:Lillestrøm}, 12. mars 2026",
             [("Jan Erik Solberg", "styreleder"), ("Mette Fjeld", "nestleder"), ("Kristoffer Aas", "styremedlem"),
              ("Hilde Strand", "styremedlem"), ("Nora Lie", "styremedlem"), ("Fredrik Holm", "styremedlem"),
              ("Sunniva Rød", "daglig leder")], {"cols": 3}),
        ],
        "not_places": ["Lillestrøm kommune", "Nes kommune", "Aurskog-Høland kommune"],
        "notes": "Measuring set. Owner-elected board in a table with election years, employee members and "
                 "their deputy in the sentence below; the valgkomité's second member also thanked; budget optional.",
    }


def bergsvika_2010() -> dict:
    """Harstad 2010: the board as dot-leader lines "Styreleder ..... Name"; a staff table whose VTA
    row counts people, not places; APS without a code; Note column, whole kroner."""
    cols = [Col("2010", 2010), Col("2009", 2009)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [5_118_402, 4_870_116]),
             ("Tilskudd NAV", "1", [4_402_800, 4_288_550]),
             ("Kommunale tilskudd", "1", [620_000, 600_000])],
        cost=[("Varekostnad", "", [2_006_418, 1_902_377]),
              ("Lønnskostnader", "2", [6_912_330, 6_644_809]),
              ("Avskrivninger", "3", [402_500, 388_000]),
              ("Andre driftskostnader", "", [880_124, 912_633])],
        fin=[("Finansinntekter", "", [22_104, 31_502]), ("Finanskostnader", "", [-88_440, -96_210])]),
        note_col="Note", label_header="Beløp i kr")
    bal = Statement("Balanse pr. 31.12.2010", cols, balance(
        "nb", 2,
        fixed=[("Bygninger", "3", [3_210_000, 3_390_000]), ("Maskiner og inventar", "3", [744_500, 812_000])],
        current=[("Varelager", "", [402_118, 388_430]), ("Kundefordringer", "", [611_402, 574_118]),
                 ("Bankinnskudd", "4", "plug")],
        equity=[("Aksjekapital", "5", [500_000, 500_000]), ("Annen egenkapital", "5", [2_114_818, 2_111_224])],
        long=[("Pantegjeld", "6", [1_840_000, 2_000_000])],
        short=[("Leverandørgjeld", "", [388_120, 402_006]), ("Skyldige offentlige avgifter", "", [566_214, 541_880]),
               ("Annen kortsiktig gjeld", "", [402_211, 377_640])]),
        note_col="Note", label_header="Beløp i kr")
    return {
        "name": "bergsvika-vekst-2010", "lang": "nb", "year": 2010, "title": "Årsberetning 2010",
        "organization": {"name": "Bergsvika Vekst AS", "founded_year": 1991,
                         "owners": [{"name": "Harstad kommune", "share_percent": 54},
                                    {"name": "Kvæfjord kommune", "share_percent": 26},
                                    {"name": "Skånland kommune", "share_percent": 20}]},
        "ceo": "Roar Isaksen",
        "board": [("Bente Hanssen", "LEDE", False), ("Geir Arne Johansen", "NEST", False),
                  ("Wenche Pedersen", "MEDL", False), ("Stig Olsen", "MEDL", False),
                  ("Trine Mikkelsen", "MEDL", True), ("Kåre Nilsen", "VARA", None)],
        "not_board": ["Svein Karlsen", "Heidi Berg", "Frank Eriksen", "Marit Jakobsen"],
        "programs": {"VTA": 24},
        "renditions": ["pdf", "docx"],
        "items": [
            ("h", 1, "Bergsvika Vekst AS"),
            ("h", 2, "Styrets årsberetning for 2010"),
            ("bh", "Virksomhetens art og hvor den drives"),
            ("p", "Bergsvika Vekst AS ble stiftet i 1991 og er en vekstbedrift lokalisert i {g:Harstad}. Bedriften eies av "
                  "Harstad kommune ({p:54 %|Harstad kommune}), Kvæfjord kommune "
                  "({p:26 %|Kvæfjord kommune}) og Skånland kommune ({p:20 %|Skånland kommune}). "
                  "Bedriften har 24 plasser for varig tilrettelagt arbeid (VTA) og 10 plasser i arbeidspraksis "
                  "i skjermet virksomhet (APS), med deltakere fra {g:Harstad}, {g:Kvæfjord} og {g:Skånland}."),
            ("bh", "Ansatte"),
            ("table", [["Gruppe", "Antall personer", "Årsverk"],
                       ["Administrasjon", "3", "2,8"], ["Arbeidsledere", "6", "5,6"],
                       ["VTA-arbeidstakere", "27", "21,4"], ["APS-deltakere (gjennomsnitt)", "9", "7,5"]],
             {"ruled": True, "widths": [6.5, 3.5, 3.0]}),
            ("p", "Daglig leder er Roar Isaksen. Verneombud er Heidi Berg. Sykefraværet blant de faste "
                  "ansatte var {p:4,8 %|sykefraværet blant de faste ansatte}. Det har ikke vært skader eller "
                  "ulykker. Arbeidsleder Svein Karlsen gikk av med pensjon i oktober; styret takker ham for "
                  "23 års innsats."),
            ("bh", "Likestilling"),
            ("p", "Bedriften har 5 kvinner og 4 menn blant de faste ansatte. Styret har tre kvinner og to menn."),
            ("bh", "Ytre miljø"),
            ("p", "Bedriften forurenser ikke det ytre miljø."),
            ("bh", "Styret"),
            ("p", "Styret har i 2010 hatt følgende sammensetning:"),
            ("dotlines", [["Styreleder", "Bente Hanssen"], ["Nestleder", "Geir Arne Johansen"],
                          ["Styremedlem", "Wenche Pedersen"], ["Styremedlem", "Stig Olsen"],
                          ["Styremedlem, ansattes representant", "Trine Mikkelsen"],
                          ["Varamedlem", "Kåre Nilsen"]], {"stop": 12.0}),
            ("p", "NAVs kontaktperson Frank Eriksen har møtt på to styremøter som observatør for NAV "
                  "{g:Harstad} uten å være medlem av styret."),
            ("bh", "Fortsatt drift og årsresultat"),
            ("p", f"Årsregnskapet er avlagt under forutsetning om fortsatt drift. Årets resultat på kr "
                  f"{kr(result_of(res, 0))} overføres til annen egenkapital. Revisor er Marit Jakobsen, "
                  "Nord-Norsk Revisjon AS."),
            ("stmt", res),
            ("stmt", bal),
            ("sign", "{g:Harstad}, 10. mars 2011",
             [("Bente Hanssen", "Styreleder"), ("Geir Arne Johansen", "Nestleder"), ("Wenche Pedersen", "Styremedlem"),
              ("Stig Olsen", "Styremedlem"), ("Trine Mikkelsen", "Styremedlem"), ("Roar Isaksen", "Daglig leder")],
             {"cols": 3}),
        ],
        "not_places": ["Harstad kommune", "Kvæfjord kommune", "Skånland kommune"],
        "notes": "Measuring set. Board as dot-leader lines; NAV's contact attends as observer but states he is "
                 "no member (not board); staff table counts VTA workers (27), not places (24); APS no code.",
    }


REPORTS = [kjeldal_1998, leirelva_2025, bergsvika_2010]
