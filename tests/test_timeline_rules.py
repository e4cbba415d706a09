"""The timeline's rules on small hand-made outputs: canonical keys, agreement of figures,
grouping of reports into organisations, renditions, places as valid each year, and the
year checks."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from extractor.timeline import build_timelines, key_figure_key
from extractor.timeline.build import place_as_valid
from extractor.timeline.checks import values_agree
from extractor.timeline.reports import org_name_variants, same_person


def figure(label: str, year: int, value: float, **extra) -> dict:
    return {"label": label, "year": year, "value": value, "confidence": 0.9, "scope": "company",
            "basis": "actual", **extra}


def report(path: Path, name: str | None, year: int | None, board: list[str], number: str | None = None,
           figures: list[dict] | None = None, text: str = "") -> Path:
    def scalar(value):
        return None if value is None else {"value": value, "confidence": 0.9, "source": {"page": 1, "text": str(value)}}

    doc = {"schema_version": "0.3.0", "tool_version": "0.1.0",
           "source": {"path": path.name.removesuffix(".json"), "sha256": path.name, "format": "pdf"},
           "sections": [{"heading": "Årsrapport", "level": 1, "paragraphs": [{"kind": "paragraph", "text": text}]}],
           "tables": [], "review_threshold": 0.7,
           "organization": {"name": scalar(name), "org_number": scalar(number)}, "report": {"year": scalar(year)},
           "board": [{"name": n, "role": "LEDE" if i == 0 else "MEDL", "confidence": 0.9} for i, n in enumerate(board)],
           "key_figures": figures or []}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


BOARD_A = ["Kari Vold", "Ola Brekke", "Siri Lund", "Tone Hauge"]


@pytest.mark.parametrize("item, key", [
    (figure("Sum driftsinntekter", 2023, 1), "driftsinntekter"),
    (figure("1500 Sum Eiendeler", 2023, 1), "sum_eiendeler"),
    (figure("Årets resultat (note 4)", 2023, 1), "arsresultat"),
    (figure("Lønns- og personalkostnader", 2023, 1), "lonnskostnader"),
    (figure("Sum driftsinntekter", 2023, 1, basis="budget"), None),  # a budget is never an actual
    (figure("Inntekter", 2023, 1), None),  # bare 'Inntekter' may be financial income: not guessed
    (figure("Whatever it says", 2023, 1, key="driftsresultat"), "driftsresultat"),  # the extractor's own key wins
])
def test_timeline_key_figure_key(item, key):
    assert key_figure_key(item) == key


@pytest.mark.parametrize("a, b, agree", [
    (314810.36, 314810, True),  # øre rounded away
    (315000, 314810.36, True),  # printed in thousands
    (314810, 314819, False),  # a digit misread
    (14496, 14496298, False),
    (-2275683, 2275683, False),
])
def test_timeline_values_agree(a, b, agree):
    assert values_agree(a, b) is agree


def test_timeline_values_agree_sign_free_for_costs():
    assert values_agree(-2275683, 2275683, sign_free=True)


def test_timeline_names_and_people():
    assert "pcos norge" in org_name_variants("Pcos Norge - Støtteforening for Polycystisk Ovariesyndrom")
    assert org_name_variants("Fjordlys Produkt AS") == {"fjordlys produkt"}
    assert same_person("Johanna L. Rivera", "Johanna Rivera") and same_person("Rivera, Johanna", "Johanna Rivera")
    assert not same_person("Johanna Rivera", "Johan Rivera-Berg")


def test_timeline_groups_by_number_name_rename_and_board(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    report(out / "a-2019.json", "Lysverket Arbeid AS", 2019, BOARD_A)
    report(out / "a-2020.json", "Fjordlys AS", 2020, BOARD_A, text="Fjordlys AS (tidligere Lysverket Arbeid AS) ...")
    report(out / "a-2021.json", "Fjordlys AS", 2021, BOARD_A, number="915372902")
    report(out / "a-2022.json", None, 2022, BOARD_A[:3] + ["Per Dahl"])  # no name read: the board links it
    # the same name, another org number: another organisation
    report(out / "b-2021.json", "Fjordlys AS", 2021, ["Eva Moe", "Jon Ask"], number="924618531")
    timelines = build_timelines([out], tmp_path / "tl")
    by_files = {tuple(Path(r.file).name for r in tl.reports): tl for tl in timelines}
    assert set(by_files) == {("a-2019.json", "a-2020.json", "a-2021.json", "a-2022.json"), ("b-2021.json",)}
    tl = by_files[("a-2019.json", "a-2020.json", "a-2021.json", "a-2022.json")]
    assert {link.reason.value for link in tl.organisation.links} == {"renamed", "name", "board"}
    assert tl.organisation.name == "Fjordlys AS" and tl.organisation.org_number == "915372902"
    assert [n.name for n in tl.organisation.names] == ["Lysverket Arbeid AS", "Fjordlys AS"]


def test_timeline_renditions_are_one_report_and_different_reports_are_flagged(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    figures = [figure("Driftsinntekter", 2022, 1_234_567)]
    report(out / "x-2022.pdf.json", "Vekst AS", 2022, BOARD_A, figures=figures)
    report(out / "x-2022.docx.json", "Vekst AS", 2022, BOARD_A, figures=figures)  # same report, Word
    report(out / "x-2023.pdf.json", "Vekst AS", 2023, BOARD_A)
    report(out / "y-2023.pdf.json", "Vekst AS", 2023, BOARD_A[:3])  # another report says 2023 too
    report(out / "x-2026.pdf.json", "Vekst AS", 2026, BOARD_A)
    [tl] = build_timelines([out], tmp_path / "tl")
    renditions = [r for r in tl.reports if r.rendition_of is not None]
    assert len(renditions) == 1 and renditions[0].year == 2022
    review = sorted((c.reason.value, c.year) for c in tl.checks if c.severity == "review")
    assert review == [("duplicate_year", 2023), ("missing_year", 2024)]
    assert tl.missing_years == [2024, 2025]


def test_timeline_reviewed_values_are_trusted(tmp_path):
    """A rejected value is left out; a check on values a person accepted becomes a note."""
    out = tmp_path / "out"
    out.mkdir()
    accepted = {"reviewed": True, "review": {"decision": "accepted"}}
    report(out / "v-2021.json", "Vekst AS", 2021, BOARD_A, figures=[figure("Sum eiendeler", 2021, 5_400_113)])
    report(out / "v-2022.json", "Vekst AS", 2022, BOARD_A, figures=[
        figure("Sum eiendeler", 2022, 5_800_227), figure("Sum eiendeler", 2021, 5_500_113, **accepted)])
    [tl] = build_timelines([out], tmp_path / "tl")
    [check] = tl.checks
    assert check.reason == "prior_year_mismatch" and check.severity == "review" and check.suspects == []
    doc = json.loads((out / "v-2021.json").read_text(encoding="utf-8"))
    doc["key_figures"][0].update(accepted)
    (out / "v-2021.json").write_text(json.dumps(doc), encoding="utf-8")
    [tl] = build_timelines([out], tmp_path / "tl")
    assert [c.severity.value for c in tl.checks] == ["note"]
    rejected = copy.deepcopy(doc)
    rejected["key_figures"][0].update(reviewed=True, review={"decision": "rejected"}, confidence=0.0)
    (out / "v-2021.json").write_text(json.dumps(rejected), encoding="utf-8")
    [tl] = build_timelines([out], tmp_path / "tl")
    assert tl.checks == [] and [r.value for f in tl.key_figures if f.year == 2021 for r in f.readings] == [5_500_113]


@pytest.mark.parametrize("name, kind, year, valid, number, county, lineage", [
    ("Røyken", "kommune", 2019, "Røyken", "0627", "Buskerud", "Asker"),
    ("Røyken", "kommune", 2021, "Asker", "3025", "Viken", "Asker"),  # named after the merger
    ("Asker", "kommune", 2022, "Asker", "3025", "Viken", "Asker"),
    ("Asker", "kommune", 2024, "Asker", "3203", "Akershus", "Asker"),
    ("Viken", "fylke", 2021, "Viken", None, "Viken", "Viken"),
])
def test_timeline_places_as_valid_each_year(name, kind, year, valid, number, county, lineage):
    place = place_as_valid(name, kind, year, 2024)
    assert (place["name"], place["kommunenummer"], place["county"], place["lineage"]) == (valid, number, county, lineage)
