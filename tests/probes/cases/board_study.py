"""Board, role, not-the-board and CEO cases taken from the probe candidates of docs/phrasings.md
(section 13: BL, BR, BE, BC, BT, CE; each id names its candidate). Names are the study's
invented ones; a few frames are completed (a heading, the rest of the board) so that each case
states the whole expected board."""
from probes.spec import H, P, T, Expect, Li, Picture, Probe, board

NN = {"lang": "nn", "title": "Årsmelding 2023"}
PDF = ("docx", "pdf")


def _bl(case_id: str, items, expected, ceo=None, **kw) -> Probe:
    return Probe(f"study-{case_id}", "board", tuple(items), Expect(board=expected, ceo=ceo), **kw)


def _br(case_id: str, line: str, entries, **kw) -> Probe:
    """BR frame: a "Styret" heading, the role line, then "Styremedlem: Marte Holm"."""
    return Probe(f"study-{case_id}", "roles", (H("Styret", 2), P(line), P("Styremedlem: Marte Holm")),
                 Expect(board=board(*entries, ("Marte Holm", "MEDL"))), **kw)


def _be(case_id: str, items, entries, **kw) -> Probe:
    """BE frame: a "Styret" heading and "Styreleder: Anne Moen" first."""
    return Probe(f"study-{case_id}", "roles", (H("Styret", 2), P("Styreleder: Anne Moen"), *items),
                 Expect(board=board(("Anne Moen", "LEDE"), *entries)), **kw)


def _bt(case_id: str, items, ceo=None, **kw) -> Probe:
    """BT frame: the board, then the trap in the same document."""
    return Probe(f"study-{case_id}", "not_board",
                 (H("Styret", 2), P("Styreleder: Randi Dahl"), P("Styremedlem: Terje Vik"), *items),
                 Expect(board=board(("Randi Dahl", "LEDE"), ("Terje Vik", "MEDL")), ceo=ceo), **kw)


def _ce(case_id: str, items, ceo, **kw) -> Probe:
    return Probe(f"study-{case_id}", "ceo", tuple(items), Expect(ceo=ceo), **kw)


PROBES = [
    # --- 13.1 board layouts -------------------------------------------------------------------
    _bl("bl-05-plural-label", (H("Styret", 2), P("Leder: Hilde Brekke"), P("Styremedlemmer:"), P("Jon Holm"),
                               P("Ragnhild Lien"), P("Geir Rud")),
        board(("Hilde Brekke", "LEDE"), ("Jon Holm", "MEDL"), ("Ragnhild Lien", "MEDL"), ("Geir Rud", "MEDL"))),
    _bl("bl-06-plural-labels-nn", (H("Styret", 2), P("Leiar: Turid Foss"), P("Styremedlemer:"), P("Bjørn Nygård"),
                                   P("Astrid Engen"), P("Varamedlemer:"), P("Svein Sæter"), P("Guri Krogh")),
        board(("Turid Foss", "LEDE"), ("Bjørn Nygård", "MEDL"), ("Astrid Engen", "MEDL"), ("Svein Sæter", "VARA"),
              ("Guri Krogh", "VARA")), **NN),
    _bl("bl-08-name-role-run-together", (
        H("Styret", 2),
        P("Styret har i perioden bestått av: Håkon Grønli (leder) Randi Myrvang (nestleder) Terje Tofte "
          "(økonomiansvarlig) Åse Skaar (sekretær)")),
        board(("Håkon Grønli", "LEDE"), ("Randi Myrvang", "NEST"), ("Terje Tofte", "MEDL"), ("Åse Skaar", "MEDL"))),
    _bl("bl-09-group-leaders", (H("Styret", 2), P("Styret har bestått av:"), P("Kari Lund (leder)"),
                                P("Ola Berg (nestleder)"), P("Per Haugen (leder skigruppa)"),
                                P("Anne Bakke (leder fotballgruppa)")),
        board(("Kari Lund", "LEDE"), ("Ola Berg", "NEST"), ("Per Haugen", "MEDL"), ("Anne Bakke", "MEDL"))),
    _bl("bl-10-current-board-label", (H("Organisasjon", 2), P("Nåværende styre:"), Li("Liv Dahl, styreleder"),
                                      Li("Nils Vik, nestleder"), Li("Ingrid Moen, medlem"), Li("Tor Lie, varamedlem")),
        board(("Liv Dahl", "LEDE"), ("Nils Vik", "NEST"), ("Ingrid Moen", "MEDL"), ("Tor Lie", "VARA"))),
    _bl("bl-11-member-club-column", (
        H("Styrets sammensetning 2023", 2),
        T((("Styreleder", "Sigrid Sand", "Nordby Skiklubb"), ("Nestleder", "Knut Fjeld", "Nordby IL"),
           ("Styremedlem", "Marte Brekke", "Nordby Tennisklubb"), ("Varamedlem", "Eirik Holm", "Nordby Skiklubb")),
          bold_header=False)),
        board(("Sigrid Sand", "LEDE"), ("Knut Fjeld", "NEST"), ("Marte Brekke", "MEDL"), ("Eirik Holm", "VARA")),
        formats=PDF),
    _bl("bl-14-member-deputy", (
        H("Styret", 2),
        T((("Medlem", "Personlig varamedlem"), ("Arne Hansen, styreleder", "Guri Storli"),
           ("Svein Rønning, nestleder", "Odd Hagen"), ("Solveig Aune", "Lars Grønli")))),
        board(("Arne Hansen", "LEDE"), ("Svein Rønning", "NEST"), ("Solveig Aune", "MEDL"), ("Guri Storli", "VARA"),
              ("Odd Hagen", "VARA"), ("Lars Grønli", "VARA"))),
    _bl("bl-15-member-deputy-nn", (
        H("Styret", 2),
        T((("Medlem", "Personleg vara"), ("Tone Myrvang, styreleiar", "Håkon Tofte"), ("Randi Skaar", "Terje Lund")))),
        board(("Tone Myrvang", "LEDE"), ("Randi Skaar", "MEDL"), ("Håkon Tofte", "VARA"), ("Terje Lund", "VARA")),
        **NN),
    _bl("bl-18-stack-closed-by-ceo", (H("STYRET", 2), P("Ingrid Sand"), P("Styreleder"), P("Tor Fjeld"),
                                      P("Nestleder"), P("Sigrid Brekke"), P("Styremedlem"), P("Knut Holm"),
                                      P("Daglig leder")),
        board(("Ingrid Sand", "LEDE"), ("Tor Fjeld", "NEST"), ("Sigrid Brekke", "MEDL")), ceo="Knut Holm",
        formats=PDF),
    _bl("bl-19-role-over-name", (H("Styret", 2), P("Styreleder"), P("Marte Lien"), P("Nestleder"), P("Eirik Rud"),
                                 P("Styremedlem"), P("Hilde Foss")),
        board(("Marte Lien", "LEDE"), ("Eirik Rud", "NEST"), ("Hilde Foss", "MEDL")), formats=PDF),
    _bl("bl-20-signature-rows-with-ceo", (
        H("Styrets beretning", 2), P("Styret takker for samarbeidet i 2023."), P("Nordby, 14. mars 2024"),
        P("Jon Nygård\t\tRagnhild Engen\t\tGeir Sæter\nstyrets leder\t\tnestleder\t\tstyremedlem\n"
          "Turid Krogh\t\tBjørn Storli\nstyremedlem\t\tdaglig leder")),
        board(("Jon Nygård", "LEDE"), ("Ragnhild Engen", "NEST"), ("Geir Sæter", "MEDL"), ("Turid Krogh", "MEDL")),
        ceo="Bjørn Storli", formats=PDF),
    _bl("bl-23-esign-role-column", (
        H("Styret", 2), P("Styreleder: Solveig Myrvang\nStyremedlem: Lars Tofte"),
        P("Signaturene i dette dokumentet er juridisk bindende. Signert med BankID."),
        P("Myrvang, Solveig Kristine\tStyreleder\tSerienummer: 1234-5678\n"
          "Tofte, Lars Henrik\tStyremedlem\tSerienummer: 2345-6789")),
        board(("Solveig Myrvang", "LEDE"), ("Lars Tofte", "MEDL")), formats=PDF),
    _bl("bl-24-hs-leder-signature", (H("Årsberetning", 2), P("Hovedstyret takker alle frivillige for innsatsen."),
                                     P("Nordby 10.02.2024   Underskrifter   Tone Skaar   HS leder")),
        board(("Tone Skaar", "LEDE"))),
    _bl("bl-25-prose-plurals", (
        H("Styret", 2),
        P("I meldingsåret har styret bestått av leder Håkon Lund, nestleder Randi Berg, kasserer Terje Haugen og "
          "styremedlemmene Åse Bakke og Kari Dahl. Vara: Ola Vik og Per Moen.")),
        board(("Håkon Lund", "LEDE"), ("Randi Berg", "NEST"), ("Terje Haugen", "MEDL"), ("Åse Bakke", "MEDL"),
              ("Kari Dahl", "MEDL"), ("Ola Vik", "VARA"), ("Per Moen", "VARA"))),
    _bl("bl-26-occupation-before-name", (
        H("Styret", 2),
        P("Styrets leder har vært advokat Anne Lie. Øvrige medlemmer har vært Liv Sand og Nils Fjeld.")),
        board(("Anne Lie", "LEDE"), ("Liv Sand", "MEDL"), ("Nils Fjeld", "MEDL"))),
    _bl("bl-27-sistnevnte", (
        H("Styret", 2),
        P("Styreleder er Ingrid Brekke. Øvrige medlemmer er Tor Holm og Sigrid Lien, sistnevnte valgt av de ansatte.")),
        board(("Ingrid Brekke", "LEDE"), ("Tor Holm", "MEDL"), ("Sigrid Lien", "MEDL", True))),
    _bl("bl-28-former-ceo-now-chair", (H("Styret", 2),
                                       P("Knut Rud, tidligere daglig leder, er nå styreleder. Marte Foss er nestleder.")),
        board(("Knut Rud", "LEDE"), ("Marte Foss", "NEST"))),
    _bl("bl-29-photo-caption-positions", (
        H("Styret", 2),
        P("Styret. Fra venstre bak: Eirik Nygård, Hilde Engen og Jon Sæter. Foran fra venstre: styreleder Ragnhild "
          "Krogh, daglig leder Geir Storli og nestleder Turid Rønning.")),
        board(("Ragnhild Krogh", "LEDE"), ("Turid Rønning", "NEST"), ("Eirik Nygård", "MEDL"), ("Hilde Engen", "MEDL"),
              ("Jon Sæter", "MEDL")), ceo="Geir Storli"),
    _bl("bl-30-31-collage", (
        H("Styret", 2),
        Picture((("Bjørn Hagen", "Styreleder"), ("Astrid Aune", "Nestleder"), ("Svein Grønli", "Styremedlem"),
                 ("Guri Myrvang", "Varamedlem")), per_row=2)),
        board(("Bjørn Hagen", "LEDE"), ("Astrid Aune", "NEST"), ("Svein Grønli", "MEDL"), ("Guri Myrvang", "VARA")),
        formats=PDF),
    _bl("bl-33-organisasjon-og-ledelse-prose", (
        H("Organisasjon og ledelse", 2),
        P("Tone Berg er styreleder, og Håkon Haugen er nestleder. Randi Bakke og Terje Dahl er styremedlemmer.")),
        board(("Tone Berg", "LEDE"), ("Håkon Haugen", "NEST"), ("Randi Bakke", "MEDL"), ("Terje Dahl", "MEDL"))),
    _bl("bl-34-tillitsvalde-styret-label-nn", (
        H("Tillitsvalde", 2), P("Styret: Åse Vik (leiar), Kari Moen (nestleiar), Ola Lie (styremedlem)")),
        board(("Åse Vik", "LEDE"), ("Kari Moen", "NEST"), ("Ola Lie", "MEDL")), **NN),
    _bl("bl-36-sentralstyret-appendix", (
        H("Vedlegg 1: Sammensetning av sentralstyret og fagrådet", 2),
        P("Sentralstyret: leder Nils Holm, nestleder Ingrid Lien, medlem Tor Rud"),
        P("Fagrådet: leder Sigrid Foss, medlem Knut Nygård")),
        board(("Nils Holm", "LEDE"), ("Ingrid Lien", "NEST"), ("Tor Rud", "MEDL"))),
    _bl("bl-38-occupation-and-term", (
        H("Styret", 2), P("Leder: Skogeier Hilde Krogh til 2024"), P("Styremedl.: Rådgiver Jon Storli til 2025")),
        board(("Hilde Krogh", "LEDE"), ("Jon Storli", "MEDL"))),
    _bl("bl-39-role-row-over-name-row-nn", (
        H("Styret", 2),
        P("Styreleiar\t\tNestleiar\t\tStyremedlem\t\tStyremedlem\n"
          "Ragnhild Rønning\tGeir Hagen\t\tTurid Aune\t\tBjørn Grønli")),
        board(("Ragnhild Rønning", "LEDE"), ("Geir Hagen", "NEST"), ("Turid Aune", "MEDL"), ("Bjørn Grønli", "MEDL")),
        **NN),
    _bl("bl-42-observer-first", (
        H("Styret", 2),
        P("Styret har i 2023 hatt denne sammensetningen: Observatør: Tone Bakke. Terje Dahl, styreleder. "
          "Randi Vik, styremedlem.")),
        board(("Tone Bakke", "OBS"), ("Terje Dahl", "LEDE"), ("Randi Vik", "MEDL"))),
    _bl("bl-43-same-given-name", (H("Styret", 2), P("Kari Andersen – styreleder"), P("Kari Pedersen – varamedlem")),
        board(("Kari Andersen", "LEDE"), ("Kari Pedersen", "VARA"))),
    _bl("bl-44-two-spellings", (
        H("Styret", 2), P("Styret: Per S. Thoresen (leder), Anne Moen (medlem)"),
        H("Styrets beretning", 2), P("Styret takker for samarbeidet."), P("Nordby, 1. mars 2024"),
        P("Per Thoresen\t\tAnne Moen\nstyreleder\t\tstyremedlem")),
        board(("Per S. Thoresen", "LEDE"), ("Anne Moen", "MEDL")), formats=PDF),
    _bl("bl-45-abbreviated-roles-deputies-nn", (
        H("Styret", 2),
        T((("Styreform. Håkon Lie", "Varamedl. Åse Sand", "Nordbygd"),
           ("Nestform. Kari Fjeld", "Varamedl. Ola Brekke", "Sørbygd"),
           ("Styremedl. Per Holm", "Varamedl. Anne Lien", "Hytteeigarane")), bold_header=False)),
        board(("Håkon Lie", "LEDE"), ("Kari Fjeld", "NEST"), ("Per Holm", "MEDL"), ("Åse Sand", "VARA"),
              ("Ola Brekke", "VARA"), ("Anne Lien", "VARA")), **NN),
    _bl("bl-46-status-words", (
        H("Styret", 2), P("Leder: Liv Rud (gjenvalgt)"), P("Nestleder: Nils Foss (ikke på valg)"),
        P("Styremedlem: Ingrid Nygård (ny)")),
        board(("Liv Rud", "LEDE"), ("Nils Foss", "NEST"), ("Ingrid Nygård", "MEDL"))),
    # --- 13.2 role words --------------------------------------------------------------------------
    _br("br-01", "Styrets leder: Eirik Lien", [("Eirik Lien", "LEDE")]),
    _br("br-03", "Formann: Jon Foss", [("Jon Foss", "LEDE")]),
    _br("br-05", "President: Geir Engen", [("Geir Engen", "LEDE")]),
    _br("br-06-nn", "Nestleiar: Turid Sæter", [("Turid Sæter", "NEST")], **NN),
    _br("br-08", "Visepresident: Astrid Storli", [("Astrid Storli", "NEST")]),
    _br("br-09", "Medlem: Svein Rønning", [("Svein Rønning", "MEDL")]),
    _br("br-10", "Kasserer: Guri Hagen", [("Guri Hagen", "MEDL")]),
    _br("br-11", "Sekretær: Odd Aune", [("Odd Aune", "MEDL")]),
    _br("br-12-nn", "Økonomiansvarleg: Solveig Grønli", [("Solveig Grønli", "MEDL")], **NN),
    _br("br-15", "1. vara: Håkon Skaar", [("Håkon Skaar", "VARA")]),
    _br("br-16-nn", "Personleg vara: Randi Lund", [("Randi Lund", "VARA")], **NN),
    _br("br-17-nn", "Varafolk: Terje Berg og Åse Haugen", [("Terje Berg", "VARA"), ("Åse Haugen", "VARA")], **NN),
    _br("br-19", "Leder håndballgruppa: Ola Dahl", [("Ola Dahl", "MEDL")]),
    # --- 13.3 employee-elected --------------------------------------------------------------------
    _be("be-01", (P("Styremedlem: Liv Lie (ansattvalgt)"),), [("Liv Lie", "MEDL", True)]),
    _be("be-03", (P("Styremedlemmer: Tor Brekke, Ingrid Fjeld"), P("Ingrid Fjeld er valgt av de ansatte.")),
        [("Tor Brekke", "MEDL"), ("Ingrid Fjeld", "MEDL", True)]),
    _be("be-07", (P("Styremedlemmer:"), P("Eirik Foss (ansattmedlem)"), P("Knut Lien")),
        [("Eirik Foss", "MEDL", True), ("Knut Lien", "MEDL")]),
    _be("be-08-constituency-nn", (
        T((("Styremedl. Hilde Nygård", "Varamedl. Jon Engen", "Tilsette"),
           ("Styremedl. Ragnhild Sæter", "Varamedl. Geir Krogh", "Austbygda")), bold_header=False),),
        [("Hilde Nygård", "MEDL", True), ("Jon Engen", "VARA", True), ("Ragnhild Sæter", "MEDL"),
         ("Geir Krogh", "VARA")], **NN),
    _be("be-10", (T((("Navn", "Rolle", "Valgt av"), ("Svein Aune", "Styremedlem", "arbeidstakerne"))),),
        [("Svein Aune", "MEDL", True)]),
    _be("be-11", (P("Guri Grønli, styremedlem valgt av og blant de ansatte"),), [("Guri Grønli", "MEDL", True)]),
    _be("be-12-lead-in-count-names-nobody", (
        P("Styret har fem medlemmer, hvorav to velges av og blant de ansatte."),
        P("Styremedlemmer: Odd Myrvang, Solveig Tofte, Lars Skaar, Tone Lund")),
        [("Odd Myrvang", "MEDL"), ("Solveig Tofte", "MEDL"), ("Lars Skaar", "MEDL"), ("Tone Lund", "MEDL")]),
    _be("be-13-deputy-ansatte", (P("Varamedlemmer: Håkon Berg, Randi Haugen (ansatte)"),),
        [("Håkon Berg", "VARA"), ("Randi Haugen", "VARA", True)]),
    _be("be-14-staff-after-board", (P("Styremedlem: Terje Bakke"), H("Ansatte", 2), P("Åse Dahl, konsulent"),
                                    P("Kari Vik, arbeidsleder")), [("Terje Bakke", "MEDL")]),
    _be("be-15-nn", (P("Ola Moen, styremedlem vald av og blant dei tilsette"),), [("Ola Moen", "MEDL", True)], **NN),
    # --- 13.4 changes during the year ---------------------------------------------------------------
    _bl("bc-01-chair-left-deputy-took-over", (
        H("Styret", 2),
        P("Leder Per Lie gikk ut av styret etter to år. Nestleder Anne Sand ble valgt til ny leder. Styret består "
          "nå av Anne Sand (leder), Liv Fjeld (nestleder) og Nils Brekke.")),
        board(("Anne Sand", "LEDE"), ("Liv Fjeld", "NEST"), ("Nils Brekke", "MEDL"))),
    _bl("bc-02-member-left", (H("Styret", 2),
                              P("Styremedlemmer: Ingrid Holm, Tor Lien. Sigrid Rud gikk ut av styret i mai.")),
        board(("Ingrid Holm", "MEDL"), ("Tor Lien", "MEDL"))),
    _bl("bc-04-term-notation", (H("Styret", 2), P("Leder: Marte Nygård til 2024 (styremedlem 2025)")),
        board(("Marte Nygård", "LEDE"))),
    _bl("bc-05-acting-chair", (
        H("Styret", 2),
        P("Styreleder Eirik Engen trakk seg i februar. Konstituert styreleder er Hilde Sæter.")),
        board(("Hilde Sæter", "LEDE"))),
    _bl("bc-06-reelected-and-leaving-nn", (
        H("Styret", 2),
        P("Jon Krogh vart attvald som styreleiar. Ragnhild Storli går ut av styret. Geir Rønning og Turid Hagen "
          "er vara.")),
        board(("Jon Krogh", "LEDE"), ("Geir Rønning", "VARA"), ("Turid Hagen", "VARA")), **NN),
    _bl("bc-07-chair-became-ceo", (
        H("Styret", 2),
        P("Bjørn Aune var styreleder fram til august, da han ble ansatt som daglig leder. Astrid Grønli overtok som "
          "styreleder.")),
        board(("Astrid Grønli", "LEDE")), ceo="Bjørn Aune"),
    _bl("bc-08-proposal-is-not-the-board", (
        H("Styret", 2),
        P("Styret 2023: Svein Myrvang (leder), Guri Tofte (medlem)."),
        P("Valgkomiteens innstilling for 2024: Svein Myrvang (leder), Odd Skaar (medlem).")),
        board(("Svein Myrvang", "LEDE"), ("Guri Tofte", "MEDL"))),
    _bl("bc-09-former-chair-thanked", (
        H("Styret", 2),
        P("Tidligere styreleder Solveig Lund ble takket for mange års innsats. Styreleder er Lars Berg.")),
        board(("Lars Berg", "LEDE"))),
    _bl("bc-10-status-markers-nn", (H("Styret", 2), P("Leiar: Tone Haugen (ikkje på val). Styremedlem: Håkon Bakke (ny).")),
        board(("Tone Haugen", "LEDE"), ("Håkon Bakke", "MEDL")), **NN),
    # --- 13.5 not the board ----------------------------------------------------------------------------
    _bt("bt-01-valgkomite", (P("Valgkomité:"), P("Leder: Åse Moen"), P("Medlem: Kari Lie"), P("Vara: Ola Sand"))),
    _bt("bt-02-valnemnd-nn", (P("Valnemnd: Leiar: Per Fjeld, medlem: Anne Brekke"),), **NN),
    _bt("bt-03-kontrollkomite", (P("Kontrollkomité: Liv Holm og Nils Lien"),)),
    _bt("bt-04-kontrollutval-nn", (P("Kontrollutval: Ingrid Rud (leiar), Tor Foss"),), **NN),
    _bt("bt-05-revisorer", (P("Revisorer: Sigrid Nygård og Knut Engen"),)),
    _bt("bt-06-representantskap", (
        P("Representantskapet: leder Marte Sæter (Nordby kommune), nestleder Eirik Krogh (Sørby kommune)"),)),
    _bt("bt-07-arsmote-officials", (P("Årsmøtet: ordfører Hilde Storli, varaordfører Jon Rønning"),)),
    _bt("bt-08-landsmote-delegates", (P("Landsmøtet ble holdt i juni. Delegat: Ragnhild Hagen. Observatør: Geir Aune."),)),
    _bt("bt-09-group-boards-table-nn", (
        T((("Gruppe", "Leiar", "Kasserar", "Skrivar"), ("Ski", "Turid Grønli", "Bjørn Myrvang", "Astrid Tofte"))),),
        **NN),
    _bt("bt-10-staff-directory", (
        P("Administrasjon: Daglig leder Svein Skaar Dir.tlf 22 00 00 00 / Arbeidsleder Guri Lund / "
          "Jobbkonsulent Odd Berg"),), ceo="Svein Skaar"),
    _bt("bt-12-history", (P("Tillitsvalgte gjennom 100 år: Lars Bakke (1951-1960), Tone Dahl (1961-1975)"),)),
    _bt("bt-13-subsidiary", (P("Styret i datterselskapet Nordby Eiendom AS: leder Håkon Vik, medlem Randi Moen"),)),
    _bt("bt-14-owner-mayor", (P("Eier: Nordby kommune ved ordfører Terje Lie"),)),
    _bt("bt-16-news-other-org", (
        P("Nordby Avis, 12. mai 2023. Av Kari Fjeld. Ny styreleder i Sørby Vekst: Ola Brekke"),)),
    _bt("bt-18-news-byline-nn", (H("Presseklipp", 2), P("Tekst: Per Holm"),
                                 P("Styreleiar Anne Lien i Sørby Vekst meiner tilbodet må byggjast ut.")), **NN),
    _bt("bt-19-leder-foreword", (H("Leder", 2), P("Året har vært krevende, men vi har fått mye til."),
                                 P("Liv Rud, daglig leder")), ceo="Liv Rud"),
    _bt("bt-20-honorary", (P("Æresmedlemmer: Nils Foss, Ingrid Nygård"),)),
    _bt("bt-21-trainers", (P("Trenere: Tor Engen (G14), Sigrid Sæter (J12)"),)),
    _bt("bt-22-media-contact", (P("Kontaktperson for media: Knut Krogh"),)),
    _bt("bt-23-auditor", (P("Revisor: Nordby Revisjon AS v/ statsautorisert revisor Marte Storli"),)),
    _bt("bt-24-working-committee", (P("Arbeidsutvalget: Randi Dahl og Terje Vik"),)),
    # --- 13.6 CEO ---------------------------------------------------------------------------------------
    _ce("ce-03", (H("Ledelse", 2), P("Administrerende direktør Liv Haugen har ledet selskapet siden 2015."),),
        "Liv Haugen"),
    _ce("ce-04-foreword-signed", (H("Daglig leder har ordet", 2), P("Vi har hatt et godt år med mange nye deltakere."),
                                  P("Nils Bakke")), "Nils Bakke"),
    _ce("ce-05-adm-dir-comment", (H("Adm. direktørs kommentar", 2), P("Resultatet ble bedre enn budsjettert."),
                                  P("Ingrid Dahl, adm. dir.")), "Ingrid Dahl"),
    _ce("ce-06-synspunkt-nn", (H("Synspunkt frå adm.dir.", 2), P("Året har gitt oss mykje å glede oss over."),
                               P("Tor Vik")), "Tor Vik", **NN),
    _ce("ce-07-heading-title-name", (H("Konsernsjef Sigrid Moen:", 2), P("Vi har lagt et godt år bak oss.")),
        "Sigrid Moen"),
    _ce("ce-08", (H("Sekretariatet", 2), P("Generalsekretær Knut Lie leder sekretariatet med seks ansatte.")),
        "Knut Lie"),
    _ce("ce-09-municipal-unit", (H("Om virksomheten", 2),
                                 P("Virksomhetsleder for Nordby arbeidssenter er Marte Sand.")), "Marte Sand",
        title="Årsmelding 2023 for Nordby arbeidssenter"),
    _ce("ce-10-havnedirektor", (H("Havnedirektørens kommentar", 2), P("Trafikken økte i 2023."),
                                P("Eirik Fjeld, havnedirektør")), "Eirik Fjeld"),
    _ce("ce-11-elverkssjef-nn", (H("Administrasjonen", 2), P("Elverkssjef Hilde Brekke leier administrasjonen.")),
        "Hilde Brekke", **NN),
    _ce("ce-12-forretningsforer", (H("Administrasjon", 2), P("Forretningsfører: Jon Holm")), "Jon Holm"),
    _ce("ce-13", (H("Administrasjon", 2), P("Konstituert daglig leder: Ragnhild Lien")), "Ragnhild Lien"),
    _ce("ce-14-changed", (H("Administrasjon", 2),
                          P("Geir Rud var daglig leder til 30. april. Turid Foss tiltrådte som ny daglig leder 1. mai.")),
        "Turid Foss"),
    _ce("ce-15-bylaws-only", (H("Vedtekter", 2), P("Styret kan ansette en daglig leder.")), None),
]
