"""Seventeenth reading (docs/phrasings.md §67): organisation facts, places, percentages and programs
on the wording of real IKS pages and company agreements, audits of companies, owner documents and
vekstbedrift news: owners listed one to a line with their shares under a line about owners (nb and
nn, "<Name> eierandel: 34,0 %"), a municipality's own holdings listed the same way (no owners),
a list of shares under no owner lead (no owners), an audit's title run of report words before the
audited company's name, an ownership report's and bylaws' words before a name, and the people in a
NAV program counted where no places are ("41 personer i VTA"). Names, figures and sentences are
invented; place names are real municipalities."""
from probes.spec import H, P, Expect, Probe

NN = "nn"
WORD = ("docx", "pdf")


def _case(case_id, family, items, title=None, lang="nb", formats=("docx",), **kw) -> Probe:
    return Probe(f"g17f-{case_id}", family, tuple(items), Expect(**kw), lang=lang, formats=formats, title=title)


PROBES = [
    # --- owners listed one to a line ---------------------------------------------------------------------
    _case("owner-lines-under-heading", "owners", (
        H("Deltakerkommunenes eierandeler", 2),
        P("Nordre Land kommune 40 %\nSøndre Land kommune 35 %\nGran kommune 25 %"),
        H("Representantskapet", 2),
        P("Hver deltakerkommune har én representant i representantskapet."),
    ), title="Årsmelding 2023 Landåsen Arkiv IKS", formats=WORD,
        owners={("Nordre Land kommune", 40.0), ("Søndre Land kommune", 35.0), ("Gran kommune", 25.0)},
        percentages=((40.0, "Nordre Land"), (25.0, "Gran"))),
    _case("owner-lines-after-agreement-sentence", "owners", (
        P("Selskapsavtalen § 4 fastsetter eierandel og ansvar for den enkelte deltaker slik:"),
        P("Eidskog kommune 22 %"), P("Grue kommune 18 %"), P("Kongsvinger kommune 42 %"), P("Åsnes kommune 18 %"),
        P("Eierandelene er de samme som ved stiftelsen."),
    ), title="Årsberetning 2022 Vinger Kontrollsekretariat IKS", formats=WORD,
        owners={("Eidskog kommune", 22.0), ("Grue kommune", 18.0), ("Kongsvinger kommune", 42.0), ("Åsnes kommune", 18.0)}),
    _case("nn-owner-lines-with-share-word", "owners", (
        P("Eigarane og eigardelane deira:"),
        P("Sogndal eigardel: 45 %"), P("Luster eigardel: 30 %"), P("Aurland eigardel: 25 %"),
    ), title="Årsmelding 2023 Indre Sogn Reinhald IKS", lang=NN,
        owners={("Sogndal", 45.0), ("Luster", 30.0), ("Aurland", 25.0)}),
    # a municipality's own holdings, listed as the owners of an IKS list theirs: no owners of it
    _case("own-holdings-lines-not-owners", "owners", (
        H("Eierskap", 2),
        P("Kommunens eierandeler i interkommunale selskap ved utgangen av året:"),
        P("Vestfold Vannverk IKS 18 %\nVestfold Avfallsselskap IKS 22 %\nVestfold Revisjonsdistrikt IKS 9 %"),
    ), title="Årsrapport 2023 Horten kommune", owners=set(), percentages=((18.0, "Vannverk"),)),
    # shares under a line that is not about owners: a vekstbedrift's results
    _case("share-lines-without-owner-lead", "owners", (
        H("Resultater", 2),
        P("Etter avsluttet tiltak var deltakerne fordelt slik:"),
        P("Ordinært arbeid 38 %\nUtdanning 12 %\nAndre tiltak 50 %"),
    ), title="Årsberetning 2023 Tokke Vekst AS", owners=set(),
        percentages=((38.0, "arbeid"), (12.0, "Utdanning"), (50.0, "tiltak"))),
    # --- the name under an audit's or an owner document's words ------------------------------------------
    _case("audit-title-run-of-report-words", "organisation", (
        P("FORVALTNINGSREVISJONSDEL AV SELSKAPSKONTROLL MJØSVIDDA RENOVASJON IKS", bold=True),
        P("ENDELIG RAPPORT\nØyer kommune\nMars 2023"),
        H("Forord", 2),
        P("Fjellrevisjon SA leverer revisjonstjenester til 31 kommuner. Fjellrevisjon SA har gjennomført denne "
          "selskapskontrollen på oppdrag fra kontrollutvalgene i eierkommunene til Mjøsvidda Renovasjon IKS."),
        P("Lillehammer, 14.03.2023"),
    ), org_name="Mjøsvidda Renovasjon IKS"),
    _case("ownership-report-title", "organisation", (
        P("Eierskapsmelding Tynset kommune", bold=True, size=18),
        P("Vedtatt av kommunestyret 12. juni 2023, sak 44/23"),
        H("Innledning", 2),
        P("Eierskapsmeldingen gir en samlet oversikt over kommunens eierskap i selskaper og foretak."),
    ), title=None, org_name="Tynset kommune"),
    _case("bylaws-before-the-name", "organisation", (
        P("Solbergtun Drift AS har hatt et godt år med økt aktivitet på alle avdelinger."),
        H("Vedlegg", 2),
        P("Vedlegg 1 Vedtekter for Solbergtun Drift AS"),
    ), title="Årsberetning 2023", org_name="Solbergtun Drift AS"),
    # --- the people in a program -------------------------------------------------------------------------
    _case("persons-in-program-no-places", "programs", (
        P("Bedriften leverer attføringstjenester og har egen produksjon av ved og emballasje."),
        P("Ved utgangen av året var 36 arbeidstakere i varig tilrettelagt arbeid."),
    ), title="Årsberetning 2023 Rindal Industri AS", programs={"VTA": 36}, low_confidence=("programs.VTA",)),
    _case("nn-persons-in-program", "programs", (
        P("I dag er 22 personar på VTA i Hyllestad og Askvoll."),
    ), title="Årsmelding 2023 Ytre Sogn Arbeidssenter AS", lang=NN, programs={"VTA": 22},
        low_confidence=("programs.VTA",)),
    # places counted elsewhere: the people in the program say nothing against them
    _case("persons-in-program-beside-places", "programs", (
        P("Bedriften har avtale med NAV om 30 VTA-plasser."),
        P("I løpet av året var 34 personer i VTA, fordi noen sluttet og nye begynte."),
    ), title="Årsberetning 2023 Surnadal Vekst AS", programs={"VTA": 30}),
]
