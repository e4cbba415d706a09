"""Every probe case, rendered as DOCX (and PDF for layout cases), through the whole tool.

Rendering and extraction run once per session (LibreOffice in runs of 100 files); each case
and rendition is then its own test, named ``<family>/<id>/<format>``.
"""
from __future__ import annotations

import shutil

import pytest

from probes.run import all_probes, run_probes

PROBES = all_probes()
PARAMS = [pytest.param(p, fmt, id=f"{p.family}/{p.id}/{fmt}",
                       marks=[pytest.mark.needs_soffice] if fmt in ("pdf", "html") else [])
          for p in PROBES for fmt in p.formats]


@pytest.fixture(scope="session")
def probe_outcomes(tmp_path_factory):
    with_pdf = bool(shutil.which("soffice") or shutil.which("libreoffice"))
    return run_probes(PROBES, tmp_path_factory.mktemp("probes"), pdf=with_pdf)


@pytest.mark.parametrize(("probe", "fmt"), PARAMS)
def test_probe(probe_outcomes, probe, fmt):
    outcome = probe_outcomes[(probe.id, fmt)]
    assert outcome.ok, f"{probe.id} ({fmt}): " + "; ".join(outcome.problems)
