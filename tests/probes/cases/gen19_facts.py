"""Nineteenth reading (docs/phrasings.md §79): organisation facts on the wording of real IKS and
kommunalt oppgåvefellesskap reports and a co-operative's meeting plan: owners listed a
municipality or county a line under a bare heading ("Eiere", "Eigarar", "Deltakerkommuner") with
no share, a list under a heading that is no owners word (members of a § 27 co-operation), and a
meeting plan whose venues ("<Name> Café og Samfunnshus, <Street> 5, <code> <town>") are no address
of the organisation, and a title naming the accounts beside the report word ("Årsmelding og
rekneskap 2024") over next year's meeting dates. Names, figures and sentences are invented; place names are real
municipalities and counties."""
from probes.spec import H, Li, P, T, Expect, Probe

NN = "nn"
WORD = ("docx", "pdf")


def _case(case_id, family, items, title=None, lang="nb", formats=("docx",), **kw) -> Probe:
    return Probe(f"g19-facts-{case_id}", family, tuple(items), Expect(**kw), lang=lang, formats=formats, title=title)


PROBES = [
    # --- owners a line under a bare heading ----------------------------------------------------------
    _case("owners-lines-under-eiere", "owners", (
        H("Styrets årsberetning 2024", 1),
        P("Vestmarka Arkiv IKS har kontor og magasin i Storgata 14, Notodden. Selskapet hadde seks eiere i 2024: fem "
          "kommuner og én fylkeskommune."),
        H("Eiere", 2),
        P("Notodden kommune\nHjartdal kommune\nTinn kommune\nSeljord kommune\nKviteseid kommune\nTelemark fylkeskommune"),
        H("Representantskapet", 2),
        P("Representantskapet er selskapets øverste organ. Ordinært møte ble holdt 18. april 2024 i Notodden."),
    ), formats=WORD, org_name="Vestmarka Arkiv IKS",
        owners={("Notodden kommune", None), ("Hjartdal kommune", None), ("Tinn kommune", None),
                ("Seljord kommune", None), ("Kviteseid kommune", None), ("Telemark fylkeskommune", None)}),
    _case("nn-owners-list-items-under-eigarar", "owners", (
        H("Årsmelding 2024 for Fjordvarden Brannvern IKS", 1),
        P("Fjordvarden Brannvern IKS har ansvar for brannførebygging i fire kommunar i Sunnfjord."),
        H("Eigarar", 2),
        Li("Sunnfjord kommune"), Li("Askvoll kommune"), Li("Fjaler kommune"), Li("Hyllestad kommune"),
        H("Styret", 2),
        P("Styret har hatt seks møte i 2024 og handsama 31 saker."),
    ), lang=NN, formats=WORD,
        owners={("Sunnfjord kommune", None), ("Askvoll kommune", None), ("Fjaler kommune", None),
                ("Hyllestad kommune", None)}),
    _case("members-under-no-owners-heading", "owners", (
        H("Årsmelding 2024", 1),
        P("Fjellnord Arkivsamarbeid er en samarbeidsordning etter kommuneloven mellom kommuner i Finnmark."),
        H("Medlemmer", 2),
        P("Ordningen hadde følgende medlemskommuner i 2024:\nLoppa kommune\nHasvik kommune\nMåsøy kommune"),
    ), owners=set()),
    # --- a meeting plan's venues ---------------------------------------------------------------------
    _case("venue-address-in-meeting-plan", "organisation", (
        P("Årsmelding og regnskap 2024", bold=True, size=16), P("Coop Nordfjell SA", bold=True, size=14),
        P("Møteplan for kretsmøtene. Alle kretsmøter blir holdt torsdag 6. mars 2025."),
        T((("Bjørkli Hotell\n2680 Vågå\nKrets 1 Vågå og Lom", "Haugen Café og Samfunnshus\nSkolevegen-Haugen 4, 2686 Lom\n"
            "Krets 2 Skjåk"),), ruled=False, bold_header=False),
        P("Styret takker medlemmene for oppslutningen i 2024."),
    ), formats=WORD, org_name="Coop Nordfjell SA", low_confidence=("address",)),
    # --- the report's year beside its accounts -------------------------------------------------------
    _case("year-title-with-accounts-before-meeting-dates", "report", (
        P("Årsmelding og rekneskap 2024", bold=True, size=16), P("Fjellbygda Kraftlag SA", bold=True, size=14),
        P("Årsmøtet vert halde på Vågå samfunnshus 10. april 2025 kl. 19.00. Innkalling vart sendt 12. mars 2025."),
        H("Styret si melding", 2),
        P("Kraftlaget hadde eit godt driftsår med auka straumsal til medlemene."),
    ), lang=NN, formats=WORD, report_year=2024),
]
