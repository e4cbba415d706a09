"""What a new user sees first: --help of every command, --version, shell completion."""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

import schemas
from extractor import __version__
from extractor.cli import app

COMMANDS = [[], ["extract"], ["batch"], ["schema"], ["validate"], ["export"], ["timeline"], ["serve"], ["review"],
            ["review", "queue"], ["review", "export-gold"]]


def help_text(args: list[str]) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a) or "extractor")
def test_cli_help_metavars_read_plainly(args):
    """Typer printed metavars as <bool>, <list[Path]> and {files}."""
    text = help_text(args)
    assert not re.search(r"<(bool|str|int|float|path|list\[[^\]]*\]|dir|file|[a-z ]+ range)>", text), text
    assert not re.search(r"\{\w+(\.\.\.)?\}", text), text


def test_cli_help_extract_names_its_arguments():
    text = help_text(["extract"])
    assert "FILE..." in text and re.search(r"--output\s+-o\s+FILE", text)
    assert re.search(r"--out-dir\s+DIR", text) and re.search(r"--timeout\s+SECONDS", text)


def test_cli_review_help_shows_the_review_options():
    """review --help showed only its subcommands; the options of the default one were hidden."""
    text = help_text(["review"])
    for option in ("--web", "--list", "--port", "--csv", "--reviewer", "export-gold"):
        assert option in text, option


def test_cli_version():
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"extractor {__version__} (output schema {schemas.SCHEMA_VERSION})"


def test_cli_offers_shell_completion(monkeypatch):
    # Typer guesses the shell from the process's ancestors unless told not to; with no shell among
    # them (a detached run) "--show-completion bash" would ignore "bash" and fail.
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    text = help_text([])
    assert "--install-completion" in text and "--show-completion" in text
    result = CliRunner().invoke(app, ["--show-completion", "bash"], prog_name="extractor")
    assert result.exit_code == 0 and "complete" in result.stdout and "extractor" in result.stdout
