"""People: one person written two ways is one entry; two people of one list are two entries
(names invented)."""
from probes.spec import H, P, T, Expect, Li, Probe, board

NN = {"lang": "nn", "title": "Årsmelding 2023"}

PROBES = [
    Probe("similar-names-in-one-table", "people", (
        H("Styret", 2),
        T((("Navn", "Rolle"), ("Kari Andersen", "Styreleder"), ("Ola Hansen", "Styremedlem"),
           ("Kari Pedersen", "Varamedlem"))),
    ), Expect(board=board(("Kari Andersen", "LEDE"), ("Ola Hansen", "MEDL"), ("Kari Pedersen", "VARA")))),
    Probe("similar-names-in-one-list", "people", (
        H("Styret", 2),
        P("Per Olsen – styreleder\nPer Olson – styremedlem\nTone Berg – varamedlem"),
    ), Expect(board=board(("Per Olsen", "LEDE"), ("Per Olson", "MEDL"), ("Tone Berg", "VARA")))),
    Probe("siblings-middle-initials", "people", (
        H("Styret", 2),
        P("Styreleder: Per A. Hansen\nStyremedlem: Per B. Hansen\nStyremedlem: Tone Berg"),
    ), Expect(board=board(("Per A. Hansen", "LEDE"), ("Per B. Hansen", "MEDL"), ("Tone Berg", "MEDL")))),
    Probe("same-surname-different-first", "people", (
        H("Styret", 2),
        P("Styreleder: Kari Nordmann\nStyremedlem: Ola Nordmann\nVaramedlem: Siri Dahl"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Nordmann", "MEDL"), ("Siri Dahl", "VARA")))),
    Probe("one-person-middle-initial-in-prose", "people", (
        H("Styret", 2),
        P("Styreleder: Per S. Thoresen\nStyremedlem: Tone Berg"),
        H("Året som gikk", 2),
        P("Styreleder Per Thoresen takket de ansatte for innsatsen på julebordet."),
    ), Expect(board=board(("Per S. Thoresen", "LEDE"), ("Tone Berg", "MEDL")))),
    Probe("one-person-capitals-and-signature", "people", (
        H("Styret", 2),
        P("KARI NORDMANN, styreleder\nOLA HANSEN, styremedlem"),
        H("Styrets beretning", 2),
        P("Styret takker for innsatsen."),
        P("Drammen, 3. mars 2024"),
        P("Kari Nordmann\t\tOla Hansen\nstyreleder\t\tstyremedlem"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL")))),
    Probe("one-person-double-surname", "people", (
        H("Styret", 2),
        P("Styreleder: Marit Sæle Bakke\nStyremedlem: Ola Hansen"),
        H("Styrets arbeid", 2),
        P("Styreleder Marit Bakke har ledet sju styremøter."),
    ), Expect(board=board(("Marit Sæle Bakke", "LEDE"), ("Ola Hansen", "MEDL")))),
    Probe("one-person-hyphen-and-space", "people", (
        H("Styret", 2),
        P("Styreleder: Anne-Lise Berg\nStyremedlem: Ola Hansen"),
        P("Oslo, 3. mars 2024"),
        P("Anne Lise Berg\t\tOla Hansen\nstyreleder\t\tstyremedlem"),
    ), Expect(board=board(("Anne-Lise Berg", "LEDE"), ("Ola Hansen", "MEDL")))),
    Probe("one-person-esign-middle-names", "people", (
        H("Styret", 2),
        P("Styreleder: Kari Nordmann\nStyremedlem: Ola Hansen"),
        P("Signert digitalt med BankID. Signaturene i dette dokumentet er juridisk bindende."),
        P("Nordmann, Kari Elisabeth Sofie\nHansen, Ola Kristian"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL")))),
    Probe("one-person-typo-across-sections", "people", (
        H("Styret", 2),
        P("Styreleder: Ragnhild Thorsen\nStyremedlem: Ola Hansen"),
        H("Styrets beretning", 2),
        P("Styreleder Ragnhild Thoresen har ledet arbeidet med ny strategi."),
    ), Expect(board=board(("Ragnhild Thorsen", "LEDE"), ("Ola Hansen", "MEDL")))),
    Probe("two-people-same-first-name-nn", "people", (
        H("Styret", 2),
        P("Styreleiar: Ingrid Haugland\nStyremedlem: Ingrid Hauge\nVaramedlem: Nils Bakke"),
    ), Expect(board=board(("Ingrid Haugland", "LEDE"), ("Ingrid Hauge", "MEDL"), ("Nils Bakke", "VARA"))), **NN),
    Probe("one-person-nn-two-ways", "people", (
        H("Styret", 2),
        P("Styreleiar: Synnøve M. Rygg\nStyremedlem: Nils Bakke"),
        H("Styret sitt arbeid", 2),
        P("Styreleiar Synnøve Rygg har leia seks styremøte."),
    ), Expect(board=board(("Synnøve M. Rygg", "LEDE"), ("Nils Bakke", "MEDL"))), **NN),
    Probe("particle-surname", "people", (
        H("Styret", 2),
        Li("Styreleder: Jan van der Berg"), Li("Styremedlem: Liv Strand"),
    ), Expect(board=board(("Jan van der Berg", "LEDE"), ("Liv Strand", "MEDL")))),
    Probe("three-word-names", "people", (
        H("Styret", 2),
        T((("Navn", "Verv"), ("Silje Marie Andersen", "Styreleder"), ("Ola Kristian Hansen", "Styremedlem"),
           ("Tone Elise Berg", "Varamedlem"))),
    ), Expect(board=board(("Silje Marie Andersen", "LEDE"), ("Ola Kristian Hansen", "MEDL"),
                          ("Tone Elise Berg", "VARA")))),
    Probe("same-name-two-roles-in-list", "people", (
        H("Styret", 2),
        P("Styreleder: Kari Nordmann\nStyremedlem: Kari Nordby\nVaramedlem: Kari Nordvik"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Kari Nordby", "MEDL"), ("Kari Nordvik", "VARA")))),
]
