"""The fourth held-out set (bench/heldout4): what its generator alone checks. The checks every set
shares are in test_heldout_sets_gold.py."""
from __future__ import annotations

import pytest

from heldout_support import ROOT, load_generator


@pytest.fixture(scope="module")
def make_heldout4():
    return load_generator(ROOT / "bench" / "heldout4", "make_heldout4")


def test_heldout4_browser_reports_are_html(make_heldout4):
    """The Chromium renditions are drawn as HTML (the layout comes from the browser)."""
    browser = [r for r in make_heldout4.load_reports() if make_heldout4.is_browser(r)]
    assert len(browser) >= 2
    page, _ = make_heldout4.build(browser[0])
    assert page.startswith("<!DOCTYPE html>") and "<table" in page
