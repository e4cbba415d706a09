"""The fifth held-out set (bench/heldout5): what its generator alone checks. The checks every set
shares are in test_heldout_sets_gold.py."""
from __future__ import annotations

import pytest

from heldout_support import ROOT, load_generator


@pytest.fixture(scope="module")
def make_heldout5():
    return load_generator(ROOT / "bench" / "heldout5", "make_heldout5")


def test_heldout5_web_page_has_its_site_frame(make_heldout5):
    """The report printed from a web site carries the site's menu, breadcrumb and footer around it."""
    web = [r for r in make_heldout5.load_reports() if "web" in r["renditions"]]
    assert web
    page, gold = make_heldout5.build(web[0])
    assert page.startswith("<!DOCTYPE html>") and 'class="site"' in page and "sitefoot" in page
    assert web[0]["site"]["crumb"].casefold() in gold.all_text()


def test_heldout5_second_report_figures_are_not_gold(make_heldout5):
    """Where a file holds a second report (a subsidiary's, last year's reprinted accounts), its
    statement is printed and its sums are optional key figures; those of a year the main report
    does not print (the reprint's own previous year) are never gold."""
    seen = 0
    for report, gold, _, doc in make_heldout5.build_all():
        main_years = {col.year for st in gold.statements if any(line.key for line in st.lines) for col in st.cols}
        figures = {(k["label"], k["year"], k["value"]) for k in doc["key_figures"]}
        optional = {(k["label"], k["year"], k["value"]) for k in doc["key_figures_optional"]}
        for st in gold.statements:
            if any(line.key for line in st.lines):
                continue
            seen += 1
            sums = {(line.label, col.year, st.nok(v)) for line in st.lines if line.label.startswith(("Sum", "Årsresultat"))
                    for col, v in zip(st.cols, line.values) if v is not None}
            assert sums and sums <= optional, report["name"]
            # a year only the second report prints (its own previous year) is never gold
            assert not {f for f in sums if f[1] not in main_years} & figures, report["name"]
    assert seen >= 2
