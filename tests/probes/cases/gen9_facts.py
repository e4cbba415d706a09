"""Ninth reading (docs/phrasings.md §36): organisation facts, the report's year and owners on
the wording of real covers and first pages. A title that names the organisation before the year
("Årsmelding for <lag> 2019–2022", in capitals too), a numbered section heading about the annual
meeting ("1. Årsmøtet 2019") that is no title, shareholders listed after "er aksjonærer i <our
name>:", an organisation that is itself the owner of another ("er største eier i X med 62 %"),
street words abbreviated in an address ("Storgt. 9", "Kirkegt. 1-3"). Names, figures and
sentences are invented; place names are real municipalities valid for the report's year."""
from probes.spec import H, P, Expect, Li, Probe

NN = {"lang": "nn"}
PDF = ("docx", "pdf")


def _case(case_id, family, items, title=None, lang="nb", formats=("docx",), **kw) -> Probe:
    return Probe(f"g9x-{case_id}", family, tuple(items), Expect(**kw), lang=lang, formats=formats, title=title)


PROBES = [
    # --- the report's year in a title that names the organisation first ------------------------
    _case("year-title-name-period-nn", "report", (
        H("Årsmelding for Breivik sogelag 2019–2022", 1),
        P("Godkjend på årsmøtet 3.3.2022."),
        H("1. Årsmøtet 2019", 2),
        P("Vart halde 12. mars på grendahuset. Det var eit kort møte med vanlege årsmøtesaker."),
        H("2. Styret", 2),
        P("Leiar: Synnøve Brekke\nKasserar: Ola Haugen\nSkrivar: Kari Lunde"),
        H("3. Medlemstal pr 31.12.", 2),
        Li("2017: 61"), Li("2018: 58"), Li("2021: 64"),
    ), report_year=2022, low_confidence=("report_year",), **NN, formats=PDF),
    _case("year-title-name-caps-nn", "report", (
        H("ÅRSMELDING FOR NORDFJELL MÅLUNGDOM 2021", 1),
        P("Nordfjell Målungdom arbeider for nynorsk i skule og media. Skrivarstova held til i Volda."),
        H("1. Årsmøtet 2021", 2),
        P("Årsmøtet vart halde digitalt 20. februar 2021."),
        P("Sjukefråværet i 2021 var på 3,1 prosent."),
    ), report_year=2021, **NN, formats=PDF),
    _case("year-title-name-bm", "report", (
        H("Årsberetning for Solvik historielag 2022", 1),
        P("Godkjent på årsmøtet 14. februar 2023."),
        H("1. Årsmøtet 2022", 2),
        P("Årsmøtet ble holdt 20. februar 2022 på Solvik skole med 31 frammøtte."),
        H("2. Styret", 2),
        P("Styret har i 2022 bestått av leder Per Vold, kasserer Anne Moe og sekretær Liv Berg."),
    ), report_year=2022),
    _case("year-numbered-meeting-heading", "report", (
        H("Årsberetning for Solvik historielag", 1),
        P("Godkjent på årsmøtet 14. februar 2023."),
        H("1. Årsmøtet 2022", 2),
        P("Årsmøtet ble holdt 20. februar 2022 på Solvik skole."),
        H("2. Aktiviteter i 2022", 2),
        P("Laget arrangerte i 2022 tre kulturkvelder og en tur til Kongsberg. Medlemstallet i 2022 var 88."),
    ), report_year=2022, formats=PDF),
    # --- shareholders listed after "er aksjonærer i <our name>:" ---------------------------------
    _case("owners-aksjonaerer-i-org", "organisation", (
        H("Organisasjon", 2),
        P("Følgende institusjoner er aksjonærer i Nordtun museum AS: Innlandet fylkeskommune, "
          "Stiftelsen Haugtun, Stiftelsen Vestre Bygdetun og Tømmerfløting, Stiftelsen Bjørke/Lia museum, "
          "Elverum kommune"),
        P("Nordtun museum AS har hovedsete i Elverum."),
    ), title="Årsrapport 2022", org_name="Nordtun museum AS", owners=frozenset({
        ("Innlandet fylkeskommune", None), ("Stiftelsen Haugtun", None),
        ("Stiftelsen Vestre Bygdetun og Tømmerfløting", None), ("Stiftelsen Bjørke/Lia museum", None),
        ("Elverum kommune", None)}), formats=PDF),
    _case("owners-aksjonaerar-i-org-nn", "organisation", (
        H("Om selskapet", 2),
        P("Desse er aksjonærar i Fjordtun museum AS: Vestland fylkeskommune, Sogndal kommune, "
          "Stiftinga Kaupanger tun og Luster kommune."),
    ), title="Årsmelding 2022", owners=frozenset({
        ("Vestland fylkeskommune", None), ("Sogndal kommune", None), ("Stiftinga Kaupanger tun", None),
        ("Luster kommune", None)}), **NN),
    # --- the organisation owns another: no owner of ours ----------------------------------------
    _case("owner-inverted-stiftelse", "organisation", (
        H("Dette er stiftelsen", 2),
        P("Stiftelsen Solbakken ble opprettet i 2008 og er største eier i Solbakken Eiendom AS med 62,5 prosent "
          "av aksjene. Stiftelsen deler hvert år ut midler til lokale formål."),
    ), title="Årsrapport 2022", owners=frozenset()),
    _case("owner-inverted-medeier-nn", "organisation", (
        H("Eigarskap", 2),
        P("Vekstbedrifta Fjordarbeid AS er medeigar i Sogn Arbeidssenter AS med 20 prosent, og er heilt eigd "
          "av Sogndal kommune."),
    ), title="Årsmelding 2022", owners=frozenset({("Sogndal kommune", 100.0)}), **NN),
    # --- street words abbreviated in an address --------------------------------------------------
    _case("address-gt-abbreviation", "organisation", (
        P("FRIVILLIGSENTRALEN I GJØVIK\nAdr: Storgt. 9, 2815 Gjøvik\nTlf. 612 69 600"),
        H("Organisering", 2),
        P("Sentralen ble startet i 1995 og er organisert som en stiftelse."),
    ), title="Årsmelding 2022", address="Storgt. 9", phone="61269600", formats=PDF),
    _case("address-visiting-and-postal", "organisation", (
        P("Fjellkirkenes arbeidsgiverforening\nBesøksadresse: Kirkegt. 1-3, 0153 Oslo\n"
          "Postadresse: Postboks 1044 Sentrum, 0104 Oslo"),
        H("Formål", 2),
        P("Foreningen ivaretar medlemmenes felles interesser som arbeidsgivere."),
    ), title="Årsmelding 2022", address="Kirkegt. 1-3"),
    # --- the organisation's name: cover wording of real reports ---------------------------------
    _case("name-caps-title-person-lines-nn", "organisation", (
        H("Årsmelding 2022", 1),
        P("ÅRSMELDING FOR LIABYGDA SOGELAG 2022"),
        P("Styret har i perioden vore:"),
        P("Kari Lid, leiar"),
        P("Ola Lied"),
        P("Brit Hove"),
        P("Sogelaget har dette året halde 5 styremøte. Medlemstalet i Liabygda Sogelag var 212 ved utgangen av året."),
    ), org_name="Liabygda Sogelag", **NN, formats=PDF),
    _case("name-title-dash-omegn", "organisation", (
        H("Årsrapport 2022 - Krisesenteret for Gjøvik og omegn", 1),
        H("Organisasjonen", 2),
        P("Senteret er et interkommunalt samarbeid mellom ti kommuner og gir et døgnåpent tilbud."),
    ), org_name="Krisesenteret for Gjøvik og omegn"),
    _case("name-generic-noun-is-a", "organisation", (
        H("Årsrapport 2022", 1),
        P("STYRETS ÅRSBERETNING 2022 Fjelltun Arbeid AS"),
        H("Virksomhetens art", 2),
        P("Fjelltun Arbeid AS driver arbeidsrettede tiltak. Hovedkontoret ligger i Ski."),
        H("Arbeidsmiljø", 2),
        P("Bedriften er en IA-bedrift og har som mål å redusere fraværet. Bedriften er en trygg arbeidsplass."),
    ), title=None, org_name="Fjelltun Arbeid AS"),
    _case("name-role-heading-cover", "organisation", (
        H("Årsrapport 2022", 1),
        H("ADM. DIREKTØR", 2),
        P("Nordlys Helse AS kan se tilbake på det beste året i selskapets historie, med en vekst på 12 prosent."),
    ), title=None, org_name="Nordlys Helse AS"),
    _case("name-lowercase-noun-before-form", "organisation", (
        H("Organisasjon", 2),
        P("Vestfjell museum AS har hovedsete i Hamar og driver fem avdelinger i Innlandet."),
    ), title="Årsrapport 2022", org_name="Vestfjell museum AS"),
    # --- places on the wording of real first pages ---------------------------------------------
    _case("places-ved-slash", "places", (
        H("Aksjonærer", 2),
        P("Aksjene eies av Innlandet fylkeskommune, Skogtun museum v/Ringsaker kommune og Stiftelsen Lia gard."),
        P("Administrasjonen sitter i Hamar."),
    ), title="Årsrapport 2022", places=("Ringsaker", "Hamar", "Innlandet"), owners=frozenset({
        ("Innlandet fylkeskommune", None), ("Skogtun museum v/Ringsaker kommune", None), ("Stiftelsen Lia gard", None)})),
    _case("places-directional-region", "places", (
        H("Museet som institusjon", 2),
        P("Kystmusea er eit konsolidert regionmuseum i Nord-Rogaland med kontor i Haugesund."),
        P("Vi har i 2022 hatt besøkande frå heile Sør-Rogaland og frå Nord-Gudbrandsdal."),
    ), title="Årsmelding 2022", places=("Nord-Rogaland", "Haugesund", "Sør-Rogaland", "Nord-Gudbrandsdal"), **NN),
    _case("owner-word-hundred-generic-lead", "organisation", (
        H("Om bedriften", 2),
        P("Vekstbedriften Nordvik Vekst AS, tidligere Nordvik Asvo, er ett hundre prosent eid av Vefsn kommune og "
          "tilbyr tilrettelagt arbeid og drift av en bruktbutikk."),
    ), title="Årsrapport 2022", org_name="Nordvik Vekst AS", owners=frozenset({("Vefsn kommune", 100.0)})),
    _case("name-colophon-printer", "organisation", (
        H("Årsrapport 2022", 1),
        P("Layout: Kari Nes. Trykk: Fjellgrafisk AS, Drammen. Foto: Ola Dahl"),
        H("Ordførerens kommentar", 2),
        P("Året har vært krevende for Lierbygda kultursenter, men besøket økte med 8 prosent."),
    ), title=None, low_confidence=("org_name",)),
    _case("year-meeting-papers-name", "report", (
        H("Årsmøtepapirer for Breivik IL 2024", 1),
        H("Styrets beretning", 2),
        P("Styret har hatt 8 møter i perioden. Laget hadde 312 medlemmer ved årsskiftet."),
    ), report_year=2023, org_name="Breivik IL"),
]
