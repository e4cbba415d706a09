"""Reports of the sixteenth held-out set, part B: a foundation owning an AS, a page laid out as a
two-cell table, a nynorsk board with personal deputies side by side. All organisations, people and
figures are invented; places are real municipalities and villages."""
from __future__ import annotations

from heldout_finance import OTHER, Col, Statement, balance, income


def lyngholmen_kystkultur_2022() -> dict:
    """A foundation that owns the company running its café and guest harbour: two boards sharing two
    people, the foundation's own statements and the konsern's result beside them."""
    cols = [Col("2022", 2022), Col("2021", 2021)]
    inc = income("nb", 2,
                 inc=[("Driftstilskudd Bømlo kommune", "", [450000, 450000]),
                      ("Tilskudd Vestland fylkeskommune", "", [180000, 165000]),
                      ("Husleie fra datterselskap", "7", [240000, 220000]), ("Gaver og innsamlede midler", "", [87450, 64210])],
                 cost=[("Lønn og sosiale kostnader", "3", [498620, 471305]),
                       ("Vedlikehold bygninger og kaianlegg", "", [211870, 143960]),
                       ("Avskrivninger", "4", [96400, 96400]), ("Andre driftskostnader", "", [118544, 109876])],
                 fin=[("Renteinntekter", "", [9315, 2140]), ("Rentekostnader", "", [-31260, -24980])])
    st_inc = Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Stiftelsen", render="ruled")
    bal = balance("nb", 2,
                  fixed=[("Bygninger og kaier", "4", [2892000, 2988400]),
                         ("Aksjer i datterselskap", "5", [300000, 300000])],
                  current=[("Andre fordringer", "", [64320, 51880]), ("Bankinnskudd", "", "plug")],
                  equity=[("Grunnkapital", "6", [200000, 200000]), ("Annen egenkapital", "6", [2177816, 2167745])],
                  long=[("Lån Sparebanken Vest", "8", [960000, 1040000])],
                  short=[("Leverandørgjeld", "", [61207, 48342]), ("Annen kortsiktig gjeld", "", [82615, 73109])])
    st_bal = Statement("Balanse", cols, bal, note_col="Note", label_header="Stiftelsen", render="ruled")
    kcols = [Col("2022", 2022, OTHER), Col("2021", 2021, OTHER)]
    kons = income("nb", 2,
                  inc=[("Salgsinntekter servering og overnatting", "", [3164820, 2712430]),
                       ("Offentlige tilskudd", "", [630000, 615000]), ("Gaver og innsamlede midler", "", [87450, 64210])],
                  cost=[("Varekostnad", "", [1102450, 951870]), ("Lønn og sosiale kostnader", "", [1886310, 1664052]),
                        ("Avskrivninger", "", [131900, 128600]), ("Andre driftskostnader", "", [588714, 497346])],
                  fin=[("Netto finansposter", "", [-24105, -25412])], labels={"net_fin": None, "fin": None})
    st_kons = Statement("Resultatregnskap konsern", kcols, kons, label_header="Konsern", render="ruled")
    board = [("Anne-Grethe Vikanes", "LEDE", None), ("Torbjørn Espevik", "NEST", None),
             ("Hilde Bjelland Tungesvik", "MEDL", None), ("Sverre Økland", "MEDL", None),
             ("Randi Lønning", "VARA", None)]
    items = [
        ("h", 1, "Årsberetning 2022"),
        ("p", "Stiftelsen Lyngholmen Kystkultur", {"bold": True, "size": 12}),
        ("h", 2, "Formål og virksomhet"),
        ("p", "Stiftelsen ble opprettet i 1994 av Lyngholmen Grendalag og Bømlo Sogelag og har som formål å ta "
              "vare på handelsstedet på Lyngholmen i {g:Espevær} og gjøre kystkulturen i {g:Bømlo} kjent. "
              "Stiftelsen eier bygningene, kaianlegget og alle aksjene i Lyngholmen Drift AS, som driver kafé, "
              "gjestehavn og overnatting. Stiftelsens adresse er Lyngholmsvegen 3, 5437 Finnås."),
        ("h", 2, "Styre og ledelse"),
        ("p", "Stiftelsens styre har i 2022 bestått av Anne-Grethe Vikanes (styreleder), Torbjørn Espevik "
              "(nestleder), Hilde Bjelland Tungesvik og Sverre Økland. Varamedlem er Randi Lønning. "
              "Styremedlemmene oppnevnes av Bømlo kommune og de to grunnleggerne."),
        ("p", "Styret i Lyngholmen Drift AS har bestått av Torbjørn Espevik (styreleder), Hilde Bjelland "
              "Tungesvik, Kåre Mjelstad og Eva Sætre. Selskapets driftsleder er Nina Fylkesnes."),
        ("p", "Daglig leder for stiftelsen og selskapet er Martin Halleraker, ansatt i {p:80 %|daglig leder} "
              "stilling i stiftelsen og {p:20 %|i selskapet} i selskapet."),
        ("h", 2, "Året 2022"),
        ("p", "Med full sesong etter pandemien fikk gjestehavnen 2 140 båtdøgn, {p:18 %|båtdøgn} flere enn i 2021. "
              "Kaféen holdt åpent fra mai til september. Tre sjøbuer fikk ny kledning og nytt tak, finansiert "
              "med gaver og tilskudd fra Kulturminnefondet."),
        ("p", "Stiftelsen hadde 1,3 årsverk og datterselskapet 4,6 årsverk. Sykefraværet i konsernet var "
              "{p:3,4 %|sykefraværet}. Virksomheten forurenser ikke det ytre miljø."),
        ("h", 2, "Økonomi"),
        ("p", "Stiftelsen fikk et overskudd på kr 10 071. Konsernets resultat ble kr 148 791. Årsregnskapet "
              "er avlagt under forutsetning om fortsatt drift."),
        ("stmt", st_inc, {"title": "Resultatregnskap 2022 – stiftelsen"}),
        ("stmt", st_bal, {"title": "Balanse 31.12.2022 – stiftelsen"}),
        ("stmt", st_kons, {"title": "Resultatregnskap 2022 – konsern"}),
        ("sign", "{g:Bømlo}, 28. mars 2023",
         [("Anne-Grethe Vikanes", "styreleder"), ("Torbjørn Espevik", "nestleder"),
          ("Hilde Bjelland Tungesvik", "styremedlem"), ("Sverre Økland", "styremedlem"),
          ("Martin Halleraker", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "lyngholmen-kystkultur-2022", "year": 2022, "title": "Stiftelsen Lyngholmen Kystkultur – årsberetning 2022",
        "organization": {"name": "Stiftelsen Lyngholmen Kystkultur", "founded_year": 1994,
                         "address": "Lyngholmsvegen 3"},
        "ceo": "Martin Halleraker", "board": board,
        "not_board": ["Kåre Mjelstad", "Eva Sætre", "Nina Fylkesnes"],
        "places_optional": ["Lyngholmen", "Finnås"],
        "not_places": ["Bømlo kommune", "Bømlo Sogelag", "Driftstilskudd Bømlo kommune"],
        "header": "Stiftelsen Lyngholmen Kystkultur – årsberetning 2022", "font": "DejaVu Serif",
        "items": items, "renditions": ["doc", "pdf"],
        "notes": "Foundation owning an AS: both boards in running text with two people in both (gold as "
                 "their foundation roles), the AS's other members and its driftsleder not board; one daglig "
                 "leder for both (gold CEO); the foundation's statements (gold) and the konsern's result "
                 "(columns optional).",
    }


def laudal_teaterlag_2023() -> dict:
    """A small theatre society's report written in Word as a two-cell layout table on one page."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    lines = income("nb", 2,
                   inc=[("Billettinntekter", "", [148600, 120850]), ("Kiosk og loddsalg", "", [22415, 18930]),
                        ("Tilskudd Lindesnes kommune", "", [35000, 35000]), ("Grasrotandel og momskompensasjon", "", [12384, 10977])],
                   cost=[("Honorar regissør og musikere", "", [96000, 88000]),
                         ("Kostymer, kulisser og rekvisitter", "", [41236, 38512]),
                         ("Leie av lokale og lys", "", [31500, 29000]), ("Andre kostnader", "", [17825, 14316])],
                   fin=[("Renteinntekter", "", [2146, 418])],
                   labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "net_fin": None, "fin": None})
    st = Statement("Resultatregnskap", cols, lines, label_header="Beløp i kr")
    inc_labels = [l.label for l in lines if not l.is_head]
    groups = [("Inntekter", inc_labels[:5]), ("Kostnader", inc_labels[5:10]), ("Resultat", inc_labels[10:])]
    board = [("Gunhild Tveiten", "LEDE", None), ("Bjarte Homme", "NEST", None), ("Torunn Skofteland", "MEDL", None),
             ("Emil Vigeland", "MEDL", None), ("Karina Åsland", "MEDL", None), ("Oddvar Hunsbedt", "VARA", None)]
    left = [("bh", "Laudal Teaterlag", {"size": 12}),
            ("small", "Org.nr. 987 614 220"), ("small", "Stiftet 1981"),
            ("small", "Laudalsveien 112"), ("small", "4534 {g:Marnardal}"), ("small", "post@laudalteater.no"),
            ("bh", "Styret", {"size": 10}),
            ("small", "Gunhild Tveiten, leder"), ("small", "Bjarte Homme, nestleder"),
            ("small", "Torunn Skofteland, kasserer"), ("small", "Emil Vigeland, sekretær"),
            ("small", "Karina Åsland, styremedlem"), ("small", "Oddvar Hunsbedt, varamedlem"),
            ("bh", "Revisor", {"size": 10}), ("small", "Ingrid Kvås"),
            ("bh", "Medlemmer", {"size": 10}), ("small", "74 (68 i 2022)")]
    right = [("bh", "Årsmelding 2023", {"size": 15}),
             ("p", "Laudal Teaterlag er en frivillig forening for amatørteater i {g:Laudal} og omegn i {g:Lindesnes} "
                   "kommune. Laget setter opp en stor forestilling hver høst og en revy annethvert år."),
             ("bh", "Forestillinger"),
             ("p", "Høstens oppsetning, et folkelig lystspill fra bygdas historie, ble spilt 9 ganger på Laudal "
                   "samfunnshus for til sammen 1 486 tilskuere. Regissør var Silje Bringsdal, og 27 medlemmer stod "
                   "på scenen eller bak den. Billettinntektene økte med {p:23 %|billettinntektene}."),
             ("p", "I mars var laget med på teaterfestivalen i {g:Mandal} med en enakter."),
             ("bh", "Styrets arbeid"),
             ("p", "Styret har hatt 6 møter. Årsmøtet ble holdt 9. februar 2023 med 31 medlemmer til stede."),
             ("bh", "Regnskap"),
             ("mstmt", st, groups),
             ("p", "Overskuddet på kr 33 984 overføres til lagets egenkapital, som ved årsskiftet var kr 141 770.")]
    items = [
        ("layout", left, right, {"left_cm": 4.4}),
        ("p", "{g:Laudal}, 22. januar 2024"),
        ("p", "Gunhild Tveiten  ·  Bjarte Homme  ·  Torunn Skofteland  ·  Emil Vigeland  ·  Karina Åsland",
         {"size": 9}),
    ]
    return {
        "name": "laudal-teaterlag-2023", "year": 2023, "title": "Laudal Teaterlag – årsmelding 2023",
        "organization": {"name": "Laudal Teaterlag", "founded_year": 1981, "address": "Laudalsveien 112",
                         "email": "post@laudalteater.no"},
        "ceo": None, "board": board, "not_board": ["Ingrid Kvås", "Silje Bringsdal"],
        "not_places": ["Laudal Teaterlag", "Laudal samfunnshus", "Laudalsveien", "Tilskudd Lindesnes kommune"],
        "font": "DejaVu Sans", "body_pt": 9.5, "margin_mm": 16,
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Whole page as a borderless two-cell layout table: a shaded narrow left cell with org.nr, "
                 "'Stiftet', address and the board as 'name, role' lines (kasserer/sekretær as MEDL); the "
                 "text in the wide right cell with a statement nested in it, merged cells (a 'Regnskap' band "
                 "over the year columns, group names Inntekter/Kostnader/Resultat merged down) and a sub-total "
                 "per group; signatures as one line of names under the table.",
    }


def sunnfjord_sau_geit_2019() -> dict:
    """A nynorsk farmers' lag: members and their personal deputies in a two-column table; one member
    and one deputy left during the year and were replaced."""
    cols = [Col("Rekneskap 2019", 2019), Col("Rekneskap 2018", 2018)]
    inc = income("nn", 2,
                 inc=[("Medlemskontingent", "", [58400, 56200]), ("Tilskot frå fylkeslaget", "", [24000, 24000]),
                      ("Kursinntekter", "", [31750, 18400]), ("Sal av øyremerke og utstyr", "", [14962, 16380])],
                 cost=[("Kurs og fagmøte", "", [42318, 29760]), ("Sauesanking og beitebruk", "", [18250, 17400]),
                       ("Møtegodtgjersle og reiser", "", [27934, 25116]), ("Andre kostnader", "", [21105, 19847])],
                 fin=[("Renteinntekter", "", [1322, 1054])], labels={"net_fin": None, "fin": None})
    st_inc = Statement("Resultatrekneskap", cols, inc, label_header="")
    bal = balance("nn", 2, fixed=[],
                  current=[("Kundefordringar", "", [6400, 3850]), ("Bankinnskot", "", "plug")],
                  equity=[("Opptent eigenkapital", "", [184920, 164093])], long=[],
                  short=[("Skuldige kostnader", "", [8750, 7200])], sum_debt=False)
    st_bal = Statement("Balanse 31.12.", cols, bal, label_header="")
    board = [("Oddbjørn Rivedal", "LEDE", None), ("Synnøve Bruland", "NEST", None), ("Ivar Haugsdal", "MEDL", None),
             ("Torunn Osland", "MEDL", None), ("Eirin Mo Vassbotn", "MEDL", None),
             ("Arnfinn Sygna", "VARA", None), ("Kjellaug Hovland", "VARA", None), ("Solveig Rygg", "VARA", None),
             ("Per Magne Yri", "VARA", None), ("Sindre Heggheim", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding 2019"),
        ("p", "Sunnfjord Sau og Geit", {"bold": True}),
        ("p", "Laget samlar sau- og geitebønder i {g:Førde}, {g:Naustdal}, {g:Gaular} og {g:Jølster} og hadde "
              "ved årsskiftet 146 medlemer. Laget vart skipa i 1958 og er medlem av fylkeslaget."),
        ("h", 2, "Styret"),
        ("p", "Årsmøtet 14. mars 2019 valde dette styret, med personlege varamedlemer:"),
        ("table", [["Faste medlemer", "Personlege varamedlemer"],
                   ["Leiar: Oddbjørn Rivedal", "Arnfinn Sygna"], ["Nestleiar: Synnøve Bruland", "Kjellaug Hovland"],
                   ["Styremedlem: Ivar Haugsdal *", "Solveig Rygg *"], ["Styremedlem: Torunn Osland", "Per Magne Yri *"],
                   ["Styremedlem: Eirin Mo Vassbotn", "Sindre Heggheim"]], {"ruled": True}),
        ("p", "*) Ragnhild Sæbø gjekk ut av styret i mai då ho flytte frå distriktet. Ivar Haugsdal, som var "
              "hennar personlege varamedlem, gjekk då inn som fast medlem, og styret kalla inn Solveig Rygg som "
              "ny personleg vara for han. Varamedlemen Jostein Fure bad om fritak i september; Per Magne Yri "
              "kom inn i hans stad.", {"size": 9, "italic": True}),
        ("p", "Skrivar for styret har vore Margit Løset frå Landbruksrådgjevinga. Valnemnda har vore Håkon "
              "Botnen (leiar), Elin Grøneng og Steinar Myklebust."),
        ("h", 2, "Aktivitetar"),
        ("p", "Styret har hatt 7 møte og handsama 41 saker. Laget skipa til kurs i klauvskjering på "
              "{g:Vassenden} med 22 deltakarar og fagmøte om beitebruk og rovvilt i {g:Førde} med om lag 60 "
              "frammøtte."),
        ("p", "Tapet av lam på utmarksbeite var {p:6,8 %|tapet av lam} mot {p:7,9 %|i 2018} i 2018. "
              "Om lag {p:70 %|medlemene} av medlemene leverer til Nortura."),
        ("h", 2, "Rekneskap"),
        ("p", "Laget fekk eit overskot på kr 20 827. Rekneskapen er revidert av Kari Hauge Sandal."),
        ("stmt", st_inc, {"title": "Resultatrekneskap 2019"}),
        ("stmt", st_bal, {"title": "Balanse 31.12.2019"}),
        ("sign", "{g:Førde}, 10. februar 2020",
         [("Oddbjørn Rivedal", "leiar"), ("Synnøve Bruland", "nestleiar"), ("Ivar Haugsdal", ""),
          ("Torunn Osland", ""), ("Eirin Mo Vassbotn", "")], {"cols": 3}),
    ]
    return {
        "name": "sunnfjord-sau-geit-2019", "year": 2019, "title": "Sunnfjord Sau og Geit – årsmelding 2019",
        "organization": {"name": "Sunnfjord Sau og Geit", "founded_year": 1958},
        "ceo": None, "board": board, "board_optional": ["Ragnhild Sæbø", "Jostein Fure"],
        "not_board": ["Margit Løset", "Håkon Botnen", "Elin Grøneng", "Steinar Myklebust", "Kari Hauge Sandal"],
        "font": "DejaVu Sans", "body_pt": 10,
        "items": items, "renditions": ["docx", "pdf", "doc"],
        "notes": "Nynorsk board table 'Faste medlemer' | 'Personlege varamedlemer' with the role before each "
                 "member's name ('Leiar: NN') and the deputies bare; a starred note says one member left in "
                 "May (her deputy moved up, a new deputy came in) and one deputy left in September (replaced); "
                 "those who left are optional; skrivar, valnemnd and revisor printed (not board).",
    }


REPORTS = [lyngholmen_kystkultur_2022, laudal_teaterlag_2023, sunnfjord_sau_geit_2019]
