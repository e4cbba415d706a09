"""Reports of the sixty-third held-out set, part two: a legat (1997), an orienteringslag (2015) and a
designer-made choir report (2024). Invented; places real."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income
from h3_render import Kroner


def hovland_legat_1997() -> dict:
    """Legat: the board as a "Legatstyret har i 1997 vært:" list with titles before the names,
    a member who died replaced during the year, stipend recipients named, the bank as forretningsfører."""
    cols = [Col("1997", 1997), Col("1996", 1996)]
    lab = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
           "op": None, "result": "Årets overskudd"}
    res = Kroner("Inntekter og utgifter", cols, income(
        "nb", 2,
        inc=[("Renter av bankinnskudd", "", [21_408, 24_977]), ("Renter av obligasjoner", "", [38_250, 38_250])],
        cost=[("Utdelte stipend", "", [35_000, 30_000]), ("Forvaltningshonorar", "", [6_200, 6_000]),
              ("Revisjon", "", [2_500, 2_500]), ("Annonser og porto", "", [1_318, 1_044])],
        labels=lab), thousands=".", render="tabs")
    bal = Kroner("Status pr. 31.12.1997", cols, balance(
        "nb", 2, fixed=[("Obligasjoner", "", [450_000, 450_000])],
        current=[("Bankinnskudd", "", "plug")],
        equity=[("Grunnkapital", "", [400_000, 400_000]), ("Kapitalfond", "", [214_655, 200_015])],
        long=[], short=[("Tildelte, ikke utbetalte stipend", "", [10_000, 5_000])],
        labels={"fixed": "Anleggsmidler", "sum_fixed": "Sum anleggsmidler"}), thousands=".", render="tabs")
    board = [("Einar Tveit", "LEDE", None), ("Astrid Lid", "NEST", None), ("Olav Nesse", "MEDL", None),
             ("Inger Vikse", "MEDL", None), ("Sverre Kalvenes", "VARA", None)]
    return {
        "name": "hovland-legat-1997", "year": 1997, "title": "Lars og Marta Hovlands legat – Årsberetning 1997",
        "organization": {"name": "Lars og Marta Hovlands legat", "founded_year": 1952},
        "ceo": None, "board": board,
        "not_board": ["Knut Hauge", "Gunnar Eide", "Marit Sæverud", "Jon Økland", "Silje Hus", "Torbjørn Litlabø",
                      "Arvid Kvinnsland"],
        "renditions": ["doc", "pdf"], "font": "Liberation Serif", "body_pt": 11,
        "notes": "Legat; board with titles before names, one member died and was replaced; stipend recipients, forretningsfører, revisor not board; dot thousands with ,-.",
        "items": [
            ("bh", "LARS OG MARTA HOVLANDS LEGAT", {"size": 14}),
            ("bh", "Årsberetning for 1997"),
            ("p", "Legatet ble opprettet ved testament i 1952 av gårdbruker Lars Hovland og hustru Marta. Etter "
                  "statuttene skal avkastningen brukes til stipend for ungdom fra {g:Stord} som tar yrkesutdanning "
                  "eller høyere utdanning. Minst {p:10 %|legges hvert år til kapitalen} av avkastningen legges hvert år til kapitalen."),
            ("bh", "Legatstyret"),
            ("p", "Legatstyret har i 1997 vært:"),
            ("tablines", [["Sokneprest Einar Tveit, formann", "(oppnevnt av menighetsrådet)"],
                          ["Rektor Astrid Lid, viseformann", "(oppnevnt av {g:Stord} formannskap)"],
                          ["Banksjef Olav Nesse", "(oppnevnt av {g:Stord} formannskap)"],
                          ["Husmor Inger Vikse", "(oppnevnt av {g:Stord} formannskap fra 1. oktober)"],
                          ["Varamann: Lærer Sverre Kalvenes", ""]], {"stops": (8.0,)}),
            ("p", "Styremedlem Knut Hauge døde i august 1997. Han hadde sittet i legatstyret siden 1979, og styret "
                  "minnes ham med takk. Formannskapet oppnevnte Inger Vikse for resten av perioden."),
            ("p", "Legatets midler forvaltes av {g?:Stord} Sparebank ved konsulent Gunnar Eide. Regnskapet er revidert av "
                  "statsautorisert revisor Arvid Kvinnsland, {g:Leirvik}."),
            ("bh", "Utdelinger"),
            ("p", "Stipendet ble kunngjort i Sunnhordland og Grannar i mars. Det kom inn 19 søknader. Styret har "
                  "tildelt stipend på kr 10.000,- til Marit Sæverud (sykepleierutdanning i {g:Bergen}) og kr 5.000,- "
                  "hver til Jon Økland, Silje Hus, Torbjørn Litlabø og elev ved {g?:Stord} vidaregåande skule."),
            ("p", "Avkastningen av obligasjonene var uendret. Renten på bankinnskudd gikk ned fra om lag "
                  "{p:4,5 %|renten på bankinnskudd} til {p:3,9 %|renten på bankinnskudd}, og samlede inntekter ble lavere enn året før."),
            ("stmt", res, {"title": "Inntekter og utgifter 1997"}),
            ("stmt", bal, {"title": "Status pr. 31.12.1997"}),
            ("p", "{g:Leirvik}, 20. februar 1998"),
            ("sign", "", [("Einar Tveit", "formann"), ("Astrid Lid", ""), ("Olav Nesse", ""), ("Inger Vikse", "")]),
        ],
    }


def granasen_ol_2015() -> dict:
    """Orienteringslag: the board as dotted "Role ..... Name" lines, valgkomiteens innstilling for the
    next year in the same layout (a sitting nestleder proposed as leder), a budget for the next year."""
    cols = [Col("Regnskap 2015", 2015), Col("Budsjett 2015", 2015, BUDGET), Col("Budsjett 2016", 2016, BUDGET)]
    lab = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
           "op": None, "result": "Årsresultat"}
    res = Statement("Resultatregnskap", cols, income(
        "nb", 3,
        inc=[("Medlemskontingent", "", [38_400, 36_000, 40_000]), ("Startkontingenter egne løp", "", [61_820, 55_000, 60_000]),
             ("Grasrotandel og tilskudd", "", [44_316, 35_000, 40_000]), ("Salg av kart", "", [7_150, 10_000, 8_000])],
        cost=[("Kartrevisjon", "", [52_000, 60_000, 45_000]), ("Løpsarrangement", "", [31_876, 28_000, 30_000]),
              ("Startkontingenter og reiser", "", [40_212, 35_000, 40_000]), ("Kontingenter krets og forbund", "", [9_800, 9_500, 10_000]),
              ("Diverse", "", [4_118, 3_500, 4_000])],
        labels=lab), render="ruled", label_header="Kroner")
    board = [("Knut Eriksrud", "LEDE", None), ("Guro Tangen", "NEST", None), ("Vidar Holm", "MEDL", None),
             ("Inger Marie Skaug", "MEDL", None), ("Lars Fjeld", "MEDL", None), ("Ida Strand", "VARA", None)]
    return {
        "name": "granasen-ol-2015", "year": 2015, "title": "Granåsen Orienteringslag – Årsmelding 2015",
        "organization": {"name": "Granåsen Orienteringslag", "founded_year": 1974, "email": "styret@granasen-ol.no"},
        "ceo": None, "board": board,
        "not_board": ["Camilla Råberg", "Henrik Nordby", "Tor Åsen", "Bente Sjøli", "Rune Mellem", "Hege Aaseth",
                      "Olav Brenden", "Kirsten Moe", "Anders Nygård"],
        "renditions": ["docx", "pdf"],
        "notes": "Orienteringslag; dotted role-name lines; valgkomiteens innstilling for 2016 in the same layout (not board; a sitting nestleder proposed as leder stays NEST); budget columns optional.",
        "items": [
            ("h", 1, "Årsmelding 2015"),
            ("p", "Granåsen Orienteringslag, stiftet 1974 – styret@granasen-ol.no"),
            ("h", 2, "Styret"),
            ("p", "Etter årsmøtet 12. februar 2015 har styret bestått av:"),
            ("tablines", [["Leder ............................", "Knut Eriksrud"],
                          ["Nestleder .......................", "Guro Tangen"],
                          ["Kasserer ........................", "Vidar Holm"],
                          ["Sekretær ........................", "Inger Marie Skaug"],
                          ["Styremedlem (rekruttering) ......", "Lars Fjeld"],
                          ["Varamedlem ......................", "Ida Strand"]], {"stops": (6.0,)}),
            ("p", "Tor Åsen, som hadde vært kasserer i elleve år, gikk ut av styret ved årsmøtet. Styret har hatt "
                  "ni møter. Kontrollkomiteen har bestått av Bente Sjøli og Rune Mellem, valgkomiteen av Hege Aaseth "
                  "(leder), Olav Brenden og Kirsten Moe."),
            ("h", 2, "Aktivitet"),
            ("p", "Laget arrangerte to løp i 2015: kretsløpet i {g:Sør-Odal} i mai og nattløpet ved {g:Skarnes} i "
                  "oktober. Deltakelsen på treningsløpene økte med {p:18 %|deltakelsen på treningsløpene økte}, og "
                  "{p:41 %|under 17 år} av deltakerne var under 17 år. Løperne våre deltok i "
                  "O-festivalen i {g:Kongsvinger} og på {g:Finnskogen}."),
            ("p", "Styret takker løypeleggerne, kartutvalget ved Anders Nygård og idrettskonsulenten i "
                  "{g:Sør-Odal} kommune for godt samarbeid, og {g:Hedmark} Orienteringskrets for støtte til ungdomsarbeidet."),
            ("h", 2, "Økonomi"),
            ("p", "Regnskapet viser et overskudd på 13 680 kroner. Budsjett for 2016 legges fram for årsmøtet "
                  "sammen med regnskapet."),
            ("stmt", res, {"title": "Regnskap 2015 og budsjett 2016"}),
            ("h", 2, "Valgkomiteens innstilling for 2016"),
            ("tablines", [["Leder ............................", "Guro Tangen (ny som leder)"],
                          ["Nestleder .......................", "Ida Strand (ny)"],
                          ["Kasserer ........................", "Vidar Holm (gjenvalg)"],
                          ["Sekretær ........................", "Camilla Råberg (ny)"],
                          ["Styremedlem (rekruttering) ......", "Lars Fjeld (ikke på valg)"],
                          ["Varamedlem ......................", "Henrik Nordby (ny)"]], {"stops": (6.0,)}),
            ("p", "{g:Skarnes}, januar 2016. For valgkomiteen: Hege Aaseth"),
        ],
    }


def hundholmen_kor_2024() -> dict:
    """Designer-made report (own HTML/CSS): people in a left rail with the role in small capitals under
    each name (board, artistic leader, valgkomité, revisor side by side), statements in 1000 kr with
    a budget for the next year."""
    cols = [Col("Regnskap 2024", 2024), Col("Regnskap 2023", 2023), Col("Budsjett 2025", 2025, BUDGET)]
    lab = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
           "op": "Driftsresultat", "result": "Årsresultat", "net_fin": "Netto finans"}
    res = Statement("Resultat", cols, income(
        "nb", 3,
        inc=[("Kontingenter", "", [186, 171, 190]), ("Billettinntekter", "", [412, 288, 380]),
             ("Offentlige tilskudd", "", [355, 340, 360]), ("Sponsorer og gaver", "", [120, 95, 110])],
        cost=[("Dirigenthonorar", "", [420, 405, 430]), ("Solister og musikere", "", [248, 190, 240]),
              ("Reise og opphold", "", [236, 44, 120]), ("Noter, lokaler og annet", "", [121, 116, 125])],
        fin=[("Renteinntekter", "", [14, 9, 10])], labels=lab),
        unit=1000, label_header="Tall i hele tusen kroner", negative="minus")
    bal = Statement("Balanse", cols[:2], balance(
        "nb", 2, fixed=[], current=[("Fordringer", "", [22, 40]), ("Bank", "", "plug")],
        equity=[("Egenkapital", "", [394, 332])], long=[], short=[("Kortsiktig gjeld", "", [58, 71])]),
        unit=1000, label_header="Tall i hele tusen kroner")
    board = [("Siri Hansen Laukvik", "LEDE", None), ("Tobias Eliassen", "NEST", None), ("Marianne Kråkmo", "MEDL", None),
             ("Jørgen Sandnes", "MEDL", None), ("Ellen Vinje Rønning", "MEDL", None), ("Aksel Brun", "VARA", None)]
    return {
        "name": "hundholmen-kor-2024", "year": 2024, "title": "Hundholmen Kammerkor – Årsrapport 2024",
        "organization": {"name": "Hundholmen Kammerkor", "founded_year": 1986, "website": "hundholmenkor.no"},
        "ceo": None, "board": board,
        "not_board": ["Vegard Olsen Nilssen", "Ragna Løvseth", "Håkon Simonsen", "Tuva Lien", "Astrid Helgesen",
                      "Fredrik Strøm"],
        "renditions": ["design"],
        "notes": "Designer-made HTML report: board in a left rail beside dirigent, valgkomité and revisor; role in small caps under each name; 1000 kr statements, budget 2025 optional.",
        "items": [
            ("cover", "Hundholmen Kammerkor · stiftet 1986", "Årsrapport 2024", "Et år med Bach, bølger og buss til {g:Lofoten}"),
            ("rail", [("Styret", [("Siri Hansen Laukvik", "styreleder"), ("Tobias Eliassen", "nestleder"),
                                  ("Marianne Kråkmo", "kasserer"), ("Jørgen Sandnes", "styremedlem"),
                                  ("Ellen Vinje Rønning", "styremedlem"), ("Aksel Brun", "varamedlem")]),
                      ("Kunstnerisk leder", [("Vegard Olsen Nilssen", "dirigent")]),
                      ("Valgkomité", [("Ragna Løvseth", "leder"), ("Håkon Simonsen", "")]),
                      ("Revisor", [("Tuva Lien", "")]),
                      ("Kontakt", [("hundholmenkor.no", "")])],
             [("lead", "2024 ble et år der koret sang for flere enn noen gang: fem konserter i {g:Bodø}, en "
                       "sommerkonsert i {g:Saltstraumen} og vår første turné til {g:Lofoten} på over ti år."),
              ("h", "Styrelederen har ordet"),
              ("p", "Koret teller nå 34 sangere, og billettinntektene økte med {p:43 %|billettinntektene økte} fra året før. "
                    "Johannespasjonen i {g:Bodø} domkirke samlet nesten fullt hus to kvelder på rad."),
              ("quote", "«Det er sangerne som bærer koret – og sangerne har båret tungt i år.»", "Siri Hansen Laukvik, styreleder"),
              ("h", "Året som gikk"),
              ("p", "Styret har hatt ti møter. Årsmøtet ble holdt 6. mars 2024 med Astrid Helgesen som møteleder. "
                    "Vi takker Fredrik Strøm, som har vært korets notearkivar i 20 år, og {g:Nordland} fylkeskommune og "
                    "{g:Bodø} kommune for tilskudd. Oppmøtet på øvelsene var {p:87 %|oppmøtet på øvelsene} i snitt."),
              ("h", "Økonomi"),
              ("p", "Koret gikk med et overskudd på 62 000 kroner, etter et år med uvanlig høye reisekostnader. "
                    "Budsjettet for 2025 vedtas av årsmøtet."),
              ("stmt", res, {"title": "Resultatregnskap"}),
              ("stmt", bal, {"title": "Balanse 31. desember"})]),
        ],
    }


REPORTS = [hovland_legat_1997, granasen_ol_2015, hundholmen_kor_2024]
