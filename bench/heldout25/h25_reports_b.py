"""Twenty-fifth held-out set, reports 4-6: a municipally owned energy AS (long, with a subsidiary),
an interkommunalt politisk råd of ordførarar (nynorsk, scanned), a fire and rescue IKS in 2001 as
a Word 97 file. Organisations, people and figures invented; places real and valid in the year."""
from __future__ import annotations

from h3_render import Kroner
from h25_text import Marker, marked
from heldout_finance import BUDGET, OTHER, Col, Statement, balance, income

ORG_D = "Rondeverk Energi AS"


def rondeverk_energi_2021() -> dict:
    mark = Marker(["Otta", "Vinstra", "Sel", "Nord-Fron", "Innlandet", "Lillehammer", "Norge"],
                  optional=["Gudbrandsdalen", "Oppland"], protect=[ORG_D, "Kraftverkvegen 2"])
    board = [("Torgeir Brennhaug Lien", "LEDE", False), ("Siri Kvarberg", "NEST", False),
             ("Jon Magne Rudi", "MEDL", False), ("Hilde Bergum Sletten", "MEDL", False),
             ("Erlend Vole", "MEDL", False), ("Kristoffer Moen Hosar", "MEDL", True),
             ("Anita Brandstadmoen", "MEDL", True), ("Lise Haugen Ryen", "VARA", None),
             ("Ståle Kleiven", "VARA", None)]
    cols = [Col("2021", 2021), Col("2020", 2020), Col("2021", 2021, OTHER), Col("2020", 2020, OTHER)]
    inc = [("Salgsinntekter kraft", "2", [148_412, 61_904, 148_412, 61_904]),
           ("Nettleie", "2", [None, None, 96_318, 88_402]),
           ("Andre driftsinntekter", "", [12_306, 10_877, 18_944, 17_120])]
    cost = [("Kjøp av kraft og overføring", "", [21_880, 9_402, 38_116, 30_770]),
            ("Lønnskostnader", "3", [24_118, 22_904, 61_402, 58_330]),
            ("Avskrivninger", "4", [18_402, 17_950, 39_880, 37_412]),
            ("Eiendomsskatt og konsesjonsavgifter", "", [9_870, 9_640, 10_412, 10_180]),
            ("Andre driftskostnader", "", [14_302, 13_118, 31_660, 29_904])]
    fin = [("Inntekt på investering i datterselskap", "", [12_000, 9_000, None, None]),
           ("Renteinntekter", "", [1_204, 980, 1_412, 1_118]),
           ("Rentekostnader", "", [-6_418, -6_002, -11_904, -11_208])]
    res = Statement("Resultatregnskap", cols,
                    income("nb", 4, inc, cost, fin, tax=("Skattekostnad", "9", [31_912, 5_118, 38_604, 9_902])),
                    unit=1000, note_col="Note", label_header="NOK 1000", negative="paren")
    bal = Statement("Balanse", cols,
                    balance("nb", 4,
                            fixed=[("Kraftverk og dammer", "4", [412_880, 398_402, 412_880, 398_402]),
                                   ("Nettanlegg", "4", [None, None, 488_120, 431_330]),
                                   ("Fibernett", "4", [62_304, 58_110, 62_304, 58_110]),
                                   ("Aksjer i datterselskap", "5", [120_000, 120_000, None, None])],
                            current=[("Kundefordringer", "", [28_402, 11_306, 41_880, 22_904]),
                                     ("Bankinnskudd", "", "plug")],
                            equity=[("Aksjekapital", "6", [60_000] * 4),
                                    ("Annen egenkapital", "6", [214_118, 188_402, 298_660, 262_118])],
                            long=[("Gjeld til kredittinstitusjoner", "7", [280_000, 290_000, 510_000, 495_000]),
                                  ("Utsatt skatt", "9", [18_402, 16_880, 32_118, 29_402])],
                            short=[("Betalbar skatt", "9", [29_880, 4_902, 36_118, 8_806]),
                                   ("Avsatt utbytte", "", [30_000, 15_000, 30_000, 15_000]),
                                   ("Annen kortsiktig gjeld", "", [22_304, 19_880, 48_402, 44_118])]),
                    unit=1000, note_col="Note", label_header="NOK 1000", negative="paren")
    groups = [("Morselskap", 2), ("Konsern", 2)]
    items = [
        ("p", ORG_D, {"bold": True, "size": 24}),
        ("p", "Årsrapport 2021", {"size": 16}),
        ("p", "Fornybar kraft, nett og fiber i Sel og Nord-Fron", {"italic": True}),
        ("photo", 2, 3, "Revisjon av aggregat 2 i Rondefoss kraftverk i august. Foto: Rondeverk"),
        ("pagebreak",),
        ("toc", [("Året 2021 i korte trekk", 3), ("Administrerende direktør har ordet", 3),
                 ("Dette er Rondeverk", 4), ("Kraftproduksjon", 4), ("Nett og fiber", 4),
                 ("Helse, miljø og sikkerhet", 4), ("Eierstyring og selskapsledelse", 5),
                 ("Styrets årsberetning", 7), ("Årsregnskap", 8), ("Revisors beretning", 10)]),
        ("pagebreak",),
        ("h", 1, "Året 2021 i korte trekk"),
        ("table", [["Nøkkeltall konsern", "2021", "2020"], ["Kraftproduksjon (GWh)", "225,1", "211,4"],
                   ["Nettkunder", "11 906", "11 842"], ["Fiberkunder", "6 410", "5 988"],
                   ["Egenkapitalandel", "{p:35,3 %}", "{p:35,2 %}"], ["Årsverk", "58", "56"]],
         {"ruled": True, "shade_header": "D5E8D4", "size": 9.5, "widths": [7.0, 3.0, 3.0]}),
        ("h", 1, "Administrerende direktør har ordet"),
        ("p", "2021 ble året da kraftprisene i Sør-Norge nådde nivåer ingen hadde sett før. For Rondeverk "
              "betydde det rekordhøye inntekter fra kraftsalget, samtidig som mange av våre kunder fikk "
              "strømregninger som var vanskelige å bære. Vi har tatt dette på alvor og utvidet ordningen "
              "med nedbetaling for kunder som trenger det."),
        ("p", "Utbyggingen av fiber fortsatte, og ved utgangen av året kunne {p:78 %|få tilbud om fiber} av "
              "husstandene i de to eierkommunene få tilbud om fiber. Jeg vil takke alle medarbeidere for "
              "stor innsats i et år med pandemi, og styret og eierne for godt samarbeid."),
        ("p", "Otta, 24. mars 2022\nHåvard Teigen Bakke\nadministrerende direktør", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Dette er Rondeverk"),
        ("p", f"{ORG_D} ble stiftet 1. januar 1996 da de kommunale elektrisitetsverkene i Sel og Nord-Fron "
              "ble slått sammen. Det eldste kraftverket i konsernet ble satt i drift i 1918. Selskapet eies "
              "av Sel kommune og Nord-Fron kommune og har hovedkontor i Kraftverkvegen 2, 2670 Otta, "
              "med et driftssenter på Vinstra. Forsyningsområdet ligger midt i Gudbrandsdalen i Innlandet."),
        ("table", [["Aksjonær", "Antall aksjer", "Eierandel"], ["Sel kommune", "38 400", "{p:64 %}"],
                   ["Nord-Fron kommune", "21 600", "{p:36 %}"]],
         {"ruled": True, "shade_header": "D5E8D4", "size": 9.5, "widths": [6.0, 3.5, 3.0]}),
        ("p", "Konsernet består av morselskapet, som eier kraftverkene og fibernettet, og det heleide "
              "datterselskapet Rondeverk Nett AS, som driver distribusjonsnettet. I tillegg eier "
              "Rondeverk {p:34 %|av Fjellnett Fiber AS} av Fjellnett Fiber AS."),
        ("p", "Telefon 61 23 40 00 · kundeservice@rondeverk.no · www.rondeverk.no", {"size": 9}),
        ("h", 1, "Kraftproduksjon"),
        ("p", "Middelproduksjonen er 214 GWh. I 2021 produserte konsernet 225,1 GWh, som er "
              "{p:5,2 %|over middelproduksjonen} over middelproduksjonen."),
        ("table", [["Kraftverk", "GWh 2021", "Andel"], ["Rondefoss kraftverk", "118,4", "{p:52,6 %}"],
                   ["Bergsvatn kraftverk", "71,2", "{p:31,6 %}"], ["Småkraftverk (tre verk)", "35,5", "{p:15,8 %}"],
                   ["Sum", "225,1", "{p?:100 %}"]],
         {"ruled": False, "size": 9.5, "widths": [7.0, 3.0, 3.0]}),
        ("h", 1, "Nett og fiber"),
        ("p", "Rondeverk Nett AS hadde 11 906 nettkunder ved utgangen av året. Leveringspåliteligheten var "
              "{p:99,96 %|leveringspåliteligheten}. Datterselskapet ledes av daglig leder Marius Dale Kvam."),
        ("p", "Styret i Rondeverk Nett AS har i 2021 bestått av Håvard Teigen Bakke (styreleder), Ingeborg "
              "Sletten Fjeld og Per Arne Kolstad. Datterselskapet har egen årsberetning."),
        ("h", 1, "Helse, miljø og sikkerhet"),
        ("p", "Konsernet hadde 58 årsverk ved utgangen av 2021. Sykefraværet var {p:4,1 %|sykefraværet}, "
              "mot {p:4,9 %|sykefraværet} året før. Det var én skade med fravær (H1-verdi 10,3)."),
        ("p", "Andelen kvinner i konsernet er {p:19 %|andelen kvinner}. I styret er det tre kvinner av sju "
              "medlemmer."),
        ("pagebreak",),
        ("h", 1, "Eierstyring og selskapsledelse"),
        ("h", 2, "Eiernes styring"),
        ("p", "Eierne utøver sin myndighet gjennom generalforsamlingen. Eierkommunenes forventninger til "
              "selskapet står i eierskapsmeldingene, som ble oppdatert av kommunestyrene i 2020. Eierne "
              "forventer et utbytte på minst {p:50 %|utbytte på minst} av morselskapets resultat etter skatt "
              "over tid. Det holdes to eiermøter i året, der styreleder og administrerende direktør orienterer."),
        ("h", 2, "Generalforsamlingen"),
        ("p", "Ordinær generalforsamling ble holdt 27. mai 2021. Sel kommune var representert ved ordfører "
              "Mari Trøen Engjom og Nord-Fron kommune ved ordfører Ola Kvarve Bjørnstad. "
              "Generalforsamlingen godkjente årsregnskapet for 2020 og valgte styre etter innstilling fra "
              "valgkomiteen."),
        ("h", 2, "Styret"),
        ("p", "Styret har sju medlemmer. Fem velges av generalforsamlingen og to av og blant de ansatte i "
              "konsernet. Styret hadde ni møter i 2021."),
        ("portraits", [("Torgeir Brennhaug Lien", ["Styreleder", "Valgt av generalforsamlingen"]),
                       ("Siri Kvarberg", ["Nestleder", "Valgt av generalforsamlingen"]),
                       ("Jon Magne Rudi", ["Styremedlem", "Valgt av generalforsamlingen"]),
                       ("Hilde Bergum Sletten", ["Styremedlem", "Valgt av generalforsamlingen"]),
                       ("Erlend Vole", ["Styremedlem", "Valgt av generalforsamlingen"]),
                       ("Kristoffer Moen Hosar", ["Styremedlem", "Valgt av de ansatte"]),
                       ("Anita Brandstadmoen", ["Styremedlem", "Valgt av de ansatte"])], {"per_row": 4}),
        ("p", "Varamedlemmer er Lise Haugen Ryen for de aksjonærvalgte og Ståle Kleiven for de ansattvalgte."),
        ("h", 2, "Valgkomiteen"),
        ("p", "Valgkomiteen består av Berit Lindseth Dahl (leder) og Tor Einar Haugom. Komiteens innstilling "
              "til generalforsamlingen i 2022 er gjenvalg av Siri Kvarberg og nyvalg av Elin Tofte Rustad "
              "etter Erlend Vole, som ikke tar gjenvalg."),
        ("h", 2, "Ledelsen"),
        ("p", "Konsernledelsen består av administrerende direktør Håvard Teigen Bakke, økonomidirektør "
              "Ingeborg Sletten Fjeld, produksjonssjef Tormod Nyhus og daglig leder i nettselskapet "
              "Marius Dale Kvam."),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning"),
        ("p", "Virksomheten: Rondeverk produserer og selger fornybar kraft, eier og driver distribusjonsnett "
              "gjennom datterselskapet og bygger ut fiber i Sel og Nord-Fron. Hovedkontoret ligger på Otta."),
        ("p", "Resultat: Konsernet fikk et resultat etter skatt på 52,3 millioner kroner, mot 11,4 millioner "
              "kroner i 2020. Morselskapets resultat etter skatt ble 47,0 millioner kroner."),
        ("p", "Fortsatt drift: Forutsetningen om fortsatt drift er til stede, og årsregnskapet er satt opp "
              "under denne forutsetningen."),
        ("p", "Disponering: Styret foreslår et utbytte på 30 millioner kroner; resten overføres til annen "
              "egenkapital."),
        ("sign", "Otta, 24. mars 2022",
         [("Torgeir Brennhaug Lien", "styreleder"), ("Siri Kvarberg", "nestleder"), ("Jon Magne Rudi", ""),
          ("Hilde Bergum Sletten", ""), ("Erlend Vole", ""), ("Kristoffer Moen Hosar", ""),
          ("Anita Brandstadmoen", ""), ("Håvard Teigen Bakke", "adm. direktør")], {"cols": 4}),
        ("pagebreak",),
        ("h", 1, "Årsregnskap"),
        ("groupstmt", res, groups, {"title": "Resultatregnskap"}),
        ("groupstmt", bal, groups, {"title": "Balanse pr. 31. desember"}),
        ("pagebreak",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til generalforsamlingen i Rondeverk Energi AS", {"bold": True}),
        ("p", "Vi har revidert selskapets årsregnskap, som består av selskapsregnskap og konsernregnskap. "
              "Etter vår mening oppfyller årsregnskapet gjeldende lovkrav og gir et rettvisende bilde av "
              "selskapets og konsernets finansielle stilling per 31. desember 2021."),
        ("p", "Lillehammer, 30. mars 2022\nKvitfjell Revisjon AS\nTrine Flatmo Sve\nstatsautorisert revisor"),
    ]
    return {
        "name": "rondeverk-energi-2021", "year": 2021, "title": f"{ORG_D} – Årsrapport 2021",
        "organization": {"name": ORG_D, "founded_year": 1996, "address": "Kraftverkvegen 2, 2670 Otta",
                         "phone": "61 23 40 00", "email": "kundeservice@rondeverk.no", "website": "www.rondeverk.no",
                         "owners": [{"name": "Sel kommune", "share_percent": 64.0},
                                    {"name": "Nord-Fron kommune", "share_percent": 36.0}]},
        "ceo": "Håvard Teigen Bakke", "board": board,
        "not_board": ["Mari Trøen Engjom", "Ola Kvarve Bjørnstad", "Berit Lindseth Dahl", "Tor Einar Haugom",
                      "Elin Tofte Rustad", "Ingeborg Sletten Fjeld", "Per Arne Kolstad", "Marius Dale Kvam",
                      "Trine Flatmo Sve", "Tormod Nyhus"],
        "places_optional": ["Sør-Norge"], "header": "Rondeverk · Årsrapport 2021", "header_align": "right", "footer": "{PAGE}",
        "footer_align": "right", "font": "Liberation Sans",
        "items": marked(items, mark), "renditions": ["docx", "pdf"],
        "notes": "Long municipally owned energy AS: eierstyring chapter (generalforsamling with the two "
                 "ordførere, valgkomité and its proposal), board as portraits with 'Valgt av' lines, the "
                 "CEO chairs the subsidiary's board, konsern columns beside the parent's (optional).",
    }


ORG_E = "Veafjordrådet"


def veafjordradet_2022() -> dict:
    mark = Marker(["Vaksdal", "Osterøy", "Modalen", "Vestland", "Bergen", "Lonevåg"],
                  optional=["Nordhordland", "Voss"], protect=[ORG_E + " – interkommunalt politisk råd"])
    board = [("Siv Hamre Gjerstad", "LEDE", None), ("Magnus Dale Stamnes", "NEST", None),
             ("Oddvin Mo Helland", "MEDL", None), ("Geir Indrebø Tveit", "VARA", None),
             ("Kari Eide Ness", "VARA", None), ("Elin Krossdal", "VARA", None), ("Hilde Vik Rong", "OBS", None)]
    cols = [Col("Rekneskap 2022", 2022), Col("Budsjett 2022", 2022, BUDGET), Col("Rekneskap 2021", 2021)]
    lines = income("nn", 3,
                   inc=[("Tilskot frå medlemskommunane", "", [900_000, 900_000, 870_000]),
                        ("Tilskot frå fylkeskommunen", "", [250_000, 250_000, 200_000]),
                        ("Prosjektmidlar", "", [312_400, 350_000, 148_900])],
                   cost=[("Løn og sosiale utgifter", "", [716_804, 730_000, 688_120]),
                         ("Kjøp av tenester", "", [402_118, 470_000, 260_412]),
                         ("Møte, reiser og andre utgifter", "", [188_330, 300_000, 201_906])],
                   labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter",
                           "sum_cost": "Sum utgifter", "op": None, "result": "Mindreforbruk"})
    res = Kroner("Driftsrekneskap", cols, lines, render="unruled")
    items = [
        ("p", f"{ORG_E} – interkommunalt politisk råd", {"bold": True, "size": 16}),
        ("p", "Årsmelding 2022", {"size": 13}),
        ("h", 2, "Om rådet"),
        ("p", "Rådet er eit interkommunalt politisk råd etter kommunelova kapittel 18, skipa av Vaksdal, "
              "Osterøy og Modalen i 2020. Rådet skal fremje felles interesser for kommunane rundt "
              "Veafjorden overfor Vestland fylkeskommune, staten og Bergen kommune, særleg innan samferdsel, "
              "næring og kompetanse."),
        ("h", 2, "Rådet"),
        ("p", "Rådet er samansett av ordførarane i medlemskommunane, med varaordførarane som personlege "
              "varamedlemer. Vestland fylkeskommune møter som observatør med talerett."),
        ("table", [["Kommune", "Medlem", "Varamedlem"],
                   ["Osterøy", "Ordførar Siv Hamre Gjerstad, leiar", "Varaordførar Geir Indrebø Tveit"],
                   ["Vaksdal", "Ordførar Magnus Dale Stamnes, nestleiar", "Varaordførar Kari Eide Ness"],
                   ["Modalen", "Ordførar Oddvin Mo Helland", "Varaordførar Elin Krossdal"],
                   ["Vestland fylkeskommune", "Hilde Vik Rong, observatør", ""]],
         {"ruled": True, "shade_header": "DDE3EA", "size": 9, "widths": [3.5, 6.5, 5.5]}),
        ("p", "Rådet hadde seks møte i 2022, eitt av dei på Mo i Modalen, og handsama 34 saker."),
        ("h", 2, "Kommunedirektørutvalet"),
        ("p", "Kommunedirektørane førebur sakene til rådet: Torstein Mjanger (Osterøy), Anne Grete "
              "Eidsnes (Vaksdal) og Sindre Helland Øvre (Modalen). Utvalet hadde åtte møte."),
        ("h", 2, "Sekretariatet"),
        ("p", "Dagleg leiar er Kjersti Mjelde Tvedt i {p:50 %|stilling} stilling, med kontor i Lonevåg. "
              "I 2022 var det i tillegg tilsett ein prosjektleiar for ungdomssatsinga i "
              "{p:40 %|prosjektleiar for ungdomssatsinga} stilling."),
        ("h", 2, "Viktige saker i 2022"),
        ("li", "Uttale til regional transportplan for Vestland, med krav om ny tunnel forbi Dale."),
        ("li", "Felles næringsplan for dei tre kommunane, vedteken i alle kommunestyra."),
        ("li", "Prosjektet «Bli verande», der {p:62 %|vil bu i regionen} av ungdomane som "
               "svarte seier at dei vil bu i regionen som vaksne."),
        ("h", 2, "Rekneskap"),
        ("p", "Kommunane betaler like store tilskot. Rekneskapen viser eit mindreforbruk på 155 148 kroner, "
              "som vert sett av til prosjekt i 2023. Rekneskapen er ført av Osterøy kommune som vertskommune."),
        ("stmt", res, {"title": "Driftsrekneskap 2022"}),
        ("p", "Lonevåg, 15. februar 2023"),
        ("p", "Siv Hamre Gjerstad, leiar          Kjersti Mjelde Tvedt, dagleg leiar"),
    ]
    return {
        "name": "veafjordradet-2022", "year": 2022, "title": "Veafjordrådet – Årsmelding 2022",
        "organization": {"name": ORG_E},
        "ceo": "Kjersti Mjelde Tvedt", "board": board,
        "not_board": ["Torstein Mjanger", "Anne Grete Eidsnes", "Sindre Helland Øvre"],
        "places_optional": ["Veafjorden", "Dale", "Mo"],
        "font": "Liberation Sans", "body_pt": 10,
        "items": marked(items, mark), "renditions": ["docx", "scan"],
        "notes": "Nynorsk interkommunalt politisk råd (Vestland, 2022): the råd is the three ordførarar "
                 "('Ordførar Name, leiar'), varaordførarar as personal deputies (VARA), the fylkeskommune's "
                 "observer (OBS); kommunedirektørutvalet not board; dagleg leiar in a 50 % position.",
    }


ORG_F = "Grensefjell Brann og Redning IKS"


def grensefjell_brann_2001() -> dict:
    mark = Marker(["Lierne", "Namsskogan", "Røyrvik", "Nord-Trøndelag", "Sandvika", "Trones",
                   "Sverige", "Strömsund", "Steinkjer", "Namsos"],
                  optional=["Namdalen"], protect=[ORG_F])
    board = [("Arvid Sandnes Holand", "LEDE", False), ("Margit Kvarving", "NEST", False),
             ("Jon Olav Jåma", "MEDL", False), ("Toril Skjelstad Bergli", "MEDL", False),
             ("Bjørn Tore Lindseth", "MEDL", True), ("Rolf Grøtting", "VARA", None),
             ("Inga Brandsnes", "VARA", None)]
    cols = [Col("Regnskap 2001", 2001), Col("Budsjett 2001", 2001, BUDGET), Col("Regnskap 2000", 2000)]
    lines = income("nb", 3,
                   inc=[("Tilskudd fra eierkommunene", "", [3_120_000, 3_120_000, 2_985_000]),
                        ("Feiegebyrer", "", [612_450, 590_000, 574_300]),
                        ("Tilsyn og andre inntekter", "", [188_912, 150_000, 141_806])],
                   cost=[("Lønn og sosiale utgifter", "", [2_804_118, 2_760_000, 2_655_940]),
                         ("Utstyr og bekledning", "", [402_336, 420_000, 388_120]),
                         ("Drift av brannstasjoner", "", [511_870, 480_000, 476_512]),
                         ("Andre utgifter", "", [148_602, 200_000, 171_334])],
                   labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter",
                           "sum_cost": "Sum utgifter", "op": "Driftsresultat", "result": "Årsresultat"},
                   fin=[("Renteinntekter", "", [21_406, 15_000, 18_220])])
    res = Kroner("Driftsregnskap", cols, lines, render="tabs")
    items = [
        ("p", "ÅRSBERETNING 2001", {"bold": True, "size": 18, "align": "center"}),
        ("p", ORG_F, {"bold": True, "size": 13, "align": "center"}),
        ("p", "Lierne – Namsskogan – Røyrvik", {"align": "center"}),
        ("bh", "1. INNLEDNING"),
        ("p", f"{ORG_F} ble etablert 1. januar 2000 som et interkommunalt selskap etter den nye loven om "
              "interkommunale selskaper. Selskapet har ansvar for brannberedskap, forebyggende arbeid og "
              "feiing i Lierne, Namsskogan og Røyrvik kommuner i Nord-Trøndelag. 2001 var selskapets "
              "andre driftsår."),
        ("bh", "2. EIERFORHOLD OG REPRESENTANTSKAP"),
        ("p", "Kommunene eier selskapet med følgende andeler, som også er fordelingsnøkkel for tilskuddene: "
              "Lierne kommune {p:40 %|Lierne kommune}, Namsskogan kommune {p:34 %|Namsskogan kommune} og "
              "Røyrvik kommune {p:26 %|Røyrvik kommune}."),
        ("p", "Representantskapet består av ordførerne i de tre kommunene. Leder har i 2001 vært ordfører i "
              "Namsskogan, Kåre Sivertsen Bjørgan. Representantskapet hadde to møter."),
        ("bh", "3. STYRET"),
        ("p", "Styret har i 2001 hatt følgende sammensetning:"),
        ("tablines", [["Leder:", "Arvid Sandnes Holand", "Lierne"], ["Nestleder:", "Margit Kvarving", "Namsskogan"],
                      ["Medlem:", "Jon Olav Jåma", "Røyrvik"], ["Medlem:", "Toril Skjelstad Bergli", "Lierne"],
                      ["Ansattes repr.:", "Bjørn Tore Lindseth", "valgt av de ansatte"],
                      ["Varamedlemmer:", "Rolf Grøtting, Inga Brandsnes", ""]], {"stops": [4.2, 9.5]}),
        ("p", "Styret har hatt fem møter og behandlet 22 saker. Brannsjefen er styrets sekretær."),
        ("bh", "4. ADMINISTRASJON OG MANNSKAP"),
        ("p", "Brannsjef Odd Helge Formo er daglig leder. Varabrannsjef er Steinar Moe Hanssen, og "
              "feiermester Lars Ingvaldsen leder feiertjenesten. Selskapet har 31 deltidsmannskaper fordelt "
              "på brannstasjonene i Sandvika, Trones og Røyrvik."),
        ("bh", "5. UTRYKNINGER"),
        ("table", [["Type oppdrag", "Lierne", "Namsskogan", "Røyrvik", "Sum"],
                   ["Brann i bygning", "3", "2", "1", "6"], ["Pipebrann", "4", "3", "2", "9"],
                   ["Trafikkulykke", "5", "7", "2", "14"], ["Automatisk alarm", "8", "6", "3", "17"],
                   ["Andre oppdrag", "2", "4", "1", "7"], ["Sum", "22", "22", "9", "53"]],
         {"ruled": True, "size": 9.5}),
        ("p", "Selskapet har samarbeidsavtale med Strömsund kommune i Sverige om bistand ved brann nær "
              "riksgrensen. Avtalen ble brukt én gang i 2001."),
        ("bh", "6. FOREBYGGENDE ARBEID OG FEIING"),
        ("p", "Det ble feiet 1 418 piper, som er {p:87 %|av planlagt feiing} av planlagt feiing. "
              "Tilsyn ble gjennomført i 24 særskilte brannobjekter. Brannvernuka ble markert på alle "
              "skolene."),
        ("bh", "7. ØKONOMI"),
        ("p", "Regnskapet viser et overskudd på kr 75 842,-. Overskuddet avsettes til fond for nytt "
              "mannskapsbil. Regnskapet er revidert av Namdal Distriktsrevisjon."),
        ("stmt", res, {"title": "DRIFTSREGNSKAP 2001"}),
        ("p", "Sandvika, 18. februar 2002"),
        ("sign", "",
         [("Arvid Sandnes Holand", "leder"), ("Margit Kvarving", "nestleder"), ("Jon Olav Jåma", ""),
          ("Toril Skjelstad Bergli", ""), ("Bjørn Tore Lindseth", ""), ("Odd Helge Formo", "brannsjef")],
         {"cols": 3}),
    ]
    return {
        "name": "grensefjell-brann-2001", "year": 2001, "title": "Årsberetning 2001",
        "organization": {"name": ORG_F, "founded_year": 2000,
                         "owners": [{"name": "Lierne kommune", "share_percent": 40.0},
                                    {"name": "Namsskogan kommune", "share_percent": 34.0},
                                    {"name": "Røyrvik kommune", "share_percent": 26.0}]},
        "ceo": "Odd Helge Formo", "board": board,
        "not_board": ["Kåre Sivertsen Bjørgan", "Steinar Moe Hanssen", "Lars Ingvaldsen"],
        "font": "Times New Roman", "body_pt": 12, "heading_font": "Times New Roman", "author": "Brannsjefen",
        "footer": "Side {PAGE}",
        "items": marked(items, mark), "renditions": ["doc", "pdf"],
        "notes": "2001 fire and rescue IKS as a Word 97 file (Nord-Trøndelag): numbered caps headings, the "
                 "board as tab lines with 'Ansattes repr.:', representantskap of ordførere with its leader "
                 "named, brannsjef as daglig leder, driftsregnskap typed with tabs (Regnskap | Budsjett | "
                 "Regnskap) in kroner with ',-'.",
    }


REPORTS = [rondeverk_energi_2021, veafjordradet_2022, grensefjell_brann_2001]
