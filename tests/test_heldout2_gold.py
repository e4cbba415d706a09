"""The second held-out set (bench/heldout2): what its generator alone checks. The checks every set
shares are in test_heldout_sets_gold.py."""
from __future__ import annotations

import pytest

from heldout_support import ROOT, load_generator


def test_heldout2_finance_refuses_a_wrong_column_count():
    load_generator(ROOT / "bench" / "heldout2", "make_heldout2")  # puts its modules on the path
    from h2_finance import Col, income
    with pytest.raises(ValueError):
        income("R", [Col("2020", 2020), Col("2019", 2019)],
               {"rev_sum": "Sum", "cost_sum": "Sum k", "op": "D", "result": "Å"},
               revenue=[("Salg", "", [1])], costs=[("Lønn", "", [1, 2])])
