"""Seventeenth reading (docs/phrasings.md §66): boards on real wording. A savings bank's
forstanderskap listed with its leader and deputy leader, a union's central board with phone
numbers and roles held "i sentralstyret", a chair who "overtar som leder", a nomination
committee whose members carry their day jobs ("daglig leder, <another organisation>"), a list of
members that leaves the board together, a member's own role in brackets inside a list, an
unknown first name inside a list, a sports club's "hovedleder"; each written again with invented
names and real places."""
from probes.spec import H, P, T, Expect, Probe, board

PDFS = ("docx", "pdf", "tight")
NN = {"lang": "nn"}


def _b(case_id, items, expected, family="board", formats=PDFS, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"g17b-{case_id}", family, tuple(items), expect, formats=formats, **kw)


BANK = board(("Hege Solvang", "LEDE"), ("Terje Bråten", "NEST"), ("Ingrid Myhre", "MEDL"), ("Kjetil Aasen", "MEDL", True))
BANK_LABELS = ("Styreleder: Hege Solvang\nNestleder: Terje Bråten\nStyremedlem: Ingrid Myhre\n"
               "Ansattes representant: Kjetil Aasen")
SUPERVISORS = (("Navn", "Valgt fra", "På valg"), ("Anne Vikeså (leder)", "2019", "2025"),
               ("Geir Moldestad (nestleder)", "2021", "2025"), ("Tone Askvik", "2022", "2026"),
               ("Varamedlemmer:", "", ""), ("Per Olav Hjelle", "2023", "2025"))
CENTRAL = board(("Helga Nystuen", "LEDE"), ("Olav Sandvik", "NEST"), ("Lise Brunvoll", "MEDL"), ("Knut Kaasa", "MEDL"),
                ("Gunnar Nyland", "VARA"), ("Siri Timland", "VARA"))
LEFT_AND_NEW = board(("Per Lie", "LEDE"), ("Anne Berg", "MEDL"), ("Tor Vikane", "MEDL"), ("Liv Åsheim", "MEDL"))

PROBES = [
    # --- 1. a savings bank's forstanderskap is another organ --------------------------------------
    _b("forstanderskap-table-before-the-board", (
        H("Årsrapport 2023 Nordvik Sparebank", 1),
        H("Forstanderskapet", 2),
        T(SUPERVISORS),
        H("Styret", 2),
        P(BANK_LABELS),
    ), BANK, title=None),
    _b("forstanderskap-list-as-the-documents-title", (
        H("MEDLEMMER AV FORSTANDERSKAPET I NORDVIK SPAREBANK PR. REGNSKAPSÅRET 2023", 1),
        T(SUPERVISORS),
        P("Tall i parentes viser når medlemmet første gang ble valgt."),
    ), None, title=None, expect=Expect(board=frozenset(), ceo=None)),
    _b("nn-forstandarskap-leader-signs-a-notice", (
        H("Innskytarval 2023", 1),
        P("Til forstandarskapet skal innskytarane velje tre medlemer og fire varamedlemer."),
        P("Nordvik, 14. februar 2023\nMarta Eikrem\nforstandarskapet sin leiar"),
    ), None, title=None, expect=Expect(board=frozenset(), ceo=None), **NN),
    # --- 2. a central board with phone numbers; roles held "i sentralstyret" --------------------
    _b("central-board-stack-with-phone-numbers", (
        H("Sentralstyret", 1),
        P("Sentralstyret er lagets øverste organ mellom landsmøtene."),
        P("Helga Nystuen"), P("leder"), P("917 45 210"),
        P("Olav Sandvik"), P("første nestleder"), P("993 12 776"),
        P("Lise Brunvoll"), P("medlem i sentralstyret"),
        P("Knut Kaasa"), P("medlem i sentralstyret"), P("480 03 501"),
        P("Gunnar Nyland"), P("1. varamedlem i sentralstyret"),
        P("Siri Timland"), P("2. vara i sentralstyret"), P("452 91 068"),
    ), CENTRAL, title=None),
    _b("nn-central-board-stack", (
        H("Sentralstyret", 1),
        P("Sentralstyret er det øvste organet i laget mellom landsmøta."),
        P("Helga Nystuen"), P("leiar"),
        P("Olav Sandvik"), P("fyrste nestleiar"),
        P("Lise Brunvoll"), P("medlem i sentralstyret"),
        P("Knut Kaasa"), P("medlem i sentralstyret"),
        P("Gunnar Nyland"), P("1. varamedlem i sentralstyret"),
        P("Siri Timland"), P("2. vara i sentralstyret"),
    ), CENTRAL, title=None, **NN),
    # --- 3. "overtar som leder" -------------------------------------------------------------------
    _b("takes-over-as-chair", (
        H("Lederbytte i Sandnes Seilforening", 1),
        P("Styret kom sammen til ekstraordinært styremøte 28. oktober og konstituerte seg på nytt."),
        P("Eirik Bjerke overtar som leder og Rolf Sande går inn som nestleder ut resten av valgperioden. "
          "Styrets sammensetning for øvrig er uendret."),
    ), board(("Eirik Bjerke", "LEDE"), ("Rolf Sande", "NEST")), title=None),
    # --- 4. a nomination committee's members with their day jobs ----------------------------------
    _b("nomination-committee-members-day-jobs", (
        H("Årsmelding 2023 Nordvik Kristne Råd", 1),
        H("Styret", 2),
        P(BANK_LABELS.replace("Ansattes representant", "Styremedlem")),
        H("Valgkomiteen", 2),
        P("Valgkomiteen for 2023–2024 består av:"),
        P("Kari Dahlen, daglig leder, Sørvik Menighetssenter (leder av valgkomiteen)"),
        P("Arvid Lunde, administrasjonsleder, Fjordvik Misjonsforbund"),
        P("Tone Moan, direktør, Nordvik Folkehøgskole"),
    ), None, title=None, expect=Expect(
        board=board(("Hege Solvang", "LEDE"), ("Terje Bråten", "NEST"), ("Ingrid Myhre", "MEDL"),
                    ("Kjetil Aasen", "MEDL")), ceo=None)),
    _b("nomination-committee-day-jobs-beside-our-ceo", (
        H("Årsmelding 2023 Nordvik Kristne Råd", 1),
        H("Administrasjonen", 2),
        P("Daglig leder i Nordvik Kristne Råd er Marit Solbakken."),
        H("Valgkomiteen", 2),
        P("Valgkomiteen består av:"),
        P("Kari Dahlen, daglig leder, Sørvik Menighetssenter"),
        P("Arvid Lunde, daglig leder, Fjordvik Misjonsforbund"),
    ), None, title=None, expect=Expect(ceo="Marit Solbakken")),
    # --- 5. a list that leaves the board together -------------------------------------------------
    _b("members-listed-leave-the-board-together", (
        H("Årsberetning 2023 Nordvik Brygge AS", 1),
        H("Styret", 2),
        P("Styreleder: Per Lie"),
        P("Styremedlemmene Kari Holmen, Ola Dahle og Eva Moen gikk ut av styret etter generalforsamlingen. "
          "Anne Berg, Tor Vikane og Liv Åsheim ble valgt som nye styremedlemmer."),
    ), LEFT_AND_NEW, title=None),
    _b("members-listed-step-down-present-tense", (
        H("Protokoll fra ekstraordinær generalforsamling i Nordvik Brygge AS", 1),
        P("Styreleder: Per Lie"),
        P("Styremedlemmene Kari Holmen, Ola Dahle og Eva Moen trer ut av styret. Anne Berg, Tor Vikane og "
          "Liv Åsheim ble valgt som nye styremedlemmer."),
    ), LEFT_AND_NEW, title=None),
    _b("nn-members-listed-leave-the-board-together", (
        H("Årsmelding 2023 Nordvik Brygge AS", 1),
        H("Styret", 2),
        P("Styreleiar: Per Lie"),
        P("Styremedlemene Kari Holmen, Ola Dahle og Eva Moen gjekk ut av styret etter generalforsamlinga. "
          "Anne Berg, Tor Vikane og Liv Åsheim vart valde som nye styremedlemer."),
    ), LEFT_AND_NEW, title=None, **NN),
    # --- 6. a member's own role in brackets inside a list under another ---------------------------
    _b("own-role-in-brackets-inside-a-list", (
        H("Årsmelding 2023 Fjordvik Vekst AS", 1),
        H("Styret", 2),
        P("Styremedlemmer har vært Kari Holmen (leder), Ola Dahle, Eva Moen og Per Lie."),
        P("Varamedlemmer: Anne Berg (1. vara) og Tor Vikane"),
    ), board(("Kari Holmen", "LEDE"), ("Ola Dahle", "MEDL"), ("Eva Moen", "MEDL"), ("Per Lie", "MEDL"),
             ("Anne Berg", "VARA"), ("Tor Vikane", "VARA")), title=None),
    _b("sitting-members-up-for-election-chair-in-brackets", (
        H("Innkalling til ordinær generalforsamling i Fjordvik Vekst AS", 1),
        P("5 Valg av styremedlemmer"),
        P("Styremedlemmene Kari Holmen (styrets leder), Ola Dahle, Eva Moen og Per Lie er på valg."),
    ), board(("Kari Holmen", "LEDE"), ("Ola Dahle", "MEDL"), ("Eva Moen", "MEDL"), ("Per Lie", "MEDL")), title=None),
    _b("nn-own-role-in-brackets-inside-a-list", (
        H("Årsmelding 2023 Fjordvik Vekst AS", 1),
        H("Styret", 2),
        P("Styremedlemer har vore Kari Holmen (leiar), Ola Dahle, Eva Moen og Per Lie."),
    ), board(("Kari Holmen", "LEDE"), ("Ola Dahle", "MEDL"), ("Eva Moen", "MEDL"), ("Per Lie", "MEDL")),
       title=None, **NN),
    # --- 7. an unknown first name between listed names --------------------------------------------
    _b("unknown-first-name-inside-a-list", (
        H("Årsberetning 2023 Fjordvik Vekst AS", 1),
        H("Styret", 2),
        P("Styreleder: Per Lie"),
        P("Styremedlemmer: Kari Holmen, Aurel Bakketun, Ola Dahle og Eva Moen"),
    ), board(("Per Lie", "LEDE"), ("Kari Holmen", "MEDL"), ("Aurel Bakketun", "MEDL"), ("Ola Dahle", "MEDL"),
             ("Eva Moen", "MEDL")), title=None),
    # --- 8. a sports club's hovedleder -----------------------------------------------------------
    _b("sports-club-hovedleder", (
        H("Årsmelding 2023 IL Fjordvik", 1),
        H("Hovedstyret", 2),
        P("Hovedleder: Kari Holmen\nNestleder: Ola Dahle\nKasserer: Eva Moen\nSekretær: Per Lie"),
    ), board(("Kari Holmen", "LEDE"), ("Ola Dahle", "NEST"), ("Eva Moen", "MEDL"), ("Per Lie", "MEDL")), title=None),
]
