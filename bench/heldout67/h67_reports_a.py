"""Three of the sixty-seventh set's reports: an idrettslag's årsmøtepapirer (bokmål), a båtlag's
årsmelding (nynorsk) and a sogelag's årsmelding (nynorsk). Organisations, people and figures are
invented; places are real and valid in the report's year."""
from __future__ import annotations

from h67_figures import carried, line_value, printed
from h67_word import Tabbed
from heldout_finance import BUDGET, Col, Statement, balance, income

# ---------- Rognlia Idrettslag, Ringsaker (Innlandet), årsmøtepapirer 2023 for 2022 ----------

def rognlia_il_2022() -> dict:
    cols = [Col("Regnskap 2022", 2022), Col("Budsjett 2022", 2022, BUDGET), Col("Regnskap 2021", 2021)]
    inc = [("Medlemskontingent", "", [123600, 120000, 117250]),
           ("Treningsavgifter", "", [214350, 220000, 198900]),
           ("Offentlige tilskudd", "2", [187420, 150000, 164880]),
           ("Sponsorinntekter", "", [96000, 110000, 88500]),
           ("Arrangement og kiosk", "", [142775, 130000, 61230]),
           ("Dugnadsinntekter", "", [58400, 60000, 52000])]
    cost = [("Trenere og instruktører", "3", [148200, 150000, 139700]),
            ("Anlegg, løyper og lysløype", "", [176430, 165000, 158920]),
            ("Utstyr og drakter", "", [84615, 90000, 71330]),
            ("Startkontingenter og reiser", "", [97880, 105000, 54210]),
            ("Arrangementskostnader", "", [61940, 55000, 28760]),
            ("Forsikring og kontingenter", "", [38250, 38000, 36900]),
            ("Avskrivninger", "4", [45000, 45000, 45000]),
            ("Andre driftskostnader", "", [27315, 30000, 24880])]
    fin = [("Renteinntekter", "", [4812, 1500, 1106])]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
              "fin": None, "net_fin": None}
    lines = income("nb", 3, inc, cost, fin, labels=labels)
    result = [line_value(lines, "Årsresultat", c) for c in (0, 2)]
    st = Statement("Resultatregnskap 2022", cols, lines, note_col="Note", render="ruled")
    opening = carried(612480, result)
    bal_lines = balance(
        "nb", 2,
        fixed=[("Klubbhus og lysløype", "4", [315000, 360000])],
        current=[("Kundefordringer", "", [12400, 8750]), ("Bankinnskudd", "", "plug")],
        equity=[("Egenkapital pr. 1.1.", "", opening), ("Årets resultat", "", result)],
        long=[],
        short=[("Leverandørgjeld", "", [18300, 22140]), ("Skyldige offentlige avgifter", "", [9870, 7650]),
               ("Forskuddsbetalt treningsavgift", "", [24000, 0])],
        labels={"eq_debt": None, "debt": None})
    bal = Statement("Balanse pr. 31.12.2022", [Col("31.12.2022", 2022), Col("31.12.2021", 2021)], bal_lines,
                    note_col="Note", render="ruled")
    res = printed(st, "Årsresultat", 0)
    res_budget = printed(st, "Årsresultat", 1)
    equity = printed(bal, "Sum egenkapital", 0)
    board = [("Kari Anne Løvlien", "LEDE", None), ("Trond Hagebakken", "NEST", None),
             ("Mona Stensrud", "MEDL", None), ("Eirik Sæther Nordby", "MEDL", None),
             ("Lene Bakkom", "MEDL", None), ("Håvard Tollefsrud", "MEDL", None),
             ("Per Ivar Tangen", "VARA", None)]
    items = [
        ("cover", [("Rognlia Idrettslag", {"size": 26, "bold": True, "before": 150}),
                   ("Stiftet 1946", {"size": 11, "italic": True}),
                   ("ÅRSMØTEPAPIRER 2023", {"size": 18, "bold": True, "before": 70}),
                   ("Årsberetning og regnskap for 2022", {"size": 13}),
                   ("Årsmøtet holdes torsdag 16. mars 2023 kl. 19.00 i klubbhuset på {g?:Rognlia}",
                    {"size": 11, "before": 40}),
                   ("Postboks 41, 2391 {g:Moelv}  ·  post@rognlia-il.no  ·  www.rognlia-il.no",
                    {"size": 9, "before": 230})]),
        ("h", 1, "Innkalling og saksliste"),
        ("p", "Medlemmene innkalles med dette til ordinært årsmøte torsdag 16. mars 2023 kl. 19.00 i klubbhuset. "
              "Saksdokumentene ligger på hjemmesiden og i klubbhuset fra 9. mars. Stemmerett har medlemmer som har "
              "fylt 15 år, har vært medlem i minst én måned og har betalt kontingenten."),
        ("ol", ["Godkjenne de stemmeberettigede",
                "Velge dirigent, protokollfører og to medlemmer til å underskrive protokollen",
                "Godkjenne innkallingen, saklisten og forretningsorden",
                "Behandle årsberetningen for 2022",
                "Behandle regnskapet for 2022 i revidert stand og kontrollutvalgets beretning",
                "Behandle forslag og saker",
                "Fastsette medlemskontingent og treningsavgift for 2024",
                "Vedta budsjett for 2023",
                "Foreta valg"]),
        ("p", "{g:Moelv}, 20. februar 2023", {"keep": True}),
        ("p", "Styret"),
        ("break",),
        ("h", 1, "Sak 4 Årsberetning for 2022"),
        ("h", 2, "Tillitsvalgte"),
        ("p", "Årsmøtet 24. mars 2022 ble ledet av Gunnar Bøhn, med Marit Skaugrud som protokollfører. "
              "Valgene ble slik (valgperioden i parentes):"),
        ("ol", ["Leder: **Kari Anne Løvlien** – gjenvalg (2 år)",
                "Nestleder: **Trond Hagebakken** – ikke på valg",
                "Kasserer: **Mona Stensrud** – ny (2 år), etter Arild Kolstad, som ikke tok gjenvalg",
                "Sekretær: **Eirik Sæther Nordby** – gjenvalg (1 år)",
                "Styremedlem, barne- og ungdomsansvarlig: **Lene Bakkom** – ikke på valg",
                "Styremedlem: **Håvard Tollefsrud** – ny (2 år)",
                "Varamedlem: **Per Ivar Tangen** – ny (1 år)"]),
        ("p", "Kontrollutvalget har bestått av Hans Olav Brenden og Synnøve Myhr, med Gudmund Strand som "
              "varamedlem. Valgkomiteen har vært Randi Holm (leder), Ole Kristian Sve og Tone Fjeld."),
        ("h", 2, "Styrets arbeid"),
        ("p", "Styret har hatt 10 styremøter og behandlet 71 saker. Leder og kasserer har i tillegg møtt i "
              "idrettsrådet i {g:Ringsaker} og på tinget til {g:Innlandet} idrettskrets. Gruppene har egne "
              "oppmenn som rapporterer til styret, men ikke egne styrer."),
        ("h", 2, "Medlemmer"),
        ("p", "Idrettslaget hadde 412 medlemmer ved utgangen av 2022, mot 389 året før. Det er en økning på "
              "{p:5,9 %|økning}. Om lag {p:43 prosent|under 20 år} av medlemmene er under 20 år."),
        ("h", 2, "Aktiviteten i 2022"),
        ("li", ["**Ski:** Lysløypa var åpen fra 4. januar til 27. mars. 38 barn deltok på skiskolen, og "
                "klubbmesterskapet samlet 61 løpere. Tre juniorer gikk renn i Norgescupen på {g:Lillehammer} "
                "og {g:Gjøvik}.",
                "**Fotball:** Sju lag i seriespill, fra 7 til 16 år. Kunstgressbanen var i bruk "
                "{p:92 %|kunstgressbanen} av de tilgjengelige timene fra april til oktober.",
                "**Allidrett:** 24 barn fra 5 til 8 år, annenhver lørdag i gymsalen på {g:Brøttum}.",
                "**Rognliløpet** 11. september samlet 214 deltakere, det høyeste tallet siden 2016."]),
        ("h", 2, "Økonomi"),
        ("p", f"Regnskapet viser et årsresultat på {res} kroner, mot et budsjettert resultat på {res_budget} "
              "kroner. Avviket skyldes særlig høyere offentlige tilskudd og god omsetning i kiosken. "
              f"Egenkapitalen er {equity} kroner ved årets slutt. Styret foreslår at overskuddet overføres til "
              "egenkapitalen og settes av til ny løypemaskin."),
        ("h", 2, "Takk"),
        ("p", "Styret takker alle trenere, lagledere og foreldre for innsatsen. En særlig takk til Arild Kolstad, "
              "som gikk ut av styret etter seks år som kasserer, og til Jon Erik Kvisler, som har kjørt "
              "løypemaskinen hele vinteren. Takk også til {g:Ringsaker kommune|Ringsaker} og til sponsorene våre."),
        ("p", "{g:Moelv}, 20. februar 2023", {"keep": True}),
        ("p", "For styret\nKari Anne Løvlien (sign.)\nleder"),
        ("break",),
        ("h", 1, "Sak 5 Regnskap for 2022"),
        ("p", "Regnskapet er ført av kassereren og revidert av revisor Tor Einar Brattbakk. "
              "Alle beløp er i hele kroner."),
        ("stmt", st, {"title": "Resultatregnskap 2022"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2022"}),
        ("h", 2, "Noter til regnskapet"),
        ("p", "**Note 1 Regnskapsprinsipper.** Regnskapet er satt opp etter idrettens regnskapsbestemmelser for "
              "små organisasjonsledd. Inntekter og kostnader er periodisert."),
        ("p", "**Note 2 Offentlige tilskudd.**", {"keep": True}),
        ("table", [["Tilskudd", "2022", "2021"],
                   ["Lokale aktivitetsmidler", "61 420", "58 880"],
                   ["Kommunalt driftstilskudd", "70 000", "70 000"],
                   ["Momskompensasjon", "56 000", "36 000"],
                   ["Sum", "187 420", "164 880"]], {"ruled": True, "widths": [7.0, 2.6, 2.6], "size": 9.5}),
        ("p", "**Note 3 Trenere og instruktører.** Godtgjørelsen er innberettet. Ingen i styret har fått honorar."),
        ("p", "**Note 4 Klubbhus og lysløype.** Anlegget avskrives lineært med 45 000 kroner per år."),
        ("h", 2, "Kontrollutvalgets beretning"),
        ("p", "Kontrollutvalget har gått gjennom styrets protokoller, regnskapet for 2022 og revisors beretning. "
              "Vi har ingen merknader og anbefaler at årsmøtet godkjenner regnskapet."),
        ("tabs", [["{g:Moelv}, 1. mars 2023", ""], ["Hans Olav Brenden", "Synnøve Myhr"]],
         {"stops": [(8.5, "left")]}),
        ("h", 1, "Sak 8 Budsjett for 2023"),
        ("p", "Styrets forslag til budsjett for 2023 har inntekter på 815 000 kroner og kostnader på "
              "742 000 kroner. Forslaget ligger som vedlegg."),
        ("h", 1, "Sak 9 Valg"),
        ("p", "Valgkomiteens innstilling:", {"keep": True}),
        ("table", [["Verv", "Navn", "Merknad"],
                   ["Leder", "Kari Anne Løvlien", "ikke på valg"],
                   ["Nestleder", "Trond Hagebakken", "gjenvalg for 2 år"],
                   ["Kasserer", "Mona Stensrud", "ikke på valg"],
                   ["Sekretær", "Ingrid Sørbøl", "ny for 2 år"],
                   ["Styremedlem", "Lene Bakkom", "gjenvalg for 2 år"],
                   ["Styremedlem", "Håvard Tollefsrud", "ikke på valg"],
                   ["Varamedlem", "Per Ivar Tangen", "gjenvalg for 1 år"],
                   ["Kontrollutvalg", "Hans Olav Brenden og Synnøve Myhr", "gjenvalg for 2 år"],
                   ["Revisor", "Tor Einar Brattbakk", "gjenvalg for 1 år"]],
         {"ruled": True, "widths": [3.6, 6.6, 4.2], "size": 9.5}),
        ("p", "Eirik Sæther Nordby har bedt om avløsning som sekretær."),
        ("p", "Valgkomiteen: Randi Holm, Ole Kristian Sve, Tone Fjeld", {"italic": True}),
    ]
    return {
        "name": "rognlia-il-2022", "lang": "nb", "year": 2022,
        "title": "Årsmøtepapirer 2023", "author": "Eirik",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "1B4D2E",
        "header": "Rognlia Idrettslag  ·  Årsmøte 2023", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Rognlia Idrettslag", "founded_year": 1946, "address": "Postboks 41, 2391 Moelv",
                         "email": "post@rognlia-il.no", "website": "www.rognlia-il.no"},
        "ceo": None, "board": board, "items": items, "renditions": ["docx", "pdf"],
        "not_board": ["Gunnar Bøhn", "Marit Skaugrud", "Arild Kolstad", "Hans Olav Brenden", "Synnøve Myhr",
                      "Gudmund Strand", "Randi Holm", "Ole Kristian Sve", "Tone Fjeld", "Jon Erik Kvisler",
                      "Tor Einar Brattbakk", "Ingrid Sørbøl"],
        "notes": "Idrettslag, bokmål. The organisation's name only on the cover and in the running header. "
                 "Board only as the 2022 årsmøte's election record in a numbered list (gjenvalg / ny / ikke på "
                 "valg); kasserer and sekretær are MEDL. The valgkomité's innstilling for 2023 names a new "
                 "sekretær who is not on the 2022 board. Note column; Regnskap | Budsjett | Regnskap i fjor "
                 "in whole kroner (budget optional).",
    }


# ---------- Kvernavika Båtlag, Bømlo (Hordaland), årsmelding 2008 ----------

def kvernavika_batlag_2008() -> dict:
    cols = [Col("Rekneskap 2008", 2008), Col("Budsjett 2008", 2008, BUDGET), Col("Rekneskap 2007", 2007)]
    inc = [("Hamneleige", "", [412300, 405000, 379650]),
           ("Medlemskontingent", "", [43800, 43500, 42300]),
           ("Innskot nye plassar", "", [84000, 70000, 28000]),
           ("Slipp og kran", "", [18900, 15000, 16450]),
           ("Straum, vidarefakturert", "", [31270, 34000, 33980]),
           ("Kommunalt tilskot", "", [15000, 0, 0])]
    cost = [("Vedlikehald bryggjer og slipp", "", [196410, 210000, 221760]),
            ("Straum", "", [38640, 42000, 41220]),
            ("Forsikring", "", [27900, 28000, 26300]),
            ("Grunnleige", "", [60000, 60000, 60000]),
            ("Avskriving bryggjer", "", [46000, 46000, 38000]),
            ("Redningsutstyr og skilt", "", [21380, 20000, 4250]),
            ("Kontor, porto og bank", "", [9470, 10000, 8830]),
            ("Årsmøte og dugnad", "", [12650, 12000, 11400])]
    fin = [("Renteinntekter", "", [7820, 6000, 9140]), ("Rentekostnader lån", "", [-6930, -8000, 0])]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
              "fin": "Finanspostar", "net_fin": None}
    lines = income("nn", 3, inc, cost, fin, labels=labels)
    result = [line_value(lines, "Årsresultat", c) for c in (0, 2)]
    style = {"thousands": ".", "text_width": 16.0, "step": 3.4}
    st = Tabbed("Driftsrekneskap 2008", cols, lines, render="tabs", label_header="", **style)
    bal = Tabbed("Balanse pr. 31.12.2008", [Col("31.12.2008", 2008), Col("31.12.2007", 2007)], balance(
        "nn", 2,
        fixed=[("Bryggjer og slipp", "", [612000, 418000])],
        current=[("Uteståande hamneleige", "", [8400, 5100]), ("Bankinnskot", "", "plug")],
        equity=[("Eigenkapital 1.1.", "", carried(486200, result)), ("Overført frå driftsrekneskapen", "", result)],
        long=[("Lån bryggje C", "", [171000, 0])],
        short=[("Skuldige kostnader", "", [14200, 11850]), ("Forskotsbetalt hamneleige", "", [36000, 31500])],
        labels={"eq_debt": "Eigenkapital og gjeld", "debt": None}), render="tabs", **style)
    budget_lines = income("nn", 2,
                          [(label, note, [b, a]) for (label, note, (a, _, _)), b in
                           zip(inc, [428000, 44000, 42000, 18000, 33000, 0])],
                          [(label, note, [b, a]) for (label, note, (a, _, _)), b in
                           zip(cost, [190000, 40000, 29000, 60000, 46000, 8000, 10000, 13000])],
                          [(label, note, [b, a]) for (label, note, (a, _, _)), b in zip(fin, [6000, -12000])],
                          labels=labels)
    budget = Tabbed("Budsjett 2009", [Col("Budsjett 2009", 2009, BUDGET), Col("Rekneskap 2008", 2008)],
                    budget_lines, render="tabs", **style)
    res = printed(st, "Årsresultat", 0)
    board = [("Sigve Tveit", "LEDE", None), ("Marta Økland", "NEST", None),
             ("Odd Bjarne Sælensminde", "MEDL", None), ("Torbjørn Mjelde", "MEDL", None),
             ("Ingvild Hovland", "MEDL", None), ("Helge Eide", "VARA", None)]
    items = [
        ("cover", [("Kvernavika Båtlag", {"size": 24, "bold": True, "before": 120}),
                   ("Årsmelding 2008", {"size": 18, "before": 50}),
                   ("Rekneskap 2008 og budsjett 2009", {"size": 13}),
                   ("Årsmøte torsdag 19. februar 2009 kl. 19.30 på Lagshuset", {"size": 11, "before": 60}),
                   ("Stifta 1974  ·  Postboks 23, 5437 Finnås  ·  kvernavika.batlag@online.no",
                    {"size": 9, "before": 260})]),
        ("h", 1, "Årsmelding 2008"),
        ("h", 2, "Tillitsvalde"),
        ("p", "Årsmøtet 21. februar 2008 vart halde på Lagshuset med 34 frammøtte medlemer. Jon Gjerde vart vald "
              "til møteleiar. Valet gav dette resultatet: attval av leiar Sigve Tveit for 2 år; ny nestleiar Marta "
              "Økland for 2 år, etter Leif Olav Vorland, som bad om fritak; attval av kasserar Odd Bjarne "
              "Sælensminde for 1 år; ny varamedlem Helge Eide for 1 år. Ikkje på val var hamnesjef Torbjørn "
              "Mjelde og skrivar Ingvild Hovland."),
        ("p", "Kontrollkomiteen har vore Arne Thue og Solveig Lie. Valnemnda har vore Kjell Rolf Haugland og "
              "Berit Færøy. Revisor er Nils Petter Bjelland."),
        ("h", 2, "Medlemer og hamn"),
        ("p", "Laget hadde 146 medlemer ved årsskiftet, mot 141 året før. Hamna har 118 båtplassar, og 109 av "
              "dei var utleigde ved årsskiftet, det vil seie om lag {p:92 prosent|båtplassar}. Ventelista hadde "
              "11 namn."),
        ("p", "Hamneleiga vart auka med {p:5 %|hamneleiga} frå 1. april, slik årsmøtet vedtok."),
        ("h", 2, "Arbeidet i året"),
        ("p", "Styret har hatt 8 møte og handsama 42 saker. Den nye flytebryggja (bryggje C) med 14 plassar vart "
              "lagd ut i mai. Ho er finansiert med innskot frå nye plasshaldarar og eit lån på 180.000 kroner, "
              "som skal betalast ned over 20 år. Slippen vart nytta 63 gonger."),
        ("p", "Straumforbruket på bryggjene gjekk ned med {p:11 %|straumforbruket} etter at det vart sett opp "
              "målarar på kvar bryggje. {g:Bømlo kommune|Bømlo} gav 15.000 kroner i tilskot til redningsutstyr, "
              "og det er no livbøyer og stigar på alle bryggjene."),
        ("p", "Fellesturen gjekk 14. juni til {g:Rubbestadneset} og vidare til {g:Stord}, med 11 båtar. Leiaren "
              "og hamnesjefen var med på regionmøtet til båtforbundet i {g:Bergen} i oktober, der "
              "hamnereglar og miljøkrav i {g:Hordaland} var tema."),
        ("p", "Styret takkar Bjarne Langeland, som sveisa nye landgangar på dugnad, og alle som stilte på "
              "vårdugnaden og haustdugnaden."),
        ("h", 1, "Rekneskap 2008"),
        ("p", f"Driftsrekneskapen viser eit årsresultat på {res} kroner. Alle tal er i heile kroner."),
        ("stmt", st, {"title": "Driftsrekneskap"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2008"}),
        ("stmt", budget, {"title": "Budsjett 2009"}),
        ("p", "Styret gjer framlegg om at hamneleiga og kontingenten står uendra i 2009."),
        ("h", 1, "Val"),
        ("p", "Valnemnda gjer dette framlegget til årsmøtet 2009: leiar Sigve Tveit og nestleiar Marta Økland er "
              "ikkje på val. Attval av hamnesjef Torbjørn Mjelde og skrivar Ingvild Hovland for 2 år. Ny kasserar "
              "Randi Vikse for 2 år, då Odd Bjarne Sælensminde ikkje tek attval. Attval av varamedlem Helge Eide "
              "for 1 år. Kontrollkomiteen: attval av Arne Thue og Solveig Lie."),
        ("p", "{g:Svortland}, 28. januar 2009", {"keep": True}),
        ("p", "For styret: Sigve Tveit"),
    ]
    return {
        "name": "kvernavika-batlag-2008", "lang": "nn", "year": 2008,
        "title": "Årsmelding 2008", "author": "Ingvild",
        "font": "DejaVu Sans", "body_pt": 10, "margin_mm": 25,
        "header": "Kvernavika Båtlag – årsmøtepapir 2009", "header_align": "left",
        "footer": "Side {PAGE}",
        "organization": {"name": "Kvernavika Båtlag", "founded_year": 1974, "address": "Postboks 23, 5437 Finnås",
                         "email": "kvernavika.batlag@online.no"},
        "ceo": None, "board": board, "items": items, "renditions": ["doc", "pdf"],
        "places_optional": ["Finnås"],
        "not_board": ["Jon Gjerde", "Leif Olav Vorland", "Arne Thue", "Solveig Lie", "Kjell Rolf Haugland",
                      "Berit Færøy", "Nils Petter Bjelland", "Bjarne Langeland", "Randi Vikse"],
        "notes": "Båtlag, nynorsk. The name only on the cover and in the running header. Board only as one "
                 "paragraph of the 2008 årsmøte's election record ('attval av leiar …', 'ny nestleiar …', "
                 "'Ikkje på val var hamnesjef … og skrivar …'); hamnesjef, kasserar and skrivar are MEDL; no "
                 "dagleg leiar. The valnemnd's proposal for 2009 names a new kasserar. Tab-stop statements "
                 "with dot thousands; Rekneskap | Budsjett | Rekneskap i fjor and a 2009 budget (budgets optional).",
    }


# ---------- Fjæreide sogelag, Vik (Sogn og Fjordane), årsmelding 1997 ----------

def fjaereide_sogelag_1997() -> dict:
    cols = [Col("1997", 1997), Col("1996", 1996)]
    inc = [("Medlemspengar", "", [18700, 17300]),
           ("Sal av årsskrift", "", [61350, 57900]),
           ("Tilskot frå kommunen", "", [8000, 8000]),
           ("Tilskot frå fylket", "", [5000, 0]),
           ("Kulturvandring og møte", "", [3420, 2870]),
           ("Renter", "", [2184, 2506])]
    cost = [("Trykking av årsskrift", "", [48600, 45200]),
            ("Porto og rekvisita", "", [4215, 3880]),
            ("Møte og arrangement", "", [3960, 4410]),
            ("Fotoinnsamling", "", [6830, 0]),
            ("Gåver og tilskot", "", [5000, 1500]),
            ("Kontingent til landslaget", "", [600, 600])]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
              "op": None, "result": "Overskot"}
    lines = income("nn", 2, inc, cost, labels=labels)
    result = [line_value(lines, "Overskot", c) for c in (0, 1)]
    style = {"kroner": True, "dots": True, "text_width": 15.4, "step": 3.0}
    st = Tabbed("Rekneskap 1997", cols, lines, render="tabs", **style)
    bal = Tabbed("Status 31.12.1997", [Col("31.12.97", 1997), Col("31.12.96", 1996)], balance(
        "nn", 2, fixed=[],
        current=[("Kontantkasse", "", [1240, 860]), ("Lager av årsskrift", "", [9600, 8400]),
                 ("Bankinnskot", "", "plug")],
        equity=[("Eigenkapital 1.1.", "", carried(96410, result)), ("Overskot i året", "", result)],
        long=[], short=[("Skuldig trykkeriet", "", [6200, 0])],
        labels={"assets": None, "current": None, "sum_current": None, "eq_debt": None, "equity": None,
                "debt": None, "short": "Gjeld", "sum_debt": None}), render="tabs", **style)
    board = [("Brita Ness", "LEDE", None), ("Per Håvard Hove", "NEST", None), ("Sigrid Kvåle", "MEDL", None),
             ("Jostein Tenold", "MEDL", None), ("Kari Seim", "MEDL", None),
             ("Anders Fosse", "VARA", None), ("Ingebjørg Hopperstad", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding for 1997"),
        ("p", "Laget hadde ved utgangen av året 187 medlemer, 14 fleire enn året før. Det er ein auke på "
              "{p:8 prosent|medlemer}."),
        ("h", 2, "Årsmøtet og val"),
        ("p", "Årsmøtet vart halde på {g:Vik} samfunnshus 13. mars 1997 med 41 frammøtte. Møteleiar var "
              "Olav Nesheim. Etter framlegg frå valnemnda vart valet slik:"),
        ("table", [["Verv", "Namn", "Merknad"],
                   ["Leiar", "Brita Ness", "attval, 1 år"],
                   ["Nestleiar", "Per Håvard Hove", "ikkje på val"],
                   ["Skrivar", "Sigrid Kvåle", "ny, 2 år"],
                   ["Kasserar", "Jostein Tenold", "ny, 2 år"],
                   ["Styremedlem", "Kari Seim", "ikkje på val"],
                   ["Varamedlem", "Anders Fosse", "attval, 1 år"],
                   ["Varamedlem", "Ingebjørg Hopperstad", "ny, 1 år"]],
         {"ruled": False, "widths": [3.4, 5.6, 3.6], "header_bold": False, "size": 10}),
        ("p", "Lars Fjærestad (kasserar) og Anna Seljeset (skrivar) gjekk ut av styret etter fire år. Årsmøtet "
              "takka dei for godt arbeid."),
        ("p", "Revisorar har vore Nils Ove Hamre og Torbjørg Grinde. Valnemnda: Arne Ramstad, Margit Flatebø og "
              "Johannes Tistel."),
        ("h", 2, "Styrearbeidet"),
        ("p", "Styret har hatt 7 møte og handsama 38 saker. Skrivaren har ført møtebok, og kasseraren har hatt "
              "ansvar for sal og utsending av årsskriftet."),
        ("h", 2, "Årsskriftet"),
        ("p", "Årsskriftet nr. 14 kom ut i november i 600 eksemplar. Redaksjonsnemnda har vore Ola Støyva "
              "(redaktør), Gunvor Brekke og Knut Stadheim. Skriftet vart selt i butikkane på {g:Vikøyri}, i "
              "{g:Feios} og i {g:Fresvik} og på julemarknaden. Ved årsskiftet var om lag "
              "{p:70 prosent|opplaget} av opplaget selt."),
        ("h", 2, "Andre tiltak"),
        ("li", ["Kulturvandring til støylane i {g:Arnafjorden} 29. juni, med 56 deltakarar. Sjur Bøthun fortalde "
                "om stølsdrifta før krigen.",
                "Fotoinnsamling: 212 gamle bilete er avfotograferte og registrerte saman med fylkesarkivet i "
                "{g:Sogn og Fjordane}.",
                "Laget gav 5 000 kroner til nytt tak på kvernhuset i {g?:Seimsdalen}.",
                "Medlemsmøte i {g:Fresvik} 14. november om den gamle ferjeruta til {g:Balestrand}, med Leiv "
                "Fimreite som innleiar."]),
        ("h", 2, "Minneord"),
        ("p", "Johannes Hopstock døydde i august, 84 år gamal. Han var med og skipa laget i 1978 og var leiar dei "
              "første ti åra. Vi lyser fred over minnet hans."),
        ("h", 2, "Rekneskap"),
        ("stmt", st, {"title": "Rekneskap 1997", "level": 3}),
        ("stmt", bal, {"title": "Status 31.12.1997", "level": 3}),
        ("p", "Rekneskapen er revidert utan merknader."),
        ("tabs", [["{g:Vik} i {g?:Sogn}, 20. februar 1998", ""], ["Brita Ness", "Sigrid Kvåle"],
                  ["leiar", "skrivar"]], {"stops": [(9.0, "left")]}),
    ]
    return {
        "name": "fjaereide-sogelag-1997", "lang": "nn", "year": 1997,
        "title": "Årsmelding 1997", "author": "Sigrid",
        "font": "DejaVu Serif", "body_pt": 11, "margin_mm": 25,
        "header": "Fjæreide sogelag", "header_align": "left",
        "organization": {"name": "Fjæreide sogelag", "founded_year": 1978},
        "ceo": None, "board": board, "items": items, "renditions": ["doc", "pdf"],
        "not_board": ["Olav Nesheim", "Lars Fjærestad", "Anna Seljeset", "Nils Ove Hamre", "Torbjørg Grinde",
                      "Arne Ramstad", "Margit Flatebø", "Johannes Tistel", "Ola Støyva", "Gunvor Brekke",
                      "Knut Stadheim", "Sjur Bøthun", "Leiv Fimreite", "Johannes Hopstock"],
        "notes": "Sogelag, nynorsk, 1997. No cover: the name is printed only in the running header. Board as "
                 "the årsmøte's election table Verv | Namn | Merknad (attval / ny / ikkje på val), unruled; "
                 "skrivar and kasserar MEDL; two members who left, the founder who died, redaksjonsnemnd, "
                 "revisorar and valnemnd are not board. Tab-stop statement with dot leaders and ',-'.",
    }


REPORTS = [rognlia_il_2022, kvernavika_batlag_2008, fjaereide_sogelag_1997]
