"""``prepare()`` builds, once per process, every pattern the field families build from their
data: the first document of a process (a one-off ``extract``, a benchmark's cold run) must not
pay for compiling them."""
from __future__ import annotations

import re._compiler
import sys
from pathlib import Path

import pytest

from extractor.fields import prepare
from extractor.pipeline import extract_path
from extractor.settings import Settings

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# cached builders keyed on what a document says (the organisation's name it printed)
DOCUMENT_KEYED = {("extractor.fields.places", "_org_pattern")}


def _cached_builder_compiling() -> tuple[str, str] | None:
    """(module, function) of the innermost project function on the stack when it is a
    ``functools`` cache, i.e. a builder run once per process (or per word list)."""
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("extractor."):
            function = frame.f_globals.get(frame.f_code.co_name)
            if hasattr(function, "cache_info"):
                return module, frame.f_code.co_name
            return None
        frame = frame.f_back
    return None


@pytest.mark.parametrize("name", ["fjordvekst-2023.pdf", "nordheim-2023.docx"])
def test_fields_prepare_leaves_no_data_pattern_to_the_first_document(monkeypatch, name):
    prepare()
    built: list[tuple[str, str]] = []
    compile_pattern = re._compiler.compile

    def spy(pattern, flags=0):
        site = _cached_builder_compiling()
        if site is not None and site not in DOCUMENT_KEYED:
            built.append(site)
        return compile_pattern(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", spy)
    extract_path(SAMPLES / name, Settings(ocr=False))
    assert built == []
