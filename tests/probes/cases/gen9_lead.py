"""A subsidiary's board and daglig leder in a konsern's report, "Daglig leder i <our name> er X",
one owner written two ways, names with lower-case words before their legal form, a letterhead
band, a caption saying who chose a member (lead, gen9; docs/phrasings.md §38). Kinds from a
blind held-out set's errors, written here with other names and words; names, places and figures
are invented."""
from probes.spec import H, P, T, Expect, Probe, board

PDF = ("docx", "pdf")
GROUP_NB = {"title": "Årsrapport 2023 Grønnli Vekst AS"}
GROUP_NN = {"title": "Årsmelding 2022 Fjordlys Vekst AS", "lang": "nn"}
OURS = board(("Anne Lie", "LEDE"), ("Per Moe", "NEST"), ("Kari Vik", "MEDL"))
OURS_NN = board(("Signe Aasen", "LEDE"), ("Bjørn Lothe", "MEDL"))


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g9-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # --- a subsidiary's section: its board and daglig leder are not ours ------------------------
    _p("subsidiary-heading-role-table", "board", (
        P("Grønnli Vekst AS er morselskap i konsernet. Datterselskapet Grønnli Drift AS er heleid."),
        H("Styret", 2),
        T((("Rolle", "Navn"), ("Styreleder", "Anne Lie"), ("Nestleder", "Per Moe"), ("Styremedlem", "Kari Vik"))),
        H("Datterselskapet", 2),
        P("Grønnli Drift AS har eget styre med Ola Dahl som styreleder og Eva Berg som styremedlem. "
          "Daglig leder i datterselskapet er Tor Ås."),
        P("Daglig leder i Grønnli Vekst AS er Nils Hope.")),
        Expect(board=OURS, ceo="Nils Hope"), formats=PDF, **GROUP_NB),
    _p("subsidiary-label-under-its-name", "board", (
        H("Styret", 2), P("Styreleder: Anne Lie\nNestleder: Per Moe\nStyremedlem: Kari Vik"),
        H("Grønnli Drift AS", 2), P("Styret i datterselskapet:\nStyreleder: Ola Dahl\nStyremedlem: Eva Berg")),
        Expect(board=OURS), formats=PDF, **GROUP_NB),
    _p("subsidiaries-plural-heading", "board", (
        H("Styret", 2), P("Styreleder: Anne Lie\nNestleder: Per Moe\nStyremedlem: Kari Vik"),
        H("Datterselskaper", 2), P("Styreleder i Grønnli Drift AS er Ola Dahl, og Eva Berg er styremedlem der.")),
        Expect(board=OURS), **GROUP_NB),
    _p("nn-dotterselskap-heading", "board", (
        H("Styret", 2), P("Styreleiar: Signe Aasen\nStyremedlem: Bjørn Lothe"),
        H("Dotterselskapet Fjordlys Reinhald AS", 2),
        P("Styreleiar: Arve Moldestad\nStyremedlem: Gunn Vatle\nDagleg leiar: Rune Fosse"),
        H("Administrasjonen", 2), P("Dagleg leiar i Fjordlys Vekst AS er Helga Nesse.")),
        Expect(board=OURS_NN, ceo="Helga Nesse"), **GROUP_NN),
    _p("associated-companies-heading", "board", (
        H("Styret", 2), P("Styreleder: Anne Lie\nNestleder: Per Moe\nStyremedlem: Kari Vik"),
        H("Tilknyttede selskaper", 2), P("Grønnli Eiendom AS eies 50 prosent. Styreleder der er Ola Dahl.")),
        Expect(board=OURS), **GROUP_NB),
    # our own name as a heading stays ours
    _p("own-name-heading-is-ours", "board", (
        H("Grønnli Vekst AS", 2), P("Styreleder: Anne Lie\nNestleder: Per Moe\nStyremedlem: Kari Vik"),
        P("Daglig leder: Nils Hope")),
        Expect(board=OURS, ceo="Nils Hope"), **GROUP_NB),
    # --- "Daglig leder i <our name> er X": the name after the organisation ---------------------
    _p("ceo-role-in-our-name-is", "ceo", (P("Daglig leder i Grønnli Vekst AS er Nils Hope."),),
       Expect(ceo="Nils Hope"), **GROUP_NB),
    _p("nn-ceo-role-in-our-name-is", "ceo", (P("Dagleg leiar i Fjordlys Vekst AS er Helga Nesse, og ho har vore det sidan 2015."),),
       Expect(ceo="Helga Nesse"), **GROUP_NN),
    _p("ceo-of-subsidiary-beside-ours", "ceo", (
        P("Grønnli Drift AS er et heleid datterselskap. Daglig leder i datterselskapet er Tor Ås."),
        P("Daglig leder i Grønnli Vekst AS er Nils Hope.")),
        Expect(ceo="Nils Hope"), **GROUP_NB),
    # a sister company named like ours ("Grønnli Drift AS" beside "Grønnli Vekst AS") is another
    _p("ceo-of-namesake-company", "ceo", (
        P("Daglig leder i Grønnli Drift AS er Tor Ås."), P("Daglig leder: Nils Hope")),
        Expect(ceo="Nils Hope"), **GROUP_NB),
    # --- one owner written two ways ------------------------------------------------------------
    _p("owners-listed-then-shares-table", "organisation", (
        P("Selskapet eies av Nordvik kommune, Sørvik kommune og Austvik kommune."),
        T((("Eier", "Eierandel", "Innskudd"), ("Nordvik", "40 %", "400 000"), ("Sørvik", "35 %", "350 000"),
           ("Austvik", "25 %", "250 000")))),
        Expect(owners=frozenset({("Nordvik kommune", 40.0), ("Sørvik kommune", 35.0), ("Austvik kommune", 25.0)})),
        formats=PDF, title="Årsrapport 2021 Midtre Renovasjon IKS"),
    _p("nn-owners-listed-then-shares-table", "organisation", (
        P("Selskapet er eigd av Vikøy herad og Lidal kommune."),
        T((("Eigar", "Eigardel"), ("Vikøy", "60 %"), ("Lidal", "40 %")))),
        Expect(owners=frozenset({("Vikøy herad", 60.0), ("Lidal kommune", 40.0)})),
        lang="nn", title="Årsmelding 2021 Nordhamna IKS"),
]

PROBES += [
    # --- "Datterselskapets styre har bestått av ...": a genitive naming another company --------
    _p("subsidiary-genitive-composition", "board", (
        H("Konsernet", 2),
        P("Konsernet består av Fjellby Vekst AS og datterselskapet Fjellby Pakk AS. Daglig leder i Fjellby Pakk AS "
          "er Ove Bakke. Datterselskapets styre har i 2023 bestått av Siri Holm (styreleder), Kari Hval og Pål Rud."),
        H("Styret", 2), T((("Rolle", "Navn"), ("Styreleder", "Anne Lie"), ("Styremedlem", "Kari Vik")))),
        Expect(board=board(("Anne Lie", "LEDE"), ("Kari Vik", "MEDL"))), formats=PDF,
        title="Årsrapport 2023 Fjellby Vekst AS"),
    _p("subsidiary-genitive-lower-case", "board", (
        P("Det heleide datterselskapets styre har bestått av Siri Holm, Kari Hval og Pål Rud."),
        H("Styret", 2), P("Styreleder: Anne Lie\nStyremedlem: Kari Vik")),
        Expect(board=board(("Anne Lie", "LEDE"), ("Kari Vik", "MEDL"))), title="Årsrapport 2023 Fjellby Vekst AS"),
    # --- names with lower-case words before the legal form or after the place ------------------
    _p("nn-name-lower-case-before-iks", "organisation", (
        P("Nordhavn brann og redning IKS er eit interkommunalt selskap som tek hand om brannvern i tre kommunar."),),
        Expect(org_name="Nordhavn brann og redning IKS"), lang="nn", title="Årsmelding 2021"),
    _p("name-lower-case-before-kf", "organisation", (
        P("Fjellby bygg og eiendom KF forvalter kommunens bygg. Foretaket ble opprettet i 2006."),),
        Expect(org_name="Fjellby bygg og eiendom KF"), title="Årsmelding 2016"),
    _p("nn-museum-foundation-name", "organisation", (
        P("Stiftinga Vikøy båtmuseum"), P("Museet vart skipa i 1990 og tek vare på båtar frå distriktet.")),
        Expect(org_name="Stiftinga Vikøy båtmuseum"), lang="nn", title="Årsmelding 2018"),
    # --- a letterhead band; the managing agent of a housing co-operative is not its name ----------
    _p("name-opens-contact-band", "organisation", (
        P("Fjellby idrettslag · stiftet 1932 · Skolevegen 8, 1400 Ski · telefon 64 87 20 30 · post@fjellby-il.no"),
        H("Hovedstyret", 2), P("Leder: Kari Vik\nNestleder: Per Moe")),
        Expect(org_name="Fjellby idrettslag"), formats=PDF, title="Årsberetning 2022"),
    _p("borettslag-orgnr-band-and-managing-agent", "organisation", (
        P("Haugtun borettslag · Org.nr. 948 000 000 · Haugtunvegen 40, 7072 Heimdal"),
        P("Haugtun borettslag ble stiftet i 1968 og består av 84 leiligheter. Borettslaget har ingen ansatte. "
          "Forretningsfører er Trøndelag Boligforvaltning AS, med Ingrid Lie som kontaktperson.")),
        Expect(org_name="Haugtun borettslag"), formats=PDF, title="Årsberetning 2011"),
    _p("managing-agent-named-only-is-doubtful", "organisation", (
        P("Haugtun borettslag har 84 leiligheter. Forretningsfører er Trøndelag Boligforvaltning AS."),),
        Expect(low_confidence=("org_name",)), title="Årsberetning 2011"),
    # --- a portrait or signature grid: name, title, and who chose the member under them ---------
    _p("nn-grid-name-title-chosen-by", "board", (
        H("Styret", 2),
        T((("Ola Dahl", "Kari Vik", "Per Moe"), ("Styreleiar", "Nestleiar", "Styremedlem"),
           ("oppnemnd av kommunen", "vald av venelaget", "vald av dei tilsette")), ruled=False)),
        Expect(board=board(("Ola Dahl", "LEDE"), ("Kari Vik", "NEST"), ("Per Moe", "MEDL", True))), lang="nn",
        formats=PDF, title="Årsmelding 2018 Stiftinga Vikøy båtmuseum"),
    _p("grid-name-title-chosen-by", "board", (
        H("Styret", 2), T((("Ola Dahl", "Kari Vik"), ("Styreleder", "Styremedlem"), ("", "valgt av de ansatte")), ruled=False)),
        Expect(board=board(("Ola Dahl", "LEDE"), ("Kari Vik", "MEDL", True))), title="Årsrapport 2018 Fjellby Vekst AS"),
]
PROBES += [
    # titles over names: the title under a name is the next person's, not a remark on the name above
    _p("grid-titles-over-names-employee-title-next", "board", (
        P("Fjellby, 20. mars 2019"),
        T((("Styreleder", "Nestleder"), ("Ola Dahl", "Kari Vik"), ("Styremedlem", "Styremedlem"), ("Per Moe", "Liv Lie"),
           ("Ansattes representant", "Daglig leder"), ("Tor Ås", "Nils Hope")), ruled=False)),
        Expect(board=board(("Ola Dahl", "LEDE"), ("Kari Vik", "NEST"), ("Per Moe", "MEDL"), ("Liv Lie", "MEDL"),
                           ("Tor Ås", "MEDL", True)), ceo="Nils Hope"), formats=PDF, title="Årsrapport 2018 Fjellby Vekst AS"),
]
PROBES += [
    # --- a phone number in a facts table ("Telefon | 61 00 11 22") ------------------------------
    _p("phone-in-facts-table", "organisation", (
        H("Fakta om selskapet", 2),
        T((("Adresse", "Industrivegen 14, 2750 Gran"), ("Telefon", "61 00 11 22"), ("Org.nr.", "912 345 678")))),
        Expect(phone="61001122"), formats=PDF, title="Årsrapport 2023 Fjellby Vekst AS"),
]
PROBES += [
    # --- "Styret har i 2008 vore: A (leiar), ... og E (notearkivar)"; two deputies in one cell ----
    _p("nn-composition-colon-unknown-function", "board", (
        H("Styret", 2),
        P("Styret har i 2008 vore: Ola Dahl (leiar), Kari Vik (nestleiar), Per Moe (kasserar), Eli Ås (skrivar) "
          "og Jon Lie (notearkivar). Varamedlemer har vore Siv Rem og Tor Aas.")),
        Expect(board=board(("Ola Dahl", "LEDE"), ("Kari Vik", "NEST"), ("Per Moe", "MEDL"), ("Eli Ås", "MEDL"),
                           ("Jon Lie", "MEDL"), ("Siv Rem", "VARA"), ("Tor Aas", "VARA"))),
        lang="nn", title="Årsmelding 2008 Vikøy musikklag"),
    _p("role-cell-beside-two-names", "board", (
        H("Styret", 2),
        T((("Formann", "Ola Dahl"), ("Viseformann", "Kari Vik"), ("Styremedlem", "Per Moe"), ("Varamenn", "Einar Ås, Tor Lie")))),
        Expect(board=board(("Ola Dahl", "LEDE"), ("Kari Vik", "NEST"), ("Per Moe", "MEDL"), ("Einar Ås", "VARA"),
                           ("Tor Lie", "VARA"))), formats=PDF, title="Årsberetning 1986 Vikøy fiskarlag"),
]
