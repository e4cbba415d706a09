"""A plain ``extractor extract FILE... [options]`` line, parsed without Typer.

Typer 0.29 converts every parameter through pydantic TypeAdapters, about 0.1 s of the parent's
CPU before the worker gets its first document (Typer 0.28 has no pydantic but lays out help as
the tests do not accept). A line made only of readable files and ``extract``'s own options with
plain values runs here; anything else (help, an unknown, repeated or clustered option, a value
out of range or starting with a dash, an input that is no readable file, ``-o`` with several
inputs) returns to Typer, whose messages the tests pin. ``cli.extract`` declares the options;
``tests/test_cli_fast.py`` checks that these tables agree with it and that both parsers hand
``extract.run_command`` the same keywords.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import sys
from pathlib import Path

FLAGS = {"--no-ocr": "no_ocr", "--quiet": "quiet", "--debug": "debug"}
VALUES = {"-o": "output", "--output": "output", "--out-dir": "out_dir", "--model": "model",
          "--timeout": "timeout", "--max-memory": "max_memory"}
PATHS = {"output", "out_dir"}
MINIMUM = {"timeout": 0.1, "max_memory": 0.0}  # numbers, with the ``min`` that cli.extract gives them
_PLAIN_NUMBER = re.compile(r"[0-9]+(\.[0-9]+)?\Z")  # what float() and pydantic read alike


def parse_extract(args: list[str]) -> dict | None:
    """The keywords for ``run_command`` from the words after ``extract``, or None when the line
    is not plain (Typer then parses it and words any error)."""
    found: dict = {"files": []}
    at = 0
    while at < len(args):
        arg = args[at]
        at += 1
        if not arg.startswith("-"):
            if not _readable_file(arg):
                return None
            found["files"].append(Path(arg))
            continue
        name, equals, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in FLAGS and not equals:
            key, value = FLAGS[name], True
        elif name in VALUES:
            key = VALUES[name]
            if not equals:
                if at == len(args):
                    return None
                value, at = args[at], at + 1
            value = _value(key, value)
            if value is None:
                return None
        else:
            return None
        if key in found:
            return None
        found[key] = value
    if not found["files"] or (found.get("output") and len(found["files"]) > 1):
        return None
    return found


def _value(key: str, text: str):
    if not text or text.startswith("-"):
        return None
    if key in PATHS:
        return Path(text)
    if key in MINIMUM:
        if not _PLAIN_NUMBER.match(text) or float(text) < MINIMUM[key]:
            return None
        return float(text)
    return text


def _readable_file(text: str) -> bool:
    try:
        mode = os.stat(text).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(mode) and os.access(text, os.R_OK)


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def run_plain_extract(argv: list[str]) -> None:
    """Run ``extractor extract`` and exit when its line is plain; return otherwise. Exits as
    Typer's would: Ctrl-C 130, a closed stdout 1."""
    from extractor.extract import is_extract_command, run_command

    if not is_extract_command(argv) or any(name.endswith("_COMPLETE") for name in os.environ):
        return  # not ours, or a shell completion request (Typer's)
    keywords = parse_extract(argv[2:])
    if keywords is None:
        return
    try:
        code = run_command(**keywords, say=_say)
    except KeyboardInterrupt:
        code = 130
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit's flush
        code = 1
    sys.exit(code)
