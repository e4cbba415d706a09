"""Plausibility and corroboration doubts: each fires on a report where the report itself speaks
against the value, stays off where it does not, and sends the value to review."""
from __future__ import annotations

import pytest

from extractor.calibrate import DOUBT_CEILING, add_document_doubts, calibrate_report

MODEL = {"review_threshold": 0.9, "families": {"board": {"bias": 5.0, "weights": {}},
                                               "key_figures": {"bias": 5.0, "weights": {}}}}


def _member(name, role="MEDL", reader="table", page=2, path=None, more=()):
    return {"name": name, "role": role, "confidence": 0.9, "reasons": [reader, "board_section", *more],
            "source": {"page": page, "path": path, "text": name, "ocr_confidence": None}}


def _apart(members):
    report = {"board": members, "key_figures": []}
    add_document_doubts(report)
    return ["apart_from_board" in m["reasons"] for m in report["board"]]


def _board(last):
    return [_member("Liv Brekke", "LEDE"), _member("Odd Rime"), _member("Siv Aune"), last]


def test_corroboration_a_member_read_apart_from_the_board_and_nowhere_else():
    assert _apart(_board(_member("Per Tangen", reader="composition", page=7))) == [False, False, False, True]


def test_corroboration_a_member_read_with_the_board_is_no_doubt():
    assert _apart(_board(_member("Per Tangen"))) == [False] * 4


@pytest.mark.parametrize("last", [
    _member("Per Tangen", "VARA", page=7),  # deputies are often listed apart
    _member("Per Tangen", page=7, more=("also_in_signature",)),  # found a second time: corroborated
    _member("Per Tangen", page=7, more=("also_mentioned",)),
    _member("Per Tangen", page=3),  # the members' table runs on over a page break
])
def test_corroboration_apart_but_explained(last):
    assert _apart(_board(last)) == [False] * 4


def test_corroboration_word_file_places_are_tables_and_paragraphs():
    members = [_member(n, page=None, path=f"body/tbl[1]/tr[{i}]/tc[0]")
               for i, n in enumerate(("Liv Brekke", "Odd Rime", "Siv Aune"))]
    assert _apart(members + [_member("Per Tangen", page=None, path="body/tbl[1]/tr[4]/tc[1]")]) == [False] * 4
    assert _apart(members + [_member("Per Tangen", page=None, path="body/p[9]")])[3] is True


def test_corroboration_two_members_are_no_board_to_stand_apart_from():
    assert _apart([_member("Liv Brekke", "LEDE"), _member("Per Tangen", page=7)]) == [False, False]


@pytest.mark.parametrize("printed, doubted", [
    ("000", True), ("0 500", True), ("(0 250)", True), ("-0 120", True),
    ("0", False), ("0,5", False), ("-", False), ("1 000", False), ("10 500", False),
])
def test_corroboration_a_figure_printed_as_a_fragment(printed, doubted):
    report = {"board": [], "key_figures": [{"key": "driftsinntekter", "printed": printed, "reasons": [], "source": {}}]}
    add_document_doubts(report)
    assert ("printed_fragment" in report["key_figures"][0]["reasons"]) is doubted


def test_corroboration_doubts_send_the_value_to_review():
    figure = {"key": "driftsinntekter", "printed": "000", "value": 0.0, "confidence": 0.99, "reasons": [], "source": {}}
    report = {"source": {"format": "pdf"}, "key_figures": [figure],
              "board": _board(_member("Per Tangen", reader="composition", page=7))}
    calibrate_report(report, MODEL)
    assert [m["confidence"] <= DOUBT_CEILING for m in report["board"]] == [False, False, False, True]
    assert figure["confidence"] <= DOUBT_CEILING


@pytest.mark.parametrize("key, value, printed, doubted", [
    ("driftsinntekter", 6_480.0, "6 480", True),  # a table in thousands read as kroner
    ("sum_eiendeler", -9_860.0, "(9 860)", True),
    ("driftsinntekter", 6_480_000.0, "6 480", False),  # scaled: the unit was read
    ("driftsinntekter", 48_200.0, "48 200", False),  # a small club's income can be this
    ("driftsinntekter", 18_400.0, "18 400,00", False),  # printed to the øre: kroner
    ("arsresultat", 6_480.0, "6 480", False),  # a result is no size: it can be near zero
    ("driftsinntekter", 0.0, "0", False),
])
def test_corroboration_a_size_too_small_to_be_in_kroner(key, value, printed, doubted):
    figure = {"key": key, "value": value, "printed": printed, "reasons": [], "source": {}}
    report = {"board": [], "key_figures": [figure]}
    add_document_doubts(report)
    assert ("small_size" in figure["reasons"]) is doubted


def test_size_keys_are_the_timeline_tables_stable_keys():
    """Read from the key table's data file without importing the timeline: the same keys."""
    from extractor.corroboration import size_keys
    from extractor.timeline.keys import key_table
    assert size_keys() == frozenset(key for key, info in key_table()[0].items() if info.stable)
