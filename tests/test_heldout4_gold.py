"""The fourth held-out set (bench/heldout4): committed gold equals what its generator builds, the
generator's own checks pass (every gold value printed, every place marked, nobody both gold and
optional), every rendition it names is committed, balances balance, and the people who must not be
reported are printed and kept out of gold."""
from __future__ import annotations

import pytest

from heldout_support import ROOT, assert_balances, assert_gold_committed, load_generator

HELDOUT4 = ROOT / "bench" / "heldout4"


@pytest.fixture(scope="module")
def make_heldout4():
    return load_generator(HELDOUT4, "make_heldout4")


@pytest.fixture(scope="module")
def built(make_heldout4):
    return make_heldout4.build_all()  # raises SystemExit when gold is not printed in a document


def test_heldout4_gold_matches_generator(built):
    """Regenerating the gold in memory gives the committed file: documents and gold cannot drift."""
    assert len(built) == 8
    assert_gold_committed(HELDOUT4, built)


def test_heldout4_every_rendition_is_there(make_heldout4, built):
    committed = {p.name for p in HELDOUT4.iterdir() if p.suffix in (".docx", ".pdf", ".doc")}
    wanted = set().union(*(make_heldout4.rendition_files(report) for report, *_ in built))
    assert committed == wanted
    assert len(wanted) >= 14


def test_heldout4_balances_and_results(built):
    """Each balance balances, and the key figures are the statement's own sums."""
    assert_balances(built)


def test_heldout4_people_outside_the_board_are_printed_and_not_gold(built):
    """Former chairs, valgkomité, a subsidiary's managers, group leaders, a newspaper's names are
    printed, never gold."""
    for report, gold, _, doc in built:
        board = {m["name"] for m in doc["board"]} | set(doc["board_optional"])
        for name in report.get("not_board", []):
            assert name not in board, (report["name"], name)
            assert name.casefold() in gold.all_text(), (report["name"], name)


def test_heldout4_browser_reports_are_html(make_heldout4):
    """The Chromium renditions are drawn as HTML (the layout comes from the browser)."""
    browser = [r for r in make_heldout4.load_reports() if make_heldout4.is_browser(r)]
    assert len(browser) >= 2
    page, _ = make_heldout4.build(browser[0])
    assert page.startswith("<!DOCTYPE html>") and "<table" in page


def test_heldout4_check_refuses_a_board_name_not_printed(make_heldout4):
    report = make_heldout4.load_reports(["lauvstad-hornmusikk-2008"])[0]
    report["board"] = report["board"] + [("Ingen Slik Person", "MEDL", None)]
    _, gold = make_heldout4.build(report)
    problems = make_heldout4.check_gold(make_heldout4.gold_json(report, gold), gold)
    assert any("Ingen Slik Person" in p for p in problems)
