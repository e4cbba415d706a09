"""Command line: thin wrappers over the modules (extract, batch, serve, review, ...); errors become one line on stderr."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from extractor.cli_fast import run_plain_extract
from extractor.extract import EXIT_DOCUMENT_ERROR, EXIT_INTERRUPTED, limits_from, run_command, start_early_worker

start_early_worker(sys.argv)  # before Typer loads: ``extract``'s worker starts meanwhile
run_plain_extract(sys.argv)  # a plain ``extractor extract`` line runs here and exits: Typer never loads

import typer  # noqa: E402

from extractor.cli_help import PlainCommand, PlainGroup  # noqa: E402

app = typer.Typer(cls=PlainGroup, no_args_is_help=True, help="Norwegian annual reports to structured JSON.")


def extract_one(path: Path, settings=None, model: str | None = None) -> str:
    from extractor.pipeline import extract_path
    from extractor.settings import DEFAULT_SETTINGS

    report = extract_path(path, settings or DEFAULT_SETTINGS, model=model)
    from extractor.assemble import report_to_json  # the output models load once the document is read

    return report_to_json(report)


def show_version(value: bool) -> None:
    if value:
        import schemas
        from extractor import __version__

        typer.echo(f"extractor {__version__} (output schema {schemas.SCHEMA_VERSION})")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", is_eager=True, callback=show_version,
                                 help="Print the version (and the output schema's) and exit."),
) -> None:
    """Norwegian annual reports to structured JSON."""


@app.command(cls=PlainCommand)
def extract(
    files: list[Path] = typer.Argument(..., metavar="FILE...", exists=True, dir_okay=False, help="Documents to read."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE",
                                          help="Write JSON here (one input only); its folder is created."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", metavar="DIR", help="Write NAME.json per input into this folder."),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="Do not OCR scanned pages or images."),
    model: Optional[str] = typer.Option(None, "--model", metavar="NAME", help="Installed spaCy pipeline for extra NER evidence."),
    timeout: Optional[float] = typer.Option(None, "--timeout", metavar="SECONDS", min=0.1,
                                            help="Wall-clock seconds per document (as batch)."),
    max_memory: Optional[float] = typer.Option(None, "--max-memory", metavar="MB", min=0, help="Memory cap in MB (0: none; as batch)."),
    quiet: bool = typer.Option(False, "--quiet", help="No summary line per document on stderr."),
    debug: bool = typer.Option(False, "--debug", help="Print tracebacks."),
) -> None:
    """Read documents and write their JSON (stdout without -o/--out-dir).

    Each document is read in an isolated worker with the batch's limits; one summary line per
    document on stderr."""
    if output and len(files) > 1:
        raise typer.BadParameter("-o takes one input; use --out-dir for several")
    code = run_command(files, output=output, out_dir=out_dir, no_ocr=no_ocr, model=model, timeout=timeout,
                       max_memory=max_memory, quiet=quiet, debug=debug, say=lambda line: typer.echo(line, err=True))
    if code:
        raise typer.Exit(code)


@app.command(cls=PlainCommand)
def batch(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...", help="Files, folders (recursed) or globs."),
    out: Path = typer.Option(..., "--out", metavar="DIR", help="Folder for NAME.json outputs, manifest.jsonl and summary.json."),
    workers: int = typer.Option(1, "--workers", metavar="N", min=1, help="Isolated worker processes."),
    timeout: Optional[float] = typer.Option(None, "--timeout", metavar="SECONDS", min=0.1, help="Wall-clock seconds per document."),
    max_memory: Optional[float] = typer.Option(None, "--max-memory", metavar="MB", min=0,
                                               help="Memory cap per worker in MB (0: none)."),
    max_pages: Optional[int] = typer.Option(None, "--max-pages", metavar="N", min=1,
                                            help="Refuse documents with more pages (too_large)."),
    engine: str = typer.Option("local", "--engine", metavar="local|dask", help="local or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="dask scheduler address, e.g. tcp://host:8786."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Redo inputs whose last record is an error."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any input failed."),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="Do not OCR scanned pages or images."),
    model: Optional[str] = typer.Option(None, "--model", metavar="NAME", help="Installed spaCy pipeline for extra NER evidence."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress output."),
    json_log: bool = typer.Option(False, "--json-log", help="One JSON line per document and a JSON summary on stdout."),
) -> None:
    """Extract many documents, each in an isolated worker with limits; resumable."""
    from extractor.batch import BatchAborted, BatchInterrupted, BatchUsageError, run_batch
    from extractor.outputs import line_text
    from extractor.settings import Settings

    limits = limits_from(timeout, max_memory)
    settings = Settings(ocr=not no_ocr, **({"max_pages": max_pages} if max_pages else {}))
    progress = "quiet" if quiet else "json" if json_log else "auto"
    try:
        summary = run_batch(inputs, out, workers=workers, limits=limits, settings=settings, model=model,
                            engine=engine, scheduler=scheduler, retry_failed=retry_failed, progress=progress)
    except BatchUsageError as exc:
        typer.echo(line_text(f"error[{exc.code}] {exc}"), err=True)
        raise typer.Exit(2) from None
    except BatchAborted as exc:
        typer.echo(line_text(f"error[{exc.code}] {exc}"), err=True)
        raise typer.Exit(EXIT_DOCUMENT_ERROR) from None
    except BatchInterrupted as exc:
        typer.echo(f"error[{exc.code}] {exc}", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except KeyboardInterrupt:  # while listing or hashing the inputs, or a second Ctrl-C while stopping
        typer.echo("error[interrupted] stopped by Ctrl-C; run the same command again to resume", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    if strict and summary["failed"]:
        raise typer.Exit(EXIT_DOCUMENT_ERROR)


@app.command(cls=PlainCommand)
def schema(
    timeline_schema: bool = typer.Option(False, "--timeline", help="The schema of `extractor timeline` files instead."),
) -> None:
    """Print the JSON Schema of the output."""
    if timeline_schema:
        from schemas.timeline import timeline_json_schema_text

        sys.stdout.write(timeline_json_schema_text())
        return
    import schemas

    sys.stdout.write(schemas.json_schema_text())


@app.command(cls=PlainCommand)
def validate(
    files: list[Path] = typer.Argument(..., metavar="PATH...", exists=True,
                                       help="Output JSON files, or folders of them (a batch --out)."),
    quiet: bool = typer.Option(False, "--quiet", help="Print only the invalid files."),
) -> None:
    """Check output files against the schema: one line per file, exit 1 when any is invalid."""
    from extractor.outputs import path_to_text
    from extractor.validate import iter_verdicts

    invalid = 0
    for verdict in iter_verdicts(files):
        invalid += not verdict.ok
        if not (quiet and verdict.ok):
            typer.echo(path_to_text(verdict.one_line()))
    if invalid:
        raise typer.Exit(EXIT_DOCUMENT_ERROR)


@app.command(cls=PlainCommand)
def export(
    inputs: list[Path] = typer.Argument(..., metavar="PATH...", exists=True, help="Batch output folders or report JSON files."),
    what: str = typer.Option(..., "--what", metavar="KIND", help="board, places, percentages, programs, key_figures, "
                                                                 "owners, facts, paragraphs, tables or timeline."),
    fmt: str = typer.Option("jsonl", "--format", metavar="jsonl|csv|parquet", help="jsonl, csv or parquet."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE", help="Write here (atomically); stdout without it."),
) -> None:
    """Flatten many reports into one table: one row per item, with its document, confidence and provenance."""
    from extractor.export import ExportError, export as export_rows

    try:
        rows, skipped, text = export_rows(inputs, what, fmt, output)
    except ExportError as exc:
        typer.echo(f"error[usage] {exc}", err=True)
        raise typer.Exit(2) from None
    for line in skipped:
        typer.echo(f"skipped {line}", err=True)
    if text is not None:
        sys.stdout.write(text)
    else:
        typer.echo(f"{rows} rows to {output}", err=True)


@app.command(cls=PlainCommand)
def timeline(
    inputs: list[Path] = typer.Argument(..., metavar="PATH...", exists=True, help="Batch output folders or report JSON files."),
    out: Path = typer.Option(..., "--out", metavar="DIR", file_okay=False, help="Folder for ORG.json and ORG.html per organisation."),
    no_html: bool = typer.Option(False, "--no-html", help="Write only the JSON."),
) -> None:
    """One organisation across the years: group reports, check them against each other, write a page."""
    from extractor.timeline import write_timelines

    skipped: list[str] = []
    timelines = write_timelines(inputs, out, html=not no_html, skipped=skipped)
    for line in skipped:
        typer.echo(f"skipped {line}", err=True)
    if not timelines:
        typer.echo("error[usage] no report outputs in the inputs", err=True)
        raise typer.Exit(2)
    for tl in timelines:
        review = sum(c.severity == "review" for c in tl.checks)
        span = f"{tl.years[0]}-{tl.years[-1]}" if tl.years else "undated"
        typer.echo(f"{out / (tl.organisation.id + '.json')}: {len(tl.reports)} reports, {span}, "
                   f"{review} checks to review", err=True)


@app.command(cls=PlainCommand)
def serve(
    host: str = typer.Option("127.0.0.1", "--host", metavar="ADDRESS", help="Address to bind (no authentication: keep it local)."),
    port: int = typer.Option(8000, "--port", metavar="PORT", help="TCP port."),
    workers: int = typer.Option(2, "--workers", metavar="N", min=1, help="Isolated worker processes."),
    max_upload_mb: Optional[float] = typer.Option(None, "--max-upload-mb", metavar="MB", min=0.001,
                                                  help="Largest upload (413 above)."),
    timeout: Optional[float] = typer.Option(None, "--timeout", metavar="SECONDS", min=0.1, help="Wall-clock seconds per document."),
    max_memory: Optional[float] = typer.Option(None, "--max-memory", metavar="MB", min=0,
                                               help="Memory cap per worker in MB (0: none)."),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="Never OCR."),
    worker_log: Optional[Path] = typer.Option(None, "--worker-log", metavar="FILE", help="Append the workers' stderr here."),
) -> None:
    """HTTP API: POST /extract a document, get its JSON; OpenAPI at /docs."""
    from extractor.serve import ApiError, ServeConfig, serve as run_server

    limits = limits_from(timeout, max_memory)
    options = {"max_upload_mb": max_upload_mb, "worker_log": worker_log}
    config = ServeConfig(host=host, port=port, workers=workers, ocr=not no_ocr, limits=limits,
                         **{k: v for k, v in options.items() if v is not None})
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"warning: binding {host}: the API has no authentication", err=True)
    try:
        run_server(config)
    except ApiError as exc:
        typer.echo(f"error[{exc.code}] {exc.message}", err=True)
        raise typer.Exit(2) from None


from extractor.review.commands import review_app  # noqa: E402 - typer only; the rest loads on use

app.add_typer(review_app, name="review")


def main() -> None:  # pragma: no cover - console entry
    app()
