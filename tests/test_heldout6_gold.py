"""The sixth held-out set (bench/heldout6): what its generator alone checks. The checks every set
shares are in test_heldout_sets_gold.py."""
from __future__ import annotations

import pytest

from heldout_support import ROOT, load_generator


@pytest.fixture(scope="module")
def built():
    return load_generator(ROOT / "bench" / "heldout6", "make_heldout6").build_all()


def test_heldout6_konsern_columns_are_optional_never_gold(built):
    """A statement column of basis OTHER (the konsern beside its parent) gives optional key figures
    only; the parent's own columns stay gold."""
    from heldout_finance import OTHER

    seen = 0
    for report, gold, _, doc in built:
        figures = {(k["label"], k["year"], k["value"]) for k in doc["key_figures"]}
        optional = {(k["label"], k["year"], k["value"]) for k in doc["key_figures_optional"]}
        for st in gold.statements:
            for line in st.lines:
                for col, value in zip(st.cols, line.values):
                    if line.key and value is not None and col.basis == OTHER:
                        seen += 1
                        entry = (line.label, col.year, st.nok(value))
                        assert entry in optional and entry not in figures, (report["name"], entry)
    assert seen >= 8


def test_heldout6_kommune_has_no_board_but_its_people_are_printed(built):
    """The kommune's political and administrative leaders are printed and none is board or optional."""
    kommune = [(r, g, d) for r, g, _, d in built if r["name"].endswith("kommune-2022")]
    assert len(kommune) == 1
    report, gold, doc = kommune[0]
    assert doc["board"] == [] and doc["board_optional"] == [] and doc["ceo"]
    assert len(report["not_board"]) >= 10
    assert all(name.casefold() in gold.all_text() for name in report["not_board"])
