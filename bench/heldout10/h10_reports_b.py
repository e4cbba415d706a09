"""Reports of the tenth held-out set, part B: a parent-owned kindergarten SA (a scan), a
municipally owned AS whose daglig leder changed during the year (Word 97), and a nynorsk
foundation with a representantskap and minutes of its meeting. Organisations, people and figures
are invented; places are real."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income


def furutoppen_2018() -> dict:
    """Furutoppen Barnehage SA, 2018: the board as typed tab-stop lines with "foreldrerepresentant"
    and "ansattrepresentant"; the styrer is daglig leder; the samarbeidsutvalg is not the board."""
    cols = [Col("2018", 2018), Col("2017", 2017)]
    inc = [("Foreldrebetaling", "", [1796400, 1771200]), ("Kommunalt tilskudd", "2", [5322800, 5106300]),
           ("Kostpenger", "", [298700, 287100]), ("Andre inntekter", "", [41200, 38900])]
    cost = [("Lønn og sosiale kostnader", "3", [5984100, 5788600]), ("Husleie", "", [612000, 600000]),
            ("Mat og drikke", "", [291300, 279800]), ("Pedagogisk materiell", "", [88600, 93400]),
            ("Andre driftskostnader", "", [342500, 321700])]
    fin = [("Renteinntekter", "", [9600, 6100])]
    res = Statement("Resultatregnskap", cols, income("nb", 2, inc, cost, fin), note_col="Note", label_header="")
    bal = Statement("Balanse pr. 31.12.", cols, balance(
        "nb", 2, fixed=[("Lekeapparater og inventar", "4", [214000, 238500])],
        current=[("Kundefordringer", "", [36200, 41800]), ("Bankinnskudd", "", "plug")],
        equity=[("Andelskapital", "", [186000, 180000]), ("Annen egenkapital", "", [451700, 402500])],
        long=[], short=[("Leverandørgjeld", "", [64800, 58200]), ("Skyldige offentlige avgifter", "", [356200, 342900]),
                        ("Skyldige feriepenger", "", [498300, 481600])]), label_header="")
    board_lines = [["Styreleder", "Camilla Rød Aasen", "foreldrerepresentant"],
                   ["Nestleder", "Thomas Berg Nilsen", "foreldrerepresentant"],
                   ["Kasserer", "Ida Marie Solheim", "foreldrerepresentant"],
                   ["Sekretær", "Kjetil Vang", "foreldrerepresentant"],
                   ["Styremedlem", "Nora Eilertsen", "ansattrepresentant"],
                   ["Varamedlem", "Vegard Holm Strand", "foreldrerepresentant"],
                   ["Varamedlem", "Lise Kolbjørnsen", "ansattrepresentant"]]
    items = [
        ("p", "FURUTOPPEN BARNEHAGE SA", {"bold": True, "size": 15, "align": "center"}),
        ("p", "Årsmelding for barnehageåret og regnskapsåret 2018", {"align": "center", "size": 12}),
        ("p", "Furuveien 21, 3400 {g:Lier} · Org.nr. 961 442 807 · styret@furutoppen.no", {"align": "center", "size": 9}),
        ("bh", "1. Om barnehagen"),
        ("p", "Furutoppen Barnehage SA er en foreldreeid barnehage som ble startet av foreldre på {g:Lierbyen} i 1989. "
              "Barnehagen er et samvirkeforetak, og hver familie med barn i barnehagen eier en andel på 6 000 kroner. "
              "Årsmøtet er barnehagens øverste organ."),
        ("p", "Barnehagen har fire avdelinger og hadde 62 barn ved utgangen av året, 24 under tre år og 38 over tre "
              "år. Barnehagen hadde {p:100 %|belegg} belegg gjennom hele året."),
        ("bh", "2. Styret"),
        ("p", "Styret er valgt av årsmøtet 14. mars 2018 og har hatt denne sammensetningen:"),
        ("tablines", board_lines, {"stops": (3.5, 8.5)}),
        ("p", "Styrer Hilde Marie Tangen er barnehagens daglige leder. Hun møter i styret med tale- og forslagsrett, "
              "men uten stemmerett, og fører protokoll fra styremøtene. Styret har hatt ti møter i 2018."),
        ("p", "Styret er arbeidsgiver for de ansatte og har ansvar for økonomi, opptak og drift. Styret takker "
              "Andreas Moen Lie og Kari Brekke, som gikk ut av styret ved årsmøtet, for godt arbeid."),
        ("bh", "3. Samarbeidsutvalget og foreldrerådet"),
        ("p", "Samarbeidsutvalget har i 2018 bestått av foreldrerepresentantene Sara Lunde Moe og Jonas Haug og "
              "ansattrepresentantene Mette Aune og Bjørn Erik Lie. Eier er representert ved styreleder. "
              "Samarbeidsutvalget har hatt fire møter og har fastsatt årsplanen."),
        ("bh", "4. Personale og arbeidsmiljø"),
        ("p", "Barnehagen har 13 ansatte i 12,4 årsverk, hvorav fem barnehagelærere. Sykefraværet var "
              "{p:6,3 %|sykefraværet} mot {p:8,8 %|sykefraværet} i 2017. Det har ikke vært skader på barn eller ansatte "
              "som har ført til fravær. Barnehagen har {p:85 %|kvinner} kvinner blant de ansatte."),
        ("p", "Barnehagen forurenser ikke det ytre miljøet utover det som er vanlig for en barnehage."),
        ("bh", "5. Økonomi"),
        ("p", "Barnehagen fikk et overskudd på 150 200 kroner. Det kommunale tilskuddet utgjorde "
              "{p:71,5 %|kommunale tilskuddet} av inntektene. Styret foreslår at overskuddet overføres til annen "
              "egenkapital, og bekrefter at forutsetningen om fortsatt drift er til stede."),
        ("stmt", res, {"title": "Resultatregnskap 2018"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2018"}),
        ("sign", "{g:Lier}, 20. februar 2019", [("Camilla Rød Aasen", "Styreleder"), ("Thomas Berg Nilsen", "Nestleder"),
                                              ("Ida Marie Solheim", "Kasserer"), ("Kjetil Vang", "Sekretær"),
                                              ("Nora Eilertsen", "Ansattrepresentant"), ("Hilde Marie Tangen", "Styrer")]),
    ]
    return {
        "name": "furutoppen-barnehage-2018", "year": 2018, "title": "Furutoppen Barnehage SA – Årsmelding 2018",
        "font": "Liberation Serif", "body_pt": 11,
        "organization": {"name": "Furutoppen Barnehage SA", "address": "Furuveien 21, 3400 Lier",
                         "email": "styret@furutoppen.no", "founded_year": 1989},
        "ceo": "Hilde Marie Tangen",
        "board": [("Camilla Rød Aasen", "LEDE", False), ("Thomas Berg Nilsen", "NEST", False),
                  ("Ida Marie Solheim", "MEDL", False), ("Kjetil Vang", "MEDL", False), ("Nora Eilertsen", "MEDL", True),
                  ("Vegard Holm Strand", "VARA", None), ("Lise Kolbjørnsen", "VARA", None)],
        "not_board": ["Andreas Moen Lie", "Kari Brekke", "Sara Lunde Moe", "Jonas Haug", "Mette Aune", "Bjørn Erik Lie"],
        "items": items, "renditions": ["scan"], "scan": {"dpi": 200, "tilt": 0.5},
        "notes": "Parent-owned kindergarten SA, printed and scanned: the board as tab-stop lines role | name | "
                 "'foreldrerepresentant' / 'ansattrepresentant' (kasserer and sekretær are members); the styrer "
                 "is the daglig leder and keeps the minutes; members who left at the årsmøte and the "
                 "samarbeidsutvalg's parents and staff are not board.",
    }


def ulefoss_naeringspark_2021() -> dict:
    """Ulefoss Næringspark AS, 2021: owned by the kommune and a private company, an
    eierskapsmelding-style facts table, the board chosen by the generalforsamling, three daglige
    ledere in the year (the last one signs). Word 97 and its PDF."""
    cols = [Col("2021", 2021), Col("2020", 2020)]
    inc = [("Leieinntekter", "2", [8412600, 8105300]), ("Andre driftsinntekter", "", [366800, 402100])]
    cost = [("Lønnskostnader", "3", [2614300, 2488900]), ("Avskrivninger", "5", [1906200, 1874400]),
            ("Vedlikehold bygg", "", [1288400, 1034600]), ("Andre driftskostnader", "", [1451900, 1397800])]
    fin = [("Finansinntekter", "", [12300, 18800]), ("Rentekostnader", "", [-902600, -946100])]
    res = Statement("Resultatregnskap", cols,
                    income("nb", 2, inc, cost, fin, tax=("Skattekostnad", "6", [134500, 171400])),
                    note_col="Note", render="tabs", label_header="")
    bal = Statement("Balanse", cols, balance(
        "nb", 2, fixed=[("Bygninger og tomter", "5", [41286400, 42318900]), ("Maskiner og inventar", "5", [612800, 744100])],
        current=[("Kundefordringer", "", [508300, 466200]), ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "7", [4000000, 4000000]), ("Annen egenkapital", "", [6734700, 6572000])],
        long=[("Gjeld til kredittinstitusjoner", "8", [30412000, 31688000])],
        short=[("Leverandørgjeld", "", [622100, 541800]), ("Betalbar skatt", "6", [98400, 122600]),
               ("Annen kortsiktig gjeld", "", [911300, 856900])]), note_col="Note", label_header="")
    owner_rows = [["Aksjonær", "Antall aksjer", "Eierandel"],
                  ["{g:Nome} kommune", "3 500", "{p:87,5 %}"],
                  ["Gravastrand Invest AS", "500", "{p:12,5 %}"],
                  ["Sum", "4 000", "{p?:100 %}"]]
    facts_rows = [["Selskapsform", "Aksjeselskap (AS)"],
                  ["Eierorgan", "Generalforsamlingen; kommunens aksjer forvaltes av kommunestyret"],
                  ["Kommunens representant i generalforsamlingen", "Ordfører Terje Bakken Hovde"],
                  ["Formål", "Eie, utvikle og leie ut nærings- og industrilokaler på {g:Ulefoss}"],
                  ["Kommunens eierstrategi", "Samfunnsmessig eierskap; ikke krav om utbytte"],
                  ["Styrevalg", "Styret velges av generalforsamlingen for to år"]]
    items = [
        ("h", 1, "Årsberetning 2021"),
        ("p", "Ulefoss Næringspark AS", {"bold": True, "size": 13}),
        ("p", "Fabrikkvegen 8, 3830 {g:Ulefoss} – telefon 35 94 60 10 – post@ulefoss-naeringspark.no", {"size": 9}),
        ("h", 2, "Virksomhetens art"),
        ("p", "Ulefoss Næringspark AS ble stiftet i 1996 og eier og leier ut 31 500 kvadratmeter nærings- og "
              "industrilokaler i det tidligere jernverksområdet på {g:Ulefoss} i {g:Nome} kommune, {g:Vestfold og Telemark}. "
              "Selskapet har 34 leietakere og seks ansatte."),
        ("h", 2, "Eierforhold"),
        ("p", "Selskapets aksjekapital er 4 000 000 kroner fordelt på 4 000 aksjer. Aksjonærene per 31.12.2021:"),
        ("table", owner_rows, {"ruled": True, "size": 9}),
        ("p", "Opplysninger om kommunens eierskap, slik de står i kommunens eierskapsmelding:"),
        ("table", facts_rows, {"ruled": True, "size": 9, "gold_rows": False, "header_bold": False}),
        ("h", 2, "Styret og ledelse"),
        ("p", "Ordinær generalforsamling ble holdt 10. juni 2021. Generalforsamlingen valgte Anne Grete Lindstøl som "
              "styreleder og Øystein Fjellvang som nestleder. Øvrige styremedlemmer er Birgit Sandvik og Hallvard "
              "Tveito. Varamedlem er Jorunn Ekornrød. Aud Hegland gikk ut av styret etter to perioder."),
        ("p", "Trond Ivar Kaasa var daglig leder fram til 30. april 2021, da han gikk over i annen stilling. "
              "Økonomiansvarlig Signe Lauvsnes var konstituert daglig leder fra 1. mai til 31. august. "
              "Marius Hegna Bø tiltrådte som daglig leder 1. september 2021."),
        ("h", 2, "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Sykefraværet var {p:2,4 %|sykefraværet} (2020: {p:3,9 %|sykefraværet}). Av selskapets seks ansatte er "
              "to kvinner, og styret har to kvinner og to menn. Selskapet har i 2021 skiftet til LED-belysning i "
              "to haller, noe som har redusert strømforbruket med {p:14 %|strømforbruket}."),
        ("h", 2, "Økonomi"),
        ("p", "Leieinntektene økte med {p:3,8 %|leieinntektene}. Utleiegraden var {p:94 %|utleiegraden} ved "
              "årsskiftet. Selskapet fikk et årsresultat på 493 800 kroner. Styret mener at årsregnskapet gir "
              "et rettvisende bilde av selskapets eiendeler, gjeld, finansielle stilling og resultat, og at "
              "forutsetningen om fortsatt drift er til stede. Årsresultatet foreslås overført til annen egenkapital."),
        ("stmt", res, {"title": "Resultatregnskap for 2021"}),
        ("stmt", bal, {"title": "Balanse per 31. desember 2021"}),
        ("sign", "{g:Ulefoss}, 15. mars 2022", [("Anne Grete Lindstøl", "styreleder"), ("Øystein Fjellvang", "nestleder"),
                                              ("Birgit Sandvik", "styremedlem"), ("Hallvard Tveito", "styremedlem"),
                                              ("Marius Hegna Bø", "daglig leder")]),
    ]
    return {
        "name": "ulefoss-naeringspark-2021", "year": 2021, "title": "Ulefoss Næringspark AS – Årsberetning 2021",
        "font": "Liberation Serif", "heading_colour": "2F4F2F",
        "organization": {"name": "Ulefoss Næringspark AS", "address": "Fabrikkvegen 8, 3830 Ulefoss",
                         "email": "post@ulefoss-naeringspark.no", "phone": "35 94 60 10", "founded_year": 1996,
                         "owners": [{"name": "Nome kommune", "share_percent": 87.5},
                                    {"name": "Gravastrand Invest AS", "share_percent": 12.5}]},
        "ceo": "Marius Hegna Bø",
        "board": [("Anne Grete Lindstøl", "LEDE", None), ("Øystein Fjellvang", "NEST", None),
                  ("Birgit Sandvik", "MEDL", None), ("Hallvard Tveito", "MEDL", None), ("Jorunn Ekornrød", "VARA", None)],
        "not_board": ["Aud Hegland", "Trond Ivar Kaasa", "Signe Lauvsnes", "Terje Bakken Hovde"],
        "not_places": ["Ulefoss Næringspark"],
        "items": items, "renditions": ["doc", "pdf"],
        "notes": "Municipally owned AS (not KF): owners' table with shares, an eierskapsmelding-style facts table "
                 "naming the mayor as the kommune's representant, the board chosen by the generalforsamling in "
                 "prose; three daglige ledere in the year (former, konstituert, the one who signs: gold). "
                 "Income statement in tab stops with a tax line.",
    }


def solhaug_2019() -> dict:
    """Stiftinga Solhaug omsorgsbustader, 2019 (nynorsk): a representantskap appointed by the
    kommune and local bodies elects the styre; the minutes of its meeting (Til stades, Forfall,
    Møteleiar, Referent) name many people who are not on the board."""
    cols = [Col("2019", 2019), Col("2018", 2018)]
    inc = [("Husleigeinntekter", "", [2184600, 2106900]), ("Tilskot frå kommunen", "", [150000, 150000]),
           ("Andre inntekter", "", [38200, 29400])]
    cost = [("Løn og sosiale kostnader", "2", [412800, 398600]), ("Vedlikehald", "", [506300, 388100]),
            ("Kommunale avgifter og straum", "", [318400, 301700]), ("Avskrivingar", "3", [402000, 402000]),
            ("Andre driftskostnader", "", [196700, 184200])]
    fin = [("Renteinntekter", "", [14100, 9300]), ("Rentekostnader", "", [-288900, -301200])]
    res = Statement("Resultatrekneskap", cols, income("nn", 2, inc, cost, fin), note_col="Note", label_header="")
    bal = Statement("Balanse", cols, balance(
        "nn", 2, fixed=[("Bygningar og tomt", "3", [14874000, 15276000])],
        current=[("Kundefordringar", "", [22700, 31900]), ("Bankinnskot", "", "plug")],
        equity=[("Grunnkapital", "", [200000, 200000]), ("Anna eigenkapital", "", [3011200, 2829000])],
        long=[("Lån i Husbanken", "4", [11940000, 12390000])],
        short=[("Leverandørgjeld", "", [148300, 121700]), ("Skuldige offentlege avgifter", "", [41600, 39400]),
               ("Anna kortsiktig gjeld", "", [96800, 88100])]), note_col="Note", label_header="")
    rep_rows = [["Medlem", "Oppnemnt av", "Varamedlem"],
                ["Kåre Sævareid (leiar)", "{g:Stord} kommune", "Bente Hystad"],
                ["Margun Tjelmeland", "{g:Stord} kommune", "Ottar Knutsen"],
                ["Synnøve Alsaker", "Sagvåg sanitetslag", "Ragnhild Økland"],
                ["Leif Inge Rydland", "Leirvik sokneråd", "Jofrid Vestbø"],
                ["Olga Nesbø", "Bebuarane", "Harald Sandvik"]]
    board = [["Namn", "Verv", "Val / på val"],
             ["Marta Kvinge Haugland", "styreleiar", "2019–2021"],
             ["Torbjørn Eide", "nestleiar", "2018–2020"],
             ["Sigrun Fitjar Lid", "styremedlem", "2019–2021"],
             ["Arne Johan Vikse", "styremedlem", "2018–2020"],
             ["Eldbjørg Tveit", "styremedlem", "2019–2021"],
             ["Rolf Magne Hatlevik", "varamedlem", "2019–2020"],
             ["Kirsti Aasen Fjon", "varamedlem", "2019–2020"]]
    items = [
        ("h", 1, "Årsmelding 2019"),
        ("p", "Stiftinga Solhaug omsorgsbustader · Solhaugvegen 12, 5412 {g:Stord} · solhaug@solhaug-stord.no",
         {"size": 9}),
        ("h", 2, "Om stiftinga"),
        ("p", "Stiftinga Solhaug omsorgsbustader vart skipa i 1987 av {g:Stord} kommune, Sagvåg sanitetslag og "
              "Leirvik sokneråd. Føremålet er å eige og leige ut trygge bustader for eldre og uføre i kommunen. "
              "Stiftinga eig 32 husvære i to bygg på {g:Heiane}. Utleigegraden var {p:97 %|utleigegraden} i snitt."),
        ("h", 2, "Representantskapet"),
        ("p", "Etter vedtektene har stiftinga eit representantskap på fem medlemer. Representantskapet vel styret, "
              "godkjenner årsrekneskapen og fører tilsyn med styret. I 2019 har representantskapet vore:"),
        ("table", rep_rows, {"ruled": True, "size": 9}),
        ("h", 2, "Styret"),
        ("p", "Styret har hatt sju møte og handsama 38 saker. Styret var etter representantskapsmøtet slik samansett:"),
        ("table", board, {"ruled": False, "size": 9.5}),
        ("p", "Dagleg leiar er Gunn Eli Tvedt i {p:60 %|stilling} stilling. Vaktmeister er Bjarte Sele. "
              "Sjukefråværet var {p:1,2 %|sjukefråværet}."),
        ("h", 2, "Protokoll frå representantskapsmøtet"),
        ("p", "Møtet vart halde 26. mars 2019 kl. 18.00 i fellesstova på Solhaug.", {"italic": True}),
        ("tablines", [["Til stades:", "Kåre Sævareid, Margun Tjelmeland, Synnøve Alsaker, Olga Nesbø"],
                      ["Forfall:", "Leif Inge Rydland (vara Jofrid Vestbø møtte)"],
                      ["Frå styret:", "Marta Kvinge Haugland, styreleiar"],
                      ["Frå administrasjonen:", "Gunn Eli Tvedt, dagleg leiar"],
                      ["Møteleiar:", "Kåre Sævareid"],
                      ["Referent:", "Gunn Eli Tvedt"]], {"stops": (4.5,)}),
        ("p", "Sak 1/19 Godkjenning av innkalling og sakliste. Vedtak: Godkjent."),
        ("p", "Sak 2/19 Årsmelding og rekneskap 2018. Vedtak: Godkjent."),
        ("p", "Sak 3/19 Val av styremedlemer. Valkomiteen, ved Synnøve Alsaker, la fram innstillinga. Marta Kvinge "
              "Haugland vart attvald som styreleiar for to år. Sigrun Fitjar Lid og Eldbjørg Tveit vart valde som "
              "styremedlemer for to år. Einar Hope gjekk ut av styret. Rolf Magne Hatlevik og Kirsti Aasen Fjon "
              "vart valde som varamedlemer for eitt år. Vedtak: Samrøystes."),
        ("p", "Sak 4/19 Husleige frå 1. juli. Vedtak: Husleiga vert auka med {p:2,5 %|husleiga}."),
        ("p", "Protokollen vert underskriven av Margun Tjelmeland og Olga Nesbø.", {"italic": True}),
        ("h", 2, "Økonomi"),
        ("p", "Stiftinga fekk eit overskot på 261 800 kroner. Styret meiner føresetnaden om vidare drift er til stades, "
              "og at årsrekneskapen gjev eit rett bilete av stillinga."),
        ("stmt", res, {"title": "Resultatrekneskap 2019"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2019"}),
        ("sign", "{g:Stord}, 24. februar 2020", [("Marta Kvinge Haugland", "styreleiar"), ("Torbjørn Eide", "nestleiar"),
                                               ("Sigrun Fitjar Lid", "styremedlem"), ("Arne Johan Vikse", "styremedlem"),
                                               ("Eldbjørg Tveit", "styremedlem"), ("Gunn Eli Tvedt", "dagleg leiar")]),
    ]
    return {
        "name": "solhaug-stord-2019", "year": 2019, "title": "Stiftinga Solhaug omsorgsbustader – Årsmelding 2019",
        "font": "DejaVu Serif", "heading_colour": "4B3B6B",
        "organization": {"name": "Stiftinga Solhaug omsorgsbustader", "address": "Solhaugvegen 12, 5412 Stord",
                         "email": "solhaug@solhaug-stord.no", "founded_year": 1987},
        "ceo": "Gunn Eli Tvedt",
        "board": [("Marta Kvinge Haugland", "LEDE", None), ("Torbjørn Eide", "NEST", None),
                  ("Sigrun Fitjar Lid", "MEDL", None), ("Arne Johan Vikse", "MEDL", None), ("Eldbjørg Tveit", "MEDL", None),
                  ("Rolf Magne Hatlevik", "VARA", None), ("Kirsti Aasen Fjon", "VARA", None)],
        "not_board": ["Kåre Sævareid", "Margun Tjelmeland", "Synnøve Alsaker", "Leif Inge Rydland", "Olga Nesbø",
                      "Bente Hystad", "Ottar Knutsen", "Ragnhild Økland", "Jofrid Vestbø", "Harald Sandvik",
                      "Einar Hope", "Bjarte Sele"],
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Nynorsk foundation with a representantskap (members, who appointed them, deputies: a ruled table "
                 "with its own leiar) and a styre (an unruled Namn | Verv | period table); the representantskap "
                 "meeting's minutes in tab-stop lines (Til stades, Forfall, Frå styret, Møteleiar, Referent) and "
                 "an election in prose. Only the styre is board; the dagleg leiar is the referent.",
    }


REPORTS = [furutoppen_2018, ulefoss_naeringspark_2021, solhaug_2019]
