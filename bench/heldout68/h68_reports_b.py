"""The nynorsk Word reports of the sixty-eighth set: a vekstbedrift in Kvinnherad in NAV's first years
(2007) and a renovasjon IKS in Nordhordland (2012) whose board and owners stand only in appendices.
Organisations, people and figures are invented; places are real and valid in the year."""
from __future__ import annotations

from h68_money import amount, line_value, share
from heldout_finance import BUDGET, Col, Statement, balance, income


def saebovik_vekst_2007() -> dict:
    """Vekstbedrift AS with VTA, APS and arbeid med bistand, nynorsk: the board as a ruled table
    "Verv | Namn | Vald av | På val" (deputies in the same table, one chosen by the employees), a
    member who left at the generalforsamling, unruled statements with a Note column."""
    cols = [Col("2007", 2007), Col("2006", 2006)]
    result = income(
        "nn", 2,
        inc=[("Salsinntekter", "2", [4_215_330, 3_987_420]),
             ("Tilskot frå NAV", "3", [3_486_000, 3_312_500]),
             ("Tilskot frå kommunen", "3", [612_000, 598_000])],
        cost=[("Varekostnad", "", [1_402_776, 1_310_954]),
              ("Lønskostnader", "4", [5_688_910, 5_402_337]),
              ("Avskrivingar", "5", [296_400, 281_000]),
              ("Andre driftskostnader", "", [744_102, 702_881])],
        fin=[("Finansinntekter", "", [48_221, 39_507]), ("Finanskostnader", "", [-61_909, -58_466])])
    res = Statement("Resultatrekneskap 2007", cols, result, note_col="Note", render="unruled")
    bal = Statement("Balanse pr. 31.12.2007", cols, balance(
        "nn", 2,
        fixed=[("Bygningar", "5", [2_184_000, 2_262_000]),
               ("Maskinar, inventar og bilar", "5", [641_300, 586_700])],
        current=[("Varer", "", [318_450, 296_120]), ("Kundefordringar", "", [702_883, 655_140]),
                 ("Bankinnskot", "6", "plug")],
        equity=[("Aksjekapital", "7", [500_000, 500_000]), ("Anna eigenkapital", "7", [1_902_611, 1_735_157])],
        long=[("Pantegjeld", "8", [1_120_000, 1_200_000])],
        short=[("Leverandørgjeld", "", [388_410, 351_906]),
               ("Skuldige offentlege avgifter", "", [466_203, 441_388]),
               ("Anna kortsiktig gjeld", "", [512_744, 498_311])]), note_col="Note", render="unruled")
    now = line_value(result, "Årsresultat", 0)
    turnover = line_value(result, "Sum driftsinntekter", 0)
    signers = [("Jon Olav Tveit", "styreleiar"), ("Marta Lie Vikse", "nestleiar"),
               ("Ingvild Haugland", "styremedlem"), ("Bjørn Kvale", "styremedlem"),
               ("Rune Skaar", "styremedlem"), ("Torunn Eide Myking", "dagleg leiar")]
    return {
        "name": "saebovik-vekst-2007", "year": 2007, "title": "Sæbøvik Vekst AS – Årsmelding 2007",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "2E5E3A", "author": "Sæbøvik Vekst AS",
        "footer": "Sæbøvik Vekst AS – årsmelding 2007 – side {PAGE}",
        "organization": {"name": "Sæbøvik Vekst AS", "founded_year": 1989,
                         "address": "Postboks 43, 5454 Sæbøvik", "phone": "53 48 21 60",
                         "email": "post@sabovik-vekst.no", "website": "www.sabovik-vekst.no",
                         "owners": [{"name": "Kvinnherad kommune", "share_percent": 100}]},
        "ceo": "Torunn Eide Myking",
        "board": [("Jon Olav Tveit", "LEDE", False), ("Marta Lie Vikse", "NEST", False),
                  ("Ingvild Haugland", "MEDL", False), ("Bjørn Kvale", "MEDL", False),
                  ("Rune Skaar", "MEDL", True), ("Astrid Seim", "VARA", None),
                  ("Leif Ove Dale", "VARA", None)],
        "not_board": ["Sigmund Tofte", "Kjetil Rommetveit", "Anne Grethe Opsal", "Per Helge Sæbø",
                      "Eli Nesheim"],
        "programs": {"VTA": 24},
        "renditions": ["docx", "pdf"],
        "items": [
            ("h", 1, "Årsmelding 2007"),
            ("p", "Sæbøvik Vekst AS  –  Postboks 43, 5454 {g:Sæbøvik}  –  tlf. 53 48 21 60  –  "
                  "post@sabovik-vekst.no  –  www.sabovik-vekst.no", {"size": 8.5}),
            ("h", 2, "Om bedrifta"),
            ("p", "Sæbøvik Vekst AS er ei vekstbedrift på {g:Halsnøy} i {g:Kvinnherad} kommune. Bedrifta vart "
                  "skipa i 1989 og er eigd {p:100 %|eigd} av {g:Kvinnherad} kommune. Føremålet er å skaffe "
                  "arbeid og kvalifisering til personar med nedsett arbeidsevne. Bedrifta driv snikkarverkstad, "
                  "vaskeri, vedproduksjon og vaktmeistertenester i {g:Husnes}, {g:Rosendal} og {g:Uskedalen}."),
            ("h", 2, "Tiltaka"),
            ("p", "Bedrifta har 24 plassar i varig tilrettelagt arbeid (VTA), 8 plassar i arbeidspraksis i "
                  "skjerma verksemd (APS) og 6 plassar i arbeid med bistand (AB). Tiltaka er kjøpte av NAV "
                  "{g:Hordaland}, og oppfølginga skjer saman med NAV {g:Kvinnherad}."),
            ("p", "Alle VTA-plassane var i bruk heile året. Av dei 8 som avslutta APS, gjekk 3 vidare til arbeid "
                  "eller utdanning, det vil seie {p:38 %|gjekk 3 vidare til arbeid}."),
            ("h", 2, "Styret"),
            ("p", "Styret har i 2007 hatt denne samansetjinga:"),
            ("table", [["Verv", "Namn", "Vald av", "På val"],
                       ["Styreleiar", "Jon Olav Tveit", "Generalforsamlinga", "2008"],
                       ["Nestleiar", "Marta Lie Vikse", "Generalforsamlinga", "2009"],
                       ["Styremedlem", "Ingvild Haugland", "Generalforsamlinga", "2008"],
                       ["Styremedlem", "Bjørn Kvale", "Generalforsamlinga", "2009"],
                       ["Styremedlem", "Rune Skaar", "Dei tilsette", "2008"],
                       ["Varamedlem", "Astrid Seim", "Generalforsamlinga", "2008"],
                       ["Varamedlem", "Leif Ove Dale", "Dei tilsette", "2008"]],
             {"ruled": True, "size": 9, "shade_header": "DDE8DF", "widths": [3.4, 5.2, 4.4, 2.0]}),
            ("p", "Ved generalforsamlinga 24. april gjekk Sigmund Tofte ut av styret etter åtte år, og Bjørn "
                  "Kvale kom inn som nytt medlem. Styret har halde 9 møte og handsama 47 saker."),
            ("h", 2, "Arbeidsmiljø og likestilling"),
            ("p", "Ved utgangen av året hadde bedrifta 11 fast tilsette i 9,6 årsverk. Dagleg leiar er Torunn "
                  "Eide Myking, og arbeidsleiar er Kjetil Rommetveit. Av dei fast tilsette er 5 kvinner, det "
                  "vil seie {p:45 %|Av dei fast tilsette er 5 kvinner}."),
            ("p", "Sjukefråveret blant dei fast tilsette var {p:6,8 %|Sjukefråveret blant dei fast tilsette} "
                  "og blant arbeidstakarane i VTA {p:11,2 %|arbeidstakarane i VTA}. Hovudtillitsvald Eli "
                  "Nesheim og leiinga har hatt faste møte gjennom året. Det har ikkje vore skadar som har ført "
                  "til fråvær."),
            ("h", 2, "Ytre miljø"),
            ("p", "Bedrifta ureinar ikkje det ytre miljøet ut over det som er vanleg for slik verksemd. "
                  "Spillvirke frå snikkarverkstaden går til ved."),
            ("h", 2, "Økonomi"),
            ("p", f"Driftsinntektene var kr {amount(turnover)}, og årsresultatet vart kr {amount(now)}. "
                  "Styret gjer framlegg om at overskotet vert overført til anna eigenkapital. Føresetnaden om "
                  "framleis drift er lagd til grunn for rekneskapen."),
            ("p", "Styret takkar dei tilsette og arbeidstakarane for innsatsen, og NAV {g:Kvinnherad} ved "
                  "avdelingsleiar Per Helge Sæbø for godt samarbeid."),
            ("sign", "{g:Sæbøvik}, 20. februar 2008", signers, {"cols": 3}),
            ("pagebreak",),
            ("stmt", res),
            ("stmt", bal),
            ("p", "Revisor: Anne Grethe Opsal, registrert revisor.", {"italic": True, "size": 9}),
        ],
        "notes": "2007, nynorsk; NAV; VTA 24 (gold), APS 8 and AB 6 (no code); board as a ruled table with "
                 "Vald av and På val columns, deputies in the same table; Sigmund Tofte left (not board).",
    }


OWNERS_2012 = [("Lindås", 15_024, "46,1"), ("Meland", 7_488, "23,0"), ("Radøy", 5_016, "15,4"),
               ("Austrheim", 2_801, "8,6"), ("Masfjorden", 1_694, "5,2"), ("Fedje", 548, "1,7")]
COUNCIL_2012 = [("Lindås", "Astrid Nordanger (leiar)", "Ottar Mjelde"),
                ("Meland", "Kristian Frøysa", "Randi Fosse Hope"),
                ("Radøy", "Oddvar Sletten (nestleiar)", "Gunhild Solberg"),
                ("Austrheim", "Eirik Sæle", "Turid Kallestad"),
                ("Masfjorden", "Lars Hopsdal", "Marit Andvik"),
                ("Fedje", "Else Brit Fedjeneset", "Ivar Hamre")]


def fensfjord_renovasjon_iks_2012() -> dict:
    """Renovasjon IKS, nynorsk: the body of the report names no board member; the owners' shares and
    the representantskap and board stand only in appendices at the end (a share table, a council
    table "Kommune | Medlem | Varamedlem", a board table "Verv | Namn | Vald for"); ruled statements
    in 1000 kr with a budget column."""
    cols = [Col("Rekneskap 2012", 2012), Col("Budsjett 2012", 2012, BUDGET), Col("Rekneskap 2011", 2011)]
    result = income(
        "nn", 3,
        inc=[("Renovasjonsgebyr", "", [38_412, 38_200, 36_905]), ("Slamgebyr", "", [2_884, 2_900, 2_771]),
             ("Sal av materiale og tenester", "", [6_102, 5_600, 5_488])],
        cost=[("Lønskostnader", "", [11_930, 12_100, 11_402]),
              ("Transport og innsamling", "", [14_208, 14_000, 13_655]),
              ("Handsaming av avfall", "", [15_517, 15_300, 14_920]),
              ("Avskrivingar", "", [2_310, 2_300, 2_180]),
              ("Andre driftskostnader", "", [2_605, 2_700, 2_511])],
        fin=[("Finansinntekter", "", [412, 350, 388]), ("Finanskostnader", "", [-655, -650, -702])])
    res = Statement("Resultatrekneskap 2012", cols, result, unit=1000, label_header="Tal i 1000 kr")
    bal = Statement("Balanse pr. 31.12.2012", [Col("2012", 2012), Col("2011", 2011)], balance(
        "nn", 2,
        fixed=[("Bygningar og anlegg", "", [18_420, 19_110]), ("Bilar og maskinar", "", [6_905, 6_240])],
        current=[("Kundefordringar", "", [4_288, 4_012]), ("Bankinnskot", "", "plug")],
        equity=[("Innskoten eigenkapital", "", [2_000, 2_000]), ("Anna eigenkapital", "", [5_118, 4_533])],
        long=[("Langsiktige lån", "", [16_800, 17_900]), ("Pensjonsforpliktingar", "", [3_212, 2_988])],
        short=[("Leverandørgjeld", "", [3_904, 3_655]), ("Skuldige offentlege avgifter", "", [1_420, 1_377]),
               ("Anna kortsiktig gjeld", "", [2_244, 2_102])]), unit=1000, label_header="Tal i 1000 kr")
    now = line_value(result, "Årsresultat", 0)
    treatment = line_value(result, "Handsaming av avfall", 0)
    cost = line_value(result, "Sum driftskostnader", 0)
    people = sum(n for _, n, _ in OWNERS_2012)
    share_rows = [["Kommune", "Innbyggjarar 1.1.2012", "Eigardel"]]
    share_rows += [[f"{{g:{k}}} kommune", amount(n), f"{{p:{s} %}}"] for k, n, s in OWNERS_2012]
    share_rows += [["I alt", amount(people), "{p:100,0 %}"]]
    council = [["Kommune", "Medlem", "Varamedlem"]] + [[f"{{g:{k}}}", m, v] for k, m, v in COUNCIL_2012]
    signers = [("Kjell Inge Hopland", "styreleiar"), ("Gunn Berit Fosse", "nestleiar"),
               ("Ove Mathisen", "styremedlem"), ("Synnøve Hella", "styremedlem"), ("Arild Sætre", "styremedlem")]
    return {
        "name": "fensfjord-renovasjon-iks-2012", "year": 2012, "title": "Fensfjord Renovasjon IKS – Årsmelding 2012",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "1F4E79", "author": "Fensfjord Renovasjon IKS",
        "header": "Fensfjord Renovasjon IKS  |  Årsmelding 2012", "header_align": "right",
        "organization": {"name": "Fensfjord Renovasjon IKS", "founded_year": 1994,
                         "address": "Hagelsundvegen 12, 5914 Isdalstø", "phone": "56 34 78 00",
                         "email": "post@fensfjord-renovasjon.no", "website": "www.fensfjord-renovasjon.no",
                         "owners": [{"name": f"{k} kommune", "share_percent": float(s.replace(",", "."))}
                                    for k, _, s in OWNERS_2012]},
        "ceo": "Terje Mjøs",
        "board": [("Kjell Inge Hopland", "LEDE", False), ("Gunn Berit Fosse", "NEST", False),
                  ("Ove Mathisen", "MEDL", False), ("Synnøve Hella", "MEDL", False),
                  ("Arild Sætre", "MEDL", True), ("Brit Tone Hjelmtveit", "VARA", None),
                  ("Geir Olav Tveiterås", "VARA", None)],
        "not_board": ["Harald Eknes", "Stian Eikeland", "Randi Olsnes"]
                     + [m.split(" (")[0] for _, m, _ in COUNCIL_2012] + [v for *_, v in COUNCIL_2012],
        "renditions": ["docx", "pdf"],
        "items": [
            ("h", 1, "Årsmelding 2012"),
            ("p", "Fensfjord Renovasjon IKS, Hagelsundvegen 12, 5914 {g:Isdalstø}. Telefon 56 34 78 00, "
                  "e-post post@fensfjord-renovasjon.no, www.fensfjord-renovasjon.no", {"size": 8.5}),
            ("h", 2, "1 Om selskapet"),
            ("p", "Fensfjord Renovasjon IKS er eit interkommunalt selskap eigd av kommunane {g:Lindås}, "
                  "{g:Meland}, {g:Radøy}, {g:Austrheim}, {g:Masfjorden} og {g:Fedje}. Selskapet vart skipa i "
                  "1994 og har ansvaret for innsamling og handsaming av hushaldsavfall og slam i "
                  "{g:Nordhordland}. Eigardelane følgjer folketalet i kommunane, sjå vedlegg 1."),
            ("p", "Administrasjonen og verkstaden ligg på {g:Isdalstø}. Selskapet driv gjenvinningsstasjonar på "
                  "{g:Isdalstø}, i {g:Manger} og på {g:Fedje}. Restavfallet går til energigjenvinning i "
                  "{g:Bergen}."),
            ("h", 2, "2 Styret si årsmelding"),
            ("h", 3, "Drifta i 2012"),
            ("p", "Mengda hushaldsavfall var om lag som året før. Sorteringsgraden auka frå "
                  "{p:44 %|Sorteringsgraden auka frå} til {p:47 %|Sorteringsgraden auka frå 44 % til}, mest "
                  "fordi plastinnsamlinga vart utvida til heile {g:Masfjorden} og {g:Austrheim}. "
                  "Renovasjonsgebyret for eit vanleg abonnement auka med {p:3,5 %|Renovasjonsgebyret}."),
            ("h", 3, "Styret og representantskapet"),
            ("p", "Representantskapet har hatt to møte og styret seks møte med 38 saker. Ved "
                  "representantskapsmøtet i mai vart ny nestleiar vald etter Harald Eknes, som hadde sete i "
                  "styret sidan 2005. Samansetjinga av representantskap og styre går fram av vedlegg 2."),
            ("h", 3, "Arbeidsmiljø og likestilling"),
            ("p", "Selskapet hadde 21 tilsette i 20,2 årsverk ved utgangen av året, av dei 4 kvinner. Dagleg "
                  "leiar er Terje Mjøs, og driftsleiar er Stian Eikeland. Sjukefråveret var "
                  "{p:5,2 %|Sjukefråveret} mot {p:6,9 %|mot} i 2011. Det har vore éin skade med fråvær."),
            ("h", 3, "Ytre miljø"),
            ("p", "Drifta har konsesjon frå Fylkesmannen i {g:Hordaland}. Sigevatnet frå det avslutta "
                  "deponiet vert målt fire gonger i året, og alle prøvene var innanfor krava."),
            ("h", 3, "Økonomi"),
            ("p", f"Årsresultatet vart {amount(now)} 000 kr. Handsaming av avfall er den største kostnaden og "
                  f"utgjorde {{p:{share(treatment, cost)} %|Handsaming av avfall}} av driftskostnadene. Styret "
                  "meiner rekneskapen gjev eit rett bilete av selskapet, og føresetnaden om framleis drift er "
                  "til stades. Rekneskapen er revidert av Vest Revisjon IKS ved oppdragsansvarleg revisor "
                  "Randi Olsnes."),
            ("sign", "{g:Isdalstø}, 12. februar 2013", signers, {"cols": 3}),
            ("pagebreak",),
            ("stmt", res),
            ("stmt", bal),
            ("pagebreak",),
            ("bh", "Vedlegg 1: Eigardelar"),
            ("table", share_rows, {"ruled": True, "size": 9, "shade_header": "DCE6F0"}),
            ("bh", "Vedlegg 2: Representantskap og styre"),
            ("p", "Representantskapet 2012–2015"),
            ("table", council, {"ruled": True, "size": 9, "shade_header": "DCE6F0"}),
            ("p", "Styret"),
            ("table", [["Verv", "Namn", "Vald for"],
                       ["Styreleiar", "Kjell Inge Hopland", "2011–2013"],
                       ["Nestleiar", "Gunn Berit Fosse", "2012–2014"],
                       ["Styremedlem", "Ove Mathisen", "2011–2013"],
                       ["Styremedlem", "Synnøve Hella", "2012–2014"],
                       ["Styremedlem, tilsette sin representant", "Arild Sætre", "2012–2014"],
                       ["Varamedlem", "Brit Tone Hjelmtveit", "2012–2014"],
                       ["Varamedlem for dei tilsette", "Geir Olav Tveiterås", "2012–2014"]],
             {"ruled": True, "size": 9, "shade_header": "DCE6F0"}),
        ],
        "notes": "2012, nynorsk IKS; board and owners only in appendices; representantskap (leiar, nestleiar) "
                 "not board; Harald Eknes left; statements in 1000 kr with a budget column (optional).",
    }


REPORTS = [saebovik_vekst_2007, fensfjord_renovasjon_iks_2012]
