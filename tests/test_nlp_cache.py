"""The language pipeline kept on disk: the same spans as a fresh build, rebuilt when the file
is broken, safe when workers start together."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.nlp import cache
from extractor.nlp.pipeline import _blank, _with_components

TEXTS = [
    "Styreleder Kari Nordmann og daglig leder Ola Hansen, Asker kommune.",
    "Bedriften hadde 41 VTA-plasser og en omsetning på 16 917 863,- i 2022.",
    "Nestleiar Per Lund bur i Bø i Telemark; 3,3 % av tiltaksplassane var AFT.",
]


def spans_of(nlp, text: str) -> dict:
    doc = nlp(text)
    return {key: [(s.start, s.end, s.label_, s.id_) for s in group] for key, group in doc.spans.items()}


def fresh():
    return _with_components(_blank())


def refuse():
    raise AssertionError("built although a cached pipeline was there")


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    return tmp_path


def test_nlp_cache_loaded_pipeline_gives_the_same_spans(cache_dir):
    built = cache.load_or_build(fresh)
    (stored,) = cache_dir.glob("nlp-*.pickle")
    loaded = cache.load_or_build(refuse)
    assert loaded is not built
    for text in TEXTS:
        assert spans_of(loaded, text) == spans_of(built, text)
    assert stored.name == f"nlp-{cache.pipeline_key()}.pickle"


def test_nlp_cache_broken_file_is_rebuilt(cache_dir):
    path = cache_dir / f"nlp-{cache.pipeline_key()}.pickle"
    path.write_bytes(b"not a pickle")
    nlp = cache.load_or_build(fresh)
    assert spans_of(nlp, TEXTS[0])["roles"]
    assert cache.load_or_build(refuse) is not None  # the broken file was replaced


def test_nlp_cache_other_versions_are_dropped(cache_dir):
    old = cache_dir / "nlp-0123456789abcdef01234567.pickle"
    old.write_bytes(b"an older pipeline")
    cache.load_or_build(fresh)
    assert not old.exists()


def test_nlp_cache_unwritable_directory_still_builds(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache directory should be")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocked / "cache"))
    assert spans_of(cache.load_or_build(fresh), TEXTS[1])["quantities"]


def test_nlp_cache_workers_starting_together(cache_dir):
    code = ("from extractor.nlp import get_pipeline\n"
            "assert get_pipeline()('styreleder i Asker kommune').spans['roles']\n")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, cache.CACHE_ENV: str(cache_dir)}
    workers = [subprocess.Popen([sys.executable, "-c", code], cwd=root, env=env) for _ in range(3)]
    assert [w.wait(timeout=300) for w in workers] == [0, 0, 0]
    assert len(list(cache_dir.glob("nlp-*.pickle"))) == 1 and not list(cache_dir.glob("*.tmp"))
    assert cache.load_or_build(refuse) is not None
