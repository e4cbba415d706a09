"""Thirty-ninth set, part a: a borettslag's generalforsamling booklet, a boligsameie's årsmøte
papers and a skolekorps' årsmøtepapirer. Invented names and figures; real places."""
from __future__ import annotations

from heldout_finance import Statement, balance, income
from h3_render import Kroner
from h39_common import cols, proposal_rows


def bjerkely_brl() -> dict:
    """Borettslag in Lørenskog, 2019: the housing-cooperative booklet as the big managers print it:
    a letter to the residents, the innkalling signed "Name /s/", TILLITSVALGTE in tab columns
    (styret, varamedlemmer, delegate to the boligbyggelag, valgkomité), the forretningsfører firm
    and its forvalter, a vaktmester firm, statements with two budget columns, and the valgkomité's
    proposal for next year (a sitting member proposed as leader, two new names)."""
    board = [("Geir Arne Brekkhus", "LEDE", None), ("Linda Kvamsdal Ruud", "NEST", None),
             ("Hamid Rezaei", "MEDL", None), ("Ingvild Sæther", "MEDL", None),
             ("Per-Olav Tandberg", "MEDL", None), ("Kristin Aamodt", "VARA", None),
             ("Jonas Heggelund", "VARA", None)]
    c = cols(("Regnskap 2019", 2019, "a"), ("Regnskap 2018", 2018, "a"), ("Budsjett 2019", 2019, "b"),
             ("Budsjett 2020", 2020, "b"))
    res = Statement("RESULTATREGNSKAP", c, income("nb", 4,
        [("Innkrevde felleskostnader", "2", [4_812_360, 4_649_640, 4_812_000, 5_004_500]),
         ("Andre inntekter", "3", [96_420, 88_150, 80_000, 85_000])],
        [("Personalkostnader", "4", [62_140, 60_880, 63_000, 64_000]),
         ("Styrehonorar", "5", [140_000, 130_000, 140_000, 150_000]),
         ("Avskrivninger", "", [48_200, 48_200, 48_200, 48_200]),
         ("Revisjonshonorar", "6", [14_375, 13_950, 14_500, 15_000]),
         ("Forretningsførerhonorar", "", [231_600, 226_200, 231_600, 237_400]),
         ("Konsulenthonorar", "7", [58_750, 12_500, 40_000, 30_000]),
         ("Drift og vedlikehold", "8", [1_164_280, 903_410, 1_050_000, 1_120_000]),
         ("Forsikringer", "", [312_640, 298_100, 315_000, 330_000]),
         ("Kommunale avgifter", "9", [698_410, 671_200, 700_000, 728_000]),
         ("Energi/fyring", "", [402_920, 431_770, 420_000, 410_000]),
         ("Kabel-TV/bredbånd", "", [226_800, 224_400, 227_000, 229_000]),
         ("Andre driftskostnader", "10", [119_560, 108_230, 110_000, 115_000])],
        fin=[("Finansinntekter", "", [22_140, 18_760, 15_000, 18_000]),
             ("Finanskostnader", "11", [-1_380_620, -1_401_930, -1_390_000, -1_420_000])]),
        note_col="Note", label_header="", render="unruled")
    bal = Statement("BALANSE", cols(("2019", 2019, "a"), ("2018", 2018, "a")), balance("nb", 2,
        [("Bygninger", "12", [82_400_000, 82_448_200]), ("Tomt", "", [3_150_000, 3_150_000])],
        [("Kundefordringer", "", [18_420, 22_960]), ("Forskuddsbetalte kostnader", "", [41_300, 38_750]),
         ("Driftskonto", "", "plug")],
        [("Innskutt egenkapital", "", [1_560_000, 1_560_000]), ("Opptjent egenkapital", "", [-2_712_499, -2_783_124])],
        [("Borettslagslån", "13", [86_905_310, 88_120_740])],
        [("Leverandørgjeld", "", [214_880, 187_420]), ("Påløpte renter", "", [96_420, 99_315]),
         ("Annen kortsiktig gjeld", "", [58_110, 46_900])]),
        note_col="Note", render="unruled")
    items = [
        ("bh", "Bjerkely Borettslag", {"size": 22}),
        ("p", "Org.nr. 948 312 506"),
        ("p", "INNKALLING TIL ORDINÆR GENERALFORSAMLING 2020", {"bold": True, "size": 13}),
        ("p", "ÅRSBERETNING OG REGNSKAP FOR 2019", {"bold": True, "size": 13}),
        ("photo", 3, 4, "Blokkene i Bjerkelyveien sett fra ballbingen, september 2019."),
        ("break",),
        ("bh", "Kjære beboer!"),
        ("p", "Her er heftet med innkallingen til årets generalforsamling. I det finner du styrets "
              "årsberetning og regnskapet for 2019, budsjettet for 2020 og valgkomiteens forslag. "
              "Generalforsamlingen er stedet der du kan si din mening om hvordan borettslaget drives, "
              "og der vi velger styret for det kommende året. Styret håper at mange leser heftet og møter opp."),
        ("p", "Alle andelseiere har forslags-, tale- og stemmerett, med én stemme per andel. Ektefelle, "
              "samboer eller et annet medlem av husstanden har rett til å være til stede og uttale seg. "
              "En andelseier kan møte ved fullmektig, men ingen kan være fullmektig for mer enn én andel. "
              "Navneseddelen bakerst i heftet leveres utfylt ved inngangen."),
        ("h", 1, "Innkalling til ordinær generalforsamling"),
        ("p", "Ordinær generalforsamling i Bjerkely Borettslag holdes onsdag 22. april 2020 kl. 19.00 "
              "i kantinen på {g:Fjellhamar} skole."),
        ("bh", "TIL BEHANDLING FORELIGGER:", {"size": 10.5}),
        ("p", "1. KONSTITUERING\nA) Valg av møteleder\nB) Opptak av navnefortegnelse\nC) Valg av referent og "
              "to andelseiere til å underskrive protokollen\nD) Spørsmål om møtet er lovlig kalt inn"),
        ("p", "2. ÅRSBERETNING OG REGNSKAP FOR 2019\nA) Godkjenning av årsberetning og regnskap\nB) Styret "
              "foreslår at årets resultat overføres til opptjent egenkapital"),
        ("p", "3. GODTGJØRELSER\nA) Styret\nB) Revisor"),
        ("p", "4. INNKOMNE FORSLAG\nA) Forslag fra styret om lading av elbil i garasjeanlegget\nB) Forslag "
              "fra en andelseier om hønsehold i bakgården"),
        ("p", "5. VALG AV TILLITSVALGTE\nA) Valg av styreleder for 2 år\nB) Valg av to styremedlemmer for 2 år\n"
              "C) Valg av to varamedlemmer for 1 år\nD) Valg av delegert med vara til boligbyggelagets "
              "generalforsamling\nE) Valg av valgkomité"),
        ("p", "{g:Lørenskog}, 30. mars 2020\nStyret i Bjerkely Borettslag"),
        ("p", "Geir Arne Brekkhus /s/      Linda Kvamsdal Ruud /s/      Hamid Rezaei /s/\n"
              "Ingvild Sæther /s/      Per-Olav Tandberg /s/"),
        ("break",),
        ("h", 1, "Tillitsvalgte"),
        ("p", "Siden forrige ordinære generalforsamling har borettslagets tillitsvalgte vært følgende:"),
        ("tablines", [["STYRET", "", "PERIODE"],
                      ["Styreleder", "Geir Arne Brekkhus, Bjerkelyveien 14", "2018–2020"],
                      ["Nestleder", "Linda Kvamsdal Ruud, Bjerkelyveien 6", "2018–2020"],
                      ["Styremedlem", "Hamid Rezaei, Bjerkelyveien 22", "2019–2021"],
                      ["Styremedlem", "Ingvild Sæther, Bjerkelyveien 10", "2019–2021"],
                      ["Styremedlem", "Per-Olav Tandberg, Bjerkelyveien 18", "2018–2020"],
                      ["", "", ""],
                      ["VARAMEDLEMMER TIL STYRET", "", ""],
                      ["Varamedlem", "Kristin Aamodt, Bjerkelyveien 4", "2019–2020"],
                      ["Varamedlem", "Jonas Heggelund, Bjerkelyveien 20", "2019–2020"],
                      ["", "", ""],
                      ["DELEGERT TIL BOLIGBYGGELAGETS GENERALFORSAMLING", "", ""],
                      ["Delegert", "Geir Arne Brekkhus, Bjerkelyveien 14", "2019–2020"],
                      ["Vara", "Bjørn Tore Myhre, Bjerkelyveien 8", "2019–2020"],
                      ["", "", ""],
                      ["VALGKOMITÉ", "", ""],
                      ["", "Randi Oftedal, Bjerkelyveien 12", "2019–2020"],
                      ["", "Bjørn Tore Myhre, Bjerkelyveien 8", "2019–2020"],
                      ["", "Sofie Kjelsrud, Bjerkelyveien 16", "2019–2020"]],
         {"stops": (5.0, 12.5), "size": 9.5}),
        ("h", 1, "Årsberetning for 2019"),
        ("h", 2, "Opplysninger om borettslaget"),
        ("p", "Bjerkely Borettslag ble stiftet i 1972 og består av 96 andelsleiligheter fordelt på fire "
              "blokker. Borettslaget ligger på {g:Fjellhamar} i {g:Lørenskog} kommune, gnr. 104 bnr. 277. "
              "Borettslaget er tilknyttet et boligbyggelag og har forretningsadresse Bjerkelyveien 2, "
              "1472 {g:Fjellhamar}."),
        ("h", 2, "Forretningsførsel og revisjon"),
        ("p", "Forretningsførsel etter avtale er utført av Nedre Romerike Boligforvaltning AS, med forvalter "
              "Hanne Løvli som kontaktperson for styret. Revisor er Revisorgruppen Øst AS ved statsautorisert "
              "revisor Øystein Rambøl."),
        ("p", "Vaktmestertjenesten er satt bort til Romerike Vaktmesterservice AS. Fast vaktmester er Tommy "
              "Gulliksen, som treffes i vaktmesterboden hver tirsdag mellom kl. 08.00 og 09.00."),
        ("h", 2, "Styrets arbeid"),
        ("p", "Styret har i 2019 hatt elleve styremøter og behandlet 74 saker. I tillegg har styret hatt "
              "befaring med forvalter og vaktmester vår og høst. De største sakene har vært utskifting "
              "av stakitt og porter, ny avtale om bredbånd og forberedelse av lading av elbil i garasjen."),
        ("p", "Styret takker Sofie Kjelsrud for arbeidet med beboerfesten i juni, og Tommy Gulliksen "
              "for rask innsats da vannledningen i blokk C frøs i februar."),
        ("h", 2, "Vedlikehold"),
        ("li", "Nye porter og stakitt langs gangveien (ferdig i oktober)"),
        ("li", "Spyling av avløpsrør i blokk A og B"),
        ("li", "Utbedring av fuktskade i kjelleren i blokk D"),
        ("li", "Maling av trapperom i blokk C; blokk A og B males i 2020"),
        ("h", 2, "Helse, miljø og sikkerhet"),
        ("p", "Det er ikke registrert personskader i borettslaget i 2019. Brannvernrunden ble gjennomført "
              "i november; {p:93 %|leilighetene} av leilighetene var hjemme eller hadde satt ut nøkkel."),
        ("h", 2, "Økonomi"),
        ("p", "Årets resultat ble et overskudd på kr 70 625 mot et budsjettert overskudd på kr 157 700. "
              "Avviket skyldes i hovedsak fuktskaden i blokk D og konsulenthjelp ved anbudet på porter. Felleskostnadene ble økt med "
              "{p:3,5 %|felleskostnadene} fra 1. januar 2019. Borettslagets lån er et serielån med "
              "flytende rente, {p:2,65 %|rente} per 31.12.2019. Om lag {p:41 %|renter og avdrag} av "
              "felleskostnadene går til renter og avdrag."),
        ("p", "Styret har vedtatt å øke felleskostnadene med {p:4 %|felleskostnadene} fra 1. april 2020, "
              "se budsjettet. Styret mener at forutsetningen for fortsatt drift er til stede."),
        ("break",),
        ("stmt", res, {"title": "Resultatregnskap"}),
        ("p", "Alle beløp i hele kroner.", {"italic": True, "size": 8}),
        ("break",),
        ("stmt", bal, {"title": "Balanse pr. 31.12."}),
        ("p", "Pantstillelser: borettslagets lån er sikret med pant i eiendommen (bokført verdi kr 85 550 000)."),
        ("sign", "{g:Lørenskog}, 12. mars 2020",
         [("Geir Arne Brekkhus", "styreleder"), ("Linda Kvamsdal Ruud", "nestleder"), ("Hamid Rezaei", "styremedlem"),
          ("Ingvild Sæther", "styremedlem"), ("Per-Olav Tandberg", "styremedlem")], {"cols": 3}),
        ("h", 2, "Noter til regnskapet"),
        ("p", "Note 1 Regnskapsprinsipper. Årsregnskapet er satt opp etter regnskapslovens regler for små "
              "foretak. Note 5 Styrehonorar: generalforsamlingen 2019 vedtok kr 140 000 for perioden. "
              "Note 13 Borettslagslån: lånet løper til 2046."),
        ("p", "Note 8 Drift og vedlikehold fordeler seg slik:"),
        ("table", [["Post", "2019", "2018"], ["Vaktmestertjenester", "412 800", "404 400"],
                   ["Snørydding og strøing", "168 350", "191 720"], ["Rørlegger", "121 460", "64 910"],
                   ["Porter og stakitt", "214 900", "0"], ["Fuktskade blokk D", "126 430", "0"],
                   ["Maling av trapperom", "78 000", "162 300"], ["Annet vedlikehold", "42 340", "80 080"]],
         {"ruled": False, "gold_rows": True, "size": 9}),
        ("break",),
        ("h", 1, "Budsjett for 2020"),
        ("p", "Budsjettet er satt opp av styret sammen med forretningsfører og står i egen kolonne i "
              "resultatregnskapet. Styret har lagt til grunn:"),
        ("li", "økning av felleskostnadene med {p:4 %|felleskostnadene} fra 1. april 2020"),
        ("li", "en lånerente på {p:2,9 %|lånerente} gjennom året"),
        ("li", "kommunale avgifter etter kommunens vedtak, en økning på {p:4,2 %|kommunale avgifter}"),
        ("li", "maling av trapperom i blokk A og B, ellers vanlig vedlikehold"),
        ("p", "Med dette budsjettet vil borettslaget få et overskudd på om lag kr 211 000. Styret vil "
              "bruke overskuddet til å bygge opp disponible midler før utskifting av vinduer, som "
              "vedlikeholdsplanen har satt til 2024."),
        ("h", 2, "Vedlikeholdsplan"),
        ("table", [["Tiltak", "År", "Anslått kostnad"], ["Maling av trapperom A og B", "2020", "160 000"],
                   ["Utskifting av vinduer", "2024", "4 800 000"], ["Ny asfalt på gårdsplassen", "2025", "450 000"],
                   ["Rehabilitering av bad i fellesvaskeriet", "2026", "220 000"]],
         {"ruled": True, "gold_rows": True, "size": 9}),
        ("break",),
        ("h", 1, "Husordensregler (utdrag)"),
        ("ol", "Det skal være ro i leilighetene mellom kl. 23.00 og 07.00 på hverdager."),
        ("ol", "Boring og banking er bare tillatt mellom kl. 08.00 og 20.00, ikke på søn- og helligdager."),
        ("ol", "Sykler skal stå i sykkelboden eller i stativene, ikke i trapperommet."),
        ("ol", "Grilling med kull er ikke tillatt på balkongene."),
        ("ol", "Hunder skal holdes i bånd på fellesområdene."),
        ("ol", "Avfall kastes i avfallsbrønnene; grovavfall leveres på gjenvinningsstasjonen."),
        ("p", "Hele husordensreglene og vedtektene finnes på borettslagets nettside."),
        ("break",),
        ("h", 1, "Revisors beretning"),
        ("p", "Vi har revidert årsregnskapet for Bjerkely Borettslag, som viser et overskudd på kr 70 625. "
              "Etter vår mening er årsregnskapet avgitt i samsvar med lov og forskrifter."),
        ("p", "{g:Oslo}, 18. mars 2020\nRevisorgruppen Øst AS\nØystein Rambøl\nstatsautorisert revisor"),
        ("break",),
        ("h", 1, "Sak 5: Valg av tillitsvalgte"),
        ("p", "Valgkomiteens innstilling. Geir Arne Brekkhus og Linda Kvamsdal Ruud har frasagt seg "
              "gjenvalg. Valgkomiteen foreslår:"),
        ("table", proposal_rows(["Verv", "Navn", "Merknad"], [
            ("Styreleder", "Ingvild Sæther", "ny som styreleder, 2 år"),
            ("Styremedlem", "Hamid Rezaei", "ikke på valg"),
            ("Styremedlem", "Per-Olav Tandberg", "gjenvalg, 2 år"),
            ("Styremedlem", "Marte Hovland Strøm", "ny, 2 år"),
            ("Varamedlem", "Jonas Heggelund", "gjenvalg, 1 år"),
            ("Varamedlem", "Eirik Vassbotn", "ny, 1 år"),
            ("Delegert", "Ingvild Sæther", "1 år")]), {"ruled": True, "gold_rows": True}),
        ("p", "Styret konstituerer seg selv med nestleder. For valgkomiteen: Randi Oftedal, "
              "Bjørn Tore Myhre, Sofie Kjelsrud"),
        ("break",),
        ("h", 2, "Navneseddel – leveres ved inngangen"),
        ("p", "Navn: ______________________________   Leilighet nr.: ________\n\n"
              "Andelseier: ___    Fullmektig for andelseier: ______________________________\n\n"
              "Fullmakt: Undertegnede andelseier gir herved fullmakt til ______________________ "
              "til å møte og stemme for meg på generalforsamlingen i Bjerkely Borettslag 22. april 2020.\n\n"
              "Dato: ____________   Underskrift: ______________________________"),
    ]
    return {
        "name": "bjerkely-borettslag-2019", "year": 2019, "title": "Bjerkely Borettslag – årsberetning 2019",
        "organization": {"name": "Bjerkely Borettslag", "founded_year": 1972, "address": "Bjerkelyveien 2"},
        "ceo": None, "board": board, "places_optional": ["Romerike"],
        "not_board": ["Randi Oftedal", "Bjørn Tore Myhre", "Sofie Kjelsrud", "Hanne Løvli", "Øystein Rambøl",
                      "Tommy Gulliksen", "Marte Hovland Strøm", "Eirik Vassbotn"],
        "header": "Bjerkely Borettslag – generalforsamling 2020", "footer": "Side {PAGE}",
        "items": items, "renditions": ["pdf", "docx"],
        "notes": "borettslag booklet; innkalling signed Name /s/; TILLITSVALGTE tab columns; valgkomité proposal table",
    }


def nordlysparken_sameie() -> dict:
    """Boligsameie in Tromsø, 2022: the årsmøte papers; the board in one prose sentence where only
    the leader's role is printed, a member who moved out in September (optional), the
    forretningsfører firm and its contact, a garasjeutvalg leader, the valgkomité's proposal as
    "Name (gjenvalg)" lines; statements "Beløp i NOK" with Regnskap | Budsjett | Regnskap | Budsjett."""
    board = [("Marit Johansen Eide", "LEDE", None), ("Tor Einar Pedersen", "MEDL", None),
             ("Silje Nilsen Hætta", "MEDL", None), ("Ola Rune Kristiansen", "MEDL", None),
             ("Hilde Berglund", "VARA", None)]
    c = cols(("Regnskap 2022", 2022, "a"), ("Budsjett 2022", 2022, "b"), ("Regnskap 2021", 2021, "a"),
             ("Budsjett 2023", 2023, "b"))
    res = Statement("Resultatregnskap", c, income("nb", 4,
        [("Innkrevde felleskostnader", "", [2_158_920, 2_160_000, 1_998_840, 2_278_000]),
         ("Leie garasjeplasser", "", [151_200, 151_200, 144_000, 158_400]),
         ("Andre inntekter", "", [12_480, 5_000, 8_960, 5_000])],
        [("Styrehonorar", "", [90_000, 90_000, 80_000, 95_000]),
         ("Forretningsførerhonorar", "", [142_300, 142_000, 137_800, 149_000]),
         ("Revisjonshonorar", "", [11_250, 11_000, 10_900, 12_000]),
         ("Drift og vedlikehold", "", [612_470, 560_000, 498_330, 600_000]),
         ("Forsikring", "", [188_640, 190_000, 176_210, 205_000]),
         ("Kommunale avgifter", "", [402_110, 400_000, 388_760, 418_000]),
         ("Energi", "", [468_930, 420_000, 301_540, 480_000]),
         ("Vaktmestertjenester", "", [171_600, 171_600, 166_800, 178_000]),
         ("Andre driftskostnader", "", [96_820, 80_000, 71_450, 85_000])],
        fin=[("Renteinntekter", "", [9_870, 4_000, 2_310, 12_000]),
             ("Rentekostnader", "", [-4_120, -6_000, -3_980, -6_000])]),
        label_header="Beløp i NOK", render="ruled")
    bal = Statement("Balanse", cols(("31.12.2022", 2022, "a"), ("31.12.2021", 2021, "a")), balance("nb", 2,
        [],
        [("Kundefordringer", "", [14_600, 9_820]), ("Forskuddsbetalte kostnader", "", [22_300, 19_870]),
         ("Bankinnskudd", "", "plug")],
        [("Opptjent egenkapital", "", [1_160_906, 1_016_676])],
        [],
        [("Leverandørgjeld", "", [128_760, 96_540]), ("Skyldige offentlige avgifter", "", [21_110, 20_480]),
         ("Forskuddsbetalte felleskostnader", "", [36_900, 31_220])]),
        label_header="Beløp i NOK", render="ruled")
    items = [
        ("bh", "Sameiet Nordlysparken", {"size": 18}),
        ("p", "Innkalling til ordinært årsmøte 2023 med årsberetning og regnskap for 2022", {"bold": True}),
        ("p", "Styret innkaller til ordinært årsmøte i Sameiet Nordlysparken tirsdag 28. mars 2023 kl. 18.30 "
              "i møterommet i underetasjen, Nordlysvegen 5. Hver seksjon har én stemme. En sameier kan møte "
              "ved fullmektig; fullmaktsskjema ligger bakerst."),
        ("bh", "Saksliste"),
        ("ol", "Konstituering: godkjenning av innkalling og fullmakter, valg av møteleder, protokollfører og "
               "to sameiere til å underskrive protokollen"),
        ("ol", "Styrets årsberetning for 2022"),
        ("ol", "Regnskap for 2022 med revisors beretning"),
        ("ol", "Styrehonorar"),
        ("ol", "Forslag fra styret om utskifting av inngangsdører"),
        ("ol", "Orientering om budsjett for 2023"),
        ("ol", "Valg"),
        ("p", "{g:Tromsø}, 10. mars 2023\nStyret"),
        ("break",),
        ("h", 1, "Sak 2: Styrets årsberetning for 2022"),
        ("h", 2, "Sameiet"),
        ("p", "Sameiet Nordlysparken består av 42 boligseksjoner og 12 garasjeplasser i to bygg på "
              "{g:Breivika} i {g:Tromsø}. Sameiet ble seksjonert i 2004. Adressen er Nordlysvegen 3, 9020 "
              "{g:Tromsø}."),
        ("h", 2, "Styret og tillitsvalgte"),
        ("p", "Styret har i perioden bestått av Marit Johansen Eide (leder), Tor Einar Pedersen, Silje Nilsen "
              "Hætta, Ola Rune Kristiansen og Aslak Persen. Varamedlem har vært Hilde Berglund. Aslak Persen "
              "solgte seksjonen sin og gikk ut av styret i september; styret har etter det hatt fire medlemmer. "
              "Det har vært holdt ti styremøter."),
        ("p", "Valgkomiteen har bestått av Jan Ivar Mikkelsen og Sunniva Lyngmo. Garasjeutvalget har hatt "
              "Terje Sollid som leder."),
        ("h", 2, "Forretningsfører og revisor"),
        ("p", "Forretningsfører er Ishavsforvaltning AS, der Renate Strand er sameiets kontaktperson. "
              "Revisor er Nord-Norsk Revisjon AS ved registrert revisor Ketil Amundsen. Vaktmestertjenester "
              "kjøpes fra Polar Eiendomsdrift AS; vaktmester er Roar Nygård."),
        ("h", 2, "Drift og vedlikehold"),
        ("p", "Taket på bygg B ble tettet etter lekkasje i januar, og garasjeporten fikk ny motor i mai. "
              "Ventilasjonsanlegget ble rengjort i oktober. Det er montert snøfangere over inngangene."),
        ("h", 2, "Økonomi"),
        ("p", "Regnskapet viser et årsresultat på kr 144 230, mot budsjettert kr 249 600. Energikostnadene "
              "ble {p:52 %|energikostnadene} høyere enn året før. Felleskostnadene ble økt med "
              "{p:8 %|felleskostnadene} fra 1. januar 2022. For 2023 er felleskostnadene økt med "
              "{p:5,5 %|felleskostnadene} fra 1. januar. Energi utgjør nå om lag {p:21 %|energi} av "
              "sameiets kostnader."),
        ("p", "Styret mener at årsregnskapet gir et rettvisende bilde av sameiets økonomi, og at "
              "forutsetningen om fortsatt drift er til stede."),
        ("break",),
        ("h", 1, "Sak 3: Regnskap for 2022"),
        ("stmt", res),
        ("stmt", bal),
        ("sign", "{g:Tromsø}, 6. mars 2023",
         [("Marit Johansen Eide", "Styreleder"), ("Tor Einar Pedersen", "Styremedlem"),
          ("Silje Nilsen Hætta", "Styremedlem"), ("Ola Rune Kristiansen", "Styremedlem")], {"cols": 2}),
        ("h", 1, "Sak 7: Valg"),
        ("p", "Valgkomiteen har bestått av Jan Ivar Mikkelsen og Sunniva Lyngmo. Komiteen legger fram "
              "følgende innstilling til årsmøtet:"),
        ("li", "Styreleder: Marit Johansen Eide (gjenvalg, 1 år)"),
        ("li", "Styremedlem: Tor Einar Pedersen (ikke på valg)"),
        ("li", "Styremedlem: Silje Nilsen Hætta (ikke på valg)"),
        ("li", "Styremedlem: Ola Rune Kristiansen (gjenvalg, 2 år)"),
        ("li", "Styremedlem: Lise Marie Fagertun (ny, 2 år)"),
        ("li", "Varamedlem: Hilde Berglund (gjenvalg, 1 år)"),
        ("p", "{g:Tromsø}, 2. mars 2023\nJan Ivar Mikkelsen    Sunniva Lyngmo"),
    ]
    return {
        "name": "nordlysparken-sameie-2022", "year": 2022, "title": "Sameiet Nordlysparken – årsmøte 2023",
        "organization": {"name": "Sameiet Nordlysparken", "address": "Nordlysvegen 3"},
        "ceo": None, "board": board, "board_optional": ["Aslak Persen"],
        "not_board": ["Jan Ivar Mikkelsen", "Sunniva Lyngmo", "Terje Sollid", "Renate Strand", "Ketil Amundsen",
                      "Roar Nygård", "Lise Marie Fagertun"],
        "footer": "Sameiet Nordlysparken – årsmøte 2023 – side {PAGE} av {NUMPAGES}",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "boligsameie; board in one prose sentence, only the leader's role printed; leaver optional; "
                 "valgkomité proposal as bullets with (gjenvalg)/(ikke på valg)",
    }


def vesterelva_korps() -> dict:
    """Skolekorps in Fredrikstad, 2018: årsmøtepapirer with a table of contents; the board in a
    ruled Navn | Verv | Foresatt til | Ansvarsområde table (a musikantrepresentant, a
    materialforvalter); the foreldreråd's contacts and its leader who attends board meetings
    with the right to speak (optional); two dirigenter; member auditors; statements in kroner with
    ",-" beside two budgets; the valgkomité's proposal table."""
    board = [("Camilla Strand Holmsen", "LEDE", None), ("Trond Egil Vestby", "NEST", None),
             ("Nina Fjeldstad", "MEDL", None), ("Kjersti Aas Nordby", "MEDL", None),
             ("Fredrik Lunde", "MEDL", None), ("Jenny Vestby", "MEDL", None),
             ("Morten Kristoffersen", "VARA", None)]
    c = cols(("Regnskap 2018", 2018, "a"), ("Budsjett 2018", 2018, "b"), ("Budsjett 2019", 2019, "b"))
    res = Kroner("Resultatregnskap 2018", c, income("nb", 3,
        [("Medlemskontingent", "", [187_400, 192_000, 198_000]),
         ("Kulturskolens tilskudd", "", [64_000, 64_000, 64_000]),
         ("Tilskudd Frifond og kommune", "", [31_850, 28_000, 30_000]),
         ("Momskompensasjon", "", [38_270, 30_000, 35_000]),
         ("Dugnader og loddsalg", "", [96_615, 85_000, 90_000]),
         ("Konserter og arrangement", "", [44_980, 40_000, 42_000])],
        [("Dirigenthonorar inkl. arbeidsgiveravgift", "", [284_310, 280_000, 292_000]),
         ("Instruktører og seminar", "", [52_400, 55_000, 56_000]),
         ("Noter og rekvisita", "", [18_765, 15_000, 15_000]),
         ("Instrumentreparasjoner", "", [27_940, 25_000, 25_000]),
         ("Uniformer", "", [9_880, 12_000, 20_000]),
         ("Kontingent til NMF", "", [21_330, 21_000, 22_000]),
         ("Turer og leir", "", [41_200, 38_000, 40_000]),
         ("Andre kostnader", "", [12_615, 10_000, 10_000])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
                "op": None}), render="unruled", gold_rows=True)
    bal = Kroner("Balanse pr. 31.12.2018", cols(("31.12.2018", 2018, "a"), ("31.12.2017", 2017, "a")), balance("nb", 2,
        [],
        [("Kundefordringer", "", [6_400, 3_900]), ("Bankinnskudd driftskonto", "", [118_744, 102_980]),
         ("Bankinnskudd instrumentfond", "", "plug")],
        [("Fri egenkapital", "", [53_370, 58_695]), ("Instrumentfond", "", [122_500, 110_000])],
        [],
        [("Skyldig dirigenthonorar", "", [24_100, 23_600]), ("Skyldig arbeidsgiveravgift", "", [6_774, 6_585])],
        sum_debt=False), render="unruled")
    items = [
        ("bh", "Vesterelva skolekorps", {"size": 22}),
        ("p", "Årsmøtepapirer 2019 – årsmelding og regnskap for 2018", {"bold": True, "size": 13}),
        ("photo", 5, 7, "Hovedkorpset på korpsfestivalen i {g:Halden}, juni 2018. Foto: Lene Moen"),
        ("toc", [("Innkalling og saksliste", 2), ("Lederen har ordet", 3), ("Korpsets organisering", 4),
                 ("Aktiviteter i 2018", 5), ("Økonomi", 6), ("Regnskap og balanse", 7),
                 ("Revisorenes beretning", 8), ("Valgkomiteens innstilling", 9)]),
        ("break",),
        ("h", 1, "Innkalling og saksliste"),
        ("p", "Medlemmer og foresatte innkalles til årsmøte i Vesterelva skolekorps torsdag 21. februar 2019 "
              "kl. 18.00 i skolens aula på {g:Gressvik}. Musikanter over 12 år og én foresatt per musikant har "
              "stemmerett."),
        ("ol", "Godkjenning av innkalling og saksliste"),
        ("ol", "Valg av møteleder, referent og to til å underskrive protokollen"),
        ("ol", "Årsmelding for 2018"),
        ("ol", "Regnskap for 2018 med revisorenes beretning"),
        ("ol", "Kontingent og budsjett for 2019"),
        ("ol", "Innkomne forslag"),
        ("ol", "Valg"),
        ("break",),
        ("h", 1, "Lederen har ordet"),
        ("p", "2018 ble et år med mange konserter og en stor tur. Korpset har 46 musikanter, og "
              "medlemstallet økte med {p:12 %|medlemstallet} fra året før. Takk til dirigentene Andreas Lie "
              "og Marianne Opsahl for musikalsk løft, til alle foreldre som har stilt på dugnad, og til "
              "rektor Hans Petter Kure for at vi får øve på skolen."),
        ("p", "Dette er mitt siste år som leder. Takk for fire fine år!\nCamilla Strand Holmsen"),
        ("break",),
        ("h", 1, "Korpsets organisering"),
        ("h", 2, "Styret i 2018"),
        ("table", [["Navn", "Verv", "Foresatt til", "Ansvarsområde"],
                   ["Camilla Strand Holmsen", "Leder", "Emil (hovedkorps)", "Dirigenter, kulturskolen"],
                   ["Trond Egil Vestby", "Nestleder", "Jenny (hovedkorps)", "Turer og seminar"],
                   ["Nina Fjeldstad", "Kasserer", "Oda (juniorkorps)", "Regnskap, kontingent"],
                   ["Kjersti Aas Nordby", "Sekretær", "Ola (aspirant)", "Referater, nettside"],
                   ["Fredrik Lunde", "Materialforvalter", "Mia (hovedkorps)", "Instrumenter og uniformer"],
                   ["Jenny Vestby", "Musikantrepresentant", "", "Valgt av musikantene"],
                   ["Morten Kristoffersen", "Varamedlem", "Sander (juniorkorps)", "Dugnader"]],
         {"ruled": True, "gold_rows": True, "shade_header": "DDE6EE", "size": 9}),
        ("h", 2, "Foreldrerådet"),
        ("p", "Foreldrerådet har én kontaktforelder for hver gruppe og organiserer vakter, kakelister og "
              "transport. Foreldrerådets leder har møtt i styret med tale- og forslagsrett."),
        ("table", [["Gruppe", "Kontaktforelder"], ["Aspiranter", "Lene Moen"],
                   ["Juniorkorps", "Kari Anne Dahl (leder)"], ["Hovedkorps", "Rune Skjæran"]],
         {"ruled": False, "gold_rows": True}),
        ("h", 2, "Dirigenter og instruktører"),
        ("p", "Andreas Lie er musikalsk leder og dirigent for hovedkorpset, ansatt i "
              "{p:30 %|stilling} stilling. Marianne Opsahl dirigerer juniorkorpset og aspirantene. "
              "Revisorer har vært Tove Engebretsen og Kåre Moum. Valgkomiteen: Hilde Granli og Arne Bjørnstad."),
        ("h", 1, "Aktiviteter i 2018"),
        ("li", "Vinterkonsert i {g:Fredrikstad} domkirke i februar"),
        ("li", "Seminarhelg med instruktører i april"),
        ("li", "17. mai: tog på {g:Gressvik} om morgenen og i byen om ettermiddagen"),
        ("li", "Korpsfestival i {g:Halden} i juni, der hovedkorpset spilte i 2. divisjon"),
        ("li", "Julekonsert i kirken 9. desember"),
        ("h", 1, "Økonomi"),
        ("p", "Korpset fikk et underskudd på kr 5 325 mot budsjettert underskudd på kr 17 000. Dugnader og loddsalg ga "
              "mer enn ventet, og momskompensasjonen utgjorde {p:8,5 %|momskompensasjonen} av inntektene. "
              "Instrumentfondet fikk en gave på kr 12 500 fra en lokal sparebankstiftelse, ført direkte mot fondet. Styret foreslår uendret kontingent for 2019."),
        ("break",),
        ("stmt", res),
        ("stmt", bal),
        ("sign", "{g:Gressvik}, 31. januar 2019",
         [("Camilla Strand Holmsen", "leder"), ("Trond Egil Vestby", "nestleder"), ("Nina Fjeldstad", "kasserer"),
          ("Kjersti Aas Nordby", "sekretær"), ("Fredrik Lunde", "materialforvalter"),
          ("Jenny Vestby", "musikantrepresentant")], {"cols": 3}),
        ("h", 1, "Revisorenes beretning"),
        ("p", "Vi har gått gjennom regnskapet for 2018 og kontrollert bilag og kontoutskrifter. Regnskapet er "
              "ført på en ordentlig måte, og vi anbefaler årsmøtet å godkjenne det.\n"
              "{g:Gressvik}, 8. februar 2019\nTove Engebretsen      Kåre Moum"),
        ("break",),
        ("h", 1, "Valgkomiteens innstilling"),
        ("p", "Camilla Strand Holmsen går ut av styret etter fire år. Valgkomiteen foreslår:"),
        ("table", proposal_rows(["Verv", "Navn", "Merknad"], [
            ("Leder", "Trond Egil Vestby", "ny som leder, 2 år"),
            ("Nestleder", "Ellen Strøm Paulsen", "ny, 2 år"),
            ("Kasserer", "Nina Fjeldstad", "ikke på valg"),
            ("Sekretær", "Kjersti Aas Nordby", "gjenvalg, 2 år"),
            ("Materialforvalter", "Fredrik Lunde", "ikke på valg"),
            ("Varamedlem", "Siri Mathisen", "ny, 1 år")]), {"ruled": True}),
        ("p", "Musikantrepresentanten velges av musikantene. For valgkomiteen: Hilde Granli, Arne Bjørnstad"),
    ]
    return {
        "name": "vesterelva-skolekorps-2018", "year": 2018, "title": "Vesterelva skolekorps – årsmøtepapirer 2019",
        "organization": {"name": "Vesterelva skolekorps"},
        "ceo": None, "board": board, "board_optional": ["Kari Anne Dahl"],
        "not_board": ["Lene Moen", "Rune Skjæran", "Andreas Lie", "Marianne Opsahl", "Tove Engebretsen", "Kåre Moum",
                      "Hilde Granli", "Arne Bjørnstad", "Hans Petter Kure", "Ellen Strøm Paulsen", "Siri Mathisen"],
        "header": "Vesterelva skolekorps – årsmøte 2019", "footer": "{PAGE}",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "skolekorps; board table Navn | Verv | Foresatt til | Ansvarsområde; foreldreråd leader optional",
    }


REPORTS = [bjerkely_brl, nordlysparken_sameie, vesterelva_korps]
