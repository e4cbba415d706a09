"""The terminal review, driven through its prompts: keys in, JSON on disk out."""
from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app
from extractor.review.queue import build_queue, resolve_pointer
from tests.review_support import FORCED, extracted_outputs, load, outputs  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[1]


def node(outputs: Path, name: str, pointer: str) -> dict:
    return resolve_pointer(load(outputs / name), pointer)


def test_review_terminal_accept_edit_reject_skip_back_quit(outputs):
    originals = {(n, p): node(outputs, n, p) for n, p, _ in FORCED}
    queued = len(build_queue([outputs]))
    keys = "\n".join([
        "a",                        # report.year (fjordvekst): accept
        "e", "Kari Nordvik", "NEST", "",  # board[0]: edit name and role, Enter keeps employee_elected
        "r",                        # places[0] (asker docx): reject
        "b",                        # back to places[0]
        "x",                        # unknown key: shown again
        "a",                        # places[0] again: accept this time
        "s",                        # ceo (asker pdf): skip
        "q",
    ]) + "\n"
    result = CliRunner().invoke(app, ["review", str(outputs), "--reviewer", "tester"], input=keys,
                                env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "unknown key 'x'" in result.stdout
    assert "1/" in result.stdout and "Årsrapport 2023" in result.stdout  # the source text was shown

    year = node(outputs, *FORCED[0][:2])
    assert year["review"]["decision"] == "accepted" and year["confidence"] == 1.0 and year["reviewed"]
    assert year["value"] == originals[FORCED[0][:2]]["value"]

    board = node(outputs, *FORCED[1][:2])
    assert (board["name"], board["role"]) == ("Kari Nordvik", "NEST")
    assert board["review"]["decision"] == "edited" and board["review"]["who"] == "tester"
    assert board["review"]["old_value"]["role"] == originals[FORCED[1][:2]]["role"]
    assert board["employee_elected"] == originals[FORCED[1][:2]]["employee_elected"]

    place = node(outputs, *FORCED[2][:2])  # rejected, then accepted after going back
    assert place["review"]["decision"] == "accepted" and place["confidence"] == 1.0
    assert place["review"]["old_confidence"] == FORCED[2][2]

    ceo = node(outputs, *FORCED[3][:2])  # skipped: untouched, still queued
    assert ceo == originals[FORCED[3][:2]]
    assert len(build_queue([outputs])) == queued - 3


def test_review_terminal_resumes_where_it_stopped(outputs):
    runner = CliRunner()
    runner.invoke(app, ["review", str(outputs), "--reviewer", "tester"], input="a\nq\n")
    result = runner.invoke(app, ["review", str(outputs), "--reviewer", "tester"], input="q\n")
    assert result.exit_code == 0
    first = result.stdout.split("\n\n")[0]
    assert "board[0]" in result.stdout and "report.year" not in first


def test_review_terminal_bad_edit_is_not_saved(outputs):
    before = (outputs / FORCED[0][0]).read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["review", str(outputs), "--reviewer", "tester"], input="e\ntjue\nq\n")
    assert result.exit_code == 0
    assert "not saved" in result.stdout and "not a number" in result.stdout
    assert (outputs / FORCED[0][0]).read_text(encoding="utf-8") == before


class Terminal:
    """``extractor review`` running in a pseudo-terminal: keys in, the screen's bytes out."""

    def __init__(self, outputs: Path):
        self.master, slave = pty.openpty()
        env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "120", "TERM": "xterm"}
        self.proc = subprocess.Popen([sys.executable, "-m", "extractor", "review", str(outputs), "--reviewer", "tty"],
                                     stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env, close_fds=True)
        os.close(slave)
        self.seen = b""

    def wait_for(self, needle: bytes, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.seen:
            assert time.monotonic() < deadline, f"no {needle!r} in {self.seen[-2000:]!r}"
            ready, _, _ = select.select([self.master], [], [], 0.5)
            if ready:
                try:
                    self.seen += os.read(self.master, 65536)
                except OSError:  # the child closed the terminal
                    break

    def forget_until(self, needle: bytes) -> None:
        self.seen = self.seen[self.seen.index(needle):]

    def type(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        os.close(self.master)


def test_review_terminal_single_keys_on_a_real_terminal(outputs):
    """The real command in a pseudo-terminal: one key press decides, no Enter."""
    term = Terminal(outputs)
    try:
        term.wait_for(b"uit")  # the key help under the first item
        term.type(b"a")
        term.wait_for(b"saved to")
        term.forget_until(b"saved to")
        term.wait_for(b"uit")  # board[0] waits for its key
        term.type(b"e")
        term.wait_for(b"name [")
        term.type(b"Kari Nordvik-Lie\r\r\r")  # a line per field; Enter keeps role and employee_elected
        term.wait_for(b"edited")
        term.type(b"sq")  # typed ahead: neither key is lost
        assert term.proc.wait(timeout=30) == 0
    finally:
        term.close()
    year = node(outputs, *FORCED[0][:2])
    assert year["review"]["decision"] == "accepted" and year["review"]["who"] == "tty"
    board = node(outputs, *FORCED[1][:2])
    assert board["name"] == "Kari Nordvik-Lie" and board["review"]["decision"] == "edited"
    assert board["role"] == board["review"]["old_value"]["role"]
    assert "review" not in node(outputs, *FORCED[2][:2]) or node(outputs, *FORCED[2][:2])["review"] is None


def test_review_terminal_escape_cancels_and_enter_is_no_edit(outputs):
    """Esc in the edit prompt cancels; Enter on every field (nothing changed) saves nothing."""
    before = {name: (outputs / name).read_text(encoding="utf-8") for name, _, _ in FORCED}
    keys = "\n".join(["e", "\x1b", "e", "", "q"]) + "\n"  # year: Esc at its prompt, then Enter on it
    result = CliRunner().invoke(app, ["review", str(outputs), "--reviewer", "tester"], input=keys)
    assert result.exit_code == 0, result.output
    assert "edit cancelled" in result.stdout and "unchanged" in result.stdout
    assert {name: (outputs / name).read_text(encoding="utf-8") for name, _, _ in FORCED} == before


def test_review_terminal_escape_on_a_real_terminal(outputs):
    """On a terminal Esc typed ^[ into the prompt; now it cancels, and an arrow key (an escape
    sequence) does not."""
    term = Terminal(outputs)
    try:
        term.wait_for(b"uit")
        term.type(b"e")
        term.wait_for(b"value [")
        term.type(b"20\x1b[D")  # typing, then the left arrow: still editing
        time.sleep(0.5)
        term.type(b"\x1b")  # a lone Esc
        term.wait_for(b"edit cancelled")
        term.type(b"q")
        assert term.proc.wait(timeout=30) == 0
    finally:
        term.close()
    year = node(outputs, *FORCED[0][:2])
    assert not year.get("review") and not year["reviewed"]
