"""Every probe case, rendered as DOCX (and PDF for layout cases; tight and browser PDFs where
a case asks), through the whole tool.

Rendering and extraction run once per session (LibreOffice in runs of 100 files); each case
and rendition is then its own test, named ``<family>/<id>/<format>``.
"""
from __future__ import annotations

import shutil

import pytest

from conftest import chromium_ready
from probes.run import all_probes, run_probes

PROBES = all_probes()
MARKS = {"pdf": [pytest.mark.needs_soffice], "tight": [pytest.mark.needs_soffice], "html": [pytest.mark.needs_soffice],
         "web": [pytest.mark.needs_soffice], "scan": [pytest.mark.needs_tesseract],
         "browser": [pytest.mark.needs_chromium]}
# Renditions known to fail, each with why (docs/phrasings.md); strict: one that passes fails the run.
KNOWN = {("r2-esign-table-name-over-title-nn", "docx"):
         "the chair's signed full name ('Sæbø, Randi Helene') wins in the PDF, the printed short one in Word"}
PARAMS = [pytest.param(p, fmt, id=f"{p.family}/{p.id}/{fmt}", marks=[
              *MARKS.get(fmt, []),
              *([pytest.mark.xfail(reason=KNOWN[(p.id, fmt)], strict=True)] if (p.id, fmt) in KNOWN else [])])
          for p in PROBES for fmt in p.formats]


@pytest.fixture(scope="session")
def probe_outcomes(tmp_path_factory):
    with_pdf = bool(shutil.which("soffice") or shutil.which("libreoffice"))
    return run_probes(PROBES, tmp_path_factory.mktemp("probes"), pdf=with_pdf, browser=chromium_ready())


@pytest.mark.parametrize(("probe", "fmt"), PARAMS)
def test_probe(probe_outcomes, probe, fmt):
    outcome = probe_outcomes[(probe.id, fmt)]
    assert outcome.ok, f"{probe.id} ({fmt}): " + "; ".join(outcome.problems)
