"""Shared pieces of the forty-second set's reports: statements built from detail lines (sums are
computed by heldout_finance, never typed) and a portrait page with a short bio under each person."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, OTHER, Col, Statement, balance, income  # noqa: F401


def cols_years(year: int, groups: int = 1) -> list[Col]:
    """This year and last year, once per group; groups after the first are the konsern (OTHER)."""
    out = []
    for g in range(groups):
        basis = ACTUAL if g == 0 else OTHER
        out += [Col(str(year), year, basis), Col(str(year - 1), year - 1, basis)]
    return out


def bios(people: list[tuple[str, str]]) -> tuple:
    """Portrait cells: the name in bold, its bio as the line under it."""
    return ("portraits", [(name, [bio]) for name, bio in people], {"per_row": 2})


PRINCIPLES = [
    ("Regnskapsprinsipper", [
        "Årsregnskapet er satt opp i samsvar med regnskapsloven og god regnskapsskikk. "
        "Inntekter resultatføres når de er opptjent, og kostnader sammenstilles med de inntektene de hører til.",
        "Eiendeler bestemt til varig eie eller bruk er klassifisert som anleggsmidler. Andre eiendeler er "
        "klassifisert som omløpsmidler. Fordringer som skal tilbakebetales innen ett år er klassifisert som "
        "omløpsmidler. Ved klassifisering av kortsiktig og langsiktig gjeld er tilsvarende kriterier lagt til grunn.",
        "Varige driftsmidler balanseføres og avskrives lineært over forventet levetid. Direkte vedlikehold "
        "kostnadsføres løpende under driftskostnader, mens påkostninger eller forbedringer tillegges "
        "driftsmiddelets kostpris.",
        "Kundefordringer og andre fordringer er oppført til pålydende etter fradrag for avsetning til forventet "
        "tap. Avsetning til tap gjøres på grunnlag av en individuell vurdering av de enkelte fordringene."]),
    ("Pensjoner", [
        "Selskapet har kollektiv pensjonsordning for alle ansatte. Ordningen tilfredsstiller kravene i lov om "
        "obligatorisk tjenestepensjon. Premien kostnadsføres når den påløper.",
        "Selskapet er medlem av AFP-ordningen. Ordningen regnskapsføres som en innskuddsordning."]),
    ("Bundne midler og usikkerhet", [
        "Bundne skattetrekksmidler er plassert på egen konto. Selskapet har ingen vesentlige tvister eller "
        "forpliktelser utenfor balansen ved utgangen av året.",
        "Det har ikke inntruffet hendelser etter balansedagen som har betydning for vurderingen av "
        "regnskapet."]),
]

AUDIT = [
    "Konklusjon: Etter vår mening er årsregnskapet avgitt i samsvar med lov og forskrifter og gir et "
    "rettvisende bilde av den finansielle stillingen per 31. desember og av resultatet for regnskapsåret.",
    "Grunnlag for konklusjonen: Vi har gjennomført revisjonen i samsvar med lov, forskrift og god "
    "revisjonsskikk i Norge, herunder de internasjonale revisjonsstandardene (ISA-ene). Vi er uavhengige "
    "av selskapet slik det kreves i lov og forskrift.",
    "Øvrig informasjon: Ledelsen er ansvarlig for øvrig informasjon. Vår konklusjon om årsregnskapet "
    "omfatter ikke øvrig informasjon. Vi har ikke noe å rapportere i så henseende.",
    "Styrets og daglig leders ansvar: Styret og daglig leder er ansvarlige for å utarbeide årsregnskapet og "
    "for slik intern kontroll som de finner nødvendig for å kunne utarbeide et årsregnskap som ikke "
    "inneholder vesentlig feilinformasjon.",
    "Revisors oppgaver og plikter: Vårt mål med revisjonen er å oppnå betryggende sikkerhet for at "
    "årsregnskapet som helhet ikke inneholder vesentlig feilinformasjon, og å avgi en revisjonsberetning som "
    "inneholder vår konklusjon. Betryggende sikkerhet er en høy grad av sikkerhet, men ingen garanti.",
    "Uttalelse om andre lovmessige krav: Basert på vår revisjon mener vi at ledelsen har oppfylt sin plikt "
    "til å sørge for ordentlig og oversiktlig registrering og dokumentasjon av regnskapsopplysninger."]


def lengthen(report: dict) -> dict:
    """The notes a real report prints before the auditor, and the auditor's standard paragraphs after
    the heading: pages a reader passes on the way, with no gold in them."""
    items = report["items"]
    at = next(i for i, it in enumerate(items) if it[0] == "h" and "evisjon" in it[2] or
              it[0] == "h" and "evisor" in it[2])
    extra = [("break",)]
    for title, paras in PRINCIPLES:
        extra.append(("h", 2, title))
        extra += [("p", p) for p in paras]
    extra.append(("break",))
    items[at:at] = extra
    at = at + len(extra) + 1
    items[at:at] = [("p", p) for p in AUDIT]
    return report


def lengthened(build):
    """``build`` with ``lengthen`` applied to its report."""
    return lambda: lengthen(build())
