"""The twenty-ninth held-out set, part one: a jeger- og fiskerforening's årsmøtepapirer (long), a
nynorsk bonde- og småbrukarlag whose leiar left during the year, and a brukshundklubb's
årsmøtedokument (long). Invented organisations, people and figures; real places valid in the year.
"""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import ACTUAL, BUDGET, Col, Line, Statement, balance, income


def kr(value: float) -> str:
    """A whole-kroner amount as the prose prints it: "kr 48 310"."""
    return "kr " + f"{round(value):,}".replace(",", " ")


def result_of(lines: list[Line], label: str, col: int = 0) -> float:
    return next(l for l in lines if l.label == label).values[col]


# ---------------------------------------------------------------- Tjernåsen JFF 2023

def tjernasen_jff_2023() -> dict:
    board = [("Knut Olav Brenden", "LEDE", None), ("Hilde Sætre Myhren", "NEST", None),
             ("Ole Martin Grinde", "MEDL", None), ("Ingrid Haugli", "MEDL", None),
             ("Petter Skramstad", "MEDL", None), ("Sofie Engen", "VARA", None),
             ("Arne Bjørkvold", "VARA", None)]
    cols4 = [Col("Regnskap 2023", 2023), Col("Budsjett 2023", 2023, BUDGET),
             Col("Regnskap 2022", 2022), Col("Budsjett 2024", 2024, BUDGET)]
    inc = [("Medlemskontingent (andel fra NJFF)", "", [98400, 95000, 93600, 100000]),
           ("Skytebaneavgifter og serier", "", [146850, 130000, 128300, 140000]),
           ("Fiskekortsalg", "", [41250, 36000, 36180, 40000]),
           ("Utleie Tjernbu", "", [37800, 35000, 31500, 38000]),
           ("Jegerprøvekurs", "", [52500, 45000, 48000, 50000]),
           ("Tilskudd og grasrotandel", "", [27640, 25000, 30210, 25000]),
           ("Momskompensasjon", "", [18320, 15000, 16950, 17000])]
    cost = [("Skytebane: drift og leirduer", "", [118460, 110000, 104220, 115000]),
            ("Fiskekultivering og utsetting", "", [34900, 30000, 29750, 32000]),
            ("Tjernbu: drift og vedlikehold", "", [41380, 30000, 22640, 35000]),
            ("Kursutgifter", "", [31150, 28000, 30400, 30000]),
            ("Ungdomsarbeid", "", [22700, 25000, 19880, 25000]),
            ("Forsikringer", "", [18940, 19000, 18110, 19500]),
            ("Møter, årsmøte og administrasjon", "", [14620, 15000, 13060, 15000]),
            ("Avskrivninger", "", [30000, 30000, 30000, 30000])]
    fin = [("Renteinntekter", "", [6830, 3000, 2140, 5000])]
    lines = income("nb", 4, inc, cost, fin, labels={"inc": "Inntekter", "sum_inc": "Sum inntekter",
                                                     "cost": "Kostnader", "sum_cost": "Sum kostnader",
                                                     "fin": None, "net_fin": None})
    res23, res22 = result_of(lines, "Årsresultat", 0), result_of(lines, "Årsresultat", 2)
    eq22 = 498_760
    eq23 = eq22 + res23
    result_st = Kroner("Resultatregnskap 2023", cols4, lines, render="unruled", label_header="")
    bal = balance("nb", 2,
                  fixed=[("Skytebaneanlegg (standplass og skivehus)", "", [210000, 230000]),
                         ("Tjernbu", "", [95000, 105000])],
                  current=[("Kasse", "", [2350, 1870]), ("Utestående hytteleie", "", [4500, 3200]),
                           ("Bankinnskudd", "", "plug")],
                  equity=[("Egenkapital pr. 31.12.", "", [eq23, eq22])],
                  long=[("Lån Odal Sparebank (standplass)", "", [80000, 100000])],
                  short=[("Leverandørgjeld", "", [12430, 9880]), ("Forskuddsbetalt hytteleie", "", [6300, 4200])])
    balance_st = Kroner("Balanse pr. 31.12.2023", [Col("31.12.2023", 2023), Col("31.12.2022", 2022)], bal,
                        render="unruled")
    valgt = [["Verv", "Navn", "Valgt til"],
             ["Leder", "Knut Olav Brenden", "Årsmøtet 2024"],
             ["Nestleder", "Hilde Sætre Myhren", "Årsmøtet 2025"],
             ["Kasserer", "Ole Martin Grinde", "Årsmøtet 2025"],
             ["Sekretær", "Ingrid Haugli", "Årsmøtet 2024"],
             ["Styremedlem", "Petter Skramstad", "Årsmøtet 2024"],
             ["1. varamedlem", "Sofie Engen", "Årsmøtet 2024"],
             ["2. varamedlem", "Arne Bjørkvold", "Årsmøtet 2024"]]
    innstilling = [["Verv", "Navn", "Periode"],
                   ["Leder", "Hilde Sætre Myhren (ny som leder)", "2 år"],
                   ["Nestleder", "Petter Skramstad (ny som nestleder)", "1 år"],
                   ["Kasserer", "Ole Martin Grinde", "Ikke på valg"],
                   ["Sekretær", "Ingrid Haugli (gjenvalg)", "2 år"],
                   ["Styremedlem", "Mona Lien Aasheim (ny)", "2 år"],
                   ["1. varamedlem", "Sofie Engen (gjenvalg)", "1 år"],
                   ["2. varamedlem", "Eirik Tangen (ny)", "1 år"]]
    komiteer = [["Komité", "Leder", "Medlemmer"],
                ["Skytebanekomiteen", "Roar Fjeldheim", "Tore Bakken, Lise Hagen, Even Nordby"],
                ["Fiskekomiteen", "Vidar Nordli", "Kjetil Sveen, Åsmund Rud"],
                ["Storviltkomiteen", "Lars Erik Holter", "Jon Arild Fossum, Terese Vold"],
                ["Ungdomskomiteen", "Maren Sagbakken", "Simen Holter, Julie Ramberg"],
                ["Hyttekomiteen (Tjernbu)", "Gunnar Odden", "Bjørg Odden, Per Kristian Lie"]]
    items = [
        ("bh", "Tjernåsen Jeger- og Fiskerforening", {"size": 20}),
        ("bh", "Årsmøtepapirer 2024", {"size": 15}),
        ("p", "Årsberetning og regnskap for 2023, budsjett for 2024 og valgkomiteens innstilling"),
        ("photo", 5, 6, "Kursdeltakerne på jegerprøvekurset samlet foran klubbhuset på {g:Sand} i oktober."),
        ("toc", [("Innkalling og sakliste", 2), ("Lederen har ordet", 3), ("Styret og tillitsvalgte", 4),
                 ("Medlemmer", 4), ("Rapporter fra komiteene", 5), ("Regnskap og budsjett", 7),
                 ("Revisorenes beretning", 9), ("Valgkomiteens innstilling", 10)]),
        ("pagebreak",),
        ("h", 1, "Innkalling til årsmøte"),
        ("p", "Styret i Tjernåsen Jeger- og Fiskerforening innkaller med dette til ordinært årsmøte "
              "torsdag 14. mars 2024 kl. 19.00 i klubbhuset ved skytebanen, Mobekkvegen 41. "
              "Saker som medlemmene ønsker behandlet, må være styret i hende senest to uker før møtet. "
              "Alle medlemmer som har betalt kontingent for 2023, har stemmerett. Det blir servert kaffe "
              "og vafler, og trekning av årets jegerlotteri."),
        ("bh", "Sakliste"),
        ("ol", "Godkjenning av innkalling og sakliste"),
        ("ol", "Valg av møteleder, referent og to medlemmer til å underskrive protokollen"),
        ("ol", "Årsberetning 2023 med komiteenes rapporter"),
        ("ol", "Regnskap 2023 med revisorenes beretning"),
        ("ol", "Innkomne forslag: ny standplass for jaktfelt"),
        ("ol", "Fastsettelse av kontingent for 2025"),
        ("ol", "Budsjett og arbeidsplan for 2024"),
        ("ol", "Valg etter valgkomiteens innstilling"),
        ("p", "{g:Sand}, 20. februar 2024", {"italic": True}),
        ("p", "Styret"),
        ("pagebreak",),
        ("h", 1, "Lederen har ordet"),
        ("p", "2023 ble et godt år for foreningen. Skytebanen hadde flere skudd enn noen gang, "
              "jegerprøvekurset var fulltegnet, og Tjernbu var utleid nesten hver helg fra juni til "
              "oktober. Det er dugnadsinnsatsen til medlemmene som gjør dette mulig, og jeg vil takke "
              "alle som har stilt opp på banen, ved vannene og på hytta."),
        ("p", "I september fikk vi besøk av fylkesleder i NJFF {g?:Innlandet}, Geir Rønningen, som "
              "så på det nye skivehuset. «Tjernåsen viser hvordan en lokalforening kan bli en "
              "møteplass for hele bygda», sa han i sin hilsen til dugnadsgjengen. Vi tar det som en "
              "oppfordring til å fortsette."),
        ("p", "En stor takk også til miljørådgiver Trine Aasum i {g:Nord-Odal} kommune for godt "
              "samarbeid om fiskeutsettingene, og til Odd Arne Stensrud, som etter tjue år la ned "
              "sitt arbeid som banevert i høst."),
        ("p", "Etter seks år som leder tar jeg ikke gjenvalg. Jeg takker styret og komiteene for "
              "et godt samarbeid, og ønsker den nye ledelsen lykke til."),
        ("p", "Knut Olav Brenden, leder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Styret og tillitsvalgte"),
        ("p", "Styret har i 2023 hatt denne sammensetningen:"),
        ("table", valgt, {"ruled": True, "widths": [4.0, 6.0, 4.5], "shade_header": "DDE6D5"}),
        ("p", "Sekretær Hans Peder Tollefsrud gikk ut av styret i juni av helsemessige grunner. "
              "Ingrid Haugli, som var 1. varamedlem, gikk inn som sekretær for resten av perioden, "
              "og Arne Bjørkvold ble innkalt som varamedlem. Styret har hatt ni styremøter og "
              "behandlet 64 saker."),
        ("bh", "Komiteer"),
        ("p", "Komitélederne møter i styret ved behov, men er ikke medlemmer av styret."),
        ("table", komiteer, {"ruled": True, "widths": [4.5, 3.8, 7.2]}),
        ("bh", "Andre tillitsvalgte"),
        ("li", "Revisorer: Kari Lundby og Tor Ivar Strand"),
        ("li", "Valgkomité: Torill Berg (leder), Jan Erik Moen og Stian Kolstad"),
        ("li", "Representant til årsmøtet i NJFF {g?:Innlandet}: Knut Olav Brenden"),
        ("li", "Æresmedlemmer: Ragnar Hvamstad og Ellen Sofie Kvisler"),
        ("h", 1, "Medlemmer"),
        ("p", "Ved utgangen av året hadde foreningen 591 medlemmer, 27 flere enn året før. "
              "Ungdomsmedlemmene utgjør nå {p:9,8 %|ungdomsmedlemmene} av medlemsmassen."),
        ("table", [["Medlemskategori", "31.12.2023", "31.12.2022", "Endring"],
                   ["Hovedmedlemmer", "412", "398", "14"],
                   ["Familiemedlemmer", "121", "117", "4"],
                   ["Ungdom under 20 år", "58", "49", "9"],
                   ["Sum", "591", "564", "27"]], {"ruled": False, "widths": [6.0, 3.0, 3.0, 2.5],
                                                  "bold_rows": {4}}),
        ("h", 1, "Rapporter fra komiteene"),
        ("h", 2, "Skytebanekomiteen"),
        ("p", "Banen var åpen 46 kvelder i sesongen, og det ble skutt om lag 61 000 skudd, "
              "en økning på {p:12 prosent|skudd} fra 2022. Nytt skivehus for 100-meteren ble "
              "tatt i bruk i mai. Vi arrangerte to jaktfeltstevner og en kretsserie i leirdue med "
              "til sammen 214 starter."),
        ("p", "Oppskytingen til storviltprøven samlet 187 jegere. Av disse besto 171, det vil si "
              "{p:91,4 %|besto}."),
        ("p", "For skytebanekomiteen, Roar Fjeldheim (leder)", {"italic": True}),
        ("h", 2, "Fiskekomiteen"),
        ("p", "I juni ble det satt ut 1 800 settefisk av ørret i Tjernsjøen og Lomtjern. Prøvefisket "
              "i august viste god vekst. Salget av fiskekort økte med {p:14 %|Salget av fiskekort}, mest "
              "på grunn av det nye døgnkortet i Vipps. Komiteen ryddet også to nye fiskeplasser for "
              "rullestolbrukere ved Lomtjern."),
        ("p", "For fiskekomiteen, Vidar Nordli (leder)", {"italic": True}),
        ("h", 2, "Storviltkomiteen"),
        ("p", "Foreningen administrerer jakten på to elgvald på statsgrunn. Det ble tildelt 44 dyr, "
              "og 38 ble felt, en fellingsprosent på {p:86,4 %|fellingsprosent}. Fire unge jegere "
              "fikk sin første jakt gjennom mentorordningen."),
        ("table", [["Elgvald", "Tildelt", "Felt", "Fellingsprosent"],
                   ["Tjernåsen nord", "24", "21", "{p?:87,5}"],
                   ["Tjernåsen sør", "20", "17", "{p?:85,0}"],
                   ["Sum", "44", "38", "{p?:86,4}"]], {"ruled": True, "widths": [5.0, 2.5, 2.5, 3.5]}),
        ("p", "For storviltkomiteen, Lars Erik Holter (leder)", {"italic": True}),
        ("h", 2, "Ungdomskomiteen"),
        ("p", "Ungdomsgruppa har hatt 22 samlinger med fiske, skyting, sporkurs og overnatting på "
              "Tjernbu. I snitt møtte 14 ungdommer, og jentene utgjorde {p:41 %|jentene} "
              "av deltakerne."),
        ("p", "For ungdomskomiteen, Maren Sagbakken (leder)", {"italic": True}),
        ("h", 2, "Hyttekomiteen"),
        ("p", "Tjernbu var utleid 63 døgn, mot 51 døgn i 2022. På høstdugnaden ble det lagt nytt tak "
              "på vedskjulet og byttet to vinduer. Utgiftene ble høyere enn budsjettert på grunn av "
              "reparasjon av vannpumpa."),
        ("p", "For hyttekomiteen, Gunnar Odden (leder)", {"italic": True}),
        ("sign", "{g:Sand}, 20. februar 2024",
         [("Knut Olav Brenden", "leder"), ("Hilde Sætre Myhren", "nestleder"), ("Ole Martin Grinde", "kasserer"),
          ("Ingrid Haugli", "sekretær"), ("Petter Skramstad", "styremedlem")]),
        ("pagebreak",),
        ("h", 1, "Regnskap og budsjett"),
        ("p", "Regnskapet er ført av kassereren. Årets resultat ble et overskudd på "
              f"{kr(res23)}, mot et budsjettert overskudd på {kr(result_of(lines, 'Årsresultat', 1))}. "
              "Budsjettet for 2024 står i kolonnen til høyre."),
        ("stmt", result_st),
        ("stmt", balance_st),
        ("p", "Bygningene skrives av over ti år. Lånet i Odal Sparebank nedbetales med kr 20 000 i året."),
        ("pagebreak",),
        ("h", 1, "Revisorenes beretning"),
        ("p", "Vi har revidert regnskapet for Tjernåsen Jeger- og Fiskerforening for 2023. Vi har "
              "kontrollert bilag mot bankutskrifter og kassebok, og stikkprøver av inntektene fra "
              "skytebanen og fiskekortsalget."),
        ("p", f"Regnskapet viser et overskudd på {kr(res23)} og en egenkapital på {kr(eq23)} pr. "
              "31.12.2023. Etter vår mening er regnskapet ført på en ryddig og oversiktlig måte, og "
              "vi anbefaler årsmøtet å godkjenne det."),
        ("sign", "{g:Sand}, 28. februar 2024", [("Kari Lundby", "revisor"), ("Tor Ivar Strand", "revisor")],
         {"cols": 2}),
        ("pagebreak",),
        ("h", 1, "Valgkomiteens innstilling"),
        ("p", "Valgkomiteen har vært i kontakt med alle som er på valg. Knut Olav Brenden tar ikke "
              "gjenvalg som leder. Valgkomiteen legger fram denne innstillingen for årsmøtet 2024:"),
        ("table", innstilling, {"ruled": True, "widths": [4.0, 7.0, 3.5], "shade_header": "DDE6D5"}),
        ("p", "Revisorer: Kari Lundby og Tor Ivar Strand (gjenvalg). Komitélederne oppnevnes av det "
              "nye styret."),
        ("p", "For valgkomiteen: Torill Berg, Jan Erik Moen, Stian Kolstad", {"italic": True}),
    ]
    return {
        "name": "tjernasen-jff-2023", "year": 2023, "lang": "nb",
        "title": "Tjernåsen Jeger- og Fiskerforening – Årsmøtepapirer 2024",
        "organization": {"name": "Tjernåsen Jeger- og Fiskerforening"},
        "ceo": None,
        "board": board,
        "board_optional": ["Hans Peder Tollefsrud"],
        "not_board": ["Geir Rønningen", "Trine Aasum", "Odd Arne Stensrud", "Roar Fjeldheim", "Vidar Nordli",
                      "Lars Erik Holter", "Maren Sagbakken", "Gunnar Odden", "Kari Lundby", "Tor Ivar Strand",
                      "Torill Berg", "Jan Erik Moen", "Stian Kolstad", "Ragnar Hvamstad", "Ellen Sofie Kvisler",
                      "Mona Lien Aasheim", "Eirik Tangen"],
        "items": items,
        "header": "Tjernåsen JFF · Årsmøtepapirer 2024",
        "footer": "Side {PAGE} av {NUMPAGES}",
        "font": "DejaVu Sans", "body_pt": 10,
        "renditions": ["docx", "pdf"],
        "notes": "Long årsmøtepapirer of a local NJFF branch. Board from the ruled 2023 table (secretary "
                 "replaced in June: the leaver optional). Komité leaders, valgkomité and its proposal "
                 "(same shape as the board table, the nestleder proposed as leder), the fylkesleder "
                 "quoted, people thanked, auditors and æresmedlemmer are not board. Budget columns "
                 "optional.",
    }


# ---------------------------------------------------------------- Arnafjord BSL 2017

def arnafjord_bsl_2017() -> dict:
    board = [("Torbjørn Ramstad", "LEDE", None), ("Åse Tenold", "MEDL", None),
             ("Nils Ove Hopperstad", "MEDL", None), ("Kari Oddny Brekke", "MEDL", None),
             ("Ola Heggestad", "VARA", None)]
    cols = [Col("Rekneskap 2017", 2017), Col("Budsjett 2017", 2017, BUDGET), Col("Rekneskap 2016", 2016)]
    inc = [("Kontingent attende frå fylkeslaget", "", [6120, 6000, 5580]),
           ("Tilskot frå Vik kommune", "", [5000, 5000, 4000]),
           ("Studiepengar frå studieforbundet", "", [3600, 2500, 2400]),
           ("Eigendelar studietur", "", [17850, 15000, 0])]
    cost = [("Møte og servering", "", [4230, 5000, 3870]),
            ("Studietur", "", [25960, 18000, 0]),
            ("Reise til fylkesårsmøtet", "", [2810, 3000, 2640]),
            ("Gåver og blomar", "", [950, 1000, 600]),
            ("Bank og porto", "", [420, 500, 380])]
    lines = income("nn", 3, inc, cost, labels={"inc": "Inntekter", "sum_inc": "Sum inntekter",
                                               "cost": "Utgifter", "sum_cost": "Sum utgifter",
                                               "op": None, "result": "Årsresultat"})
    res17, res16 = result_of(lines, "Årsresultat", 0), result_of(lines, "Årsresultat", 2)
    eq16 = 14_385
    bal = balance("nn", 2, fixed=[], current=[("Bankinnskot", "", "plug")],
                  equity=[("Eigenkapital 31.12.", "", [eq16 + res17, eq16])], long=[],
                  short=[("Skuldig reiseutgifter", "", [1200, 0])],
                  labels={"eq_debt": None, "debt": None})
    items = [
        ("bh", "Arnafjord Bonde- og Småbrukarlag", {"size": 16}),
        ("bh", "Årsmelding 2017", {"size": 13}),
        ("p", "Laget er lokallag av Norsk Bonde- og Småbrukarlag og dekkjer bygdene langs {g:Arnafjorden} "
              "og indre delar av {g:Vik} kommune."),
        ("h", 2, "Styret"),
        ("p", "Styret ved utgangen av 2017:"),
        ("tablines", [["Leiar (fungerande):", "Torbjørn Ramstad", "{g?:Arnafjord}"],
                      ["Skrivar:", "Åse Tenold", "{g?:Vik}"],
                      ["Kasserar:", "Nils Ove Hopperstad", "{g?:Vik}"],
                      ["Styremedlem:", "Kari Oddny Brekke", "{g?:Arnafjord}"],
                      ["Varamedlem:", "Ola Heggestad", "{g?:Vik}"]], {"stops": (4.5, 10.0)}),
        ("p", "Leiar Sigrid Seljeset flytte frå bygda i august og gjekk då ut av styret. Nestleiar "
              "Torbjørn Ramstad har vore fungerande leiar ut året, og varamedlem Kari Oddny Brekke "
              "gjekk inn som fast styremedlem. Laget har difor ikkje hatt nestleiar sidan august."),
        ("p", "Styret har hatt fem styremøte og handsama 23 saker. Revisor har vore Randi Hove. "
              "Valnemnda har vore Olav Tistel og Bjørg Nese."),
        ("h", 2, "Medlemmer"),
        ("p", "Laget hadde 34 betalande medlemmer ved årsskiftet, mot 31 året før. Det er ein auke på "
              "{p:9,7 %|auke}. Fire av dei nye medlemmene er unge bønder som har teke over "
              "garden det siste året."),
        ("h", 2, "Aktivitetar i 2017"),
        ("li", "Årsmøte 9. februar på Vik samfunnshus med 19 frammøtte."),
        ("li", "Open møte om jordbruksoppgjeret i april saman med bondelaget, med innleiing frå "
               "fylkesleiar i {g?:Sogn og Fjordane} Bonde- og Småbrukarlag, Marit Grøneng."),
        ("li", "Studietur til {g:Voss} og {g:Hardanger} i juni med besøk på to sidergardar og eit "
               "felles fjøs. 14 deltakarar."),
        ("li", "Kurs i beitebruk og gjerding i samarbeid med landbrukskontoret, 11 deltakarar."),
        ("li", "Haustmøte med graut og prat om rovdyr og tap av sau på beite."),
        ("h", 2, "Frå organisasjonen"),
        ("p", "Leiaren i Norsk Bonde- og Småbrukarlag, Hallvard Ryste, skreiv i medlemsbladet i mai at "
              "«oppgjeret i år syner kor viktig det er at dei små og mellomstore bruka har ei stemme». "
              "Laget sende fråsegn til fylkesårsmøtet om betre tilskot til små mjølkebruk, og saka vart "
              "send vidare til landsmøtet."),
        ("p", "Styret takkar Sigrid Seljeset for fem gode år som leiar, og {g:Vik} kommune for tilskotet."),
        ("h", 2, "Rekneskap 2017"),
        ("stmt", Kroner("Resultatrekneskap", cols, lines, render="unruled")),
        ("stmt", Kroner("Balanse 31.12.2017", [Col("2017", 2017), Col("2016", 2016)], bal, render="unruled")),
        ("p", f"Rekneskapen syner eit underskot på {kr(-res17)} etter studieturen. Laget har framleis "
              "ein god buffer, og styret rår til at kontingenten står uendra."),
        ("sign", "{g:Vik}, 12. februar 2018",
         [("Torbjørn Ramstad", "fung. leiar"), ("Åse Tenold", "skrivar"), ("Nils Ove Hopperstad", "kasserar"),
          ("Kari Oddny Brekke", "styremedlem")], {"cols": 2}),
        ("h", 2, "Valnemnda sitt framlegg til styre for 2018"),
        ("tablines", [["Leiar:", "Torbjørn Ramstad", "ny som leiar, 2 år"],
                      ["Nestleiar:", "Ingvild Kvamme", "ny, 2 år"],
                      ["Skrivar:", "Åse Tenold", "ikkje på val"],
                      ["Kasserar:", "Nils Ove Hopperstad", "attval, 2 år"],
                      ["Styremedlem:", "Kari Oddny Brekke", "attval, 1 år"],
                      ["Varamedlem:", "Leiv Arne Ness", "ny, 1 år"]], {"stops": (4.5, 10.0)}),
        ("p", "Olav Tistel og Bjørg Nese, valnemnda", {"italic": True}),
    ]
    return {
        "name": "arnafjord-bsl-2017", "year": 2017, "lang": "nn",
        "title": "Arnafjord Bonde- og Småbrukarlag – Årsmelding 2017",
        "organization": {"name": "Arnafjord Bonde- og Småbrukarlag"},
        "ceo": None,
        "board": board,
        "board_optional": ["Sigrid Seljeset"],
        "not_board": ["Randi Hove", "Olav Tistel", "Bjørg Nese", "Marit Grøneng", "Hallvard Ryste",
                      "Ingvild Kvamme", "Leiv Arne Ness"],
        "items": items,
        "font": "DejaVu Serif", "body_pt": 10.5,
        "renditions": ["docx", "doc"],
        "notes": "Nynorsk lokallag årsmelding. The leiar left in August (optional); the nestleiar is "
                 "fungerande leiar (LEDE) in the typed tab lines with home villages; the valnemnd's "
                 "proposal for 2018 is the same shape (two new names). The fylkesleiar and national "
                 "leiar are not board. The home villages in the tab lines are optional places.",
    }


# ---------------------------------------------------------------- Hovinmoen BHK 2024

def hovinmoen_bhk_2024() -> dict:
    board = [("Cathrine Løvlie Bakke", "LEDE", None), ("Thomas Engebretsen", "NEST", None),
             ("Randi Kjos", "MEDL", None), ("Marius Hole Sandvik", "MEDL", None),
             ("Elin Sørbøl", "MEDL", None), ("Anja Rustad", "VARA", None)]
    cols = [Col("Regnskap 2024", 2024), Col("Budsjett 2024", 2024, BUDGET), Col("Regnskap 2023", 2023)]
    inc = [("Medlemskontingent", "", [142600, 140000, 133250]),
           ("Kursinntekter", "2", [318400, 290000, 301750]),
           ("Prøver og stevner", "", [96350, 90000, 84100]),
           ("Leie av treningsbane", "", [44800, 40000, 38600]),
           ("Kiosk og salg", "", [21740, 25000, 23980]),
           ("Tilskudd, grasrotandel og momskompensasjon", "", [38920, 30000, 35410])]
    cost = [("Instruktørhonorarer", "2", [187200, 175000, 176400]),
            ("Leie av hall vinterstid", "", [72000, 72000, 66000]),
            ("Dommere og prøveledere", "", [41380, 40000, 37920]),
            ("Drift av klubbhus og bane", "3", [88460, 70000, 61230]),
            ("Premier, kiosk og arrangement", "", [39150, 38000, 36780]),
            ("Kontingent til NKK og forbund", "", [31420, 31000, 29990]),
            ("Administrasjon, forsikring og IT", "", [26870, 27000, 25110]),
            ("Avskrivninger", "3", [40000, 40000, 40000])]
    fin = [("Renteinntekter", "", [9320, 6000, 5410])]
    lines = income("nb", 3, inc, cost, fin, labels={"net_fin": "Netto finans"})
    res24 = result_of(lines, "Årsresultat", 0)
    eq23 = 402_115
    bal = balance("nb", 2,
                  fixed=[("Klubbhus", "3", [280000, 300000]), ("Agilityutstyr og hinder", "3", [60000, 80000])],
                  current=[("Kundefordringer", "", [8600, 5900]), ("Bankinnskudd", "4", "plug")],
                  equity=[("Annen egenkapital", "", [eq23 + res24, eq23])],
                  long=[],
                  short=[("Leverandørgjeld", "", [18240, 14380]), ("Forskuddsbetalte kursavgifter", "", [46500, 39800])])
    bal_st = Statement("Balanse", [Col("31.12.2024", 2024), Col("31.12.2023", 2023)], bal, note_col="Note",
                       render="ruled")
    res_st = Statement("Resultatregnskap", cols, lines, note_col="Note", render="ruled")
    komite = [["Komité", "Leder", "Medlemmer"],
              ["Agilitykomiteen", "Silje Aamodt", "Kristoffer Berg, Hanne Li"],
              ["Lydighetskomiteen", "Gro Haugen Tveter", "Monica Strand, Eva Dahl"],
              ["Brukskomiteen (spor og rundering)", "Frode Kristiansen", "Are Myrvold"],
              ["Kurskomiteen", "Linn Therese Moe", "Tonje Smedsrud, Kamilla Holm"],
              ["Anleggskomiteen", "Bjørn Egil Vestby", "Harald Lunde, Jørn Sæther"]]
    innstilling = [["Verv", "Navn", "Periode"],
                   ["Leder", "Cathrine Løvlie Bakke", "Ikke på valg"],
                   ["Nestleder", "Thomas Engebretsen", "Gjenvalg, 2 år"],
                   ["Styremedlem", "Randi Kjos", "Ikke på valg"],
                   ["Styremedlem", "Marius Hole Sandvik", "Ikke på valg"],
                   ["Styremedlem", "Silje Aamodt", "Ny, 2 år"],
                   ["Varamedlem", "Anja Rustad", "Gjenvalg, 1 år"],
                   ["Varamedlem", "Henrik Bråten", "Ny, 1 år"]]
    items = [
        ("bh", "HOVINMOEN BRUKSHUNDKLUBB", {"size": 20}),
        ("p", "Årsmøtedokument 2025 – årsberetning og regnskap for 2024", {"size": 13}),
        ("p", "Stiftet 1987 · Org.nr. 971 552 318 · post@hovinmoenbhk.no · www.hovinmoenbhk.no"),
        ("photo", 4, 5, "Klubbens lag fra NM i lydighet, fotografert på treningsbanen på {g:Gardermoen}."),
        ("toc", [("Innkalling og dagsorden", 2), ("Styrets beretning", 3), ("Komiteenes rapporter", 4),
                 ("Resultater og utmerkelser", 4), ("Regnskap med noter", 6), ("Revisors beretning", 8),
                 ("Valgkomiteens innstilling", 8)]),
        ("pagebreak",),
        ("h", 1, "Innkalling til årsmøte"),
        ("p", "Medlemmene innkalles til ordinært årsmøte i Hovinmoen Brukshundklubb tirsdag 18. februar "
              "2025 kl. 19.00 i klubbhuset, Gardermovegen 12, {g:Jessheim}. Saksdokumentene legges ut på "
              "klubbens nettside senest en uke før møtet."),
        ("bh", "Dagsorden"),
        ("ol", "Godkjenning av stemmeberettigede, innkalling og dagsorden"),
        ("ol", "Valg av møteleder, referent, tellekorps og to til å signere protokollen"),
        ("ol", "Styrets beretning for 2024"),
        ("ol", "Regnskap 2024 med revisors beretning"),
        ("ol", "Innkomne saker: lys på agilitybanen"),
        ("ol", "Budsjett 2025 og kontingent"),
        ("ol", "Valg"),
        ("pagebreak",),
        ("h", 1, "Styrets beretning"),
        ("h", 2, "Styret"),
        ("p", "Styret har etter årsmøtet i februar 2024 bestått av:"),
        ("portraits", [("Cathrine Løvlie Bakke", ["Leder", "Valgt til 2026"]),
                       ("Thomas Engebretsen", ["Nestleder", "Valgt til 2025"]),
                       ("Randi Kjos", ["Kasserer", "Valgt til 2026"]),
                       ("Marius Hole Sandvik", ["Sekretær", "Valgt til 2026"]),
                       ("Elin Sørbøl", ["Styremedlem", "Valgt til 2025"]),
                       ("Anja Rustad", ["Varamedlem", "Valgt til 2025"])], {"per_row": 3}),
        ("p", "Styret har hatt elleve styremøter. Komitélederne har møtt på styremøtene etter behov, "
              "med tale- og forslagsrett. Vi takker {g:Ullensaker} kommune for god hjelp med leie av hall vinterstid."),
        ("h", 2, "Medlemmer"),
        ("p", "Klubben hadde 468 medlemmer ved årsskiftet, en økning på {p:7 %|økning} fra 2023. "
              "Av disse var 61 juniormedlemmer."),
        ("table", [["", "2024", "2023", "2022"], ["Hovedmedlemmer", "371", "352", "340"],
                   ["Husstandsmedlemmer", "36", "33", "31"], ["Juniormedlemmer", "61", "52", "47"],
                   ["Totalt", "468", "437", "418"]], {"ruled": False, "widths": [5.5, 2.5, 2.5, 2.5]}),
        ("h", 2, "Tillitsvalgte utenfor styret"),
        ("li", "Revisor: Siv Helene Aas, Aas Regnskap og Revisjon"),
        ("li", "Valgkomité: Per Ivar Hoel (leder) og Merete Skaug"),
        ("li", "Æresmedlem: Jorunn Bakkerud"),
        ("li", "Klubbens representant i NKK Region Oslo/{g?:Akershus}: Thomas Engebretsen"),
        ("pagebreak",),
        ("h", 1, "Komiteenes rapporter"),
        ("p", "Komiteene er oppnevnt av styret og ledes slik:"),
        ("table", komite, {"ruled": True, "widths": [5.5, 4.0, 6.0], "shade_header": "E4E4F0"}),
        ("h", 2, "Agility"),
        ("p", "Agilitykomiteen arrangerte to offisielle stevner med til sammen 612 starter og et "
              "rallystevne for nybegynnere. Treningene på tirsdager samlet i snitt 18 ekvipasjer. "
              "Komiteen ledes av Silje Aamodt."),
        ("h", 2, "Lydighet og rallylydighet"),
        ("p", "Det ble holdt fire lydighetsprøver. Klubbens ekvipasjer oppnådde 23 opprykk, og "
              "{p:58 %|førstepremie} av startene i klasse 1 endte med førstepremie. "
              "Gro Haugen Tveter har ledet komiteen."),
        ("h", 2, "Spor og rundering"),
        ("p", "Brukskomiteen gjennomførte en NBF-prøve i spor med 14 deltakere og arrangerte "
              "rundering i skogen ved {g:Hovin}. Frode Kristiansen takker grunneierne for lån av terreng."),
        ("h", 2, "Kurs"),
        ("p", "Kurskomiteen holdt 41 kurs med 356 deltakere, fra valpekurs til konkurranselydighet. "
              "Belegget var {p:89 %|Belegget}, og valpekursene var fulle hele året. Vi har nå 17 "
              "godkjente instruktører."),
        ("table", [["Kurstype", "Antall kurs", "Deltakere", "Belegg"],
                   ["Valpekurs", "12", "108", "{p:100 %}"],
                   ["Hverdagslydighet", "10", "86", "{p:86 %}"],
                   ["Agility", "9", "72", "{p:80 %}"],
                   ["Spor og bruks", "5", "40", "{p:80 %}"],
                   ["Konkurranselydighet", "5", "50", "{p:83 %}"]], {"ruled": True, "widths": [5.0, 3.0, 3.0, 3.0]}),
        ("h", 2, "Anlegg"),
        ("p", "Anleggskomiteen under Bjørn Egil Vestby har skiftet duk på agilitybanen og drenert "
              "parkeringsplassen. Kostnadene ble høyere enn budsjettert, se note 3."),
        ("h", 1, "Resultater og utmerkelser"),
        ("p", "Årets hund ble den belgiske fårehunden Vesla med fører Hanne Li, som ble nummer to i NM "
              "i lydighet klasse 3 på {g:Kongsberg}. Klubbens hederspris gikk til Jorunn Bakkerud for "
              "tretti år som instruktør."),
        ("sign", "{g:Jessheim}, 21. januar 2025",
         [("Cathrine Løvlie Bakke", "leder"), ("Thomas Engebretsen", "nestleder"), ("Randi Kjos", "kasserer"),
          ("Marius Hole Sandvik", "sekretær"), ("Elin Sørbøl", "styremedlem")]),
        ("pagebreak",),
        ("h", 1, "Regnskap med noter"),
        ("stmt", res_st),
        ("stmt", bal_st),
        ("bh", "Noter"),
        ("p", "Note 1 Regnskapsprinsipper. Regnskapet er satt opp etter god regnskapsskikk for små "
              "foreninger.", {"size": 8.5}),
        ("p", "Note 2 Kurs. Instruktørene får honorar etter klubbens satser; kursinntektene dekker "
              "honorarene med god margin.", {"size": 8.5}),
        ("p", "Note 3 Anlegg. Klubbhuset avskrives over 15 år og agilityutstyret over fem år. "
              "Ny duk og drenering er kostnadsført.", {"size": 8.5}),
        ("p", "Note 4 Bankinnskudd. Av bankinnskuddet er kr 12 400 bundet skattetrekk for "
              "instruktørhonorarer.", {"size": 8.5}),
        ("pagebreak",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til årsmøtet i Hovinmoen Brukshundklubb. Jeg har gått gjennom klubbens regnskap for "
              f"2024, som viser et årsresultat på {kr(res24)}. Bilagene er kontrollert mot bank og "
              "kursoversikter uten merknader."),
        ("p", "Jeg anbefaler at regnskapet godkjennes og at styret gis ansvarsfrihet."),
        ("p", "{g:Jessheim}, 30. januar 2025 – Siv Helene Aas, revisor", {"italic": True}),
        ("h", 1, "Valgkomiteens innstilling"),
        ("p", "Valgkomiteen foreslår dette styret for 2025:"),
        ("table", innstilling, {"ruled": True, "widths": [4.0, 6.5, 4.0], "shade_header": "E4E4F0"}),
        ("p", "Elin Sørbøl har ikke ønsket gjenvalg. Revisor Siv Helene Aas foreslås gjenvalgt."),
        ("p", "Per Ivar Hoel og Merete Skaug", {"italic": True}),
    ]
    return {
        "name": "hovinmoen-bhk-2024", "year": 2024, "lang": "nb",
        "title": "Hovinmoen Brukshundklubb – Årsmøtedokument 2025",
        "organization": {"name": "Hovinmoen Brukshundklubb", "founded_year": 1987,
                         "email": "post@hovinmoenbhk.no", "website": "www.hovinmoenbhk.no",
                         "address": "Gardermovegen 12"},
        "ceo": None,
        "board": board,
        "not_board": ["Silje Aamodt", "Gro Haugen Tveter", "Frode Kristiansen", "Linn Therese Moe",
                      "Bjørn Egil Vestby", "Siv Helene Aas", "Per Ivar Hoel", "Merete Skaug", "Jorunn Bakkerud",
                      "Henrik Bråten", "Hanne Li"],
        "items": items,
        "header": "Hovinmoen Brukshundklubb – årsmøtedokument 2025",
        "header_align": "right",
        "footer": "{PAGE}",
        "footer_align": "right",
        "font": "DejaVu Sans", "body_pt": 9.5,
        "renditions": ["pdf", "doc"],
        "notes": "Long årsmøtedokument of a brukshundklubb. Board as portrait cells (kasserer, sekretær "
                 "MEDL). Komité leaders in a ruled table (one proposed by the valgkomité as a new board "
                 "member), the valgkomité's proposal in a table of the board's shape, revisor, "
                 "æresmedlem are not board. Statements with a Note column; budget optional.",
    }


REPORTS = [tjernasen_jff_2023, arnafjord_bsl_2017, hovinmoen_bhk_2024]
