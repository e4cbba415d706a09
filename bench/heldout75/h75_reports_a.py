"""The seventy-fifth set's Word reports with many organs (a): an idrettslag whose groups have their
own styrer (2017), a stiftelse with a fagråd (2004, Word 97) and a nynorsk museumslag whose årsmøte
protocol is the board list (1996, Word 97). Invented organisations, people and figures; real places
valid in the report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income

from h3_render import Kroner


def value_of(lines, label: str) -> list:
    """A computed line's values (a result quoted in prose or carried into the balance)."""
    return next(line.values for line in lines if line.label == label)


def kr(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ")


def kvitasen_il() -> dict:
    board = [("Tone Marit Haugsrud", "LEDE", None), ("Øyvind Kjernli", "NEST", None),
             ("Berit Lund Sæther", "MEDL", None), ("Håkon Ruud", "MEDL", None),
             ("Siri Bakkejord", "MEDL", None), ("Morten Enger", "VARA", None)]
    cols = [Col("Regnskap 2017", 2017), Col("Regnskap 2016", 2016), Col("Budsjett 2018", 2018, BUDGET)]
    inc_k = income(
        "nb", 3,
        [("Medlemskontingent", "", [214_350, 203_900, 220_000]),
         ("Treningsavgifter", "", [486_200, 451_750, 500_000]),
         ("Sponsorinntekter", "", [312_000, 298_500, 300_000]),
         ("Offentlige tilskudd og momskompensasjon", "", [265_418, 241_067, 250_000]),
         ("Arrangementer og kiosk", "", [388_940, 402_315, 380_000])],
        [("Lønn og godtgjørelser", "", [296_400, 281_000, 310_000]),
         ("Drift av anlegg", "", [512_733, 488_210, 520_000]),
         ("Reiser, cuper og påmelding", "", [341_587, 327_946, 340_000]),
         ("Utstyr og drakter", "", [198_662, 176_420, 190_000]),
         ("Andre driftskostnader", "", [231_904, 246_118, 230_000])],
        [("Renteinntekter", "", [6_115, 7_402, 5_000])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "fin": None, "net_fin": None})
    res = Statement("Resultatregnskap", cols, inc_k, label_header="Beløp i kr")
    won = value_of(inc_k, "Årsresultat")
    bal = Statement("Balanse pr. 31.12.2017", cols[:2], balance(
        "nb", 2,
        [("Klubbhus og garasje", "", [1_240_000, 1_310_000])],
        [("Kundefordringer", "", [48_300, 61_250]), ("Bankinnskudd", "", "plug")],
        [("Egenkapital 1.1.", "", [1_404_432 + won[1], 1_404_432]), ("Årets resultat", "", won[:2])],
        [("Lån Sparebanken", "", [420_000, 480_000])],
        [("Leverandørgjeld", "", [73_522, 64_917]), ("Annen kortsiktig gjeld", "", [38_150, 41_880])],
        labels={"fixed": "Anleggsmidler", "sum_equity": "Sum egenkapital"}), label_header="Beløp i kr")
    items = [
        ("p", "KVITÅSEN IDRETTSLAG", {"bold": True, "size": 13, "align": "center"}),
        ("h", 1, "Årsmelding 2017"),
        ("p", "Behandles på årsmøtet i klubbhuset på Kvitåsen 8. mars 2018", {"italic": True}),
        ("h", 2, "Hovedstyrets beretning"),
        ("p", "Kvitåsen Idrettslag ble stiftet i 1946 og er medlem av Norges idrettsforbund gjennom "
              "{g:Hedmark} idrettskrets. Laget har tilbud i fotball, ski, håndball og trim, og de fleste "
              "medlemmene bor i {g:Brumunddal} og bygdene rundt i {g:Ringsaker}. Ved utgangen av året hadde "
              "laget 742 medlemmer, og medlemstallet økte med {p:4,6 %|medlemstallet} fra 2016."),
        ("p", "Hovedstyret har hatt ni styremøter og behandlet 64 saker. Gruppelederne har møtt på "
              "hovedstyrets møter når gruppenes saker har vært oppe, men har ikke stemmerett der."),
        ("bh", "Hovedstyret 2017", {"size": 11}),
        ("table", [["Verv", "Navn", "På valg"], ["Leder", "Tone Marit Haugsrud", "2019"],
                   ["Nestleder", "Øyvind Kjernli", "2018"], ["Kasserer", "Berit Lund Sæther", "2019"],
                   ["Sekretær", "Håkon Ruud", "2018"], ["Styremedlem", "Siri Bakkejord", "2018"],
                   ["Varamedlem", "Morten Enger", "2018"]],
         {"ruled": True, "widths": [4.0, 6.0, 3.0], "shade_header": "DDE6D5"}),
        ("bh", "Andre tillitsvalgte", {"size": 11}),
        ("tablines", [["Kontrollkomité:", "Arvid Sletten og Gunn Rakel Moe"],
                      ["Valgkomité:", "Ragnhild Tangen (leder), Even Lillerud"],
                      ["Representant i idrettsrådet:", "Jon Petter Skjelbred"],
                      ["Revisor:", "Hedmark Regnskap og Revisjon AS"]], {"stops": (6.0,)}),
        ("h", 2, "Rapporter fra gruppene"),
        ("bh", "Fotballgruppa", {"size": 10.5}),
        ("p", "Gruppestyret har bestått av leder Frode Amundrud, kasserer Linda Hovde, sportslig leder "
              "Kristian Bakken og dommerkontakt Eli Sørby. Gruppa hadde 19 lag i seriespill, og andelen "
              "jenter blant de aktive har steget til {p:38 prosent|andelen jenter blant de aktive}. "
              "A-laget rykket opp til 5. divisjon etter en sterk høstsesong."),
        ("bh", "Skigruppa", {"size": 10.5}),
        ("tablines", [["Leder", "Marianne Kolstad"], ["Nestleder", "Torgeir Berg"],
                      ["Løypekontakt", "Sverre Nordli"], ["Kasserer", "Hilde Mo Fjeld"]], {"stops": (4.0,)}),
        ("p", "Rulleskiløypa ved klubbhuset ble ferdig i juni. Gruppa arrangerte Kvitåsenrennet med 233 "
              "deltakere og hadde løpere med i hovedlandsrennet på {g:Gålå}."),
        ("bh", "Håndballgruppa", {"size": 10.5}),
        ("table", [["Verv", "Navn"], ["Leder", "Camilla Grønvold"], ["Kasserer", "Bjørn Inge Lie"],
                   ["Materialforvalter", "Anette Holmstad"]], {"ruled": False, "widths": [4.0, 6.0]}),
        ("p", "Håndballgruppa har hatt sju lag, og alle kamper er spilt i hallen i {g:Moelv}."),
        ("bh", "Trimgruppa", {"size": 10.5}),
        ("p", "Trimgruppa har vært ledet av Per Olav Haugen, med Wenche Dahl som kasserer. Tirsdagsturene "
              "har samlet i snitt 22 deltakere."),
        ("h", 2, "Økonomi"),
        ("p", f"Idrettslaget fikk et overskudd på kr {kr(won[0])}. Inntektene var "
              "{p:4,3 %|Inntektene var} "
              "høyere enn året før, først og fremst på grunn av treningsavgifter og tilskudd fra "
              "{g:Ringsaker kommune|Ringsaker}. Hovedstyret mener økonomien er god."),
        ("stmt", res, {"title": "Resultatregnskap 2017"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2017"}),
        ("p", "Hovedstyret takker alle trenere, lagledere og foreldre for innsatsen, og "
              "sponsorene våre for støtten i 2017."),
        ("sign", "{g:Brumunddal}, 12. februar 2018",
         [("Tone Marit Haugsrud", "leder"), ("Øyvind Kjernli", "nestleder"), ("Berit Lund Sæther", "kasserer"),
          ("Håkon Ruud", "sekretær"), ("Siri Bakkejord", "styremedlem")], {"cols": 3}),
    ]
    return {
        "name": "kvitasen-il-2017", "lang": "nb", "year": 2017, "title": "Kvitåsen Idrettslag årsmelding 2017",
        "organization": {"name": "Kvitåsen Idrettslag", "founded_year": 1946,
                         "address": "Postboks 41, 2381 Brumunddal", "email": "post@kvitasen-il.no",
                         "website": "www.kvitasen-il.no"},
        "ceo": None, "board": board, "items": items, "renditions": ["docx", "pdf"],
        "footer": "Kvitåsen IL · Postboks 41, 2381 {g:Brumunddal} · post@kvitasen-il.no · www.kvitasen-il.no",
        "font": "Liberation Sans",
        "not_places": ["Hedmark Regnskap og Revisjon AS"], "places_optional": ["Kvitåsen"],
        "not_board": ["Frode Amundrud", "Marianne Kolstad", "Camilla Grønvold", "Per Olav Haugen",
                      "Arvid Sletten", "Ragnhild Tangen", "Jon Petter Skjelbred", "Linda Hovde", "Torgeir Berg"],
        "notes": "Hovedstyret is the board (kasserer and sekretær MEDL); each group's own styre (leder, "
                 "kasserer ...) is printed as prose, tab lines or an unruled table and is not the board; "
                 "kontrollkomité, valgkomité, idrettsråd representative not board. No daglig leder.",
    }


def gragasa_stiftelse() -> dict:
    board = [("Randi Fossum", "LEDE", None), ("Geir Ødegård", "NEST", None), ("Linn Tveter", "MEDL", None),
             ("Hallstein Brekke", "MEDL", None), ("Jorunn Kile", "VARA", None)]
    cols = [Col("2004", 2004), Col("2003", 2003)]
    inc_g = income(
        "nb", 2,
        [("Driftstilskudd fra Asker kommune", "", [1_150_000, 1_100_000]),
         ("Tilskudd fra Akershus fylkeskommune", "", [240_000, 240_000]),
         ("Kursinntekter og skolebesøk", "", [412_780, 367_215]),
         ("Utleie av båter og lokaler", "", [96_400, 88_950])],
        [("Lønn og sosiale kostnader", "", [1_268_332, 1_199_604]),
         ("Vedlikehold båter og bygninger", "", [318_476, 251_093]),
         ("Andre driftskostnader", "", [247_519, 262_880])],
        [("Renteinntekter", "", [14_226, 19_871]), ("Rentekostnader", "", [-3_140, -4_015])])
    res = Kroner("Resultatregnskap", cols, inc_g, note_col="Note")
    surplus = value_of(inc_g, "Årsresultat")[0]
    bal = Kroner("Balanse", cols, balance(
        "nb", 2,
        [("Bygninger og brygge", "", [2_480_000, 2_560_000]), ("Båter og utstyr", "", [365_000, 402_000])],
        [("Fordringer", "", [52_870, 47_310]), ("Bankinnskudd", "", "plug")],
        [("Grunnkapital", "", [200_000, 200_000]), ("Annen egenkapital", "", [2_751_492, 2_673_553])],
        [("Pantelån", "", [150_000, 180_000])],
        [("Leverandørgjeld", "", [68_204, 71_948]), ("Skyldige offentlige avgifter", "", [91_612, 86_377])]),
        note_col="Note")
    items = [
        ("h", 1, "Stiftelsen Grågåsa Kystkultursenter"),
        ("p", "Årsberetning og regnskap for 2004", {"size": 13}),
        ("h", 2, "Virksomhetens art og hvor den drives"),
        ("p", "Stiftelsen Grågåsa Kystkultursenter ble opprettet i 1989 av Asker kystlag og "
              "{g:Asker kommune|Asker}. Stiftelsen skal ta vare på og formidle kystkulturen i indre "
              "{g?:Oslofjorden} gjennom skolebesøk, kurs i tradisjonsbåtbygging og åpne dager ved senteret "
              "på {g:Slemmestad}. Senteret har adresse Strandveien 9, 3470 {g:Slemmestad}, telefon 66 79 41 20."),
        ("p", "I 2004 tok senteret imot 3 140 elever fra skoler i {g:Asker}, {g:Bærum} og {g:Oslo}. "
              "Det er {p:12 %|flere enn i 2003} flere enn i 2003. Kursene i båtbygging var fulltegnet."),
        ("h", 2, "Styre, fagråd og administrasjon"),
        ("p", "Styret oppnevnes av Asker kommune og Asker kystlag for to år om gangen. Styret har i 2004 "
              "bestått av Randi Fossum (styreleder), Geir Ødegård (nestleder), Linn Tveter og Hallstein Brekke. "
              "Varamedlem har vært Jorunn Kile. Styret har hatt seks møter."),
        ("p", "Fagrådet gir styret råd om samlingene og formidlingen, men har ingen besluttende myndighet. "
              "Fagrådet har i 2004 hatt disse medlemmene:"),
        ("table", [["Navn", "Fagfelt", "Oppnevnt av"],
                   ["Eirik Hals Mørk (leder)", "Båtbygging", "Norsk Forening for Fartøyvern"],
                   ["Astrid Lyngstad", "Museumsfag", "Akershus fylkesmuseum"],
                   ["Torkel Steen", "Kystkultur og fiske", "Asker kystlag"],
                   ["Vibeke Sand", "Skoleverket", "Asker kommune"]],
         {"ruled": True, "widths": [5.0, 4.0, 6.0], "shade_header": "E3E3E3"}),
        ("p", "Daglig leder er Kjell Arne Roksvåg. Senteret har i tillegg en båtbygger og en formidler i "
              "faste stillinger, til sammen 2,6 årsverk. Regnskapet føres av Slemmestad Regnskapskontor, "
              "og stiftelsens revisor er statsautorisert revisor Nina Kvalheim."),
        ("h", 2, "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Sykefraværet var {p:3,2 %|sykefraværet} av samlet arbeidstid. Det har ikke vært skader "
              "eller ulykker. Styret har to kvinner og to menn; av de ansatte er én kvinne. Virksomheten "
              "forurenser ikke det ytre miljø utover det som er vanlig for båtverksteder."),
        ("h", 2, "Økonomi og fortsatt drift"),
        ("p", f"Årsresultatet ble kr {kr(surplus)},-. Forutsetningen om fortsatt drift er til stede. Styret "
              "foreslår at overskuddet overføres til annen egenkapital."),
        ("stmt", res, {"title": "Resultatregnskap for 2004"}),
        ("stmt", bal, {"title": "Balanse pr. 31. desember 2004"}),
        ("sign", "{g:Asker}, 14. mars 2005",
         [("Randi Fossum", "styreleder"), ("Geir Ødegård", "nestleder"), ("Linn Tveter", "styremedlem"),
          ("Hallstein Brekke", "styremedlem"), ("Kjell Arne Roksvåg", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "gragasa-kystkultur-2004", "lang": "nb", "year": 2004,
        "title": "Stiftelsen Grågåsa Kystkultursenter årsberetning 2004",
        "organization": {"name": "Stiftelsen Grågåsa Kystkultursenter", "founded_year": 1989,
                         "address": "Strandveien 9, 3470 Slemmestad", "phone": "66 79 41 20"},
        "ceo": "Kjell Arne Roksvåg", "board": board, "items": items, "renditions": ["doc", "pdf"],
        "font": "Liberation Serif", "header": "Stiftelsen Grågåsa Kystkultursenter – årsberetning 2004",
        "not_board": ["Eirik Hals Mørk", "Astrid Lyngstad", "Torkel Steen", "Vibeke Sand", "Nina Kvalheim"],
        "not_places": ["Asker kystlag", "Asker kommune", "Slemmestad Regnskapskontor"],
        "places_optional": ["Akershus"],
        "notes": "Board in one sentence with roles in brackets; the fagråd as a ruled table with its own "
                 "leder (not board); daglig leder signs beside the board (ceo, not board); revisor not board.",
    }


def lauvhamar_museum() -> dict:
    board = [("Sigrid Ljones", "LEDE", None), ("Asbjørn Tveitnes", "NEST", None),
             ("Magnhild Steine", "MEDL", None), ("Olav K. Fykse", "MEDL", None),
             ("Ingebjørg Hus", "MEDL", None), ("Leiv Vikøren", "VARA", None), ("Brita Norheim", "VARA", None)]
    cols = [Col("Rekneskap 1996", 1996), Col("Rekneskap 1995", 1995)]
    inc_m = income(
        "nn", 2,
        [("Medlemspengar", "", [18_450, 17_900]), ("Billettinntekter", "", [41_275, 36_830]),
         ("Tilskot frå Kvam herad", "", [85_000, 80_000]), ("Tilskot frå Hordaland fylkeskommune", "", [30_000, 30_000]),
         ("Sal i museumsbua", "", [22_614, 19_402])],
        [("Løn og godtgjersler", "", [98_300, 94_100]), ("Straum og forsikring", "", [27_842, 26_115]),
         ("Vedlikehald av bygningar", "", [44_907, 31_660]), ("Andre driftsutgifter", "", [19_388, 22_471])],
        [("Renteinntekter", "", [3_910, 4_255])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
                "fin": None, "net_fin": None})
    res = Statement("Driftsrekneskap", cols, inc_m, label_header="Kr")
    surplus = value_of(inc_m, "Årsresultat")
    bal = Statement("Balanse", cols, balance(
        "nn", 2, [],
        [("Kasse", "", [2_140, 1_870]), ("Bankinnskot", "", "plug")],
        [("Eigenkapital 1.1.", "", [90_215 + surplus[1], 90_215]), ("Årsresultat", "", surplus)],
        [],
        [("Skuldige kostnader", "", [6_230, 5_410])],
        labels={"sum_debt": "Sum gjeld"}), label_header="Kr")
    items = [
        ("h", 1, "Lauvhamar Bygdemuseum"),
        ("p", "Årsmelding for 1996", {"size": 14, "bold": True}),
        ("h", 2, "Om museumslaget"),
        ("p", "Lauvhamar Bygdemuseum vart skipa i 1958 og har sidan 1971 hatt tunet sitt ved Lauvhamar i "
              "{g:Øystese}, i {g:Kvam herad|Kvam}. Laget eig seks bygningar, mellom dei ei kvernhusrekkje og ei "
              "sjøbu, og hadde 369 medlemer ved årsskiftet."),
        ("h", 2, "Årsmøtet 1996"),
        ("p", "Årsmøtet vart halde på Øystese ungdomshus 14. mars 1996 med 41 medlemer til stades. Eirik "
              "Aksnes vart vald til møteleiar. Årsmelding og rekneskap for 1995 vart godkjende utan merknader."),
        ("p", "Valet fekk dette utfallet:"),
        ("table", [["Verv", "Namn", "Merknad"],
                   ["Leiar", "Sigrid Ljones", "attvald for 2 år"],
                   ["Nestleiar", "Asbjørn Tveitnes", "ikkje på val"],
                   ["Styremedlem", "Magnhild Steine", "ikkje på val"],
                   ["Styremedlem", "Olav K. Fykse", "ny, vald for 2 år"],
                   ["Styremedlem", "Ingebjørg Hus", "attvald for 2 år"],
                   ["1. varamedlem", "Leiv Vikøren", "vald for 1 år"],
                   ["2. varamedlem", "Brita Norheim", "vald for 1 år"]],
         {"ruled": True, "widths": [3.6, 5.0, 5.0]}),
        ("p", "Jens Mo hadde sete i styret frå 1992 og tok ikkje attval. Årsmøtet takka han for lang og "
              "god innsats."),
        ("p", "Valnemnd: Gudrun Øvredal (leiar) og Håvard Samland, begge valde for 2 år. Revisor: Knut "
              "Lid, attvald."),
        ("h", 2, "Styret sitt arbeid"),
        ("p", "Styret har hatt sju møte og handsama 38 saker. Dagleg leiar (museumsbestyrar) Gunvor Helland "
              "har vore sekretær for styret. Kulturkontoret i Kvam herad har hatt kontakt med laget gjennom "
              "kultursjef Arne Bjotveit."),
        ("p", "Museet var ope frå 1. juni til 31. august. Det kom 2 317 besøkjande, og av desse var "
              "{p:22 prosent|frå utlandet} frå utlandet. Skuleklassar frå {g:Norheimsund} og "
              "{g:Ålvik} var på besøk i mai. Sjøbua fekk nytt tak med hjelp frå "
              "{g:Hordaland} fylkeskommune."),
        ("h", 2, "Rekneskap"),
        ("p", f"Rekneskapen viser eit overskot på kr {kr(surplus[0])}. Inntektene frå billettar auka med "
              "{p:12,1 %|Inntektene frå billettar auka}."),
        ("stmt", res, {"title": "Driftsrekneskap 1996"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.1996"}),
        ("p", "{g:Øystese}, 20. februar 1997", {"italic": True}),
        ("p", "For styret: Sigrid Ljones, leiar"),
    ]
    return {
        "name": "lauvhamar-museum-1996", "lang": "nn", "year": 1996, "title": "Lauvhamar Bygdemuseum årsmelding 1996",
        "organization": {"name": "Lauvhamar Bygdemuseum", "founded_year": 1958,
                         "address": "Lauvhamar, 5610 Øystese", "phone": "56 55 31 84"},
        "ceo": "Gunvor Helland", "board": board, "items": items, "renditions": ["doc", "pdf"],
        "font": "Liberation Serif",
        "footer": "Lauvhamar Bygdemuseum, Lauvhamar, 5610 {g:Øystese} – tlf. 56 55 31 84",
        "not_board": ["Jens Mo", "Gudrun Øvredal", "Håvard Samland", "Knut Lid", "Eirik Aksnes", "Arne Bjotveit"],
        "not_places": ["Øystese ungdomshus", "Kvam herad", "Hordaland fylkeskommune"],
        "places_optional": ["Lauvhamar"],
        "notes": "Nynorsk. The årsmøte's election table is the board list (attvald / ikkje på val / ny); "
                 "two numbered varamedlemer; a member who did not stand again, valnemnd, revisor, møteleiar and "
                 "the kultursjef are not board; dagleg leiar (museumsbestyrar) is the ceo.",
    }


REPORTS = [kvitasen_il, gragasa_stiftelse, lauvhamar_museum]
