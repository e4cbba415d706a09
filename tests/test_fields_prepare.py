"""``prepare()`` builds, once per process, every pattern the field families build from their
data: the first document of a process (a one-off ``extract``, a benchmark's cold run) must not
pay for compiling them."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re._compiler
import sys
from pathlib import Path

import pytest

import extractor.fields
import extractor.nlp
import extractor.tables
from extractor.fields import prepare
from extractor.fields.place_mentions import _org_pattern
from extractor.pipeline import extract_path
from extractor.settings import Settings

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# cached builders keyed on what a document says (the organisation's name it printed), named by
# the function itself: a builder moved to another module is still known (a name written out
# went stale when places.py was split, and the samples' own name pattern failed the test)
DOCUMENT_KEYED = {(builder.__module__, builder.__name__) for builder in (_org_pattern,)}


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


def _loaders(package) -> dict[str, object]:
    """The package's cached functions that take no argument: each loads a vocabulary or builds
    a pattern from one, once per process."""
    found = {}
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            wrapped = getattr(obj, "__wrapped__", None)
            if hasattr(obj, "cache_info") and obj.__module__ == module.__name__ and wrapped is not None:
                needed = [p for p in inspect.signature(wrapped).parameters.values()
                          if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
                if not needed:
                    found[f"{module.__name__}.{name}"] = obj
    return found


@pytest.mark.parametrize("package", [extractor.fields, extractor.nlp, extractor.tables])
def test_fields_prepare_loads_every_vocabulary_of_the_families(package):
    prepare()
    loaders = _loaders(package)
    assert loaders  # the walk finds the loaders (vocabulary, scope_words, ...)
    assert [name for name, load in loaders.items() if load.cache_info().currsize == 0] == []
