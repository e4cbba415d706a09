"""``cli_fast``: a plain ``extractor extract`` line runs without Typer, with the keywords Typer
would have given; any other line is left to Typer."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from extractor import cli, cli_fast, extract
from extractor.cli import app

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PDF = SAMPLES / "fjordvekst-2023.pdf"
DOCX = SAMPLES / "fjordvekst-2023.docx"
DEFAULTS = {"output": None, "out_dir": None, "no_ocr": False, "model": None, "timeout": None,
            "max_memory": None, "quiet": False, "debug": False}


def extract_command():
    return get_command(app).commands["extract"]


def test_cli_fast_tables_agree_with_the_typer_command():
    options = [p for p in extract_command().params if p.param_type_name == "option"]
    assert {opt: p.name for p in options if p.is_flag for opt in p.opts} == cli_fast.FLAGS
    assert {opt: p.name for p in options if not p.is_flag for opt in p.opts} == cli_fast.VALUES
    assert {p.name: p.min for p in options if p.min is not None} == cli_fast.MINIMUM
    assert set(DEFAULTS) == {p.name for p in options}


def typer_keywords(monkeypatch, args: list[str]) -> dict:
    """What Typer hands ``run_command`` for ``extract ARGS`` (nothing is read)."""
    seen = {}

    def fake(files, *, say, **keywords):
        seen.update(keywords, files=files)
        return 0

    monkeypatch.setattr(cli, "run_command", fake)
    result = CliRunner().invoke(app, ["extract", *args])
    assert result.exit_code == 0, result.output
    return seen


@pytest.mark.parametrize("args", [
    ["{pdf}"],
    ["{pdf}", "{docx}", "--out-dir", "{tmp}/out", "--quiet"],
    ["--no-ocr", "{pdf}", "-o", "{tmp}/x.json", "--debug"],
    ["{pdf}", "--output={tmp}/x.json", "--timeout", "2.5", "--max-memory", "0"],
    ["{docx}", "--model", "nb_core_news_sm", "--timeout=12", "--max-memory=800.5", "--no-ocr"],
])
def test_cli_fast_parses_as_typer(monkeypatch, tmp_path, args):
    args = [a.format(pdf=PDF, docx=DOCX, tmp=tmp_path) for a in args]
    fast = cli_fast.parse_extract(args)
    assert fast is not None
    assert {**DEFAULTS, **fast} == typer_keywords(monkeypatch, args)


@pytest.mark.parametrize("args", [
    [], ["--help"], ["{pdf}", "--help"], ["{pdf}", "--no-such-option"], ["{pdf}", "-q"],
    ["{pdf}", "{docx}", "-o", "x.json"],  # -o takes one input: Typer words the error
    ["{pdf}", "--quiet", "--quiet"], ["{pdf}", "--timeout", "1", "--timeout", "2"],
    ["{pdf}", "--timeout", "0.05"], ["{pdf}", "--timeout", "1e3"], ["{pdf}", "--timeout", "-1"],
    ["{pdf}", "--max-memory", "nan"], ["{pdf}", "--timeout"], ["{pdf}", "-o"], ["{pdf}", "-o", "-"],
    ["{pdf}", "-o{tmp}/x.json"], ["{pdf}", "--quiet=1"], ["{pdf}", "--model="], ["{pdf}", "--", "{docx}"],
    ["{tmp}/missing.pdf"], ["{tmp}"], ["-"], [""],
])
def test_cli_fast_leaves_other_lines_to_typer(tmp_path, args):
    assert cli_fast.parse_extract([a.format(pdf=PDF, docx=DOCX, tmp=tmp_path) for a in args]) is None


def test_cli_fast_runs_a_plain_line_and_exits_with_its_code(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(extract, "run_command", lambda files, **kw: calls.append((files, kw)) or 1)
    for argv in (["pytest", "extract", str(PDF)], ["extractor", "batch", str(PDF)],
                 ["extractor", "extract", str(PDF), "--help"]):
        cli_fast.run_plain_extract(argv)  # returns: not ours, or not plain
    assert calls == []
    with pytest.raises(SystemExit) as stop:
        cli_fast.run_plain_extract(["extractor", "extract", str(PDF), "--quiet"])
    assert stop.value.code == 1
    assert calls[0][0] == [PDF] and calls[0][1]["quiet"] is True


def test_cli_fast_console_line_reads_without_typer(tmp_path):
    """The whole command, as the console runs it: the report is written and Typer never loads."""
    out = tmp_path / "x.json"
    code = ("import atexit, sys\n"
            "atexit.register(lambda: sys.stderr.write('typer loaded: %s\\n' % ('typer' in sys.modules)))\n"
            f"sys.argv = ['extractor', 'extract', {str(PDF)!r}, '-o', {str(out)!r}, '--quiet']\n"
            "import extractor.cli\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "typer loaded: False" in done.stderr
    assert out.read_text(encoding="utf-8").startswith("{")
