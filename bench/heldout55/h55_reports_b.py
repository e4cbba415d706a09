"""Fifty-fifth held-out set, part b: three typed historic reports kept only as archive scans (a
sanitetsforening 2001 in nynorsk, an arbeidsmarkedsbedrift 2004, a vekstbedrift 2008). Invented
names and figures; real places valid in the year. Written blind (see README.md)."""
from __future__ import annotations

from dataclasses import dataclass

from heldout_finance import Col, Statement, balance, income
from h3_render import Kroner
from h55_reports_a import TYPED


@dataclass
class KrFirst(Statement):
    """Amounts with "kr" before them, as a word processor's typed column often has ("kr 1 234 567")."""

    def fmt(self, value):
        text = super().fmt(value)
        return f"kr {text}" if text else text


def abobyen_sanitet_2001() -> dict:
    cols = [Col("2001", 2001), Col("2000", 2000)]
    res = Kroner("REKNESKAP 2001", cols, income(
        "nn", 2,
        inc=[("Medlemskontingent", "", [6_240, 6_600]), ("Loddsal på møta", "", [11_385, 10_920]),
             ("Fastelavnsris", "", [8_150, 7_440]), ("Maiblomar", "", [5_370, 5_815]),
             ("Gåver og tilskot", "", [12_000, 4_500]), ("Renter", "", [1_104, 986])],
        cost=[("Kontingent til forbundet", "", [3_120, 3_300]),
              ("Gåver til lokale føremål", "", [31_000, 15_000]),
              ("Møteutgifter og servering", "", [7_812, 7_204]),
              ("Fylkesårsmøte, reise", "", [2_460, 0]),
              ("Porto og kontorrekvisita", "", [988, 1_140])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
                "op": "Årets resultat", "result": None}), render="tabs")
    board = [("Kari Sæbø", "LEDE", None), ("Ingrid Haugland", "NEST", None), ("Solveig Risvik", "MEDL", None),
             ("Berit Tveit", "MEDL", None), ("Anna Ropeid", "MEDL", None),
             ("Marta Hovda", "VARA", None), ("Liv Bjørnå", "VARA", None)]
    items = [
        ("p", "ÅBØBYEN SANITETSFORENING", {"align": "center"}),
        ("bh", "Årsmelding for 2001"),
        ("p", "Styret har i 2001 vore: leiar Kari Sæbø, nestleiar Ingrid Haugland, kasserar Solveig "
              "Risvik, skrivar Berit Tveit og styremedlem Anna Ropeid. Varamedlemer har vore Marta "
              "Hovda og Liv Bjørnå. Revisorar: Gudrun Vikane og Hildur Ramsli."),
        ("p", "Laget hadde ved årsskiftet 47 medlemer, tre færre enn året før. Det er halde 8 "
              "medlemsmøte og 5 styremøte. I snitt møtte 19 medlemer, det vil seie om lag "
              "{p:40 prosent|I snitt møtte}."),
        ("bh", "Arbeidet i året"),
        ("li", "Fastelavnsris vart bunde og selt i februar, og maiblomar i mai."),
        ("li", "Laget gav gåver til sjukeheimen i {g:Sauda} og til helsestasjonen."),
        ("li", "Adventsstund på omsorgssenteret saman med pensjonistlaget, der leiaren Torleiv "
              "Birkeland takka for samarbeidet."),
        ("li", "Fylkesleiar Randi Hestnes frå fylkeslaget i {g:Rogaland} var gjest på medlemsmøtet i "
              "oktober og fortalde om det nasjonale arbeidet for kvinnehelse."),
        ("p", "Valnemnda har vore Oddny Saltveit og Aslaug Kvilldal. Valnemnda foreslår Ingrid "
              "Haugland som ny leiar og Sigrid Hamre som nytt styremedlem."),
        ("bh", "Rekneskap"),
        ("p", "Rekneskapen syner eit underskot, fordi laget gav ei stor gåve til sjukeheimen. "
              "Behaldninga på bankkontoen er god."),
        ("stmt", res, {"title": "REKNESKAP 2001"}),
        ("sign", "{g:Sauda}, 28. januar 2002",
         [("Kari Sæbø", "leiar"), ("Ingrid Haugland", "nestleiar"), ("Solveig Risvik", "kasserar"),
          ("Berit Tveit", "skrivar"), ("Anna Ropeid", "styremedlem")], {"cols": 3}),
    ]
    return {"name": "abobyen-sanitet-2001", "year": 2001, "title": "Årsmelding 2001",
            "organization": {"name": "Åbøbyen Sanitetsforening"}, "ceo": None, "board": board,
            "not_board": ["Gudrun Vikane", "Hildur Ramsli", "Torleiv Birkeland", "Randi Hestnes",
                          "Oddny Saltveit", "Aslaug Kvilldal", "Sigrid Hamre"],
            "items": items, "renditions": ["scan", "doc"], **TYPED,
            "scan": {"tilt": 0.8, "noise": 9, "paper": 12},
            "notes": "Nynorsk local branch's årsmelding: the board as one prose run 'leiar X, nestleiar Y, "
                     "kasserar Z', the valnemnd's proposal beside it (not board), a kr ',-' income/expense "
                     "statement with a deficit."}


def orje_industrier_2004() -> dict:
    cols = [Col("2004", 2004), Col("2003", 2003)]
    kw = dict(unit=1000, negative="paren", render="tabs", label_header="Beløp i 1000 kr")
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [3_118, 2_874]), ("Tilskudd fra Aetat", "", [5_402, 5_116]),
             ("Kommunalt tilskudd", "", [412, 398])],
        cost=[("Varekostnad", "", [1_046, 961]), ("Lønn og sosiale kostnader", "", [6_389, 6_027]),
              ("Avskrivninger", "", [214, 232]), ("Andre driftskostnader", "", [1_357, 1_284])],
        fin=[("Finansinntekter", "", [37, 29]), ("Finanskostnader", "", [-58, -71])]), **kw)
    bal = Statement("Balanse pr. 31.12.", cols, balance(
        "nb", 2,
        fixed=[("Bygninger", "", [1_640, 1_712]), ("Maskiner og inventar", "", [388, 455])],
        current=[("Varer", "", [215, 243]), ("Kundefordringer", "", [468, 391]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [300, 300]), ("Annen egenkapital", "", [1_342, 1_437])],
        long=[("Pantelån", "", [960, 1_040])],
        short=[("Leverandørgjeld", "", [206, 188]), ("Skyldige offentlige avgifter", "", [418, 396]),
               ("Annen kortsiktig gjeld", "", [301, 277])]), **kw)
    board = [("Torbjørn Nygaard", "LEDE", False), ("Lise Klund", "NEST", False), ("Petter Bøen", "MEDL", False),
             ("Hanne Mørk Ask", "MEDL", False), ("Rolf Egil Tangen", "MEDL", True)]
    items = [
        ("p", "ØRJE INDUSTRIER AS", {"align": "center"}),
        ("p", "Org.nr. 975 118 362", {"align": "center"}),
        ("bh", "ÅRSBERETNING 2004"),
        ("bh", "Virksomhetens art og hvor den drives"),
        ("p", "Ørje Industrier AS er en arbeidsmarkedsbedrift i {g:Marker} kommune i {g:Østfold} med "
              "lokaler på {g:Ørje}. Selskapet er godkjent tiltaksarrangør for Aetat og hadde i 2004 "
              "24 plasser i arbeidsmarkedsbedrift (AMB) og 18 plasser i varig tilrettelagt arbeid "
              "(VTA). Aksjene eies av {g:Marker} kommune ({p:51 %|aksjene}), {g:Rømskog} kommune "
              "({p:25 %|aksjene}) og {g:Aremark} kommune ({p:24 %|aksjene})."),
        ("p", "Av de som avsluttet tiltak i året gikk {p:34 %|til arbeid eller utdanning} til arbeid "
              "eller utdanning. Styret takker Aetat {g?:Marker} ved rådgiver Synnøve Eng for godt samarbeid."),
        ("bh", "Arbeidsmiljø og likestilling"),
        ("p", "Bedriften hadde 14 ansatte. Sykefraværet var {p:5,9 %|sykefraværet}. Verneombud er "
              "Gunn Solberg. Av de ansatte er seks kvinner. Styret har tre menn og to kvinner."),
        ("bh", "Fortsatt drift"),
        ("p", "Årsregnskapet er satt opp under forutsetning av fortsatt drift. Årsunderskuddet på "
              "kr 95 000 dekkes av annen egenkapital."),
        ("stmt", res, {"title": "Resultatregnskap"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12."}),
        ("p", "Revisor: Indre {g?:Østfold} Revisjon ved registrert revisor Kjetil Hoel."),
        ("sign", "{g:Ørje}, 24. februar 2005",
         [("Torbjørn Nygaard", "styreleder"), ("Lise Klund", "nestleder"), ("Petter Bøen", "styremedlem"),
          ("Hanne Mørk Ask", "styremedlem"), ("Rolf Egil Tangen", "ansattes representant"),
          ("Bjørg Lund Eriksen", "daglig leder")], {"cols": 3}),
    ]
    return {"name": "orje-industrier-2004", "year": 2004, "title": "Årsberetning 2004",
            "organization": {"name": "Ørje Industrier AS", "org_number": "975118362",
                             "owners": [{"name": "Marker kommune", "share_percent": 51},
                                        {"name": "Rømskog kommune", "share_percent": 25},
                                        {"name": "Aremark kommune", "share_percent": 24}]},
            "ceo": "Bjørg Lund Eriksen", "board": board, "programs": {"VTA": 18},
            "not_board": ["Synnøve Eng", "Gunn Solberg", "Kjetil Hoel"],
            "items": items, "renditions": ["scan"], **TYPED,
            "scan": {"tilt": 1.0, "noise": 10, "paper": 15},
            "notes": "Aetat-era AMB + VTA årsberetning kept as a scan: the board only in the signature block "
                     "(typed names under lines, titles below, 'ansattes representant'), 1000 kr tab statements "
                     "with brackets."}


def valdres_vekst_2008() -> dict:
    cols = [Col("2008", 2008), Col("2007", 2007)]
    res = KrFirst("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [4_208_615, 3_907_240]),
             ("Tilskudd fra NAV", "", [3_642_000, 3_498_000]),
             ("Kommunale tilskudd", "", [655_000, 640_000])],
        cost=[("Varekostnad", "", [1_517_332, 1_402_118]),
              ("Lønnskostnader", "", [5_486_109, 5_204_775]),
              ("Avskrivninger", "", [301_450, 288_900]),
              ("Andre driftskostnader", "", [1_178_203, 1_056_317])],
        fin=[("Finansinntekter", "", [62_190, 48_305]), ("Finanskostnader", "", [-44_806, -51_912])],
        ), render="tabs")
    board = [("Knut Haugen", "LEDE", False), ("Ragnhild Strand", "NEST", False), ("Ove Bakken", "MEDL", False),
             ("Gro Anette Hagen", "MEDL", False), ("Eirik Sørbøen", "MEDL", True),
             ("Olaug Thune", "VARA", None), ("Tormod Rudi", "VARA", None)]
    items = [
        ("p", "VALDRES VEKST AS", {"align": "center"}),
        ("bh", "Styrets årsberetning 2008"),
        ("bh", "Virksomheten"),
        ("p", "Valdres Vekst AS er en vekstbedrift med forretningskontor på {g:Fagernes} i "
              "{g:Nord-Aurdal} kommune. Selskapet tilbyr varig tilrettelagt arbeid (VTA) for 26 "
              "arbeidstakere og arbeidspraksis i skjermet virksomhet på oppdrag fra NAV. Eiere er "
              "kommunene i {g:Valdres}, med {g:Nord-Aurdal} som største eier."),
        ("bh", "Styret"),
        ("p", "Styret har i 2008 bestått av:"),
        ("p", "Knut Haugen, styreleder"),
        ("p", "Ragnhild Strand, nestleder"),
        ("p", "Ove Bakken, styremedlem"),
        ("p", "Gro Anette Hagen, styremedlem"),
        ("p", "Eirik Sørbøen, styremedlem, valgt av og blant de ansatte"),
        ("p", "Varamedlemmer: Olaug Thune (for de eieroppnevnte) og Tormod Rudi (for de ansatte)."),
        ("p", "Styret har hatt 6 møter. Daglig leder er Marit Kvale Lie. Styret takker Halvor "
              "Belsheim, som gikk av som styreleder etter generalforsamlingen i 2007, og NAV "
              "{g?:Nord-Aurdal} ved Kristin Svalesen for godt samarbeid."),
        ("bh", "Nøkkeltall"),
        ("tablines", [["", "2008", "2007"],
                      ["VTA-plasser", "26", "26"],
                      ["Ansatte", "11", "11"],
                      ["Årsverk i administrasjon", "4,5", "4,5"]], {"stops": (8.0, 11.0)}),
        ("bh", "Arbeidsmiljø og ytre miljø"),
        ("p", "Sykefraværet var {p:6,4 %|Sykefraværet} mot {p?:7,2 %} i 2007. Hovedverneombud er Arne Reinton. Bedriften forurenser ikke det ytre miljø utover "
              "det som er vanlig i bransjen."),
        ("bh", "Resultat"),
        ("p", "Styret foreslår at årsoverskuddet overføres til annen egenkapital. Regnskapet er "
              "avlagt under forutsetning om fortsatt drift."),
        ("stmt", res, {"title": "Resultatregnskap"}),
        ("sign", "{g:Fagernes}, 2. mars 2009",
         [("Knut Haugen", "styreleder"), ("Ragnhild Strand", "nestleder"), ("Ove Bakken", "styremedlem"),
          ("Gro Anette Hagen", "styremedlem"), ("Eirik Sørbøen", "styremedlem"),
          ("Marit Kvale Lie", "daglig leder")], {"cols": 3}),
    ]
    return {"name": "valdres-vekst-2008", "year": 2008, "title": "Årsberetning 2008",
            "organization": {"name": "Valdres Vekst AS"}, "ceo": "Marit Kvale Lie", "board": board,
            "programs": {"VTA": 26},
            "not_board": ["Halvor Belsheim", "Kristin Svalesen", "Arne Reinton"],
            "items": items, "renditions": ["scan", "doc"], **TYPED,
            "scan": {"tilt": 0.9, "noise": 9, "paper": 13},
            "notes": "Vekstbedrift årsberetning typed one 'Name, role' line a member, deputies in a prose line "
                     "with whom they stand for, a former chair thanked; amounts with 'kr' before them."}


REPORTS = [abobyen_sanitet_2001, orje_industrier_2004, valdres_vekst_2008]
