"""The held-out set (bench/heldout): committed gold agrees with its generator, every document it
names is there, and the generator refuses gold that is not printed in the document."""
from __future__ import annotations

import pytest

from heldout_support import ROOT, assert_gold_committed, load_generator

HELDOUT = ROOT / "bench" / "heldout"
EXTENSIONS = {"docx": "docx", "pdf": "pdf", "doc": "doc", "scan": "scan.pdf"}


@pytest.fixture(scope="module")
def make_heldout():
    return load_generator(HELDOUT, "make_heldout")


@pytest.fixture(scope="module")
def built(make_heldout):
    out = []
    for report in make_heldout.load_reports(None):
        _, gold = make_heldout.build(report)
        out.append((report, gold, make_heldout.gold_json(report, gold)))
    return out


def test_heldout_gold_matches_generator(built):
    """Regenerating the gold in memory gives the committed file: documents and gold cannot drift."""
    assert_gold_committed(HELDOUT, built)


def test_heldout_gold_is_printed(make_heldout, built):
    problems = [p for _, gold, doc in built for p in make_heldout.check_gold(doc, gold)]
    problems += make_heldout.check_unmarked_places([(r, g) for r, g, _ in built])
    assert problems == []


def test_heldout_every_rendition_is_there(built):
    for report, _, _ in built:
        for key, ext in EXTENSIONS.items():
            path = HELDOUT / f"{report['name']}.{ext}"
            assert path.is_file() == (key in report["renditions"]), path.name


def test_heldout_render_refuses_unmarked_percentage(make_heldout):
    gold = make_heldout.Gold()
    assert gold.render("Sjukefråværet var {p:4,2 %|Sjukefråværet}") == "Sjukefråværet var 4,2 %"
    assert gold.percentages == [{"value": 4.2, "about": "Sjukefråværet"}] and gold.problems == []
    gold.render("Sjukefråværet var 4,2 prosent")
    assert gold.problems


def test_heldout_check_gold_refuses_unprinted_board_name(make_heldout, built):
    _, gold, doc = built[0]
    doc = {**doc, "board": doc["board"] + [{"name": "Ikkje Trykt", "role": "MEDL"}]}
    assert any("Ikkje Trykt" in p for p in make_heldout.check_gold(doc, gold))


def test_heldout_unmarked_place_is_found(make_heldout):
    marked, unmarked = make_heldout.Gold(), make_heldout.Gold()
    marked.render("Kontoret ligg i {g:Tysnes}.")
    unmarked.render("Styret møttest i Tysnes i mai.")
    reports = [({"name": "a", "organization": {"name": "A AS"}}, marked),
               ({"name": "b", "organization": {"name": "B AS"}}, unmarked)]
    assert [p for p in make_heldout.check_unmarked_places(reports) if p.startswith("b:")]


def test_heldout_balance_must_balance(make_heldout):
    from heldout_finance import balance  # on the path the generator's loading sets
    with pytest.raises(ValueError):
        balance("nb", 1, fixed=[], current=[("Bank", "", [10])], equity=[("Egenkapital", "", [7])], long=[],
                short=[("Gjeld", "", [2])])
