"""Reports of the fifty-seventh held-out set (part b): a large sports club, a boat association, a
crisis-centre IKS. Invented organisations, people and figures; real places valid in the report's
year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income


def polarstjerna() -> dict:
    cols = [Col("Regnskap 2022", 2022), Col("Budsjett 2022", 2022, BUDGET), Col("Regnskap 2021", 2021)]
    res = Statement("Resultatregnskap", cols, income("nb", 3, [
        ("Medlemskontingent", "", [1284000, 1250000, 1198500]),
        ("Treningsavgifter", "", [3942600, 3800000, 3516200]),
        ("Sponsorinntekter", "", [1865000, 2000000, 1702400]),
        ("Offentlige tilskudd og grasrotandel", "", [1412300, 1300000, 1689700]),
        ("Arrangementer og kiosk", "", [2208400, 1900000, 1045800]),
    ], [
        ("Lønn og godtgjørelser", "", [4610200, 4700000, 4385100]),
        ("Hall- og baneleie", "", [2231500, 2200000, 2094300]),
        ("Reiser og turneringer", "", [1906800, 1750000, 1121600]),
        ("Utstyr og drakter", "", [842100, 800000, 796400]),
        ("Andre driftskostnader", "", [794600, 750000, 702900]),
    ], fin=[("Netto finansposter", "", [18700, 10000, 6200])], labels={"net_fin": None, "fin": None,
                                                                     "sum_inc": "Sum inntekter",
                                                                     "sum_cost": "Sum kostnader"}),
        label_header="")
    bal = Statement("Balanse", [Col("2022", 2022), Col("2021", 2021)], balance("nb", 2,
        fixed=[("Klubbhus", "", [3450000, 3600000]), ("Kunstgressbane", "", [5280000, 5720000])],
        current=[("Kundefordringer", "", [412800, 356100]), ("Bankinnskudd", "", "plug")],
        equity=[("Egenkapital", "", [6884600, 6484000])],
        long=[("Lån i Sparebanken", "", [2900000, 3300000])],
        short=[("Leverandørgjeld", "", [318400, 291700]), ("Skyldige offentlige avgifter", "", [246300, 228900])]),
        label_header="")
    return {
        "name": "polarstjerna-il-2022", "year": 2022, "lang": "nb", "accent": "15365C", "shade": "E6EAF3",
        "title": "IL Polarstjerna – Årsberetning 2022", "tile_cols": 4,
        "runner": "IL Polarstjerna · Årsberetning 2022",
        "organization": {"name": "IL Polarstjerna", "founded_year": 1946, "website": "www.polarstjerna.no"},
        "ceo": "Kristoffer Isaksen Labahå",
        "board": [("Sunniva Rasch Eliassen", "LEDE", None), ("Mats Henrik Pedersen", "NEST", None),
                  ("Guro Strøm Nilsen", "MEDL", None), ("Ahmed Farah Nur", "MEDL", None),
                  ("Tonje Kristiansen Bye", "MEDL", None), ("Vilde Sørensen Moe", "VARA", None)],
        "board_optional": ["Oda Lyngmo"],
        "not_board": ["Hallgeir Berg", "Linn Moan", "Stig Åge Hansen", "Rakel Nordby", "Espen Vang",
                      "Ingrid Evjen", "Per Olav Simonsen", "Marte Fagerli", "Trond Haugland", "Jan Erik Nygård",
                      "Siri Kvalvik"],
        "items": [
            ("cover", "Årsberetning 2022", "Glede, mestring og fellesskap", "IL Polarstjerna"),
            ("h", 1, "Lederen har ordet"),
            ("flow", [
                ("p", "2022 ble året da alt kom i gang igjen. Vi hadde 2 140 medlemmer ved årsskiftet, og 86 lag "
                      "deltok i seriespill fra {g:Tromsø} til {g:Alta}."),
                ("p", "Det nye kunstgresset på hjemmebanen sto ferdig i mai, med støtte fra {g:Tromsø} kommune og "
                      "spillemidler fra {g:Troms og Finnmark} fylkeskommune."),
                ("p", "En stor takk til daglig leder Kristoffer Isaksen Labahå, til sportslig leder Linn Moan og til "
                      "de mer enn 400 frivillige. Takk også til æresmedlem Hallgeir Berg, som i år ledet "
                      "jubileumskomiteen."),
                ("p", "Sunniva Rasch Eliassen, leder"),
            ], {"cols": 2, "photo": "Åpningen av kunstgresset i mai. Ordfører Stig Åge Hansen klipper snoren.",
                "at": 2}),
            ("side", "Om klubben", ["Stiftet 1946", "Fotball, ski, håndball og turn", "www.polarstjerna.no"]),
            ("tiles", [("2 140", "Medlemmer"), ("86", "Lag i seriespill"), ("412", "Frivillige"),
                       ("{p:58 %}", "Jenter og kvinner blant aktive")], {"title": "Klubben i tall"}),
            ("caprow", "Hovedstyret", [
                ("Leder", "Sunniva Rasch Eliassen"), ("Nestleder", "Mats Henrik Pedersen"),
                ("Økonomiansvarlig", "Guro Strøm Nilsen"), ("Styremedlem", "Ahmed Farah Nur"),
                ("Styremedlem", "Tonje Kristiansen Bye"), ("Varamedlem", "Vilde Sørensen Moe")]),
            ("p", "Ungdomsrepresentant Oda Lyngmo har møtt i hovedstyret med tale- og forslagsrett."),
            ("side", "Andre tillitsvalgte", ["Kontrollutvalg: Rakel Nordby (leder), Espen Vang",
                                            "Valgkomité: Ingrid Evjen (leder), Per Olav Simonsen, Marte Fagerli",
                                            "Revisor: Trond Haugland, registrert revisor"]),
            ("h", 2, "Gruppene"),
            ("divtable", [["Gruppe", "Leder", "Aktive", "Endring"],
                          ["Fotball", "Jan Erik Nygård", "1 024", "{p:+6 %}"],
                          ["Ski", "Siri Kvalvik", "388", "{p:-4 %}"],
                          ["Håndball", "Linn Moan", "302", "{p:+11 %}"],
                          ["Turn", "Marte Fagerli", "276", "{p:+2 %}"]]),
            ("timeline", "Året i klubben", [
                ("Februar", "Klubbmesterskap på ski i {g:Kroken}."),
                ("Mai", "Kunstgresset åpnet."),
                ("Juli", "G14 vant sin klasse i Norway Cup i {g:Oslo}."),
                ("Oktober", "Håndballgruppa arrangerte regionsturnering i {g:Harstad}."),
                ("Desember", "Juleavslutning for 600 barn."),
            ]),
            ("pb",),
            ("h", 2, "Økonomi"),
            ("p", "Klubben fikk et overskudd på 400 600 kroner mot et budsjettert overskudd på 160 000 kroner. "
                  "Inntektene fra arrangementer var {p:16 prosent|Inntektene fra arrangementer} høyere enn budsjett."),
            ("stmt", res, {"title": "Resultatregnskap", "grid": True}),
            ("stmt", bal, {"title": "Balanse per 31.12.2022", "grid": True}),
            ("sign", "{g:Tromsø}, 8. februar 2023", [
                ("Sunniva Rasch Eliassen", "leder"), ("Mats Henrik Pedersen", "nestleder"),
                ("Guro Strøm Nilsen", "styremedlem"), ("Ahmed Farah Nur", "styremedlem"),
                ("Tonje Kristiansen Bye", "styremedlem")]),
        ],
        "renditions": ["chrome"],
        "notes": "Large sports club in Tromsø (Troms og Finnmark, 2022); hovedstyret as a photo caption row with "
                 "'Økonomiansvarlig' (MEDL); the youth representative in prose with speaking rights (optional); "
                 "kontrollutvalg, valgkomité and the auditor in a sidebar; group leaders in a div table (one of "
                 "them also sportslig leder); Regnskap | Budsjett | Regnskap in a div grid (budget optional).",
    }


def sandnessjoen_batforening() -> dict:
    cols = [Col("2014", 2014), Col("2013", 2013)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, [
        ("Havneleie", "", [1186400, 1122800]),
        ("Medlemskontingent", "", [192000, 186500]),
        ("Gjesteplasser", "", [214700, 188300]),
        ("Andre inntekter", "", [63900, 71200]),
    ], [
        ("Havnefogd, lønn", "", [212000, 204000]),
        ("Vedlikehold brygger", "", [418600, 372900]),
        ("Strøm og vann", "", [146300, 139800]),
        ("Forsikring", "", [88700, 85400]),
        ("Avskrivninger", "", [260000, 260000]),
        ("Andre kostnader", "", [121500, 109600]),
    ], fin=[("Renteinntekter", "", [14600, 12200]), ("Rentekostnader", "", [-96400, -104800])],
        labels={"net_fin": "Netto finans"}), label_header="Kroner")
    bal = Statement("Balanse", cols, balance("nb", 2,
        fixed=[("Flytebrygger", "", [2340000, 2600000])],
        current=[("Fordringer", "", [22600, 18400]), ("Bank", "", "plug")],
        equity=[("Egenkapital", "", [1163400, 1053200])],
        long=[("Lån", "", [1650000, 1800000])],
        short=[("Forskuddsbetalt havneleie", "", [318500, 296100]), ("Annen kortsiktig gjeld", "", [41200, 36700])]),
        label_header="Kroner")
    return {
        "name": "sandnessjoen-batforening-2014", "year": 2014, "lang": "nb", "accent": "0E4D64", "shade": "E1EEF1",
        "title": "Sandnessjøen Båtforening – Årsrapport 2014",
        "runner": "Sandnessjøen Båtforening",
        "organization": {"name": "Sandnessjøen Båtforening", "founded_year": 1962,
                         "email": "styret@ssjbf.no"},
        "ceo": None,
        "board": [("Roar Engen Myrvang", "LEDE", None), ("Kirsti Hestad", "NEST", None),
                  ("Arvid Strand Johansen", "MEDL", None), ("Mette Brattland", "MEDL", None),
                  ("Øyvind Tårnes", "MEDL", None), ("Kåre Sivertsen", "VARA", None),
                  ("Liv Torill Aune", "VARA", None)],
        "not_board": ["Harald Tinmannsvik", "Bjarne Leiknes", "Anne Grete Hals", "Jon Ivar Ness",
                      "Solveig Dybvik", "Gunnar Moe Heimdal"],
        "items": [
            ("cover", "Årsrapport 2014", "Havna vår", "Sandnessjøen Båtforening"),
            ("spread", "Dette er oss", [
                ("lead", "Sandnessjøen Båtforening ble stiftet i 1962 og driver småbåthavna i {g:Sandnessjøen} med "
                         "412 båtplasser. Foreningen har 640 medlemmer fra hele {g:Alstahaug} og nabokommunene."),
                ("tiles", [("640", "Medlemmer"), ("412", "Båtplasser"), ("{p:96 %}", "Belegg"),
                           ("1 180", "Gjestedøgn")]),
                ("quote", "Vi har fått en havn folk vil ligge i, også når det blåser fra sørvest.",
                 "Harald Tinmannsvik, havnefogd"),
            ], [
                ("dl", "Styret etter årsmøtet 2014", [
                    ("Leder", "Roar Engen Myrvang"), ("Nestleder", "Kirsti Hestad"),
                    ("Kasserer", "Arvid Strand Johansen"), ("Sekretær", "Mette Brattland"),
                    ("Havneansvarlig", "Øyvind Tårnes"), ("Varamedlemmer", "Kåre Sivertsen og Liv Torill Aune")]),
                ("dl", "Utvalg og verv", [
                    ("Valgkomité", "Bjarne Leiknes, Anne Grete Hals"), ("Revisorer", "Jon Ivar Ness, Solveig Dybvik"),
                    ("Havnefogd", "Harald Tinmannsvik (deltid)")]),
                ("side", "Kontakt", ["styret@ssjbf.no", "Postboks 118, 8801 {g:Sandnessjøen}"], {"wide": True}),
            ]),
            ("pb",),
            ("h", 2, "Styrets beretning"),
            ("flow", [
                ("p", "Styret har hatt 9 møter og behandlet 54 saker. Årets store sak var utskifting av den ytterste "
                      "flytebrygga, som ble levert fra {g:Mosjøen} i april."),
                ("p", "Belegget i havna var {p:96 prosent|belegget} mot {p:91 prosent|i 2013} i 2013. Gjestehavna "
                      "hadde besøk fra {g:Sverige} og {g:Tyskland} og mange fra {g:Helgeland} ellers."),
                ("p", "Styret takker havnefogd Harald Tinmannsvik for god innsats, og Gunnar Moe Heimdal, som gikk av "
                      "som leder etter tolv år i styret."),
                ("p", "Foreningen fikk et overskudd på 110 200 kroner, som er overført til egenkapitalen."),
            ], {"cols": 2, "photo": "Ny flytebrygge på plass. Dugnadsgjengen fra venstre: Øyvind Tårnes, "
                                     "Bjarne Leiknes og Kåre Sivertsen.", "at": 1}),
            ("timeline", "Året i havna", [
                ("April", "Ny flytebrygge levert."),
                ("Juni", "Havnedag med 300 besøkende."),
                ("August", "Kystseilas fra {g:Brønnøysund} la inn med 22 båter."),
                ("Oktober", "Opptak av båter og dugnad."),
            ]),
            ("stmt", res, {"title": "Resultatregnskap 2014"}),
            ("stmt", bal, {"title": "Balanse 31.12.2014"}),
            ("sign", "{g:Sandnessjøen}, 12. februar 2015", [
                ("Roar Engen Myrvang", "leder"), ("Kirsti Hestad", "nestleder"), ("Arvid Strand Johansen", "kasserer"),
                ("Mette Brattland", "sekretær"), ("Øyvind Tårnes", "styremedlem")]),
        ],
        "renditions": ["chrome"],
        "notes": "Boat association in Alstahaug (Nordland) in 2014; board as a definition list (kasserer, "
                 "sekretær, havneansvarlig MEDL; both varamedlemmer in one definition); valgkomité, lay revisorer "
                 "and the part-time havnefogd in a second list (no daglig leder: ceo null); a former leader "
                 "thanked; a photo caption naming board and non-board people.",
    }


def tyrifjord_krisesenter() -> dict:
    cols = [Col("2020", 2020), Col("2019", 2019)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, [
        ("Tilskudd fra eierkommunene", "", [13420, 12980]),
        ("Andre tilskudd", "", [1165, 1310]),
        ("Andre driftsinntekter", "", [318, 402]),
    ], [
        ("Lønnskostnader", "2", [11842, 11205]),
        ("Husleie", "", [1260, 1236]),
        ("Andre driftskostnader", "", [1402, 1548]),
    ], fin=[("Finansinntekter", "", [12, 21])]), unit=1000, negative="paren", note_col="Note",
        above="Alle tall i hele 1000 kr")
    bal = Statement("Balanse", cols, balance("nb", 2,
        fixed=[("Inventar og utstyr", "", [286, 341])],
        current=[("Fordringer", "", [402, 377]), ("Bankinnskudd", "", "plug")],
        equity=[("Innskutt egenkapital", "", [500, 500]), ("Annen egenkapital", "", [1934, 1693])],
        long=[("Pensjonsforpliktelser", "3", [1108, 1022])],
        short=[("Skyldige feriepenger", "", [1096, 1041]), ("Annen kortsiktig gjeld", "", [688, 735])]),
        unit=1000, negative="paren", note_col="Note", above="Alle tall i hele 1000 kr")
    return {
        "name": "tyrifjord-krisesenter-iks-2020", "year": 2020, "lang": "nb", "accent": "6B2D5C", "shade": "F2E8EF",
        "title": "Krisesenteret Tyrifjord IKS – Årsrapport 2020",
        "runner": "Krisesenteret Tyrifjord IKS · Årsrapport 2020",
        "organization": {"name": "Krisesenteret Tyrifjord IKS", "founded_year": 2010,
                         "owners": [{"name": "Ringerike kommune", "share_percent": 44.0},
                                    {"name": "Modum kommune", "share_percent": 22.0},
                                    {"name": "Hole kommune", "share_percent": 12.0},
                                    {"name": "Jevnaker kommune", "share_percent": 12.0},
                                    {"name": "Sigdal kommune", "share_percent": 10.0}]},
        "ceo": "Nina Bergseth Aarnes",
        "board": [("Eivind Tveiten Rud", "LEDE", False), ("Marianne Holm Kaasa", "NEST", False),
                  ("Petter Lie Fossum", "MEDL", False), ("Hege Brenden Viul", "MEDL", False),
                  ("Camilla Sundby", "MEDL", True), ("Thomas Aasen Frøshaug", "VARA", None)],
        "not_board": ["Kari Anne Sand", "Lars Gjerdalen", "Wenche Fjeld", "Svein Erik Holte", "Tone Kolbjørnsrud",
                      "Berit Løvlien", "Martin Brekkestø"],
        "items": [
            ("cover", "Årsrapport 2020", "Et trygt sted – også i et unntaksår", "Krisesenteret Tyrifjord IKS"),
            ("tiles", [("62", "Beboere"), ("1 874", "Overnattingsdøgn"), ("{p:23 %}", "Flere dagsamtaler"),
                       ("14,9 mill. kr", "Driftsinntekter")], {"title": "2020 i tall"}),
            ("h", 1, "Daglig leder har ordet"),
            ("flow", [
                ("p", "Krisesenteret holdt åpent hele døgnet gjennom hele pandemien. Vi tok imot 62 beboere, 39 "
                      "kvinner, 4 menn og 19 barn, og antallet dagsamtaler økte med {p:23 prosent|dagsamtaler}."),
                ("p", "Mange henvendelser kom via politiet i {g:Hønefoss} og barnevernet i {g:Modum}. Takk til "
                      "fagleder Kari Anne Sand og alle ansatte, og til politiets familievoldskoordinator Lars "
                      "Gjerdalen for tett samarbeid."),
                ("p", "Nina Bergseth Aarnes, daglig leder"),
            ], {"cols": 2, "photo": "Fra hagen på krisesenteret. Foto: Wenche Fjeld", "at": 1}),
            ("quote", "Selv i nedstengningen var døra vår åpen. Det er vi stolte av.", "Kari Anne Sand, fagleder"),
            ("spread", "Dette er oss", [
                ("lead", "Krisesenteret Tyrifjord IKS gir et trygt botilbud og samtaler til voksne og barn utsatt for "
                         "vold i nære relasjoner. Senteret ble opprettet i 2010 og eies av fem kommuner i {g:Viken}."),
                ("h", 3, "Eiere og representantskap"),
                ("divtable", [["Eierkommune", "Eierandel", "Representant"],
                              ["{g:Ringerike kommune|Ringerike}", "{p:44 %}", "Svein Erik Holte (leder)"],
                              ["{g:Modum kommune|Modum}", "{p:22 %}", "Tone Kolbjørnsrud (nestleder)"],
                              ["{g:Hole kommune|Hole}", "{p:12 %}", "Berit Løvlien"],
                              ["{g:Jevnaker kommune|Jevnaker}", "{p:12 %}", "Martin Brekkestø"],
                              ["{g:Sigdal kommune|Sigdal}", "{p:10 %}", "Wenche Fjeld"]],
                 {"cols": "2fr 1fr 2.4fr"}),
            ], [
                ("caprow", "Styret", [
                    ("Styreleder", "Eivind Tveiten Rud"), ("Nestleder", "Marianne Holm Kaasa"),
                    ("Styremedlem", "Petter Lie Fossum"), ("Styremedlem", "Hege Brenden Viul"),
                    ("Ansattvalgt", "Camilla Sundby"), ("Vara", "Thomas Aasen Frøshaug")],
                 {"note": "Styret velges av representantskapet. Den ansattvalgte velges av og blant de ansatte."}),
                ("side", "Fakta", ["Stiftet 2010", "22 ansatte, 16,4 årsverk", "Døgnåpent i {g:Ringerike}",
                                   "Revisor: Viken Kommunerevisjon"], {"wide": True}),
            ]),
            ("timeline", "Året 2020", [
                ("Januar", "{g:Jevnaker} ble del av {g:Viken}; eierskapet videreført."),
                ("Mars", "Smittevernplan og egne isolasjonsrom tatt i bruk."),
                ("September", "Representantskapet vedtok ny selskapsavtale."),
                ("November", "Kurs for ansatte i barnesamtaler."),
            ]),
            ("pb",),
            ("h", 2, "Styrets årsberetning"),
            ("flow", [
                ("p", "Krisesenteret Tyrifjord IKS har sin virksomhet i {g:Ringerike}. Sykefraværet var "
                      "{p:7,9 %|sykefraværet}. Av de ansatte er 20 kvinner og 2 menn."),
                ("p", "Årsresultatet ble et overskudd på 241 000 kroner, som overføres til annen egenkapital. "
                      "Forutsetningen om fortsatt drift er til stede."),
            ], {"cols": 2}),
            ("sign", "{g:Hønefoss}, 3. mars 2021", [
                ("Eivind Tveiten Rud", "styreleder"), ("Marianne Holm Kaasa", "nestleder"),
                ("Petter Lie Fossum", "styremedlem"), ("Hege Brenden Viul", "styremedlem"),
                ("Camilla Sundby", "styremedlem"), ("Nina Bergseth Aarnes", "daglig leder")]),
            ("stmt", res, {"title": "Resultatregnskap"}),
            ("stmt", bal, {"title": "Balanse"}),
        ],
        "key_figures_optional": [{"label": "Driftsinntekter", "year": 2020, "value": 14900000}],
        "not_places": ["Viken Kommunerevisjon"],
        "renditions": ["chrome"],
        "notes": "Crisis-centre IKS owned by five kommuner in Viken (2020, Jevnaker's first year in Viken); owners "
                 "and representantskap in one div table; board in a photo caption row ('Ansattvalgt', 'Vara'); "
                 "statements in 1000 kr with brackets; the representantskap's member from Sigdal also credited "
                 "for a photo.",
    }


REPORTS = [polarstjerna, sandnessjoen_batforening, tyrifjord_krisesenter]
