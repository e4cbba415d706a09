"""spaCy imports without its command line; the command line still loads when asked for."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_spacy_cli_not_imported_with_spacy():
    out = run("import sys, extractor, spacy\n"
              "print(sorted(m for m in ('weasel', 'requests', 'httpx', 'spacy.cli.download') if m in sys.modules))\n"
              "print(spacy.blank('nb')('Styret takker.')[0].text)")
    assert out.split("\n")[:2] == ["[]", "Styret"]


def test_spacy_cli_loads_for_real_when_asked():
    out = run("import extractor, spacy\n"
              "from spacy.cli import download\n"
              "import spacy.cli\n"
              "print(download.__module__, spacy.cli.__file__.endswith('__init__.py'))\n"
              "print(spacy.info(silent=True)['spacy_version'] == spacy.__version__)")
    assert out.split() == ["spacy.cli.download", "True", "True"]
