"""The second held-out set (bench/heldout2): committed gold equals what its generator builds, the
generator's own checks pass (every gold value printed, every place marked), and every rendition
it names is committed."""
from __future__ import annotations

import pytest

from heldout_support import ROOT, assert_balances, assert_gold_committed, load_generator

HELDOUT2 = ROOT / "bench" / "heldout2"


@pytest.fixture(scope="module")
def make_heldout2():
    return load_generator(HELDOUT2, "make_heldout2")


@pytest.fixture(scope="module")
def built(make_heldout2):
    return make_heldout2.build_all()  # raises SystemExit when gold is not printed in a document


def test_heldout2_gold_matches_generator(built):
    """Regenerating the gold in memory gives the committed file: documents and gold cannot drift."""
    assert len(built) == 8
    assert_gold_committed(HELDOUT2, built)


def test_heldout2_every_rendition_is_there(make_heldout2, built):
    committed = {p.name for p in HELDOUT2.iterdir() if p.suffix in (".docx", ".pdf")}
    wanted = set().union(*(make_heldout2.rendition_files(report) for report, *_ in built))
    assert committed == wanted


def test_heldout2_balances_and_sums(built):
    """Each key figure is a sum the statement computes: assets equal equity plus debt."""
    assert_balances(built)


def test_heldout2_finance_refuses_a_wrong_column_count(make_heldout2):
    from h2_finance import Col, income  # on the path the generator sets
    with pytest.raises(ValueError):
        income("R", [Col("2020", 2020), Col("2019", 2019)],
               {"rev_sum": "Sum", "cost_sum": "Sum k", "op": "D", "result": "Å"},
               revenue=[("Salg", "", [1])], costs=[("Lønn", "", [1, 2])])
