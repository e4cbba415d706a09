"""Board labels that say when, or close a paragraph (docs/phrasings.md §29): "Styret for 2023:",
"Styret pr. 31.12.2023:" label the lines under them as "Styret:" does, also under the heading of
an annual meeting's minutes and also as the last sentence of a paragraph ("Sak 5 Valg.
Innstillingen ble vedtatt. Styret for 2023:"). Names are invented; wordings are written from the
genre."""
from probes.spec import H, Li, P, Probe, Expect, board

PDF = ("docx", "pdf")


def _b(case_id, items, expected, **kw) -> Probe:
    return Probe(f"g7-lead-{case_id}", "board", tuple(items), Expect(board=expected), **kw)


PROBES = [
    _b("dated-label-closes-agenda-paragraph", (
        H("Fra årsmøtet 2023", 2),
        P("Årsmøtet ble holdt i klubbhuset 9. mars 2023 med 41 stemmeberettigede. Møteleder var Geir Husby."),
        P("Sak 5 Valg. Valgkomiteens innstilling ble enstemmig vedtatt. Styret for 2023:"),
        Li("Leder: Tonje Brattli (gjenvalgt, 1 år)"),
        Li("Nestleder: Øystein Lunde (ny, 2 år)"),
        Li("Styremedlem: Hilde Aarvik (ikke på valg)"),
        Li("Varamedlem: Rune Kvalsvik (ny, 1 år)"),
        P("Valgkomité for 2023: Berit Stokke og Arvid Hals.")),
        board(("Tonje Brattli", "LEDE"), ("Øystein Lunde", "NEST"), ("Hilde Aarvik", "MEDL"), ("Rune Kvalsvik", "VARA")),
        formats=PDF, title="Årsberetning 2023 Solberget IL"),
    _b("nn-dated-label-own-line-in-minutes", (
        H("Utdrag av protokoll frå årsmøtet", 2),
        P("Årsmøtet vart halde 14. mars 2023. Gunnvor Tveit leia møtet."),
        P("Styret pr. 31.12.2023:"),
        P("Leiar: Ivar Bergsvik\nNestleiar: Randi Skeie\nStyremedlem: Mons Aske\nVaramedlem: Lill Hovden"),
        P("Valnemnda for 2024: Kjell Torvund (leiar) og Aud Nesse.")),
        board(("Ivar Bergsvik", "LEDE"), ("Randi Skeie", "NEST"), ("Mons Aske", "MEDL"), ("Lill Hovden", "VARA")),
        lang="nn", formats=PDF, title="Årsmelding 2023 Straumsnes sogelag"),
    # guard: an organ label naming another organisation is no date; its lines stay out of the board
    _b("another-organisations-board-is-no-dated-label", (
        H("Styret", 2),
        P("Leder: Marius Tangen\nStyremedlem: Eva Grønlund\nStyremedlem: Stig Rønning"),
        H("Eiendomsselskapet", 2),
        P("Klubben eier halvparten av Nordlys Arena AS. Styret i Nordlys Arena AS for 2023:"),
        P("Leder: Sverre Ødegård\nStyremedlem: Nina Falk")),
        board(("Marius Tangen", "LEDE"), ("Eva Grønlund", "MEDL"), ("Stig Rønning", "MEDL")),
        title="Årsberetning 2023 Bakkeli Ballklubb"),
]
