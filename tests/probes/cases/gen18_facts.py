"""Eighteenth reading (docs/phrasings.md §73): organisation facts, places, percentages and owners
on the wording of real kraftlag and havn IKS reports, audits of municipal companies, meeting
minutes and a value-creation page: owners with their shares in brackets after "eiet av kommunene"
(an older participle), an owner table flattened into one line behind its header words, share
classes ("A-aksjer (60 % ...)") and a breakdown with owners as one item ("Tilsette 15% Eigarar 33%")
that are no owners, a municipality's "heleide selskap" naming our company, an owner with a share
right after its name that is no candidate for the organisation's name, a name taken "under
navnet <Name> AS" beside the old name of another form, a clause after "er" that names no kind
("Ballbingen er planen at Stryn kommune ..."), two audited companies in one title, and a county
opening an auditor's name with lower-case nouns ("Telemark kommunerevisjon IKS"). Names, figures
and sentences are invented; place names are real municipalities and counties."""
from probes.spec import H, P, Expect, Probe

NN = "nn"
WORD = ("docx", "pdf")


def _case(case_id, family, items, title=None, lang="nb", formats=("docx",), **kw) -> Probe:
    return Probe(f"g18o-{case_id}", family, tuple(items), Expect(**kw), lang=lang, formats=formats, title=title)


PROBES = [
    # --- owners ------------------------------------------------------------------------------------------
    _case("owners-in-brackets-after-eiet", "owners", (
        H("Styrets beretning for 2023", 2),
        P("Fjordhamna Havn IKS er et interkommunalt selskap. Selskapet ble opprettet i 2004 og var pr 31.12.2023 eiet "
          "av kommunene Hitra (12,50%), Frøya (62,25%), Orkland (25,24%) og Heim (0,01%). Minste deltakerandel er 0,01%."),
        P("Selskapet har hovedkontor på Frøya."),
    ), title="Årsrapport 2023 Fjordhamna Havn IKS", formats=WORD,
        owners={("Hitra kommune", 12.5), ("Frøya kommune", 62.25), ("Orkland kommune", 25.24), ("Heim kommune", 0.01)},
        percentages=((62.25, "Frøya"),)),
    _case("owner-table-flattened-one-line", "owners", (
        H("Aksjonærer", 3),
        P("Selskapet eies av tre kommuner og to selskaper. Aksjonærer med eierandel på over 1 % ved årsskiftet er vist "
          "nedenfor. Kommunene innehar både A-aksjer (55 % av aksjene) og B-aksjer (ca. 3,1 % av aksjene)."),
        P("Aksjonær Eierandel Beiarn kommune 31,4 % Gildeskål kommune 22,6 % Meløy kommune 19,8 % Holmvik Invest AS "
          "14,2 % Storvik Eiendom AS 12,0 %"),
    ), title="Årsberetning 2023 Saltfjell Kraft AS", formats=WORD,
        owners={("Beiarn kommune", 31.4), ("Gildeskål kommune", 22.6), ("Meløy kommune", 19.8),
                ("Holmvik Invest AS", 14.2), ("Storvik Eiendom AS", 12.0)}, org_name="Saltfjell Kraft AS"),
    _case("nn-breakdown-with-owners-as-item", "owners", (
        H("Verdiskaping i Fjellkraft", 2),
        P("Verdiskapinga er rekna til 84 mill. kroner for 2023. Av dette går nær 55 % tilbake til det offentlege."),
        P("Tilsette 21% Eigarar 28% Bankar 6% Stat og kommune 45%"),
    ), title="Årsmelding 2023 Fjellkraft AS", lang=NN, formats=WORD, owners=set(),
        percentages=((21.0, "Tilsette"), (28.0, "Eigarar"))),
    _case("municipality-sitt-heleide-selskap", "owners", (
        P("Selskapskontroll av Nordvik Utvikling AS", bold=True, size=16),
        H("Sammendrag", 2),
        P("Kontrollen omfatter Vefsn kommune sitt heleide selskap Nordvik Utvikling AS, og det heleide "
          "datterselskapet Nordvik Bygg AS."),
    ), owners={("Vefsn kommune", 100.0)}, org_name="Nordvik Utvikling AS"),
    # --- the organisation's name -------------------------------------------------------------------------
    _case("renamed-under-navnet", "organisation", (
        H("Generelt", 3),
        P("Året var et viktig år for selskapet, fordi det tradisjonsrike Rødøy Kraftlag A/L ble omdannet til "
          "aksjeselskap 1. juli under navnet Rødøy Kraft AS. Resultatet etter skatt ble 12,6 mill. kroner."),
        P("Selskapet eies av Rødøy kommune, Lurøy kommune, Hamnvik Holding AS samt om lag 900 private eiere."),
        P("Hamnvik Holding AS har vært aksjonær siden 2015."),
    ), title="Årsberetning 2023", formats=WORD, org_name="Rødøy Kraft AS"),
    _case("owner-with-share-is-no-name", "organisation", (
        P("Selskapet eies av kommunene i regionen og Brekke Eiendom AS. Brekke Eiendom AS har en eierandel på 20 %."),
        P("Eierandeler: Vinje kommune 45 % Tokke kommune 35 % Brekke Eiendom AS 20 %"),
        P("Vest-Telemark Fjernvarme AS leverer varme til 120 kunder."),
    ), title="Årsberetning 2023", org_name="Vest-Telemark Fjernvarme AS",
        owners={("Vinje kommune", 45.0), ("Tokke kommune", 35.0), ("Brekke Eiendom AS", 20.0)}),
    _case("nn-clause-after-er-names-no-kind", "organisation", (
        P("Møteprotokoll for Hjelle idrettslag årsmøte", bold=True, size=14),
        P("Dato: 9. mars 2024. Stad: klubbhuset. 21 møtte."),
        P("Lysløypa er planen at Stryn kommune skal overta. Lysløypa vart sett i stand i haust, og lysløypa er mykje brukt."),
        P("Årsmeldinga frå styret i Hjelle idrettslag vart godkjend utan merknader."),
    ), lang=NN, org_name="Hjelle idrettslag"),
    _case("two-audited-companies-in-title", "organisation", (
        P("Selskapskontroll av Skarvik Vekst AS og Skarvik Eiendom AS", bold=True, size=16),
        P("- Bodø kommune -\nSelskapskontrollrapport nr. 2/2023"),
        H("Sammendrag", 2),
        P("Kontrollen omfatter Skarvik Vekst AS og datterselskapet Skarvik Eiendom AS. Kontrollutvalget bestilte "
          "kontrollen i sak 12/23."),
    ), org_name="Skarvik Vekst AS"),
    # --- places --------------------------------------------------------------------------------------------
    _case("county-opening-auditor-name", "places", (
        P("Selskapskontroll av Nordmark Utvikling AS", bold=True, size=16),
        P("Rapporten er skrevet av Telemark kommunerevisjon IKS på oppdrag fra kontrollutvalget i Skien kommune."),
        P("Telemark kommunerevisjon IKS"),
    ), places=("Skien",), absent_places=("Telemark",)),
    _case("county-as-place-beside-name", "places", (
        P("Selskapet har kunder i hele Telemark, og Rogaland brann og redning IKS er en av dem."),
    ), title="Årsberetning 2023 Skien Brannteknikk AS", places=("Telemark",), absent_places=("Rogaland",)),
]
