"""An invented organisation over nine years, for tests/test_timeline_*.py.

Lysverket Arbeid AS (2016-2018) is renamed Fjordlys Produkt AS in 2019 (that report says so);
its org number is printed from 2019 on. Its places are Røyken and Hurum in Buskerud until
2019, Asker in Viken 2020-2023 (the 2020 report still names Røyken and Hurum) and Asker in
Akershus in 2024. The board changes: members join and leave, the chair hands over to a member
who becomes chair (a role change), the deputy chair is replaced, the employees' member is
replaced, and Marit Svendal leaves after 2017 and comes back in 2020 (no report of 2018-2019
names her). Each report prints this year's and last year's key figures, so reports check each
other. The 2021 report is the planted error: its statements are printed in thousands under a
heading that says NOK, so it reads about 1/1000 of the truth (a unit misread).

Reports alternate DOCX and PDF (LibreOffice, one call for all). Names, numbers and
organisation are invented.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
YEARS = list(range(2016, 2025))
PDF_YEARS = {2017, 2019, 2021, 2023, 2024}
PLANTED_YEAR = 2021
ORG_NUMBER = "915372902"
OLD_NAME, NEW_NAME = "Lysverket Arbeid AS", "Fjordlys Produkt AS"

# person → {year: role}; E marks the employees' member (an MEDL seat)
BOARD = {
    "Astrid Høgli": {y: "LEDE" for y in range(2016, 2020)},
    "Per Anton Løvlien": {**{y: "MEDL" for y in range(2016, 2020)}, **{y: "LEDE" for y in range(2020, 2025)}},
    "Guro Saltnes": {y: "NEST" for y in range(2016, 2022)},
    "Trygve Bakkerud": {y: "NEST" for y in range(2022, 2025)},
    "Marit Svendal": {y: "MEDL" for y in [2016, 2017, 2020, 2021, 2022, 2023, 2024]},
    "Hallvard Reiten": {y: "MEDL" for y in YEARS},
    "Eirin Fosshaug": {y: "MEDL" for y in range(2018, 2025)},
    "Synnøve Aaberg": {y: "E" for y in range(2016, 2021)},
    "Karim Haddad": {y: "E" for y in range(2021, 2025)},
}
CEO = {**{y: "Ingebjørg Nesset" for y in range(2016, 2021)}, **{y: "Daniel Vik" for y in range(2021, 2025)}}
ROLE_WORDS = {"LEDE": "Styreleder:", "NEST": "Nestleder:", "MEDL": "Styremedlem:", "E": "Ansattvalgt styremedlem:"}
PROGRAMS = {y: {"VTA": 40 + (y - 2016), "AFT": 20 + 2 * (y - 2016)} for y in YEARS}


def true_figures(year: int) -> dict[str, int]:
    """The organisation's real figures (NOK) for a year, last digits not round."""
    n = year - 2015
    income = 10_480_000 + n * 613_517 + n * n * 9_311
    costs = income - 212_000 - n * 31_457 + (n % 3) * 151_909
    finance = 21_000 + n * 1_733
    assets = 6_200_000 + n * 402_113
    equity = 3_900_000 + n * 187_209
    return {"driftsinntekter": income, "driftskostnader": costs, "driftsresultat": income - costs,
            "finansresultat": finance, "arsresultat": income - costs + finance, "sum_eiendeler": assets,
            "sum_egenkapital": equity, "sum_gjeld": assets - equity, "sum_egenkapital_og_gjeld": assets}


INCOME_ROWS = [("Driftsinntekter", "driftsinntekter"), ("Driftskostnader", "driftskostnader"),
               ("Driftsresultat", "driftsresultat"), ("Netto finansposter", "finansresultat"),
               ("Årsresultat", "arsresultat")]
BALANCE_ROWS = [("Sum eiendeler", "sum_eiendeler"), ("Sum egenkapital", "sum_egenkapital"),
                ("Sum gjeld", "sum_gjeld"), ("Sum egenkapital og gjeld", "sum_egenkapital_og_gjeld")]


def amount(value: int, year: int) -> str:
    printed = round(value / 1000) if year == PLANTED_YEAR else value  # the planted unit error
    return f"{printed:,}".replace(",", " ")


def statement(year: int, rows: list[tuple[str, str]], head: str) -> list[list[str]]:
    now, before = true_figures(year), true_figures(year - 1)
    return [[head, str(year), str(year - 1)]] + [[label, amount(now[key], year), amount(before[key], year)]
                                                 for label, key in rows]


def name_of(year: int) -> str:
    return OLD_NAME if year < 2019 else NEW_NAME


def places_text(year: int) -> str:
    if year < 2020:
        return "Selskapet har avdelinger i Røyken og Hurum og er den største bedriften av sitt slag i Buskerud."
    if year == 2020:
        return ("Selskapet har avdelinger i Røyken og Hurum, som fra 1. januar 2020 er en del av Asker. "
                "Vi er nå en av flere slike bedrifter i Viken.")
    county = "Viken" if year < 2024 else "Akershus"
    return f"Selskapet har avdelinger i Asker og samarbeider med andre bedrifter i {county}."


def report_items(year: int) -> list[tuple]:
    name = name_of(year)
    intro = f"{name} (tidligere {OLD_NAME})" if year == 2019 else name
    number = f" Organisasjonsnummer: {ORG_NUMBER[:3]} {ORG_NUMBER[3:6]} {ORG_NUMBER[6:]}." if year >= 2019 else ""
    board = [[ROLE_WORDS[roles[year]], person] for person, roles in BOARD.items() if year in roles]
    board.sort(key=lambda row: list(ROLE_WORDS.values()).index(row[0]))
    vta, aft = PROGRAMS[year]["VTA"], PROGRAMS[year]["AFT"]
    return [
        ("h", 1, f"Årsrapport {year}"),
        ("p", f"{intro} er en arbeids- og inkluderingsbedrift.{number}"),
        ("p", places_text(year)),
        ("h", 2, "Om virksomheten"),
        ("p", "Virksomheten gir arbeidstrening, kvalifisering og varig tilrettelagt arbeid til personer "
              "som står utenfor arbeidslivet."),
        ("li", f"Varig tilrettelagt arbeid (VTA) med {vta} plasser"),
        ("li", f"Arbeidsforberedende trening (AFT) med {aft} plasser"),
        ("h", 2, "Styret og ledelse"),
        ("p", f"Styret har hatt seks møter i {year}. Daglig leder er {CEO[year]}."),
        ("table", None, board),
        ("break",),
        ("h", 2, f"Økonomi {year}"),
        ("p", "Styret mener at forutsetningene for fortsatt drift er til stede."),
        ("h", 3, "Resultatregnskap"),
        ("table", None, statement(year, INCOME_ROWS, "Beløp i NOK")),
        ("h", 3, "Balanse"),
        ("table", None, statement(year, BALANCE_ROWS, "Balanse per 31.12.")),
    ]


def file_stem(year: int) -> str:
    return f"{'lysverket' if year < 2019 else 'fjordlys'}-arsrapport-{year}"


def write_corpus(folder: Path) -> list[Path]:
    """The nine reports: DOCX for some years, PDF (made from DOCX by LibreOffice) for others."""
    sys.path.insert(0, str(ROOT / "samples"))
    from make_samples import build_docx, docx_bytes_reproducible

    folder.mkdir(parents=True, exist_ok=True)
    docx_dir = folder / "docx"
    docx_dir.mkdir(exist_ok=True)
    inputs, to_pdf = [], []
    for year in YEARS:
        path = docx_dir / f"{file_stem(year)}.docx"
        path.write_bytes(docx_bytes_reproducible(build_docx(f"{name_of(year)} · Årsrapport {year}", report_items(year))))
        (to_pdf if year in PDF_YEARS else inputs).append(path)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="timeline-lo-") as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(folder), *map(str, to_pdf)],
                       check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, timeout=600)
    inputs += [folder / f"{p.stem}.pdf" for p in to_pdf]
    return sorted(inputs, key=lambda p: p.stem[-4:])


def output_name(year: int) -> str:
    return f"{file_stem(year)}.{'pdf' if year in PDF_YEARS else 'docx'}.json"


_BUILT: dict[str, Path] = {}


@pytest.fixture(scope="session")
def timeline_outputs(tmp_path_factory) -> Path:
    """The corpus read by the real extractor: ``out/`` holds one output per report."""
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice (soffice) is needed to make the PDF reports")
    if "out" not in _BUILT:
        from extractor.assemble import write_atomic
        from extractor.cli import extract_one

        base = tmp_path_factory.mktemp("timeline-corpus")
        out = base / "out"
        out.mkdir()
        for path in write_corpus(base / "docs"):
            write_atomic(out / f"{path.name}.json", extract_one(path))
        _BUILT["out"] = out
    return _BUILT["out"]
