"""The third held-out set (bench/heldout3): committed gold equals what its generator builds, the
generator's own checks pass (every gold value printed, every place marked, nobody both gold and
optional), and every rendition it names is committed."""
from __future__ import annotations

import pytest

from heldout_support import ROOT, assert_balances, assert_gold_committed, load_generator

HELDOUT3 = ROOT / "bench" / "heldout3"


@pytest.fixture(scope="module")
def make_heldout3():
    return load_generator(HELDOUT3, "make_heldout3")


@pytest.fixture(scope="module")
def built(make_heldout3):
    return make_heldout3.build_all()  # raises SystemExit when gold is not printed in a document


def test_heldout3_gold_matches_generator(built):
    """Regenerating the gold in memory gives the committed file: documents and gold cannot drift."""
    assert len(built) == 8
    assert_gold_committed(HELDOUT3, built)


def test_heldout3_every_rendition_is_there(make_heldout3, built):
    committed = {p.name for p in HELDOUT3.iterdir() if p.suffix in (".docx", ".pdf", ".doc")}
    wanted = set().union(*(make_heldout3.rendition_files(report) for report, *_ in built))
    assert committed == wanted


def test_heldout3_balances_and_results(built):
    """Each balance balances, and the key figures are the statement's own sums."""
    assert_balances(built)


def test_heldout3_people_outside_the_board_are_printed_and_not_gold(built):
    """The set's traps (former members, valgkomité, another body's chair) are printed, never gold."""
    for report, gold, _, doc in built:
        board = {m["name"] for m in doc["board"]} | set(doc["board_optional"])
        for name in report.get("not_board", []):
            assert name not in board, (report["name"], name)
            assert name.casefold() in gold.all_text(), (report["name"], name)


def test_heldout3_check_refuses_a_board_name_not_printed(make_heldout3):
    report = make_heldout3.load_reports(["varsol-1999"])[0]
    report["board"] = report["board"] + [("Ingen Slik Person", "MEDL", None)]
    _, gold = make_heldout3.build(report)
    problems = make_heldout3.check_gold(make_heldout3.gold_json(report, gold), gold)
    assert any("Ingen Slik Person" in p for p in problems)
