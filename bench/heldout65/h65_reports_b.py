"""Sixty-fifth held-out set, part b: a kommunalt foretak (2009), a stiftelse (1996) and a
båtforening (2020). Invented organisations, people and figures; real places of the year."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import BUDGET, Col, Line, Statement, balance, income


def fannrem_boliger_kf_2009() -> dict:
    """Kommunalt foretak in Orkdal, 2009: each board member as a bold name line with an italic role
    line under it; personal deputies in one sentence; regulated budget column."""
    cols = [Col("Regnskap 2009", 2009), Col("Regulert budsjett 2009", 2009, BUDGET), Col("Regnskap 2008", 2008)]
    res = Kroner("Driftsregnskap", cols, income(
        "nb", 3,
        inc=[("Husleieinntekter", "", [14386220, 14200000, 13712485]),
             ("Refusjoner og andre inntekter", "", [1204380, 1050000, 1187920])],
        cost=[("Lønn og sosiale utgifter", "", [2911405, 2950000, 2804117]),
              ("Vedlikehold og drift av boliger", "", [5320880, 5100000, 5044312]),
              ("Kommunale avgifter og forsikring", "", [2187640, 2150000, 2098455]),
              ("Avskrivninger", "", [3106000, 3106000, 2988000])],
        fin=[("Renteutgifter", "", [-1802310, -1900000, -2115600]), ("Renteinntekter", "", [98410, 60000, 143280])],
        labels={"sum_inc": "Sum driftsinntekter", "sum_cost": "Sum driftsutgifter", "result": "Regnskapsmessig resultat"}),
        render="ruled")
    board = [("Marianne Fagerholt", "LEDE", False), ("Torbjørn Gjersvold", "NEST", False),
             ("Liv Snekvik", "MEDL", False), ("Arve Hoston", "MEDL", False), ("Gunn Britt Moe", "MEDL", True),
             ("Oddbjørn Vorpbakken", "VARA", None), ("Ragnhild Løkken", "VARA", None),
             ("Frode Hårstad", "VARA", None), ("Wenche Ola", "VARA", None)]
    people = [("Marianne Fagerholt", "styrets leder, oppnevnt av kommunestyret"),
              ("Torbjørn Gjersvold", "nestleder, oppnevnt av kommunestyret"),
              ("Liv Snekvik", "medlem, oppnevnt av kommunestyret"),
              ("Arve Hoston", "medlem, oppnevnt av kommunestyret"),
              ("Gunn Britt Moe", "medlem, valgt av og blant de ansatte")]
    stacked = []
    for name, line in people:
        stacked += [("p", name, {"bold": True}), ("p", line, {"italic": True})]
    items = [
        ("h", 1, "Fannrem Boliger KF"),
        ("h", 2, "Årsberetning 2009"),
        ("p", "Fannrem Boliger KF er et kommunalt foretak eid av {g:Orkdal kommune|Orkdal}. Foretaket forvalter "
              "212 utleieboliger og omsorgsboliger på {g:Fannrem}, {g:Orkanger} og i {g:Svorkmo}, og ble "
              "opprettet av kommunestyret i 2003. Kontoradressen er Rådhusgata 8, {g:Orkanger}."),
        ("h", 2, "Styret"),
        ("p", "Kommunestyret oppnevnte i oktober 2007 styret for perioden 2007–2011. Styret har i 2009 vært:"),
        *stacked,
        ("p", "Personlige varamedlemmer for de oppnevnte er Oddbjørn Vorpbakken, Ragnhild Løkken og Frode "
              "Hårstad; for de ansatte Wenche Ola. Styret har hatt 9 møter og behandlet 64 saker. "
              "Ordfører Alf Inge Rønning og rådmann Jan Helge Aune har møtt på to møter med talerett."),
        ("h", 2, "Daglig drift"),
        ("p", "Daglig leder er Kristian Mjøsund. Foretaket har 6 ansatte: boligkonsulent Hilde Grøtte, to "
              "vaktmestere og tre i renhold. Sykefraværet var {p:5,9 %|sykefraværet}. Utleiegraden var "
              "{p:97,4 %|utleiegraden} ved årsskiftet."),
        ("h", 2, "Økonomi"),
        ("p", "Foretaket avlegger særregnskap etter kommunale regnskapsprinsipper. Det regnskapsmessige "
              f"resultatet ble {res.fmt(res.lines[-1].values[0])}, mot et regulert budsjett på "
              f"{res.fmt(res.lines[-1].values[1])}. Kontrollutvalgets leder Håkon Eide og revisor Sigrun "
              "Hoel har fått regnskapet til behandling."),
        ("stmt", res, {"title": "Driftsregnskap 2009"}),
        ("p", "Styret takker de ansatte og leietakerne for et godt år."),
        ("sign", "{g:Orkanger}, 15. februar 2010",
         [("Marianne Fagerholt", "leder"), ("Torbjørn Gjersvold", "nestleder"), ("Liv Snekvik", ""),
          ("Arve Hoston", ""), ("Gunn Britt Moe", ""), ("Kristian Mjøsund", "daglig leder")], {"cols": 3}),
    ]
    return {"name": "fannrem-boliger-kf-2009", "year": 2009, "title": "Fannrem Boliger KF – årsberetning 2009",
            "organization": {"name": "Fannrem Boliger KF", "founded_year": 2003},
            "ceo": "Kristian Mjøsund", "board": board, "emp_known": True,
            "not_board": ["Alf Inge Rønning", "Jan Helge Aune", "Hilde Grøtte", "Håkon Eide", "Sigrun Hoel"],
            "places_optional": ["Rådhusgata"],
            "items": items, "renditions": ["docx", "pdf"],
            "notes": "KF 2009; board as bold name line over italic role line; budget column optional."}


def torvik_kystkultur_1996() -> dict:
    """Stiftelse in Gjemnes, 1996: board in one prose sentence with the roles given afterwards
    ("med X som formann og Y som nestformann"); the founder who died; tab-stop kroner."""
    cols = [Col("1996", 1996), Col("1995", 1995)]
    lines = income(
        "nb", 2,
        inc=[("Tilskudd fra fylket og kommunen", "", [185000, 170000]), ("Billettinntekter og salg", "", [96420, 88315]),
             ("Gaver", "", [42500, 61000])],
        cost=[("Lønn til sommerverter", "", [118300, 109850]), ("Vedlikehold av naust og båter", "", [134760, 98420]),
              ("Forsikring, strøm og drift", "", [52890, 49775])],
        fin=[("Renter av bankinnskudd", "", [8215, 9980])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum utgifter", "op": None, "net_fin": None,
                "result": "Årets overskudd", "inc": "Inntekter", "cost": "Utgifter", "fin": None})
    res = Kroner("Regnskap", cols, lines, render="tabs")
    board = [("Jostein Torvik", "LEDE", None), ("Brit Heggem", "NEST", None), ("Asbjørn Flemma", "MEDL", None),
             ("Inger Marie Bolli", "MEDL", None), ("Sverre Hoem", "VARA", None), ("Randi Angvik", "VARA", None)]
    items = [
        ("p", "STIFTELSEN TORVIKBUKT KYSTKULTUR", {"bold": True, "size": 14}),
        ("p", "Årsmelding for 1996", {"bold": True, "size": 12}),
        ("p", "Stiftelsen ble opprettet i 1988 av Ragnvald Torvik, som døde i mars i år, 91 år gammel. "
              "Formålet er å ta vare på naustmiljøet i {g:Torvikbukt} og båtene fra {g:Gjemnes} og "
              "{g:Nordmøre}. Styret minnes ham med takk."),
        ("p", "Styret har i 1996 bestått av Jostein Torvik, Brit Heggem, Asbjørn Flemma og Inger Marie Bolli, "
              "med Jostein Torvik som formann og Brit Heggem som nestformann. Asbjørn Flemma er oppnevnt av "
              "{g:Gjemnes kommune|Gjemnes}. Varamenn har vært Sverre Hoem og Randi Angvik."),
        ("p", "Styret har hatt 5 møter. Regnskapet er ført av Odd Reitan, og revisor har vært Eivind Sæter, "
              "{g:Batnfjordsøra}. Ingen av styrets medlemmer har mottatt godtgjørelse."),
        ("p", "Sommeråpent ble holdt fra 23. juni til 18. august med to sommerverter, Hege Gaupseth og "
              "Kari Kvisvik. Vi hadde 1 420 besøkende, og utstillingen om fiske i {g:Romsdalsfjorden} ble "
              "godt mottatt. Kulturkontoret i {g:Gjemnes} ved Arnt Brevik har vært til stor hjelp."),
        ("p", "Regnskapet for 1996 viser et overskudd på "
              f"{res.fmt(res.lines[-1].values[0])} som legges til kapitalen. Stiftelsens grunnkapital er "
              "urørt."),
        ("stmt", res, {"title": "Regnskap 1996"}),
        ("p", "{g:Torvikbukt}, 10. februar 1997"),
        ("p", "Jostein Torvik      Brit Heggem      Asbjørn Flemma      Inger Marie Bolli"),
    ]
    return {"name": "torvik-kystkultur-1996", "year": 1996, "title": "Stiftelsen Torvikbukt Kystkultur – årsmelding 1996",
            "organization": {"name": "Stiftelsen Torvikbukt Kystkultur", "founded_year": 1988},
            "ceo": None, "board": board,
            "not_board": ["Ragnvald Torvik", "Odd Reitan", "Eivind Sæter", "Hege Gaupseth", "Kari Kvisvik",
                          "Arnt Brevik"],
            "not_places": ["Stiftelsen Torvikbukt Kystkultur", "STIFTELSEN TORVIKBUKT KYSTKULTUR"],
            "items": items, "renditions": ["doc", "pdf"], "font": "Courier New",
            "notes": "Stiftelse 1996; board in prose with roles given after the list; founder who died; "
                     "no daglig leder; the board's Torvik shares the place's and founder's name."}


def selvikstrand_batforening_2020() -> dict:
    """Båtforening in Holmestrand, 2020: the board told by the year's election record ("gjenvalg
    av leder ...") plus those not up for election; havnesjef a board role; valgkomité's proposal."""
    cols = [Col("Regnskap 2020", 2020), Col("Budsjett 2020", 2020, BUDGET), Col("Budsjett 2021", 2021, BUDGET)]
    res = Statement("Regnskap", cols, income(
        "nb", 3,
        inc=[("Kontingenter", "", [64800, 66000, 67500]), ("Havneleie", "", [312450, 305000, 318000]),
             ("Slipp og kran", "", [18650, 22000, 21000]), ("Strømsalg", "", [21340, 20000, 22000])],
        cost=[("Strøm", "", [38120, 36000, 39000]), ("Vedlikehold brygger", "", [146880, 140000, 150000]),
              ("Forsikring", "", [24310, 24000, 25000]), ("Kontingent KNBF", "", [15120, 15400, 15750]),
              ("Renter og avdrag bryggelån", "", [92000, 92000, 92000]), ("Diverse", "", [9870, 12000, 10000])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "op": "Resultat", "result": None, "inc": "Inntekter",
                "cost": "Kostnader"}),
        label_header="Kroner", render="unruled")
    board = [("Geir Arne Sletten", "LEDE", None), ("Tone Berg Frydenlund", "NEST", None),
             ("Morten Ulleberg", "MEDL", None), ("Line Amundsen", "MEDL", None), ("Roar Kopstad", "MEDL", None),
             ("Even Marthinsen", "VARA", None)]
    items = [
        ("h", 1, "Selvikstrand Båtforening"),
        ("h", 2, "Årsberetning 2020"),
        ("p", "Selvikstrand Båtforening ble stiftet i 1972 og har båthavn i Selvik i {g:Holmestrand}. Ved "
              "årsskiftet hadde foreningen 216 medlemmer og 148 båtplasser, hvorav 9 var ledige."),
        ("bh", "Årsmøtet og styret"),
        ("p", "På grunn av smittevernreglene ble årsmøtet utsatt fra mars til 11. juni og holdt utendørs på "
              "klubbhusplassen, med Arild Grette som møteleder. Følgende ble valgt: gjenvalg av leder "
              "Geir Arne Sletten for to år, ny nestleder Tone Berg Frydenlund for ett år (etter Per Kristian "
              "Vik, som ikke tok gjenvalg), gjenvalg av havnesjef Roar Kopstad for to år og ny varamedlem "
              "Even Marthinsen. Ikke på valg var kasserer Morten Ulleberg og sekretær Line Amundsen."),
        ("p", "Revisor er Trond Olsby. Valgkomiteen har bestått av Ellen Haugan og Bjørn Skoli."),
        ("p", "Styret har hatt 8 møter. Havnesjefen har i tillegg ledet dugnadene, der 61 medlemmer "
              "deltok. Dugnadsplikten ble oppfylt av {p:78 %|dugnadsplikten} av medlemmene med plass."),
        ("bh", "Havna"),
        ("p", "Utliggerne på brygge B er skiftet, og strømstolpene på brygge A er byttet. Slippen var "
              "stengt i mai på grunn av ny vinsj. Vi takker Kjell Ivar Nes for lån av traktor."),
        ("bh", "Økonomi"),
        ("p", f"Årets resultat ble kr {res.fmt(res.lines[-1].values[0])}. Styret foreslår at "
              "havneleien økes med {p:3 %|havneleien} fra 2021."),
        ("stmt", res, {"title": "Regnskap 2020 og budsjett 2021"}),
        ("bh", "Valgkomiteens forslag til årsmøtet 2021"),
        ("p", "Sekretær: Line Amundsen (gjenvalg, 2 år). Kasserer: Hilde Sandnes (ny, 2 år). "
              "Varamedlem: Even Marthinsen (gjenvalg, 1 år)."),
        ("p", "{g:Holmestrand}, 8. februar 2021"),
        ("p", "Styret"),
    ]
    return {"name": "selvikstrand-batforening-2020", "year": 2020,
            "title": "Selvikstrand Båtforening – årsberetning 2020",
            "organization": {"name": "Selvikstrand Båtforening", "founded_year": 1972},
            "ceo": None, "board": board,
            "not_board": ["Arild Grette", "Per Kristian Vik", "Trond Olsby", "Ellen Haugan", "Bjørn Skoli",
                          "Kjell Ivar Nes", "Hilde Sandnes"],
            "places_optional": ["Selvik"],
            "items": items, "renditions": ["docx", "pdf"],
            "notes": "Board only in the election record and 'Ikke på valg' sentence; havnesjef MEDL; "
                     "valgkomité's proposal (a new kasserer) not board; budget columns optional."}


REPORTS = [fannrem_boliger_kf_2009, torvik_kystkultur_1996, selvikstrand_batforening_2020]
