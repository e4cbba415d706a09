"""Twenty-first held-out set, reports 4-6: a pensjonistforening with its board as "Name, role" lines
with telephone and e-mail and a minneord, a golfklubb whose daglig leder is the board's secretary,
and a grendelag's typed 1996 årsberetning photocopied (the set's one scan). Invented organisations,
people and figures; real places."""
from __future__ import annotations

from heldout_finance import Col, balance, income
from h3_render import Dash, Kroner
from h19_render import KrPrefix
from h21_reports_a import kr, line_value


# ---------------------------------------------------------------- 4. pensjonistforening

def kjopmannskjaer():
    cols = [Col("2016", 2016), Col("2015", 2015)]
    inc = [("Medlemskontingent", "", [21400, 20650]), ("Loddsalg på møtene", "", [18730, 17920]),
           ("Kommunalt tilskudd", "", [6000, 6000]), ("Egenandeler turer", "", [64350, 58800])]
    cost = [("Leie av lokale", "", [9600, 9600]), ("Servering og underholdning", "", [16840, 15310]),
            ("Turer og buss", "", [71220, 63950]), ("Gaver og blomster", "", [3185, 2740]),
            ("Porto, trykking og diverse", "", [4110, 3870])]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
              "op": None, "result": "Årets resultat"}
    result = Kroner("Regnskap 2016", cols, income("nb", 2, inc, cost, labels=labels), render="ruled")
    bal = Kroner("Balanse per 31. desember", cols, balance(
        "nb", 2, fixed=[], current=[("Kasse", "", [1850, 2300]), ("Bankinnskudd", "", "plug")],
        equity=[("Opptjent egenkapital", "", [47335, 41810])], long=[],
        short=[("Forskudd turer 2017", "", [12600, 9800])],
        labels={"debt": None, "sum_debt": None, "short": "Gjeld"}), render="ruled")
    year_result = line_value(result, "Årets resultat")
    board = [("Ragnhild Sørbø", "LEDE", None), ("Arvid Kjærnes", "NEST", None), ("Inger Marie Wold", "MEDL", None),
             ("Torbjørn Hvidsten", "MEDL", None), ("Elsa Kirkevold", "MEDL", None), ("Kåre Melsom", "VARA", None),
             ("Gerd Aasland", "VARA", None)]
    items = [
        ("h", 1, "Årsberetning for 2016"),
        ("p", "Kjøpmannskjær Pensjonistforening ble stiftet 14. mars 1978 og er tilsluttet Pensjonistforbundet. "
              "Foreningen er åpen for alle pensjonister og andre over 60 år på {g:Nøtterøy}."),
        ("h", 2, "Styret"),
        ("p", "Styret har i 2016 hatt denne sammensetningen:"),
        ("p", "Ragnhild Sørbø, leder – tlf. 918 44 207 – ragnhild.sorbo@online.no"),
        ("p", "Arvid Kjærnes, nestleder – tlf. 907 31 562 – arvid.kjaernes@gmail.com"),
        ("p", "Inger Marie Wold, kasserer – tlf. 33 38 41 09 – imwold@online.no"),
        ("p", "Torbjørn Hvidsten, sekretær – tlf. 952 80 413 – tohvid@hotmail.com"),
        ("p", "Elsa Kirkevold, styremedlem – tlf. 414 27 880"),
        ("p", "Kåre Melsom, 1. varamedlem – tlf. 33 38 22 75"),
        ("p", "Gerd Aasland, 2. varamedlem – tlf. 930 55 641"),
        ("h", 2, "Andre tillitsvalgte"),
        ("p", "Revisor: Olav Fadum"),
        ("p", "Valgkomité: Solveig Huseby og Bjarne Tangen"),
        ("p", "Turkomité: Randi Skjelbred (leder), Per Arne Hem og Liv Torstensen"),
        ("p", "Foreningens e-post er kjopmannskjaer.pf@gmail.com. Henvendelser kan også gå direkte til leder."),
        ("h", 2, "Medlemmer"),
        ("p", "Ved årsskiftet hadde foreningen 214 medlemmer, 9 flere enn året før. Kvinnene er i flertall og "
              "utgjør {p:71 %|kvinnene} av medlemmene."),
        ("h", 2, "Møter og turer"),
        ("p", "Det er holdt 11 medlemsmøter i menighetshuset på {g?:Borgheim}, med i snitt 64 fremmøtte. "
              "Blant gjestene var distriktslegen, som snakket om fallforebygging, og et kor fra {g:Tønsberg}."),
        ("li", "Mai: dagstur til {g:Kragerø} med båt ut i skjærgården"),
        ("li", "August: fire dager langs Göta kanal i {g:Sverige}, 42 deltakere"),
        ("li", "Desember: julebord sammen med nabolaget fra {g:Tjøme}"),
        ("p", "Foreningen var også representert på årsmøtet i Pensjonistforbundet {g:Vestfold}."),
        ("h", 2, "Minneord"),
        ("p", "Vår tidligere leder Halvard Bergan døde 14. september, 86 år gammel. Halvard ledet foreningen "
              "fra 2004 til 2011 og var med på å starte turkomiteen. Han var en god forteller og et samlende "
              "menneske, og mange av oss husker ham med trekkspillet på julebordet. Vi lyser fred over hans "
              "minne.", {"italic": True}),
        ("h", 2, "Økonomi"),
        ("p", f"Regnskapet viser et overskudd på kr {kr(year_result)}. Revisor har gått gjennom regnskapet "
              "og har ingen merknader."),
        ("stmt", result, {"title": "Regnskap 2016"}),
        ("stmt", bal, {"title": "Balanse per 31. desember 2016"}),
        ("sign", "{g?:Borgheim}, 12. januar 2017",
         [("Ragnhild Sørbø", "leder"), ("Arvid Kjærnes", "nestleder"), ("Inger Marie Wold", "kasserer"),
          ("Torbjørn Hvidsten", "sekretær"), ("Elsa Kirkevold", "styremedlem")], {"cols": 3}),
    ]
    return {
        "name": "kjopmannskjaer-pensjonistforening-2016", "year": 2016, "lang": "nb",
        "title": "Kjøpmannskjær Pensjonistforening – årsberetning 2016",
        "footer": "Kjøpmannskjær Pensjonistforening – årsmøte 2. februar 2017",
        "body_pt": 11, "heading_colour": "1E4D78",
        "organization": {"name": "Kjøpmannskjær Pensjonistforening", "founded_year": 1978,
                         "email": "kjopmannskjaer.pf@gmail.com"},
        "ceo": None,
        "board": board,
        "places_optional": ["Göta kanal"],
        "not_board": ["Olav Fadum", "Solveig Huseby", "Bjarne Tangen", "Randi Skjelbred", "Per Arne Hem",
                      "Liv Torstensen", "Halvard Bergan"],
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "Pensjonistforening, bokmål, Nøtterøy (2016, before Færder). The board as one paragraph per "
                 "person 'Name, role – tlf. … – e-mail' (two numbered varamedlemmer); members' private "
                 "e-mails are not the organisation's (its own e-mail is in a later sentence); a minneord for a "
                 "former leader (not gold); revisor, valgkomité and turkomité not gold; small statements with "
                 "',-' amounts.",
    }


# ---------------------------------------------------------------- 5. golfklubb

def kyllesvatnet():
    cols = [Col("2023", 2023), Col("2022", 2022)]
    inc = [("Medlemskontingenter", "", [4218600, 3996800]), ("Greenfee", "", [1046300, 1118900]),
           ("Sponsor- og reklameinntekter", "", [612000, 585000]),
           ("Andre driftsinntekter", "2", [388450, 352760])]
    cost = [("Lønnskostnader", "3", [2874910, 2702330]), ("Avskrivninger", "4", [642300, 618900]),
            ("Leie av grunn", "", [480000, 480000]), ("Andre driftskostnader", "5", [2420620, 2187450])]
    fin = [("Finansinntekter", "", [18260, 9140]), ("Finanskostnader", "", [-50000, -38620])]
    result = Dash("Resultatregnskap", cols, income("nb", 2, inc, cost, fin), note_col="Note",
                  label_header="Beløp i kr", render="unruled")
    bal = Dash("Balanse", [Col("31.12.2023", 2023), Col("31.12.2022", 2022)], balance(
        "nb", 2,
        fixed=[("Baneanlegg", "4", [4412400, 4698700]), ("Maskiner og utstyr", "4", [836900, 1052900])],
        current=[("Varelager", "", [84300, 91200]), ("Kundefordringer", "", [126480, 98350]),
                 ("Bankinnskudd", "6", "plug")],
        equity=[("Annen egenkapital", "", [3480700, 3664920])],
        long=[("Gjeld til kredittinstitusjoner", "7", [2100000, 2400000])],
        short=[("Leverandørgjeld", "", [318640, 274910]), ("Skyldige offentlige avgifter", "", [241770, 229480]),
               ("Annen kortsiktig gjeld", "", [412500, 386200])]),
        note_col="Note", label_header="Beløp i kr", render="unruled")
    loss = -line_value(result, "Årsresultat")
    board = [("Terje Bergsagel", "LEDE", None), ("Anne Lise Eikeland", "NEST", None),
             ("Stian Oftedal", "MEDL", None), ("Marianne Tjelta", "MEDL", None), ("Jørn Sele", "MEDL", None),
             ("Karianne Vigrestad", "VARA", None)]
    items = [
        ("h", 1, "Årsrapport 2023"),
        ("p", "Kyllesvatnet Golfklubb · Kyllesvegen 120, 4330 {g?:Ålgård} · tlf. 51 61 88 20 · "
              "post@kyllesvatnetgk.no · www.kyllesvatnetgk.no", {"size": 8.5}),
        ("h", 2, "Styrets årsberetning"),
        ("bh", "Virksomhetens art og tilholdssted"),
        ("p", "Kyllesvatnet Golfklubb ble stiftet i 1991 og driver en 18-hullsbane med treningsfelt og "
              "simulatorhall like sør for {g:Ålgård} sentrum i {g:Gjesdal} kommune, {g:Rogaland}. Klubben er "
              "medlem av Norges Golfforbund og Norges idrettsforbund."),
        ("bh", "Organisasjon"),
        ("p", "Styret har i 2023 bestått av:"),
        ("table", [["Navn", "Verv"], ["Terje Bergsagel", "Styreleder"], ["Anne Lise Eikeland", "Nestleder"],
                   ["Stian Oftedal", "Styremedlem"], ["Marianne Tjelta", "Styremedlem"],
                   ["Jørn Sele", "Styremedlem"], ["Karianne Vigrestad", "Varamedlem"]],
         {"ruled": True, "shade_header": "E2EFDA", "widths": [6.0, 4.5]}),
        ("p", "Daglig leder Kristin Håland er ansatt i full stilling og er også sekretær for styret. Hun møter "
              "på alle styremøter, men har ikke stemmerett."),
        ("p", "Klubbens utvalg har i 2023 vært ledet av:"),
        ("table", [["Utvalg", "Leder"], ["Baneutvalget", "Geir Skjæveland"], ["Juniorutvalget", "Hilde Tengesdal"],
                   ["Turneringsutvalget", "Rolf Madland"], ["Handicapkomiteen", "Eva Lima"]],
         {"ruled": True, "shade_header": "E2EFDA", "widths": [6.0, 4.5]}),
        ("p", "Baneutvalget har sammen med head greenkeeper Tomasz Nowak fulgt opp dreneringen av hull 4 til 7 "
              "og planen for nye utslag."),
        ("bh", "Medlemmer og spill"),
        ("p", "Klubben hadde 1 184 medlemmer ved årets slutt, en økning på {p:6,4 %|en økning} fra 2022. "
              "Kvinner utgjør {p:29 prosent|kvinner} av medlemmene. Greenfee-inntektene gikk ned fordi banen "
              "var stengt i tre uker i august etter kraftig regn."),
        ("bh", "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Klubben har fem ansatte i helårsstillinger og sju sesongansatte. Sykefraværet var "
              "{p:3,1 %|sykefraværet} mot {p:4,5 %|sykefraværet} året før. Det har ikke vært skader eller "
              "ulykker. Baneanlegget drives etter en miljøplan for bruk av gjødsel og plantevernmidler."),
        ("bh", "Økonomi og fortsatt drift"),
        ("p", f"Årets resultat ble et underskudd på kr {kr(loss)}, som i hovedsak skyldes økte "
              "lønnskostnader (note 3) og tapte greenfee-inntekter. Styret foreslår at underskuddet dekkes av "
              "annen egenkapital. Forutsetningen om fortsatt drift er lagt til grunn, og klubbens likviditet "
              "er god."),
        ("stmt", result, {"title": "Resultatregnskap 2023"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2023"}),
        ("bh", "Note 3 Lønnskostnader og godtgjørelser"),
        ("table", [["", "2023", "2022"], ["Lønn", "2 296 400", "2 158 100"],
                   ["Arbeidsgiveravgift", "323 790", "304 290"], ["Pensjonskostnader", "137 780", "129 490"],
                   ["Andre ytelser", "116 940", "110 450"]],
         {"ruled": False, "widths": [7.0, 3.0, 3.0]}),
        ("p", "Daglig leders lønn var kr 712 000. Styret har ikke mottatt honorar. Revisors honorar var "
              "kr 38 500 for revisjon."),
        ("sign", "{g?:Ålgård}, 6. mars 2024",
         [("Terje Bergsagel", "styreleder"), ("Anne Lise Eikeland", "nestleder"), ("Stian Oftedal", "styremedlem"),
          ("Marianne Tjelta", "styremedlem"), ("Jørn Sele", "styremedlem"), ("Kristin Håland", "daglig leder")],
         {"cols": 3}),
    ]
    return {
        "name": "kyllesvatnet-golfklubb-2023", "year": 2023, "lang": "nb",
        "title": "Kyllesvatnet Golfklubb – årsrapport 2023",
        "footer": "Kyllesvatnet Golfklubb – Årsrapport 2023 – side {PAGE}", "heading_colour": "2E5E2E",
        "organization": {"name": "Kyllesvatnet Golfklubb", "founded_year": 1991,
                         "address": "Kyllesvegen 120, 4330 Ålgård", "phone": "51 61 88 20",
                         "email": "post@kyllesvatnetgk.no", "website": "www.kyllesvatnetgk.no"},
        "ceo": "Kristin Håland",
        "board": board,
        "board_optional": ["Kristin Håland"],
        "not_board": ["Geir Skjæveland", "Hilde Tengesdal", "Rolf Madland", "Eva Lima", "Tomasz Nowak"],
        "items": items,
        "renditions": ["pdf", "doc"],
        "notes": "Golfklubb, bokmål, Gjesdal (Ålgård). Run like a company: a styrets årsberetning with "
                 "arbeidsmiljø and fortsatt drift; the daglig leder (ceo) is also 'sekretær for styret' and "
                 "signs with the board (optional on the board); utvalg leaders (baneutvalget) and the head "
                 "greenkeeper not gold; statements with a Note column ('2'…'7') and negatives with an en dash "
                 "(a loss in 2023); a note table of salary lines that is not a statement.",
    }


# ---------------------------------------------------------------- 6. grendelag, typed 1996, scan

def nordre_ekne():
    cols = [Col("1996", 1996), Col("1995", 1995)]
    inc = [("Medlemskontingent", "", [12600, 12300]), ("Utleie av grendehuset", "", [18450, 16900]),
           ("Juletrefest og basar", "", [9870, 10240]), ("Kommunalt tilskudd", "", [5000, 5000])]
    cost = [("Strøm og oppvarming", "", [14230, 13980]), ("Forsikring", "", [3860, 3710]),
            ("Vedlikehold grendehuset", "", [11470, 18620]), ("Juletrefest", "", [4115, 3940]),
            ("Diverse", "", [1960, 2115])]
    labels = {"inc": "INNTEKTER", "sum_inc": "Sum inntekter", "cost": "UTGIFTER", "sum_cost": "Sum utgifter",
              "op": None, "result": "Årets overskudd"}
    result = KrPrefix("Driftsregnskap", cols, income("nb", 2, inc, cost, labels=labels),
                      thousands=".", render="tabs")
    bal = KrPrefix("Status", cols, balance(
        "nb", 2, fixed=[], current=[("Kontanter", "", [1240, 860]), ("Bankinnskudd", "", "plug")],
        equity=[("Kapital pr. 31.12", "", [59005, 48720])], long=[], short=[], sum_debt=False,
        labels={"assets": "EIENDELER", "current": None, "sum_current": None, "eq_debt": None,
                "equity": "EGENKAPITAL", "debt": None, "short": None, "sum_eq_debt": None}),
        thousands=".", render="tabs")
    board_rows = [["FORMANN", "Jon Olav Fiskum", "{g?:Nordre Ekne}"], ["NESTFORMANN", "Birgit Hynne", "Hynne"],
                  ["KASSERER", "Ola Bratberg", "Bratberg"], ["SEKRETÆR", "Marit Okkenhaug", "{g?:Nordre Ekne}"],
                  ["STYREMEDLEM", "Arne Sandvik", "Sandvika"], ["VARAMENN", "Tove Eggen", "Eggen"],
                  ["", "Lars Petter Holan", "Holan"]]
    items = [
        ("bh", "NORDRE EKNE GRENDELAG", {"size": 13}),
        ("p", "Postboks 12, 7620 {g?:Skogn}"),
        ("bh", "ÅRSBERETNING FOR 1996", {"size": 12}),
        ("bh", "STYRET", {"size": 10.5}),
        ("p", "Styret har i 1996 hatt følgende sammensetning:"),
        ("tablines", board_rows, {"stops": (4.5, 10.0)}),
        ("tablines", [["REVISORER", "Ingebrigt Moe"], ["", "Kirsten Alstad"],
                      ["VALGKOMITÉ", "Oddvar Sklett"], ["", "Gunn Tromsdal"]], {"stops": (4.5,)}),
        ("bh", "VIRKSOMHETEN", {"size": 10.5}),
        ("p", "Det er holdt 6 styremøter og ett allmøte. Den største saken har vært veilys langs fylkesvegen "
              "fra {g:Ekne} stasjon til skolen. {g:Levanger} kommune har lovet å dekke halvparten av kostnaden "
              "dersom grenda skaffer resten ved dugnad, og styret har søkt {g:Nord-Trøndelag} fylkeskommune om "
              "det som mangler."),
        ("p", "Grendehuset har vært leid ut 31 ganger. Taket på uthuset ble lagt om på dugnad i juni, og "
              "styret takker alle som stilte. St. Hans-bålet ved fjæra samlet over 150 mennesker."),
        ("p", "Grendelaget har 84 betalende husstander. Det er {p:62 %|husstandene} av husstandene i grenda."),
        ("bh", "REGNSKAP 1996", {"size": 10.5}),
        ("stmt", result, {"title": "DRIFTSREGNSKAP 1996"}),
        ("stmt", bal, {"title": "STATUS PR. 31.12.96"}),
        ("p", "Regnskapet er revidert og funnet i orden."),
        ("sign", "{g?:Ekne}, 20.01.97",
         [("Jon Olav Fiskum", "formann"), ("Birgit Hynne", "nestformann"), ("Ola Bratberg", "kasserer"),
          ("Marit Okkenhaug", "sekretær"), ("Arne Sandvik", "styremedlem")], {"cols": 3}),
    ]
    return {
        "name": "nordre-ekne-grendelag-1996", "year": 1996, "lang": "nb",
        "title": "Nordre Ekne Grendelag – årsberetning 1996",
        "font": "DejaVu Sans Mono", "heading_font": "DejaVu Sans Mono", "body_pt": 9.5, "margin_mm": 24,
        "heading_colour": "000000",
        "organization": {"name": "Nordre Ekne Grendelag", "address": "Postboks 12, 7620 Skogn"},
        "ceo": None,
        "board": [("Jon Olav Fiskum", "LEDE", None), ("Birgit Hynne", "NEST", None), ("Ola Bratberg", "MEDL", None),
                  ("Marit Okkenhaug", "MEDL", None), ("Arne Sandvik", "MEDL", None), ("Tove Eggen", "VARA", None),
                  ("Lars Petter Holan", "VARA", None)],
        "places_optional": ["Hynne", "Bratberg", "Sandvika", "Eggen", "Holan"],  # farms beside the names
        "not_board": ["Ingebrigt Moe", "Kirsten Alstad", "Oddvar Sklett", "Gunn Tromsdal"],
                "items": items,
        "renditions": ["scan"],
        "scan": {"tilt": 1.1, "noise": 11},
        "notes": "Grendelag, bokmål, Levanger (Skogn/Ekne), 1996. A typed årsberetning photocopied (the set's "
                 "one scan, two pages): ALL-CAPS headings in a monospace font; the board as tab-stop columns "
                 "FORMANN / NESTFORMANN / KASSERER / SEKRETÆR / STYREMEDLEM / VARAMENN with each member's farm "
                 "in a third column (optional places); revisorer and valgkomité in the same typed columns (not "
                 "gold); a small driftsregnskap and status with 'kr 1.234,-' amounts on tab stops.",
    }


REPORTS = [kjopmannskjaer, kyllesvatnet, nordre_ekne]
