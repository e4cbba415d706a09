"""The timeline page and the review of timeline checks in a real browser (Debian's Chromium
driven by Playwright, as tests/test_review_web.py does). The page is opened from disk with the
network cut off, so it must work offline. ``--update-golden`` also writes the screenshot into
docs/timeline-example.png."""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from extractor.timeline import write_timelines
from tests.test_review_web import page  # noqa: F401 - fixture: Chromium through Playwright
from tests.timeline_support import BOARD, CEO, PLANTED_YEAR, YEARS, output_name, timeline_outputs  # noqa: F401

DOCS_SCREENSHOT = Path(__file__).resolve().parents[1] / "docs" / "timeline-example.png"


@pytest.fixture()
def timeline_dir(timeline_outputs, tmp_path) -> Path:
    outputs = tmp_path / "out"
    shutil.copytree(timeline_outputs, outputs)
    write_timelines([outputs], tmp_path / "tl")
    return tmp_path / "tl"


def test_timeline_page_charts_in_chromium(page, timeline_dir, tmp_path, update_golden):
    outside = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
               else (outside.append(route.request.url), route.abort()))
    page.goto((timeline_dir / "fjordlys-produkt-as.html").as_uri())
    charts = page.locator("svg.chart-line")
    assert charts.count() == 9  # one per key figure
    for i in range(charts.count()):
        chart = charts.nth(i)
        assert chart.locator("path.series").count() == 1
        assert chart.locator("circle.point").count() == 10  # 2015 (a prior-year column) to 2024
        assert sorted(chart.locator("circle.point.disputed").evaluate_all("e => e.map(c => +c.dataset.year)")) == \
            [PLANTED_YEAR - 1, PLANTED_YEAR]
        assert chart.locator("circle.reading").count() == 2  # the misread values, drawn apart
    income = page.locator('svg.chart-line[data-key="driftsinntekter"] circle.point[data-year="2021"]')
    assert income.locator("xpath=..").get_attribute("href").endswith(output_name(PLANTED_YEAR + 1))

    board = page.locator("svg.chart-board")
    seats = sum(len(roles) for roles in BOARD.values()) + len(CEO)
    assert board.locator("rect.term").count() == seats
    assert board.locator("rect.term.role-LEDE").count() == len(YEARS)
    assert board.locator("g.person").count() == len(BOARD) + len(set(CEO.values()))
    marit = board.locator('g.person[data-person="Marit Svendal"] rect.term')
    assert marit.evaluate_all("e => e.map(r => +r.dataset.year)") == [2016, 2017, 2020, 2021, 2022, 2023, 2024]
    assert page.locator("#checks details.check.review").count() == 2  # unit_jump and prior_year_mismatch groups
    assert page.locator("#checks details.check.note").count() == 1
    assert "3025, Viken" in page.inner_text("#places") and "3203, Akershus" in page.inner_text("#places")
    assert outside == []

    shot = tmp_path / "timeline.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes().startswith(b"\x89PNG")
    if update_golden:
        DOCS_SCREENSHOT.write_bytes(shot.read_bytes())


def test_timeline_review_web_shows_both_sources(page, timeline_dir):
    from extractor.review.web import make_server

    server = make_server([timeline_dir], "browser-tester", port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        page.goto(server.url)
        page.wait_for_selector("body[data-ready=true]")
        assert page.inner_text("#file") == output_name(PLANTED_YEAR)
        # whichever planted figure comes first (least confident first): its conflict with a
        # neighbouring year's report, whose value is shown beside it
        assert page.is_visible("#compare") and "gives" in page.inner_text("#conflicts")
        sides = page.locator("#sides .side")
        shown = sides.count()  # this value, the other report's printing of it (and a neighbouring year's)
        assert shown >= 2
        assert any(output_name(year) in sides.nth(1).inner_text() for year in (PLANTED_YEAR - 1, PLANTED_YEAR + 1))
        page.wait_for_function("[...document.querySelectorAll('#sides img')].every(i => i.naturalWidth > 0)")
        page.keyboard.press("a")
        page.wait_for_function("document.getElementById('status').textContent.includes('accepted')")
        page.keyboard.press("b")  # back: the decided item keeps its comparison
        assert page.is_visible("#compare") and page.locator("#sides .side").count() == shown
    finally:
        server.shutdown()
        server.server_close()
