"""Shared fixtures and options.

- ``--update-golden``: rewrite golden files (samples/*.expected.json) instead of comparing.
  Without it a missing golden file fails; nothing is ever written silently.
- Markers ``needs_tesseract``, ``needs_soffice`` and ``needs_chromium`` skip a test when that system tool is absent
  (a fresh machine where apt was unavailable), with the reason in the report.
- Shared files (corpus, badfiles, eval) live in ``../shared`` beside the project, or where
  ``EXTRACTOR_SHARED`` points; tests that need them skip when they are absent, except under
  CI (``CI=true``), where a missing shared folder fails the run: a green CI must mean the
  shared-data tests ran.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))
NO_SHARED = "not found: put the shared folder beside the project as ../shared, or set EXTRACTOR_SHARED to it"


def under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="Rewrite golden files from the current output instead of comparing.")


def pytest_sessionstart(session: pytest.Session) -> None:
    if under_ci() and not SHARED.is_dir():
        pytest.exit(f"CI=true and the shared folder {SHARED} is {NO_SHARED}", returncode=1)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs_tesseract: skip unless tesseract with Norwegian data is installed")
    config.addinivalue_line("markers", "needs_soffice: skip unless LibreOffice (soffice) is installed")
    config.addinivalue_line("markers", "needs_chromium: skip unless Chromium and Playwright are installed")


def chromium_ready() -> bool:
    """Debian's chromium and the playwright package that drives it (the test extras)."""
    from probes.render_html import CHROMIUM

    return CHROMIUM.exists() and importlib.util.find_spec("playwright") is not None


def _tesseract_has_nor() -> bool:
    if not shutil.which("tesseract"):
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    return "nor" in langs.stdout.split()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    checks = {
        "needs_tesseract": (_tesseract_has_nor, "tesseract with Norwegian data is not installed"),
        "needs_soffice": (lambda: bool(shutil.which("soffice") or shutil.which("libreoffice")),
                          "LibreOffice (soffice) is not installed"),
        "needs_chromium": (chromium_ready, "/usr/bin/chromium or playwright is missing (the test extras)"),
    }
    available: dict[str, bool] = {}
    for item in items:
        for marker, (check, reason) in checks.items():
            if item.get_closest_marker(marker) is None:
                continue
            if marker not in available:
                available[marker] = check()
            if not available[marker]:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def root_dir() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


def _shared(sub: str) -> Path:
    path = SHARED / sub
    if not path.is_dir():
        (pytest.fail if under_ci() else pytest.skip)(f"{path} {NO_SHARED}")
    return path


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return _shared("corpus")


@pytest.fixture(scope="session")
def badfiles_dir() -> Path:
    return _shared("badfiles")


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    return _shared("eval")


@pytest.fixture(scope="session")
def scorer(eval_dir):
    """../shared/eval/score.py as a module, to judge outputs exactly as the evaluation does."""
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
