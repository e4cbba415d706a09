"""Not the board: people with roles that belong to someone else, in a report that also lists its
own board (people, organisations and newspapers' pieces invented)."""
from probes.spec import H, P, T, Expect, Li, Probe, board

OWN = (H("Styret", 2), P("Styreleder: Kari Nordmann\nStyremedlem: Ola Hansen\nStyremedlem: Tone Berg"))
OWN_BOARD = board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"), ("Tone Berg", "MEDL"))
OWN_NN = (H("Styret", 2), P("Styreleiar: Ingrid Haugland\nStyremedlem: Nils Bakke\nStyremedlem: Marit Sæle"))
OWN_BOARD_NN = board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "MEDL"), ("Marit Sæle", "MEDL"))
NN = {"lang": "nn", "title": "Årsmelding 2023"}


def _case(case_id: str, *items, ceo=None, nn: bool = False, **kw) -> Probe:
    own, expected = (OWN_NN, OWN_BOARD_NN) if nn else (OWN, OWN_BOARD)
    extra = NN if nn else {}
    return Probe(case_id, "not_board", own + tuple(items), Expect(board=expected, ceo=ceo), **extra, **kw)


PROBES = [
    _case("subsidiary-board", H("Datterselskap", 2),
          P("Styret i datterselskapet Fjordvik Eiendom AS består av Per Lund (leder) og Siri Dahl.")),
    _case("subsidiary-board-heading", H("Styret i Fjordvik Eiendom AS", 2),
          P("Styreleder: Per Lund\nStyremedlem: Siri Dahl"), title="Nordby Vekst AS – årsrapport 2023"),
    _case("owner-chair-after-i", H("Eierforhold", 2),
          P("Selskapet eies av Fjordby kommune. Styreleder i Fjordby Holding AS, Per Lund, deltok på "
            "generalforsamlingen.")),
    _case("owner-mayor", H("Eierforhold", 2),
          P("Fjordby kommune eier alle aksjene og representeres på generalforsamlingen av ordfører Per Lund.")),
    _case("cooperating-body-genitive", H("Samarbeid", 2),
          P("Vi har hatt et godt samarbeid med NAV Fjordby og med Vekstforbundets styreleder Per Lund.")),
    _case("cooperating-body-leder", H("Samarbeid", 2),
          P("Samarbeidsrådet ledes av Per Lund, og Siri Dahl er leder for brukerrådet.")),
    _case("newspaper-piece-with-masthead", H("Vi i media", 1),
          P("DRAMMENS TIDENDE Tirsdag 14. mars 2023 DEBATT"),
          P("Per Lund (styreleder) og Siri Dahl (daglig leder) i Nabobyen Vekst AS skriver om arbeidsinkludering."),
          ceo=None),
    _case("newspaper-piece-byline", H("Presseklipp", 1),
          P("Tekst og foto: Knut Vik"),
          P("– Vi trenger flere plasser, sier styreleder Per Lund i Nabobyen Vekst.")),
    _case("faksimile", H("Omtale", 1),
          P("Faksimile: Drammens Tidende 3. mai 2023"),
          P("Styreleder Per Lund mener tilbudet må bygges ut.")),
    _case("employees-with-function-words", H("Ansatte", 2),
          P("Per Lund – arbeidsleder\nSiri Dahl – økonomiansvarlig\nKnut Vik – jobbkonsulent")),
    _case("employees-table", H("Administrasjonen", 2),
          T((("Navn", "Stilling"), ("Per Lund", "Økonomiansvarlig"), ("Siri Dahl", "Arbeidsleder")))),
    _case("trainers", H("Trenere", 2),
          P("Per Lund – hovedtrener\nSiri Dahl – trener\nKnut Vik – keepertrener")),
    _case("honorary-members", H("Æresmedlemmer", 2), P("Per Lund\nSiri Dahl")),
    _case("valgkomite-heading-lines", H("Valgkomité", 2),
          P("Leder: Per Lund\nMedlem: Siri Dahl\nMedlem: Knut Vik")),
    _case("valgkomite-label-in-board-section", P("Valgkomité:"), P("Per Lund (leder)\nSiri Dahl")),
    _case("valgkomite-inline", P("Valgkomiteen har bestått av Per Lund (leder) og Siri Dahl.")),
    _case("kontrollutvalg-label", H("Kontrollutvalg", 2), P("Per Lund og Siri Dahl")),
    _case("sportslig-utvalg", H("Sportslig utval", 2),
          P("Leiar: Eirik Lid\nMedlem: Synnøve Rygg"), nn=True),
    _case("representantskap", H("Representantskapet", 2),
          P("Representantskapets leder: Per Lund\nNestleder: Siri Dahl\nMedlem: Knut Vik")),
    _case("auditor-and-boilerplate", H("Uavhengig revisors beretning", 2),
          P("Styret og daglig leder (ledelsen) er ansvarlige for å utarbeide årsregnskapet."),
          P("Fjordby, 20. mars 2024\nRevisjon Fjord AS\nPer Lund\nstatsautorisert revisor")),
    _case("valnemnd-nn", H("Valnemnd", 2), P("Leiar: Eirik Lid\nMedlem: Synnøve Rygg"), nn=True),
    _case("kontrollnemnd-nn", P("Kontrollnemnda har vore Eirik Lid (leiar) og Synnøve Rygg."), nn=True),
    _case("amu", H("Arbeidsmiljøutvalget", 2),
          P("Arbeidsmiljøutvalget ledes av Per Lund. Siri Dahl er nestleder, valgt av de ansatte.")),
    _case("group-board-of-a-club", H("Håndballgruppa", 2),
          P("Leder i håndballgruppa er Per Lund. Kasserer i gruppa er Siri Dahl.")),
    _case("national-federation-leader", H("Samarbeid", 2),
          P("På landsmøtet ble Per Lund valgt til leder i Forbundet for vekstbedrifter.")),
    _case("letter-greeting", H("Hilsen fra samarbeidspartner", 2),
          P("Takk for godt samarbeid i 2023!"),
          P("Med vennlig hilsen Per Lund, leder i Fjordby Idrettsråd")),
    _case("nn-other-org-chair", H("Samarbeid", 2),
          P("Styreleiar i Fjordvik Næringsråd, Eirik Lid, tok imot oss i mai."), nn=True),
    _case("coordinator-of-volunteers", H("Frivillige", 2),
          Li("Per Lund koordinerer likepersonene"), Li("Siri Dahl er ansvarlig for kurs")),
    Probe("media-heading-without-newspaper-is-ours", "not_board", (
        H("Drift, nyheter og media i 2023", 1),
        P("Året har vært travelt, med mange nye deltakere."),
        H("Styret", 2),
        P("Styreleder: Kari Nordmann\nStyremedlem: Ola Hansen\nStyremedlem: Tone Berg"),
    ), Expect(board=OWN_BOARD)),
    Probe("media-heading-without-newspaper-prose", "not_board", (
        H("Nyheter og media", 1),
        P("Styret har i 2023 bestått av styreleder Kari Nordmann, nestleder Ola Hansen og styremedlem Tone Berg."),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL")))),
]
