"""Reports of the fifty-third held-out set (a measuring set): a velforening, an IKS and a
stiftelse. Invented names and figures; real places valid in the report's year."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Line, Statement, balance, income
from h3_render import Kroner
from h53_fin import add, detail, head, kr, line, total


def bjonnasen_vel_2010() -> dict:
    """A velforening's årsberetning in the shape of the årsmøte papers: innkalling, the board as a
    Funksjon | Navn | Adresse table with one label over several names, lay auditors, a short
    Inntekter/Utgifter account beside the budget, valgkomiteens innstilling."""
    cols = [Col("Regnskap 2010", 2010), Col("Budsjett 2010", 2010, BUDGET), Col("Regnskap 2009", 2009)]
    inc = [("Medlemskontingent", "", [52_800, 54_000, 51_600]),
           ("Tilskudd veilys fra kommunen", "", [18_400, 18_000, 17_900]),
           ("Utleie av telt og bord", "", [3_150, 2_500, 2_700]),
           ("Renteinntekter", "", [1_964, 2_000, 2_418])]
    cost = [("Strøm veilys", "", [24_917, 22_000, 20_385]),
            ("Vedlikehold veilys", "", [8_760, 10_000, 4_230]),
            ("Brøyting og strøing", "", [21_500, 21_000, 19_750]),
            ("Sommerfest og juletrefest", "", [6_842, 7_000, 7_115]),
            ("Forsikring", "", [2_480, 2_500, 2_390]),
            ("Kontor, porto og gebyrer", "", [1_276, 1_500, 1_488])]
    lines = income("nb", 3, inc, cost, labels={"inc": "Inntekter", "sum_inc": "Sum inntekter",
                                                "cost": "Utgifter", "sum_cost": "Sum utgifter",
                                                "op": None, "result": "Årets resultat"})
    result = line(lines, "Årets resultat").values
    st = Kroner("Resultatregnskap 2010", cols, lines, render="unruled", label_header="")
    bank = [[61_302, 58_841], [40_000, 40_000]]
    assets = add(*bank)
    eq_open = [round(a - r, 2) for a, r in zip(assets, [result[0], result[2]])]
    bal = Kroner("Balanse pr. 31.12.2010", [Col("31.12.2010", 2010), Col("31.12.2009", 2009)], [
        head("Eiendeler", 2),
        detail("Bank, brukskonto", bank[0]),
        detail("Bank, sparekonto", bank[1]),
        total("Sum eiendeler", assets),
        head("Egenkapital", 2),
        detail("Egenkapital 1.1.", eq_open),
        detail("Årets resultat", [result[0], result[2]]),
        total("Sum egenkapital", assets)], render="unruled", label_header="")
    surplus = "overskudd" if result[0] >= 0 else "underskudd"
    items = [
        ("h", 1, "Bjønnåsen Vel"),
        ("p", "Innkalling til årsmøte torsdag 17. mars 2011 kl. 19.00 i gymsalen på {g:Rotnes} skole", {"size": 12}),
        ("p", "Alle husstander i området ønskes velkommen. Hver husstand som har betalt kontingent for 2010 har én "
              "stemme. Forslag som ønskes behandlet må være styret i hende innen 3. mars."),
        ("bh", "Dagsorden"),
        ("ol", "Åpning, valg av møteleder og referent"),
        ("ol", "Godkjenning av innkalling og dagsorden"),
        ("ol", "Årsberetning for 2010"),
        ("ol", "Regnskap for 2010 og revisorenes beretning"),
        ("ol", "Innkomne forslag"),
        ("ol", "Kontingent og budsjett for 2011"),
        ("ol", "Valg"),
        ("p", "Vel møtt! Hilsen styret"),
        ("h", 2, "Årsberetning 2010"),
        ("bh", "Styrets sammensetning"),
        ("p", "Styret i Bjønnåsen Vel har i perioden hatt følgende sammensetning:"),
        ("table", [["Funksjon", "Navn", "Adresse"],
                   ["Leder:", "Tor-Erik Malmstrøm", "Bjønnåsvegen 14"],
                   ["Nestleder:", "Gunhild Aasheim", "Lyngtoppen 3"],
                   ["Kasserer:", "Petter Sønsteby", "Bjønnåsvegen 41"],
                   ["Styremedlemmer:", "Randi Kjeverud", "Granstien 7"],
                   ["", "Olav Bredesen", "Granstien 22"],
                   ["Varamedlemmer:", "Hilde Myrvang", "Lyngtoppen 11"],
                   ["", "Stian Elverhøy", "Bjønnåsvegen 3"],
                   ["Valgkomité:", "Kari Enger", "Granstien 2"],
                   ["", "Arne Tveter", "Lyngtoppen 8"],
                   ["Revisorer:", "Bjørg Haslum", "Bjønnåsvegen 27"],
                   ["", "Leif Ove Rud", "Granstien 15"]], {"ruled": False}),
        ("bh", "Møter og aktiviteter"),
        ("p", "Det er avholdt åtte styremøter i perioden. Vellet har 212 betalende husstander av om lag 240 i "
              "området, en oppslutning på {p:88 %|husstander}. Vårdugnaden ble holdt 8. mai med rundt 60 "
              "deltakere, og containerne for hageavfall ble fylt på under to timer."),
        ("p", "Sommerfesten på ballplassen samlet over hundre store og små. Juletrefesten ble holdt i "
              "grendehuset 2. juledag. Styret takker Inger Lise Bakken og Sverre Holm for innsatsen med "
              "begge arrangementene."),
        ("bh", "Veilys og brøyting"),
        ("p", "Vellet eier og drifter 46 lyspunkter langs Bjønnåsvegen og Lyngtoppen. Strømutgiftene økte med "
              "{p:22 %|strømutgiftene} fra 2009 etter den kalde vinteren. Avtalen om brøyting og strøing med "
              "Hagen Maskin ble forlenget for to nye sesonger. Styret har hatt flere møter med {g:Nittedal} "
              "kommune om fartsdempere og fortau langs fylkesvegen; saken er ikke avklart."),
        ("bh", "Økonomi"),
        ("p", f"Regnskapet for 2010 viser et {surplus} på kr {kr(result[0])}. Styret foreslår at kontingenten "
              "holdes uendret på kr 250 per husstand for 2011."),
        ("break",),
        ("stmt", st, {"title": "Resultatregnskap 2010"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2010"}),
        ("sign", "{g:Rotnes}, 18. februar 2011",
         [("Tor-Erik Malmstrøm", "Leder"), ("Gunhild Aasheim", "Nestleder"), ("Petter Sønsteby", "Kasserer"),
          ("Randi Kjeverud", "Styremedlem"), ("Olav Bredesen", "Styremedlem")], {"cols": 3}),
        ("bh", "Revisorenes beretning"),
        ("p", "Vi har revidert regnskapet for Bjønnåsen Vel for 2010. Bilag og kontoutskrifter er kontrollert "
              "mot regnskapet, og beholdningene stemmer med banken. Vi anbefaler at regnskapet godkjennes."),
        ("p", "{g:Rotnes}, 24. februar 2011 – Bjørg Haslum (sign.)  Leif Ove Rud (sign.)"),
        ("bh", "Valgkomiteens innstilling"),
        ("table", [["Verv", "Navn", "Periode"],
                   ["Leder", "Tor-Erik Malmstrøm", "gjenvalg, 1 år"],
                   ["Styremedlem", "Vibeke Sand", "ny, 2 år"],
                   ["Varamedlem", "Stian Elverhøy", "gjenvalg, 1 år"],
                   ["Varamedlem", "Jon Egil Hovde", "ny, 1 år"],
                   ["Revisor", "Bjørg Haslum", "gjenvalg, 1 år"]], {"ruled": True}),
        ("p", "Nestleder Gunhild Aasheim, kasserer Petter Sønsteby og styremedlem Randi Kjeverud er ikke på "
              "valg. Olav Bredesen har bedt om avløsning.  For valgkomiteen: Kari Enger, Arne Tveter"),
    ]
    return {
        "name": "bjonnasen-vel-2010", "year": 2010, "lang": "nb",
        "title": "Bjønnåsen Vel – innkalling og årsberetning 2010",
        "organization": {"name": "Bjønnåsen Vel"},
        "ceo": None,
        "board": [("Tor-Erik Malmstrøm", "LEDE", None), ("Gunhild Aasheim", "NEST", None),
                  ("Petter Sønsteby", "MEDL", None), ("Randi Kjeverud", "MEDL", None),
                  ("Olav Bredesen", "MEDL", None), ("Hilde Myrvang", "VARA", None),
                  ("Stian Elverhøy", "VARA", None)],
        "not_board": ["Kari Enger", "Arne Tveter", "Bjørg Haslum", "Leif Ove Rud", "Vibeke Sand",
                      "Jon Egil Hovde", "Inger Lise Bakken", "Sverre Holm"],
        "items": items, "renditions": ["pdf"],
        "footer": "Bjønnåsen Vel – årsmøte 2011", "body_pt": 10.5,
        "notes": "Velforening, bokmål, Nittedal (Akershus). Board in a Funksjon | Navn | Adresse table, one "
                 "label over two names; valgkomité and lay revisorer in the same table; kasserer MEDL; "
                 "Inntekter/Utgifter beside the budget (budget optional); valgkomiteens innstilling.",
    }


def eidsfjord_brann_iks_2017() -> dict:
    """An IKS's årsmelding in nynorsk: contents, the styreleiar's foreword, owners and the
    representantskap, the board in a Namn | Verv | Vald av table with two numbered varamedlemer in
    prose, utrykningar over three years, staff, the statements with notes, the auditor."""
    cols = [Col("2017", 2017), Col("2016", 2016)]
    inc = [("Overføringar frå eigarkommunane", "2", [14_862_000, 14_215_000]),
           ("Gebyr feiing og tilsyn", "", [3_918_450, 3_802_115]),
           ("Andre driftsinntekter", "", [1_204_380, 987_640])]
    cost = [("Lønnskostnader", "3", [14_710_912, 14_102_388]),
            ("Avskrivingar", "4", [912_400, 884_150]),
            ("Andre driftskostnader", "", [3_768_305, 3_690_872])]
    fin = [("Finansinntekter", "", [41_180, 52_906]), ("Finanskostnader", "", [-126_540, -139_820])]
    lines = income("nn", 2, inc, cost, fin)
    result = line(lines, "Årsresultat").values
    st = Statement("Resultatrekneskap", cols, lines, note_col="Note", label_header="", negative="minus")
    # Annan eigenkapital carries the results: last year's, then this year's on top
    other_eq = [round(3_066_000 + result[1] + result[0], 2), round(3_066_000 + result[1], 2)]
    bal_lines = balance("nn", 2,
                        fixed=[("Bygningar", "4", [6_120_000, 6_410_000]),
                               ("Brannbilar og utstyr", "4", [4_385_600, 4_790_200])],
                        current=[("Kundefordringar", "", [1_118_240, 964_310]),
                                 ("Bankinnskot", "5", "plug")],
                        equity=[("Innskoten eigenkapital", "", [1_500_000, 1_500_000]),
                                ("Annan eigenkapital", "", other_eq)],
                        long=[("Pensjonsforpliktingar", "3", [2_841_000, 2_702_000]),
                              ("Lån Kommunalbanken", "6", [5_600_000, 6_200_000])],
                        short=[("Leverandørgjeld", "", [1_020_655, 874_392]),
                               ("Skuldige offentlege avgifter", "", [1_384_417, 1_296_050])])
    bal = Statement("Balanse pr. 31.12.", [Col("31.12.2017", 2017), Col("31.12.2016", 2016)], bal_lines,
                    note_col="Note", label_header="", negative="minus")
    word = "overskot" if result[0] >= 0 else "underskot"
    items = [
        ("p", "Eidsfjord Brann og Redning IKS", {"size": 20}),
        ("p", "Årsmelding og rekneskap 2017", {"size": 16}),
        ("photo", 5, 3, "Frå øvinga med røykdykking i det gamle meieriet i {g:Hornindal} i oktober."),
        ("p", "Sjøgata 9, 6770 {g:Nordfjordeid}  ·  Telefon 57 86 44 10  ·  post@eidsfjord-brann.no"),
        ("p", "Org.nr. 982 417 306"),
        ("pagebreak",),
        ("toc", [("Styreleiaren har ordet", 3), ("Om selskapet", 4), ("Styret og representantskapet", 5),
                 ("Beredskap og utrykningar", 6), ("Førebyggjande avdeling", 7), ("Personale og arbeidsmiljø", 8),
                 ("Økonomi", 9), ("Rekneskap med notar", 10), ("Melding frå revisor", 12)], {"title": "Innhald"}),
        ("pagebreak",),
        ("h", 1, "Styreleiaren har ordet"),
        ("p", "2017 vart eit år med mange krevjande oppdrag for mannskapa våre. Flaumen i juli sette heile "
              "beredskapen på prøve, og eg vil rette ein stor takk til alle som stod på døgnet rundt, både "
              "heiltidsmannskap og deltidsmannskap på dei tre stasjonane."),
        ("p", "Ein særleg takk til varabrannsjef Eirik Flatebø, som leidde innsatsen i dei mest kritiske "
              "timane, og til Randi Heggdal i 110-sentralen for godt samarbeid. Etter 34 år i korpset gjekk "
              "brannmeister Ottar Rygg av med pensjon i november; vi takkar for lang og trufast teneste."),
        ("p", "Samarbeidet med eigarkommunane har vore godt. Eg vil takke ordførarane og rådmennene for "
              "konstruktive møte om ny brannordning og felles investeringsplan."),
        ("p", "Nils Are Myklebust, styreleiar", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Om selskapet"),
        ("p", "Eidsfjord Brann og Redning IKS er eit interkommunalt selskap etter lov om interkommunale "
              "selskap, skipa i 2003. Selskapet har ansvar for brannvern, feiing og tilsyn i eigarkommunane "
              "og har hovudkontor på {g:Nordfjordeid}. Brannstasjonar finst på {g:Nordfjordeid}, i "
              "{g:Stryn} og i {g:Hornindal}."),
        ("bh", "Eigarar"),
        ("table", [["Eigar", "Eigardel"],
                   ["{g:Eid} kommune", "{p:45 %}"],
                   ["{g:Stryn} kommune", "{p:35 %}"],
                   ["{g:Hornindal} kommune", "{p:20 %}"]], {"ruled": True}),
        ("p", "Fordelinga av dei årlege overføringane følgjer eigardelane, jf. selskapsavtalen § 5."),
        ("pagebreak",),
        ("h", 1, "Styret og representantskapet"),
        ("p", "Representantskapet er det øvste organet i selskapet. Kvar eigarkommune har to representantar. "
              "Leiar i representantskapet har vore Kari Nesdal, med Lars Kjøllesdal som nestleiar. "
              "Representantskapet hadde to møte i 2017."),
        ("p", "Styret har hatt sju møte og handsama 46 saker. Styret har i 2017 vore samansett slik:"),
        ("table", [["Namn", "Verv", "Vald av"],
                   ["Nils Are Myklebust", "Styreleiar", "Representantskapet"],
                   ["Solveig Hjelmeset", "Nestleiar", "Representantskapet"],
                   ["Torbjørn Loen", "Styremedlem", "Representantskapet"],
                   ["Marit Grov Sandal", "Styremedlem", "Representantskapet"],
                   ["Geir Inge Bakke", "Styremedlem", "Dei tilsette"]], {"ruled": True}),
        ("p", "Varamedlemer for dei som er valde av representantskapet: 1. Anne Kristin Solheim, "
              "2. Per Arne Hage. Personleg vara for tilsettrepresentanten er Kjetil Strand."),
        ("p", "Brannsjef Arnfinn Hjelle er dagleg leiar og sekretær for styret."),
        ("pagebreak",),
        ("h", 1, "Beredskap og utrykningar"),
        ("p", "Selskapet har 11 heiltidsstillingar og 38 deltidsmannskap fordelt på tre stasjonar. Talet på "
              "utrykningar auka med {p:14 %|utrykningar} frå året før, mest på grunn av flaumen og fleire "
              "trafikkulukker på riksvegen."),
        ("table", [["Type hending", "2017", "2016", "2015"],
                   ["Brann i bygning", "21", "17", "24"],
                   ["Brann i køyretøy eller skog", "14", "11", "9"],
                   ["Trafikkulukker", "38", "31", "33"],
                   ["Naturhendingar", "12", "3", "5"],
                   ["Automatiske alarmar", "87", "82", "90"],
                   ["Andre oppdrag", "26", "27", "22"]], {"ruled": True}),
        ("p", "Responstida var innanfor krava i dimensjoneringsforskrifta i {p:93 %|responstida} av "
              "oppdraga i tettstadene."),
        ("pagebreak",),
        ("h", 1, "Førebyggjande avdeling"),
        ("p", "Førebyggjande avdeling vert leidd av Ingunn Årdal. Feiarane har feia 3 412 pipeløp og "
              "gjennomført 1 986 tilsyn i bustader. Av dei planlagde tilsyna i særskilde brannobjekt vart "
              "{p:96 %|særskilde brannobjekt} gjennomførte."),
        ("li", "Brannvernveka i september med open stasjon i alle tre kommunane"),
        ("li", "Opplæring i brannvern for alle 5.-klassingane i regionen"),
        ("li", "Felles øving med Helse {g?:Førde} og politiet om trafikkulukke i tunnel"),
        ("pagebreak",),
        ("h", 1, "Personale og arbeidsmiljø"),
        ("p", "Leiargruppa har vore brannsjef Arnfinn Hjelle, varabrannsjef Eirik Flatebø, leiar førebyggjande "
              "Ingunn Årdal og feiarmeister Sindre Bø. Hovudverneombod er Jostein Eikenes, og Hanne Moldestad "
              "er hovudtillitsvald for Fagforbundet."),
        ("p", "Sjukefråværet var {p:3,8 %|sjukefråværet} mot {p?:4,6 %} i 2016. Det har ikkje vore "
              "personskadar i samband med utrykning. Av dei tilsette er fem kvinner."),
        ("p", "Selskapet sitt arbeid påverkar ikkje det ytre miljøet ut over det som er vanleg for "
              "verksemda; skumvæske utan fluor er teken i bruk på alle stasjonane."),
        ("pagebreak",),
        ("h", 1, "Økonomi"),
        ("p", f"Rekneskapen for 2017 viser eit {word} på kr {kr(result[0])} etter finanspostar. Styret meiner "
              "rekneskapen gjev eit rett bilete av stillinga til selskapet, og føresetnaden om vidare drift er "
              "lagd til grunn. Styret gjer framlegg om at årsresultatet vert overført til annan eigenkapital."),
        ("sign", "{g:Nordfjordeid}, 22. februar 2018",
         [("Nils Are Myklebust", "styreleiar"), ("Solveig Hjelmeset", "nestleiar"), ("Torbjørn Loen", "styremedlem"),
          ("Marit Grov Sandal", "styremedlem"), ("Geir Inge Bakke", "styremedlem"), ("Arnfinn Hjelle", "dagleg leiar")],
         {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "Rekneskap med notar"),
        ("stmt", st, {"title": "Resultatrekneskap 2017"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2017"}),
        ("bh", "Notar til rekneskapen"),
        ("p", "Note 1 Rekneskapsprinsipp. Årsrekneskapen er sett opp etter rekneskapslova og god "
              "rekneskapsskikk for små føretak."),
        ("p", "Note 2 Overføringar. Eigarkommunane betaler etter eigardel, jf. tabellen under Eigarar."),
        ("p", "Note 3 Pensjon. Selskapet har kollektiv pensjonsordning i KLP for alle tilsette."),
        ("p", "Note 4 Varige driftsmiddel. Bygningar vert avskrivne over 30 år og køyretøy over 15 år."),
        ("p", "Note 5 Bundne midlar. Av bankinnskota er kr 612 000 bundne skattetrekksmidlar."),
        ("p", "Note 6 Langsiktig gjeld. Lånet i Kommunalbanken vert nedbetalt med kr 600 000 i året."),
        ("pagebreak",),
        ("h", 1, "Melding frå revisor"),
        ("p", "Til representantskapet i Eidsfjord Brann og Redning IKS. Vi har revidert årsrekneskapen for "
              "selskapet, som viser eit {word} på kr {amount}. Etter vår meining er årsrekneskapen gjeven i "
              "samsvar med lov og forskrifter og gjev eit rettvisande bilete av den finansielle stillinga til "
              "selskapet per 31. desember 2017.".replace("{word}", word).replace("{amount}", kr(result[0]))),
        ("p", "{g:Førde}, 6. mars 2018"),
        ("p", "Nordvest Revisjon IKS"),
        ("p", "Oddbjørn Teigen, oppdragsansvarleg revisor"),
    ]
    return {
        "name": "eidsfjord-brann-iks-2017", "year": 2017, "lang": "nn",
        "title": "Eidsfjord Brann og Redning IKS – årsmelding 2017",
        "organization": {"name": "Eidsfjord Brann og Redning IKS", "address": "Sjøgata 9, 6770 Nordfjordeid",
                         "phone": "57 86 44 10", "email": "post@eidsfjord-brann.no", "founded_year": 2003,
                         "owners": [{"name": "Eid kommune", "share_percent": 45.0},
                                    {"name": "Stryn kommune", "share_percent": 35.0},
                                    {"name": "Hornindal kommune", "share_percent": 20.0}]},
        "ceo": "Arnfinn Hjelle",
        "board": [("Nils Are Myklebust", "LEDE", False), ("Solveig Hjelmeset", "NEST", False),
                  ("Torbjørn Loen", "MEDL", False), ("Marit Grov Sandal", "MEDL", False),
                  ("Geir Inge Bakke", "MEDL", True), ("Anne Kristin Solheim", "VARA", None),
                  ("Per Arne Hage", "VARA", None), ("Kjetil Strand", "VARA", None)],
        "not_board": ["Kari Nesdal", "Lars Kjøllesdal", "Eirik Flatebø", "Randi Heggdal", "Ottar Rygg",
                      "Ingunn Årdal", "Sindre Bø", "Jostein Eikenes", "Hanne Moldestad", "Oddbjørn Teigen"],
        "not_places": ["Eidsfjord Brann og Redning IKS"],
        "items": items, "renditions": ["pdf", "docx"],
        "header": "Eidsfjord Brann og Redning IKS – Årsmelding 2017", "footer": "Side {PAGE}",
        "notes": "IKS (brann og redning), nynorsk, Eid (Sogn og Fjordane), 12 pages. Board in a Namn | Verv | "
                 "Vald av table (the employee member 'Dei tilsette'), numbered varamedlemer and a personal "
                 "deputy in prose; representantskap's leiar not board; statements 2017 | 2016 in whole kroner "
                 "with Note column, minus signs.",
    }


def lovasen_stiftelse_2004() -> dict:
    """A small stiftelse's styrets årsberetning of the early 2000s, two pages, scanned: the
    standard headings, statements 2004 | 2003 in kroner with ",-", the board only in the
    signature block."""
    cols = [Col("2004", 2004), Col("2003", 2003)]
    inc = [("Husleieinntekter", "", [1_486_200, 1_447_800]), ("Andre inntekter", "", [12_650, 9_400])]
    cost = [("Kommunale avgifter", "", [184_390, 176_220]),
            ("Vedlikehold", "", [312_845, 198_460]),
            ("Forsikring", "", [41_200, 39_870]),
            ("Forretningsførsel og revisjon", "", [96_500, 94_000]),
            ("Avskrivninger", "", [276_000, 276_000]),
            ("Andre driftskostnader", "", [38_912, 44_307])]
    fin = [("Renteinntekter", "", [18_475, 24_310]), ("Rentekostnader", "", [-402_118, -431_560])]
    lines = income("nb", 2, inc, cost, fin)
    result = line(lines, "Årsresultat").values
    st = Kroner("Resultatregnskap", cols, lines, label_header="", negative="minus")
    bal_lines = balance("nb", 2,
                        fixed=[("Bygninger og tomt", "", [9_384_000, 9_660_000])],
                        current=[("Leiefordringer", "", [14_800, 22_150]), ("Bankinnskudd", "", "plug")],
                        equity=[("Grunnkapital", "", [200_000, 200_000]),
                                ("Annen egenkapital", "", [round(1_412_430 + result[1] + result[0], 2),
                                                           round(1_412_430 + result[1], 2)])],
                        long=[("Pantelån Husbanken", "", [7_604_500, 7_936_900])],
                        short=[("Depositum leietakere", "", [192_000, 186_000]),
                               ("Annen kortsiktig gjeld", "", [63_215, 51_980])])
    bal = Kroner("Balanse", [Col("31.12.2004", 2004), Col("31.12.2003", 2003)], bal_lines,
                 label_header="", negative="minus")
    word = "overskudd" if result[0] >= 0 else "underskudd"
    items = [
        ("h", 1, "Stiftelsen Løvåsen Eldreboliger"),
        ("bh", "Styrets årsberetning for 2004"),
        ("bh", "Virksomhetens art og hvor den drives"),
        ("p", "Stiftelsen eier og leier ut 24 tilrettelagte boliger for eldre på Løvåsen i {g:Tønsberg}. "
              "Stiftelsen ble opprettet i 1987 med tilskudd fra {g:Tønsberg} kommune og Husbanken. "
              "Tildeling av boliger skjer etter innstilling fra kommunens tildelingskontor."),
        ("bh", "Fortsatt drift"),
        ("p", f"Årsregnskapet er satt opp under forutsetning om fortsatt drift. Årets {word} på kr "
              f"{kr(result[0])} foreslås overført til annen egenkapital."),
        ("bh", "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Stiftelsen har ingen ansatte. Forretningsførsel er satt bort til Tveter Regnskap AS. Styret "
              "består av to kvinner og to menn. Virksomheten forurenser ikke det ytre miljø."),
        ("bh", "Årets virksomhet"),
        ("p", "Alle boligene var utleid hele året, bortsett fra to måneder ved ett skifte av leietaker. "
              "Husleien ble regulert med {p:2,4 %|husleien} fra 1. juli. Det er skiftet vinduer i "
              "nordfløyen. Styret har hatt fem møter."),
        ("stmt", st, {"title": "Resultatregnskap 2004"}),
        ("stmt", bal, {"title": "Balanse pr. 31. desember 2004"}),
        ("sign", "{g:Tønsberg}, 3. mars 2005",
         [("Eva Margrethe Skjelbred", "styreleder"), ("Bjørn Ivar Langeid", "nestleder"),
          ("Torill Hvarnes", "styremedlem"), ("Kåre Wiig", "styremedlem")], {"cols": 2}),
        ("p", "Revisor: Revisjonsfirma Lind & Co AS v/ statsautorisert revisor Harald Lind", {"size": 8}),
    ]
    return {
        "name": "lovasen-stiftelse-2004", "year": 2004, "lang": "nb",
        "title": "Stiftelsen Løvåsen Eldreboliger – årsberetning 2004",
        "organization": {"name": "Stiftelsen Løvåsen Eldreboliger", "founded_year": 1987},
        "ceo": None,
        "board": [("Eva Margrethe Skjelbred", "LEDE", None), ("Bjørn Ivar Langeid", "NEST", None),
                  ("Torill Hvarnes", "MEDL", None), ("Kåre Wiig", "MEDL", None)],
        "not_board": ["Harald Lind"],
        "items": items, "renditions": ["scan"], "body_pt": 10,
        "notes": "Stiftelse (eldreboliger), bokmål, Tønsberg (Vestfold), scan of two pages. Styrets årsberetning "
                 "with the standard headings; the board only in the signature block with lower-case roles; "
                 "Kroner ',-' statements 2004 | 2003.",
    }


REPORTS = [bjonnasen_vel_2010, eidsfjord_brann_iks_2017, lovasen_stiftelse_2004]
