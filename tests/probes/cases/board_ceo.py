"""The daglig leder under its many titles, a change during the year, and texts that name none
(people invented)."""
from probes.spec import H, P, T, Expect, Probe, Sign, board

NN = {"lang": "nn", "title": "Årsmelding 2023"}


def _ceo(case_id: str, *items, ceo, **kw) -> Probe:
    return Probe(case_id, "ceo", tuple(items), Expect(ceo=ceo), **kw)


PROBES = [
    _ceo("daglig-leder-line", H("Administrasjon", 2), P("Daglig leder: Guro Fossli"), ceo="Guro Fossli"),
    _ceo("dagleg-leiar-line-nn", H("Administrasjon", 2), P("Dagleg leiar: Guro Fossli"), ceo="Guro Fossli", **NN),
    _ceo("dagleg-leiar-statement-nn", H("Drift", 2), P("Dagleg leiar er Guro Fossli, tilsett i 2019."),
         ceo="Guro Fossli", **NN),
    _ceo("virksomhetsleder", H("Ledelse", 2), P("Virksomhetsleder Guro Fossli har ansvaret for den daglige driften."),
         ceo="Guro Fossli"),
    _ceo("verksemdsleiar-nn", H("Leiing", 2), P("Verksemdsleiar: Guro Fossli"), ceo="Guro Fossli", **NN),
    _ceo("generalsekretaer", H("Sekretariatet", 2),
         P("Sekretariatet ledes av generalsekretær Guro Fossli, som har vært ansatt siden 2018."), ceo="Guro Fossli"),
    _ceo("administrerende-direktor", H("Ledelsen", 2), P("Administrerende direktør: Guro Fossli"), ceo="Guro Fossli"),
    _ceo("adm-dir-abbreviation", H("Ledelsen", 2), P("Adm. dir. Guro Fossli"), ceo="Guro Fossli"),
    _ceo("konstituert", H("Administrasjon", 2),
         P("Konstituert daglig leder Guro Fossli har ledet virksomheten siden mai."), ceo="Guro Fossli"),
    _ceo("ceo-in-staff-table", H("Ansatte", 2),
         T((("Navn", "Stilling"), ("Guro Fossli", "Daglig leder"), ("Per Lund", "Arbeidsleder"),
            ("Siri Dahl", "Økonomiansvarlig"))), ceo="Guro Fossli", formats=("docx", "pdf")),
    _ceo("ceo-stack-under-ansatte", H("Ansatte", 2),
         P("Foreningen fikk sin første ansatte i 2023."), P("Daglig leder"), P("Guro Fossli"),
         P("guro@fjordforeningen.no"), ceo="Guro Fossli"),
    _ceo("ceo-changed-mid-year", H("Administrasjon", 2),
         P("Jon Hovde var daglig leder fram til 1. mai. Guro Fossli ble ansatt som ny daglig leder fra 1. august."),
         ceo="Guro Fossli"),
    _ceo("ceo-took-over", H("Administrasjon", 2),
         P("Guro Fossli tok over som daglig leder etter Jon Hovde i juni."), ceo="Guro Fossli"),
    _ceo("ceo-changed-nn", H("Administrasjon", 2),
         P("Jon Hovde var dagleg leiar fram til mars. Guro Fossli vart tilsett som ny dagleg leiar i april."),
         ceo="Guro Fossli", **NN),
    _ceo("ceo-former-chair-hired", H("Styret", 2),
         P("Styreleder: Ola Hansen\nStyremedlem: Tone Berg"),
         H("Ansatte", 2),
         P("Kari Nordmann var styreleder fram til august, da hun ble ansatt som daglig leder."),
         P("Daglig leder: Kari Nordmann"), ceo="Kari Nordmann"),
    _ceo("ceo-foreword-signed", H("Daglig leder har ordet", 2),
         P("2023 ble et godt år for bedriften, med flere deltakere enn noen gang."),
         P("Guro Fossli\nDaglig leder"), ceo="Guro Fossli"),
    _ceo("ceo-municipal-unit-head", H("Om Fjordby arbeidssenter", 2),
         P("Fjordby arbeidssenter er en avdeling i Fjordby kommune."), P("Avdelingsleder: Guro Fossli"),
         ceo="Guro Fossli"),
    _ceo("ceo-unit-head-nn", H("Om Fjordby arbeidssenter", 2),
         P("Fjordby arbeidssenter er ei eining i Fjordby kommune."), P("Einingsleiar: Guro Fossli"),
         ceo="Guro Fossli", **NN),
    _ceo("head-title-loses-to-daglig-leder", H("Organisasjon", 2),
         P("Daglig leder: Guro Fossli\nAvdelingsleder produksjon: Per Lund\nAvdelingsleder AFT: Siri Dahl"),
         ceo="Guro Fossli"),
    _ceo("auditor-boilerplate-names-nobody", H("Uavhengig revisors beretning", 2),
         P("Styret og daglig leder (ledelsen) er ansvarlige for å utarbeide årsregnskapet og for at det gir "
           "et rettvisende bilde."), ceo=None),
    _ceo("other-organisations-ceo", H("Samarbeid", 2),
         P("Vi møtte daglig leder i Nabobyen Vekst AS, Per Lund, og daglig leder i NAV Fjordby, Siri Dahl."),
         ceo=None),
    _ceo("ceo-signature-column", H("Styrets beretning", 2), P("Styret takker de ansatte."),
         Sign((("Kari Nordmann", "styreleder"), ("Ola Hansen", "styremedlem"), ("Guro Fossli", "daglig leder")),
              place_date="Tønsberg, 4. mars 2024", title_above=True), ceo="Guro Fossli", formats=("docx", "pdf")),
    _ceo("no-ceo-in-club", H("Styret", 2), P("Leder: Kari Nordmann\nKasserer: Ola Hansen\nSekretær: Tone Berg"),
         ceo=None),
    Probe("ceo-as-board-secretary", "ceo", (
        H("Styret", 2), P("Styreleder: Kari Nordmann\nStyremedlem: Ola Hansen\nSekretær: Guro Fossli (daglig leder)"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL")), ceo="Guro Fossli")),
    _ceo("several-unit-heads-no-ceo", H("Ansatte", 2),
         P("Avdelingsleder produksjon: Per Lund\nAvdelingsleder AFT: Siri Dahl\nAvdelingsleder kantine: Knut Vik"),
         ceo=None),
    _ceo("former-ceo-thanked", H("Administrasjon", 2),
         P("Daglig leder er Guro Fossli. Styret takker tidligere daglig leder Jon Hovde for mange års innsats."),
         ceo="Guro Fossli"),
]
