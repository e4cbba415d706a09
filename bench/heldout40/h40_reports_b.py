"""Reports of the fortieth held-out set, part B: a leirsted stiftelse with its board typed in tab
columns, a nynorsk ungdomslag whose tillitsvalde run in one table over a page break, and a
pensjonistforening with its board in cells of several lines. Invented names and figures; real
places valid in the report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income
from h3_render import Kroner


def graberget_leirsted_2012() -> dict:
    board = [("Magnhild Østby", "LEDE", None), ("Torstein Nyhus", "NEST", None), ("Liv Marit Bergum", "MEDL", None),
             ("Anders Kjellmoen", "MEDL", None), ("Ragnhild Sæter", "VARA", None)]
    cols = [Col("2012", 2012), Col("2011", 2011)]
    res = Kroner("Resultatregnskap", cols, income(
        "nb", 2, inc=[("Leieinntekter", "", [612400, 574300]), ("Gaver og kollekter", "", [148250, 162900]),
                      ("Tilskudd", "2", [95000, 80000]), ("Kiosk og bespisning", "", [204880, 188120])],
        cost=[("Lønn", "", [298600, 284100]), ("Strøm og brensel", "", [141320, 152880]),
              ("Vedlikehold", "3", [187450, 96300]), ("Mat og kioskvarer", "", [131900, 120770]),
              ("Avskrivninger", "", [84000, 84000]), ("Andre driftskostnader", "", [119660, 110240])],
        fin=[("Renteinntekter", "", [9120, 8450]), ("Rentekostnader", "", [-21400, -24800])]),
        note_col="Note", render="tabs", label_header="")
    bal = Kroner("Balanse", cols, balance(
        "nb", 2, fixed=[("Bygninger", "", [2310000, 2394000])],
        current=[("Fordringer", "", [18400, 22950]), ("Bank", "", "plug")],
        equity=[("Grunnkapital", "", [200000, 200000]), ("Annen egenkapital", "", [1897320, 1812000])],
        long=[("Lån Sparebanken Hedmark", "", [460000, 520000])],
        short=[("Leverandørgjeld", "", [44800, 38100]), ("Skyldige offentlige avgifter", "", [38250, 36400])]),
        render="tabs", label_header="")
    items = [
        ("p", "Stiftelsen Gråberget leirsted", {"size": 22, "bold": True}),
        ("p", "Årsmelding 2012", {"size": 16}),
        ("photo", 2, 4, "Dugnadsgjengen foran det nye uthuset i oktober."),
        ("bh", "Formål"),
        ("p", "Stiftelsen ble opprettet i 1968 og eier og driver leirstedet ved Gråberget i {g:Trysil}. Formålet "
              "er å gi barn og unge et sted for leir, friluftsliv og fellesskap. Leirstedet leies ut til lag, "
              "skoler og menigheter i {g:Hedmark} og fra {g:Sverige}."),
        ("bh", "Styret"),
        ("p", "Styret oppnevnes av stifterne for to år om gangen. Ved årsskiftet gikk Gunnar Vestby ut av "
              "styret etter åtte år, og Torstein Nyhus overtok som nestleder. Styret i 2012:"),
        ("tablines", [["Styreleder", "Magnhild Østby", "oppnevnt av Trysil menighetsråd"],
                      ["Nestleder", "Torstein Nyhus", "oppnevnt av Gråberget venneforening"],
                      ["Styremedlem", "Liv Marit Bergum", "oppnevnt av KFUK-KFUM Hedmark"],
                      ["Styremedlem", "Anders Kjellmoen", "oppnevnt av Gråberget venneforening"],
                      ["Varamedlem", "Ragnhild Sæter", "oppnevnt av Trysil menighetsråd"]],
         {"stops": (3.6, 8.2)}),
        ("p", "Det er holdt fem styremøter. Vidar Skogli har vært daglig leder i {p:60 %|daglig leder i} "
              "stilling, og Kristin Bakken har vært kjøkkensjef i sommersesongen."),
        ("sidebar", [("bh", "Fra styrelederen"),
                     ("p", "– Uten dugnadsfolket hadde vi aldri fått uthuset under tak før snøen kom. En spesiell "
                           "takk til Ola Engen, som ledet dugnadene hver lørdag hele høsten."),
                     ("p", "Magnhild Østby")], {"width_pt": 170, "height_pt": 150}),
        ("bh", "Drift og utleie"),
        ("p", "Leirstedet hadde 4 310 overnattingsdøgn i 2012, mot 3 980 året før. Beleggsprosenten i "
              "sommerukene var {p:87 %|beleggsprosenten i sommerukene}. Skoleklasser fra {g:Elverum} og "
              "{g:Åmot} har kommet tilbake, og en korpsleir fra {g:Torsby} brukte stedet i to uker i juli."),
        ("p", "I september ble nytt uthus med vedbod og verksted tatt i bruk. Arbeidet er i hovedsak gjort "
              "på dugnad, og det er lagt ned om lag 1 200 dugnadstimer. Tilskudd fra {g:Trysil} kommune og "
              "en gave fra venneforeningen dekket materialene."),
        ("bh", "Økonomi"),
        ("p", "Stiftelsen fikk et overskudd i 2012. Vedlikeholdet er høyere enn vanlig på grunn av "
              "uthuset, som er kostnadsført. Styret mener at regnskapet gir et riktig bilde av stiftelsens "
              "stilling, og at det er grunnlag for fortsatt drift."),
        ("bh", "Resultatregnskap 2012"),
        ("stmt", res),
        ("bh", "Balanse per 31.12.2012"),
        ("stmt", bal),
        ("p", "Note 2: Tilskudd fra {g:Trysil} kommune og Gjensidigestiftelsen. Note 3: Vedlikehold omfatter "
              "materialer til uthuset."),
        ("sign", "{g:Trysil}, 20. februar 2013",
         [("Magnhild Østby", "styreleder"), ("Torstein Nyhus", "nestleder"), ("Liv Marit Bergum", "styremedlem"),
          ("Anders Kjellmoen", "styremedlem")], {"cols": 2}),
        ("p", "Regnskapet er revidert av Trysil og Engerdal Revisjon ved registrert revisor Per Arne Nordli."),
    ]
    return {
        "name": "graberget-leirsted-2012", "year": 2012, "title": "Årsmelding 2012",
        "footer": "Stiftelsen Gråberget leirsted  ·  org.nr. 971 442 108",
        "organization": {"name": "Stiftelsen Gråberget leirsted", "founded_year": 1968},
        "ceo": "Vidar Skogli", "board": board,
        "not_board": ["Gunnar Vestby", "Kristin Bakken", "Ola Engen", "Per Arne Nordli"],
        "not_places": ["Trysil menighetsråd", "KFUK-KFUM Hedmark", "Sparebanken Hedmark", "Trysil og Engerdal"],
        "places_optional": ["Engerdal", "Gråberget"],
        "items": items,
        "renditions": ["docx", "doc"],
        "notes": "Leirsted stiftelse, bokmål, Trysil (Hedmark) 2012: bold-paragraph headings; the board typed in "
                 "three tab columns (role, name, who appointed them, the appointing bodies naming places); a "
                 "member who left at the year's start named; the styreleder's quote in a text box thanking a "
                 "dugnad leader; statements typed with tab stops in kroner with ',-'.",
    }


def ljosheim_ungdomslag_2015() -> dict:
    board = [("Sigbjørn Lid", "LEDE", None), ("Ingebjørg Tvinnereim", "NEST", None), ("Olav Dagestad", "MEDL", None),
             ("Astrid Kvåle", "MEDL", None), ("Håkon Himle", "MEDL", None), ("Gudrun Lønne", "VARA", None),
             ("Eirik Flatlandsmo", "VARA", None)]
    cols = [Col("Rekneskap 2015", 2015), Col("Budsjett 2015", 2015, BUDGET), Col("Rekneskap 2014", 2014)]
    res = Statement("Resultatrekneskap", cols, income(
        "nn", 3, inc=[("Utleige av huset", "", [184300, 170000, 166750]), ("Dansar og festar", "", [142880, 150000, 158420]),
                      ("Kafé", "", [61240, 55000, 57310]), ("Tilskot", "", [45000, 45000, 40000]),
                      ("Medlemskontingent", "", [23100, 22000, 21450])],
        cost=[("Musikk og artistar", "", [88400, 90000, 96150]), ("Straum og oppvarming", "", [71620, 68000, 69980]),
              ("Vedlikehald", "", [96210, 80000, 54300]), ("Varer til kafé", "", [28930, 25000, 27100]),
              ("Forsikring", "", [24880, 25000, 23960]), ("Andre kostnader", "", [39110, 35000, 37840])],
        fin=[("Renteinntekter", "", [3950, 4000, 5220])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
                "fin": None, "net_fin": None}), thousands=".", label_header="Kroner")
    bal = Statement("Balanse", [Col("31.12.2015", 2015), Col("31.12.2014", 2014)], balance(
        "nn", 2, fixed=[("Ungdomshuset", "", [420000, 440000])],
        current=[("Kasse", "", [4200, 3850]), ("Bank", "", "plug")],
        equity=[("Eigenkapital", "", [873980, 763660])], long=[],
        short=[("Skuldige kostnader", "", [18400, 12900])]), thousands=".", label_header="Kroner")
    officers = [["Verv", "Namn", "Vald for"], ["Styret"],
                ["Leiar", "Sigbjørn Lid", "2015–2016"], ["Nestleiar", "Ingebjørg Tvinnereim", "2014–2016"],
                ["Kasserar", "Olav Dagestad", "2015–2017"], ["Skrivar", "Astrid Kvåle", "2014–2016"],
                ["Styremedlem", "Håkon Himle", "2015–2017"], ["Varamedlemer"],
                ["1. vara", "Gudrun Lønne", "2015–2016"], ["2. vara", "Eirik Flatlandsmo", "2015–2016"],
                ["Revisorar"], ["Revisor", "Kari Mjelde", "2015–2016"], ["Revisor", "Jon Rokne", "2015–2016"],
                ["Valnemnd"], ["Leiar", "Torbjørg Hylle", "2015–2016"], ["Medlem", "Arne Gjerme", "2015–2017"],
                ["Medlem", "Silje Bøe", "2015–2017"], ["Husstyret"], ["Leiar", "Lars Ove Hjelle", "2014–2016"],
                ["Medlem", "Nils Tore Fosse", "2015–2017"], ["Medlem", "Margit Saue", "2015–2017"], ["Festnemnda"],
                ["Leiar", "Marte Kindem", "2015–2016"], ["Medlem", "Kjetil Rong", "2015–2016"],
                ["Medlem", "Ane Haugo", "2015–2016"], ["Medlem", "Steinar Nesheim", "2015–2016"]]
    items = [
        ("p", "Årsmelding 2015", {"size": 24, "bold": True}),
        ("p", "Ljosheim ungdomslag, {g:Voss}", {"size": 13}),
        ("p", "Årsmøtet vert halde i ungdomshuset torsdag 18. februar 2016 kl. 19.30."),
        ("bh", "Sakliste"),
        ("ol", "Opning og godkjenning av innkalling og sakliste"),
        ("ol", "Val av møteleiar, skrivar og to til å skrive under protokollen"),
        ("ol", "Årsmelding"),
        ("ol", "Rekneskap og revisjonsmelding"),
        ("ol", "Budsjett og kontingent"),
        ("ol", "Innkomne saker"),
        ("ol", "Val"),
        ("break",),
        ("bh", "Styret si melding"),
        ("p", "Ungdomslaget hadde ved utgangen av året 231 medlemer, 14 fleire enn året før. Styret har hatt "
              "ni styremøte og handsama 47 saker. Laget er medlem i Noregs Ungdomslag og {g:Hordaland} "
              "Ungdomslag."),
        ("p", "Det store løftet i 2015 var nytt golv i storsalen. Arbeidet vart gjort av lokale handverkarar "
              "med hjelp frå dugnadsfolk i to helger i april. Takk til Bjarte Kvarme, som stilte med "
              "maskiner og tok leiinga på dugnaden."),
        ("p", "Laget skipa til fire dansar, ein 17. mai-fest, julebord og juletrefest. Revyen hadde fem "
              "framsyningar med fullt hus, og av billettinntektene gjekk {p:20 prosent|av billettinntektene} "
              "til skulekorpset i bygda."),
        ("p", "Huset har vore leigd ut til konfirmasjonar, minnesamvær og møte i grendalaget. Utleiga auka "
              "med 27 helgedagar frå året før. Husstyret har følgt opp vedlikehaldet og fekk bytt "
              "varmepumpa i storsalen i november."),
        ("p", "Ungdomslaget har samarbeidd med {g:Voss} kommune om ein kulturkveld for nye innbyggjarar, og "
              "med grendalaget om dugnad på leikeplassen. Leiaren i grendalaget, Brita Skjervheim, har vore "
              "ein god samarbeidspart."),
        ("p", "Leikarringen har øvd kvar onsdag frå september til mai under leiing av Helga Ringheim, og "
              "dansa på kulturkvelden og på bygdedagen i juni. Ti nye dansarar kom med i haust, dei fleste "
              "frå ungdomsskulen."),
        ("p", "Barneteatergruppa sette opp eit eige stykke før jul med 16 born på scena. Gruppa vart leidd "
              "av Synnøve Lekve og Tor Arne Mæland, som og skreiv manuset."),
        ("p", "Økonomien i laget er god. Overskotet kjem mest av utleige og revy, og styret vil setje av "
              "pengar til nytt kjøkken i 2016 og 2017. Kontingenten er uendra."),
        ("bh", "Tillitsvalde i 2015"),
        ("p", "Tabellen viser alle som hadde verv i laget i 2015, valde på årsmøtet i februar."),
        ("mtable", officers, {"widths": [4.2, 6.5, 3.5], "repeat_header": True, "gold_rows": False}),
        ("bh", "Rekneskap 2015"),
        ("stmt", res, {"title": "Resultatrekneskap 2015"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2015"}),
        ("p", "Rekneskapen er revidert av Kari Mjelde og Jon Rokne, som rår årsmøtet til å godkjenne han."),
        ("sign", "{g:Voss}, 28. januar 2016",
         [("Sigbjørn Lid", "leiar"), ("Ingebjørg Tvinnereim", "nestleiar"), ("Olav Dagestad", "kasserar"),
          ("Astrid Kvåle", "skrivar"), ("Håkon Himle", "styremedlem")], {"cols": 3}),
    ]
    return {
        "name": "ljosheim-ungdomslag-2015", "year": 2015, "title": "Årsmelding 2015", "lang": "nn",
        "header": "Ljosheim ungdomslag · årsmelding 2015", "footer": "{PAGE}",
        "organization": {"name": "Ljosheim ungdomslag"},
        "ceo": None, "board": board,
        "not_board": ["Kari Mjelde", "Jon Rokne", "Torbjørg Hylle", "Arne Gjerme", "Silje Bøe", "Lars Ove Hjelle",
                      "Nils Tore Fosse", "Margit Saue", "Marte Kindem", "Kjetil Rong", "Ane Haugo",
                      "Steinar Nesheim", "Bjarte Kvarme", "Brita Skjervheim",
                      "Helga Ringheim", "Synnøve Lekve", "Tor Arne Mæland"],
        "items": items,
        "renditions": ["docx", "doc"],
        "notes": "Ungdomslag, nynorsk, Voss (Hordaland) 2015: årsmøte sakliste as a numbered list; every "
                 "tillitsvald in one ruled table with section rows merged across the width (Styret, "
                 "Varamedlemer, Revisorar, Valnemnd, Husstyret, Festnemnda: 'Leiar' under four of them), its "
                 "header row repeating over a page break; no daglig leiar; Rekneskap | Budsjett | Rekneskap "
                 "with dot thousands (budget optional).",
    }


def solbakken_pensjonistforening_2018() -> dict:
    board = [("Randi Sakshaug Holm", "LEDE", None), ("Einar Kvistad", "NEST", None), ("Magne Følstad", "MEDL", None),
             ("Åse Berg Lyngstad", "MEDL", None), ("Kåre Hustad", "MEDL", None), ("Sølvi Utgård", "VARA", None),
             ("Arnfinn Mære", "VARA", None)]
    cols = [Col("2018", 2018), Col("2017", 2017)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2, inc=[("Medlemskontingent", "", [42800, 41200]), ("Tilskudd fra kommunen", "", [15000, 15000]),
                      ("Turer og arrangement", "", [96450, 88300]), ("Loddsalg", "", [18760, 20140])],
        cost=[("Turer og arrangement", "", [91220, 85980]), ("Husleie", "", [12000, 12000]),
              ("Kontingent til forbundet", "", [10700, 10300]), ("Gaver og blomster", "", [4860, 5320]),
              ("Porto, rekvisita og bank", "", [3180, 2870])],
        fin=[("Renteinntekter", "", [640, 710])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
                "op": None, "fin": None, "net_fin": None, "result": "Årets overskudd"}))
    items = [
        ("p", "Årsberetning 2018", {"size": 22, "bold": True}),
        ("p", "for perioden 1. januar – 31. desember 2018"),
        ("sidebar", [("bh", "Kort om foreningen"), ("p", "Stiftet 1979"), ("p", "214 medlemmer per 31.12.2018"),
                     ("p", "11 medlemsmøter, 4 turer"), ("p", "Møtested: Samfunnshuset på {g:Sakshaug}")],
         {"width_pt": 150, "height_pt": 130}),
        ("bh", "Styret har i 2018 bestått av"),
        ("multicell", [[["Leder", "Nestleder", "Kasserer", "Sekretær", "Styremedlem", "Varamedlem", "Varamedlem"],
                        ["Randi Sakshaug Holm", "Einar Kvistad", "Magne Følstad", "Åse Berg Lyngstad", "Kåre Hustad",
                         "Sølvi Utgård", "Arnfinn Mære"],
                        ["tlf. 957 31 204", "tlf. 412 88 130", "tlf. 906 12 775", "tlf. 988 40 311",
                         "tlf. 472 15 906", "tlf. 930 66 218", "tlf. 414 73 052"]]], {"widths": [3.6, 6.0, 4.0]}),
        ("fnp", "Magne Følstad ble valgt som kasserer på ekstraordinært årsmøte i oktober.",
         [("i oktober", "Oddvar Hegge var kasserer til han døde i august. Styret minnes ham med takk.")]),
        ("p", "Revisorer: Bjørg Rein og Trygve Mo. Valgkomité: Liv Sundli (leder), Petter Hynne og Gerd Kolstad."),
        ("bh", "Aktiviteter"),
        ("p", "Foreningen har hatt møte den andre tirsdagen i måneden, med kaffe, loddsalg og et kåseri eller "
              "underholdning. Blant gjestene var sokneprest Hans Jakob Vold, som fortalte om kirkene i "
              "{g:Inderøy}, og trekkspillklubben fra {g:Straumen}."),
        ("p", "Sommerturen gikk til {g:Røros} med overnatting, og høstturen til {g:Levanger} og "
              "{g:Stiklestad}. Dagsturene i mai og september var fullbooket. I gjennomsnitt møtte "
              "{p:38 prosent|møtte} av medlemmene på medlemsmøtene."),
        ("p", "Foreningen har i år fått 19 nye medlemmer. Sju medlemmer er gått bort, og vi minnes dem med "
              "takknemlighet."),
        ("bh", "Samarbeid"),
        ("p", "Leder har representert foreningen i eldrerådet i {g:Inderøy} kommune, der Tor Olav Kjesbu er "
              "leder. Foreningen er med i Pensjonistforbundet {g:Trøndelag}, som fra 1. januar 2018 er felles "
              "for hele fylket."),
        ("bh", "Regnskap"),
        ("mlstmt", res, {"title": "Regnskap 2018"}),
        ("p", "Foreningen hadde 61 412 kroner på bankkonto per 31.12.2018, mot 58 738 kroner året før."),
        ("sign", "{g:Inderøy}, 29. januar 2019",
         [("Randi Sakshaug Holm", "leder"), ("Einar Kvistad", "nestleder"), ("Magne Følstad", "kasserer"),
          ("Åse Berg Lyngstad", "sekretær"), ("Kåre Hustad", "styremedlem")], {"cols": 3}),
    ]
    return {
        "name": "solbakken-pensjonistforening-2018", "year": 2018, "title": "Årsberetning 2018",
        "header": "Solbakken pensjonistforening", "header_align": "center",
        "organization": {"name": "Solbakken pensjonistforening", "founded_year": 1979},
        "ceo": None, "board": board, "board_optional": ["Oddvar Hegge"], "not_places": ["Randi Sakshaug Holm"],
        "not_board": ["Bjørg Rein", "Trygve Mo", "Liv Sundli", "Petter Hynne", "Gerd Kolstad", "Hans Jakob Vold",
                      "Tor Olav Kjesbu"],
        "items": items,
        "renditions": ["docx", "doc"],
        "notes": "Pensjonistforening, bokmål, Inderøy (Trøndelag) 2018: the name only in the page header; a fact "
                 "box in a text box; the board in a borderless table of three cells each holding seven lines "
                 "(roles, names, phones); a footnote naming the kasserer who died in August (optional); "
                 "revisorer and valgkomité in one line; regnskap with several lines per cell, 'Årets overskudd'.",
    }


REPORTS = [graberget_leirsted_2012, ljosheim_ungdomslag_2015, solbakken_pensjonistforening_2018]
