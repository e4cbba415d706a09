"""Thirty-fifth held-out set, part B: a kommunal eiendom KF, a patient organisation's fylkeslag and
a barnehage stiftelse. All names, sentences and figures are invented; places are real and valid in
the report's year. Sums are computed, never typed."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income  # noqa: F401
from h3_render import Kroner


# ---------------------------------------------------------------- 4. kommunal eiendom KF

def hurum_eiendom_kf_2014() -> dict:
    cols = [Col("Regnskap 2014", 2014), Col("Regulert budsjett 2014", 2014, BUDGET), Col("Regnskap 2013", 2013)]
    res = income("nb", 3,
                 inc=[("Husleieinntekter fra kommunen", "", [38_412, 38_400, 36_905]),
                      ("Husleie fra private leietakere", "", [6_118, 6_300, 5_872]),
                      ("Refusjoner og andre inntekter", "", [2_204, 1_500, 2_460])],
                 cost=[("Lønnsutgifter inkl. sosiale utgifter", "3", [9_872, 10_050, 9_514]),
                       ("Kjøp av varer og tjenester", "", [14_660, 14_200, 13_988]),
                       ("Energi", "", [6_455, 6_900, 6_812]),
                       ("Vedlikehold", "", [5_130, 5_600, 4_771]),
                       ("Avskrivninger", "5", [7_240, 7_300, 6_980])],
                 fin=[("Renteinntekter", "", [312, 250, 288]), ("Renteutgifter", "", [-3_120, -3_400, -3_266])],
                 labels={"sum_cost": "Sum driftsutgifter", "cost": "Driftsutgifter", "op": "Brutto driftsresultat",
                         "fin": "Finansinntekter og -utgifter", "net_fin": "Resultat eksterne finanstransaksjoner",
                         "result": "Netto driftsresultat"})
    st = Statement("Driftsregnskap", cols, res, note_col="Note", negative="paren", label_header="Tall i 1000 kr",
                   unit=1000)
    bcols = [Col("31.12.2014", 2014), Col("31.12.2013", 2013)]
    bal = balance("nb", 2,
                  fixed=[("Faste eiendommer og anlegg", "5", [212_440, 205_980]),
                         ("Utstyr, maskiner og transportmidler", "5", [3_615, 3_902]),
                         ("Pensjonsmidler", "4", [18_320, 17_110])],
                  current=[("Kortsiktige fordringer", "", [4_118, 3_766]), ("Bankinnskudd", "", "plug")],
                  equity=[("Disposisjonsfond", "", [2_612, 1_880]), ("Kapitalkonto", "", [54_905, 52_411])],
                  long=[("Pensjonsforpliktelser", "4", [22_870, 21_430]),
                        ("Lån fra Hurum kommune", "6", [152_330, 149_100])],
                  short=[("Leverandørgjeld", "", [4_260, 3_905]), ("Annen kortsiktig gjeld", "", [5_810, 5_402])],
                  labels={"sum_eq_debt": "Sum egenkapital og gjeld"})
    bst = Statement("Balanse", bcols, bal, note_col="Note", label_header="Tall i 1000 kr", unit=1000)
    board = [("Gunnar Thorsrud", "LEDE", False), ("Elin Kjos Bredesen", "NEST", False),
             ("Svein Arild Moen", "MEDL", False), ("Marianne Tofte", "MEDL", False),
             ("Roger Holter", "MEDL", True),
             ("Bente Aarsrud", "VARA", None), ("Kåre Vinje", "VARA", None), ("Anita Kolberg", "VARA", None),
             ("Eivind Sandaker", "VARA", None), ("Lise Grønlund", "VARA", None)]
    items = [
        ("p", "Hurum kommunale eiendom KF", {"bold": True, "size": 22}),
        ("p", "Årsberetning og årsregnskap 2014", {"size": 15}),
        ("p", "Behandlet i foretakets styre 24. februar 2015, sak 06/15"),
        ("pagebreak",),
        ("toc", [("Daglig leders kommentar", 3), ("Foretakets formål", 4), ("Eiendomsporteføljen", 5),
                 ("Organisasjon og bemanning", 6), ("Prosjekter", 8), ("Styret", 10), ("Økonomi", 11),
                 ("Driftsregnskap", 12), ("Balanse", 13), ("Noter", 14)]),
        ("pagebreak",),
        ("h", 1, "Daglig leders kommentar"),
        ("p", "2014 ble året da den nye barneskolen på {g:Tofte} sto ferdig, til avtalt tid og innenfor "
              "rammen. Jeg vil takke prosjektleder Morten Sveen og byggekomiteens leder Ann Kristin Hauge "
              "for et solid stykke arbeid, og rådmann Trond Egil Sørum for godt samarbeid med "
              "kommuneadministrasjonen."),
        ("p", "Vi har også tatt et viktig steg i energiarbeidet: forbruket per kvadratmeter gikk ned med "
              "{p:6,2 %|forbruket per kvadratmeter} fra 2013."),
        ("p", "Jan Olav Fjeldstad, daglig leder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Foretakets formål"),
        ("p", "Hurum kommunale eiendom KF ble opprettet av kommunestyret 1. januar 2007 etter kommuneloven "
              "kapittel 11. Foretaket eier, forvalter, drifter og vedlikeholder kommunens formålsbygg og "
              "utleieboliger på {g:Sætre}, {g:Tofte} og {g:Klokkarstua}. Adressen er Kirkeveien 8, 3482 "
              "{g:Tofte}, telefon 32 22 60 00."),
        ("pagebreak",),
        ("h", 1, "Eiendomsporteføljen"),
        ("table", [["Kategori", "Bygg", "Areal m²"], ["Skoler", "5", "24 310"], ["Barnehager", "6", "5 840"],
                   ["Sykehjem og omsorgsboliger", "4", "14 220"], ["Administrasjon og kultur", "3", "6 105"],
                   ["Utleieboliger", "96", "6 770"]], {"ruled": True}),
        ("pagebreak",),
        ("h", 1, "Organisasjon og bemanning"),
        ("p", "Foretaket hadde ved årsskiftet 21 ansatte, 19,4 årsverk. Organisasjonen er slik:"),
        ("tablines", [["Jan Olav Fjeldstad", "Daglig leder"], ["Hege Lindstad", "Økonomisjef"],
                      ["Morten Sveen", "Prosjektleder"], ["Kristian Alsaker", "Avdelingsleder drift"],
                      ["Berit Solheim", "Avdelingsleder renhold"], ["Ingrid Nærland", "HR-rådgiver (delt med kommunen)"],
                      ["Tor Arne Dyrnes", "Hovedverneombud"], ["Wenche Ask", "Tillitsvalgt, Fagforbundet"]],
         {"stops": (6.5,)}),
        ("p", "Arbeidsmiljøutvalget ble i 2014 ledet av Tor Arne Dyrnes. Sykefraværet var "
              "{p:8,9 %|sykefraværet}, mot {p:10,3 %|sykefraværet} i 2013. Av de ansatte var "
              "{p:43 %|kvinner} kvinner."),
        ("pagebreak",),
        ("h", 1, "Prosjekter"),
        ("li", "Tofte barneskole, ny skole for 340 elever – ferdigstilt august 2014"),
        ("li", "Rehabilitering av omsorgsboliger på {g:Sætre} – under arbeid"),
        ("li", "Energisparekontrakt (EPC), fase 2 – sluttført"),
        ("p", "Byggekomiteen for barneskolen har bestått av Ann Kristin Hauge (leder), Per Vidar Kjølstad "
              "og Nina Solum."),
        ("pagebreak",),
        ("h", 1, "Styret"),
        ("p", "Styret er valgt av kommunestyret for perioden 2011–2015 og har fem medlemmer med personlige "
              "varamedlemmer. Ett medlem med vara er valgt av og blant de ansatte."),
        ("table", [["Verv", "Medlem", "Personlig varamedlem"],
                   ["Leder", "Gunnar Thorsrud", "Bente Aarsrud"],
                   ["Nestleder", "Elin Kjos Bredesen", "Kåre Vinje"],
                   ["Medlem", "Svein Arild Moen", "Anita Kolberg"],
                   ["Medlem", "Marianne Tofte (fra 19. juni)", "Eivind Sandaker"],
                   ["Ansattes representant", "Roger Holter", "Lise Grønlund"]], {"ruled": True}),
        ("p", "Bjørg Haugland fratrådte som styremedlem i juni etter eget ønske. Kommunestyret valgte "
              "Marianne Tofte som nytt medlem i møte 18. juni."),
        ("p", "Styret har hatt 9 møter og behandlet 58 saker. Kommunestyrets kontrollutvalg, ledet av "
              "Helge Buskerud, har fått tilsendt alle styreprotokoller."),
        ("pagebreak",),
        ("h", 1, "Økonomi"),
        ("p", "Netto driftsresultat ble positivt, og mindreforbruket settes av til disposisjonsfond etter "
              "styrets vedtak. Revisor er Kommunerevisjonen Vest-Viken IKS, ved oppdragsansvarlig revisor "
              "Steinar Ruud, statsautorisert revisor."),
        ("pagebreak",),
        ("stmt", st, {"title": "Driftsregnskap 2014"}),
        ("pagebreak",),
        ("stmt", bst, {"title": "Balanse pr. 31.12.2014"}),
        ("pagebreak",),
        ("h", 1, "Noter"),
        ("bh", "Note 3 Lønn og godtgjørelser"),
        ("p", "Daglig leder har i 2014 mottatt lønn på kr 894 500. Godtgjørelse til styret var kr 142 000, "
              "hvorav styrets leder kr 48 000."),
        ("bh", "Note 6 Lån fra kommunen"),
        ("p", "Foretakets investeringer finansieres ved lån fra {g:Hurum kommune|Hurum}, med rente lik "
              "kommunens gjennomsnittlige lånerente, {p:2,7 %|lånerente} i 2014."),
        ("sign", "{g:Tofte}, 24. februar 2015",
         [("Gunnar Thorsrud", "styreleder"), ("Elin Kjos Bredesen", "nestleder"), ("Svein Arild Moen", "styremedlem"),
          ("Marianne Tofte", "styremedlem"), ("Roger Holter", "ansattes representant"),
          ("Jan Olav Fjeldstad", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "hurum-eiendom-kf-2014", "year": 2014, "title": "Årsberetning 2014 Hurum kommunale eiendom KF",
        "organization": {"name": "Hurum kommunale eiendom KF", "founded_year": 2007, "address": "Kirkeveien 8",
                         "phone": "32 22 60 00"},
        "ceo": "Jan Olav Fjeldstad", "board": board, "board_optional": ["Bjørg Haugland"],
        "not_board": ["Morten Sveen", "Ann Kristin Hauge", "Trond Egil Sørum", "Hege Lindstad", "Kristian Alsaker",
                      "Berit Solheim", "Ingrid Nærland", "Tor Arne Dyrnes", "Wenche Ask", "Per Vidar Kjølstad",
                      "Nina Solum", "Helge Buskerud", "Steinar Ruud"],
        "not_places": ["Marianne Tofte", "Tofte barneskole", "Lån fra Hurum kommune", "Helge Buskerud",
                       "Kommunerevisjonen Vest-Viken"],
        "header": "Hurum kommunale eiendom KF", "footer": "Årsberetning 2014 – side {PAGE}", "footer_align": "right",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Board as Verv | Medlem | Personlig varamedlem (deputies VARA), an ansattes representant "
                 "(employee_elected), a leaver (optional); a member named Tofte beside the place Tofte; "
                 "staff, AMU, byggekomité, kontrollutvalg, rådmann and auditor not board; i 1000 kr with "
                 "brackets and a regulated budget (optional).",
    }


# ---------------------------------------------------------------- 5. patient organisation's fylkeslag

def lungepasient_agder_2022() -> dict:
    cols = [Col("Regnskap 2022", 2022), Col("Regnskap 2021", 2021), Col("Budsjett 2023", 2023, BUDGET)]
    res = income("nb", 3,
                 inc=[("Tilskudd fra forbundet", "", [186_000, 180_000, 190_000]),
                      ("Tilskudd Agder fylkeskommune", "", [95_000, 90_000, 95_000]),
                      ("Prosjektmidler Stiftelsen Dam", "2", [148_500, 0, 120_000]),
                      ("Deltakeravgifter kurs og turer", "", [63_420, 21_300, 60_000]),
                      ("Gaver og minnegaver", "", [27_810, 34_650, 25_000])],
                 cost=[("Lønn organisasjonskonsulent", "3", [241_300, 228_700, 250_000]),
                       ("Kurs, likepersonsarbeid og samlinger", "", [138_660, 42_110, 120_000]),
                       ("Reiser og møter", "", [58_230, 31_880, 60_000]),
                       ("Kontor og IKT", "", [34_115, 32_940, 35_000]),
                       ("Tilskudd til lokallag", "", [40_000, 40_000, 40_000])],
                 fin=[("Renteinntekter", "", [5_000, 1_510, 4_000])],
                 labels={"fin": None, "net_fin": None})
    st = Statement("Resultatregnskap", cols, res, note_col="Note", negative="paren", label_header="")
    bcols = [Col("31.12.2022", 2022), Col("31.12.2021", 2021)]
    bal = balance("nb", 2, fixed=[],
                  current=[("Fordringer", "", [12_400, 5_100]), ("Bankinnskudd", "", "plug")],
                  equity=[("Egenkapital", "", [234_555, 221_130])], long=[],
                  short=[("Ubrukte prosjektmidler", "2", [28_500, 0]), ("Annen kortsiktig gjeld", "", [18_720, 16_480])])
    bst = Statement("Balanse", bcols, bal, note_col="Note", label_header="")
    board = [("Anne Berit Skaiå", "LEDE", None), ("Tor Helge Ravnås", "NEST", None), ("Gry Lindeland", "MEDL", None),
             ("Halvor Øvland", "MEDL", None), ("Synne Tveit Aasland", "MEDL", None), ("Kjell Roger Hægeland", "VARA", None),
             ("Vigdis Omland", "VARA", None)]
    items = [
        ("p", "Lungepasientforeningen Agder", {"bold": True, "size": 22, "align": "center"}),
        ("p", "Årsberetning 2022", {"size": 16, "align": "center"}),
        ("photo", 5, 6, "Deltakere på likepersonsamlingen på {g:Hamresanden} i september."),
        ("pagebreak",),
        ("toc", [("Fylkeslederen har ordet", 2), ("Om fylkeslaget", 3), ("Fylkesårsmøtet 2022", 4),
                 ("Fylkesstyret", 5), ("Utvalg og råd", 6), ("Lokallagene", 7), ("Likepersonsarbeid", 8),
                 ("Brukermedvirkning", 9), ("Regnskap", 10), ("Revisors beretning", 12)]),
        ("pagebreak",),
        ("h", 1, "Fylkesleder har ordet"),
        ("p", "Endelig kunne vi møtes igjen! Etter to år med digitale møter fylte vi salen på "
              "likepersonsamlingen, og bassengtreningen kom i gang igjen i flere lokallag."),
        ("p", "Jeg vil takke organisasjonskonsulent Linn Merete Fidjeland for en enorm innsats, og "
              "generalsekretær Øyvind Nesheim i forbundet for besøket på fylkesårsmøtet. En spesiell takk "
              "går til Solveig Haugen, som har vært likeperson i tjue år og ble hedret med forbundets "
              "hederstegn, og til lungesykepleier Ragnhild Vatne ved Sørlandet sykehus {g?:Arendal}."),
        ("p", "Anne Berit Skaiå\nfylkesleder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Om fylkeslaget"),
        ("p", "Lungepasientforeningen Agder ble stiftet i 1979 og har 1 214 medlemmer i sju lokallag. "
              "Kontoret ligger i Tollbodgata 4, 4611 {g:Kristiansand}. E-post: agder@lungepasient.no."),
        ("p", "Medlemstallet økte med {p:3,4 %|medlemstallet} i 2022."),
        ("pagebreak",),
        ("h", 1, "Fylkesårsmøtet 2022"),
        ("p", "Fylkesårsmøtet ble holdt i {g:Grimstad} 23. april med 38 delegater. Møteleder var Bjarne "
              "Tellefsen, og referent var Marit Sødal. Protokollen ble underskrevet av Torild Mydland og "
              "Aslak Vennesland. Generalsekretær Øyvind Nesheim hilste fra forbundet."),
        ("pagebreak",),
        ("h", 1, "Fylkesstyret"),
        ("p", "Fylkesstyret ved utgangen av 2022:"),
        ("portraits", [("Anne Berit Skaiå", ["Fylkesleder", "{g?:Lillesand}"]),
                       ("Tor Helge Ravnås", ["Nestleder", "{g?:Mandal}"]),
                       ("Gry Lindeland", ["Styremedlem", "{g?:Vennesla}"]),
                       ("Halvor Øvland", ["Styremedlem", "{g?:Evje}"]),
                       ("Synne Tveit Aasland", ["Styremedlem", "{g?:Farsund}"]),
                       ("Kjell Roger Hægeland", ["1. varamedlem", "{g?:Kristiansand}"]),
                       ("Vigdis Omland", ["2. varamedlem", "{g?:Arendal}"])], {"per_row": 4}),
        ("p", "Styremedlem Leif Åsmund Ljosland, som ble gjenvalgt på årsmøtet, døde i november. Vi minnes ham "
              "med stor takknemlighet. Synne Tveit Aasland rykket da opp fra varamedlem. "
              "Styret har hatt 8 styremøter og behandlet 52 saker."),
        ("pagebreak",),
        ("h", 1, "Utvalg og råd"),
        ("table", [["Utvalg", "Leder", "Øvrige medlemmer"],
                   ["Valgkomité", "Berit Kvinlaug", "Oddvar Tønnessen, Ruth Eikeland"],
                   ["Kontrollkomité", "Svein Olav Brattland", "Mona Frigstad"],
                   ["Ungdomsrådet", "Ida Sofie Knutsen", "Emil Holte, Sara Birkeland"],
                   ["Likepersonsutvalget", "Solveig Haugen", "Jostein Ramsland"]], {"ruled": True}),
        ("pagebreak",),
        ("h", 1, "Lokallagene"),
        ("table", [["Lokallag", "Leder", "Medlemmer"],
                   ["{g?:Arendal} og omegn", "Per Egil Hansen", "318"], ["{g?:Grimstad}", "Liv Torunn Moi", "142"],
                   ["{g?:Kristiansand}", "Olav Kristoffersen", "401"], ["Lister", "Helene Sunde", "118"],
                   ["Setesdal", "Gunnar Bjørgum", "64"], ["Lindesnes", "Kari Hovland", "97"],
                   ["{g?:Vennesla}", "Arild Fidje", "74"]], {"ruled": True}),
        ("pagebreak",),
        ("h", 1, "Likepersonsarbeid"),
        ("p", "Fylkeslaget har 19 godkjente likepersoner. Det ble registrert 412 samtaler, mot 305 året før."),
        ("pagebreak",),
        ("h", 1, "Brukermedvirkning"),
        ("p", "Fylkeslaget har representanter i brukerutvalget ved Sørlandet sykehus (Jostein Ramsland) og "
              "i eldrerådet i {g:Kristiansand kommune|Kristiansand} (Halvor Øvland, som møter som "
              "fylkeslagets representant)."),
        ("pagebreak",),
        ("stmt", st, {"title": "Resultatregnskap 2022"}),
        ("p", "Budsjett for 2023 ble vedtatt av fylkesårsmøtet.", {"size": 8.5}),
        ("stmt", bst, {"title": "Balanse"}),
        ("p", "Note 2: Midlene fra Stiftelsen Dam gjelder prosjektet «Pust ute». Ubrukte midler er ført som gjeld."),
        ("sign", "{g:Kristiansand}, 14. februar 2023",
         [("Anne Berit Skaiå", "fylkesleder"), ("Tor Helge Ravnås", "nestleder"), ("Gry Lindeland", ""),
          ("Halvor Øvland", ""), ("Synne Tveit Aasland", "")], {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til fylkesårsmøtet i Lungepasientforeningen Agder. Vi har revidert årsregnskapet for 2022. "
              "Etter vår mening gir regnskapet et dekkende bilde av foreningens finansielle stilling."),
        ("p", "{g:Kristiansand}, 2. mars 2023\nSørlandsrevisjon AS\nTrine Kvåle\nstatsautorisert revisor"),
    ]
    return {
        "name": "lungepasient-agder-2022", "year": 2022, "title": "Årsberetning 2022 Lungepasientforeningen Agder",
        "organization": {"name": "Lungepasientforeningen Agder", "founded_year": 1979, "address": "Tollbodgata 4",
                         "email": "agder@lungepasient.no"},
        "ceo": None, "board": board, "board_optional": ["Leif Åsmund Ljosland"],
        "not_board": ["Linn Merete Fidjeland", "Øyvind Nesheim", "Solveig Haugen", "Ragnhild Vatne", "Bjarne Tellefsen",
                      "Marit Sødal", "Torild Mydland", "Aslak Vennesland", "Berit Kvinlaug", "Svein Olav Brattland",
                      "Ida Sofie Knutsen", "Per Egil Hansen", "Olav Kristoffersen", "Jostein Ramsland", "Trine Kvåle"],
        "not_places": ["Agder fylkeskommune", "Sørlandet sykehus", "Sørlandsrevisjon"],
        "places_optional": ["Agder", "Sørlandet", "Lister", "Setesdal", "Lindesnes"],
        "header": "Lungepasientforeningen Agder · Årsberetning 2022", "footer": "{PAGE}",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Board as portrait cells with role and home town (towns optional); a member who died "
                 "(optional); the fylkesårsmøte's møteleder, referent and signers, valgkomité, kontrollkomité, "
                 "ungdomsråd, lokallag leaders, likepersoner, the generalsekretær, staff and auditor not board; "
                 "no daglig leder; a budget column (optional).",
    }


# ---------------------------------------------------------------- 6. barnehage stiftelse

def tveitan_barnehage_2011() -> dict:
    cols = [Col("2011", 2011), Col("2010", 2010)]
    res = income("nb", 2,
                 inc=[("Foreldrebetaling", "", [2_118_450, 2_064_300]),
                      ("Kommunalt tilskudd", "2", [5_872_600, 5_540_120]),
                      ("Statlige tilskudd", "", [388_000, 402_500]),
                      ("Andre inntekter", "", [64_220, 58_910])],
                 cost=[("Lønnskostnader", "3", [6_904_330, 6_488_450]),
                       ("Husleie", "", [780_000, 760_000]),
                       ("Mat og forbruksmateriell", "", [412_880, 398_210]),
                       ("Avskrivninger", "4", [86_400, 86_400]),
                       ("Andre driftskostnader", "", [361_680, 365_880])],
                 fin=[("Finansinntekter", "", [22_310, 19_870])])
    st = Kroner("Resultatregnskap", cols, res, note_col="Note", negative="paren", label_header="")
    bal = balance("nb", 2,
                  fixed=[("Inventar og leker", "4", [259_200, 345_600])],
                  current=[("Fordringer", "", [96_400, 88_200]), ("Bankinnskudd", "5", "plug")],
                  equity=[("Grunnkapital", "", [50_000, 50_000]), ("Annen egenkapital", "", [612_670, 692_380])],
                  long=[], short=[("Skyldig lønn og feriepenger", "", [588_100, 561_330]),
                                  ("Skyldige offentlige avgifter", "", [201_450, 194_870]),
                                  ("Annen kortsiktig gjeld", "", [46_220, 39_760])])
    bst = Kroner("Balanse", cols, bal, note_col="Note", label_header="")
    board = [("Hilde Bakke Ødegaard", "LEDE", False), ("Frode Skjelbred", "NEST", False),
             ("Camilla Berg Sørensen", "MEDL", False), ("Tommy Andersen", "MEDL", False),
             ("Monica Nilsen", "MEDL", True), ("Lars Erik Thorsen", "VARA", None)]
    items = [
        ("p", "Stiftelsen Tveitan barnehage", {"bold": True, "size": 20}),
        ("p", "Årsmelding 2011", {"size": 16}),
        ("p", "Tveitanveien 21, 3270 {g:Larvik} · Tlf. 33 18 42 70 · post@tveitan-barnehage.no"),
        ("photo", 4, 7, "Barn og ansatte på avdeling Ekorn en vinterdag ved {g:Farrisvannet}."),
        ("pagebreak",),
        ("h", 1, "Innhold"),
        ("li", "Styrers hilsen"), ("li", "Om barnehagen"), ("li", "Personalet"), ("li", "Samarbeidsutvalget og FAU"),
        ("li", "Styrets beretning"), ("li", "Årsregnskap med noter"), ("li", "Revisjonsberetning"),
        ("pagebreak",),
        ("h", 1, "Styrers hilsen"),
        ("p", "Et nytt barnehageår er lagt bak oss, med full barnehage og et stabilt personale. Høsten ble "
              "preget av arbeidet med ny uteplass, og foreldredugnaden i mai samlet over 60 voksne."),
        ("p", "Takk til FAU-leder Kristin Hvidsten og til Ove Johnsen, som ledet dugnadsgjengen. Takk også "
              "til barnehagekonsulent Mette Gulliksen i {g:Larvik kommune|Larvik} for godt samarbeid om "
              "tilsynet."),
        ("p", "Gro Heum Pedersen\nstyrer", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Om barnehagen"),
        ("p", "Stiftelsen Tveitan barnehage ble opprettet i 1984 av foreldre i nærmiljøet. Barnehagen har "
              "fire avdelinger og 68 barn, hvorav 22 under tre år. Beleggsprosenten var "
              "{p:98,5 %|beleggsprosenten}."),
        ("pagebreak",),
        ("h", 1, "Personalet"),
        ("table", [["Navn", "Stilling", "Avdeling"],
                   ["Gro Heum Pedersen", "Styrer (daglig leder)", "—"],
                   ["Anette Hagen", "Pedagogisk leder", "Ekorn"],
                   ["Stine Marie Holm", "Pedagogisk leder", "Grevling"],
                   ["Jørgen Kristoffersen", "Pedagogisk leder", "Rev"],
                   ["Nina Aamodt", "Pedagogisk leder", "Hare"],
                   ["Monica Nilsen", "Barne- og ungdomsarbeider, verneombud", "Ekorn"],
                   ["Eirin Larsen", "Assistent, tillitsvalgt Fagforbundet", "Rev"]], {"ruled": True}),
        ("p", "Sykefraværet var {p:5,7 %|sykefraværet} i 2011."),
        ("pagebreak",),
        ("h", 1, "Samarbeidsutvalget og FAU"),
        ("p", "Samarbeidsutvalget (SU) har i 2011 bestått av Kristin Hvidsten (leder, foreldrerepresentant), "
              "Rolf Egil Lunde (foreldrerepresentant), Anette Hagen og Eirin Larsen (ansatte) og "
              "Hilde Bakke Ødegaard (eier). FAU ledes av Kristin Hvidsten."),
        ("pagebreak",),
        ("h", 1, "Styrets beretning 2011"),
        ("p", "Stiftelsen driver barnehage i {g:Larvik}. Årsregnskapet viser et underskudd, som skyldes "
              "høyere lønnskostnader etter lønnsoppgjøret og et lavere statlig tilskudd. Egenkapitalen er "
              "fortsatt god, og forutsetningen om fortsatt drift er til stede."),
        ("p", "Styret består av to representanter valgt av foreldrene, to oppnevnt av stiftelsens råd og én "
              "representant valgt av de ansatte. Daglig leder er styrets sekretær. Styret har hatt sju møter."),
        ("p", "Arbeidsmiljøet er godt. Barnehagen har et ytre miljø som ikke forurenser. Av 19 ansatte "
              "er 17 kvinner."),
        ("sign", "{g:Larvik}, 12. mars 2012",
         [("Hilde Bakke Ødegaard", "Styreleder"), ("Frode Skjelbred", "Nestleder"),
          ("Camilla Berg Sørensen", "Styremedlem (foreldrerepresentant)"),
          ("Tommy Andersen", "Styremedlem (foreldrerepresentant)"), ("Monica Nilsen", "Styremedlem (ansattes representant)"),
          ("Lars Erik Thorsen", "Varamedlem"), ("Gro Heum Pedersen", "Daglig leder")], {"cols": 2}),
        ("pagebreak",),
        ("stmt", st, {"title": "Resultatregnskap 2011"}),
        ("stmt", bst, {"title": "Balanse pr. 31.12.2011"}),
        ("pagebreak",),
        ("h", 1, "Noter til regnskapet"),
        ("bh", "Note 3 Lønnskostnader"),
        ("p", "Barnehagen har hatt 16,8 årsverk. Lønn til daglig leder utgjorde kr 512 400. Det er ikke "
              "utbetalt styrehonorar. Revisors honorar var kr 21 000."),
        ("bh", "Note 5 Bankinnskudd"),
        ("p", "Av bankinnskuddet er kr 268 200 bundne skattetrekksmidler."),
        ("pagebreak",),
        ("h", 1, "Revisjonsberetning"),
        ("p", "Til styret i Stiftelsen Tveitan barnehage"),
        ("p", "Vi har revidert årsregnskapet for Stiftelsen Tveitan barnehage for 2011. Etter vår mening er "
              "årsregnskapet avgitt i samsvar med lov og forskrifter. Stiftelsen er forvaltet i samsvar med "
              "lov, stiftelsens formål og vedtektene for øvrig."),
        ("p", "{g:Sandefjord}, 20. mars 2012\nRevisorgruppen Vestfold AS\n\nEspen Bugge Halvorsen\nstatsautorisert revisor"),
    ]
    return {
        "name": "tveitan-barnehage-2011", "year": 2011, "title": "Årsmelding 2011 Stiftelsen Tveitan barnehage",
        "organization": {"name": "Stiftelsen Tveitan barnehage", "founded_year": 1984, "address": "Tveitanveien 21",
                         "email": "post@tveitan-barnehage.no", "phone": "33 18 42 70"},
        "ceo": "Gro Heum Pedersen", "board": board,
        "not_board": ["Kristin Hvidsten", "Rolf Egil Lunde", "Anette Hagen", "Eirin Larsen", "Ove Johnsen",
                      "Mette Gulliksen", "Espen Bugge Halvorsen", "Stine Marie Holm", "Nina Aamodt"],
        "not_places": ["Revisorgruppen Vestfold"],
        "places_optional": ["Vestfold"],
        "header": "Stiftelsen Tveitan barnehage", "footer": "Årsmelding 2011 · {PAGE}",
        "items": items, "renditions": ["pdf", "docx"],
        "notes": "Board only as a signature block with roles under the names (parents' and employees' "
                 "representatives; employee_elected known), far from the start; SU and FAU leader, staff "
                 "(the employee member also listed as staff), the kommune's consultant and the auditor not "
                 "board; Kroner with a Note column, the deficit in brackets.",
    }


REPORTS = [hurum_eiendom_kf_2014, lungepasient_agder_2022, tveitan_barnehage_2011]
