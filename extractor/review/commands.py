"""The ``extractor review`` commands (mounted by extractor/cli.py):

    extractor review PATH [--list [--csv]] [--web [--port N]] [--reviewer NAME]
    extractor review export-gold PATH --out DIR [--all]
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from extractor.cli_help import PlainCommand, PlainGroup

DEFAULT_PORT = 8765


class DefaultCommandGroup(PlainGroup):
    """``review PATH`` runs the default command; ``review export-gold ...`` its own. ``review``
    and ``review --help`` show the default command's help, whose options are the ones people
    look for (``--web``, ``--list``, ``--port``), and which names the other command."""

    default_command = "queue"

    def parse_args(self, ctx, args):
        if not args or args[0] in ("--help", "-h"):
            args = [self.default_command, "--help"]
        elif args[0] not in self.commands:
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


review_app = typer.Typer(cls=DefaultCommandGroup, add_completion=False,
                         help="Review values below the review threshold (terminal or browser); export gold.")


def default_reviewer() -> str:
    try:
        return os.environ.get("EXTRACTOR_REVIEWER") or getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without passwd entry)
        return "reviewer"


@review_app.command("queue", cls=PlainCommand,
                    help="Review PATH (an output JSON or a folder of them), least confident first: in the terminal "
                         "(keys a/e/r/s/b/q), in the browser (--web) or as a list (--list). "
                         "Also: extractor review export-gold PATH --out DIR (reviewed outputs as gold files).")
def review_queue(
    path: Path = typer.Argument(..., metavar="PATH", exists=True, help="An output JSON, or a folder of them (a batch --out)."),
    web: bool = typer.Option(False, "--web", help="Review in the browser (served on 127.0.0.1 only)."),
    port: int = typer.Option(DEFAULT_PORT, "--port", metavar="PORT", min=0, max=65535,
                             help="Port for --web (0: any free port)."),
    list_only: bool = typer.Option(False, "--list", help="Print the queue and exit; no decisions."),
    as_csv: bool = typer.Option(False, "--csv", help="With --list: CSV on stdout instead of a table."),
    reviewer: Optional[str] = typer.Option(None, "--reviewer", metavar="NAME",
                                           help="Name stored with each decision (default: login name)."),
    docs: Optional[Path] = typer.Option(None, "--docs", metavar="DIR", file_okay=False,
                                        help="--web: folder holding the source documents."),
) -> None:
    from extractor.review.decisions import ReviewError
    from extractor.review.queue import build_queue

    try:
        if list_only:
            items = build_queue([path])
            if as_csv:
                from extractor.review.terminal import queue_to_csv

                try:
                    queue_to_csv(items, sys.stdout)
                except BrokenPipeError:  # `| head`: the reader has what it wanted
                    sys.stderr.close()
                    raise typer.Exit(0) from None
            else:
                from rich.console import Console

                from extractor.review.terminal import queue_to_table

                Console().print(queue_to_table(items))
            return
        name = reviewer or default_reviewer()
        if web:
            from extractor.review.web import serve

            serve([path], name, port=port, docs=docs)
            return
        from extractor.review.terminal import run_terminal_review

        run_terminal_review([path], name)
    except (ReviewError, ValueError, OSError) as exc:
        typer.echo(f"error[review] {path}: {exc}", err=True)
        raise typer.Exit(1) from None


@review_app.command("export-gold", cls=PlainCommand, help="Write reviewed outputs in PATH as NAME.gold.json for the scorer.")
def review_export_gold(
    path: Path = typer.Argument(..., metavar="PATH", exists=True, help="An output JSON, or a folder of them."),
    out: Path = typer.Option(..., "--out", metavar="DIR", file_okay=False, help="Folder for the gold files."),
    include_unreviewed: bool = typer.Option(False, "--all", help="Also outputs without any review decision."),
) -> None:
    from extractor.outputs import path_to_text
    from extractor.review.gold import export_gold

    try:
        written = export_gold([path], out, include_unreviewed=include_unreviewed)
    except (ValueError, OSError) as exc:
        typer.echo(f"error[review] {path}: {exc}", err=True)
        raise typer.Exit(1) from None
    for target in written:
        typer.echo(path_to_text(target))
    if not written:
        typer.echo("no reviewed outputs (use --all to export unreviewed ones too)", err=True)
