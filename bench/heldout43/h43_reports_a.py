"""Forty-third held-out set, part A: an idrettslag with undergrupper, a kor, a pensioners' lokallag.
Invented names and figures; statements as an accounting system prints them (account numbers beside
labels, "Regnskap hittil i år | Budsjett | I fjor"); sums are computed, never typed."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Line, Statement, balance, income


def sys_cols(year: int, budget: bool = True, last: bool = True) -> list[Col]:
    cols = [Col("Regnskap hittil i år", year)]
    if budget:
        cols.append(Col("Budsjett", year, BUDGET))
    if last:
        cols.append(Col("I fjor", year - 1))
    return cols


def sys_result(title, year, inc, cost, fin=None, lang="nb", labels=None, budget=True, last=True, **kw):
    cols = sys_cols(year, budget, last)
    lab = {"inc": "Inntekter", "sum_inc": "Sum driftsinntekter", "cost": "Kostnader",
           "sum_cost": "Sum driftskostnader", "op": "Driftsresultat", "fin": "Finansposter",
           "net_fin": "Sum finansposter", "result": "Årets resultat", **(labels or {})}
    return Statement(title, cols, income(lang, len(cols), inc, cost, fin, labels=lab), **kw)


def _kr(st: Statement, col: int) -> str:
    """The result line's value in column ``col``, as the statement prints it."""
    return st.fmt(st.lines[-1].values[col])


def board_tuples(members):
    return [(n, r, None) for n, r in members]


# ---------------------------------------------------------------- 1: idrettslag with undergrupper
def skarnes_il():
    y = 2023
    board = [("Trond Melbybråten", "LEDE"), ("Kari-Anne Sveen", "NEST"), ("Jørn Kvisler", "MEDL"),
             ("Hilde Fossum Rudi", "MEDL"), ("Espen Tangen", "MEDL"), ("Marit Bjørnstad", "VARA"),
             ("Ola Kjeksrud", "VARA")]
    groups = [
        ("Fotballgruppa", "Leder: Ronny Aasheim", [["Leder", "Ronny Aasheim"], ["Nestleder", "Tone Skjærli"],
         ["Sportslig leder", "Frode Lunde"], ["Kasserer", "Nina Ekeberg"], ["Materialforvalter", "Arild Hoff"]],
         "Fotballgruppa hadde 14 lag i seriespill, fra 6 år til senior. Seniorlaget endte på 5. plass i 5. divisjon. "
         "Sommerens fotballskole samlet 96 barn på Sportsplassen, og dommerkurset ble holdt i samarbeid med kretsen."),
        ("Skigruppa", "Leder: Sigrid Holm", [["Leder", "Sigrid Holm"], ["Styremedlem", "Petter Grøndahl"],
         ["Styremedlem", "Ingunn Sæther"], ["Løypeansvarlig", "Kjell Åsum"]],
         "Snøforholdene ga 41 skidager i lysløypa. Karusellen hadde rekordmange deltakere, og to utøvere gikk "
         "Hovedlandsrennet. Løypemaskinen fikk nytt belte etter en lang sesong."),
        ("Håndballgruppa", "Leder: Anita Rud", [["Leder", "Anita Rud"], ["Kasserer", "Geir Ove Bakken"],
         ["Sekretær", "Line Moen"]],
         "Håndballgruppa stilte fem jentelag og to guttelag. Treningstidene i hallen ble fordelt med "
         "nabolaget etter avtale med kommunen."),
    ]
    not_board = ["Ronny Aasheim", "Tone Skjærli", "Frode Lunde", "Nina Ekeberg", "Sigrid Holm", "Petter Grøndahl",
                 "Anita Rud", "Geir Ove Bakken", "Bjørg Ulvestad", "Harald Gjermshus", "Mona Lier",
                 "Stian Dybvik", "Randi Holter", "Knut Brekke", "Vigdis Nordli", "Per Einar Sand", "Elin Kjos", "Lars Erik Hagen"]
    inc = [("3000 Medlemskontingent", "", [184_350, 180_000, 176_900]),
           ("3010 Treningsavgifter", "", [412_600, 400_000, 388_250]),
           ("3100 Cuper og arrangement", "", [236_480, 250_000, 219_730]),
           ("3200 Kioskinntekter", "", [98_215, 90_000, 87_640]),
           ("3400 Offentlige tilskudd", "", [145_000, 140_000, 151_300]),
           ("3440 Momskompensasjon", "", [61_872, 55_000, 58_114]),
           ("3600 Sponsorinntekter", "", [172_500, 180_000, 165_000])]
    cost = [("4000 Varekjøp kiosk", "", [52_340, 50_000, 47_920]),
            ("5000 Trenergodtgjørelse", "", [318_400, 320_000, 301_750]),
            ("6300 Leie hall og bane", "", [204_600, 210_000, 198_300]),
            ("6500 Utstyr og drakter", "", [167_932, 140_000, 121_405]),
            ("6540 Løypekjøring og maskin", "", [88_715, 75_000, 69_840]),
            ("6800 Kontor og IT", "", [24_310, 25_000, 22_987]),
            ("7100 Reiser og kampavvikling", "", [203_150, 190_000, 184_660]),
            ("7500 Forsikring", "", [31_980, 32_000, 30_450]),
            ("7770 Bank- og kortgebyr", "", [6_215, 6_000, 5_802])]
    fin = [("8050 Renteinntekter", "", [9_840, 4_000, 2_136])]
    res = sys_result("Resultatregnskap", y, inc, cost, fin, negative="minus",
                     label_header="Periode 01.01.2023–31.12.2023")
    bal = Statement("Balanse pr. 31.12.2023", [Col("31.12.2023", y), Col("31.12.2022", y - 1)], balance(
        "nb", 2, fixed=[("1250 Løypemaskin", "", [310_000, 372_000])],
        current=[("1500 Kundefordringer", "", [18_450, 22_310]), ("1920 Bankinnskudd", "", "plug")],
        equity=[("2050 Egenkapital", "", [722_500 + res.lines[-1].values[0], 722_500])],
        long=[], short=[("2400 Leverandørgjeld", "", [41_270, 36_840]), ("2900 Annen kortsiktig gjeld", "", [22_600, 18_950])],
        labels={"sum_equity": "Sum egenkapital"}))
    items = [
        ("p", "Årsmøtepapirer", {"size": 22, "bold": True}),
        ("p", "Skarnes Idrettslag – årsmøte 14. mars 2024, klubbhuset på {g:Skarnes}", {"size": 12}),
        ("photo", 6, 5, "Foto: Seniorlaget etter siste seriekamp på Sportsplassen."),
        ("toc", [("Innkalling og saksliste", 2), ("Hovedstyrets årsberetning", 3), ("Fotballgruppa", 5),
                 ("Skigruppa", 6), ("Håndballgruppa", 7), ("Regnskap 2023", 8), ("Valgkomiteens innstilling", 10)],
         {"title": "Innhold"}),
        ("break",),
        ("h", 1, "Innkalling og saksliste"),
        ("p", "Alle medlemmer som har fylt 15 år og betalt kontingent, har stemmerett. Saksdokumentene er lagt "
              "ut på nettsiden en uke før møtet."),
        ("ol", "Godkjenne de stemmeberettigede"), ("ol", "Godkjenne innkalling, saksliste og forretningsorden"),
        ("ol", "Velge dirigent, referent og to til å underskrive protokollen"),
        ("ol", "Behandle årsberetning, herunder gruppenes årsmeldinger"), ("ol", "Behandle regnskap i revidert stand"),
        ("ol", "Fastsette kontingent"), ("ol", "Vedta budsjett"), ("ol", "Valg"),
        ("break",),
        ("h", 1, "Hovedstyrets årsberetning 2023"),
        ("p", "Året har vært preget av høy aktivitet i alle tre gruppene. Medlemstallet økte fra 512 til 547, og "
              "{p:61 %|medlemmene er under 20 år} av medlemmene er under 20 år. Hovedstyret takker Bjørg Ulvestad "
              "for mange år som kioskansvarlig og Harald Gjermshus i {g:Sør-Odal} kommune for godt samarbeid om "
              "hallen."),
        ("h", 2, "Styret"),
        ("p", "Styret har bestått av:"),
        ("tablines", [["Leder", "Trond Melbybråten"], ["Nestleder", "Kari-Anne Sveen"], ["Kasserer", "Jørn Kvisler"],
                      ["Sekretær", "Hilde Fossum Rudi"], ["Styremedlem", "Espen Tangen"],
                      ["Varamedlemmer", "Marit Bjørnstad, Ola Kjeksrud"]], {"stops": (4.5,)}),
        ("p", "Gruppeledere møter i hovedstyret med tale- og forslagsrett. Styret har hatt 9 styremøter og "
              "behandlet 64 saker."),
        ("h", 2, "Andre tillitsvalgte"),
        ("tablines", [["Kontrollkomité", "Mona Lier og Stian Dybvik"], ["Valgkomité", "Randi Holter (leder), Knut Brekke"],
                      ["Politiattestansvarlig", "Vigdis Nordli"], ["Revisor", "Per Einar Sand, Odal Regnskap"]],
         {"stops": (5.0,)}),
        ("h", 2, "Økonomi"),
        ("p", f"Regnskapet viser et overskudd på {_kr(res, 0)} kroner mot budsjettert {_kr(res, 1)} kroner. "
              "Hovedstyret mener regnskapet gir et riktig bilde av lagets økonomi."),
        ("break",),
    ]
    for title, _, rows, text in groups:
        items += [("h", 1, title), ("p", text), ("p", "Gruppestyret har bestått av:"),
                  ("table", rows, {"ruled": False}), ("break",)]
    items += [
        ("h", 1, "Regnskap 2023"),
        ("p", "Utskrift fra regnskapssystemet, alle beløp i hele kroner.", {"italic": True}),
        ("stmt", res, {"title": "Resultatregnskap – Skarnes Idrettslag"}),
        ("break",),
        ("stmt", bal, {"title": "Balanse"}),
        ("sign", "{g:Skarnes}, 8. februar 2024",
         [("Trond Melbybråten", "leder"), ("Kari-Anne Sveen", "nestleder"), ("Jørn Kvisler", "kasserer"),
          ("Hilde Fossum Rudi", "sekretær"), ("Espen Tangen", "styremedlem")], {"cols": 3}),
        ("break",),
        ("h", 1, "Valgkomiteens innstilling"),
        ("p", "Valgkomiteen, ved Randi Holter og Knut Brekke, legger fram følgende forslag for 2024:"),
        ("table", [["Verv", "Forslag", "Merknad"], ["Leder", "Kari-Anne Sveen", "ny som leder, 1 år"],
                   ["Nestleder", "Elin Kjos", "ny, 2 år"], ["Kasserer", "Jørn Kvisler", "ikke på valg"],
                   ["Varamedlem", "Lars Erik Hagen", "ny, 1 år"]], {"ruled": True}),
    ]
    return {
        "name": "skarnes-il-2023", "year": y, "title": "Årsmøtepapirer Skarnes Idrettslag 2023",
        "organization": {"name": "Skarnes Idrettslag"}, "ceo": None,
        "board": board_tuples(board), "not_board": not_board,
        "header": "Skarnes Idrettslag                Utskrevet 12.02.2024    Side {PAGE} av {NUMPAGES}",
        "items": items, "renditions": ["pdf", "docx"],
        "notes": "idrettslag with three undergrupper, each with its own styre; hovedstyre as tab lines.",
    }


# ---------------------------------------------------------------- 2: kor (nynorsk)
def fjaler_songlag():
    y = 2022
    board = [("Gunnhild Eikenes", "LEDE"), ("Audun Hovland", "NEST"), ("Synnøve Flokenes", "MEDL"),
             ("Ragnvald Sægrov", "MEDL"), ("Berit Tysse", "VARA")]
    inc = [("3000 Medlemspengar", "", [38_400, 40_000, 37_800]),
           ("3100 Konsertinntekter", "", [61_250, 55_000, 18_400]),
           ("3400 Tilskot kommunen", "", [22_000, 22_000, 20_000]),
           ("3410 Frifond og momskompensasjon", "", [14_873, 12_000, 11_260])]
    cost = [("5000 Dirigentløn", "", [84_000, 84_000, 80_000]),
            ("5400 Arbeidsgjevaravgift", "", [0, 0, 0]),
            ("6300 Leige av øvingslokale", "", [12_000, 12_000, 12_000]),
            ("6550 Notar", "", [7_340, 6_000, 3_915]),
            ("6900 Konsertutgifter", "", [28_612, 25_000, 9_330]),
            ("7100 Reise til korfestival", "", [19_450, 20_000, 0])]
    res = sys_result("Resultat", y, inc, cost, lang="nn",
                     labels={"inc": "Inntekter", "cost": "Kostnader", "sum_inc": "Sum inntekter",
                             "sum_cost": "Sum kostnader", "op": None, "result": "Resultat"},
                     label_header="Periode 01.01.2022–31.12.2022")
    items = [
        ("p", "Årsmelding 2022", {"size": 20, "bold": True}),
        ("p", "Fjaler Songlag – {g:Dale} i {g:Fjaler}", {"size": 12}),
        ("h", 2, "Frå leiaren"),
        ("p", "Etter to år med avlyste konsertar var det godt å vere i gang att. Koret hadde 32 medlemer ved "
              "utgangen av året. Ein stor takk til dirigenten vår, Olav Kvammen, og til akkompagnatør Ingrid Solheim. "
              "Takk òg til Vibeke Hatlestad i kulturkontoret for hjelp med søknadene."),
        ("h", 2, "Aktivitet"),
        ("li", "37 øvingar i bedehuset, gjennomsnittleg frammøte {p:78 %|frammøte}"),
        ("li", "Vårkonsert i kyrkja med 210 tilhøyrarar"),
        ("li", "Korfestival i {g:Førde} i oktober"),
        ("li", "Julekonsert saman med skulekorpset"),
        ("h", 2, "Styret"),
        ("p", "Styret har vore: Gunnhild Eikenes, leiar. Audun Hovland, nestleiar. Synnøve Flokenes, kasserar. "
              "Ragnvald Sægrov, skrivar. Berit Tysse, vara."),
        ("p", "Notearkivar har vore Liv Helene Råd. Festkomiteen: Torbjørn Haugland og Eli Mo."),
        ("h", 2, "Rekneskap"),
        ("p", "Utskrift frå rekneskapsprogrammet. Resultatet vart betre enn budsjettert, mest på grunn av god "
              "billettsal til julekonserten."),
        ("stmt", res, {"title": "Resultatrekneskap Fjaler Songlag"}),
        ("p", "Behaldning i bank 31.12.2022: 96 418 kroner."),
        ("h", 2, "Valnemnda si innstilling"),
        ("p", "Valnemnda (Kjellaug Nes og Arve Heggvik) føreslår: leiar Audun Hovland (ny), styremedlem "
              "Marta Lillestøl (ny). Gunnhild Eikenes har bede om fritak."),
        ("sign", "{g:Dale}, 9. februar 2023",
         [("Gunnhild Eikenes", ""), ("Audun Hovland", ""), ("Synnøve Flokenes", ""), ("Ragnvald Sægrov", "")],
         {"cols": 2}),
    ]
    return {
        "name": "fjaler-songlag-2022", "year": y, "title": "Årsmelding Fjaler Songlag 2022",
        "organization": {"name": "Fjaler Songlag"}, "ceo": None, "board": board_tuples(board),
        "not_board": ["Olav Kvammen", "Ingrid Solheim", "Vibeke Hatlestad", "Liv Helene Råd", "Kjellaug Nes",
                      "Arve Heggvik", "Marta Lillestøl"],
        "header": "Fjaler Songlag · Utskrive 10.02.2023", "footer": "Side {PAGE} av {NUMPAGES}",
        "items": items, "renditions": ["docx", "doc"],
        "notes": "kor in nynorsk; board in 'Name, role.' sentences; result with budget and last year.",
    }


# ---------------------------------------------------------------- 3: pensjonistforening lokallag
def loten_pensjonist():
    y = 2019
    board = [("Arnfinn Høye", "LEDE"), ("Solveig Brenden", "NEST"), ("Torleif Strand", "MEDL"),
             ("Gerd Aalstad", "MEDL"), ("Magne Haugerud", "MEDL"), ("Bjørg Nyhus", "VARA")]
    inc = [("3000 Kontingent", "", [46_200, 45_000, 44_850]),
           ("3100 Turer", "", [88_400, 80_000, 79_600]),
           ("3200 Loddsalg og basar", "", [27_935, 25_000, 24_110]),
           ("3400 Tilskudd", "", [8_000, 8_000, 8_000])]
    cost = [("4300 Turkostnader", "", [131_540, 120_000, 119_000]),
            ("6300 Husleie møter", "", [9_600, 9_600, 9_000]),
            ("6800 Trykking og porto", "", [6_142, 7_000, 6_890]),
            ("6900 Bevertning", "", [14_873, 12_000, 11_980]),
            ("7320 Kontingent til forbundet", "", [11_550, 11_250, 11_200])]
    res = sys_result("Resultatregnskap", y, inc, cost, labels={"result": "Resultat"},
                     label_header="Periode 01.01.2019–31.12.2019", render="tabs")
    items = [
        ("p", "LØTEN PENSJONISTFORENING", {"size": 16, "bold": True}),
        ("p", "Årsmelding for 2019", {"size": 13}),
        ("p", "Foreningen hadde 231 medlemmer ved årsskiftet. Det er holdt 9 medlemsmøter på Samfunnshuset på "
              "{g:Løten}, med i snitt 64 frammøtte."),
        ("h", 2, "Styret"),
        ("p", "Årsmøtet 21. februar 2019 valgte dette styret:"),
        ("p", "Arnfinn Høye, leder"), ("p", "Solveig Brenden, nestleder"), ("p", "Torleif Strand, kasserer"),
        ("p", "Gerd Aalstad, sekretær"), ("p", "Magne Haugerud, styremedlem"), ("p", "Bjørg Nyhus, varamedlem"),
        ("p", "Representant i eldrerådet: Hans Olav Rismoen. Turkomité: Ingrid Fjeld og Reidar Bekkelund."),
        ("h", 2, "Turer"),
        ("p", "Dagstur til {g:Hamar} og Domkirkeodden i mai, og fire dagers tur til {g:Røros} i september med 38 "
              "deltakere. Takk til Aud Sletten i fylkesforeningen for hjelp med bussen."),
        ("h", 2, "Regnskap"),
        ("stmt", res, {"title": "Regnskap Løten Pensjonistforening"}),
        ("p", "Resultatet er et underskudd som dekkes av egenkapitalen. Bankinnskudd pr. 31.12.: 73 210 kroner."),
        ("p", "Valgkomiteens forslag til nytt styre: leder Solveig Brenden, nestleder Kåre Tronsmoen, "
              "varamedlem Else Marie Bråthen."),
        ("sign", "{g:Løten}, 30. januar 2020",
         [("Arnfinn Høye", "leder"), ("Torleif Strand", "kasserer"), ("Gerd Aalstad", "sekretær")], {"cols": 3}),
    ]
    return {
        "name": "loten-pensjonistforening-2019", "year": y, "title": "Årsmelding Løten Pensjonistforening 2019",
        "organization": {"name": "Løten Pensjonistforening"}, "ceo": None, "board": board_tuples(board),
        "not_board": ["Hans Olav Rismoen", "Ingrid Fjeld", "Reidar Bekkelund", "Aud Sletten", "Kåre Tronsmoen",
                      "Else Marie Bråthen"],
        "header": "Utskrevet 03.02.2020   Side {PAGE} av {NUMPAGES}",
        "items": items, "renditions": ["scan"],
        "notes": "pensioners' lokallag, 2 pages, scanned; board as 'Name, role' lines; tab-laid accounts.",
    }


REPORTS = [skarnes_il, fjaler_songlag, loten_pensjonist]
